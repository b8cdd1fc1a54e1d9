"""Theme files parsed once: the JSON cache gives back exactly what parsing gives.

The cache must never change a result: an edited file is parsed again, a broken one is
reported the same way from the cache, a document JSON cannot hold is parsed every
time, and a damaged or unwritable cache only costs the parse.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.themes import load_themes
from tui.core.yaml_cache import YamlDocuments
from tui.core.yamlfile import YamlProblem
from tui.paths import bundled_themes_dir


def _write(path: Path, text: str, *, tick: int) -> None:
    """Write ``text`` and give the file a distinct modification time."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(tick * 10**9, tick * 10**9))


def test_a_second_load_gives_the_same_themes_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache.json"
    first = load_themes([bundled_themes_dir()], cache=cache)
    assert cache.exists()
    second = load_themes([bundled_themes_dir()], cache=cache)
    assert second.specs == first.specs and not second.failures
    assert second.specs == load_themes([bundled_themes_dir()]).specs


def test_an_edited_theme_is_parsed_again(tmp_path: Path) -> None:
    themes, cache = tmp_path / "themes", tmp_path / "cache.json"
    themes.mkdir()
    _write(themes / "mine.yaml", _simple_theme("#112233"), tick=1)
    assert load_themes([themes], cache=cache).specs["mine"].colors["primary"] == "#112233"
    _write(themes / "mine.yaml", _simple_theme("#445566"), tick=2)
    assert load_themes([themes], cache=cache).specs["mine"].colors["primary"] == "#445566"


def _simple_theme(primary: str) -> str:
    colors = {
        "primary": primary,
        "secondary": "#222222",
        "accent": "#333333",
        "background": "#ffffff",
        "surface": "#eeeeee",
        "panel": "#dddddd",
        "foreground": "#000000",
        "warning": "#aa5500",
        "error": "#aa0000",
        "success": "#00aa00",
    }
    body = "".join(f"  {key}: '{value}'\n" for key, value in colors.items())
    return f"name: mine\ndark: false\ncolors:\n{body}"


def test_a_broken_file_is_reported_the_same_from_the_cache(tmp_path: Path) -> None:
    themes, cache = tmp_path / "themes", tmp_path / "cache.json"
    themes.mkdir()
    _write(themes / "bad.yaml", "name: bad\ncolors: [unclosed\n", tick=1)
    first = load_themes([themes], cache=cache).failures
    second = load_themes([themes], cache=cache).failures
    assert first == second and len(first) == 1 and "invalid YAML" in first[0][1]


def test_a_document_json_cannot_hold_is_parsed_every_time(tmp_path: Path) -> None:
    path, cache = tmp_path / "dated.yaml", tmp_path / "cache.json"
    _write(path, "when: 2024-05-01\n1: one\n", tick=1)
    for _ in range(2):
        documents = YamlDocuments(cache)
        document = documents.load(path)
        documents.save()
        assert document == {"when": datetime.date(2024, 5, 1), 1: "one"}
    assert str(path) not in (cache.read_text(encoding="utf-8") if cache.exists() else "")


@pytest.mark.parametrize("damage", ["", "{not json", '{"version": 1, "files": []}', "[1, 2]"])
def test_a_damaged_cache_is_ignored_and_replaced(tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache.json"
    cache.write_text(damage, encoding="utf-8")
    loaded = load_themes([bundled_themes_dir()], cache=cache)
    assert {"newsprint", "inkwell", "high-contrast", "okabe-ito"} <= set(loaded.specs)
    assert '"version": 1' in cache.read_text(encoding="utf-8")


def test_a_stale_entry_under_the_same_path_is_not_used(tmp_path: Path) -> None:
    path, cache = tmp_path / "doc.yaml", tmp_path / "cache.json"
    _write(path, "a: 1\n", tick=1)
    documents = YamlDocuments(cache)
    assert documents.load(path) == {"a": 1}
    documents.save()
    _write(path, "a: 2\n", tick=5)
    assert YamlDocuments(cache).load(path) == {"a": 2}


def test_an_unwritable_cache_only_costs_the_parse(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    loaded = load_themes([bundled_themes_dir()], cache=blocker / "cache.json")
    assert "newsprint" in loaded.specs and not loaded.failures


def test_a_problem_from_the_cache_is_the_same_error(tmp_path: Path) -> None:
    path, cache = tmp_path / "doc.yaml", tmp_path / "cache.json"
    _write(path, "a: [\n", tick=1)
    documents = YamlDocuments(cache)
    with pytest.raises(YamlProblem) as fresh:
        documents.load(path)
    documents.save()
    with pytest.raises(YamlProblem) as cached:
        YamlDocuments(cache).load(path)
    assert str(cached.value) == str(fresh.value)


_PROBE = """
import sys
from pathlib import Path
from tui.core.themes import load_themes
from tui.paths import bundled_themes_dir
loaded = load_themes([bundled_themes_dir()], cache=Path(sys.argv[1]))
assert "newsprint" in loaded.specs, loaded.failures
print("yaml" in sys.modules)
"""


def test_unchanged_themes_load_without_importing_yaml(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache.json")
    runs = [
        subprocess.run(
            [sys.executable, "-c", _PROBE, cache], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]


_SETTINGS_PROBE = """
import sys
from pathlib import Path
from tui.core.settings import load_settings
settings, problem = load_settings(Path(sys.argv[1]), cache=Path(sys.argv[2]))
print(settings.theme, problem, "yaml" in sys.modules)
"""


def test_unchanged_settings_load_without_importing_yaml(tmp_path: Path) -> None:
    config, cache = tmp_path / "config.yaml", str(tmp_path / "cache.json")
    _write(config, "theme: inkwell\nreader:\n  entities: false\n", tick=1)
    runs = [
        subprocess.run(
            [sys.executable, "-c", _SETTINGS_PROBE, str(config), cache],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["inkwell None True", "inkwell None False"]


def test_settings_from_the_cache_follow_the_file(tmp_path: Path) -> None:
    from tui.core.settings import Settings, load_settings, save_settings

    config, cache = tmp_path / "config.yaml", tmp_path / "cache.json"
    _write(config, "theme: inkwell\nmine: [1, 2]\n", tick=1)
    first, _ = load_settings(config, cache=cache)
    again, _ = load_settings(config, cache=cache)
    assert first == again and again.theme == "inkwell" and again.extra == {"mine": [1, 2]}
    save_settings(Settings(theme="okabe-ito", extra=again.extra), config)
    assert load_settings(config, cache=cache)[0].theme == "okabe-ito"
    _write(config, "theme: [unclosed\n", tick=7)
    broken = [load_settings(config, cache=cache) for _ in range(2)]
    assert broken[0] == broken[1] and broken[0][0].unreadable and broken[0][1]
