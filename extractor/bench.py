"""Benchmark: ``python -m extractor.bench [DIR ...] [--batch N] [--repeat K]``.

For samples/ and each folder given (e.g. ../shared/corpus/dev), prints documents/s,
MB/s, median ms per document, the slowest document and peak RSS, beside a floor: the
same texts in memory scanned once by ``regex.finditer(r"\\w+", text)``, and the ratio
parse/floor (floor and parse passes alternate, K runs: best and median). With
``--batch N`` it also writes N small files to a temporary folder and runs the command
over them with ``--jobs 1`` and ``--jobs 2`` alternately, K times, printing records/s of
each run, the medians and their ratio. With ``--big MB`` it parses MB megabytes of the
releases concatenated into one text and a quarter of it: time ratio and peak RSS.
Figures, never assertions: a benchmark is not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

from . import parse

FLOOR = regex.compile(r"\w+")


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def _parse_pass(texts: list[str], per_doc: list[float]) -> float:
    """One pass of parse over the texts; keeps each document's best time in ``per_doc``."""
    run_start = time.perf_counter()
    for i, text in enumerate(texts):
        start = time.perf_counter()
        parse(text)
        per_doc[i] = min(per_doc[i], time.perf_counter() - start)
    return time.perf_counter() - run_start


def _floor_pass(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        for _m in FLOOR.finditer(text):
            pass
    return time.perf_counter() - start


def folder(path: Path, repeat: int) -> None:
    files = sorted(path.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    if not texts:
        print(f"{path}: no *.txt files")
        return
    for text in texts:  # warm caches of compiled patterns
        parse(text)
    # floor and parse passes alternate, so that both see the machine in the same state
    per_doc = [float("inf")] * len(texts)
    floors, parses = [], []
    for _ in range(repeat):
        floors.append(_floor_pass(texts))
        parses.append(_parse_pass(texts, per_doc))
    ratios = [p / f for p, f in zip(parses, floors, strict=True)]
    total, median = min(parses), statistics.median(parses)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    slowest = max(range(len(texts)), key=per_doc.__getitem__)
    print(f"{path}  ({len(texts)} documents, {megabytes:.2f} MB, {repeat} runs: best / median)")
    print(f"  documents/s      {len(texts) / total:10.1f} / {len(texts) / median:.1f}")
    print(f"  MB/s             {megabytes / total:10.2f} / {megabytes / median:.2f}")
    print(f"  median ms/doc    {1000 * statistics.median(per_doc):10.3f}   (each document's best)")
    print(f"  slowest          {1000 * per_doc[slowest]:10.3f} ms  {files[slowest].name}")
    print(f"  floor (\\w+) s    {min(floors):10.4f}   parse s {total:.4f}")
    print(f"  ratio parse/floor{min(ratios):10.1f} / {statistics.median(ratios):.1f}   (same run, alternating passes)")
    print(f"  peak RSS MB      {_peak_rss_mb():10.1f}")


SMALL_RELEASE = """Council opens new bridge over the river {i}

CITYTOWN, 12 May 2024 – The council today opened a new footbridge across the river.

"It is a proud day for everyone in the town," said Mayor Jane Smith.

Notes to editors
1. The bridge cost £2.5 million. More at www.example.gov.uk/bridge-{i}
"""


def batch(n: int, repeat: int) -> None:
    """The command over ``n`` small files, ``--jobs 1`` and ``--jobs 2`` alternately."""
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        root = Path(tmp)
        for i in range(n):
            (root / f"{i:06d}.txt").write_text(SMALL_RELEASE.format(i=i), encoding="utf-8")
        rates: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(repeat):
            for jobs in (1, 2):
                start = time.perf_counter()
                proc = subprocess.run(
                    [sys.executable, "-m", "extractor", "-q", "-j", str(jobs), str(root), "-o", str(root / "out")],
                    check=False,
                )
                elapsed = time.perf_counter() - start
                lines = sum(1 for _ in (root / "out").open(encoding="utf-8"))
                rates[jobs].append(lines / elapsed)
                print(f"batch of {n} files, --jobs {jobs}: {lines / elapsed:8.1f} records/s, exit {proc.returncode}")
        one, two = statistics.median(rates[1]), statistics.median(rates[2])
        print(
            f"batch median of {repeat}: --jobs 1 {one:.1f} records/s, --jobs 2 {two:.1f} records/s "
            f"({two / one:.2f}x); peak RSS of a process {_peak_rss_mb(resource.RUSAGE_CHILDREN):.1f} MB"
        )


def import_time(runs: int = 5) -> None:
    """Median wall time of ``import extractor`` in a fresh interpreter, bytecode cached as
    an installed package has it (in a temporary folder, whatever PYTHONDONTWRITEBYTECODE says)."""
    code = "import time; t = time.perf_counter(); import extractor; print(time.perf_counter() - t)"
    with tempfile.TemporaryDirectory(prefix="extractor-pyc-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", "import extractor"], env=env, check=True)  # writes the bytecode
        times = [
            float(
                subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            )
            for _ in range(runs)
        ]
    print(f"import extractor: median {1000 * statistics.median(times):.1f} ms over {runs} runs (bytecode cached)")


def _timed(work: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    work(text)
    return time.perf_counter() - start


def big(texts: list[str], megabytes: float, rounds: int = 2) -> None:
    """One text of ``megabytes`` MB of concatenated releases, and a quarter of it, parsed
    in alternation ``rounds`` times (the best of each kept): time ratio and peak RSS, beside
    the same ratio for the floor scan (a machine that slows down shows in both)."""
    if not texts:
        return
    unit = "\n\n".join(texts) + "\n\n"
    size = int(megabytes * 1e6)
    whole = "".join([unit] * (size // len(unit)) + [unit[: size % len(unit)]])  # one allocation
    del unit
    times: dict[str, list[float]] = {"parse 1/4": [], "parse": [], "floor 1/4": [], "floor": []}
    for _ in range(rounds):
        quarter = whole[: len(whole) // 4]
        times["floor 1/4"].append(_floor_pass([quarter]))
        times["parse 1/4"].append(_timed(parse, quarter))
        del quarter
        times["floor"].append(_floor_pass([whole]))
        times["parse"].append(_timed(parse, whole))
    t_quarter, t_whole = min(times["parse 1/4"]), min(times["parse"])
    floor_ratio = min(times["floor"]) / min(times["floor 1/4"])
    print(
        f"{megabytes / 4:.0f} MB in {t_quarter:.1f} s, {megabytes:.0f} MB in {t_whole:.1f} s (best of {rounds}): "
        f"ratio {t_whole / t_quarter:.2f} for 4x input (floor scan: {floor_ratio:.2f}); "
        f"peak RSS {_peak_rss_mb():.0f} MB, of which the text itself, as a str, {sys.getsizeof(whole) / 1e6:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement (best and median are printed)")
    ap.add_argument("--batch", type=int, default=0, metavar="N", help="also time the command over N small files")
    ap.add_argument(
        "--big",
        type=float,
        default=0,
        metavar="MB",
        help="also parse MB megabytes of concatenated releases as one text, and a quarter of it",
    )
    args = ap.parse_args(argv)
    import_time()
    samples = Path(__file__).resolve().parent.parent / "samples"
    folders = ([samples] if samples.is_dir() else []) + args.folders
    for path in folders:
        folder(path, args.repeat)
    if args.batch:  # before --big: a process forked from a big one would count its pages
        batch(args.batch, args.repeat)
    if args.big:
        big(
            [f.read_text(encoding="utf-8", errors="replace") for p in folders for f in sorted(p.glob("*.txt"))],
            args.big,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
