"""page_kind: article, listing, forum, other, on self-written copies."""

import workbench as wb
from workbench.layout import label_blocks
from workbench.layout import page_kind as classify

SENTENCE = (
    "The harbour council met on Tuesday evening to discuss the cost of repairing the old sea "
    "wall, which three winter storms in a row damaged so badly that it now leaks at high tide."
)

ARTICLE = "\n".join(
    ["Home", "News", "Harbour town votes to rebuild its old sea wall", "By Mara Olsen"]
    + [f"{SENTENCE} Paragraph {n} adds more about the works, the costs and the town." for n in range(8)]
    + [
        "Related stories",
        "Lighthouse opens to visitors after repairs",
        "New ferry timetable for summer",
        "Fishing quotas cut again this year",
        "Comments",
        "Great news, about time",
        "Reply",
    ]
)

TEASERS = [
    (
        "Lighthouse opens to visitors after two years of repairs",
        "Visitors can climb the tower again from Saturday, the council said, after the works ended early.",
    ),
    (
        "New ferry timetable adds a late boat on Fridays",
        "The operator will run a last crossing at eleven at night from June until the end of August.",
    ),
    (
        "Fishing quotas cut again for the coming season",
        "Local crews say the new limits will halve their catch of cod and force some boats to stay in port.",
    ),
    (
        "School roof repaired before the autumn term begins",
        "Builders finished the work a week ahead of plan and under the budget the town had set for it.",
    ),
    (
        "Market square to close for resurfacing in spring",
        "Stalls will move to the quay for six weeks while the old stones are lifted and laid again.",
    ),
    (
        "Harbour master retires after thirty years at sea",
        "Colleagues gathered on the pier to thank him for three decades of guiding boats into port safely.",
    ),
    (
        "Storm warning issued for the whole coast tonight",
        "Forecasters expect gusts of up to ninety kilometres an hour and advise boats to stay in harbour.",
    ),
    (
        "Library extends its opening hours on weekdays",
        "The reading room will stay open until eight in the evening after readers asked for later hours.",
    ),
]
LISTING = "\n".join(
    ["Home", "News", "Latest news"]
    + [line for title, summary in TEASERS for line in (title, summary, "3 March 2024")]
)

POSTS = [
    ("harbour_fan", "I think the wall should be rebuilt in stone, the concrete one never lasted."),
    ("seagull42", "Agreed, but who pays for it? The regional fund will not cover everything."),
    ("mara_o", "The council said most of it comes from the coastal defence fund this year."),
    ("old_salt", "We had the same debate in 1990 and nothing happened for ten years after."),
    ("quayside", "Phasing the works so boats can still land seems the only sensible way."),
    ("harbour_fan", "Good point, the fishermen cannot lose a whole summer of landings."),
]
FORUM = "\n".join(
    ["Forum", "Town talk", "Sea wall rebuild: your views"]
    + [line for user, post in POSTS for line in (user, "2 hours ago", post, "Reply", "Quote")]
)

OTHER = "\n".join(
    [
        "Home",
        "News",
        "Contact us",
        "Opening hours",
        "Monday to Friday",
        "Privacy policy",
        "Terms of use",
        "Sitemap",
    ]
)


def kind(text):
    return classify(label_blocks(text))


def test_article_with_related_box_and_comments_is_an_article():
    k, score = kind(ARTICLE)
    assert k == "article" and score > 0.5


def test_list_of_teasers_is_a_listing():
    assert kind(LISTING)[0] == "listing"


def test_thread_of_posts_is_a_forum():
    assert kind(FORUM)[0] == "forum"


def test_page_without_prose_is_other():
    assert kind(OTHER) == ("other", 1.0)


def test_page_kind_in_documents_and_manifest(tmp_path):
    for name, text in (("article", ARTICLE), ("listing", LISTING), ("forum", FORUM)):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    corpus = wb.load_corpus(tmp_path, cache=False, progress=False)
    docs = corpus.documents.set_index("doc_id")
    assert dict(docs["page_kind"]) == {"article": "article", "listing": "listing", "forum": "forum"}
    assert docs["page_kind_score"].between(0, 1).all()
    assert dict(zip(corpus.manifest["path"], corpus.manifest["page_kind"])) == {
        "article.txt": "article",
        "listing.txt": "listing",
        "forum.txt": "forum",
    }
