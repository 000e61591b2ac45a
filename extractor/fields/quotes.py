"""Quoted passages: pairing quotation marks, paragraph by paragraph.

Marks are read by what stands either side of them: an opening mark follows a space or
a bracket and precedes a word; a closing mark follows a word or punctuation. An
apostrophe (``children’s``, ``’90s``) stands between letters, or before digits, and
is no mark at all. Only the outermost passage is a quote: a quotation nested inside
it stays part of it.

A quote that is still open at the end of its paragraph ends there (one quote per
paragraph). The next paragraph goes on with it when it does not open a quote of its
own but closes one (``… the end of it.”``), or when it has no marks and the paragraph
after it does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import patterns as P
from .. import vocab as V
from ..document import Document, find_words, squash, word_count
from ..sections import Sections

_OPENERS = {"“": "d", "„": "d", "‟": "d", "«": "d", "‘": "s", "‚": "s", "‛": "s", "\\u201c": "d", "\\u2018": "s"}
_CLOSERS = {"”": "d", "»": "d", "’": "s", "\\u201d": "d", "\\u2019": "s"}
#: Quotation marks printed as HTML entities in scraped text, and the mark each stands for.
_ENTITIES = {
    "&ldquo;": "“",
    "&#8220;": "“",
    "&#x201c;": "“",
    "&rdquo;": "”",
    "&#8221;": "”",
    "&#x201d;": "”",
    "&lsquo;": "‘",
    "&#8216;": "‘",
    "&#x2018;": "‘",
    "&rsquo;": "’",
    "&#8217;": "’",
    "&#x2019;": "’",
    "&quot;": '"',
    "&#34;": '"',
    "&apos;": "'",
    "&#39;": "'",
}
#: A single-quoted passage longer than this, or one that opens its paragraph, is speech,
#: not a scare quote or a title: a plural possessive inside it (``the customers’ personal
#: data``) does not close it.
SCARE_WORDS = 8
#: A double-quoted passage this short closed by a single mark is one passage (``“Widget’``).
MISMATCH_WORDS = 2
#: Guillemets are OCR noise, not quotation marks, when this many closing ones stand as a
#: line's full stop (see :func:`_guillemets_are_noise`).
UNPAIRED_GUILLEMETS = 3
#: A quote whose opening mark was lost holds this many words at least, and its closing
#: mark's speech verb stands within this many characters of it.
LOST_OPENING_WORDS = 5
LOST_OPENING_REACH = 200
#: White space a mark may stand against, the no-break space of scraped HTML included.
_SPACE = set(" \t\n\r\u00a0") | {""}
_BEFORE_OPEN = _SPACE | set("([{—–-/*_")
#: What hands over to a quote before its opening mark (``commented: ‘ …``, ``said, ‘ …``).
_HANDS_OVER = frozenset(":,—–")
_AFTER_CLOSE = _SPACE | set(".,;:!?)]}—–-*_…")


@dataclass(frozen=True)
class Passage:
    """A quoted passage: ``[start, end)`` inside the marks, in paragraph ``para``."""

    start: int
    end: int
    para: int
    #: Offset of the opening mark, or ``None`` when it runs on from the paragraph before.
    open_at: int | None
    #: Offset just after the closing mark, or ``None`` when the paragraph ends first.
    close_end: int | None

    def text(self, doc: Document) -> str:
        return squash(doc.text[self.start : self.end])


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    family: str  # "d" double, "s" single
    role: str  # "open", "close", "either"
    #: ``s’`` before a lower-case word: a plural possessive (``workers’ rights``) or a close
    possessive: bool = False


def _possessive_follows(text: str, end: int, hi: int) -> bool:
    """After ``s’``: one space and a lower-case word that is not a function word, a pronoun
    or a speech verb (``workers’ rights``; not ``heroes’ and``, ``voters’ said``)."""
    if text[end : end + 1] != " ":
        return False
    m = P.LOWER_WORD.match(text, end + 1, hi)
    if m is None:
        return False
    word = m.group()
    return word not in V.FUNCTION_WORDS and word not in V.SPEECH_VERBS and not P.PRONOUN.match(word)


def _classify(text: str, start: int, end: int, lo: int, hi: int) -> _Mark | None:
    mark = text[start:end]
    if mark[0] == "&":
        mark = _ENTITIES[mark.lower()]
    elif mark == "''":
        mark = '"'  # a typewriter's double mark, two single ones
    prev = text[start - 1] if start > lo else ""
    nxt = text[end] if end < hi else ""
    prev_word = prev.isalnum()
    next_word = nxt.isalnum()
    if mark in ('"', "'"):
        family = "d" if mark == '"' else "s"
    elif mark in _OPENERS:
        family = _OPENERS[mark]
    else:
        family = _CLOSERS[mark]
    if family == "s" and ((prev_word and next_word) or (prev in _BEFORE_OPEN and nxt.isdigit())):
        return None  # apostrophe: children’s, ’90s
    if family == "d" and prev.isdigit() and P.INCH_MARK.match(text, start):
        return None  # an inch sign: ``between 5’8” and 5’10” tall``
    if mark == '"' and prev_word and next_word:
        return None  # an OCR speck inside a word: ``Lakev"iew``
    if mark == "‘" and nxt in _SPACE and prev in _SPACE and _before_mark(text, start, lo)[0] not in _HANDS_OVER:
        # an OCR speck read as a mark, white space either side: ``‘  Mr Roe said that`` (not
        # a mark typed with a space after a hand-over: ``commented: ‘ _The …``)
        return None
    if mark in _CLOSERS and family == "d" and prev == ":" and text[end : end + 2].lstrip(" ")[:1].isupper():
        # ” printed for “ right after a hand-over's colon: ``said:” We have …``, ``said:”We …``
        return _Mark(start, end, family, "either")
    can_open = (prev in _BEFORE_OPEN or prev in _OPENERS or prev in "“‘\"'") and nxt not in _SPACE
    can_close = (nxt in _AFTER_CLOSE or nxt in _CLOSERS or nxt in "”’\"'") and prev not in _SPACE
    # a typographic mark is what its glyph says unless its place says the other: ” opening
    # a quote after a space, “ closing one after a full stop (German „…“)
    if mark in _OPENERS and not (can_close and not can_open):
        return _Mark(start, end, family, "open")
    if mark in _CLOSERS and not (can_open and not can_close and next_word):
        return _Mark(start, end, family, "close")
    if mark in _CLOSERS and family == "d":
        # ” placed as an opening mark: it opens a quote (``said: ”It …``) or, when one is
        # open, closes it with its spaces misplaced (``appalling, ”said X.``)
        return _Mark(start, end, family, "either")
    if can_open and not can_close:
        return _Mark(start, end, family, "open")
    if can_close and not can_open:
        return _Mark(start, end, family, "close")
    if mark in _OPENERS or mark in _CLOSERS:
        return _Mark(start, end, family, "open" if mark in _OPENERS else "close")
    if family == "d" and prev in _SPACE and text[end:hi].lstrip(" \t")[:1] == '"':
        return None  # a speck before the real mark: ``"  "Still the board …``
    return _Mark(start, end, family, "either") if family == "d" else None


def _guillemets_are_noise(doc: Document) -> bool:
    """OCR reads full stops and bullets as guillemets (``local problems»`` at a line's end,
    ``« Extension of …``): more closing marks than opening ones, and several of them
    right after a word at a line's end, where a quote's close follows its punctuation
    (``… the towns.»``). Quotes in guillemets pair up, or have more opening marks (a
    quote over several paragraphs closes only at its end)."""
    if "guillemets" not in doc.memo:  # (read once per text: :func:`_marks` asks per paragraph)
        text = doc.text
        closing = text.count("»")
        doc.memo["guillemets"] = (
            closing >= UNPAIRED_GUILLEMETS
            and closing > text.count("«")
            and len(P.GUILLEMET_STOP.findall(text)) >= UNPAIRED_GUILLEMETS
        )
    return bool(doc.memo["guillemets"])


def _marks(doc: Document, lo: int, hi: int) -> list[_Mark]:
    out = []
    text = doc.text
    scripts = [m.span() for m in P.INLINE_SCRIPT.finditer(text, lo, hi)] if text.find("{", lo, hi) >= 0 else []
    noise = _guillemets_are_noise(doc)
    for m in P.QUOTE_MARK.finditer(text, lo, hi):
        if scripts and any(a <= m.start() < b for a, b in scripts):
            continue  # a string in a script left inline by the scraper
        if noise and text[m.start()] in "«»":
            continue
        mark = _classify(text, m.start(), m.end(), lo, hi)
        if mark is None:
            continue
        if (
            mark.family == "s"
            and mark.role != "open"
            and text[mark.start - 1] == "s"
            and _possessive_follows(text, mark.end, hi)
        ):
            mark = _Mark(mark.start, mark.end, mark.family, mark.role, possessive=True)
        out.append(mark)
    return out


def _paragraph_end(doc: Document, start: int, end: int) -> int:
    m = P.TRAILING_END_MARKER.search(doc.text, start, end)
    return m.start() if m else end


def _glued_after_stop(text: str, at: int, lo: int) -> bool:
    """An opening mark right after a full stop with no space: ``today.“We``."""
    return at > lo and text[at - 1] in ".!?" and at + 1 < len(text) and text[at + 1].isupper()


def _straight(text: str, mark: _Mark) -> bool:
    return text[mark.start] == '"'


def _before_mark(text: str, at: int, lo: int) -> tuple[str, bool]:
    """The last character before the mark at ``at`` in its paragraph from ``lo``, white
    space skipped ("" at the paragraph's start), and whether there was white space; read
    back from the mark, not from the paragraph's start."""
    k = at
    while k > lo and text[k - 1].isspace():
        k -= 1
    return (text[k - 1] if k > lo else ""), k < at


def _after_stop(text: str, at: int, lo: int) -> bool:
    """A mark after a sentence's end and a space: ``industry.   "Having``."""
    before, spaced = _before_mark(text, at, lo)
    return spaced and before != "" and before in ".!?"


#: What an opening mark of speech follows: the start of its paragraph or one of these
#: (``said: “``, ``, “``, ``. “``, ``– “``). A mark after a word opens a term (``the “Riverlink”``).
_SPEECH_BEFORE = ":,.!?;—–-(["


def _opens_speech(text: str, at: int, lo: int) -> bool:
    """Whether the mark at ``at`` opens speech, not a term inside a sentence: also after
    OCR's specks in a typescript's margin, single characters alone (``i  J "An …``)."""
    before = _before_mark(text, at, lo)[0]
    return not before or before in _SPEECH_BEFORE or P.MARGIN_SPECKS.fullmatch(text, lo, at) is not None


def _after_speech_verb(text: str, at: int, lo: int) -> bool:
    """The mark at ``at`` follows a speech verb (``stated "…``). A double mark left open to
    its paragraph's end that neither opens speech nor follows one opens a term whose close
    was lost (``the Bouygues "Scale One programme``), not a quote that goes on into the
    next paragraph."""
    words = find_words(text[max(lo, at - SPEECH_VERB_REACH) : at])
    return bool(words) and words[-1].lower() in V.SPEECH_VERBS


#: How far before a mark the word it follows is read.
SPEECH_VERB_REACH = 24


def _stray_close(text: str, lo: int, hi: int) -> int | None:
    """Where a single closing mark ends the paragraph ``[lo, hi)`` right after a sentence's
    end (``settle.'``, ``share,’``), or stands after a clause's end before the attribution:
    the close of a double-quoted passage misread; or where the close was lost, after the
    comma before a name's attribution, or the comma lost too, the attribution glued to
    the quote's last word (``finishedShadow Minister Jane Roe said.``)."""
    end = hi
    while end > lo and text[end - 1] in " \t*":
        end -= 1  # OCR specks after the mark
    specks = P.TRAILING_NUMERAL_SPECK.search(text, max(lo, end - 8), end)
    if specks:
        end = specks.start() + 1  # ``the bridge,’  1``: a speck read as a numeral
    if end - lo < 2 or text[end - 1] not in "'’" or text[end - 2] not in ".!?,":
        # or before its attribution: ``… the bridge,’  1  Mr Ashby said.``, ``… a bad
        # one,M Senator Roe said today.`` (read as a capital)
        said = P.MISREAD_CLOSE_SAID.search(text, lo, hi) or P.OCR_LETTER_CLOSE_SAID.search(text, lo, hi)
        if said is None:
            # or lost, the comma kept before the attribution: ``… the visas, Okafor said.``
            lost = P.LOST_CLOSE_SAID.search(text, lo, hi) or P.GLUED_CLOSE_SAID.search(text, lo, hi)
            if lost is None:
                return None
            return lost.end()
        end = said.end()
    inner = text[lo : end - 1]
    if "‘" in inner or " '" in inner or "\n'" in inner:
        return None  # it may close a quotation inside the quote
    return end - 1


def _narrates(text: str, lo: int) -> bool:
    """The paragraph at ``lo`` opens by reporting a person's speech, the story's own words
    between two quote paragraphs: ``Mr Ashby said the board was committed to …``."""
    name = P.NAME_RUN.match(text, lo)
    if name is None:
        return False
    after = text[name.end() : name.end() + NARRATED_VERB_REACH].split(None, 1)
    return bool(after) and after[0] in V.SPEECH_VERBS


#: How far after a name that opens a paragraph its speech verb is read.
NARRATED_VERB_REACH = 16


#: What a quote's last words end on before its closing mark: a clause's or a sentence's end.
_CLAUSE_ENDS = frozenset(",.!?")


def _lost_opening(text: str, mark: _Mark, lo: int) -> bool:
    """The paragraph's first mark closes a quote whose opening mark was lost: it closes a
    sentence's part or the whole (``care,”``), a few words in, and a speech verb
    follows it (``stated Jane Roe``)."""
    if mark.family != "d" or mark.role != "close" or text[mark.start] == '"':
        return False
    return (
        _before_mark(text, mark.start, lo)[0] in _CLAUSE_ENDS
        and word_count(text[lo : mark.start], LOST_OPENING_WORDS) >= LOST_OPENING_WORDS
        and P.SAID_WHO.match(text[mark.end : mark.end + LOST_OPENING_REACH]) is not None
    )


def _misplaced_open(text: str, mark: _Mark, later: list[_Mark]) -> int | None:
    """Where the quote's next part starts when a straight mark that reads as a close,
    glued to the full stop of an attribution and spaced from the capital after it, opens
    it, a later mark in the paragraph closing it: ``…," said Jane Roe, Chair of X." The new
    berths …."`` (the typist's space on the wrong side). None if it does not."""
    if text[mark.start] != '"' or mark.role != "close" or text[mark.start - 1 : mark.start] not in (".", "!", "?"):
        return None
    capital = P.SPACED_CAPITAL.match(text, mark.end)
    if capital is None or not any(m.family == "d" and m.role in ("close", "either") for m in later):
        return None
    return capital.end() - 1


def _mismatched_close(text: str, stack: list[_Mark], mark: _Mark, lo: int) -> bool:
    """The double closing ``mark`` ends the quote a single mark opened where speech opens,
    no double mark open inside it, when the attribution follows it: ``‘… the system,”
    Senator Roe said.`` (the page's typist mixed the two)."""
    return (
        mark.family == "d"
        and mark.role == "close"
        and len(stack) == 1
        and stack[0].family == "s"
        and _opens_speech(text, stack[0].start, lo)
        and _before_mark(text, mark.start, lo)[0] in _CLAUSE_ENDS
        and any(w.lower() in V.SPEECH_VERBS for w in find_words(text[mark.end : mark.end + ATTRIBUTION_REACH]))
    )


#: How far after a mismatched closing mark its attribution's speech verb is read
#: (``, the Minister for Harbours and Coasts, Senator Jane Roe, said``).
ATTRIBUTION_REACH = 100


def _after_quote(doc: Document, body: list[int], pos: int, found: list[Passage]) -> bool:
    """The body paragraph before ``body[pos]`` holds the last quote found, or the one or two
    paragraphs between are that quote's attribution, on lines of their own under it
    (``said Jane Roe.``; ``Lakeview County`` / ``Prosecutor Jane Roe said.``, a page broken
    at a link)."""
    if not found or pos == 0:
        return False
    quoted = found[-1].para
    if quoted == body[pos - 1]:
        return True
    for gap in range(2, ATTRIBUTION_GAP + 2):
        if pos >= gap and body[pos - gap] == quoted:
            between = " ".join(doc.paragraphs[j].text for j in body[pos - gap + 1 : pos])
            if word_count(between, ATTRIBUTION_WORDS + 1) > ATTRIBUTION_WORDS:
                return False
            # its verb opens it (``said Jane Roe.``) or stands near its end (``Jane Roe said.``)
            words = find_words(between)
            return any(w in V.SPEECH_VERBS for w in words[:1] + words[-ATTRIBUTION_TAIL:])
    return False


#: At most this many paragraphs, holding at most so many words, stand between a quote and
#: its next part when they are its attribution; its speech verb is one of its last few words
#: when it does not open it (``Jane Roe said in a statement.``).
ATTRIBUTION_GAP = 2
ATTRIBUTION_WORDS = 14
ATTRIBUTION_TAIL = 4


def _handed_over_close(
    doc: Document, i: int, marks: list[_Mark], lo: int, hi: int, after_quote: bool
) -> int | None:
    """Where the quote starts in paragraph ``i`` whose only mark is a typographic close at
    its end, its opening lost, under a hand-over: a markdown blockquote (``> … future.”``),
    a paragraph that ends with a colon (``Jane Roe, President:``), or a quote or its
    attribution right before (``said Jane Roe.`` / ``Through this fund, we … town.”``: the
    speaker goes on). None if it is not one."""
    text = doc.text
    if len(marks) != 1 or marks[0].role != "close" or text[marks[0].start] != "”":
        return None
    if text[marks[0].end : hi].strip(" \t\r\n*_"):
        return None  # the mark does not end the paragraph
    start = lo
    while start < hi and text[start] in "> \t":
        start += 1
    if (
        start == lo
        and not after_quote
        and (i == 0 or text[doc.paragraphs[i - 1].end - 1 : doc.paragraphs[i - 1].end] != ":")
    ):
        return None
    if word_count(text[start : marks[0].start], LOST_OPENING_WORDS) < LOST_OPENING_WORDS:
        return None
    return start


def find(doc: Document, sections: Sections, first: int) -> list[Passage]:
    """Quoted passages from paragraph ``first`` (after the headline) to the end of the body."""
    paragraphs = doc.paragraphs
    notes = sections.notes_paragraphs
    body = [i for i in range(min(first, sections.body_start), sections.body_end) if i not in notes]
    out: list[Passage] = []
    carry = False  # the paragraph before ended inside a quote
    speech = False  # ... one opened where speech opens (see _opens_speech)
    ends = {i: _paragraph_end(doc, paragraphs[i].start, paragraphs[i].end) for i in body}
    if sections.notes and sections.notes.run_in_at is not None and sections.notes.heading in ends:
        ends[sections.notes.heading] = min(ends[sections.notes.heading], sections.notes.run_in_at)
    marks_of = {i: _marks(doc, paragraphs[i].start, ends[i]) for i in body}
    for pos, i in enumerate(body):
        lo, hi = paragraphs[i].start, ends[i]
        marks = marks_of[i]
        k = 0
        if carry:
            carry = False
            doubles = [m for m in marks if m.family == "d"]
            first_mark = doubles[0] if doubles else None
            if first_mark is None:
                nxt = body[pos + 1] if pos + 1 < len(body) else -1
                nxt_doubles = [m for m in marks_of.get(nxt, []) if m.family == "d"]
                if nxt_doubles and nxt_doubles[0].role in ("close", "either"):
                    out.append(Passage(lo, hi, i, None, None))
                    carry = True
                elif (
                    speech
                    and nxt_doubles
                    and nxt_doubles[0].start == paragraphs[nxt].start
                    and not _narrates(doc.text, lo)
                ):
                    # the next paragraph goes on with the quote, so this one, with no mark,
                    # is the rest of the open one, cut off by a blank line (OCR text)
                    out.append(Passage(lo, hi, i, None, None))
                continue
            if first_mark.role in ("close", "either") and first_mark.start > lo:
                out.append(Passage(lo, first_mark.start, i, None, first_mark.end))
                k = marks.index(first_mark) + 1
        elif marks and _lost_opening(doc.text, marks[0], lo):
            # ``The timetable must be treated with care,” stated Jane Roe.``: the opening
            # mark was lost, and the quote runs from the paragraph's start
            out.append(Passage(lo, marks[0].start, i, None, marks[0].end))
            k = 1
        elif (
            marks
            and (start := _handed_over_close(doc, i, marks, lo, hi, _after_quote(doc, body, pos, out))) is not None
        ):
            # ``Jane Roe, President:`` / ``> The plan … future.”``: the opening mark lost
            out.append(Passage(start, marks[0].start, i, None, marks[0].end))
            k = 1
        stack: list[_Mark] = []
        while k < len(marks):
            mark = marks[k]
            k += 1
            if (
                mark.family == "s"
                and any(s.family == "d" for s in stack)
                and mark.role == "close"
                and (not stack or stack[-1].family != "s")
            ):
                if (
                    len(stack) == 1
                    and not mark.possessive
                    and doc.text[mark.start] != "'"
                    and word_count(doc.text[stack[0].end : mark.start], MISMATCH_WORDS + 1) <= MISMATCH_WORDS
                ):
                    # “Widget’: a double mark closed by a single one
                    out.append(Passage(stack[0].end, mark.start, i, stack[0].start, mark.end))
                    stack = []
                continue  # a possessive inside a double-quoted passage
            if not stack:
                if mark.role in ("open", "either"):
                    stack.append(mark)
                elif (opens_at := _misplaced_open(doc.text, mark, marks[k:])) is not None:
                    stack.append(_Mark(mark.start, opens_at, "d", "open"))
                continue
            top = stack[-1]
            if (
                mark.possessive
                and top.family == "s"
                and (top.start == lo or word_count(doc.text[top.end : mark.start], SCARE_WORDS + 1) > SCARE_WORDS)
                and any(m.family == "s" and m.role != "open" for m in marks[k:])
            ):
                # ``‘… the customers’ personal data …’``: a quote that opens its paragraph
                # or is already long is speech, and goes on
                continue
            closes = mark.role in ("close", "either") and (
                mark.family == top.family or (mark.family == "d" and any(s.family == "d" for s in stack))
            )
            if not closes and _mismatched_close(doc.text, stack, mark, lo):
                # ``‘Most requests … every appeal,” Senator Roe said.``: a quote opened with a
                # single mark, closed with a double one before its attribution
                out.append(Passage(stack[0].end, mark.start, i, stack[0].start, mark.end))
                stack = []
                continue
            if closes:
                while stack and stack[-1].family != mark.family:
                    stack.pop()
                opener = stack.pop() if stack else top
                if not stack:
                    out.append(Passage(opener.end, mark.start, i, opener.start, mark.end))
            elif (
                mark.role == "open"
                and mark.family == "d"
                and stack[0].family == "d"
                and (
                    _glued_after_stop(doc.text, mark.start, lo)
                    or (
                        _straight(doc.text, mark)
                        and _straight(doc.text, stack[0])
                        and _after_stop(doc.text, mark.start, lo)
                    )
                )
            ):
                # “…today.“We will…: a paragraph break lost by the scraper; the open
                # quote ends here and a new one starts. Straight marks do not nest, so one
                # after a sentence's end opens the next quote the same way:
                # ``"… industry.   "Having worked …`` (the first one never closed).
                outer = stack[0]
                out.append(Passage(outer.end, mark.start, i, outer.start, None))
                stack = [mark]
            elif mark.role == "open":
                stack.append(mark)
        if stack:
            outer = stack[0]
            close = _stray_close(doc.text, outer.end, hi) if outer.family == "d" else None
            opens = _opens_speech(doc.text, outer.start, lo)
            if close is not None:
                # ``“… help them settle.'``: OCR read the closing double mark as a single one
                out.append(Passage(outer.end, close, i, outer.start, close + 1))
            elif (outer.family == "d" and (opens or _after_speech_verb(doc.text, outer.start, lo))) or (
                opens and word_count(doc.text[outer.end : hi], 5) >= 5
            ):
                # (a single mark left open after a word is an apostrophe, as OCR reads
                # one: ``into 'two countries``; one that opens speech is speech)
                if len(stack) > 1 and stack[-1].family == outer.family and not doc.text[stack[-1].end : hi].strip():
                    # ``… will open in May. “``: the close printed as an opening mark
                    out.append(Passage(outer.end, stack[-1].start, i, outer.start, stack[-1].end))
                    continue
                out.append(Passage(outer.end, hi, i, outer.start, None))
                carry = outer.family == "d"
                speech = opens
    found = [p for p in out if p.end > p.start and doc.text[p.start : p.end].strip()]
    # a page title above the headline prints its quotation again: one quote, the headline's
    if any(p.para < first for p in found):
        later = {squash(doc.text[p.start : p.end]) for p in found if p.para >= first}
        found = [p for p in found if p.para >= first or squash(doc.text[p.start : p.end]) not in later]
    return found
