"""The benchmark command runs and prints its figures (no timing is asserted)."""

from __future__ import annotations

from extractor.bench import folder

from .conftest import SAMPLES


def test_bench_prints_figures_for_a_folder(capsys) -> None:  # type: ignore[no-untyped-def]
    folder(SAMPLES, repeat=1)
    out = capsys.readouterr().out
    for label in ("documents/s", "MB/s", "median ms/doc", "slowest", "ratio parse/floor", "peak RSS MB"):
        assert label in out


def test_bench_runs_the_command_on_a_small_batch(capsys) -> None:  # type: ignore[no-untyped-def]
    from extractor.bench import batch

    batch(4, repeat=1)
    out = capsys.readouterr().out
    assert "--jobs 1" in out and "--jobs 2" in out and "exit 0" in out and "batch median of 1" in out
