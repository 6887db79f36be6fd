"""The tables' schema: ``frame`` gives the schema's columns in order with its dtypes, ``as_table``
takes a corpus or the table itself."""

from types import SimpleNamespace

import pandas as pd
import pytest

from workbench.schema import (
    BOOL,
    CORPUS_TABLES,
    DOC_TABLES,
    FLOAT,
    INT,
    SCHEMA,
    TABLES,
    WORK_SCHEMA,
    as_table,
    frame,
    schema_of,
)

_FILL = {INT: 0, BOOL: False, FLOAT: 0.0}


def _row(table, **values):
    """A row of ``table``: the given values, 0/False for the other required numbers, else empty."""
    return {c: _FILL.get(t) for c, t in SCHEMA[table].items()} | values


@pytest.mark.parametrize("table", [*TABLES, *WORK_SCHEMA])
def test_an_empty_frame_has_every_column_typed(table):
    df = frame(table, [])
    assert list(df.columns) == list(schema_of(table))
    assert {c: str(t) for c, t in df.dtypes.items()} == schema_of(table)


@pytest.mark.parametrize(
    "table, row, column, expected",
    [
        ("sources", {"source_id": "a", "n_quotes": 2}, "name", None),
        ("sources", {"source_id": "a", "n_quotes": 2}, "n_quotes", 2),
        # a missing optional integer stays missing (Int64), not 0 or NaN
        ("quotes", {"quote_id": "q", "speaker_start": None}, "speaker_start", None),
        ("quotes", {"quote_id": "q", "speaker_start": 7}, "speaker_start", 7),
        # times are UTC
        ("documents", {"doc_id": "d", "published": "2021-05-04T10:00:00+02:00"}, "published",
         pd.Timestamp("2021-05-04T08:00:00", tz="UTC")),
        ("documents", {"doc_id": "d", "published": None}, "published", None),
        # strings are strings, whatever came in
        ("blocks", {"block_id": 5}, "block_id", "5"),
    ],
)  # fmt: skip
def test_frame_converts_a_row(table, row, column, expected):
    df = frame(table, [_row(table, **row)])
    assert list(df.columns) == list(SCHEMA[table])
    value = df[column].iloc[0]
    assert pd.isna(value) if expected is None else value == expected
    assert str(df[column].dtype) == SCHEMA[table][column]


def test_frame_puts_columns_in_order_and_drops_others():
    row = _row("sources", source_id="a") | {"extra": 1}
    df = frame("sources", [dict(reversed(list(row.items())))])
    assert list(df.columns) == list(SCHEMA["sources"])


def test_a_missing_required_number_is_an_error():
    with pytest.raises(ValueError):
        frame("sources", [{"source_id": "a"}])  # n_quotes, n_words: no silent 0


def test_frame_keeps_a_typed_table_and_resets_its_index():
    typed = frame("sources", [_row("sources", source_id="a"), _row("sources", source_id="b")]).iloc[[1]]
    again = frame("sources", typed)
    assert again.index.tolist() == [0] and again["source_id"].tolist() == ["b"]


def test_tables_are_split_into_document_and_corpus_ones():
    assert set(TABLES) - {"manifest"} == (set(DOC_TABLES) - set(WORK_SCHEMA)) | set(CORPUS_TABLES)


@pytest.mark.parametrize(
    "data, ok",
    [
        (pd.DataFrame({"quote_id": ["q"]}), True),  # the table itself
        (SimpleNamespace(quotes=pd.DataFrame({"quote_id": ["q"]})), True),  # a corpus
        (SimpleNamespace(sentences=pd.DataFrame()), False),  # a corpus without it
        ("quotes", False),  # anything else
    ],
)
def test_as_table(data, ok):
    if ok:
        assert as_table(data, "quotes")["quote_id"].tolist() == ["q"]
    else:
        with pytest.raises(TypeError, match="'quotes'"):
            as_table(data, "quotes")
