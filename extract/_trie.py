"""Word lists as trie-shaped regular expressions: one pass over the text, no backtracking across words."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation matching any of `words`, longest first, factored by shared prefixes."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional: the longer word wins when both fit, as with longest-first alternations.
    return f"(?:{body})?" if ends else body
