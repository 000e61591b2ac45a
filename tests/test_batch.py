"""Batches: every input comes out as a record, in order, whatever the bytes."""

from __future__ import annotations

import codecs
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import parse
from extractor.cli import _progress, main
from extractor.reading import decode

from .conftest import ROOT, SAMPLES

RELEASE = "Council opens new bridge over the river\n\nThe Mayor said: “It is a proud day for all of us here.”\n"


def run(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin)


def records(output: str) -> list[dict]:  # type: ignore[type-arg]
    try:
        return [json.loads(output)]  # one input: one (pretty) document
    except json.JSONDecodeError:
        return [json.loads(line) for line in output.strip().split("\n") if line]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RELEASE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), "utf-8-sig"),
        (RELEASE.encode("utf-16"), "utf-16"),
        (RELEASE.encode("utf-32"), "utf-32"),
        (RELEASE.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_give_the_same_fields(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert parse(decoded.text).quotes[0].text == "It is a proud day for all of us here."


def test_latin1_only_bytes_decode() -> None:
    data = "Café owners welcome the new bridge plan\n\nThe plan was approved.".encode("latin-1") + b"\x81"
    assert "Café" in decode(data).text


def test_stray_byte_in_utf8_is_replaced_and_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stray.txt"
    path.write_bytes(RELEASE.encode("utf-8").replace(b"proud", b"pr\xffoud"))
    (rec,) = records(run(str(path)).output)
    assert rec["encoding"] == "utf-8"
    assert rec["defects"][0]["kind"] == "decode"
    assert rec["quotes"]


def test_encoding_option_overrides_detection(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_bytes(RELEASE.encode("cp1252"))
    (rec,) = records(run("--encoding", "latin-1", str(path)).output)
    assert rec["encoding"] == "latin-1"


def test_unknown_encoding_is_an_error_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")
    result = run("--encoding", "no-such-codec", str(path))
    assert result.exit_code == 1 and records(result.stdout)[0]["error"]["type"] == "LookupError"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_give_the_same_fields(newline: str) -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        a, b = parse(text).to_dict(), parse(text.replace("\n", newline)).to_dict()
        for key in ("reference", "title", "date", "dateline"):
            assert a[key] == b[key], (path.name, key)
        for key, field in (("quotes", "text"), ("notes", "text"), ("urls", "text"), ("speakers", "name")):
            assert [x[field] for x in a[key]] == [x[field] for x in b[key]], (path.name, key)


def test_nul_bytes_do_not_crash() -> None:
    text = RELEASE.replace("bridge", "bri\x00dge") + "\x00" * 5
    parse(text).to_json()
    result = run("-", stdin=text.encode())
    assert result.exit_code == 0 and records(result.stdout)[0]["title"]


def test_jobs_give_the_same_output_in_the_same_order() -> None:
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))] + ["missing.txt"]
    one, two = run("--jobs", "1", *paths), run("--jobs", "2", *paths)
    assert one.stdout == two.stdout
    assert [r["source"] for r in records(two.stdout)] == paths
    assert one.exit_code == two.exit_code == 1


def test_fields_keep_only_the_keys_asked_for() -> None:
    (rec,) = records(run("--fields", "title,urls", str(SAMPLES / "eu_agency_ip.txt")).stdout)
    assert set(rec) == {"source", "schema_version", "title", "urls"}


def test_fields_asked_for_have_the_values_of_a_full_run() -> None:
    path = str(SAMPLES / "newswire_about_contact.txt")
    (full,) = records(run(path).stdout)
    (some,) = records(run("--fields", "source,encoding,phones,contacts,quotes", path).stdout)
    assert some == {k: full[k] for k in ("source", "encoding", "schema_version", "phones", "contacts", "quotes")}


def test_unknown_field_is_a_usage_error() -> None:
    result = run("--fields", "title,nonsense", str(SAMPLES / "eu_agency_ip.txt"))
    assert result.exit_code == 2 and "nonsense" in result.output


def test_glob_and_output_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.release").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.release").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(str(tmp_path), "--glob", "*.release", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert [r["source"].rsplit("/", 1)[-1] for r in records(out.read_text())] == ["a.release", "b.release"]


def test_directory_with_no_matching_file_is_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run(str(tmp_path), str(SAMPLES / "eu_agency_ip.txt"))
    recs = records(result.stdout)
    assert recs[0]["error"]["type"] == "NoInputFiles" and recs[1]["title"]
    assert result.exit_code == 1


def test_compact_and_pretty() -> None:
    assert "\n" not in run("--compact", str(SAMPLES / "eu_agency_ip.txt")).stdout.strip()
    assert run("--pretty", str(SAMPLES / "eu_agency_ip.txt"), str(SAMPLES / "un_statement.txt")).stdout.count("\n") > 20


def test_progress_goes_to_stderr_only(capsys) -> None:  # type: ignore[no-untyped-def]
    items = [("{}", None)] * 3
    assert list(_progress(iter(items), 3, True)) == items
    captured = capsys.readouterr()
    assert captured.out == "" and "3/3 files" in captured.err


def test_no_progress_when_quiet_or_not_a_terminal() -> None:
    result = run("--quiet", str(SAMPLES / "eu_agency_ip.txt"), str(SAMPLES / "un_statement.txt"))
    assert "files" not in result.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_random_bytes_through_the_cli(data: bytes) -> None:
    result = run("-", stdin=data)
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.output
    rec = json.loads(result.stdout)
    assert rec["source"] == "-" and ("error" in rec or "title" in rec)


def test_subprocess_batch_with_jobs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for i in range(6):
        (tmp_path / f"{i:02d}.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "--jobs", "2", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 1
    recs = [json.loads(line) for line in io.StringIO(proc.stdout)]
    assert len(recs) == 7 and recs[-1]["error"]["type"] == "BinaryFileError"
    assert proc.stderr.count("\n") == 1 and "bad.txt" in proc.stderr


def test_stdin_among_files_keeps_its_place_with_jobs() -> None:
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))[:4]]
    args = [*paths[:2], "-", *paths[2:]]
    one = run("--jobs", "1", *args, stdin=RELEASE.encode())
    two = run("--jobs", "2", *args, stdin=RELEASE.encode())
    assert one.stdout == two.stdout
    assert [r["source"] for r in records(two.stdout)] == args


def test_directory_listing_takes_what_rglob_takes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from extractor.cli import _files

    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    for name in ("z.txt", "a/1.txt", "b/deep/2.txt", "b/3.TXT", ".hidden.txt", "b/notes.md", "a/x.txt.bak"):
        (tmp_path / name).write_text("Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "a" / "linked.txt").symlink_to(tmp_path / "z.txt")
    (tmp_path / "a" / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "b")
    (tmp_path / "dir.txt").mkdir()
    for pattern in ("*.txt", "*", "[0-9].txt", "*.md"):
        expected = sorted(str(f) for f in Path(tmp_path).rglob(pattern) if f.is_file())
        assert _files(str(tmp_path), pattern) == expected, pattern
        assert _files(str(tmp_path) + "/", pattern) == expected, pattern
