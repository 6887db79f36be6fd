"""The cue and speaker after a quoted passage's closing mark (:func:`tail_attribution`), and
the cue matching shared with the attribution before its opening mark (``_head_attribution``)."""

from __future__ import annotations

import re

from ._clauses import MIN_CONTENT_WORDS, looks_like_clause
from ._cue_speakers import (
    partial_speaker_before,
    speaker_after,
    speaker_before,
)
from ._cues import (
    QUOTE_CHARS,
    cues_in,
    n_words,
    reporting_verb_forms,
    strip_aux,
)
from ._doc import Doc, sentence_end
from ._indirect import MAX_CUE_REST_WORDS
from ._mentions import parse_speaker
from ._nicknames import after_nickname, nickname_end
from ._read_tails import read_source
from ._text_ends import first_char

#: The cue of a post-quote attribution lies within this many words of the closing
#: mark ("soil chemist, county extension agent Ruth Okafor explains" is 6; appositions
#: such as "Mara Quill, a research associate at the Lindqvist Marine Institute ..., said"
#: run to 20).
MAX_TAIL_WORDS = 30


#: a determiner before a cue's form makes it a noun ("the report said", "a statement
#: read"): the subject of the attribution, not its verb
_NOUN_CUE_RE = re.compile(r"\b(?:the|a|an|this|that|his|her|its|their|our|new)\s+$", re.I)


def find_cue(text: str, a: int, b: int, *, first=True):
    ms = [m for m in cues_in(text, a, b) if not _NOUN_CUE_RE.search(text, max(a, m.start() - 8), m.start())]
    if not ms:
        return None
    return ms[0] if first else ms[-1]


class PatternCue:
    """A cue found by a pattern rather than the verb list (same interface as a match)."""

    def __init__(self, text: str, start: int, end: int, lemma: str):
        self._text, self._start, self._end, self.lemma = text, start, end, lemma

    def group(self, *_):
        return self._text[self._start : self._end]

    def start(self, *_):
        return self._start

    def end(self, *_):
        return self._end


def is_listed_cue(cue) -> bool:
    """Whether a cue is a form of the verb list's (not one a pattern found)."""
    return not isinstance(cue, PatternCue)


def cue_lemma(cue) -> str:
    """The lemma of a cue: from the verb list, or the one a pattern gave it."""
    return cue.lemma if isinstance(cue, PatternCue) else reporting_verb_forms()[cue.group()][0]


#: a verb in the past tense right after a quotation that ends mid-sentence ('"Go
#: home," Smith barked'; '"...," exhorted the host'): an attribution whatever the verb
_ANY_PAST_RE = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|ied)|wrote|spoke|shot\s+back|sang|cried|began|went\s+on|swore|reads?)\b"
)


#: participles that report a second statement of the same speaker (", adding that ...")
PARTICIPLE_CUES = frozenset(
    "adding noting saying explaining telling writing arguing insisting warning "
    "asking continuing declaring stressing recalling promising".split()
) | frozenset("calling describing dubbing labeling labelling branding".split())


#: participles that name what their object is in the speaker's words ('..., calling him a
#: "train wreck"'): the statement is the object and the quoted name, up to the closing mark
NAMING_PARTICIPLES = frozenset("calling describing dubbing labeling labelling branding".split())


_PARTICIPLE_CUE_RE = re.compile(
    r",?\s+(?:before\s+|and\s+|then\s+|who\s+(?:also\s+|later\s+)?)?("
    + "|".join(sorted(PARTICIPLE_CUES))
    + r"|added|noted|said|says|told|wrote)\b"
)


#: a verb in the present tense after a name or pronoun ('"...," Lund points out', '"...,"
#: she quips'): the present of the narration's attributions
_PRESENT_RE = re.compile(r"\b[a-z]{3,}s(?:\s+(?:out|back|on))?\b")


def _present_tail(text: str, close: int, end: int):
    """'"...," Lund points out.': (mention, cue) or None; the subject a name or pronoun
    only ('"...," the officials ...' is a plural noun, no verb)."""
    m = _PRESENT_RE.search(text, close + 1, end)
    if m is None or not 1 <= n_words(text[close + 1 : m.start()]) <= 4:
        return None
    mention, _ = speaker_before(text, close + 1, m.start(), whole=True)
    if mention is None or mention.kind not in ("name", "pronoun") or _opens_new_clause(text, close, mention):
        return None
    word = m.group().split()[0]
    lemma = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1]
    return mention, PatternCue(text, m.start(), m.end(), lemma)


