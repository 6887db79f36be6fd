"""Speaker phrases and their resolution to sources within one document.

``parse_speaker`` reads the words that name who speaks ("he", "political scientist,
RIAC expert Elena Suponina", "a former United States official directly involved in
the talks") into a mention; ``resolve`` links each mention of a document to a source:
names by surname, descriptors ("the ex-official") by their head noun and modifiers,
pronouns to the most recent compatible source (by gender and number, when the text
gives them). Word lists live in ``resources/quote_speakers.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .segment import read_resource

__all__ = ["Mention", "parse_speaker", "resolve", "fullest_name", "role_index", "speaker_words", "narration_subject"]

#: A speaker phrase longer than this is a clause, not a name or descriptor
#: ("a former United States official directly involved in the talks" has 9 words).
MAX_SPEAKER_WORDS = 14
#: Words a descriptor may carry after its head noun ("familiar with the matter").
MAX_POSTMODIFIER_WORDS = 9
#: Words that never occur in a speaker phrase: they start or carry a clause.
STOP = frozenset(
    "that which if when because while although is are was were be been being it there "
    "this but as so than then what where would will could should can may might not no "
    "has have had do does did".split())
#: Words that may open a postmodifier after a descriptor's head, where STOP words are
#: allowed ("who asked not to be named").
_POSTMOD_OPENERS = frozenset("who familiar close with in at from of for involved directly "
                             "briefed speaking knowledgeable aware".split())
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|[A-Z]\.)$")
#: Bare quantifiers are not sources ("Others fear that ...", "Some say ...").
_QUANTIFIERS = frozenset("others some many few most all everyone everybody nobody anyone someone "
                         "one both either neither".split())
_CONJUNCTIONS = frozenset("and but or nor yet so".split())
_RELATIVES = frozenset("who whom whose which where".split())
#: Days and months open sentences ("Tuesday, prosecutors asserted ...") but name nobody.
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                      "april june july august september october november december".split())
_ORG_SUFFIXES = frozenset("Agency Ministry Office Council Commission Department Bank Union Institute "
                          "University Forum Party League Court Times News Post Journal Reporter Service "
                          "Organization Organisation Association Foundation Group Committee Fund Studies "
                          "Center Centre Company Corporation Exchange Authority Bureau Trust Society "
                          "Academy College Hospital Federation Works".split())
ORG_SUFFIXES = _ORG_SUFFIXES
_PREPOSITIONS = frozenset("in at from of for with on to near outside inside by".split())
_PARTICLES = frozenset("de da di van von der bin al la le du dos del".split())
_TOKEN_RE = re.compile(r"\S+")
_ASIDE_RE = re.compile(r",\s+(?:which|who|whose|speaking|declining|requesting|asking)\b[^,]*(?=,|$)")
_AGE_RE = re.compile(r",\s+\d{1,3}(?=,|$)")
_DOCUMENT_RE = re.compile(r"(?:(?:an?|the|its|their)\s+(?:\w+\s+)?)?(?:statements?|reports?|letters?|post|emails?|filings?|"
                          r"releases?|announcements?|communiqu[e\u00e9]s?|data|figures|estimates|survey|poll)"
                          r"\s+(?:from|by|of|issued by)\s+", re.I)
_EDGE = " ,;:\t\n\u2013\u2014-\"\u201c\u201d\u00ab\u00bb'()"


@lru_cache(maxsize=1)
def speaker_words() -> dict:
    """The word lists of ``resources/quote_speakers.txt``."""
    res = read_resource("quote_speakers.txt")
    pronouns = {row[0]: (None if row[1] == "-" else row[1], row[2]) for row in res["pronoun"]}
    heads: dict[str, tuple[str, bool]] = {}
    generic = set()
    for row in res["descriptor"]:
        flag = row[-1] == "generic"
        forms = row[:-1] if flag else row
        for form in forms:
            heads.setdefault(form, _number(form))
            if flag:
                generic.add(form)
    orgs = {w for row in res["organisation"] for w in row}
    flat = lambda sec: frozenset(w for row in res[sec] for w in row)  # noqa: E731
    return {"pronouns": pronouns, "heads": heads, "generic": frozenset(generic),
            "orgs": frozenset(orgs), "titles": flat("title"), "female": flat("female"),
            "male": flat("male"), "determiners": flat("determiner"),
            "postnominals": flat("postnominal"), "past": flat("past"),
            "female_names": flat("female_name"), "male_names": flat("male_name"),
            "role_synonyms": tuple(frozenset(row) for row in res.get("role_synonym", [])),
            "person_nouns": flat("person_noun")}


def _number(form: str) -> tuple[str, bool]:
    """(singular, plural?) of a head noun: "officials" -> ("official", True)."""
    if form in ("people", "spokesmen", "spokeswomen"):
        return {"people": "people", "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}[form], True
    if form.endswith("s") and not form.endswith("ss"):
        return form[:-1], True
    return form, False


@dataclass
class Mention:
    """How a statement names its speaker. ``start:end`` are offsets of the words as
    written (into the text handed to ``parse_speaker`` plus its offset)."""

    kind: str                     # name, descriptor, organisation, pronoun, continuation
    text: str
    start: int | None = None
    end: int | None = None
    name: str = ""
    role: str = ""
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"


def _norm(word: str) -> str:
    w = word.lower().strip(".,;:'\u2019\"()")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w


def _norm_mod(word: str) -> str:
    w = _norm(word)
    return {"ex": "former", "u.s": "united-states", "us": "united-states", "u.s.": "united-states",
            "united": "united-states", "states": "united-states", "american": "united-states",
            "uk": "british", "u.k": "british"}.get(w, w)


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    from .segment import sentence_openers
    return frozenset(w.lower() for w in sentence_openers())


def _is_name_token(tok: str, words: dict) -> bool:
    if _norm(tok) in _PARTICLES:
        return True
    if _norm(tok) in _openers() or _norm(tok) in _CALENDAR or _norm(tok) in STOP:
        return False
    return bool(_NAME_TOKEN_RE.match(tok)) and _norm(tok) not in words["titles"] \
        and _norm(tok) not in words["determiners"] and _norm(tok) not in ("it", "this", "there", "that")


def _gender(tokens: list[str], words: dict) -> str | None:
    low = {_norm(t) for t in tokens} | {t.lower() for t in tokens}
    if low & words["female"]:
        return "f"
    if low & words["male"]:
        return "m"
    # the given name: the first capitalised word that is no title and a known given name
    # ("Dr Helen Marsh", "Council leader Sandra Whitlock")
    known = words["female_names"] | words["male_names"]
    given = [t.lower() for t in tokens if t[:1].isupper() and _norm(t) not in words["titles"]
             and t.lower() in known]
    if given and given[0] in words["female_names"] and given[0] not in words["male_names"]:
        return "f"
    if given and given[0] in words["male_names"] and given[0] not in words["female_names"]:
        return "m"
    return None


def _appositive_tokens(names: list[str]) -> set[int]:
    """Token indexes of comma-separated parts that are appositive roles ("a spokeswoman
    for the National Transport Safety Office"): never the name."""
    out: set[int] = set()
    part: list[int] = []
    bounds: list[list[int]] = []
    for i, tok in enumerate(names):
        part.append(i)
        if tok.endswith(",") or i == len(names) - 1:
            bounds.append(part)
            part = []
    named_first = any(_NAME_TOKEN_RE.match(names[i]) for i in bounds[0]) if bounds else False
    for part in bounds[1:] if len(bounds) > 1 else []:
        first = names[part[0]]
        if _norm(first) in ("a", "an", "the", "his", "her", "its", "their") and len(part) > 1 \
                and names[part[1]][:1].islower():
            out.update(part)
        elif named_first and first[:1].islower():
            out.update(part)   # "Will Moy, chief executive of ... Full Fact"
    return out


#: a determiner, up to three lower-case modifiers and a noun: read as a descriptor in
#: ``lenient`` mode even when the noun is in no list ("the shopkeeper", "the coastguard")
_LENIENT_DESCRIPTOR_RE = re.compile(r"(?:the|a|an)\s+(?:[a-z0-9][\w'\u2019-]*\s+){0,3}[a-z0-9][\w-]*", re.I)


def parse_speaker(seg: str, offset: int = 0, *, appositive: str = "", lenient: bool = False) -> Mention | None:
    """Read a speaker phrase, or None when ``seg`` is not one. ``appositive`` is a role
    written after the name ("Dmitry Peskov, Vladimir Putin's press secretary"). ``lenient``:
    the phrase attributes a quotation for certain (it follows the closing mark), so a
    definite or indefinite noun phrase is a descriptor even when its noun is in no list."""
    words = speaker_words()
    a, b = 0, len(seg)
    while a < b and seg[a] in _EDGE:
        a += 1
    while b > a and seg[b - 1] in _EDGE:
        b -= 1
    # ", which represents the operators," / ", speaking on condition of anonymity ...,"
    # describe the speaker without naming them: left out of the phrase
    inner = _ASIDE_RE.sub(lambda m: " " * len(m.group()), seg[a:b])
    # "John Smith, 45,": an age is no part of the phrase
    inner = _AGE_RE.sub(lambda m: " " * len(m.group()), inner)
    if inner != seg[a:b]:
        seg = seg[:a] + inner + seg[b:]
        while b > a and seg[b - 1] in _EDGE:
            b -= 1
    s = seg[a:b]
    # "a statement from the civil protection agency" speaks for the agency
    doc_m = _DOCUMENT_RE.match(s)
    if doc_m and doc_m.end() < len(s):
        a += doc_m.end()
        s = seg[a:b]
    if not s:
        return None
    toks = [(m.group(), m.start() + a + offset, m.end() + a + offset) for m in _TOKEN_RE.finditer(s)]
    if len(toks) > MAX_SPEAKER_WORDS:
        return None
    low = s.lower()
    if low in _QUANTIFIERS or low.split()[0] in _CONJUNCTIONS or low.split()[0] in _RELATIVES:
        return None   # "who chairs the Residents' Association": a clause about the speaker
    if " and " in s and not appositive:
        # "diplomats and officials from both countries": one group of unnamed sources
        k = s.index(" and ")
        left, right = parse_speaker(s[:k]), parse_speaker(s[k + 5:])
        if left is not None and right is not None and left.kind == right.kind == "descriptor":
            return Mention("descriptor", s, a + offset, b + offset, name=f"{left.name} and {right.name}",
                           role=s, head=right.head, mods=right.mods, number="pl")
    if re.fullmatch(r"(?:one|some|two|three|several|many|most|all|none|both) of (?:them|those)", low):
        # "one of them" speaks for the group last quoted
        return Mention("pronoun", s, a + offset, b + offset, gender=None, number="pl")
    if low in words["pronouns"]:
        gender, number = words["pronouns"][low]
        return Mention("pronoun", s, a + offset, b + offset, gender=gender, number=number)
    names = [t for t, _, _ in toks]
    # A name: the last run of capitalised non-title tokens that ends the phrase or a
    # comma-separated part of it, or is followed by "of"/"from"/"at".
    run_end = None
    appositive_part = _appositive_tokens(names)
    for i in range(len(toks) - 1, -1, -1):
        tok = names[i]
        if i in appositive_part:
            continue
        ends_part = i == len(toks) - 1 or tok.endswith(",") or _norm(names[i + 1]) in ("of", "from", "at")
        if ends_part and _is_name_token(tok.rstrip(","), words) and not tok.rstrip(",").endswith(("'s", "\u2019s")):
            k = i
            while k - 1 >= 0 and _is_name_token(names[k - 1], words) and not names[k - 1].endswith(","):
                k -= 1
            # "the director of the Center for Central Asian Studies Anna Goncharova": the
            # person's name is what follows the organisation's last word
            org_at = [j for j in range(k, i) if names[j].rstrip(",") in _ORG_SUFFIXES]
            split = bool(org_at) and i - org_at[-1] >= 2
            if split:
                k = org_at[-1] + 1
            # "the analyst of the agency AgroMarket Consult Pavel Hrytsenko": a known given
            # name starts the person's name just as well
            given_names = words["female_names"] | words["male_names"]
            given = [j for j in range(k, i) if _norm(names[j]) in given_names]
            if not split and given and (given[0] > k or k == 0 or names[k - 1][:1].islower()):
                k, split = given[0], given[0] > k or split
            # "in Leeds", "of the Transport Office": a place or employer, not the speaker;
            # but "Minister of Energy Azim Akhmedov" names the minister after the title
            titled = k - 1 >= 0 and i > k and names[k - 1][:1].isupper() and _norm(names[k - 1]) in words["titles"]
            if not (split or titled) and any(_norm(t) in _PREPOSITIONS for t in names[max(0, k - 3):k]):
                continue
            run_end, run_start = i, k
            break
    if run_end is not None:
        i = run_start
        while i <= run_end and _norm(names[i]) in _PARTICLES:
            i += 1
        # an organisation keeps its capitalised modifiers ("European Space Agency")
        if _norm(names[run_end].rstrip(",")) in words["orgs"] or names[run_end].rstrip(",") in _ORG_SUFFIXES:
            while i - 1 >= 0 and _NAME_TOKEN_RE.match(names[i - 1]) and not names[i - 1].endswith(",") \
                    and _norm(names[i - 1]) not in words["determiners"]:
                i -= 1
        # "the Society of Theatre Nurses", "the International Committee of the Red Cross":
        # an organisation's name goes on through "of (the)" and the capitalised words after
        if names[run_end] in _ORG_SUFFIXES and run_end + 2 < len(names) and _norm(names[run_end + 1]) == "of":
            j = run_end + 2 + (names[run_end + 2] == "the")
            k = j
            while k < len(names) and _NAME_TOKEN_RE.match(names[k]) and _norm(names[k].rstrip(",")) not in STOP:
                k += 1
                if names[k - 1].endswith(","):
                    break
            if k > j:
                run_end = k - 1
        run = names[i:run_end + 1]
        run_text = " ".join(run).rstrip(",")
        single = len(run) == 1 and _norm(run_text) in words["heads"]
        if run and not single:
            rest = names[:i] + names[run_end + 1:]
            if any(_norm(t) in STOP and t[:1].islower() for t in rest):
                return None
            if any(t in ("and", "&") for t in names[:i]) and not any(t.endswith(",") for t in names[:i]):
                return None    # "Granollers and Feliciano Lopez": two people
            # after the name only "of/from/at ..." ("Helen Park of the Transport Office")
            if run_end + 1 < len(names):
                nxt = names[run_end + 1]
                if not names[run_end].endswith(","):
                    if _norm(nxt) not in ("of", "from", "at", "with"):
                        return None
                elif not (_norm(nxt) in words["determiners"] or _norm(nxt) in words["titles"]
                          or _norm(nxt) in words["heads"] or _norm(nxt) in words["orgs"] or nxt[:1].isupper()):
                    return None    # "Jim Hood, lost by five points": a clause, not an apposition
            if names[0].lower() in _CONJUNCTIONS:
                return None
            before = " ".join(names[:i])
            after = " ".join(names[run_end + 1:])
            role_parts = [p.strip(" ,") for p in re.split(r",\s*", before) if p.strip(" ,")]
            if after:
                role_parts.append(after.strip(" ,"))
            if appositive and not re.match(r"(?:who|which|whose|where)\b", appositive.strip()):
                role_parts.append(appositive.strip(" ,."))
            role_parts = [re.sub(r"^(?:a|an|the)(?:\s+|$)", "", p, flags=re.I) for p in role_parts]
            # every role word must be a title, a descriptor or capitalised (an organisation)
            return Mention("name", run_text, toks[i][1], toks[run_end][2] - (1 if names[run_end].endswith(",") else 0),
                           name=run_text, role=", ".join(p for p in role_parts if p),
                           gender=_gender(names, words))
    # A descriptor or organisation: a head noun from the lists.
    head_i = None
    for i, tok in enumerate(names):
        n = _norm(tok)
        if n in words["heads"] or (n.startswith("ex-") and n[3:] in words["heads"]):
            head_i = i
            break
    if head_i is None:
        for i, tok in enumerate(names):
            if _norm(tok) in words["orgs"]:
                head_i = i
                break
    if head_i is None and lenient and _LENIENT_DESCRIPTOR_RE.fullmatch(s) \
            and not any(_norm(t) in STOP or t.endswith(("ly", "ing")) for t in names):
        head_i = len(names) - 1   # '"...," the shopkeeper said': any common noun after a quotation
        words = {**words, "heads": {**words["heads"], _norm(names[-1]): _number(_norm(names[-1]))}}
    if head_i is None:
        return None
    # a partitive ("one of the people") refers to the group
    partitive = len(names) > head_i >= 2 and _norm(names[1]) == "of" and _norm(names[0]) in words["determiners"]
    if partitive:
        names = names[2:]
        head_i -= 2
    pre, post = names[:head_i], names[head_i + 1:]
    if any(_norm(t) in STOP for t in pre) or len(pre) > 6 or len(post) > MAX_POSTMODIFIER_WORDS:
        return None
    if post and _norm(post[0]) not in _POSTMOD_OPENERS and not post[0].endswith("ly"):
        return None
    if pre and _norm(pre[0]) not in words["determiners"] and pre[0][0].islower() is False \
            and not _NAME_TOKEN_RE.match(pre[0]):
        return None
    head = _norm(names[head_i])
    mods = [_norm_mod(t) for t in pre if _norm(t) not in words["determiners"]]
    if head.startswith("ex-"):
        head, mods = head[3:], ["former", *mods]
    org = head in words["orgs"] and head not in words["heads"]
    base, plural = words["heads"].get(head, (head, False))
    core = [t for t in pre if _norm(t) not in words["determiners"]] + [names[head_i]]
    full = names[1:] if pre and _norm(pre[0]) in words["determiners"] else list(names)
    name = " ".join(core + (post if head in words["generic"] else []))
    role = " ".join(full) if (post or len(core) > 1) and not org else ""
    return Mention("organisation" if org else "descriptor", s, a + offset, b + offset,
                   name=name.strip(" ,"), role=role, head=base,
                   mods=frozenset(mods), gender=_gender(names, words),
                   number="pl" if plural else "sg")


#: a run of capitalised words; it never crosses a blank line ("Headline\n\nCarlos Mendes")
_NAME_SEQ_RE = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]+|[A-Z]\.)"
                          r"(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\n))(?:[A-Z\u00c0-\u00de][\w'\u2019-]+|[A-Z]\.))*")


