"""Descriptor mentions: an unnamed source or an organisation read around its head noun ("a
former United States official directly involved in the talks", "people familiar with the
matter", "the 46-year-old")."""

from __future__ import annotations

import re

from ._lower_bodies import LAST_ONLY_BODIES, LOWER_BODIES, lower_body
from ._mention_type import Mention
from ._names import NAME_TOKEN_RE, PREPOSITIONS, STOP, TOKEN_RE, gender_of, norm, norm_mod, noun_number
from ._names import men_plural as men_plural
from ._source_type import document_words
from ._time_words import MONTHS, WEEKDAYS

__all__ = ["PAST_VERBS_ONLY", "POSSESSIVE_RE", "RELATIVES", "descriptor", "head_index", "participle"]

#: Words a descriptor may carry after its head noun ("familiar with the matter").
MAX_POSTMODIFIER_WORDS = 9
#: Words that may open a postmodifier after a descriptor's head, where STOP words are
#: allowed ("who asked not to be named").
_POSTMOD_OPENERS = frozenset(
    "who familiar close with in at from of for to involved directly briefed speaking knowledgeable aware "
    # (where a sign or a crowd is: "the sign outside the shop", "the banner above the stage";
    # not "over" or "beside": "a spokesman over the weekend", "beside himself with anger"; where
    # sources sit: "sources within the ministry", "people inside the campaign")
    "outside near above behind within inside".split()
)
#: finite verbs: a post-modifier with one (not after "who") makes the phrase a clause
_FINITE = frozenset(
    "is are was were has have had does did will would can could should may might must".split()
)
RELATIVES = frozenset("who whom whose which where".split())
#: prepositions that open a sentence's adjunct before its subject ("In the letter, ...")
_OPENING_PREPOSITIONS = frozenset(
    "in at on during throughout among amid under after before through despite following regarding within".split()
)


def participle(tok: str) -> bool:
    """A lower-case present participle ("working", "pouring"), which may open a reduced
    relative clause after a descriptor's head ("the woman pouring bronze")."""
    return tok[:1].islower() and tok.endswith("ing") and len(tok) > 5 and norm(tok) not in STOP


#: a possessor's ending: "nurse's", "nurses'", with a straight or a typographic apostrophe
POSSESSIVE_RE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
#: groups of kin: people when a phrase ends with them
_KIN_GROUPS = frozenset("family families".split())
#: possessors before "head" that make it a body part ("shook her head")
_BODY_OWNERS = frozenset("her his their its my your our one's".split())
#: nouns "head" modifies ("the head gardener")
_HEAD_OF = frozenset(
    "teacher teachers coach coaches chef chefs gardener gardeners nurse nurses waiter waiters porter porters "
    "groundsman keeper keepers girl girls boy boys judge judges brewer winemaker trainer trainers".split()
)
#: a body named by its kind in two words whose head alone names people or things ("a guard",
#: "the staff", "the executive", "an order", "the conference"): the word before decides ("the
#: coast guard", "the general staff", "the union's executive", "the Jesuit order", "the bishops'
#: conference": an organisation, as "the navy")
_BODY_COMPOUNDS = frozenset(
    tuple(pair.split("+"))
    for pair in """coast+guard national+guard
    general+staff union+executive party+executive
    jesuit+order franciscan+order dominican+order benedictine+order carmelite+order
    cistercian+order capuchin+order salesian+order augustinian+order religious+order
    bishops+conference episcopal+conference governing+body""".split()
)
#: an age used as a noun ("the 46-year-old")
_AGE_NOUN_RE = re.compile(r"\d{1,3}-year-olds?")

#: a determiner, up to three lower-case modifiers and a noun: read as a descriptor in
#: ``lenient`` mode even when the noun is in no list ("the shopkeeper", "the coastguard")
_LENIENT_DESCRIPTOR_RE = re.compile(
    r"(?:the|a|an|this|that)\s+(?:[a-z0-9][\w'\u2019-]*\s+){0,3}[a-z0-9][\w-]*", re.I
)


