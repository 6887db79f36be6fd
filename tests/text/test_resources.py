"""The one resource loader: comments, blank lines and sections read the same way for every file."""

import pytest

from workbench.text import _resources, read_resource, resource_lines

CONTENT = "# a comment line\n\nfirst entry  # why it is here\n  [names]\nAnna Kovac\n\tx\ty\n"


@pytest.fixture
def resources(tmp_path, monkeypatch):
    (tmp_path / "list.txt").write_text(CONTENT, encoding="utf-8")
    monkeypatch.setattr(_resources, "RESOURCES_DIR", tmp_path)


@pytest.mark.parametrize(
    "options, expected",
    [
        ({}, ["first entry", "[names]", "Anna Kovac", "x\ty"]),
        ({"inline_comments": False}, ["first entry  # why it is here", "[names]", "Anna Kovac", "x\ty"]),
        ({"strip": False}, ["first entry  ", "  [names]", "Anna Kovac", "\tx\ty"]),
    ],
)
def test_resource_lines(resources, options, expected):
    assert resource_lines("list.txt", **options) == expected


def test_read_resource_sections(resources):
    assert read_resource("list.txt") == {"": [["first", "entry"]], "names": [["Anna", "Kovac"], ["x", "y"]]}


def test_every_package_resource_reads():
    for path in sorted(_resources.resource_path("x").parent.glob("*.*")):
        assert resource_lines(path.name, inline_comments=False), path.name
