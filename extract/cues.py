"""Reading the words around a figure: its label, kind, year and qualifier."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ._trie import trie_pattern
from ._vocab import (
    ACTUAL_CUES,
    AGREEMENT_RECORD_NOUNS,
    BLOCKING_WORDS,
    COMMODITIES,
    FUTURE_INFINITIVES,
    GLOBAL_WORDS,
    GROWTH_VERBS_BASE,
    GROWTH_VERBS_GERUND,
    GROWTH_VERBS_PAST,
    INVESTMENT_WORDS,
    NEUTRAL_LABELS,
    PLANNED_CUES,
    PRICE_TAG_NOUNS,
    QUALIFIERS,
    SCOPE_WORDS,
    SIGNING_VERBS,
    STEP_CUES,
    TARGET_CUES,
    TRADE_WORDS,
)
from .periods import When, shifted


def _words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(" + trie_pattern(words) + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Label:
    """What a money figure is about, and where that word stands in the sentence."""

    metric: str  # "trade", "investment" or "blocked"
    start: int
    end: int
    word: str


_GROWTH = {
    **{w: "target" for w in (*GROWTH_VERBS_BASE, *GROWTH_VERBS_GERUND)},
    **{w: "actual" for w in GROWTH_VERBS_PAST},
}
# Keys are lower-case: every lookup lower-cases the word matched (case-insensitively).
_LABELS = {
    **{w.lower(): "trade" for w in TRADE_WORDS},
    **{w.lower(): "investment" for w in INVESTMENT_WORDS},
    **{w.lower(): "blocked" for w in BLOCKING_WORDS},
    **{w.lower(): "neutral" for w in NEUTRAL_LABELS},
}
_CUES = {**{w.lower(): "target" for w in TARGET_CUES}, **{w.lower(): "actual" for w in ACTUAL_CUES}}
_LABEL_RE = _words(_LABELS)
_CUE_RE = _words(_CUES)
_GROWTH_RE = _words(_GROWTH)
_COMMODITY_RE = _words(COMMODITIES)
_GLOBAL_RE = _words(GLOBAL_WORDS)
# "entered into two memoranda" signs; "the FTA entered into force" does not.
SIGNING_RE = re.compile(
    r"(?<![\w-])("
    + trie_pattern(SIGNING_VERBS)
    + r")(?![\w-])(?<!entered into(?= force))(?<!enter into(?= force))",
    re.I,
)
PLANNED_RE = _words(PLANNED_CUES)
# "agree to jointly invest 2 billion euros": an adverb may split the infinitive
_FUTURE_RE = re.compile(r"\bto (?:\w+ly )?(?:" + "|".join(FUTURE_INFINITIVES) + r")\b", re.I)
_PRICE_TAG_RE = re.compile(
    r"^\s*(?:-?\s*(?:worth|in total)\s+)?"
    # "a $500 million joint investment fund": what it holds, a thing's size
    # "the $410 billion China-UAE Joint Investment Fund": a compound of the pair's names may come first
    r"(?:(?-i:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+)\s+)?"
    # "$1.5 trillion Gulf economy": a region's or country's name may come first
    r"(?:(?-i:[A-Z][a-z]+)\s+(?=econom))?"
    r"(?:(?:joint|new|special|sovereign|infrastructure|development|credit|co-investment)\s+){0,2}"
    r"(?:" + trie_pattern(PRICE_TAG_NOUNS) + r")\b",
    re.I,
)
# The figure's own noun phrase: words only, so "in 2010 and two-way trade" (a new clause) is not one.
_ATTACHED_RE = re.compile(
    r"\s*(?:of|in|worth of)\s+((?:(?!(?:and|or|while|but)\s)[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+)", re.I
)
_STEP_RE = re.compile(r"(?<![\w-])(?:" + trie_pattern(STEP_CUES) + r")\s*$", re.I)
# "an increase of 16,6%, or $87 million": the same step in money.
_RESTATED_STEP = re.compile(r"\d\s?(?:%|percent|per cent),?\s+or\s*$", re.I)
_QUALIFIER_RE = re.compile(r"(?<![\w-])(" + trie_pattern(QUALIFIERS) + r")\s*(?:the\s+|a\s+)?$", re.I)


_COMPARISON = re.compile(
    r"\b(?:than|compared (?:to|with)|in comparison (?:to|with)|versus|vs\.?|against|up from|down from|from the same period)\b"
    # "reached US$7.84 billion, double that of 2014": the multiple's baseline.
    # "..., triple the amount seen in 2015"
    r"|\b(?:double|triple|twice|three times|half)\s+(?:that|the level|the figure|the amount|the total|the value)\s+"
    r"(?:(?:seen|recorded|registered|reported|posted)\s+)?(?:of|in)\b"
    # "..., double the 2014 figure": the year inside the multiple's noun phrase
    r"|\b(?:double|triple|twice|three times|half)\s+(?:the|its)\s+(?:19|20)\d\d\s+(?:figure|level|amount|total|value)\b"
    # "..., up 8.8 percent from a year ago": the change's baseline, not the figure's time.
    r"|\d\s?(?:%|percent|per cent)\s+(?:(?:increase|decrease|rise|drop|decline|gain|fall|jump|growth|more|less)\s+)?"
    r"(?:from|over|on|than|compared|above|below)\b"
    # "rose to $1.16 billion, which has exceeded that of 2013": the level it passed
    r"|\b(?:exceed(?:ed|s)?|surpass(?:ed|es)?|topped|above|beyond)\s+(?:that|those|the\s+(?:level|figure|total))\s+(?:of|in|for)\b"
    # "$18.8 million (up 4.8 times from the level of 2017)": a multiple's baseline
    r"|\b(?:\d+(?:\.\d+)?|two|three|four|five)\s*(?:times|-fold|fold)\s+(?:from|over|on|than|compared)\b",
    re.I,
)
_SKIPPED_PREPS = {"from", "between"}
_CLAUSE_AFTER_TIME = re.compile(r"[;:]|\bwhile\b|\bwhereas\b")
_AND = re.compile(r"\band\b")
# A past main verb before a gerund of growth makes the growth a record, not a plan.
# "with volume increasing fivefold to": the subject of an absolute clause; "with the aim of raising" is a plan.
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(?![^.;]*\b(?:aim|goal|target|view|hope|intention|plan|objective|purpose|idea)s?\b)"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,5}?$",
    re.I,
)
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?$|\b(?:was|were)\s+(?:\w+ly\s+)?$", re.I
)
_PAST_MAIN_VERB = re.compile(
    r"\b(?:saw|recorded|registered|posted|showed|witnessed|experienced|marked|achieved|logged|enjoyed)\b[^;]{0,80}$",
    re.I,
)
_THEN_BEFORE = re.compile(r"\b(?:before|after|then)\s+$", re.I)
FROM_END = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$", re.I)
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared (?:to|with)|versus|against)\s+(?:in\s+|with\s+)?(?:the\s+)?"
    # "compared to the same month in 2019": the year of the month compared against
    r"(?:(?:same|corresponding|like)\s+(?:period|months?|quarter|time)\s+(?:of\s+)?)?$",
    re.I,
)
# ", reversing a downward trend since 2012": a participle clause's time is its own.
# "... were sent in 2022, and even this year, from January to August, ...": "and even" opens a clause.
_TIME_CLAUSE_END = re.compile(
    r";|\bwhile\b|\bwhereas\b|,\s*(?:and|but)\b|\band\s+(?:even|also)\b(?!\s+(?:to\s+)?(?:US\$|USD|\$|€|£|\d))|"
    # "$2 billion and by the half of this year, the figure has gone beyond": a clause fronted by its time
    r"\band\s+(?=(?:by|in|during|over)\b[^,;.]{0,40},)|\band\s+the\s+(?:rest|remainder|remaining)\b|,\s*(?:reversing|ending|marking|extending|continuing)\b"
    # "... of approximately 6 billion US dollars and we very much want to increase this figure this year"
    r"|\band\s+(?:we|they|he|she|I|our)\s"
)
_WHICH_WAS = re.compile(
    r",\s*which\s+(?:was|were|stood|amounted|totall?ed|reached|came|had\s+reached)\s+(?:valued\s+|worth\s+|put\s+)?"
    r"(?:at|to)?\s*(?:(?:about|around|some|nearly|over|more than|almost|roughly)\s+)?$",
    re.I,
)
# ", and similar levels continued over the next four years": a clause of its own, not a list of sums
_CONTRAST = re.compile(
    r";|,\s*but\b|,\s*and\s+(?![\d$€£¥₹]|(?:about|around|some|nearly|over|more|up|at|to|by|then|later|further|eventually)\b)",
    re.I,
)
_KIND_CLAUSE_END = re.compile(r"[,;:]|\band\b|\bwhile\b|\bbut\b|\bwhereas\b")
# "... to $18.13 billion in 2017 with Indonesia's exports to India reaching $14 billion": a "with"
# clause that has its own participle tells a part, not the figure's measure.
_LABEL_CLAUSE_END = re.compile(
    r"[,;:()]|\bwhile\b|\bwhereas\b|\bwith\b(?=[^,;.]{0,60}?\b(?:reaching|standing|totall?ing|amounting|making up|"
    r"accounting for|rising|growing|climbing|falling|coming to)\b)"
    # "... $60 billion in the current fiscal year -- with an estimated surplus of $20 billion": an aside
    r"|\s(?:--?|–|—)\s"
)
_BETWEEN_WITH = re.compile(r"\b(?:between|with)\b")
_BY_YEAR = re.compile(r"\b(?:by|till|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")
_TARGET_YEAR_PREPS = {"by", "for", "until", "till", "through", "as early as", "before", "within"}
_TRAILING_FILLER = re.compile(r"(?:\s+(?:the|a|an|of|at|around|some))*[\s\"'«“]*$", re.I)
# "raise it to", "increase supplies «to at least": the figure is where a change goes.
# A level set against today's: "from the current 10 bcm to" names where it is to go.
_FROM_CURRENT = re.compile(
    r"\bfrom\s+(?:the|its|their)\s+(?:current|present|existing)\s+[^,;]{1,40}?\s+to\s*$", re.I
)
_EXPECTED_PERFECT = re.compile(
    r"\b(?:expect\w*|forecast\w*|projected|predict\w*)\s+(?:[\w']+\s+){0,3}?to\s+have\s+[\w-]+\s+"
    r"(?:(?:about|around|over|more than|nearly|almost|some|roughly)\s+)?$",
    re.I,
)
_MANAGED_TO_RAISE = re.compile(
    r"\b(?:succeeded|managed)\s+(?:in\s+|to\s+)(?:rais|increas|bring|lift|boost|doubl)\w*\b[^.;]{0,70}?\bto\s+"
    r"(?:(?:about|around|some|over|nearly|almost|more than)\s+)?$",
    re.I,
)
_CONTENT_WITH = re.compile(
    r"\b(?:happy|satisfied|content|complacent|pleased)\s+with\s+(?:the\s+)?(?:current\s+|present\s+)?"
    r"(?:(?:bilateral|two-way|mutual)\s+)?(?:trade|investments?|turnover)\s+(?:volume\s+)?(?:of|at)\s+"
    r"(?:(?:about|around|some|over|nearly|just)\s+)?$",
    re.I,
)
_ACTUAL_SUM = re.compile(
    r"\b(?:actual|actually\s+(?:used|utili[sz]ed|invested|disbursed)|utili[sz]ed|paid-in|disbursed)\s+"
    r"(?:[\w-]+\s+)?(?:investments?|capital|FDI|amount)\s+(?:of\s+|at\s+|reaching\s+)?"
    r"(?:(?:about|around|nearly|over|some|more than)\s+)?$",
    re.I,
)
_UNDER_TALKS = re.compile(
    r"\b(?:talks|negotiations|discussions)\s+(?:are\s+|were\s+)?(?:under\s?way|ongoing|continuing|in progress|held)\s+"
    r"(?:on|over|for|about)\b[^.;]*$|\b(?:being|are|were)\s+(?:negotiated|discussed)\b[^.;]*$|\bunder\s+negotiation\b[^.;]*$"
    # "the two sides are discussing an investment of $2 billion": a sum still talked about
    r"|\b(?:are|is|were|was)\s+(?:also\s+|now\s+)?(?:discussing|negotiating|mulling|considering|exploring)\s+"
    r"(?:a|an|the)\s+(?:possible\s+|potential\s+|proposed\s+)?(?:investments?|deals?|projects?)\b[^.;]{0,20}$",
    re.I,
)
_TO_BETWEEN = re.compile(r"\bto\s+between\s*$", re.I)
_ENDS_WITH_TO = re.compile(r"(?:^|[\s«“\"'(])to$")


_ONE_WAY_AFTER = re.compile(
    r"\s+(?:in\s+|worth\s+of\s+)?(exports|imports|shipments)\b(?!\s+and\s+(?:exports|imports))"
    # "$1.47 billion worth of South Korean products shipped to Colombia": goods going one way.
    r"|\s+worth\s+of\s+(?:[\w-]+\s+){0,3}?(?:products|goods|items|commodities)\s+"
    r"(shipped|exported|imported|sold|sent|bought|purchased)\b"
    # "diamonds ..., contributing more than a billion dollars each to imports and exports": a good's share
    r"|\s+(?:each\s+)?to\s+(?:both\s+)?(imports|exports)\b",
    re.I,
)


# Groups of countries and regions: a partner, but never one of the pair's two countries.
BLOC = re.compile(
    r"\b(?:ASEAN|Asean|BRICS|G7|G20|GCC|Gulf Cooperation Council|Mercosur|EAEU|Eurasian Economic Union|"
    r"African Union|Belt and Road|RCEP|CIS countries|CIS|Commonwealth of Independent States|EEU|EFTA|"
    r"Latin America|South America|North America|Central America|the Americas|the Caribbean|Central and Eastern Europe|Central Europe|Eastern Europe|Western Europe|Northern Europe|Southern Europe|Central Asia|Southeast Asia|South Asia|Middle East|[Ss]ub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|ECOWAS|Economic Community of West African States|East African Community|EAC|SADC|COMESA|"
    # A continent, not the country named after it ("South Africa", "the Central African Republic").
    r"(?<!South )(?<!Central )Africa(?!n Republic)|(?<!the )Europe(?!an Union)|the Arab world|Arab countries|"
    r"African countries|European countries|Asian countries|the Gulf countries|Gulf states|"
    r"OTS|Organization of Turkic States|Turkic states|Turkic Council|Turkic Republics|Turkic world|Turkic countries|SCO|Shanghai Cooperation Organi[sz]ation|"
    r"OIC|Arab League|member (?:and observer )?(?:countries|states)|global markets|world markets|international markets|"
    # A group named before and referred back to; "these two countries" stays the pair.
    r"(?:[Tt]hese|[Tt]hose) (?:countries|nations|states|economies)"
    # "trade between China and the Portuguese-language countries": a group defined by a trait
    r"|the [\w]+-(?:language|speaking) (?:countries|nations|states|world|bloc))\b"
)
# "an open economy with 14 free trade agreements", "a country that has 14 FTAs": what it holds
HOLDS_BEFORE = re.compile(
    r"\b(?:with|has|have|holds|hold|had)\s+(?:already\s+)?(?:some\s+|about\s+|over\s+|more than\s+)?$", re.I
)
# "12 free trade agreements already signed with various countries", "an open economy with 14 FTAs":
# agreements of one country with everyone, not with its partner.
WITH_EVERYONE = re.compile(
    r"\bwith\s+(?:various|other|many|several|numerous|foreign|third|\d+)\s+(?:other\s+)?"
    r"(?:countries|partners|nations|economies|blocs|trading partners)\b"
    r"|\b(?:economy|country)\s+with\s+\d+\s+(?:free trade agreements|FTAs|trade agreements)\b",
    re.I,
)


def find_label(left: str, right: str, left_at: int = 0, right_at: int = 0) -> Label | None:
    """The label nearest the figure: the last one before it, else the first one just after.

    `left_at` and `right_at` are where `left` and `right` start, so spans are sentence offsets.
    """
    one_way = _ONE_WAY_AFTER.match(right)
    if one_way:
        # "with nearly $2.3 billion exports": the figure names its own one-way flow.
        word = one_way.lastindex or 1
        return Label(
            "blocked", right_at + one_way.start(word), right_at + one_way.end(word), one_way.group(word)
        )
    attached = _ATTACHED_RE.match(right)
    if attached:
        # "£533m of new Indian investment": the figure's own noun beats any label before it.
        label = _LABEL_RE.search(right, attached.start(1), attached.end())
        if label and _LABELS[label.group(1).lower()] != "neutral":
            word = label.group(1)
            return Label(_LABELS[word.lower()], right_at + label.start(), right_at + label.end(), word)
    compound = _COMPOUND_LABEL.match(right) or _NOUN_RIGHT_AFTER.match(right)
    if compound and _LABELS.get(compound.group(1).lower(), "neutral") not in ("neutral", "blocked"):
        # "set a USD 200 billion annual trade target by 2032": the noun the figure modifies
        word = compound.group(1)
        return Label(_LABELS[word.lower()], right_at + compound.start(1), right_at + compound.end(1), word)
    asides = [a.span() for a in _ASIDE.finditer(left)] if "(" in left else []
    if "–" in left or " - " in left or "—" in left:
        # "The trade flow between the two countries – that is, the sum of everything Brazil exports
        # to and imports from the US – reached": a gloss between dashes
        asides += [a.span() for a in _DASH_ASIDE.finditer(left)]
    before = [
        m
        for m in _LABEL_RE.finditer(left)
        if _LABELS[m.group(1).lower()] != "neutral"
        # "Total trade in goods and services (exports plus imports) ... was £2.1bn": a gloss
        and not any(a <= m.start() < b for a, b in asides)
        and not _in_name(left, m)
        and not _a_city(left, m)
        and not _not_a_measure(left, m)
    ]
    if before:
        m = before[-1]
        word = m.group(1)
        return Label(_LABELS[word.lower()], left_at + m.start(), left_at + m.end(), word)
    clause = _LABEL_CLAUSE_END.split(right, maxsplit=1)[0][:80]
    opens = left_at == 0 and left.strip() and _FRONTED_BEFORE.fullmatch(left)
    fronted = _FRONTED_REST.match(right) if opens else None
    if fronted:
        clause = fronted.group(1)  # the figure opens the sentence; its measure is the subject after the comma
        right_at += fronted.start(1)
    after = next(
        (
            m
            for m in _LABEL_RE.finditer(clause)
            if _LABELS[m.group(1).lower()] != "neutral" and not (fronted and _not_a_measure(clause, m))
        ),
        None,
    )
    if after:
        word = after.group(1)
        return Label(_LABELS[word.lower()], right_at + after.start(), right_at + after.end(), word)
    return None


_ASIDE = re.compile(r"\([^()]{0,60}\)")
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—.;]{3,120}?\s[-–—]\s")
# "From just $1.8 billion in 2001, trade rose to ...", "Standing at USD 54 billion, Saudi investments
# in Egypt are ...": a figure in the sentence's opening phrase, before its subject.
_FRONTED_BEFORE = re.compile(
    # "After peaking at $108 billion in 2011, annual trade has been declining"
    r"\s*(?:(?:after|since|before)\s+(?:peaking|peaked|hitting|reaching|topping|standing)\s+)?"
    r"(?:(?:starting|standing|valued|estimated|totall?ing|amounting|worth|up|down)\s+)?(?:from|at|with|to)?\s*"
    r"(?:(?:just|only|an?|modest|mere|about|around|nearly|some|over|almost|roughly|more than|less than)\s+){0,3}",
    re.I,
)
_FRONTED_REST = re.compile(r"[^,;:()]{0,40}?,\s+([^,;:()]{0,60})")
# "to reach the target of $1 billion trade by 2018": the measure named right after the figure, when
# it names no thing ("a $2 billion trade deal" is a deal's price).
_NOUN_RIGHT_AFTER = re.compile(
    r"[\s-]+(?:(?:annual|yearly|bilateral|two-way|total|mutual)\s+){0,2}(trade|investment|investments)\b"
    r"(?!\s+(?:deal|agreement|pact|contract|package|fund|project|plan|programme|program|zone|corridor|"
    r"mission|delegation|forum|fair|cent(?:er|re)|hub|office|bank|vehicle|company|firm|portfolio|pledge|"
    r"commitment|treaty|promotion|climate|relations|ties|partner)s?\b)",
    re.I,
)
_COMPOUND_LABEL = re.compile(
    r"[\s-]+(?:(?:annual|yearly|bilateral|two-way|total|mutual)\s+){0,2}(trade|investment|investments)\s+"
    r"(?:target|goal|turnover|volume|objective|ambition)s?\b",
    re.I,
)
# "the refreshed trade strategy", "investment treaty talks": the word names a policy, not a measure.
_POLICY_AFTER = re.compile(
    r"\s+(?:strateg(?:y|ies)|polic(?:y|ies)|ministers?|ministry|pacts?|talks|missions?|fairs?|shows?|wars?|"
    r"barriers?|disputes?|rules|envoys?|promotion|delegations?|treat(?:y|ies)|negotiations?|regime)\b",
    re.I,
)


def _not_a_measure(text: str, m: re.Match[str]) -> bool:
    return m.group(1).lower() in ("trade", "investment") and (
        bool(_POLICY_AFTER.match(text, m.end()))
        # "the Hungarian minister of foreign affairs and trade disclosed": a portfolio, in lower case too
        or bool(_MINISTER_OF_BEFORE.search(text, max(0, m.start() - 60), m.start()))
    )


_MINISTER_OF_BEFORE = re.compile(
    r"\b(?:minister|ministry|ministers|secretary|department|commissioner)\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:and\s+)?$",
    re.I,
)


def _a_city(text: str, m: re.Match[str]) -> bool:
    """ "in the capital Mexico City", "the capital, Astana": a seat of government, not capital invested."""
    return m.group(1).lower() == "capital" and bool(_CITY_AFTER.match(text, m.end()))


_CITY_AFTER = re.compile(r",?\s+(?:city\s+(?:of\s+)?)?[A-Z]|\s+city\b")


def _in_name(text: str, m: re.Match[str]) -> bool:
    """ "Minister of International Trade and Industry": a capitalised label inside a proper name."""
    if not m.group(1)[0].isupper():
        return False
    before = text[: m.start()].split()[-1:]
    after = text[m.end() :].split()[:2]
    if not before or not before[0][:1].isupper() or not before[0][-1].isalpha():
        return False  # first word of the sentence, or after "BEIJING:"
    following = after[1] if after[:1] in (["and"], ["of"]) and len(after) > 1 else (after[0] if after else "")
    return following[:1].isupper()


def is_price_tag(right: str, left: str = "") -> bool:
    """True when the money is a price on a thing: "$3.2-bln pipeline", "£1bn of deals", "the
    USD 4.2 billion Ho Tram tourism complex"."""
    if (
        _PRICE_TAG_RE.search(right)
        or _COSTS_BEFORE.search(left[-60:])
        or _PORTFOLIO_BEFORE.search(left[-130:])
        or (
            (_PROJECTS_WORTH.search(left[-80:]) or _PROJECTS_TOTAL.search(left[-180:]))
            and not _RUNS_PROJECTS.search(left[-120:])
        )
    ):
        return True
    return (
        bool(left)
        and bool(_DETERMINER_END.search(left))
        and bool(_NAMED_THING.match(right) or _DESCRIBED_THING.match(right))
    )


