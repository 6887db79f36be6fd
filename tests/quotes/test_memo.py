"""Per-document caches: results are forgotten between documents, and a remembered speaker
phrase is handed out as a fresh copy at the caller's offset."""

from workbench.quotes._memo import new_document, per_document
from workbench.quotes._mentions import parse_speaker


def test_per_document_forgets_at_new_document():
    calls = []

    @per_document
    def double(x):
        calls.append(x)
        return 2 * x

    assert double(3) == 6 and double(3) == 6
    assert calls == [3]
    new_document()
    assert double(3) == 6
    assert calls == [3, 3]


def test_parse_speaker_is_moved_and_copied():
    new_document()
    here = parse_speaker("the former finance minister Olga Brandt", 0)
    there = parse_speaker("the former finance minister Olga Brandt", 100)
    assert here is not None and there is not None
    assert (there.start, there.end) == (here.start + 100, here.end + 100)
    assert (there.name, there.role, there.kind) == (here.name, here.role, here.kind)
    # a caller that sets a role changes its own copy only
    there.role = "changed"
    again = parse_speaker("the former finance minister Olga Brandt", 0)
    assert again.role == here.role != "changed"
