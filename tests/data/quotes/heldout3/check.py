"""Check heldout3/gold.jsonl: every span's text equals the article text at its offsets.

    .venv/bin/python tests/data/quotes/heldout3/check.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "unmarked", "indirect", "mixed"}


def check(gold=HERE / "gold.jsonl") -> int:
    errors = 0
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = open(HERE / "articles" / rec["file"], encoding="utf-8").read()
        spans = []
        for q in rec["quotes"]:
            problems = []
            if text[q["start"]:q["end"]] != q["text"]:
                problems.append("text != file_text[start:end]")
            if q["kind"] not in KINDS:
                problems.append(f"kind {q['kind']!r}")
            if not q["speaker"]:
                problems.append("no speaker")
            if q["text"] != q["text"].strip():
                problems.append("span has outer white space")
            for p in problems:
                print(f"{rec['file']} {q['start']}: {p}")
            errors += len(problems)
            spans.append((q["start"], q["end"]))
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                print(f"{rec['file']}: overlapping spans {s1}-{e1} and {s2}-{e2}")
                errors += 1
    return errors


if __name__ == "__main__":
    n = check()
    print("OK" if n == 0 else f"{n} error(s)")
    sys.exit(1 if n else 0)
