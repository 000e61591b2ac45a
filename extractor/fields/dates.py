"""Dates and date ranges anywhere in the text, and the release's own date.

Every date keeps what was printed (``text``) beside its ISO value, at the precision
printed: ``"2011-05-12"``, ``"2010-11"``, ``"2011"``. Numeric dates are read day first
(UK, EU, Australia) unless the release is American (a ``/PRNewswire/`` dateline, a US
state after a city, ``Washington, D.C.``), or unless the numbers allow only one reading
(``12/17/2024``). A day and month without a year take the release's year.

The release date is the first full date printed in the header (a ``Date:`` line, the
line under the headline, a dateline opening the first paragraph), skipping dates
labelled ``Updated`` or ``Today's date``; an embargo line's date counts only when no
other is printed, and archive front matter only when the release prints none.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import cast

import regex

from .. import patterns as P
from .. import vocab as V
from ..document import Document, squash, word_count
from ..models import DateMention
from ..sections import Sections

#: How far into the text the signs of an American release are looked for.
US_MARKER_REACH = 4000
#: How far before its first digit a date may start: ``Wednesday, September 12``.
DATE_LEAD = 32
#: How far before a financial year its lead (``financial year``) may start.
FISCAL_LEAD_REACH = 30
#: Header lines searched for the release date, at most.
HEADER_LINES = 30
#: A line that only prints a date, its weekday and its label has at most this many words
#: (``Date: Tuesday, June 19th, 2001``).
DATE_LINE_WORDS = 6
#: The first paragraph's dateline: a date within this many characters of its start.
DATELINE_REACH = 140
#: The dateline may open one of the first paragraphs of prose (after a standfirst); the
#: header may run on past them (a scraped page prints its date under the standfirst).
DATELINE_PARAGRAPHS = 2


@dataclass(frozen=True)
class _Ymd:
    year: int | None
    month: int | None
    day: int | None

    def iso(self) -> str | None:
        """ISO 8601 at the precision printed; ``--MM-DD`` for a day and month with no year known."""
        if self.year is None:
            if self.month is not None and self.day is not None:
                return f"--{self.month:02d}-{self.day:02d}"
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _month(name: str) -> int:
    return V.MONTH_NUMBERS[name.lower().rstrip(".")[:3]]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 50 else 2000
    return y


def _valid(d: _Ymd) -> bool:
    if d.month is not None and not 1 <= d.month <= 12:
        return False
    if d.day is not None and not 1 <= d.day <= 31:
        return False
    return d.year is None or 1800 <= d.year <= 2100


def is_us(doc: Document) -> bool:
    """An American release: numeric dates are read month first (decided once per document)."""
    if "us" not in doc.memo:
        doc.memo["us"] = bool(P.US_MARKERS.search(doc.text, 0, min(len(doc.text), US_MARKER_REACH)))
    return bool(doc.memo["us"])


class DateReader:
    """Reads date matches into ISO values, with the reading order and default year of one release."""

    def __init__(self, month_first: bool, default_year: int | None = None) -> None:
        self.month_first = month_first
        self.default_year = default_year

    def point(self, m: regex.Match[str]) -> _Ymd | None:
        """The date of a :data:`~extractor.patterns.DATE_POINT` match."""
        g = {k: v for k, v in m.groupdict().items() if v}
        if "iso_y" in g:
            d = _Ymd(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        elif "num_a" in g:
            a, b = int(g["num_a"]), int(g["num_b"])
            if a > 12 or (not self.month_first and b <= 12):
                day, month = a, b
            else:
                day, month = b, a
            d = _Ymd(_year(g["num_y"]), month, day)
        elif "mon" in g:
            printed_day = g.get("day") or g.get("day2")
            year = _year(g.get("year")) or self.default_year
            d = _Ymd(year, _month(g["mon"]), int(printed_day) if printed_day else None)
        else:
            return None
        return d if _valid(d) else None


def _mention(text: str, start: int, end: int, first: _Ymd, last: _Ymd) -> DateMention | None:
    if first.year is None and last.year is not None:
        first = _Ymd(last.year, first.month or last.month, first.day)
    elif first.month is None:
        first = _Ymd(first.year, last.month, first.day)
    s_iso, e_iso = first.iso(), last.iso()
    if s_iso is None or e_iso is None or not _valid(first):
        return None
    return DateMention(squash(text[start:end]), s_iso, e_iso, (start, end))


def _fiscal_years(text: str) -> list[regex.Match[str]]:
    """FISCAL_YEAR matches, tried only where a year is followed by its separator."""
    out: list[regex.Match[str]] = []
    done = 0
    for hint in P.FISCAL_YEAR_HINT.finditer(text):
        y1 = hint.start() - 4
        if y1 < done:
            continue
        lead = P.FISCAL_YEAR_LEAD.search(text, max(done, y1 - FISCAL_LEAD_REACH), y1)
        m = (lead and P.FISCAL_YEAR.match(text, lead.start())) or P.FISCAL_YEAR.match(text, y1)
        if m:
            out.append(m)
            done = m.end()
    return out


#: How far before a month and year its range's first month may start (``between September and``),
#: and before a full date its first day (``from 30 to``).
MONTH_RANGE_REACH = 40
DAY_RANGE_REACH = 24


def find_all(doc: Document, release_year: int | None) -> tuple[DateMention, ...]:
    """Every date and range, in order: points first found, then joined into ranges."""
    text = doc.text
    reader = DateReader(is_us(doc), release_year)
    out: list[DateMention] = []
    fiscal = _fiscal_years(text)
    for m in fiscal:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        y2 = y2 if y2 >= 1000 else (y1 // 100) * 100 + y2
        if 0 < y2 - y1 <= 1:
            out.append(DateMention(squash(m.group(0)), f"{y1:04d}", f"{y2:04d}", (m.start(), m.end())))
    covered = {i for f in fiscal for i in range(f.start(), f.end())}
    points = [m for m in _points(doc)[0] if m.start() not in covered]
    k = 0
    while k < len(points):
        p = points[k]
        d = reader.point(p)
        k += 1
        if d is None:
            continue
        opener = P.RANGE_OPEN.search(text, max(0, p.start() - 12), p.start())
        if opener and k < len(points) and P.RANGE_JOIN.fullmatch(text, p.end(), points[k].start()):
            q = points[k]
            last = reader.point(q)
            if last is not None:
                k += 1
                mention = _mention(text, opener.start(), q.end(), d, last)
                if mention:
                    out.append(mention)
                continue
        first = _range_start(text, p.start(), d)
        if first is not None:
            mention = _mention(text, first[0], p.end(), first[1], d)
            if mention:
                out.append(mention)
                continue
        iso = d.iso()
        if iso is not None:
            out.append(DateMention(squash(p.group(0)), iso, iso, (p.start(), p.end())))
    out.sort(key=lambda m: m.span)
    return tuple(out)


def _range_start(text: str, at: int, last: _Ymd) -> tuple[int, _Ymd] | None:
    """Where a range that ends with the date ``last`` (printed at ``at``) starts, and its
    first date: a first month (``between January and`` March 2025) or a first day (``from
    1 to`` 3 June). ``and`` joins a range only after ``between`` or ``from``."""
    if last.day is None and last.month is not None and last.year is not None:
        m = P.MONTH_RANGE.search(text, max(0, at - MONTH_RANGE_REACH), at)
        if m and _joins(m):
            month = _month(m.group("mon"))
            return m.start(), _Ymd(last.year - (month > last.month), month, None)
    if last.day is not None:
        m = P.DAY_RANGE.search(text, max(0, at - DAY_RANGE_REACH), at)
        if m and _joins(m):
            return m.start(), _Ymd(None, None, int(m.group("day")))
    return None


def _joins(m: regex.Match[str]) -> bool:
    """A range's joining word: ``to``, ``-``, ``until``; ``and`` only after a range keyword."""
    return m.group("sep").lower() != "and" or bool(m.group("kw"))


