"""Gender a writer gives a person by the pronoun of their own reported words.

« Paul Durand a indiqué qu'il … », "Delgado, a former nurse, said she would …": the
subject of a reporting verb and the pronoun opening its complement are one person,
so the pronoun tells that person's gender. Pronoun resolution then never hands
« elle » / "she" to a man the article reports this way, nor « il » / "he" to a woman.

When the article marks nothing, the given name still does: "Ben Hartigan" is a man,
"Denise Pruitt" a woman, by a table of names one gender bears in every country
(``data/entities/given_name_genders.tsv``, built by ``training/build_given_name_genders.py``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from tui.core.courtesy_titles import title_before
from tui.core.entities.gazetteer import given_name_genders
from tui.core.models import Entity
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _AUX, _SKIP_WORDS, _TOKEN
from tui.core.text import fold

_PRONOUNS = {"he": "m", "she": "f", "il": "m", "elle": "f"}
_THAT = frozenset(("that", "que", "qu'", "qu’"))
_STOPS = frozenset((".", "!", "?", ";", ":", "«", "»", '"', "“", "”"))
_REACH = 200  # characters after a name where its verb and pronoun may lie
_WORDS = 32  # words read there at most


def said_genders(text: str, entities: Sequence[Entity], language: str) -> dict[str, str]:
    """``canonical → "m" | "f"`` for people reported as ``X said he/she …``; a person
    reported both ways is left out."""
    votes: dict[str, Counter[str]] = {}
    for e in entities:
        if e.label != "PER":
            continue
        found = _pronoun_after(text, e.end, language)
        if found is not None:
            votes.setdefault(e.canonical, Counter())[found] += 1
    return {name: c.most_common(1)[0][0] for name, c in votes.items() if len(c) == 1}


def _pronoun_after(text: str, end: int, language: str) -> str | None:
    """The gender of ``said he`` / « a dit qu'elle » right after a name, past one
    apposition set off by commas, auxiliaries and adverbs."""
    found = _TOKEN.finditer(text, end, min(len(text), end + _REACH))
    words = [m.group() for m in itertools.islice(found, _WORDS)]
    i = 0
    if words[:1] == [","]:
        close = words.index(",", 1) if "," in words[1:14] else -1
        if close < 0 or any(w in _STOPS for w in words[1:close]):
            return None
        i = close + 1
    while i < len(words) and words[i].lower() in _SKIP_WORDS | _AUX:
        i += 1
    if i >= len(words) or not words[i][:1].islower():
        return None
    if not is_speech_verb(words[i], language, strong=False):
        return None
    i += 1
    for j in range(i, min(i + 5, len(words))):
        if words[j] in _STOPS or words[j] == ",":
            break
        if words[j].lower() in _THAT:  # "told reporters that she", « a dit à l'AFP qu'il »
            i = j + 1
            break
    if i >= len(words) or words[i].lower() not in _PRONOUNS:
        return None
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if nxt in _IMPERSONAL or nxt.startswith(("s'", "s’")):
        return None  # « qu'il fallait », « qu'il s'agit »: nobody's pronoun
    return _PRONOUNS[words[i].lower()]


_IMPERSONAL = frozenset(
    "faut fallait faudra faudrait y semble semblait paraît suffit suffisait reste".split()
)


_HYPHENS = re.compile(r"[-‐‑–—]+")


def given_name_gender(full_name: str) -> str | None:
    """``"m"``, ``"f"`` or ``None``: the gender the first word of a person's full name
    tells ("Ben Hartigan" → ``"m"``, « Marie-Claire Durand » → ``"f"``).

    A lone word is a surname as often as a given name ("Martin", "Thomas"), so it tells
    nothing; nor does a name either gender bears (Camille, Jordan). A compound name not
    in the table goes by its first part (« Marie-Christine »)."""
    words = full_name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    parts = [p for p in _HYPHENS.split(fold(words[0])) if p]
    table = given_name_genders()
    return table.get(" ".join(parts)) or (table.get(parts[0]) if parts else None)


def first_name_gender(text: str, entities: Sequence[Entity], name: str) -> str | None:
    """The gender of a person the article only ever names by one given name (« Julie et
    Antoine, venus de Rodez »), when the name has one gender: never after a title (« M.
    Martin » is a surname) nor ending a longer name of a person."""
    if " " in name or not name[:1].isupper():
        return None
    for e in entities:
        if e.label == "PER" and e.text.endswith(" " + name):
            return None
        if e.text == name and title_before(text, e.start) is not None:
            return None
    return given_name_genders().get(fold(name))
