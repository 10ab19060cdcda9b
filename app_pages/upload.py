"""Upload: read files or pasted text, review what was extracted, and save. Nothing is stored before Save."""

import hashlib

import pycountry
import streamlit as st

from dataset import METRIC_LABELS, pair_key, pair_label
from extract import MAX_FILE_BYTES, SECTORS, extract_bytes, extract_text
from extract.countries import country_name
from extract.fetch import extract_url
from store import article_id
from ui import auth, cached, review, widgets
from ui.formatting import escape_markdown, highlighted
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
    if read_pasted and not pasted.strip():
        st.warning("Paste some text first.", icon=":material/content_paste:")
with st.expander("Add by web address"):
    page_url = st.text_input("Article address (https://…)", key="page-url")
    read_page = st.button("Fetch and read", key="read-url")
    if read_page and not page_url.strip():
        st.warning("Enter a web address first.", icon=":material/link:")

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
stored_articles = cached.articles(url).set_index("id")
for key in documents:
    result = extractions[key]
    with st.container(border=True, key=f"document-{file_stem(result.source)}-{key[-12:]}"):
        st.subheader(escape_markdown(result.title or result.source), anchor=False)
        if result.title:
            st.caption(escape_markdown(result.source))
        if result.error:
            st.error(
                escape_markdown(f"{result.source} could not be read: it {result.error}."),
                icon=":material/error:",
            )
            continue
        if key in saved:
            st.success(escape_markdown(saved[key]["message"]), icon=":material/check_circle:")
            st.page_link(
                "app_pages/overview.py",
                label=f"Open the overview of {pair_label(saved[key]['pair'])}",
                icon=":material/dashboard:",
            )
            continue
        existing = article_id(result.text)
        if store.has_article(existing):
            known = stored_articles.loc[existing] if existing in stored_articles.index else None
            name = review.article_name(
                known["title"] if known is not None else result.title,
                known["date"] if known is not None else result.date,
            )
            st.info(
                escape_markdown(f"Already stored: {name}; saving it again would change nothing."),
                icon=":material/info:",
            )
            continue
        for warning in result.warnings:
            st.warning(escape_markdown(review.sentence_case(warning)), icon=":material/warning:")
        if not result.facts and not result.agreements:
            st.info(
                "Nothing to save: no figures or agreements were found in this article.",
                icon=":material/info:",
            )
            continue

        left, middle, right = st.columns([3, 1, 2])
        title = left.text_input("Title", value=result.title or "", key=f"title-{key}")
        date = middle.date_input("Published", value=result.date, key=f"date-{key}", format="YYYY-MM-DD")
        countries = right.multiselect(
            "Countries",
            # The extractor's own codes beyond ISO 3166 ("XKX" Kosovo, "EUU" the EU) stay choosable.
            sorted(set(codes) | set(result.countries)),
            default=result.countries,
            format_func=country_name,
            key=f"countries-{key}",
        )

        facts = review.facts_table(result)
        if len(facts):
            st.markdown(
                f"**Figures** ({len(facts)}): untick a row to leave it out; choose a cell to correct it. "
                "The figure as written comes first, then the value read from it."
            )
            sides = ["", *sorted(set(countries) | {c for c in (*facts["from"], *facts["to"]) if c})]
            facts = st.data_editor(
                facts,
                key=f"facts-{key}",
                hide_index=True,
                num_rows="fixed",
                placeholder="",
                disabled=["written", "sentence"],
                column_config={
                    "keep": st.column_config.CheckboxColumn(
                        "Keep", width=40, pinned=True, help="Untick to leave this row out"
                    ),
                    "written": st.column_config.TextColumn("As written", width=92, pinned=True),
                    "value": st.column_config.NumberColumn(
                        "Value", format="localized", min_value=0, width=120, pinned=True, required=True
                    ),
                    "kind": st.column_config.SelectboxColumn(
                        "Kind", options=list(review.KINDS), format_func=review.KINDS.get, required=True,
                        width=72, pinned=True,
                    ),
                    "unit": st.column_config.SelectboxColumn(
                        "Unit", options=list(review.UNITS), format_func=review.unit_label, required=True,
                        width="medium",
                    ),
                    "metric": st.column_config.SelectboxColumn(
                        "Metric", options=list(METRIC_LABELS), format_func=METRIC_LABELS.get, required=True
                    ),
                    "from": st.column_config.SelectboxColumn(
                        "From", options=sides, format_func=review.country_label
                    ),
                    "to": st.column_config.SelectboxColumn("To", options=sides, format_func=review.country_label),
                    "year": st.column_config.TextColumn("Year", width="small", validate=r"^(\d{4})?$"),
                    "period": st.column_config.TextColumn("Period", width="small"),
                    "scope": st.column_config.SelectboxColumn("Scope", options=["", *review.SCOPES]),
                    "qualifier": st.column_config.SelectboxColumn(
                        "Qualifier", options=list(review.QUALIFIERS), format_func=review.QUALIFIERS.get,
                        width="small",
                    ),
                    "commodity": st.column_config.TextColumn("Commodity", width="small"),
                    "sentence": st.column_config.TextColumn("Sentence", width="large"),
                },
            )  # fmt: skip
            with st.expander("Read each figure in its sentence", key=f"sentences-{key}"):
                for number, as_written, sentence, start, end in review.sentences(result):
                    st.markdown(
                        f"**Row {number}** · {escape_markdown(as_written)}  \n> {highlighted(sentence, start, end)}"
                    )
        deals = review.agreements_table(result)
        if len(deals):
            st.markdown(f"**Agreements** ({len(deals)}); sectors from: {', '.join(SECTORS)}.")
            deals = st.data_editor(
                deals,
                key=f"deals-{key}",
                hide_index=True,
                num_rows="fixed",
                placeholder="",
                disabled=["sentence"],
                column_config={
                    "keep": st.column_config.CheckboxColumn(
                        "Keep", width=40, pinned=True, help="Untick to leave this row out"
                    ),
                    "summary": st.column_config.TextColumn("Summary", width="medium"),
                    "sectors": st.column_config.TextColumn("Sectors"),
                    "count": st.column_config.NumberColumn("Count", min_value=1, step=1, format="%d"),
                    "status": st.column_config.SelectboxColumn(
                        "Status", options=["signed", "planned", "non-binding"]
                    ),
                    "year": st.column_config.TextColumn("Year signed", width="small", validate=r"^(\d{4})?$"),
                    "sentence": st.column_config.TextColumn("Sentence", width="large"),
                },
            )

        if st.button("Save", key=f"save-{key}", type="primary", icon=":material/save:"):
            reviewed, fact_errors = review.reviewed_facts(result, facts, countries)
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
                elif outcome.status == "duplicate":
                    st.info(
                        escape_markdown(f"Already stored: {review.article_name(final.title, final.date)}."),
                        icon=":material/info:",
                    )
                else:
                    pair = pair_key(",".join(countries))
                    saved[key] = {"message": review.saved_message(reviewed, agreements), "pair": pair}
                    widgets.switch_pair(pair)
                    cached.after_write()
                    st.rerun()
