"""Contract tests: every table has the contract's columns, ids join, offsets give units back."""

import hashlib

import pandas as pd
import pytest

import workbench as wb
from workbench.config import RAW_DIR
from workbench.schema import SCHEMA

from .conftest import write

CONTRACT = {
    "documents": (
        "doc_id path sha256 format title outlet original_source author section published language url"
        " text n_words label page_kind page_kind_score"
    ),
    "blocks": "doc_id block_id order kind reason language line_start line_end raw text",
    "paragraphs": "doc_id para_id order heading text char_start char_end",
    "sentences": "doc_id para_id sent_id order text char_start char_end",
    "repairs": "doc_id block_id kind before after",
    "manifest": "path status reason n_documents bytes sha256",
    "quotes": "doc_id quote_id para_id sent_id kind speaker source_id cue text char_start char_end",
    "sources": "source_id name role anonymous source_type n_quotes n_words doc_ids",
}
SOURCE_TYPES = {"person", "organisation", "document", "group", "anonymous"}
KINDS = {
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
}


@pytest.mark.parametrize("table, columns", CONTRACT.items())
def test_tables_have_contract_columns(corpus, table, columns):
    df = getattr(corpus, table)
    assert columns.split() == [c for c in df.columns if c in columns.split()]
    assert list(df.columns) == list(SCHEMA[table])


def test_source_types_are_the_contracts(corpus):
    assert set(corpus.sources["source_type"]) <= SOURCE_TYPES
    assert corpus.sources["source_type"].notna().all()


def test_ids_are_unique_strings_that_join(corpus):
    for table, key in [
        ("documents", "doc_id"),
        ("blocks", "block_id"),
        ("paragraphs", "para_id"),
        ("sentences", "sent_id"),
        ("headings", "heading_id"),
    ]:
        ids = getattr(corpus, table)[key]
        assert ids.is_unique and all(isinstance(x, str) for x in ids)
    assert set(corpus.sentences["para_id"]) <= set(corpus.paragraphs["para_id"])
    assert set(corpus.paragraphs["heading_id"].dropna()) <= set(corpus.headings["heading_id"])
    assert set(corpus.repairs["block_id"]) <= set(corpus.blocks["block_id"])
    assert set(corpus.blocks["doc_id"]) == set(corpus.documents["doc_id"])


def test_offsets_give_units_back(corpus):
    text = corpus.documents.set_index("doc_id")["text"]
    for table in ("paragraphs", "sentences"):
        for row in getattr(corpus, table).itertuples():
            assert text[row.doc_id][row.char_start : row.char_end] == row.text


def test_paragraphs_joined_by_one_blank_line(corpus):
    for doc in corpus.documents.itertuples():
        paras = corpus.paragraphs[corpus.paragraphs["doc_id"] == doc.doc_id].sort_values("order")
        assert doc.text == "\n\n".join(paras["text"])


def test_blocks_cover_every_nonblank_line_once(corpus):
    for doc in corpus.documents.itertuples():
        lines = (RAW_DIR / doc.path).read_text(encoding="utf-8").split("\n")
        blocks = corpus.blocks[corpus.blocks["doc_id"] == doc.doc_id].sort_values("order")
        covered = []
        for b in blocks.itertuples():
            assert b.raw == "\n".join(lines[b.line_start - 1 : b.line_end])
            covered += [n for n in range(b.line_start, b.line_end + 1) if lines[n - 1].strip()]
        assert covered == [n for n, line in enumerate(lines, 1) if line.strip()]
        assert set(blocks["kind"]) <= KINDS and blocks["reason"].str.len().min() > 0


def test_manifest_lists_every_input(corpus):
    files = sorted(p.name for p in RAW_DIR.iterdir())
    assert sorted(corpus.manifest["path"]) == files
    for row in corpus.manifest.itertuples():
        assert row.sha256 == hashlib.sha256((RAW_DIR / row.path).read_bytes()).hexdigest()


def test_published_is_utc_and_language_is_iso(corpus):
    assert str(corpus.documents["published"].dtype) == "datetime64[ns, UTC]"
    assert set(corpus.documents["language"]) == {"en"}


def test_same_inputs_same_tables(corpus, tmp_path):
    again = wb.load_corpus(RAW_DIR, cache=False, progress=False)
    for name, df in corpus.tables().items():
        pd.testing.assert_frame_equal(df, again.tables()[name], obj=name)


