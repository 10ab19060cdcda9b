"""Every Streamlit cache in one place: the store, its frames, the dataset views and the PNG browser."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import dataset
from store import Store, default_url, open_store

from . import charts, evidence


def database_url() -> str:
    """The database this session uses (TRACKER_DATABASE_URL, else the SQLite file under data/)."""
    return default_url()


@st.cache_resource(show_spinner="Opening the store…")
def store(url: str) -> Store:
    """The store, migrated, and filled with the sample articles when empty."""
    return open_store(url)


@st.cache_data(show_spinner=False)
def facts(url: str) -> pd.DataFrame:
    return store(url).facts_frame()


@st.cache_data(show_spinner=False)
def agreements(url: str) -> pd.DataFrame:
    return store(url).agreements_frame()


@st.cache_data(show_spinner=False)
def articles(url: str) -> pd.DataFrame:
    return store(url).articles_frame()


@st.cache_data(show_spinner=False)
def tracked(url: str) -> pd.DataFrame:
    return dataset.tracked_facts(facts(url))


@st.cache_data(show_spinner=False)
def latest(url: str) -> pd.DataFrame:
    return dataset.latest_figures(tracked(url))


@st.cache_data(show_spinner=False)
def pairs(url: str) -> list[str]:
    return dataset.pairs(facts(url), agreements(url))


def after_write() -> None:
    """Drop cached reads so every page shows what was just written."""
    st.cache_data.clear()


@st.cache_resource(show_spinner=False)
def png_ready() -> bool:
    """Start one kaleido browser for the whole server; False where there is no Chromium."""
    try:
        return charts.start_png_server()
    except Exception:  # a browser that fails to start leaves the PNG buttons explaining why
        return False


@st.cache_data(show_spinner=False, max_entries=64)
def png(figure_json: str) -> bytes:
    """A figure (as Plotly JSON) rendered to PNG once, however often it is downloaded."""
    return charts.figure_png(go.Figure(json.loads(figure_json)))


@st.cache_data(show_spinner=False, max_entries=64)
def svg(figure_json: str) -> bytes:
    """A figure (as Plotly JSON) rendered to SVG once."""
    return charts.figure_svg(go.Figure(json.loads(figure_json)))


@st.cache_data(show_spinner="Building the evidence pack…", max_entries=8)
def evidence_pack(url: str, pair: str) -> bytes:
    """A pair's evidence pack (charts as PNG and SVG where Chromium is available)."""
    render = charts.figure_image if png_ready() else None
    return evidence.evidence_pack(facts(url), agreements(url), pair, render)


@st.cache_data(show_spinner=False)
def progress_series(
    url: str, pair: str, metric: str, direction: str, unit: str, commodity: str
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One tracked figure's history: target statements, chart rows and conflicting sources."""
    frame = tracked(url)
    mine = frame[(frame["unit"] == unit) & (frame["commodity"] == commodity)]
    targets = dataset.target_history(mine, pair, metric, direction)
    data = charts.progress_data(dataset.actual_history(mine, pair, metric, direction), targets)
    found = dataset.conflicts(mine)
    found = found[(found["pair"] == pair) & (found["metric"] == metric) & (found["direction"] == direction)]
    return targets, data, found
