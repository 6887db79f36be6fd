"""Held-out gold set 2: writes articles/*.txt and gold.jsonl from the snippets below, then checks.

Annotations follow ../GUIDELINES.md. Each quote is (span text, kind, speaker, cue, extras);
the span text must occur exactly once in its article. ../goldkit.py finds the offsets, writes
gold.jsonl and checks it (with the articles' length, 250-450 words, and the scorer on the gold
fed back). ``--check`` writes nothing and only checks the files as they are.

    .venv/bin/python tests/data/quotes/heldout2/build_gold.py          # write and check
    .venv/bin/python tests/data/quotes/heldout2/build_gold.py --check  # check only
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from goldkit import GoldFile, main  # noqa: E402
from goldkit import Q as q  # noqa: E402

A = {}  # file name -> article text
G = {}  # file name -> annotations
WORDS = (250, 450)  # article length in words, as README.md gives it


A["01_wire_veldmark_election.txt"] = """Centrist alliance leads in Veldmark election as coalition talks loom

VELDSTAD, March 3 (Wire) - The centrist Civic Renewal alliance won the largest share of the vote in Veldmark's parliamentary election on Sunday but fell well short of a majority, setting up weeks of coalition bargaining.

With 97 percent of ballots counted, Civic Renewal had 31.4 percent, ahead of the ruling Labour and Farmers Party on 24.9 percent, the central election commission said.

"Voters have asked for a change of direction, and we will give them one," Civic Renewal leader Anneke Dressler told supporters in the capital. "But nobody governs this country alone."

Prime Minister Jonas Vilhelmsen conceded that his party had lost ground. "We have been humbled tonight," the 61-year-old said.

Dressler, a former judge, has said she will first approach the Green Left. Its leader, Mirela Hoxha, struck a cautious note on Sunday night.

"We are not for sale, and our price is not a ministry," Hoxha said. "Our price is a coal exit by 2032."

The far-right Homeland party, which campaigned under the slogan "Veldmark First", took 14 percent, its best result. Its leader, Bruno Kastell, said the result showed "the establishment is running out of road".

A spokesman for the election commission said turnout had reached 78 percent, the highest since 1994.

Talks are widely expected to last until the summer. Under the constitution, the king must first appoint a so-called "scout" to sound out the party leaders.

"It is going to be a long spring," said Pieter Naaldwijk, a political scientist at Veldstad University. "Every possible majority needs at least four parties, and two of them have sworn never to sit together."

Vilhelmsen will remain caretaker prime minister until a new government is sworn in. He told reporters his party would not rule out joining a coalition led by Dressler.

Markets took the result calmly, with the Veldmark krone little changed against the euro on Monday morning.
"""
G["01_wire_veldmark_election.txt"] = [
    q(
        "With 97 percent of ballots counted, Civic Renewal had 31.4 percent, ahead of the ruling Labour and Farmers Party on 24.9 percent",
        "indirect",
        "central election commission",
        "said",
    ),
    q(
        'Voters have asked for a change of direction, and we will give them one," Civic Renewal leader Anneke Dressler told supporters in the capital. "But nobody governs this country alone.',
        "direct",
        "Anneke Dressler",
        "told supporters in the capital",
    ),
    q("his party had lost ground", "indirect", "Jonas Vilhelmsen", "conceded that"),
    q("We have been humbled tonight,", "direct", "Jonas Vilhelmsen", "said"),
    q("she will first approach the Green Left", "indirect", "Anneke Dressler", "has said"),
    q(
        'We are not for sale, and our price is not a ministry," Hoxha said. "Our price is a coal exit by 2032.',
        "direct",
        "Mirela Hoxha",
        "said",
    ),
    q('the result showed "the establishment is running out of road"', "mixed", "Bruno Kastell", "said"),
    q(
        "turnout had reached 78 percent, the highest since 1994",
        "indirect",
        "spokesman for the election commission",
        "said",
        anon=True,
        alt=["central election commission"],
    ),
    q(
        'It is going to be a long spring," said Pieter Naaldwijk, a political scientist at Veldstad University. "Every possible majority needs at least four parties, and two of them have sworn never to sit together.',
        "direct",
        "Pieter Naaldwijk",
        "said",
    ),
    q(
        "his party would not rule out joining a coalition led by Dressler",
        "indirect",
        "Jonas Vilhelmsen",
        "told reporters",
    ),
]

A["02_local_mill_lane_flood.txt"] = """Flooded Mill Lane residents say council ignored years of warnings

