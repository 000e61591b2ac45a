"""The release's own number: ``#019/2011``, ``Press Release Number: 18-123``, ``IP/11/1234``.

Rules are tried in order, strongest first; a value that reads as a date or a phone
number is never a reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from .. import patterns as P
from ..document import Document, squash, word_count
from ..models import Reference
from ..sections import Sections

#: How many paragraphs from the top count as the header.
HEADER_PARAGRAPHS = 14
#: How many paragraphs from the end count as the footer (``Press Release Number: 18-317``).
FOOTER_PARAGRAPHS = 30
#: How far before its hint word a label may start (``Press``, ``Media``, ``AI``).
LABEL_LEAD = 8


def _plausible(value: str, line: str, start: int) -> bool:
    digits = sum(c.isdigit() for c in value)
    if digits >= 9 and "/" not in value and not value[:1].isalpha():  # a phone number
        return False
    return all(not (d.start() <= start < d.end()) for d in P.DATE.finditer(line))


def _header(doc: Document, sections: Sections) -> Iterator[tuple[int, str]]:
    last = max(sections.body_start, 1)
    for para in doc.paragraphs[: min(HEADER_PARAGRAPHS, last + 2)]:
        yield para.start, para.text


def _found(m: regex.Match[str], offset: int) -> Reference:
    """The ``ref`` group of a match on text that starts at ``offset`` in the document."""
    return Reference(squash(m.group("ref")), (offset + m.start("ref"), offset + m.end("ref")))


#: How many paragraphs of the header, page furniture aside, a ``#019/2011`` may open.
HASH_PARAGRAPHS = 4


def _hash(doc: Document, sections: Sections) -> Reference | None:
    """A number with a hash that opens one of the header's first paragraphs, as archives
    print it before the headline. Page furniture above (``Skip to main content``, a
    cookie notice, ``Menu``) does not count towards the first paragraphs."""
    seen = 0
    for start, text in _header(doc, sections):
        m = P.REFERENCE_HASH.match(text)
        if m:
            return _found(m, start)
        if not all(P.FURNITURE.match(line) for line in text.split("\n")):
            seen += 1
            if seen == HASH_PARAGRAPHS:
                break
    return None


def _labelled_matches(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """REFERENCE_LABELLED matches in ``[lo, hi)``, tried only where a label word stands."""
    done = lo
    for hint in P.REFERENCE_LABEL_HINT.finditer(text, lo, hi):
        h = hint.start()
        if h < done:
            continue
        # the word before the hint word, if close enough: ``Press`` in ``Press Release No``
        k = h
        while k > done and text[k - 1].isspace():
            k -= 1
        before = k
        while before > done and text[before - 1].isalpha():
            before -= 1
        starts = (before, h) if k < h and h - before <= LABEL_LEAD else (h,)
        for start in starts:
            m = P.REFERENCE_LABELLED.match(text, start, hi)
            if m is not None:
                yield m
                done = m.end()
                break


def _labelled(doc: Document, sections: Sections) -> Reference | None:
    """A labelled number in the header or the footer, where releases print their own."""
    base = doc.lines[doc.front_matter_end].start if doc.front_matter_end < len(doc.lines) else 0
    paragraphs = doc.paragraphs
    if len(paragraphs) > HEADER_PARAGRAPHS + FOOTER_PARAGRAPHS:
        head_end = paragraphs[HEADER_PARAGRAPHS].start
        regions = [(base, head_end), (paragraphs[-FOOTER_PARAGRAPHS].start, len(doc.text))]
    else:
        regions = [(base, len(doc.text))]
    for lo, hi in regions:
        for m in _labelled_matches(doc.text, lo, hi):
            ref = m.group("ref").strip()
            if _another_kind(doc, m):
                continue
            if _plausible(ref, m.group(0), m.start("ref") - m.start()):
                return Reference(squash(ref), (m.start("ref"), m.start("ref") + len(ref)))
    return None


def _another_kind(doc: Document, m: regex.Match[str]) -> bool:
    """A bare ``Ref``/``Reference`` label qualified by a word before it on its line names
    another kind of reference: ``Grant reference: NEYT-2023-08``, ``Case ref: 12/345``."""
    if m.group(0)[:3].lower() != "ref":
        return False
    line_start = doc.lines.start_of(m.start())
    return any(c.isalpha() for c in doc.text[line_start : m.start()])


def _after_label(doc: Document, sections: Sections) -> Reference | None:
    for start, text in _header(doc, sections):
        # at the line's start, or (read only when the text has a wide gap) after a letterhead's
        m = P.REFERENCE_AFTER_LABEL.match(text) or (P.REFERENCE_AFTER_LABEL.search(text) if "  " in text else None)
        if m and _plausible(m.group("ref"), text, m.start("ref")):
            return _found(m, start)
    return None


def _slashed(doc: Document, sections: Sections) -> Reference | None:
    """``IP/11/1234`` in the header, or on a line of its own in the footer (where EU
    releases now print it, after the background notes)."""
    for start, text in _header(doc, sections):
        if "://" in text:
            continue
        m = P.REFERENCE_SLASHED.search(text)
        if m:
            return _found(m, start)
    for para in doc.paragraphs[max(sections.body_start + 1, len(doc.paragraphs) - FOOTER_PARAGRAPHS) :]:
        m = P.REFERENCE_SLASHED.fullmatch(para.text)
        if m:
            return _found(m, para.start)
    return None


def _beside_date(doc: Document, sections: Sections) -> Reference | None:
    """A bare number in a short header line that is otherwise a date or stands alone; in
    a longer one (a letterhead run together), right before a date: ``LAKEVIEW PARTY MEDIA
    05/612 FRIDAY 3 JUNE 2005 SENATOR …``."""
    for start, text in _header(doc, sections):
        m = P.REFERENCE_CODE_BEFORE_DATE.search(text, 0, LONG_LINE_REACH)
        if m and _plausible(m.group("ref"), text, m.start("ref")):
            return _found(m, start)  # ``… MP MHP 110 14 March 1996``
        if word_count(text, 9) > 8 or "\n" in text.strip():
            if "/" not in text[:LONG_LINE_REACH]:
                continue  # (the common case: a slashed number only, beside a date in a long line)
            for m in P.REFERENCE_BESIDE_DATE.finditer(text, 0, LONG_LINE_REACH):
                after = text[m.end() : m.end() + LONG_LINE_REACH].lstrip(" \t")
                if P.DATE_POINT.match(after) and _plausible(m.group("ref"), text, m.start("ref")):
                    return _found(m, start)
            continue
        for m in P.REFERENCE_BESIDE_DATE.finditer(text):
            rest = (text[: m.start()] + text[m.end() :]).strip(" \t,.-–")
            dated = bool(P.DATE_POINT.search(rest))  # (a day's date with no year too: ``Friday, March 14``)
            if (dated or not rest) and _plausible(m.group("ref"), text, m.start("ref")):
                return _found(m, start)
    return None


#: How far into a long header paragraph a number right before a date is looked for.
LONG_LINE_REACH = 200


#: A headline has at most this many words before the number printed after it.
HEADLINE_WORDS = 20


def _after_headline(doc: Document, sections: Sections) -> Reference | None:
    """A number with its office's letters at the end of a header line of a few words, after
    the headline: ``Harbour works begin HPS 41/1999``, ``… SETTLES LAWSUIT (07-318)``."""
    for start, text in _header(doc, sections):
        at = 0
        for line in text.split("\n"):
            end = line.rstrip()
            # (most lines: no slashed number with no label after it, no bracketed one)
            if ("/" in end and end[-1:].isalnum()) or (end[-1:] == ")" and "-" in end):
                m = P.REFERENCE_AFTER_HEADLINE.search(line)
                if m and 3 <= word_count(line[: m.start()], HEADLINE_WORDS + 1) <= HEADLINE_WORDS:
                    return _found(m, start + at)
            at += len(line) + 1
    return None


#: The rules in the order they are tried.
RULES: tuple[tuple[str, Callable[[Document, Sections], Reference | None]], ...] = (
    ("hash", _hash),
    ("labelled", _labelled),
    ("after_label", _after_label),
    ("slashed", _slashed),
    ("beside_date", _beside_date),
    ("after_headline", _after_headline),
)


def find(doc: Document, sections: Sections) -> Reference | None:
    for _name, rule in RULES:
        found = rule(doc, sections)
        if found is not None:
            return found
    return None


__all__ = ["RULES", "find"]
