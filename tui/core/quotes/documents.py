"""The body that issued a document the text quotes: "the notice said", "the report,
published by the university, concluded".

News quotes documents as if they spoke, and the words are their issuer's. The text
names the issuer where it brings the document in: before the noun ("a State
Department notice", "the council's report"), after it ("the report from Environment
Southland", « le rapport de la Cour des comptes »), or in a clause set off by commas
("The report, published by the university,"), or as the subject who delivered it
("X said in a statement", "In a statement, X said"). A later bare "the notice" goes
to the issuer of the latest mention that names one. With no issuer written anywhere,
the document speaks for nobody.
"""

from __future__ import annotations

import re

from tui.core.entities.firm_nouns import PUBLICATION_KEYS
from tui.core.entities.patterns import DATELINE
from tui.core.models import Entity
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.latter import latter_referent
from tui.core.quotes.place_bodies import body_before_place
from tui.core.quotes.source_body import source_body
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _DETERMINERS, _SOURCE_NOUNS, ISSUED_PAPERS
from tui.core.text import fold

_DOCUMENTS = (
    """report reports notice filing study survey review audit analysis memo
    memorandum letter circular bulletin assessment evaluation inquiry ruling statement
    release submission conclusions findings rapport étude note circulaire bilan enquête avis
    communiqué""".split()
    + ISSUED_PAPERS.split()
)
DOCUMENT_NOUNS = frozenset(_DOCUMENTS) | frozenset(fold(w) for w in _DOCUMENTS)
"""Nouns of documents an organisation issues, which news quotes as speaking."""

_AFTER = re.compile(
    r"\s*(?:,\s*(?:which\s+was\s+|that\s+was\s+)?(?:published|released|issued|prepared|"
    r"commissioned|produced|compiled|written|adopted|approved|signed|publié|publiée|rédigé|"
    r"rédigée|commandé|commandée|adopté|adoptée|adoptés|adoptées|signé|signée)\b"
    r"[^,.;:]{0,30}?\b(?:by|par)\s+|\s+(?:[a-zà-ÿ-]+\s+)?(?:from|by|of|de|du|des)\s+)"
    r"(?:(?:the|la|le|les|l['’])\s*)?",
    re.IGNORECASE,
)
"""What joins a document to its issuer after the noun: "from", « de », one qualifying
word and « de » (« une note interne du X »), ", published on Tuesday by"."""

_POSSESSIVE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}$")
"""A possessive before the noun, past a few lowercase words ("the council's annual")."""

_BEFORE = re.compile(r"\s+(?:[a-z-]+\s+){0,3}$")
"""The lowercase words between an issuer's name and the noun ("State Department
one-paragraph notice")."""


def issued_by(ctx: _Context, noun_start: int, noun_end: int) -> _Speaker | None:
    """The organisation that issued the document named at ``noun_start``: the issuer
    this mention names, else the one named by the latest earlier mention of the same
    noun (within 3,000 characters, outside quotations) that names one."""
    noun = fold(ctx.text[noun_start:noun_end])
    if noun not in DOCUMENT_NOUNS:
        return None
    found = _owner(ctx, noun_start, noun_end)
    if found is not None:
        return _Speaker(found.canonical, "ORG", noun_start)
    placed = _placed_body(ctx, noun_end) or _publisher(ctx, noun_start)
    if placed is not None:
        return placed
    floor = max(0, noun_start - 3000)
    word = re.compile(rf"\b{re.escape(ctx.text[noun_start:noun_end])}\b", re.IGNORECASE)
    for m in reversed(list(word.finditer(ctx.text, floor, noun_start))):
        if ctx.in_quote(m.start()):
            continue
        found = _owner(ctx, m.start(), m.end())
        if found is not None:
            return _Speaker(found.canonical, "ORG", noun_start)
        delivered = _delivered_by(ctx, m.start())
        if delivered is not None:
            return _Speaker(delivered.name, delivered.label, noun_start)
        person = _personal_owner(ctx, m.start())
        if person is not None:
            return _Speaker(person.name, "PER", noun_start)
    return None


_PERSONAL = re.compile(r"\b(?P<pron>[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,3}$")
"""A person's possessive before the document noun ("his victim impact statement")."""


def _personal_owner(ctx: _Context, start: int) -> _Speaker | None:
    """The person "his" / "her" before the document at ``start`` stands for: the last
    person of that gender named before it, within its sentence or the one before."""
    m = _PERSONAL.search(ctx.text, max(0, start - 50), start)
    if m is None:
        return None
    feminine = m["pron"].lower() == "her"
    return latter_referent(ctx, m.start(), feminine=feminine, floor=max(0, start - 300))


