"""The learned layout decision: shipped parameters, readable reasons, and the failure classes
seen on unseen pages, each on a page written for this test."""

import json

import numpy as np
import pytest

from workbench.layout import _analysis, _model
from workbench.layout._analysis import article_text, label_blocks
from workbench.layout._line_pass import line_infos

PARAS = [
    "The regional council approved a plan on Monday to restore the old railway bridge over the river, "
    "ending a debate that lasted three years.",
    "Engineers found that the steel beams had rusted far more than expected, and the repairs will now "
    "take until the end of next summer.",
    "The mayor said the town could not afford to lose its only direct link to the coast, where most "
    "residents work during the season.",
    "Local shop owners welcomed the decision but asked the council to keep a temporary footbridge open "
    "while the works are under way.",
    "A spokesperson for the rail company said trains would run on a reduced timetable from March, with "
    "buses covering the evening services.",
    "The total cost is estimated at four million euros, two thirds of which will come from a national "
    "fund for regional infrastructure.",
]
COMMENTS = [
    "I have lived next to that bridge for forty years and I never thought they would actually fix it, "
    "so this is really good news for all of us.",
    "Four million euros for a bridge that nobody uses after nine in the evening seems like a lot of "
    "money to me, but maybe I am wrong about that.",
    "The buses in the evening are always late already, I do not see how adding more passengers to them "
    "will make anything better for commuters.",
    "My grandfather helped build the original bridge after the war and he would be very happy to see it "
    "restored rather than torn down and replaced.",
    "Why did it take three years to decide something so obvious? The council should explain why the "
    "first engineering report was ignored for so long.",
    "I hope they keep the old lamps on the bridge, they are the most beautiful thing in the whole town "
    "and tourists always take pictures of them.",
]
NAV = ["Home", "News", "Sport", "Weather", "Log in"]
TITLE = "Council backs plan to restore the old railway bridge"


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def body_paragraphs(text: str) -> list[str]:
    return [p for p in article_text(label_blocks(text)).split("\n\n") if p]


def test_shipped_parameters_match_the_features():
    raw = json.loads(_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert raw["features"] == list(_model.FEATURES)
    assert len(raw["coef"]) == len(raw["mean"]) == len(raw["scale"]) == len(_model.FEATURES)
    assert _model.load_model() is not None


def test_comment_thread_longer_than_the_article_is_not_the_body():
    thread = [x for k, c in enumerate(COMMENTS) for x in (f"Reader {k}", c)]
    text = page(*NAV, TITLE, "By Anna Berg", *PARAS[:3], "Comments", *thread, "Privacy Policy")
    assert body_paragraphs(text) == PARAS[:3]


def test_article_after_a_latest_headlines_cue_is_the_body():
    headlines = ["Storm closes coastal road for two days", "Fish prices climb after a poor winter"]
    text = page(*NAV, "Latest headlines", *headlines, TITLE, "By Anna Berg", *PARAS, "Privacy Policy")
    assert body_paragraphs(text) == PARAS


def test_glued_headline_and_summary_teasers_are_not_body():
    glued = [
        "Storm closes coastal road for two daysThe road along the cliffs was shut on Monday after heavy "
        "rain loosened rocks above it and",
        "Fish prices climb after a poor winterTraders at the harbour market said that the catch was the "
        "smallest in a decade, and that",
        "New ferry line opens in the springThe company behind the new crossing expects to carry thirty "
        "thousand passengers in its first",
    ]
    text = page(*NAV, TITLE, *PARAS[:4], "More from the region", *glued, "Privacy Policy")
    assert body_paragraphs(text) == PARAS[:4]


def test_inline_newsletter_box_does_not_end_the_article():
    box = [
        "Sign up for our newsletter",
        "Get the best local stories in your inbox every morning.",
        "Subscribe",
    ]
    text = page(*NAV, TITLE, "By Anna Berg", *PARAS[:3], *box, *PARAS[3:], "Privacy Policy")
    body = body_paragraphs(text)
    assert body[:3] == PARAS[:3] and body[-3:] == PARAS[3:]
    assert "Sign up for our newsletter" not in body and "Subscribe" not in body


def test_model_reason_names_the_deciding_features():
    params = _model.load_model()
    rows = np.zeros((1, len(_model.FEATURES)))
    top, contrib = _model.top_features(rows, params)
    reason = _analysis._model_reason(2.0, top[0], contrib[0])
    assert reason.startswith("layout model, p(article) 0.88: ")
    names = [part.rsplit(" ", 1)[0] for part in reason.split(": ", 1)[1].split(", ")]
    assert len(names) == 2 and all(name in _model.FEATURES for name in names)


@pytest.mark.parametrize(
    "z, expected",
    [
        ([3, 3, -1, 3, 3], [1, 1, 1, 1, 1]),  # a doubtful line inside the story is bridged
        ([3, 3, -5, 3, 3], [1, 1, 0, 1, 1]),  # a box the model rejects is left out, the story goes on
        ([-0.4, 3, 3, -0.4], [0, 1, 1, 0]),  # doubtful lines touching the run stay outside
        ([3, 3, -9, -9, -9, 0.5], [1, 1, 0, 0, 0, 0]),  # a long gap ends the story
        ([-2, -2, -2], [0, 0, 0]),  # nothing likely: no article
    ],
)
def test_article_lines_sequence_step(z, expected):
    mask = _model.article_lines(
        np.array(z, dtype=float), run_offset=1.0, keep_threshold=-2.0, edge_threshold=0.0
    )
    assert mask.astype(int).tolist() == expected


def test_fixed_mask_is_furniture_label():
    """The vectorised furniture test names the same lines as the rules' furniture_label."""
    text = page(
        *NAV,
        TITLE,
        "By Anna Berg",
        "March 3, 2021 10:15 AM",
        "Image source: Example Agency",
        "1111",
        *PARAS,
        "Related articles",
        "Advertisement",
        "© 2024 Example Gazette",
    )
    infos = line_infos(_analysis.split_lines(text))
    scores = [_analysis.prose_score(i) for i in infos]
    features = _model.line_features(infos, scores, _analysis.rule_labels(infos, scores))
    expected = [_analysis.furniture_label(i) is not None for i in infos]
    assert _model.fixed_mask(features).tolist() == expected and any(expected)


def test_rules_alone_remain_available():
    text = page(*NAV, TITLE, *PARAS, "Privacy Policy")
    infos_labels = _analysis.label_lines
    assert infos_labels([], model=False) == [] and infos_labels([], model=True) == []
    assert body_paragraphs(text) == PARAS
