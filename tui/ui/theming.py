"""Theme specs → Textual themes, our variables for every theme, and render styles.

The core validates YAML into :class:`~tui.core.themes.ThemeSpec`; this module turns
specs into :class:`textual.theme.Theme`, fills in newsreader's variables for themes
that lack them (Textual's built-in ones included) from their own colours, keeping
text legible on the theme background, and resolves the variables into the Rich
styles the article renderer uses.

ANSI themes (Textual's ``ansi-dark`` and ``ansi-light``) name terminal palette slots
(``ansi_green``), which have no RGB value to blend or measure: their variables are
palette slots too, and styles carry Rich's own palette colours. :func:`theme_problem`
tries everything a theme must survive (colour system, our variables, styles, the CSS
variables) before the app switches to it, so a bad theme is refused, not fatal.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from rich.style import Style
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from textual.theme import BUILTIN_THEMES, Theme

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
    for _ in range(40):
        if contrast(color, background) >= minimum:
            break
        color = color.darken(0.05) if light_ground else color.lighten(0.05)
    return color


def _opaque(value: str, background: Color) -> Color:
    color = Color.parse(value)
    if color.ansi is not None or background.ansi is not None:
        return color  # palette slots: the terminal decides the RGB, nothing to blend
    return background.blend(color.with_alpha(1.0), color.a) if color.a < 1 else color


#: Text roles meet WCAG AA (4.5:1) on the theme background when derived.
_TEXT_CONTRAST = 4.5

#: Our variables for ANSI themes: palette slots, or the theme's own colour named.
_ANSI_VARIABLES: Mapping[str, str] = {
    "entity-per": "primary",
    "entity-loc": "success",
    "entity-org": "warning",
    "entity-misc": "secondary",
    "quote": "ansi_magenta",
    "quote-fragment": "ansi_magenta",
    "speaker": "primary",
    "search-match": "ansi_yellow",
    "shared": "ansi_green",
    "unique": "ansi_red",
    "furniture": "ansi_bright_black",
}


def _ansi_variables(generated: Mapping[str, str]) -> dict[str, str]:
    return {name: generated.get(value, value) for name, value in _ANSI_VARIABLES.items()}


def derive_variables(generated: Mapping[str, str]) -> dict[str, str]:
    """Our variables from a theme's generated colour system, all as ``#rrggbb``.

    Hues come from the theme's own accents so built-in themes keep their character;
    text colours are nudged to a readable contrast, tints are blended into the ground.
    An ANSI theme gets palette slots instead (see the module docstring).
    """
    background = Color.parse(generated["background"])
    if background.ansi is not None:
        return _ansi_variables(generated)
    background = background.with_alpha(1.0)
    foreground = _opaque(generated.get("foreground", "#808080"), background)

    def pick(name: str) -> Color:
        return _opaque(generated.get(name, generated["primary"]), background)

    def text_color(name: str) -> str:
        return legible(pick(name), background, _TEXT_CONTRAST).hex

    def tint(name: str, amount: float) -> str:
        return background.blend(pick(name), amount).hex

    fragment = background.blend(pick("accent"), 0.75)
    return {
        "entity-per": text_color("primary"),
        "entity-loc": text_color("success"),
        "entity-org": text_color("warning"),
        "entity-misc": text_color("secondary"),
        "quote": text_color("accent"),
        "quote-fragment": legible(fragment, background, _TEXT_CONTRAST).hex,
        "speaker": text_color("primary"),
        "search-match": tint("warning", 0.55),
        "shared": tint("success", 0.3),
        "unique": tint("accent", 0.3),
        "furniture": legible(background.blend(foreground, 0.6), background, _TEXT_CONTRAST).hex,
    }


def complete_variables(generated: Mapping[str, str], theme_variables: Mapping[str, str]) -> dict:
    """Return our variables: the theme's own where given, derived ones elsewhere."""
    derived = derive_variables(generated)
    return {name: theme_variables.get(name, derived[name]) for name in OUR_VARIABLES}


def _ink(ground: Color) -> Color:
    """Black or white text, whichever reads better on ``ground``."""
    if ground.ansi is not None:
        dark = ground.brightness >= 0.5
        return Color.parse("ansi_black" if dark else "ansi_bright_white")
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return black if contrast(black, ground) >= contrast(white, ground) else white