Residents of Mill Lane in Hartsby say they warned the council for years that the culvert beneath their street could not cope with heavy rain. On Tuesday night, after four hours of downpour, it did not. Water rose knee-deep in eleven homes.

Carol Whitby, 67, has lived at number 14 for forty years. "I've never seen anything like it," she said, standing among sodden carpets piled on her front lawn. "The water came up through the floorboards. It just kept coming."

Carol said she had emailed the council three times since 2021 about the blocked grate at the end of the lane.

Her neighbour, Dev Mistry, a delivery driver, has moved his two children to his sister's house. "We're lucky, we've got family nearby," Dev said. "Some people on this street have nowhere to go."

Dev added that the council had sent "one man with a clipboard" on Wednesday morning.

Hartsby Borough Council said in a statement that it had "sympathy for all residents affected" and that a full investigation into the drainage network would begin next week.

Councillor Joan Pemberton, who represents the ward, said the culvert had been on a list of repairs since 2022 but had never been funded. "That is not good enough, and I've told the cabinet so," she said.

A local Facebook group, "Mill Lane Flood Watch", has collected more than 300 signatures for a petition demanding new drains. Volunteers from St Anne's church handed out hot meals on Wednesday evening.

For Carol, the clean-up will take months. "The insurance man says six weeks," she said. "I'll believe it when I see it."

The Environment Agency said a yellow warning for heavy rain remained in place until Friday, and urged residents to sign up for flood alerts.

Dev is less patient. He said he would withhold his council tax until the grate was cleared. "They can take me to court if they like," he said.
"""
G["02_local_mill_lane_flood.txt"] = [
    q(
        "they warned the council for years that the culvert beneath their street could not cope with heavy rain",
        "indirect",
        "Residents of Mill Lane",
        "say",
        anon=True,
    ),
    q(
        'I\'ve never seen anything like it," she said, standing among sodden carpets piled on her front lawn. "The water came up through the floorboards. It just kept coming.',
        "direct",
        "Carol Whitby",
        "said",
    ),
    q(
        "she had emailed the council three times since 2021 about the blocked grate at the end of the lane",
        "indirect",
        "Carol Whitby",
        "said",
    ),
    q(
        "We're lucky, we've got family nearby,\" Dev said. \"Some people on this street have nowhere to go.",
        "direct",
        "Dev Mistry",
        "said",
    ),
    q(
        'the council had sent "one man with a clipboard" on Wednesday morning',
        "mixed",
        "Dev Mistry",
        "added that",
    ),
    q(
        'it had "sympathy for all residents affected" and that a full investigation into the drainage network would begin next week',
        "mixed",
        "Hartsby Borough Council",
        "said in a statement that",
    ),
    q(
        "the culvert had been on a list of repairs since 2022 but had never been funded",
        "indirect",
        "Joan Pemberton",
        "said",
    ),
    q("That is not good enough, and I've told the cabinet so,", "direct", "Joan Pemberton", "said"),
    q(
        'The insurance man says six weeks," she said. "I\'ll believe it when I see it.',
        "direct",
        "Carol Whitby",
        "said",
    ),
    q(
        "a yellow warning for heavy rain remained in place until Friday",
        "indirect",
        "Environment Agency",
        "said",
    ),
    q("he would withhold his council tax until the grate was cleared", "indirect", "Dev Mistry", "said"),
    q("They can take me to court if they like,", "direct", "Dev Mistry", "said"),
]

A["03_tech_quillon_cuts.txt"] = """Quillon to cut 1,200 jobs as it bets on AI chips

SAN JOSE - Quillon Systems, the struggling maker of networking hardware, will cut about 1,200 jobs, or 9 percent of its workforce, as it shifts spending toward chips for artificial intelligence, the company said on Thursday.

Chief executive Rhea Castellano said the cuts were "painful but necessary" and would fall mostly on the company's legacy router business.

"We are not a router company anymore," Castellano told analysts on a conference call. "We are an AI infrastructure company that happens to sell routers."

Shares rose 6 percent in after-hours trading.

The company is also in talks to buy Lumetra, a small chip design start-up in Austin, according to a person familiar with the plans, who asked not to be named because the talks are private. A deal could be announced as early as next month, the person said, though it could still fall apart.

