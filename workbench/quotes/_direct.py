"""Quoted passages as statements (:func:`direct_statements`): each passage with the
attribution before or after it, joined across an interrupting attribution, or continuing
the statement before it; quoted words left inside narration (:func:`embedded_statements`)."""

from __future__ import annotations

import re

import pandas as pd

from ._attribution import (
    NAMING_PARTICIPLES,
    attributed_apart,
    cue_lemma,
    inverted_run_on_tail,
    is_listed_cue,
    tail_attribution,
)
from ._characterising import clause_trail
from ._clause_cut import coordinated_cut
from ._clauses import MIN_CONTENT_WORDS, complement_subject, has_verb
from ._cues import (
    QUOTE_CHARS,
    n_words,
    participle_lemma,
    reporting_verb_forms,
)
from ._doc import (
    STOP_RE,
    Doc,
    para_of,
    sentence_end_at,
    sentence_start_at,
    trim,
)
from ._embedded import embedded_quotes
from ._head_attribution import (
    bare_cue_clause_end,
    governed_by_head_cue,
    head_attribution,
    opened_mid_sentence,
)
from ._headline_quotes import headline_quote
from ._inscriptions import inscription_before
from ._joined_quotes import conjunction_then_quote, listed_after
from ._long_tails import continues_after_long_tail
from ._manner_quotes import manner_quote
from ._marks import quoted_spans
from ._mentions import Mention
from ._names import norm, speaker_words
from ._nicknames import is_nickname
from ._relative_aside import opens_in_relative_aside
from ._reported_lead import reported_lead
from ._speaker_possessor import possessor_speaker
from ._split_leads import lead_before_attribution
from ._text_ends import last_char
from ._title_leads import title_in_lead

#: A quoted passage with no attribution continues the previous statement's speaker
#: only when it has at least this many words (shorter ones are phrases).
MIN_CONTINUATION_WORDS = 4


#: a lower-case word right after a closing mark: the sentence's clause goes on unquoted
_LOWER_GOES_ON_RE = re.compile(r"[ \t]+[a-z]")


