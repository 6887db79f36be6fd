"""The charts a reader can click through, each as a :class:`~workbench.ui.ChartPicker`: a bar
or point of the chart leads to the passages it counts.

- share of voice: a source's piece of a report's bar -> its statements in that report (the
  narrator's piece -> the sentences in the narrator's voice; "other sources" -> their statements);
- named or anonymous: a report's bar -> its statements by named (or anonymous) sources;
- tone per group (per report and voice, or toward an actor): a point -> its sentences;
- topics per report: a piece of a report's bar -> its paragraphs (or sentences) on that topic,
  strongest first;
- distinctive terms: a term's bar -> each occurrence of the term in that group's reports;
- a topic's terms: a term's bar -> the term where that topic leads, strongest units first;
- timeline: a dated event -> its mention in the text.
"""

from __future__ import annotations

import pandas as pd

from ..quotes import NARRATOR, share_of_voice
from ..sentiment import scored_sentences, voices
from ..topics import term_table
from ._chart_pick import PASSAGE_COLUMNS, ChartPicker
from ._compare_plots import timeline_figure
from ._labels import doc_colours, doc_labels, named
from ._sentiment_plots import tone_by_group
from ._source_plots import OTHER, named_vs_anonymous_chart, share_of_voice_chart
from ._topic_plots import topic_prevalence

__all__ = [
    "anonymous_picker",
    "prevalence_picker",
    "term_passages",
    "timeline_picker",
    "tone_picker",
    "topic_term_passages",
    "voice_picker",
]

#: Characters of a passage's text in the picker's line "passage 2 of 7: ...".
LABEL_CHARS = 100


def _doc_ids(corpus) -> dict[str, str]:
    """Document name (as charts show it) -> ``doc_id``; ids map to themselves."""
    ids = {d: d for d in corpus.documents["doc_id"]}
    return {**ids, **{label: d for d, label in doc_labels(corpus).items()}}


def _passages(frame: pd.DataFrame, labels) -> pd.DataFrame:
    frame = frame.sort_values(["doc_id", "char_start"], kind="stable") if len(frame) else frame
    out = frame.assign(label=list(labels(frame)) if len(frame) else [])
    return out[PASSAGE_COLUMNS].reset_index(drop=True)


def _statements(quotes: pd.DataFrame) -> pd.DataFrame:
    return _passages(quotes, lambda q: q["speaker_name"].astype(str) + ": " + q["text"].astype(str))


def voice_picker(corpus, *, sov: pd.DataFrame | None = None) -> ChartPicker:
    """Share of voice (:func:`share_of_voice_chart`): a source in a report -> its statements."""
    sov = share_of_voice(corpus) if sov is None else sov
    ids = _doc_ids(corpus)
    quotes, sentences = corpus.quotes, corpus.sentences
    picker: list[ChartPicker] = []

    def passages(key) -> pd.DataFrame:
        doc, name = ids.get(key[0], key[0]), key[1]
        rows = sov[sov["doc_id"] == doc]
        if name == NARRATOR:
            v = voices(corpus)
            narration = v[(v["doc_id"] == doc) & (v["voice"] == "narration")]["sent_id"]
            s = sentences[sentences["sent_id"].isin(narration)]
            return _passages(s, lambda f: f["text"].astype(str))
        if name == OTHER:  # the sources drawn together: those without a piece of their own
            own = {k[1] for k in picker[0].choices}
            chosen = rows[~rows["name"].isin(own) & (rows["name"] != NARRATOR)]["source_id"]
        else:
            chosen = rows[rows["name"] == name]["source_id"]
        return _statements(quotes[(quotes["doc_id"] == doc) & quotes["source_id"].isin(chosen)])

    picker.append(
        ChartPicker(
            corpus,
            draw=lambda: share_of_voice_chart(named(sov, corpus, rename=False)),
            passages=passages,
            what="source",
        )
    )
    return picker[0]


def anonymous_picker(corpus) -> ChartPicker:
    """Named or anonymous (:func:`named_vs_anonymous_chart`): a bar -> its statements."""
    ids, quotes = _doc_ids(corpus), corpus.quotes

    def passages(key) -> pd.DataFrame:
        doc, anonymous = ids.get(key[0], key[0]), key[1] == "anonymous"
        return _statements(quotes[(quotes["doc_id"] == doc) & (quotes["anonymous"] == anonymous)])

    return ChartPicker(
        corpus,
        draw=lambda: named_vs_anonymous_chart(named(quotes, corpus, rename=False)),
        passages=passages,
    )


def tone_picker(
    corpus, table: pd.DataFrame, by, *, sentences: pd.DataFrame | None = None, title: str | None = None
) -> ChartPicker:
    """Tone per group (:func:`tone_by_group` of ``table`` by ``by``): a point -> the sentences
    it averages, in document order. ``sentences``: scored sentences carrying the ``by`` columns
    (default: the corpus's, with their ``voice``)."""
    by = [by] if isinstance(by, str) else list(by)
    if sentences is None:
        v = voices(corpus)[["sent_id", "voice"]]
        sentences = scored_sentences(corpus).merge(v, on="sent_id", how="left")
    ids = _doc_ids(corpus)

    def passages(key) -> pd.DataFrame:
        keep = pd.Series(True, index=sentences.index)
        for col, value in zip(by, key):
            value = ids.get(value, value) if col == "doc_id" else value
            keep &= sentences[col].astype(str) == str(value)
        return _passages(
            sentences[keep], lambda f: f["sentiment"].map("{:+.2f}".format) + " " + f["text"].astype(str)
        )

    return ChartPicker(
        corpus,
        draw=lambda: tone_by_group(named(table, corpus, rename=False), by, title=title),
        passages=passages,
        what="point",
    )


