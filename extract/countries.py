"""Country mentions: names (ISO and press forms), demonyms and capitals, to ISO 3166-1 alpha-3."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import pycountry

from ._countries_data import ALIASES, CAPITALS, DEMONYMS, EXTRA_NAMES, NATIONALS
from ._trie import trie_pattern


@dataclass(frozen=True)
class CountryMention:
    """A country named in text: its code, span and how it was named."""

    code: str
    start: int
    end: int
    form: str  # "name", "demonym" or "capital"
    possessive: bool
    official: bool = False  # followed by an office: "Russian President", "India's Prime Minister"


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                names.setdefault(name, (country.alpha_3, "name"))
    names.update({name: (code, "name") for name, code in ALIASES.items()})
    names.update({name: (code, "demonym") for name, code in DEMONYMS.items()})
    # "Ukrainians launched ...": the people, named in the plural, stand for their country too.
    plurals = {f"{name}s": code for name, code in DEMONYMS.items() if name.endswith(("an", "i"))}
    names.update({name: (code, "demonym") for name, code in plurals.items() if name not in names})
    names.update({name: (code, "demonym") for name, code in NATIONALS.items() if name not in names})
    names.update({name: (code, "capital") for name, code in CAPITALS.items()})
    # Two-letter codes like "US" are only names in capitals; "in" is not India.
    alternation = trie_pattern(names)
    pattern = re.compile(r"(?<![\w.$])(" + alternation + r")(?![\w$])(?!\s?dollars?)('s|')?")
    return pattern, names


_CONTINENT_BEFORE = re.compile(r"\b(?:Latin|South|North|Central|Pan|African|Afro|Ibero)[\s-]$")
_COMBINING = frozenset(("Indo", "Sino", "Russo", "Turco"))
_COMPOUND_AFTER = re.compile(r"-(?!Pacific|China|European|Gangetic|Aryan)[A-Z]")


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in `text`, left to right."""
    pattern, names = _index()
    mentions = []
    for match in pattern.finditer(text):
        if match.group(1) in ("American", "Americans", "America") and _CONTINENT_BEFORE.search(
            text, 0, match.start()
        ):
            continue  # "the first Latin American country", "trading partner in South America": no US
        if match.group(1) in _COMBINING and not _COMPOUND_AFTER.match(text, match.end()):
            continue  # "Indo" only in "Indo-Omani", never in "Indo-Pacific" or alone
        code, form = names[match.group(1)]
        official = form != "capital" and bool(_OFFICE.match(text, match.end()))
        mentions.append(
            CountryMention(code, match.start(1), match.end(1), form, bool(match.group(2)), official)
        )
    return mentions


# "Russian President ...", "India's Prime Minister ...": a country whose official speaks or meets
# is a party to the talks, wherever the meeting is held.
_OFFICE = re.compile(
    r"\s+(?:(?:Deputy|Vice|First|Acting|Foreign|Trade|Economy|Commerce|Finance|Energy|Industry|"
    r"Investment|Prime|Crown)\s+)*(?:President|Premier|Prime Minister|Minister|Chancellor|Ambassador|"
    r"King|Emir|Sultan|Prince|Leader|Secretary|Envoy|Vice-President|Deputy Prime Minister)\b"
)
_EU_MEMBERS = frozenset(
    [
        "AUT",
        "BEL",
        "BGR",
        "HRV",
        "CYP",
        "CZE",
        "DNK",
        "EST",
        "FIN",
        "FRA",
        "DEU",
        "GRC",
        "HUN",
        "IRL",
        "ITA",
        "LVA",
        "LTU",
        "LUX",
        "MLT",
        "NLD",
        "POL",
        "PRT",
        "ROU",
        "SVK",
        "SVN",
        "ESP",
        "SWE",
    ]
)
OFFICIAL_WEIGHT = 0.7
MIN_SCORE = 1.0  # named once by name, or a demonym with an official
RIVAL_SHARE = 0.2  # "South Korea overtakes US, Japan in FDI to Indonesia": the overtaken are no party
RELATED_WEIGHT = 4.0  # "trade between Germany and the US" says which two the story is about


