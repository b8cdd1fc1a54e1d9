"""Theme files and config.yaml from users' hands: bad YAML values never crash anything.

PyYAML's safe loader builds dates, integers and timestamps itself, and a value it
cannot build raises a plain Python error (``ValueError``, ``AttributeError``…). Each
such file is reported by name with a reason; the others load; the user's config file
is never written over.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tui.core.colors import blend, contrast_ratio, hex_rgb, is_color
from tui.core.settings import Settings, load_settings, save_settings
from tui.core.themes import load_themes
from tui.core.yamlfile import YamlProblem, load_yaml
from tui.paths import bundled_themes_dir

#: Lines PyYAML parses but cannot build values from.
UNBUILDABLE = [
    "created: 2024-13-45",
    "x: !!int 'abc'",
    "x: !!float abc",
    "x: !!timestamp 'nope'",
    "x: !!bool maybe",
    "x: 2024-02-30 12:00:00",
    "x: " + "[" * 3000 + "]" * 3000,
]


@pytest.mark.parametrize("line", UNBUILDABLE)
def test_unbuildable_values_are_one_clear_problem(line: str) -> None:
    with pytest.raises(YamlProblem) as caught:
        load_yaml(line + "\n")
    assert "\n" not in str(caught.value) and str(caught.value)


@pytest.mark.parametrize("line", UNBUILDABLE)
def test_a_bad_theme_file_is_named_and_the_others_load(tmp_path: Path, line: str) -> None:
    newsprint = (bundled_themes_dir() / "newsprint.yaml").read_text(encoding="utf-8")
    (tmp_path / "broken.yaml").write_text(newsprint.replace("name: newsprint", "name: mine") + line)
    loaded = load_themes([bundled_themes_dir(), tmp_path])
    assert {"newsprint", "inkwell", "high-contrast", "okabe-ito"} <= set(loaded.specs)
    assert "mine" not in loaded.specs
    [(path, reason)] = loaded.failures
    assert path.endswith("broken.yaml") and reason


def test_html_export_with_a_theme_survives_a_broken_theme_file(capsys, isolated_home) -> None:
    from tui.cli import main
    from tui.paths import user_themes_dir

    folder = user_themes_dir()
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "broken.yaml"
    broken.write_text("name: broken\ncreated: 2024-13-45\nx: !!int 'abc'\n", encoding="utf-8")
    try:
        code = main(["compare", "000", "002", "--format", "html", "--theme", "newsprint"])
    finally:
        broken.unlink()
    out, _ = capsys.readouterr()
    assert code == 0 and out.lstrip().startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("line", UNBUILDABLE[:4])
def test_broken_config_gives_defaults_and_is_left_alone(tmp_path: Path, line: str) -> None:
    path = tmp_path / "config.yaml"
    text = f"theme: inkwell\n{line}\n"
    path.write_text(text, encoding="utf-8")
    settings, problem = load_settings(path)
    assert settings.theme is None and settings.unreadable
    assert problem and str(path) in problem and "\n" not in problem
    assert path.read_text(encoding="utf-8") == text


def test_saving_over_an_unreadable_config_sets_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    (tmp_path / "config.yaml.broken").write_text("an older one\n", encoding="utf-8")
    path.write_text("theme: inkwell\ncreated: 2024-13-45\n", encoding="utf-8")
    settings, _ = load_settings(path)
    settings.theme = "okabe-ito"
    kept = save_settings(settings, path)
    assert kept == tmp_path / "config.yaml.broken-2"
    assert kept.read_text(encoding="utf-8") == "theme: inkwell\ncreated: 2024-13-45\n"
    assert (tmp_path / "config.yaml.broken").read_text(encoding="utf-8") == "an older one\n"
    assert load_settings(path) == (Settings(theme="okabe-ito"), None)
    assert save_settings(Settings(theme="inkwell"), path) is None  # a readable file: no copy


def test_a_readable_config_keeps_its_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"theme": "inkwell", "keys": {"j": "down"}}), encoding="utf-8")
    settings, problem = load_settings(path)
    assert problem is None and not settings.unreadable
    settings.theme = "newsprint"
    assert save_settings(settings, path) is None
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {
        "theme": "newsprint",
        "keys": {"j": "down"},
    }


@pytest.mark.parametrize(
    "value",
    [
        *["rgb(1%,2%,3%)", "hsl(1,2,3)", "rgba(1,2,3)", "hsla(1,2%,3%)", "rgb(1,2)", "#12"],
        *["nope", "rgb(1e3,2,3)", "rgb(" + "9" * 400 + ",1,1)", "rgb(\u0663,1,1)", "", 3, None],
    ],
)
def test_colours_textual_would_refuse_are_refused(value: object) -> None:
    assert not is_color(value)


@pytest.mark.parametrize(
    "value",
    [
        *["#abc", "#abcd", "#aabbcc", "#aabbccdd", "rgb(1, 2, 3)", "rgba(1,2,3,0.5)"],
        *["hsl(120,50%,40%)", "hsla(120, 50%, 40%, 1)", " rgb( -1.5 ,300., 3 ) "],
    ],
)
def test_colours_in_textual_syntax_are_accepted(value: str) -> None:
    assert is_color(value)


def test_wcag_ratios_match_known_values() -> None:
    assert contrast_ratio(hex_rgb("#000"), hex_rgb("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(hex_rgb("#777777"), hex_rgb("#fff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(hex_rgb("#123456"), hex_rgb("#123456")) == pytest.approx(1.0)
    assert blend((0, 0, 0), (200, 100, 50), 0.5) == (100, 50, 25)


def test_overlong_variable_values_are_refused() -> None:
    from tui.core.themes import ThemeError, parse_theme

    spec = yaml.safe_load((bundled_themes_dir() / "inkwell.yaml").read_text(encoding="utf-8"))
    spec["variables"]["scrollbar"] = "rgb(" + "9" * 5000 + ",1)"
    with pytest.raises(ThemeError, match="'scrollbar' is longer than"):
        parse_theme(spec)