Lumetra did not respond to a request for comment, and Quillon declined to comment on the report.

Analysts were split. Marcus Oyelaran, who covers the company for Brightwater Securities, said Quillon was "late to the party, but not too late". "The question is whether they can ship a competitive chip before the money runs out," he said.

Others were blunter. In a note to clients titled "Quillon: Rewiring or Unravelling?", analysts at Feldspar & Co wrote that the company had "no proven chip team". They kept a sell rating on the stock.

Castellano, 52, who took over in 2023 after a decade at a rival chipmaker, said she expected the restructuring to be finished by the end of the fiscal year. Asked whether more cuts could follow, she said: "I never say never. But this is the plan, and we have the cash to execute it."

Quillon, which still advertises itself with the slogan "Connect Everything", employs about 13,000 people worldwide. It reports quarterly results on May 9.
"""
G["03_tech_quillon_cuts.txt"] = [
    q(
        "Quillon Systems, the struggling maker of networking hardware, will cut about 1,200 jobs, or 9 percent of its workforce, as it shifts spending toward chips for artificial intelligence",
        "indirect",
        "Quillon Systems",
        "said",
    ),
    q(
        'the cuts were "painful but necessary" and would fall mostly on the company\'s legacy router business',
        "mixed",
        "Rhea Castellano",
        "said",
    ),
    q(
        'We are not a router company anymore," Castellano told analysts on a conference call. "We are an AI infrastructure company that happens to sell routers.',
        "direct",
        "Rhea Castellano",
        "told analysts on a conference call",
    ),
    q(
        "The company is also in talks to buy Lumetra, a small chip design start-up in Austin",
        "indirect",
        "person familiar with the plans",
        "according to",
        anon=True,
    ),
    q(
        "A deal could be announced as early as next month, the person said, though it could still fall apart",
        "indirect",
        "person familiar with the plans",
        "said",
        anon=True,
    ),
    q('Quillon was "late to the party, but not too late"', "mixed", "Marcus Oyelaran", "said"),
    q(
        "The question is whether they can ship a competitive chip before the money runs out,",
        "direct",
        "Marcus Oyelaran",
        "said",
    ),
    q(
        'the company had "no proven chip team"',
        "mixed",
        "analysts at Feldspar & Co",
        "wrote that",
        anon=True,
        alt=["Feldspar & Co"],
    ),
    q(
        "she expected the restructuring to be finished by the end of the fiscal year",
        "indirect",
        "Rhea Castellano",
        "said",
    ),
    q(
        "I never say never. But this is the plan, and we have the cash to execute it.",
        "direct",
        "Rhea Castellano",
        "said:",
    ),
]

A["04_diplomacy_prisoner_swap.txt"] = """Korvania and Estrava swap prisoners as ceasefire talks stall

GENEVA - Korvania and Estrava exchanged 240 prisoners of war on Saturday, the first swap in five months, but talks on a wider ceasefire remained stuck, according to diplomats from both sides.

The Korvanian Foreign Ministry said in a statement that the swap, mediated by the Emirate of Salhar, "proves that dialogue is possible when the other side is serious."

Estrava's deputy foreign minister, Tomasz Wielgosz, rejected that reading. "Korvania is negotiating for the cameras," Wielgosz told reporters in Geneva. "At the table, they have moved nothing."

Two European diplomats briefed on the talks said the main obstacle was the line of control around the river port of Dresk, which both countries claim. The Korvanians want the so-called "Dresk corridor" to stay open, one of the diplomats said, while Estrava insists it be demilitarised first.

Neither diplomat was authorised to speak publicly.

Korvanian Foreign Minister Ilse Marhoun, speaking in the capital Ostrel, said her government remained "ready to sign tomorrow" if Estrava withdrew its artillery from the riverbank. She called the Estravan position "a recipe for a frozen war".

Asked whether a ceasefire was possible before winter, Wielgosz said: "Winter does not negotiate. People do."

The Estravan Defence Ministry said in a statement that two of its soldiers had been killed overnight in shelling near Dresk. Korvania did not comment on the report.

It is believed that a further round of talks will take place in Salhar in March.

A United Nations spokeswoman, Adaeze Nwosu, said the organisation "welcomed the exchange" and hoped it would be the first of many. The International Committee of the Red Cross, which registered the prisoners, said all 240 had been examined by doctors before crossing.

