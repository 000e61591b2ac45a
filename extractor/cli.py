"""The ``extractor`` command: read releases, write JSON. No parsing logic lives here."""

from __future__ import annotations

import fnmatch
import gc
import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from . import FIELDS, __version__, parse
from .reading import BinaryInputError, decode

HELP = """Turn the raw text of press releases into structured JSON.

PATHS are text files, directories (every file matching --glob inside, recursively,
sorted) or - for standard input; with no PATHS, standard input is read. One input
prints one JSON document; several print JSON Lines, one object per input in input
order, each with a "source" key. An input that cannot be read (missing, binary,
undecodable) becomes a record with an "error" key and a one-line message on stderr;
the rest are still processed.

\b
Exit status: 0 every input parsed, 1 some input failed, 2 usage error.

\b
Examples:
  extractor release.txt
  cat release.txt | extractor
  extractor releases/ --jobs 0 -o out.jsonl
  extractor releases/ --fields title,quotes,urls
"""

SCHEMA_PATH = Path(__file__).with_name("schema.json")
MSG_NOT_FOUND = "no such file or directory"
MSG_NO_FILES = "directory holds no file matching {pattern}"
#: Keys every record keeps whatever --fields asks for.
ALWAYS = ("source", "error", "schema_version")
#: Records written between flushes of the output.
FLUSH_EVERY = 64
#: Chunks in flight per worker: enough to keep workers busy, few enough to keep memory flat.
WINDOW_PER_JOB = 4
#: Inputs sent to a worker at once, at most.
MAX_CHUNK = 32