# "the project, which will cost Qatar and investors $30 billion", "at a cost of $2bn": what a thing
# costs, whoever pays, is no investment between two countries.
_COSTS_BEFORE = re.compile(
    r"\b(?:will|would|to|which|that|it)\s+(?:also\s+)?cost(?:s|ing)?\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:(?:about|around|nearly|over|some|an estimated|more than)\s+)?$"
    r"|\b(?:at\s+a|the)\s+(?:total\s+|estimated\s+)?cost\s+of\s+(?:(?:about|around|nearly|over|some)\s+)?$"
    # "to set up a joint investment company worth up to $1 billion": a vehicle's size
    r"|\b(?:company|fund|venture|platform|vehicle)\s+(?:worth|valued at|with (?:a\s+)?capital of)\s+"
    r"(?:(?:up to|about|around|some|nearly|over)\s+)?$",
    re.I,
)
# "56 joint investment projects worth $27.2 billion": what a list of projects is worth, not money
# that has moved; those a country runs ("is operating 22 investment projects worth nearly 3 billion
# USD", "1,134 projects worth $9.72 billion" of registered FDI) are its investment.
_PROJECTS_WORTH = re.compile(
    r"\binvestment\s+projects\s+(?:in\s+[A-Z][\w-]*\s+)?(?:worth|valued at|with a (?:total )?value of)\s+"
    r"(?:(?:up to|about|around|some|nearly|over|more than|almost)\s+)?$",
    re.I,
)
# "have picked 18 priority projects in energy, mining and ports, with a total investment of over
# $25 billion": a list of projects and what they would cost.
_PROJECTS_TOTAL = re.compile(
    r"\b(?:priority|key|major|joint|flagship|cooperation|selected|identified)\s+(?:[\w-]+\s+)?projects\b"
    r"[^.;$\d]{0,110}?,?\s+with\s+(?:a\s+)?(?:combined\s+|total\s+|overall\s+)?(?:investment|value|cost)\s+of\s+"
    r"(?:(?:up to|about|around|some|nearly|over|more than|almost)\s+)?$",
    re.I,
)
_RUNS_PROJECTS = re.compile(
    r"\b(?:operat\w*|running|runs|has|have|had)\s+(?:[\w-]+\s+){0,3}?investment\s+projects\b", re.I
)
# "The portfolio of joint investment projects of the two countries is over $55 billion"
_PORTFOLIO_BEFORE = re.compile(
    # "portfolio investment" is money invested in shares, not a list of projects
    r"\bportfolio\b(?!\s+investments?\b)[^.;$]{0,90}?\b(?:is|was|exceeds|exceeded|stands at|stood at|totals|totalled|amounts to|"
    r"reached|of|worth)\s+(?:(?:up to|about|around|some|nearly|over|more than|almost)\s+)?$",
    re.I,
)
_DETERMINER_END = re.compile(r"\b(?:the|a|an)\s+$", re.I)
# A name, then what it names: "Ho Tram tourism complex", "Phu My 3 power plant".
# A thing described, then named by its kind: "a $900 million solar energy park".
_DESCRIBED_THING = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?:complex|plant|park|factory|refinery|mine|resort|hotel|terminal|facility|bridge|airport|pipeline|dam|"
    r"mall|tower|hospital|smelter|mill|farm|station)\b"
)
_NAMED_THING = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2}"
    r"(?:complex|plant|project|port|park|factory|refinery|mine|resort|hotel|zone|terminal|facility|railway|"
    r"bridge|airport|pipeline|dam|mall|tower|centre|center|hospital|smelter|mill)\b"
)


