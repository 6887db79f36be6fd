"""One document's working state for quote extraction (:class:`Doc`: its text, paragraphs,
sentences and the statements found so far, indexed) and the text helpers the rules share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from ._clause_cut import absolute_cut
from ._clause_speakers import clause_speaker, coordinated_subject, time_led_subject
from ._clauses import has_verb
from ._cues import (
    FIRST_PERSON,
    QUOTE_CHARS,
    n_words,
    participle_lemma,
)
from ._cues import positions_of as positions_of  # re-exported: tests read it here
from ._glued import _GLUED_RE as _GLUED_RE  # re-exported: tests read it here
from ._glued import split_glued as split_glued  # re-exported: _extract, bench
from ._indirect import MIN_CONTENT_WORDS
from ._marks import handle_view, has_quote_marks, mark_view
from ._mentions import Mention
from ._quote_clause_end import cut_after_quote
from ._refused_cues import no_report
from ._second_statement import own_subject
from ._speaker_intro import participle_subject


def default_paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


#: where reported content ends: the subject's next act ("..., and urged that ...", "... but
#: said ...") or a participle that reports more (", saying ...")
_NEXT_ACT_RE = re.compile(
    r",\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?[a-z]{3,}ed\b(?!\s+(?:by|to|that|as|in|on)\b)"
    r"|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|noted|told|urged|argued|insisted|warned)\b"
    r"|,[\"\u201d\u2019']?\s+(?P<part>saying|adding|noting|arguing|insisting|warning|explaining|writing"
    r"|(?:stressing|emphasi[sz]ing|underlining|reaffirming)(?=\s+that\b))\b"
    r"|,\s+telling\b"
    # a naming or characterising participle that ends the words searched: the quotation's own
    # statement starts after it ('said the state would sue, calling the rule "an overreach"',
    # '..., praising the defence as "rock solid"', read before the quotation's record)
    r"|(?P<naming>,\s+(?:calling|describing|dubbing|labell?ing|branding|praising|hailing|dismissing|"
    r"condemning|denouncing|defending|citing|quoting)\s*$)"
)


#: the writer's sourcing after a reported clause: ", citing X", ", the Courier (newspaper)
#: reported (on Saturday)", ", state media reported"
_SOURCING_TAIL_RE = re.compile(
    r",\s+(?:citing\s+(?:(?!of\b)[\w'\u2019-]+\s+){0,3}(?:sources?|officials?|reports?|documents?|witnesses|people|"
    r"persons?|agency|ministry|statement|media|police|newspapers?|daily|outlets?|spokes(?:man|woman|person))"
    r"\b[^,;:\"\u201c\u201d]{0,60}"
    r"|(?:the\s+)?(?:(?:[A-Z][\w'\u2019.&-]*\s+){1,4}|(?:state|local|official|national|[A-Z][a-z]+)\s+)"
    r"(?:(?:news\s+)?(?:agency|newspaper|daily|paper|broadcaster|network|television|TV|radio|channel|website|outlet"
    r"|media)\s+)?reported(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+earlier)?)"
    r"[.!?\"\u201d]?\s*$"
)


class Doc:
    """Working state of one document's extraction."""

    def __init__(self, text, paragraphs, sentences):
        # the structure is read on the marks' view (''typewriter'' marks as "), the
        # statements' words are taken from the text as it is (same offsets)
        self.raw = text
        # (social handles read as names: "wrote @jen_walks", the handle the speaker's name)
        viewed, self.handles = handle_view(text)
        self.text = mark_view(viewed)
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.marked = has_quote_marks(self.text)  # typewriter marks count
        self.rows: list[dict] = []
        # the quoted passages (set once paired) and their opening offsets, in order: a
        # reported clause that ends inside one runs on to its closing mark (see add)
        self._quoted: list = []
        self._quoted_starts: list[int] = []
        # (start, end) of the rows, sorted, and the greatest end among the first k of them
        # (for the first len(_reach) spans; extended when asked): see covered
        self._spans: list[tuple[int, int]] = []
        self._spans_of: list[dict] = self.rows
        self._reach: list[int] = []
        # (end, index) of the rows, sorted: see last_ending_within
        self._ends: list[tuple[int, int]] = []
        self._ends_of: list[dict] = self.rows
        # (start, index) of the rows, sorted: see first_added_within
        self._starts: list[tuple[int, int]] = []
        self._starts_of: list[dict] = self.rows
        # the spans' ends, to find the one holding an offset by bisection (None when the
        # spans are not in order: then they are scanned)
        self._sentence_ends = _ordered_ends(sentences)
        self._paragraph_ends = _ordered_ends(paragraphs)

    def set_quoted(self, spans) -> None:
        """The document's quoted passages (:func:`._marks.quoted_spans`), in order."""
        self._quoted = [sp for sp in spans if sp.open_mark is not None and sp.close_mark is not None]
        self._quoted_starts = [sp.start for sp in self._quoted]

    def _run_to_close(self, a: int, b: int) -> int:
        """``b``, or the end of the quotation that opens within ``[a, b)`` and is still open
        at ``b`` in the same paragraph: 'said that "A. B. C."' reports all of A-C, not the
        first sentence the segmenter cut it at."""
        i = bisect_right(self._quoted_starts, b) - 1
        if i < 0:
            return b
        sp = self._quoted[i]
        if not (a <= sp.open_mark < b < sp.close_mark) or sp.close_mark > self.paragraph_at(b)[1]:
            return b
        if not STOP_RE.search(self.text, b - 1, sp.close_mark):
            return b  # cut inside a sentence of the quotation ("and urged ..."): a choice made
        return sp.close_mark + 1

    def _cut_after_quote(self, a: int, b: int) -> int:
        """``b``, or where a new clause starts after a quotation closed in ``[a, b)``
        (:func:`._quote_clause_end.cut_after_quote`)."""
        return cut_after_quote(self.text, self._quoted, self._quoted_starts, a, b)

    def add(self, kind, parts, mention, cue, cue_lemma, *, to_attribution=False, min_words=None):
        """Add a statement; ``to_attribution``: its last piece ends where the attribution
        after it starts ('"We were shocked" before the vote, Lund said'), so no clause
        after a closing mark inside it ends it earlier. ``min_words``: the fewest words of
        an indirect statement, when not ``MIN_CONTENT_WORDS`` (a predicate whose subject
        stands outside it)."""
        if mention.kind == "pronoun" and mention.text.lower() in FIRST_PERSON and kind != "direct":
            return False  # "We suggested ...": the speaker's own words, or the narrator's
        if kind != "direct" and parts and no_report(self.text, mention, parts[0][0]):
            return False  # "Some will refuse to say the task is done": nothing said
        subject = coordinated_subject(self.text, mention, cue) or time_led_subject(self.text, mention)
        if subject is not None:
            mention = subject  # "growers complained ... and said", "years ago growers said": the subject
        elif clause_speaker(self.text, mention, cue, cue_lemma):
            return False  # "some of which were about slow" before "claims": a clause, no speaker
        pieces = [trim(self.text, a, b) for a, b in parts]
        pieces = [(a, b) for a, b in pieces if b > a]
        if not pieces:
            return False
        whole_b = pieces[-1][1]
        if kind in ("indirect", "mixed") and self._quoted and not to_attribution:
            a, b = pieces[-1]
            b = whole_b = self._run_to_close(a, b)
            pieces[-1] = trim(self.text, a, absolute_cut(self.text, a, self._cut_after_quote(a, b)))
        if kind in ("indirect", "mixed") and not to_attribution:
            # "X said A, and urged B" / "said A, saying B": the subject's next act or a
            # second cue ends the reported clause
            a, b = pieces[-1]
            stop = _NEXT_ACT_RE.search(self.text, a + 1, b)
            after_quote = False
            if stop is None and whole_b > b and isinstance(cue, str):
                # 'said the driver was "lucky to be alive," adding that ...': the quotation's
                # end cut the clause right before the participle, which still reports (not
                # after a quoted phrase with no cue: 'The court heard that Reed had called
                # it "...," insisting ...' is Reed's insisting, not the court's)
                stop = _NEXT_ACT_RE.search(self.text, max(a + 1, b - 2), whole_b)
                if (
                    stop is not None
                    and (
                        not stop.group("part")
                        or self.text[b - 1] not in QUOTE_CHARS  # (the cut is at the quotation's end)
                        or self.text[b : stop.start()].strip()
                    )
                ):
                    stop = None
                after_quote = stop is not None
                b = whole_b if after_quote else b
            if stop is not None and stop.group("naming") and not has_verb(self.text[a : stop.start()]):
                stop = None  # ('wrote a letter to X, calling it "..."': an object, no clause, stays whole)
            if stop is not None and n_words(self.text[a : stop.start()]) >= MIN_CONTENT_WORDS:
                cut = stop.start() + (
                    2 if self.text[stop.start() + 1 : stop.start() + 2] in QUOTE_CHARS else 0
                )
                pieces[-1] = trim(self.text, a, cut)
                if stop.group("part") and len(pieces) == 1:
                    # 'said the bridge "would collapse," adding, "B."': B is the same speaker's
                    # second statement, cued by the participle
                    rest = re.match(r"[\s,:]*(?:that\s+)?", self.text[stop.end() : b])
                    k = stop.end() + (rest.end() if rest else 0)
                    e = k + len(self.text[k:b].rstrip())
                    second = self.text[k:e]
                    quoted = sum(second.count(c) for c in QUOTE_CHARS) == 2 and second[:1] in QUOTE_CHARS
                    if quoted and second[-1:] in QUOTE_CHARS:
                        kind, k, e = "direct", k + 1, e - 1  # the whole of it in marks
                    # (", and the union has petitioned the board, saying B": the union's)
                    speaker: Mention | None = own_subject(self.text, a, stop.start(), mention)
                    if after_quote:
                        # (the first statement's may be a clause's inside the sentence: "blamed
                        # the media for X's claim that ... "founded it," saying ...": the
                        # participle is the sentence subject's)
                        sentence = self.sentence_at(stop.start())
                        speaker = (
                            participle_subject(self.text, sentence[0], stop.start()) if sentence else None
                        )
                    if speaker is not None:
                        self.add(
                            kind, [(k, e)], speaker, stop.group("part"), participle_lemma(stop.group("part"))
                        )
        if (
            kind in ("indirect", "mixed")
            and not to_attribution
            and "," in self.text[pieces[-1][0] : pieces[-1][1]]
        ):
            # "X said A, citing a military source", "X said A, the Courier reported on
            # Saturday": how the writer sourced it is no part of A
            a, b = pieces[-1]
            tag = _SOURCING_TAIL_RE.search(self.text, a, b)
            if tag is not None and n_words(self.text[a : tag.start()]) >= MIN_CONTENT_WORDS:
                pieces[-1] = trim(self.text, a, tag.start())
        a, b = pieces[-1]
        if a > 0 and self.text[a - 1] in '"\u201c' and self.text[b - 1] in '"\u201d':
            if not any(c in self.text[a : b - 1] for c in QUOTE_CHARS):
                # 'cheering "Hooray for the park" as she did': the quotation alone, not its mark
                pieces[-1] = (a, b - 1)
        pieces = [_whole_marks(self.raw, a, b) for a, b in pieces]
        body = " ".join(self.raw[a:b] for a, b in pieces)
        if n_words(body) < (1 if kind == "direct" else min_words or MIN_CONTENT_WORDS):
            return False
        if kind == "indirect" and any(c in body for c in QUOTE_CHARS):
            kind = "mixed"
        self.rows.append(
            {
                "kind": kind,
                "parts": pieces,
                "mention": mention,
                "cue": cue,
                "cue_lemma": cue_lemma,
                "char_start": pieces[0][0],
                "char_end": pieces[-1][1],
                "text": body,
            }
        )
        span = (pieces[0][0], pieces[-1][1])
        k = bisect_right(self._spans, span)
        self._spans.insert(k, span)
        del self._reach[k:]  # (nothing, when added in text order)
        insort(self._ends, (pieces[-1][1], len(self.rows) - 1))
        insort(self._starts, (pieces[0][0], len(self.rows) - 1))
        return True

    def first_start_within(self, a: int, b: int) -> int | None:
        """The first start of a statement strictly inside ``(a, b)``, or None."""
        spans = self._sorted_spans()
        i = bisect_right(spans, (a, float("inf")))
        return spans[i][0] if i < len(spans) and spans[i][0] < b else None

    def truncate(self, n: int) -> None:
        """Drop the statements added after the first ``n``, keeping the indexes (a rebuild
        per dropped try was quadratic on a long text); the longest length may stay an
        upper bound, which only widens covered's window."""
        if self._spans_of is self.rows and len(self._spans) == len(self.rows):
            for r in self.rows[n:]:
                k = bisect_left(self._spans, (r["char_start"], r["char_end"]))
                del self._spans[k]
                del self._reach[k:]
        if self._ends_of is self.rows and len(self._ends) == len(self.rows):
            for k in range(n, len(self.rows)):
                del self._ends[bisect_left(self._ends, (self.rows[k]["char_end"], k))]
        if self._starts_of is self.rows and len(self._starts) == len(self.rows):
            for k in range(n, len(self.rows)):
                del self._starts[bisect_left(self._starts, (self.rows[k]["char_start"], k))]
        del self.rows[n:]

    def last_ending_within(self, lo: int, hi: int) -> dict | None:
        """The statement added last whose end lies in ``[lo, hi]`` (None if none)."""
        # indexed by end, not scanned: a scan of all rows per quotation was quadratic
        ends = self._sorted_ends()
        window = ends[bisect_left(ends, (lo, -1)) : bisect_left(ends, (hi + 1, -1))]
        return self.rows[max(n for _, n in window)] if window else None

    def latest_end_within(self, lo: int, hi: int, start_before: int) -> dict | None:
        """Of the statements that end in ``[lo, hi]`` and start before ``start_before``, the
        one that ends last (the first added of those ending there), or None: the statement
        a clause after ``hi`` goes on from, read from the index of ends, not a scan of all."""
        ends = self._sorted_ends()
        best = best_end = None
        # from the last end down: the first end with a statement that starts early enough
        # is the answer; among its statements (by index, descending) the last one kept is
        # the first added
        for k in range(bisect_left(ends, (hi + 1, -1)) - 1, bisect_left(ends, (lo, -1)) - 1, -1):
            end, n = ends[k]
            if best_end is not None and end < best_end:
                break
            if self.rows[n]["char_start"] < start_before:
                best, best_end = n, end
        return self.rows[best] if best is not None else None

    def first_added_within(self, lo: int, hi: int, n: int) -> dict | None:
        """Of the first ``n`` statements, the one added first that starts in ``[lo, hi)``, or
        None (read from the index of starts: a scan of all rows per sentence was quadratic)."""
        if self._starts_of is not self.rows or len(self._starts) != len(self.rows):
            self._starts_of = self.rows
            self._starts = sorted((r["char_start"], k) for k, r in enumerate(self.rows))
        window = self._starts[bisect_left(self._starts, (lo, -1)) : bisect_left(self._starts, (hi, -1))]
        first = min((k for _, k in window if k < n), default=None)
        return self.rows[first] if first is not None else None

    def _sorted_ends(self) -> list[tuple[int, int]]:
        """Sorted (end, index) pairs of the rows, rebuilt when ``rows`` was changed other
        than by add or truncate."""
        if self._ends_of is not self.rows or len(self._ends) != len(self.rows):
            self._ends_of = self.rows
            self._ends = sorted((r["char_end"], n) for n, r in enumerate(self.rows))
        return self._ends

    def sentence_at(self, k: int) -> tuple[int, int] | None:
        """The first sentence holding offset ``k``."""
        if self._sentence_ends is None:
            return next(((a, b) for a, b in self.sentences if a <= k < b), None)
        i = bisect_right(self._sentence_ends, k)
        if i < len(self.sentences) and self.sentences[i][0] <= k:
            return self.sentences[i]
        return None

    def paragraph_at(self, k: int) -> tuple[int, int]:
        """The first paragraph holding offset ``k`` or ending there, else ``(0, 0)``."""
        if self._paragraph_ends is None:
            return para_of(self.paragraphs, k)
        i = bisect_left(self._paragraph_ends, k)
        if i < len(self.paragraphs) and (self.paragraphs[i][0] <= k or self.paragraphs[i][1] == k):
            return self.paragraphs[i]
        return (0, 0)

    def _sorted_spans(self) -> list[tuple[int, int]]:
        """Sorted (start, end) pairs of the rows, rebuilt when ``rows`` was changed other
        than by add or truncate."""
        if self._spans_of is not self.rows or len(self._spans) != len(self.rows):
            self._spans_of = self.rows
            self._spans = sorted((r["char_start"], r["char_end"]) for r in self.rows)
            self._reach = []
        return self._spans

    def covered(self, a, b) -> bool:
        """Whether ``[a, b)`` overlaps a statement found so far."""
        # Sorted (start, end) pairs: of the statements that start before ``b``, the one that
        # reaches furthest overlaps if any does (testing every row found so far was quadratic
        # on a long text; testing those within the longest one's length of ``a``, most of a
        # text's rows after one long statement)
        spans = self._sorted_spans()
        j = bisect_left(spans, (b,))
        if j == 0:
            return False
        reach = self._reach
        if len(reach) < j:
            # the running greatest end, from where it was last known (spans are added in text
            # order, mostly: a few steps each time)
            last = reach[-1] if reach else -1
            for _, end in spans[len(reach) : j]:
                last = end if end > last else last
                reach.append(last)
        return reach[j - 1] > a


