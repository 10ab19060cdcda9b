"""From sentences to facts: which figure is which metric, kind, year and direction."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ._trie import trie_pattern
from ._vocab import AGREEMENT_NOUNS_NEEDING_VERB, MONTHS, SCOPE_WORDS, WORD_NUMBERS
from .countries import CountryMention, find_countries, rivals_of
from .cues import (
    BLOC,
    FROM_END,
    HOLDS_BEFORE,
    PLANNED_RE,
    SIGNING_RE,
    WITH_EVERYONE,
    commodity_in,
    find_label,
    is_global,
    is_kind_cue,
    is_price_tag,
    is_step,
    is_step_after,
    kind_of,
    prices_agreements,
    qualifier_of,
    scope_of,
    when_of,
)
from .currencies import (
    DOLLAR_COUNTRIES,
    dateline_country,
    dollar_speakers,
    named_dollar,
    quoted_dollar,
    resolve,
    site_dollar,
    speaker_dollar,
    statistics_dollar,
)
from .dates import is_date_line
from .direction import (
    RANK_WORDS,
    RANKED_GROUP,
    RANKING,
    investor_and_host,
    subject_of_possessive,
    trip_investor,
)
from .models import Fact
from .numbers import Mention
from .parsed import ParsedSentence
from .periods import TimeContext, When, find_times

# A section heading: a short line of words with no sentence's closing mark.
_DIGIT_RUN = re.compile(r"\d+")
_HEADING = re.compile(r"[A-Z][^!?:;\n]{8,100}(?<![.!?:;,\"”’])")
_A_SUM = re.compile(r"[$€£¥]\s?\d|\d\s?(?:bln|billion|mln|million|bn|mn)\b", re.I)
_SAME_PERIOD_AGO = re.compile(
    r"\b(?:the\s+)?same\s+(?:period|quarter|month|months|half|half-year)\s+(?:a\s+year\s+(?:earlier|ago|before)|"
    r"(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior)\s+year)\b",
    re.I,
)
_BASELINE_BEFORE = re.compile(
    r"\b(?:compared (?:to|with)|than|up from|down from|from|versus|vs\.?|against|as against|relative to"
    # "a 2.9-fold increase on the same period of 2023", "up 8% on 2022"
    r"|(?:increase|rise|growth|jump|decline|drop|fall|decrease|up|down|higher|lower)\s+(?:[\w.%-]+\s+)?(?:on|over))\b"
    # "down from $199.6m during the same period in FY 2022/2023": the figure's decimals may come between
    r"(?:[^.;,]|[.,]\d){0,45}$",
    re.I,
)
# Words that refer back to a period named before ("the same period", "that year").
_BACK_HINT = ("period", "that year", "same year", "same time")
# "one out of ten companies", "two of the seven new agreements"; not "the significance of the 15
# agreements signed", which counts them.
_PARTITIVE = re.compile(
    r"\b(?:out of|of every|in every|among the|of these|of those)\s*$|^\s*of\s+the\s*$"
    r"|\b(?:one|two|three|four|five|\d+|some|many|most|several|half|all|each|none|any|majority|part)\s+of\s+the\s*$",
    re.I,
)
_OF_THE_OPENING = re.compile(r"\W*(?:Of|Out of)\s+the\s+", re.I)
_THESE = re.compile(r"\b(?:these|those|their|such)\b", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|overall)\b", re.I)
_HAS_RISEN_TO = re.compile(
    r"\b(?:has|had|have)\s+(?:since\s+)?(?:increased|risen|grown|climbed|gone up)\s+to\s+(?:[\w-]+\s+)?$",
    re.I,
)
_IN_THE_COUNTRY = re.compile(r"\s+in\s+the\s+(?:country|kingdom|republic|emirates)\b", re.I)
_NAMED_AFTER = re.compile(
    r"\s*,\s*(?:namely\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s*(?:,\s*|\s+and\s+)[A-Z]"
)
_LEADING_FEW = re.compile(r"\S+\s+(?:major|largest|biggest|leading|big|top|main)\b", re.I)
_YEAR_THEN_TO = re.compile(
    r"\bin\s+(?:19|20)\d\d\s+to\s*(?:(?:about|around|some|nearly|over|more than|almost)\s+)?$", re.I
)
_FIRMS_IN = re.compile(r"\b(?:companies|firms|enterprises|businesses)\s+in\s+(?:the\s+)?$", re.I)
_AMONG = re.compile(r"\bamong\s+the\s*$", re.I)
_RATE = re.compile(r"[^.;,]{0,40}?\b(?:every|each|per|a) (?:month|week|day)\b")
_ENDPOINT = re.compile(
    r"\b(?:from|to|between|to (?:hit|reach|top|touch)|reaching|hitting|approaching|nearing)\s*$"
)
_SPAN = re.compile(r"(\d{4})(?:-(\d\d))?/(\d{4})(?:-(\d\d))?")
_INTO = re.compile(r"\s*into\s+(?:the\s+)?")
_ANAPHORA = re.compile(
    r"^(?:that|this|these|those|it|(?:out )?of (?:that|this|which|these|it|the total)|such)\b"
    r"|^(?:and|but|so)\s+(?:it|this|that)\b"
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
_OPERATING = re.compile(
    r"\b(?:operat\w*|active|registered|present|presence|running on|funded by|backed by|working|works? in|involved in|engaged in|here|there|set foot in|entered|established|home to|hosts?|hosting|(?-i:[A-Z]\w+)-owned|"
    r"doing (?:[\w-]+\s+)?business|based|base themselves|settled|located|"
    r"relocat\w*|set up shop|"
    # "60 Chinese companies are taking part in 80 projects in Kuwait", "557 Emirati firms with investments"
    r"tak(?:e|es|ing) part in|participat\w*|with investments?|investments?\s+in|"
    # "70 Chinese enterprises have received licenses to invest in Ethiopia"
    r"with \w+ (?:capital|participation)|attract(?:ed|ing|s)?|invest|invested|investing|running|licen[cs]\w*|employ(?:s|ed|ing)?|there are|run|launched|set up|opened|created|founded)\b",
    re.I,
)
_DIRECTIONAL = ("investment", "companies")
HEADLINE_ROUNDING = 0.1
# A body's rounded restatement stays this close to the exact level ("nearly 117" for 116.87).
ROUNDED_BY = 0.05
# "over $4 billion" says the level passed a round mark, at most this far below it.
OVER_BY = 0.25


@dataclass
class _Reading:
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


def extract_facts(
    sentences: list[ParsedSentence], pair: list[str], published: dt.date | None, url: str | None = None
) -> list[Fact]:
    """Every fact the sentences state about the pair, one per distinct claim; `url`, the page's
    address, tells an Australian or Canadian site, whose "$" is its own dollar."""
    opening = "\n".join(s.text for s in sentences[:40])
    reading = _Reading(
        published=published,
        pair=pair,
        home_dollar=speaker_dollar(opening, pair) or site_dollar(url, pair, opening),
        speakers=dollar_speakers("\n".join(s.text for s in sentences), pair)
        if any(m.currency_form in _BARE_DOLLARS for s in sentences for m in s.mentions)
        else (None, frozenset()),
    )
    reading.headline = sentences[0].paragraph if sentences else None
    reading.dateline = dateline_country(opening[:600], pair)
    facts: list[Fact] = []
    for sentence in sentences:
        reading.texts.append(sentence.text)
        found = _sentence_facts(sentence, reading)
        facts.extend(found)
        for fact in found:
            if fact.metric == "investment" and fact.from_ and fact.to:
                reading.investment_direction = (fact.from_, fact.to)
        if found or (reading.last_facts and not _refers_back(sentence.text)):
            reading.last_facts = found
        reading.previous_sentences = ([*reading.previous_sentences, sentence.text])[-3:]
    title_paragraph = sentences[0].paragraph if sentences else 0
    # Every sum of money the body states, equivalents included: a headline may round any of them.
    amounts = {
        (_resolved(m, reading, s.countries).unit, m.value)
        for s in sentences
        if s.paragraph != title_paragraph
        for m in s.mentions
        if m.kind == "money"
    }
    kept = _deduplicate(facts, {s.start for s in sentences if s.paragraph == title_paragraph}, amounts)
    kept = _without_equivalents_restated(kept, reading.equivalents)
    return _as_of_publication(kept, published)


def _without_equivalents_restated(
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
                (f.figure_start not in equivalents and converts_to(g, f))
                # "2.9 trillion rubles ($33.62 bln)" and later "101 bln Belarusian rubles, or 2.9
                # trillion Russian rubles": the later one converts to the claim told first
                or (g.figure_start < f.figure_start and converts_to(f, g))
            )
            for g in facts
        )
    ]


def _sentence_facts(sentence: ParsedSentence, reading: _Reading) -> list[Fact]:
    text = sentence.text
    mentions, chains = _without_conversions(
        text, [_resolved(m, reading, sentence.countries, text) for m in sentence.mentions]
    )
    if not mentions:
        return []
    for owner in mentions:
        if owner.end in chains:
            reading.equivalents[sentence.start + owner.start] = [(m.unit, m.value) for m in chains[owner.end]]
    reading.sentence_times = reading.times_of(len(reading.texts) - 1)
    countries = list(sentence.countries)
    explicit = next((m.unit for m in mentions if m.kind == "money" and m.unit), None)
    # "Kazakhstan, Türkiye Aim To Double Trade To $10 Billion": a title-case headline's words are
    # read in lower case, where a capital no longer marks a name.
    read = _lower_case(text) if sentence.paragraph == reading.headline and _title_case(text) else text
    out: list[Fact] = []
    previous: Fact | None = None
    carried: int | None = None
    dropped = False
    parts_follow = False
    previous_left_at = 0
    for i, mention in enumerate(mentions):
        left_at = carried if carried is not None else (mentions[i - 1].end if i else 0)
        if (
            i
            and mention.kind == "money"
            and mentions[i - 1].kind == "quantity"
            and _WORTH_BETWEEN.fullmatch(text, mentions[i - 1].end, mention.start)
        ):
            # "trade stood at 3.5 million tons worth $1.66 billion": the value reads the volume's label
            left_at = previous_left_at
        previous_left_at = left_at
        carried = None
        right_end = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        left, right = read[left_at : mention.start], read[mention.end : right_end]
        if i and "(" in left and left_at == mentions[i - 1].end:
            # "from $100 billion per year (a mark that was reached in 2018) to $200 billion by 2024":
            # the aside is the figure before's, no cue of this one's
            left = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), left)
        bracketed = right.lstrip()[:1] in ("(", "[")
        # The bracket is blanked, offsets kept: the clause's end is measured in the sentence.
        right = _CONVERSION.sub(lambda m: " " * len(m.group()), right, count=1) if bracketed else right
        if mention.end in chains and not bracketed:
            # "3.5 trillion yen, or Rs 2.22 lakh crore at current rates, in investment": the
            # equivalent is blanked (offsets kept) so the figure reads its label past it.
            chain_end = chains[mention.end][-1].end
            blank = _AT_RATES.match(text, chain_end)
            upto = min(blank.end() if blank else chain_end, right_end) - mention.end
            if not text[mention.end :].startswith(",") and right[:upto].endswith(","):
                upto -= 1  # "(€8.2 billion), and ...": only an aside opened by a comma closes with one
            right = " " * upto + right[upto:]
        if mention.kind != "count" and (
            is_step(qualifier_of(left)[1])
            or (mention.kind == "money" and is_step_after(right))
            or (mention.kind == "quantity" and _MORE_AFTER.match(right))
            or _DIFFERENCE_AFTER.match(right)
        ):
            # "rose by $0.3 billion to $5.2 billion": the level reads its label past the step.
            carried = left_at
            continue
        if mention.kind != "count" and _AVERAGE_BEFORE.search(left):
            # "averaged US$24.73 billion per annum": a mean over years, no year's level; the figure
            # after it ("its highest value in 2022, at US$27.74 billion") reads the clause's label.
            carried = left_at
            continue
        if mention.kind == "quantity" and _ADDITIONAL_BEFORE.search(left):
            # "Azerbaijan will supply Georgia with an additional 500 million cubic meters a year": a step
            carried = left_at
            continue
        if mention.kind == "quantity" and _RATE_AFTER.match(right):
            # "390,000 barrels per day of crude, totalling roughly 12.9 million tons": the rate is no
            # flow; the total after it reads the clause's time and commodity.
            carried = left_at
            continue
        if _is_wider_total(text, mentions, i, countries, reading.pair):
            # The part reads its year and labels from the whole clause, total included.
            carried = left_at
            continue
        if i and _OF_WHICH_AFTER.match(right):
            continue  # "..., $1.7 billion of which was in hydrocarbons": a part of the figure before
        if _PART_IN_BRACKETS.search(left):
            continue  # "€1.8bn in 2023 (thereof €1.3bn)": an unnamed part of the figure before
        if (
            dropped
            and i
            and mentions[i - 1].unit == mention.unit
            and _OPENS_BRACKET.fullmatch(text, mentions[i - 1].end, mention.start)
        ):
            continue  # "exports at USD 208.7 million (USD 150.8 million in 2016)": the dropped flow's baseline
        if dropped and _LIST_WITH.match(left):
            continue  # "manufacturing, with EUR 8 billion of turnover, trade, with EUR 4.1 billion": the list goes on
        if dropped and _BASELINE_OF.search(qualifier_of(left)[1]):
            continue  # "total imports reached 3.6m tons, down 5.9% compared to 3.82m": the same total's past
        if dropped and i and _ONWARD.search(qualifier_of(left)[1]) and find_label(left, "") is None:
            # "the deals signed amount to 2.5 billion euros, with the potential to grow to 20 billion
            # euros": where the figure left out before goes, not a measure of its own
            continue
        if parts_follow and mention.kind == "count":
            continue  # "eight agreements - three letters of intent, two ...": the batch's breakdown
        fact = _read_mention(
            sentence, mention, left, right, left_at, right_end, countries, explicit, previous, reading
        )
        dropped = fact is None
        if fact is not None:
            out.append(fact)
            previous = fact
            same = _SAME_AS_IN.match(text, mention.end, min(len(text), mention.end + 120))
            if same is not None and fact.year != int(same.group("year")):
                # "1.7 million tons this year, the same amount as in 2024": that year's level too
                year = int(same.group("year"))
                out.append(fact.model_copy(update={"kind": "actual", "year": year, "period": str(year)}))
            parts_follow = parts_follow or (
                fact.metric == "agreements" and bool(_BREAKDOWN_AFTER.match(right))
            )
    if explicit:
        reading.currency = explicit
    return out


# Volumes only: "attract an additional USD 1 bn in investments" is a goal in the corpus, so money
# keeps the shared step cues.
_ADDITIONAL_BEFORE = re.compile(
    r"\b(?:an?\s+)?(?:additional|extra|further|another)\s+(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$",
    re.I,
)
_CLOSED_ASIDE = re.compile(r"\((?![^()]*\d{4}\s*[:–-])[^()]{4,120}\)")
_SAME_AS_IN = re.compile(
    r"[^.;()]*?,\s+(?:the\s+)?same\s+(?:amount|volume|level|figure|quantity|as)\s+(?:as\s+)?(?:in|for)\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)


# The next item of a list of figures, each "X, with N".
_LIST_WITH = re.compile(
    r"^[^,;.]{0,30},\s*(?:and\s+)?[a-z][\w -]{0,30}?,\s+with\s+(?:about\s+|around\s+|some\s+)?$", re.I
)
# "eight agreements - three letters of intent, two memoranda ...", "12 documents: five ...": the
# counts after a dash or colon break the batch down.
_BREAKDOWN_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:[-–—:]|,\s*(?:namely|comprising|consisting of|made up of))\s*$", re.I
)


# A headline's infinitive is its future: "Over 1,000 Turkish firms to operate in Kazakhstan".
_HEADLINE_FUTURE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?to\s+(?:operate|open|invest|reach|hit|top|exceed|surpass|cross|double|triple|"
    r"rise|grow|increase|boost|build|set up|sign|supply|export|import|ship|buy|be)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _title_case(text: str) -> bool:
    """Most of a line's longer words capitalised, as headlines in title case are."""
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _lower_case(text: str) -> str:
    """`text` in lower case, every offset kept ("İ" stays, its lower case being two characters)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


# Each flow's own figure, in the order named: one-way sums, however many ("exports, imports").
_FLOWS_RESPECTIVELY = re.compile(
    r"\b(?:exports?|imports?|shipments|sales|purchases)\s*(?:,|and)\s*(?:exports?|imports?|shipments|sales|purchases)\b"
    r"(?:[^.;]|\.\d)*?\brespectively\b",
    re.I,
)
_PER_UNIT = r"per\s+(?:[\w-]+\s+)?(?:project|company|firm|enterprise|deal|investor|investment)\b"
_PER_UNIT_AFTER = re.compile(r"\s+" + _PER_UNIT, re.I)
_PER_UNIT_BEFORE = re.compile(r"\baverage\b[^.;]{0,40}?\b" + _PER_UNIT + r"[^.;]{0,40}$", re.I)
_FIRMS_VALUED = re.compile(
    r",\s*(?:valued at|worth|with a (?:combined |total )?value of)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_OPENING_FRAME = re.compile(
    r"\W*(?:(?:while|whereas|although|though|but|and|so|also)\s+|(?:[\w'’.-]+\s+){1,5}?(?:said|says|noted|added|"
    r"stated|stressed|explained)\s+(?:that\s+)?)(?:(?:in|during|for|over)\s+(?:the\s+)?)?",
    re.I,
)
_ONWARD = re.compile(r"\b(?:to|reach|reaching|hit|hitting|top|topping|exceed|exceeding)\s*$", re.I)
_NOW_AFTER_FIGURE = re.compile(r"\s*(?:now|currently|today|at present)\b", re.I)
# "3.5 million tons worth $1.66 billion", "3.558 million tons, valued at over $1.656 billion"
_WORTH_BETWEEN = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){1,2}?)?,?\s*(?:worth|valued at|with a value of)\s+"
    r"(?:(?:over|about|around|nearly|more than|some|almost|roughly)\s+)?",
    re.I,
)


_BARE_DOLLARS = ("$", "dollars", "dollar")


def _resolved(
    mention: Mention, reading: _Reading, countries: tuple[CountryMention, ...] = (), sentence: str = ""
) -> Mention:
    """The mention with its currency read for this article: "Rs" on Pakistan is PKR, "$" in Ottawa CAD."""
    if mention.kind != "money" or mention.unit is None:
        return mention
    nearest = tuple(c.code for c in reversed(countries) if c.end <= mention.start)
    # "Kathmandu, Mar. 10: ... Rs. 103.5 billion": with no country named before it, a shared form
    # ("Rs" on India and Nepal) is the one where the story was filed.
    if reading.dateline:
        nearest += (reading.dateline,)
    unit = resolve(mention.currency_form, mention.unit, reading.pair, nearest)
    if mention.currency_form == "$" and (named := named_dollar(sentence, mention.start)):
        unit = named  # "more than Canadian $75 billion": the dollar is named in words before its sign
    elif mention.currency_form == "$" and reading.home_dollar:
        unit = reading.home_dollar
    elif mention.currency_form == "$" and sentence and (counted := statistics_dollar(sentence, reading.pair)):
        unit = counted  # "The latest ABS data show ... $141 billion": the statistician's own dollar
    elif mention.currency_form in _BARE_DOLLARS and sentence and reading.speakers[1]:
        # "Harper said he had agreed on a goal of $15 billion": the quoted official's own dollar
        # a quote of several sentences names its speaker once
        unit = quoted_dollar(sentence, reading.texts[-6:-1], *reading.speakers) or unit
    return mention if unit == mention.unit else replace(mention, unit=unit)


# "India will import 5 million tonnes more coal": a step in volume (money "more" may be a goal:
# "wants USD 1 bn more in investments").
_MORE_AFTER = re.compile(
    r"\s*(?:more|less|fewer|extra|additional)\b(?!\s+than\s+(?:double|twice|triple))", re.I
)
# "$56 million more than the figure of 2017": a difference between two levels.
# "the 140 million yen Calimaya and Shinkansen railway projects": what projects cost.
_PROJECT_AFTER = re.compile(
    r"\s+(?:(?!invest|in\b|into\b|for\b|of\b|to\b|across\b|with\b|and\s+(?-i:[a-z]))[\w'-]+\s+){0,4}?projects?\b"
    r"(?!\s+(?:of|in)\s+investment)",
    re.I,
)
_AVERAGE_BEFORE = re.compile(
    r"\b(?:averag(?:ed|ing|es)|an average of|on average|an? (?:annual|yearly) average of|average annual)\s+"
    r"(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|greater|fewer|up|down)\s+(?:than|from|on)\b", re.I
)
_INCLUDING = re.compile(r"[^.;]{0,40}?,\s*(?:including|of which|among them)\s*", re.I)
_OF_THE_TOTAL = re.compile(r"\s*(?:Of|Out of)\s+(?:the|its|a total of)\s+", re.I)


def _is_wider_total(
    text: str, mentions: list[Mention], index: int, countries: list[CountryMention], pair: list[str]
) -> bool:
    """ "3.376 million tons, including 1.057 million tons toward Baku": a total across all
    partners whose pair-specific part follows; only the part is about the pair."""
    if index + 1 >= len(mentions):
        return False
    total, part = mentions[index], mentions[index + 1]
    total_from = mentions[index - 1].end if index else 0
    # "Of the 6.79 lakh tonnes of wheat imported in 2022-23, 5 lakh tonnes were bought from Russia"
    partitive = (
        bool(_OF_THE_TOTAL.fullmatch(text, total_from, total.start)) and "," in text[total.end : part.start]
    )
    if total.kind != part.kind or not (partitive or _INCLUDING.fullmatch(text[total.end : part.start])):
        return False
    if _says_bilateral(text[total_from : total.start]):
        return False  # "bilateral trade reached $1.08 billion, including $975 million of exports to ..."
    part_to = mentions[index + 2].start if index + 2 < len(mentions) else len(text)
    named = {c.code for c in countries if total_from <= c.start < total.end}
    named_in_part = {c.code for c in countries if part.end <= c.start < part_to}
    return not (named & set(pair)) and bool(named_in_part & set(pair))


# "Sh9.1 trillion, equivalent to $3.976 billion", "(equivalent to $17.9 billion)"
_EQUIVALENT = r"(?:(?:which\s+is\s+|the\s+)?(?:equivalent|equal)\s+(?:to|of)\s*)"
_BETWEEN_CONVERSION = re.compile(
    # "612 bln rubles ($6.1 bln), or 98 trln Uzbek som": a chain goes on past a bracket's close
    rf"\s*(?:\(|\[|[)\]]?,?\s*or|,?\s*i\.e\.)\s*{_EQUIVALENT}?"
    r"(?:about|around|approximately|approx\.?|roughly|some|nearly|over|more than|almost|under|~)?\s*"
    rf"|,?\s*{_EQUIVALENT}(?:about|around|approximately|roughly|some|nearly|~)?\s*"
    # "832 million dinars, about ($1.2 billion)"
    r"|,?\s*(?:about|around|approximately|roughly|some|nearly)\s*[(\[]\s*",
    re.I,  # "(Approximately $450 million)"
)
_DATED_CONVERSION = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?(?:19|20)\d\d(?:[-/]\d{2,4})?"
    r"\s*[(\[]\s*(?:about|around|approximately|roughly|some|nearly|~)?\s*"
)
_ABROAD_AFTER = re.compile(r"\s*(?:abroad|overseas|worldwide|globally|around the world)\b", re.I)
_OPENS_BRACKET = re.compile(r"\s*[(\[]\s*")
_OWN_TIME_AFTER = re.compile(
    r"\s+(?:over|in|for|during)\s+(?:the\s+)?(?:same\s+period|(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago))",
    re.I,
)
_ABOUT_CONVERSION = re.compile(r",\s*(?:or\s+)?(?:about|around|approximately|roughly|some|nearly)\s*", re.I)
# What is left of a bracketed equivalent once its figure is dropped: "(" ... ")".
_CONVERSION = re.compile(r"^\s*(?:\([^)]{0,40}\)|\[[^\]]{0,40}\])")


# What may close an equivalent: "at current exchange rates", a bracket, the comma of an aside.
_AT_RATES = re.compile(r"(?:[^,;()]{0,50}?\b(?:exchange rates?|rates?)\b)?\)?,?", re.I)


def _without_conversions(
    text: str, mentions: list[Mention]
) -> tuple[list[Mention], dict[int, list[Mention]]]:
    """Drop "($25.25 billion)" after "£18.6 billion": the bracketed equivalent is the same claim,
    and so is each link of a chain ("5 trillion yen or ₹3.2 lakh crore ($42 billion)"). Also
    returns, for each figure that had equivalents, those equivalents (keyed by the figure's end)."""
    kept: list[Mention] = []
    chains: dict[int, list[Mention]] = {}
    before: Mention | None = None
    for mention in mentions:
        if (
            before is not None
            and kept
            and before.kind == mention.kind == "money"
            and (
                (
                    _BETWEEN_CONVERSION.fullmatch(text[before.end : mention.start])
                    # "$1.5 billion ($1.4 billion over the same period of 2022)": a baseline, not an equivalent
                    and not (before.unit == mention.unit and _OWN_TIME_AFTER.match(text, mention.end))
                )
                # "R130bn in 2015 (£7.7bn)": the year comes between, the currency differs.
                or (
                    before.unit != mention.unit
                    and mention.unit is not None
                    and (
                        _DATED_CONVERSION.fullmatch(text[before.end : mention.start])
                        # "hit $12.3 billion, about 4.5 trillion naira": an aside in another currency
                        or (
                            before.unit is not None
                            and _ABOUT_CONVERSION.fullmatch(text[before.end : mention.start])
                        )
                    )
                )
            )
        ):
            before = mention
            chains.setdefault(kept[-1].end, []).append(mention)
            continue
        kept.append(mention)
        before = mention
    return kept, chains


@dataclass(frozen=True)
class _Figure:
    """One figure in its sentence: the text either side of it, up to the figures next to it."""

    sentence: ParsedSentence
    mention: Mention
    left: str
    right: str
    left_at: int
    right_end: int
    countries: list[CountryMention]
    previous: Fact | None  # the fact read last in this sentence
    reading: _Reading

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def prefix(self) -> str:
        return self.sentence.text[: self.mention.start]


@dataclass(frozen=True)
class _Measure:
    """What a figure measures, and where its label sits (the span direction is read around)."""

    metric: str
    unit: str
    anchor: tuple[int, int]
    commodity: str | None = None
    scope: str | None = None
    inherited_direction: tuple[str | None, str | None] = (None, None)


def _read_mention(
    sentence: ParsedSentence,
    mention: Mention,
    left: str,
    right: str,
    left_at: int,
    right_end: int,
    countries: list[CountryMention],
    explicit_currency: str | None,
    previous: Fact | None,
    reading: _Reading,
) -> Fact | None:
    """The fact one figure states, read in stages (measure, kind, time, partners, direction), or None."""
    figure = _Figure(sentence, mention, left, right, left_at, right_end, countries, previous, reading)
    qualifier, bare_left = qualifier_of(left)
    if qualifier == "exact" and "-odd" in sentence.text[mention.start : mention.end]:
        qualifier = "about"  # "300-odd firms"
    if mention.kind == "quantity":
        measure = _volume_measure(figure)
    elif mention.kind == "count":
        measure = _count_measure(figure)
    else:
        measure = _money_measure(figure, explicit_currency)
    if measure is None:
        return None
    metric = measure.metric
    if right_end < len(sentence.text) and (goal := _NEXT_GOAL.search(right)):
        # "was over 400 million dollars with a target to reach half a billion": the goal is the
        # next figure's, not this one's.
        figure = replace(figure, right=right[: goal.start()])
    kind = _figure_kind(figure, metric, bare_left)
    if metric == "agreements" and kind == "target":
        # "will sign 14 agreements during the visit": none is signed yet, so there is no count of
        # agreements; the agreement list keeps the batch as planned.
        return None
    year, period, when = _figure_time(figure, metric, kind, bare_left)
    if _sums_years(figure, metric, period):
        past_span = bool(
            period and reading.published and period.split("/")[-1][:4] <= str(reading.published.year)
        )
        endpoint = _ENDPOINT.search(bare_left)
        if kind == "actual" and past_span and not endpoint:
            return None  # "totaled SR1.79 trillion in the last ten years": a sum of years, not a year's trade
        if (
            kind == "actual"
            and endpoint
            and when is not None
            and (when.relative or when.prep == "since")
            and when.year is None
        ):
            # "doubled over the past 10 years to hit 3.2 billion EUR": the level the span ended at, as of the article
            period = None
    if (
        metric == "investment"
        and kind == "actual"
        and year is None
        and period
        and (span := _YEARS_SPAN.fullmatch(period))
        and reading.published is not None
        and int(span.group(2)) < reading.published.year
    ):
        # "Chinese investments from 2007 to 2023 surpassed $4 billion": the stock as the span ended;
        # "since 2018" runs on to the article's year and keeps no year of its own
        year = int(span.group(2))
    clause = _clause_countries(figure, metric, measure.anchor)
    if clause is None:
        return None
    window, clause_start = clause
    if any(
        c.possessive and c.code not in figure.reading.pair and 0 <= mention.start - c.end <= 4
        for c in countries
    ):
        return None  # "Indian investment in Singapore has overtaken China's USD 14.2 billion": another's sum
    if metric == "trade" and _own_total(sentence.text, countries, mention.start, mention.end):
        return None  # "China's total imports and exports reached 36 trillion yuan": trade with the world
    if metric in ("trade", "investment") and _WORLD_AFTER.match(sentence.text, mention.end):
        return None  # "China invested about US$60 billion internationally in 2010": its investment anywhere
    if metric in ("trade", "investment") and _AND_EVERYONE.search(sentence.text, left_at, right_end):
        return None  # "$52 billion of goods were exchanged between Iran and various countries": the world's
    if measure.unit != "count" and _a_partners_share_of(sentence.text, countries, mention.start):
        # "China was the top investor, with 53.4 percent of the $4.35 billion approved": everyone's
        return None
    origin, host = (None, None)
    if metric in _DIRECTIONAL:
        direction = _figure_direction(figure, measure, window, clause_start)
        if direction is None:
            return None
        origin, host = direction
    start = sentence.start
    return Fact(
        metric=metric,
        kind=kind,
        value=mention.value,
        value_max=mention.value_max,
        unit=measure.unit,
        year=year,
        period=period,
        scope=measure.scope,
        from_=origin,
        to=host,
        commodity=measure.commodity,
        qualifier="range" if mention.value_max else qualifier,
        evidence=sentence.text,
        start=start,
        end=sentence.end,
        figure_start=start + mention.start,
        figure_end=start + mention.end,
    )


_WORLD_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:internationally|abroad|overseas|worldwide|globally|around the world|across the world)\b",
    re.I,
)
_AND_EVERYONE = re.compile(
    r"\b(?:between|with)\s+[^,;.]{1,40}?\s+and\s+(?:various|other|several|many|numerous|all|foreign|third)\s+"
    r"(?:other\s+)?(?:countries|partners|nations|economies|states|trading partners)\b",
    re.I,
)
_PERCENT_OF_BEFORE = re.compile(
    r"[\d.,]+\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:total\s+|overall\s+|combined\s+)?"
    r"(?:(?:about|around|some|nearly|over|more than|roughly)\s+)?$",
    re.I,
)
_HOLDS_A_SHARE = re.compile(
    r",?\s+(?:[\w-]+\s+){0,3}?(?:accounted for|accounting for|accounts for|account for|made up|makes up|making up|"
    r"took|takes|represented|represents|contributed|held|holds|had|has|with)\s+(?:(?:about|around|some|nearly|"
    r"over|more than|roughly|almost)\s+)?$",
    re.I,
)


