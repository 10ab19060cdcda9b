"""Time expressions near a figure, resolved to the figure's year and the period it covers.

Periods are written as "2024" (a calendar year), "2024-11" (a month), "2024-01/2024-09" (months
of one year), "FY2024" (a fiscal year ending in 2024) and "2018/2024" (several years).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, replace

from ._trie import trie_pattern
from ._vocab import COUNT_WORDS, MONTHS, PART_YEARS, PERIOD_BACK_REFERENCES


@dataclass(frozen=True)
class When:
    """A time expression: the year it gives a figure, the period it spans, and where it stands."""

    year: int | None
    period: str | None
    prep: str
    start: int
    end: int
    relative: bool = False  # resolved from the publication date or earlier text
    chained: int | None = None  # "a year earlier": this many years from the figure named before
    # "by September" is next September for a goal but this year's January-September for a level
    # already reached: the reading for an actual, where it differs.
    past: tuple[int, str] | None = None
    vague_past: bool = False  # "a few years back": before publication, in a year never named


@dataclass(frozen=True)
class TimeContext:
    """What resolves a relative expression: the publication date and what came before."""

    published: dt.date | None = None
    before: int | None = None  # year of the figure just before, for "a year earlier"
    last: When | None = None  # the period named last in the article, for "the same period"


_YEAR = r"(?=[12])(?<![\d.,$£€])(?:19|20)\d\d(?![\d%]|\s?(?:percent|per cent|-\d{4})|[-/]\d\d(?!\d))"
_REL_YEAR = r"(?i:this year|last year|the previous year|the current year|the year|the past year)"
_MONTH = rf"(?:{trie_pattern(MONTHS)})\b\.?"
_COUNT = rf"(?:\d{{1,2}}|(?i:{trie_pattern(COUNT_WORDS)}))"
_PREP = (
    r"(?P<prep>(?i:by|in|for|of|until|till|through|during|since|from|between|before|within|"
    r"as early as|as of|at|over|end of))\s+"
    r"(?:(?i:the\s+(?:end|beginning|start|middle|close)\s+of)\s+)?"
)

# The preposition before a year or a month, read backwards from it: anchoring at the year keeps
# the scan cheap (an optional prefix would be tried at every character).
_PREP_BEFORE = re.compile(rf"{_PREP}$")
_THIS_BEFORE = re.compile(r"\b(?i:this|last|past)\s+$")
_MONTH_ANY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")

_PATTERNS: dict[str, re.Pattern[str]] = {
    # "between January 2003 and August 2023": a span across years.
    "month_years": re.compile(
        rf"(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})\s*(?:-|(?i:to|and|through|till|until))\s*(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})"
    ),
    # "January-August of this year", "from January to June", "Jan.-Sept. 2024".
    "months": re.compile(
        rf"(?P<m1>{_MONTH})(?:\s+\d{{1,2}}(?!\d))?\s*(?:-to-|-|(?i:to|through|till|until|and))\s*(?P<m2>{_MONTH})(?:\s+\d{{1,2}}(?!\d))?"
        rf"(?:,?\s+(?i:of\s+)?(?P<y>{_YEAR}|{_REL_YEAR}))?"
    ),
    # "Q1-Q3 2023", "Q2–Q4 of 2024": quarters joined into one span of months.
    "quarter_span": re.compile(
        rf"(?<![\w.])q(?P<q1>[1-4])\s?[-–]\s?q(?P<q2>[1-4])(?![\w])(?:,?\s+(?:of\s+)?(?P<y>{_YEAR}))?"
    ),
    # "year-to-date", "YTD": the months of the publication's year so far.
    "to_date": re.compile(
        r"(?<![\w-])(?:year[- ]to[- ]date|ytd|so far this year|this year so far|(?:so far\s+)?in\s+(?:the\s+)?"
        r"year\s+to\s+date)(?![\w-])"
    ),
    # "the first 11 months of the year", "the first half of 2021", "Q1 2022".
    "part": re.compile(
        rf"(?i:(?P<part>(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|opening)\s+(?:quarter|half|six months)"
        rf"|first\s+(?:two|three)\s+quarters"
        rf"|(?<![\w.])(?:q[1-4]|h[12]|[1-4]q|[12]h))|(?:first|opening)\s+(?P<n>{_COUNT})\s+months"
        # "The eight-month figure was 748 million USD": the months of this year so far
        rf"|(?<![\w-])(?P<n_months>{_COUNT})-month(?=\s+(?:figure|total|tally|turnover|trade|data)\b))(?![\w])"
        rf"(?:,?\s+(?i:of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?)?(?P<y>{_YEAR}|{_REL_YEAR}))?"
    ),
    # "1H2018", "Q3 2024", "9M2023": the compact forms of statistics offices and brokers.
    "compact": re.compile(
        r"\b(?P<code>[1-4]q|q[1-4]|[12]h|h[12]|(?:1[01]|[1-9])m)(?:\s?-?(?P<y>(?:19|20)\d\d)|['’]?(?P<yy>\d\d))\b"
    ),
    # "in the seven months of 2018": the first N months of a named year.
    "n_months": re.compile(
        rf"\b(?P<n>{_COUNT})\s+months\s+of\s+(?:the\s+)?(?:year\s+)?(?P<y>{_YEAR}|{_REL_YEAR})"
    ),
    "fiscal": re.compile(
        # "MY 22/23": a crop's marketing year, like a fiscal one
        # "the previous fiscal year of 2019": the year it names
        r"(?:(?i:(?:(?:previous|last|current|past)\s+)?(?:fiscal|financial|marketing)\s+(?:year\s+)?(?:of\s+)?)|FY\s?|MY\s?)(?P<y1>(?:19|20)\d\d|\d\d)(?:\s*[-/]\s*(?P<y2>(?:19|20)?\d\d))?(?!\d)"
        r"|(?<![\d.,$])(?P<b1>(?:19|20)\d\d)[-/](?P<b2>\d\d)(?![\d%])"
    ),
    # "for 2005-2024", "the 2021–2025 plan": a span of years written with a dash.
    "year_range": re.compile(r"(?<![\d.,$£€])(?P<y1>(?:19|20)\d\d)\s?[-/]\s?(?P<y2>(?:19|20)\d\d)(?![\d%])"),
    # "in the nine months to September", "the year to March 2024": a span named by where it ends.
    "months_to": re.compile(
        rf"(?i:(?:(?P<n>{_COUNT})\s+months|(?P<whole>year|twelve months))\s+(?:to|through|ending|ended)\s+"
        # "the fiscal year ending March 31, 2024": the day it ends on says no more than its month
        rf"(?:the\s+end\s+of\s+)?)(?P<m>{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?)?(?:\s+(?P<y>{_YEAR}))?"
    ),
    # "in the four quarters to the end of Q1 2025": the rolling year of trade statistics offices.
    "quarters_to": re.compile(
        rf"(?i:(?P<n>{_COUNT})\s+quarters\s+(?:to|through|ending|ended)\s+(?:the\s+end\s+of\s+)?)"
        rf"(?:q(?P<q>[1-4])\s+(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s+q(?P<q2>[1-4]))(?![\w])"
    ),
    # "in the summer", "during the autumn of 2023": a season, the latest one ended when no year is named.
    "season": re.compile(
        rf"(?:(?:in|during|over|through|by)\s+the\s+)(?P<s>spring|summer|autumn|fall|winter)\b"
        rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"
        rf"|(?P<s2>spring|summer|autumn|winter)\s+(?P<y2>{_YEAR})"
    ),
    "month": re.compile(
        rf"(?P<m>{_MONTH})(?:\s+(?P<d>\d{{1,2}})(?!\d))?(?:,?\s+(?P<y>{_YEAR}))?(?P<alone>\s+alone)?"
    ),
    # "From 2015/16 to 2016/17": a span of fiscal years, by their end years.
    "years_span": re.compile(
        rf"(?i:between|from)\s+(?:(?P<y1>{_YEAR})|(?:fy\s?)?(?P<a1>(?:19|20)\d\d)[/-](?P<f1>\d\d)(?!\d))"
        rf"\s+(?i:and|to|till|until)\s+(?:(?P<y2>{_YEAR})|(?:fy\s?)?(?P<a2>(?:19|20)\d\d)[/-](?P<f2>\d\d)(?!\d))"
    ),
    "year": re.compile(rf"(?P<y>{_YEAR})"),
    "horizon": re.compile(
        rf"(?i:(?P<dir>in|within|over|during|for|across)\s+(?:the\s+(?P<when>next|coming|past|last|previous)\s+)?(?:{_COUNT}\s*(?:-|–|to)\s*)?(?P<n>{_COUNT})\s+years)"
    ),
    # "only 12 years ago, the volume was $1.2 million": the year that many before publication
    # "a decade ago", "two decades back": that many years before publication; "a few years back",
    # "some years ago": a past year never named
    "years_ago": re.compile(
        rf"(?i:(?:(?P<n>{_COUNT})\s+years|(?P<d>a|{_COUNT})\s+decades?)\s+ago"
        r"|(?P<d2>a|{_COUNT})\s+decades?\s+back"
        r"|(?P<vague>a\s+few|several|some|many)\s+(?:years|decades)\s+(?:ago|back))(?![\w-])"
    ),
    # "will reach $5 billion three years from now": the year that many after publication
    "years_ahead": re.compile(rf"(?i:(?P<n>{_COUNT})\s+years\s+(?:from\s+(?:now|today)|hence))(?![\w-])"),
    "months_past": re.compile(
        rf"(?i:(?:over|in|during|for)\s+the\s+(?:last|past|previous)\s+(?P<n>{_COUNT})\s+months)"
    ),
    "decade": re.compile(r"(?i:by\s+the\s+(?:end|turn)\s+of\s+(?:the|this)\s+decade)"),
    "fiscal_now": re.compile(
        r"(?i:(?P<rel>current|this|last|previous|next)\s+(?:fiscal|financial)(?:\s+year)?)"
        # "For the CFY as a whole": the current fiscal year, abbreviated
        r"|\b(?P<cfy>cfy)\b"
    ),
    "end_of_year": re.compile(
        r"(?i:(?:by|at|before|until|till|through)\s+the\s+end\s+of\s+(?:the|this)\s+year|by\s+year[- ]end)"
    ),
    # "have now reached a $700 million level": the level of today, not of the year named before
    "today": re.compile(r"(?i:\b(?:today|currently|at present|nowadays|now)\b)"),
    "month_rel": re.compile(r"(?i:\b(?P<rel>last|this|past|previous) month\b)"),
    "relative": re.compile(
        r"(?i:(?P<rel>last year|this year|next year|the previous year|previous year|the past year|"
        r"current year|coming year|a year earlier|a year ago|the year before|the prior year|a year before|this past year|the following year|"
        r"a year later|full[- ]year|the full year|the whole year|the entire year))(?:'s)?(?![\w-])"
        # "full-year 2023" names its year itself
        r"(?!\s+(?:of\s+)?(?:19|20)\d\d)"
    ),
    # "the corresponding period of 2021": the months named before, in another year.
    # "the same period of the preceding year": a year before the period named last.
    "back_year": re.compile(
        r"(?i:the\s+(?:same|corresponding|comparable|equivalent)\s+period\s+(?:of|in)\s+)"
        r"(?P<prev>(?i:the\s+(?:previous|preceding|prior)\s+year))"
        # "the corresponding period in 2001-02": a fiscal year, by its end
        r"|(?i:the\s+(?:same|corresponding|comparable|equivalent)\s+period\s+(?:of|in)\s+)"
        r"(?P<fy>(?:19|20)\d\d)[-/](?P<fy2>\d\d)(?![\d%])"
        rf"|(?i:the\s+(?:same|corresponding|comparable|equivalent)\s+period\s+(?:of|in)\s+)(?P<y>{_YEAR}|{_REL_YEAR})"
        r"|(?i:the\s+(?:same|corresponding|comparable|equivalent)\s+period\s+)(?P<rel>last year|a year earlier|a year ago)"
    ),
    "back": re.compile(rf"(?i:{trie_pattern(PERIOD_BACK_REFERENCES)})(?![\w-])"),
}
_RELATIVE_OFFSET = {
    "last year": -1, "previous year": -1, "the previous year": -1, "the past year": -1,
    "a year earlier": -1, "a year ago": -1, "the year before": -1, "the prior year": -1,
    "this year": 0, "current year": 0, "the current year": 0, "the year": 0, "next year": 1, "coming year": 1,
    "the following year": 1, "a year later": 1, "a year before": -1, "this past year": -1,
    # "Full-year imports are expected to reach ...": the whole of the current year
    "full-year": 0, "full year": 0, "the full year": 0, "the whole year": 0, "the entire year": 0,
}  # fmt: skip
# Counted from the year named before ("$9.4 billion in 2021 and $13.3 billion the following year").
_CHAINED = {
    "the year before", "a year earlier", "previous year", "the previous year", "the prior year",
    "the following year", "a year later", "a year before",
}  # fmt: skip
# A sentence with none of these holds no time expression (matched on the lowered text).
_HINT = re.compile(
    r"\d|year|month|period|quarter|half|decade|today|currently|present|nowadays|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|h1|h2|q[1-4]|fy"
    r"|spring|summer|autumn|fall|winter"
)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def months_span(year: int, first: int, last: int) -> str:
    """ "2024-01/2024-09"; one month is "2024-11" and all twelve are "2024"."""
    if (first, last) == (1, 12):
        return str(year)
    if first == last:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


def _latest_year(last_month: int, published: dt.date | None) -> int | None:
    """The year of the latest such span ending before publication ("in December", published in January)."""
    if published is None:
        return None
    return published.year if last_month < published.month else published.year - 1


def _named_year(word: str | None, ctx: TimeContext) -> int | None:
    if word is None:
        return None
    if word[0].isdigit():
        return int(word)
    if ctx.published is None:
        return None
    return ctx.published.year + _RELATIVE_OFFSET.get(word.lower(), 0)


def _not_yet(year: int | None, word: str | None, last_month: int, ctx: TimeContext) -> int | None:
    """ "for 9 months of this year" in a story dated 6 January: months not yet past are last
    year's, written at its end."""
    if (
        year is None
        or ctx.published is None
        or not word
        or word[0].isdigit()
        or year != ctx.published.year
        # only at the turn of the year: a story in May may forecast "the first half of this year"
        or ctx.published.month > 2
        or last_month - ctx.published.month < 3
    ):
        return year
    return year - 1


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _resolve(name: str, m: re.Match[str], ctx: TimeContext) -> When | None:
    groups = m.groupdict()
    prep = (groups.get("prep") or "").lower()
    start = m.start()
    if name in ("year", "month"):
        before = _PREP_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        if before is not None:
            prep, start = before.group("prep").lower(), before.start()
        elif name == "month" and (this := _THIS_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
            # "This September Kazakhstan exported ...": the latest September, as "in September".
            prep, start = "in", this.start()
    when = _resolve_match(name, m, ctx, prep)
    return replace(when, start=start) if when is not None and start != m.start() else when


def _resolve_match(name: str, m: re.Match[str], ctx: TimeContext, prep: str) -> When | None:
    if name == "month_years":
        y1, y2 = int(m["y1"]), int(m["y2"])
        m1, m2 = _month(m["m1"]), _month(m["m2"])
        if y1 == y2:
            return When(y1, months_span(y1, m1, m2), "", m.start(), m.end())
        # "April 2022 - February 2023": a twelve-month span counts for the year it ends in.
        year = y2 if (y2 - y1) * 12 + m2 - m1 < 12 else None
        return When(year, f"{y1}-{m1:02d}/{y2}-{m2:02d}", "" if year else "since", m.start(), m.end())
    if name == "months":
        first, last = _month(m["m1"]), _month(m["m2"])
        if last < first:
            return None
        year = _named_year(m["y"], ctx) if m["y"] else _latest_year(last, ctx.published)
        if year is None:
            return None
        return When(year, months_span(year, first, last), "", m.start(), m.end(), relative=not m["y"])
    if name == "quarter_span":
        first, last = 3 * int(m["q1"]) - 2, 3 * int(m["q2"])
        year = int(m["y"]) if m["y"] else _latest_year(last + 1, ctx.published)
        if year is None or first >= last:
            return None
        return When(year, months_span(year, first, last), "", m.start(), m.end(), relative=not m["y"])
    if name == "to_date":
        if ctx.published is None:
            return None
        now = ctx.published
        return When(now.year, months_span(now.year, 1, now.month), "", m.start(), m.end(), relative=True)
    if name == "compact":
        code = m["code"]
        letter = next(c for c in code if c.isalpha())
        number = int("".join(c for c in code if c.isdigit()))
        span = {"q": (3 * number - 2, 3 * number), "h": (6 * number - 5, 6 * number), "m": (1, number)}[
            letter
        ]
        year = int(m["y"]) if m["y"] else 2000 + int(m["yy"])  # "1Q25", "H1'24"
        return When(year, months_span(year, *span), "", m.start(), m.end())
    if name == "season":
        first, last = _SEASONS[m["s"] or m["s2"]]
        named = m["y"] or m["y2"]
        year = int(named) if named else _latest_year(last, ctx.published)
        if year is None:
            return None
        if first > last:  # winter runs from December into the year it ends in
            return When(
                year, f"{year - 1}-{first:02d}/{year}-{last:02d}", "", m.start(), m.end(), relative=not named
            )
        return When(year, months_span(year, first, last), "", m.start(), m.end(), relative=not named)
    if name == "quarters_to":
        count = m["n"].lower()
        n = 3 * (int(count) if count.isdigit() else COUNT_WORDS.get(count, 0))
        year, last = int(m["y"] or m["y2"]), 3 * int(m["q"] or m["q2"])
        if not 1 <= n <= 12:
            return None
        if n <= last:
            return When(year, months_span(year, last - n + 1, last), "", m.start(), m.end())
        return When(year, f"{year - 1}-{last - n + 13:02d}/{year}-{last:02d}", "", m.start(), m.end())
    if name == "months_to":
        count = "12" if m["whole"] else m["n"].lower()
        n = int(count) if count.isdigit() else COUNT_WORDS[count]
        last = _month(m["m"])
        year = int(m["y"]) if m["y"] else _latest_year(last, ctx.published)
        if year is None or not 1 <= n <= 12:
            return None
        if n <= last:
            return When(
                year, months_span(year, last - n + 1, last), "", m.start(), m.end(), relative=not m["y"]
            )
        first = last - n + 13  # the span began the year before
        return When(
            year, f"{year - 1}-{first:02d}/{year}-{last:02d}", "", m.start(), m.end(), relative=not m["y"]
        )
    if name == "n_months":
        count = m["n"].lower()
        n = int(count) if count.isdigit() else COUNT_WORDS[count]
        year = _not_yet(_named_year(m["y"], ctx), m["y"], n, ctx)
        if year is None or not 1 <= n <= 12:
            return None
        return When(year, months_span(year, 1, n), "", m.start(), m.end(), relative=not m["y"][0].isdigit())
    if name == "part":
        if m["n"] or m["n_months"]:
            count = (m["n"] or m["n_months"]).lower()
            span = (1, int(count) if count.isdigit() else COUNT_WORDS[count])
        else:
            words = [_ORDINAL_WORDS.get(w, w) for w in m["part"].lower().split()]
            span = PART_YEARS.get(" ".join(words), (0, 0))
        if not 1 <= span[1] <= 12:
            return None
        year = (
            _not_yet(_named_year(m["y"], ctx), m["y"], span[1], ctx)
            if m["y"]
            else _latest_year(span[1], ctx.published)
        )
        if year is None:
            return None
        return When(year, months_span(year, *span), "", m.start(), m.end(), relative=not m["y"])
    if name == "fiscal":
        start, end = (m["y1"], m["y2"]) if m["y1"] else (m["b1"], m["b2"])
        first = int(start) if len(start) == 4 else 2000 + int(start)
        year = first
        if end:
            year = int(end) if len(end) == 4 else (first // 100) * 100 + int(end)
            if year != first + 1:
                return None
        return When(year, f"FY{year}", "in", m.start(), m.end())
    if name == "month":
        if not (prep or m["y"] or m["alone"]):
            return None  # "On May 5 the minister said": the day of the news, not a period
        month = _month(m["m"])
        year = int(m["y"]) if m["y"] else _latest_year(month, ctx.published)
        if not m["y"] and m["d"] and ctx.published is not None:
            # "as of January 1", published on January 31: a day already past, of this year
            day = (month, int(m["d"]))
            year = (
                ctx.published.year
                if day <= (ctx.published.month, ctx.published.day)
                else ctx.published.year - 1
            )
        if not m["y"] and prep in ("by", "until", "till", "before") and ctx.published is not None and year:
            # "by the end of December": a deadline is the next December, not the last one.
            ahead = ctx.published.year if month >= ctx.published.month else ctx.published.year + 1
            return When(
                ahead,
                months_span(ahead, month, month),
                prep,
                m.start(),
                m.end(),
                True,
                None,
                (year, months_span(year, 1, month)),
            )
        if year is None:
            return None
        if prep == "since" and m["y"] and ctx.published is not None and year < ctx.published.year:
            # "cumulative FDI of $15.5 billion since April 2000": a sum over the years to the article
            now = ctx.published
            return When(None, f"{year}-{month:02d}/{now.year}-{now.month:02d}", "since", m.start(), m.end())
        if prep == "as of" or prep == "end of":
            # "as of October 2021": the year to date.
            return When(year, months_span(year, 1, month), "", m.start(), m.end(), relative=not m["y"])
        return When(year, months_span(year, month, month), prep, m.start(), m.end(), relative=not m["y"])
    if name == "years_span":
        if m["f1"] and m["f2"]:
            first, last = _fiscal_end(m["a1"], m["f1"]), _fiscal_end(m["a2"], m["f2"])
            return When(None, f"{first}/{last}", "since", m.start(), m.end()) if first < last else None
        if m["f1"] or m["f2"]:
            return None
        first, last = int(m["y1"]), int(m["y2"])
        opens = m.string[: m.start()].rstrip()[-1:] in ("", ".", "!", "?", "\n", '"', "“")
        if last == first + 1 and m.group().startswith("between") and opens:
            # A sentence opening "Between 2009 and 2010 the total bilateral trade amounted to": one fiscal
            # year ("rose from X to Y between 2022 and 2023" is a change over two)
            return When(last, f"FY{last}", prep or "in", m.start(), m.end())
        return When(None, f"{first}/{last}", "since", m.start(), m.end())
    if name == "year_range":
        first, last = int(m["y1"]), int(m["y2"])
        if last == first + 1:
            return When(last, f"FY{last}", prep or "in", m.start(), m.end())  # "2023-2024": one fiscal year
        if last <= first:
            return None
        return When(None, f"{first}/{last}", "since", m.start(), m.end())
    if name == "year":
        year = int(m["y"])
        if prep == "since":
            end = ctx.published.year if ctx.published else None
            if end == year:
                # "disbursed since the beginning of 2025", told in October 2025: this year so far
                return When(year, months_span(year, 1, ctx.published.month), "", m.start(), m.end())
            return When(None, f"{year}/{end}" if end else None, "since", m.start(), m.end())
        return When(year, str(year), prep, m.start(), m.end())
    if ctx.published is None:
        return None if name != "back" else _back(m, ctx)
    now = ctx.published.year
    if name == "today":
        return When(now, None, "", m.start(), m.end(), relative=True)
    if name == "horizon":
        count = m["n"].lower()
        n = int(count) if count.isdigit() else COUNT_WORDS[count]
        if m["when"] is None and m["dir"].lower() == "for" and n > 10:
            # "will supply four million tons annually for 27 years": how long a contract runs, no deadline
            return When(None, f"{now}/{now + n}", "for", m.start(), m.end(), relative=True)
        if m["when"] is None or m["when"].lower() in ("next", "coming"):
            return When(now + n, f"{now}/{now + n}", "within", m.start(), m.end(), relative=True)
        return When(None, f"{now - n}/{now}", "since", m.start(), m.end(), relative=True)
    if name == "fiscal_now":
        # April-March years (India, Japan): one that began this spring ends next year.
        current = now + 1 if ctx.published.month > 3 else now
        rel = (m["rel"] or "current").lower()
        year = current + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
        # "$13.8 billion in 2017-18 from $12.9 billion in the previous fiscal": the year before the
        # figure named just before, when there is one.
        chained = -1 if rel == "previous" else None
        # A level "in the current financial year" is the fiscal year so far, though it ends later.
        past = (year, f"FY{year}") if rel in ("current", "this") else None
        return When(year, f"FY{year}", "in", m.start(), m.end(), relative=True, chained=chained, past=past)
    if name == "years_ago":
        if m["vague"]:
            return When(None, None, "", m.start(), m.end(), relative=True, vague_past=True)
        count = (m["n"] or m["d"] or m["d2"]).lower()
        n = 1 if count == "a" else int(count) if count.isdigit() else COUNT_WORDS[count]
        n *= 1 if m["n"] else 10
        return When(now - n, str(now - n), "", m.start(), m.end(), relative=True)
    if name == "years_ahead":
        count = m["n"].lower()
        n = int(count) if count.isdigit() else COUNT_WORDS[count]
        return When(now + n, f"{now}/{now + n}", "within", m.start(), m.end(), relative=True)
    if name == "months_past":
        # "over the last 9 months" (published in March): mostly the year before.
        count = m["n"].lower()
        n = int(count) if count.isdigit() else COUNT_WORDS[count]
        middle = ctx.published.year * 12 + ctx.published.month - 1 - n // 2
        # The months run to the last whole month before publication: a period, never a whole year
        # the dashboard would set against an annual target.
        last = ctx.published.year * 12 + ctx.published.month - 2
        first = last - n + 1
        span = f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}" if n > 1 else None
        return When(middle // 12, span, "", m.start(), m.end(), relative=True)
    if name == "decade":
        return When((now // 10 + 1) * 10, None, "by", m.start(), m.end(), relative=True)
    if name == "end_of_year":
        return When(now, str(now), "by", m.start(), m.end(), relative=True)
    if name == "month_rel":
        # "last month" in an article of 7 November 2024 is October 2024.
        back = 0 if m["rel"].lower() == "this" else 1
        month, year = ctx.published.month - back, now
        if month < 1:
            month, year = month + 12, year - 1
        return When(year, months_span(year, month, month), "in", m.start(), m.end(), relative=True)
    if name == "relative":
        phrase = m["rel"].lower()
        offset = _RELATIVE_OFFSET[phrase]
        chained = offset if phrase in _CHAINED else None
        base = ctx.before if ctx.before is not None and chained is not None else now
        return When(base + offset, str(base + offset), "", m.start(), m.end(), relative=True, chained=chained)
    if name == "back_year":
        if m["prev"]:
            last_year = ctx.last.year if ctx.last is not None and ctx.last.year is not None else now
            return _moved(ctx.last, last_year - 1, m.span())
        if m["fy"]:
            year: int | None = _fiscal_end(m["fy"], m["fy2"])
        else:
            year = _named_year(m["y"], ctx) if m["y"] else now - 1
        return _moved(ctx.last, year, m.span())
    return _back(m, ctx)


def _moved(last: When | None, year: int | None, span: tuple[int, int]) -> When | None:
    """The period named before, moved to `year`: January-August 2023 -> January-August 2022."""
    if year is None:
        return None
    period = str(year)
    if last is not None and last.period and last.year is not None and len(last.period) > 4:
        period = shifted(last.period, year - last.year)
    return When(year, period, "", *span, relative=True)


def shifted(period: str, years: int) -> str:
    """Every year of a period moved alike: April 2002-February 2003 by -1 -> April 2001-February 2002."""
    return _A_YEAR_IN.sub(lambda y: str(int(y.group()) + years), period)


_A_YEAR_IN = re.compile(r"(?:19|20)\d\d")
# A span of months inside one year: "2018-01/2018-06", "2018-06".
_PART_YEAR = re.compile(r"((?:19|20)\d\d)-\d\d(?:/\1-\d\d)?")


def _back(m: re.Match[str], ctx: TimeContext) -> When | None:
    if ctx.last is None:
        return None
    return replace(ctx.last, prep="", start=m.start(), end=m.end(), relative=True)


# "the 1st quarter", as statistics offices write it.
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}


# Words each pattern cannot match without: a substring test spares most sentences most patterns.
_NEEDS: dict[str, tuple[str, ...]] = {
    "part": (
        "1st",
        "2nd",
        "3rd",
        "4th",
        "first",
        "second",
        "third",
        "fourth",
        "last",
        "final",
        "opening",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "1h",
        "2h",
        "1q",
        "2q",
        "3q",
        "4q",
        "-month",
    ),
    "fiscal": ("fiscal", "financial", "marketing", "fy", "my", "-", "/"),
    "years_span": ("between", "from"),
    "year_range": ("-", "/"),
    "horizon": ("years",),
    "months_past": ("months",),
    "n_months": ("months",),
    "decade": ("decade",),
    "years_ago": ("ago", "back"),
    "years_ahead": ("from now", "from today", "hence"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "quarters_to": ("quarters",),
    "quarter_span": ("q1", "q2", "q3"),
    "to_date": ("to-date", "to date", "ytd", "so far"),
    "fiscal_now": ("fiscal", "financial", "cfy"),
    "end_of_year": ("end",),
    "today": ("today", "currently", "at present", "nowadays", "now"),
    "month_rel": ("month",),
    "relative": ("year",),
    "back_year": ("period",),
    "back": ("period", "year", "same time"),
}
_MONTH_PATTERNS = ("month_years", "months", "months_to", "month")
# Case does not matter to these: they run on ASCII-lowered text without re.I, several times faster
# (a case-insensitive pattern gets no fast scan for its first characters).
_LOWERED = (
    "quarter_span",
    "to_date",
    "compact",
    "quarters_to",
    "season",
    "n_months",
    "part",
    "years_span",
    "horizon",
    "years_ago",
    "years_ahead",
    "months_past",
    "decade",
    "fiscal_now",
    "end_of_year",
    "today",
    "month_rel",
    "relative",
    "back_year",
    "back",
)
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
for _name in _LOWERED:
    _PATTERNS[_name] = re.compile(_PATTERNS[_name].pattern.replace("(?i:", "(?:"))


_NEEDS_RE = re.compile(trie_pattern({w for words in _NEEDS.values() for w in words}))


def _runnable(text: str, lower: str) -> list[str]:
    """The patterns worth running on this sentence: those whose words it holds."""
    present = set(_NEEDS_RE.findall(lower))
    has_month = bool(_MONTH_ANY.search(text))
    return [
        name
        for name in _PATTERNS
        if (
            has_month
            if name in _MONTH_PATTERNS
            else name not in _NEEDS or not present.isdisjoint(_NEEDS[name])
        )
    ]


def _fiscal_end(year: str, end: str) -> int:
    """ "2015/16" ends in 2016; "1999/00" in 2000."""
    start = int(year)
    last = start // 100 * 100 + int(end)
    return last if last > start else last + 100


def find_times(text: str, ctx: TimeContext) -> list[When]:
    """Every time expression in `text`, left to right; a longer one wins where two overlap."""
    lower = text.translate(_ASCII_LOWER)  # same length, so offsets hold
    if not _HINT.search(lower):
        return []
    found: list[When] = []
    back: list[tuple[str, re.Match[str]]] = []
    for name in _runnable(text, lower):
        for m in _PATTERNS[name].finditer(lower if name in _LOWERED else text):
            if name in ("back", "back_year"):
                back.append((name, m))
                continue
            when = _resolve(name, m, ctx)
            if when is not None:
                found.append(when)
    found = [_chained_to_part_year(w, found, ctx.last) for w in found]
    named = found
    if back and _SEASON_AFTER.search(text):
        # "in the first half of the 2023-2024 season, ... in that period": the season's months
        named = _season_parts(_longest(found), text)
    for name, m in back:
        if any(_NAMED_AFTER.fullmatch(text, m.end(), w.start) for w in found if w.start >= m.end()):
            continue  # "for the period April 2022 - February 2023": the period is named right there
        # "the same period" points at the last period named before it, in this sentence or earlier.
        earlier = [w for w in named if w.period and w.end <= m.start()]
        last = max(earlier, key=lambda w: w.end) if earlier else ctx.last
        when = _resolve(name, m, replace(ctx, last=last))
        if when is not None:
            found.append(when)
    kept = _year_before_months(_longest(found), text)
    # "this year [2019]", "last year (2019)": the editor's bracketed year is the one meant.
    bracketed = [
        (w, kept[i + 1])
        for i, w in enumerate(kept)
        if w.relative
        and i + 1 < len(kept)
        and kept[i + 1].year is not None
        and _BRACKET_BEFORE.fullmatch(text, w.end, kept[i + 1].start)
        and text[kept[i + 1].end : kept[i + 1].end + 1] in ("]", ")")
        and _A_YEAR.search(text, kept[i + 1].start, kept[i + 1].end)
    ]
    # The relative words keep their place (a goal's "this year" is the speaker's, still ahead of them).
    named_by = {id(y): r for r, y in bracketed}
    kept = [
        replace(named_by[id(w)], year=w.year, period=w.period) if id(w) in named_by else w
        for w in kept
        if all(w is not r for r, _ in bracketed)
    ]
    kept = [w for i, w in enumerate(kept) if not _part_of_fiscal_year(kept, i, text)]
    now = next((y.year for r, y in bracketed if THIS_YEAR.fullmatch(text, r.start, r.end)), None)
    if now is not None and ctx.published is not None and now != ctx.published.year:
        # "We concluded last year with $450 million, and this year (2019) ...": the speaker's year
        # is the one the editor named, and the quote's other years count from it.
        return find_times(text, replace(ctx, published=_in_year(ctx.published, now)))
    return _anchored(_season_parts(kept, text), text, ctx)


def _chained_to_part_year(when: When, found: list[When], before: When | None) -> When:
    """ "in the first half of 2018, $15.6 billion, compared to $14.8 billion a year earlier": the
    half-year named before, in the sentence or (`before`) earlier, moved back a year; the figure's
    own year is set once chosen."""
    if when.chained is None:
        return when
    earlier = [w for w in found if w.end <= when.start and w.chained is None and w.year is not None]
    last = max(earlier, key=lambda w: w.end) if earlier else before
    if last is None or last.year is None or not _PART_YEAR.fullmatch(last.period or ""):
        return when
    moved = _moved(last, last.year + when.chained, (when.start, when.end))
    return replace(moved, chained=when.chained) if moved is not None else when


_NAMED_AFTER = re.compile(r"\s*(?:from\s+|:\s*|,\s*)?")
_MONTHS_ONLY = re.compile(r"(\d{4})-(\d\d)(?:/(\d{4})-(\d\d))?")
_YEAR_TO_MONTHS = re.compile(r"\s*,?\s*(?:from\s+)?")


def _year_before_months(times: list[When], text: str) -> list[When]:
    """ "In 2017 January till August": months without a year, right after one, are that year's."""
    out: list[When] = []
    for when in times:
        year = out[-1] if out else None
        months = _MONTHS_ONLY.fullmatch(when.period or "")
        if (
            year is not None
            and months is not None
            and when.relative
            and year.period == str(year.year)
            and _YEAR_TO_MONTHS.fullmatch(text, year.end, when.start)
        ):
            first, last = int(months.group(2)), int(months.group(4) or months.group(2))
            if first <= last:
                out[-1] = replace(
                    when,
                    year=year.year,
                    period=months_span(year.year, first, last),
                    start=year.start,
                    relative=False,
                )
                continue
        out.append(when)
    return out


def _longest(found: list[When]) -> list[When]:
    """Where expressions overlap the longest wins ("from January to August" is one span, not
    "from January"), left to right."""
    kept: list[When] = []
    for when in sorted(found, key=lambda w: (-(w.end - w.start), w.start)):
        if not any(when.start < k.end and k.start < when.end for k in kept):
            kept.append(when)
    return sorted(kept, key=lambda w: w.start)


def _part_of_fiscal_year(kept: list[When], i: int, text: str) -> bool:
    """Months without a year that only say which part of a fiscal year named beside them is meant:
    the figure takes the fiscal year's end year."""
    w = kept[i]
    if _A_YEAR.search(text, w.start, w.end):
        return False
    before = kept[i - 1] if i else None
    if before is not None and (before.period or "").startswith("FY"):
        # "the current financial year (April-November)", "the current fiscal year (CFY), i.e. April to August"
        bracketed = _BRACKET_BEFORE.fullmatch(text, before.end, w.start) and text[w.end : w.end + 1] in (
            "]",
            ")",
        )
        if bracketed or _GLOSS.fullmatch(text, before.end, w.start):
            return True
    after = kept[i + 1] if i + 1 < len(kept) else None
    # "in the first half of the fiscal year 2023-24"; a crop season ("the first half of the
    # 2024-2025 season") is counted in its own months
    return (
        after is not None
        and (after.period or "").startswith("FY")
        and bool(_OF_THE.fullmatch(text, w.end, after.start))
        and bool(_FISCAL_WORD.match(text, after.start))
    )


_BRACKET_BEFORE = re.compile(r"\s*[\[(]\s*")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_GLOSS = re.compile(r"\s*(?:\([^()]{0,12}\)|\))?\s*,?\s*(?:i\.\s?e\.?|that is|namely|viz\.?)\s*,?\s*", re.I)
_FISCAL_WORD = re.compile(r"(?:fiscal|financial|FY)", re.I)
THIS_YEAR = re.compile(r"(?:in\s+)?(?:this|the current)\s+year", re.I)


def _in_year(day: dt.date, year: int) -> dt.date:
    """A day in `year` to count from: its last day when it is past, else the same date."""
    return dt.date(year, 12, 31) if year < day.year else day.replace(year=year, day=min(day.day, 28))


_SEASON_AFTER = re.compile(r"\s+(?:season|marketing\s+year|crop\s+year|agricultural\s+year)\b", re.I)
_SAME_PERIOD_WORDS = re.compile(r"the\s+(?:same|corresponding)\s+period\b", re.I)
_MONTHS_PERIOD = re.compile(r"\d{4}-(\d\d)(?:/\d{4}-(\d\d))?")
SEASON_START = 7  # a crop's marketing year runs from July to June


def _season_parts(times: list[When], text: str) -> list[When]:
    """ "the first half of the 2023/24 season" is July-December 2023: part of a season, which
    starts in July, is counted in the months it covers, not at the season's end."""
    out: list[When] = []
    skip = -1
    named: tuple[int, int] | None = None  # the months of the season's part named last
    for i, when in enumerate(times):
        if i == skip:
            continue
        season = times[i + 1] if i + 1 < len(times) else None
        months = _MONTHS_PERIOD.fullmatch(when.period or "")
        span = (int(months.group(1)), int(months.group(2) or months.group(1))) if months else None
        if named is not None and _SAME_PERIOD_WORDS.match(text, when.start):
            span = named  # "compared with 659,000 tonnes in the same period of the 2019/20 season"
        if (
            span is None
            or season is None
            or season.year is None
            or not (season.period or "").startswith("FY")
            or not _OF_THE.fullmatch(text, when.end, season.start)
            or not _SEASON_AFTER.match(text, season.end)
        ):
            out.append(when)
            continue
        named = span
        first, last = (month + SEASON_START - 1 for month in span)
        start_year = season.year - 1
        if first > 12:
            start_year, first, last = start_year + 1, first - 12, last - 12
        if last <= 12:
            year, period = start_year, months_span(start_year, first, last)
        else:
            year, period = start_year + 1, f"{start_year}-{first:02d}/{start_year + 1}-{last - 12:02d}"
        out.append(replace(when, year=year, period=period, end=season.end, relative=False, past=None))
        skip = i + 1
    return out


def _anchored(times: list[When], text: str, ctx: TimeContext) -> list[When]:
    """ "In 2014, Abe announced 3.5 trillion yen over five years": a horizon told of a past year
    runs from that year (2014/2019), not from the day of publication."""
    if ctx.published is None or not any(w.prep == "within" and w.relative for w in times):
        return times
    out: list[When] = []
    for when in times:
        years = [
            w.year
            for w in out
            if w.year is not None
            and not w.relative
            and w.period == str(w.year)
            and w.year < ctx.published.year - 1
        ]
        if (
            when.prep == "within"
            and when.relative
            and when.period
            and years
            and ";" not in text[: when.start]
        ):
            start, end = (int(y) for y in when.period.split("/"))
            anchor = years[-1]
            when = replace(when, year=anchor + end - start, period=f"{anchor}/{anchor + end - start}")
        out.append(when)
    return out
