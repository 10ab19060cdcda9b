"""Pathological inputs, built here at any size: the tests run them small, bench/bench_hostile.py large.

Each text case opens like an article about a pair of countries, so the whole extractor runs on it.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

OPENING = "Kazakhstan and Türkiye trade\n\nBilateral trade between Kazakhstan and Türkiye reached "


def _repeat(unit: str, size: int, opening: str = OPENING) -> bytes:
    body = unit * max(1, (size - len(opening.encode())) // len(unit.encode()))
    return (opening + body).encode("utf-8")


def _brackets(size: int) -> bytes:
    half = max(1, (size - len(OPENING)) // 2)
    return (OPENING + "[" * half + "](" * (half // 2)).encode()


def _scripts_page(size: int) -> bytes:
    article = (
        "<article><h1>Kazakhstan and Türkiye trade</h1><p>Bilateral trade between Kazakhstan and "
        "Türkiye reached $5 billion in 2024, the ministers said in Astana on Monday.</p></article>"
    )
    script = "<script>var a = [1, 2, 3]; function f(x) { return x < 2 ? '<p>' : \"</div>\"; }</script>\n"
    head = "<!doctype html><html><head><title>Trade</title></head><body>"
    count = max(1, (size - len(head) - len(article)) // len(script))
    return (
        head + script * (count // 2) + article + script * (count - count // 2) + "</body></html>"
    ).encode()


# name -> (file name, builder of about `size` bytes)
CASES: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "ranges in one sentence": ("a.txt", lambda n: _repeat("$1 billion to $2 billion, ", n)),
    "figures with quotes": ("a.txt", lambda n: _repeat("$5 billion'", n)),
    "markdown emphasis": ("a.md", lambda n: _repeat("**a ", n)),
    "markdown brackets": ("a.md", _brackets),
    "bare numbers": ("a.txt", lambda n: _repeat("1 ", n)),
    "percentages": ("a.txt", lambda n: _repeat("1% ", n)),
    "no-break spaces in digits": ("a.txt", lambda n: _repeat("1\u00a0", n)),
    "list of ranges": ("a.txt", lambda n: _repeat("$26-27 billion, ", n)),
    "numbered items": ("a.txt", lambda n: _repeat("(1) ", n)),
    "a list of agreement counts": ("a.txt", lambda n: _repeat("2 agreements, ", n)),
    "html of scripts": ("a.html", _scripts_page),
}


def docx_bomb(expanded: int = 2 * 1024**3, declared: int | None = None) -> bytes:
    """A small .docx whose word/document.xml inflates to `expanded` bytes (2 GiB by default) of
    spaces; `declared` makes its headers lie about that size. Built without compressing 2 GiB:
    deflate blocks after a full flush stand alone, so one compressed chunk is repeated."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    parts = {
        info.filename: zipfile.ZipFile(template).read(info) for info in zipfile.ZipFile(template).infolist()
    }
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    chunk = b" " * (1 << 22)
    repeats = max(1, (expanded - len(head) - len(tail)) // len(chunk))

    def piece(data: bytes, final: bool) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)

    middle = piece(chunk, False)
    stream = piece(head, False) + middle * repeats + piece(tail, True)
    crc = _crc_combine(
        zlib.crc32(head), _crc_repeated(zlib.crc32(chunk), len(chunk), repeats), repeats * len(chunk)
    )
    crc = zlib.crc32(tail, crc)
    size = len(head) + repeats * len(chunk) + len(tail)

    members = []
    for name, data in parts.items():
        if name == "word/document.xml":
            members.append((name, stream, crc, size if declared is None else declared))
        else:
            members.append((name, piece(data, True), zlib.crc32(data), len(data)))
    return _zip(members)


def _crc_repeated(crc: int, length: int, times: int) -> int:
    """crc32 of a block repeated `times` times, by doubling."""
    result, power, power_length = 0, crc, length
    while times:
        if times & 1:
            result = _crc_combine(result, power, power_length)
        power = _crc_combine(power, power, power_length)
        power_length *= 2
        times >>= 1
    return result


def _crc_combine(crc1: int, crc2: int, length2: int) -> int:
    """crc32(a + b) from crc32(a), crc32(b) and len(b): zlib's crc32_combine, over GF(2)."""

    def times(matrix: list[int], vector: int) -> int:
        total, row = 0, 0
        while vector:
            if vector & 1:
                total ^= matrix[row]
            vector >>= 1
            row += 1
        return total

    def square(matrix: list[int]) -> list[int]:
        return [times(matrix, matrix[n]) for n in range(32)]

    if length2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]  # one zero bit
    even = square(odd)  # two zero bits
    odd = square(even)  # four zero bits
    while True:
        even = square(odd)
        if length2 & 1:
            crc1 = times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = square(even)
        if length2 & 1:
            crc1 = times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    out = io.BytesIO()
    central = []
    for name, data, crc, size in members:
        offset = out.tell()
        encoded = name.encode()
        header = struct.pack(
            "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        out.write(header + encoded + data)
        central.append(
            struct.pack(
                "<4s6H3I5H2I",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(
        struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), start, 0)
    )
    return out.getvalue()
