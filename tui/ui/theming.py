"""Theme specs → Textual themes, our variables for every theme, and render styles.

The core validates YAML into :class:`~tui.core.themes.ThemeSpec`; this module turns
specs into :class:`textual.theme.Theme`, fills in newsreader's variables for themes
that lack them (Textual's built-in ones included) from their own colours, keeping
text legible on the theme background, and resolves the variables into the Rich
styles the article renderer uses.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from textual.color import Color
from textual.theme import Theme

from tui.core.themes import OUR_VARIABLES, ThemeSpec
from tui.ui.render import RenderTheme

#: Variables drawn as text colour (the others tint the background).
_FOREGROUND_ROLES = frozenset(
    {"entity-per", "entity-loc", "entity-org", "entity-misc", "quote", "quote-fragment"}
    | {"speaker", "furniture"}
)


def spec_to_theme(spec: ThemeSpec) -> Theme:
    """Build the Textual theme for a validated spec."""
    colors = dict(spec.colors)
    return Theme(
        name=spec.name,
        primary=colors["primary"],
        secondary=colors.get("secondary"),
        accent=colors.get("accent"),
        warning=colors.get("warning"),
        error=colors.get("error"),
        success=colors.get("success"),
        foreground=colors.get("foreground"),
        background=colors.get("background"),
        surface=colors.get("surface"),
        panel=colors.get("panel"),
        boost=colors.get("boost"),
        dark=spec.dark,
        variables=dict(spec.variables),
    )


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(color: Color, background: Color, minimum: float = 3.0) -> Color:
    """Darken (on light grounds) or lighten ``color`` until it reads on ``background``."""
    light_ground = _luminance(background) > 0.4
    for _ in range(20):
        if contrast(color, background) >= minimum:
            break
        color = color.darken(0.05) if light_ground else color.lighten(0.05)
    return color


def _opaque(value: str, background: Color) -> Color:
    color = Color.parse(value)
    return background.blend(color.with_alpha(1.0), color.a) if color.a < 1 else color


def derive_variables(generated: Mapping[str, str]) -> dict[str, str]:
    """Our variables from a theme's generated colour system, all as ``#rrggbb``.

    Hues come from the theme's own accents so built-in themes keep their character;
    text colours are nudged to a readable contrast, tints are blended into the ground.
    """
    background = Color.parse(generated["background"]).with_alpha(1.0)
    foreground = _opaque(generated.get("foreground", "#808080"), background)

    def pick(name: str) -> Color:
        return _opaque(generated.get(name, generated["primary"]), background)

    def text_color(name: str) -> str:
        return legible(pick(name), background).hex

    def tint(name: str, amount: float) -> str:
        return background.blend(pick(name), amount).hex

    return {
        "entity-per": text_color("primary"),
        "entity-loc": text_color("success"),
        "entity-org": text_color("warning"),
        "entity-misc": text_color("secondary"),
        "quote": text_color("accent"),
        "quote-fragment": legible(background.blend(pick("accent"), 0.75), background).hex,
        "speaker": text_color("primary"),
        "search-match": tint("warning", 0.55),
        "shared": tint("success", 0.3),
        "unique": tint("accent", 0.3),
        "furniture": legible(background.blend(foreground, 0.5), background, 2.2).hex,
    }


def complete_variables(generated: Mapping[str, str], theme_variables: Mapping[str, str]) -> dict:
    """Return our variables: the theme's own where given, derived ones elsewhere."""
    derived = derive_variables(generated)
    return {name: theme_variables.get(name, derived[name]) for name in OUR_VARIABLES}


def render_theme(variables: Mapping[str, str]) -> RenderTheme:
    """Resolve a full variable mapping (as the app computes it) into render styles."""
    background = Color.parse(variables.get("background", "#000000")).with_alpha(1.0)
    foreground = _opaque(variables.get("foreground", "#ffffff"), background)
    styles: dict[str, Style] = {}
    for name in OUR_VARIABLES:
        value = variables.get(name)
        if value is None:
            continue
        color = _opaque(value, background)
        if name in _FOREGROUND_ROLES:
            styles[name] = Style(color=color.hex)
        else:
            ink = color.get_contrast_text(1.0)
            styles[name] = Style(bgcolor=color.hex, color=ink.hex)
    for name in ("speaker",):
        styles[name] = styles.get(name, Style()) + Style(bold=True)
    for name in ("quote", "quote-fragment"):
        styles[name] = styles.get(name, Style()) + Style(italic=True)
    for name in ("entity-per", "entity-loc", "entity-org", "entity-misc"):
        styles[name] = styles.get(name, Style()) + Style(bold=True)
    match = styles.get("search-match", Style(reverse=True))
    styles["search-current"] = Style(
        bgcolor=foreground.hex, color=background.hex, bold=True, underline=True
    )
    styles["search-match"] = match
    return RenderTheme(styles=styles, base=Style(color=foreground.hex))