def _a_partners_share_of(text: str, countries: list[CountryMention], start: int) -> bool:
    """The figure at `start` is a whole a country of the pair holds a percentage of ("China accounted
    for 53.4 percent of the $4.35 billion"): the whole is everyone's, not the pair's."""
    share = _PERCENT_OF_BEFORE.search(text, max(0, start - 60), start)
    if share is None:
        return False
    holders = [c for c in countries if c.end <= share.start() and c.form != "capital" and not c.possessive]
    if not holders:
        return False
    return bool(_HOLDS_A_SHARE.fullmatch(text, holders[-1].end, share.start())) or bool(
        RANKING.search(text, holders[-1].end, share.start())
    )


_SHARE_OF_THE_TOTAL = re.compile(
    r"\baccount(?:ing|ed|s)?\s+for\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|percent|per cent)\s+"
    r"of\s+(?:the|this|that)\s+(?:total|volume)\b",
    re.I,
)
_ONE_CARGO = re.compile(
    r"\b(?:shipment|cargo|consignment|vessel|tanker|ship|carrier)\b[^.;]{0,40}?"
    r"\b(?:carried|carrying|carries|containing|loaded with|with)\s+(?:a\s+(?:volume|load)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|over|more than)\s+)?$",
    re.I,
)
_SHIPPED_ABROAD_AFTER = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:abroad|overseas|to foreign (?:markets|countries|buyers)|to the world)\b",
    re.I,
)


