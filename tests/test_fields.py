"""The extended fields, convention by convention: each case is printed text and what it must give."""

from __future__ import annotations

import pytest

from extractor import parse
from extractor.document import Document, squash

HEAD = "Council announces new cycling strategy for the city\n\n"


def one(text: str):  # type: ignore[no-untyped-def]
    return parse(HEAD + text).to_dict()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date: Thursday, 12 May 2011\n\nThe council met today and agreed a plan for the city.", "2011-05-12"),
        ("LONDON, 3 May 2012 – The council met today and agreed the plan for cycling in the city.", "2012-05-03"),
        ("CHICAGO, June 17, 2025 /PRNewswire/ -- The council met and agreed the plan for the city.", "2025-06-17"),
        # an ordinal day in the dateline
        ("LONDON, 3rd May 2012 – The council met today and agreed the plan for cycling in the city.", "2012-05-03"),
        ("SINGAPORE - Wire Service - 18th June 2026 - The council met and agreed the plan for the city.", "2026-06-18"),
        ("Published 15.3.2012\n\nThe council met today and agreed the plan for cycling in the city.", "2012-03-15"),
        ("Updated 4 June 2019\n\nThe council met today and agreed the plan for cycling in the city.", None),
        # a date before the update's label is the release's
        (
            "Posted: 3 June 2019 | Updated: 4 June 2019\n\nThe council met and agreed the plan for the city.",
            "2019-06-03",
        ),
        ("The council met on 12 May 2011 and agreed the plan for cycling in the city of Leeds.", None),
    ],
)
def test_release_date(text: str, date: str | None) -> None:
    assert one(text)["date"] == date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between November 2010 and March 2011", "2010-11", "2011-03"),
        ("from 1 to 3 June 2011", "2011-06-01", "2011-06-03"),
        ("the year 2015-16", "2015", "2016"),
        ("financial year 2016/17", "2016", "2017"),
        ("on 2011-05-12", "2011-05-12", "2011-05-12"),
        ("on Thursday 12 May 2011", "2011-05-12", "2011-05-12"),
        # a range wrapped onto two lines
        ("from 1\nto 3 June 2011", "2011-06-01", "2011-06-03"),
        ("between November 2010\nand March 2011", "2010-11", "2011-03"),
        # a first month with the year of the second (the year before when it is later)
        ("between January and March 2025", "2025-01", "2025-03"),
        ("from November to February 2025", "2024-11", "2025-02"),
        ("January to March 2025", "2025-01", "2025-03"),
    ],
)
def test_date_mentions(text: str, start: str, end: str) -> None:
    dates = one(f"The work ran {text} in the city.")["dates"]
    assert [(d["start"], d["end"]) for d in dates] == [(start, end)]


@pytest.mark.parametrize(
    "text", ["We may see 20% more riders", "It will march on", "at 6.40pm on the road", "Tel 0800 555 111"]
)
def test_no_false_dates(text: str) -> None:
    assert one(text + " in the city this year.")["dates"] == []


def test_a_date_between_a_typewriters_dashes_is_the_release_date() -> None:
    r = parse(HEAD + "LAKEVIEW, Ill.--(BUSINESS WIRE)--May 5, 2021--The council met and agreed the plan.\n")
    assert r.date == "2021-05-05" and [d.text for d in r.dates] == ["May 5, 2021"]


def test_month_first_only_in_american_releases() -> None:
    uk = parse(HEAD + "Published 2/12/16\n\nThe council met and agreed.")
    us = parse(HEAD + "Published 2/12/16\n\nWASHINGTON, D.C. – The council met and agreed.")
    assert uk.date == "2016-12-02" and us.date == "2016-02-12"
    # a phone number with its area code in brackets is North America's
    phoned = parse(HEAD + "Date: 2/12/16\nPhone: (513) 555-0147\n\nThe council met and agreed.")
    assert phoned.date == "2016-02-12"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Contact jane.doe@example.org for more.", "jane.doe@example.org"),
        ("Write to mailto:press@example.com today.", "press@example.com"),
        ("E-mail h.smith [at] example [dot] org now.", "h.smith@example.org"),
        ("E-mail press(at)example.org now.", "press@example.org"),
        ("Media: Jo Bloggs orJane.doe@example.co.uk", "Jane.doe@example.co.uk"),
        # a label run into an address printed in capitals
        ("Contact:Investor RelationsIR@LAKEVIEWCO.COM+1 (555) 010-0100", "IR@LAKEVIEWCO.COM"),
        ("Write to JaneDoe@EXAMPLE.ORG today.", "JaneDoe@EXAMPLE.ORG"),
    ],
)
def test_emails(text: str, found: str) -> None:
    assert [e["address"] for e in one(text)["emails"]] == [found]


def test_email_inside_a_url_is_not_listed_again() -> None:
    assert one("See https://example.org/contact/press@example.org for the form.")["emails"] == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Tel: +44 (0)29 2082 5111", "4402920825111"),
        ("Call 029 2082 5111.", "02920825111"),
        ("Phone (202) 555-0143 today.", "2025550143"),
        ("Phone 202.555.0143 today.", "2025550143"),
        ("Tel +41 58 631 00 00.", "41586310000"),
        ("Call 1-800-555-0199 ext. 12 now.", "1800555019912"),
        ("Berlin office: +49 (0)30 1234567.", "490301234567"),
        # the country code in brackets, as Brussels prints it
        ("Tel: (+32) 2 299 11 11, or write to us.", "3222991111"),
        ("Tel: (+32 2) 299 11 11, or write to us.", "3222991111"),
        # a number wrapped onto the next line goes on there
        ("Tel: +44 (0) 20 7946\n0142, or write to the office.", "4402079460142"),
        ("phone our office in London +44 7700 900\n123 or write to us.", "447700900123"),
        # an international number too short to be whole goes on at the next line, whatever follows
        ("In Bern, Ann Lee, +41 58 310\n4567 In Basel, Tom Roe.", "41583104567"),
    ],
)
def test_phones(text: str, digits: str) -> None:
    phones = one(text)["phones"]
    assert ["".join(c for c in p["text"] if c.isdigit()) for p in phones] == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $2,500,000 in 2019.",
        "Rates rose 59.5% from 2018 to 2023.",
        "Case No. 3:22-cr-00117 was heard.",
        "Report 14/031/2004 was published.",
        "Born DOB: 11-11-51 in town.",
        "In 2019 330 people came.",
        "The bridge cost 12 345 678 dollars in 2019.",
    ],
)
def test_not_phones(text: str) -> None:
    assert one(text)["phones"] == []


def test_a_typescript_s_short_numbers_after_an_enquiries_label_and_each_other() -> None:
    phones = one("Enquiries: 62 4417 (Office Hours) 58 3092 (After Hours)")["phones"]
    assert [p["text"] for p in phones] == ["62 4417", "58 3092"]
    # a number of the same shape that follows no label or labelled number is none
    assert one("In 1975 the office held 62 4417 forms and 58 3092 letters.")["phones"] == []


def test_a_letterhead_s_phones_each_after_its_town() -> None:
    phones = one("Senator Jane Roe  Phones: Lakeview, 418 Ext. 207 Harbourtown, 42817 Ext. 12")["phones"]
    assert [p["text"] for p in phones] == ["418 Ext. 207", "42817 Ext. 12"]


def test_a_number_on_the_next_line_that_starts_a_sentence_is_not_the_rest_of_a_phone() -> None:
    phones = one("For details call 020 7946 0321\n2016 was the busiest year for the service.")["phones"]
    assert [p["text"] for p in phones] == ["020 7946 0321"]


def test_us_phone_gets_e164() -> None:
    r = parse(HEAD + "WASHINGTON, D.C. – The council met.\n\nMedia Contact: Jo Lee (202) 555-0143")
    assert [p.e164 for p in r.phones] == ["+12025550143"]


@pytest.mark.parametrize(("printed", "e164"), [("(202) 555-0143", "+12025550143"), ("020 7946 0000", None)])
def test_a_north_american_shape_gets_e164_without_other_signs(printed: str, e164: str | None) -> None:
    r = parse(HEAD + f"The council met.\n\nMedia Contact: Jo Lee {printed}")
    assert [p.e164 for p in r.phones] == [e164]


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "the Care and Social Services Inspectorate Wales (CSSIW) said",
            "CSSIW",
            "Care and Social Services Inspectorate Wales",
        ),
        ("Local Safeguarding Children Boards (LSCBs) are", "LSCBs", "Local Safeguarding Children Boards"),
        (
            "funded by NatAID (National Agency for International Development) this year",
            "NatAID",
            "National Agency for International Development",
        ),
        (
            "the European Network of Water System Operators for Europe (ENWSO-E) said",
            "ENWSO-E",
            "European Network of Water System Operators for Europe",
        ),
        ("the Office of Research & Development (ORD) said", "ORD", "Office of Research & Development"),
        # a bracket that a hard-wrapped line breaks
        ("an STM (Science, Technology and\nMedicine) publisher", "STM", "Science, Technology and Medicine"),
        # a digit that stands for a word the long form prints (or spells out)
        ("its offline-to-online (O2O) stores", "O2O", "offline-to-online"),
        ("a Business-to-Business (B2B) arm", "B2B", "Business-to-Business"),
        ("the Third Generation Partnership Project (3GPP) met", "3GPP", "Third Generation Partnership Project"),
    ],
)
def test_acronyms(text: str, short: str, long: str) -> None:
    assert [(a["short"], a["long"]) for a in one(text + " it.")["acronyms"]] == [(short, long)]


@pytest.mark.parametrize(
    "text",
    [
        "as shown before (2011) in",
        "as explained (see below) in",
        "Acme (Pty) Ltd said",
        "Lexx Inc. (NASDAQ: LEXX) said",
        "the device (Widget) was",
        "output rose again (9.4 TWh) to",
    ],
)
def test_not_acronyms(text: str) -> None:
    assert one(text + " it.")["acronyms"] == []


def test_acronym_defined_in_the_notes_counts() -> None:
    r = parse(HEAD + "The NHS said more.\n\nNotes to editors\n1. The National Health Service (NHS) is funded.")
    assert [(a.short, a.long) for a in r.acronyms] == [("NHS", "National Health Service")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("LONDON, 3 May 2012 – The council met and agreed the plan for cycling in the city.", "LONDON"),
        ("SINGAPORE - Media OutReach Newswire - 18 June 2026 - The council met and agreed the plan.", "SINGAPORE"),
        ("SANTA ANA – The council met today and agreed the plan for cycling in the whole city.", "SANTA ANA"),
        ("Today (27 March 2014) the council met and agreed the plan for cycling in the city.", None),
        # a place and a date on a header line of their own
        ("Brussels, 12 March 2024\n\nThe council met today and agreed the plan for cycling in the city.", "Brussels"),
        ("Friday, 7 June 2024\n\nThe council met today and agreed the plan for cycling in the city.", None),
        # a typewriter's double hyphen for the dash, and a region after the place
        ("CHICAGO -- The council met today and agreed the plan for cycling in the whole city.", "CHICAGO"),
        ("LEEDS, England -- The council met today and agreed the plan for cycling in the city.", "LEEDS"),
        # a place with a capital or a letter outside ASCII
        ("ZÜRICH, 3 May 2012 – The council met and agreed the plan for cycling in the city.", "ZÜRICH"),
        ("Montréal – The council met today and agreed the plan for cycling in the whole city.", "Montréal"),
        ("ÅLESUND – The council met today and agreed the plan for cycling in the whole city.", "ÅLESUND"),
        # a wire's name in brackets between dashes, with no date or with its date glued
        ("LAKEVIEW, Ill.–(BUSINESS WIRE)–\nThe council met today and agreed the plan for cycling.", "LAKEVIEW"),
        ("LAKEVIEW, Ill.--(BUSINESS WIRE)--May 5, 2021--The council met and agreed the plan.", "LAKEVIEW"),
        ("LEEDS--12 May 2021--The council met today and agreed the plan for cycling in the city.", "LEEDS"),
        ("STOKE-ON-TRENT, 12 May 2021 - The council met today and agreed the plan for cycling.", "STOKE-ON-TRENT"),
    ],
)
def test_dateline(text: str, place: str | None) -> None:
    assert one(text)["dateline"] == place