_SCOPE = trie_pattern(SCOPE_WORDS)
_SCOPE_BEFORE = re.compile(
    r"(?<![\w-])(" + _SCOPE + r")(?:\s+(?:bilateral|mutual|two-way|[a-z]+-[a-z]+))?\s*$", re.I
)
_SCOPE_AFTER = re.compile(r"^\s+(?:in|of)\s+(" + _SCOPE + r")(?![\w-])(?!\s+and\s+(?:goods|services))", re.I)


def scope_of(text: str, label: Label | None) -> str | None:
    """The part of the metric a figure covers, read at its label: "non-oil trade", "trade in
    services"; None for the whole ("trade in goods and services")."""
    if label is None:
        return None
    found = _SCOPE_BEFORE.search(text, max(0, label.start - 40), label.start) or _SCOPE_AFTER.match(
        text[label.end : label.end + 40]
    )
    return SCOPE_WORDS[found.group(1).lower()] if found else None


# "27 MoUs worth $2.8 billion", "14 investment agreements worth more than 29 billion riyals".
_WORTH_AFTER_AGREEMENTS = re.compile(
    r"(?<![\w-])(?:" + trie_pattern(AGREEMENT_RECORD_NOUNS) + r")\s+(?:[\w-]+\s+){0,2}?"
    # "Agreements on the implementation of investment projects worth $470 million": what they cost
    r"(?:(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?projects?\s+)?"
    r"(?:worth|valued at|totall?ing|amounting to|with a (?:total )?value of)\s*"
    r"(?:(?:about|around|some|over|more than|nearly|almost|up to|approximately|roughly)\s+)?$",
    re.I,
)


