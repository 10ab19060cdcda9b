"""The tracking dataset: plain pandas functions over the store's frames (no Streamlit, no SQL).

Input frames are `Store.facts_frame()` and `Store.agreements_frame()`; every function returns a
new DataFrame and leaves its input alone.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from extract.countries import country_name

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


def tracked_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per kept fact with its pair, direction and period; rejected facts left out.

    Edited facts carry their corrected values (the store keeps the original beside them).
    `as_of_year` is the fact's year, else the year of its article: "currently stands at" is as of then.
    """
    frame = facts[facts["state"] != "rejected"].copy()
    frame["pair"] = _pairs_of(frame["countries"])
    origin = frame["from_country"].fillna("?").astype(str)
    host = frame["to_country"].fillna("?").astype(str)
    named = frame["from_country"].notna() | frame["to_country"].notna()
    directional = frame["metric"].isin(["investment", "companies"]) & named
    frame["direction"] = (origin + ">" + host).where(directional, "")
    frame["commodity"] = frame["commodity"].where(frame["metric"] == "commodity_volume", "").fillna("")
    article_year = frame["date"].dt.year
    frame["as_of_year"] = frame["year"].fillna(article_year).astype("Int64")
    return frame.reset_index(drop=True)


def _pairs_of(countries: pd.Series) -> pd.Series:
    # Few distinct country lists, many rows: key each distinct list once.
    filled = countries.fillna("")
    return filled.map({value: pair_key(value) for value in filled.unique()})


def pair_key(countries: str) -> str:
    """ "KAZ,TUR" -> "KAZ-TUR" (sorted, so either order is one pair)."""
    codes = sorted(c for c in countries.split(",") if c)
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


def latest_figures(tracked: pd.DataFrame) -> pd.DataFrame:
    """Per pair, metric, direction, unit and commodity: the latest actual and target, and progress.

    Latest actual = the newest period, then the newest article. Latest target = the newest
    announcement. `needed_growth` is the yearly growth from the actual to the target where the
    target names its year.
    """
    columns = [
        *KEY,
        "actual_value",
        "actual_as_of_year",
        "actual_period",
        "actual_scope",
        "actual_qualifier",
        "actual_date",
        "actual_source",
        "actual_title",
        "actual_evidence",
        "actual_figure",
        "actual_outlet",
        "actual_url",
        "actual_state",
        "target_value",
        "target_year",
        "target_date",
        "target_source",
        "target_title",
        "target_evidence",
        "target_figure",
        "target_outlet",
        "target_url",
        "target_state",
        "progress",
        "needed_growth",
    ]
    if tracked.empty:
        return pd.DataFrame(columns=columns)
    ordered = _order(tracked)
    # Where the figure sits in its sentence, for showing it in bold there.
    ordered = ordered.assign(
        figure=list(
            zip(
                ordered["figure_start"] - ordered["start"],
                ordered["figure_end"] - ordered["start"],
                strict=True,
            )
        )
    )
    actuals = ordered[ordered["kind"] == "actual"].sort_values(["as_of_year", "date"], kind="stable")
    targets = ordered[ordered["kind"] == "target"]
    latest_actual = actuals.groupby(KEY, sort=False).tail(1).set_index(KEY)
    latest_target = targets.groupby(KEY, sort=False).tail(1).set_index(KEY)
    picked = [
        "value",
        "as_of_year",
        "period",
        "scope",
        "qualifier",
        "date",
        "source",
        "title",
        "evidence",
        "figure",
        "outlet",
        "url",
        "state",
    ]
    merged = (
        latest_actual[picked]
        .add_prefix("actual_")
        .join(
            latest_target[
                ["value", "year", "date", "source", "title", "evidence", "figure", "outlet", "url", "state"]
            ].add_prefix("target_"),
            how="outer",
        )
    )
    merged = merged.reset_index()
    merged["progress"] = merged["actual_value"] / merged["target_value"]
    years = merged["target_year"] - merged["actual_as_of_year"].astype("float")
    ratio = merged["target_value"] / merged["actual_value"]
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.power(ratio.astype(float), 1.0 / years.where(years > 0)) - 1.0
    merged["needed_growth"] = growth.where(years > 0)
    return merged[columns].sort_values(["pair", "metric", "direction", "commodity"]).reset_index(drop=True)


def _series(tracked: pd.DataFrame, pair: str, metric: str, direction: str, kind: str) -> pd.DataFrame:
    chosen = (
        (tracked["pair"] == pair)
        & (tracked["metric"] == metric)
        & (tracked["direction"] == direction)
        & (tracked["kind"] == kind)
    )
    return tracked[chosen]


def target_history(tracked: pd.DataFrame, pair: str, metric: str, direction: str = "") -> pd.DataFrame:
    """Every statement of a target in announcement order; `revision` marks a changed value."""
    rows = _order(_series(tracked, pair, metric, direction, "target")).reset_index(drop=True)
    previous = rows["value"].shift()
    rows["revision"] = previous.notna() & ((rows["value"] - previous).abs() > 0.01 * previous.abs())
    rows["previous_value"] = previous.where(rows["revision"])
    return rows


def actual_history(tracked: pd.DataFrame, pair: str, metric: str, direction: str = "") -> pd.DataFrame:
    """Actuals over time, by period and then by the date they were reported."""
    rows = _series(tracked, pair, metric, direction, "actual")
    return rows.sort_values(["as_of_year", "date", "start"], kind="stable").reset_index(drop=True)