def _volume_measure(figure: _Figure) -> _Measure | None:
    """A volume's commodity, or None when it is no flow between the pair."""
    text, mention, left, right, countries, reading = (
        figure.text,
        figure.mention,
        figure.left,
        figure.right,
        figure.countries,
        figure.reading,
    )
    prefix = figure.prefix
    if (
        # "3 kWh of electricity in exchange for 1 cubic meter of gas": one unit is a ratio's, no flow
        mention.value == 1
        or _gateway(text)
        or _NOT_A_FLOW.search(prefix[-100:] + right[:30])
        # "of the 120 million tonnes of soybeans that Brazil is expected to produce": a harvest
        or _PRODUCED_AFTER.match(right)
        # "4 million cubic meters of natural gas to Azerbaijan per day": the rate's words end the clause
        or _A_RATE.search(left[-40:] + " " + right[:70].split(",", 1)[0])
        or left.rstrip().endswith(" per")
        # "1.89 million bpd": barrels a day, a rate and no year's volume
        or _DAILY_UNIT.search(text, mention.start, mention.end)
    ):
        return None
    commodity = (
        commodity_in(right[:40])
        or commodity_in(left, last=True)
        or _commodity_of_sentence(text)
        or _inherited_commodity(reading)
    )
    if commodity in (None, "cargo"):
        return None  # "2.2 million tons of cargo": freight in general is no commodity's flow
    if is_global(left) or _bound_elsewhere(text, mention, countries, reading.pair):
        return None  # "total rice imports", "300,227 tons from Thailand": not the pair's flow
    if _THIRD_ORIGIN.match(text, mention.end) and any(
        c.form == "demonym" and c.code not in reading.pair and mention.end < c.start <= mention.end + 12
        for c in countries
    ):
        return None  # "to transport 2 million tons of Kazakh oil" in a story of two other countries
    if _OF_ITS.search(left) or _OWN_IMPORTS.search(left[-100:]):
        return None  # "9.8 bcm of its 25 bcm of gas exports", "the country's crude imports, which ...": the total
    if _SHARE_AFTER.match(right):
        return None
    if _SHIPPED_ABROAD_AFTER.match(right):
        return None  # "shipped 7.1 million tonnes of rice abroad": to every buyer
    if _ONE_CARGO.search(left[-80:]):
        return None  # "The shipment carried 94,000 tonnes of Qatari gas": one cargo, no year's flow
    if _SHARE_OF_THE_TOTAL.search(right):
        return None  # "31 bcm of gas ..., with Azerbaijani gas accounting for 16.6 percent of the total": everyone's
    before = reading.previous_sentences[-1] if reading.previous_sentences else ""
    if (
        _PERFECT_FLOW.search(text)
        and (
            _CUMULATIVE_SINCE.search(text)
            or (_CUMULATIVE.search(text) and _A_TOTAL.search(text))
            or (_IT_OPENS.match(text) and _CUMULATIVE_SINCE.search(before))
            # "Gazprom has exported a total of more than 10 bcm to China through the pipeline": no year named
            or (_A_TOTAL.search(text) and not any(w.year for w in figure.reading.sentence_times))
        )
    ) or (_A_TOTAL.search(text) and _CUMULATIVE_SINCE.search(text)):
        # "has so far supplied a total of 9,000 tonnes", "... since 2018", "amount in total to more than
        # 10 bcm since we began shipments": a sum of years, no year's flow
        return None
    if any(
        c.code not in reading.pair and c.end <= mention.start and _SUPPLIED.match(text, c.end, mention.start)
        for c in countries
    ):
        return None  # "Thailand supplied 319,740 MT", "India, which shipped 21,169 MT": another's flow
    if (
        (
            _ONE_WAY_VERB.search(prefix[-60:])
            or _ONE_WAY_AFTER_VERB.match(right)
            or _ONE_WAY_NOUN.search(prefix[-140:])
            # "South African April thermal coal exports ... at 6.6 mil mt": a demonym's exports
            or any(
                c.form == "demonym"
                and 0 <= mention.start - c.end <= 140
                and _DEMONYM_EXPORTS.match(text, c.end)
                for c in countries
            )
        )
        and _named_pair(countries, reading.pair) < 2
        and not (_says_bilateral(text) or _BOUND.match(text, mention.end))
        # "signed contracts with Russia to import 3 lakh tonnes": bought from the partner it names
        and not _CONTRACT_FOR.search(prefix[-160:])
        and not any(c.code in reading.pair and _PARTNER_BEFORE.search(text, 0, c.start) for c in countries)
        and not (
            _BOUGHT.search(prefix[-60:])
            and any(
                c.form == "demonym" and c.code in reading.pair and mention.end < c.start <= mention.end + 12
                for c in countries
            )
        )  # "the country has imported 1.2 million tons of Russian wheat": bought from the partner
    ):
        return None  # "Viet Nam exported 8.34 million tons of rice last year": to the whole world
    return _Measure("commodity_volume", mention.unit or "t", (mention.start, mention.end), commodity)


# "I can say that in 2022, this figure was only 600 million": the volume the sentence before named.
_THIS_FIGURE = re.compile(
    r"\b(?:this|that|the)\s+(?:figure|volume|indicator|number)\s+(?:\w+\s+){0,2}?$", re.I
)


def _told_before(reading: _Reading, value: float) -> bool:
    """Whether an earlier sentence of the article states this count, in digits or in words."""
    words = [w for w, n in WORD_NUMBERS.items() if n == value]
    told = re.compile(r"\b(?:" + "|".join([re.escape(f"{value:g}"), *words]) + r")\b", re.I)
    return any(told.search(text) for text in reading.texts[:-1])


def _volume_referred_to(figure: _Figure) -> _Measure | None:
    """A bare sum that "this figure" says is the volume just told, in that volume's unit."""
    last = figure.reading.last_facts[-1] if figure.reading.last_facts else None
    mention = figure.mention
    if (
        last is None
        or last.metric != "commodity_volume"
        or mention.kind != "money"
        or not _THIS_FIGURE.search(qualifier_of(figure.left)[1])
        or _WORD_AFTER_FIGURE.match(figure.right)
    ):
        return None
    return _Measure("commodity_volume", last.unit, (mention.start, mention.end), last.commodity)


_WORD_AFTER_FIGURE = re.compile(r"\s+(?!in\b|by\b|and\b|at\b|for\b|last\b|this\b)[a-z]")


_TRADES_WITH_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:were|are|is|was)?\s*(?:dealing|trading|exporting|selling)\s+(?:with|to|into)\b"
    # "17,000 Spanish companies have trading relations with Morocco": partners at home
    r"|\s+(?:[\w-]+\s+){0,2}?(?:have|had|maintain|keep)\s+(?:[\w-]+\s+)?(?:trade|trading|business|commercial)\s+"
    r"(?:relations|ties|links|contacts|dealings)\s+with\b",
    re.I,
)
# Emigrants are no country's investors: "overseas Vietnamese", "the Indian diaspora".
_DIASPORA = re.compile(
    r"\b(?i:overseas|expatriate|émigré|emigrant)\s+[A-Z][\w-]+|\b[A-Z][\w-]+\s+(?:diaspora|expatriates|émigrés|emigrants)\b"
)


def _count_measure(figure: _Figure) -> _Measure | None:
    """A count of agreements or companies, or None when it counts no signing or firms in the country."""
    text, mention, left, right, countries, previous, reading = (
        figure.text,
        figure.mention,
        figure.left,
        figure.right,
        figure.countries,
        figure.previous,
        figure.reading,
    )
    prefix = figure.prefix
    metric = mention.noun or "companies"
    measure = _Measure(metric, "count", (mention.start, mention.end))
    if metric == "agreements":
        if not _counts_agreements(text, mention):
            return None
        if WITH_EVERYONE.search(right, 0, 100):
            return None  # "12 free trade agreements already signed with various countries": not the pair's
        if _signing_kind(text) is None and HOLDS_BEFORE.search(left):
            return None  # "an open economy with 14 free trade agreements": agreements it holds, not a signing
        if _BREAKDOWN_BEFORE.search(prefix[-160:]):
            return (
                None  # "The MoUs include 12 investment agreements and 23 trade agreements": the batch's parts
            )
    if _COUNT_STEP.search(left):
        return None  # "will rise by another 21 agreements": how many more, not how many
    if _OF_THE_COUNTRIES.match(text, mention.start):
        return None  # "projects between the two countries' businesses": the number counts countries
    name = _NAME_BEFORE.search(left)
    if name and not any(c.start <= figure.left_at + name.start() < c.end for c in countries):
        return None  # "urging Ibex 35 companies to invest", "Fortune 500 companies": the number is a name's
    if metric == "companies" and _TRADES_WITH_AFTER.match(right):
        return None  # "6,000 British companies were dealing with the Saudi market": from home, not there
    if metric == "companies" and _DIASPORA.search(prefix[-80:]):
        return None  # "overseas Vietnamese in Thailand are running 1,000 enterprises": emigrants' firms
    if _PARTITIVE.search(left) and not (
        metric == "agreements"
        # "Of the five documents inked by the two sides, the most striking one was": the batch, told first
        and (
            _AMONG.search(left)
            or (
                _OF_THE_OPENING.fullmatch(left)
                and SIGNING_RE.search(text)
                and not _told_before(reading, mention.value)
            )
        )
        and not any(f.metric == "agreements" and f.value == mention.value for f in reading.last_facts)
    ):
        # "one out of ten companies", "of the seven new agreements": a share or a restatement; "the
        # bank's deals are among the 14 agreements sealed", told first here, is the batch's count.
        return None
    if _RATE.match(right):
        return None  # "2,000 firms are being established every month": a rate
    if _EXPORTERS.match(right) or _EXPORTING_FIRMS.search(text, mention.start, mention.end):
        # "Almost 15,000 Spanish companies export to China", "approximately 5,000 exporting companies":
        # exporters, not firms in the country
        return None
    if metric != "companies":
        return measure
    if (
        previous is not None
        and previous.metric == "companies"
        and previous.start == figure.sentence.start
        and _PARTS_OPEN.search(text, max(0, previous.figure_end - previous.start), mention.start)
    ):
        return None  # "120 Indian companies, including 61 joint ventures and 60 IT companies": its parts
    if _GENERIC_FIRMS.search(text, mention.start, mention.end) and not any(
        mention.start <= c.start < mention.end for c in countries
    ):
        return None  # "over 1,000 multinational companies operating in Pakistan": everyone's firms
    if _NOT_BUSINESS.search(text, mention.start, mention.end):
        return None  # "200 international organisations": bodies, not businesses
    if _OF_BOTH.match(right):
        return None  # "a council of around twenty companies from the two countries": no one home
    if _NAMED_AFTER.match(right):
        return (
            None  # "Two Kenyan companies, Vivo Fashion and Wazawazi, will open ...": firms named, not counted
        )
    if _LEADING_FEW.match(text, mention.start, mention.end) and qualifier_of(left)[0] == "exact":
        return None  # "Korea's three major battery companies": the leaders named, not a count of firms
    if _GATHERED.search(left) or _CAME_TO_EVENT.match(right):
        return None  # "the dialogue brought together 100 Chinese companies": who came to an event
    if _DELEGATION.search(left):
        return None  # "a delegation of businessmen representing 35 companies": a visit's size
    if _SURVEYED.search(left):
        return None  # "The survey, covering 1,000 Japanese manufacturing companies": a sample asked
    if _INTERESTED.match(right):
        return None  # "55 Chinese companies have expressed interest in investing": firms that may come
    in_country = (
        any(c.start - mention.end in range(4, 12) and c.form == "name" for c in countries)
        # "the total number of Latvian-Uzbek joint ventures had risen to 343": the pair's own ventures
        or _pair_ventures(text, countries, reading.pair)
        # "more than 280 Spanish companies in the country": the host named before
        or bool(_IN_THE_COUNTRY.match(right))
        or (previous is not None and previous.metric == "companies" and _BASELINE_FROM.search(left))
        # "... has increased from about nine to 38": the count the firms before it rose to
        or (previous is not None and previous.metric == "companies" and _TO_ONLY.fullmatch(left))
        # "450 Spanish enterprises ..., and the number is likely to increase to 800-1000": the same firms
        or (previous is not None and previous.metric == "companies" and _THE_NUMBER_TO.search(left))
        # "... increased from 30 in 2014 to more than 100": past the baseline's year and a qualifier
        or (previous is not None and previous.metric == "companies" and _TO_COUNT_AFTER_YEAR.fullmatch(left))
        # "The number of Japanese companies in Kenya has risen ... from 41 to 54"
        or any(
            c.form == "name"
            and (firms := _FIRMS_IN.search(text, max(0, c.start - 40), c.start))
            and any(d.form == "demonym" and 0 <= firms.start() - d.end <= 3 for d in countries)
            for c in countries
            if c.start < mention.start
        )
    )
    if not (
        _OPERATING.search(right)
        or _OPERATING.search(left)
        or _OPERATING.search(text, mention.start, mention.end)  # "25,000 investing companies"
        or in_country
    ):
        return None
    return measure


_VENTURES_AFTER = re.compile(
    r"\s+(?:joint\s+ventures|joint\s+enterprises|companies|enterprises|firms)\b", re.I
)


def _pair_ventures(text: str, countries: tuple[CountryMention, ...], pair: list[str]) -> bool:
    """Whether firms are named by a compound of the pair's two names ("Latvian-Uzbek joint ventures")."""
    return any(
        a.code in pair
        and b.code in pair
        and a.code != b.code
        and text[a.end : b.start] in ("-", "–")
        and _VENTURES_AFTER.match(text, b.end)
        for a, b in itertools.pairwise(countries)
    )


_PARTS_OPEN = re.compile(r",\s*(?:including|of which|of whom|among them|among which)\b", re.I)
_TO_COUNT_AFTER_YEAR = re.compile(
    r"\s*(?:in\s+(?:19|20)\d\d\s+)?to\s+(?:(?:about|around|some|nearly|over|more than|almost)\s+)?", re.I
)
_TOTAL_IN_BRACKETS = re.compile(r"\bof\s+(?:the\s+|all\s+)?total\s+(?:[\w-]+\s+){0,3}?\(\s*$", re.I)


_CONTRIBUTED = re.compile(
    r"\b(?:contributed|provided|brought in)\s+(?:about\s+|around\s+|over\s+|more than\s+|nearly\s+|some\s+)?$",
    re.I,
)
# The last measure a sentence named before a figure is a one-way flow.
_ONE_WAY_TOLD = re.compile(
    r"\b(?:exports?|imports?|shipments)\b(?![^.]*\b(?:trade|turnover|investments?|exchanges?)\b)", re.I
)


# "the most attractive sectors are transportation ($4.9 billion), mining ($2.6 billion) and ...":
# each sum in brackets is the part of the flow the item before it names.
_PARTS_NAMED = re.compile(r"\b(?:sectors?|industries|industry|areas|fields|branches)\b", re.I)
_ITEM_BEFORE_BRACKET = re.compile(
    r"(?:^|[,:;]\s*|\b(?:are|is|include|includes|included|including|and|namely)\s+)(?P<item>[a-z][a-z&/ -]{1,48}?)\s*\(\s*$"
)


# Sector names that are also words for a measure: in a list of sectors they name the sector.
_LIST_ITEM_LABELS = frozenset(("trading", "trade", "commerce", "investment", "investments"))


def _listed_part(text: str, mention: Mention) -> str | None:
    """The list item a bracketed sum belongs to, in a sentence that lists sectors."""
    if not _PARTS_NAMED.search(text, 0, mention.start):
        return None
    item = _ITEM_BEFORE_BRACKET.search(text, max(0, mention.start - 60), mention.start)
    if item is None:
        return None
    words = item.group("item").strip()
    return SCOPE_WORDS.get(words, words)


