"""The headline: the first line of the header that reads as one.

Lines are skipped, in order, when they are page furniture, labels (``PRESS RELEASE``),
dates, reference numbers, the name of an office or of the member issuing the release,
or instructions to editors. A
``Title:`` field or a markdown heading is taken as it is. Letterhead printed in
capitals above a date line gives way to the headline under the date. Labels run into
the headline and a site name appended to it are cut off; a headline wrapped over two
lines is joined.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from .. import patterns as P
from .. import vocab as V
from ..document import CLOSING_MARKS, Document, Printed, ends_sentence, find_words, runs_on, squash, word_count, wraps
from ..models import Title
from ..sections import Sections, in_capitals, is_all_caps_heading

#: How far down the header the headline may stand.
MAX_LINES = 40
#: A paragraph this long, or opening with a dateline, means the release has started.
BODY_WORDS = 40
#: A headline has at least this many words (``New board chair appointed``).
MIN_WORDS = 4
#: A byline (``Posted on … by …``) has at most this many words.
BYLINE_WORDS = 14
#: A header line is the archive's title printed when at least this many of its content
#: words, and this share of them, are the front-matter title's.
MIN_ARCHIVED_WORDS = 2
ARCHIVED_SHARE = 0.8
#: Words compared by their first letters only (``welcomed``, ``welcomes``).
STEM_LETTERS = 5
#: A headline's second line stands at most this many line breaks below its first (OCR
#: text puts blank lines, sometimes several, between the lines of a headline).
MAX_GAP_BREAKS = 5
#: A headline hard-wrapped at the text's width runs over at most this many lines.
MAX_WRAPPED_LINES = 3
#: A headline wrapped over lines with more words than this has run into the story.
MAX_HEADLINE_WORDS = 24
#: A headline run into the body is followed by at least this many words of it.
MIN_RUN_ON_WORDS = 15


def _header_lines(doc: Document, sections: Sections) -> list[Printed]:
    """The first :data:`MAX_LINES` non-blank lines of the paragraphs up to six after the
    body starts (read from the line arrays: paragraphs hold every non-blank line)."""
    paragraphs = doc.paragraphs[: sections.body_start + 6]
    if not paragraphs:
        return []
    text, lines = doc.text, doc.lines
    starts, ends = lines.starts, lines.ends
    out: list[Printed] = []
    for i in range(paragraphs[0].first, paragraphs[-1].stop):
        start, end = starts[i], ends[i]
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        out.append(Printed(start + lead, start + lead + len(stripped), stripped))
        if len(out) >= MAX_LINES:
            break
    return out


def _is_dateline(text: str) -> bool:
    """A line that is a date, maybe with a label or a number beside it."""
    m = P.DATE.search(text)
    if m is None:
        return False
    rest = text[: m.start()] + " " + text[m.end() :]
    if P.FURNITURE.match(rest) or P.LABEL_LINE.match(rest.strip()):
        return True
    words = find_words(rest)
    if len(words) > 4 or (len(words) >= 3 and not P.DAY_NUMBER.search(m.group())):
        return False  # (a month with no day beside three words is a headline's: ``Cargo Volumes – May 2025``)
    # a short headline with its date run in (``Harbour works update  Friday, 25 October
    # 2013``) says something in lower case; a label or a place beside a date does not
    return len(words) < 3 or not any(w.islower() and w not in V.FUNCTION_WORDS for w in words)


def _is_dateline_after(text: str) -> bool:
    """A line under a headline line that is a date line, not the headline's rest: one that
    goes on in lower case (``of the river crossing 12 March 2025``) is the rest, its date
    cut off by :func:`_clean`."""
    return not text[:1].islower() and _is_dateline(text)


#: Small words a headline has and an office's name has not (it has ``of``, ``for``, ``and``).
_NO_OFFICE = frozenset(["into", "with", "from", "to", "by", "as", "than", "that", "against", "over", "after"])


def _is_office(text: str) -> bool:
    """An office's name: a body's word first, last or before ``of``, every word
    capitalised, no verb (``Lakeview County Council``, ``United States Department of
    Justice``, not ``Council Opens New Bridge``), or a prosecutor's district under it
    (``Central District of Lakeview``)."""
    if P.JUDICIAL_DISTRICT.match(text):
        return True
    words = find_words(text)
    if (
        not words
        or len(words) > 8
        or any(w.lower() in V.HEADLINE_VERBS or w.lower() in _NO_OFFICE for w in words)
        or any(_verb_after_subject(w.lower()) for w in words[1:])
    ):
        # a verb (after the subject in its plural's form: ``Police Reopen Harbour Appeal``),
        # or a word no office's name has: ``… PROBE INTO HARBOUR DEPARTMENT``
        return False
    # the body's word first or last, or before ``of`` (``United States Department of Justice``)
    named = (
        words[0].lower() in V.ORG_WORDS
        or words[-1].lower() in V.ORG_WORDS
        or any(w.lower() in V.ORG_WORDS and n == "of" for w, n in pairwise(words))
    )
    return named and all(w[:1].isupper() or w.lower() in V.FUNCTION_WORDS for w in words)


def _verb_after_subject(word: str) -> bool:
    """A headline's verb after its subject, in either number and again with ``re``:
    ``Opens``, ``Open``, ``Reopen``, ``Relaunches``."""
    return word in V.PLURAL_HEADLINE_VERBS or (word[:2] == "re" and word[2:] in V.PLURAL_HEADLINE_VERBS)


def _names_a_site(m: regex.Match[str], capitals: bool) -> bool:
    """Whether the part after a separator in a headline whose words are all capitalised
    names its site, not a subtitle (``… - A Fresh Start``): a bar before it
    (``… | Lakeview County``), an office's or a news site's name, or an abbreviation or a
    domain in it (``… - GOV.UK``, ``… - NHS England``; not in a headline in capitals)."""
    site = m.group("site")
    if _is_office(site) or "|" in m.group(0)[: m.start("site") - m.start()] or "::" in m.group(0):
        return True
    if P.PORTFOLIO_LINE.match(site):
        return True  # a minister's site: ``… - Minister for Roads and Ports``
    words = find_words(site)
    if capitals or not words:
        return False
    return words[-1].lower() in V.MEDIA_WORDS or any(len(w) >= 2 and w.isupper() for w in words)


#: A line with this many garbled words is OCR noise (see :data:`~extractor.patterns.GARBLED_WORD`).
GARBLED_WORDS = 2


def _is_junk(text: str, joined: str) -> bool:
    """OCR noise or letter-spaced capitals: most words one or two letters long, or two
    words garbled (``mminster of P(PORTS affrs ku7RT.QLÂ£MX``). An initialism is one
    word (``L.L.P. and Harbours``): ``joined`` is ``text`` with them joined."""
    words = find_words(joined)
    if len(words) >= 3 and sum(len(w) <= 2 for w in words) * 2 > len(words):
        return True
    if P.GARBLED_WORD.search(text) is None:
        return False  # (the common case, one scan)
    return sum(1 for w in text.split() if P.GARBLED_WORD.search(w)) >= GARBLED_WORDS


def _initialisms_joined(text: str) -> str:
    """``text`` with each initialism made one word: ``L.L.P. and Harbours`` → ``LLP and
    Harbours`` (a word count reads it as one word, not three letters)."""
    return P.INITIALISM.sub(_undotted, text) if "." in text else text


def _undotted(m: regex.Match[str]) -> str:
    return m.group().replace(".", "")


#: White space this wide inside a line parts a letterhead's columns.
COLUMN_GAP = "     "


def _skip(text: str) -> bool:
    """Not the headline: furniture, label, date, reference, office, instruction; or a line
    of a letterhead's columns run together, each of which is one of them (``FOR IMMEDIATE
    RELEASE          Contact: Jane Roe``)."""
    if COLUMN_GAP in text:
        cells = [c.strip() for c in text.strip().split(COLUMN_GAP) if c.strip()]
        # (one column at least a label, a date or a contact: a justified line's wide gaps
        # between words part no columns)
        if len(cells) > 1 and any(_labels(c) for c in cells):
            return all(_skip_cell(c) for c in cells)
    return _skip_cell(text)


def _labels(cell: str) -> bool:
    """A letterhead's column that is a label, a date or a contact line."""
    return bool(P.LABEL_LINE.match(cell) or P.CONTACT_HEADING.match(cell) or "@" in cell or _is_dateline(cell))


