"""Agreements, MoUs, protocols and deals: one record per signing, with sectors and status."""

from __future__ import annotations

import datetime as dt
import re

from ._trie import trie_pattern
from ._vocab import (
    AGREEMENT_ANAPHORA_NOUNS,
    AGREEMENT_RECORD_NOUNS,
    NON_BINDING_CUES,
    SECTOR_WORDS,
    SIGNING_VERBS,
    WORD_NUMBERS,
)
from .cues import BLOC, HOLDS_BEFORE, PLANNED_RE, SIGNING_RE, WITH_EVERYONE, is_price_tag, prices_agreements
from .models import Agreement
from .numbers import Mention
from .parsed import ParsedSentence
from .periods import TimeContext, find_times


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return trie_pattern(words)


def _sector_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {word.lower(): sector for sector, words in SECTOR_WORDS.items() for word in words}
    acronyms = [w for w in lookup if w.upper() in _ACRONYMS]
    words = [w for w in lookup if w.upper() not in _ACRONYMS]
    # Acronyms ("IT", "LNG") only count in capitals: "it" is a pronoun.
    body = f"(?-i:{trie_pattern(w.upper() for w in acronyms)})|{trie_pattern(words)}"
    # "trade-economic cooperation" names trade: a hyphen may follow a sector word.
    return re.compile(r"(?<![\w-])(?:" + body + r")(?!\w|-(?:free|based|rich|owned)\b)", re.I), lookup


_ACRONYMS = {w for words in SECTOR_WORDS.values() for w in words if w.isupper()}


_SECTORS, _SECTOR_LOOKUP = _sector_pattern()
_RECORD_NOUNS = frozenset(AGREEMENT_RECORD_NOUNS)
_ANAPHOR = re.compile(
    r"(?<![\w-])(?:the|this|these|those|such|that)\s+(?:[£$€]?[\d.,]+\s?\w*\s+|\w+\s+){0,2}?"
    r"(?:" + _alternation(AGREEMENT_ANAPHORA_NOUNS) + r")(?![\w-])",
    re.I,
)
_ANAPHORA_NOUN = re.compile(r"(?<![\w-])(?:" + _alternation(AGREEMENT_ANAPHORA_NOUNS) + r")(?![\w-])", re.I)
_NON_BINDING = re.compile(r"(?<![\w-])(?:" + _alternation(NON_BINDING_CUES) + r")(?![\w-])", re.I)
_NOT_ANAPHORA_WORDS = {"of", "in", "on", "for", "with", "to", "and", "signing", "which"}


