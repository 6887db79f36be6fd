"""Layout speed against jusText and the pre-model layout, interleaved page by page in one process.

    PYTHONPATH=. .venv/bin/python bench/bench_layout_speed.py [--rounds 3] [--premodel DIR] [--every N]
    PYTHONPATH=. .venv/bin/python bench/bench_layout_speed.py --save FILE | --check FILE

Issue 14 asks that no stage get more than 15% slower per document than before the learned
model, measured as a ratio against jusText in one run. Each round times, for every page of both
extraction sets (``dev/`` and ``wcxb-dev/`` text copies, 769 pages), one after the other:
(a) jusText on the copy (each line a paragraph, as bench_extraction scores it), (b) the
pre-model layout (the rules of commit ``71aa123^``, imported from a checkout of that commit
under another package name) and (c)
the current layout (``article_text(label_blocks(text))`` for both), each layout followed by
its own metadata step (``metadata_from_blocks`` on the rows its blocks give, built outside the
timing, per-line caches emptied first): layout and metadata are timed apart and together, the
stage of a text copy. Interleaving page by page makes them all see the same load on a shared
machine. Each round prints the totals as ratios to jusText, (c)/(b), and layout+metadata
current/pre-model; the last line is the median over rounds.

``--save``/``--check`` write or compare every page's blocks (lines, kind, reason) as JSON in a
file outside the repository, to keep labels and reasons identical across speed work;
``--save-metadata``/``--check-metadata`` likewise every page's metadata (each field
``metadata_from_blocks`` returns, and the scorer's candidate lines, features and scores).
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


def metadata_inputs(blocks) -> tuple[list[dict], str]:
    """The block rows and body the pipeline hands ``metadata_from_blocks`` for a text copy:
    content blocks repaired, the others flattened, the body's blocks joined (as
    ``bench/scale_stages.py`` builds them; made outside any timing)."""
    from workbench.build import _pipeline as pipeline
    from workbench.text import build_evidence, repair_text

    evidence = build_evidence([b.raw for b in blocks if b.kind in pipeline.CONTENT_KINDS])
    rows = []
    for n, b in enumerate(blocks, start=1):
        if b.kind in pipeline.CONTENT_KINDS:
            text = repair_text(b.raw.strip(), evidence=evidence)[0]
        else:
            text = pipeline._plain(b.raw)
        rows.append({"order": n, "kind": b.kind, "raw": b.raw, "text": text})
    body = pipeline.PARAGRAPH_SEP.join(r["text"] for r in rows if r["kind"] == "body" and r["text"])
    return rows, body


def metadata_snapshot(pages) -> dict[str, dict]:
    """Page id -> what ``metadata_from_blocks`` returns (values as strings), with the scorer's
    candidate lines, their features and each field's scores."""
    from workbench.layout import _metadata_lines as lines_mod
    from workbench.layout import metadata_from_blocks

    out = {}
    for pid, text in pages:
        rows, body = metadata_inputs(label_blocks(text))
        meta = metadata_from_blocks(rows, body)
        cand = lines_mod.candidates(lines_mod.lines_of(rows))
        scores = {}
        if cand.pos:
            k, _ = lines_mod.pick("title", lines_mod.score("title", cand.X), cand.ok["title"])
            extra = lines_mod.title_columns(cand.pos, cand.pos[k] if k is not None else None)
            scores = {
                "title": lines_mod.score("title", cand.X).tolist(),
                **{f: lines_mod.score(f, cand.X, title_cols=extra).tolist() for f in ("author", "date")},
            }
        out[pid] = {
            "meta": {k: None if v is None else str(v) for k, v in meta.items()},
            "pos": cand.pos,
            "X": cand.X.tolist(),
            "ok": {f: m.tolist() for f, m in cand.ok.items()},
            "scores": scores,
        }
    return out


#: Cached loaders of resources read once per process (the scorer's weights were re-read and
#: re-folded for every page until 5 December, about 0.5 ms a page that no run pays).
PER_PROCESS = ("given_names", "model")


