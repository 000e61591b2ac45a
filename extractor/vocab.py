"""Word lists shared by the patterns and the field rules."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of the white-space separated words of ``text``."""
    return frozenset(text.split())


#: Verbs that attribute a quotation to whoever stands beside them.
SPEECH_VERBS = _words(
    """
    said says say added adds explained explains stated states noted notes commented comments continued
    continues concluded concludes remarked remarks told tells wrote writes write warned warns warn
    argued argues argue insisted insists emphasised emphasized emphasises emphasizes stressed stresses
    observed observes declared declares announced announces acknowledged acknowledges admitted admits
    believes believed claimed claims conclude explained urged urges recalled recalls replied replies
    answered answers asked asks responded responds cautioned cautions predicted predicts suggested
    suggests described describes called calls reflected reflects affirmed affirms
    confirms highlighted highlights pointed points shared shares reiterated reiterates
    mentioned mentions tweeted tweets posted posts echoed echoes vowed vows pledged pledges promised
    promises agreed agrees revealed reveals confirmed elaborated elaborates recounted recounts quipped
    saying stating adding noting explaining commenting describing calling warning arguing insisting
    telling declaring replying responding answering recalling concluding stressing
    emphasising emphasizing urging cautioning observing remarking
    exclaimed exclaims boasted boasts joked jokes
    mused muses lamented laments conceded concedes countered counters maintained maintains
    contended contends assured assures expressed
    """
)

#: Words that open the rest of an attribution line after its verb: where, when or how it
#: was said (``said in a statement``, ``added on Tuesday``), not what (``said the works …``).
ATTRIBUTION_TAIL_OPENERS = _words(
    """
    in on at during today yesterday tonight this last after before when while to from as via through
    outside afterwards later earlier recently
    """
)

#: Verbs that hand over a whole statement: ``released the following statement``.
STATEMENT_VERBS = _words("released issued made gave provided delivered shared sent wrote")

#: Honorifics a name may carry (kept in the name; the scorer ignores them).
HONORIFICS = _words(
    """
    mr mrs ms miss dr prof professor sir dame lord lady baroness baron cllr councillor rt hon rev
    reverend mx shri smt shrimati sushri kumari
    """
)

#: Job-title words printed before a name (``Attorney General Jeff Sessions``), stripped from it.
TITLE_WORDS = _words(
    """
    senator sen rep representative congressman congresswoman minister secretary president chairman
    chairwoman chair ceo cfo coo cto director attorney general governor mayor commissioner chief
    inspector officer deputy acting assistant associate special agent in charge district state's
    state’s u.s. us federal judge sheriff superintendent premier treasurer spokesperson spokesman
    spokeswoman founder executive vice head leader speaker ambassador da d.a. ag sa prime shadow lieutenant lt
    captain capt sergeant sgt detective det constable pc councilman councilwoman alderman delegate
    member mp mep msp am the hon honourable honorable right county city regional national international
    senior junior principal manager professor scientist researcher author lead co-author coauthor
    editor managing partner commander colonel major admiral chancellor provost rector archbishop chairperson
    trustee dci dsi supt insp cmdr cllr assemblymember assemblyman assemblywoman
    prosecutor solicitor coroner magistrate ombudsman auditor registrar rabbi imam chaplain
    comptroller controller clerk
    """
)

#: Role words that stand for a person in ``the Minister said``.
ROLE_NOUNS = _words(
    """
    minister senator president secretary governor mayor commissioner director chairman chair
    spokesperson spokesman spokeswoman attorney inspector premier ambassador chief professor doctor
    judge sheriff
    """
)

#: Nouns for a body rather than a person: ``the government said``, ``write the authors``.
BODY_NOUNS = _words(
    """
    government company delegation commission department agency organisation organization office council
    ministry committee board group team union authors researchers scientists investigators police
    officials court
    """
)

#: Words for a body of any kind, which stand for the body the story has speaking:
#: ``Amnesty International said …`` / ``“…,” the organization said``.
ANY_BODY_NOUNS = _words("organisation organization group agency body")