#: "a former player himself": the pronoun is no noun of the phrase
_REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())
#: verbs a phrase may end with before a cue is cut off ("the veteran said", "the coach says")
_VERB_ENDINGS = frozenset(
    "said says say told tells added adds wrote writes asked asks "
    # (and adverbs of place and time: "her campaign workers here")
    "here there now then too also again today tonight yesterday alone instead".split()
)
#: a common noun that may end a lenient descriptor (no -ly, -ing or -ed word, no number)
_LENIENT_HEAD_RE = re.compile(r"[a-z][a-z'\u2019-]*(?<!ly)(?<!ing)(?<!ed)")


#: irregular past forms that are no noun too ("the far left", "a film set", "the saw" are)
PAST_VERBS_ONLY = frozenset(
    "became began bought brought built came caught chose drove flew fought found gave got grew heard held "
    "hid kept knew led lost made meant met paid ran sent sold sought spent spoke stood struck taught thought told took "
    "went wrote".split()
)


def _known_noun_after(names: list[str], i: int, words: dict) -> bool:
    """A person's, a group's or a body's noun of the lists after ``names[i]``."""
    return any(
        (n := norm(t)) in words["heads"] or n in words["orgs"] or n in words["learned_heads"]
        for t in names[i + 1 :]
    )


