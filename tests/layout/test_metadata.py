"""Metadata of text copies: headline, byline, dateline, outlet, labels (self-written lines)."""

from datetime import date

import pandas as pd
import pytest

import workbench as wb
from workbench.layout import _metadata as metadata
from workbench.layout import _metadata_features as metadata_features
from workbench.layout import _metadata_lines as metadata_lines
from workbench.layout import label_blocks

PROSE = (
    "The harbour council met on Tuesday evening to discuss the cost of repairing the old sea "
    "wall, which was damaged by three winter storms in a row and now leaks at high tide. "
)


def copy(*top, tail=()):
    """A text copy: menu lines, the given lines above the article, four paragraphs, a tail."""
    body = [PROSE + f"Paragraph {n} adds a few more words about the works and the town." for n in range(4)]
    return "\n".join(["Home", "News", "Sport", "Weather", *top, *body, *tail]) + "\n"


def meta_of(text):
    rows = [
        {"order": n, "kind": b.kind, "raw": b.raw, "text": b.raw}
        for n, b in enumerate(label_blocks(text), start=1)
    ]
    return metadata.from_blocks(rows, PROSE)


@pytest.mark.parametrize(
    "aid",
    ["4 min read", "Listen to this article 4 min", "4 min read | 1,203 views", "1,203", "Share on Facebook"],
)
def test_headline_is_never_a_reading_aid_or_counter(aid):
    m = meta_of(copy(aid, "Harbour town votes to rebuild its old sea wall", aid, "By Mara Olsen"))
    assert m["title"] == "Harbour town votes to rebuild its old sea wall"


@pytest.mark.parametrize(
    "line, name, role",
    [
        ("By Mara Olsen", "Mara Olsen", None),
        ("Posted by Mara Olsen on March 3, 2024", "Mara Olsen", None),
        ("Mara Olsen | Staff writer", "Mara Olsen", "Staff writer"),
        ("Written by Mara Olsen", "Mara Olsen", None),
        ("Mara Olsen, Senior Reporter", "Mara Olsen", "Senior Reporter"),
        ("By Mara OlsenPublished: Mar 3, 2024", "Mara Olsen", None),
        ("ByMara Olsen", "Mara Olsen", None),
        ("March 3, 2024 by Mara Olsen", "Mara Olsen", None),
        ("By Mara Olsen and Tom Reyes", "Mara Olsen and Tom Reyes", None),
        ("Por María Gómez", "María Gómez", None),
    ],
)
def test_byline_forms(line, name, role):
    assert metadata_lines.byline_name(line) == (name, role)


def test_not_a_name():
    assert metadata_lines.byline_name("Harbour town votes to rebuild its old sea wall")[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "By Mara Olsen",
        "Posted by Mara Olsen on March 3, 2024",
        "Mara Olsen | Staff writer",
        "Written by Mara Olsen",
    ],
)
def test_author_from_a_copy(line):
    m = meta_of(copy("Harbour town votes to rebuild its old sea wall", line, "March 3, 2024"))
    assert m["author"] == "Mara Olsen"


@pytest.mark.parametrize(
    "line, day",
    [
        ("March 3, 2024", date(2024, 3, 3)),
        ("Published: Mar 3, 2024 at 9:12 am", date(2024, 3, 3)),
        ("3 March 2024", date(2024, 3, 3)),
        ("2024-03-03T09:12:00Z", date(2024, 3, 3)),
        ("2024/3/3", date(2024, 3, 3)),
        ("03.03.2024", date(2024, 3, 3)),
        ("3 de marzo de 2024", date(2024, 3, 3)),
        ("3. März 2024", date(2024, 3, 3)),
        ("3 mars 2024", date(2024, 3, 3)),
        ("3 марта 2024", date(2024, 3, 3)),
        ("2024年3月3日", date(2024, 3, 3)),
        ("Tuesday, March 3rd, 2024", date(2024, 3, 3)),
        ("12/31/2024", date(2024, 12, 31)),
        ("Updated 3 hours ago", None),
    ],
)
def test_date_formats_and_languages(line, day):
    assert metadata_lines.find_date(line) == day


