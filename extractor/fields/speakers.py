"""Who said each quote, and which quoted passages are quotes at all.

Attribution rules, tried in order for each passage:

1. after it, in its sentence: ``”, said X``, ``” X said``, ``” – X, Role`` (pull quote);
2. before it, in its sentence: ``X, Role, said: “``, ``According to X, “``;
3. the paragraph before hands over: ``X released the following statement:`` / ``She says:``;
4. the run: a passage later in a paragraph whose earlier passage has a speaker, or a
   paragraph that opens with a quote straight after a paragraph of quotes by one speaker.

Names are taken at their fullest printed form (``Senator Hawley`` → ``Josh Hawley``),
job titles are split off (``Attorney General Jeff Sessions``), pronouns go to the
person named just before or the last speaker. A passage with no attribution keeps
``speaker: None``; short passages count as quotes only when attributed, and titles or
slogans (mostly capitalised words) never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .. import patterns as P
from .. import vocab as V
from ..document import Document, squash
from ..models import Quote, Speaker
from .quotes import Passage

#: A passage of at least this many words is a quote even with no attribution.
MIN_UNATTRIBUTED_WORDS = 6


@dataclass(slots=True)
class _Who:
    name: str
    role: str | None = None
    organisation: str | None = None


@dataclass(slots=True)
class _Names:
    """Every person-like name run in the text, by surname, for the fullest-mention rule."""

    by_surname: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str) -> _Names:
        names = cls()
        for m in P.NAME_RUN.finditer(text):
            tokens = _name_tokens(m.group(0))
            if len(tokens) < 2 or not _person_like(tokens):
                continue
            surname = tokens[-1].lower()
            full = " ".join(tokens)
            best = names.by_surname.get(surname)
            if best is None or len(full) > len(best):
                names.by_surname[surname] = full
        return names

    def fullest(self, tokens: list[str]) -> str | None:
        full = self.by_surname.get(tokens[-1].lower())
        if full and len(full) >= len(" ".join(tokens)):
            first = tokens[0].lower()
            if len(tokens) == 1 or first in full.lower().split() or first in V.HONORIFICS:
                return full
        return None


#: Name tokens that do not count towards a name's length: initials, particles, suffixes.
_MINOR = regex.compile(r"^(?:[A-Z]\.?|de|De|van|Van|von|der|da|del|di|la|le|bin|al|Jr\.?|Sr\.?|II|III|IV)$")
#: At most this many full words make a personal name; longer runs start with other words
#: (``Internal Market Anna Lindqvist``).
MAX_NAME_WORDS = 3


def _split_title(run: str) -> tuple[list[str], list[str]]:
    """A name run split into its job-title words and its name tokens (possessive dropped)."""
    tokens = run.split()
    last_title = -1
    for k, tok in enumerate(tokens):
        if tok.lower().rstrip(".,") in V.TITLE_WORDS:
            last_title = k
    title, tokens = tokens[: last_title + 1], tokens[last_title + 1 :]
    if tokens:
        tokens[-1] = regex.sub(r"(?:[’']s?|,)$", "", tokens[-1])
    tokens = [t for t in tokens if t]
    major = [k for k, t in enumerate(tokens) if not _MINOR.match(t) and t.lower().rstrip(".") not in V.HONORIFICS]
    if len(major) > MAX_NAME_WORDS:
        tokens = tokens[major[-2] :]
    return title, tokens


def _name_tokens(run: str) -> list[str]:
    return _split_title(run)[1]


def _person_like(tokens: list[str]) -> bool:
    if not tokens:
        return False
    low = [t.lower().rstrip(".") for t in tokens]
    if any(t in V.ORG_WORDS or t in V.MONTHS or t in V.WEEKDAYS for t in low):
        return False
    if all(t.isupper() and len(t) > 1 for t in tokens):
        return False  # an acronym: a body, not a person
    return all(t[:1].isupper() for t in tokens)


def _split_role(text: str) -> tuple[str | None, str | None]:
    """``Chief Inspector CSSIW`` → role, organisation; ``CEO of Kin`` → ``CEO``, ``Kin``."""
    text = squash(text).strip(" ,.;")
    if not text:
        return None, None
    m = regex.match(r"^(?P<role>.+?)\s+(?:of|at|for|from|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$", text)
    if m:
        return m.group("role"), m.group("org")
    words = text.split()
    if len(words) >= 2 and words[-1].isupper() and len(words[-1]) > 1:
        return " ".join(words[:-1]), words[-1]
    return text, None


class Attributor:
    """Resolves attribution phrases to speakers, keeping the last one for pronouns."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.names = _Names.build(doc.text)
        self.last: _Who | None = None

    def resolve(self, who: str, context: str = "") -> _Who | None:
        """A speaker from an attribution phrase; ``context`` is text just before, for pronouns."""
        who = squash(who).strip(" ,;:-–—")
        who = regex.sub(r"^(?:and|but|while|as|so|then|also|here|today|now)\s+", "", who, flags=regex.I)
        if not who:
            return None
        if P.PRONOUN.match(who):
            return self._recent_person(context) or self.last
        low = who.lower()
        m = regex.match(r"^the\s+(?P<noun>[\w\-’']+(?:\s+[\w\-’']+){0,2})$", low)
        if m:
            noun = m.group("noun").split()[-1]
            if noun in V.ROLE_NOUNS:
                return self._by_role(noun) or self.last or _Who(who)
            if noun in V.BODY_NOUNS or noun.endswith("s"):
                return _Who(who if who[:1].islower() else "the " + who[4:])
            return self._recent_person(context) or self.last
        segments = [s.strip() for s in regex.split(r",\s*|\s+\(|\)\s*", who) if s.strip()]
        for k, seg in enumerate(segments):
            for run in P.NAME_RUN.finditer(seg):
                title_words, tokens = _split_title(run.group(0))
                if not tokens or not _person_like(tokens):
                    continue
                full = self.names.fullest(tokens)
                if len(tokens) == 1 and not full:
                    known = self._known(tokens[0])
                    if known:
                        return known
                    continue
                name = full or " ".join(tokens)
                role_text = seg[: run.start()].strip() or None
                rest = seg[run.end() :].strip()
                if rest and not role_text:
                    role_text = regex.sub(r"^(?:who|,)\s*", "", rest)
                elif not role_text and k + 1 < len(segments):
                    role_text = segments[k + 1]
                role, org = _split_role(role_text or "")
                if title_words and (role is None or len(role) < 3):
                    role = " ".join(title_words)
                return _Who(name, role, org)
        # no person: a body speaks (``Amnesty International said``, ``the SEC``)
        for seg in segments:
            for run in P.NAME_RUN.finditer(seg):
                words = [t for t in run.group(0).split() if t.lower() not in ("the",)]
                if words and not all(w.lower() in V.TITLE_WORDS for w in words):
                    return _Who(" ".join(words))
        return None

    def _known(self, surname: str) -> _Who | None:
        if self.last and self.last.name.split()[-1].lower() == surname.lower():
            return self.last
        return None

    def _by_role(self, noun: str) -> _Who | None:
        if self.last and self.last.role and noun in self.last.role.lower():
            return self.last
        return None

    def _recent_person(self, context: str) -> _Who | None:
        found = None
        for run in P.NAME_RUN.finditer(context):
            tokens = _name_tokens(run.group(0))
            if len(tokens) >= 2 and _person_like(tokens):
                found = tokens
        if found is None:
            return None
        name = self.names.fullest(found) or " ".join(found)
        if self.last and self.last.name == name:
            return self.last
        return _Who(name)


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence that contains ``hi`` (not before ``lo``)."""
    best = lo
    for m in P.SENTENCE_BREAK.finditer(text, lo, hi):
        best = m.end()
    return best


def _title_like(text: str) -> bool:
    words = P.WORD.findall(text)
    content = [w for w in words if w.lower() not in V.FUNCTION_WORDS]
    if not content or len(words) > 15:
        return False
    caps = sum(1 for w in content if w[:1].isupper())
    return caps / len(content) >= 0.6


def attribute(doc: Document, passages: list[Passage]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    text = doc.text
    paragraphs = doc.paragraphs
    att = Attributor(doc)
    quotes: list[tuple[Passage, _Who | None]] = []
    by_para: dict[int, list[tuple[Passage, _Who | None]]] = {}
    for p in passages:
        para = paragraphs[p.para]
        words = len(P.WORD.findall(text[p.start : p.end]))
        who: _Who | None = None
        strength = ""
        opens_paragraph = text[para.start : p.start if p.open_at is None else p.open_at].strip() == ""
        # 1. after the passage, in its sentence
        if p.close_end is not None:
            after = text[p.close_end : para.end]
            m = P.DASH_WHO.match(after.split("\n", 1)[0])
            if m and p.open_at is not None and text[para.start : p.open_at].strip() == "":
                who, strength = att.resolve(m.group("who")), "after"
            if who is None:
                m = P.SAID_WHO.match(after) or P.WHO_SAID.match(after)
                if m and len(P.WORD.findall(m.group("who"))) <= 12:
                    who, strength = att.resolve(m.group("who"), text[para.start : p.start]), "after"
        # 2. before it, in its sentence
        if who is None and p.open_at is not None:
            lo = max([q.close_end or q.end for q, _ in by_para.get(p.para, [])] + [para.start])
            start = _sentence_start(text, lo, p.open_at)
            clause = text[start : p.open_at]
            m = P.ACCORDING_TO.search(clause)
            if m:
                who, strength = att.resolve(m.group("who"), text[para.start : start]), "before"
            else:
                m = P.WHO_SAID_BEFORE.search(clause)
                if m and (words >= 4 or len(m.group("tail")) <= 60):
                    who = att.resolve(m.group("who"), text[para.start : start + m.start("verb")])
                    strength = "before" if who else ""
        # 3. the paragraph before hands over to this one
        if who is None and p.para > 0 and opens_paragraph:
            prev = paragraphs[p.para - 1]
            prev_text = text[prev.start : prev.end]
            m = P.INTRODUCES_NEXT.search(prev_text)
            if m:
                s = _sentence_start(text, prev.start, prev.start + m.start("who"))
                who = att.resolve(text[s : prev.start + m.end("who")], text[prev.start : s])
                strength = "intro" if who else ""
        # 4. the run of quotes
        if who is None:
            earlier = by_para.get(p.para, [])
            if earlier and earlier[-1][1] is not None:
                who, strength = earlier[-1][1], "run"
            elif opens_paragraph:
                prev_quotes = by_para.get(p.para - 1, [])
                if prev_quotes and prev_quotes[-1][1] is not None:
                    who, strength = prev_quotes[-1][1], "run"
        body = text[p.start : p.end]
        if strength in ("", "run"):
            if words < MIN_UNATTRIBUTED_WORDS or _title_like(body):
                continue
        elif words < 2 or (_title_like(body) and strength != "after"):
            continue
        if who is not None:
            att.last = who
        entry = (p, who)
        quotes.append(entry)
        by_para.setdefault(p.para, []).append(entry)
    return _finish(doc, quotes)


def _key(name: str) -> frozenset[str]:
    return frozenset(t for t in regex.findall(r"\w+", name.casefold()) if t not in V.HONORIFICS and len(t) > 1)


def _finish(doc: Document, quotes: list[tuple[Passage, _Who | None]]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    canonical: dict[frozenset[str], _Who] = {}
    order: list[frozenset[str]] = []
    for _, who in quotes:
        if who is None:
            continue
        key = _key(who.name)
        match = next((k for k in order if k == key or (key and (key <= k or k <= key))), None)
        if match is None:
            canonical[key] = who
            order.append(key)
        else:
            have = canonical[match]
            if len(who.name) > len(have.name):
                canonical[match] = _Who(who.name, who.role or have.role, who.organisation or have.organisation)
            elif not have.role and who.role:
                canonical[match] = _Who(have.name, who.role, who.organisation or have.organisation)

    def name_of(who: _Who | None) -> str | None:
        if who is None:
            return None
        key = _key(who.name)
        match = next((k for k in order if k == key or (key and (key <= k or k <= key))), None)
        return canonical[match].name if match is not None else who.name

    out_quotes = []
    for p, who in quotes:
        start, end = p.start, p.end
        m = P.EMPHASIS_EDGE.search(doc.text, start, end)
        raw = doc.text[start:end]
        lead = len(raw) - len(raw.lstrip(" \t\n_*"))
        trail = len(raw) - len(raw.rstrip(" \t\n_*"))
        start, end = start + lead, end - trail
        del m
        if end <= start:
            continue
        out_quotes.append(Quote(squash(doc.text[start:end]), name_of(who), (start, end)))
    speakers = tuple(Speaker(w.name, w.role, w.organisation) for w in (canonical[k] for k in order))
    return tuple(out_quotes), speakers
