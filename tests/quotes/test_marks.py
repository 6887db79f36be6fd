"""Quotation marks paired paragraph by paragraph: conventions, and a property test that one
stray mark changes the statements of its own paragraph only."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.quotes import extract_quotes, quoted_spans
from workbench.quotes._doc import default_paragraphs
from workbench.quotes._marks import mark_view


def _spans(text):
    return [text[s.start : s.end] for s in quoted_spans(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('"A," she said, "B." and "C', ["A", "B.", "C"]),  # an unclosed last mark runs to the end
        ("''We may,'' he said. ''Yes.''", ["We may", "Yes."]),  # typewriter double marks
        ("``We may,'' he said.", ["We may"]),
        ("“Do you want that?“ he asked. “No,” he said.", ["Do you want that?", "No"]),  # a “ that closes
        ("„Wir bleiben“, sagte sie.", ["Wir bleiben"]),  # German
        ("«Nous restons», a-t-elle dit.", ["Nous restons"]),
        ("He called it ‹a mistake› twice.", ["a mistake"]),  # single angle marks, as ‘’
        ('x "a "b" c" y', ['a "b" c']),  # nested once
        ("the students’ union said ‘no’ loudly", ["no"]),  # an apostrophe is no mark
    ],
)
def test_pairing_conventions(text, quoted):
    assert _spans(text) == quoted


def test_mark_view_keeps_offsets():
    text = "''A,'' he said, ``B.''"
    view = mark_view(text)
    assert len(view) == len(text)
    assert view.count('"') == 4


def test_unclosed_paragraph_ends_with_its_paragraph():
    text = 'A stray " mark here.\n\n"We are ready," said Mara Quint.'
    q = extract_quotes(text)
    assert list(q["text"]) == ["We are ready"]
    assert list(q["speaker_name"]) == ["Mara Quint"]


PARAGRAPHS = [
    '"The harbour will reopen on Monday," said Mara Quint, the port director.',
    "Fishing boats stayed in the bay for a third day as the wind kept up.",
    '"We lost a week of catch," said Tomas Erb. "Nobody will pay us back for it."',
    "The council said in a statement that repairs would cost about two million euros.",
    'Quint added: "The wall held better than anyone expected."',
    "\u201cIt was a long night,\u201d she said, adding that the crews had worked until dawn.",
    "According to the weather office, the storm will weaken by Friday evening.",
    'Residents called the repairs "long overdue" at a meeting on Tuesday night.',
    "\u201cWe will rebuild the pier first,\u201d said Ilse Varga, who chairs the harbour board.",
]


def _rows(text):
    q = extract_quotes(text)
    return [(int(a), int(b), t) for a, b, t in zip(q["char_start"], q["char_end"], q["text"])]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paras=st.lists(st.sampled_from(PARAGRAPHS), min_size=3, max_size=7),
    which=st.integers(min_value=0, max_value=6),
    where=st.floats(min_value=0, max_value=1),
    mark=st.sampled_from(['"', "\u201c", "\u201d"]),
)
def test_a_stray_mark_changes_its_paragraph_only(paras, which, where, mark):
    which %= len(paras)
    blocks = ["Storm in the harbour", *paras]
    starts, k = [], 0
    for p in blocks:
        starts.append(k)
        k += len(p) + 2
    text = "\n\n".join(blocks)
    p = which + 1
    pos = starts[p] + int(where * len(blocks[p]))
    bad = text[:pos] + mark + text[pos:]
    lo, hi = starts[p], starts[p] + len(blocks[p]) + 1  # the paragraph, in the new text
    # the multi-paragraph convention: a paragraph left inside a quotation continues into
    # the next when that one opens with a mark, so the next paragraph's statement may join it
    new_rows = _rows(bad)
    carried = any(a < hi and b > hi for a, b, _ in new_rows) or any(
        sp.start < hi and sp.end > hi for sp in quoted_spans(bad, default_paragraphs(bad))
    )
    if carried and p + 1 < len(blocks):
        hi = starts[p + 1] + len(blocks[p + 1]) + 1
    outside_old = [(a, b, t) for a, b, t in _rows(text) if not (lo <= a < hi - 1 or lo <= b - 1 < hi - 1)]
    outside_new = [
        (a - (a > pos), b - (b > pos), t) for a, b, t in new_rows if not (lo <= a < hi or lo <= b - 1 < hi)
    ]
    assert outside_new == outside_old
