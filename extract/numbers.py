"""Figures in a sentence: money, physical quantities and counted companies or agreements."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ._trie import trie_pattern
from ._vocab import (
    AGREEMENT_NOUNS,
    COMPANY_NOUNS,
    COUNT_STOPWORDS,
    QUANTITY_UNITS,
    SCALES,
    WORD_NUMBERS,
)
from .currencies import ISO_CODES, SIGNS, WORDS


@dataclass(frozen=True)
class Mention:
    """A figure found in a sentence; offsets are relative to the sentence."""

    kind: str  # "money", "quantity" or "count"
    value: float
    value_max: float | None
    unit: str | None  # currency code, "t", "m3", "bbl", "count"; None for money of unknown currency
    noun: str | None  # for counts: "companies" or "agreements"
    start: int
    end: int
    currency_form: str | None = None  # the sign or word as written, for names several countries share


def _alternation(words: Iterable[str]) -> str:
    return trie_pattern(words)


# "612,87" is a decimal comma: a comma before one or two digits never separates thousands.
# Indian grouping ("3,20,000 crore", "1,50,000") pairs digits after the first thousand.
# "$1 859.1 million": thousands grouped by spaces (a no-break space, folded), as Russian- and
# French-style copy writes them.
_DIGITS = (
    # "US$ 1.383,4 million": Spanish, Portuguese and German copy groups with dots, decimals with a comma
    r"\d{1,3}(?:\.\d{3})+,\d+(?![\d,.])|"
    r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
)
DECIMAL_COMMA = re.compile(r"(?=\d)(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])|\d\.\d{3},\d")
_EUROPEAN_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_THOUSANDS_GROUP = re.compile(r"\d{1,3},\d{3}")
_STRAY_DECIMAL_COMMA = re.compile(r"\d{1,3},(?!000)\d{3}")
_DECIMAL_TOKEN = re.compile(r"\d{1,3},\d{1,2}")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DOZENS = re.compile(r"(\w+)\s+dozen")
_HUNDREDS = re.compile(r"(\w+)\s+hundred(?:\s+(?:and\s+)?(.+))?")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"


# Most sentences hold no number at all; one cheap scan spares them the five figure patterns.
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = frozenset(w for w in WORD_NUMBERS if " " not in w)
_FILLER_VERBS = frozenset(
    (
        "signed",
        "sign",
        "signs",
        "inked",
        "sealed",
        "concluded",
        "exchanged",
        "agreed",
        "reached",
        "have",
        "has",
        # "The three ministers are State-Owned Enterprises Minister ...": a verb ends the count's words
        "are",
        "is",
        "were",
        "was",
    )
)


# '"Fourteen agreements', 'eighteen-member': the word stands apart from quotes and hyphens.
_WORD_BREAKS = str.maketrans({c: " " for c in "-\"'“”‘’()[],;:."})


# "nearly a thousand companies", "over a billion dollars": "a" counts one of the scale
_A_SCALE = re.compile(r"\ba (?:thousand|million|billion|trillion)\b")


def _number_words_in(sentence: str) -> bool:
    lower = sentence.lower()
    return bool(_A_SCALE.search(lower)) or not _NUMBER_WORDS.isdisjoint(lower.translate(_WORD_BREAKS).split())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = _alternation(WORD_NUMBERS)
    below_hundred = rf"(?:{_TENS})-(?:{_UNITS})|{_alternation(w for w, n in WORD_NUMBERS.items() if n < 100)}"
    # "One hundred and fifty-five companies": hundreds and the rest, one number.
    # "three hundred million dollars": the hundreds alone before a scale
    hundreds = rf"(?:{_UNITS}|a)\s+hundred(?:\s+(?:and\s+)?(?:{below_hundred}))?(?![\w-])"
    # "nearly a thousand Spanish companies": "a" counts one thousand
    word_number = (
        # "from over a billion dollars": "a" counts one billion too
        rf"(?i:{hundreds}|(?:{_UNITS})\s+dozen(?![\w-])|(?:{_TENS})-(?:{_UNITS})|{words}"
        rf"|(?<!of )(?<!half )(?<!quarter )a(?=\s+(?:thousand|million|billion|trillion)\b))"
    )
    # Digits may follow a letter sign ("RM8.42 billion"); find_mentions drops "G20" and "A320".
    # "Rs.75,000 crore", "Nu.22.76 billion": an abbreviated sign's point is no decimal point.
    after_point = r"(?<![\d,])(?:(?<!\.)|(?<=[A-Z][a-z]\.))"
    number = rf"(?P<num>{after_point}(?:{_DIGITS})|(?<![\w.,]){word_number}(?![\w]))"
    second = rf"(?:\s?(?:-|to|and)\s?(?P<num2>{_DIGITS}))?"
    # "$13-$14 billion", "€5 to €6 billion": after a sign, the range's high end may repeat it.
    second_signed = rf"(?:\s?(?:-|to|and)\s?(?:US\$|[$€£¥₹]|Rs\.?\s?)?(?P<num2>{_DIGITS}))?"
    scale = rf"(?:\s?-?\s?(?P<scale>(?i:{_alternation(SCALES)}))(?![\w]))?"
    word_scale = r"(?:\s?-?\s?(?P<scale>(?i:trillion|billion|million|bn|bln|mln|mn|tn)))(?![\w])"
    signs = [s for s in SIGNS if not s[0].isalpha()]
    # Letter signs ("RM", "SR", "R") count only right before the number: "R88 billion".
    letter_signs = [s for s in SIGNS if s[0].isalpha()]
    # The search for a sign before a number stops at the number, so it cannot look ahead to it.
    prefix_before = (
        rf"(?P<pre>{_alternation(signs)}|(?<![\w.])(?:{_alternation(letter_signs)})"
        rf"|\b(?:{_alternation(ISO_CODES)})(?![A-Za-z]))"
    )
    # "RO one billion": a letter sign before a number in words counts too
    prefix = prefix_before.replace(
        f"{_alternation(letter_signs)})",
        f"{_alternation(letter_signs)})(?=\\s?(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\\s))",
    )
    suffix = rf"(?P<suf>(?i:{_alternation(WORDS)})|{_alternation(ISO_CODES)})(?![\w])"
    units = rf"(?P<unit>(?i:{_alternation(QUANTITY_UNITS)}))(?![\w])"
    # A count's noun follows it closely: the filler never crosses another number or a verb of
    # signing ("the two sides signed six memoranda" counts six memoranda, not two).
    stop = _alternation(COUNT_STOPWORDS | _NUMBER_WORDS | _FILLER_VERBS)
    filler = rf"(?:\s(?!(?:{stop})(?![\w-]))[A-Za-z][A-Za-z'-]*){{0,3}}?"
    nouns = _alternation(COMPANY_NOUNS + AGREEMENT_NOUNS)
    return {
        "number": re.compile(number),
        # Most sentences spell no number: digits alone scan several times faster.
        "digits": re.compile(rf"(?=\d)(?P<num>{after_point}(?:{_DIGITS}))"),
        "prefix_before": re.compile(rf"{prefix_before}\s?$"),
        # "the 50-million-tonne threshold", "a 5-billion-dollar plan": a figure made an adjective
        "quantity": re.compile(rf"{number}{second}{scale}[\s-]?(?:of\s)?{units}"),
        "money_prefix": re.compile(rf"{prefix}\s?(?:{number}){second_signed}{scale}(?:\s(?:{suffix}))?"),
        # "the 20 billion [dollars] that we agreed on": an editor's bracket names the currency.
        # '"has doubled from 38 billion to 74 billion" euros': a quote may close before the currency
        "money_suffix": re.compile(rf"{number}{second}{scale}(?:\s?(?:[\"”]\s)?|-)\[?{suffix}\]?"),
        "count": re.compile(
            # "19 signed business agreements": a participle right after the number is the noun's adjective
            # "180-200 Dutch companies": a range of counts
            # "300-odd Indian firms": about three hundred
            rf"{number}(?:-odd(?![\w-]))?(?:\s?[-–]\s?(?P<num2>{_DIGITS}))?(?:[\s-](?P<scale>(?i:thousand|million|hundred)))?"
            rf"(?:\s(?i:signed|new|renewed))?{filler}"
            # "30 agriculture and investment deals": two fields joined, the noun right after them
            # "27 intergovernmental, interdepartmental and interregional agreements"
            rf"(?:(?:\s[a-z][a-z-]+,){{0,3}}\s[a-z][a-z-]+,?\sand\s[a-z][a-z-]+(?=\s(?i:{nouns})(?![\w])))?"
            # "two government-to-business (G2B) MoUs": an acronym in brackets before the noun
            rf"(?:\s\([A-Z0-9]{{2,8}}\))?"
            rf"\s(?P<noun>(?i:{nouns}))(?![\w])"
        ),
        "money_bare": re.compile(rf"{number}{second}{word_scale}"),
    }


# Tried in this order at each number; the first that reads as a figure wins.
_FIGURE_PATTERNS = ("quantity", "money_prefix", "money_suffix", "count", "money_bare")


def parse_number(token: str) -> float | None:
    """'1,234.5' -> 1234.5, 'five' -> 5, 'twenty-five' -> 25."""
    token = token.strip().lower()
    if token in WORD_NUMBERS:
        return float(WORD_NUMBERS[token])
    if (dozens := _DOZENS.fullmatch(token)) and dozens.group(1) in WORD_NUMBERS:
        return float(WORD_NUMBERS[dozens.group(1)] * 12)  # "two dozen agreements"
    if hundreds := _HUNDREDS.fullmatch(token):
        rest = parse_number(hundreds.group(2)) if hundreds.group(2) else 0.0
        return None if rest is None else float(WORD_NUMBERS.get(hundreds.group(1), 1) * 100 + rest)
    if "-" in token:
        tens, _, unit = token.partition("-")
        if tens in WORD_NUMBERS and unit in WORD_NUMBERS:
            return float(WORD_NUMBERS[tens] + WORD_NUMBERS[unit])
    token = token.replace(" ", "")
    if _EUROPEAN_DECIMAL.fullmatch(token):
        token = token.replace(".", "").replace(",", ".")
    if _DECIMAL_TOKEN.fullmatch(token):
        token = token.replace(",", ".")
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


def _scaled(
    match: re.Match[str], multiplier: float = 1.0, decimal_comma: bool = False
) -> tuple[float, float | None] | None:
    groups = match.groupdict()
    raw = groups["num"]
    scale = groups.get("scale")
    if decimal_comma and scale and _THOUSANDS_GROUP.fullmatch(raw):
        # In an article that writes "16,6%", "$525,737 million" is 525.737 million.
        raw = raw.replace(",", ".")
    elif decimal_comma and scale and scale.lower() == "million" and _DOT_THOUSANDS.fullmatch(raw):
        # ... and its "US$ 2.553 million" is 2,553 million: the dot groups thousands
        raw = raw.replace(".", "")
    # "a billion dollars": the article counts one of the scale
    value = 1.0 if raw.lower() in ("a", "an") and scale else parse_number(raw)
    if value is None:
        return None
    factor = SCALES[scale.lower()] if scale else 1.0
    factor *= multiplier
    high = groups.get("num2")
    value_max = _times(parse_number(high), factor) if high and parse_number(high) is not None else None
    low = _times(value, factor)
    if not math.isfinite(low) or (value_max is not None and not math.isfinite(value_max)):
        return None  # "$" and four hundred nines: no figure a report could mean
    if value_max is not None and value_max <= low:
        value_max = None
    return low, value_max


def _times(value: float, factor: float) -> float:
    """value × factor without binary noise: 4.1 billion is 4100000000, not 4099999999.9999995."""
    product = value * factor
    if not math.isfinite(product):
        return math.inf
    # Twelve significant digits is more than any report states and drops the binary noise.
    return float(f"{product:.12g}")


def _currency(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The currency's default ISO code and the form it was written in."""
    groups = match.groupdict()
    if groups.get("pre") == "$" and groups.get("suf"):
        # "$2.3 billion Canadian dollars": the name after the figure says which dollar
        form = " ".join(groups["suf"].split())
        named = WORDS.get(form.lower())
        if named is not None:
            return named, form
    if groups.get("pre"):
        form = groups["pre"]
        return SIGNS.get(form) or (form if form in ISO_CODES else None), form
    if groups.get("suf"):
        form = " ".join(groups["suf"].split())
        return WORDS.get(form.lower()) or (form if form in ISO_CODES else None), form
    return None, None


