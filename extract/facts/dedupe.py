"""One fact per claim: restatements, headline roundings and equivalents merged."""

from __future__ import annotations

import datetime as dt
import re

from ..cues import FROM_END
from ..currencies import DOLLAR_COUNTRIES
from ..models import Fact
from .timing import YEARS_SPAN

HEADLINE_ROUNDING = 0.1
# A body's rounded restatement stays this close to the exact level ("nearly 117" for 116.87).
ROUNDED_BY = 0.05
# "over $4 billion" says the level passed a round mark, at most this far below it.
OVER_BY = 0.25


def without_equivalents_restated(
    facts: list[Fact], equivalents: dict[int, list[tuple[str | None, float]]]
) -> list[Fact]:
    """ "about N360 billion (about $1billion) by 2020" and later "about one billion US dollars ...
    by 2020": the second is the first's equivalent said again, one claim."""

    def same_claim(f: Fact, g: Fact) -> bool:
        return (
            g is not f and g.metric == f.metric and g.kind == f.kind and g.year == f.year and g.unit != f.unit
        )

    def converts_to(f: Fact, g: Fact) -> bool:
        return any(
            unit == g.unit and abs(value - g.value) <= HEADLINE_ROUNDING * value
            for unit, value in equivalents.get(f.figure_start, [])
        )

    return [
        f
        for f in facts
        if not any(
            same_claim(f, g)
            and (
                # (only after it: when the bare figure comes first, the later pair is dropped instead)
                (f.figure_start not in equivalents and g.figure_start < f.figure_start and converts_to(g, f))
                # "2.9 trillion rubles ($33.62 bln)" and later "101 bln Belarusian rubles, or 2.9
                # trillion Russian rubles": the later one converts to the claim told first
                or (g.figure_start < f.figure_start and converts_to(f, g))
            )
            for g in facts
        )
    ]


def _key(fact: Fact) -> tuple[object, ...]:
    return (fact.metric, fact.kind, fact.unit, round(fact.value, 6), fact.from_, fact.to)


def deduplicate(
    facts: list[Fact], title_starts: set[int], body_amounts: set[tuple[str | None, float]] = frozenset()
) -> list[Fact]:
    """One fact per claim: exact repeats merge, and a headline's yearless figure joins the body's;
    a headline sum the body gives only as an equivalent ("Rs 3.2 lakh crore") is that claim too."""
    kept: dict[tuple[object, ...], Fact] = {}
    for fact in facts:
        key = (*_key(fact), fact.year)
        twin = kept.get(key)
        if twin is not None and twin.start == fact.start and twin.scope != fact.scope:
            # "construction ($2.1 billion) and manufacturing ($2.1 billion)": one sentence, two parts
            key = (*key, fact.figure_start)
            twin = None
        if twin is None or (twin.start in title_starts and fact.start not in title_starts):
            kept[key] = fact
    body = [f for f in kept.values() if f.start not in title_starts]
    facts = [
        f
        for f in kept.values()
        if (f.start not in title_starts and not _told_exactly(f, body))
        or (f.start in title_starts and not (_restated(f, body) or _an_equivalent(f, body, body_amounts)))
    ]
    # "from the current $6 billion" beside "$6 billion last year": the yearless one says it again.
    # "meet the target of $30 bln earlier" beside "$30 bln by 2025": a named goal referred back to;
    # a sum of money set as a goal twice is one goal, while a volume may be a plan and a ceiling.
    dated = {_key(f) for f in facts if f.year is not None}
    facts = [
        f
        for f in facts
        if f.year is not None
        or _key(f) not in dated
        or (f.kind == "target" and f.metric not in ("trade", "investment") and not _refers_to_goal(f))
    ]
    # "around $40 billion" beside "$30 to $40 billion": a range's end rounded is the range's claim.
    range_ends = {(f.metric, f.kind, f.unit, f.value_max, f.year) for f in facts if f.value_max is not None}
    facts = [
        f
        for f in facts
        if f.value_max is not None
        or f.kind != "target"
        or not any(
            (f.metric, f.kind, f.unit, f.value) == key[:4] and f.year in (None, key[4]) for key in range_ends
        )
    ]
    # "raise trade to $30 billion within the next five years" beside "$30 billion by 2022": one goal,
    # whose deadline the speaker named; the horizon only counted it roughly.
    facts = [
        f
        for f in facts
        if not (
            f.kind == "target"
            and YEARS_SPAN.fullmatch(f.period or "")
            and any(
                g.kind == "target"
                and g.metric == f.metric
                and g.unit == f.unit
                and g.value == f.value
                and g.year is not None
                and g.period == str(g.year)
                and f.year is not None
                and abs(g.year - f.year) <= 1
                for g in facts
            )
        )
    ]
    return sorted(facts, key=lambda f: f.figure_start)


_THE_GOAL = re.compile(
    r"\b(?:the|this|that|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|aim|objective|mark)\b", re.I
)


# "crossed the $100 billion mark": a threshold the level passed, not the level itself.
_PASSED_BEFORE = re.compile(
    r"\b(?:crossed|surpassed|passed|topped|exceeded|broke|breached|went past|hit)\s+(?:the\s+)?$", re.I
)
_MARK_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:mark|milestone|threshold|barrier)\b", re.I)


