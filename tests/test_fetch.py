"""Add by URL: pages served by a local HTTP server this test starts, good and bad."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from extract import MAX_FILE_BYTES
from extract.fetch import extract_url, is_url, outlet_from_host
from store import Store

from .conftest import FIXTURES
from .test_app import open_app, plain

ROOT = Path(__file__).parents[1]
ARTICLE = (FIXTURES / "kaz-tur-forum.html").read_bytes()
SLOW_SECONDS = 3.0


class Pages(BaseHTTPRequestHandler):
    """A good article, a missing page, a slow page, a JSON file and an oversized page."""

    def do_GET(self) -> None:
        if self.path == "/news/forum":
            self._send(200, "text/html; charset=utf-8", ARTICLE)
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/html", ARTICLE)
        elif self.path == "/data.json":
            self._send(200, "application/json", b'{"trade": 5000000000}')
        elif self.path == "/huge":
            self._send(200, "text/html", b"<html><body>" + b"x" * (MAX_FILE_BYTES + 10) + b"</body></html>")
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case); nothing to answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The dashboard's store pointed at a temp database, caches cleared around the test."""
    import streamlit as st

    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    st.cache_data.clear()
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_is_fetched_and_extracted_with_its_address_and_outlet(site: str) -> None:
    result = extract_url(f"{site}/news/forum")
    assert result.error is None
    assert result.url == f"{site}/news/forum"
    assert result.outlet == "127.0.0.1"
    assert result.title == "Kazakh and Turkish firms sign deals at Almaty business forum"
    assert {(f.metric, f.kind, f.value) for f in result.facts} >= {("trade", "target", 15e9)}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", "could not be fetched: the server answered 404 Not Found"),
        ("/slow", "did not answer within 0.5 seconds"),
        ("/data.json", "is not a web page (the server sent application/json)"),
        ("/huge", "the limit is 10 MB"),
    ],
)
def test_a_bad_page_gets_a_message_and_stores_nothing(
    site: str, path: str, message: str, database_url: str
) -> None:
    result = extract_url(f"{site}{path}", timeout=0.5)
    assert result.error is not None and message in result.error
    assert "\n" not in result.error and not result.facts
    store = Store(database_url)
    try:
        outcome = store.ingest_url(f"{site}{path}", timeout=0.5)
        assert outcome.status == "failed" and message in outcome.message
        assert store.counts() == {"articles": 0, "facts": 0, "agreements": 0}
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ftp://example.org/article.html", "only http:// and https:// pages"),
        ("http://", "only http:// and https:// pages"),
        ("http://127.0.0.1:9/closed", "could not be reached"),
    ],
)
def test_addresses_that_cannot_be_fetched(text: str, message: str) -> None:
    result = extract_url(text, timeout=2)
    assert result.error is not None and message in result.error


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        ("https://www.dailysabah.com/business/trade", True, "dailysabah.com"),
        ("HTTP://Example.org", True, "example.org"),
        ("data/articles/council.txt", False, None),
        ("C:/articles/council.txt", False, None),
    ],
)
def test_urls_are_told_from_file_names(text: str, url: bool, outlet: str | None) -> None:
    assert is_url(text) is url
    if url:
        assert outlet_from_host(text) == outlet


def test_store_ingest_accepts_urls_beside_files(site: str, tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "store",
            "--database",
            db_url,
            "ingest",
            f"{site}/news/forum",
            f"{site}/gone",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert f"stored: {site}/news/forum" in proc.stdout
    assert f"store: {site}/gone: could not be fetched: the server answered 404 Not Found" in proc.stderr
    assert "Traceback" not in proc.stderr
    articles = Store(db_url).articles_frame()
    assert articles[["url", "outlet"]].values.tolist() == [[f"{site}/news/forum", "127.0.0.1"]]


@pytest.mark.parametrize(
    ("path", "stored", "message"),
    [
        ("/news/forum", True, "stored"),
        ("/gone", False, "could not be read: it could not be fetched: the server answered 404 Not Found"),
    ],
)
def test_upload_page_adds_an_article_by_its_address(
    site: str, database: str, path: str, stored: bool, message: str
) -> None:
    at = open_app("app_pages/upload.py")
    before = Store(database).counts()
    at.text_input(key="page-url").set_value(f"{site}{path}")
    at.button(key="read-url").click()
    at.run()
    assert not at.exception
    if not stored:
        assert any(message in plain(e.value) for e in at.error)
        assert Store(database).counts() == before
        return
    save = next(b for b in at.button if b.key and b.key.startswith("save-url:"))
    save.click()
    at.run()
    assert any("Saved:" in plain(s.value) for s in at.success)
    articles = Store(database).articles_frame()
    added = articles[articles["url"] == f"{site}{path}"]
    assert added["outlet"].tolist() == ["127.0.0.1"]