def _points(doc: Document) -> tuple[list[regex.Match[str]], list[int]]:
    """Every date point of the text and where each starts, read once for all the date rules."""
    if "date_points" not in doc.memo:
        points = list(doc.scan_digit_lines(P.DATE_POINT, DATE_LEAD))
        doc.memo["date_points"] = (points, [m.start() for m in points])
    return cast("tuple[list[regex.Match[str]], list[int]]", doc.memo["date_points"])


def _full(doc: Document, lo: int, hi: int, reader: DateReader, *, weekday: bool = False) -> tuple[str, int] | None:
    """The first full date (day, month, year) within ``[lo, hi)`` and where it is; with
    ``weekday``, only one printed with its weekday (``Monday April 9 2007``)."""
    points, starts = _points(doc)
    for k in range(bisect.bisect_left(starts, lo), len(points)):
        m = points[k]
        if m.end() > hi:
            break
        if weekday and m.group().split(None, 1)[0].strip(",.").lower() not in V.WEEKDAYS:
            continue
        d = reader.point(m)
        if d is not None and d.day is not None and d.year is not None:
            return d.iso() or "", m.start()
    return None


#: How far into a flattened page (:attr:`Document.flattened`) its header reaches.
FLAT_HEADER_REACH = 400


#: How far after a numeric date with both orders possible its written form is looked for.
WRITTEN_REACH = 400