def render_theme(variables: Mapping[str, str]) -> RenderTheme:
    """Resolve a full variable mapping (as the app computes it) into render styles.

    Colours go to Rich as colour objects, never strings, so a palette slot
    (``ansi_green``) stays a palette colour.
    """
    background = Color.parse(variables.get("background", "#000000"))
    ansi = background.ansi is not None
    if not ansi:
        background = background.with_alpha(1.0)
    foreground = _opaque(variables.get("foreground", "#ffffff"), background)
    styles: dict[str, Style] = {}
    for name in OUR_VARIABLES:
        value = variables.get(name)
        if value is None:
            continue
        color = _opaque(value, background)
        if name in _FOREGROUND_ROLES:
            styles[name] = Style(color=color.rich_color)
        else:
            styles[name] = Style(bgcolor=color.rich_color, color=_ink(color).rich_color)
    for name in ("speaker",):
        styles[name] = styles.get(name, Style()) + Style(bold=True)
    for name in ("quote", "quote-fragment"):
        styles[name] = styles.get(name, Style()) + Style(italic=True)
    for name in ("entity-per", "entity-loc", "entity-org", "entity-misc"):
        styles[name] = styles.get(name, Style()) + Style(bold=True)
    match = styles.get("search-match", Style(reverse=True))
    if ansi:  # the terminal's own colours: swap them rather than guess their values
        current = Style(reverse=True, bold=True, underline=True)
    else:
        current = Style(
            bgcolor=foreground.rich_color, color=background.rich_color, bold=True, underline=True
        )
    styles["search-current"] = current
    styles["search-match"] = match
    return RenderTheme(styles=styles, base=Style(color=foreground.rich_color))


def theme_css_variables(theme: Theme, defaults: Mapping[str, str]) -> dict[str, str]:
    """Every CSS variable ``theme`` yields, as the app computes them, ours included."""
    variables = {**defaults, **theme.to_color_system().generate(), **theme.variables}
    variables.update(complete_variables(variables, theme.variables))
    return variables


@lru_cache(maxsize=1)
def _textual_defaults() -> dict[str, str]:
    """The variables Textual generates, to know how its CSS uses each one."""
    return BUILTIN_THEMES["textual-dark"].to_color_system().generate()


def _probe_rule(name: str) -> str | None:
    """A declaration using ``$name`` the way the app's CSS does, or ``None`` if unused."""
    default = _textual_defaults().get(name)
    if name.endswith("style") and default is not None:
        return f"text-style: ${name};"
    if default is not None and default.startswith("auto"):
        return f"color: ${name};"
    if default is not None or name in OUR_VARIABLES:
        return f"background: ${name};"
    return None


def _css_accepts(variables: Mapping[str, str], names: list[str]) -> bool:
    rules = " ".join(rule for name in names if (rule := _probe_rule(name)) is not None)
    sheet = Stylesheet(variables=dict(variables))
    sheet.add_source(f"Screen {{ {rules} }}", read_from=("theme", "variables"))
    try:
        sheet.parse()
    except Exception:  # Textual raises tokenizer and parse errors of several kinds
        return False
    return True


def _css_problem(variables: Mapping[str, str], chosen: Mapping[str, str]) -> str | None:
    """Why the stylesheet would reject these variables, naming the first bad one."""
    # Textual generates the other variables from colours it has already parsed.
    names = sorted(set(chosen) | set(OUR_VARIABLES))
    if _css_accepts({name: variables[name] for name in names}, names):
        return None
    for name in names:
        if not _css_accepts({name: variables[name]}, [name]):
            return f"variable {name!r} has a value the stylesheet rejects: {variables[name]!r}"
    return "its variables make the stylesheet invalid"


def theme_problem(theme: Theme, defaults: Mapping[str, str]) -> str | None:
    """Why ``theme`` cannot be drawn (one line), or ``None`` when it can.

    Builds what switching to it builds: Textual's colour system, our variables, the
    render styles and the CSS variables, catching whatever Textual or Rich raise.
    """
    try:
        variables = theme_css_variables(theme, defaults)
        render_theme(variables)
    except Exception as error:  # a theme from a user file may break any of these steps
        return str(error).splitlines()[0] if str(error) else error.__class__.__name__
    return _css_problem(variables, theme.variables)
