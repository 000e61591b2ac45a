"""Every regular expression of the parser, named, commented and compiled once.

Each pattern carries its own examples in :data:`EXAMPLES`: strings it must find
and strings it must not, run by ``tests/test_patterns.py``. Patterns are written for
linear time: no nested unbounded quantifiers, and bounded repeats where a run of
words or characters is matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Protocol, cast

import regex

from . import vocab as V


def _serial(method: Any, name: str) -> Any:
    """``method`` of a compiled ``regex`` pattern, called with ``concurrent=False``.

    By default ``regex`` releases the GIL around every match so that other threads may
    run; on a parser's short matches that costs about as much as the matching itself (a
    ``\\w+`` scan of a release runs twice as fast without it). The parser runs in one
    thread per process, so it keeps the GIL. The flag is passed by position: a keyword
    costs an argument-parsing pass per call. Each method's own positions:
    ``match(string, pos, endpos, concurrent)``, ``finditer(string, pos, endpos,
    overlapped, concurrent)``, ``sub(repl, string, count, pos, endpos, concurrent)``,
    ``split(string, maxsplit, concurrent)``.
    """
    if name in ("match", "search", "fullmatch"):

        def one(string: str, pos: int | None = None, endpos: int | None = None) -> Any:
            return method(string, pos, endpos, False)

        return one
    if name in ("finditer", "findall"):

        def many(string: str, pos: int | None = None, endpos: int | None = None) -> Any:
            return method(string, pos, endpos, False, False)

        return many
    if name in ("sub", "subn"):

        def replace(repl: Any, string: str, count: int = 0) -> Any:
            return method(repl, string, count, None, None, False)

        return replace
    if name == "split":

        def split(string: str, maxsplit: int = 0) -> Any:
            return method(string, maxsplit, False)

        return split
    return method


class _Lazy:
    """A pattern compiled on first use, so that importing the package stays fast.

    Each method is looked up once and kept on the instance; after that a call costs what
    a call on the compiled pattern costs. Matching methods of a ``regex`` pattern keep the
    GIL (see :func:`_serial`).
    """

    def __init__(self, pattern: str, flags: int, engine: Any = regex) -> None:
        self._args = (pattern, flags)
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._engine.compile(*self._args), name)
        if self._engine is regex:
            attr = _serial(attr, name)
        setattr(self, name, attr)
        return attr


def _compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))


#: Inline letters of the flags a classifier's parts may carry.
_FLAG_LETTERS = ((regex.IGNORECASE, "i"), (regex.VERBOSE, "x"), (regex.DOTALL, "s"))


def _classifier(**parts: regex.Pattern[str]) -> regex.Pattern[str]:
    """One named alternation of patterns defined on their own, each keeping its flags:
    a line is classified by one call (``m.lastgroup`` names the part that matched)."""
    alternatives = []
    for name, part in parts.items():
        pattern, flags = cast(_Lazy, part)._args
        letters = "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)
        alternatives.append(f"(?P<{name}>(?{letters}:{pattern}))" if letters else f"(?P<{name}>{pattern})")
    return _compile("|".join(alternatives))


class _Pattern(Protocol):
    def match(self, text: str, pos: int = ..., endpos: int = ...) -> regex.Match[str] | None: ...
    def search(self, text: str, pos: int = ..., endpos: int = ...) -> regex.Match[str] | None: ...
    def finditer(self, text: str, pos: int = ..., endpos: int = ...) -> Iterator[regex.Match[str]]: ...


class Keyed:
    """A pattern tried only when the text holds its key word, in any case.

    A pattern that must look along a whole line for one word (``.*\\bcookies?\\b``) costs
    ten times what the rest of a line classifier costs; a ``str`` test for the word first
    costs next to nothing.
    """

    def __init__(self, key: str, pattern: regex.Pattern[str]) -> None:
        self.key = key
        self.pattern = pattern

    def _has_key(self, text: str, pos: int, endpos: int | None) -> bool:
        return self.key in text[pos:endpos].lower()

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.match(text, pos, end) if self._has_key(text, pos, endpos) else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.pattern.search(text, pos, end) if self._has_key(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        end = len(text) if endpos is None else endpos
        return self.pattern.finditer(text, pos, end) if self._has_key(text, pos, endpos) else iter(())


class AnyOf:
    """Several patterns read as one alternation, tried in order.

    ``regex`` skips to a literal lead with a fast string search, so a pattern that starts
    with ``@`` or ``://`` scans a long text some forty times faster than one that starts
    with a character class or an alternation of words, which is tried at every position.
    A hint over the whole text is therefore written as a few literal-led patterns; their
    matches come out merged in text order (they may overlap). ``match`` gives the first
    pattern's match at the position, as an alternation would.
    """

    def __init__(self, *patterns: regex.Pattern[str] | Keyed) -> None:
        self.patterns: tuple[_Pattern, ...] = patterns

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        for p in self.patterns:
            m = p.match(text, pos, end)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        end = len(text) if endpos is None else endpos
        found = [m for p in self.patterns for m in p.finditer(text, pos, end)]
        found.sort(key=_start)  # stable: at one offset the earlier pattern comes first
        return iter(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = [m for p in self.patterns if (m := p.search(text, pos, end)) is not None]
        return min(found, key=_start) if found else None


def _start(m: regex.Match[str]) -> int:
    return m.start()


_X = regex.VERBOSE
#: A capital and a small letter in any script: names and places are not all ASCII
#: (``Šefčovič``, ``Ó Briain``, ``Øvergaard``, ``Montréal``, ``ZÜRICH``).
_UP = r"\p{Lu}"
_LOW = r"\p{Ll}"
_LETTER = r"\p{L}"
_XI = regex.VERBOSE | regex.IGNORECASE
#: A capitalised word, apostrophes and hyphens in it (``O’Neill``, ``Lake-Region``), and a
#: run of them (``Ports``, ``Harbour Works``).
_CAP_WORD = rf"{_UP}[\w’'\-]*"
_CAP_RUN = rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*"
#: The rest of a list of capitalised names after its first comma: ``Ports and Harbours``,
#: ``Ageing & Sport``.
_LIST_REST = rf"{_CAP_RUN}\s+(?:and|&)\s+{_CAP_RUN}"


def _alt(words: tuple[str, ...] | frozenset[str]) -> str:
    """An alternation of literal words, longest first so that prefixes do not win."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# --- lines and paragraphs -------------------------------------------------------------

#: A run of digits: the lines that hold one are the only ones read for dates and phones.
DIGIT_RUN = _compile(r"\d+")

#: One line and its break; ``body`` is the line without the break (LF, CRLF or CR).
LINE = _compile(r"(?P<body>[^\r\n]*)(?:\r\n|\r|\n|$)")

#: ``key: value`` in YAML front matter (quotes around the value dropped; a quoted value may
#: hold quotation marks of its own: ``title: "Speech entitled "Vietnam""``).
#: A person among an archive's creators, surname first: ``  - "Roe, Jane"``, ``  - "Roe,
#: Jane, (Chief of Staff)"`` (a body has no comma: ``  - "Lakeview Party"``).
FRONT_MATTER_PERSON = _compile(r'^[ \t]+-[ \t]+"?(?P<surname>[^",]+),[ \t]*(?P<given>[^",(]+)')
FRONT_MATTER_FIELD = _compile(
    r'^(?P<key>[A-Za-z_][\w-]{0,40}):[ \t\xa0]*(?|"(?P<value>[^\r\n]*)"|(?P<value>[^"\r\n]*?))[ \t\xa0]*$'
)


#: A line that starts in lower case: it continues the sentence of the line before.
LOWER_START = _compile(r"^\s*[a-z]")

#: An item lettered or numbered in lower case at the start of a line: ``a)``, ``b.``,
#: ``(c)`` is not lower case, ``iv)``; the letter stands alone before its mark and a space.
LETTER_ITEM = _compile(r"(?<![\w.])(?:[a-h]|(?:i{1,3}|iv|v|vi{1,3}|ix|x))[.)][ \t\xa0]+\S")
#: A list item at the start of a line: a bullet or a number.
LIST_ITEM = _compile(r"^\s*(?:[•·▪●◦\-*–]\s+|o\s+(?=[A-Z])|\(?\d{1,2}[.)]\s+)")

# --- quotation marks -----------------------------------------------------------------

#: Any quotation mark, typographic or straight, its literal escape (``\u201c``) as left
#: behind by scrapers that stored a Python repr, or its HTML entity (``&ldquo;``, ``&quot;``);
#: two straight single marks stand for a double one, as a typewriter closed a quote
#: (``… Detention Centre,'' Senator Roe said``).
#: A double mark that is an inch sign, after feet and inches: ``5’9”``, ``6'1"`` (tall).
INCH_MARK = _compile(r"(?<=\d[’'′]\d{1,2})[”\"″]")
QUOTE_MARK = _compile(
    r"""''|\\u201[89cd]|[“”„‟\"«»‘’‚‛']
    |&(?i:[lr][ds]quo|quot|apos|\#(?:822[01]|821[67]|34|39|x201[89cd]));""",
    regex.VERBOSE,  # case-blind only in the entities: the whole pattern so runs three times slower
)


# --- attribution of quotes -------------------------------------------------------------


#: One character of a name phrase: anything but sentence punctuation and quote marks, or
#: an abbreviation whose full stop does not end the sentence (``U.S.``, ``Dr.``, ``Jr.``),
#: or an OCR speck read as a full stop, spaced on both sides before a word in lower case
#: (``the plain counts of  x  .  harbour works``).
#: A line break is one: the rules read phrases within a paragraph, and a hard-wrapped
#: paragraph breaks its lines anywhere (``director of the`` / ``Transport Trust``).
#: Honorifics and ranks whose full stop a name follows: ``Dr. Ann Okafor``.
_HONORIFIC_ABBREVIATION = r"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Lt|Hon|Rev|Gen|Atty|Sgt|Capt|Cllr|Det|Insp|Supt)"
#: Abbreviations whose full stop ends no sentence inside a name or a phrase (OCR may print
#: it twice: ``Mr.. Okafor``): the honorifics, suffixes and a body's ``Inc.``.
_ABBREVIATION = rf"(?:{_HONORIFIC_ABBREVIATION}|Jr|Sr|St|Inc|Ltd|Co|Ph|Esq)"
_PHRASE_CHAR = rf"(?:\b{_UP}\.|\b{_ABBREVIATION}\.\.?(?!\.)|(?<=\s)\.(?=[ \t]+\p{{Ll}})|[^.;:!?\"“”])"
#: A capitalised word whose full stop ends a sentence (not an initial or an abbreviation):
#: a run of name words stops there (``… and joined Northwind. Harris has``).
SENTENCE_END_WORD = _compile(rf"^(?!{_ABBREVIATION}\.$|(?:{_UP}\.)+$)[\w’'\-]{{2,}}\.$")


_VERB = _alt(V.SPEECH_VERBS)
#: A statement handed over as a whole: ``released the following statement``.
_STATEMENT = (
    rf"(?:{_alt(V.STATEMENT_VERBS)})\s+(?:the\s+following|this|a|an)\s+"
    r"(?:joint\s+)?(?:statement|comment|remarks?|telegram|message|letter)"
)
#: A name: capitalised words, initials, particles (``de``, ``van``), ``O’Neill``, ``Jr.``.
#: A particle inside a name, in lower case: ``de``, ``van``, ``von der`` (``Ursula von der Leyen``).
_PARTICLE = r"(?:de|van|von|der|den|da|das|dos|del|della|di|du|la|le|ter|ten|bin|al)"
_NAME_WORD = rf"(?:(?:{_UP}\.){{2,}}|{_UP}[\w’'\-]*\.?|{_PARTICLE}(?=(?:\s+{_PARTICLE})?\s+{_UP}))"
#: (a gap of three spaces or more parts two runs: see WIDE_GAP)
_NAME = rf"(?:{_NAME_WORD})(?:[ \t\xa0]{{1,2}}{_NAME_WORD}){{0,6}}"
#: Where a run of name words may start: not inside a word or an abbreviation (the ``S.``
#: of ``U.S.`` starts no name).
_NAME_START = r"(?<![\w.’'\-])"

#: After a closing mark: ``, said Jane Smith, Minister for X.`` / ``said the authors``.
SAID_WHO = _compile(
    rf"""^\s*[,.;:!?]{{0,2}}\s*(?:[-–—]\s*)?
    (?P<verb>{_VERB})\s+
    (?P<who>{_PHRASE_CHAR}{{1,200}})""",
    _X,
)

#: After a quote left open by a comma, a name and no verb, as a reporter may write it:
#: ``“…,” Assistant State Attorney Jane Roe in her closing argument.``
NAME_WITHOUT_VERB = _compile(
    rf"^[ \t\xa0]*(?P<who>{_NAME})(?=[ \t\xa0]+(?:during|at|in|on|before|after|from)\b|[ \t\xa0]*[.;](?:\s|$))"
)

#: After a closing mark, all that stands before a speech verb: ``, Jane Smith`` (said.),
#: ``," he`` (added.), ``, the Minister`` (said). The verb is found first, word by word
#: by set look-up, and this is matched to the text before it: one pass, where a pattern
#: ending in the verb alternation would try every verb after every character.
WHO_BEFORE_VERB = _compile(
    rf"""[\s,.;:!?]{{0,3}}(?:[-–—]\s*)?
    (?P<who>{_PHRASE_CHAR}{{1,120}}?)\s+""",
    _X,
)

#: A post going on after its first words, which end a run of capitalised words: ``&`` or
#: ``and`` another post, ``of`` or ``at`` its body or ``for`` its portfolio, all capitalised
#: (``Jane Roe Founder`` ``& CEO of …``, ``Tom Ashby President`` ``of the Rowing Club``,
#: ``Jane Roe Minister`` ``for Ports``; not ``Chief`` ``of the county``).
POST_GOES_ON = _compile(r"[ \t\xa0]*(?:(?:&|and)[ \t\xa0]+|(?:of|at|for)[ \t\xa0]+(?:the[ \t\xa0]+)?)\p{Lu}")

#: Spaces and then a capital, as a sentence starts: `` The``.
SPACED_CAPITAL = _compile(r"[ \t\xa0]{1,3}\p{Lu}")

#: A pull quote signed with a dash: ``” – Professor Ann Lee, Research Fellow``.
DASH_WHO = _compile(rf"^\s*[-–—]\s*(?P<who>{_NAME}(?:,[^\n\"“”]{{0,160}})?)\s*$")

#: ``put it``, a speech verb's phrase: ``As Jane Roe put it so well last week, “…”``.
PUT_IT = _compile(r"put\s+it\b")

#: The hand-over of a whole statement: ``released the following statement``. The clause
#: rules find a verb first (speech verbs by set look-up, word by word) and test what
#: follows it with an anchored tail pattern, so that no pattern scans the clause for both
#: ends at once (linear time).
STATEMENT_PHRASE = _compile(rf"\b(?P<verb>{_STATEMENT})\b")
#: A statement handed over as what follows, whose colon may be lost (a typescript's line
#: breaks before the quote): ``sent the following telegram to the Minister``.
FOLLOWING_STATEMENT = _compile(
    rf"\b(?:{_alt(V.STATEMENT_VERBS)})\s+the\s+following\s+(?:joint\s+)?(?:statement|comment|remarks?|telegram|message|letter)\b"
)
#: A word in lower case: speech verbs are looked up in a set, word by word.
LOWER_WORD = _compile(r"\b[a-z]+\b")
#: A sentence end with no space after it, as scrapers leave them: ``summer.Mayor``.
GLUED_STOP = _compile(rf"(?<=[{_LOW}\d]{{2}})[.!?;](?=[{_UP}“\"])|[!?;]\s")
#: What may follow the verb up to an opening mark: ``said: “``, ``announced that … “``.
CLAUSE_TAIL = _compile(rf"(?:{_PHRASE_CHAR})*+[\s:,.\-–—*_]*")  # (``says:_“`` in markdown italics)
#: What may follow the verb of a paragraph that hands over to the next: ``said:``, a few
#: words then a colon (``told reporters:``, ``said in a statement:``, ``added at the
#: launch:``); ``said?`` is the colon as OCR reads it (a question never ends on its speech
#: verb). ``released the following statement after the vote:`` is :data:`STATEMENT_TAIL`'s.
HANDOVER_TAIL = _compile(r"(?:\s*\?|(?:[ \t\xa0\n]+[^\s.;:!?“”\"]+){0,6}[ \t\xa0]*:)[\s*_]*")
STATEMENT_TAIL = _compile(rf"(?:\s+(?:{_PHRASE_CHAR})*+)?(?:\s*[:.]|(?<=[-–—]))\s*")
#: What follows the verb of a sentence that reports what a person said, to its full stop:
#: ``commented that she was unhappy with the reply.``, ``said the works had been hard.``
REPORTED_TAIL = _compile(rf"\s+(?:that\s)?(?:{_PHRASE_CHAR})*+\.\s*")
#: ... or the attribution that ends a sentence of reported speech, with at most a time
#: after the verb: ``…, Senator Jane Roe said today.``
REPORTED_END_TAIL = _compile(
    r"(?:[ \t\xa0]+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+\p{Lu}\p{Ll}+day))?\.\s*"
)
#: A sentence that opens with its speech verb, the speaker after it and the quote at its
#: end: ``Said Jane Smith, Managing Director, "We are …``.
SAID_FIRST = _compile(
    rf"^\s*(?:Said|Says|Added|Adds|Commented|Explained|Noted)\s+(?P<who>(?={_UP}){_PHRASE_CHAR}{{1,200}}?)[\s,:]*$"
)
#: After a closing mark: ``,” according to a statement from Mayor Jane Smith.``
ACCORDING_TO_AFTER = _compile(
    r"^[\s,]*(?:according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[^.;:!?\"“”]{1,160})", regex.IGNORECASE
)
ACCORDING_TO = _compile(
    r"\b(?:according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[^,.:;\"“”\n]{1,120})[,:]?\s*$", regex.IGNORECASE
)