def direct_statements(doc: Doc) -> list:
    """Quoted passages with their attributions (before, after, or continuing the last);
    returns the passages, for the ones left (:func:`embedded_statements`)."""
    text = doc.text
    # ('Mayor Rodolfo "Boy" Macaraeg said ...': a nickname is the name's, no quotation)
    spans = [
        sp
        for sp in quoted_spans(text, doc.paragraphs)
        if not is_nickname(text, sp, doc.paragraph_at(sp.start))
    ]
    doc.set_quoted(spans)
    i = 0
    while i < len(spans):
        sp = spans[i]
        if doc.covered(sp.start, sp.end):
            i += 1
            continue  # inside a statement that an earlier quotation's cue opened
        s = sentence_start_at(doc, sp.start)
        if manner_quote(text, sp, s if s is not None else 0):
            i += 1
            continue  # 'denied the claims "categorically"': how it was done, narration
        ps, _ = doc.paragraph_at(sp.start)
        _, pe = doc.paragraph_at(sp.end)
        if headline_quote(text, (ps, pe), sp.open_mark, sp.close_mark):
            i += 1
            continue  # 'Lund: 'We Will Not Close The Pier'': a headline, not a statement
        parts = [(sp.start, sp.end)]
        found: tuple | None = None
        to_attribution = False  # the statement ends where its attribution after it starts
        unquoted_rest = False  # its last part goes on past the attribution without marks
        if (
            sp.close_mark is not None
            and not _closes_narrated_sentence(text, sp, ps)
            and (_after_colon(text, sp) or not governed_by_head_cue(doc, sp))
        ):
            tail = tail_attribution(doc, sp.close_mark, pe)
            if tail is not None and not is_listed_cue(tail[1]) and opened_mid_sentence(doc, sp) is not None:
                # 'A self-described "shy bookworm," Lund changed his name': any verb after a
                # quotation attributes it only when the quotation opens the sentence
                tail = None
            if tail is None and sp.open_mark is not None and not _opens_mid_sentence(doc, sp):
                tail = inverted_run_on_tail(doc, sp.close_mark, pe)
            if tail is not None and _opens_in_title_lead(doc, sp):
                tail = None  # 'On "Morning Talk," Lund said ...': the cue's words come after
            naming = (
                _fronted_naming(doc, sp.open_mark) if tail is not None and sp.open_mark is not None else None
            )
            if naming is not None:
                # 'Calling the rule "...," the governor said A': the naming's words are the
                # subject's, A the cue's statement (found with the sentence's clauses)
                mention, cue = tail[0], tail[1]
                doc.add(
                    "mixed",
                    [(naming.end(1), sp.close_mark + 1)],
                    mention,
                    naming.group(1),
                    participle_lemma(naming.group(1).lower()),
                )
                end = sentence_end_at(doc, cue.end(), pe)
                end -= len(text[cue.end() : end]) - len(text[cue.end() : end].rstrip(" .!?"))
                rest = text[cue.end() : end]
                k = cue.end() + len(rest) - len(rest.lstrip())
                if is_listed_cue(cue) and n_words(rest) >= MIN_CONTENT_WORDS and has_verb(rest):
                    doc.add("indirect", [(k, end)], mention, cue.group(), cue_lemma(cue))
                i += 1
                continue
            if (
                tail is not None
                and (tail[0].start or 0) > tail[1].start()
                and sp.open_mark is not None
                and opens_in_relative_aside(text, sentence_start_at(doc, sp.open_mark), sp.open_mark)
            ):
                tail = None  # 'X, who called it "...", confirmed the dates': X's predicate
            if tail is not None:
                mention, cue, end, joins = tail
                found = (mention, cue)
                opened = opened_mid_sentence(doc, sp)
                if opened is not None:
                    # 'Teachers there are "very, very pro-union," said X': the words before
                    # the mark belong to the statement the attribution ends
                    parts[0] = (opened, parts[0][1])
                    found = (mention, cue, opened)
                    k = mention.start
                    if (
                        k is not None
                        and cue.start() > k > sp.close_mark + 1
                        and n_words(text[sp.close_mark : k])
                    ):
                        # 'The board made an "error" in the audit, Lund said': the words after
                        # the closing mark, up to the speaker, go on with the statement
                        cut = _title_before(text, sp.close_mark + 1, k)
                        comma = text.rfind(", ", sp.close_mark + 1, cut)
                        if comma > 0 and 0 < n_words(text[comma:cut]) <= 4:
                            cut = comma  # '..., party spokesman Per Lund said': the speaker's title
                        else:
                            cut = _apposition_before(text, sp.close_mark + 1, cut)
                        parts[0] = trim(text, opened, cut)
                        to_attribution = True
                else:
                    run_on = _narration_run_on(text, sp, mention, cue)
                    if run_on is not None:
                        # '"We are shocked" by the closure, Berg said': the narration between the
                        # closing mark and the attribution finishes the quoted clause
                        parts[0] = run_on
                        found = (mention, cue, parts[0][0])
                        to_attribution = True
                # "A," he said, "B." -> one statement
                if (
                    joins
                    and i + 1 < len(spans)
                    and spans[i + 1].open_mark is not None
                    and text[end : spans[i + 1].open_mark].strip() == ""
                ):
                    i += 1
                    parts.append((spans[i].start, spans[i].end))
                elif joins is not None and _continues_after_attribution(doc, spans, i, end, pe):
                    # "A," Smith said. "B." -> one statement (the attribution interrupts it)
                    i += 1
                    parts.append((spans[i].start, spans[i].end))
                elif joins is not None and conjunction_then_quote(doc, spans, i, end, pe):
                    # '"A," Smith said. But "B."': the quotation goes on (its words, without
                    # the narration's "But" and the marks)
                    i += 1
                    parts.append((spans[i].start, spans[i].end))
                elif joins is not None and _continues_after_title(doc, spans, i, end, pe):
                    # '"A," Lund said on NDR's "Town Talk." "B."': the title ends the attribution
                    i += 2
                    parts.append((spans[i].start, spans[i].end))
                elif (j := continues_after_long_tail(doc, spans, i, cue.end(), pe)) is not None:
                    # '"A," Lund said on NDR's "Town Talk" on Sunday. "B."': one statement
                    i = j
                    parts.append((spans[i].start, spans[i].end))
                elif (rest := _clause_after_attribution(doc.text, cue.end(), end)) is not None:
                    # '"The pier," Lund said, would never reopen.': the sentence goes on unquoted
                    parts.append(rest)
                    unquoted_rest = True
        if found is None and sp.open_mark is not None:
            head = head_attribution(doc, sp.open_mark, ps)
            if head is not None and complement_subject(head[0]):
                # 'said it was too early, but that the images suggested "..."': the clause's
                # subject after "that" is no speaker; the outer cue's statement holds the words
                head = None
            if head is not None and getattr(head[1], "quote_only", False):
                # 'what Lund calls the "city cartel"': the quotation and the words naming it
                found = head
                if n_words(text[head[1].end() : sp.open_mark]):
                    close = sp.end if sp.close_mark is None else sp.close_mark + 1
                    parts[0] = (trim(text, head[1].end(), sp.open_mark)[0], close)
                    found = (head[0], head[1], parts[0][0])
            elif head is not None:
                found = head
                if len(head) == 2 and (j := listed_after(text, spans, i, pe)) is not None:
                    # 'The crowd chanted, "Save the pier," and "Fire the board."': one list
                    parts += [(spans[k].start, spans[k].end) for k in range(i + 1, j + 1)]
                    i = j
                opener = lead_before_attribution(doc, sp, head)
                after = None if opener is not None else bare_cue_clause_end(doc, sp, head, pe)
                if after is not None and inscription_before(text, ps, head[1].start()) is not None:
                    after = None  # ('a banner reading "..." hung from the bridge': its words only)
                if opener is not None:
                    # 'An early vote, he said, "could reset the debate"': the writer's start
                    parts.insert(0, opener)
                    if sp.close_mark is not None and _LOWER_GOES_ON_RE.match(text, sp.close_mark + 1):
                        # ('A, X noted, "ignores" the law.': the clause goes on past the mark)
                        parts[-1] = (sp.open_mark, max(parts[-1][1], sentence_end_at(doc, sp.close_mark, pe)))
                    found = (head[0], head[1], opener[0])
                elif after is not None:
                    # 'Most said "people in politics" cannot be trusted': the clause after the
                    # cue goes on past the closing mark to the sentence's end
                    found = (head[0], head[1], *after)
                elif len(head) == 2 or head[2] is None:
                    s = sentence_start_at(doc, sp.open_mark)
                    lead = reported_lead(doc, sp, head, ps if s is None or s < ps else s)
                    if lead is not None and not doc.covered(lead, sp.open_mark):
                        # 'adds that owners have two choices: "..."': the clause and the
                        # quotation are one statement, to the sentence's end
                        found = (head[0], head[1], lead)
        if found is not None:
            mention, cue = found[:2]
            if cue is None:  # 'over her remark that "..."': the possessor of the words said
                mention = possessor_speaker(text, ps, min(parts[0][0], sp.start)) or mention
            kind = "mixed" if unquoted_rest else "direct"
            if len(found) == 4:
                parts, kind = [(found[2], found[3])], "mixed"
            elif len(found) > 2 and found[2] is not None and found[2] == parts[0][0]:
                kind = "mixed"  # opened mid-sentence, the attribution after it
                if sp.close_mark is not None and parts[-1][1] == sp.end and found[2] < sp.start - 1:
                    # ('..., but the suspect was "long gone", a witness said': the words
                    # before the mark are the writer's, so the mark closes them too)
                    parts[-1] = (parts[-1][0], sp.close_mark + 1)
            elif len(found) > 2 and found[2] is not None:
                # the content opens before the mark: it runs to the end of the sentence
                # ('adding that it was a "filing slip" reported in a "smear story"')
                end = sentence_end_at(doc, sp.start, pe)
                if sp.close_mark is not None:
                    # '... a "fraud" and asked why ...': a second report of the subject's
                    end = coordinated_cut(text, sp.close_mark, end)
                end = max(parts[-1][1], end)
                if cue is not None and (cue.group() in NAMING_PARTICIPLES or getattr(cue, "naming", False)):
                    i, end = _naming_end(text, spans, i)
                    # 'calling it a "blunder" of the council': the name's clause goes on
                    end = clause_trail(text, end, pe, across_quotes=True)
                parts = [(found[2], end)]
                kind = "mixed"
            if cue is None:
                doc.add(kind, parts, mention, pd.NA, pd.NA)
            else:
                doc.add(kind, parts, mention, cue.group(), cue_lemma(cue), to_attribution=to_attribution)
        elif n_words(text[sp.start : sp.end]) >= MIN_CONTINUATION_WORDS and _is_sentence_like(text, sp):
            doc.add("direct", parts, Mention("continuation", ""), pd.NA, pd.NA)
        i += 1
    return spans


