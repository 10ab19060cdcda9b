"""Currency forms (signs, codes, names) to ISO 4217, and the pair deciding a shared name.

The ISO codes, English names and local signs come from CLDR (`_currency_data`, generated with
Babel); the press's own forms ("SR", "Dh", "Rs", "lakh crore rupees") are added here.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ._countries_data import CAPITALS, DEMONYMS
from ._currency_data import CODES, NAMES, SYMBOLS, USERS
from .countries import find_countries

# Signs written before the number, as the English-language press writes them (case matters).
PRESS_SIGNS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "US $": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "Can$": "CAD", "NZ$": "NZD", "S$": "SGD", "HK$": "HKD", "£": "GBP", "E£": "EGP",
    "LE": "EGP", "SR": "SAR", "Dh": "AED", "Dhs": "AED", "Dhs.": "AED", "Rs": "INR", "Rs.": "INR",
    "R": "ZAR", "P": "PHP", "TL": "TRY", "₺": "TRY", "RMB": "CNY", "Tk": "BDT", "₽": "RUB",
    "€": "EUR", "¥": "CNY", "N": "NGN", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "Shs": "UGX", "USh": "UGX", "TSh": "TZS", "QR": "QAR", "BD": "BHD",
    "KD": "KWD", "RO": "OMR", "ID": "IQD", "GH¢": "GHS", "GH₵": "GHS", "Aus$": "AUD", "$US": "USD", "$A": "AUD",
    "CFA": "XOF", "FCFA": "XOF", "CFAF": "XOF", "FCfa": "XOF",
    "MX$": "MXN", "Mex$": "MXN", "TT$": "TTD", "J$": "JMD", "EC$": "XCD", "฿": "THB",
    "euro": "EUR", "Euro": "EUR", "EURO": "EUR", "Yen": "JPY", "YEN": "JPY",
    # wire copy's abbreviation: "reached about dlrs 7.1 billion"
    "dlrs": "USD", "Dlrs": "USD",
}  # fmt: skip
# Words written after the number, lower-case; a demonym-qualified name comes from CLDR.
PRESS_WORDS: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "dlrs": "USD", "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD",
    "u.s. dollar": "USD", "american dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "lira": "TRY", "liras": "TRY", "lire": "TRY", "rupees": "INR", "rupee": "INR", "won": "KRW",
    "tenge": "KZT", "dirhams": "AED", "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "rials": "IRR",
    "manat": "AZN", "manats": "AZN", "dong": "VND", "francs": "CHF", "franc": "CHF", "soums": "UZS",
    "soum": "UZS", "sum": "UZS", "rand": "ZAR", "rands": "ZAR", "ringgit": "MYR", "naira": "NGN",
    "taka": "BDT", "pesos": "MXN", "peso": "MXN", "dinars": "IQD", "dinar": "IQD", "reais": "BRL",
    "real": "BRL", "rupiah": "IDR", "baht": "THB", "lari": "GEL", "drams": "AMD", "dram": "AMD",
    "soms": "KGS", "som": "KGS", "somoni": "TJS", "hryvnias": "UAH", "hryvnia": "UAH", "zlotys": "PLN",
    "zloty": "PLN", "shekels": "ILS", "shekel": "ILS", "kronor": "SEK", "krona": "SEK", "kroner": "NOK",
    "krone": "NOK", "shillings": "KES", "shilling": "KES", "cedis": "GHS", "cedi": "GHS", "kwacha": "ZMW",
    "birr": "ETB", "tugriks": "MNT", "tugrik": "MNT", "kyat": "MMK", "kip": "LAK", "riel": "KHR",
    "/-": "KES",  # East African shillings: "145bn/-"
    "nz dollars": "NZD", "nz dollar": "NZD", "kiwi dollars": "NZD", "lats": "LVL", "lat": "LVL",
    "litas": "LTL", "litai": "LTL", "kroons": "EEK", "kroon": "EEK", "cfa francs": "XOF", "cfa franc": "XOF",
    "fcfa": "XOF",
    "rm": "MYR",  # "3.02 billion RM"
}  # fmt: skip
# A name or sign several countries use: the pair's own currency wins, else the first.
SHARED: dict[str, tuple[str, ...]] = {
    "pounds": ("GBP", "EGP", "LBP", "SYP", "SDG"),
    "riyals": ("SAR", "QAR", "OMR", "YER"),
    "rials": ("IRR", "OMR", "YER", "SAR", "QAR"),
    "dinars": ("IQD", "KWD", "JOD", "BHD", "DZD", "TND", "LYD", "RSD"),
    "dirhams": ("AED", "MAD"),
    "rupees": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "pesos": ("MXN", "PHP", "ARS", "CLP", "COP", "UYU", "DOP", "CUP"),
    "francs": ("CHF", "XOF", "XAF"),
    "yuan": ("CNY",),
    "¥": ("CNY", "JPY"),
    "shillings": ("KES", "UGX", "TZS"),
    "won": ("KRW", "KPW"),
    "lira": ("TRY", "LBP"),
    # West (XOF) and Central (XAF) African francs share the sign: "FCfa 61 billion" in Cameroon is XAF.
    "cfa": ("XOF", "XAF"),
}
_SHARED_FORMS = {
    "pound": "pounds", "riyal": "riyals", "rial": "rials", "dinar": "dinars",
    "dirham": "dirhams", "rupee": "rupees", "rs": "rupees", "rs.": "rupees", "peso": "pesos",
    "franc": "francs", "shilling": "shillings", "liras": "lira", "sh": "shillings", "/-": "shillings",
    "fcfa": "cfa", "cfaf": "cfa", "cfa francs": "cfa", "cfa franc": "cfa",
}  # fmt: skip
DOLLAR_COUNTRIES = {"CAN": "CAD", "AUS": "AUD", "NZL": "NZD", "SGP": "SGD", "HKG": "HKD", "FJI": "FJD"}

SIGNS: dict[str, str] = {
    **{s: c for s, c in SYMBOLS.items() if s not in ("C$", "SR")},
    **PRESS_SIGNS,
}
# The press pluralises names that CLDR leaves invariable: "five trillion yens", "200 billion yuans".
_PLURALS = {f"{w}s": c for w, c in PRESS_WORDS.items() if not w.endswith("s") and " " not in w and w != "sum"}


def _demonym_names() -> dict[str, str]:
    """ "Nepali rupees", "Kazakh tenge", "Emirati dirhams": any demonym of a country that uses the
    currency, before the last word of one of its CLDR names ("Nepalese rupee")."""
    users: dict[str, list[str]] = {}
    for code, countries in USERS.items():
        for country in countries:
            users.setdefault(country, []).append(code)
    words: dict[str, set[str]] = {}
    for name, code in NAMES.items():
        if " " in name:
            word = name.rsplit(" ", 1)[1]
            # "Turkish liras": the press's plural of a name CLDR leaves invariable
            plural = {word, f"{word}s"} if f"{word}s" in PRESS_WORDS or f"{word}s" in _PLURALS else {word}
            words.setdefault(code, set()).update(plural)
    return {
        f"{demonym.lower()} {word}": code
        for demonym, country in DEMONYMS.items()
        for code in users.get(country, ())
        for word in words.get(code, ())
    }


WORDS: dict[str, str] = {**_demonym_names(), **NAMES, **_PLURALS, **PRESS_WORDS}
ISO_CODES = CODES


def resolve(
    form: str | None, default: str | None, pair: list[str], nearest: tuple[str, ...] = ()
) -> str | None:
    """The currency a shared form means in an article about `pair` ("rupees" on Pakistan: PKR).

    When both of the pair use the form ("¥" on China and Japan), the country the sentence names
    nearest before the figure decides ("Japanese companies invested ¥1 trillion": yen)."""
    if form is None:
        return default
    key = form.lower()
    shared = SHARED.get(_SHARED_FORMS.get(key, key)) or SHARED.get(form)
    if not shared:
        return default
    own = [code for code in shared if any(country in pair for country in USERS.get(code, ()))]
    if len(own) > 1:
        for country in nearest:
            chosen = next((code for code in own if country in USERS.get(code, ())), None)
            if chosen is not None:
                return chosen
    return own[0] if own else default


_US_MARKERS = ("US$", "U.S.$", "US dollar", "U.S. dollar", "USD", "American dollar")
_OFFICIAL_OPENINGS = ("Prime Minister", "Minister", "The Honourable", "Joint Statement", "Statement by")


# A parliament's record speaks in its country's money.
_PARLIAMENT = ("House of Representatives", "House of Commons", "Legislative Assembly", "Hansard")
# Seats of government and the largest cities, where the local press writes its own dollar as "$".
_HOME_CITIES = {
    "AUD": ("Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"),
    "CAD": ("Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary"),
    "NZD": ("Wellington", "Auckland", "Christchurch"),
    "FJD": ("Suva", "Nadi", "Lautoka"),
}


_DATELINE = re.compile(
    r"(?<![\w])(?P<city>[A-Z]{3,}(?:[ .'-][A-Z]{2,})*)(?:,\s*[A-Z][\w .]+?)?\s*(?:\([^)]{1,20}\)\s*)?[-–—:]\s"
)


# "Jakarta. President Joko Widodo flew to Sydney": a dateline in the city's own case, its own line
# once the sentences are split.
_CITY_LINE = re.compile(r"(?m)^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.$")
# "Wellington: New Zealand Prime Minister Jacinda Ardern is to lead ...": a dateline in title case.
_CITY_COLON = re.compile(
    r"(?m)^(?!(?:Note|Update|Photo|Source|Editor|Read|Also|Related|By|Correction|Watch|Video|Listen|Image)\b)"
    # "Kathmandu, Mar. 10: ...": with the day after the city
    r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?:\s+(?=[A-Z])"
)


# "ANTHONY ALBANESE, PRIME MINISTER:", or the office alone ("PRIME MINISTER:") in a transcript
_SPEAKER_LABEL = re.compile(r"(?m)^(?:[A-Z][A-Z .'-]+,\s*)?(?:PRIME\s+)?MINISTER\b[A-Z ,'-]{0,40}:")


_TITLED_NAME = re.compile(
    r"\s+(?:(?:Deputy|Vice|Foreign|Trade|Finance|Prime|Acting)\s+)*"
    r"(?:Prime Minister|President|Premier|Minister|Treasurer|High Commissioner|Ambassador|counterpart)"
    r"(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}?)?,?\s+(?:[A-Z][\w'-]+\s+){1,2}?(?P<surname>[A-Z][\w'-]{2,})\b"
)
_SAID = re.compile(r"\b(?:said|says|told|noted|added|stated|announced|remarked)\b")
_QUOTE_MARKS = ('"', "“", "”")
_NAMED_SPEAKER = re.compile(
    r"\b([A-Z][\w'-]{2,})\s+(?:said|says|told|noted|added|stated|remarked)\b"
    r"|\b(?:said|says|added|noted)\s+(?:[A-Z][\w'-]+\s+)?([A-Z][\w'-]{2,})\b"
)


def dollar_speakers(article: str, pair: list[str]) -> tuple[str | None, frozenset[str]]:
    """The pair's one dollar (when the article names no US dollar) and the surnames of that
    country's officials the article introduces by title ("Canadian Prime Minister Stephen Harper")."""
    homes = [c for c in pair if c in DOLLAR_COUNTRIES]
    if len(homes) != 1 or "USA" in pair or any(marker in article for marker in _US_MARKERS):
        return None, frozenset()
    names = (d for d, code in DEMONYMS.items() if code == homes[0])
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))}){_TITLED_NAME.pattern}")
    return DOLLAR_COUNTRIES[homes[0]], frozenset(m["surname"] for m in pattern.finditer(article))


