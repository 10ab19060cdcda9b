"""Which countries a figure is about, and the direction of an investment or a firm count."""

from __future__ import annotations

import re

from ..countries import CountryMention, find_countries, rivals_of
from ..cues import find_label
from ..direction import investor_and_host, pronoun_investor, subject_of_possessive, trip_investor
from ..numbers import Mention
from .bilateral import (
    bloc_partner,
    clause_breaks,
    names_third_country,
    pair_ventures,
    says_bilateral,
    third_supplier,
)
from .reading import Figure, Measure, Reading, refers_back

_THESE = re.compile(r"\b(?:these|those|their|such)\b", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|overall)\b", re.I)


DIRECTIONAL = ("investment", "companies")


_TOPIC_BEFORE = re.compile(
    r"\b(?:including|such as|issues|situation in|war in|crisis in|conflict in|regarding|about|on)\s+(?:the\s+)?$"
    r"|\b(?:including|such as|issues)\b[^.;]{0,30}?(?:,|and)\s+(?:the\s+)?$",
    re.I,
)
_PAIRS_OWN_LABEL = re.compile(r"\b(?:their|bilateral|two-way|mutual)\s+(?:annual\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r"\s*(?:which|who|whose)\s")


def clause_countries(
    figure: Figure, metric: str, anchor: tuple[int, int] | None = None
) -> tuple[list[CountryMention], int] | None:
    """The countries named in the figure's own clause and where it starts; None when they make
    the figure another partner's."""
    text, mention, sentence, countries = figure.text, figure.mention, figure.sentence, figure.countries
    # Past a comma or a comparison the right side speaks of something else ("above its trade with China").
    clause_end = mention.end + _clause_length(figure.right, mention.end, countries)
    # Before a "while" or a semicolon the left side is another clause ("..., while Kazakhstan has channeled").
    boundaries = list(clause_breaks(figure.left))
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
        # "The two countries – both facing pressure from the US – set the goal of ...": a country in
        # an aside between dashes that does not hold the figure is a comment, not a partner
        asides = [a.span() for a in _DASH_ASIDE.finditer(text) if not a.start() <= mention.start < a.end()]
        partners = [c for c in partners if not any(a <= c.start < b for a, b in asides)]
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
        if third_supplier(window, partners, figure):
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
        or names_third_country(partners, figure.reading.pair, text)
        or bloc_partner(text, max(0, clause_start), right_bound + 5)
    ):
        return None  # "with bilateral trade with ASEAN reaching ...": another partner's figure
    return window, clause_start


_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—.;]{3,200}?\s[–—]\s")
_JOIN = re.compile(r"\s(?:and|while|whereas)\s")


def _distance(country: CountryMention, mention: Mention) -> int:
    return mention.start - country.end if country.end <= mention.start else country.start - mention.end


def _article_flow_goal(figure: Figure, named: set[str]) -> bool:
    """A goal, naming no country, for the flow the article has told ("we have set a new target of
    5 trillion Yen investment")."""
    origin, host = figure.reading.investment_direction
    return bool(origin and host and not named and _GOAL_BEFORE.search(figure.prefix[-60:]))


_GOAL_BEFORE = re.compile(r"\b(?:target|goal)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.I)


_SUCH = re.compile(
    r"\b(?:such|these|those)\s+(?:[\w-]+\s+){0,2}?(?:projects|investments|deals|ventures)\b", re.I
)
_FIRMS_ELIDED_AFTER = re.compile(r"\s+(?:are|were|have been|had been)\s+(?:now\s+|already\s+)?[a-z]")


_WITH_BEFORE = re.compile(r"\bwith\s+(?:local\s+|their\s+|its\s+)?$", re.I)
_PARTNERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:partners?|counterparts?|companies|firms|businesses)\b", re.I
)


