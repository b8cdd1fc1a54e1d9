"""The subject written after its verb: « a indiqué jeudi le porte-parole, X ».

French and English news often invert the reporting verb and its subject, and put a
role, a relative clause or a circumstance around the name. This module finds the
noun phrase that follows and hands it to the subject resolver.
"""

from __future__ import annotations

from tui.core.entities.persons import named_only_as
from tui.core.models import Entity
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.latter import latter_named_by
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.speech_verbs import EN_AUXILIARIES, is_speech_verb, split_inverted
from tui.core.quotes.subjects import _resolve_tokens
from tui.core.quotes.words import (
    _AUX,
    _CLAUSE_STOPS,
    _DETERMINERS,
    _OF,
    _PHRASE_ENDS,
    _PREPOSITIONS,
    _RELATIVES,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    inner_stop,
    without_brackets,
)

_EN_ROLES = frozenset("charge exercice chef poste fonction fonctions titre second".split())


_TELL = frozenset(("told", "tell", "tells", "telling"))

_EN_FINITE = EN_AUXILIARIES | {"are"}
"""English auxiliaries: after "said" they open a clause ('"…," said the deal was'), where
the French auxiliary « a » would be the article of "said a resident"."""


def inverted_after(ctx: _Context, post: list[_Tok], j: int, quote_start: int) -> _Speaker | None:
    """The subject written after the incise's verb at ``j`` (« a déclaré X », "said X");
    never after "told", whose object is the listener ("…, told AFP")."""
    if post[j].low in _TELL or infinitive_complement(post, j + 1):
        return None
    return inverted_subject(ctx, _past_circumstances(_past_manner(post[j + 1 :])), quote_start)


def infinitive_complement(toks: list[_Tok], i: int) -> bool:
    """« a demandé à être reçu par la direction », « a dit d'avoir été prévenu »: a verb
    whose complement is an infinitive of « être » or « avoir » has no subject after
    it; the name further on is the infinitive's agent or object."""
    pair = toks[i : i + 2]
    return (
        len(pair) == 2
        and pair[0].low in ("à", "de", "d'", "d’")
        and pair[1].low in ("être", "avoir")
    )


def _past_circumstances(after: list[_Tok]) -> list[_Tok]:
    """The words after an inverted verb past its circumstances set off by commas (« a
    martelé jeudi, lors d'une conférence de presse, la présidente … »): each opens on
    a lowercase word that is no article, and the subject, an article or a name,
    follows the last comma."""
    rest = after
    for _ in range(3):
        comma = next((i for i, t in enumerate(rest[:14]) if t.text == ","), 0)
        lead = rest[0] if rest else None
        if comma == 0 or comma + 1 >= len(rest) or lead is None or not lead.text.islower():
            break
        if lead.low in _DETERMINERS:
            break
        rest = rest[comma + 1 :]
        if rest[0].low in _DETERMINERS or rest[0].text[:1].isupper():
            return rest
    return after


def _past_manner(after: list[_Tok]) -> list[_Tok]:
    """The words after an inverted verb past a manner set off by commas (« lâche, amer,
    X », « répond, un brin agacé, le ministre »): the subject comes after it."""
    if len(after) < 4 or after[0].text != ",":
        return after
    close = next((i for i in range(2, min(len(after), 5)) if after[i].text == ","), 0)
    manner = after[1:close]
    if not manner or not all(t.text.isalpha() and t.text.islower() for t in manner):
        return after
    if manner[0].low in _DETERMINERS:
        return after  # « a dit, le maire, … »: the subject itself
    return after[close + 1 :]


def noun_phrase_after(
    ctx: _Context, toks: list[_Tok], before: int, *, inverted: bool = False
) -> _Speaker | None:
    """The subject written after an inverted verb (``a indiqué jeudi le porte-parole, X``).

    A name after a comma is taken as the phrase's apposition; after *selon*, only when
    the name closes the clause (``Selon l'agence, Kim a dit`` names Kim as a subject).
    """
    toks = without_brackets(toks)  # « le porte-parole de l'agence (Basarnas), X »
    clause = _clause(ctx, toks, inverted=inverted)
    latter = latter_named_by(ctx, clause) if inverted else None
    if latter is not None:
        return latter  # « …, soutient ce dernier, qui … »
    named = _apposed_person(ctx, clause) if inverted else None
    if named is not None:
        return named  # « a déclaré le porte-parole de l'agence, Adi Nugroho »
    withheld = _withheld_name(ctx, toks, clause) or _called(ctx, toks)
    if withheld is not None:
        return withheld  # "said a man who gave his name as X", "a nurse named X"
    rest = clause[_phrase_start(ctx, clause) :]
    if not rest:
        return None
    # End the phrase at the next preposition that is not inside a name or a role.
    end = len(rest)
    for j in range(1, len(rest)):
        t = rest[j]
        if ctx.entity_at(t.start) is None and (t.low in _PHRASE_ENDS or _circumstance(rest, j)):
            end = j
            break
    return _resolve_tokens(ctx, rest[:end], before)