# After a number, these end it: no unit, scale, currency word or counted noun can follow.
_CLOSING = frozenset("%)]}:;,/=+|'\"")
_SIGNS_AND_CODES = frozenset(SIGNS) | ISO_CODES
_LONGEST_SIGN = max(len(sign) for sign in _SIGNS_AND_CODES)
_SIGN_ENDINGS = frozenset(sign[-1] for sign in _SIGNS_AND_CODES if not sign[-1].isalpha())


def _sign_before(sentence: str, start: int, limit: int) -> int | None:
    """Where a currency sign or code begins right before the number at `start` ("US$5", "RM 8",
    "USD 15"), or None. A lookup of the word's endings, cheaper than a pattern of every sign."""
    tail = sentence[limit:start]
    stripped = tail.rstrip()
    if not stripped or len(tail) - len(stripped) > 1:
        return None
    last = stripped[-1]
    if not last.isalpha() and last not in _SIGN_ENDINGS:
        return None  # "1% 2", "(1) 2": no sign ends in a digit, "%" or a bracket
    if stripped.endswith("US $"):
        return limit + len(stripped) - 4
    word = stripped.rsplit(None, 1)[-1]
    word_at = limit + len(stripped) - len(word)
    for i in range(max(0, len(word) - _LONGEST_SIGN), len(word)):
        candidate = word[i:]
        if candidate in _SIGNS_AND_CODES:
            # A letter sign stands alone ("RM8", "(RM8"): not the end of a longer word ("FORM 8").
            if candidate[0].isalpha() and i and word[i - 1].isalnum():
                continue
            return word_at + i
    return None


