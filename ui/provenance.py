"""Where a figure came from, as people cite it: the outlet, linked to the article where there is one.

Pure functions (no Streamlit): cards, tables, CSVs and the evidence pack all name sources this way.
A file name is shown only when nothing better is known.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd

from .formatting import escape_markdown


def _text(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return ""
    return str(value).strip()


def safe_url(url: object) -> str:
    """The address when it is an http(s) link a reader can follow, else "" (no javascript: links)."""
    text = _text(url)
    parts = urlsplit(text)
    return text if parts.scheme.lower() in ("http", "https") and parts.hostname else ""


def source_label(outlet: object, url: object = None, source: object = None) -> str:
    """The outlet's name, else the web site's host, else the file name: "Daily Sabah"."""
    if name := _text(outlet):
        return name
    if address := safe_url(url):
        return (urlsplit(address).hostname or "").removeprefix("www.")
    return _text(source) or "unknown source"


def when(date: object) -> str:
    """29 Jul 2025, or "no date"."""
    return pd.Timestamp(date).strftime("%-d %b %Y") if pd.notna(date) else "no date"  # type: ignore[arg-type]


def source_markdown(outlet: object, url: object = None, source: object = None, date: object = None) -> str:
    """Safe Markdown: "[Daily Sabah](https://…), 29 Jul 2025"; nothing from an article becomes markup."""
    label = escape_markdown(source_label(outlet, url, source))
    address = safe_url(url)
    if address:
        # Angle brackets keep spaces and parentheses in the address from ending the link.
        label = f"[{label}](<{address.replace('<', '%3C').replace('>', '%3E')}>)"
    return label if date is None else f"{label}, {escape_markdown(when(date))}"


def source_text(outlet: object, url: object = None, source: object = None, date: object = None) -> str:
    """Plain text: "Daily Sabah, 29 Jul 2025, https://…" (for SOURCES.md lines and chart hovers)."""
    parts = [source_label(outlet, url, source)]
    if date is not None:
        parts.append(when(date))
    if address := safe_url(url):
        parts.append(address)
    return ", ".join(parts)


def outlet_names(frame: pd.DataFrame) -> list[str]:
    """The distinct sources of a frame with `outlet`, `url` and `source` columns, most cited first."""
    if frame.empty:
        return []
    labels = [
        source_label(o, u, s)
        for o, u, s in zip(
            frame.get("outlet", pd.Series(None, index=frame.index)),
            frame.get("url", pd.Series(None, index=frame.index)),
            frame.get("source", pd.Series(None, index=frame.index)),
            strict=True,
        )
    ]
    return list(pd.Series(labels).value_counts(sort=True).index)
