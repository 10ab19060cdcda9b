"""The article as read so far, and the figure being read: the context each stage leans on."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..countries import CountryMention
from ..dates import is_date_line
from ..models import Fact
from ..numbers import Mention
from ..parsed import ParsedSentence
from ..periods import TimeContext, When, find_times

_DIGIT_RUN = re.compile(r"\d+")
# A section heading: a short line of words with no sentence's closing mark.
_HEADING = re.compile(r"[A-Z][^!?:;\n]{8,100}(?<![.!?:;,\"”’])")
_A_SUM = re.compile(r"[$€£¥]\s?\d|\d\s?(?:bln|billion|mln|million|bn|mn)\b", re.I)
_SAME_PERIOD_AGO = re.compile(
    r"\b(?:the\s+)?same\s+(?:period|quarter|month|months|half|half-year)\s+(?:a\s+year\s+(?:earlier|ago|before)|"
    r"(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)\b",
    re.I,
)
_BASELINE_BEFORE = re.compile(
    # "more than doubled the US$ 42 million of the same month a year ago": the multiple's baseline
    r"\b(?:compared (?:to|with)|than|up from|down from|from|versus|vs\.?|against|as against|relative to"
    r"|doubled|tripled|quadrupled|halved"
    # "a 2.9-fold increase on the same period of 2023", "up 8% on 2022"
    r"|(?:increase|rise|growth|jump|decline|drop|fall|decrease|up|down|higher|lower)\s+(?:[\w.%-]+\s+)?(?:on|over))\b"
    # "down from $199.6m during the same period in FY 2022/2023": the figure's decimals may come between
    r"(?:[^.;,]|[.,]\d){0,45}$",
    re.I,
)
# Words that refer back to a period named before ("the same period", "that year").
# "a year earlier" after a half-year names that half of the year before.
_BACK_HINT = ("period", "that year", "same year", "same time", "year earlier", "year before", "previous year")


_ANAPHORA = re.compile(
    r"^(?:that|this|these|those|it|(?:out )?of (?:that|this|which|these|it|the total)|such)\b"
    r"|^(?:and|but|so)\s+(?:it|this|that)\b"
    # "... its investments leave a lot to be desired. They come to only around $500 million"
    r"|^they\s+(?:only\s+)?(?:come|came|amount|amounted|total|totalled|totaled|stand|stood)\s+(?:to|at)\b"
    r"|\b(?:this|that|the) (?:figure|volume|amount|value|level|number|sum|result|goal|target|mark|milestone|threshold)\b"
    # "The eight-month figure came to 748 million USD", "the half-year figure"
    r"|\b(?:this|that|the) (?:[\w-]+-(?:month|year|quarter)|half-year|quarterly|annual|monthly|full-year) "
    r"(?:figure|volume|amount|value|total|level)\b"
    # "In 2022-2023, it further increased to USD 12.39 billion."
    r"|\b(?:it|this) (?:further |also |then |subsequently |later )?(?:is|was|will|would|could|should|has|had|"
    r"reached|stood|rose|grew|totalled|totaled|amounted|amounts|totals|stands|hit|exceeded|surpassed|crossed|increased|decreased|"
    r"declined|fell|jumped|climbed|surged|dropped|reported|recorded|registered|posted|came to"
    # "In the first half it made $820 million": the level made, not a thing
    r"|made(?=\s+(?:(?:about|around|nearly|over|some|almost|more than|just over)\s+)?(?:US\s?)?[$€£¥\d]))\b"
    # "Let's increase it to $20 billion", "we want to see it reach $10 billion".
    r"|\b(?:increase|raise|boost|lift|bring|double|triple|take|push|grow|expand|see|make)s?\s+(?:it|this|that)\s+"
    r"(?:to|up to|reach|hit|exceed|surpass)\b",
    re.I,
)


@dataclass
class Reading:
    """What has been read so far in the article: context later sentences may lean on."""

    published: dt.date | None
    pair: list[str]
    currency: str | None = None
    home_dollar: str | None = None  # what a bare "$" means in this article
    dateline: str | None = None  # the country whose capital or city the dateline names
    # the pair's one dollar and its officials the article names, for whose words a sentence quotes
    speakers: tuple[str | None, frozenset[str]] = (None, frozenset())
    investment_direction: tuple[str | None, str | None] = (None, None)  # the last one stated
    sentence_times: list[When] = field(default_factory=list)  # this sentence's, found once
    last_facts: list[Fact] = field(default_factory=list)
    headline: int | None = None  # the paragraph the headline is
    previous_sentences: list[str] = field(default_factory=list)
    # Every sentence read, and the times of those that needed reading: most sentences hold no
    # figure, so their times are found only when a later one refers back to them.
    texts: list[str] = field(default_factory=list)
    times: dict[int, list[When]] = field(default_factory=dict)
    # A figure's bracketed equivalents, by where the figure starts: "N360 billion (about $1billion)"
    equivalents: dict[int, list[tuple[str | None, float]]] = field(default_factory=dict)

    def times_of(self, index: int) -> list[When]:
        """The time expressions of sentence `index`, found once."""
        if index not in self.times:
            text = self.texts[index]
            if is_date_line(text):
                self.times[index] = []  # the byline's "17 July 2025" is when the page appeared
                return []
            lower = text.lower()
            last = self.last_period(index) if any(hint in lower for hint in _BACK_HINT) else None
            self.times[index] = find_times(text, TimeContext(self.published, None, last))
        return self.times[index]

    def last_period(self, index: int) -> When | None:
        """The period named last before sentence `index` ("over the same period"), a page back at most."""
        for earlier in range(index - 1, max(-1, index - 30), -1):
            spans = [w for w in self.times_of(earlier) if w.period]
            if spans:
                return spans[-1]
        return None

    def heading_when(self, index: int) -> When | None:
        """The year a section heading above sentence `index` names, up to the next heading."""
        for earlier in range(index - 1, max(0, index - 30), -1):
            text = self.texts[earlier]
            if not _HEADING.fullmatch(text):
                continue
            years = [w for w in self.times_of(earlier) if w.year is not None]
            # A headline states a figure ("... hits $13.8B in 2018"); a heading names only the year.
            figureless = len(_DIGIT_RUN.findall(text)) == 1
            if len(years) == 1 and years[0].period == str(years[0].year) and figureless:
                return years[0]
            return None
        return None

    def before_when(self, index: int, through_sums: bool = False) -> When | None:
        """The period the sentence just before named, if any, other than a comparison's baseline
        ("EUR 177bn in 2014, up 8% compared to 2013": 2014)."""
        if not index:
            return None
        text = self.texts[index - 1]
        times = self.times_of(index - 1)
        spans = [w for w in times if w.period and not _BASELINE_BEFORE.search(text[: w.start][-60:])]
        if (
            not spans
            and index > 1
            and (_SAME_PERIOD_AGO.search(text) or (through_sums and not times and _A_SUM.search(text)))
        ):
            # "... compared with the same quarter a year earlier", "Export from Russia equaled $22.6
            # bln (+2.3%) ...": that sentence kept the period named before it, and so does the next one
            return self.before_when(index - 1)
        return spans[-1] if spans else None


@dataclass(frozen=True)
class Figure:
    """One figure in its sentence: the text either side of it, up to the figures next to it."""

    sentence: ParsedSentence
    mention: Mention
    left: str
    right: str
    left_at: int
    right_end: int
    countries: list[CountryMention]
    previous: Fact | None  # the fact read last in this sentence
    reading: Reading

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def prefix(self) -> str:
        return self.sentence.text[: self.mention.start]


@dataclass(frozen=True)
class Measure:
    """What a figure measures, and where its label sits (the span direction is read around)."""

    metric: str
    unit: str
    anchor: tuple[int, int]
    commodity: str | None = None
    scope: str | None = None
    inherited_direction: tuple[str | None, str | None] = (None, None)


# A sentence's own traits are read once, however many figures it holds: per-figure searches of
# the whole sentence would make a long run of figures quadratic.
@lru_cache(maxsize=64)
def refers_back(text: str) -> bool:
    return bool(_ANAPHORA.search(text))
