"""Overview: one card per tracked figure for the chosen pair, and what the newest article changed."""

import pandas as pd
import streamlit as st

import dataset
from ui import cached, citable, provenance, widgets
from ui.formatting import dated, escape_markdown, figure_labels, metric_title, target_when, with_qualifier

url = cached.database_url()
pair = widgets.page_for_pair(
    None, "Bilateral trade and investment: the latest reported figures against the latest targets."
)

rows = dataset.figures_for(cached.latest(url), pair)
summary = dataset.agreements_summary(cached.agreements(url), pair)

columns = st.columns(3)
slots = [*zip(figure_labels(rows), (row for _, row in rows.iterrows()), strict=True), None]
for index, slot in enumerate(slots):
    with columns[index % 3]:
        if slot is None:
            widgets.agreements_card(summary)
        else:
            widgets.figure_card(slot[1], slot[0])

overview_chart = citable.overview_chart(rows, pair)
if overview_chart is not None:
    widgets.cited_chart(overview_chart, key="overview")
st.download_button(
    "Evidence pack (.zip)",
    data=lambda: cached.evidence_pack(url, pair),
    file_name=f"evidence-{widgets.file_stem(dataset.pair_label(pair))}.zip",
    mime="application/zip",
    key="evidence-pack",
    icon=":material/folder_zip:",
    help="Every chart of this pair (PNG, SVG, CSV), its dataset rows and SOURCES.md: each figure with "
    "its sentence, outlet, date, web address and review state",
    on_click="ignore",
)

newest = dataset.newest_article(cached.tracked(url), cached.agreements(url), pair)
if newest is not None:
    articles = cached.articles(url).set_index("id")
    article = articles.loc[newest]
    st.subheader("Latest article")
    st.markdown(f"**{escape_markdown(str(article['title']))}**")
    st.caption(
        provenance.source_markdown(article["outlet"], article["url"], article["source"], article["date"])
    )
    changes = dataset.article_changes(cached.tracked(url), newest)
    for change in changes.itertuples():
        label = metric_title(change.metric, change.direction, change.commodity)
        kind = "target" if change.kind == "target" else "reported"
        if change.metric == "agreements":
            label, kind = "Agreements", "signed" if change.kind == "actual" else "planned"
        if change.metric == "agreements":
            now = with_qualifier(change.value, change.unit, change.qualifier)
        elif change.kind == "target":
            now = with_qualifier(change.value, change.unit, change.qualifier) + target_when(
                change.year, change.period
            )
        else:
            now = dated(
                change.value, change.unit, change.qualifier, change.period, change.scope, change.as_of_year
            )
        before = ""
        # A new batch of agreements is not a revision of the last one.
        if pd.notna(change.previous_value) and change.metric != "agreements":
            was = with_qualifier(change.previous_value, change.unit, None)
            unchanged = abs(change.previous_value - change.value) <= 0.01 * change.value
            if change.previous_same_period:
                before = " (as an earlier source said)" if unchanged else f" (an earlier source said {was})"
            elif unchanged:
                before = " (no change)"
            else:
                before = f" (was {was}" + (
                    f" for {change.previous_period})" if change.previous_period else ")"
                )
        st.markdown(f"- {escape_markdown(f'{label} {kind}: {now}{before}')}")
    deals = cached.agreements(url)
    for deal in deals[deals["article_id"] == newest].itertuples():
        st.markdown(f"- {escape_markdown(f'{deal.status.capitalize()}: {deal.summary}')}")