def _ordered_ends(spans) -> list[int] | None:
    """The ends of ``spans`` when starts and ends both never decrease (and no span is
    reversed), else None."""
    ok = all(a <= b for a, b in spans) and all(
        p[0] <= q[0] and p[1] <= q[1] for p, q in zip(spans, spans[1:])
    )
    return [b for _, b in spans] if ok else None


def _whole_marks(raw: str, a: int, b: int) -> tuple[int, int]:
    """``a:b`` widened over the rest of a two-character typewriter mark it cuts in half
    (``''A,'' he said``: the mark view reads the pair as one mark and a space)."""
    if a < b < len(raw) and raw[b - 1] == "'" == raw[b] and raw[b - 2 : b - 1] != "'":
        b += 1
    if 0 < a < b and raw[a] in "'`" and raw[a - 1] == raw[a] and raw[a - 2 : a - 1] != raw[a]:
        a -= 1
    return a, b


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:-\u2013\u2014("):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:-\u2013\u2014("):
        b -= 1
    return a, b


#: the stop's character first, then the look-behinds over it (one character wider): a search
#: skips to the next ".", "!" or "?" (a pattern opening with a lookahead was tried at every
#: character); "No." before a number ("the No. 2 on the council") is an abbreviation, as in the
#: segmenter
END_RE = re.compile(
    r"[.!?](?<!\b[A-Z].)(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bProf.)(?<!\bGen.)(?<!\bSen.)"
    r"(?<!\bRep.)(?<!\bGov.)(?<!\bSt.)(?<!\bLt.)(?<!\bCol.)(?<!\bJr.)(?<!\bSr.)(?!(?<=\bNo\.)\s+\d)"
    # ranks of the armed services and the police, the segmenter's titles too ("Army Capt. Ann Roe")
    r"(?<!\bMaj.)(?<!\bCapt.)(?<!\bCmdr.)(?<!\bAdm.)(?<!\bSgt.)(?<!\bCpl.)(?<!\bPvt.)(?<!\bDet.)"
    r"(?<!\bInsp.)(?<!\bSupt.)(?<!\bBrig.)"
    # clergy, courts', councils' and engineers' titles of Irish, British and Philippine copy
    # ('"...," said Atty. Ana Cruz', 'the Rev. Tom Hale', 'Cllr. Mary Ode', 'Hon. Joy Ade')
    r"(?<!\bRev.)(?<!\bFr.)(?<!\bMsgr.)(?<!\bHon.)(?<!\bAtty.)(?<!\bEngr.)(?<!\bCllr.)"
    # Filipino "Ma." (María) before a given name and a surname, a nickname between them or
    # not ("Ma. Lourdes Santiago-Reyes", 'Ma. Teresa "Tess" Cruz'; "said Jack Ma. The firm" ends)
    r"(?!(?<=\bMa\.)\s+[A-Z][a-z]+\s+(?:[\"\u201c\u2018'][A-Z][a-z]+[\"\u201d\u2019']\s+)?[A-Z])"
    r"(?=\s|$)"
)