#: the present of a feature's manner verbs, inverted right after a closing mark ('"...,"
#: laughs Debbie Orr', '"...," remembers Tom Reed', '"It was—" begins Iris'): in that place
#: they attribute the quotation (their subject comes after them only in an attribution); not
#: reporting verbs anywhere else ("She laughs at the joke" is no statement)
_INVERTED_PRESENT_RE = re.compile(
    r"\s*(?P<cue>(?:laughs|smiles|sighs|shrugs|grins|chuckles|beams|nods|winks|begins|starts|reflects|"
    r"remembers|confides|enthuses|marvels|gushes))\s+(?=[A-Z])"
)
#: (the listed verbs of the same use, "recalls", "admits", "continues", are read as any cue is)


def _inverted_present_tail(text: str, close: int, end: int):
    """'"...," laughs Debbie Orr': (mention, cue) of a manner verb right after the closing
    mark and the name after it, or None."""
    inverted = _INVERTED_PRESENT_RE.match(text, close + 1, end)
    if inverted is None:
        return None
    mention = speaker_after(text, inverted.end("cue"), end, lenient=True, partial=True)
    if mention is None or mention.kind not in ("name", "descriptor"):
        return None
    word = inverted.group("cue")
    lemma = word[:-2] if word.endswith(("shes", "ches", "sses", "xes")) else word[:-1]
    return mention, PatternCue(text, inverted.start("cue"), inverted.end("cue"), lemma)


def _generic_tail(text: str, close: int, end: int):
    """'"...," Smith barked' / '"...," exhorted the host': (mention, cue) or None."""
    m = _ANY_PAST_RE.search(text, close + 1, end)
    if m is None or n_words(text[close + 1 : m.start()]) > 8:
        return _present_tail(text, close, end)
    lemma = m.group().split()[0]
    lemma = lemma[:-3] + "y" if lemma.endswith("ied") else lemma[:-2] if lemma.endswith("ed") else lemma
    # '"...," the letter read': a text's words ("read" is no past form of its own)
    lemma = "read" if lemma == "reads" else lemma
    cue = PatternCue(text, m.start(), m.end(), lemma)
    if n_words(text[close + 1 : m.start()]) == 0:
        # ('read the alert sent to phones', 'read a message posted by its counsel, Ann Roe')
        mention = read_source(text, m.end(), end) if lemma == "read" else None
        if mention is None:
            mention = speaker_after(text, m.end(), end, lenient=True, partial=True)
    else:
        mention, _ = speaker_before(text, close + 1, m.start(), whole=True, lenient=True)
        if mention is None:
            mention = partial_speaker_before(text, close + 1, m.start())
    if mention is None or _opens_new_clause(text, close, mention):
        return None
    if mention.text.lower() == "one" and _MODAL_RE.search(text, close + 1, cue.start()):
        return None  # ('"Peace at last," one would have said': anyone, in words no one said)
    return mention, cue


#: a conjunction between a closing mark and the subject of the cue after it: the subject and
#: cue are a clause of their own ('"...", but he also warned', '"..." until Lund said'), no
#: attribution ('"..." because of the fees, he said' is one: a comma stands before the subject)
_NEW_CLAUSE_RE = re.compile(
    r"[\s,]*(?:but|and|or|so|yet|until|while|whereas|if|unless|because|since|although|though|"
    r"when|whenever|after|before|once)\s+$",
    re.I,
)


#: ", and" and a new subject inside the words before the cue ('"a disgrace" in a speech, and
#: the council agreed'): the cue's clause is one of its own, its subject no speaker of the quotation
_JOINED_CLAUSE_RE = re.compile(r",\s+(?:and|but|yet|so|while|whereas)\s+(?:the|a|an|his|her|its|their|[A-Z])")


def _opens_new_clause(text: str, close: int, mention) -> bool:
    if mention.start is None:
        return False
    joined = _JOINED_CLAUSE_RE.search(text, close + 1, mention.end) if mention.end is not None else None
    if joined is not None and "," not in text[joined.end() : mention.end]:
        return True  # (not '"A," Ada Reyes, and her running mate, said': an aside on the speaker)
    return _NEW_CLAUSE_RE.fullmatch(text, close + 1, mention.start) is not None


#: a clause of its own after the cue: the colon ending it is that clause's, not the cue's
_SUBORDINATE_RE = re.compile(r"\s+(?:as|while|when|after|before|until)\s")