#: People in a story described by their part in it, not by a post: ``said the victim``.
#: When the story names no such person just before, the description is the speaker as
#: printed; it never stands for the last official quoted.
PARTY_NOUNS = _words(
    """
    victim survivor defendant suspect witness mother father parent son daughter widow widower
    husband wife sister brother relative neighbour neighbor resident
    """
)

#: Nouns for a text, not a person: ``says a new report`` names no speaker of its own.
DOCUMENT_NOUNS = _words(
    """
    report statement study survey letter document release note notice sign poster website post tweet
    leaflet review paper article editorial
    """
)

#: Words set off by commas in a sentence that name no one: ``Ashby, though, argued``.
ASIDE_WORDS = _words(
    """
    though however too also meanwhile instead again therefore nonetheless nevertheless moreover
    then still indeed additionally furthermore similarly likewise separately finally overall
    notably importantly specifically ultimately consequently accordingly previously earlier
    later today yesterday
    """
)

#: Words that make the next word a noun or an adjective: ``his remarks``, ``opening
#: comments``, ``a shared plan`` (speech verbs' ``-s`` and ``-ed`` forms are nouns
#: and adjectives too).
NOUN_MARKERS = _words(
    """
    his her their its my our your the a an these those this opening closing concluding
    prepared written further recent brief final earlier public such whose
    """
)

#: Words of :data:`NOUN_MARKERS` that are adverbs too: before a speech verb's form that is no
#: noun they modify the verb (``further adds``, ``further explained``), not a noun.
ADVERB_MARKERS = _words("further")
#: The speech verbs' forms that are nouns too (``further comments``, ``her remarks``).
SPEECH_NOUNS = _words(
    """
    comments comment remarks remark notes note claims claim answers answer calls call replies reply
    posts post tweets tweet promises promise pledges pledge vows vow jokes joke reports report
    statements statement points point echoes shares counters describes
    """
)

#: Groups that speak as a body with no article: ``police said``, ``Researchers said:``.
GROUP_NOUNS = _words(
    """
    police officers detectives investigators prosecutors officials authorities researchers scientists
    organisers organizers campaigners doctors experts firefighters paramedics
    members families relatives residents neighbours neighbors parents students survivors volunteers
    """
)

#: Verbs that headlines are made of, in the present or the past: a line with one is a
#: headline in title case (``Council Opens New Bridge``), not an office's name
#: (``Lakeview Council``).
HEADLINE_VERBS = _words(
    """
    opens announces launches welcomes visits calls urges unveils awards approves receives wins marks
    sets names appoints backs confirms publishes reveals celebrates condemns supports introduces joins
    hosts releases signs seeks warns issues invests expands honors honours recognizes recognises
    praises applauds responds reacts delivers secures commits creates begins starts completes reaches
    helps leads announced opened launched welcomed approved awarded appointed
    """
)


def _base_form(verb: str) -> str:
    """The form a plural subject takes: ``opens`` → ``open``, ``launches`` → ``launch``,
    ``issues`` → ``issue``; a past form is its own."""
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


#: The headline verbs with their forms after a plural subject (``Police Open …``,
#: ``Residents Welcome …``).
PLURAL_HEADLINE_VERBS = HEADLINE_VERBS | frozenset(_base_form(w) for w in HEADLINE_VERBS)

#: Last words of a news site's name: ``Lakeview News``, ``The Harbour Post``.
MEDIA_WORDS = _words("news newsroom newscenter newscentre post times herald online blog gazette journal wire")

#: Words that end a line only when the sentence goes on after it.
FUNCTION_WORDS = _words(
    """
    the of to from and in a an for with by on at or that as into than
    """
)
#: Auxiliary verbs: a phrase that opens with one is a clause, not a name or a title.
AUXILIARIES = _words("is was were are has had have will would can could did does")
#: Conjunctions that join clauses, not the words of a title: a phrase before a name that
#: ends on one is a clause ending in the name (``… welcomed by residents but with``).
CLAUSE_CONJUNCTIONS = _words("but while whereas although though with when because since unless")
#: Words no sentence ends on, so a line that ends on one goes on at the next, whatever its
#: case (``… the ferry carried over`` / ``2,400 passengers``): the function words,
#: the other prepositions, determiners and auxiliaries.
OPEN_WORDS = FUNCTION_WORDS | _words(
    """
    over under about after before between through during without within against across upon via
    including its their his her our your my this these those every each is are was were be been has
    have had will would could should must
    """
)

