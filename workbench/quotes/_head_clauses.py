"""The clauses before an opening mark that hand a quotation to a speaker without the verb list's
cue right before it (:mod:`._head_attribution` tries them): 'as X put it, "..."', 'what X
calls "..."', a participle ('..., saying "..."'), a relative pronoun or an aside before the
cue, a clause that hands over a whole quoted sentence with a comma."""

from __future__ import annotations

import re
from dataclasses import replace

from ._as_source import PUT_TO
from ._attribution import NAMING_PARTICIPLES, PARTICIPLE_CUES, PatternCue, find_cue
from ._cue_speakers import speaker_before
from ._cues import QUOTE_CHARS, cues_in, n_words, reporting_verb_forms
from ._doc import STOP_RE, Doc, participle_lemma
from ._group_subjects import bare_plural_subject
from ._initials import inside_name
from ._inscriptions import bearer_mention, carrier_reading, inscription_before
from ._mentions import Mention, parse_speaker
from ._names import person_head
from ._quoted_subjects import clause_subject
from ._relative_place import after_preposition, head_of_phrase, person_before_preposition
from ._seen_speaking import caught_speaking
from ._source_type import is_group_word
from ._speaker_intro import participle_subject
from ._text_ends import last_char

#: a relative pronoun right before a cue ('a report, which notes, "..."', 'Ann Roe, who
#: tweeted, "..."'): the speaker is the phrase it refers to ("that" is left out: mostly a
#: conjunction)
_RELATIVE_SUBJECT_RE = re.compile(r",?\s*\b(?:which|who)\s+(?:[a-z]+ly\s+|also\s+|once\s+|then\s+|now\s+)?$")

#: an aside between a subject and its cue ('Lund (D-Ohio), noting the crowd, said')
_ASIDE_RE = re.compile(r",\s+[a-z][^,;:.!?()]{2,80},\s*(?:[a-z]+ly\s+|also\s+|once\s+|then\s+)?$")

#: words that may open the phrase a relative pronoun refers to
#: (a capitalised word before a comma too: 'and Reed, who')
_ANTECEDENT_START_RE = re.compile(r"\b(?:(?:the|a|an|this|its|his|her|their)\s|[A-Z][\w.'\u2019-]*[\s,])")


_PREPOSITION_RE = re.compile(r"\s(?:by|from|of|in|on|at|with|for|to|about)\s")


def relative_or_aside_speaker(text: str, a: int, b: int):
    """The speaker of a cue at ``b`` after a relative pronoun (the phrase it refers to) or
    after an aside set off by commas (the phrase before the aside), or None."""
    aside = _ASIDE_RE.search(text, a, b)
    if aside is not None:
        mention, _ = speaker_before(text, a, aside.start())
        if mention is not None:
            return mention
    rel = _RELATIVE_SUBJECT_RE.search(text, a, b)
    if rel is None or rel.start() <= a or governing_cue(text, a, rel.start()):
        return None  # ('Roe said the city lost a man who said "..."': the quotation is Roe's)
    head = (
        head_of_phrase(text, a, rel.start()) if rel.group().startswith(",") and "who" in rel.group() else None
    )
    if head is not None:
        return head  # 'the head of the union at the ministry, who': the head, not the place
    # the longest phrase opening with a determiner or a capital that reads as a speaker,
    # within 60 characters before the pronoun
    lo = max(a, rel.start() - 60)
    for m in _ANTECEDENT_START_RE.finditer(text, lo, rel.start() + 1):
        phrase = text[m.start() : rel.start()].rstrip(" ,")
        if _PREPOSITION_RE.search(phrase):
            continue  # 'a tweet from Ann Roe who': the phrase after the preposition
        if any(c in phrase for c in QUOTE_CHARS):
            continue  # 'Lee, who called it "a scam," and Reed, who': the phrase after the quotation
        if text[m.end() - 1] == "," and after_preposition(text, a, m.start()):
            # 'Tom Reed of Leeds, who', 'the lawyer for Nakamura, who': a place or a person
            # after a preposition; the person before it if a name is one ('Ann Lee in Paris')
            return person_before_preposition(text, a, m.start())
        mention = parse_speaker(phrase, m.start(), lenient=True)
        if mention is not None and mention.kind != "pronoun":
            return mention
    return None


