"""The ``extractor`` command: read releases, write JSON. No parsing logic lives here."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__, parse

HELP = """Turn the raw text of press releases into structured JSON.

PATHS are text files, directories (every *.txt inside, recursively, sorted) or -
for standard input; with no PATHS, standard input is read. One input prints one
JSON document; several print JSON Lines, one object per input in input order,
each with a "source" key. An input that cannot be read becomes a record with an
"error" key and a message on stderr; the rest are still processed.

\b
Exit status: 0 every input parsed, 1 some input failed, 2 usage error.

\b
Examples:
  extractor release.txt
  cat release.txt | extractor
  extractor releases/ -o out.jsonl
"""

SCHEMA_PATH = Path(__file__).with_name("schema.json")
MSG_NOT_FOUND = "no such file or directory"
MSG_BINARY = "not a text file (binary content)"
MSG_DECODE = "cannot decode the bytes as text"


def _expand(paths: tuple[str, ...], pattern: str) -> Iterator[str]:
    for p in paths or ("-",):
        path = Path(p)
        if p != "-" and path.is_dir():
            yield from (str(f) for f in sorted(path.rglob(pattern)) if f.is_file())
        else:
            yield p


#: Control bytes that never stand in text (tab, line breaks and form feed left out).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"


def _looks_binary(data: bytes) -> bool:
    """More than one byte in twenty (of the first 64 KiB) is a control byte."""
    head = data[:65536]
    if not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL))
    return control * 20 > len(head)


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """Text and the encoding used; UTF-8 (with or without BOM) first, then cp1252."""
    if encoding:
        return data.decode(encoding), encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if _looks_binary(data):
        raise ValueError(MSG_BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _record(source: str, encoding: str | None) -> dict[str, Any]:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        text, used = _decode(data, encoding)
    except FileNotFoundError:
        return _error(source, "FileNotFoundError", MSG_NOT_FOUND)
    except IsADirectoryError:
        return _error(source, "IsADirectoryError", "is a directory")
    except PermissionError:
        return _error(source, "PermissionError", "permission denied")
    except (UnicodeDecodeError, LookupError) as exc:
        return _error(source, type(exc).__name__, f"{MSG_DECODE}: {exc}")
    except ValueError as exc:
        return _error(source, "BinaryFileError", str(exc))
    except OSError as exc:
        return _error(source, type(exc).__name__, exc.strerror or str(exc))
    record: dict[str, Any] = {"source": source}
    record.update(parse(text).to_dict())
    record["encoding"] = used
    return record


def _error(source: str, kind: str, message: str) -> dict[str, Any]:
    click.echo(f"extractor: {source}: {message}", err=True)
    return {"source": source, "error": {"type": kind, "message": message}}


def _write(out: TextIO, record: dict[str, Any], pretty: bool) -> None:
    out.write(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
    out.write("\n")


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of standard output."
)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Which files to take from a directory.")
@click.option("--encoding", default=None, help="Decode inputs with this encoding instead of detecting it.")
@click.option(
    "--pretty/--compact",
    default=None,
    help="Indent the JSON (default: pretty for one input, compact JSON Lines for several).",
)
@click.option("--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.version_option(__version__, prog_name="extractor")
def main(
    paths: tuple[str, ...], output: TextIO, pattern: str, encoding: str | None, pretty: bool | None, show_schema: bool
) -> None:
    if show_schema:
        output.write(SCHEMA_PATH.read_text(encoding="utf-8"))
        return
    sources = list(_expand(paths, pattern))
    many = len(sources) > 1
    failed = False
    for source in sources:
        record = _record(source, encoding)
        failed = failed or "error" in record
        _write(output, record, pretty if pretty is not None else not many)
    sys.exit(1 if failed else 0)