def test_date_from_a_copy():
    m = meta_of(
        copy("Harbour town votes to rebuild its old sea wall", "By Mara Olsen", "Published 3 March 2024")
    )
    assert m["published"] == pd.Timestamp("2024-03-03", tz="UTC")


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("© 2019 CBS Broadcasting Inc. All Rights Reserved.", "CBS"),
        ("Copyright 2024 The Coastal Ledger. All rights reserved.", "The Coastal Ledger"),
        ("Follow The Coastal Ledger on Facebook", "The Coastal Ledger"),
        ("Follow us on Facebook", None),
    ],
)
def test_outlet_lines(line, outlet):
    assert metadata.outlet_from_footer([line]) == outlet


def test_outlet_from_a_copy_tail():
    m = meta_of(
        copy(
            "Harbour town votes to rebuild its old sea wall",
            "By Mara Olsen",
            tail=("Follow The Coastal Ledger on Facebook", "Privacy policy"),
        )
    )
    assert m["outlet"] == "The Coastal Ledger"


def test_labels_unique_and_never_empty(tmp_path):
    text = copy(
        "Harbour town votes to rebuild its old sea wall", "By Mara Olsen", tail=("© 2024 The Coastal Ledger",)
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("Paragraph 3", "Paragraph three"), encoding="utf-8")
    (tmp_path / "c.txt").write_text("short\n", encoding="utf-8")
    corpus = wb.load_corpus(tmp_path, cache=False, progress=False)
    labels = corpus.documents.set_index("doc_id")["label"]
    assert labels["a"] == "Harbour town votes to rebuild its old… · The Coastal Ledger"
    assert labels["b"] == labels["a"] + " (2)"
    assert labels["c"] == "c"
    assert labels.is_unique and labels.notna().all()


def test_labels_unique_through_the_cache(tmp_path):
    text = copy("Harbour town votes to rebuild its old sea wall")
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(text + name + "\n", encoding="utf-8")
    built = wb.load_corpus(tmp_path / "in", cache_dir=tmp_path / "cache", progress=False)
    again = wb.load_corpus(tmp_path / "in", cache_dir=tmp_path / "cache", progress=False)
    assert built.documents["label"].is_unique
    assert list(again.documents["label"]) == list(built.documents["label"])


def test_long_title_is_cut_at_a_word():
    label = metadata.document_label("word " * 30, "Ledger", "x.txt")
    assert label.endswith("… · Ledger") and len(label) < 55


def test_long_outlet_is_cut_at_a_word():
    """A whole masthead line read as the outlet would crowd a chart's axis."""
    label = metadata.document_label(
        "Sea wall vote", "The Harbour Gazette and Evening Ledger of the Northern Coast", "x.txt"
    )
    assert label == "Sea wall vote · The Harbour Gazette and…"


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Home > Gardens > Five rules for a quiet garden", "Five rules for a quiet garden"),
        ("Five rules for a quiet garden | The Weekly Plot", "Five rules for a quiet garden"),
        ("Open 24/7: the town's new ferry office", "Open 24/7: the town's new ferry office"),
        ("Buy and/or rent a boat this summer", "Buy and/or rent a boat this summer"),
    ],
)
def test_headline_without_breadcrumb_or_site_name(line, headline):
    assert metadata_lines.clean_headline(line) == headline


def test_glued_month_is_read():
    """A copy that lost the spacing between a section label and the date still shows the day."""
    assert metadata_lines.find_date("Coastal NewsMARCH 3, 2024Updated: APRIL 9, 2024") == date(2024, 3, 3)
    assert metadata_lines.find_date("Summary 5, 2024") is None


@pytest.mark.parametrize(
    "lines",
    [
        ("Written by", "Mara Olsen"),  # the name on the line below the opener
        ("Mara Olsen", "Senior Reporter"),  # a name line, then a role line
    ],
)
def test_author_from_name_lines(lines):
    m = meta_of(copy("Harbour town votes to rebuild its old sea wall", *lines, "March 3, 2024"))
    assert m["author"] == "Mara Olsen"