def extract_agreements(
    sentences: list[ParsedSentence], pair: list[str], published: dt.date | None = None
) -> list[Agreement]:
    """Agreement records in reading order; restatements of one batch merge into it.

    A record's `year` is the one its sentence names ("14 agreements concluded in 2021"), else none:
    the article's date is kept apart, on the article."""
    records: list[Agreement] = []
    headline = sentences[0].paragraph if sentences else 0
    headline_starts = {s.start for s in sentences if s.paragraph == headline}
    last_index = -(10**9)
    # The batch the story last spoke of: a restated batch is spoken of again after a newer one.
    latest: Agreement | None = None
    for index, sentence in enumerate(sentences):
        text = sentence.text
        # One scan finds both agreement nouns and the words that refer back to one.
        named = list(_ANAPHORA_NOUN.finditer(text))
        pronoun = _PRONOUN_LIST.match(text)
        if (
            pronoun is not None
            and latest is not None
            and latest.end <= sentence.start
            and (not named or not sentence.mentions)
        ):
            # "They include cooperation in space technology ...", "They include an interim
            # arrangement on sharing the waters ...": the batch just named.
            _merge(latest, _sectors_in(text[pronoun.end() :]), None, None)
            continue
        if not named:
            if _UNDERSTANDING_ITEM.match(text) and latest is not None and index - last_index <= _LIST_REACH:
                # "an understanding in the field of energy;": an item of the list of what was signed
                _merge(latest, _sectors_in(text), None, None)
                last_index = index
            continue
        if _NONE_SIGNED.search(text) or _third_party_deal(sentence, pair):
            continue  # "without signing a single agreement", "the EU-Vietnam Free Trade Agreement"
        nouns = [m for m in named if m.group(0).lower() in _RECORD_NOUNS]
        anaphor = _anaphor(text)
        if not nouns and anaphor is None:
            continue
        spans = [m.span() for m in nouns] or ([anaphor.span()] if anaphor else [])
        sectors = _sectors(text, spans)
        count, value, currency = _count_and_value(text, sentence.mentions)
        if (
            anaphor is not None
            and latest is not None
            and (count is None or count == latest.count or _BREAKDOWN.search(text))
        ):
            # "The MoUs include 12 investment agreements and 23 trade agreements": the batch's parts,
            # whose values are the parts' own
            part = count is not None and count != latest.count
            _merge(latest, sectors, None if part else value, None if part else currency)
            continue
        if not nouns:
            continue
        if _PROPOSED_BEFORE.search(
            text, max(0, nouns[0].start() - 70), nouns[0].start()
        ) and not _SIGNED_PAST.search(text):
            continue  # "agreed to explore a Free Trade Agreement", "efforts to conclude a trade pact": none yet
        signed = SIGNING_RE.search(text) or PLANNED_RE.search(text) or _PACT_IN_FORCE.search(text)
        if not signed and count and _holds_count(text, sentence.mentions, count):
            continue  # "an open economy that has 14 free trade agreements": what it holds, no signing
        if not (signed or count):
            if latest is not None and index - last_index <= _LIST_REACH:
                # "■ MOU on Implementation of Tourism Plan", "an MoU on cooperation in agriculture":
                # the titles listed after a signing belong to it.
                _merge(latest, sectors, None, None)
                last_index = index
            continue
        if count is None and value is None and latest is not None and latest.count > 1 and _plural(nouns[0]):
            # "witnessed the exchange of MoUs on health, ...": the batch just counted, not a new one.
            _merge(latest, sectors, None, None)
            continue
        twin = next(
            (
                r
                for r in records
                if (count and count > 1 and r.count == count) or (value and r.value == value)
            ),
            None,
        )
        if twin is not None:
            _merge(twin, sectors, value, currency, count)
            latest = twin
            if twin.start in headline_starts and sentence.start not in headline_starts:
                # The body says it in full; the headline's wording is clipped.
                twin.summary, twin.evidence = _summary(text, nouns[0].start()), text
                twin.start, twin.end = sentence.start, sentence.end
                twin.status = _status(text)
            continue
        last_index = index
        if not sectors and count and count > 1 and index and sentences[index - 1].paragraph > headline:
            # "... collaboration lies in areas such as pharmaceuticals, aerospace ... He said these were
            # reflected in nine MoUs": the fields the sentence before lists are the counted batch's.
            sectors = _fields_listed(sentences[index - 1].text)
        records.append(
            Agreement(
                summary=_summary(text, nouns[0].start()),
                parties=_parties(sentence, pair),
                sectors=sectors,  # type: ignore[arg-type]
                count=count or 1,
                status=_status(text),
                year=_signed_year(text, published),
                value=value,
                currency=currency,
                evidence=text,
                start=sentence.start,
                end=sentence.end,
            )
        )
        latest = records[-1]
    return _fold_headline(records, headline_starts)


# "agreed to explore a Free Trade Agreement", "suggested that the two prepare and sign a roadmap":
# an idea, not an agreement (an aim to sign one by a date still counts, as planned)
_PROPOSED_BEFORE = re.compile(
    r"\b(?:explore|exploring|explored|study|studying|consider|considering|suggested|proposed|proposing|propose|"
    r"prepare\s+and\s+sign)\b[^.;]*$",
    re.I,
)
_SIGNED_PAST = re.compile(r"\b(?:signed|inked|sealed|concluded|initialled|initialed)\b", re.I)


def _holds_count(text: str, mentions: tuple[Mention, ...], count: int) -> bool:
    """Whether the count is one a country has ("has 14 FTAs"), not one signed."""
    return any(
        m.kind == "count" and m.value == count and HOLDS_BEFORE.search(text, 0, m.start) for m in mentions
    )