def _strip_name_lead(toks: list[str]) -> list[str]:
    """Drop titles, determiners, sentence openers ("When") and possessors ("NASA's")
    from the start of a run of capitalised words."""
    words = speaker_words()
    org_at = [i for i, t in enumerate(toks[:-1]) if t in _ORG_SUFFIXES]
    if org_at and len(toks) - org_at[-1] - 1 >= 2:
        toks = toks[org_at[-1] + 1:]    # "Asian Studies Anna Goncharova" -> "Anna Goncharova"
    titled = [i for i, t in enumerate(toks[:-1]) if _norm(t) in words["titles"]]
    if titled and len(toks) - titled[-1] - 1 >= 2:
        toks = toks[titled[-1] + 1:]    # "Transport Secretary Mark Harper" -> "Mark Harper"
    given = [i for i, t in enumerate(toks[:-1]) if i > 0 and _norm(t) in words["female_names"] | words["male_names"]
             and _norm(toks[i - 1]) not in words["female_names"] | words["male_names"]]
    if given and len(toks) - given[0] >= 2:
        toks = toks[given[0]:]          # "AgroMarket Consult Pavel Hrytsenko" -> "Pavel Hrytsenko"
    while toks and (_norm(toks[0]) in words["titles"] or _norm(toks[0]) in words["determiners"]
                    or toks[0].lower() in _openers() or toks[0].endswith(("'s", "\u2019s"))
                    or (len(toks) > 2 and _norm(toks[0]) in words["heads"] and toks[-1] not in _ORG_SUFFIXES)):
        toks = toks[1:]     # ... and "Councillor Dev Raman": a role written as a title
    return toks


