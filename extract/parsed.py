"""A sentence read once: its figures and country mentions, shared by every later stage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .countries import CountryMention, find_countries
from .numbers import DECIMAL_COMMA, Mention, find_mentions
from .text import Sentence, split_sentences

# Real sentences stay under about 600 characters; every stage reads a whole sentence per figure,
# so a longer run (a table flattened into one line, hostile input) is cut into clauses of at most
# this many characters, which keeps the work per figure bounded and the whole pass linear.
MAX_SENTENCE = 1000
# A real sentence states a handful of figures (five at most in the development corpus); one with
# dozens is a flattened table or a list, whose cells are no claims: it keeps none of them.
MAX_FIGURES = 20
_NUMBER_RUN = re.compile(r"\d+")
_CLAUSE_BREAK = re.compile(r"[;,]\s")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence with its figures and countries (offsets relative to the sentence)."""

    text: str
    start: int
    end: int
    paragraph: int
    mentions: tuple[Mention, ...]
    countries: tuple[CountryMention, ...]


def parse(text: str) -> list[ParsedSentence]:
    """Split an article into sentences and find each one's figures and countries."""
    decimal_comma = bool(DECIMAL_COMMA.search(text))
    return [_parse(piece, decimal_comma) for sentence in split_sentences(text) for piece in bounded(sentence)]


def bounded(sentence: Sentence, limit: int = MAX_SENTENCE) -> Iterator[Sentence]:
    """The sentence itself, or its clauses when it runs past `limit` characters."""
    text, start = sentence.text, 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        # The last clause break in the window's second half, else its last space, else its end.
        clauses = [m.end() for m in _CLAUSE_BREAK.finditer(window, limit // 2)]
        spaces = [m.end() for m in _SPACE.finditer(window, limit // 2)]
        cut = start + (clauses or spaces or [limit])[-1]
        piece = text[start:cut].rstrip()
        if piece:
            yield Sentence(
                piece, sentence.start + start, sentence.start + start + len(piece), sentence.paragraph
            )
        start = cut
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield Sentence(text[start:], sentence.start + start, sentence.end, sentence.paragraph)


_BRACKETS = str.maketrans("[]", "  ")


def _parse(sentence: Sentence, decimal_comma: bool) -> ParsedSentence:
    # A run of more numbers than a sentence could state figures ("1 2 3 ...", a table's cells) is
    # counted at C speed and skipped before any figure pattern is tried on it.
    too_many = (
        len(sentence.text) > 8 * MAX_FIGURES and len(_NUMBER_RUN.findall(sentence.text)) > 4 * MAX_FIGURES
    )
    # "we are to reach 38 [bln cubic meters]": an editor's words in square brackets are read as the
    # speaker's; blanking the brackets keeps every offset.
    scanned = sentence.text.translate(_BRACKETS) if "[" in sentence.text else sentence.text
    mentions = [] if too_many else find_mentions(scanned, decimal_comma, limit=MAX_FIGURES + 1)
    return ParsedSentence(
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        paragraph=sentence.paragraph,
        mentions=tuple(mentions) if len(mentions) <= MAX_FIGURES else (),
        countries=tuple(find_countries(sentence.text)),
    )
