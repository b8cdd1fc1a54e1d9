"""``newsreader compare``: inputs by path, id or prefix; JSON, Markdown and HTML output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tui.cli import main


@pytest.fixture(scope="module")
def seed_files() -> list[Path]:
    from tui.paths import bundled_seeds_dir

    return sorted(bundled_seeds_dir().glob("*.txt"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["compare", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_by_path_indexes_each_file_text(capsys, seed_files) -> None:
    left, right = seed_files[0], seed_files[2]
    code, out, _ = _run(capsys, str(left), str(right))
    assert code == 0
    data = json.loads(out)
    assert data["left"]["id"] == left.stem
    assert data["right"]["id"] == right.stem
    ltext = left.read_text(encoding="utf-8")
    rtext = right.read_text(encoding="utf-8")
    assert data["pairs"]
    for pair in data["pairs"]:
        ls, le = pair["left"]
        rs, re_ = pair["right"]
        assert ltext[ls:le].strip() == ltext[ls:le] != ""
        assert rtext[rs:re_].strip() == rtext[rs:re_] != ""
    assert 0 < data["similarity"] <= 1


def test_bundled_ids_and_unique_prefixes_resolve(capsys, seed_files) -> None:
    code, out, _ = _run(capsys, seed_files[0].stem, "002")
    assert code == 0
    data = json.loads(out)
    assert (data["left"]["id"], data["right"]["id"]) == (seed_files[0].stem, seed_files[2].stem)


@pytest.mark.parametrize(
    ("ref", "message"),
    [("0", "matches several"), ("no-such-article", "no such file")],
)
def test_bad_references_are_usage_errors(capsys, ref: str, message: str) -> None:
    code, out, err = _run(capsys, ref, "001")
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_markdown_and_html_outputs(capsys, tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "000", "002", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Comparison:")
    assert "| # |" in out
    target = tmp_path / "cmp.html"
    code, out, _ = _run(capsys, "000", "002", "--format", "html", "--output", str(target))
    assert code == 0
    assert out == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "--background: #f4f1ea;" in page  # newsprint by default


def test_html_theme_option_changes_the_palette(capsys) -> None:
    from tui.core.themes import load_themes
    from tui.paths import bundled_themes_dir

    specs = load_themes([bundled_themes_dir()]).specs
    dark = next((s for s in specs.values() if s.dark), None)
    if dark is None:
        pytest.skip("no dark theme bundled")
    code, out, _ = _run(capsys, "000", "002", "--format", "html", "--theme", dark.name)
    assert code == 0
    assert f"--background: {dark.colors['background']};" in out
    code, _, err = _run(capsys, "000", "002", "--format", "html", "--theme", "nope")
    assert code == 2
    assert "unknown theme" in err


def test_unwritable_output_is_a_usage_error(capsys, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "000", "002", "--output", str(tmp_path / "missing" / "x.json"))
    assert code == 2
    assert "cannot write" in err


EN_A = (
    "Leaders meet in the far east\n"
    "The two leaders met on Wednesday at the launch site and talked for hours.\n"
    "They said the talks were useful and that they would meet again.\n"
)
EN_B = (
    "Summit ends with promises\n"
    "The leaders talked for hours at the launch site on Wednesday.\n"
    "Officials said the summit was a success for both of them.\n"
)
FR = (
    "Les dirigeants se rencontrent\n"
    "Les deux dirigeants se sont rencontrés mercredi sur le site de lancement.\n"
    "Ils ont dit que les discussions avaient été utiles pour les deux pays.\n"
)


@pytest.mark.parametrize(
    ("left", "right", "page", "columns"),
    [
        (EN_A, EN_B, "en", ()),
        (FR, FR.replace("mercredi", "jeudi"), "fr", ()),
        (FR, EN_A, "en", ("fr", "en")),
    ],
)
def test_html_lang_comes_from_the_articles(
    capsys, tmp_path: Path, left: str, right: str, page: str, columns: tuple[str, ...]
) -> None:
    (tmp_path / "a.txt").write_text(left, encoding="utf-8")
    (tmp_path / "b.txt").write_text(right, encoding="utf-8")
    code, out, _ = _run(
        capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "html"
    )
    assert code == 0
    assert f'<html lang="{page}">' in out
    cells = re.findall(r'<td class="text"( lang="(\w+)")?>', out)
    if columns:
        assert {lang for _attr, lang in cells} == set(columns)
        assert f'<th lang="{columns[0]}">' in out and f'<th lang="{columns[1]}">' in out
    else:
        assert cells and all(attr == "" for attr, _lang in cells)


# -- articles inside files, and ids of any corpus ------------------------------------------


@pytest.fixture
def feed(tmp_path: Path, seed_files: list[Path]) -> Path:
    """A JSON Lines feed of the seeds, with a blank line: ids follow line numbers."""
    lines = [
        json.dumps({"title": f.stem, "text": f.read_text(encoding="utf-8")}) for f in seed_files
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([lines[0], "", *lines[1:]]) + "\n", encoding="utf-8")
    return path


def test_an_item_of_a_json_lines_file_by_line_number(capsys, feed: Path) -> None:
    code, out, _ = _run(capsys, f"{feed}#1", f"{feed}#4")
    assert code == 0
    data = json.loads(out)
    assert (data["left"]["id"], data["right"]["id"]) == ("feed#1", "feed#4")
    code, out, _ = _run(capsys, f"{feed}#feed#3", f"{feed}#4")  # the id as the loader gives it
    assert code == 0
    assert json.loads(out)["left"]["id"] == "feed#3"


def test_items_that_name_themselves_are_found_by_their_id(capsys, tmp_path, seed_files) -> None:
    items = [{"id": f"dispatch-{k}", "text": f.read_text(encoding="utf-8")} for k, f in
             enumerate(seed_files[:3])]  # fmt: skip
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    code, out, _ = _run(capsys, f"{path}#dispatch-0", f"{path}#dispatch-2")
    assert code == 0
    data = json.loads(out)
    assert (data["left"]["id"], data["right"]["id"]) == ("dispatch-0", "dispatch-2")


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("{feed}", "holds 5 articles; name one as"),
        ("{feed}#9", "no article '9' in"),
        ("{feed}#feed#", "matches several ids"),
    ],
)
def test_a_file_of_several_articles_needs_an_id(capsys, feed: Path, ref: str, message) -> None:
    code, out, err = _run(capsys, ref.format(feed=feed), "000")
    assert code == 2
    assert out == ""
    assert message in err and "feed#1" in err
    assert "Traceback" not in err


def test_ids_of_a_corpus_given_with_in_are_the_ids_search_lists(capsys, feed: Path) -> None:
    assert main(["search", "Poutine", str(feed), "--kind", "entity", "--limit", "1"]) == 0
    ids = json.loads(capsys.readouterr().out)["hits"][0]["articles"]
    assert len(ids) >= 2
    code, out, _ = _run(capsys, ids[0], ids[1], "--in", str(feed))
    assert code == 0
    data = json.loads(out)
    assert (data["left"]["id"], data["right"]["id"]) == (ids[0], ids[1])
    code, _, err = _run(capsys, ids[0], "000", "--in", str(feed))
    assert code == 2
    assert "no article '000' in the articles of" in err


def test_files_of_the_same_name_in_two_folders_are_two_articles(capsys, tmp_path) -> None:
    for folder, text in (("a", EN_A), ("b", EN_B)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    code, out, _ = _run(
        capsys, str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")
    )
    assert code == 0
    data = json.loads(out)
    assert data["left"]["id"] != data["right"]["id"]
    assert data["only_left"] or data["only_right"], "two different texts, not one with itself"


def test_a_refused_theme_is_named_and_the_default_colours_are_used(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "mine.yaml").write_text("name: mine\ncolors:\n  primary: 'hsl(1,2,3)'\n")
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path))
    assert main(["compare", "000", "003", "--format", "html", "--theme", "mine"]) == 0
    out, err = capsys.readouterr()
    assert "<html" in out
    assert "theme 'mine' was refused" in err and err.count("\n") == 1


def test_html_without_a_theme_takes_the_default_theme_file_colours(capsys) -> None:
    import yaml

    from tui.paths import bundled_themes_dir

    theme = yaml.safe_load((bundled_themes_dir() / "newsprint.yaml").read_text("utf-8"))
    assert main(["compare", "000", "003", "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert theme["variables"]["quote"] in html and theme["colors"]["background"] in html