_DELIVERED_IN = re.compile(
    r"\b(?:in|dans)\s+(?:a|an|its|his|her|their|un|une|son|sa|leur)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
""""in a statement", "in its written", « dans un communiqué » before the noun."""

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _delivered_by(ctx: _Context, start: int) -> _Speaker | None:
    """Who delivered the document mentioned at ``start``: the agent right before it
    ("drawn up by X in a report"), else the subject of "X said in a statement" or "In
    a statement, X said", else its publisher (« X a publié un bulletin »)."""
    delivered = _DELIVERED_IN.search(ctx.text, max(0, start - 40), start)
    if delivered is None:
        return _publisher(ctx, start)
    agent = _agent_before(ctx, delivered.start())
    if agent is not None:
        return _Speaker(agent.canonical, agent.label, agent.start)
    if _inverted_before(ctx, delivered.start()):
        return None  # « …, a annoncé l'exécutif dans un communiqué »: not the opening's
    return _opening_subject(ctx, start)


_PUBLISHED = re.compile(
    r"(?:\([^()]{1,12}\)\s*)?(?:a|ont|avait|avaient|has|have|had)?\s*(?:publié|diffusé|"
    r"transmis|adressé|published|released|issued)\s+(?:\w+\s+)?(?:un|une|son|sa|leur|a|an|"
    r"its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A verb of publishing right before the document (« a publié un bulletin », "issued
a statement"), maybe after an acronym in brackets and with a time word."""


def _publisher(ctx: _Context, start: int) -> _Speaker | None:
    """The person or body that published the document at ``start``: the name standing
    right before the verb of publishing, its subject (« X a publié un bulletin »)."""
    m = _PUBLISHED.search(ctx.text, max(0, start - 70), start)
    if m is None:
        return None
    for e in ctx.entities_in(max(0, m.start() - 120), m.start()):
        if e.label in ("PER", "ORG") and not ctx.text[e.end : m.start()].strip():
            return _Speaker(e.canonical, e.label, e.start)
    return None


_INCISE = re.compile(r",\s*(?:a|ont|avait|avaient)?\s*([^\W\d_]+)\s+[^,.;:]{1,40}$")
"""A comma, maybe an auxiliary, the verb (group 1) and its subject, up to the end."""


def _inverted_before(ctx: _Context, at: int) -> bool:
    """Whether an incise with its subject after the verb ends at ``at`` (« , a annoncé
    l'exécutif »): the document is that subject's, whom the sentence does not open on."""
    m = _INCISE.search(ctx.text, max(0, at - 70), at)
    return m is not None and is_speech_verb(m[1], ctx.language, strong=False)


def _agent_before(ctx: _Context, at: int) -> Entity | None:
    """The organisation after "by"/« par » that ends at ``at``, past an acronym in
    brackets (« dressé par le Haut Conseil (HCER) dans un rapport »)."""
    floor = max(0, at - 30)
    lead_in = re.search(r"(?:\s*\([^()]{1,12}\))?\s*$", ctx.text[floor:at])
    agent = _org_ending(ctx, floor + lead_in.start()) if lead_in else None
    if agent is None:
        return None
    left = ctx.text[max(0, agent.start - 12) : agent.start]
    return agent if _BY.search(left) else None


_BY = re.compile(r"\b(?:by|par)\s+(?:the\s+|l[ea]\s+|l['’])?$", re.IGNORECASE)


def _opening_subject(ctx: _Context, start: int) -> _Speaker | None:
    """The person or organisation that opens the sentence around ``start`` (past an
    opener such as "In a statement," and a title) and leads to a verb. "Calder
    shareholders will receive …, the companies said in a statement" names no issuer."""
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, max(0, start - 400), start)]
    begin = ends[-1] if ends else max(0, start - 400)
    close = _SENTENCE_END.search(ctx.text, start)
    dateline = DATELINE.match(ctx.text, ctx.line_start(begin))  # « PARIS (AFP) - »
    if dateline is not None and dateline.end() > begin:
        begin = dateline.end()
    named = ctx.entities_in(begin, close.start() if close else len(ctx.text))
    if not named or named[0].label == "MISC" or ctx.in_quote(named[0].start):
        return None  # a place speaks as the subject (« Alder County said in a statement »)
    first = named[0]
    opens = _body_over_place(ctx, first)  # « la préfecture du Var indique »
    who = _Speaker(first.canonical, first.label, first.start) if opens is None else opens
    lead = _OPENER.sub("", ctx.text[begin : who.at], count=1)
    if any(fold(w) not in _DETERMINERS and noun_kind(w) is None for w in _WORD.findall(lead)):
        return None  # past "The", a title or a kind ("Mayor X", « le groupe X »)
    rest = ctx.text[first.end : first.end + 60]
    verbs = _WORD.findall(rest)[:3]
    if rest.startswith(",") or any(_verb_of_delivery(w, ctx.language) for w in verbs):
        return who
    return None


