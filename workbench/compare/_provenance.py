"""Where each group of reports came from: outlets, sources, voice, tone, top themes and evidence
of translation, one row per field and a column per group."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pandas as pd

from ..schema import as_table
from ..text import count_words
from ._groups import NARRATOR, UNKNOWN, statements

#: How many distinctive terms make a group's "top themes".
N_THEMES = 6
#: Words in a document that say it is a translation (any language the copies come in).
TRANSLATION_CUES = re.compile(
    r"\b(?:translated\s+(?:from|by)|translation\s+(?:from|by)|machine[- ]translated|translated)\b"
    r"|\bперевод\w*|\btraduit\w*|\btraducci[oó]n\b|\bübersetz\w*",
    re.IGNORECASE,
)


def translation_evidence(corpus, doc_id: str) -> str:
    """Whether a document is a translation, and why we think so.

    ``yes``: the text or page says "translated"/"translation" (or the word in Russian,
    French, Spanish, German). ``likely``: the page around the article (navigation,
    advertising, comments) is in another language than the article body — a site in
    one language carrying an article in another. Otherwise ``unknown``."""
    docs = corpus.documents.set_index("doc_id")
    lang = docs.at[doc_id, "language"]
    blocks = corpus.blocks[corpus.blocks["doc_id"] == doc_id]
    for text in [docs.at[doc_id, "text"], *blocks["text"].dropna()]:
        m = TRANSLATION_CUES.search(str(text))
        if m:
            return f"yes (cue: “{m.group(0)}”)"
    around = blocks[(blocks["kind"] != "body") & blocks["language"].notna()]
    other = sorted(set(around["language"]) - {lang}) if pd.notna(lang) else []
    if other:
        return f"likely (page furniture in {', '.join(other)}; article in {lang})"
    return UNKNOWN


def group_sentences(corpus, ids) -> pd.DataFrame:
    from ..sentiment import scored_sentences

    s = scored_sentences(corpus)
    st = statements(corpus, ids, unit="sentence")
    return s[s["sent_id"].isin(set(st["id"]))]


def _join(values) -> str:
    vals = sorted({str(v) for v in values if pd.notna(v) and str(v)})
    return "; ".join(vals) if vals else UNKNOWN


def _themes(corpus, groups: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each group's most distinctive terms (weighted log-odds, :func:`topics.distinctive_terms`)."""
    mapping: dict = {}
    for name, ids in groups.items():
        for sid in statements(corpus, ids)["id"]:
            mapping.setdefault(str(sid), str(name))
    try:
        from ..topics import distinctive_terms

        terms = distinctive_terms(corpus, by=mapping, min_count=2)
    except (ImportError, ValueError):
        return {name: UNKNOWN for name in groups}
    terms = terms[terms["count"] >= 2].sort_values(["group", "z", "term"], ascending=[True, False, True])
    return {
        name: ", ".join(terms.loc[terms["group"] == name, "term"].head(N_THEMES)) or UNKNOWN
        for name in groups
    }


def provenance(corpus, groups: Mapping[str, Iterable[str]], *, random_state=None) -> pd.DataFrame:
    """The groups side by side: one row per ``field``, one column per group (strings).

    Fields: documents, outlet, original source, translation (:func:`translation_evidence`),
    author, published, words / paragraphs / sentences (of the group's sentences), sources
    named and anonymous (with their names), share of voice (words per voice, narrator
    included), top themes (distinctive terms), mean tone with its 95% bootstrap interval."""
    from ..quotes import share_of_voice
    from ..sentiment import summarise

    docs = corpus.documents.set_index("doc_id")
    q = as_table(corpus, "quotes")
    src = as_table(corpus, "sources")
    sov = share_of_voice(corpus)
    themes = _themes(corpus, groups)
    cols = {}
    for name, ids in groups.items():
        ids = set(map(str, ids))
        sents = group_sentences(corpus, ids)
        doc_ids = sorted(set(sents["doc_id"]))
        d = docs.loc[doc_ids]
        words = int(sum(count_words(t) for t in sents["text"]))
        gq = q[q["sent_id"].isin(set(sents["sent_id"]))] if len(q) else None
        whole_docs = ids <= set(docs.index)
        if gq is not None and not whole_docs:
            gq = gq[gq["quote_id"].isin(ids) | gq["sent_id"].isin(ids)]
        names = named = anon = []
        if gq is not None and len(gq):
            s = src[src["source_id"].isin(set(gq["source_id"]))].sort_values("name")
            named = list(s.loc[~s["anonymous"].astype(bool), "name"])
            anon = list(s.loc[s["anonymous"].astype(bool), "name"])
            names = named + anon
        v = sov[sov["doc_id"].isin(doc_ids)]
        if not whole_docs:
            v = v[
                v["name"].isin(names)
                | ((v["source_id"] == NARRATOR) & (NARRATOR in ids or bool(ids & set(sents["sent_id"]))))
            ]
        v = v.groupby("name", as_index=False)["n_words"].sum()
        v["share"] = v["n_words"] / max(v["n_words"].sum(), 1)
        v = v.sort_values(["share", "name"], ascending=[False, True])
        tone = summarise(sents.assign(group=name), "group", random_state=random_state)
        tone_txt = (
            f"{tone.at[0, 'mean']:+.3f} [{tone.at[0, 'ci_low']:+.3f}, {tone.at[0, 'ci_high']:+.3f}]"
            if len(tone)
            else UNKNOWN
        )
        published = [p.strftime("%Y-%m-%d") for p in d["published"] if pd.notna(p)]
        cols[str(name)] = {
            "documents": ", ".join(doc_ids) or UNKNOWN,
            "outlet": _join(d["outlet"]),
            "original source": _join(d["original_source"]),
            "translation": "; ".join(translation_evidence(corpus, i) for i in doc_ids) or UNKNOWN,
            "author": _join(d["author"]),
            "published": _join(published),
            "language": _join(d["language"]),
            "words": str(words),
            "paragraphs": str(sents["para_id"].nunique()),
            "sentences": str(len(sents)),
            "sources named": f"{len(named)}: {', '.join(named)}" if named else "0",
            "sources anonymous": f"{len(anon)}: {', '.join(anon)}" if anon else "0",
            "share of voice": ", ".join(f"{n} {s:.0%}" for n, s in zip(v["name"], v["share"])) or UNKNOWN,
            "top themes": themes.get(name, UNKNOWN),
            "mean tone [95% CI]": tone_txt,
        }
    out = pd.DataFrame(cols)
    out.index.name = "field"
    return out.reset_index().astype("string")
