"""The development corpus printed another way must read the same.

Each release of ``../shared/corpus/dev`` is changed in a way that leaves its meaning alone
(line breaks, spaces, dashes, a speech verb, a heading's wording) and scored against the
same gold files. A layout that the parser reads by accident, not by rule, shows up here
as a drop. Changes that lose information a reader would use (hard wrapping, blank lines
taken out) have a floor instead. Runs only where the corpus exists.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
import regex

from extractor import parse

from .conftest import CORPUS

DEV = CORPUS / "dev"

pytestmark = pytest.mark.skipif(
    not (DEV.is_dir() and (CORPUS / "score.py").exists()), reason="development corpus not present"
)

Change = Callable[[str], str]


def _front_matter(text: str) -> tuple[str, str]:
    """The text cut after an archive's ``---`` front matter block: (block, rest)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return "", text
    end = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    head = "\n".join(lines[:end])
    return (head + "\n", text[len(head) + 1 :]) if end else ("", text)


def _body_lines(change_line: Callable[[str], str]) -> Change:
    """A change made to every line after the front matter."""

    def change(text: str) -> str:
        head, body = _front_matter(text)
        return head + "\n".join(change_line(line) for line in body.split("\n"))

    return change


def _no_break_spaces(text: str) -> str:
    # every seventh space between two words becomes U+00A0, as ``&nbsp;`` in scraped pages
    return regex.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if m.start() % 7 == 0 else " ", text)


def _wrap(width: int) -> Change:
    def wrap(line: str) -> str:
        return "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) or line

    return _body_lines(wrap)


#: Page furniture of a scraped page, above the release and below it.
_PAGE_TOP = (
    "Skip to main content\n\nCookies on this site\nWe use essential cookies to make this site work.\n"
    "Accept all cookies    Reject all cookies\n\nMenu\nSearch\n\n"
)
_PAGE_BOTTOM = "\n\nShare this page\n\nFacebook\nTwitter\nEmail\n\nBack to top\n\nIs this page useful?\nYes  No\n"


def _in_a_page(text: str) -> str:
    head, body = _front_matter(text)
    return head + _PAGE_TOP + body.rstrip("\n") + _PAGE_BOTTOM


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

#: Changes after which every field must score what it scores on the corpus as printed.
SAME: dict[str, Change] = {
    "CRLF line breaks": lambda t: t.replace("\n", "\r\n"),
    "CR line breaks": lambda t: t.replace("\n", "\r"),
    "no-break spaces": _no_break_spaces,
    "trailing spaces": _body_lines(lambda line: line + "  " if line.strip() else line),
    "indented lines": _body_lines(lambda line: " " + line if line.strip() else line),
    "tab-indented lines": _body_lines(lambda line: "\t" + line if line.strip() else line),
    "ASCII dashes": lambda t: t.replace("–", "-").replace("—", "--"),
    "'says' for 'said'": lambda t: regex.sub(r"\bsaid\b", "says", t),
    "'added' for 'said'": lambda t: regex.sub(r"\bsaid\b", "added", t),
    "'Editor's notes:' heading": lambda t: regex.sub(
        r"(?im)^(\W*)notes? (?:to|for) editors?:?", r"\1Editor's notes:", t
    ),
    "hyphen bullets": lambda t: t.replace("•", "-"),
    "dates as 'May 12, 2011'": lambda t: regex.sub(rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b", r"\2 \1, \3", t),
    "dates as '12 May 2011'": lambda t: regex.sub(rf"\b({_MONTHS}) (\d{{1,2}}), (\d{{4}})\b", r"\2 \1 \3", t),
    "'commented' for 'said'": lambda t: regex.sub(r"\bsaid\b", "commented", t),
    # the verb's object before a colon: ``X told reporters:`` hands over as ``X said:`` does
    "'told reporters' for 'said' before a colon": lambda t: regex.sub(r"\bsaid:", "told reporters:", t),
    "a page's furniture above and below": _in_a_page,
    "months in capitals": lambda t: regex.sub(
        rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b", lambda m: f"{m[1]} {m[2].upper()} {m[3]}", t
    ),
}


def _one_break(text: str) -> str:
    """Blank lines taken out: paragraphs apart by one line break (front matter kept)."""
    head, body = _front_matter(text)
    return head + regex.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", body)


#: Changes that take away some of what a reader uses, with the core macro F1 they must keep.
FLOORS: dict[str, tuple[Change, float]] = {
    "hard-wrapped at 72, no blank lines": (_wrap(72), 0.972),
    "one line break between paragraphs": (_one_break, 0.99),
    "a blank line after every line": (lambda t: regex.sub(r"(?<!\n)\n(?!\n)", "\n\n", t), 0.98),
    # British style: speech in single marks, where an apostrophe looks like a closing mark
    "speech in single marks": (lambda t: t.replace("“", "‘").replace("”", "’"), 0.98),
    # a page whose line breaks were all lost (its header, story and notes on one line)
    "every line break lost": (lambda t: _front_matter(t)[0] + regex.sub(r"\s*\n\s*", " ", _front_matter(t)[1]), 0.70),
}


@cache
def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    sys.modules["corpus_score"] = score
    spec.loader.exec_module(score)
    return score


@cache
def _corpus() -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple(
        (txt.read_text(encoding="utf-8"), json.loads(txt.with_suffix(".json").read_text(encoding="utf-8")))
        for txt in sorted(DEV.glob("*.txt"))
    )


def _headline(change: Callable[[str, str], str]) -> Callable[[str, dict[str, Any]], str]:
    """A change made to the headline where the release prints it (as its gold file has it)."""

    def changed(text: str, gold: dict[str, Any]) -> str:
        title = gold.get("title") or ""
        at = text.find(title) if title else -1
        if at < 0:
            return text
        line_start = text.rfind("\n", 0, at) + 1
        if text[line_start:at].strip():
            return text  # the headline shares its line: leave it
        return text[:line_start] + change(text[line_start : at + len(title)], title) + text[at + len(title) :]

    return changed


#: Changes to the headline alone, with the title F1 they must keep.
HEADLINES: dict[str, tuple[Callable[[str, dict[str, Any]], str], float]] = {
    "a markdown heading": (_headline(lambda printed, title: "# " + printed), 0.98),
    "in bold": (_headline(lambda printed, title: printed.replace(title, f"**{title}**")), 0.98),
    "after a 'Headline:' label": (_headline(lambda printed, title: "Headline: " + printed), 0.96),
    "in capitals": (_headline(lambda printed, title: printed.upper()), 0.96),
    "in title case": (
        _headline(lambda printed, title: regex.sub(r"(?<![\w’'])\w", lambda m: m[0].upper(), printed)),
        0.98,
    ),
}


def _f1(change: Callable[[str, dict[str, Any]], str]) -> dict[str, float]:
    """Each field's F1 on the corpus after ``change`` (of a text and its gold file), and the
    core macro F1 as ``core``."""
    score = _score_module()
    tallies = {f: score.Tally() for f in score.CORE + score.EXTENDED}
    for text, gold in _corpus():
        pred = json.loads(json.dumps(parse(change(text, gold)).to_dict()))
        score.score_doc(gold, pred, tallies, {"quotes": []})
    f1 = {f: round(t.prf()[2], 4) for f, t in tallies.items()}
    f1["core"] = round(sum(f1[f] for f in score.CORE) / len(score.CORE), 4)
    return f1


@cache
def _as_printed() -> dict[str, float]:
    return _f1(lambda text, gold: text)


@pytest.mark.parametrize("name", list(SAME))
def test_a_change_of_layout_alone_changes_no_score(name: str) -> None:
    change = SAME[name]
    changed, printed = _f1(lambda text, gold: change(text)), _as_printed()
    moved = {f: (printed[f], changed[f]) for f in printed if changed[f] != printed[f]}
    assert not moved, f"{name}: fields whose F1 moved (as printed, changed): {moved}"


@pytest.mark.parametrize("name", list(FLOORS))
def test_a_layout_with_less_to_go_on_keeps_its_floor(name: str) -> None:
    change, floor = FLOORS[name]
    assert _f1(lambda text, gold: change(text))["core"] >= floor


@pytest.mark.parametrize("name", list(HEADLINES))
def test_a_headline_printed_another_way_is_still_found(name: str) -> None:
    change, floor = HEADLINES[name]
    assert _f1(change)["title"] >= floor


#: Names to give the corpus's speakers: capitals outside ASCII, apostrophes, hyphens, short
#: surnames. Invented; any name of these shapes must read as a name does.
_FIRST_NAMES = ("Siobhán", "Zoë", "Chinedu", "Mei-Ling", "Björn", "Åsa", "Tomás", "Anne-Marie", "Oluwaseun", "Ewa")
_SURNAMES = ("O’Connor", "McAllister", "Øvergaard", "Al-Hassan", "Ng", "Šimková", "D'Souza", "Ó Briain", "Smith-Jones")
_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "the"})