def _skip_cell(text: str) -> bool:
    """Not the headline: furniture, label, date, reference, office, instruction."""
    if P.FURNITURE.match(text) or P.LABEL_LINE.match(text) or _is_dateline(text) or P.EMBARGO.match(text):
        return True
    notes = P.NOTES_HEADING.match(text)
    if P.REFERENCE_LABELLED.match(text) or (notes and (not notes.group("weak") or word_count(text, 5) <= 4)):
        return True
    if P.CONTACT_HEADING.match(text) or "@" in text or "http" in text or "www." in text:
        return True
    if "." in text and P.SITE_BANNER.match(text):
        return True  # the site's banner: ``PRESS-WIRE.org - Press Release Distribution``
    if (
        "ontact" in text
        and P.CONTACT_IN_LINE.search(text)
        and word_count(text, LETTERHEAD_LINE_WORDS + 1) <= LETTERHEAD_LINE_WORDS
    ):
        return True  # ``FOR IMMEDIATE RELEASE Contact: Jane Roe``: a PDF's columns on one line
    if P.PHONES_LABELLED.search(text):
        return True  # a letterhead's line of phone numbers
    if P.MEMBER_LINE.match(text) and _after_letterhead(text, 0, _before_stamp(text, 0, len(text))) is None:
        return True
    joined = _initialisms_joined(text)  # (``Canberra. A.C.T.``: two words)
    if P.LABEL_LEAD.match(text) or _is_junk(text, joined) or P.PORTFOLIO_LINE.match(text) or _post_in_capitals(text):
        return True
    if P.BYLINE.match(text) and word_count(text, BYLINE_WORDS + 1) <= BYLINE_WORDS:
        return True
    words = word_count(joined, 12)
    if words < MIN_WORDS - 1 or _is_office(text):
        return True
    if words == MIN_WORDS - 1:
        # three words make a headline only in sentence case without job titles
        # ("New bridge opens", not "Chief of Staff" or "Mary Ann Okafor")
        tokens = find_words(text)
        if all(t[:1].isupper() for t in tokens) or any(t.lower() in V.TITLE_WORDS for t in tokens):
            return True
    stripped = text.rstrip()
    if stripped.endswith(":"):
        return True
    if _capitals_before_quote(text):
        return False  # a headline run into the story's first quote: ``DUES MUST NOT RISE "It …``
    # a long sentence, a quoted one too (``"The ferries will run until May."``; a headline in
    # capitals may print one: ``READERS' VIEW: “THE TOWN SHOULD PAY.”``)
    quoted = not stripped.isupper() and stripped[-1:] in CLOSING_MARKS and stripped[-2:-1] == "."
    return (stripped.endswith(".") or quoted) and words >= 12


