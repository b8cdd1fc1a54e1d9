"""The cue after a quotation: « … », a déclaré X / "…," X said / « … », a-t-il ajouté.

A reporting verb right after the closing mark, then its subject, past a time, a
place, an apposition or an object pronoun (« …, l'avait interpellée X »); an incise
known only by its form (« …, a souri X »); a verb whose subject is a pronoun.
"""

from __future__ import annotations

from tui.core.entities.seats import SEATS_OF_POWER
from tui.core.quotes.clause_shapes import (
    dash_signature,
    named_apposition,
    role_apposition,
)
from tui.core.quotes.cleft import cleft_speaker
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.incise_verbs import OBJECT_CLITICS, by_form
from tui.core.quotes.inverted import (
    infinitive_complement,
    inverted_after,
    inverted_subject,
)
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.speech_verbs import AUXILIARIES, is_speech_verb, split_inverted
from tui.core.quotes.spokes import spokesperson_body
from tui.core.quotes.subjects import _named_subject, _resolve_tokens
from tui.core.quotes.verb_use import bare_participle, verb_use
from tui.core.quotes.words import (
    _AUX,
    _CLAUSE_STOPS,
    _CONJUNCTIONS,
    _DETERMINERS,
    _PREPOSITIONS,
    _SKIP_WORDS,
    _SUBJECT_PRONOUNS,
    inner_stop,
    without_brackets,
)


def post_attribution(
    ctx: _Context,
    post: list[_Tok],
    quote_start: int,
    *,
    closes_sentence: bool = False,
    direct: bool = False,
) -> _Speaker | None:
    """``, a déclaré X`` / ``, ajoute-t-il`` / ``," X said`` right after a quotation."""
    post = without_brackets(post)  # '," Sen. Ann Ruiz, D-N.M., said': no party tag
    signed = dash_signature(ctx, post) or cleft_speaker(ctx, post, quote_start)
    if signed is not None:
        return signed  # « … — X », « … » : c'est en ces termes que X a …
    i = next((n for n, t in enumerate(post) if t.text not in ",—–-"), len(post))
    if i >= len(post):
        return None
    led_by_comma = i > 0
    if direct and led_by_comma and ctx.language == "fr":
        formal = _incise_by_form(ctx, post, i, quote_start)
        if formal is not None:
            return formal
    lang = ctx.language
    limit = min(len(post), i + 10)
    before: list[_Tok] = []
    j = i - 1
    skip_to = -1
    while j + 1 < limit:
        j += 1
        if j < skip_to:
            continue
        t = post[j]
        if _verb_filler(post, j, lang) or inner_stop(ctx.text, t):
            continue  # « a fait savoir », "Sen. Ann Ruiz said": a title's full stop
        if t.low in _CLAUSE_STOPS or t.text == "«Q»":
            return None
        inv = split_inverted(t.text)
        if inv and (inv[0] in AUXILIARIES or is_speech_verb(inv[0], lang, strong=False)):
            return _inverted_incise(ctx, post, j, inv)
        if verb_use(post, j, lang, strong=False) and t.text[0].islower():
            if bare_participle(post, j, lang):
                return None  # « … », estimée à 52 % par X: the participle describes
            if not any(b.low not in _SKIP_WORDS for b in before):
                return inverted_after(ctx, post, j, quote_start)
            if not (led_by_comma or closes_sentence):
                return None
            if not led_by_comma and [x.text for x in post[j + 1 : j + 3]] == [":", "«Q»"]:
                return None  # « … » Sa voisine confirme : « … »: it opens the next one
            return _subject_of_incise(ctx, before, quote_start)
        if t.text == ",":
            skip = _past_appositions(ctx, post, j, before)
            if skip is None:
                return None
            skip_to = skip + 1
            limit = min(len(post), limit + skip - j)
            continue
        before.append(t)
    return None


def _inverted_incise(
    ctx: _Context, post: list[_Tok], j: int, inv: tuple[str, str]
) -> _Speaker | None:
    """« ajoute-t-il », « a-t-elle expliqué »: the person the pronoun stands for; an
    auxiliary counts only before a verb of saying."""
    if inv[0] in AUXILIARIES:
        k = j + 1
        while k < min(len(post), j + 4) and _adverb(post[k]):
            k += 1  # « a-t-elle simplement confié », « a-t-il encore ajouté »
        nxt = post[k] if k < len(post) else None
        if nxt is None or not is_speech_verb(nxt.text, ctx.language, strong=False):
            return None
    return _incise_pronoun(ctx, post, j, inv[1])


def _adverb(t: _Tok) -> bool:
    """A word between an inverted auxiliary and its participle (« simplement », « encore »)."""
    return t.low in _SKIP_WORDS or t.low in _ADVERBS or (t.low.endswith("ment") and len(t.low) > 6)


_ADVERBS = frozenset(
    "tard tôt bien même vite mieux peu très trop tout souvent parfois toujours".split()
)


def _incise_pronoun(ctx: _Context, post: list[_Tok], j: int, pron: str) -> _Speaker:
    """Whom the pronoun of the inverted incise at ``j`` stands for: for « on », whom the
    words after it set it with; an incise whose pronoun finds no one still marks speech."""
    if pron == "on" and (house := _on_at(ctx, post, j)) is not None:
        return house
    at = post[j].start
    return _pronoun(ctx, pron, at) or _Speaker(None, "NP", at)


