"""The body a bare source noun stands for: « l'organisation », « les juges ».

« prévient l'organisation », « indique la direction », « écrivent les juges »: the
noun names no one by itself, but news writes it right after naming the body, so it
is the last organisation whose name holds the noun, else the one the article last
named. Judges and a court
(« la juridiction ») speak for the court the article names, not for the company on
trial named since.
"""

from __future__ import annotations

import re

from tui.core.entities.role_nouns import FIRM_TRADES
from tui.core.models import Entity
from tui.core.quotes.constraints import members_of, noun_kind
from tui.core.quotes.context import _after_preposition, _Context, _Tok, voiced_after
from tui.core.quotes.subject_names import portfolio
from tui.core.quotes.words import NUMBER_WORDS, OF_ARTICLE
from tui.core.text import fold

STATE_BODIES = frozenset("gouvernement ministère présidence government ministry".split())
"""Source nouns naming a state's own bodies: « le gouvernement » is never the company
or the club the article last named, only a name the article gives it."""
_COURT_NOUNS = frozenset(fold(w) for w in "juges juge juridiction magistrats cour tribunal".split())
_COURT_WORDS = ("tribunal", "cour", "conseil d'etat", "juridiction", "court")


_FIRM_WORDS = frozenset(
    fold(w)
    for w in """entreprise société groupe compagnie firme enseigne constructeur opérateur
    fabricant assureur banque plateforme company firm retailer carrier manufacturer insurer
    lender operator miner""".split()
) | frozenset(fold(w) for w in FIRM_TRADES)
"""Source nouns naming a company: « l'entreprise », "the company" are never the union,
the town hall or the central bank named since."""
_NO_FIRM = re.compile(
    r"(?i:\b(?:syndicat|union|f[ée]d[ée]ration|conf[ée]d[ée]ration|association|collectif"
    r"|minist[èe]re|mairie|conseil|tribunal|cour|parquet|pr[ée]fecture|r[ée]gion"
    r"|d[ée]partement|gouvernement|parti|autorit[ée]|agence|observatoire"
    r"|department|ministry|council|court|government"
    r"|party|authority|commission|committee|police|guild|central\s+bank|reserve\s+bank"
    r"|banque\s+centrale)\b)"
    r"|^(?:CGT|CFDT|FO|CFTC|CFE-CGC|UNSA|Unsa|SUD|Solidaires|FSU)\b"
)
"""Unions, associations and public bodies: organisations that are no company."""


_NAMED_AS_SUCH = frozenset(("collectif",))
"""Source nouns that stand only for a body the text called by them (« le collectif X »):
a collective of neighbours is rarely one the model named, never the last body named."""

_CIVIL_WORDS = frozenset(
    fold(w) for w in "syndicat fédération confédération association collectif union".split()
)
"""Source nouns naming a body of civil society, never a state's own body."""
_STATE_WORDS = frozenset(fold(w) for w in (*STATE_BODIES, "préfecture", "mairie", "parquet"))


def _state_body(name: str) -> bool:
    """Whether ``name`` is a state's own body (« ministère de X », « préfecture de Y »)."""
    return any(word in _STATE_WORDS for word in fold(name).split())


def source_body(ctx: _Context, noun: _Tok) -> Entity | None:
    """The organisation ``noun`` stands for, or ``None``."""
    if fold(noun.low) in _FIRM_WORDS:
        return _holding(ctx, noun) or last_firm(ctx, noun.start)
    if fold(noun.low) in _NAMED_AS_SUCH:
        return _holding(ctx, noun)
    if fold(noun.low) not in _COURT_NOUNS:
        civil = fold(noun.low) in _CIVIL_WORDS  # « le syndicat » is never the ministry
        return paragraph_body(ctx, noun.start, _holding(ctx, noun)) or ctx.recent_entity(
            noun.start,
            ("ORG",),
            keep=lambda e: (
                not _credit_or_brief(ctx, e) and not (civil and _state_body(e.canonical))
            ),
            # « porte-parole de la Confédération X », « selon l'Agence Y »
            governed=lambda e: _part_of(ctx, e) or voiced_after(ctx, e.start),
        )
    courts = (
        e
        for e in reversed(ctx.entities)
        if e.start < noun.start and e.label == "ORG" and not ctx.in_quote(e.start)
    )
    named = next((e for e in courts if any(w in fold(e.canonical) for w in _COURT_WORDS)), None)
    return named or _court_described(ctx, noun.start)


_COURT_NAME = re.compile(
    r"\b(?:[Ll]e|[Ll]a|du|au)\s+((?:tribunal|cour)(?:\s+[a-zéèêàç'’-]+){0,3}?\s+"
    r"(?:de\s+|d['’]|du\s+)[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*)*)"
)
"""« le tribunal administratif de Pont-Morvan »: a court named by its seat."""


