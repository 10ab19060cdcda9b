"""Lists of partners matched to their figures by "respectively": each figure is one pair's."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .countries import CountryMention
from .numbers import Mention
from .parsed import ParsedSentence

# ", ", ", and ", " and ": what joins the items of a list.
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BEFORE_RESPECTIVELY = re.compile(r"\s*,?\s*")


def respective_partners(
    sentence: ParsedSentence, pair: list[str]
) -> tuple[str, list[tuple[CountryMention, Mention]]] | None:
    """The hub and each listed partner with its sum ("China, India and Saudi Arabia, with trade
    values of Dh57 billion, Dh46.2 billion and Dh32.5 billion respectively"), when the list holds
    one of the article's pair and another country, and the pair's other side is the hub."""
    text = sentence.text
    at = text.rfind("respectively")
    if at < 0 or len(pair) != 2:
        return None
    partners = _longest_run(list(sentence.countries), text)
    if len(partners) < 2:
        return None
    money = [
        m for m in sentence.mentions if m.kind == "money" and partners[-1].end <= m.start and m.end <= at
    ]
    sums = money[-len(partners) :]
    if (
        len(sums) != len(partners)
        or not _BEFORE_RESPECTIVELY.fullmatch(text, sums[-1].end, at)
        or not all(_SEPARATOR.fullmatch(text, a.end, b.start) for a, b in pairwise(sums))
    ):
        return None
    listed = {c.code for c in partners}
    hubs = [code for code in pair if code not in listed]
    if len(hubs) != 1 or len(listed) != len(partners) or listed <= set(pair):
        return None
    return hubs[0], list(zip(partners, sums, strict=True))


def keeping(
    sentence: ParsedSentence, items: list[tuple[CountryMention, Mention]], codes: list[str]
) -> ParsedSentence:
    """The sentence with only the listed partners among `codes`, and their sums."""
    drop_countries = [c for c, _ in items if c.code not in codes]
    drop_sums = [m for c, m in items if c.code not in codes]
    return replace(
        sentence,
        countries=tuple(c for c in sentence.countries if all(c is not d for d in drop_countries)),
        mentions=tuple(m for m in sentence.mentions if all(m is not d for d in drop_sums)),
    )


def _longest_run(countries: list[CountryMention], text: str) -> list[CountryMention]:
    """The longest run of countries named one after another as a list."""
    best: list[CountryMention] = []
    run: list[CountryMention] = []
    for country in countries:
        if run and _SEPARATOR.fullmatch(text, run[-1].end, country.start):
            run.append(country)
        else:
            run = [country]
        if len(run) > len(best):
            best = list(run)
    return best