def _capitals_before_quote(text: str) -> int:
    """The length of a headline in capitals that ``text`` opens with, run into the story's
    first quote (``HARBOUR DUES MUST NOT RISE "It is wrong …``), else 0."""
    if '"' not in text and "“" not in text:
        return 0
    m = P.CAPITALS_THEN_QUOTE.match(text)
    return len(m.group("head").rstrip()) if m else 0


def _post_in_capitals(text: str) -> bool:
    """A post alone on a letterhead's line in capitals, with no verb a headline would have:
    ``THE MINISTER FOR THE HARBOUR TERRITORY`` (not ``MINISTER FOR ROADS TO VISIT LAKEVIEW``)."""
    return (
        text.isupper()
        and P.PORTFOLIO_LINE_CAPS.match(text) is not None
        and not any(w.lower() in V.HEADLINE_VERBS for w in find_words(text))
    )


def _is_address(text: str) -> bool:
    """A line that is one web address, with or without its scheme: ``lakeview.org/news/``."""
    tokens = text.split()
    return len(tokens) == 1 and P.URL_HINT.search(tokens[0]) is not None


def _site_name(text: str) -> bool:
    """A publisher's name: at most ten words, every one but the small ones capitalised."""
    words = find_words(text)
    return 0 < len(words) <= 10 and all(w[:1].isupper() or w.lower() in V.FUNCTION_WORDS for w in words)


def _site_cut(head: str) -> int:
    """Where a site's name after the headline starts in ``head`` (``Headline - Lakeview
    County DA``), else its length. In a headline in capitals or in title case every word
    looks like a name's: only a part that names a site is one there (``… - LAKEVIEW
    COUNTY DA``, ``… | Lakeview County Council``, not ``… - A NEW START``, ``… - A Fresh
    Start``)."""
    m = P.SITE_SUFFIX.search(head)
    capitals = in_capitals(head)
    if (
        m
        and _site_name(m.group("site"))
        and word_count(head[: m.start()], 3) >= 3
        and (not (capitals or _site_name(head[: m.start()])) or _names_a_site(m, capitals))
    ):
        # the site printed twice, as some page titles do: ``Headline - Site - Site``
        end, site = m.start(), m.group(0)
        while head.endswith(site, 0, end) and word_count(head[: end - len(site)], 3) >= 3:
            end -= len(site)
        return end
    return len(head)


def _clean(text: str) -> tuple[int, int]:
    """The headline inside a line: ``[start, end)`` without labels, site name, reference, date."""
    start, end = 0, len(text)

    def cut(pattern: regex.Pattern[str]) -> regex.Match[str] | None:
        return pattern.match(text[start:end])

    m = cut(P.MARKDOWN_HEADING)
    if m:
        start, end = start + m.start("title"), start + m.end("title")
    m = cut(P.TITLE_FIELD)
    if m:
        start, end = start + m.start("title"), start + m.end("title")
    m = cut(P.BREADCRUMB)
    if m:
        start += m.start("last")
    m = cut(P.REFERENCE_HASH)
    if m:
        start += m.end()
    while True:
        m = cut(P.LABEL_PREFIX) or cut(P.SECTION_LABEL)
        if not m or start + m.end() >= end:
            break
        start += m.end()
    if P.MEMBER_LINE.match(text[start:end]):  # (most lines: no letterhead before the headline)
        start = _after_letterhead(text, start, _before_stamp(text, start, end)) or start
    head = _capitals_before_quote(text[start:end])
    if head:
        end = start + head  # ``HARBOUR DUES MUST NOT RISE "It is …``
    if "|" in text:
        byline = P.BYLINE_AFTER_HEADLINE.search(text, start, _before_stamp(text, start, end))
        if byline:
            end = byline.start()  # ``… Wall By Lakeview Harbour Office | 14 March 2019``
    end = _before_stamp(text, start, start + _site_cut(text[start:end]))
    while end > start and text[end - 1] in " \t*_#-–|:":
        end -= 1
    while start < end and text[start] in " \t*_#":
        start += 1
    specks = P.TITLE_SPECKS_BEFORE.match(text, start, end)
    if specks:
        start = specks.end()
    specks = P.TITLE_SPECKS_AFTER.search(text, start, end)
    if specks:
        end = specks.start()
    return start, end


def _after_letterhead(text: str, start: int, end: int) -> int | None:
    """Where a headline in capitals starts in ``[start, end)`` after a member's letterhead
    run into it on one line (``Jane Roe MP - Member for Lakeview HARBOUR WORKS MUST GO
    AHEAD``), else None."""
    m = P.CAPITALS_TAIL.search(text, start, end)
    if (
        m
        and m.start() > start
        and P.MEMBER_LINE.match(text[start : m.start()].rstrip())
        and not _skip_cell(text[m.start() : end])
    ):
        return m.start()
    return None


