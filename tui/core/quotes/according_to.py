"""« selon X », "according to X", « d'après lui », and « une étude … selon laquelle ».

The source a sentence credits with the words it quotes: the name or description after
« selon » / "according to", a pronoun after it (« selon lui »), a bare noun the text
names a body with (« selon la police »), or, after « selon laquelle » / « selon
lequel », the document or person the relative pronoun stands for (« citant une étude
du bureau X selon laquelle … »: the bureau).
"""

from __future__ import annotations

from tui.core.quotes.constraints import noun_kind
from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.in_words import in_own_words
from tui.core.quotes.inverted import noun_phrase_after
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _DETERMINERS, _OF, _SELON, _SELON_PRONOUNS

_RELATIVES = frozenset(("lequel", "laquelle", "lesquels", "lesquelles"))
_ANTECEDENT_REACH = 12
"""How many words before « selon laquelle » its antecedent may open."""


def according_source(
    ctx: _Context, toks: list[_Tok], bounds: tuple[int, int], start: int
) -> _Speaker | None:
    """The source the sentence of the quotation at ``start`` credits (its name ``None``
    when the text does not name it), or ``None`` when the sentence credits none."""
    s_start, s_end = bounds
    for m in _SELON.finditer(ctx.text[s_start:s_end]):
        at = s_start + m.end()
        if ctx.in_quote(at):
            continue
        after = [t for t in toks if t.start >= at]
        who: _Speaker | None
        if after and after[0].low in _RELATIVES:
            who = _antecedent(ctx, [t for t in toks if t.end <= at], start)
        elif after and after[0].low in _SELON_PRONOUNS:
            who = _pronoun(ctx, _SELON_PRONOUNS[after[0].low], after[0].start)
        else:
            who = noun_phrase_after(ctx, _past_words_of(after), start)
            who = _apposed_body(ctx, after, who) if who and who.label == "NP" else who
        if who:
            return who
        if after and after[0].text.islower() and after[0].text.isalpha():
            # ``according to police``: a bare noun, the body it names if the text gives one.
            body = ctx.named_body(after[0].low, after[0].start)
            if body is not None:
                return _Speaker(body.canonical, body.label, at)
            return _Speaker(None, "NP", at)  # a source the text does not name
    own = in_own_words(ctx, toks, bounds, start)  # "in the pastor's words, '…'"
    return own if own and own.name else None


_WORDS_OF = frozenset("expression mots termes formule propos words phrase".split())


def _past_words_of(after: list[_Tok]) -> list[_Tok]:
    """The source past « l'expression de », « les mots du », "the words of": the one
    whose words they are (« selon l'expression de l'agence régionale de santé »)."""
    i = 1 if after and after[0].low in ("l'", "l’", "la", "le", "les", "the") else 0
    if len(after) > i + 2 and after[i].low in _WORDS_OF and after[i + 1].low in _OF:
        return after[i + 2 :]
    return after


def relative_source(ctx: _Context, pre: list[_Tok], start: int) -> _Speaker | None:
    """The antecedent of « selon laquelle » or « pour qui » when the words quoted after
    it are that source's (no verb of saying between them hands them to someone else)."""
    at = next(
        (
            i
            for i in range(len(pre) - 2, -1, -1)
            if (pre[i].low == "selon" and pre[i + 1].low in _RELATIVES)
            or (pre[i].low == "pour" and pre[i + 1].low == "qui")  # « X, pour qui … »
        ),
        None,
    )
    if at is None or any(is_speech_verb(t.text, ctx.language) for t in pre[at + 2 :]):
        return None
    who = _antecedent(ctx, pre[: at + 1], start)
    return who if who.name else None


def set_off_source(ctx: _Context, pre: list[_Tok], start: int) -> _Speaker | None:
    """« Le prix devrait lui assurer, d'après X, « … » »: a source set off by commas
    right before the quotation credits it, whatever verb its sentence has."""
    if len(pre) < 4 or pre[-1].text != ",":
        return None
    comma = next((i for i in range(len(pre) - 2, -1, -1) if pre[i].text == ","), None)
    found = _SELON.match(ctx.text, pre[comma + 1].start) if comma is not None else None
    if found is None:
        return None
    after = [t for t in pre[:-1] if t.start >= found.end()]
    if len(after) == 1 and after[0].low in _SELON_PRONOUNS:
        return _pronoun(ctx, _SELON_PRONOUNS[after[0].low], after[0].start)
    who = noun_phrase_after(ctx, after, start) if after else None
    return who if who is not None and who.label in ("PER", "ORG") else None


def _antecedent(ctx: _Context, before: list[_Tok], start: int) -> _Speaker:
    """What « selon laquelle » or « pour qui » stands for: the noun phrase right before
    it, a comma between allowed (« une étude du bureau X »), read as a subject is."""
    before = before[:-1]  # « selon » itself
    if before and before[-1].text == ",":
        before = before[:-1]  # « une porte-parole de X, pour qui … »
    for i in range(len(before) - 1, max(-1, len(before) - _ANTECEDENT_REACH - 1), -1):
        governed = i > 0 and before[i - 1].low in _OF  # « de la Cour »: inside the phrase
        if before[i].low in _DETERMINERS and before[i].low != "des" and not governed:
            return noun_phrase_after(ctx, before[i:], start) or _Speaker(None, "NP", start)
        if not before[i].text[:1].isalpha():
            break
    return _Speaker(None, "NP", start)


_APPOSITION_REACH = 6
"""Words of the description after « selon » before the comma that sets off a name."""
_ADJECTIVES_BEFORE_NAME = 3
"""Words between the apposed company noun and its name (« la société norvégienne X »)."""


def _apposed_body(ctx: _Context, after: list[_Tok], described: _Speaker) -> _Speaker:
    """The company ``described``, the description after « selon », is set off with,
    else the description (« selon l'armateur, la société norvégienne X »: X)."""
    comma = next((i for i, t in enumerate(after[:_APPOSITION_REACH]) if t.text == ","), None)
    if comma is None or comma + 3 >= len(after) or after[comma + 1].low not in _DETERMINERS:
        return described
    if noun_kind(after[comma + 2].text) != "body":
        return described
    for t in after[comma + 3 : comma + 3 + _ADJECTIVES_BEFORE_NAME]:
        body = ctx.entity_at(t.start)
        if body is not None and body.label == "ORG":
            return _Speaker(body.canonical, body.label, t.start)
        if body is not None:
            break  # « la société de Jean X »: a person, not the company's name
    return described
