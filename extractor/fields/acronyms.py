"""Acronym definitions printed in the text, in both orders.

``Long Form (SHORT)`` and ``SHORT (Long Form)``, found with the Schwartz–Hearst rule
(Schwartz & Hearst 2003): the short form's letters appear in order in the long form,
the first one at the start of a word, and the long form is the shortest such run of
words before the bracket. A plural ``s`` (``LSCBs``), hyphens and ``&`` are allowed;
citations ``(2011)``, asides ``(see below)``, ``(Pty) Ltd`` and tickers
``(NASDAQ: LEXX)`` are not short forms. Each pair is listed once, at its first printing.
"""

from __future__ import annotations

from .. import patterns as P
from .. import vocab as V
from ..document import Document
from ..models import Acronym

#: A body's name before a bracket is looked for this far back (it is a few words long).
NAME_REACH = 120
#: A short form is at most this long (letters and digits).
MAX_SHORT = 10
#: How far before a long form its leading digit's word is looked for (``Seventh ``).
NUMBER_WORD_REACH = 16


def _short_form(text: str) -> bool:
    letters = [c for c in text if c.isalnum()]
    if not 2 <= len(letters) <= MAX_SHORT or not text[:1].isalnum():
        return False
    upper = sum(c.isupper() for c in text)
    return upper >= 2 and not text.isdigit() and len(text.split()) <= 2


def schwartz_hearst(short: str, long: str) -> str | None:
    """The shortest tail of ``long`` that holds the letters of ``short`` in order."""
    found = long_form(short, long)
    return found[0] if found else None


def long_form(short: str, long: str) -> tuple[str, int] | None:
    """The long form of ``short`` at the end of ``long``, and where in ``long`` it starts."""
    s = P.NUMERAL_SUFFIX.sub("", short)  # UNMIS II: the numeral is not spelled out
    start = _letters_start(s, long)
    if start is None and any(c.isdigit() for c in s):
        # a digit that stands for a word (``offline-to-online (O2O)``, ``Third Generation
        # Partnership Project (3GPP)``) is not printed in the long form: the letters spell it
        letters = "".join(c for c in s if not c.isdigit())
        if " " not in s and sum(c.isalpha() for c in letters) >= 2:
            start = _letters_start(letters, long)
            spelt = None
            if start and s[0].isdigit():
                spelt = P.TOKEN_BEFORE.search(long, max(0, start - NUMBER_WORD_REACH), start)
            if spelt and spelt.group("token").lower() in V.NUMBER_WORDS[s[0]]:
                start = spelt.start("token")  # the leading digit's word: ``Third`` of ``3GPP``
    if start is None:
        return None
    # ``European Widget Exchange (EWX)``: take in the words before whose initials the short
    # form still spells, up to one word per capital.
    capitals = sum(c.isupper() for c in s)
    content = [w for w in _clean(long[start:]).split() if w.lower() not in V.FUNCTION_WORDS and w != "&"]
    before = list(P.NON_SPACE_RUN.finditer(long, 0, start))
    while before and len(content) < capitals and _clean(before[-1].group())[:1].lower() == s[:1].lower():
        word = before.pop()
        content.insert(0, word.group())
        start = word.start()
    while start < len(long) and not long[start].isalnum():
        start += 1  # markup before the first word: ``**European``
    found = _clean(long[start:])
    if len(found) <= len(short) or short.lower() in found.lower().split():
        return None
    return found, start


def _letters_start(s: str, long: str) -> int | None:
    """Where in ``long`` the shortest tail holding the letters of ``s`` in order starts,
    the first at the start of a word (Schwartz–Hearst, read from the right)."""
    si, li = len(s) - 1, len(long) - 1
    while si >= 0:
        c = s[si].lower()
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (long[li].lower() != c or (si == 0 and li > 0 and _in_word(long[li - 1]))):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    return li + 1


def _clean(text: str) -> str:
    return " ".join(P.MARKUP.sub("", text).split()).strip(",;:-– ")


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "’'"


def find(doc: Document, url_spans: list[tuple[int, int]]) -> tuple[Acronym, ...]:
    text = doc.text
    out: list[Acronym] = []
    seen: set[tuple[str, str]] = set()
    for m in P.PARENTHESIS.finditer(text):
        open_at, close_end = m.start(), m.end()
        if any(s <= open_at < e for s, e in url_spans):
            continue
        inner = P.SHORT_FORM_WRAP.sub("", " ".join(m.group("inner").split()))
        pair: tuple[str, str, int] | None = None
        if _short_form(inner):
            # the long form stands in the sentence, so in the paragraph (a line break
            # that ends a headline ends its sentence too)
            para_start = doc.paragraphs[doc.paragraph_at(open_at)].start if doc.paragraphs else 0
            window_start = max(_window_start(text, open_at, inner), para_start if para_start <= open_at else 0)
            found = long_form(inner, text[window_start:open_at].rstrip())
            if (found is None or found[0][:1].islower()) and inner.isalpha() and inner.isupper():
                # a body's name whose initials are not the short form's (a translation:
                # ``Lakeland Chamber of Roads and Ports (LKSH)``), or that the letters
                # only matched from a small word before it (``by the Guild of …``)
                named = P.NAME_BEFORE_BRACKET.search(text, max(window_start, open_at - NAME_REACH), open_at)
                if named and (found or any(V.is_org_word(w.lower()) for w in named.group("name").split())):
                    found = (named.group("name"), named.start("name") - window_start)
            if found:
                pair = (inner, found[0], window_start + found[1])
        elif len(inner.split()) >= 2:
            prev = P.TOKEN_BEFORE.search(text, max(0, open_at - 30), open_at)
            if prev and _short_form(prev.group("token")):
                long = schwartz_hearst(prev.group("token"), inner)
                if long and long == inner:
                    pair = (prev.group("token"), inner, prev.start("token"))
        if pair is None:
            continue
        short, long, start = pair
        long = " ".join(long.split())
        key = (short, long.casefold())
        if key in seen or P.WORD.match(long) is None:
            continue
        seen.add(key)
        out.append(Acronym(short, long, (start, close_end)))
    return tuple(out)


def _window_start(text: str, at: int, short: str) -> int:
    """Where the long form may start: at most min(|A| + 5, 2|A|) words back, in the sentence."""
    n = min(len(short) + 5, len(short) * 2)
    words = 0
    i = at
    while i > 0 and words <= n:
        i -= 1
        ch = text[i]
        if ch in ".;:!?()[]" and not (ch == "." and i > 0 and text[i - 1].isupper()):
            return i + 1
        if ch == "\n" and i > 0 and text[i - 1] == "\n":
            return i + 1
        if ch.isspace() and i + 1 < at and not text[i + 1].isspace():
            words += 1
    return i if words <= n else i + 1
