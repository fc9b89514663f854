"""``wirlint serve``: the JSON API over a real server on 127.0.0.1, the page in headless Chromium (paste,
see the highlights, apply a rewrite, read the text back), and the same findings from the command line, the
language server and the web app."""

from __future__ import annotations

import base64
import json
import threading
import urllib.error
import urllib.request

import pytest

from tests.conftest import run_wirlint
from tests.http_server import serve
from tests.test_html_report import ARTIFACTS, browser  # noqa: F401 - the shared headless Chromium fixture
from tests.test_lsp import Client
from wirlint.serve.server import MAX_REQUEST_BYTES, make_server

DRAFT = "Wir liefern unseren Kunden frische Zutaten aus der Region. Wir sind der führende Anbieter in Bayern.\n"


@pytest.fixture(scope="module")
def app():
    server = make_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def post(app: str, path: str, body: object, *, raw: bytes | None = None) -> tuple[int, dict]:
    data = raw if raw is not None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(app + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_server_listens_on_loopback_only_by_default():
    server = make_server()
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_check_returns_the_json_report_file_object(app):
    status, data = post(app, "/api/check", {"text": DRAFT, "lang": "de"})
    assert status == 200 and data["lang"] == "de" and data["text"] == DRAFT
    codes = [finding["code"] for finding in data["findings"]]
    assert "WL101" in codes and "WL201" in codes
    first = next(finding for finding in data["findings"] if finding["code"] == "WL101")
    assert (first["line"], first["column"]) == (1, 1)
    assert first["suggestion"] == "Unsere Kunden erhalten frische Zutaten aus der Region."


def test_a_dropped_file_and_a_fetched_page_are_checked(app, tmp_path):
    markdown = "# Über uns\n\nWir sind der führende Anbieter in Bayern.\n"
    status, data = post(app, "/api/check", {"file": {"name": "ueber-uns.md", "data": base64.b64encode(
        markdown.encode()).decode()}})  # fmt: skip
    assert status == 200 and data["kind"] == "markdown" and "WL501" in {f["code"] for f in data["findings"]}
    (tmp_path / "seite.html").write_text(f"<html lang='de'><body><p>{DRAFT}</p></body></html>", encoding="utf-8")
    with serve(tmp_path) as site:
        status, data = post(app, "/api/check", {"url": site.url + "/seite.html"})
    assert status == 200 and data["kind"] == "html" and "WL101" in {f["code"] for f in data["findings"]}


def test_rewrite_returns_the_paragraphs_rewrites(app):
    status, data = post(app, "/api/rewrite", {"text": "Wir geben dir eine Garantie.", "lang": "de"})
    assert status == 200
    assert data["paragraphs"][0]["suggestions"][0] == {"text": "Du erhältst eine Garantie.", "kind": "perspective",
                                                       "safe": True}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "raw", "status"),
    [
        ({"text": DRAFT, "format": "docx"}, None, 400),
        ({"file": {"name": "x.exe", "data": ""}}, None, 415),
        ({"file": {"name": "x.md", "data": "not base64!"}}, None, 400),
        ({"url": "file:///etc/passwd"}, None, 400),
        ({"url": "http://127.0.0.1:9/"}, None, 502),
        ({"nothing": 1}, None, 400),
        (None, b"{not json", 400),
        (None, b"[1, 2]", 400),
    ],
)
def test_bad_requests_get_one_clear_error(app, body, raw, status):
    answer, data = post(app, "/api/check", body, raw=raw)
    assert answer == status and isinstance(data["error"], str) and data["error"]


def test_a_request_over_the_size_limit_is_refused_unread(app):
    request = urllib.request.Request(app + "/api/check", data=b"{}", method="POST",
                                     headers={"Content-Length": str(MAX_REQUEST_BYTES + 1)})  # fmt: skip
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 413


def test_the_command_line_the_language_server_and_the_web_app_agree(app, tmp_path):
    page = tmp_path / "entwurf.md"
    page.write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".wirlint.toml").write_text('lang = "de"\n', encoding="utf-8")
    cli = json.loads(run_wirlint("check", "--no-cache", "--format", "json", "--exit-zero", "entwurf.md",
                                 cwd=tmp_path).stdout)["files"][0]["findings"]  # fmt: skip
    _, web = post(app, "/api/check", {"text": DRAFT, "format": "md", "lang": "de"})
    client = Client(tmp_path)
    try:
        client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        client.notify("textDocument/didOpen", {"textDocument": {"uri": page.as_uri(), "languageId": "markdown",
                                                                "version": 1, "text": DRAFT}})  # fmt: skip
        editor = [d for d in client.diagnostics(page.as_uri(), 1) if d["code"] != "focus"]
    finally:
        client.close()

    def places(findings):
        return sorted((f["code"], f["line"], f["column"], f["message"]) for f in findings)

    assert places(cli) == places(web["findings"])
    assert sorted((d["code"], d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1, d["message"])
                  for d in editor) == places(cli)  # fmt: skip


def test_the_page_checks_a_draft_and_applies_a_rewrite(app, browser):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(app + "/")
    assert browser.execute_script("return document.documentElement.lang") in {"de", "en"}
    draft = browser.find_element(By.ID, "draft")
    draft.send_keys(DRAFT)
    browser.find_element(By.ID, "check").click()
    wait = WebDriverWait(browser, 30)
    wait.until(lambda driver: driver.find_elements(By.CSS_SELECTOR, "#marked mark"))
    marks = browser.find_elements(By.CSS_SELECTOR, "#marked mark")
    assert marks[0].text == "Wir liefern unseren Kunden frische Zutaten aus der Region."
    assert marks[0].get_attribute("class") == "we-focus"
    assert browser.find_element(By.ID, "focus").text == "0 %"
    we_before = int(browser.find_element(By.ID, "we").text)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    marks[0].click()
    assert "Unsere Kunden erhalten" in browser.find_element(By.ID, "detail-rewrite").text
    assert browser.save_screenshot(str(ARTIFACTS / "serve-desktop.png"))
    browser.find_element(By.ID, "apply").click()
    wait.until(lambda driver: "Unsere Kunden erhalten" in driver.find_element(By.ID, "marked").text)
    value = browser.execute_script("return document.getElementById('draft').value")
    assert value.startswith("Unsere Kunden erhalten frische Zutaten aus der Region. Wir sind der führende")
    assert int(browser.find_element(By.ID, "we").text) < we_before  # "Wir liefern" is gone
    browser.set_window_size(400, 900)
    try:
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        assert browser.save_screenshot(str(ARTIFACTS / "serve-400px.png"))
    finally:
        browser.set_window_size(1200, 1600)
