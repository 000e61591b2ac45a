"""The input text, never modified, cut into lines and paragraphs with their offsets.

Press releases reach us in three line styles, and a paragraph means the same thing in
all of them:

* one paragraph a line (text converted from Word or HTML);
* paragraphs separated by blank lines, hard-wrapped inside (e-mail, plain text);
* OCR or PDF text where a sentence runs on after a line break or a blank line.

A line that does not end a sentence and a next line that starts in lower case are one
paragraph, whatever stands between them.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple, overload

import regex

from . import patterns as P
from . import vocab as V
from .caching import once


class Line(NamedTuple):
    """One printed line: ``[start, end)`` without its line break.

    A small tuple that slices its text from the document when asked, so that a text of
    100 MB (millions of lines) is not held twice.
    """

    start: int
    end: int
    #: The whole document text.
    source: str

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.text!r})"

    @property
    def text(self) -> str:
        return self.source[self.start : self.end]

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        if self.start == self.end:
            return True
        if not self.source[self.start].isspace():
            return False  # the common case, decided without copying the line
        return not self.text.strip()

    def head(self) -> str:
        """The line's first :data:`EDGE` characters after white space, without copying a
        long line (what :func:`runs_on` reads)."""
        cut = self.start + EDGE
        head = self.source[self.start : cut if cut < self.end else self.end].lstrip()
        return head if head else self.text.lstrip()[:EDGE]

    def tail(self) -> str:
        """The line's last :data:`EDGE` characters before white space."""
        cut = self.end - EDGE
        tail = self.source[cut if cut > self.start else self.start : self.end].rstrip()
        return tail if tail else self.text.rstrip()[-EDGE:]


class Printed(NamedTuple):
    """Text read from ``[start, end)`` of the document, kept as a string: a header line
    without its outer white space, or a contact line with the lines wrapped from it."""

    start: int
    end: int
    text: str


class Lines(Sequence[Line]):
    """The lines of a text as two arrays of offsets; each :class:`Line` is made when asked
    for (a text of 100 MB has millions of lines: 16 bytes each here, not 130)."""

    __slots__ = ("ends", "source", "starts")

    def __init__(self, source: str, starts: array[int], ends: array[int]) -> None:
        self.source = source
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Line: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Line, ...]: ...

    def __getitem__(self, i: int | slice) -> Line | tuple[Line, ...]:
        if isinstance(i, slice):
            s = self.source
            return tuple(Line(a, b, s) for a, b in zip(self.starts[i], self.ends[i], strict=True))
        return Line(self.starts[i], self.ends[i], self.source)

    def __iter__(self) -> Iterator[Line]:
        s = self.source
        return (Line(a, b, s) for a, b in zip(self.starts, self.ends, strict=True))

    def start_of(self, at: int) -> int:
        """Where the line that holds offset ``at`` starts (its indentation included)."""
        return self.starts[self.index_of(at)]

    def index_of(self, at: int) -> int:
        """The index of the line that holds offset ``at``."""
        return max(bisect_right(self.starts, at) - 1, 0)


@dataclass(eq=False, slots=True)
class Paragraph:
    """Consecutive lines read as one paragraph; ``[start, end)`` excludes outer white space.

    Slotted, and holding its lines as a range of the document's (a text of 100 MB has
    hundreds of thousands of paragraphs); the word count and the prose test are kept once
    computed.
    """

    #: The document's lines; the paragraph's are the non-blank ones in ``[first, stop)``
    #: (a sentence may run on over a blank line).
    all_lines: Lines = field(repr=False)
    first: int
    stop: int
    start: int
    end: int
    _words: int | None = field(default=None, repr=False)
    _body_like: bool | None = field(default=None, repr=False)

    @classmethod
    def of(cls, all_lines: Lines, first: int, stop: int) -> Paragraph:
        """The paragraph of the lines ``[first, stop)``: the first and last are not blank."""
        doc_text = all_lines.source
        start = all_lines.starts[first]
        if doc_text[start].isspace():  # indented: skip the white space
            text = all_lines[first].text
            start += len(text) - len(text.lstrip())
        end = all_lines.ends[stop - 1]
        if doc_text[end - 1].isspace():
            text = all_lines[stop - 1].text
            end -= len(text) - len(text.rstrip())
        return cls(all_lines, first, stop, start, end)

    @property
    def lines(self) -> tuple[Line, ...]:
        """The paragraph's lines (made when asked for)."""
        return tuple(line for line in self.all_lines[self.first : self.stop] if not line.blank)

    @property
    def first_line(self) -> Line:
        return self.all_lines[self.first]

    @property
    def one_line(self) -> bool:
        """The paragraph is a single line (whatever the text's line breaks)."""
        return self.stop - self.first == 1

    @property
    def text(self) -> str:
        """The paragraph as printed, sliced from the document when asked (not held twice)."""
        return self.all_lines.source[self.start : self.end]

    @property
    def words(self) -> int:
        """How many words the paragraph has."""
        if self._words is None:
            self._words = word_count(self.text)
        return self._words

    @property
    def body_like(self) -> bool:
        """Running prose, not a heading, label or line of furniture (see :func:`is_body_like`)."""
        if self._body_like is None:
            self._body_like = is_body_like(self.text)
        return self._body_like


