"""No text of the benchmarks in the repository: nothing under ../shared/bench is copied here,
not in code, comments, tests or test data (the project's rule; the benchmarks are others' work
and the measurements on them are only honest while the repository does not know their text).

Every run of ten words of a repository text file is looked up among the runs of ten words of
the benchmark texts (PolNeAR articles, extraction pages). Ten words, because generic news
phrases of seven ("did not respond to a request for comment") do occur in both; a reworded copy
escapes this check, so it guards against the plain kind only. Skipped without ../shared.
"""

import re

import pytest

from tests.conftest import SHARED
from workbench.config import PROJECT_DIR

RUN = 10
#: What the repository's text is read from.
TEXT_SUFFIXES = {".py", ".md", ".txt", ".ipynb", ".json", ".toml", ".yml", ".cfg"}
TEXT_DIRS = ("workbench", "tests", "bench", "docs", "notebooks", "data/raw")
#: Runs that are language, not anybody's article: the month names in order, the line of a
#: Portuguese comment form ("Your e-mail address will not be published") and the newswire's
#: formula for anonymous sources.
GENERIC = (
    re.compile(
        r"^(?:(?:january|february|march|april|may|june|july|august|september|october|"
        r"november|december) ?)+$"
    ),
    re.compile(r"seu endere o de e mail n o ser publicado"),
    re.compile(r"anonymity because they were not authori[sz]ed to"),
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _repo_runs() -> dict[str, str]:
    found: dict[str, str] = {}
    for top in TEXT_DIRS:
        for path in sorted((PROJECT_DIR / top).rglob("*")):
            if path.suffix not in TEXT_SUFFIXES or not path.is_file():
                continue
            for n, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
                for run in _runs(_words(line)):
                    found.setdefault(run, f"{path.relative_to(PROJECT_DIR)}:{n}")
    return found


def test_no_run_of_benchmark_text_in_the_repository():
    bench = SHARED / "bench"
    if not bench.is_dir():
        pytest.skip("../shared/bench is not beside the project")
    repo = _repo_runs()
    copied = {}
    for path in sorted(bench.rglob("*.txt")):
        for run in _runs(_words(path.read_text(errors="ignore"))) & repo.keys():
            if not any(p.search(run) for p in GENERIC):
                copied[repo[run]] = run
    assert not copied, "\n".join(f"{where}: {run}" for where, run in sorted(copied.items()))


def test_the_check_finds_a_copied_run():
    words = _words("One two three four five six seven eight nine ten eleven")
    assert "one two three four five six seven eight nine ten" in _runs(words)
    assert len(_runs(words)) == 2
    assert not _runs(_words("only nine words here and there and everywhere now"))
