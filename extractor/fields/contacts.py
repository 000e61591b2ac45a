"""E-mail addresses, phone numbers, and the media contact blocks that group them.

E-mails: plain, ``mailto:``, obfuscated (``name [at] example [dot] org``); an address
run together with what stands before it in a flattened contact line
(``orJane.doe@…``, ``Consulting555.010.0199jo@…``) is cut where the address starts.
An address inside a URL is not listed again from there.

Phones: UK, EU, US and international formats, without their labels. A number counts
when it is shaped like a phone (``+44 …``, ``(202) 555-0143``, ``0800 …``,
``202.555.0143``) or stands after a phone label (``Tel:``, ``call``); dates, years,
money, percentages and reference numbers never count.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .. import patterns as P
from .. import vocab as V
from ..document import Document, Line, Printed, squash, word_count, wraps
from ..models import Contact, Email, Phone, Span
from ..sections import Sections
from .dates import is_us

#: A phone has at least this many digits (``116 123`` stands after a label).
MIN_DIGITS = 7
MIN_LABELLED_DIGITS = 6
MAX_DIGITS = 15
#: A number of fewer digits than this at the end of a line may go on at the next one.
WRAPPED_DIGITS = 10
#: An international number (``+41 …``) has at least this many digits: one with fewer that
#: ends a line goes on at the next.
WHOLE_INTERNATIONAL = 9
#: How far before its first digit a phone number may start: ``+ 44``, ``( 202)``.
PHONE_LEAD = 3
#: Spans to the left of a number checked for overlap: dates, URLs, e-mails never nest deeper.
OVERLAP_LOOKBACK = 8
#: The longest local part and domain of an address read around its ``@``.
MAX_LOCAL = 81
MAX_DOMAIN = 400
#: Lines of a contact block after its heading, at most.
CONTACT_LINES = 12


def _inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _email_matches(text: str) -> list[regex.Match[str]]:
    """EMAIL matches, read only around an ``@`` or an ``at`` in brackets (fast on long text)."""
    out: list[regex.Match[str]] = []
    pos = 0
    for hint in P.EMAIL_HINT.finditer(text):
        at = hint.start()
        if at < pos:
            continue
        start = at
        if hint.group() != "@" and start > 0 and text[start - 1] in " \t":
            start -= 1  # ``name [at] example [dot] org``
        floor = max(pos, at - MAX_LOCAL)
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in "._+'-"):
            start -= 1
        while start < at and not text[start].isalnum():
            start += 1
        m = P.EMAIL.match(text, start, min(len(text), hint.end() + MAX_DOMAIN))
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def emails(doc: Document, url_spans: list[Span]) -> tuple[Email, ...]:
    text = doc.text
    found: list[Email] = []
    seen: set[str] = set()
    for m in _email_matches(text):
        start, end = m.start(), m.end()
        if m.group("plain_local"):
            local, domain = m.group("plain_local"), m.group("plain_domain")
            cut = P.EMAIL_GLUE.search(local)
            if cut:
                start += cut.end()
                local = local[cut.end() :]
            tail = P.EMAIL_CAPITALS_TAIL.search(local) if domain.isupper() else None
            if tail:
                start += tail.start()
                local = tail.group()
            address = f"{local}@{domain}"
        else:
            local = m.group("ob_local")
            domain = P.OBFUSCATED_DOT.sub(".", m.group("ob_domain"))
            address = f"{local}@{domain}"
        if not local or _inside(url_spans, start, end):
            continue
        key = address.casefold()
        if key in seen:
            continue
        seen.add(key)
        found.append(Email(text[start:end], address, (start, end)))
    return tuple(found)


def _e164(raw: str, us: bool) -> str | None:
    digits = P.NON_DIGIT.sub("", P.TRUNK_ZERO.sub("", raw))
    if raw.lstrip().lstrip("(").startswith("+"):  # ``+32 2 …`` or ``(+32) 2 …``
        return "+" + digits
    if raw.startswith("00") and len(digits) > 10:
        return "+" + digits[2:]
    if (us or P.NANP_SHAPE.fullmatch(raw)) and len(digits) == 10 and digits[0] not in "01":
        return "+1" + digits  # a US release, or the North American ``(555) 010-2288`` shape
    if us and len(digits) == 11 and digits[0] == "1":
        return "+" + digits
    return None


def _overlaps(starts: list[int], spans: list[Span], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted, with their ``starts``)."""
    k = bisect.bisect_left(starts, end)
    return any(spans[j][1] > start for j in range(max(0, k - OVERLAP_LOOKBACK), k))