def prices_agreements(left: str) -> bool:
    """True when the figure after `left` is what a batch of agreements is worth, not a flow."""
    return bool(_WORTH_AFTER_AGREEMENTS.search(left[-120:]))


def is_step_after(right: str) -> bool:
    """True when the noun after the figure makes it a change ("a $5 billion increase")."""
    return bool(_STEP_NOUN_AFTER.match(right))


_STEP_NOUN_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:increase|rise|jump|boost|decline|drop|fall|decrease|hike|gain|surge)s?\b",
    re.I,
)


def is_step(bare_left: str) -> bool:
    """True when the figure measures a change ("grew by $300 million"), not the level reached."""
    tail = bare_left[-40:]
    if _MADE_UP.search(tail) or _TIED_BY.search(tail):
        # "trade made up $113 million", "the two are tied by €16 billion of trade": the level itself
        return False
    return bool(_STEP_RE.search(tail) or _RESTATED_STEP.search(tail))


_MADE_UP = re.compile(r"\b(?:made|make|makes|making)\s+up\s*$", re.I)
_TIED_BY = re.compile(r"\b(?:tied|bound|linked|connected|united|joined)\s+(?:together\s+)?by\s*$", re.I)


_GLOBAL_TIMES = re.compile(
    r"\s+(?:economic\s+|financial\s+|energy\s+|food\s+|health\s+)?(?:downturn|crisis|crises|slowdown|recession|"
    r"pandemic|uncertainty|uncertainties|headwinds|turmoil|situation|environment|conditions|challenges|"
    r"supply chain disruptions|tensions|inflation)\b",
    re.I,
)


def is_global(left: str) -> bool:
    """True when the figure is a world or total-foreign figure, not a bilateral one."""
    found = (
        [
            m
            for m in _GLOBAL_RE.finditer(left)
            # "Mexico ranks as the third-largest recipient of Spanish FDI worldwide": the ranking's field
            if not (
                m.group().lower() == "worldwide"
                and _RANKED_RECIPIENT.search(left, max(0, m.start() - 90), m.start())
            )
            # "Despite the global economic downturn, bilateral trade hit $9 billion": the times, no total
            and not (m.group().lower() == "global" and _GLOBAL_TIMES.match(left, m.end()))
            # "data from the Foreign Trade Secretariat", "the Ministry of Foreign Trade": an office's name
            and not (
                m.group()[:1].isupper() and _IN_OFFICE_NAME.search(left, max(0, m.start() - 30), m.end() + 30)
            )
        ]
        or list(_TOTAL_FLOW.finditer(left))
    )
    # "Gazprom's total exports to China will reach 48 bcm": a flow to a partner named is no world total.
    found = [
        m for m in found if not (m.group().lower().startswith("total") and _TO_PARTNER.match(left, m.end()))
    ]
    # "foreign trade between the two countries" is bilateral after all, and so is "Our goal [on
    # trade between Turkey and Russia] is to get back to the foreign trade levels of $33 billion".
    return (
        bool(found)
        and not _BETWEEN_WITH.search(left, found[-1].end())
        and not (
            found[-1].group().lower() == "foreign trade"
            and (
                _BETWEEN_OPEN_CLAUSE.search(left, max(0, found[-1].start() - 120), found[-1].start())
                # "the foreign trade turnover of Kazakhstan and China": the two countries' trade together
                or _OF_TWO_COUNTRIES.match(left, found[-1].end())
            )
        )
    )


_OF_TWO_COUNTRIES = re.compile(
    r"(?:\s+turnover)?\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+and\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
_BETWEEN_OPEN_CLAUSE = re.compile(
    r"\bbetween\b(?![^;]*?(?:\bwhile\b|\bwhereas\b|\bbut\b|,\s*and\b|;))[^;]*$", re.I
)
_RANKED_RECIPIENT = re.compile(
    r"\b(?:largest|biggest|top|leading|main|\w+-largest|\w+-biggest)\s+(?:recipient|destination|investor|source)s?\s+of\b",
    re.I,
)
# "the Philippines' total rice imports reached 3.6 million tons": one country's flow with everyone.
_TOTAL_FLOW = re.compile(r"\btotal\s+(?:[\w-]+\s+){0,2}?(?:imports|exports|purchases|shipments)\b", re.I)
_OFFICES = (
    r"(?:Secretariat|Ministry|Minister|Department|Bank|Office|Council|Committee|Agency|Institute|Service|"
    r"Organi[sz]ation|Cent(?:re|er)|Administration|Board|Chamber|Commission|Bureau|Directorate)"
)
_IN_OFFICE_NAME = re.compile(
    rf"\b{_OFFICES}\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z]\w+(?:\s+[A-Z]\w+)*)\b"
    rf"|(?-i:[A-Z]\w+(?:\s+[A-Z]\w+)*)\s+{_OFFICES}\b"
)
_TO_PARTNER = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?[A-Z]")


def qualifier_of(left: str) -> tuple[str, str]:
    """The qualifier word just before the figure, and the left context without it."""
    # The qualifier ends the left context; searching only its tail keeps this cheap.
    offset = max(0, len(left) - 24)
    match = _QUALIFIER_RE.search(left, offset)
    if match is None:
        return "exact", left
    return QUALIFIERS[match.group(1).lower()], left[: match.start()]


# Actual cues that are verbs in their base form: only these can follow "to" or "will".
_BASE_VERBS = {"exceed", "total", "hit", "amount to", "cross", "top", "pass", "surpass", "stand at"}
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|could|should|may|might|shall|can)\s+(?:[a-z]+ly\s+)?$", re.I)


# "will announce £21bn of investments committed": the future is the announcement's, not the figure's.
_REPORTING_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:announce|unveil|present|publish|report|release|discuss|welcome|highlight|showcase|"
    r"mark|celebrate|hold|host|visit)\b",
    re.I,
)
_NOTED_AFTER = re.compile(
    r"\s+be\s+(?:noted|mentioned|recalled|stressed|emphasi[sz]ed|pointed out|added|remembered|underlined)\b",
    re.I,
)
# "rose 40 percent to reach $20bn": an infinitive after a past rise tells where it went, not a goal.
_PAST_RISE = re.compile(
    r"(?:\b(?:rose|grew|increased|jumped|climbed|soared|surged|doubled|tripled|quadrupled|multiplied|expanded|advanced|gained|"
    # "has grown 11-fold to exceed 4 billion euros": a perfect tense has risen already
    r"(?:has|have|had)\s+(?:grown|risen|increased|jumped|climbed|soared|surged|doubled|tripled|expanded)|"
    r"rebounded|recovered|(?:went|inched|edged|ticked|moved|picked) up)\b[^,;]{0,100}"
    r"|\d\s?(?:%|percent\b|per cent\b)[^,;]{0,50})$",
    re.I,
)


_PLACE_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")
_WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:[\w.]+\s+){1,4}?(?:at|of)\b[^,;]{0,40}$", re.I)
_NOUN_AFTER_TOTAL = re.compile(
    r"\s+(?!(?:about|around|some|over|more|nearly|almost|roughly|approximately|at|up|an|only|just|less)\b)"
    r"(?:[a-z-]+\s+){0,2}(?:trade|investments?|turnover|exports|imports|flows?|stock|value|volume|FDI)\b"
)


_SUBORDINATE = re.compile(r"\b(?:as|while|when|because|since)\s", re.I)


def _cue_kind(text: str, match: re.Match[str]) -> str | None:
    """A cue's kind; "expect it to exceed" or "will reach" turns an actual verb into a target."""
    word = match.group(1).lower()
    if (
        match.group(1)[0].isupper()
        and match.start() > 0
        and text[: match.start()].rstrip()[-1:] not in ".\"'"
    ):
        return None  # "the Ministry of Planning", "Vision Plan": part of a name
    kind = _CUES[word]
    if word == "total" and _NOUN_AFTER_TOTAL.match(text, match.end()):
        return None  # "firms which contributed to total two-way investment of": an adjective, no verb
    if word == "estimated at" and _WILL_BEFORE.search(text, max(0, match.start() - 90), match.start()):
        return None  # "KOGAS will bring in LNG at an annual volume estimated at 1.58 million tons": the future's size
    if kind == "actual" and word in _BASE_VERBS and _MODAL_BEFORE.search(text, 0, match.start()):
        to = _TO_BEFORE.search(text, 0, match.start())
        if (
            to is not None
            and _PAST_RISE.search(text, 0, to.start())
            # "has grown by 36 percent and is expected to exceed $10 billion": a forecast after the rise
            and not _EXPECTED_BEFORE.search(text, max(0, to.start() - 30), to.start())
        ):
            return "actual"  # "doubled over the past 10 years to hit 3.2 billion EUR": where the rise took it
        return "target"
    if word in ("will", "would", "shall") and _REPORTING_AFTER.match(text, match.end()):
        return None
    if word in ("sees", "seen") and _SUBORDINATE.search(text, match.end()):
        return (
            None  # "Finland sees rising opportunities as bilateral trade reaches €3 billion": its own clause
        )
    if _NOTED_AFTER.match(text, match.end()):
        return None  # "It should be noted that earlier, in 2024, trade amounted to ...": the writer's aside
    if word == "going to" and _PLACE_AFTER.match(text, match.end()):
        return None  # "the amount going to Australia was": where money went, no future
    if word == "to reach" and _PAST_RISE.search(text, 0, match.start()):
        return "actual"
    if kind == "actual" and word in _REACHING and _AIMED_AT.search(text, 0, match.start()):
        return "target"  # "committed to reaching", "efforts aimed at reaching": still ahead
    return kind