def hands_over_sentence(text: str, head: str, open_: int) -> bool:
    """'The fans shouted back at him, "Bring back the coach."': a clause ending in a comma before
    a quotation that opens a sentence of its own hands it over as a colon does. Whatever its
    verb: on PolNeAR train 552 of 596 passages after such a clause are annotated, linked by
    244 different words (bench/polnear_links.py), too long a tail for a list."""
    if not (
        head.endswith(",")
        and n_words(head) >= 3
        and text[open_ + 1 : open_ + 2].isupper()
        and head[:-1].rstrip()[-1:].isalpha()
    ):
        return False
    close = _QUOTE_CHAR_RE.search(text, open_ + 1, open_ + 400)
    words = text[open_ + 1 : close.start() if close else open_ + 400].split("\n")[0].split()
    # a sentence, not a title ('the book, "Crippled America"'): four words, most in lower case
    return len(words) >= 4 and sum(w[:1].islower() for w in words) * 2 > len(words)


#: 'as Ann Roe put it, "..."', 'But as the Gazette pointed out: "..."': a clause of comparison
#: that hands the quotation to its subject
_AS_CLAUSE_RE = re.compile(
    r"\b[Aa]s\s+(?P<who>[^,;:]{2,80}?(?:,[^,;:]{2,80},)?)\s+(?:[a-z]+ly\s+|once\s+|has\s+|had\s+)?"
    r"(?P<cue>put\s+it|puts\s+it|said|says|noted|notes|pointed\s+out|points\s+out|wrote|writes|observed|"
    r"explained|sang|sings|told(?=\s+[A-Z]))(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
    # ('as Ann Roe put it to me last week, "..."': whom it was put to, and when)
    r"(?:(?<=\sit)\s+to\s+" + PUT_TO + r")?(?:\s+(?:last|this|earlier)\s+[a-z]+)?\s*[,:]$"
)


class _NamingCue(PatternCue):
    """The verb of a relative clause that names something in the speaker's words ('what Lund
    calls the "city cartel"'): the statement is the quotation alone."""

    quote_only = True


#: 'what Lund calls the "city cartel"', 'which the mayor has called "a waste"', 'who Berg on
#: Monday called "a cruel man"': the subject of the relative clause names what the
#: quotation says (on PolNeAR train 10 of 12 such quotations not found before are annotated)
_RELATIVE_NAMING_RE = re.compile(
    r"\b(?:[Ww]hat|which|whom?)\s+(?P<who>[^,;:.!?()\"\u201c\u201d]{1,60}?"
    # an apposition after the subject ('what Jan Berg, head of the tenants' group, called')
    # (not an adverbial: 'what the club, in a statement, called')
    r"(?:,(?!\s*(?:in|on|at|by|for|with|from|during|after|before|through|via|last|this)\b)"
    r"[^,;:.!?()\"\u201c\u201d]{2,80},)?)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+|once\s+|long\s+|repeatedly\s+|each\s+)?"
    r"(?P<cue>calls|call|called|dubs|dubbed|terms|termed|labels|labeled|labelled|brands|branded|"
    # a naming verb with "as" ('what the mayor described as "..."')
    # (the cue without "as": PolNeAR's content keeps it, 'as "a painful step"')
    r"(?:describes|described|describe|characteri[sz]es|characteri[sz]ed|refers\s+to|referred\s+to)(?=\s+as\s))"
    r"(?:\s+as)?"
    r"(?:\s+(?:it|him|her|them|himself|herself|themselves|the|a|an|his|her|their|its))?\s*$"
)

