"""A regex matching any word of a list, built as a trie.

Python's ``re`` tries an alternation's words one by one at every position of the text: with
hundreds of words ("said|says|told|...") most of a scan goes there. The same words written as
a trie ("s(?:a(?:id|ys?))|told") are walked a character at a time and match the same strings
(bench/bench_quotes.py measures the quote stage that uses them most). Where one word is a prefix of another the longer is tried first
(greedy), as in an alternation sorted longest first, so ``match``, ``search`` and ``finditer``
give the same matches as that alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern for ``words``, longest first where one is a prefix of another."""
    trie: dict = {}
    for word in words:
        if not word:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _pattern(trie) + ")"


def _pattern(node: dict) -> str:
    branches = [re.escape(ch) + _pattern(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word ends here too: the longer words first, then this one (a greedy optional)
    return "(?:" + body + ")?" if "" in node else body