def head_index(names: list[str], words: dict, demonym: int | None, lenient: bool):
    """(index of the head noun or None, the word lists with any head learnt here, any_role)."""
    head_i = None
    modifier = -1  # a person's noun read as a body's noun's modifier
    any_role = demonym is not None
    for i, tok in enumerate(names):
        n = norm(tok)
        if demonym is not None:
            words = {
                **words,
                "heads": {**words["heads"], norm(names[demonym]): noun_number(norm(names[demonym]))},
            }
            head_i = demonym
            break
        if tok[:1].islower() and (
            lower_body(n)
            # (the makers, "palace" and "miner" too: "the palace press secretary", "the
            # drugmaker's spokesman" are people)
            and (n in LOWER_BODIES and n not in LAST_ONLY_BODIES or i == len(names) - 1)
            or i
            and (norm(names[i - 1]), n) in _BODY_COMPOUNDS
        ):
            # "the coast guard", "the general staff": a body's noun no list holds alone
            words = {**words, "heads": {**words["heads"], n: (n, False)}}
            head_i = i
            break
        if i + 1 < len(names) and POSSESSIVE_RE.search(tok) and _known_noun_after(names, i, words):
            # "the nurses' union", "the mayor's office": a possessor modifies a known noun
            # after it, which heads the phrase (a person noun as the possessor is no head)
            continue
        if n in _KIN_GROUPS and i < len(names) - 1 and norm(names[i + 1]) != "of":
            # "the family said", "the victim's family": people when the phrase ends with it,
            # not "the family of Nora Lind, who said she ..." (hers)
            continue
        if n in ("head", "heads"):
            if i and norm(names[i - 1]) in _BODY_OWNERS:
                continue  # "shook her head": a body's, no person's role
            if i + 1 < len(names) and names[i + 1][:1].islower() and norm(names[i + 1]) in _HEAD_OF:
                # "the head gardener", "a head teacher": "head" modifies the noun after it
                nxt = norm(names[i + 1])
                words = {**words, "heads": {**words["heads"], nxt: noun_number(nxt)}}
                head_i = i + 1
                break
        if (
            n in words["heads"]
            and tok[:1].islower()
            and i + 1 < len(names)
            and names[i + 1][:1].islower()
            and (nxt := norm(names[i + 1])) in words["orgs"]
            and nxt not in words["heads"]
            # (a modifier of the phrase's own noun: "unfunded mandates and teachers unions" is two)
            and not any(t in ("and", "or", "&") or t.endswith(",") for t in names[:i])
        ):
            # "a local charity", "the nurses union": a person's noun that modifies a body's
            # noun after it; the body heads the phrase (read below, with its compound)
            modifier = i
            continue
        if (
            tok[:1].isupper()
            and n in words["titles"]
            and i + 1 < len(names)
            and names[i + 1][:1].isupper()
            and any(POSSESSIVE_RE.search(t) for t in names[i + 1 : -1])
        ):
            continue  # "Judge Ann Olsen's family": the possessor's title, no head
        if n in words["heads"] or (n.startswith("ex-") and n[3:] in words["heads"]):
            head_i = i
            break
        if (
            tok[:1].islower()
            and n in words["learned_heads"]
            and not (tok.endswith(("'s", "\u2019s")) and i + 1 < len(names))
        ):
            # "the presumptive nominee", "a reporter": a person noun of train's gold sources
            # (a possessive modifies the noun after it: "the nominee's campaign")
            words = {**words, "heads": {**words["heads"], n: words["learned_heads"][n]}}
            head_i = i
            break
        if n.endswith("men") and (n[:-3] + "man" in words["heads"] or men_plural(tok)):
            # "the committee chairmen", "two congressmen": the plural of a head in "-man";
            # any lower-case plural of a "-man" trade ("..., tallymen said", "linesmen")
            words = {**words, "heads": {**words["heads"], n: (n[:-3] + "man", True)}}
            head_i = i
            break
        if (
            "-year-old" in n
            and _AGE_NOUN_RE.fullmatch(n)
            and (i + 1 == len(names) or norm(names[i + 1]) in _POSTMOD_OPENERS)
        ):
            any_role = True
            # "the 46-year-old", "two 19-year-olds": an age used as a noun is a person
            words = {**words, "heads": {**words["heads"], n: noun_number(n)}}
            head_i = i
            break
    while (
        head_i is not None
        and demonym is None
        and head_i + 1 < len(names)
        and names[head_i + 1][:1].islower()
        and (norm(names[head_i + 1]) in words["learned_heads"] or norm(names[head_i + 1]) in words["heads"])
    ):
        # "a local reporter", "a veteran strategist": a head noun that also modifies one after
        # it (a "local", a "veteran") leaves the head to the last
        nxt = norm(names[head_i + 1])
        words = {**words, "heads": {nxt: words["learned_heads"].get(nxt), **words["heads"]}}
        head_i += 1
    if (
        lenient
        and head_i is not None
        and head_i + 2 == len(names)
        and names[head_i][:1].islower()
        and not names[head_i].endswith(("'s", "\u2019s"))
        and names[-1][:1].islower()
        and norm(names[-1]) not in _REFLEXIVES
        and _LENIENT_HEAD_RE.fullmatch(names[-1])
        and norm(names[-1]) not in STOP
        and norm(names[-1]) not in _POSTMOD_OPENERS
        and norm(names[-1]) not in PAST_VERBS_ONLY
        and norm(names[-1]) not in words["past"]
        and norm(names[-1]) not in _VERB_ENDINGS
    ):
        # '"...," the veteran jockey said': a person's noun before a noun no list knows,
        # which ends the phrase, modifies it
        nxt = norm(names[-1])
        words = {**words, "heads": {**words["heads"], nxt: noun_number(nxt)}}
        head_i += 1
    if head_i is None:
        for i, tok in enumerate(names):
            if norm(tok) in words["orgs"] and not (tok.endswith(("'s", "\u2019s")) and i + 1 < len(names)):
                # ("the paper's editorial board": the possessive is the board's, not its head)
                # "the editorial board", "the party committee": a compound's last noun heads it
                # (after a determiner only: "they launched a petition campaign" is a clause)
                compound = (
                    i == 0
                    or norm(names[i - 1]) in words["determiners"]
                    or i - 1 == modifier  # "a local campaign group"
                    or names[i - 1].endswith(("'s", "\u2019s"))  # "the paper's editorial board"
                )
                while (
                    compound
                    and i + 1 < len(names)
                    and norm(names[i + 1]) in words["orgs"]
                    and not names[i].endswith(",")
                ):
                    i += 1
                if names[i].endswith(("'s", "\u2019s")) and i + 1 < len(names):
                    continue  # "the club board's new banner": the compound is a possessor
                head_i = i
                break
    if head_i is None and lenient:
        # '"...," the shopkeeper said', "a mechanic at the depot said": any common noun
        # (before its post-modifier) after a quotation or opening the sentence
        stop = next((j for j, t in enumerate(names) if j and norm(t) in _POSTMOD_OPENERS), len(names))
        core_words = names[:stop]
        if (
            _LENIENT_DESCRIPTOR_RE.fullmatch(" ".join(core_words))
            and not core_words[-1].endswith("ed")
            # ("The jury heard from ...": an irregular past verb after a noun ends no phrase)
            and not (len(core_words) > 2 and norm(core_words[-1]) in PAST_VERBS_ONLY)
            and not any(
                norm(t) in STOP
                or t.endswith("ly")
                or t.endswith("ing")
                and not (j == 1 and len(core_words) == 3)
                for j, t in enumerate(core_words)
            )
        ):
            # (an -ing word right after the determiner before the noun is its modifier: '"...,"
            # the retiring jockey said')
            head_i = stop - 1
            words = {
                **words,
                "heads": {**words["heads"], norm(names[head_i]): noun_number(norm(names[head_i]))},
            }
    return head_i, words, any_role


