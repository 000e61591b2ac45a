"""Rewrite samples/NAME.json from the parser's output, on purpose only.

    python tests/regen_goldens.py [NAME ...]

Read every diff before committing it: a golden file is a claim about what is right.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor import parse

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main(names: list[str]) -> None:
    for txt in sorted(SAMPLES.glob("*.txt")):
        if names and txt.stem not in names:
            continue
        result = parse(txt.read_text(encoding="utf-8"))
        txt.with_suffix(".json").write_text(result.to_json() + "\n", encoding="utf-8")
        print(f"wrote {txt.with_suffix('.json').name}")


if __name__ == "__main__":
    main(sys.argv[1:])
