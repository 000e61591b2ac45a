"""Who said each quote, and which quoted passages are quotes at all.

Attribution rules, tried in the order of :data:`RULES` for each passage:

``said_first``
    a sentence that opens with its verb and ends with the quote: ``Said X, Role, “…``;
``after``
    after it, in its sentence: ``”, said X``, ``” X said``, ``” – X, Role`` (pull quote),
    or a short next line that only says who (``“…”`` / ``said Senator X.``);
``before``
    before it, in its sentence: ``X, Role, said: “``, ``According to X, “``,
    ``X issued the following statement …: “``, ``described by X as “``;
``label``
    a speaker's name or post as a label that opens the paragraph, as a hearing's
    transcript prints it: ``Senator X: “…”``;
``intro``
    the paragraph before hands over: ``X released the following statement:`` / ``She says:``;
``sentence``
    a passage that goes on the sentence of the one before it: ``“…” and “…”``, or a quote
    split by its attribution: ``“…,” X said, “…”``;
``run``
    a passage later in a paragraph whose earlier passage has a speaker, or a paragraph
    that opens with a quote straight after a paragraph of quotes by one speaker;
``reported``
    a quote under a paragraph that reports the person's words: ``X said the works had
    been hard.`` / ``“…”``;
``sole``
    a quote that opens its paragraph in a release whose quotes so far all had one speaker
    (not under a paragraph that hands over with a colon to someone no rule could name).

Then a run of bare quote paragraphs takes the speaker of the quote paragraph right after it
whose attribution closes the run, when the paragraph before the run names them too
(``X criticised …`` / ``“…`` / ``“…`` / ``“…,” X concluded.``).

Names are taken at their fullest printed form (``Senator Vale`` → ``Margaret Vale``, the
letterhead's ``SENATOR MARGARET VALE``, or a titled name in the contacts when the release
proper prints none fuller),
job titles are split off (``Attorney General Jeff Sessions``), pronouns go to the
person named just before or the last speaker. A passage with no attribution keeps
``speaker: None``; short passages count as quotes only when attributed, and titles or
slogans (mostly capitalised words) only when the attribution follows them directly.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import regex

from .. import patterns as P
from .. import vocab as V
from ..caching import once
from ..document import OPENING_MARKS, Document, Paragraph, find_words, squash, word_count
from ..models import Quote, Speaker
from ..sections import Sections
from .quotes import Passage

#: Pronouns that stand for a group, never for one person.
PLURAL_PRONOUNS = frozenset(["they", "we"])
#: How far before a word the word that marks it as a noun is looked for.
NOUN_MARKER_REACH = 24
#: OCR specks after a quote's close, read as a numeral, are at most this long.
MAX_SPECKS = 2
#: A passage of at least this many words is a quote even with no attribution.
MIN_UNATTRIBUTED_WORDS = 6
#: At most this many full words make a personal name; longer runs start with other words
#: (``Internal Market Anna Lindqvist``).
MAX_NAME_WORDS = 3
#: How far after a quote's close a verb typed with a capital (``…”, Said X``) is looked for.
CAPITAL_SAID_REACH = 8
#: ``said X, …``: a phrase after the verb longer than this is a sentence of its own, unless
#: it opens with a name (its description is then left aside).
SAID_WHO_WORDS = 30
#: A quote of under four words counts as partial only this close to its verb.
SHORT_QUOTE_TAIL = 60
#: A quote of fewer words is short (its attribution may stand far after the verb).
SHORT_QUOTE_WORDS = 4
#: A passage opens its paragraph when at most this much white space stands before it.
OPENING_SLACK = 16
#: How far before a surname its first names and titles are read.
NAME_WINDOW = 100
#: How far back from a quote (or a hand-over colon) the attribution clause is read.
CLAUSE_REACH = 300
#: A line after a quote that only says who said it has at most this many words.
ATTRIBUTION_LINE_WORDS = 14
#: A subject before its speech verb has at most this many words
#: (``DEA Special Agent in Charge Omar Haddad said``).
SUBJECT_WORDS = 8
#: ... or this many when a role is set off by commas (``Senator Jane Roe, spokesperson on
#: Roads, Ports and Harbours, said``).
SUBJECT_WITH_ROLE_WORDS = 14
#: A title printed before a name has at most this many words (``Parliamentary Secretary to
#: the Minister for Foreign Affairs and Trade``); more is a clause that ends in the name.
ROLE_BEFORE_WORDS = 16
#: Words that, capitalised before a name in a run, are no part of it: a headline's verb
#: (``Board Appoints Jane Smith``), a speech verb that opens the sentence (``Said Jane
#: Smith, …``), a word that opens a clause (``When Jane Smith’s father …``, ``As Jane …``).
_OPENS_NO_NAME = V.HEADLINE_VERBS | V.SPEECH_VERBS | V.CLAUSE_OPENERS | V.FUNCTION_WORDS
#: The words that join the last item of a list of names or portfolios (``Roads, Ports and Rail``).
LIST_JOINS = frozenset({"and", "&"})
#: The words that join a portfolio's nouns, not counted against a subject's length.
PORTFOLIO_JOINS = LIST_JOINS | {"of", "for"}
#: An attribution line has at most this many words after its verb (``said in a statement on Tuesday``).
ATTRIBUTION_TAIL_WORDS = 5
#: How far after the verb the first word of an attribution line's tail is looked for.
ATTRIBUTION_TAIL_PEEK = 40


@dataclass
class Who:
    """A speaker as resolved: name, and role and organisation when printed."""

    name: str
    role: str | None = None
    organisation: str | None = None


#: What an attribution resolves to when it names no one the text names (``“…,” they
#: said`` after no body): the quote is attributed, and its speaker is null.
NOBODY = Who("")


def _is_title_word(token: str) -> bool:
    low = token.lower().strip(".,’'")
    if low in V.TITLE_WORDS or V.is_org_word(low):
        return True
    if any(s in V.TITLE_WORDS and s not in V.FUNCTION_WORDS for s in V.singulars(low)):
        return True  # ``Senators Jane Doe and Mark Whitaker``
    return "-" in low and any(part in V.TITLE_WORDS for part in low.split("-"))


def _split_title(run: str) -> tuple[list[str], list[str]]:
    """A name run split into its job-title words and its name tokens (possessive dropped)."""
    tokens = run.split()
    # letters after the name are no part of it: ``Jane Smith MP``, ``Jane Smith OBE``, ``… QPM``
    while len(tokens) > 2 and _post_nominal(tokens[-1].rstrip(".")):
        tokens.pop()
    last_title = -1
    for k, tok in enumerate(tokens):
        if _is_title_word(tok):
            last_title = k
        elif k + 1 < len(tokens) and P.TITLE_INITIALS.match(tok) and not tokens[k + 1].isupper():
            last_title = k  # ``LCDA Okafor``: initials in capitals before a name in lower case
    title, tokens = tokens[: last_title + 1], tokens[last_title + 1 :]
    if not tokens and title:
        # ``Dr. Ann Quill Chief Medical Officer``: a name between its titles, the role
        # printed after it with no comma. Only after an honorific: a body's name reads the
        # same way (``Lakeview Advisors Co-Chief Investment Officer``, ``Lakeview Fire Chief``)
        first = next((k for k, tok in enumerate(title) if not _is_title_word(tok)), None)
        if first is not None:
            end = next(k for k in range(first, len(title)) if _is_title_word(title[k]))
            name = title[first:end]
            if len(name) >= 3 and name[0].lower().rstrip(".") in V.HONORIFICS:
                title, tokens = title[:first] + title[end:], name
    owner = max((k for k, t in enumerate(tokens[:-1]) if P.OWNER_END.search(t)), default=-1)
    if owner >= 0:
        tokens = tokens[owner + 1 :]  # ``Labor’s Jane Roe``: the party's
    if tokens:
        tokens[-1] = P.POSSESSIVE_END.sub("", tokens[-1])
        if tokens[-1].endswith(".") and not P.MINOR_NAME_TOKEN.match(tokens[-1]):
            tokens[-1] = tokens[-1][:-1]  # the full stop of the sentence
    tokens = [t for t in tokens if t]
    major = [
        k for k, t in enumerate(tokens) if not P.MINOR_NAME_TOKEN.match(t) and t.lower().rstrip(".") not in V.HONORIFICS
    ]
    if len(major) > MAX_NAME_WORDS:
        tokens = tokens[major[-2] :]
    return title, tokens


def _name_then_post(words: list[str], after: str) -> tuple[list[str], list[str], list[str]] | None:
    """A run that is a name of two or three words, after a title or none, and then a post's
    first words, the post going on after the run (``Jane Roe Founder`` + `` & CEO of Harbour
    Labs``, ``Senator Jane Roe Leader`` + `` of the Party``): the name, the post's words and
    the title before the name. A run that ends on its post is a body's (``Lakeview Fire
    Chief``), and so is one whose post goes on to a person's name (``Harbour Air Group CEO
    and President Jane Roe``)."""
    lead = 0
    while lead < len(words) and _is_title_word(words[lead]):
        lead += 1
    first = next((k for k in range(lead, len(words)) if _is_title_word(words[k])), None)
    if first is None or not 2 <= first - lead <= MAX_NAME_WORDS or not P.POST_GOES_ON.match(after):
        return None
    for run in P.NAME_RUN.finditer(after):
        title, tokens = _split_title(run.group(0))
        if title and len(tokens) >= 2 and _person_like(tokens):
            return None
    name = words[lead:first]
    if any(P.OWNER_END.search(w) or V.is_org_word(w.lower()) for w in name):
        return None  # a body's post: ``the Harbour Board's Secretary`` + `` for Ports, Jane Roe``
    return (name, words[first:], words[:lead]) if _person_like(name) else None


def _name_then_role(segments: list[str], runs: list[tuple[int, str, regex.Match[str]]]) -> bool:
    """``Dana Quill, Professor of Engineering, Lakeview University, North Campus said``:
    a name that is its whole first part, then a role, is the subject; the name-like run
    that ends the phrase is a place in the role's description."""
    # the first person-like run (a phrase before it names no one: ``Of the bill, …``)
    first = next(
        (r for r in runs if len(r[2].group(0).split()) >= 2 and _person_like(_split_title(r[2].group(0))[1])), None
    )
    if first is None:
        return False
    k, seg, run = first
    return len(segments) >= k + 3 and run.group(0) == seg and _opens_with_title(segments[k + 1])


