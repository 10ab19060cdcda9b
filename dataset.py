"""The tracking dataset: plain pandas functions over the store's frames (no Streamlit, no SQL).

Input frames are `Store.facts_frame()` and `Store.agreements_frame()`; every function returns a
new DataFrame and leaves its input alone.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd

from extract.countries import country_name
from extract.numbers import find_mentions

METRIC_LABELS = {
    "trade": "Trade",
    "investment": "Investment",
    "companies": "Companies",
    "commodity_volume": "Commodity volume",
    "agreements": "Agreements",
}
KEY = ["pair", "metric", "direction", "unit", "commodity"]
METRIC_ORDER = {"trade": 0, "investment": 1, "companies": 2, "commodity_volume": 3, "agreements": 4}
CONFLICT_TOLERANCE = 0.05
WHOLE_YEAR = re.compile(r"^(?:FY)?\d{4}$")
SEVERAL_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SPANS = {
    ("01", "03"): "first quarter of {}", ("04", "06"): "second quarter of {}",
    ("07", "09"): "third quarter of {}", ("10", "12"): "fourth quarter of {}",
    ("01", "06"): "first half of {}", ("07", "12"): "second half of {}",
}  # fmt: skip
_MONTH_SPAN = re.compile(r"^(\d{4})-(\d\d)/(\d{4})-(\d\d)$")
_ONE_MONTH = re.compile(r"^(\d{4})-(\d\d)$")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def span_of(period: object) -> str:
    """What a period covers: "year" (a calendar or fiscal year), "part" (months of a year, one month),
    "years" (several years, such as a five-year pledge) or "none" (the article names no span)."""
    text = _text(period)
    if not text:
        return "none"
    if WHOLE_YEAR.match(text):
        return "year"
    several = SEVERAL_YEARS.match(text)
    if several and several.group(1) != several.group(2):
        return "years"
    if several:
        return "year"
    span = _MONTH_SPAN.match(text)
    if (
        span
        and (int(span.group(3)) - int(span.group(1))) * 12 + int(span.group(4)) - int(span.group(2)) == 11
    ):
        return "year"  # "the year to March 2024": twelve months, as an annual target counts
    return "part"


def period_words(period: object) -> str:
    """ "2024-01/2024-06" -> "first half of 2024"; "2024-11" -> "November 2024"; "2018/2025" -> "2018–2025"."""
    text = _text(period)
    if month := _ONE_MONTH.match(text):
        return f"{MONTHS[int(month.group(2)) - 1]} {month.group(1)}"
    if span := _MONTH_SPAN.match(text):
        first_year, first, last_year, last = span.groups()
        if first_year == last_year:
            if (first, last) in _SPANS:
                return _SPANS[(first, last)].format(first_year)
            return f"{MONTHS[int(first) - 1]}–{MONTHS[int(last) - 1]} {first_year}"
        return f"{MONTHS[int(first) - 1]} {first_year}–{MONTHS[int(last) - 1]} {last_year}"
    if several := SEVERAL_YEARS.match(text):
        start, end = several.groups()
        return start if start == end else f"{start}–{end}"
    return text


def value_context(period: object, scope: object, year: object = None) -> str:
    """What a figure covers, in words: "first half of 2021, non-oil", "2024", "" when nothing is known."""
    when = period_words(period) if _text(period) else (str(int(year)) if _known(year) else "")
    return ", ".join(part for part in (when, _text(scope)) if part)


def _known(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value is not pd.NA


def comparable_with_target(period: object, scope: object, target_period: object = None) -> bool:
    """Whether an actual can be set against a target: whole scope, and a whole year against an
    annual target (several years against a several-year pledge)."""
    if _text(scope):
        return False
    if span_of(target_period) == "years":
        return span_of(period) == "years"
    return span_of(period) in ("year", "none")


def tracked_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per kept fact with its pair, direction and period; rejected facts left out.

    Edited facts carry their corrected values (the store keeps the original beside them).
    `as_of_year` is the fact's year, else the year of its article: "currently stands at" is as of then.
    """
    frame = facts[facts["state"] != "rejected"].copy()
    frame["pair"] = _fact_pairs(frame)
    origin = frame["from_country"].fillna("?").astype(str)
    host = frame["to_country"].fillna("?").astype(str)
    named = frame["from_country"].notna() | frame["to_country"].notna()
    directional = frame["metric"].isin(["investment", "companies"]) & named
    frame["direction"] = (origin + ">" + host).where(directional, "")
    frame["commodity"] = frame["commodity"].where(frame["metric"] == "commodity_volume", "").fillna("")
    article_year = frame["date"].dt.year
    frame["as_of_year"] = frame["year"].fillna(article_year).astype("Int64")
    return frame.reset_index(drop=True)


