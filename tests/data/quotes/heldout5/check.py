"""Check heldout5/gold.jsonl against its articles and the record schema of ../GUIDELINES.md.

Every span's text must equal the article text at its offsets, carry a known kind, a speaker
and the schema's fields with their types, have no outer white space, and not overlap another
span of the same article; every article must have a record.

    .venv/bin/python tests/data/quotes/heldout5/check.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "unmarked", "indirect", "mixed"}
FIELDS = {"text": str, "start": int, "end": int, "kind": str, "speaker": str,
          "anonymous": bool, "cue": (str, type(None)), "optional": bool, "alt_speakers": list}


def check(gold=HERE / "gold.jsonl") -> int:
    errors = 0
    seen = set()
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        seen.add(rec["file"])
        text = open(HERE / "articles" / rec["file"], encoding="utf-8").read()
        spans = []
        for q in rec["quotes"]:
            problems = [f"field {k!r} missing or not {t}" for k, t in FIELDS.items()
                        if not isinstance(q.get(k), t)]
            if not problems:
                if text[q["start"]:q["end"]] != q["text"]:
                    problems.append("text != file_text[start:end]")
                if q["kind"] not in KINDS:
                    problems.append(f"kind {q['kind']!r}")
                if not q["speaker"].strip():
                    problems.append("no speaker")
                if q["text"] != q["text"].strip() or not q["text"]:
                    problems.append("span empty or with outer white space")
                spans.append((q["start"], q["end"]))
            for p in problems:
                print(f"{rec['file']} {q.get('start')}: {p}")
            errors += len(problems)
        spans.sort()
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if s2 < e1:
                print(f"{rec['file']}: overlapping spans {s1}-{e1} and {s2}-{e2}")
                errors += 1
    for missing in sorted({p.name for p in (HERE / "articles").glob("*.txt")} - seen):
        print(f"{missing}: no record in {Path(gold).name}")
        errors += 1
    return errors


if __name__ == "__main__":
    n = check()
    print("OK" if n == 0 else f"{n} error(s)")
    sys.exit(1 if n else 0)
