"""Coverage-guided fuzzing of parse() and the byte decoder with atheris (not run in CI).

    pip install atheris
    python tests/fuzz/fuzz_parse.py -atheris_runs=1000000 [corpus_dir]

Every input goes through decode() and parse(); the result must serialise to JSON and
every span must lie inside the text, and a parse limited to some fields (chosen by the
input's length) must give those fields as the full parse does. Any exception other than the documented
BinaryInputError is a crash: atheris stops and writes the input to crash-*.
Each crash found becomes a named test in tests/test_regressions.py.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports():
    from extractor import FIELDS, parse
    from extractor.reading import BinaryInputError, decode


def _spans(d: dict) -> list[list[int]]:  # type: ignore[type-arg]
    spans = [d[k] for k in ("reference_span", "title_span") if d.get(k)]
    for key in ("quotes", "notes", "urls", "emails", "phones", "dates", "acronyms", "contacts"):
        spans += [item["span"] for item in d[key]]
    return spans + d["body_spans"]


def test_one_input(data: bytes) -> None:
    try:
        text = decode(data).text
    except BinaryInputError:
        text = data.decode("latin-1")
    d = parse(text).to_dict()
    json.dumps(d)
    for start, end in _spans(d):
        if not 0 <= start <= end <= len(text):
            raise AssertionError(f"span {start, end} outside text of length {len(text)}")
    keys = list(FIELDS)
    some = [keys[(len(data) + k) % len(keys)] for k in range(1 + len(data) % 3)]
    limited = parse(text, some).to_dict()
    for key in some:
        if limited[key] != d[key]:
            raise AssertionError(f"{key} differs when asked for alone")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
