"""The person whose view a sentence opens on: « Pour l'économiste X, … », « À en croire X,
… », "In X's view, …".

Such an opening attributes the quotation in the sentence to that person, though no
verb of saying does.
"""

from __future__ import annotations

import re

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _possessive, _Speaker, _Tok
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.subjects import _named_subject, _resolve_tokens
from tui.core.quotes.words import _DETERMINERS, _SELON_PRONOUNS, _fset

_OPENERS = re.compile(
    r"(?:pour|for|(?:aux yeux|du point de vue|de l['’]avis) d(?:e|u|es|['’])|à en croire"
    r"|in the (?:view|eyes|opinion) of)$",
    re.IGNORECASE,
)


_VIEW_NOUNS = _fset("view opinion eyes estimation judgment judgement")


def opening_source(ctx: _Context, pre: list[_Tok]) -> _Speaker | None:
    """The person whose view a sentence gives: « Pour l'économiste X, … », "In X's view, …".

    Only at the head of the sentence and only for a person or a named body (« Pour
    la CGT, … »), so "For years, …" or « Pour la France, … » attribute nothing.
    """
    comma = next((i for i, t in enumerate(pre) if t.text == ","), None)
    if comma is None or comma < 2 or comma > 10:
        return None
    lead = pre[:comma]
    if lead[0].low == "in" and lead[-1].low in _VIEW_NOUNS:
        ent = ctx.entity_at(lead[1].start)
        if (
            ent is not None
            and ent.label == "PER"
            and _possessive(ctx.text, ent.end)
            and lead[-2].end == ent.end + 2
        ):
            return _Speaker(ent.canonical, ent.label, ent.start)
        return None
    for n in range(1, min(5, comma)):
        opener = ctx.text[lead[0].start : lead[n - 1].end]
        if _OPENERS.match(" ".join(opener.split())):
            # « Pour l'économiste X, » names the person; « Pour l'avocate, » re-describes
            # one the article introduced, as a subject would.
            rest = lead[n:]
            if len(rest) == 1 and rest[0].low in _SELON_PRONOUNS:  # « Pour lui, … »
                return _pronoun(ctx, _SELON_PRONOUNS[rest[0].low], rest[0].start)
            who = _named_subject(ctx, rest) or _resolve_tokens(ctx, rest, rest[0].start)
            if who is not None and (who.label == "PER" or _named_body(ctx, who, rest)):
                return who
            return None
    return None


def _named_body(ctx: _Context, who: _Speaker, rest: list[_Tok]) -> bool:
    """Whether the opening names an organisation and nothing more (« Pour la CGT, »),
    not a place or a phrase that merely holds one (« Pour les salariés de X, »)."""
    if who.label != "ORG":
        return False
    ent = ctx.entity_at(who.at)
    words = [t for t in rest if t.low not in _DETERMINERS]
    if ent is None or not words:
        return False
    return words[0].start >= ent.start and words[-1].end <= ent.end


_SOURCE_WORDS = frozenset(("selon", "according"))


def source_opener(ctx: _Context, sentence: list[_Tok]) -> str | None:
    """The person a sentence opens on as its source (« Selon X, … », "According to X,
    …"), when the sentence names nobody else."""
    if len(sentence) < 3:
        return None
    if sentence[0].low not in _SOURCE_WORDS:  # « Pour l'élue, l'argent … »: her view
        view = opening_source(ctx, sentence)
        return view.name if view is not None and view.label == "PER" else None
    at = 2 if sentence[0].low == "according" else 1
    if (pron := _SELON_PRONOUNS.get(sentence[at].low)) is not None:  # « Selon lui, … »
        who = _pronoun(ctx, pron, sentence[at].start)
        return who.name if who is not None and who.label == "PER" else None
    named = ctx.entity_at(sentence[at].start)
    if named is None or named.label != "PER":
        return None
    others = {
        e.canonical
        for e in ctx.entities_in(sentence[0].start, sentence[-1].end)
        if e.label == "PER" and e.canonical != named.canonical
    }
    return None if others else named.canonical


def view_over_thing(ctx: _Context, pre: list[_Tok], who: _Speaker | None) -> _Speaker | None:
    """``who``, the subject of the verb before a quotation, unless it is a thing (« Pour
    X, cette découverte confirme que … « … » »): a finding or a text states nothing of
    its own there, the person whose view the sentence opens on does."""
    if who is None or who.label != "NP" or who.name is None or noun_kind(who.name):
        return who
    return opening_source(ctx, pre) or who