Families gathered at the border crossing at Velka from dawn, holding photographs and banners reading "Bring Them Home".
"""
G["04_diplomacy_prisoner_swap.txt"] = [
    q(
        "Korvania and Estrava exchanged 240 prisoners of war on Saturday, the first swap in five months, but talks on a wider ceasefire remained stuck",
        "indirect",
        "diplomats from both sides",
        "according to",
        anon=True,
    ),
    q(
        'the swap, mediated by the Emirate of Salhar, "proves that dialogue is possible when the other side is serious."',
        "mixed",
        "Korvanian Foreign Ministry",
        "said in a statement that",
    ),
    q(
        'Korvania is negotiating for the cameras," Wielgosz told reporters in Geneva. "At the table, they have moved nothing.',
        "direct",
        "Tomasz Wielgosz",
        "told reporters in Geneva",
    ),
    q(
        "the main obstacle was the line of control around the river port of Dresk, which both countries claim",
        "indirect",
        "European diplomats briefed on the talks",
        "said",
        anon=True,
    ),
    q(
        'The Korvanians want the so-called "Dresk corridor" to stay open, one of the diplomats said, while Estrava insists it be demilitarised first',
        "indirect",
        "European diplomat briefed on the talks",
        "said",
        anon=True,
        alt=["European diplomats briefed on the talks"],
    ),
    q(
        'her government remained "ready to sign tomorrow" if Estrava withdrew its artillery from the riverbank',
        "mixed",
        "Ilse Marhoun",
        "said",
    ),
    q('the Estravan position "a recipe for a frozen war"', "mixed", "Ilse Marhoun", "called"),
    q("Winter does not negotiate. People do.", "direct", "Tomasz Wielgosz", "said:"),
    q(
        "two of its soldiers had been killed overnight in shelling near Dresk",
        "indirect",
        "Estravan Defence Ministry",
        "said in a statement that",
    ),
    q(
        'the organisation "welcomed the exchange" and hoped it would be the first of many',
        "mixed",
        "Adaeze Nwosu",
        "said",
    ),
    q(
        "all 240 had been examined by doctors before crossing",
        "indirect",
        "International Committee of the Red Cross",
        "said",
    ),
]

A["05_court_treasurer_fraud.txt"] = """Former council treasurer jailed for six years over £2.3m fraud

A former treasurer of Brackley District Council who diverted £2.3 million of public money into a fake consultancy was jailed for six years on Friday.

Graham Tolliver, 58, of Easton Road, Brackley, was convicted last month of fraud by abuse of position and money laundering after a three-week trial at Northgate Crown Court.

Sentencing him, Judge Margaret Ellery said he had "betrayed the trust of every council tax payer in the district".

"You were trusted with the money that pays for care homes, bin collections and school crossings," the judge told him. "You treated it as your own."

Prosecutor Nadia Farouk told the court that Tolliver had raised invoices for more than 140 pieces of work that were never done. "This was not a moment of weakness," Ms Farouk said. "It was a scheme, run carefully, over seven years."

According to court documents, some of the money was spent on a holiday home in the Algarve and a vintage sports car.

Defending, Oliver Brandt KC said his client had been under "enormous pressure" from gambling debts and had shown genuine remorse. Mr Brandt asked the judge to take into account Tolliver's care for his elderly mother.

Tolliver, wearing a grey suit, showed no emotion as the sentence was read. Earlier in the trial he had told jurors: "I always meant to pay it back. Every penny." The jury rejected that account after less than four hours.

He pleaded guilty at an earlier hearing to a separate charge of perverting the course of justice.

Outside court, the council's chief executive, Priya Sandhu, said the authority had since "rebuilt its finance team from the ground up". "Residents deserve to know this cannot happen again," she said.

