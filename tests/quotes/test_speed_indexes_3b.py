"""The per-text indexes the speed work shares must give what a fresh scan gives."""

from workbench.quotes._name_forms import person_gender
from workbench.quotes._name_runs import KIN_RE, kin_matches, name_runs
from workbench.quotes._speaker_orgs import _BARRIER_RE, last_barrier


def _scan_last(text: str, pos: int) -> int:
    found = [m.start() for m in _BARRIER_RE.finditer(text) if m.start() < pos]
    return found[-1] if found else -1


def test_last_barrier_near_far_and_none():
    # a barrier a few words back, one far back (past the window), none at all, "U.S." no barrier
    text = "The mill closed; " + "workers walked home slowly " * 20 + "and the U.S. union said"
    for pos in (5, 16, 17, 60, len(text) - 10, len(text)):
        assert last_barrier(text, pos) == _scan_last(text, pos)
    assert last_barrier("no punctuation here at all", 20) == -1


def test_kin_matches_shared_by_names_and_genders():
    text = "Ruth Calloway runs the farm. Her husband, Ewan, milks the cows."
    assert [m.group(1) for m in kin_matches(text)] == [m.group(1) for m in KIN_RE.finditer(text)] == ["Ewan"]
    assert name_runs(text)[2] == {"Ewan": "Ewan Calloway"}
    assert person_gender(text, ["Ewan"]) == "m"