def find_mentions(sentence: str, decimal_comma: bool = False, limit: int | None = None) -> list[Mention]:
    """All non-overlapping figures in a sentence, left to right (the first `limit`, when given).

    `decimal_comma`: the article writes decimals with a comma, so "525,737 million" is 525.737 million.
    """
    words = _number_words_in(sentence)
    fractions = ("illion" in sentence) and (
        "half" in sentence or "quarter" in sentence or "third" in sentence
    )
    if not words and not fractions and not _DIGIT.search(sentence):
        return []
    patterns = _patterns()
    found: list[Mention] = []
    covered = 0
    # Anchor every pattern at a number instead of scanning the sentence once per pattern.
    for token in patterns["number" if words else "digits"].finditer(sentence):
        if token.start() < covered:
            continue
        prefix = _sign_before(sentence, token.start(), max(covered, token.start() - 12))
        if token.start() and sentence[token.start() - 1].isalpha() and prefix is None:
            continue
        after = sentence[token.end() : token.end() + 2].lstrip(" ")[:1]
        bare = after.isdigit() or after in _CLOSING
        for name in _FIGURE_PATTERNS:
            if bare and name != "money_prefix":
                # "1 2 3", "(1)", "5%": nothing after the number can make it a figure without a sign.
                continue
            if name == "money_prefix":
                if prefix is None:
                    continue
                match = patterns[name].match(sentence, prefix)
            else:
                match = patterns[name].match(sentence, token.start())
            mention = _mention(name, match, decimal_comma) if match else None
            if mention is not None:
                found.append(mention)
                covered = mention.end
                break
        if limit is not None and len(found) >= limit:
            return found
    if "from" in sentence:
        found = _with_shared_units(sentence, found, patterns["number" if words else "digits"])
    if any(m.kind == "quantity" for m in found):
        found = _with_quantity_units(sentence, found)
    if ("between" in sentence or " to " in sentence or "-" in sentence or "–" in sentence) and len(found) > 1:
        found = _with_between_ranges(sentence, found)
    lower = sentence.lower()
    if (
        "number of" in lower
        or "tally of" in lower
        or "count of" in lower
        or " of them" in sentence
        or "number" in lower
    ):  # also "taking the number of firms to 37", "their number reached 1,204"
        found = _with_number_of(sentence, found)
    if "numbering" in sentence or "in all" in sentence:
        found = _with_counts_after_noun(sentence, found)
    if " have " in sentence or " has " in sentence:
        for match in _FIRMS_REACHED.finditer(sentence):
            found = _with_count_at(found, match, "companies")
    if " number" in sentence or " total" in sentence or " st" in sentence:
        for match in _FIRMS_NUMBER.finditer(sentence):
            found = _with_count_at(found, match, "companies")
    if any(m.noun == "companies" for m in found):
        for match in _MORE_FIRMS_ELIDED.finditer(sentence):
            found = _with_count_at(found, match, "companies")
    if fractions:
        found = _with_fractions(sentence, found)
    if len(found) > 1 and "illion" in sentence:
        found = _with_compound_scales(sentence, found)
    if any(m.kind == "count" for m in found):
        found = _with_count_baselines(sentence, found)
    if (" and " in sentence and any(m.kind == "count" for m in found)) or (
        words and _AGREEMENT_HINT.search(sentence)
    ):
        found = _with_joined_counts(sentence, found)
    return found


# "from 3 to 5 billion dollars", "from the current 20 to at least 35 bcm": a change from one level
# to another whose scale and unit are written once, at the end; "ranging from 3 to 5" is a range.
_FROM_BEFORE = re.compile(
    r"(?<!range )(?<!ranged )(?<!ranges )(?<!ranging )(?<!anywhere )\bfrom\s+(?:the\s+)?"
    r"(?:(?:current|present|existing|previous|earlier|about|around|some|nearly|over|almost|roughly)\s+)*$",
    re.I,
)
_TO_BETWEEN = re.compile(
    r"\s*[«\"“]?\s*(?:-|to)\s*(?:(?:at least|about|around|nearly|over|more than|some|almost|up to|roughly)\s+)?",
    re.I,
)