def _renamed(text: str, gold: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The text and its gold file with each two-word speaker's name replaced, consistently:
    the full name, the surname alone, and a short first name before the surname (``Chris``
    for ``Christopher``)."""
    mapping: dict[str, str] = {}
    named = [s.get("name") for s in gold.get("speakers", [])] + [q.get("speaker") for q in gold.get("quotes", [])]
    for name in named:
        words = [w for w in (name or "").split() if w.lower().strip(".") not in _NAME_HONORIFICS]
        if len(words) != 2 or not name[:1].isupper():
            continue
        first, last = words
        firsts = [n for n in _FIRST_NAMES if n not in mapping.values()]
        lasts = [n for n in _SURNAMES if n not in mapping.values()]
        mapping.setdefault(first, firsts[len(mapping) % len(firsts)])
        mapping.setdefault(last, lasts[len(mapping) % len(lasts)])
    if not mapping:
        return text, gold
    surnames = "|".join(regex.escape(k) for k, v in mapping.items() if v in _SURNAMES)
    for m in regex.finditer(rf"\b(\p{{Lu}}\p{{Ll}}{{2,}})\s+(?:{surnames})\b", text):
        short = m.group(1)
        full = next((k for k, v in mapping.items() if v in _FIRST_NAMES and k.startswith(short)), None)
        if full and short != full:
            mapping[short] = mapping[full]
    words = regex.compile(
        r"(?<![\w’'-])(" + "|".join(map(regex.escape, sorted(mapping, key=len, reverse=True))) + r")(?![\w-])"
    )

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            return words.sub(lambda m: mapping[m.group(1)], value)
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    return swap(text), swap(gold)


def test_speakers_with_names_of_other_shapes_are_read_alike() -> None:
    """Every speaker renamed (``Siobhán Øvergaard``, ``Zoë Ó Briain``): quotes, their
    speakers and the speaker list score what they score as printed."""
    score = _score_module()
    tallies = {f: score.Tally() for f in score.CORE + score.EXTENDED}
    for text, gold in _corpus():
        renamed, renamed_gold = _renamed(text, gold)
        pred = json.loads(json.dumps(parse(renamed).to_dict()))
        score.score_doc(renamed_gold, pred, tallies, {"quotes": []})
    printed = _as_printed()
    for field in ("quotes", "quote_speaker", "speakers"):
        assert round(tallies[field].prf()[2], 4) == printed[field], field
