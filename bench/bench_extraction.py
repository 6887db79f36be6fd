"""Article extraction on both development sets, tuning and held-out parts side by side.

    .venv/bin/python bench/bench_extraction.py [--sets dev wcxb-dev] [--text-only] [--per-page]

The sets live in ../shared/bench/extraction (``dev/``: 60 pages of 2019, hand-made gold;
``wcxb-dev/``: 709 pages of 2025, WCXB, CC BY 4.0) and are read at run time, never copied
into this repository. Each set is split by sorted page id: every fifth page (sorted index
% 5 == 4) is the held-out part nothing is tuned on, the rest the tuning part.

Scores are the benchmark's own (``score.py``, imported by path): 4-token shingles, F1 of mean
precision and mean recall, plus the share of pages under F1 0.5. Rows:

* ``layout`` (text copy): :func:`workbench.layout.label_blocks` + :func:`article_text`;
* ``whole_copy`` (text copy): no extraction at all;
* ``justext`` (text copy, each line a paragraph): the speed reference for layout;
* ``trafilatura`` (HTML): ``trafilatura.extract`` alone;
* ``workbench_html`` (HTML): what the workbench keeps of a saved page (its paragraphs).
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from workbench.layout import article_text, label_blocks, split_lines  # noqa: E402

BENCH_DIR = ROOT.parent / "shared" / "bench" / "extraction"
SETS = {"dev": BENCH_DIR / "dev", "wcxb-dev": BENCH_DIR / "wcxb-dev"}
DEFAULT_DEV_DIR = SETS["dev"]
#: Shingle size of the benchmark's headline score (score.py's default).
NGRAM = 4
#: Every HELD_OUT_EVERY-th page by sorted id (index % 5 == 4) is held out.
HELD_OUT_EVERY = 5
#: A page scoring under this F1 counts as failed.
LOW_F1 = 0.5


def load_scorer(set_dir: Path = DEFAULT_DEV_DIR):
    """Import the benchmark's score.py (it sits beside the set folders)."""
    path = Path(set_dir).resolve().parent / "score.py"
    spec = importlib.util.spec_from_file_location("extraction_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_ids(ids) -> dict[str, list[str]]:
    """The fixed split: sorted ids at index % 5 == 4 are held out, the rest tune."""
    ids = sorted(ids)
    return {
        "tuning": [p for k, p in enumerate(ids) if k % HELD_OUT_EVERY != HELD_OUT_EVERY - 1],
        "held-out": [p for k, p in enumerate(ids) if k % HELD_OUT_EVERY == HELD_OUT_EVERY - 1],
    }


def read_pages(set_dir: Path) -> dict[str, str]:
    """Page id -> text copy, in id order."""
    files = sorted((Path(set_dir) / "text").glob("*.txt"))
    return {f.stem: f.read_text(encoding="utf-8", errors="replace") for f in files}


def read_html(set_dir: Path) -> dict[str, str]:
    """Page id -> saved HTML (``.html`` or ``.html.gz``), in id order."""
    out = {}
    for f in sorted((Path(set_dir) / "html").iterdir()):
        if f.name.endswith(".html.gz"):
            out[f.name[:-8]] = gzip.decompress(f.read_bytes()).decode("utf-8", "replace")
        elif f.name.endswith(".html"):
            out[f.name[:-5]] = f.read_text(encoding="utf-8", errors="replace")
    return out


def extract_layout(text: str) -> str:
    return article_text(label_blocks(text))


def extract_whole(text: str) -> str:
    return text


def lines_as_html(text: str) -> str:
    paras = "".join(f"<p>{html.escape(line.strip())}</p>\n" for line in split_lines(text) if line.strip())
    return f"<html><body>{paras}</body></html>"


#: ISO 639-1 code (py3langid) -> jusText stoplist name, for the languages of news copies.
JUSTEXT_LANGUAGES = {
    "af": "Afrikaans",
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "ms": "Malay",
    "nl": "Dutch",
    "no": "Norwegian_Bokmal",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sr": "Serbian",
    "sv": "Swedish",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
}


def justext_stoplist(text: str) -> frozenset:
    """jusText's stoplist for the detected language; English when it has none."""
    import justext
    import py3langid

    code, _ = py3langid.classify(text[:20000])
    name = JUSTEXT_LANGUAGES.get(code, "English")
    if name not in justext.get_stoplists():
        name = "English"
    return justext.get_stoplist(name)


def extract_justext(text: str) -> str:
    import justext

    paras = justext.justext(lines_as_html(text).encode("utf-8"), justext_stoplist(text))
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def extract_trafilatura_html(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def extract_workbench_html(page: str) -> str:
    """What the workbench keeps of a saved page: its paragraphs, in order (headings inside the
    article are paragraphs of their own since issue 14; adding each paragraph's heading again,
    as this bench did before, counted them twice)."""
    from workbench.ingest import parse_html

    return "\n\n".join(para for _, para in parse_html(page).paragraphs)


#: name -> (input, function); input is "text" (the text copy) or "html".
EXTRACTORS = {
    "layout": ("text", extract_layout),
    "whole_copy": ("text", extract_whole),
    "justext": ("text", extract_justext),
    "trafilatura": ("html", extract_trafilatura_html),
    "workbench_html": ("html", extract_workbench_html),
}
TEXT_ONLY = ("layout", "whole_copy")


def summarise(scorer, rows: list[dict]) -> dict:
    """score.py's summary of some pages plus the count and share of pages under LOW_F1."""
    summary = scorer.summarise(rows)
    low = sum(1 for r in rows if r["f1"] < LOW_F1)
    summary.update(pages=len(rows), low=low, low_share=low / len(rows) if rows else 0.0)
    return summary


def score_set(set_dir: Path, names=TEXT_ONLY, *, extract=None) -> dict:
    """Scores of each extractor on one set: ``{name: {"tuning": s, "held-out": s, "all": s,
    "seconds": ..., "rows": per-page rows}}``. ``extract`` overrides the layout function."""
    set_dir = Path(set_dir)
    scorer = load_scorer(set_dir)
    gold = {g["id"]: g["body"] for g in scorer.load_gold(set_dir / "gold.jsonl")}
    inputs = {"text": read_pages(set_dir)}
    if any(EXTRACTORS[n][0] == "html" for n in names):
        inputs["html"] = read_html(set_dir)
    parts = split_ids(gold)
    results = {}
    for name in names:
        kind, fn = EXTRACTORS[name]
        if name == "layout" and extract is not None:
            fn = extract
        pages = inputs[kind]
        rows, seconds = {}, 0.0
        for page_id in sorted(gold):
            start = time.perf_counter()
            out = fn(pages[page_id]) if page_id in pages else ""
            seconds += time.perf_counter() - start
            rows[page_id] = {"id": page_id, **scorer.page_scores(gold[page_id], out, NGRAM)}
        result = {part: summarise(scorer, [rows[p] for p in ids]) for part, ids in parts.items()}
        result["all"] = summarise(scorer, list(rows.values()))
        result["seconds"] = seconds
        result["rows"] = rows
        results[name] = result
    return results


def score_text_copies(dev_dir=DEFAULT_DEV_DIR, *, references: bool = False) -> dict:
    """Whole-set scores of the layout extraction (and text-copy references if asked), by name.

    Kept for callers of the single-set figure; ``result["layout"]["pages_per_second"]`` is
    label_blocks' throughput.
    """
    names = ("layout", "whole_copy", "justext") if references else ("layout",)
    res = score_set(dev_dir, names)
    out = {name: r["all"] for name, r in res.items()}
    out["layout"]["pages_per_second"] = pages_per_second(read_pages(dev_dir))
    return out


def pages_per_second(pages: dict[str, str], *, rounds: int = 3) -> float:
    """Throughput of label_blocks on one core: the best of `rounds` passes over the pages."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for text in pages.values():
            label_blocks(text)
        best = min(best, time.perf_counter() - start)
    return len(pages) / best


def print_table(set_name: str, results: dict, file=sys.stdout) -> None:
    n = len(next(iter(results.values()))["rows"])
    print(f"\n{set_name} ({n} pages): 4-gram shingle F1 (P / R), pages under F1 {LOW_F1}", file=file)
    print(f"{'extractor':<16} {'input':<5} {'tuning':>24} {'held-out':>24} {'ms/page':>8}", file=file)
    for name, r in results.items():
        cells = []
        for part in ("tuning", "held-out"):
            s = r[part]
            cells.append(f"{s['f1']:.3f} ({s['precision']:.2f}/{s['recall']:.2f}) <.5:{s['low']:>3}")
        ms = 1000 * r["seconds"] / max(1, n)
        print(f"{name:<16} {EXTRACTORS[name][0]:<5} {cells[0]:>24} {cells[1]:>24} {ms:>8.1f}", file=file)
    if "layout" in results and "justext" in results:
        ratio = results["layout"]["seconds"] / results["justext"]["seconds"]
        print(f"layout time / jusText time on the same copies: {ratio:.3f}", file=file)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--text-only", action="store_true", help="layout and whole copy only")
    ap.add_argument("--per-page", action="store_true", help="print layout's worst pages")
    args = ap.parse_args(argv)
    names = TEXT_ONLY if args.text_only else tuple(EXTRACTORS)
    status = 0
    for set_name in args.sets:
        set_dir = SETS[set_name]
        if not (set_dir / "gold.jsonl").exists():
            print(f"no benchmark at {set_dir}", file=sys.stderr)
            status = 2
            continue
        results = score_set(set_dir, names)
        print_table(set_name, results)
        if args.per_page:
            rows = sorted(results["layout"]["rows"].values(), key=lambda r: r["f1"])
            for r in rows[:25]:
                p = "-" if r["precision"] is None else f"{r['precision']:.2f}"
                print(f"  {r['id'][:8]} f1={r['f1']:.2f} p={p} r={r['recall']:.2f}")
            print(f"  mean page F1 {statistics.mean(r['f1'] for r in rows):.3f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
