"""Web addresses: with a scheme, ``www.`` forms, and bare domains with a path.

A bare domain with no path (``SanDiegoDA.com``) counts only where the text presents it
as an address (``visit …``, ``website: …``, or alone on its line as a letterhead prints
it); a domain inside an e-mail address never counts. Trailing sentence punctuation is
dropped; each distinct address is listed once.
"""

from __future__ import annotations

import regex

from .. import patterns as P
from ..document import Document
from ..models import Url


def _key(text: str) -> str:
    low = text.casefold()
    if "://" in low:
        low = low.split("://", 1)[1]
    elif low.startswith("//"):
        low = low[2:]  # protocol-relative
    return low.rstrip("/")


def _matches(text: str) -> list[regex.Match[str]]:
    """URL matches, read only inside the white-space separated tokens that hint at one."""
    out: list[regex.Match[str]] = []
    done = 0  # the end of the last token read
    for hint in P.URL_HINT.finditer(text):
        if hint.start() < done:
            continue
        start, end = hint.start(), hint.end()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        token = P.NON_SPACE_RUN.match(text, end)
        end = token.end() if token else end
        out.extend(P.URL.finditer(text, start, end))
        done = end
    return out


def _own_line(doc: Document, m: regex.Match[str]) -> bool:
    """The domain stands alone on its line, as a letterhead prints the publisher's address."""
    i = doc.lines.index_of(m.start())
    text, start, end = doc.text, doc.lines.starts[i], doc.lines.ends[i]
    return not text[start : m.start()].strip() and not text[m.end() : end].strip(" \t.")


def find(doc: Document) -> tuple[Url, ...]:
    text = doc.text
    found: list[Url] = []
    seen: set[str] = set()
    for m in _matches(text):
        start, raw = m.start(), m.group("url")
        relative = raw.startswith("//")
        if "://" not in raw and not relative and not raw.lower().startswith("www"):
            if start and text[start - 1] == "@":
                continue
            bare = not m.group("path") or len(m.group("path")) <= 1
            if bare and not (P.URL_INVITE.search(text, max(0, start - 120), start) or _own_line(doc, m)):
                continue
        trail = P.URL_TRAILING.search(raw)
        if trail:
            raw = raw[: trail.start()]
        if raw.count("(") < raw.count(")"):
            raw = raw[: raw.rfind(")")]
        if len(raw) < 4 or "." not in raw:
            continue
        end = start + len(raw)
        if end < len(text) and text[end] == "@":  # the domain of an e-mail address
            continue
        key = _key(raw)
        if key in seen:
            continue
        seen.add(key)
        url = raw if "://" in raw else ("https:" if relative else "http://") + raw
        found.append(Url(raw, url, (start, end)))
    return tuple(found)