def _told_exactly(fact: Fact, body: list[Fact]) -> bool:
    """The article gives the same period's level exactly elsewhere: "nearly 117 billion USD" is the
    "116.87 billion USD" of the same year rounded, "crossed the $100 billion mark in 2021" passed
    by the "$113.391 billion" of 2021."""
    text = fact.evidence
    left = text[: fact.figure_start - fact.start]
    right = text[fact.figure_end - fact.start :]
    threshold = (
        fact.kind == "actual" and bool(_PASSED_BEFORE.search(left[-25:])) and bool(_MARK_AFTER.match(right))
    )
    measure = (fact.metric, fact.kind, fact.unit, fact.from_, fact.to, fact.scope)
    # "bilateral trade amounting to nearly €6bn" beside "€5.814bn in 2017": a yearless level rounds
    # the dated one.
    undated = fact.year is None and fact.period is None
    for other in body:
        if (
            other is fact
            or other.year is None
            or (other.metric, other.kind, other.unit, other.from_, other.to, other.scope) != measure
            or (not undated and (other.year, other.period) != (fact.year, fact.period))
        ):
            continue
        if threshold and fact.value < other.value < 2 * fact.value:
            return True
        if (
            fact.qualifier == "over"
            and fact.value < other.value <= (1 + OVER_BY) * fact.value
            and _significant_digits(fact.value) < _significant_digits(other.value)
        ):
            return True  # "reached over US$4 billion in the first half" beside "US$4.382 billion"
        digits = _significant_digits(fact.value)
        if (
            other.value != fact.value
            and digits < _significant_digits(other.value)
            and abs(other.value - fact.value) <= ROUNDED_BY * other.value
            and float(f"{other.value:.{digits}g}") == fact.value
        ):
            return True
    return False


def _significant_digits(value: float) -> int:
    return len(f"{value:.12g}".replace(".", "").strip("0").lstrip("-")) or 1


def _refers_to_goal(fact: Fact) -> bool:
    """ "the target of reaching $30 bln", "achieved the $100 billion goal": a goal already named."""
    left = fact.evidence[max(0, fact.figure_start - fact.start - 60) : fact.figure_start - fact.start]
    right = fact.evidence[fact.figure_end - fact.start : fact.figure_end - fact.start + 30]
    return bool(_THE_GOAL.search(left) or re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:target|goal|mark)\b", right))


# "stands at £5.5 billion", "is currently": a level as of the day the article was published.
# "has neared the $400 million mark", "has grown to": a present perfect tells the level as of now.
_PRESENT_TENSE = re.compile(
    r"\b(?:stands?|is|are|currently|now|amounts? to|totals|exceeds|"
    r"(?:has|have)(?:\s+(?:already|now|just|recently))?\s+[a-z]+(?:ed|en|wn|un))\b\W+(?:[\w'-]+\W+){0,3}$",
    re.I,
)


def as_of_publication(facts: list[Fact], published: dt.date | None) -> list[Fact]:
    """A present-tense actual with no period of its own is dated by the article."""
    if published is None:
        return facts
    out: list[Fact] = []
    dated: set[tuple[int, str]] = set()  # (sentence, metric) whose present tense dated a figure
    for f in facts:
        before = f.evidence[: f.figure_start - f.start]
        if (
            f.kind == "actual"
            and f.year is None
            and f.period is None
            and (
                _PRESENT_TENSE.search(before[-50:])
                # "sectors are transport ($4.9 billion), mining ($2.6 billion), ...": one verb, a list
                or ((f.start, f.metric) in dated and not _CLAUSE_VERB_AFTER_LIST.search(before))
            )
            # "has increased from about nine to 38": the level it rose from is no level of today
            and not FROM_END.search(before[-30:])
        ):
            dated.add((f.start, f.metric))
            f = f.model_copy(update={"year": published.year})
        out.append(f)
    return out


# A list item's own verb ("..., while mining rose to") makes it no item of the list before.
_CLAUSE_VERB_AFTER_LIST = re.compile(r"[;]|\b(?:while|whereas|but)\b")


def _an_equivalent(headline: Fact, body: list[Fact], amounts: set[tuple[str | None, float]]) -> bool:
    """The headline's sum is one the body states but makes no fact of: an equivalent beside another
    figure, or a sum the body's reading rejects ("a trade agreement worth $27 billion")."""
    return any(
        unit == headline.unit
        and abs(value - headline.value) <= HEADLINE_ROUNDING * value
        and not any(f.unit == unit and f.value == value for f in body)
        for unit, value in amounts
    )


def _restated(headline: Fact, body: list[Fact]) -> bool:
    """Headlines round and drop years: "$240 billion" is the body's "$240.1 billion in 2023",
    "passes $2 billion" the body's "exceeds $2.1 billion"; "$15.6 bln" may be a body figure's
    bracketed conversion."""
    figure = headline.evidence[headline.figure_start - headline.start : headline.figure_end - headline.start]
    # Headlines capitalise ("Rs 3.2 Lakh Crore"): the same figure whatever its case.
    if any(figure.lower() in f.evidence.lower() for f in body):
        return True
    # "set trade target of $40 bn" over a body that reads the quoted Australian's "$40 billion" as
    # AUD: a bare "$" in the headline is the body's dollar.
    dollar = figure.lstrip().startswith("$")
    return any(
        (f.metric, f.from_, f.to) == (headline.metric, headline.from_, headline.to)
        and (f.unit == headline.unit or (dollar and headline.unit in _DOLLARS and f.unit in _DOLLARS))
        and (
            abs(f.value - headline.value) <= HEADLINE_ROUNDING * f.value
            # "Trade Amounts to 10 Billion Pounds" over "ranged from 8 to 10 billion GBP": the range's end
            or (
                f.value_max is not None
                and abs(f.value_max - headline.value) <= HEADLINE_ROUNDING * f.value_max
            )
        )
        and (headline.year is None or f.year is None or headline.year == f.year)
        for f in body
    )


_DOLLARS = frozenset({"USD", *DOLLAR_COUNTRIES.values()})
