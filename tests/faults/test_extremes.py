"""Inputs at the extremes: each loads (or is skipped with its reason) within a time and a
memory bound checked in a child process, and time grows linearly with size."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from .conftest import assert_ok, document, probe

#: Peak memory of a load of any one of these inputs (the issue's bound).
MAX_RSS_MIB = 2048


def _row(report: dict, path: str) -> tuple[str, str]:
    for p, status, reason in report["manifest"]:
        if p == path:
            return status, reason
    raise AssertionError(f"no manifest row for {path}: {report['manifest']}")


def _bounded(report: dict, seconds: float) -> dict:
    assert_ok(report)
    assert report["seconds"] < seconds, f"took {report['seconds']:.1f} s (bound {seconds} s)"
    assert report["maxrss_mib"] < MAX_RSS_MIB, f"peak {report['maxrss_mib']:.0f} MiB"
    return report


# ------------------------------------------------------------------ decoding (quick)

RUSSIAN = (
    "Правительство объявило о новых мерах поддержки сельского хозяйства. "
    "Министр заявил, что субсидии получат больше фермеров, чем в прошлом году.\n\n"
)


def test_one_invalid_byte_in_utf8_is_replaced_not_latin1(tmp_path):
    data = (RUSSIAN * 40).encode("utf-8")
    at = len(data) // 2
    at = data.index(b" ", at)  # between two words, so no letter is split
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "ru.txt").write_bytes(data[:at] + b"\xff" + data[at:])
    report = assert_ok(probe(tmp_path / "raw", cache=False, options={}))
    status, reason = _row(report, "ru.txt")
    assert status == "loaded" and "utf-8" in reason and "latin" not in reason and "cp125" not in reason
    assert "replaced" in reason, reason


def test_gzip_renamed_txt_and_utf16_without_bom(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "packed.txt").write_bytes(gzip.compress(document(7).encode() * 20))
    (raw / "wide.txt").write_bytes(document(8).encode("utf-16-le"))
    report = assert_ok(probe(raw, cache=False))
    assert _row(report, "packed.txt")[0] in ("failed", "skipped")
    assert _row(report, "wide.txt")[0] == "loaded" and "utf-16" in _row(report, "wide.txt")[1]


def test_over_the_size_limit_is_skipped_with_its_reason(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "big.txt").write_bytes(b"word " * 300_000)  # 1.5 MB
    (raw / "small.txt").write_text(document(1), encoding="utf-8")
    report = assert_ok(probe(raw, tmp_path / "cache", options={"max_bytes_per_document": 1_000_000}))
    status, reason = _row(report, "big.txt")
    assert status == "skipped" and "max_bytes_per_document" in reason
    assert _row(report, "small.txt")[0] == "loaded"


# ------------------------------------------------------------------ size (long)


def _one_line(path: Path, n_bytes: int) -> None:
    sentence = b'The minister said "we will see" and the council agreed to meet again on Friday. '
    with open(path, "wb") as fh:
        for _ in range(n_bytes // len(sentence)):
            fh.write(sentence)


@pytest.mark.faults
def test_single_line_text_is_linear(tmp_path):
    """A .txt with no newline, one quotation in each sentence: 50 KB then 200 KB; four times
    the bytes may take at most six times as long (quadratic before: 1.5 s then 60 s)."""
    times = []
    for size in (50_000, 200_000):
        raw = tmp_path / f"raw{size}"
        raw.mkdir()
        _one_line(raw / "line.txt", size)
        report = _bounded(probe(raw, cache=False, timeout=300), 120)
        assert _row(report, "line.txt")[0] == "loaded"
        times.append(report["seconds"])
    assert times[1] < 6 * times[0] + 2, times


@pytest.mark.faults
def test_200mb_single_line_is_skipped_quickly(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _one_line(raw / "huge.txt", 200 * 2**20)
    report = _bounded(probe(raw, tmp_path / "cache", timeout=300), 60)
    status, reason = _row(report, "huge.txt")
    assert status == "skipped" and "max_bytes_per_document" in reason


@pytest.mark.faults
def test_50mb_of_short_lines_is_bounded(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "lines.txt", "wb") as fh:
        for i in range(50 * 2**20 // 24):
            fh.write(b"short line number %07d\n" % i)
    report = _bounded(probe(raw, tmp_path / "cache", timeout=300), 120)
    assert _row(report, "lines.txt")[0] in ("loaded", "skipped")


@pytest.mark.faults
def test_jsonl_of_many_records_is_linear(tmp_path):
    """500 then 2,000 short records in one JSONL: time within 6x for 4x the records."""
    times = []
    for n in (500, 2_000):
        raw = tmp_path / f"raw{n}"
        raw.mkdir()
        with open(raw / "records.jsonl", "w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": i, "title": f"Record {i}", "text": document(i)}) + "\n")
        report = _bounded(probe(raw, tmp_path / f"cache{n}", timeout=600), 400)
        assert report["rows"]["documents"] == n
        times.append(report["seconds"])
    assert times[1] < 6 * times[0] + 5, times


@pytest.mark.faults
def test_html_with_a_30mb_script(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "".join(f"<p>{p}</p>" for p in document(3).split("\n\n"))
    script = "var x = '" + "a" * (30 * 2**20) + "';"
    (raw / "page.html").write_text(
        f"<html><head><script>{script}</script></head><body>{body}</body></html>", encoding="utf-8"
    )
    report = _bounded(probe(raw, tmp_path / "cache", timeout=300), 120)
    status, reason = _row(report, "page.html")
    assert status == "loaded" or "max_bytes_per_document" in reason


@pytest.mark.faults
def test_deeply_nested_html_keeps_its_text(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    depth = 50_000
    text = "The council approved the new budget after a long debate on Tuesday evening."
    (raw / "deep.html").write_text(
        "<html><body>" + "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth + "</body></html>",
        encoding="utf-8",
    )
    report = _bounded(probe(raw, tmp_path / "cache", timeout=300), 120)
    status, reason = _row(report, "deep.html")
    assert status == "loaded" and report["rows"]["paragraphs"] >= 1, (status, reason)