def quoted_dollar(
    sentence: str, before: list[str], dollar: str | None, speakers: frozenset[str]
) -> str | None:
    """The dollar of an official the sentence quotes, one of `speakers` ("Harper said ... $15
    billion": CAD). `before` are the sentences just before it, where a quote's speaker may be named."""
    if dollar is None or not speakers:
        return None
    # A quote runs on past its first sentence: 'He added, "Our trade ... . Last year trade was $20 billion'
    near = f"{before[-1] if before else ''} {sentence}"
    if not (_SAID.search(near) or any(mark in near for mark in _QUOTE_MARKS)):
        return None
    # "Modi said ...": a sentence that names its own speaker is that speaker's
    speaker = _NAMED_SPEAKER.search(sentence)
    if speaker is not None:
        return dollar if (speaker.group(1) or speaker.group(2)) in speakers else None
    context = " ".join([*before, sentence])
    return dollar if any(re.search(rf"\b{re.escape(name)}\b", context) for name in speakers) else None


def _home_perspective(opening: str, pair: list[str], home: str) -> bool:
    """Whether the text ranks the partner from the dollar country's side ("Korea is Australia's
    third-largest trading partner", "Australia's business relationship with South Korea") and never
    from the other's ("India's total trade with Canada"): the press of that country, its "$"."""
    sides = {"home": False, "other": False}
    for mention in find_countries(opening):
        if not mention.possessive or mention.form != "name" or mention.code not in pair:
            continue
        if _PERSPECTIVE.match(opening, mention.end):
            sides["home" if DOLLAR_COUNTRIES.get(mention.code) == home else "other"] = True
    return sides["home"] and not sides["other"]


