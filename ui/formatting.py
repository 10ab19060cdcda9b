"""How figures, countries and article text are shown to people (pure functions, no Streamlit)."""

from __future__ import annotations

import math
import re

import pandas as pd
import pycountry

from dataset import METRIC_LABELS, direction_key, direction_label, pair_label, span_of, value_context

CURRENCY_SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "TRY": "₺",
    "RUB": "₽", "KZT": "₸", "KRW": "₩",
}  # fmt: skip
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
QUALIFIER_WORDS = {"about": "about ", "over": "over ", "under": "up to ", "exact": "", "range": ""}


def _short(number: float) -> str:
    """5 -> "5.0", 15 -> "15", 15.25 -> "15.3": one decimal below ten, else only when needed."""
    if abs(number) < 10:
        return f"{number:.1f}"
    text = f"{number:,.1f}"
    return text[:-2] if text.endswith(".0") else text


def money(value: float | None, unit: str) -> str:
    """5e9 USD -> "$5.0B"; 533e6 GBP -> "£533M"; 2e9 AED -> "2.0B AED"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    scaled, suffix = value, ""
    for size, letter in _SCALES:
        if abs(value) >= size:
            scaled, suffix = value / size, letter
            break
    symbol = CURRENCY_SYMBOLS.get(unit)
    number = _short(scaled) + suffix
    return f"{symbol}{number}" if symbol else f"{number} {unit}"


def quantity(value: float | None, unit: str) -> str:
    """1.4e6 t -> "1.4 Mt"; 18e9 m3 -> "18 bcm"; 4000 count -> "4,000"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "t":
        return f"{_short(value / 1e6)} Mt" if value >= 1e6 else f"{value:,.0f} t"
    if unit == "m3":
        if value >= 1e9:
            return f"{_short(value / 1e9)} bcm"
        return f"{_short(value / 1e6)} mcm" if value >= 1e6 else f"{value:,.0f} m³"
    if unit == "bbl":
        return f"{_short(value / 1e6)}M barrels" if value >= 1e6 else f"{value:,.0f} barrels"
    return f"{value:,.0f} {unit}"


def figure(value: float | None, unit: str) -> str:
    """A figure in its unit, money or otherwise."""
    if unit in ("count", "t", "m3", "bbl"):
        return quantity(value, unit)
    return money(value, unit)


def with_qualifier(value: float | None, unit: str, qualifier: str | None) -> str:
    """ "about $5.0B", "over $1.5B"."""
    return QUALIFIER_WORDS.get(qualifier or "exact", "") + figure(value, unit)


# How the press names a currency in a label ("Investment, Japan → India, yen"); others from ISO 4217.
CURRENCY_WORDS = {
    "USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "INR": "rupees",
    "AED": "dirhams", "TRY": "lira", "KZT": "tenge", "RUB": "roubles", "KRW": "won", "SAR": "riyals",
}  # fmt: skip
QUANTITY_WORDS = {"t": "tonnes", "m3": "cubic metres", "bbl": "barrels", "count": "number"}


def unit_words(unit: str) -> str:
    """ "JPY" -> "yen", "t" -> "tonnes", "CHF" -> "Swiss Franc" (ISO 4217's name)."""
    if unit in CURRENCY_WORDS or unit in QUANTITY_WORDS:
        return CURRENCY_WORDS.get(unit) or QUANTITY_WORDS[unit]
    found = pycountry.currencies.get(alpha_3=unit) if len(unit) == 3 else None
    return found.name if found else unit


def figure_labels(rows: pd.DataFrame) -> list[str]:
    """Card labels; the unit joins the label where one figure is tracked in two units."""
    keys = list(zip(rows["metric"], rows["direction"], rows["commodity"], strict=True))
    units: dict[tuple[str, str, str], set[str]] = {}
    for key, unit in zip(keys, rows["unit"], strict=True):
        units.setdefault(key, set()).add(unit)
    return [
        metric_title(*key) + (f", {unit_words(unit)}" if len(units[key]) > 1 else "")
        for key, unit in zip(keys, rows["unit"], strict=True)
    ]


