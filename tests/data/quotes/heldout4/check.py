"""Check heldout4/gold.jsonl: every span's text equals the article text at its offsets.

Also checks the record schema of ../GUIDELINES.md (keys and types, kind), that no span has
outer white space or overlaps another, and that every article in articles/ has a line.

    .venv/bin/python tests/data/quotes/heldout4/check.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "unmarked", "indirect", "mixed"}
KEYS = {"text", "start", "end", "kind", "speaker", "anonymous", "cue", "optional", "alt_speakers"}


def check(gold=HERE / "gold.jsonl") -> int:
    errors = 0
    files = []
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        files.append(rec["file"])
        text = open(HERE / "articles" / rec["file"], encoding="utf-8").read()
        spans = []
        for q in rec["quotes"]:
            problems = []
            if set(q) != KEYS:
                problems.append(f"keys {sorted(set(q) ^ KEYS)}")
            if text[q["start"]:q["end"]] != q["text"]:
                problems.append("text != file_text[start:end]")
            if q["kind"] not in KINDS:
                problems.append(f"kind {q['kind']!r}")
            if not q["speaker"]:
                problems.append("no speaker")
            if not isinstance(q["anonymous"], bool) or not isinstance(q["optional"], bool):
                problems.append("anonymous/optional not a bool")
            if not (q["cue"] is None or isinstance(q["cue"], str) and q["cue"]):
                problems.append(f"cue {q['cue']!r}")
            if not isinstance(q["alt_speakers"], list):
                problems.append("alt_speakers not a list")
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
    on_disk = sorted(p.name for p in (HERE / "articles").glob("*.txt"))
    if sorted(files) != on_disk:
        print(f"gold files {sorted(files)} != articles {on_disk}")
        errors += 1
    return errors


if __name__ == "__main__":
    n = check()
    print("OK" if n == 0 else f"{n} error(s)")
    sys.exit(1 if n else 0)
