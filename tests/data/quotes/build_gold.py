"""Build gold.jsonl and seeds_gold.jsonl from the readable annotation table below.

The annotations are written as text snippets (exact substrings of the file) so a person can
read and review them; ../goldkit.py finds each snippet's character offsets, writes the JSONL
files and checks them. Run it after editing an article or an annotation:

    .venv/bin/python tests/data/quotes/build_gold.py          # rebuild and check
    .venv/bin/python tests/data/quotes/build_gold.py --check  # only check the JSONL files

Every snippet must occur exactly once in its file, or be disambiguated with ``after=`` (a
string that occurs once, before the snippet). See GUIDELINES.md for what is annotated.
"""

from __future__ import annotations

from pathlib import Path

from goldkit import GoldFile, Q, main

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ARTICLES = HERE / "articles"
RAW = ROOT / "data" / "raw"
WORDS_MIN, WORDS_MAX = 250, 600  # article length asked for in the gold-set brief


ART = {}

ART["01_wire_port_strike.txt"] = [
    Q(
        'We bargained in good faith for eleven months, and they walked away from the table," said Denise Okafor, president of Local 17 of the Coastal Longshore Union. "Nobody on these docks wanted a strike.',
        "direct",
        "Denise Okafor",
        "said",
    ),
    Q(
        'its final offer included a 14 percent raise over four years and "the most generous pension package in the industry."',
        "mixed",
        "Harlow Bay Terminal Operators Association",
        "said in a statement that",
    ),
    Q(
        "The union's demands on automation would freeze this port in the last century,\" said Graham Pettit, the association's chief negotiator. \"We cannot sign that.",
        "direct",
        "Graham Pettit",
        "said",
    ),
    Q(
        'the operators were prepared to return to talks "at any hour of the day or night" if the union dropped its demand for a ban on automated cranes',
        "mixed",
        "Graham Pettit",
        "said",
    ),
    Q(
        "Every day this goes on costs the regional economy something like $90 million,",
        "direct",
        "Priya Raman",
        "said",
    ),
    Q(
        "retailers had stocked up ahead of the holiday season, which could soften the immediate blow",
        "indirect",
        "Priya Raman",
        "added that",
    ),
    Q(
        "picket lines would stay up around the clock",
        "indirect",
        "Denise Okafor",
        "told reporters outside the union hall that",
    ),
    Q("If they want the cranes running, they know where to find us,", "direct", "Denise Okafor", "said"),
    Q("both sides to accept federal mediation", "indirect", "Tomas Lindqvist", "urged", optional=True),
    Q(
        'This is our city\'s front door," Lindqvist said, "and right now it is shut.',
        "direct",
        "Tomas Lindqvist",
        "said",
    ),
    Q(
        "the department was monitoring the situation",
        "indirect",
        "spokesman for the Labor Department",
        "said",
        anon=True,
        alt=["Labor Department"],
    ),
]

ART["02_wire_bank_rates.txt"] = [
    Q(
        'The disinflation process is now well established," Governor Anneli Vesterberg told a news conference. "We are not there yet, but we can see the harbour.',
        "direct",
        "Anneli Vesterberg",
        "told a news conference",
    ),
    Q(
        "the board had discussed a cut at the meeting but that a majority preferred to wait for first-quarter wage data, due on May 28",
        "indirect",
        "Anneli Vesterberg",
        "said that",
    ),
    Q(
        "two of the seven board members had already argued for a reduction in March",
        "indirect",
        "minutes of the previous meeting",
        "According to",
        optional=True,
    ),
    Q(
        "the vote on Wednesday was five to two, with the same two members dissenting",
        "indirect",
        "people familiar with the board's deliberations",
        "said",
        anon=True,
    ),
    Q(
        "Annual consumer price inflation fell to 3.1% in April from 3.9% in March",
        "indirect",
        "statistics office",
        "said",
    ),
    Q(
        "A predictable path for rates is exactly what households and firms need,",
        "direct",
        "Oskar Lund",
        "said in a statement",
    ),
    Q(
        'The governor all but pre-announced the June move," said Henrik Sale, chief economist at Nordbank in Vella. "The only question now is whether they go by 25 or 50 basis points.',
        "direct",
        "Henrik Sale",
        "said",
    ),
    Q(
        "a surprise in the wage data could still delay the first move",
        "indirect",
        "senior official at the bank",
        "cautioned that",
        anon=True,
    ),
    Q('the board would "set policy for Norvania, not for Frankfurt."', "mixed", "Anneli Vesterberg", "said"),
]

