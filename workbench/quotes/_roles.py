"""The roles a text writes next to names ("Finance Minister Olga Brandt"), whether two roles
agree ("the surgeon" / "Dr Pike, a surgeon"), and where a text's body starts."""

import re
from functools import lru_cache

from ._memo import per_document
from ._name_runs import capitalised_runs
from ._names import PREPOSITIONS, STOP, norm, noun_number, speaker_words

_LOWER_WORD_RE = re.compile(r"[a-z][\w'\u2019-]*")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Titles and head nouns: the words a role next to a name ends with (made once, not
    once a document: ~400 words)."""
    words = speaker_words()
    return words["titles"] | frozenset(words["heads"])


def role_index(text: str) -> dict[str, str]:
    """Roles the text writes next to a full name anywhere ("opposition leader Marek
    Sowa", "Finance Minister Olga Brandt"): name -> role, first occurrence wins."""
    words = speaker_words()
    roles: dict[str, str] = {}
    role_words = _role_words()
    for start, run in capitalised_runs(text):
        toks = run.split()
        if len(toks) < 2:
            continue  # one word: no full name, whatever titles it has
        lead = []
        while toks and norm(toks[0]) in words["titles"]:
            lead.append(toks.pop(0))
        if len(toks) < 2 or toks[-1].endswith(("'s", "\u2019s")):
            continue
        pre: list[str] = []
        # the last four words before the run at most: a fourth ends the role whatever it is
        for w in reversed(text[max(0, start - 80) : start].rsplit(None, 3)):
            n = norm(w)
            if not pre and w.endswith(".") and w[:1].isupper() and n in words["titles"]:
                lead.insert(0, w)  # "Farmers Party Sen. Ada Lund": an abbreviated title ends the run before
                continue
            if not _LOWER_WORD_RE.fullmatch(w) or len(pre) >= 3:
                break
            if not pre and n not in role_words:
                break
            if n in STOP or n in words["determiners"] or n in PREPOSITIONS:
                break
            pre.insert(0, w)
        role = " ".join(pre + lead)
        if role:
            roles.setdefault(" ".join(toks), role)
    return roles


_ROLE_FILLER = frozenset(
    "former ex acting senior junior deputy first chief leading top local "
    "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split()
)


@per_document  # asked for the same sources' roles again and again (~4 times a role)
def role_heads(role: str) -> frozenset[str]:
    """The head noun of each comma-separated part of a role ("leading expert of the X
    Fund, author" -> {"expert", "author"}); honorifics and bare modifiers give none."""
    heads = set()
    for part in role.split(","):
        # ("Deputy Minister of Foreign Affairs": a foreign minister too)
        foreign = re.search(r"\bforeign\b", part, re.I) is not None
        part = re.split(r"\s(?:of|for|at|in|from|with|to|on)\s", " " + part.strip() + " ")[0]
        toks = [norm(t) for t in part.split() if re.fullmatch(r"[A-Za-z][\w'\u2019-]*\.?", t)]
        if toks and toks[-1] in _ABBREVIATED_TITLES:
            heads.add(_ABBREVIATED_TITLES[toks[-1]])  # "Det Sgt" is a sergeant, "Sen." a senator
        elif toks and toks[-1] not in _ROLE_FILLER and len(toks[-1]) > 2:
            heads.add(words_singular(toks[-1]))
            if toks[-1] in _MINISTERS and foreign:
                heads.add("diplomat")  # "Deputy Foreign Minister Ann Roe ... the diplomat noted"
    return frozenset(heads)


#: the heads of a foreign minister's role, who is a diplomat too
_MINISTERS = frozenset("minister secretary undersecretary under-secretary".split())


#: titles abbreviated before a name (with or without a full stop) -> the head noun they stand for
_ABBREVIATED_TITLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "adm": "admiral",
    "cmdr": "commander",
    "brig": "brigadier",
    "sgt": "sergeant",
    "cpl": "corporal",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "const": "constable",
}


def words_singular(word: str) -> str:
    """A head noun's singular as the descriptor list gives it ("officials" -> "official")."""
    return speaker_words()["heads"].get(word, noun_number(word))[0]


def same_role(a: str, b: str) -> bool:
    if a == b:
        return True
    return any(a in row and b in row for row in speaker_words()["role_synonyms"])


def contradicts(role: str, head: str) -> bool:
    """A descriptor with head noun ``head`` cannot refer to a person whose known ``role``
    names another role ("the shopkeeper" is not "Linda Cole, the mayor"); an unknown role
    or a noun that fits anyone ("the woman") contradicts nothing."""
    heads = role_heads(role)
    if not heads or head in speaker_words()["person_nouns"]:
        return False
    return not any(same_role(h, head) for h in heads)


@lru_cache(maxsize=16)
def body_start(text: str) -> int:
    """Where the body starts: after a first line that is a headline (no closing punctuation)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and "\n\n" in text and not first.endswith(tuple('.!?:;,\u2026"\u201d\u2019\u00bb)')):
        return text.find(first) + len(first)
    return 0
