"""Progress: actuals over time against targets, with every revision and any conflicting sources."""

import streamlit as st

import dataset
from ui import cached, citable, widgets
from ui.formatting import escape_markdown, figure, metric_title, percent, with_qualifier

url = cached.database_url()
pair = widgets.page_for_pair("Progress toward targets")

series = dataset.figures_for(cached.latest(url), pair)
if series.empty:
    st.info("No figures tracked for this pair yet.")
    st.stop()
labels = [metric_title(r.metric, r.direction, r.commodity) for r in series.itertuples()]
choice = st.selectbox("Figure", range(len(series)), format_func=lambda i: labels[i], key="progress-series")
row = series.iloc[choice]

targets, data, conflicts = cached.progress_series(
    url, pair, row["metric"], row["direction"], row["unit"], row["commodity"]
)

a, b, c, d = st.columns(4)
a.metric(
    "Latest reported",
    with_qualifier(row["actual_value"], row["unit"], row["actual_qualifier"])
    if row["actual_value"] == row["actual_value"]
    else "–",
)
b.metric(
    "Latest target",
    figure(row["target_value"], row["unit"]) if row["target_value"] == row["target_value"] else "–",
)
c.metric("Progress", percent(row["progress"]))
d.metric(
    "Growth needed a year",
    percent(row["needed_growth"]),
    help="Compound yearly growth from the latest figure to the target, where the target names its year",
)

widgets.cited_chart(
    citable.progress_chart_of(data, pair, row["metric"], row["direction"], row["unit"], row["commodity"]),
    key="progress",
)

for conflict in conflicts.itertuples():
    st.warning(
        escape_markdown(
            f"Sources disagree on {int(conflict.year)}: {figure(conflict.value_a, conflict.unit)} "
            f"({widgets.source_line(conflict.source_a, conflict.date_a)}) against "
            f"{figure(conflict.value_b, conflict.unit)} ({widgets.source_line(conflict.source_b, conflict.date_b)})."
        ),
        icon=":material/warning:",
    )

if len(targets):
    st.subheader("Target statements")
    table = targets.assign(
        announced=targets["date"].dt.date,
        target=[figure(v, u) for v, u in zip(targets["value"], targets["unit"], strict=True)],
        by_year=[str(int(y)) if y == y and y is not None else "" for y in targets["year"]],
        change=[
            f"revised from {figure(p, u)}" if r else ""
            for p, u, r in zip(targets["previous_value"], targets["unit"], targets["revision"], strict=True)
        ],
    )[["announced", "target", "by_year", "change", "source", "evidence"]]
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "announced": st.column_config.DateColumn("Announced"),
            "target": "Target",
            "by_year": "By year",
            "change": "Change",
            "source": "Source",
            "evidence": st.column_config.TextColumn("Sentence", width="large"),
        },
    )