def _placed_body(ctx: _Context, end: int) -> _Speaker | None:
    """The body a document is « de » or "from" when a noun makes it of a place (« un
    arrêté de la préfecture du Gard »)."""
    after = _AFTER.match(ctx.text, end)
    if after is None:
        return None
    places = ctx.entities_in(after.end(), after.end() + 40)
    who = _body_over_place(ctx, places[0]) if places else None
    return who if who is not None and after.end() <= who.at else None


def _body_over_place(ctx: _Context, place: Entity) -> _Speaker | None:
    """The body a noun makes of the place it governs (« la préfecture des Côtes-d'Armor
    »): the noun and the place together, as the text writes them."""
    m = body_before_place(ctx.text, place.start) if place.label == "LOC" else None
    return _Speaker(ctx.text[m.start(1) : place.end], "NP", m.start()) if m else None


_AUXILIARIES = frozenset("has have had was were is are a ont avait avaient est sont".split())
"""Auxiliaries that lead from a subject to the verb that delivered a document. Not
``speech_verbs.AUXILIARIES``: its "will", "would" and "could" would let "Calder
shareholders will receive" read as a subject and its verb."""


def _verb_of_delivery(word: str, language: str) -> bool:
    return word in _AUXILIARIES or is_speech_verb(word, language, strong=False)


_OPENER = re.compile(r"\s*(?:in|dans)\s[^,]{1,40},", re.IGNORECASE)
"""A sentence's opening phrase: "In a statement,", « Dans un communiqué, »."""

_WORD = re.compile(r"[^\W\d_]+")


def _owner(ctx: _Context, start: int, end: int) -> Entity | None:
    """The organisation named right before or after one mention of a document noun."""
    after = _AFTER.match(ctx.text, end)
    if after is not None:
        ent = _org_at(ctx, after.end())
        if ent is not None:
            return ent
        word = _WORD.match(ctx.text, after.end(), after.end() + 30)
        if word is not None and noun_kind(word.group()) == "body":
            body = ctx.named_body(word.group(), start)  # "published by the university"
            if body is not None and body.label == "ORG":
                return body
    left = ctx.text[max(0, start - 60) : start]
    for pattern in (_POSSESSIVE, _BEFORE):
        m = pattern.search(left)
        if m is not None:
            ent = _org_ending(ctx, start - len(left) + m.start())
            if ent is not None:
                return ent
    owner = _OWNED_BY_NOUN.search(left)
    if owner is not None and owner.group(1) in _SOURCE_NOUNS:
        noun = owner.group(1)  # "the company's trading statement": the company
        at = start - len(left) + owner.start(1)
        return source_body(ctx, _Tok(at, at + len(noun), noun, noun))
    return None


_OWNED_BY_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
"""A body noun owning the document, past a few lowercase words ("the company's
trading")."""


