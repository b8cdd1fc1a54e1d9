"""Every text style of every bundled theme reaches WCAG AA (4.5:1) where it is drawn.

The ratios are computed from the theme files alone. Which colour is drawn on which
ground comes from the UI code, summarised here:

- article pane (``$background``): body text, entity, quote and furniture colours
  (``ui/render.py``), the header's and panels' ``dim`` text, the legend
  (``$text-muted``, with ``dim`` parts and a dimmed ``— speaker``);
- speaker notes after a quote (``ui/widgets/article_body.py``): the ``speaker`` colour
  for speech and ``quote-fragment`` for "(fragment)" labels, both dimmed;
- sidebar and side panels (``$surface``): titles in ``$foreground`` (unread ones in
  ``$accent``), ``dim`` details, ``$primary`` headings, entity, quote and speaker
  colours in the panels;
- find bar (``$panel``): its label in ``$text-muted``;
- tints (``search-match``, ``shared``, ``unique``): black or white ink, whichever
  reads better (``ui/theming.py``); the current match swaps ground and text.

Textual draws ``dim`` text by blending its colour towards the ground by
:data:`DIM_FACTOR` (``textual.constants.DIM_FACTOR``, checked in the UI tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.core.colors import AA_TEXT, blend, contrast_ratio, hex_rgb
from tui.core.themes import load_themes
from tui.paths import bundled_themes_dir

#: How Textual dims text: this share of the colour over the ground.
DIM_FACTOR = 0.66

BLACK, WHITE = (0, 0, 0), (255, 255, 255)

ENTITY_ROLES = ("entity-per", "entity-loc", "entity-org", "entity-misc")
QUOTE_ROLES = ("quote", "quote-fragment", "speaker")


def _themes() -> dict[str, dict[str, str]]:
    loaded = load_themes([bundled_themes_dir()])
    assert loaded.failures == []
    return {name: {**spec.colors, **spec.variables} for name, spec in loaded.specs.items()}


THEMES = _themes()


def _dim(ink: tuple[int, int, int], ground: tuple[int, int, int]) -> tuple[int, int, int]:
    return blend(ground, ink, DIM_FACTOR)


def drawn_pairs(palette: dict[str, str]) -> Iterator[tuple[str, tuple, tuple]]:
    """(what, text colour, ground) for every text style the reader draws."""
    c = {name: hex_rgb(value) for name, value in palette.items() if value.startswith("#")}
    background, surface, panel = c["background"], c["surface"], c["panel"]
    foreground, muted = c["foreground"], c["text-muted"]
    yield "body text", foreground, background
    yield "sidebar text", foreground, surface
    yield "dim text", _dim(foreground, background), background
    yield "dim sidebar text", _dim(foreground, surface), surface
    yield "legend", muted, background
    yield "dim legend", _dim(muted, background), background
    yield "find bar label", muted, panel
    yield "sidebar heading", c["primary"], surface
    yield "comparison heading", c["primary"], background
    yield "unread title", c["accent"], surface
    yield "furniture", c["furniture"], background
    for role in ENTITY_ROLES + QUOTE_ROLES:
        yield role, c[role], background
        yield f"{role} in a panel", c[role], surface
    yield "speaker note", _dim(c["speaker"], background), background
    yield "(fragment) note", _dim(c["quote-fragment"], background), background
    for tint in ("search-match", "shared", "unique"):
        ground = c[tint]
        ink = max((BLACK, WHITE), key=lambda i, g=ground: contrast_ratio(i, g))
        yield f"text on {tint}", ink, ground
    yield "current match", background, foreground


CASES = [
    pytest.param(name, what, ink, ground, id=f"{name}: {what}")
    for name, palette in THEMES.items()
    for what, ink, ground in drawn_pairs(palette)
]


def test_the_four_bundled_themes_are_checked() -> None:
    assert {"newsprint", "inkwell", "high-contrast", "okabe-ito"} <= set(THEMES)
    assert len(CASES) >= 4 * 30


@pytest.mark.parametrize(("theme", "what", "ink", "ground"), CASES)
def test_text_reaches_wcag_aa(theme: str, what: str, ink: tuple, ground: tuple) -> None:
    ratio = contrast_ratio(ink, ground)
    assert ratio >= AA_TEXT, f"{theme}: {what} is {ratio:.2f}:1"


def test_dimming_a_colour_lowers_its_contrast() -> None:
    """The model of dim text is not a no-op: a dimmed grey loses contrast."""
    ground = hex_rgb("#f4f1ea")
    grey = hex_rgb("#5f5a52")
    assert contrast_ratio(_dim(grey, ground), ground) < contrast_ratio(grey, ground) - 1


def test_theme_files_are_where_the_checks_read_them() -> None:
    assert all(Path(bundled_themes_dir(), f"{name}.yaml").is_file() for name in THEMES)