def test_published_day_over_updated_day():
    m = meta_of(
        copy(
            "Harbour town votes to rebuild its old sea wall",
            "By Mara Olsen",
            "Updated April 9, 2024",
            "Published March 3, 2024",
        )
    )
    assert m["published"].date() == date(2024, 3, 3)


def test_headline_not_a_section_or_teaser():
    """The headline nearest the article wins over a teaser headline and a section label above it."""
    m = meta_of(
        copy(
            "Council approves new budget for the marina",
            "Local News",
            "Harbour town votes to rebuild its old sea wall",
            "By Mara Olsen",
        )
    )
    assert m["title"] == "Harbour town votes to rebuild its old sea wall"


def test_feature_helpers():
    assert metadata_features._by_label("Written by") and metadata_features._by_label("Author:")
    assert not metadata_features._by_label("By Mara Olsen")
    assert metadata_features._role_line("Senior Reporter") and not metadata_features._role_line(
        "March 3, 2024"
    )


@pytest.mark.parametrize(
    "line, name",
    [
        ("By Lena Maio on March 3, 2024", "Lena Maio"),  # a month word as a surname
        ("Written by: Tom May", "Tom May"),
        ("Mar. 3, 2024 · Mara Olsen on behalf of the harbour desk", "Mara Olsen"),  # date, then name
        ("Mar 3, 2024Mara Olsen", "Mara Olsen"),  # glued in a copy that lost the spacing
    ],
)
def test_byline_names_around_dates(line, name):
    assert metadata_lines.byline_name(line)[0] == name


@pytest.mark.parametrize("line", ["March 3, 2024", "Published March 3, 2024", "March Olsen wins"])
def test_a_date_or_a_month_first_is_no_name(line):
    assert metadata_lines.byline_name(line)[0] is None


def test_dateline_far_above_the_article():
    """A line the layout calls a dateline counts even when a long menu separates it from the
    article (beyond the window of lines looked at around the body)."""
    menu = [f"Section {n}" for n in range(70)]
    m = meta_of(copy("Published March 3, 2024", *menu, "Harbour town votes to rebuild its old sea wall"))
    assert m["published"] == pd.Timestamp("2024-03-03", tz="UTC")


def test_title_block_fallback_is_never_a_reading_aid():
    """When the scorer trusts no line, the layout's title block is the headline only if it
    reads as one ("6 min read" is not)."""
    blocks = [
        {"order": 1, "kind": "title", "raw": "6 min read", "text": "6 min read"},
        *({"order": n, "kind": "body", "raw": PROSE * 2, "text": PROSE * 2} for n in range(2, 6)),
    ]
    assert metadata.from_blocks(blocks, PROSE)["title"] is None


def test_no_headline_candidates_in_the_middle_of_the_article():
    """Subheadings between paragraphs are not scored as headlines (the pre-filter that keeps
    the scorer fast): only lines near the article's start are."""
    paras = [PROSE + f"Paragraph {n} adds a few more words about the works and the town." for n in range(30)]
    text = "\n".join(["Home", "Harbour town votes to rebuild its old sea wall", *paras[:15]])
    text += "\nWhat The Council Decided Next Week\n" + "\n".join(paras[15:]) + "\n"
    rows = [{"kind": b.kind, "raw": b.raw} for b in label_blocks(text)]
    cand = metadata_lines.candidates(metadata_lines.lines_of(rows))
    titles = [t for t, ok in zip(cand.texts, cand.ok["title"]) if ok]
    assert "Harbour town votes to rebuild its old sea wall" in titles
    assert "What The Council Decided Next Week" not in titles


def test_first_stage_keeps_a_few_lines_per_field():
    """Only the few lines the cheap first stage ranks best per field are read in full (the
    scorer's speed), and the headline nearest the article is among them under a long list of
    teaser headlines."""
    teasers = [f"Ferry timetable changes for the {n}th week of the summer season" for n in range(40)]
    rows = [
        {"kind": b.kind, "raw": b.raw}
        for b in label_blocks(
            copy(*teasers, "Harbour town votes to rebuild its old sea wall", "By Mara Olsen", "March 3, 2024")
        )
    ]
    lines = metadata_lines.lines_of(rows)
    keep = {f: metadata_lines.model()["first"][f]["keep"] for f in metadata_lines.FIELDS}
    kept = metadata_lines.first_stage(metadata_lines.window(lines))
    assert all(kept[f].sum() <= keep[f] for f in keep)
    assert len(metadata_lines.candidates(lines).pos) <= sum(keep.values())
    m = meta_of(
        copy(*teasers, "Harbour town votes to rebuild its old sea wall", "By Mara Olsen", "March 3, 2024")
    )
    assert (m["title"], m["author"]) == ("Harbour town votes to rebuild its old sea wall", "Mara Olsen")
    assert m["published"] == pd.Timestamp("2024-03-03", tz="UTC")


