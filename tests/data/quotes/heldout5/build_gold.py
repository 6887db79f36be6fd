"""Held-out quote gold set 5 (issue 3): annotations as readable snippets -> gold.jsonl.

Written independently of the extractor and of the other gold sets, following
../GUIDELINES.md. Each record is given by the start and end snippets of its span (``QE`` of
../goldkit.py: a unique start, then the first occurrence of the end at or after it).

    .venv/bin/python tests/data/quotes/heldout5/build_gold.py          # writes gold.jsonl and checks it
    .venv/bin/python tests/data/quotes/heldout5/build_gold.py --check  # check only
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import QE as Q  # noqa: E402  (start snippet, end snippet, kind, speaker, cue)
from goldkit import GoldFile, main  # noqa: E402

ANNOTATIONS = {
    # Not annotated: the slogan "A Steady Hand for Hard Times", "It is widely believed",
    # the narrator's rhetorical question with scare quotes "backroom politics",
    # "declined to comment", the question part of "Asked whether ..." (with "Kell smiled").
    "01_politics_election_night.txt": [
        Q(
            "Turnout was 71.4 per cent",
            "in two decades",
            "indirect",
            "Central Electoral Commission",
            "according to",
        ),
        Q('the result was "a clear', 'blank cheque."', "mixed", "Ingrid Sollberg", "said"),
        Q("People did not vote for drama", "we intend to do.", "direct", "Ingrid Sollberg", "said"),
        Q('it had suffered "a bad night', 'pretending otherwise."', "mixed", "Conrad Veldt", "conceded that"),
        Q("he would not step down", "in the spring", "indirect", "Conrad Veldt", "told reporters"),
        Q('the campaign had been "too timid', 'and the weather."', "mixed", "Marius Kell", "said"),
        Q("That is not a question for tonight,", "for tonight,", "direct", "Marius Kell", "said"),
        Q('the two men were "entirely united."', 'united."', "mixed", "Conrad Veldt", "insisted that"),
        Q("he had telephoned Sollberg", "to congratulate her", "indirect", "Conrad Veldt", "added that"),
        Q("her party would not support", 'through a wetland."', "mixed", "Amara Oyelaran-Birk", "said"),
        Q("Our price is simple:", "stay open,", "direct", "Petr Halas", "said"),
        Q("she would begin talks on Tuesday", 'accepts the arithmetic."', "mixed", "Ingrid Sollberg", "said"),
    ],
    # Not annotated: the headline, the forum heading "Fresh fintech dump ...", "declined to
    # comment", "It is understood that", "has urged them to be wary" (infinitive object),
    # "verify" (scare quotes).
    "02_technology_payments_breach.txt": [
        Q("hackers had stolen names", "2.1 million customers", "indirect", "Brightwell Pay", "said"),
        Q('an "unauthorized third party"', "and March 19", "mixed", "Brightwell Pay", "said"),
        Q(
            "full card numbers and passwords",
            "had not been exposed",
            "indirect",
            "Brightwell Pay",
            "added that",
        ),
        Q("We are deeply sorry.", "by the end of the week.", "direct", "Ossian Reyes", "said"),
        Q("she had checked 200", "all of them matched", "indirect", "Lena Vashti", "said"),
        Q("This is not recycled data", "opened in February.", "direct", "Lena Vashti", "said"),
        Q("she had alerted Brightwell", "within an hour", "indirect", "Lena Vashti", "said"),
        Q(
            "the server that was breached",
            "audit last fall",
            "indirect",
            "employees of Brightwell Pay",
            "said",
            anon=True,
        ),
        Q(
            "Everybody knew that box",
            "top of the list.",
            "direct",
            "employee of Brightwell Pay",
            "said",
            anon=True,
        ),
        Q(
            'the company was "cooperating fully"',
            "with the authorities",
            "mixed",
            "spokeswoman for Brightwell Pay",
            "saying only that",
            anon=True,
            alt=["Brightwell Pay"],
        ),
        Q(
            "it had opened an investigation",
            "an investigation",
            "indirect",
            "Data Protection Authority",
            "confirmed",
        ),
        Q("Companies that hold this much", "whether they were ready.", "direct", "Harriet Ocampo", "said"),
    ],
    # Not annotated: the volunteers' sign, the so-called "temporary" barrier,
    # "Residents have long complained about" (noun object).
    "03_weather_river_flood.txt": [
        Q("crews had carried out 143", "bungalow roof", "indirect", "Colin Ashby", "said"),
        Q("Some of those calls", "things you cannot see.", "direct", "Colin Ashby", "said"),
        Q(
            "the Skell had peaked",
            "set in 2007",
            "indirect",
            "spokeswoman for the National Rivers Agency",
            "said",
            anon=True,
            alt=["National Rivers Agency"],
        ),
        Q("more rain was expected", "the same scale", "indirect", "Forecasters", "said", anon=True),
        Q("the water had come through", 'opened a tap."', "mixed", "Priya", "said"),
        Q("she had carried her photographs", "the warning came", "indirect", "Joan", "said"),
        Q("You learn,", "letters I can't.", "direct", "Joan", "said"),
        Q("I have lived in Ashford Vale", "answer the phone.", "direct", "Gwen Tallis", "said"),
        Q("the council would open a hardship", "initial £250,000", "indirect", "Gwen Tallis", "said"),
        Q(
            "a permanent scheme had been approved",
            'funding is confirmed."',
            "mixed",
            "Northmoor County Council",
            "said in a statement that",
        ),
    ],
    # Not annotated: the placards, the question part of "Asked whether", the narrator's
    # rhetorical question, "has not said whether", "it is believed that".
    "04_education_teachers_strike.txt": [
        Q("teachers had lost almost a fifth", "over a decade", "indirect", "Miriam Achterberg", "told"),
        Q("Nobody in this crowd", "its own schools.", "direct", "Miriam Achterberg", "said"),
        Q("the strike was ‘unnecessary", "remained on the table", "mixed", "education ministry", "said"),
        Q("the offer was ‘the most generous", "fifteen years’", "mixed", "education ministry", "said"),
        Q("it would not reopen talks", "action continued", "indirect", "education ministry", "added that"),
        Q(
            "The minister’s door",
            "where to find it.",
            "direct",
            "spokesman for the education ministry",
            "said",
            anon=True,
            alt=["education ministry"],
        ),
        Q("I support my staff’s right", "tell them to wait.", "direct", "Tobias Renner", "said"),
        Q("she had taken an unpaid day", "off work", "indirect", "Nadia Forsythe", "said"),
        Q("I’m on the teachers’ side", "three days is three days,", "direct", "Nadia Forsythe", "said"),
        Q("she was less sympathetic", "as leverage’", "mixed", "Karen", "said"),
        Q(
            "it will announce further dates",
            "end of the month",
            "indirect",
            "Union of Secondary Teachers",
            "has said",
        ),
    ],
    # Not annotated: the so-called "race for space", "is expected to hold" (agentless).
    # Optional: figures from a building society (data as the source).
    "05_property_house_prices.txt": [
        Q(
            "Average house prices rose",
            "increase in a row",
            "indirect",
            "Calder Building Society",
            "according to figures published on Wednesday by",
            opt=True,
        ),
        Q("lower mortgage rates were drawing", "difficult two years", "indirect", "Rashida Ellery", "said"),
        Q("The spring bounce is real", "call it a boom.", "direct", "Rashida Ellery", "said"),
        Q("the figures flattered the market", "completed sales", "indirect", "Martin Kaufmann", "said that"),
        Q("a jump in the number of homes", "half of the year", "indirect", "Martin Kaufmann", "In his view"),
        Q("Sellers who sat on their hands", "at these prices.", "direct", "Martin Kaufmann", "said"),
        Q("her viewing diary was", "since 2021", "indirect", "Denise Quarmby", "said"),
        Q("We had eleven viewings", "door in a month.", "direct", "Denise Quarmby", "said"),
        Q("They'll offer ten per cent", "are taking it.", "direct", "Denise Quarmby", "said"),
        Q("the average asking price", "£1,200 in April", "indirect", "Homestead", "said"),
        Q("many sellers were", 'two years ago."', "mixed", "Homestead", "warned that"),
        Q(
            'the government was "encouraged',
            "in the autumn",
            "mixed",
            "spokesperson for the Treasury",
            "said",
            anon=True,
            alt=["Treasury"],
        ),
    ],
    # Not annotated: album titles, "described as the finest" (agentless), the nested
    # "she told me my timing had got lazy" inside Ayres's quote, "Tributes were also paid".
    "06_obituary_jazz_pianist.txt": [
        Q("she had died peacefully", "in the next room", "indirect", "Daniel", "said"),
        Q("She would have wanted it", "furious if it wasn't.", "direct", "Daniel", "said"),
        Q("she had never thought of herself", "as a star", "indirect", "Marguerite Osei-Lind", "said"),
        Q("I was the house pianist.", "they came back.", "direct", "Marguerite Osei-Lind", None),
        Q('she had "the best ears', 'was a stadium."', "mixed", "Clement Ayres", "said"),
        Q("Marguerite would hear you", "She was right.", "direct", "Clement Ayres", "said"),
        Q("her grandmother had phoned her", "every exam", "indirect", "Esme", "said"),
        Q("She never asked how", "I'd enjoyed it.", "direct", "Esme", "said"),
        Q("she often refused to take a fee", "could be paid", "indirect", "Gordon Pell", "According to"),
        Q('her "a musician', "musician's musician\"", "mixed", "Musicians' Guild", "called"),
        Q("it would name its new scholarship", "pianists after her", "indirect", "Musicians' Guild", "said"),
    ],
    # Not annotated: the play and series titles, the critic's own judgements, the
    # narrator's rhetorical question, "Asked whether ...", the set's cost (no cue).
    "07_arts_review_storm_season.txt": [
        Q("she had wanted the building", "the family out.”", "mixed", "Hollis Grant", "told"),
        Q("The tilt, she said,", "to get right", "indirect", "Hollis Grant", "said"),
        Q("The first version was terrifying", "for a month.", "direct", "Hollis Grant", "said"),
        Q("Abel was “the least heroic", "really understood.”", "mixed", "Tomás Ferreira", "said"),
        Q("He’s not brave.", "one of them.", "direct", "Tomás Ferreira", "said"),
        Q("the running time was", "still having.”", "mixed", "Hollis Grant", "admitted that"),
        Q("about eight minutes could go", "press night", "indirect", "Hollis Grant", "said"),
        Q("Every director of this play", "haunted cheerfully.", "direct", "Hollis Grant", None),
        Q("the theatre had taken “a real risk”", "the tilting set", "mixed", "Philippa Stroud", "said"),
    ],
    # Not annotated: "trade blame", "gave a starkly different account", "put their own losses
    # at three dead", "each accusing the other of firing first" (noun objects), "claimed to
    # have destroyed" (infinitive object), "could not be independently verified".
    "08_wire_border_clash.txt": [
        Q(
            "At least nine soldiers were killed",
            "border overnight",
            "indirect",
            "officials on both sides",
            "said",
            anon=True,
        ),
        Q(
            "Taleshi units had crossed",
            "mortars and drones",
            "indirect",
            "Morvanian defence ministry",
            "said in a statement that",
        ),
        Q("six of its soldiers", "four wounded", "indirect", "Morvanian defence ministry", "said"),
        Q("Our forces responded", "entirely with Talesh.", "direct", "Morvanian defence ministry", "said"),
        Q(
            "Morvanian troops had been building",
            "patrol approached",
            "indirect",
            "Idris Barakzai",
            "told reporters that",
        ),
        Q("We did not cross any line.", "our own soil,", "direct", "Idris Barakzai", "said"),
        Q("Taleshi forces had destroyed", "armoured vehicles", "indirect", "Idris Barakzai", "adding that"),
        Q(
            "the drones used in the attack",
            "Taleshi service",
            "indirect",
            "Morvanian military official",
            "said",
            anon=True,
        ),
        Q(
            "both armies have moved",
            "since the spring",
            "indirect",
            "Western diplomat in the region",
            "According to",
            anon=True,
        ),
        Q("the shelling began", "about an hour", "indirect", "Residents of Dursk", "said", anon=True),
        Q("at least 40 families", "by morning", "indirect", "Anzor Kiladze", "According to"),
        Q("The children have not slept", "never been this loud.", "direct", "Anzor Kiladze", "said"),
        Q('it was "deeply concerned"', "by the fighting", "mixed", "Joint Observer Mission", "said"),
        Q("the secretary-general was following", 'support dialogue."', "mixed", "Carla Menotti", "said"),
        Q(
            'the meeting was now "very unlikely"',
            "to go ahead",
            "mixed",
            "Taleshi foreign ministry official",
            "said",
            anon=True,
        ),
    ],
    # Not annotated: "Patient groups gave the plan a cautious welcome" (noun object), the
    # question part of "Asked whether ...".
    "09_health_waiting_list_plan.txt": [
        Q(
            "the government's plan to clear",
            "from public hospitals",
            "indirect",
            "Farida Mensah",
            "has warned that",
        ),
        Q("the £1.2 billion scheme", 'change buildings."', "mixed", "Farida Mensah", "said"),
        Q("We have no objection", "hospital on Tuesday.", "direct", "Farida Mensah", "said"),
        Q("more than 780,000 people", 'wait in pain."', "mixed", "Alistair Crane", "said"),
        Q("I make no apology", "their grandchild.", "direct", "Alistair Crane", "told reporters"),
        Q("No. Treatment remains free", "see a bill.", "direct", "Alistair Crane", "replied"),
        Q(
            "the scheme was expected to deliver",
            "cataract operations",
            "indirect",
            "Department of Health",
            "said in a briefing note that",
        ),
        Q("people on the list", 'they are seen."', "mixed", "Olwen Price", "said"),
        Q("the charity had heard from patients", "miles from home", "indirect", "Olwen Price", "said"),
        Q("That is not choice", "cannot drive,", "direct", "Olwen Price", "said"),
        Q(
            "two of her orthopaedic surgeons",
            "private providers",
            "indirect",
            "senior hospital manager in the north of England",
            "said",
            anon=True,
        ),
        Q(
            "They were offered better rotas",
            "compete with free parking?",
            "direct",
            "senior hospital manager in the north of England",
            "said",
            anon=True,
        ),
        Q("the money would have been better", 'open at weekends."', "mixed", "Gareth Lowell", "said"),
    ],
    # Quotation marks lost. Not annotated: "described a day of handshakes" (noun object),
    # the redundancy-package sentence after Verbeek's statement (third person, no cue),
    # "She would not name them", "did not respond to a request for comment", "It is said
    # in the town". Optional: the zero-hours sentence (Nowak's voice or the reporter's).
    "10_marks_lost_biscuit_factory.txt": [
        Q("We were told in March", "until this morning", "unmarked", "Dariusz Nowak", "said"),
        Q("I clocked in,", "in a plastic tray.", "unmarked", "Dariusz Nowak", None),
        Q("he had applied for eleven jobs", "forty miles away", "indirect", "Dariusz Nowak", "said"),
        Q(
            "Most of the jobs round here",
            "zero-hours contracts now.",
            "unmarked",
            "Dariusz Nowak",
            None,
            opt=True,
        ),
        Q("Nobody was arguing any more", "any more", "unmarked", "Sandra Bell", "said"),
        Q("People were swapping phone numbers", "going anywhere.", "unmarked", "Sandra Bell", None),
        Q(
            "the site was too old to modernise",
            "plant in Belgium",
            "indirect",
            "Verbeek Foods",
            "said in March that",
        ),
        Q("the package was decent", "not the point", "indirect", "Keith Dunmore", "said"),
        Q("You can't eat a redundancy cheque", "around that chimney.", "unmarked", "Keith Dunmore", None),
        Q("the union had put forward a rescue plan", "within a week", "indirect", "Keith Dunmore", "said"),
        Q("the council was in talks", "part of the site", "indirect", "Anita Shah", "said"),
        Q("We are not going to let this", "another empty shed", "unmarked", "Anita Shah", "said"),
        Q("about a third of his takings", "buying lunch", "indirect", "Vikram Desai", "said that"),
        Q("Some days the whole shop", "smells of ginger", "unmarked", "Vikram Desai", "said"),
        Q("I don't know what I'll miss more", "or the smell.", "unmarked", "Vikram Desai", None),
    ],
}


if __name__ == "__main__":
    sys.exit(main(GoldFile(HERE / "gold.jsonl", ANNOTATIONS, HERE / "articles")))
