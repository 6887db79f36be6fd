r"""Layout analysis of plain-text copies: :func:`label_blocks` cuts a text into :class:`Block` s
(each non-blank line in exactly one; ``line_start``/``line_end`` are 1-based numbers of the lines
of ``text.split("\n")`` after ``"\r\n"``/``"\r"`` become ``"\n"``) and labels each with a kind and a
reason; :func:`article_text` joins the headings and body paragraphs. :mod:`workbench.layout`
describes the steps."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from ..ingest import Block
from . import _model
from ._consent import CONSENT, mark_consent
from ._credits import mark_credits
from ._line_pass import line_table
from ._runs import (
    PROSE_MIN_WEIGHT,
    STOP_KINDS,
    choose_run,
    prose_score,
    prose_score_array,
    short_run_sizes,
    trim_header,
    trim_tail,
)
from ._signals import LineInfo, looks_like_name
from ._wrap import wrapped_runs

KINDS = (
    "title",
    "heading",
    "body",
    "byline",
    "dateline",
    "caption",
    "navigation",
    "related",
    "comments",
    "advertising",
    "footer",
    "metadata",
    "other",
)
ARTICLE_KINDS = frozenset({"heading", "body"})
#: Cue kinds of the resource file that are not block kinds: a "teaser" is a link
#: to another article inside the text ("Read more"), after which the article goes on; a
#: cookie-consent prompt (``_consent``) is a notice of the site.
CUE_KINDS = {"teaser": "related", CONSENT: "footer"}

# --- labelling outside the body (step 3)
#: Lines above the body searched for the title (counters, captions, bylines and
#: decks sit between title and body; ten covers every layout seen).
TITLE_WINDOW = 10
#: A title has at least this many words (a lone word is a section label).
TITLE_MIN_WORDS = 3
#: A run of at least this many short lines is a list (menu or headlines).
LIST_MIN_LINES = 3
#: Mean words per line above which a list holds headlines, not menu items.
HEADLINE_MIN_WORDS = 4
#: Lines after the body in which a name-shaped line is the author's signature.
SIGNATURE_WINDOW = 3


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` after normalising "\\r\\n" and "\\r" to "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def furniture_label(info: LineInfo) -> tuple[str, str] | None:
    """Kind and reason for a line whose own shape says what it is, else None."""
    if info.caption:
        return "caption", "credit / image-source shape"
    if info.cue:
        return CUE_KINDS.get(info.cue, info.cue), f"cue word ({info.cue})"
    if info.counter:
        return "metadata", "bare number (counter or timestamp)"
    if info.byline:
        return "byline", "'By X' shape"
    if info.dated and info.weight < PROSE_MIN_WEIGHT:
        return "dateline", "short line with a date or time"
    return None


def furniture_labels(infos: list[LineInfo], columns=None) -> list[tuple[str, str] | None]:
    """:func:`furniture_label` of each line, once a page (the labelling steps ask for it over
    300 times): with the signal columns, only the lines of a furniture shape are looked at."""
    if columns is None:
        return [furniture_label(info) for info in infos]
    shaped = (columns["caption"] + columns["cue_any"] + columns["counter"] + columns["byline"] > 0) | (
        (columns["dated"] > 0) & (columns["weight"] < PROSE_MIN_WEIGHT)
    )
    out: list[tuple[str, str] | None] = [None] * len(infos)
    for i in np.flatnonzero(shaped).tolist():
        out[i] = furniture_label(infos[i])
    return out


def is_title_like(info: LineInfo) -> bool:
    """A headline shape: a few words, not a run of sentences, no trailing period."""
    if info.cue or info.counter or info.caption or info.byline or info.dated:
        return False
    if info.n_words < TITLE_MIN_WORDS or info.weight > 3 * PROSE_MIN_WEIGHT:
        return False
    return not info.inner_sentence and not info.text.rstrip().endswith(".")


def find_title(infos: list[LineInfo], first: int) -> int | None:
    """Index of the title: the nearest headline-shaped line above the body, one shown twice first."""
    window = range(first - 1, max(-1, first - 1 - TITLE_WINDOW), -1)
    candidates = [i for i in window if is_title_like(infos[i])]
    if not candidates:
        return None
    # a headline is often shown twice (page title and <h1>): prefer a line repeated nearby
    texts = Counter(infos[i].text for i in candidates)
    repeated = [i for i in candidates if texts[infos[i].text] > 1]
    return repeated[0] if repeated else candidates[0]


def list_runs(infos: list[LineInfo], scores: list[float]) -> list[int]:
    """For each line, the length of the run of short non-prose lines it sits in (0 if none)."""
    sizes = [0] * len(infos)
    i = 0
    while i < len(infos):
        j = i
        while j < len(infos) and scores[j] <= 0 and infos[j].weight < 2 * PROSE_MIN_WEIGHT:
            j += 1
        for k in range(i, j):
            sizes[k] = j - i
        i = max(j, i + 1)
    return sizes


def label_lines(infos: list[LineInfo], *, model: bool = True, columns=None) -> list[tuple[str, str]]:
    """Kind and reason for every non-blank line: the rules (steps 1-3), then the layout model.

    The model (``resources/layout_model.json``, see :mod:`workbench.layout._model`) decides
    which lines are the article from the rules' signals and labels plus their context; the
    rules' labels stay wherever it agrees with them. ``model=False`` gives the rules alone;
    ``columns``: the model's signal columns (``_line_pass.line_table``) when the caller has them.
    """
    if columns is None:
        scores = [prose_score(info) for info in infos]
        sizes = list_runs(infos, scores)  # once: the model's relabelling needs the same runs
        score_array = np.array(scores, dtype=float)
    else:  # the same values from the columns, without a Python call per line
        score_array = prose_score_array(columns)
        scores = score_array.tolist()
        sizes = short_run_sizes(score_array, columns["weight"])
    furniture = furniture_labels(infos, columns)
    labels = rule_labels(infos, scores, sizes=sizes, furniture=furniture)
    params = _model.load_model() if model else None
    if params is None or not infos:
        return labels
    body, heading, fixed_kind = label_masks(labels)
    features = _model.line_features(infos, score_array, labels, columns, rule=(body, heading))
    z = _model.log_odds(features, params)
    keep = _model.article_lines(
        z,
        run_offset=params["run_offset"],
        keep_threshold=params["keep_threshold"],
        edge_threshold=params["edge_threshold"],
        fixed=fixed_lines(features, labels, kinds=fixed_kind),
    )
    changed = np.flatnonzero(keep != (body | heading))
    if not len(changed):
        return labels
    # the reasons name the strongest features of the lines the model relabels, and only those
    top, contrib = _model.top_features(features[changed], params)
    reasons = {  # from Python numbers: an item of an array costs more than the number
        i: _model_reason(zi, t, c)
        for i, zi, t, c in zip(changed.tolist(), z[changed].tolist(), top.tolist(), contrib.tolist())
    }
    return model_labels(infos, scores, labels, keep, reasons.__getitem__, sizes=sizes, furniture=furniture)


#: Rule kinds the model does not overrule: shapes of their own, never article text.
FIXED_KINDS = frozenset({"title", "byline", "dateline", "metadata", "caption"})


#: Codes of the kinds in label_masks: body, heading, one of FIXED_KINDS, any other.
KIND_CODES = {"body": 1, "heading": 2, **dict.fromkeys(FIXED_KINDS, 3)}


def label_masks(labels) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which labels are body, which heading and which of FIXED_KINDS (one walk over them)."""
    code = np.frombuffer(bytes([KIND_CODES.get(lab[0], 0) for lab in labels]), dtype=np.uint8)
    return code == 1, code == 2, code == 3