def document_antecedent(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """The issuer of a document a relative *which* stands for: "a 2022 report by the
    Office of X, which found …" is X's finding."""
    while left and left[-1].text == ",":
        left = left[:-1]
    at = next((i for i in range(len(left) - 1, -1, -1) if left[i].low in DOCUMENT_NOUNS), None)
    if at is None or len(left) - at > 12:
        return None
    issued = document_issuer(ctx, left[max(0, at - 2) :])
    return _Speaker(issued.canonical, "ORG", issued.start) if issued is not None else None


def _org_at(ctx: _Context, at: int) -> Entity | None:
    ent = ctx.entity_at(at)
    return ent if ent is not None and ent.start == at and ent.label == "ORG" else None


def _org_ending(ctx: _Context, at: int) -> Entity | None:
    ent = ctx.entity_at(at - 1)
    return ent if ent is not None and ent.end == at and ent.label == "ORG" else None


_ISSUED_BY = frozenset("by from of par de du des d' d’".split())


def document_issuer(ctx: _Context, words: list[_Tok]) -> Entity | None:
    """The body a document subject was issued by: "The annual report from Vell Water",
    "a 2022 report by the city's Office of Inspector General", « une étude de
    l'Insee »."""
    if not any(w.low in DOCUMENT_NOUNS for w in words[:6]):
        return None
    for e in ctx.entities_in(words[0].start, words[-1].end):
        before = [w for w in words if w.end <= e.start and w.low not in _DETERMINERS]
        before = [w for w in before if fold(w.low) not in PUBLICATION_KEYS]  # « le quotidien X »
        owner = ctx.text[max(0, e.start - 30) : e.start].rstrip().endswith(("'s", "’s"))
        handled = len(before) > 1 and before[-2].low in HANDLED_PARTICIPLES  # « cité par X »
        if e.label == "ORG" and before and (before[-1].low in _ISSUED_BY or owner):
            return None if handled else e
    return None


HANDLED_PARTICIPLES = frozenset(
    """cité citée cités citées consulté consultée consultés consultées obtenu obtenue
    obtenus obtenues révélé révélée révélés révélées vu vue cited quoted seen obtained
    reviewed viewed leaked""".split()
)
"""Participles of what a reader of the document did (« cité par le quotidien X »,
"seen by Reuters"): their agent did not issue it."""


def document_speaker(ctx: _Context, words: list[_Tok], body: list[_Tok]) -> _Speaker | None:
    """The issuer of a document subject: named inside its words, else where the text
    brought the document in."""
    issued = document_issuer(ctx, words)
    if issued is not None:
        return _Speaker(issued.canonical, "ORG", issued.start)
    doc = next((t for t in body if t.low in DOCUMENT_NOUNS), None)
    if doc is not None:
        return issued_by(ctx, doc.start, doc.end)
    if len(body) != 1 or body[0].low not in _GENERIC or words[0].low in _NEW_ONE:
        return None  # « un texte dénonçant … » is a new document, not the last one
    return _latest_issuer(ctx, body[0].start, 1500)


_GENERIC = frozenset(("texte", "document", "text"))
"""Nouns that stand for whichever document the text brought in last (« Un décret de
la préfecture … Le texte reproche … »): its issuer speaks through them."""
_NEW_ONE = frozenset(("un", "une", "a", "an"))
"""Articles that bring in a new document rather than point back to the last one."""


_READ_ON = re.compile(r"(?:lit|lisait|peut|pouvait)-(?:t-)?on\b")
_DOCUMENT_WORD = re.compile(r"\b(?:" + "|".join(_DOCUMENTS) + r")\b", re.IGNORECASE)


def read_in(ctx: _Context, at: int) -> _Speaker | None:
    """The issuer of the document « y lit-on » or « peut-on y lire » at ``at`` reads
    from: the last document the text mentioned before, outside quotations."""
    m = _READ_ON.match(ctx.text, at)
    if m is None:
        return None
    there = ctx.text[max(0, at - 3) : at].rstrip().endswith("y")
    if not there and not ctx.text[m.end() : m.end() + 8].lstrip().startswith("y lire"):
        return None
    return _latest_issuer(ctx, at, 600)


_READ_THERE = re.compile(
    r"\b(?:on\s+(?:y\s+(?:lit|lisait|apprend|découvre|trouve)|(?:peut|pouvait)\s+y\s+lire)"
    r"|(?:il\s+)?y\s+(?:est|était|sont|étaient)\s+(?:écrit|indiqué|précisé|mentionné|décrite?s?"
    r"|qualifiée?s?|présentée?s?))\b",
    re.IGNORECASE,
)
"""Reading a quotation out of a document the pronoun « y » points back to: « on y lit »,
« on peut y lire », « il y est écrit », « y est décrit »."""
_LEAD_IN = frozenset(
    ("que", "qu", "qu'", "qu’", ":", ",", "«q»", "et", "notamment", "aussi", "comme", "de", "d")
)
"""Words that may stand between the reading and the quotation it leads to."""


def read_there(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The issuer of the document a sentence reads its quotation from (« Un rapport du
    syndicat … On y lit que « … » », « il y est écrit que »): the last one named."""
    if not pre or ctx.language == "en":
        return None
    found = list(_READ_THERE.finditer(ctx.text, pre[0].start, pre[-1].end))
    if not found:
        return None
    after = [t for t in pre if t.start >= found[-1].end()]
    if any(t.low not in _LEAD_IN for t in after):
        return None  # « on y lit un appel au calme, et X juge « … » »: X's
    return _latest_issuer(ctx, found[-1].start(), 600)


def _latest_issuer(ctx: _Context, at: int, reach: int) -> _Speaker | None:
    """The issuer of the last document the text mentioned before ``at`` (within
    ``reach`` characters, outside quotations)."""
    for doc in reversed(list(_DOCUMENT_WORD.finditer(ctx.text, max(0, at - reach), at))):
        if ctx.in_quote(doc.start()):
            continue
        found = _owner(ctx, doc.start(), doc.end())
        if found is not None:
            return _Speaker(found.canonical, found.label, at)
        delivered = _delivered_by(ctx, doc.start())
        if delivered is not None:
            return _Speaker(delivered.name, delivered.label, at)
        return issued_by(ctx, doc.start(), doc.end())
    return None
