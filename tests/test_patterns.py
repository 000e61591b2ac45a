"""Each named pattern finds its own examples and none of its counter-examples."""

from __future__ import annotations

import pytest

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