ART["03_feature_lighthouse.txt"] = [
    Q(
        'People ask me whether I get lonely out here. I tell them the sea is the noisiest neighbour you could ever have. It never stops talking, and it never once asked me for a cup of sugar.\n\n"When my husband died, the board offered me a flat in town. I went to look at it. It had a view of a car park. I came home the same afternoon and I have not left since.',
        "direct",
        "Margaret Ashby",
        None,
    ),
    Q(
        'the site as "surplus to operational requirements."',
        "mixed",
        "board document",
        "describes",
        optional=True,
    ),
    Q(
        'My aunt has a lifetime tenancy, and the board knows it," he said. "They are hoping she will tire before the lawyers do. They do not know her very well.',
        "direct",
        "Daniel Ashby",
        "said",
    ),
    Q("she understood the strength of local feeling", "indirect", "Fiona Tulloch", "said"),
    Q(
        'Nobody is going to put Mrs Ashby out of her home," she said. "But we have a duty to the public purse, and a building we no longer need is a cost we have to justify.',
        "direct",
        "Fiona Tulloch",
        "said",
    ),
    Q("not to rest, she insisted, but to look", "indirect", "Margaret Ashby", "insisted"),
    Q(
        'My father kept this light before me, and his mother kept the one at Dunmore Head. We were never rich, but we were never idle.\n\n"You learn out here that the weather does not care what you want. That is a great comfort, once you get used to it.\n\n"I shall go when I go. Until then, somebody ought to be watching.',
        "direct",
        "Margaret Ashby",
        None,
    ),
]

ART["04_british_minister.txt"] = [
    Q(
        "it will leave northern towns ‘worse connected than they were in Victorian times’",
        "mixed",
        "Richard Hale",
        "warning that",
    ),
    Q(
        "the so-called ‘Northern Arc’ was a ‘vanity project dressed up as levelling up’",
        "mixed",
        "Richard Hale",
        "told a fringe meeting in Manchester that",
    ),
    Q(
        "I have read every page of this plan,’ the ex-minister said. ‘It moves money from the lines people actually use to a line that will not carry a passenger until 2041.",
        "direct",
        "Richard Hale",
        "said",
    ),
    Q(
        "Sir Richard had three years to fix the railways in the North. He did not. We are getting on with the job.",
        "direct",
        "Angela Moss",
        "said",
    ),
    Q(
        "the Northern Arc had been ‘independently assessed as offering excellent value for money’",
        "mixed",
        "spokeswoman for the Department for Transport",
        "added that",
        anon=True,
        alt=["Department for Transport"],
    ),
    Q(
        "For once, a former minister is saying in public what officials have been saying in private for months.",
        "direct",
        "Kwame Mensah",
        "said",
    ),
    Q(
        "I will vote for the North. Whether that means voting for this plan is a question for the government to answer.",
        "direct",
        "Richard Hale",
        "replied",
    ),
    Q(
        "they expected up to 30 Conservative backbenchers to rebel",
        "indirect",
        "Labour sources",
        "said privately that",
        anon=True,
    ),
    Q("he had no ambition to return to the cabinet", "indirect", "Richard Hale", "said that"),
    Q(
        "My ministerial career is over,’ he said, ‘and frankly it is rather liberating.",
        "direct",
        "Richard Hale",
        "said",
    ),
]