#: nouns after "on the" that tell a time or a manner, no place ("on the day", "on the phone")
_ON_NOT_PLACE = frozenset(
    "day night eve morning evening afternoon weekend phone call record condition".split()
)
_TIME_NAMES = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))


def _on_place(head: str, post: list[str], words: dict) -> bool:
    """ "Shopkeepers on Kings Street", "Traders on the high street": a plural group and the
    place they are on, a post-modifier (not a time: "Officials on Monday")."""
    if (
        len(post) < 2
        or norm(post[0]) != "on"
        or not words["heads"].get(norm(head), noun_number(norm(head)))[1]
    ):
        return False
    if post[1][:1].isupper():
        return norm(post[1]) not in _TIME_NAMES
    return norm(post[1]) == "the" and len(post) > 2 and norm(post[-1]) not in _ON_NOT_PLACE


def descriptor(s: str, start: int, end: int, names: list[str], head_i: int, words: dict, any_role: bool):
    """A descriptor or organisation mention around the head noun at ``head_i``, or None
    when the words around it make a clause rather than a noun phrase."""
    and_at = next((j for j, t in enumerate(names[:head_i]) if t == "and"), None)
    if and_at is not None and any(
        t[:1].islower() and (t.endswith("ed") or norm(t) in words["past"]) for t in names[:and_at]
    ):
        # "with roads closed across the valley and forecasters warning": a clause, then the group
        cut = [m.start() for m in TOKEN_RE.finditer(s)][and_at + 1]
        if "," in s[cut:]:
            return None  # ("should be freed and compensated, the rights group": no one phrase)
        s, start, names, head_i = s[cut:], start + cut, names[and_at + 1 :], head_i - and_at - 1
    # a partitive ("one of the people") refers to the group
    partitive = len(names) > head_i >= 2 and norm(names[1]) == "of" and norm(names[0]) in words["determiners"]
    # ... but "one of the country's senior doctors" is one person of it, whom a lede may name next
    one = partitive and norm(names[0]) == "one"
    if partitive:
        names = names[2:]
        head_i -= 2
    pre, post = names[:head_i], names[head_i + 1 :]
    if (
        len(pre) > 1
        and pre[0][:1].islower()
        and pre[0].endswith("ed")
        and (norm(pre[1]) in PREPOSITIONS or pre[1][:1].isupper())
    ):
        return None  # "published Wednesday in the journal", "based in the capital": a participle's aside
    if pre and pre[0][:1].isupper() and norm(pre[0]) in _OPENING_PREPOSITIONS:
        return None  # "In the email", "Among the critics": an adjunct opening a sentence, no one
    if any(norm(t) in STOP for t in pre) or len(pre) > 6 or len(post) > MAX_POSTMODIFIER_WORDS:
        return None
    if any(
        t[:1].islower()
        and (t.endswith("ed") or norm(t) in words["past"])
        and (norm(nxt) in words["determiners"] or nxt[:1].isdigit())
        for t, nxt in zip(pre, pre[1:])
    ) or any(
        norm(t) in words["past"]
        and (prev[:1].isupper() or prev.endswith("s"))
        and norm(prev) not in words["determiners"]
        for prev, t in zip(pre, pre[1:])
    ):
        # "launched a petition campaign", "The reporters checked the files", "The
        # district saw 30 applicants": a verb and its object, not a noun phrase
        return None
    if pre and pre[0] == "about" and len(pre) > 1 and pre[1].endswith("ing"):
        return None  # "about fixing roads and funding schools": what was said, not who
    prep = next(
        (
            j
            for j, t in enumerate(pre)
            if j and norm(t) in PREPOSITIONS and t[:1].islower() and pre[j - 1][:1].islower()
        ),
        None,
    )
    if prep is not None:
        # "the office of the regional governor": the noun before the preposition is the head;
        # "the pressure came from head office": a clause, not a noun phrase
        if norm(pre[prep - 1]) not in words["heads"] and norm(pre[prep - 1]) not in words["orgs"]:
            return None
        head_i = prep - 1
        pre, post = names[:head_i], names[head_i + 1 :]
        if len(post) > MAX_POSTMODIFIER_WORDS:
            return None  # "the pressure came from head office": a clause, not a noun phrase
    if (
        post
        and norm(post[0]) not in _POSTMOD_OPENERS
        and not _on_place(names[head_i], post, words)
        and not post[0].endswith("ly")
        and not participle(post[0])
        # "Analysts polled by the agency", "doctors contacted by the paper": people a
        # reporter reached, a past participle and its agent
        # (not set off by a comma: "Residents, questioned by police, said" keep to their noun)
        and not (
            post[0].endswith("ed")
            and len(post) > 1
            and norm(post[1]) == "by"
            and not names[head_i].endswith(",")
        )
        # "a report published (Wednesday)": a text and how it came out
        and not (
            post[0].endswith("ed")
            and norm(names[head_i]) in document_words()
            # ... but "the files included 37 letters" is a clause
            and not (len(post) > 1 and (norm(post[1]) in words["determiners"] or post[1][:1].isdigit()))
        )
    ):
        return None
    finite = next((j for j, t in enumerate(post) if norm(t) in _FINITE), None)
    if post and norm(post[0]) not in RELATIVES and finite is not None:
        # "a study from the institute had this to say", "insiders in the state were more
        # likely to": the noun phrase ends before the clause's verb
        cut = [m.start() for m in TOKEN_RE.finditer(s)][head_i + 1 + finite]
        s = s[:cut].rstrip(" ,")
        end = start + len(s)
        names, post = names[: head_i + 1 + finite], post[:finite]
    if (
        pre
        and norm(pre[0]) not in words["determiners"]
        and pre[0][0].islower() is False
        and not NAME_TOKEN_RE.match(pre[0])
    ):
        return None
    if names[head_i].endswith(("'s", "\u2019s")) and head_i + 1 == len(names):
        # "Editor's note:", "the senator's comments": a possessive before a noun cue owns
        # what is said; it is no head of a speaker phrase ending at the cue
        return None
    head = norm(names[head_i])
    mods = [norm_mod(t) for t in pre if norm(t) not in words["determiners"]]
    if head.startswith("ex-"):
        head, mods = head[3:], ["former", *mods]
    org = (
        head in words["orgs"]
        and head not in words["heads"]
        or lower_body(head)
        or bool(mods)
        and (mods[-1], head) in _BODY_COMPOUNDS
    )
    base, plural = words["heads"].get(head, (head, False))
    core = [t for t in pre if norm(t) not in words["determiners"]] + [names[head_i]]
    full = names[1:] if pre and norm(pre[0]) in words["determiners"] else list(names)
    # "people familiar with the matter", "the office of the regional governor": the head
    # says nothing without its post-modifier
    # "a customs officer currently working at the port": a participle's reduced relative
    # clause says which officer, so it stays in the name as well
    reduced = (
        bool(post)
        and norm(post[0]) not in _POSTMOD_OPENERS
        and (participle(post[0]) or (post[0].endswith("ly") and len(post) > 1 and participle(post[1])))
    )
    name = " ".join(
        core
        + (post if head in words["generic"] or reduced or (org and post and norm(post[0]) == "of") else [])
    )
    role = " ".join(full) if (post or len(core) > 1) and not org else ""
    return Mention(
        "organisation" if org else "descriptor",
        s,
        start,
        end,
        name=name.strip(" ,"),
        role=role,
        head=base,
        mods=frozenset(mods),
        gender=gender_of(names, words),
        number="pl" if plural and not one else "sg",
        any_role=any_role,
    )