def _before_stamp(text: str, start: int, end: int) -> int:
    """The end of a headline at ``[start, end)`` of a line before a date or the release's
    number printed after it (``… BEGIN May 2, 2013``, ``… works begin HPS 41/1999``), or a
    date in square brackets (``… begin [May 2013]``)."""
    for d in P.DATE.finditer(text, start, end):
        before = text[start : d.start()]
        if text[d.start() - 1 : d.start()] == "[" and text[d.end() : end].rstrip() == "]":
            # an archive's tag of the month: ``… welcomed to the quay [March 2011]``
            if word_count(before, 3) >= 3:
                end = d.start() - 1
            continue
        # a day's date after the headline, not a month that is the headline's (``Cargo
        # Figures – March 2023``) nor one a small word leads into (``… Talks for October 2024``)
        if (
            d.end() >= len(text[:end].rstrip())
            and word_count(before, 3) >= 3
            and before.rsplit(None, 1)[-1].lower() not in V.OPEN_WORDS
            and P.DAY_NUMBER.search(d.group())
        ):
            end = d.start()
    m = P.REFERENCE_AFTER_HEADLINE.search(text, start, end)
    if m and word_count(text[start : m.start()], 3) >= 3:
        end = m.start()
    return end


def find(doc: Document, sections: Sections) -> Title | None:
    """The printed headline; an archive's front-matter title only when none is printed."""
    found = _printed(doc, sections)
    if "title" in doc.front_matter and (found is None or _story_not_headline(doc, found)):
        _, (start, end) = doc.front_matter["title"]
        found = _make(doc, start, end)
    return found


#: A line this long that shares no word with the archive's title is the story's start.
STORY_WORDS = 12
#: How far from a short line's start its sentence may run on to report speech.
RUN_ON_CHARS = 200


def _story_not_headline(doc: Document, found: Title) -> bool:
    """The line taken for the headline of an archived release is the story's first
    sentence, printed with no headline above it: it runs on (a comma at its end) or is a
    sentence's length, and it reports speech (``said to-day that``) or shares no content
    word with the front-matter title. A shorter line is the first of a sentence typed a
    line at a time when it runs on to reported speech in capitals or breaks after an
    honorific, and shares no content word with that title."""
    text = found.text
    if not (text.endswith(",") or word_count(text, STORY_WORDS) >= STORY_WORDS):
        # … or a line that breaks before a name, after its honorific: ``The Minister for
        # Roads, Mr`` / ``Tom Ashby, said today …``
        cut = _opens_reported_speech(doc, found.span[0]) or text.rsplit(None, 1)[-1].lower().rstrip(".") in V.HONORIFICS
        return cut and _shares_no_word(doc, text)
    if P.REPORTS_SPEECH.search(text) or P.STATEMENT_PHRASE.search(text):
        # ``The Minister, Mr Smith, said to-day that …``, ``Mr Smith sent the following
        # telegram to …``: the story's first sentence
        return True
    if _cut_from_prose(doc, found):
        return True  # the first line of a paragraph of the story: ``Three engineers from outside …``
    return _shares_no_word(doc, text)


def _shares_no_word(doc: Document, text: str) -> bool:
    """``text`` has no content word of the front-matter title."""
    archived = _archived_words(doc)
    return not any(stem in archived for stem in _content_stems(text))


def _opens_reported_speech(doc: Document, start: int) -> bool:
    """A sentence that reports speech opens at ``start``, typed a short line at a time, as
    a typescript in capitals has it: ``THE MINISTER FOR ROADS, SENATOR`` / ``JANE ROE, SAID
    TODAY THAT …``. Its subject, in capitals too, comes first (a headline's story below in
    lower case may report speech as well)."""
    return P.REPORTS_SPEECH_CAPS.match(doc.text, start, start + RUN_ON_CHARS) is not None


def _cut_from_prose(doc: Document, found: Title) -> bool:
    """The headline found is the first part of a paragraph of the story, cut mid-sentence:
    after a small word, or in sentence case (a headline run into its story is in title
    case or capitals, and ends on a word that may end one)."""
    para = doc.paragraphs[doc.paragraph_at(found.span[0])]
    if not para.body_like or para.end <= found.span[1] + 1 or ends_sentence(found.text):
        return False
    if found.text.rsplit(None, 1)[-1].lower() in V.FUNCTION_WORDS:
        return True  # cut after a small word: ``… a former Minister for Roads and``
    return _sentence_case(found.text)


def _content_stems(text: str) -> list[str]:
    """The stems of ``text``'s content words: no function word, honorific or single letter."""
    out = []
    for w in find_words(text):
        low = w.casefold()
        if len(w) > 1 and low not in V.FUNCTION_WORDS and low not in V.HONORIFICS:
            out.append(_stem(w))
    return out


def _archived_rest(doc: Document, text: str) -> bool:
    """A word alone in capitals under a headline in capitals is its last word when the
    archive's title has it too (``… CLAIMS ABOUT FERRY`` / ``TIMETABLE``); a place's name
    (``CANBERRA``) it has not."""
    word = text.strip()
    return (
        "title" in doc.front_matter
        and word.isalpha()
        and word.isupper()
        and len(word) > 1
        and _stem(word) in _archived_words(doc)
    )


def _archived_words(doc: Document) -> set[str]:
    """The stems of the front-matter title's content words."""
    return set(_content_stems(doc.front_matter["title"][0]))


