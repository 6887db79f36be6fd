"""The quote gold sets (this folder and ``heldout*/``): one loader and one checker.

Every set is data: a JSONL file of one record per article, ``{"file", "quotes"}``, each
quote ``{"text", "start", "end", "kind", "speaker", "anonymous", "cue", "optional",
"alt_speakers"}`` with ``text == file_text[start:end]`` (GUIDELINES.md says what is
annotated). :data:`SETS` lists the files and where their articles are; :func:`load` reads
one, :func:`check` finds what is wrong with one. To add or correct a statement, edit the
JSONL (``--locate FILE SNIPPET`` prints a snippet's offsets) and run the check:

    .venv/bin/python tests/data/quotes/goldkit.py                      # check every set
    .venv/bin/python tests/data/quotes/goldkit.py --locate heldout/articles/h01_wire_water_rates.txt "We did not"
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parents[2] / "bench"
RAW = HERE.parents[2] / "data" / "raw"
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


# ---------------------------------------------------------------------------- the sets


@dataclass(frozen=True)
class GoldSet:
    """One gold file, where its annotated texts are, and what its check asks of them."""

    name: str
    path: Path  # the JSONL file
    folder: Path  # where the annotated text files are
    complete: bool = True  # every *.txt in folder must have a record
    words: tuple[int, int] | None = None  # bounds on an article's length in words


SETS = {
    s.name: s
    for s in (
        GoldSet("gold", HERE / "gold.jsonl", HERE / "articles", words=(250, 600)),
        GoldSet("seeds", HERE / "seeds_gold.jsonl", RAW, complete=False),
        GoldSet("heldout", HERE / "heldout" / "gold.jsonl", HERE / "heldout" / "articles"),
        GoldSet(
            "heldout2", HERE / "heldout2" / "gold.jsonl", HERE / "heldout2" / "articles", words=(250, 450)
        ),
        GoldSet("heldout3", HERE / "heldout3" / "gold.jsonl", HERE / "heldout3" / "articles"),
        GoldSet("heldout4", HERE / "heldout4" / "gold.jsonl", HERE / "heldout4" / "articles"),
        GoldSet("heldout5", HERE / "heldout5" / "gold.jsonl", HERE / "heldout5" / "articles"),
        GoldSet(
            "heldout6", HERE / "heldout6" / "gold.jsonl", HERE / "heldout6" / "articles", words=(300, 450)
        ),
    )
}


def load(name: str) -> list[dict]:
    """The records of one gold set (``SETS``' keys: "gold", "seeds", "heldout", ...)."""
    return read(SETS[name].path)


def check_set(name: str, *, scorer: bool = True) -> list[str]:
    """Problems of one gold set (empty when sound)."""
    g = SETS[name]
    return check(g.path, g.folder, complete=g.complete, words=g.words, scorer=scorer)


def locate(path: Path, snippet: str) -> list[tuple[int, int]]:
    """Offsets of every occurrence of ``snippet`` in the text file ``path``."""
    text = Path(path).read_text(encoding="utf-8")
    out, k = [], text.find(snippet)
    while k >= 0:
        out.append((k, k + len(snippet)))
        k = text.find(snippet, k + 1)
    return out


def main(argv: list[str] | None = None) -> int:
    """Check every set (or print a snippet's offsets with ``--locate FILE SNIPPET``)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--locate"]:
        print(locate(HERE / argv[1], argv[2]))
        return 0
    failed = False
    for name, g in SETS.items():
        problems = check_set(name)
        print(
            f"{name}: {summary(read(g.path))}: " + (f"{len(problems)} problem(s)" if problems else "check OK")
        )
        for p in problems:
            print("  " + p)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
