"""Who invests in whom: the investor and host countries a figure's clause names."""

from __future__ import annotations

import re

from .countries import CountryMention

_COMMA = re.compile(r"[,;]")
# "Fresh US investment", "U.S. direct investments": a country's name as the investor's adjective
_NAME_AS_ADJECTIVE = re.compile(r"\s?(?:(?:direct|foreign|total|cumulative)\s+){0,2}", re.I)
_HOST_INVESTOR = re.compile(
    r"^'?s?\s+(?:\w+[- ])?(?:largest|biggest|top|leading|main|major|key|second|third)\b", re.I
)
_FUNDED_AFTER = re.compile(r"^-(?:funded|owned|backed|financed|invested|capital)\b", re.I)
# "Thailand based companies ... looking to invest USD 3 billion": firms from there invest.
_BASED_FIRMS = re.compile(
    r"^[- ]based\s+(?:[\w-]+\s+)?(?:companies|firms|investors|businesses|enterprises|groups)\b", re.I
)
_HOST_SOURCE = re.compile(
    r"^['’]?s?\s+(?:[\w-]+\s+){0,2}?(?:source|sources|origin|origins)\s+of\s+(?:foreign\s+)?(?:direct\s+)?"
    r"(?:invest\w*|FDI|capital)",
    re.I,
)
_INVESTOR_IN = re.compile(r"\b(?:investors?|investing|invested|invests)\s+in\s+(?:the\s+)?$", re.I)
_TO_PREPOSITION = re.compile(r"\b(?:in|into|to|inside|within)\s+(?:the\s+)?$", re.I)
_INVESTED_IN = re.compile(r"\b(?:investments?|invest|investing)\s+(?:in|into)\s+(?:the\s+)?$", re.I)
_FOR_PREPOSITION = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_FROM_PREPOSITION = re.compile(r"\b(?:from|by|of)\s+(?:the\s+)?$", re.I)
# "companies with Turkish capital": the demonym names the investor even after the noun.
_CAPITAL_OF = re.compile(
    # "joint ventures, established in cooperation with Russian partners"
    # "enterprises with the participation of Russian business"
    r"\s+(?:capital|participation|origin|ownership|shareholders?|funds|money|partners?|business|investors|investments?)\b",
    re.I,
)
# The words that rank a partner among others ("the third largest", "a key investor").
RANK_WORDS = (
    r"(?:largest|biggest|top|leading|main|major|first|second|third|fourth|fifth|key|important|No\.\s?\d+)"
)
RANKED_GROUP = re.compile(r"\s+(?:investors?|partners?|members?|countries|nations|states|economies)\b", re.I)
RANKING = re.compile(rf"\b{RANK_WORDS}\b", re.I)
_FROM_FIRMS_IN = re.compile(
    r"\b(?:secured|raised|attracted|drawn|received|coming|obtained|won|garnered|got)\b[^;]{0,80}?\bfrom\s+(?:[\w-]+\s+){0,5}?"
    r"(?:companies|firms|investors|businesses|sectors)\s+(?:in|of|from)\s+(?:the\s+)?$",
    re.I,
)
_WITH_BEFORE = re.compile(
    r"\b(?:with|running on|funded by|backed by|financed by)\s+(?:the\s+)?(?:participation\s+of\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "his visit to Japan yielded investment commitments worth $1.85 billion": what a trip brings home.
_BROUGHT_HOME = re.compile(
    r"\b(?:yield\w*|secur\w*|brought|bring\w*|fruit|netted|garner\w*|won|pledges|commitments|harvest\w*"
    # "Indonesian president eyes $20bn of investment on UAE trip": what the visitor seeks there
    r"|eyes|eyeing|seeks|seeking|woos|wooing|courts|courting|pledged|returned)\b",
    re.I,
)
# "on UAE trip", "on his Japan visit": the country a trip went to, named before the trip
_ON_A_TRIP = re.compile(r"\s+(?:trip|visit|tour|mission)\b")
_IS_BETWEEN = re.compile(
    r"\s+(?:is|was|remains|has become|became)\s+(?:also\s+)?(?:one\s+of\s+)?(?:the\s+)?", re.I
)
_TRAVEL = re.compile(
    r"\b(?:visit|visits|trip|travel|tour|mission|delegation|flight)(?:\s+\([A-Z]{2,6}\))?\s+to\s+(?:the\s+)?$",
    re.I,
)
# "China has more than 4200 companies": the country that has them is where they come from.
_HAS_COUNT = re.compile(
    r"\s+(?:now\s+)?(?:has|have|had)\s+(?:more than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d"
)
_REPORTER_AFTER = re.compile(
    r"\s+(?:official\s+|government\s+|customs\s+)?(?:data|statistics|figures|customs|officials|authorities)\b",
    re.I,
)
_SOURCE_OF = re.compile(
    # "According to German data, some 1,800 Polish companies ...": who counts, not who invests
    r"\baccording to\s+(?:the\s+)?$|\b(?:data|figures|statistics|according to|reported by|a report by|sources?)\b[^.;]{0,50}?"
    r"\b(?:Office|Ministry|Department|Bureau|Agency|Administration|Committee|Statistics|Authority|Service|Bank)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
# "investors in Kazakhstan's economy": the country whose economy or market receives.
_HOST_NOUN = re.compile(
    r"(?:'s|’s|')?\s*(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?(?:economy|market|markets|sectors?|industry|industries)\b"
    # "£2 billion in Bahraini private sector investment": the sector that invests, not where
    r"(?!\s+(?:invest\w*|capital|funds?|companies|firms|investors?)\b)",
    re.I,
)
_FOR_INVESTORS = re.compile(
    r"\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:investors?|investments?|capital)\b", re.I
)
_AGENCY_NAME = re.compile(
    r"(?:\s+[A-Z][\w&-]*){1,5}\s+(?:Board|Authority|Agency|Ministry|Commission|Council|Office|Institute|"
    r"Committee|Department|Bureau|Centre|Center)\b"
)
# "the RoK was the biggest investor in Vietnam": the country that is the investor.
_IS_INVESTOR = re.compile(
    r"\s+(?:was|is|remains|remained|became|has become|had become|ranked as|ranks as|stood as)\s+"
    r"(?:also\s+)?(?:(?:one|among)\s+(?:of\s+)?)?(?:the\s+|an?\s+)?"
    # "Thailand is a major economic partner and the ninth largest investor of Vietnam"
    r"(?:(?:[\w'’-]+\s+){1,4}?and\s+(?:also\s+)?(?:the\s+|an?\s+)?)?"
    # "Singapore was also Canada's largest source of foreign direct investment"
    r"(?:[\w'’-]+\s+){0,2}?(?:investors?|sources? of (?:foreign\s+)?(?:direct\s+)?investment|sources? of FDI)\b"
    # "South Korea topped the list of foreign investors"
    r"|\s+(?:topped|tops|led|leads|headed|heads)\s+(?:the\s+)?(?:list|ranks|ranking|table)\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?investors\b"
    # "The U.S. ranked 3rd in terms of foreign direct investment"
    r"|\s+(?:ranked|ranks|came|comes|placed|stood)\s+(?:[\w-]+\s+){0,2}?(?:in terms of|among|for)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:investments?|investors|FDI)\b",
    re.I,
)
_INSTITUTION_OF = re.compile(
    r"\b(?:Government|Ministry|Board|Council|Cabinet|Parliament|Embassy)\s+of\s+(?:the\s+)?$", re.I
)
_ENVOY_TO = re.compile(
    r"\b(?:Ambassador|Ambassadors|High Commissioner|Envoy|Consul(?:-General)?|Embassy|Representative)\s+to\s+(?:the\s+)?$",
    re.I,
)
_INVESTING_SUBJECT = re.compile(
    # "China alone had invested $5.3 billion", "Japan has so far invested"
    r"\s+(?:alone\s+|itself\s+|too\s+)?(?:has|have|had)?\s*(?:also\s+|already\s+|so far\s+|cumulatively\s+)?"
    # "The UAE has pledged $10 billion for investment": who pledges the money invests it
    r"(?:invested|channell?ed|put|poured|injected|pumped|ploughed|plowed|pledged|committed|promised|contributed"
    # "The UAE has made investments totaling more than USD 10 billion"
    r"|made\s+(?:\w+\s+)?investments?)\b"
    # "UAE to invest USD 30 bn in S. Korea", "Japan will invest ¥5 trillion": the subject's pledge
    r"|\s+(?:will|to|plans to|is to|is set to|agreed to|pledges to|vows to)\s+(?:also\s+)?invest\b",
    re.I,
)
_INVESTOR_NOUN = re.compile(
    # "245 Vietnamese projects ... in Laos, with a total registered capital of $5.5 billion"
    r"\s+(?:investors?|companies|firms?|businesses|enterprises|corporations|projects|launched|set up|established|founded|opened|registered"
    # "Canadian pension funds have pledged", "Emirati sovereign wealth funds"
    r"|(?:[\w-]+\s+){0,2}(?:funds?|banks|conglomerates|groups|investors))\b",
    re.I,
)


def investor_and_host(
    text: str, window: list[CountryMention], anchor: tuple[int, int], pair: list[str]
) -> tuple[str | None, str | None]:
    """Investor (from) and host (to) countries of an investment or company figure."""
    origin = host = None
    host_named = False  # "operating in Qatar": the host named by its preposition
    keyword = text[anchor[0] : anchor[1]].lower()
    for country in window:
        if (
            country.form == "capital"
            or _SOURCE_OF.search(text, 0, country.start)
            # "Official Mexican data shows direct Chinese investment surpassed $2.7 billion"
            or (country.form == "demonym" and _REPORTER_AFTER.match(text, country.end))
        ):
            continue  # "data from the General Statistics Office of Vietnam": who reports, not who invests
        if (
            country.form == "demonym"
            and text.startswith(" capital", country.end)
            and text[: country.start].rstrip().lower().endswith("the")
        ):
            continue  # "a business forum in the Algerian capital": the city, not Algerian money
        if country.form == "demonym" and _AGENCY_NAME.match(text, country.end):
            continue  # "The Indonesian Capital Investment Coordinating Board": an agency, not the investor
        if RANKED_GROUP.match(text, country.end) and RANKING.search(
            text, max(0, country.start - 40), country.start
        ):
            continue  # "one of the three biggest EU investors": the group it ranks in
        before = text[max(0, country.start - 12) : country.start]
        after = text[country.end : country.end + 64]
        modifies_keyword = (
            0 <= anchor[0] - country.end <= 30
            or anchor[0] <= country.start < anchor[1]
            or bool(_CAPITAL_OF.match(after))
        )
        if _FROM_FIRMS_IN.search(text, max(0, country.start - 80), country.start):
            # "commitments secured from various sectors and companies in India": where the money comes
            # from, even after the receiving government was named ("The Indonesian government says it has
            # obtained investment commitments ... from businesses in the UAE")
            if origin is not None and origin != country.code and host is None:
                host = origin
            origin = country.code
        elif country.possessive and (
            ("investor" in after.lower()[:40] and _HOST_INVESTOR.search(after)) or _HOST_SOURCE.match(after)
        ):
            # "Kazakhstan's largest investor", "one of Malaysia's top sources of FDI": the host's
            host = host or country.code
        elif (
            country.form in ("demonym", "name")
            and (sectors := _HOST_NOUN.match(after))
            and _FOR_INVESTORS.match(after, sectors.end())
        ):
            host = host or country.code  # "the most attractive Kazakh sectors for Chinese investors"
        elif (
            country.form == "name"
            and _NAME_AS_ADJECTIVE.fullmatch(text, country.end, anchor[0])
            and "investor" not in keyword
            # "will bring to Kazakhstan investments worth ...": where the money goes, named first
            and not _TO_PREPOSITION.search(before)
        ):
            # "Fresh US investment into the country": a country's name used as the investor's adjective
            origin = origin or country.code
        elif (
            _INVESTING_SUBJECT.match(after)
            # "Vietnam has 513 valid French investment projects": the demonym names the investor
            or (_HAS_COUNT.match(after) and not _demonym_follows(window, country))
            or _IS_INVESTOR.match(after)
            or (country.form in ("demonym", "name") and _INVESTOR_NOUN.match(after))
            or _BASED_FIRMS.match(after)
            or _FUNDED_AFTER.match(after)  # "337 UAE-funded enterprises"
        ):
            # "Kazakhstan has channeled $1bn", "Japanese investors account for ... $42bn"
            origin = origin or country.code
        elif country.form == "demonym" and _HOST_NOUN.match(after) and _TO_PREPOSITION.search(before):
            host = host or country.code  # "among the major investors in the Kazakh economy": the host
        elif (country.form == "demonym" and modifies_keyword) or (
            country.possessive
            and modifies_keyword
            and "investor" not in keyword
            and not _HOST_NOUN.match(after)  # "investors in Kazakhstan's economy": the host's
        ):
            origin = origin or country.code
        elif _INVESTOR_IN.search(text, 0, country.start) or (
            _TO_PREPOSITION.search(before)
            and _same_clause(text, country, anchor)
            and not _TRAVEL.search(before)
            # "Bangladesh High Commissioner to the UK": an envoy's post, not where money goes
            and not _ENVOY_TO.search(text, max(0, country.start - 30), country.start)
        ):
            host = host or country.code
            host_named = host_named or host == country.code
        elif (
            _FOR_PREPOSITION.search(before)
            and 0 <= country.start - anchor[1] <= 24
            and not _COMMA.search(text, anchor[1], country.start)
        ):
            host = host or country.code  # "a $5 billion investment package for Pakistan": where it goes
        elif (
            _FROM_PREPOSITION.search(before)
            and not (before.rstrip().endswith(("of", "of the")) and _HOST_NOUN.match(after))
            # "signed between the Investment Board of the Government of Nepal and Huaxin Cement": a
            # party's title, not whose money it is
            and not _INSTITUTION_OF.search(text, max(0, country.start - 40), country.start)
        ):
            # "investment of the UK" is the UK's; "key sectors of the UK economy" are where it goes
            origin = origin or country.code
        elif (
            before.rstrip().endswith(("of", "of the"))
            and _HOST_NOUN.match(after)
            and _same_clause(text, country, anchor)
        ):
            host = host or country.code
    capital, partners = next(
        (
            (c.code, found.group().strip().lower().startswith("partner"))
            for c in window
            if c.form in ("demonym", "name")
            and (found := _CAPITAL_OF.match(text, c.end))
            and _WITH_BEFORE.search(text, max(0, c.start - 30), c.start)
        ),
        (None, False),
    )
    if capital is not None and partners and origin is not None and origin != capital and host is None:
        # "Indian firms have set up 3,000 joint ventures with Omani partners": the partners are at home
        host = capital
    elif capital is not None and capital != origin:
        # "Poland-based companies with South Korean capital": the capital names the investor, the
        # base the host
        host, origin = origin if origin != capital else host, capital
    if len(pair) == 2:
        if origin in pair and host is None:
            host = pair[1] if origin == pair[0] else pair[0]
        elif host in pair and origin is None:
            origin = pair[1] if host == pair[0] else pair[0]
    if origin == host and host_named and len(pair) == 2 and host in pair:
        # "Qatari-Pakistani joint companies operating in Qatar": the partner from abroad invests
        origin = pair[1] if host == pair[0] else pair[0]
    elif origin == host:
        host = None
    return origin, host


def _demonym_follows(window: list[CountryMention], country: CountryMention, reach: int = 40) -> bool:
    """Whether another country's demonym comes within `reach` characters after `country`."""
    return any(
        c.form == "demonym" and c.code != country.code and country.end < c.start <= country.end + reach
        for c in window
    )


def subject_of_possessive(
    text: str, countries: list[CountryMention], pair: list[str]
) -> tuple[str | None, str | None]:
    """ "Kuwait is Egypt's third largest partner, with investment of $15 billion": the subject
    invests in the country whose partner it is."""
    named = [c for c in countries if c.code in pair and c.form == "name"]
    if len(pair) != 2 or len(named) < 2 or named[0].start > 4 or not named[1].possessive:
        return None, None
    if named[0].code == named[1].code or not _IS_BETWEEN.fullmatch(text, named[0].end, named[1].start):
        return None, None
    return named[0].code, named[1].code


# "While China's exports to Egypt are huge, its investments total only $500 million": the pronoun
# before the investment word is the country the sentence opened with.
_OWN_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.I)
_OPENING_WORDS = re.compile(r"(?:(?:and|but|while|whereas|although|though|if|yet)\s+)*(?:the\s+)?", re.I)


def pronoun_investor(
    text: str, countries: list[CountryMention], anchor: tuple[int, int], pair: list[str]
) -> tuple[str | None, str | None]:
    """ "While China's exports to Egypt are huge, its investments ...": the opening country invests
    in the other of the pair, named before the pronoun; (None, None) otherwise."""
    if len(pair) != 2 or not _OWN_PRONOUN.search(text, max(0, anchor[0] - 30), anchor[0]):
        return None, None
    named = [c for c in countries if c.code in pair and c.end <= anchor[0]]
    if len({c.code for c in named}) != 2 or named[0].form == "capital":
        return None, None
    if not _OPENING_WORDS.fullmatch(text, 0, named[0].start):
        return None, None
    origin = named[0].code
    return origin, pair[1] if origin == pair[0] else pair[0]


def trip_investor(
    text: str, countries: list[CountryMention], pair: list[str]
) -> tuple[str | None, str | None]:
    """The country a leader travelled to, as the investor in what the trip brought home, and the other
    side of the pair as host; (None, None) when the sentence tells of no such trip."""
    if len(pair) != 2 or not _BROUGHT_HOME.search(text):
        return None, None
    visited = [
        c
        for c in countries
        if c.code in pair and (_TRAVEL.search(text, 0, c.start) or _ON_A_TRIP.match(text, c.end))
    ]
    if len({c.code for c in visited}) != 1:
        return None, None
    origin = visited[0].code
    if any(c.code == origin and _INVESTED_IN.search(text, max(0, c.start - 24), c.start) for c in countries):
        # "seeking to tap into $100 billion of investments in India" on a visit to India: the money
        # is told to go there
        return None, None
    return origin, pair[1] if origin == pair[0] else pair[0]


def _same_clause(text: str, country: CountryMention, anchor: tuple[int, int]) -> bool:
    """ "investment in Türkiye" yes; "into Kazakhstan, while Kazakh investment" no."""
    if country.start >= anchor[1]:
        return True
    if _FRONTED_PLACE.match(text, 0, country.start) and text.startswith(",", country.end):
        return True  # "In Kazakhstan, 3,500 joint ventures operate": the place the clause opens with
    return not _COMMA.search(text, country.end, anchor[0])


_FRONTED_PLACE = re.compile(r"\s*[\"“]?(?:In|Inside|Within)\s+(?:the\s+)?$")