def _with_shared_units(sentence: str, found: list[Mention], number: re.Pattern[str]) -> list[Mention]:
    out: list[Mention] = []
    for mention in found:
        head = number.search(sentence, mention.start, mention.end)
        if (
            mention.value_max is not None
            and mention.kind != "count"
            and head is not None
            and head.start() == mention.start
            and _FROM_BEFORE.search(sentence, 0, mention.start)
        ):
            # One match read "3 to 5 billion" as a range: two levels, each at the scale written.
            high = number.search(sentence, head.end(), mention.end)
            low_value = parse_number(head.group())
            if high is not None and low_value and _TO_BETWEEN.fullmatch(sentence, head.end(), high.start()):
                out.append(replace(mention, value_max=None, end=head.end()))
                out.append(replace(mention, value=mention.value_max, value_max=None, start=high.start()))
                continue
        out.append(mention)
    found = out
    extra: list[Mention] = []
    covered = {(m.start, m.end) for m in found}
    for token in number.finditer(sentence):
        if any(m.start <= token.start() < m.end for m in found) or (token.start(), token.end()) in covered:
            continue
        if not _FROM_BEFORE.search(sentence, 0, token.start()):
            continue
        step = _TO_BETWEEN.match(sentence, token.end())
        later = next((m for m in found if step and m.start == step.end()), None)
        value = parse_number(token.group())
        head = number.match(sentence, later.start) if later is not None else None
        first = parse_number(head.group()) if head is not None else None
        if later is None or not value or not first or later.value_max is not None:
            continue
        factor = later.value / first
        extra.append(replace(later, value=_times(value, factor), start=token.start(), end=token.end()))
    extra.extend(_elided_levels(sentence, found, number))
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


# "6 billion 850 million dollars", "1 trillion 232 billion yuan": one sum written scale by scale, as
# copy translated from Russian, Turkish or Azerbaijani writes it; the currency is named once.
_SCALE_AT_END = re.compile(r"(?i:\b(thousand|million|billion|trillion))$")
# "three billion and forty-two million US dollars": the parts may be joined by "and"
_SCALE_GAP = re.compile(r"\s+(?:and\s+)?", re.I)
_SCALE_IN = re.compile(r"(?i:\b(thousand|million|billion|trillion)\b)")


def _with_compound_scales(sentence: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in found:
        last = out[-1] if out else None
        scale = _SCALE_AT_END.search(sentence, 0, last.end) if last is not None else None
        if (
            last is not None
            and scale is not None
            and mention.kind == last.kind == "money"
            and last.value_max is None
            and mention.value_max is None
            and (last.unit is None or mention.unit is None)
            and _SCALE_GAP.fullmatch(sentence, last.end, mention.start)
            and sentence[mention.start].isalnum()
            and mention.value < SCALES[scale.group(1).lower()]
            and (smaller := _SCALE_IN.search(sentence, mention.start, mention.end)) is not None
            and SCALES[smaller.group(1).lower()] < SCALES[scale.group(1).lower()]
        ):
            unit, form = (
                (mention.unit, mention.currency_form)
                if last.unit is None
                else (last.unit, last.currency_form)
            )
            out[-1] = replace(
                last, value=last.value + mention.value, unit=unit, end=mention.end, currency_form=form
            )
            continue
        out.append(mention)
    return out


# "rose from $9.3 billion in 2017-18 to 18.13 in 2021-22": the level reached is written bare and
# takes the currency and scale of the level it changed from.
_ELIDED_TO = re.compile(r"(?:\s+(?:in|during)\s+[\w-]{2,12}(?:\s+[\w-]{2,12})?)?\s+to\s+")
_ELIDED_END = re.compile(r"\s+(?:in|during|last|this|by)\b|\s*[,.;]")


def _elided_levels(sentence: str, found: list[Mention], number: re.Pattern[str]) -> list[Mention]:
    out: list[Mention] = []
    for mention in found:
        if (
            mention.kind != "money"
            or mention.value_max is not None
            or not _FROM_BEFORE.search(sentence, 0, mention.start)
        ):
            continue
        step = _ELIDED_TO.match(sentence, mention.end)
        token = number.match(sentence, step.end()) if step else None
        head = number.match(sentence, mention.start) or number.search(sentence, mention.start, mention.end)
        if token is None or head is None or any(m.start == token.start() for m in found):
            continue
        value, first = parse_number(token.group()), parse_number(head.group())
        if not value or not first or "." not in token.group() or not _ELIDED_END.match(sentence, token.end()):
            continue  # "from $1.3 billion in 2017 to 2022": a year, not a level
        out.append(
            replace(mention, value=_times(value, mention.value / first), start=token.start(), end=token.end())
        )
    return out


# "four billion cubic metres to Italy, ... to reach six billion": the later level names no unit,
# and takes the volume's.
_TO_LEVEL = re.compile(
    r"[^.;]{0,80}?\b(?:to reach|reaching|to|from|up from|down from|versus|against|compared (?:to|with))\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more than\s+|at least\s+)?$",
    re.I,
)


# "between $2.5 billion and $2.8 billion": one range whose ends are written in full.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_AND_BETWEEN = re.compile(r"\s+and\s+")


# "predicts trade of $800 million to $1.2 billion": two full figures one range spans; after a
# step noun ("an increase of $800 million to $1.2 billion") the second is the level reached.
_RANGE_BEFORE = re.compile(
    r"(?<!increase )(?<!rise )(?<!growth )(?<!jump )(?<!decline )(?<!drop )(?<!fall )(?<!decrease )"
    r"\b(?:of|with)\s+(?:about\s+|around\s+|some\s+)?$|\b(?:predicts?|forecasts?|projects?|estimated at|valued at)\s+$",
    re.I,
)
_TO_BETWEEN_FIGURES = re.compile(r"\s+to\s+")
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:lift|lifting|raise|raising|increase|increasing|boost|boosting|bring|bringing|take|taking|push|pushing|"
    r"expand|expanding|grow|growing|elevate|elevating)\b[^,;.]{0,50}$",
    re.I,
)
# "$59 billion - $60 billion": a dash between two full figures spans a range (an em dash opens an aside).
_DASH_BETWEEN_FIGURES = re.compile(r"\s*[-–]\s*")