def strip_postnominals(name: str) -> str:
    """``name`` without honours and degrees after it ("Nicholas Hart KC" -> "Nicholas Hart")."""
    toks = name.split()
    while len(toks) > 1 and toks[-1].lower().strip(",") in speaker_words()["postnominals"]:
        toks = toks[:-1]
    return " ".join(toks)


@lru_cache(maxsize=16)
def _name_runs(text: str) -> tuple[dict[str, list[list[str]]], list[list[str]], dict[str, str]]:
    """Every capitalised run of ``text`` with its lead stripped, computed once per text:
    surname -> candidate full names (postnominals stripped, at most four words) in text
    order, the lead-stripped runs themselves in text order (for organisations), and
    relatives named by a given name alone -> their full name."""
    by_surname: dict[str, list[list[str]]] = {}
    runs: list[list[str]] = []
    kin: dict[str, str] = {}
    given = speaker_words()["female_names"] | speaker_words()["male_names"]
    for m in _NAME_SEQ_RE.finditer(text):
        stripped = _strip_name_lead(m.group().split())
        runs.append(stripped)
        toks = strip_postnominals(" ".join(stripped)).split()
        if not toks or toks[-1].endswith(("'s", "\u2019s")):
            continue
        by_surname.setdefault(_norm(toks[-1]), []).append(toks[-4:])
    for m in _KIN_RE.finditer(text):
        # "Ruth Calloway ... Her husband, Ewan, ...": a relative named by a given name
        # alone shares the family name of the person (a given name first) named last before
        before = [t for t in (_strip_name_lead(r.group().split()) for r in _NAME_SEQ_RE.finditer(text, 0, m.start()))
                  if len(t) >= 2 and not t[-1].endswith(("'s", "\u2019s")) and _norm(t[0]) in given]
        if before:
            kin.setdefault(m.group(1), f"{m.group(1)} {before[-1][-1]}")
    return by_surname, runs, kin


