"""Words to terms: tokens with offsets, stop words, a light lemmatiser and phrases.

Used by topics, distinctive terms and collocates so they all count the same terms::

    analyzer = TermAnalyzer().fit(corpus.sentences["text"])
    analyzer("Prisoner exchanges between the US and Russia")
    # ['prisoner exchange', 'united states', 'russia']

Choices, each readable in ``workbench/resources/``:

* stop words: scikit-learn's English list adjusted by ``stopwords_news.txt`` (news
  boilerplate added: "said", "told", "according", ...; content words kept: "former", ...);
* lemmatiser: written here, rules for plurals and possessives plus the exceptions of
  ``topics_lemmas.txt``. It only folds inflections that keep labels readable
  ("negotiations" -> "negotiation"); verbs keep their form. No model, nothing downloaded,
  the same on every machine (a stemmer such as Snowball gives "negoti", unfit for labels);
* phrases, matched longest first: ``phrases_news.txt`` (a short list), ``phrases_aliases.txt``
  ("US" -> "united states"), and what :meth:`TermAnalyzer.fit` learns from the corpus:
  adjacent word pairs whose normalised PMI (Bouma 2009) is at least ``threshold`` and count at
  least ``min_count``, and repeated pairs of capitalised words (names: "Paul Whelan").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import pandas as pd

from ..text import english_stop_words, resource_lines

#: A word: letters or digits, with inner periods, apostrophes or hyphens ("1.5", "U.S", "don't",
#: "back-channel"). Underscores are not letters.
WORD = re.compile(r"[^\W_]+(?:[.'’\-][^\W_]+)*")
#: Between two words of one phrase only spaces and hyphens may stand ("United States-Russia").
JOINER = re.compile(r"[\s\-]*")
#: Contraction endings: a word with one is a function word ("don't", "they're").
CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'m", "'d")
#: Learned collocations: minimum normalised PMI (−1..1; 0 = independent, 1 = always together).
#: 0.5 keeps pairs like "strategic stability" and drops chance pairs like "official said".
NPMI_THRESHOLD = 0.5
#: Learned collocations and names must occur at least this often in the corpus fitted.
MIN_PHRASE_COUNT = 2


@cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words with ``stopwords_news.txt`` added and kept."""
    add: set[str] = set()
    keep: set[str] = set()
    section = None
    for line in resource_lines("stopwords_news.txt"):
        if line in ("[add]", "[keep]"):
            section = line
        elif line:
            (add if section == "[add]" else keep).add(line.lower())
    return frozenset((set(english_stop_words()) | add) - keep)


@cache
def _lemma_exceptions() -> dict[str, str]:
    out = {}
    for line in resource_lines("topics_lemmas.txt"):
        parts = line.split()
        if parts:
            out[parts[0].lower()] = parts[-1].lower()
    return out


@cache
def aliases() -> dict[str, str]:
    """Written form -> term, from ``phrases_aliases.txt`` (case-sensitive keys)."""
    out = {}
    for line in resource_lines("phrases_aliases.txt"):
        if "=>" in line:
            forms, term = line.split("=>")
            for form in forms.split("|"):
                out[form.strip().rstrip(".")] = " ".join(term.lower().split())
    return out


@cache
def listed_phrases() -> dict[tuple[str, ...], str]:
    """The phrases of ``phrases_news.txt`` and aliases: normalised words -> the term as listed."""
    out = {}
    for line in resource_lines("phrases_news.txt") + [t for t in aliases().values()]:
        words = [w for w, _s, _e in tokens(line)]
        if len(words) > 1:
            out[tuple(normalise(w) for w in words)] = " ".join(w.lower() for w in words)
    return out


