"""Speakers of nested attributions: PolNeAR marks the outer source of a statement that
reports another ("X said that, according to Y, ..." is X's), and a name after "According to
the report," is the statement's subject when an apposition of its own follows. Self-written
sentences; each fix has a near miss where the old answer was right."""

from workbench.quotes import quote_records


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"] if isinstance(r["cue"], str) else None) for r in quote_records(text)]


def test_according_to_inside_reported_clause_is_the_reporters():
    text = (
        "The lab reported Friday that, according to tests on the herd, the virus had spread "
        "to three more farms in the valley."
    )
    assert _speakers(text) == [("The lab", "reported")]
    text = (
        "The coach said on Sunday that according to the club doctor, the striker will miss at "
        "least a month of the season."
    )
    assert _speakers(text) == [("The coach", "said")]


def test_according_to_opening_a_sentence_keeps_its_source():
    # near miss: no reporting verb before the phrase, so the phrase's source stays
    text = "The lab found that, according to the records, the samples had been mislabelled twice."
    assert _speakers(text) == [("the records", "according to")]
    text = "According to the club doctor, the striker will miss at least a month of the season."
    assert _speakers(text) == [("the club doctor", "According to")]


def test_name_with_its_own_apposition_after_according_to_is_the_subject():
    text = (
        "According to a court filing, John Marsh, the former treasurer, moved the funds to a "
        "private account before the audit."
    )
    assert _speakers(text) == [("a court filing", "According to")]


def test_name_in_apposition_to_the_source_is_the_source():
    # near miss: the name renames the source, and the statement follows it
    text = (
        "According to the industry regulator, the Water Services Authority, bills will rise by "
        "8 percent next year."
    )
    assert _speakers(text) == [("Water Services Authority", "According to")]


def test_inverted_outlet_closing_the_sentence_is_the_source():
    text = "The chief executive told staff the plant would close in the coming months, reported the Financial Times."
    assert _speakers(text) == [("Financial Times", "reported")]
    text = (
        '"We will not sell the club to anyone," said Anna Berg, the chairwoman of the board, '
        "reports the Daily Post."
    )
    assert _speakers(text) == [("Daily Post", "reports")]


def test_reports_inside_the_sentence_is_no_outer_source():
    # near miss: "reports" in a relative clause, before the end of the sentence
    text = (
        "Fans have complained for years that the stadium, which the club reports as its biggest "
        "asset, is falling apart."
    )
    assert _speakers(text) == [("Fans", "complained")]


def test_naming_verb_inside_a_speech_clause_is_the_outer_speakers():
    text = 'Coach Jane Doe said Smith called on the players to be "closely coordinated."'
    assert _speakers(text) == [("Jane Doe", "said")]
    text = 'Coach Jane Doe said on Monday that Smith called the decision "a disgrace."'
    assert _speakers(text) == [("Jane Doe", "said")]
    text = 'The striker, the manager said, called the decision "a disgrace" after the match.'
    assert _speakers(text) == [("the manager", "said")]


def test_naming_verb_after_a_cue_noun_or_relative_clause_keeps_its_subject():
    # near misses: the word before the subject is a cue noun, or the aside is a relative clause
    text = 'In another interview, Smith called the decision "a disgrace."'
    assert _speakers(text) == [("Smith", "called")]
    text = 'The striker, who said little all week, called the decision "a disgrace" after the match.'
    assert _speakers(text) == [("The striker", "called")]


def test_poll_opening_the_sentence_is_the_source_of_its_respondents():
    text = (
        "In a Gallup survey released Monday, 62 percent of fans said the league should scrap "
        "the new offside rule next season."
    )
    assert _speakers(text) == [("a Gallup survey", "In")]


def test_report_or_named_speaker_after_a_poll_opener_keeps_the_speaker():
    # near misses: a report rather than a poll, and a person rather than a share of respondents
    text = "In the annual report, the club said revenue rose by 12 percent over the season."
    assert _speakers(text) == [("the club", "said")]
    text = "In a survey of members, union president Ann Cole said wages had fallen sharply since the merger."
    assert _speakers(text) == [("Ann Cole", "said")]


def test_quoted_words_after_a_subordinate_clause_subject_are_its():
    text = (
        "Reed left the firm in spring, weeks before its chief executive boasted about putting "
        '"a billion pounds" on new branches.'
    )
    assert _speakers(text) == [("its chief executive", "boasted")]


def test_quoted_words_after_a_conjunction_without_a_subject_stay_the_sentences():
    # near miss: "before the merger and boasted": the verb's subject is the sentence's
    text = (
        "Reed left the firm in spring, weeks before the merger and boasted about putting "
        '"a billion pounds" on new branches.'
    )
    assert _speakers(text) == [("Reed", "boasted about")]


def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["text"]) for r in quote_records(text)]


def test_inverted_cue_set_off_by_commas_inside_the_clause():
    text = "The new stadium, said the mayor and others, would open in May after years of delays."
    assert _rows(text) == [("the mayor", "The new stadium would open in May after years of delays")]


def test_inverted_cue_before_a_participle_ends_the_statement():
    # near miss: the clause after the speaker is the speaker's next act, not the statement's rest
    text = "Prices will rise again next year, said the analyst, citing higher costs for fuel."
    assert _rows(text) == [("the analyst", "Prices will rise again next year")]