_MARK_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")

#: a title before the speaker's name ('..., Ms. Lund said', and without the full stop as
#: British copy writes it, '..., Mr Hale said'): the speaker's, not the statement's
_TITLE_BEFORE_RE = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev)\.?|Sr\.|Jr\.)\s*$")
#: a capitalised word right before the name, the last of the text before it
_LAST_WORD_RE = re.compile(r"([A-Z][\w'\u2019.]*)\s+$")


def _title_before(text: str, a: int, k: int) -> int:
    """Where the titles written before the speaker's name at ``k`` start (``k`` if none): the
    pattern's, or capitalised title words of the lists ('Cllr Doyle', 'Sheriff Bo Landry')."""
    title = _TITLE_BEFORE_RE.search(text, a, k)
    if title is not None:
        return title.start()
    titles = speaker_words()["titles"]
    while (m := _LAST_WORD_RE.search(text, max(a, k - 20), k)) is not None and norm(m.group(1)) in titles:
        k = m.start()
    return k


#: a noun phrase right after the closing mark is the speaker's description, not narration
#: ('"...," the mayor, Anna Berg, said')
_APPOSITION_RE = re.compile(r"\s*(?:the|a|an|another|one|his|her|their|its|our|my)\s", re.I)


def _apposition_before(text: str, a: int, k: int) -> int:
    """Where a description set off by commas before the name at ``k`` starts ('"...", the
    schools minister, Ann Lee, said': the minister is Ann Lee, no narration); else ``k``."""
    head = text[a:k].rstrip()
    if not head.endswith(","):
        return k
    end = a + len(head) - 1
    comma = text.rfind(",", a, end)
    if (
        comma < 0
        or not _APPOSITION_RE.match(text, comma + 1, end)
        or not 0 < n_words(text[comma + 1 : end]) <= 6
    ):
        return k
    return comma


