"""Core conventions, one case each: notes headings and numbering, quote marks, attribution."""

from __future__ import annotations

import pytest

from extractor import parse

HEAD = (
    "Council opens a new bridge over the river\n\nThe council opened the new bridge today after two years of work.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Notes to editors",
        "Notes for editors",
        "NOTES TO EDITORS:",
        "Editor's notes",
        "Note to editors",
        "Notes",
        "Notes to news editors",
        "Background",
    ],
)
def test_notes_headings(heading: str) -> None:
    r = parse(HEAD + heading + "\n\n1. The bridge cost £2 million.\n2. It is 40 metres long.\n")
    assert [(n.number, n.text) for n in r.notes] == [(1, "The bridge cost £2 million."), (2, "It is 40 metres long.")]


@pytest.mark.parametrize("marker", ["1.", "1)", "(1)", "1 -"])
def test_note_numbering(marker: str) -> None:
    (note,) = parse(HEAD + "Notes to editors\n" + marker + " The bridge cost £2 million.\n").notes
    assert note.number == 1 and note.text == "The bridge cost £2 million."


@pytest.mark.parametrize("heading", ["Notes to editors:", "Notes to editors\n"])
def test_numbered_notes_run_into_one_line_are_split_at_each_next_number(heading: str) -> None:
    # a flattened page: the list's numbers run into one line; a number inside a note
    # ("section 2.") or out of order ("4.") does not start a note
    text = (
        HEAD + "The council met.\n\n" + heading + " 1. The bridge cost £4m, see section 2. The design won an award. "
        "2. It was designed by Lakeview Engineering. 4. Not a note number. 3) Works start in May."
    )
    notes = parse(text).notes
    assert [(n.number, n.text) for n in notes] == [
        (1, "The bridge cost £4m, see section 2. The design won an award."),
        (2, "It was designed by Lakeview Engineering. 4. Not a note number."),
        (3, "Works start in May."),
    ]
    assert all(text[n.span[0] : n.span[1]] == n.text for n in notes)


def test_unnumbered_notes_and_bullets_as_items() -> None:
    text = HEAD + (
        "Notes to editors\n\nThe bridge was designed by local engineers.\n\nPartners included:\n"
        "• the county council\n• the river trust\n"
    )
    notes = parse(text).notes
    assert [n.number for n in notes] == [None, None]
    assert notes[1].items == ("the county council", "the river trust")


@pytest.mark.parametrize(
    "end", ["ENDS", "-ends-", "###", "-30-", "Media contact:\nJo Lee 020 7946 0000", "About the Council"]
)
def test_notes_end_at_markers(end: str) -> None:
    r = parse(HEAD + "Notes to editors\n1. The bridge cost £2 million.\n\n" + end + "\n\nThe council has 60 members.\n")
    assert len(r.notes) == 1


def test_a_blogs_comment_furniture_after_the_release_is_no_note() -> None:
    r = parse(
        HEAD + "The sheriff thanked the deputies for their work on the sweep.\n\n###\n\nNo comments:\n\n"
        "Post a Comment\n\nNote: Only a member of this blog may post a comment.\n"
    )
    assert r.notes == ()


def test_indented_continuation_belongs_to_its_note() -> None:
    r = parse(
        HEAD + "Notes to editors\n  1. The bridge cost £2 million.\n    More at www.example.gov.uk\n"
        "  2. It is 40 metres long.\n"
    )
    assert r.notes[0].text == "The bridge cost £2 million. More at www.example.gov.uk"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("“It is a great day for the town.”", "It is a great day for the town."),
        ('"It is a great day for the town."', "It is a great day for the town."),
        ("‘It is a great day for the town.’", "It is a great day for the town."),
        ("'It is a great day for the town.'", "It is a great day for the town."),
        ("„It is a great day for the town.“", "It is a great day for the town."),
        ("“It is the town’s day and the citizens’ day, too.”", "It is the town’s day and the citizens’ day, too."),
        # a no-break space (``&nbsp;`` in scraped HTML) before the mark is a space
        ('\u00a0"It is a great day for the town."', "It is a great day for the town."),
        ("\u00a0'It is a great day for the town.'", "It is a great day for the town."),
        # marks left as HTML entities by a scraper
        ("&ldquo;It is a great day for the town.&rdquo;", "It is a great day for the town."),
        ("&#8220;It is the town&rsquo;s day.&#8221;", "It is the town&rsquo;s day."),
        ("&quot;It is a great day for the town.&quot;", "It is a great day for the town."),
    ],
)
def test_quote_marks(quote: str, expected: str) -> None:
    r = parse(HEAD + "Mayor Jane Smith said: " + quote + "\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [(expected, "Jane Smith")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The bridge is open to everyone now,” said Jane Smith, Mayor of Town.", "Jane Smith"),
        ("“The bridge is open to everyone now,” Jane Smith said.", "Jane Smith"),
        ("According to Jane Smith, “the bridge is open to everyone now.”", "Jane Smith"),
        ("Jane Smith, Mayor of Town, said: “The bridge is open to everyone now.”", "Jane Smith"),
        ("“The bridge is open to everyone now.” – Jane Smith, Mayor of Town", "Jane Smith"),
        ("Attorney General Jeff Sessions said: “The bridge is open to everyone now.”", "Jeff Sessions"),
        ("“The bridge is open to everyone now and for good,” the delegation said.", "the delegation"),
        # a name printed after a portfolio: the portfolio is not part of it
        ("Minister for Transport Tom Ashby said: “The bridge is open to everyone now.”", "Tom Ashby"),
        ("Minister for Foreign Affairs Penny Wong said: “The bridge is open to everyone now.”", "Penny Wong"),
        (
            "Union Minister for Rural Development Shri Arjun Mehta said, “The bridge is open to all.”",
            "Shri Arjun Mehta",
        ),
        # ... a portfolio of two nouns, or a list of them (the split at commas made whole)
        ("“The bridge is open to everyone now,” Minister for Roads and Ports Tom Ashby said.", "Tom Ashby"),
        ("“The bridge is open to everyone now,” said Secretary of Roads and Harbours Jane Q. Roe.", "Jane Q. Roe"),
        ("“The bridge is open to everyone now,” Shadow Minister for Roads, Ports and Rail Jane Roe said.", "Jane Roe"),
        ("“The bridge is open to everyone now,” said Shadow Minister for Roads, Ports and Rail Jane Roe.", "Jane Roe"),
        ("“The bridge is open to everyone now,” the Minister for Roads, Ports and Rail, Jane Roe, said.", "Jane Roe"),
        # (letters after the name are no part of it)
        ("Shadow Minister for Roads and Ports Jane Roe MP said: “The bridge is open to all.”", "Jane Roe"),
        # (the words joining a portfolio do not count against the subject's length)
        ("“The bridge is open to all,” Secretary of State for Roads and Harbour Works Jane Roe said.", "Jane Roe"),
        ("Department of Transportation Secretary Jane Doe said: “The bridge is open to everyone now.”", "Jane Doe"),
        ("“The bridge is open to everyone now,” according to a statement from Mayor Jane Smith.", "Jane Smith"),
        ("Asked about the ruling, Okafor replied: “The bridge is open to everyone now.”", "Okafor"),
        ("Senator Karen Whitfield (D-Mont.) said: “The bridge is open to everyone now.”", "Karen Whitfield"),
        # letters after a name are no part of it
        ("Chief Constable Jane Smith QPM said: “The bridge is open to everyone now.”", "Jane Smith"),
        ("“The bridge is open to everyone now,” said Jane Smith MP, the member for Town.", "Jane Smith"),
        ("Professor Jane Smith FRS OBE said: “The bridge is open to everyone now.”", "Jane Smith"),
        ("Jane Smith, Ph.D., said: “The bridge is open to everyone now and for good.”", "Jane Smith"),
        ("“The bridge is open to everyone now,” said Jane Smith Jr., the mayor.", "Jane Smith Jr."),
        # speech by other verbs
        ("As Professor Jane Smith put it last week, “The bridge is open to everyone now.”", "Jane Smith"),
        ("Jane Smith tweeted: “The bridge is open to everyone now and for good.”", "Jane Smith"),
        ("“The bridge is open to everyone now and for good,” Jane Smith vowed.", "Jane Smith"),
        # a group that speaks as a body, with no article
        ("Police said: “The bridge is open to everyone now and for good.”", "Police"),
        ("“The bridge is open to everyone now and for good,” researchers said.", "researchers"),
        # a surname alone, named nowhere in full, before a description in lower case
        ("“The bridge is open to everyone now,” said Okafor, a member of the Finance Committee.", "Okafor"),
        ("“The bridge is open to everyone now and for good,” Okafor, a Democrat, said.", "Okafor"),
        # a participle after the subject's clause: ``…, saying:``
        ("Jane Smith welcomed the vote, saying: “The bridge is open to everyone now and for good.”", "Jane Smith"),
        ('Jane Smith, the Mayor, voiced her support stating,"The bridge is open to everyone now."', "Jane Smith"),
        # a surname alone after a person's title; a body's name is not a title and a surname
        ("“The bridge is open to everyone now,” said Senator Okafor.", "Okafor"),
        ("“The bridge is open to everyone now,” said Police Scotland.", "Police Scotland"),
        # a middle initial is no article ``a``
        ("“The bridge is open to everyone now,” said Tomas A. Quill, the mayor.", "Tomas A. Quill"),
        (
            "“The bridge is open to everyone now,” said Tomas A. Quill, president, and CEO of Town Ltd.",
            "Tomas A. Quill",
        ),
    ],
)
def test_attribution(sentence: str, speaker: str) -> None:
    r = parse(HEAD + sentence + "\n")
    assert [q.speaker for q in r.quotes] == [speaker]


@pytest.mark.parametrize(
    "name",
    ["Maroš Šefčovič", "Éamon Ó Cuív", "Åsa Lindqvist", "Łucja Øvergaard", "Zoë Ibáñez", "Ursula von der Leyen"],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "“The bridge is open to everyone now,” said {name}, Mayor of Town.",
        "{name}, Mayor of Town, said: “The bridge is open to everyone now.”",
        "Mayor {name} said: “The bridge is open to everyone now.”",
    ],
)
def test_a_name_that_starts_with_a_capital_outside_ascii_is_a_name(sentence: str, name: str) -> None:
    r = parse(HEAD + sentence.format(name=name) + "\n")
    assert [q.speaker for q in r.quotes] == [name]
    assert [s.name for s in r.speakers] == [name]


@pytest.mark.parametrize(
    "verb", ["said:", "told reporters:", "said in a statement:", "told the Lakeview Post on Monday:"]
)
def test_a_verb_and_a_few_words_before_a_colon_hand_over_to_the_next_paragraph(verb: str) -> None:
    who = "Dr Jane Smith, from the School of Engineering’s Institute of Bridges & Tunnels,"
    text = HEAD + f"The council agreed the plan. {who} {verb}\n\n“The bridge is open to everyone now.”\n"
    assert [q.speaker for q in parse(text).quotes] == ["Dr Jane Smith"]


def test_split_quote_and_pronoun() -> None:
    r = parse(HEAD + "Jane Smith opened it.\n\n“It is open,” she said. “Everyone can use it from today.”\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("It is open,", "Jane Smith"),
        ("Everyone can use it from today.", "Jane Smith"),
    ]


