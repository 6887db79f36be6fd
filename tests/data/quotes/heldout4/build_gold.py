"""Held-out quote gold set 4 (issue 3): annotations as readable snippets -> gold.jsonl.

Written independently of the extractor and of the other gold sets, following
../GUIDELINES.md. Each record is located by the start and end snippets of its span: the start
snippet must occur exactly once in the article, the end snippet is its first occurrence at or
after the start.

    .venv/bin/python tests/data/quotes/heldout4/build_gold.py      # writes gold.jsonl, runs check.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold.jsonl"

sys.path.insert(0, str(HERE))
from check import check  # noqa: E402


def Q(start, end, kind, speaker, cue, *, anon=False, opt=False, alt=()):
    return dict(start=start, end=end, kind=kind, speaker=speaker, cue=cue,
                anonymous=anon, optional=opt, alt_speakers=list(alt))


ANNOTATIONS = {
    "01_court_care_home_theft.txt": [
        Q("You were trusted with", "breach of trust.", "direct", "Miriam Osei", "told"),
        # the court as the channel: a document-like source, optional
        Q("Harrowgate moved money from", "and a new kitchen", "indirect", "prosecution",
          "The court heard that", anon=True, opt=True),
        Q("the thefts had come to light", "almost empty", "indirect", "Owen Kettering", "said"),
        Q("The defendant was careful", "would not notice.", "direct", "Owen Kettering", "said"),
        Q('his client was "deeply ashamed"', "husband in 2015", "mixed", "Callum Reyes", "said"),
        Q("None of this is offered", "right for the families.", "direct", "Callum Reyes", "said"),
        Q("her mother had died in 2022", "savings were safe", "indirect",
          "woman who first raised the alarm", "said", anon=True),
        Q("She paid for her own care", "That woman took it.", "direct",
          "woman who first raised the alarm", "wrote", anon=True),
        Q("the case showed how", 'hide in plain sight"', "mixed", "Anita Brook",
          "said outside court that"),
        Q("they had since introduced", "resident's account", "indirect",
          "Brightwater Care Group", "said"),
    ],
    "02_business_freight_profit.txt": [
        Q("it would cut capacity on two", "loss-making services", "indirect", "Norrland Freight",
          "said"),
        Q("Operating profit fell to", "a year earlier", "indirect", "Norrland Freight", "said"),
        Q("The first quarter was tougher", "industry expected.", "direct", "Helena Marsk", "told"),
        Q("the group would withdraw four", "300 million crowns a year", "indirect", "Helena Marsk",
          "said"),
        Q("it expected full-year", "with last year's", "mixed", "Norrland Freight", "said"),
        Q("Keeping the guidance unchanged", "that is coming,", "direct", "Pia Lindqvist", "said"),
        Q('the capacity cuts were "the right', 'a little late"', "mixed", "Jonas Ek", "said"),
        Q("Norrland's costs per container", "Nordic rivals", "indirect", "Jonas Ek",
          "According to"),
        Q('she was "comfortable"', "not under review", "mixed", "Helena Marsk", "said"),
        Q("We don't comment on speculation.", "performing well.", "direct", "Helena Marsk",
          "said"),
        Q("it saw no risk", "covenants this year", "indirect", "Baltica Bank",
          "said separately that"),
        Q("any further cuts to services", "about 400 people", "indirect", "Nordic Dockers' Union",
          "warned that"),
    ],
    "03_science_nap_memory.txt": [
        Q("Older adults who take", "sharper for longer", "indirect",
          "study of more than 4,000 people", "according to", opt=True,
          alt=["University of Tarnmouth"]),
        Q("Those who napped for between", "those who never napped", "indirect",
          "researchers at the University of Tarnmouth", "reported", anon=True,
          alt=["University of Tarnmouth"]),
        Q("Nobody should read this", "going wrong.", "direct", "Leona Fairweather", "said"),
        Q("the team had taken account", "night-time sleep", "indirect", "Leona Fairweather",
          "said"),
        Q("a study of this kind could", "protects memory", "indirect", "Leona Fairweather",
          "cautioned that"),
        Q("It’s a large, well-run", "how lonely they are.", "direct", "Anil Chaudhry", "said"),
        Q("the next step should be", "others are not", "indirect", "Anil Chaudhry",
          "In Chaudhry’s view"),
        Q("the results would help shape", "older relatives", "indirect", "Tarnmouth Memory Trust",
          "said"),
        Q("she had napped every afternoon", "in 2009", "indirect", "Margaret Dunn", "said"),
        Q("My husband, Frank,", "a different woman.", "direct", "Margaret Dunn", "said"),
        # her advice, summarised by the narrator after a colon
        Q("set an alarm", "set an alarm", "indirect", "Margaret Dunn", "Her advice", opt=True),
    ],
    "04_council_bin_collections.txt": [
        Q("the move would save", "at 38 per cent", "indirect", "Ruth Amankwah",
          "told the meeting that"),
        Q("Nobody goes into local government", "close libraries.", "direct", "Ruth Amankwah",
          "said"),
        Q("the decision had been ‘rushed", "proper consultation", "mixed", "Gareth Pryce", "said"),
        Q("We asked for a six-month", "leaflets about it.", "direct", "Gareth Pryce", "said"),
        Q("officers estimated that", "about £90,000", "indirect",
          "minutes of a scrutiny committee meeting", "According to", opt=True),
        Q("every household would receive", "extra capacity", "indirect",
          "Hollinwick Borough Council", "said in a statement that"),
        Q("food waste would still be", "every week", "indirect",
          "spokeswoman for Hollinwick Borough Council", "added that", anon=True,
          alt=["Hollinwick Borough Council"]),
        Q("There are seven of us", "all going to go.", "direct", "Pauline Ashworth", "said"),
        Q("foxes were already tearing", "on the pavement", "indirect", "Dean", "said"),
        Q("You come out in the morning", "jumble sale,", "direct", "Dean", "said"),
        Q("We support more recycling", "in a hurry.", "direct", "Sunita Varma", "said"),
        Q("he would present it", "in September", "indirect", "Keith Lumb", "said"),
        Q("she was happy to meet", "afford to delay", "indirect", "Ruth Amankwah", "said"),
    ],
    "05_feature_bell_foundry.txt": [
        # speaker introduced as "the woman pouring bronze", named only afterwards
        Q("People think a bell", "it is too late.", "direct", "Agnes Morrow", "says"),
        # three paragraphs, one closing mark
        Q("I had a plan to go back", "where I would find them.", "direct", "Agnes Morrow",
          "says"),
        Q("the business has more work", "restoring old bells", "indirect", "Callum", "says"),
        Q("Aunt Agnes can hear", "laughs at the computer.", "direct", "Callum", "says"),
        Q("the business has twice been", "turned both down", "indirect", "Agnes Morrow", "says"),
        Q("They wanted the name", "You can only stay.", "direct", "Agnes Morrow", "says"),
        Q("there were now fewer than", "a large bell", "indirect",
          "spokesman for the Heritage Crafts Council", "said", anon=True,
          alt=["Heritage Crafts Council"]),
        Q("I’ll stop when my ears go", "He’s wrong.", "direct", "Agnes Morrow", "says"),
    ],
    "06_wire_airline_stake.txt": [
        Q("Velmora's government has put on hold", "below expectations", "indirect",
          "people familiar with the matter", "said", anon=True),
        Q("The finance ministry had hoped", "about 620 million", "indirect",
          "people familiar with the matter", "said", anon=True),
        Q('the government "remains committed"', 'at a discount"', "mixed",
          "spokesperson for the finance ministry", "said", anon=True, alt=["finance ministry"]),
        Q("the cabinet was split", "development bank instead", "indirect",
          "senior official at the transport ministry", "said", anon=True),
        Q("There are people who want", "never done at all,", "direct",
          "senior official at the transport ministry", "said", anon=True),
        Q("it had submitted an offer", "an offer", "indirect", "Polaris Airways", "confirmed"),
        Q('it "continues to see value"', "improving its terms", "mixed", "Estravia Group",
          "said in a statement that"),
        Q("any further delay would", "cash crisis", "indirect", "Velmair Pilots' Association",
          "warned that"),
        Q("its members would vote", "strike action", "indirect", "Velmair Pilots' Association",
          "said"),
        Q("We have been told for three years", "so are the promises,", "direct",
          "Dariusz Kovac", "said"),
        Q("The European Commission has also raised", "sale is pending", "indirect",
          "diplomats in Arventa", "according to", anon=True),
        Q('it was "in contact', 'authorities"', "mixed", "spokesman for the European Commission",
          "said", anon=True, alt=["European Commission"]),
        Q('the government of "selling', 'losing its nerve"', "mixed", "Ilona Sebesty",
          "accused"),
    ],
    "07_sport_mountain_stage.txt": [
        Q("I felt good all day", "don't think, pedal.", "direct", "Marit Haugland", "said"),
        Q("she had planned the attack", "reaches 14 per cent", "indirect", "Marit Haugland",
          "said"),
        Q("She has been training", "in the spring,", "direct", "Lukas Brenner", "said"),
        Q('the team would "go all in"', "around Pontevar", "mixed", "Lukas Brenner",
          "added that"),
        Q("I was alone, yes", "have to be smarter.", "direct", "Ines Ferreira", "said"),
        Q("It has to be.", "It has to be.", "direct", "Ines Ferreira", "said"),
        Q('the team had "got the tactics', "an early break", "mixed", "Rui Antunes", "admitted"),
        Q("the stage had drawn", "watched from the climb", "indirect", "Sophie Delorme", "said"),
        Q("This is what we dreamed of", "no television,", "direct", "Sophie Delorme", "said"),
        Q("Sunday's stage will start", "afternoon heat", "indirect", "organisers",
          "According to", anon=True, alt=["Tour de Valdoria"]),
        Q("she would now target", "young rider's jersey", "indirect", "Femke de Wit", "said"),
        Q("The podium is gone for me", "and I want it,", "direct", "Femke de Wit", "said"),
    ],
    "08_translated_border_bridge.txt": [
        Q("The bridge is ready", "no answer for them.", "direct", "Pavel Doležal", "says"),
        Q("it had sent Kravia", "waiting for a reply", "indirect", "Lenzian foreign ministry",
          "said last week that"),
        Q("the Lenzian draft would allow", "can accept“", "mixed", "Jana Hrubá", "According to"),
        Q("We are not against the bridge", "of our jurisdiction.", "direct", "Jana Hrubá",
          "told the daily Večerník"),
        Q("the dispute has little to do", "in both countries", "indirect", "Tomáš Krejčí",
          "In the opinion of"),
        Q("Neither government wants", "symbols are expensive,", "direct", "Tomáš Krejčí", "says"),
        Q("Every lorry that has to drive", "lorries a day.", "direct", "Martina Vogl",
          "explains to Večerník"),
        Q("the longer the bridge stands", "losing face", "indirect", "Experts", "believe that",
          anon=True),
        Q("the two ministries have agreed", "in September", "indirect", "Klaus Reiter",
          "says that"),
        # dash continuation after the attribution: one quote
        Q("I think we will cut the ribbon", "hold the other end.", "direct", "Klaus Reiter",
          "says"),
    ],
    "09_interview_village_cinema.txt": [
        Q("Everyone told us we were mad", "on my side.", "direct", "Hannah Kowalczyk", "said"),
        Q("he had wanted to own", "video parlour", "indirect", "Femi Adebayo", "said"),
        Q("I used to fall asleep", "kung fu subtitles,", "direct", "Femi Adebayo", "said"),
        Q("they had considered closing", "for five months", "indirect", "Hannah Kowalczyk",
          "said"),
        Q("We sat in row F", "The wine said don’t.", "direct", "Hannah Kowalczyk", "said"),
        Q("What saved them", "was the town", "indirect", "Femi Adebayo", "said"),
        Q("they had applied for the job", "hear back", "mixed", "Sam Ortiz", "said"),
        Q("Femi interviewed me", "on Christmas Day.", "direct", "Sam Ortiz", "said"),
        Q("they now planned to train", "care homes", "indirect", "Sam Ortiz", "said"),
        Q("the finances remain fragile", "remain fragile", "indirect", "Hannah Kowalczyk",
          "admits that"),
        Q("Energy bills have tripled", "£3,800 last year", "indirect", "Hannah Kowalczyk",
          "said"),
        Q("Not this year", "when the roof leaks.", "direct", "Femi Adebayo", "said"),
        # a quoted phrase after "describes as" inside a relative clause
        Q("chaos with popcorn", "chaos with popcorn", "mixed", "Hannah Kowalczyk",
          "describes as", opt=True),
    ],
    "10_markslost_hosepipe_ban.txt": [
        Q("Restrictions on garden hoses", "began in 1891", "indirect", "Dunmere Water", "said"),
        Q("We are asking customers", "bear with us", "unmarked", "Fiona Castellanos", "said"),
        Q("Every litre that isn't used", "homes in August.", "unmarked", "Fiona Castellanos",
          None),
        Q("the company had brought forward", "water it treats", "indirect", "Fiona Castellanos",
          "said"),
        Q("the hosepipe ban is the least", "their problems", "indirect", "Farmers", "say",
          anon=True),
        Q("two of the three springs", "dried up in May", "indirect", "Tom Aldersey", "said"),
        Q("I've been farming here", "cattle in the spring", "unmarked", "Tom Aldersey", "said"),
        Q("Never. We're spending", "smiling at me.", "unmarked", "Tom Aldersey", None),
        # a new paragraph without attribution: Aldersey or the reporter
        Q("Nobody wants to be the first", "first to sell.", "unmarked", "Tom Aldersey", None,
          opt=True),
        Q("the valley's aquifers", "drought of 2022", "indirect", "Ngozi Ferris", "said"),
        Q("The ground is like a sponge", "left on a radiator", "unmarked", "Ngozi Ferris",
          "said"),
        Q("When the rain does come", "won't fix this.", "unmarked", "Ngozi Ferris", None),
        Q("the mains repair programme", "paid out dividends", "indirect",
          "engineer at Dunmere Water", "said", anon=True),
        Q("Nobody upstairs wanted", "reservoirs were full", "unmarked",
          "engineer at Dunmere Water", "said", anon=True),
        Q("Now they want to hear", "nothing else.", "unmarked", "engineer at Dunmere Water",
          None, anon=True),
        Q("the company did not recognise", "since 2020", "indirect",
          "spokesman for Dunmere Water", "said", anon=True, alt=["Dunmere Water"]),
        Q("Dunmere loses more water", "in the country", "indirect", "Water Services Authority",
          "According to"),
        Q("he had written to his MP", "receiving a reply", "indirect", "Tom Aldersey", "said"),
    ],
}


def build() -> list[dict]:
    records = []
    for name, anns in ANNOTATIONS.items():
        text = (ARTICLES / name).read_text(encoding="utf-8")
        quotes = []
        for a in anns:
            assert text.count(a["start"]) == 1, (name, a["start"])
            start = text.index(a["start"])
            assert a["end"] in text[start:], (name, a["end"])
            end = text.index(a["end"], start) + len(a["end"])
            quotes.append({"text": text[start:end], "start": start, "end": end,
                           "kind": a["kind"], "speaker": a["speaker"],
                           "anonymous": a["anonymous"], "cue": a["cue"],
                           "optional": a["optional"], "alt_speakers": a["alt_speakers"]})
        quotes.sort(key=lambda q: q["start"])
        records.append({"file": name, "quotes": quotes})
    return records


def main() -> int:
    records = build()
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == [r["file"] for r in records]
    GOLD.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    req = [q for r in records for q in r["quotes"] if not q["optional"]]
    print(f"{len(records)} articles, {len(req)} required + "
          f"{sum(len(r['quotes']) for r in records) - len(req)} optional quotes")
    print("kinds:", dict(Counter(q["kind"] for q in req)))
    print(f"anonymous: {sum(q['anonymous'] for q in req)}/{len(req)}")
    errors = check(GOLD)
    print("check:", "OK" if errors == 0 else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