A confiscation hearing, dubbed "the clawback hearing" by council staff, is due in the spring.
"""
G["05_court_treasurer_fraud.txt"] = [
    q(
        'he had "betrayed the trust of every council tax payer in the district"',
        "mixed",
        "Margaret Ellery",
        "said",
    ),
    q(
        'You were trusted with the money that pays for care homes, bin collections and school crossings," the judge told him. "You treated it as your own.',
        "direct",
        "Margaret Ellery",
        "told him",
    ),
    q(
        "Tolliver had raised invoices for more than 140 pieces of work that were never done",
        "indirect",
        "Nadia Farouk",
        "told the court that",
    ),
    q(
        'This was not a moment of weakness," Ms Farouk said. "It was a scheme, run carefully, over seven years.',
        "direct",
        "Nadia Farouk",
        "said",
    ),
    q(
        "some of the money was spent on a holiday home in the Algarve and a vintage sports car",
        "indirect",
        "court documents",
        "According to",
        anon=True,
        optional=True,
    ),
    q(
        'his client had been under "enormous pressure" from gambling debts and had shown genuine remorse',
        "mixed",
        "Oliver Brandt",
        "said",
    ),
    q("I always meant to pay it back. Every penny.", "direct", "Graham Tolliver", "had told jurors:"),
    q(
        'the authority had since "rebuilt its finance team from the ground up"',
        "mixed",
        "Priya Sandhu",
        "said",
    ),
    q("Residents deserve to know this cannot happen again,", "direct", "Priya Sandhu", "said"),
]

A["06_health_hip_hub.txt"] = """New surgical hub cuts wait for hip operations, but nurses warn over staffing

A surgical hub that opened in Wexham in January has cut the average wait for a hip replacement from 61 weeks to 19, according to figures from the Wexham Regional Health Board.

The hub's clinical lead, an orthopaedic surgeon who has worked in the region for twenty years, said the results had exceeded expectations. "We planned for 1,500 operations a year," said the surgeon, Dr. Farhan Qureshi. "We'll do nearly 2,000."

The secret, Qureshi said, is separating planned surgery from emergency care, so that operations are not cancelled whenever the main hospital fills up.

Among the first patients was Eileen Marsh, 74, a retired teacher from Caddon who had waited more than a year in pain. "I couldn't walk to the end of the garden," she said. "Now I'm back doing the school run for my grandson."

She said her operation had taken place on a Tuesday and she was home by Thursday.

But the Society of Theatre Nurses warned that the hub relied heavily on agency staff, who cost up to three times as much as permanent nurses. "If the agency money dries up, so does the hub," said Angela Frye, the society's regional representative.

A spokesperson for the health board said recruitment was "a priority" and that 40 permanent posts had been advertised since March.

Some patients have nicknamed the hub "the hip factory". Qureshi is unbothered. In his view, speed and care are not opposites: patients who wait less need less pain medication and recover faster.

National figures published last week show that more than 700,000 people are waiting for orthopaedic treatment. The government has promised 20 more hubs by 2027.

Marsh, for her part, has one complaint. "The hospital food was awful," she said, laughing. "But I'd do it all again tomorrow."
"""
G["06_health_hip_hub.txt"] = [
    q(
        "A surgical hub that opened in Wexham in January has cut the average wait for a hip replacement from 61 weeks to 19",
        "indirect",
        "Wexham Regional Health Board",
        "according to",
        optional=True,
    ),
    q("the results had exceeded expectations", "indirect", "Farhan Qureshi", "said"),
    q(
        'We planned for 1,500 operations a year," said the surgeon, Dr. Farhan Qureshi. "We\'ll do nearly 2,000.',
        "direct",
        "Farhan Qureshi",
        "said",
    ),
    q(
        "The secret, Qureshi said, is separating planned surgery from emergency care, so that operations are not cancelled whenever the main hospital fills up",
        "indirect",
        "Farhan Qureshi",
        "said",
    ),
    q(
        "I couldn't walk to the end of the garden,\" she said. \"Now I'm back doing the school run for my grandson.",
        "direct",
        "Eileen Marsh",
        "said",
    ),
    q(
        "her operation had taken place on a Tuesday and she was home by Thursday",
        "indirect",
        "Eileen Marsh",
        "said",
    ),
    q(
        "the hub relied heavily on agency staff, who cost up to three times as much as permanent nurses",
        "indirect",
        "Society of Theatre Nurses",
        "warned that",
    ),
    q("If the agency money dries up, so does the hub,", "direct", "Angela Frye", "said"),
    q(
        'recruitment was "a priority" and that 40 permanent posts had been advertised since March',
        "mixed",
        "spokesperson for the health board",
        "said",
        anon=True,
        alt=["Wexham Regional Health Board"],
    ),
    q(
        "speed and care are not opposites: patients who wait less need less pain medication and recover faster",
        "indirect",
        "Farhan Qureshi",
        "In his view",
    ),
    q(
        "more than 700,000 people are waiting for orthopaedic treatment",
        "indirect",
        "National figures",
        "show that",
        anon=True,
        optional=True,
    ),
    q(
        'The hospital food was awful," she said, laughing. "But I\'d do it all again tomorrow.',
        "direct",
        "Eileen Marsh",
        "said",
    ),
]

A["07_feature_lighthouse.txt"] = """The keepers who never left

