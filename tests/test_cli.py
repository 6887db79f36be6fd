import subprocess
import sys

import pandas as pd

from workbench.__main__ import main
from workbench.config import PROJECT_DIR, RAW_DIR

from .conftest import VIEW, write


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "workbench", *args], cwd=PROJECT_DIR, capture_output=True, text=True
    )


def test_missing_path_exits_2_with_one_line(tmp_path):
    done = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "nowhere" in done.stderr


def test_bad_usage_exits_2_with_one_line():
    done = run("frobnicate")
    assert done.returncode == 2 and done.stderr.count("\n") == 1


def test_build_writes_every_table_and_summary(tmp_path, capsys):
    write(tmp_path / "in", "a.txt", "Headline here\n\n" + "A sentence of the story that runs on. " * 6)
    write(tmp_path / "in", "b.pdf", b"%PDF")
    assert main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr()
    assert "1 files loaded, 1 documents" in out.out and "skipped: b.pdf" in out.out
    assert out.err == ""  # no progress bar when not a terminal
    for table in ["documents", "blocks", "paragraphs", "sentences", "repairs", "manifest"]:
        assert not pd.read_parquet(tmp_path / "out" / f"{table}.parquet").columns.empty


def test_show_prints_article_then_set_aside(capsys, tmp_path):
    assert main(["show", VIEW, str(RAW_DIR)]) == 0
    out = capsys.readouterr().out
    article, aside = out.split("--- set aside ---")
    assert "Recently, there have been" in article and "Войти" not in article
    assert "[navigation]" in aside and "[comments]" in aside


def test_show_unknown_document_exits_2(capsys):
    assert main(["show", "no-such-doc", str(RAW_DIR)]) == 2
    assert "no-such-doc" in capsys.readouterr().err