#: a relative introduced by a given name alone ("Her husband, Ewan,")
_KIN_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:husband|wife|son|daughter|brother|sister|father|mother|"
                     r"partner)\s*,?\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def fullest_name(text: str, name: str) -> str:
    """The longest form of a person's ``name`` in ``text``: a run of capitalised
    words ending with the same surname, titles stripped ("Suponina" -> "Elena Suponina")."""
    name = strip_postnominals(name)
    by_surname, runs, kin = _name_runs(text)
    best = name
    for toks in by_surname.get(_norm(name.split()[-1]), ()):
        if len(toks) > len(best.split()) and best.split()[-1] == toks[-1]:
            best = " ".join(toks)
    if best in kin:
        return kin[best]
    if len(best.split()) == 1:
        # "Halvern said" after "Halvern Group": an organisation's short name
        for toks in runs:
            if len(toks) >= 2 and best in toks[:-1] and toks[-1] in _ORG_SUFFIXES:
                return " ".join(toks[toks.index(best):])   # without "Toronto-based"
    return best


def role_index(text: str) -> dict[str, str]:
    """Roles the text writes next to a full name anywhere ("opposition leader Marek
    Sowa", "Finance Minister Olga Brandt"): name -> role, first occurrence wins."""
    words = speaker_words()
    roles: dict[str, str] = {}
    role_words = words["titles"] | frozenset(words["heads"])
    for m in _NAME_SEQ_RE.finditer(text):
        toks = m.group().split()
        lead = []
        while toks and _norm(toks[0]) in words["titles"]:
            lead.append(toks.pop(0))
        if len(toks) < 2 or toks[-1].endswith(("'s", "\u2019s")):
            continue
        pre: list[str] = []
        for w in reversed(text[max(0, m.start() - 80):m.start()].split()):
            n = _norm(w)
            if not re.fullmatch(r"[a-z][\w'\u2019-]*", w) or len(pre) >= 3:
                break
            if not pre and n not in role_words:
                break
            if n in STOP or n in words["determiners"] or n in _PREPOSITIONS:
                break
            pre.insert(0, w)
        role = " ".join(pre + lead)
        if role:
            roles.setdefault(" ".join(toks), role)
    return roles


@dataclass
class _Source:
    key: str
    kind: str
    name: str
    role: str
    anonymous: bool
    head: str = ""
    mods: frozenset = field(default_factory=frozenset)
    gender: str | None = None
    number: str = "sg"
    last: int = -1
    intro: str = ""      # the words that introduced the source, as written
    #: "the former minister" with no antecedent, or a lede's "A former minister": may be
    #: named just after ("definite" / "indefinite"; "" when not)
    cataphoric: str = ""


def _compatible(src: _Source, m: Mention) -> bool:
    if m.number == "pl":
        return src.number == "pl" or src.kind == "organisation"
    if src.number == "pl" or src.kind == "organisation":
        return False
    return m.gender is None or src.gender in (None, m.gender)