def _printed(doc: Document, sections: Sections) -> Title | None:
    lines = _header_lines(doc, sections)
    archived = _as_archived(doc, lines)
    if archived is not None:
        built = _build(doc, lines, archived)
        head = _broken_above(doc, lines, archived)
        return _make(doc, head, built.span[1]) if built is not None and head is not None else built
    part = _archived_part(doc, lines)
    if part is not None:
        return part
    # a markdown heading or a ``Title:`` field further down outranks a plain line above it
    marked = any(line.text[:1] == "#" or (":" in line.text and P.TITLE_FIELD.match(line.text)) for line in lines)
    candidates: list[int] = []
    dated_after: list[bool] = []
    for i, line in enumerate(lines):
        text = line.text
        if P.TITLE_FIELD.match(text):
            s, e = _clean(text)  # the label off, and a site name after the headline
            return _headline(doc, line.start + s, _wrapped_end(doc, lines, i, line.start + e))
        heading = P.MARKDOWN_HEADING.match(text)
        if heading and not _skip(_strip_md(text)):
            return _build(doc, lines, i)
        if (
            word_count(text, BODY_WORDS) >= BODY_WORDS
            or (word_count(text, 8) >= 8 and P.DATELINE_START.match(text))
            or _sentences(text)
        ):
            below = _printed_below(doc, line)
            if below is not None:
                return _make(doc, below.start, below.end)
            if not candidates:
                return _run_in(doc, line)
            break
        if P.ADVISORY_FIELD.match(text):
            break  # a media advisory's fields (``WHO:``, ``WHAT:``) stand where its story would
        if _skip(_strip_md(text)):
            if (
                _is_dateline(text)
                or P.LABEL_LINE.match(text)
                or P.LABEL_LEAD.match(text)
                or P.REFERENCE_BESIDE_DATE.fullmatch(text.strip())
            ):
                dated_after = [True for _ in dated_after]
            continue
        if _crumb_gives_way(lines, i):
            continue
        candidates.append(i)
        dated_after.append(False)
        if not marked and not is_all_caps_heading(text):
            break  # only capitals (letterhead) may give way to a line further down
    if not candidates:
        return None
    choice = candidates[0]
    # Letterhead in capitals above a date line gives way to the headline under it; a line
    # that runs a release label into its words (``MEDIA ADVISORY – …``) is the headline.
    first = lines[choice].text
    if (
        is_all_caps_heading(first)
        and dated_after[0]
        and not P.LABEL_PREFIX.match(first)
        and not _half_archived(doc, first)  # (the headline, not a letterhead)
    ):
        later = [c for c, d in zip(candidates, dated_after, strict=True) if not d]
        if later:
            choice = later[0]
    below = _printed_below(doc, lines[choice])
    if below is not None:
        return _make(doc, below.start, below.end)
    return _build(doc, lines, choice)


