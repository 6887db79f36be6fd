"""Whose voice each word is in: the one definition of quoted speech (from the quotes table) that
share of voice, tone per voice, distinctive terms and co-occurrence share."""

from types import SimpleNamespace

import pandas as pd
import pytest

from workbench.text import (
    NARRATOR,
    VERBATIM_KINDS,
    cooccurrence,
    sentence_voices,
    statement_spans,
    word_voices,
)

TEXT = (
    "Officials said the talks would resume. "
    '"We are ready," said Anna Kovac of Portugal. "The terms are fair to Spain." '
    "Critics in Madrid disagree."
)


def _at(phrase, text=TEXT):
    a = text.index(phrase)
    return a, a + len(phrase)


def _parts(*phrases):
    return ";".join("{}-{}".format(*_at(p)) for p in phrases)


QUOTES = pd.DataFrame(
    {
        "doc_id": ["d", "d"],
        "quote_id": ["d:q1", "d:q2"],
        "kind": ["indirect", "direct"],
        "source_id": ["officials", "anna-kovac"],
        "speaker_name": ["Officials", "Anna Kovac"],
        "char_start": [0, _at('"We are ready,"')[0]],
        "char_end": [_at("would resume")[1], _at('Spain."')[1]],
        "speaker_start": [0, _at("Anna Kovac of Portugal")[0]],
        "speaker_end": [9, _at("Anna Kovac of Portugal")[1]],
        "parts": [_parts("the talks would resume"), _parts("We are ready", "The terms are fair to Spain.")],
    }
)
SENTENCES = pd.DataFrame(
    {
        "doc_id": ["d"] * 4,
        "sent_id": ["d:s1", "d:s2", "d:s3", "d:s4"],
        "char_start": [_at(s)[0] for s in ("Officials said", '"We are', '"The terms', "Critics")],
        "char_end": [_at(s)[1] for s in ("resume.", "Portugal.", 'Spain."', "disagree.")],
    }
)
CORPUS = SimpleNamespace(
    documents=pd.DataFrame({"doc_id": ["d"], "text": [TEXT]}), sentences=SENTENCES, quotes=QUOTES
)


@pytest.mark.parametrize(
    "quotes, kinds, expected",
    [
        # the pieces of a statement, not its attribution
        (QUOTES, None, ["the talks would resume", "We are ready", "The terms are fair to Spain."]),
        # verbatim kinds only: reported speech left out
        (QUOTES, VERBATIM_KINDS, ["We are ready", "The terms are fair to Spain."]),
        # no parts: the statement's span
        (QUOTES.drop(columns="parts").iloc[:1], None, ["Officials said the talks would resume"]),
    ],
)
def test_statement_spans(quotes, kinds, expected):
    spans = statement_spans(quotes) if kinds is None else statement_spans(quotes, kinds=kinds)
    assert [TEXT[a:b] for a, b in zip(spans["char_start"], spans["char_end"])] == expected


@pytest.mark.parametrize(
    "word, source",
    [
        ("Officials", NARRATOR),  # the speaker
        ("said", NARRATOR),  # the cue
        ("talks", "officials"),  # reported speech is the source's
        ("ready", "anna-kovac"),
        ("Kovac", NARRATOR),  # the attribution between two pieces
        ("Spain", "anna-kovac"),
        ("Critics", NARRATOR),
    ],
)
def test_word_voices(word, source):
    w = word_voices(CORPUS)
    a, _ = _at(word)
    assert w.loc[w["char_start"] == a, "source_id"].tolist() == [source]


def test_every_word_has_one_voice():
    w = word_voices(CORPUS)
    assert len(w) == len(TEXT.replace('"', "").replace(".", "").replace(",", "").split())


@pytest.mark.parametrize(
    "sent_id, voice, source",
    [
        ("d:s1", "quoted", "officials"),  # 4 of 6 words reported
        ("d:s2", "narration", NARRATOR),  # 3 quoted words of 8: the attribution is most of it
        ("d:s3", "quoted", "anna-kovac"),  # the quote's second sentence
        ("d:s4", "narration", NARRATOR),
    ],
)
def test_sentence_voices(sent_id, voice, source):
    v = sentence_voices(CORPUS).set_index("sent_id")
    assert (v.loc[sent_id, "voice"], v.loc[sent_id, "source_id"]) == (voice, source)


def _entity(phrase, entity=None, label="GPE"):
    a, b = _at(phrase)
    return ("d", phrase, entity or phrase, label, a, b)


@pytest.mark.parametrize(
    "entity, counted",
    [
        (_entity("Spain"), True),  # inside the content
        (_entity("Portugal"), False),  # inside the speaker phrase ("Anna Kovac of Portugal")
        (_entity("Anna Kovac", label="PERSON"), False),  # the source itself
        (_entity("Madrid"), False),  # narration
        (_entity("talks", "Talks"), True),  # reported speech counts
    ],
)
def test_cooccurrence(entity, counted):
    ents = pd.DataFrame([entity], columns=["doc_id", "text", "entity", "label", "char_start", "char_end"])
    got = cooccurrence(QUOTES, ents)
    assert list(got.columns) == ["source_id", "entity", "label", "n"]
    assert len(got) == int(counted)


def test_cooccurrence_counts_a_mention_once_per_source_and_skips_unresolved():
    overlap = pd.concat([QUOTES, QUOTES.iloc[[1]].assign(quote_id="d:q3")], ignore_index=True)
    ents = pd.DataFrame(
        [_entity("Spain")], columns=["doc_id", "text", "entity", "label", "char_start", "char_end"]
    )
    assert cooccurrence(overlap, ents)["n"].tolist() == [1]
    unresolved = QUOTES.assign(source_id=pd.array([pd.NA, pd.NA], dtype="string"))
    assert cooccurrence(unresolved, ents).empty


def test_cooccurrence_of_a_corpus_is_source_entities(corpus):
    import workbench as wb

    assert wb.source_entities is wb.cooccurrence
    got = wb.cooccurrence(corpus)
    assert got.equals(wb.cooccurrence(corpus.quotes, corpus.entities))
    own = got.merge(corpus.sources[["source_id", "name"]], on="source_id")
    assert not (own["entity"] == own["name"]).any()  # no source speaks about itself
