"""Ratchet on the development corpus: no core field may fall below the level reached.

Runs only where ../shared/corpus/dev exists (the project's own checkout); skipped in a
user's fresh clone. Raise FLOOR as the parser improves.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from extractor import parse

from .conftest import CORPUS

DEV = CORPUS / "dev"

#: The F1 each core field reached; a drop below fails the suite.
FLOOR = {
    "reference": 1.0,
    "title": 0.99,
    "quotes": 1.0,
    "quote_speaker": 1.0,
    "notes": 1.0,
    "urls": 1.0,
    "date": 1.0,
    "speakers": 1.0,
    "emails": 1.0,
    "phones": 1.0,
    "acronyms": 1.0,
}

pytestmark = pytest.mark.skipif(
    not (DEV.is_dir() and (CORPUS / "score.py").exists()), reason="development corpus not present"
)


def test_core_fields_do_not_slip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for txt in sorted(DEV.glob("*.txt")):
        result = parse(txt.read_text(encoding="utf-8"))
        (tmp_path / f"{txt.stem}.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    sys.modules["corpus_score"] = score
    spec.loader.exec_module(score)
    tallies = {f: score.Tally() for f in score.CORE + score.EXTENDED}
    for gold_path in sorted(DEV.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads((tmp_path / gold_path.name).read_text(encoding="utf-8"))
        score.score_doc(gold, pred, tallies, {"quotes": []})
    reached = {f: round(tallies[f].prf()[2], 3) for f in FLOOR}
    slipped = {f: (reached[f], FLOOR[f]) for f in FLOOR if reached[f] < FLOOR[f]}
    assert not slipped, f"core fields below their floor (reached, floor): {slipped}"
