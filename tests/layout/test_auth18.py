"""A byline at the end of the article or below it ("Written by ..."): the byline model reads
where a "By" line sits against the body's end (lines written for these tests)."""

import numpy as np

from workbench.layout import _metadata as metadata
from workbench.layout import _metadata_features as mf
from workbench.layout import _metadata_lines as ml
from workbench.layout import label_blocks

PROSE = (
    "The orchard growers met in the village hall on Thursday to share out the new pickers' rota, "
    "after a wet spring left the apples ripening two weeks later than in most years. "
)


def copy(*tail, byline=()):
    """Menu lines, a headline, ``byline``, five paragraphs, then ``tail``."""
    body = [PROSE + f"Part {n} says more about the rota and the hall." for n in range(5)]
    top = ["Home", "Farming", "Events", "Orchard growers share out a late harvest", *byline]
    return "\n".join([*top, *body, *tail]) + "\n"


def meta_of(text):
    rows = [
        {"order": n, "kind": b.kind, "raw": b.raw, "text": b.raw}
        for n, b in enumerate(label_blocks(text), start=1)
    ]
    return metadata.from_blocks(rows, PROSE)


def by_after(text):
    """Per byline candidate of the copy, its text and its ``by_after`` feature."""
    blocks = [{"kind": b.kind, "raw": b.raw} for b in label_blocks(text)]
    cand = ml.candidates(ml.lines_of(blocks))
    col = mf.FEATURES.index("by_after")
    return {t: bool(x[col]) for t, x, ok in zip(cand.texts, cand.X, cand.ok["author"]) if ok}


def test_by_after_marks_a_byline_at_the_article_end_only():
    found = by_after(copy("Written by Ada Quill", "Share this story"))
    assert found["Written by Ada Quill"] is True
    assert by_after(copy("Share this story", byline=["By Ada Quill"]))["By Ada Quill"] is False


def test_by_line_at_the_article_end_beats_a_bare_name_below():
    # "Written by" before the last paragraph, a bare name (a commenter's, a profile link) under
    # the article: main's model took the bare name
    body = [PROSE + f"Part {n} says more about the rota and the hall." for n in range(5)]
    top = ["Home", "Farming", "Orchard growers share out a late harvest"]
    text = "\n".join([*top, *body[:4], "Written by Ada Quill", body[4], "Tom Birch", "Share"]) + "\n"
    assert meta_of(text)["author"] == "Ada Quill"


def test_shipped_model_reads_by_after_for_the_byline_only():
    model = ml.model()
    assert "by_after" in model["author"]["features"]
    assert "by_after" not in model["title"]["features"]
    assert "by_after" not in model["date"]["features"]
    assert np.isfinite(model["author"]["coef"][model["author"]["features"].index("by_after")])