def resolve(mentions: list[tuple[int, Mention]], text: str,
            narration: list[tuple[int, Mention]] = ()) -> list[dict]:
    """Resolve each ``(position, mention)`` of one document's statements to a source:
    returns one dict per mention with ``key``, ``name``, ``role``, ``anonymous``.
    ``narration`` holds people the narrator introduces as the subject of a sentence
    ("Council member James Whitfield voted against"): they are candidates for later
    pronouns and descriptors, but become sources only when a statement points at them."""
    sources: list[_Source] = []
    out: list[dict] = []
    previous: _Source | None = None
    weak: list[tuple[int, Mention]] = []   # people the narration names by one word only ("Silva, who ...")
    roles = role_index(text)
    timeline = sorted([(p, 0, i, m) for i, (p, m) in enumerate(mentions)]
                      + [(p, 1, i, m) for i, (p, m) in enumerate(narration)], key=lambda t: (t[0], t[1]))
    for pos, narrative, _, m in timeline:
        if m.kind == "name" and m.name:
            m.name = strip_postnominals(m.name)
        if narrative:
            if m.kind == "name" and _names_lede_source(previous, m, pos, text):
                # "A former deputy governor ... has told X that ... . Ivo Marenko, who served
                # as deputy governor, ...": the lede's unnamed source is named next
                full = fullest_name(text, m.name)
                previous.kind, previous.name, previous.anonymous = "name", full, False
                previous.key = f"name:{full}"
                previous.role = previous.role or previous.name
                previous.last = pos
                previous = None
                continue
            if m.kind == "name" and not any(s.kind == "name" and _same_person(s.name, fullest_name(text, m.name))
                                            for s in sources):
                full = fullest_name(text, m.name)
                if len(full.split()) >= 2 and _cataphor(sources, full, m.role or roles.get(full, ""), pos,
                                                        text[m.end:] if m.end is not None else "", text):
                    continue
            _note_narration(sources, m, pos, text, roles)
            if m.kind == "name" and len(fullest_name(text, m.name).split()) < 2:
                weak.append((pos, m))
            continue
        src = None
        if m.kind == "name":
            full = fullest_name(text, m.name)   # a bare surname: its first full form
            for s in sorted(sources, key=lambda s: -s.last):
                if s.kind == "name" and _same_person(s.name, full):
                    src = s
                    break
            if src is None:
                full = fullest_name(text, m.name)
                src = _cataphor(sources, full, m.role or roles.get(full, ""), pos,
                                text[m.end:] if m.end is not None else "", text)
            if src is None:
                src = _Source(f"name:{full}", "name", full, m.role or roles.get(full, ""), False)
                sources.append(src)
        elif m.kind in ("descriptor", "organisation"):
            src = _match_descriptor(sources, m)
            if src is None and _definite_anaphor(m) and not _introduced_unnamed(text, pos, m.head):
                # "The 24-year-old striker added", "According to the expert": the person
                # the report is talking about, when that is the latest named source and
                # nothing said about them contradicts the descriptor
                src = _definite_antecedent(sources, m, roles, previous)
            if src is None and m.kind == "organisation" and m.number == "sg" and re.match(r"the\s", m.text, re.I):
                # "Quillon Systems, the maker of ..., will cut 1,200 jobs, the company said":
                # the organisation the sentence is about
                org = _sentence_subject(text, m.start if m.start is not None else pos)
                if org is not None:
                    src = next((s for s in sources if _same_person(s.name, org)), None)
                    if src is None:
                        src = _Source(f"org:{org}", "organisation", org, "", False)
                        sources.append(src)
            if src is None:
                src = _possessed(sources, m, pos, text)
                if src is not None:
                    sources.append(src)
            if src is None:
                desc = m.role or m.name
                src = _Source(f"anon:{desc}", m.kind, m.name, m.role, m.kind == "descriptor",
                              m.head, m.mods, m.gender, m.number, intro=m.text,
                              cataphoric=_cataphoric(m, text))
                sources.append(src)
        elif m.kind == "pronoun":
            if m.text.lower() in ("i", "we") and previous is not None:
                src = previous
            for s in sorted(sources, key=lambda s: -s.last):
                if src is None and _compatible(s, m):
                    src = s
            if m.number == "sg" and m.text.lower() not in ("i", "we"):
                # "I put the question to Councillor Dev Raman. He was candid: ...": a person
                # named in the sentence just before is more salient than an older source
                near = _previous_sentence_person(text, pos, m, after=src.last if src is not None else -1)
                if near is not None and (src is None or not _same_person(src.name, near)):
                    full = fullest_name(text, near)
                    src = next((s for s in sources if s.kind == "name" and _same_person(s.name, full)), None)
                    if src is None:
                        src = _Source(f"name:{full}", "name", full, roles.get(full, ""), False, gender=m.gender)
                        sources.append(src)
            if src is None and m.number == "sg" and weak and pos - weak[-1][0] <= MAX_LEDE_NAMING_GAP \
                    and weak[-1][1].gender in (None, m.gender):
                w = weak[-1][1]
                src = _Source(f"name:{w.name}", "name", w.name, w.role, False, gender=m.gender)
                sources.append(src)
            if src is None:
                src = _fallback_person(text, pos, m) or _sentence_descriptor(text, pos, m)
                if src is not None:
                    sources.append(src)
        elif m.kind == "continuation":
            src = previous
        if src is None:
            src = _Source("anon:unidentified speaker", "descriptor", "unidentified speaker", "", True)
            sources.append(src)
        if m.kind == "pronoun" and m.gender and src.gender is None and m.number == "sg":
            src.gender = m.gender
        if not src.role and m.role and m.kind == "name":
            src.role = m.role
        if m.gender and src.gender is None and m.kind != "pronoun":
            src.gender = m.gender
        src.last = pos
        previous = src
        out.append({"key": src.key, "name": src.name, "role": src.role, "anonymous": src.anonymous,
                    "source": src})
    # roles learnt later in the document apply to earlier statements too
    for row in out:
        src = row.pop("source")
        row.update(key=src.key, name=src.name, role=src.role, anonymous=src.anonymous)
    return out


#: how far after an unnamed source's statement the sentence naming it may start (characters;
#: the lede's next sentence)
MAX_LEDE_NAMING_GAP = 300


def _definite_antecedent(sources: list[_Source], m: Mention, roles: dict,
                         previous: _Source | None = None) -> _Source | None:
    """The named person a definite descriptor ("the striker", "the judge") refers back to:
    the most recent one whose role has its head noun, else the most recent one of matching
    gender and number whose known role does not contradict it, else, when every role known
    contradicts it, the speaker of the statement just before (the most salient person:
    "'...,' the researcher added" after the words of "the study's lead author")."""
    named = [s for s in sorted(sources, key=lambda s: -s.last) if s.kind == "name" and _compatible(s, m)]
    for s in named:
        if any(_same_role(h, m.head) for h in _role_heads(s.role or roles.get(s.name, ""))):
            return s
    for s in named:
        if not _contradicts(s.role or roles.get(s.name, ""), m.head):
            return s
    if previous is not None and named and named[0] is previous:
        return previous
    return None


