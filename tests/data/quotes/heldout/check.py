"""Check the held-out gold: every ``text == file_text[start:end]`` (own check and the scorer's).

    .venv/bin/python tests/data/quotes/heldout/check.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[3] / "bench")]

import build_gold  # noqa: E402
import score_quotes  # noqa: E402

problems = build_gold.check() + score_quotes.check_gold(build_gold.GOLD)
print("\n".join(problems) or "heldout gold: ok")
sys.exit(1 if problems else 0)
