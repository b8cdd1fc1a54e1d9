"""Exporting from the comparison view: the dialog, the file it writes, and its errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, RadioSet, Static

from tui.core.compare.formats import render_comparison, theme_palette
from tui.core.models import LoadReport
from tui.paths import bundled_themes_dir
from tui.ui.screens.compare import CompareScreen
from tui.ui.screens.export_dialog import EXPORT_COMMAND, ExportDialog, default_folder

TEXTS = (
    "Le ministre Jean Dupont a inauguré mardi le nouveau pont de Lyon sur le Rhône. "
    "« C'est un grand jour », a déclaré Jean Dupont devant trois cents invités.",
    "Le chantier du pont a coûté quarante millions d'euros, selon la métropole. "
    "Jean Dupont, ministre, a inauguré mardi le nouveau pont de Lyon sur le Rhône.",
    "Les riverains se plaignent depuis des mois du bruit des travaux nocturnes.",
)


@pytest.fixture
def small(make_article) -> LoadReport:
    """Three short articles: the comparison is quick to compute and to check."""
    return LoadReport(
        [make_article(text, title=f"Pont {k}", id=f"pont-{k}") for k, text in enumerate(TEXTS)]
    )


async def _open(app, pilot, left: int = 0, right: int = 1) -> CompareScreen:
    articles = app.corpus.articles
    screen = CompareScreen(articles, articles[left].id, articles[right].id)
    app.push_screen(screen)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.model is not None
    return screen


async def _dialog(app, pilot, key: str = "w") -> ExportDialog:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, ExportDialog)
    return app.screen


async def _set_path(pilot, dialog: ExportDialog, path: Path | str) -> None:
    box = dialog.query_one("#export-path", Input)
    box.value = str(path)
    box.focus()
    await pilot.pause()


async def _settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def _hint(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-hint", Static).render())


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("key", ["w", "ctrl+s"])
async def test_export_writes_markdown_in_the_current_folder(make_app, small, in_tmp, notices, key):
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(app, pilot)
        dialog = await _dialog(app, pilot, key)
        default = Path(dialog.query_one("#export-path", Input).value)
        assert default.parent == in_tmp and default.suffix == ".md"
        await pilot.press("tab", "enter")
        await _settle(app, pilot)
        assert app.screen is screen, "the dialog closes once the file is written"
        assert default.read_text(encoding="utf-8") == render_comparison(
            screen.model.comparison, "markdown"
        )
        assert notices.mention(str(default))


async def test_html_export_uses_the_current_theme_like_the_command_line(make_app, small, in_tmp):
    app = make_app(small, theme="newsprint")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(app, pilot)
        dialog = await _dialog(app, pilot)
        dialog.query_one(RadioSet).focus()
        await pilot.press("down", "enter")  # Markdown → HTML
        await pilot.pause()
        path = Path(dialog.query_one("#export-path", Input).value)
        assert path.suffix == ".html"
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("enter")
        await _settle(app, pilot)
        palette = theme_palette("newsprint", [bundled_themes_dir()])
        expected = render_comparison(screen.model.comparison, "html", palette)
        assert path.read_text(encoding="utf-8") == expected


async def test_json_export_to_a_typed_relative_path(make_app, small, in_tmp):
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(app, pilot)
        dialog = await _dialog(app, pilot)
        dialog.query_one(RadioSet).focus()
        await pilot.press("down", "down", "enter")
        (in_tmp / "out").mkdir()
        await _set_path(pilot, dialog, "out/pair.json")
        await pilot.press("enter")
        await _settle(app, pilot)
        data = json.loads((in_tmp / "out" / "pair.json").read_text(encoding="utf-8"))
        assert data["left"]["id"] == screen.left.id
        assert data["right"]["id"] == screen.right.id


async def test_an_unwritable_path_is_a_notice_and_the_dialog_stays(
    make_app, small, in_tmp, notices
):
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(app, pilot)
        dialog = await _dialog(app, pilot)
        missing = in_tmp / "no-such-folder" / "x.md"
        await _set_path(pilot, dialog, missing)
        await pilot.press("enter")
        await _settle(app, pilot)
        assert app.screen is dialog, "the path can be corrected"
        assert "Not written" in _hint(dialog)
        failed = notices.messages("error")
        assert failed and str(missing) in failed[-1]
        assert not missing.exists()
        await _set_path(pilot, dialog, in_tmp / "fixed.md")
        await pilot.press("enter")
        await _settle(app, pilot)
        assert (in_tmp / "fixed.md").is_file()
        assert not isinstance(app.screen, ExportDialog)


async def test_an_existing_file_is_replaced_only_after_a_second_enter(make_app, small, in_tmp):
    target = in_tmp / "keep.md"
    target.write_text("my notes\n", encoding="utf-8")
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(app, pilot)
        dialog = await _dialog(app, pilot)
        await _set_path(pilot, dialog, target)
        await pilot.press("enter")
        await _settle(app, pilot)
        assert app.screen is dialog and "exists" in _hint(dialog)
        assert target.read_text(encoding="utf-8") == "my notes\n"
        await pilot.press("enter")
        await _settle(app, pilot)
        assert target.read_text(encoding="utf-8").startswith("# Comparison:")


async def test_escape_cancels_without_writing(make_app, small, in_tmp):
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open(app, pilot)
        await _dialog(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert not [p for p in in_tmp.iterdir() if p.suffix in {".md", ".html", ".json"}]


async def test_the_palette_offers_the_export(make_app, small, in_tmp, settle):
    app = make_app(small)
    async with app.run_test(size=(120, 36)) as pilot:
        await _open(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"export")
        await settle(pilot)  # the palette searches in a worker
        prompts = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any(EXPORT_COMMAND[:20] in p for p in prompts), prompts
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)


def test_default_folder_falls_back_to_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    from tui.paths import data_dir

    assert default_folder(tmp_path) == tmp_path
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    assert default_folder(tmp_path) == data_dir() / "exports"