_FIRMS_TRADE = re.compile(
    r"\b(?:trade|turnover|sales)\s+(?:volumes?\s+)?of\s+(?:these|those|such|the)\s+(?:[\w-]+\s+)?"
    r"(?:enterprises|companies|firms|businesses|ventures)\b",
    re.I,
)
_NATIONAL_DRIVE = re.compile(
    r"\b(?:our|the country's|the national|its|their)\s+(?:[\w-]+\s+)?(?:investment|investor)\s+"
    r"(?:drive|campaign|conferences?|summits?|push)\b[^.;]{0,60}?\b(?:raised|drawn|drew|attracted|mobili[sz]ed|secured|garnered)\b",
    re.I,
)
# "the cooperation zone has contributed $550 million in taxes": what was paid, not traded or invested
_PAID_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:taxes|tax revenues?|wages|salaries|royalties|dividends|remittances|fees)\b",
    re.I,
)
_OWN_TOTAL_OF = re.compile(
    r"(?:'s|’s)\s+(?:(?:19|20)\d\d\s+)?(?:FDI|investment|inward investment|trade|foreign trade)\s+total\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)
_WITH_ONE_OF_OURS = re.compile(
    r"\bwith\s+one\s+of\s+(?:our|its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:neighbou?rs|partners|countries)\b[^.;]{0,40}$",
    re.I,
)
_OF_THE_TOTAL_SUM = re.compile(
    r"\bof\s+(?:the|its|a)\s+total\s+(?:[\w-]+\s+){0,3}?of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)
# "exported 6.25 million tonnes of rice, earning a turnover of US$3.12 billion": the exporter's takings
_EARNED_BEFORE = re.compile(
    r"\b(?:earn(?:s|ed|ing)?|fetch(?:es|ed|ing)?|bringing in|brought in)\s+(?:a\s+|an\s+)?"
    r"(?:(?:export\s+)?(?:turnover|revenues?|income|earnings|proceeds)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|some|nearly|over|more than|almost|approximately)\s+)?$",
    re.I,
)
_JOINT_PROJECTS = re.compile(r"\bjoint\s+(?:[\w-]+\s+){0,2}?projects\b[^.;]{0,80}$", re.I)
_AMOUNT_GOING = re.compile(
    r"\b(?:the\s+)?(?:amount|sum|share|portion|part|figure)\s+(?:going|flowing|that went|directed|destined|invested)\s+"
    r"(?:to|into|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:was|is|stood at|came to|reached|totall?ed)\s+$"
)


def _money_measure(figure: _Figure, explicit_currency: str | None) -> _Measure | None:
    """Whether a sum is trade or investment (its label, or what the sentences before were about)."""
    if figure.mention.unit is None and (volume := _volume_referred_to(figure)) is not None:
        return volume
    text, mention, left, right, left_at, countries, previous, reading = (
        figure.text,
        figure.mention,
        figure.left,
        figure.right,
        figure.left_at,
        figure.countries,
        figure.previous,
        figure.reading,
    )
    prefix = figure.prefix
    if (
        is_price_tag(right, left)
        or _FOR_FIRMS.match(right)
        or prices_agreements(prefix)
        or _IN_DEALS.match(right)
        or _PROJECT_AFTER.match(right)
        or _AID_AFTER.match(right)
        or _PAID_AFTER.match(right)
        or _EARNED_BEFORE.search(left[-60:])
        # "a share worth Rs. 103.5 billion of the total FDI stock of Rs. 295.5 billion": everyone's
        or (previous is not None and _OF_THE_TOTAL_SUM.search(left[-70:]))
        # "accounted for $17 billion of Brazil's 2010 FDI total of 48.4 billion dollars": everyone's
        or _OWN_TOTAL_OF.search(left[-60:])
        # "the UAE's bilateral trade in 2015-16 with one of our neighbours was over $50 billion"
        or _WITH_ONE_OF_OURS.search(left[-90:])
        or (previous is not None and _SHARE_OF.search(left))
        or _gateway(text)
        or _subnational(text)
        or _at_a_border_town(text, mention.end, countries)
    ):
        return None
    if _PER_UNIT_AFTER.match(right) or _PER_UNIT_BEFORE.search(left):
        return None  # "the average capital per Singaporean project in Viet Nam is $23 million": a mean
    if _TOTAL_IN_BRACKETS.search(left[-80:]):
        return None  # "US$295 million of the total mining investment (US$2.274 billion)": everyone's total
    if mention.currency_form is None and any(
        c.form == "demonym" and 0 < c.start - mention.end <= 2 and text[c.end - 1] == "s" for c in countries
    ):
        return None  # "Nearly 2 million Canadians travel to Mexico": people, not money
    flows = _FLOWS_RESPECTIVELY.search(text) if "respectively" in text else None
    if flows is not None and flows.start() < mention.start < flows.end():
        return None  # "exports and imports were valued at $11.13 billion and $12.35 billion, respectively"
    label = find_label(left, right, left_at, mention.end)
    if (
        label is not None
        and label.word.lower() in ("project", "projects")
        and _INVESTING.search(prefix, _last_clause_start(prefix))
    ):
        # "countries investing in Vietnam, with 1,134 projects worth $9.72bn": FDI counted in projects
        label = replace(label, metric="investment")
    if label is not None and label.metric == "blocked":
        return None
    if label is not None and _FIRMS_TRADE.search(left):
        return None  # "with trade volumes of these enterprises exceeding $5 billion": the firms' own trade
    if label is not None and label.metric == "investment" and _NATIONAL_DRIVE.search(prefix):
        return None  # "our investment drive, which has raised more than R1.5 trillion": from every investor
    if label is not None and label.metric == "investment" and _JOINT_PROJECTS.search(prefix):
        return None  # "51 joint investment projects, with overall investment of $27 billion": both sides' portfolio
    if (
        label is not None
        and label.word.lower() == "turnover"
        and (
            _FIRMS_TURNOVER.search(left)
            # "the sectors in which French companies operate are manufacturing, with EUR 8 billion of
            # turnover": the firms' sales by sector
            or (_FIRMS_OPERATE.search(prefix) and not _says_bilateral(text))
        )
    ):
        return None  # "French-owned companies in Romania had a turnover of EUR 14.4 billion": their sales
    if (
        label is not None
        and label.metric == "trade"
        and _THEIR_TRADE.search(left)
        and any(m.noun == "companies" and m.end <= mention.start for m in figure.sentence.mentions)
    ):
        return None  # "440 enterprises with Korean investments work here, with their trade volumes exceeding $5bn"
    if _BALANCE_AFTER.match(right) or _BALANCE_BEFORE.search(left):
        return None  # "closed August with a US$ 107 million deficit", "ran a deficit of US$ 363 million"
    if _THRESHOLD.search(left):
        return None  # "680 with capital exceeding $1 million": a size class, not a sum invested
    if label is not None and label.word.lower() == "capital" and _FUND_CAPITAL.search(left):
        return None  # "the Development Fund, with a capital of $200 million": a fund's size
    if label is not None and (
        _from_everyone(left_at, left, countries, reading.pair)
        or (_FOREIGN_AFTER.match(right) and _named_pair(countries, reading.pair) < 2)
    ):
        return None  # "increase foreign direct investment to $4.2 billion": inflows from everyone
    part = _listed_part(text, mention)
    if (
        label is not None
        and part is not None
        and label.start >= mention.start - 60
        and part.lower() in _LIST_ITEM_LABELS
    ):
        # "Other sectors included food ($4.98m), trading ($56.33m)": the item names a sector, not the measure
        label = None
    scope = scope_of(text, label) or part
    anchor = (mention.start, mention.end)
    inherited_direction: tuple[str | None, str | None] = (None, None)
    going = None
    if label is not None:
        metric = label.metric
        anchor = (label.start, label.end)
    elif _flows_into_country(right, mention.end, countries):
        metric = "investment"
    elif _EXCHANGED.match(right):
        metric = "trade"  # "goods worth 173.2 billion euros were exchanged between the two"
    elif _RELATIONS_LEVEL.search(left) or _PARTNER_LEVEL.search(left):
        metric = "trade"  # "commercial relations between Brazil and Korea may reach US$6 to 7 billion"
    elif previous is not None and previous.metric in ("trade", "investment"):
        metric, scope = previous.metric, _listed_part(text, mention) or previous.scope
        inherited_direction = (previous.from_, previous.to)
    elif (
        previous is not None
        and previous.metric == "companies"
        and (_FIRMS_VALUED.search(left) or _INVESTMENTS_OF_FIRMS.search(prefix))
    ):
        # "about 100 UK investment companies based in Kenya, valued at more than 2 billion pounds"
        metric = "investment"
        inherited_direction = (previous.from_, previous.to)
    elif (going := _AMOUNT_GOING.search(left)) and (
        named := find_label(prefix[: len(prefix) - len(left)], "")
    ):
        # "Japanese FDI rose to YEN 25,724 billion worldwide, while the amount going to Australia was
        # YEN 2,327 billion": the partner's part of the measure named first
        metric = named.metric
        if metric == "blocked":
            return None
    else:
        if _ONE_WAY_TOLD.search(prefix):
            # "Pakistan's exports to China in January rose to $382 million; in February it was up
            # ... crossing $287 million": the clauses after go on with the one-way flow
            return None
        inherited = _inherited_metric(text, reading) or _level_after_label(left, reading)
        if inherited is None and _CONTRIBUTED.search(left[-40:]):
            # "India has seen weak FDI inflows, but Singapore has remained a reliable investor. In
            # 2023-2024, Singapore contributed USD 11.77 billion": its share of the flow just named
            inherited = (
                "investment"
                if _measure_named_before(reading.previous_sentences[-1:]) == "investment"
                else None
            )
        if inherited is None:
            return None
        metric = inherited
        # "It currently stands at $48 billion" after a non-oil goal: the same part of trade.
        scope = part or next((f.scope for f in reversed(reading.last_facts) if f.metric == metric), None)
    if is_global(left[going.start() :] if going else left) or _ABROAD_AFTER.match(right):
        return None  # "have been investing $25 billion-$30 billion abroad annually": to everyone
    if metric == "investment" and _JOINT_FLOW.search(left[_last_clause_start(left) :]):
        return (
            None  # "the two countries had attracted $360 billion", "together invested": both with the world
        )
    if mention.unit is None and _PEOPLE.search(prefix[-80:] + " " + right[:24]):
        return None  # "the number of tourists ..., with 2.7 million in 2016": people, not money
    unit = mention.unit or explicit_currency or reading.currency
    if unit is None:
        return None
    return _Measure(metric, unit, anchor, scope=scope, inherited_direction=inherited_direction)


_AND_ROSE_TO = re.compile(
    r"[^,;.]{0,30}?\band\s+(?:then\s+)?(?:rising|climbing|increasing|growing|jumping|reaching|hitting)\s+"
    r"(?:further\s+)?(?:to\s+)?$",
    re.I,
)


def _figure_kind(figure: _Figure, metric: str, bare_left: str) -> str:
    """Actual or target: the cues around the figure, then what the figures before it were."""
    left, right, previous, prefix = figure.left, figure.right, figure.previous, figure.prefix
    if _CHANGE_OF_END.search(bare_left) and _TO_NEXT.match(figure.text, figure.mention.end):
        return "actual"  # "to lift the meagre trade of $1 billion to $5 billion": the level now
    # "we topped the $10 billion line": a qualifier that is also a verb keeps telling the kind.
    kind_left = left if is_kind_cue(left[len(bare_left) :]) else bare_left
    if figure.mention.kind == "count" and metric == "agreements":
        kind = _signing_kind(figure.text, figure.mention.start) or (
            # "one of a dozen agreements that seek to promote cooperation": what existing ones are for
            "actual" if _PURPOSE_AFTER.match(right) else kind_of(kind_left, right, prefix)
        )
    else:
        if figure.left_at and (now := _NOW_AFTER_FIGURE.match(kind_left)):
            # "from 1 billion US dollars now to five billion in 2030": "now" is the figure before's
            kind_left = kind_left[now.end() :]
        kind = kind_of(kind_left, right, prefix)
    if (
        kind == "target"
        and previous is not None
        and previous.kind == "actual"
        and previous.metric == metric
        and previous.start == figure.sentence.start
        and _AND_ROSE_TO.match(left)
        and not _FUTURE_WORD.search(figure.text)
    ):
        kind = "actual"  # "reaching $8.94 billion in FY 2023-24 and rising to $10.61 billion in FY 2024-25"
    if kind == "target" and metric == "investment" and _pledged(figure):
        # "Qatar will invest £5 billion in the UK", "pledged to invest Rs 2.1 lakh crore": an investor's
        # pledge is an announced total, which the investment measure counts as it stands
        kind = "actual"
    if kind is None and _future_year_of(figure):
        kind = "target"  # "Oil deliveries to Türkiye in 2026 amount to 24 million tonnes": a plan
    if (
        kind is None
        and figure.sentence.paragraph == figure.reading.headline
        and _HEADLINE_FUTURE.match(right)
    ):
        kind = "target"  # "Over 1,000 Russian enterprises to operate in Uzbekistan by end of 2018"
    if (
        kind == "target"
        and metric == "companies"
        and _TAKING_NUMBER.search(left)
        and not _FUTURE_WORD.search(prefix)
    ):
        kind = "actual"  # "the latest Indian company to set foot in Morocco, taking the number ... to 37"
    if metric == "commodity_volume" and _CONTRACT_FOR.search(prefix[-160:]):
        kind = "target"  # "signed a long-term contract for the supply of 4.5 bln cubic meters": what is owed
    if metric == "commodity_volume" and _UP_TO.search(left[-12:]) and not _all_past(figure.reading):
        kind = "target"  # "annual deliveries of up to 400 million cubic meters": a ceiling, not a flow seen
    if (
        kind is None
        and metric == "commodity_volume"
        and _ANNUAL.match(right)
        and _CONTRACTED.search(figure.text)
    ):
        kind = (
            "target"  # "the supply deal covers 10 bcm of gas per year": a contracted volume, not a flow seen
        )
    if (
        previous is not None
        and previous.metric == metric
        and (_PART_OF.search(left) or (kind is None and _LIST_ON.match(left)))
    ):
        # "70 bcm a year will flow, including 30 bcm via the western route and 38 bcm via the
        # eastern one": the parts and the list's later items are of the kind of the first.
        kind = previous.kind
    if (
        previous is not None
        and previous.kind == "target"
        and previous.metric == metric
        and _AGAINST_EARLIER.search(bare_left)
        and _EARLIER_AFTER.match(right)
    ):
        # "raises the trade target to USD 40 billion by 2015 as against USD 30 billion earlier": the old goal
        kind = "target"
    return kind or "actual"


def _figure_time(
    figure: _Figure, metric: str, kind: str, bare_left: str
) -> tuple[int | None, str | None, When | None]:
    """The year and period a figure is for, and the time expression they came from (if its own)."""
    text, mention, left_at, right_end, previous, reading = (
        figure.text,
        figure.mention,
        figure.left_at,
        figure.right_end,
        figure.previous,
        figure.reading,
    )
    prefix = figure.prefix
    times, before = reading.sentence_times, previous.year if previous else None
    if (
        before is None
        and reading.last_facts
        # "The previous year's trade figure was US$2.2 billion": a year counted from the one just told
        and (_refers_back(text) or any(w.chained is not None for w in times))
    ):
        # "Kenya exported 206 million kg of tea last year. This was a slight drop from 209 million kg the
        # year before": counted from the year of the figure referred back to
        before = reading.last_facts[-1].year
    latest = reading.published.year if reading.published else None
    when = when_of(
        text,
        times,
        left_at,
        (mention.start, mention.end),
        right_end,
        kind,
        before,
        previous is not None,
        latest,
    )
    if when is None and right_end < len(text):
        # "exported 3.14mil tonnes ... worth RM14.86bil to China last year": past a price tag.
        far = min(len(text), mention.end + 300)
        when = when_of(
            text, times, mention.end, (mention.start, mention.end), far, kind, before, latest=latest
        )
        if (
            when is not None
            and when.year is None
            and not (_YEARS_SPAN.fullmatch(when.period or "") and FROM_END.search(bare_left))
        ):
            when = None  # a span past the figures is kept for "from X to Y between 2022 and 2023"
        elif (
            when is not None
            and when.period == str(when.year)
            and FROM_END.search(bare_left)
            and _TO_NEXT.match(text, mention.end)
        ):
            # "trade grew from $12.6 billion to $13.3 billion in 2022": the start is the year before
            when = replace(when, year=when.year - 1, period=str(when.year - 1))
    if (
        when is None
        # "In 2016, the bilateral trade was estimated to reach US$10 billion": a goal for the year named
        and (
            kind == "actual"
            or (times and times[0].year is not None and latest is not None and times[0].year >= latest)
        )
        and times
        # "He said that in the previous fiscal year of 2019, ...", "While in 2017 it reached ...": a
        # frame or a conjunction before the opening time
        and (times[0].start <= 3 or _OPENING_FRAME.fullmatch(text, 0, times[0].start))
        and text[times[0].end : times[0].end + 2].startswith(",")
        and times[0].end <= mention.start
        and times[0].chained is None  # "A year later, ...": counted from a year this sentence lacks
    ):
        # "In 2022, trade reached $3.5 billion, and Turkish investment $1.5 billion": an opening
        # time governs every figure of its sentence.
        when = times[0]
    if (
        kind == "target"
        and when is not None
        and when.relative
        and when.end <= mention.start
        and when.year is not None
        and latest is not None
        and when.year < latest
    ):
        # "which was $5.6 billion last year, could be increased to $10 billion": a past year is the
        # level's, never the goal's deadline.
        when = None
    year, period = (when.year, when.period) if when else (None, None)
    span = _YEARS_SPAN.fullmatch(period or "") if when is not None and when.year is None else None
    since_when = _SINCE_WHEN.search(prefix[-100:])
    if since_when is not None and kind == "actual":
        # "receiving Azerbaijani gas since 2021, when deliveries amounted to about 0.3 bcm": that year's
        year = int(since_when.group(1))
        period = str(year)
    if kind == "target" and year is None:
        # "signed the 2023-2025 Roadmap to bring mutual trade up to $2 billion": due when the plan ends
        plan = next(
            (
                w
                for w in times
                if w.end <= mention.start
                and _YEARS_SPAN.fullmatch(w.period or "")
                and _PLAN_NOUN.match(text, w.end)
            ),
            None,
        )
        if plan is not None:
            year = int(plan.period[-4:])
            period = str(year)
    span_end = False
    if (
        span is not None
        and (when.end <= mention.start or FROM_END.search(bare_left) or _TO_ONLY.fullmatch(bare_left))
        and kind == "actual"
    ):
        # "Between 2019 and 2023, trade rose from $4.1 billion to $6.1 billion": the ends of the span
        # "From 2015/16 to 2016/17": the ends are fiscal years
        fiscal = "FY" if _FISCAL_YEAR_WRITTEN.search(text, when.start, when.end) else ""
        if FROM_END.search(bare_left) and _TO_NEXT.match(text, mention.end):
            year, span_end = int(span.group(1)), True
            period = f"{fiscal}{year}"
        elif _TO_ONLY.fullmatch(bare_left) and previous is not None and previous.year == int(span.group(1)):
            year, span_end = int(span.group(2)), True
            period = f"{fiscal}{year}"
    if (
        not span_end
        and when is not None
        and when.end <= mention.start
        and year is not None
        and period == str(year)
        and FROM_END.search(bare_left)
        and _TO_NEXT.match(text, mention.end)
        # "since we signed our FTA in 2006, trade has grown from $134 million to ...": the start's year
        and not _SINCE_WORD.search(text, max(0, when.start - 60), when.start)
        and not when.relative  # "Over that period, exports increased from 6,917 tons to 36,000 tons"
    ):
        # "rose by 18% in 2021, from USD 2.2 billion to USD 2.6 billion": the start is the year before.
        year -= 1
        period = str(year)
    if (
        when is None
        and previous is not None
        and previous.metric == metric
        and previous.kind == kind
        and not _YEAR_THEN_TO.search(figure.left)  # "from 41 in 2016 to 54": the later level is not 2016's
        and not _HAS_RISEN_TO.search(
            figure.left
        )  # "was 1,800 last July and it has increased to 2,000": today's
    ):
        year, period = previous.year, previous.period
        if year is not None and _YEAR_ON_YEAR_FROM.search(bare_left[-40:]):
            # "$4.7 billion in 2021, up 5.1% YoY from $4.5 billion": the baseline is a year earlier
            year, period = year - 1, _year_before(period)
        if _TO_ONLY.fullmatch(bare_left) and FROM_END.search(
            text, 0, previous.figure_start - figure.sentence.start
        ):
            # "in 2021, from USD 2.2 billion to USD 2.6 billion": the end is the year the sentence names
            named = next(
                (
                    w
                    for w in reading.sentence_times
                    if previous.year is not None and w.year == previous.year + 1
                ),
                None,
            )
            if named is not None:
                year, period = named.year, named.period
            ends = next(
                (
                    int(w.period[-4:])
                    for w in reading.sentence_times
                    if w.year is None and (w.period or "").startswith(f"{previous.year}/")
                ),
                None,
            )
            if ends is not None:
                # "has grown over the past 6 years, from $529.1 million to $1.16 billion": the span's end
                year, period = ends, str(ends)
    if when is None and year is None and _refers_back(text):
        earlier = next(
            (f for f in reversed(reading.last_facts) if f.metric == metric and f.kind == kind), None
        )
        if earlier is not None:
            year, period = earlier.year, earlier.period
    if year is None and period is None and kind == "actual":
        # "Trade fell 11.8% in January. Exports and imports combined were worth $8.29 billion."
        # A trade statistic's sentences of one-way sums continue the period told before them.
        before_when = reading.before_when(len(reading.texts) - 1, through_sums=metric == "trade")
        if (
            before_when is not None
            and not _ends_after(before_when, reading.published)
            # "... established diplomatic relations on Oct. 8, 1954. ... eight agreements": a date
            # of history is no period of the figures that follow
            and not _long_before(before_when, reading.published)
        ):
            year, period = before_when.year, before_when.period
        else:
            # "... EUR 136 bn in goods. Total trade in services was EUR 40.9 bn": the figures of
            # the sentence before, of the same measure, lend their period.
            earlier = next(
                (
                    f
                    for f in reversed(reading.last_facts)
                    if f.metric == metric and f.kind == kind and f.period
                ),
                None,
            )
            if earlier is not None:
                year, period = earlier.year, earlier.period
            else:
                # "Trade and Investment between Thailand and the U.S. (2023)" over a list of figures
                heading = reading.heading_when(len(reading.texts) - 1)
                if heading is not None and not _long_before(heading, reading.published):
                    year, period = heading.year, heading.period
    span = _YEARS_SPAN.fullmatch(period or "")
    if kind == "actual" and span and _RISE_TO_LEVEL.search(bare_left):
        # "rose by about 26% between 2007 and 2017, to EUR 4.6 billion": the level at the span's end
        year, period = int(period[-4:]), period[-4:]
    return year, period, when


_PLEDGE = re.compile(
    r"\b(?:pledg\w*|commit\w*|promis\w*|(?:decided|decides|agreed|"
    r"agrees|set|is|are)\s+to\s+(?:invest|put|pour|inject)|(?:will|would|shall)\s+(?:also\s+)?(?:be\s+)?invest\w*|"
    r"announced|announces|unveiled)\b",
    re.I,
)
_COMMITMENTS_AFTER = re.compile(
    r"\s*(?:of\s+|in\s+)?(?:new\s+)?(?:investment\s+)?(?:commitments?|pledges?)\b"
    # "Out of the 14 billion promised during this visit as an investment": the sum pledged
    r"|\s+(?:(?:that|which)\s+(?:was|were|has been|had been)\s+)?(?:promised|pledged|committed)\b",
    re.I,
)
# A host's wish, a forecast or a goal set for a deadline stays a target.
_NOT_A_PLEDGE = re.compile(
    r"\b(?:attract\w*|wants?|aims?|aiming|seeks?|seeking|hopes?|expects?|expected|expecting|targets?|targeted|goal|"
    # "the Qatar Investment Authority announced its aspiration to invest $3 billion": a wish, no pledge
    r"aspirations?|ambitions?|intentions?|intends?|desire|wish|"
    r"projected|forecast|predicts?|predicted|anticipates?|anticipated|could|might|may|exceed|reach|double|triple|"
    r"raise|increase|boost|bring)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b",
    re.I,
)


def _pledged(figure: _Figure) -> bool:
    """An investor's pledge or commitment of a sum, with no host's wish, forecast, deadline or horizon."""
    prefix = figure.prefix
    clause = prefix[_last_clause_start(prefix) :][-160:]
    right = figure.right.split(",", 1)[0][:80]
    # A pledge over years ahead ("over the next five years") keeps its horizon as a goal's period.
    horizon = any(w.prep == "within" for w in figure.reading.sentence_times)
    return bool(_PLEDGE.search(clause) or _COMMITMENTS_AFTER.match(figure.right)) and not (
        horizon or _NOT_A_PLEDGE.search(clause) or _NOT_A_PLEDGE.search(right)
    )


def _future_year_of(figure: _Figure) -> bool:
    """A year after publication named beside the figure, between it and its neighbours."""
    published = figure.reading.published
    if published is None:
        return False
    return any(
        w.year is not None
        and w.year > published.year
        and w.chained is None
        # a horizon ("in three years", "over the next five years") is when a span ends, not the figure's year
        and w.prep not in ("since", "from", "between", "within")
        and figure.left_at <= w.start
        and w.end <= figure.right_end
        for w in figure.reading.sentence_times
    )


def _sums_years(figure: _Figure, metric: str, period: str | None) -> bool:
    """Whether a flow's period spans more than a year, so the figure may be a sum of years."""
    end = figure.mention.end
    return (
        metric in ("trade", "commodity_volume")
        and _span_months(period) > 13
        # "exceeded $40 billion in three consecutive years": each year's level, not their sum
        and not _EACH_YEAR.search(figure.text, end, end + 60)
    )


_TOPIC_BEFORE = re.compile(
    r"\b(?:including|such as|issues|situation in|war in|crisis in|conflict in|regarding|about|on)\s+(?:the\s+)?$"
    r"|\b(?:including|such as|issues)\b[^.;]{0,30}?(?:,|and)\s+(?:the\s+)?$",
    re.I,
)
_PAIRS_OWN_LABEL = re.compile(r"\b(?:their|bilateral|two-way|mutual)\s+(?:annual\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r"\s*(?:which|who|whose)\s")


def _clause_countries(
    figure: _Figure, metric: str, anchor: tuple[int, int] | None = None
) -> tuple[list[CountryMention], int] | None:
    """The countries named in the figure's own clause and where it starts; None when they make
    the figure another partner's."""
    text, mention, sentence, countries = figure.text, figure.mention, figure.sentence, figure.countries
    # Past a comma or a comparison the right side speaks of something else ("above its trade with China").
    clause_end = mention.end + _clause_length(figure.right, mention.end, countries)
    # Before a "while" or a semicolon the left side is another clause ("..., while Kazakhstan has channeled").
    boundaries = list(_clause_breaks(figure.left))
    clause_start = figure.left_at + boundaries[-1].end() if boundaries else figure.left_at - 5
    owner = None
    comma = figure.left.rfind(",")
    if comma >= 0 and _RELATIVE_OPEN.match(figure.left, comma + 1):
        # "second only to the US, which invested $4.98 billion": the clause is its antecedent's
        at = figure.left_at + comma
        antecedent = [c for c in countries if 0 <= at - c.end <= 1]
        if antecedent:
            owner = antecedent[-1]
            clause_start = owner.start
    # A count's clause may hold its money too: "26 companies invested R88 billion ... in China".
    right_bound = clause_end if metric == "companies" else min(figure.right_end, clause_end)
    window = [c for c in countries if clause_start <= c.start and c.end <= right_bound + 5]
    # "103 billion Saudi riyals": a currency's name is no partner.
    partners = [
        c
        for c in window
        if not any(m.kind == "money" and m.start <= c.start < m.end for m in sentence.mentions)
        # "US 450 million dollars": the currency's country written before the number
        and not (
            c.code == "USA"
            and any(m.kind == "money" and 0 <= m.start - c.end <= 1 for m in sentence.mentions)
        )
    ]
    if any(c.code not in figure.reading.pair for c in partners):
        # "China overtook the United States ... to become India's largest trading partner, with
        # bilateral trade of $118.4 billion": the overtaken is no partner of the figure
        overtaken = rivals_of(text, countries)
        partners = [c for c in partners if c not in overtaken or c == owner]
    if metric == "commodity_volume":
        # A shipment's country is the one named nearest it ("namely Kazakhstan (380 mcm)", "China
        # with 1.3 million tons"); a clause's other destinations are other shipments'.
        near = [c for c in partners if figure.left_at <= c.start and c.end <= figure.right_end]
        # "Japan remains the top destination for Australian coal exports, with 84.7m tonnes": the
        # exporter's adjective names no destination, a country's name does
        named = [c for c in near if c.form == "name"] or near
        partners = [min(named, key=lambda c: _distance(c, mention))] if named else []
        if _third_supplier(window, partners, figure):
            return None
    if anchor is not None and _PAIRS_OWN_LABEL.search(text, max(0, anchor[0] - 16), anchor[0]):
        # "discussed issues including Syria, along with deals to lift their trade to $10 billion":
        # the pair's own trade; countries named before it are topics, not partners
        partners = [
            c
            for c in partners
            if c.start > anchor[0] or not _TOPIC_BEFORE.search(text, max(0, c.start - 40), c.start)
        ]
    if (
        (owner is not None and owner.code not in figure.reading.pair)
        or _names_third_country(partners, figure.reading.pair, text)
        or _bloc_partner(text, max(0, clause_start), right_bound + 5)
    ):
        return None  # "with bilateral trade with ASEAN reaching ...": another partner's figure
    return window, clause_start


_YEAR_ON_YEAR_FROM = re.compile(
    r"\b(?:yoy|y-o-y|y/y|year-on-year|year on year|on the year)\s+from\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more than)\s+)?$",
    re.I,
)


def _year_before(period: str | None) -> str | None:
    """The same months a year earlier: "2021" -> "2020", "2022-01/2022-05" -> "2021-01/2021-05"."""
    if period is None:
        return None
    return re.sub(r"(?<!\d)((?:19|20)\d\d)(?!\d)", lambda m: str(int(m.group(1)) - 1), period)


_JOIN = re.compile(r"\s(?:and|while|whereas)\s")


def _distance(country: CountryMention, mention: Mention) -> int:
    return mention.start - country.end if country.end <= mention.start else country.start - mention.end


def _article_flow_goal(figure: _Figure, named: set[str]) -> bool:
    """A goal, naming no country, for the flow the article has told ("we have set a new target of
    5 trillion Yen investment")."""
    origin, host = figure.reading.investment_direction
    return bool(origin and host and not named and _GOAL_BEFORE.search(figure.prefix[-60:]))


_GOAL_BEFORE = re.compile(r"\b(?:target|goal)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.I)


# "the combined investments of more than 540 Turkish companies in Egypt have reached around $2.5 billion"
_INVESTMENTS_OF_FIRMS = re.compile(
    r"\binvestments?\s+of\s+(?:(?:more than|over|about|around|some|nearly)\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:companies|firms|enterprises|businesses)\b[^.;]*$",
    re.I,
)
_SUCH = re.compile(
    r"\b(?:such|these|those)\s+(?:[\w-]+\s+){0,2}?(?:projects|investments|deals|ventures)\b", re.I
)
_FIRMS_ELIDED_AFTER = re.compile(r"\s+(?:are|were|have been|had been)\s+(?:now\s+|already\s+)?[a-z]")


def _figure_direction(
    figure: _Figure, measure: _Measure, window: list[CountryMention], clause_start: int
) -> tuple[str | None, str | None] | None:
    """Who invests in whom (or whose firms are where); None for a country's inflow from everyone."""
    text, mention, sentence, countries, previous, reading = (
        figure.text,
        figure.mention,
        figure.sentence,
        figure.countries,
        figure.previous,
        figure.reading,
    )
    metric, anchor = measure.metric, measure.anchor
    if metric == "investment" and (
        _BOTH_WAYS_BEFORE.search(text, max(0, anchor[0] - 30), anchor[0])
        or _EACH_OTHER.search(text, max(0, clause_start), mention.start)
    ):
        # "UK and Australian firms hold two-way investment of £459 billion", "businesses lead in
        # investing in each other's markets, having committed $51 billion": both flows
        return None, None
    share_of = _SHARE_OF_INFLOW.match(text, mention.end) if metric == "investment" else None
    if share_of is not None:
        # "China ... accounted for 17 billion U.S. dollars of Brazil's 2010 FDI total": Brazil's inflow
        hosts = [c.code for c in countries if c.possessive and share_of.start() <= c.start < share_of.end()]
        if len(hosts) == 1 and hosts[0] in reading.pair:
            others = [code for code in reading.pair if code != hosts[0]]
            return (others[0] if len(others) == 1 else None), hosts[0]
    if metric == "companies" and _pair_ventures(text, countries, reading.pair) and len(countries) == 2:
        return None, None  # "Latvian-Uzbek joint ventures" with no host named: firms of both
    origin, host = None, None
    joins = list(_JOIN.finditer(text, figure.left_at, mention.start)) if figure.left_at > 0 else []
    if joins:
        # "106 Georgian companies are registered in Azerbaijan and 272 Azerbaijani companies in
        # Georgia", "Georgia invested $93.8 million in Azerbaijan and Baku invested $3 billion in
        # Georgia": past the "and" after the figure before, a clause names its own investor and host.
        own = [c for c in window if c.start >= joins[-1].end()]
        origin, host = investor_and_host(text, own, anchor, reading.pair) if own else (None, None)
    if origin is None and host is None:
        origin, host = investor_and_host(text, window, anchor, reading.pair)
    if origin is None and host is None and metric == "investment":
        # "Vietnamese investments in Thailand remain modest, with only 17 projects worth $32.8
        # million": the figure's own word names no one; the investment its clause opened with does.
        opened = [m for m in _INVESTMENT_WORD.finditer(text, max(0, clause_start), anchor[0])]
        if opened:
            origin, host = investor_and_host(text, window, opened[0].span(), reading.pair)
    if (
        origin is None
        and host is None
        and metric == "companies"
        and (
            text[mention.end : mention.end + 8] == " of them" or _FIRMS_ELIDED_AFTER.match(text, mention.end)
        )
    ):
        # "Russian companies have opened offices in the UAE, and today there are more than 4,000 of
        # them", "Spanish companies ... and 700 are established in Morocco": the firms named before.
        named = [m for m in _FIRMS_WORD.finditer(text, 0, mention.start)]
        if named:
            before = [c for c in countries if c.start < mention.start]
            origin, host = investor_and_host(text, before, named[-1].span(), reading.pair)
    if metric == "investment" and host is not None:
        trip = trip_investor(text, countries, reading.pair)
        if trip[0] == host:
            # "secured investments worth RM9.3 billion through the mission to Japan": the
            # country visited is where the money comes from, not where it goes.
            origin, host = trip
    if origin is None and host is None:
        # "... below $1 billion, while it pledged to raise it to $5 billion": same flow.
        origin, host = measure.inherited_direction
    if origin is None and host is None and previous is not None and previous.metric in _DIRECTIONAL:
        # "China has 4,200 companies there and $8 billion in direct investment": one investor.
        origin, host = previous.from_, previous.to
    if metric == "investment" and origin is None and host is None and _refers_back(text):
        # "... pledged over USD 55 billion in investments. Out of that, over USD 32 billion ...": same flow
        earlier = next((f for f in reversed(reading.last_facts) if f.metric == metric and f.from_), None)
        if earlier is not None:
            origin, host = earlier.from_, earlier.to
    if (
        origin is None
        and host is None
        and metric == "investment"
        and _SUCH.search(text, max(0, clause_start), mention.start)
        and reading.previous_sentences
    ):
        # "Botswana, too, has made important investments in South Africa. ... nine such FDI projects,
        # which drew R3.9 billion": the flow the sentence before named, with its investor and host
        earlier = reading.previous_sentences[-1]
        word = _INVESTMENT_WORD.search(earlier)
        if word is not None:
            origin, host = investor_and_host(earlier, find_countries(earlier), word.span(), reading.pair)
    if origin is None and host is None:
        origin, host = subject_of_possessive(text, countries, reading.pair)
    if metric == "investment" and origin is None and host is None:
        origin, host = trip_investor(text, countries, reading.pair)
    if metric == "companies" and origin is None and host is None and not countries:
        last = reading.last_facts[-1] if reading.last_facts else None
        if last is not None and last.metric == "companies" and 0 <= sentence.start - last.end <= 3:
            # "... 204 enterprises with Azerbaijani capital in Uzbekistan. Some 22 joint ventures have
            # been established since the beginning of this year": the firms just counted
            origin, host = last.from_, last.to
    if metric == "investment" and origin is None and host is None:
        named = {c.code for c in countries if c.code in reading.pair and c.form != "capital"}
        last = reading.last_facts[-1] if reading.last_facts else None
        told_before = (
            last is not None
            and last.metric in _DIRECTIONAL
            and last.from_ in reading.pair
            and last.to in reading.pair
            and 0 <= sentence.start - last.end <= 3
            and (not named or named <= {last.from_, last.to})
            # "Total investment realisation stood at Rp 176.6 trillion": everyone's, unless it refers
            # back ("The total capital of these companies amounted to 3.3 million liras").
            and not (
                _TOTAL_WORD.search(text) and not _THESE.search(text) and not _PRONOUN_INVESTOR.search(text)
            )
        )
        if told_before:
            # "Uzbekistan is now home to 337 UAE-funded enterprises. In 2023, investments reached
            # $1.08 billion": the flow the sentence before was about.
            origin, host = last.from_, last.to
        elif (_refers_back(text) or _DEFINITE_MEASURE.match(text)) and (
            referred := _direction_told_before(reading)
        ) != (None, None):
            # "Japan accounted for 13.1 percent of foreign investment in Korea. The amount also fell
            # ... from US$4.54 billion": the flow the sentence before named.
            origin, host = referred
        elif (
            len(named) < 2
            and not _says_bilateral(text)
            and not _THE_COUNTRY.search(text)
            and not _article_flow_goal(figure, named)
        ):
            # "FDI disbursement was estimated at $850 million": a country's inflow from everyone.
            return None
        else:
            # "the 3.5 trillion yen in investment that Japan's Abe announced": the article's flow.
            origin, host = reading.investment_direction
    return origin, host


# "The investment value was recorded at 9.68 billion USD": the investment the sentence before told of.
_DEFINITE_MEASURE = re.compile(
    # "In 2018 the investment amounted to about 4.2 billion euros": after a fronted time, too
    r"(?:(?:In|By|As of|At the end of|Last year|This year)\b[^,.;]{0,25}?,?\s+(?=the\s|this\s))?"
    r"(?:The|This|That|Such|the|this)\s+(?:total\s+)?(?:investments?|FDI|capital)(?:\s+(?:value|amount|volume|sum|total))?\s+"
    r"(?:was|were|is|are|amounted|reached|stood|totall?ed|came|has|had)\b"
)


# "Last year, it invested a total of 4.3 billion USD": the investor named before.
_PRONOUN_INVESTOR = re.compile(
    r"\b(?:it|they)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:invested|poured)\b", re.I
)
_CONTRAST_AFTER = re.compile(r"\s*(?:but|yet|while|although|though|whereas)\b", re.I)
_RIGHT_CLAUSE_END = re.compile(
    r";|,|\b(?:while|whereas|above|below|than|compared|against|versus|ahead of|and that)\b"
)


_ASIDE_AFTER = re.compile(
    r"\s*(?:established|registered|set up|founded|created|operating|opened|incorporated)\s+(?:with|by|in|under)\b"
)


def _clause_length(right: str, offset: int, countries: list[CountryMention]) -> int:
    """How far the figure's clause runs to the right: to a comparison, a "while", or a comma that
    does not continue a list of countries ("with Russia, Sri Lanka")."""
    for found in _RIGHT_CLAUSE_END.finditer(right):
        if (
            found.group() == ","
            and any(0 < c.start - (offset + found.end()) <= 5 for c in countries)
            # "of trade, and Morocco is ...": a conjunction after a non-country opens a new clause
            and not (
                _JOIN.match(right, found.end())
                and not any(0 <= offset + found.start() - c.end <= 1 for c in countries)
            )
            and not _CONTRAST_AFTER.match(right, found.end())
        ):
            continue  # "with Russia, Sri Lanka": a list of countries; ", but Japan has ...": a new clause
        if found.group() == "," and _ASIDE_AFTER.match(right, found.end()):
            continue  # "23 enterprises, established with Tajik capital, in Uzbekistan": one clause
        return found.start()
    return len(right)


def _long_before(when: When, published: dt.date | None, years: int = 3) -> bool:
    """Whether `when` lies more than `years` before the publication year."""
    return when.year is not None and published is not None and published.year - when.year > years


def _ends_after(when: When, published: dt.date | None) -> bool:
    """A period that ends after publication ("in the next five years") cannot date a level."""
    end = (when.period or "").split("/")[-1][:4]
    return bool(published and end.isdigit() and int(end) > published.year)


def _span_months(period: str | None) -> int:
    """How many months a period spans: "2018/2024" 84, "2022-04/2023-02" 11; 0 when not a span."""
    found = _SPAN.fullmatch(period or "")
    if not found:
        return 0
    y1, m1, y2, m2 = found.groups()
    return (int(y2) - int(y1)) * 12 + int(m2 or 12) - int(m1 or 1) + 1


def _flows_into_country(right: str, right_at: int, countries: list[CountryMention]) -> bool:
    """ "have put $5 billion into Kazakhstan": money moved into a country is investment."""
    match = _INTO.match(right)
    return bool(match) and any(c.start == right_at + match.end() and c.form == "name" for c in countries)


# "will sign", "are set to be signed", "plan to ink": a signing still to come.
_SIGNING_AHEAD = re.compile(
    r"\b(?:will|would|shall)\s+(?:\w+\s+){0,2}$"
    # "will bolster ties further by signing 12 new agreements on Wednesday"
    r"|\b(?:will|would|shall)\s+(?:\w+\s+){0,4}by\s+$"
    # "Xi's official agenda in Panama ... includes ..., the signing of at least 14 agreements"
    r"|\b(?:agenda|itinerary|programme of the visit|schedule)\b[^.;]{0,160}$"
    r"|\b(?:to|set to be|to be|are to be|expected to|plan to|plans to|ready to)\s+(?:\w+\s+)?$",
    re.I,
)


@lru_cache(maxsize=64)
def _signing_kind(text: str, at: int | None = None) -> str | None:
    """Agreements signed ("saw the two sides sign 11 agreements") are actual; ones still to sign, planned.

    `at` is the count's offset: the signing nearest it is the count's ("the pact was signed in 2009,
    and its new version will be signed alongside 30 other agreements")."""
    signings = list(SIGNING_RE.finditer(text))
    if not signings:
        return "target" if PLANNED_RE.search(text) else None
    signing = signings[0] if at is None else min(signings, key=lambda m: abs(m.start() - at))
    if _SIGNING_AHEAD.search(text, 0, signing.start()) or any(
        p.start() <= signing.start() < p.end() or (at is not None and 0 < p.start() - at <= 60)
        for p in PLANNED_RE.finditer(text)
    ):
        # "have finalised eight MOUs that are ready for signing during the visit": still to sign
        # "will sign two agreements today": signed by the time the news is read; a visit's
        # signings still ahead ("will be signed during this trip") are planned.
        return "actual" if _TODAY.search(text) else "target"
    return "actual"


_PURPOSE_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:seek|seeks|aim|aims|are aimed|are designed|are meant)"
    # "a dozen agreements meant to promote closer cooperation in the coming years"
    r"|(?:meant|designed|intended|aimed)\s+(?:to|at))\b",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I)


_LEGAL_BASE = re.compile(r"\b(?:legal|treaty|contractual|regulatory)\s+(?:framework|base|basis)\b", re.I)


def _counts_agreements(text: str, mention: Mention) -> bool:
    noun = text[mention.start : mention.end].rsplit(" ", 1)[-1].lower()
    if noun in AGREEMENT_NOUNS_NEEDING_VERB:
        # "The legal framework between the two countries exceeds 35 documents": the treaties in force
        return _signing_kind(text) is not None or bool(_LEGAL_BASE.search(text))
    return True


def _inherited_metric(text: str, reading: _Reading) -> str | None:
    """ "aim to raise this figure to $15 billion": the metric of the sentence before."""
    if _MORE_PARTS.match(text):
        # "... with major allocations in power ($868m). Other sectors included food ($4.98m)": the list goes on
        listed = next((f for f in reversed(reading.last_facts) if f.metric in ("trade", "investment")), None)
        if listed is not None:
            return listed.metric
    if not _refers_back(text):
        return None
    for fact in reversed(reading.last_facts):
        if fact.metric in ("trade", "investment"):
            return fact.metric
    # "Our bilateral trade is substantial. And it's of the order of $6 billion."; a heading
    # ("Bilateral trade:") a sentence or two back names it too.
    return _measure_named_before(reading.previous_sentences)


_MORE_PARTS = re.compile(
    r"\s*(?:the\s+)?(?:other|remaining|further)\s+(?:[\w-]+\s+)?(?:sectors|industries|areas|fields|branches)\b",
    re.I,
)


def _measure_named_before(sentences: list[str]) -> str | None:
    """Trade or investment, when one of `sentences` (the last first) names it."""
    for earlier in reversed(sentences):
        label = find_label(earlier, "")
        if label is not None and label.metric in ("trade", "investment"):
            return label.metric
    return None


# "... trade between the UAE and Israel exceeded $2.45 billion. In the first quarter we already
# exceeded $1 billion": a bare figure on a verb of level, right after a sentence naming the measure.
# "The first eight months of this year saw 15% growth, to over $1.1 billion": the level after a step.
_BREAKDOWN_BEFORE = re.compile(
    r"\b(?:MoUs|agreements|memoranda|memorandums|documents|deals|accords|they)\s+"
    r"(?:include|included|comprise|comprised|cover|covered|consist of|consisted of)\b(?:[^.;]|\.\d){0,120}$",
    re.I,
)
_LEVEL_AFTER_STEP = re.compile(
    r"\b(?:growth|increase|rise|jump|decline|drop|fall|decrease)\s*,?\s+to\s+"
    r"(?:(?:over|about|around|nearly|almost|more than|some)\s+)?$",
    re.I,
)
_LEVEL_VERB = re.compile(
    r"\b(?:exceeded|exceed|exceeds|reached|reach|reaches|reaching|had|hit|hits|crossed|surpassed|topped|totalled|"
    r"totaled|amounted to|stood at|stands at|was|were|is|are)\s+(?:already\s+|just\s+|almost\s+|nearly\s+|"
    r"over\s+|more than\s+|about\s+|around\s+|some\s+|roughly\s+|approximately\s+|close to\s+)?(?:the\s+)?"
    # "they expect to reach a figure of around $700 million"
    r"(?:(?:a|the)\s+(?:figure|level|mark|value|volume)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?)?$",
    re.I,
)


def _level_after_label(left: str, reading: _Reading) -> str | None:
    tail = left[-40:]
    if not (_LEVEL_VERB.search(tail) or _LEVEL_AFTER_STEP.search(tail)) or not reading.previous_sentences:
        return None
    if find_label(left, "") is not None:
        return None
    return _measure_named_before(reading.previous_sentences[-2:])


def _all_past(reading: _Reading) -> bool:
    """Every time the sentence names lies before the publication year ("Until 2009, Gazprom was ...")."""
    years = [w.year for w in reading.sentence_times if w.year is not None]
    published = reading.published.year if reading.published else None
    return bool(years) and published is not None and all(year < published for year in years)


def _direction_told_before(reading: _Reading) -> tuple[str | None, str | None]:
    """Investor and host of the investment the sentence before names, when it names both of the pair."""
    if len(reading.texts) < 2:
        return None, None
    before = reading.texts[-2]
    label = find_label(before, "")
    if label is None or label.metric != "investment":
        return None, None
    countries = [c for c in find_countries(before) if c.code in reading.pair]
    if len({c.code for c in countries}) < 2:
        return None, None
    return investor_and_host(before, countries, (label.start, label.end), reading.pair)


def _inherited_commodity(reading: _Reading) -> str | None:
    for fact in reversed(reading.last_facts):
        if fact.commodity:
            return fact.commodity
    for earlier in reversed(reading.previous_sentences):
        found = commodity_in(earlier, last=True)
        if found:
            return found
    return None


_PRODUCED_AFTER = re.compile(
    r"\s+(?:of\s+[\w-]+\s+)?(?:that|which)\s+[^,.;]{0,50}?\b(?:produce|grow|harvest|mine|extract)[sd]?\b",
    re.I,
)
# A volume that is a stock, a capacity or a rate of production, not a flow between the two.
_NOT_A_FLOW = re.compile(
    r"\b(?:capacity|capacities|production|produc(?:e|es|ed)|output|reserves?|stocks?|throughput|harvest|"
    r"consumption|consumes|consumed|consume|deposits?|proven|recoverable"
    # "total deliveries over the whole period will exceed 1 trillion cubic meters": a contract's life
    r"|over\s+the\s+(?:whole|entire|full)\s+(?:period|term|life)|over\s+the\s+(?:contract|agreement)'?s?\s+(?:term|life)"
    # "the plant can process 430,000 tons of wheat annually": what a facility could handle
    # "the pipeline is able to hold 4,700 tonnes of diesel": its fill, not a year's flow
    # "it is designed to carry 20 million tonnes a year": what it was built for
    r"|(?:can|could|will be able to|is able to|are able to|(?:is|was|are|were)\s+designed\s+to)\s+"
    r"(?:process|handle|store|hold|refine|receive|ship|carry|transport|pump|deliver|supply|transit))\b",
    re.I,
)
_OF_THE_COUNTRIES = re.compile(r"\S+\s+(?:countries|nations|sides|states|governments)(?:'|’)(?:s)?\s", re.I)
# A capitalised word right before a count, not opening the sentence, makes the count part of a
# name: "Ibex 35 companies", "the FTSE 100 firms". Months and qualifiers can stand there on their own.
_NAME_BEFORE = re.compile(
    r"(?<=[a-z,]\s)(?-i:(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Some|About|Over|Nearly|Almost|Around|Only|Just|The|All|These|Those)\b)[A-Z][A-Za-z]+)\s+$"
)
_OF_BOTH = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+two|both|the\s+two\s+sides'?|both\s+sides)\s*(?:countries|nations|sides)?\b",
    re.I,
)
_PLAN_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:roadmap|road map|plan|programme|program|strategy|agenda)\b", re.I
)
# "has invested over €600 million in development projects": aid, not investment between the pair.
_AID_AFTER = re.compile(
    r"\s+(?:in|for|on|to)\s+(?:[\w-]+\s+)?(?:development|humanitarian|aid|relief)\s+"
    r"(?:projects|programmes|programs|assistance|aid|cooperation)\b",
    re.I,
)
_TAKING_NUMBER = re.compile(r"\b(?:taking|bringing|raising|pushing|lifting)\s+the\s+number\s+of\b", re.I)
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|expected|plans?|aims?|target|goal)\b", re.I)
_RELATIONS_LEVEL = re.compile(
    r"\b(?:(?:trade|commercial|economic|business)\s+(?:relations|ties|exchanges?)|exchanges\s+between)\b"
    r"[^.;]{0,60}?\b(?:reach|reached|reaching|amount|amounted|amounts|total|totals|totalled|totaled|stand|stands|"
    r"stood|surpassed|surpass|exceeded|exceed|hit|hits)\b(?:\s+(?:to|at))?\s*(?:about|around|nearly|over|some)?\s*$",
    re.I,
)
# "The US is our third-largest trade partner, with exchanges totaling $20 billion", "... trading
# partner after China, at $68,358 million": the level the ranked partner's trade is at.
_PARTNER_LEVEL = re.compile(
    r"\b(?:trade|trading|commercial)\s+partners?\b[^.;]{0,30}?(?:,\s*(?:at|with)|\bwith)\s+"
    r"(?:(?:two-way\s+|mutual\s+|bilateral\s+)?(?:exchanges?|turnover|commerce)\s+)?"
    r"(?:(?:totall?ing|amounting to|reaching|worth|valued at|of|at)\s+)?"
    r"(?:about|around|nearly|over|some|approximately|almost|more than)?\s*$",
    re.I,
)
_SINCE_WHEN = re.compile(r"\b(?:since|in)\s+((?:19|20)\d\d),?\s+when\b[^.;\d]{0,60}$", re.I)
_SINCE_WORD = re.compile(r"\bsince\b", re.I)
# "$2.6 billion in goods, $1.7 billion of which was in hydrocarbons": a part of the figure before.
_OF_WHICH_AFTER = re.compile(r"\s+of\s+(?:which|this|that|it)\b", re.I)
_NEXT_GOAL = re.compile(
    r",?\s+(?:with|and)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:target|goal|aim|objective)\b", re.I
)
_PART_IN_BRACKETS = re.compile(
    r"\(\s*(?:thereof|of which|of this|incl\.?|including)\s*(?:about\s+|some\s+)?$", re.I
)
_BASELINE_FROM = re.compile(r"\bfrom\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+|a mere\s+)?$", re.I)
_EACH_YEAR = re.compile(
    r"\b(?:consecutive|successive|straight|running)\s+years\b|\byears\s+in\s+a\s+row\b", re.I
)
_UP_TO = re.compile(r"\bup\s+to\s*$", re.I)
# "390,000 barrels per day of crude, totalling roughly 12.9 million tons": a rate is the figure's
# own, beside it; the total after it is a flow.
# "an annualized rate of 199 million tons": this week's pace stretched over a year, no year's flow.
_RATE_WORDS = (
    r"(?:per day|a day|daily|per hour|an hour|per week|a week|weekly|per 1,?000|annuali[sz]ed rate)\b"
)
_RATE_AFTER = re.compile(r"\s*" + _RATE_WORDS, re.I)
_A_RATE = re.compile(r"\b" + _RATE_WORDS, re.I)
_DAILY_UNIT = re.compile(r"\b(?:bpd|b/d|bopd|mb/d)\b", re.I)
# "through the Alashankou checkpoint", "at the port": a gateway's total, whatever its partners.
_GATEWAY = re.compile(
    r"\b(?:through|via|at)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:checkpoint|border crossing|crossing|land port|dry port|port of entry)\b"
    # "The Port of Los Angeles was the No. 1 international U.S. trade gateway": a gateway's total
    r"|\b(?:trade\s+)?gateways?\b"
    # "Port Laredo, Texas, kept the top spot with $26.7 billion": a port's own total
    r"|\bPort\s+(?:of\s+)?[A-Z][a-z]+\b(?=[^.;]{0,40}\b(?:top spot|ranked|led|handled|handling)\b)",
    re.I,
)


