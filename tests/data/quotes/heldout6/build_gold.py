"""Held-out quote gold set 6 (issue 3): annotations as readable snippets -> gold.jsonl.

Written independently of the extractor and of the other gold sets, following
../GUIDELINES.md. Each record is given by the start and end snippets of its span (``QE`` of
../goldkit.py: a unique start, then the first occurrence of the end at or after it), or by
its exact text (``Q``).

    .venv/bin/python tests/data/quotes/heldout6/build_gold.py          # writes gold.jsonl and checks it
    .venv/bin/python tests/data/quotes/heldout6/build_gold.py --check  # check only
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import (  # noqa: E402  (exact text, kind, speaker, cue)
    QE,  # noqa: E402  (start snippet, end snippet, kind, speaker, cue)
    GoldFile,
    Q,
    main,
)

# the Skyline Atlantic spokeswoman, the agency spokesman and the Island Transport Agency
# spokeswoman are unnamed spokespeople of a named body: the body is also accepted
SKYLINE = dict(anon=True, alt=["Skyline Atlantic"])
ISLAND = dict(anon=True, alt=["Island Transport Agency"])

ANNOTATIONS = {
    "01_sentencing_warehouse_arson.txt": [
        QE("Morrow had acted out of", 'wounded pride"', "mixed", "Philippa Arkwright", "said"),
        # interrupted by "she told him.": one statement
        QE("You knew that building.", "whether you might.", "direct", "Philippa Arkwright", "told"),
        # the court as the channel: a document-like source, optional
        QE(
            "Morrow poured petrol",
            "across the road",
            "indirect",
            "prosecution",
            "The court heard that",
            anon=True,
            opt=True,
        ),
        QE("Morrow had searched online", "before the blaze", "indirect", "Gillian Tremayne", "said"),
        # "Mr Nwosu's daughter, Grace": fullest name the article gives
        QE("her father had been", 'of our family"', "mixed", "Grace Nwosu", "said"),
        # the nested "He used to say ..." is not annotated on its own
        QE("He used to say the warehouse", "chain on it.", "direct", "Grace Nwosu", "said"),
        QE("his client was", "from a phone box", "mixed", "Martin Oyelowo", "said"),
        QE("He is not a man who", "anger that night,", "direct", "Martin Oyelowo", "said"),
        # "... and referred the warehouse's owners ..." is narration (noun object)
        QE("the chained fire exit was", 'another place"', "mixed", "Philippa Arkwright", "said"),
        QE("the family would now campaign", "commercial buildings", "indirect", "Emmanuel Nwosu", "said"),
        # "the 54-year-old" = the brother, Emmanuel
        QE("Nine years.", "live with now.", "direct", "Emmanuel Nwosu", "said"),
        # not annotated: "declined to comment", "It is understood that", the fund's name
    ],
    "02_mission_lunar_lander_delay.txt": [
        QE("The Halcyon lunar lander will stay", "fuel line", "indirect", "Northern Space Agency", "said"),
        # colon-introduced
        QE("We have a vehicle", "100-kilometre orbit.", "direct", "Anouk Verhaegen", "said"),
        QE("engineers believed a sliver", "four-month cruise", "indirect", "Kwame Asante-Bright", "said"),
        QE("It’s not broken.", "by Tuesday.", "direct", "Kwame Asante-Bright", "said"),
        # the question part of "Asked whether ..." is not annotated
        QE("a cancellation could not be ruled out", "very unlikely”", "mixed", "Anouk Verhaegen", "said"),
        Q("the agency was right to wait", "indirect", "Lidia Moreau", "said"),
        QE("Nobody has ever lost", "by hurrying.", "direct", "Lidia Moreau", "said"),
        # "She" = Moreau, the subject before; Verhaegen is only a possessive there.
        # "praised Verhaegen's team for publishing ..." is narration (noun object)
        QE("the landing site, on the rim", "middle of April", "indirect", "Lidia Moreau", "said"),
        # a document as the source: optional
        QE(
            "the landing window stays",
            "until 19 April",
            "indirect",
            "Northern Space Agency",
            "According to",
            opt=True,
        ),
        QE(
            "the delay would not add",
            "euro budget",
            "indirect",
            "spokesman for the Northern Space Agency",
            "said",
            anon=True,
            alt=["Northern Space Agency"],
        ),
        QE(
            "it would give its next update",
            "on Friday",
            "indirect",
            "Northern Space Agency",
            "said in a statement that",
        ),
        QE("Our priority is a safe landing", "not a fast one,", "direct", "Northern Space Agency", "added"),
        # not annotated: the rover's nickname, the narrator's rhetorical question
    ],
    "03_strike_cabin_crew_walkout.txt": [
        QE("Sunday's schedule would be", 'heavily disrupted"', "mixed", "Skyline Atlantic", "warned that"),
        QE(
            "its members had been offered",
            "record profits",
            "indirect",
            "Aviation and Travel Workers' Union",
            "said",
        ),
        # interrupted by its attribution, the second part in a paragraph of its own with no
        # narration or cue between: one statement, as "A," X said. "B."
        QE("Our members are not asking", "serve its customers.", "direct", "Bernadette Keogh", "said"),
        # two coordinated complement clauses: one statement
        QE(
            "the strike was",
            'fair and affordable"',
            "mixed",
            "spokeswoman for Skyline Atlantic",
            "said",
            **SKYLINE,
        ),
        QE(
            "We apologise to every",
            "full refund.",
            "direct",
            "spokeswoman for Skyline Atlantic",
            "said",
            **SKYLINE,
        ),
        QE("she had been told about", "at 4am", "indirect", "Priya", "said"),
        QE("I've paid for the dress", "two trains,", "direct", "Priya", "said"),
        QE("he had been queuing", "elderly father", "indirect", "Tomasz", "said"),
        QE("Nobody from the airline", "Not one person,", "direct", "Tomasz", "said"),
        QE("Most of us are with", "in uniform.", "direct", "pilot at Skyline Atlantic", "said", anon=True),
        QE("the dispute was", 'fairly and promptly"', "mixed", "Colm Devereux", "said"),
        QE("further strikes in August", 'ruled out"', "mixed", "Bernadette Keogh", "said"),
        # not annotated: placards and chant, "It is believed that", "asked not to be named"
    ],
    "04_planning_meadows_homes_refused.txt": [
        QE(
            "the council could not show",
            "lose on appeal",
            "indirect",
            "Officers",
            "saying",
            anon=True,
            alt=["West Harland District Council"],
        ),
        QE('he had "never seen', 'so united"', "mixed", "Ray Pendleton", "said"),
        QE("We are being asked", "cannot take it.", "direct", "Harriet Osei-Mensah", "told the meeting"),
        QE("the decision was likely", "planning inspector", "indirect", "Dennis Whitlock", "warned that"),
        QE("We may feel better", "the conditions,", "direct", "Dennis Whitlock", "said"),
        Q("the committee had weighed that risk", "indirect", "Ray Pendleton", "said"),
        # "He" = Pendleton, the subject before (Whitlock is the other "he")
        QE("members had been", "listed cottages", "mixed", "Ray Pendleton", "said"),
        QE("the vote was", 'common sense"', "mixed", "Ashcombe Fields Action Group", "said"),
        # the nested "People said ..." is part of her quote
        QE("People said we were", "proved them wrong.", "direct", "Margaret Ellery", "said"),
        QE('it was "disappointed', "including an appeal", "mixed", "Brackenridge Homes", "said"),
        QE("Ashcombe needs homes", "outweighed the harm.", "direct", "Brackenridge Homes", "added"),
        # not annotated: so-called "garden village", placards, the plan's title,
        # "did not respond to a request for comment"
    ],
    "05_transfer_winger_bid_rejected.txt": [
        QE("the Brazilian is", "any price”", "mixed", "Harbourside Rovers", "insisting"),
        QE(
            "Harbourside Rovers can confirm",
            "manager’s plans.",
            "direct",
            "Harbourside Rovers",
            "said in a statement",
        ),
        QE("it would not comment further", "our players”", "mixed", "Harbourside Rovers", "added that"),
        QE("Rovers had promised his client", "came in", "indirect", "Rubens Carvalho", "claimed"),
        QE("Promises were made", "very hurt.", "direct", "Rubens Carvalho", "told"),
        QE("he had spoken to the winger", "good spirits”", "mixed", "Steve Halloway", "said"),
        QE("He’s been brilliant", "at all,", "direct", "Steve Halloway", "said"),
        # "the 51-year-old" = the manager; the question is not annotated
        QE("You’ll find out", "three o’clock.", "direct", "Steve Halloway", "grinned"),
        # "He" = Carvalho, the subject of the sentence before
        QE("he was “confident", "window closes”", "mixed", "Rubens Carvalho", "said"),
        QE(
            "Mendonça had already agreed",
            "a week",
            "indirect",
            "sources close to the player",
            "said",
            anon=True,
        ),
        QE(
            "a fourth and final offer",
            "being prepared",
            "indirect",
            "people at the Spanish club",
            "According to",
            anon=True,
        ),
        # not annotated: "understood to be worth", "declined to comment", the banner,
        # the closing rhetorical question
    ],
    "06_ratehike_valdoria_bank.txt": [
        QE("it was prepared to tighten", "did not slow", "indirect", "National Bank of Valdoria", "said"),
        QE("Inflation is falling", "harshly later.", "direct", "Sabine Kross", "told"),
        QE("food prices, which rose", "main concern", "indirect", "Sabine Kross", "said"),
        QE("This was a hawkish", "off the table.", "direct", "Henrik Sallas", "said"),
        QE("the move risked choking", "under way", "indirect", "Marta Fenwick", "said"),
        QE("the bank had underestimated", "shop prices", "indirect", "Marta Fenwick", "In her view"),
        # "She" = Fenwick, not the governor
        QE("she expected the first cut", "next year", "indirect", "Marta Fenwick", "said"),
        Q("he respected the bank's independence", "indirect", "Piotr Alvane", "said"),
        QE('the decision "a heavy burden', 'with mortgages"', "mixed", "Piotr Alvane", "called"),
        QE("Nobody in government", "what we think,", "direct", "Piotr Alvane", "told"),
        QE("No. That is not", "on the table.", "direct", "Piotr Alvane", "said"),
        # minutes as the source: optional
        QE(
            "two of the seven board members",
            "holding rates",
            "indirect",
            "National Bank of Valdoria",
            "According to",
            opt=True,
        ),
        QE(
            "Thursday's decision had been",
            "unanimous",
            "indirect",
            "person familiar with the board's discussions",
            "said",
            anon=True,
        ),
        # not annotated: the poll (narration), the dropped phrase (quoted term),
        # "asked not to be named"
    ],
    "07_drought_rusenge_maize.txt": [
        # interrupted by "he said." and running over two paragraphs: one statement
        QE("In March we planted", "watching the sky.", "direct", "Joseph Wanyoike", "said"),
        QE(
            "it would distribute 40,000",
            "in October",
            "indirect",
            "Ministry of Agriculture and Livestock Development",
            "said in a statement on Monday that",
        ),
        QE("the government had also set aside", "before they starve", "indirect", "Amina Chelimo", "said"),
        QE("We cannot make it rain.", "its children,", "direct", "Amina Chelimo", "told"),
        QE(
            "the seed would come too late",
            "kept for planting",
            "indirect",
            "Rusenge Farmers’ Cooperative Society",
            "said",
        ),
        QE("members had not received", "promised last year", "indirect", "Grace Atieno", "said"),
        QE("We hear about billions", "one bag,", "direct", "Grace Atieno", "said"),
        QE("about 310,000 people", "190,000 in January", "indirect", "Harvest Bridge", "According to"),
        QE("malnutrition among children", "since 2017”", "mixed", "Elias Mburu", "warned that"),
        QE("the school feeding programme", "maize in June", "indirect", "Elias Mburu", "said"),
        QE(
            "the short rains may also",
            "are unreliable",
            "indirect",
            "Meteorologists at the Rusenge weather station",
            "say",
            anon=True,
        ),
        # not annotated: the programme's nickname, "It is feared that"
    ],
    "08_interview_actress_halvorsen.txt": [
        # the subject is introduced by description ("The woman who has played ...") first
        QE("I read it on a train", "not my stop.", "direct", "Ingrid Halvorsen", "says"),
        # interrupted, then three paragraphs, closing mark only at the end: one statement
        QE("I asked questions.", "Everything else is weather.", "direct", "Ingrid Halvorsen", "says"),
        QE("she ‘found things", "put there’", "mixed", "Owen Traske", "says"),
        # "the playwright" = Traske
        QE("She rang me at midnight", "about the comma,", "direct", "Owen Traske", "says"),
        QE("rehearsals have been", "best way’", "mixed", "Nadia Pell", "says"),
        # "She has known Halvorsen ... and says": the subject is Pell
        QE("she has never seen her", "before an opening", "indirect", "Nadia Pell", "says"),
        # the question is not annotated; the answer follows "Halvorsen laughs."
        QE("At my age, darling", "fear stairs.", "direct", "Ingrid Halvorsen", "laughs"),
        # interrupted indirect: one statement containing its attribution
        QE(
            "The part that nearly broke her, she says",
            "for five months",
            "indirect",
            "Ingrid Halvorsen",
            "says",
        ),
        QE("I went home every night", "take her off,", "direct", "Ingrid Halvorsen", "says"),
        QE("I’m not retiring.", "carrying me.", "direct", "Ingrid Halvorsen", None),
        # not annotated: headline and body scare quotes ‘difficult’, the play's and the
        # memoir's titles
    ],
    "09_summit_ostra_border_talks.txt": [
        QE("We have not closed the gap", "managed before,", "direct", "Dariusz Wolant", "told"),
        QE("Measurements are useful.", "are better,", "direct", "Elena Vasquez-Oriol", "said"),
        QE(
            "her government would not reopen",
            'without charge"',
            "mixed",
            "Elena Vasquez-Oriol",
            "adding that",
        ),
        QE("at least 14 of its citizens", "smuggling charges", "indirect", "Morvania", "says"),
        # "according to a draft seen by": a document as the source, optional
        QE(
            "the two sides had been close",
            "from April",
            "indirect",
            "draft joint statement",
            "According to",
            anon=True,
            opt=True,
        ),
        QE(
            "the draft collapsed late",
            "detained nationals",
            "indirect",
            "diplomats involved in the talks",
            "said",
            anon=True,
        ),
        QE(
            "The Morvans wanted the word",
            "'review',",
            "direct",
            "diplomat involved in the talks",
            "said",
            anon=True,
        ),
        QE(
            "the atmosphere had been",
            'correct but cold"',
            "mixed",
            "diplomat from one of the European countries that helped to broker the meeting",
            "said",
            anon=True,
        ),
        # "... and rejected what he called ..." is narration (noun object)
        QE("the detainees' cases were", 'our courts"', "mixed", "Dariusz Wolant", "said"),
        QE("a further round had been agreed", "in Geneva", "mixed", "Elena Vasquez-Oriol", "said"),
        QE("both delegations had asked", "the process", "indirect", "Lukas Brenner", "said"),
        QE("Nobody walked out", "a good day,", "direct", "Lukas Brenner", "said"),
        QE(
            "Trade between the two countries",
            "almost two-thirds",
            "indirect",
            "Kestavian Statistics Office",
            "according to",
        ),
        # not annotated: "Kestavia disputes the figure" (noun object), "It is understood that"
    ],
    "10_markslost_ferry_engine_fire.txt": [
        QE("The Carrick Isles ferry Morwen", "on Sunday", "indirect", "Westerly Ferries", "said"),
        QE("the first sign of trouble", "forward lounge", "indirect", "Kirsty Macrae", "said"),
        Q("Within a minute you couldn't see the other end of the room", "unmarked", "Kirsty Macrae", "said"),
        QE("The crew were brilliant", "I will now.", "unmarked", "Kirsty Macrae", None),
        QE("the fire had been confined", "twenty minutes", "indirect", "Alasdair Pennick", "said"),
        Q("The system did exactly what it is designed to do", "unmarked", "Alasdair Pennick", "said"),
        QE("We will not put Morwen", "as long as it takes.", "unmarked", "Alasdair Pennick", None),
        QE("the breakdown is the latest", "of disruptions", "indirect", "Islanders", "say", anon=True),
        Q("the community had run out of patience", "indirect", "Ewan Duthie", "said"),
        Q("We have a fleet where the youngest boat is 27 years old", "unmarked", "Ewan Duthie", "said"),
        QE("Every winter something breaks", "not daft.", "unmarked", "Ewan Duthie", None),
        # a paragraph of its own without attribution: Duthie or the reporter
        QE("The boats are old", "never been found.", "unmarked", "Ewan Duthie", None, opt=True),
        QE("he had written to Pennick", "new vessels", "indirect", "Ewan Duthie", "said"),
        QE(
            "two new vessels had been ordered",
            "delivery in 2027",
            "indirect",
            "spokeswoman for the Island Transport Agency",
            "said",
            **ISLAND,
        ),
        # unmarked speech interrupted by its attribution: one statement
        QE(
            "There is no quick fix",
            "now committed",
            "unmarked",
            "spokeswoman for the Island Transport Agency",
            "said",
            **ISLAND,
        ),
        # not annotated: "declined to say whether", "He has yet to receive a reply"
        # (narration), "As they say on Inchvore" (agentless)
    ],
}


if __name__ == "__main__":
    sys.exit(main(GoldFile(HERE / "gold.jsonl", ANNOTATIONS, HERE / "articles", words=(300, 450))))