_REACHING = frozenset(
    (
        "reaching",
        "achieving",
        "hitting",
        "crossing",
        "surpassing",
        "exceeding",
        "touching",
        "attaining",
        "topping",
    )
)
_TO_BEFORE = re.compile(r"\b(?:to|towards?)\s+$", re.I)
_AIMED_AT = re.compile(r"\b(?:to|towards?|(?:aim(?:s|ed|ing)?|directed|geared)\s+at)\s+$", re.I)


# "a 200-fold rise from $100m to $22.9bn": after an article or a size the word is a noun.
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|this|that)\s+(?:[\w.%-]+\s+)?$|-fold\s+$|\bper ?cent\s+$|%\s+$", re.I
)


def is_kind_cue(words: str) -> bool:
    """Whether `words` (a qualifier as written: "topped the", "exceeded") open with a kind cue."""
    first = _CUE_RE.match(words.strip())
    return first is not None and first.group(1).lower() in _CUES


# "$450 million is still insufficient compared with the true potential": a level set against a
# goal, not the goal.
# A time after the figure's comma that opens the next clause, whose subject follows it.
# "..., this year the volume ...", "$600 million and this year we expect it to be": the next clause's time
_TIME_OPENS_CLAUSE = re.compile(r"[^,;]{0,12},\s*(?:and\s+|while\s+|but\s+)?|\s+(?:and|while|but|whereas)\s+")
_SUBJECT_AFTER_TIME = re.compile(r",?\s+(?:the|our|its|their|we|it|this|that)\s", re.I)
_NEXT_FIGURE_AFTER_TIME = re.compile(
    # "In 2012 it amounted to USD 960 million, in 2013 – USD 1.2 billion": a dash stands for the verb
    # (a stray symbol may stand for the sign: "in 2011 – %38.6 billion")
    r"\s*,?\s*(?:(?:to|at|it was|it stood at|and)\s+|[-–—:]\s*[^\w\s]?)(?:about\s+|over\s+|nearly\s+)?(?:US|USD|\$|€|£|\d)",
    re.I,
)
_MEASURED_AGAINST = re.compile(
    r"\b(?:compared (?:with|to)|in comparison (?:with|to)|does not reflect|do not reflect|doesn't reflect|"
    r"below|short of|far from|falls short of|than)\b",
    re.I,
)
_MODAL_BE = re.compile(
    r"\b(?:could|can|will|would|should|may|might|must|shall|to)\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?$", re.I
)


_GOAL_CHANGED = re.compile(
    r"\b(?:target|goal|objective)s?\b(?:\s+[\w-]+){0,4}?\s+(?:has|have|had|was|were)\s+(?:been\s+)?"
    r"(?:more than\s+)?(?:raised|increased|doubled|tripled|lifted|revised|moved|cut|lowered|reduced|upgraded)\b"
    r"[^;]{0,60}?\b(?:from|to)\s+(?:(?:about|around|over|nearly)\s+)?$",
    re.I,
)
_ROSE_TO_REACH = re.compile(
    r"\b(?:rose|grew|grown|increased|jumped|climbed|surged|expanded|soared|went up)\b[^.;]{0,80}?"
    r"\bto\s+(?:reach|hit|touch|top|stand at|total)\s+(?:(?:about|over|nearly|some|around|more than)\s+)?$",
    re.I,
)
_MODAL_RISE = re.compile(
    r"\b(?:can|could|may|might|would)\s+(?:\w+\s+)?(?:go|rise|reach|grow|climb|increase|jump|touch|hit|exceed|cross|"
    r"achieve|attain)"
    r"\s+(?:up\s+)?(?:to\s+)?(?:(?:about|over|nearly|around)\s+)?$",
    re.I,
)
_AHEAD_WORDS = re.compile(
    r"\b(?:will|would|shall|expected|expects?|projected|forecasts?|aims?|aimed|plans?|planned|targets?|"
    r"set to|likely|hopes?|could|can|may|might|should)\b",
    re.I,
)
_BEAT_GOAL = re.compile(
    r"\b(?:surpassed|exceeded|beat|overshot|outstripped|topped)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal)s?\s*,?\s*(?:to|at|reaching|and reached|hitting)\s+(?:(?:about|nearly|over|some)\s+)?$",
    re.I,
)
_GOAL_JUST_BEFORE = re.compile(r"\b(?:target|goal|aim|objective)s?\s+(?:is\s+|are\s+)?$", re.I)
# A speaker's hope governs the clause it opens, whatever verb of level follows.
_HOPE_THAT = re.compile(r"\b(?:I|we)\s+(?:do\s+)?hope\s+(?:that\s+)?[^.;,]{0,60}$", re.I)


def _early_kind(left: str, prefix: str) -> str | None:
    """The kind a whole construction decides before any cue word is weighed (word checks first: most
    figures have none of these words near them)."""
    words = left.lower()
    goal_before = "target" in prefix[-140:].lower() or "goal" in prefix[-140:].lower()
    if "will" in words and _WILL_LAUNCH.search(left):
        return "target"  # "Hungary will soon launch four investment projects totalling 150 million dollars"
    if "hope" in words and _HOPE_THAT.search(left):
        return "target"  # "I hope that we have reached some $4 billion by the end of the year"
    if goal_before and _GOAL_CHANGED.search(prefix[-140:]):
        return (
            "target"  # "The trade target has more than doubled from $400 million to $1 billion": both goals
        )
    if _MODAL_WORD.search(words) and _MODAL_RISE.search(left):
        return "target"  # "If connectivity improves, the bilateral trade volume can go up to $4 billion"
    rose = _ROSE_TO_REACH.search(left) if _TO_REACH_END.search(left[-40:]) else None
    if rose is not None and not _AHEAD_WORDS.search(left, 0, rose.start()):
        return "actual"  # "had grown by more than 135% ... to reach US$882 million in 2011": the result
    if goal_before and _BEAT_GOAL.search(left):
        return "actual"  # "Two-way trade surpassed the target to 1.25 billion USD": a goal met is a record
    if "which" in words and _WHICH_CAME_TO.search(left[-60:]):
        return "actual"  # "signed a Trade Agreement to boost commerce, which amounted to $3.6 billion"
    return None


# A relative clause's own past verb just before the figure tells its tense, whatever came before it.
_WHICH_CAME_TO = re.compile(
    r",\s+which\s+(?:had\s+|has\s+)?(?:amounted|stood|came|totall?ed|reached|hit|rose|grew|increased)"
    r"(?:\s+(?:to|at))?\s+(?:(?:about|around|some|nearly|over|more than|almost|a record)\s+)?$",
    re.I,
)


_WILL_LAUNCH = re.compile(
    r"\b(?:will|shall)\s+(?:soon\s+|also\s+|now\s+|jointly\s+)?(?:launch|open|build|invest|set up|establish|implement|"
    r"start|begin|create|develop)\b[^;]{0,100}$",
    re.I,
)
_GOAL_OBJECT = re.compile(
    r"\s+(?:(?:the|their|its|our|a|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:goal|target|objective|ambition)s?\b"
    r"[^,;]{0,40}?\bto\s+$",
    re.I,
)
_MODAL_WORD = re.compile(r"\b(?:can|could|may|might|would)\b")
_TO_REACH_END = re.compile(r"\bto\s+(?:reach|hit|touch|top|stand at|total)\s+", re.I)


# A verb of witnessing tells what happened: "has seen trade triple to", "the deal that's seen".
_WITNESS = r"\b(?:(?:has|have|had)\s+seen|['’]s\s+seen|saw|witnessed)\s+"
_WITNESSED_RISE = re.compile(
    _WITNESS + r"(?:[\w'’-]+\s+){0,8}?"
    r"(?:triple|double|quadruple|rise|grow|jump|climb|increase|surge|soar|reach|hit)\s+(?:to\s+)?"
    r"(?:(?:about|around|over|more than|nearly|almost|some)\s+)?$",
    re.I,
)
_GOAL_OF_REACHING = re.compile(
    r"\b(?:goal|target|aim|objective)\s+of\s+(?:[\w-]+\s+){0,4}?(?:reaching|hitting|touching|exceeding|crossing|"
    r"surpassing|topping)\s+(?:(?:about|around|some|nearly|over|more than|at least)\s+)?(?:the\s+)?$",
    re.I,
)


