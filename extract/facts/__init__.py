"""From sentences to facts, one stage per attribute: what a figure measures, when it is for, its kind,
which countries it is about, whether it is the pair's own, and one fact per claim."""

from .pipeline import extract_facts

__all__ = ["extract_facts"]