def _fact_pairs(facts: pd.DataFrame) -> pd.Series:
    """Each fact's pair: its own when it names one (a figure about an article's second pair,
    "trade between Azerbaijan and Russia" in a report on Azerbaijan and Türkiye), else its article's."""
    article_pair = _pairs_of(facts["countries"])
    if "pair" not in facts:
        return article_pair
    own = facts["pair"]
    return own.where(own.notna() & (own != ""), article_pair)


def _pairs_of(countries: pd.Series) -> pd.Series:
    # Few distinct country lists, many rows: key each distinct list once.
    filled = countries.fillna("")
    return filled.map({value: pair_key(value) for value in filled.unique()})


def pair_key(countries: str) -> str:
    """ "KAZ,TUR" -> "KAZ-TUR" (sorted, so either order is one pair); of an article about more
    pairs ("AZE,TUR,RUS") the first, whose two countries come first."""
    codes = sorted([c for c in countries.split(",") if c][:2])
    return "-".join(codes)


def pair_label(pair: str) -> str:
    """ "KAZ-TUR" -> "Kazakhstan – Türkiye"."""
    return " – ".join(country_name(code) for code in pair.split("-") if code) or "Unknown countries"


def direction_key(origin: object, host: object) -> str:
    """ "TUR>KAZ" for Turkish money in Kazakhstan; "?" stands for an unnamed side."""
    if not isinstance(origin, str) and not isinstance(host, str):
        return ""
    return f"{origin if isinstance(origin, str) else '?'}>{host if isinstance(host, str) else '?'}"


def direction_label(direction: str) -> str:
    """ "TUR>KAZ" -> "Türkiye → Kazakhstan"."""
    if not direction:
        return ""
    origin, host = direction.split(">")
    name = {"?": "unnamed"}
    return f"{name.get(origin) or country_name(origin)} → {name.get(host) or country_name(host)}"


def pairs(facts: pd.DataFrame, agreements: pd.DataFrame | None = None) -> list[str]:
    """Pairs with any tracked figure or agreement, the best covered first."""
    keys = tracked_facts(facts)["pair"] if len(facts) else pd.Series(dtype=str)
    if agreements is not None and len(agreements):
        keys = pd.concat([keys, _pairs_of(agreements["countries"])])
    counts = keys[keys.str.contains("-", regex=False)].value_counts()
    return list(counts.index)


def _order(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["date", "article_id", "start", "figure_start"], kind="stable")


SIDE_FIELDS = [
    "value", "period", "scope", "qualifier", "date", "source", "title", "evidence", "figure",
    "outlet", "url", "state", "article_id",
]  # fmt: skip
ACTUAL_COLUMNS = [f"actual_{name}" for name in ("as_of_year", *SIDE_FIELDS)]
OTHER_COLUMNS = [f"other_{name}" for name in ("as_of_year", *SIDE_FIELDS)]
TARGET_COLUMNS = [f"target_{name}" for name in ("year", *SIDE_FIELDS)]
CONFLICT_COLUMNS = ["conflict_value", "conflict_source", "conflict_outlet", "conflict_url", "conflict_date"]
LATEST_COLUMNS = [
    *KEY, *ACTUAL_COLUMNS, *OTHER_COLUMNS, *TARGET_COLUMNS, *CONFLICT_COLUMNS,
    "targets_in_article", "progress", "needed_growth", "progress_note", "growth_note",
]  # fmt: skip


def _title_figures(title: object) -> list[float]:
    """The amounts a headline names ("set a $15 billion trade target" -> [15e9])."""
    return [m.value for m in find_mentions(title)] if isinstance(title, str) and title else []