def _within(starts: list[int], span: Span) -> range:
    """Indices of the items (in text order, starting at ``starts``) that start inside ``span``."""
    return range(bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1]))


def phones(doc: Document, avoid: list[Span]) -> tuple[Phone, ...]:
    text = doc.text
    avoid = sorted(avoid)
    avoid_starts = [s for s, _ in avoid]
    us = is_us(doc)
    found: list[Phone] = []
    seen: set[str] = set()
    done = 0  # where the last number read on over a line break ended
    for m in doc.scan_digit_lines(P.PHONE, PHONE_LEAD):
        raw = squash(m.group("phone"))  # as printed, a no-break space read as a space
        if len(raw) < MIN_LABELLED_DIGITS or m.start() < done:
            continue  # a year, a count: too short to be a phone whatever stands around it
        start, end = m.start("phone"), m.end("phone")
        digits = P.NON_DIGIT.sub("", raw)
        if len(digits) < WRAPPED_DIGITS and (
            (rest := P.PHONE_WRAPPED_REST.match(text, end))
            or (
                len(digits) < WHOLE_INTERNATIONAL
                and raw[:1] in "+("
                and (rest := P.PHONE_WRAPPED_GROUP.match(text, end))
            )
        ):
            # a number wrapped onto the next line: ``Tel: +44 20 7946`` / ``0142, Fax …``
            end = done = rest.end()
            raw = squash(text[start:end])
            digits = P.NON_DIGIT.sub("", raw)
        labelled = bool(P.PHONE_LABEL.search(text, max(0, start - 40), start)) or _listed_after(found, text, start)
        shaped = bool(P.PHONE_SHAPE.match(raw))
        if not (labelled or shaped):
            continue
        if not labelled and (count := P.COUNT_IN_THOUSANDS.match(text, start)) and count.end() == end:
            continue  # ``12 345 678 dollars``: a count in groups of three, not a phone
        if not (MIN_LABELLED_DIGITS if labelled else MIN_DIGITS) <= len(digits) <= MAX_DIGITS:
            continue
        if P.NOT_PHONE_BEFORE.search(text, max(0, start - 12), start) or text[end : end + 1] == "%":
            continue
        if _overlaps(avoid_starts, avoid, start, end):
            continue
        if digits in seen:
            continue
        seen.add(digits)
        found.append(Phone(raw, _e164(raw, us), (start, end)))
    if "8" in text:
        found.extend(_vanity(text, avoid_starts, avoid, seen))
        found.sort(key=lambda phone: phone.span)
    return tuple(found)


def _listed_after(found: list[Phone], text: str, start: int) -> bool:
    """The number at ``start`` is the next of a list after the last one found: ``Enquiries:
    62 4417 (Office Hours) 58 3092 (After Hours)``."""
    if not found or not 0 <= start - found[-1].span[1] <= LIST_GAP:
        return False
    return P.PHONE_LIST_GAP.fullmatch(text, found[-1].span[1], start) is not None


#: At most this many characters stand between two numbers of one list.
LIST_GAP = 40


#: Letters on a telephone's keys.
_KEYPAD = str.maketrans(
    {
        letter: key
        for key, letters in zip("23456789", ("ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"), strict=True)
        for letter in letters
    }
)


def _vanity(text: str, avoid_starts: list[int], avoid: list[Span], seen: set[str]) -> list[Phone]:
    """Toll-free numbers spelt with letters (``1-800-FLOWERS``); their e164 form dials the keys."""
    out = []
    for m in P.VANITY_PHONE.finditer(text):
        start, end = m.span("phone")
        raw = m.group("phone")
        digits = P.NON_DIGIT.sub("", raw.translate(_KEYPAD))
        if digits in seen or _overlaps(avoid_starts, avoid, start, end):
            continue
        seen.add(digits)
        out.append(Phone(raw, "+" + digits if len(digits) == 11 else "+1" + digits, (start, end)))
    return out