# The level a forecast is measured against: "may surpass last year's figure of", "to beat the 2019 record of".
_SURPASSED_FIGURE = re.compile(
    r"\b(?:surpass|exceed|top|beat|overtake|outstrip|eclipse|break|better)\w*\s+(?:the\s+)?[^,;]{0,40}?"
    r"\b(?:figure|level|record|total|tally|mark|peak|high)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)


def kind_of(left: str, right: str, prefix: str) -> str | None:
    """'target' or 'actual' from the words around a figure; None when nothing says."""
    # "to lift trade from $20 billion to between $30 billion and $40 billion": a range is the level
    left = _TO_BETWEEN.sub("to", left)
    if _WHICH_WAS.search(left[-60:]):
        return "actual"  # "... to remove tariffs on trade between the two, which was valued at ¥41.8 billion"
    if _SURPASSED_FIGURE.search(left[-90:]):
        return (
            "actual"  # "this year's trade may surpass FY 2021-22's figure of $73 billion": the record to beat
        )
    if _EXPECTED_PERFECT.search(left[-90:]):
        return "target"  # "we expect it to have exceeded 10 billion by December 31": a forecast still
    if _MANAGED_TO_RAISE.search(left[-120:]):
        return "actual"  # "the company has succeeded in raising supplies on that route to 1.5 bcm": done
    if _CONTENT_WITH.search(left[-80:]):
        return "actual"  # "we should not be happy with bilateral trade of $125 billion": the level now
    if _ACTUAL_SUM.search(left[-60:]):
        return (
            "actual"  # "approved 9,394 German projects to invest, with actual investment of $28.18 billion"
        )
    if _UNDER_TALKS.search(left[-120:]):
        return (
            "target"  # "talks are under way on eight Turkish investments worth USD 500 million": not made yet
        )
    if _GOAL_NOUN_AFTER.match(right):
        return "target"  # "to cross the $100 billion bilateral trade target by 2030": the figure names a goal
    if _names_earlier_goal(left):
        return "target"  # "up from their previous commitment of £2.5 billion": a goal superseded is a goal
    if _WITNESSED_RISE.search(left[-90:]):
        return "actual"  # "aiming to build on the deal that's seen two-way trade triple to $23 billion"
    if _GOAL_OF_REACHING.search(left[-90:]):
        return "target"  # "set the ambitious goal of bilateral trade reaching $100 billion in 2015"
    early = _early_kind(left, prefix)
    if early is not None:
        return early
    bare = _TRAILING_FILLER.sub("", left[-60:])
    lower = bare.lower()
    if (
        lower.endswith(("compared to", "compared with", "as against", "against", "versus", "relative to"))
        or _FROM_BASELINE.search(lower)
        or _EXISTING_BEFORE.search(lower)
    ):
        return "actual"  # a baseline ("up from $4bn", "compared to $4.57bn in 2021") has happened
    cues = [(m, k) for m in _CUE_RE.finditer(left) if (k := _cue_kind(left, m))]
    # "Our target now is $1 billion": the goal as it stands now, still a goal.
    cues = [
        (m, k)
        for m, k in cues
        if not (
            m.group(1).lower() in ("now", "currently", "today")
            and _GOAL_JUST_BEFORE.search(left, max(0, m.start() - 24), m.start())
        )
    ]
    if any(k == "target" for _, k in cues):
        # "intends to lead investments worth $30 billion": "worth" names the sum, not its tense.
        cues = [(m, k) for m, k in cues if m.group(1).lower() != "worth"]
    found = [(m.end(), k) for m, k in cues]
    found += [
        (m.end(), "target") for m in _FUTURE_RE.finditer(left) if not _PAST_RISE.search(left, 0, m.start())
    ]
    if _ENDS_WITH_TO.search(lower):
        # "rose to $5bn" is an actual, "raise trade to $15bn" a target; "are expected to
        # rise to" has its own cue. Look in this figure's clause first, then the whole sentence.
        # Only this figure's clause: "growing by $56 mln, while investment amounted to $123 mln".
        own = [m.end() for m in _TIME_CLAUSE_END.finditer(left)]
        verbs = [
            v
            for v in _GROWTH_RE.finditer(left, own[-1] if own else 0)
            if not _NOUN_BEFORE.search(left, 0, v.start())
        ]
        if verbs:
            verb = verbs[-1]
            if _GOAL_OBJECT.match(left, verb.end()):
                return "target"  # "have raised their goal for two-way trade to $30 billion": the goal moved
            if _MODAL_BE.search(left, max(0, verb.start() - 30), verb.start()):
                return "target"  # "could be increased to $10 billion": a passive still to happen
            if _SEEN_BEFORE.search(left, max(0, verb.start() - 60), verb.start()):
                return "actual"  # "a deal that has seen two-way trade triple to $23 billion"
            if verb.group(1).lower().endswith("ing") and _WITH_SUBJECT.search(
                left, max(0, verb.start() - 40), verb.start()
            ):
                return "actual"  # "trade surged in 2023, with volume increasing fivefold to $167 million": what came about
            if verb.group(1).lower().endswith("ing") and _PAST_MAIN_VERB.search(left, 0, verb.start()):
                return "actual"  # "trade saw strong growth, increasing by 69 per cent to AED 135 billion"
            if (
                verb.group(1).lower().endswith("ing")
                and _THEN_BEFORE.search(left, max(0, verb.start() - 12), verb.start())
                and _PAST_RISE_WORD.search(prefix)
            ):
                return "actual"  # "rose from $41m in 2019 to $63m in 2020, before increasing to $71m in 2021"
            at = len(prefix) - len(left) + verb.start()
            if verb.group(1).lower() in _RESULT_GERUNDS and _past_clause_before(prefix, at):
                return "actual"  # "exports reached $2.1bn and imports $3bn, bringing total trade to $5.1bn"
            return _GROWTH[verb.group(1).lower()]
        # "companies are choosing to invest in Vietnam, and Singapore's FDI amounted to": a cue of the
        # figure's own clause outweighs those of the clause before
        found = [(end, kind) for end, kind in found if own and end > own[-1]] or found
        if any(kind == "target" for _, kind in found):
            return "target"
        if found:
            return max(found)[1]  # "amounted to": the verb says
        if _FROM_CURRENT.search(prefix[-90:]):
            return "target"  # "the challenge will be to double it: from the current 10 bcm to 20 bcm"
        # The sentence's verb, but only within this clause: "goal of bringing ... ; as of 2021 ...".
        breaks = list(_CLAUSE_AFTER_TIME.finditer(prefix))
        verbs = [
            v
            for v in _GROWTH_RE.finditer(prefix, breaks[-1].end() if breaks else 0)
            if not _NOUN_BEFORE.search(prefix, 0, v.start())
        ]
        if verbs:
            verb = verbs[-1]
            if verb.group(1).lower().endswith("ing") and _WITH_SUBJECT.search(
                prefix, max(0, verb.start() - 60), verb.start()
            ):
                return "actual"  # "..., with the number of firms increasing from 77 to 86": what came about
            if verb.group(1).lower().endswith("ing") and _PROGRESSIVE_BEFORE.search(
                prefix, max(0, verb.start() - 20), verb.start()
            ):
                return (
                    "actual"  # "Trade has been increasing, from $206 million in 2007 to $273 million in 2010"
                )
            return _GROWTH[verb.group(1).lower()]
    if _EARMARKED_AHEAD.match(right):
        return "target"  # "$9 billion is earmarked for the next seven years": money still to be spent
    if found:
        if any(kind == "target" for _, kind in found) and _BY_YEAR.match(right[:30].lstrip(" ,")):
            return "target"  # "with trade expected to grow, reaching $5 billion by 2030": a deadline ahead
        return max(found)[1]
    clause = _KIND_CLAUSE_END.split(right, maxsplit=1)[0]
    # Mid-sentence, a capitalised cue is a name or a month: "in May 2024", "the Vision Plan".
    after = next((m for m in _CUE_RE.finditer(clause) if not m.group(1)[0].isupper()), None)
    if after and not _MEASURED_AGAINST.search(clause, 0, after.start()):
        return _CUES[after.group(1).lower()]
    # "At present it is over $4 billion, but in the coming years we expect ...": the contrast's own horizon
    sentence_rest = _CONTRAST.split(right, maxsplit=1)[0][:120]
    if _BY_YEAR.search(clause) or _HORIZON_AHEAD.search(sentence_rest):
        return "target"
    if _OVER_YEARS.search(sentence_rest) and _PLEDGE_BEFORE.search(left):
        return "target"  # "Abe announced 3.5 trillion yen ... over five years": a pledge, however old
    return None


_SEEN_BEFORE = re.compile(_WITNESS + r"(?:[\w'-]+\s+){0,4}$", re.I)
# A gerund of result takes the tense of the clause before it: "..., bringing the total to $5bn".
_RESULT_GERUNDS = frozenset(("bringing", "taking", "pushing", "lifting"))
_PAST_RISE_WORD = re.compile(
    r"\b(?:rose|grew|increased|jumped|climbed|soared|surged|doubled|tripled|expanded|gained)\b", re.I
)


_PAST_DONE = re.compile(
    r"\b(?:signed|inked|concluded|sealed|(?:has|have|had)\s+been\s+(?:raised|increased|signed))\b", re.I
)


def _past_clause_before(prefix: str, end: int) -> bool:
    """Whether the sentence before `end` states a figure as done ("amounted to", "rose")."""
    kinds = [(m.end(), _cue_kind(prefix, m)) for m in _CUE_RE.finditer(prefix, 0, end)]
    kinds += [(m.end(), "target") for m in _FUTURE_RE.finditer(prefix, 0, end)]
    kinds += [(m.end(), "actual") for m in _PAST_RISE_WORD.finditer(prefix, 0, end)]
    # "signed new MoUs, taking the investment volume to $2.8 billion": a deal done brought it there
    kinds += [(m.end(), "actual") for m in _PAST_DONE.finditer(prefix, 0, end)]
    kinds = [(at, kind) for at, kind in kinds if kind]
    return bool(kinds) and max(kinds)[1] == "actual"


_EARMARKED_AHEAD = re.compile(
    r"\s*(?:is|are|was|were|has been|have been|will be)?\s*(?:earmarked|allocated|set aside|slated|budgeted)\s+"
    r"(?:for|over)\s+the\s+(?:next|coming)\b",
    re.I,
)
# "over the next five years", "in the coming decade": a figure still to be reached.
_HORIZON_AHEAD = re.compile(
    r"\b(?:over|in|within|during) the (?:next|coming) (?:[\w-]+ )?(?:years?|decade)\b", re.I
)
_OVER_YEARS = re.compile(r"\bover (?:the )?(?:next |coming )?(?:[\w-]+ )?years\b", re.I)
_PLEDGE_BEFORE = re.compile(r"\b(?:announc|commit|pledg|promis|earmark)\w*\b", re.I)


# What may stand between a figure and the time it owns: its bracketed equivalent, a preposition.
_RIGHT_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*|\[[^\]]{0,40}\]\s*)?(?:(?:in|during|for|over|of|at)\s+(?:the\s+)?)?"
    # "$320 million during the last quarter of FY 2020/2021": the part of a year, then the year
    r"(?:(?:first|second|third|fourth|last|final)\s+(?:quarter|half|six months)\s+of\s+(?:the\s+)?)?",
    re.I,
)
# "... ($518.1 million)", "the same period in 2021 which was $12.55 billion": the baseline's own figure
_JUST_BRACKET = re.compile(
    r"\s*[(\[]?\s*|,?\s+(?:which|when it|that)\s+(?:was|were|stood at|amounted to|totall?ed)\s+"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|only\s+|just\s+)?",
    re.I,
)
_SAME_PERIOD = re.compile(r"(?:the\s+)?(?:same|corresponding|like)\s+(?:period|months?|quarter|time)", re.I)
_YEAR_ON_YEAR_OVER = re.compile(r"\b(?:yoy|y-o-y|year-on-year|year on year)\s+(?:over|during|in)\s+$", re.I)
_BASELINE_PREP = re.compile(
    r"\b(?:on|over|against|versus|from|than|compared (?:to|with)|year-on-year)\s+$", re.I
)
_EARLIER_GOAL = re.compile(
    r"\b(?:previous|earlier|old|former|original|initial|prior)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal|commitment|aim|objective|benchmark)s?\s+(?:of|was|had been|at)\s+"
    r"(?:(?:about|around|some|nearly|over|more than)\s+)?$"
    # "to overcome the new threshold of $175 mln": a mark not yet passed
    r"|\b(?:new|next)\s+(?:threshold|milestone|barrier|bar)\s+of\s+$",
    re.I,
)