def _narration_run_on(text: str, sp, mention, cue) -> tuple[int, int] | None:
    """The statement when a quotation that opens its sentence goes on in narration up to a
    comma before the attribution ('"We are shocked" by the closure of the plant, Berg said';
    '"It is calm now," and donations rose, Lund said'): from the opening mark to the comma."""
    close = sp.close_mark
    if mention.start is None or sp.open_mark is None:
        return None  # (a speaker resolved elsewhere: where the narration ends is unknown)
    k = min(mention.start, cue.start())
    if close is None or k <= close + 1 or text[close - 1 : close] in (".", "!", "?"):
        return None
    gap = text[close + 1 : k]
    if (
        not gap[:1].isspace()
        or not gap.lstrip()[:1].islower()
        or not gap.rstrip().endswith(",")
        or n_words(gap) < 2
        or any(c in gap for c in QUOTE_CHARS)
        or _APPOSITION_RE.match(gap)
    ):
        return None
    return trim(text, sp.open_mark, _title_before(text, close + 1, k))


#: a naming or characterising participle opening the sentence before a quotation ("Calling the
#: rule "...", the governor said"; "Describing the pitch as "...""): its words are the subject's naming
_FRONTED_NAMING_RE = re.compile(
    r"\s*(Calling|Describing|Dubbing|Labell?ing|Branding|Praising|Hailing|Dismissing|Condemning|"
    r"Denouncing|Defending)\s+(?<=g\s)(?:(?<=Calling\s)|(?<=Dubbing\s)|(?<=Branding\s)|(?=[^,;:.!?]{1,60}\sas\s))"
    r"[^,;:.!?\"\u201c]{1,80}$"
)


def _fronted_naming(doc: Doc, open_mark: int) -> re.Match | None:
    s = sentence_start_at(doc, open_mark)
    return _FRONTED_NAMING_RE.match(doc.text, s, open_mark) if s is not None else None


