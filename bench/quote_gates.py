"""Check the quote extractor's speed gates against the rules they spare, on PolNeAR train.

    PYTHONPATH=$PWD .venv/bin/python bench/quote_gates.py

A gate is a cheap necessary condition that lets a rule skip work whose result would be thrown
away: ``_narration.may_be_subject`` (a sentence's words before its verb read as a speaker
phrase) and ``_name_run._may_name`` (a phrase scanned for a name run). Each is proved
from the code it guards; this script re-checks the proof after the guarded code changes:
every train sentence's narration subject (from its first and its second word) and the name
runs of every sentence's opening words (1 to 15, as speaker phrases are) must be the same
with the gate as without it. Train texts are read at run time, never copied.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_polnear import QUOTES_BENCH, base_tables, split_inputs  # noqa: E402

from workbench.quotes import _name_run, _narration  # noqa: E402
from workbench.quotes._names import speaker_words  # noqa: E402


def _key(m) -> list | None:
    return (
        None
        if m is None
        else sorted((k, repr(sorted(v) if isinstance(v, frozenset) else v)) for k, v in vars(m).items())
    )


def main() -> int:
    tables = base_tables(QUOTES_BENCH / "polnear" / "train", Path("/tmp/polnear_tables"))
    texts, _, sents = split_inputs(tables)
    gate, may_name = _narration.may_be_subject, _name_run._may_name
    words = speaker_words()
    differ = spared = asked = 0
    for d, text in texts.items():
        for a, b in sents.get(d, []):
            k = text.find(" ", a, b)
            for start in (a, k + 1) if k > 0 else (a,):
                _narration.may_be_subject = gate
                new = _key(_narration.narration_subject(text, start, b))
                _narration.may_be_subject = lambda seg, last: True
                differ += new != _key(_narration.narration_subject(text, start, b))
            toks = text[a:b].split()
            for n in range(2, min(len(toks), 15) + 1):
                names = toks[:n]
                _name_run._may_name = may_name
                asked += 1
                spared += not may_name(names, words)
                new_run = _name_run.name_run(names, words)
                _name_run._may_name = lambda names, words: True
                differ += new_run != _name_run.name_run(names, words)
    _narration.may_be_subject, _name_run._may_name = gate, may_name
    print(f"{len(texts)} texts: {differ} readings differ; name runs spared {spared} of {asked}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