#: Lines that close a contact block.
_BLOCK_ENDS = (P.END_MARKER, P.ABOUT_HEADING, P.NOTES_HEADING, P.FURNITURE, P.FOOTER_LABEL, P.WIRE_SOURCE)
#: A line of more words than this that mentions contact is a sentence, not a heading.
HEADING_WORDS = 12


def _role_after_name(rest: str) -> list[str]:
    """Role and organisation printed after a name on its line: ``, Press Officer, Acme``
    (parts that hold an address or a number are not)."""
    if not rest.lstrip().startswith(","):
        return []
    parts = [p.strip(" \t.;") for p in rest.split(",")[1:]]
    out = []
    for part in parts:
        if not part or "@" in part or any(c.isdigit() for c in part) or not part[:1].isupper():
            break
        out.append(part)
    return out[:2]


#: A line in title case of this many words or more is a headline, not a name and a role.
HEADLINE_WORDS = 6


def _headline_like(line: str) -> bool:
    """A headline in title case (``Harbour Pilot Charged After Ferry Strikes Pier``): no
    comma, dash or colon parts it as a name and a role, and no word is a post's."""
    words = line.split()
    if len(words) < HEADLINE_WORDS or any(c in line for c in ",–—|:(@") or " - " in line:
        return False
    low = [w.lower() for w in words]
    return all(w[:1].isupper() or lw in V.FUNCTION_WORDS for w, lw in zip(words, low, strict=True)) and not any(
        lw in V.TITLE_WORDS or lw in V.DESK_WORDS for lw in low
    )


def _person(line: str) -> tuple[regex.Match[str] | None, str | None]:
    """The first run of two or three capitalised words that is a person's name: not a job
    title, an office or a press desk. Where there is none, the press desk named on the line
    where a person would be (``Media Relations``, ``General public inquiries: Europe
    Direct``; not a title: ``Press Secretary``), read in the same pass. A desk beside a
    person (``Jane Doe (Press Office)``) is the person's."""
    desk = None
    if _headline_like(line):
        return None, None  # a headline listed under the story: ``Harbour Pilot Charged After …``
    for m in P.CONTACT_PERSON.finditer(line):
        plain = [w.lower() for w in m.group("name").split()]
        words = [P.POSSESSIVE_END.sub("", w.rstrip(".")) for w in plain]  # (``Office's``; not ``Inquiries``)
        if not any(w in V.TITLE_WORDS or V.is_org_word(w) or w in V.MONTHS or w in V.DESK_WORDS for w in words):
            return m, None
        if desk is None and any(w in V.DESK_WORDS for w in plain) and not any(w in V.TITLE_WORDS for w in plain):
            desk = m.group("name")
    return None, desk


def _rows(lines: list[Line], doc: Document) -> list[Printed]:
    """The block's lines, each joined to the line before it where the text is hard-wrapped
    and the break is a wrap (``…, Westmoor Regional`` / ``Council, tel 01632 …``)."""
    width = doc.wrap_width
    rows: list[Printed] = []
    last = ""  # the last printed line of the last row
    for line in lines:
        text = line.text
        if rows and wraps(last, text, width):
            row = rows[-1]
            rows[-1] = Printed(row.start, line.end, row.text.rstrip() + " " + text.strip())
        else:
            rows.append(Printed(line.start, line.end, text))
        last = text
    return rows


@dataclass
class _Person:
    start: int
    end: int
    name: str | None = None
    lines: list[str] = field(default_factory=list)  # role, then organisation, as printed
    email: str | None = None
    phone: str | None = None

    def contact(self) -> Contact:
        role = self.lines[0] if self.lines else None
        organisation = self.lines[1] if len(self.lines) > 1 else None
        return Contact(self.name, role, organisation, self.email, self.phone, (self.start, self.end))