def embedded_statements(doc: Doc, spans: list) -> None:
    """Quoted words inside narration that no statement holds ('called the plan "a costly
    mistake for the port"'): statements of the clause's subject (:mod:`._embedded`)."""
    found = embedded_quotes(
        doc.text,
        spans,
        covered=doc.covered,
        para_of=lambda k: para_of(doc.paragraphs, k),
        sentence_start=lambda k: sentence_start_at(doc, k),
        sentence_end=lambda k, pe: sentence_end_at(doc, k, pe),
    )
    for kind, (a, b), mention, verb in found:
        if verb is None:
            # (read before the first quotation mark: the clause up to it may name another's words)
            mark = _MARK_RE.search(doc.text, a, b)
            mention = possessor_speaker(doc.text, 0, mark.start() if mark else a) or mention
            doc.add(kind, [(a, b)], mention, pd.NA, pd.NA)
        else:
            word = doc.text[verb[0] : verb[1]]
            forms = reporting_verb_forms()
            doc.add(kind, [(a, b)], mention, word, forms[word][0] if word in forms else word.lower())


def _naming_end(text: str, spans: list, i: int) -> tuple[int, int]:
    """'..., calling him a "paper tiger" and "absentee landlord," and ...': the name given
    ends at its closing mark (or the next one's, when joined); the last passage's index and
    the end."""
    sp = spans[i]
    end = sp.close_mark if sp.close_mark is not None else sp.end
    while (
        i + 1 < len(spans)
        and spans[i + 1].open_mark is not None
        and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", text[end + 1 : spans[i + 1].open_mark])
    ):
        i += 1
        end = spans[i].close_mark if spans[i].close_mark is not None else spans[i].end
    return i, end + (1 if text[end : end + 1] in QUOTE_CHARS else 0)


def _after_colon(text: str, sp) -> bool:
    """The passage opens after a colon ('Berg argued that X: "A," she said'): a cue before
    the colon hands over no quotation that has an attribution of its own after it (PolNeAR
    train: 13 of 13 such quotations are a statement apart from the clause before)."""
    if sp.open_mark is None:
        return False
    before = text[max(0, sp.open_mark - 40) : sp.open_mark].rstrip()
    if not before.endswith(":"):
        return False
    # 'Lund said: "A," the paper reported': the cue right before the colon hands it over
    last = before[:-1].split()[-1:] or [""]
    return last[0] not in reporting_verb_forms()


def _opens_in_title_lead(doc: Doc, sp) -> bool:
    """The passage is a title in the phrase that opens its sentence (:mod:`._title_leads`)."""
    if sp.open_mark is None or sp.close_mark is None:
        return False
    a = sentence_start_at(doc, sp.open_mark)
    return a is not None and title_in_lead(doc.text, a, sp.open_mark, sp.close_mark)


#: a lower-case word right after a closing mark: the quoted words' stop ends no sentence
_LOWER_AFTER_RE = re.compile(r"[\"'\u201d\u2019]*\s+[a-z]")


def _closes_narrated_sentence(text: str, sp, para_start: int) -> bool:
    """The passage opens inside a sentence of narration and its own closing punctuation ends
    that sentence ('Veldt insisted the two were "entirely united."'): an attribution in the
    next sentence ("He added that ...") is a statement of its own, not this quote's cue."""
    if sp.open_mark is None or not text[sp.start : sp.end].rstrip().endswith((".", "!", "?", "\u2026")):
        return False
    if sp.close_mark is not None and _LOWER_AFTER_RE.match(text, sp.close_mark + 1):
        return False  # '..., "why not check the ballots?" asked Lund': the sentence goes on
    a = para_start
    # the last full stop before the mark, in windows that double backwards (one-character
    # matches: the last in a window is the last of all; a scan from the paragraph's start
    # for every mark was quadratic on a one-line text)
    width = 256
    while True:
        lo = max(para_start, sp.open_mark - width)
        for m in STOP_RE.finditer(text, lo, sp.open_mark):
            a = m.end()
        if a > para_start or lo == para_start:
            break
        width *= 2
    return n_words(text[a : sp.open_mark]) > 0