#: the lemma of each naming verb of :data:`_RELATIVE_NAMING_RE`
#: (looked up with "s" written "z": "characterises" as "characterizez")
_NAMING_LEMMAS = {
    w.replace("s", "z"): lemma
    for lemma, words in {
        "call": "calls",
        "dub": "dubs",
        "term": "terms",
        "label": "labels",
        "brand": "brands",
        "describe": "describe describes described",
        "characterize": "characterize characterizes characterized characterise characterises characterised",
        "refer": "refers referred",
    }.items()
    for w in words.split()
}


_QUOTE_CHAR_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")

#: the word right before a relative naming clause
_WORD_BEFORE_RE = re.compile(r"\b([a-z]+ing)\s+$")

#: subjects of a naming clause that name no speaker
_AGENTLESS = frozenset("they we you some many others".split())


def relative_naming_head(text: str, a: int, open_: int):
    """'what Lund calls the "city cartel"' ending the words before an opening mark: (mention,
    cue) or None; the subject of the relative clause is the speaker."""
    m = _RELATIVE_NAMING_RE.search(text, a, open_)
    if m is None or a > 0 and text[a - 1] in QUOTE_CHARS or governing_cue(text, a, m.start()):
        return None  # the sentence reports a statement already, the name is part of it
    before = _WORD_BEFORE_RE.search(text, max(a, m.start() - 30), m.start())
    if before is not None and participle_lemma(before.group(1)) in reporting_verb_forms():
        return None  # 'mocking what the critics termed "..."': the participle's report
    close = _QUOTE_CHAR_RE.search(text, open_ + 1, open_ + 400)
    if close is None or n_words(text[open_ + 1 : close.start()]) < 2:
        return None  # one quoted word ('what he calls "corrupt"') is mostly left unattributed
    mention, _ = speaker_before(text, m.start("who"), m.end("who"), lenient=True, subject=True)
    if mention is None or mention.text.lower() in _AGENTLESS:
        return None  # 'what they call "X"', 'what some call "X"': no one's statement
    if mention.text.lower() == "it":
        # 'The charity works through what it calls "..."': "it" as written (PolNeAR's
        # source), the organisation the sentence opens with as its name; none, no statement
        subject = clause_subject(text, a, m.start())
        if subject is None or subject.kind != "organisation":
            return None
        mention = replace(subject, text=mention.text, start=mention.start, end=mention.end)
    word = m.group("cue").split()[0]
    lemma = _NAMING_LEMMAS.get(word.replace("s", "z")) or re.sub(r"l?ed$", "", word)
    return mention, _NamingCue(text, m.start("cue"), m.end("cue"), lemma)


#: 'As X puts it, the mayor is trying to make the board "..."': the clause after the comma is X's
_AS_LEAD_RE = re.compile(
    r"\s*As\s+(?P<who>[^,;:\"\u201c\u201d]{2,80}?)\s+(?:[a-z]+ly\s+|once\s+|has\s+|had\s+)?"
    r"(?P<cue>put\s+it|puts\s+it|said|says|noted|notes|pointed\s+out|points\s+out|wrote|writes|observed|explained)"
    r",\s+(?=[^,;:\"\u201c\u201d]*$)"
)


def as_clause_head(text: str, a: int, b: int):
    """'as X put it, "..."' ending the words before an opening mark: (mention, cue) or None;
    'As X puts it, the mayor is trying to make the board "..."' opening the sentence:
    (mention, cue, start of the clause after the comma)."""
    lead = _AS_LEAD_RE.match(text, a, b)
    if lead is not None and b > lead.end():
        found = _as_speaker(text, lead)
        return None if found is None else (*found, lead.end())
    m = _AS_CLAUSE_RE.search(text, a, b)
    if m is None:
        return None
    return _as_speaker(text, m)


def _as_speaker(text: str, m: re.Match):
    """The speaker and cue of an 'as X put it' clause matched by ``m``, or None."""
    mention, _ = speaker_before(text, m.start("who"), m.end("who"), lenient=True, subject=True)
    if mention is None or mention.kind == "pronoun" and mention.text.lower() in ("they", "it"):
        return None  # 'as they say': agentless hearsay
    word = m.group("cue").split()[0]
    lemma = {"put": "put", "puts": "put", "pointed": "point", "points": "point", "sang": "sing"}.get(word)
    lemma = lemma or reporting_verb_forms().get(word, (word,))[0]
    return mention, PatternCue(text, m.start("cue"), m.end("cue"), lemma)


