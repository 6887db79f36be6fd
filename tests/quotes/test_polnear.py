"""PolNeAR dev (84 US news articles, attributions annotated by others; held out: never tuned
on) keeps the figures measured when issue 15 closed, less 0.02. Skipped without ../shared.

Measured with bench/bench_polnear.py (the shared scorer, score_attributions.py): stop 48 (8
December 01:52 on 0fba530 and 02:03 on 5d2af02): F1 0.8300 (P 0.870, R 0.793), marked 0.803,
unmarked 0.783, speaker 0.9659, 851 of 881, 1,024 predicted (markets, science, trade press,
press releases, South Asian and Irish copy: firms by evidence in the text, trade descriptors,
job titles before names, initials, cues of notices and views; damaged copy: lost opening marks,
stray closing marks, glued opening marks, run-in subheadings); stop 47 (7
December 23:13 on f9b1bf2 and 23:21 on b601960): F1 0.8285 (P 0.869, R 0.792), marked 0.799,
unmarked 0.783, speaker 0.9670, 850 of 879, 1,023 predicted (conflict, diplomacy, courts,
translated agency copy, technology, arts, parliaments, regional English-language press: a
channel after an inverted speaker, possessive firms, bodies by a noun before the name,
back-references, lists and names with "and", asides before the cue, transcript labels with seat
and party, coordinated that-clauses, dash attributions); stop 46 (7
December 20:37, db6a8c2): F1 0.8293 (P 0.871, R 0.792), marked 0.799, unmarked 0.783, speaker
0.9659, 849 of 879, 1,021 predicted (crime, money and housing, opinion columns, live blogs and
press releases, central banks, social media, features, names from outside the English-speaking
world: press-release labels, handles, bodies shown by "it", particles and honorifics, capitals
beyond Latin-1, inverted feature verbs, partitive subjects, ", which said" after an object);
stop 45 (7
December 17:41, f1a4aa5): F1 0.8297 (P 0.872, R 0.792), marked 0.799, unmarked 0.783, speaker
0.9659, 849 of 879, 1,020 predicted (science, business, climate, schools, translated foreign
press, interviews, sport, elections abroad: organisations by their names' endings and the
gazetteer, titles before names, closing descriptors of another kind, texts' authors after an
"of" complement, transcripts under name labels, the writer's apposition on a claim); stop 44 (7
December 15:31, c688d75): F1 0.8293 (P 0.871, R 0.792), marked 0.798, unmarked 0.784, speaker
0.9659, 849 of 879, 1,021 predicted (courts, security and diplomacy, defence, labour, transport,
religion, farming, Gulf and South Asian copy: texts named with their authors, countries and
acronyms as bodies, kin phrases, titles of South Asia, bodies by their kind, findings inside a
closing attribution the closing speaker's); stop 43 (7
December 12:38, ac38ba9): F1 0.8301 (P 0.872, R 0.792), marked 0.798, unmarked 0.784, speaker
0.9659, 849 of 879, 1,019 predicted (entertainment, technology, climate, education, conflict,
Commonwealth and Latin American copy, obituaries: bodies named by their trade, "the company"
for the body a sentence before is about, titles and honorifics, closing possessive roles); stop 42 (7
December 09:41, e4e2861): F1 0.8295 (P 0.872, R 0.791), marked 0.796, unmarked 0.784, speaker
0.9647, 847 of 878, 1,018 predicted (business, science, sports, local, broadcast and parliamentary
copy: findings and group views kept though PolNeAR seldom annotates them, transcripts and Q-and-A
interviews, firms and parties typed); stop 41 (7
December 07:50, f29598b): F1 0.8311 (P 0.876, R 0.791), marked 0.796, unmarked 0.784, speaker
0.9647, 847 of 878, 1,014 predicted (agency copy, live blogs, courts and Gulf wire copy: agencies'
quoted people, ranks and honorifics, bodies the text shows); stop 40 (7
December 05:17, d874edd): F1 0.8315 (P 0.877, R 0.791), marked 0.796, unmarked 0.784, speaker
0.9647, 847 of 878 (attribution shapes of wire copy, translated copy most: "This was stated by
X", long roles before names, party tags, passive reports; 04:50 on 7187eaa: F1 0.8324); stop 39 (7
December 03:19 and 03:38): F1 0.8317 (P 0.878, R 0.790), marked 0.796, unmarked 0.783, speaker
0.9635, 845 of 877 (names after their noun, campaigns, acronym bodies, relative clauses with
their own cue); stop 35 (6
December 17:06): F1 0.8306 (P 0.878, R 0.788), marked 0.794, unmarked 0.781, speaker 0.9634, 843 of
875 (naming participles inside a report, speech nouns, clefts, relative clauses with their own
subject, laws' names before an aside, people named with their institutions, British straight
single quotes, dash asides); stop 34 (6 December 15:19): F1 0.8300 (P 0.878, R 0.787), marked
0.794, unmarked 0.779, speaker 0.9634, 842 of 874 (texts that speak, possessors' words and views,
absolute clauses, colons after a subordinate clause or a contrast, names); before: F1 0.8291
(P 0.877, R 0.786), recall of marked statements 0.794, of unmarked 0.777, speaker accuracy
0.9611, 839 of 873 (issue 15 round 18: outer sources of nested attributions (outlets, polls),
pronouns of a conjunction's clause, group members in an 'including' aside, and the regressions
two reviews found in them on our own sentences); round 16: F1 0.8297 (P 0.877, R 0.787),
marked 0.794, unmarked 0.779, speaker 0.9611, 840 of 874, on the code that fixed a review's
findings (before them: F1 0.8302, R 0.788, unmarked 0.781, speaker 841 of 875; speakers from the clause a statement belongs to, an
absolute 'with ... -ing' clause, retorts, surnames read as common words, 'which X said';
second statements after a quotation or in a sentence's rest, 'asked about' questions,
quotations going on after 'as' + a bare noun or a naming participle); round 13: F1 0.8264
(P 0.876, R 0.782), marked 0.793, unmarked 0.769, speaker 0.9597 of 869 (reported clauses ending before the subject's next act or a
new subject after ', but'; title-case 'X Says Y' headlines; 'while X said that A, B';
quotations running on in narration to their attribution or past an interrupting one;
participle and colon speakers; noun objects of 'note'/'emphasize'); round 11: F1 0.8185
(P 0.870, R 0.773), marked 0.786, unmarked 0.757, speaker 0.962 of 859 (reported clauses ending before a likened subject, a gloss or
another speaker's clause; no statement before a cue after an auxiliary or before a
to-infinitive; a speaker's employer is no speaker); round 10: F1 0.818 (P 0.870, R 0.772),
marked 0.786, unmarked 0.755, speaker 0.963, 826 of 858 ( present-tense cues other than say/tell and opening
adverbials dropped by train's counts, the words before a cue as its subject when a clause
follows it, quoted titles in an opening phrase or an attribution sentence, an unresolved
'it' kept as written); round 9: F1 0.807 (P 0.852, R 0.768), marked 0.785, unmarked 0.748,
speaker 0.960, 819 of 853 ( apposition chains, openings that name no one, the
possessor of a speech noun as speaker; progressive and request cues, speakers after a dash
or a time phrase; clauses after "that" holding a quoted phrase); round 8: F1 0.806
(P 0.851, R 0.766), marked 0.785, unmarked 0.744, speaker 0.958 (a quotation's source in its own sentence: relative pronouns and
asides before the cue, a comma handing over a quoted sentence, participles of any learnt
speech verb, present-tense verbs after a name; the speaker floor kept at round 7's); round 7:
F1 0.805 (P 0.851, R 0.763), marked 0.780, unmarked 0.744, speaker 0.959 (reported speech: "As X reported, ..." opening a sentence, bare
clauses after [that] cues learnt by counts, subjects read whole, "explained how", "who said"
after a quotation's speaker, "states" as a noun); round 6: F1 0.803 (P 0.851, R 0.760),
marked 0.780, unmarked 0.738, speaker 0.959 (cues PolNeAR rarely annotates dropped by counts, questions and
promises, outer sources of nested statements, quoted words in reported clauses, person nouns
learnt from train's sources); round 5: F1 0.780 (P 0.829, R 0.736), marked 0.760, unmarked
0.709, speaker 0.954 (quoted words given by characterising, stance, promise and belief
verbs; two reporting clauses in a sentence, relative clauses, "As X noted", counts and shares
as speakers; speakers introduced by a colon clause or a participle's subject; wire datelines
trimmed); round 4: F1 0.762 (P 0.830, R 0.704), marked 0.735, unmarked 0.668, speaker 0.945
(reported speech with plural, long and relative-clause subjects,
questions and calls, participles, "according to" documents; quoted clauses run to their
closing mark and end where a new clause starts; "it said" for a named document); round 3: F1 0.741 (P 0.823,
R 0.674), marked 0.722, unmarked 0.617, speaker 0.947; round 2: F1 0.734
(P 0.834, R 0.655), marked 0.696, unmarked 0.608, speaker 0.952; first round of issue 15:
F1 0.728, marked 0.689; before issue 15: F1 0.682, marked 0.637, unmarked 0.509, speaker
0.947. Takes ~20 s.
"""

import bench_polnear
import pytest

MEASURED = {
    "f1": 0.830,
    "precision": 0.870,
    "recall": 0.793,
    "recall_marked": 0.803,
    "recall_unmarked": 0.783,
    "speaker_accuracy": 0.966,
}
TOLERANCE = 0.02
DEV = bench_polnear.QUOTES_BENCH / "polnear" / "dev"


@pytest.mark.skipif(
    not (DEV / "gold.jsonl").exists() or not bench_polnear.SCORER.exists(),
    reason="PolNeAR is not in ../shared/bench/quotes",
)
def test_polnear_dev_figures(tmp_path):
    figures = bench_polnear.run_fast(DEV, tmp_path)
    for key, measured in MEASURED.items():
        assert figures[key] >= measured - TOLERANCE, (key, figures[key])