def _with_between_ranges(sentence: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in found:
        low = out[-1] if out else None
        if (
            low is not None
            and low.kind == mention.kind
            and low.unit == mention.unit
            and low.value_max is None
            and mention.value > low.value
            and (
                (
                    _AND_BETWEEN.fullmatch(sentence, low.end, mention.start)
                    and _BETWEEN_BEFORE.search(sentence, 0, low.start)
                )
                or (
                    _TO_BETWEEN_FIGURES.fullmatch(sentence, low.end, mention.start)
                    and _RANGE_BEFORE.search(sentence, 0, low.start)
                    # "to lift the meagre trade of $1 billion to $5 billion": a change, not a range
                    and not _CHANGE_VERB_BEFORE.search(sentence, max(0, low.start - 60), low.start)
                )
                or _DASH_BETWEEN_FIGURES.fullmatch(sentence, low.end, mention.start)
            )
        ):
            out[-1] = replace(low, value_max=mention.value, end=mention.end)
            continue
        out.append(mention)
    return out


def _with_quantity_units(sentence: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == "quantity"
            and mention.kind == "money"
            and mention.unit is None
            and mention.currency_form is None
            and _TO_LEVEL.fullmatch(sentence, before.end, mention.start)
        ):
            mention = replace(mention, kind="quantity", unit=before.unit)
        out.append(mention)
    return out


_AGREEMENT_HINT = re.compile(r"(?i:agreement|memorand|mou|protocol|accord|treat|contract|deal)")
# "18 MoUs and two letters of exchange": instruments a batch counts with its memoranda.
_AGREEMENT_WORD = (
    r"(?:agreements?|memorand(?:a|ums?)(?: of understandings?)?|MoUs?|protocols?|accords?|treat(?:y|ies)"
    r"|contracts?|deals?|letters? of (?:exchange|intent)|exchanges? of (?:letters|notes))"
)
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# Counted agreements listed as one batch, summed: "Four MoUs and one Agreement were signed", "India,
# Ghana ink agreement and two MoUs" (a bare singular noun first counts one), "one contract
# agreement, three cooperation agreements, two purchase framework agreements, and 13 Memoranda".
# Two items need "and"; commas alone join three or more. The last item always states its number.
_ONE_NOUN = r"(?:agreement|accord|protocol|treaty|memorandum|MoU)"
# An item's words before its noun hold no number or verb: "the two sides signed 18 MoUs" is one item.
_ITEM_WORDS = r"(?:(?!\d|(?:signed|inked|sealed|concluded|exchanged|and)\b)[\w-]+\s+){0,3}?"
_NUMBERED_ITEM = rf"(?P<n>{_SMALL}|an?)\s+{_ITEM_WORDS}{_AGREEMENT_WORD}"
_COUNT_ITEM = (
    rf"(?:(?:{_SMALL}|an?)\s+{_ITEM_WORDS}{_AGREEMENT_WORD}|(?<![\w-]){_ONE_NOUN})(?:\s*\([^)]{{0,40}}\))?"
)
_LAST_ITEM = rf"{_SMALL}\s+{_ITEM_WORDS}{_AGREEMENT_WORD}"
_COUNT_LIST = re.compile(
    rf"(?<![\w.,])(?:{_COUNT_ITEM}\s*,\s*){{0,8}}{_COUNT_ITEM},?\s+and\s+{_LAST_ITEM}\b"
    rf"|(?<![\w.,])(?:{_COUNT_ITEM}\s*,\s*){{2,8}}{_LAST_ITEM}\b",
    re.I,
)
_ITEM_NUMBER = re.compile(rf"(?<![\w.,]){_NUMBERED_ITEM}", re.I)
_BARE_FIRST = re.compile(rf"{_ONE_NOUN}(?![\w-])", re.I)
# "seven new and three renewed MoUs": two numbers sharing one noun.
_SHARED_NOUN = re.compile(
    rf"(?<![\w.,])(?P<a>{_SMALL}|an?)\s+(?!hundred\b)[\w-]+\s+and\s+(?P<b>{_SMALL})\s+(?:[\w-]+\s+)?{_AGREEMENT_WORD}\b",
    re.I,
)


def _with_joined_counts(sentence: str, found: list[Mention]) -> list[Mention]:
    batches: list[tuple[int, int, float]] = []
    # A longer run of commas is a table, not a batch.
    lists = _COUNT_LIST.finditer(sentence) if sentence.count(",") <= 40 else iter(())
    for match in lists:
        numbers = [m.group("n").lower() for m in _ITEM_NUMBER.finditer(match.group())]
        values = [1.0 if n in ("a", "an") else parse_number(n) for n in numbers]
        values += [1.0] if _BARE_FIRST.match(match.group()) else []
        if len(values) >= 2 and None not in values:
            batches.append((*match.span(), float(sum(v for v in values if v is not None))))
    for match in _SHARED_NOUN.finditer(sentence):
        a = 1.0 if match.group("a").lower() in ("a", "an") else parse_number(match.group("a"))
        b = parse_number(match.group("b"))
        if a is not None and b is not None and not any(s <= match.start() < e for s, e, _ in batches):
            batches.append((*match.span(), a + b))
    for start, end, total in batches:
        kept = [m for m in found if m.end <= start or m.start >= end]
        found = sorted(
            [*kept, Mention("count", total, None, "count", "agreements", start, end)], key=lambda m: m.start
        )
    return found


# "900 Indian companies in the UK, up from 850 in 2021": the baseline counts the same thing; a
# bare "from" follows a rise to the count ("has risen to over 230 currently from just 70 in 2008").
_COUNT_BASELINE = re.compile(
    # "321 Japanese firms are currently running their businesses in the country, against 83 in 2010"
    rf"[^.;\d]{{0,80}}?\b(?:(?P<rise>(?:up|down|rising|falling)\s+)?from|(?P<against>against|as against|versus|compared (?:to|with)))\s+"
    rf"(?:just\s+|only\s+|about\s+|around\s+|some\s+|a mere\s+)?(?P<num>{_DIGITS})"
    r"(?![\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|bn|mn))",
    re.I,
)
_RISEN_TO = re.compile(
    r"\b(?:risen|grown|increased|rose|grew|climbed|jumped|went up)\s+to\s+(?:\w+\s+){0,2}$", re.I
)


def _with_count_baselines(sentence: str, found: list[Mention]) -> list[Mention]:
    extra = []
    for mention in found:
        match = _COUNT_BASELINE.match(sentence, mention.end) if mention.kind == "count" else None
        if (
            match
            and not (match.group("rise") or match.group("against"))
            and not _RISEN_TO.search(sentence, 0, mention.start)
        ):
            match = None
        value = parse_number(match.group("num")) if match else None
        if match and value and value >= 2 and not any(m.start <= match.start("num") < m.end for m in found):
            extra.append(Mention("count", value, None, "count", mention.noun, *match.span("num")))
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


# "the number of companies with Turkish capital has exceeded 1,800": the count comes last.
_NUMBER_OF = re.compile(
    # "taking the number of Indian firms there to 37": the level the step reached
    # "taking the total number of bilateral trade and cooperation deals between Kenya and Uganda to 25"
    r"\b(?:(?:taking|bringing|raising|pushing|lifting)\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<noun2>companies|firms|enterprises|businesses|deals|agreements|MoUs|memoranda|documents)\b[^.;:]{0,40}?"
    r"\bto\s+(?P<num2>" + _DIGITS + r"))|"
    # "the tally of MoUs and agreements had risen from 27 to 34"
    r"\b(?:number|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>companies|firms|enterprises|businesses|"
    r"joint ventures|MoUs|memoranda|memorandums|agreements|documents)\b"
    r"[^.;:]{0,140}?\b(?:is|are|was|were|has|have|had|reached|exceeded|exceeds|exceeding|passed|topped|"
    r"surpassed|stands|stood|totals|totalled|totaled|amounts|amounted|rose|grew|hit|increased|will)\b"
    # "the number of MoUs has been raised from 27 to 34"; "... will exceed the 1,000 mark by 2018"
    r"(?:\s+(?:reached|exceeded|passed|topped|surpassed|risen|grown|increased|been|raised|brought|at|to|"
    r"exceed|reach|top|surpass|pass|hit|rise|grow|increase))*"
    # "has grown from one to 38": the level reached, past its start
    rf"(?:\s+from\s+(?:{_DIGITS}|one|two|three|four|five|six|seven|eight|nine|ten|a handful)\s+to)?"
    r"\s+(?:a total of\s+|the\s+(?=[\d,]+\s+mark\b))?(?:about|around|over|more than|nearly|almost|some|approximately|roughly|close to)?\s*"
    # "has grown almost 3 times ... and has exceeded 200 units": a multiple is no count
    rf"(?P<num>{_DIGITS})(?![\d,.]*\s*(?:%|percent|per cent|times\b|-?fold\b))",
    re.I,
)


# "Memoranda and agreements, numbering at least 12, were signed", "agreements, 12 in all": the
# count follows its noun.
_COUNT_AFTER_NOUN = re.compile(
    rf"\b{_AGREEMENT_WORD}(?:\s+and\s+{_AGREEMENT_WORD})?,\s*(?:numbering\s+"
    rf"(?:at least\s+|about\s+|some\s+|over\s+|more than\s+|nearly\s+|around\s+)?(?P<num>{_SMALL})"
    rf"|(?P<all>{_SMALL})\s+in\s+all)\b",
    re.I,
)


# "nearly a quarter of a billion dollars", "half a billion euros": a fraction of a scale in words.
_FRACTIONS = {
    "a quarter": 0.25,
    "quarter": 0.25,
    "a half": 0.5,
    "half": 0.5,
    "a third": 1 / 3,
    "three quarters": 0.75,
}
# "a quarter of a billion dollars", "half a billion", "a half-billion-dollar mark"
_FRACTION = re.compile(
    r"\b(?P<frac>a quarter|quarter|a half|half|a third|three[- ]quarters)(?:\s+of)?(?:\s+an?)?[\s-]+"
    r"(?P<scale>trillion|billion|million)(?:[\s-]+(?P<suf>(?:U\.S\.|[A-Za-z]+)(?:\s+dollars?)?))?",
    re.I,
)
# "from half-billion to 1 billion USD": the currency written once, after the second level.
_ELIDED_CURRENCY = re.compile(
    r"\s+to\s+(?:about\s+|around\s+|over\s+)?[\d.,]+\s*(?:trillion|billion|million|bn|mln)\s+"
    r"(?P<suf>(?:U\.S\.?|[A-Za-z]+)(?:\s+dollars?)?)",
    re.I,
)


def _currency_word(suffix: str) -> str | None:
    """The currency a lower-cased word, name or code after a figure names, if any."""
    if not suffix:
        return None
    return (
        WORDS.get(suffix)
        or WORDS.get(suffix.split()[0])
        or (suffix.upper() if suffix.upper() in ISO_CODES else None)
    )


def _with_fractions(sentence: str, found: list[Mention]) -> list[Mention]:
    for match in _FRACTION.finditer(sentence):
        start, end = match.start(), match.end()
        suffix = " ".join((match.group("suf") or "").split()).lower()
        # "almost a quarter billion USD": a code names the currency as well as a word
        currency = _currency_word(suffix)
        if currency is None:
            end = match.end("scale")
            elided = _ELIDED_CURRENCY.match(sentence, end)
            suffix = " ".join(elided.group("suf").split()).lower() if elided else ""
            currency = _currency_word(suffix)
        if currency is None or any(m.start < end and start < m.end for m in found):
            continue
        fraction = _FRACTIONS[match.group("frac").lower().replace("-", " ")]
        value = _times(fraction, SCALES[match.group("scale").lower()])
        found = sorted(
            [*found, Mention("money", value, None, currency, None, start, end, suffix)], key=lambda m: m.start
        )
    return found


# "joint ventures between the two countries have reached 130": the firms counted after their noun.
_FIRMS_REACHED = re.compile(
    r"\b(?:companies|firms|enterprises|businesses|joint ventures)\b[^.;:,\d]{0,60}?\b(?:has|have)\s+"
    r"(?:now\s+|already\s+)?(?:reached|exceeded|crossed|surpassed|topped|passed)\s+"
    r"(?:(?:about|around|over|more than|nearly|almost|some)\s+)?"
    rf"(?P<num>{_DIGITS})(?![\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|[a-z]+\s+(?:companies|firms)))",
    re.I,
)

# "Chinese companies operating in the Kingdom number more than 750": the count after its verb.
_FIRMS_NUMBER = re.compile(
    r"\b(?:companies|firms|enterprises|businesses|joint ventures)\b[^.;:,\d]{0,60}?\b(?:now\s+)?"
    r"(?:number|numbered|total|totalled|totaled|stand at|stood at)\s+"
    r"(?:(?:about|around|over|more than|nearly|almost|some)\s+)?(?!(?:19|20)\d\d\b)"
    rf"(?P<num>{_DIGITS})(?![\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|[a-z]+\s+(?:companies|firms)))",
    re.I,
)

# "17,000 Spanish companies trade with Morocco and 700 are established there": the noun said once.
_MORE_FIRMS_ELIDED = re.compile(
    r"\b(?:and|while|but|of which|of whom)\s+(?:(?:about|around|over|more than|nearly|almost|some)\s+)?"
    rf"(?P<num>{_DIGITS})\s+(?:are|were|have been|had been)\s+(?:now\s+|already\s+)?"
    r"(?:established|based|registered|present|operating|active|set up|located)\b",
    re.I,
)


def _with_counts_after_noun(sentence: str, found: list[Mention]) -> list[Mention]:
    for match in _COUNT_AFTER_NOUN.finditer(sentence):
        group = "num" if match.group("num") else "all"
        value = parse_number(match.group(group))
        start, end = match.span(group)
        if value is None or value < 2 or any(m.start <= start < m.end for m in found):
            continue
        found = sorted(
            [*found, Mention("count", value, None, "count", "agreements", start, end)], key=lambda m: m.start
        )
    return found


_SMALL_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "The number of Japanese companies in Kenya has risen by 53 per cent, from 41 in 2016 to 54": both ends.
_NUMBER_OF_FROM_TO = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>companies|firms|enterprises|businesses|joint ventures)\b"
    rf"[^.;:]{{0,80}}?\bfrom\s+(?:(?:about|around|some|nearly|just|only)\s+)?(?P<a>{_DIGITS}|{_SMALL_WORD})"
    rf"(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:(?:about|around|some|nearly|over|more than)\s+)?(?P<b>{_DIGITS})"
    r"(?![\d,.]*\s*(?:%|percent|per cent|million|billion))",
    re.I,
)


