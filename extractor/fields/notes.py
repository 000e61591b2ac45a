"""Notes to editors: one note per numbered item, or per paragraph when unnumbered.

A numbered note keeps the paragraphs that follow it until the next number (indented
continuation lines, a contact printed as item 3). Bullets inside a note are its
``items``; bullets run into one line (``• a • b``) are split there.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import patterns as P
from ..document import Document, Paragraph, squash
from ..models import Note
from ..sections import NotesSection


def _items(doc: Document, para_lines: list[tuple[int, int]]) -> list[str]:
    items: list[str] = []
    for start, end in para_lines:
        line = doc.text[start:end]
        inline = (
            [part for part in line.split("•")[1:]]
            if line.count("•") >= 2 or ("•" in line and not P.BULLET.match(line))
            else []
        )
        if inline:
            for k, part in enumerate(inline):
                part = squash(part)
                if k == len(inline) - 1:  # the last bullet ends with its sentence
                    cut = P.SENTENCE_BREAK.search(part)
                    if cut:
                        part = part[: cut.start() + 1]
                if part:
                    items.append(part)
            continue
        m = P.BULLET.match(line)
        if m:
            items.append(squash(line[m.end() :]))
        elif items and P.LOWER_START.match(line):
            items[-1] = squash(items[-1] + " " + line)
    return items


def find(doc: Document, section: NotesSection | None) -> tuple[Note, ...]:
    if section is None:
        return ()
    paragraphs = doc.paragraphs
    groups: list[tuple[int | None, int, list[Paragraph]]] = []  # number, text start, paragraphs
    numbered = False
    for j in range(section.first, section.end):
        para = paragraphs[j]
        start = section.inline_start if (j == section.first and section.inline_start is not None) else para.start
        first_line_end = para.first_line.end
        m = P.NOTE_NUMBER.match(doc.text[start:first_line_end])
        if m is None and (bare := P.NOTE_NUMBER_BARE.match(doc.text[start:first_line_end])):
            # ``1 The bridge …`` / ``2 It opens …``: a number with no stop, the list's next
            expected = groups[-1][0] + 1 if numbered and groups and groups[-1][0] is not None else 1
            m = bare if int(bare.group("n")) == expected and (numbered or not groups) else None
        if m:
            numbered = True
            groups.append((int(m.group("n")), start + m.end(), [para]))
        elif numbered and groups:
            groups[-1][2].append(para)
        elif (
            groups
            and P.BULLET.match(para.first_line.text)
            and (
                doc.text[: groups[-1][2][-1].end].rstrip().endswith(":")
                or (P.BULLET.match(groups[-1][2][-1].first_line.text) and len(groups[-1][2]) > 1)
            )
        ):
            groups[-1][2].append(para)  # bullets that list what the note before introduced
        else:
            bullet = P.BULLET.match(doc.text[start : para.first_line.end])
            groups.append((None, start + bullet.end() if bullet else start, [para]))  # a bulleted note: its text
    notes: list[Note] = []
    for number, first, paras in groups:
        for n, start, end in _run_in(doc.text, number, first, paras[-1].end, section.run_in_at is not None):
            end = _before_unmatched_bracket(doc.text, start, end)
            lines = [
                (max(ln.start, start), min(ln.end, end))
                for p in paras
                for ln in p.lines
                if start < ln.end and ln.start < end
            ]
            text = squash(doc.text[start:end])
            if text:
                notes.append(Note(n, text, tuple(_items(doc, lines)), (start, end)))
    return tuple(notes)


def _before_unmatched_bracket(text: str, start: int, end: int) -> int:
    """The end of a note at ``[start, end)`` before a closing bracket that no bracket in it
    opens: the close of a note printed in brackets, ``(NOTE: … overnight.)``."""
    close = text.rfind(")", start, end)
    if close >= 0 and not text[close + 1 : end].strip() and text.find("(", start, close) < 0:
        return close
    return end


def _run_in(text: str, number: int | None, start: int, end: int, flat: bool) -> Iterator[tuple[int | None, int, int]]:
    """A numbered note split where the next numbers are run into it (a flattened list:
    ``1. The bridge cost £4m. 2. It was designed …``): ``(number, start, end)`` of each.
    In a flattened page (``flat``) a number may follow any word: line ends are lost there."""
    if number is not None:
        for m in (P.NOTE_NUMBER_RUN_IN_FLAT if flat else P.NOTE_NUMBER_RUN_IN).finditer(text, start, end):
            if int(m.group("n")) == number + 1:
                cut = m.start()
                while cut > start and text[cut - 1].isspace():
                    cut -= 1
                yield number, start, cut
                number, start = number + 1, m.end()
    if flat and (furniture := P.FURNITURE_RUN_IN.search(text, start, end)):
        end = furniture.start()  # the page's furniture after the last note
    if end > start:
        yield number, start, end
