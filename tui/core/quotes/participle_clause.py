"""The clause a quotation sits in, and who speaks through a participle inside it.

"X criticised the plan, while Z kept calling it “…”": the words are Z's, the subject
of their own clause, and never X's, whose verb lies in the clause before. A participle
of naming or saying that hangs on a noun (« des tracts la qualifiant de « … » »,
"posters calling her “…”") speaks for the subject of its clause.
"""

from __future__ import annotations

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.sentence_subject import main_clause_subject
from tui.core.quotes.speech_verbs import is_speech_verb

_CONTRASTING = frozenset(("while", "whereas", "tandis"))
"""Words opening, after a comma, a clause with a subject of its own."""
_NAMING = frozenset(
    """calling describing dubbing branding labelling labeling accusing qualifiant
    traitant surnommant""".split()
)


def clause_start(pre: list[_Tok]) -> int:
    """Where the clause holding the end of ``pre`` opens: after ", while" (not before
    a participle, "while adding"); 0 when the sentence is one clause."""
    for i in range(len(pre) - 2, 0, -1):
        if pre[i - 1].text not in (",", "«Q»"):
            continue  # « “…,” and the campaign … »: the comma closed the quotation
        low, after = pre[i].low, pre[i + 1]
        if low in _CONTRASTING and not after.low.endswith("ing"):
            return i + 1
    return 0


def participle_subject(ctx: _Context, pre: list[_Tok], start: int) -> _Speaker | None:
    """The subject of the clause opening at ``start`` when a participle of naming or
    saying, hung on a noun rather than set off by a comma, leads to the quotation."""
    for vi in range(len(pre) - 1, start, -1):
        t = pre[vi]
        naming = t.low in _NAMING or (
            t.low.endswith(("ing", "ant")) and is_speech_verb(t.text, ctx.language, strong=True)
        )
        if naming and pre[vi - 1].text != ",":
            return _clause_subject(ctx, pre[start:vi])
    return None


def _clause_subject(ctx: _Context, clause: list[_Tok]) -> _Speaker | None:
    """The name opening a ``clause`` (the words before the participle, never empty),
    not one in its apposition ("Z, a group backing her,"), else its subject, when that
    is a name or a body's description."""
    opening = ctx.entity_at(clause[0].start)
    if opening is not None:  # a place opening it is no speaker, nor its apposition
        named = opening.label in ("PER", "ORG")
        return _Speaker(opening.canonical, opening.label, opening.start) if named else None
    who = main_clause_subject(ctx, clause)
    head = (who.name or "").split()[-1:] if who is not None else []
    if who is None or (who.label == "NP" and not (head and noun_kind(head[0]))):
        return None  # "the campaign has lately taken": a phrase running into its verb
    return who