def attributed_apart(doc: Doc, span) -> bool:
    """The quoted passage ``span`` has an attribution of its own after its closing mark
    ('"B," Lund said'): a statement apart, never the second half of the one before it."""
    if span.close_mark is None:
        return False
    _, para_end = doc.paragraph_at(span.end)
    tail = tail_attribution(doc, span.close_mark, para_end)
    if tail is None:
        return False
    # ('"A," said Jo. "B." Her husband said they would fight.': the sentence after B reports
    # a clause of its own, so B goes on with A, the quotation of the sentence before it)
    close = span.close_mark
    rest = doc.text[tail[1].end() : tail[2]]
    if span.open_mark is not None and _ANSWER_AFTER_RE.search(
        doc.text, max(0, span.open_mark - 60), span.open_mark
    ):
        return True  # ('"Will you stand again?" X asked. "Never." Y said ...': the answer is Y's)
    if span.open_mark is not None and "\n" in doc.text[max(0, span.open_mark - 3) : span.open_mark]:
        return True  # (a quotation opening a line of its own: the next sentence's speaker's)
    return not (
        doc.text[close - 1 : close] in (".", "!", "?")
        and n_words(rest) >= MIN_CONTENT_WORDS
        and looks_like_clause(" " + rest)
        and tail[0].start is not None
        and tail[0].start < tail[1].start()  # (a speaker before the cue: 'X said B', not 'said X')
    )


#: a question's closing mark and its attribution before a quotation ('"Why now?" asked X.
#: "Because ..."'): what follows answers it, in someone else's words
_ANSWER_AFTER_RE = re.compile(
    r"\?[\"\u201d\u2019'][^\"\u201c\u201d]{0,50}\basked\b[^\"\u201c\u201d]*[.!]\s*$"
)
#: a name and its apposition between a closing mark and the cue ('," Lund, the ..., said')
_NAME_APPOSITION_RE = re.compile(
    r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),\s+(?:the|a|an)\s[^\"\u201c\u201d;:()]+,\s*"
)
#: a cue's complement clause ('remarked that she was ...'), not a time ('said that day')
_THAT_CLAUSE_RE = re.compile(
    r"\s+that\s+(?!day\b|week\b|month\b|year\b|morning\b|night\b|evening\b|afternoon\b|time\b)"
)


#: a modal before a cue: what someone might say ("one would have said")
_MODAL_RE = re.compile(r"\b(?:would|might|could|may|should|will|can|must)\b")
#: an addressee and an infinitive after a cue that urges ('"...," urged people to stay
#: indoors'): no inverted speaker ('"...," urged the adviser to the mayor' has one)
_URGING = frozenset("urged asked told warned advised encouraged reminded invited ordered begged".split())
_ADDRESSEE_INFINITIVE_RE = re.compile(
    r"\s+(?:[\w'\u2019-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)[a-z]+\b"
)


#: an inverted "read" right after the closing mark ('"...," read the notice')
_READ_FIRST_RE = re.compile(r"[\s,]*reads?\s+(?:the|a|an|one|this|that|its|their|his|her)\s")