def _apposed_person(ctx: _Context, clause: list[_Tok]) -> _Speaker | None:
    """The person a comma sets after an inverted subject's description, ending it."""
    commas = [i for i, t in enumerate(clause) if t.text == ","]
    if not commas or commas[-1] + 1 >= len(clause) or commas[-1] == 0:
        return None
    ent = _name_after_comma(ctx, clause, commas[-1])
    if ent is None or ent.end < clause[-1].end:
        return None
    return _Speaker(ent.canonical, "PER", ent.start)


def _name_after_comma(ctx: _Context, toks: list[_Tok], comma: int) -> Entity | None:
    """The person named right after the comma at ``comma``, maybe after an article and
    one word saying who she is (« , la Tongienne X », « , le docteur X »)."""
    for skip in (1, 3):
        if comma + skip >= len(toks):
            return None
        if skip == 3 and not (toks[comma + 1].low in _ARTICLES and toks[comma + 2].text.isalpha()):
            return None
        ent = ctx.entity_at(toks[comma + skip].start)
        if ent is not None and ent.label == "PER":
            return ent
    return None


_ARTICLES = frozenset(("le", "la", "l'", "l’", "the"))


def _withheld_name(ctx: _Context, toks: list[_Tok], clause: list[_Tok]) -> _Speaker | None:
    """The name a relative clause gives the described subject: "said a 23-year-old man
    who gave his name only as Jawad" is Jawad's word."""
    if not clause:
        return None
    rest = [t for t in toks if t.start >= clause[-1].end][:14]
    if not rest or rest[0].low != "who":
        return None
    for t in rest[1:]:
        if t.text in ",.;:" or t.text == "«Q»":
            return None
        ent = ctx.entity_at(t.start)
        if ent is None or ent.start != t.start or ent.label != "PER":
            continue
        if not named_only_as(ctx.text, t.start):
            return None  # "a man who travelled with X": X is someone else
        return _Speaker(ent.canonical, "PER", ent.start)
    return None


_UNNAMED_OPENERS = frozenset("a an one un une".split())
_CALLED = frozenset("named called nommé nommée prénommé prénommée".split())


def _called(ctx: _Context, toks: list[_Tok]) -> _Speaker | None:
    """The person an unnamed subject turns out to be: "said one protester, a nurse
    named X", « a lancé un manifestant, un retraité prénommé X »."""
    if not toks or toks[0].low not in _UNNAMED_OPENERS:
        return None
    for n, t in enumerate(toks[1:12], start=1):
        if t.text in ".;:" or t.text == "«Q»":
            return None
        if t.low in _CALLED and n + 1 < len(toks):
            ent = ctx.entity_at(toks[n + 1].start)
            if ent is not None and ent.label == "PER" and ent.start == toks[n + 1].start:
                return _Speaker(ent.canonical, "PER", ent.start)
    return None


def _clause(ctx: _Context, toks: list[_Tok], *, inverted: bool) -> list[_Tok]:
    """The tokens up to the clause's end, a name's apposition included."""
    clause: list[_Tok] = []
    i = -1
    while i + 1 < len(toks):
        i += 1
        t = toks[i]
        if inner_stop(ctx.text, t):
            continue  # "said Sen. Dale Orr": a title's period
        if t.low in _CLAUSE_STOPS or t.text == "«Q»":
            break
        if t.text == "," and not clause and inverted:
            i = _past_aside(toks, i)  # « a confié, à la presse, le directeur … »
            continue
        if t.text == ",":
            i = _past_relative(ctx, toks, i)
            t = toks[i]
            ent = _name_after_comma(ctx, toks, i)
            if ent is None or not clause:
                break
            if not inverted:
                after = next((x for x in toks[i + 1 :] if x.start >= ent.end), None)
                if after is not None and after.text not in ",.;:":
                    break
        clause.append(t)
        if len(clause) > 20:
            break
    return clause


def _past_aside(toks: list[_Tok], comma: int) -> int:
    """The comma closing a short aside that opens with a preposition right after the
    verb (``, à Reuters,``), else ``len(toks)``: nothing follows to read."""
    if comma + 1 >= len(toks) or toks[comma + 1].low not in _PREPOSITIONS:
        return len(toks)
    for j in range(comma + 2, min(len(toks), comma + 7)):
        if toks[j].text == ",":
            return j
    return len(toks)


def _phrase_start(ctx: _Context, clause: list[_Tok]) -> int:
    """Skip adverbs, then prepositional phrases, to the first determiner or name."""
    i = 0
    while i < len(clause):
        t = clause[i]
        idiom = _idiom_at(clause, i)
        if idiom:
            i += idiom  # « a rétorqué du tac au tac Mme X »
            continue
        # A sentence's opening « Des » is the plural article (« Des habitants ont… »).
        if t.low in _PREPOSITIONS and t.low != "a" and t.text != "Des":
            i = _past_complement(ctx, clause, i + 1)
            continue
        if ctx.entity_at(t.start) is not None or t.low in _DETERMINERS:
            break
        if t.low in _SUBJECT_PRONOUNS:
            break
        if t.low in _SKIP_WORDS or t.text[0].isdigit():
            i += 1
            continue
        if t.text[0].isupper():
            break
        i += 1
    return i