def conflicts(tracked: pd.DataFrame) -> pd.DataFrame:
    """Actuals for the same pair, metric, direction and year that differ by more than 5% between
    sources, side by side. Targets that differ are revisions (see `target_history`), not conflicts.
    """
    columns = [
        *KEY,
        "year",
        "value_a",
        "source_a",
        "date_a",
        "evidence_a",
        "value_b",
        "source_b",
        "date_b",
        "evidence_b",
    ]
    actuals = tracked[(tracked["kind"] == "actual") & tracked["year"].notna()]
    if actuals.empty:
        return pd.DataFrame(columns=columns)
    groups = actuals.groupby([*KEY, "year"], sort=True)
    spread = groups.agg(low=("value", "min"), high=("value", "max"), sources=("source", "nunique"))
    disagree = spread[(spread["sources"] >= 2) & (spread["high"] > spread["low"] * (1 + CONFLICT_TOLERANCE))]
    if disagree.empty:
        return pd.DataFrame(columns=columns)
    picked = ["value", "source", "date", "evidence"]
    candidates = actuals.set_index([*KEY, "year"]).loc[disagree.index].reset_index()
    keys = [*KEY, "year"]
    low = candidates.loc[candidates.groupby(keys)["value"].idxmin(), [*keys, *picked]]
    high = candidates.loc[candidates.groupby(keys)["value"].idxmax(), [*keys, *picked]]
    side_by_side = low.merge(high, on=keys, suffixes=("_a", "_b"))
    return side_by_side[columns].reset_index(drop=True)


def kept_agreements(agreements: pd.DataFrame) -> pd.DataFrame:
    """Agreements not rejected in review, with their pair and sector list."""
    frame = agreements[agreements["state"] != "rejected"].copy()
    frame["pair"] = _pairs_of(frame["countries"])
    frame["sector_list"] = frame["sectors"].fillna("").map(lambda s: [x for x in s.split(",") if x])
    frame["year"] = frame["date"].dt.year.astype("Int64")
    return frame.reset_index(drop=True)


def agreements_by_sector(agreements: pd.DataFrame) -> pd.DataFrame:
    """Per sector: agreement records naming it and the documents in them.

    A batch of 18 agreements across 7 sectors counts once in each of its 7 sectors (the
    `counting` column says so), so sector rows do not add up to the number of agreements.
    """
    columns = ["sector", "records", "documents", "counting"]
    kept = kept_agreements(agreements) if "sector_list" not in agreements else agreements
    exploded = kept.explode("sector_list")
    exploded["sector_list"] = exploded["sector_list"].fillna("unspecified")
    if exploded.empty:
        return pd.DataFrame(columns=columns)
    table = (
        exploded.groupby("sector_list")
        .agg(records=("count", "size"), documents=("count", "sum"))
        .reset_index()
        .rename(columns={"sector_list": "sector"})
    )
    table["counting"] = "a batch counts once in each sector it names"
    return table.sort_values(["records", "documents", "sector"], ascending=[False, False, True]).reset_index(
        drop=True
    )[columns]


def agreements_summary(agreements: pd.DataFrame, pair: str) -> dict[str, object]:
    """Signed agreements for a pair: documents, signings, and the newest one."""
    kept = kept_agreements(agreements)
    kept = kept[kept["pair"] == pair]
    signed = kept[kept["status"] == "signed"]
    newest = _order_agreements(kept).tail(1)
    return {
        "documents": int(signed["count"].sum()),
        "records": len(signed),
        "planned": int((kept["status"] == "planned").sum()),
        "newest_date": newest["date"].iloc[0] if len(newest) else None,
        "newest_source": newest["source"].iloc[0] if len(newest) else None,
        "newest_evidence": newest["evidence"].iloc[0] if len(newest) else None,
    }


def _order_agreements(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["date", "article_id", "start"], kind="stable")


def dataset_export(facts: pd.DataFrame) -> pd.DataFrame:
    """The whole dataset for download: one row per fact with provenance and review state."""
    frame = facts.copy()
    frame["pair"] = _pairs_of(frame["countries"])
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


def article_changes(tracked: pd.DataFrame, article: str) -> pd.DataFrame:
    """An article's figures beside what was known before it (the latest earlier figure of the same kind)."""
    mine = _order(tracked[tracked["article_id"] == article]).copy()
    if mine.empty:
        return mine.assign(
            previous_value=pd.Series(dtype=float), previous_date=pd.Series(dtype="datetime64[ns]")
        )
    published = mine["date"].iloc[0]
    earlier = _order(tracked[(tracked["date"] < published) & (tracked["article_id"] != article)])
    last = earlier.groupby([*KEY, "kind"], sort=False).tail(1).set_index([*KEY, "kind"])
    keys = list(zip(*(mine[k] for k in [*KEY, "kind"]), strict=True))
    mine["previous_value"] = [last["value"].get(k) for k in keys]
    mine["previous_date"] = [last["date"].get(k) for k in keys]
    return mine.reset_index(drop=True)


def figures_for(latest: pd.DataFrame, pair: str) -> pd.DataFrame:
    """A pair's tracked figures in reading order: trade, investment, companies, volumes."""
    rows = latest[(latest["pair"] == pair) & (latest["metric"] != "agreements")].copy()
    rows["_order"] = rows["metric"].map(METRIC_ORDER)
    return (
        rows.sort_values(["_order", "direction", "commodity", "unit"])
        .drop(columns="_order")
        .reset_index(drop=True)
    )
