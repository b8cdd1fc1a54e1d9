"""The full written form of a body that a shorter description repeats.

A court report names « le tribunal correctionnel de Marseille » once and then writes
« le tribunal a estimé »; a health story cites « l'ordre national des pharmaciens »
and then « l'ordre évoque ». The short form stands for the body the text pinned down,
so the speaker is the full form, as a reader would name it. Only a singular body
noun qualifies: « les enquêteurs » are people, not an institution.
"""

from __future__ import annotations

import re

from tui.core.entities.ministries import PORTFOLIO_ADJECTIVES
from tui.core.quotes.constraints import _LEADING, _WORD, noun_kind
from tui.core.text import fold

_ADJECTIVE_ENDINGS = (
    "el", "elle", "al", "ale", "aux", "if", "ive", "ique", "aire", "ien", "ienne", "ier",
    "ière", "é", "ée", "eur", "ial", "iale", "ain", "aine", "ais", "aise", "ois", "oise",
)  # fmt: skip
"""Endings of the lowercase adjectives in institution names (« correctionnel »,
« régionale », « administratif », « judiciaire », « supérieur », « national »)."""
_PINNING = frozenset(
    fold(w)
    for w in """national nationale fédéral fédérale européen européenne international
    internationale mondial mondiale""".split()
)
"""Adjectives that make a body one of its kind on their own: « le parquet national
financier », « l'agence fédérale », where « le tribunal correctionnel » needs a place."""
_NAME_ADJECTIVES = frozenset(fold(a) for a in PORTFOLIO_ADJECTIVES)
"""Adjectives a capitalised name carries on (« Affaires étrangères »)."""
_LINKED = r"(?:(?:de|du|des|la|le|sur|sous|en|et|l['’])[-\s]|[dl]['’])?"
_CAPITALISED = rf"[A-ZÀ-Þ][\w'’]*(?:[-\s]{_LINKED}[A-ZÀ-Þ][\w'’]*)*"
_OF = r"(?:\s+et)?\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
_LOWER = r"[a-zà-ÿ][\w'’-]*"
_PIECE = re.compile(rf"{_OF}(?:{_CAPITALISED}|{_LOWER})|\s+{_LOWER}")
_TAIL = re.compile(rf"(?:{_PIECE.pattern}){{1,8}}")
"""Words after the head: adjectives and complements, up to a proper name."""


def full_body_form(text: str, phrase: str, end: int) -> str | None:
    """The fuller form of body description ``phrase`` the text gives: the nearest one
    before ``end``, else the only one in the text; ``None`` when there is none."""
    words = _phrase_words(phrase)
    if words is None:
        return None
    joined = r"\s+".join(re.escape(w) for w in words)
    # Not inside a compound: « la sous-préfecture de X » is not « la préfecture ».
    pattern = re.compile(rf"(?<![\w-])(?i:{joined})(?=({_TAIL.pattern}))")
    before: list[str] = []
    after: set[str] = set()
    for m in pattern.finditer(text):
        form = _pinned_form(text, m.start(), m.end(), m.group(1))
        if form is None:
            continue
        if m.start() < end:
            before.append(form)
        else:
            after.add(form)
    if before:
        return before[-1]
    held = _office_form(text, words, end)
    if held is not None:
        return held
    return after.pop() if len(after) == 1 else None


_HOLDERS = {
    "prefecture": r"pr[ée]f[èe]te?",
    "mairie": r"maire",
    "rectorat": r"rect(?:eur|rice)",
    "ministere": r"(?<!remier )(?<!remière )ministre",  # a prime minister has no ministry
}
"""Bodies and the titles of who heads them: « la préfète du Gers » makes a later bare
« la préfecture » the préfecture du Gers."""


def _office_form(text: str, words: list[str], end: int) -> str | None:
    """The body a bare head noun stands for through the holder of its office named
    last before ``end`` (« le ministre de l'Intérieur » → « ministère de l'Intérieur »)."""
    holder = _HOLDERS.get(fold(words[0])) if len(words) == 1 else None
    if holder is None:
        return None
    pattern = re.compile(rf"(?<![\w-])(?i:{holder})(?=({_TAIL.pattern}))")
    forms = [
        _pinned_form(text, m.end(), m.end(), m.group(1)) for m in pattern.finditer(text, 0, end)
    ]
    forms = [f for f in forms if f]
    return f"{words[0]} {forms[-1]}" if forms else None


def _phrase_words(phrase: str) -> list[str] | None:
    """The words of a lowercase singular body description, determiners dropped."""
    words = _WORD.findall(re.sub(r"^\s*[lLdD]['’]", "", phrase))
    while words and fold(words[0]) in _LEADING:
        words = words[1:]
    if not words or len(words) > 4 or any(not w.islower() for w in words):
        return None
    head = words[0]
    if noun_kind(head) != "body" or head.endswith(("s", "x")):
        return None
    return words


def _pinned_form(text: str, start: int, head_end: int, tail: str) -> str | None:
    """The name from ``start`` through ``tail`` (the words after ``head_end``), if the
    tail pins a body down: a proper name (« … de Marseille »), or an adjective with a
    complement (« ordre national des pharmaciens »)."""
    cut = _last_good_end(tail)
    if cut == 0:
        return None
    return re.sub(r"\s+", " ", text[start : head_end + cut]).strip()


def _last_good_end(tail: str) -> int:
    """How much of ``tail`` belongs to the name: up to its last proper name, else up to
    a complement after an adjective; 0 when no part of it pins the body down."""
    capital = 0
    described = 0
    seen_adjective = False
    pos = 0
    for piece in _PIECE.finditer(tail):
        if piece.start() != pos:
            break
        pos = piece.end()
        word = piece.group(0).split()[-1]
        bare = re.sub(r"^[dl]['’]", "", word, flags=re.IGNORECASE)
        if bare[:1].isupper():
            capital = pos
            continue
        if re.match(_OF, piece.group(0)):
            if seen_adjective:
                described = pos
            continue
        if capital and capital == piece.start() and fold(bare) in _NAME_ADJECTIVES:
            capital = pos  # « des Affaires étrangères »: the adjective is the name's
            continue
        if not fold(bare).endswith(_ADJECTIVE_ENDINGS) or noun_kind(bare) is not None:
            break  # a verb or a noun of its own: the name stopped before it
        if fold(bare) in _PINNING or (described and described == piece.start()):
            described = pos  # and the adjectives right after it: « national financier »
        seen_adjective = True
    return capital or described
