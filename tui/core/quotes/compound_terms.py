"""A quoted compound set as a modifier inside a noun phrase: a label, not anyone's words.

"a one-off “catch-up” payment", "the “bio-mining” proposal", "a “last-mile” plan",
« le dispositif « zéro-déchet » »: the marks hold one hyphenated term that qualifies
the noun after it, the way a name would. Nobody is quoted, so the quotation is of kind
other and has no speaker. Plain words are left alone: "a “campaign of misery”",
"a “significant” loss" are usually someone's words, and a judging verb before the
term ("called it a “two-tier” system") makes it that subject's.
"""

from __future__ import annotations

from tui.core.quotes.context import _Tok
from tui.core.text import fold

_LEADS = frozenset(
    fold(w)
    for w in """a an the its their his her our this that new so-called one-off un une le la
    les l' l’ son sa ses leur leurs ce cet cette nouveau nouvelle""".split()
)
_NOT_NOUNS = frozenset(
    fold(w)
    for w in """in on at of to for with by and or but that which who whose is was were are
    has had have will would could should as from than into after before over under when
    while if de du des à au aux en et ou qui que dont est sont a ont était sur pour par
    dans avec sans""".split()
)
_JUDGING = frozenset(
    fold(w)
    for w in """call calls called calling describe describes described describing dub dubbed
    brand branded label labelled labeled term termed qualifie qualifié qualifiée qualifient
    juge jugé jugée décrit décrivent dénonce dénoncé""".split()
)
"""Verbs whose object the writer's subject judges in words ("called it a “two-tier”
system"): the term is then that subject's."""


def compound_term(quoted: list[str], before: list[_Tok], after: list[_Tok]) -> bool:
    """Whether the quoted words qualify the noun right after the closing mark, behind
    a determiner, with no judging verb leading to them."""
    if len(quoted) != 1 or "-" not in quoted[0] or quoted[0][:1].isupper():
        return False
    if not quoted[0].replace("-", "").isalpha():
        return False
    if not before or not after or not _leads(before[-1]):
        return False
    noun = after[0]
    if not noun.text.isalpha() or not noun.text.islower() or noun.low in _NOT_NOUNS:
        return False
    return not any(t.low in _JUDGING for t in before[-6:-1])


def _leads(tok: _Tok) -> bool:
    """A determiner or possessive before the term ("a", "the trust’s", « une »)."""
    return tok.low in _LEADS or tok.low.endswith(("'s", "’s"))


_OF = frozenset(fold(w) for w in "du des de d' d’".split())
_GROUPS = frozenset(
    fold(w)
    for w in """groupe collectif mouvement parti liste coalition alliance front plateforme
    comité fédération club association syndicat group movement party coalition campaign
    committee club association union""".split()
)


def name_in_noun_phrase(quoted: list[str], before: list[_Tok]) -> bool:
    """Whether capitalised quoted words name a group after « de » or a group noun (« chef
    de file du groupe « Marmande en commun » », « ancien chef des « Forces du Sud » »):
    a name in the writer's noun phrase, which nobody says."""
    if len(quoted) < 2 or not quoted[0][:1].isupper() or not before:
        return False
    lead = before[-1].low
    if lead in ("la", "l'", "l’") and len(before) > 1:
        lead = before[-2].low  # « de la « Ligue … » »
    return lead in _OF or lead in _GROUPS
