"""Upload: read files or pasted text, review what was extracted, and save. Nothing is stored before Save."""

import hashlib

import pycountry
import streamlit as st

from dataset import METRIC_LABELS
from extract import MAX_FILE_BYTES, SECTORS, extract_bytes, extract_text
from extract.countries import country_name
from extract.fetch import extract_url
from store import article_id
from ui import auth, cached, review
from ui.formatting import escape_markdown
from ui.widgets import file_stem

url = cached.database_url()
store = cached.store(url)
extractions = st.session_state.setdefault("upload-extractions", {})
saved = st.session_state.setdefault("upload-saved", {})

st.title("Add articles")
auth.require_editor("add articles")  # reading stays open; anything past here can change the store
st.caption(
    f"Upload .txt, .md, .html, .pdf or .docx files (up to {MAX_FILE_BYTES // 1_048_576} MB each), or paste an "
    "article. Check what was read, correct it, then Save: nothing is stored before that."
)

uploads = st.file_uploader(
    "Article files",
    type=["txt", "md", "html", "htm", "pdf", "docx"],
    accept_multiple_files=True,
    key="uploads",
)
with st.expander("Paste an article instead"):
    pasted = st.text_area("Article text (headline on the first line)", key="pasted-text", height=200)
    pasted_source = st.text_input("Source (outlet or web address)", key="pasted-source")
    read_pasted = st.button("Read pasted text", key="read-pasted")
with st.expander("Add by web address"):
    page_url = st.text_input("Article address (https://…)", key="page-url")
    read_page = st.button("Fetch and read", key="read-url")

documents = []
for upload in uploads or []:
    data = upload.getvalue()
    key = f"{upload.name}:{hashlib.sha256(data).hexdigest()[:12]}"
    if key not in extractions:
        with st.spinner(f"Reading {upload.name}…"):
            extractions[key] = extract_bytes(data, upload.name)
    documents.append(key)
if read_pasted and pasted.strip():
    key = f"pasted:{hashlib.sha256(pasted.encode()).hexdigest()[:12]}"
    extractions[key] = extract_text(pasted, source=pasted_source.strip() or "pasted text")
    st.session_state["pasted-key"] = key
if st.session_state.get("pasted-key") in extractions:
    documents.append(st.session_state["pasted-key"])
if read_page and page_url.strip():
    key = f"url:{hashlib.sha256(page_url.strip().encode()).hexdigest()[:12]}"
    with st.spinner(f"Fetching {page_url.strip()}…"):
        extractions[key] = extract_url(page_url)
    st.session_state["url-key"] = key
if st.session_state.get("url-key") in extractions:
    documents.append(st.session_state["url-key"])

codes = sorted(c.alpha_3 for c in pycountry.countries)
for key in documents:
    result = extractions[key]
    with st.container(border=True, key=f"document-{file_stem(result.source)}-{key[-12:]}"):
        st.subheader(escape_markdown(result.source), anchor=False)
        if result.error:
            st.error(
                escape_markdown(f"{result.source} could not be read: it {result.error}."),
                icon=":material/error:",
            )
            continue
        if key in saved:
            st.success(escape_markdown(saved[key].message), icon=":material/check_circle:")
            continue
        existing = article_id(result.text)
        if store.has_article(existing):
            st.info(
                f"Already stored (article {existing}); saving it again would change nothing.",
                icon=":material/info:",
            )
            continue
        for warning in result.warnings:
            st.warning(escape_markdown(warning), icon=":material/warning:")

        left, middle, right = st.columns([3, 1, 2])
        title = left.text_input("Title", value=result.title or "", key=f"title-{key}")
        date = middle.date_input("Published", value=result.date, key=f"date-{key}", format="YYYY-MM-DD")
        countries = right.multiselect(
            "Countries",
            codes,
            default=[c for c in result.countries if c in codes],
            format_func=country_name,
            key=f"countries-{key}",
        )

        st.markdown(
            f"**Figures** ({len(result.facts)}): untick a row to drop it; edit any cell but the sentence."
        )
        facts = st.data_editor(
            review.facts_table(result),
            key=f"facts-{key}",
            hide_index=True,
            num_rows="fixed",
            disabled=["sentence"],
            column_config={
                "keep": st.column_config.CheckboxColumn("Keep", width="small"),
                "metric": st.column_config.SelectboxColumn(
                    "Metric", options=list(METRIC_LABELS), format_func=METRIC_LABELS.get, required=True
                ),
                "kind": st.column_config.SelectboxColumn(
                    "Kind",
                    options=["actual", "target"],
                    format_func={"actual": "Reported", "target": "Target"}.get,
                    required=True,
                ),
                "value": st.column_config.NumberColumn("Value", format="compact", min_value=0),
                "unit": st.column_config.TextColumn("Unit", width="small"),
                "year": st.column_config.NumberColumn(
                    "Year", min_value=1900, max_value=2100, step=1, format="%d"
                ),
                "from": st.column_config.SelectboxColumn("From", options=codes, format_func=country_name),
                "to": st.column_config.SelectboxColumn("To", options=codes, format_func=country_name),
                "commodity": st.column_config.TextColumn("Commodity", width="small"),
                "qualifier": st.column_config.SelectboxColumn(
                    "Qualifier", options=["exact", "about", "over", "under", "range"], width="small"
                ),
                "sentence": st.column_config.TextColumn("Sentence (figure in «»)", width="large"),
            },
        )
        deals = review.agreements_table(result)
        if len(deals):
            st.markdown(f"**Agreements** ({len(deals)}); sectors from: {', '.join(SECTORS)}.")
            deals = st.data_editor(
                deals,
                key=f"deals-{key}",
                hide_index=True,
                num_rows="fixed",
                disabled=["sentence"],
                column_config={
                    "keep": st.column_config.CheckboxColumn("Keep", width="small"),
                    "summary": st.column_config.TextColumn("Summary", width="medium"),
                    "sectors": st.column_config.TextColumn("Sectors"),
                    "count": st.column_config.NumberColumn("Count", min_value=1, step=1, format="%d"),
                    "status": st.column_config.SelectboxColumn(
                        "Status", options=["signed", "planned", "non-binding"]
                    ),
                    "sentence": st.column_config.TextColumn("Sentence", width="large"),
                },
            )

        if st.button("Save", key=f"save-{key}", type="primary", icon=":material/save:"):
            reviewed, fact_errors = review.reviewed_facts(result, facts)
            agreements, deal_errors = review.reviewed_agreements(result, deals)
            problems = fact_errors + deal_errors
            if not countries:
                problems.append("name at least one country")
            if problems:
                st.error(escape_markdown("Not saved: " + "; ".join(problems)), icon=":material/error:")
            else:
                final = review.with_metadata(result, title, date, countries)
                outcome = store.save(final, facts=reviewed, agreements=agreements)
                if outcome.status == "failed":
                    st.error(escape_markdown(outcome.message), icon=":material/error:")
                else:
                    saved[key] = outcome
                    cached.after_write()
                    st.rerun()
