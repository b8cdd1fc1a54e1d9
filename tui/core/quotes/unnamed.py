"""Someone the text brings in without a name, just before a pronoun speaks.

News often quotes people it does not name: « Un témoin a vu le toit céder. « … »,
a-t-il raconté », « Selon une habitante du quartier, l'eau est montée en une heure.
« … », dit-elle ». The pronoun then stands for that witness, not for the official
named three paragraphs earlier; the words have a speaker the text does not name, so
the speaker is null. An indefinite article marks the newcomer (a definite one re-
describes someone already known, which :mod:`tui.core.quotes.pronouns` handles).
"""

from __future__ import annotations

import re

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.quotes.antecedents import couples_in, sentences_before
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.party_roles import party_members
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import (
    _DETERMINERS,
    _PLURAL_PRONOUNS,
    SENTENCE_PUNCT,
    SINGULAR_DEFINITE,
)
from tui.core.text import fold

_INDEFINITE = {"un": "m", "une": "f", "a": None, "an": None, "one": None}
_SEVERAL: dict[str, str | None] = dict.fromkeys(
    """des deux trois quatre cinq quelques plusieurs certains certaines
    some two three several""".split()
)
"""Words bringing in a group nobody names (« deux étudiantes attendaient »), which
« ils », « elles », "they" may stand for."""
_SOURCE_OPENERS = frozenset(("selon", "according"))
_HEAD_REACH = 3
"""Words after the article within which the person noun must come (« un jeune
ouvrier », « une habitante »)."""