def _names_earlier_goal(left: str) -> bool:
    """True when the figure is a goal set before the one now told ("their previous target of"), or
    the next mark ahead ("the new threshold of")."""
    return bool(_EARLIER_GOAL.search(left[-60:]))


_GOAL_NOUN_AFTER = re.compile(
    r"\s+(?:(?:bilateral|trade|investment|annual|mutual)\s+){0,3}(?:target|goal|objective)s?\b", re.I
)
# "would add another $600 million to its $2.2 billion investment", "trade, which was $5.6 billion
# last year, could ...": a level already there.
# "up from $4bn", "lifting it from the present $400 million to": the level it starts at
_FROM_BASELINE = re.compile(r"\bfrom(?:\s+(?:the|its|their))?(?:\s+(?:current|present|existing|today's))?$")
_EXISTING_BEFORE = re.compile(
    # "add another $600 million to its recently announced $2.2 billion investment"
    r"\b(?:to|on top of)\s+(?:its|their|the existing|the current)"
    r"(?:\s+(?:recently|previously|already|earlier))?(?:\s+(?:announced|pledged|committed|promised))?$|\b(?:which|that)\s+(?:was|were|stood at)$"
)
_YEAR_LABEL = re.compile(r"\((?:19|20)\d\d:\s*(?:[$€£¥₹]|US\$|USD|EUR)?")
# An aside opened after the figure that runs into the next figure: "(in 2020 – ".
_OPEN_ASIDE = re.compile(r"\s*\([^()]*")
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:it|they|its|their|this|that)\b[^,;]{0,60}$"
    # "has increased 21 times since Lula's first visit to China in 2004": when the span began
    r"|\bsince\s+(?:[\w'’-]+\s+){0,4}?(?:visit|trip|signing|launch|start|opening|establishment|inception|"
    r"independence|accession|creation|election)\b[^,;]{0,40}$",
    re.I,
)
# "the 2018 target of $400 million", "its 2030 trade goal": the year names the goal's deadline.
_YEAR_OF_FIGURE = re.compile(
    r"\s*(?:of|at)\s+(?:(?:about|around|some|nearly|over|more than|at least|up to)\s+)?", re.I
)
_RISE_BY_RATE = re.compile(r"\d\s*(?:%|per\s*cent|percent)\s+(?:(?:in|during|for)\s+)?$", re.I)
_EXPECTED_BEFORE = re.compile(r"\b(?:expected|projected|forecast|set|likely|poised|seen)\s*$", re.I)
_FORECAST_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:expected|projected|forecast|estimated|likely|set|seen)\s+to\b|\s+(?:will|could|should)\b"
    # "predict that in 2024 they will invest $4 billion": the year the forecast is for
    r"|,?\s+(?:they|it|we|the\s+\w+)\s+(?:will|would)\b",
    re.I,
)
_NAMES_GOAL = re.compile(r"\s+(?:\w+\s+){0,2}?(?:target|goal|objective)s?\b", re.I)
_RATE_BASELINE = re.compile(
    r"\d(?:[\d.,]*)\s*(?:%|per ?cent|percent|times|-fold)\s+(?:on|over|from|against|versus|compared (?:to|with))\s+"
    r"(?:the\s+)?(?:year\s+)?\S+$",
    re.I,
)
_LEVEL_AFTER_RATE = re.compile(
    r"^\s*(?:,\s*)?(?:and\s+)?(?:to\s+)?(?:reach(?:ed|ing)?|amount(?:ed|ing) to|total(?:l?ed|l?ing)|hit|stood at|to)\b",
    re.I,
)
# A figure compared against: the time before the comparison is the other figure's.
_AS_MUCH_AS = re.compile(
    r"\b(?:twice|double|three times|triple|half|(?:\w+ )?times)\s+(?:as\s+(?:much|large|big|high)\s+as|that of)\b",
    re.I,
)
_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^,;()]{0,60}$", re.I)
_NOW_WORDS = frozenset(("now", "today", "currently", "at present", "nowadays"))
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|to|while|against|versus|compared with)\b", re.I)


_COMPARED_JUST_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|versus|vs\.?|against"
    # "rising substantially over the previous year to touch $14.95 billion"
    r"|(?:ris|rose|grow|grew|increas|jump|climb|declin|fall|fell|drop|decreas)\w*\s+(?:\w+ly\s+)?(?:over|on)"
    # "rose by 50.3% in 2010 from the previous year to reach $59.34 billion"
    r"|from)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_TO_LEVEL_BETWEEN = re.compile(
    r"\s+(?:to|at)\s+(?:(?:reach|touch|hit|stand at)\s+)?"
    r"(?:(?:about|around|over|more than|nearly|almost|some|roughly)\s+)?",
    re.I,
)
_BETWEEN_OPEN = re.compile(r"\bbetween\b[^.;,]{0,60}$", re.I)
_AND_THEN = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:end|close|beginning|start)\s+of\s+)?", re.I)
_GOAL_SET_BEFORE = re.compile(
    r"\b(?:goal|target|plan|deal|agreement|treaty|pact|accord)s?\s+(?:was\s+|were\s+)?"
    r"(?:set|signed|agreed|reached|adopted|announced|launched|concluded)\s+$",
    re.I,
)
_SET_BEFORE = re.compile(
    r"\b(?:set|fixed|adopted|announced|agreed|established|unveiled)\s+(?:back\s+)?$", re.I
)