# "trade between the Abai region and China": a province's figure, not the country's.
_SUBNATIONAL = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:region|province|oblast|prefecture|county|autonomous region)\b"
    r"|\b(?:region|province|oblast|prefecture)(?:'s)?\s+(?:bilateral\s+)?(?:trade|turnover)\b",
)


# A sentence's own traits are read once, however many figures it holds: per-figure searches of
# the whole sentence would make a long run of figures quadratic.
@lru_cache(maxsize=64)
def _refers_back(text: str) -> bool:
    return bool(_ANAPHORA.search(text))


@lru_cache(maxsize=64)
def _commodity_of_sentence(text: str) -> str | None:
    return commodity_in(text)


@lru_cache(maxsize=64)
def _says_bilateral(text: str) -> bool:
    return bool(_BILATERAL.search(text))


@lru_cache(maxsize=64)
def _gateway(text: str) -> bool:
    lower = text.lower()
    return any(
        word in lower
        for word in ("checkpoint", "crossing", "land port", "dry port", "port of entry", "gateway", "port ")
    ) and bool(_GATEWAY.search(text))


def _at_a_border_town(text: str, end: int, countries: list[CountryMention]) -> bool:
    """ "Border trade reached $845.5 million in Myawaddy, $72 million in Tachilek": a crossing's total."""
    if "border" not in text.lower():
        return False
    place = _PLACE_AFTER.match(text, end)
    return place is not None and not any(c.start == place.start(1) for c in countries)


