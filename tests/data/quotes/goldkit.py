"""Shared builder and checker for the quote gold sets (this folder and ``heldout*/``).

Each set's ``build_gold.py`` holds only its annotations, written as readable snippets of the
article text, and calls :func:`main`, which finds each snippet's character offsets, writes the
set's JSONL file(s) and checks them; ``--check`` only checks the files already written.

Two ways to write one annotated statement (see GUIDELINES.md for what is annotated):

- ``Q(text, kind, speaker, cue, ...)``: ``text`` is the exact span, or ``(first, last)`` for a
  long span given by its first and last characters; ``after=`` (a string that occurs once,
  before the span) tells apart a snippet that occurs more than once.
- ``QE(start, end, kind, speaker, cue, ...)``: the span runs from the start snippet to the
  first occurrence of the end snippet at or after it.

Either way the start snippet must occur exactly once (after ``after``, if given).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parents[2] / "bench"
KINDS = ("direct", "unmarked", "indirect", "mixed")
# the record schema of GUIDELINES.md: field -> accepted types
FIELDS = {
    "text": str,
    "start": int,
    "end": int,
    "kind": str,
    "speaker": str,
    "anonymous": bool,
    "cue": (str, type(None)),
    "optional": bool,
    "alt_speakers": list,
}


# ---------------------------------------------------------------------------- annotations


def _annotation(start, end, kind, speaker, cue, anon, optional, alt, after) -> dict:
    return {
        "start": start,
        "end": end,
        "after": after,
        "kind": kind,
        "speaker": speaker,
        "anonymous": anon,
        "cue": cue,
        "optional": optional,
        "alt_speakers": list(alt or ()),
    }


def Q(text, kind, speaker, cue, *, anon=False, optional=False, alt=(), after=None) -> dict:
    """One statement given by its exact text, or by ``(first, last)`` for its two ends."""
    first, last = (text, None) if isinstance(text, str) else text
    return _annotation(first, last, kind, speaker, cue, anon, optional, alt, after)


def QE(start, end, kind, speaker, cue, *, anon=False, opt=False, alt=()) -> dict:
    """One statement given by the snippets it starts and ends with."""
    return _annotation(start, end, kind, speaker, cue, anon, opt, alt, None)


def locate(file_text: str, ann: dict, where: str = "") -> tuple[int, int]:
    """Offsets of an annotation's span in ``file_text``; its start snippet must be unique."""
    first, last, after = ann["start"], ann["end"], ann["after"]
    lo = 0
    if after:
        lo = file_text.find(after)
        if lo < 0:
            raise ValueError(f"{where}: 'after' snippet not found: {after[:60]!r}")
    start = file_text.find(first, lo)
    if start < 0 or file_text.find(first, start + 1) >= 0:
        raise ValueError(f"{where}: snippet not found exactly once: {first[:60]!r}")
    if last is None:
        return start, start + len(first)
    end = file_text.find(last, start)
    if end < 0:
        raise ValueError(f"{where}: end snippet not found after the start: {last[:60]!r}")
    return start, end + len(last)


def records(annotations: dict[str, list[dict]], folder: Path) -> list[dict]:
    """The gold records, one per file in the order given, quotes in text order."""
    out = []
    for name, anns in annotations.items():
        file_text = open(folder / name, encoding="utf-8").read()
        quotes = []
        for ann in anns:
            start, end = locate(file_text, ann, name)
            quotes.append(
                {
                    "text": file_text[start:end],
                    "start": start,
                    "end": end,
                    "kind": ann["kind"],
                    "speaker": ann["speaker"],
                    "anonymous": ann["anonymous"],
                    "cue": ann["cue"],
                    "optional": ann["optional"],
                    "alt_speakers": ann["alt_speakers"],
                }
            )
        quotes.sort(key=lambda q: q["start"])
        out.append({"file": name, "quotes": quotes})
    return out


def write(path: Path, recs: list[dict]) -> None:
    """One JSON line per record, UTF-8, not ASCII-escaped."""
    with open(path, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def summary(recs: list[dict]) -> str:
    """Counts of required and optional statements, kinds and anonymous sources."""
    quotes = [q for r in recs for q in r["quotes"]]
    req = [q for q in quotes if not q["optional"]]
    kinds = Counter(q["kind"] for q in req)
    return (
        f"{len(recs)} files, {len(req)} required + {len(quotes) - len(req)} optional quotes; "
        f"kinds {dict(sorted(kinds.items()))}; "
        f"anonymous {sum(q['anonymous'] for q in req)}/{len(req)}"
    )


# ---------------------------------------------------------------------------- checks


def _quote_problems(q: dict, file_text: str) -> list[str]:
    if not isinstance(q, dict):
        return ["record is not an object"]
    problems = [f"unexpected field {k!r}" for k in sorted(set(q) - set(FIELDS))]
    problems += [
        f"field {k!r} missing or not {t}"
        for k, t in FIELDS.items()
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool))
    ]
    if problems:
        return problems
    if not 0 <= q["start"] < q["end"] <= len(file_text):
        problems.append("offsets outside the file or empty span")
    if file_text[q["start"] : q["end"]] != q["text"]:
        problems.append("text != file_text[start:end]")
    if q["text"] != q["text"].strip():
        problems.append("span has outer white space")
    if q["kind"] not in KINDS:
        problems.append(f"unknown kind {q['kind']!r}")
    if not q["speaker"].strip():
        problems.append("no speaker")
    if q["cue"] is not None and not q["cue"].strip():
        problems.append("empty cue (null for none)")
    if not all(isinstance(s, str) and s.strip() for s in q["alt_speakers"]):
        problems.append("alt_speakers must be non-empty names")
    return problems