_MARK_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")


STOP_RE = re.compile(r"[.!?](?=\s)")


def sentence_end(text: str, k: int, limit: int) -> int:
    m = END_RE.search(text, k, limit)
    mark = _MARK_RE.search(text, k, limit)  # the first mark (a find per mark ran to the end)
    nxt = mark.start() if mark is not None else limit
    end = m.end() if m else limit
    return min(end, nxt) if nxt < end else end


def sentence_start_at(doc: Doc, k: int) -> int | None:
    held = doc.sentence_at(k)
    return None if held is None else held[0]


def sentence_end_at(doc: Doc, k: int, para_end: int) -> int:
    """The end of the sentence holding offset ``k`` (without its full stop), within its paragraph."""
    held = doc.sentence_at(k)
    if held is not None:
        a, b = held
        end = min(b, para_end)
        text = doc.text[a:end].rstrip()
        return a + len(text) - (1 if text.endswith((".", "!", "?")) else 0)
    return para_end


def para_of(paragraphs, k):
    for ps, pe in paragraphs:
        if ps <= k < pe or k == pe:
            return ps, pe
    return 0, 0


def span_test(spans: list[tuple[int, int]]):
    """A test of whether an offset lies in one of ``spans`` (``a <= k < b``): by bisection
    when the spans are in order, else by a scan."""
    ends = _ordered_ends(spans)
    if ends is None:
        return lambda k: any(a <= k < b for a, b in spans)

    def inside(k: int) -> bool:
        i = bisect_right(ends, k)
        return i < len(spans) and spans[i][0] <= k

    return inside


#: a paragraph of at most this many words with no closing punctuation is a headline or a
#: heading, not a sentence (headlines in news copy run to about 15 words)
MAX_HEADLINE_WORDS = 20


def is_headline(para: str) -> bool:
    """A one-line paragraph without closing punctuation: a headline or heading."""
    para = para.strip()
    return (
        "\n" not in para
        and not para.endswith(_CLOSING)
        and n_words(para) <= MAX_HEADLINE_WORDS  # last: a long paragraph's words cost most
    )


_CLOSING = tuple('.!?:;,\u2026"\u201c\u201d\u2019\u00bb)')
