"""Roles qualified by a political party: "the Democratic nominee", "the Republican
senator", « le candidat socialiste ».

Campaign coverage re-describes its candidates by party as often as by name, and the
party is what tells two nominees apart. The article ties a party to a person where it
introduces them: a party word before their role ("Republican nominee Wade Harlan",
"his Democratic rival, former Secretary of State Miriam Voss") or after the name ("X,
the Republican nominee,", "X, a Democrat,"). A description naming a party stands for
the one person the article ties to it, and never for one it ties to another party.
"""

from __future__ import annotations

import re

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.text import fold

PARTIES: dict[str, str] = {
    word: party
    for party, words in {
        "democratic": "democratic democrat democrats",
        "republican": "republican republicans gop",
        "labour": "labour",
        "conservative": "conservative conservatives tory tories",
        "liberal democrat": "libdem",
        "green": "green greens",
        "socialiste": "socialiste socialistes ps",
        "ecologiste": "ecologiste ecologistes eelv",
        "insoumis": "insoumis insoumise insoumises lfi",
        "liberal": "liberal liberale liberaux liberales",
        "les republicains": "republicain republicaine republicains republicaines lr",
        "communiste": "communiste communistes pcf",
        "centriste": "centriste centristes modem",
        "rassemblement national": "rn frontiste frontistes",
        "conservateur": "conservateur conservatrice conservateurs conservatrices",
        "npd": "npd ndp neo-democrate neo-democrates",
        "pq": "pq pequiste pequistes",
        "caq": "caq caquiste caquistes",
        "bloc": "bloquiste bloquistes",
    }.items()
    for word in words.split()
}
"""Folded party words and the party each names (adjective, member and plural alike)."""


def party_members(name: str) -> bool:
    """ "Democrats", "Tories": a party's members as a plural, a group of people the
    article does not name; "Greens" is as often the party's own name."""
    word = fold(name.strip())
    return word in PARTIES and word.endswith("s") and word not in ("greens", "insoumis")


# "Republican nominee Wade Harlan", "his Democratic rival, former Secretary of State X":
# a party word, a role noun, at most one apposed title, then the name.
_BEFORE = re.compile(
    r"\b([A-Za-zÀ-ÿ]+)[ \u00a0]+[a-zà-ÿ-]+(?:[ \u00a0]+[a-zà-ÿ-]+)?"
    r"(?:,[ \u00a0]+[^,.;\n]{0,50}?)?,?[ \u00a0]+$"
)
# « la députée libérale X », « le candidat socialiste, X, », « la porte-parole libérale
# en matière de santé, X »: French sets the party after the role noun.
_FR_BEFORE = re.compile(
    r"\b(?:(?:le|la|du|de la)[ \u00a0]+|l['’][ \u00a0]*)[a-zà-ÿ-]+[ \u00a0]+([A-Za-zÀ-ÿ-]+)"
    r"(?:[ \u00a0]+[^,.;:\n«»]{0,40}?)?,?[ \u00a0]+$"
)
# "X, the Republican nominee,", "X, a Democrat,", "X, the Kansas Republican". (Party
# tags such as "(D-Ohio)" are blanked out of the text the quotation reader sees.)
_AFTER = re.compile(r",[ \u00a0]+(?:the|a|an|le|la)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?([A-Za-zÀ-ÿ]+)\b")


def party_in(body: list[_Tok]) -> str | None:
    """The party a description names, if it names exactly one."""
    named = {PARTIES[f] for t in body if (f := fold(t.text)) in PARTIES}
    return next(iter(named)) if len(named) == 1 else None


def parties_of(ctx: _Context, name: str, before: int) -> set[str]:
    """The parties the article ties to ``name`` where it names them before ``before``."""
    return _ties(ctx, before).get(name, set())


def _ties(ctx: _Context, before: int) -> dict[str, set[str]]:
    """Each person named before ``before`` and the parties the article ties to them,
    read in one pass over the mentions."""
    found: dict[str, set[str]] = {}
    for e in ctx.entities:
        if e.start >= before:
            break
        if e.label != "PER":
            continue
        around = (
            _BEFORE.search(ctx.text, max(0, e.start - 90), e.start),
            _FR_BEFORE.search(ctx.text, max(0, e.start - 90), e.start),
            _AFTER.match(ctx.text, e.end),
        )
        for m in around:
            if m is not None and fold(m.group(1)) in PARTIES:
                found.setdefault(e.canonical, set()).add(PARTIES[fold(m.group(1))])
    return found


def party_member(ctx: _Context, body: list[_Tok], before: int) -> _Speaker | None:
    """The one person the article ties to the party ``body`` names, before ``before``."""
    party = party_in(body)
    if party is None:
        return None
    members = {name for name, parties in _ties(ctx, before).items() if party in parties}
    if len(members) != 1:
        return None
    return _Speaker(next(iter(members)), "PER", body[0].start)


def of_another_party(ctx: _Context, name: str | None, body: list[_Tok], before: int) -> bool:
    """Whether the article ties ``name`` to a party other than the one ``body`` names
    ("the Democratic nominee" is never the Republican one)."""
    party = party_in(body)
    if party is None or name is None:
        return False
    theirs = parties_of(ctx, name, before)
    return bool(theirs) and party not in theirs
