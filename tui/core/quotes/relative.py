"""The antecedent of a relative *qui* / *who* that opens a reporting clause.

« …, a requis l'avocat général X, qui a décrit un accusé « … » », "the union's
leader, Ann Bell, who said …": the person or body named right before the relative
reports the words.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.described import governed_name
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.unnamed import unnamed_relation
from tui.core.quotes.words import _DETERMINERS


def relative_antecedent(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """The person or body a relative *qui*/*who* stands for, named right before it.

    ``…, a requis l'avocat général X, qui a décrit un accusé « … »``: the name closes
    the words before the relative, maybe past one apposition between commas
    (``Me X, l'avocat de l'accusé, qui a demandé``); a body such an apposition ends
    on (``X, président de l'Union, qui``) is the role's complement, not the antecedent.
    """
    k = len(left) - 1
    if k >= 0 and left[k].text == ",":
        k -= 1
    governed: _Speaker | None = None
    for _ in range(2):
        if k < 0:
            return governed
        ent = ctx.entity_at(left[k].start)
        if ent is not None and ent.label in ("PER", "ORG") and ent.end == left[k].end:
            who = _Speaker(ent.canonical, ent.label, ent.start)
            if governed is not None or not governed_name(ctx.text, ent.start):
                return who
            # « X, président de l'Union, qui »: the body may complete a role set after
            # X, who is then the antecedent; without such an X, the body is.
            governed = who
        # Past an apposition without a verb or quotation back to the comma before it.
        k0 = k
        while k >= 0 and left[k].text != "," and k0 - k < 10:
            if left[k].text == "«Q»" or _verb_of_saying(ctx, left, k):
                # « « … », s'agace l'élue, qui dénonce »: the incise's subject, as resolved.
                incise = _incise_subject(ctx, left[k].start) if k < len(left) - 2 else None
                return governed or incise
            k -= 1
        if k < 0 or left[k].text != ",":
            return _unnamed_before(ctx, left[: k0 + 1]) or governed
        k -= 1
    return governed


def _verb_of_saying(ctx: _Context, left: list[_Tok], k: int) -> bool:
    """A verb of saying at ``k``, not the noun a determiner makes of it ("the state
    Senate", « la réponse »)."""
    noun = k > 0 and left[k - 1].low in _DETERMINERS
    return not noun and is_speech_verb(left[k].text, ctx.language)


def _incise_subject(ctx: _Context, after: int) -> _Speaker | None:
    """The speaker already found for an incise past ``after`` (its verb or the
    quotation it follows)."""
    return next((sp for sp in reversed(ctx.speakers) if sp.at > after), None)


def _unnamed_before(ctx: _Context, phrase: list[_Tok]) -> _Speaker | None:
    """« Une infirmière de l'Hôpital X, qui … »: the relative stands for the unnamed
    person the phrase brings in through the body, not for the body."""
    start = len(phrase)
    while start > 0 and phrase[start - 1].text not in (",", ".", ";", ":", "!", "?"):
        start -= 1
    phrase = phrase[start:]
    if phrase and unnamed_relation(ctx, phrase):
        return _Speaker(None, "NP", phrase[0].start)
    return None
