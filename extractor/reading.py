"""Bytes to text: encodings detected, binary refused, stray bytes replaced and reported.

The order of tests: a byte-order mark (UTF-8, UTF-16, UTF-32); binary content (more
than one byte in twelve a control byte); strict UTF-8; UTF-8 with a few stray bytes
when the rest holds real multi-byte characters (the bytes are replaced and reported);
then cp1252 (whose 0x93/0x94 are “ ”) or latin-1 when that reads as Western text;
otherwise the single-byte encoding that ``charset-normalizer`` finds.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .models import Defect

#: Control bytes that never stand in text (tab, line breaks and form feed left out).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"
#: Binary when more than one byte in this many is a control byte.
BINARY_SHARE = 12
#: Of the first bytes, how many are read to tell text from binary.
SNIFF_BYTES = 65536
#: UTF-8 with at most this share of bad bytes (and real multi-byte characters) is UTF-8.
STRAY_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class BinaryInputError(ValueError):
    """The bytes are not text."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    defects: tuple[Defect, ...] = ()


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    control = len(head) - len(head.translate(None, _CONTROL))
    return control * BINARY_SHARE > len(head)


def _plausibly_western(text: str) -> bool:
    """Every non-ASCII character is a Latin letter, a sign or typographic punctuation."""
    return all(
        ch.isascii() or "\u0080" <= ch <= "\u024f" or "\u2010" <= ch <= "\u20bf" or ch in "\u02c6\u02dc" for ch in text
    )


def _replaced(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    defects = (Defect("decode", f"{bad} undecodable byte(s) replaced with U+FFFD"),) if bad else ()
    return Decoded(text, encoding, defects)


def _single_byte(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # the optional detector is not installed
        return "cp1252"
    best = from_bytes(data[:SNIFF_BYTES]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return "cp1252"
    return str(best.encoding)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode the bytes of one input; raise :class:`BinaryInputError` for binary content."""
    if encoding:
        return _replaced(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _replaced(data, name)
    if looks_binary(data):
        raise BinaryInputError("not a text file (binary content)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    multibyte = sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= max(1, len(data) * STRAY_SHARE):
        return _replaced(data, "utf-8")
    try:
        western, western_name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        western, western_name = data.decode("latin-1"), "latin-1"
    if _plausibly_western(western):
        return Decoded(western, western_name)
    name = _single_byte(data)
    try:
        return Decoded(data.decode(name), name)
    except (UnicodeDecodeError, LookupError):
        return Decoded(western, western_name)