_PLACE_AFTER = re.compile(
    r"\s+(?:in|at|through|via)\s+(?!(?:" + trie_pattern(MONTHS) + r"|Q[1-4]|H[12])\b)([A-Z][a-z]+)\b"
)


@lru_cache(maxsize=64)
def _subnational(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in ("region", "province", "oblast", "prefecture", "county")) and bool(
        _SUBNATIONAL.search(text)
    )


# "Türkiye's largest trading partner in Central Asia": the field of a ranking, not a partner.
_RANKED_WITHIN = re.compile(
    rf"\b{RANK_WORDS}\b"
    r"[^.;,]{0,40}?\b(?:in|among|within|across|from)\s+(?:the\s+)?(?:member\s+states\s+of\s+(?:the\s+)?)?"
    # "Korea's largest trading partner in central Europe": the part of a region the ranking covers
    r"(?:(?:central|eastern|western|northern|southern|south-eastern|southeast|south-east|north|south|east|west)\s+)?$",
    re.I,
)


# "300,227 tons from Thailand", "1.2 million tonnes of wheat to Egypt": where a volume goes.
# "... tonnes to China", not "... tonnes from 0.51 million tonnes" (a baseline, no place)
_BOUND = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){1,2}?)?(?:from|to|into|for|via)\s+(?:the\s+)?"
    # "... of gas from January through June": a period, no place
    r"(?!\d|(?:about|around|some|nearly|over)\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.I,
)


