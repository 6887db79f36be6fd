"""The capitalised runs of a text read as names: every run once a text
(``capitalised_runs``, ``read_run``), names with particles and nicknames, the fullest form of
each name ("Suponina" -> "Elena Suponina"), kin ("his wife, Ana") and places ("Elm Street").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ._letters import UPPER
from ._memo import per_document
from ._name_leads import (
    _PLACE_WORDS,
    _stripped_lead,
    strip_name_lead,
    strip_postnominals,
)
from ._names import (
    _HYPHEN_PARTICLES,
    ORG_SUFFIXES,
    PARTICLES,
    country_names,
    norm,
    place_names,
    speaker_words,
)
from ._run_context import _first_given_run, _office_place_before, _portfolio_before

#: a capitalised word or an initial ("[A-Z]."), written with the capital first so that the
#: regex engine skips to the next capital (a leading alternation scanned every position)
NAME_SEQ_RE = re.compile(
    r"[" + UPPER + r"](?:[\w'\u2019-]+|(?<=[A-Z])\.)"
    r"(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\n))[" + UPPER + r"](?:[\w'\u2019-]+|(?<=[A-Z])\.))*"
)


@lru_cache(maxsize=16)
def capitalised_runs(text: str) -> list[tuple[int, str]]:
    """(start, words) of every match of ``NAME_SEQ_RE`` in ``text``: one scan for the name
    and role indexes of a text."""
    return [(m.start(), m.group()) for m in NAME_SEQ_RE.finditer(text)]


def forget_runs() -> None:
    """Forget the capitalised runs read so far (a timing's passes each read theirs afresh)."""
    read_run.cache_clear()
    _stripped_lead.cache_clear()


@lru_cache(maxsize=1 << 14)
def read_run(run: str) -> tuple[list[str], tuple[str, list[str]] | None]:
    """A capitalised run with its lead stripped, and (its surname, its last four words,
    postnominals stripped) unless it ends with a possessive."""
    # the same runs ("The", "Trump", "White House") come back in every text: read once and
    # kept across documents (bench_quotes forgets them before each timed pass)
    stripped = strip_name_lead(run.split())
    toks = strip_postnominals(" ".join(stripped)).split()
    surname = (
        None if not toks or toks[-1].endswith(("'s", "\u2019s")) else (norm(toks[-1]), _last_words(toks))
    )
    return stripped, surname


def _last_words(toks: list[str], n: int = 4) -> list[str]:
    """The last ``n`` words of a name, the particles in lower case between them not counted
    ("Hamad bin Sultan Al Nuwairi"), and none opening it."""
    i, kept = len(toks), 0
    while i > 0 and kept < n:
        i -= 1
        kept += not (toks[i][:1].islower() and norm(toks[i]) in PARTICLES)
    while i < len(toks) - 1 and toks[i][:1].islower():
        i += 1
    return toks[i:]


#: particles in lower case between two capitalised runs of one name ("Hassan bin Ali Al-Ghanem",
#: "Ludwig van Brandt", "Ursula von der Leyen"), or one joined to the surname by a hyphen
#: ("Omar al-Masri": the run after it is "Masri")
_PARTICLE_GAP_RE = re.compile(
    r"[^\S\n]+(?:(?:(?:" + "|".join(sorted(PARTICLES)) + r")[^\S\n]+){1,2}|" + _HYPHEN_PARTICLES + ")"
)


#: a nickname in marks between two capitalised runs of one name ('Kwame "KK" Mensah')
_NICKNAME_GAP_RE = re.compile(
    r" [\"\u201c][" + UPPER + r"][\w'\u2019.-]*(?: [" + UPPER + r"][\w'\u2019.-]*)?[\"\u201d] "
)


#: articles that open a title or a body's name, never a person's ("Los Amigos de ...", "El Faro")
_ARTICLES = frozenset("The Los Las El Les Il Die Das".split())


def _nickname_names(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index of the surname's run, the name without its nickname) for 'Rodolfo "Boy"
    Macaraeg': a nickname in marks (a run of its own) between a given name and a surname,
    no part of the name the text gives in full."""
    out = []
    for j in range(2, len(runs)):
        (a, first), (b, second) = runs[j - 2], runs[j]
        if runs[j - 1][0] - a - len(first) == 2 and _NICKNAME_GAP_RE.fullmatch(text, a + len(first), b):
            # (Filipino "Ma." opens the given name: 'Ma. Teresa "Tess" Cruz' is "Ma. Teresa Cruz")
            ma = j >= 3 and runs[j - 3][1] == "Ma" and runs[j - 3][0] + 4 == a and text[a - 2 : a] == ". "
            out.append((j, f"{'Ma. ' if ma else ''}{first} {second}"))
    for j in range(1, len(runs)):
        (a, first), (b, second) = runs[j - 1], runs[j]
        nick, _, rest = second.partition(" ")
        if b - a - len(first) == 2 and text[b - 1] in "'\u2018" and _single_marked_nickname(nick) and rest:
            out.append((j, f"{first} {rest}"))  # "James 'Jim' Barlow": the run is "Jim' Barlow"
    return out


def _single_marked_nickname(tok: str) -> bool:
    """``tok`` is a nickname's word and the closing single mark ("Jim'" of "James 'Jim'
    Barlow"), no plural's possessive ("Jones'")."""
    return len(tok) > 1 and tok[-1] in "'\u2019" and not tok[:-1].endswith("s")


def _particle_names(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(index of the second run, the two runs joined) for capitalised runs that only particles
    in lower case part: a person's full name that ``NAME_SEQ_RE`` cuts at its particles (no
    organisation's or place's word in it: "Banco de Portugal", "Rio de Janeiro" are none)."""
    out = _nickname_names(text, runs)
    places = None
    for j in range(1, len(runs)):
        (a, first), (b, second) = runs[j - 1], runs[j]
        if not 3 <= b - a - len(first) <= 12:
            continue  # (most runs: no particle's room between them)
        gap = _PARTICLE_GAP_RE.fullmatch(text, a + len(first), b)
        if gap is None:
            continue
        joined = f"{first}{gap.group()}{second}"
        toks = joined.split()
        if places is None:
            places = place_names()
        if toks[0] in _ARTICLES or any(
            t in ORG_SUFFIXES or norm(t) in speaker_words()["orgs"] or t in places for t in toks
        ):
            continue  # ("Los Amigos de Varga": a title's article opens it)
        out.append((j, joined))
    return out


@lru_cache(maxsize=16)
def name_runs(text: str) -> tuple[dict[str, list[list[str]]], list[list[str]], dict[str, str]]:
    """Every capitalised run of ``text`` with its lead stripped, computed once per text:
    surname -> candidate full names (postnominals stripped, at most four words) in text
    order, the lead-stripped runs themselves in text order (for organisations), and
    relatives named by a given name alone -> their full name."""
    by_surname: dict[str, list[list[str]]] = {}
    runs: list[list[str]] = []
    kin: dict[str, str] = {}
    given = speaker_words()["given_names"]
    all_runs = capitalised_runs(text)
    joined = dict(_particle_names(text, all_runs))
    across: list[tuple[str, list[str]]] = []
    for j, (start, run) in enumerate(all_runs):
        if start and text[start - 1] == "." and " " in run:
            # ("H.E. Sultan Al Dhaheri", "A.E. Dick Howard": the run opens with the last letter
            # of dotted initials or an abbreviation, read whole: a title, or the name's; a
            # country's, "U.S. House", is none of the name)
            k = start
            while k and not text[k - 1].isspace():
                k -= 1
            first, rest = run.split(None, 1)
            run = rest if text[k:start] + first in country_names() else text[k:start] + run
        if start > 1 and text[start - 1] in "'\u2018" and text[start - 2] == " ":
            nick, _, rest = run.partition(" ")
            if rest and _single_marked_nickname(nick):
                run = rest  # ("James 'Jim' Barlow": a nickname in single marks is none of the surname)
        stripped, surname = read_run(run)
        if len(stripped) == 2 and _first_given_run(text, start, run):
            # "Mehmet Ali Kaçar": a double given name whose first no list knows
            stripped = run.split()
            surname = (norm(stripped[-1]), stripped)
        elif (
            surname is not None
            and len(surname[1]) >= 3
            and (_office_place_before(text, start, surname[1]) or _portfolio_before(text, start, surname[1]))
        ):
            # "Mayor of Greater Marlshire Andy Burnell": the office's place is none of the name
            surname = (surname[0], surname[1][-2:])
        runs.append(stripped)  # shared by a run's repeats: read, never changed
        if surname is not None:
            by_surname.setdefault(surname[0], []).append(surname[1])
        if j in joined:
            whole = read_run(joined[j])[1]
            if whole is not None:
                across.append(whole)
    for _, whole_name in _nickname_names(text, all_runs):
        # 'Albert "Bertie" Hollis ... he says': a mention cut at the nickname's mark is the
        # given name alone, which stands for the whole name (as a relative's below)
        first_word = whole_name.split()[0]
        if len(whole_name.split()) >= 2 and first_word not in speaker_words()["titles"]:
            kin.setdefault(first_word, whole_name)
    for family, toks in across:
        # "Hassan bin Ali Al-Ghanem": the full name across its particles, unless the text
        # writes that surname with another given name ("Ana Varga", not "Amigos de Varga")
        if all(
            [t.lower() for t in toks[-len(other) :]] == [t.lower() for t in other]
            for other in by_surname.get(family, ())
            if len(other) > 1
        ):
            by_surname.setdefault(family, []).append(toks)
    people = None
    for m in kin_matches(text):
        if people is None:  # indexed at the first kin noun: most texts have none
            people = _KinPeople(text)
        # "Ruth Calloway ... Her husband, Ewan, ...": a relative named by a given name
        # alone shares the family name of the person named last before: one whose given
        # name is known, else one that opens a sentence as its subject ("Marta Kowalczyk, the
        # mayor, said"), not a place ("the Skerrow Point light"). "Among them was Pauline
        # Ashworth, who lives ... with her son, Dean": the person named earlier in the
        # relative's own sentence comes before anyone named earlier still
        sentence = max(text.rfind(". ", 0, m.start()), people.newline_before(m.start()))
        last = people.last_before(m.start(), lambda k, t: True)
        if last is not None and not (
            last[0] > sentence and not re.search(r"[\"\u201c\u2018]", text[last[0] : m.start()])
        ):
            last = None
        if last is None:
            last = people.last_before(m.start(), lambda k, t: norm(t[0]) in given, "given")
        if last is None:
            last = people.last_before(m.start(), people.opens_sentence, "opens")
        if last is not None:
            kin.setdefault(m.group(1), f"{m.group(1)} {last[1][-1]}")
    return by_surname, runs, kin


KIN_RE = re.compile(
    # "[HhTt](?<!\w.)": "\b[HhTt]" written letter first, so that a search skips to the letters
    # (one set, then the look-behind for which: a group of sets opening it was tried at
    # every position, ~1.8% of the extraction)
    r"[HhTt](?<!\w.)(?:(?<=[Hh])(?:is|er)|(?<=[Tt])heir)\s+(?:husband|wife|son|daughter|brother|sister|father|mother|"
    r"partner)\s*,?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])"
)


#: the nouns KIN_RE needs, each written in full in every match
_KIN_NOUNS = ("husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "partner")


_KIN_NOUN_RUNS = frozenset(noun.encode() for noun in _KIN_NOUNS)


#: a byte for each of the first 256 code points: the lower-case letters kept, all else a space
LOWER_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@per_document  # read by the cue index and the kin nouns' test
def lower_runs(text: str) -> list[bytes]:
    """The runs of ASCII lower-case letters of ``text`` in order, as bytes (each other
    character read as a space, in C: a character beyond ASCII is one "?" first). A word of
    lower-case letters standing between characters that are none is one of them."""
    return text.encode("ascii", "replace").translate(LOWER_LETTERS_ONLY).split()


@lru_cache(maxsize=16)
def kin_matches(text: str) -> list[re.Match]:
    """Every match of ``KIN_RE`` in ``text``: one scan for the relatives' full names and
    their genders."""
    # a match needs "his", "her" or "their", whitespace, then a noun: where no noun found by
    # str.find (in C) has that before it (most texts), no scan at all (the pattern's search
    # stopped at every h and t of the text)
    # (a match's noun stands between whitespace and whitespace or a comma: one of the text's
    # lower-case runs; only those nouns are looked for, nine searches of the whole text, ~2% of
    # an extraction, were made for the few texts that have one)
    present = _KIN_NOUN_RUNS.intersection(lower_runs(text))
    if not any(_kin_noun_at(text, noun) for noun in _KIN_NOUNS if noun.encode() in present):
        return []
    return list(KIN_RE.finditer(text))


def _kin_noun_at(text: str, noun: str) -> bool:
    """Whether ``noun`` occurs after a possessive ("his", "her", "their") and whitespace."""
    k = text.find(noun)
    while k >= 0:
        j = k
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < k and text.endswith(("is", "er", "heir"), 0, j):
            return True
        k = text.find(noun, k + 1)
    return False


class _KinPeople:
    """The people a text names (two words or more, no possessive, no organisation, no place)
    with their offsets, scanned once: the kin rule asks, for every kin noun, for the last one
    before it that passes a test (rescanning the text up to each kin noun was quadratic)."""

    def __init__(self, text: str):
        self.text = text
        self.runs = [(r.start(), r.end()) for r in NAME_SEQ_RE.finditer(text)]
        self.run_ends = [e for _, e in self.runs]
        self.people = [p for p in (self._person(text, a, e) for a, e in self.runs) if p is not None]
        self.people_ends = [e for _, _, e in self.people]
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self._passing: dict[str, list[int]] = {}

    def _person(self, text: str, a: int, e: int):
        t = strip_name_lead(text[a:e].split())
        ok = (
            len(t) >= 2
            and not t[-1].endswith(("'s", "\u2019s"))
            and not any(w in ORG_SUFFIXES for w in t)
            and not any(norm(w) in speaker_words()["orgs"] for w in t)
            and not is_place(text, a, t)
        )
        return (a, t, e) if ok else None

    def newline_before(self, pos: int) -> int:
        """``text.rfind("\n", 0, pos)``, by bisection."""
        i = bisect_left(self.newlines, pos) - 1
        return self.newlines[i] if i >= 0 else -1

    def opens_sentence(self, k: int, toks) -> bool:
        return re.search(r"(?:^|[.!?]\s+|\n)$", self.text[max(0, k - 3) : k]) is not None

    def last_before(self, pos: int, test, key: str | None = None):
        """(offset, tokens) of the last person named in ``text[:pos]`` (as a scan of
        ``NAME_SEQ_RE.finditer(text, 0, pos)`` finds them) passing ``test``; ``key`` names a
        test that depends only on the person, so that its passing people are listed once."""
        i = bisect_right(self.run_ends, pos)
        if i < len(self.runs) and self.runs[i][0] < pos:
            # a run that goes on past ``pos`` is read as the scan up to ``pos`` reads it
            cut = [
                self._person(self.text, r.start(), r.end())
                for r in NAME_SEQ_RE.finditer(self.text, self.runs[i][0], pos)
            ]
            for p in reversed([p for p in cut if p is not None]):
                if test(p[0], p[1]):
                    return p[0], p[1]
        n = bisect_right(self.people_ends, pos)
        if key is None:
            return (
                (self.people[n - 1][0], self.people[n - 1][1])
                if n and test(*self.people[n - 1][:2])
                else None
            )
        if key not in self._passing:
            self._passing[key] = [j for j, (k, t, _) in enumerate(self.people) if test(k, t)]
        passing = self._passing[key]
        j = bisect_left(passing, n) - 1
        return (self.people[passing[j]][0], self.people[passing[j]][1]) if j >= 0 else None


_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|on|near|along|across|off|outside|inside|at|from|into|through)\s+(?:the\s+)?$"
)


def is_place(text: str, start: int, toks: list[str]) -> bool:
    """The capitalised run ``toks`` written at ``start`` names a place, not a person."""
    return bool(toks) and (
        toks[-1] in _PLACE_WORDS or _PLACE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )
