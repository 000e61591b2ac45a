"""E-mail addresses, phone numbers, and the media contact blocks that group them.

E-mails: plain, ``mailto:``, obfuscated (``name [at] example [dot] org``); an address
run together with what stands before it in a flattened contact line
(``orFiona.bailey@…``, ``Consulting612.812.7477jodi@…``) is cut where the address starts.
An address inside a URL is not listed again from there.

Phones: UK, EU, US and international formats, without their labels. A number counts
when it is shaped like a phone (``+44 …``, ``(202) 555-0143``, ``0800 …``,
``202.555.0143``) or stands after a phone label (``Tel:``, ``call``); dates, years,
money, percentages and reference numbers never count.
"""

from __future__ import annotations

import bisect

import regex

from .. import patterns as P
from ..document import Document, squash
from ..models import Contact, Email, Phone, Span
from ..sections import Sections
from .dates import is_us

#: A phone has at least this many digits (``116 123`` stands after a label).
MIN_DIGITS = 7
MIN_LABELLED_DIGITS = 6
MAX_DIGITS = 15
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
    if raw.lstrip().startswith("+"):
        return "+" + digits
    if raw.startswith("00") and len(digits) > 10:
        return "+" + digits[2:]
    if us and len(digits) == 10 and digits[0] not in "01":
        return "+1" + digits
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
    for m in P.PHONE.finditer(text):
        raw = m.group("phone")
        if len(raw) < MIN_LABELLED_DIGITS:
            continue  # a year, a count: too short to be a phone whatever stands around it
        start, end = m.start("phone"), m.end("phone")
        digits = P.NON_DIGIT.sub("", raw)
        labelled = bool(P.PHONE_LABEL.search(text, max(0, start - 40), start))
        shaped = bool(P.PHONE_SHAPE.match(raw))
        if not (labelled or shaped):
            continue
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
    return tuple(found)


def contacts(
    doc: Document, sections: Sections, found_emails: tuple[Email, ...], found_phones: tuple[Phone, ...]
) -> tuple[Contact, ...]:
    """People in media-contact blocks, each with the e-mail and phone printed beside them."""
    out: list[Contact] = []
    paragraphs = doc.paragraphs
    mail_starts = [e.span[0] for e in found_emails]
    tel_starts = [p.span[0] for p in found_phones]
    for i, para in enumerate(paragraphs):
        first = para.text_in(doc).split("\n", 1)[0]
        if i < sections.body_start or not P.CONTACT_HEADING.match(first):
            continue
        lines = [line for p in paragraphs[i : i + CONTACT_LINES] for line in p.lines][:CONTACT_LINES]
        block_end = lines[-1].end
        for k, line in enumerate(lines[1:], 1):
            t = line.text.strip()
            if not t or P.END_MARKER.match(t) or P.ABOUT_HEADING.match(t) or P.NOTES_HEADING.match(t):
                block_end = lines[k - 1].end
                break
        span = (para.start, block_end)
        mails = [found_emails[k] for k in _within(mail_starts, span)]
        tels = [found_phones[k] for k in _within(tel_starts, span)]
        block = doc.text[span[0] : span[1]]
        name_m = P.CONTACT_NAME.search(block)
        name = squash(name_m.group("name")) if name_m else None
        if not (mails or tels or name):
            continue
        out.append(Contact(name, None, None, mails[0].address if mails else None, tels[0].text if tels else None, span))
    return tuple(out)