Ruth Calloway was nineteen when she first climbed the 212 steps of the Skerrow Point light, and she has climbed them nearly every day since. Her husband, Ewan, arrived a year later as a relief keeper. He stayed for her; she stayed for the light.

The light was automated in 1998. The Northern Lights Board, which owns it, offered them a cottage in the village. They said no.

"People think we were being romantic," Ruth says, pouring tea in the kitchen of the keeper's house, which they now rent from the board. "We weren't. We were being practical. Where else would two people like us go?"

Ewan, who is 81, is less sentimental. He says the automation was overdue and that the old paraffin lamps were "a menace to the men who tended them". He spent his first winter, he says, with burns on both hands.

When she talks about the storm of January 1984, though, he goes quiet and lets her tell it.

"The wind took the door off the lamp room at about two in the morning. I remember the noise more than anything, a kind of shriek, and then the glass started to go.

"Ewan was on the gallery trying to lash the shutters. I was inside with the log, writing down the times, because that's what you did. You wrote it down.

"When it was over, we had lost three panes and a chair, and the light had never gone out. Not for one second. I still don't know how."

He nods at that. The log, he says, is still in a drawer upstairs. She fetches it. The entry for that night is three lines long, in a small, upright hand.

The board has told them they can stay for as long as they are able. Its chief executive, Morag Innes, calls them "part of the fabric of the place".

Asked what happens after that, Ruth laughs. "Then someone else can count the steps," she says.

Ewan does not laugh. He looks out at the water for a long moment. "She'll outlast the tower," he says.
"""
G["07_feature_lighthouse.txt"] = [
    q(
        "People think we were being romantic,\" Ruth says, pouring tea in the kitchen of the keeper's house, which they now rent from the board. \"We weren't. We were being practical. Where else would two people like us go?",
        "direct",
        "Ruth Calloway",
        "says",
    ),
    q(
        'the automation was overdue and that the old paraffin lamps were "a menace to the men who tended them"',
        "mixed",
        "Ewan Calloway",
        "says",
    ),
    q("He spent his first winter, he says, with burns on both hands", "indirect", "Ewan Calloway", "says"),
    q(
        "The wind took the door off the lamp room at about two in the morning. I remember the noise more than anything, a kind of shriek, and then the glass started to go.\n\n\"Ewan was on the gallery trying to lash the shutters. I was inside with the log, writing down the times, because that's what you did. You wrote it down.\n\n\"When it was over, we had lost three panes and a chair, and the light had never gone out. Not for one second. I still don't know how.",
        "direct",
        "Ruth Calloway",
        None,
    ),
    q("The log, he says, is still in a drawer upstairs", "indirect", "Ewan Calloway", "says"),
    q("they can stay for as long as they are able", "indirect", "Northern Lights Board", "has told them"),
    q('them "part of the fabric of the place"', "mixed", "Morag Innes", "calls"),
    q("Then someone else can count the steps,", "direct", "Ruth Calloway", "says"),
    q("She'll outlast the tower,", "direct", "Ewan Calloway", "says"),
]

A["08_interview_conductor.txt"] = """New Corrin Philharmonic conductor wants a hall "full of teenagers"

The new music director of the Corrin Philharmonic, Lidia Varga, wants to halve ticket prices for under-25s and take the orchestra into every secondary school in the county, she told the Corrin Evening Post in her first interview since taking up the post.

Varga, 38, grew up in a small town in southern Hungary and studied in Vienna. "When I was fourteen, a teacher gave me a ticket to a concert she could not use," she said. "It changed my life. I want to give that ticket to a thousand fourteen-year-olds."

Asked whether the board would fund the scheme, she said the orchestra was already in talks with two sponsors.

She told the Post she would programme at least one work by a living composer in every concert this season. "Audiences are braver than managers think," Varga said.

Her predecessor, Sir Anthony Waller, who led the orchestra for 22 years, told the newspaper he was "delighted" by the appointment. "She has more energy than the rest of us put together," he said.

