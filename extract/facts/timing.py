"""When a figure is for: its year and the period it covers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..cues import FROM_END, when_of
from ..periods import THIS_YEAR, When
from .reading import Figure, Reading, refers_back

_HAS_RISEN_TO = re.compile(
    r"\b(?:has|had|have)\s+(?:since\s+)?(?:increased|risen|grown|climbed|gone up)\s+to\s+(?:[\w-]+\s+)?$",
    re.I,
)


_YEAR_THEN_TO = re.compile(
    r"\bin\s+(?:19|20)\d\d\s+to\s*(?:(?:about|around|some|nearly|over|more than|almost)\s+)?$", re.I
)


_SPAN = re.compile(r"(\d{4})(?:-(\d\d))?/(\d{4})(?:-(\d\d))?")


_OPENING_FRAME = re.compile(
    r"\W*(?:(?:while|whereas|although|though|but|and|so|also)\s+|(?:[\w'’.-]+\s+){1,5}?(?:said|says|noted|added|"
    r"stated|stressed|explained)\s+(?:that\s+)?)(?:(?:in|during|for|over)\s+(?:the\s+)?)?",
    re.I,
)


_YEAR_THEN_AND = re.compile(
    r"\s+in\s+(?:19|20)\d\d\s+and\s+(?!(?:is|was|are|were|has|have|will|would|could|should|may|might)\b)"
    r"[^,;:()]{0,60}$",
    re.I,
)


def figure_time(
    figure: Figure, metric: str, kind: str, bare_left: str
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
        and (refers_back(text) or any(w.chained is not None for w in times))
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
    if when is None and kind == "target" and previous is not None:
        start_of_from = previous.figure_start - figure.sentence.start
        if 0 <= start_of_from <= mention.start and _SPAN_FROM.search(
            text, max(0, start_of_from - 60), start_of_from
        ):
            # "double trade within three years, from $2.7 billion to about $6 billion": the goal's deadline
            # stands before the span's start
            when = when_of(
                text,
                [w for w in times if w.end <= start_of_from],
                0,
                (mention.start, mention.end),
                right_end,
                kind,
                before,
                latest=latest,
            )
    if when is None and right_end < len(text):
        # "exported 3.14mil tonnes ... worth RM14.86bil to China last year": past a price tag.
        far = min(len(text), mention.end + 300)
        # "174 enterprises ..., 16 of them since 2022": the part's time, not the whole's
        part = _PART_OF_THEM.search(text, mention.end, far)
        far = part.start() if part is not None else far
        when = when_of(
            text, times, mention.end, (mention.start, mention.end), far, kind, before, latest=latest
        )
        if (
            when is not None
            and when.year is None
            and not (YEARS_SPAN.fullmatch(when.period or "") and FROM_END.search(bare_left))
        ):
            when = None  # a span past the figures is kept for "from X to Y between 2022 and 2023"
        elif (
            when is not None
            and when.period == str(when.year)
            and FROM_END.search(bare_left)
            and TO_NEXT.match(text, mention.end)
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
        # "Currently, we face the task of raising trade to $10 billion": when the goal is spoken of
        and not (kind == "target" and text[times[0].start : times[0].end].lower() in _NOW)
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
        # "this year (2019), we are going to exceed $500 million", quoted in 2020: the speaker's year
        and not THIS_YEAR.fullmatch(text, when.start, when.end)
    ):
        # "which was $5.6 billion last year, could be increased to $10 billion": a past year is the
        # level's, never the goal's deadline.
        when = None
    year, period = (when.year, when.period) if when else (None, None)
    span = YEARS_SPAN.fullmatch(period or "") if when is not None and when.year is None else None
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
                and YEARS_SPAN.fullmatch(w.period or "")
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
        and (when.end <= mention.start or FROM_END.search(bare_left) or TO_ONLY.fullmatch(bare_left))
        and kind == "actual"
    ):
        # "Between 2019 and 2023, trade rose from $4.1 billion to $6.1 billion": the ends of the span
        # "From 2015/16 to 2016/17": the ends are fiscal years
        fiscal = "FY" if _FISCAL_YEAR_WRITTEN.search(text, when.start, when.end) else ""
        if FROM_END.search(bare_left) and TO_NEXT.match(text, mention.end):
            year, span_end = int(span.group(1)), True
            period = f"{fiscal}{year}"
        elif TO_ONLY.fullmatch(bare_left) and previous is not None and previous.year == int(span.group(1)):
            year, span_end = int(span.group(2)), True
            period = f"{fiscal}{year}"
    if (
        not span_end
        and when is not None
        and when.end <= mention.start
        and year is not None
        and period == str(year)
        and FROM_END.search(bare_left)
        and TO_NEXT.match(text, mention.end)
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
        and previous.metric != metric
        and previous.kind == kind == "actual"
        and previous.year is not None
        and _YEAR_THEN_AND.match(figure.left)
    ):
        # "trade was worth £18.6 billion in 2019 and two-way investment came to £13.4 billion": the
        # year closing the first figure's clause dates the one joined to it
        year, period = previous.year, previous.period
    elif (
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
        if TO_ONLY.fullmatch(bare_left) and FROM_END.search(
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
    if when is None and year is None and refers_back(text):
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
    if year is None and period is None and kind == "target" and previous is None and not reading.last_facts:
        # "Trade in 2023 is expected to exceed the record of 2022. 'It has all the signs of reaching
        # $55 bln'": a forecast framed by the sentence before, its figure in the next one
        framed = (
            [
                w
                for w in reading.times_of(len(reading.texts) - 2)
                if w.year is not None and w.period == str(w.year) and w.year >= reading.published.year
            ]
            if reading.published is not None and len(reading.texts) > 1
            else []
        )
        if len(framed) == 1 and _FORECAST_FRAME.search(reading.texts[-2]):
            year, period = framed[0].year, framed[0].period
    span = YEARS_SPAN.fullmatch(period or "")
    if kind == "actual" and span and _RISE_TO_LEVEL.search(bare_left):
        # "rose by about 26% between 2007 and 2017, to EUR 4.6 billion": the level at the span's end
        year, period = int(period[-4:]), period[-4:]
    return year, period, when


def sums_years(figure: Figure, metric: str, period: str | None) -> bool:
    """Whether a flow's period spans more than a year, so the figure may be a sum of years."""
    end = figure.mention.end
    return (
        metric in ("trade", "commodity_volume")
        and _span_months(period) > 13
        # "exceeded $40 billion in three consecutive years": each year's level, not their sum
        and not _EACH_YEAR.search(figure.text, end, end + 60)
    )


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


