"""Progress: actuals over time against targets, with every revision and any conflicting sources."""

import streamlit as st

import dataset
from ui import cached, citable, progress_tables, widgets
from ui.formatting import dated, escape_markdown, figure_labels, percent, target_text

url = cached.database_url()
pair = widgets.page_for_pair("Progress toward targets")

series = dataset.figures_for(cached.latest(url), pair)
if series.empty:
    st.info("No figures tracked for this pair yet.")
    st.stop()
labels = figure_labels(series)
choice = st.selectbox("Figure", range(len(series)), format_func=lambda i: labels[i], key="progress-series")
row = series.iloc[choice]

targets, data, conflicts = cached.progress_series(
    url, pair, row["metric"], row["direction"], row["unit"], row["commodity"]
)

a, b, c, d = st.columns(4)
if row["actual_value"] == row["actual_value"]:
    reported = dated(row["actual_value"], row["unit"], row["actual_qualifier"], row["actual_period"], None,
                     row["actual_as_of_year"])  # fmt: skip
else:
    reported = "–"
a.metric("Latest reported", reported, help="The newest figure for a whole year and the whole metric")
if row["other_value"] == row["other_value"]:
    other = dated(row["other_value"], row["unit"], row["other_qualifier"], row["other_period"],
                  row["other_scope"], row["other_as_of_year"])  # fmt: skip
    a.caption(escape_markdown(f"Also reported: {other}, not compared with the target"))
has_target = row["target_value"] == row["target_value"]
b.metric(
    "Latest target",
    target_text(row["target_value"], row["unit"], row["target_year"], row["target_period"])
    if has_target
    else "–",
    help="The headline target of the newest article that states one",
)
c.metric("Progress", percent(row["progress"]))
if row["progress_note"]:
    c.caption(escape_markdown(f"– {row['progress_note']}"))
d.metric(
    "Growth needed a year",
    percent(row["needed_growth"]),
    help="Compound yearly growth from the latest whole-year figure to the target, where the target names its year",
)
if row["growth_note"]:
    d.caption(escape_markdown(f"– {row['growth_note']}"))

widgets.cited_chart(
    citable.progress_chart_of(data, pair, row["metric"], row["direction"], row["unit"], row["commodity"]),
    key="progress",
)

for line in progress_tables.conflict_lines(conflicts):
    st.warning(escape_markdown(line), icon=":material/warning:")

if len(targets):
    st.subheader("Target statements")
    st.caption(
        "Each article has one headline target (the one its title repeats, else its largest whole-scope "
        "target); the others it states are sub-goals, not revisions. A revision is a later article's "
        "headline that changes the one before."
    )
    st.dataframe(
        progress_tables.target_table(targets),
        hide_index=True,
        key="targets-table",
        column_config={
            "announced": st.column_config.DateColumn("Announced"),
            "target": "Target",
            "role": "Role",
            "change": "Change",
            "source": "Source",
            "sentence": st.column_config.TextColumn("Sentence (figure in «»)", width="large"),
        },
    )