def figure_direction(
    figure: Figure, measure: Measure, window: list[CountryMention], clause_start: int
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
    if metric == "companies" and pair_ventures(text, countries, reading.pair) and len(countries) == 2:
        return None, None  # "Latvian-Uzbek joint ventures" with no host named: firms of both
    # "70 Norwegian companies are engaged in India through joint ventures with Indian partners": the
    # partners' nationality names no investor when the firms have their own ("961 joint ventures ...
    # with Turkish partners" have none but the partners')
    own_nationality = {
        c.code for c in countries if c.form == "demonym" and mention.start <= c.start < mention.end
    }
    window = [
        c
        for c in window
        if not (
            c.form == "demonym"
            and own_nationality - {c.code}
            and c.start > mention.end
            and _WITH_BEFORE.search(text, max(0, c.start - 20), c.start)
            and _PARTNERS_AFTER.match(text, c.end)
        )
    ]
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
    if origin is None and host is None and previous is not None and previous.metric in DIRECTIONAL:
        # "China has 4,200 companies there and $8 billion in direct investment": one investor.
        origin, host = previous.from_, previous.to
    if metric == "investment" and origin is None and host is None and refers_back(text):
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
        origin, host = pronoun_investor(text, countries, anchor, reading.pair)
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
            and last.metric in DIRECTIONAL
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
        elif (refers_back(text) or _DEFINITE_MEASURE.match(text)) and (
            referred := _direction_told_before(reading)
        ) != (None, None):
            # "Japan accounted for 13.1 percent of foreign investment in Korea. The amount also fell
            # ... from US$4.54 billion": the flow the sentence before named.
            origin, host = referred
        elif (
            len(named) < 2
            and not says_bilateral(text)
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
    # "According to a joint statement, the five-year investment worth £10 billion ...": after a source
    r"(?:According to [^,.;]{0,60},\s+)?"
    r"(?:The|This|That|Such|the|this)\s+(?:total\s+|[\w-]+-year\s+|planned\s+|promised\s+|new\s+)?"
    r"(?:investments?|FDI|capital)(?:\s+(?:value|amount|volume|sum|total|package|plan))?\s+"
    r"(?:was|were|is|are|amounted|reached|stood|totall?ed|came|has|had|worth|of)\b"
)


# "Last year, it invested a total of 4.3 billion USD": the investor named before.
_PRONOUN_INVESTOR = re.compile(
    r"\b(?:it|they)\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:invested|poured)\b", re.I
)
_CONTRAST_AFTER = re.compile(r"\s*(?:but|yet|while|although|though|whereas)\b", re.I)
_RIGHT_CLAUSE_END = re.compile(
    r";|,|\b(?:while|whereas|above|below|than|compared|against|versus|ahead of|and that)\b"
    # "declined to 39 billion USD in the past 9 months but its trade with the EU soared": a new clause
    r"|\b(?:but|yet|although|though)\b(?!\s+also\b)"
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


def _direction_told_before(reading: Reading) -> tuple[str | None, str | None]:
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
    origin, host = investor_and_host(before, countries, (label.start, label.end), reading.pair)
    if origin is None and host is None:
        origin, host = pronoun_investor(before, countries, (label.start, label.end), reading.pair)
    return origin, host


# In lower case: "the Malaysian Investment Development Authority" is an agency's name, no investment.
_FIRMS_WORD = re.compile(r"\b(?:companies|firms|enterprises|businesses)\b", re.I)
_INVESTMENT_WORD = re.compile(r"\binvestments?\b|\bFDI\b|\binvest(?:ed|s|ing)\b")


_SHARE_OF_INFLOW = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:total\s+)?(?:FDI|foreign direct investment|inward investment|investment)\b"
)
_BOTH_WAYS_BEFORE = re.compile(
    r"\b(?:two-way|mutual|reciprocal)\s+(?:(?:direct|foreign|capital|total)\s+){0,2}$", re.I
)
_EACH_OTHER = re.compile(r"\b(?:each other|one another)(?:'s|’s)?\b", re.I)


# "poured an additional $2 billion in the country": the host named before, and so its flow.
_THE_COUNTRY = re.compile(r"\b(?:in|into|to) the country\b|\bthere\b", re.I)