ART["05_diplomacy_anonymous.txt"] = [
    Q(
        "Negotiators from Estavia and the Republic of Koria have held at least three rounds of secret talks in Geneva since the summer in an attempt to settle a decades-old dispute over fishing rights in the Varno Strait",
        "indirect",
        "diplomats and officials from both countries",
        "according to",
        anon=True,
    ),
    Q(
        "The talks, which neither government has acknowledged, were brokered by Switzerland and have focused on a joint management zone for the strait's fisheries",
        "indirect",
        "people familiar with the matter",
        "said",
        anon=True,
    ),
    Q(
        'There is more movement than at any time in the past fifteen years," said a senior Estavian official who spoke on condition of anonymity because the talks are confidential. "But nobody should expect a signing ceremony before the spring.',
        "direct",
        "senior Estavian official",
        "said",
        anon=True,
    ),
    Q(
        "The two sides had agreed on a map, the diplomat said, but not on who would police it",
        "indirect",
        "Korian diplomat",
        "said",
        anon=True,
    ),
    Q(
        "the breakthrough came after Koria dropped its demand that Estavian trawlers be barred from the northern half of the strait during the spawning season",
        "indirect",
        "European diplomats",
        "said",
        anon=True,
    ),
    Q(
        'Switzerland offers its good offices to all parties who ask for them," she said. "We do not comment on their use.',
        "direct",
        "Lea Baumann",
        "said",
    ),
    Q(
        'her government was "open to any arrangement that respects international law,"',
        "mixed",
        "Petra Halvorsen",
        "said last month that",
    ),
    Q(
        "the negotiators are now drafting the text of a framework agreement that would be put to both parliaments",
        "indirect",
        "Western official briefed on the talks",
        "According to",
        anon=True,
    ),
    Q(
        'The hard part is not the fish," the official said. "The hard part is explaining to voters why you talked to the other side at all.',
        "direct",
        "Western official briefed on the talks",
        "said",
        anon=True,
    ),
]

ART["06_translated_gas.txt"] = [
    Q(
        "The main question is not volumes but the price. Tashkent wants a formula tied to its own market, and Moscow insists on the European benchmark, even if with a discount,» explains to the newspaper Delovoy Vzglyad the leading expert of the National Energy Security Fund Igor Yushkov. «So the pause is quite logical. Nobody wants to sign a bad deal before the heating season.",
        "direct",
        "Igor Yushkov",
        "explains to the newspaper Delovoy Vzglyad",
    ),
    Q(
        "the technical part of the agreement was settled back in September",
        "indirect",
        "Igor Yushkov",
        "According to",
    ),
    Q(
        'the company "is conducting consultations in a working mode" and does not see any problem with the timing',
        "mixed",
        "Sergei Kupriyanov",
        "said that",
    ),
    Q(
        'the republic will not accept "a price which does not take into account our own production."',
        "mixed",
        "Azim Akhmedov",
        "stated that",
    ),
    Q(
        "the agreement will still be signed before the end of the year",
        "indirect",
        "Experts",
        "believe that",
        anon=True,
    ),
    Q(
        "Uzbekistan has no alternative in the short term. Its own fields are depleting, and the consumption grows by five to seven percent a year. But Tashkent has learned to bargain,",
        "direct",
        "Anna Goncharova",
        "says",
    ),
    Q(
        "China also shows interest in the Uzbek market, although Chinese companies are not yet ready to build new infrastructure",
        "indirect",
        "Anna Goncharova",
        "notes that",
    ),
    Q(
        "For Moscow this is a question of principle. Losing the Central Asian market now would be a signal to all buyers,” Goncharova continues. – “Therefore Russia will make concessions, but it will make them quietly, so as not to create a precedent for Europe.",
        "direct",
        "Anna Goncharova",
        "continues",
    ),
]

ART["07_unmarked_copy.txt"] = [
    Q(
        "the freezing of the country's foreign reserves changed the way the Kestrian elite thinks about the West",
        "indirect",
        "Ivo Marenko",
        "has told The Harbour Times that",
    ),
    Q("Nobody in the building believed the reserves could be touched", "unmarked", "Ivo Marenko", "said"),
    Q("We had models for every scenario except that one.", "unmarked", "Ivo Marenko", None),
    Q("the first week after the freeze as chaotic", "indirect", "Ivo Marenko", "described", optional=True),
    Q(
        "The governor asked me to write a plan for capital controls on a Sunday afternoon",
        "unmarked",
        "Ivo Marenko",
        "recalled",
    ),
    Q("I wrote it in six hours, and it was in force on Monday.", "unmarked", "Ivo Marenko", None),
    Q(
        "the freeze achieved the opposite of what its authors intended",
        "indirect",
        "Ivo Marenko",
        "In his view",
    ),
    Q(
        "It taught a whole generation of officials that money held abroad is not really yours",
        "unmarked",
        "Ivo Marenko",
        "said",
    ),
    Q(
        "the country will now keep a much larger share of its reserves in gold and in the currencies of friendly states",
        "indirect",
        "Ivo Marenko",
        "believes that",
    ),
    Q("I am not proud of everything we did", "unmarked", "Ivo Marenko", "acknowledged"),
    Q("But I am proud that the banks opened on Monday morning.", "unmarked", "Ivo Marenko", None),
    Q("the true figure was at least twice the official estimate", "indirect", "Lena Dorsch", "According to"),
    Q("he had no plans to return to public service", "indirect", "Ivo Marenko", "said"),
    Q("Public life, he said with a smile, is a young man's game", "unmarked", "Ivo Marenko", "said"),
]