_PARTICIPLE_HEAD_RE = re.compile(
    r",?\s+(?:before\s+|and\s+|then\s+)?([a-z]+ing)\b(\s+that\b)?([^.;!?\"\u201c\u201d]{0,60}?)[,:]?\s*$"
)


#: a preposition's phrase (or a time word's) and the colon before a quotation: an adjunct of the
#: participle, no clause ("on Saturday:", "to drivers:", "last night:")
_ADJUNCT_TO_COLON_RE = re.compile(
    r"\s+(?:(?:on|in|at|to|for|from|during|after|before|via|over|with|about|across|last|this|earlier|later)"
    r"(?:\s+(?!(?:that|who|which)\b)[\w'\u2019-]+){1,4}|yesterday|today|tonight)\s*:\s*"
)
#: the object of a participle before the "that" of its clause ('telling reporters that')
#: ('saying in his statement only that': where it was said and a limiting adverb)
_OBJECT_THAT_RE = re.compile(
    r"\s+(?:(?:[\w'\u2019-]+\s+){1,3}?"
    r"|(?:(?:in|on)\s+(?:an?|the|his|her|their|its)\s+[\w'\u2019-]+\s+)?(?:only|simply|merely|just)\s+)that\s+"
)


#: what may stand right before a participle that hands over its speaker's words: a comma,
#: "by", a conjunction or a progressive's auxiliary ('is pledging to "..."'), or an
#: absolute "with" ('with the crowd chanting "..."')
_ADVERBIAL_LEAD_RE = re.compile(
    r"(?:,|\b(?:by|and|or|while|then|also|is|are|was|were|been|be)|\bwith\s+[^,;:]{1,40})\s*$"
)


#: a full stop before a space (or closing marks: 'called it "worse." And Lund'), not after a
#: title ("Mr.", "Sen."); an initial's ("N.H.") ends a sentence as often as not, and is kept
#: (an initial inside a name is told apart by :func:`._initials.inside_name`)
_STOP_RE = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bProf.)(?<!\bGen.)(?<!\bSen.)(?<!\bRep.)"
    r"(?<!\bGov.)(?<!\bSt.)(?<!\bLt.)(?<!\bCol.)(?<!\bRev.)[\"'\u201d\u2019]*(?=\s)"
)


def _adverbial(text: str, a: int, k: int) -> bool:
    """The participle at ``k`` opens an adverbial clause or a progressive, not a reduced
    relative after a noun ('an article reporting that ...', 'signs reading ...')."""
    return text[k : k + 1] == "," or _ADVERBIAL_LEAD_RE.search(text, max(a, k - 50), k) is not None


def _is_participle_cue(word: str) -> bool:
    """A participle that hands over a quotation: one of :data:`PARTICIPLE_CUES`, or (not
    after a noun: :func:`_adverbial`) the -ing form of a speech verb of the list learned from PolNeAR train
    ('shouting', 'chanting', 'interjecting', 'pledging'); belief verbs are left out."""
    if word in PARTICIPLE_CUES:
        return True
    forms = reporting_verb_forms()
    lemma = participle_lemma(word)
    return lemma in forms and forms[lemma][1] in ("speech", "that")


#: participles of verbs that characterise their object ('praising her colleague as "..."',
#: 'dismissing the offer as "..."'): a naming of the subject's when "as" hands over the words
_CHARACTERISING_ING_RE = re.compile(
    r"(?:prais|hail|herald|dismiss|condemn|denounc|derid|portray|characteri[sz]|defend|tout|"
    r"mock|ridicul|lambast|critici[sz]|blast|slamm|brand|label|dubb|describ|deem|pronounc)ing"
)


class _NamingAsCue(PatternCue):
    """Such a participle: the statement ends with the name given, as after 'calling'."""

    naming = True