#: What follows a verb that introduces the next quote rather than closing this one (a
#: closing mark misprinted for the opening one too: ``emphasised: ”It is …``).
INTRODUCES_QUOTE = _compile(r"\s*+[:,]?\s*+(?:[“”„«\"‘']|\\u201[8cd])")

#: Words that introduce the title of a work, not a quotation: ``the project entitled “…”``,
#: ``Maritime Security Notice (2-08) on ‘…’``, ``a hearing titled “…”``.
TITLE_INTRO = _compile(
    r"""\b(?:entitled|titled|headlined|named|dubbed|known\s+as
      |(?:report|paper|study|book|film|programme|program|notice|guide|project|hearing|series|campaign|strategy)
       (?:\s+\(\S{1,20}\))?\s+(?:on|about|called))\s*[:,]?\s*$
      # an event's or a work's name set off after its noun: ``the public workshop, “…,”``
      |\b(?:webinar|conference|seminar|workshop|summit|forum|symposium|exhibition|report|study|campaign
       |podcast|documentary)\s*,\s*$""",
    _XI,
)

#: A passive attribution: ``is described by the lead researcher as “``.
BY_WHO = _compile(
    rf"\b(?:described|called|hailed|labell?ed|termed|branded|praised|welcomed)\s+by\s+(?P<who>{_PHRASE_CHAR}{{1,80}}?)"
    r"\s+as\s*$",
    regex.IGNORECASE,
)

#: A label of capitalised words and a colon before a quote, as a transcript of a hearing
#: names its speakers: ``Senator Okafor: ``, ``Deputy Commissioner Jane Roe: ``.
_SPEAKER_LABEL = r"[ \t]*(?P<who>\p{Lu}[\w.’'\-]*(?:[ \t]+\p{Lu}[\w.’'\-]*){0,5})[ \t]*:[ \t]*"
SPEAKER_LABEL = _compile(_SPEAKER_LABEL)
#: ... or a name, a comma and a post in capitals, its small words in lower case: ``Jane Roe,
#: President of the Harbour Trust: ``.
SPEAKER_LABEL_WITH_POST = _compile(
    r"[ \t]*(?P<who>\p{Lu}[\w.’'\-]*(?:[ \t]+\p{Lu}[\w.’'\-]*){0,4},[ \t]+\p{Lu}[\w.’'\-]*"
    r"(?:[ \t]+(?:\p{Lu}[\w.’'\-]*|of|the|for|and|&|on|at)){0,8})[ \t]*:[ \t]*"
)
#: A line that opens with a speaker's label and the quote's mark: ``Senator Okafor: “…``.
LABELLED_QUOTE_LINE = _compile(_SPEAKER_LABEL + r"[“\"]")
#: A day's number in a date: one or two digits on their own (``17`` in ``April 17, 2012``,
#: ``05`` in ``2024-05-12``; not in ``January 2025``).
DAY_NUMBER = _compile(r"(?<!\d)\d{1,2}(?!\d)")
#: A spokesperson printed with an article and no name or body, words in lower case only
#: before the noun: ``a council spokesman``, ``a spokeswoman`` (not ``a Harbour
#: Board spokesman``, whose body speaks).
UNNAMED_SPOKESPERSON = _compile(r"^[Aa]n?\s+(?:\p{Ll}[\w\-]*\s+){0,2}spokes(?:man|woman|person)$")
#: Any person printed with an indefinite article and words in lower case only: ``a ferry
#: captain``, ``one witness`` (the description is the speaker, as printed).
UNNAMED_PERSON = _compile(r"^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\w\-]*\s+){0,2}\p{Ll}[\w\-]*$")
#: ``the government`` at the end of a longer subject: ``Even though the government``.
TRAILING_THE_NOUN = _compile(r"\bthe\s+[\w\-’']+(?:\s+[\w\-’']+){0,2}$", regex.IGNORECASE)

#: An auxiliary verb left at the end of a subject: ``the SEC has`` (cautioned).
TRAILING_AUXILIARY = _compile(r"\s+(?:has|have|had|is|was|were|are|will|would|also|has\s+also)$", regex.I)
#: An auxiliary verb anywhere: a phrase with one is a clause, not a name (``Members … have agreed``).
AUXILIARY = _compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might)\b")
#: A name token that does not count towards a name's length: an initial, a particle, a suffix.
MINOR_NAME_TOKEN = _compile(
    rf"^(?:{_UP}\.?|{_UP}\.{_UP}\.(?:{_UP}\.)?|{_PARTICLE}|De|Van|"
    r"Jr\.?|Sr\.?|II|III|IV)$"
)

#: A script left inline in a scraped page's text, from its first statement to the ``});``
#: before the story goes on with a capital: ``if (!window.Ads){(function(){var s =
#: …}}); In the second half …``. Its quotation marks are code, not speech.
INLINE_SCRIPT = _compile(
    r"(?:\bif\s*\(\s*!?\s*window\.|\(function\s*\(|\bvar\s+\w+\s*=|\bdocument\.(?:write|createElement)\()"
    r"[^\n]{0,4000}?\}\s*\)\s*;?(?=\s+[\p{Lu}“\"]|\s*$)"
)
#: A publishing system's time stamp on a line of its own, the first one the release's
#: (the next, the last change): ``2025-03-26 15:19:46``. Read only when no date is printed
#: in the header.
#: A page's label for its own date, on a line of its own above it: ``Published``, ``Posted on``.
PAGE_DATE_LABEL = _compile(r"^[ \t]*(?i:published|posted)(?:[ \t]+on)?[ \t]*:?[ \t]*$")
PUBLISHED_STAMP = _compile(
    r"(?:^|(?<=[\r\n]))[ \t]*(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)[ T]\d\d:\d\d(?::\d\d)?[ \t]*(?=[\r\n]|$)"
)
#: Reported speech, as a story's first sentence has it: ``said to-day that``, ``announced
#: yesterday that``.
REPORTS_SPEECH = _compile(r"\b(?:said|says|stated|announced|told\s+\w+)\s+(?:(?:to-?day|yesterday|on\s+\w+)\s+)?that\b")
#: A sentence typed in capitals that reports speech after a subject of ten characters or
#: more, over short lines: ``THE MINISTER FOR ROADS, SENATOR`` / ``JANE ROE, SAID TODAY THAT``.
#: Anchored where it is matched (no ``^``: it is matched from a line's start).
REPORTS_SPEECH_CAPS = _compile(
    r"(?P<subject>[^\p{Ll}]{10,160}?)\b(?:SAID|SAYS|STATED|ANNOUNCED|TOLD\s+[^\p{Ll}\s]+)\s+"
    r"(?:(?:TO-?DAY|YESTERDAY|ON\s+[^\p{Ll}\s]+)\s+)?THAT\b"
)
#: Quotation marks that stand apart at a line's end, OCR specks rather than a quote's close:
#: ``… we will not drop a single one '  ’``.
DETACHED_MARKS = _compile(r"(?:\s+['’\"”]+)+$")
#: A name's initial: ``A.``, ``J``.
INITIAL = _compile(rf"^{_UP}\.?$")
#: An initialism with full stops: ``L.L.P.``, ``A.C.T.`` (two letters at least).
INITIALISM = _compile(r"(?<![\w.])(?:\p{Lu}\.){2,}")
#: A body's or a post's initials printed before a name: ``LCDA Okafor``, ``NIH
#: Director``. Three letters at least: two may be a person's initials (``TJ Smith``).
TITLE_INITIALS = _compile(r"^[A-Z]{3,6}$")
#: A run of capitalised name words inside an attribution.
NAME_RUN = _compile(rf"{_NAME_START}{_NAME}")
#: A body's name, which may hold small words between its capitalised ones:
#: ``Department for Education``, ``Food and Drug Administration``, ``Bank of England``.
_BODY_WORD = rf"{_UP}[\w’'\-&.]*"
_BODY_JOIN = r"[ \t\xa0]+(?:(?:of|for|and|&|on|the)[ \t\xa0]+)*"
BODY_NAME = _compile(rf"(?:(?:A|An|The)[ \t\xa0]+)?(?P<name>{_BODY_WORD}(?:{_BODY_JOIN}{_BODY_WORD})*)")
#: What follows a role noun when the name comes after it: its portfolio, if any, and a
#: comma (``Minister for Roads and Ports, `` + ``Tom Ashby``); the portfolio may be a list
#: (``Minister for Roads, Ports and Harbours, `` + ``Tom Ashby``).
ROLE_THEN_NAME = _compile(rf"(?:\s+(?:for|of)\s+[^,.;:()]{{1,80}}?(?:,\s+{_LIST_REST})?)?,\s+")
#: A word right before a post that makes it another post: ``Prime`` Minister, ``Deputy``
#: Premier, ``Shadow`` Minister (not ``Federal`` or ``Foreign``: the same minister).
POST_QUALIFIER = _compile(r"(?<![\w’'])(?:Prime|Deputy|Shadow|Vice|Chief|First|Junior)[ \t\xa0]+$")
#: What stands between a name and the role noun printed after it: ``Jane Roe, the `` +
#: ``Minister for Health``; ``name`` is the run of name words before the comma.
NAME_THEN_ROLE = _compile(
    rf"{_NAME_START}(?P<name>{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{1,4}}),[ \t\xa0]+(?:the[ \t\xa0]+)?$"
)
#: The ``s`` of a plural of initials, which a headline in capitals prints in lower case:
#: ``MPs``, ``NGOs``.
PLURAL_INITIALS = _compile(r"(?<=\b\p{Lu}{2,6})s\b")
#: A body's name (as :data:`BODY_NAME` reads one) right before a bracket, two capitalised
#: words at least: ``the Lakeland Chamber of Roads and Ports`` (LKSH). Not a possessive
#: (``Acme Corporation’s (ACMY)``: a ticker).
NAME_BEFORE_BRACKET = _compile(
    rf"(?<![\w’'&.\-])(?P<name>{_BODY_WORD}(?:{_BODY_JOIN}{_BODY_WORD})+)(?<![’']s)[ \t\xa0]*$"
)
#: The speech verbs of an attribution after a quote whose close OCR misread (see the two
#: patterns below).
_OCR_SAID = r"(?:said|says|added|adds|stated|explained|commented|concluded)\b"
#: A closing guillemet right after a word at a line's end: OCR's reading of a full stop
#: (``… local problems»``), not a quote's close, which follows its punctuation.
GUILLEMET_STOP = _compile(r"(?<=\p{L})»[ \t]*(?=[\r\n]|$)")
#: A closing mark at a paragraph's end with an OCR speck read as a numeral after it:
#: ``… the bridge,’  1``.
TRAILING_NUMERAL_SPECK = _compile(r"['’][ \t]+\d{1,2}$")
#: A single closing mark after a clause's end, and its attribution after it, OCR specks
#: aside: ``… on the bridge,’  1  Mr Ashby said.`` (the double close misread).
MISREAD_CLOSE_SAID = _compile(
    r"(?<=[,.!?])['’](?=[ \t\d*]{0,8}\s*(?:(?:\p{Lu}[\w.’'\-]*[ \t]+){1,4}|(?:he|she)[ \t]+)"
    rf"{_OCR_SAID})"
)
#: A closing double mark that OCR read as a capital glued to a comma, its attribution
#: after it to the paragraph's end: ``… a bad one,M Senator Jane Roe, spokesperson on
#: harbours, said today.``
OCR_LETTER_CLOSE_SAID = _compile(
    rf"(?<=\p{{Ll}},)\p{{Lu}}(?=[ \t]+\p{{Lu}}[^\"“”]{{0,160}}?\b{_OCR_SAID}"
    r"[^\"“”.]{0,30}\.?\s*$)"
)
#: A closing mark and the comma before it that OCR lost, the attribution glued to the
#: quote's last word and running to the paragraph's end (OCR specks aside): ``… when the
#: plan is finishedShadow Roads Minister Jane Roe said. .``
GLUED_CLOSE_SAID = _compile(
    rf"(?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}}+[ \t]+\p{{Lu}}[^\"“”]{{0,160}}?\b{_OCR_SAID}[^\"“”.]{{0,30}}[\s.]*$)"
)
#: Two words a scraper glued together, a lower-case run of four letters or more before a
#: capital: ``StepsJane``, ``OnwardWith`` (not ``McKenzie``, ``MacKellar``, ``DeAndre``).
GLUED_WORDS = _compile(r"\p{Ll}{4}\p{Lu}")
#: OCR's specks in a typescript's margin before a paragraph's first mark: one to three
#: characters alone, not the words ``A`` or ``I`` (``i  J "An independent panel …``).
MARGIN_SPECKS = _compile(r"[ \t]*(?:[^\sAIa][ \t]+){1,3}")
#: OCR's specks around a headline in a typescript, each alone: a mark that opens nothing
#: or a lone letter in lower case (``â   ·  HARBOUR CRANES SOLD ·``); a headline's
#: first word is never one (``A``, ``I``, ``1``, an opening quote mark or bracket are words).
_TITLE_SPECK_MARK = r"[^\w\s\"“‘'(\[$£€#@&*_%]"
TITLE_SPECKS_BEFORE = _compile(rf"^(?:(?:{_TITLE_SPECK_MARK}|(?!a\b)\p{{Ll}})[ \t]+){{1,3}}(?=[\"“‘']?\p{{Lu}})")
TITLE_SPECKS_AFTER = _compile(rf"(?<![ \t])(?:[ \t]++{_TITLE_SPECK_MARK}){{1,3}}$")
#: The word in lower case one space before a run (searched with ``endpos``): when it is a
#: word no sentence ends on, a sentence leads into the run (``… an insight into the``); a
#: wider gap parts a kicker from its headline (``Pay or park  New fees for …``).
SENTENCE_GOES_ON = _compile(r"(?<!\w)(?P<word>\p{Ll}+)[ \xa0]\Z")
#: A quoted item beside another in a list: ``ranked “berth fees,” “opening hours,” and
#: “the queue at the quay” first`` — the close of the item before (``,”`` + ``and``) ends right
#: before the item's opening mark, or the item after opens right after its close.
LISTED_BEFORE = _compile(r"[”\"’'][,;]?[ \t\xa0]+(?:(?:and|or)[ \t\xa0]+)?$")
LISTED_AFTER = _compile(r"\G[,;]?[ \t\xa0]+(?:(?:and|or)[ \t\xa0]+)?[“\"‘]")
#: What follows a quote's close at the end of its paragraph when the attribution goes on in
#: the next (a typescript's lines a blank line apart): a comma, or a comma and the verb,
#: a typist's capital included: ``…in one year", Said`` / ``Mr Jim Roe, the Shadow …``.
ATTRIBUTION_CUT = _compile(r"[,;:]?[ \t\xa0]*(?i:said|says|added|stated)?")
#: After a speech verb of intent (``V.INTENT_VERBS``), an infinitive: no speech is reported
#: (``promises to bring``, ``vowed to fight``), so the subject before it said nothing quoted.
VERB_TO_INFINITIVE = _compile(r"[ \t\xa0]+to[ \t\xa0]+\p{Ll}")
#: A quote's closing mark: the text after the last one is the narration since that quote.
LAST_CLOSE_MARK = _compile(r"[”\"](?=[\s,.;:!?]|$)")
#: A speech verb in capitals right after a quote's close and its comma: ``…”, Said X``.
CAPITAL_SAID = _compile(r"^[ \t\xa0]*[,;:][ \t\xa0]*(?:Said|Says|Added|Stated)\b")
#: ``call for``: a demand, not speech (``The board's silence calls for a 'full account'``).
CALLS_FOR = _compile(r"call(?:s|ed|ing)?\s+for\b", regex.IGNORECASE)
#: A word OCR or a wrong decoding garbled: a UTF-8 character read as two Latin-1 ones
#: (``Â£``, ``Ã¢``), a digit between letters (``ku7RT``), a bracket inside a word (``P(PORTS``).
GARBLED_WORD = _compile(r"[ÃÂ][\u0080-\u00bf]|\p{Ll}\d\p{L}|\p{L}[(\[{]\p{L}")
#: A closing double mark that OCR lost, the comma before it kept and a name's attribution
#: after it to the paragraph's end: ``"Having seen the plans, I approved them, Okafor said.``
LOST_CLOSE_SAID = _compile(rf"(?<=\p{{Ll}}),(?=[ \t]+{_NAME}[ \t]+{_OCR_SAID}[.!]?[ \t]*$)")
#: A run of at least two capitalised name words: candidates for full names.
NAME_RUN_2 = _compile(rf"{_NAME_START}{_NAME_WORD}(?:[ \t\xa0]{{1,2}}{_NAME_WORD}){{1,6}}")
#: A run of capitalised words as the subject of a speech verb: ``Amnesty International said
#: today`` (read for the body that ``the organization`` stands for).
SUBJECT_SAID = _compile(rf"{_NAME_START}(?P<who>{_NAME})[ \t\xa0]+(?:{_VERB})\b")


