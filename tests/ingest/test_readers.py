import json

import pytest

from workbench.ingest import DecodeError, decode, discover, read_all, read_file

from ..conftest import write

RUSSIAN = "Переговоры между Россией и США продолжаются, сообщил источник."
FRENCH = "Les négociations secrètes entre la Russie et les États-Unis continuent, a déclaré l'été."


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (b"plain ascii", "plain ascii", "utf-8"),
        ("\ufeffwith BOM é".encode("utf-8"), "with BOM é", "utf-8-sig"),
        ("UTF-16 text é".encode("utf-16"), "UTF-16 text é", "utf-16"),
        ("UTF-16 LE no BOM".encode("utf-16-le"), "UTF-16 LE no BOM", "utf-16-le"),
        ("UTF-16 BE no BOM".encode("utf-16-be"), "UTF-16 BE no BOM", "utf-16-be"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        (FRENCH.encode("cp1252"), FRENCH, "cp1252"),
        ("naïve café “quoted”".encode("cp1252"), "naïve café “quoted”", "cp1252"),
        (b"caf\xe9 \x81", "café \x81", "latin-1"),
        (b"\x98\xc0\xc0", "˜ÀÀ", "cp1252"),  # runs of high bytes, but 0x98 is not cp1251
    ],
)
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary\x00\xff" * 20, bytes(range(256)) * 4])
def test_decode_refuses_binary(data):
    with pytest.raises(DecodeError):
        decode(data)


def test_discover_missing_path_names_it(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(FileNotFoundError, match="nope"):
        discover(missing)


def test_discover_recurses_in_stable_order_with_unique_ids(tmp_path):
    for name in ["b/z.txt", "a.txt", "a.html", "b/a/y.md"]:
        write(tmp_path, name, "x")
    found = discover(tmp_path)
    assert [f.rel for f in found] == ["a.html", "a.txt", "b/z.txt", "b/a/y.md"]
    assert [f.stem for f in found] == ["a", "a.txt", "b/z", "b/a/y"]


@pytest.mark.parametrize(
    "name, data, status, reason",
    [
        ("empty.txt", b"", "skipped", "empty file"),
        ("blank.txt", b"  \n\t\n", "skipped", "blank file"),
        ("doc.pdf", b"%PDF-1.4", "skipped", "unsupported file type .pdf"),
        ("noext", b"text", "skipped", "unsupported file type (none)"),
        ("bin.txt", b"\x00\x01\x02" * 100, "failed", "binary content"),
        ("ok.txt", b"Hello world.", "loaded", "txt, utf-8"),
    ],
)
def test_read_file_status(tmp_path, name, data, status, reason):
    write(tmp_path, name, data)
    [item] = discover(tmp_path / name)
    result = read_file(item)
    assert (result.status, result.reason[: len(reason)]) == (status, reason)
    assert result.bytes == len(data)


def test_jsonl_bad_line_between_good_ones(tmp_path):
    lines = [
        json.dumps({"id": "one", "text": "First story.", "title": "One"}),
        "{not json",
        json.dumps({"text": "Third story.", "outlet": "Example"}),
        json.dumps([1, 2]),
        json.dumps({"title": "no text"}),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines))
    [result] = read_all(discover(tmp_path))
    assert result.status == "loaded"
    assert [s.doc_id for s in result.sources] == ["feed/one", "feed/3"]
    assert result.sources[0].meta == {"title": "One"}
    assert "line 2: invalid JSON" in result.reason and "line 4: not a JSON object" in result.reason
    assert "record 5: no text" in result.reason


def test_csv_records_and_missing_text_column(tmp_path):
    write(tmp_path, "a.csv", 'id,title,text\n7,T,"Body, with comma."\n8,U,\n')
    write(tmp_path, "b.csv", "title,body\nx,y\n")
    a, b = read_all(discover(tmp_path))
    assert [s.doc_id for s in a.sources] == ["a/7"] and "record 3: no text" in a.reason
    assert b.status == "failed" and "no 'text' column" in b.reason


def test_duplicates_are_skipped_with_the_original_named(tmp_path):
    write(tmp_path, "a.txt", "Same story.")
    write(tmp_path, "copy/a.txt", "Same story.")
    first, second = read_all(discover(tmp_path))
    assert first.status == "loaded"
    assert (second.status, second.reason) == ("skipped", "duplicate of a.txt")


def test_a_stray_byte_in_utf8_is_replaced_and_counted(tmp_path):
    words = "Погода в городе остаётся тёплой, сообщили синоптики. " * 30
    data = words.encode("utf-8")
    cut = data.index(b" ", len(data) // 2)
    path = write(tmp_path, "ru.txt", data[:cut] + b"\xff" + data[cut:])
    result = read_file(discover(path)[0])
    assert result.encoding == "utf-8" and "1 invalid byte replaced" in result.reason
    assert result.sources[0].text.count("\ufffd") == 1
    assert result.sources[0].text.replace("\ufffd", "") == words


def test_western_text_is_not_taken_for_broken_utf8():
    text, encoding = decode("Caf\xe9 cr\xe8me, d\xe9j\xe0 vu: na\xefve r\xe9sum\xe9.".encode("cp1252"))
    assert encoding == "cp1252" and "déjà" in text


def test_over_a_limit_is_skipped_unread_with_the_option_named(tmp_path):
    from workbench.ingest import Limits

    write(tmp_path, "long.txt", "word " * 1000)
    write(tmp_path, "many.jsonl", "\n".join(json.dumps({"text": t}) for t in ("short one", "x" * 3000)))
    limits = Limits(max_bytes_per_document=2000)
    results = {r.path: r for r in read_all(discover(tmp_path), limits)}
    assert results["long.txt"].status == "skipped" and "max_bytes_per_document" in results["long.txt"].reason
    assert results["long.txt"].sha256 == ""  # never read
    many = results["many.jsonl"]
    assert many.status == "loaded" and len(many.sources) == 1 and "record 2: text over" in many.reason


def test_odd_things_in_a_folder_are_inputs_with_their_problem(tmp_path):
    import os

    write(tmp_path, "a.txt", "text")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").symlink_to(tmp_path / "missing")
    (tmp_path / "d.txt").symlink_to("d.txt")
    (tmp_path / "e").symlink_to(tmp_path)
    found = {f.rel: f.problem for f in discover(tmp_path)}
    assert found == {
        "a.txt": "",
        "b.txt": "skipped: not a regular file (a FIFO)",
        "c.txt": "skipped: dangling symbolic link",
        "d.txt": "skipped: symbolic link loop",
        "e": "skipped: link to a folder already read (not followed again)",
    }
    statuses = {r.path: r.status for r in read_all(discover(tmp_path))}
    assert statuses == {
        "a.txt": "loaded",
        "b.txt": "skipped",
        "c.txt": "skipped",
        "d.txt": "skipped",
        "e": "skipped",
    }


def test_the_excluded_folder_and_an_empty_path(tmp_path):
    write(tmp_path, "a.txt", "text")
    write(tmp_path, "cache/x.arrow", "not input")
    assert [f.rel for f in discover(tmp_path, exclude=[tmp_path / "cache"])] == ["a.txt"]
    with pytest.raises(FileNotFoundError, match="empty"):
        discover("")