def _names_as(word: str, obj: str) -> bool:
    """A characterising participle whose object ends in "as" before the quotation."""
    return _CHARACTERISING_ING_RE.fullmatch(word) is not None and re.search(r"\S\s+as\s*$", obj) is not None


#: what ends a reported clause before a participle: a comma, a colon, a dash, a bracket
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _inside_report(text: str, a: int, m: re.Match) -> bool:
    """A naming participle right after a noun inside the words a cue before it reports
    ('said it was the same as a coach calling his team "..."'): the noun's naming, part of
    the reported clause, not the participle of the cue's subject."""
    if m.group(1) not in NAMING_PARTICIPLES or _adverbial(text, a, m.start()):
        return False
    cue = find_cue(text, a, m.start(), first=False)
    return cue is not None and not _CLAUSE_BREAK_RE.search(text, cue.end(), m.start())


def _participle_match(text: str, a: int, b: int):
    """The participle cue in ``text[a:b]`` nearest its end (the quotation's), or None."""
    found, k = None, a
    if text.find("ing", a, b) < 0:
        return None  # (no participle: no search, which tried the pattern at every word)
    while True:
        m = _PARTICIPLE_HEAD_RE.search(text, k, b)
        if m is None:
            return found
        word = m.group(1)
        if (
            word in PARTICIPLE_CUES
            or (_is_participle_cue(word) or _names_as(word, m.group(3)))
            and _adverbial(text, a, m.start())
            # ('A banner reading "..." hung from the bridge': the words a carrier bears)
            or word == "reading"
            and carrier_reading(text, a, m.start(1))
        ) and not _inside_report(text, a, m):
            found = m
        k = m.end(1)