def check(
    gold_path: Path,
    folder: Path,
    *,
    complete: bool = True,
    words: tuple[int, int] | None = None,
    scorer: bool = True,
) -> list[str]:
    """Problems in one gold file; an empty list when it is sound.

    Per statement: the schema's fields and types, ``text == file_text[start:end]``, a known
    kind, a speaker, a null or non-empty cue, no outer white space. Per file: a text file in
    ``folder``, one record only, quotes in text order and not overlapping, and (``words``) an
    article length within bounds. ``complete``: every ``*.txt`` in ``folder`` has a record.
    ``scorer``: bench/score_quotes.py's own check passes and scores the gold fed back as F1 1.0.
    """
    gold_path = Path(gold_path)
    problems, seen = [], set()
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        head = f"{gold_path.name}:{line_no}"
        rec = json.loads(line)
        if not (
            isinstance(rec, dict)
            and set(rec) == {"file", "quotes"}
            and isinstance(rec["file"], str)
            and isinstance(rec["quotes"], list)
        ):
            problems.append(f"{head}: not a {{'file', 'quotes'}} record")
            continue
        name = rec["file"]
        if name in seen:
            problems.append(f"{head} {name}: second record for the file")
        seen.add(name)
        if not (folder / name).is_file():
            problems.append(f"{head} {name}: no such file in {folder}")
            continue
        file_text = open(folder / name, encoding="utf-8").read()
        if words and not words[0] <= len(file_text.split()) <= words[1]:
            problems.append(f"{head} {name}: {len(file_text.split())} words, not {words[0]}-{words[1]}")
        last_start, last_end = -1, -1
        for q in rec["quotes"]:
            found = _quote_problems(q, file_text)
            where = f"{head} {name} [{q.get('start')}:{q.get('end')}]"
            problems += [f"{where}: {p}" for p in found]
            if found:
                continue
            if q["start"] < last_start:
                problems.append(f"{where}: quotes not in text order")
            elif q["start"] < last_end:
                problems.append(f"{where}: overlaps the previous quote")
            last_start, last_end = q["start"], max(last_end, q["end"])
    if complete:
        problems += [
            f"{gold_path.name}: no record for {name}"
            for name in sorted({p.name for p in folder.glob("*.txt")} - seen)
        ]
    if scorer and not problems:
        problems += _scorer_problems(gold_path)
    return problems


def _scorer_problems(gold_path: Path) -> list[str]:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    import score_quotes

    problems = [f"score_quotes.check_gold: {p}" for p in score_quotes.check_gold(gold_path)]
    quote = score_quotes.score(score_quotes.gold_as_predictions(gold_path), gold_path)["quote"]
    if quote["f1"] != 1.0:
        problems.append(f"{gold_path.name}: the scorer gives the gold fed back {quote}, not F1 1.0")
    return problems


# ---------------------------------------------------------------------------- command line


@dataclass(frozen=True)
class GoldFile:
    """One JSONL file a set's build_gold.py writes, and how to check it."""

    path: Path  # the JSONL file
    annotations: dict[str, list[dict]]  # {file name: [Q(...) or QE(...), ...]}
    folder: Path  # where the annotated text files are
    complete: bool = True  # every *.txt in folder must have a record
    words: tuple[int, int] | None = None  # bounds on an article's length in words


def main(*gold_files: GoldFile, argv: list[str] | None = None) -> int:
    """Write each gold file from its annotations (unless ``--check``), then check them all.

    Prints one summary line per file and every problem found; returns 1 on a problem, else 0.
    """
    argv = sys.argv[1:] if argv is None else argv
    if "--check" not in argv:
        for g in gold_files:
            write(g.path, records(g.annotations, g.folder))
    failed = False
    for g in gold_files:
        problems = check(g.path, g.folder, complete=g.complete, words=g.words)
        print(f"{g.path.parent.name}/{g.path.name}: {summary(read(g.path))}")
        for p in problems:
            print("  " + p)
        print(
            f"{g.path.parent.name}/{g.path.name}: "
            + (f"{len(problems)} problem(s)" if problems else "check OK")
        )
        failed = failed or bool(problems)
    return 1 if failed else 0