#: One line break, not a paragraph's blank line: where hard-wrapped text breaks a name.
LONE_LINE_BREAK = _compile(r"(?<![\r\n])(?:\r\n|\n|\r)(?![\r\n])")

#: A noun for a group of people that speaks as one: ``police``, ``residents``, ``detectives``.
_GROUP_NOUN = "(?i:" + "|".join(sorted(V.GROUP_NOUNS)) + ")"
#: A group that opens its sentence as its subject, a verb in lower case after it: ``Family
#: members left the court …``, ``The residents left …`` (who ``they`` are in ``“…,” they said``).
GROUP_SUBJECT = _compile(
    r"(?:^|(?<=[.!?][\"”’]?[ \t\xa0\n]{1,4}))(?P<group>(?:(?i:the)[ \t\xa0]+)?(?:\p{L}+[ \t\xa0]+)?"
    rf"{_GROUP_NOUN})(?=[ \t\xa0]+\p{{Ll}})"
)

#: A group named by what it is doing, the whole attribution before a speech verb:
#: ``Detectives leading the inquiry into …``, ``Officers investigating the crash`` (the
#: group speaks, not a person the phrase names after it).
GROUP_DOING = _compile(
    rf"^(?P<group>(?:(?i:the)[ \t\xa0]+)?{_GROUP_NOUN})[ \t\xa0]+\p{{Ll}}+ing\b"
)

#: A pronoun or a role standing for the last speaker: ``he``, ``the Minister``.
PRONOUN = _compile(r"^(?:he|she|they|we|i)$", regex.IGNORECASE)

# --- notes to editors --------------------------------------------------------------------

#: A notes heading at the start of a paragraph, optionally after an end marker on the same
#: line (``Ends NOTES TO EDITORS``) or OCR junk; ``rest`` is any text run into the heading.
NOTES_HEADING = _compile(
    r"""^(?:\#{1,6}[ \t]*)?(?:[*_]{1,3})?  # a markdown heading, in bold: ``### **Background**``
    (?:\S{1,2}\s+)??(?:(?:\[?ends\]?|-+\s*ends\s*-+)\s+)?\(?  # (or a note in brackets: ``(NOTE: …)``)
    (?P<heading>
        (?:(?:a\s+)?notes?|(?:(?:further|additional|background)\s+)?information)\s+(?:to|for)\s+(?:the\s+|news\s+)?editors?
      | editors?['’]?s?\s+notes?
      | for\s+(?:the\s+)?editors?
      | (?P<weak>notes?|background(?:\s+notes?|\s+information)?)
    )(?!\w)(?:[*_]{1,3})?
    \s*(?P<colon>[:?.])?(?:[*_]{1,3})?[ \t\xa0]*(?P<rest>.*)$""",
    _XI | regex.DOTALL,
)

#: A strong notes heading inside a flattened page's one paragraph, before its first note:
#: ``… on 0161 496 0000. Notes to editors 1. The …``, ``… website Notes to editors The …``.
_STRONG_NOTES = r"(?:(?:a\s+)?notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)"
NOTES_HEADING_RUN_IN = _compile(rf"(?<!\w)(?i:{_STRONG_NOTES})[ \t\xa0]*:?[ \t\xa0]+(?=\(?1[.)][ \t\xa0]|{_UP})")
#: Page furniture run into a flattened page's last words: ``… /press Back to top Cookies``.
FURNITURE_RUN_IN = _compile(
    r"[ \t\xa0]+(?:back\s+to\s+top|scroll\s+to\s+top|share\s+this\s+(?:page|article|story)"
    r"|skip\s+to\s+(?:main\s+)?content|cookies\s+on\s+this\s+(?:site|website)|is\s+this\s+page\s+useful)\b",
    regex.IGNORECASE,
)
#: A numbered note: ``1.`` ``1)`` ``(1)`` ``1 -`` (not ``1.5`` or ``2014``).
NOTE_NUMBER = _compile(r"^\s*(?:\((?P<n>\d{1,2})\)|(?P<n>\d{1,2})(?:[.)]|\s+[-–]))(?!\d)\s*")
#: A note's number with no stop or bracket, before a capital: ``1 The bridge cost £4m.`` (read
#: only as the list's next number: ``20 People came`` opens no note 20).
NOTE_NUMBER_BARE = _compile(r"^\s*(?P<n>\d{1,2})[ \t]+(?=\p{Lu})")
#: The next note's number run into the note before it, as flattened pages print a list:
#: ``1. The bridge cost £4m. 2. It was designed …`` (after a sentence's end, before a capital).
_NOTE_NUMBER_BEFORE_CAPITAL = rf"(?P<n>\d{{1,2}})[.)][ \t\xa0]+(?=[{_UP}“\"‘(])"
NOTE_NUMBER_RUN_IN = _compile(rf"(?<=[.!?:;”\"’)][ \t\xa0]{{1,3}}){_NOTE_NUMBER_BEFORE_CAPITAL}")
#: In a flattened page, where a list's line ends are lost with their full stops: after any word.
NOTE_NUMBER_RUN_IN_FLAT = _compile(rf"(?<=[\w.!?:;”\"’)][ \t\xa0]{{1,3}}){_NOTE_NUMBER_BEFORE_CAPITAL}")

#: A bullet at the start of a line inside a note.
BULLET = _compile(r"^\s*(?:[•·▪●◦*\-–]|o(?=\s+[A-Z]))\s+")

#: The end of a sentence inside a line: a full stop before white space and a capital; not
#: the full stop of an honorific or an initial before a name (``Dr. Ann``, ``J. Roe``).
SENTENCE_BREAK = _compile(rf"(?:(?<!(?<![\w.]){_HONORIFIC_ABBREVIATION}|(?<![\w.])\p{{Lu}})\.|[!?])(?=\s+{_UP})")

#: Three spaces or more before a capital inside a paragraph: where a wire that runs its
#: paragraphs and subheadings together into one set them apart (``… the quay.   A Century
#: on the Water   Ms Jane Roe said: …``).
WIDE_GAP = _compile(rf"(?<![ \t\xa0])[ \t\xa0]{{3,}}+(?={_UP})")  # (from a run's start: read once)
#: The same gap at the end of a text.
WIDE_GAP_END = _compile(r"[ \t\xa0]{3,}$")

#: Markers that end the release proper: ``ENDS``, ``-ends-``, ``###``, ``-30-``.
END_MARKER = _compile(r"^\s*(?:\[?ends\]?|-+\s*ends?\s*-+|\#{3,}|-\s*30\s*-|\*{3,})\s*$", regex.IGNORECASE)
#: ``###`` glued to the end of the last paragraph (``... said.###``).
TRAILING_END_MARKER = _compile(r"(?<!\#)\#{3,}+\s*+$")  # (from a run's start: read once)

#: A heading that opens a media-contact block, also glued to the name after it as
#: scrapers leave it (``Contact DetailsAcme Ltd``).
#: A contact's label inside a letterhead's line, a name after it: ``FOR IMMEDIATE RELEASE
#: Contact: Jane Roe`` (a PDF's two columns on one line).
CONTACT_IN_LINE = _compile(r"(?<=\S[ \t\xa0]{1,40})(?:Media[ \t]+)?Contacts?:[ \t\xa0]*\p{Lu}")
CONTACT_HEADING = _compile(
    r"""^\s*(?:\**)(?:media\s+contacts?|press\s+contacts?|contacts?(?:\s+(?:information|details))?
      |for\s+(?:further|more)\s+(?:information|details)|further\s+information|media\s+enquiries
      |press\s+office|media\s+relations|author\s+contacts?|investor\s+contacts?|press\s+enquiries
      |media\s+inquiries|for\s+media\s+(?:inquiries|enquiries)|notes?\s+to\s+media)
    (?:\b|(?-i:(?<=[a-z])(?=[A-Z])))""",
    _XI,
)

#: Labels of page footers and related-content blocks that close the release proper.
FOOTER_LABEL = _compile(
    r"""^\s*(?:topic\(s\)|component\(s\)|press\s+release\s+number|updated\s+\w+\s+\d|latest\s+(?:posts|news)
      |recent\s+posts|related\s+(?:posts|news|content|links|stories)|see\s+also|tags?\s*:|categor(?:y|ies)\s*:
      |original/source|\[original|the\s+post\s+.{1,200}\s+appeared\s+first\s+on\b)""",
    _XI,
)

#: An e-mail address a page hid from scrapers, its placeholder left in the text:
#: ``[email protected]``.
HIDDEN_EMAIL = _compile(r"\[email(?:[ \t\xa0]|&\#160;|&nbsp;){1,3}protected\]", regex.IGNORECASE)

