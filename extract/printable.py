"""Names shown on a terminal: control characters escaped, so a file name cannot drive it."""

from __future__ import annotations

import os


def printable(name: str) -> str:
    r"""`name` with every non-printable character escaped: ESC as \x1b, a newline as \n.

    Bytes that were not UTF-8 (kept by Python as lone surrogates) show as the byte: \xff.
    """
    if name.isprintable():
        return name
    return "".join(char if char.isprintable() else _escaped(char) for char in name)


def utf8_safe(name: str) -> str:
    r"""`name` as UTF-8 can carry it (JSON, a database): bytes that were not UTF-8 written as \xff."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")
