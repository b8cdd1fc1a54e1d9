"""The subject of the last reporting verb before a pronoun, one of its antecedents.

« X a déclaré à l'AFP que … « … », a-t-il ajouté »: the pronoun may stand for whoever
last reported words, even when that person's own words were never quoted. The walk
reads back through this paragraph and the one before, skipping verbs whose subject is
no reporter: a passive with no agent, an incise, a reporter who asks the questions.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.speech_verbs import AUXILIARIES, is_speech_verb, split_inverted
from tui.core.quotes.unnamed import ASKERS
from tui.core.quotes.verb_use import verb_use
from tui.core.quotes.words import (
    _BE,
    _DETERMINERS,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    passive_voice,
)


def reported_subject(ctx: _Context, at: int) -> _Speaker | None:
    """The subject of the last reporting verb in this or the previous paragraph."""
    lo = ctx.previous_paragraph(at)
    toks = ctx.tokens_between(max(lo, at - 600), at)
    for vi in range(len(toks) - 1, -1, -1):
        t = toks[vi]
        if not t.text[0].islower() or not verb_use(toks, vi, ctx.language):
            continue
        if vi and passive_voice(toks, vi):
            agent = _agent(ctx, toks[vi + 1 :], t.start)
            if agent is not None:  # « revendiquée par les rebelles du X »: they claim it
                return agent
            continue  # « Le vote a été constaté »: the vote reports nothing
        if _epithet(toks, vi, ctx.language):
            continue  # « une homélie très commentée »: a participle describing a noun
        s = vi
        while s > 0 and toks[s - 1].text not in ".!?":
            s -= 1
        left = toks[s:vi]
        core = [x for x in left if x.low not in _SKIP_WORDS]
        if not core or core[-1].low in _SUBJECT_PRONOUNS or core[-1].text == "«Q»":
            continue
        if _reports_a_clause(ctx, core):
            continue  # "The minister said Greece had asked": the minister reports it
        if split_inverted(core[-1].text):
            continue  # « …, a-t-il insisté »: an incise whose subject is a pronoun
        if _unnamed_reporter(core):
            continue  # "“…?” a reporter asked. “No,” she said": she is the one asked
        who = ctx.subject_before(ctx, left)
        if who is not None:
            return _Speaker(who.name, who.label, t.start)
    return None


def _unnamed_reporter(core: list[_Tok]) -> bool:
    """Whether the subject is a reporter the text leaves unnamed (« un journaliste »,
    "one reporter"): the one who puts the questions, whom a pronoun after them never
    means."""
    return len(core) <= 3 and core[-1].low in ASKERS


def _reports_a_clause(ctx: _Context, core: list[_Tok]) -> bool:
    """Whether the words before a verb hold a verb of saying and then a new subject (a
    name or a determiner): the verb then belongs to the reported clause, not to the
    reporter (« Il dit avoir sollicité » has no new subject)."""
    said = [
        i for i, x in enumerate(core) if x.text.islower() and is_speech_verb(x.text, ctx.language)
    ]
    return bool(said) and any(
        x.text[0].isupper() or x.low in _DETERMINERS for x in core[said[-1] + 1 :]
    )


def _agent(ctx: _Context, after_verb: list[_Tok], at: int) -> _Speaker | None:
    """The person or body named by the « par » / "by" right after a passive reporting
    verb: the one who reported, though the sentence makes the words its subject."""
    if not after_verb or after_verb[0].low not in ("par", "by"):
        return None
    end = next((i for i, t in enumerate(after_verb) if t.text in _AGENT_ENDS), len(after_verb))
    who = ctx.subject_before(ctx, after_verb[1:end])
    if who is None or who.label not in ("PER", "ORG"):
        return None
    return _Speaker(who.name, who.label, at)


_AGENT_ENDS = frozenset((",", ":", ";", ".", "«Q»"))


_DEGREE = frozenset("très si fort peu plus moins bien trop tant assez".split())
_PARTICIPLE = ("ée", "ées", "és")
"""Endings only a past participle has (« commentée »): « commenté » may be a verb."""


def _epithet(toks: list[_Tok], vi: int, language: str) -> bool:
    """Whether the participle at ``vi`` describes the noun before it: no auxiliary,
    « être » or reflexive stands before it, past words of degree (« très »)."""
    if language != "fr" or not toks[vi].low.endswith(_PARTICIPLE):
        return False
    i = vi - 1
    while i >= 0 and (toks[i].low in _DEGREE or toks[i].low in _SKIP_WORDS):
        i -= 1
    return i >= 0 and toks[i].text.isalpha() and toks[i].low not in _HEADS_A_PARTICIPLE


_HEADS_A_PARTICIPLE = AUXILIARIES | _BE | frozenset("été ayant étant".split())