def _cataphoric(m: Mention, text: str) -> str:
    """How an unnamed source with no antecedent may be named next: "definite" ("the former
    minister"), "indefinite" ("A former transport secretary has attacked ...", a specific
    singular descriptor, not an anonymous "a senior official"), else ""."""
    if _definite_anaphor(m):
        return "definite"
    before = text[max(0, (m.start or 0) - 4):m.start or 0]
    if m.kind == "descriptor" and m.number == "sg" and m.head not in _ANONYMOUS_HEADS \
            and m.head not in speaker_words()["generic"] \
            and (re.match(r"an?\s", m.text, re.I) or re.search(r"\ban?\s+$", before, re.I)) \
            and not re.search(r"\b(?:of|for|at|in|from|who|with)\b", m.text):
        return "indefinite"
    return ""


def _cataphor(sources: list[_Source], full: str, role: str, pos: int, after: str = "",
              text: str = "") -> _Source | None:
    """A definite descriptor that had no antecedent ("'...,' the former minister said.
    Richard Hale, who ...") is the next new person named just after it: the unnamed
    source becomes that person (earlier statements follow, as rows keep the source)."""
    for s in sorted(sources, key=lambda s: -s.last):
        if s.kind == "descriptor" and s.number == "sg" and s.head and s.head not in _ANONYMOUS_HEADS \
                and any(_same_role(h, s.head) for h in _role_heads(role)) and not _kept_unnamed(s, text):
            # role agreement: "an orthopaedic surgeon who ... said" is the first person
            # named later with that role ("said the surgeon, Dr. Farhan Qureshi")
            _name_source(s, full, role, pos)
            return s
    for s in sorted(sources, key=lambda s: -s.last)[:1]:
        # an indefinite one only by a name that comes with its own description
        # ("Sir Richard Hale, who held the post ...,"), so the two are one person
        if s.cataphoric == "indefinite" and not re.match(r",\s+(?:who|whose|an?|the)\s", after):
            continue
        if s.cataphoric and 0 <= pos - s.last <= MAX_LEDE_NAMING_GAP and not _contradicts(role, s.head):
            _name_source(s, full, role, pos)
            return s
    return None


_UNNAMED_RE = re.compile(r"\b(?:not to be (?:named|identified)|anonymity|not authori[sz]ed|declined to be named)\b")


def _kept_unnamed(s: _Source, text: str) -> bool:
    """The report says the unnamed source stays unnamed ("a nurse who asked not to be named")."""
    k = text.find(s.intro) if s.intro else -1
    return k >= 0 and _UNNAMED_RE.search(text, k, k + len(s.intro) + 120) is not None


def _name_source(s: _Source, full: str, role: str, pos: int) -> None:
    """An unnamed source turns out to be the person ``full`` (earlier rows follow)."""
    s.kind, s.name, s.anonymous, s.key = "name", full, False, f"name:{full}"
    s.role = role or s.role
    s.cataphoric = ""
    s.last = pos


def _names_lede_source(src, m: Mention, pos: int, text: str) -> bool:
    """The narration sentence at ``pos`` names ``src``, an unnamed source just introduced
    with an indefinite article, by giving the person its head noun ("A former deputy
    governor ... . Ivo Marenko, who served as deputy governor, ...")."""
    if src is None or src.kind != "descriptor" or src.number != "sg" or not src.head \
            or not (0 <= pos - src.last <= MAX_LEDE_NAMING_GAP) or len(fullest_name(text, m.name).split()) < 2:
        return False
    if not re.match(r"(?:an?|one)\s", src.intro, re.I):
        return False
    end = text.find(".", pos)
    sentence = text[pos:end if end > 0 else len(text)].lower()
    return re.search(r"\b" + re.escape(src.head) + r"\b", sentence) is not None


