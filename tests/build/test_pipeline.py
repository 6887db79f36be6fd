"""One document through the stages of :func:`workbench.build._pipeline.process`: which rows each
table gets (a self-written report with a headline, byline, dateline, reported and quoted speech and
a teaser line)."""

import pandas as pd
import pytest

from workbench.build._pipeline import process
from workbench.ingest import Source
from workbench.schema import DOC_TABLES, frame

REPORT = (
    "Harbour Talks Resume\n\n"
    "By Jane Roe\n\n"
    "Published 4 May 2021\n\n"
    "Officials in Lisbon said on Monday that the talks would resume.\n\n"
    '"We are ready to sign," said Anna Kovac, the envoy. "The terms are fair."\n\n'
    "Related: Other stories\n"
)
BODY = (
    "Officials in Lisbon said on Monday that the talks would resume.\n\n"
    '"We are ready to sign," said Anna Kovac, the envoy. "The terms are fair."'
)


@pytest.fixture(scope="module")
def rows():
    return process(Source(doc_id="d1", path="d1.txt", format="txt", text=REPORT))


def test_every_table_of_a_document(rows):
    assert set(rows) == set(DOC_TABLES)
    for table, r in rows.items():
        frame(table, r)  # each table's rows take its schema


@pytest.mark.parametrize(
    "table, column, expected",
    [
        ("blocks", "kind", ["title", "byline", "dateline", "body", "body", "related"]),
        ("blocks", "para_id", [None, None, None, "d1:p0001", "d1:p0002", None]),
        ("headings", "text", []),
        ("paragraphs", "para_id", ["d1:p0001", "d1:p0002"]),
        ("sentences", "text", [
            "Officials in Lisbon said on Monday that the talks would resume.",
            '"We are ready to sign," said Anna Kovac, the envoy.',
            '"The terms are fair."',
        ]),
        ("sentences", "para_id", ["d1:p0001", "d1:p0002", "d1:p0002"]),
        ("repairs", "kind", []),
        ("quotes", "kind", ["indirect", "direct"]),
        ("quotes", "speaker_name", ["Officials", "Anna Kovac"]),
        ("quotes", "parts", ["40-62", "66-86;118-137"]),
        ("quotes", "sent_id", ["d1:s0001", "d1:s0002"]),
        ("entities", "text", ["Lisbon", "Monday", "Anna Kovac"]),
        ("entities", "label", ["GPE", "DATE", "PERSON"]),
        ("entity_pending", "text", []),
    ],
)  # fmt: skip
def test_rows_of_each_table(rows, table, column, expected):
    assert [r.get(column) for r in rows[table]] == expected


def test_the_document_row(rows):
    (doc,) = rows["documents"]
    assert doc["text"] == BODY  # body paragraphs only, the layout's other blocks are set aside
    assert doc["n_words"] == 25 and doc["n_paragraphs"] == 2 and doc["n_sentences"] == 3
    assert (doc["title"], doc["author"], doc["language"]) == ("Harbour Talks Resume", "Jane Roe", "en")
    assert doc["published"] == pd.Timestamp("2021-05-04", tz="UTC")


def test_offsets_point_into_the_document_text(rows):
    text = rows["documents"][0]["text"]
    for r in rows["paragraphs"] + rows["sentences"]:
        assert text[r["char_start"] : r["char_end"]] == r["text"]
    for r in rows["entities"]:
        assert text[r["char_start"] : r["char_end"]] == r["text"]
    pieces = [text[int(a) : int(b)] for p in rows["quotes"][1]["parts"].split(";") for a, b in [p.split("-")]]
    assert pieces == ["We are ready to sign", "The terms are fair."]  # the comma is the attribution's


def test_every_non_blank_line_is_a_block(rows):
    lines = [line for line in REPORT.splitlines() if line.strip()]
    assert [b["raw"] for b in rows["blocks"]] == lines