_IDIOMS = tuple(
    tuple(phrase.split())
    for phrase in (
        "du tac au tac", "de son côté", "pour sa part", "pour son compte", "à son tour",
        "sans détour", "sans ambages", "en retour", "en écho", "dans la foulée",
        "sur le même ton", "à demi-mot", "à chaud", "d' entrée", "d’ entrée", "d' emblée",
        "d’ emblée", "d' abord", "d’ abord",
    )
)  # fmt: skip
"""Adverbial phrases an incise puts between its verb and its subject."""


def _idiom_at(clause: list[_Tok], i: int) -> int:
    """The length of the adverbial phrase starting at ``i``, else 0."""
    for idiom in _IDIOMS:
        n = len(idiom)
        if tuple(t.low for t in clause[i : i + n]) == idiom:
            return n
    return 0


def _past_complement(ctx: _Context, clause: list[_Tok], i: int) -> int:
    """Past a prepositional complement (``sur franceinfo``, ``à Paris``), from ``i``."""
    while i < len(clause) and clause[i].low in _DETERMINERS:
        i += 1
    while i < len(clause) and (
        clause[i].text[0].islower()
        and ctx.entity_at(clause[i].start) is None  # ``sur franceinfo X``
        and clause[i].low not in _DETERMINERS
        and not clause[i].text.endswith(("'", "’"))
    ):
        i += 1
    e = ctx.entity_at(clause[i].start) if i < len(clause) else None
    if e is not None and e.label == "PER" and clause[i - 1].low not in _PREPOSITIONS:
        return i  # « a lancé à la tribune X »: the person after the place is the subject
    if e is not None:
        while i < len(clause) and clause[i].start < e.end:
            i += 1
    return i


def _past_relative(ctx: _Context, toks: list[_Tok], comma: int) -> int:
    """The comma closing a relative clause set in a phrase before a name, else ``comma``.

    ``le président du Leem, qui représente les industriels, Hugues Lefort, a dit``: the
    clause describes the role, and the name after it is the phrase's apposition.
    """
    if comma + 1 >= len(toks) or toks[comma + 1].low not in _RELATIVES:
        return comma
    for j in range(comma + 2, min(len(toks) - 1, comma + 16)):
        if toks[j].text == "«Q»" or toks[j].low in _CLAUSE_STOPS:
            return comma
        if toks[j].text == ",":
            ent = ctx.entity_at(toks[j + 1].start)
            return j if ent is not None and ent.label == "PER" else comma
    return comma


def _circumstance(toks: list[_Tok], j: int) -> bool:
    """Whether ``toks[j]`` opens a circumstance, not a role complement.

    ``à la barre`` / ``en recevant le prix`` end the phrase; ``délégué à
    l'Industrie`` keeps its capitalised complement.
    """
    t = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None:
        return False
    if t.low == "en":
        # ``en recevant le prix``, ``en ouverture de séance``; not ``en charge de``.
        return nxt.low.endswith("ant") or (nxt.text.islower() and nxt.low not in _EN_ROLES)
    after = toks[j + 2] if j + 2 < len(toks) else None
    if t.low in ("à", "a") and nxt.low in _DETERMINERS:
        return after is None or after.text[0].islower()
    # « a déclaré l'accusé d'une voix tremblante »: how it was said, no complement.
    return t.low in _OF and nxt.low in ("un", "une") and after is not None and after.low in _MANNER


_MANNER = frozenset("voix ton air sourire souffle traite trait".split())
"""Nouns of the manner « d'un ton sec », « d'une voix blanche » gives a verb of saying."""


def inverted_subject(ctx: _Context, after: list[_Tok], verb_at: int) -> _Speaker | None:
    """The subject after a verb that follows a quotation ('"…," said X'); none when an
    English finite verb follows, as in '"…," said the agreement was': a clause."""
    if ctx.language == "en":
        for x in after[:5]:
            if x.text in ",;:" or x.low in _CLAUSE_STOPS:
                break
            if x.low in _EN_FINITE:
                return None
    return noun_phrase_after(ctx, after, verb_at, inverted=True)


def incise_subject(ctx: _Context, left: list[_Tok]) -> _Speaker | None:
    """The subject of the incise a participle hangs on: « …, a annoncé X dans un
    communiqué, précisant que « … » », « « … », a-t-elle ajouté, précisant que « … » »
    (``left``: the words before the participle's comma). The incise opens after a
    comma or a quotation, on a verb of saying, maybe after its auxiliary."""
    for i in range(len(left) - 1, 0, -1):
        if left[i - 1].text not in (",", "«Q»"):
            continue
        t = left[i]
        inv = split_inverted(t.text)
        if inv and is_speech_verb(inv[0], ctx.language):
            return _pronoun(ctx, inv[1], t.start)
        verb = i + 1 if t.low in _AUX and i + 1 < len(left) else i
        if left[verb].text.islower() and is_speech_verb(left[verb].text, ctx.language):
            return inverted_subject(ctx, left[verb + 1 :], left[verb].start)
    return None
