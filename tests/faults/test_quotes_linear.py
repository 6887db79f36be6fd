"""The quotes stage on a text with no newline (one paragraph, one line) grows linearly.

A self-written article, joined into one line and repeated, exercises the rules that once
rescanned the paragraph or the text for every quotation, name or kin noun (quote-mark
pairing, the full form of a surname, "Her husband, Ewan,", "It said", a participle before
a quotation, single quotes, "according to"). Each size runs in a child process so a
blow-up fails one test; CPU time is compared (the machine may be shared).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT, assert_ok, child_env, probe

ARTICLE = (
    "Harbour council votes to close the old ferry pier. The Harbour Council voted on Tuesday to "
    "close the old ferry pier at the end of the summer, ending a service that has run for ninety "
    'years. "We cannot keep patching a structure that is older than any of us," said Marta '
    'Kowalczyk, the council\'s chair. "The engineers told us the piles are rotten." Kowalczyk said '
    "the decision had not been easy. Her husband, Ewan, worked on the ferries for thirty years, she "
    'told reporters after the vote, adding that "nobody here wanted this outcome." Opposition '
    'councillor Daniel Ashby called the vote "a betrayal of the islanders" and said he would ask '
    'for a public inquiry. "They have known about the piles since 2019," Ashby said. "Why act now, '
    'a month before the tourist season?" The Ferry Operators Association (FOA) said in a statement '
    "that its members would lose about two hundred jobs. It said the council had ignored an offer "
    "to share the repair costs. According to the association, the pier could be saved for less "
    "than a third of the price of a new one. A local shopkeeper, who asked not to be named, said "
    "trade had already fallen. \u2018People think the island is closed,\u2019 she said. The mayor's "
    'office declined to comment. "It is sad, but it is time," said Pauline Ashworth, 71, who lives '
    'near the pier with her son, Dean. Others were angry: "They never listen to us," one fisherman '
    "said. The council will meet again in September, its spokesman confirmed, saying that the "
    'plans would be published "well before any work starts." '
)

#: The child: the article repeated to N bytes as one line, then the quotes stage on it
#: (sentences from the segmenter, the whole text one paragraph), CPU seconds and peak RSS.
CHILD = """
import json, resource, sys, time
from workbench.quotes import quote_records
from workbench.text import sentence_spans
article, size = sys.argv[1], int(sys.argv[2])
text = (article * (size // len(article) + 1))[:size]
start = time.process_time()
rows = quote_records(text, paragraphs=[(0, len(text))], sentences=sentence_spans(text))
print(json.dumps({"cpu": time.process_time() - start, "statements": len(rows),
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


#: the same with the text's own paragraphs and sentences (a transcript's lines are paragraphs)
CHILD_PARAGRAPHS = CHILD.replace(
    "rows = quote_records(text, paragraphs=[(0, len(text))], sentences=sentence_spans(text))",
    "rows = quote_records(text)",
)


def _quotes_stage(size: int, timeout: float, article: str = ARTICLE, child: str = CHILD) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", child, article, str(size)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_article_finds_its_statements_on_one_line():
    """The one-line article still has its statements (the test measures real work)."""
    report = _quotes_stage(len(ARTICLE), 120)
    assert report["statements"] >= 8, report


def test_quotes_stage_is_linear_on_one_line():
    """64 KB then 512 KB: eight times the text may take at most sixteen times the CPU
    (quadratic steps gave 40-60 times: 0.25 MB 0.6 s, 1 MB 4.7 s, 2 MB 14.9 s)."""
    smalls = [_quotes_stage(64 * 1024, 300) for _ in range(2)]
    small = min(r["cpu"] for r in smalls)
    large = _quotes_stage(512 * 1024, 600)
    assert large["statements"] > 7 * smalls[0]["statements"]
    assert large["cpu"] < 16 * small + 1.0, (small, large["cpu"])
    assert large["maxrss_mib"] < 2048


def test_quotes_stage_is_linear_up_to_megabytes():
    """256 KB then 2 MB: eight times the text may take at most twelve times the CPU (a copy
    of the text up to each cue, a scan of every row per sentence and of every acronym per
    source, each small at 512 KB, took 13.6 times: 256 KB 0.87 s, 2 MB 11.8 s, 4 MB 53 s;
    without them 8.7 times)."""
    small = min(_quotes_stage(256 * 1024, 300)["cpu"] for _ in range(2))
    large = _quotes_stage(2048 * 1024, 900)
    assert large["cpu"] < 12 * small + 0.5, (small, large["cpu"])


#: one sentence, each with a quotation and a coordinated "and said" after it
AND_SAID = '"We lost," Ines Varga said on Friday, and said farewell. '


def test_and_said_after_a_quotation_is_linear():
    """128 KB then 2 MB of '"...," X said, and said ...' sentences: sixteen times the text may
    take at most 24 times the CPU (a copy of the rest of the text per "and said" took 22 times
    for 12.5 times the text: 128 KB 0.28 s, 1.6 MB 6.05 s)."""
    small = min(_quotes_stage(128 * 1024, 300, AND_SAID)["cpu"] for _ in range(2))
    large = _quotes_stage(2048 * 1024, 600, AND_SAID)
    assert large["cpu"] < 24 * small + 0.5, (small, large["cpu"])


#: an interview and a broadcast's exchange, paragraph by paragraph: every label is read, the
#: interviewee and the surnames looked up once, not once a line
TRANSCRIPT = (
    "Ines Varga spoke to us about the harbour.\n\nQ: Will the pier close this year?\n\n"
    "A: No. We found the money for the piles, and I am sure of it.\n\n"
    "The council meets again in May.\n\nHOST: Welcome back. Are the talks over?\n\n"
    "VARGA: Yes.\n\nMr Ashby: I ask the council to publish the report.\n\n"
    "CALLER (Dean, Skerrow): Why was the ferry stopped?\n\n"
)


def test_transcript_lines_are_linear():
    """64 KB then 512 KB of an interview's and a broadcast's labelled lines: eight times the
    text may take at most sixteen times the CPU."""
    assert _quotes_stage(len(TRANSCRIPT) * 2, 120, TRANSCRIPT, CHILD_PARAGRAPHS)["statements"] >= 8
    small = min(_quotes_stage(64 * 1024, 300, TRANSCRIPT, CHILD_PARAGRAPHS)["cpu"] for _ in range(2))
    large = _quotes_stage(512 * 1024, 600, TRANSCRIPT, CHILD_PARAGRAPHS)
    assert large["cpu"] < 16 * small + 1.0, (small, large["cpu"])


def _one_line_file(path, size: int) -> None:
    data = ARTICLE.encode("utf-8") * (size // len(ARTICLE) + 1)
    path.write_bytes(data[: data.rfind(b" ", 0, size)])  # cut between words: valid UTF-8


@pytest.mark.faults
def test_8mb_single_line_loads_in_linear_time_and_bounded_memory(tmp_path):
    """A whole load (every stage) of 1 MB and of just under 8 MiB (the default
    max_bytes_per_document) on one line: loaded, peak memory under 2 GiB, and eight times
    the bytes within sixteen times the time."""
    times = []
    for mib in (1, 8):
        raw = tmp_path / f"raw{mib}"
        raw.mkdir()
        _one_line_file(raw / "line.txt", mib * 2**20 - 4096)
        report = assert_ok(probe(raw, cache=False, timeout=1800))
        rows = {p: (s, r) for p, s, r in report["manifest"]}
        assert rows["line.txt"][0] == "loaded", rows
        assert report["rows"]["quotes"] > 1000 * mib
        assert report["maxrss_mib"] < 2048, f"peak {report['maxrss_mib']:.0f} MiB"
        times.append(report["seconds"])
    assert times[1] < 16 * times[0] + 30, times
