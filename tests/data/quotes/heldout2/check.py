"""Check gold.jsonl: every quote's text equals file_text[start:end]; scorer F1 on gold fed back is 1.0."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3] / "bench"))
import score_quotes as sq  # noqa: E402

GOLD = HERE / "gold.jsonl"
problems = []
kinds, anon, n = Counter(), 0, 0
for line in GOLD.read_text(encoding="utf-8").splitlines():
    rec = json.loads(line)
    text = open(HERE / "articles" / rec["file"], encoding="utf-8").read()
    words = len(text.split())
    if not 250 <= words <= 450:
        problems.append(f"{rec['file']}: {words} words")
    for q in rec["quotes"]:
        if text[q["start"]:q["end"]] != q["text"]:
            problems.append(f"{rec['file']} [{q['start']}:{q['end']}] offsets do not give the text")
        if not q.get("optional"):
            n += 1
            kinds[q["kind"]] += 1
            anon += q["anonymous"]
problems += sq.check_gold(GOLD)
f1 = sq.score(sq.gold_as_predictions(GOLD), GOLD)["quote"]
print("problems:", problems or "none")
print("required quotes", n, dict(kinds), f"anonymous {anon} ({anon / n:.0%})")
print("scorer on gold:", f1)
sys.exit(1 if problems else 0)
