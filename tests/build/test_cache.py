import pandas as pd

import workbench as wb
from workbench.build import _cache as cache

from ..conftest import write


def replace(path, data: bytes):
    """Put new bytes at ``path`` as a new file, as anything but an in-place truncation does:
    a corpus open from the cache maps the old file's pages, which stay valid."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(data)
    tmp.replace(path)


def build(folder, cache_dir):
    return wb.load_corpus(folder, cache_dir=cache_dir, progress=False)


def test_reopen_gives_equal_tables_from_cache(raw_copy, tmp_path):
    first = build(raw_copy, tmp_path / "c")
    second = build(raw_copy, tmp_path / "c")
    assert second.cache_path == first.cache_path and first.cache_path.is_dir()
    for name, df in first.tables().items():
        pd.testing.assert_frame_equal(df, second.tables()[name], obj=name)


def test_changed_input_is_a_new_key(raw_copy, tmp_path):
    first = build(raw_copy, tmp_path / "c")
    write(raw_copy, "extra.txt", "Another story\n\n" + "It has a paragraph that is long enough. " * 5)
    second = build(raw_copy, tmp_path / "c")
    assert second.cache_path != first.cache_path
    assert len(second.manifest) == len(first.manifest) + 1


def test_corrupt_cache_is_rebuilt_not_trusted(raw_copy, tmp_path):
    first = build(raw_copy, tmp_path / "c")
    replace(first.cache_path / f"documents{cache.TABLE_SUFFIX}", b"not a table")
    again = build(raw_copy, tmp_path / "c")
    pd.testing.assert_frame_equal(first.documents, again.documents)
    table = cache._read_table(again.cache_path / f"documents{cache.TABLE_SUFFIX}", "documents")
    assert table.shape[0] == len(first.documents)


def test_truncated_table_is_rebuilt(raw_copy, tmp_path):
    first = build(raw_copy, tmp_path / "c")
    cache.spool.write_table(first.sentences.head(3), first.cache_path / "short")
    (first.cache_path / "short").replace(first.cache_path / f"sentences{cache.TABLE_SUFFIX}")
    again = build(raw_copy, tmp_path / "c")
    assert len(again.sentences) == len(first.sentences)


def test_key_changes_with_code(raw_copy, monkeypatch):
    files = wb.ingest.discover(raw_copy)
    k = cache.key(files)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    assert cache.key(files) != k


def test_adding_a_file_processes_only_that_file(raw_copy, tmp_path, monkeypatch):
    from workbench.build import _run

    first = wb.load_corpus(raw_copy, cache_dir=tmp_path / "c", progress=False, n_jobs=1)
    processed = []
    real = _run.process_one
    monkeypatch.setattr(
        _run, "process_one", lambda src, **kw: processed.append(src.doc_id) or real(src, **kw)
    )
    write(raw_copy, "new.txt", "A new story\n\n" + "Its one paragraph is long enough to count. " * 5)
    second = wb.load_corpus(raw_copy, cache_dir=tmp_path / "c", progress=False, n_jobs=1)
    assert processed == ["new"]
    assert len(second.documents) == len(first.documents) + 1
    fresh = wb.load_corpus(raw_copy, cache=False, progress=False)
    for name, df in fresh.tables().items():
        pd.testing.assert_frame_equal(df, second.tables()[name], obj=name)


def test_unreadable_document_rows_are_rebuilt(raw_copy, tmp_path):
    first = wb.load_corpus(raw_copy, cache_dir=tmp_path / "c", progress=False, n_jobs=1)
    for rows in (tmp_path / "c" / "documents").rglob("*.rows"):
        rows.write_bytes(b"garbage")
    for entry in (tmp_path / "c").glob("corpus-*"):
        if entry.is_dir():
            (entry / "meta.json").unlink()
    again = wb.load_corpus(raw_copy, cache_dir=tmp_path / "c", progress=False, n_jobs=1)
    pd.testing.assert_frame_equal(first.sentences, again.sentences)


def test_remembered_digests_give_the_same_key_without_rereading(raw_copy, tmp_path, monkeypatch):
    import os

    files = wb.ingest.discover(raw_copy)
    for f in files:  # written long enough ago that a remembered digest may be trusted
        os.utime(f.path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    plain = cache.key(files)
    assert cache.key(files, tmp_path / "c") == plain
    hashed = []
    real = cache.content_digest
    monkeypatch.setattr(cache, "content_digest", lambda f, limits: hashed.append(f.path) or real(f, limits))
    assert cache.key(files, tmp_path / "c") == plain and hashed == []
    # an edited file (new size, new mtime) is hashed again and changes the key
    files[0].path.write_text(
        files[0].path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    assert cache.key(files, tmp_path / "c") != plain
    assert [os.path.basename(p) for p in hashed] == [files[0].path.name]


def test_recently_modified_file_is_hashed_again(raw_copy, tmp_path, monkeypatch):
    import os

    files = wb.ingest.discover(raw_copy)
    for f in files:
        os.utime(f.path)  # modified just now: within the racy window
    cache.key(files, tmp_path / "c")
    hashed = []
    real = cache.content_digest
    monkeypatch.setattr(cache, "content_digest", lambda f, limits: hashed.append(f.path) or real(f, limits))
    cache.key(files, tmp_path / "c")
    assert len(hashed) == len(files)


def test_unreadable_digest_memo_is_ignored(raw_copy, tmp_path):
    files = wb.ingest.discover(raw_copy)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / cache.DIGESTS).write_bytes(b"garbage")
    assert cache.key(files, tmp_path / "c") == cache.key(files)


def test_open_corpus_survives_its_cache_being_removed(raw_copy, tmp_path):
    import shutil

    first = build(raw_copy, tmp_path / "c")
    expected = first.documents["text"].tolist()
    again = build(raw_copy, tmp_path / "c")  # reopened: its tables map the entry's files
    shutil.rmtree(tmp_path / "c")
    assert again.documents["text"].tolist() == expected
    assert again.blocks["raw"].str.len().sum() > 0


def test_build_leaves_no_spool_behind(raw_copy, tmp_path):
    build(raw_copy, tmp_path / "c")
    assert not list((tmp_path / "c").glob(".build-*")) and not list((tmp_path / "c").glob(".tmp-*"))
