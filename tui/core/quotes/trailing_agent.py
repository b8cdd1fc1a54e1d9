"""A passive participle whose agent follows the quotation.

« une hausse de 2 %, jugée « indécente » par le délégué syndical » and "a plan
branded 'reckless' by the mayor" quote the agent: the words are the agent's
judgement, though the agent is written after the closing mark. So do words a
participle after the mark hands over (« la réplique « … » lancée par le député »).
The agent speaks when it is a person or a body the text names; an agent the text
leaves unnamed (« par les groupes de défense des locataires ») keeps the words from
the sentence's subject, who only proposed what they judge.
"""

from __future__ import annotations

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _SKIP_WORDS, AS_WORDS

_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "it", "ite", "its", "ites", "ed")
_LINKS = AS_WORDS | frozenset(("de", "d'", "d’", "d", "en"))
"""Words between the participle and the quotation (« qualifié de », "branded as")."""
_BY = frozenset(("par", "by"))
_NAMING = frozenset("branded dubbed labelled labeled deemed hailed slammed".split())
"""English participles that pass a judgement in words, though no lexicon lists them."""


def trailing_agent(ctx: _Context, pre: list[_Tok], post: list[_Tok], start: int) -> _Speaker | None:
    """The agent named right after quotation's close when a reporting participle
    stands right before its opening; ``None`` otherwise."""
    if (agent := uttered_by(ctx, post, start)) is not None:
        return agent  # « … » lancée par X
    words = [t for t in pre if t.text[0].isalnum()]
    last = words[-1] if words else None
    while words and words[-1].low in _LINKS:
        words.pop()
    if not words or not post or post[0].low not in _BY:
        return None
    verb = words[-1]
    if verb is not last and pre[-1].low not in _LINKS:
        return None  # the linking words stand right before the quotation
    if not verb.low.endswith(_PARTICIPLE_ENDINGS):
        return None
    presented = pre[-1].low in AS_WORDS  # « présentée comme « … » par X »: X's description
    judged = verb.low in _NAMING or is_speech_verb(verb.text, ctx.language, strong=False)
    if not (presented or judged):
        return None
    return _named_agent(ctx, post[1:], start, described=True)


def uttered_by(ctx: _Context, post: list[_Tok], start: int) -> _Speaker | None:
    """The agent a participle right after the closing mark hands the words to (« la
    réplique « … » lancée par le député », « le slogan « … », lancé par X »)."""
    after = post[1:] if post and post[0].text == "," else post
    if len(after) < 3 or not _uttered(ctx, after[0]):
        return None
    by = 1
    while by < min(len(after) - 1, 4) and _circumstance(after[by]):
        by += 1  # « lancé la veille par X »
    return _named_agent(ctx, after[by + 1 :], start) if after[by].low in _BY else None


def _circumstance(tok: _Tok) -> bool:
    """A word of time between a participle and its agent (« la veille », « mardi »)."""
    return tok.low in _SKIP_WORDS or tok.low in ("la", "le", "l'", "l’")


def _named_agent(
    ctx: _Context, toks: list[_Tok], start: int, *, described: bool = False
) -> _Speaker | None:
    """The person or body the agent's words name; with ``described``, also one they
    only describe (« jugée « … » par les groupes de locataires », « par la société
    publique »), which the article's names resolve later or leave unnamed, so that no
    one else takes the judgement."""
    who = noun_phrase_after(ctx, toks, start, inverted=True)
    if who is None or who.label in ("PER", "ORG"):
        return who
    unnamed = described and who.label == "NP" and noun_kind(who.name or "") is not None
    return who if unnamed else None  # « par la décision »: a cause, no agent


_UTTERED = frozenset(
    """lancé lancée lancés lancées prononcé prononcée prononcés prononcées formulé
    formulée formulés formulées uttered spoken voiced""".split()
)
"""Participles that say who uttered the words they follow (« la réplique « … » lancée
par le député », "the words "…" spoken by the mayor")."""


def _uttered(ctx: _Context, tok: _Tok) -> bool:
    """A participle right after the closing mark that hands the words to an agent."""
    if tok.low in _UTTERED:
        return True
    return tok.low.endswith(_PARTICIPLE_ENDINGS) and is_speech_verb(tok.text, ctx.language)