# "double the number of German companies in India to 3,600 from 1,800": the ends the other way round.
_NUMBER_OF_TO_FROM = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>companies|firms|enterprises|businesses|joint ventures)\b"
    rf"[^.;:]{{0,80}}?\bto\s+(?:(?:about|around|some|nearly|over|more than)\s+)?(?P<b>{_DIGITS})"
    rf"\s+from\s+(?:(?:about|around|some|nearly|just|only)\s+)?(?P<a>{_DIGITS}|{_SMALL_WORD})"
    r"(?![\d,.]*\s*(?:%|percent|per cent|million|billion))",
    re.I,
)


def _with_number_of(sentence: str, found: list[Mention]) -> list[Mention]:
    ends = [*_NUMBER_OF_FROM_TO.finditer(sentence), *_NUMBER_OF_TO_FROM.finditer(sentence)]
    for match in ends:
        for group in ("a", "b"):
            value = parse_number(match.group(group))
            start, end = match.span(group)
            if value is None or value < 2 or any(m.start <= start < m.end for m in found):
                continue
            found = [*found, Mention("count", value, None, "count", "companies", start, end)]
    found = sorted(found, key=lambda m: m.start)
    for match in _NUMBER_OF.finditer(sentence):
        group = "num" if match.group("num") else "num2"
        value = parse_number(match.group(group))
        start, end = match.span(group)
        if value is None or value < 2 or any(m.start <= start < m.end for m in found):
            continue
        found = [m for m in found if not (m.start <= start < m.end)]
        noun = (
            "companies"
            if (match.group("noun") or match.group("noun2")).lower() in COMPANY_NOUNS
            else "agreements"
        )
        found.append(Mention("count", value, None, "count", noun, start, end))
    found = sorted(found, key=lambda m: m.start)
    for match in _OF_THEM.finditer(sentence):
        # "Russian companies have opened offices in the UAE, and today there are more than 4,000 of them"
        if _COMPANY_NOUN_RE.search(sentence, 0, match.start()):
            found = _with_count_at(found, match, "companies")
    for match in _OF_THEM_WHEN.finditer(sentence):
        # "174 enterprises ... have been set up, 16 of them since the beginning of 2022": the part
        # the time after it counts
        counted = [m for m in found if m.kind == "count" and m.end <= match.start()]
        if counted:
            found = _with_count_at(found, match, counted[-1].noun)
    for match in _IT_ROSE_TO.finditer(sentence):
        counted = [m for m in found if m.kind == "count" and m.end <= match.start()]
        if counted:
            found = _with_count_at(found, match, counted[-1].noun)
    for match in _THE_NUMBER_BARE.finditer(sentence):
        # "A year earlier, the number was 972": the count told before, whose noun the article gives
        found = _with_count_at(found, match, REFERRED_COUNT)
    return found