def _court_described(ctx: _Context, before: int) -> Entity | None:
    """The last court the text names by its kind and seat before ``before``, when the
    model found no name there (the court then speaks under that description)."""
    found = None
    for m in _COURT_NAME.finditer(ctx.text, max(0, before - 4000), before):
        if not ctx.in_quote(m.start()):
            name = " ".join(m.group(1).split())
            found = Entity(m.start(1), m.end(1), m.group(1), "ORG", name)
    return found


def _credit_or_brief(ctx: _Context, e: Entity) -> bool:
    """A news agency credited in the dateline (« PARIS, 2 septembre (AFP) - ») or a
    minister's brief (« ministre de l'Intérieur »): neither issued « le texte »."""
    line = ctx.line_start(e.start)
    credited = _DATELINE.match(ctx.text[line : e.end + 4]) is not None
    return (credited and ctx.text[e.start - 1 : e.start] == "(") or portfolio(ctx, e)


_DATELINE = re.compile(r"[A-ZÀ-Þ][^()\n]{0,50}\([^()\n]+\)\s*[-–—]")
"""A dateline's place and date, then the agency in brackets and a dash."""


def _holding(ctx: _Context, noun: _Tok) -> Entity | None:
    """The last organisation named before ``noun`` whose name holds it (« l'hôpital »
    for the Grand Hôpital de Charleroi, "the trust" for Harrow Lane Trust): a union
    named since does not stand for the hospital."""
    word = fold(noun.low)
    for e in reversed(ctx.entities_in(max(0, noun.start - 4000), noun.start)):
        # « au Musée X », « l'Hôpital Y »: a building's name opening on the body's noun
        # is the body, however the model labelled it.
        opens = e.label == "LOC" and fold(e.canonical).split()[0] == word
        if (e.label == "ORG" or opens) and not ctx.in_quote(e.start) and _holds(e.canonical, word):
            return e
        if e.label == "ORG" and _called(ctx.text, e.start, word) and not ctx.in_quote(e.start):
            return e  # « l'association Rivages Sonores »: the text's own noun for it
    return None


def _called(text: str, start: int, word: str) -> bool:
    """Whether the text writes ``word`` right before the name at ``start``."""
    before = fold(text[max(0, start - 40) : start]).rstrip().replace("’", "'")
    return before.endswith((" " + word, "'" + word)) or before == word


def paragraph_body(ctx: _Context, at: int, found: Entity | None) -> Entity | None:
    """The body a bare noun at ``at`` stands for, given the one ``found`` by its word:
    ``found``, unless it was named before this paragraph and the paragraph names one
    other body, not after a preposition (« Le Mouvement Y n'aura aucun élu. « … », a
    reconnu le parti » in a story that named the Parti X before)."""
    line = ctx.line_start(at)
    if found is None or found.start >= line:
        return found
    here = {
        e.canonical: e
        for e in ctx.entities_in(line, at)
        if e.label == "ORG" and not ctx.in_quote(e.start) and not _after_preposition(ctx, e.start)
    }
    return next(iter(here.values())) if len(here) == 1 and found.canonical not in here else found


def last_firm(ctx: _Context, before: int) -> Entity | None:
    """The last organisation named before ``before`` that is no union, association or
    public body (the company a bare « l'entreprise » refers back to)."""
    callers = _strike_callers(ctx)
    return ctx.recent_entity(
        before,
        ("ORG",),
        lambda e: (
            not _NO_FIRM.search(e.canonical)
            and e.canonical not in callers
            and not _route(ctx.text, e.start)
            and not _product(ctx.text, e)
        ),
        lambda e: _part_of(ctx, e),
    )


_STRIKE_CALL = re.compile(
    r"(?i:\b(?:à\s+l['’]appel|at\s+the\s+call|called\s+by)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+"
    r"|des\s+|de\s+|d['’]|of\s+the\s+|of\s+|the\s+)?)$"
)
"""« à l'appel de », "at the call of", "called by" right before a body's name."""


def _strike_callers(ctx: _Context) -> set[str]:
    """The bodies the text names as calling a strike or a protest, and the acronyms in
    brackets after them (« à l'appel de l'Unione di i Marinari Corsi (UMC) »): unions,
    whatever their names' language, never the firm « la direction » stands for."""
    callers: set[str] = set()
    for m in ctx.entities:
        if m.label != "ORG" or not _STRIKE_CALL.search(ctx.text, max(0, m.start - 30), m.start):
            continue
        callers.add(m.canonical)
        short = ctx.entity_at(m.end + 2) if ctx.text[m.end : m.end + 2] == " (" else None
        if short is not None:
            callers.add(short.canonical)
    return callers


