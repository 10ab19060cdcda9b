"""Whether a figure is an actual level or a target."""

from __future__ import annotations

import re

from ..cues import is_kind_cue, kind_of
from .bilateral import last_clause_start
from .measures import CONTRACT_FOR, signing_kind
from .reading import Figure
from .timing import TO_NEXT, all_past

# A headline's infinitive is its future: "Over 1,000 Turkish firms to operate in Kazakhstan".
_HEADLINE_FUTURE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?to\s+(?:operate|open|invest|reach|hit|top|exceed|surpass|cross|double|triple|"
    r"rise|grow|increase|boost|build|set up|sign|supply|export|import|ship|buy|be)\b",
    re.I,
)


_NOW_AFTER_FIGURE = re.compile(r"\s*(?:now|currently|today|at present)\b", re.I)


_AND_ROSE_TO = re.compile(
    r"[^,;.]{0,30}?\band\s+(?:then\s+)?(?:rising|climbing|increasing|growing|jumping|reaching|hitting)\s+"
    r"(?:further\s+)?(?:to\s+)?$",
    re.I,
)


def figure_kind(figure: Figure, metric: str, bare_left: str) -> str:
    """Actual or target: the cues around the figure, then what the figures before it were."""
    left, right, previous, prefix = figure.left, figure.right, figure.previous, figure.prefix
    if _CHANGE_OF_END.search(bare_left) and TO_NEXT.match(figure.text, figure.mention.end):
        return "actual"  # "to lift the meagre trade of $1 billion to $5 billion": the level now
    # "we topped the $10 billion line": a qualifier that is also a verb keeps telling the kind.
    kind_left = left if is_kind_cue(left[len(bare_left) :]) else bare_left
    if figure.mention.kind == "count" and metric == "agreements":
        kind = signing_kind(figure.text, figure.mention.start) or (
            # "one of a dozen agreements that seek to promote cooperation": what existing ones are for
            "actual" if _PURPOSE_AFTER.match(right) else kind_of(kind_left, right, prefix)
        )
    else:
        if figure.left_at and (now := _NOW_AFTER_FIGURE.match(kind_left)):
            # "from 1 billion US dollars now to five billion in 2030": "now" is the figure before's
            kind_left = kind_left[now.end() :]
        kind = kind_of(kind_left, right, prefix)
    if (
        kind == "target"
        and previous is not None
        and previous.kind == "actual"
        and previous.metric == metric
        and previous.start == figure.sentence.start
        and _AND_ROSE_TO.match(left)
        and not _FUTURE_WORD.search(figure.text)
    ):
        kind = "actual"  # "reaching $8.94 billion in FY 2023-24 and rising to $10.61 billion in FY 2024-25"
    if kind == "target" and metric == "investment" and _pledged(figure):
        # "Qatar will invest £5 billion in the UK", "pledged to invest Rs 2.1 lakh crore": an investor's
        # pledge is an announced total, which the investment measure counts as it stands
        kind = "actual"
    if kind is None and _future_year_of(figure):
        kind = "target"  # "Oil deliveries to Türkiye in 2026 amount to 24 million tonnes": a plan
    if (
        kind is None
        and figure.sentence.paragraph == figure.reading.headline
        and _HEADLINE_FUTURE.match(right)
    ):
        kind = "target"  # "Over 1,000 Russian enterprises to operate in Uzbekistan by end of 2018"
    if (
        kind == "target"
        and metric == "companies"
        and _TAKING_NUMBER.search(left)
        and not _FUTURE_WORD.search(prefix)
    ):
        kind = "actual"  # "the latest Indian company to set foot in Morocco, taking the number ... to 37"
    if metric == "commodity_volume" and CONTRACT_FOR.search(prefix[-160:]):
        kind = "target"  # "signed a long-term contract for the supply of 4.5 bln cubic meters": what is owed
    if metric == "commodity_volume" and _UP_TO.search(left[-12:]) and not all_past(figure.reading):
        kind = "target"  # "annual deliveries of up to 400 million cubic meters": a ceiling, not a flow seen
    if (
        kind is None
        and metric == "commodity_volume"
        and _ANNUAL.match(right)
        and _CONTRACTED.search(figure.text)
    ):
        kind = (
            "target"  # "the supply deal covers 10 bcm of gas per year": a contracted volume, not a flow seen
        )
    if (
        previous is not None
        and previous.metric == metric
        and (_PART_OF.search(left) or (kind is None and _LIST_ON.match(left)))
    ):
        # "70 bcm a year will flow, including 30 bcm via the western route and 38 bcm via the
        # eastern one": the parts and the list's later items are of the kind of the first.
        kind = previous.kind
    if (
        previous is not None
        and previous.kind == "target"
        and previous.metric == metric
        and _AGAINST_EARLIER.search(bare_left)
        and _EARLIER_AFTER.match(right)
    ):
        # "raises the trade target to USD 40 billion by 2015 as against USD 30 billion earlier": the old goal
        kind = "target"
    return kind or "actual"