def headline_targets(targets: pd.DataFrame) -> pd.Series:
    """True for the headline target of each article and tracked figure, False for the others.

    Rule: among an article's whole-scope targets (any target where none is whole), the one whose
    amount the article's title repeats, else the largest.
    """
    if targets.empty:
        return pd.Series(False, index=targets.index, dtype=bool)
    # Reading a title costs a parse: only where an article states more than one target of a figure.
    several = targets.groupby([*KEY, "article_id"], sort=False)["value"].transform("size") > 1
    titled = {t: _title_figures(t) for t in targets.loc[several, "title"].dropna().unique()}
    named = [
        many and any(abs(v - value) <= 0.005 * abs(value) for v in titled.get(title, []))
        for many, title, value in zip(several, targets["title"], targets["value"], strict=True)
    ]
    ranked = targets.assign(
        _whole=targets["scope"].map(lambda s: not _text(s)),
        _named=named,
    ).sort_values(["_whole", "_named", "value"], ascending=False, kind="stable")
    first = ranked.groupby([*KEY, "article_id"], sort=False).head(1).index
    return pd.Series(targets.index.isin(first), index=targets.index, dtype=bool)


def _with_figure(frame: pd.DataFrame) -> pd.DataFrame:
    # Where the figure sits in its sentence, for showing it in bold there.
    return frame.assign(
        figure=list(
            zip(frame["figure_start"] - frame["start"], frame["figure_end"] - frame["start"], strict=True)
        )
    )


def _side(row: pd.Series | None, prefix: str, year: str) -> dict[str, object]:
    names = (year, *SIDE_FIELDS)
    source_year = "as_of_year" if year == "as_of_year" else "year"
    if row is None:
        return {f"{prefix}_{name}": None for name in names}
    picked = {f"{prefix}_{name}": row[name] for name in SIDE_FIELDS}
    picked[f"{prefix}_{year}"] = row[source_year]
    return picked


def _conflict(actuals: pd.DataFrame, chosen: pd.Series, full: pd.DataFrame) -> dict[str, object]:
    """Another article's figure for the same period and scope that differs by more than 5%."""
    gap = np.abs(actuals["value"].to_numpy() - chosen["value"])
    apart = (
        (actuals["article_id"].to_numpy() != chosen["article_id"])
        & (actuals["_pkey"].to_numpy() == chosen["_pkey"])
        & (actuals["_skey"].to_numpy() == chosen["_skey"])
        & (gap > CONFLICT_TOLERANCE * chosen["value"])
    )
    if not apart.any():
        return dict.fromkeys(CONFLICT_COLUMNS)
    other = full.loc[actuals.index[np.flatnonzero(apart)[np.argmax(gap[apart])]]]
    return {
        "conflict_value": other["value"],
        "conflict_source": other["source"],
        "conflict_outlet": other["outlet"],
        "conflict_url": other["url"],
        "conflict_date": other["date"],
    }


def _notes(actual: pd.Series | None, other: pd.Series | None, target: pd.Series | None) -> tuple[str, str]:
    """Why progress or the growth needed is missing, in words ("" when it is shown)."""
    if target is None:
        progress = "no target stated"
    elif actual is None and other is not None:
        what = value_context(other["period"], other["scope"], other["as_of_year"])
        progress = f"the latest figure covers {what}: not comparable with the target"
    elif actual is None:
        progress = "no reported figure yet"
    else:
        progress = ""
    if target is None:
        growth = "no target stated"
    elif not _known(target["year"]):
        growth = "target has no date"
    elif actual is None:
        growth = "no whole-year figure to start from"
    elif actual["value"] >= target["value"]:
        growth = "target already reached"
    elif not _known(actual["as_of_year"]) or target["year"] <= actual["as_of_year"]:
        growth = "target year has passed"
    else:
        growth = ""
    return progress, growth


