"""The forms a name takes in one text: its fullest form ("Suponina" -> "Elena Suponina"),
acronyms and short forms the text defines, a person's gender from kin words, place names."""

import re
from functools import lru_cache

from ._memo import per_document
from ._name_leads import AGE_WORD_RE, person_words, role_word, strip_postnominals, title_pair
from ._name_runs import kin_matches, name_runs
from ._names import LEGAL_FORMS, ORG_SUFFIXES, RANK_FORCES, gender_of, norm, place_names, speaker_words


@lru_cache(maxsize=16)
def _kin_genders(text: str) -> dict[str, str]:
    """Relatives introduced by a kin noun, given name -> the gender the noun gives ("her
    husband, Ade," -> m), also under the full name the relative rule gives them."""
    out: dict = {}
    kin = name_runs(text)[2]
    for m in kin_matches(text):
        noun = m.group().split()[1].rstrip(",").lower()
        gender = (
            "f" if noun in speaker_words()["female"] else "m" if noun in speaker_words()["male"] else None
        )
        if gender is not None:
            out.setdefault(m.group(1), gender)
            out.setdefault(kin.get(m.group(1), m.group(1)), gender)
    return out


def person_gender(text: str, toks: list[str]) -> str | None:
    """The gender of the person named ``toks``: from the name itself, else from the kin noun
    that introduced them ("June Okafor and her husband, Ade,": Ade is a man)."""
    return gender_of(toks, speaker_words()) or _kin_genders(text).get(" ".join(toks))


#: a place name's last word ("Foundry Street") and the prepositions before a place ("on
#: Foundry Street", "in Ashby Marsh"): a capitalised run so written names no person
#: (not words that are also family names: Hill, Marsh, Moor, Bridge)


#: a relative introduced by a given name alone ("Her husband, Ewan,")


@per_document  # asked ~40 times a document, for a few names
def fullest_name(text: str, name: str) -> str:
    """The longest form of a person's ``name`` in ``text``: a run of capitalised
    words ending with the same surname, titles stripped ("Suponina" -> "Elena Suponina")."""
    name = strip_postnominals(name)
    kin = name_runs(text)[2]
    toks = name.split()
    core = _without_rank(toks)
    if core is not toks and (len(core) >= 2 or len(_longest_by_surname(text).get(core[-1], ())) > 1):
        # "Det Snr Const Lau", "Garda Cullen" -> "Lau", "Cullen", given in full below; the
        # words stay when the text writes the surname in full nowhere ("Officer Quill", "the
        # National Guard")
        toks = core
        name = " ".join(toks)
    best = name
    longest = _longest_by_surname(text).get(toks[-1])
    if (
        longest is not None
        and len(longest) > len(toks)
        # ("Van Brandt" after "Ludwig van Brandt": a particle opening a sentence is capitalised)
        and (len(toks) == 1 or [t.lower() for t in longest[-len(toks) :]] == [t.lower() for t in toks])
        # ("Iryna Dovzhenko" after "the Ministry of Energy of Ukraine Iryna Dovzhenko": a
        # place written before a full name is none of it)
        and not (len(toks) >= 2 and longest[0] in place_names())
    ):
        # (a full name is no other full name of that surname: "Jeb Bush" is not "George W. Bush")
        best = " ".join(longest)
    if best in kin:
        return kin[best]
    if len(best.split()) == 1:
        acronym = _acronyms(text).get(best)
        if acronym:
            return acronym
        of_org, first_word = _short_forms(text)
        return of_org.get(best) or first_word.get(best) or best
    return best


def _without_rank(toks: list[str]) -> list[str]:
    """A name without the titles and role words written before it ("Det Snr Const Lau",
    "Garda Cullen" -> "Lau", "Cullen"), ``toks`` itself when none is or when what is left is
    no capitalised name ("Secretary of State", "Judge Rotenberg Center")."""
    words = speaker_words()
    i = 0
    norms = [norm(t) for t in toks]
    while i + 2 < len(toks) and title_pair(norms, i):
        i += 2  # "Tan Sri Lim Kok Seng", "Fire Marshal Cole"
    while (
        i < len(toks) - 1
        and (
            norm(toks[i]) in RANK_FORCES
            or AGE_WORD_RE.fullmatch(toks[i]) is not None
            or role_word(norm(toks[i]), words)
            or norm(toks[i]) in words["titles"]
        )
        and norm(toks[i]) not in words["given_names"]
    ):
        i += 1
    if i == 0 or not person_words(toks[i:], norms[i:], words):
        return toks
    return toks[i:]


@lru_cache(maxsize=16)
def _longest_by_surname(text: str) -> dict[str, list[str]]:
    """Surname as written -> the first of its longest full forms in ``text``, computed once
    per text (scanning every form of a surname for each name was quadratic on a long text)."""
    out: dict[str, list[str]] = {}
    for forms in name_runs(text)[0].values():
        for toks in forms:
            if len(toks) > len(out.get(toks[-1], ())):
                out[toks[-1]] = toks
    return out


_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
#: the capitalised words (and the small words inside a name) before an acronym's parenthesis
_ACRONYM_WORDS_RE = re.compile(r"(?:[A-Z][\w&'\u2019.-]*|of|for|and|the|on|in)$")
MAX_ACRONYM_WORDS = 12


@lru_cache(maxsize=16)
def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the text introduces in parentheses -> the name they stand for
    ("Customs and Border Protection (CBP)"): the shortest run of capitalised words
    before the parenthesis whose initials give the acronym."""
    out: dict[str, str] = {}
    if "(" not in text:
        return out
    for m in _ACRONYM_RE.finditer(text):
        short = m.group(1)
        words: list[str] = []
        for w in reversed(text[max(0, m.start() - 120) : m.start()].split()[-MAX_ACRONYM_WORDS:]):
            if not _ACRONYM_WORDS_RE.match(w):
                break
            words.insert(0, w)
        for i in range(len(words)):
            cand = words[i:]
            initials = "".join(w[0] for w in cand if w[:1].isupper())
            if initials.upper() == short.upper() and cand[0][:1].isupper():
                out.setdefault(short, " ".join(cand))
                break
    return out


@lru_cache(maxsize=1)
def _company_ends() -> frozenset[str]:
    """Last words of a company's name: legal forms and organisation nouns (read once: the
    organisation list is long, and every text with a one-word name asked again)."""
    return frozenset(LEGAL_FORMS | {norm(w) for w in speaker_words()["orgs"]})


@lru_cache(maxsize=16)
def _short_forms(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """What a one-word name stands for in ``text``, computed once per text (the first run
    that gives it wins): a word of an organisation's name ("Halvern said" after "Halvern
    Group"; from that word on, without "Toronto-based"), and the first word of a
    company's name (legal form stripped) or of a person's ("Kell said" after "Kell Systems")."""
    runs = name_runs(text)[1]
    of_org: dict[str, str] = {}
    for toks in runs:
        if len(toks) >= 2 and toks[-1] in ORG_SUFFIXES:
            for i, word in enumerate(toks[:-1]):
                of_org.setdefault(word, " ".join(toks[i:]))
    company_ends = _company_ends()
    first_word: dict[str, str] = {}
    for toks in runs:
        if not toks or toks[-1].lower() not in company_ends:
            continue  # (first: the cheapest test, and most runs end in no company word)
        full = strip_postnominals(" ".join(toks)).split()
        if 2 <= len(full) <= 3 and not full[-1].endswith(("'s", "\u2019s")):
            first_word.setdefault(full[0], " ".join(full))
    return of_org, first_word
