"""Saved HTML pages: trafilatura finds the article; every other text of the page is kept as a labelled block.

An HTML file's "lines" are markup, so its blocks are the page's visible texts in
document order (one per block-level element), each with the source line it starts
on. Scripts, styles and templates are never text, so they never become blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import lxml.html
import trafilatura
from lxml import etree

from ._block import Block

#: Elements that start a new visible block of text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot "
    "th thead time title tr ul".split()
)
#: Elements whose content is never visible text.
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")

#: Generic HTML semantics (tag names and class/id words used across the web) -> block kind.
#: Checked from the element outwards; the first match wins.
ROLE_WORDS = (
    ("comments", re.compile(r"comment|disqus|discussion|reply|replies", re.I)),
    (
        "advertising",
        re.compile(r"(^|[-_\s])(ad|ads|advert\w*|sponsor\w*|promo\w*|banner|dfp)($|[-_\s])", re.I),
    ),
    (
        "related",
        re.compile(r"related|recommend\w*|more-?stories|read-?more|trending|popular|most-?read|teaser", re.I),
    ),
    ("caption", re.compile(r"caption|credit|figcaption", re.I)),
    ("byline", re.compile(r"byline|author", re.I)),
    ("dateline", re.compile(r"dateline|(^|[-_\s])(date|time|timestamp|published)($|[-_\s])", re.I)),
    ("footer", re.compile(r"footer|copyright|legal", re.I)),
    (
        "navigation",
        re.compile(
            r"(^|[-_\s])(nav\w*|menu\w*|breadcrumb\w*|header|masthead|toolbar|share|social|subscribe|newsletter|login|signin)($|[-_\s])",
            re.I,
        ),
    ),
)
TAG_KIND = {
    "nav": "navigation",
    "header": "navigation",
    "footer": "footer",
    "aside": "related",
    "figcaption": "caption",
    "caption": "caption",
    "time": "dateline",
    "address": "byline",
    "form": "navigation",
}
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
WS = re.compile(r"\s+")


@dataclass
class HtmlPage:
    """What a saved page gives: labelled blocks, the article's paragraphs and headings, metadata."""

    blocks: list[Block]
    paragraphs: list[tuple[str | None, str]]  # (heading above it, paragraph text)
    meta: dict = field(default_factory=dict)


def norm(text: str) -> str:
    return WS.sub(" ", text).strip()


def parse(html: str) -> HtmlPage:
    """Extract one saved page. Broken HTML is parsed as browsers would; nothing raises."""
    html = _within_depth(html)
    extracted = _extract(html)
    lines = [norm(x) for x in (extracted.get("text") or "").split("\n")]
    lines = [x for x in lines if x]
    texts = _visible_texts(html)
    headings = {t for tag, t, _, _ in texts if tag in HEADING_TAGS}
    title = norm(extracted.get("title") or "") or None
    body_set = set(lines)
    # The body is every line trafilatura returns but the headline: headings, list items and
    # table rows inside the article stay in it (dropping them cost 0.04 F1 against trafilatura
    # on the 2025 pages). A heading is its own paragraph and heads the ones after it.
    paragraphs: list[tuple[str | None, str]] = []
    heading = None
    for line in lines:
        if line == title:
            continue
        if line in headings and len(line.split()) <= 20:
            heading = line
        paragraphs.append((heading, line))
    blocks = [
        _label(tag, text, start, end, ancestry, body_set, headings, title)
        for tag, text, (start, end), ancestry in _with_ancestry(texts)
    ]
    meta = {k: extracted.get(k) for k in ("title", "author", "date", "sitename", "url", "language")}
    meta["section"] = _first(extracted.get("categories"))
    return HtmlPage(blocks, paragraphs, meta)


def _first(values) -> str | None:
    if isinstance(values, (list, tuple)) and values:
        return str(values[0]) or None
    return None


#: libxml2 stops a parse at a text run longer than this (a script, say) unless told the tree
#: is huge; trafilatura's own parse is not told, so it saw no article past such a run.
LIBXML_TEXT_LIMIT = 10_000_000