def unnamed_newcomer(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """A person the sentence before ``at`` brings in unnamed, as its subject or as its
    source (« selon un ouvrier, … »), or who asked in this paragraph not to be named,
    agreeing with ``pron`` in gender; ``None`` when nobody is brought in so."""
    anonymous = _asked_not_to_be_named(ctx, pron, at)
    if anonymous is not None:
        return anonymous
    sentence = _previous_sentence(ctx, at)
    if len(sentence) < 3:
        return None
    i = 1 if sentence[0].low in _SOURCE_OPENERS else _past_incise_verb(sentence, ctx.language)
    fronted = next((j for j, t in enumerate(sentence[:_FRONTED_REACH]) if t.text == ","), None)
    # « Un peu à l'écart, un jeune agriculteur … »: an opening phrase on « un » too
    adverbial = sentence[0].low in _INDEFINITE and len(sentence) > 1 and sentence[1].low == "peu"
    opens = sentence[0].text[:1].isalpha() and (sentence[0].low not in _INDEFINITE or adverbial)
    if i == 0 and opens and fronted is not None and fronted >= 2:
        named = ctx.entity_at(sentence[fronted - 1].start)
        if named is not None and named.label == "PER":
            return None  # "… is Bridget Keane, a retired nurse": she is named
        i = fronted + 1  # « Pour pallier l'absence, une infirmière du village dépose »
        if i + 1 >= len(sentence):
            return None
    if sentence[0].low == "according" and len(sentence) > 1 and sentence[1].low == "to":
        i = 2
    det = sentence[i]
    openers = _SEVERAL if pron in _PLURAL_PRONOUNS else _INDEFINITE
    if det.low not in openers:
        return None
    gender = openers[det.low]
    if gender is not None and {"il": "m", "elle": "f"}.get(pron, gender) != gender:
        return None
    phrase = sentence[i + 1 : i + 1 + _HEAD_REACH]
    phrase = phrase[: next((j for j, t in enumerate(phrase) if t.text == ","), len(phrase))]
    head = next((t for t in phrase if noun_kind(t.low) == "person"), None)
    if head is None or _named_or_of_a_body(ctx, sentence[i:]) or head.low in ASKERS:
        return None  # "“…?” a reporter asked. “No,” she said": she is the one asked
    return _Speaker(None, "NP", det.start)


ASKERS = frozenset("reporter reporters journalist journalists journaliste journalistes".split())
"""People who put the questions, whom a pronoun after their question never means."""


_ANONYMOUS = re.compile(
    r"\b(?:asked|declined|did not want|didn['’]t want|refused|requested|speaking|spoke)\b"
    r"[^.\n«»“”\"]{0,50}?\b(?:(?:his|her|their) (?:full )?name|named|anonymity|identified)\b"
    r"|\banonymat\b|rester anonyme|sans (?:donner|vouloir donner) son nom"
    r"|(?:n['’]a pas|ne|n['’]avait pas) (?:voulu|souhaité|souhaite|veut|voulait|souhaitait)"
    r" (?:pas )?(?:donner|révéler|dévoiler|communiquer) son (?:nom|identité)"
    r"|préf[èe]r\w* (?:taire|garder) son "
    r"(?:nom|identité)|ne (?:souhaite|veut) pas être (?:nommée?|citée?)",
    re.IGNORECASE,
)
"""A person who asked not to be named: "who declined to give her name", « qui a requis
l'anonymat »."""


_FRONTED_REACH = 8
"""Longest phrase opening a sentence before its subject and a comma."""

_ANONYMITY_REACH = 600
"""How far back in the paragraph the request not to be named may stand."""


def _asked_not_to_be_named(ctx: _Context, pron: str, at: int) -> _Speaker | None:
    """The person who, in this paragraph before ``at`` and after the last name given,
    asked not to be named: the pronoun stands for them, and they have no name."""
    line = max(ctx.line_start(at), at - _ANONYMITY_REACH)
    # « …, confie-t-elle, préférant rester anonyme »: the request may follow the pronoun.
    stop = SENTENCE_PUNCT.search(ctx.text, at, ctx.line_end(at))
    end = stop.start() if stop else ctx.line_end(at)
    found = [m for m in _ANONYMOUS.finditer(ctx.text, line, end) if not ctx.in_quote(m.start())]
    if not found:
        return None
    m = found[-1]
    named = [
        e
        for e in ctx.entities_in(min(m.end(), at), at)
        if e.label == "PER" and not ctx.in_quote(e.start)
    ]
    said = m.group(0).lower()
    clash = ("her " in said and pron in ("he", "il")) or (
        "his " in said and pron in ("she", "elle")
    )
    return None if named or clash else _Speaker(None, "NP", m.start())


def _past_incise_verb(sentence: list[_Tok], language: str) -> int:
    """Where the subject of an incise after a quotation stands (« « … », témoigne une
    voisine », "“…,” a neighbour said"), else 0: the sentence's own start."""
    if sentence[0].text != ",":
        return 0
    if language == "fr":
        return 2 if is_speech_verb(sentence[1].low, language) else 0
    return 1 if sentence[1].low in _INDEFINITE else 0


def _previous_sentence(ctx: _Context, at: int) -> list[_Tok]:
    """The words of the sentence just before ``at``, quotations left out."""
    done = [s for s in sentences_before(ctx, at)[:-1] if s]
    return [t for t in done[-1] if not t.text.startswith("«")] if done else []


def _named_or_of_a_body(ctx: _Context, phrase: list[_Tok]) -> bool:
    """A name in the description itself or set beside it (« un porte-parole de la
    Ligue », « un homme de 45 ans, Paul Durand, »): the rules that tie a description
    to its name decide then."""
    stop = next((j for j, t in enumerate(phrase) if t.text == ","), min(len(phrase), 7))
    if stop == 0:
        return False
    lo, hi = phrase[0].start, phrase[stop - 1].end
    if any(e.label in ("PER", "ORG") for e in ctx.entities_in(lo, hi)):
        return True
    if stop + 1 < len(phrase):
        named = ctx.entity_at(phrase[stop + 1].start)
        return named is not None and named.label == "PER"
    return False


_NON_REPRESENTATIVES = frozenset(
    """collègue collègues ami amie amis proche proches voisin voisine salarié salariée
    employé employée infirmier infirmière ouvrier ouvrière client cliente patient patiente
    élève étudiant étudiante bénévole habitant habitante vendeur vendeuse résident
    résidente usager usagère colleague friend neighbour neighbor employee worker nurse
    customer student volunteer resident relative source sources insider ally confidant
    confidante""".split()
)
"""People who belong to a body or stand near a person without speaking for them: « une
infirmière de l'hôpital » speaks for herself, not for the hospital."""
_QUALIFIERS = frozenset("ancien ancienne anciens jeune former young".split())


_OF_LINKS = (["de"], ["d'"], ["d’"], ["of"])
_PLACED = frozenset("à au aux l dans sur chez at in on from".split())
"""Prepositions ending a participle's link to a name (« présent à », "stationed at")."""
_OF_WORDS = frozenset("de du des d of for".split())
"""Words that open a complement, not a participle (« un responsable de X »)."""


def relative_of(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether a definite subject is someone's relation (« la mère de X », « les
    parents de X », « l'avocat de M. X », "the brother of X"): that person, whom the
    article may name elsewhere, and never X."""
    if len(words) < 4 or words[0].low not in SINGULAR_DEFINITE | {"les"}:
        return False
    head = words[1]
    if noun_kind(head.text) != "person" and head.low not in _NON_REPRESENTATIVES:
        return False
    named = ctx.entity_at(words[3].start) or ctx.entity_at(words[-1].start)
    if named is None or named.label != "PER" or named.start <= head.end:
        return False
    link = [
        w
        for w in ctx.text[head.end : named.start].split()
        if fold(w).rstrip(".") not in ABBREVIATED_TITLES
    ]
    return link in _OF_LINKS


def relatives_named(ctx: _Context, words: list[_Tok]) -> _Speaker:
    """Who « les parents de X » are: the two people the article named together under
    X's surname (« Thierry et Véronique Roy … les parents de Quentin Roy »), else
    relatives it leaves unnamed, never X."""
    child = ctx.entity_at(words[3].start) or ctx.entity_at(words[-1].start)
    surname = fold(child.canonical.split()[-1]) if child is not None else None
    for first, second in couples_in(ctx):
        if surname and fold(second.canonical.split()[-1]) == surname and second != child:
            return _Speaker(first.canonical, "PER", first.start)
    return _Speaker(None, "NP", words[0].start)


def unnamed_relation(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether a subject brings in someone unnamed through whom they are to a name:
    « une ancienne collègue de X », « une infirmière de l'hôpital Y », "a former employee
    of Z". The speaker is that unnamed person, never X, Y or Z; a spokesperson (« un
    porte-parole de Z ») is another matter, and speaks for Z."""
    if len(words) < 3 or words[0].low not in _INDEFINITE:
        return False
    k = 2 if words[1].low in _QUALIFIERS else 1
    head = words[k] if k < len(words) else None
    if head is None:
        return False
    plain = head.low in _NON_REPRESENTATIVES
    if not plain and noun_kind(head.text) != "person":
        return False
    named = [e for e in ctx.entities_in(head.end, words[-1].end) if e.start > head.end]
    if not named or plain:
        return bool(named)
    # « un proche de X »: X right after the noun; « un responsable de l'administration
    # de X » speaks for that administration, whoever heads it.
    link = ctx.text[head.end : named[0].start].split()
    placed = len(link) > 1 and link[0].isalpha() and fold(link[0]) not in _OF_WORDS
    if placed and fold(link[-1].rstrip("'’")) in _PLACED:
        return True  # « un conducteur présent à l'AG », "a driver at the depot": no body
    return all(e.label == "PER" for e in named) and link in _OF_LINKS


AIDES = frozenset("aides aide advisers adviser advisors advisor allies".split())
"""A person's aides and advisers, who speak unnamed and never for that person, whether
the text writes them around the name ("aides to X") or as its own ("X's aides")."""
_GROUP_HEADS = AIDES | frozenset(
    """proches amis collaborateurs conseillers partisans soutiens fidèles
    détracteurs adversaires opposants alliés collègues lieutenants sympathisants
    collaborateur collaboratrice conseiller conseillère fidèle allié alliée proche
    détracteur adversaire opposant opposante ally friends critics critic supporters
    supporter opponents opponent associates confidants detractors rivals loyalists
    backers staffers people""".split()
)
"""Nouns for people around a person who speak for themselves, not for that person:
« les proches de X », "aides to X", "critics of X". A spokesperson or a lawyer speaks
for the person behind them and is not among these, nor is « l'entourage de X », the
usual name of a person's own camp."""
_GROUP_OPENERS = frozenset(
    """des les l' l’ un une ses leurs plusieurs quelques certains the some several many
    two three a an one""".split()
)
_GROUP_LINKS = frozenset("de d du des of to for".split())
_GROUP_QUALIFIERS = frozenset(
    "senior top close longtime former veteran key anciens ancienne ancien proches".split()
)


def unnamed_group(ctx: _Context, words: list[_Tok]) -> bool:
    """Whether a subject names the people around a person, not the person: « des
    proches de X », « les partisans du ministre », "aides to X", "a senior aide to X",
    "people close to X", "allies of the former minister"; a party's members
    ("Democrats"). They are unnamed, and X never said their words. Around a body or
    a place, the words may be a name (« Friends of the Earth »): left to the other
    rules."""
    if ctx.language == "en" and len(words) <= 2 and party_members(words[-1].text):
        return True  # "Democrats accused her of …", "the Republicans said": the members
    k = 1 if words and words[0].low in _GROUP_OPENERS else 0
    if k + 1 < len(words) and words[k].low in _GROUP_QUALIFIERS:
        k += words[k + 1].low in _GROUP_HEADS  # « d'anciens collaborateurs », "senior aides"
    if k >= len(words) - 1 or words[k].low not in _GROUP_HEADS:
        return False
    rest = words[k + 1 :]
    link = 2 if [w.low for w in rest[:2]] == ["close", "to"] else 1
    if len(rest) <= link or (link == 1 and fold(rest[0].low.rstrip("'’")) not in _GROUP_LINKS):
        return False
    named = ctx.entity_at(rest[link].start)
    if named is not None:
        return named.label == "PER"
    role = [w for w in rest[link:] if w.low not in _DETERMINERS]
    return all(w.text.islower() for w in role) and any(noun_kind(w.low) == "person" for w in role)