ART["08_noquotes_floods.txt"] = []
ART["09_noquotes_bridge.txt"] = []

ART["10_speaker_first_council.txt"] = [
    Q(
        "This is the single biggest step this city has taken in a generation to deal with its housing crisis. Families have waited long enough.",
        "direct",
        "Sandra Whitlock",
        "said",
    ),
    Q(
        "35 percent of the homes will be classed as affordable, and that a primary school and a health centre will be built before the 500th home is occupied",
        "indirect",
        "Larchmont Homes",
        "has agreed that",
        optional=True,
    ),
    Q('the council had "rolled over" for the developer', "mixed", "Peter Gault", "said that"),
    Q(
        "the site should have been reserved for industry, which he said would have brought better-paid jobs to the east of the city",
        "indirect",
        "Peter Gault",
        "argued that",
    ),
    Q(
        "the estate's only access road was already jammed every morning",
        "indirect",
        "Janet Oduya",
        "told the meeting that",
    ),
    Q(
        "You are putting a thousand more cars on a road that cannot cope with the ones it has,",
        "direct",
        "Janet Oduya",
        "said",
    ),
    Q(
        "the developer would fund a new junction on the ring road",
        "indirect",
        "Sandra Whitlock",
        "responded that",
    ),
    Q(
        "a bus route through the site would be running before the first residents moved in",
        "indirect",
        "Sandra Whitlock",
        "also said that",
    ),
    Q("he had acted on behalf of his ward", "indirect", "Imran Shah", "said afterwards that"),
    Q("I was elected by the people of Fenwick, not by the party whips,", "direct", "Imran Shah", "said"),
    Q("it hoped to begin work on the site in the autumn", "indirect", "Larchmont Homes", "said"),
    Q('the company was "delighted" by the vote', "mixed", "Colin Baird", "said"),
]

ART["11_health_trial.txt"] = [
    Q(
        "A decades-old blood pressure pill costing a few pence a day reduced the risk of stroke by almost a quarter in patients over 75",
        "indirect",
        "trial published in The Lancet",
        "according to",
        optional=True,
    ),
    Q(
        "These are exactly the patients who are usually excluded from trials, and exactly the patients who have most strokes,” said Dr. Helen Marsh, a cardiologist at St. Columba's Hospital in Edinburgh and the trial's lead investigator. “We now have evidence that treating them works.",
        "direct",
        "Helen Marsh",
        "said",
    ),
    Q(
        "the results should prompt a review of national guidelines, which currently advise caution in prescribing blood pressure drugs to the very old",
        "indirect",
        "Helen Marsh",
        "said",
    ),
    Q("the findings “important but not the final word.”", "mixed", "Alan Reeve", "called"),
    Q("patients in care homes had been excluded", "indirect", "Alan Reeve", "noted that"),
    Q(
        "the trial “tells us little about the frailest patients, who are the ones GPs actually worry about.”",
        "mixed",
        "Alan Reeve",
        "said that",
    ),
    Q(
        "her team would next study whether the benefit extended to patients with dementia",
        "indirect",
        "Helen Marsh",
        "said",
    ),
    Q(
        "We owe it to these patients to ask the question,” she said. “If the answer is yes, it could change practice overnight.",
        "direct",
        "Helen Marsh",
        "said",
    ),
    Q(
        "the findings were “hugely encouraging” for the roughly 40,000 people over 75 who have a stroke in the UK each year",
        "mixed",
        "Stroke Association",
        "said in a statement that",
    ),
]

