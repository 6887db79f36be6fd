"""The command line: every error one line on stderr with exit 2, checked before any build;
a broken pipe is quiet; the output folder is never read as input."""

from __future__ import annotations

import subprocess
import sys
import time

from .conftest import ROOT, child_env, make_corpus, unprivileged


def run(*args, prefix=(), timeout=120, cwd=ROOT):
    return subprocess.run(
        [*prefix, sys.executable, "-m", "workbench", *args],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _one_error_line(done) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("workbench: "), done.stderr
    assert "Traceback" not in done.stderr


def test_build_out_on_a_file(tmp_path):
    raw = make_corpus(tmp_path / "raw", 2)
    (tmp_path / "file").write_text("x")
    _one_error_line(run("build", str(raw), "--out", str(tmp_path / "file")))
    _one_error_line(run("build", str(raw), "--out", str(tmp_path / "file" / "below")))


def test_build_out_read_only_is_refused_before_building(tmp_path):
    raw = make_corpus(tmp_path / "raw", 30)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    start = time.monotonic()
    done = run("build", str(raw), "--out", str(out), prefix=unprivileged())
    _one_error_line(done)
    assert "out" in done.stderr
    assert time.monotonic() - start < 15  # refused up front, not after building


def test_report_out_on_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    _one_error_line(run("report", "--out", str(tmp_path / "file"), timeout=60))


def test_empty_path_is_an_error(tmp_path):
    _one_error_line(run("build", "", "--out", str(tmp_path / "out")))
    assert not (tmp_path / "out").exists()


def test_show_into_a_closed_pipe_is_quiet(tmp_path):
    raw = make_corpus(tmp_path / "raw", 1)
    run("build", str(raw), "--out", str(tmp_path / "out"))
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "show", "doc00000", str(raw)],
        cwd=ROOT,
        env=dict(child_env(), WORKBENCH_PROCESSED_DIR=str(tmp_path / "out")),
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    reader.stdin.close()
    reader.wait()
    assert done.stderr == "", done.stderr[-2000:]


def test_output_folder_inside_the_input_is_never_read(tmp_path):
    raw = make_corpus(tmp_path / "raw", 3)
    for _ in range(2):
        done = run("build", str(raw), "--out", str(raw / "processed"))
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.startswith("3 files loaded, 3 documents"), done.stdout
        assert "skipped" not in done.stdout and "failed" not in done.stdout, done.stdout


def test_cache_folder_inside_the_input_is_never_read(tmp_path):
    from .conftest import assert_ok, probe

    raw = make_corpus(tmp_path / "raw", 3)
    for _ in range(2):
        report = assert_ok(probe(raw, raw / "cache"))
        assert [p for p, _, _ in report["manifest"]] == ["doc00000.txt", "doc00001.txt", "doc00002.txt"]
