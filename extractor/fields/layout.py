"""Where things stand: dateline, embargo, subtitle, and the body paragraphs.

The body is the release proper after the headline, paragraph by paragraph, without
labels, dates, page furniture, notes, contacts or boilerplate; its first paragraph is
the summary. A subtitle is a headline-like line printed right under the headline.
"""

from __future__ import annotations

import regex

from .. import patterns as P
from .. import vocab as V
from ..document import OPENING_MARKS, Document, Paragraph, ends_sentence, is_body_like, squash, word_count
from ..models import Embargo, Text, Title
from ..sections import Sections
from .dates import DateReader, is_us

#: An embargo line stands in the first lines.
EMBARGO_LINES = 15


#: How many header paragraphs above the body may be a dateline line of their own.
DATELINE_LINE_REACH = 4


#: Capitalised words before a comma or a dash that are not a place: ``Friday, 7 June``,
#: ``In brief –``, ``Update –`` (``The Hague`` is one).
_NOT_PLACES = V.WEEKDAYS | V.MONTHS | (V.FUNCTION_WORDS - {"the"}) | V.NOT_PLACE_WORDS


def _place(para: Paragraph, m: regex.Match[str]) -> Text | None:
    """The dateline place a match found at the start of ``para``, unless it is no place."""
    place = m.group("place").rstrip(".,")
    if not place or any(w.lower().rstrip(".") in _NOT_PLACES for w in place.split()):
        return None
    at = para.start + m.start("place")
    return Text(place, (at, at + len(place)))


def _dateline_line(doc: Document, sections: Sections) -> Text | None:
    """A header line that is only a place and a date (``Brussels, 19 March 2025``, ``(Lakeview
    – July 7, 2024)``), or a date and then a place (``May 12, 2025 - Ottawa, Ontario - Indigenous Services Canada``)."""
    for para in doc.paragraphs[max(0, sections.body_start - DATELINE_LINE_REACH) : sections.body_start]:
        if not para.one_line:
            continue
        text = para.text
        date = P.DATE_POINT.match(text)
        after = P.PLACE_AFTER_DATE.match(text, date.end()) if date else None
        if after is not None:
            return _place(para, after)
        m = P.DATELINE_PLACE.match(text) or P.DATELINE_BRACKETED.match(text)
        if m is not None and P.DATE_POINT.fullmatch(text[m.end() :].strip(" \t,–—-*()")):
            found = _place(para, m)
            if found is not None:
                return found
    return None


def dateline(doc: Document, sections: Sections, title: Title | None = None) -> Text | None:
    """The dateline's place, read from the body's first paragraphs; never from the
    headline's own (``ICYMI — HARBOUR TIMES: …`` is a kicker, not a place)."""
    start = sections.body_start
    if title is not None:
        while start < len(doc.paragraphs) and doc.paragraphs[start].start < title.span[1]:
            start += 1
        # past the headline printed again under the page's title
        for k in range(start, min(start + DATELINE_LINE_REACH, len(doc.paragraphs))):
            if squash(doc.paragraphs[k].text).startswith(title.text):
                start = k + 1
    if not doc.paragraphs or start >= len(doc.paragraphs):
        return None
    if (
        start > 0
        and P.ORPHAN_SEPARATOR.match(doc.paragraphs[start].text)
        and (title is None or doc.paragraphs[start - 1].start >= title.span[1])
    ):
        start -= 1  # the body opens with the dateline's dash or colon: its place is the line above
    found = _dateline_line(doc, sections)
    if found is not None:
        return found
    first = doc.paragraphs[start]
    m = P.DATELINE_TITLE_CASE.match(first.text)
    if m and (found := _place(first, m)) is not None:
        return found
    paragraphs = doc.paragraphs
    for k in range(start, min(start + 3, len(paragraphs))):
        text = paragraphs[k].text
        if k + 1 < len(paragraphs) and paragraphs[k].one_line and P.ORPHAN_SEPARATOR.match(paragraphs[k + 1].text):
            # ``LAKEVIEW`` / ``– County Prosecutor Ann Marsh today …``: a scraper broke the
            # dateline's line before its dash (or colon)
            text += " " + paragraphs[k + 1].text[:3]
        para = paragraphs[k]
        m = P.DATELINE_CAPS.match(text) or P.DATELINE_BRACKETED.match(text)
        if not m and not P.DATELINE_START.match(text):
            continue
        m = m or P.DATELINE_PLACE.match(text)
        return _place(para, m) if m else None
    return None


def _hour(h: str, ampm: str | None) -> int:
    hour = int(h)
    if ampm and ampm.lower().startswith("p") and hour < 12:
        return hour + 12
    if ampm and ampm.lower().startswith("a") and hour == 12:
        return 0
    return hour


