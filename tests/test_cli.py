"""The command line: one JSON document, JSON Lines for many, errors as records, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from extractor import __version__
from extractor.cli import main

from .conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "uk_gov_notes_to_editors.txt"


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin)


def test_one_file_is_one_json_document() -> None:
    result = run(str(SAMPLE))
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["reference"] == "024/2019"
    assert doc["source"] == str(SAMPLE)
    assert doc["schema_version"] == "1"


def test_stdin_with_no_arguments_and_with_dash() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for args in ((), ("-",)):
        result = run(*args, stdin=text)
        assert result.exit_code == 0
        doc = json.loads(result.output)
        assert doc["source"] == "-"
        assert doc["title"].startswith("Inspectors find rural bus services")


def test_many_files_are_json_lines_in_input_order() -> None:
    paths = sorted(SAMPLES.glob("*.txt"))[:3]
    result = run(*(str(p) for p in reversed(paths)))
    assert result.exit_code == 0
    lines = result.output.strip().split("\n")
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in reversed(paths)]


def test_directory_expands_to_its_text_files() -> None:
    result = run(str(SAMPLES))
    lines = result.output.strip().split("\n")
    assert len(lines) == len(list(SAMPLES.glob("*.txt")))


def test_missing_file_is_an_error_record_and_exit_1() -> None:
    result = run(str(SAMPLE), "no/such/file.txt")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.strip().split("\n")]
    assert records[0]["title"]
    assert records[1]["error"]["type"] == "FileNotFoundError"
    assert "no/such/file.txt" in result.stderr
    assert "Traceback" not in result.output


def test_binary_file_is_an_error_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 20)
    result = run(str(blob))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "BinaryFileError"


def test_cp1252_quotes_decode_to_typographic_marks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.txt"
    path.write_bytes(b"Title of the release here\n\nJane Smith said: \x93We are very pleased with this.\x94\n")
    doc = json.loads(run(str(path)).output)
    assert doc["encoding"] == "cp1252"
    assert doc["quotes"][0]["text"] == "We are very pleased with this."


def test_help_and_version() -> None:
    assert "JSON Lines" in run("--help").output
    assert __version__ in run("--version").output


def test_unknown_option_is_a_usage_error() -> None:
    assert run("--no-such-option").exit_code == 2


def test_real_subprocess_python_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", str(SAMPLE)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["notes"][0]["number"] == 1
