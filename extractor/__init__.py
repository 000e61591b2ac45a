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

from .document import Document
from .fields import acronyms, contacts, dates, layout, notes, quotes, reference, speakers, title, urls
from .models import SCHEMA_VERSION, Defect, Note, Quote, Reference, Result, Speaker, Title, Url
from .sections import split

__version__ = "0.1.0"

__all__ = [
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


def parse(text: str) -> Result:
    """Parse the text of one press release.

    Accepts any ``str``; raises :class:`TypeError` for anything else. Offsets in the
    result index into ``text`` as given.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    doc = Document(text)
    sections = split(doc)
    found_title = title.find(doc, sections)
    # quotes are read from the first paragraph after the headline
    first = 0
    if found_title is not None:
        end = found_title.span[1]
        first = next((i for i, p in enumerate(doc.paragraphs) if p.start >= end), len(doc.paragraphs))
    passages = quotes.find(doc, sections, first)
    found_quotes, found_speakers = speakers.attribute(doc, sections, passages)
    found_reference = reference.find(doc, sections)
    found_urls = urls.find(doc)
    date = dates.release_date(doc, sections)
    mentions = dates.find_all(doc, int(date[:4]) if date else None)
    url_spans = [u.span for u in found_urls]
    found_emails = contacts.emails(doc, url_spans)
    avoid = [d.span for d in mentions] + url_spans + [e.span for e in found_emails]
    if found_reference is not None:
        avoid.append(found_reference.span)
    found_phones = contacts.phones(doc, avoid)
    return Result(
        reference=found_reference,
        title=found_title,
        speakers=found_speakers,
        quotes=found_quotes,
        notes=notes.find(doc, sections.notes),
        urls=found_urls,
        date=date,
        dateline=layout.dateline(doc, sections),
        embargo=layout.embargo(doc),
        subtitle=layout.subtitle(doc, sections, found_title),
        body=layout.body(doc, sections, found_title),
        emails=found_emails,
        phones=found_phones,
        contacts=contacts.contacts(doc, sections, found_emails, found_phones),
        acronyms=acronyms.find(doc, url_spans),
        dates=mentions,
    )
