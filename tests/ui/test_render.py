"""The renderer and the wrapper, with hand-built spans and texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.style import Style

from tui.ui.find_in_article import find_matches, fold_text
from tui.ui.render import RenderTheme, StyledSpan, plain, render_text, sanitize
from tui.ui.wrap import wrap_offsets

THEME = RenderTheme(styles={"entity-per": Style(bold=True), "quote": Style(italic=True)})


def test_sanitize_makes_controls_visible_one_for_one():
    raw = "a\x1b[31mb\x00\x7f\x9b\u202e\tc\n"
    shown = sanitize(raw)
    assert shown == "a␛[31mb␀␡\ufffd\ufffd c\n"
    assert len(shown) == len(raw)


def test_render_text_styles_spans_and_keeps_markup_literal():
    text = "[bold]Kim[/bold] a dit « oui »."
    spans = [StyledSpan(6, 9, "entity-per"), StyledSpan(22, 25, "quote")]
    rendered = render_text(text, spans, THEME)
    assert rendered.plain == text
    styled = {(s.start, s.end): s.style for s in rendered.spans}
    assert styled[(6, 9)] == Style(bold=True)
    assert styled[(22, 25)] == Style(italic=True)


def test_render_text_clips_spans_to_the_slice():
    text = "0123456789"
    rendered = render_text(text, [StyledSpan(2, 8, "quote")], THEME, start=5, end=10)
    assert rendered.plain == "56789"
    assert [(s.start, s.end) for s in rendered.spans if s.style == Style(italic=True)] == [(0, 3)]


def test_a_line_without_highlights_keeps_the_theme_background():
    from rich.console import Console

    theme = RenderTheme(base=Style(color="black", bgcolor="white"), styles={})
    segments = list(render_text("plain words", [], theme).render(Console()))
    assert segments
    assert all(seg.style is not None and seg.style.bgcolor is not None for seg in segments)


def test_plain_flattens_newlines():
    assert plain("a\nb\x1b").plain == "a b␛"


def test_wrap_respects_cell_widths():
    text = "漢字" * 10 + " ok"
    for start, end in wrap_offsets(text, 0, len(text), 7):
        assert cell_len(text[start:end]) <= 7


@given(st.text(alphabet=st.sampled_from("ab 漢🎉\u00e9"), max_size=80), st.integers(1, 30))
def test_wrap_covers_every_non_space_char_in_order(text, width):
    lines = wrap_offsets(text, 0, len(text), width)
    joined = "".join(text[s:e] for s, e in lines)
    assert joined.replace(" ", "") == text.replace(" ", "")
    assert all(cell_len(text[s:e]) <= max(width, 2) for s, e in lines)
    starts = [s for s, _ in lines]
    assert starts == sorted(starts)


def test_find_matches_folds_accents_and_case():
    text = "Sergueï Choïgou et CHOIGOU" + " x" * 6000
    assert find_matches(text, "choigou") == [(8, 15), (19, 26)]
    assert fold_text(text) == fold_text(text[:100]) + fold_text(text[100:])
    assert find_matches(text, "   ") == []
