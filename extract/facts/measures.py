"""What a figure measures: trade, investment, firms, a commodity volume or agreements, and its unit."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .._vocab import AGREEMENT_NOUNS_NEEDING_VERB, SCOPE_WORDS, WORD_NUMBERS
from ..countries import CountryMention
from ..cues import (
    HOLDS_BEFORE,
    PLANNED_RE,
    SIGNING_RE,
    WITH_EVERYONE,
    commodity_in,
    find_label,
    is_global,
    is_price_tag,
    prices_agreements,
    qualifier_of,
    scope_of,
)
from ..direction import RANKING
from ..numbers import REFERRED_COUNT, Mention
from .bilateral import (
    BOUND,
    NO_SOURCE_AFTER,
    at_a_border_town,
    bound_elsewhere,
    flows_into_country,
    from_everyone,
    gateway,
    last_clause_start,
    named_pair,
    pair_ventures,
    says_bilateral,
    subnational,
)
from .reading import Figure, Measure, Reading, refers_back
from .timing import TO_ONLY

# "one out of ten companies", "two of the seven new agreements"; not "the significance of the 15
# agreements signed", which counts them.
_PARTITIVE = re.compile(
    r"\b(?:out of|of every|in every|among the|of these|of those)\s*$|^\s*of\s+the\s*$"
    r"|\b(?:one|two|three|four|five|\d+|some|many|most|several|half|all|each|none|any|majority|part)\s+of\s+the\s*$",
    re.I,
)
_OF_THE_OPENING = re.compile(r"\W*(?:Of|Out of)\s+the\s+", re.I)


_IN_THE_COUNTRY = re.compile(r"\s+in\s+the\s+(?:country|kingdom|republic|emirates)\b", re.I)
_NAMED_AFTER = re.compile(
    r"\s*,\s*(?:namely\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s*(?:,\s*|\s+and\s+)[A-Z]"
)
_LEADING_FEW = re.compile(r"\S+\s+(?:major|largest|biggest|leading|big|top|main)\b", re.I)


_FIRMS_IN = re.compile(r"\b(?:companies|firms|enterprises|businesses)\s+in\s+(?:the\s+)?$", re.I)
_AMONG = re.compile(r"\bamong\s+the\s*$", re.I)
_RATE = re.compile(
    r"[^.;,]{0,40}?\b(?:every|each|per|a) (?:month|week|day)\b"
    # "50 Japanese companies are expected to arrive in Bangladesh every year": a rate of arrivals
    r"|[^.;,]{0,80}?\b(?:every|each|per) year\b"
)


_OPERATING = re.compile(
    r"\b(?:operat\w*|active|registered|present|presence|running on|funded by|backed by|working|works? in|involved in|engaged in|here|there|set foot in|entered|established|home to|hosts?|hosting|(?-i:[A-Z]\w+)-owned|"
    r"doing (?:[\w-]+\s+)?business|based|base themselves|settled|located|"
    r"relocat\w*|set up shop|"
    # "60 Chinese companies are taking part in 80 projects in Kuwait", "557 Emirati firms with investments"
    r"tak(?:e|es|ing) part in|participat\w*|with investments?|investments?\s+in|"
    # "some 310 Japanese companies were now in Bangladesh"
    r"(?:are|were)\s+(?:now\s+|currently\s+|already\s+)?in\s+(?-i:(?=[A-Z]))|"
    # "70 Chinese enterprises have received licenses to invest in Ethiopia"
    r"with \w+ (?:capital|participation)|attract(?:ed|ing|s)?|invest|invested|investing|running|licen[cs]\w*|employ(?:s|ed|ing)?|there are|run|launched|set up|opened|created|founded)\b",
    re.I,
)


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


# "$56 million more than the figure of 2017": a difference between two levels.
# "the 140 million yen Calimaya and Shinkansen railway projects": what projects cost.
_PROJECT_AFTER = re.compile(
    r"\s+(?:(?!invest|in\b|into\b|for\b|of\b|to\b|across\b|with\b|and\s+(?-i:[a-z]))[\w'-]+\s+){0,4}?projects?\b"
    r"(?!\s+(?:of|in)\s+investment)",
    re.I,
)


_ABROAD_AFTER = re.compile(r"\s*(?:abroad|overseas|worldwide|globally|around the world)\b", re.I)


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


def a_partners_share_of(text: str, countries: list[CountryMention], start: int) -> bool:
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


def volume_measure(figure: Figure) -> Measure | None:
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
        or gateway(text)
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
    if is_global(left) or bound_elsewhere(text, mention, countries, reading.pair):
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
    if _TOTAL_VIA_ROUTE.search(left) and not any(w.year for w in figure.reading.sentence_times):
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
        and named_pair(countries, reading.pair) < 2
        and not (says_bilateral(text) or BOUND.match(text, mention.end))
        # "signed contracts with Russia to import 3 lakh tonnes": bought from the partner it names
        and not CONTRACT_FOR.search(prefix[-160:])
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
    return Measure("commodity_volume", mention.unit or "t", (mention.start, mention.end), commodity)


# "I can say that in 2022, this figure was only 600 million": the volume the sentence before named.
_THIS_FIGURE = re.compile(
    r"\b(?:this|that|the)\s+(?:figure|volume|indicator|number)\s+(?:\w+\s+){0,2}?$", re.I
)


def _told_before(reading: Reading, value: float) -> bool:
    """Whether an earlier sentence of the article states this count, in digits or in words."""
    words = [w for w, n in WORD_NUMBERS.items() if n == value]
    told = re.compile(r"\b(?:" + "|".join([re.escape(f"{value:g}"), *words]) + r")\b", re.I)
    return any(told.search(text) for text in reading.texts[:-1])


def _volume_referred_to(figure: Figure) -> Measure | None:
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
    return Measure("commodity_volume", last.unit, (mention.start, mention.end), last.commodity)


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


def count_measure(figure: Figure) -> Measure | None:
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
    if metric == REFERRED_COUNT:
        # "A year earlier, the number was 972": the firms or deals the sentences before counted
        told = next(
            (f for f in reversed(reading.last_facts) if f.metric in ("companies", "agreements")), None
        )
        if told is None:
            return None
        return Measure(
            told.metric, "count", (mention.start, mention.end), inherited_direction=(told.from_, told.to)
        )
    measure = Measure(metric, "count", (mention.start, mention.end))
    if metric == "agreements":
        if not _counts_agreements(text, mention):
            return None
        if WITH_EVERYONE.search(right, 0, 100):
            return None  # "12 free trade agreements already signed with various countries": not the pair's
        if signing_kind(text) is None and HOLDS_BEFORE.search(left):
            return None  # "an open economy with 14 free trade agreements": agreements it holds, not a signing
        if _BREAKDOWN_BEFORE.search(prefix[-160:]) or (
            # "Eleven business agreements were signed. These included three in the power sector": a part
            _THESE_INCLUDED.search(prefix[-160:])
            and any(f.metric == "agreements" for f in reading.last_facts)
        ):
            return (
                None  # "The MoUs include 12 investment agreements and 23 trade agreements": the batch's parts
            )
        if _OTHER_COUNTED.match(text, mention.start) and any(
            _told_before(reading, mention.value + k) for k in (1, 2)
        ):
            return (
                None  # "29 MoUs were signed ... a protocol along with 28 other MoUs": the rest of the batch
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
    if _MEMBER_FIRMS.search(text, mention.start, mention.end):
        return None  # "the chamber has around 530 member companies": a body's members, not firms come in
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
        or pair_ventures(text, countries, reading.pair)
        # "more than 280 Spanish companies in the country": the host named before
        or bool(_IN_THE_COUNTRY.match(right))
        or (previous is not None and previous.metric == "companies" and _BASELINE_FROM.search(left))
        # "... has increased from about nine to 38": the count the firms before it rose to
        or (previous is not None and previous.metric == "companies" and TO_ONLY.fullmatch(left))
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
    # "700 enterprises with Chinese capital, including 80 wholly owned ones, operate in Uzbekistan":
    # the whole's verb comes after the aside naming its part
    parts = _PARTS_OPEN.search(right)
    # "42 Hungarian companies (including MOL) and 56 joint ventures operate in Kazakhstan": the list's
    # counts share the verb after its last item
    listed = figure.right_end < len(text) and _NEXT_COUNT.search(right)
    clause_end = _CLAUSE_END.search(text, figure.right_end)
    after_list = text[figure.right_end : clause_end.start() if clause_end else len(text)]
    if not (
        _OPERATING.search(right)
        or (listed and _OPERATING.search(after_list))
        or (parts is not None and _OPERATING.search(text, mention.end + parts.end()))
        or _OPERATING.search(left)
        or _OPERATING.search(text, mention.start, mention.end)  # "25,000 investing companies"
        or in_country
    ):
        return None
    return measure


_NEXT_COUNT = re.compile(r"(?:\)|\b(?:companies|firms|enterprises))\s+(?:and|as well as)\s*$", re.I)
_CLAUSE_END = re.compile(r"[.;]|,\s+(?:while|whereas|but)\b")
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
    r"(?:^|[,:;]\s*|\b(?:are|is|were|was|include|includes|included|including|and|namely)\s+)(?P<item>[a-z][a-z&/ -]{1,48}?)\s*\(\s*$"
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
# The parts just listed, summed as a share of a whole: no level of the pair's.
_PARTS_SHARE = re.compile(
    r"\s*(?:These|Those|The(?:\s+[\w-]+){0,2}?\s+(?:sectors|industries|areas|fields|branches|items|goods|products|"
    r"commodities|categories))\b(?:\s+[\w-]+)?\s+(?:(?:together|combined|jointly)\s+)?"
    r"(?:accounted for|account for|made up|make up|represented|represent|constituted|constitute)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?[\d.,]+\s*(?:%|percent|per cent)\s*[(\[,]\s*"
    r"(?:or\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?\S{0,5}$",
    re.I,
)
# "joint investment projects", "Kazakh-Chinese investment projects": both sides' portfolio.
_JOINT_PROJECTS = re.compile(
    r"\b(?:(?i:joint)|[A-Z][a-z]+-[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}?(?i:projects)\b[^.;]{0,80}$"
)
_AMOUNT_GOING = re.compile(
    r"\b(?:the\s+)?(?:amount|sum|share|portion|part|figure)\s+(?:going|flowing|that went|directed|destined|invested)\s+"
    r"(?:to|into|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:was|is|stood at|came to|reached|totall?ed)\s+$"
)


def money_measure(figure: Figure, explicit_currency: str | None) -> Measure | None:
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
        or gateway(text)
        or subnational(text)
        or at_a_border_town(text, mention.end, countries)
    ):
        return None
    if _PER_UNIT_AFTER.match(right) or _PER_UNIT_BEFORE.search(left):
        return None  # "the average capital per Singaporean project in Viet Nam is $23 million": a mean
    if _PARTS_SHARE.match(text[: mention.start]):
        return None  # "These industries accounted for 88.9 percent ($14 billion) of the total": parts summed
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
        and _INVESTING.search(prefix, last_clause_start(prefix))
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
            or (_FIRMS_OPERATE.search(prefix) and not says_bilateral(text))
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
    if label is not None and from_everyone(left_at, left, countries, reading.pair):
        return None  # "increase foreign direct investment to $4.2 billion": inflows from everyone
    # The pair named before an earlier figure of the sentence is no investor of this one.
    if (
        _FOREIGN_AFTER.match(right)
        and named_pair([c for c in countries if c.end > left_at], reading.pair) < 2
    ):
        return None  # "to attract $15 billion in foreign direct investment": from everyone
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
    elif flows_into_country(right, mention.end, countries):
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
    if metric == "investment" and _JOINT_FLOW.search(left[last_clause_start(left) :]):
        return (
            None  # "the two countries had attracted $360 billion", "together invested": both with the world
        )
    if mention.unit is None and _PEOPLE.search(prefix[-80:] + " " + right[:24]):
        return None  # "the number of tourists ..., with 2.7 million in 2016": people, not money
    unit = mention.unit or explicit_currency or reading.currency
    if unit is None:
        return None
    return Measure(metric, unit, anchor, scope=scope, inherited_direction=inherited_direction)


# "the combined investments of more than 540 Turkish companies in Egypt have reached around $2.5 billion"
_INVESTMENTS_OF_FIRMS = re.compile(
    r"\binvestments?\s+of\s+(?:(?:more than|over|about|around|some|nearly)\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:companies|firms|enterprises|businesses)\b[^.;]*$",
    re.I,
)


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
def signing_kind(text: str, at: int | None = None) -> str | None:
    """Agreements signed ("saw the two sides sign 11 agreements") are actual; ones still to sign, planned.

    `at` is the count's offset: the signing nearest it is the count's ("the pact was signed in 2009,
    and its new version will be signed alongside 30 other agreements")."""
    signings = list(SIGNING_RE.finditer(text))
    if not signings:
        return "target" if PLANNED_RE.search(text) else None
    signing = signings[0] if at is None else min(signings, key=lambda m: abs(m.start() - at))
    if _SPEAKERS_FRAME.search(text, max(0, signing.start() - 40), signing.start()):
        return "actual"  # "I would like to announce that the number of MoUs has increased to 34": said now
    if _SIGNING_AHEAD.search(text, 0, signing.start()) or any(
        p.start() <= signing.start() < p.end() or (at is not None and 0 < p.start() - at <= 60)
        for p in PLANNED_RE.finditer(text)
    ):
        # "have finalised eight MOUs that are ready for signing during the visit": still to sign
        # "will sign two agreements today": signed by the time the news is read; a visit's
        # signings still ahead ("will be signed during this trip") are planned.
        return "actual" if _TODAY.search(text) else "target"
    return "actual"


_SPEAKERS_FRAME = re.compile(
    r"\b(?:would\s+like|am\s+(?:pleased|happy|glad|proud|honou?red)|are\s+(?:pleased|happy|glad|proud))\s+to\s+$",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b", re.I)


_LEGAL_BASE = re.compile(r"\b(?:legal|treaty|contractual|regulatory)\s+(?:framework|base|basis)\b", re.I)


def _counts_agreements(text: str, mention: Mention) -> bool:
    noun = text[mention.start : mention.end].rsplit(" ", 1)[-1].lower()
    if noun in AGREEMENT_NOUNS_NEEDING_VERB:
        # "The legal framework between the two countries exceeds 35 documents": the treaties in force
        return signing_kind(text) is not None or bool(_LEGAL_BASE.search(text))
    return True


def _inherited_metric(text: str, reading: Reading) -> str | None:
    """ "aim to raise this figure to $15 billion": the metric of the sentence before."""
    if _MORE_PARTS.match(text):
        # "... with major allocations in power ($868m). Other sectors included food ($4.98m)": the list goes on
        listed = next((f for f in reversed(reading.last_facts) if f.metric in ("trade", "investment")), None)
        if listed is not None:
            return listed.metric
    if not refers_back(text):
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
            # "the country's non-oil foreign trade has crossed ... The figure stood at Dh1.058 trillion":
            # what is referred back to is one country's total with the world
            return None if is_global(earlier[: label.end]) else label.metric
    return None


# "... trade between the UAE and Israel exceeded $2.45 billion. In the first quarter we already
# exceeded $1 billion": a bare figure on a verb of level, right after a sentence naming the measure.
# "The first eight months of this year saw 15% growth, to over $1.1 billion": the level after a step.
_BREAKDOWN_BEFORE = re.compile(
    # "These agreements, witnessed by the two presidents, include four MoUs": an aside may part them
    r"\b(?:MoUs|agreements|memoranda|memorandums|documents|deals|accords|they)(?:\s*,[^,;.]{1,100},)?\s+"
    r"(?:include|included|comprise|comprised|cover|covered|consist of|consisted of)\b(?:[^.;]|\.\d){0,120}$",
    re.I,
)
_OTHER_COUNTED = re.compile(r"[\w,.-]+\s+other\b", re.I)
_THESE_INCLUDED = re.compile(
    r"\b(?:these|those|they)\s+(?:also\s+)?(?:include|included|comprise|comprised|cover|covered)\b(?:[^.;]|\.\d){0,120}$",
    re.I,
)
_LEVEL_AFTER_STEP = re.compile(
    # "we have growth of 40% - to approximately $500 mln": the step's size may come between
    r"\b(?:growth|increase|rise|jump|decline|drop|fall|decrease)"
    r"(?:\s+of\s+[\d.,]+\s*(?:%|percent|per cent))?\s*[,–—-]?\s+to\s+"
    r"(?:(?:over|about|around|nearly|almost|more than|some|approximately|roughly|close to)\s+)?$",
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


def _level_after_label(left: str, reading: Reading) -> str | None:
    tail = left[-40:]
    if not (_LEVEL_VERB.search(tail) or _LEVEL_AFTER_STEP.search(tail)) or not reading.previous_sentences:
        return None
    if find_label(left, "") is not None:
        return None
    return _measure_named_before(reading.previous_sentences[-2:])


def _inherited_commodity(reading: Reading) -> str | None:
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


# "has invested over €600 million in development projects": aid, not investment between the pair.
_AID_AFTER = re.compile(
    r"\s+(?:in|for|on|to)\s+(?:[\w-]+\s+)?(?:development|humanitarian|aid|relief)\s+"
    r"(?:projects|programmes|programs|assistance|aid|cooperation)\b",
    re.I,
)


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


_BASELINE_FROM = re.compile(r"\bfrom\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+|a mere\s+)?$", re.I)


# "390,000 barrels per day of crude, totalling roughly 12.9 million tons": a rate is the figure's
# own, beside it; the total after it is a flow.
# "an annualized rate of 199 million tons": this week's pace stretched over a year, no year's flow.
RATE_WORDS = (
    r"(?:per day|a day|daily|per hour|an hour|per week|a week|weekly|per 1,?000|annuali[sz]ed rate)\b"
)


_A_RATE = re.compile(r"\b" + RATE_WORDS, re.I)
_DAILY_UNIT = re.compile(r"\b(?:bpd|b/d|bopd|mb/d)\b", re.I)


@lru_cache(maxsize=64)
def _commodity_of_sentence(text: str) -> str | None:
    return commodity_in(text)


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
    r"came on stream|(?:became|went) operational|(?:began|started) (?:operating|operations|shipments|supplies|"
    r"deliveries|exports|pumping))\b",
    re.I,
)
# "the total volume of oil transported via this pipeline reached 86.51 million tonnes" with no period
# named: the line's sum since it opened, no year's flow.
_TOTAL_VIA_ROUTE = re.compile(
    r"\btotal\s+(?:volume|amount|quantity)\s+of\s+(?:[\w-]+\s+){1,3}?(?:transported|carried|pumped|shipped|"
    r"delivered|supplied|transited|moved)\s+(?:via|through|by|along)\s+(?:this|the)\s+(?:pipeline|route|line)\b",
    re.I,
)
_PERFECT_FLOW = re.compile(
    r"\b(?:has|have)\s+(?:so far\s+|already\s+)?(?:been\s+)?(?:\w+\s+){0,2}?"
    r"(?:supplied|shipped|delivered|exported|transported|sent|pumped|piped|carried|moved|transited|handled|imported|"
    r"received|"
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


_THIRD_ORIGIN = re.compile(r"\s+of\s+[A-Z]")
_OWN_IMPORTS = re.compile(
    r"\b(?:the country's|the nation's)\s+(?:total\s+|overall\s+)?(?:[\w-]+\s+){0,2}(?:imports|exports)"
    r"(?!\s+(?:to|from|of)\b)(?:[^.;]|\.\d){0,50}$",
    re.I,
)
_OF_ITS = re.compile(r"\bof\s+(?:its|their|the country's|the total|total)\s+$", re.I)


_PEOPLE = re.compile(
    r"\b(?:tourists|visitors|people|passengers|residents|workers|students|citizens|migrants|jobs|population|"
    r"travellers|travelers|arrivals|pilgrims|vehicles|containers|tons|tonnes|community|diaspora|expatriates?|"
    r"nationals|users|subscribers|customers|consumers|inhabitants|households|viewers|members)\b",
    re.I,
)


_THE_NUMBER_TO = re.compile(
    r"\b(?:the|their)\s+number\b[^.;]{0,60}\bto\s+(?:between\s+)?(?:about\s+|around\s+|over\s+)?$", re.I
)


# "unlocks £250 million for British firms": money won for someone, not a level of trade.
_FOR_FIRMS = re.compile(
    r"\s+for\s+(?:[A-Z][\w-]+\s+)?(?:firms|businesses|companies|exporters|investors|farmers)\b"
)


# "firms have signed $13.6 billion in trade and investment deals": the deals' value.
_IN_DEALS = re.compile(
    # ("$15 billion in investments including deals forged ...": investments, which the deals are part of)
    r"\s+(?:in|of|worth of)\s+(?:new\s+)?(?:(?!including\b|investments?\s+including\b)[\w-]+\s+(?:and\s+)?){0,3}?"
    r"(?:deals|agreements|contracts|memorand(?:a|ums)|MoUs|accords)\b",
    re.I,
)
# "goods, valued at $265.2 million, were exchanged between": the aside's comma closes before the verb
_EXCHANGED = re.compile(
    r"\s*,?\s+(?:of\s+goods\s+)?(?:were|was|have been|has been|had been|are|is)\s+(?:exchanged|traded)\s+between\b",
    re.I,
)
# "..., of which 28% was settled in renminbi, ... US$57bil": a share of the figure before, in money.
_SHARE_OF = re.compile(
    r"\b(?:of which|of this|of that)\b(?!\s+(?:year|month|quarter|half|period|week|season))[^.;]{0,30}?"
    r"\d(?:[\d.,]*)\s?(?:%|percent|per cent)",
    re.I,
)


_MEMBER_FIRMS = re.compile(r"\bmember\s+(?:companies|firms|enterprises|businesses|organi[sz]ations)\b", re.I)
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
CONTRACT_FOR = re.compile(
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
    r"|\b(?:deficit|surplus|balance)\s+(?:in|of)\s+(?:the\s+)?(?:mutual|bilateral|two-way)?\s*trade\b[^.;,]{0,40}$"
    # "the difference between exports and imports of goods is $277.7 million": the balance, spelt out
    r"|\bdifference\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:exports|imports)\s+and\s+(?:[\w-]+\s+){0,2}?"
    r"(?:exports|imports)\b[^.;,]{0,40}$",
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


# "aims to attract up to USD 15 billion annually in Foreign Direct Investment": a host's goal from everyone
_FOREIGN_AFTER = re.compile(
    r"\s+(?:(?:annually|a year|per year|each year|every year|yearly)\s+)?(?:in|of)\s+foreign\s+(?:direct\s+)?"
    r"investments?\b" + NO_SOURCE_AFTER,
    re.I,
)


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


_FIRMS_OPERATE = re.compile(
    r"\b(?:companies|firms|enterprises|subsidiaries)\s+(?:operate|operating|active|present)\b", re.I
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


# The pair as one subject of a flow: what both draw from, or send to, the rest of the world.
_JOINT_FLOW = re.compile(
    r"\b(?:the two countries|both countries|the two nations|the two economies)\s+(?:have\s+|had\s+)?"
    r"(?:together\s+|jointly\s+)?(?:attracted|received|drawn|drew)\b"
    r"|\b(?:together|jointly|combined)\s+(?:have\s+|had\s+)?(?:invested|attracted|received)\b",
    re.I,
)
