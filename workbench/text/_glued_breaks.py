"""Sentence breaks that pasted web copy lost beside a quotation mark or a run-in heading.

Copies lose the space (or the line break) between two sentences in three shapes that
``_doc.split_glued``'s ``.X`` does not cover:

* a full stop before an opening mark of any kind: ``peaceful.„Nobody was hurt,“ said``,
  ``fair."We will appeal," said``, ``fair.«Nous ...»``; after a closing mark the break
  follows the mark (``"It is over."The talks``);
* a subheading run into its paragraph at a lower-to-upper join inside a token, the right
  part a word that opens sentences: ``Talks stalledThe minister said``;
* a subheading before a quotation: ``Shipping hit"We are losing money," said``.

Camel-case names stay whole (iPhone, McDonald, YouTube, PlayStation, DeSantis, LeBron): the
right part must be one of a few function words, followed by a space, not a name's second half.
"""

from __future__ import annotations

from ._segment import MAX_HEADING_WORDS, _heading_stops

__all__ = ["glued_breaks", "run_in_breaks", "stop_mark_breaks"]

#: words that open a sentence and never end a name's first half ("stalledThe minister");
#: each is looked for with the space after it
_OPENERS = (
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "But",
    "This",
    "His",
    "Her",
    "Our",
    "Their",
    "In",
    "On",
)
#: short prepositions that close camel-case words too ("LogIn", "AddOn"): the run-in heading
#: must end in a lower-case word ("talks stalledIn March")
_PREPOSITIONS = frozenset({"In", "On"})
_OPENING = "\u201c\u201e\u00ab"  # “ „ «
_CLOSING = "\u201d\u00bb"  # ” »
_MARKS = '"' + _OPENING
#: what stands before a break at a full stop: the stop itself, or the closing mark after it
_BREAK_AFTER = frozenset(".!?" + _MARKS + _CLOSING)
#: a heading's longest line (characters), and what it holds no more than
_HEADING_CHARS = 160
_HEADING_PUNCT = frozenset('.!?:;,\u2026"\u201c\u201d\u201e\u00ab\u00bb')
#: how far a straight mark's partner is looked for (a quoted sentence or two)
_PARTNER_WINDOW = 400


def _word_before(text: str, k: int) -> str:
    j = k
    while j > 0 and k - j < 64 and not text[j - 1].isspace():
        j -= 1
    return text[j:k]


def _ends_heading(text: str, k: int) -> bool:
    """Whether ``text[:k]`` back to its line's start reads as a heading: 1 to
    ``MAX_HEADING_WORDS`` words from a capital or digit, no sentence or clause punctuation
    (so "Lund said\"We ..." with a lost space keeps its attribution)."""
    limit = max(0, k - _HEADING_CHARS)
    j = text.rfind("\n", limit, k)
    if j < 0 and limit > 0:
        return False
    part = text[j + 1 : k].strip()
    words = part.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and (part[0].isupper() or part[0].isdigit())
        and not any(ch in _HEADING_PUNCT for ch in part)
        and words[-1].lower() not in _heading_stops()  # "Lund said\"We", "Rise of\"The"
        # a capitalised last word is a heading's in title case ("Union DefiantThe"), else a
        # camel-case name in a sentence ("bought a PostIt pad")
        and (not words[-1][0].isupper() or all(w[0].isupper() or not w[0].isalpha() for w in words))
    )


def straight_opens(text: str, k: int) -> bool:
    """Whether the straight mark at ``k``, glued on both sides, opens: its partner follows
    within the line after the quotation's own punctuation ('fair."We will appeal," said')."""
    end = text.find("\n", k + 1, k + _PARTNER_WINDOW)
    j = text.find('"', k + 1, end if end >= 0 else k + _PARTNER_WINDOW)
    return j > 0 and text[j - 1] in ",.!?\u2026"


def _german_close(text: str, k: int) -> bool:
    """A “ closes in German copy („...“)."""
    return text[k] == "\u201c" and text.rfind("\u201e", max(0, k - _PARTNER_WINDOW), k) >= 0


def _mark_breaks(
    text: str, marks: list[int], abbreviations: frozenset[str], *, after_stop: bool = True
) -> list[int]:
    out = []
    for k in marks:
        if k < 2 or k + 2 >= len(text):
            continue
        first, second = text[k + 1], text[k + 2]
        if not ("A" <= first <= "Z" and (second.islower() or (first in "IA" and second in " '\u2019"))):
            continue  # a capitalised word, or "I"/"A" alone ("„I want")
        ch, before = text[k], text[k - 1]
        if before in ".!?" and after_stop:
            prev = text[k - 2]
            if not (prev.islower() or prev.isdigit() or prev in "%)\u2019'"):
                continue  # "U.S."We": initials
            word = _word_before(text, k - 1).lstrip("\"'\u201c\u201e\u00ab(").lower()
            if before == "." and word in abbreviations:
                continue
            if ch in _CLOSING or _german_close(text, k) or (ch == '"' and not straight_opens(text, k)):
                out.append(k + 1)  # '"It is over."The talks': the mark ends the first
            elif ch in _OPENING or ch == '"':
                out.append(k)
        elif before.islower() and text[k - 2].isalpha() and _ends_heading(text, k):
            if ch in _OPENING and not _german_close(text, k) or ch == '"' and straight_opens(text, k):
                out.append(k)  # 'Shipping hit"We are losing money," said'
    return out


def _heading_breaks(text: str) -> list[int]:
    out = []
    find = text.find
    for word in _OPENERS:
        probe = word + " "
        k = find(probe, 2)
        while k >= 0:
            nxt = text[k + len(probe) : k + len(probe) + 1]
            # ("The minister", "A bet", "In March"; not "PoA Checks", "SewCanShe Free")
            if text[k - 1].islower() and text[k - 2].isalpha() and (nxt.islower() or word in _PREPOSITIONS):
                left = _word_before(text, k)
                # "SewCan|She", "Qn|A bots": a name's middle
                camel = any(c.isupper() for c in left[1:]) or (len(word) == 1 and len(left) < 3)
                if not camel and _ends_heading(text, k) and (word not in _PREPOSITIONS or left.islower()):
                    out.append(k)
            k = find(probe, k + 1)
    return out


def glued_breaks(text: str, marks: list[int], abbreviations: frozenset[str]) -> list[int]:
    """Where a sentence starts in ``text`` with no space before it (sorted offsets), beside
    the double quotation marks at ``marks`` or after a run-in heading; ``abbreviations``:
    words whose full stop ends no sentence ("dr")."""
    return sorted(set(_mark_breaks(text, marks, abbreviations) + _heading_breaks(text)))


def run_in_breaks(text: str) -> list[int]:
    """Where a run-in heading ends in ``text`` with no space after it (sorted offsets): before
    a sentence opener ("stalledThe minister") or an opening quotation mark ("hit\"We are")."""
    marks = []
    for mark in _MARKS:  # (each found by str.find: a character-set search tests every character)
        k = text.find(mark)
        while k >= 0:
            marks.append(k)
            k = text.find(mark, k + 1)
    marks.sort()
    return sorted(set(_mark_breaks(text, marks, frozenset(), after_stop=False) + _heading_breaks(text)))


def stop_mark_breaks(text: str, marks: list[int], abbreviations: frozenset[str]) -> list[int]:
    """The breaks of :func:`glued_breaks` at a full stop glued to a quotation mark only
    (sorted): where glued paragraphs of a quotation that runs over several of them
    met ('afraid for him."They tell us nothing.')."""
    return [k for k in _mark_breaks(text, marks, abbreviations) if text[k - 1] in _BREAK_AFTER]