def test_statement_over_paragraphs_is_one_quote_per_paragraph() -> None:
    r = parse(
        HEAD + "Jane Smith released the following statement:\n\n“The bridge is open to all of us.\n\n"
        "“It is the best thing to happen to this town in many years.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Smith", "Jane Smith"]


def test_a_paragraph_without_marks_inside_a_run_of_quote_paragraphs_is_quoted() -> None:
    # OCR text cut a quoted paragraph in two at a blank line: the open quote goes on in the
    # paragraph without marks, and the run goes on after it
    r = parse(
        HEAD + 'Mayor Jane Smith said: "The bridge is open to all of us at last.\n\n'
        "That means the town can grow again, on both banks of the river.\n\n"
        '"It is the best thing to happen to this town in many years."\n'
    )
    assert [(q.text[:8], q.speaker) for q in r.quotes] == [
        ("The brid", "Jane Smith"),
        ("That mea", "Jane Smith"),
        ("It is th", "Jane Smith"),
    ]


def test_a_paragraph_after_an_unclosed_term_is_not_quoted() -> None:
    # the mark left open is a term's (after a word), not speech: the paragraph after it is
    # not the rest of a quote
    r = parse(
        HEAD + 'The council tested the "Riverlink device on the old bridge over the winter months.\n\n'
        "The council will meet again in June to discuss the next stage of the work.\n\n"
        '"It is the best thing to happen to this town in many years," said Mayor Jane Smith.\n'
    )
    assert not any(q.text.startswith("The council will") for q in r.quotes)


def test_a_paragraph_after_an_unclosed_quote_is_not_quoted_when_no_quote_follows() -> None:
    r = parse(
        HEAD + 'Mayor Jane Smith said: "The bridge is open to all of us at last.\n\n'
        "The council will meet again in June to discuss the next stage of the work.\n"
    )
    assert [q.text[:8] for q in r.quotes] == ["The brid"]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “bedroom tax” was scrapped.",
        "The report “Living Well in Later Life” was published.",
        "A project entitled “Making rivers cleaner for fish and people” began.",
        "Click “buy” to order.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(text: str) -> None:
    assert parse(HEAD + text + "\n").quotes == ()


def test_unattributed_quote_has_no_speaker_not_a_guess() -> None:
    r = parse(HEAD + "The work took two years.\n\n“It is the best thing to happen to this town in years.”\n")
    assert [q.speaker for q in r.quotes] == [None]


def test_a_body_after_a_preposition_is_not_a_person() -> None:
    r = parse(HEAD + "The University of New South Wales said: “The bridge is open to everyone now.”\n")
    assert [q.speaker for q in r.quotes] != ["South Wales"]


def test_a_line_that_reports_speech_does_not_attribute_the_quote_before_it() -> None:
    text = (
        HEAD
        + "Premier Claire Whitford announced the works today.\n\n"
        + "“Our paramedics deserve modern facilities,” the Premier said.\n\n"
        + "“These stations are the backbone of emergency care in our regions.”\n\n"
        + "Minister for Health Tom Ashby said the upgrades followed consultation with staff.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Claire Whitford", "Claire Whitford"]


def test_a_pronoun_stands_for_the_subject_not_a_later_name() -> None:
    text = (
        HEAD
        + "Dr Amelia Lane is a research associate and first author of the study published in Cell Stem Cell. "
        + "She says: “The cells behave just as they do in the eye.”\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Dr Amelia Lane"]


def test_an_abbreviation_is_one_title_word_before_a_name() -> None:
    text = HEAD + "“The bridge is open to everyone now,” said U.S. Attorney Lisa Moreno of the Southern District.\n"
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Lisa Moreno"]
    assert r.speakers[0].role == "U.S. Attorney"


def test_a_body_in_an_appositive_is_not_the_speaker_named_before_it() -> None:
    text = (
        HEAD + "Richard Osei, chief executive of the British Ports Group, told reporters: “The industry is growing.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Richard Osei"]
    assert r.speakers[0].organisation == "British Ports Group"


def test_an_ocr_colon_after_the_verb_still_hands_over_to_the_quote() -> None:
    text = HEAD + "Mr Jones, the Minister for Transport, said?\n\n“I am delighted that this plan received support.”\n"
    assert [q.speaker for q in parse(text).quotes] == ["Mr Jones"]


def test_the_role_after_a_name_is_not_a_body() -> None:
    text = HEAD + "Mr Jones, the Minister for Transport, said: “I am delighted that this plan received support.”\n"
    assert [q.speaker for q in parse(text).quotes] == ["Mr Jones"]


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_body_named_at_the_head_of_a_title_case_headline_speaks_for_the_noun(space: str) -> None:
    # ``the delegation`` is the body printed by name, even where the headline runs on in
    # capitals after it; a no-break space between the words changes nothing
    text = (
        f"Ohio Congressional Delegation{space}Welcomes New Veterans Clinic in Dayton\n\n"
        "Members of the state's delegation today welcomed a new veterans clinic in Dayton.\n\n"
        "“This clinic brings care closer to every veteran in the valley,” said the delegation.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Ohio Congressional Delegation"]


def test_a_relative_clause_after_the_name_is_not_a_role() -> None:
    r = parse(
        HEAD + "“We waited a long time for a path to the river,” said Tom Whitaker, who chairs the residents’ group.\n"
    )
    assert [(s.name, s.role, s.organisation) for s in r.speakers] == [("Tom Whitaker", None, None)]


def test_a_clause_between_the_name_and_the_speech_verb_is_not_a_role() -> None:
    r = parse(HEAD + "Tom Whitaker turned to the board and said, “We will not wait another year”.\n")
    assert [(s.name, s.role) for s in r.speakers] == [("Tom Whitaker", None)]
    assert [q.speaker for q in r.quotes] == ["Tom Whitaker"]


def test_a_single_mark_misread_for_the_closing_double_one_closes_the_quote() -> None:
    # OCR text: “… settle.' ends the quote; the paragraph after it is not quoted
    r = parse(
        HEAD + "Mrs Helen Dalton said: “The extra places will go to people who have waited longest.'\n\n"
        "Mrs Dalton said the increase would be met from within the existing budget of the department.\n\n"
        "“It is a humane decision,” said Peter Lowe.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The extra places will go to people who have waited longest.", "Mrs Helen Dalton"),
        ("It is a humane decision,", "Peter Lowe"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        # opened with a single mark, closed with a double one before the attribution
        (
            "‘Most requests reach the office only after every appeal has failed,” Senator Jane Roe said.",
            "Most requests reach the office only after every appeal has failed,",
        ),
        (
            "‘The board will meet again in June,” the Minister for Harbours, Senator Jane Roe, said.",
            "The board will meet again in June,",
        ),
        # no attribution after the double mark: it closes nothing, the quote runs on
        (
            "‘The board will meet again in June, and the “harbour fund” will be open by then.",
            "The board will meet again in June, and the “harbour fund” will be open by then.",
        ),
    ],
)
def test_a_double_mark_closes_a_single_quoted_quote_before_its_attribution(paragraph: str, quote: str) -> None:
    assert [q.text for q in parse(HEAD + paragraph + "\n").quotes] == [quote]


def test_a_quotation_closed_inside_a_quote_at_the_paragraph_end_does_not_close_the_quote() -> None:
    r = parse(
        HEAD + "Jane Smith said: “The council called the old bridge ‘a disgrace,’\n\n“and it was right to do so.”\n"
    )
    assert [q.text for q in r.quotes] == [
        "The council called the old bridge ‘a disgrace,’",
        "and it was right to do so.",
    ]


def test_a_plural_possessive_inside_a_long_single_quoted_quote_does_not_close_it() -> None:
    r = parse(
        HEAD + "‘The new routes will be lit and patrolled, which matters most to the cyclists’ "
        "safety at night. They need to testify,’ said Senator Karen Whitfield.\n"
    )
    assert [(q.text[:22], q.text[-21:], q.speaker) for q in r.quotes] == [
        ("The new routes will be", "They need to testify,", "Karen Whitfield")
    ]


def test_a_short_single_quoted_name_ending_in_s_closes_before_a_lower_case_word() -> None:
    r = parse(HEAD + "The council will open five ‘Bike Hubs’ throughout the city, the mayor said today.\n")
    assert [q.text for q in r.quotes] == ["Bike Hubs"]


def test_a_plural_possessive_early_in_a_quote_that_opens_its_paragraph_does_not_close_it() -> None:
    r = parse(
        HEAD + "'The Governors' plan is a fair answer to the critics of the scheme,' says Professor Ruth Okonjo.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The Governors' plan is a fair answer to the critics of the scheme,", "Ruth Okonjo")
    ]


@pytest.mark.parametrize("marks", [("a)", "b)"), ("i.", "ii.")])
def test_lettered_notes_under_a_plain_heading(marks: tuple[str, str]) -> None:
    # a lower-case letter or numeral opening the line starts an item: it does not carry on
    # the heading's sentence
    r = parse(
        HEAD + "The council met today.\n\nENDS\n\nNOTES\n"
        f"{marks[0]} The strategy was approved on 3 May.\n{marks[1]} It will cost £12 million.\n"
    )
    assert [n.text for n in r.notes] == [
        f"{marks[0]} The strategy was approved on 3 May.",
        f"{marks[1]} It will cost £12 million.",
    ]


def test_a_flattened_page_keeps_its_date_quotes_and_notes() -> None:
    # a page whose line breaks were all lost: header, story and notes in one paragraph
    story = "".join(
        f"The {k} span of the bridge carries a cycle lane and a footpath over the river. " for k in range(20)
    )
    text = (
        "Council opens new bridge Lakeview Council Tuesday May 5 2015 FOR IMMEDIATE RELEASE The council opened "
        "the new bridge over the river today after two years of work. "
        + story
        + "“This is a great day for the town,” said "
        "Jane Smith, the council leader. A copy of the plans is on the council website Notes to editors "
        "1. The bridge cost £4m 2. It was designed by Lakeview Engineering 3) Works began in 2013. Back to top"
    )
    r = parse(text)
    assert r.date == "2015-05-05"
    assert [(q.speaker, q.text) for q in r.quotes] == [("Jane Smith", "This is a great day for the town,")]
    assert [(n.number, n.text) for n in r.notes] == [
        (1, "The bridge cost £4m"),
        (2, "It was designed by Lakeview Engineering"),
        (3, "Works began in 2013."),
    ]


def test_an_unattributed_quote_paragraph_goes_back_to_the_releases_one_voice() -> None:
    one_voice = (
        HEAD + "“The bridge is open to everyone now and for good,” Lakeview Council said.\n\n"
        "The bridge took two years to build and cost the town four million pounds in all.\n\n"
        "“With the bridge open, the town can look to the river again for the first time.”\n"
    )
    assert [q.speaker for q in parse(one_voice).quotes] == ["Lakeview Council", "Lakeview Council"]
    # two voices before it: the text does not say which one speaks
    two_voices = one_voice.replace(
        "The bridge took", "“It was worth the wait for all of us here,” said Jane Smith, the mayor.\n\nThe bridge took"
    )
    assert [q.speaker for q in parse(two_voices).quotes] == ["Lakeview Council", "Jane Smith", None]