def test_outlet_reporting_late_in_the_day_is_the_outer_source():
    text = (
        "Hale told investigators in July he was paid by the agent to use a private account, "
        "the Herald reported late Thursday."
    )
    assert _speakers(text) == [("the Herald", "reported")]
    # near miss: an earlier time word was read before
    text = "Hale said the transfer fee was a record for the league, the Herald reported on Monday."
    assert _speakers(text) == [("the Herald", "reported")]


def test_cue_of_a_restrictive_relative_clause_leaves_the_quotation_to_its_attribution():
    text = (
        "The coach spoke after training. Players who think "
        '"the new rule is unfair to the small clubs are simply wrong," she said.'
    )
    assert _speakers(text) == [("she", "said")]


def test_cue_of_a_relative_clause_after_a_comma_still_governs_its_quotation():
    # near miss: "Reed, who estimates that ...": the aside's cue keeps its quotation
    text = (
        'Reed, who estimates that the roof repairs will run "to six figures," described the damage '
        'as "severe and lasting," he said.'
    )
    assert [s for s, _ in _speakers(text)] == ["who", "he"]


def test_participle_after_a_pronoun_clause_is_the_pronouns():
    text = (
        "Coach Tom Reed has been criticised for the term, though in a press conference last week "
        'he went much further, saying the team "must be rebuilt from scratch."'
    )
    assert [(r["speaker"], r["speaker_name"], r["cue"]) for r in quote_records(text)] == [
        ("he", "Tom Reed", "saying")
    ]


def test_participle_after_the_sentences_own_clause_is_its_subjects():
    # near miss: no conjunction opens a clause of its own before the participle
    text = 'Coach Tom Reed spoke at the press conference on Monday, saying the team "must be rebuilt from scratch."'
    assert _speakers(text) == [("Tom Reed", "saying")]


def test_pronoun_before_coordinated_verbs_is_the_speaker():
    text = (
        "Over the years, she said, the club has grown fast, although on the subject of the "
        'trophy she laughed and admitted "winning it was a blessing and a curse."'
    )
    assert _speakers(text)[-1] == ("she", "admitted")


def test_name_before_coordinated_verbs_stays_the_speaker():
    # near miss: a name opens the sentence; its pronoun speaks and is resolved to it
    text = (
        "When Tom Reed, the club's manager, was asked about the trophy, he laughed and said, "
        '"We will see about that."'
    )
    assert [(r["speaker"], r["speaker_name"]) for r in quote_records(text)][-1] == ("he", "Tom Reed")


def test_quoted_word_opening_the_sentence_is_no_subject():
    text = (
        "The fans were asked about the new striker. "
        '"Reckless," she said, meaning that he is "too quick to shoot from any distance."'
    )
    assert [s for s, _ in _speakers(text)][-2:] == ["she", "she"]


def test_subject_before_the_quotations_stays_the_speaker():
    # near miss: the sentence's subject stands before a quoted word of its own
    text = (
        'Reed, visibly tired, shrugged at the "Reckless" label, meaning that the striker is '
        '"too quick to shoot from any distance."'
    )
    assert _speakers(text) == [("Reed", None)]


def test_absolute_participle_after_with_has_its_own_subject():
    text = (
        "Fans were quick to react, with club captain Joe Hart tweeting that it was a "
        '"disgrace" for the league and asking, "How can the league allow this to happen?"'
    )
    assert _speakers(text) == [("Joe Hart", "tweeting"), ("Joe Hart", "asking")]


def test_participle_after_with_and_a_comma_is_the_sentence_subjects():
    # near miss: "celebrated with supporters, declaring": "with" is no participle's subject
    text = 'The coach celebrated with supporters, declaring it "another great night for our club."'
    assert _speakers(text) == [("The coach", "declaring")]


def test_what_it_calls_keeps_it_as_written_and_names_the_organisation():
    text = 'The charity seeks to cut waste through what it calls "smart giving for a smarter age."'
    assert [(r["speaker"], r["speaker_name"]) for r in quote_records(text)] == [("it", "charity")]


def test_what_they_call_is_still_the_sentence_subjects():
    # near miss: "they" of a naming clause names no speaker; the sentence's subject speaks
    text = 'The charity seeks to cut waste through what they call "smart giving for a smarter age."'
    assert _speakers(text) == [("The charity", "call")]


def test_according_to_followed_by_an_adverbial_is_the_outer_source():
    text = (
        '"We will not sell the club to anyone," the chairman told reporters, according to '
        "Reuters, during a visit to the training ground, where he met the squad."
    )
    assert _speakers(text) == [("Reuters", "according to")]


def test_according_to_followed_by_a_clause_of_its_own_is_no_outer_source():
    # near miss: what follows the source is a clause with its own subject, not an adverbial
    text = (
        '"We will not sell the club to anyone," the chairman told reporters, according to '
        "Reuters, and the players cheered."
    )
    assert _speakers(text)[0] == ("the chairman", "told")


def test_poll_that_finds_what_respondents_say_is_the_source():
    text = (
        "The Gallup survey now shows that, while 41 percent of fans say the new rule is "
        '"very unfair" to small clubs, 40 percent back it.'
    )
    assert _speakers(text) == [("The Gallup survey", "shows")]


def test_poll_finding_without_a_share_of_respondents_keeps_its_speaker():
    # near miss: the finding names no respondents; the attribution after it speaks
    text = "The survey finds that the league is losing fans, its chairman said."
    assert _speakers(text) == [("its chairman", "said")]