def _post_at(text: str, low: str, at: int, end: int) -> bool:
    """The post printed at ``[at, end)`` of ``text`` (``low``: the same, lower case) is
    that post whole: whole words, and no word before it that makes it another post
    (``Prime`` Minister)."""
    return (
        (at == 0 or not text[at - 1].isalnum())
        and not text[end : end + 1].isalnum()
        and not P.POST_QUALIFIER.search(text, max(0, at - NAME_WINDOW), at)
    )


def _holds_post(role: str, post: str) -> bool:
    """A role as printed holds ``post`` (lower case) whole: ``Minister for Roads`` holds
    ``minister``; ``Prime Minister`` holds ``prime minister``, not ``minister``."""
    role = role.replace("’", "'")
    low = role.lower()
    post = post.replace("’", "'")
    at = low.find(post)
    while at >= 0:
        if _post_at(role, low, at, at + len(post)):
            return True
        at = low.find(post, at + len(post))
    return False


def _opens_with_title(segment: str) -> bool:
    """``Chief Executive of the Agency``; not ``In his filing`` (``in`` is a title word
    only inside one: ``Special Agent in Charge``)."""
    first = segment.split(None, 1)[0]
    return first.lower() not in V.FUNCTION_WORDS and _is_title_word(first)


def _post_nominal(token: str) -> bool:
    """A degree, an honour or a member's letters printed after a name (not ``Jr.``)."""
    return bool(P.POST_NOMINAL.match(token) or P.MEMBER_LETTERS.match(token)) and not P.NAME_SUFFIX.match(token)