# The noun of a count that names none ("their number reached 1,204"): the count told before.
REFERRED_COUNT = "number"
_THE_NUMBER_BARE = re.compile(
    r"\b(?:the|their|its)\s+(?:total\s+)?number\s+(?:(?:had|has|have)\s+)?(?:was|is|were|stood at|stands at|"
    r"reached|totall?ed|came to|amounted to|rose to|grew to|increased to|exceeded)\s+"
    r"(?:about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+|some\s+|approximately\s+|roughly\s+)?"
    rf"(?P<num>{_DIGITS})(?![\d,.]*\s*(?:%|percent|per cent|times\b|-?fold\b|\w))",
    re.I,
)


def _with_count_at(found: list[Mention], match: re.Match[str], noun: str | None) -> list[Mention]:
    """The figures with the count a pattern's `num` group names added, unless it is one already."""
    start, end = match.span("num")
    value = parse_number(match.group("num"))
    if value is None or value < 2 or any(m.start <= start < m.end for m in found):
        return found
    return sorted([*found, Mention("count", value, None, "count", noun, start, end)], key=lambda m: m.start)


_OF_THEM = re.compile(
    rf"\bthere\s+(?:are|were)\s+(?:now\s+)?(?:(?:more than|over|about|around|some|nearly|almost)\s+)?"
    rf"(?P<num>{_DIGITS})\s+of\s+them\b",
    re.I,
)
_OF_THEM_WHEN = re.compile(
    rf",\s*(?:(?:more than|over|about|around|some|nearly|almost)\s+)?(?P<num>{_DIGITS})\s+of\s+them\s+"
    r"(?=(?:since|in|during|this|last|so far this)\b)",
    re.I,
)
_COMPANY_NOUN_RE = re.compile(rf"\b(?:{'|'.join(COMPANY_NOUNS)})\b", re.I)
# "the number of German companies in India was about 1,800 and it had increased to almost 2,000
# now": the number referred back to, at its new level.
_IT_ROSE_TO = re.compile(
    r"\b(?:it|this|the number|the figure)\s+(?:has\s+|had\s+|have\s+)?(?:since\s+)?"
    # "... and the number is likely to increase to 800-1000 in the next few years": a forecast level
    r"(?:(?:is|are)\s+(?:likely|expected|set|projected|poised)\s+to\s+|will\s+|could\s+|may\s+)?"
    r"(?:increased|risen|grown|rose|grew|climbed|jumped|reached|gone up|went up|increase|rise|grow|climb|reach)\s+(?:to\s+)?"
    r"(?:between\s+)?"
    r"(?:almost\s+|about\s+|nearly\s+|over\s+|more than\s+|around\s+|some\s+)?"
    rf"(?P<num>{_DIGITS})(?![\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|bn|mn|mln))",
    re.I,
)