def latest_figures(tracked: pd.DataFrame) -> pd.DataFrame:
    """Per pair, metric, direction, unit and commodity: the headline actual and target, and progress.

    Only like is compared with like: the headline actual is the newest whole-year, whole-scope figure
    (`other_*` holds a newer part-year or part-scope one, shown for what it is, never as progress).
    The headline target is the newest article's headline target (see `headline_targets`).
    `conflict_*` is another source's different figure for the headline actual's period.
    """
    if tracked.empty:
        return pd.DataFrame(columns=LATEST_COLUMNS)
    ordered = _with_figure(_order(tracked))
    ordered = ordered.assign(
        _headline=headline_targets(ordered[ordered["kind"] == "target"]).reindex(
            ordered.index, fill_value=False
        ),
        _whole=ordered["scope"].map(lambda s: not _text(s)),
        _skey=ordered["scope"].map(_text),
    )
    ordered["_pkey"] = [
        _text(p) or (str(int(y)) if _known(y) else "")
        for p, y in zip(ordered["period"], ordered["as_of_year"], strict=True)
    ]
    # Choose on a slim frame (no sentences): filtering the wide one costs most of the time.
    slim = ordered[[*KEY, "kind", "value", "period", "scope", "as_of_year", "year", "date", "article_id",
                    "_headline", "_whole", "_skey", "_pkey"]]  # fmt: skip
    rows = []
    for key, group in slim.groupby(KEY, sort=True):
        targets = group[group["kind"] == "target"]
        target = in_article = None
        if len(targets):
            last_article = targets[targets["_whole"]] if targets["_whole"].any() else targets
            in_article = targets[targets["article_id"] == last_article["article_id"].iloc[-1]]
            heads = in_article[in_article["_headline"]]
            target = (heads if len(heads) else in_article).iloc[-1]
        actuals = group[group["kind"] == "actual"].sort_values(["as_of_year", "date"], kind="stable")
        target_period = target["period"] if target is not None else None
        fits = actuals[
            [
                comparable_with_target(p, s, target_period)
                for p, s in zip(actuals["period"], actuals["scope"], strict=True)
            ]
        ]
        actual = fits.iloc[-1] if len(fits) else None
        other = actuals.iloc[-1] if len(actuals) else None
        if other is not None and actual is not None and other.name == actual.name:
            other = None
        progress = needed = None
        if actual is not None and target is not None:
            progress = actual["value"] / target["value"]
            years = target["year"] - actual["as_of_year"] if _known(target["year"]) else None
            if years is not None and _known(years) and years > 0 and actual["value"] > 0:
                needed = (target["value"] / actual["value"]) ** (1.0 / float(years)) - 1.0
        progress_note, growth_note = _notes(actual, other, target)
        full = {name: ordered.loc[row.name] if row is not None else None
                for name, row in (("actual", actual), ("other", other), ("target", target))}  # fmt: skip
        rows.append(
            {
                **dict(zip(KEY, key, strict=True)),
                **_side(full["actual"], "actual", "as_of_year"),
                **_side(full["other"], "other", "as_of_year"),
                **_side(full["target"], "target", "year"),
                **(
                    _conflict(actuals, actual, ordered)
                    if actual is not None
                    else dict.fromkeys(CONFLICT_COLUMNS)
                ),
                "targets_in_article": len(in_article) if in_article is not None else 0,
                "progress": progress,
                "needed_growth": needed,
                "progress_note": progress_note,
                "growth_note": growth_note,
            }
        )
    merged = pd.DataFrame(rows, columns=LATEST_COLUMNS)
    for column in (
        "progress",
        "needed_growth",
        "actual_value",
        "target_value",
        "other_value",
        "conflict_value",
    ):
        merged[column] = pd.to_numeric(merged[column], errors="coerce").astype(float)
    for column in ("actual_date", "target_date", "other_date", "conflict_date"):
        merged[column] = pd.to_datetime(merged[column])
    for column in ("actual_as_of_year", "target_year", "other_as_of_year"):
        merged[column] = pd.to_numeric(merged[column], errors="coerce")
    return merged.sort_values(["pair", "metric", "direction", "commodity"]).reset_index(drop=True)


def _series(tracked: pd.DataFrame, pair: str, metric: str, direction: str, kind: str) -> pd.DataFrame:
    chosen = (
        (tracked["pair"] == pair)
        & (tracked["metric"] == metric)
        & (tracked["direction"] == direction)
        & (tracked["kind"] == kind)
    )
    return tracked[chosen]