def fixed_lines(features: np.ndarray, labels, *, kinds: np.ndarray | None = None) -> np.ndarray:
    """Lines whose rule label the model keeps: furniture by its own shape (cue word, caption,
    counter, byline, date), the title and header lines; the rules beat the model on them.
    ``kinds``: which labels are of FIXED_KINDS (:func:`label_masks`) when the caller has them."""
    if kinds is None:
        kinds = np.array([lab[0] in FIXED_KINDS for lab in labels], dtype=bool)
    return kinds | _model.fixed_mask(features)


def _model_reason(z, top, contrib) -> str:
    """ "p 0.93: prose +1.2, rule_body +0.8": the model's probability and its strongest features
    (``top`` and ``contrib``: a row of :func:`workbench.layout._model.top_features`)."""
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, float(z)))))
    names = ", ".join(f"{_model.FEATURES[j]} {c:+.1f}" for j, c in zip(top, contrib))
    return f"layout model, p(article) {p:.2f}: {names}"


def model_labels(infos, scores, labels, keep, reason, *, sizes=None, furniture=None) -> list[tuple[str, str]]:
    """Labels with the article lines given by ``keep``; rule labels stay where they agree.

    A line the model adds is body (prose) or heading (a short line); a rule-article line it
    leaves out keeps its furniture kind or becomes ``other``; the lines outside the new
    article span are labelled by position again (title, signature, stop-cue regions).
    ``furniture``: :func:`furniture_labels` when the caller has them.
    """
    furniture = furniture_labels(infos) if furniture is None else furniture
    new: list[tuple[str, str] | None] = [None] * len(infos)
    kept = [i for i, k in enumerate(keep.tolist()) if k]
    first, last = (kept[0], kept[-1]) if kept else (len(infos), len(infos) - 1)
    for i in range(first, last + 1):
        kind = labels[i][0]
        if keep[i]:
            if kind in ARTICLE_KINDS:
                new[i] = labels[i]
            else:
                info = infos[i]
                prose = scores[i] > 0 or info.weight >= PROSE_MIN_WEIGHT or info.sentence_end
                new[i] = ("body" if prose else "heading", reason(i))
        elif kind not in ARTICLE_KINDS:
            new[i] = labels[i]
        else:
            new[i] = furniture[i] or ("other", reason(i))
    label_outside(infos, scores, new, first, last, sizes=sizes, furniture=furniture)
    return new  # type: ignore[return-value]