@pytest.mark.parametrize(
    "line, is_glued",
    [
        ("Ferry timetable changes this weekHarbour wall repairs beginMarina fees rise", True),
        ("•Harbour news•Ferry times•Marina fees", True),
        ("PlayStation club opens in the harbour town", False),  # one camel-case brand
        ("Harbour town votes to rebuild its old sea wall", False),
    ],
)
def test_glued_teaser_lines(line, is_glued):
    """Teaser headlines run together in one line (a copy that lost the breaks) are told apart
    from a headline: a feature of the full scorer."""
    assert metadata_features.glued(line) is is_glued


def test_author_box_under_the_article():
    """A name under an author box's heading, with a bio that names the writer again, is the
    byline when the top of the copy shows none."""
    m = meta_of(
        copy(
            "Harbour town votes to rebuild its old sea wall",
            "March 3, 2024",
            tail=(
                "About the Author",
                "Mara Olsen",
                "Mara Olsen has covered the harbour, its ferries and its council for ten years.",
                "Related posts",
            ),
        )
    )
    assert m["author"] == "Mara Olsen"


def test_author_box_features():
    lines = metadata_lines.lines_of(
        [
            {
                "kind": "other",
                "raw": "About the Author\nMara Olsen\nMara has written about the harbour for ten years now.",
            }
        ]
    )
    assert metadata_features._cue_above(lines, 1) and not metadata_features._cue_above(lines, 0)
    assert metadata_features._bio_below(lines, 1, ["Mara", "Olsen"])
    assert not metadata_features._bio_below(lines, 1, ["Tom", "Reyes"])
    for cue in ("Article written by:", "About the writers", "Author"):
        assert metadata_features.AUTHOR_CUE.match(cue)
    assert not metadata_features.AUTHOR_CUE.match("By Mara Olsen")


def test_headline_over_prose_not_in_a_list():
    """A headline has prose below it (a standfirst); a link in a list of contents has more
    short lines around it: features of the full scorer."""
    items = ["Why the old wall leaks", "What the repairs will cost", "When the works begin", "Who pays"]
    lines = metadata_lines.lines_of(
        [
            {"kind": "navigation", "raw": "\n".join(items)},
            {"kind": "other", "raw": "Harbour town votes to rebuild its old sea wall"},
            {"kind": "body", "raw": PROSE},
        ]
    )
    page = metadata_lines.Page(lines, 5, 5)
    X = metadata_features.full_features(page, [1, 4], metadata_lines.np.zeros(2), [False, False])
    col = metadata_features.FEATURES.index
    assert X[1, col("prose_below")] == 1 and X[0, col("prose_below")] == 0
    assert X[0, col("list_neighbours")] > X[1, col("list_neighbours")]


def test_headline_over_its_byline_inside_the_found_body():
    """When the body the layout found starts early (an intro before the article), a headline
    over a byline in the middle of it is still a candidate, and its byline is read."""
    paras = [PROSE + f"Paragraph {n} adds a few more words about the works and the town." for n in range(30)]
    text = "\n".join(
        ["Home", *paras[:14], "Harbour town votes to rebuild its old sea wall", "By Mara Olsen", *paras[14:]]
    )
    rows = [{"kind": b.kind, "raw": b.raw} for b in label_blocks(text + "\n")]
    cand = metadata_lines.candidates(metadata_lines.lines_of(rows))
    titles = [t for t, ok in zip(cand.texts, cand.ok["title"]) if ok]
    assert "Harbour town votes to rebuild its old sea wall" in titles
