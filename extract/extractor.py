"""The pipeline: document -> sentences -> countries, facts and agreements."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from pathlib import Path

from .agreements import extract_agreements
from .countries import CountryMention, article_countries, related_pairs, rivals_of, state_titles
from .dates import find_date
from .documents import Document, DocumentError, read_bytes, read_path
from .facts import extract_facts
from .models import Extraction, Fact, shown_number, value_problem
from .numbers import Mention
from .parsed import ParsedSentence, parse
from .printable import printable
from .respectively import keeping, respective_partners
from .text import looks_english, normalise, reflow, strip_furniture

log = logging.getLogger(__name__)

# A run of 19 or more digits (commas allowed) is past every bound: no report means such a figure.
_LONG_NUMBER = re.compile(r"(?=\d)(?<![\d.,])\d(?:,?\d){18,}")
_MAX_FIGURE_WARNINGS = 3


def extract_document(document: Document) -> Extraction:
    """Facts and agreements of one document whose text is already read."""
    text = document.text
    sentences, rejected = _within_bounds(parse(text), text)
    title_paragraph = sentences[0].paragraph if sentences else 0
    # "South Korea overtakes US, Japan in FDI to Indonesia": the overtaken are no party.
    rivals = {s.start: rivals_of(s.text, list(s.countries)) for s in sentences}
    named = [(s, c) for s in sentences for c in s.countries if c not in rivals[s.start]]
    pair = article_countries(
        [c for s, c in named if s.paragraph == title_paragraph],
        [c for _, c in named],
        # Only a figure's sentence: "trade between Germany and the US reached EUR255 billion".
        related=[
            p
            for s in sentences
            if "between" in s.text and any(m.kind == "money" for m in s.mentions)
            for p in related_pairs(s.text, list(s.countries))
        ],
        rivals=[c for found in rivals.values() for c in found],
    )
    sentences = [_with_state_titles(s, pair) for s in sentences]
    # "China, India and Saudi Arabia, with Dh57 billion, Dh46.2 billion and Dh32.5 billion
    # respectively": the article's pair reads only its own partner's sum; the others are other pairs'.
    listed = {s.start: found for s in sentences if (found := respective_partners(s, pair))}
    own = [keeping(s, listed[s.start][1], pair) if s.start in listed else s for s in sentences]
    facts, dropped = _valid_facts(extract_facts(own, pair, document.date, document.url), text)
    article_pair = list(pair)
    for start, (hub, items) in listed.items():
        more, _ = _valid_facts(_respective_facts(sentences, start, hub, items, document, article_pair), text)
        if more:
            facts = sorted([*facts, *more], key=lambda f: f.figure_start)
            pair = list(dict.fromkeys([*pair, *(code for f in more for code in f.pair or ())]))
    second = _second_pairs(sentences, pair)
    topics = _topic_pairs(sentences, pair)
    if topics:
        # "Vietnam and Belarus enjoy a sound friendship. Two-way trade reached USD152 million": a
        # paragraph about the other partner keeps its figures from the article's own pair
        moved = {start for starts in topics.values() for start in starts}
        facts = [
            f
            for f in facts
            if not any(s.start in moved and s.start <= f.figure_start < s.end for s in sentences)
        ]
        for other, starts in topics.items():
            second.setdefault(other, set()).update(starts)
    for other, named_in in second.items():
        more, _ = _valid_facts(
            _second_pair_facts(sentences, other, named_in, document.date, facts, document.url), text
        )
        if more:
            facts = sorted([*facts, *more], key=lambda f: f.figure_start)
            pair = [*pair, *(c for c in other if c not in pair)]
    agreements = extract_agreements(sentences, pair, document.date)
    warnings = _figure_warnings([*rejected, *dropped])
    if not looks_english(text):
        warnings.append("the text does not look like English; figures may be missed")
    if not facts and not agreements:
        warnings.append("no trade, investment, company, volume or agreement figures found")
    if len(pair) < 2:
        warnings.append("could not tell which two countries the article is about")
    return Extraction(
        source=document.source,
        title=document.title,
        date=document.date,
        url=document.url,
        outlet=document.outlet,
        countries=pair,
        text=text,
        facts=facts,
        agreements=agreements,
        warnings=warnings,
    )


def _with_state_titles(sentence: ParsedSentence, pair: list[str]) -> ParsedSentence:
    """The sentence with "the Kingdom" and the like counted as the partner they name."""
    titles = state_titles(sentence.text, pair)
    if not titles:
        return sentence
    return replace(sentence, countries=tuple(sorted([*sentence.countries, *titles], key=lambda c: c.start)))


def _second_pairs(sentences: list[ParsedSentence], pair: list[str]) -> dict[tuple[str, str], set[int]]:
    """Other pairs whose figures a sentence states as theirs ("trade turnover between Azerbaijan and
    Russia amounted to $2.6 billion" in a report on Azerbaijan and Türkiye), each with the sentences
    naming it. Only a pair sharing a country with the article's: the same country's other partner."""
    found: dict[tuple[str, str], set[int]] = {}
    if len(pair) < 2:
        return found
    for sentence in sentences:
        if "between" not in sentence.text or not any(m.kind == "money" for m in sentence.mentions):
            continue
        for a, b in related_pairs(sentence.text, list(sentence.countries)):
            other = (min(a, b), max(a, b))
            if set(other) != set(pair) and set(other) & set(pair):
                found.setdefault(other, set()).add(sentence.start)
    return found


_PAIR_OPENS = re.compile(r"(?:(?:Meanwhile|Similarly|Likewise|Separately|Also),?\s+)?(?:the\s+)?$", re.I)
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _topic_pairs(sentences: list[ParsedSentence], pair: list[str]) -> dict[tuple[str, str], set[int]]:
    """Other pairs a paragraph opens with as its subject ("Vietnam and Belarus enjoy ..."), each with
    the sentences after it, in that paragraph or the next, that name no country: theirs."""
    found: dict[tuple[str, str], set[int]] = {}
    if len(pair) < 2:
        return found
    topic: tuple[str, str] | None = None
    since = 0  # paragraphs begun since the topic's
    for index, sentence in enumerate(sentences):
        first_of_paragraph = index == 0 or sentences[index - 1].paragraph != sentence.paragraph
        since += first_of_paragraph
        names = sentence.countries
        if first_of_paragraph and len(names) >= 2:
            a, b = names[0], names[1]
            other = (min(a.code, b.code), max(a.code, b.code))
            opens = (
                a.form == "name"
                and b.form == "name"
                and _PAIR_OPENS.fullmatch(sentence.text, 0, a.start)
                and _AND.fullmatch(sentence.text, a.end, b.start)
                and len(set(other) & set(pair)) == 1
            )
            topic, since = (other, 0) if opens else (None, 0)
            continue
        if topic is not None and any(c.code not in topic for c in names):
            topic = None  # another country named: the paragraph has moved on
        if topic is not None and since <= 1 and sentence.mentions:
            # "..., with Vietnamese imports totaling USD138.3 million": the topic's own names keep it
            found.setdefault(topic, set()).add(sentence.start)
    return found


def _second_pair_facts(
    sentences: list[ParsedSentence],
    other: tuple[str, str],
    named_in: set[int],
    published: dt.date | None,
    facts: list[Fact],
    url: str | None = None,
) -> list[Fact]:
    """The figures of the sentences that name `other` as a pair, each marked with it; none that is
    already a figure of the article's own pair."""
    spans = [(s.start, s.end) for s in sentences if s.start in named_in]
    taken = [(f.figure_start, f.figure_end) for f in facts]
    return [
        fact.model_copy(update={"pair": list(other)})
        for fact in extract_facts(sentences, list(other), published, url)
        if any(start <= fact.figure_start < end for start, end in spans)
        and not any(start < fact.figure_end and fact.figure_start < end for start, end in taken)
    ]


def _respective_facts(
    sentences: list[ParsedSentence],
    start: int,
    hub: str,
    items: list[tuple[CountryMention, Mention]],
    document: Document,
    pair: list[str],
) -> list[Fact]:
    """Each listed partner's sum outside the article's pair, read as the hub's pair with it."""
    found: list[Fact] = []
    for country, mention in items:
        if country.code in pair:
            continue
        other = sorted((hub, country.code))
        alone = [keeping(s, items, [country.code]) if s.start == start else s for s in sentences]
        found += [
            fact.model_copy(update={"pair": other})
            for fact in extract_facts(alone, other, document.date, document.url)
            if fact.figure_start == start + mention.start
        ]
    return found


def _within_bounds(sentences: list[ParsedSentence], text: str) -> tuple[list[ParsedSentence], list[str]]:
    """Drop the figures no unit allows (too large, not finite), each named in a warning.

    Money has one bound in every currency, so a figure is judged before its currency is resolved.
    `text` is the whole article: one without any overlong digit run skips that search per sentence.
    """
    kept: list[ParsedSentence] = []
    rejected: list[str] = []
    long_runs = _LONG_NUMBER.search(text) is not None
    for sentence in sentences:
        good: list[Mention] = []
        for mention in sentence.mentions:
            unit = mention.unit or ("t" if mention.kind == "quantity" else None)
            problem = value_problem(mention.value, unit) or value_problem(mention.value_max, unit)
            if problem:
                figure = sentence.text[mention.start : mention.end]
                rejected.append(f"{_clipped(figure)} ({shown_number(mention.value)}) {problem}")
            else:
                good.append(mention)
        for run in _LONG_NUMBER.finditer(sentence.text) if long_runs else ():
            if not any(m.start < run.end() and run.start() < m.end for m in sentence.mentions):
                rejected.append(f"{_clipped(run.group())} is too large to be a figure")
        kept.append(
            sentence if len(good) == len(sentence.mentions) else replace(sentence, mentions=tuple(good))
        )
    return kept, rejected


def _valid_facts(facts: list[Fact], text: str) -> tuple[list[Fact], list[str]]:
    """The facts whose values are within bounds; the rest named (a copied fact skips validation)."""
    kept: list[Fact] = []
    dropped: list[str] = []
    for fact in facts:
        problem = value_problem(fact.value, fact.unit) or value_problem(fact.value_max, fact.unit)
        if problem:
            figure = text[fact.figure_start : fact.figure_end]
            dropped.append(f"{_clipped(figure)} ({shown_number(fact.value)}) {problem}")
        else:
            kept.append(fact)
    return kept, dropped


def _figure_warnings(rejected: list[str]) -> list[str]:
    """One warning per left-out figure, the first few by name and then how many more."""
    warnings = [f"left out a figure: {reason}" for reason in rejected[:_MAX_FIGURE_WARNINGS]]
    if len(rejected) > _MAX_FIGURE_WARNINGS:
        more = len(rejected) - _MAX_FIGURE_WARNINGS
        warnings.append(f"left out {more} more figure{'s' if more > 1 else ''} out of bounds")
    return warnings


def _clipped(figure: str, keep: int = 16) -> str:
    """A figure as written, its middle cut when long: "$99999999…99999 billion"."""
    figure = " ".join(figure.split())
    return f'"{figure}"' if len(figure) <= 2 * keep else f'"{figure[:keep]}…{figure[-keep:]}"'


def failure_reason(exc: BaseException) -> str:
    """A short, one-line reason for an unexpected failure while reading or extracting a file."""
    if isinstance(exc, MemoryError):
        return "is too large to read in memory (MemoryError)"
    if isinstance(exc, RecursionError):
        return "is nested too deeply to read (RecursionError)"
    return f"could not be extracted: an internal error ({type(exc).__name__}); the debug log has the details"


def _failed(source: str, exc: Exception) -> Extraction:
    # The traceback is for whoever debugs the extractor, not for the person running a batch.
    log.debug("%s: reading or extracting failed", printable(source), exc_info=exc)
    return Extraction(source=source, error=failure_reason(exc))


def extract_text(
    text: str, source: str = "pasted text", title: str | None = None, date: dt.date | None = None
) -> Extraction:
    """Extract from article text given as a string (pasted, or already read)."""
    clean = strip_furniture(reflow(normalise(text)))
    if len(clean.split()) < 3:
        return Extraction(source=source, error="holds no readable article text")
    first = clean.split("\n", 1)[0].strip()
    document = Document(
        text=clean, title=title or first[:300] or None, date=date or find_date(clean), source=source
    )
    return extract_document(document)


def extract_file(path: str | Path) -> Extraction:
    """Read and extract one file; any failure gives an Extraction with `error` set, never raises."""
    try:
        return extract_document(replace(read_path(path), source=str(path)))
    except DocumentError as exc:
        return Extraction(source=str(path), error=str(exc))
    except Exception as exc:  # MemoryError, RecursionError or a bug: this file fails, not the batch
        return _failed(str(path), exc)


def extract_bytes(data: bytes, name: str) -> Extraction:
    """Read and extract an uploaded file's bytes; errors come back in `error`, never raised."""
    try:
        return extract_document(read_bytes(data, name))
    except DocumentError as exc:
        return Extraction(source=name, error=str(exc))
    except Exception as exc:  # as in extract_file: one upload fails, the page goes on
        return _failed(name, exc)