def test_a_name_broken_over_two_lines_of_a_wrapped_text_is_the_fullest_name() -> None:
    import textwrap

    story = (
        "The Harbour Board met on Monday and approved a new ferry terminal for the eastern quay, "
        "with room for two vessels and a covered waiting hall for four hundred passengers, after "
        "the chair of the board, Councillor Teodora Vasquez-Lind, opened the meeting with a vote. "
        "“The terminal will open the quay to the town again,” Ms Vasquez-Lind said after the vote. "
    )
    more = "The board will publish the plans at the harbour office and on its website next week. "
    wrapped = "\n".join(textwrap.wrap(story + more * 3, 56))
    assert "Teodora\nVasquez-Lind" in wrapped  # the name breaks over two lines
    speakers = {q.speaker for q in parse("Harbour board approves ferry terminal\n\n" + wrapped).quotes}
    assert speakers == {"Councillor Teodora Vasquez-Lind"}


def test_a_verb_before_a_misprinted_opening_mark_introduces_the_next_quote() -> None:
    # closing marks printed for opening ones, and the two quotes in one paragraph
    text = (
        HEAD + "President Ann Lee noted: ”The bridge is open to everyone now and for good.” "
        "Vice-President Tom Roe emphasised: ”It is a great day for all of the town.”\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Ann Lee", "Tom Roe"]


def test_a_closing_mark_with_its_spaces_misplaced_still_closes_the_quote() -> None:
    # ``appalling, ”said X.``: the mark stands where an opening one would, but one is open
    r = parse(HEAD + "“The bridge is open to everyone now, ”said Mayor Jane Smith. “It is a great day for us.”\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The bridge is open to everyone now,", "Jane Smith"),
        ("It is a great day for us.", "Jane Smith"),
    ]


def test_a_straight_mark_after_a_sentence_end_opens_the_next_quote_when_one_was_left_open() -> None:
    # the first quote is never closed; straight marks do not nest, so the next one opens a quote
    r = parse(
        HEAD + 'Jane Smith, the Mayor, said,"The bridge is open to everyone now and for good.   '
        '"We waited two years for this bridge to open," says Tom Ashby, the engineer.\n'
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The bridge is open to everyone now and for good.", "Jane Smith"),
        ("We waited two years for this bridge to open,", "Tom Ashby"),
    ]


def test_initials_in_capitals_before_a_surname_are_a_title() -> None:
    # ``stated LCDA Okafor``: the office's initials, then the surname of a named person
    r = parse(
        HEAD + "The Orange Valley District Attorney (OVDA) Tom Ashby filed the charges.\n\n"
        "“The bridge is open to everyone now and for good,” stated OVDA Ashby.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]
    assert [s.name for s in r.speakers] == ["Tom Ashby"]


def test_a_double_spaced_typescript_quote_runs_over_its_blank_lines() -> None:
    # every line stands over a blank one; a line that ends in OCR specks (`` '  ’``) and a
    # full line that ends mid-sentence both go on past the blank line
    lines = [
        "The Minister for Roads, Dr Jane Smith, said today that the new bridge rules",
        "would be in force on every river crossing in the state from the first of June.",
        '"The checks made at every harbour along the coast have put a great',
        "strain on the inspectors, and yet we will not drop a single one '  ’",
        "of the checks that are needed to keep the bridges of this state safe for the",
        'people who cross them every day", Dr Smith said. She added that the checks',
        "would go on until every bridge in the state had been inspected and repaired.",
    ]
    r = parse("KEEPING THE BRIDGES SAFE\n\n" + "\n\n".join(" " + line + " " for line in lines) + "\n")
    assert [q.speaker for q in r.quotes] == ["Dr Jane Smith"]
    assert r.quotes[0].text.startswith("The checks made")
    assert r.quotes[0].text.endswith("every day")


def test_a_phrase_before_the_subject_is_not_its_role() -> None:
    r = parse(HEAD + "In his filing, Okafor claims that he was “on a boat somewhere along the waterway.”\n")
    assert [(q.speaker, s.role) for q, s in zip(r.quotes, r.speakers, strict=True)] == [("Okafor", None)]


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("Before the meeting Tom Ashby said", None),
        ("Speaking after the vote Tom Ashby said", None),
        ("Earlier today Senator Tom Ashby said", "Senator"),
    ],
)
def test_a_phrase_of_time_before_the_name_is_not_its_role(lead: str, role: str | None) -> None:
    r = parse(HEAD + lead + " the plan was “a good start for the harbour and for us all”.\n")
    assert [(s.name, s.role) for s in r.speakers] == [("Tom Ashby", role)]


def test_a_name_run_stops_at_a_sentence_end() -> None:
    # ``… and joined Northwind. Harris has …``: the word before the full stop is no first name
    r = parse(
        HEAD + "“The bridge is open to everyone now and for good,” said CEO Dana Harris.\n\n"
        "She has worked at Lakeview Ferries and joined Northwind. Harris has a degree in engineering.\n\n"
        "“We waited two years for this bridge to open,” said Harris.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Dana Harris", "Dana Harris"]


def test_quotation_marks_in_a_script_left_inline_are_not_quotes() -> None:
    script = (
        "if (!window.Ads){(function(){var s = document.createElement(\"script\"); s.src = 'https://ads.example/app.js';"
        " var n = 'x';}());} var plc = window.plc || 0; document.write('<'+'div id=\"p_'+plc+'\"></'+'div>');"
        " Ads.push({handler: function(opt){ Ads.register(1, 2, 'p_'+opt.place, opt); }});"
    )
    r = parse(HEAD + script + " The council will open a second bridge next year.\n")
    assert r.quotes == ()


def test_a_line_that_ends_in_an_opening_mark_and_a_function_word_goes_on() -> None:
    # ``said Senator Okafor, "the`` / (blank) / ``Government seems …``: the quote's first word
    lines = [
        '"On the bridge" said Senator Okafor, "the',
        'council has waited far too long for others to act."',
    ]
    r = parse(HEAD + "\n\n".join(lines) + "\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("On the bridge", "Okafor"),
        ("the council has waited far too long for others to act.", "Okafor"),
    ]


def test_a_quote_under_a_paragraph_that_reports_a_persons_words_is_theirs() -> None:
    r = parse(
        HEAD + "Senator Okafor commented that she was unhappy with the mayor's reply to the council.\n\n"
        "“Seven million people are waiting for this bridge and nothing has been done for them.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Okafor"]


def test_a_quote_under_a_paragraph_of_story_stays_unattributed() -> None:
    r = parse(
        HEAD + "The council said that the bridge would open in May after two years of work.\n\n"
        "“Seven million people are waiting for this bridge and nothing has been done for them.”\n"
    )
    assert [q.speaker for q in r.quotes] == [None]


def test_a_second_partial_quote_of_an_attributed_sentence_is_the_same_speakers() -> None:
    r = parse(HEAD + "At the hearing, Tom Ashby told the judge “I should have stopped the works” and “never again.”\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("I should have stopped the works", "Tom Ashby"),
        ("never again.", "Tom Ashby"),
    ]