#: Characters per word that a prefix read by :func:`word_count` allows for (words and the
#: space after them average six; the margin keeps a re-count rare).
CHARS_PER_WORD = 12


def word_count(text: str, limit: int | None = None) -> int:
    """How many words ``text`` has; with ``limit``, ``min(count, limit)``.

    A threshold test (``word_count(text, 13) <= 12``) then reads only the beginning of a
    long paragraph: the words of a prefix are words of the whole text (only the last may
    be cut short), so a prefix holding ``limit`` words settles the count.
    """
    if limit is None or len(text) <= limit * CHARS_PER_WORD:
        n = len(find_words(text))
    else:
        n = len(find_words(text, limit * CHARS_PER_WORD))
        if n < limit:
            n = len(find_words(text))
    return n if limit is None else min(n, limit)


def find_words(text: str, endpos: int | None = None) -> list[str]:
    """The words of ``text[:endpos]`` (:data:`~extractor.patterns.WORD`); text that is all
    ASCII is read by :data:`~extractor.patterns.WORD_ASCII`, which finds the same words faster."""
    pattern = P.WORD_ASCII if text.isascii() else P.WORD
    return pattern.findall(text, 0, len(text) if endpos is None else endpos)


#: Words at which a passage counts as long in :func:`is_body_like`.
LONG_PASSAGE = 25


def is_body_like(text: str) -> bool:
    """A paragraph of running prose: a sentence of twelve words or more (one ending in a
    colon hands over to what follows), a dateline, or a long passage mostly in lower case
    (a long line in title case is a headline)."""
    n = word_count(text, LONG_PASSAGE)
    if n >= 12 and text.rstrip()[-1:] in '.!?"”:' and not (len(text) < n * SPACED_CHARS and _letter_spaced(text)):
        return True  # a sentence, or one that hands over (``… issued the following statement:``)
    if n >= 8 and (P.DATELINE_START.match(text) or P.DATELINE_CAPS.match(text)):
        return True
    if n < LONG_PASSAGE:
        return False
    found = find_words(text)
    return sum(1 for w in found if w[:1].islower()) * 10 >= len(found) * 4


def _letter_spaced(text: str) -> bool:
    """A line of a letterhead typed letter-spaced, which OCR reads as words of a letter or
    two: ``The Hon. T O M  A S H B Y , M.P.``: more than half its words are single
    letters (a sentence's few are ``a``, ``I`` and the letters of ``p.m.``)."""
    words = find_words(text, LETTER_SPACED_PREFIX)
    return sum(len(w) == 1 for w in words) * 2 > len(words)


#: How much of a paragraph :func:`_letter_spaced` reads; it is read only when its words
#: average fewer characters than this, spaces counted (prose's average six).
LETTER_SPACED_PREFIX = 160
SPACED_CHARS = 4