def rule_labels(
    infos: list[LineInfo], scores: list[float], *, sizes=None, furniture=None
) -> list[tuple[str, str]]:
    """Kind and reason for every non-blank line by the rules alone (steps 1-3); ``furniture``:
    :func:`furniture_labels` when the caller has them."""
    furniture = furniture_labels(infos) if furniture is None else furniture
    labels: list[tuple[str, str] | None] = [None] * len(infos)
    run = choose_run(infos, scores)
    if run is None:
        first, last = len(infos), len(infos) - 1  # no body: everything is "before" it
    else:
        first, last = run
        first = trim_header(infos, scores, first, last)
        last = trim_tail(infos, scores, first, last)
        label_body(infos, scores, labels, first, last, furniture)
    label_outside(infos, scores, labels, first, last, sizes=sizes, furniture=furniture)
    return labels  # type: ignore[return-value]


def label_outside(infos, scores, labels, first: int, last: int, *, sizes=None, furniture=None) -> None:
    """Label the lines outside the article span first..last (and any left unlabelled);
    ``sizes`` are :func:`list_runs` of the lines and ``furniture`` :func:`furniture_labels` when
    the caller has them."""
    furniture = furniture_labels(infos) if furniture is None else furniture
    body = [
        infos[i].script for i in range(first, last + 1) if (lab := labels[i]) is not None and lab[0] == "body"
    ]
    script = Counter(body).most_common(1)[0][0] if body else None
    sizes = list_runs(infos, scores) if sizes is None else sizes
    label_header(infos, labels, first, sizes, furniture)
    label_after(infos, labels, last + 1, script, furniture)
    for i, lab in enumerate(labels):
        if lab is None:
            labels[i] = furniture[i] or shape_label(infos[i], sizes[i], i < first)


def label_body(infos, scores, labels, first: int, last: int, furniture) -> None:
    """Label the lines of the chosen run: paragraphs, headings between them, furniture."""
    for i in range(first, last + 1):
        info = infos[i]
        if scores[i] > 0:
            reason = (
                "inside the longest run of prose"
                if info.weight >= PROSE_MIN_WEIGHT
                else "short sentence inside the run of prose"
            )
            labels[i] = ("body", reason)
        elif furniture[i]:
            labels[i] = furniture[i]
        elif scores[i + 1 if i < last else i] > 0 or scores[i - 1 if i > first else i] > 0:
            labels[i] = ("heading", "short line next to a paragraph")
        else:
            labels[i] = ("other", "short line inside the article, away from paragraphs")


def label_header(infos, labels, first: int, sizes: list[int], furniture) -> None:
    """Title, byline, section label and furniture above the body."""
    title = find_title(infos, first)
    if title is not None:
        labels[title] = ("title", "headline-shaped line just above the body")
        for j in range(title + 1, min(first, title + 1 + SIGNATURE_WINDOW)):
            if labels[j] is None and looks_like_name(infos[j].text) and not infos[j].sentence_end:
                labels[j] = ("byline", "name-shaped line under the title")
    top = title if title is not None else first
    if 0 < top <= len(infos):
        k = top - 1
        alone = sizes[k] < LIST_MIN_LINES  # not the last item of a menu
        if labels[k] is None and alone and infos[k].n_words <= 2 and not furniture[k]:
            labels[k] = ("metadata", "one- or two-word section label above the article")
    for i in range(min(first, len(infos))):
        found = furniture[i] if labels[i] is None else None
        if found:
            kind, reason = found
            labels[i] = (kind, reason + ", above the article")
        elif labels[i] is None and title is not None and title < i:
            labels[i] = ("other", "between title and body (standfirst or caption)")