@pytest.mark.parametrize(
    ("line", "until"),
    [
        ("EMBARGOED UNTIL 00:01 Thursday 12 May 2011", "2011-05-12T00:01"),
        ("Embargo: 23:30 hours UK time on Tuesday 13 October 2015", "2015-10-13T23:30"),
        ("Not for publication before 10.30am on 4 June 2019", "2019-06-04T10:30"),
        ("Embargoed until further notice", None),
        # a release time with the hour only, and "for release at" as the embargo's words
        ("For release at 10am EST on May 12, 2011", "2011-05-12T10:00"),
        ("Embargoed until 9 am on 12 May 2011", "2011-05-12T09:00"),
        # a typescript's instruction, which is no headline
        ("Not to be published or broadcast before 10 am on 12 May 2011", "2011-05-12T10:00"),
    ],
)
def test_embargo(line: str, until: str | None) -> None:
    d = parse(line + "\n\n" + HEAD + "The council met and agreed the plan for the city today.").to_dict()
    assert d["embargo"] == line and d["embargo_until"] == until
    assert d["title"] == HEAD.strip()  # (the embargo line is no headline)


def test_body_summary_subtitle_exclude_furniture_and_notes() -> None:
    text = (
        HEAD + "A plan to double cycling by 2030\n\n"
        "The council has agreed a plan to double the number of people cycling in the city by 2030.\n\n"
        "Share\n\nThe plan includes 40 miles of new protected lanes across the city and its suburbs.\n\n"
        "ENDS\n\nNotes to editors\n1. The plan was consulted on in 2023."
    )
    d = parse(text).to_dict()
    assert d["subtitle"] == "A plan to double cycling by 2030"
    assert d["summary"].startswith("The council has agreed a plan")
    assert len(d["body"]) == 2 and not any("consulted" in p for p in d["body"])


def test_contact_block() -> None:
    text = HEAD + "The council met.\n\nMedia contact:\nJane Doe\nPress Officer\njane.doe@example.gov.uk\n020 7946 0000"
    (contact,) = parse(text).contacts
    assert (contact.name, contact.email, contact.phone) == ("Jane Doe", "jane.doe@example.gov.uk", "020 7946 0000")


def test_a_contact_label_glued_to_the_organisation_after_it() -> None:
    # ``Contact DetailsNorthfield Harbour Pilots``: a scraper dropped the break after the label
    text = HEAD + "The council met.\n\nContact DetailsNorthfield Harbour Pilots\n\nJane Doe\n\n+44 20 7946 0000\n\n"
    text += "jane.doe@example.gov.uk\n"
    assert [(c.name, c.phone) for c in parse(text).contacts] == [("Jane Doe", "+44 20 7946 0000")]


def test_a_press_desk_is_a_contact_with_no_name() -> None:
    text = (
        HEAD + "The council met.\n\nMedia contact:\nJane Doe\nPress Secretary\njane.doe@example.gov.uk\n\n"
        "Media Relations\nLeeds City Council\n020 7946 0000\nmedia@example.gov.uk\n"
    )
    assert [(c.name, c.role, c.organisation, c.phone) for c in parse(text).contacts] == [
        ("Jane Doe", "Press Secretary", None, None),
        (None, "Media Relations", "Leeds City Council", "020 7946 0000"),
    ]


@pytest.mark.parametrize("name", ["Šárka Novák", "Zoë Ørsted", "Łukasz Kowalczyk"])
def test_a_contact_named_outside_ascii(name: str) -> None:
    text = HEAD + f"The council met.\n\nMedia contact:\n{name}\nPress Officer\npress@example.gov.uk\n"
    assert [c.name for c in parse(text).contacts] == [name]


def test_a_press_desk_beside_a_name_is_the_persons() -> None:
    text = HEAD + "The council met.\n\nContact: Jane Doe (Press Office) - +44 20 7946 0000 - jane.doe@example.gov.uk\n"
    assert [(c.name, c.phone) for c in parse(text).contacts] == [("Jane Doe", "+44 20 7946 0000")]


def test_later_mention_links_to_the_full_name() -> None:
    text = (
        HEAD + "Senator Karen Whitfield welcomed the plan for the city and its people.\n\n"
        "“This is a great day for every cyclist in the city,” Whitfield said."
    )
    r = parse(text)
    assert r.quotes[0].speaker == "Karen Whitfield"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Media contact: Jane Roe, (202) 555-0143 EXT. 12\n", "(202) 555-0143 EXT. 12"),
        ("Call Jane on (202) 555-0143 ext 12 today.\n", "(202) 555-0143 ext 12"),
        ("ACME INC.202.555.0143\n", "202.555.0143"),
        ("Acme Inc.202.555.0143JDOE@example.org\n", "202.555.0143"),
        ("Minister for Roads Fax: (02) 5550 0144Minister for Ports and Harbours\n", "(02) 5550 0144"),
    ],
)
def test_phone_extension_and_glued_numbers_in_any_case(text: str, phone: str) -> None:
    assert [p.text for p in parse(text).phones] == [phone]


@pytest.mark.parametrize(
    ("text", "printed"), [("on Sunday 12 January.", "Sunday 12 January"), ("on 7 Sept. 2024", "7 Sept. 2024")]
)
def test_a_month_keeps_the_full_stop_of_its_abbreviation_only(text: str, printed: str) -> None:
    assert [d["text"] for d in one("The collision happened " + text + "\n")["dates"]] == [printed]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "Home » Newsroom » Acme opens new factory in Leeds\n\nAcme opens new factory in Leeds creating 300 jobs",
            None,
        ),
        ("Home » Newsroom » Acme opens new factory in Leeds", "Acme opens new factory in Leeds"),
        # a breadcrumb that ends at a section gives way to the headline under it
        ("Home &gt; Newsroom &gt; Press releases\n\nAcme opens new factory in Leeds creating 300 jobs", None),
        ("ACME CORP | Press Release | 12 March 2025\n\nAcme opens new factory in Leeds creating 300 jobs", None),
        (
            "LEEDS FACTORY TO CREATE 300 JOBS AS ACME\nEXPANDS IN YORKSHIRE",
            "LEEDS FACTORY TO CREATE 300 JOBS AS ACME EXPANDS IN YORKSHIRE",
        ),
        # a labelled headline loses its label and the site's name after it
        ("Headline: Acme opens new factory in Leeds - Leeds City News", "Acme opens new factory in Leeds"),
        # a headline in capitals: the publisher's name under it is not its rest, and a
        # dash in it does not start a site's name
        ("ACME OPENS NEW FACTORY IN LEEDS\nLEEDS CITY COUNCIL", "ACME OPENS NEW FACTORY IN LEEDS"),
        ("ACME IN LEEDS: 300 NEW JOBS - A NEW START", "ACME IN LEEDS: 300 NEW JOBS - A NEW START"),
        # a headline that opens or ends with a body's word is no office's name when it has a verb
        (
            "FOR IMMEDIATE RELEASE\n\nCouncil Opens New Bridge Over the River\nTown marks end of works",
            "Council Opens New Bridge Over the River",
        ),
        ("Minister Opens New Children’s Hospital", "Minister Opens New Children’s Hospital"),
        ("MEDIA STATEMENT\n\nCOUNCIL OPENS NEW BRIDGE\n\nLakeview Council", "COUNCIL OPENS NEW BRIDGE"),
        # a headline in title case: a subtitle after a dash is the headline's, a site's name
        # after a bar, an office's or an abbreviation's after a dash is not
        ("Acme In Leeds: 300 New Jobs - A Fresh Start", "Acme In Leeds: 300 New Jobs - A Fresh Start"),
        ("Acme Opens New Factory In Leeds | Yorkshire Business", "Acme Opens New Factory In Leeds"),
        ("Acme Opens New Factory In Leeds - Leeds City Council", "Acme Opens New Factory In Leeds"),
        ("Acme Opens New Factory In Leeds - GOV.UK", "Acme Opens New Factory In Leeds"),
        ("Acme Opens New Factory In Leeds - Yorkshire News", "Acme Opens New Factory In Leeds"),
        # a capitals headline over two lines with blank lines between them (OCR text)
        (
            "LEEDS FACTORY TO CREATE 300 JOBS AS ACME\n\n\n\nEXPANDS IN YORKSHIRE",
            "LEEDS FACTORY TO CREATE 300 JOBS AS ACME EXPANDS IN YORKSHIRE",
        ),
        # a logo's text and a sharing link above the headline, as a university's page prints them
        (
            "Lakeview University logo and link\nE-mail this information to a friend\n\nAcme Opens New Lab",
            "Acme Opens New Lab",
        ),
        # an EU digest's page: its navigation, its language list, the digest's name, its date lines
        (
            "Navigation path\n\nLeft navigation\n\nAdditional tools\n\nOther available languages: none\n\n"
            "European Commission - Daily News\n\nDaily News 04 / 04 / 2019\n\nBrussels, 4 April 2019\n\n"
            "Acme opens lab: Commission welcomes new jobs",
            "Acme opens lab: Commission welcomes new jobs",
        ),
        # a city's page: its section's label and a link to more of it
        ("Press Releases\n\nView More In This Section\n\nAcme Opens New Lab", "Acme Opens New Lab"),
        # a market site's label run into the headline
        ("Release – Acme opens new factory in Leeds", "Acme opens new factory in Leeds"),
        # an archive's label before the headline and its tag of the month after it
        ("PRESS RELEASE : Acme opens new factory in Leeds [March 2011]", "Acme opens new factory in Leeds"),
        ("Acme opens new factory in Leeds (March 2011)", "Acme opens new factory in Leeds (March 2011)"),
        # the site's banner: its domain name and its slogan
        (
            "PRESS-WIRE.org - Press Release Distribution\nPRESS RELEASES DISTRIBUTION\n\nAcme opens lab",
            "Acme opens lab",
        ),
        # the headline's rest on the next line, with the release date after it
        (
            "Acme opens a new factory in Leeds that will create three hundred\njobs in Yorkshire 12 March 2025",
            "Acme opens a new factory in Leeds that will create three hundred jobs in Yorkshire",
        ),
    ],
)
def test_title_under_page_furniture(header: str, title: str | None) -> None:
    text = header + "\n\nAcme Corp today opened a new factory in Leeds that will create 300 jobs over two years.\n"
    expected = title or "Acme opens new factory in Leeds creating 300 jobs"
    assert parse(text).to_dict()["title"] == expected


@pytest.mark.parametrize(
    "header",
    ["Tuesday, May\u00a05, 2015", "5\u00a0May\u00a02015", "Tuesday 5 May\u00a02015"],
)
def test_a_no_break_space_inside_a_date_is_a_space(header: str) -> None:
    # pages scraped from HTML keep ``&nbsp;`` as U+00A0 between the parts of a date
    text = f"{header}\n\nCouncil announces new cycling strategy\n\nThe council met today and agreed a plan."
    assert parse(text).date == "2015-05-05"