def squash(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return " ".join(text.split())


class Document:
    """The text handed to :func:`extractor.parse` and the views every stage shares."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: Facts about the whole document that a field decides once (e.g. US date order).
        self.memo: dict[str, object] = {}

    @once
    def lines(self) -> Lines:
        text = self.text
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        if "\r" in text:  # CR or CRLF breaks: the pattern knows all three
            for m in P.LINE.finditer(text):
                if m.start() == m.end() == len(text) and starts:
                    break
                starts.append(m.start("body"))
                ends.append(m.end("body"))
            return Lines(text, starts, ends)
        start, find = 0, text.find
        while True:
            end = find("\n", start)
            if end < 0:
                if start < len(text) or not starts:  # a final line break opens no line
                    starts.append(start)
                    ends.append(len(text))
                return Lines(text, starts, ends)
            starts.append(start)
            ends.append(end)
            start = end + 1

    @once
    def digit_starts(self) -> array[int]:
        """Where each run of digits starts (see :meth:`scan_digit_lines`); a compact array."""
        return array("q", (m.start() for m in P.DIGIT_RUN.finditer(self.text)))

    def scan_digit_lines(self, pattern: regex.Pattern[str], lead: int) -> Iterator[regex.Match[str]]:
        """``pattern.finditer`` over the lines that hold a digit, from ``lead`` characters
        before their first digit: the matches of a scan of the whole text, for a pattern
        that never crosses a line break and holds a digit within ``lead`` characters of its
        start (dates, phone numbers). Lines without a digit, most of a release, are skipped.
        """
        text, runs = self.text, self.digit_starts
        done, k = 0, 0
        while k < len(runs):
            start = runs[k]
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            yield from pattern.finditer(text, max(done, start - lead), end)
            done = end
            k = bisect_left(runs, done, k + 1)  # the first run on a later line

    @once
    def front_matter_end(self) -> int:
        """Index of the first line after a YAML ``---`` block at the top, else 0."""
        lines = self.lines
        if not lines or lines[0].stripped != "---":
            return 0
        for i in range(1, min(len(lines), 60)):
            if lines[i].stripped in ("---", "..."):
                return i + 1
        return 0

    @once
    def front_matter(self) -> dict[str, tuple[str, tuple[int, int]]]:
        """``key: value`` pairs of the front matter, each value with its span."""
        out: dict[str, tuple[str, tuple[int, int]]] = {}
        for line in self.lines[1 : max(self.front_matter_end - 1, 0)]:
            m = P.FRONT_MATTER_FIELD.match(line.text)
            if m:
                out.setdefault(
                    m.group("key").lower(),
                    (m.group("value"), (line.start + m.start("value"), line.start + m.end("value"))),
                )
        return out

    @once
    def creators(self) -> frozenset[str]:
        """The people the front matter lists as the release's creators, as ``given surname``
        in lower case (``  - "Roe, Jane"`` → ``jane roe``): how the archive spells them."""
        out = set()
        for line in self.lines[1 : max(self.front_matter_end - 1, 0)]:
            m = P.FRONT_MATTER_PERSON.match(line.text)
            if m:
                given = m.group("given").split()
                if given:
                    out.add(f"{given[0]} {m.group('surname').strip()}".lower())
        return frozenset(out)

    @once
    def paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, at: int) -> int:
        """The index of the paragraph that holds offset ``at``, or of the last one before it
        (0 before the first)."""
        return max(bisect_right(self.paragraph_starts, at) - 1, 0)

    @once
    def flattened(self) -> range:
        """Where a flattened page's one long line is, else an empty range.

        Some scrapers lose every line break of a page: its header, story and notes run
        into one line, with furniture lines around it at most. That line holds most of the
        text (:data:`FLAT_SHARE`) and is long (:data:`FLAT_MIN_CHARS`).
        """
        text, lines = self.text, self.lines
        n = len(text)
        if n < FLAT_MIN_CHARS:
            return range(0)
        for start, end in zip(lines.starts, lines.ends, strict=True):
            if end - start >= max(FLAT_MIN_CHARS, FLAT_SHARE * n):
                return range(start, end)
        return range(0)

    @once
    def wrap_width(self) -> int:
        """The width the text is hard-wrapped at (e-mail, PDF or OCR text), else 0.

        A hard-wrapped text has many lines that fill the width nearly to the end; a few
        lines may be longer (a URL, front matter). The width is the widest line up to
        :data:`MAX_WRAP_WIDTH` that at least :data:`WRAP_SHARE` of the printed lines come
        within :data:`WRAP_SLACK` characters of, many of them to its edge. Read from the
        first :data:`WRAP_SAMPLE` lines.
        """
        text, n = self.text, min(len(self.lines), WRAP_SAMPLE)
        starts, ends = self.lines.starts[:n], self.lines.ends[:n]
        printed = []
        for start, end in zip(starts, ends, strict=True):
            if end > start and text[end - 1] in " \t":  # trailing white space is not printed
                end = start + len(text[start:end].rstrip())
            if end > start:
                # a long line of prose counts as such; one with no space (a URL) does not
                printed.append(end - start if end - start <= MAX_WRAP_WIDTH or " " in text[start:end] else 0)
        widths = sorted(w for w in printed if w <= MAX_WRAP_WIDTH)
        need = max(MIN_WRAPPED_LINES, WRAP_SHARE * sum(w >= WRAP_SHORT for w in printed))
        for top in sorted(set(widths[-WRAP_TRIES:]), reverse=True):
            if top < MIN_WRAP_WIDTH:
                break
            above = len(widths) - bisect_right(widths, top)
            near = len(widths) - bisect_left(widths, top - WRAP_SLACK) - above
            edge = len(widths) - bisect_left(widths, top - WRAP_EDGE) - above
            if near >= need and edge >= max(MIN_EDGE_LINES, WRAP_EDGE_SHARE * near):
                # lines of prose far wider than the width: one paragraph a line (a web page
                # whose short lines are headings and furniture), not a text wrapped at ``top``
                every = sorted(printed)
                if len(every) - bisect_right(every, top + WRAP_SLACK) <= WRAP_WIDER_SHARE * near:
                    return top
        return 0

    @once
    def double_spaced(self) -> bool:
        """The text is hard-wrapped with a blank line after every line, as archives print
        typescript: :data:`DOUBLE_SPACED_SHARE` of its printed lines (of the first
        :data:`WRAP_SAMPLE`) stand over a blank one."""
        if not self.wrap_width:
            return False
        text, n = self.text, min(len(self.lines), WRAP_SAMPLE)
        starts, ends = self.lines.starts, self.lines.ends
        printed = over_blank = 0
        for i in range(self.front_matter_end, n - 1):
            if text[starts[i] : ends[i]].strip():
                printed += 1
                over_blank += not text[starts[i + 1] : ends[i + 1]].strip()
        return printed >= MIN_WRAPPED_LINES and over_blank >= DOUBLE_SPACED_SHARE * printed

    @once
    def gapped(self) -> bool:
        """The text is :attr:`double_spaced` and sets its paragraphs apart with two blank
        lines or more (:data:`MIN_PARAGRAPH_GAPS` times at least, of the first
        :data:`WRAP_SAMPLE` lines), as a PDF's text may print them: one blank line is then
        a line break inside a paragraph."""
        if not self.double_spaced:
            return False
        text, starts, ends = self.text, self.lines.starts, self.lines.ends
        gaps = blanks = 0
        for i in range(self.front_matter_end, min(len(self.lines), WRAP_SAMPLE)):
            if text[starts[i] : ends[i]].strip():
                gaps += blanks >= 2
                blanks = 0
            else:
                blanks += 1
        return gaps >= MIN_PARAGRAPH_GAPS

    def _fills_width(self, line: Line) -> bool:
        """``line`` fills the width the text is wrapped at, within :data:`WRAP_SLACK`."""
        return len(line.text.rstrip()) >= self.wrap_width - WRAP_SLACK

    def _blocks(self, stop: int) -> Iterator[tuple[int, list[Line]]]:
        """The blocks of non-blank lines between blank ones, up to line ``stop``, each with
        its first line's index (front matter left out)."""
        text, starts, ends = self.text, self.lines.starts, self.lines.ends
        block: list[Line] = []
        first = 0
        for i in range(self.front_matter_end, stop):
            start, end = starts[i], ends[i]
            if start == end or (text[start].isspace() and not text[start:end].strip()):  # Line.blank
                if block:
                    yield first, block
                    block = []
            else:
                if not block:
                    first = i
                block.append(Line(start, end, text))
        if block:
            yield first, block

    @once
    def blank_separated(self) -> bool:
        """The text sets its paragraphs apart with blank lines: :data:`MIN_SEPARATED_BLOCKS`
        blocks between blank lines are hard-wrapped paragraphs of several lines. A sentence
        that ends inside such a block ends no paragraph (``… the old road at all.`` / ``We
        trust …``), however short its line."""
        found = 0
        for _, block in self._blocks(min(len(self.lines), WRAP_SAMPLE)):
            found += _is_wrapped(block)
            if found >= MIN_SEPARATED_BLOCKS:
                return True
        return False

    @once
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Paragraphs of the release proper (front matter left out).

        Blocks of lines between blank lines are split where a line starts a new sentence,
        and a group joins the paragraph before it where that one's sentence runs on. Each
        paragraph is made as soon as the next one starts, so that only one block is held
        as a list at a time.
        """
        lines = self.lines
        out: list[Paragraph] = []
        # the paragraph still open (the next group may run on): its first line's index,
        # its last line and that line's index
        open_first = open_end = -1
        open_last: Line | None = None

        def add_block(block: list[Line], first: int) -> None:
            """A block of non-blank lines, the first at index ``first``, in sentence groups."""
            nonlocal open_first, open_last, open_end
            k = first
            # one blank line before the block, where paragraphs stand two apart: a line break
            line_break = self.gapped and first - open_end == 1
            for group in _split_block(block, self):  # the block, cut in order
                if open_last is not None and (
                    _goes_on(open_last, group[0])
                    or (self.double_spaced and _wraps_over_blank(open_last, group[0], self))
                    or _quote_goes_on(lines.starts[open_first], open_last, group[0])
                    or (
                        line_break
                        and k == first
                        and self._fills_width(open_last)
                        and not P.LABELLED_QUOTE_LINE.match(group[0].text)  # (a hearing's turn)
                    )
                ):
                    open_last, open_end = group[-1], k + len(group)
                else:
                    if open_last is not None:
                        out.append(Paragraph.of(lines, open_first, open_end))
                    open_first, open_last, open_end = k, group[-1], k + len(group)
                k += len(group)

        for first, block in self._blocks(len(lines)):
            add_block(block, first)
        if open_last is not None:
            out.append(Paragraph.of(lines, open_first, open_end))
        return tuple(out)


def _is_wrapped(block: list[Line]) -> bool:
    """A block hard-wrapped at a fixed width: all lines but the last fill most of it."""
    if len(block) < 2:
        return False
    printed = [line.text.rstrip() for line in block]
    widths = [len(p) for p in printed]
    widest = max(widths)
    if widest > 100 or widest < 40:
        return False
    if all(p[-1:] in _SENTENCE_ENDS for p in printed[:-1]):
        return False  # every line ends its sentence: one sentence or item a line, not wrapping
    return all(w >= 0.6 * widest for w in widths[:-1])


#: The share of a double-spaced text's printed lines that stand over a blank line.
DOUBLE_SPACED_SHARE = 0.8
#: A text with this many hard-wrapped blocks between blank lines sets its paragraphs apart
#: with blank lines (see :attr:`Document.blank_separated`).
MIN_SEPARATED_BLOCKS = 3
#: A double-spaced text that sets its paragraphs apart with two blank lines does so this
#: many times at least (see :attr:`Document.gapped`).
MIN_PARAGRAPH_GAPS = 3
#: A flattened page's one line holds at least this share of its text, and this many characters.
FLAT_SHARE = 0.6
FLAT_MIN_CHARS = 1500

#: A hard-wrapped text is wrapped at no more than this many characters, and no fewer than
#: :data:`MIN_WRAP_WIDTH`.
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 40
#: Lines within this many characters of the width fill it (words vary in length).
WRAP_SLACK = 12
#: The share of lines that must fill the width, and at least how many. Lines shorter than
#: :data:`WRAP_SHORT` are left out of the share: headings, contact lines and a page's
#: furniture (``Share this page``, ``Back to top``) are short in any layout.
WRAP_SHARE = 0.25
#: At most this share (of the lines that fill the width) of prose lines stand wider than it.
WRAP_WIDER_SHARE = 0.5
WRAP_SHORT = 24
MIN_WRAPPED_LINES = 6
#: Lines that fill the width to within :data:`WRAP_EDGE` characters: at least this many,
#: and this share of those that fill most of it (a wrapping program fills lines to the
#: edge; a few lines of other widths do not make a width).
WRAP_EDGE = 3
MIN_EDGE_LINES = 3
WRAP_EDGE_SHARE = 0.15
#: How many of the widest lines are tried as the width (the rest are outliers: URLs).
WRAP_TRIES = 12
#: Lines read to find the width.
WRAP_SAMPLE = 4000
#: Room a wrapping program may leave at the end of a full line (justified or PDF text).
WRAP_ROOM = 2

#: Marks that open a quotation: at the start of a line, or a quote's next paragraph.
OPENING_MARKS = frozenset("“\"‘'«„")
#: What ends a sentence or a label at the end of a line (see :func:`_ends_sentence`).
_LINE_STOPS = frozenset(".!?:")

#: Characters that end a sentence at the end of a line.
_SENTENCE_ENDS = frozenset(".!?")


#: Characters after which a line's sentence is still open.
_OPEN_END = frozenset("-–,;")
#: How much of each end of a line :func:`runs_on` needs: its last word, its first letter.
EDGE = 64


#: Closing quotation marks: ``,”`` at the end of a line leaves its sentence open.
CLOSING_MARKS = frozenset("”\"’'»")


def _leaves_open(end: str) -> bool:
    """A line that ends in this character has not finished its sentence."""
    return end.isalnum() or end == "_" or end in _OPEN_END


#: How many opening marks or brackets may stand before a line's last word (``said, "the``).
_MAX_OPENERS = 2
#: A tail this long holds the last word of a line whole when that word is a function word.
_FUNCTION_TAIL = max(map(len, V.OPEN_WORDS)) + _MAX_OPENERS + 1


#: Characters of a line that holds only a quote's marks and punctuation (``“``, ``,”``,
#: ``.”``, ``, "``), as a scraper leaves a page's inline elements on lines of their own.
_MARK_CHARS = frozenset('"“”‘’«»,.;:!?')
#: Such a line is at most this long.
_MARK_LINE_MAX = 6
#: A closing mark, in a line of marks: the quote's sentence, on the line before, goes on.
_CLOSING_ONLY = frozenset("”’»")
#: An opening mark that ends a line of marks: the quote starts on the next line.
_OPENING_ONLY = frozenset("“‘«")


#: A speech verb alone on a line, its subject on the next (not ``Notes``, a heading).
_SAID_ALONE = frozenset(["said", "says", "added", "adds", "stated", "explained", "commented", "continued"])
#: A line's end long enough to hold one of them, a space and a comma after it.
_SAID_TAIL = max(map(len, _SAID_ALONE)) + 4


def _mark_line(line: Line) -> str | None:
    """The marks of a line that holds nothing else, white space aside."""
    if line.end - line.start > _MARK_LINE_MAX:
        return None
    marks = line.text.strip()
    return marks if marks and all(c in _MARK_CHARS or c.isspace() for c in marks) else None


def _joins_marks(prev: Line, nxt: Line) -> bool | None:
    """Whether a line of marks joins its neighbour (None: not such a line, or the other
    rules decide). Punctuation and closing marks go with the line before (``… the
    disease`` / ``.”``); an opening mark with the line after, and with the line before
    when that one leaves its sentence open (``X said,`` / ``“`` / ``The bill …``). A
    straight mark alone opens where the line before it leaves its sentence open."""
    head = nxt.source[nxt.start : nxt.start + 2]
    if head[:1] in ",;" or head == ". ":
        return True  # ``…, said`` / ``, "The Board …``: a line that opens with a comma goes on
    marks = _mark_line(nxt)
    if marks is not None:
        if marks[0] in ",.;:!?" or marks == '"' or any(c in _CLOSING_ONLY for c in marks):
            return True
        last = prev.text.rstrip()[-1:]
        return bool(last) and _leaves_open(last)
    marks = _mark_line(prev)
    if marks is not None:
        if marks[-1] in _OPENING_ONLY:
            return True
        if marks[-1] == '"':
            src, k = prev.source, prev.start
            while k > 0 and src[k - 1].isspace():
                k -= 1
            return k > 0 and (src[k - 1] in ",:;" or src[k - 1].isalnum())
        return None
    if prev.source[prev.end - 1 : prev.end] == ",":
        # ``Of the bill, Jane Roe,`` / ``Chair of the Board, said``: an attribution over lines
        tail = nxt.source[max(nxt.start, nxt.end - _SAID_TAIL) : nxt.end].rstrip(" \t,").rsplit(None, 1)
        return True if tail and tail[-1] in _SAID_ALONE else None
    if prev.end - prev.start <= _MARK_LINE_MAX + 4 and prev.text.strip() in _SAID_ALONE:
        return True  # ``“…,”`` / ``said`` / ``Sen. Ashby.``
    return None


def _goes_on(prev: Line, nxt: Line) -> bool:
    """The paragraph of line ``prev`` goes on at line ``nxt``: :func:`_runs_on`, after the
    lines a scraper leaves of a quote's marks and punctuation (see :func:`_joins_marks`).
    A markdown heading goes on nowhere (``# … at Summit 2024`` / ``eFerry maker reports …``)."""
    if prev.source[prev.start : prev.start + 1] == "#" and P.MARKDOWN_HEADING_START.match(prev.source, prev.start):
        return False
    if (
        nxt.end - nxt.start <= _MARK_LINE_MAX
        or prev.end - prev.start <= _MARK_LINE_MAX + 4
        or nxt.source[nxt.start : nxt.start + 1] in _MARK_CHARS
        or prev.source[prev.end - 1 : prev.end] == ","
    ):
        joined = _joins_marks(prev, nxt)
        if joined is not None:
            return joined
    return _runs_on(prev, nxt)


def _runs_on(prev: Line, nxt: Line) -> bool:
    """:func:`runs_on` for two lines of a text, read from their edges without slicing them."""
    src = prev.source
    last = src[prev.end - 1] if prev.end > prev.start else " "
    if not (last.isspace() or last in CLOSING_MARKS or _leaves_open(last)):
        return False  # the line ends its sentence (the common case), decided without slicing
    wide = prev.end - prev.start >= OPEN_WORD_WIDTH
    if last.isalnum() and nxt.end > nxt.start and not src[nxt.start].isspace():
        # no white space at either side of the break: the first letter, then the last word
        first = src[nxt.start]
        if first.islower() and first.isascii():
            return not _opens_item(src, nxt.start, nxt.end)
        tail = src[max(prev.start, prev.end - _FUNCTION_TAIL) : prev.end]
        return _function_word(tail.rsplit(None, 1)[-1], wide)
    return runs_on(prev.tail(), nxt.head(), wide)


def _quote_goes_on(start: int, prev: Line, nxt: Line) -> bool:
    """A paragraph from offset ``start`` to line ``prev`` that stops mid-sentence inside a
    quotation it opened goes on at line ``nxt``, as a PDF's lines set apart by blank ones
    break it, whatever ``nxt``'s case: ``“… most of them now serve in the Harbour`` / ``Police.”``.
    Not when ``nxt`` opens a quote's next paragraph."""
    src = prev.source
    k = prev.end
    while k > prev.start and src[k - 1].isspace():
        k -= 1
    if k == prev.start or not _leaves_open(src[k - 1]):
        return False  # a sentence's end, a label's colon or a closing mark (the common case)
    j = nxt.start
    while j < nxt.end and src[j].isspace():
        j += 1
    if j == nxt.end or src[j] in OPENING_MARKS:
        return False
    opened = src.rfind("“", start, k)
    if opened >= 0:
        if opened + 1 < k and src[opened + 1] in " \t":
            return False  # a speck, not a mark that opens a word: ``14 March 1979 “ 63/79``
        # closed by ``”``, or by a single mark after a clause's end, as OCR misreads it
        return src.find("”", opened, k) < 0 and not any(src.find(c + "’", opened, k) >= 0 for c in ",.!?")
    return src.count('"', start, k) % 2 == 1


def _wraps_over_blank(prev: Line, nxt: Line, doc: Document) -> bool:
    """In a text hard-wrapped with a blank line after every line (as some archives print
    typescript), a full line that does not end its sentence goes on past the blank line:
    ``… Ireland, Japan, North`` / (blank) / ``America and other countries …``. (Asked
    only of a :attr:`Document.double_spaced` text.)"""
    src = prev.source
    last = src[prev.end - 1] if prev.end > prev.start else " "
    if not (last.isspace() or _leaves_open(last)):
        return False  # a sentence's end, a label's colon or a mark (the common case)
    line = prev.text.rstrip()
    return bool(line) and _leaves_open(line[-1]) and wraps(line, nxt.head(), doc.wrap_width)


#: What may stand before a line's last word: an opening mark or bracket (``said, "the``).
_WORD_OPENERS = "\"“‘'(["


#: A line this long is one of prose: any of :data:`~extractor.vocab.OPEN_WORDS` at its end
#: leaves its sentence open. A shorter one (a heading: ``Who We Are``) needs a function word.
OPEN_WORD_WIDTH = 60


def _function_word(word: str, wide: bool) -> bool:
    """A line's last word is a function word: its sentence goes on (``… bask in the`` /
    ``said, "the``); on a ``wide`` line, any word no sentence ends on (``… carried over``)."""
    words = V.OPEN_WORDS if wide else V.FUNCTION_WORDS
    if word[:1] not in _WORD_OPENERS:
        return word.lower() in words  # (the common case)
    k = 0
    while k < min(_MAX_OPENERS, len(word)) and word[k] in _WORD_OPENERS:
        k += 1
    return word[k:].lower() in words


def _opens_item(text: str, at: int, end: int) -> bool:
    """A lower-case letter or numeral item opens ``text`` at ``at`` (``a)``, ``iv.``): its
    mark stands within the first five characters, tested before the pattern is run (most
    lines that start in lower case go on a sentence)."""
    window = text[at + 1 : min(at + 5, end)]
    return ("." in window or ")" in window) and P.LETTER_ITEM.match(text, at, end) is not None


def runs_on(prev: str, nxt: str, wide: bool | None = None) -> bool:
    """The sentence on line ``prev`` goes on at line ``nxt``: no full stop, and a lower-case
    start or a function word before the break (``… bridge builders from`` / ``Lakeview.``).
    ``wide``: the line is one of prose (by default, as long as :data:`OPEN_WORD_WIDTH`)."""
    last = prev.rstrip()
    if last[-1:] in CLOSING_MARKS:
        last = P.DETACHED_MARKS.sub("", last)  # OCR specks, not a quote's close: ``one '  ’``
    if not last:
        return False
    end = last[-1]
    if end in CLOSING_MARKS and last[-2:-1] == ",":
        end = ","
    if not _leaves_open(end):
        return False
    head = nxt.lstrip()
    first = head[:1]
    if first.islower() and first.isascii():
        return not _opens_item(head, 0, len(head))  # ``a) …``, ``ii. …``: a list item starts
    return _function_word(last.rsplit(None, 1)[-1], len(last) >= OPEN_WORD_WIDTH if wide is None else wide)


def wraps(line: str, following: str, width: int) -> bool:
    """The break between a printed ``line`` (from its line start) and the ``following`` one
    is a hard wrap at ``width``: the next line's first word would not have fitted on it.

    A full line that ends a sentence ends its paragraph only about one time in three (a
    paragraph's last line is seldom full; a sentence ends on a wrapped line's last word
    more often), so it wraps too, unless the next line opens a quotation. A line that ends
    in an address, a change between capitals and lower case, or a list item is no wrap.
    """
    if not width:
        return False
    line = line.rstrip()
    if not line or P.ENDS_IN_ADDRESS.search(line):
        return False  # an address ends the line: ``Link: http://…``
    head = following.lstrip()
    if (
        not head
        or P.LIST_ITEM.match(head)
        or (head[0] != "(" and _in_capitals(head.split(None, 3)[:3]) != _in_capitals(line.rsplit(None, 3)[-3:]))
    ):
        # a list item, or a line in capitals under one in lower case (a heading; not a
        # short form in brackets: ``… Observational Study`` / ``(LHS) found …``)
        return False
    if _ends_sentence(line) and head[0] in OPENING_MARKS:
        return False
    if head[0].isupper() and P.BYLINE.match(head):
        return False  # a posting line under a headline: ``Posted by …``, ``Issued by …``
    return _fills(line, head, width)


def _in_capitals(words: list[str]) -> bool:
    """The words (three at an edge of a line) are printed in capitals: ``ON RIVER``, not
    ``funded by the`` / ``NHS and the``."""
    return " ".join(words).isupper()


def _ends_sentence(line: str) -> bool:
    """The stripped ``line`` ends a sentence (``.``, ``.”``) or a label (``:``)."""
    return line[-1 if line[-1] not in CLOSING_MARKS else -2 :][:1] in _LINE_STOPS


def ends_sentence(text: str) -> bool:
    """``text`` ends a sentence (``.``, ``.”``) or a label (``:``), white space aside."""
    line = text.rstrip()
    return bool(line) and _ends_sentence(line)


def _fills(line: str, head: str, width: int) -> bool:
    """The stripped ``line`` has no room left at ``width`` for the first word of ``head``."""
    return len(line) + 1 + len(head.split(None, 1)[0]) > width - WRAP_ROOM


def _ends_paragraph_inside(block: list[Line], width: int) -> bool:
    """In a text hard-wrapped at ``width``, a line of the block ends its sentence with room
    left for the next line's first word: a paragraph ends there, with no blank line."""
    if not width:
        return False
    for prev, nxt in pairwise(block):
        line, head = prev.text.rstrip(), nxt.head()
        if line and head and _ends_sentence(line) and not _fills(line, head, width):
            return True
    return False


def _continues(prev: Line, nxt: Line, doc: Document) -> bool:
    """Line ``nxt`` goes on with the paragraph of ``prev``: its sentence runs on, or the
    text is hard-wrapped and the break is a wrap (see :func:`wraps`). The wrap width is
    found only when a break is not settled without it."""
    return _goes_on(prev, nxt) or wraps(prev.text, nxt.head(), doc.wrap_width)


def _split_block(block: list[Line], doc: Document) -> list[list[Line]]:
    if len(block) == 1:
        return [block]
    if (
        _is_wrapped(block)
        and not any(P.LIST_ITEM.match(line.text) for line in block[1:])
        and (not _ends_paragraph_inside(block, doc.wrap_width) or doc.blank_separated)
    ):
        return [block]
    groups: list[list[Line]] = []
    for line in block:
        if groups and _continues(groups[-1][-1], line, doc):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups
