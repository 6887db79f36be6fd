"""Which review sentences a quote change moves: the records of each sentence of
``tests/data/quotes/review/sentences.txt`` against those last saved in ``records.json``.

    PYTHONPATH=. .venv/bin/python bench/review_diff.py            # list the sentences that differ
    PYTHONPATH=. .venv/bin/python bench/review_diff.py --save     # after judging them: save the new records

The sentences are reviewers' own, written to probe the quote rules outside US politics (sport,
courts, health, business, weather). Every round of rules tuned on PolNeAR train has moved some of
them for the worse while train rose, and only a reading of each changed sentence showed it. The
saved records are what the code gave when the sentences were last judged, not a gold standard:
a difference is a question for a person (better, worse or neither), never a failure by itself.
Each record is shown as [content, speaker as written, resolved speaker, source_type, cue].
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from workbench.quotes import quote_records

REVIEW_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes" / "review"
FIELDS = ("text", "speaker", "speaker_name", "source_type", "cue")


def sentences(path: Path = REVIEW_DIR / "sentences.txt") -> list[str]:
    """The review sentences, one a line (lines opening with "#" are comments; a literal
    ``\\n`` in a line stands for a line break, read as one by :func:`records`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def records(texts: list[str]) -> dict[str, list[list[str]]]:
    """Sentence -> its records, each as the FIELDS' values (strings); a texts's literal
    ``\\n`` read as the line break it stands for (paragraphs and headlines change how a
    text reads)."""
    return {t: [[str(r[f]) for f in FIELDS] for r in quote_records(t.replace("\\n", "\n"))] for t in texts}


def changed(old: dict, new: dict) -> list[str]:
    """The sentences whose records differ, in the order of ``new``."""
    return [t for t in new if old.get(t) != new[t]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", action="store_true", help="write the current records to records.json")
    args = ap.parse_args(argv)
    saved_path = REVIEW_DIR / "records.json"
    new = records(sentences())
    if args.save:
        saved_path.write_text(json.dumps(new, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"saved the records of {len(new)} sentences to {saved_path}")
        return 0
    old = json.loads(saved_path.read_text(encoding="utf-8"))
    moved = changed(old, new)
    for t in moved:
        print(t)
        print("  saved:", old.get(t))
        print("  now:  ", new[t])
    print(f"{len(moved)} of {len(new)} sentences give other records than saved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
