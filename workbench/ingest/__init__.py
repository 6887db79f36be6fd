"""Inputs: bytes on disk to decoded documents, one ``Source`` per article, a manifest entry per file.

Paths are discovered (folders recursively), each file is read and decoded (BOM, UTF-16, UTF-8,
cp1251 or cp1252 by the shape of its high bytes), records of ``.jsonl``/``.csv`` files become one
document each, and duplicates are found by content. Saved HTML pages are parsed here too:
trafilatura finds the article and every other visible text of the page is kept as a labelled
``Block``, by the page's own semantics (navigation, asides, comments, captions).
"""

from ._block import Block
from ._decode import DecodeError, decode
from ._discover import InputFile, discover
from ._readers import (
    FORMATS,
    Duplicates,
    FileResult,
    Limits,
    Source,
    content_digest,
    read_all,
    read_file,
    refusal,
)


def parse_html(html: str):
    """The article and the labelled blocks of a saved page (see ``workbench.ingest._html``)."""
    from ._html import parse  # trafilatura and lxml take a tenth of a second: only for HTML input

    return parse(html)


__all__ = [
    "Block",
    "FORMATS",
    "DecodeError",
    "Duplicates",
    "FileResult",
    "InputFile",
    "Limits",
    "Source",
    "content_digest",
    "decode",
    "discover",
    "read_all",
    "read_file",
    "refusal",
    "parse_html",
]