_PLEDGE = re.compile(
    r"\b(?:pledg\w*|commit\w*|promis\w*|(?:decided|decides|agreed|"
    r"agrees|set|is|are)\s+to\s+(?:invest|put|pour|inject)|(?:will|would|shall)\s+(?:also\s+)?(?:be\s+)?invest\w*|"
    r"announced|announces|unveiled)\b",
    re.I,
)
_COMMITMENTS_AFTER = re.compile(
    r"\s*(?:of\s+|in\s+)?(?:new\s+)?(?:investment\s+)?(?:commitments?|pledges?)\b"
    # "Out of the 14 billion promised during this visit as an investment": the sum pledged
    r"|\s+(?:(?:that|which)\s+(?:was|were|has been|had been)\s+)?(?:promised|pledged|committed)\b",
    re.I,
)
# A host's wish, a forecast or a goal set for a deadline stays a target.
_NOT_A_PLEDGE = re.compile(
    r"\b(?:attract\w*|wants?|aims?|aiming|seeks?|seeking|hopes?|expects?|expected|expecting|targets?|targeted|goal|"
    # "the Qatar Investment Authority announced its aspiration to invest $3 billion": a wish, no pledge
    r"aspirations?|ambitions?|intentions?|intends?|desire|wish|"
    r"projected|forecast|predicts?|predicted|anticipates?|anticipated|could|might|may|exceed|reach|double|triple|"
    r"raise|increase|boost|bring)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b",
    re.I,
)


def _pledged(figure: Figure) -> bool:
    """An investor's pledge or commitment of a sum, with no host's wish, forecast, deadline or horizon."""
    prefix = figure.prefix
    clause = prefix[last_clause_start(prefix) :][-160:]
    right = figure.right.split(",", 1)[0][:80]
    # A pledge over years ahead ("over the next five years") keeps its horizon as a goal's period.
    horizon = any(w.prep == "within" for w in figure.reading.sentence_times)
    return bool(_PLEDGE.search(clause) or _COMMITMENTS_AFTER.match(figure.right)) and not (
        horizon or _NOT_A_PLEDGE.search(clause) or _NOT_A_PLEDGE.search(right)
    )


def _future_year_of(figure: Figure) -> bool:
    """A year after publication named beside the figure, between it and its neighbours."""
    published = figure.reading.published
    if published is None:
        return False
    return any(
        w.year is not None
        and w.year > published.year
        and w.chained is None
        # a horizon ("in three years", "over the next five years") is when a span ends, not the figure's year
        and w.prep not in ("since", "from", "between", "within")
        and figure.left_at <= w.start
        and w.end <= figure.right_end
        for w in figure.reading.sentence_times
    )


_PURPOSE_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:seek|seeks|aim|aims|are aimed|are designed|are meant)"
    # "a dozen agreements meant to promote closer cooperation in the coming years"
    r"|(?:meant|designed|intended|aimed)\s+(?:to|at))\b",
    re.I,
)


_TAKING_NUMBER = re.compile(r"\b(?:taking|bringing|raising|pushing|lifting)\s+the\s+number\s+of\b", re.I)
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|expected|plans?|aims?|target|goal)\b", re.I)


_UP_TO = re.compile(r"\bup\s+to\s*$", re.I)


_AGAINST_EARLIER = re.compile(
    r"\b(?:as against|against|compared (?:to|with)|versus|from|up from|instead of)\s*$", re.I
)
# "... as against USD 30 billion earlier"; "the highest in the past decade" is a span, not the old goal.
_EARLIER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:earlier|previously|before|in the past(?!\s+(?:decade|century|\w+\s+years|years|months|\d)))\b",
    re.I,
)


# "to", with the equivalent of the figure before it in brackets: "(around $237m) to"
_CHANGE_OF_END = re.compile(
    r"\b(?:lift|lifting|raise|raising|increase|increasing|boost|boosting|bring|bringing|take|taking|push|pushing|"
    r"expand|expanding|grow|growing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:of|at)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.I,
)


_LIST_ON = re.compile(r"^[^.;:]{0,40}?(?:,|\band)\s*$")
_PART_OF = re.compile(r"^[^.;]{0,40}?\b(?:including|of which|among them|comprising)\b", re.I)
_ANNUAL = re.compile(
    r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:per year|a year|annually|per annum|each year|every year)\b", re.I
)
_CONTRACTED = re.compile(
    r"\b(?:deal|deals|agreement|agreements|contract|contracts|accord|memorandum)\b", re.I
)