def target_history(tracked: pd.DataFrame, pair: str, metric: str, direction: str = "") -> pd.DataFrame:
    """Every statement of a target in announcement order.

    `headline` marks each article's headline target (see `headline_targets`); the article's other
    targets are sub-goals, not revisions. `revision` marks a headline that changes the headline of an
    earlier article (`previous_value`).
    """
    rows = _order(_series(tracked, pair, metric, direction, "target")).reset_index(drop=True)
    rows["headline"] = headline_targets(rows)
    heads = rows[rows["headline"]]
    # The headline known before each article: the last one from an earlier article of the same figure.
    earlier = heads.groupby(KEY, sort=False)["value"].shift()
    previous = pd.Series(np.nan, index=rows.index, dtype=float)
    previous[heads.index] = earlier
    changed = previous.notna() & ((rows["value"] - previous).abs() > 0.01 * previous.abs())
    rows["revision"] = changed & rows["headline"]
    rows["previous_value"] = previous.where(rows["revision"])
    return rows


def actual_history(tracked: pd.DataFrame, pair: str, metric: str, direction: str = "") -> pd.DataFrame:
    """Actuals over time, by period and then by the date they were reported."""
    rows = _series(tracked, pair, metric, direction, "actual")
    return rows.sort_values(["as_of_year", "date", "start"], kind="stable").reset_index(drop=True)


def conflicts(tracked: pd.DataFrame) -> pd.DataFrame:
    """Actuals for the same pair, metric, direction, period and scope that differ by more than 5%
    between articles, side by side (lowest and highest). Targets that differ are revisions (see
    `target_history`), not conflicts.
    """
    keys = [*KEY, "period_key", "scope_key"]
    picked = ["value", "source", "outlet", "url", "title", "date", "evidence", "article_id"]
    columns = [*KEY, "year", "period", "scope", *(f"{p}_{s}" for s in "ab" for p in picked)]
    actuals = tracked[tracked["kind"] == "actual"]
    actuals = actuals.assign(
        period_key=[
            _text(p) or (str(int(y)) if _known(y) else "")
            for p, y in zip(actuals["period"], actuals["year"], strict=True)
        ],
        scope_key=actuals["scope"].map(_text),
    )
    actuals = actuals[actuals["period_key"] != ""]
    if actuals.empty:
        return pd.DataFrame(columns=columns)
    groups = actuals.groupby(keys, sort=True)
    spread = groups.agg(low=("value", "min"), high=("value", "max"), articles=("article_id", "nunique"))
    disagree = spread[(spread["articles"] >= 2) & (spread["high"] > spread["low"] * (1 + CONFLICT_TOLERANCE))]
    if disagree.empty:
        return pd.DataFrame(columns=columns)
    candidates = actuals.set_index(keys).loc[disagree.index].reset_index()
    low = candidates.loc[candidates.groupby(keys)["value"].idxmin(), [*keys, "year", *picked]]
    high = candidates.loc[candidates.groupby(keys)["value"].idxmax(), [*keys, *picked]]
    side_by_side = low.merge(high, on=keys, suffixes=("_a", "_b"))
    side_by_side["period"] = side_by_side["period_key"]
    side_by_side["scope"] = side_by_side["scope_key"]
    return side_by_side[columns].reset_index(drop=True)


def kept_agreements(agreements: pd.DataFrame) -> pd.DataFrame:
    """Agreements not rejected in review, with their pair, sector list and year.

    `year` is the year signed where the article says so (`signed_year`), else the article's year;
    `year_stated` tells which.
    """
    frame = agreements[agreements["state"] != "rejected"].copy()
    frame["pair"] = _pairs_of(frame["countries"])
    frame["sector_list"] = frame["sectors"].fillna("").map(lambda s: [x for x in s.split(",") if x])
    stated = frame["year"] if "year" in frame else pd.Series(pd.NA, index=frame.index)
    frame["signed_year"] = pd.to_numeric(stated, errors="coerce").astype("Int64")
    frame["year_stated"] = frame["signed_year"].notna()
    frame["year"] = frame["signed_year"].fillna(frame["date"].dt.year.astype("Int64")).astype("Int64")
    return frame.reset_index(drop=True)


