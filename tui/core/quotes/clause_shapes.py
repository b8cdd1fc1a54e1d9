"""Shapes of the words around a quotation that the cues read before any name.

Whether a naming word before a quotation makes it a label ("dubbed", "called a") or
a verb reports: « s'est dit », "what Ann Bell called …" (a naming verb with its
subject right before it), « …, invoquant », "…, telling reporters" (a participle set
off by a comma), « comme l'indique X » (the subject after the verb), '"…," he said'
(a comma inside the marks, then an incise). Where a subject's appositions end (", Karine
Jean-Pierre,", ", 54, a manager from Leeds,"), and a dash that signs a quotation.
"""

from __future__ import annotations

from itertools import pairwise

from tui.core.courtesy_titles import ABBREVIATED_TITLES
from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.incise_verbs import THIRD_PERSON_OBJECTS
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import (
    _AUX,
    _CLAUSE_STOPS,
    _SUBJECT_PRONOUNS,
    LEADING_VERBS,
    TO_VERBS,
)
from tui.core.text import fold

_SAYS = frozenset(("dit", "dite", "dits", "dites"))
"""« dit » as a verb (« a dit ») or as "so-called" (« Louis, dit « le Gros » »)."""


def naming_says(ctx: _Context, pre: list[_Tok], several: bool) -> bool:
    """« s'est dit », « a dit »: *dit* as a verb with its auxiliary, not « dit » = so-called;
    "what Ann Bell called "a historic day"": a subject's naming verb before ``several``
    words gives its own words (one word or term stays a label: "build-by-right")."""
    if len(pre) < 2:
        return False
    if pre[-1].low in _SAYS:
        subject = before_object(pre[:-1])  # « Sa cuisine, elle la dit « … » »
        return pre[-2].low in _AUX or (several and says_subject(ctx, subject))
    if several and pre[-1].low in FR_NAMING_VERBS:
        return True  # « qu'elle surnomme « … » »: a present tense has its subject
    if not several or pre[-1].low not in _NAMING_VERBS:
        return False
    if pre[-1].low not in ("called", "calls"):
        return what_called(pre[:-1])  # "what Ann Bell branded "…"", not "a plan branded"
    return names_subject(ctx, pre[-2], pre[-3] if len(pre) > 2 else None) or what_called(pre[:-1])


def before_object(words: list[_Tok]) -> list[_Tok]:
    """The words before a verb without the object pronoun that ends them (« elle la »
    before « dit »), so the subject stands last."""
    return words[:-1] if len(words) > 1 and words[-1].low in THIRD_PERSON_OBJECTS else words


def says_subject(ctx: _Context, subject: list[_Tok]) -> bool:
    """« Roland X dit « attendre » », « X, lui, dit « … » », « X, qui dit « … » »: a
    subject right before « dit » makes it the verb; « Louis, dit « le Gros » » keeps
    it a nickname."""
    if len(subject) > 3 and subject[-1].text == "," and subject[-2].low in STRESSED_PRONOUNS:
        subject = subject[:-3]
    if subject[-1].low == "qui":
        return True  # « l'entreprise, qui dit « coopérer » »: a relative's own verb
    if subject[-1].text == ",":
        # « le groupe X, propriétaire du site, dit « … » »: the name before the apposition
        commas = [i for i, t in enumerate(subject[:-1]) if t.text == ","]
        return bool(commas) and commas[-1] > 0 and names_subject(ctx, subject[commas[-1] - 1], None)
    return names_subject(ctx, subject[-1], None)


STRESSED_AS_SUBJECT = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
"""The subject pronoun a stressed pronoun stands for when it is a subject itself."""
STRESSED_PRONOUNS = frozenset(STRESSED_AS_SUBJECT)
"""Pronouns that repeat a subject set off by commas (« X, lui, dit… »)."""


def stressed_aside(toks: list[_Tok], j: int) -> bool:
    """Whether ``toks`` hold « , lui , » from ``j`` on: a stressed pronoun set off by
    commas, repeating the phrase before it as the sentence's subject."""
    aside = [t.low for t in toks[j : j + 3]]
    return len(aside) == 3 and aside[0] == aside[2] == "," and aside[1] in STRESSED_PRONOUNS


