"""Linear time: pathological input of size n and 4n; the time ratio must stay near 4.

A ratio, not an absolute time, so a slow or busy machine does not fail it; each time is
the best of five runs. One family per kind of pattern that could backtrack or rescan.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from extractor import parse

N = 4000
#: A quadratic rule would give 16 for 4n; linear gives 4.
MAX_RATIO = 6.0
#: Measurements before a family is judged non-linear.
ATTEMPTS = 3

FAMILIES: dict[str, Callable[[int], str]] = {
    "one line without spaces": lambda n: "a" * n,
    "straight quote marks": lambda n: '"' * n,
    "typographic quote pairs": lambda n: "“a” ‘b’ " * (n // 8),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "www repeated": lambda n: "www." * (n // 4),
    "numbered lines": lambda n: "Title of the release\n\nNotes to editors\n" + "1. a note\n" * (n // 10),
    "at signs and dots": lambda n: "@." * (n // 2),
    "capitalised words": lambda n: "Alpha Beta " * (n // 11),
    "digits and slashes": lambda n: "12/34/" * (n // 6),
    "attributed quotes in one paragraph": lambda n: '"Words here," said John Smith. ' * (n // 31),
    "speech verbs without quotes": lambda n: "Smith said that " * (n // 16) + '"x y z w v u"',
    "bracketed capitals": lambda n: "(Alpha Beta Gamma) " * (n // 19),
    "dates": lambda n: "12 May 2011 " * (n // 12),
    "phone-like digits": lambda n: "Tel: 020 7946 0000 " * (n // 19),
    "e-mail-like tokens": lambda n: "a@b.co " * (n // 7),
    "dots": lambda n: "a." * (n // 2),
    "titled speakers": lambda n: "Professor Alpha Beta said: “Alpha beta gamma delta.” " * (n // 54),
    # a line in capitals, no word repeated, up to a quote mark (a headline run into a quote)
    "capitals before a quote mark": lambda n: " ".join(_caps_words(n // 4)) + ' "x',
    # a line's words, a run of spaces, then a mark (a dateline's spaces were read many ways)
    "spaces before a mark on a line": lambda n: "FERRY CREWS" + " " * n + "·\n\nThe story goes on here.",
    # a run of spaces inside an attribution, between the verb and the words it reports or
    # between a quote and its speaker (a page's layout left there)
    "spaces after a speech verb": lambda n: "Head line here\n\nThe council said" + " " * n + "the works were hard.\n",
    "spaces between a quote and its speaker": lambda n: "Head\n\n“Words here and there,”" + " " * n + "said Jo Roe.\n",
    "a run of hashes inside a line": lambda n: "Head\n\nLAKEVIEW, 12 March 2024" + "#" * n + " – The council met.\n",
}


def _caps_words(count: int) -> list[str]:
    """``count`` different words of three capitals: ``AAA``, ``BAA``, …"""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [letters[k % 26] + letters[k // 26 % 26] + letters[k // 676 % 26] for k in range(count)]


def _best(text: str) -> float:
    """Best of five runs with the garbage collector paused: the least noisy figure."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            start = time.perf_counter()
            parse(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("family", list(FAMILIES), ids=list(FAMILIES))
def test_time_grows_linearly(family: str) -> None:
    make = FAMILIES[family]
    small_text, large_text = make(N), make(4 * N)
    ratios = []
    for _ in range(ATTEMPTS):  # a busy machine can spoil one measurement, not three
        small, large = _best(small_text), _best(large_text)
        ratios.append(large / max(small, 1e-4))
        if ratios[-1] <= MAX_RATIO:
            break
    assert min(ratios) <= MAX_RATIO, f"{family}: time ratios {[round(r, 1) for r in ratios]} for 4x input"