def test_a_partial_quote_is_the_words_of_the_subject_of_the_verb_nearest_it() -> None:
    r = parse(
        HEAD + "Investigators said that Tom Ashby told officers at the scene that the tide had turned "
        "“faster than the charts said” and that “nobody could have stopped it.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "Tom Ashby"]


def test_a_partial_quote_after_a_participle_is_the_words_of_the_name_before_it() -> None:
    # ``with X describing the plan “…”``: the name before the participle speaks, and the
    # clause before that name is no part of the speaker's title
    r = parse(
        HEAD + "The council's decision to reopen the harbour office has been welcomed by residents "
        'but with Senator Jane Okafor describing the plan "a good idea based on bad figures."\n'
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [("a good idea based on bad figures.", "Jane Okafor")]
    assert [(s.name, s.role) for s in r.speakers] == [("Jane Okafor", "Senator")]


def test_a_line_that_only_names_the_speaker_heads_the_quote_paragraph_under_it() -> None:
    # a release that gathers endorsements: a name line with no colon and no verb over each
    r = parse(
        HEAD + "Leaders from across the town welcomed the new harbour plan this week.\n"
        "Jane Okafor, founding Director of the Harbour Trust\n"
        "“We are grateful for a plan that puts the island families first.”\n"
        "“Pastor Tom” Ashby, Lakeview Chapel\n"
        "“The families asked for this and the council listened to them.”\n"
        "Superintendent Ann Lee, Lakeview Police\n"
        "“Safer quays mean fewer calls for our officers.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor", "Pastor Tom Ashby", "Ann Lee"]


def test_a_name_line_in_bold_heads_the_quote_paragraph_under_it() -> None:
    r = parse(
        "# Harbour plan welcomed\n\nLeaders from across the town welcomed the new harbour plan.\n\n"
        "**Jane Okafor, founding Director of the Harbour Trust**\n\n"
        "“We are grateful for a plan that puts the island families first.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor"]
    assert [(s.role, s.organisation) for s in r.speakers] == [("founding Director", "Harbour Trust")]


@pytest.mark.parametrize("line", ["Harbour works schedule", "Harbour plan for Tom Ashby’s district"])
def test_a_line_that_only_names_no_one_heads_no_quote(line: str) -> None:
    # a heading, or one that only mentions a person, is no speaker's name line
    r = parse(
        HEAD + "The council met on Monday to agree the plan for the harbour.\n"
        f"{line}\n"
        "“The works will begin in May and end before the first storm.”\n"
    )
    assert [q.speaker for q in r.quotes] == [None]


def test_an_attribution_line_broken_at_a_tag_before_its_full_stop() -> None:
    # a scraped page broke the line at each tag: ``… said`` / ``. “…``
    r = parse(
        HEAD + "The council approved the harbour plan on Monday after a long debate.\n"
        "“The island families have waited three winters for this,”\n"
        "Councillor Jane Okafor said\n"
        ". “The new crews will be on the water before the first storm.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Councillor Jane Okafor", "Councillor Jane Okafor"]


def test_a_headline_verb_before_a_name_is_no_part_of_it() -> None:
    r = parse(
        "# Harbour Board Appoints Jane Okafor as Chief Executive\n\n"
        "The board has appointed a new chief executive after a long search across the country.\n\n"
        "“I am honoured to join the board and its talented team,” said Jane Okafor.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor"]


def test_a_single_mark_left_open_after_a_word_is_an_apostrophe_not_a_quote() -> None:
    # OCR reads a speck as a mark: ``divided the river into 'two halves, …`` opens no quote
    r = parse(
        HEAD + "In fact, the works divided the river into 'two halves, north and south. They also built a weir.\n"
    )
    assert r.quotes == ()


def test_a_sentence_that_opens_with_its_speech_verb_names_the_speaker_before_the_quote() -> None:
    # what follows the quote is another sentence whose subject is a company, not the speaker
    r = parse(
        HEAD + 'Said Dana Quill, Managing Director and Senior Engineer, "We are proud to open the bridge at a time'
        ' when the town needs it most." Northwind recently shared its plans for a second bridge here.\n'
    )
    assert [q.speaker for q in r.quotes] == ["Dana Quill"]


@pytest.mark.parametrize(
    "intro",
    [
        "The Minister for Roads and Ports, Tom Ashby, today opened the new bridge over the river.",
        "Tom Ashby, the Minister for Roads and Ports, today opened the new bridge over the river.",
    ],
)
def test_the_minister_is_the_person_the_role_is_printed_beside(intro: str) -> None:
    r = parse(HEAD + intro + "\n\n“The bridge will carry ten thousand cars a day,” the Minister said.\n")
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_a_quote_whose_opening_mark_was_lost_runs_from_its_paragraphs_start() -> None:
    r = parse(
        HEAD + "The changes to the timetable for the new bridge must be treated with care,” stated the"
        " council's spokesperson for roads, Jane Okafor.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The changes to the timetable for the new bridge must be treated with care,", "Jane Okafor")
    ]


def test_a_closing_mark_after_a_few_words_and_no_speech_verb_opens_no_quote() -> None:
    r = parse(HEAD + "The bridge is 12 metres wide and 40” in the old plans, the council noted.\n")
    assert r.quotes == ()


def test_a_party_to_the_story_named_nowhere_is_the_speaker_as_described() -> None:
    # not the official quoted before, nor the governor the paragraph before names
    r = parse(
        HEAD + "“The board's decision is shocking,” said District Attorney Tom Ashby.\n\n"
        "The office will send a letter to Governor Jane Okafor asking for a new hearing.\n\n"
        "“I was never asked what I thought of his release,” said the victim.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "the victim"]


@pytest.mark.parametrize("clause", ["who asked not to be named", "whose father was hurt"])
def test_a_description_s_relative_clause_is_no_part_of_it(clause: str) -> None:
    # (the clause had hidden the description: the quote went to the official quoted before)
    r = parse(
        HEAD + "“The board's decision is shocking,” said District Attorney Tom Ashby.\n\n"
        "The office will send a letter asking for a new hearing.\n\n"
        f"“I was never asked what I thought of his release,” said the victim {clause}.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "the victim"]


def test_they_never_stands_for_one_person() -> None:
    # (the residents the sentence before opens with, not the mayor quoted last)
    r = parse(
        HEAD + "“The bridge will change this town for good,” Mayor Tom Ashby said after the opening.\n\n"
        "Residents cheered as the ribbon was cut, then walked across arm in arm.\n\n"
        "“At last, at last, our bridge is open to us,” they said as they crossed.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "Residents"]


def test_they_after_a_body_is_the_body() -> None:
    r = parse(
        HEAD + "“The bridge was checked every week during the works,” police said.\n\n"
        "“Nobody was hurt at any point on the site or near it,” they added.\n"
    )
    assert [q.speaker for q in r.quotes] == ["police", "police"]


def test_an_aside_between_commas_is_no_role() -> None:
    r = parse(HEAD + "Ashby, though, argued that “the bridge was never safe to open in the first place.”\n")
    assert [(s.name, s.role) for s in r.speakers] == [("Ashby", None)]


def test_a_name_after_a_quote_with_no_verb_is_its_speaker() -> None:
    r = parse(
        HEAD + "Prosecutors said that the builder ignored every warning he was given about the bridge.\n\n"
        "“If the bridge falls, it falls,” Assistant State Attorney Jane Okafor in her closing argument."
        " “Those were his words to the engineers who warned him.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor", "Jane Okafor"]


def test_a_speech_verbs_noun_form_is_no_verb() -> None:
    r = parse(
        HEAD + "In his closing remarks, Tom Ashby (Lakeview Council) stressed the point: “The bridge will not"
        " carry a single car until every bolt has been checked.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_an_events_name_set_off_after_its_noun_is_no_quote() -> None:
    r = parse(
        HEAD + "Last week’s public workshop, “Building Bridges: What the Council and the Engineers of the Region"
        " Learned About Hiring Skilled Workers for the Works,” drew people from across the town and beyond"
        " it.\n"
    )
    assert r.quotes == ()


def test_a_markdown_background_heading_in_bold_and_the_pages_next_section_ending_it() -> None:
    r = parse(
        HEAD + "### **Background**\nFew towns have built a bridge like this; two others did so:\n"
        "  * 2011: the old ferry bridge, closed in 2019.\n  * 2003: the rail bridge.\n"
        "## Related News\n4th July 2025\n[Council opens a new library](https://lakeview.example/news/library)\n"
    )
    assert [(n.number, n.text[:28]) for n in r.notes] == [(None, "Few towns have built a bridg")]
    assert [len(n.items) for n in r.notes] == [2]


def test_quotes_in_markdown_italics_keep_their_attribution() -> None:
    r = parse(
        HEAD + "_“The bridge shows what a small town can build when it works together,”_ says Tom Ashby,"
        " Chair of the Harbour Board.\n\n"
        "Jane Okafor, Director of Roads, says:_“Traffic on the old road will fall by half this year.”_\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "Jane Okafor"]


def test_a_pages_inline_elements_each_on_a_line_of_their_own() -> None:
    # a scraper put every inline element of a senator's page on its own line: the quote's
    # marks, the comma before ``said``, the full stop after the quote
    r = parse(
        "Title: Sen. Ashby Introduces Bridge Safety Act\nDate: June 22, 2023\n\nContent:\n"
        "WASHINGTON\n– Sen. Tom Ashby introduced the Bridge Safety Act, a bill to inspect every bridge.\n"
        "Of the bill,\nSen. Ashby said,\n“\nEvery family that crosses a bridge deserves to know it is safe.\n”\n"
        "Of the bill,\nJane Okafor, Professor of Engineering, Lakeview University, North Campus\n,\nsaid\n,  “\n"
        "The Bridge Safety Act is long overdue and will save lives across the country\n.”\n"
        'Of the bill, Dana Quill,\nChair of the Bridge Builders Guild, said\n, "\n'
        'We applaud Senator Ashby for a bill that puts safety first.\n"\n'
        "For full bill text, click\nHERE\n.\n"
    )
    assert [(q.speaker, q.text[:20]) for q in r.quotes] == [
        ("Tom Ashby", "Every family that cr"),
        ("Jane Okafor", "The Bridge Safety Ac"),
        ("Dana Quill", "We applaud Senator A"),
    ]


def test_a_guillemet_closing_a_quote_with_a_comma_leaves_its_sentence_open() -> None:
    r = parse(
        HEAD + "«The bridge brings the valley's two towns within ten minutes of each other,»\nsaid the delegation\n"
        ". «We are proud to have built it with the towns' own workers.»\n"
    )
    assert [q.speaker for q in r.quotes] == ["the delegation", "the delegation"]


def test_a_speech_verbs_participle_after_an_article_is_no_verb() -> None:
    r = parse(
        HEAD + "Pointing out that the bridge is a shared project of both towns and of the whole valley around"
        ' them, Lakeview Mayor Tom Ashby said: "The bridge is where our two towns finally meet."\n'
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_guillemets_that_do_not_pair_up_are_ocr_noise() -> None:
    # OCR reads full stops and bullets as guillemets; quotes in guillemets pair up
    text = (
        HEAD + " The Ministers found that the plan for new roads needs more work on local problems»\n\n"
        " » Road works should start with the towns that wait longest» \n\n"
        " « Extension of the programme of bridge works across the whole of the region»\n\n"
        " The Ministers agreed to meet again in the spring to review the programme»\n"
    )
    assert parse(text).quotes == ()
    paired = HEAD + "«The bridge will carry ten thousand cars a day,» the Minister said.\n"
    assert [q.text for q in parse(paired).quotes] == ["The bridge will carry ten thousand cars a day,"]


def test_the_minister_printed_beside_a_portfolio_wrapped_over_lines() -> None:
    r = parse(
        HEAD + "The council removed the old bridge today, the Minister for Roads \nand Ports, Tom Ashby, said.\n\n"
        "“The old bridge was unsafe and had to go,” said the Minister.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_a_single_close_misread_with_an_ocr_speck_and_its_attribution_on_the_next_line() -> None:
    r = parse(
        HEAD + " “Our review panel reported to me this week and it supports everything done on the \n"
        "bridge so far,’  1  \nMr Ashby said.\n\n"
        " “The works will go on through the winter.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("Our review panel reported to me this week and it supports everything done on the bridge so far,", "Mr Ashby"),
        ("The works will go on through the winter.", "Mr Ashby"),
    ]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("The Minister for Roads, Tom Ashby, welcomed the plan.", "the Prime Minister"),
        ("The Prime Minister, Jane Okafor, welcomed the plan.", "Jane Okafor"),
    ],
)
def test_the_prime_minister_is_no_other_minister(intro: str, speaker: str) -> None:
    r = parse(HEAD + intro + "\n\n“This bridge is a gift to the whole country,” the Prime Minister said.\n")
    assert [q.speaker for q in r.quotes] == [speaker]


def test_an_unnamed_spokesperson_is_the_speaker_as_printed_and_the_spokesman_after() -> None:
    r = parse(
        HEAD + "The department said today that the new bridge would open in May.\n\n"
        "“The works are on time,” a council spokesman said.\n\n"
        "“Traffic will move to the new bridge in stages,” the spokesman said.\n"
    )
    assert [q.speaker for q in r.quotes] == ["a council spokesman"] * 2
    assert [s.name for s in r.speakers] == ["a council spokesman"]


def test_a_hearings_transcript_names_its_speakers_by_labels() -> None:
    r = parse(
        HEAD + "At the hearing the Deputy Commissioner was asked about the bridge.\n\n"
        "Senator Okafor: “When will the new bridge be ready for traffic?”\n\n"
        "Deputy Commissioner Jane Roe: “We expect it to be ready by the end of May.”\n\n"
        "Senator Okafor: “Who will pay for the new road?”\n\n"
        "Deputy Commissioner: “Ratepayers.”\n\n"
        "Our response: “The bridge will open late and cost more than planned.”\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("When will the new bridge be ready for traffic?", "Okafor"),
        ("We expect it to be ready by the end of May.", "Jane Roe"),
        ("Who will pay for the new road?", "Okafor"),
        ("Ratepayers.", "Jane Roe"),
        ("The bridge will open late and cost more than planned.", None),
    ]


def test_a_telegram_in_capitals_handed_over_with_a_dash_is_quoted_paragraph_by_paragraph() -> None:
    r = parse(
        HEAD + "Mr Ashby sent the following telegram to the Premier today -\n\n"
        '"WELCOME YOUR PLAN FOR THE NEW BRIDGE BUT REGRET THE DELAY.\n\n'
        "“TOWN CANNOT WAIT ANOTHER YEAR.\n\n"
        '"URGE YOU TO START THE WORKS THIS SUMMER."\n\n'
        "The council will meet again in May to read the “Bridge Works Report”.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("WELCOME YOUR PLAN FOR THE NEW BRIDGE BUT REGRET THE DELAY.", "Mr Ashby"),
        ("TOWN CANNOT WAIT ANOTHER YEAR.", "Mr Ashby"),
        ("URGE YOU TO START THE WORKS THIS SUMMER.", "Mr Ashby"),
    ]


@pytest.mark.parametrize(
    "printed",
    [
        '"The bridge is open," Mr Ashby said, "and traffic will flow."',
        '"The bridge is open", Mr Ashby said, "and traffic will flow."',  # the comma outside
        "“The bridge is open”, said Mr Ashby, “and traffic will flow.”",
    ],
)
def test_a_quote_split_by_its_attribution_is_two_quotes_by_one_speaker(printed: str) -> None:
    r = parse(HEAD + "The council met this morning.\n\n" + printed + "\n")
    assert [(q.text.rstrip(","), q.speaker) for q in r.quotes] == [
        ("The bridge is open", "Mr Ashby"),
        ("and traffic will flow.", "Mr Ashby"),
    ]


def test_a_surname_before_a_role_with_an_article_is_the_speaker_not_the_person_named_before() -> None:
    r = parse(
        HEAD + "The chief engineer, Tom Ashby, thanked the Mayor, Jane Roe, at the opening today.\n\n"
        "“It will carry traffic from next week,” Ashby, the chief engineer, said.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


@pytest.mark.parametrize("verb", ["exclaimed", "conceded", "countered", "joked", "maintained"])
def test_more_speech_verbs(verb: str) -> None:
    r = parse(HEAD + f"“It will carry traffic from next week!” Tom Ashby {verb}.\n")
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_a_quote_under_a_report_that_ends_with_its_attribution_is_that_persons() -> None:
    r = parse(
        HEAD + "The closure of the old bridge is the wrong answer to the traffic problem, Senator Jane"
        " Okafor said today.\n\n"
        "“The council has had ten years to repair it and has done nothing.\n\n"
        "“Now the people of the east bank will pay for that.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor", "Jane Okafor"]


def test_a_quote_under_reported_speech_without_that_is_the_reporters_not_the_last_speakers() -> None:
    r = parse(
        HEAD + "“It is a great day for the town,” said Jane Roe.\n\n"
        "Tom Ashby said the works had been hard.\n\n"
        "“We had two floods in the first winter.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Roe", "Tom Ashby"]


def test_a_relative_clause_after_a_name_is_no_speaker() -> None:
    r = parse(
        HEAD + "The bridge opened today.\n\n"
        "Ann Lee, who chairs the Lakeview Cycling Club, said: “At last cyclists can cross safely.”\n"
    )
    assert [q.speaker for q in r.quotes] == ["Ann Lee"]


def test_an_age_after_a_surname_is_no_part_of_the_phrase() -> None:
    r = parse(HEAD + "The bridge opened today.\n\n“At last cyclists can cross safely,” Lee, 54, told the Post.\n")
    assert [q.speaker for q in r.quotes] == ["Lee"]


@pytest.mark.parametrize(
    ("tail", "notes"),
    [
        # after the story, a NOTE: line is a note to editors
        (
            "NOTE: Photographs of the opening are available on request.\n",
            ["Photographs of the opening are available on request."],
        ),
        # inside the story, it is the story's own
        (
            "NOTE: Each entrant may send up to three photographs.\n\nEntries close at noon on the last"
            " Friday of May, and the council will show the winning pictures in the town hall in June.\n",
            [],
        ),
        ("For editors\n\nThe bridge cost £12m. It is 200m long.\n", ["The bridge cost £12m. It is 200m long."]),
    ],
)
def test_a_note_line_counts_after_the_story_only_and_for_editors_is_a_notes_heading(
    tail: str, notes: list[str]
) -> None:
    body = (
        "The council today opened the new bridge over the river after two years of work by local engineers.\n\n"
        "“It will carry traffic from next week,” said Tom Ashby, the chief engineer.\n\n"
    )
    r = parse(HEAD + body + tail)
    assert [n.text for n in r.notes] == notes


def test_a_name_after_a_role_in_lower_case_is_the_speaker_not_the_body_before_it() -> None:
    r = parse(HEAD + "“The bridge is open to all traffic now,” said Ashby Works chief executive Tom Ashby.\n")
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_pull_quote_signed_on_the_line_under_it(gap: str) -> None:
    r = parse(
        HEAD
        + "The bridge opened today.\n\n“The bridge is open to all traffic now.”"
        + gap
        + "— Tom Ashby, chief engineer\n"
    )
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


@pytest.mark.parametrize("lead", ["> ", ""])
def test_a_quote_whose_opening_mark_was_lost_under_a_speakers_label(lead: str) -> None:
    r = parse(
        HEAD + "The bridge opened today after two years of work.\n\n"
        "Jane Roe, Lakeview Harbour Board President:\n\n"
        f"{lead}The new bridge is an important step towards a safer harbour for everyone who works on it.”\n\n"
        "The bridge has cost £12m, a third of it from the harbour board.\n"
    )
    assert [(q.text[:15], q.speaker) for q in r.quotes] == [("The new bridge ", "Jane Roe")]


def test_a_closing_mark_read_by_ocr_as_a_capital_after_a_comma() -> None:
    r = parse(
        HEAD + ' "To close the old bridge before the new one opens would cut the east bank off for a month,M'
        " Independent Senator Jane Okafor, spokesperson on Roads, Ports and Harbours said today.\n\n"
        ' "The town cannot be cut off for a month." Senator Okafor said.\n'
    )
    assert [(q.text[-10:], q.speaker) for q in r.quotes] == [
        ("r a month,", "Jane Okafor"),
        ("r a month.", "Jane Okafor"),
    ]


def test_a_subject_with_a_long_role_between_commas_before_said() -> None:
    r = parse(
        HEAD + "“The town cannot be cut off for a month,” Senator Jane Okafor, spokesperson on Roads, Ports and"
        " Harbours in the Senate, said.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Okafor"]


def test_a_quotation_in_a_page_title_printed_again_in_the_headline_is_one_quote() -> None:
    headline = "ICYMI — Lakeview Post: “The harbour board has turned the port around in a year, and it shows.”"
    r = parse(
        f"{headline} | Lakeview Harbour Board\nSkip to main content\nPress Release\n{headline}\nJune 09, 2025\n"
        "The Lakeview Post looked at the board's first year in an editorial over the weekend and praised its"
        " work on the port.\n"
    )
    assert [q.text for q in r.quotes] == ["The harbour board has turned the port around in a year, and it shows."]


def test_a_term_whose_closing_mark_was_lost_is_no_quote() -> None:
    r = parse(
        HEAD + 'The board is the first to join the Ashby Works "Harbour One programme, which gives young firms a'
        " fast way to test their ideas on the port.\n\n"
        "“It is a great chance for the town,” said Jane Roe.\n"
    )
    assert [q.text for q in r.quotes] == ["It is a great chance for the town,"]


@pytest.mark.parametrize("verb", ["further adds", "further added", "also adds"])
def test_a_speech_verb_after_further_is_the_verb_not_a_noun(verb: str) -> None:
    text = (
        HEAD + "Lakeview resident Tom Ashby says, “The harbour wall is too low for the winter storms.”"
        f" Lakeview resident Jane Roe {verb}, “The council has not answered any of my letters.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "Jane Roe"]
    # a noun after it is still none: ``In further comments, X stressed: …``
    r = parse(HEAD + "In further comments, Tom Ashby stressed: “The harbour wall is too low for the storms.”\n")
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_a_surname_takes_its_full_name_from_the_contacts_or_a_letterhead_in_capitals() -> None:
    # the story names the speaker by surname only; the contact line under it in full
    text = (
        "PRESS RELEASE\n\nHARBOUR WALL MUST BE RAISED\n\n"
        '"The harbour wall is too low for the winter storms," Senator Okafor said today.\n\n'
        '"The council must act before the next winter comes."\n\n'
        "FOR FURTHER INFORMATION CONTACT:\n\nSenator Jane Okafor 02 6277 0000\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Okafor", "Jane Okafor"]
    # ... or the letterhead above it prints it in capitals
    text = (
        "MEDIA RELEASE SENATOR JANE OKAFOR SHADOW MINISTER FOR PORTS\n\nHARBOUR WALL MUST BE RAISED\n\n"
        '"The harbour wall is too low for the winter storms," Senator Okafor said today.\n'
    )
    assert [q.speaker for q in parse(text).quotes] == ["Jane Okafor"]
    # a name with no title after the story is no one's full name: a body stays unnamed
    text = (
        "LAKEVIEW - Harbour Ports (“the Company”), a leading Lake-Region port operator, today announced"
        " that the Company will open two new berths.\n\nAbout Harbour Ports\n\nRanked among the 500"
        " Fast-growing Lake-Region Companies, we run the largest port in the state.\n"
    )
    assert [q.speaker for q in parse(text).quotes if q.speaker] == []


def test_an_ocr_double_full_stop_after_an_honorific_and_initials_in_a_capitals_letterhead() -> None:
    text = (
        "PRESS STATEMENT BY THE MINISTER FOR PORTS,\n\nTHE HON. J.R. OKAFOR, M.P.\n\n"
        "The harbour wall will be raised by a metre before the winter, the Minister said today.\n\n"
        '"The wall will be raised before the storms come", Mr.. Okafor said.\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["J.R. Okafor"]


def test_an_honorifics_full_stop_ends_no_sentence_and_a_role_may_follow_the_name_unset_off() -> None:
    text = (
        HEAD + "“The harbour wall is too low for the storms,” Dr. Jane Okafor Chief Medical Officer of Harbour"
        " Works, Inc. stated. “The board will raise it by a metre before the winter.”\n\n"
        "Of the plan, Rep. Ashby said, “The town has waited long enough for a safe harbour.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Dr. Jane Okafor", "Dr. Jane Okafor", "Ashby"]


def test_a_clause_in_capitals_at_a_sentences_start_names_no_speaker() -> None:
    text = (
        HEAD + "What I told the board was that the council would “want the plans for the wall in hand before it"
        " decides anything about the harbour works.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == [None]
    assert not r.speakers


def test_a_quote_whose_closing_mark_ocr_lost_ends_before_its_attribution() -> None:
    text = (
        "HARBOUR FAMILY ADMITTED\n\nA family of five will be admitted on compassionate grounds, the Minister for"
        " Ports, Mr. Okafor, announced today.\n\n"
        "\"Once the sponsors had signed for the family's care, I could approve the visas,"
        " Okafor said.\n"
    )
    r = parse(text)
    assert [(q.text.split()[-1], q.speaker) for q in r.quotes] == [("visas,", "Mr. Okafor")]


def test_a_quote_whose_closing_mark_and_comma_ocr_lost_ends_where_its_attribution_is_glued() -> None:
    # the attribution glued to the quote's last word; the quotes after it are the same voice
    text = (
        "FERRY CUTS QUESTIONED\n\nThe party wants the winter ferry cuts looked at again.\n\n"
        "\u201cThe cuts leave the island families with one crossing a day when the storms"
        " comeShadow  Ports  Minister Jane Okafor said. .\n\n"
        "\u201cWe will ask the council to hear from the island families first.\u201d\n"
    )
    r = parse(text)
    assert [(q.text.split()[-1], q.speaker) for q in r.quotes] == [
        ("come", "Jane Okafor"),
        ("first.", "Jane Okafor"),
    ]


def test_an_attribution_that_closes_a_run_of_quote_paragraphs_names_them_all() -> None:
    text = (
        "HARBOUR BOARD PRESSED ON WALL\n\nSenator Jane Okafor today criticised the harbour board for its delay.\n\n"
        "\"The board has had the engineers' report for months and has done nothing with it.\n\n"
        '"What is the point of a report if the board will not read it?\n\n'
        '"The town cannot wait another winter for a wall," Senator Okafor concluded.\n\n'
        "The board meets again next week.\n\n"
        '"Nobody has told us when the work will start at all, and the storms are coming."\n\n'
        "The council asked the board for a date.\n\n"
        '"We will write again," Senator Okafor said.\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Okafor"] * 3 + [None, "Jane Okafor"]


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Residents were angry at the delay.\n\n“We have waited years for this wall.”", None),  # not the run
        # attributed to no one named: the description as printed, never the mayor after it
        ("“We have waited years for this wall,” one resident said.", "one resident"),
    ],
)
def test_a_quote_paragraph_not_in_the_speakers_run_is_not_the_next_speaker_s(first: str, speaker: str | None) -> None:
    text = HEAD + first + "\n\n“The council will act this month,” Mayor Jane Roe said.\n"
    assert [q.speaker for q in parse(text).quotes] == [speaker, "Jane Roe"]


def test_a_paragraph_that_hands_over_to_someone_unnamed_stops_the_sole_speaker_guess() -> None:
    text = (
        "HARBOUR BOARD NAMED TOP EMPLOYER\n\n"
        "“We know that taking care of our crews helps us serve the town,” said Jane Okafor, Chair of the Board.\n\n"
        "Crews describe the board as a place where they are trusted and supported:\n\n"
        "“I feel valued here. The board looks out for the people who work on the water.”\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Okafor", None]


def test_the_object_of_a_call_for_is_no_quote() -> None:
    # ``calls for`` makes a demand; ``called it`` still attributes a partial quote
    text = (
        "HARBOUR WALL\n\nThe board's silence on the engineers' findings calls for a 'full and frank"
        " account' from its chair.\n\nMayor Jane Okafor called it 'a disaster for the town'.\n"
    )
    r = parse(text)
    assert [(q.text, q.speaker) for q in r.quotes] == [("a disaster for the town", "Jane Okafor")]


def test_the_minister_is_the_person_printed_beside_a_list_of_portfolios() -> None:
    text = (
        "HARBOUR SCHEME WORKS\n\nThe Minister for Roads, Ports and Harbours, Mr Tom Ashby, said today the"
        " volunteer crews had towed more boats to safety than in any winter before.\n\n"
        '"The crews went out in weather that kept the ferries in port," Mr Ashby said.\n\n'
        '"The town owes every one of them its thanks," the Minister said.\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Mr Tom Ashby", "Mr Tom Ashby"]
    assert [(s.name, s.role) for s in r.speakers] == [("Mr Tom Ashby", "Minister for Roads, Ports and Harbours")]


def test_a_speaker_label_on_the_last_line_of_a_run_on_paragraph_names_the_quotes_under_it() -> None:
    # a PDF's lines one blank line apart: the date line and a stray word ran on into the label
    text = (
        " Jane Roe   Lakeview Party\n\n Harbour Wall Statement\n\n Media Release | Spokesperson Jane Roe\n\n"
        " Thursday 9th May 2013, 2:15pm \n\n in  \n\n"
        " Senator Jane Roe, Lakeview Party Spokesperson on Harbours: \n\n"
        ' "Moving the ferries to the north quay would leave the island families a long walk in every storm. \n\n'
        ' "The council should keep the south quay open until the new shelter is built there. \n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Roe", "Jane Roe"]


def test_a_paragraph_that_reports_speech_between_two_open_quotes_is_no_quote() -> None:
    # the first quote paragraph is left open and the one after the narration opens again;
    # the narration is the story's, not the rest of the quote
    text = (
        "HARBOUR BERTHS ANNOUNCED\n\nThe harbour will have 120 new berths next year, the Minister for Ports,"
        " Tom Ashby, announced today.\n\n"
        "\u201cThe first forty will go to the fishing fleet, and the rest to the ferries and the pilots.\n\n"
        "Mr Ashby said the berths on the north quay would be dredged first, in the spring.\n\n"
        "\u201cLakeview has waited a long time for a harbour that can take the whole fleet in a storm.\n"
    )
    r = parse(text)
    assert [q.text.split()[0] for q in r.quotes] == ["The", "Lakeview"]


def test_a_straight_mark_speck_before_the_real_opening_mark_is_no_mark() -> None:
    text = (
        "HARBOUR LETTER\n\nMr. Okafor said the board had the engineers' findings.\n\n"
        '"The findings reached my office on Friday, and the chair has had them for a month.\n\n'
        '"  "Still the board will not say when the wall will be raised."\n'
    )
    r = parse(text)
    assert [(q.text, q.speaker) for q in r.quotes][-1] == (
        "Still the board will not say when the wall will be raised.",
        "Mr. Okafor",
    )


def test_an_opening_mark_that_ends_its_line_runs_its_quote_on_to_the_next() -> None:
    # (only a mark with a space and more text after it on its line is an OCR speck)
    text = (
        "HARBOUR\n\nThe Minister for Roads, Tom Ashby, said: \u201c\nThe plan for the harbour wall\n"
        "will be ready by June,\u201d he added.\n"
    )
    r = parse(text)
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The plan for the harbour wall will be ready by June,", "Tom Ashby")
    ]


def test_quotes_after_ocr_specks_in_a_typescripts_margin_open_their_paragraphs() -> None:
    # ``i  J "…``: single characters alone before the mark are specks, not a word before a term
    text = (
        "HARBOUR PILOTS\n\nThe Minister for Ports, Tom Ashby, said today the pilots would be trained in Lakeview.\n\n"
        '1  "Our skippers know the river better than any school in the country," Mr\n\n I Ashby said.\n\n'
        'i  J "A panel of skippers found that the channel needs two more pilots on every tide.\n\n'
        '"Nobody doubts the town can train them here, and keep them here.\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Tom Ashby", "Tom Ashby", "Tom Ashby"]


def test_a_heading_glued_to_a_quotes_close_and_the_next_sentence_names_no_one() -> None:
    # a scraper dropped the line breaks around a heading: ``…claims.”Next StepsJane Roe …``;
    # ``StepsJane`` is two words glued, no name, and what follows the close no attribution
    text = (
        "# Court Clears Lakeview Ferry Founder Jane Roe\n\n"
        "Lakeview, OR (Newswire) Thursday Apr 17, 2025 \u2014 A court has dismissed every claim against Jane Roe,"
        " founder of Lakeview Ferries.\n\n"
        "\u201cI was right to fight this all the way,\u201d said Roe. \u201cNow I can get back to"
        " running the ferries.\u201dNext StepsJane Roe founded the company in 2019 and runs its four boats.\n\n"
        "\u201cThe judge has ruled,\u201d stated Roe. \u201cThe claims are gone for good.\u201dRoe\u2019s Own Claims"
        " OnwardWith the case over, Roe will now press her own claims against the ferry board.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Roe"] * 4
    assert [s.name for s in r.speakers] == ["Jane Roe"]


def test_a_heading_glued_to_a_quotes_close_is_no_subject_of_the_speech_verb_after_it() -> None:
    # ``…dealings.”Roe’s Claims ProceedWith the board’s claims now dismissed, …``: the glued
    # heading and the words after it read as ``X claims``, but ``ProceedWith`` is two words
    # glued, not an attribution; the quote is the speaker's named inside its paragraph
    text = (
        "# Court Clears Lakeview Ferry Founder Jane Roe\n\n"
        "Lakeview, OR (Newswire) Thursday Apr 17, 2025 \u2014 A court has dismissed every claim against Jane Roe,"
        " founder of Lakeview Ferries.\n\n"
        "\u201cThe court has spoken clearly,\u201d stated Roe. \u201cThe board's claims have been dismissed, as I"
        " always said they would be.\u201dRoe\u2019s Claims ProceedWith Lakeview Board\u2019s claims now dismissed,"
        " the focus shifts to Roe\u2019s own claims against the ferry board.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Roe", "Jane Roe"]
    assert [s.name for s in r.speakers] == ["Jane Roe"]


def test_a_body_of_two_words_before_a_role_in_lower_case_and_one_in_capitals_is_no_speaker() -> None:
    # ``Harbour Light founder and CEO Tom Ashby``: the name follows both roles; ``CEO`` is part
    # of the role, no organisation
    text = (
        "# Harbour Light Raises Seed Round\n\n"
        "“We built Harbour Light to fix harbour logistics,” said Harbour Light founder and CEO Tom"
        " Ashby, who previously ran Lakeview Freight.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]
    assert [(s.name, s.role, s.organisation) for s in r.speakers] == [
        ("Tom Ashby", "Harbour Light founder and CEO", None)
    ]


def test_a_brand_in_camel_case_in_the_role_after_the_name_is_no_glued_heading() -> None:
    # ``Tom Ashby, HarbourSquare CEO, said``: a brand written in one word with two capitals;
    # only a glued word before the name marks a heading run into the sentence
    text = (
        "# Harbour Survey Finds Slower Trade\n\n“Trade slowed this winter,” Jane Roe said.\n\n"
        "“Skippers used to ask, 'Where is the berth?'\" Tom Ashby, HarbourSquare CEO, said."
        ' "Now they ask what the berth costs.”\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Roe", "Tom Ashby", "Tom Ashby"]


def test_a_sentence_adverb_before_a_comma_is_no_surname() -> None:
    # ``Additionally, … 80% of skippers said they “…”``: no one is named
    text = (
        "# Harbour Survey Finds Slower Trade\n\n“Trade slowed this winter,” Jane Roe said.\n\n"
        "Additionally, skippers are aware of the rising costs. 80% of skippers said they"
        " “believe that berth fees will rise again before the summer season opens.”\n"
    )
    r = parse(text)
    assert [s.name for s in r.speakers] == ["Jane Roe"]
    assert r.quotes[-1].speaker is None


def test_quoted_terms_listed_in_a_sentence_are_no_quotes() -> None:
    # each item is long enough to count as speech on its own; listed with its neighbours
    # and attributed to no one, it is a term
    text = (
        "# Harbour Survey Finds Slower Trade\n\n"
        "Skippers ranked “berth fees,” “the hours of the harbour office,” and “the time it takes to"
        " unload a boat at the quay,” as their three main complaints this winter.\n"
    )
    assert parse(text).quotes == ()


def test_a_name_after_said_with_a_description_longer_than_a_sentence_is_the_speaker() -> None:
    # ``said X, M.D., Ph.D., chair of … and associate professor of … at …``: thirty words and
    # more after the verb; the name opens them
    text = (
        "# Shorter Shifts May Cut Injuries\n\n“Crews sleep better,” said lead author Jane Roe.\n\n"
        "“Shorter shifts are a cheap way to keep crews safe,” said Tom A. Ashby, M.D., Ph.D., chair of"
        " the Lakeview Harbour Safety Board Committee on Crew Health and Working Hours and associate"
        " professor of occupational medicine at the Lakeview School of Medicine at the University of"
        " Lakeview. Ashby had no part in the study.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Jane Roe", "Tom A. Ashby"]


def test_a_typescripts_attribution_split_by_its_blank_lines_is_read_across_them() -> None:
    # lines a blank line apart: the verb (typed with a capital) ends one paragraph and the
    # name opens the next; the comma after the close ends another and ``said …`` follows
    text = (
        " PRESS RELEASE FROM JIM ROE, MP, SHADOW MINISTER FOR PORTS\n\n"
        ' HARBOUR DUES MUST NOT RISE AGAIN "It is wrong that the harbour board has raised its dues'
        ' twice in one year", Said \n\n Mr Jim Roe, the Shadow Minister for Ports.\n\n'
        ' "It is unfair that skippers from the outer islands should pay the same dues as the'
        ' container lines", \n\n said Mr Roe.\n'
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Mr Jim Roe", "Mr Jim Roe"]


def test_a_wires_paragraphs_and_subheadings_run_together_three_spaces_apart() -> None:
    # one paragraph holds the story: subheadings and paragraphs set three spaces apart; each
    # speaker is the subject of the sentence before the quote, not the paragraph's first
    # speaker nor a subheading's capitalised words
    text = (
        "# Lakeview Port Marks Its Centenary\n\n"
        "LAKEVIEW - [Wire](https://wire.example.com/) - 16 March 2026 - Lakeview Port opened its centenary"
        " year today.   A Century on the Water   In her address, Chair Jane Roe looked back on the port's"
        ' history.   "The port was built by people who believed in the town," Chair Roe said. "We owe them'
        ' the next hundred years."   Work on the Quays   Mr. Tom Ashby praised the crews who kept the'
        ' port open. "Without the port the towns of this coast would have emptied long ago, and we'
        ' know it," he stated.   Looking Forward to the Next Hundred Years   Prof. Ann Okafor'
        ' remarked on the years ahead. "A hundred years is a fine age for a harbour, and we mean to'
        ' keep it working for a hundred more."\n'
    )
    r = parse(text)
    # (an honorific may stay on a name; the scorer ignores it)
    assert [q.speaker for q in r.quotes] == ["Jane Roe", "Jane Roe", "Mr. Tom Ashby", "Prof. Ann Okafor"]


def test_a_name_printed_in_full_only_in_its_possessive_is_the_fullest_mention() -> None:
    # ``When Tom Ashby’s father …``: the full name is printed there, with its ``’s``
    text = (
        "# A Skipper's Journey with Harbour Homes\n\n"
        "When Tom Ashby’s father retired from the fleet, the family boat had to be sold.\n\n"
        "“Selling the boat went far better than I feared,” said Ashby.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Tom Ashby"]


def test_a_quoted_title_before_a_verb_of_intent_is_no_quote() -> None:
    # ``“The Harbour Hour” on Lakeview TV promises to bring …``: a show's title, no speech
    text = (
        "# Lakeview TV Adds a Daily Harbour Programme\n\n"
        '"The Harbour Hour With Jane Roe and Her Crew" on Lakeview TV promises to bring the fleet'
        " news to every town along the coast.\n"
    )
    assert parse(text).quotes == ()
    # a speech verb before ``to`` and its listener still attributes
    said = parse("# Harbour Board Votes\n\n“The quay will open in May.” Jane Roe said to reporters on the quay.\n")
    assert [q.speaker for q in said.quotes] == ["Jane Roe"]


def test_an_honorific_inside_a_run_of_capitalised_words_starts_the_name() -> None:
    # a journal's name (``LHJ Open``) run into ``Dr Jane Roe's`` (a hard-wrapped links line): the name
    # starts at the honorific, so the speaker stays the name the story prints
    text = (
        "# Crews Who Lose a Shipmate Need Support\n\n"
        "“Our results show how deeply a loss at sea touches the crew,” says study author Dr Jane Roe"
        " (Lakeview University).\n\n"
        "The study was published in LHJ Open Dr Jane Roe's team will present it in May.\n\n"
        "“Skippers can help by talking about it,” Dr Roe said.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Dr Jane Roe", "Dr Jane Roe"]


def test_a_hearings_turn_after_a_full_line_of_a_double_spaced_page_opens_its_own_paragraph() -> None:
    # a PDF's lines a blank line apart and its paragraphs two apart: a line that fills the
    # width goes on past one blank line, but not into a turn of a hearing (``Name: “…``)
    import textwrap

    story = [
        "The Harbour Board told a Senate committee this week that its dredging contracts for the eastern"
        " quay were signed without an open tender, and that no review of them has begun since the spring.",
        "The contracts for the western quay have not been finalised either, with the Board failing to follow"
        " the Auditor's advice to run open tenders that ensure value for money and basic standards.",
        "Skippers have waited two seasons for the channel to be dredged, and the Board still cannot say when"
        " the work will start or what it will cost the town and the fleet that depends on the harbour.",
        ["Senator Ashby: “Did the board put that contract out to tender?”", "Mr Tom Okafor: “Only to one firm.”"],
        [
            "Secretary Lane was unable to say whether anyone had ever told the Minister of them.",
            "Secretary Lane: “I would have to check whether the Minister saw the contract.”",
        ],
        "The Board must now answer for the contracts before the dredging season begins in the spring, and"
        " the Minister must explain why he was not told about them before the Estimates hearing this week.",
    ]
    blocks = ["JANE ROE MP", "SHADOW MINISTER FOR PORTS", "HARBOUR BOARD FAILS TO ANSWER FOR ITS DREDGING CONTRACTS"]
    for part in story:
        lines = part if isinstance(part, list) else textwrap.wrap(part, 84)
        blocks.append(" \n\n ".join(lines))
    text = " " + " \n\n \n\n ".join(blocks) + " \n"
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Ashby", "Mr Tom Okafor", "Lane"]


def test_expressed_is_a_speech_verb() -> None:
    text = "# Lakeview Port Opens Hub\n\n“We build for the fleet first and the rest follows,” expressed CTO Jane Roe.\n"
    assert [q.speaker for q in parse(text).quotes] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("between", "found"),
    [
        # the quote's attribution on a line of its own, then the rest with its opening lost
        ("said Harbour Master Jane Roe.\n\n", True),
        ("", True),  # right after the quote
        # the story's own paragraph between: the closing mark closes nothing we can place
        ("The board meets again in June to decide on the fees for the new berths.\n\n", False),
    ],
)
def test_a_closing_mark_alone_after_a_quote_closes_its_continuation(between: str, found: bool) -> None:
    text = (
        HEAD + "“The harbour and the county have agreed the plan for the new berths,”\n\n" + between
        + "Our crews will start on the eastern berths in the first week of June.”\n"
    )
    quotes = [(q.text, q.speaker) for q in parse(text).quotes]
    rest = ("Our crews will start on the eastern berths in the first week of June.", "Jane Roe")
    assert (rest[0] in [t for t, _ in quotes]) is found
    if found and between:
        assert rest in quotes


def test_of_two_full_names_as_long_the_story_s_own_printing_names_the_speaker() -> None:
    # OCR misread the letterhead's name; the story prints it right
    text = (
        "Media Release  Senator the Hon Jqne Okafor  Minister for Harbours\n\n"
        "New berths open at the eastern quay\n\n"
        "Two new berths opened at the eastern quay this week, Minister for Harbours Jane Okafor said today.\n\n"
        "“The berths will take the largest ferries on the coast,” Senator Okafor said.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Okafor"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # the name, then its post with no comma, going on after the capitalised words
        ("said Jane Roe Founder & CEO of Harbour Labs.", ("Jane Roe", "Founder & CEO", "Harbour Labs")),
        ("said Tom Ashby President of the Rowing Club.", ("Tom Ashby", "President", "Rowing Club")),
        # a post before a person's name: the name is the person's
        ("said Harbour Air CEO and President Jane Roe.", ("Jane Roe", "Harbour Air CEO and President", None)),
        # a run that ends on its post names a body
        ("said Lakeview Fire Chief.", ("Lakeview Fire Chief", None, None)),
        ("said Lakeview Fire Chief of the county.", ("Lakeview Fire Chief", None, None)),
    ],
)
def test_a_name_then_its_post_without_a_comma(attribution: str, speaker: tuple[str, str | None, str | None]) -> None:
    r = parse(HEAD + "“The new boats will be in the water by June,” " + attribution + "\n")
    assert [(s.name, s.role, s.organisation) for s in r.speakers] == [speaker]


def test_a_straight_mark_glued_to_the_attribution_s_full_stop_opens_the_next_part() -> None:
    # the typist's space on the wrong side of the mark: ``Trust." The``
    r = parse(
        HEAD + '"The berths are ready for the summer," said Jane Roe, Chair of the Harbour Trust."'
        ' The ferries will start on the first of June."\n'
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The berths are ready for the summer,", "Jane Roe"),
        ("The ferries will start on the first of June.", "Jane Roe"),
    ]


def test_a_plural_possessive_after_a_short_opening_does_not_close_a_double_quoted_quote() -> None:
    r = parse(HEAD + "“Ross’ team will lead the work on the new berths,” said Jane Roe.\n")
    assert [q.text for q in r.quotes] == ["Ross’ team will lead the work on the new berths,"]


@pytest.mark.parametrize(
    ("closing", "speakers"),
    [
        # one quote over three paragraphs, each left open: the closing paragraph's speaker
        ("", ["Jane Roe"] * 3),
        # paragraphs each closed are quotes of their own: none is the last one's
        ("”", [None, None, "Jane Roe"]),
    ],
)
def test_a_quote_left_open_over_paragraphs_is_the_closing_paragraph_s(closing: str, speakers: list[str | None]) -> None:
    text = (
        "Harbour booklet launched\n\n"
        "The Minister for Harbours, Jane Roe, today launched the new booklet on the eastern quay.\n\n"
        "The booklet was printed for the summer season and will be handed out on the ferries.\n\n"
        f"“The harbour welcomes more than two million passengers in a good year.{closing}\n\n"
        f"“Each of them deserves to know where the ferries go and when they leave the quay.{closing}\n\n"
        "“That is what this booklet is for,” Ms Roe said.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == speakers


@pytest.mark.parametrize("participle", ["telling the board", "declaring", "replying to the board", "recalling"])
def test_a_short_quote_after_a_participle_of_speech_is_the_subject_s(participle: str) -> None:
    r = parse(HEAD + f"Jane Roe was firm when questioned at the meeting, {participle}: “That is not my plan.”\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [("That is not my plan.", "Jane Roe")]
    assert [(s.name, s.role) for s in r.speakers] == [("Jane Roe", None)]


def test_an_article_before_a_body_s_name_is_no_role() -> None:
    r = parse(
        HEAD + "Over the weekend, the\nHarbour Times looked at the first six months of the quay, concluding it "
        "“has done more for the town than anyone expected,” as the board hoped.\n"
    )
    assert [(s.name, s.role) for s in r.speakers] == [("Harbour Times", None)]


@pytest.mark.parametrize("post", ["County Prosecutor", "Coroner", "Chief Magistrate", "Ombudsman", "Auditor"])
def test_a_post_before_the_name_is_no_part_of_it(post: str) -> None:
    r = parse(HEAD + f"“The harbour accounts are in order,” said Lakeview {post} Ann Marsh.\n")
    assert [q.speaker for q in r.quotes] == ["Ann Marsh"]


def test_two_single_marks_close_a_double_quoted_quote_as_a_typewriter_did() -> None:
    r = parse(HEAD + "\"The board has changed its plans lately,'' Senator Jane Roe said. \"It must explain why.\"\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The board has changed its plans lately,", "Jane Roe"),
        ("It must explain why.", "Jane Roe"),
    ]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Family members stood outside after the verdict and left the court together.", "Family members"),
        ("The residents of the quay gathered outside the hall before the meeting began.", "The residents"),
        # no group opens the sentence before: ``they`` names no one
        ("The verdict was read out shortly after noon in a crowded court on Monday.", None),
    ],
)
def test_they_said_after_a_group_that_opens_the_sentence_before(before: str, speaker: str | None) -> None:
    first = "“We are glad it is over,” said Prosecutor Jane Roe.\n\n"
    text = HEAD + first + before + "\n\n“Justice at last,” they said.\n"
    assert [q.speaker for q in parse(text).quotes][-1] == speaker


def test_an_attribution_broken_at_a_link_over_two_lines() -> None:
    # a page that breaks its lines at each link: the county on a line of its own above the
    # attribution, and the quote's next part under it with its opening mark lost
    r = parse(
        HEAD + "“The harbour was rebuilt by people who never gave up on it,”\n"
        "Lakeview County\n"
        "Prosecutor Jane Roe said.\n"
        "We will keep the quay open all year. I hope the town will use it well.”\n"
        "The prosecutor thanked the harbour staff.\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The harbour was rebuilt by people who never gave up on it,", "Jane Roe"),
        ("We will keep the quay open all year. I hope the town will use it well.", "Jane Roe"),
    ]


@pytest.mark.parametrize(
    ("post", "role"),
    [
        ("Lakeview County District Attorney", "Lakeview County District Attorney"),
        ("Police Chief", "Police Chief"),
        ("State’s Attorney", "State’s Attorney"),
        ("Attorney General", "Attorney General"),
    ],
)
def test_a_surname_alone_after_a_post_that_holds_a_body_s_word(post: str, role: str) -> None:
    # (``Attorney`` and ``Police`` name bodies too; the post had been kept in the name)
    r = parse(HEAD + f"“The harbour accounts are in order,” said {post} Marsh.\n")
    assert [(s.name, s.role) for s in r.speakers] == [("Marsh", role)]


def test_a_body_s_name_is_no_post_before_a_surname() -> None:
    r = parse(HEAD + "“The harbour accounts are in order,” said Harbour Police Marsh.\n")
    assert [s.name for s in r.speakers] == ["Harbour Police Marsh"]


def test_an_ocr_speck_read_as_a_single_mark_opens_no_quote() -> None:
    # (the speck, spaced on both sides, had opened a quote that a plural possessive closed;
    # and a speck read as a full stop had cut the reported sentence, leaving the quote under
    # it with no speaker)
    r = parse(
        HEAD + "The Minister for Ports, Mr. W.L. Ashby, said in Lakeview today that work had begun.\n\n"
        "‘  Mr. Ashby said that the plain counts of\n\n x  .  harbour works left out what the crews had done.\n\n"
        '"The towns along the quay know best how hard the crews have worked."\n'
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The towns along the quay know best how hard the crews have worked.", "Mr. W.L. Ashby")
    ]


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("Senator Jane Roe Leader of the Lakeview Party", ("Jane Roe", "Leader", "Lakeview Party")),
        ("Deputy Mayor Jane Roe Minister for Ports", ("Jane Roe", "Minister for Ports", None)),
        # a body's post, the person named after it
        ("the Harbour Board's Secretary for Ports, Mrs Jane Roe", ("Mrs Jane Roe", None, None)),
    ],
)
def test_a_title_a_name_and_a_post_with_no_comma(who: str, speaker: tuple[str, str | None, str | None]) -> None:
    r = parse(HEAD + f"“The harbour accounts are in order,” said {who}.\n")
    assert [(s.name, s.role, s.organisation) for s in r.speakers] == [speaker]


def test_a_straight_double_mark_inside_a_word_is_an_ocr_speck() -> None:
    # (it had opened a quote, closed by the next speck)
    r = parse(
        " Harbour works\n\n The works began today, Mr Ashby said.\n\n"
        ' The harbour at Lake C"JTY will open next year, he said, and the ferry will run in 196" too.\n'
    )
    assert r.quotes == ()


@pytest.mark.parametrize("body", ["Lakeview Party’s", "Lakeview Democrats"])
def test_a_body_named_in_the_role_after_the_name_is_not_the_speaker(body: str) -> None:
    # (``the`` before the body had read as a title in lower case, the body as the person after it)
    r = parse(HEAD + f"“The inquiry must be a wide one,” said Senator Jane Roe, the {body} spokesperson for Ports.\n")
    assert [q.speaker for q in r.quotes] == ["Jane Roe"]


@pytest.mark.parametrize(
    "who", ["the Lakeview Greens leader, Senator Jane Roe", "the Greens' Ports spokesperson, Senator Jane Roe"]
)
def test_a_body_after_the_article_before_the_name_is_not_the_speaker(who: str) -> None:
    r = parse(HEAD + f"“The inquiry must be a wide one,” said {who}.\n")
    assert [q.speaker for q in r.quotes] == ["Jane Roe"]


@pytest.mark.parametrize("who", ["Labor's Jane Roe", "the Greens' Jane Roe", "the Lakeview Party’s Jane Roe"])
def test_a_body_s_possessive_before_the_name_is_no_part_of_it(who: str) -> None:
    r = parse(HEAD + f"“The inquiry must be a wide one,” {who} said.\n")
    assert [q.speaker for q in r.quotes] == ["Jane Roe"]


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("a ferry captain who asked not to be named", "a ferry captain"),
        ("one witness", "one witness"),
        # a text, not a person: the rules go on as before
        ("a new report", "Jane Roe"),
    ],
)
def test_a_person_the_story_does_not_name_is_the_description(who: str, speaker: str) -> None:
    # (not the prosecutor quoted before: the attribution says who spoke, if not by name)
    r = parse(
        HEAD + "“The harbour is safe again for everyone,” said Prosecutor Jane Roe.\n\nThe town was glad.\n\n"
        f"“We rebuilt the workshop with our own hands,” said {who}.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Jane Roe", speaker]


@pytest.mark.parametrize(
    ("who", "role"),
    [
        ("Jane Roe, the Minister for Ports and Harbours", "the Minister for Ports and Harbours"),
        ("Jane Roe, Party spokesperson for Ports", "Party spokesperson for Ports"),
        ("Jane Roe, Director of the Harbour Trust", "Director"),
    ],
)
def test_a_portfolio_is_part_of_the_role_not_an_organisation(who: str, role: str) -> None:
    r = parse(HEAD + f"“The harbour accounts are in order,” said {who}.\n")
    assert [(s.role, s.organisation) for s in r.speakers] == [
        (role, "Harbour Trust" if role == "Director" else None)
    ]


def test_the_organization_is_the_body_the_story_has_speaking() -> None:
    # (it had been its own speaker, ``the organization``)
    r = parse(
        HEAD + "The harbour board has detained the ferries for a year, Harbour Watch International said today.\n\n"
        "“When will the board answer the town?” the organization asked.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Harbour Watch International"]


@pytest.mark.parametrize("label", ["Jane Roe, President of the Harbour Trust", "Jane Roe, Chair"])
def test_a_label_with_the_post_after_a_comma_names_the_speaker(label: str) -> None:
    r = parse(HEAD + f"{label}: “The harbour rules must be fair.”\n")
    assert [q.speaker for q in r.quotes] == ["Jane Roe"]


def test_the_commission_is_the_body_at_its_fullest_printing() -> None:
    r = parse(
        "Detention report\n\nThe Lakeview Rights Commission today released its report on detention.\n\n"
        "“The harbour rules must be fair,” the Commission said.\n"
    )
    assert [q.speaker for q in r.quotes] == ["Lakeview Rights Commission"]


def test_notes_numbered_with_no_stop_keep_their_numbers() -> None:
    text = HEAD + "Notes to editors\n1 The works cost £2m.\n2 The council has 40 staff.\n"
    assert [(n.number, n.text) for n in parse(text).notes] == [
        (1, "The works cost £2m."),
        (2, "The council has 40 staff."),
    ]
    # a note that opens with a figure is no numbered note
    text = HEAD + "Notes to editors\n\n20 People came to the first meeting.\n"
    assert [(n.number, n.text) for n in parse(text).notes] == [(None, "20 People came to the first meeting.")]


def test_a_closing_mark_printed_as_an_opening_one_at_the_paragraph_s_end() -> None:
    r = parse(
        HEAD + "“The verdict is a first,” said Jane Roe. “It shows the harbour rules can be enforced. “ \n\n"
        "The defendant will be sentenced in October.\n"
    )
    assert [q.text for q in r.quotes] == ["The verdict is a first,", "It shows the harbour rules can be enforced."]


def test_a_single_mark_typed_with_a_space_after_a_hand_over_opens_the_quote() -> None:
    # (unlike the OCR speck at a paragraph's start, spaced on both sides)
    r = parse(HEAD + "Jane Roe, Chair of the Harbour Trust, commented: ‘ _The new berths will open in May._ ’\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [("The new berths will open in May.", "Jane Roe")]


def test_of_two_printings_of_a_name_the_archive_s_spelling_of_its_creator() -> None:
    # (the story's misspelling, one letter longer, had been taken for the fullest name)
    text = (
        '---\ntitle: "Harbour works begin."\ndate: "1999-11-21"\ncreators:\n  - "Ashby, Philip"\n---\n\n'
        "  The Hon. Philip Ashby MP\n\n  Minister for Ports\n\n Harbour works begin\n\n"
        " The Minister for Ports, Phillip Ashby, said the harbour works had begun today.\n\n"
        " “The new quay will open next year,” Mr Ashby said.\n"
    )
    assert [q.speaker for q in parse(text).quotes] == ["Philip Ashby"]


def test_a_short_first_paragraph_of_a_quote_over_several_is_kept() -> None:
    # (under six words, it had been dropped as too short to be speech without an attribution)
    r = parse(HEAD + "“The inquiry must be wide.\n\n“It must hear everyone in the town,” said Jane Roe.\n")
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("The inquiry must be wide.", "Jane Roe"),
        ("It must hear everyone in the town,", "Jane Roe"),
    ]


def test_a_telegram_handed_over_with_its_colon_lost_is_its_sender_s() -> None:
    text = (
        " Mr. Tom Ashby, this afternoon, sent the following telegram to the Ports Minister\n\n"
        ' "Deeply concerned at reports on the state of the quay and the harbour wall.\n\n'
        ' My Party would support you in any repair of the wall".\n'
    )
    assert [q.speaker for q in parse(HEAD + text).quotes] == ["Mr. Tom Ashby", "Mr. Tom Ashby"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a person who owns what follows is no body that speaks
        ("A report on Tom Ashby’s death said the crossing was “never safe at night for anyone”.", None),
        # a group named by what it is doing speaks as a group, not the person named after it
        ("Detectives leading the inquiry into Tom Ashby’s death pledged to be “exploring all avenues”.", "Detectives"),
        ("Officers investigating the crash said it was “a miracle that anyone walked away”.", "Officers"),
    ],
)
def test_a_partial_quotes_speaker_is_no_possessive_named_in_its_subject(sentence: str, speaker: str | None) -> None:
    r = parse(HEAD + sentence + "\n\nThe inquiry sits again in May at the harbour office.\n")
    assert [q.speaker for q in r.quotes] == [speaker]


@pytest.mark.parametrize("gap", [" ", ""])
def test_a_closing_mark_printed_for_an_opening_one_after_a_colon(gap: str) -> None:
    r = parse(
        HEAD + "Jane Roe said:”" + gap + "We have heard from more than 200 people and want to hear from more.\n\n"
        "“In particular we want to speak to two men seen near the quay.”\n"
    )
    assert [(q.text, q.speaker) for q in r.quotes] == [
        ("We have heard from more than 200 people and want to hear from more.", "Jane Roe"),
        ("In particular we want to speak to two men seen near the quay.", "Jane Roe"),
    ]


@pytest.mark.parametrize("height", ["5’8” and 5’10”", "5'8\" and 5'10\""])
def test_an_inch_sign_after_feet_is_no_quotation_mark(height: str) -> None:
    r = parse(HEAD + "Jane Roe said: “The man is between " + height + " tall, of a slim build, with dark hair.”\n")
    assert [q.text for q in r.quotes] == ["The man is between " + height + " tall, of a slim build, with dark hair."]