def batch_share(sector_list: list[str], count: int, chosen: list[str]) -> str:
    """A record's documents under a sector filter: "18", or "part of a batch of 18" when the batch
    also covers sectors not chosen (its documents are not all of the chosen ones)."""
    if chosen and count > 1 and any(s not in chosen for s in sector_list):
        return f"part of a batch of {count}"
    return f"{count}"


def _plural(number: int, word: str) -> str:
    return f"{number} {word}{'s' * (number != 1)}"


def agreements_heading(shown: pd.DataFrame, chosen: list[str]) -> str:
    """ "2 agreement records, 19 documents"; under a sector filter a batch that also covers other
    sectors is "part of a batch of 18", so its documents are not counted as the sector's."""
    records = _plural(len(shown), "agreement record")
    shares = [
        batch_share(names, int(count), chosen)
        for names, count in zip(shown["sector_list"], shown["count"], strict=True)
    ]
    whole = sum(int(s) for s in shares if s.isdigit())
    parts = [s for s in shares if not s.isdigit()]
    if not parts:
        return f"{records}, {_plural(whole, 'document')}"
    pieces = ([_plural(whole, "document")] if whole or len(parts) < len(shares) else []) + parts
    return f"{records}: " + ", ".join(pieces[:-1]) + (" and " if len(pieces) > 1 else "") + pieces[-1]


def agreements_by_sector(agreements: pd.DataFrame) -> pd.DataFrame:
    """Per sector: agreement records naming it, the documents in them, and how many of those records
    are batches that also cover other sectors (`shared`).

    A batch of 18 agreements across 7 sectors counts once in each of its 7 sectors (the
    `counting` column says so), so sector rows do not add up to the number of agreements, and its
    18 documents are not 18 documents of any one sector.
    """
    columns = ["sector", "records", "documents", "shared", "counting"]
    kept = kept_agreements(agreements) if "sector_list" not in agreements else agreements
    kept = kept.assign(_shared=kept["sector_list"].map(len) > 1)
    exploded = kept.explode("sector_list")
    exploded["sector_list"] = exploded["sector_list"].fillna("unspecified")
    if exploded.empty:
        return pd.DataFrame(columns=columns)
    table = (
        exploded.groupby("sector_list")
        .agg(records=("count", "size"), documents=("count", "sum"), shared=("_shared", "sum"))
        .reset_index()
        .rename(columns={"sector_list": "sector"})
    )
    table["shared"] = table["shared"].astype(int)
    table["counting"] = "a batch counts once in each sector it names"
    return table.sort_values(["records", "documents", "sector"], ascending=[False, False, True]).reset_index(
        drop=True
    )[columns]


def agreements_summary(agreements: pd.DataFrame, pair: str) -> dict[str, object]:
    """Agreements for a pair: signed documents and signings, planned ones, and the newest record."""
    kept = kept_agreements(agreements)
    kept = kept[kept["pair"] == pair]
    signed = kept[kept["status"] == "signed"]
    newest = _order_agreements(kept).tail(1)
    return {
        "any": len(kept) > 0,
        "documents": int(signed["count"].sum()),
        "records": len(signed),
        "planned": int((kept["status"] == "planned").sum()),
        "newest_date": newest["date"].iloc[0] if len(newest) else None,
        "newest_source": newest["source"].iloc[0] if len(newest) else None,
        "newest_evidence": newest["evidence"].iloc[0] if len(newest) else None,
        "newest_year": int(newest["year"].iloc[0]) if len(newest) else None,
        "newest_year_stated": bool(newest["year_stated"].iloc[0]) if len(newest) else False,
    }


def _order_agreements(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["date", "article_id", "start"], kind="stable")