def tail_attribution(doc: Doc, close: int, para_end: int):
    """Attribution after a closing mark: (mention, cue match, end of attribution, joins);
    joins is None when a second cue follows the first (no quotation after it joins)."""
    text = doc.text
    end = sentence_end(text, close + 1, para_end)
    para = doc.paragraph_at(close)
    while end < para_end and (nick := nickname_end(text, end, para)) is not None:
        end = sentence_end(text, nick, para_end)  # ('Rodolfo "Boy" Macaraeg said': the name's marks)
    tail = text[close + 1 : end]
    if n_words(tail) == 0:
        return None
    # '"...," Smith said in February of ...': a quotation that ends mid-sentence is
    # attributed by the clause after it, however long that clause runs on
    mid_sentence = (
        text[close - 1 : close] in (",", "?", "!", "\u2014", "-") or text[close + 1 : close + 2] == ","
    )
    cue = find_cue(text, close + 1, end)
    if cue is not None and cue.start() > close + 1 and _READ_FIRST_RE.match(text, close + 1, cue.start()):
        cue = None  # ('"...," read a message posted by X': "read" is the cue, "posted" its text's)
    if cue is None or n_words(text[close + 1 : cue.start()]) > MAX_TAIL_WORDS:
        # (a manner verb's inversion attributes a quotation that ends with its stop too)
        found = _inverted_present_tail(text, close, end)
        if found is None and mid_sentence:
            found = _generic_tail(text, close, end)
        if found is None:
            return None
        mention, cue = found
        return mention, cue, end, False
    if re.search(r"\bto\s+$", text[close + 1 : cue.start()]):
        return None  # '"..." A representative declined to comment.': no statement
    if not mid_sentence and _THAT_CLAUSE_RE.match(text, cue.end(), end):
        # 'On a station's "Harbour Hour" that week, Lund remarked that ...': the cue reports the
        # clause after it, not a title closed inside the words before it
        return None
    # '"A." He added: "B."': a cue ending in a colon introduces the quotation after it
    if (
        re.match(r"[^.!?]*:\s*$", text[cue.end() : end])
        and first_char(text, end, para_end) in QUOTE_CHARS
        and not _PARTICIPLE_CUE_RE.search(text, cue.end(), end)  # '"A," he said, adding: "B."'
        and find_cue(text, cue.end(), end) is None  # '"A," Lund said as a man yelled: "B!"'
        and not _SUBORDINATE_RE.match(text, cue.end(), end)  # (a verb out of the list too)
    ):
        return None
    before = text[close + 1 : cue.start()]
    if (
        cue.group().lower() in _URGING
        and n_words(strip_aux(before)[0]) == 0
        and _ADDRESSEE_INFINITIVE_RE.match(text, cue.end(), end)
    ):
        return None  # ('..., "X," urged people to stay indoors': whom the cue addresses, no speaker)
    # ('Rodolfo "Boy" Macaraeg': a nickname in the speaker's name, which goes on after it)
    if n_words(strip_aux(before)[0]) == 0:
        stop = end
        # "said Smith, "B."": the appositive stops at the next opening mark
        mention = speaker_after(
            text, after_nickname(text, cue.end(), stop, para), stop, lenient=True, partial=True
        )
    else:
        a = after_nickname(text, close + 1, cue.start(), para)
        mention, _ = speaker_before(text, a, cue.start(), whole=True, lenient=True)
        if (
            mention is not None
            and "," in mention.text  # (the phrase read takes in the clause's words)
            and not mid_sentence
            and text[close - 1 : close] not in (".", ",", "!", "?")
            and (clause_rest := _clause_rest_end(text, a, cue.start())) is not None
        ):
            # ('... will end "no-fault" evictions, the government says': the quoted words,
            # closed with no stop of their own, are part of a clause that goes on to a
            # comma, and the speaker is after it; not '"...," residents, including X, said')
            mention, _ = speaker_before(text, clause_rest, cue.start(), whole=True, lenient=True)
        if mention is None:
            mention = partial_speaker_before(text, a, cue.start())
        if mention is None:
            # '"A," Lund, the county's front-runner and ... after winning the primaries, said':
            # a name before an apposition too long for the speaker phrase
            named = _NAME_APPOSITION_RE.fullmatch(text, close + 1, cue.start())
            mention = parse_speaker(named.group(1), named.start(1)) if named is not None else None
            if mention is not None and mention.kind != "name":
                mention = None
        rest = text[cue.end() : end]
        if mention is not None and n_words(rest) > MAX_CUE_REST_WORDS and not mid_sentence:
            return None
    if mention is None or _opens_new_clause(text, close, mention):
        return None
    if mention.text.lower() == "one" and _MODAL_RE.search(text, close + 1, cue.start()):
        return None  # ('"Peace at last," one would have said': anyone, in words no one said)
    joins = text[end - 1 : end] == "," or (
        text[cue.end() : end].rstrip().endswith(",") and first_char(text, end, para_end) in QUOTE_CHARS
    )
    # '"A," she said, adding that "B."': a second cue makes B a statement of its own
    if _PARTICIPLE_CUE_RE.search(text, cue.end(), end):
        joins = None  # neither joined nor continued: the next quotation has its own cue
    return mention, cue, end, joins


#: lower-case words right after a closing mark, then a comma: the quoted clause's own words
#: ("evictions,", "fairly,", "firms targeting teenagers,"), not a speaker's determiner or
#: pronoun ('"...," the mayor, Tom Reed, said'; '"...," he, too, said')
_CLAUSE_REST_RE = re.compile(
    r"\s*(?!(?:the|a|an|his|her|its|their|our|my|one|another|some|he|she|they|it|we|I|who|which)\b)"
    r"[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}?,\s+"
)


def _clause_rest_end(text: str, a: int, k: int) -> int | None:
    """Where the speaker starts, after the quoted clause's own words closed by a comma in
    ``text[a:k]`` (see ``_CLAUSE_REST_RE``); None when the words are no such thing."""
    m = _CLAUSE_REST_RE.match(text, a, k)
    if m is None or "," in text[m.end() : k].rstrip(" ,") or not text[m.end() : k].strip():
        return None
    return m.end()


#: lower-case narration finishing a quoted clause, up to a comma ('" but to pay for the dredging, says X')
_RUN_ON_RE = re.compile(r"\s+[a-z][^\"\u201c\u201d,.;:]*(?:,\s+[a-z][^\"\u201c\u201d,.;:]*)*,\s*")


def inverted_run_on_tail(doc: Doc, close: int, para_end: int):
    """'"They have no other option" but to pay for the dredging, says Tom Berg.': narration finishing the
    quoted clause up to an inverted attribution; (mention, cue, end, None) or None. For a
    quotation that opens its sentence (one opened inside narration has the sentence's words)."""
    text = doc.text
    if not text[close - 1 : close].isalnum():
        return None
    end = sentence_end(text, close + 1, para_end)
    cue = find_cue(text, close + 1, end)
    if cue is None or not _RUN_ON_RE.fullmatch(text, close + 1, cue.start()):
        return None
    mention = speaker_after(text, cue.end(), end, lenient=True, partial=True)
    return None if mention is None else (mention, cue, end, None)