def _on_at(ctx: _Context, post: list[_Tok], j: int) -> _Speaker | None:
    """« précise-t-on chez Habitat 21 », « assure-t-on dans l'entourage de X »: « on »
    is the body or person the words after it place the speaker with."""
    for k in range(j + 1, min(len(post), j + 7)):
        if post[k].text in (".", ";", ":", "!", "?", "«Q»"):
            return None
        ent = ctx.entity_at(post[k].start)
        if ent is None:
            continue
        near = [x.low for x in post[max(j + 1, k - 2) : k]]
        placed = any(w in _PLACING for w in near)
        # « fait-on valoir à Matignon »; « à l'AFP » is whom « on » speaks to.
        seat = ent.canonical in SEATS_OF_POWER and any(w in ("à", "au") for w in near)
        if not (placed or seat) or ent.label not in ("PER", "ORG"):
            return None
        return _Speaker(ent.canonical, ent.label, ent.start)
    return None


_PLACING = frozenset(("chez", "de", "du", "des", "d'", "d’", "sein"))
"""Words that set « on » with someone: « chez X », « l'entourage de X », « au sein de X »."""


def _past_appositions(
    ctx: _Context, post: list[_Tok], comma: int, before: list[_Tok]
) -> int | None:
    """The closing comma of the appositions opening at ``comma`` inside an incise's
    subject: a name (``, Karine Jean-Pierre,``), which joins ``before``, or roles
    one after another ("X, 54, a manager from Leeds, said"); ``None`` if neither."""
    named = named_apposition(ctx, post, comma)
    if named is not None:
        before.extend(post[comma + 1 : named])
        return named
    skip = role_apposition(ctx, post, comma, before)
    while skip is not None and (more := role_apposition(ctx, post, skip, before)):
        skip = more
    return skip


def _subject_of_incise(ctx: _Context, before: list[_Tok], quote_start: int) -> _Speaker | None:
    """The subject written before the verb of an incise (``," the minister said``)."""
    subject = [b for b in before if b.low not in _SKIP_WORDS]
    shaped = _looks_like_subject(ctx, subject, before[0])
    if not shaped and _named_subject(ctx, subject) is None:
        return None  # ``chief executive Ingrid Solberg said``: a title, then the name, is one
    who = _resolve_tokens(ctx, subject, quote_start)
    # "a spokesman said": nobody named; "a spokesperson for the ministry": the body.
    indefinite = ctx.language == "en" and before[0].low in ("a", "an")
    if indefinite and who is not None and who.label == "NP" and who.name:
        return spokesperson_body(ctx, who)
    return who


def _incise_by_form(ctx: _Context, post: list[_Tok], i: int, quote_start: int) -> _Speaker | None:
    """« …, a attaqué Me X » / « …, a-t-il insisté » / « …, l'avait interpellée X »: an
    incise known by its form, an object pronoun before it."""
    if post[i].low in OBJECT_CLITICS and i + 1 < len(post):
        i += 1
    t = post[i]
    nxt = post[i + 1].low if i + 1 < len(post) else ""
    made = t.low.startswith("fait-") and nxt in _MADE_TO_SAY  # « fait-on valoir »
    if t.low in _CLAUSE_STOPS or not (made or by_form(t.text, nxt)):
        return None
    inv = split_inverted(t.text)
    if inv:
        return _incise_pronoun(ctx, post, i, inv[1])
    rest = post[i + 2 :]
    if infinitive_complement(post, i + 2):
        return None  # « a demandé à être reçu par … »: a complement, no incise
    if len(rest) > 1 and rest[0].low in ("par", "à") and rest[1].low.endswith(("er", "ir", "re")):
        rest = rest[2:]  # « a fini par lâcher X », « a tenu à rappeler X »
    return inverted_subject(ctx, rest, quote_start)


_MADE_TO_SAY = frozenset("savoir valoir remarquer observer".split())
"""« a fait savoir », « fait valoir », « fait remarquer »: *faire* leading a verb of saying."""


_ENDS_BY = frozenset("finit fini finissent finira finissait".split())


def _verb_filler(toks: list[_Tok], j: int, language: str) -> bool:
    """Words between an auxiliary and its verb that are not the subject: « a fait
    savoir » (*faire* leading a verb of saying), « finit par » before one, an adverb
    (« a sobrement résumé », "has firmly denied"; "a department spokesman" is none)."""
    t = toks[j]
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    if t.low in ("fait", "faire") and nxt in _MADE_TO_SAY:
        return True
    if (t.low in _ENDS_BY and nxt == "par") or (
        t.low == "par" and j and toks[j - 1].low in _ENDS_BY
    ):
        return True  # « finit par répondre l'accusé »: the infinitive is the incise's verb
    if j == 0 or toks[j - 1].low not in _AUX or not t.text.islower():
        return False
    return t.low.endswith("ly" if language == "en" else "ment") and len(t.low) > 5


def _looks_like_subject(ctx: _Context, toks: list[_Tok], lead: _Tok) -> bool:
    """A subject before an English-style incise: a pronoun, a name or a noun phrase.

    ``lead`` is the first word as written, before adverbs and articles were dropped
    (``a spokesperson for…``).
    """
    first = toks[0]
    if lead.low in ("a", "an") and ctx.language == "en" and len(toks) <= 8:
        return not any(t.low in _CONJUNCTIONS for t in toks)
    if len(toks) > 8 or any(t.low in _CONJUNCTIONS for t in toks):
        return False
    if first.low in _PREPOSITIONS and first.low not in ("a",):
        return False
    return (
        first.low in _SUBJECT_PRONOUNS
        or (first.low in ("it", "one") and ctx.language == "en")  # "it said", "one of X"
        or first.low in _DETERMINERS
        or ctx.entity_at(first.start) is not None
        or first.text[0].isupper()
    )
