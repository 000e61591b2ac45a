"""extractor: the structure of a press release, from its raw text.

>>> from extractor import parse
>>> r = parse("#12/2024 New bridge opens\\n\\nThe bridge opened today.\\n\\n"
...           "Jane Smith, Mayor of Town, said: \\u201cIt is a great day for everyone here.\\u201d\\n")
>>> r.reference.text, r.title.text
('12/2024', 'New bridge opens')
>>> r.quotes[0].speaker, r.speakers[0].role
('Jane Smith', 'Mayor')
"""

from __future__ import annotations

import gc
from collections.abc import Iterable

from .caching import once
from .document import Document, word_count
from .fields import acronyms, contacts, dates, layout, notes, quotes, reference, speakers, title, urls
from .models import (
    SCHEMA_VERSION,
    Acronym,
    Contact,
    DateMention,
    Defect,
    Email,
    Embargo,
    Note,
    Phone,
    Quote,
    Reference,
    Result,
    Span,
    Speaker,
    Text,
    Title,
    Url,
)
from .sections import Sections, split

__version__ = "0.1.0"

#: A headline's paragraph is read for quotes when the story runs on in it for at least this
#: many words after the headline.
RUN_ON_WORDS = 8

__all__ = [
    "FIELDS",
    "SCHEMA_VERSION",
    "Defect",
    "Note",
    "Quote",
    "Reference",
    "Result",
    "Speaker",
    "Title",
    "Url",
    "__version__",
    "parse",
]


#: The Result attributes each output key is made from (``schema_version`` and ``defects``
#: need none).
FIELDS: dict[str, tuple[str, ...]] = {
    "schema_version": (),
    "reference": ("reference",),
    "reference_span": ("reference",),
    "title": ("title",),
    "title_span": ("title",),
    "speakers": ("speakers",),
    "quotes": ("quotes",),
    "notes": ("notes",),
    "urls": ("urls",),
    "subtitle": ("subtitle",),
    "date": ("date",),
    "dateline": ("dateline",),
    "embargo": ("embargo",),
    "embargo_until": ("embargo",),
    "summary": ("body",),
    "body": ("body",),
    "body_spans": ("body",),
    "emails": ("emails",),
    "phones": ("phones",),
    "contacts": ("contacts",),
    "acronyms": ("acronyms",),
    "dates": ("dates",),
    "defects": (),
}


class _Stages:
    """The stages of one parse, each run when first asked for: a field that is not asked
    for costs nothing, and one that is runs only the stages it reads."""

    def __init__(self, text: str) -> None:
        self.doc = Document(text)

    @once
    def sections(self) -> Sections:
        return split(self.doc)

    @once
    def title(self) -> Title | None:
        return title.find(self.doc, self.sections)

    @once
    def attributed(self) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
        # quotes are read from the first paragraph after the headline, or from the headline's
        # own when the story runs on in it (``HARBOUR DUES MUST NOT RISE "It is wrong …``)
        paragraphs, first, end = self.doc.paragraphs, 0, 0
        if self.title is not None:
            end = self.title.span[1]
            first = next((i for i, p in enumerate(paragraphs) if p.start >= end), len(paragraphs))
            if first and word_count(self.doc.text[end : paragraphs[first - 1].end], RUN_ON_WORDS) >= RUN_ON_WORDS:
                first -= 1  # the headline's paragraph: its quotes after the headline count
        passages = [p for p in quotes.find(self.doc, self.sections, first) if p.para != first or p.start >= end]
        return speakers.attribute(self.doc, self.sections, passages)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.attributed[0]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self.attributed[1]

    @once
    def reference(self) -> Reference | None:
        return reference.find(self.doc, self.sections)

    @once
    def urls(self) -> tuple[Url, ...]:
        return urls.find(self.doc)

    @once
    def url_spans(self) -> list[Span]:
        return [u.span for u in self.urls]

    @once
    def date(self) -> str | None:
        return dates.release_date(self.doc, self.sections)

    @once
    def dates(self) -> tuple[DateMention, ...]:
        return dates.find_all(self.doc, int(self.date[:4]) if self.date else None)

    @once
    def emails(self) -> tuple[Email, ...]:
        return contacts.emails(self.doc, self.url_spans)

    @once
    def phones(self) -> tuple[Phone, ...]:
        avoid = [d.span for d in self.dates] + self.url_spans + [e.span for e in self.emails]
        if self.reference is not None:
            avoid.append(self.reference.span)
        return contacts.phones(self.doc, avoid)

    @once
    def contacts(self) -> tuple[Contact, ...]:
        return contacts.contacts(self.doc, self.sections, self.emails, self.phones)

    @once
    def notes(self) -> tuple[Note, ...]:
        return notes.find(self.doc, self.sections.notes)

    @once
    def dateline(self) -> Text | None:
        return layout.dateline(self.doc, self.sections, self.title)

    @once
    def embargo(self) -> Embargo | None:
        return layout.embargo(self.doc)

    @once
    def subtitle(self) -> Text | None:
        return layout.subtitle(self.doc, self.sections, self.title)

    @once
    def body(self) -> tuple[Text, ...]:
        return layout.body(self.doc, self.sections, self.title, self.subtitle)

    @once
    def acronyms(self) -> tuple[Acronym, ...]:
        return acronyms.find(self.doc, self.url_spans)


#: Texts at least this long are parsed with the garbage collector held off. The parser
#: makes no reference cycles, and on a text of many megabytes each full collection walks
#: its millions of live objects: time would grow faster than the text.
GC_PAUSE_CHARS = 1_000_000

#: Every Result attribute, in the order the stages are best run.
_ALL = tuple(dict.fromkeys(a for attrs in FIELDS.values() for a in attrs))


def parse(text: str, fields: Iterable[str] | None = None) -> Result:
    """Parse the text of one press release.

    Accepts any ``str``; raises :class:`TypeError` for anything else. Offsets in the
    result index into ``text`` as given. ``fields`` (output keys, see :data:`FIELDS`)
    limits the work to what those keys need; the other attributes of the result are left
    empty. An unknown key is a :class:`ValueError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    wanted = _ALL
    if fields is not None:
        keys = list(fields)
        unknown = [k for k in keys if k not in FIELDS]
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(FIELDS)}")
        asked = {a for k in keys for a in FIELDS[k]}
        wanted = tuple(a for a in _ALL if a in asked)
    pause = len(text) >= GC_PAUSE_CHARS and gc.isenabled()
    if pause:
        gc.disable()
    try:
        stages = _Stages(text)
        return Result(**{attr: getattr(stages, attr) for attr in wanted})
    finally:
        if pause:
            gc.enable()
