"""Every sample release parses to its golden file (``tests/regen_goldens.py`` rewrites them)."""

from __future__ import annotations

import json

import pytest

from extractor import parse

from .conftest import SAMPLES

CASES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_samples_of_many_layouts() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_golden(path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert parse(path.read_text(encoding="utf-8")).to_dict() == expected


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_spans_slice_back(path) -> None:  # type: ignore[no-untyped-def]
    from .test_properties import assert_spans_slice_back

    assert_spans_slice_back(path.read_text(encoding="utf-8"))