def prevalence_picker(corpus, model) -> ChartPicker:
    """Topics per report (:func:`topic_prevalence` of ``model``): a topic in a report -> the
    report's paragraphs (or sentences, the model's unit) with a share of it, strongest first."""
    prevalence = model.prevalence(corpus)
    weights = model.transform(corpus)
    key_col = "para_id" if "para_id" in weights.columns else "sent_id"
    units = corpus.paragraphs if key_col == "para_id" else corpus.sentences
    spans = units.drop_duplicates(key_col).set_index(key_col)[["char_start", "char_end", "text"]]
    ids = _doc_ids(corpus)

    def passages(key) -> pd.DataFrame:
        doc, col = ids.get(key[0], key[0]), f"topic_{int(key[1])}"
        rows = weights[(weights["doc_id"] == doc) & (weights[col] > 0)]
        rows = rows.sort_values(col, ascending=False, kind="stable")
        at = spans.loc[rows[key_col]]
        out = pd.DataFrame(
            {
                "doc_id": doc,
                "char_start": at["char_start"].to_numpy(),
                "char_end": at["char_end"].to_numpy(),
                "label": [
                    f"{share:.0%} {str(text)[:LABEL_CHARS]}" for share, text in zip(rows[col], at["text"])
                ],
            }
        )
        return out[PASSAGE_COLUMNS]

    return ChartPicker(
        corpus,
        draw=lambda: topic_prevalence(named(prevalence, corpus, rename=False)),
        passages=passages,
        describe=lambda key: f"{key[0]} · topic {key[1]}: {model.labels_[int(key[1])]}",
        what="bar",
    )


def term_passages(corpus, groups: dict, *, occurrences: pd.DataFrame | None = None):
    """For a distinctive-terms chart (:func:`~workbench.ui.distinctive_bars`) whose groups are
    ``groups`` (name -> doc_ids): a (group, term) bar -> each occurrence of the term in the
    group's reports, found as the analyzer counted it (plurals folded, phrases kept).
    ``occurrences``: :func:`workbench.topics.term_table` of the corpus, when already made."""
    occ = term_table(corpus) if occurrences is None else occurrences
    text = dict(zip(corpus.sentences["sent_id"], corpus.sentences["text"]))

    def passages(key) -> pd.DataFrame:
        docs = groups.get(key[0], [key[0]])
        rows = occ[occ["doc_id"].isin(list(docs)) & (occ["term"] == key[1])]
        return _passages(rows, lambda f: [str(text.get(s, ""))[:LABEL_CHARS] for s in f["sent_id"]])

    return passages


def topic_term_passages(corpus, model, *, occurrences: pd.DataFrame | None = None):
    """For a topic's terms (:func:`~workbench.ui.topic_terms` of ``model``): a (topic, term) bar
    -> each occurrence of the term in the units (paragraphs or sentences) whose largest share is
    that topic, the units strongest in it first. ``occurrences``: :func:`workbench.topics.term_table`
    of the corpus with the model's analyzer, when already made."""
    occ = term_table(corpus, model.analyzer_) if occurrences is None else occurrences
    weights = model.transform(corpus)
    key_col = "para_id" if "para_id" in weights.columns else "sent_id"
    shares = weights[model.columns_].to_numpy()
    lead = pd.Series(shares.argmax(axis=1), index=weights[key_col]).where(shares.sum(axis=1) > 0, -1)
    text = dict(zip(corpus.sentences["sent_id"], corpus.sentences["text"]))

    def passages(key) -> pd.DataFrame:
        topic, term = int(key[0]), str(key[1])
        strength = weights.set_index(key_col)[f"topic_{topic}"][lead == topic]
        rows = occ[(occ["term"] == term) & occ[key_col].isin(strength.index)]
        rows = rows.assign(strength=rows[key_col].map(strength)).sort_values(
            ["strength", "doc_id", "char_start"], ascending=[False, True, True], kind="stable"
        )
        rows["label"] = [
            f"{share:.0%} {str(text.get(s, ''))[:LABEL_CHARS]}"
            for share, s in zip(rows["strength"], rows["sent_id"])
        ]
        return rows[PASSAGE_COLUMNS].reset_index(drop=True)

    return passages


def timeline_picker(corpus, events: pd.DataFrame) -> ChartPicker:
    """The timeline (:func:`timeline_figure`): a dated event -> its mention in the text."""
    labels = doc_labels(corpus)
    gist = {
        (r.doc_id, int(r.char_start), int(r.char_end)): f"{r.date}: {r.gist}"
        for r in events.itertuples(index=False)
    }

    def passages(key) -> pd.DataFrame:
        doc, start, end = key[0], int(key[1]), int(key[2])
        label = gist.get((doc, start, end), str(key[3]))
        return pd.DataFrame([(doc, start, end, label)], columns=PASSAGE_COLUMNS)

    return ChartPicker(
        corpus,
        draw=lambda: timeline_figure(events, labels=labels, colours=doc_colours(corpus)),
        passages=passages,
        describe=lambda key: f"{labels.get(key[0], key[0])} · {key[3]}",
        what="event",
    )