def test_bad_inputs_never_stop_the_load(tmp_path):
    write(
        tmp_path, "good.txt", "A headline\n\n" + "This is a real paragraph of an article, long enough. " * 5
    )
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "bin.txt", bytes(range(256)) * 8)
    write(tmp_path, "utf16.txt", ("Une histoire. " * 20).encode("utf-16"))
    write(tmp_path, "cp1251.txt", ("Это история о переговорах. " * 10).encode("cp1251"))
    write(tmp_path, "latin1.txt", ("Uma história de negociações. " * 10).encode("latin-1"))
    write(tmp_path, "bom.txt", ("\ufeff" + "A story with a BOM. " * 10).encode("utf-8"))
    write(tmp_path, "long.txt", "word " * 400_000)
    write(tmp_path, "broken.html", "<html><body><p>Unclosed <b>paragraph of a story that goes on")
    write(
        tmp_path,
        "script.html",
        "<html><body><script>alert(1)</script><p>Text <img src=x onerror=alert(2)></p>",
    )
    write(tmp_path, "feed.jsonl", '{"text": "One."}\n{bad\n{"text": "Two."}\n')
    write(tmp_path, "nested/deeper/story.md", "# Title\n\nA paragraph of a markdown story.\n")
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "dup.txt", "A headline\n\n" + "This is a real paragraph of an article, long enough. " * 5)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    c = wb.load_corpus(tmp_path, cache=False, progress=False)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    status = dict(zip(c.manifest["path"], c.manifest["status"]))
    assert status == {
        "bin.txt": "failed",
        "bom.txt": "loaded",
        "broken.html": "loaded",
        "cp1251.txt": "loaded",
        "dup.txt": "loaded",
        "empty.txt": "skipped",
        "feed.jsonl": "loaded",
        "good.txt": "skipped",
        "latin1.txt": "loaded",
        "long.txt": "loaded",
        "notes.docx": "skipped",
        "script.html": "loaded",
        "utf16.txt": "loaded",
        "nested/deeper/story.md": "loaded",
    }
    reasons = dict(zip(c.manifest["path"], c.manifest["reason"]))
    assert reasons["good.txt"] == "duplicate of dup.txt"
    assert "line 2: invalid JSON" in reasons["feed.jsonl"]
    assert {"feed/1", "feed/3", "nested/deeper/story"} <= set(c.documents["doc_id"])
    assert "script" not in " ".join(c.blocks["raw"]) and "alert" not in " ".join(c.blocks["raw"])


def test_missing_path_raises_naming_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="missing-folder"):
        wb.load_corpus(tmp_path / "missing-folder")


def test_records_keep_their_metadata(tmp_path):
    write(
        tmp_path,
        "f.jsonl",
        '{"id": "x", "text": "Para one.\\n\\nPara two.", "title": "T", '
        '"outlet": "O", "published": "2022-11-18T10:00:00+03:00", "language": "en"}\n',
    )
    doc = wb.load_corpus(tmp_path, cache=False, progress=False).document("f/x")
    assert (doc.title, doc.outlet, doc.text) == ("T", "O", "Para one.\n\nPara two.")
    assert doc.published == pd.Timestamp("2022-11-18T07:00:00Z")


def test_parallel_build_equals_single_process(tmp_path, monkeypatch):
    seeds = sorted(RAW_DIR.glob("*.txt"))
    for i in range(30):  # enough files to pass the parallel threshold, in nested folders
        text = seeds[i % 2].read_text(encoding="utf-8")
        write(tmp_path, f"part{i % 3}/copy{i:02d}.txt", text + f"\nExtra line {i}\n")
    one = wb.load_corpus(tmp_path, cache=False, progress=False, n_jobs=1)
    monkeypatch.setattr("workbench.spool.CHUNK_DOCS", 4)  # rows become frames in several chunks
    two = wb.load_corpus(tmp_path, cache=False, progress=False, n_jobs=2)
    assert len(one.documents) == 30
    for name, df in one.tables().items():
        pd.testing.assert_frame_equal(df, two.tables()[name], obj=name)


def test_quotes_built_per_document_equal_the_corpus_function(corpus):
    from workbench.quotes import quotes_table
    from workbench.schema import frame

    pd.testing.assert_frame_equal(corpus.quotes, frame("quotes", quotes_table(corpus)))
    assert set(corpus.quotes["source_id"]) == set(corpus.sources["source_id"])