def _in_name(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


def _surname_printed(tokens: list[str]) -> str:
    """The last token that is not a suffix: ``John R. Smith Jr.`` → ``Smith``."""
    for tok in reversed(tokens):
        if not P.NAME_SUFFIX.match(tok):
            return tok.rstrip(".,")
    return tokens[-1]


def _person_like(tokens: list[str]) -> bool:
    if not tokens:
        return False
    # a middle initial is no word (``Tomas A. Quill``: not the article ``a``)
    low = [t.lower().rstrip(".") for k, t in enumerate(tokens) if k == 0 or not P.INITIAL.match(t)]
    if any(
        V.is_org_word(t) or t in V.MONTHS or t in V.WEEKDAYS or t in V.FUNCTION_WORDS or t in V.CLAUSE_OPENERS
        for t in low
    ):
        return False
    if all(t.isupper() and len(t) > 1 for t in tokens):
        return False  # an acronym: a body, not a person
    if P.GLUED_WORDS.search(" ".join(tokens)):
        return False  # a heading glued to the sentence after it: ``StepsJane Roe``
    return all(t[:1].isupper() or P.MINOR_NAME_TOKEN.match(t) for t in tokens) and tokens[0][:1].isupper()


def _surname_alone(segment: str) -> bool:
    """A part of a phrase that is one capitalised word of a name, no title or body: the
    surname in ``Ashby, the chief engineer,``."""
    words = segment.split()
    return len(words) == 1 and _person_like(words) and not _is_title_word(words[0])


def _names_person(run: str) -> bool:
    """A run that holds a person's name of two words or more once its title words are off."""
    tokens = _split_title(run)[1]
    return len(tokens) >= 2 and _person_like(tokens)


def _persons(candidates: list[tuple[int, str, regex.Match[str]]]) -> list[tuple[int, regex.Match[str]]]:
    """The candidate runs that name a person, with the index of their segment."""
    return [(k, run) for k, _, run in candidates if _names_person(run.group(0))]


def _after_preposition(words_before: list[str]) -> bool:
    """The run stands after a preposition (``Minister for`` Health, ``in`` New Delhi,
    ``from the`` Roads Policing Unit)."""
    words = [w.lower() for w in words_before[-2:]]
    if len(words) == 2 and words[1] == "the":
        words.pop()
    last = words[-1] if words else ""
    return last in V.FUNCTION_WORDS and last not in ("and", "the")


def _portfolio_list_start(words_before: list[str]) -> list[str]:
    """The words before a list of portfolios that a run ends, up to its preposition
    (``Minister for`` Roads, Ports and ``Harbour Works Tom Ashby``), else the words as given.
    The run must follow the list's ``and``: after a comma it is set off (``Minister for
    Roads, Tom Ashby``)."""
    if not words_before or words_before[-1] not in LIST_JOINS:
        return words_before
    k = len(words_before) - 1
    while k > 0 and (words_before[k - 1][:1].isupper() or words_before[k - 1] in LIST_JOINS):
        k -= 1
    return words_before[:k]


def _portfolio_name(run: str, words_before: list[str]) -> int | None:
    """Where a person's name starts in a run printed after a job title's preposition, else None.

    ``Minister for Health Tom Ashby`` → ``Tom Ashby``; ``Union Minister for Rural Development
    Shri Arjun Mehta`` → ``Shri Arjun Mehta`` (from the honorific); ``Department of Homeland
    Security Secretary Jane Doe`` → the whole run (its title words are split off later). A
    portfolio with no honorific or title inside gives its last two words, and only after a
    title (``University of New South Wales`` is a body, not ``South Wales``).
    """
    tokens = run.split()
    while len(tokens) > 2 and _post_nominal(tokens[-1].rstrip(".")):
        tokens.pop()  # ``… Ports Jane Roe MP``: letters after the name are no part of it
    title_words, name = _split_title(run)
    if title_words and len(name) >= 2 and _person_like(name):
        return 0
    before = [w.lower().strip(".,’'") for w in words_before[-4:-1]]
    titled = any(w in V.TITLE_WORDS and w not in V.FUNCTION_WORDS for w in before)
    if not titled or len(tokens) < 3:
        return None
    first = next((k for k in range(1, len(tokens) - 1) if tokens[k].lower().rstrip(".") in V.HONORIFICS), None)
    if first is None:
        first = len(tokens) - 2
        if first > 1 and P.MINOR_NAME_TOKEN.match(tokens[first]):
            first -= 1  # ``Tom J. Ashby``: the initial belongs to the name
    if not _person_like(tokens[first:]):
        return None
    at = 0
    for tok in tokens[:first]:
        at = run.index(tok, at) + len(tok)
    return run.index(tokens[first], at)


def _join_portfolio_lists(segments: list[str]) -> list[str]:
    """A list of portfolios that the split at commas broke up made one part again:
    ``Shadow Minister for Roads`` + ``Ports and Harbours Jane Roe``."""
    out: list[str] = []
    for seg in segments:
        if out and P.PORTFOLIO_LIST_REST.match(seg):
            m = P.PORTFOLIO_OPEN.search(out[-1])
            before = out[-1][: m.start()].split() if m else []
            if before and _is_title_word(before[-1]):
                out[-1] += ", " + seg
                continue
        out.append(seg)
    return out


#: Words a role never ends on: a clause before the speech verb that ends on one is the
#: sentence's own (``Roe looked at the board and said``), not a post.
ROLE_NEVER_ENDS = V.CLAUSE_CONJUNCTIONS | frozenset({"and", "or", "then"})
#: Words a role never opens with: an auxiliary verb opens the sentence's own clause
#: (``Roe was firm when asked``), a word of time the sentence's opening phrase (``Before
#: the meeting Roe said``, ``Speaking after the vote, Roe said``).
_TIME_OPENERS = ("before", "after", "during", "following", "until", "speaking", "earlier", "later")
ROLE_NEVER_OPENS = V.AUXILIARIES | frozenset(w for t in _TIME_OPENERS for w in (t, t.title()))


def _no_title(words: list[str]) -> bool:
    """Words after (or before) a name that are no title: an article alone (``the`` Harbour
    Times), or a clause, the sentence's own: ``who chairs the residents' association``,
    ``(Roe) looked at the board and (said)``, ``(Roe) was firm when asked, (telling …)``."""
    return (
        all(w.lower() in V.FUNCTION_WORDS for w in words)
        or words[0].lower() in V.RELATIVE_PRONOUNS
        or words[0] in ROLE_NEVER_OPENS
        or words[-1].lower() in ROLE_NEVER_ENDS
    )


def _split_role(text: str) -> tuple[str | None, str | None]:
    """``Chief Inspector CSSIW`` → role, organisation; ``CEO of Acme`` → ``CEO``, ``Acme``."""
    text = squash(P.MARKUP.sub("", text)).strip(" ,.;:")
    if not text or _no_title(text.split()):
        return None, None
    m = P.AFFILIATION.match(text)
    if m:
        return None, m.group("org")
    m = P.ROLE_OF_ORG.match(text)
    if m:
        if P.PORTFOLIO_OF.search(m.group("role")):
            return text, None  # ``spokesperson for Ports and Harbours``: a portfolio, no body
        return m.group("role"), m.group("org")
    words = text.split()
    if (
        len(words) >= 2
        and words[-1].isupper()
        and len(words[-1]) > 1
        and words[-1].lower() not in V.TITLE_WORDS  # ``President and CEO``: a post, no body
        and words[-2].lower() not in V.FUNCTION_WORDS
    ):
        return " ".join(words[:-1]), words[-1]
    return text, None


def _from_capitals(tokens: list[str]) -> list[str]:
    """A name printed in capitals, as a letterhead prints it, in title case: its last two
    words (three with a middle initial), the words before them being a letterhead's labels
    (``MEDIA RELEASE SENATOR JANE OKAFOR`` → ``Jane Okafor``)."""
    keep = 3 if len(tokens) >= 3 and P.INITIAL.match(tokens[-2]) else 2
    return [t if P.MINOR_NAME_TOKEN.match(t) else t[:1] + t[1:].lower() for t in tokens[-keep:]]


@dataclass
class _Names:
    """The person-like names printed in the release proper, looked up by surname.

    A surname is looked up once: its printings are found as a literal, and the run of
    capitalised words that ends at each is read from a short window before it.
    """

    text: str
    #: The text is hard-wrapped: a name may break over two lines (``Minister Jane`` / ``Smith``).
    wrapped: bool = False
    #: The names printed after the release proper (its contacts, its notes), looked up only
    #: for a surname the release proper prints no fuller: ``Senator Okafor said`` in the story,
    #: ``Senator Jane Okafor 02 6277 0000`` under it.
    after: _Names | None = None
    #: Only names printed after a title count (``Senator Jane Okafor``; not ``500 Fast-growing
    #: Lake-Region`` companies): the names after the release proper.
    titled_only: bool = False
    #: How the archive spells the release's creators (``jane roe``): of the printings of a
    #: name, the one spelt so is the name (``Philip Roe`` over the story's ``Phillip Roe``).
    creators: frozenset[str] = frozenset()
    by_surname: dict[str, list[str]] = field(default_factory=dict)

    @once
    def lower(self) -> str:
        """The text in lower case, one character for one, so that offsets carry over."""
        low = self.text.lower()
        if len(low) != len(self.text):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        return low

    @once
    def runs(self) -> list[list[str]]:
        """The words of every run of two or more capitalised words (read once, for bodies
        named by their last noun: ``the delegation``)."""
        return [m.group(0).split() for m in P.NAME_RUN_2.finditer(self.text)]

    def _printings(self, key: str) -> Iterator[int]:
        """End offsets of the surname printed as a word (a ``Jr.``-like suffix included)."""
        at = self.lower.find(key)
        while at >= 0:
            end = at + len(key)
            if at == 0 or not _in_name(self.text[at - 1]):
                tail = P.SURNAME_END.match(self.text, end)
                if tail is not None:
                    yield tail.end()
            at = self.lower.find(key, end)

    def printed(self, surname: str) -> list[str]:
        key = surname.lower()
        if key not in self.by_surname:
            found: list[str] = []
            for end in self._printings(key):
                window = self.text[max(0, end - len(key) - NAME_WINDOW) : end]
                if self.wrapped:
                    window = P.LONE_LINE_BREAK.sub(lambda m: " " * len(m.group()), window)
                run = next((m for m in P.NAME_RUN_2.finditer(window) if m.end() == len(window)), None)
                if run is None:
                    continue
                printed = run.group(0)
                words = printed.split()
                ends = [k for k, w in enumerate(words[:-1]) if P.SENTENCE_END_WORD.match(w)]
                if ends:
                    printed = " ".join(words[ends[-1] + 1 :])  # ``… and joined Northwind. Harris has``
                before = _portfolio_list_start(window[: run.start()].split())
                if _after_preposition(before):
                    at = _portfolio_name(printed, before)
                    printed = printed if at is None else printed[at:]
                title_words, tokens = _split_title(printed)
                if self.titled_only and not title_words:
                    continue
                while tokens and tokens[0].lower() in _OPENS_NO_NAME:
                    tokens = tokens[1:]
                # an honorific inside the run starts the name (``… in Lakeview Open Dr Jane Roe’s``)
                titled = next((k for k in range(1, len(tokens)) if tokens[k].lower().rstrip(".") in V.HONORIFICS), 0)
                tokens = tokens[titled:]
                if len(tokens) >= 2 and all(t.isupper() for t in tokens):
                    tokens = _from_capitals(tokens)  # ``SENATOR JANE OKAFOR``: a letterhead's name
                if len(tokens) >= 2 and _person_like(tokens):
                    found.append(" ".join(tokens))
            self.by_surname[key] = list(dict.fromkeys(found))  # each distinct printing once
        return self.by_surname[key]

    def fullest(self, tokens: list[str]) -> str | None:
        """The longest printed name with this surname that agrees with the given first name;
        of two as long, the later: the story's own printing, not a letterhead's above it
        (which OCR reads worst: ``Jqne Roe`` over ``Jane Roe said today``)."""
        given = [t.lower().rstrip(".") for t in tokens[:-1] if t.lower().rstrip(".") not in V.HONORIFICS]
        best = spelt = None
        for full in self.printed(_surname_printed(tokens)):
            words = [w.lower().rstrip(".") for w in full.split()]
            if given and not any(w.startswith(given[0]) or given[0].startswith(w) for w in words[:-1]):
                continue
            if best is None or len(full) >= len(best):
                best = full
            creator = bool(self.creators) and len(words) >= 2 and f"{words[-2]} {words[-1]}" in self.creators
            if creator and (spelt is None or len(full) >= len(spelt)):
                spelt = full
        best = spelt or best
        if best is None and self.after is not None:
            return self.after.fullest(tokens)
        return best if best and len(best) >= len(" ".join(tokens)) else None


class Attributor:
    """Resolves attribution phrases to speakers, keeping the last one for pronouns."""

    def __init__(self, doc: Document, sections: Sections) -> None:
        paragraphs = doc.paragraphs
        end = paragraphs[sections.body_end - 1].end if sections.body_end else 0
        wrapped = bool(doc.wrap_width)
        after = _Names(doc.text[end:], wrapped, titled_only=True)
        creators = doc.creators if doc.front_matter_end else frozenset()
        self.names = _Names(doc.text[:end], wrapped, after, creators=creators)
        self.paragraphs = paragraphs
        self.bodies_said: list[tuple[int, str]] | None = None  # see _body_said
        self.last: Who | None = None
        self.last_para = -1  # the paragraph of the last attributed quote
        self.current_para = -1  # the paragraph of the passage being attributed

    def resolve(self, who: str, context: str = "", earlier: str = "", *, name_first: bool = False) -> Who | None:
        """A speaker from an attribution phrase; ``context`` is the text before, for pronouns.

        The name is the run of capitalised words that ends the phrase when the phrase
        stands before its verb (``… Health Secretary Jane Roe issued``), else the first
        person-like run of its comma-separated parts (``said Y, director of X``). A run
        after a preposition names a place or a body (``Minister for Foreign Affairs``).
        """
        who = squash(who).strip(" ,;:-–—‘")  # (an OCR speck read as a mark: ``‘  Mr Roe said``)
        dateline = P.DATELINE_CAPS.match(who)
        if dateline:
            who = who[dateline.end() :]  # ``SACRAMENTO – Governor Elena Reyes issued``
        who = P.LEADING_CONJUNCTION.sub("", who)
        who = P.TRAILING_AUXILIARY.sub("", who)
        if not who:
            return None
        # (degrees and honours after a name are no part of its role: ``Kelly Stone, M.D., Ph.D.,``)
        # (nor is an aside, an age or a relative clause: ``Ashby, though, argued``, ``Lee, 54,
        # told``, ``Lee, who chairs the Cycling Club, said``)
        segments = [
            s
            for s in map(str.strip, P.SEGMENT_BREAK.split(who))
            if s
            and not P.POST_NOMINAL.match(s)
            and s.lower() not in V.ASIDE_WORDS
            and not s.isdigit()
            and not P.RELATIVE_CLAUSE.match(s)
        ]
        segments = _join_portfolio_lists(segments)
        clause = P.DESCRIPTION_CLAUSE.match(who) if len(segments) == 1 else None
        if clause:
            who = clause.group("head")  # ``said the victim who asked not to be named``
            segments = [who]
        tail = segments[-1] if segments else who
        if P.PRONOUN.match(tail):
            if tail.lower() in PLURAL_PRONOUNS:
                # ``they said``: the body quoted last (``police … they added``); never one
                # person; or the group the sentence before has for its subject (``Family
                # members left the court. “…,” they said``)
                last = self.last
                if last is not None and not _person_like(last.name.split()):
                    return last
                group = _group_subject(context) or _group_subject(earlier)
                return Who(group) if group else NOBODY
            if self.last is not None and self.last_para == self.current_para:
                # ``“…,” said X. … He added, “…”``: the paragraph's speaker, unless a sentence
                # since its last quote has another person for its subject (a wire's paragraphs
                # run together: ``…,” X said.   Y commended the plan. “…,” he stated``)
                since = P.LAST_CLOSE_MARK.split(context)[-1]
                named = self._recent_person(since, subject_only=True) if since != context else None
                return named if named is not None else self.last
            return self._recent_person(context) or self._recent_person(earlier) or self.last
        if tail.lower() in V.GROUP_NOUNS and len(segments) == 1:
            return Who(tail)  # ``police said``: a group speaks as a body
        doing = P.GROUP_DOING.match(tail) if len(segments) == 1 else None
        if doing:
            return Who(doing.group("group"))  # ``Detectives leading the inquiry into … have pledged``
        if len(segments) == 1 and P.UNNAMED_SPOKESPERSON.match(tail):
            return Who(tail)  # ``a council spokesman said``: no name, no body, as printed
        if len(segments) == 1 and P.UNNAMED_PERSON.match(tail) and tail.rsplit(None, 1)[-1] not in V.DOCUMENT_NOUNS:
            return Who(tail)  # ``said a ferry captain``: a person the story does not name, as printed
        described, phrase = self._described(who), who
        if (
            described is None
            and P.THE_NOUN.match(tail)
            and not _persons(self._candidates(segments[:-1], True))
            and not (len(segments) > 1 and _surname_alone(segments[0]))
        ):
            # ``the Minister`` standing alone; after a name (``Mr Jones, the Minister for
            # Transport``, ``Ashby, the chief engineer,``) it is that person's role
            described, phrase = self._described(tail), tail
        if described is not None:
            if isinstance(described, Who):
                return described
            # ``the 40-year-old``: the person who is the subject just before; a party to
            # the story named nowhere near is the description as printed (``said the
            # victim``), any other the person named last
            named = self._recent_person(context, subject_only=True) or self._recent_person(earlier, subject_only=True)
            if named is not None:
                return named
            if phrase.split()[-1].lower() in V.PARTY_NOUNS:
                return Who(phrase)
            return self._recent_person(context) or self._recent_person(earlier) or self.last
        candidates = self._candidates(segments, name_first)
        for k, seg, run in candidates:
            title_words, tokens = _split_title(run.group(0))
            trailing_role = ""
            if not tokens and title_words:
                # ``said Jane Roe Founder & CEO of Harbour Labs``: the name, then its post
                # with no comma, the post going on after the run
                split = _name_then_post(title_words, seg[run.end() :])
                if split is not None:
                    tokens, trailing_role, title_words = split[0], " ".join(split[1]), split[2]
            if not tokens or not _person_like(tokens):
                continue
            if (
                not title_words
                and P.ENDS_WITH_THE.search(seg, 0, run.start())
                and not any(P.OWNER_END.search(w) for w in run.group(0).split()[:-1])
            ):
                # a body: ``the Lakeview Greens leader``, ``the Greens’ Ports spokesperson``
                # (not a person named after it: ``the Greens’ Jane Roe``)
                continue
            full = self.names.fullest(tokens)
            if len(tokens) == 1 and not full:
                known = self._known(tokens[0])
                if known:
                    return known
                # ``said Smith`` / ``Senator Smith said`` / ``Asked about it, Smith replied``:
                # a surname alone, named nowhere else, as the whole phrase, as the subject
                # that ends it when no other part names a person, or before descriptions in
                # lower case (``said Smith, a member of the Finance Committee``)
                # (after a person's title only: ``Senator Okafor``, ``District Attorney
                # Okafor``, ``Police Chief Okafor``, not ``Police Scotland``: a body's word
                # only in a post that ends in a person's title)
                alone = (
                    run.group(0) == seg
                    and seg.replace(" ", "").replace(".", "").replace("’", "").replace("'", "").isalpha()
                    # (``Rep. Roy``, ``State’s Attorney Roy``)
                    and seg[:1].isupper()
                    and (
                        not title_words
                        or title_words[-1].lower().strip(".,’'") in V.TITLE_WORDS
                        or not any(V.is_org_word(w.lower().strip(".,’'")) for w in title_words)
                    )
                )
                subject = not name_first and k == len(segments) - 1
                described_after = k == 0 and all(s[:1].islower() for s in segments[1:])
                if not (
                    alone
                    and (
                        len(segments) == 1
                        or described_after
                        or (subject and not any(r is not run for _, r in _persons(candidates)))
                    )
                ):
                    continue
            name = full or " ".join(tokens)
            role_text = seg[: run.start()].strip() or None
            if role_text and (
                word_count(role_text, ROLE_BEFORE_WORDS + 1) > ROLE_BEFORE_WORDS
                or role_text.rsplit(None, 1)[-1] in V.CLAUSE_CONJUNCTIONS
            ):
                # a clause before the name, not its title: ``… has been welcomed by
                # residents but with Senator Jane Roe describing the plan “…”``
                role_text = None
            if role_text and title_words and role_text.rsplit(None, 1)[-1].lower() in V.FUNCTION_WORDS:
                role_text += " " + " ".join(title_words)  # ``Special Agent in`` + ``Charge``
            rest = (trailing_role + " " + seg[run.end() :]).strip()
            if rest and not role_text:
                # ``X who led the work`` is a description, not a job title
                role_text = None if P.RELATIVE_CLAUSE.match(rest) else rest
            elif not role_text and k + 1 < len(segments):
                role_text = segments[k + 1]  # ``said Jane Smith, Mayor of Town``
            elif not role_text and k > 0 and _opens_with_title(segments[k - 1]):
                role_text = segments[k - 1]  # ``Chief Executive of the Agency, Jane Smith, said``
            role, org = _split_role(role_text or "")
            if title_words and (role is None or len(role) < 3 or not role[:1].isupper()):
                role = " ".join(title_words)  # not ``in charge of competition policy``
            return Who(name, role, org)
        # no person: ``Even though the government says …``, then a body by name
        trailing = P.TRAILING_THE_NOUN.search(tail)
        if trailing and trailing.start() > 0:
            described = self._described(trailing.group())
            if isinstance(described, Who):
                return described
        return self._body(segments)

    @staticmethod
    def _candidates(segments: list[str], name_first: bool) -> list[tuple[int, str, regex.Match[str]]]:
        out = []
        portfolio = []  # names after a portfolio, kept only when no other person is named
        for k, seg in enumerate(segments):
            skipped_end = -1
            for run in P.NAME_RUN.finditer(seg):
                before = seg[: run.start()].split()
                last = before[-1].lower() if before else ""
                after_preposition = _after_preposition(before)
                # ``of Molecular and Cell Biology``, ``for Roads, Ports and Harbours``: a
                # later part of a skipped name
                listed = last in LIST_JOINS or (last.endswith(",") and P.PORTFOLIO_LIST_REST.match(seg, run.start()))
                coordinated = bool(listed) and skipped_end >= 0 and run.start() - skipped_end <= 6
                if after_preposition or coordinated:
                    skipped_end = run.end()
                    # ``Minister for Health Tom Ashby``, ``Minister for Roads and Ports Tom
                    # Ashby``: a name after the portfolio
                    at = _portfolio_name(run.group(0), _portfolio_list_start(before))
                    named = None if at is None else P.NAME_RUN.match(seg, run.start() + at, run.end())
                    if named is not None:
                        portfolio.append((k, seg, named))
                        out.append((k, seg, named))
                    continue
                out.append((k, seg, run))
        if portfolio and any(c not in portfolio and _names_person(c[2].group(0)) for c in out):
            out = [c for c in out if c not in portfolio]  # ``X, chief executive of the Ports Group``
        # ``Ashby Works chief executive Tom Ashby``, ``Harbour Light founder and CEO Tom
        # Ashby``: the name after a role in lower case, not the body before it
        for c in out[1:]:
            before = c[1][: c[2].start()].split()
            if before and before[-1] in LIST_JOINS and _is_title_word(c[2].group(0).split(None, 1)[0]):
                before = before[:-1]  # (a role in lower case joined to one in capitals)
            if (
                before
                and before[-1].islower()
                and before[-1] not in V.FUNCTION_WORDS  # (``the Lakeview Party’s spokesperson``)
                and _is_title_word(before[-1])
                and _names_person(c[2].group(0))
            ):
                out.remove(c)
                out.insert(0, c)
                break
        if (
            not name_first
            and out
            and out[-1][0] == len(segments) - 1
            and out[-1][2].end() == len(segments[-1])
            and not _name_then_role(segments, out)
        ):
            out.insert(0, out.pop())
        return out

    def _described(self, phrase: str) -> Who | bool | None:
        """``the authors`` → a body; ``the Minister`` → the last minister; ``the 40-year-old`` → True."""
        m = P.THE_NOUN.match(phrase)
        if not m:
            return None
        words = m.group("noun").split()
        if any(P.OWNER_END.search(w) for w in words[:-1]):
            return None  # ``the Greens’ Jane Roe``: a person named after the body's possessive
        printed = words[-1]
        if printed[:1].isupper() and printed.lower() not in V.ROLE_NOUNS:
            # ``the SEC``, ``the Commission``: a body by name, at its fullest printing when
            # the release prints it so (``the Lakeview Rights Commission``)
            return (self._named_body(printed.lower()) if len(words) == 1 else None) or Who(m.group("noun"))
        noun = printed.lower()
        if noun in V.ROLE_NOUNS:
            return self.by_post(m.group("noun").lower()) or Who(phrase)
        if noun in V.BODY_NOUNS or noun.endswith("s"):
            return self._named_body(noun) or self._body_said(noun) or Who("the " + phrase[4:])
        return True

    def _body_said(self, noun: str) -> Who | None:
        """``the organization said``: the body quoted last, or the last body the story has
        say something (``Amnesty International said today …``), when ``noun`` is a word
        for any body (``organisation``, ``group``, ``agency``)."""
        if noun not in V.ANY_BODY_NOUNS:
            return None
        if self.last is not None and not _person_like(self.last.name.split()):
            return self.last
        if self.bodies_said is None:  # (read once: a long release may say it often)
            self.bodies_said = [
                (m.end(), squash(m.group("who")))
                for m in P.SUBJECT_SAID.finditer(self.names.text)
                if len(words := m.group("who").split()) >= 2 and not _person_like(words)
            ]
        upto = self.paragraphs[self.current_para].end if 0 <= self.current_para < len(self.paragraphs) else 0
        k = bisect.bisect_right(self.bodies_said, upto, key=lambda said: said[0]) - 1
        return Who(self.bodies_said[k][1]) if k >= 0 else None

    def _named_body(self, noun: str) -> Who | None:
        """``the delegation`` → ``Ohio Congressional Delegation`` when the body is printed by name.

        The name may open a longer run of capitalised words, as in a headline in title case:
        ``Ohio Congressional Delegation Welcomes New Veterans Clinic``.
        """
        best = None
        if noun not in self.names.lower:
            return None  # the noun is printed nowhere, so no name ends in it
        for words in self.names.runs:
            if words[0].lower() == "the":
                words = words[1:]  # (its article, opening a sentence: ``The Lakeview Rights Commission``)
            for i in range(1, len(words)):
                if P.POSSESSIVE_END.sub("", words[i].rstrip(".,")).lower() == noun:
                    name = " ".join(words[: i + 1])
                    if best is None or len(name) > len(best):
                        best = name
                    break
        return Who(best) if best else None

    @staticmethod
    def _body(segments: list[str]) -> Who | None:
        """No person: a body speaks (``Oxfam said``, ``the SEC``)."""
        for seg in segments:
            for run in P.NAME_RUN.finditer(seg):
                # the body's whole name, small words included, article dropped:
                # ``A Department for Education spokesperson`` → ``Department for Education``
                body = P.BODY_NAME.match(seg, run.start())
                words = body.group("name").split() if body else run.group(0).split()
                if not words or all(_is_title_word(w) or w.lower() in V.FUNCTION_WORDS for w in words):
                    continue
                if any(w.lower() in V.CLAUSE_OPENERS for w in words):
                    continue  # ``What I told the board``: a clause, no body's name
                if P.OWNER_END.search(words[-1]) and _person_like([*words[:-1], P.OWNER_END.sub("", words[-1])]):
                    continue  # a person who owns what follows: ``the inquiry into Tom Ashby’s death``
                acronym = len(words) == 1 and words[0].isupper() and len(words[0]) > 1
                if acronym or ((len(words) >= 2 and run.start() > 0) or (len(words) >= 2 and len(segments) == 1)):
                    return Who(" ".join(words))
        return None

    def _known(self, surname: str) -> Who | None:
        if self.last and self.last.name.split()[-1].lower() == surname.lower():
            return self.last
        return None

    def by_post(self, post: str) -> Who | None:
        """``the Minister``: the last speaker with that post, else the person printed with it
        (``post``: the role as printed after ``the``, lower case: ``minister``, ``prime
        minister``)."""
        if self.last and self.last.role and _holds_post(self.last.role, post):
            return self.last
        if self.last and P.UNNAMED_SPOKESPERSON.match(self.last.name) and self.last.name.lower().endswith(" " + post):
            return self.last  # ``a council spokesman said`` … ``the spokesman said``
        for run in P.NAME_RUN_2.finditer(self.names.text):
            title_words, tokens = _split_title(run.group(0))
            if len(tokens) >= 2 and _person_like(tokens) and _holds_post(" ".join(title_words), post):
                return Who(self.names.fullest(tokens) or " ".join(tokens), " ".join(title_words))
        return self._apposed(post)

    def _apposed(self, post: str) -> Who | None:
        """``the Minister``: the person the role is printed beside, after a comma, either way
        round: ``The Minister for Roads, Tom Ashby, said`` / ``Jane Roe, the
        Minister for Health,``. The role as printed, whole: ``the Prime Minister`` is not
        ``The Minister for Roads``, nor ``the Minister`` the ``Prime Minister``."""
        text, low = self.names.text, self.names.lower
        at = low.find(post)
        while at >= 0:
            end = at + len(post)
            if text[at].isupper() and _post_at(text, low, at, end):
                role = P.ROLE_THEN_NAME.match(text, end)
                run = P.NAME_RUN.match(text, role.end()) if role else None
                tokens = _split_title(run.group(0))[1] if run else []
                if len(tokens) < 2 or not _person_like(tokens):
                    before = P.NAME_THEN_ROLE.search(text, max(0, at - NAME_WINDOW), at)
                    tokens = _split_title(before.group("name"))[1] if before else []
                if len(tokens) >= 2 and _person_like(tokens):
                    role_end = role.end() if role else end
                    return Who(self.names.fullest(tokens) or " ".join(tokens), squash(text[at:role_end]).rstrip(", "))
            at = low.find(post, end)
        return None

    def _recent_person(self, context: str, *, subject_only: bool = False) -> Who | None:
        """The person a pronoun stands for: the last person-like name in ``context`` that
        opens its sentence (the subject: ``Dr Jane Lane is … published in Cell Stem Cell.
        She says:``), else the last one (unless ``subject_only``)."""
        found = subject = None
        for _, _, run in self._candidates([context], True):
            title_words, tokens = _split_title(run.group(0))
            titled = bool(title_words) or run.group(0).split()[0].lower().rstrip(".") in V.HONORIFICS
            if _person_like(tokens) and (len(tokens) >= 2 or (titled and self.names.fullest(tokens))):
                found = tokens
                before = context[: run.start()]
                if before.rstrip()[-1:] in _SUBJECT_BEFORE or P.WIDE_GAP_END.search(before):
                    subject = tokens  # (after a wide gap: a subheading run into the paragraph)
        found = subject if subject_only else subject or found
        if found is None:
            return None
        name = self.names.fullest(found) or " ".join(found)
        if self.last and self.last.name == name:
            return self.last
        return Who(name)


def _group_subject(text: str) -> str | None:
    """The group the last sentence in ``text`` that opens with one has for its subject."""
    found = None
    for m in P.GROUP_SUBJECT.finditer(text):
        found = m.group("group")
    return squash(found) if found else None


#: What may stand right before a sentence's subject: nothing, or the end of the sentence before.
_SUBJECT_BEFORE = frozenset(["", ".", "!", "?", ":", ";", "”", '"'])


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Start of the sentence that contains ``hi`` (not before ``lo``)."""
    best = lo
    for m in P.SENTENCE_BREAK.finditer(text, lo, min(len(text), hi + 2)):
        if m.end() <= hi:
            best = m.end()
    # a wire's paragraphs and subheadings run together, three spaces apart
    if text.find("   ", best, hi) >= 0:
        for m in P.WIDE_GAP.finditer(text, best, hi):
            best = m.end()
    return best


#: A quoted title (of a report, a song) has at most this many words.
TITLE_WORDS = 15


def _title_like(text: str) -> bool:
    """A short passage mostly in capitals: the title of a work, not speech."""
    if word_count(text, TITLE_WORDS + 1) > TITLE_WORDS:
        return False  # a long passage settled from its first words
    words = find_words(text)
    content = [w for w in words if w.lower() not in V.FUNCTION_WORDS]
    if not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper())
    return caps / len(content) >= 0.6


@dataclass
class _Context:
    """What the rules see of one passage."""

    doc: Document
    att: Attributor
    passage: Passage
    para: Paragraph
    words: int
    earlier: list[tuple[Passage, Who | None]]  # accepted passages earlier in the paragraph
    previous: list[tuple[Passage, Who | None]]  # accepted passages of the paragraph before
    openers: list[Who | None]  # the speakers of earlier accepted passages that opened their paragraph

    @property
    def opens_paragraph(self) -> bool:
        p = self.passage
        at = p.start if p.open_at is None else p.open_at
        # white space or a stray full stop left by a scraper (``. “While …``) before the mark
        # (or a markdown blockquote's ``>``, an OCR speck read as a mark: ``"  "Still …``, or
        # specks in a typescript's margin: ``i  J "An …``)
        lead = self.doc.text[self.para.start : at]
        return at - self.para.start < OPENING_SLACK and (
            lead.strip(' \t\n.,;>"') == "" or P.MARGIN_SPECKS.fullmatch(lead) is not None
        )

    @property
    def lead(self) -> str:
        """The text of the paragraph before the passage (its last few hundred characters)."""
        start = self.passage.start if self.passage.open_at is None else self.passage.open_at
        return self.doc.text[max(self.para.start, start - CLAUSE_REACH) : start]

    def para_after(self) -> str | None:
        """The text of the paragraph after the quote's, if any, with the one after it when
        it is a fragment a page broke off at a link (``Lakeview County`` / ``Prosecutor
        Jane Roe said.``)."""
        paragraphs = self.doc.paragraphs
        i = self.passage.para + 1
        if i >= len(paragraphs):
            return None
        text = paragraphs[i].text
        if i + 1 < len(paragraphs) and _fragment(text):
            return text + " " + paragraphs[i + 1].text
        return text

    def before_paragraph(self, n: int = 1) -> str:
        """The paragraphs before, where a pronoun may find its person; none when they quote."""
        if self.previous:
            return ""
        paragraphs = self.doc.paragraphs
        i = self.passage.para
        if i == 0:
            return ""
        end = paragraphs[i - 1].end
        start = max(paragraphs[max(0, i - n)].start, end - CLAUSE_REACH * n)
        return self.doc.text[start:end]


Rule = Callable[[_Context], Who | None]


def _said_first(c: _Context) -> Who | None:
    """A sentence that opens with its speech verb and ends with the quote: ``Said Jane
    Smith, Managing Director, "We are …"`` (read before what follows the quote, which may
    be another sentence's subject)."""
    p, text = c.passage, c.doc.text
    if p.open_at is None:
        return None
    lo = max(c.para.start, p.open_at - CLAUSE_REACH)
    m = P.SAID_FIRST.match(text[_sentence_start(text, lo, p.open_at) : p.open_at])
    return c.att.resolve(m.group("who"), name_first=True) if m else None


def _after(c: _Context) -> Who | None:
    p, text = c.passage, c.doc.text
    if p.close_end is None:
        return None
    after = text[p.close_end : min(c.para.end, p.close_end + CLAUSE_REACH)].lstrip("*_")  # (``”_ says``)
    rest = after.strip()
    if not rest or (len(rest) <= MAX_SPECKS and rest.isdigit()):
        return _after_next_paragraph(c)  # (after OCR specks read as a numeral: ``bridge,’  1``)
    if P.ATTRIBUTION_CUT.fullmatch(rest):
        # the attribution goes on in the next paragraph (a typescript's lines a blank line
        # apart): ``…in one year", Said`` / ``Mr Jim Roe, the Shadow Minister …``
        nxt = c.para_after()
        if nxt is None or word_count(nxt, ATTRIBUTION_LINE_WORDS + 1) > ATTRIBUTION_LINE_WORDS:
            return None
        after = f"{rest} {nxt}"
    if "S" in after[:CAPITAL_SAID_REACH]:
        after = P.CAPITAL_SAID.sub(lambda m: m.group().lower(), after, count=1)  # (``…”, Said X``)
    # (the signature on the quote's line, or on the next: ``“…”`` / ``— Jane Roe, Chair``)
    m = P.DASH_WHO.match(after.lstrip(" \t").lstrip("\r\n").split("\n", 1)[0])
    if m and c.opens_paragraph:
        return c.att.resolve(m.group("who"), name_first=True)
    m = P.ACCORDING_TO_AFTER.match(after)
    if m:
        return c.att.resolve(m.group("who"), c.lead, c.before_paragraph(), name_first=True)
    m = P.SAID_WHO.match(after)
    if m:
        who = m.group("who")
        if word_count(who, SAID_WHO_WORDS + 1) > SAID_WHO_WORDS:
            # a long description after the name: the name alone (``said Jane Roe, M.D.,
            # chair of … and associate professor of … at …``)
            head = who.split(",", 1)[0]
            who = head if word_count(head, 5) <= 4 and _person_like(_split_title(head)[1]) else ""
        if who:
            return c.att.resolve(who, c.lead, c.before_paragraph(), name_first=True)
    said = who_said(after)
    if said is None and text[p.start : p.end].rstrip()[-1:] == ",":
        m = P.NAME_WITHOUT_VERB.match(after)
        if m:  # ``“…,” Assistant State Attorney Jane Roe in her closing argument.``
            return c.att.resolve(m.group("who"), c.lead, c.before_paragraph(), name_first=True)
    most = SUBJECT_WORDS if said is None or "," not in said[0] else SUBJECT_WITH_ROLE_WORDS
    if said is None or _subject_words(said[0]) > most or P.AUXILIARY.search(said[0]):
        return None
    if P.GLUED_WORDS.search(said[0].split(",", 1)[0]):
        # a heading glued to the quote and to the sentence after it: ``”Next StepsThe …``
        # (a brand in a role after the name is no heading: ``Jane Roe, HarbourSquare CEO,``)
        return None
    runs_on = text[p.start : p.end].rstrip()[-1:] == "," or after.lstrip()[:1] == ","
    if (
        not runs_on
        and after[: said[1]].rsplit(None, 1)[-1].lower() in V.INTENT_VERBS
        and P.VERB_TO_INFINITIVE.match(after, said[1])
    ):
        return None  # a title, then a verb of intent: ``“The Show” on the channel promises to bring …``
    if not runs_on and P.INTRODUCES_QUOTE.match(after, said[1]):
        return None  # the verb opens the next quote: ``. Y declared: ‘…`` (not ``“A,” X said, “B``)
    return c.att.resolve(said[0], c.lead, c.before_paragraph())


def _subject_words(phrase: str) -> int:
    """The words of a subject that count against its length: not the words that join a
    portfolio (``Secretary of State for Health and Social Care Jane Roe`` counts 7)."""
    return sum(1 for w in phrase.split() if w not in PORTFOLIO_JOINS)


def who_said(text: str) -> tuple[str, int] | None:
    """``, Jane Smith said.`` / ``," he added.`` / ``, the Minister said``: the subject
    before the first speech verb it can stand before, and where the verb ends."""
    for word in P.LOWER_WORD.finditer(text):
        if word.group() in V.SPEECH_VERBS:
            head = P.WHO_BEFORE_VERB.fullmatch(text, 0, word.start())
            if head is not None:
                return head.group("who"), word.end()
    return None


def _after_next_paragraph(c: _Context) -> Who | None:
    """``“…”`` then a line of its own: ``State’s Attorney Smith said.``"""
    text = c.para_after()
    if text is None:
        return None
    signed = P.DASH_WHO.match(text) if c.opens_paragraph and "\n" not in text else None
    if signed:
        return c.att.resolve(signed.group("who"), name_first=True)  # ``“…”`` / (blank) / ``– Jane Roe``
    said = _said_on_own_line(text)
    if said is None and "\n" in text:
        # a page that broke the line at each tag: ``State’s Attorney Smith said`` / ``. “…``
        first, rest = text.split("\n", 1)
        if rest.lstrip()[:1] in (".", ";"):
            said = _said_on_own_line(first)
    if said is None:
        return None
    return c.att.resolve(said[0], c.lead, c.before_paragraph(), name_first=said[1])


def _said_on_own_line(line: str) -> tuple[str, bool] | None:
    """Who a short line of its own says spoke (``State’s Attorney Smith said.``, ``said Sen.
    Smith``), and whether the name follows the verb. A line that goes on to report what
    was said (``X said the works would begin in May.``) is a sentence of its own, and one
    that ends in a colon introduces the quote after it."""
    if word_count(line, ATTRIBUTION_LINE_WORDS + 1) > ATTRIBUTION_LINE_WORDS:
        return None
    m = P.SAID_WHO.match(line)
    if m:
        return m.group("who"), True
    said = who_said(line)
    if said is None or P.AUXILIARY.search(said[0]) or P.INTRODUCES_QUOTE.match(line, said[1]):
        return None
    if line.rstrip().endswith(":"):
        return None  # ``X said:`` hands over to the quote after it
    tail = line[said[1] :]
    if word_count(tail, ATTRIBUTION_TAIL_WORDS + 1) > ATTRIBUTION_TAIL_WORDS:
        return None
    first = find_words(tail, ATTRIBUTION_TAIL_PEEK)[:1]
    if first and first[0].lower() not in V.ATTRIBUTION_TAIL_OPENERS and not line[: said[1]].endswith("told"):
        return None  # ``X said the works had been hard.``: what was said, not where or when
    return said[0], False


def _before(c: _Context) -> Who | None:
    p, text = c.passage, c.doc.text
    if p.open_at is None:
        return None
    lo = max([q.close_end or q.end for q, _ in c.earlier] + [c.para.start, p.open_at - CLAUSE_REACH])
    start = max(_sentence_start(text, lo, p.open_at), p.open_at - CLAUSE_REACH)
    clause = text[start : p.open_at]
    context = text[max(c.para.start, start - CLAUSE_REACH) : start]
    m = P.ACCORDING_TO.search(clause) or P.BY_WHO.search(clause)
    if m:
        return c.att.resolve(m.group("who"), context, c.before_paragraph(), name_first=True)
    verb = _clause_verb(text, start, p.open_at, P.CLAUSE_TAIL)
    if verb is None or verb.start() == start:
        return None
    if c.words < SHORT_QUOTE_WORDS and p.open_at - verb.end() > SHORT_QUOTE_TAIL:
        return None  # a short quote far from its verb is a scare quote, not a partial quote
    if P.CALLS_FOR.match(text, verb.start()):
        return None  # a demand's object: ``… calls for a 'full account' from its chair``
    who_start = start
    if text[start : p.open_at].rstrip()[-1:].isalpha():
        # a partial quote is the words of the subject of the speech verb nearest it:
        # ``Police said that Doe told officers the tide had turned “faster …”``
        nearer = _clause_verb(text, verb.end(), p.open_at, P.CLAUSE_TAIL)
        while nearer is not None and nearer.start() > verb.end():
            who_start, verb = verb.end(), nearer
            nearer = _clause_verb(text, verb.end(), p.open_at, P.CLAUSE_TAIL)
    for stop in P.GLUED_STOP.finditer(text, who_start, verb.start()):
        who_start = stop.end()  # ``…this summer.Mayor Okafor said:``
    return c.att.resolve(text[who_start : verb.start()], context, c.before_paragraph())


def _label(c: _Context) -> Who | None:
    """A speaker's name, or post, as a label that opens the quote's paragraph, as a
    transcript of a hearing prints it: ``Senator Okafor: “…”``, ``Deputy Commissioner Jane
    Roe: “…”``, and later ``Deputy Commissioner: “…”`` (the person printed with the
    post). Only a person counts (a heading such as ``Our response:`` names no one)."""
    p = c.passage
    if p.open_at is None or p.open_at - c.para.start > LABEL_WITH_POST_CHARS:
        return None
    m = None
    if p.open_at - c.para.start <= LABEL_CHARS:
        m = P.SPEAKER_LABEL.fullmatch(c.doc.text, c.para.start, p.open_at)
    # (or with the post after a comma: ``Jane Roe, President of the Harbour Trust: “…”``)
    m = m or P.SPEAKER_LABEL_WITH_POST.fullmatch(c.doc.text, c.para.start, p.open_at)
    if m is None:
        return None
    label = m.group("who")
    who = c.att.resolve(label, name_first=True)
    if who is not None and _person_like(who.name.split()):
        return who
    words = label.split()
    if all(_is_title_word(w) for w in words):
        return c.att.by_post(label.lower())
    return None


def _intro(c: _Context) -> Who | None:
    if c.passage.para == 0 or not c.opens_paragraph:
        return None
    text = c.doc.text
    prev = c.doc.paragraphs[c.passage.para - 1]
    end = prev.text.rstrip("*_")[-1:]  # (in bold too: ``**Jane Roe, Director of X**``)
    if end.isalpha():
        handed = _handed_over_uncut(c, prev)
        return handed if handed is not None else _intro_label(c, prev)  # (or a name line with no colon)
    if end not in (":", ".", "?", "-", "–", "—"):
        return None  # (``said?``: an OCR colon, see ``HANDOVER_TAIL``; ``telegram … today -``)
    # only the last sentence can hand over, and only its last few hundred characters
    last = _last_sentence_start(text, prev)
    verb = _clause_verb(text, last, prev.end, None)
    if verb is None:
        return _intro_label(c, prev)
    return _subject_of(c, prev, last, verb)


def _handed_over_uncut(c: _Context, prev: Paragraph) -> Who | None:
    """``Mr Tom Ashby sent the following telegram to the Minister`` / ``“…”``: a statement
    handed over, its colon lost; the subject of its verb is the speaker."""
    text = c.doc.text
    last = _last_sentence_start(text, prev)
    m = P.FOLLOWING_STATEMENT.search(text, last, prev.end)
    who = _subject_of(c, prev, last, m) if m is not None else None
    if who is None or not any(len(t.rstrip(".")) > 1 for t in who.name.split()):
        return None  # (a letter-spaced letterhead run into the sentence names no one: ``C A N B E R R A``)
    return who


def _last_sentence_start(text: str, prev: Paragraph) -> int:
    """Where the last sentence of paragraph ``prev`` starts, within its last few hundred
    characters."""
    return max(_sentence_start(text, prev.start, prev.end - 1), prev.end - CLAUSE_REACH)


def _subject_of(c: _Context, prev: Paragraph, last: int, verb: regex.Match[str]) -> Who | None:
    """The speaker named before ``verb`` in the sentence of ``prev`` that starts at ``last``."""
    if verb.start() == last:
        return None
    text = c.doc.text
    return c.att.resolve(text[last : verb.start()], text[prev.start : last], c.before_paragraph(2))


#: A speaker's label before a quote (``Deputy Commissioner Jane Roe: “``) is at most this long.
LABEL_CHARS = 60
#: ... or this long with its post after a comma (``Jane Roe, President of the Harbour Trust: “``).
LABEL_WITH_POST_CHARS = 100
#: How far apart two passages of one sentence may stand (``“…” and “…”``, ``“…”, or “…”``).
SAME_SENTENCE_GAP = 12
#: ... or with an attribution between them, the quote split by it (``“…”, said Jane Roe, “…”``).
SPLIT_QUOTE_GAP = 80
#: A speaker label over a quote (``Jane Whitfield, Chief Executive:``) has at most this many words.
LABEL_WORDS = 15
#: Words of a post that may stand before the name in a name line (``Deputy Superintendent``).
LABEL_NAME_START = 2


def _intro_label(c: _Context, prev: Paragraph) -> Who | None:
    """A paragraph that only names the speaker of the quote under it, with no verb, in
    markdown emphasis or not. With a colon: ``Jane Whitfield, Chief Executive of YoungMinds
    Together:`` (the label is the paragraph's last line: a PDF's lines one blank line apart
    may have run a date line on into it). Without one, as a release that gathers
    endorsements prints them, a line of its own over a quote that is the whole paragraph:
    ``Jane Roe, founding Director of the Harbour Trust`` / ``“…”``; then the name comes
    first (a post before it allowed: ``Director Tom Ashby, Lakeview Police``). Only a person
    counts (a heading such as ``Our response:`` names no one)."""
    text = prev.text
    if not prev.one_line:
        text = text[text.rfind("\n") + 1 :].strip()
    text = P.MARKUP.sub("", text).strip().translate(_NICKNAME_MARKS)  # (``“Pastor Tom” Ashby``)
    colon = text.endswith(":")
    if colon:
        text = text[:-1]
    elif not prev.one_line or not _quote_is_paragraph(c) or who_said(text) is not None:
        return None
    if word_count(text, LABEL_WORDS + 1) > LABEL_WORDS:
        return None
    who = c.att.resolve(text, name_first=True)
    if who is None or not _names_person(who.name) or not (colon or _opens_with_name(text, who.name)):
        return None
    return who


def _quote_is_paragraph(c: _Context) -> bool:
    """The passage closes its paragraph (it opens it: see :func:`_intro`)."""
    close = c.passage.close_end
    return close is not None and not c.doc.text[close : c.para.end].strip()


#: Quotation marks around a nickname inside a name, dropped before the name is read.
_NICKNAME_MARKS = str.maketrans("", "", '“”"')


def _opens_with_name(label: str, name: str) -> bool:
    """The label opens with the name, a post before it at most (``Superintendent Ann Lee,
    Lakeview Police``), and the name ends its first part: not a heading that only mentions
    a person (``Harbour plan for Tom Ashby’s district``)."""
    head = label.split(",", 1)[0].split()
    tokens = name.split()
    return bool(head) and tokens[0] in head[: LABEL_NAME_START + 1] and head[-1] == tokens[-1]


def _as_noun(text: str, lo: int, at: int, word: str) -> bool:
    """The word at ``at`` (a speech verb's form: ``remarks``, ``shared``) is a noun or an
    adjective: a determiner or a modifier of nouns stands before it (``his closing
    remarks``, ``a shared plan``)."""
    before = text[max(lo, at - NOUN_MARKER_REACH) : at].split()
    if not before:
        return False
    marker = before[-1].lower().strip("“‘\"'(")
    if marker in V.ADVERB_MARKERS:
        return word in V.SPEECH_NOUNS  # ``further comments`` is a noun; ``further adds`` a verb
    return marker in V.NOUN_MARKERS


def _clause_verb(text: str, lo: int, hi: int, tail: regex.Pattern[str] | None) -> regex.Match[str] | None:
    """The first speech verb in ``[lo, hi)`` whose rest of the clause fits ``tail``.

    With ``tail`` None the clause must hand over: a verb followed by a colon, or a
    statement phrase followed by the rest of its sentence and a colon or full stop.
    """
    for word in P.LOWER_WORD.finditer(text, lo, hi):
        w = word.group()
        if w in V.SPEECH_VERBS:
            if _as_noun(text, lo, word.start(), w):
                continue  # ``In his closing remarks, X stressed``, ``a shared plan``: not the verb
            verb: regex.Match[str] | None = word
            rest = tail or P.HANDOVER_TAIL
        elif w in V.STATEMENT_VERBS:
            verb = P.STATEMENT_PHRASE.match(text, word.start(), hi)  # ``released the following statement``
            rest = tail or P.STATEMENT_TAIL
        elif w == "put" and tail is not None:
            verb = P.PUT_IT.match(text, word.start(), hi)  # ``As Jane Roe put it last week, “…``
            rest = tail
        else:
            continue
        if verb is not None and rest.fullmatch(text, verb.end(), hi):
            return verb
    return None


def _run(c: _Context) -> Who | None:
    if c.earlier and c.earlier[-1][1] is not None:
        return c.earlier[-1][1]
    if c.opens_paragraph and c.previous and c.previous[-1][1] is not None:
        return c.previous[-1][1]
    return None


def _sentence(c: _Context) -> Who | None:
    """A passage that goes on the sentence of the attributed passage before it in its
    paragraph, joined by a few words with no sentence's end (``X told the judge “…” and
    “…”``) or split from it by its attribution (``“…”, said X, “…”``): its sentence
    attributes it, however short it is."""
    p, earlier = c.passage, c.earlier
    if not earlier or earlier[-1][1] is None or p.open_at is None:
        return None
    before = earlier[-1][0].close_end
    if before is None or p.open_at - before > SPLIT_QUOTE_GAP:
        return None
    text = c.doc.text
    if p.open_at - before > SAME_SENTENCE_GAP and not any(
        w.group() in V.SPEECH_VERBS for w in P.LOWER_WORD.finditer(text, before, p.open_at)
    ):
        return None  # (further apart, only the attribution between: ``“…”, said X, “…”``)
    return None if P.SENTENCE_BREAK.search(text, before, p.open_at) else earlier[-1][1]


def _reported(c: _Context) -> Who | None:
    """A quote that opens its paragraph under one that reports a person's words and ends
    there: ``Senator Okafor commented that he was disappointed with the answer.`` /
    ``“Seven million people are starving …”`` (the quote is what was said), or ``The
    plan is the old one, Senator Okafor said today.`` / ``“…``."""
    if c.passage.para == 0 or not c.opens_paragraph or c.previous:
        return None
    text = c.doc.text
    prev = c.doc.paragraphs[c.passage.para - 1]
    if text[prev.end - 1 : prev.end] != ".":
        return None
    last = _last_sentence_start(text, prev)
    verb = _clause_verb(text, last, prev.end, P.REPORTED_TAIL)
    if verb is None:
        # ``The new road is the wrong answer, Senator Jane Roe said today.``: the report,
        # then its attribution after a comma
        verb = _clause_verb(text, last, prev.end, P.REPORTED_END_TAIL)
        if verb is not None and "," not in text[last : verb.start()]:
            verb = None
    who = None if verb is None else _subject_of(c, prev, last, verb)
    return who if who is not None and _person_like(who.name.split()) else None


def _sole(c: _Context) -> Who | None:
    """A quote that opens its paragraph with no attribution, in a release whose earlier
    quotes that opened a paragraph all had one speaker: that speaker's (a one-voice release
    goes back to its voice after a few paragraphs of story)."""
    first = c.openers[0] if c.openers else None
    if not c.opens_paragraph or first is None:
        return None
    if c.passage.para > 0 and c.doc.text[c.doc.paragraphs[c.passage.para - 1].end - 1] == ":":
        return None  # the paragraph before hands over to someone the rules could not name
    key = _key(first.name)
    return first if all(w is not None and _same(_key(w.name), key) for w in c.openers) else None


#: The attribution rules in the order they are tried, by name.
RULES: tuple[tuple[str, Rule], ...] = (
    ("said_first", _said_first),
    ("after", _after),
    ("before", _before),
    ("label", _label),
    ("intro", _intro),
    ("sentence", _sentence),
    ("run", _run),
    ("reported", _reported),
    ("sole", _sole),
)


def _attribution_lines_above(doc: Document, i: int) -> int:
    """How many paragraphs right above paragraph ``i`` only say who spoke the quote above
    them (``Sen. X said.``; ``Lakeview County`` / ``Prosecutor Jane Roe said.``): 0, 1 or 2."""
    paragraphs = doc.paragraphs
    if i < 2:
        return 0
    line = paragraphs[i - 1].text
    if _said_on_own_line(line) is not None:
        return 1
    if i >= 3 and _fragment(paragraphs[i - 2].text) and _said_on_own_line(paragraphs[i - 2].text + " " + line):
        return 2
    return 0


#: A fragment a page broke off at a link, on a line of its own: at most this many words,
#: each capitalised, with no stop at its end (``Lakeview County``).
FRAGMENT_WORDS = 3


def _fragment(text: str) -> bool:
    """``Lakeview County``: a few capitalised words on a line of their own, no stop after them."""
    words = text.split()
    return 0 < len(words) <= FRAGMENT_WORDS and text[-1:].isalnum() and all(w[:1].isupper() for w in words)


def _listed(text: str, p: Passage) -> bool:
    """An item of a list of quoted terms in a sentence (``ranked “berth fees,” “opening
    hours,” and “the queue at the quay” first``): a term, no speech, unless attributed."""
    if p.open_at is None or p.close_end is None:
        return False
    return bool(
        P.LISTED_BEFORE.search(text, max(0, p.open_at - LISTED_REACH), p.open_at)
        or P.LISTED_AFTER.match(text, p.close_end, p.close_end + LISTED_REACH)
    )


#: How far before a quoted term's mark the close of the item before it, or after its close
#: the next item's mark, is looked for (``,” and “``).
LISTED_REACH = 8


def attribute(
    doc: Document, sections: Sections, passages: list[Passage]
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    text = doc.text
    att = Attributor(doc, sections)
    quotes: list[tuple[Passage, Who | None]] = []
    by_para: dict[int, list[tuple[Passage, Who | None]]] = {}
    openers: list[Who | None] = []
    opening: list[bool] = []  # each kept quote opens its paragraph
    bare: list[bool] = []  # ... and is all its paragraph holds, with no speaker of its own
    for p in passages:
        words = word_count(text[p.start : p.end], max(SHORT_QUOTE_WORDS, MIN_UNATTRIBUTED_WORDS))
        previous = by_para.get(p.para - 1, [])
        above = 0 if previous else _attribution_lines_above(doc, p.para)
        if above:
            previous = by_para.get(p.para - 1 - above, [])  # “…” / Sen. X said. / “…”
        c = _Context(doc, att, p, doc.paragraphs[p.para], words, by_para.get(p.para, []), previous, openers)
        who, strength = None, ""
        att.current_para = p.para
        for name, rule in RULES:
            who = rule(c)
            if who is not None:
                strength = name
                break
        if who is NOBODY:
            who = None  # attributed, to no one the text names: no later rule may guess
        body = text[p.start : p.end]
        if p.open_at is not None and P.TITLE_INTRO.search(text, max(0, p.open_at - 80), p.open_at):
            continue  # the title of a report, project or hearing
        # a paragraph in capitals that is one sentence is speech (a telegram), not a title
        titled = _title_like(body) and not (c.opens_paragraph and body.rstrip()[-1:] in ".!?")
        if strength == "run" and c.opens_paragraph and c.previous and c.previous[-1][0].close_end is None:
            strength = "next_paragraph"  # a quote's next paragraph, after one left open: as strong
        if strength in ("", "run", "reported", "sole"):
            short = words < MIN_UNATTRIBUTED_WORDS and not (words >= 2 and _goes_on_open(doc, c))
            if short or titled or _listed(text, p):
                continue
        elif strength != "label" and (words < 2 or (strength != "after" and titled)):
            continue  # (a labelled reply may be one word, or a name: ``Witness: “Yes.”``)
        if who is not None:
            att.last, att.last_para = who, p.para
        entry = (p, who)
        if c.opens_paragraph:
            openers.append(who)
        quotes.append(entry)
        opening.append(c.opens_paragraph)
        # (no rule named a speaker, nor found one it could not name: ``one resident said``)
        bare.append(
            c.opens_paragraph and not strength and (p.close_end is None or not text[p.close_end : c.para.end].strip())
        )
        by_para.setdefault(p.para, []).append(entry)
    return _finish(doc, _closed_runs(doc, quotes, opening, bare))


def _goes_on_open(doc: Document, c: _Context) -> bool:
    """The quote opens its paragraph, is left open at its end, and the next paragraph opens
    with a quotation mark: speech over several paragraphs, however short its first one
    (``“The inquiry must be wide.`` / ``“It must hear everyone,” said Jane Roe.``)."""
    p = c.passage
    if p.close_end is not None or not c.opens_paragraph or p.para + 1 >= len(doc.paragraphs):
        return False
    return doc.paragraphs[p.para + 1].text.lstrip()[:1] in OPENING_MARKS


def _closed_runs(
    doc: Document, quotes: list[tuple[Passage, Who | None]], opening: list[bool], bare: list[bool]
) -> list[tuple[Passage, Who | None]]:
    """A run of bare quote paragraphs (no attribution, nothing else in them) right before a
    quote paragraph whose attribution closes the run, the speaker named in the paragraph
    before the run too: that speaker's, as the run is theirs (``Senator Okafor criticised
    the board.`` / ``“…`` / ``“…`` / ``“…,” Senator Okafor concluded.``), or each of its
    paragraphs left open, one quote over several paragraphs."""
    out = list(quotes)
    k = len(out) - 1
    while k >= 0:
        p, who = out[k]
        j, para = k - 1, p.para
        if who is not None and opening[k]:
            while j >= 0 and out[j][1] is None and bare[j] and out[j][0].para == para - 1:
                para = out[j][0].para
                j -= 1
            surname = who.name.split()[-1]
            # (a run whose every paragraph is left open, as one quote over several paragraphs
            # is printed, is the closing paragraph's quote whoever the paragraph before names)
            left_open = all(out[m][0].close_end is None for m in range(j + 1, k))
            if j < k - 1 and para > 0 and (left_open or surname in P.WORD_CHARS.findall(doc.paragraphs[para - 1].text)):
                for m in range(j + 1, k):
                    out[m] = (out[m][0], who)
        k = j if j < k - 1 else k - 1
    return out


def _key(name: str) -> frozenset[str]:
    return frozenset(t for t in P.WORD_CHARS.findall(name.casefold()) if t not in V.HONORIFICS and len(t) > 1)


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and (a <= b or b <= a)


def _finish(doc: Document, quotes: list[tuple[Passage, Who | None]]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Merge the speakers that are one person, at their fullest name; strip markup from quotes."""
    speakers: list[Who] = []
    keys: list[frozenset[str]] = []
    key_of: dict[str, frozenset[str]] = {}  # each printed name's key, made once
    for _, who in quotes:
        if who is None:
            continue
        key = key_of[who.name] = key_of.get(who.name) or _key(who.name)
        k = next((n for n, have in enumerate(keys) if _same(have, key)), None)
        if k is None:
            speakers.append(Who(who.name, who.role, who.organisation))
            keys.append(key)
            continue
        have = speakers[k]
        if len(who.name) > len(have.name):
            have.name, keys[k] = who.name, key
        have.role = have.role or who.role
        have.organisation = have.organisation or who.organisation

    def name_of(who: Who | None) -> str | None:
        if who is None:
            return None
        key = key_of[who.name]
        k = next((n for n, have in enumerate(keys) if _same(have, key)), None)
        return speakers[k].name if k is not None else who.name

    out = []
    for p, who in quotes:
        raw = doc.text[p.start : p.end]
        start = p.start + len(raw) - len(raw.lstrip(" \t\n_*"))
        end = p.end - (len(raw) - len(raw.rstrip(" \t\n_*")))
        if end > start:
            out.append(Quote(squash(doc.text[start:end]), name_of(who), (start, end)))
    return tuple(out), tuple(Speaker(w.name, w.role, w.organisation) for w in speakers)