def label_after(infos, labels, start: int, script: str | None, furniture) -> None:
    """Signature, regions opened by stop cues, and changes of script after the body."""
    region: str | None = None
    for i in range(start, len(infos)):
        info = infos[i]
        if info.cue in STOP_KINDS and not info.caption:
            region = info.cue
            labels[i] = (info.cue, f"cue word ({info.cue})")
            continue
        if labels[i] is not None:
            continue
        near = i < start + SIGNATURE_WINDOW
        if info.cue or info.caption:
            labels[i] = furniture[i]
        elif near and region is None and looks_like_name(info.text) and not info.sentence_end:
            labels[i] = ("byline", "name-shaped line right after the body (signature)")
        elif info.word_cue:
            kind = info.word_cue
            labels[i] = (kind, f"{kind} cue word in a short line after the article")
            region = region or (kind if kind == "comments" else None)
        elif region is not None:
            labels[i] = (region, f"after a '{region}' cue")
        elif script and info.script not in (script, "none") and info.n_words > 1:
            labels[i] = ("comments", f"after the body, script changes ({script} -> {info.script})")


def shape_label(info: LineInfo, run_size: int, before: bool) -> tuple[str, str]:
    """Kind of a line no positional rule claimed and with no furniture shape, by its length and
    the list it sits in."""
    if run_size >= LIST_MIN_LINES:
        headlines = info.n_words >= HEADLINE_MIN_WORDS
        kind = "related" if headlines else "navigation"
        shape = "title-like" if headlines else "short"
        return kind, f"{shape} line in a list of {run_size}"
    where = "above" if before else "outside"
    if info.weight >= PROSE_MIN_WEIGHT:
        return "other", f"prose {where} the main run of prose"
    return ("navigation" if before else "related"), f"short line {where} the article"


def label_blocks(text: str) -> list[Block]:
    """Cut ``text`` into labelled blocks; every non-blank line lies in exactly one."""
    lines = split_lines(text)
    runs = wrapped_runs(lines)
    spans = None
    seen = lines
    if runs:
        # a hard-wrapped paragraph is read as one line, as a copy with a line a paragraph shows
        # it (the signals and the model look at neighbouring lines); its block spans its lines
        seen, spans = unwrap_lines(lines, runs)
    infos, columns = line_table(seen)
    mark_consent(infos, columns)
    mark_credits(infos, columns)
    labels = label_lines(infos, columns=columns)
    return group_blocks(lines, infos, labels, spans)


def unwrap_lines(lines: list[str], runs: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """``lines`` with each run (first, last index) of :func:`wrapped_runs` joined into one line,
    and the 1-based numbers of the first and last line of ``lines`` each new line stands for."""
    seen: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for a, b in runs:
        seen += lines[at:a]
        spans += [(k, k) for k in range(at + 1, a + 1)]
        seen.append(" ".join(line.strip() for line in lines[a : b + 1]))
        spans.append((a + 1, b + 1))
        at = b + 1
    seen += lines[at:]
    spans += [(k, k) for k in range(at + 1, len(lines) + 1)]
    return seen, spans


def group_blocks(lines: list[str], infos: list[LineInfo], labels, spans=None) -> list[Block]:
    """Merge adjacent non-body lines with the same label; body lines stay one block each.
    ``spans``: when ``infos`` are of :func:`unwrap_lines`' lines, its spans of ``lines``."""
    if not infos:
        return []
    numbers = [info[0] for info in infos]  # LineInfo.number, by index (an attribute costs more)
    # a block ends before a line that is not the next line of the file, has another label than
    # the line before (the whole block has one label), or is body or title (one block each)
    cuts = [
        i
        for i, (before, number, previous, label) in enumerate(
            zip(numbers, numbers[1:], labels, labels[1:]), 1
        )
        if number != before + 1 or label != previous or label[0] in ("body", "title")
    ]
    blocks: list[Block] = []
    new = object.__new__
    for start, end in zip([0, *cuts], [*cuts, len(infos)]):
        a, b = numbers[start], numbers[end - 1]
        if spans is not None:
            a, b = spans[a - 1][0], spans[b - 1][1]
        kind, reason = labels[start]
        # the frozen dataclass's __init__ sets each field by object.__setattr__; filling the
        # new instance's dict makes an equal Block in a third of the time (150 blocks a page)
        block = new(Block)
        fields = block.__dict__
        fields["line_start"], fields["line_end"] = a, b
        fields["raw"] = lines[a - 1] if a == b else "\n".join(lines[a - 1 : b])
        fields["kind"], fields["reason"] = kind, reason
        blocks.append(block)
    return blocks


def article_text(blocks: list[Block]) -> str:
    """Headings and body paragraphs in order, joined by a blank line (title excluded)."""
    return "\n\n".join([b.raw.strip() for b in blocks if b.kind in ARTICLE_KINDS])
