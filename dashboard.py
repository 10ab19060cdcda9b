"""Trade target tracker: `streamlit run dashboard.py`. Declares the pages and the shared layout.

Page files live in app_pages/, not pages/: Streamlit treats a pages/ folder as its older
automatic navigation and serves a deep link such as /progress from it on a fresh server.
"""

import streamlit as st

from ui import auth, widgets

st.set_page_config(page_title="Trade target tracker", page_icon=":material/monitoring:", layout="wide")

# Shared layout comes before st.navigation so it is drawn on every page, whichever is open.
st.sidebar.title("Trade target tracker")
widgets.choose_pair()
st.sidebar.caption("Figures from news articles, each with the sentence it came from.")
auth.sidebar_status()

st.navigation(
    [
        st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page(
            "app_pages/progress.py", title="Progress", icon=":material/trending_up:", url_path="progress"
        ),
        st.Page(
            "app_pages/agreements.py", title="Agreements", icon=":material/handshake:", url_path="agreements"
        ),
        st.Page("app_pages/upload.py", title="Upload", icon=":material/upload_file:", url_path="upload"),
        st.Page("app_pages/data.py", title="Data", icon=":material/database:", url_path="data"),
    ]
).run()
