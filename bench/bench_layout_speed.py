"""Layout speed against jusText and the pre-model layout, interleaved page by page in one process.

    PYTHONPATH=. .venv/bin/python bench/bench_layout_speed.py [--rounds 3] [--premodel DIR]
    PYTHONPATH=. .venv/bin/python bench/bench_layout_speed.py --save FILE | --check FILE

Issue 14 asks that no stage get more than 15% slower per document than before the learned
model, measured as a ratio against jusText in one run. Each round times, for every page of both
extraction sets (``dev/`` and ``wcxb-dev/`` text copies, 769 pages), one after the other:
(a) jusText on the copy (each line a paragraph, as bench_extraction scores it), (b) the
pre-model layout (the rules of commit ``71aa123^``, imported from a checkout of that commit
under another package name) and (c)
the current layout (``article_text(label_blocks(text))`` for both). Interleaving page by page
makes the three see the same load on a shared machine. Each round prints the totals as ratios
to jusText and (c)/(b); the last line is the median over rounds.

``--save``/``--check`` write or compare every page's blocks (lines, kind, reason) as JSON in a
file outside the repository, to keep labels and reasons identical across speed work.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import types
from pathlib import Path

import bench_extraction

from workbench.layout import article_text, label_blocks

ROOT = Path(__file__).resolve().parent.parent
#: The last commit before the layout model (the parent of its first commit, 71aa123).
PREMODEL_COMMIT = "71aa123^"


def extract_premodel(into: Path) -> Path:
    """The ``workbench`` package of PREMODEL_COMMIT, unpacked under ``into`` by ``git archive``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", PREMODEL_COMMIT, "workbench"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def all_pages() -> list[tuple[str, str]]:
    """(set/page id, text copy) of both sets, in set and id order."""
    out = []
    for set_name, set_dir in bench_extraction.SETS.items():
        out += [(f"{set_name}/{pid}", text) for pid, text in bench_extraction.read_pages(set_dir).items()]
    return out


def import_premodel(checkout: Path):
    """The pre-model ``workbench.layout`` of a checkout, as package ``workbench_premodel``
    (its ``__init__`` is skipped: only the layout subpackage and what it imports are loaded)."""
    name = "workbench_premodel"
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = [str(checkout / "workbench")]
        sys.modules[name] = package
    return importlib.import_module(f"{name}.layout")


def snapshot(pages) -> dict[str, list]:
    """Page id -> its blocks as [line_start, line_end, kind, reason]."""
    return {
        pid: [[b.line_start, b.line_end, b.kind, b.reason] for b in label_blocks(text)] for pid, text in pages
    }


def time_round(pages, fns: dict) -> dict[str, float]:
    """Seconds per extractor over all pages, the extractors taking turns on each page."""
    totals = dict.fromkeys(fns, 0.0)
    for _, text in pages:
        for name, fn in fns.items():
            start = time.perf_counter()
            fn(text)
            totals[name] += time.perf_counter() - start
    return totals


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--premodel", type=Path, help=f"a checkout of {PREMODEL_COMMIT} (default: from git history)"
    )
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--save", type=Path, help="write every page's blocks to this JSON file")
    ap.add_argument("--check", type=Path, help="compare every page's blocks with this JSON file")
    args = ap.parse_args(argv)
    pages = all_pages()
    if not pages:
        print(f"no text copies under {bench_extraction.BENCH_DIR}; nothing to time", file=sys.stderr)
        return 2
    if args.save or args.check:
        snap = snapshot(pages)
        if args.save:
            args.save.write_text(json.dumps(snap), encoding="utf-8")
            print(f"saved the blocks of {len(snap)} pages to {args.save}")
            return 0
        old = json.loads(args.check.read_text(encoding="utf-8"))
        differ = [pid for pid in old if old[pid] != snap.get(pid)]
        print(f"{len(old) - len(differ)} of {len(old)} pages have the same blocks, kinds and reasons")
        for pid in differ[:20]:
            print("  differs:", pid)
        return 1 if differ else 0
    with tempfile.TemporaryDirectory() as tmp:
        return time_rounds(pages, args.premodel or extract_premodel(Path(tmp)), args.rounds)


def time_rounds(pages, premodel: Path, rounds: int) -> int:
    """Print each round's times and ratios, then their medians."""
    old = import_premodel(premodel)
    fns = {
        "justext": bench_extraction.extract_justext,
        "premodel": lambda text: old.article_text(old.label_blocks(text)),
        "layout": lambda text: article_text(label_blocks(text)),
    }
    time_round(pages[:20], fns)  # warm caches (cue patterns, stoplists, the model file)
    ratios = []
    for k in range(rounds):
        t = time_round(pages, fns)
        r = (t["premodel"] / t["justext"], t["layout"] / t["justext"], t["layout"] / t["premodel"])
        ratios.append(r)
        print(
            f"round {k + 1}: {len(pages)} pages, jusText {t['justext']:.2f} s, pre-model {t['premodel']:.2f} s, "
            f"layout {t['layout']:.2f} s; /jusText: pre-model {r[0]:.3f}, layout {r[1]:.3f}; "
            f"layout/pre-model x{r[2]:.2f}"
        )
    med = [statistics.median(col) for col in zip(*ratios)]
    print(
        f"median of {rounds} rounds: pre-model/jusText {med[0]:.3f}, layout/jusText {med[1]:.3f}, "
        f"layout/pre-model x{med[2]:.2f} (target <= x1.15)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
