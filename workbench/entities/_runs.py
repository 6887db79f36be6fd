"""Runs of capitalised tokens (candidate names) and their splits at stop words, for the
classifier of ``_rules``."""

from __future__ import annotations

from ._tokens import Doc, lexicon


# ------------------------------------------------------------------------------------ runs
def capital_runs(doc: Doc, blocked: list[bool]) -> list[list[int]]:
    """Capitalised sequences: token indices, with connectors and hyphens inside."""
    lex = lexicon()
    toks, text, n = doc.toks, doc.text, len(doc.toks)
    runs, i = [], 0
    while i < n:
        t = toks[i]
        if not (t.word and t.cap) or blocked[i]:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            gap = text[toks[j - 1].end : toks[j].start]
            nt = toks[j]
            if blocked[j] or "\n" in gap:
                break
            if nt.word and nt.cap and gap in (" ", ""):
                run.append(j)
                j += 1
                continue
            # a plural possessive inside a name: "Kurdistan Workers' Party"
            if (
                nt.text in "'’"
                and gap == ""
                and toks[j - 1].text.endswith("s")
                and j + 1 < n
                and toks[j + 1].word
                and toks[j + 1].cap
                and not blocked[j + 1]
                and text[nt.end : toks[j + 1].start] == " "
            ):
                run += [j, j + 1]
                j += 2
                continue
            # hyphen or ampersand joined: "Putin-Biden", "START-3", "AT&T"
            if (
                nt.text in "-&"
                and gap == ""
                and j + 1 < n
                and toks[j + 1].start == nt.end
                and toks[j + 1].word
                and (toks[j + 1].cap or toks[j + 1].text.isdigit())
                and not blocked[j + 1]
            ):
                run += [j, j + 1]
                j += 2
                continue
            # lowercase connectors followed by a capitalised word: "Bank of England", "bin Salman"
            if (
                nt.text in lex["connector"]
                and gap == " "
                and j + 1 < n
                and toks[j + 1].word
                and toks[j + 1].cap
                and not blocked[j + 1]
                and text[nt.end : toks[j + 1].start] == " "
            ):
                k = j + 1
                if nt.text == "of" and toks[k].text == "the" and k + 1 < n:
                    k += 1
                run += list(range(j, k + 1))
                j = k + 1
                continue
            break
        if (
            j < n
            and toks[j].text.islower()
            and text[toks[j - 1].end : toks[j].start] == " "
            and text[toks[run[0]].start : toks[j].end] in lex["names"]
        ):
            run.append(j)  # a known name ending in a lowercase word: "Minsk agreements"
            j += 1
        runs.append(run)
        i = j
    return runs


def word_toks(doc: Doc, run: list[int]) -> list[int]:
    return [k for k in run if doc.toks[k].word]


def split_at_stops(doc: Doc, run: list[int]) -> list[list[int]]:
    """Split a run at stop words ("I", "But") and strip leading/trailing connectors and stops."""
    lex = lexicon()
    parts: list = []
    cur: list = []
    for k in run:
        t = doc.toks[k].text
        is_stop = t in lex["stop"] or (
            k in doc.initial
            and (t.lower() in lex["stop_lower"] or (t.lower() in lex["role"] and t not in lex["title"]))
            and t not in lex["names"]
        )
        if is_stop and doc.toks[k].cap:
            if cur:
                parts.append(cur)
            cur = []
        else:
            cur.append(k)
    if cur:
        parts.append(cur)
    out = []
    for p in parts:
        while p and (doc.toks[p[0]].text in lex["connector"] or not doc.toks[p[0]].word):
            p = p[1:]
        while p and (doc.toks[p[-1]].text in lex["connector"] or not doc.toks[p[-1]].word):
            p = p[:-1]
        if p:
            out.append(p)
    return out