#: A sign of a phone number in a short paragraph: ``+44``, ``(202)``, ``029 2082``, ``Tel``.
PHONE_HINT = _compile(
    r"""(?<![\w/.\-])(?:\+\d[\d\s().\-]{7,}|\(\d{2,5}\)\s?\d|\d{2,5}[\s.\-]\d{3,4}[\s.\-]\d{3,4}(?![\w/\-])
      |(?:tel|phone|mob|mobile|fax|office|cell)\s*[.:]?\s*[+(\d])""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: An ``About X`` boilerplate heading: a short line, or ``About X`` glued to its text.
ABOUT_HEADING = _compile(
    r"^\s*(?:\#{1,6}\s*)?\**(?i:about)\s+(?:the\s+|THE\s+|The\s+)?(?:\p{Lu}|\d+[A-Za-z])[^\n]{0,80}$"
)
#: ``About X`` run into its boilerplate, as flattened wire copy prints it: ``About Acme Acme
#: is …``, ``About AcmeAcme is …`` (the name said twice), also with the company's tagline
#: after a dash between: ``About Acme – Cranes with "eyes"Acme is …``.
ABOUT_RUN_IN = _compile(
    rf"^\W*About\s+(?P<name>{_UP}[\w&.\-]{{0,40}}?(?:\s+{_UP}[\w&.\-]{{0,40}}?){{0,4}})"
    r"(?:[ \t\xa0]+[–—-][ \t\xa0]+[^\n]{1,120}?)?\s*(?P=name)\b"
)
#: A legal tail that is never body nor notes.
DISCLAIMER_HEADING = _compile(
    r"^\s*\**(?:disclaimer|forward[- ]looking\s+statements?|cautionary\s+(?:note|statement)|safe\s+harbor|notice)\b",
    regex.IGNORECASE,
)

#: What ends the release proper, by kind, read once per paragraph: the kind is the name
#: of the alternative that matched (``m.lastgroup``). Unconditional kinds come first; the
#: section rule tests the length of a ``contact`` or ``about`` heading.
RELEASE_END = _classifier(
    end=END_MARKER,
    disclaimer=DISCLAIMER_HEADING,
    about_run_in=ABOUT_RUN_IN,
    footer=FOOTER_LABEL,
    contact=CONTACT_HEADING,
    about=ABOUT_HEADING,
)

# --- URLs ----------------------------------------------------------------------------

_TLD = _alt(V.TLDS)
#: A web address: with a scheme, starting ``www.``, or a bare domain followed by a path.
#: Balanced parentheses may stand inside (``PIIS2213-2600(16)30179-5``); it ends at white
#: space, a quote mark, an angle bracket, or a closing bracket it did not open.
URL = _compile(
    rf"""(?P<url>
        (?:(?:https?|ftp)://|www\d{{0,3}}\.)
        (?:[^\s<>"“”‘’\[\]()]|\([^\s()<>]{{0,200}}\))++
        # protocol-relative, as a page's image or tracker: ``//track.example.com/view/1``
      | (?<![\w:/])//(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,62}})\.){{1,6}}(?:{_TLD})
        /(?:[^\s<>"“”‘’\[\]()]|\([^\s()<>]{{0,200}}\))*+
      | (?<![\w@.\-/])(?![A-Za-z0-9\-]*www\.)
        (?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,62}})\.){{1,6}}(?:{_TLD})
        (?P<path>/(?:[^\s<>"“”‘’\[\]()]|\([^\s()<>]{{0,200}}\))*+)?
        (?![\w@\-])
    )""",
    _XI,
)
#: A sign of an address inside a token: a scheme, ``www.``, or a known top-level domain
#: (three literal-led patterns, see :class:`AnyOf`).
URL_HINT = AnyOf(
    _compile(r"://"),
    _compile(r"www\d{0,3}\.", regex.IGNORECASE),
    _compile(rf"\.(?:{_TLD})(?![A-Za-z0-9\-])", regex.IGNORECASE),
)
#: Punctuation that closes a sentence, not the address.
URL_TRAILING = _compile(r"(?:[.,;:!?)\]}'’\"”*_>]|\.[A-Z][a-z]{1,20})+$")
#: Words that present a bare domain as an address: ``visit example.org``.
URL_INVITE = _compile(
    r"""(?:\b(?:visit|website|go\s+to|log\s+on\s*to|available\s+(?:at|on)|found\s+at|online\s+at|news\s+at
      |information\s+at|details\s+at|more\s+at|apply\s+at|register\s+at|keep\s+up\s+with|follow\s+(?:us|along)
      |learn\s+more|find\s+out\s+more)\b
      (?:[^.!?\n]|\.(?=\w)){0,80}  # (a dot inside an address before: ``visit a.com and b.com``)
      |\b(?:site|online|web|see|at:))[\s:(]{0,4}$""",
    regex.IGNORECASE | regex.VERBOSE,
)

# --- reference numbers ---------------------------------------------------------------

_REF_VALUE = r"(?P<ref>(?:[A-Z]{1,5}(?:[ \t\xa0]{1,2}|[/\-])?)?\d[\w]*(?:[/\-.][\w]+){0,4})"

#: A labelled release number: ``Press Release Number: 18-123``, ``Ref: PR 45/2019``,
#: ``Press Notice 2007/0012``, ``AI Index: ASA 14/031/2004``, ``P. M. No. 51/1966``,
#: ``(Release ID: 2111234)``; the number may stand up to five line breaks below its label
#: (a scraped page's label and value cells).
REFERENCE_LABELLED = _compile(
    rf"""(?:^|(?<=[\s(\[]))
    (?:press\s+release\s+(?:number|no\.?|\#)|release\s+(?:number|no\.?|\#|id)|news\s+release\s+(?:number|no\.?)
      |press\s+notice(?:\s+(?:number|no\.?))?|media\s+release\s+(?:number|no\.?)|ref(?:erence)?(?:\s+no\.?)?
      |ai\s+index|(?:[a-z]\.\s{{0,2}}){{2,3}}no\.?(?=[ \t]*\.?[ \t]*\d{{1,5}}/\d)|pr\s+no\.?|statement\s+no\.?)
    [ \t\xa0]*[:.\#]?[ \t\xa0]*(?:(?:\r\n?|\n)[ \t\xa0]*){{0,5}}
    {_REF_VALUE}""",
    _XI,
)
#: The word of a release-number label that scans fast (see :class:`AnyOf`); the label may
#: start one word earlier (``Press`` Release Number, ``AI`` Index). Of the initials before
#: ``No.`` only those printed (``P.M.``, ``P.R.``, ``M.R.``) are looked for: a hint that
#: opens with any letter would be tried at every letter.
REFERENCE_LABEL_HINT = AnyOf(
    *(
        _compile(word, regex.IGNORECASE)
        for word in (
            r"release",
            r"notice",
            r"ref",
            r"index",
            r"[pm]\.\s{0,2}[mr]\.\s{0,2}no",
            r"pr\s+no",
            r"statement\s+no",
        )
    )
)
#: A number printed after a release label in the header: ``PRESS RELEASE 19-045``, at a
#: line's start or after a letterhead's wide gap (``June 4, 2001    MEDIA RELEASE    01/245``),
#: OCR's space after the slash allowed.
REFERENCE_AFTER_LABEL = _compile(
    r"(?:^\W*+|(?<=[ \t\xa0]{2}))(?:(?:press|news|media)\s+(?:release|notice|statement)|communiqu[eé])\s*[:#]?\s*"
    r"(?P<ref>(?:[A-Z]{1,4}[ \t\xa0/\-]?)?\d{1,5}[/\-][ \t\xa0]?\d{1,5}(?:[/\-]\d{1,5})?)(?![\w/])",
    regex.IGNORECASE,
)
#: ``#019/2011`` at the start of the title line.
REFERENCE_HASH = _compile(r"^\s*\#(?P<ref>\d{1,5}/\d{2,4})\b")
#: EU and UN style identifiers: ``IP/11/1234``, ``MEMO/11/22``, ``STATEMENT/24/1234``,
#: ``SG/SM/12345``, ``PR/2024/123``.
REFERENCE_SLASHED = _compile(r"(?<![\w/])(?P<ref>(?:[A-Z]{2,9}/){1,2}(?:\d{2}(?:\d{2})?/)?\d{2,6})(?![\w/])")
#: A release number printed beside the date in a ministerial header: ``31/79``,
#: ``PR 91/208``, ``MIN 37/96``, ``AA412/2008``, ``M003/05``, ``No. 31/79``; with no
#: year, only after ``PR`` (press release) or a ``No.`` label: ``PR 27``, ``NO . PRA 23``; an
#: office's letters, the year's two digits and a serial of three, spaced, as a foreign
#: ministry numbered them: ``FA 05 113``; a serial of three digits and the year's two after
#: a dot, as a minister's office numbered them: ``041.07`` (a time has two digits at most
#: before its dot: ``10.30``); an office's letter and a serial after a slash, as a
#: minister's typescript numbered them under ``No. Date``: ``M/14``; after a ``No.`` label (OCR
#: may read a speck into it: ``No·.``), a serial alone: ``No. 4546``.
REFERENCE_BESIDE_DATE = _compile(
    r"(?<![\w/.])(?:N[Oo][ \t]?·?\.?\s*)?(?P<ref>(?:[A-Z]{1,4}[ \t\xa0]{0,2})?\d{1,5}/\d{2,4}|PR[ \t\xa0]{0,2}\d{1,5}"
    r"|[A-Z]{2,4}[ \t\xa0]\d{2}[ \t\xa0]\d{3}|(?<=N[Oo][ \t]?·?\.[ \t]{0,3})(?:[A-Z]{1,4}[ \t\xa0]?)?\d{1,5}"
    r"|\d{3}\.\d{2}(?![.,]\d)|[A-Z]{1,2}/\d{1,4})(?![\w/])"
)
#: A month's name or its abbreviation, in any case: ``June``, ``Dec``, ``SEPT``.
_MONTH_TITLE = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
#: An office's letters and a serial of up to three digits right before the date, in a
#: letterhead line: ``… Jane Roe MP MHP 110 14 March 1996`` (four digits would be a
#: postcode: ``Canberra ACT 2600``).
REFERENCE_CODE_BEFORE_DATE = _compile(
    r"(?<![\w/.])(?P<ref>[A-Z]{2,4}[ \t\xa0]\d{1,3})"
    rf"(?=[ \t\xa0]+\d{{1,2}}(?:st|nd|rd|th)?[ \t\xa0]+{_MONTH_TITLE}\b)"
)
#: A release number with its office's letters printed at the end of the headline's line,
#: as a ministry's news room sets it: ``Harbour works begin HPS 41/1999``, a short label
#: after a dash allowed (``… HPS 052/2001 - Budget Media Release 2``). Letters are needed
#: (a headline may end in a year's span: ``Budget for 2015/16``). Or the year's two digits
#: and a serial in brackets, as a federal department numbered its releases: ``… RESERVIST
#: (07-318)``. (The lookahead first: the lookbehind runs only before a capital or a bracket,
#: so a long run of spaces is read once, not once per space.)
REFERENCE_AFTER_HEADLINE = _compile(
    r"(?=[A-Z(])(?<=\S[ \t\xa0]+)(?:(?P<ref>[A-Z]{1,4}[ \t\xa0]?\d{1,5}/\d{2,4})"
    r"(?:[ \t\xa0]+[-–][ \t\xa0]+[^\s\-–]+(?:[ \t\xa0]+[^\s\-–]+){0,5})?"
    r"|\((?P<ref>\d{2}-\d{3,4})\))[ \t\xa0]*$"
)

# --- titles ---------------------------------------------------------------------------

#: A byline after a headline on its line: a name, a dash and the role (``Jane Roe -
#: Shadow Minister for Ports``). Matched where the headline ends (no ``^``).
NAME_DASH_ROLE = _compile(r"[ \t\xa0]+\p{Lu}[\w’'\-]+(?:[ \t\xa0]+\p{Lu}[\w’'\-]+){1,3}[ \t\xa0]+[-–][ \t\xa0]+\p{Lu}")
#: A byline printed after the headline on its line, a bar after it (the date after the bar
#: is cut first): ``Council Urges Action By Lakeview Harbour Office in Hobart   |``.
BYLINE_AFTER_HEADLINE = _compile(r"\s+[Bb]y\s+\p{Lu}[^|\r\n]{0,80}?\s*\|[\s|]*$")

#: A label that is not the headline: ``PRESS RELEASE``, ``For immediate release``, a
#: body's digest (``European Commission - Daily News``), ...
LABEL_LINE = _compile(
    r"""^\W*+(?:(?:joint\s+|the\s+)?(?:[\w.&’'\-]+\s+){0,4}?(?:(?:press|news|media)\s*(?:release|notice|statement|advisory)s?
        |daily\s+news)
      |for\s+(?:immediate\s+)?release|for\s+press|immediate\s+release|statement|media\s+advisory|news
      |embargo(?:ed)?\b.*|not\s+for\s+publication\b.*|press|updates?|latest\s+news|news\s+story|story)\W*$""",
    _XI,
)
#: A label run into the headline: ``News release: ``, ``MEDIA ADVISORY: ``,
#: ``Acme Press Release - ``, ``For Immediate Release: ``.
LABEL_PREFIX = _compile(
    r"""^\W*+(?:(?:[\w.&’'\-]+\s+){0,3}?(?:press|news|media)\s*(?:release|advisory|statement)
      |for\s+immediate\s+release|news|newsrelease|press\s+release|release|breaking)\s*[:\-–|]\s*""",
    _XI,
)
#: A field of a media advisory, in place of a story: ``WHO: The District Attorney``,
#: ``WHAT: News conference``, ``WHEN: Today, 10 a.m.``, ``WHERE: …``, ``VISUALS: …``.
ADVISORY_FIELD = _compile(r"^\W*+(?:WHO|WHAT|WHEN|WHERE|WHY|VISUALS?|BACKGROUND)\s*:", regex.I)
#: A federal prosecutor's district on a letterhead line of its own, under the office's
#: name: ``Central District of Lakeview``, ``District of Columbia``, ``Southern District
#: of New York``.
JUDICIAL_DISTRICT = _compile(
    r"^\W*+(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+(?:the\s+)?"
    r"\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\W*$",
    regex.I,
)
#: A site's section, in lower case, left before the headline by a scraper: ``news New
#: bridge opened`` (a headline starts in capitals; the case tells them apart).
SECTION_LABEL = _compile(r"^\W*+(?:news|press|media|updates?|blog|insights?|stories)[ \t\xa0]+(?=\p{Lu})")
#: A site or publisher name appended to a page title: ``Headline - Lakeview County DA``.
SITE_SUFFIX = _compile(r"(?<!\s)\s++(?:[-–|]|::)\s++(?P<site>(?:(?!\s[-–|]\s).){3,80})$")
#: A release label that leads a letterhead line: ``MEDIA RELEASE The Hon Jane Smith MP``,
#: ``JOINT PRESS RELEASE BY THE MINISTER …`` (not ``Press release: Headline``).
LABEL_LEAD = _compile(r"^\W*+(?:joint\s+)?(?:press|media|news)\s+(?:release|statement)\b(?!\s*[:\-–|])", regex.I)
#: The post-nominal letters of a member of a parliament or assembly.
_MEMBER = r"(?:MP|MLA|MLC|MHA|MHR|MSP|MS|TD|MEP|MNA|MPP|M\.P\.|M\.L\.A\.|M\.H\.R\.)"
#: The posts a member's letterhead prints after the name: ``Jane Smith MP Shadow Minister for …``.
_MEMBER_POST = r"(?:Shadow|Minister|Member|Senator|Federal|Leader|Deputy|Assistant|Parliamentary|Treasurer|Attorney)\b"
#: A letterhead line naming the member who issues the release: ``The Hon. Jane Smith MP``,
#: ``Hon Jane Smith``, ``Jane Smith MLA``, ``Senator the Hon Jane Smith``, ``The Hon. JANE
#: SMITH, M .P.`` (OCR's space inside the letters).
MEMBER_LINE = _compile(
    rf"""^\W*(?:(?:Senator\s+)?(?:[Tt]he\s+|THE\s+)?(?:Hon|HON)(?:ourable|OURABLE)?\.?\s+(?:Dr\.?\s+)?
        {_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{1,4}}(?:[ \t\xa0]+{_MEMBER})?
      |{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{1,4}}[ \t\xa0]+{_MEMBER}
        (?:[ \t\xa0]+(?:[-–—][ \t\xa0]+)?(?i:{_MEMBER_POST})[^\r\n]*)?)
      (?:[ \t\xa0]*,?[ \t\xa0]*(?:[A-Z]{{2,4}}|(?:[A-Z][ \t]?\.){{2,4}}))*\W*$""",
    regex.VERBOSE,
)
#: The headline in capitals that ends a line, three words or more, after a letterhead run
#: into it: ``Jane Roe MP - Member for Lakeview`` + ``HARBOUR WORKS MUST GO AHEAD``.
CAPITALS_TAIL = _compile(r"(?:(?<=\s)|^)[^\s\p{Ll}]+(?:[ \t\xa0]+[^\s\p{Ll}]+){2,}[ \t\xa0]*$")
#: A post alone on a letterhead's line, its portfolio in title case: ``Minister for Roads
#: and Ports``, ``Shadow Minister for Health``, ``Parliamentary Secretary to the Minister``,
#: ``Minister for Roads, Ports and Harbours``, ``From the Minister for Roads``.
PORTFOLIO_LINE = _compile(
    r"""^\W*(?:From\s+)?(?:The\s+)?(?:(?:Shadow|Acting|Assistant|Deputy|Federal|Parliamentary)\s+)*
    (?:Minister|Secretary|Treasurer|Attorney-General)\s+(?:for|of|to|Assisting)\s+
    (?:(?:the|and|of|for|to|&)\s+|\p{Lu}[\w’'\-]*\s*|,\s*(?=[^,]*\b(?:and|&)\s))+\W*$""",
    regex.VERBOSE,
)
#: The same post in capitals: ``THE MINISTER FOR THE HARBOUR TERRITORY`` (a headline in
#: capitals may read so too, ``MINISTER FOR ROADS TO VISIT``: its verb is checked apart).
PORTFOLIO_LINE_CAPS = _compile(PORTFOLIO_LINE.pattern, regex.VERBOSE | regex.IGNORECASE)
#: A line that opens with the site's domain name, alone or before its slogan after a
#: separator: ``PRESS-WIRE.org - Press Release Distribution``, ``harbournews.com``.
SITE_BANNER = _compile(
    r"^\W*+[\w\-]+(?:\.[\w\-]+)*\.(?i:com|org|net|gov|edu|info|biz|news|co|uk|au|eu)\b(?!\.\w)"
    r"(?:[ \t\xa0]*+(?:[\-–—|:][ \t\xa0]|$))"
)
#: Page furniture lines: navigation, sharing, forms, and cookie notices (read only when
#: the line says ``cookie``, see :class:`Keyed`).
FURNITURE = AnyOf(
    _compile(
        r"""^\W*+(?:skip\s+to\s+(?:main\s+)?content|scroll\s+to\s+top|follow\s+us|search(?:\s+for)?|share(?:\s+on|\s+this(?:\s+\w+)?)?
          |print|e-?mail|home|menu|tweet|like|author|published|posted|\d+\s+min\s+read|back\s+to\s+\w+|related|subscribe
          |(?:back|return)\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:index|list(?:ing)?|archive|releases|news|search\s+results)
          |click\s+here.*|print\s+e-?mail|share\s+print\s+e-?mail|sign\s+up.*|log\s*in|close|toggle.*
          |accept|reject|contents|from|is\s+this\s+page\s+useful.*|you\s+are\s+here
          |e-?mail\s+(?:this(?:\s+(?:page|story|article|information|release))?)?(?:\s+to\s+a\s+friend)?
          |(?:[\w’'\-]+\s+){1,8}logo\s+and\s+link
          |navigation\s+path|(?:left|main|top)\s+navigation|additional\s+tools|other\s+available\s+languages.*
          |post\s+a\s+comment|no\s+comments|view\s+more(?:\s+in\s+this\s+section)?|(?:note:\s*)?only\s+a\s+member\s+of\s+this\s+blog\s+may\s+post\s+a\s+comment)\W*$""",
        _XI,
    ),
    Keyed("cookie", _compile(r"^\W*+.*\bcookies?\b.*\W*$", regex.IGNORECASE)),
)
#: A headline in title case run into the first sentence of the body, as flattened pages
#: print it: ``Harbour Board Backs New Ferry Terminal Plan The Board has …``.
_TC_WORD = rf"(?:{_UP}[\w’'\-]*[:,]?|(?:of|on|to|for|in|the|and|a|an|at|by|with|from|as|over|into|after)\b)"
RUN_IN_HEADLINE = _compile(
    rf"^(?P<head>{_TC_WORD}(?:[ \t\xa0]+{_TC_WORD}){{4,24}}?)[ \t\xa0]+(?=(?:The|A|An|This|Today)\s)"
)
#: A headline in title case run into a first sentence whose subject repeats the words the
#: headline opens with: ``Lakeview Council Tribute to Former Ferry Master Tom Ashby`` +
#: ``Lakeview Council Chair Jane Roe said …``.
RUN_IN_SUBJECT = _compile(
    rf"^(?P<head>(?P<w1>{_CAP_WORD})[ \t\xa0]+(?P<w2>{_CAP_WORD})(?:[ \t\xa0]+{_TC_WORD}){{2,24}}?)"
    rf"[ \t\xa0]+(?=(?P=w1)[ \t\xa0]+(?P=w2)(?:[ \t\xa0]+{_CAP_WORD}){{0,3}}[ \t\xa0]+\p{{Ll}})"
)

#: A headline in capitals run into the quote that opens the story, on one line:
#: ``HARBOUR DUES MUST NOT RISE "It is wrong that the board …``.
#: (Linear: the head is read once, possessively, up to the mark; its trailing white space is
#: the caller's to drop.)
CAPITALS_THEN_QUOTE = _compile(
    r"^(?=[^\p{Ll}\"“\n]*?\p{Lu}{2})(?P<head>[^\p{Ll}\"“\n]*+)(?<=[ \t\xa0])[\"“](?=\p{Lu}\p{Ll})"
)
#: A line that opens with a word in capitals followed by one in lower case: ``Most visitors``.
CAPITAL_THEN_LOWER = _compile(rf"^\W*(?P<word>{_UP}{_LOW}+)[ \t\xa0]+{_LOW}")
#: ``Title: …`` written by a scraper.
TITLE_FIELD = _compile(r"^\s*(?:title|headline|subject)\s*:\s*(?P<title>\S.*?)\s*$", regex.IGNORECASE)
#: A markdown heading.
MARKDOWN_HEADING = _compile(r"^\s{0,3}(?P<hashes>\#{1,6})\s+(?P<title>\S.*?)\s*\#*\s*$")
#: The start of a markdown heading's line: ``## ``.
MARKDOWN_HEADING_START = _compile(r"\#{1,6}[ \t]+\S")
#: What follows a headline inside a letterhead's line: the release's label or a separator
#: (``Harbour works begin`` ``  Media Release | Spokesperson …``).
LABEL_AFTER_TITLE = _compile(
    r"[ \t\xa0]*(?:[|–—]|(?i:media|press|news)[ \t\xa0]+(?i:release|statement|advisory)\b)"
)
#: Markdown emphasis and link syntax to drop from a headline.
MARKDOWN_EMPHASIS = _compile(r"\*{1,3}|_{2,3}")
#: A breadcrumb: ``Home > About > News > Headline`` (also ``&gt;``).
BREADCRUMB = _compile(
    r"^\W*home\s*(?:>|&gt;|›|»|/|\|)(?:.*(?:>|&gt;|›|»|\s/\s|\s\|\s))?\s*(?P<last>(?:[^>›»/|]|(?<=\w)/(?=\w))+)$",
    regex.IGNORECASE,
)
#: A byline or posting line: ``Posted on 12 May 2023 by Jane Smith``, ``Issued by the Press Office``.
BYLINE = _compile(
    r"^\W*+(?:posted|published|updated|issued|released|written|by|date|last\s+modified)\b", regex.IGNORECASE
)
#: A newswire's name between slashes: ``/PRNewswire/``, ``/Business Wire/``.
_WIRE = r"/[A-Z][\w.\-]{2,30}(?:[ \t\xa0][A-Z][\w.\-]{1,20})?/"
#: A dateline that opens the first body paragraph: ``CHICAGO, June 17, 2025 /PRNewswire/ --``
#: (:data:`DATELINE_START`, with a wire's bracketed name).
DATELINE_OPENING = _compile(
    rf"""^\W{{0,4}}(?!(?:Today|Yesterday|On|In|Last|This|Earlier|Since|Until|From|By|At|As|Between|During|After|Before
      |Next|Over|For|The|A|An)\b){_UP}[{_LETTER}.\-’' /]{{1,40}}
    (?:,\s{{0,8}}{_UP}[{_LETTER}.\- ]{{1,30}}){{0,2}}\s{{0,8}}
    (?:[-–—]?\s{{0,8}}[(\[][^)\]\n]{{1,60}}[)\]](?:\([^)\n]{{0,80}}\))?\s{{0,8}}[-–—]?\s{{0,8}})?
    # (spaces bounded: a line of spaces is no dateline, and is read once)
    (?:,|[-–—]|\(|\s)\s{{0,8}}
    (?:{_MONTH_TITLE}\.?\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_TITLE}|{_WIRE}|[A-Z][a-z]+day\b)
    # the wire's name first, in brackets: ``(Lakeview Wire) - March 6, 2025 - LAKEVIEW –``
    |^\s{{0,4}}\([A-Z][\w. ]{{1,30}}\)\s*[-–—]\s*(?:{_MONTH_TITLE}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_TITLE})""",
    _X,
)
#: A wire that prints its name in brackets between dashes, with no date: ``TAMPA,
#: Fla.--(BUSINESS WIRE)--`` (read only on a line that says ``wire)``, see :class:`Keyed`).
DATELINE_WIRE_BRACKETS = _compile(
    rf"""^\W{{0,4}}{_UP}[{_LETTER}.\-’' ]{{1,40}}(?:,\s{{0,8}}{_UP}[{_LETTER}.\- ]{{1,30}}){{0,2}}?
      \s{{0,8}}(?:--|[-–—])\s{{0,4}}
      \((?i:business[ ]?wire|globe[ ]?newswire|market[ ]?wire|accesswire|pr[ ]?newswire)\)""",
    _X,
)
DATELINE_START = AnyOf(DATELINE_OPENING, Keyed("wire)", DATELINE_WIRE_BRACKETS))

# --- dates (only as far as titles and references need them) ---------------------------

_MONTH = _alt(V.MONTHS)
#: A date in any of the common printed forms, starting a word (``\b``: tried at word starts
#: only, three times faster, and no date read inside ``doi.org/10.1016/j.x.16.03.021``).
DATE = _compile(
    rf"""\b(?:(?:{_alt(V.WEEKDAYS)})\.?,?\s+)?
    (?:\d{{1,2}}(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?(?:{_MONTH})\.?,?[\s\-]+\d{{2,4}}
      |(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      |\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}
      |\d{{4}}-\d{{2}}-\d{{2}}
      |(?:{_MONTH})\s+\d{{4}}
      |\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b)""",
    _XI,
)

#: A line that ends in a web or e-mail address: ``Embargo link: http://x.org/a.pdf``.
ENDS_IN_ADDRESS = _compile(r"(?:://|\bwww\.|@)\S*$")

#: Words of a line: used to count and to test case.
WORD = _compile(r"[^\W\d_][\w’'\-]*")
#: :data:`WORD` for text that is all ASCII, where it finds the same words: compiled by the
#: standard library's ``re``, whose ASCII classes are table look-ups (three times faster
#: than ``regex`` on Unicode classes; counting words is the parser's most frequent call).
WORD_ASCII = cast("regex.Pattern[str]", _Lazy(r"[A-Za-z][\w'\-]*", re.ASCII, re))


#: Examples each pattern must find (first list) and must not find (second list).
EXAMPLES: dict[str, tuple[regex.Pattern[str] | AnyOf, list[str], list[str]]] = {
    "URL": (
        URL,
        ["see www.hiw.org.uk.", "http://x.org/a_(b)", "gov.wales/news", "specieswww.bionity.com"],
        ["jane@example.org", "10.1038/ncomms10113", "Examplecorp.com, Inc.", "odne_complaint.pdf"],
    ),
    "REFERENCE_LABELLED": (
        REFERENCE_LABELLED,
        [
            "Press Release Number: 18-123",
            "Ref: PR 45/2019",
            "Press Notice 2007/0012",
            "AI Index: ASA 14/031/2004",
            "P. M. No. 51/1966",
            "P.R. NO. 27/04",
            "(Release ID: 2111234)",
            "Ref: SW/2025/034",
            "Press Release Number:\n\n\n\n18-317",
        ],
        ["Case # 10CF1684", "Reference was made to the report", "release identifies 12 sites", "U.S. No. 1 in exports"],
    ),
    "NAME_DASH_ROLE": (
        NAME_DASH_ROLE,
        [" Jane Roe - Shadow Minister for Ports", " Tom Ashby – Mayor"],
        [" Jane - Mayor", " the board - Jane Roe"],
    ),
    "RUN_IN_SUBJECT": (
        RUN_IN_SUBJECT,
        ["Lakeview Council Tribute to Former Ferry Master Tom Ashby Lakeview Council Chair Jane Roe said the"],
        [
            "Lakeview Council Tribute to Former Ferry Master Tom Ashby The council said",
            "Lakeview Council Lakeview Council said",
        ],
    ),
    "BYLINE_AFTER_HEADLINE": (
        BYLINE_AFTER_HEADLINE,
        ["Harbour Wall Raised By Lakeview Harbour Office   |  ", "Works begin by Jane Roe |"],
        ["Harbour Wall Raised By Town", "Works begin by the river | Lakeview News"],
    ),
    "SAID_FIRST": (
        SAID_FIRST,
        ["Said Jane Smith, Managing Director, ", "Added Tom Ashby: "],
        ["He said Jane ", "Said to be "],
    ),
    "REPORTS_SPEECH": (
        REPORTS_SPEECH,
        ["Mr Smith, said to-day that the", "announced yesterday that", "told reporters that"],
        ["Minister says no", "said Jane Smith"],
    ),
    "PUBLISHED_STAMP": (
        PUBLISHED_STAMP,
        ["2025-03-26 15:19:46", "\n2024-10-03 11:47\n"],
        ["Filed 2025-03-26 15:19", "2025-03-26"],
    ),
    "INLINE_SCRIPT": (
        INLINE_SCRIPT,
        ["if (!window.Ads){(function(){var s = 'x';}());} Ads.push({a: 'b'}); In May", "var x = {a: 1}; f({}); The"],
        ["The var was high (it rose) all year.", "if (in doubt) ask."],
    ),
    "REPORTS_SPEECH_CAPS": (
        REPORTS_SPEECH_CAPS,
        ["THE MINISTER FOR ROADS, SENATOR\n\n JANE ROE, SAID TODAY THAT SHE", "MR J. ROE TOLD REPORTERS THAT"],
        ["FOR THE OCEAN\n\n The Minister, Mr Roe, today announced that", "ROE SAYS THAT FERRIES RUN"],
    ),
    "DETACHED_MARKS": (DETACHED_MARKS, ["one '  ’", "the ”"], ["said.”", "’tis"]),
    "SENTENCE_END_WORD": (SENTENCE_END_WORD, ["Northwind.", "Smith."], ["Jr.", "A.", "U.S.", "Dr."]),
    "INITIAL": (INITIAL, ["A.", "J", "Ó"], ["Al", "A.B."]),
    "TITLE_INITIALS": (TITLE_INITIALS, ["LCDA", "NIH"], ["TJ", "Smith", "O’HARA-LYNN"]),
    "REFERENCE_HASH": (REFERENCE_HASH, ["#019/2011 Local boards"], ["# Heading", "#hashtag"]),
    "REFERENCE_SLASHED": (
        REFERENCE_SLASHED,
        ["IP/11/1234", "SG/SM/12345", "MEMO/11/22", "STATEMENT/24/1234", "PR/2024/123"],
        ["12/05/2011", "and/or", "https://x.org/ab/12", "PARLIAMENTARIAN/24/1"],
    ),
    "REFERENCE_AFTER_HEADLINE": (
        REFERENCE_AFTER_HEADLINE,
        [
            "Harbour works begin HPS 41/1999",
            "Harbour report is out RPS 3/2004 ",
            "Rail links B17/95",
            "New Harbour Berths HPS 052/2001 - Budget Media Release 2",
            "HARBOUR TRUST SETTLES LAWSUIT (07-318)",
        ],
        [
            "Budget for 2015/16",
            "HPS 41/1999",
            "Harbour report HPS 41/1999 today",
            "Harbour COVID19/20x",
            "Budget for the years (2015-16)",
            "(07-318)",
        ],
    ),
    "REFERENCE_BESIDE_DATE": (
        REFERENCE_BESIDE_DATE,
        [
            *["21 April 1979 31/79", "MIN 37/96", "AA412/2008", "PR 27"],
            *["FA 05 113 9 June 2005", "NO .  PRA 23", "041.07", "M/14 3 May 1973", "No. 4546", "No·. 45/66"],
        ],
        [
            *["12/05/2011", "2015/16x", "APR 27", "PR 27th", "FA 05 1133", "ACT 2600", "PRA 23", "NOTE PRA 23"],
            *["10.30", "041.07.2007", "1041.07", "041.075", "N/A", "MSW/14", "M/14/2"],
        ],
    ),
    "NOTES_HEADING": (
        NOTES_HEADING,
        [
            "Notes to editors",
            "NOTES TO EDITORS:",
            "Editor's notes",
            "Note to editors",
            "Notes",
            "Ends NOTES TO EDITORS Publication",
            "(NOTE: Photographs are available on request.)",
            "Notes for editors: Research",
            "Further information for editors",
            "For editors",
        ],
        ["Noteworthy results", "The notes show"],
    ),
    "NOTE_NUMBER": (NOTE_NUMBER, ["1. The report", "2) Out of", "(3) HM", "4 - Estyn"], ["1.5 million", "2014 saw"]),
    "END_MARKER": (END_MARKER, ["ENDS", "-ends-", "###", "-30-", "[Ends]"], ["Ends of the earth", "# Title"]),
    "ABOUT_RUN_IN": (
        ABOUT_RUN_IN,
        [
            "About Acme Acme makes boats.",
            "About Lakeview RoboticsLakeview Robotics is …",
            'About LAKEVIEW ROBOTS – Giving cranes "eyes"LAKEVIEW ROBOTS is a maker of …',
        ],
        ["About 300 people attended.", "About Acme – the maker of boats", "Lakeview – Acme Acme"],
    ),
    "ABOUT_HEADING": (
        ABOUT_HEADING,
        [
            "About Northwind Robotics",
            "ABOUT ACME",
            "About the Caring Together Trust",
            "## About Acme",
            "About 3M",
            "About Ørsund",
        ],
        ["About 300 people attended.", "about time", "Abouts Acme"],
    ),
    "CONTACT_HEADING": (
        CONTACT_HEADING,
        ["Media contact", "For further information contact:", "Press office", "Contact DetailsAcme Ltd"],
        ["Contacted by police, he", "Contactless payments"],
    ),
    "LABEL_LINE": (
        LABEL_LINE,
        [
            "PRESS RELEASE",
            "FOR IMMEDIATE RELEASE",
            "News release",
            "The Journal Press Release:",
            "Embargoed until 00:01",
            "European Commission - Daily News",
        ],
        ["Press freedom under threat in region", "New FRANK adverts mark tenth anniversary", "Daily news quiz returns"],
    ),
    "REFERENCE_CODE_BEFORE_DATE": (
        REFERENCE_CODE_BEFORE_DATE,
        ["Jane Roe MP MHP 110 14 March 1996", "HPS 41 3 June 2005"],
        ["Canberra ACT 2600 14 March 1996", "MHP 110 pages", "MP 14 March 1996"],
    ),
    "DATELINE_START": (
        DATELINE_START,
        [
            "BOSTON, June 17, 2025 /PRNewswire/ -- Acme",
            "SINGAPORE - 18 June 2026 -",
            "LONDON, 3rd May 2012 –",
            "LAKEVIEW / PORT ASHBY - [Wire Service](https://wire.example.com) - 22 June 2026 -",
            "(Lakeview Wire) - March 6, 2025 - LAKEVIEW – A study",
        ],
        ["Acme Launches New Widget for Small Firms", "(Under embargo) - the study"],
    ),
    "LETTER_ITEM": (
        LETTER_ITEM,
        ["a) The strategy", "b. It will", "iv) Photographs", "ii. The"],
        ["and the council", "a.m. on Monday", "i.e. the plan", "e.g. bridges", "v.2 of"],
    ),
    "ENDS_IN_ADDRESS": (
        ENDS_IN_ADDRESS,
        ["Embargo link: http://x.org/a.pdf", "see www.example.org", "write to press@example.org"],
        ["the http protocol", "Visit our site for more"],
    ),
    "DATE": (
        DATE,
        ["12 May 2011", "May 12, 2011", "Thursday 12 May 2011", "15.3.2012", "November 2010"],
        ["may be", "March on Rome", "j.stem.2016.03.021", "news/2024/07/03/launch"],
    ),
}

# --- dates ------------------------------------------------------------------------------


#: Month names as printed in dates: title case or capitals only, so that "may" and
#: "march" as words are never months.
def _title_or_caps(stems: tuple[tuple[str, str], ...]) -> str:
    """``Jan(?:uary)?|JAN(?:UARY)?``: each name in title case or capitals, short or long."""
    forms = []
    for short, rest in stems:
        for f in (str.title, str.upper):
            forms.append(f"{f(short)}(?:{f(rest) if f is str.upper else rest})?" if rest else f(short))
    return "|".join(forms)


_MON = _title_or_caps(
    (
        ("jan", "uary"),
        ("feb", "ruary"),
        ("mar", "ch"),
        ("apr", "il"),
        ("may", ""),
        ("jun", "e"),
        ("jul", "y"),
        ("aug", "ust"),
        ("sept", "ember"),
        ("sep", "tember"),
        ("oct", "ober"),
        ("nov", "ember"),
        ("dec", "ember"),
    )
)
_WD = _title_or_caps(
    (
        ("mon", "day"),
        ("tues", "day"),
        ("tue", "sday"),
        ("wed", "nesday"),
        ("thurs", "day"),
        ("thur", "sday"),
        ("thu", "rsday"),
        ("fri", "day"),
        ("sat", "urday"),
        ("sun", "day"),
    )
)


#: The end of a month name: a full stop only after an abbreviation (``Jan.``, ``Sept.``),
#: not the full stop of the sentence after ``12 January.``
_MON_END = r"\b(?:(?<![A-Za-z]{5})\.)?"


def _point(px: str) -> str:
    """One date: ISO, numeric, day-month(-year) or month-day(-year), group names prefixed."""
    return rf"""(?:
        (?P<{px}iso_y>\d{{4}})-(?P<{px}iso_m>\d{{2}})-(?P<{px}iso_d>\d{{2}})(?![\d])
      | (?P<{px}num_a>\d{{1,2}})[./](?P<{px}num_b>\d{{1,2}})[./](?P<{px}num_y>\d{{4}}|\d{{2}})(?![\d/]|\.\d)
      | (?:(?:{_WD})\.?,?[ \t\xa0]+)?(?P<{px}day>\d{{1,2}})(?:st|nd|rd|th)?(?:[ \t\xa0]+of)?[ \t\xa0\-]+
        (?P<{px}mon>{_MON}){_MON_END}(?:,?[ \t\xa0\-]+(?P<{px}year>\d{{4}})(?!\d))?
      | (?:(?:{_WD})\.?,?[ \t\xa0]+)?(?P<{px}mon>{_MON}){_MON_END}
        (?:[ \t\xa0]+(?P<{px}day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?[ \t\xa0]+(?P<{px}year>\d{{4}})(?!\d))?
          |,?[ \t\xa0]+(?P<{px}year>\d{{4}})(?!\d))
    )"""


#: One date as printed anywhere: ``12 May 2011``, ``May 12, 2011``, ``Thursday 12 May 2011``,
#: ``12/05/2011``, ``2011-05-12``, ``15.3.2012``, ``November 2010``, ``12th May``. Ranges
#: are built from points by :data:`RANGE_OPEN`, :data:`RANGE_JOIN` and :data:`DAY_RANGE`.
#: Not inside a code (``ref-12 May``, ``x/12.05.2011``), but after a typewriter's dash
#: (``--(BUSINESS WIRE)--May 5, 2021--``).
DATE_POINT = _compile(rf"(?:(?<=[^\-]--)|(?<![\w/.\-])){_point('')}", regex.VERBOSE)
#: A range keyword right before its first date: ``between November 2010 …``.
#: White space on one line or over one line break: the parts of a range may be wrapped
#: onto two lines (``from 1`` / ``to 3 June``).
_GAP = r"[ \t\xa0]*(?:(?:\r\n?|\n)[ \t\xa0]*)?"
RANGE_OPEN = _compile(rf"(?<![\w\-])(?:between|from)(?=[ \t\xa0\r\n]){_GAP}$", regex.IGNORECASE)
#: What joins the two dates of a range: `` and ``, `` to ``, `` until ``, `` – ``.
RANGE_JOIN = _compile(rf"{_GAP}(?:and|to|until|through|-|–){_GAP}", regex.IGNORECASE)
#: A first day before a full date: ``from 1 to 3 June 2011``, ``1-3 June``, ``between 2 and 20 November``.
DAY_RANGE = _compile(
    rf"(?:(?P<kw>between|from){_GAP})?(?<![\w/.\-])"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?P<sep>-|–|to|and){_GAP}$",
    regex.IGNORECASE,
)
#: A first month before a month and year: ``between January and March 2025``, ``from
#: January to March``, ``January–March 2025`` (``and`` only after ``between``).
MONTH_RANGE = _compile(
    rf"""(?:(?P<kw>(?i:between|from)){_GAP})?(?<![\w/.\-])(?P<mon>{_MON}){_MON_END}
    {_GAP}(?P<sep>-|–|(?i:to|and|until|through)){_GAP}$""",
    regex.VERBOSE,
)
#: A financial or academic year: ``2015-16``, ``financial year 2016/17``; matched where
#: :data:`FISCAL_YEAR_HINT` finds its separator, after :data:`FISCAL_YEAR_LEAD`.
FISCAL_YEAR = _compile(
    r"(?<![\w/.\-])(?:(?:financial|fiscal)[ \t\xa0]+year[ \t\xa0]+)?"
    r"(?P<y1>(?:19|20)\d{2})[-–/](?P<y2>\d{2}|(?:19|20)\d{2})(?![\d/\-])",
    regex.IGNORECASE,
)
#: The separator of a financial year after its first year: ``2015-``, ``2016/``, ``2015–``.
FISCAL_YEAR_HINT = AnyOf(*(_compile(rf"{sep}(?<=(?:19|20)\d\d{sep})") for sep in ("-", "–", "/")))
#: ``financial year`` right before the first year.
FISCAL_YEAR_LEAD = _compile(r"(?:financial|fiscal)[ \t\xa0]+year[ \t\xa0]+$", regex.IGNORECASE)
#: Lines whose date is not the release's: ``Updated …``, ``Today's date: …``.
NOT_RELEASE_DATE = _compile(
    r"\b(?:updated|today['’]?s\s+date|last\s+(?:modified|updated|reviewed)|accessed|printed|copyright)\b|©",
    regex.IGNORECASE,
)
#: An embargo line: ``EMBARGOED UNTIL 00:01 …``, ``Embargo: …``, ``Not for publication before …``,
#: a typescript's ``Not to be published or broadcast before 1400 hours``.
EMBARGO = _compile(
    r"^\W*+(?:(?:strictly\s+)?embargo(?:ed)?\b|under\s+embargo|not\s+for\s+(?:publication|release|broadcast)"
    r"|not\s+to\s+be\s+(?:published|released|broadcast)"
    r"|hold\s+for\s+release|for\s+release\s+(?:at|on|after|no\s+earlier\s+than)\b)",
    regex.IGNORECASE,
)
#: Signs of an American release, where ``2/12/16`` is February 12: a US newswire
#: (``/PRNewswire/``), a state abbreviation after a city (``Austin, Tex.,``), ``D.C.``, a
#: party-state tag (``(R-Ohio)``), a phone number with its area code in brackets (``(513)
#: 555-0147``, North America's way). Each is led by a literal (see :class:`AnyOf`); the
#: state abbreviation is checked behind its ``.,``.
US_MARKERS = AnyOf(
    _compile(r"/\s*(?:PR\s?Newswire|GlobeNewswire|Business\s?Wire|Accesswire|EINPresswire)\s*/"),
    _compile(
        r"""\.,(?<=\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont
          |Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.,)""",
        regex.VERBOSE,
    ),
    _compile(r"D\.C\.(?<=\bD\.C\.)"),
    _compile(r"\((?:R|D|I)-[A-Z][a-z]{1,4}\.?\)"),
    _compile(r"\([2-9]\d\d\)[ \xa0]?[2-9]\d\d[\-.]\d{4}(?!\d)"),
)
#: An ISO date at the start of a front-matter value.
ISO_DATE = _compile(r"\d{4}-\d{2}-\d{2}")

# --- e-mails and phones -----------------------------------------------------------------

#: An e-mail address, plain (``jane@example.org``, also after ``mailto:``) or obfuscated
#: (``jane [at] example [dot] org``, ``jane(at)example.org``).
EMAIL = _compile(
    r"""(?<![\w.+'\-])(?P<plain_local>[A-Za-z0-9][\w.+'\-]{0,80})@
        (?P<plain_domain>(?:[A-Za-z0-9][A-Za-z0-9\-]{0,62}\.){1,6}[A-Za-z]{2,24})(?![\w\-])
      | (?<![\w.+\-])(?P<ob_local>[\w.+\-]{1,64})[ \t\xa0]?[\[(][ \t\xa0]?at[ \t\xa0]?[\])][ \t\xa0]?
        (?P<ob_domain>[\w\-]{1,63}(?:[ \t\xa0]?(?:[\[(][ \t\xa0]?dot[ \t\xa0]?[\])]|\.)[ \t\xa0]?[\w\-]{1,63}){1,4})""",
    regex.VERBOSE,
)
#: Where an e-mail address may stand: its ``@`` or an obfuscated ``[at]`` / ``(at)``.
EMAIL_HINT = AnyOf(
    _compile(r"@"),
    _compile(r"\[[ \t\xa0]?at[ \t\xa0]?\]", regex.IGNORECASE),
    _compile(r"\([ \t\xa0]?at[ \t\xa0]?\)", regex.IGNORECASE),
)
#: Where an address run together with the text before it really starts: after a phone
#: number (``Inc.555.010.0199jdoe@``), a small word (``orJane.doe@``), or a run of
#: capitals (``DoeCEOpress@``).
EMAIL_GLUE = _compile(
    r"^(?:.*\d{3}[.\-]\d{3}[.\-]\d{4}|(?:or|and|email|e-mail|mail|contact|at|to)(?=[A-Z])|.*[a-z][A-Z]{2,}(?=[a-z]))"
)
#: The capitals that end a local part run on from a word in lower case, where the address
#: is printed in capitals (``Investor RelationsIR@EXAMPLE.COM``): only they are the address.
EMAIL_CAPITALS_TAIL = _compile(r"(?<=[a-z])[A-Z][A-Z0-9._\-]*$")
#: A phone number candidate: country code, trunk or area code in brackets, digit groups
#: separated by single spaces, dots, hyphens (or a slash between digits), an extension.
PHONE = _compile(
    r"""(?:(?<=[A-Za-z])(?=\+)|(?<=[A-Za-z]\.)(?=\d{3}[.\-]\d{3}[.\-]\d{4})|(?<=[A-Za-z])(?=\d{3}[.\-]\d{3}[.\-]\d{4})
       |(?<![\w/+.\-]))
    (?P<phone>
        (?:\+[ \u00a0]?\d{1,3}[ \u00a0.\-]?|\(\+\d{1,3}(?:[ \u00a0]\d{1,4})?\)[ \u00a0]?|00\d{2,3}[ \u00a0.\-]?)?
        (?:\([ ]?\d{1,5}[ ]?\)[ \u00a0.\-]?){0,2}
        \d{1,11}(?:(?:[ \u00a0.\-]|/(?=\d))\d{1,8}){0,5}
        (?:[ ]?(?i:ext\.?|x)[ ]?\d{1,5})?
    )(?:(?![\w]|[.\-/]\d)|(?<=\d{3}[.\-]\d{3}[.\-]\d{4})(?=[A-Za-z])
       # a word glued on after a last group of four, as a letterhead's columns run together:
       # ``Fax: (02) 5550 0144Minister for …``
       |(?<=\d[ \u00a0.\-]\d{4})(?=\p{Lu}\p{Ll}))""",
    regex.VERBOSE,  # case-blind only where it must be (``Ext.``): a third faster
)
#: A North American toll-free number spelt in part with letters: ``1-800-FLOWERS``,
#: ``(888) 555-TIPS``, ``1-866-CALL-DOJ``. Seven keys after the area code, a letter among them.
VANITY_PHONE = _compile(
    r"""(?<![\w\-])(?P<phone>(?:1[ .\-])?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]
    (?=(?:[A-Z0-9]-?){7}(?![\w\-]))(?=[A-Z0-9\-]*[A-Z])
    [A-Z0-9]{2,5}-?[A-Z0-9]{2,5}(?:-[A-Z0-9]{1,3})?)(?![\w\-])""",
    regex.VERBOSE,
)
#: The rest of a phone number wrapped onto the next line: after the line break, one group
#: of digits that ends there, before a comma, ``or``, a label or an e-mail address
#: (``0142, Fax``, ``118 or in Perth``; not ``2016 was``, ``12.5`` or ``1234567``).
_NEXT_LINE_DIGITS = r"[ \t\xa0]*(?:\r\n?|\n)[ \t\xa0]*\d{2,4}"
PHONE_WRAPPED_REST = _compile(
    rf"""{_NEXT_LINE_DIGITS}
    (?=[ \t\xa0]*(?:$|[,;)]|\.(?:\s|$)|(?:or|and)\b|[A-Za-z]+:|\S+@))""",
    regex.MULTILINE | regex.VERBOSE,
)
#: The rest of an international number too short to be whole (``+41 58 310`` / ``4567 In
#: Bern``): after the line break, one group of digits, whatever follows it.
PHONE_WRAPPED_GROUP = _compile(rf"{_NEXT_LINE_DIGITS}(?![\d.,/:\-])")
#: A North American number by its shape alone: ``(555) 010-2288``, ``555-010-2288``.
NANP_SHAPE = _compile(r"\(\d{3}\)[ \xa0]?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}")
#: The look of a phone number without a label.
PHONE_SHAPE = _compile(
    r"^(?:\+|00\d|\(\+?\d|1[ .\-]8\d\d|0\d|\d{3}[.\-]\d{3}[.\-]\d{4}|\d{3}/\d{3}-\d{3,4}|\d{2,4}[ ]\d{3,4}[ ]\d{3,4}$"
    r"|\d{1,4}(?:-\d{1,4}){3,}$)"
)
#: A letterhead's phone numbers, a label before them: ``Phones: Lakeview, 418 Ext. 207``,
#: ``Telephone (06) 277 7860``, ``Tel 6277 7000`` (not ``Phone scam hits 300 homes``).
PHONES_LABELLED = _compile(
    r"\b(?:phones?|telephones?|tel|fax)\b\.?(?:[ \t]*:[ \t]*[A-Za-z ,]{0,20}|[ \t]*\(?)\d", regex.I
)
#: A label just before a phone number (``Tel:``, ``Mobile (24 hours):``, ``Enquiries:``), its
#: town between them (``Phones: Lakeview, 418 Ext. 207``).
PHONE_LABEL = _compile(
    r"""\b(?:tel|telephones?|phones?|ph|fax|mob|mobile|cell|office|direct\s+line|call|helpline|hotline|contact
      |enquiries|inquiries|t|m|f|w|h|bh|ah)
      \b\.?[ \t\xa0]*(?:\([\w ]{1,10}\)[ \t\xa0]*)?[:.]?[ \t\xa0]*(?:on[ \t\xa0]+)?
      (?:(?-i:\p{Lu}\p{Ll}{2,}),[ \t\xa0]*)?$""",  # (its town before it: ``Phones: Lakeview, 418 Ext. 207``)
    regex.VERBOSE | regex.IGNORECASE,
)
#: What stands between two numbers of one list of phones, the first one's note in brackets
#: aside: ``62 4417 (Office Hours) 58 3092``, ``6277 7000, 6277 7001``, ``… or …``.
PHONE_LIST_GAP = _compile(
    r"[ \t\xa0]*(?:\([A-Za-z .]{1,20}\)[ \t\xa0]*)?(?:[,;/][ \t\xa0]*|(?:or|and)[ \t\xa0]+)?"
    r"(?:\p{Lu}\p{Ll}{2,},[ \t\xa0]*)?"
)
#: A count in groups of three digits, a word in lower case after it: ``12 345 678 dollars``
#: (read only where no label names a phone: ``Call 12 345 678 today``).
COUNT_IN_THOUSANDS = _compile(r"\d{1,3}(?:[ \xa0]\d{3})+(?=[ \t\xa0]+\p{Ll})")
#: What before a number makes it money, a case, a reference or a birth date.
NOT_PHONE_BEFORE = _compile(r"(?:[$£€#]|\bNo\.?|\bcase|\bISBN|\bdoi:?|\bref\.?:?|\bDOB:?|\bSB)\s*$", regex.I)
#: A newswire's source line that closes its release: ``SOURCE Lumenfield``.
WIRE_SOURCE = _compile(r"^SOURCE\s+\S")
#: A person's name in a contact line: ``Jane Doe``, ``Jean-Luc O’Neil``, ``Tom P. Reid``.
#: A capitalised name word, inner capitals included (``McLachlan``, ``O'Brien``, ``DeVos``);
#: possessive, so that a word that fails is not tried again split another way.
_CAP_NAME = rf"{_UP}(?:[{_LOW}’'\-]++{_UP}(?={_LOW}))*+[{_LOW}’'\-]++"
CONTACT_PERSON = _compile(
    rf"(?<![\w@.])(?P<name>{_CAP_NAME}(?:[ \t\xa0]+{_UP}\.)?(?:[ \t\xa0]+{_CAP_NAME}){{1,2}})\b(?![@.\w])"
)

# --- acronyms -------------------------------------------------------------------------

#: A bracketed aside within a paragraph: ``(CSSIW)``, ``(Lakeview Harbour Study)``;
#: hard-wrapped text may break it over two lines (``(Science, Technology and`` / ``Medicine)``).
PARENTHESIS = _compile(r"\((?P<inner>[^()\n]{1,120}(?:\n[^()\n]{1,120})?)\)")
#: Wrapping of a short form inside its brackets: ``(the “SEC”)``, ``("Northwind")``.
SHORT_FORM_WRAP = _compile(r"^(?:the\s+)?[“\"'‘]|[”\"'’]$", regex.IGNORECASE)
#: A run of non-space characters: one printed word.
NON_SPACE_RUN = _compile(r"\S+")
#: Markdown emphasis inside running text.
MARKUP = _compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
#: A markdown link or image, its text and target, one level of nesting: ``[Share](https://…)``,
#: ``[![Linkedin](…/linkedin.svg)](…)``.
MARKDOWN_LINK = _compile(r"!?\[(?:[^\[\]\n]|!?\[[^\[\]\n]*\]\([^()\s]*\))*\]\([^()\s]*\)")
#: The token right before a place (searched with ``endpos``): ``LHS`` before the bracket of
#: ``LHS (Lakeview Harbour Study)``, ``Third`` before the long form of ``3GPP``.
TOKEN_BEFORE = _compile(r"(?<![\w\-])(?P<token>[A-Za-z][\w\-&]{1,11})\s*$")

# --- layout: dateline, byline -------------------------------------------------------------

#: A place in title case set off by a dash at the start of the first paragraph, with no
#: date: ``Geneva – The Secretary-General has appointed …`` (an en or em dash only).
DATELINE_TITLE_CASE = _compile(rf"^(?P<place>{_UP}{_LOW}+(?:[ ]{_UP}{_LOW}+){{0,2}})[ ]+[–—][ ]+(?=[{_UP}\d])")
#: A place of one to four capitalised words: ``LONDON``, ``Yellowknife``, ``New Delhi``.
_PLACE_WORD = rf"{_UP}[{_LETTER}.'’]+(?:-[{_LETTER}.'’]+)*"  # (a hyphen inside the name only: ``LEEDS--``)
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})"
#: The place of a dateline at the start of the first paragraph: ``LONDON, 3 May 2012 –``,
#: ``SINGAPORE - Media OutReach Newswire - …``, ``CHICAGO, June 17, 2025 /PRNewswire/ —``.
DATELINE_PLACE = _compile(
    rf"""^\W{{0,4}}{_PLACE}
    (?=\**\s*(?:,|[-–—]|\(|/[A-Z]|[ ](?:[A-Z][a-z]+day\b)))""",
    regex.VERBOSE,
)
#: A dateline's place in brackets, as US county offices print it: ``(Lakeview, Texas) –``,
#: ``(Lakeview – July 7, 2024)``.
DATELINE_BRACKETED = _compile(
    rf"""^\s*\({_PLACE}(?:,[ ]?{_UP}[\w.]{{0,15}}\.?)*
    (?:\)[ ]*[-–—]|[ ]*[-–—][ ]*(?={_MONTH_TITLE}|\d))""",
    regex.VERBOSE,
)
#: The place after the date of a Canadian-style header line: ``May 12, 2025 - Ottawa,
#: Ontario - Indigenous Services Canada`` (read after :data:`DATE_POINT` matched the date).
PLACE_AFTER_DATE = _compile(rf"[ \t\xa0]*[-–—][ \t\xa0]*{_PLACE}(?=[ \t\xa0]*(?:,|[-–—]|$))")
#: A dateline place in capitals with no date after it: ``SANTA ANA –``, ``WASHINGTON, D.C. -``,
#: ``LEEDS, England --`` (a typewriter's double hyphen for the dash).
DATELINE_CAPS = _compile(
    rf"^\W{{0,4}}(?P<place>{_UP}[{_UP}.'’\-]{{2,}}(?:[ ]{_UP}[{_UP}.'’\-]+){{0,3}})"
    rf"(?:,[ ]?{_UP}[\w.]{{0,15}}\.?)*[ ]?(?:--|[-–—])[ ]"
)
#: A dash or a colon that opens a paragraph, the dateline's place left on the line above it
#: by a scraper: ``– County Prosecutor Ann Marsh today …``, ``: State Attorney Jane Roe will …``,
#: ``- The County …`` (a hyphen only before a capital: ``- a bullet`` is a list's).
ORPHAN_SEPARATOR = _compile(r"(?:[–—:]|--)[ \t\xa0]+(?=\S)|-[ \t\xa0]+(?=\p{Lu})")
#: A clock time: ``00:01``, ``6.40pm``, ``23:30 hours``, ``10am``.
TIME = _compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?|\s*(?P<ampm>[ap]\.?m\.?)(?!\w))", regex.IGNORECASE
)

# --- small helpers of the field rules ----------------------------------------------------

#: A numeral after a short form that the long form does not spell: ``UNMIS II``.
NUMERAL_SUFFIX = _compile(r"\s+(?:[IVX]+|\d+)$")
#: The ``[dot]`` of an obfuscated e-mail domain, or a plain dot with spaces around it.
OBFUSCATED_DOT = _compile(r"\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*", regex.IGNORECASE)
#: The ``(0)`` trunk prefix printed inside international numbers.
TRUNK_ZERO = _compile(r"\(0\)")
NON_DIGIT = _compile(r"\D")
#: A possessive or comma at the end of a name: ``Smith’s``.
POSSESSIVE_END = _compile(r"(?:[’']s?|,)$")
#: A possessive ending a word (``Labor’s``, ``Greens'``): the owner of what follows.
OWNER_END = _compile(r"(?:[’']s|s[’'])$")
#: A name suffix that is not a surname: ``Jr.``, ``III``.
NAME_SUFFIX_WORD = r"(?:Jr\.?|Sr\.?|II|III|IV)"
NAME_SUFFIX = _compile(rf"^{NAME_SUFFIX_WORD}$")
#: What may follow a surname printed as a word: a suffix, then no more name characters, or
#: a possessive (``Jane Roe’s father``: the name is printed there too).
SURNAME_END = _compile(rf"(?:[ \t\xa0]+{NAME_SUFFIX_WORD})?(?:(?=[’']s?(?![\w’'\-]))|(?![\w’'\-]))")
#: A post whose ``for …`` names its portfolio, not a body: ``spokesperson`` (``for Ports``),
#: ``Minister``, ``Secretary``.
PORTFOLIO_OF = _compile(r"\b(?:spokes(?:person|man|woman)|[Mm]inister|[Ss]ecretary)$")
#: ``CEO of Acme`` → role, organisation.
ROLE_OF_ORG = _compile(rf"^(?P<role>.+?)\s+(?:of|at|for|from|with)\s+(?:the\s+)?(?P<org>{_UP}.*)$")
#: Letters after a name that are a degree or an honour, not a role: ``M.D.``, ``Ph.D.``,
#: ``MBA``, ``OBE``, ``QPM`` (a police medal), ``AO`` (an Australian honour).
POST_NOMINAL = _compile(
    r"""^(?:(?:[A-Z][a-z]?\.){1,3}[A-Z]?|MD|PhD|DPhil|MBA|MPH|RN|FRS|FRSE|FREng|FMedSci|FBA|FRCP|FRCS|
      OBE|MBE|CBE|KBE|DBE|GBE|CB|CMG|KCMG|CVO|LVO|MVO|DSO|QPM|KPM|OAM|AO|AC|AM|PSM|APM|DL|JP|QC|KC|SC|Esq|Jr|Sr|II|III)\.?$""",
    regex.VERBOSE,
)
#: The letters of a member of a parliament or assembly, as a word of their own.
MEMBER_LETTERS = _compile(rf"^{_MEMBER}$")
#: An affiliation without a job title: ``from the Roads Policing Unit`` → organisation.
AFFILIATION = _compile(rf"^(?:from|of|at|with)\s+(?:the\s+)?(?P<org>{_UP}.*)$")
#: A conjunction before a subject: ``and Smith said``.
LEADING_CONJUNCTION = _compile(r"^(?:and|but|while|as|so|then|also|here|today|now|that)\s+", regex.IGNORECASE)
#: Where an attribution phrase splits into name, role and organisation.
SEGMENT_BREAK = _compile(r",\s*|\s+\(|\)\s*")
#: An attribution's part that leaves a portfolio open at its end, the comma of a list of
#: portfolios after it: ``Shadow Minister for Roads`` + ``, Ports and Harbours Jane Roe``.
PORTFOLIO_OPEN = _compile(rf"\b(?:for|of)\s+{_CAP_WORD}(?:\s+(?:(?:and|&|of|for|the)\s+)?{_CAP_WORD})*$")
#: The part after that comma which goes on with the list: capitalised words, then ``and`` or
#: ``&`` and a capitalised word (``Ports and Harbours Jane Roe``, ``Ageing & Sport``).
PORTFOLIO_LIST_REST = _compile(_LIST_REST)
#: An article that ends the text before a run of capitalised words: a body's name follows it,
#: not a person's (``the Lakeview Greens leader``).
ENDS_WITH_THE = _compile(r"(?:^|\s)[Tt]he[ \t\xa0]+$")
#: A relative clause after a name: ``Fox who led the work``.
RELATIVE_CLAUSE = _compile(r"^(?:who|which|that|whose)\b")
#: ``the authors``, ``the Heritage Minister``: a subject named by a noun.
THE_NOUN = _compile(r"^the\s+(?P<noun>[\w\-’']+(?:\s+[\w\-’']+){0,2})$", regex.IGNORECASE)
#: A description with its relative clause run on, no comma: ``the victim who asked not to be
#: named`` → ``the victim``, ``a captain who …`` → ``a captain`` (the clause says which one,
#: it names no one).
DESCRIPTION_CLAUSE = _compile(
    r"^(?P<head>(?:the|an?|one)\s+[\w\-’']+(?:\s+[\w\-’']+){0,2}?)\s+(?:who|whose|that)\s", regex.IGNORECASE
)
WORD_CHARS = _compile(r"\w+")


EXAMPLES.update(
    {
        "MARKDOWN_HEADING_START": (MARKDOWN_HEADING_START, ["# Title", "### Notes"], ["#019/2011", "#hashtag", "# "]),
        "LABEL_AFTER_TITLE": (
            LABEL_AFTER_TITLE,
            ["  Media Release | Spokesperson Jane Roe", " | Lakeview Party", " press statement"],
            ["  Media and the law", " releases", "ferries"],
        ),
        "HIDDEN_EMAIL": (HIDDEN_EMAIL, ["[email protected]", "[Email&#160;protected]"], ["[email]", "email protected"]),
        "DESCRIPTION_CLAUSE": (
            DESCRIPTION_CLAUSE,
            ["the victim who asked not to be named", "the young mother whose son was hurt", "a captain who left"],
            ["the victim", "Jane Roe who leads the team", "the people of Lakeview who"],
        ),
        "OWNER_END": (OWNER_END, ["Labor’s", "Greens'", "UNHCR's"], ["O'Neill", "Roe", "’90s"]),
        "PORTFOLIO_OF": (PORTFOLIO_OF, ["the Party's spokesperson", "Minister", "Shadow Secretary"], ["CEO", "Chair"]),
        "SPEAKER_LABEL_WITH_POST": (
            SPEAKER_LABEL_WITH_POST,
            ["Jane Roe, President of the Harbour Trust: ", "Jane Roe, Chair: "],
            ["Jane Roe: ", "Our response, in short: "],
        ),
        "EMBARGO": (
            EMBARGO,
            ["EMBARGOED UNTIL 00:01", "Not for publication before 10am", "Not to be Published Before 1400"],
            ["The embargo on arms was lifted", "Not to be missed", "Released today"],
        ),
        "NOTE_NUMBER_BARE": (
            NOTE_NUMBER_BARE,
            ["1 The bridge cost £4m.", "  2 It opens"],
            ["1. The", "2014 Th", "1 the"],
        ),
        "COUNT_IN_THOUSANDS": (
            COUNT_IN_THOUSANDS,
            ["12 345 678 dollars", "1 500 people"],
            ["0412 345 678", "12 345 678."],
        ),
        "CONTACT_IN_LINE": (
            CONTACT_IN_LINE,
            ["FOR IMMEDIATE RELEASE Contact: Jane Roe", "March 4, 2022  Media Contact: Jane Roe"],
            ["Contact: Jane Roe", "Contact us for details"],
        ),
        "FRONT_MATTER_PERSON": (
            FRONT_MATTER_PERSON,
            ['  - "Roe, Jane"', '  - "Roe, Jane, (Chief of Staff)"'],
            ['  - "Lakeview Party"', 'creators:'],
        ),
        "PAGE_DATE_LABEL": (PAGE_DATE_LABEL, ["Published", "Posted on:", " published "], ["Published 3 May"]),
        "FOLLOWING_STATEMENT": (
            FOLLOWING_STATEMENT,
            ["sent the following telegram to the Minister", "released the following joint statement"],
            ["sent a telegram", "the following statement"],
        ),
        "SUBJECT_SAID": (
            SUBJECT_SAID,
            ["Harbour Watch International said today", "the Harbour Trust says"],
            ["said Ann", "the harbour said"],
        ),
        "ENDS_WITH_THE": (ENDS_WITH_THE, ["said the ", "The "], ["said theme ", "the"]),
        "LABEL_PREFIX": (
            LABEL_PREFIX,
            ["News release: Acme", "MEDIA ADVISORY – Acme", "Acme Press Release - Acme", "Release – Acme"],
            ["Release of the harbour report", "News of the week", "Releases: a story"],
        ),
        "SITE_BANNER": (
            SITE_BANNER,
            ["PRESS-WIRE.org - Press Release Distribution", "harbournews.com", "Lakeview.gov.uk | News"],
            ["Harbour.com launches a new app", "Lakeview Harbour - News", "Node.js 20 released"],
        ),
        "INCH_MARK": (INCH_MARK, ["between 5’8” and 5’10” tall", "6'1\" tall"], ["in 2024”", "the ‘99”", "5’ 9”"]),
        "GROUP_DOING": (
            GROUP_DOING,
            ["Detectives leading the inquiry into Tom Ashby’s death", "Officers investigating the crash"],
            ["Police Scotland", "Lakeview officers leading", "detectives", "Officers King and Roe"],
        ),
        "GROUP_SUBJECT": (
            GROUP_SUBJECT,
            ["Family members left the court.", "It rained. The residents left early.", "Police said it."],
            ["He met family members there.", "Family Members Meet", "the police."],
        ),
        "ORPHAN_SEPARATOR": (
            ORPHAN_SEPARATOR,
            ["– County Prosecutor", "— Insurance", "-- The", ": State Attorney", "- The County"],
            ["- a bullet", "–", "x–y", ":"],
        ),
        "QUOTE_MARK": (QUOTE_MARK, ["“", "Centre,'' Senator", "&rdquo;", "\\u201c"], ["Centre, Senator", "`"]),
        "SPACED_CAPITAL": (SPACED_CAPITAL, [" The", "  Jess"], ["The", " the", " 1st"]),
        "PHONE_LABEL": (
            PHONE_LABEL,
            ["Tel: ", "Mobile (24 hours): ", "Enquiries: ", "Media inquiries ", "Phones: Lakeview, "],
            ["Hotels: ", "Phones: lakeview, "],
        ),
        "POST_GOES_ON": (
            POST_GOES_ON,
            [" & CEO of Harbour Labs", " and Chief Executive", " of the Rowing Club", " at Lake Hall", " for Ports"],
            [" of the county", ", said", " and said", ".", " for the county"],
        ),
        "STATEMENT_PHRASE": (
            STATEMENT_PHRASE,
            ["released the following statement", "issued a joint statement", "sent the following telegram"],
            ["sent the telegram", "released the figures", "gave the following statements"],
        ),
        "SPEAKER_LABEL": (
            SPEAKER_LABEL,
            ["Senator Okafor: ", "Deputy Commissioner Jane Roe:", " Chair: "],
            ["The senator asked: ", "Senator Okafor said: "],
        ),
        "SENTENCE_BREAK": (
            SENTENCE_BREAK,
            ["the end. The next", "in the U.S. The next", "it rained! The", "by Harbour Ltd. The"],
            ["said Dr. Ann Roe", "J. Roe said", "Mr. Okafor said", "the end.The next"],
        ),
        "GARBLED_WORD": (
            GARBLED_WORD,
            ["QLÂ£MX", "ku7RT", "P(PORTS", "tÃ¢Â‘"],
            ["Café", "COVID-19", "(Foreign)", "A4"],
        ),
        "GLUED_WORDS": (GLUED_WORDS, ["StepsJane", "OnwardWith"], ["McKenzie", "MacKellar", "DeAndre", "LaToya"]),
        "MARGIN_SPECKS": (MARGIN_SPECKS, ["i  J ", "1  "], ["A ", "Jones", "I "]),
        "LISTED_BEFORE": (
            LISTED_BEFORE,
            ["“berth fees,” ", "“hours,” and ", '"pay" or '],
            ["levels, and ", "“pay.” The "],
        ),
        "LISTED_AFTER": (LISTED_AFTER, [" “hours", ", and “the work", ' or "pay'], [" said “we", ". “Next"]),
        "ATTRIBUTION_CUT": (ATTRIBUTION_CUT, [",", ", Said", "said", ";  stated"], []),
        "WIDE_GAP": (WIDE_GAP, ["quay.   Looking", "Century   Prof."], ["the  Minister", "end.   and"]),
        "WIDE_GAP_END": (WIDE_GAP_END, ["Work on the Quays   "], ["Quays  ", "Quays"]),
        "URL_INVITE": (
            URL_INVITE,
            [
                "For more information, visit ",
                "For more, log onto ",
                "It is available at: ",
                "Learn more about the Lakeview Harbour Plan at ",
            ],
            ["The visitor centre opened ", "the catalogue "],
        ),
        "VERB_TO_INFINITIVE": (VERB_TO_INFINITIVE, [" to bring", "  to fight"], [" to Lakeview", ", to"]),
        "LABELLED_QUOTE_LINE": (
            LABELLED_QUOTE_LINE,
            [" Secretary Okafor: “We will", 'Ashby: "To whom?"'],
            ["The board: a review", "Secretary Okafor said: later"],
        ),
        "LAST_CLOSE_MARK": (LAST_CLOSE_MARK, ['harbour."   Mr', "today,” he", 'end"'], ['"Over', "“Over"]),
        "CAPITAL_SAID": (CAPITAL_SAID, [", Said Mr Roe", " ; Says Jane"], [", Saidi Roe", "Said Roe later"]),
        "CALLS_FOR": (CALLS_FOR, ["calls for a", "Called  for"], ["called it", "caller for", "calls the plan for"]),
        "GLUED_CLOSE_SAID": (
            GLUED_CLOSE_SAID,
            ["the plan is finishedShadow  Roads  Minister Jane Roe said. .", "it workedMs Roe said."],
            ["the iPhone and YouTube daily,” Roe said.", "the plan is finished. Shadow Minister Roe said."],
        ),
        "LOST_CLOSE_SAID": (
            LOST_CLOSE_SAID,
            ["I approved them, Okafor said.", "the plans, Mr. Jane Roe added.  "],
            ["I approved them, the Minister said.", "them,” Okafor said.", "them, Okafor said today."],
        ),
        "PUT_IT": (PUT_IT, ["put it so well", "put it: "], ["put in place", "put items"]),
        "PORTFOLIO_OPEN": (
            PORTFOLIO_OPEN,
            ["Shadow Minister for Roads", "Secretary of State for Roads and Ports"],
            ["Minister for roads", "the Minister", "for Health said"],
        ),
        "PORTFOLIO_LIST_REST": (
            PORTFOLIO_LIST_REST,
            ["Ports and Harbours Jane Roe", "Ageing & Sport", "Health and Ageing"],
            ["Jane Roe", "and Tom Ashby", "Tom Ashby and others"],
        ),
        "DAY_NUMBER": (DAY_NUMBER, ["April 17, 2012", "2024-05-12", "5 May 2024"], ["January 2025", "2013"]),
        "UNNAMED_PERSON": (
            UNNAMED_PERSON,
            ["a ferry captain", "one witness", "an older resident"],
            ["a Harbour Board captain", "the captain", "a captain of the ferry"],
        ),
        "UNNAMED_SPOKESPERSON": (
            UNNAMED_SPOKESPERSON,
            ["a council spokesman", "a spokeswoman", "an agency spokesperson"],
            ["a Harbour Board spokesman", "the spokesman", "a spokesman for the council"],
        ),
        "PHONE_WRAPPED_GROUP": (PHONE_WRAPPED_GROUP, ["\n4567 In Bern", " \n12"], ["\n12.5", "\n12:30", "12"]),
        "PHONE_WRAPPED_REST": (
            PHONE_WRAPPED_REST,
            ["\n0142, Fax", " \n118 or in Perth", "\n3907 ade@x.org", "\n3907.", "\n4567\nNext"],
            ["\n2016 was a good year", "\n12.5 per cent", "\n1234567", " 0142"],
        ),
        "DATE_POINT": (
            DATE_POINT,
            [
                "12 May 2011",
                "May 12, 2011",
                "12th May",
                "16-JAN-2017",
                "Jan. 7, 2026",
                "2/12/16",
                "2011-05-12",
                "--(BUSINESS WIRE)--May 5, 2021--",
            ],
            ["may be", "march on", "at 6.40pm", "0800 555 111", "version 1.2.3.4", "ref-12 May", "x---12 May"],
        ),
        "AUXILIARY": (AUXILIARY, ["Members have agreed", "the Board has"], ["Haverford College", "Mayor Willis"]),
        "MINOR_NAME_TOKEN": (MINOR_NAME_TOKEN, ["J.", "J.R.", "van", "Jr.", "III", "Ó"], ["Jane", "Smith.", "Vance"]),
        "NAME_RUN_2": (
            NAME_RUN_2,
            ["Maroš Šefčovič", "Éamon Ó Cuív", "Ursula von der Leyen", "J. R. Smith"],
            ["the minister", "Åsa", "U.S. officials"],
        ),
        "ROLE_THEN_NAME": (
            ROLE_THEN_NAME,
            [" for Roads and Ports, Tom Ashby", ", Tom Ashby", " for Roads, Ports and Harbours, Tom Ashby"],
            [" opened the bridge. Tom Ashby", " for Roads. Tom"],
        ),
        "NAME_THEN_ROLE": (
            NAME_THEN_ROLE,
            ["Tom Ashby, the ", "Jane Okafor, "],
            ["Tom Ashby said the ", "Ashby, the "],
        ),
        "PLURAL_INITIALS": (PLURAL_INITIALS, ["GOVERNMENT MPs TO", "NGOs"], ["Mrs", "ALSO"]),
        "TITLE_INTRO": (
            TITLE_INTRO,
            ["the public workshop, ", "a report entitled ", "a campaign called "],
            ["the minister said, ", "the report, which was "],
        ),
        "NAME_BEFORE_BRACKET": (
            NAME_BEFORE_BRACKET,
            ["by the Lakeland Chamber of Roads and Ports ", "the Lakeview Harbour Board"],
            ["by the Chamber ", "Acme Corporation’s ", "the chamber of commerce "],
        ),
        "GUILLEMET_STOP": (GUILLEMET_STOP, ["local problems»\n", "the towns» \n"], ["the towns.»\n", "»We are"]),
        "MARKDOWN_LINK": (
            MARKDOWN_LINK,
            ["[Share](https://x.example/s?u=1)", "[![Linkedin](https://x.example/l.svg)](https://x.example/#l)"],
            ["[1] a footnote", "(https://x.example)"],
        ),
        "VANITY_PHONE": (
            VANITY_PHONE,
            ["call 1-800-FLOWERS now", "(888) 555-TIPS", "1-866-CALL-DOJ"],
            ["1-800-555-0199", "800-FLOWERSHOP", "the 800-METRE race", "1-800-FLOWERS-NOW"],
        ),
        "TRAILING_NUMERAL_SPECK": (TRAILING_NUMERAL_SPECK, ["so far,’  1", "the bridge.' 12"], ["in 2019", "so far,’"]),
        "MISREAD_CLOSE_SAID": (
            MISREAD_CLOSE_SAID,
            ["the bridge,’  1  \nMr Ashby said.", "for all.' she added", "too.’ Jane Roe said"],
            ["the towns’ roads said", "Ashby’s team said", "it,’ and then"],
        ),
        "OCR_LETTER_CLOSE_SAID": (
            OCR_LETTER_CLOSE_SAID,
            ["the plan is a bad one,M Senator Jane Roe, spokesperson on harbours, said today."],
            ["a bad one,M Senator Jane Roe has left.", "bad one, M Senator Roe said", "A,B Roe said."],
        ),
        "CAPITALS_TAIL": (
            CAPITALS_TAIL,
            ["Jane Roe MP - Member for Lakeview HARBOUR WORKS GO AHEAD?", "NEW BRIDGE FOR TOWN"],
            ["Jane Roe MP HARBOUR Works", "Jane Roe opens NEW BRIDGE"],
        ),
        "PORTFOLIO_LINE": (
            PORTFOLIO_LINE,
            [
                "Minister for Roads and Ports",
                "Shadow Minister for Health & Ageing",
                "Minister Assisting the Premier",
                "The Minister for Roads, Ports and Harbours",
            ],
            ["Minister for Roads opens the new bridge", "Minister Opens New Bridge"],
        ),
        "POST_QUALIFIER": (POST_QUALIFIER, ["the Prime ", "our Deputy "], ["The ", "the Federal ", "Prime"]),
        "CAPITALS_THEN_QUOTE": (
            CAPITALS_THEN_QUOTE,
            ['HARBOUR DUES MUST NOT RISE "It is wrong', " PORT TO CLOSE “We have"],
            ['Harbour dues "must not rise"', 'DUES RISE "AGAIN"', '"It is wrong" SAYS ROE'],
        ),
        "ADVISORY_FIELD": (
            ADVISORY_FIELD,
            ["WHO: Lakeview County District Attorney Jane Roe", "WHEN: Today, 10 a.m.", "Where:  Room 4"],
            ["Who Pays for the New Bridge?", "WHAT THE BOARD DECIDED", "Somewhere: a town"],
        ),
        "JUDICIAL_DISTRICT": (
            JUDICIAL_DISTRICT,
            ["Central District of Lakeview", "District of Columbia", "  Southern District of New York"],
            ["District of Columbia Opens New Bridge", "Central Lakeview District Council", "The district of"],
        ),
        "SECTION_LABEL": (
            SECTION_LABEL,
            ["#  news New bridge opened", "news Building Bridges"],
            ["News from the board", "newsletter Out now", "news: New board"],
        ),
        "NAME_WITHOUT_VERB": (
            NAME_WITHOUT_VERB,
            [" Assistant State Attorney Jane Roe in her closing argument.", " Mayor Tom Ashby."],
            [" and then the bridge opened.", " Tom Ashby said."],
        ),
        "INITIALISM": (INITIALISM, ["L.L.P. and Harbours", "the U.N."], ["Xo.k... March", "J. Roe"]),
        "PHONES_LABELLED": (
            PHONES_LABELLED,
            ["Leader Lakeview Party Phones: Lakeview, 418 Ext. 207", "Telephone (06) 555 0100", "Tel 5550 0199"],
            ["Phone scam hits 300 homes", "Telephones ring out"],
        ),
        "PORTFOLIO_LINE_CAPS": (
            PORTFOLIO_LINE_CAPS,
            [
                "THE MINISTER  FOR THE HARBOUR TERRITORY",
                "SHADOW MINISTER FOR ROADS AND PORTS",
                "FROM THE MINISTER FOR ROADS",
            ],
            ["MINISTER OPENS BRIDGE", "NEW MINISTER FOR ROADS", "THE MINISTER FOR ROADS AND PORTS, SENATOR"],
        ),
        "MEMBER_LINE": (
            MEMBER_LINE,
            [
                "The Hon. Claire Whitford MP",
                "Hon Tom Ashby",
                "Jane Smith MLA",
                "Senator the Hon Jo Lee",
                "The Hon Dr Ann Poe MP",
                "JANE ASHBY M.P. Shadow Minister for Roads & Ports",
                "TOM QUILL MP  SHADOW MINISTER FOR HEALTH  MEMBER FOR LAKEVIEW",
                "Jane Roe MP - Federal Member for Lakeview",
                "The Hon. TOM ASHBY, M .P.",
            ],
            [
                "Minister opens new hospital wing",
                "Hon Kids Club wins award for local work",
                "Smith MP calls for review",
                "Jane Ashby MP welcomes Minister for Roads",
            ],
        ),
        "AFFILIATION": (
            AFFILIATION,
            ["from the Roads Policing Unit", "of Acme Ltd", "at École Normale"],
            ["from home"],
        ),
        "ROLE_OF_ORG": (ROLE_OF_ORG, ["CEO of Acme", "Professor at Université Laval"], ["Head of policy", "Director"]),
        "BODY_NAME": (BODY_NAME, ["A Department for Education spokesperson", "Bank of England"], ["a spokesperson"]),
        "PLACE_AFTER_DATE": (PLACE_AFTER_DATE, [" - Ottawa, Ontario - ISC", " – Gatineau"], [" - the minister said"]),
        "CONTACT_PERSON": (
            CONTACT_PERSON,
            ["Sophie McLachlan, Manager", "Sean O'Brien", "Jane Q. Smith", "Betsy DeVos", "Zoë Ørsted"],
            ["press@acme.org", "ACME LTD", "jane smith"],
        ),
        "DATELINE_TITLE_CASE": (
            DATELINE_TITLE_CASE,
            ["Geneva – The Secretary-General has appointed", "New Delhi — Officials said", "Montréal – The"],
            ["Geneva - the city", "In brief – The council", "geneva – The"],
        ),
        "POST_NOMINAL": (
            POST_NOMINAL,
            ["M.D.", "Ph.D.", "MBA", "OBE", "Jr.", "QPM", "AO"],
            ["Director", "CEO of Acme", "MD of Acme"],
        ),
        "ACCORDING_TO_AFTER": (
            ACCORDING_TO_AFTER,
            [", according to a statement from Mayor Jane Smith.", " according to the report"],
            ["; the plan, according to", "and according to"],
        ),
        "DATELINE_BRACKETED": (
            DATELINE_BRACKETED,
            ["(Lakeview, Texas) – A jury sentenced", "(Lakeview – July 7, 2024)", " (Port Ashby) - The board"],
            ["(pictured) – the board", "(Lakeview, Texas) said", "The (Lakeview) board"],
        ),
        "REFERENCE_AFTER_LABEL": (
            REFERENCE_AFTER_LABEL,
            [
                "PRESS RELEASE 19-045",
                "Media Release: MR-2025-012",
                "News release PR 45/2019",
                "June 4, 2001    MEDIA RELEASE    01/ 245",  # after a letterhead's date, OCR's space
            ],
            ["Press release: Council opens library", "News release 2025", "in a media release 12/05 she said"],
        ),
        "FISCAL_YEAR": (FISCAL_YEAR, ["2015-16", "financial year 2016/17"], ["2015-123", "12015-16"]),
        "MONTH_RANGE": (
            MONTH_RANGE,
            ["between January and ", "from Jan. to ", "January–", "JANUARY TO "],
            ["between 2 and ", "may and ", "Januaryand "],
        ),
        "DAY_RANGE": (DAY_RANGE, ["from 1 to ", "1-", "between 2 and ", "from 1\nto "], ["2011 - ", "no range"]),
        "PHONE_SHAPE": (
            PHONE_SHAPE,
            ["+44 20 7946 0000", "(202) 555-0143", "0800 776600", "202.555.0143", "(+32) 2 299 11 11"],
            ["2019", "15 May"],
        ),
        "EMAIL": (EMAIL, ["jane@example.org", "h.smith [at] example [dot] org"], ["@handle", "[email protected]"]),
        "SITE_SUFFIX": (SITE_SUFFIX, ["Headline - Lakeview County District Attorney"], ["Headline"]),
        "FURNITURE": (
            FURNITURE,
            [
                "Skip to main content",
                "Share this page",
                "We use COOKIES on this site.",
                "Cookie settings",
                "Return to the 2019 Press Release Index",
                "Back to news releases",
                "Navigation path",
                "Other available languages: none",
                "Lakeview University logo and link",
                "E-mail this information to a friend",
                "Post a Comment",
                "View More In This Section",
                "Note: Only a member of this blog may post a comment.",
            ],
            [
                "Print run of new stamps sold out",
                "Home Office publishes figures",
                "Return to Office Plan Shelved",
                "Email this week: the new rules",
            ],
        ),
        "URL_HINT": (URL_HINT, ["https://a", "WWW.Example", "example.org/x"], ["jane.doe", "end.Next"]),
        "TITLE_SPECKS_BEFORE": (
            TITLE_SPECKS_BEFORE,
            ["â   ·  HARBOUR CRANES SOLD", "; HARBOUR WORKS", "i ^ Bridge opens"],
            ["A NEW BRIDGE", "I WILL STAY", "1 MILLION JOBS", "“ Bridge” opens", "$ 5 MILLION"],
        ),
        "TITLE_SPECKS_AFTER": (TITLE_SPECKS_AFTER, ["CRANES SOLD ·", "WORKS ; ~"], ["WORKS", "BRIDGE (2)", "TO 50 %"]),
        "SENTENCE_GOES_ON": (
            SENTENCE_GOES_ON,
            ["an insight into the ", "said "],
            ["HEALTH, ", "for Lakeview ", "release: ", "Pay or park  "],
        ),
        "EMAIL_CAPITALS_TAIL": (EMAIL_CAPITALS_TAIL, ["RelationsIR", "teamPRESS.DESK"], ["press", "JaneDoe", "PRESS"]),
        "EMAIL_HINT": (EMAIL_HINT, ["a@b", "press [at] example", "press(AT)example"], ["at the", "(attached)"]),
        "US_MARKERS": (
            US_MARKERS,
            ["AUSTIN, Tex., May 2", "WASHINGTON, D.C. –", "/PRNewswire/", "Sen. Roe (D-Ore.)", "(513) 555-0147"],
            ["Texas, May 2", "DC Comics", "(R&D)", "(020) 7946 0000", "(02) 6277 7111", "(513) 555-01478"],
        ),
        "DIGIT_RUN": (DIGIT_RUN, ["page 12", "٣"], ["no digits here", "IV"]),
        "FISCAL_YEAR_LEAD": (
            FISCAL_YEAR_LEAD,
            ["in the financial year ", "Fiscal Year "],
            ["a year ", "financial year 2015"],
        ),
        # (an abbreviation's inner full stop is no sentence end: ``Ph.D``, ``U.S``)
        "GLUED_STOP": (GLUED_STOP, ["summer.Mayor", "in 2025.The", "now! Mayor"], ["Ph.D.", "U.S.", "Dr. Smith"]),
        "NOTES_HEADING_RUN_IN": (
            NOTES_HEADING_RUN_IN,
            ["in May. Notes to editors 1. The", "0000 Notes for Editors: The NIHR", "website Notes to editors 1. The"],
            ["the notes to editors say", "end. Notes to editors say", "footnotes to editors 1. The"],
        ),
        "FURNITURE_RUN_IN": (
            FURNITURE_RUN_IN,
            [" Back to top Cookies", " Share this page"],
            ["back to the top of the hill"],
        ),
        "NOTE_NUMBER_RUN_IN": (
            NOTE_NUMBER_RUN_IN,
            ["cost £4m. 2. It was", "ends.” 3) The"],
            ["in section 2. The", "£4.2m. More"],
        ),
        "HANDOVER_TAIL": (
            HANDOVER_TAIL,
            [":", " told reporters:", "? ", " in a statement: "],
            [" the plan.", " that it was over"],
        ),
        "WHO_BEFORE_VERB": (WHO_BEFORE_VERB, [", Jane Smith ", '," he ', " – Dr. A. Jones "], ["Smith", ".", "“Yes”"]),
        "FISCAL_YEAR_HINT": (FISCAL_YEAR_HINT, ["2015-16", "1999/2000", "2020–21"], ["15-16", "3015-16", "2015 -"]),
        "REFERENCE_LABEL_HINT": (REFERENCE_LABEL_HINT, ["Press Release No. 4", "Ref: 12", "AI Index"], ["Bulletin 4"]),
    }
)