# "A total of 420 million kilogrammes were exported through the auction": the verb after the volume.
_ONE_WAY_AFTER_VERB = re.compile(
    r"\s+(?:of\s+[\w-]+\s+)?(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?(?:exported|imported|shipped|sold)\b",
    re.I,
)
# "Guinea's exports of bauxite ... surged to 48.6 million tons": one country's sales to everyone;
# "Guinea's bauxite exports to China" name where they went.
_DEMONYM_EXPORTS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:exports|imports|shipments)\b(?![^,;]{0,40}?\b(?:to|from|into)\s+[A-Z])"
)
_ONE_WAY_NOUN = re.compile(
    r"\b[A-Z][\w-]+(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|shipments)\b"
    r"(?![^,;]{0,40}?\b(?:to|from|into)\s+[A-Z])[^;]{0,80}$"
)
# "has so far supplied a total of 9,000 tonnes", "has been supplied since 2018": a sum over years;
# "So far, Russia has shipped 1.5 lakh tonnes" of one deal is this season's flow.
_CUMULATIVE = re.compile(r"\b(?:so far|to date|thus far)\b", re.I)
_A_TOTAL = re.compile(r"\b(?:a total of|in total|in all)\b", re.I)
_CUMULATIVE_SINCE = re.compile(
    r"\bsince\s+(?:(?:its|the|their)\s+(?:launch|start|opening|inception|commissioning)\b|(?:19|20)\d\d\b)"
    # "since the pipeline was put into operation in late 2009"
    r"|\bsince\b[^.;]{0,80}?\b(?:put into (?:operation|service)|commissioned|launched|went into operation|"
    r"came on stream|began (?:operating|operations|shipments|supplies|deliveries|exports|pumping))\b",
    re.I,
)
_PERFECT_FLOW = re.compile(
    r"\b(?:has|have)\s+(?:so far\s+|already\s+)?(?:been\s+)?(?:\w+\s+){0,2}?"
    r"(?:supplied|shipped|delivered|exported|transported|sent|pumped|carried|moved|transited|handled|imported|received|"
    r"acquired|purchased|bought)\b",
    re.I,
)
# "The pipeline has operated since 2013. It has delivered 26.558 bcm": the total the sentence before dates
_IT_OPENS = re.compile(r"\s*(?:It|The pipeline|The route|The line|This)\s+(?:has|have)\b")
_SUPPLIED = re.compile(
    r"(?:\s*,\s*which)?\s+(?:also\s+)?(?:supplied|shipped|exported|sold|delivered|sent)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\d[\d,.]*\s*\w+\s+and\s+)?$"
)
# "China imported 158.7 million tons of bauxite, with Guinea accounting for almost 70%": a total
# from every supplier, the partner's share after it.
_SHARE_AFTER = re.compile(
    r"[^.;]{0,30}?,?\s*(?:with|of which)\s+(?:[\w-]+\s+){1,3}?(?:accounting for|making up|representing|supplying)\s+"
    r"(?:about\s+|almost\s+|nearly\s+|over\s+|more than\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|per ?cent)",
    re.I,
)
_ONE_WAY_VERB = re.compile(
    r"\b(?:exported|imported|shipped|exports|imports|ships|export|import|purchased|bought|sold)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


_BOUGHT = re.compile(r"\b(?:imported|imports|import|purchased|bought|buys)\b", re.I)
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|into|for)\s+(?:the\s+)?$", re.I)


def _named_pair(countries: list[CountryMention], pair: list[str]) -> int:
    return len({c.code for c in countries if c.code in pair and c.form != "capital"})


# A baseline the figure before is compared with: "..., down 5.9 percent compared to the 2022 record of".
_BASELINE_OF = re.compile(
    # "... imports of 3.9 MMT this year, after downgrading its forecast from 4.1 MMT": the same total's earlier estimate
    r"\b(?:compared (?:to|with)|versus|against|than|up from|down from|(?:forecast|estimate|projection)s?\s+from)\b"
    r"[^;]{0,40}$",
    re.I,
)


def _bound_elsewhere(text: str, mention: Mention, countries: list[CountryMention], pair: list[str]) -> bool:
    """A volume whose source or destination, named after it in its clause ("8.1 billion cubic meters of
    gas to Europe", "more than 8 bcm will be exported to Turkey"), is a third country or a region."""
    bound = _BOUND.match(text, mention.end)
    if bound is None:
        clause = _VOLUME_CLAUSE.match(text, mention.end)
        bound = _BOUND_LATER.search(text, mention.end, clause.end() if clause else mention.end)
    if bound is None:
        return False
    if BLOC.match(text, bound.end()):
        return True
    also = _AND_MORE.match(text, bound.end())
    if also is not None and BLOC.match(text, also.end()):
        return True  # "supplied to Turkiye and global markets": the pair's share is not told apart
    named = next((c for c in countries if c.start == bound.end()), None)
    return named is not None and named.code not in pair and named.form != "capital"


def _third_supplier(window: list[CountryMention], partners: list[CountryMention], figure: _Figure) -> bool:
    """A shipment whose clause opens with a third country and names only one side of the pair
    ("Egypt saw its supplies to Brazil fall to 290,000 tons"): the third country's trade."""
    pair = figure.reading.pair
    if len(partners) != 1 or partners[0].code not in pair:
        return False
    if any(c.code in pair and c.code != partners[0].code for c in window):
        return False
    # The opener, not an earlier item of a list of destinations ("8 bcm to Turkey and 7 bcm to Italy").
    first = min((m.start for m in figure.sentence.mentions), default=figure.mention.start)
    return any(
        c.code not in pair and c.form == "name" and c.end <= min(partners[0].start, first) for c in window
    )


_THIRD_ORIGIN = re.compile(r"\s+of\s+[A-Z]")
_OWN_IMPORTS = re.compile(
    r"\b(?:the country's|the nation's)\s+(?:total\s+|overall\s+)?(?:[\w-]+\s+){0,2}(?:imports|exports)"
    r"(?!\s+(?:to|from|of)\b)(?:[^.;]|\.\d){0,50}$",
    re.I,
)
_OF_ITS = re.compile(r"\bof\s+(?:its|their|the country's|the total|total)\s+$", re.I)
_AND_MORE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+(?:the\s+)?")


# A comparison ends the clause: "up from 20 million tons in 2022 and four times less than exports to China".
_VOLUME_CLAUSE = re.compile(r"(?:(?!\b(?:than|compared|versus)\b)[^,;.]){0,100}")
_BOUND_LATER = re.compile(r"\b(?:to|into|from)\s+(?:the\s+)?(?=[A-Z])")


_BLOC_EVENT = re.compile(
    r"\s+(?:(?:19|20)\d\d\s+)?(?:[Ss]ummit|[Ff]orum|[Bb]usiness [Ff]orum|[Mm]inisterial|[Cc]onference|[Mm]eeting)\b"
)
_PAIR_IN_BLOC = re.compile(
    r"(?:\b(?i:the two|both|two)\s+(?i:fellow\s+)?|\b(?i:fellow)\s+)(?:[A-Z][\w-]*\s+){0,3}$"
)


def _bloc_partner(text: str, start: int, end: int) -> bool:
    """A group of countries or a region named as a partner in text[start:end]."""
    # "Egypt, the Arab world's third-largest economy": a possessive bloc ranks, it does not trade.
    return any(
        not _RANKED_WITHIN.search(text, 0, _before_name(text, m.start()))
        and not text.startswith(("'s", "’s"), m.end())
        # "the Asian-Africa Market Department": a bloc's name inside an office's
        and not (m.start() and text[m.start() - 1] == "-")
        and not _IN_OFFICE_NAME.match(text, m.end())
        # "between the two ASEAN member states", "both EAEU members": the pair itself, in its bloc
        and not _PAIR_IN_BLOC.search(text, 0, m.start())
        # "on the sidelines of the BRICS Summit": where the pair met, not a partner
        and not _BLOC_EVENT.match(text, m.end())
        for m in BLOC.finditer(text, start, end)
    )


# "in the Association of Southeast Asian Nations (ASEAN)": the name an abbreviation stands for.
_SPELLED_OUT = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*)+\(\s*$")


def _before_name(text: str, at: int) -> int:
    """Where the words before a bracketed abbreviation end, the name it abbreviates left out."""
    spelled = _SPELLED_OUT.search(text, max(0, at - 80), at)
    return spelled.start() if spelled else at


_AGAINST_EARLIER = re.compile(
    r"\b(?:as against|against|compared (?:to|with)|versus|from|up from|instead of)\s*$", re.I
)
# "... as against USD 30 billion earlier"; "the highest in the past decade" is a span, not the old goal.
_EARLIER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:earlier|previously|before|in the past(?!\s+(?:decade|century|\w+\s+years|years|months|\d)))\b",
    re.I,
)
_PEOPLE = re.compile(
    r"\b(?:tourists|visitors|people|passengers|residents|workers|students|citizens|migrants|jobs|population|"
    r"travellers|travelers|arrivals|pilgrims|vehicles|containers|tons|tonnes|community|diaspora|expatriates?|"
    r"nationals|users|subscribers|customers|consumers|inhabitants|households|viewers|members)\b",
    re.I,
)
_YEARS_SPAN = re.compile(r"(\d{4})/(\d{4})")
_FISCAL_YEAR_WRITTEN = re.compile(r"\d{4}[/-]\d\d(?!\d)")
# "to", with the equivalent of the figure before it in brackets: "(around $237m) to"
_CHANGE_OF_END = re.compile(
    r"\b(?:lift|lifting|raise|raising|increase|increasing|boost|boosting|bring|bringing|take|taking|push|pushing|"
    r"expand|expanding|grow|growing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:of|at)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)
_THE_NUMBER_TO = re.compile(
    r"\b(?:the|their)\s+number\b[^.;]{0,60}\bto\s+(?:between\s+)?(?:about\s+|around\s+|over\s+)?$", re.I
)
_TO_ONLY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?to\s*", re.I)
# "from QAR 866m (around $237m) to QAR 1.55bn": an equivalent may come between
_TO_NEXT = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?"
    r"(?:US\$|USD|(?-i:[A-Z]{2,3})\s?\d|[$€£¥₹]|\d)",
    re.I,
)
_IN_OFFICE_NAME = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Department|Division|Bureau|Desk|Office|Institute|Council|Commission|Bank|Forum)\b"
)


_SOURCE_AFTER = re.compile(
    r"(?:'s|’s|')?\s+(?:official\s+|government\s+|national\s+)?(?:customs|statistics|statistical|data|figures)\b",
    re.I,
)
_OWN_TOTAL_WHICH = re.compile(
    r"(?:'s|’s)\s+(?:total|overall|global)\s+(?:[\w-]+\s+){0,2}?(?:trade|exports|imports)\b"
    # "0.7% of India's total trade ($1.1 trillion) with the world": the total given in brackets
    # "20 percent of Japan's total trade of 112.09 trillion yen": the total named with its sum
    r"(?:,?\s+which\s+[^.;]{0,40}|\s*[(\[]\s*(?:of\s+|about\s+|around\s+|nearly\s+|over\s+)?"
    r"|\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?)$",
    re.I,
)
_PARTNER_WORDS = re.compile(r"\b(?:between|with|bilateral|mutual|two-way|reciprocal)\b", re.I)


_QUOTE_OPENS = re.compile(r"[:\"“]")


def _own_total(text: str, countries: list[CountryMention], start: int, end: int) -> bool:
    """The clause of text[start:end] names one country as the owner of its trade and no partner
    ("Kazakhstan's total trade reached $140 billion, while trade with Türkiye was $6.4 billion")."""
    if _OWN_TOTAL_WHICH.search(text, max(0, start - 90), start):
        return True  # "dwarfed by India's total goods trade, which exceeded $1 trillion"
    breaks = [m.end() for m in _clause_breaks(text, 0, start)]
    after = next(_clause_breaks(text, end), None)
    low, high = (breaks[-1] if breaks else 0), (after.start() if after else len(text))
    named = [c for c in countries if low <= c.start < high and c.form != "capital"]
    codes = {c.code for c in named}
    # The owner comes before its figure: "..., according to Indonesia's Trade Ministry" is a source.
    owner = any(
        c.possessive
        and not c.official
        and c.end <= start
        # "Based on China's customs data, Iran and China traded $15.8 billion": the source, not the owner
        and not _SOURCE_AFTER.match(text, c.end)
        # "Stressing Bosnia's commitment to trade, he said: "Our trade volume was ...": the quote's own
        and not _QUOTE_OPENS.search(text, c.end, start)
        for c in named
    )
    return len(codes) == 1 and owner and not _PARTNER_WORDS.search(text, low, high)


def _names_third_country(window: list[CountryMention], pair: list[str], text: str) -> bool:
    return any(
        c.code not in pair
        and c.form != "capital"
        and not _RANKED_AFTER.search(text, 0, c.start)
        # "the 5th largest trade partner of Vietnam in the European Union": the field of a ranking
        and not _RANKED_WITHIN.search(text, 0, c.start)
        # "one of the three biggest EU investors in Vietnam": the group a partner ranks in
        and not (RANKED_GROUP.match(text, c.end) and RANKING.search(text, max(0, c.start - 40), c.start))
        # "registered in Russia before the Ukraine crisis": a country naming an event is no partner
        and not _EVENT_AFTER.match(text, c.end)
        # "the SCO summit held in China": where a meeting took place
        and not _VENUE_BEFORE.search(text, max(0, c.start - 40), c.start)
        # "an analyst at the Japan Development Institute (JDI)": a country inside an institution's name
        and not (c.form != "demonym" and _IN_OFFICE_NAME.match(text, c.end))
        # "trade with China, including Hong Kong, came to": a part the partner's figure covers
        and not any(p.code in pair and _PART_OF_PARTNER.fullmatch(text, p.end, c.start) for p in window)
        for c in window
    )


_PART_OF_PARTNER = re.compile(r",?\s+(?:including|excluding|incl\.|excl\.)\s+(?:the\s+)?", re.I)


_VENUE_BEFORE = re.compile(
    r"\b(?:held|hosted|taking place|took place|convened|staged)\s+in\s+(?:the\s+)?$", re.I
)
_EVENT_AFTER = re.compile(
    r"\s+(?:crisis|war|conflict|invasion|sanctions|pandemic|earthquake|floods?)\b", re.I
)


# "Malaysia's third largest trading partner after China and Singapore": the others in a ranking.
_RANKED_AFTER = re.compile(
    rf"\b{RANK_WORDS}\b[^.;]{{0,40}}?"
    r"\b(?:after|behind|following|ahead of|next only to|next to|surpassing|overtaking|trailing(?:\s+only)?)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:,\s+|\s+and\s+))*(?:the\s+)?$"
)


