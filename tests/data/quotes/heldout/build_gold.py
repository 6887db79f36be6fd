"""Held-out quote gold (issue 3): the annotations as readable snippets; writes gold.jsonl.

Ten self-written articles in ``articles/``, annotated by ../GUIDELINES.md, written without
looking at the extractor or at the tuning set's articles, so that nobody tunes on them.
Each quote is given by its exact text (or by its first and last characters, for long
multi-paragraph spans); ../goldkit.py finds the offsets (which must be unique), writes
gold.jsonl and checks it.

    .venv/bin/python tests/data/quotes/heldout/build_gold.py          # write gold.jsonl and check
    .venv/bin/python tests/data/quotes/heldout/build_gold.py --check  # check only
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import GoldFile, Q, main  # noqa: E402

GOLD_SNIPPETS = {
    "h01_wire_water_rates.txt": [
        Q(
            "We did not get here because anyone was careless. We got here because it stopped "
            'raining," said Rosa Delgado-Pike, the authority\'s board chair. "A utility that '
            "cannot pay for its pipes is no utility at all.",
            "direct",
            "Rosa Delgado-Pike",
            "said",
        ),
        Q(
            "The increase will add about $7.40 a month to a typical household bill",
            "indirect",
            "finance staff of the Upper Tallon Water Authority",
            "according to",
            anon=True,
            alt=["Upper Tallon Water Authority"],
        ),
        Q(
            "the board had ignored cheaper options such as fixing leaks in the eastern districts, "
            "where as much as a fifth of treated water is lost",
            "indirect",
            "Everett Shoal",
            "said",
        ),
        Q(
            "Families on fixed incomes are being asked to pay for forty years of deferred maintenance,",
            "direct",
            "Everett Shoal",
            "told reporters",
        ),
        Q(
            "he would ask the county to audit the authority's capital plan",
            "indirect",
            "Everett Shoal",
            "added that",
        ),
        Q(
            'growers were "relieved that agricultural rates were left alone for now" but worried '
            "about the coming year",
            "mixed",
            "spokeswoman for the Tallon County Farm Bureau",
            "said",
            anon=True,
            alt=["Tallon County Farm Bureau"],
        ),
        Q(
            "the money would go first to replacing the Hollins Creek pumping station, which dates to 1961",
            "indirect",
            "Curtis Yamada",
            "said",
        ),
        Q("If that station fails in August, there is no plan B,", "direct", "Curtis Yamada", "said"),
        # a document as the source: optional
        Q(
            "Its reserves have fallen by almost half since then",
            "indirect",
            "annual budget of the Upper Tallon Water Authority",
            "shows",
            anon=True,
            optional=True,
        ),
        # traps: the placard "Water is a right, ..."; "declined to say whether ..."
    ],
    "h02_feature_last_shift.txt": [
        # one quote over three paragraphs, introduced by the preceding sentence
        Q(("My father worked here", "I honestly don’t."), "direct", "Marguerite Oduya", "talked about"),
        # an announced decision (a commitment rather than a statement): optional
        Q(
            "it would close the plant, citing falling demand for coated paper",
            "indirect",
            "Halvern Group",
            "announced in June that",
            optional=True,
        ),
        Q(
            "the decision was “painful but unavoidable” and that it had offered every worker "
            "severance and job-placement help",
            "mixed",
            "Halvern Group",
            "said",
        ),
        Q(
            "the company had been starving the plant of investment for a decade so it could "
            "justify shutting it",
            "indirect",
            "Tomas Brekke",
            "believes",
        ),
        Q(
            "They stopped fixing machine number three in 2016,” Brekke said. “You don’t do that "
            "to a mill you plan to keep.",
            "direct",
            "Tomas Brekke",
            "said",
        ),
        Q(
            "the council was in talks with two firms interested in the site, one of them a "
            "battery recycler, though she would not name them",
            "indirect",
            "Lorraine Whitcomb",
            "said",
        ),
        Q(
            "We’ve been knocked down before,” she said. “Fenwick gets up.",
            "direct",
            "Lorraine Whitcomb",
            "said",
        ),
        Q(
            "Battery recycler,” he said, shaking his head. “We’ll see.",
            "direct",
            "retired millwright",
            "said",
            anon=True,
        ),
        Q(
            "she will probably look for work at the hospital in Eau Claire, an hour’s drive away",
            "indirect",
            "Marguerite Oduya",
            "says",
        ),
        # the husband's opinion as told by the narrator (second-hand): optional
        Q("she should retire", "indirect", "husband of Marguerite Oduya", "thinks", anon=True, optional=True),
        # a quote with no cue, after "She laughed at that.": unmistakable continuation
        Q("Retire on what?", "direct", "Marguerite Oduya", None),
        # traps: the banner “Corliss Strong.”
    ],
    "h03_british_garden_homes.txt": [
        Q(
            "Young people who grew up here cannot afford to live here. That is the scandal, not a "
            "few fields.",
            "direct",
            "Priya Sandhu",
            "told the meeting:",
        ),
        Q("the scheme was ‘a housing estate in a waistcoat’", "mixed", "Geoffrey Mabb", "said"),
        Q(
            "The brook burst its banks in 2020 and 2024,’ he said. ‘Anyone who’s lived here ten "
            "minutes knows that.",
            "direct",
            "Geoffrey Mabb",
            "said",
        ),
        Q("the site lies outside the flood zone", "indirect", "Rowanfield Homes", "insists"),
        Q(
            "Our drainage design has been independently reviewed and goes well beyond what the "
            "regulations require.",
            "direct",
            "spokesman for Rowanfield Homes",
            "said:",
            anon=True,
            alt=["Rowanfield Homes"],
        ),
        Q("she was not against all development", "indirect", "Ann Tewsley", "said"),
        Q(
            "I’m against this development,’ she said. ‘There’s a difference, and I wish the "
            "council would hear it.",
            "direct",
            "Ann Tewsley",
            "said",
        ),
        Q(
            "the group had raised £12,000 towards a legal challenge and had instructed a barrister",
            "indirect",
            "Ann Tewsley",
            "added that",
        ),
        Q(
            "the row could cost the party its majority on the district council in May",
            "indirect",
            "Conservative sources",
            "said privately that",
            anon=True,
        ),
        Q(
            "he would ‘study the application carefully when it comes forward’",
            "mixed",
            "office of Daniel Okonjo",
            "said",
            anon=True,
            alt=["Daniel Okonjo"],
        ),
        Q("We will take the time we need, and not a day more.", "direct", "Priya Sandhu", "said:"),
        # traps: headline scare quotes, so-called ‘garden homes’, slogan ‘Fields not fences’,
        # "It is understood that", "has stayed out of the argument", "have so far kept quiet"
    ],
    "h04_translated_grain_insurance.txt": [
        Q(
            "The government's decision to compensate shipowners for war-risk insurance will not "
            "quickly bring down the cost of exporting grain through the Danube ports",
            "indirect",
            "Experts",
            "believe",
            anon=True,
        ),
        Q(
            'the fund "should make our ports competitive again with the Romanian ones."',
            "mixed",
            "Oksana Levchuk",
            "stated at a briefing",
        ),
        Q(
            ("The problem is not only the insurance.", "not of subsidies"),
            "direct",
            "Pavel Hrytsenko",
            "explains to the newspaper Delovoy Vestnik",
        ),
        Q(
            "freight rates from the Danube to Istanbul have fallen by only 6% since the spring, "
            "while in the same period the rates in Constanta fell by almost a third",
            "indirect",
            "Pavel Hrytsenko",
            "According to",
        ),
        # one quote with a dash continuation after the attribution
        Q(("Every dollar saved on insurance", "have left the market."), "direct", "Iryna Maksymenko", "says"),
        Q(
            'the fund had been created "without a clear calculation" and could be exhausted by March',
            "mixed",
            "source in the Ministry of Finance",
            "told the newspaper that",
            anon=True,
        ),
        Q(
            ("The fund is a signal to foreign insurers", "will fall by themselves."),
            "direct",
            "Viktor Savchuk",
            "draws attention to the other side of the question:",
        ),
        Q(
            "the real effect of the decision will be visible no earlier than next summer, when the "
            "new harvest goes to export",
            "indirect",
            "Viktor Savchuk",
            "In his opinion",
        ),
        # traps: "It is believed in the market that", "is more optimistic",
        # "Not everyone in the government shares this view", "Recall that ..."
    ],
    "h05_markslost_fishing_talks.txt": [
        # a headline attribution: optional
        Q(
            "Fishing talks collapsed over a single map",
            "indirect",
            "former Norvalian fisheries official",
            "says",
            anon=True,
            optional=True,
        ),
        Q(
            "Talks between Norvalia and the Kestrel Islands over fishing rights in the Grey Sound "
            "broke down last month because neither side would accept the other's map of the seabed",
            "indirect",
            "former Norvalian fisheries official",
            "told The Harbour Ledger",
            anon=True,
        ),
        Q(
            "the two delegations had agreed on quotas for cod and herring by early October",
            "indirect",
            "former Norvalian fisheries official",
            "said",
            anon=True,
        ),
        Q(
            "Everything was done except the lines on the chart",
            "unmarked",
            "former Norvalian fisheries official",
            "said",
            anon=True,
        ),
        Q(
            "We thought the chart would take a weekend. It took the whole thing down.",
            "unmarked",
            "former Norvalian fisheries official",
            None,
            anon=True,
        ),
        Q(
            "the Kestrel delegation arrived at the final round with a new survey that moved the "
            "boundary some eleven nautical miles to the west",
            "indirect",
            "former Norvalian fisheries official",
            "According to",
            anon=True,
        ),
        Q(
            "They never showed us that survey before. Not once in two years.",
            "unmarked",
            "former Norvalian fisheries official",
            None,
            anon=True,
        ),
        Q(
            "You cannot negotiate with a document you see for the first time at nine in the morning",
            "unmarked",
            "former Norvalian fisheries official",
            "said",
            anon=True,
        ),
        Q(
            "The survey had been shared with Norvalian technical staff in August, she said, and "
            "nobody had raised an objection then",
            "indirect",
            "Ingrid Solvang",
            "said",
        ),
        Q("We are ready to go back to the table tomorrow", "unmarked", "Ingrid Solvang", "added"),
        Q("But not on the basis of a map drawn in Norvalia's ministry.", "unmarked", "Ingrid Solvang", None),
        Q(
            "Our ministers wanted a win before the election",
            "unmarked",
            "former Norvalian fisheries official",
            "said",
            anon=True,
        ),
        # unattributed sentence in a marks-lost copy: source or narrator
        Q(
            "A fair deal was never the point.",
            "unmarked",
            "former Norvalian fisheries official",
            None,
            anon=True,
            optional=True,
        ),
        Q(
            "he had lost about a third of his catch since patrol boats began turning Norvalian "
            "vessels away from the Shelf in the spring",
            "indirect",
            "Tor Aaland",
            "said",
        ),
        # traps: "rejected that account", "were not answered", "It is believed that"
    ],
    "h06_court_food_bank.txt": [
        # "a prosecutor" is named in the third paragraph
        Q(
            "A former treasurer of the Milbrook Community Food Bank used the charity's money to pay "
            "for a lake cabin, a boat and his daughter's wedding",
            "indirect",
            "Claire Benedetti",
            "told jurors",
        ),
        Q(
            'This was not a mistake in the books. This was a plan," Assistant District Attorney '
            'Claire Benedetti said in her opening statement. "Every month, for five years, Mr. '
            "Tull decided that his lifestyle mattered more than hungry families.",
            "direct",
            "Claire Benedetti",
            "said in her opening statement",
        ),
        Q(
            "Tull had created a fake supplier, Northgate Provisions, and paid its invoices into an "
            "account he controlled",
            "indirect",
            "Claire Benedetti",
            "told the jury that",
        ),
        Q(
            "the account was opened in 2018 under his wife's maiden name",
            "indirect",
            "court documents",
            "According to",
            anon=True,
            optional=True,
        ),
        Q(
            'the prosecution\'s case rested on "a spreadsheet and a grudge."',
            "mixed",
            "Samuel Okereke",
            "said",
        ),
        Q(
            "Tull had lent the food bank large sums of his own money during the pandemic and was "
            "merely repaying himself, if clumsily",
            "indirect",
            "Samuel Okereke",
            "argued that",
        ),
        Q(
            'Sloppy is not criminal," Okereke said. "My client kept bad records. He did not steal.',
            "direct",
            "Samuel Okereke",
            "said",
        ),
        Q(
            "she had never heard of Northgate Provisions until an auditor asked her about it in 2024",
            "indirect",
            "Nadia Feld",
            "testified that",
        ),
        Q(
            "the charity's board had not reviewed its accounts for several years",
            "indirect",
            "Nadia Feld",
            "acknowledged that",
        ),
        Q(
            'We trusted him," Feld said, her voice breaking. "That was our mistake.',
            "direct",
            "Nadia Feld",
            "said",
        ),
        Q(
            "Tull was presumed innocent and that opening statements were not evidence",
            "indirect",
            "Harold Minkus",
            "reminded jurors that",
        ),
        # traps: "has pleaded not guilty", "is accused of", dubbed "the food bank case,",
        # the banner "Feed people, not boats.", "did not speak to reporters"
    ],
    "h07_sports_late_winner.txt": [
        Q(
            'I just shut my eyes and hoped," Brannigan said, laughing. "No, honestly, we\'ve '
            "practised that corner all week. Ama put it exactly where she said she would.",
            "direct",
            "Leah Brannigan",
            "said",
        ),
        Q(
            "the squad had been stung by criticism after last month's cup exit and wanted to "
            "answer it on the pitch",
            "indirect",
            "Leah Brannigan",
            "added that",
        ),
        Q(
            "She changed the game. Twenty minutes, and she gave us width we hadn't had all afternoon,",
            "direct",
            "Colin Raftery",
            "said",
        ),
        Q(
            "he would not get carried away, however, pointing out that United still had to visit "
            "the two other sides in the top four before Christmas",
            "indirect",
            "Colin Raftery",
            "said",
        ),
        Q(
            "it should have been ruled out for a push on her goalkeeper",
            "indirect",
            "Ingrid Holm",
            "believed",
        ),
        Q(
            "It's a foul everywhere in the world except here, apparently,\" Holm said. \"I'll "
            "watch it again, but I don't need to.",
            "direct",
            "Ingrid Holm",
            "said",
        ),
        Q(
            'Rovers had "switched off for one second, and that\'s all it takes at this level."',
            "mixed",
            "Sofia Marchetti",
            "said",
        ),
        # "they" = the Supporters' Trust
        Q(
            'the conditions had been "an embarrassment to the women\'s game"',
            "mixed",
            "Kestrel United Supporters' Trust",
            "said",
        ),
        # traps: "praised Boateng's impact", "was furious about the winner", "has campaigned for
        # the club to replace", "called on the owners to act", "did not respond", the banner
    ],
    "h08_business_frozen_unit.txt": [
        Q(
            "Larkspur Foods is exploring a sale of its frozen-meals division, which could fetch as "
            "much as $2.5 billion",
            "indirect",
            "people familiar with the matter",
            "according to",
            anon=True,
        ),
        Q(
            "The Chicago-based company has hired investment bank Thornbury & Co. to sound out "
            "potential buyers, including private equity firms and at least one European rival",
            "indirect",
            "people familiar with the matter",
            "said",
            anon=True,
        ),
        Q(
            "No final decision has been made, and Larkspur could still decide to keep the business",
            "indirect",
            "people familiar with the matter",
            "added",
            anon=True,
        ),
        Q(
            "Its sales fell 7 percent last year",
            "indirect",
            "annual report of Larkspur Foods",
            "according to",
            anon=True,
            optional=True,
        ),
        Q(
            'the company "does not comment on market rumors or speculation."',
            "mixed",
            "spokeswoman for Larkspur Foods",
            "said",
            anon=True,
            alt=["Larkspur Foods"],
        ),
        Q(
            "she wants to focus the company on snacks and beverages, where margins are higher",
            "indirect",
            "Denise Arkwright",
            "has told investors",
        ),
        Q(
            "We are going to be a smaller company and a better one,",
            "direct",
            "Denise Arkwright",
            "said on an earnings call in August",
        ),
        Q(
            "the board was divided over the timing of a sale, with some directors preferring to "
            "wait until interest rates fall further",
            "indirect",
            "person close to the company",
            "said",
            anon=True,
        ),
        Q(
            "Arkwright had pushed to announce a deal before the end of the fiscal year in June",
            "indirect",
            "person familiar with the matter",
            "said",
            anon=True,
            alt=["person close to the company"],
        ),
        Q(
            "the frozen unit is a drag on Larkspur's valuation",
            "indirect",
            "Analysts",
            "have long argued that",
            anon=True,
        ),
        Q(
            'Investors have been asking for this for three years," said Miguel Santander, an '
            'analyst at Brightwater Securities. "Selling it would be the cleanest thing Arkwright '
            "could do.",
            "direct",
            "Miguel Santander",
            "said",
        ),
        Q(
            "a sale could lift Larkspur's shares by 10 to 15 percent",
            "indirect",
            "Miguel Santander",
            "estimated that",
        ),
        # traps: "declined to comment", "It is said on Wall Street that"
    ],
    "h09_opinion_stadium_buses.txt": [
        Q('it "a front door to the future."', "mixed", "Teresa Vance", "called"),
        Q(
            "a third of bus routes now run less than once every half hour",
            "indirect",
            "city transport department",
            "says that",
        ),
        Q("the stadium will pay for itself through tourism", "indirect", "Teresa Vance", "argues that"),
        Q(
            "There is almost no evidence, anywhere, that a publicly funded stadium generates more "
            'economic activity than it costs," Professor Alan Whitfield of Carrow University told '
            "me. \"The money doesn't disappear, but it mostly moves from one part of town to "
            "another.",
            "direct",
            "Alan Whitfield",
            "told me",
        ),
        Q(
            'the project would create "thousands of good jobs"',
            "mixed",
            "spokesman for Rail Yards Partners",
            "insisted in a statement that",
            anon=True,
            alt=["Rail Yards Partners"],
        ),
        Q(
            "the company would contribute $200 million of the cost",
            "indirect",
            "spokesman for Rail Yards Partners",
            "said",
            anon=True,
            alt=["Rail Yards Partners"],
        ),
        Q(
            "If we spent a tenth of the stadium budget on buses, we could double the frequency on "
            "every route east of the river. That's just arithmetic.",
            "direct",
            "Dev Raman",
            "was candid:",
        ),
        # the narrator's imagined objector
        Q(
            "this is the usual grumbling of people who never go to a match",
            "indirect",
            "Some",
            "will say",
            anon=True,
            optional=True,
        ),
        # traps: the columnist's own views and rhetorical question, "Economists ... are not so
        # sure", "Nobody at City Hall could tell me", the "Build the Future" campaign,
        # "whatever the brochures say"
    ],
    "h10_science_songbirds.txt": [
        # a study as the source: optional
        Q(
            "Songbirds living near brightly lit roads reach breeding condition up to three weeks "
            "earlier than birds in dark woodland",
            "indirect",
            "study published in the journal Ecology Letters",
            "has found",
            anon=True,
            optional=True,
        ),
        Q(
            "The signal was much stronger than we expected. Even a single streetlight within fifty "
            "metres was enough to shift the timing,",
            "direct",
            "Selin Aksoy",
            "said in an interview",
        ),
        Q(
            "the concern was not the earlier breeding itself but a mismatch with the caterpillars "
            "the chicks depend on",
            "indirect",
            "Selin Aksoy",
            "said",
        ),
        Q(
            "Caterpillar numbers peak at roughly the same time each spring regardless of "
            "artificial light, she explained, so chicks hatched too early may go hungry",
            "indirect",
            "Selin Aksoy",
            "explained",
        ),
        # "the researcher" = Aksoy
        Q(
            "A bird can’t read a calendar. It reads the light,” the researcher added. “If we "
            "change the light, we change the calendar.",
            "direct",
            "Selin Aksoy",
            "added",
        ),
        # the research team's finding (authors led by Aksoy) and the paper's wording: optional
        Q(
            "chicks at the brightest sites were on average 8 percent lighter when they left the nest",
            "indirect",
            "research team",
            "found that",
            anon=True,
            optional=True,
            alt=["Selin Aksoy"],
        ),
        Q(
            "the effect as “modest but consistent across all sites.”",
            "mixed",
            "paper",
            "describes",
            anon=True,
            optional=True,
        ),
        Q(
            "lit roads are also warmer and noisier than woodland",
            "indirect",
            "Tobias Engel",
            "pointed out that",
        ),
        Q(
            "Untangling light from heat and traffic noise is genuinely hard,” he said. “I’d like "
            "to see an experiment where they switch the lights off.",
            "direct",
            "Tobias Engel",
            "said",
        ),
        Q(
            "such an experiment was already under way: a town council in Utrecht province has "
            "agreed to dim the streetlights on one road for two seasons",
            "indirect",
            "Selin Aksoy",
            "said",
        ),
        Q(
            "she first noticed the pattern while ringing birds as a student",
            "indirect",
            "Selin Aksoy",
            "said",
        ),
        Q("Some nests next to the car park were always a week ahead,", "direct", "Selin Aksoy", "said"),
        # traps: "Not all scientists are convinced", the term “light pollution ecology.”,
        # "It is widely believed that"
    ],
}


if __name__ == "__main__":
    sys.exit(main(GoldFile(HERE / "gold.jsonl", GOLD_SNIPPETS, HERE / "articles")))