def participle_head(doc: Doc, para_start: int, a: int, open_: int):
    """'..., she said, adding that "B."', 'Trump ended the rally, saying: "B."': a
    participle cue before the quotation speaks for the subject of the clause it ends
    (or the speaker of the quotation just before it in the sentence)."""
    text = doc.text
    m = _participle_match(text, a, open_)
    if m is None or m.start() <= a and a == para_start:
        return None
    naming = m.group(1) not in PARTICIPLE_CUES and _names_as(m.group(1), m.group(3))
    cue = (_NamingAsCue if naming else PatternCue)(text, m.start(1), m.end(1), participle_lemma(m.group(1)))
    # 'adding that he and his wife "have talked ..."': the content starts after "that"
    start = m.end(2) if m.group(2) and m.group(3).strip() else None
    if start is None and m.group(3).strip() and not (m.group(1) == "telling" and n_words(m.group(3)) <= 3):
        start = m.end(1)  # "saying the plan was "dead on arrival"": the clause is the content
        if _ADJUNCT_TO_COLON_RE.fullmatch(text, m.start(3), open_) is not None:
            # ('tweeted a warning on Saturday: "..."', 'gave a warning to drivers: "..."': when
            # and to whom, no clause; the quotation alone is the content)
            start = None
        that = _OBJECT_THAT_RE.match(text, start, open_) if start is not None else None
        if that is not None and text[that.end() : open_].strip():
            start = that.end()  # 'reminding everyone that the quay was "..."': after "that"
    caught = caught_speaking(text, a, m.start(1))
    if caught is not None:
        return caught, cue, start  # 'the recorder captured the captain saying "..."': the captain's
    prev = doc.last_ending_within(a - 3, open_)
    if (
        prev is not None
        and prev["char_end"] > para_start  # not a statement of the paragraph before
        # '"A," she said, adding, "B."' and 'She said, "A," adding, "B."': the participle
        # goes on from the statement just before
        and (
            not text[a : m.start()].strip()
            or find_cue(text, a, m.start()) is not None
            # '..., with Hale tweeting that it was a "disgrace" and asking, "..."': a second
            # participle coordinated with the statement's
            or _SHORT_REST_RE.fullmatch(text, a, m.start()) is not None
            and re.match(r"\s*(?:and|then)\s", m.group()) is not None
            and str(prev["cue"]).endswith("ing")
        )
    ):
        return prev["mention"], cue, start
    s = None
    width = 256  # backwards in doubling windows, as in _closes_narrated_sentence
    while True:
        lo = max(para_start, m.start() - width)
        # "Mr." or "Sen." is no sentence end ('an attack on Mr. Lund, saying': the
        # participle's subject is the sentence's, not its object's name)
        for e in _STOP_RE.finditer(text, lo, m.start()):
            if not inside_name(text, e.start()):
                s = e.end()
        if s is not None or lo == para_start:
            break
        width *= 2
    if s is None:
        s = a
    closing = _closing_attribution(text, s, m.start())
    if closing is not None:
        # 'Storm X will bring gales, the Met Office said, adding that there was a "danger to
        # life"': the participle goes on from the attribution that closes the clause before
        # it, not from the words that speaker said; the clause is that attribution's
        # statement, read here (the sentence holding the participle's quotation is not read
        # again as narration: '..., the union said, warning of "chaos"' lost it)
        speaker, said, comma = closing
        if not doc.covered(s, comma):
            doc.add("indirect", [(s, comma)], speaker, said.group(), reporting_verb_forms()[said.group()][0])
        return speaker, cue, start
    # 'Berg threw her support behind Lund, saying ...': an irregular verb the narration's
    # subject finder does not know; '..., though last week he went further, saying ...': the
    # pronoun of the clause the participle ends
    main = participle_subject(text, s, m.start()) or clause_subject(text, s, m.start())
    if (
        main is None
        and s == a > para_start
        and text.rfind("(", para_start, m.start()) < 0
        # (a participle of the clause, after its comma: "a cover saying" is a noun's)
        and last_char(text, m.start(1)) == ","
    ):
        # ('Lund told reporters he was "sure" of it, adding: "..."': with no subject after the
        # quotation before it, the sentence's, which opens the paragraph)
        s = para_start
        main = participle_subject(text, s, m.start()) or clause_subject(text, s, m.start())
    pronoun = clause_pronoun(text, s, m.start())
    if pronoun is not None and main is not None and main.kind != "organisation":
        if not _agree(pronoun, main):
            # "Dorn thanked the fans because they stayed loyal, saying ...": a pronoun that
            # cannot be the person the sentence opens with refers to someone else (the object)
            pronoun = None
        elif (
            main.kind != "pronoun"
            and main.start is not None
            and not _APPOSITION_BEFORE_RE.search(text, s, main.start)
        ):
            # "The manager dropped the captain, though afterwards he explained, saying ...":
            # the pronoun that fits the subject opening the sentence is read as it (the
            # pronoun's words, the subject's person), not resolved on its own to the object
            # or to nobody (a name in apposition to a noun, "dropped the captain, Ian Roe,", may
            # be the object's: that pronoun is resolved on its own)
            pronoun = replace(main, text=pronoun.text, start=pronoun.start, end=pronoun.end)
    subject = pronoun or _with_subject(text, s, m.start(1)) or main
    if subject is None:
        # 'when Roe testified, and Sen. Ann Lund (R-Ohio) kept asking': the clause after
        # the title, as when the title's full stop was read as a sentence end
        t = None
        for e in STOP_RE.finditer(text, s, m.start()):
            t = e.end()
        if t is not None:
            subject = participle_subject(text, t, m.start()) or clause_subject(text, t, m.start())
    carrier = inscription_before(text, a, m.start(1))
    if subject is None and carrier is not None:
        subject = bearer_mention(text, a, m.start(1))  # 'A banner reading "..." hung': the banner's
    if subject is None:
        return None
    if carrier is not None:
        subject = carrier(subject)  # 'Roe held up a sign saying "..."': the sign as written, hers
    return subject, cue, start