# In lower case: "the Malaysian Investment Development Authority" is an agency's name, no investment.
_FIRMS_WORD = re.compile(r"\b(?:companies|firms|enterprises|businesses)\b", re.I)
_INVESTMENT_WORD = re.compile(r"\binvestments?\b|\bFDI\b")


# "unlocks £250 million for British firms": money won for someone, not a level of trade.
_FOR_FIRMS = re.compile(
    r"\s+for\s+(?:[A-Z][\w-]+\s+)?(?:firms|businesses|companies|exporters|investors|farmers)\b"
)
_LIST_ON = re.compile(r"^[^.;:]{0,40}?(?:,|\band)\s*$")
_PART_OF = re.compile(r"^[^.;]{0,40}?\b(?:including|of which|among them|comprising)\b", re.I)
_ANNUAL = re.compile(
    r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:per year|a year|annually|per annum|each year|every year)\b", re.I
)
_CONTRACTED = re.compile(
    r"\b(?:deal|deals|agreement|agreements|contract|contracts|accord|memorandum)\b", re.I
)
# "firms have signed $13.6 billion in trade and investment deals": the deals' value.
_IN_DEALS = re.compile(
    # ("$15 billion in investments including deals forged ...": investments, which the deals are part of)
    r"\s+(?:in|of|worth of)\s+(?:new\s+)?(?:(?!including\b|investments?\s+including\b)[\w-]+\s+(?:and\s+)?){0,3}?"
    r"(?:deals|agreements|contracts|memorand(?:a|ums)|MoUs|accords)\b",
    re.I,
)
_EXCHANGED = re.compile(
    r"\s+(?:of\s+goods\s+)?(?:were|was|have been|has been|had been|are|is)\s+(?:exchanged|traded)\s+between\b",
    re.I,
)
# "..., of which 28% was settled in renminbi, ... US$57bil": a share of the figure before, in money.
_SHARE_OF = re.compile(
    r"\b(?:of which|of this|of that)\b(?!\s+(?:year|month|quarter|half|period|week|season))[^.;]{0,30}?"
    r"\d(?:[\d.,]*)\s?(?:%|percent|per cent)",
    re.I,
)


def _clause_breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Where clauses of `text` begin; the ", and" that closes a list ("Orano, Vicat, Danone, and
    Lactalis"; "manufacturing, real estate, and tourism") joins items, it starts no clause."""
    found = _CLAUSE_BREAK.finditer(text, start, len(text) if end is None else end)
    return (m for m in found if not (m.group().startswith(",") and _closes_list(text, m.start())))


def _closes_list(text: str, at: int) -> bool:
    """Whether the comma at `at` follows two short comma-separated items, as a list's last one does."""
    pieces = text[max(0, at - 120) : at].split(",")
    # "Uzbekistan, China, Italy and Afghanistan, and exports to China": the "and" closed the list
    return (
        len(pieces) >= 3 and all(0 < len(p.split()) <= 4 for p in pieces[-2:]) and " and " not in pieces[-1]
    )


def _last_clause_start(prefix: str) -> int:
    """Where the clause that `prefix` ends in begins (after "; ", " while ", ", and ")."""
    breaks = [m.end() for m in _clause_breaks(prefix)]
    return breaks[-1] if breaks else 0


_GENERIC_FIRMS = re.compile(
    r"\b(?:multinational|international|foreign|overseas|global|transnational)\s+(?:[\w-]+\s+)?"
    r"(?:companies|firms|enterprises|corporations|businesses)\b",
    re.I,
)
_NOT_BUSINESS = re.compile(
    r"\b(?:international|non-governmental|non-profit|public|civil|civic|humanitarian|religious|charitable|"
    r"youth|women's|student|educational|cultural|scientific|research|political|regional)\s+(?:[\w-]+\s+)?organi[sz]ations\b"
    # "More than 70 constituent entities of Russia maintain ties with the republic": its regions
    r"|\b(?:constituent|federal|administrative|territorial)\s+entities\b",
    re.I,
)
_EXPORTING_FIRMS = re.compile(
    r"\b(?:exporting|importing|exporter|importer)\s+(?:[\w-]+\s+)?(?:companies|firms|enterprises|businesses)\b",
    re.I,
)
_COUNT_STEP = re.compile(r"\b(?:by|rise of|increase of)\s+(?:another|a further|an additional)?\s*$", re.I)
_EXPORTERS = re.compile(
    r"\s+(?:now\s+)?(?:(?:export|exports|sell|sells|ship|ships)\s+(?:\w+\s+)?to|(?:trade|trades|do business)\s+with)\b"
    # "over 40 Mongolian enterprises export wool, cashmere and horse meat to Japan"
    r"|\s+(?:now\s+|already\s+)?(?:export|exports|sell|sells|ship|ships)\s+[^.;]{0,80}?\bto\s+(?:the\s+)?[A-Z]"
    # "five Turkish companies that will import wheat": traders, not firms in the other country
    r"|\s+(?:that|which|who)\s+(?:will\s+|would\s+|plan to\s+)?(?:import|export|buy|sell)\b",
    re.I,
)
_CONTRACT_FOR = re.compile(
    r"\b(?:contracts?|deals?|agreements?|memorand(?:um|a|ums)|MoUs?)\b[^.;]{0,40}?\b(?:for|on)\s+(?:the\s+)?(?:supply|delivery|deliveries|purchase|sale|export)\s+of\s+$"
    # "signed a 27-year supply deal with Qatar for four million tonnes", "an agreement for 1.8 million
    # tonnes of gasoline": what the deal owes
    r"|\b(?:supply|purchase|sale|offtake|delivery)\s+(?:contracts?|deals?|agreements?)\b[^.;]{0,40}?\bfor\s+(?:(?:about|around|some|up to|nearly|over)\s+)?$"
    r"|\b(?:contracts?|deals?|agreements?)\s+for\s+(?:(?:about|around|some|up to|nearly|over)\s+)?$"
    # "have agreed on the delivery of 24 million tonnes of oil in 2016"
    r"|\bagreed\s+(?:on|to)\s+(?:the\s+)?(?:supply|delivery|deliveries|purchase|sale|export|import)\s+of\s+$"
    # "signed contracts with Russia to import 3 lakh tonnes", "Nine MoUs ... were signed, totalling 130,000 tonnes"
    r"|\b(?:contracts?|deals?|agreements?|MoUs?|memorand\w+)\b[^.;]{0,90}?\b(?:to\s+(?:import|export|buy|purchase|"
    r"supply|deliver|ship)|totall?ing|covering)\s+(?:(?:about|around|some|up to|nearly|over)\s+)?$"
    # "agreement has been reached to launch the supply of 100 million cubic meters": still to start
    r"|\b(?:to|will)\s+(?:launch|start|begin|commence|resume)\s+(?:the\s+)?(?:supply|supplies|delivery|deliveries|"
    r"exports?|shipments?)\s+of\s+$",
    re.I,
)
_BALANCE_AFTER = re.compile(r"\s*(?:trade\s+)?(?:deficit|surplus|imbalance|gap)\b", re.I)
_BALANCE_BEFORE = re.compile(
    r"\b(?:deficit|surplus|imbalance|gap)\s+of\s+(?:(?:about|around|nearly|over|more than|some|almost)\s+)?$"
    # "the positive balance of trade with Ukraine stands at 31.4 billion zlotys"
    r"|\b(?:positive|negative|favou?rable|unfavou?rable)\s+(?:trade\s+)?balance\b[^.;]{0,60}$"
    # "Belarus' surplus in mutual trade stayed positive at $1 bln": the balance named as the subject
    r"|\b(?:deficit|surplus|balance)\s+(?:in|of)\s+(?:the\s+)?(?:mutual|bilateral|two-way)?\s*trade\b[^.;,]{0,40}$",
    re.I,
)
# After the firms it sorts ("680 with capital exceeding"); "With investments of over R81-billion,
# Germany is ..." opening a sentence is the sum itself.
_THRESHOLD = re.compile(
    r"(?<![\"“'‘])(?<!^)(?<!\. )\bwith\s+(?:a\s+)?(?:capital|turnover|revenues?)\s+(?:of\s+)?(?:exceeding|over|above|of more than|of at least|below|under)\s+$"
    # "investors with investments exceeding $1 million" is a size class; "with investments of over
    # 3.5 bln EUR" the level invested
    r"|(?<![\"“'‘])(?<!^)(?<!\. )\bwith\s+investments?\s+(?:exceeding|above|of at least|below|under)\s+$",
    re.I,
)
_FUND_CAPITAL = re.compile(
    r"\b(?:fund|bank|company|corporation|facility|platform|vehicle)\b[^.;]{0,40}?\bcapital(?:\s+base)?\s+of\s+$",
    re.I,
)
# "Turkiye attracted more than $240 billion in foreign direct investment": from everyone.
# "foreign direct investment (FDI) inflow from Japan": an investor named after the noun's aside
# "foreign direct investment from India", "... held by SA": the source named after it.
_NO_SOURCE_AFTER = r"(?!\s+(?:\((?:FDI|FDIs)\)\s+)?(?:in)?(?:flows?\s+|stocks?\s+)?(?:(?:held|owned|made|coming)\s+)?(?:from|by)\b)"
_FOREIGN_AFTER = re.compile(r"\s+(?:in|of)\s+foreign\s+(?:direct\s+)?investments?\b" + _NO_SOURCE_AFTER, re.I)
_FOREIGN_INFLOW = re.compile(
    # "Foreign Portfolio Investment (FPI) inflows to India rising 43 per cent to USD 13.6 billion"
    r"\bforeign\s+(?:direct\s+|portfolio\s+)?investments?\b" + _NO_SOURCE_AFTER + r"[^.;]{0,60}$"
    # "The net flow of FDI into Morocco reached MAD 11.1 billion": every investor's inflow
    r"|\b(?:net\s+)?(?:in)?flows?\s+of\s+FDI\s+(?:in|into|to)\b[^.;]{0,60}$",
    re.I,
)


def _from_everyone(left_at: int, left: str, countries: list[CountryMention], pair: list[str]) -> bool:
    """ "foreign direct investment" with no investor of the pair named before it and one side at most."""
    foreign = _FOREIGN_INFLOW.search(left)
    if foreign is None:
        return False
    # "Saudi investments in the UK reached $21 billion, while foreign direct investment in Saudi
    # Arabia reached $13 billion": the pair named in another clause is no investor of this one.
    clause = left_at + _last_clause_start(left)
    if _named_pair([c for c in countries if c.end > clause], pair) >= 2:
        return False
    at = left_at + foreign.start()
    if any(
        c.code in pair and left_at <= c.start < at and _RANKED_BY.match(left, c.end - left_at)
        for c in countries
    ):
        return False  # "Türkiye ranked 3rd in terms of foreign direct investment": the investor ranked
    return not any(c.code in pair and at - 30 <= c.start < at for c in countries)


# A company's turnover is its sales, not the pair's trade turnover.
_FIRMS_TURNOVER = re.compile(
    r"\b(?:had|has|have|recorded|posted|reported|generated|achieved)\s+(?:a\s+)?"
    r"(?:combined\s+|total\s+|annual\s+|joint\s+|yearly\s+)?turnover\b"
    r"|\b(?:their|its|the companies'|the firms')\s+(?:combined\s+|total\s+|annual\s+)?turnover\b",
    re.I,
)
_THEIR_TRADE = re.compile(
    r"\b(?:with\s+)?their\s+(?:combined\s+|total\s+|annual\s+)?trade(?:\s+volumes?)?\b[^.;]{0,30}$", re.I
)
_RISE_TO_LEVEL = re.compile(
    r"\b(?:rose|grew|increased|climbed|jumped|expanded|fell|declined|dropped|decreased)\b[^.;]{0,80}?,?\s+to\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more than)\s+)?$",
    re.I,
)
_FIRMS_OPERATE = re.compile(
    r"\b(?:companies|firms|enterprises|subsidiaries)\s+(?:operate|operating|active|present)\b", re.I
)
_RANKED_BY = re.compile(
    r"\s+(?:ranked|ranks|came|comes|placed|stood)\s+(?:[\w-]+\s+){0,2}?(?:in terms of|among|for)\s+", re.I
)
_GATHERED = re.compile(
    r"\b(?:brought together|gathered|attended by|drew|participation of)\s+"
    r"(?:(?:some|about|around|over|more than|nearly|almost|up to)\s+)?$",
    re.I,
)
_CAME_TO_EVENT = re.compile(
    # ("60 Chinese companies are taking part in over 80 infrastructure projects": at work there, no event)
    r"[^.;]{0,40}?\b(?:(?:took part|taking part|participated|participating)(?!\s+in\s+(?:[\w-]+\s+){0,4}?projects?\b)|"
    r"attended|attending|exhibited|exhibiting|"
    # "60 Vietnamese firms will take part in the fair"
    r"(?:take|takes)\s+part\s+in\s+(?:the|this|a|an)\s+(?:[\w-]+\s+)?(?:fair|forum|exhibition|expo|event|conference|"
    r"meeting|ceremony|summit|mission|show|festival|week)|"
    # "63 Saudi companies came to Korea for the signing": who came for the day
    r"(?:came|come|travelled|traveled|flew)\s+to\s+[^.;]{0,30}?\bfor\s+the\s+(?:signing|forum|event|ceremony|visit|expo|fair|summit)|"
    r"registered (?:to|for) "
    r"(?:showcase|exhibit|participate|attend|take part|display))\b",
    re.I,
)
_INTERESTED = re.compile(
    r"[^.;]{0,30}?\b(?:(?:have|has|had)\s+)?(?:expressed|showed|shown|voiced|signalled|signaled)\s+"
    r"(?:(?:their|an?|keen|strong|great)\s+)*interest\b|[^.;]{0,30}?\b(?:are|were)\s+(?:keen|interested)\b"
    # "Three giant South Korean corporations are ready to invest US$8.8 billion": investors to come
    r"|[^.;]{0,30}?\b(?:are|were|is|was)\s+(?:ready|poised|preparing|planning|set)\s+to\s+invest\b",
    re.I,
)
_SURVEYED = re.compile(
    r"\b(?:survey|poll|study|questionnaire|research)\b[^.;]{0,30}?\b(?:covering|of|among|polled|polling|"
    r"questioned|interviewed|surveyed|asked)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+)?$"
    # "The study also found ..., with 12 participating companies confirming this": the sample
    r"|\b(?:survey|poll|study|questionnaire|research)\b[^.;]{0,120}?\bwith\s+$",
    re.I,
)
_DELEGATION = re.compile(
    r"\b(?:delegation|mission|businessmen|business people|entrepreneurs|representatives|participants)\b"
    r"[^.;]{0,60}?\b(?:representing|from|of|comprising|including)\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+)?$",
    re.I,
)
# "Türkiye-funded projects in Kazakhstan": projects counted as the funder's investment.
_INVESTING = re.compile(
    r"\b(?:invest\w*|FDI|foreign direct)\b|(?:-|\b)(?:funded|financed)\s+projects?\b"
    # "Laos approved six new Vietnamese projects, amounting to USD 339 million": licensed investment
    r"|\b(?:approved|licensed|registered)\s+(?:[\w-]+\s+){0,3}projects?\b",
    re.I,
)
_SHARE_OF_INFLOW = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:total\s+)?(?:FDI|foreign direct investment|inward investment|investment)\b"
)
_BOTH_WAYS_BEFORE = re.compile(
    r"\b(?:two-way|mutual|reciprocal)\s+(?:(?:direct|foreign|capital|total)\s+){0,2}$", re.I
)
_EACH_OTHER = re.compile(r"\b(?:each other|one another)(?:'s|’s)?\b", re.I)
_BILATERAL = re.compile(
    r"\b(?:bilateral|mutual|two-way|reciprocal|between the two|each others?|each other's|"
    r"(?:our|the|both) two (?:countries|nations|economies|sides)|both countries)\b",
    re.I,
)
# "... at forums such as ASEAN, he said, adding that nine agreements were signed": a reported
# clause starts after its verb; the frame before it (who spoke, where) names no partner.
_CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas)\b|,\s*(?:and|but)\b|\b(?:adding|noting|saying|noted|stressed|added)\s+that\b"
    # "14,846 Japanese firms invested in Asean, of which up to 6,000 firms invested in Thailand": the part's own clause
    r"|,\s*of which\b",
    re.I,
)


# The pair as one subject of a flow: what both draw from, or send to, the rest of the world.
_JOINT_FLOW = re.compile(
    r"\b(?:the two countries|both countries|the two nations|the two economies)\s+(?:have\s+|had\s+)?"
    r"(?:together\s+|jointly\s+)?(?:attracted|received|drawn|drew)\b"
    r"|\b(?:together|jointly|combined)\s+(?:have\s+|had\s+)?(?:invested|attracted|received)\b",
    re.I,
)


# "poured an additional $2 billion in the country": the host named before, and so its flow.
_THE_COUNTRY = re.compile(r"\b(?:in|into|to) the country\b|\bthere\b", re.I)


def _key(fact: Fact) -> tuple[object, ...]:
    return (fact.metric, fact.kind, fact.unit, round(fact.value, 6), fact.from_, fact.to)


def _deduplicate(
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
            and _YEARS_SPAN.fullmatch(f.period or "")
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


def _as_of_publication(facts: list[Fact], published: dt.date | None) -> list[Fact]:
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
    """The headline's sum is stated in the body only beside another figure of the same measure."""
    same_measure = any(f.metric == headline.metric for f in body)
    return same_measure and any(
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
