"""Score a quote extractor against the hand-annotated gold sets in tests/data/quotes/.

Method (after the GenderGapTracker and BBC citron evaluations, which both match quotes by
character overlap rather than by exact span, because annotators and extractors disagree
about a trailing comma or an attribution inside the span far more often than about
*whether* a statement is there):

* **Overlap match.** A predicted quote matches a gold quote when their character spans
  overlap by at least ``MIN_OVERLAP`` (50 %) of the shorter of the two spans. Matching is
  one-to-one and greedy: all candidate pairs are taken in order of decreasing overlap (ties:
  earlier gold, then earlier prediction) and a pair is kept when neither side is taken yet.
  Quote precision, recall and F1 are computed from these matches, micro-averaged over files.
* **Optional gold quotes** (``"optional": true`` in the gold: statements the guidelines call
  ambiguous, e.g. a document as the source, an unmarked sentence that may be narration) count
  neither way: they are matched after the required ones, and a prediction matched to one is
  dropped instead of counted as a false positive; an unmatched optional quote is no miss.
* **Exact-span F1.** The same one-to-one matching, but a pair counts only when both spans are
  equal after trimming white space, quotation marks and punctuation at either end
  (``BOUNDARY_CHARS``), so ``"A,"`` and ``A`` are the same span.
* **Speaker accuracy** over the overlap-matched required quotes: the predicted speaker (the
  resolved name, not the pronoun) is right when, case-folded and without a leading article or
  a possessive, it equals the gold speaker or one of its ``alt_speakers``, or, for a named
  gold source, it has the same last name token ("Suponina" = "Elena Suponina"); for an
  anonymous gold source, when the prediction is not flagged ``"anonymous": false`` and shares
  a head noun with the gold descriptor ("a former US official" ~ "former United States
  official"; spokesman/spokeswoman/spokesperson are one noun; plurals are folded).
* **Attribution F1**: overlap matches whose speaker is also right, over predictions and
  required gold quotes: the single figure for "every statement found with the right source".
* Kind accuracy over matched quotes and recall per gold kind are reported for diagnosis.

Predictions are ``{file or doc_id: [{"start", "end", "speaker", "kind", ["anonymous"]}]}``;
a key matches a gold file by stem (``"000_22f02c29782b9ea9"`` = ``"000_...txt"``). Offsets are
into the gold file's text; when they are into another version of it (``documents.text`` of a
corpus, whose repairs insert spaces), pass ``pred_texts={key: that text}`` and they are
projected onto the file's text first. This module does not import the extractor.

    .venv/bin/python bench/score_quotes.py predictions.json [--gold tests/data/quotes/gold.jsonl]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTES_DIR = ROOT / "tests" / "data" / "quotes"
GOLD_ARTICLES = QUOTES_DIR / "gold.jsonl"
GOLD_SEEDS = QUOTES_DIR / "seeds_gold.jsonl"
DEFAULT_GOLD = (GOLD_ARTICLES, GOLD_SEEDS)
TEXT_DIRS = (QUOTES_DIR / "articles", ROOT / "data" / "raw")

MIN_OVERLAP = 0.5  # share of the shorter span; GenderGapTracker / citron overlap criterion
BOUNDARY_CHARS = " \t\n.,;:!?-–—\"'“”‘’«»„"
KINDS = ("direct", "unmarked", "indirect", "mixed")

ARTICLES = {"the", "a", "an"}
# words after which an anonymous descriptor's head noun has been seen
# ("people familiar with the matter", "official who spoke ...", "spokesman for the ministry")
POST_HEAD = {
    "who",
    "that",
    "which",
    "of",
    "for",
    "at",
    "in",
    "with",
    "from",
    "on",
    "to",
    "familiar",
    "close",
    "involved",
    "briefed",
    "directly",
    "speaking",
    "published",
}
HEAD_SYNONYMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesmen": "spokesperson",
    "spokeswomen": "spokesperson",
    "people": "person",
    "men": "man",
    "women": "woman",
}


# ---------------------------------------------------------------------------- gold


def load_gold(gold_path=DEFAULT_GOLD) -> dict[str, dict]:
    """``{file stem: {"file", "text" (or None), "quotes"}}`` from one or several JSONL files."""
    paths = [gold_path] if isinstance(gold_path, (str, Path)) else list(gold_path)
    gold = {}
    for path in map(Path, paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            gold[Path(rec["file"]).stem] = {
                "file": rec["file"],
                "quotes": rec["quotes"],
                "text": _read_text(rec["file"], path.parent),
            }
    return gold


def _read_text(name: str, gold_dir: Path) -> str | None:
    for folder in (gold_dir / "articles", *TEXT_DIRS):
        if (folder / name).is_file():
            return open(folder / name, encoding="utf-8").read()
    return None


def check_gold(gold_path=DEFAULT_GOLD) -> list[str]:
    """Problems with the gold offsets: every ``text`` must equal ``file_text[start:end]``."""
    problems = []
    for _stem, rec in load_gold(gold_path).items():
        if rec["text"] is None:
            problems.append(f"{rec['file']}: text file not found")
            continue
        for q in rec["quotes"]:
            if rec["text"][q["start"] : q["end"]] != q["text"]:
                problems.append(f"{rec['file']} [{q['start']}:{q['end']}]: offsets do not give the text")
            if q["kind"] not in KINDS:
                problems.append(f"{rec['file']} [{q['start']}:{q['end']}]: kind {q['kind']!r}")
    return problems


# ---------------------------------------------------------------------------- offsets


def project(spans: list[dict], from_text: str, to_text: str) -> list[dict]:
    """Copies of ``spans`` with start/end moved from ``from_text`` to a near-identical ``to_text``.

    Uses difflib's opcodes; an offset inside a changed region goes to that region's start (for
    a start) or end (for an end) in the other text.
    """
    if from_text == to_text:
        return [dict(s) for s in spans]
    ops = difflib.SequenceMatcher(None, from_text, to_text, autojunk=False).get_opcodes()

    def move(pos: int, is_end: bool) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (is_end and i1 < pos <= i2):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j2 if is_end else j1
        return len(to_text) if pos >= len(from_text) else 0

    return [{**s, "start": move(s["start"], False), "end": move(s["end"], True)} for s in spans]


def _trimmed(text: str | None, start: int, end: int) -> tuple[int, int]:
    if text is None:
        return start, end
    while start < end and text[start] in BOUNDARY_CHARS:
        start += 1
    while end > start and text[end - 1] in BOUNDARY_CHARS:
        end -= 1
    return start, end


# ---------------------------------------------------------------------------- speakers


def _tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", (name or "").casefold())
    toks = re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", name)
    while toks and toks[0] in ARTICLES:
        toks = toks[1:]
    return toks


def _singular(tok: str) -> str:
    tok = HEAD_SYNONYMS.get(tok, tok)
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3:
        return tok[:-1]
    return tok


def head_nouns(descriptor: str) -> set[str]:
    """Head nouns of an anonymous source's descriptor: the last word before any post-modifier,
    of each conjunct ("diplomats and officials from both countries" -> diplomat, official)."""
    pre = []
    for tok in _tokens(descriptor):
        if tok in POST_HEAD and pre:
            break
        pre.append(tok)
    heads, conjunct = set(), []
    for tok in pre + ["and"]:
        if tok in ("and", "or"):
            if conjunct:
                heads.add(_singular(conjunct[-1].split("-")[-1]))
            conjunct = []
        else:
            conjunct.append(tok)
    return heads


def speaker_matches(pred: dict, gold: dict) -> bool:
    """Whether a predicted quote's speaker is the gold quote's source (see module docstring)."""
    ptoks = _tokens(pred.get("speaker") or "")
    if not ptoks:
        return False
    for i, name in enumerate([gold["speaker"], *gold.get("alt_speakers", [])]):
        gtoks = _tokens(name)
        if ptoks == gtoks:
            return True
        if gold["anonymous"] and i == 0:
            if pred.get("anonymous") is False:
                continue
            if head_nouns(name) & {_singular(t.split("-")[-1]) for t in ptoks}:
                return True
        elif gtoks and ptoks[-1] == gtoks[-1]:
            return True
    return False


# ---------------------------------------------------------------------------- matching


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(
    preds: list[dict],
    golds: list[dict],
    *,
    min_overlap: float = MIN_OVERLAP,
    exact_text: str | None = None,
    exact: bool = False,
) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap; returns (pred index, gold index) pairs."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if exact:
                if _trimmed(exact_text, p["start"], p["end"]) == _trimmed(exact_text, g["start"], g["end"]):
                    cands.append((g["end"] - g["start"], gi, pi))
                continue
            ov = _overlap(p, g)
            shorter = min(p["end"] - p["start"], g["end"] - g["start"])
            if ov > 0 and ov >= min_overlap * shorter:
                cands.append((ov, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((pi, gi))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_file(preds: list[dict], gold_quotes: list[dict], text: str | None = None) -> dict:
    """Counts for one file (see ``score``)."""
    req = [g for g in gold_quotes if not g.get("optional")]
    opt = [g for g in gold_quotes if g.get("optional")]
    pairs = match(preds, req)
    taken = {pi for pi, _ in pairs}
    rest = [i for i in range(len(preds)) if i not in taken]
    dropped = {rest[pi] for pi, _ in match([preds[i] for i in rest], opt)}
    counted = [i for i in range(len(preds)) if i not in dropped]

    cpreds = [preds[i] for i in counted]
    exact_pairs = match(cpreds, req, exact=True, exact_text=text)
    speaker_ok = [(pi, gi) for pi, gi in pairs if speaker_matches(preds[pi], req[gi])]
    kind_ok = sum(preds[pi].get("kind") == req[gi]["kind"] for pi, gi in pairs)
    gold_kinds = Counter(g["kind"] for g in req)
    found_kinds = Counter(req[gi]["kind"] for _, gi in pairs)
    misses = [req[gi] for gi in range(len(req)) if gi not in {g for _, g in pairs}]
    false_pos = [preds[i] for i in counted if i not in taken]
    wrong_speaker = [(preds[pi], req[gi]) for pi, gi in pairs if (pi, gi) not in speaker_ok]
    return {
        "n_pred": len(counted),
        "n_gold": len(req),
        "tp": len(pairs),
        "tp_exact": len(exact_pairs),
        "tp_speaker": len(speaker_ok),
        "kind_ok": kind_ok,
        "gold_kinds": gold_kinds,
        "found_kinds": found_kinds,
        "n_optional_dropped": len(dropped),
        "misses": misses,
        "false_positives": false_pos,
        "wrong_speakers": wrong_speaker,
    }


def score(
    predicted: dict, gold_path=DEFAULT_GOLD, *, pred_texts: dict | None = None, details: bool = False
) -> dict:
    """Quote P/R/F1 (overlap and exact span), speaker accuracy, attribution F1.

    ``predicted``: ``{file or doc_id: [{"start", "end", "speaker", "kind"}, ...]}``; a gold file
    missing from it counts as no predictions. ``pred_texts``: optional ``{key: text}`` the
    predicted offsets refer to, when that is not the gold file's own text. ``details=True``
    adds per-file counts and the misses, false positives and wrong speakers.
    """
    gold = load_gold(gold_path)
    preds_by_stem, unknown = {}, []
    for key, quotes in predicted.items():
        stem = Path(str(key)).stem if str(key).endswith(".txt") else Path(str(key)).name
        if stem not in gold:
            unknown.append(str(key))
            continue
        quotes = [dict(q) for q in quotes]
        if pred_texts and key in pred_texts and gold[stem]["text"] is not None:
            quotes = project(quotes, pred_texts[key], gold[stem]["text"])
        preds_by_stem[stem] = quotes

    total = Counter()
    gold_kinds, found_kinds = Counter(), Counter()
    per_file = {}
    for stem, rec in sorted(gold.items()):
        res = score_file(preds_by_stem.get(stem, []), rec["quotes"], rec["text"])
        for k in ("n_pred", "n_gold", "tp", "tp_exact", "tp_speaker", "kind_ok", "n_optional_dropped"):
            total[k] += res[k]
        gold_kinds.update(res["gold_kinds"])
        found_kinds.update(res["found_kinds"])
        per_file[rec["file"]] = res

    out = {
        "n_files": len(gold),
        "n_gold": total["n_gold"],
        "n_pred": total["n_pred"],
        "tp": total["tp"],
        "n_optional_dropped": total["n_optional_dropped"],
        "quote": _prf(total["tp"], total["n_pred"], total["n_gold"]),
        "exact": _prf(total["tp_exact"], total["n_pred"], total["n_gold"]),
        "speaker_accuracy": round(total["tp_speaker"] / total["tp"], 4) if total["tp"] else 0.0,
        "attribution": _prf(total["tp_speaker"], total["n_pred"], total["n_gold"]),
        "kind_accuracy": round(total["kind_ok"] / total["tp"], 4) if total["tp"] else 0.0,
        "recall_by_kind": {k: round(found_kinds[k] / gold_kinds[k], 4) for k in KINDS if gold_kinds[k]},
        "unknown_files": sorted(unknown),
    }
    if details:
        out["files"] = per_file
    return out


def gold_as_predictions(gold_path=DEFAULT_GOLD, *, include_optional: bool = False) -> dict:
    """The gold quotes in the prediction format (a perfect extractor; for tests of the scorer)."""
    return {
        rec["file"]: [
            {
                "start": q["start"],
                "end": q["end"],
                "speaker": q["speaker"],
                "kind": q["kind"],
                "anonymous": q["anonymous"],
            }
            for q in rec["quotes"]
            if include_optional or not q.get("optional")
        ]
        for rec in load_gold(gold_path).values()
    }


# ---------------------------------------------------------------------------- command line


def _report(res: dict) -> str:
    rows = [
        f"files {res['n_files']}  gold quotes {res['n_gold']}  predicted {res['n_pred']}"
        f"  matched {res['tp']}  (dropped on optional gold: {res['n_optional_dropped']})"
    ]
    for name in ("quote", "exact", "attribution"):
        m = res[name]
        rows.append(f"{name + ' F1':16s} {m['f1']:.3f}   P {m['precision']:.3f}  R {m['recall']:.3f}")
    rows.append(f"{'speaker acc.':16s} {res['speaker_accuracy']:.3f}")
    rows.append(f"{'kind acc.':16s} {res['kind_accuracy']:.3f}")
    rows.append("recall by kind   " + "  ".join(f"{k} {v:.3f}" for k, v in res["recall_by_kind"].items()))
    if res["unknown_files"]:
        rows.append(f"not in gold: {', '.join(res['unknown_files'])}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", help="JSON file: {file or doc_id: [{start, end, speaker, kind}]}")
    ap.add_argument(
        "--gold",
        action="append",
        type=Path,
        help="gold JSONL (repeatable); default: the articles and the two seeds",
    )
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--details", action="store_true", help="list misses, false positives, wrong speakers")
    args = ap.parse_args(argv)
    gold = args.gold or list(DEFAULT_GOLD)
    problems = check_gold(gold)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    predicted = json.loads(Path(args.predictions).read_text(encoding="utf-8"))
    res = score(predicted, gold, details=args.details)
    if args.json:
        print(json.dumps(res, indent=1, ensure_ascii=False, default=str))
        return 0
    print(_report(res))
    if args.details:
        for name, f in res["files"].items():
            for g in f["misses"]:
                print(f"MISS   {name} [{g['start']}:{g['end']}] {g['speaker']}: {g['text'][:70]!r}")
            for p in f["false_positives"]:
                print(f"EXTRA  {name} [{p['start']}:{p['end']}] {p.get('speaker')}")
            for p, g in f["wrong_speakers"]:
                print(f"SPEAKER {name} [{g['start']}:{g['end']}] {p.get('speaker')!r} != {g['speaker']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
