"""Block stage: where the release proper starts and ends, and where its notes are.

The stage reads paragraphs only (never fields) and hands each field the paragraphs it
works on: the header to the title and reference rules, the body to the quote rules,
the notes section to the notes rule. A new layout is a new marker here, not a change
in a field.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P
from .document import Document, Paragraph, ends_sentence, word_count


@dataclass(frozen=True)
class NotesSection:
    """The notes heading paragraph and the paragraphs under it, ``[first, end)``."""

    heading: int
    first: int
    end: int
    #: Offset where the first note starts when text is run into the heading line.
    inline_start: int | None
    #: Offset of a heading run into the story's text in its paragraph (a flattened page):
    #: the paragraph is the story's up to there.
    run_in_at: int | None = None


@dataclass(frozen=True)
class Sections:
    doc: Document
    body_start: int
    body_end: int
    notes: NotesSection | None

    @property
    def notes_paragraphs(self) -> range:
        """The paragraphs that are the notes section's through and through (not one whose
        story a heading is run into), for the fields that leave notes out."""
        notes = self.notes
        return range(notes.heading + (notes.run_in_at is not None), notes.end) if notes else range(0)

    @property
    def body(self) -> range:
        """Paragraph indices of the release proper, notes left out."""
        return range(self.body_start, self.body_end)


def is_all_caps_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 6 and in_capitals(text) and 2 <= word_count(text, 15) <= 14


def in_capitals(text: str) -> bool:
    """Every letter of ``text`` in capitals, but the ``s`` of a plural of initials
    (``… NOW LOCAL MPs MUST …``)."""
    return text.isupper() or ("s" in text and P.PLURAL_INITIALS.sub("", text).isupper())


def is_contactish(text: str) -> bool:
    """A short paragraph that carries an e-mail address or a phone number."""
    if word_count(text, 31) > 30:
        return False
    return "@" in text or bool(P.PHONE_HINT.search(text))


def ends_release(first_line: str) -> bool:
    """A paragraph, by its first line, at which the release proper stops (its notes may still follow)."""
    m = P.RELEASE_END.match(first_line)
    if m is None:
        return False
    if m.lastgroup == "contact":  # a heading, not a sentence about contacting someone
        return word_count(first_line, 13) <= 12
    if m.lastgroup == "about":  # a heading, or boilerplate run into it
        return word_count(first_line, 9) <= 8 or not first_line.rstrip().endswith(".")
    return True


def find_notes(doc: Document, paragraphs: tuple[Paragraph, ...]) -> NotesSection | None:
    for i, para in enumerate(paragraphs):
        text = para.text
        m = P.NOTES_HEADING.match(text)
        if not m or P.FURNITURE.match(text):
            continue  # (a blog's ``Note: Only a member of this blog may post a comment.``)
        rest = m.group("rest").strip()
        if m.group("weak"):
            word = m.group("heading").lower()
            if rest:
                # "Background It was five years ago …" is a heading run into its text only late
                # in the release, and "NOTE: Photographs are …" only after the story; "NOTE:
                # bring your ID" in the story is not a notes section.
                after_story = (
                    word.startswith("note")
                    and m.group("colon") == ":"
                    and not any(p.body_like for p in paragraphs[i + 1 :])
                )
                if (
                    not (word.startswith("background") or after_story)
                    or not rest[:1].isupper()
                    or not _late(paragraphs, i)
                ):
                    continue
            elif word.startswith("note") and i < 2:
                continue
        first = i if rest else i + 1
        inline = para.start + m.start("rest") if rest else None
        end = _notes_end(doc, paragraphs, first, inline is not None)
        if end <= first:
            continue
        return NotesSection(i, first, end, inline)
    flat = doc.flattened
    if flat:
        # a flattened page: its header, story and notes run into one line
        run_in = P.NOTES_HEADING_RUN_IN.search(doc.text, flat.start, flat.stop)
        if run_in:
            holder = doc.paragraph_at(run_in.start())
            return NotesSection(holder, holder, holder + 1, run_in.end(), run_in.start())
    return None


def _late(paragraphs: tuple[Paragraph, ...], i: int) -> bool:
    """Paragraph ``i`` stands in the release's second half. Prose paragraphs are counted,
    not all: a page's short furniture lines (``Share this page``, ``Back to top``) after
    the release do not move its middle."""
    before = sum(p.body_like for p in paragraphs[: i + 1])
    return before > 0.5 * (before + sum(p.body_like for p in paragraphs[i + 1 :]))


def _notes_end(doc: Document, paragraphs: tuple[Paragraph, ...], first: int, inline: bool) -> int:
    """The paragraph after the last note: contacts, About, ENDS, a disclaimer, a new heading
    or the release's number on a line of its own (``IP/25/812``) end it.

    A note that ends with a colon (``3. For further information contact:``) keeps what
    follows it, contact lines included, until the next numbered note.
    """
    numbered = False
    expects_more = prev_colon = False
    item_indent = 0
    for j in range(first, len(paragraphs)):
        text = paragraphs[j].text
        line = text.split("\n", 1)[0]
        if (j == first and inline) or P.NOTE_NUMBER.match(line):
            numbered = numbered or not inline or j > first
            expects_more = prev_colon = text.rstrip().endswith(":")
            item_indent = _indent(paragraphs[j])
            continue
        if numbered and _indent(paragraphs[j]) > item_indent:
            continue  # an indented continuation of the numbered note
        if P.END_MARKER.match(line) or P.DISCLAIMER_HEADING.match(line) or line.strip() in ("---", "***"):
            return j
        if P.ABOUT_HEADING.match(line) and word_count(line, 9) <= 8 and ":" not in line:
            return j
        if P.FURNITURE.match(line) or P.FOOTER_LABEL.match(line) or P.REFERENCE_SLASHED.fullmatch(text):
            return j  # page furniture, a footer label, the release's number on its own line
        if j > first and line[:1] == "#" and P.MARKDOWN_HEADING.match(line):
            return j  # a page's next section: ``## Related News``
        bullet = bool(P.BULLET.match(line))
        if not numbered:
            # an unnumbered note keeps only the line or bullets its colon announced
            expects_more = (expects_more and bullet) or prev_colon
        if not expects_more:
            if P.CONTACT_HEADING.match(line) and (word_count(line, 13) <= 12 or not numbered):
                return j
            if is_contactish(text) or (is_all_caps_heading(line) and j > first):
                return j
        prev_colon = text.rstrip().endswith(":")
    return len(paragraphs)


def _indent(para: Paragraph) -> int:
    first = para.first_line.text.expandtabs(4)
    return len(first) - len(first.lstrip())


#: A release's end stands after at least this many paragraphs of its story, unless the
#: story is no longer than that.
MIN_STORY_PARAGRAPHS = 2


class _StoryCount:
    """Whether a line that would end the release stands in the page's header, before the
    story (``Author`` / ``Press Office`` over the headline). Paragraphs are read only when
    such a line is met, and each once on the way down."""

    def __init__(self, paragraphs: tuple[Paragraph, ...], body_start: int) -> None:
        self.paragraphs = paragraphs
        self.read_to = body_start  # story paragraphs are counted up to here
        self.before = 0

    def still_to_come(self, i: int) -> bool:
        """Fewer than :data:`MIN_STORY_PARAGRAPHS` of story stand before paragraph ``i``
        and more stand after it."""
        while self.read_to < i and self.before < MIN_STORY_PARAGRAPHS:
            self.before += _story(self.paragraphs[self.read_to])
            self.read_to += 1
        if self.before >= MIN_STORY_PARAGRAPHS:
            return False
        after = 0
        for k in range(i + 1, len(self.paragraphs)):
            after += _story(self.paragraphs[k])
            if after > MIN_STORY_PARAGRAPHS:
                return True
        return False


def _story(p: Paragraph) -> bool:
    """A paragraph of the story: prose that ends a sentence (a long page title, however
    much of it is in lower case, does not)."""
    return p.body_like and ends_sentence(p.text)


def _letterhead_addresses(p: Paragraph) -> bool:
    """A letterhead's line that opens with an e-mail address, however long its notice runs:
    ``jane@example.org  www.example.org  Every statement goes out by e-mail on the day …``. A
    story never opens with an address."""
    return "@" in p.text[:100] and P.EMAIL.match(p.text) is not None


def split(doc: Document) -> Sections:
    paragraphs = doc.paragraphs
    body_start = next((i for i, p in enumerate(paragraphs) if p.body_like and not _letterhead_addresses(p)), 0)
    notes = find_notes(doc, paragraphs)
    body_end = len(paragraphs)
    story = _StoryCount(paragraphs, body_start)
    for i in range(body_start + 1, len(paragraphs)):
        if ends_release(paragraphs[i].first_line.text) and not story.still_to_come(i):
            body_end = i
            break
    if notes is not None and notes.heading > body_start:
        body_end = min(body_end, notes.heading)
    return Sections(doc, body_start, body_end, notes)