# "have implemented a free trade agreement", "since the CEPA came into force": a pact the pair
# already has, told of again, is among the article's agreements.
_PACT_IN_FORCE = re.compile(
    r"\b(?:implemented|came into force|entered into force|took effect|in force|concluded|ratified)\b",
    re.I,
)
_BREAKDOWN = re.compile(
    r"\b(?:MoUs|agreements|memoranda|memorandums|documents|deals|accords|they)\s+"
    r"(?:include|included|comprise|comprised|cover|covered|consist of|consisted of)\b",
    re.I,
)
_NONE_SIGNED = re.compile(
    r"\b(?:without\s+(?:signing|concluding|any)|not\s+(?:a\s+single|one|any)|no)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|memorand\w*|MoUs?|documents?|pacts?)\b"
    r"|\b(?:did|do|does|could|would)\s+not\s+sign\b|\bfailed\s+to\s+sign\b",
    re.I,
)
# "an FTA was signed between India and the European Union", "the EU-Vietnam Free Trade Agreement".
_BETWEEN_PARTIES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
)
_COMPOUND_PARTIES = re.compile(
    r"\b(?P<a>[A-Z][\w.]*)-(?P<b>[A-Z][\w.]*)\s+(?:[A-Za-z][\w-]*\s+){0,3}(?i:agreement|treaty|accord|pact|FTA)\b"
)


def _third_party_deal(sentence: ParsedSentence, pair: list[str]) -> bool:
    """The sentence's agreement is between one of the pair and another country or a bloc."""
    text = sentence.text
    if WITH_EVERYONE.search(text):
        return True
    for bloc in BLOC.finditer(text) if " with " in text else ():
        if _SIGNED_WITH.search(text, max(0, bloc.start() - 60), bloc.start()):
            return True  # "a free trade agreement Vietnam has signed with the (Russia-led) EAEU"
    named = {c.code for c in sentence.countries if c.form != "capital"}
    if len(named) >= 2 and not named & set(pair):
        return True  # "Qatar and Bahrain signed a solidarity deal": neither side is the pair's
    for pattern in (_BETWEEN_PARTIES, _COMPOUND_PARTIES):
        for match in pattern.finditer(text):
            codes = [
                {c.code for c in sentence.countries if match.start(side) <= c.start < match.end(side)}
                | ({"bloc"} if BLOC.search(match.group(side)) else set())
                for side in ("a", "b")
            ]
            if all(codes) and any(not (side & set(pair)) for side in codes):
                return True
    return False


_SIGNED_WITH = re.compile(
    r"\b(?:signed|inked|concluded|agreed|agreement|agreements|FTA|deal)\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?"
    r"(?:\([^)]{0,30}\)\s+)?$",
    re.I,
)
_LIST_SPAN = 400
_LIST_ITEMS = 16
# How many sentences after a signing a bare title of an agreement still belongs to it.
_LIST_REACH = 16
_UNDERSTANDING_ITEM = re.compile(
    r"^\W{0,3}(?:an?\s+)?(?:understanding|arrangement)\s+(?:in|on|for|to|creating|between)\b", re.I
)
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d\d\b|[Yy]ear|[Tt]oday")


def _signed_year(text: str, published: dt.date | None) -> int | None:
    """The year a sentence says its agreements were signed or are due ("in 2021", "last year")."""
    if not _YEAR_WORDS.search(text):
        return None
    # A horizon ahead ("over the next five years") is a goal's, never the date of a signing.
    latest = published.year if published else None
    years = {
        w.year
        for w in find_times(text, TimeContext(published))
        if w.year is not None and not (latest is not None and w.relative and w.year > latest)
    }
    return years.pop() if len(years) == 1 else None


def _fold_headline(records: list[Agreement], headline_starts: set[int]) -> list[Agreement]:
    """A headline's vague "sign deals" is the body's batch, not one more agreement."""
    body = [r for r in records if r.start not in headline_starts]
    if not body:
        return records
    kept = []
    for record in records:
        if record.start in headline_starts and record.count == 1 and record.value is None:
            _merge(body[0], list(record.sectors), None, None)
            continue
        kept.append(record)
    return kept


