"""Plain-text handling: Unicode normalisation, page furniture, sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ._vocab import ABBREVIATIONS, ENGLISH_STOPWORDS, FURNITURE_HEADINGS

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TRANSLATION = {ord(c): " " for c in _SPACES}
_TRANSLATION.update({ord(c): "-" for c in _DASHES})
_TRANSLATION.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4"})
_TRANSLATION.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_TRANSLATION.update({ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"})
# PDFs keep typographic ligatures as single characters ("ﬁle"); words need their letters.
_TRANSLATION.update(
    {ord(c): unicodedata.normalize("NFKC", c) for c in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"}
)
_TRANSLATION.update({ord("\r"): None, ord("\t"): " ", ord("\u2026"): "...", ord("\u00b3"): "3"})
# Control characters other than newline carry no text and confuse later stages.
_TRANSLATION.update({c: None for c in range(32) if c not in (9, 10, 13)})
_TRANSLATION.update({c: None for c in range(0x7F, 0xA0)})

_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _TRANSLATION)) + "]")
_FURNITURE = re.compile(
    r"^[ #*]*(?:" + "|".join(re.escape(h) for h in FURNITURE_HEADINGS) + r")[ :]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Lines that are a page's furniture wherever they sit: a teaser for another story inside the article
# ("READ MORE: ..."), share and tag rows, a cookie notice.
_FURNITURE_LINE = re.compile(
    r"^[ *#>]*(?:(?:read more|read also|also read|see also|related|recommended|watch|listen)\s*[:|>»-]"
    r"|(?:share(?: this(?: article| story)?)?|tags|topics)\s*:"
    r"|(?=.{0,600}$).{0,200}\bcookies?\b.{0,200}\b(?:accept|consent|privacy|partners|settings)\b).*$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_RUNS = re.compile(r"\n[ ]*\n(?:[ ]*\n)+")
_SENTENCE_END = re.compile(r"[.!?](?:[\"')\]]*)(?=\s+[\"'(\[]?[A-Z0-9$€£])")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence and where it sits in the article text."""

    text: str
    start: int
    end: int
    paragraph: int


def normalise(text: str) -> str:
    """Compose Unicode, fold exotic spaces, dashes and quotes, and drop control characters."""
    text = unicodedata.normalize("NFC", text)
    # str.translate looks up every character; a regex finds the few that need changing.
    text = _SPECIAL.sub(lambda m: _TRANSLATION[ord(m.group())] or "", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


_ENDS_SENTENCE = tuple('.!?:;"”’)')
_META_LINE = re.compile(r"^\s*(?:Date|By|Source|Published|Updated|Posted)\b\s*:", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•■▪◦]|\d{1,3}[.)])\s")


def reflow(text: str) -> str:
    """Join the lines of hard-wrapped plain text (an e-mail, a wire copy cut at 70 characters)
    into paragraphs, so that a sentence split across lines is read whole; other text is returned
    as it is. Hard-wrapped means most lines end near one width and many end inside a sentence."""
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 8:
        return text
    width = lengths[int(len(lengths) * 0.8)]
    if width < 40 or width > 120:
        return text
    near = [line for line in lines if 0.6 * width <= len(line) <= width]
    open_ended = [line for line in near if not line.rstrip().endswith(_ENDS_SENTENCE)]
    if len(near) < 0.5 * len(lengths) or len(open_ended) < 0.4 * len(near):
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        previous = out[-1] if out else ""
        joins = (
            index > 1  # the headline stands alone
            and previous.strip()
            and line.strip()
            and not _META_LINE.match(line)
            and len(previous) >= 0.6 * width
            and not previous.rstrip().endswith(_ENDS_SENTENCE)
            and not _LIST_ITEM.match(line)
        )
        if joins:
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def strip_furniture(text: str, opening: int | None = None) -> str:
    """Cut web text at the first "Related articles"-style heading past the opening (by default
    its first fifth), and drop teaser, share and cookie lines anywhere."""
    # A heading in the opening is more likely a kicker than the page's tail.
    opening = len(text) // 5 if opening is None else opening
    for match in _FURNITURE.finditer(text):
        if match.start() > opening:
            text = text[: match.start()].rstrip()
            break
    return _BLANK_RUNS.sub("\n\n", _FURNITURE_LINE.sub("", text)).strip()


def is_furniture_heading(line: str) -> bool:
    """Whether a line is a heading such as "Related articles" or "Most read"."""
    return len(line) < 80 and bool(_FURNITURE.fullmatch(line.strip()))


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences (lines never join), keeping offsets into `text`."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            if _is_abbreviation(line, match.start()):
                continue
            _append(sentences, line, start, match.end(), offset, paragraph)
            start = match.end()
        _append(sentences, line, start, len(line), offset, paragraph)
        offset += len(line) + 1
    return sentences


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    raw = line[max(0, dot - 12) : dot].rsplit(" ", 1)[-1].lstrip("(\"'")
    word = raw.lower()
    # "Hungary's L.A.C. Holding": an initialism of three or more letters names something mid-sentence.
    initialism = len(raw) >= 5 and bool(_INITIALISM.fullmatch(raw))
    if word in _NAME_ENDINGS and _OPENER_AFTER.match(line, dot + 1):
        return False  # "... with the Jordan Electric Power Co. At present 5 BCM ...": the name ended the sentence
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or initialism


# A company's name may end a sentence on its abbreviation; a word that opens sentences says so.
_NAME_ENDINGS = frozenset(("co", "corp", "inc", "ltd", "plc", "bhd"))
_OPENER_AFTER = re.compile(
    r"\s+(?:At|The|In|It|Its|This|That|These|Those|He|She|They|We|But|However|Meanwhile|Also|On|Last|"
    r"Earlier|Later|According|A|An)\b"
)


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}[A-Z]")


def _append(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = offset + start + lead
    out.append(Sentence(stripped, begin, begin + len(stripped), paragraph))


def looks_english(text: str) -> bool:
    """True when enough of the words are common English function words (or the text is short)."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) < 30:
        return True
    hits = sum(word in ENGLISH_STOPWORDS for word in words)
    return hits / len(words) >= 0.12
