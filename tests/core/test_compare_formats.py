"""The comparison's shared renderer and its file writing (used by the CLI and the view)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.core.compare.formats import (
    FORMATS,
    UnknownTheme,
    default_file_name,
    free_path,
    render_comparison,
    theme_palette,
    write_comparison,
)
from tui.core.compare.summary import Comparison, compare_articles
from tui.core.models import Article
from tui.paths import bundled_themes_dir


def _article(text: str, id: str) -> Article:
    return Article(id=id, path="memory", text=text, title=f"Titre {id}")


@pytest.fixture
def comparison() -> Comparison:
    left = _article("Le pont a été inauguré mardi. La cérémonie a réuni trois cents invités.", "a")
    right = _article("Le pont a été inauguré mardi à Lyon. Les riverains se plaignent.", "b/c#2")
    return compare_articles(left, right)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_written_as_rendered(comparison, tmp_path: Path, fmt: str) -> None:
    path = write_comparison(comparison, fmt, tmp_path / default_file_name(comparison, fmt))
    assert path.read_text(encoding="utf-8") == render_comparison(comparison, fmt)
    if fmt == "json":
        assert json.loads(path.read_text(encoding="utf-8"))["right"]["id"] == "b/c#2"
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file left"


def test_default_names_are_safe_and_free_paths_do_not_overwrite(comparison, tmp_path) -> None:
    name = default_file_name(comparison, "markdown")
    assert name == "compare-a-b_c_2.md"
    first = tmp_path / name
    first.write_text("mine", encoding="utf-8")
    assert free_path(first) == tmp_path / "compare-a-b_c_2-2.md"
    assert free_path(tmp_path / "new.md") == tmp_path / "new.md"


def test_a_failed_write_leaves_the_old_file_and_no_litter(comparison, tmp_path) -> None:
    with pytest.raises(OSError):
        write_comparison(comparison, "markdown", tmp_path / "missing" / "x.md")
    with pytest.raises(IsADirectoryError):
        write_comparison(comparison, "markdown", tmp_path)
    old = tmp_path / "old.md"
    old.write_text("keep me", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown format"):
        write_comparison(comparison, "pdf", old)
    assert old.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.md"]


def test_replacing_keeps_the_mode_and_writes_through_a_link(comparison, tmp_path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_comparison(comparison, "markdown", link)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# Comparison:")
    assert real.stat().st_mode & 0o777 == 0o640


def test_a_new_file_follows_the_umask(comparison, tmp_path) -> None:
    previous = os.umask(0o027)
    try:
        path = write_comparison(comparison, "json", tmp_path / "x.json")
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o640


def test_theme_palette_reads_theme_files_and_names_the_known_ones() -> None:
    palette = theme_palette("newsprint", [bundled_themes_dir()])
    assert palette["background"].startswith("#")
    with pytest.raises(UnknownTheme) as caught:
        theme_palette("no-such-theme", [bundled_themes_dir()])
    assert "newsprint" in caught.value.names
    assert "unknown theme 'no-such-theme'" in str(caught.value)