def dated(
    value: float | None,
    unit: str,
    qualifier: str | None,
    period: object,
    scope: object = None,
    year: object = None,
) -> str:
    """A reported figure with what it covers: "$5.0B (2024)", "$28B (first half of 2024, non-oil)"."""
    context = value_context(period, scope, year)
    return with_qualifier(value, unit, qualifier) + (f" ({context})" if context else "")


def target_when(year: object, period: object = None) -> str:
    """ " by 2030", " over 2022–2027" (a pledge over several years), or "" when the target has no date."""
    if span_of(period) == "years":
        return f" over {value_context(period, None)}"
    if year is not None and not (isinstance(year, float) and math.isnan(year)) and year is not pd.NA:
        return f" by {int(year)}"
    return ""


def target_text(value: float | None, unit: str, year: object, period: object = None) -> str:
    """ "$15B by 2030"; a pledge over several years: "¥5.0T over 2022–2027"; "$15B" with no date."""
    return figure(value, unit) + target_when(year, period)


def percent(share: float | None) -> str:
    """0.333 -> "33%"."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return f"{share:.0%}"


def metric_title(metric: str, direction: str = "", commodity: str = "") -> str:
    """ "Investment, Türkiye → Kazakhstan", "Oil volume", "Trade"."""
    if metric == "commodity_volume":
        return f"{(commodity or 'Commodity').capitalize()} volume"
    label = METRIC_LABELS.get(metric, metric.replace("_", " ").capitalize())
    if metric == "companies" and direction:
        origin, host = direction_label(direction).split(" → ")
        return f"Companies from {origin} in {host}"
    return f"{label}, {direction_label(direction)}" if direction else label


# Every ASCII punctuation mark may be backslash-escaped in Markdown; escaping them all means no
# article text is ever read as markup, a link, LaTeX ($...$), an emoji code (:x:) or HTML.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~&:=\"'^%@/])")


def escape_markdown(text: str) -> str:
    """Text as literal Markdown: nothing in it is rendered as markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def highlighted(sentence: str, start: int, end: int) -> str:
    """The sentence as safe Markdown with characters [start, end) in bold."""
    start, end = max(0, start), min(len(sentence), end)
    if start >= end:
        return escape_markdown(sentence)
    return (
        escape_markdown(sentence[:start])
        + "**"
        + escape_markdown(sentence[start:end])
        + "**"
        + escape_markdown(sentence[end:])
    )


def marked(sentence: str, start: int, end: int) -> str:
    """The sentence as plain text with the figure between «guillemets», for table cells."""
    start, end = max(0, start), min(len(sentence), end)
    if start >= end:
        return sentence
    return f"{sentence[:start]}«{sentence[start:end]}»{sentence[end:]}"


def _own_pairs(facts: pd.DataFrame) -> pd.Series:
    """The pair a fact names when it is not its article's ("AZE-RUS" in a report on Azerbaijan and Türkiye)."""
    return facts["pair"] if "pair" in facts else pd.Series("", index=facts.index)


def facts_for_display(facts: pd.DataFrame) -> pd.DataFrame:
    """Stored facts as people read them: figure names, formatted values, no codes."""
    directions = [
        direction_key(f, t) if m in ("investment", "companies") else ""
        for m, f, t in zip(facts["metric"], facts["from_country"], facts["to_country"], strict=True)
    ]
    return pd.DataFrame(
        {
            "figure": [
                metric_title(m, d, c or "") + (f", {pair_label(p)}" if isinstance(p, str) and p else "")
                for m, d, c, p in zip(
                    facts["metric"], directions, facts["commodity"].fillna(""), _own_pairs(facts), strict=True
                )
            ],
            "kind": facts["kind"].map({"actual": "Reported", "target": "Target"}),
            "value": [
                with_qualifier(v, u, q)
                for v, u, q in zip(facts["value"], facts["unit"], facts["qualifier"], strict=True)
            ],
            "year": [str(int(y)) if pd.notna(y) else "" for y in facts["year"]],
            "covers": [value_context(p, s) for p, s in zip(facts["period"], facts["scope"], strict=True)],
            "review": facts["state"].str.capitalize(),
            "sentence": facts["evidence"],
        }
    )
