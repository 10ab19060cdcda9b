"""From sentences to facts: which figure is which metric, kind, year and direction."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..countries import CountryMention
from ..cues import find_label, is_step, is_step_after, qualifier_of
from ..currencies import (
    beside_us_dollar,
    dateline_country,
    dollar_speakers,
    named_dollar,
    quoted_dollar,
    resolve,
    site_dollar,
    speaker_dollar,
    statistics_dollar,
)
from ..models import Fact
from ..numbers import Mention
from ..parsed import ParsedSentence
from .bilateral import is_wider_total, own_total
from .dedupe import as_of_publication, deduplicate, without_equivalents_restated
from .kinds import figure_kind
from .measures import RATE_WORDS, a_partners_share_of, count_measure, money_measure, volume_measure
from .parties import DIRECTIONAL, clause_countries, figure_direction
from .reading import Figure, Reading, refers_back
from .timing import closed_span_end, figure_time, sums_years

_ENDPOINT = re.compile(
    r"\b(?:from|to|between|to (?:hit|reach|top|touch)|reaching|hitting|approaching|nearing)\s*$"
)


def extract_facts(
    sentences: list[ParsedSentence], pair: list[str], published: dt.date | None, url: str | None = None
) -> list[Fact]:
    """Every fact the sentences state about the pair, one per distinct claim; `url`, the page's
    address, tells an Australian or Canadian site, whose "$" is its own dollar."""
    opening = "\n".join(s.text for s in sentences[:40])
    reading = Reading(
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
        if found or (reading.last_facts and not refers_back(sentence.text)):
            reading.last_facts = found
        reading.previous_sentences = ([*reading.previous_sentences, sentence.text])[-3:]
    title_paragraph = sentences[0].paragraph if sentences else 0
    # Every sum and volume the body states, equivalents included: a headline may round any of them.
    amounts = {
        (_resolved(m, reading, s.countries).unit, m.value)
        for s in sentences
        if s.paragraph != title_paragraph
        for m in s.mentions
        if m.kind in ("money", "quantity")
    }
    kept = deduplicate(facts, {s.start for s in sentences if s.paragraph == title_paragraph}, amounts)
    kept = without_equivalents_restated(kept, reading.equivalents)
    return as_of_publication(kept, published)


def _sentence_facts(sentence: ParsedSentence, reading: Reading) -> list[Fact]:
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
    whole: tuple[str, str, int | None, str | None] | None = None  # a wider total's metric, kind and time
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
        elif (
            i
            and mention.kind == "money"
            and mentions[i - 1].kind == "count"
            and _MEASURE_OF.search(text, max(0, mentions[i - 1].start - 40), mentions[i - 1].start)
        ):
            # "The investment volume of 54 Turkish companies in Pakistan is $3.5 billion": the sum is
            # the measure named before the count of firms
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
        if mention.kind == "money" and _MONEY_RATE_AFTER.match(right):
            # "was clocking over $1 billion a month to touch $13.6 billion in 2004-05": a pace, no
            # period's level; the level after it reads the clause's label.
            carried = left_at
            continue
        if mention.kind == "quantity" and _RATE_AFTER.match(right):
            # "390,000 barrels per day of crude, totalling roughly 12.9 million tons": the rate is no
            # flow; the total after it reads the clause's time and commodity.
            carried = left_at
            continue
        if is_wider_total(text, mentions, i, countries, reading.pair):
            # The part reads its year and labels from the whole clause, total included.
            carried = left_at
            whole = _whole_time(
                Figure(sentence, mention, left, right, left_at, right_end, countries, previous, reading),
                explicit,
            )
            continue
        if (
            previous is not None
            and mention.kind == "money"
            and previous.metric in ("investment", "trade")
            and _EXAMPLES_OPEN.match(text, previous.figure_end - sentence.start, mention.start)
        ):
            # "Over $10 billion has come from the UAE, including big-ticket investments such as $2 billion
            # in Reliance Jio and $1 billion in Tata Motors": examples of the whole, not sums of their own
            continue
        if i and _OF_WHICH_AFTER.match(right) and whole is None:
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
        if (
            dropped
            and i
            and mention.kind != "count"  # a count names its own noun: "105 agreements, and a thousand firms"
            and mentions[i - 1].unit == mention.unit
            and _AND_ANOTHER.fullmatch(left)
        ):
            continue  # "its trade with the EU and ASEAN rose to 500 billion USD and nearly 450 billion USD": the same clause's
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
        if (
            fact is not None
            and whole is not None
            and fact.metric == whole[0]
            and fact.year in (None, whole[2])
        ):
            # "exported 20 million tonnes in 2024, with 4 million of this volume going to Türkiye":
            # each part is of the whole's kind and time
            kind, year, period = whole[1:]
            fact = fact.model_copy(
                update={"kind": kind, "year": fact.year or year, "period": fact.period or period}
            )
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


_EXAMPLES_OPEN = re.compile(
    r"[^.;]{0,160}?,\s*(?:including|notably)\s+(?:some\s+|several\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:investments?|deals?|projects?|stakes?)\s+(?:such\s+as|like)\b",
    re.I,
)


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


_AND_ANOTHER = re.compile(
    r"\s*,?\s*and\s+(?:(?:about|around|nearly|over|more than|some|almost|roughly|up to)\s+)?", re.I
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


_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _title_case(text: str) -> bool:
    """Most of a line's longer words capitalised, as headlines in title case are."""
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _lower_case(text: str) -> str:
    """`text` in lower case, every offset kept ("İ" stays, its lower case being two characters)."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


_ONWARD = re.compile(r"\b(?:to|reach|reaching|hit|hitting|top|topping|exceed|exceeding)\s*$", re.I)


# "3.5 million tons worth $1.66 billion", "3.558 million tons, valued at over $1.656 billion"
_MEASURE_OF = re.compile(
    r"\b(?:investments?|capital|trade|turnover)\s+(?:volume|stock|value|total)?\s*of\s+(?:the\s+)?"
    r"(?:(?:about|around|some|over|more than|nearly)\s+)?$",
    re.I,
)
_WORTH_BETWEEN = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){1,2}?)?,?\s*(?:worth|valued at|with a value of)\s+"
    r"(?:(?:over|about|around|nearly|more than|some|almost|roughly)\s+)?",
    re.I,
)


_BARE_DOLLARS = ("$", "dollars", "dollar")


def _resolved(
    mention: Mention, reading: Reading, countries: tuple[CountryMention, ...] = (), sentence: str = ""
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
    elif mention.currency_form in _BARE_DOLLARS and (
        converted := beside_us_dollar(sentence, mention.end, reading.pair)
    ):
        unit = converted  # "105 billion dollars (109 billion U.S. dollars)": not the US dollar
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


_AVERAGE_BEFORE = re.compile(
    r"\b(?:averag(?:ed|ing|es)|an average of|on average|an? (?:annual|yearly) average of|average annual)\s+"
    r"(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|greater|fewer|up|down)\s+(?:than|from|on)\b", re.I
)


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
_NEXT_IN_BRACKET = re.compile(r"\s*[,;/]\s*(?:about|around|approximately|roughly|some|nearly|or)?\s*", re.I)
_DATED_CONVERSION = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year\s+)?(?:19|20)\d\d(?:[-/]\d{2,4})?"
    r"\s*[(\[]\s*(?:about|around|approximately|roughly|some|nearly|~)?\s*"
)


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
                # "£10 billion ($13.8 billion, 11.7 billion euros)": the bracket lists equivalents
                or (
                    before is not kept[-1]
                    and _NEXT_IN_BRACKET.fullmatch(text, before.end, mention.start)
                    and text.count("(", kept[-1].end, mention.start)
                    > text.count(")", kept[-1].end, mention.start)
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


def _whole_time(
    figure: Figure, explicit_currency: str | None
) -> tuple[str, str, int | None, str | None] | None:
    """The metric, kind, year and period of a total whose parts follow, read as its own figure."""
    if figure.mention.kind == "quantity":
        measure = volume_measure(figure)
    elif figure.mention.kind == "count":
        measure = count_measure(figure)
    else:
        measure = money_measure(figure, explicit_currency)
    if measure is None:
        return None
    bare_left = qualifier_of(figure.left)[1]
    kind = figure_kind(figure, measure.metric, bare_left)
    year, period, _ = figure_time(figure, measure.metric, kind, bare_left)
    return measure.metric, kind, year, period


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
    reading: Reading,
) -> Fact | None:
    """The fact one figure states, read in stages (measure, kind, time, partners, direction), or None."""
    figure = Figure(sentence, mention, left, right, left_at, right_end, countries, previous, reading)
    qualifier, bare_left = qualifier_of(left)
    if qualifier == "exact" and "-odd" in sentence.text[mention.start : mention.end]:
        qualifier = "about"  # "300-odd firms"
    if mention.kind == "quantity":
        measure = volume_measure(figure)
    elif mention.kind == "count":
        measure = count_measure(figure)
    else:
        measure = money_measure(figure, explicit_currency)
    if measure is None:
        return None
    metric = measure.metric
    if right_end < len(sentence.text) and (goal := _NEXT_GOAL.search(right)):
        # "was over 400 million dollars with a target to reach half a billion": the goal is the
        # next figure's, not this one's.
        figure = replace(figure, right=right[: goal.start()])
    kind = figure_kind(figure, metric, bare_left)
    if metric == "agreements" and kind == "target":
        # "will sign 14 agreements during the visit": none is signed yet, so there is no count of
        # agreements; the agreement list keeps the batch as planned.
        return None
    year, period, when = figure_time(figure, metric, kind, bare_left)
    if when is not None and when.vague_past and kind == "actual":
        return None  # "from $1 billion a few years back": a level of a year the article never names
    if sums_years(figure, metric, period):
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
        and (end := closed_span_end(period, reading.published)) is not None
    ):
        # "Chinese investments from 2007 to 2023 surpassed $4 billion", "registered projects from
        # September 1994 to June 2011 ... totalling $5.1 billion": the stock as the span ended
        year = end
    clause = clause_countries(figure, metric, measure.anchor)
    if clause is None:
        return None
    window, clause_start = clause
    if any(
        c.possessive and c.code not in figure.reading.pair and 0 <= mention.start - c.end <= 4
        for c in countries
    ):
        return None  # "Indian investment in Singapore has overtaken China's USD 14.2 billion": another's sum
    if metric == "trade" and own_total(sentence.text, countries, mention.start, mention.end):
        return None  # "China's total imports and exports reached 36 trillion yuan": trade with the world
    if metric in ("trade", "investment") and _WORLD_AFTER.match(sentence.text, mention.end):
        return None  # "China invested about US$60 billion internationally in 2010": its investment anywhere
    if metric in ("trade", "investment") and _AND_EVERYONE.search(sentence.text, left_at, right_end):
        return None  # "$52 billion of goods were exchanged between Iran and various countries": the world's
    if measure.unit != "count" and a_partners_share_of(sentence.text, countries, mention.start):
        # "China was the top investor, with 53.4 percent of the $4.35 billion approved": everyone's
        return None
    origin, host = (None, None)
    if metric in DIRECTIONAL:
        direction = figure_direction(figure, measure, window, clause_start)
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


# "$2.6 billion in goods, $1.7 billion of which was in hydrocarbons": a part of the figure before.
_OF_WHICH_AFTER = re.compile(r"\s+of\s+(?:which|this|that|it)\b", re.I)
_NEXT_GOAL = re.compile(
    r",?\s+(?:with|and)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:target|goal|aim|objective)\b", re.I
)
_PART_IN_BRACKETS = re.compile(
    r"\(\s*(?:thereof|of which|of this|incl\.?|including)\s*(?:about\s+|some\s+)?$", re.I
)


_RATE_AFTER = re.compile(r"\s*" + RATE_WORDS, re.I)
_MONEY_RATE_AFTER = re.compile(r"\s*(?:(?:a|per|every)\s+(?:month|day|week)|monthly|daily|weekly)\b", re.I)


# A baseline the figure before is compared with: "..., down 5.9 percent compared to the 2022 record of".
_BASELINE_OF = re.compile(
    # "... imports of 3.9 MMT this year, after downgrading its forecast from 4.1 MMT": the same total's earlier estimate
    r"\b(?:compared (?:to|with)|versus|against|than|up from|down from|(?:forecast|estimate|projection)s?\s+from)\b"
    r"[^;]{0,40}$",
    re.I,
)