def clear_line_caches(package: str) -> None:
    """Empty the per-line caches of a package's metadata modules (``given_names`` and the
    scorer's ``model`` are loaded once per process, not per line): each page's metadata step is
    timed as it runs on new lines."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(f"{package}.layout._metadata") or module is None:
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == name:
                if value.__name__ not in PER_PROCESS:
                    value.cache_clear()


def time_round(pages, old) -> dict[str, float]:
    """Seconds per step over all pages, the steps taking turns on each page: jusText, the
    pre-model layout and its metadata rules, the current layout and its metadata scorer (each
    metadata step on the rows its own layout gave, built outside the timing)."""
    from workbench.layout import metadata_from_blocks

    steps = (
        (
            "premodel",
            "premodel_meta",
            "workbench_premodel",
            old.label_blocks,
            old.article_text,
            old.metadata_from_blocks,
        ),
        ("layout", "metadata", "workbench", label_blocks, article_text, metadata_from_blocks),
    )
    totals = dict.fromkeys(("justext", "premodel", "premodel_meta", "layout", "metadata"), 0.0)
    for _, text in pages:
        start = time.perf_counter()
        bench_extraction.extract_justext(text)
        totals["justext"] += time.perf_counter() - start
        for layout_key, meta_key, package, label, article, metadata in steps:
            start = time.perf_counter()
            blocks = label(text)
            article(blocks)
            totals[layout_key] += time.perf_counter() - start
            rows, body = metadata_inputs(blocks)
            clear_line_caches(package)
            start = time.perf_counter()
            metadata(rows, body)
            totals[meta_key] += time.perf_counter() - start
    return totals


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--premodel", type=Path, help=f"a checkout of {PREMODEL_COMMIT} (default: from git history)"
    )
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--every", type=int, default=1, help="time every Nth page only (a quick look)")
    ap.add_argument("--save", type=Path, help="write every page's blocks to this JSON file")
    ap.add_argument("--check", type=Path, help="compare every page's blocks with this JSON file")
    ap.add_argument("--save-metadata", type=Path, help="write every page's metadata to this JSON file")
    ap.add_argument("--check-metadata", type=Path, help="compare every page's metadata with this JSON file")
    args = ap.parse_args(argv)
    pages = all_pages()
    if not pages:
        print(f"no text copies under {bench_extraction.BENCH_DIR}; nothing to time", file=sys.stderr)
        return 2
    if args.save_metadata or args.check_metadata:
        meta = metadata_snapshot(pages)
        if args.save_metadata:
            args.save_metadata.write_text(json.dumps(meta), encoding="utf-8")
            print(f"saved the metadata of {len(meta)} pages to {args.save_metadata}")
            return 0
        old = json.loads(args.check_metadata.read_text(encoding="utf-8"))
        differ = [pid for pid in old if old[pid] != meta.get(pid)]
        print(f"{len(old) - len(differ)} of {len(old)} pages have the same metadata, features and scores")
        for pid in differ[:20]:
            fields = [k for k in old[pid] if old[pid][k] != meta.get(pid, {}).get(k)]
            print("  differs:", pid, fields)
        return 1 if differ else 0
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
        return time_rounds(pages[:: args.every], args.premodel or extract_premodel(Path(tmp)), args.rounds)


def time_rounds(pages, premodel: Path, rounds: int) -> int:
    """Print each round's times and ratios, then their medians."""
    old = import_premodel(premodel)
    time_round(pages[:20], old)  # warm caches (cue patterns, stoplists, the model files)
    ratios = []
    n = len(pages)
    for k in range(rounds):
        t = time_round(pages, old)
        stage_old, stage_new = t["premodel"] + t["premodel_meta"], t["layout"] + t["metadata"]
        r = (
            t["premodel"] / t["justext"],
            t["layout"] / t["justext"],
            t["layout"] / t["premodel"],
            stage_old / t["justext"],
            stage_new / t["justext"],
            stage_new / stage_old,
        )
        ratios.append(r)
        print(
            f"round {k + 1}: {n} pages, jusText {t['justext']:.2f} s, pre-model {t['premodel']:.2f} s, "
            f"layout {t['layout']:.2f} s; /jusText: pre-model {r[0]:.3f}, layout {r[1]:.3f}; "
            f"layout/pre-model x{r[2]:.2f}"
        )
        print(
            f"  metadata ms/page: pre-model rules {1000 * t['premodel_meta'] / n:.2f}, "
            f"scorer {1000 * t['metadata'] / n:.2f}; layout+metadata /jusText: pre-model {r[3]:.3f}, "
            f"current {r[4]:.3f}; layout+metadata current/pre-model x{r[5]:.2f}"
        )
    med = [statistics.median(col) for col in zip(*ratios)]
    print(
        f"median of {rounds} rounds: pre-model/jusText {med[0]:.3f}, layout/jusText {med[1]:.3f}, "
        f"layout/pre-model x{med[2]:.2f} (target <= x1.15); layout+metadata /jusText: pre-model "
        f"{med[3]:.3f}, current {med[4]:.3f}, current/pre-model x{med[5]:.2f} (target <= x1.15)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