Not everyone is convinced. Martin Hobday, chair of the Friends of the Corrin Philharmonic, said members were worried that cheaper tickets would mean fewer concerts. He added that the Friends would "watch the accounts closely".

Varga's first concert, on 14 September, is titled "New World, New Hall" and will include Dvorak's Ninth Symphony and a premiere by the local composer Isla Fenwick.

The orchestra's finances have been under strain since the council cut its grant by a fifth in 2022. According to Varga, the answer is not fewer concerts but more people at each one.

"I know people will say I'm naive," she said. "Good. Someone has to be."
"""
G["08_interview_conductor.txt"] = [
    q(
        "The new music director of the Corrin Philharmonic, Lidia Varga, wants to halve ticket prices for under-25s and take the orchestra into every secondary school in the county",
        "indirect",
        "Lidia Varga",
        "told the Corrin Evening Post",
    ),
    q(
        'When I was fourteen, a teacher gave me a ticket to a concert she could not use," she said. "It changed my life. I want to give that ticket to a thousand fourteen-year-olds.',
        "direct",
        "Lidia Varga",
        "said",
    ),
    q("the orchestra was already in talks with two sponsors", "indirect", "Lidia Varga", "said"),
    q(
        "she would programme at least one work by a living composer in every concert this season",
        "indirect",
        "Lidia Varga",
        "told the Post",
    ),
    q("Audiences are braver than managers think,", "direct", "Lidia Varga", "said"),
    q('he was "delighted" by the appointment', "mixed", "Anthony Waller", "told the newspaper"),
    q("She has more energy than the rest of us put together,", "direct", "Anthony Waller", "said"),
    q(
        "members were worried that cheaper tickets would mean fewer concerts",
        "indirect",
        "Martin Hobday",
        "said",
    ),
    q('the Friends would "watch the accounts closely"', "mixed", "Martin Hobday", "added that"),
    q(
        "the answer is not fewer concerts but more people at each one",
        "indirect",
        "Lidia Varga",
        "According to",
    ),
    q(
        'I know people will say I\'m naive," she said. "Good. Someone has to be.',
        "direct",
        "Lidia Varga",
        "said",
    ),
]

A["09_markslost_tram_line.txt"] = """Valdross mayor says tram line will open on time despite strike

The mayor of Valdross, Tomas Reinholt, said on Monday that the city's new tram line would open in October as planned despite a strike by construction workers.

We are behind by three weeks, not three months, Reinholt told a press conference at city hall. The contractor has assured me the time can be made up.

The 54-year-old, who was re-elected last year on a promise to finish the line, said the strike was a matter for the contractor and the union. I am not going to take sides. My job is to get the trams running.

The Allied Building Workers union said its members would stay out until safety rules on the night shifts were changed. Nobody should be laying rails at three in the morning without proper lighting, said Kasia Lund, the union's local organiser. Two of our people have already been hurt this year.

Lund said the union had written to the mayor twice and received no reply.

That is simply not true, a spokeswoman for the mayor's office said. Every letter has been answered.

The line, which the city markets as the Blue Ribbon, will link the port with the university and the new hospital. The project has cost 410 million crowns so far, almost double the first estimate.

Residents along the route remain sceptical. It has been late for two years, so why would it be on time now, asked Olga Berg, who runs a bakery on Harbour Street. Her shop has lost a third of its customers since the road was dug up, she said.

The city council will debate the project again on Thursday. Opposition councillors have called for an independent audit.
"""
G["09_markslost_tram_line.txt"] = [
    q(
        "the city's new tram line would open in October as planned despite a strike by construction workers",
        "indirect",
        "Tomas Reinholt",
        "said on Monday that",
    ),
    q(
        "We are behind by three weeks, not three months",
        "unmarked",
        "Tomas Reinholt",
        "told a press conference at city hall",
    ),
    q("The contractor has assured me the time can be made up.", "unmarked", "Tomas Reinholt", None),
    q("the strike was a matter for the contractor and the union", "indirect", "Tomas Reinholt", "said"),
    q(
        "I am not going to take sides. My job is to get the trams running.",
        "unmarked",
        "Tomas Reinholt",
        None,
    ),
    q(
        "its members would stay out until safety rules on the night shifts were changed",
        "indirect",
        "Allied Building Workers",
        "said",
    ),
    q(
        "Nobody should be laying rails at three in the morning without proper lighting",
        "unmarked",
        "Kasia Lund",
        "said",
    ),
    q("Two of our people have already been hurt this year.", "unmarked", "Kasia Lund", None),
    q("the union had written to the mayor twice and received no reply", "indirect", "Kasia Lund", "said"),
    q(
        "That is simply not true",
        "unmarked",
        "spokeswoman for the mayor's office",
        "said",
        anon=True,
        alt=["mayor's office"],
    ),
    q(
        "Every letter has been answered.",
        "unmarked",
        "spokeswoman for the mayor's office",
        None,
        anon=True,
        alt=["mayor's office"],
    ),
    q("It has been late for two years, so why would it be on time now", "unmarked", "Olga Berg", "asked"),
    q(
        "Her shop has lost a third of its customers since the road was dug up",
        "indirect",
        "Olga Berg",
        "said",
    ),
]

A[
    "10_translated_grain_corridor.txt"
] = """Bellovia and Tarvania return to the grain corridor, but not for long

