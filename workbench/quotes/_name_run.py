"""The capitalised run that names the speaker in a phrase (``name_run``): its first and last
word and where the name proper starts ("Minister of Energy Azim Akhmedov").
"""

from __future__ import annotations

from ._name_leads import _INITIAL_RE, first_name_word, nation_of_body, one_in_name, role_word, title_pair
from ._name_tokens import (
    _HONORIFICS,
    _INSTITUTION_ENDS,
    _KIN,
    _NAME_JOINERS,
    _PARTICIPLE_RE,
    _SERVICE_WORDS,
    _after_preposition,
    _appositive_tokens,
    _close_apposition,
    _employer_run,
    _in_name,
    _in_name_of_cause,
    _in_run,
    _may_name,
    _named_after_role,
    _org_noun_after,
    _person_before_employer,
    _portfolio_title,
    _sources_inside,
)
from ._names import (
    NAME_ORG_ENDS,
    ORG_SUFFIXES,
    PARTICLES,
    PREPOSITIONS,
    is_name_token,
    known_given,
    norm,
    person_head,
)
from ._office_names import TITLE_MODIFIERS


def name_run(names: list[str], words: dict) -> tuple[int | None, int | None, int | None]:
    """(start, end) of the name in the tokens: the last run of capitalised non-title tokens
    that ends the phrase or a comma-separated part of it, or is followed by "of"/"from"/"at";
    and the index of a demonym used as a noun ("the 52-year-old Frenchman"), if that is it."""
    if len(names) == 1:
        # one word (a third of the phrases): what the loop below gives for it, without its tests
        # of neighbours and parts (a name token that is no possessor is the name)
        tok = names[0].rstrip(",")
        if is_name_token(tok, words) and not tok.endswith(("'s", "\u2019s")):
            return 0, 0, None
        return None, None, None
    first = 1 if norm(names[0]) in words["determiners"] else 0
    if first < len(names) - 1 and not any(t.endswith(",") for t in names):
        body = names[first:]
        if nation_of_body(body, [norm(t) for t in body], 0, words):
            return first, len(names) - 1, None  # "UK Finance": a body's name, though its words are titles'
    if not _may_name(names, words):
        return None, None, None  # (a phrase of lower-case words after its first, most of them)
    run_start = run_end = demonym = None
    appositive_part = _appositive_tokens(names)
    for i in range(len(names) - 1, -1, -1):
        tok = names[i]
        if i in appositive_part:
            continue
        ends_part = (
            i == len(names) - 1
            or tok.endswith(",")
            or norm(names[i + 1]) in ("of", "from", "at")
            or _org_noun_after(names, i, words)
        )
        if ends_part and _in_name(names, i, words) and not tok.rstrip(",").endswith(("'s", "\u2019s")):
            k = i
            while k - 1 >= 0 and _in_run(names, k - 1, i, words) and not names[k - 1].endswith(","):
                k -= 1
            pair = [norm(t) for t in names[max(0, k - 1) : k + 2]]
            if k >= 1 and title_pair(pair) and k < i:
                k += 1  # "Dato' Sri Amin Noor": the title's second word
            elif title_pair(pair[k >= 1 :]) and k + 2 <= i:
                k += 2  # "Tan Sri Lim Kok Seng", "Fire Marshal Dan Cole"
            # "the director of the Center for Central Asian Studies Anna Goncharova": the
            # person's name is what follows the organisation's last word
            org_at = [j for j in range(k, i) if names[j].rstrip(",") in ORG_SUFFIXES]
            split = bool(org_at) and i - org_at[-1] >= 2
            if split:
                k = org_at[-1] + 1
            # "the analyst of the agency AgroMarket Consult Pavel Hrytsenko": a known given
            # name starts the person's name just as well
            given_names = words["given_names"]
            # (not after a particle: "Saud bin Faisal Al Mahrouqi", a father's name in a patronym)
            given = [
                j
                for j in range(k, i)
                if norm(names[j]) in given_names
                and not (j > k and norm(names[j - 1]) in PARTICLES)
                # ("José Luis Ramírez": the name opens with the given name before)
                and not (j > k and known_given(norm(names[j - 1]), given_names))
                and not (j > k and names[j - 1] == "Ma.")  # (Filipino "Ma. Teresa Cruz": María)
            ]
            if (
                not split
                and given
                and (given[0] > k or k == 0 or names[k - 1][:1].islower())
                and not _whole_before_given(names, k, given[0], words)
            ):
                k, split = given[0], given[0] > k or split
            # "in Leeds", "of the Transport Office": a place or employer, not the speaker;
            # but "Minister of Energy Azim Akhmedov" names the minister after the title
            titled = (
                k - 1 >= 0
                and i > k
                and names[k - 1][:1].isupper()
                and norm(names[k - 1]) in words["titles"]
                # ("the lawyer of Dr. Imogen Clarke", "a spokesman for Mr. Lee": an honorific
                # after "of" or "for" is the object's, a person the role's phrase names)
                and not (
                    k >= 2
                    and norm(names[k - 2]) in ("of", "for")
                    and (
                        norm(names[k - 1]) in _HONORIFICS
                        # ("the widow of Sgt Tom Bale", "the son of Captain Ann Roe": any title
                        # after a kinsman's noun and "of" is the other person's)
                        or k >= 3
                        and names[k - 3][:1].islower()
                        and norm(names[k - 3]) in _KIN
                    )
                )
            )
            # ("Bank of England governor Andrew Bailey": a role in lower case right before
            # the run names the person it opens, whatever preposition came before)
            role_before = (
                k >= 2
                and names[k - 1][:1].islower()
                # (or a title written in lower case as a role: "Bank of Yamato chief Tom Price")
                and (norm(names[k - 1]) in words["heads"] or norm(names[k - 1]) in words["titles"])
                # (an institution's capitalised name before it, not "the wife of farmer Tom Reed")
                and names[0][:1].isupper()
                and all(t[:1].isupper() or norm(t) in _NAME_JOINERS for t in names[: k - 1])
            )
            if _in_name_of_cause(names, k, i):
                k -= 2  # "Faith in Action", "the charity Hope in Harvest": one name
            elif not (
                split
                or titled
                or role_before
                or _portfolio_title(names, k, words)
                or _named_after_role(names, k, words)
            ) and (
                any(norm(t) in PREPOSITIONS for t in names[max(0, k - 3) : k])
                or _after_preposition(names, k, words)
                or _employer_run(names, k, words)
                or _sources_inside(names, k)
            ):
                continue
            if any(t.rstrip(",") in _INSTITUTION_ENDS for t in names[k : i + 1]) and _person_before_employer(
                names, k, words
            ):
                # "Jane Ross of St Thomas Hospital", "Dr Ann Lee of King's College London", "Dr Ola
                # Ade of Queen Mary University of London": the employer's name, an institution's
                # word in it (at its end or not)
                continue
            if k == i == 0 and _PARTICIPLE_RE.fullmatch(tok) and len(names) > 1 and names[1][:1].islower():
                continue  # "Speaking at her home ..., the 46-year-old": a participle opens the phrase
            if (
                k == i == len(names) - 1
                and i >= 1
                and norm(names[0]) in ("the", "a", "an")
                # ("the singer Adele", "the union Unite": a name in apposition to the noun)
                and not _close_apposition(names, i, words)
                and all(w[:1].islower() or w[:1].isdigit() for w in names[1:i])
                # ("the daughter, Emma": a given name the lists know in apposition after a
                # person's noun and a comma; not "the sheep farmer, Cumbria", a place)
                and not (
                    names[i - 1].endswith(",")
                    and person_head(norm(names[i - 1].rstrip(",")))
                    and norm(tok.rstrip(",")) in words["given_names"]
                )
            ):
                demonym = i  # "the 52-year-old Frenchman": a person's name takes no article
                break
            while (
                k > 0
                and k == i
                and norm(tok.rstrip(",")) in _SERVICE_WORDS
                and names[k - 1][:1].isupper()
                and norm(names[k - 1]) in words["titles"]
                and norm(names[k - 1]) not in words["given_names"]
            ):
                k -= 1  # "the National Guard", "the Republican Guard": a title's word in a service's name
            if (
                k > 0
                and names[k - 1] in ("National", "Federal")
                and (tok.rstrip(",") in ORG_SUFFIXES or norm(tok.rstrip(",")) in NAME_ORG_ENDS)
            ):
                k -= 1  # "the National Farmers' Guild", "the Federal Statistical Office": the body's word
                while k - 1 >= 0 and _in_run(names, k - 1, i, words) and not names[k - 1].endswith(","):
                    k -= 1  # ("the Tamil National Front": the words before it too)
            if k > 0 and nation_of_body(
                [t.rstrip(",") for t in names[k - 1 : i + 1]],
                [norm(t) for t in names[k - 1 : i + 1]],
                0,
                words,
            ):
                k -= 1  # "the British Retail Consortium", "UK Hospitality": the country's word is the body's
            if (
                k > 0
                and names[k - 1] == "One"
                and one_in_name(names[k - 1 : i + 1], [norm(t) for t in names[k - 1 : i + 1]], words)
            ):
                k -= 1  # "One Nation", "the One Campaign": the name's own first word
            run_end, run_start = i, k
            break
    return run_start, run_end, demonym


def _whole_before_given(names: list[str], k: int, g: int, words: dict) -> bool:
    """The words from ``k`` up to the known given name at ``g`` are the person's own: initials
    ("W. A. Sunil Fernando"), or one word written as a first name right after a role or a
    title ("Election Commission secretary Akhtar Ahmed Sarkar", "Secretary Akhtar ..."),
    where a body's name would not stand ("AgroMarket Consult Pavel Hrytsenko" is cut)."""
    if all(_INITIAL_RE.fullmatch(t) for t in names[k:g]):
        return True
    return (
        g == k + 1
        and k >= 1
        and (norm(names[k - 1]) in words["titles"] or role_word(norm(names[k - 1]), words))
        and norm(names[k - 1]) not in TITLE_MODIFIERS  # ("Siberian Federal District ...")
        and not names[k - 1].endswith(("'s", "\u2019s", ","))
        and first_name_word(names[k], norm(names[k]), words)
    )
