"""The language server, driven over stdio by a small JSON-RPC client as an editor drives it: initialize,
didOpen, diagnostics with exact UTF-16 ranges, code actions whose edit gives the rewrite, hover, didChange,
config reload, shutdown and exit."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty, Queue

import pytest

from tests.conftest import ROOT

TIMEOUT = 60


class Client:
    """A minimal LSP client: framed JSON-RPC over the server's stdin and stdout."""

    def __init__(self, cwd: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wirlint", "lsp"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: Queue[dict] = Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.process.stdin.flush()

    def request(self, method: str, params: dict) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.wait(lambda message: message.get("id") == self.next_id and "method" not in message)

    def notify(self, method: str, params: dict) -> None:
        self.send({"method": method, "params": params})

    def wait(self, accept, timeout: float = TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=max(deadline - time.monotonic(), 0.01))
            except Empty:
                break
            if accept(message):
                return message
        raise AssertionError("no such message from the server in time")

    def diagnostics(self, uri: str, version: int) -> list[dict]:
        message = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )
        return message["params"]["diagnostics"]

    def close(self) -> int:
        self.request("shutdown", {})
        self.notify("exit", {})
        return self.process.wait(timeout=TIMEOUT)


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / ".wirlint.toml").write_text('lang = "de"\n', encoding="utf-8")
    return tmp_path


def apply(text: str, edit: dict) -> str:
    """Apply one LSP TextEdit (UTF-16 positions) to ``text``."""
    lines = text.split("\n")

    def offset(position: dict) -> int:
        before = sum(len(line) + 1 for line in lines[: position["line"]])
        line = lines[position["line"]]
        units, index = 0, 0
        while index < len(line) and units < position["character"]:
            units += len(line[index].encode("utf-16-le")) // 2
            index += 1
        return before + index

    start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
    return text[:start] + edit["newText"] + text[end:]


def test_an_editor_session(workspace):
    page = workspace / "seite.md"
    # umlauts and an emoji before the finding: the protocol counts UTF-16 units (the emoji is two)
    text = "# Schöne Grüße 😀\n\nGrüße aus Köln 😀. Wir liefern unseren Kunden frische Zutaten aus der Region.\n"
    page.write_text(text, encoding="utf-8")
    uri = page.as_uri()
    client = Client(workspace)
    try:
        initialized = client.request(
            "initialize", {"processId": None, "rootUri": workspace.as_uri(), "capabilities": {}}
        )
        capabilities = initialized["result"]["capabilities"]
        assert capabilities["codeActionProvider"] and capabilities["hoverProvider"]
        client.notify("initialized", {})
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        found = client.diagnostics(uri, 1)
        (we_first,) = [d for d in found if d["code"] == "WL101"]
        line = text.split("\n")[2]
        column = line.index("Wir")
        assert we_first["range"]["start"] == {"line": 2, "character": len(line[:column].encode("utf-16-le")) // 2}
        assert we_first["range"]["start"]["character"] == column + 1  # the emoji counts twice
        assert we_first["codeDescription"]["href"].endswith("#wl101-we-first-sentence")
        assert we_first["severity"] == 2 and we_first["source"] == "wirlint"
        focus = [d for d in found if d["code"] == "focus"]
        assert focus and focus[0]["severity"] == 3 and "Kundenfokus" in focus[0]["message"]

        hover = client.request(
            "textDocument/hover", {"textDocument": {"uri": uri}, "position": we_first["range"]["start"]}
        )
        assert "WL101" in hover["result"]["contents"]["value"]

        actions = client.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": we_first["range"], "context": {"diagnostics": [we_first]}},
        )["result"]
        preferred = [action for action in actions if action.get("isPreferred")]
        assert preferred, actions
        (edit,) = preferred[0]["edit"]["changes"][uri]
        rewritten = apply(text, edit)
        assert "Köln 😀. Unsere Kunden erhalten frische Zutaten aus der Region.\n" in rewritten
        suppress = [action for action in actions if "WL101" in action["title"] and not action.get("isPreferred")]
        (comment,) = suppress[0]["edit"]["changes"][uri]
        assert comment["newText"] == "<!-- wirlint-disable-next-line WL101 -->\n"

        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": rewritten}]},
        )
        assert [d for d in client.diagnostics(uri, 2) if d["code"] == "WL101"] == []

        (workspace / ".wirlint.toml").write_text('lang = "de"\nignore = ["WL501", "WL103"]\n', encoding="utf-8")
        client.notify(
            "workspace/didChangeWatchedFiles",
            {"changes": [{"uri": (workspace / ".wirlint.toml").as_uri(), "type": 2}]},
        )
        reloaded = client.diagnostics(uri, 2)
        assert not {"WL501", "WL103"} & {d["code"] for d in reloaded}
    finally:
        assert client.close() == 0


def test_the_readme_shows_editor_setup():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "wirlint lsp" in readme and "lspconfig" in readme and "languages.toml" in readme


def test_unchanged_paragraphs_are_not_analysed_again_and_findings_stay_the_same(monkeypatch):
    """In the server's process the analysis of an unchanged block is reused; only the edited one is new."""
    from wirlint.api import lint_text
    from wirlint.config import Config
    from wirlint.nlp import pipeline

    text = (
        "Wir liefern unseren Kunden frische Zutaten.\n\nUnser Team berät Sie gern.\n\nSie erhalten jede Woche Gemüse.\n"
    )
    config = Config(lang="de")
    _, fresh = lint_text(text, "a.md", config)
    monkeypatch.setattr(pipeline, "_REUSED", None)
    pipeline.reuse_analyses(100)
    made = []
    original = pipeline.make_doc
    monkeypatch.setattr(pipeline, "make_doc", lambda nlp, block: made.append(block) or original(nlp, block))
    _, first = lint_text(text, "a.md", config)
    edited = text.replace("Unser Team berät Sie gern.", "Unser Team berät Sie gern am Telefon.")
    made.clear()
    _, second = lint_text(edited, "a.md", config)
    assert made == ["Unser Team berät Sie gern am Telefon."]
    assert [(f.rule.code, f.location, f.text) for f in first.findings] == [
        (f.rule.code, f.location, f.text) for f in fresh.findings
    ]
    assert any("am Telefon" in f.text for f in second.findings)
