"""The subject of an object relative whose verb judges the quoted words.

« un texte que M. X juge « indigne » », « un tracé que la société Y présente comme
« le chaînon manquant » », "a deal which Smith branded 'a betrayal'": the relative's
object is the thing judged, and the quotation is the judgement its subject passes on
it. The main clause's subject (« un texte », "a deal") says nothing. The verb must
judge (a stance verb), name it (« qu'elle surnomme ») or present it as something
(« comme », "as"), so « que le projet soit « … » » and "that the plan was 'reckless'"
keep their reading.
"""

from __future__ import annotations

from tui.core.quotes.clause_shapes import FR_NAMING_VERBS
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.stance import stance_word
from tui.core.quotes.subjects import _subject_before
from tui.core.quotes.words import _PREPOSITIONS, _SUBJECT_PRONOUNS, AS_WORDS

_RELATIVES = frozenset(("que", "qu'", "qu’", "which", "that", "whom"))
_LINKS = AS_WORDS | frozenset(("de", "d'", "d’"))
"""Words between the verb and the quotation (« qualifie de », « présente comme »)."""
_CLAUSE_BREAKS = frozenset(("qui", "who", "et", "and", "mais", "but", ";", ":"))
_MAX_WORDS = 16
"""Words of the relative before the quotation: a subject with one apposition, its
verb and a short complement at most."""


def object_relative_subject(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The subject of an object relative right before the quotation, whose verb judges
    or presents what the relative stands for: the person or body it names, else an
    unnamed phrase (« que la gauche juge »: not the main clause's subject); ``None``
    when no such relative leads to the quotation."""
    at = next((i for i in range(len(pre) - 1, 0, -1) if pre[i].low in _RELATIVES), None)
    if at is None:
        return None
    clause = _past_coordinated(pre[at + 1 :])
    if len(clause) > _MAX_WORDS or any(t.low in _CLAUSE_BREAKS for t in clause):
        return None
    for v in range(1, len(clause)):
        verb = clause[v]
        if not (verb.text.isalpha() and verb.text.islower()) or clause[v - 1].low in _OPENERS:
            continue
        if verb.low in _OPENERS or verb.low in _PREPOSITIONS:
            continue  # « la ministre du logement »: still the subject phrase
        who = _subject_before(ctx, clause[:v])
        if who is None and v == 1 and clause[0].low in _SUBJECT_PRONOUNS:
            found = _pronoun(ctx, clause[0].low, clause[0].start)  # « qu'elle surnomme »
            who = _Speaker(found.name, found.label, clause[0].start) if found else None
        if who is None:
            continue
        presents = any(t.low in AS_WORDS for t in clause[v + 1 :])
        judging = stance_word(verb.low, ctx.language) or verb.low in FR_NAMING_VERBS
        judges = judging and all(t.low in _LINKS for t in clause[v + 1 :])
        if not (presents or judges):
            return None
        if _written_in(ctx, who, clause[:v]):
            return who
        return _Speaker(None, "NP", clause[0].start)  # « que la gauche juge »: nobody named
    return None


def _past_coordinated(clause: list[_Tok]) -> list[_Tok]:
    """The relative up to its first quotation when this one is coordinated to it
    (« que X a qualifiée d'« interminable » et de « complaisante » »)."""
    end = len(clause)
    while end and clause[end - 1].low in _LINKS:
        end -= 1
    if end > 1 and clause[end - 1].low in _COORDINATIONS and clause[end - 2].text == "«Q»":
        return clause[: end - 2]
    return clause


_COORDINATIONS = frozenset(("et", "ou", "mais", "and", "or", "but"))

_OPENERS = frozenset("le la les l' l’ un une des du de d' d’ au aux the a an of".split())
"""Words a verb never follows: its candidate is a noun of the subject phrase."""


def _written_in(ctx: _Context, who: _Speaker, subject: list[_Tok]) -> bool:
    """Whether the subject writes the speaker's name or a pronoun for them, not a
    description resolved elsewhere (« la gauche », "the board")."""
    if who.label not in ("PER", "ORG"):
        return False
    if any(t.start == who.at and t.low in _SUBJECT_PRONOUNS for t in subject):
        return True
    named = ctx.entities_in(subject[0].start, subject[-1].end)
    return any(e.canonical == who.name for e in named)
