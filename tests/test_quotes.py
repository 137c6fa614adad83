"""Quote extraction: each test reads as usage, an article snippet in and quotes with speakers out."""
from __future__ import annotations

import time

import pytest

from datasette_newsclaims.quotes import extract_quotes


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) pairs, checking the offsets contract on the way."""
    out = extract_quotes(text)
    for q in out:
        assert text[q["start"]:q["end"]] == q["text"]
    assert [q["start"] for q in out] == sorted(q["start"] for q in out)
    return [(q["text"], q["speaker"]) for q in out]


def one(text: str) -> dict:
    out = extract_quotes(text)
    assert len(out) == 1, out
    return out[0]


# --- cue verbs: after, before, inverted, tenses


@pytest.mark.parametrize("text", [
    'Attorney General Jeff Sessions spoke in Miami. "We will not relent," Sessions said.',
    'Attorney General Jeff Sessions spoke in Miami. "We will not relent," said Sessions.',
    'Attorney General Jeff Sessions spoke in Miami. "We will not relent," Sessions says.',
    'Attorney General Jeff Sessions spoke in Miami. "We will not relent," Sessions told reporters on Monday.',
    'Attorney General Jeff Sessions spoke in Miami. Sessions added: "We will not relent."',
    'Attorney General Jeff Sessions spoke in Miami. Sessions has repeatedly argued, "We will not relent."',
])
def test_cue_verbs_in_every_position_and_tense(text):
    assert quotes(text) == [("We will not relent" + ("," if '," ' in text else "."), "Jeff Sessions")]


def test_offsets_cover_the_words_inside_the_marks():
    q = one('“Unfortunately, some cities refuse to follow your example,” said Sessions.')
    assert q["text"] == "Unfortunately, some cities refuse to follow your example,"
    assert (q["start"], q["end"]) == (1, 58)
    assert q["cue"] == "said" and q["speaker_mention"] == "Sessions"


def test_according_to_and_descriptions_without_a_name():
    assert quotes('"The markets are calm for now," according to a Treasury official.') == [
        ("The markets are calm for now,", "a Treasury official")]
    assert quotes('"We are reviewing the situation with the customer," the company said.') == [
        ("We are reviewing the situation with the customer,", "the company")]


def test_appositive_names_the_source():
    text = ('"The broader trend is slow and steady," said Mark Hamrick, a senior economic analyst '
            'at Bankrate.com.\n\n"The strong labor market is attracting people back," Fed Chair '
            'Janet L. Yellen said last month.\n\nRaymond Roth\'s attorney, Brian Davis, denied it. '
            '"He has admitted it now and accepted responsibility," Davis told CNN on Thursday.')
    assert [s for _, s in quotes(text)] == ["Mark Hamrick", "Janet L. Yellen", "Brian Davis"]
    assert one('"We need a win to get back on track," said Colts quarterback Peyton Manning, '
               'who completed 25-of-50 passes.')["speaker_title"] == "Colts quarterback"


# --- canonical names and titles


def test_fullest_name_as_introduced_and_titles_stripped():
    text = ("Chicago Mayor Rahm Emanuel (D) sued on Monday.\n\n"
            '"They could not have picked a worse time to resume this attack," said Emanuel.')
    q = one(text)
    assert q["speaker"] == "Rahm Emanuel"
    assert q["speaker_mention"] == "Emanuel"
    text = ('Attorney General Jeff Sessions spoke on Wednesday.\n\n'
            '"So if voters in Chicago are concerned: call your mayor," said Attorney General Jeff Sessions.')
    q = one(text)
    assert (q["speaker"], q["speaker_title"]) == ("Jeff Sessions", "Attorney General")


def test_a_portfolio_after_the_title_is_part_of_the_title():
    out = extract_quotes('European Commissioner for Competition Neelie Kroes said "the Commission favours '
                         'solutions that let consumers benefit."')
    assert [(q["speaker"], q["speaker_title"]) for q in out] == [("Neelie Kroes", "European Commissioner for Competition")]
    assert quotes('"We will act," said Secretary of Homeland Security John F. Kelly.') == [
        ("We will act,", "John F. Kelly")]
    assert quotes('In a reaction to the news European Commissioner for Competition Neelie Kroes said "the Commission '
                  'favours solutions for consumers."') == [("the Commission favours solutions for consumers.", "Neelie Kroes")]


def test_title_as_introduced_follows_the_person():
    text = ("Attorney General Jeff Sessions spoke in Miami.\n\n"
            '"Some cities refuse to follow your example," said Sessions.\n\n"They will pay for it," he added.')
    assert [(q["speaker"], q["speaker_title"]) for q in extract_quotes(text)] == [
        ("Jeff Sessions", "Attorney General"), ("Jeff Sessions", "Attorney General")]


def test_honorific_resolves_to_the_full_name():
    text = ("Donald J. Trump has conceded the tax code is unfair.\n\n"
            '"I know the system better than anyone else," Mr. Trump said on Sunday.')
    assert quotes(text) == [("I know the system better than anyone else,", "Donald J. Trump")]


def test_party_label_does_not_stop_the_name():
    q = one('"This is a sad day for the city and for our families," said Miami-Dade Mayor Carlos Giménez (R).')
    assert q["speaker"] == "Carlos Giménez"
    assert q["speaker_title"] == "Miami-Dade Mayor (R)"


# --- pronouns, continuing speakers, interrupted quotes


def test_pronoun_resolves_to_the_last_compatible_named_person():
    text = ("Attorney General Jeff Sessions spoke in Miami on Wednesday.\n\n"
            "Sessions took direct aim at Chicago Mayor Rahm Emanuel after the city filed its lawsuit.\n\n"
            '"Chicago\'s mayor has chosen to sue the federal government," he said.')
    assert quotes(text) == [("Chicago's mayor has chosen to sue the federal government,", "Jeff Sessions")]
    text = ("Debra Steger, a former Canadian negotiator, sees a rising tendency to blame foreigners.\n\n"
            '"People are blaming it all on immigrants or on goods," she told AFP.')
    assert quotes(text)[0][1] == "Debra Steger"


def test_pronoun_after_an_unnamed_person_stands_for_that_person():
    text = ('"We will not relent," Chancellor Angela Merkel said. A 29-year-old Berlin woman, meanwhile, '
            'received five months\' probation. "Filth out!" she wrote on Facebook.')
    assert quotes(text)[-1] == ("Filth out!", "a 29-year-old Berlin woman")
    text = ('"It is creeping censorship," says Antony Loewenstein. "We are not just numbers," says a doctor '
            'from Hebron. "There is a tragedy inside every one of us," he says.')
    assert quotes(text)[-1] == ("There is a tragedy inside every one of us,", "a doctor")


def test_pronoun_does_not_jump_past_a_nearer_unnamed_speaker():
    text = ('"He drove away," said the gas station clerk. An 18-year-old man was shot in his hand. '
            'The clerk said he is used to the gunfire. "It is normal in this area," he said.')
    assert quotes(text)[-1][1] != "an 18-year-old man"


def test_a_person_introduced_by_first_name_after_named():
    text = ('"That is terrible," Trump said. The woman identified herself to CNN as a 52-year-old resident named '
            'Caroline. "It just came out of my mouth," she said.')
    assert quotes(text)[-1] == ("It just came out of my mouth,", "Caroline")


def test_an_age_after_a_name_makes_a_person():
    text = ('"I have student loans," says Melissa Roloson, 32, of Sodus. Ashley Yago, 33, a supporter of '
            'Donald Trump, finds herself in a similar job. "I have had two grants," she said.')
    assert quotes(text)[-1] == ("I have had two grants,", "Ashley Yago")


def test_participle_after_a_place_takes_the_subject_of_the_verb():
    text = 'Snopes staff writer David Emery posted to Twitter asking if there were "any un-angry Trump supporters?"'
    assert quotes(text) == [("any un-angry Trump supporters?", "David Emery")]


def test_pronoun_skips_a_person_of_the_other_gender():
    text = ("Hillary Clinton met Vice President Joe Biden in Ohio.\n\n"
            '"We talked about the jobs that left this state," she said.')
    assert quotes(text)[0][1] == "Hillary Clinton"


def test_pronoun_is_not_the_person_its_own_sentence_or_quote_names():
    judge = ("Judge Tom Clayson said Bradley Axcell had played a leading role. "
             'He said he classed Axcell as a "fully functioning adult" who had lied.')
    assert quotes(judge) == [("fully functioning adult", "Tom Clayson")]
    tribute = ('George Lowe, 89, died on Wednesday. "I don\'t often use that word," said historian Huw Lewis-Jones. '
               "A book by Mr Lowe, which he wrote with Dr Lewis-Jones, is due in May. "
               'He said: "Lowe was a brilliant, kind fellow who never sought the limelight."')
    assert quotes(tribute)[-1] == ("Lowe was a brilliant, kind fellow who never sought the limelight.", "Huw Lewis-Jones")
    # the same family name with another first name is someone else: the pronoun may still be her
    assert quotes('Hillary Clinton wrote to aides. "I am so ready to work on this," she emailed '
                  "her daughter Chelsea Clinton.") == [("I am so ready to work on this,", "Hillary Clinton")]


def test_gender_learnt_from_a_resolved_pronoun_and_fused_initials():
    text = ("Bradley Axcell, 23, kept the stash. Defence barrister Rhianydd Clement said that in 2012 Axcell had "
            "landed a job, but then he started taking cocaine.\n"
            '"It led to him being involved with the wrong people," she added.\n'
            "Judge Mr T.Clayson said Axcell had played a leading role.\n"
            'He said he classed Axcell as a "fully functioning adult" who had lied.')
    assert quotes(text) == [("It led to him being involved with the wrong people,", "Rhianydd Clement"),
                            ("fully functioning adult", "T.Clayson")]


def test_role_word_before_a_name_makes_a_person_and_the_role_refers_back_to_them():
    text = ("FBI spokeswoman Ayn Dietrich-Williams said the agency is not responding.\n\n"
            '"At this time, we do not have information," she said.\n\n'
            '"The FBI has personnel on the way," the spokeswoman added.')
    assert quotes(text) == [("At this time, we do not have information,", "Ayn Dietrich-Williams"),
                            ("The FBI has personnel on the way,", "Ayn Dietrich-Williams")]
    # with nobody named in that role the description stays the source
    assert quotes('"The FBI has personnel on the way," the spokeswoman added.')[0][1] == "the spokeswoman"


def test_initials_as_a_first_name():
    assert quotes('State Department spokesman P.J. Crowley spoke. "It is not a risk at all," Crowley said.') == [
        ("It is not a risk at all,", "P.J. Crowley")]
    assert quotes('Judge T. Clayson sentenced him. "You were in charge of the drugs," he said.') == [
        ("You were in charge of the drugs,", "T. Clayson")]


def test_it_stands_for_the_organisation_that_opens_a_recent_sentence():
    text = ("Analysts say the plan is bold. The institute estimated that the share would fall to 8 percent. "
            '"The deduction would be left in place for the families least likely to need it," it said.')
    assert quotes(text) == [("The deduction would be left in place for the families least likely to need it,",
                             "the institute")]


def test_inverted_present_tense_cues_and_descriptions_led_by_a_name():
    assert quotes('"We worked on the architecture of the spacecraft," comments Robin Biesbroek of the CDF.') == [
        ("We worked on the architecture of the spacecraft,", "Robin Biesbroek")]
    assert quotes('"Markets are still sceptic," explained Barclays Capital economists, and they predicted falls.') == [
        ("Markets are still sceptic,", "Barclays Capital economists")]
    # "comments" as a noun is no cue
    assert quotes('He declined to comment. "His comments were wrong and out of line," she said.')[0][1] is None


def test_interrupted_quote_is_two_quotes_with_one_speaker():
    text = '"Peace has to be a shared goal," Belgium\'s King Philippe told leaders. "We owe it to them."'
    assert quotes(text) == [("Peace has to be a shared goal,", "King Philippe"),
                            ("We owe it to them.", "King Philippe")]
    text = '"Get your sledgehammers ready," Mayor Marty Walsh said, "because we have a ceiling to break."'
    assert [s for _, s in quotes(text)] == ["Marty Walsh", "Marty Walsh"]


def test_bare_continuation_takes_the_previous_speaker():
    text = ('"This is a regrettable but necessary step," said Barack Obama, President of the United States.\n\n'
            '"These companies must ultimately stand on their own, not as wards of the state."')
    assert [s for _, s in quotes(text)] == ["Barack Obama", "Barack Obama"]


def test_attribution_that_opens_the_next_paragraph():
    text = ('"We can not, we must not, and we will not let our auto industry simply vanish."\n\n'
            "said Stephen Harper, Prime Minister of Canada.")
    assert quotes(text)[0][1] == "Stephen Harper"


def test_multi_paragraph_quote_is_one_quote_per_paragraph():
    text = ('Senator Elizabeth Warren spoke for an hour. "The first paragraph of her remarks runs here.\n\n'
            '"The second paragraph opens with a mark and runs on.\n\n'
            '"The last paragraph closes the quote," she said.')
    got = quotes(text)
    assert [t for t, _ in got] == ["The first paragraph of her remarks runs here.",
                                   "The second paragraph opens with a mark and runs on.",
                                   "The last paragraph closes the quote,"]
    assert {s for _, s in got} == {"Elizabeth Warren"}
    assert [q["paragraph"] for q in extract_quotes(text)] == [0, 1, 2]


def test_appositive_chain_and_relative_clause_name_the_source():
    text = ('"I did not think, until this past year, that politics mattered," Her friend Brittany Lockwood, 20, '
            "a political science major from Memphis, said.")
    assert quotes(text)[0][1] == "Brittany Lockwood"
    text = ('"He is very upholding of women now," said Katelynn Lamoreaux, a Penn State freshman, '
            'who said she understands the "locker room talk" people mention.')
    assert [s for _, s in quotes(text)] == ["Katelynn Lamoreaux", "Katelynn Lamoreaux"]


def test_list_of_sources_gives_the_first_and_they_refers_back_to_it():
    text = ('Sens. Tom Carper, Dianne Feinstein and Ben Cardin said they found the letter troubling. '
            '"We need to know how many emails are involved in this," they asked.')
    assert quotes(text) == [("We need to know how many emails are involved in this,", "Tom Carper")]


def test_a_list_of_named_sources_in_apposition_to_a_group_gives_the_first():
    text = ("The Republican leaders of the Armed Services Committees, Senator John McCain and Representative "
            'Mac Thornberry, said they looked forward "to giving it the serious consideration it deserves."')
    assert quotes(text) == [("to giving it the serious consideration it deserves.", "John McCain")]


def test_quoted_as_saying_gives_the_one_quoted():
    text = ('The website quoted Margarita Simonyan, the editor in chief, as saying, '
            '"We have no idea what this is connected with."')
    assert quotes(text)[0][1] == "Margarita Simonyan"
    text = 'General Dan Halutz was quoted by parliamentary sources as saying, "There will be no convoys."'
    assert quotes(text)[0][1] == "Dan Halutz"


def test_document_is_attributed_to_its_named_sender():
    text = ('The Trump campaign sent a fundraising email on Friday morning attacking the report.\n\n'
            '"Americans like you are not buying it anymore," the email said.')
    assert quotes(text)[0][1] == "The Trump campaign"
    text = '"Outlooks were mostly optimistic across the districts," according to the report.'
    assert quotes(text)[0][1] == "the report"


def test_statement_from_a_named_author_is_the_authors():
    text = '"We will fight this ruling in every court," according to a statement from the Trump campaign.'
    assert quotes(text)[0][1] == "the Trump campaign"
    text = 'According to the documents released by WikiLeaks, "the questions came in advance of the debate."'
    assert quotes(text)[0][1] == "WikiLeaks"


def test_he_she_pick_the_right_namesake():
    text = ("Chelsea Clinton wrote that her father Bill Clinton had not been told. "
            'In another email, she wrote she feared Teneo was "hustling business at the foundation."')
    assert quotes(text)[0][1] == "Chelsea Clinton"


def test_colon_headlines_and_bylines_name_the_speaker():
    assert quotes("Internet phenomenon Ken Bone: Debate 'was a life-changing experience'")[0][1] == "Ken Bone"
    text = 'Gerald F. Seib, The Wall Street Journal: "Trump had his best moments early in the debate."'
    assert quotes(text)[0][1] == "Gerald F. Seib"


# --- partial quotes, terms and titles


def test_a_dateline_in_capitals_is_no_speaker():
    text = ('MOSCOW: Reporting as Russia and Belarus try to agree on a price, with Gazprom warning of '
            '"a very difficult winter for everyone in Europe."')
    assert [q for q in quotes(text) if q[1] == "MOSCOW"] == []
    assert quotes('CLINTON: "We will win this election and then we govern."') == [
        ("We will win this election and then we govern.", "CLINTON")]


def test_multi_paragraph_quote_attributed_at_its_end_takes_that_speaker():
    text = ('"Trump is a very good negotiator," said Newt Gingrich on Sunday.\n\n'
            'Senator Elizabeth Warren disagreed in a long answer.\n\n'
            '"He has never negotiated anything that mattered to working families.\n\n'
            '"He has made a career of walking away from his debts," Warren said.')
    assert [s for _, s in quotes(text)] == ["Newt Gingrich", "Elizabeth Warren", "Elizabeth Warren"]


def test_partial_quote_woven_into_the_writers_sentence():
    text = ("Chicago Mayor Rahm Emanuel shot back Wednesday, saying Chicago "
            '"will not cave to the Trump administration\'s pressure."')
    q = one(text)
    assert q["partial"] is True and q["speaker"] == "Rahm Emanuel"
    text = 'Sessions added that sanctuary policies "provide safe harbor for dangerous criminals."'
    assert quotes(text) == [("provide safe harbor for dangerous criminals.", "Sessions")]


def test_scare_quotes_terms_and_titles_are_not_quotes():
    assert quotes('Trump sued so-called "sanctuary" cities.') == []
    assert quotes('He called the plan "outrageous" on Monday.') == []
    assert quotes('Several apps will come with OS X Lion, dubbed "Mission Control" and "Launchpad."') == []
    assert quotes('On NBC\'s "Meet The Press" this past Sunday, Boehner was asked about it.') == []
    assert quotes('The merger is on par with the "sometime late Q1" timeline disclosed in September.') == []


def test_terms_the_writer_names_in_the_passive_are_not_quotes():
    assert quotes('When the substance is feathers in a duvet, HP is called "feather duvet lung."') == []
    assert quotes('Breathing in mold can lead to what\'s called "farmer\'s lung disease," doctors say.') == []
    assert quotes('The condition, known as "broken heart syndrome," is rare.') == []
    # an active caller is a source presenting its words
    assert quotes('Sanders called the deal "a fraud on the American people."') == [
        ("a fraud on the American people.", "Sanders")]


def test_titles_of_works_after_their_author_are_not_quotes():
    text = ('"It does sound as if the F.B.I. believes it," said Adam Segal, the author of "Hacked World Order," '
            "who studies cyber issues.")
    assert quotes(text) == [("It does sound as if the F.B.I. believes it,", "Adam Segal")]


def test_possessive_speech_noun_presents_the_owners_words():
    text = ("Hillary Clinton spoke in 1998. Trump's comments carried echoes of Clinton's allegations of a "
            '"vast right-wing conspiracy" two decades ago.')
    assert quotes(text) == [("vast right-wing conspiracy", "Hillary Clinton")]


def test_two_word_span_counts_when_a_cue_verb_presents_it():
    assert quotes('Senator Ron Johnson called the deal "a fraud" on Tuesday.') == [("a fraud", "Ron Johnson")]
    assert quotes('It has been described as "political army" by some.') == []


def test_quote_in_another_mark_style_nests_inside_the_outer_one():
    text = ('Former state senator Kelli Ward said the ruling was wrong. "The Justice Department isn\'t about '
            '“Equal Justice Under Law” anymore, and everyone knows it," Ward said.')
    assert quotes(text) == [("The Justice Department isn't about “Equal Justice Under Law” anymore, and everyone knows it,",
                             "Kelli Ward")]


def test_paragraph_ending_in_a_colon_introduces_the_quote():
    text = 'Dr. Kelli Ward stated:\n\n"The solution to bathroom issues is not more politics from Washington."'
    assert quotes(text) == [("The solution to bathroom issues is not more politics from Washington.", "Kelli Ward")]


def test_headlines_in_capitals_are_not_quotes():
    text = '[Lee Moran, HuffPost] "EUROPEANS ASK IF VIOLENCE IS BECOMING FACT OF LIFE" The attacks go on.'
    assert quotes(text) == []


def test_nested_quote_belongs_to_the_outer_one():
    text = '"These \'sanctuary\' policies help no one at all," said Sessions.'
    assert quotes(text) == [("These 'sanctuary' policies help no one at all,", "Sessions")]
    text = "‘My son told me “they are all going to be fine now” and I believed him,’ Mrs Smith said."
    assert [t for t, _ in quotes(text)] == ["My son told me “they are all going to be fine now” and I believed him,"]


# --- quotation mark styles


@pytest.mark.parametrize("open_, close", [
    ('"', '"'), ("“", "”"), ("``", "''"), ("''", "''"), ("«", "»"), ("„", "“"),
])
def test_double_mark_styles(open_, close):
    text = f"{open_}We are reviewing the situation this week,{close} Ms. Dong said."
    assert quotes(text) == [("We are reviewing the situation this week,", "Dong")]


def test_single_marks_used_as_primary_marks():
    text = "‘We will fight this in every court in the land,’ the governor's spokesman said."
    assert quotes(text) == [("We will fight this in every court in the land,", "the governor's spokesman")]
    text = "'It is time for a change in this country,' said Ken Bone."
    assert quotes(text) == [("It is time for a change in this country,", "Ken Bone")]


def test_apostrophes_are_not_quotation_marks():
    assert quotes("The voters' choice came in the '90s, and it wasn't Trump's best year, O'Neil's either.") == []


def test_marks_inside_html_tags_are_ignored():
    text = '<p><a href="https://example.com/a b c">link</a> “We will not back down now,” said <b class="x y z">Sessions</b>.</p>'
    assert [t for t, _ in quotes(text)] == ["We will not back down now,"]


def test_unicode_names_and_marks():
    text = "„Das ist ein schwerer Tag für Europa“, sagte er. «C'est un jour très difficile pour nous», dit-il."
    assert [t for t, _ in quotes(text)] == ["Das ist ein schwerer Tag für Europa", "C'est un jour très difficile pour nous"]
    text = '"That is why he is considered the best of all time," Dennis Schröder said.'
    assert quotes(text) == [("That is why he is considered the best of all time,", "Dennis Schröder")]


# --- robustness


def test_unbalanced_mark_never_swallows_the_article():
    paragraphs = ['Senator Tom Carper said the letter was "troubling and said more.'] + [
        f"Paragraph {i} is plain reporting with no quotation at all." for i in range(200)]
    text = "\n\n".join(paragraphs)
    got = extract_quotes(text)
    assert len(got) == 1
    assert got[0]["end"] <= len(paragraphs[0])  # runs to the end of its own paragraph only


def test_scraped_widget_noise_gives_no_bogus_speaker():
    text = ("Attorney General Jeff SessionsJefferson (Jeff) Beauregard SessionsData confirm that "
            "marijuana decriminalization is long overdue MORE railed against Chicago.\n\n© Getty Images\n\n"
            '“Some cities refuse to follow your example,” said Sessions.')
    assert quotes(text) == [("Some cities refuse to follow your example,", "Jeff Sessions")]


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", '"', '""', "“”", "''", "``", '" " " "', "\x00\x01\x02 said \"", "<p>“</p>",
    "\ud800 broken surrogate", "said said said said", '"' * 5000, "“" * 3000 + "”" * 3000,
    "' " * 4000, "A" * 10000, ("He said: " * 2000), "\u2028\u2029\r\n“x”",
])
def test_never_crashes_on_odd_input(text):
    assert isinstance(extract_quotes(text), list)


def test_non_str_input_gives_no_quotes():
    assert extract_quotes(None) == []  # type: ignore[arg-type]
    assert extract_quotes(b'"bytes," he said')  == []  # type: ignore[arg-type]


@pytest.mark.parametrize("nasty", [
    ('"' + "a " * 50 + "said " * 50) * 400 + ("Mr. A B C D E F G H " * 2000),
    ('"a b c" ' * 20000) + ("it's " * 100000),  # one huge paragraph: many quotes, many apostrophes
    '"We will win this," he said. Mr. John Smith went home. ' * 10000,
])
def test_pathological_input_stays_fast(nasty):
    t0 = time.perf_counter()
    extract_quotes(nasty)
    assert time.perf_counter() - t0 < 5.0
