"""Whether a word that can report speech is used as a verb where it stands.

« le dit », "the state", « l'accusé »: many verbs of saying are also nouns, and a
determiner, a possessive or an elided article before them says which.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _NOUN_MARKERS, _REFLEXIVE


def verb_use(toks: Sequence[Any], i: int, language: str, *, strong: bool = True) -> bool:
    """Whether ``toks[i]`` is a reporting verb here, not a noun (``the state``, ``son dit``).

    A determiner or a possessive (``China's``) right before the word makes it a noun.
    """
    if not is_speech_verb(toks[i].text, language, strong=strong) and not _finding(toks, i):
        return False
    if i == 0:
        return True
    before = toks[i - 1]
    prev = before.low
    if prev in _REFLEXIVE and language == "fr" and toks[i].low.startswith(_NOT_SAID_REFLEXIVE):
        return False  # « l'enquête se poursuit », « la tendance se confirme »
    # A capitalised « Vos » or « Nos » before a verb is a surname, not a possessive.
    marker = prev in _NOUN_MARKERS and (before.text.islower() or prev in _EN_MARKERS)
    marker = marker or (prev in ("l'", "l’") and toks[i].low.endswith(("é", "ée")))  # l'accusé
    marker = marker or prev.isdigit()  # "a 2022 report": a year or a count before a noun
    # "the head of state", "a call for comment": after a preposition, a noun (but "by
    # saying": a gerund stays a verb).
    marker = marker or (prev in _EN_PREPOSITIONS and not toks[i].low.endswith("ing"))
    # "the union's pay claim": a noun-like form after a possessive and its noun
    marker = marker or (
        i > 1 and toks[i - 2].low.endswith(("'s", "’s")) and toks[i].low in _EN_NOUN_FORMS
    )
    # "an earnings call", "a press statement": after "a" and a noun, a base form can
    # be no verb, since a singular subject would take the verb's -s.
    marker = marker or (
        i > 1
        and toks[i - 2].low in _EN_SINGULAR
        and toks[i].low in _EN_NOUN_FORMS
        and not toks[i].low.endswith("s")
    )
    return not marker and not prev.endswith(("'s", "’s"))


# Reporting verbs whose pronominal form means something else: « se poursuivre »
# (go on), « se confirmer » (prove true), « se révéler » (turn out), « se rappeler »
# (remember), « s'annoncer » (look set to be), « se résumer » (come down to)…
_NOT_SAID_REFLEXIVE = (
    "poursui",
    "confirm",
    "révél",
    "revel",
    "rappel",
    "annon",
    "résum",
    "resum",
    "précis",
    "precis",
    "conclu",
    "tranch",
    "signal",
    "rapport",
    "répond",
    "repond",
)

_EN_MARKERS = frozenset("the an this these those his her its their our my your".split())
_EN_SINGULAR = frozenset("a an another each every".split())
_EN_PREPOSITIONS = frozenset("of for in on by with from at into".split())
_EN_NOUN_FORMS = frozenset(
    """claim claims comment comments statement call calls warning appeal plea demand
    request response reply promise pledge vow remark answer threat complaint charge
    offer proposal note notice report""".split()
)


_FINDINGS = frozenset(
    """found finds ruled rules held holds alleged alleges determined concluded
    découvert découvre découvrent constaté constate constatent conclu conclut concluent
    établi établit établissent""".split()
)
_BARE_FINDINGS = frozenset("found ruled determined concluded estimated projected".split())
"""Past forms that are never nouns, so that they need no "that" to show a clause."""
_CLAUSE_VERBS = frozenset("is are was were will would could should may might has have had".split())
_CLAUSE_REACH = 8  # words from the verb to its complement clause's verb


def _finding(toks: Sequence[Any], i: int) -> bool:
    """ "The court ruled that…", "the review found that…", "prosecutors alleged that…",
    "the study concluded the scheme was…": a verb of finding before a clause reports
    what a court, a study or a party states. Without "that", the clause shows by its
    own verb ("found the cuts would be"); "police found the body of" reports nothing."""
    low = toks[i].low
    if (low not in _FINDINGS and low not in _BARE_FINDINGS) or i + 1 >= len(toks):
        return False
    if toks[i + 1].low in ("that", "que", "qu'", "qu’"):
        return True
    if low not in _BARE_FINDINGS:
        return False  # "rules", "holds": nouns as often as verbs
    for t in toks[i + 1 : i + 1 + _CLAUSE_REACH]:
        if t.low in _CLAUSE_VERBS:
            return True
        if not t.text[0].isalnum() and t.text not in ("'", "’", "-"):
            return False  # a mark, a quotation or a comma closes the object first
    return False
