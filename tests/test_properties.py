"""Property tests: the loader never crashes, and blocks cover every non-blank input line."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workbench as wb

LINE = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        [
            "",
            " ",
            "Log in",
            "1111",
            "25.09 11:51",
            "Subscribe now",
            "© 2024 Example",
            "He said the talks were over. She disagreed, he said.",
            "Переговоры продолжаются, сообщил источник.",
            "<script>x</script>",
        ]
    ),
)
PAGES = st.lists(LINE, max_size=40).map("\n".join)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _load(folder, name, data):
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(data)
    return wb.load_corpus(folder, cache=False, progress=False)


@SETTINGS
@given(page=PAGES, newline=st.sampled_from(["\n", "\r\n"]))
def test_text_copies_never_crash_and_blocks_cover_lines(tmp_path, page, newline):
    written = page.replace("\n", newline)
    corpus = _load(tmp_path, "page.txt", written.encode("utf-8"))
    assert len(corpus.manifest) == 1
    if corpus.manifest["status"].iloc[0] != "loaded":
        return
    lines = written.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    expected = [n for n, line in enumerate(lines, 1) if line.strip()]
    covered = [
        n
        for b in corpus.blocks.itertuples()
        for n in range(b.line_start, b.line_end + 1)
        if lines[n - 1].strip()
    ]
    assert covered == expected


@SETTINGS
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".html", ".md", ".jsonl", ".csv"]))
def test_any_bytes_load_or_get_a_reason(tmp_path, data, suffix):
    corpus = _load(tmp_path, "input" + suffix, data)
    row = corpus.manifest.iloc[0]
    assert row["status"] in {"loaded", "skipped", "failed"}
    assert row["status"] == "loaded" or row["reason"]
