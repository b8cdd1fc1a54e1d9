"""Themes: bundled specs, switching, persistence, bad files and unknown names."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tui.core.colors import MAX_COLOR_LENGTH
from tui.core.settings import Settings, load_settings, save_settings
from tui.core.themes import OUR_VARIABLES, ThemeError, is_color, load_themes, parse_theme
from tui.paths import bundled_themes_dir

GOOD = {
    "name": "mine",
    "dark": False,
    "colors": {
        key: "#336699"
        for key in (
            "primary secondary accent background surface panel foreground warning error success"
        ).split()
    },
}


def test_bundled_themes_load_with_all_our_variables():
    loaded = load_themes([bundled_themes_dir()])
    assert loaded.failures == []
    assert {"newsprint", "inkwell", "high-contrast", "okabe-ito"} <= set(loaded.specs)
    assert loaded.specs["newsprint"].dark is False
    for spec in loaded.specs.values():
        assert set(OUR_VARIABLES) <= set(spec.variables)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"colors": {"primary": "#123456"}}, "missing colours"),
        ({"colors": {**GOOD["colors"], "primary": "blue-ish"}}, "'primary'"),
        ({"variables": {"entity-per": "#12"}}, "'entity-per'"),
        ({"name": "Bad Name"}, "'name'"),
        ({"dark": "yes"}, "'dark'"),
    ],
)
def test_invalid_specs_are_rejected_with_a_reason(change, problem):
    with pytest.raises(ThemeError, match=problem):
        parse_theme({**GOOD, **change})


def test_loader_collects_failures_and_keeps_going(tmp_path: Path):
    (tmp_path / "good.yaml").write_text(yaml.safe_dump(GOOD))
    (tmp_path / "broken.yaml").write_text("name: x\ncolors: [unclosed\n")
    loaded = load_themes([tmp_path, tmp_path / "missing"])
    assert set(loaded.specs) == {"mine"}
    [(path, reason)] = loaded.failures
    assert path.endswith("broken.yaml") and "invalid YAML" in reason


def test_settings_round_trip_keeps_unknown_keys(tmp_path: Path):
    path = tmp_path / "deep" / "config.yaml"
    save_settings(Settings(theme="inkwell", extra={"future": [1, 2]}), path)
    settings, problem = load_settings(path)
    assert problem is None
    assert settings.theme == "inkwell" and settings.extra == {"future": [1, 2]}
    assert [p.name for p in path.parent.iterdir()] == ["config.yaml"]


def test_broken_settings_give_defaults_and_a_message(tmp_path: Path):
    path = tmp_path / "config.yaml"
    path.write_text("theme: [oops\n")
    settings, problem = load_settings(path)
    assert settings.theme is None and "invalid YAML" in problem
    path.write_text("!!python/object/apply:os.system ['true']\n")
    settings, problem = load_settings(path)
    assert settings.theme is None and problem


async def test_default_theme_is_newsprint_with_our_variables(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)):
        assert app.theme == "newsprint"
        for name in OUR_VARIABLES:
            assert app.theme_variables[name] == app.current_theme.variables[name]


@pytest.mark.parametrize("builtin", ["textual-light", "nord", "gruvbox", "textual-dark"])
async def test_builtin_themes_get_derived_variables(make_app, seeds_report, builtin):
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = builtin
        await pilot.pause()
        for name in OUR_VARIABLES:
            assert app.theme_variables[name].startswith("#")
        styles = app.render_theme().styles
        assert styles["entity-per"].color is not None
        assert styles["search-match"].bgcolor is not None


async def test_theme_switch_persists_and_is_restored(make_app, seeds_report, tmp_path):
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "okabe-ito"
        await pilot.pause()
    saved, _ = load_settings(tmp_path / "config" / "config.yaml")
    assert saved.theme == "okabe-ito"
    again = make_app(seeds_report)
    async with again.run_test(size=(100, 30)):
        assert again.theme == "okabe-ito"


async def test_theme_switch_from_the_command_palette(make_app, seeds_report, tmp_path, settle):
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"theme")
        await settle(pilot)  # the palette's search is a worker
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"inkwell")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == "inkwell"
    saved, _ = load_settings(tmp_path / "config" / "config.yaml")
    assert saved.theme == "inkwell"


async def test_bad_theme_file_warns_and_starts_with_default(
    make_app, seeds_report, user_themes, notices
):
    (user_themes / "broken.yaml").write_text("name: broken\ncolors:\n  primary: nope\n")
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)):
        assert app.theme == "newsprint"
        assert any("broken.yaml" in m and "missing colours" in m for m in notices.messages())


async def test_user_theme_is_available(make_app, seeds_report, user_themes):
    (user_themes / "mine.yaml").write_text(yaml.safe_dump(GOOD))
    app = make_app(seeds_report, theme="mine")
    async with app.run_test(size=(100, 30)):
        assert app.theme == "mine"
        assert app.theme_variables["furniture"].startswith("#")


async def test_unknown_theme_name_warns_and_uses_default(make_app, seeds_report, notices):
    app = make_app(seeds_report, theme="no-such-theme")
    async with app.run_test(size=(100, 30)):
        assert app.theme == "newsprint"
        assert notices.mention("no-such-theme")


def _textual_accepts(value: str) -> bool:
    from textual.color import Color

    try:
        Color.parse(value)
    except Exception:  # ColorParseError, and OverflowError/ValueError on huge numbers
        return False
    return True


@st.composite
def _numbers(draw: st.DrawFn) -> str:
    text = str(draw(st.integers(-999, 99999)))
    text += draw(st.sampled_from(["", "", ".", ".5", ".25"]))
    return text + draw(st.sampled_from(["", "%"]))


_NUMBER = _numbers() | st.sampled_from(["9" * 30, "-0.", "1.5%", "+1", "1e3"])
_SPACE = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def _functional_colours(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(["rgb", "rgba", "hsl", "hsla", "rgbx", "RGB"]))
    numbers = draw(st.lists(_NUMBER, min_size=2, max_size=5))
    joined = ",".join(draw(_SPACE) + number + draw(_SPACE) for number in numbers)
    return f"{name}({draw(_SPACE)}{joined}{draw(_SPACE)})"


@given(_functional_colours() | st.text("0123456789abcdefABCDEFg", max_size=9).map("#".__add__))
@settings(max_examples=150, deadline=None)
def test_core_colour_check_agrees_with_textual_on_its_grammar(value: str) -> None:
    # Past MAX_COLOR_LENGTH the core refuses on length alone (Textual's own pattern takes
    # cubic time on long digit runs), so only shorter values must agree.
    assume(len(value) <= MAX_COLOR_LENGTH)
    assert is_color(value) == _textual_accepts(value), value


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
@settings(max_examples=150, deadline=None)
def test_core_never_accepts_a_colour_textual_refuses(value: str) -> None:
    if is_color(value):
        assert _textual_accepts(value.strip()), value


@pytest.mark.parametrize(
    ("colours", "variables"),
    [
        ({"primary": "rgb(1%,2%,3%)"}, {}),
        ({"accent": "hsl(1,2,3)"}, {}),
        ({"surface": "rgba(1,2,3)"}, {}),
        ({}, {"entity-per": "rgb(1%,2%,3%)"}),
        ({}, {"scrollbar": "nope nope"}),
    ],
)
async def test_a_theme_textual_would_refuse_is_named_and_skipped(
    make_app, seeds_report, user_themes, notices, colours, variables
):
    spec = yaml.safe_load((bundled_themes_dir() / "inkwell.yaml").read_text(encoding="utf-8"))
    spec.update(name="odd")
    spec["colors"].update(colours)
    spec["variables"].update(variables)
    (user_themes / "odd.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    app = make_app(seeds_report, theme="odd")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "newsprint"
        assert notices.mention("odd")


async def test_a_broken_config_is_kept_until_the_user_chooses_a_theme(
    make_app, seeds_report, tmp_path, notices
):
    config = tmp_path / "config" / "config.yaml"
    config.parent.mkdir()
    text = "theme: inkwell\ncreated: 2024-13-45\n"
    config.write_text(text, encoding="utf-8")
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "newsprint"
        assert notices.mention("config.yaml")
        assert config.read_text(encoding="utf-8") == text
        app.theme = "okabe-ito"
        await pilot.pause()
        assert notices.mention("config.yaml.broken")
    assert (config.parent / "config.yaml.broken").read_text(encoding="utf-8") == text
    assert load_settings(config)[0].theme == "okabe-ito"


@pytest.mark.parametrize("name", ["newsprint", "inkwell", "high-contrast", "okabe-ito"])
async def test_the_contrast_model_matches_what_the_reader_draws(make_app, seeds_report, name):
    """tests/core/test_theme_contrast.py reads colours from the theme files and dims
    them by 0.66: the reader must draw exactly those colours, dimmed that way."""
    from textual.constants import DIM_FACTOR

    assert pytest.approx(0.66) == DIM_FACTOR
    spec = load_themes([bundled_themes_dir()]).specs[name]
    app = make_app(seeds_report, theme=name)
    async with app.run_test(size=(100, 30)):
        styles = app.render_theme().styles
        assert app.theme_variables["text-muted"] == spec.variables["text-muted"]
    for role in OUR_VARIABLES:
        style = styles[role]
        drawn = style.color if style.bgcolor is None else style.bgcolor
        assert drawn.triplet.hex.lower() == spec.variables[role].lower(), role