def dataset_export(facts: pd.DataFrame) -> pd.DataFrame:
    """The whole dataset for download: one row per fact with provenance and review state."""
    frame = facts.copy()
    frame["pair"] = _fact_pairs(frame)
    frame["date"] = frame["date"].dt.date
    frame["year"] = frame["year"].astype("Int64")
    frame["original"] = frame["original"].map(_original_summary)
    # Rejected figures stay in the dataset, flagged in a column of their own, never in chart data.
    frame["rejected"] = frame["state"] == "rejected"
    columns = [
        "fact_id", "pair", "metric", "kind", "value", "value_max", "unit", "year", "from_country",
        "to_country", "commodity", "qualifier", "period", "scope", "state", "rejected", "original", "changed_at",
        "date", "title", "source", "outlet", "url", "article_id", "evidence", "start", "end",
    ]  # fmt: skip
    return frame[columns].rename(columns={"from_country": "from", "to_country": "to"})


def _original_summary(original: object) -> str:
    if not isinstance(original, str) or not original:
        return ""
    try:
        fields = json.loads(original)
    except ValueError:
        return ""
    return "; ".join(f"{k}={v}" for k, v in fields.items() if v is not None)


def newest_article(tracked: pd.DataFrame, agreements: pd.DataFrame, pair: str) -> str | None:
    """The id of the newest article with a figure or agreement for the pair."""
    frames = [tracked[tracked["pair"] == pair][["article_id", "date"]]]
    if len(agreements):
        kept = kept_agreements(agreements)
        frames.append(kept[kept["pair"] == pair][["article_id", "date"]])
    rows = pd.concat(frames).dropna(subset=["date"])
    if rows.empty:
        return None
    return str(rows.sort_values("date", kind="stable")["article_id"].iloc[-1])


def _span_class(period: object) -> str:
    span = span_of(period)
    return "year" if span == "none" else span


def article_changes(tracked: pd.DataFrame, article: str) -> pd.DataFrame:
    """An article's figures beside what was known before it: the latest earlier figure of the same
    kind, scope and kind of span (a whole year is never set beside a half year).

    `previous_same_period` tells an earlier source's figure for the same period (a disagreement or
    a confirmation) from an earlier period's (a change); `previous_period` says which it covered.
    """
    mine = _order(tracked[tracked["article_id"] == article]).copy()
    extra = {
        "previous_value": pd.Series(dtype=float),
        "previous_date": pd.Series(dtype="datetime64[ns]"),
        "previous_period": pd.Series(dtype=str),
        "previous_same_period": pd.Series(dtype=bool),
    }
    if mine.empty:
        return mine.assign(**extra)
    published = mine["date"].iloc[0]
    earlier = _order(tracked[(tracked["date"] < published) & (tracked["article_id"] != article)])

    def keyed(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.assign(
            _scope=frame["scope"].map(_text),
            _span=frame["period"].map(_span_class),
            _pkey=[
                _text(p) or (str(int(y)) if _known(y) else "")
                for p, y in zip(frame["period"], frame["as_of_year"], strict=True)
            ],
        )

    mine, earlier = keyed(mine), keyed(earlier)
    keys = [*KEY, "kind", "_scope", "_span"]
    values, dates, periods, same = [], [], [], []
    for _, row in mine.iterrows():
        match = earlier
        for k in keys:
            match = match[match[k] == row[k]]
        exact = match[match["_pkey"] == row["_pkey"]] if row["kind"] == "actual" else match.iloc[0:0]
        found = exact if len(exact) else match
        last = found.iloc[-1] if len(found) else None
        values.append(last["value"] if last is not None else np.nan)
        dates.append(last["date"] if last is not None else pd.NaT)
        periods.append(value_context(last["period"], None, last["as_of_year"]) if last is not None else "")
        same.append(bool(len(exact)))
    mine["previous_value"] = values
    mine["previous_date"] = pd.to_datetime(pd.Series(dates, index=mine.index))
    mine["previous_period"] = periods
    mine["previous_same_period"] = same
    return mine.drop(columns=["_scope", "_span", "_pkey"]).reset_index(drop=True)


def figures_for(latest: pd.DataFrame, pair: str) -> pd.DataFrame:
    """A pair's tracked figures in reading order: trade, investment, companies, volumes."""
    rows = latest[(latest["pair"] == pair) & (latest["metric"] != "agreements")].copy()
    rows["_order"] = rows["metric"].map(METRIC_ORDER)
    return (
        rows.sort_values(["_order", "direction", "commodity", "unit"])
        .drop(columns="_order")
        .reset_index(drop=True)
    )