_NARRATION_OPENERS = frozenset(("et", "puis", "alors"))


def narrated_subject(words: list[_Tok]) -> _Tok | None:
    """The stressed pronoun opening an infinitive of narration (« Et lui de répondre : »,
    « Eux d'ajouter que »), given the sentence's words before « de »: the one who says
    it. None when a verb or a noun governs the infinitive (« refuse de répondre »)."""
    if words and words[0].low in _NARRATION_OPENERS:
        words = words[1:]
    return words[0] if len(words) == 1 and words[0].low in STRESSED_AS_SUBJECT else None


def perfect_infinitive(ctx: _Context, left: list[_Tok]) -> bool:
    """Whether ``left`` ends on a French verb of saying and « avoir » or « être », the
    verb after them in the infinitive (« dit avoir demandé », « assure être »): the
    subject is the saying verb's."""
    return (
        ctx.language == "fr"
        and len(left) > 2
        and left[-1].low in ("avoir", "être")
        and is_speech_verb(left[-2].text, "fr", strong=False)
    )


def names_subject(ctx: _Context, last: _Tok, before: _Tok | None) -> bool:
    """Whether ``last`` ends a subject: a name ("Ann Bell called"), a pronoun ("what
    it called"), or a name's apposition closed by a comma (", Dmitri Volkov, called")."""
    if last.text == "," and before is not None:
        last = before
    ent = ctx.entity_at(last.start)
    named = ent is not None and ent.label in ("PER", "ORG") and ent.end == last.end
    return named or last.low in _SUBJECT_PRONOUNS or last.low == "it"


def what_called(before: list[_Tok]) -> bool:
    """ "in what Norway's top diplomat called": « what » opens a clause whose subject
    names the words that follow (``before``: the words before the naming verb)."""
    window = [t.low for t in before[-12:]]  # "what Ann Roe, a pollster, on Tuesday called"
    return "what" in window and all(w not in _BE_HAVE for w in window[window.index("what") :])


_BE_HAVE = frozenset("is are was were be been being has have had".split())
"""Auxiliaries making "what is called" a passive, whose words nobody named says."""


_NAMING_VERBS = frozenset(
    "called calls call dubbed dubs termed terms branded brands labelled labeled".split()
)
_AS_VERBS = frozenset("described describes describe characterized characterised".split())
"""Verbs naming through "as" ("what she described as "…"")."""


def what_namer(pre: list[_Tok]) -> int | None:
    """Where the naming verb of "what he called “…”", "what she calls a “…”" stands in
    ``pre``: the subject before it names its own words, whatever the sentence's subject."""
    verb = len(pre) - 1
    if verb > 0 and pre[verb].low in ("a", "an", "the"):
        verb -= 1  # "what she calls a “…”", "what the industry calls the “…”"
    if verb > 0 and pre[verb].low == "as" and pre[verb - 1].low in _AS_VERBS:
        verb -= 1
    if verb > 0 and pre[verb].low in _FR_ARTICLES | {"de", "d'", "d’"}:
        verb -= 1  # « ce qu'il appelle la « … » », « ce qu'elle qualifie de « … » »
    if verb >= 2 and pre[verb].low in FR_NAMING_VERBS and _ce_que(pre[:verb]):
        return verb
    if verb < 2 or pre[verb].low not in _NAMING_VERBS | _AS_VERBS or not what_called(pre[:verb]):
        return None
    return verb


_FR_ARTICLES = frozenset("le la les l' l’ un une des".split())
FR_NAMING_VERBS = frozenset(
    """appelle appellent appelait appelaient qualifie qualifient qualifiait qualifiaient
    nomme nomment surnomme surnomment surnommait baptise baptisent""".split()
)
"""French verbs by which a subject names a thing in its own words (« qu'elle surnomme »)."""


def _ce_que(before: list[_Tok]) -> bool:
    """« ce que ses partisans appellent »: « ce que » opens the naming clause a few
    words before its verb."""
    window = [t.low for t in before[-7:]]
    return any(a == "ce" and b in ("que", "qu'", "qu’") for a, b in pairwise(window))


