"""Agreements: counts by sector and the list, filterable by sector, status and year."""

import streamlit as st

import dataset
from extract.countries import country_name
from ui import cached, citable, provenance, widgets
from ui.exports import csv_bytes

url = cached.database_url()
pair = widgets.page_for_pair("Agreements")

kept = dataset.kept_agreements(cached.agreements(url))
kept = kept[kept["pair"] == pair]
if kept.empty:
    st.info("No agreements recorded for this pair yet.")
    st.stop()

sectors = sorted({s for names in kept["sector_list"] for s in names})
statuses = sorted(kept["status"].unique())
years = sorted(int(y) for y in kept["year"].dropna().unique())
left, middle, right = st.columns([2, 1, 1])
chosen_sectors = left.multiselect(
    "Sectors", sectors, format_func=str.capitalize, key="agreements-sectors", placeholder="All sectors"
)
chosen_status = middle.multiselect(
    "Status", statuses, format_func=str.capitalize, key="agreements-status", placeholder="Any status"
)
if len(years) > 1:
    first, last = right.select_slider(
        "Year (signed, else published)", options=years, value=(years[0], years[-1]), key="agreements-years"
    )
else:
    first = last = years[0] if years else None

shown = kept
if chosen_sectors:
    shown = shown[shown["sector_list"].map(lambda names: any(s in names for s in chosen_sectors))]
if chosen_status:
    shown = shown[shown["status"].isin(chosen_status)]
if first is not None:
    shown = shown[shown["year"].between(first, last)]

sector_chart = citable.sector_chart(
    shown, pair, citable.agreement_filters(chosen_sectors, chosen_status, first, last, years), chosen_sectors
)
if sector_chart is not None:
    widgets.cited_chart(sector_chart, key="sectors")

st.subheader(dataset.agreements_heading(shown, chosen_sectors))
if chosen_sectors:
    st.caption(
        "A batch that also covers sectors not chosen counts as part of a batch: its documents are not "
        "all of the sectors chosen."
    )
table = shown.assign(
    published=shown["date"].dt.date,
    signed=[str(y) if stated else "" for y, stated in zip(shown["year"], shown["year_stated"], strict=True)],
    documents=[
        dataset.batch_share(names, int(count), chosen_sectors)
        for names, count in zip(shown["sector_list"], shown["count"], strict=True)
    ],
    parties=shown["parties"]
    .fillna("")
    .map(lambda codes: " – ".join(sorted(country_name(c) for c in codes.split(",") if c))),
    sector_names=shown["sector_list"].map(lambda names: ", ".join(names)),
    outlet=[
        provenance.source_label(o, u, s)
        for o, u, s in zip(shown["outlet"], shown["url"], shown["source"], strict=True)
    ],
    link=shown["url"].map(provenance.safe_url),
)[
    [
        "published",
        "signed",
        "parties",
        "summary",
        "status",
        "documents",
        "sector_names",
        "outlet",
        "link",
        "evidence",
    ]
]
st.dataframe(
    table,
    hide_index=True,
    key="agreements-table",
    column_config={
        "published": st.column_config.DateColumn("Article date"),
        "signed": st.column_config.TextColumn(
            "Year signed", help="Where the article says when it was signed"
        ),
        "parties": "Parties",
        "summary": st.column_config.TextColumn("Summary", width="large"),
        "status": "Status",
        "documents": "Documents",
        "sector_names": "Sectors",
        "outlet": "Source",
        "link": st.column_config.LinkColumn("Article", display_text="open"),
        "evidence": st.column_config.TextColumn("Sentence", width="medium"),
    },
)
st.download_button(
    "Agreements list (CSV)",
    data=csv_bytes(table),
    file_name=f"agreements-{pair.lower()}.csv",
    mime="text/csv",
    icon=":material/table_view:",
    on_click="ignore",
)
