"""The Progress page's tables and warnings, as plain frames and strings (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dataset import value_context

from .formatting import figure, marked, target_text
from .provenance import source_label, when


def _where(outlet: object, url: object, source: object, date: object) -> str:
    return f"{source_label(outlet, url, source)}, {when(date)}"


def conflict_lines(conflicts: pd.DataFrame) -> list[str]:
    """ "Sources disagree on 2023: $72B (UAE customs, 2 Oct 2024) against $84B (…)", one per conflict."""
    lines = []
    for c in conflicts.itertuples():
        covers = value_context(c.period, c.scope) or "the same period"
        lines.append(
            f"Sources disagree on {covers}: {figure(c.value_a, c.unit)} "
            f"({_where(c.outlet_a, c.url_a, c.source_a, c.date_a)}) against {figure(c.value_b, c.unit)} "
            f"({_where(c.outlet_b, c.url_b, c.source_b, c.date_b)})."
        )
    return lines


def _role(headline: bool, scope: object) -> str:
    if headline:
        return "headline"
    return f"sub-goal ({scope})" if isinstance(scope, str) and scope else "also stated"


def target_table(targets: pd.DataFrame) -> pd.DataFrame:
    """Every target statement: when, the target, its role in its article, whether it revised one."""
    return pd.DataFrame(
        {
            "announced": targets["date"].dt.date,
            "target": [
                target_text(v, u, y, p)
                for v, u, y, p in zip(
                    targets["value"], targets["unit"], targets["year"], targets["period"], strict=True
                )
            ],
            "role": [_role(h, s) for h, s in zip(targets["headline"], targets["scope"], strict=True)],
            "change": [
                f"revised from {figure(p, u)}" if r else ""
                for p, u, r in zip(
                    targets["previous_value"], targets["unit"], targets["revision"], strict=True
                )
            ],
            "source": [
                source_label(o, u, s)
                for o, u, s in zip(targets["outlet"], targets["url"], targets["source"], strict=True)
            ],
            "sentence": [
                marked(e, fs - s, fe - s)
                for e, s, fs, fe in zip(
                    targets["evidence"],
                    targets["start"],
                    targets["figure_start"],
                    targets["figure_end"],
                    strict=True,
                )
            ],
        }
    )
