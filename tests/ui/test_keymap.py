"""The user's keys: a keymap file rebinds bindings by id, a bad one is reported and
ignored, and ``g g`` goes to the top as in Vim."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.ui.app import NewsReaderApp
from tui.ui.keymap import EXAMPLE, RepeatedKey, binding_catalogue, key_problem, read_keymap
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.widgets.article_list import ArticleList

_ENTRY = re.compile(r"^# (\S+): (.+?)\s+# ")


def write_keymap(tmp_path: Path, text: str) -> Path:
    """The keymap beside the app's settings file (see ``make_app``)."""
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    path = folder / "keymap.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def opened(app) -> str:
    return app.screen.current_article.id[:3]


async def test_a_keymap_moves_next_article_to_another_key(
    make_app, seeds_report, tmp_path, notices
):
    write_keymap(tmp_path, "reader.next_article: ctrl+n\nsidebar.sort: [S, ctrl+o]\n")
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("J")
        assert opened(app) == "000"  # J no longer moves
        await pilot.press("ctrl+n")
        assert opened(app) == "001"
        await pilot.press("right_square_bracket")  # the keymap replaces every default key
        assert opened(app) == "001"
        await pilot.press("S")
        sidebar = app.screen.query_one(ArticleList)
        assert sidebar.order == "outlet"
        assert not [n for n in notices if n.severity != "information"]
        await pilot.press("question_mark")  # the help lists the keys in use
        rows = {what: keys for _, keys, what in app.screen.rows}
        assert rows["Next article"] == "Ctrl+N"
        assert rows["Sort the sidebar: file order, outlet, date, title"] == "S Ctrl+O"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("reader.next_article: [ctrl+n\n", "invalid YAML (line 2)"),
        ("reader.next_article: ctrl+n\nreader.nope: x\n", "unknown binding id 'reader.nope'"),
        ("reader.next_article: ctrl+nope\n", "reader.next_article: unknown key 'ctrl+nope'"),
        ("reader.next_article: control+n\n", "unknown key 'control+n'"),
        ("reader.next_article: ''\n", "reader.next_article: no key given"),
        ("reader.next_article: 3\n", "reader.next_article: keys should be text"),
        ("- reader.next_article\n", "it should map binding ids to keys"),
    ],
)
async def test_a_bad_keymap_is_reported_and_the_defaults_stay(
    make_app, seeds_report, tmp_path, notices, text, problem
):
    path = write_keymap(tmp_path, text)
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        warnings = notices.messages("warning")
        assert any(problem in n and str(path) in n for n in warnings), warnings
        await pilot.press("ctrl+n")
        assert opened(app) == "000"  # nothing of the file was used
        await pilot.press("J")
        assert opened(app) == "001"


async def test_g_g_goes_to_the_top_of_the_article(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(80, 16)) as pilot:
        body = app.screen.query_one(ArticleBody)
        await pilot.pause()
        await pilot.press("space", "space")
        down = body.scroll_y
        assert down > 0
        await pilot.press("g")  # a lone g waits for the second
        assert body.scroll_y == down
        await pilot.press("j", "g")  # another key in between starts over
        assert body.scroll_y == down + 1
        await pilot.press("g")
        assert body.scroll_y == 0


async def test_g_g_goes_to_the_first_article_in_the_list(make_app, seeds_report):
    app = make_app(seeds_report)
    async with app.run_test(size=(120, 40)) as pilot:
        sidebar = app.screen.query_one(ArticleList)
        sidebar.focus()
        await pilot.press("G")
        assert sidebar.highlighted == 4
        await pilot.press("g")
        assert sidebar.highlighted == 4
        await pilot.press("g")
        assert sidebar.highlighted == 0


async def test_a_rebound_top_key_works_pressed_twice(
    make_app, seeds_report, seeds_analysis, tmp_path, settle
):
    write_keymap(tmp_path, "scroll.top: t\n")
    app = make_app(seeds_report, analysis=seeds_analysis)
    async with app.run_test(size=(80, 16)) as pilot:
        body = app.screen.query_one(ArticleBody)
        await settle(pilot)
        await pilot.press("space", "g", "g")
        await pilot.wait_for_scheduled_animations()
        assert body.scroll_y > 0
        await pilot.press("t", "t")
        await pilot.wait_for_scheduled_animations()
        assert body.scroll_y == 0


def test_a_pair_needs_two_presses_in_a_row_within_a_second() -> None:
    now = [0.0]
    repeated = RepeatedKey(clock=lambda: now[0])

    def press(gesture: str | None) -> bool:
        repeated.keystroke()
        return gesture is not None and repeated.second(gesture)

    assert not press("top")
    assert press("top")
    assert not press("top")  # a third press starts a new pair
    now[0] = 1.5
    assert not press("top")  # too late: this starts a new pair
    assert press("top")
    assert not press("top") and not press(None) and not press("top")
    assert not press("first") and not press("top")  # another gesture in between


@pytest.mark.parametrize(
    ("keys", "ok"),
    [
        ("J", True),
        ("ctrl+n", True),
        ("J,right_square_bracket", True),
        ("question_mark", True),
        ("greater_than_sign", True),
        ("slash", True),
        ("f5", True),
        ("shift+tab", True),
        ("alt+pagedown", True),
        ("<", True),
        ("ctrl+", False),
        ("hyper+space", True),
        ("ctlr+n", False),
        ("pagedwn", False),
        ("J,,K", False),
        (" ", False),
    ],
)
def test_key_names_are_checked(keys: str, ok: bool) -> None:
    assert (key_problem(keys) is None) == ok


def test_the_example_lists_every_binding_id_with_its_default_keys(tmp_path) -> None:
    catalogue = binding_catalogue(NewsReaderApp.binding_classes())
    text = EXAMPLE.read_text(encoding="utf-8")
    entries = [_ENTRY.match(line) for line in text.splitlines()]
    listed = {m.group(1): m.group(2).strip('"') for m in entries if m is not None}
    assert set(listed) == set(catalogue)
    assert listed == {name: binding.key for name, binding in catalogue.items()}
    # As shipped it changes nothing; uncommented, every entry is valid.
    assert read_keymap(EXAMPLE, known) == ({}, None)
    live = tmp_path / "keymap.yaml"
    live.write_text(
        "\n".join(line[2:].split("  #")[0] for line in text.splitlines() if _ENTRY.match(line)),
        encoding="utf-8",
    )
    keys, problem = read_keymap(live, known)
    assert problem is None
    assert set(keys) == set(catalogue)


def test_the_example_ships_in_the_package() -> None:
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert 'packages = ["tui"]' in pyproject  # every file under tui/ goes in the wheel
    assert EXAMPLE.is_file() and EXAMPLE.parent.name == "ui"


def known() -> dict:
    """Every binding id the reader declares."""
    return binding_catalogue(NewsReaderApp.binding_classes())
