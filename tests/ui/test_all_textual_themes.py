"""Every theme the reader offers draws the article and keeps answering keys.

Textual's ``ansi-dark`` and ``ansi-light`` name terminal palette slots (``ansi_green``)
rather than RGB colours; they once killed the reader screen on the first redraw. A
theme that cannot be drawn is refused with a notice and never saved as the choice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rich.style import Style

from tui.core.settings import load_settings
from tui.core.themes import OUR_VARIABLES
from tui.paths import bundled_themes_dir


def _body_text(app) -> str:
    body = app.screen.body
    return "\n".join(body.render_line(y).text for y in range(body.size.height))


#: The themes are walked in this many parts, one app each, to keep every test short.
PARTS = 7


@pytest.mark.parametrize("part", range(PARTS))
async def test_every_available_theme_draws_and_answers_keys(
    make_app, seeds_report, notices, part
) -> None:
    app = make_app(seeds_report)
    app.analyse_on_start = False  # themes only: highlights are drawn in the ANSI test below
    articles = seeds_report.articles
    async with app.run_test(size=(100, 30)) as pilot:
        every = sorted(app.available_themes)
        assert {"ansi-dark", "ansi-light", "newsprint", "nord"} <= set(every)
        for step, name in enumerate(every[part::PARTS]):
            app.theme = name
            await pilot.pause()
            assert app.theme == name, notices.messages()
            styles = app.render_theme().styles
            assert all(isinstance(styles[role], Style) for role in OUR_VARIABLES)
            await pilot.press("J" if step % 2 == 0 else "K")  # next / previous article
            await pilot.pause()
            expected = articles[1] if step % 2 == 0 else articles[0]
            assert app.screen.body.article is expected, name
            assert " ".join(expected.text.split()[:3]) in " ".join(_body_text(app).split()), name
    # run_test raises what broke the app, so reaching here means nothing did
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("name", ["ansi-dark", "ansi-light"])
async def test_ansi_themes_start_and_use_palette_colours(
    make_app, seeds_report, seeds_analysis, wait_for_analysis, name
) -> None:
    app = make_app(seeds_report, theme=name, analysis=seeds_analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_analysis(pilot)
        assert app.theme == name
        styles = app.render_theme().styles
        assert styles["entity-per"].color is not None
        assert styles["entity-per"].color.number is not None  # a palette slot, not RGB
        body = app.screen.body
        drawn = [seg.style for y in range(body.size.height) for seg in body.render_line(y)]
        assert any(s is not None and s.color == styles["entity-per"].color for s in drawn)
        await pilot.press("q")
    assert app.return_code in (None, 0)
    saved, _ = load_settings(app.config_path)
    assert saved.theme == name  # --theme is remembered as the choice


def _write_theme(folder: Path, name: str, **variables: str) -> None:
    spec = yaml.safe_load((bundled_themes_dir() / "inkwell.yaml").read_text(encoding="utf-8"))
    spec["name"] = name
    spec["variables"].update(variables)
    (folder / f"{name}.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")


async def test_a_theme_the_stylesheet_rejects_is_never_saved(
    make_app, seeds_report, user_themes, tmp_path, notices
) -> None:
    _write_theme(user_themes, "scrolly", scrollbar="nope nope")
    app = make_app(seeds_report)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "scrolly" in app.available_themes
        app.theme = "okabe-ito"
        await pilot.pause()
        app.theme = "scrolly"
        await pilot.pause()
        assert app.theme == "okabe-ito"
        messages = notices.messages()
        assert any("scrolly" in m and "scrollbar" in m for m in messages), messages
        await pilot.press("J")
        await pilot.pause()
        assert app.screen.body.article is seeds_report.articles[1]
    saved, _ = load_settings(tmp_path / "config" / "config.yaml")
    assert saved.theme == "okabe-ito"


@pytest.mark.parametrize(
    "variables",
    [{"scrollbar": "nope nope"}, {"block-cursor-text-style": "#fff"}, {"footer-x": "{"}],
)
async def test_a_bad_theme_asked_for_at_start_falls_back(
    make_app, seeds_report, user_themes, tmp_path, notices, variables
) -> None:
    _write_theme(user_themes, "broken", **variables)
    app = make_app(seeds_report, theme="broken")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "newsprint"
        assert notices.mention("'broken'")
        assert " ".join(seeds_report.articles[0].text.split()[:3]) in " ".join(
            _body_text(app).split()
        )
    assert not (tmp_path / "config" / "config.yaml").exists()
