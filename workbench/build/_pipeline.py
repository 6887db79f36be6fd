"""One document in, its rows of every table out: layout, repair, segmentation, metadata.

:func:`process` is a pure function of one :class:`~workbench.readers.Source`, so
documents can be processed apart (in other processes or on other machines) and
give the same rows.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from .. import entities, layout, sentiment
from ..ingest import Block
from ..quotes import quote_records
from ..text import (
    build_evidence,
    count_words,
    detect_blocks,
    detect_document,
    main_script,
    repair_text,
    sentence_spans,
    split_run_in_heading,
)

#: Kinds whose text is part of what the article says, so it is repaired.
CONTENT_KINDS = ("title", "heading", "body", "byline", "caption")
PARAGRAPH_SEP = "\n\n"

MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")


def block_id(doc_id: str, n: int) -> str:
    return f"{doc_id}:b{n:04d}"


def process(source) -> dict[str, list[dict]]:
    """Rows of ``documents``, ``blocks``, ``headings``, ``paragraphs``, ``sentences``, ``repairs``,
    ``quotes`` and ``entities`` (before the corpus join), and ``entity_pending``: lone words
    for :func:`workbench.entities.join_entities`."""
    if source.format == "html":
        from ..ingest import parse_html

        page = parse_html(source.text)
        blocks, units, meta = page.blocks, page.paragraphs, page.meta
        meta = {
            "title": meta.get("title"),
            "author": meta.get("author"),
            "url": meta.get("url"),
            "outlet": meta.get("sitename"),
            "section": meta.get("section"),
            "published": layout.parse_date(meta.get("date") or ""),
        }
    else:
        blocks = _text_blocks(source)
        units, meta = None, {}
    kind, kind_score = layout.page_kind(blocks)
    if units and kind == "other":
        # trafilatura's lines that match no block of the page (split or joined otherwise) are
        # still its prose
        kind, kind_score = layout.page_kind([Block(0, 0, para, "body", "") for _, para in units])
    rows = _rows(source, blocks, units)
    body = rows["documents"][0]["text"]
    if source.format in ("txt", "md"):
        meta = layout.metadata_from_blocks(rows["blocks"], body)
    else:
        meta.setdefault("original_source", layout.original_source(body))
    meta.update({k: v for k, v in source.meta.items() if k != "published"})
    if "published" in source.meta:
        meta["published"] = _timestamp(source.meta["published"])
    rows["documents"][0].update(
        {
            k: meta.get(k)
            for k in (
                "title",
                "author",
                "author_role",
                "section",
                "published",
                "outlet",
                "original_source",
                "url",
            )
        }
    )
    if source.meta.get("language"):
        rows["documents"][0]["language"] = source.meta["language"]
    doc = rows["documents"][0]
    # made unique across the corpus by corpus.analyse
    doc.update(
        page_kind=kind,
        page_kind_score=kind_score,
        label=layout.document_label(
            doc.get("title"),
            doc.get("outlet"),
            source.path,
            source.doc_id,
            opening=(doc.get("text") or "")[:200],
            credited=doc.get("original_source"),
        ),
    )
    return rows


#: A short made-up report that takes every step of :func:`process` (a headline, a byline, a
#: quoted statement, a line in another script), so that :func:`warm_up` loads what they need.
WARM_UP_TEXT = """Talks resume in the capital
By Jane Doe
12 March 2024
Officials met on Tuesday to discuss the plan, according to people familiar with the talks.
"We are ready to continue," said Maria Lopez, a spokeswoman for the ministry. The Senate's vote is due in May.
Комментарии читателей
"""


def warm_up() -> None:
    """Load the models, lexicons and compiled patterns that processing needs, once: a build
    worker does this before its first document."""
    from ..ingest import Source

    process(Source("warm-up", "warm-up.txt", "txt", WARM_UP_TEXT))


def _timestamp(value) -> pd.Timestamp | None:
    when = pd.to_datetime(value, utc=True, errors="coerce")
    return None if pd.isna(when) else when


def _text_blocks(source) -> list[Block]:
    if source.format in ("jsonl", "csv"):
        # A record's text field is the article as the user gave it: every line is body.
        return [
            Block(i, i, line, "body", "record's text field, taken as the article")
            for i, line in enumerate(_lines(source.text), start=1)
            if line.strip()
        ]
    if source.format == "md":
        return _markdown_blocks(source.text)
    return layout.label_blocks(source.text)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _markdown_blocks(text: str) -> list[Block]:
    """Layout on the markup-free lines, raw kept from the file; '#' lines are title/headings."""
    lines = _lines(text)
    plain = [MD_EMPHASIS.sub(r"\2", MD_LINK.sub(r"\1", MD_PREFIX.sub("", line))) for line in lines]
    out, seen_title = [], False
    for b in layout.label_blocks("\n".join(plain)):
        raw = "\n".join(lines[b.line_start - 1 : b.line_end])
        m = MD_HEADING.match(raw)
        if m and b.line_start == b.line_end:
            if len(m.group(1)) == 1 and not seen_title:
                b = Block(b.line_start, b.line_end, raw, "title", "markdown '#' heading")
                seen_title = True
            else:
                b = Block(b.line_start, b.line_end, raw, "heading", f"markdown '{m.group(1)}' heading")
        else:
            b = Block(b.line_start, b.line_end, raw, b.kind, b.reason)
        out.append(b)
    return out


def _plain(raw: str) -> str:
    return "\n".join(x.strip() for x in raw.split("\n") if x.strip())


def _rows(source, blocks: list[Block], units) -> dict[str, list[dict]]:
    doc_id = source.doc_id
    evidence = build_evidence([b.raw for b in blocks if b.kind in CONTENT_KINDS])
    block_rows: list[dict] = []
    repair_rows: list[dict] = []
    heading_rows: list[dict] = []
    para_rows: list[dict] = []
    sent_rows: list[dict] = []
    texts: list[str] = []  # repaired text of each block
    for n, b in enumerate(blocks, start=1):
        bid: str | None = block_id(doc_id, n)
        if b.kind in CONTENT_KINDS:
            # a body block of several lines is a hard-wrapped paragraph (layout joined it)
            wrapped = b.kind == "body" and b.line_end > b.line_start
            text, repairs = repair_text(b.raw.strip(), evidence=evidence, wrapped=wrapped)
            lead = len(b.raw) - len(b.raw.lstrip())  # repair offsets point into raw
            repair_rows += [
                {
                    "doc_id": doc_id,
                    "block_id": bid,
                    "kind": r.kind,
                    "before": r.before,
                    "after": r.after,
                    "start": r.start + lead,
                    "end": r.end + lead,
                }
                for r in repairs
            ]
        else:
            text = _plain(b.raw)
        texts.append(text)
        block_rows.append(
            {
                "doc_id": doc_id,
                "block_id": bid,
                "order": n,
                "kind": b.kind,
                "reason": b.reason,
                "language": None,
                "line_start": b.line_start,
                "line_end": b.line_end,
                "raw": b.raw,
                "text": text,
                "para_id": None,
            }
        )

    paragraphs: list[tuple[str | None, str, str | None]] = []  # (heading id, text, block id)
    heading_id = None

    def add_heading(text: str, bid: str | None, run_in: bool):
        nonlocal heading_id
        heading_id = f"{doc_id}:h{len(heading_rows) + 1:04d}"
        heading_rows.append(
            {
                "doc_id": doc_id,
                "heading_id": heading_id,
                "block_id": bid,
                "order": len(heading_rows) + 1,
                "text": text,
                "run_in": run_in,
            }
        )

    if units is None:
        for row, text in zip(block_rows, texts):
            if row["kind"] == "heading":
                add_heading(text, row["block_id"], False)
            elif row["kind"] == "body" and text:
                head, rest, _ = split_run_in_heading(text)
                if head:
                    add_heading(head, row["block_id"], True)
                paragraphs.append((heading_id, rest, row["block_id"]))
    else:
        # HTML: paragraphs are trafilatura's lines; point each at the block that holds it.
        by_text: dict[str, str] = {}
        for row in block_rows:
            if row["kind"] in ("body", "heading"):
                by_text.setdefault(row["raw"], row["block_id"])
        last = None
        for head, para in units:
            if head and head != last:
                add_heading(repair_text(head)[0], by_text.get(head), False)
                last = head
            text, _ = repair_text(para, evidence=evidence)
            paragraphs.append((heading_id if head else None, text, by_text.get(para)))

    heading_text = {h["heading_id"]: h["text"] for h in heading_rows}
    offset = 0
    doc_text_parts = []
    for order, (hid, text, bid) in enumerate(paragraphs, start=1):
        pid = f"{doc_id}:p{order:04d}"
        start = offset
        para_rows.append(
            {
                "doc_id": doc_id,
                "para_id": pid,
                "order": order,
                "heading": heading_text.get(hid),
                "heading_id": hid,
                "block_id": bid,
                "text": text,
                "char_start": start,
                "char_end": start + len(text),
            }
        )
        for s, e in sentence_spans(text):
            scores = sentiment.polarity_scores(text[s:e])
            sent_rows.append(
                {
                    "doc_id": doc_id,
                    "para_id": pid,
                    "sent_id": f"{doc_id}:s{len(sent_rows) + 1:04d}",
                    "order": len(sent_rows) + 1,
                    "text": text[s:e],
                    "char_start": start + s,
                    "char_end": start + e,
                    "sentiment": scores["compound"],
                    "pos": scores["pos"],
                    "neu": scores["neu"],
                    "neg": scores["neg"],
                    "sentiment_label": sentiment.label(scores["compound"]),
                }
            )
        doc_text_parts.append(text)
        offset += len(text) + len(PARAGRAPH_SEP)
    para_of_block = {p["block_id"]: p["para_id"] for p in para_rows if p["block_id"]}
    doc_text = PARAGRAPH_SEP.join(doc_text_parts)

    doc_lang = detect_document(doc_text) if doc_text else None
    doc_script = main_script(doc_text[:2000]) if doc_text else None
    block_langs = detect_blocks(
        [row["text"] for row in block_rows],
        [row["kind"] in ("body", "heading", "title") for row in block_rows],
        document_language=doc_lang,
        document_script=doc_script,
    )
    for row, lang in zip(block_rows, block_langs):
        row["para_id"] = para_of_block.get(row["block_id"])
        row["language"] = lang
    quote_rows = _quotes(doc_id, doc_text, para_rows, sent_rows)
    entity_rows: list[dict] = []
    pending: list[dict] = []
    if doc_lang is None or doc_lang in entities.LANGUAGES:  # the rules are written for these
        entity_rows, pending = entities.document_entities(
            doc_text,
            [(x["char_start"], x["char_end"]) for x in sent_rows],
            [x["sent_id"] for x in sent_rows],
            doc_id=doc_id,
        )
    document = {
        "doc_id": doc_id,
        "path": source.path,
        "sha256": source.sha256,
        "format": source.format,
        "language": doc_lang,
        "text": doc_text,
        "n_words": count_words(doc_text),
        "n_paragraphs": len(para_rows),
        "n_sentences": len(sent_rows),
        "encoding": source.encoding,
    }
    return {
        "documents": [document],
        "blocks": block_rows,
        "headings": heading_rows,
        "paragraphs": para_rows,
        "sentences": sent_rows,
        "repairs": repair_rows,
        "quotes": quote_rows,
        "entities": entity_rows,
        "entity_pending": pending,
    }


def _quotes(doc_id: str, text: str, paragraphs: list[dict], sentences: list[dict]) -> list[dict]:
    """The document's attributed statements, each pointing at the paragraph and sentence it
    starts in. Their sources are merged across documents later (corpus.analyse)."""
    q = quote_records(
        text,
        paragraphs=[(p["char_start"], p["char_end"]) for p in paragraphs],
        sentences=[(x["char_start"], x["char_end"]) for x in sentences],
    )
    para_starts = [p["char_start"] for p in paragraphs]
    sent_starts = [x["char_start"] for x in sentences]
    rows = []
    for n, row in enumerate(q, start=1):
        i = bisect_right(para_starts, row["char_start"]) - 1
        j = bisect_right(sent_starts, row["char_start"]) - 1
        row.update(
            doc_id=doc_id,
            quote_id=f"{doc_id}:q{n:04d}",
            para_id=paragraphs[i]["para_id"] if i >= 0 else None,
            sent_id=sentences[j]["sent_id"] if j >= 0 else None,
        )
        rows.append({k: (None if v is pd.NA else v) for k, v in row.items()})
    return rows