_ROLE_FILLER = frozenset("former ex acting senior junior deputy first chief leading top local "
                         "mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())


def _role_heads(role: str) -> set[str]:
    """The head noun of each comma-separated part of a role ("leading expert of the X
    Fund, author" -> {"expert", "author"}); honorifics and bare modifiers give none."""
    heads = set()
    for part in role.split(","):
        part = re.split(r"\s(?:of|for|at|in|from|with|to|on)\s", " " + part.strip() + " ")[0]
        toks = [_norm(t) for t in part.split() if re.fullmatch(r"[A-Za-z][\w'\u2019-]*", t)]
        if toks and toks[-1] not in _ROLE_FILLER and len(toks[-1]) > 2:
            heads.add(words_singular(toks[-1]))
    return heads


def words_singular(word: str) -> str:
    """A head noun's singular as the descriptor list gives it ("officials" -> "official")."""
    return speaker_words()["heads"].get(word, _number(word))[0]


def _same_role(a: str, b: str) -> bool:
    if a == b:
        return True
    return any(a in row and b in row for row in speaker_words()["role_synonyms"])


def _contradicts(role: str, head: str) -> bool:
    """A descriptor with head noun ``head`` cannot refer to a person whose known ``role``
    names another role ("the shopkeeper" is not "Linda Cole, the mayor"); an unknown role
    or a noun that fits anyone ("the woman") contradicts nothing."""
    heads = _role_heads(role)
    if not heads or head in speaker_words()["person_nouns"]:
        return False
    return not any(_same_role(h, head) for h in heads)


def _body_start(text: str) -> int:
    """Where the body starts: after a first line that is a headline (no closing punctuation)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and "\n\n" in text and not first.endswith(tuple(".!?:;,\u2026\"\u201d\u2019\u00bb)")):
        return text.find(first) + len(first)
    return 0


def _introduced_unnamed(text: str, pos: int, head: str) -> bool:
    """The body before ``pos`` introduced someone unnamed by this head noun ("A local
    shopkeeper, who asked not to be named, disagreed"): "the shopkeeper" is that person."""
    pattern = r"\b(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,3}" + re.escape(head) + r"\b(?!\s+[A-Z])"
    return re.search(pattern, text[_body_start(text):pos], re.I) is not None


def _definite_anaphor(m: Mention) -> bool:
    """"the striker", "the 24-year-old cardiologist": a singular definite descriptor with
    no post-modifier and a specific head (not "the official", "the source")."""
    return m.kind == "descriptor" and m.number == "sg" and re.match(r"the\s", m.text, re.I) is not None \
        and m.head not in _ANONYMOUS_HEADS and m.head not in speaker_words()["generic"] \
        and not re.search(r"\b(?:of|for|at|in|from|who|with)\b", m.text)


#: heads of descriptors that stand for unnamed sources even when definite ("the official said")
_ANONYMOUS_HEADS = frozenset("official source sources spokesman spokeswoman spokesperson aide insider "
                             "diplomat negotiator officer representative ex-official".split())


def _match_descriptor(sources: list[_Source], m: Mention) -> _Source | None:
    generic = speaker_words()["generic"]
    for s in sorted(sources, key=lambda s: -s.last):
        if s.kind == m.kind and s.head == m.head and m.mods <= s.mods and s.number == m.number:
            # "people familiar with their thinking" is not "people familiar with the talks"
            if m.head in generic and m.name.lower() not in (s.name.lower(), m.head):
                continue
            return s
        if s.kind == "name" and m.head and any(_same_role(h, m.head) for h in _role_heads(s.role)) \
                and m.kind == "descriptor" and m.number == "sg" and not _INDEFINITE_RE.match(m.text):
            return s    # but "a spokesperson for the board" is someone new, not the named one
    return None


_INDEFINITE_RE = re.compile(r"(?:an?|one|another)\s", re.I)


def _same_person(known: str, name: str) -> bool:
    """``name`` can refer to the source called ``known``: the same surname, and the same
    first name when both give one ("Ashby" = "Margaret Ashby" != "Daniel Ashby").
    An organisation's name must match whole."""
    a, b = known.split(), name.split()
    if a[-1] in _ORG_SUFFIXES or b[-1] in _ORG_SUFFIXES:
        return _norm(known) == _norm(name) or known.endswith(" " + name)
    if _norm(a[-1]) != _norm(b[-1]):
        # "Sarah added" after "Sarah Collins": a first name alone (feature and sports style)
        return len(b) == 1 and len(a) >= 2 and _norm(a[0]) == _norm(b[0])
    return len(a) < 2 or len(b) < 2 or _norm(a[0]) == _norm(b[0])


def _note_narration(sources: list[_Source], m: Mention, pos: int, text: str, roles: dict) -> None:
    """A person the narrator names as a sentence's subject: refresh or add a candidate."""
    if m.kind == "name":
        full = fullest_name(text, m.name)
        for s in sorted(sources, key=lambda s: -s.last):
            if s.kind == "name" and _same_person(s.name, full):
                s.last = pos
                s.role = s.role or m.role
                return
        full = fullest_name(text, m.name)
        if len(full.split()) < 2:
            return
        sources.append(_Source(f"name:{full}", "name", full, m.role or roles.get(full, ""), False,
                               gender=m.gender, last=pos))
    elif m.kind == "descriptor":
        s = _match_descriptor(sources, m)
        if s is not None:
            s.last = pos
            return
        sources.append(_Source(f"anon:{m.role or m.name}", m.kind, m.name, m.role, True,
                               m.head, m.mods, m.gender, m.number, last=pos))


_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]?\s+|\n\s*\n")


def _possessed(sources: list[_Source], m: Mention, pos: int, text: str) -> _Source | None:
    """"His office said", "her lawyer said": the office or person of whom the possessive
    points to (the person named in the sentence before, else the latest source of that
    gender), as a new source "office of Daniel Okonjo"; None when there is no such person."""
    poss = re.match(r"(his|her)\s", m.text, re.I)
    if poss is None or m.number != "sg":
        return None
    gender = "m" if poss.group(1).lower() == "his" else "f"
    who = _previous_sentence_person(text, pos, Mention("pronoun", poss.group(1), gender=gender), after=-1)
    if who is None:
        who = next((s.name for s in sorted(sources, key=lambda s: -s.last)
                    if s.kind == "name" and s.gender in (None, gender) and len(s.name.split()) >= 2), None)
    if who is None:
        return None
    name = f"{m.name} of {fullest_name(text, who)}"
    anonymous = m.kind == "descriptor"
    return _Source(f"{'anon' if anonymous else 'org'}:{name}", m.kind, name, name, anonymous, m.head, m.mods)


def _sentence_descriptor(text: str, pos: int, m: Mention) -> _Source | None:
    """A pronoun with no antecedent named: the person a definite descriptor earlier in its
    sentence describes ("When the mayor unveiled plans ..., she called it ..."), an unnamed
    source that the first later name with that role will name (see :func:`_cataphor`)."""
    if m.number != "sg":
        return None
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, 0, pos)]
    start = ends[-1] if ends else 0
    for d in reversed(list(re.finditer(r"\b[Tt]he\s+[a-z][\w-]*", text[start:pos]))):
        d_m = parse_speaker(d.group())
        if d_m is not None and d_m.kind == "descriptor" and d_m.number == "sg" and d_m.gender in (None, m.gender) \
                and d_m.head not in _ANONYMOUS_HEADS:
            return _Source(f"anon:{d_m.name}", "descriptor", d_m.name, "", True, d_m.head, d_m.mods,
                           m.gender, intro=d_m.text, cataphoric="definite")
    return None


_DATELINE_RE = re.compile(r"[A-Z][A-Z .,'-]*\s+[-\u2013\u2014]+\s+")


def _sentence_subject(text: str, pos: int) -> str | None:
    """The capitalised name that opens the sentence holding ``pos`` as its subject (after
    any dateline), when it names no person (no known given name), else None. One word
    alone counts only with an appositive after it ("Annual consumer price inflation ...")."""
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, _body_start(text), pos)]
    start = ends[-1] if ends else _body_start(text)
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    dateline = _DATELINE_RE.match(text, start, pos)
    if dateline is not None:
        start = dateline.end()
    match = _NAME_SEQ_RE.match(text, start, pos)
    if match is None or not re.match(r"\s*(?:,|[a-z])", text[match.end():pos]):
        return None
    toks = _strip_name_lead(match.group().split())
    words = speaker_words()
    if not toks or toks[-1].endswith(("'s", "\u2019s")) \
            or (len(toks) == 1 and not text[match.end():pos].startswith(",")) \
            or any(_norm(t) in words["female_names"] | words["male_names"] | words["titles"] for t in toks):
        return None
    return " ".join(toks)


def _previous_sentence_person(text: str, pos: int, m: Mention, *, after: int) -> str | None:
    """The last full person's name of matching gender in the sentence before the one
    holding ``pos``, when that sentence starts after ``after`` (the best source's last
    mention) and names no one else of that gender; else None."""
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, 0, pos)]
    if len(ends) < 1:
        return None
    start = ends[-2] if len(ends) >= 2 else 0
    stop = ends[-1]
    if start <= after or re.search(r"\n\s*\n", text[start:stop].strip()) or text[start:start + 3] == "By ":
        return None
    found = []
    for match in _NAME_SEQ_RE.finditer(text, start, stop):
        toks = _strip_name_lead(match.group().split())
        if re.search(r"\b(?:the|The)\s+$", text[max(0, match.start() - 5):match.start()]) \
                or match.group().split()[0] == "The":
            continue    # "the United States": a person's name takes no article
        if len(toks) == 1 and _gender(toks, speaker_words()) == m.gender:
            # "For Carol, ...": a given name alone stands for the full name it shortens
            toks = next((t for t in _name_runs(text)[1] if len(t) >= 2 and t[0] == toks[0]), toks)
        if len(toks) >= 2 and not toks[-1].endswith(("'s", "\u2019s")) \
                and not any(t in _ORG_SUFFIXES or _norm(t) in speaker_words()["orgs"] for t in toks) \
                and _gender(toks, speaker_words()) in (None, m.gender):
            found.append(" ".join(toks))
    if len({f.split()[-1] for f in found}) != 1:
        return None
    return found[-1]