def _continues_after_attribution(doc: Doc, spans, i: int, end: int, pe: int) -> bool:
    """The quote after an attribution sentence opens at once, in the same paragraph, and
    has no attribution of its own: the second half of one interrupted statement."""
    if i + 1 >= len(spans):
        return False
    if last_char(doc.text, end) not in (".", "!", "?", "\u2026", "-", "\u2013", "\u2014"):
        return False  # '"A," said X, who waited in an "endless line"': the sentence goes on
    nxt = spans[i + 1]
    if nxt.open_mark is None:
        # "A," says Suslov. - B."  (a dash continuation whose opening mark is lost), and
        # "A," Lund said. B."  (the same without the dash: one statement, as with its mark)
        # ('"A," says Lund. B," Vik says.': B is Vik's, a statement apart)
        gap = doc.text[end : nxt.start]
        return (
            nxt.close_mark is not None
            and nxt.start < pe
            and gap.strip(" \t\n-\u2013\u2014") == ""
            and (gap.strip() != "" or not attributed_apart(doc, nxt))
        )
    # "A," Goncharova continues. - "B."  (a dash may lead the second half)
    if nxt.open_mark >= pe or doc.text[end : nxt.open_mark].strip(" \t\n-\u2013\u2014"):
        return False
    return not attributed_apart(doc, nxt)


#: the attribution interrupts a sentence that goes on without quotation marks: a that-clause
#: or the quoted subject's verb ('"The pier," Lund said, would never reopen'), after the
#: cue's own short phrase ('told the board on Monday,')
_CLAUSE_GOES_ON_RE = re.compile(
    r"(?:\s+[^,.;:!?" + re.escape(QUOTE_CHARS) + r"]{1,60})?,\s+"
    # (not 'that is', nor a time: '"...," Lund said, that morning at the quay')
    r"(?:that\s(?!is\b|day\b|week\b|month\b|year\b|morning\b|night\b|evening\b|afternoon\b|time\b)"
    r"|(?:would|will|could|should|can|might|must|may)\s)"
)


def _clause_after_attribution(text: str, cue_end: int, end: int) -> tuple[int, int] | None:
    """The unquoted rest of a sentence that an attribution interrupts ('"A," Lund said,
    that the pier ...'), to the sentence's end; None if it holds a quotation mark."""
    m = _CLAUSE_GOES_ON_RE.match(text, cue_end, end)
    if m is None or _MARK_RE.search(text, m.end(), end):
        return None
    k = text.index(",", cue_end, m.end()) + 1
    return trim(text, k, end)


def _continues_after_title(doc: Doc, spans, i: int, end: int, pe: int) -> bool:
    """The attribution ends in a quoted title that closes its sentence ('Lund said on NDR's
    "Town Talk."') and the quote after it opens at once: the second half of the statement."""
    if i + 2 >= len(spans):
        return False
    title, nxt = spans[i + 1], spans[i + 2]
    text = doc.text
    if title.open_mark is None or title.close_mark is None or nxt.open_mark is None or nxt.open_mark >= pe:
        return False
    words = text[title.start : title.end].split()
    if text[end : title.open_mark].strip() or not 0 < len(words) <= 6 or not words[0][:1].isupper():
        return False
    after = text[title.close_mark + 1 : nxt.open_mark]
    ends = text[title.start : title.end].rstrip().endswith(".") and not after.strip()
    if not ends and after.strip() != ".":
        return False
    # 'said on "Town Talk." "B," Berg said': a statement of its own
    return not attributed_apart(doc, nxt)


def _is_sentence_like(text: str, sp) -> bool:
    """A quoted passage that stands as its own sentence (not a phrase in narration)."""
    body = text[sp.start : sp.end].rstrip()
    before = last_char(text, sp.open_mark if sp.open_mark is not None else sp.start)
    ends = body.endswith((".", "!", "?", "\u2026")) or (
        sp.close_mark is not None and text[sp.close_mark + 1 : sp.close_mark + 2] in ".!?"
    )
    opens = (
        sp.open_mark is None
        or not before
        # (or a list item's bullet: '\u2022 "Waiting lists are falling."')
        or before.endswith(
            (".", "!", "?", ":", "\u2026", "-", "\u2013", "\u2014", "\u2022", "\u25cf", "\u25aa")
        )
        or before[-1] in QUOTE_CHARS
    )
    return ends and opens and body[:1].isupper()


def _opens_mid_sentence(doc: Doc, sp) -> bool:
    """Words of the sentence stand before the quotation's opening mark."""
    a = sentence_start_at(doc, sp.open_mark)
    return a is not None and bool(doc.text[a : sp.open_mark].strip())