# Signs that name money only before a scale word: "euro 17.4 billion" (the Indian press's form).
_NEEDS_SCALE = frozenset(("TL", "euro", "Euro", "EURO"))


def _mention(name: str, match: re.Match[str], decimal_comma: bool = False) -> Mention | None:
    start, end = match.start(), match.end()
    if name != "count" and match.group("num2") and _YEARLIKE.fullmatch(match.group("num")):
        return None  # "in 2023 and 3.4 billion dollars": a year, then the next figure
    if name == "quantity":
        written = " ".join(match.group("unit").lower().split())
        unit, multiplier = QUANTITY_UNITS[written]
        if written == "mt" and (parse_number(match.group("num")) or 0) >= 10_000:
            multiplier = 1  # "411,689 MT of rice": metric tons; no one ships 411,689 million tonnes
        # "12 mt" is millions already; a fraction ("14.8 million kilogrammes") applies on top of the scale.
        # "1,567 billion cubic meters" of gas between two countries is 1.567 billion: no pair moves a
        # trillion cubic metres or tonnes of anything, so the comma is a decimal one.
        stray_comma = (
            SCALES.get((match.group("scale") or "").lower()) == 1e9
            and _STRAY_DECIMAL_COMMA.fullmatch(match.group("num")) is not None
        )
        scaled = _scaled(
            match,
            multiplier if not match.group("scale") or multiplier <= 1 else 1,
            decimal_comma or stray_comma,
        )
        if scaled is None:
            return None
        return Mention("quantity", scaled[0], scaled[1], unit, None, start, end)
    if name == "count":
        raw = match.group("num")
        value = 1.0 if raw.lower() == "a" else parse_number(raw)
        if value is not None and match.group("scale"):
            value = _times(
                value, {"hundred": 100, "thousand": 1e3, "million": 1e6}[match.group("scale").lower()]
            )
        elif _DOT_THOUSANDS.fullmatch(raw):
            value = float(raw.replace(".", ""))  # "5.678 commercial entities": no count is a fraction
        if value is None or not math.isfinite(value) or value < 2 or value != int(value):
            return None
        if _YEARLIKE.fullmatch(raw):
            return None
        noun = match.group("noun").lower()
        kind = "companies" if noun in COMPANY_NOUNS else "agreements"
        high = parse_number(match.group("num2")) if match.group("num2") else None
        if high is not None and (
            high <= value or match.group("scale") or _YEARLIKE.fullmatch(match.group("num2"))
        ):
            high = None  # "2023-2024 companies" is no range, nor "5-3"
        return Mention("count", value, high, "count", kind, start, end)
    currency, form = _currency(match)
    # "$1,340 billion" of trade between two neighbours is $1.34 billion written with a decimal comma:
    # a trillion dollars is written as such, and no pair's trade but the largest comes near it.
    stray_comma = (
        currency == "USD"
        and SCALES.get((match.group("scale") or "").lower()) == 1e9
        and _STRAY_DECIMAL_COMMA.fullmatch(match.group("num")) is not None
    )
    scaled = _scaled(match, decimal_comma=decimal_comma or stray_comma)
    if scaled is None:
        return None
    if name == "money_prefix" and match.group("pre") in _NEEDS_SCALE and not match.group("scale"):
        return None  # "TL 50", "Euro 2024": a price, a championship
    if not match.groupdict().get("scale") and scaled[0] < 1000:
        # "$5" or "5 dollars" is a price, not a bilateral figure.
        return None
    return Mention("money", scaled[0], scaled[1], currency, None, start, end, form)
