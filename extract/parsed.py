"""A sentence read once: its figures and country mentions, shared by every later stage."""

from __future__ import annotations

from dataclasses import dataclass

from .countries import CountryMention, find_countries
from .numbers import DECIMAL_COMMA, Mention, find_mentions
from .text import Sentence, split_sentences


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
    return [_parse(sentence, decimal_comma) for sentence in split_sentences(text)]


def _parse(sentence: Sentence, decimal_comma: bool) -> ParsedSentence:
    return ParsedSentence(
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        paragraph=sentence.paragraph,
        mentions=tuple(find_mentions(sentence.text, decimal_comma)),
        countries=tuple(find_countries(sentence.text)),
    )