def _fallback_person(text: str, pos: int, m: Mention) -> _Source | None:
    """A pronoun with no earlier source: the nearest full name before it."""
    best = None
    if m.number == "pl":
        # "they said": the nearest organisation named before ("The X Supporters' Trust")
        for match in _NAME_SEQ_RE.finditer(text, 0, pos):
            toks = _strip_name_lead(match.group().split())
            if len(toks) >= 2 and toks[-1] in _ORG_SUFFIXES:
                best = " ".join(toks)
        if best is None:
            return None
        return _Source(f"org:{best}", "organisation", best, "", False, number="pl")
    for match in _NAME_SEQ_RE.finditer(text, 0, pos):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.end()]
        if re.match(r"\s*(?:By|BY)\s", line):
            continue    # "By Hannah Lindqvist": the byline names the writer, not a speaker
        toks = _strip_name_lead(match.group().split())
        if len(toks) >= 2 and not toks[-1].endswith(("'s", "\u2019s")) \
                and _gender(toks, speaker_words()) in (None, m.gender):
            best = " ".join(toks)
    if best is None:
        return None
    return _Source(f"name:{best}", "name", best, "", False, gender=m.gender)


_VERBISH = frozenset("is was are were has had have will would could can did does who said says told".split())


def _verbish(tok: str) -> bool:
    t = tok.lower().strip(",.;:")
    if t in _VERBISH or t in speaker_words()["past"]:
        return True
    heads = speaker_words()["heads"]
    return t not in heads and t not in speaker_words()["orgs"] and (
        t.endswith("ed") or (t.endswith("s") and not t.endswith(("ss", "'s", "\u2019s"))))


_OPENING_PHRASE_RE = re.compile(r"(?:For|On|In|At|After|Before|During|Since|Until|By|Last|Earlier|Later|"
                                r"Inside|Outside|Nearby|Elsewhere|Meanwhile|"
                                r"Years|Months|Weeks|Days|Today|Yesterday|Now|Then|Once|"
                                r"[A-Z][a-z]+ing|Asked)\b[^,.;:]{0,60},\s+"
                                r"(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)")
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof.".split())
_FIRST_PERSON_OPENERS = frozenset("my our i we me us".split())


def _named_subject(text: str, a: int, b: int) -> Mention | None:
    """A person named at the start of a narration clause: ``Name verb``, ``Name, aside,
    verb``, ``Name of the X``, or ``Her nephew, Name, ...``."""
    app = re.match(r"([^,.;:\"\u201c\u201d]{2,60}),\s+(?=[A-Z])", text[a:b])
    starts = [a]
    if app is not None:
        starts.append(a + app.end())
    for n, k in enumerate(starts):
        lead = _NAME_SEQ_RE.match(text, k, b)
        if lead is None or lead.end() >= b or lead.group().split()[0] in ("The", "A", "An"):
            continue   # "The Varno Strait, a channel": a person's name takes no article
        after = text[lead.end():lead.end() + 20]
        nxt = re.match(r"\s+(\S+)", after)
        if not (after.startswith(",") or re.match(r"\s+(?:of|from|at)\s", after)
                or (nxt is not None and nxt.group(1)[:1].islower() and _verbish(nxt.group(1)))):
            continue
        if n == 1:
            # the part before the name must describe a person: "Her nephew", "The board's chief executive"
            first = app.group(1).split()[0]
            desc = parse_speaker(app.group(1), a)
            if not (_norm(first) in speaker_words()["determiners"] or first.endswith(("'s", "\u2019s"))
                    or (desc is not None and desc.kind == "descriptor")):
                continue
        m = parse_speaker(lead.group(), k)
        if m is not None and m.kind == "name" and not any(t in _ORG_SUFFIXES for t in m.name.split()):
            # the role the narrator gives: "Her nephew, Name," / "Name, the former minister,"
            role = re.match(r",\s+([^,.;:]{2,60}),", text[lead.end():b])
            desc = parse_speaker(app.group(1)) if n == 1 else (
                parse_speaker(role.group(1), lenient=True) if role is not None else None)
            if desc is not None and desc.kind == "descriptor" and (not m.role or m.role.lower() in _HONORIFICS):
                m.role = desc.role or desc.name
            return m
    return None


def narration_subject(text: str, a: int, b: int) -> Mention | None:
    """The person or unnamed source a narration sentence ``text[a:b]`` opens with, as
    its subject ("A senior European diplomat who took part ...", "Council member James
    Whitfield voted ...", "On a grey morning, Ashby walked ..."), or None."""
    from .segment import sentence_openers
    opening = _OPENING_PHRASE_RE.match(text, a, b)
    if opening is not None:
        a = opening.end()
    toks = list(_TOKEN_RE.finditer(text, a, b))[:10]
    if not toks or toks[0].group().lower().strip("\"\u201c") in _FIRST_PERSON_OPENERS \
            or toks[0].group()[:1] in "\"\u201c\u2018\u00ab":
        return None
    named = _named_subject(text, a, b)
    if named is not None:
        return named
    if toks[0].group() in sentence_openers() and _norm(toks[0].group()) not in speaker_words()["determiners"]:
        return None
    words = speaker_words()
    for n in range(1, len(toks)):
        nxt = toks[n].group()
        if not nxt[:1].islower() or not _verbish(nxt):
            continue
        seg = text[a:toks[n - 1].end()]
        m = parse_speaker(seg, a)
        if m is None or m.kind not in ("name", "descriptor"):
            return None
        if m.kind == "name" and (any(t in _ORG_SUFFIXES for t in m.name.split())
                                 or (toks[0].group() in ("The", "A", "An") and not m.role)):
            return None
        last = _norm(toks[n - 1].group())
        if m.kind == "name" and last != _norm(m.name.split()[-1]):
            return None
        if m.kind == "descriptor" and words["heads"].get(last, ("",))[0] != m.head:
            return None
        return m
    return None
