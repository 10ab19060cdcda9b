"""Data: every article and fact with provenance and review state; remove an article; download it all."""

import streamlit as st

import dataset
from extract.countries import country_name
from ui import auth, cached, provenance, review
from ui.exports import csv_bytes
from ui.formatting import escape_markdown, facts_for_display

url = cached.database_url()
st.title("Data")
articles = cached.articles(url)
facts = cached.facts(url)
st.caption(f"{len(articles)} articles, {len(facts)} facts, {len(cached.agreements(url))} agreements.")

st.download_button(
    "Whole dataset (CSV)",
    # Built when clicked: the whole dataset is too big to rebuild on every rerun.
    data=lambda: csv_bytes(dataset.dataset_export(facts)),
    file_name="trade-target-tracker-dataset.csv",
    mime="text/csv",
    icon=":material/download:",
    key="dataset-csv",
    on_click="ignore",
)
if articles.empty:
    st.info("No articles stored yet.")
    st.stop()

listing = articles.assign(
    published=articles["date"].dt.date,
    outlet_name=[
        provenance.source_label(o, u, s)
        for o, u, s in zip(articles["outlet"], articles["url"], articles["source"], strict=True)
    ],
    link=articles["url"].map(provenance.safe_url),
    countries_named=articles["countries"]
    .fillna("")
    .map(lambda s: ", ".join(country_name(c) for c in s.split(",") if c)),
)[["published", "title", "outlet_name", "link", "countries_named", "facts", "agreements", "id"]]
st.dataframe(
    listing,
    hide_index=True,
    key="articles-table",
    column_config={
        "published": st.column_config.DateColumn("Published"),
        "title": st.column_config.TextColumn("Title", width="large"),
        "outlet_name": "Source",
        "link": st.column_config.LinkColumn("Article", display_text="open"),
        "countries_named": "Countries",
        "facts": st.column_config.NumberColumn("Facts", format="%d"),
        "agreements": st.column_config.NumberColumn("Agreements", format="%d"),
        "id": "Article id",
    },
)

labels = {
    row.id: f"{row.date.date() if row.date == row.date else 'no date'} · {row.title}"
    for row in articles.itertuples()
}
chosen = st.selectbox("Article", list(labels), format_func=labels.get, key="data-article")
mine = facts[facts["article_id"] == chosen]
st.dataframe(
    facts_for_display(mine),
    hide_index=True,
    key="article-facts",
    column_config={
        "figure": "Figure",
        "kind": "Kind",
        "value": "Value",
        "year": "Year",
        "covers": "Covers",
        "review": "Review",
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
    },
)

with st.container(border=True):
    st.markdown("**Remove this article**")
    editor = auth.can_edit("remove articles")  # if not, it says why and offers a sign-in
    named = review.article_name(
        articles.set_index("id").loc[chosen, "title"], articles.set_index("id").loc[chosen, "date"]
    )
    facts_word = f"{len(mine)} fact{'s' * (len(mine) != 1)}"
    sure = st.checkbox(
        escape_markdown(f"Yes, remove {named} with its {facts_word} and its agreements"),
        key=f"confirm-remove-{chosen}",
    )
    # Streamlit drops a press of a disabled button on the server too, so this is the gate.
    if st.button(
        "Remove article", disabled=not (sure and editor), key="remove-article", icon=":material/delete:"
    ):
        cached.store(url).remove_article(chosen)
        cached.after_write()
        st.toast(escape_markdown(f"Removed {named}"))
        st.rerun()
