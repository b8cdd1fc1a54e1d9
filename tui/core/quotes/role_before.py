"""The role written just before a name: « le président russe », "Kremlin spokesman".

:func:`role_before` walks left from a name over the words a role may hold (« ministre
déléguée à l'Industrie », « présidente de la cour ») to the article or possessive that
opens it, and gives up where the words belong to the sentence instead (« Face au
dirigeant, X a … »).
"""

from __future__ import annotations

import re

from tui.core.courtesy_titles import TITLE_GENDERS, title_before
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.english_titles import capital_title, false_title, lone_title, short_title_role
from tui.core.quotes.role_tokens import CLITICS, DETERMINERS, MAX_ROLE_WORDS, WORD, tokens
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import POSSESSIVES
from tui.core.text import fold

_OF = frozenset("de d' d’ of".split())
# « son capitaine, Mickaël Guigou, », "its chief executive, Ada Quell,": a possessive
# opens a role set off before a name as well as an article does.
_PLAIN = frozenset("le la les l' un une the".split()) | POSSESSIVES
_CONTRACTED = frozenset("du des au aux".split())
# Words that end a role phrase: they belong to the sentence, not to the role.
_BREAKS = frozenset(
    """et ou mais que qui dont où avec par pour sur contre chez dans en entre vers
    a an selon à face après avant devant malgré depuis lors and or but that who which
    whose with by for from at in on to as after before
    il elle ils elles he she they a ont est sont was were has have had is are said dit
    told met""".split()
)


def role_before(text: str, start: int, *, closing: bool = False) -> str | None:
    """``le président russe`` / ``Kremlin spokesman`` written just before a name.

    Across a comma (« le porte-parole du Kremlin, Dmitri Peskov ») only a plain
    article that no preposition governs opens the role: « Selon le président russe,
    Kim… » and « Face au dirigeant, Poutine… » describe nobody.
    """
    window = text[max(0, start - 90) : start]
    window = _GLOSS_BEFORE.sub(r"\1", window[window.rfind("\n") + 1 :])
    window = _STATUS_BEFORE.sub(r"\1", window)  # « de l'association X, partie civile, »
    window = _HONORIFIC_END.sub(" ", window)  # "the Speaker, Sir Malcolm Edd"
    if title_before(window, len(window)) is not None:
        return None  # "the prime minister thanked Mrs Gately": her title, no role of hers
    short = short_title_role(window)
    if short is not None:  # "Sen. Howard Lenning" is the one "the senator" refers to
        return short
    last = _last_token(window)
    if last is not None and last != "," and _ends_no_role(last):
        return None  # most names: the word before them is no role's last word
    return _role_walk(window, closing=closing)


_HONORIFIC_END = re.compile(
    r"(?<=,)[ \u00a0]+(?:"
    + "|".join(sorted((t.capitalize() for t in TITLE_GENDERS), key=len, reverse=True))
    + r")\.?[ \u00a0]+$"
)
"""An honorific between an apposed role's comma and the name, which the role skips."""

_STATUS_BEFORE = re.compile(
    r"(?<=[^\W\d_])[ \u00a0]*,[ \u00a0]*(?!(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs"
    r"|ce|cet|cette|the|a|an|his|her|its|their)\b)[a-zà-ÿ][a-zà-ÿ'’-]*"
    r"(?:[ \u00a0][a-zà-ÿ][a-zà-ÿ'’-]*)?"
    r"([ \u00a0]*,[ \u00a0]*)$"
)
"""A short status set between the role and the name (« le président de l'association
X, partie civile, Marc Y »): the role still describes the name after it."""

_GLOSS_BEFORE = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)([ \u00a0]*,[ \u00a0]*)$")
"""A bracketed gloss closing the role (« de l'agence de sauvetage (Basarnas), X »)."""


def _article_inside(low: str, before: str, words: list[str], toks: list[str]) -> bool:
    """Whether an article met walking left stays inside the role: « de la présidence »,
    « du Kremlin », « chargé des mobilités », « de la Cohésion des territoires » (a
    capitalised portfolio runs on); « lancé au maire » opens it."""
    contracted = low in ("du", "des", "au", "aux")
    after_participle = (
        contracted
        and before.endswith(("e", "ee", "es", "ees"))
        and not is_speech_verb(toks[-1], "fr", strong=False)
    )
    prev = _unelided((toks or [""])[-1])  # « de l'Association des … », « l'adjoint au »
    in_name = contracted and (words[-1][0].isupper() or prev[:1].isupper())
    role_complement = contracted and noun_kind(prev) == "person"  # « président du tribunal »
    return before in _OF or in_name or after_participle or role_complement