def when_of(
    text: str,
    times: list[When],
    left_at: int,
    figure: tuple[int, int],
    right_end: int,
    kind: str,
    before: int | None,
    after_figure: bool = False,
    latest: int | None = None,
) -> When | None:
    """The time a figure refers to (a target's deadline, an actual's period): the nearest one.

    `times` are the sentence's time expressions (found once per sentence); the figure's left
    context runs from `left_at`, its right one to `right_end`; `before` is the year of the figure
    named just before, for "a year earlier"; `after_figure` says the left context begins right
    after another figure, whose own time ("$100 billion by 2030, ... from $48 billion") it keeps;
    an actual takes no time after `latest`, the publication year (a level cannot be in the future).
    """
    start, end = figure
    if kind == "actual" and latest is not None:
        # A year counted from the figure before ("the following year") is dated once chosen.
        times = [
            w
            for w in times
            if w.year is None
            or w.year <= latest
            or w.past is not None
            or w.chained is not None
            # "in the first quarter of FY 2019/2020", told in November 2019: a fiscal year under way
            or ((w.period or "").startswith("FY") and w.year == latest + 1)
        ]
    candidates: list[tuple[float, When]] = []
    # "Sh28.7 trillion in 2021/22 from Sh22.1 trillion in 2019/20": the baseline's time follows it.
    baseline = after_figure and bool(FROM_END.search(text[left_at:start]))
    for when in times:
        if when.start < left_at or when.end > start or when.prep in _SKIPPED_PREPS or baseline:
            continue
        if after_figure and when.start - left_at <= 4 and when.prep in _TARGET_YEAR_PREPS:
            continue  # "$100 billion by 2030": the figure before owns its deadline
        if kind == "target" and not (
            when.relative
            or when.prep in _TARGET_YEAR_PREPS
            or _NAMES_GOAL.match(text, when.end)
            # "the amount in 2012 is expected to reach $1.3 billion": the year the forecast is for
            or _FORECAST_AFTER.match(text, when.end)
            # "to reach a volume of trade in 2015 of $280 billion": the year names the figure's own
            or _YEAR_OF_FIGURE.fullmatch(text, when.end, start)
            # "is expected to grow at least 30 per cent in 2018 to about $11 billion": the forecast's year
            or (
                _RISE_BY_RATE.search(text, max(0, when.start - 40), when.start)
                and _TO_LEVEL_BETWEEN.fullmatch(text, when.end, start)
            )
        ):
            continue
        if kind == "target" and text[when.start : when.end].lower() in _NOW_WORDS:
            continue  # "they now aim for $10 billion": when the goal is set, not when it is due
        between = text[when.end : start]
        if (
            _SAME_PERIOD.match(text, when.start)
            and _BASELINE_PREP.search(text, max(0, when.start - 16), when.start)
            # "dropped by 30% YoY over the same period to 1.66 million tons": the comparison is told,
            # the period is the one the figure covers
            and not _YEAR_ON_YEAR_OVER.search(text, max(0, when.start - 24), when.start)
            and not _JUST_BRACKET.fullmatch(
                between
            )  # "... on the same period in 2022 ($518.1 million)": its own
            # "compared to the same period last year when total trade was USD 3.44 billion": its own
            and not _WHEN_CLAUSE.match(between)
        ):
            continue  # "rose by 86 percent on the same period of 2022, to $2.3 billion": the baseline's
        if after_figure and _RIGHT_AFTER.fullmatch(text, left_at, when.start) and _LIST_JOIN.match(between):
            continue  # "304 billion riyals ($80 billion) in 2021 and 103 billion in Q3 2022": the first's time
        if _RATE_BASELINE.search(text, max(0, when.start - 30), when.end) and _LEVEL_AFTER_RATE.search(
            between
        ):
            continue  # "in 2017 trade grew by 31% on 2016 and reached $3.55 billion": the rise's baseline
        if _COMPARED_JUST_BEFORE.search(
            text, max(0, when.start - 40), when.start
        ) and _TO_LEVEL_BETWEEN.fullmatch(between):
            continue  # "grew by 5.4% in 2023 compared with 2022 to over $46.5 bln": the baseline's year
        if _AS_MUCH_AS.search(between):
            continue  # "investment this year was almost twice as much as the 5.5 billion euros ... of 2019"
        if _CLAUSE_AFTER_TIME.search(between) and not _YEAR_LABEL.fullmatch(text, when.start - 1, start):
            continue  # "... in 1984; today China has": another clause's time ("(2020: €19 billion)" is its own)
        # "... lower than in the first two months of the previous year, when mutual trade amounted
        # to $1.71 billion": the clause that time opens is the figure's own.
        owned = bool(_WHEN_CLAUSE.match(between))
        if (
            ("," in between or _AND.search(between))
            and not owned
            and _COMPARED_BEFORE.search(text, max(0, when.start - 50), when.start)
        ):
            # "up 130% compared to the same period last year, reaching $17bn", "... compared to the
            # same period of 2020 and reached $4.5 billion": the baseline's time, not the level's.
            continue
        # A time behind a comma belongs to the clause before ("... this year, after about $3bn").
        # On a tie the right side wins: "from $43bn in FY21 to $84bn in FY24".
        # "In 2008, bilateral trade surged ... to $41.8 billion": a time fronting the sentence is its own.
        fronted = not text[: when.start].strip(" \"'“‘(")
        penalty = 40 if "," in between and not owned and not fronted else 0
        candidates.append((start - when.end + penalty + 0.5, when))
    right = text[end:right_end]
    clause = _TIME_CLAUSE_END.split(right, maxsplit=1)[0]
    # "... $441.6 million, 35% more than in the same period of 2022": past a comparison, a
    # time is the baseline's, not the figure's.
    compared = _COMPARISON.search(clause)
    if compared:
        clause = clause[: compared.start()]
    for when in times:
        if when.start >= end and when.end <= end + len(clause) and when.prep not in _SKIPPED_PREPS:
            if _BETWEEN_OPEN.search(text, max(0, when.start - 70), when.start) and any(
                _AND_THEN.fullmatch(text, when.end, later.start) for later in times if later.start > when.end
            ):
                continue  # "invested between the start of reforms in late 1989 and the end of 2006": the span's start
            if (
                kind == "target"
                and text.startswith("in ", when.start)
                and _SET_BEFORE.search(text, max(0, when.start - 24), when.start)
            ):
                continue  # "the investment target of 3.5 trillion Yen set in 2014": when the goal was set
            if text.startswith("in ", when.start) and _GOAL_SET_BEFORE.search(
                text, max(0, when.start - 40), when.start
            ):
                continue  # "$41.8 billion, two years ahead of the goal set in 2006": the goal's time
            if when.prep != "since" and _SINCE_CLAUSE.search(text, end, when.start):
                continue  # "$23 billion since it came into force in 2008": when the span began
            if _OPEN_ASIDE.fullmatch(text, end, right_end) and right_end < len(text):
                continue  # "$952 million (in 2020 – $907.2 million)": the next figure's time
            if (
                right_end < len(text)
                and "," in text[end : when.start]
                and _NEXT_FIGURE_AFTER_TIME.match(text, when.end)
            ):
                continue  # "In 2012 it amounted to USD 960 billion, in 2013 to USD 1.2 billion": the next one's
            if _TIME_OPENS_CLAUSE.fullmatch(text, end, when.start) and _SUBJECT_AFTER_TIME.match(
                text, when.end
            ):
                continue  # "81.7 million tons in 2020, this year the volume of gas has ...": the next clause's
            candidates.append((when.start - end, when))
    if not candidates:
        return None
    close = min((i for i in (text.find(")", end), text.find("]", end)) if i >= 0), default=len(text))
    if text[:start].rstrip().endswith(("(", "[")) and any(
        end <= w.start and w.end <= close for _, w in candidates
    ):
        # "$1.5 billion in January-April ($1.4 billion in the same period of 2022)": the bracket's own
        # time; "in 2017-18 ($10,686.85 million) and 2019-20 (...)": the time before the bracket
        candidates = [c for c in candidates if end <= c[1].start and c[1].end <= close]
    # A vague present before the figure, after a year named for another clause.
    named_before_now = any(
        v.relative
        and v.period is None
        and v.end <= start
        and any(w.period and not w.relative and w.end <= v.start for _, w in candidates)
        for _, v in candidates
    )
    if any(w.period and not w.relative for _, w in candidates) and not named_before_now:
        # "currently stood at C$8.3 billion in 2015": the year named beats the vague present (but in
        # "whose trade stood at $63 million in 1984, now has 4,200 companies" the present comes later).
        candidates = [c for c in candidates if c[1].period or not c[1].relative]
        # "grew over the last three years to reach 7.79 billion riyals in the year 2023": the year
        # named beats a span counted back from today.
        candidates = [c for c in candidates if not (c[1].relative and c[1].prep == "since")] or candidates
    chosen = min(candidates, key=lambda c: c[0])[1]
    if kind == "actual" and chosen.past is not None:
        chosen = replace(chosen, year=chosen.past[0], period=chosen.past[1])
    if (
        chosen.chained is not None
        and before is None
        and kind == "actual"
        and latest is not None
        and chosen.year is not None
        and chosen.year > latest
    ):
        return None  # "a year later" with no year before it: no level in the future
    if chosen.chained is not None and before is not None:
        year = before + chosen.chained
        period = f"FY{year}" if chosen.period and chosen.period.startswith("FY") else str(year)
        if chosen.year is not None and chosen.period and len(chosen.period) > 4 and chosen.period[:2] != "FY":
            period = shifted(chosen.period, year - chosen.year)  # the part-year named before, moved along
        return replace(chosen, year=year, period=period)
    return chosen


def commodity_in(text: str, last: bool = False) -> str | None:
    """The commodity named in a stretch of text (the first, or the last one)."""
    matches = list(_COMMODITY_RE.finditer(text))
    if not matches:
        return None
    return COMMODITIES[matches[-1 if last else 0].group(1).lower()]
