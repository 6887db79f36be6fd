"""Held-out quote gold set 3 (issue 3): annotations as readable snippets -> gold.jsonl.

Written independently of the extractor, following ../GUIDELINES.md. Each record is located
by the start and end snippets of its span (the start snippet must be unique in the article).

    .venv/bin/python tests/data/quotes/heldout3/build_gold.py          # writes gold.jsonl and checks it
    .venv/bin/python tests/data/quotes/heldout3/build_gold.py --check  # check only
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import GoldFile, main  # noqa: E402
from goldkit import QE as Q  # noqa: E402  (start snippet, end snippet, kind, speaker, cue)


ANNOTATIONS = {
    "01_politics_budget_vote.txt": [
        Q("This budget keeps", "single new tax,", "direct", "Adela Korsgaard", "told"),
        Q('the government had "bought', 'never be built."', "mixed", "Civic Alliance",
          "said in a statement that"),
        Q("They have mortgaged", "Voters will remember.", "direct", "Tomasz Vrablik", "said"),
        Q('the deal "a bazaar', 'not a budget"', "mixed", "Tomasz Vrablik", "called"),
        Q("The rail link had been", 'can see that."', "mixed", "Lina Hartmann", "said"),
        Q("the leadership had spent", "threatened to abstain", "mixed",
          "senior aide to the prime minister", "said", anon=True),
        Q("We got there", "nobody is celebrating,", "direct",
          "senior aide to the prime minister", "said", anon=True),
        Q("she would present a revised", "in June", "indirect", "Adela Korsgaard", "said"),
        Q("The numbers will speak", "for themselves,", "direct", "Adela Korsgaard", "added"),
    ],
    "02_crime_jeweller_raid.txt": [
        Q("officers had detained", "watches and rings", "mixed",
          "Castlebridge Metropolitan Police", "said"),
        Q("This was a frightening", "within seconds.", "direct", "Ruth Abernethy", "said"),
        Q("The owner, 67-year-old", "with hammers", "indirect", "police", "said", anon=True,
          alt=["Castlebridge Metropolitan Police"]),
        Q("the raid lasted", "less than a minute", "indirect", "Marisol Quinn", "said"),
        Q("They didn't say a word.", "then they ran,", "direct", "Marisol Quinn", "said"),
        Q('he had heard "a noise', "among the broken glass", "mixed", "Patrick Dunleavy", "said"),
        Q("Gerry was white", "man he is.", "direct", "Patrick Dunleavy", "said"),
        Q("her father was recovering", 'reopen by Christmas"', "mixed",
          "daughter of Gerald Pinsent", "told local radio that", anon=True),
    ],
    "03_economy_rate_hold.txt": [
        Q("inflation, which stood", "remained stubborn", "mixed", "Ilse Brandvold", "said"),
        Q("We are not yet in a position", "expensive to rebuy.", "direct", "Ilse Brandvold",
          "told"),
        Q('the decision was "the right call', 'close one"', "mixed", "Ravi Menon", "said"),
        Q("the bank would begin easing", "had been published", "indirect", "Ravi Menon",
          "In his view"),
        Q("The bank is fighting", "landing harder.", "direct", "Katarina Oduya", "said"),
        Q('it "respected the independence', 'disinflation process"', "mixed", "finance ministry",
          "said in a statement that"),
        Q("Markets had priced in", "chance of a cut", "indirect", "Ostrava Exchange",
          "according to data from", opt=True),
        Q("the bank's next forecast", "energy prices", "indirect", "Ilse Brandvold", "said"),
    ],
    "04_environment_fish_kill.txt": [
        Q("Tens of thousands of fish", "by farm run-off", "indirect", "University of Aldmoor",
          "according to a study released on Tuesday by", opt=True),
        Q("nitrate concentrations measured", "decades of sampling.”", "mixed", "Hannah Seferis",
          "said"),
        Q("What we saw was", "simply suffocate.", "direct", "Hannah Seferis", "said"),
        Q("the problem was not confined", "to the Tarrow", "indirect", "Hannah Seferis", "said"),
        Q("Similar blooms had been", "since 2020", "indirect", "Hannah Seferis", "added"),
        Q("For years we were told", "no hiding from it.", "direct", "Owen Mbeki", "said"),
        Q("its members were “as distressed", "a single river", "mixed",
          "Aldmoor Farmers’ Union", "said"),
        Q("Agriculture will play its part", "one sector,", "direct", "Graham Ashdown", "wrote"),
        Q("it would review the study", "tighten permits", "indirect",
          "Tarrow Valley Environment Agency", "said"),
    ],
    "05_culture_novel_prize.txt": [
        Q("she had written most of the book", "hospital receptionist", "indirect",
          "Mira Castellane", "said"),
        Q("I wrote it in the dark", "after the crossing out.", "direct", "Mira Castellane", "said"),
        Q("she had stopped counting", "after the eighth", "indirect", "Mira Castellane", "said"),
        Q("Somebody told me", "as a compliment.", "direct", "Mira Castellane", "recalled"),
        Q("the prize would transform", "employs four people", "indirect", "Daniel Orme", "said"),
        Q("We printed 1,200", "ordered 40,000,", "direct", "Daniel Orme", "said"),
        Q("the novel ‘beautifully made", "entirely inert’", "mixed", "Simon Achebe-Lowe",
          "called"),
        Q("its central family ‘never", "plot hands them’", "mixed", "Simon Achebe-Lowe",
          "adding that"),
        Q("He’s entitled to that.", "my own mother,", "direct", "Mira Castellane", "said"),
        Q("the book’s ‘patience", "ferocity’", "mixed", "judges’ citation", "praised", opt=True,
          alt=["Harwell Prize"]),
        Q("the panel had reached", "in under an hour", "indirect", "Alina Roth", "said"),
        Q("she had not decided", "not decided", "indirect", "Mira Castellane", "said"),
    ],
    "06_sport_cup_final.txt": [
        Q("I told them at half-time", "team that believed it.", "direct", "Marco Delacroix",
          "said"),
        Q("the victory belonged", 'no money at all."', "mixed", "Marco Delacroix", "said"),
        Q("Honestly, I just closed", "cry for a week.", "direct", "Lotte Vinkel", "said"),
        Q("the team had spoken at length", "if they fell behind", "indirect", "Bisi Adeyemi",
          "said"),
        Q("We have been behind", "DNA now.", "direct", "Bisi Adeyemi", "said"),
        Q("We gave them the game", "anybody else,", "direct", "Joanna Freitas", "said"),
        Q('he would "have a look', 'on the video"', "mixed", "Stefan Oyelaran", "said"),
        Q("Cup finals are cruel.", "home with nothing,", "direct", "Stefan Oyelaran", "said"),
    ],
    "07_international_dam_talks.txt": [
        Q('both sides had "stepped back', "within a month", "mixed", "Pavel Draganov", "said"),
        Q("We did not solve", "not nothing,", "direct", "Pavel Draganov", "told"),
        Q("Ondavia would not accept", "dry season", "indirect", "Amara Selassie-Voss", "said"),
        Q("For millions of our farmers", "plant next year,", "direct", "Amara Selassie-Voss",
          "said"),
        Q("The breakthrough followed", "African Union", "indirect", "diplomats", "said",
          anon=True),
        Q("the main sticking point", "would be filled", "indirect",
          "senior official involved in the talks", "said", anon=True),
        Q("Kestria wanted to fill", "pressing for seven", "indirect",
          "senior official involved in the talks", "said", anon=True),
        Q("If they can agree", "is engineering,", "direct",
          "senior official involved in the talks", "said", anon=True),
        Q("the commission will include", "by the mediators", "indirect", "Pavel Draganov",
          "According to"),
    ],
    "08_health_critical_incident.txt": [
        Q("the decision had been taken", 'not to alarm them"', "mixed", "Samuel Okonkwo",
          "said in a message to staff that"),
        Q("We have had flu", "something extraordinary.", "direct", "Samuel Okonkwo", "said"),
        Q("You go from bed to bed", "before I could drive.", "direct", "Karen Whitfield", "said"),
        Q("she did not blame", "hospital's managers", "indirect", "Karen Whitfield", "said"),
        Q("The problem, in her view", "care places for them", "indirect", "Karen Whitfield",
          "in her view"),
        Q("her mother had been given", "able to sleep", "indirect", "Lisa Marsh", "said"),
        Q("Nobody has been rude", "yesterday afternoon.", "direct", "Lisa Marsh", "said"),
        Q('it was "working closely', "hospital in Brackley", "mixed",
          "Northern Counties Health Board", "said in a statement that"),
    ],
    "09_marks_lost_port_checks.txt": [
        Q("Inspections of containers", "clearance times", "indirect", "Viktor Halloran",
          "has told the Saltmere Courier",
          alt=["former director of the port authority"]),
        Q("the order came from", "never put in writing", "indirect", "Viktor Halloran", "said"),
        Q("Everybody knew what the targets", "for the checks", "unmarked", "Viktor Halloran",
          "said"),
        Q("I was not going to be", "neither was anybody else.", "unmarked", "Viktor Halloran",
          None),
        Q("the share of containers", "over six months", "indirect", "Viktor Halloran",
          "According to"),
        Q("Those figures were never", "outside the office.", "unmarked", "Viktor Halloran", None,
          opt=True),
        Q("I raised it twice", "a temporary measure", "unmarked", "Viktor Halloran", "said"),
        Q("In my experience", "last for ever.", "unmarked", "Viktor Halloran", None),
        Q("inspection rates were set", "had been met", "indirect",
          "spokeswoman for the port authority", "said", anon=True, alt=["port authority"]),
        Q("the pressure had eased", "took over in January", "indirect",
          "customs officer currently working at Saltmere", "said", anon=True),
        Q("We are opening more boxes", "that much is true", "unmarked",
          "customs officer currently working at Saltmere", "said", anon=True),
        Q("But the backlog", "believe me.", "unmarked",
          "customs officer currently working at Saltmere", None, anon=True),
        Q("he had decided to speak out", "port's history", "indirect", "Viktor Halloran", "said"),
        Q("If that shipment", "would have found it", "unmarked", "Viktor Halloran", "said"),
    ],
    "10_translated_grain_corridor.txt": [
        Q("For Tarvia, this is first", "Asia on price", "direct", "Arkady Lomov",
          "explains to the newspaper Vestnik"),
        Q("the corridor will pay", "planned level", "indirect", "Arkady Lomov", "According to"),
        Q("The railway was built", "two hundred wagons.", "direct", "Irina Vasko", "says"),
        Q("the construction of a new grain", "in the spring", "indirect", "Ministry of Transport",
          "said that"),
        Q("the main risk is not technical", "not technical", "indirect", "Experts",
          "believe that", anon=True),
        Q("the corridor makes Tarvia", "transit neighbour", "indirect", "Oleg Murtazin",
          "In the opinion of"),
        Q("If relations with Kaspar", "talk about it", "direct", "Oleg Murtazin", "says"),
        Q("the corridor «serves", "both peoples»", "mixed", "Ruslan Tekeyev",
          "said in January that"),
        Q("Neighbours always argue", "already lying", "direct", "Arkady Lomov", "says"),
    ],
}



if __name__ == "__main__":
    sys.exit(main(GoldFile(HERE / "gold.jsonl", ANNOTATIONS, HERE / "articles")))
