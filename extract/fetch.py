"""Web pages to Documents: fetch an article by its address, within a time and size limit.

Every failure is a `DocumentError` whose message is one line a person can act on.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import replace
from urllib.parse import urlsplit

from .documents import MAX_FILE_BYTES, Document, DocumentError, read_bytes, too_large
from .extractor import extract_document
from .models import Extraction

TIMEOUT_SECONDS = 15.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Trade-target-tracker/1 (article fetcher)"


def is_url(text: str) -> bool:
    """Whether `text` looks like a web address rather than a file name."""
    return urlsplit(text.strip()).scheme.lower() in ("http", "https")


def outlet_from_host(url: str) -> str | None:
    """ "https://www.dailysabah.com/x" -> "dailysabah.com": the best outlet name a bare address gives."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def fetch_bytes(url: str, timeout: float = TIMEOUT_SECONDS) -> tuple[bytes, str]:
    """The page's bytes and its final address (after redirects); raises DocumentError."""
    url = url.strip()
    if not is_url(url) or not urlsplit(url).hostname:
        raise DocumentError("is not a web address: only http:// and https:// pages can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final = response.geturl()
            if not is_url(final):
                raise DocumentError("redirected to an address that is not http:// or https://")
            kind = response.headers.get_content_type()
            if kind not in HTML_TYPES:
                raise DocumentError(
                    f"is not a web page (the server sent {kind}); download it and upload the file instead"
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_FILE_BYTES:
                raise DocumentError(too_large(int(length)))
            data = response.read(MAX_FILE_BYTES + 1)
    except DocumentError:
        raise
    except urllib.error.HTTPError as exc:
        raise DocumentError(f"could not be fetched: the server answered {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise DocumentError(f"did not answer within {timeout:g} seconds") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise DocumentError(f"did not answer within {timeout:g} seconds") from None
        raise DocumentError(f"could not be reached ({exc.reason})") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise DocumentError(f"could not be fetched ({type(exc).__name__})") from None
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(too_large(len(data)))
    return data, final


def fetch_document(url: str, timeout: float = TIMEOUT_SECONDS) -> Document:
    """Fetch a page and read its article; the address and outlet come from the page's metadata,
    else from the address itself."""
    data, final = fetch_bytes(url, timeout)
    document = read_bytes(data, "page.html")
    address = document.url or final
    return replace(
        document, source=url.strip(), url=address, outlet=document.outlet or outlet_from_host(address)
    )


def extract_url(url: str, timeout: float = TIMEOUT_SECONDS) -> Extraction:
    """Fetch and extract a page; a page that cannot be fetched or read gets `error`, never raises."""
    try:
        document = fetch_document(url, timeout)
    except DocumentError as exc:
        return Extraction(source=url.strip(), error=str(exc))
    return extract_document(document)