Bellovia and Tarvania on Tuesday agreed to resume shipments through the Lesk grain corridor, suspended since August. The agreement was signed in Dorava after three days of consultations behind closed doors.

«The agreement is technical. It does not solve any of the political questions, and both sides know it», explains to the newspaper VESTNIK the director of the Centre for Black Sea Studies Arkady Voronin.

According to Voronin, Tarvania agreed to the deal mainly because its own ports are overloaded with last year's harvest.

«In Dorava they understand perfectly well that without Tarvanian grain the prices will rise again by spring», says Voronin. «Therefore they made concessions on the inspections.»

The Bellovian Foreign Ministry called the agreement «an important step», but warned that the deal would collapse «at the first provocation». Tarvania claims that Bellovian warships have twice entered the corridor since August.

Tarvanian Deputy Prime Minister Olga Semenchuk said that the inspections would be carried out jointly, «as the agreement provides».

The expert of the Institute of Economics and Trade Marina Dubrovskaya is less optimistic.

«I give this agreement two or three months. As soon as the first ship is detained, everything will return to where it was», says Marina Dubrovskaya.

In her opinion, the main risk is the insurance: foreign insurers still refuse to cover ships in the corridor.

It is said in Dorava that the next round of consultations may be held in Istanbul. The so-called «grain truce» has already collapsed twice, in 2021 and in 2023.

«Insurers are waiting, and they are right to wait», adds Dubrovskaya.
"""
G["10_translated_grain_corridor.txt"] = [
    q(
        "The agreement is technical. It does not solve any of the political questions, and both sides know it",
        "direct",
        "Arkady Voronin",
        "explains to the newspaper VESTNIK",
    ),
    q(
        "Tarvania agreed to the deal mainly because its own ports are overloaded with last year's harvest",
        "indirect",
        "Arkady Voronin",
        "According to",
    ),
    q(
        "In Dorava they understand perfectly well that without Tarvanian grain the prices will rise again by spring», says Voronin. «Therefore they made concessions on the inspections.",
        "direct",
        "Arkady Voronin",
        "says",
    ),
    q("the agreement «an important step»", "mixed", "Bellovian Foreign Ministry", "called"),
    q(
        "the deal would collapse «at the first provocation»",
        "mixed",
        "Bellovian Foreign Ministry",
        "warned that",
    ),
    q(
        "Bellovian warships have twice entered the corridor since August",
        "indirect",
        "Tarvania",
        "claims that",
    ),
    q(
        "the inspections would be carried out jointly, «as the agreement provides»",
        "mixed",
        "Olga Semenchuk",
        "said that",
    ),
    q(
        "I give this agreement two or three months. As soon as the first ship is detained, everything will return to where it was",
        "direct",
        "Marina Dubrovskaya",
        "says",
    ),
    q(
        "the main risk is the insurance: foreign insurers still refuse to cover ships in the corridor",
        "indirect",
        "Marina Dubrovskaya",
        "In her opinion",
    ),
    q("Insurers are waiting, and they are right to wait", "direct", "Marina Dubrovskaya", "adds"),
]


if __name__ == "__main__":
    if "--check" not in sys.argv:
        (HERE / "articles").mkdir(exist_ok=True)
        for name, text in A.items():
            (HERE / "articles" / name).write_text(text, encoding="utf-8")
    sys.exit(main(GoldFile(HERE / "gold.jsonl", G, HERE / "articles", words=WORDS)))