def test_a_text_hard_wrapped_without_blank_lines_is_read_at_its_width() -> None:
    import textwrap

    from extractor.document import Document

    paragraphs = [
        "Harbour Board Approves New Ferry Terminal for the Eastern Quay After a Long Public Consultation",
        "The Harbour Board has approved a new ferry terminal for the eastern quay, with room for two vessels "
        "and a covered waiting hall for four hundred passengers, after a consultation that ran for a year.",
        "“The terminal will open the quay to the town again,” said Dana Okoro, chair of the Harbour Board. "
        "“Work begins in the spring and the first ferry will call there in the summer of next year.”",
        "The Board will publish the full plans at the harbour office and on its website next week.",
        "Media contact: Lee Marsh, Press Officer, Eastern Harbour Board of Trustees, tel 01632 960 512",
    ]
    text = "\n".join(line for p in paragraphs for line in textwrap.wrap(p, 60))
    doc = Document(text)
    assert doc.wrap_width == 60 or 55 <= doc.wrap_width <= 60
    r = parse(text)
    assert r.title is not None and r.title.text == paragraphs[0]
    assert [q.speaker for q in r.quotes] == ["Dana Okoro", "Dana Okoro"]
    assert r.contacts[0].organisation == "Eastern Harbour Board of Trustees"
    # the same paragraphs one a line are not a wrapped text
    assert Document("\n".join(paragraphs)).wrap_width == 0


def test_a_wrapped_text_under_a_pages_short_furniture_lines_is_still_wrapped() -> None:
    import textwrap

    from extractor.document import Document

    prose = (
        "The Harbour Board has approved a new ferry terminal for the eastern quay, with room for two vessels "
        "and a covered waiting hall for four hundred passengers, after a consultation that ran for a year. "
    )
    wrapped = "\n".join(textwrap.wrap(prose * 4, 70))
    furniture = "\n\nShare this page\nFacebook\nTwitter\nLinkedIn\nEmail\nPrint\n\nBack to top\nYes\nNo\n" * 6
    assert 64 <= Document(wrapped).wrap_width <= 70
    assert Document(wrapped + furniture).wrap_width == Document(wrapped).wrap_width


def test_a_flattened_page_prints_its_headline_twice() -> None:
    story = "The council opened the new bridge over the river today after two years of work. " * 30
    text = "Council opens new bridge over the river Lakeview Council Council opens new bridge over the river " + story
    assert parse(text).title.text == "Council opens new bridge over the river"  # type: ignore[union-attr]
    # words printed twice that do not open the text, or fewer than four, are no headline
    assert parse("Council opens bridge Lakeview Council opens bridge " + story).title is None


def test_a_flattened_page_is_one_long_line_among_short_ones() -> None:
    from extractor.document import Document

    story = "The council opened the new bridge over the river today after two years of work. " * 30
    assert Document("Menu\nSearch\n" + story + "\nShare this page\nBack to top").flattened
    assert not Document(story.replace(". ", ".\n\n")).flattened
    assert not Document("Council opens bridge\n\n" + story[:1200]).flattened  # short: a one-paragraph statement


def test_a_hash_reference_under_page_furniture() -> None:
    text = (
        "Skip to main content\n\nCookies on this site\nWe use cookies to make this site work.\n\nMenu\n\n"
        "Search\n\n#042/2024 Council approves new cycle routes\n\n"
        "The council approved the new cycle routes for the city today, after a long consultation with residents."
    )
    assert parse(text).to_dict()["reference"] == "042/2024"


def test_a_background_heading_run_into_its_text_late_in_a_page() -> None:
    body = "".join(
        f"The council met for the {n} time and agreed the next part of the plan for the city.\n\n"
        for n in ("first", "second", "third", "fourth")
    )
    background = "Background The plan was first put forward in 2019 and consulted on for two years.\n\n"
    furniture = "Share this page\n\nFacebook\n\nTwitter\n\nEmail\n\nBack to top\n\nRelated\n\nPrint\n\n" * 2
    notes = one(body + background + furniture)["notes"]
    assert [n["text"] for n in notes] == ["The plan was first put forward in 2019 and consulted on for two years."]


@pytest.mark.parametrize(
    ("line", "following", "wrapped"),
    [
        ("LAKEVIEW COUNTY COUNCIL PLAN FOR NEW CYCLE ROUTES ALONG THE RIVER", "AND CANAL APPROVED | County", True),
        ("This statement was sent to newspapers in the region earlier in Leeds", "COUNCIL APPROVES CYCLE PLAN", False),
        ("The scheme will be paid for by the council and part funded by the", "NHS and the water board.", True),
        ("Report link: http://press.example.org/reports/2025/cycle-routes-plan.pdf", "Link to the summary", False),
        ("The council agreed the plan. It will publish the details next week.", "“It is a good day,” said", False),
        # a posting line under a headline that fills the width
        ("Harbour board approves new ferry terminal for the eastern quay plan", "Posted by the press office", False),
        ("Harbour board approves new ferry terminal for the eastern quay plan", "posted by the press office", True),
        ("The council agreed the plan for the bridge on the river today.", "The works begin in June.", False),
    ],
)
def test_a_break_in_text_wrapped_at_70_is_a_wrap(line: str, following: str, wrapped: bool) -> None:
    from extractor.document import wraps

    assert wraps(line, following, 70) is wrapped


