"""Properties that hold for any text: no exception, spans that slice back, offsets that shift."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import parse

from .conftest import SAMPLES


def _squash(text: str) -> str:
    return " ".join(text.split())


def _spanned(d: dict[str, Any]) -> list[tuple[str, Any, list[int]]]:
    items: list[tuple[str, Any, list[int]]] = []
    if d["reference"] is not None:
        items.append(("reference", d["reference"], d["reference_span"]))
    if d["title"] is not None:
        items.append(("title", d["title"], d["title_span"]))
    for key in ("quotes", "notes", "urls", "emails", "phones", "dates"):
        for item in d[key]:
            items.append((key, item["text"], item["span"]))
    for text, span in zip(d["body"], d["body_spans"], strict=True):
        items.append(("body", text, span))
    for a in d["acronyms"]:
        items.append(("acronym", a["short"], a["span"]))
    return items


def assert_spans_slice_back(text: str) -> None:
    d = parse(text).to_dict()
    for kind, value, (start, end) in _spanned(d):
        printed = text[start:end]
        if kind == "title":
            printed = re.sub(r"\*{1,3}|_{2,3}", "", printed)
        if kind == "acronym":  # the span covers the whole definition, long form and short
            assert value in printed, (kind, value, printed)
            continue
        assert _squash(printed) == value, (kind, value, printed)


# Text made of the characters that drive the parser: quote marks, brackets, digits,
# bullets, labels and line breaks, so that random strings reach every rule.
PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "(",
        ")",
        "[",
        "]",
        "#",
        "/",
        ":",
        ".",
        ",",
        "-",
        "–",
        "•",
        "1. ",
        "\n",
        "\n\n",
        " ",
        "  ",
        "said",
        " said ",
        "Notes to editors",
        "ENDS",
        "###",
        "www.",
        "http://",
        ".com/",
        "@",
        "John Smith",
        "the Minister",
        "PRESS RELEASE",
        "12 May 2011",
        "IP/11/",
        "Ref: ",
        "---\n",
        "About Us",
        "he added",
        "Media contact:",
        "Background",
        "A",
        "b",
        "7",
        "\t",
        "\r\n",
        "\u00a0",
        "May\u00a06,\u00a02015",
        "+44\u00a020\u00a07946\u00a00000",
        "020 7946\n0000, ",
        "&ldquo;",
        "&rdquo;",
        "&quot;",
        "from 1\nto 3 June 2011",
        "between January and\nMarch 2025",
        "CHICAGO -- ",
        "Media Relations\n",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=120).map("".join))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_parse_never_raises_and_spans_slice_back(text: str) -> None:
    assert_spans_slice_back(text)
    json.loads(parse(text).to_json())


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.sampled_from(["\n", "\n\n", "\n \n\t\n"]))
def test_prefix_shifts_every_span(text: str, prefix: str) -> None:
    if text.lstrip(" \t").startswith("---"):
        text = "x" + text  # front matter is recognised only at the very top
    plain = parse(text).to_dict()
    shifted = parse(prefix + text).to_dict()
    n = len(prefix)

    def moved(d: dict[str, Any]) -> list[tuple[str, Any, list[int]]]:
        return [(k, v, [s + n, e + n]) for k, v, (s, e) in _spanned(d)]

    assert _spanned(shifted) == moved(plain)


def test_samples_shift_with_a_prefix() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            continue
        a, b = parse(text).to_dict(), parse("\n\n" + text).to_dict()
        assert [(k, v, [s + 2, e + 2]) for k, v, (s, e) in _spanned(a)] == _spanned(b), path.name


def test_non_string_raises_type_error() -> None:
    import pytest

    for bad in (None, b"bytes", 12, ["text"]):
        with pytest.raises(TypeError):
            parse(bad)  # type: ignore[arg-type]


WORDY = st.text(alphabet=st.sampled_from(list("ab Z9-’'.\n\t")), max_size=400)


@given(WORDY, st.integers(min_value=1, max_value=40))
@settings(max_examples=300)
def test_word_count_with_a_limit_is_the_capped_count(text: str, limit: int) -> None:
    from extractor.document import word_count

    assert word_count(text, limit) == min(word_count(text), limit)


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\r")), max_size=60))
@settings(max_examples=300)
def test_lines_split_fast_are_the_lines_of_the_line_pattern(text: str) -> None:
    from extractor import patterns as P
    from extractor.document import Document

    expected = []
    for m in P.LINE.finditer(text):
        if m.start() == m.end() == len(text) and expected:
            break
        expected.append((m.start("body"), m.end("body"), m.group("body")))
    assert [(line.start, line.end, line.text) for line in Document(text).lines] == expected
    assert [(line.start, line.end, line.text) for line in Document(text.replace("\r", "")).lines] == [
        (m.start("body"), m.end("body"), m.group("body"))
        for k, m in enumerate(P.LINE.finditer(text.replace("\r", "")))
        if not (m.start() == m.end() == len(text.replace("\r", "")) and k)
    ]


LINE_TEXT = st.text(alphabet=st.sampled_from(list('aZ ,.-\t”’"_!')), max_size=200).map(
    lambda s: s if s.strip() else s + "x"
)


@given(
    LINE_TEXT,
    LINE_TEXT,
    st.sampled_from(
        ["", " " * 70, "for", "the end of", "x" * 90 + "for", " AND", "xinto", "\tto", " a", "a", "Of", " than", "é"]
    ),
)
@settings(max_examples=500)
def test_runs_on_reading_line_edges_is_runs_on_reading_whole_lines(a: str, b: str, tail: str) -> None:
    from extractor.document import Document, _runs_on, runs_on

    first = a + tail
    lines = Document(first + "\n" + b).lines
    assert _runs_on(lines[0], lines[1]) == runs_on(first, b)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
@settings(max_examples=500)
def test_ascii_word_pattern_finds_the_words_of_the_unicode_one(text: str) -> None:
    from extractor import patterns as P

    assert P.WORD_ASCII.findall(text) == P.WORD.findall(text)


PARA_TEXT = st.lists(
    st.sampled_from(
        ["", "  ", "The end.", "a line that runs on", "and goes on,", "New Line", "  indented text", "- item"]
    ),
    max_size=14,
).map("\n".join)


@given(PARA_TEXT)
@settings(max_examples=400)
def test_paragraphs_are_the_sentence_groups_of_the_blocks(text: str) -> None:
    from extractor.document import Document, Line, _runs_on, _split_block

    # the paragraph rule written plainly: blocks between blank lines, cut into sentence
    # groups, each group joined to the paragraph before it when that one's sentence runs on
    doc = Document(text)
    lines = list(doc.lines)
    paragraphs: list[list[Line]] = []
    block: list[Line] = []
    for line in [*lines[doc.front_matter_end :], Line(len(text), len(text), text)]:
        if line.blank:
            for group in _split_block(block, doc) if block else []:
                if paragraphs and _runs_on(paragraphs[-1][-1], group[0]):
                    paragraphs[-1].extend(group)
                else:
                    paragraphs.append(list(group))
            block = []
        else:
            block.append(line)
    expected = [[line.start for line in p] for p in paragraphs]
    assert [[line.start for line in p.lines] for p in doc.paragraphs] == expected
    for p in doc.paragraphs:
        assert text[p.start : p.end] == p.text and p.text == p.text.strip() and p.text


#: Paragraphs of lower-case words, each opening with a capital and closing with a full
#: stop, to be hard-wrapped at one width with no blank line between them.
WRAPPED_PARAGRAPHS = st.lists(
    st.lists(
        st.sampled_from(["the", "council", "river", "bridge", "plan", "of", "new", "agreed", "2025"]), min_size=25
    ),
    min_size=3,
    max_size=6,
)


@given(WRAPPED_PARAGRAPHS, st.integers(min_value=50, max_value=90))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_hard_wrapped_paragraphs_without_blank_lines_are_read_back(words: list[list[str]], width: int) -> None:
    import textwrap

    from hypothesis import assume

    from extractor.document import Document

    paragraphs = [" ".join(["Then", *w]) + "." for w in words]
    wrapped = [textwrap.wrap(p, width) for p in paragraphs]
    text = "\n".join(line for lines in wrapped for line in lines)
    doc = Document(text)
    assume(doc.wrap_width)  # enough lines fill the width for it to be seen
    assert doc.wrap_width <= width
    # a paragraph's last line with no room for the next one's first word reads as wrapped
    assume(all(len(lines[-1]) + len(" Then") <= doc.wrap_width - 2 for lines in wrapped[:-1]))
    assert [_squash(p.text) for p in doc.paragraphs] == paragraphs


#: Text made of the pieces dates and phone numbers are printed with, across lines.
DIGIT_TEXT = st.lists(
    st.sampled_from(
        [
            "12",
            "2011",
            "1",
            "-",
            "/",
            ".",
            ",",
            " ",
            " ",
            "\n",
            "\t",
            "May",
            "March",
            "Monday",
            "st",
            "of",
            "+44",
            "(0)",
            "20",
            "ab",
        ]
    ),
    max_size=40,
).map("".join)


@given(DIGIT_TEXT)
@settings(max_examples=500)
def test_scanning_digit_lines_finds_what_a_whole_text_scan_finds(text: str) -> None:
    from extractor import patterns as P
    from extractor.document import Document
    from extractor.fields.contacts import PHONE_LEAD
    from extractor.fields.dates import DATE_LEAD

    doc = Document(text)
    for pattern, lead in ((P.DATE_POINT, DATE_LEAD), (P.PHONE, PHONE_LEAD)):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in doc.scan_digit_lines(pattern, lead)] == expected
