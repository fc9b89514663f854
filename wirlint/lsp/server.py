"""The language server: diagnostics on open and on change (debounced), code actions with the rewrites, hover
with the rule's explanation, the workspace's config honoured and reloaded when it changes.

pygls keeps the documents in sync (incremental changes applied by the library); wirlint lints the text the
editor holds, in a worker thread so the server keeps answering while a long page is read. Results are kept per
document version, so code actions and hovers answer from the last lint without linting again.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from wirlint import __version__
from wirlint.config import ConfigResolver
from wirlint.errors import WirlintError
from wirlint.lsp.actions import code_actions
from wirlint.lsp.diagnostics import diagnostics
from wirlint.lsp.positions import TextLines
from wirlint.model import FileResult

DEBOUNCE_SECONDS = 0.3
CONFIG_NAMES = frozenset({".wirlint.toml", "pyproject.toml"})


@dataclass
class Linted:
    version: int | None
    lines: TextLines
    kind: str
    result: FileResult


class WirlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("wirlint", __version__)
        self.resolver = ConfigResolver()
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds; a newer change cancels the wait (typing stays fluid)."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        path = _path(uri)
        try:
            linted = await asyncio.to_thread(self._lint, text, path)
        except WirlintError as error:
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning, f"{path}: {error}"))
            return
        current = self.workspace.get_text_document(uri)
        if current.version != version:
            return  # the text changed while it was linted; the newer change is already scheduled
        kind, result = linted
        lines = TextLines(text)
        self.linted[uri] = Linted(version, lines, kind, result)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics(result, lines))
        )

    def _lint(self, text: str, path: str) -> tuple[str, FileResult]:
        from wirlint.api import lint_text

        document, result = lint_text(text, path, self.resolver.for_path(Path(path)))
        return document.kind, result

    def reload_config(self) -> None:
        """A config file changed: read configs afresh and lint every open document again."""
        self.resolver = ConfigResolver()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def _path(uri: str) -> str:
    parts = urlsplit(uri)
    return unquote(parts.path) if parts.scheme == "file" else unquote(parts.path or uri)


def build_server() -> WirlintServer:
    server = WirlintServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: WirlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: WirlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: WirlintServer, params: types.DidSaveTextDocumentParams) -> None:
        if Path(_path(params.text_document.uri)).name in CONFIG_NAMES:
            ls.reload_config()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: WirlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.linted.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: WirlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(Path(_path(change.uri)).name in CONFIG_NAMES for change in params.changes):
            ls.reload_config()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: WirlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        linted = ls.linted.get(params.text_document.uri)
        if linted is None:
            return []
        actions = []
        for diagnostic in params.context.diagnostics:
            index = diagnostic.data.get("index") if isinstance(diagnostic.data, dict) else None
            if diagnostic.source != "wirlint" or not isinstance(index, int):
                continue
            if index < len(linted.result.findings):
                finding = linted.result.findings[index]
                lang = linted.result.lang or "en"
                actions += code_actions(params.text_document.uri, finding, linted.lines, linted.kind, lang, diagnostic)
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: WirlintServer, params: types.HoverParams) -> types.Hover | None:
        linted = ls.linted.get(params.text_document.uri)
        if linted is None:
            return None
        offset = linted.lines.offset(params.position)
        for finding in linted.result.findings:
            location = finding.location
            start = linted.lines.character_offset(location.line, location.column)
            end = linted.lines.character_offset(location.end_line, location.end_column)
            if start <= offset <= end and finding.rule.docs:
                docs = finding.rule.docs
                text = f"**{finding.rule.code} {finding.rule.name}**\n\n{docs.get('what', '')}\n\n{docs.get('why', '')}"
                if finding.advice:
                    text += f"\n\n{finding.advice}"
                return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))
        return None

    return server


def serve_stdio() -> None:
    from wirlint.nlp.pipeline import reuse_analyses

    reuse_analyses()  # unchanged paragraphs are not analysed again while the user types
    build_server().start_io()
