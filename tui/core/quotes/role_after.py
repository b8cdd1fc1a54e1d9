"""The role set off after a name: « X, porte-parole du Kremlin, », "X, the Kremlin
spokesman,".

A comma after a name opens an apposition only when what follows reads as a role: lower
case or under an article, no verb (« X, l'a vite ramené », "X, died"), no clause word
and not a time word alone (« X, hier »).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.role_tokens import CLITICS, DETERMINERS, MAX_ROLE_WORDS, WORD, tokens
from tui.core.quotes.speech_verbs import FRENCH_PAST_AUXILIARIES, is_speech_verb
from tui.core.quotes.words import _SKIP_WORDS
from tui.core.text import fold

_AFTER_BREAKS = frozenset(
    """et ou mais que qui dont où and or but that who which whose il elle ils elles he
    she they ont est sont was were has have had is are lui eux quant selon lors sans
    avec dans pour après avant pendant according by par""".split()
)
_AUX_AFTER_ELISION = frozenset(fold(w) for w in FRENCH_PAST_AUXILIARIES) | {"aura"}
"""Auxiliaries after « l' » (« X, l'a vite ramené »): a clause, no role."""


_OPENING_PREPOSITIONS = frozenset("de du des d' d’ au aux avec sans pour par of with".split())
"""Words no role set off after a name opens on."""


def role_after(text: str, end: int) -> str | None:
    """``, porte-parole du Kremlin,`` / ``, the Kremlin spokesman,`` after a name."""
    after = WORD.search(text, end, end + 100)
    if after is None or after.group() != ",":  # most names: no apposition follows
        return None
    toks = tokens(text[end : end + 160])
    if len(toks) < 3 or toks[0] != ",":
        return None
    words: list[str] = []
    rest = iter(toks[1:])
    for tok in rest:
        if tok == "(" and _acronym_gloss(rest):
            continue  # « président de l'Association des … (APCF), »: the initials gloss
        if tok in (",", ".", ")", ";", ":"):
            if tok == "," and quoted_name_next([tok, next(rest, ""), next(rest, "")]):
                return None  # « par X, une association, « Y », a pris »: Y's description
            break
        if fold(tok) in ("et", "and") and any(fold(w) in _AFTER_BREAKS for w in words):
            words = []  # « maire d'une commune dans l'Indre et président de … »: the last
            continue
        if not tok[0].isalpha():
            return None
        if len(words) >= MAX_ROLE_WORDS + 2:  # a long one only opening on a person noun
            if all(noun_kind(w) != "person" for w in words[:4]):
                return None
            break
        words.append(tok)
    else:
        return None
    if not words or all(fold(w) in _SKIP_WORDS for w in words):
        return None  # ", ," or ", hier." right after the name: no role there
    first = fold(words[0])
    if first[:2] in ("l'", "l’"):
        if first[2:] in _AUX_AFTER_ELISION:
            return None  # « X, l'a vite ramené aux faits »: a clause, no role
        first = "le"
    if not (words[0][0].islower() or first in DETERMINERS):
        return None
    if first in _OPENING_PREPOSITIONS:
        return None  # « X, de 55 % des voix »: a complement of the verb, no role
    for w in words:
        low = fold(w)
        if low in _AFTER_BREAKS or low[:2] in CLITICS or is_speech_verb(w, "fr"):
            return None
    if _opens_on_a_verb(words):
        return None  # "X, died", "X, visited the site in May": what X did, no role
    if first in DETERMINERS:
        words = words[1:] if first != "le" or words[0][:2].lower() not in ("l'", "l’") else words
    return " ".join(words)


def quoted_name_next(toks: Sequence[str]) -> bool:
    """Whether the tokens after a role phrase are a comma and a name in quotation marks,
    which the phrase describes (« une association bordelaise, « Cap X », a pris »)."""
    return len(toks) > 2 and toks[0] == "," and toks[1] in ("«", "“", '"') and toks[2][:1].isupper()


def _acronym_gloss(rest: Iterator[str]) -> bool:
    """Whether the tokens after an opening bracket are initials and its closing one,
    which are then consumed."""
    inner, close = next(rest, ""), next(rest, "")
    return inner.isalpha() and inner.isupper() and close == ")"


def _opens_on_a_verb(words: list[str]) -> bool:
    """Whether a phrase after a name's comma opens on a verb: an English past form not
    followed by a person noun ("died", but "retired sprinter"), a French auxiliary, or
    an English verb of saying."""
    first = words[0]
    if fold(first) in _AUXILIARY_OPENERS or is_speech_verb(first, "en"):
        return True
    if first == "a" and len(words) > 1 and _french_past(words[1]):
        return True  # « X, a rencontré mardi la ministre »: what X did ("a former" is no verb)
    if not (first.islower() and first.endswith("ed") and noun_kind(first) is None):
        return False
    return len(words) == 1 or noun_kind(words[1]) != "person"


_AUXILIARY_OPENERS = frozenset("serait etait avait sera".split())
_SHORT_PARTICIPLES = frozenset(
    """dit fait pris mis reçu vu eu été choisi écrit promis remis admis obtenu tenu soutenu
    perdu rendu répondu conclu rejoint ouvert offert""".split()
)
_PERFECT_ADVERBS = frozenset(
    """également ensuite toutefois pourtant aussi déjà encore enfin notamment alors même
    longtemps récemment finalement aussitôt""".split()
)


def _french_past(word: str) -> bool:
    """Whether ``word`` after « a » makes a French perfect (« a rencontré », « a dit », « a
    également »): a participle or an adverb inside the tense, no English noun."""
    return word.endswith(("é", "ée", "és", "ées")) or word in _SHORT_PARTICIPLES | _PERFECT_ADVERBS