def _sentences(text: str) -> bool:
    """A line longer than a headline that holds two sentences is the story's prose: ``The
    river pilots took their first boats out alone this week. Twelve of them passed …``; in
    capitals it is a headline still (``VIEW: “THE PILOTS HAVE EARNED IT. PAY FOR MORE.”``)."""
    return (
        word_count(text, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS
        and P.SENTENCE_BREAK.search(text) is not None
        and not _mostly_capitals(text)
    )


#: How many lines below a long page title its headline may be printed again.
REPEAT_REACH = 60
#: How many characters of a line are compared before the whole line is.
PREFIX_CHECK = 12


def _printed_below(doc: Document, line: Printed) -> Printed | None:
    """A long page title with the subtitle run into it (``Man Convicted of Murder Defendant
    was driving …``) whose headline the release prints again further down on a line of its
    own (``Man Convicted of Murder``): that line, the headline without the subtitle. Not a
    line of the story: it has no sentence's end."""
    text = squash(line.text)
    if ends_sentence(text):
        return None
    lines, src = doc.lines, doc.text
    first = lines.index_of(line.start) + 1
    best: Printed | None = None  # the shortest: the page's own headline may repeat it all
    prefix = text[:PREFIX_CHECK]
    for k in range(first, min(first + REPEAT_REACH, len(lines))):
        a = lines.starts[k]
        if not src.startswith(prefix, a) and not src[a : a + 1].isspace():
            continue  # (most lines: read no further)
        raw = src[a : lines.ends[k]]
        head = squash(raw)
        if (
            word_count(head, MIN_WORDS) >= MIN_WORDS
            and text.startswith(head)
            and text[len(head) : len(head) + 1] == " "
            and (best is None or len(head) < len(best.text))
            and head.rsplit(None, 1)[-1].lower() not in V.FUNCTION_WORDS
            and _sentence_case(text[len(head) :])
        ):
            lead = len(raw) - len(raw.lstrip())
            best = Printed(lines.starts[k] + lead, lines.starts[k] + lead + len(raw.strip()), head)
    return best


def _sentence_case(text: str) -> bool:
    """Most words after the first are in lower case: a subtitle's sentence, not the rest of
    a headline in title case (``… Murder after`` / ``Running Over Man …``)."""
    words = find_words(text)[1:]
    return len(words) >= MIN_WORDS and sum(w[:1].islower() for w in words) * 2 > len(words)


def _as_archived(doc: Document, lines: list[Printed]) -> int | None:
    """The header line that prints the archive's front-matter title: most of its words are
    the title's (``NEW ARRIVALS WELCOMED`` under ``title: "New arrivals welcomed"``), so
    it is the headline however short or capitalised."""
    if "title" not in doc.front_matter:
        return None
    archived = _archived_words(doc)
    for i, line in enumerate(lines):
        content = _content_stems(line.text)
        shared = sum(w in archived for w in content)
        if shared >= MIN_ARCHIVED_WORDS and shared >= ARCHIVED_SHARE * len(content) and not _skip_archived(line.text):
            if i and runs_on(lines[i - 1].text, line.text):
                continue  # the end of the story's sentence: ``… will go back to the`` / ``fishing fleet.``
            return i
    return None


def _half_archived(doc: Document, text: str) -> bool:
    """Half the content words of a line in capitals, two at least, are the archive title's:
    the headline, OCR or the archive having spelt the rest otherwise (``NEW QUAY FOR LAKE
    VIEW`` under ``title: "New quay for Lakeview"``), not a letterhead above the date."""
    if "title" not in doc.front_matter:
        return False
    content = _content_stems(text)
    shared = sum(w in _archived_words(doc) for w in content)
    return shared >= MIN_ARCHIVED_WORDS and 2 * shared >= len(content)


def _broken_above(doc: Document, lines: list[Printed], i: int) -> int | None:
    """Where the headline starts when it was broken after its first words onto header line
    ``i``, which prints the archive's title (``HARBOUR`` / ``OPENS ITS NEW FERRY QUAY``
    under ``title: "Harbour opens its new ferry quay"``): the line right above, each of
    whose few content words is the title's and is not printed again on line ``i``."""
    if i == 0:
        return None
    above, line = lines[i - 1], lines[i]
    if _line_breaks(doc.text[above.end : line.start]) != 1 or _skip_archived(above.text):
        return None
    stems = _content_stems(above.text)
    if not stems or len(stems) > MAX_BROKEN_WORDS:
        return None
    archived, below = _archived_words(doc), set(_content_stems(line.text))
    if any(s not in archived or s in below for s in stems):
        return None
    return above.start + _clean(above.text)[0]


#: A letterhead's line that runs a contact's label into it has at most this many words.
LETTERHEAD_LINE_WORDS = 10

#: A headline broken after its first words leaves at most this many on the line above.
MAX_BROKEN_WORDS = 3


def _archived_part(doc: Document, lines: list[Printed]) -> Title | None:
    """The archive's front-matter title printed as the end of a longer header line:
    ``PRESS STATEMENT BY THE MINISTER FOR HEALTH, GUARDING AGAINST FLOODS .`` under
    ``title: "Guarding against floods"``, or ``Jane Roe MP - Member for Lakeview HARBOUR
    WORKS BEGIN May 2, 2013`` under ``title: "Harbour works begin"``. The run of words that
    ends the line (a date after it aside), all of them the title's, must hold most of its
    content words (a run that goes on into a sentence is a headline run into the story:
    :func:`_run_in`'s; one that a sentence in lower case leads into is the story's: ``… an
    insight into the settlement of new arrivals,``). Or the run opens a line that goes on
    into the story, the headline run into it: ``L.P.P. Seeks Council Inquiry Into Ferry
    Timetable Cuts The party will …`` under ``title: "L.P.P. seeks council inquiry into
    ferry timetable cuts"``, or into a byline: ``Ferry Ruling: Council Must Show Power …
    Jane Roe - Shadow Minister for Ports``."""
    if "title" not in doc.front_matter:
        return None
    archived = _archived_words(doc)
    need = max(MIN_ARCHIVED_WORDS, ARCHIVED_SHARE * len(archived))
    for line in lines:
        if _skip_archived(line.text):
            continue
        run = start = end = 0  # the content words of the run that ends the line, and its span
        whole = None  # a run inside the line that holds every content word of the title
        # (up to a date or a number printed after the headline: ``… BEGIN April 17, 2012``)
        for word in P.WORD.finditer(line.text, 0, _before_stamp(line.text, 0, len(line.text))):
            w = word.group()
            if w.casefold() in V.FUNCTION_WORDS:
                continue
            if _stem(w) not in archived:
                if run >= len(archived) and whole is None:
                    whole = (start, end)
                run = 0
                continue
            if not run:
                start = word.start()
            run, end = run + 1, word.end()
        if run >= need and not _sentence_leads_into(line.text, start):
            end += len(line.text[end:]) - len(line.text[end:].lstrip("?!"))  # (``… WHO IS RIGHT?``)
            return _make(doc, line.start + start, line.start + end)
        if whole is not None and P.LABEL_AFTER_TITLE.match(line.text, whole[1]):
            # ``Jane Roe   Harbour works begin  Media Release | Spokesperson Jane Roe``: the
            # title between the letterhead's name and the release's label
            return _make(doc, line.start + whole[0], line.start + whole[1])
        lead = _archived_lead(line.text, archived, need)
        if lead and (
            word_count(line.text[lead:], MIN_RUN_ON_WORDS) >= MIN_RUN_ON_WORDS
            or P.NAME_DASH_ROLE.match(line.text, lead)
            or _subtitle_in_capitals(line.text, lead)
        ):
            return _make(doc, line.start, line.start + lead)
    return None


def _subtitle_in_capitals(text: str, at: int) -> bool:
    """A subtitle in capitals run onto the headline's line after a wide gap: ``Harbour
    Plan Goes Back to the Board  NOT BEFORE TIME, SAYS THE PARTY`` (the headline not in capitals)."""
    rest = text[at:]
    return rest[:2].isspace() and _mostly_capitals(rest) and not _mostly_capitals(text[:at])


#: Small words that, capitalised after a run of the archive title's words, open the story's
#: sentence run into the headline: ``… Timetable Questions The Ferry Company has …``.
SENTENCE_OPENERS = frozenset({"The", "A", "An", "This", "These", "Today", "Yesterday"})


def _sentence_leads_into(text: str, at: int) -> bool:
    """A sentence of the story leads into ``text[at:]``: a small word in lower case, one
    space before it (``… an insight into the`` / ``settlement of new arrivals,``), not a
    label (``… media release`` / ``Harbour works begin``)."""
    m = P.SENTENCE_GOES_ON.search(text, max(0, at - SENTENCE_WORD_REACH), at)
    return m is not None and m.group("word") in V.OPEN_WORDS


#: How far before a run of the archive title's words the small word before it is looked for.
SENTENCE_WORD_REACH = 24


def _archived_lead(text: str, archived: set[str], need: float) -> int:
    """The end of the run of the archive's title words that opens ``text`` when it holds
    ``need`` of them at least, else 0 (an initial's letter counts for none: ``L.P.P.``).
    An article with a capital after the run's start opens the story's sentence (``…
    Timetable Questions The Ferry Company has …``; see :data:`SENTENCE_OPENERS`)."""
    run = end = 0
    for word in P.WORD.finditer(text):
        w = word.group()
        if len(w) == 1:
            continue
        if w.casefold() in V.FUNCTION_WORDS:
            if run and w in SENTENCE_OPENERS:
                break  # (``For``, ``Of`` go on a headline in title case)
            continue
        if _stem(w) not in archived:
            break
        run, end = run + 1, word.end()
    return end if run >= need else 0


def _stem(word: str) -> str:
    """A word's first letters in any case: ``welcomed`` and ``WELCOMES`` match."""
    return word[:STEM_LETTERS].casefold()


def _skip_archived(text: str) -> bool:
    """A line that cannot be the headline even when it shares the title's words: a label,
    a number, a date, or a line of the story that starts in lower case (``upward trend in
    the programme.``, the end of a sentence in a typescript)."""
    return bool(
        text[:1].islower() or P.LABEL_LINE.match(text) or P.REFERENCE_LABELLED.match(text) or _is_dateline(text)
    )


def _crumb_gives_way(lines: list[Printed], i: int) -> bool:
    """A breadcrumb that is not the headline: it ends at a section (``Home > News > Press
    releases``), or the next line prints its last crumb in full (``Home » News » Acme
    opens factory`` over ``Acme opens factory in Leeds creating 300 jobs``)."""
    m = P.BREADCRUMB.match(lines[i].text)
    if m is None:
        return False
    last = squash(m.group("last"))
    if _skip(last):
        return True
    return bool(last) and i + 1 < len(lines) and squash(lines[i + 1].text).lower().startswith(last.lower())


def _run_in(doc: Document, line: Printed) -> Title | None:
    """A headline run into the body's first sentence, when nothing stands above it: printed
    twice (a flattened page's title and its headline), or in title case, the sentence
    opening with an article or with the words the headline opens with (its subject again);
    a breadcrumb before it aside."""
    if P.DATELINE_START.match(line.text):
        return None
    repeated = _repeated_head(line.text)
    if repeated:
        return _make(doc, line.start, line.start + repeated)
    crumb = P.BREADCRUMB.match(line.text) if "&gt;" in line.text or ">" in line.text else None
    at = crumb.start("last") if crumb else 0  # (after a breadcrumb: ``Home > News > Headline The …``)
    text = line.text[at:]
    m = (
        P.RUN_IN_HEADLINE.match(text)
        or P.RUN_IN_SUBJECT.match(text)
        or (P.CAPITALS_THEN_QUOTE.match(text) if '"' in text or "“" in text else None)
    )
    if not m or not m.group("head").strip() or m.group("head").split()[-1].lower() in V.FUNCTION_WORDS:
        return None
    if word_count(text[m.end() :], MIN_RUN_ON_WORDS) < MIN_RUN_ON_WORDS:
        return None
    return _make(doc, line.start + at, line.start + at + m.start("head") + len(m.group("head").rstrip()))


#: A flattened page prints its title and then its headline, the same words, within this
#: many characters of its start; at least :data:`MIN_REPEATED_WORDS` of them.
REPEAT_REACH = 400
MIN_REPEATED_WORDS = 4


def _repeated_head(text: str) -> int | None:
    """Where the words that open ``text`` end, when they are printed again soon after
    (``Mayor Backs Ferry Plan … Lakeview Council … Mayor Backs Ferry Plan … Monday``): the longest run."""
    words = list(P.NON_SPACE_RUN.finditer(text, 0, min(len(text), REPEAT_REACH)))
    printed = [w.group() for w in words]
    best = 0
    for j in range(MIN_REPEATED_WORDS, len(printed)):
        if printed[j] != printed[0]:
            continue
        k = 0
        while k < j and j + k < len(printed) and printed[k] == printed[j + k]:
            k += 1
        best = max(best, k)
    return words[best - 1].end() if best >= MIN_REPEATED_WORDS else None


def _strip_md(text: str) -> str:
    return P.MARKDOWN_EMPHASIS.sub("", text.lstrip("# "))


def _build(doc: Document, lines: list[Printed], i: int) -> Title | None:
    line = lines[i]
    s, e = _clean(line.text)
    if e <= s:
        return None
    start, end = line.start + s, line.start + e
    # a headline wrapped onto the next lines: all in capitals (up to three lines), or the
    # next in lower case (a line as long as a paragraph is the story: ``lakeCloud, Inc. …``);
    # a markdown heading goes on only on the line right under it (hard-wrapped)
    heading = P.MARKDOWN_HEADING.match(line.text) is not None
    first = i
    while i + 1 < len(lines) and i - first + 1 < MAX_WRAPPED_LINES:
        line, nxt = lines[i], lines[i + 1]
        gap = doc.text[line.end : nxt.start]
        if heading and _line_breaks(gap) > 1:
            break
        both_caps = is_all_caps_heading(line.text) and (
            (
                is_all_caps_heading(nxt.text)
                and word_count(nxt.text, 9) <= 8
                and not _is_office(nxt.text)  # the publisher under the headline: ``NORTHFIELD UNIVERSITY``
                and not _opens_reported_speech(doc, nxt.start)  # the story, typed in capitals
            )
            or _archived_rest(doc, nxt.text)
        )
        if i > first and not both_caps:
            break  # (a third line only in capitals)
        if both_caps and line.text.rstrip().endswith(".") and _line_breaks(gap) > 1:
            break  # a headline's full stop, and a line of its own below (``E&OE``, a subject)
        runs = (
            runs_on(line.text, nxt.text)
            and not _mostly_capitals(line.text)  # (capitals go on in capitals)
            and word_count(nxt.text, BODY_WORDS) < BODY_WORDS
        )
        if not (_line_breaks(gap) <= MAX_GAP_BREAKS and (both_caps or runs)):
            break
        ns, ne = _clean(nxt.text)
        if ne <= ns or _is_dateline_after(nxt.text) or _is_address(nxt.text):
            break  # (the page's address under its headline: ``lakeview.org/harbour-works-begin/``)
        end = nxt.start + ne
        i += 1
    return _headline(doc, start, _wrapped_end(doc, lines, i, end))


#: A line with this share of its letters in capitals is set in capitals (OCR misreads a few),
#: when it has at least this many letters.
CAPITALS_SHARE = 0.8
MIN_CAPITAL_LETTERS = 6


def _mostly_capitals(text: str) -> bool:
    """Most of the letters of ``text`` are capitals: ``RESIDENTS URGF PROBE INTO``."""
    letters = sum(map(str.isalpha, text))
    return letters >= MIN_CAPITAL_LETTERS and sum(map(str.isupper, text)) >= CAPITALS_SHARE * letters


#: Line breaks as spaces, one character for one, so that offsets carry over.
_BREAKS_AS_SPACES = str.maketrans("\r\n", "  ")


def _headline(doc: Document, start: int, end: int) -> Title | None:
    """The headline at ``[start, end)``; one printed over several lines loses a site's name
    that its lines print together (``… Ferry Terminal - Lakeview County`` / ``Harbour Board``)."""
    printed = doc.text[start:end]
    if "\n" in printed or "\r" in printed:
        flat = printed.translate(_BREAKS_AS_SPACES)
        end = start + _site_cut(flat)
        # a headline in title case run into the story's first sentence, wrapped with it
        run_in = P.RUN_IN_HEADLINE.match(flat, 0, end - start)
        if run_in and word_count(flat, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS:
            end = start + run_in.end("head")
        while end > start and doc.text[end - 1] in " \t\r\n*_#-–|:":
            end -= 1
    return _make(doc, start, end)


def _wrapped_end(doc: Document, lines: list[Printed], i: int, end: int) -> int:
    """The end of a headline that ends at ``end`` on line ``i``, carried over the lines it
    is hard-wrapped onto (see :func:`~extractor.document.wraps`), up to
    :data:`MAX_WRAPPED_LINES` lines in all."""
    width, text = doc.wrap_width, doc.text
    k = i
    while width and k + 1 < len(lines) and k - i + 1 < MAX_WRAPPED_LINES:
        line, nxt = lines[k], lines[k + 1]
        if (
            _line_breaks(text[line.end : nxt.start]) != 1
            or _is_dateline_after(nxt.text)
            or P.FURNITURE.match(nxt.text)
            or _is_address(nxt.text)
        ):
            break  # (``Scroll to top`` under a headline that fills the width)
        printed = text[doc.lines.start_of(line.start) : line.end]
        if not wraps(printed, nxt.text, width) or _starts_a_sentence(doc, text[line.start : end], nxt.text):
            break
        ns, ne = _clean(nxt.text)
        if ne <= ns:
            break
        end, k = nxt.start + ne, k + 1
    return end


def _starts_a_sentence(doc: Document, head: str, following: str) -> bool:
    """Under a headline in sentence case, a line that opens with a common word in capitals
    and goes on in lower case starts a sentence of its own (a subtitle: ``… for the eastern
    quay`` / ``Most visitors will arrive by …``), not the headline's rest. A word is
    common when the release prints it in lower case too; a name (``Lakeview researchers``)
    it never does."""
    words = find_words(head)
    if len(words) < 3 or sum(w[:1].isupper() for w in words[1:]) * 2 >= len(words) - 1:
        return False  # not in sentence case
    m = P.CAPITAL_THEN_LOWER.match(following)
    if m is None:
        return False
    return _printed_as_word(doc.text, m.group("word").lower())


def _printed_as_word(text: str, word: str) -> bool:
    """Whether ``word`` is printed in ``text`` as a word of its own (a common word is found
    near the top; only a name is looked for to the end)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False


def _line_breaks(gap: str) -> int:
    """How many line breaks white space ``gap`` holds (LF, CRLF or CR)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _make(doc: Document, start: int, end: int) -> Title | None:
    text = squash(P.MARKDOWN_EMPHASIS.sub("", doc.text[start:end]))
    return Title(text, (start, end)) if text else None