def _anaphor(text: str) -> re.Match[str] | None:
    """A definite reference to an agreement already named: "The 18 memoranda cover ..."."""
    for match in _ANAPHOR.finditer(text):
        words = match.group(0).lower().split()
        if _NOT_ANAPHORA_WORDS.intersection(words[1:-1]):
            continue
        return match
    return None


def _merge(
    record: Agreement, sectors: list[str], value: float | None, currency: str | None, count: int | None = None
) -> None:
    record.sectors = sorted(set(record.sectors) | set(sectors))  # type: ignore[assignment]
    if count and record.count == 1:
        record.count = count
    if record.value is None and value is not None:
        record.value, record.currency = value, currency


_COMMERCIAL_CONTRACTS = re.compile(
    r"\bcommercial(?=\s+(?:contracts?|deals?|agreements?\s+and\s+contracts?)\b)", re.I
)


def _sectors(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Sectors named around the agreement nouns: modifiers before, the list after, and a list that
    a verb of the sentence opens further on ("..., signed in the capital, cover agriculture, ...")."""
    found: set[str] = set()
    if _INSTITUTION_HINT.search(text):
        # "the Industrial and Commercial Bank of China": a bank signs for finance, whatever its name says
        text = _INSTITUTION.sub(
            lambda m: (
                " " * (len(m.group()) - 4) + "Bank" if m.group().endswith("Bank") else " " * len(m.group())
            ),
            text,
        )
    if "media" in text:
        text = _ATTRIBUTION.sub(lambda m: " " * len(m.group()), text)
    if "ommercial" in text:
        # "signed commercial contracts and cooperation agreements": any firm's contract is commercial
        text = _COMMERCIAL_CONTRACTS.sub(lambda m: " " * len(m.group()), text)
    if "xport" in text or "mport" in text:
        # "unlock natural resource exports including coal, copper, tin": goods a deal moves, not its fields
        text = _GOODS_LISTED.sub(lambda m: " " * len(m.group()), text)
        # "documents on the export of crop products": the goods name the field, the flow does not
        text = _ON_THE_EXPORT.sub(lambda m: " " * len(m.group()), text)
    read_to = 0
    for start, end in spans:
        before = " ".join(text[max(0, start - 80) : start].split()[-3:])
        if text[start:end].lower() in ("fta", "ftas"):
            before += " fta"  # the noun itself names the field
        found.update(_sectors_in(before))
        if end < read_to:
            continue  # inside the list an earlier noun already read ("6 agreements, 3 protocols, ...")
        # A list of what an agreement covers runs a few hundred characters at most; reading the
        # rest of a long sentence for each of its nouns would make the sentence quadratic.
        following = _following_list(text[end : end + _LIST_SPAN])
        read_to = end + len(following)
        found.update(_sectors_in(following))
    if spans and _THESE_AREAS.match(text, spans[0][1]):
        # "reviewed cooperation in technology, tourism ... and signed agreements in these areas"
        found.update(_sectors_in(text[: spans[0][0]]))
    if spans:
        opener = _LIST_VERB.search(text, spans[0][1])
        if opener is not None and not _NEW_CLAUSE.search(text, spans[0][1], opener.start()):
            found.update(_sectors_in(text[opener.end() :].split(";", 1)[0]))
        elif _AMONG_THE.search(text, max(0, spans[0][0] - 30), spans[0][0]):
            # "cooperation projects covering energy, finance and the environment were also among the
            # deals signed": the list before the noun is the deals'.
            before = _LIST_VERB.search(text, 0, spans[0][0])
            if before is not None:
                found.update(_sectors_in(text[before.end() : spans[0][0]]))
    return sorted(found)


# "Sri Lanka's Ministry of Tourism Development, Wildlife and Christian Religious Affairs": words in
# a signatory's name say who signs, not what the agreement covers.
_INSTITUTION_HINT = re.compile(
    r"Ministr|Department|Council|Commission|Bureau|Agency|Authority|Academy|Institute|University|Chamber|Office|Board"
    r"|Minister|Directorate|Secretary|Federation|Bank"
)
# "India's Minister of Commerce and Industry and Civil Aviation", "the Communications Directorate said"
_INSTITUTION = re.compile(
    r"\b(?:Ministry|Ministries|Minister|Ministers|Secretary|Department|Council|Commission|Bureau|Agency|Authority|"
    r"Academy|Institute|University|Chamber|Chambers|Federation|Directorate|Office|Board)\s+(?:of|for|on)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+(?:of|for)\s+|\s+)[A-Z][\w-]*)*"
    # "Union Commerce and Industry Minister Piyush Goyal": the portfolio named before the title
    r"|(?<![\w-])(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}(?:Directorate|Ministry|Minister|Secretary|Agency|Bureau|Authority|Board|Bank)\b"
)


_ON_THE_EXPORT = re.compile(r"(?<=on the )(?:exports?|imports?)\s+of\b", re.I)
# "documents on the export of crop and livestock products" are about those goods: no blanking there
_GOODS_LISTED = re.compile(
    r"(?<!on the )(?<!for the )(?<!on )\b(?:exports?|imports?)\s+(?:including|such as|of|like)\s+[^.;]*", re.I
)


# "..., state media said": who reports the signing, not what it covers.
_ATTRIBUTION = re.compile(
    r"\b(?:state|local|official|national|government|news)\s+media\b|\bmedia\s+(?:said|reported|reports|say)\b",
    re.I,
)


_FIELDS_LIST = re.compile(
    r"\b(?:areas?|fields?|sectors?|spheres?|domains?)\s+(?:such as|including|like|as diverse as|ranging from)\s+",
    re.I,
)


def _fields_listed(text: str) -> list[str]:
    listed = _FIELDS_LIST.search(text)
    return sorted(_sectors_in(text[listed.end() :])) if listed else []


def _plural(noun: re.Match[str]) -> bool:
    word = noun.group(0).lower()
    return word.endswith("s") or word in ("memoranda", "protocols", "accords")


def _sectors_in(text: str) -> set[str]:
    return {_SECTOR_LOOKUP[match.group(0).lower()] for match in _SECTORS.finditer(text)}


_AMONG_THE = re.compile(r"\b(?:among|one of|part of)\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?$", re.I)
# ", and underlined opportunities to deepen trade in areas such as ...": another clause's list.
_NEW_CLAUSE = re.compile(r",\s+and\s+|;|\bwhile\b")
_THESE_AREAS = re.compile(
    r"\s+(?:in|on|covering|across)\s+(?:these|those|the same|such|all these|all those)\s+"
    r"(?:areas|fields|sectors|spheres|domains)\b",
    re.I,
)
# Verbs and phrases that open the list of what a batch of agreements covers.
_LIST_VERB = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|includ(?:e|es|ed|ing)|span(?:s|ned|ning)?|concern(?:s|ed|ing)?|focus(?:es|ed)? on|"
    r"relat(?:e|es|ed|ing) to|deal(?:s|t)? with|ranging from|range[sd]? from|"
    r"(?:expected|designed|intended|meant|aimed) to (?:strengthen|boost|develop|expand|promote|improve|deepen)|"
    # "Under the five agreements, ..., the two sides agreed to strengthen ties in cybersecurity, space"
    r"agreed to (?:strengthen|boost|develop|expand|promote|deepen|enhance|step up) (?:[\w-]+ )?"
    r"(?:ties|cooperation|collaboration|exchanges|partnership) (?:in|on)|"
    r"(?:in|across|on) (?:the )?(?:[\w-]+ )?(?:fields?|areas?|spheres?|sectors?|domains?)"
    r"(?: of| such as| like| including)?)\b",
    re.I,
)
# "They include ...", "These cover ...": a sentence that goes on listing the batch before it.
_PRONOUN_LIST = re.compile(
    # "Most of the investment pledges to be signed are in ...": a share of the batch names its fields
    r"^(?:(?:Most|Many|Some|Several|Half|All)\s+of\s+(?=the|these|those|them))?"
    r"(?:(?:They|them|These|these|Those|those)(?=\s)|(?:The|the|These|these|Those|those)\s+"
    r"(?:(?:investment|business|trade|new)\s+)?(?:documents|deals|accords|pacts|projects|pledges|commitments))"
    r"(?:\s+(?:to\s+be\s+signed|signed|announced))?\s+"
    r"(?:also\s+|will\s+|would\s+)?"
    r"(?:include|included|cover|covered|concern|concerned|span|spanned|relate to|related to|deal with|dealt with|"
    r"(?:are|were)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?(?:in|on)|aim at|aim to)\b",
)


_LIST_OPENERS = re.compile(
    r"^\s*(?:covering|including|includ\w+|one of (?:them|which) (?:being|is|was)|in the (?:fields?|areas?|spheres?|sectors?) of|in (?:areas|sectors|fields)"
    r"|(?:are|were|is|was)\s+(?:in|on)"
    r"|on|in|such as|spanning|ranging|related to|across|concerning|regarding|aimed at|to (?:boost|develop|expand|build|establish)"
    # "the agreements provide for boosting ..., opening the market to agricultural products, ..."
    r"|(?:also\s+)?(?:provide|provided|provides)\s+for|envisage[sd]?|foresee[sn]?"
    # "signed the relevant protocol, under which oil deliveries will be raised"
    r"|under\s+which|whereby"
    # "MOUs in a number of sectors, among them energy and ...", "..., strengthening cooperation in
    # nuclear power generation, energy and defense industries"
    r"|among them|among which|notably|namely|particularly|especially"
    r"|(?:strengthening|boosting|deepening|expanding|promoting|enhancing|developing)\s+(?:[\w-]+\s+)?"
    r"(?:cooperation|ties|collaboration|partnership|exchanges)\s+(?:in|on)"
    # "the two sides agreed to strengthen ties in cybersecurity, space, ...", "MOUs to enhance exchanges in 5G"
    r"|(?:[\w\s]{0,30}?\b)?(?:agreed\s+)?to\s+(?:strengthen|boost|deepen|expand|promote|enhance|develop|step up)\s+"
    r"(?:[\w-]+\s+)?(?:cooperation|ties|collaboration|partnership|exchanges)\s+(?:in|on))\b",
    re.I,
)


_CIRCUMSTANCE = re.compile(
    r"\s+(?:at|during)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|summit|forum|session|ceremony)\b"
    # "MoUs on the trade, investment and agriculture sectors were signed": the list ends at its verb
    r"|\s+(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?:also\s+)?"
    r"(?:signed|inked|sealed|concluded|exchanged|initialled)\b"
)
_PARTICIPLE = re.compile(r"\s*(?:thus\s+|thereby\s+)?[a-z]+ing\b")


_ACTION_LIST = re.compile(
    r"\s*(?:also\s+)?(?:provide[sd]?\s+for|envisage[sd]?|include[sd]?|cover(?:ed|s)?)\s+[a-z]+ing\b", re.I
)
_ACTION_ITEM = re.compile(r"\s*(?:and\s+)?[a-z]+ing\b[^;]{0,160}$")


def _following_list(rest: str) -> str:
    """The words after a noun up to the end of its clause; short comma items continue a list.

    A comma followed by "covering", "including", "in the fields of" and the like opens the list.
    """
    pieces = re.split(r"(?<=[,;])", rest)
    # "the agreements provide for boosting ..., opening the market to farm goods, and setting up a
    # bank branch": a list of actions, each item a gerund clause of its own
    actions = bool(_ACTION_LIST.match(pieces[0]))
    kept = [pieces[0] if actions else _clip_at_clause_and(pieces[0])]
    if kept[0] != pieces[0]:
        return kept[0]
    for piece in pieces[1 : _LIST_ITEMS + 1]:
        if actions and _ACTION_ITEM.match(piece):
            kept.append(piece)
            continue
        if kept[-1].endswith(";"):
            break
        circumstance = _CIRCUMSTANCE.search(piece)
        if circumstance is not None:
            # "..., investment cooperation and transport at a meeting between the prime ministers":
            # the list ends where the sentence turns to where and when.
            kept.append(piece[: circumstance.start()])
            break
        opens_list = _LIST_OPENERS.match(piece) or _SECTORS.match(piece.strip())
        # A list's last item may run longer: ", optical imagery and biofuel fields".
        longest = 6 if " and " in piece else 4
        if (len(piece.split()) > longest or _PARTICIPLE.match(piece)) and not opens_list:
            last = _LAST_ITEM.match(piece)
            if last is not None:
                kept.append(
                    last.group()
                )  # "..., and industrial automation during a Sept. 16 forum": the item
            break  # ", contributing to expanding trade": what the deal leads to, not what it covers
        kept.append(piece)
    return "".join(kept)


# A list's last item, "and" then a few words, before the sentence turns to when and where.
_LAST_ITEM = re.compile(
    r"\s*and\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:during|at|in|on|within|under|between)\s)", re.I
)


_AS_WELL_AS = re.compile(
    r"\s+as\s+well\s+as\s+(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreements?|memorand\w*|MoUs?|protocols?|deals?|accords?)\b)",
    re.I,
)


def _clip_at_clause_and(piece: str) -> str:
    """Cut "... agreements and set a trade target" at the "and" that starts a new clause.

    An "and" inside a list ("culture and food security") follows a sector word; any other
    "and" joins a new verb phrase, whose words say nothing about the agreement.
    """
    also = _AS_WELL_AS.search(piece)
    if also is not None:
        # "discussed expanding the Free Trade Agreement as well as cooperation in industry": another topic
        piece = piece[: also.start()]
    for match in re.finditer(r"\s+and\s+", piece):
        before = piece[: match.start()].split()
        last = before[-1].lower().strip(",;:") if before else ""
        joins_agreements = _ANAPHORA_NOUN.match(piece, match.end())
        if not _SECTORS.fullmatch(last) and last not in ("other", "cooperation") and not joins_agreements:
            return piece[: match.start()]
    return piece


def _count_and_value(text: str, mentions: tuple[Mention, ...]) -> tuple[int | None, float | None, str | None]:
    count = value = currency = None
    for mention in mentions:
        if mention.kind == "count" and mention.noun == "agreements" and count is None:
            count = int(mention.value)
        elif mention.kind == "money" and value is None and _prices_agreement(text, mention):
            value, currency = mention.value, mention.unit
    return count, value, currency


def _prices_agreement(text: str, mention: Mention) -> bool:
    """ "a £1 billion package of deals" or "27 MoUs worth $2.8 billion"."""
    return is_price_tag(text[mention.end :]) or prices_agreements(text[: mention.start])


# "were signed", "signed today"; "are set to be signed" is still ahead.
_DONE = re.compile(r"(?<!\bbe )\b(?:signed|inked|sealed)\b|\btoday\b", re.I)


def _status(text: str) -> str:
    if _NON_BINDING.search(text):
        return "non-binding"
    if PLANNED_RE.search(text) and not _DONE.search(text):
        return "planned"  # "will sign ... today" is done by the time the news is read
    return "signed"


def _parties(sentence: ParsedSentence, pair: list[str]) -> list[str]:
    named = [c.code for c in sentence.countries if c.form != "capital"]
    parties = [code for code in dict.fromkeys(named) if code in pair]
    return parties if len(parties) >= 2 else list(pair)


_MODIFIER = re.compile(r"(?:(?:\d[\d,]*|[A-Za-z][\w-]*)\s+){0,3}$")
_NOT_MODIFIER = {"a", "an", "the", "signed", "sign", "inked", "of", "and", "to", "with", "on", "in"}


def _summary(text: str, noun_start: int) -> str:
    """The agreement's noun phrase and what it covers: "18 intergovernmental agreements covering ..."."""
    words: list[str] = []
    # Modifiers are the words right before the noun, back to the first article, verb or preposition.
    for word in reversed(text[:noun_start].split()[-3:]):
        if word.lower().strip(",;:\"'") in _NOT_MODIFIER | set(SIGNING_VERBS) or word.endswith(
            (",", ";", ":")
        ):
            break
        words.insert(0, word)
    numbered = [i for i, w in enumerate(words) if w[0].isdigit() or w.lower() in WORD_NUMBERS]
    words = words[numbered[0] :] if numbered else words
    rest = _following_list(text[noun_start:]).strip().rstrip(",;.")
    summary = " ".join([*words, rest]).strip()
    summary = summary[0].upper() + summary[1:] if summary else text
    return summary if len(summary) <= 160 else summary[:157].rstrip() + "..."
