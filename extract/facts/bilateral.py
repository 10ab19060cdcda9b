"""Whether a figure is the pair's own: not a third country's, a bloc's, a border post's or the world's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from .._trie import trie_pattern
from .._vocab import MONTHS
from ..countries import CountryMention
from ..cues import BLOC
from ..direction import RANK_WORDS, RANKED_GROUP, RANKING
from ..numbers import Mention
from .reading import Figure

_INTO = re.compile(r"\s*into\s+(?:the\s+)?")


_INCLUDING = re.compile(
    r"[^.;]{0,60}?,\s*(?P<joint>including|of which|among them|with)\s*(?:(?:about|around|some|nearly|over|more than)\s+)?",
    re.I,
)
# "19 bcm will be exported, with more than 8 bcm of this volume going to Turkey", "with 9.5 bcm
# going to Türkiye": the part is of the total
_OF_THIS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:of\s+(?:this|that|it|which|the total)\b"
    r"|(?:going|destined|bound|headed|shipped|sent|delivered|exported|supplied)\s+(?:to|for)\b)",
    re.I,
)
_OF_THE_TOTAL = re.compile(r"\s*(?:Of|Out of)\s+(?:the|its|a total of)\s+", re.I)


def is_wider_total(
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
    between = _INCLUDING.fullmatch(text[total.end : part.start])
    if total.kind != part.kind or not (partitive or between):
        return False
    between_with = bool(between) and between["joint"].lower() == "with"
    if between_with and not _OF_THIS_AFTER.match(text, part.end):
        return False  # "trade reached $5 billion, with exports to Japan at $2 billion": no part named as such
    if says_bilateral(text[total_from : total.start]):
        return False  # "bilateral trade reached $1.08 billion, including $975 million of exports to ..."
    # Parts listed with "with ... of this volume" run on: "... going to Turkey and 7 bcm to Italy".
    part_to = mentions[index + 2].start if index + 2 < len(mentions) and not between_with else len(text)
    if between and not between_with:
        # "700 firms with Chinese capital, including 80 wholly foreign-owned, operate in Uzbekistan":
        # the aside ends at its comma, and what follows is the whole's predicate, not the part's
        closing = text.find(",", part.end, part_to)
        part_to = closing if closing != -1 else part_to
    # The whole's label runs up to the "including": "700 enterprises with Chinese investments, including"
    total_to = total.end + between.start("joint") if between else total.end
    named = {c.code for c in countries if total_from <= c.start < total_to} & set(pair)
    named_in_part = {c.code for c in countries if part.end <= c.start < part_to} & set(pair)
    # "Azerbaijani gas exported ..., with 7 bcm going to Italy": one of the pair's total, the other's part
    return len(named) < 2 and bool(named_in_part - named)


_VENTURES_AFTER = re.compile(
    r"\s+(?:joint\s+ventures|joint\s+enterprises|companies|enterprises|firms)\b", re.I
)


def pair_ventures(text: str, countries: tuple[CountryMention, ...], pair: list[str]) -> bool:
    """Whether firms are named by a compound of the pair's two names ("Latvian-Uzbek joint ventures")."""
    return any(
        a.code in pair
        and b.code in pair
        and a.code != b.code
        and text[a.end : b.start] in ("-", "–")
        and _VENTURES_AFTER.match(text, b.end)
        for a, b in itertools.pairwise(countries)
    )


def flows_into_country(right: str, right_at: int, countries: list[CountryMention]) -> bool:
    """ "have put $5 billion into Kazakhstan": money moved into a country is investment."""
    match = _INTO.match(right)
    return bool(match) and any(c.start == right_at + match.end() and c.form == "name" for c in countries)


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


@lru_cache(maxsize=64)
def says_bilateral(text: str) -> bool:
    return bool(_BILATERAL.search(text))


@lru_cache(maxsize=64)
def gateway(text: str) -> bool:
    lower = text.lower()
    return any(
        word in lower
        for word in ("checkpoint", "crossing", "land port", "dry port", "port of entry", "gateway", "port ")
    ) and bool(_GATEWAY.search(text))


def at_a_border_town(text: str, end: int, countries: list[CountryMention]) -> bool:
    """ "Border trade reached $845.5 million in Myawaddy, $72 million in Tachilek": a crossing's total."""
    if "border" not in text.lower():
        return False
    place = _PLACE_AFTER.match(text, end)
    return place is not None and not any(c.start == place.start(1) for c in countries)


_PLACE_AFTER = re.compile(
    r"\s+(?:in|at|through|via)\s+(?!(?:" + trie_pattern(MONTHS) + r"|Q[1-4]|H[12])\b)([A-Z][a-z]+)\b"
)


@lru_cache(maxsize=64)
def subnational(text: str) -> bool:
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
BOUND = re.compile(
    r"\s*(?:of\s+(?:[\w-]+\s+){1,2}?)?(?:from|to|into|for|via)\s+(?:the\s+)?"
    # "... of gas from January through June": a period, no place
    r"(?!\d|(?:about|around|some|nearly|over)\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.I,
)


