"""« X a décidé de « suspendre l'exploitation » », « avec pour objectif de « rétablir
l'ordre » », « afin de « revoir les objectifs » »: the quoted aim is the actor's.

News quotes the aim an actor states in the actor's own words, as an infinitive phrase
the writer's sentence leads into. When no reporting cue names anyone, that phrase
still belongs to the sentence's subject, if the subject is a person or a body. A lone
word (« pour « évangéliser » ») is more often the writer's scare quote, so the phrase
must run to two words or more.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context
from tui.core.quotes.host_sentence import host_tokens
from tui.core.quotes.sentence_subject import sentence_subject
from tui.core.text import fold

_LEADS = frozenset(("pour", "afin", "de", "d'", "d’", "à"))
_INFINITIVE_ENDS = ("er", "ir", "re", "oir")
_NOT_INFINITIVES = frozenset(
    fold(w)
    for w in "leur pour sur hier cher fier premier dernier entier mer père mère frère "
    "notre votre autre contre entre lire plaisir avenir désir loisir soir espoir pouvoir "
    "savoir devoir".split()
)


def stated_aim(ctx: _Context, k: int) -> str | None:
    """The subject whose aim quotation ``k`` quotes, or ``None``."""
    _, start, end, _ = ctx.spans[k]
    words = [fold(w) for w in ctx.text[start:end].replace("’", "'").split()]
    while words and (words[0] in _LEADS or words[0].startswith(("d'", "l'"))):
        if words[0].startswith("d'") and len(words[0]) > 2:
            words[0] = words[0][2:]
            break
        words = words[1:]
    if len(words) < 2 or not _infinitive(words[0]):
        return None
    toks, qi = host_tokens(ctx, k)
    if qi is None:
        return None
    who = sentence_subject(ctx, toks[:qi], fragment=False)
    return who.name if who is not None and who.label in ("PER", "ORG") else None


def _infinitive(word: str) -> bool:
    return word.endswith(_INFINITIVE_ENDS) and word not in _NOT_INFINITIVES and len(word) > 3