def article_countries(
    title: list[CountryMention],
    body: list[CountryMention],
    limit: int = 2,
    related: list[tuple[str, str]] | None = None,
    rivals: list[CountryMention] | None = None,
) -> list[str]:
    """The bilateral pair an article is about: the most-named countries, the headline counting
    most, a country whose official speaks more than one named in passing, and the two a sentence
    names as a pair ("trade between Germany and the US": `related`). `rivals`, the countries a
    ranking names as overtaken, count little and are left out of `title` and `body`."""
    scores: Counter[str] = Counter()
    for first, second in related or ():
        scores[first] += RELATED_WEIGHT
        scores[second] += RELATED_WEIGHT
    weights = {"name": 1.0, "demonym": 0.8, "capital": 0.3}
    for mention in body:
        scores[mention.code] += weights[mention.form] + (OFFICIAL_WEIGHT if mention.official else 0.0)
    for mention in title:
        scores[mention.code] += 3 * weights[mention.form]
    for mention in rivals or ():
        scores[mention.code] += RIVAL_SHARE * weights[mention.form]
    named = {m.code for m in title}
    if "EUU" in named and named & _EU_MEMBERS:
        # "India, France ... relaunch European Union free trade agreement": the member is the party.
        scores.pop("EUU", None)
    ranked = [code for code, score in scores.most_common() if score >= MIN_SCORE]
    return sorted(ranked[:limit])


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


_OVERTAKEN_BEFORE = re.compile(
    r"\b(?:overt(?:akes|ook|aken|aking)|surpass(?:es|ed|ing)|outpac(?:es|ed|ing)|ahead of|edging out|"
    r"displac(?:es|ed|ing)|replac(?:es|ed|ing)|dethron(?:es|ed|ing))\s+(?:the\s+)?$",
    re.I,
)
# "Japan ranked second, behind only the US, as a source of FDI", "the second largest trading
# partner after China", "second only to China": the partner ranked ahead.
_RANKED_AHEAD = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)\b[^.;]{0,45}?\b(?:after|behind)\s+(?:only\s+)?(?:the\s+)?$"
    r"|\bsecond\s+only\s+to\s+(?:the\s+)?$",
    re.I,
)
_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?")


def rivals_of(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """The countries a ranking names as overtaken ("overtakes US, Japan"), a list included."""
    out: list[CountryMention] = []
    for mention in mentions:
        if (
            _OVERTAKEN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            or _RANKED_AHEAD.search(text, max(0, mention.start - 70), mention.start)
        ) or (out and _LIST_JOIN.fullmatch(text, out[-1].end, mention.start)):
            out.append(mention)
    return out


def related_pairs(text: str, mentions: list[CountryMention]) -> list[tuple[str, str]]:
    """The pairs a sentence names as one: "between Germany and the US"."""
    pairs = []
    for a, b in pairwise(mentions):
        if (
            a.code != b.code
            and _AND_THE.fullmatch(text, a.end, b.start)
            and _BETWEEN.search(text, 0, a.start)
        ):
            pairs.append((a.code, b.code))
    return pairs


# A country the press calls by its form of state ("the Kingdom" in Saudi reporting, "the Sultanate"
# in Omani): the title stands for the one partner that holds it.
_STATE_TITLES = {
    "kingdom": frozenset(
        (
            "SAU",
            "BHR",
            "JOR",
            "MAR",
            "ESP",
            "NLD",
            "BEL",
            "NOR",
            "SWE",
            "DNK",
            "THA",
            "KHM",
            "BTN",
            "LSO",
            "SWZ",
            "TON",
        )
    ),
    "sultanate": frozenset(("OMN", "BRN")),
    "emirates": frozenset(("ARE",)),
    "grand duchy": frozenset(("LUX",)),
}
_STATE_TITLE = re.compile(
    r"\b[Tt]he\s+(?:(?:Gulf|Arab|Himalayan|oil-rich|desert|North African|Nordic|Scandinavian|Southeast Asian)\s+)?"
    r"(Kingdom|kingdom|Sultanate|sultanate|Emirates|Grand Duchy)\b('s|’s)?(?!\s+of\b)"
)


def state_titles(text: str, pair: list[str]) -> list[CountryMention]:
    """ "the Kingdom", "the Gulf kingdom's", "the Sultanate": the partner that is one, when only one is."""
    out = []
    for match in _STATE_TITLE.finditer(text):
        holders = [c for c in pair if c in _STATE_TITLES[match.group(1).lower()]]
        if len(holders) == 1:
            out.append(CountryMention(holders[0], match.start(), match.end(), "name", bool(match.group(2))))
    return out


def country_name(code: str) -> str:
    """A readable name for an ISO3 code ("TUR" -> "Türkiye")."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return EXTRA_NAMES.get(code, code)
    return getattr(country, "common_name", None) or country.name