def test_a_long_form_is_not_read_back_into_the_headline_above_it() -> None:
    # no blank line under the headline: the line break still ends the headline's sentence
    text = (
        "# Kestrel Clinic, a HARROW Subsidiary, Launches US Expansion\n"
        "--News Direct--\n"
        "Kestrel Clinic, HARROW Group’s (HARWY) leading subsidiary in healthcare, announced its US expansion.\n"
    )
    assert parse(text).acronyms == ()


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("NEW ARRIVALS WELCOMED", "NEW ARRIVALS WELCOMED"),  # short, in capitals: still the headline
        ("Minister welcomes arrivals", "Minister welcomes arrivals"),
        # the end of a longer line, OCR specks and a statement's label before it
        (
            "7-k-Î PRESS STATEMENT BY THE MINISTER, MR J. SMITH /3xa, MINISTER WELCOMES NEW ARRIVALS .",
            "MINISTER WELCOMES NEW ARRIVALS",
        ),
        # OCR's specks alone around the headline: a lone letter and bullet marks
        ("â   ·  MINISTER WELCOMES NEW ARRIVALS ·", "MINISTER WELCOMES NEW ARRIVALS"),
        ("A NEW HOME FOR ARRIVALS", "A NEW HOME FOR ARRIVALS"),
    ],
)
def test_an_archived_release_prints_its_front_matter_title(printed: str, title: str) -> None:
    text = (
        '---\ntitle: "Minister welcomes new arrivals"\ndate: "1996-03-12"\nsource: "MINISTER FOR IMMIGRATION"\n---\n\n'
        f" MEDIA RELEASE\n\n MINISTER FOR IMMIGRATION\n\n 12 March 1996 MPS 23/96\n\n {printed}\n\n"
        " The Minister for Immigration, Mr John Smith, today welcomed the first group of arrivals under the"
        " new program, which will bring 500 families to Australia this year.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == title


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # the archive's title opens the paragraph, run into the story's first sentence
        (
            "L.P.P. Seeks Council Inquiry Into Ferry Timetable Cuts The party will ask the town council to hold"
            " an open inquiry into the winter ferry timetable before the cuts begin next month.",
            "L.P.P. Seeks Council Inquiry Into Ferry Timetable Cuts",
        ),
        # a small word with a capital opens the sentence, though its next words are the title's
        (
            "Ferry Company Answers Timetable Questions The Ferry Company has replied to the questions the"
            " council put to it about the winter timetable and the cuts.",
            "Ferry Company Answers Timetable Questions",
        ),
    ],
)
def test_an_archived_title_run_into_the_story_under_a_name_line(printed: str, title: str) -> None:
    archived = squash(title).lower().replace("l.p.p.", "L.P.P.")
    text = (
        f'---\ntitle: "{archived}"\ndate: "1998-10-06"\n---\n\n'
        " 6 October 1998\n\n Media Release\n\n Jane Roe, Shadow Minister for Harbours\n\n"
        f" {printed}\n\n \u201cThe timetable must be put right,\u201d Ms Roe said.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == title


@pytest.mark.parametrize(
    ("archived", "header", "story", "title"),
    [
        # OCR misread a word of the printed headline, and the story's first line ends in the
        # archive title's words: a sentence in lower case leads into them, so they are the story's
        (
            "Settlement of new arrivals",
            " From the Minister for Immigration  and Ethnic Affairs. THE HON JOHN SMITH,  M.P.\n\n"
            " ^Ï/82 31 March 1982\n\n SETTLEMENT OF NEW ARRTVALS",
            " A report released today gives a close and careful insight into the settlement of new arrivals,\n\n"
            " as seen through their own eyes.",
            "SETTLEMENT OF NEW ARRTVALS",
        ),
        # a label in lower case is no sentence leading into the title (``… media release``)
        (
            "Harbour works begin",
            " Senator Jane Roe media release Harbour works begin",
            " Work on the new harbour wall began today, three weeks ahead of the plan agreed by the council"
            " last year, the Minister said.",
            "Harbour works begin",
        ),
    ],
)
def test_the_archived_titles_words_are_the_headline_only_where_no_sentence_leads_into_them(
    archived: str, header: str, story: str, title: str
) -> None:
    text = f'---\ntitle: "{archived}"\ndate: "1982-03-31"\n---\n\n{header}\n\n{story}\n'
    r = parse(text)
    assert r.title is not None and r.title.text == title


def test_a_sentence_in_capitals_typed_a_line_at_a_time_is_no_headline() -> None:
    # the first short line runs on to ``SAID TODAY THAT`` two lines down and shares no word
    # with the archive's title; a printed headline that shares one stays
    lines = (
        "THE MINISTER FOR ROADS AND PORTS, SENATOR \n\n JANE ROE, SAID TODAY THAT THE HARBOUR BOARD \n\n"
        " MUST PUBLISH ITS REPORT BEFORE THE STORM SEASON: \n\n"
        ' "The town has waited two winters for the engineers\' findings on the wall." \n\n'
        " CANBERRA 4 June 1976\n"
    )
    front = '---\ntitle: "{}"\ndate: "1976-06-04"\n---\n\n '
    r = parse(front.format("Board urged to publish storm findings") + lines)
    assert r.title is not None and r.title.text == "Board urged to publish storm findings"
    headed = front.format("Harbour wall report") + "HARBOUR WALL REPORT\n\n " + lines
    r = parse(headed)
    assert r.title is not None and r.title.text == "HARBOUR WALL REPORT"


def test_an_archived_release_with_no_headline_takes_its_front_matter_title() -> None:
    # the story starts at once; its first line is no headline (it shares no word with the
    # archive's title, and runs on with a comma)
    text = (
        '---\ntitle: "Opening of the new town library"\ndate: "1973-03-01"\n---\n\n'
        " The Minister for the Arts, Mr J Smith, \n\n will cut a ribbon on Saturday, 3rd March, \n\n"
        " 1973, when the library opens its doors to readers.\n\n CANBERRA 1st March, 1973\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Opening of the new town library"


@pytest.mark.parametrize(
    ("printed", "reference"),
    [
        ("IP/11/1234", "IP/11/1234"),
        ("STATEMENT/24/1234", "STATEMENT/24/1234"),
        ("PR/2024/123", "PR/2024/123"),
        ("Press release No 45/2019", "45/2019"),
        ("Release No. 24-123", "24-123"),
        ("PR 27", "PR 27"),  # a ministry's press release number alone on its line
        ("P.R. NO. 27/04  LAKEVIEW", "27/04"),  # an office's initials before ``No.``
        ("Friday, March 14 Lakeview 31/08", "31/08"),  # beside a day's date with no year
        ("FA 05 113 9 June 2005", "FA 05 113"),  # letters, year, serial, spaced, by the date
        ("NO .  PRA 23", "PRA 23"),  # letters and a number after a ``No.`` label (OCR's space)
        # an office's letters and a serial right before the date, in a long letterhead line
        ("Minister for Ports · Minister for Harbours  Jane Roe MP MHP 110 14 March 1996", "MHP 110"),
        ("Parliament House Canberra ACT 2600 14 March 1996", None),  # a postcode
        # after the headline on its line, a short label after a dash
        ("Harbour Berths Upgraded HPS 052/2001 - Budget Media Release 2", "HPS 052/2001"),
        # a letterhead run together into one long line: the number right before the date
        ("LAKEVIEW PARTY  MEDIA 05/612 FRIDAY 3 JUNE 2005   SENATOR JANE ROE SPOKESPERSON ON PORTS", "05/612"),
        ("The board met on 12 May and approved 40 of the 95 plans put to it by the town council", None),
        ("Lakeview NSW 20 100 people", None),  # no date beside it
        ("U.S. No. 1 in bridges", None),  # initials before ``No.`` and no release number
        # a typescript's doubled spaces (OCR joins its lines with two) inside the number
        ("3 May, 1991 PR  91/145", "PR 91/145"),
        ("P.  M.  No.  17/1968", "17/1968"),
        ("AI Index:  ASA  14/021/2003", "ASA 14/021/2003"),
        # a serial of three digits and the year's two after a dot, alone on its line
        ("041.07", "041.07"),
        ("Thursday, 12th March 2007 041.07", "041.07"),
        ("10.30", None),  # a time
        # an office's letter and a serial, beside the date under a ``No. Date`` heading
        ("M/14 3 May 1973", "M/14"),
        ("N/A 3 May 1973", None),
        ("12.5 per cent", None),
    ],
)
def test_a_release_number_in_the_header(printed: str, reference: str | None) -> None:
    text = (
        f"Brussels, 12 March 2024\n\n{printed}\n\nCommission approves new bridge\n\n"
        "The Commission has today approved the plan for the new bridge across the river after a consultation.\n"
    )
    assert parse(text).to_dict()["reference"] == reference


def test_a_wrapped_headline_loses_a_site_name_split_over_its_lines_and_stops_at_furniture() -> None:
    import textwrap

    prose = (
        "The Harbour Board has approved a new ferry terminal for the eastern quay, with room for two vessels "
        "and a covered waiting hall for four hundred passengers, after a consultation that ran for a year. "
    )
    headline = "Harbour Board Approves New Ferry Terminal for the Eastern Quay After a Long Consultation"
    head = "\n".join(textwrap.wrap(headline + " - Lakeview County Harbour Board", 72))
    assert "\n" in head and head.split("\n")[-1] != "Lakeview County Harbour Board"  # the name is split
    text = head + "\nScroll to top\n" + "\n".join(textwrap.wrap(prose * 4, 72))
    assert parse(text).title.text == headline  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("second", "title"),
    [
        # a common word in capitals, then lower case: a subtitle of its own
        (
            "Most visitors will arrive by the new coast road",
            "Harbour board approves new ferry terminal for the eastern",
        ),
        # a name: the headline's rest
        ("Lakeview quay", "Harbour board approves new ferry terminal for the eastern Lakeview quay"),
    ],
)
def test_a_wrapped_sentence_case_headline_does_not_run_into_a_subtitle(second: str, title: str) -> None:
    import textwrap

    prose = (
        "The work will be done in the winter, when most of the quay is quiet, and the terminal will open "
        "to passengers in the spring of next year with room for two vessels at a time. "
    )
    text = "Harbour board approves new ferry terminal for the eastern\n" + second + "\n"
    text += "\n".join(textwrap.wrap(prose * 4, 62))
    assert parse(text).title.text == title  # type: ignore[union-attr]


def test_a_short_form_that_opens_a_wrapped_line_continues_the_sentence_above() -> None:
    import textwrap

    first = "The data came from more than ninety thousand women taking part in the long running "
    first += "Lakeview Harbour Study (LHS)."
    rest = "All the women had been recruited between 1993 and 1998 at forty centres across the region. " * 3
    wrapped = "\n".join(textwrap.wrap(first, 55) + textwrap.wrap(rest, 55))
    assert "\n(LHS).\nAll" in wrapped  # the short form alone on a line, in capitals
    acronyms = parse("Study of ninety thousand women published\n\n" + wrapped).acronyms
    assert [(a.short, a.long) for a in acronyms] == [("LHS", "Lakeview Harbour Study")]


def test_a_title_case_headline_run_into_the_story_and_wrapped_with_it() -> None:
    import textwrap

    story = (
        "Harbour Board Backs New Ferry Terminal Plan for the Eastern Quay The Harbour Board has approved "
        "a new ferry terminal for the eastern quay, with room for two vessels and a covered waiting hall "
        "for four hundred passengers, after a consultation that ran for a year and drew replies from "
        "more than two thousand residents, businesses and visitors to the town. "
    )
    wrapped = "\n".join(textwrap.wrap(story * 2, 72))
    assert parse(wrapped).title.text == "Harbour Board Backs New Ferry Terminal Plan for the Eastern Quay"  # type: ignore[union-attr]


def test_a_news_centre_page_its_trail_its_stamp_and_its_letterhead_address() -> None:
    # ``You are here:`` over a breadcrumb is furniture, not the headline's second line; the
    # only date is the publishing system's stamp under the story; a domain alone on its
    # line is the publisher's address
    text = (
        "Council Opens New Bridge Over the River - Town NewsCenter\nYou are here:\nHome\n1\n/\nNews\n2\n/\n"
        "Council Opens New Bridge Over the River\nTown Mayor\nJane Smith\n"
        "today opened the new bridge over the river after two years of building work and a long consultation.\n"
        "Jane Doe\n2025-03-26 15:19:46\n2025-03-28 14:12:49\nRecent News\nTownCouncil.org\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Council Opens New Bridge Over the River"
    assert r.to_dict()["date"] == "2025-03-26"
    assert [u.url for u in r.urls] == ["http://TownCouncil.org"]


def test_a_long_page_title_with_its_subtitle_run_in_gives_way_to_the_headline_printed_below() -> None:
    headline = "Builder Who Ignored Safety Orders Convicted of Manslaughter"
    subtitle = (
        "Defendant took away the scaffold's supports days before it fell onto a busy pavement;"
        " two passers-by were hurt and one of them died a week later"
    )
    text = (
        f"{headline} {subtitle} - Lakeview County District Attorney\nSkip to content\nPress\n"
        f"{headline} {subtitle}\nPublished\nNovember 14, 2022\nFOR IMMEDIATE RELEASE\n"
        f"{headline}\nDefendant took away the scaffold's supports\nLAKEVIEW – A builder was convicted today.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == headline


def test_a_page_of_one_paragraph_a_line_is_not_read_as_hard_wrapped() -> None:
    # its short lines (headings, names, furniture) come near one width, but its prose lines
    # run far past it: each line is a paragraph
    from extractor.document import Document

    short = ["Harbour Board Approves the New Ferry Pier Plan", "Lakeview County Harbour Board Office"] * 4
    prose = [
        "The harbour board approved the plan for a new ferry pier on Tuesday after a long consultation with"
        " the town and its ferry operators, and the works will start in May.",
        "“The pier will serve the town for fifty years,” said the chair of the board, Jane Smith, at the meeting.",
    ] * 3
    doc = Document("\n".join(short + prose) + "\n")
    assert doc.wrap_width == 0


def test_a_contact_heading_in_the_page_header_does_not_end_the_release_before_its_story() -> None:
    # the page title runs its subtitle in, so it reads as prose: the story seems to have begun
    title = (
        "Harbour Board Approves Pier The board voted to build a new ferry pier at the north quay after"
        " a long consultation with the town and its ferry operators"
    )
    text = (
        f"{title}\nAuthor\nPress Office\nPublished\nMarch 3, 2023\n"
        "Harbour Board Approves Pier\n"
        "The harbour board approved the plan for a new ferry pier on Tuesday after a long consultation.\n"
        "The works will start in May and the pier will open to ferries in the spring of next year.\n"
        "“The pier will serve the town for fifty years,” said the chair of the board, Jane Smith.\n"
    )
    r = parse(text)
    assert [q.speaker for q in r.quotes] == ["Jane Smith"]


def test_an_archived_statement_under_a_letterhead_takes_its_front_matter_title() -> None:
    # no headline is printed: the letterhead (``THE HON. … , M.P.``) and the story's first
    # sentence (which reports speech, and whose lines share the title's words) are not it
    text = (
        '---\ntitle: "Steady rise in bridge building to go on"\ndate: "1966-05-04"\n---\n\n'
        " 21/66\n\n PRESS STATEMENT BY THE MINISTER FOR WORKS,  \n\n THE HON. JANE SMITH, M.P.\n\n"
        " The Minister for Works, Mrs. Smith, said \n\n to-day that the Government would keep up the steady \n\n"
        " rise in bridge building across the country.\n\n"
        " Its aim for the year was at least forty new bridges, ten more than last year.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Steady rise in bridge building to go on"
    assert r.to_dict()["reference"] == "21/66"


def test_a_front_matter_title_with_quotation_marks_of_its_own_and_a_headline_over_three_lines() -> None:
    text = (
        '---\ntitle: "Text of an address by the Minister for Works at a forum entitled "Bridges - built or bought?""\n'
        'date: "1968-02-26"\n---\n\n DEPARTMENT OF PUBLIC WORKS\n\n'
        " TEXT OF AN ADDRESS BY THE MINISTER FOR WORKS,\n\n AT A TOWN HALL FORUM ENTITLED\n\n"
        ' "BRIDGES — BUILT OR BOUGHT? "\n\n 2.00 p.m., MONDAY, 26 FEBRUARY 1968\n\n'
        " (This is the text of the address as it was written; much of it will be given from notes.)\n\n"
        " This forum meets at a time when the country is building more bridges than ever before, and I want to"
        " say why we build them ourselves.\n"
    )
    r = parse(text)
    assert r.to_dict()["title"] == (
        'TEXT OF AN ADDRESS BY THE MINISTER FOR WORKS, AT A TOWN HALL FORUM ENTITLED "BRIDGES — BUILT OR BOUGHT? "'
    )


def test_a_flattened_page_with_a_copyright_at_its_end_keeps_its_dateline_date() -> None:
    story = " ".join(["The bridge opened to traffic today after two years of work on the river."] * 25)
    text = (
        "# TOWN OPENS NEW BRIDGE\n\nLAKEVIEW, WI, March 15, 2024 /Example Wire/ -- "
        + story
        + "  Bridge Awards, ©2024 Example Wire. All rights reserved.\n"
    )
    assert parse(text).to_dict()["date"] == "2024-03-15"


def test_an_archived_headline_in_capitals_wrapped_before_its_last_word() -> None:
    # the last word alone on the next line belongs to the headline when the archive's title
    # has it; a place's name under a headline does not
    front = '---\ntitle: "Council denies claims about ferry timetable."\ndate: "1998-04-14"\n---\n\n'
    story = "\n\n Claims that the ferry timetable was cut in secret have been denied by the council.\n"
    r = parse(front + " COUNCIL DENIES CLAIMS ABOUT FERRY \nTIMETABLE" + story)
    assert r.to_dict()["title"] == "COUNCIL DENIES CLAIMS ABOUT FERRY TIMETABLE"
    r = parse(front + " COUNCIL DENIES CLAIMS ABOUT FERRY \nLAKEVIEW" + story)
    assert r.to_dict()["title"] == "COUNCIL DENIES CLAIMS ABOUT FERRY"


def test_an_archived_headline_broken_after_its_first_word() -> None:
    # the first word alone on the line above belongs to the headline when the archive's title
    # has it and the line below does not print it again; a letterhead's line does not
    front = '---\ntitle: "Harbour opens its new ferry quay."\ndate: "1999-12-17"\n---\n\n'
    story = "\n\n  The new ferry quay opened to boats today, the Minister for Ports said.\n"
    r = parse(front + "  Friday 17 December 1999\n\n  HARBOUR \nOPENS ITS NEW FERRY QUAY" + story)
    assert r.to_dict()["title"] == "HARBOUR OPENS ITS NEW FERRY QUAY"
    r = parse(front + "  Minister for Ports\n  OPENS ITS NEW FERRY QUAY" + story)
    assert r.to_dict()["title"] == "OPENS ITS NEW FERRY QUAY"


def test_an_archived_headline_with_a_subtitle_in_capitals_run_onto_its_line() -> None:
    # (under a letterhead's line that had been taken for the headline)
    front = '---\ntitle: "Harbour plan goes back to the board."\ndate: "2005-07-17"\n---\n\n'
    text = (
        front + " Lakeview Party Press  Releases\n\n"
        " Senator Jane Ashby  Deputy Leader and Party Senator for Lakeview  Party spokesperson for Ports  Affairs\n\n"
        " Dated: 17 July 2005\n\n Press Release Number: 05/373\n\n"
        " Harbour Plan Goes Back to the Board  NOT BEFORE TIME, SAYS THE PARTY   \n\n"
        " Party Deputy Leader, Jane Ashby, says the board has to commit to reform of the harbour rules.\n"
    )
    assert parse(text).to_dict()["title"] == "Harbour Plan Goes Back to the Board"


def test_a_headline_in_capitals_with_a_plural_of_initials_keeps_its_second_half() -> None:
    text = (
        " JANE ASHBY M.P. Shadow Minister for Roads & Ports\n\n MEDIA RELEASE\n\n"
        " FERRY PILOT ENDS WELL - NOW LOCAL MPs MUST BACK THE PLAN\n\n"
        " The ferry pilot carried more people than planned, the council said today.\n"
    )
    assert parse(text).to_dict()["title"] == ("FERRY PILOT ENDS WELL - NOW LOCAL MPs MUST BACK THE PLAN")


def test_a_headline_in_capitals_ends_at_its_full_stop() -> None:
    text = (
        " JANE ASHBY M.P. Shadow Minister for Roads & Ports\n\n TRANSCRIPT\n\n"
        " TRANSCRIPT OF DOORSTOP - TOWN HALL, LAKEVIEW - 9TH MAY 2004.\n\n"
        " E& OE - PROOF ONLY SUBJECTS - BRIDGES\n\n"
        " ASHBY: The council has announced three plans for the bridge since the last election.\n"
    )
    assert parse(text).to_dict()["title"] == "TRANSCRIPT OF DOORSTOP - TOWN HALL, LAKEVIEW - 9TH MAY 2004."


def test_a_conjunction_on_its_own_line_in_a_contact_block_is_no_organisation() -> None:
    r = parse(
        "Council opens a new bridge\n\nThe council opened the new bridge over the river today.\n\n"
        "For further information, please contact Tom Ashby, Public Information Officer, at\n"
        "(305) 555-0135\nor\npress@lakeview.example\n"
    )
    assert [(c.name, c.role, c.organisation) for c in r.contacts] == [("Tom Ashby", "Public Information Officer", None)]


def test_a_sites_section_in_lower_case_before_the_headline_is_no_part_of_it() -> None:
    r = parse(
        "#  news Council opens the new bridge over the river\n16 May 2025\nThe council opened the bridge today.\n"
    )
    assert r.to_dict()["title"] == "Council opens the new bridge over the river"


def test_a_bodys_name_whose_initials_are_not_its_short_forms() -> None:
    # a translated name keeps its own short form; letters matched only from a small word
    # before the name (``by the …``) do not make the long form
    r = parse(
        "Study published\n\nThe study was commissioned by the Association of Bridge Builders (VBB) and the"
        " German Chamber of Roads and Ports (DKSH), and by Acme Corporation’s (ACMY) partners.\n"
    )
    assert [(a.short, a.long) for a in r.acronyms] == [
        ("VBB", "Association of Bridge Builders"),
        ("DKSH", "German Chamber of Roads and Ports"),
    ]


def test_a_numeric_date_that_reads_both_ways_is_read_as_the_written_date_below_it() -> None:
    text = (
        "# Council publishes its bridge plan\n###  04/08/2025  Press Release \n"
        "**Lakeview, 8 April 2025** - The council published its plan for the new bridge this morning.\n"
    )
    assert parse(text).to_dict()["date"] == "2025-04-08"


@pytest.mark.parametrize(
    "line, title",
    [
        ("Harbour works update  Friday, 25 October 2013", "Harbour works update"),
        ("For immediate release 29 August 2000", "New bridge opens over the river"),
        ("Parliament House, Lakeview, 25 October 2013", "New bridge opens over the river"),
    ],
)
def test_a_short_headline_with_its_date_run_in_is_no_dateline(line: str, title: str) -> None:
    r = parse(
        line + "\n\nNew bridge opens over the river\n\nThe council opened the new bridge today after two years.\n"
    )
    assert r.title is not None and r.title.text == title


def test_a_protocol_relative_address_is_a_url() -> None:
    text = "Bridge opens\n\nThe bridge opened today.\n\n![](//track.example.com/view/486775/279561) \n"
    r = parse(text)
    assert [(u.text, u.url) for u in r.urls] == [
        ("//track.example.com/view/486775/279561", "https://track.example.com/view/486775/279561")
    ]
    assert parse("Paths like a//b.example.com/c and http://x.org//y.example.com/z stay whole.").to_dict()["urls"][0][
        "text"
    ] == ("http://x.org//y.example.com/z")


def test_a_text_that_sets_paragraphs_apart_with_blank_lines_ends_none_inside_a_block() -> None:
    # a short line that ends a sentence inside a hard-wrapped block is no paragraph's end when
    # the text puts blank lines between its paragraphs
    para = (
        " The council opened the new bridge over the river today after two long years of \n"
        "work by the town's own engineers and builders, the Mayor said this morning.\n\n"
    )
    text = (
        "Council opens bridge\n\n" + para * 3 + " “Nobody should have closed the old road at all. \n"
        "We trust that by opening the new bridge we show the whole region what a town \n"
        "can build,” said Mayor Tom Ashby.\n"
    )
    r = parse(text)
    assert [(q.speaker, q.text[:24]) for q in r.quotes] == [("Tom Ashby", "Nobody should have close")]


def test_a_line_of_links_and_the_headline_printed_again_as_a_heading_are_no_subtitle_or_story() -> None:
    text = (
        "# Council opens the new bridge over the river\n"
        "Share on: [Share](https://www.addtoany.com/share#url=https%3A%2F%2Flakeview.example%2Fbridge)\n"
        "[![Linkedin](https://lakeview.example/linkedin.svg)](https://lakeview.example/#linkedin)\n"
        "## Council opens the new bridge over the river\n"
        "The council opened the new bridge over the river today after two years of work.\n"
    )
    r = parse(text)
    assert r.subtitle is None
    assert [b.text for b in r.body] == [
        "The council opened the new bridge over the river today after two years of work."
    ]


def test_a_toll_free_number_spelt_with_letters_is_a_phone() -> None:
    r = parse("Bridge opens\n\nThe bridge opened today.\n\nReport a fault on 1-800-FLOWERS or (888) 555-TIPS.\n")
    assert [(p.text, p.e164) for p in r.phones] == [
        ("1-800-FLOWERS", "+18003569377"),
        ("(888) 555-TIPS", "+18885558477"),
    ]
    assert parse("Bridge opens\n\nThe 800-METRE span opened today.\n").phones == ()


def test_a_desk_named_in_the_plural_is_no_persons_name() -> None:
    r = parse(
        "Bridge opens\n\nMedia Inquiries: Jane Roe, 555-010-4540\nConsumer Inquiries: 555-010-4541\n\n"
        "The bridge opened.\n"
    )
    assert [(c.name, c.role, c.phone) for c in r.contacts] == [
        ("Jane Roe", None, "555-010-4540"),
        (None, "Consumer Inquiries", "555-010-4541"),
    ]


def test_an_archived_release_with_only_a_letterhead_and_its_story_takes_its_front_matter_title() -> None:
    # the minister's post on its own line is no headline, nor is the story's first line,
    # cut mid-sentence
    text = (
        '---\ntitle: "Outside engineers back the bridge plan."\ndate: "1998-10-12"\n---\n\n'
        "  The Hon. Tom Ashby MP\n\n  Minister for Roads and Ports\n\n MRP 42/99\n\n"
        "  Three engineers from outside the council, led by a retired chief engineer \n"
        "of the port and two of his old colleagues, have looked at the plan for the \n"
        "new bridge over the river and found it both fair and sound in every part.\n\n"
        " Tom Ashby, Minister for Roads and Ports, asked the three engineers to look \n"
        "at the cost of the bridge and at the works planned along the river banks.\n"
    )
    assert parse(text).to_dict()["title"] == "Outside engineers back the bridge plan."


@pytest.mark.parametrize(
    ("printed", "title", "reference"),
    [
        ("Harbour Works Begin on Schedule HPS 41/1999", "Harbour Works Begin on Schedule", "HPS 41/1999"),
        ("Harbour Works Begin RPS 3/2004", "Harbour Works Begin", "RPS 3/2004"),
        # a year's span ends the headline: no letters, no number
        ("Harbour Works Budget for 2015/16", "Harbour Works Budget for 2015/16", None),
        # the year's two digits and a serial in brackets, as a federal department printed them
        ("HARBOUR TRUST SETTLES LAWSUIT OVER BERTHS (07-318)", "HARBOUR TRUST SETTLES LAWSUIT OVER BERTHS", "07-318"),
        ("Harbour Works Budget for the Years (2015-16)", "Harbour Works Budget for the Years (2015-16)", None),
    ],
)
def test_a_release_number_printed_after_the_headline_on_its_line(
    printed: str, title: str, reference: str | None
) -> None:
    text = (
        f"News Room\n\n{printed}\n\n"
        "The Minister for Ports, Jane Okafor, today announced that work on the new harbour wall had begun on time.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == title
    assert r.to_dict()["reference"] == reference


def test_an_archived_title_run_into_a_letterhead_with_the_date_after_it() -> None:
    text = (
        '---\ntitle: "Harbour works begin"\ndate: "2013-05-02"\n---\n\n'
        " Jane Okafor MP - Federal Member for  Lakeview HARBOUR WORKS  BEGIN May 2, 2013\n\n"
        " Work on the new harbour wall began today, three weeks ahead of the plan agreed by the council last year,"
        " the Member for Lakeview said.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "HARBOUR WORKS BEGIN"


@pytest.mark.parametrize(
    "front",
    ["", '---\ntitle: "Harbour wall: who is right?"\ndate: "2013-05-02"\n---\n\n'],
)
def test_a_members_letterhead_run_into_a_headline_in_capitals(front: str) -> None:
    # with no archive's title to match the line against, or one printed otherwise
    text = (
        front + " Jane Okafor MP - Federal Member for  Lakeview HARBOUR WALL: WHO IS  RIGHT? May 02, 2013\n\n"
        " The council and the harbour board gave two different dates for the new wall today, the Member for"
        " Lakeview said.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "HARBOUR WALL: WHO IS RIGHT?"
    assert r.date == "2013-05-02"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a PDF's lines set apart by blank lines: the quote goes on whatever the next line's case
        (
            "“Most of the harbour staff have moved to the new depot, and a dozen of them now serve in the Harbour",
            "Police,” Ms Okafor said.",
        ),
        # a line that ends on a word no sentence ends on goes on at a numeral
        ("“Over the summer the crossings carried over", "2,400 passengers to the island,” Ms Okafor said."),
    ],
)
def test_a_quote_broken_over_blank_lines_mid_sentence_is_one_quote(first: str, second: str) -> None:
    text = (
        "Harbour crossings record\n\n"
        " The harbour crossings had their busiest season yet, the Minister for Ports, Jane Okafor, said today.\n\n"
        f" {first} \n\n {second}\n"
    )
    r = parse(text)
    assert [(q.speaker, q.text.split()[-1]) for q in r.quotes] == [("Jane Okafor", second.split("”")[0].split()[-1])]


def test_a_page_title_that_prints_its_sites_name_twice_loses_both() -> None:
    text = (
        "Two Charged in Harbour Fraud - Office of the Lakeview District Attorney - Office of the Lakeview"
        " District Attorney\nNews\n\nLAKEVIEW – Two men were charged today with defrauding the harbour board of"
        " more than $2 million over three years, the District Attorney said.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Two Charged in Harbour Fraud"


def test_a_release_number_after_a_letterheads_date_with_an_ocr_space() -> None:
    text = (
        " Senator Jane Okafor   Member for Lakeview    June 4, 2001        MEDIA RELEASE        01/ 245   \n\n"
        " Harbour Works Must Go On \n\n"
        " The harbour works must go on through the winter, the Senator for Lakeview said today in Canberra.\n"
    )
    assert parse(text).to_dict()["reference"] == "01/ 245"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a date after a preposition is the headline's own
        (
            "# Lakeview Council Sets Out Its Harbour Works for March 2023",
            "Lakeview Council Sets Out Its Harbour Works for March 2023",
        ),
        ("# Lakeview Council Opens New Harbour Bridge April 17, 2024", "Lakeview Council Opens New Harbour Bridge"),
        # a month with no day is the headline's too
        ("# Lakeview Harbour Cargo Figures – March 2023", "Lakeview Harbour Cargo Figures – March 2023"),
    ],
)
def test_a_date_at_the_end_of_a_headline_is_cut_only_when_no_preposition_leads_to_it(headline: str, title: str) -> None:
    r = parse(
        headline + "\n\nLAKEVIEW, Ohio - The council will hold two public meetings about the harbour next month.\n"
    )
    assert r.title is not None and r.title.text == title


def test_an_ocr_headline_in_capitals_is_no_office_and_does_not_run_into_the_line_under_it() -> None:
    text = (
        '---\ntitle: "Residents urge probe into harbour department"\ndate: "1993-05-24"\n---\n\n'
        " Senator Jane Okafor\n\n RESIDENTS URGF PRORE INTO HARBOUR DEPARTMENT\n\n"
        " plans for the harbour works, with the most weight on the needs of the next decade,\n\n"
        " In her speech, Senator Okafor asked for an outside review of the harbour department and its works.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "RESIDENTS URGF PRORE INTO HARBOUR DEPARTMENT"


def test_an_office_named_with_of_above_the_date_is_no_headline() -> None:
    text = (
        "United States Department of Harbours\n\nFriday, March 9, 2007\n\n"
        "HARBOUR TRUST SETTLES LAWSUIT OVER BERTHS\n\n"
        "WASHINGTON, D.C. - The Justice Department today announced a settlement with the harbour trust.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "HARBOUR TRUST SETTLES LAWSUIT OVER BERTHS"


@pytest.mark.parametrize(
    "headline",
    ["Police Reopen Harbour Robbery Appeal", "Police Seek Lakeview Witnesses", "Council Relaunches Ferry Board"],
)
def test_a_headline_whose_subject_is_a_body_is_no_office_whatever_the_verbs_number(headline: str) -> None:
    text = (
        "Tuesday, June 3, 2008\n\n" + headline + "\n\n"
        "Detectives are appealing for information about a robbery at the harbour last April.\n\n"
        '"We still need to hear from anyone who was there," Inspector Jane Roe said.\n'
    )
    r = parse(text)
    assert r.title is not None and r.title.text == headline


def test_a_long_quoted_sentence_is_no_headline() -> None:
    text = (
        "Tuesday, June 3, 2008\n\n"
        "Detectives are appealing for information about a robbery at the harbour last April.\n\n"
        'Inspector Jane Roe said: "A year has passed and we still cannot give the owners the answers they seek.\n\n'
        '"I have no doubt there are people who know what happened, and I ask them to come forward."\n'
    )
    assert parse(text).title is None


def test_a_letterheads_columns_run_together_are_no_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE                                  Contact: Jane Okafor\n"
        "May 13, 2021                                           Director of Communications\n"
        "                                                       214-555-0147 (Office)\n\n"
        "         Man Sentenced to 40 Years for Harbour Fraud\n"
        "(Lakeview, Texas) – A Lakeview County jury sentenced a man to 40 years in prison on Wednesday for\n"
        "defrauding the harbour board of more than $2 million over three years.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Man Sentenced to 40 Years for Harbour Fraud"
    assert r.to_dict()["date"] == "2021-05-13"


def test_a_ministers_post_after_a_title_case_headline_is_its_sites_name() -> None:
    text = (
        " Minister for Roads and Ports \n\n Jane Okafor \n\n"
        " 100 Days Without A Closure On The Harbour Bridge - Minister for  Roads and Ports \n\n 12-05-2016 -\n\n"
        " The harbour bridge has now been open for 100 days without a closure, the Minister for Roads and Ports"
        " said today.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "100 Days Without A Closure On The Harbour Bridge"


def test_a_short_paragraph_that_quotes_someone_stays_in_the_body() -> None:
    r = parse(
        HEAD + "The board was asked at the hearing today who had been given the contract for the new roof of the"
        " ferry terminal, and how.\n\nChief Executive: “One firm.”\n"
    )
    assert [b.text[:16] for b in r.body] == ["The board was as", "Chief Executive:"]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("(Lakeview, Texas) – A county jury sentenced a man to 40 years in prison on Wednesday for fraud.", "Lakeview"),
        ("(Port Ashby) - The harbour board said on Wednesday that the new terminal would open late.", "Port Ashby"),
    ],
)
def test_a_dateline_place_in_brackets(lead: str, place: str) -> None:
    assert one(lead)["dateline"] == place


def test_every_bare_domain_a_visit_invites_to_is_a_url() -> None:
    r = one(
        "The harbour board opened its ferry terminal today. For more, visit lakeviewharbour.org and lakeferries.com."
    )
    assert [u["text"] for u in r["urls"]] == ["lakeviewharbour.org", "lakeferries.com"]


def test_a_wire_dateline_with_two_places_and_a_linked_wire_name_dates_the_release() -> None:
    r = one(
        "LAKEVIEW / PORT ASHBY - [Wire Service](https://wire.example.com) - 22 June 2026 - The harbour board"
        " has signed three agreements with ferry firms from across the region this week."
    )
    assert r["date"] == "2026-06-22"


def test_a_short_headline_ending_on_a_pronoun_does_not_run_into_the_story_under_it() -> None:
    # (a wide line of prose ending on ``this`` goes on; a headline does not)
    r = parse(
        "Council Shows What It Can Do With This\n"
        "Lakeview Council opened its new harbour bridge today after two years.\n"
    )
    assert r.title is not None and r.title.text == "Council Shows What It Can Do With This"


def test_a_wide_line_of_prose_ending_on_a_preposition_goes_on_past_a_blank_line() -> None:
    r = parse(
        "Harbour ferries have their busiest summer\n\n"
        "The harbour board said today that its three ferries had carried well over\n\n"
        "2,400 passengers a day this summer, more than in any year since the crossing opened.\n"
    )
    assert [(b.text[:16], b.text[-20:]) for b in r.body] == [("The harbour boar", "the crossing opened.")]


def test_a_headline_justified_with_wide_gaps_between_its_words_is_still_the_headline() -> None:
    r = parse(
        "Council     opens     new     bridge\n\nThe council opened the new bridge today after two years of work.\n"
    )
    assert r.title is not None and r.title.text == "Council opens new bridge"


def test_a_pdfs_lines_one_blank_line_apart_and_its_paragraphs_two_are_one_paragraph_each() -> None:
    # wrapped at about 108 characters; a full line that ends its sentence goes on at the next
    # line of its paragraph (one blank line), and a paragraph ends at two blank lines
    lines = [
        "Harbour wall works to finish in spring",
        "",
        "The works on the new harbour wall at Lakeview will finish in the spring, two months ahead of the plan that",
        "",
        "the harbour board agreed with the council, the Minister for Ports, Jane Okafor, said in a statement today.",
        "",
        " ",
        "",
        "“The crews have worked through the winter storms and the wall is now higher than the old one was at its",
        "",
        "best,” Ms Okafor said. “The board will open the new berths to the ferries and fishing boats in the spring.",
        "",
        "Lakeview has waited a long time for a harbour that can take the winter storms, and it will soon have one.",
        "",
        " ",
        "",
        "“The council and the board have worked together on every part of this work, from the plans to the crews",
        "",
        "who built the wall and the town that put up with the noise for two long years,” Ms Okafor said.",
        "",
        " ",
        "",
        "The wall is the largest work at the harbour since the old pier was built more than a hundred years ago.",
        "",
        "Its cost was shared by the board, the council and the state, which paid for the new berths on its own.",
        "",
        " ",
        "",
        "Media contact: Tom Ashby 0400 000 000",
        "",
    ]
    r = parse("\n".join(lines))
    assert [(q.speaker, q.text.split()[0], q.text.split()[-1]) for q in r.quotes] == [
        ("Jane Okafor", "The", "best,"),
        ("Jane Okafor", "The", "one."),  # the quote's paragraph goes on at ``Lakeview has …``
        ("Jane Okafor", "The", "years,"),
    ]
    paragraphs = Document("\n".join(lines)).paragraphs
    assert [p.text.split()[0] for p in paragraphs][-3:] == ["“The", "The", "Media"]


def test_a_note_in_brackets_after_the_story_is_a_note_to_editors() -> None:
    text = (
        "FOR THE PRESS\n\nHARBOUR RELIEF FLIGHTS BEGIN\n\n"
        "The first relief flight to the harbour towns will leave the airfield today with tents and food.\n\n"
        "Further flights will follow at weekly intervals while the roads are closed.\n\n"
        "(NOTE: Crews will be at the airfield at six for photographs.)\n"
    )
    r = parse(text)
    assert [n.text for n in r.notes] == ["Crews will be at the airfield at six for photographs."]


def test_a_letterhead_line_of_addresses_with_a_notice_is_not_the_story() -> None:
    # the addresses run on into a sentence of twelve words; the story starts after the
    # number and the date, and the header (where the number is read) runs up to it
    text = (
        "jane.roe@lakeview.example.org     www.lakeview.example.org  Write to this address to get every"
        " statement from the office by e-mail on the day.\n\n"
        "LAKEVIEW PARTY  MEDIA\n\nSENATOR JANE ROE  SPOKESPERSON FOR HARBOURS\n\n"
        "07/215  WEDNESDAY 9 MARCH 2005\n\n"
        "Ferry Timetable Must Be Restored\n\n"
        "Senator Roe called on the council to put the winter ferries back on the timetable by June.\n"
    )
    r = parse(text)
    assert r.reference is not None and r.reference.text == "07/215"
    assert r.title is not None and r.title.text == "Ferry Timetable Must Be Restored"


def test_a_first_line_of_two_sentences_longer_than_a_headline_is_no_headline() -> None:
    # a scraped page's table: each line a cell, its rule after it (so no line reads as prose)
    story = (
        "|\n|\nThe river pilots of Lakeview took their first boats out alone on the spring tide this week, after"
        " a winter of lessons on the channels. Twelve of them passed the harbour master's test. |\n"
        "Next month the pilots will take the ferries through the narrows at night. |\n"
    )
    assert parse(story).title is None
    # a headline in capitals may print two sentences (a quoted view, say)
    headed = (
        "READERS' VIEW: \u201cTHE PILOTS HAVE EARNED THEIR PLACE ON THE RIVER. THE TOWN SHOULD PAY FOR"
        " TWO MORE FERRIES.\u201d\n" + story
    )
    r = parse(headed)
    assert r.title is not None and r.title.text.startswith("READERS' VIEW")


def test_a_typescript_with_no_headline_under_its_post_in_capitals_takes_the_archive_title() -> None:
    # the post in capitals is letterhead; the story's first line breaks after ``Mr``; the
    # archive title's last words end the story's first sentence, on a line of their own
    text = (
        '---\ntitle: "Storm berths go back to the fishing fleet"\ndate: "1976-08-12"\n---\n\n'
        " THE MINISTER  FOR THE \n\n HARBOUR TERRITORY\n\n The Minister for the Harbour Territory, Mr  \n\n"
        " Tom Ashby,  said today that the berths kept free  \n\n in the storm season will go back to the"
        "  \n\n fishing fleet.\n\n Skippers may book them at the harbour office from Monday.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Storm berths go back to the fishing fleet"


@pytest.mark.parametrize("post", ["SHADOW MINISTER FOR ROADS AND PORTS", "FROM THE MINISTER FOR ROADS"])
def test_a_post_in_capitals_over_a_headline_in_capitals_is_letterhead(post: str) -> None:
    text = (
        f"{post}\n\nHARBOUR WALL MUST BE RAISED BEFORE WINTER\n\n"
        "The Shadow Minister for Roads and Ports, Jane Roe, said the harbour wall must be raised.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "HARBOUR WALL MUST BE RAISED BEFORE WINTER"


def test_a_letter_spaced_letterhead_line_is_not_the_story() -> None:
    # OCR reads a letter-spaced name as words of a letter or two: thirteen "words" and a
    # full stop made the line read as a sentence, so the header (with the number) ended there
    text = (
        "The Minister for Roads, Ports and Harbours\n\n The Hon. T O M  A S H B Y , M.P.\n\n"
        " C O M M O N W E A L T H\n\n MPS 14/87\n\n HARBOUR SCHEME SHOWS ITS WORTH\n\n"
        "The volunteer crews of the harbour scheme towed more boats to safety this winter than ever.\n"
    )
    r = parse(text)
    assert r.reference is not None and r.reference.text == "MPS 14/87"
    assert r.title is not None and r.title.text == "HARBOUR SCHEME SHOWS ITS WORTH"


def test_an_ocr_speck_read_as_an_opening_mark_joins_no_lines() -> None:
    # a mark with a space after it opens no quote: the date line stays a line of its own,
    # with the release number beside the date
    text = (
        " N E W S  R E L E A S E\n\n 14 March 1979 \u201c \u00ce\u00ce 63/79\n\n"
        " FERRY CREWS BEAT THE STORM SEASON\n\n"
        " The ferry crews kept every crossing running through the storms, and the last \n\n"
        " sailing of the season left on time.\n"
    )
    r = parse(text)
    assert r.reference is not None and r.reference.text == "63/79"
    assert r.title is not None and r.title.text == "FERRY CREWS BEAT THE STORM SEASON"


def test_a_byline_after_the_headline_and_before_a_bar_is_no_part_of_it() -> None:
    text = (
        "Lakeview Urges Board to Raise the Harbour Wall By Lakeview Harbour Office in Hobart"
        "   |  14 March 2019\n\n"
        "The harbour office today repeated its call to the board to raise the wall before the storms.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Lakeview Urges Board to Raise the Harbour Wall"


def test_the_pages_address_under_its_headline_is_no_part_of_it() -> None:
    text = (
        "Council admits the winter ferry timetable has failed, yet gives the town no date for a new one\n\n"
        "lakeview.example.org/council-admits-the-winter-ferry-timetable-has-failed/\n\nNews\n\n2 April 2018\n\n"
        "The council said on Monday that the winter timetable had left too many crossings without a ferry.\n"
    )
    r = parse(text)
    assert r.title is not None
    assert (
        r.title.text == "Council admits the winter ferry timetable has failed, yet gives the town no date for a new one"
    )


def test_a_short_headline_with_an_initialism_under_a_letterhead_of_phone_numbers() -> None:
    # the initialism is one word, not three letters of OCR noise; the phones line is letterhead
    text = (
        " PRESS RELEASE\n\n THE SENATE\n\n Senator The Hon. J. ROE\n\n"
        " Leader Lakeview Labor Party Phones: Lakeview, 418 Ext. 207 Hobart, 22871 Ext. 95\n\n"
        " L.L.P. and Harbours\n\n The L.L.P. Senators asked the Minister\n\n to table the harbour engineers'"
        " report in the Senate.\n\n Lakeview, 2nd May, 1971.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "L.L.P. and Harbours"


def test_an_archived_title_in_title_case_run_into_a_byline_under_page_furniture() -> None:
    # ``For`` and ``Of`` go on a headline in title case; a name, a dash and a role after it
    # are a byline
    text = (
        '---\ntitle: "Ferry ruling: council must show power for keeping of winter ferries."\n'
        'date: "2003-02-05"\n---\n\n   Lakeview Party   National Office   Back\n\n'
        " Jane Roe - Ferry Ruling: Council Must Show Power For Keeping Of Winter Ferries //media/0203/jr.html\n\n"
        " Thursday, 6 February 2003\n\n"
        " Ferry Ruling: Council Must Show Power For Keeping Of Winter Ferries"
        " Jane Roe - Shadow Minister for Ports\n\n"
        " Media Statement - 5 February 2003\n\n"
        " The tribunal found that the council had no power to hold the two ferries in port all winter.\n"
    )
    r = parse(text)
    assert r.title is not None
    assert r.title.text == "Ferry Ruling: Council Must Show Power For Keeping Of Winter Ferries"


def test_a_headline_run_into_a_sentence_whose_subject_repeats_its_opening_words() -> None:
    # a flattened page: breadcrumb, headline and story on one line; the story's subject is
    # the headline's first words again, and a slash inside a word (``COVID/flu``) is no crumb
    story = (
        "Lakeview Council Chair Jane Roe said the town owed its ferries to Tom Ashby, ferry master for"
        " thirty years, who died on Sunday: \u201cHe kept the boats running through every storm we had. He"
        " saw the town through the COVID/flu winter, his last on the river.\u201d"
    )
    text = f"[Home &gt; About &gt; News &gt; Lakeview Council Tribute to Former Ferry Master Tom Ashby {story}\n"
    r = parse(text)
    assert r.title is not None and r.title.text == "Lakeview Council Tribute to Former Ferry Master Tom Ashby"


def test_a_members_letterhead_with_ocrs_space_inside_its_letters_is_no_headline() -> None:
    # ``M .P.``: the member's line is letterhead; the headline, letter-spaced and misread,
    # is OCR noise, so the archive's title stands
    text = (
        '---\ntitle: "Harbour pilots"\ndate: "1986-05-25"\n---\n\n'
        " MINISTER FOR PO R T S   A N D  HARBOURS\n\n The Hon. TOM ASHBY, M .P.\n\n MBS 12/86\n\n"
        " H A R B 0 U R  P T L 0 T S\n\n The Minister for Ports and Harbours, Tom Ashby, said today the"
        " pilots would be trained in Lakeview from next year.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Harbour pilots"


def test_a_media_advisory_keeps_its_labelled_headline_over_its_who_and_what_fields() -> None:
    # the headline in capitals with the label run into it stands above a date line; the
    # advisory's ``WHO:``/``WHAT:`` fields under the date are no headline
    text = (
        "MEDIA ADVISORY – BRIDGE HEARING POSTPONED\n\nDate: March 4, 2024\n\nMEDIA ADVISORY\n\n"
        "WHO: Lakeview County District Attorney Jane Roe\n\n"
        "WHAT: Has postponed the hearing on the harbour bridge contracts set for today.\n\n"
        "WHEN: Today, March 4, 2024\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "BRIDGE HEARING POSTPONED"
    assert r.date == "2024-03-04"


def test_a_us_attorneys_letterhead_with_its_district_and_an_index_link_is_no_headline() -> None:
    # the office, its district on a line of its own, a press officer's contact and a link
    # back to the index stand above the number, the date and the headline in capitals
    text = (
        "    United States Attorney's Office\n    Western District of Lakeview\n\n"
        "    Jane Roe\n    Public Affairs Officer\n\n    (555) 201-3344\n\n"
        "    Return to the 2011 Press Release Index\n    Release No. 11-042\n\n    March 4, 2011\n\n"
        "    HARBOUR CONTRACTOR SENTENCED TO FOUR YEARS\n    FOR BRIBING PORT INSPECTORS\n\n"
        "    LAKEVIEW – A harbour contractor was sentenced today to four years in federal prison.\n"
    )
    r = parse(text)
    assert r.title is not None
    assert r.title.text == "HARBOUR CONTRACTOR SENTENCED TO FOUR YEARS FOR BRIBING PORT INSPECTORS"
    assert r.reference is not None and r.reference.text == "11-042"


@pytest.mark.parametrize("mark", ["# ", ""])
def test_a_headline_does_not_run_on_into_a_first_paragraph_that_opens_with_a_lower_case_name(mark: str) -> None:
    # a brand written in lower case (``lakeCloud, Inc.``) opens the story under the headline;
    # a markdown heading is one line, and a paragraph-long line is no headline's rest
    story = (
        "lakeCloud, Inc., the company that runs harbour data in the cloud, today announced the"
        " availability of lakeCloud Platform 7, with new tools for port operators, shipping agents,"
        " harbour masters and the crews that load and unload the boats along the eastern quay."
    )
    text = f"{mark}lakeCloud Announces Launch of lakeCloud Platform 7\n\n{story}\n"
    r = parse(text)
    assert r.title is not None and r.title.text == "lakeCloud Announces Launch of lakeCloud Platform 7"


def test_an_about_paragraph_with_a_tagline_run_into_it_ends_the_story() -> None:
    # ``About X – tagline`` glued to ``X is …``: the boilerplate's quoted catchphrase is
    # no quote of the story's
    text = (
        "# Lakeview Robots Unveils Harbour Crane Model\n\n"
        '"Cranes that see the quay will load ships in half the time," said Jane Roe, Chair of'
        " Lakeview Robots.\n\n"
        'About LAKEVIEW ROBOTS – Giving cranes "eyes"LAKEVIEW ROBOTS is a maker of harbour robots,'
        ' known for its "eyes on every crane and hands on every hook" slogan in the trade.\n'
    )
    r = parse(text)
    assert [q.text for q in r.quotes] == ["Cranes that see the quay will load ships in half the time,"]


def test_a_media_advisory_with_no_headline_takes_no_subheading_from_under_its_fields() -> None:
    # a page scraped without its title: label, date, press officers, then the advisory's
    # ``WHAT:`` field where a story would start; a question heading under it is no headline
    text = (
        "For Immediate Release\n\nMarch 4, 2024\n\nJane Roe\nChief of Staff\nOffice: 555-201-3344\n\n"
        "WHAT: The six cases listed below are set for hearings on the harbour contracts.\n\n"
        "What is the harbour contracts review?\n\n"
        "In 2019 the county opened a review of every contract signed for the harbour works.\n\n"
        "WHEN: Tomorrow, Tuesday, March 5, 2024\n"
    )
    r = parse(text)
    assert r.title is None
    assert r.date == "2024-03-04"


def test_a_list_of_highlights_over_the_story_is_one_paragraph_before_the_dateline() -> None:
    # three long bullets, an embargo line, then the dateline with the wire's name first
    bullets = "\n".join(
        f"* Finding {k}: harbour crews who take the new shift pattern report fewer injuries and less"
        " overtime across the winter season, the study of three ports found."
        for k in (1, 2, 3)
    )
    text = (
        f"# Shorter shifts may cut injuries among harbour crews\n\nKey Points:\n\n{bullets}\n\n"
        "Embargoed until 9 a.m. local time, Thursday, March 6, 2025\n\n"
        "(Lakeview Wire) - March 6, 2025 - LAKEVIEW – Shorter shifts were linked with fewer injuries"
        " among harbour crews, according to a study to be presented at a conference next week.\n"
    )
    assert parse(text).date == "2025-03-06"


def test_the_dateline_with_the_wires_name_first_in_brackets() -> None:
    text = (
        "# Shorter shifts may cut injuries among harbour crews\n\n"
        "(Lakeview Wire) - 30 January 2025 - LAKEVIEW – Shorter shifts were linked with fewer"
        " injuries among harbour crews, according to a study to be presented next week.\n"
    )
    assert parse(text).date == "2025-01-30"


def test_a_headline_in_capitals_run_into_the_quote_that_opens_the_story() -> None:
    # one line: the headline in capitals, then the story's first quote; the quote is read
    text = (
        "PRESS RELEASE FROM JIM ROE, MP, SHADOW MINISTER FOR PORTS\n\n"
        'HARBOUR DUES MUST NOT RISE AGAIN "It is wrong that the harbour board has raised its dues'
        ' twice in one year," said Mr Jim Roe, the Shadow Minister for Ports.\n\n'
        "The board meets again in May.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "HARBOUR DUES MUST NOT RISE AGAIN"
    assert [q.speaker for q in r.quotes] == ["Mr Jim Roe"]


def test_bare_domains_after_log_onto_are_addresses() -> None:
    text = "# Lakeview TV Adds a Harbour Programme\n\nFor more information, log onto lakeview.tv and lakeview.news.\n"
    assert [u.url for u in parse(text).urls] == ["http://lakeview.tv", "http://lakeview.news"]


@pytest.mark.parametrize("domain", ["lakeview.ae", "lakeview.kr", "lakeview.global", "lakeview.tech"])
def test_a_bare_domain_under_a_country_or_new_top_level_domain_given_as_an_address(domain: str) -> None:
    text = f"# Lakeview Port Opens Hub\n\nFor further information, please visit our website: {domain}, or call us.\n"
    assert [u.url for u in parse(text).urls] == [f"http://{domain}"]


def test_a_bare_domain_after_learn_more_is_an_address() -> None:
    text = "# Lakeview Port Opens Hub\n\nLearn more about the Lakeview Harbour Plan at lakeviewport.com.\n"
    assert [u.url for u in parse(text).urls] == ["http://lakeviewport.com"]


def test_a_kicker_in_the_headline_is_no_dateline() -> None:
    # a scraped page: its title, the headline again under it, each line a paragraph
    headline = "ICYMI — HARBOUR TIMES: “THE NEW QUAY IS A SUCCESS SO FAR.”"
    text = (
        f"{headline} | Lakeview Harbour Board\nSkip to main content\nPress Release\n{headline}\nJune 09, 2025\n"
        "Over the weekend, the Harbour Times looked at the first six months of the new quay and its ferries.\n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == headline
    assert r.to_dict()["dateline"] is None


@pytest.mark.parametrize(
    ("under", "subtitle"),
    [
        # the headline printed again under the page's title, then the real subtitle
        ("New law lets first offenders keep their licence", "New law lets first offenders keep their licence"),
        # a pull quote under the headline is no subtitle
        ("“You understand why it mattered so much to sailors” – Dr Jane Roe, Curator", None),
    ],
)
def test_the_subtitle_under_a_headline_printed_twice(under: str, subtitle: str | None) -> None:
    headline = "HARBOUR BOARD PROPOSAL SIGNED INTO LAW"
    text = (
        f"{headline} | Lakeview Harbour Board\nSkip to main content\nPress Release\n{headline}\n{under}\n"
        "June 09, 2025\nThe harbour board’s proposal on boating licences was signed into law on Monday.\n"
    )
    assert parse(text).to_dict()["subtitle"] == subtitle


def test_a_dateline_broken_from_its_dash_by_a_scraper() -> None:
    text = (
        "Harbour Task Force Meets | Lakeview County\nSkip to main content\nPress Release\n"
        "Harbour Task Force Meets\nMarch 12, 2026\nLAKEVIEW\n"
        "– County Prosecutor Ann Marsh today hosted the first meeting of the harbour task force.\n"
        "The task force will share information and train prosecutors to bring stronger cases to court.\n"
    )
    d = parse(text).to_dict()
    assert d["dateline"] == "LAKEVIEW"
    assert d["summary"] == "County Prosecutor Ann Marsh today hosted the first meeting of the harbour task force."


def test_a_page_s_published_date_gives_way_to_the_release_s_own_under_it() -> None:
    page = (
        "HARBOUR BOARD THANKS ITS PILOTS - Lakeview County District Attorney\nSkip to content\nPress\n"
        "HARBOUR BOARD THANKS ITS PILOTS\nAuthor\nJane Roe\nPublished\nSeptember 9, 2006\nHome\nPress\n"
        "HARBOUR BOARD THANKS ITS PILOTS\nFor Immediate Release\nMarch 3rd, 2006\n"
        "District Attorney Tom Ashby will join the harbour board to thank the harbour pilots for their work.\n"
    )
    assert parse(page).to_dict()["date"] == "2006-03-03"
    # with no date of its own under it, the page's date is the release's
    assert parse(page.replace("March 3rd, 2006\n", "")).to_dict()["date"] == "2006-09-09"


def test_an_archived_headline_in_capitals_above_the_release_number_stays_the_headline() -> None:
    # half its words are the archive title's (OCR spelt the rest otherwise): no letterhead
    # that gives way to a line under the number (the story's first line had been taken)
    text = (
        '---\ntitle: "New quay for Lakeview"\ndate: "1966-08-09"\n---\n\n FOR PRESS\n\n'
        " .  NEW QUAY FOR LAKE VIEW\n\n Statement by the Minister for the Harbour,  the Hon, Tom Ashby, MP.\n\n"
        " No. 45/66\n\n About 1,000 tonnes of stone for the new quay at Lakeview \n\n"
        " will be sent by rail during the next two weeks to be followed by \n\n"
        " a further 11,000 tonnes as wagons become available on the line \n\n"
        " The Minister for Ports, Mr. Tom Ashby, said today that apart \n\n"
        " from the works now under way at the eastern quay the board had \n\n"
        " accepted the plan to rebuild the old harbour wall this year.\n"
    )
    d = parse(text).to_dict()
    assert (d["title"], d["reference"]) == ("NEW QUAY FOR LAKE VIEW", "45/66")


@pytest.mark.parametrize("number", ["No. 4546", "No·. 4546"])
def test_a_typescript_s_release_number_after_its_label_alone_on_its_line(number: str) -> None:
    text = (
        " FOR PRESS\n\n HARBOUR WORKS BEGIN\n\n Statement by the Minister for Ports, the Hon. Tom Ashby, MP.\n\n"
        f" {number}\n\n About 1,000 tonnes of stone will be sent to the harbour by rail during the next two weeks.\n"
    )
    assert parse(text).to_dict()["reference"] == "4546"


def test_a_story_that_hands_over_a_telegram_is_no_headline() -> None:
    # an archived release that prints no headline: its first sentence, handing over the
    # telegram it quotes, had been taken for one
    text = (
        '---\ntitle: "Telegram to the Ports Minister on the quay"\ndate: "1971-06-08"\n---\n\n'
        " L E A D E R  O F  T H E  O P P O S I T I O N\n\n C A N B E R R A\n\n"
        " Mr. Tom Ashby, this afternoon, sent the following \n\n telegram to the Ports Minister\n\n"
        ' "Deeply concerned at reports on the state of the quay. \n\n My Party would support you in any repair".\n'
    )
    assert parse(text).to_dict()["title"] == "Telegram to the Ports Minister on the quay"


def test_an_archived_release_with_no_headline_has_no_subtitle() -> None:
    # (its letterhead, letter-spaced, had been taken for one under the archive's title)
    text = (
        '---\ntitle: "Telegram to the Ports Minister on the quay"\ndate: "1971-06-08"\n---\n\n'
        " L E A D E R  O F  T H E  O P P O S I T I O N\n\n"
        " The Leader of the Opposition sent a telegram to the Ports Minister about the state of the quay today.\n"
    )
    d = parse(text).to_dict()
    assert (d["title"], d["subtitle"]) == ("Telegram to the Ports Minister on the quay", None)


def test_a_pdf_letterhead_line_with_a_contact_run_into_it_is_no_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE Contact: Jane Roe\nMarch 4, 2022 Director of Communications\n"
        "555-010-3756 (Office)\nLakeview Man Sentenced to 40 Years for 2019 Harbour Murder\n"
        "(Lakeview, Texas) – A Lakeview man was sentenced to 40 years in prison on Thursday for a murder.\n"
    )
    assert parse(text).to_dict()["title"] == "Lakeview Man Sentenced to 40 Years for 2019 Harbour Murder"


def test_a_dateline_broken_from_its_hyphen_by_a_scraper() -> None:
    text = (
        "Harbour Task Force Meets | Lakeview County\nSkip to main content\nPress Release\n"
        "Harbour Task Force Meets\nMarch 12, 2026\nLAKEVIEW\n"
        "- The County Prosecutor's Office today hosted the first meeting of the harbour task force.\n"
        "The task force will share information and train prosecutors to bring stronger cases to court.\n"
    )
    d = parse(text).to_dict()
    assert d["dateline"] == "LAKEVIEW"
    assert d["summary"] == "The County Prosecutor's Office today hosted the first meeting of the harbour task force."


def test_a_dateline_broken_from_its_colon_by_a_scraper() -> None:
    text = (
        "MEDIA ADVISORY: Harbour Task Force Meets - Lakeview County\nNews\nPress Release\n"
        "MEDIA ADVISORY: Harbour Task Force Meets\nAdmin | March 12, 2026\nfor immediate release\n"
        "Harbour Task Force Meets\nLakeview, Florida\n"
        ": County Prosecutor Ann Marsh will hold a press conference on the harbour task force today.\n"
        "WHO:\nCounty Prosecutor Ann Marsh\n"
    )
    d = parse(text).to_dict()
    assert d["summary"] == "County Prosecutor Ann Marsh will hold a press conference on the harbour task force today."


def test_a_markdown_headline_does_not_run_on_into_a_subtitle_in_lower_case() -> None:
    text = (
        "# Harbour Lines Shows New Ferries at Summit 2024\n\n"
        "eFerry Maker Reports Talks With Over 20 Operators, Shows Two New Boats\n\n"
        "LAKEVIEW - (Lakeview Wire) - September 27, 2024 - Harbour Lines today showed two new electric ferries.\n"
    )
    d = parse(text).to_dict()
    assert d["title"] == "Harbour Lines Shows New Ferries at Summit 2024"
    assert d["subtitle"] == "eFerry Maker Reports Talks With Over 20 Operators, Shows Two New Boats"


def test_an_archived_title_between_the_letterhead_s_name_and_the_release_label() -> None:
    text = (
        '---\ntitle: "Harbour works begin at the eastern quay."\ndate: "2009-06-20"\n---\n\n'
        " Jane Roe   Harbour works begin at the eastern quay  Media Release | Spokesperson Jane Roe  \n\n"
        " Saturday 20th June 2009, 12:16pm \n\n"
        " The Lakeview Party has welcomed the start of the works on the eastern quay, saying it should mark \n\n"
        " the start of a better ferry service for the island towns. \n"
    )
    r = parse(text)
    assert r.title is not None and r.title.text == "Harbour works begin at the eastern quay"
    assert r.to_dict()["subtitle"] is None


def test_an_e_mail_a_page_hid_is_no_organisation_of_the_contact() -> None:
    text = (
        "Harbour board fines operator\n\nThe harbour board fined a ferry operator on Monday for sailing overloaded.\n\n"
        "For further information, please contact Jo Reed, Public Information Officer, at\n(305) 555-0142\nor\n"
        "[email protected]\n"
    )
    assert [(c.name, c.role, c.organisation) for c in parse(text).contacts] == [
        ("Jo Reed", "Public Information Officer", None)
    ]