def embargo(doc: Document) -> Embargo | None:
    for line in doc.lines[doc.front_matter_end : doc.front_matter_end + EMBARGO_LINES]:
        if not P.EMBARGO.match(line.text):
            continue
        stripped = line.text.strip()
        start = line.start + line.text.index(stripped[0])
        until = None
        m = P.DATE_POINT.search(line.text)
        if m:
            d = DateReader(is_us(doc)).point(m)
            if d is not None and d.day is not None:
                until = d.iso()
                t = P.TIME.search(line.text)
                if t and until:
                    until += f"T{_hour(t.group('h'), t.group('ampm')):02d}:{int(t.group('m') or 0):02d}"
        return Embargo(squash(stripped), until, (start, start + len(stripped)))
    return None


def body(doc: Document, sections: Sections, title: Title | None, sub: Text | None = None) -> tuple[Text, ...]:
    """The story's paragraphs after the headline and its subtitle ``sub``."""
    out: list[Text] = []
    after = max(title.span[1] if title else -1, sub.span[1] if sub else -1)
    notes = sections.notes_paragraphs
    for i in sections.body:
        para = doc.paragraphs[i]
        if para.start < after or i in notes:
            continue
        text = para.text
        # under eight words a paragraph is no prose (the cheap test first), unless it quotes
        # someone (``Chief Executive: “One firm.”``)
        if word_count(text, 8) < 8 and not _quotes(text):
            continue
        if (P.FURNITURE.match(text) and not para.body_like) or _links_only(text):
            continue
        if text[:1] == "#" and P.MARKDOWN_HEADING.match(text):
            continue  # a heading (the headline printed again), not a paragraph of the story
        end = para.start + len(text.rstrip().removesuffix("###").rstrip())
        separator = None if out else P.ORPHAN_SEPARATOR.match(text)
        begin = para.start + (separator.end() if separator else 0)  # (the dateline's, its place above)
        out.append(Text(squash(doc.text[begin:end]), (begin, end)))
    return tuple(out)


def _quotes(text: str) -> bool:
    """A short paragraph that holds a quotation: an opening mark and a closing one after it."""
    opened = text.find("“")
    if opened >= 0:
        return text.find("”", opened) > opened
    return text.count('"') >= 2


#: A subtitle has at most this many words.
SUBTITLE_WORDS = 40


#: A line of links says no more than this many words outside them (``Share on:``).
LINKS_ONLY_WORDS = 3


def _links_only(text: str) -> bool:
    """A line of markdown links and images, a label at most around them (``Share on:
    [Share](…)``, a row of social icons): page furniture, not a subtitle or prose."""
    if "](" not in text:
        return False
    return word_count(P.MARKDOWN_LINK.sub(" ", text), LINKS_ONLY_WORDS + 1) <= LINKS_ONLY_WORDS


def _unfinished(text: str) -> bool:
    """A short paragraph with no sentence's end: a subtitle under the headline, however
    much of it is in lower case (a story's paragraph ends with a full stop)."""
    return not ends_sentence(text) and word_count(text, SUBTITLE_WORDS + 1) <= SUBTITLE_WORDS


#: A subtitle runs over at most this many lines.
SUBTITLE_LINES = 3


def _wrapped_subtitle(whole: str, first: str) -> bool:
    """The paragraph is one subtitle printed over a few lines: its first line does not end
    its sentence, the next starts in lower case, and the whole is :func:`_unfinished`."""
    lines = whole.splitlines()
    return (
        2 <= len(lines) <= SUBTITLE_LINES
        and not ends_sentence(first)
        and lines[1].strip()[:1].islower()
        and _unfinished(whole)
    )


def subtitle(doc: Document, sections: Sections, title: Title | None) -> Text | None:
    if title is None:
        return None
    if doc.front_matter_end and title.span[1] <= doc.lines[doc.front_matter_end - 1].end:
        return None  # the archive's title: the release prints no headline, and no subtitle
    for para in doc.paragraphs:
        if para.start <= title.span[1]:
            continue
        if para.body_like and not _unfinished(para.text):
            return None  # the body has begun (a wrapped paragraph's first line is no subtitle)
        text = para.first_line.text.strip()
        if P.FURNITURE.match(text) or P.LABEL_LINE.match(text) or not text or _links_only(text):
            continue
        heading = P.MARKDOWN_HEADING.match(text) if text[:1] == "#" else None
        if squash(heading.group("title") if heading else text) == title.text:
            continue  # the headline printed again, as a heading or under the page's title
        if P.DATE_POINT.match(text) and word_count(text, 7) <= 6:
            continue
        if text[:1] in OPENING_MARKS:
            return None  # a pull quote under the headline (``“…” – Dr Jane Roe``), not a subtitle
        if P.BYLINE.match(text) and (P.DATE.search(text) or word_count(text, 6) <= 5):
            continue  # ``Posted on: 14 MAR 2025 by PIB Delhi``, ``By Jane Smith``
        words = word_count(text, 41)
        if 4 <= words <= 40 and not P.DATELINE_START.match(text) and not is_body_like(text):
            whole = para.text
            if whole != text and _wrapped_subtitle(whole, text):
                text = whole  # a subtitle over two or three lines, its sentence going on
            start = para.start
            return Text(squash(P.BULLET.sub("", text)), (start, start + len(text)))
        return None
    return None
