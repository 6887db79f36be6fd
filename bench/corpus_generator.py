"""A benchmark corpus of N text copies made from the extraction dev set and the two seeds.

Each document starts from one base page (the dev set's text copies, read at run time
from ../shared/bench/extraction/dev/text, and the seeds in data/raw) and is varied with
its own seeded random generator: some article paragraphs dropped or repeated, the runs of
short lines (menus, related headlines) shuffled and thinned, and sometimes the body cut
short or written twice, so lengths and line orders vary as in a real archive. The same
``random_state`` and N give the same files byte for byte. Files go to a folder the caller
names (a temporary one in the benchmark); nothing is written in the repository.

    python bench/corpus_generator.py OUT_DIR [--docs 10000] [--seed 42]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

from workbench.config import RAW_DIR, SEED  # noqa: E402

DEV_TEXT = ROOT.parent / "shared" / "bench" / "extraction" / "dev" / "text"
#: The issue's default corpus size.
DEFAULT_DOCS = 10_000
#: A line at least this long is taken as article prose (about one sentence; as in
#: bench_extraction's longest-run baseline); shorter lines are furniture or headlines.
LONG_LINE_CHARS = 80
#: Upper bounds of the per-document rates, each drawn uniformly from [0, bound).
MAX_DROP_PARAGRAPH = 0.25  # article paragraphs left out
MAX_REPEAT_PARAGRAPH = 0.15  # article paragraphs written twice in a row
MAX_DROP_SHORT = 0.4  # short lines (menus, related headlines) left out
#: Chance that a document's run of short lines is shuffled, that its body is cut to a
#: fraction, and that its body is written twice (a long document).
P_SHUFFLE_SHORT = 0.5
P_TRUNCATE = 0.2
P_DOUBLE = 0.1


def base_pages(dev_dir: Path = DEV_TEXT, raw_dir: Path = RAW_DIR) -> list[str]:
    """The text of every base page: the dev set's text copies then the seeds, in name order."""
    files = sorted(Path(dev_dir).glob("*.txt")) + sorted(Path(raw_dir).glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no .txt pages under {dev_dir} or {raw_dir}")
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def _runs(lines: list[str]) -> list[list[str]]:
    """Consecutive lines grouped by kind: a run of long lines or a run of short ones."""
    runs: list[list[str]] = []
    last = None
    for line in lines:
        long_ = len(line.strip()) >= LONG_LINE_CHARS
        if runs and long_ == last:
            runs[-1].append(line)
        else:
            runs.append([line])
        last = long_
    return runs


def vary(page: str, rng: np.random.Generator) -> str:
    """One varied copy of ``page``: the same kinds of lines, in a varied order and length."""
    lines = page.replace("\r\n", "\n").split("\n")
    p_drop, p_repeat = rng.uniform(0, MAX_DROP_PARAGRAPH), rng.uniform(0, MAX_REPEAT_PARAGRAPH)
    p_drop_short = rng.uniform(0, MAX_DROP_SHORT)
    shuffle_short = rng.random() < P_SHUFFLE_SHORT
    truncate = rng.random() < P_TRUNCATE
    double = rng.random() < P_DOUBLE
    out: list[str] = []
    for run in _runs(lines):
        if len(run[0].strip()) >= LONG_LINE_CHARS:  # article prose
            kept = []
            for line in run:
                if rng.random() < p_drop and len(run) > 1:
                    continue
                kept.append(line)
                if rng.random() < p_repeat:
                    kept.append(line)
            if truncate and len(kept) > 2:
                kept = kept[: max(2, int(len(kept) * rng.uniform(0.3, 0.9)))]
            if double:
                kept = kept + [""] + kept
            out += kept
        else:  # menus, headlines, blank lines
            kept = [x for x in run if not x.strip() or rng.random() >= p_drop_short]
            if shuffle_short and len(kept) > 2:
                kept = [kept[k] for k in rng.permutation(len(kept))]
            out += kept
    return "\n".join(out).strip("\n") + "\n"


def generate(
    out_dir: str | Path,
    n_docs: int = DEFAULT_DOCS,
    *,
    random_state: int = SEED,
    pages: list[str] | None = None,
    start: int = 0,
) -> list[Path]:
    """Write documents ``start`` .. ``start + n_docs - 1`` as ``doc_NNNNNN.txt`` under ``out_dir``.

    Document k depends only on (``random_state``, k) and the base pages, so a corpus of
    1,000 is the first 1,000 files of a corpus of 10,000.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = base_pages() if pages is None else pages
    paths = []
    for k in range(start, start + n_docs):
        rng = np.random.default_rng([random_state, k])
        text = vary(pages[int(rng.integers(len(pages)))], rng)
        path = out / f"doc_{k:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    paths = generate(args.out_dir, args.docs, random_state=args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths):,} documents, {size / 1e6:.1f} MB in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
