"""Bugs found by fuzzing (tests/fuzz/) or in real releases, each kept as a named test."""

from __future__ import annotations

from extractor import parse

from .test_properties import assert_spans_slice_back


def test_acronym_long_form_with_markdown_run_keeps_its_span_inside_the_text() -> None:
    # atheris, crash-04e4fd5f: a run of asterisks inside the long form made its start -1
    text = "#024/2019 Inspectors find things toda" + "*" * 80 + "ransport Standards Inspectorate (TSI) inspects."
    r = parse(text)
    assert r.acronyms
    for a in r.acronyms:
        start, end = a.span
        assert 0 <= start < end <= len(text)
        assert text[start:end].endswith("(TSI)")
    assert_spans_slice_back(text)


def test_long_punctuation_line_is_not_quadratic_in_the_title_rules() -> None:
    # a line of "@." pairs backtracked through the furniture pattern's ".*cookies.*"
    parse("@." * 20000)