def tokens(text: str, *, offset: int = 0, split_hyphens: bool | str = "capitalised"):
    """``(word, char_start, char_end)`` for each word of ``text``, offsets shifted by ``offset``.

    ``split_hyphens``: True splits every hyphenated word, False none, ``"capitalised"``
    (default) splits before a capital ("States-Russia", "US-Russian") and keeps compounds
    ("back-channel", "START-3").
    """
    out: list[list] = []  # [word, start], the word grown as hyphenated parts join it
    for m in WORD.finditer(text):
        word, start = m.group(), m.start()
        if split_hyphens and "-" in word:
            pos = start
            for k, part in enumerate(word.split("-")):
                if k == 0 or split_hyphens is True or part[:1].isupper():
                    out.append([part, pos])
                else:
                    out[-1][0] += "-" + part
                pos += len(part) + 1
        else:
            out.append([word, start])
    return [(w, s + offset, s + offset + len(w)) for w, s in out]


@lru_cache(maxsize=100_000)
def normalise(word: str) -> str:
    """Lower case, apostrophes unified, possessive dropped, plural folded ("Kremlin's" -> "kremlin")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    exceptions = _lemma_exceptions()
    if w in exceptions:
        return exceptions[w]
    if len(w) <= 3 or any(c.isdigit() for c in w) or not w.endswith("s"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is", "'s")):
        return w
    return w[:-1]


def is_content(word: str, norm: str) -> bool:
    """A word that can be a term: not a stop word or contraction, at least two characters, a letter."""
    low = word.lower().replace("’", "'")
    stops = stop_words()
    return (
        len(norm) > 1
        and any(c.isalpha() for c in norm)
        and low not in stops
        and norm not in stops
        and not low.endswith(CONTRACTIONS)
    )


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


class TermAnalyzer:
    """Text -> terms (stop words out, lemmas, phrases kept together), scikit-learn style.

    ``fit(texts)`` learns the corpus's phrases (``phrases_``: phrase, count, score, kind);
    calling the analyzer on a text returns its terms; :meth:`terms` gives them with offsets.
    ``min_count`` and ``threshold`` control learned phrases; ``phrases=False`` turns phrases off;
    ``lemmatize=False`` keeps words as written (lower-cased).
    """

    def __init__(
        self,
        *,
        phrases: bool = True,
        min_count: int = MIN_PHRASE_COUNT,
        threshold: float = NPMI_THRESHOLD,
        lemmatize: bool = True,
        extra_stop_words=(),
    ):
        self.phrases = phrases
        self.min_count = min_count
        self.threshold = threshold
        self.lemmatize = lemmatize
        self.extra_stop_words = extra_stop_words

    # -- words -------------------------------------------------------------------------
    def _norm(self, word: str) -> str:
        return normalise(word) if self.lemmatize else word.lower().replace("’", "'")

    def _words(self, text: str, offset: int = 0):
        """(word, norm, start, end, joined_to_previous) with aliases applied."""
        if not hasattr(self, "_known"):
            self.fit([])
        table = aliases() if self.phrases else {}
        out, prev_end = [], None
        for word, start, end in tokens(text, offset=offset):
            joined = (
                prev_end is not None
                and JOINER.fullmatch(text[prev_end - offset : start - offset]) is not None
            )
            alias = table.get(word)
            if alias is not None and end - offset < len(text) and text[end - offset] == "." and "." in word:
                end += 1  # "U.S." keeps its final period
            if alias is not None:
                norm = self._known.get(tuple(normalise(w) for w in alias.split()), alias)
            else:
                norm = self._norm(word)
            out.append((word, norm, start, end, joined, alias is not None))
            prev_end = end
        return out

    def _content(self, word: str, norm: str, is_alias: bool) -> bool:
        return is_alias or (is_content(word, norm) and norm not in self._extra)

    # -- fitting -----------------------------------------------------------------------
    def fit(self, texts: Iterable[str]) -> TermAnalyzer:
        """Learn collocations and names from ``texts`` (sentences are best: pairs never cross them)."""
        self._extra = frozenset(normalise(w) for w in self.extra_stop_words)
        self._known = dict(listed_phrases()) if self.phrases else {}
        self._max_len = max((len(p) for p in self._known), default=1)
        self._starts = {p[0] for p in self._known}
        uni: Counter = Counter()
        bi: Counter = Counter()
        names: Counter = Counter()
        if self.phrases:
            for text in texts:
                merged = self._merge(self._words(str(text)))
                for k, (word, norm, _s, _e, joined, single, content) in enumerate(merged):
                    if not content or not single:
                        continue
                    uni[norm] += 1
                    if k and joined:
                        pw, pn, *_rest, psingle, pcontent = merged[k - 1]
                        if pcontent and psingle:
                            bi[pn, norm] += 1
                            if _capitalised(pw) and _capitalised(word):
                                names[pn, norm] += 1
        total = max(1, sum(uni.values()))
        rows = [
            {"phrase": self._known[p], "count": 0, "score": math.nan, "kind": "list"}
            for p in sorted(self._known)
        ]
        for (a, b), n in sorted(bi.items()):
            if n < self.min_count:
                continue
            p_ab = n / total
            npmi = math.log(p_ab / (uni[a] / total * uni[b] / total)) / -math.log(p_ab) if p_ab < 1 else 1.0
            kind = (
                "name" if names[a, b] >= self.min_count else "collocation" if npmi >= self.threshold else None
            )
            if kind and (a, b) not in self._known:
                rows.append({"phrase": f"{a} {b}", "count": n, "score": round(npmi, 6), "kind": kind})
                self._known[a, b] = f"{a} {b}"
        self._max_len = max((len(p) for p in self._known), default=1)
        self._starts = {p[0] for p in self._known}
        self.phrases_ = (
            pd.DataFrame(rows, columns=["phrase", "count", "score", "kind"])
            .astype({"phrase": "string", "count": "int64", "score": "float64", "kind": "string"})
            .sort_values(["kind", "phrase"], ignore_index=True)
        )
        return self

    def _merge(self, words):
        """Join known phrases, longest first: (word, term, start, end, joined, single, content)."""
        known = self._known
        out, k = [], 0
        while k < len(words):
            word, norm, start, end, joined, is_alias = words[k]
            longest = min(self._max_len, len(words) - k) if norm in self._starts else 1
            for n in range(longest, 1, -1):
                span = words[k : k + n]
                key = tuple(w[1] for w in span)
                if all(w[4] for w in span[1:]) and key in known:
                    out.append((word, known[key], start, span[-1][3], joined, False, True))
                    k += n
                    break
            else:
                out.append(
                    (word, norm, start, end, joined, not is_alias, self._content(word, norm, is_alias))
                )
                k += 1
        return out

    # -- use ---------------------------------------------------------------------------
    def terms(self, text: str, *, offset: int = 0) -> list[tuple[str, int, int]]:
        """``(term, char_start, char_end)`` for each term of ``text`` (offsets shifted by ``offset``)."""
        return [
            (norm, start, end)
            for _w, norm, start, end, _j, _s, content in self._merge(self._words(text, offset))
            if content
        ]

    def __call__(self, text: str) -> list[str]:
        return [t for t, _s, _e in self.terms(text)]


def fit_analyzer(corpus, **options) -> TermAnalyzer:
    """A :class:`TermAnalyzer` fitted on the corpus's sentences."""
    return TermAnalyzer(**options).fit(corpus.sentences["text"].astype(str))


def term_table(corpus, analyzer: TermAnalyzer | None = None) -> pd.DataFrame:
    """One row per term occurrence: ``doc_id, para_id, sent_id, term, char_start, char_end``."""
    analyzer = analyzer or fit_analyzer(corpus)
    rows = []
    s = corpus.sentences
    for doc, para, sent, text, start in zip(
        s["doc_id"], s["para_id"], s["sent_id"], s["text"], s["char_start"]
    ):
        for term, a, b in analyzer.terms(str(text), offset=int(start)):
            rows.append((doc, para, sent, term, a, b))
    return pd.DataFrame(
        rows, columns=["doc_id", "para_id", "sent_id", "term", "char_start", "char_end"]
    ).astype(
        {
            "doc_id": "string",
            "para_id": "string",
            "sent_id": "string",
            "term": "string",
            "char_start": "int64",
            "char_end": "int64",
        }
    )