def _long_before(when: When, published: dt.date | None, years: int = 3) -> bool:
    """Whether `when` lies more than `years` before the publication year."""
    return when.year is not None and published is not None and published.year - when.year > years


def _ends_after(when: When, published: dt.date | None) -> bool:
    """A period that ends after publication ("in the next five years") cannot date a level."""
    end = (when.period or "").split("/")[-1][:4]
    return bool(published and end.isdigit() and int(end) > published.year)


def closed_span_end(period: str | None, published: dt.date | None) -> int | None:
    """The year a span of years or months ended in, if it ended before publication ("from 2007 to
    2023", "from September 1994 to June 2011"); None for one running on ("since 2018", "since April 2005")."""
    found = _SPAN.fullmatch(period or "")
    if found is None or published is None:
        return None
    year, month = int(found.group(3)), found.group(4)
    ended = (year, int(month)) < (published.year, published.month) if month else year < published.year
    return year if ended else None


def _span_months(period: str | None) -> int:
    """How many months a period spans: "2018/2024" 84, "2022-04/2023-02" 11; 0 when not a span."""
    found = _SPAN.fullmatch(period or "")
    if not found:
        return 0
    y1, m1, y2, m2 = found.groups()
    return (int(y2) - int(y1)) * 12 + int(m2 or 12) - int(m1 or 1) + 1


def all_past(reading: Reading) -> bool:
    """Every time the sentence names lies before the publication year ("Until 2009, Gazprom was ...")."""
    years = [w.year for w in reading.sentence_times if w.year is not None]
    published = reading.published.year if reading.published else None
    return bool(years) and published is not None and all(year < published for year in years)


_PLAN_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:roadmap|road map|plan|programme|program|strategy|agenda)\b", re.I
)


# The measure itself forecast: "trade turnover in 2023 is expected to exceed", not "are expected to sign"
_FORECAST_FRAME = re.compile(
    r"\b(?:trade|turnover|investments?)\b[^.;]{0,80}?"
    r"(?:\b(?:is|are)\s+(?:expected|forecast|projected|likely|set)\s+to\b|\bwill\s+(?:exceed|reach|top|surpass)\b)",
    re.I,
)
_PART_OF_THEM = re.compile(r",\s*(?:[\w-]+\s+)?[\d,]+\s+of\s+them\b", re.I)
_NOW = frozenset(("now", "today", "currently", "at present", "nowadays", "at the moment"))
# "from current levels of $2.7 billion", "from the present $14 billion": where a goal's span starts
_SPAN_FROM = re.compile(
    r"\bfrom\s+(?:(?:the\s+)?(?:current|present|existing|today's)\s+(?:(?:levels?|figure|volume)\s+of\s+)?)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)
_SINCE_WHEN = re.compile(r"\b(?:since|in)\s+((?:19|20)\d\d),?\s+when\b[^.;\d]{0,60}$", re.I)
_SINCE_WORD = re.compile(r"\bsince\b", re.I)


_EACH_YEAR = re.compile(
    r"\b(?:consecutive|successive|straight|running)\s+years\b|\byears\s+in\s+a\s+row\b", re.I
)


YEARS_SPAN = re.compile(r"(\d{4})/(\d{4})")
_FISCAL_YEAR_WRITTEN = re.compile(r"\d{4}[/-]\d\d(?!\d)")


TO_ONLY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?to\s*", re.I)
# "from QAR 866m (around $237m) to QAR 1.55bn": an equivalent may come between
TO_NEXT = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?"
    r"(?:US\$|USD|(?-i:[A-Z]{2,3})\s?\d|[$€£¥₹]|\d)",
    re.I,
)


_RISE_TO_LEVEL = re.compile(
    r"\b(?:rose|grew|increased|climbed|jumped|expanded|fell|declined|dropped|decreased)\b[^.;]{0,80}?,?\s+to\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more than)\s+)?$",
    re.I,
)
