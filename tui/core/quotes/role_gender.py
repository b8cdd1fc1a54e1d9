"""The gender a role noun gives the person it re-describes.

« la ministre », « l'élue », « l'avocate », "the chairwoman": a feminine role is
never a man. A masculine one tells less (« le ministre » is still written for many
women, « le capitaine Sandrine X »), except for the nouns whose feminine the press
always uses for a woman (« le conseiller » / « la conseillère », « le député » /
« la députée »): those are never a woman.
"""

from __future__ import annotations

from tui.core.entities.role_nouns import PERSON_NOUNS, REGULAR_FEMININES
from tui.core.text import fold

_FEMININE_ENDS = ("ee", "ue", "rice", "euse", "enne", "ere", "esse", "ante", "ente", "ointe")
"""Endings of French feminine role nouns after an elided article (« l'élue »,
« l'inspectrice », « l'ancienne », « l'infirmière », « l'intervenante »)."""


_FEMININE_WORDS = frozenset(fold(w) for w in "avocate candidate magistrate lauréate".split())
"""Feminine role nouns the endings above miss (« l'avocate »; « diplomate » is both)."""


EPICENE = frozenset(
    fold(w)
    for w in """victime personne recrue vedette star idole sentinelle célébrité
    personnalité figure connaissance témoin bébé mannequin individu génie escroc""".split()
)
"""Person nouns whose grammatical gender is fixed whoever they name (« la victime »,
« le témoin »): their article says nothing of the person."""


GENDERED_NOUNS = {
    **dict.fromkeys(
        "spokesman chairman congressman councilman king prince father husband son brother"
        " widower actor grandson grandfather uncle nephew dad grandad père mari fils frère oncle"
        " neveu grand-père petit-fils veuf homme garçon man boy".split(),
        "m",
    ),
    **dict.fromkeys(
        "spokeswoman chairwoman congresswoman councilwoman queen princess mother wife"
        " daughter sister actress widow granddaughter grandmother aunt niece mum mom gran"
        " mère épouse"
        " femme fille sœur soeur tante nièce grand-mère petite-fille veuve".split(),
        "f",
    ),
}
"""Nouns that name a man or a woman whatever the article (« le père », "the wife"):
kin, titles of nobility, the roles that have a word of each gender."""


def feminine_role(det: str, head: str, language: str) -> bool:
    """Whether the role ``det head`` (« la ministre », « l'élue ») names a woman."""
    low = fold(head)
    if (marked := GENDERED_NOUNS.get(head.lower())) is not None:
        return marked == "f"  # « le père », "the wife"
    if language == "en":
        return low.endswith("woman")
    if low in EPICENE:
        return False
    if det == "la":
        return True
    feminine_end = low.endswith(_FEMININE_ENDS) and not low.endswith("que")  # « l'évêque »
    return det in ("l'", "l’") and (feminine_end or low in _FEMININE_WORDS)


_MARKED_MASCULINE = frozenset(
    fold(w)
    for w in """conseiller député élu candidat adjoint président directeur avocat sénateur
    délégué militant représentant patron dirigeant fondateur entraîneur joueur
    champion maître animateur prévenu accusé plaignant requérant détenu salarié employé
    habitant riverain voisin étudiant enseignant commerçant gérant policier infirmier
    retraité ouvrier lycéen client patient vendeur attaquant défenseur gardien coéquipier
    sportif nageur coureur skieur boxeur technicien sélectionneur auteur écrivain chanteur
    acteur réalisateur producteur chercheur chirurgien pharmacien agriculteur éleveur
    viticulteur céréalier boulanger cuisinier serveur chauffeur conducteur enquêteur
    pompier sauveteur survivant rescapé manifestant passant procureur""".split()
)
"""French role nouns whose feminine form the press uses for a woman."""


def masculine_role(det: str, head: str, language: str) -> bool:
    """Whether the role ``det head`` (« le conseiller régional ») names a man."""
    low = fold(head)
    if (marked := GENDERED_NOUNS.get(head.lower())) is not None:
        return marked == "m"  # « le père », "the wife"
    if language == "en":
        return low.endswith("man") and not low.endswith("woman") and low != "human"
    return det in ("le", "l'", "l’") and (low in _MARKED_MASCULINE or _feminine_in_use(low))


_FEMININE_OF = (
    *((fold(m), fold(f)) for m, f in REGULAR_FEMININES),
    ("eur", "euse"),
    ("teur", "trice"),
    ("er", "ere"),
    ("on", "onne"),
    ("in", "ine"),
    ("ais", "aise"),
)
"""Regular French feminines (folded) the press uses for a woman. The newer « -eure »
forms are left out: « le professeur », « le docteur » are still written for women."""


def _feminine_in_use(low: str) -> bool:
    """Whether the folded masculine ``low`` has a regular feminine the person-noun lists
    hold (« praticien » / « praticienne », « boulanger » / « boulangère »)."""
    return any(low.endswith(m) and low[: -len(m)] + f in PERSON_NOUNS for m, f in _FEMININE_OF)