def hanging_participle(ctx: _Context, pre: list[_Tok], vi: int) -> bool:
    """A reporting or citing participle set off by a comma (« …, invoquant »)."""
    return vi > 1 and pre[vi - 1].text == "," and _reporting_participle(ctx, pre[vi], strong=True)


def gerund_of_manner(ctx: _Context, pre: list[_Tok], vi: int) -> bool:
    """A reporting gerund after « en » or "by" (« en qualifiant le projet de »,
    "by describing the project as"): the main clause's subject speaks."""
    return (
        vi > 1
        and pre[vi - 1].low in ("by", "en")
        and _reporting_participle(ctx, pre[vi], strong=False)
    )


def _reporting_participle(ctx: _Context, t: _Tok, *, strong: bool) -> bool:
    """A present participle or gerund that reports or cites ("telling", « invoquant »)."""
    return t.low.endswith(("ing", "ant")) and (
        t.low in _CITING or is_speech_verb(t.text, ctx.language, strong=strong)
    )


_CITING = frozenset(
    """invoquant citant arguant jugeant notant observant martelant qualifiant reconnaissant
    citing telling saying""".split()
)


def incise_follows(ctx: _Context, end: int, post: list[_Tok]) -> bool:
    """'"…north of 99.5%," he said, while…': words closing on a comma inside the marks,
    then a subject and a verb of saying (or the verb, then its subject), are an incise."""
    if ctx.text[end - 1 : end] != "," or not post:
        return False
    first = post[0]
    if is_speech_verb(first.text, ctx.language):
        return True
    named = first.low in _SUBJECT_PRONOUNS or ctx.entity_at(first.start) is not None
    return named and any(is_speech_verb(t.text, ctx.language) for t in post[1:4])


def named_apposition(ctx: _Context, toks: list[_Tok], comma: int) -> int | None:
    """``, Karine Jean-Pierre,`` or ``, hydrologist Ana Ruiz,`` inside a subject: the
    index of the closing comma."""
    k = comma + 1
    while k < min(len(toks), comma + 4) and _role_word(ctx, toks[k]):
        k += 1  # "hydrologist", « l'économiste »: the name's role before it
    if k >= len(toks):
        return None
    ent = ctx.entity_at(toks[k].start)
    if ent is None or ent.label != "PER":
        return None
    while k < len(toks) and toks[k].start < ent.end:
        k += 1
    return k if k < len(toks) and toks[k].text == "," else None


def _role_word(ctx: _Context, t: _Tok) -> bool:
    """A lowercase word that may stand in a role before a name, not a verb or a clause
    word."""
    if not t.text.isalpha() or not t.text.islower() or t.low in _CLAUSE_STOPS:
        return False
    return not is_speech_verb(t.text, ctx.language, strong=False)


def role_apposition(ctx: _Context, toks: list[_Tok], comma: int, before: list[_Tok]) -> int | None:
    """``Hannah Lind, an analyst at X, wrote`` / ``Castellanos, 52, said``: past a name,
    an apposition up to the closing comma (the index of that comma)."""
    last = before[-1] if before else None
    ent = ctx.entity_at(last.start) if last is not None else None
    if ent is None or ent.label not in ("PER", "ORG") or last is None or ent.end != last.end:
        return None
    if comma + 1 < len(toks) and is_speech_verb(toks[comma + 1].text, ctx.language):
        return None  # ", said in her studio, …": the verb, not an apposition
    for k in range(comma + 1, min(len(toks), comma + 15)):
        if k == comma + 1 and toks[k].low in _RELATIVES:
            continue  # "X, who heads the charity, told reporters": the person described
        if toks[k].text == "«Q»" or toks[k].low in _CLAUSE_STOPS:
            return None
        if toks[k].text == ",":
            return k if k > comma + 1 else None
    return None


_RELATIVES = frozenset(("who", "whose", "qui"))
"""Relative pronouns of people, opening an apposition that describes the name."""