def _read_as_written(doc: Document, found: tuple[str, int], reader: DateReader) -> str:
    """A numeric date that reads both ways (``04/08/2025``) in the order the release's
    written date just below it settles (``Lakeview, 8 April 2025 –``: month first)."""
    m = P.DATE_POINT.match(doc.text, found[1])
    if m is None or not m.group("num_a") or m.group("num_a") == m.group("num_b"):
        return found[0]
    if int(m.group("num_a")) > 12 or int(m.group("num_b")) > 12:
        return found[0]
    other = DateReader(not reader.month_first).point(m)
    if other is None or other.iso() is None:
        return found[0]
    points, starts = _points(doc)
    for k in range(bisect.bisect_left(starts, m.end()), len(points)):
        w = points[k]
        if w.start() > m.end() + WRITTEN_REACH:
            break
        if w.group("mon"):
            d = reader.point(w)
            if d is not None and d.iso() == other.iso():
                return other.iso() or found[0]
    return found[0]


def release_date(doc: Document, sections: Sections) -> str | None:
    reader = DateReader(is_us(doc))
    paragraphs = doc.paragraphs
    embargoed: str | None = None
    page_dated: str | None = None  # the date a page's furniture labels ``Published``
    label_above = False  # the line before is such a label, alone
    seen = prose = 0
    listed = False  # the paragraph before was an item of a list
    for para in paragraphs:
        body_like = para.body_like
        item = P.BULLET.match(para.text) is not None
        # a list of highlights over the story counts as one paragraph of prose
        prose += body_like and not (item and listed)
        listed = item
        if prose > DATELINE_PARAGRAPHS or seen >= HEADER_LINES:
            break  # the story has begun: its dates are not the release's
        lines = para.lines
        for line in lines:
            seen += 1
            if body_like:
                # a paragraph of the story: only a dateline that opens it counts, or in a
                # flattened page (header and story run into one paragraph) a date printed
                # with its weekday near the top (``… Monday April 9 2007 FOR IMMEDIATE …``)
                if line is not lines[0]:
                    continue
                if not P.DATELINE_START.match(line.text):
                    hi = min(line.end, line.start + FLAT_HEADER_REACH)
                    if line.start in doc.flattened and not P.NOT_RELEASE_DATE.search(doc.text, line.start, hi):
                        dated = _full(doc, line.start, hi, reader, weekday=True)
                        if dated:
                            return dated[0]
                    continue
                hi = min(line.end, line.start + DATELINE_REACH)
            else:
                hi = line.end
            other = P.NOT_RELEASE_DATE.search(doc.text, line.start, hi)
            if other:
                # read where the date is looked for (not a flattened page's ``©2024`` at its
                # end); a date before the label is still the release's (``Posted: May 12, 2024
                # | Updated: May 13, 2024``)
                hi = other.start()
            found = _full(doc, line.start, hi, reader)
            page_label, label_above = label_above, P.PAGE_DATE_LABEL.fullmatch(line.text) is not None
            if found is None:
                continue
            if P.EMBARGO.match(line.text):
                embargoed = embargoed or found[0]
                continue
            if page_label:
                # ``Published`` / ``September 9, 2006``: the page's date; the release's own,
                # printed on a line of its own under it (``For Immediate Release`` / ``March
                # 3rd, 2006``), is the date
                page_dated = page_dated or _read_as_written(doc, found, reader)
                continue
            if page_dated and word_count(line.text, DATE_LINE_WORDS + 1) > DATE_LINE_WORDS:
                continue  # (a sentence of the story under the page's date: ``The fund opens …``)
            return _read_as_written(doc, found, reader)
    if embargoed or page_dated:
        return embargoed or page_dated
    fm = doc.front_matter.get("date")
    if fm:
        m = P.ISO_DATE.match(fm[0])
        if m:
            return m.group(0)
    stamp = P.PUBLISHED_STAMP.search(doc.text)
    return stamp.group("date") if stamp else None