def _extract(html: str) -> dict:
    try:
        doc = trafilatura.bare_extraction(
            _huge_tree(html) if _over_text_limit(html) else html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura may fail on pathological markup; the page still loads
        return {}
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else doc.as_dict()


def _over_text_limit(html: str) -> bool:
    """Whether ``html`` is large enough to hold a text run libxml2 refuses (bytes: 1-4 a char)."""
    return 4 * len(html) > LIBXML_TEXT_LIMIT and len(html.encode("utf-8", "replace")) > LIBXML_TEXT_LIMIT


def _huge_tree(html: str):
    """``html`` parsed as trafilatura parses it, but allowed text runs of any length, with no
    code in its scripts and styles (only pages ``max_bytes_per_document`` raised past ~10 MB
    get here)."""
    parser = lxml.html.HTMLParser(
        huge_tree=True,
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return html
    for el in tree.iter("script", "style"):  # never text; left in, trafilatura scans them at length
        if "json" not in (el.get("type") or ""):  # JSON-LD metadata stays
            el.text = None
    return tree


def _visible_texts(html: str) -> list[tuple[str, str, tuple[int, int], list]]:
    """(tag, text, (first line, last line), ancestry) of each block of visible text, in order."""
    try:
        root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return []
    out: list = []
    title_el = root.find(".//head/title")
    if title_el is not None and norm(title_el.text_content()):
        out.append(("title", norm(title_el.text_content()), (title_el.sourceline or 0,) * 2, title_el))
    etree.strip_elements(root, *INVISIBLE_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    current: dict = {}

    def flush():
        text = norm("".join(current.get("parts", [])))
        if text:
            out.append((current["el"].tag, text, (current["start"], current["end"]), current["el"]))
        current.clear()

    def add(owner, piece, line):
        if not piece:
            return
        if not piece.strip():  # spacing between inline elements counts only inside a block
            if current.get("el") is owner:
                current["parts"].append(piece)
            return
        if current.get("el") is not owner:
            flush()
            current.update(el=owner, parts=[], start=line, end=line)
        current["parts"].append(piece)
        current["end"] = max(current["end"], line)

    # Iterative walk: deep pages must not hit Python's recursion limit.
    stack = [(root, root, False)]
    while stack:
        el, owner, closing = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if closing:
            if el.tag in BLOCK_TAGS:
                flush()
            add(owner, el.tail, el.sourceline or 0)
            continue
        own = el if el.tag in BLOCK_TAGS else owner
        if el.tag in BLOCK_TAGS:
            flush()
        add(own, el.text, el.sourceline or 0)
        stack.append((el, owner, True))
        for child in reversed(el):
            stack.append((child, own, False))
    flush()
    return out


#: libxml2 drops everything under an element nested deeper than this (lxml's own parse and
#: trafilatura's): a page so deep loaded with no text.
MAX_DEPTH = 255
#: The depth that a too-deep page's tags are kept to; deeper tags go, their text stays.
SHALLOW_DEPTH = 200
_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _within_depth(html: str) -> str:
    """``html`` itself, or when libxml2 would drop text nested too deep, the same page with the
    tags below :data:`SHALLOW_DEPTH` left out (their text kept, in order)."""
    # A cheap bound first (opened minus closed tags), so that usual pages are parsed once
    depth = top = 0
    for m in _TAG_RE.finditer(html):
        if m.group(2).lower() in _VOID_TAGS or m.group(3):
            continue
        depth += -1 if m.group(1) else 1
        top = max(top, depth)
    if top <= MAX_DEPTH:
        return html
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return html
    if not any("depth" in e.message for e in parser.error_log):
        return html
    shallow = _Shallow()
    shallow.feed(html)
    shallow.close()
    return "".join(shallow.out)


class _Shallow(HTMLParser):
    """Re-writes a page with the tags nested deeper than :data:`SHALLOW_DEPTH` left out."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _VOID_TAGS:
            self.out.append(self.get_starttag_text() or "")
            return
        self.depth += 1
        if self.depth <= SHALLOW_DEPTH:
            self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS:
            return
        if self.depth <= SHALLOW_DEPTH:
            self.out.append(f"</{tag}>")
        self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


def _with_ancestry(texts):
    for tag, text, span, el in texts:
        chain = []
        node = el
        while node is not None and isinstance(node.tag, str):
            chain.append(node)
            node = node.getparent()
        yield tag, text, span, chain


def _label(tag, text, start, end, chain, body_set, headings, title) -> Block:
    raw = text
    if tag == "title":
        kind, reason = "title", "the page's <title>"
    elif tag == "h1" and title and text in title:
        kind, reason = "title", "<h1> matching the page title"
    elif text in body_set:
        if tag in HEADING_TAGS:
            kind, reason = "heading", f"<{tag}> inside the main text (trafilatura)"
        else:
            kind, reason = "body", "in the main text (trafilatura)"
    else:
        kind, reason = _role(chain)
    return Block(line_start=start, line_end=max(start, end), raw=raw, kind=kind, reason=reason)


def _role(chain) -> tuple[str, str]:
    for el in chain:
        if el.tag in TAG_KIND:
            return TAG_KIND[el.tag], f"inside <{el.tag}>"
        words = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if words:
            for kind, pattern in ROLE_WORDS:
                m = pattern.search(words)
                if m:
                    return kind, f"inside an element marked '{m.group(0).strip(' -_')}'"
    if chain and chain[0].tag in HEADING_TAGS:
        return "heading", f"<{chain[0].tag}> outside the main text"
    return "other", "outside the main text (trafilatura)"