_ROUTE_BEFORE = re.compile(r"(?i:\b(?:lignes?|liaisons?|axes?|lines?|routes?)\s+)$")
"""« sur les lignes Toulouse-Auch et … »: the name of a route a company runs, no company."""


def _route(text: str, start: int) -> bool:
    return _ROUTE_BEFORE.search(text, max(0, start - 12), start) is not None


_COUNTED = re.compile(r"(?i:\b(?:\d+|" + "|".join(sorted(NUMBER_WORDS)) + r")\s+)$")
"""A number before a name (« cinq Airbus », "two Boeing"): things counted; an article
is left out, since "an Apple spokesman" is the firm's."""
_MODEL_AFTER = re.compile(r"\s+[A-Z]{0,3}-?\d{2,}")


def _product(text: str, e: Entity) -> bool:
    """« un Boeing 737-500 », « cinq Airbus A321 »: a maker's name counted, or with a
    model number, names what it made, never the firm that acts."""
    counted = _COUNTED.search(text, max(0, e.start - 12), e.start) is not None
    return counted or _MODEL_AFTER.match(text, e.end) is not None


def _part_of(ctx: _Context, e: Entity) -> bool:
    """Whether the name is governed by what stands for its body: its direction, staff
    or site, or a person of it (« la direction de X », « porte-parole de la X »)."""
    word = governing_word(ctx.text, e.start)
    return word is not None and (fold(word) in _FIRM_PARTS or noun_kind(word) == "person")


def governed_by_person(text: str, start: int) -> bool:
    """Whether a person noun governs the name at ``start`` (« la directrice de l'Agence
    X »): the name is that person's body."""
    word = governing_word(text, start)
    return word is not None and noun_kind(word) == "person"


def affiliated(ctx: _Context, names: list[Entity]) -> bool:
    """Whether every name in a French person's description is the body they belong to
    (« le président de l'association X »): the person speaks, not the body."""
    return ctx.language == "fr" and bool(names) and all(_of_a_body(ctx, e) for e in names)


def _of_a_body(ctx: _Context, e: Entity) -> bool:
    """Whether an organisation is governed by « de », maybe through a body noun."""
    if e.label != "ORG":
        return False
    if governing_word(ctx.text, e.start) is not None:
        return True
    named = _OF_BODY.search(ctx.text, max(0, e.start - 40), e.start)  # « de l'association X »
    return named is not None and noun_kind(named.group(1)) == "body"


_OF_BODY = re.compile(rf"\b(?:{OF_ARTICLE})([\w-]+)\s+$")


def governing_word(text: str, start: int) -> str | None:
    """The word whose « de » governs the name at ``start`` (« directrice » in « la
    directrice de l'Agence X »), or ``None``."""
    found = _GOVERNED.search(text, max(0, start - 40), start)
    return found.group(1) if found else None


_GOVERNED = re.compile(rf"([\w-]+)\s+(?:{OF_ARTICLE}|de\s+)$")
_FIRM_PARTS = frozenset(
    fold(w) for w in "direction dirigeants usine siège filiale actionnaires salariés".split()
)


def name_holding(phrase: str, bodies: dict[str, str]) -> str | None:
    """ "the inspectorate" for the Independent Hospitals Inspectorate, « le syndicat »
    for the Syndicat des cheminots: the one organisation, written in several words,
    whose name holds the description's single noun. A person's role names none."""
    if " " in phrase or noun_kind(phrase) == "person":
        return None
    word = fold(phrase)
    holding = {c for n, c in bodies.items() if " " in n and _holds(n, word)}
    return holding.pop() if len(holding) == 1 else None


def _holds(name: str, word: str) -> bool:
    """Whether ``word`` (folded) is one of the words of ``name``, and not the trade of
    the people a body gathers ("the hospital" is no "Hospital Workers Union")."""
    words = fold(name).split()
    held = word in words or _BODY_ADJECTIVES.get(word) in words
    return held and not members_of(words, word)


_BODY_ADJECTIVES = {
    "departement": "departemental",
    "region": "regional",
    "hopital": "hospitalier",
}
"""Nouns and the adjective a body's name puts in their place: « l'hôpital » is the
« centre hospitalier » named before, « le département » the « conseil départemental »
the division elects, « la région » the « conseil régional »."""
_DIVISIONS = frozenset(("departement", "region"))


def council_of(ctx: _Context, noun: _Tok) -> Entity | None:
    """The council a bare division noun stands for, when the article has named it
    (« … le conseil départemental de X. « … », a indiqué le département »)."""
    if fold(noun.low) not in _DIVISIONS:
        return None
    adjective = _BODY_ADJECTIVES[fold(noun.low)]
    for e in reversed(ctx.entities_in(max(0, noun.start - 4000), noun.start)):
        named = fold(e.canonical).split()
        if e.label == "ORG" and not ctx.in_quote(e.start) and adjective in named[1:3]:
            return e
    return None
