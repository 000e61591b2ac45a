"""Each named pattern finds its own examples and none of its counter-examples."""

from __future__ import annotations

import pytest
import regex

from extractor.patterns import EXAMPLES

POSITIVE = [(name, text) for name, (_, yes, _) in EXAMPLES.items() for text in yes]
NEGATIVE = [(name, text) for name, (_, _, no) in EXAMPLES.items() for text in no]


@pytest.mark.parametrize(("name", "text"), POSITIVE)
def test_pattern_finds(name: str, text: str) -> None:
    assert EXAMPLES[name][0].search(text), f"{name} should find {text!r}"


@pytest.mark.parametrize(("name", "text"), NEGATIVE)
def test_pattern_rejects(name: str, text: str) -> None:
    pattern = EXAMPLES[name][0]
    if name == "URL":
        # a URL pattern may match a fragment of an e-mail; the field rule rejects those
        from extractor import parse

        assert parse(text).urls == ()
    else:
        assert not pattern.search(text), f"{name} should not find {text!r}"


# --- hint-driven scans give what a plain scan of the whole text gives -------------------

HINT_TEXTS = [
    "In financial year 2016/17 and 2015-16, and again in fiscal year 2020–21 (1999/2000).",
    "Spending rose from 2015-2016 to 2019-20; page 2015-123 and 12015-16 are not years.",
    "xfinancial year 2015-16 keeps its year; 2014-15-16 is read once.",
    "Press Release Number: 18-123\nRef: PR 45/2019 and AI Index: ASA 14/031/2004.",
    "News release no. 7/2020; media release number 2020-11; P. M. No. 51/1966; pr no 5.",
    "The reference was made; Press Notice 2007/0012; statement no 12 and index 4.",
]


def _sample_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "samples").glob("*.txt"))]
    dev = root.parent / "shared" / "corpus" / "dev"
    texts += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))] if dev.is_dir() else []
    return HINT_TEXTS + texts


def test_fiscal_years_found_from_hints_are_the_plain_scan() -> None:
    from extractor import patterns as P
    from extractor.fields.dates import _fiscal_years

    for text in _sample_texts():
        assert [m.span() for m in _fiscal_years(text)] == [m.span() for m in P.FISCAL_YEAR.finditer(text)]


def test_reference_labels_found_from_hints_are_the_plain_scan() -> None:
    from extractor import patterns as P
    from extractor.fields.reference import _labelled_matches

    for text in _sample_texts():
        plain = [m.span("ref") for m in P.REFERENCE_LABELLED.finditer(text)]
        assert [m.span("ref") for m in _labelled_matches(text, 0, len(text))] == plain


def test_any_of_merges_matches_in_text_order() -> None:
    from extractor import patterns as P

    text = "mail a@b.org, see www.example.org or c(at)d.org"
    assert [m.start() for m in P.EMAIL_HINT.finditer(text)] == [6, 38]
    assert [m.group() for m in P.URL_HINT.finditer(text)] == [".org", "www.", ".org", ".org"]
    assert P.URL_HINT.search(text, 12).start() == 18


def test_release_end_classifier_names_the_first_part_that_matches() -> None:
    from extractor import patterns as P
    from extractor.document import Document

    parts = [
        ("end", P.END_MARKER),
        ("disclaimer", P.DISCLAIMER_HEADING),
        ("about_run_in", P.ABOUT_RUN_IN),
        ("footer", P.FOOTER_LABEL),
        ("contact", P.CONTACT_HEADING),
        ("about", P.ABOUT_HEADING),
    ]
    lines = ["-ends-", "Forward-looking statements", "About Acme Acme makes", "Tags: news", "Media contact:"]
    lines += ["About the Trust", "ABOUT US", "Contact Jane", "The end", "###"]
    lines += [line.text for text in _sample_texts() for line in Document(text).lines]
    for line in lines:
        expected = next((name for name, part in parts if part.match(line)), None)
        m = P.RELEASE_END.match(line)
        assert (m.lastgroup if m else None) == expected, line


def test_who_said_finds_what_one_pattern_ending_in_the_verb_found() -> None:
    import regex

    from extractor import patterns as P
    from extractor.fields.speakers import who_said

    # the pattern the verb look-up replaced, kept here as the reference
    reference = regex.compile(
        rf"^[\s,.;:!?]{{0,3}}(?:[-–—]\s*)?(?P<who>{P._PHRASE_CHAR}{{1,120}}?)\s+(?P<verb>{P._VERB})\b"
    )
    texts = [", Jane Smith said.", '," he added.', ", the Minister said", " – Dr. A. B. Jones, Ph.D. says", ", says x"]
    for text in _sample_texts():
        for k, ch in enumerate(text):
            if ch in '”"’':
                texts.append(text[k + 1 : k + 300])
    for text in texts:
        m = reference.match(text)
        assert who_said(text) == ((m.group("who"), m.end()) if m else None), text


def test_patterns_that_keep_the_gil_match_as_compiled_patterns_do() -> None:
    from extractor.patterns import _compile

    text = "Call 0800 555 111 or 020 7946 0000 today; ref 12/2024."
    lazy = _compile(r"\d+")
    plain = regex.compile(r"\d+")
    for pos, endpos in ((0, len(text)), (7, 30), (12, 12)):
        for name in ("match", "search", "fullmatch"):
            got, want = getattr(lazy, name)(text, pos, endpos), getattr(plain, name)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in lazy.finditer(text, pos, endpos)] == [
            m.span() for m in plain.finditer(text, pos, endpos)
        ]
        assert lazy.findall(text, pos, endpos) == plain.findall(text, pos, endpos)
    assert lazy.match(text) is None and lazy.search(text).group() == "0800"  # type: ignore[union-attr]
    assert lazy.sub("#", text) == plain.sub("#", text) and lazy.sub("#", text, 2) == plain.sub("#", text, 2)
    assert lazy.subn("#", text) == plain.subn("#", text)
    assert lazy.split(text) == plain.split(text) and lazy.split(text, 1) == plain.split(text, 1)


# --- tails: matched whole (fullmatch) from a verb's end, so each has its own table -------


@pytest.mark.parametrize(
    ("name", "tail", "fits"),
    [
        ("STATEMENT_TAIL", " after the vote:", True),
        ("STATEMENT_TAIL", ".", True),
        ("STATEMENT_TAIL", " to the Prime Minister today -", True),  # a telegram's text under it
        ("STATEMENT_TAIL", " to the Prime Minister today", False),
        ("STATEMENT_TAIL", " on the bridge; more later", False),
        ("REPORTED_END_TAIL", " today.", True),
        ("REPORTED_END_TAIL", ".", True),
        ("REPORTED_END_TAIL", " on Tuesday. ", True),
        ("REPORTED_END_TAIL", " that the bridge was open.", False),
        ("REPORTED_END_TAIL", " to the council.", False),
        ("PHONE_LIST_GAP", " (Office Hours) ", True),
        ("PHONE_LIST_GAP", ", ", True),
        ("PHONE_LIST_GAP", " or ", True),
        ("PHONE_LIST_GAP", " forms and the ", False),
        ("REPORTED_TAIL", " that the bridge was open.", True),
        # (an OCR speck read as a full stop, spaced, before a word in lower case)
        ("REPORTED_TAIL", " that the plain counts of  x  .  harbour works left out the crews.", True),
        ("REPORTED_TAIL", " that the bridge was open . The ferry was not.", False),
    ],
)
def test_a_tail_fits_the_rest_of_its_sentence(name: str, tail: str, fits: bool) -> None:
    from extractor import patterns as P

    assert (getattr(P, name).fullmatch(tail) is not None) == fits