def contacts(
    doc: Document, sections: Sections, found_emails: tuple[Email, ...], found_phones: tuple[Phone, ...]
) -> tuple[Contact, ...]:
    """People in media-contact blocks, grouped as printed: a name starts a contact, and the
    lines under it give its role, organisation, e-mail and phone."""
    out: list[Contact] = []
    paragraphs = doc.paragraphs
    mail_starts = [e.span[0] for e in found_emails]
    tel_starts = [p.span[0] for p in found_phones]
    notes = sections.notes_paragraphs
    read_to = -1  # where the last block ended: a heading inside it starts no new block
    for i, para in enumerate(paragraphs):
        if i in notes or para.start < read_to:
            continue  # a contact block in the header (``Contact: Jane Doe, 555-0100``) counts
        first = para.first_line.text.strip()
        if not P.CONTACT_HEADING.match(first):
            continue
        if word_count(first, HEADING_WORDS + 1) > HEADING_WORDS and not first.rstrip().endswith(":"):
            para_span = (para.start, para.end)
            if not (_within(mail_starts, para_span) or _within(tel_starts, para_span)):
                continue  # a sentence that mentions contact, not a contact block
        lines = _rows([line for p in paragraphs[i : i + CONTACT_LINES] for line in p.lines][:CONTACT_LINES], doc)
        people: list[_Person] = []
        for k, line in enumerate(lines):
            t = line.text.strip()
            if k and (not t or any(p.match(t) for p in _BLOCK_ENDS) or _headline_like(t)):
                break  # (a headline under the block: the story, or a list of other releases)
            span = (line.start, line.end)
            mails = [found_emails[j] for j in _within(mail_starts, span)]
            tels = [found_phones[j] for j in _within(tel_starts, span)]
            if k and not (mails or tels) and word_count(t, HEADING_WORDS + 1) > HEADING_WORDS:
                break  # a sentence: the block has ended and the text goes on
            heading = P.CONTACT_HEADING.match(t) if k == 0 else None
            named_line = t[heading.end() :] if heading else t
            name, desk = _person(named_line)
            if heading and named_line[:1].isupper() and t[heading.end() - 1].isalpha():
                name = desk = None  # a body's name glued to the label (``Contact DetailsAcme Ltd``)
            person = people[-1] if people else None
            if not (k or named_line != t):
                desk = None  # the heading line itself names no desk
            if desk is not None and (person is None or person.email or person.phone):
                # a press desk where a name would be (``Media Relations``): a contact of
                # its own, with no name, the desk as its role
                person = _Person(line.start, line.end, None, [desk])
                people.append(person)
            # a name-like line under a name with no address or number yet is that person's
            # role or organisation (``Jordan Reyes`` / ``Northwind Robotics`` / e-mail …),
            # unless it carries its own
            undetailed = person is not None and person.name and not (person.email or person.phone)
            if name and undetailed and not (mails or tels):
                name = None
            if name and (person is None or person.name or person.email or person.phone):
                person = _Person(line.start, line.end, squash(name.group("name")))
                person.lines = _role_after_name(named_line[name.end() :])
                people.append(person)
            elif person is None and (mails or tels):
                person = _Person(line.start, line.end)
                people.append(person)
            if person is None:
                continue
            person.end = line.end
            if mails and person.email is None:
                person.email = mails[0].address
            if tels and person.phone is None:
                person.phone = tels[0].text
            # an address printed again (or hidden: ``[email protected]``), a web address or a
            # handle is no role
            printed_contact = (
                "@" in t or "://" in t or "www." in t or P.PHONE_HINT.search(t) or P.HIDDEN_EMAIL.search(t)
            )
            if (
                not (name or mails or tels or printed_contact or desk)
                and k
                and len(person.lines) < 2
                and P.WORD.search(t)
                and t.lower() not in V.FUNCTION_WORDS  # ``(305) 555-0100`` / ``or`` / an address
            ):
                person.lines.append(t)
        if people:
            read_to = people[-1].end
        # where some people have an address or a number, a name without either is a stray
        # line (a headline under a header block), not a contact
        detailed = any(p.email or p.phone for p in people)
        out.extend(p.contact() for p in people if p.email or p.phone or (p.name and not detailed))
    return tuple(out)
