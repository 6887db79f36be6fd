"""What the text shows of a source typed as a person that makes it an organisation: a name
written with an acronym after it ("The Joint Defense Staff (JDS) said"), a name shaped as a
brand or a web address ("BuzzFeed", "Factcheck.org"), or a one-word name the text never
gives in full that "reported" something ("Kyoren reported that ..."): a person is brought in
with a full name, and outlets report; or a one-word name in apposition after a body's noun
("the weather agency, Aemet,"). Read once a document, after every source is resolved."""

from __future__ import annotations

import re

from ._names import speaker_words

__all__ = ["typed_by_text"]

#: an inner capital after a word of three letters or more ("BuzzFeed", "EgyptAir"), not a
#: surname's prefix ("McConnell", "MacArthur", "DeSantis", "VanDyke")
_BRAND_RE = re.compile(r"(?!(?:Mac|Van|Von|Del|Della|Dela)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]")
#: a web address's ending ("Factcheck.org", "Tchadinfos.com")
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|info|news|co\.uk|io)$", re.IGNORECASE)


_GENDERED = frozenset("he she him her his".split())
#: a gendered pronoun early in what was reported ("Lind reported that her car ..."): a person's
_GENDERED_RE = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


#: an acronym in brackets after a name ("Joint Defense Staff (JDS)")
_BRACKETED_ACRONYM_RE = re.compile(r"\s+\(([A-Z]{2,8})\)")


def _acronym_names(text: str) -> dict[str, list[tuple[str, str]]]:
    """The words before each bracketed acronym of the text, with the acronym, by every
    ending of their last word: one pass (a search per name over the whole text, or a test
    of every acronym per name, was quadratic on a long text)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for m in _BRACKETED_ACRONYM_RE.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        for k in range(len(last)):
            index.setdefault(last[k:], []).append((before, m.group(1)))
    return index


def _acronym_after(acronyms: dict[str, list[tuple[str, str]]], name: str) -> bool:
    """``name`` written with its acronym in brackets ("Joint Defense Staff (JDS)"): looked up
    by the ending of the name's last word, which ends the words before the acronym."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return any(acronym[0] == name[0] and before.endswith(name) for before, acronym in acronyms.get(last, ()))


def _after_body_noun(text: str, name: str) -> bool:
    """The one-word ``name`` is written in apposition after a body's noun, between commas
    ("Spain's weather agency, Aemet, said", "according to the regulator, Ofwat."): the
    body's name ("the company, Smith said" is no apposition: no comma closes it)."""
    if ", " + name not in text:
        return False  # (most names: no scan of the text)
    orgs = speaker_words()["orgs"]
    for m in re.finditer(r"\b([a-z]+),\s+" + re.escape(name) + r"(?=[,.;]|$)", text):
        before = text[max(0, m.start() - 60) : m.start()]
        if m.group(1) in orgs and re.search(r"(?:\b[Tt]he|['\u2019]s)(?:\s+[a-z-]+){0,3}\s+$", before):
            return True
    return False


def typed_by_text(records: list[dict], text: str) -> list[dict]:
    """``records`` with the sources the text shows to be organisations typed as such (all of
    a source's records)."""
    # (a source a gendered pronoun speaks for, "she said", is a person whatever it reported)
    gendered = {
        r["source_key"]
        for r in records
        if isinstance(r["speaker"], str) and r["speaker"].lower() in _GENDERED
    }
    keys = set()
    acronyms = _acronym_names(text) if "(" in text else {}
    apposed: dict[str, bool] = {}  # (a name's apposition looked for once, not once a record)
    for r in records:
        name = r["speaker_name"]
        if r["source_type"] != "person" or not isinstance(name, str) or not name[:1].isupper():
            continue
        one_word = " " not in name
        if (
            one_word
            and (_BRAND_RE.match(name) or _DOMAIN_RE.search(name))
            or one_word
            and str(r["cue_lemma"]) == "report"
            and r["kind"] != "direct"
            and r["source_key"] not in gendered
            and _GENDERED_RE.search(r["text"], 0, 60) is None
            or acronyms
            and _acronym_after(acronyms, name)
            or one_word
            and r["source_key"] not in gendered
            and (apposed[name] if name in apposed else apposed.setdefault(name, _after_body_noun(text, name)))
        ):
            keys.add(r["source_key"])
    for r in records:
        if r["source_key"] in keys and r["source_type"] == "person":
            r["source_type"] = "organisation"
    return records
