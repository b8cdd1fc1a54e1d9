"""The labels read a quotation's sentence once, and read the same words as before.

Label detection used to tokenise the host sentence on each side of the marks, then the
cues tokenised the whole sentence again. Both now share one reading; the words on
either side, cut from it, must be exactly those each side read alone gives.
"""

from __future__ import annotations

import random

from tui.core.quotes.context import _Context, _Tok
from tui.core.quotes.cues import _attribute
from tui.core.quotes.host_sentence import _sentence_bounds, host_tokens
from tui.core.quotes.label_site import clean_cut, sides
from tui.core.quotes.labels import label_reason
from tui.core.quotes.marks import quote_units

_PIECES = (
    "«", "»", " « ", " » ", '"', "“", "”", "'", "’", "‘", "``", "''", "l'", "d’", " ",
    "\u00a0", "\u202f", "M.", " Dr ", "Mme", ".", ",", " a dit ", " il ", "Paul", "Durand",
    "\n", "aujourd'hui", "(", ")", ":", "-", "!", "?", " X. ",
)  # fmt: skip


def _words(toks: list[_Tok]) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.low) for t in toks]


def _each_side_alone(ctx: _Context, k: int) -> tuple[list[_Tok], list[_Tok]]:
    """The former reading: each side of the marks tokenised on its own."""
    open_mark, _, _, close_mark = ctx.spans[k]
    s_start, s_end = _sentence_bounds(ctx, open_mark, close_mark)
    return ctx.tokens_between(s_start, open_mark), ctx.tokens_between(close_mark + 1, s_end)


def test_sides_are_the_words_each_side_alone_gives() -> None:
    rng = random.Random(11)
    checked = cut = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(3, 40)))
        spans = quote_units(text)
        if not spans:
            continue
        ctx = _Context(text, [], spans, rng.choice(("fr", "en")))
        for k in range(len(spans)):
            before, after = sides(ctx, k)
            alone = _each_side_alone(ctx, k)
            assert (_words(before), _words(after)) == tuple(map(_words, alone)), (text, k)
            checked += 1
            cut += clean_cut(ctx, k)
    assert checked > 1000 and cut > checked // 2  # most are cut, some read alone


def _counting(ctx: _Context) -> list[tuple[int, int]]:
    """Record every range ``ctx`` tokenises from now on."""
    calls: list[tuple[int, int]] = []
    read = ctx.tokens_between

    def spy(start: int, end: int) -> list[_Tok]:
        calls.append((start, end))
        return read(start, end)

    ctx.tokens_between = spy  # type: ignore[method-assign]
    return calls


def test_labels_and_cues_tokenise_the_host_sentence_once() -> None:
    text = (
        "La ministre a présenté mardi le plan « Bouclier » devant les députés. "
        "« Nous tiendrons bon », a déclaré Claire Morel."
    )
    spans = quote_units(text)
    ctx = _Context(text, [], spans, "fr")
    calls = _counting(ctx)
    for k, (open_mark, _, _, close_mark) in enumerate(spans):
        sentence = _sentence_bounds(ctx, open_mark, close_mark)
        label_reason(ctx, k)
        _attribute(ctx, k)
        assert calls.count(sentence) == 1
        assert not [c for c in calls if c[0] == sentence[0] and c[1] == open_mark]
        assert not [c for c in calls if c == (close_mark + 1, sentence[1])]
    assert label_reason(ctx, 0) == "work"
    assert host_tokens(ctx, 1) is host_tokens(ctx, 1)


def test_a_two_character_mark_reads_each_side_alone() -> None:
    """``''…''`` marks leave a quote character between the cut and the words: the
    sides are then read on their own, and still match."""
    text = "The group called it ''a sham'' on Monday. He left."
    spans = quote_units(text)
    ctx = _Context(text, [], spans, "en")
    before, after = sides(ctx, 0)
    assert (_words(before), _words(after)) == tuple(map(_words, _each_side_alone(ctx, 0)))
    assert [t.text for t in after] == ["on", "Monday", "."]