def named_pair(countries: list[CountryMention], pair: list[str]) -> int:
    return len({c.code for c in countries if c.code in pair and c.form != "capital"})


def bound_elsewhere(text: str, mention: Mention, countries: list[CountryMention], pair: list[str]) -> bool:
    """A volume whose source or destination, named after it in its clause ("8.1 billion cubic meters of
    gas to Europe", "more than 8 bcm will be exported to Turkey"), is a third country or a region."""
    bound = BOUND.match(text, mention.end)
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


def third_supplier(window: list[CountryMention], partners: list[CountryMention], figure: Figure) -> bool:
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


def bloc_partner(text: str, start: int, end: int) -> bool:
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


def own_total(text: str, countries: list[CountryMention], start: int, end: int) -> bool:
    """The clause of text[start:end] names one country as the owner of its trade and no partner
    ("Kazakhstan's total trade reached $140 billion, while trade with Türkiye was $6.4 billion")."""
    if _OWN_TOTAL_WHICH.search(text, max(0, start - 90), start):
        return True  # "dwarfed by India's total goods trade, which exceeded $1 trillion"
    breaks = [m.end() for m in clause_breaks(text, 0, start)]
    after = next(clause_breaks(text, end), None)
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


def names_third_country(window: list[CountryMention], pair: list[str], text: str) -> bool:
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
        # "both facing pressure from the US", "a trade war with China": a rival's pressure, no partner
        and not _PRESSURE_BEFORE.search(text, max(0, c.start - 40), c.start)
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
_PRESSURE_BEFORE = re.compile(
    r"\b(?:pressure|sanctions|tariffs|threats?|coercion)\s+(?:imposed\s+)?(?:from|by|against|on)\s+(?:the\s+)?$"
    r"|\b(?:trade\s+war|war|conflict|dispute|standoff|tensions?|rivalry)\s+with\s+(?:the\s+)?$",
    re.I,
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


def clause_breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
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


def last_clause_start(prefix: str) -> int:
    """Where the clause that `prefix` ends in begins (after "; ", " while ", ", and ")."""
    breaks = [m.end() for m in clause_breaks(prefix)]
    return breaks[-1] if breaks else 0


# "Turkiye attracted more than $240 billion in foreign direct investment": from everyone.
# "foreign direct investment (FDI) inflow from Japan": an investor named after the noun's aside
# "foreign direct investment from India", "... held by SA": the source named after it.
# "... (FDI) by 2025": a deadline, not the investor
NO_SOURCE_AFTER = (
    r"(?!\s+(?:\((?:FDI|FDIs)\)\s+)?(?:in)?(?:flows?\s+|stocks?\s+)?(?:(?:held|owned|made|coming)\s+)?"
    r"(?:from|by)\b(?!\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b))"
)


_FOREIGN_INFLOW = re.compile(
    # "Foreign Portfolio Investment (FPI) inflows to India rising 43 per cent to USD 13.6 billion"
    r"\bforeign\s+(?:direct\s+|portfolio\s+)?investments?\b" + NO_SOURCE_AFTER + r"[^.;]{0,60}$"
    # "The net flow of FDI into Morocco reached MAD 11.1 billion": every investor's inflow
    r"|\b(?:net\s+)?(?:in)?flows?\s+of\s+FDI\s+(?:in|into|to)\b[^.;]{0,60}$"
    # "pledges from China stood at $57 million against the total FDI pledge of $140 million": everyone's
    r"|\btotal\s+(?:FDI|foreign\s+(?:direct\s+)?investment)\b[^.;\d]{0,30}$",
    re.I,
)


def from_everyone(left_at: int, left: str, countries: list[CountryMention], pair: list[str]) -> bool:
    """ "foreign direct investment" with no investor of the pair named before it and one side at most."""
    foreign = _FOREIGN_INFLOW.search(left)
    if foreign is None:
        return False
    # "Saudi investments in the UK reached $21 billion, while foreign direct investment in Saudi
    # Arabia reached $13 billion": the pair named in another clause is no investor of this one.
    clause = left_at + last_clause_start(left)
    if named_pair([c for c in countries if c.end > clause], pair) >= 2:
        return False
    at = left_at + foreign.start()
    if any(
        c.code in pair and left_at <= c.start < at and _RANKED_BY.match(left, c.end - left_at)
        for c in countries
    ):
        return False  # "Türkiye ranked 3rd in terms of foreign direct investment": the investor ranked
    return not any(c.code in pair and at - 30 <= c.start < at for c in countries)


_RANKED_BY = re.compile(
    r"\s+(?:ranked|ranks|came|comes|placed|stood)\s+(?:[\w-]+\s+){0,2}?(?:in terms of|among|for)\s+", re.I
)


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