#: after a closing attribution's cue, before its participle: a time or where it was said
_CUE_TAIL_RE = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this)(?:\s+[\w'\u2019-]+){1,3})?\s*")


def _closing_attribution(text: str, s: int, k: int) -> tuple[Mention, re.Match, int] | None:
    """The speaker of an attribution after a comma that ends ``text[s:k]`` ("..., the union
    said on Monday"), its cue and the comma, when its cue is a finite verb and the words
    before the comma a clause; else None."""
    found = cues_in(text, s, k)
    if not found:
        return None
    cue = found[-1]
    if not cue.group().endswith(("said", "says", "added", "warned", "announced", "told")):
        return None
    if _CUE_TAIL_RE.fullmatch(text, cue.end(), k) is None:
        return None
    comma = text.rfind(",", s, cue.start())
    if comma < 0 or n_words(text[s:comma]) < 4:
        return None
    mention, at = speaker_before(text, comma + 1, cue.start(), whole=True, lenient=True)
    if mention is None or mention.kind == "pronoun" or text[comma + 1 : at].strip():
        return None  # (a pronoun is resolved where the quotation's speaker is)
    return mention, cue, comma


def governing_cue(text: str, a: int, b: int) -> bool:
    """A cue in ``text[a:b]`` with a speaker before it ('Lund said the fees were "..."'): the
    quotation is that cue's, not the attribution after it. A cue with no speaker before it is
    a noun or a passive ('Trump's remarks were "..."', 'they are asked ...')."""
    return any(
        speaker_before(text, a, m.start())[0] is not None
        for m in cues_in(text, a, b)
        if not _POSSESSIVE_RE.search(text, max(a, m.start() - 3), m.start())
        # 'Players who think "..." are wrong," she said': a restrictive relative clause's cue
        # describes the subject; the attribution after the quotation is the speaker's
        and not _RELATIVE_BEFORE_RE.search(text, max(a, m.start() - 24), m.start())
        # 'The club would continue "its tradition," the chairman said': "continue" hands over
        # speech only after a comma or colon; the quoted words end its own clause
        and not (_CONTINUE_RE.fullmatch(m.group()) and not text[m.end() : b].lstrip().startswith((",", ":")))
    )


#: a subordinate or coordinated clause whose subject is a personal pronoun, and its verb,
#: with no comma after it up to the end: "..., though in a press conference he went further"
_PRONOUN_CLAUSE_RE = re.compile(
    r"(?:,\s+|\s)(?:though|although|but|while|whereas|because|since|when|and)\s+(?:[^,;]{0,60}?\s)?"
    r"(?P<pronoun>he|she|they)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|ew|ave|ade|ook|ent|aid|ote)\b[^,;]*,?\s*$"
)


#: a noun phrase and a comma right before a name: the name is in apposition to that noun
_APPOSITION_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our)\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+,\s+$"
)


def clause_pronoun(text: str, s: int, k: int):
    """The personal pronoun subject of the last clause of ``text[s:k]`` when a conjunction
    opens that clause ("..., though on Sunday she went further,"), else None."""
    m = _PRONOUN_CLAUSE_RE.search(text, s, k)
    return None if m is None else parse_speaker(m.group("pronoun"), m.start("pronoun"))


def _agree(pronoun: Mention, other: Mention) -> bool:
    """Whether a personal pronoun can refer to ``other`` (number, and gender when known)."""
    if pronoun.number != other.number:
        return False
    return pronoun.gender is None or other.gender is None or pronoun.gender == other.gender


#: the words after a quotation up to a coordinated participle ("for the league")
_SHORT_REST_RE = re.compile(r"[^,;.!?]{0,60}")
#: "with" and the participle's own subject right before it: "..., with the captain tweeting"
_WITH_SUBJECT_RE = re.compile(r",\s+with\s+(?P<np>[^,;:\"\u201c\u201d]{2,60}?) $")


def _pair_subject(np: str, k: int) -> Mention | None:
    """'critics and audiences', 'the council and the bus company': an absolute clause's
    subject of two phrases, the first of them people, a name or a body (the second in no
    list), as a group."""
    left, sep, right = np.partition(" and ")
    first = parse_speaker(left, k) if sep and right.strip() else None
    if first is None or first.kind == "pronoun" or first.kind == "descriptor" and first.number != "pl":
        return None  # ("the plan and the budget": no people; a name or a body is one)
    return Mention("descriptor", np, k, k + len(np), name=np, role=np, head=first.head, number="pl")


