"""A French name a company noun announces is an organisation.

French news names a firm the reader does not know by first saying what it is: « la
plateforme Rapido Eats », « le constructeur Valmora », « l'enseigne Maxi Frais », « le
groupe industriel Orvalis », or in apposition « Le transporteur, Autocars Delahaye, ».
A statistical model that has never seen the name reads two capitalised words as a
person or a place; the noun before it says otherwise. This is a convention of the
language, not a default: nothing here finds a name, it only labels one the model found.
"""

from __future__ import annotations

import re

from tui.core.entities.firm_sites import FIRM_ARTICLE, SITE_NOUNS
from tui.core.entities.gazetteer import given_names, name_key
from tui.core.entities.patterns import FUNCTION
from tui.core.text import fold

FIRM_NOUNS = (
    "entreprise",
    "coentreprise",
    "co-entreprise",
    "multinationale",
    "société",
    "groupe",
    "firme",
    "compagnie",
    "plateforme",
    "enseigne",
    "constructeur",
    "transporteur",
    "opérateur",
    "distributeur",
    "fabricant",
    "assureur",
    "équipementier",
    "sous-traitant",
    "start-up",
    "startup",
    "laboratoire",
    "banque",
    "mutuelle",
    "coopérative",
    "holding",
    "filiale",
    "hébergeur",
    "fournisseur",
    "association",
    "fondation",
    "syndicat",
    "fédération",
    "ong",
    "organisation",
    "collectif",
    "agence",
    "marque",
    "bailleur",
    *SITE_NOUNS,
)
"""Nouns that, right before a capitalised name, say it is a body (a firm, an
association, a union). Words that also name a person's trade (« l'exploitant », « le
gestionnaire », « l'éditeur ») are left out."""

_PUBLISHING_NOUNS = (
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "journal",
    "revue",
    "chaîne",
    "radio",
)
"""Nouns that announce a newspaper, a magazine or a broadcaster by its title (« le
quotidien libanais X »): the title is a body that reports and comments, never a person."""

_FIRM_BEFORE = re.compile(
    r"(?<![\w-])(?P<article>" + FIRM_ARTICLE + r")"
    r"(?i:" + "|".join(map(re.escape, (*FIRM_NOUNS, *_PUBLISHING_NOUNS))) + r")s?"
    r"(?P<adjective>\s+[^\W\d_][\w-]*)?(?P<comma>\s*,)?\s+$"
)
PUBLICATION_NOUNS = (*_PUBLISHING_NOUNS, "site", "média", "newspaper", "daily", "weekly", "paper")
"""Nouns a publication's title follows (« le quotidien « X » », "the daily "X""): the
publishing nouns above, and a few that announce no firm on their own."""
PUBLICATION_KEYS = frozenset(fold(w) for w in PUBLICATION_NOUNS)
"""The same nouns folded, to look a word up."""

_QUOTED_TITLE = re.compile(r"\s+[«\"“]\s*(?P<title>[A-ZÀ-Þ][^»\"”\n.!?,]{0,50}?)\s*[»\"”]")


def quoted_title(text: str, end: int) -> tuple[int, int] | None:
    """Where the title in quotation marks right after a publication noun ending at
    ``end`` lies: capitalised, five words at most, no sentence inside."""
    m = _QUOTED_TITLE.match(text, end)
    return m.span("title") if m is not None and len(m["title"].split()) <= 5 else None


_APPOSED_NOUN = re.compile(
    r",\s+(?i:la|le|l['’]\s*|une|un)\s*(?:[a-zà-ÿ-]+\s+)?(?i:"
    + "|".join(map(re.escape, (n for n in FIRM_NOUNS if n not in SITE_NOUNS)))
    + r")\b"
)
"""A comma, an article and a company noun (« , la coentreprise », « , une jeune
entreprise »); a site (« , l'usine ») says where, not what the name is."""
_GOVERNED = re.compile(r"(?i:\b(?:à|au|aux|en|dans|de|du|des|d['’]|près\s+de|vers|sur))\s*$")
"""A preposition before the name makes it a place or a complement (« à Vouillé, la
coopérative »), never the firm the apposition describes."""


def firm_noun_after(text: str, start: int, end: int) -> bool:
    """Whether a company noun follows the name at ``start``…``end`` in apposition
    (« Cellora, la coentreprise qui … »), no preposition governing the name."""
    if _APPOSED_NOUN.match(text, end) is None:
        return False
    return _GOVERNED.search(text, max(0, start - 12), start) is None


_NOT_ADJECTIVE_ENDINGS = ("é", "ée", "és", "ées", "ant", "i", "ie", "is", "it")
"""Endings of the participles that start a clause (« fondée par », « racheté
par », « dirigée par », « détenue par »): the name after them is who acts, no firm."""


def _demonym(adjective: str) -> bool:
    """« libanais », « japonais »: a nationality, though it ends like « repris »."""
    return adjective.lower().endswith("ais")


