"""Article extraction from text copies: workbench.layout against reference points.

    .venv/bin/python bench/bench_extraction.py [DEV_DIR] [--no-references] [--per-page]

DEV_DIR defaults to ../shared/bench/extraction/dev (60 real pages; never copied
into this repository). Each extractor writes ``<id>.txt`` files to a temporary
folder, which the benchmark's own ``score.py`` (imported by path) scores:
4-token shingles, F1 of mean precision and mean recall.

Reference points, all on the same text copies:

* ``layout``: :func:`workbench.layout.label_blocks` + :func:`article_text`;
* ``longest_run``: the longest run of long lines, bridging short gaps (a quick heuristic);
* ``justext``: jusText with each line a paragraph, stoplist by detected language;
* ``trafilatura``: trafilatura with each line wrapped in ``<p>``;
* ``whole_copy``: no extraction at all.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from workbench.layout import article_text, label_blocks, split_lines  # noqa: E402

DEFAULT_DEV_DIR = ROOT.parent / "shared" / "bench" / "extraction" / "dev"
#: Shingle size of the benchmark's headline score (score.py's default).
NGRAM = 4
#: A "long" line for the longest-run baseline: about one sentence of prose.
LONG_LINE_CHARS = 80
#: Short lines (ads, captions, subheadings) the baseline bridges inside a run;
#: 2 scored best among 0-3 on the dev set.
MAX_SHORT_GAP = 2
WORD = re.compile(r"\w+")


def load_scorer(dev_dir: Path):
    """Import the benchmark's score.py (it sits beside the dev folder)."""
    path = Path(dev_dir).resolve().parent / "score.py"
    spec = importlib.util.spec_from_file_location("extraction_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_pages(dev_dir: Path) -> dict[str, str]:
    """Page id -> text copy, in id order."""
    files = sorted((Path(dev_dir) / "text").glob("*.txt"))
    return {f.stem: f.read_text(encoding="utf-8", errors="replace") for f in files}


def extract_layout(text: str) -> str:
    return article_text(label_blocks(text))


def extract_whole(text: str) -> str:
    return text


def extract_longest_run(text: str) -> str:
    """The run of long lines with most characters, bridging up to MAX_SHORT_GAP short lines."""
    lines = [line.strip() for line in split_lines(text) if line.strip()]
    runs, start, last, total = [], None, -1, 0
    for k, line in enumerate(lines):
        if len(line) < LONG_LINE_CHARS:
            continue
        if start is None or k - last - 1 > MAX_SHORT_GAP:
            if start is not None:
                runs.append((total, start, last))
            start, total = k, 0
        last, total = k, total + len(line)
    if start is not None:
        runs.append((total, start, last))
    if not runs:
        return ""
    _, first, last = max(runs)
    return "\n\n".join(lines[first:last + 1])


def lines_as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n"
                    for line in split_lines(text) if line.strip())
    return f"<html><body>{paras}</body></html>"


#: ISO 639-1 code (py3langid) -> jusText stoplist name, for the languages of news copies.
JUSTEXT_LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay",
    "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian",
    "sv": "Swedish", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese",
}


def justext_stoplist(text: str) -> frozenset:
    """jusText's stoplist for the detected language; English when it has none."""
    import justext
    import py3langid
    code, _ = py3langid.classify(text)
    name = JUSTEXT_LANGUAGES.get(code, "English")
    if name not in justext.get_stoplists():
        name = "English"
    return justext.get_stoplist(name)


def extract_justext(text: str) -> str:
    import justext
    paras = justext.justext(lines_as_html(text).encode("utf-8"), justext_stoplist(text))
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def extract_trafilatura(text: str) -> str:
    import trafilatura
    return trafilatura.extract(lines_as_html(text)) or ""


EXTRACTORS = {
    "layout": extract_layout,
    "longest_run": extract_longest_run,
    "justext": extract_justext,
    "trafilatura": extract_trafilatura,
    "whole_copy": extract_whole,
}


def pages_per_second(pages: dict[str, str], *, rounds: int = 5) -> float:
    """Throughput of label_blocks on one core: the best of `rounds` passes over the pages.

    The best pass, as timeit reports, is the one least disturbed by other load.
    """
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in pages.values():
            label_blocks(text)
        best = min(best, time.perf_counter() - start)
    return len(pages) / best


def score_extractor(name: str, pages: dict[str, str], scorer, gold) -> tuple[dict, list]:
    """Run one extractor on every page and score the folder of outputs."""
    extract = EXTRACTORS[name]
    with tempfile.TemporaryDirectory(prefix=f"bench_{name}_") as out:
        for page_id, text in pages.items():
            Path(out, f"{page_id}.txt").write_text(extract(text), encoding="utf-8")
        summary, rows = scorer.evaluate_dir(gold, out, NGRAM, 0, 0)
    return summary, rows


def score_text_copies(dev_dir=DEFAULT_DEV_DIR, *, references: bool = False) -> dict:
    """Scores of the layout extraction (and the reference points if asked), by extractor name.

    Each value is score.py's summary (``f1``, ``precision``, ``recall``, ...);
    ``result["layout"]["pages_per_second"]`` is label_blocks' throughput.
    """
    dev_dir = Path(dev_dir)
    scorer = load_scorer(dev_dir)
    gold = scorer.load_gold(dev_dir / "gold.jsonl")
    pages = read_pages(dev_dir)
    names = list(EXTRACTORS) if references else ["layout"]
    results = {name: score_extractor(name, pages, scorer, gold)[0] for name in names}
    results["layout"]["pages_per_second"] = pages_per_second(pages)
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dev_dir", nargs="?", default=str(DEFAULT_DEV_DIR))
    ap.add_argument("--no-references", action="store_true", help="score layout only")
    ap.add_argument("--per-page", action="store_true", help="print layout's per-page scores")
    args = ap.parse_args(argv)
    if not Path(args.dev_dir, "gold.jsonl").exists():
        print(f"no benchmark at {args.dev_dir}", file=sys.stderr)
        return 2
    results = score_text_copies(args.dev_dir, references=not args.no_references)
    print(f"{'extractor':<14} {'F1':>6} {'prec':>6} {'recall':>6} {'page-F1':>7}")
    for name, s in results.items():
        print(f"{name:<14} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f}"
              f" {s['mean_page_f1']:7.3f}")
    print(f"label_blocks: {results['layout']['pages_per_second']:.0f} pages/second")
    if args.per_page:
        scorer = load_scorer(Path(args.dev_dir))
        gold = scorer.load_gold(Path(args.dev_dir) / "gold.jsonl")
        _, rows = score_extractor("layout", read_pages(Path(args.dev_dir)), scorer, gold)
        for r in sorted(rows, key=lambda r: r["f1"]):
            p = "-" if r["precision"] is None else f"{r['precision']:.2f}"
            print(f"{r['id'][:8]} f1={r['f1']:.2f} p={p} r={r['recall']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