#: a first absolute clause with its own participle before "and" and the second's subject
_SECOND_ABSOLUTE_RE = re.compile(r"\b[a-z]{2,}ing\b.*?\s(?:and|while)\s+(?P<np>\S.*)$")


def _after_and(phrase: str, k: int) -> Mention | None:
    """'with roads closed across the valley and forecasters warning': a first absolute clause
    of a thing and its state, then the speaking one's subject after the last "and" (people, a
    name or a body)."""
    cut = phrase.rfind(" and ")
    if cut < 0:
        return None
    if phrase[:cut].split()[-1][:1].isupper():
        return None  # ("Marks and Spencer saying": one name, not a clause and a subject)
    second = phrase[cut + 5 :]
    m = parse_speaker(second, k + cut + 5, lenient=True) or bare_plural_subject(second, k + cut + 5)
    if m is None or m.kind == "pronoun":
        return None
    if m.kind == "descriptor" and not (
        person_head(m.head) or m.number == "pl" and is_group_word(m.text.split()[-1])
    ):
        return None  # ("with the film finished and the trailer calling it": no one)
    return m


def _with_subject(text: str, s: int, k: int):
    """The subject of an absolute participle ("Fans reacted, with captain Joe Hart tweeting
    that ..."): the noun phrase after "with" right before the participle at ``k``, no comma
    between ("spoke with reporters, saying ..." is the sentence subject's)."""
    if "with" not in text[max(s, k - 70) : k]:
        return None
    m = _WITH_SUBJECT_RE.search(text, max(s, k - 70), k)
    if m is None:
        return None
    phrase, k0 = m.group("np"), m.start("np")
    second = _SECOND_ABSOLUTE_RE.search(phrase)
    if second is not None:
        # 'with residents welcoming the plan and shop owners saying': the second clause's subject
        phrase, k0 = second.group("np"), k0 + second.start("np")
    np = parse_speaker(phrase, k0) or _pair_subject(phrase, k0) or _after_and(phrase, k0)
    if np is None or np.kind not in ("name", "descriptor") or np.end != m.end("np"):
        return None  # ("..., with fans on Monday saying": the participle is no "with" NP's)
    return np if " and " not in text[m.end("np") : k] else None  # (a second clause's subject speaks)


#: a restrictive relative pronoun (no comma before it; an adverb after it) just before a cue
_RELATIVE_BEFORE_RE = re.compile(r"[^,\s]\s+(?:who|that)\s+(?:[a-z]+ly\s+|still\s+|also\s+)?$")
#: 'the mayor's remarks': a possessive before a cue's form makes it a noun
_POSSESSIVE_RE = re.compile(r"['\u2019]s?\s+$")
#: the forms of "continue", a cue only when a comma or colon hands over what follows
_CONTINUE_RE = re.compile(r"continu(?:e|es|ed|ing)", re.I)


#: a retort handed over with a comma or colon ('Lund shot back, "..."', 'Roe fired back: "..."'):
#: a verb the list leaves out (its bare form is no speech), the subject right before it
_RETORT_RE = re.compile(
    r"(?:^|[,;]\s+|\s(?:and|but|then)\s+|\s)((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)"
    r"\s+((?:shot|fired|hit|struck|snapped)\s+back)\s*[,:]$"
)


def retort_head(text: str, a: int, b: int):
    """'Lund shot back, "..."': the subject of a retort verb closing ``text[a:b]``, and the
    verb as a cue; None when the phrase is no speaker."""
    if "back" not in text[max(a, b - 8) : b]:
        return None  # (most heads have none)
    m = _RETORT_RE.search(text, a, b)
    if m is None:
        return None
    mention = parse_speaker(m.group(1), m.start(1))
    if mention is None:
        return None
    return mention, PatternCue(text, m.start(2), m.end(2), "shoot back")