def _role_walk(window: str, *, closing: bool = False) -> str | None:
    """The role phrase ending ``window`` (the line before a name), walking left; a name
    ``closing`` its sentence is an apposition even after « chez le capitaine, »."""
    title = capital_title(window)
    if title is not None:
        return title  # "accused Mayor Denise Arrington": "the mayor" is her
    toks = tokens(window)
    comma = bool(toks) and toks[-1] == ","
    if comma:
        toks.pop()
    words: list[str] = []
    opener = ""
    inner = None  # « aux questions de la présidente de la cour, X. »: the role governed
    while toks and len(words) < MAX_ROLE_WORDS:
        tok = toks.pop()
        low = fold(tok)
        before = fold(toks[-1]) if toks else ""
        elided = low[:2] in ("l'", "l’") and len(low) > 2  # « l'Industrie », « l'ancien »
        if elided or low in DETERMINERS or low in _CONTRACTED:
            if elided:
                inside = before in _OF or _portfolio_link(toks)
            else:
                inside = bool(words) and (
                    _portfolio_link(toks) or _article_inside(low, before, words, toks)
                )
            if not inside:
                words += [tok[2:]] if elided else []
                opener = "l'" if elided else low
                break
            if before in _OF:
                inner = inner or _governed_role([*([tok[2:]] if elided else []), *words[::-1]])
            words.append(tok)
            continue
        if low in _OF or _portfolio_link([*toks, tok]):
            if not words:
                return None  # a name governed by a preposition
            words.append(tok)
            continue
        if low == "en" and len(words) == 1 and fold(words[0]) in _EN_TAILS:
            words.append(tok)  # « le rédacteur en chef », « la metteuse en scène »
            continue
        stop = low in _BREAKS or low[:2] in CLITICS or is_speech_verb(tok, "fr")
        if stop or not tok[0].isalpha():
            toks.append(tok)
            break
        words.append(tok)
    if not words:
        return None
    governed = bool(toks) and fold(toks[-1]) in _BREAKS and not closing
    # « a-t-elle lancé au maire, X. »: a name closing its sentence is the apposition
    # even after a contracted article; « Face au dirigeant, Poutine a… » is not.
    apposed = closing and opener in ("au", "aux", "du", "des")
    if comma and ((opener not in _PLAIN and not apposed) or governed):
        return inner if comma and closing else None
    if not opener and len(words) == 1 and (lone_title(words[0], toks) or false_title(words[0])):
        return words[0]  # "Mayor Patricia Nguyen" opening a sentence, "on manager X"
    if not opener and (len(words) < 2 or not words[-1][0].isupper()):
        return None  # without an article, only an English title: "Kremlin spokesman"
    return " ".join(reversed(words))


def _portfolio_link(toks: list[str]) -> bool:
    """Whether ``toks`` end on a « à » that joins a role to its portfolio or place
    (« ministre délégué à l'Industrie », « adjointe à la culture »), not one that
    governs the sentence's object (« a répondu à l'avocat »)."""
    if len(toks) < 2 or fold(toks[-1]) not in ("a", "au", "aux"):
        return False
    word = _unelided(toks[-2])
    if not word.isalpha() or not word.islower() or is_speech_verb(word, "fr", strong=False):
        return False
    if word in _BREAKS or fold(word) in _BEFORE_A:
        return False  # « contre 40 % à son adversaire », « grâce à »: no participle
    return noun_kind(word) == "person" or fold(word).endswith(("e", "ee", "es", "ees"))


_BEFORE_A = frozenset(
    fold(w) for w in "grâce quant suite contrairement conformément parallèlement".split()
)
"""Words that with « à » make a preposition (« grâce à », « quant à »), no role's link."""


def _unelided(word: str) -> str:
    """A word without the elided article written against it (« l'adjoint »: adjoint)."""
    return word[2:] if word[1:2] in ("'", "’") else word


def _governed_role(words: list[str]) -> str | None:
    """The role a preposition governs inside a longer phrase (« présidente de la cour »
    in « aux questions de la présidente de la cour »), when a person noun heads it."""
    return " ".join(words) if words and noun_kind(words[0]) == "person" else None


_SPACE = re.compile(r"\s")


def _last_token(window: str) -> str | None:
    """The last ``WORD`` of a line (no newline in it), read from its end; ``None`` if unsure.

    No token holds a space and ``WORD`` looks back at nothing, so a scan from a space
    (or from the line's start) finds the same last token as a scan of the whole line.
    """
    cut = max(0, len(window) - 24)
    if cut:
        space = _SPACE.search(window, cut)
        if space is None:
            return None
        cut = space.start()
    toks = WORD.findall(window, cut)
    return toks[-1] if toks else None


_EN_TAILS = frozenset(("chef", "scene", "second"))  # « en chef », « en scène »: a role's end


def _ends_no_role(tok: str) -> bool:
    """Whether the walk of :func:`_role_walk` stops, role-less, at ``tok`` as last word."""
    low = fold(tok)
    if low[:2] in ("l'", "l’") and len(low) > 2:
        return False  # « l'ancien »: depends on the word before
    if low in DETERMINERS or low in _CONTRACTED or low in _OF:
        return True
    stop = low in _BREAKS or low[:2] in CLITICS or is_speech_verb(tok, "fr")
    return stop or not tok[0].isalpha()