def dash_signature(ctx: _Context, post: list[_Tok]) -> _Speaker | None:
    """« « … » — Ruth Calder. »: a dash, then a name alone closing the sentence, signs
    the quotation; so does « pour » in a round of answers (« « Non », pour Mme X. »)."""
    if len(post) >= 3 and post[0].text == "," and post[1].low == "pour" and ctx.language == "fr":
        k = 2
    elif len(post) >= 2 and post[0].text in ("—", "–"):
        k = 1
    else:
        return None
    while k + 1 < len(post) and (post[k].low in ABBREVIATED_TITLES or post[k].text == "."):
        k += 1  # « Mme », « M. »
    ent = ctx.entity_at(post[k].start)
    if ent is None or ent.label not in ("PER", "ORG"):
        return None
    rest = [t for t in post[k:] if t.start >= ent.end]
    if rest and rest[0].text not in (".", ",", ";"):
        return None
    return _Speaker(ent.canonical, ent.label, ent.start)


_BODY_OWNERS = frozenset(("the", "their", "its", "his", "her"))


def _body_with(ctx: _Context, noun: _Tok, at: int) -> _Speaker | None:
    """The body a bare noun after « with » stands for ("with their union warning …"):
    the one the article names with that noun, before or just after."""
    if not noun.text.islower() or noun_kind(noun.text) != "body":
        return None
    org = ctx.named_body(noun.low, at)
    if org is None or org.label != "ORG":
        return None
    return _Speaker(org.canonical, "ORG", org.start)


def as_said(pre: list[_Tok], vi: int) -> bool:
    """« comme l'indique X », « comme l'a expliqué X », « ainsi que le souligne X »:
    a verb of saying whose subject comes after it."""
    i = vi - 1
    if i >= 0 and pre[i].low in _AUX:
        i -= 1
    return i >= 1 and pre[i].low in ("l'", "l’", "le") and pre[i - 1].low in ("comme", "que")


def with_participle(ctx: _Context, pre: list[_Tok], vi: int) -> _Speaker | None:
    """ "…, with Transport Minister X describing the claim as "…"": a person after
    « with » whose participle reports the words."""
    t = pre[vi]
    if ctx.language != "en" or vi < 2 or not t.low.endswith("ing") or not t.text.islower():
        return None
    if vi >= 3 and pre[vi - 3].low == "with" and pre[vi - 2].low in _BODY_OWNERS:
        return _body_with(ctx, pre[vi - 1], t.start)  # "with their union warning"
    ent = ctx.entity_at(pre[vi - 1].start)
    if ent is None or ent.label != "PER" or ent.end != pre[vi - 1].end:
        return None
    opener = next(
        (x for x in reversed(pre[:vi]) if x.end <= ent.start and x.text[0].islower()), None
    )
    if opener is None or opener.low != "with":
        return None
    return _Speaker(ent.canonical, ent.label, ent.start)


_LISTENERS = frozenset(
    """court hearing inquiry inquest tribunal jury jurors committee panel mps msps
    peers parliament senate council meeting conference summit assembly commission""".split()
)


def listener_told(pre: list[_Tok], vi: int) -> bool:
    """Whether "told" reports what a listening body heard, as headlines write it
    ("Court told of '…'", "Inquiry told: '…'"): the court is told, nobody it names
    spoke. A "told" with its own object ("the panel told reporters") stays active."""
    if pre[vi].low != "told" or vi == 0 or pre[vi - 1].low not in _LISTENERS:
        return False
    return vi + 1 == len(pre) or pre[vi + 1].low in ("of", "that", ":", ",")


def past_leading_verb(ctx: _Context, left: list[_Tok]) -> list[_Tok] | None:
    """The words before a verb past one that leads to it ("X used to say", « X préfère
    parler de », « X, qui a dit avoir demandé »); ``None`` after an English "to" no such
    verb leads to: an infinitive has no subject of its own."""
    if len(left) > 2 and left[-1].low == "to" and left[-2].low in TO_VERBS:
        return left[:-2]  # "X used to say", "X went on to tell": X says it
    if left and left[-1].low == "to" and ctx.language == "en":
        return None
    if len(left) > 1 and ctx.language == "fr" and fold(left[-1].low) in LEADING_VERBS:
        return left[:-1]  # « X préfère parler de »: X speaks
    if perfect_infinitive(ctx, left):
        return left[:-2]  # « X, qui a dit avoir demandé des « … » »: X asked
    return left
