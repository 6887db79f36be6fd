"""The package's readable resources (``workbench/resources/``): the one place that finds and
reads them, so every stage parses comments and sections the same way."""

from __future__ import annotations

from pathlib import Path

from ..config import RESOURCES_DIR


def resource_path(name: str) -> Path:
    """Where the resource ``name`` lives (also to write a rebuilt one)."""
    return RESOURCES_DIR / name


def resource_lines(name: str, *, inline_comments: bool = True, strip: bool = True) -> list[str]:
    """The non-blank lines of a resource, comments dropped: lines starting with ``#``, and
    (``inline_comments``) whatever follows a ``#`` inside a line. ``strip=False`` keeps the
    whitespace around a line (the empty first field of a tab-separated row)."""
    out = []
    for raw in resource_path(name).read_text(encoding="utf-8").splitlines():
        if raw.lstrip().startswith("#"):
            continue
        line = raw.split("#", 1)[0] if inline_comments else raw
        if line.strip():
            out.append(line.strip() if strip else line)
    return out


def read_resource(name: str) -> dict[str, list[list[str]]]:
    """A resource of sections: optional ``[section]`` headers, one entry per line split on
    whitespace, comments dropped. Entries before any header go to ``""``."""
    sections: dict[str, list[list[str]]] = {"": []}
    current = ""
    for line in resource_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line.split())
    return sections