#: Month names and abbreviations.
MONTHS = _words(
    """
    january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec
    """
)
WEEKDAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
    sun
    """
)

#: Top-level domains a bare address may end in (``gov.wales/news``, ``YouTube.com/UCLTV``).
TLDS = _words(
    """
    com org net gov edu int mil uk eu us ca au nz ie de fr es it nl be ch at se no dk fi pl pt cz gr jp
    cn in sg hk za br mx ru io co ai app dev info biz news wales scot tv me ly
    ae sa qa kr tw my ph id th vn ar cl il tr ua ro hu sk hr lu ng ke eg pk bd lk
    global online tech xyz health media law ngo
    """
)

#: Speech verbs that also state an intent: followed by ``to`` and a verb they report no
#: words (``promises to bring``, ``vowed to fight``).
INTENT_VERBS = _words(
    """
    promise promises promised vow vows vowed pledge pledges pledged agree agrees agreed
    threaten threatens threatened
    """
)

#: Words that make a short line the name of an office rather than a headline.
#: Words that open a relative clause after a name (``Tom Whitaker, who chairs …``).
RELATIVE_PRONOUNS = _words("who whose which that")
#: Words that open a clause or a question and are no part of a name, however printed
#: (``What I told the board was …``): a run of capitalised words that holds one names no one.
CLAUSE_OPENERS = _words("what which who whom whose when where why how whatever whoever")

#: Words of a press desk's name, given in a contact block where a person's name would be
#: (``Media Relations``, ``Press Office``, ``Europe Direct``): no person is named there.
DESK_WORDS = _words(
    """
    media press relations communications comms newsroom news desk team enquiries inquiries
    information public affairs direct marketing contacts helpdesk hotline line
    """
)

ORG_WORDS = _words(
    """
    department office ministry university college council agency commission inspectorate police service
    services institute school government parliament senate house committee directorate bureau authority
    board centre center trust foundation society association federation union court attorney attorney's
    attorney’s prosecutor's inc ltd llc plc corp corporation company gmbh bank
    partners network laboratory laboratories hospital clinic museum library unit division squad
    constabulary taskforce group alliance coalition organisation organization institution forum
    chamber consortium league administration international
    """
)


def singulars(low: str) -> tuple[str, ...]:
    """What a plural word may be the plural of: ``institutes`` → ``institute``,
    ``authorities`` → ``authority`` (none for a word that does not end in ``s``)."""
    if not low.endswith("s"):
        return ()
    return (low[:-1], low[:-3] + "y") if low.endswith("ies") else (low[:-1],)


def is_org_word(low: str) -> bool:
    """A word (lower case) that names a kind of body, singular or plural (``institute``,
    ``institutes``)."""
    return low in ORG_WORDS or any(s in ORG_WORDS for s in singulars(low))


#: Month number by the first three letters of its name.
MONTH_NUMBERS = {
    m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}


#: Capitalised words that open a line before a dash or comma without naming a place.
NOT_PLACE_WORDS = _words("update brief statement background note")

#: The words a digit in a short form may stand for, when the long form spells it out
#: (``Third Generation Partnership Project (3GPP)``, ``Second Line of Defence (2LOD)``).
NUMBER_WORDS: dict[str, frozenset[str]] = {
    "1": frozenset({"one", "first", "single"}),
    "2": frozenset({"two", "second", "double", "twin"}),
    "3": frozenset({"three", "third", "triple"}),
    "4": frozenset({"four", "fourth"}),
    "5": frozenset({"five", "fifth"}),
    "6": frozenset({"six", "sixth"}),
    "7": frozenset({"seven", "seventh"}),
    "8": frozenset({"eight", "eighth"}),
    "9": frozenset({"nine", "ninth"}),
}