def _home_leader(opening: str, pair: list[str], home: str) -> bool:
    """Whether the text names the other country's leader by country ("China's President Xi
    Jinping") and a leader without one ("Prime Minister John Key"), never the dollar country's:
    the press of that country calls its own head of government by title alone."""
    mentions = find_countries(opening)
    qualified = {m.code for m in mentions if m.official and m.code in pair}
    others = {c for c in pair if DOLLAR_COUNTRIES.get(c) != home}
    if not qualified or not qualified <= others:
        return False
    ends = {m.end for m in mentions}
    return any(
        not any(0 <= leader.start() - end <= 3 for end in ends) for leader in _LEADER.finditer(opening)
    )


_LEADER = re.compile(r"\b(?:Prime Minister|Premier)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


# After a country's possessive: its partners, markets and trade ranked from its side.
_PERSPECTIVE = re.compile(
    r"(?:['’]s|['’])?\s+(?:[\w-]+\s+){0,4}?(?:trading partners?|trade partners?|partners?|export markets?|markets?|"
    r"relationship with|(?:total\s+)?trade with|exports to|imports from"
    # "I will travel to Namibia to head Australia's delegation ... for Australia's trade interests"
    r"|delegation|trade interests)\b"
)


def _other_capital_named(opening: str, pair: list[str], home: str) -> bool:
    """Whether a home city is paired with the other country's capital ("between New Delhi and
    Ottawa", "Ottawa-Beijing ties"): the two governments, not where the story was written."""
    others = [name for name, code in CAPITALS.items() if code in pair and DOLLAR_COUNTRIES.get(code) != home]
    homes = [city for city in _HOME_CITIES.get(home, ()) if city in opening]
    return any(
        re.search(rf"{a}\s*(?:and|-|–|/)\s*{b}", opening)
        for city in homes
        for other in others
        if other in opening
        for a, b in ((re.escape(city), re.escape(other)), (re.escape(other), re.escape(city)))
    )


def _dateline_city(opening: str) -> str | None:
    """The city a story's dateline names ("MANILA, Philippines -", "OTTAWA:"), title-cased."""
    dateline = _DATELINE.search(opening) or _CITY_LINE.search(opening) or _CITY_COLON.search(opening)
    return dateline.group("city").strip().title() if dateline else None


_NAMED_DOLLAR = re.compile(
    r"\b(" + "|".join(re.escape(d) for d, c in DEMONYMS.items() if c in DOLLAR_COUNTRIES) + r")\s*$", re.I
)
_DEMONYM_CODES = {d.lower(): c for d, c in DEMONYMS.items()}


def named_dollar(sentence: str, at: int) -> str | None:
    """The dollar a demonym names right before the "$" at `at` ("Canadian $75 billion"), if any."""
    named = _NAMED_DOLLAR.search(sentence, max(0, at - 16), at)
    return DOLLAR_COUNTRIES[_DEMONYM_CODES[named.group(1).lower()]] if named else None


# "105 billion dollars (109 billion U.S. dollars)": a converted US dollar beside a bare one.
_US_EQUIVALENT_AFTER = re.compile(
    r"\s*(?:[(\[]|,?\s*or\b|,?\s*(?:equivalent|equal)\s+to\b)\s*(?:about|around|approximately|roughly|some|nearly|~)?\s*"
    r"(?:U\.?S\.?\s?\$|USD\s?\d|[\d.,\s]+(?:(?:million|billion|trillion|mln|bln|bn|mn)\s+)?(?:U\.?S\.?|American)\s+dollars?\b)",
    re.I,
)


def beside_us_dollar(sentence: str, end: int, pair: list[str]) -> str | None:
    """The dollar of the pair's one dollar country when a bare dollar ending at `end` is converted
    into US dollars: the converted sum cannot be in US dollars itself."""
    homes = [DOLLAR_COUNTRIES[c] for c in pair if c in DOLLAR_COUNTRIES]
    if len(homes) != 1 or "USA" in pair or not _US_EQUIVALENT_AFTER.match(sentence, end):
        return None
    return homes[0]


def dateline_country(opening: str, pair: list[str]) -> str | None:
    """The one of the pair whose city a story's dateline names ("Kathmandu, Mar. 10:"), if any."""
    city = _dateline_city(opening)
    if city is None:
        return None
    named = [c.code for c in find_countries(city) if c.code in pair]
    return named[0] if len(set(named)) == 1 else None


def _filed_elsewhere(opening: str, home: str) -> bool:
    city = _dateline_city(opening)
    return city is not None and city not in _HOME_CITIES.get(home, ())


# The country a news site publishes from, by its address: its bare "$" is that country's dollar.
_SITE_SUFFIXES = {".au": "AUS", ".nz": "NZL", ".ca": "CAN", ".sg": "SGP"}
# National outlets of those countries on .com addresses.
_SITE_HOSTS = {
    "afr.com": "AUS",
    "theglobeandmail.com": "CAN",
    "nationalpost.com": "CAN",
    "financialpost.com": "CAN",
    "straitstimes.com": "SGP",
}


# A dollar country's own statistician counts in its own dollar: "ABS data show ... $141 billion".
_STATISTICIANS = {
    "AUS": re.compile(r"\b(?:ABS|Australian Bureau of Statistics)\b"),
    "CAN": re.compile(r"\bStatistics Canada\b|\bStatCan\b"),
    "NZL": re.compile(r"\bStats NZ\b|\bStatistics New Zealand\b"),
    "SGP": re.compile(
        r"\bSingstat\b|\bSingapore Department of Statistics\b|\bDepartment of Statistics Singapore\b"
    ),
}


def statistics_dollar(sentence: str, pair: list[str]) -> str | None:
    """The dollar of a partner whose statistics office the sentence cites, when no US dollar is named."""
    if "USA" in pair or any(marker in sentence for marker in _US_MARKERS):
        return None
    for code in pair:
        office = _STATISTICIANS.get(code)
        if office is not None and office.search(sentence):
            return DOLLAR_COUNTRIES[code]
    return None


def site_dollar(url: str | None, pair: list[str], text: str = "") -> str | None:
    """The dollar a bare "$" means on a site of a dollar country of the pair ("afr.com",
    "countryman.com.au", "gg.ca"), unless the text names the US dollar."""
    host = urlsplit(url or "").hostname or ""
    host = host.removeprefix("www.")
    country = _SITE_HOSTS.get(host) or next(
        (code for suffix, code in _SITE_SUFFIXES.items() if host.endswith(suffix)), None
    )
    if country is None or country not in pair or any(marker in text for marker in _US_MARKERS):
        return None
    return DOLLAR_COUNTRIES[country]


_MEDIA_RELEASE = re.compile(r"(?:^|\n)\s*(?:Joint\s+)?[Mm]edia\s+[Rr]elease\s*(?:\n|$)")


def speaker_dollar(text: str, pair: list[str]) -> str | None:
    """The dollar a bare "$" means: a Canadian or Australian government text, or Singapore's or Hong
    Kong's own press, means its own."""
    homes = [DOLLAR_COUNTRIES[c] for c in pair if c in DOLLAR_COUNTRIES]
    city_state = _city_state_press(text[:600], pair)
    if city_state is not None:
        return city_state
    if any(marker in text for marker in _US_MARKERS):
        return None
    # "..., Stats NZ said today": a statistics office's own release counts in its country's dollar.
    releasing = [c for c in pair if c in _STATISTICIANS and _STATISTICIANS[c].search(text[:600])]
    if len(releasing) == 1 and releasing[0] in DOLLAR_COUNTRIES and "USA" not in pair:
        return DOLLAR_COUNTRIES[releasing[0]]
    if len(homes) == 2:
        # "OTTAWA: ... Prime Minister Trudeau ... with the Prime Minister of Australia": both count in
        # dollars; the text's dateline says whose it is.
        city = _dateline_city(text[:600])
        written = [h for h in homes if city in _HOME_CITIES.get(h, ())]
        return written[0] if len(written) == 1 else None
    if len(homes) != 1:
        return None
    opening = text.lstrip()
    official = (
        opening.startswith(_OFFICIAL_OPENINGS)
        # "ANTHONY ALBANESE, PRIME MINISTER: Well, ...": a transcript of the government's own words
        or _SPEAKER_LABEL.search(text[:1500]) is not None
        or "Government of" in text[:3000]
        # A minister's office heads its texts "Media release" (a line of its own near the top).
        or _MEDIA_RELEASE.search(text[:400]) is not None
        or any(house in text[:1500] for house in _PARLIAMENT)
        # Written where that dollar is spent: "met English at Premier House in Wellington today",
        # unless a dateline says the story was filed elsewhere ("MANILA, Philippines -").
        or (
            any(city in text[:1000] for city in _HOME_CITIES.get(homes[0], ()))
            and not _filed_elsewhere(text[:600], homes[0])
            # "tensions between New Delhi and Ottawa": both capitals stand for governments, not
            # for where the story was written
            and not _other_capital_named(text[:1000], pair, homes[0])
        )
    )
    official = (
        official
        or _home_perspective(text[:1500], pair, homes[0])
        or _home_leader(text[:1500], pair, homes[0])
    )
    if "USA" in pair:
        # Beside the US only a release of the other government is sure to mean its own dollar:
        # Washington has no prime minister.
        official = opening.startswith(("Prime Minister", "Statement by the Prime Minister"))
    # "This week I will be travelling to the United States": a minister's own release from home.
    official = official or _travels_to_partner(text[:1500], pair, homes[0])
    return homes[0] if official else None


# A city state's own press, filed at home ("SINGAPORE - ..."), writes its dollar as "$" and marks
# the US one ("US$10.7 billion (S$14.5 billion)"); a wire service filing there writes "$" for USD.
_CITY_STATES = {"SGP": ("Singapore", "SGD"), "HKG": ("Hong Kong", "HKD")}
_WIRE_CREDIT = re.compile(r"\((?:Reuters|AFP|AP|Bloomberg|Xinhua|Bernama|Kyodo|Dow Jones)\)|\bReuters\b")


def _city_state_press(opening: str, pair: list[str]) -> str | None:
    """The dollar of Singapore or Hong Kong when the story's dateline is that city and no wire files it."""
    city = _dateline_city(opening)
    for code, (name, dollar) in _CITY_STATES.items():
        if code in pair and city == name and not _WIRE_CREDIT.search(opening):
            return dollar
    return None


_FIRST_PERSON_TRIP = re.compile(
    r"\b(?:I|We)\s+(?:will|shall|am|are)\s+(?:be\s+)?(?:travel\w*|visit\w*|head\w*|leav\w*\s+for)\s+"
    r"(?:to\s+)?(?:the\s+)?"
)


def _travels_to_partner(opening: str, pair: list[str], home: str) -> bool:
    """Whether the text's own voice says it travels to the other partner (a minister's release)."""
    trip = _FIRST_PERSON_TRIP.search(opening)
    if trip is None:
        return False
    ahead = find_countries(opening[trip.end() : trip.end() + 40])
    return (
        bool(ahead)
        and ahead[0].start == 0
        and DOLLAR_COUNTRIES.get(ahead[0].code) != home
        and ahead[0].code in pair
    )
