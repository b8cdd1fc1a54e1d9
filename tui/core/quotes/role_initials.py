"""« the CS said », « le DG a ajouté »: an office written as its initials.

Copy that has given a person's office in full (“Transport Cabinet Secretary Peter
X”, « le directeur général, Paul X, ») often takes it up by its initials: "the CS",
"the PM", « le DG ». A recogniser reads those capitals as a body's short name. When
the initials spell the last words of the office the article gave exactly one person,
they are that person, as a speaker and as a pronoun's antecedent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.models import Entity
from tui.core.quotes.speakers import role_links_in
from tui.core.text import fold

_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|The|le|Le|la|La)\s+|\b[lL]['’])$")
_WORD_BREAK = re.compile(r"[\s\-]+")
"""What separates an office's words (« président-directeur général »)."""
_FILLERS = frozenset("the la le l and et".split())
_OF = frozenset("of de du des d for".split())
_BRIEF = frozenset(("for", "pour", "chargé", "chargée"))
"""Words opening the brief an office is held for, which its initials leave out."""


def with_role_initials(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each office's initials after an article made the one person
    the article gave that office."""
    named = {e.start for e in entities if e.label == "PER"}
    short = [
        e
        for e in entities
        if _initials_shape(e) and _after_article(text, e.start) and not _named_after(text, e, named)
    ]
    if not short:
        return list(entities)
    holders: dict[str, set[str]] = {}
    for role, name in role_links_in(text, [e for e in entities if e.label == "PER"]):
        for letters in _spellings(role):
            holders.setdefault(letters, set()).add(name)
    out = []
    for e in entities:
        names = holders.get(e.text, set()) if e in short else set()
        out.append(Entity(e.start, e.end, e.text, "PER", names.pop()) if len(names) == 1 else e)
    return out


def _initials_shape(e: Entity) -> bool:
    """Two to four capitals a recogniser took for a body or another name (or for a
    person: after an article, "the MMC" is no one's own name)."""
    return (
        e.label in ("ORG", "MISC", "PER")
        and 2 <= len(e.text) <= 4
        and e.text.isalpha()
        and e.text.isupper()
    )


def _named_after(text: str, e: Entity, person_starts: set[int]) -> bool:
    """ "The AG, Neil X, said": the initials' holder is named right after them."""
    comma = re.match(r"\s*,\s*", text[e.end : e.end + 4])
    return comma is not None and e.end + comma.end() in person_starts


def _after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


def _spellings(role: str) -> set[str]:
    """The initials of the office's last two words or more, before any complement
    (“Transport Cabinet Secretary”: CS, TCS; « président-directeur général »: DG, PDG)."""
    words = []
    for w in _WORD_BREAK.split(role):
        if w.lower() in _OF or w.lower().startswith(("d'", "d’")):
            break  # « secrétaire général du Syndicat … »: the office ends, a body's name begins
        if w and w.lower() not in _FILLERS:
            words.append(w)
    letters = "".join(w[0].upper() for w in words if w[0].isalpha())
    spelled = {letters[-k:] for k in range(2, min(4, len(letters)) + 1)}
    whole = _whole_initials(role)  # « conseiller principal d'éducation »: CPE
    return spelled | ({whole} if whole else set())


def _whole_initials(role: str) -> str | None:
    """The initials of a short office with its complement, « de » and « d' » left out
    and the brief after "for"/« chargé de » dropped (« conseiller principal
    d'éducation »: CPE; "member of the mayoral committee for housing": MMC); ``None``
    past four words."""
    words = [re.sub(r"^[dl]['’]", "", w, flags=re.I) for w in _WORD_BREAK.split(role)]
    brief = next((i for i, w in enumerate(words) if w.lower() in _BRIEF), len(words))
    words = [w for w in words[:brief] if w and w.lower() not in _OF | _FILLERS]
    if not 3 <= len(words) <= 4 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(fold(w[0]).upper() for w in words)  # « d'Éducation »: E