ART["12_local_sports.txt"] = [
    Q(
        'At half-time I told them that nobody in this ground expected anything from us, so we had nothing to lose," she said. "They went out and played like it.',
        "direct",
        "Kath Doyle",
        "said",
    ),
    Q(
        "she had considered bringing Costa on earlier but had waited until the final twenty minutes to make the most of his pace against tiring defenders",
        "indirect",
        "Kath Doyle",
        "said that",
    ),
    Q(
        'Honestly, I just closed my eyes and attacked the ball," the Portuguese striker said. "The cross from Danny was perfect. I only had to be there.',
        "direct",
        "Bruno Costa",
        "said",
    ),
    Q(
        "his side had been denied a clear penalty in the second half when Frith was pulled back in the area",
        "indirect",
        "Owen Prentice",
        "complained that",
    ),
    Q(
        'Everyone in the ground saw it except the one man who matters," Prentice said. "I am not going to say anything more, because I would like to keep my money.',
        "direct",
        "Owen Prentice",
        "said",
    ),
    Q('the decision was "baffling"', "mixed", "Lee Harmon", "said"),
    Q(
        "officials did not comment on individual decisions",
        "indirect",
        "spokeswoman for the referees' body",
        "said that",
        anon=True,
        alt=["referees' body"],
    ),
    Q(
        'That is a conversation for May," she said. "Right now, all I care about is Tuesday.',
        "direct",
        "Kath Doyle",
        "said",
    ),
]

ART["13_court_fraud.txt"] = [
    Q(
        "Martin Crewe, 58, used the money to pay for a villa in Portugal, private school fees and a collection of classic cars",
        "indirect",
        "Southwark Crown Court",
        "heard",
        optional=True,
    ),
    Q(
        "he had created fictitious suppliers and approved their invoices himself, exploiting weak oversight by the charity's board",
        "indirect",
        "prosecutors",
        "said that",
        anon=True,
    ),
    Q(
        'This was a calculated and sustained betrayal of the children this charity exists to help," said Judge Caroline Weir as she passed sentence. "You held yourself out as a man of integrity, and you used that reputation as cover.',
        "direct",
        "Caroline Weir",
        "said",
    ),
    Q(
        "the fraud came to light when a newly appointed finance director noticed that three suppliers shared a single bank account",
        "indirect",
        "court documents",
        "According to",
        optional=True,
    ),
    Q(
        'his client had suffered from a gambling addiction and was "profoundly ashamed" of what he had done',
        "mixed",
        "Nicholas Hart",
        "told the court that",
    ),
    Q(
        'He does not ask for sympathy," Mr Hart said. "He asks only that the court recognise the efforts he has made to repay what he took.',
        "direct",
        "Nicholas Hart",
        "said",
    ),
    Q("the fraud had forced Brightpath to close two of its five centres", "indirect", "Rebecca Osei", "said"),
    Q(
        'Staff lost their jobs, and families lost a service they relied on," she wrote. "The damage to trust will take years to repair.',
        "direct",
        "Rebecca Osei",
        "wrote",
    ),
    Q(
        "the regulator would publish the findings of its own inquiry into the trust's governance in the autumn",
        "indirect",
        "spokesman for the Charity Commission",
        "said",
        anon=True,
        alt=["Charity Commission"],
    ),
    Q(
        "he would serve half his sentence in custody before release on licence",
        "indirect",
        "Caroline Weir",
        "said",
    ),
]

ART["14_peace_plan_opinion.txt"] = [
    Q(
        'the framework as "the first document all five of us have signed in a decade."',
        "mixed",
        "Johan Lindell",
        "described",
    ),
    Q(
        "Nobody pretends that paper stops shells. But you cannot build anything without a foundation.",
        "direct",
        "Johan Lindell",
        "added",
    ),
    Q(
        'the text had been agreed "in the corridor, not at the table," and that the hard questions had simply been left out',
        "mixed",
        "diplomat from one of the five delegations",
        "said",
        anon=True,
    ),
    Q('them only as "areas requiring further discussion"', "mixed", "framework", "refers to", optional=True),
    Q("this vagueness is deliberate", "indirect", "Mira Kovač", "argues that"),
    Q(
        'Every government can go home and tell its parliament that nothing has been given away," she said. "That is the whole point of the exercise.',
        "direct",
        "Mira Kovač",
        "said",
    ),
    Q(
        "the real test will come in the spring, when the snow melts and fighting usually resumes",
        "indirect",
        "Mira Kovač",
        "believes that",
    ),
    Q(
        "the ingredients: international monitors, a timetable for withdrawing heavy weapons, and a mechanism for reporting violations",
        "indirect",
        "analysts",
        "agree on",
        anon=True,
        optional=True,
    ),
]