def firm_noun_before(text: str, start: int, end: int) -> bool:
    """Whether a company noun announces the name at ``start``…``end``: directly (« la
    plateforme X », « le groupe industriel X ») or in apposition between commas (« Le
    transporteur, X, »)."""
    m = _FIRM_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    adjective = (m.group("adjective") or "").strip()
    if adjective and (
        adjective[0].isupper()
        or adjective.lower() in FUNCTION
        or (adjective.lower().endswith(_NOT_ADJECTIVE_ENDINGS) and not _demonym(adjective))
    ):
        return False
    if m.group("comma"):
        # « Le président de l'association, X, », « le patron du groupe, X, »: the noun
        # completes a role, and X holds the role; only a noun heading its own phrase
        # is set in apposition.
        of = _OF_BEFORE.search(text, max(0, m.start() - 6), m.start())
        own = fold(m.group("article").strip()) in _OWN_ARTICLES
        return own and of is None and not adjective and text[end : end + 1] == ","
    return True


_FIRM_ROLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:PDG|P\.?-?D\.?G\.?|directeur\s+général|directrice\s+générale"
    r"|président-directeur\s+général|présidente-directrice\s+générale"
    r"|(?:co-?)?fondat(?:eur|rice)s?|actionnaires?|conseil\s+d['’]administration"
    r"|président\s+du\s+directoire)"
    r"\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)$"
)
"""Offices only a company has (« le PDG d'X », « les actionnaires de X », « le
fondateur de X »): the name they govern is the company, never a place or a person."""


def firm_role_before(text: str, start: int) -> bool:
    """Whether a company's own office governs the name at ``start`` (« le PDG de X »)."""
    return _FIRM_ROLE_BEFORE.search(text, max(0, start - 40), start) is not None


TAKE_UP_REACH = 300
"""How far after a name the company noun that takes it up may stand."""

FIRM_SUBJECT = re.compile(
    r"(?:(?:^|[.!?»]\s+)(?:L['’]\s*entreprise|Le\s+groupe|La\s+société|La\s+firme|L['’]\s*enseigne"
    r"|Le\s+constructeur)\s+(?:[a-zé]\w+|n['’]))"
    r"|(?:\b(?:a|ont)\s+(?:fait\s+savoir|indiqué|précisé|annoncé|ajouté|expliqué|assuré|affirmé"
    r"|souligné|déclaré|réagi)|\b(?:indique|précise|ajoute|explique|assure|affirme|souligne"
    r"|rappelle|fait\s+savoir|poursuit|réagit))\s+(?:l['’]\s*entreprise|le\s+groupe"
    r"|la\s+société|la\s+firme|l['’]\s*enseigne|le\s+constructeur)\b",
    re.MULTILINE,
)
"""A company noun standing as the subject of what follows (« Le groupe rappelle… »,
« …, a fait savoir l'entreprise »): it refers back to a company."""

_COMPANY_SUBJECT = re.compile(
    r"(?:(?:^|[.!?]\s+)The|[,!?][’”\"']\s+the|\bAsked\s+whether\s+the)"
    r"\s+(?:company|firm|operator|airline|carrier|retailer|insurer|lender|manufacturer"
    r"|carmaker|developer|chain|utility|brewer|publisher)"
    r"\s+(?:said|says|added|told|confirmed|announced|declined|stated|insisted|would"
    r"|apologi[sz]ed)\b",
    re.MULTILINE,
)
"""The same in English copy, opening a sentence or after a quotation ("The company
said", '," the company said', "Asked whether the company would")."""


TAKING_UP_NOUNS = ("entreprise", "groupe", "société", "firme", "enseigne", "constructeur")
"""The nouns of :data:`FIRM_SUBJECT`: an article holding none needs no search for it."""


def company_taken_up(text: str) -> bool:
    """Whether an English company noun stands anywhere in ``text`` as a subject (most
    articles have none, and then no name needs :func:`company_named_before`)."""
    return _COMPANY_SUBJECT.search(text) is not None


def company_named_before(text: str, end: int, until: int) -> bool:
    """Whether an English company noun refers back to the name ending at ``end`` as the
    next subject, before ``until`` (the next name) and within a few sentences
    ("Northwind Ferries said … . Asked whether the company would appeal")."""
    return _COMPANY_SUBJECT.search(text, end, min(until, end + TAKE_UP_REACH)) is not None


_OWN_ARTICLES = frozenset(("le", "la", "les", "l'", "l’", "un", "une"))
_OF_BEFORE = re.compile(r"(?<![\w-])(?i:de|d['’]|of)\s*$")


_FIRM_TAILS = frozenset(
    """shipping logistics airlines airways holding holdings pharma pharmaceuticals
    technologies industries capital ventures investments motors telecom insurance
    securities biosciences therapeutics""".split()
)
"""Words a company's name closes on in any language (« Nereis Shipping »)."""


def firm_tail(surface: str) -> bool:
    """Whether a name of several words closes on a word only companies take, and opens
    on no given name (« Paul Capital » stays a person)."""
    words = surface.split()
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].lower() not in _FIRM_TAILS:
        return False
    return name_key(words[0].split("-")[0]) not in given_names()
