"""scikit-learn's English stop words, without importing scikit-learn.

Importing scikit-learn takes about a second (it loads SciPy), and every build worker
would pay it for this one list. Its source file holds the list as a literal; read there, it is
the same list, and where it cannot be read so the import gives it.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS`` (318 words)."""
    words = _from_source()
    if words is None:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words = frozenset(ENGLISH_STOP_WORDS)
    return words


def _from_source() -> frozenset[str] | None:
    spec = importlib.util.find_spec("sklearn")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "feature_extraction" / "_stop_words.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    for node in tree.body:  # ENGLISH_STOP_WORDS = frozenset([...])
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and getattr(node.targets[0], "id", None) == "ENGLISH_STOP_WORDS"
            and isinstance(node.value, ast.Call)
            and len(node.value.args) == 1
        ):
            try:
                words = ast.literal_eval(node.value.args[0])
            except ValueError:
                return None
            if all(isinstance(w, str) for w in words):
                return frozenset(words)
    return None