# --- the two seed reports: offsets into the RAW file text (data/raw/*.txt) -----------------
OFFICIAL = "former United States official"
SEEDS = {}

SEEDS["000_22f02c29782b9ea9.txt"] = [
    Q(
        "Secret diplomatic talks are ongoing between former senior United States national security officials and high-ranking members of the Kremlin",
        "indirect",
        OFFICIAL,
        "has confirmed to The Moscow Times",
        anon=True,
    ),
    Q(
        "There is an eminent need for track 1.5 diplomacy when the world gets closed off as it has now",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "Meetings between the United States and officials in the Kremlin have been taking place at least twice a month, often through an online format.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
        optional=True,
    ),
    Q("I have been visiting Moscow at least every three months", "unmarked", OFFICIAL, "said", anon=True),
    Q(
        "We were given some access to the Kremlins thinking, though not as much as we would have liked.",
        "unmarked",
        OFFICIAL,
        "stated",
        anon=True,
    ),
    Q(
        "the greatest issue was that the Russians were unable to articulate what exactly they wanted and needed",
        "indirect",
        OFFICIAL,
        "From his vantage point",
        anon=True,
    ),
    Q(
        "They don't know how to define victory or defeat.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
        optional=True,
    ),
    Q(
        "In fact, some of the elites to whom we spoke had never wanted the war in the first place, even saying it had been a complete mistake",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "But now theyre at war suffering a humiliating defeat is not an option for these guys.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "It was here that we made clear that the United States was prepared to work constructively with Russian national security concerns",
        "unmarked",
        OFFICIAL,
        "added",
        anon=True,
    ),
    Q(
        "An attempt to isolate and cripple Russia to the point of humiliation or collapse would make negotiating almost impossible we are already seeing this in the reticence from Moscow officials",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "In fact, we emphasized that the United States needs, and will continue to need, a strong enough Russia to create stability along its periphery.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "The United States wants a Russia with strategic autonomy in order for the United States to advance diplomatic opportunities in Central Asia.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "We in the United States have to recognize that total victory in Europe could harm our interests in other areas of the world.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "Russian power, he concluded, is not necessarily a bad thing",
        "unmarked",
        OFFICIAL,
        "concluded",
        anon=True,
    ),
    Q(
        "completely severing ties between Moscow and Beijing was unrealistic",
        "indirect",
        OFFICIAL,
        "acknowledged that",
        anon=True,
    ),
    Q(
        "However, efforts should be made to limit the extent of this relationship",
        "unmarked",
        OFFICIAL,
        "argued",
        anon=True,
    ),
    Q(
        "Washingtons goal is to strike a balance that prevents an overwhelming consolidation of Russian power while fostering diplomatic opportunities in Asia, where Moscow plays a significant role.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
        optional=True,
    ),
    Q(
        "This does not mean we are abandoning Ukraine or Europe",
        "unmarked",
        OFFICIAL,
        "was quick to note",
        anon=True,
    ),
    Q(
        "Rather, we want to find ways of guaranteeing Ukraines independence while bringing Russia back as a more creative player in European security.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "Both the United States and Russia should have used greater strategic imagination in the decades since the collapse of the Soviet Union",
        "unmarked",
        OFFICIAL,
        "argued further",
        anon=True,
    ),
    Q(
        "There has been a severe lack of sustained United States -Russia dialogue on European security, the former official said, and our negotiations in early 2022, prior to the full-scale invasion should have remained confidential, but the Russians proceeded to leak the details",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "This made the negotiation process far more difficult.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
        optional=True,
    ),
    Q(
        "no matter how much work the United States might now undertake, sooner or later Russia and Ukraine would have to sit down together at the negotiating table",
        "indirect",
        OFFICIAL,
        "admitted, however, that",
        anon=True,
    ),
    Q(
        "We suggested setting up a number of diplomatic channels in order to satisfy the desires of all the parties involved",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "There firstly needs to be a serious United States -Russia channel, as these are the only two countries powerful enough to negotiate security in Europe.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "There must of course be a channel between Ukraine and Russia, another between Russia and the EU; and one between Russia and the Global South.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "Ukraines chances of regaining its occupied territories were extremely slim",
        "indirect",
        OFFICIAL,
        "it became evident that",
        anon=True,
        optional=True,
    ),
    Q(
        "If Russia thought it might lose Crimea, the ex-official said, it would almost certainly resort to [using] tactical nuclear weapons",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
    Q(
        "Washington had also offered to help conduct fair referendums in the Russian-occupied territories of Donetsk, Luhansk, Kherson and Zaporizhzhia, in which residents would vote on whether they wished to be part of Ukraine or Russia",
        "indirect",
        OFFICIAL,
        "noted that",
        anon=True,
    ),
    Q(
        "In Russian diplomacy, everything is now linked, all built around the locus of the war making it impossible to do any productive forms of diplomacy.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
    ),
    Q(
        "The problem was less with the Russian elite as a whole than it was with Putin specifically",
        "indirect",
        OFFICIAL,
        "explained",
        anon=True,
    ),
    Q("Putin is the major block to all progress", "unmarked", OFFICIAL, "said", anon=True),
    Q(
        "The United States administration has made at least one attempt to speak with the Kremlin but Putin himself refused.",
        "unmarked",
        OFFICIAL,
        None,
        anon=True,
        optional=True,
    ),
    Q(
        "For this reason, he argued, Washington should begin reaching out to the anti-war Russian elite and begin making progress with them",
        "unmarked",
        OFFICIAL,
        "argued",
        anon=True,
    ),
    Q(
        "If there was support among the elite for another leader, he said, ousting Putin would not be impossible",
        "unmarked",
        OFFICIAL,
        "said",
        anon=True,
    ),
]

SEEDS["003_bf1a606aa709ab04.txt"] = [
    Q(
        'Yes, there are big difficulties – they were immediately identified by the Russian leadership. Vladimir Putin has often said that the United States easily renounces any agreements and cannot be trusted," political scientist, RIAC expert Elena Suponina explains to the newspaper VIEW. "So, of course, there is no mutual trust, but at the same time there is no possibility to refuse such contacts, because too much is at stake.',
        "direct",
        "Elena Suponina",
        "explains to the newspaper VIEW",
    ),
    Q(
        "back on February 21, at a memorable meeting of the Security Council, Nikolai Patrushev said that negotiations with the West should be conducted",
        "indirect",
        "Elena Suponina",
        "According to",
        alt=["Nikolai Patrushev"],
    ),
    Q(
        "And first of all, we need to talk to the United States, because everyone else will do what Washington says.",
        "unmarked",
        "Elena Suponina",
        None,
        alt=["Nikolai Patrushev"],
    ),
    Q(
        "You know that the fabric of our relations is very thin right now. There is no need to talk about dialogue. But any sporadic, even non-systemic, and there are no systemic contacts, these sporadic contacts cannot be announced in advance,",
        "direct",
        "Dmitry Peskov",
        "said",
    ),
    Q(
        "a meeting of the bilateral advisory commission of representatives of Russia and the United States on the Strategic Offensive Arms Treaty (START), which regulates the number of nuclear warheads and carriers from the parties, will be held in Cairo in late November – early December",
        "indirect",
        "Sergei Ryabkov",
        "said that",
    ),
    Q(
        "which, according to Washington, are used for non-nuclear operations",
        "indirect",
        "Washington",
        "according to",
    ),
    Q(
        "Because of this, there is a situation when the Americans de facto have at their disposal a significant number of strategic carriers, namely heavy bombers and ballistic missile launchers of submarines, which at least do not fit into the requirements of the treaty,",
        "direct",
        "Sergei Ryabkov",
        "explains",
    ),
    Q(
        "Here the parties have corresponding claims to each other, but regardless of the state of Russian-American relations and total distrust, it is important to discuss the implementation of the START-3 treaty while it is in effect. In addition, it is also important to move on to a dialogue on the outline of strategic stability issues after this treaty expires.\n\nIt is clear that we will not be able to work out any new agreement, but it is nevertheless necessary to talk about the prospects of strategic stability,",
        "direct",
        "Dmitry Suslov",
        "explains",
    ),
    Q(
        "the decision of the parties to resume this dialogue indicates that the hybrid war between Russia and the United States will last for a long time, that both sides perceive this hybrid war as a new norm and adapt to it.",
        "direct",
        "Dmitry Suslov",
        "continues",
    ),
    Q(
        'Contacts between the United States and Russia have not been interrupted all the time of the conflict. According to my data, first of all it was about contacts on so-called "humanitarian issues". In particular, about the exchange of prisoners, an example of which is the return of pilot Yaroshenko to Russia in April. Similar issues are being discussed now – we are talking about the exchange of Viktor Bout and some other prisoners who are sitting not only in the USA, but also in the EU. On the American side, they are talking about the athlete Brittney Griner, as well as Paul Whelan, accused of espionage,',
        "direct",
        "Elena Suponina",
        "explains",
    ),
    Q(
        "both former American officials (for example, former US Energy Secretary Bill Richardson) and individual countries can play the role of mediators in these negotiations",
        "indirect",
        "Elena Suponina",
        "According to",
    ),
    Q(
        "For example, Turkey, the Emirates, Saudi Arabia and some others.",
        "indirect",
        "Elena Suponina",
        None,
        optional=True,
    ),
    Q(
        "The United States will offer some new conditions and this dialogue is also being conducted regardless of the general climate and total distrust between our sides,",
        "direct",
        "Dmitry Suslov",
        "believes",
    ),
    Q(
        "an exchange deal can become a plausible excuse and a springboard for negotiations on other important issues",
        "indirect",
        "Experts",
        "believe that",
        anon=True,
    ),
    Q(
        "In particular, about managing escalation and reducing the risks of its occurrence. That is, simply put, preventing a direct military clash between Russia and the United States with a nuclear component,\" says Dmitry Suslov. - The parties discuss, respectively, the limits of permissible red lines, stipulate the likely answers to each other's steps. Discussion of this topic is absolutely necessary without taking into account the total distrust between Russia and the United States simply because the risk of escalation is high – otherwise there would not have been these consultations. Neither Russia nor the United States is interested in World War III and the use of nuclear weapons.",
        "direct",
        "Dmitry Suslov",
        "says",
    ),
    Q(
        'this is not a negotiation "on Ukraine" and does not violate their formula "no negotiations on Ukraine without Ukraine"',
        "mixed",
        "Americans",
        "claim that",
        anon=True,
    ),
    Q(
        "The fact that Ukraine is allegedly taken out of the bracket during these contacts is rather a slyness on the conscience of those who say this. Maybe this is true during individual meetings, but in general it is always implied that the Ukrainian issue is present,",
        "direct",
        "Elena Suponina",
        "says",
    ),
    Q(
        "In addition, it is reliably known that they are discussing this with their allies without Ukraine, which already violates this principle,",
        "direct",
        "Dmitry Suslov",
        "says",
    ),
    Q(
        "the Americans are also negotiating directly on Ukraine directly with Russia",
        "indirect",
        "media reports",
        "If you believe a number of media reports",
        optional=True,
    ),
    Q(
        "The Putin-Biden summit did not take place and will not take place on the sidelines of the G20, because we do not even have any preliminary agreements on the settlement of the Ukrainian conflict. Such a dialogue and even such contact could make sense if the conflict was at least suspended and if the parties had certain preliminary agreements on the contours of a peaceful settlement. Until this happens, then there will be no corresponding meetings,",
        "direct",
        "Dmitry Suslov",
        "says",
    ),
]


if __name__ == "__main__":
    raise SystemExit(
        main(
            GoldFile(HERE / "gold.jsonl", ART, ARTICLES, words=(WORDS_MIN, WORDS_MAX)),
            GoldFile(HERE / "seeds_gold.jsonl", SEEDS, RAW, complete=False),
        )
    )