def _files(root: str, pattern: str) -> list[str]:
    """Files under ``root`` whose name matches ``pattern``, at any depth, sorted.

    What ``Path(root).rglob(pattern)`` keeps of regular files (symbolic links to files
    included, linked directories not entered), read with ``os.scandir``: the type of an
    entry comes with its name, so a directory of 100,000 files costs no ``stat`` each.
    """
    if "/" in pattern or os.sep in pattern:
        return sorted(str(f) for f in Path(root).rglob(pattern) if f.is_file())
    out: list[str] = []
    todo = [str(Path(root))]
    while todo:
        with os.scandir(todo.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append(entry.path)
                elif fnmatch.fnmatchcase(entry.name, pattern) and entry.is_file():
                    out.append(entry.path)
    return sorted(out)


def _expand(paths: tuple[str, ...], pattern: str) -> Iterator[tuple[str, str | None]]:
    """Each input as (source, problem): directories expanded, an empty one reported."""
    for p in paths or ("-",):
        path = Path(p)
        if p != "-" and path.is_dir():
            files = _files(p, pattern)
            if not files:
                yield p, MSG_NO_FILES.format(pattern=pattern)
            for f in files:
                yield f, None
        else:
            yield p, None


def _error(source: str, kind: str, message: str) -> dict[str, Any]:
    return {"source": source, "error": {"type": kind, "message": message}}


def _read(source: str) -> bytes:
    return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()


def record(
    source: str, data: bytes | None, encoding: str | None, fields: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The output record of one input: its fields (with ``fields``, only the work those
    need is done), or an ``error``; never raises."""
    try:
        raw = _read(source) if data is None else data
        decoded = decode(raw, encoding)
    except FileNotFoundError:
        return _error(source, "FileNotFoundError", MSG_NOT_FOUND)
    except IsADirectoryError:
        return _error(source, "IsADirectoryError", "is a directory")
    except PermissionError:
        return _error(source, "PermissionError", "permission denied")
    except BinaryInputError as exc:
        return _error(source, "BinaryFileError", str(exc))
    except LookupError as exc:
        return _error(source, "LookupError", f"unknown encoding: {exc}")
    except OSError as exc:
        return _error(source, type(exc).__name__, exc.strerror or str(exc))
    try:
        out: dict[str, Any] = {"source": source}
        out.update(parse(decoded.text, None if fields is None else [f for f in fields if f in FIELDS]).to_dict())
    except Exception as exc:  # a bug must cost one record, not the batch
        return _error(source, "InternalError", f"{type(exc).__name__}: {exc}")
    out["encoding"] = decoded.encoding
    if decoded.defects:
        out["defects"] = [d.to_dict() for d in decoded.defects] + out.get("defects", [])
    return out


def _select(rec: dict[str, Any], fields: tuple[str, ...] | None) -> dict[str, Any]:
    if not fields or "error" in rec:
        return rec
    return {k: v for k, v in rec.items() if k in fields or k in ALWAYS}


def _line(rec: dict[str, Any], fields: tuple[str, ...] | None, pretty: bool) -> str:
    return json.dumps(_select(rec, fields), ensure_ascii=False, indent=2 if pretty else None)


Task = tuple[str, str | None, str | None, tuple[str, ...] | None, bool]


def _work(task: Task) -> tuple[str, str | None]:
    """Worker: one input to its JSON text and, when it failed, the message for stderr."""
    source, problem, encoding, fields, pretty = task
    rec = _error(source, "NoInputFiles", problem) if problem else record(source, None, encoding, fields)
    message = f"extractor: {source}: {rec['error']['message']}" if "error" in rec else None
    return _line(rec, fields, pretty), message


def _work_chunk(chunk: list[Task]) -> list[tuple[str, str | None]]:
    """Worker: a run of inputs, so that one message to and from a process carries many."""
    return [_work(task) for task in chunk]


def _results(tasks: list[Task], jobs: int) -> Iterator[tuple[str, str | None]]:
    """Results in input order; with several jobs a bounded window of chunks is in flight."""
    if jobs <= 1 or len(tasks) <= 1:
        yield from (_work(t) for t in tasks)
        return
    stdin_data = sys.stdin.buffer.read() if any(t[0] == "-" and not t[1] for t in tasks) else None
    size = max(1, min(MAX_CHUNK, len(tasks) // (jobs * WINDOW_PER_JOB)))
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(jobs) as pool:
        window: deque[Any] = deque()
        chunk: list[Task] = []

        def submit() -> None:
            if chunk:
                window.append(pool.apply_async(_work_chunk, (list(chunk),)))
                chunk.clear()

        for task in tasks:
            if task[0] == "-" and not task[1]:
                submit()
                source, _, encoding, fields, pretty = task
                rec = record(source, stdin_data, encoding, fields)
                msg = f"extractor: -: {rec['error']['message']}" if "error" in rec else None
                window.append(_Done([(_line(rec, fields, pretty), msg)]))
                continue
            chunk.append(task)
            if len(chunk) >= size:
                submit()
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield from window.popleft().get()
        submit()
        while window:
            yield from window.popleft().get()


class _Done:
    """Results computed in the main process, with the interface of an AsyncResult."""

    def __init__(self, value: list[tuple[str, str | None]]) -> None:
        self.value = value

    def get(self) -> list[tuple[str, str | None]]:
        return self.value


def _progress(items: Iterable[tuple[str, str | None]], total: int, show: bool) -> Iterator[tuple[str, str | None]]:
    """Files done, rate and ETA on stderr, redrawn at most ten times a second."""
    if not show:
        yield from items
        return
    start = last = time.monotonic()
    for done, item in enumerate(items, 1):
        yield item
        now = time.monotonic()
        if now - last >= 0.1 or done == total:
            last = now
            rate = done / max(now - start, 1e-9)
            eta = (total - done) / rate if rate else 0.0
            sys.stderr.write(f"\r{done}/{total} files  {rate:,.0f}/s  ETA {eta:,.0f}s ")
            sys.stderr.flush()
    sys.stderr.write("\n")


def _parse_fields(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    known = set(json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))["properties"])
    names = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.BadParameter(f"unknown field(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return names


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
@click.option(
    "--fields",
    callback=_parse_fields,
    metavar="NAMES",
    help="Keep only these keys, comma-separated (e.g. title,quotes,urls); only their work is done.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Parse in this many processes (0: one per core); output order is unchanged.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on stderr.")
@click.option("--schema", "show_schema", is_flag=True, help="Print the JSON Schema of the output and exit.")
@click.version_option(__version__, prog_name="extractor")
def main(
    paths: tuple[str, ...],
    output: TextIO,
    pattern: str,
    encoding: str | None,
    pretty: bool | None,
    fields: tuple[str, ...] | None,
    jobs: int,
    quiet: bool,
    show_schema: bool,
) -> None:
    if show_schema:
        output.write(SCHEMA_PATH.read_text(encoding="utf-8"))
        return
    if not paths and sys.stdin.isatty():
        raise click.UsageError("no input: give PATHS, or pipe a release in (see --help)")
    inputs = list(_expand(paths, pattern))
    many = len(inputs) > 1
    indent = pretty if pretty is not None else not many
    tasks = [(source, problem, encoding, fields, indent) for source, problem in inputs]
    jobs = jobs or os.cpu_count() or 1
    show = many and not quiet and sys.stderr.isatty()
    failed = False
    # what the imports made lives as long as the process: the garbage collector skips it,
    # and forked workers keep sharing its memory pages instead of copying them
    gc.freeze()
    try:
        for n, (text, message) in enumerate(_progress(_results(tasks, jobs), len(tasks), show), 1):
            output.write(text + "\n")
            if message:
                failed = True
                click.echo(message, err=True)
            if n % FLUSH_EVERY == 0:
                output.flush()  # records reach a pipe while the batch goes on
        output.flush()
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("extractor: interrupted", err=True)
        sys.exit(130)
    sys.exit(1 if failed else 0)
