"""The result of parsing one release: frozen dataclasses and their JSON form.

Every item found in the text keeps its ``span``: ``[start, end)`` offsets into the
string given to :func:`extractor.parse`, so ``text[start:end]`` is what was printed.
Values that are normalised (a collapsed quote, an absolute URL) sit next to the
raw printed text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1"

Span = tuple[int, int]


def _plain(value: Any) -> Any:
    """JSON-ready: tuples (spans, items) as lists."""
    return list(value) if isinstance(value, tuple) else value


class _Item:
    """An item of the result: its JSON form is its fields, in order, spans as lists."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True)
class Reference:
    """The publisher's identifier of the release, without its label words."""

    text: str
    span: Span


@dataclass(frozen=True)
class Title:
    """The headline, whitespace collapsed; ``span`` covers its first to last printed character."""

    text: str
    span: Span


@dataclass(frozen=True)
class Speaker(_Item):
    """A person or body quoted in the release, once, at its fullest printed name."""

    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Quote(_Item):
    """A quoted passage without its marks; ``speaker`` is a :class:`Speaker` name or ``None``."""

    text: str
    speaker: str | None
    span: Span


@dataclass(frozen=True)
class Note(_Item):
    """One note to editors: its printed number (or ``None``), whole text and bullet items."""

    number: int | None
    text: str
    items: tuple[str, ...]
    span: Span


@dataclass(frozen=True)
class Url(_Item):
    """A web address as printed (``text``) and made absolute (``url``)."""

    text: str
    url: str
    span: Span


@dataclass(frozen=True)
class DateMention(_Item):
    """A date or date range as printed, with ISO ``start``/``end`` at the precision printed."""

    text: str
    start: str
    end: str
    span: Span


@dataclass(frozen=True)
class Email(_Item):
    """An e-mail address as printed (``text``) and in plain form (``address``)."""

    text: str
    address: str
    span: Span


@dataclass(frozen=True)
class Phone(_Item):
    """A telephone or fax number as printed, without its label; ``e164`` when the country is known."""

    text: str
    e164: str | None
    span: Span


@dataclass(frozen=True)
class Contact(_Item):
    """One media contact as grouped in print."""

    name: str | None
    role: str | None
    organisation: str | None
    email: str | None
    phone: str | None
    span: Span


@dataclass(frozen=True)
class Acronym(_Item):
    """A definition printed in the text: ``Long Form (SHORT)`` or ``SHORT (Long Form)``."""

    short: str
    long: str
    span: Span


@dataclass(frozen=True)
class Embargo:
    """The embargo line's text and, when it can be resolved, its ISO date-time."""

    text: str
    until: str | None
    span: Span


@dataclass(frozen=True)
class Text:
    """A piece of the release (subtitle, dateline, a body paragraph) and where it stands."""

    text: str
    span: Span


@dataclass(frozen=True)
class Defect(_Item):
    """Something odd in the input that the parser worked around."""

    kind: str
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class Result:
    """Everything extracted from one release. ``to_dict()`` is the output contract."""

    reference: Reference | None = None
    title: Title | None = None
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    notes: tuple[Note, ...] = ()
    urls: tuple[Url, ...] = ()
    date: str | None = None
    dateline: Text | None = None
    embargo: Embargo | None = None
    subtitle: Text | None = None
    body: tuple[Text, ...] = ()
    emails: tuple[Email, ...] = ()
    phones: tuple[Phone, ...] = ()
    contacts: tuple[Contact, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    dates: tuple[DateMention, ...] = ()
    defects: tuple[Defect, ...] = field(default=())

    @property
    def summary(self) -> Text | None:
        """The lead paragraph: the first body paragraph."""
        return self.body[0] if self.body else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dictionary of the contract (``../SPEC.md``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "reference": self.reference.text if self.reference else None,
            "reference_span": list(self.reference.span) if self.reference else None,
            "title": self.title.text if self.title else None,
            "title_span": list(self.title.span) if self.title else None,
            "speakers": [s.to_dict() for s in self.speakers],
            "quotes": [q.to_dict() for q in self.quotes],
            "notes": [n.to_dict() for n in self.notes],
            "urls": [u.to_dict() for u in self.urls],
            "subtitle": self.subtitle.text if self.subtitle else None,
            "date": self.date,
            "dateline": self.dateline.text if self.dateline else None,
            "embargo": self.embargo.text if self.embargo else None,
            "embargo_until": self.embargo.until if self.embargo else None,
            "summary": self.summary.text if self.summary else None,
            "body": [p.text for p in self.body],
            "body_spans": [list(p.span) for p in self.body],
            "emails": [e.to_dict() for e in self.emails],
            "phones": [p.to_dict() for p in self.phones],
            "contacts": [c.to_dict() for c in self.contacts],
            "acronyms": [a.to_dict() for a in self.acronyms],
            "dates": [d.to_dict() for d in self.dates],
            "defects": [d.to_dict() for d in self.defects],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The result as a JSON document (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
