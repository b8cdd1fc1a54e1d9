"""Titles that look like markup or carry escape sequences, in the palette and notices.

A title ``Sommet de Berlin [/ hier`` used to raise ``MarkupError`` as soon as a hit
under that article showed in the palette, and an ``ESC ]0;…BEL`` in a title or a file
name reached the terminal. Both must show literally, controls as visible stand-ins.
"""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from tui.core.models import LoadReport

HOSTILE = "Sommet de Berlin [/ hier \x1b]0;pwned\x07 Scholz"
# Cut at 59 characters for the help line, inside an opening "[/bold]" tag.
CUT = "Une très longue dépêche sur le sommet de Berlin, ajoutée [/bold] tard"
TEXT = "Olaf Scholz a déclaré : « Nous restons unis ». Le chancelier Scholz a parlé à Berlin."


def _report(make_article) -> LoadReport:
    return LoadReport(
        articles=[
            make_article(TEXT, title=HOSTILE, id="a"),
            make_article("Le chancelier Scholz est arrivé à Berlin mardi.", title=CUT, id="b"),
        ],
        skipped=[("/tmp/empty\x1b]0;pwned\x07.txt", "empty file \x9b2J")],
        warnings=[("notes\x1b[2J.md", "malformed front matter")],
    )


async def _prompts(pilot, query: str) -> list[str]:
    """Type ``query`` in the palette; the hits' plain text once its search is done."""
    await pilot.press("ctrl+p")
    assert CommandPalette.is_open(pilot.app)
    await pilot.press(*query)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()  # the palette searches in a worker
    await pilot.pause()
    commands = pilot.app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


async def test_markup_and_escapes_in_titles_show_literally_in_the_palette(
    make_app, make_article, wait_for_analysis
):
    app = make_app(_report(make_article))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        prompts = await _prompts(pilot, "Scholz")
        shown = "\n".join(prompts)
        assert "Sommet de Berlin [/ hier ␛]0;pwned␇ Scholz" in shown  # article and help lines
        assert CUT[:59] + "…" in shown  # help line of a hit in the long-titled article
        assert "\x1b" not in shown and "\x07" not in shown
        assert CommandPalette.is_open(app)  # the app did not crash
        await pilot.press("escape")
        assert app.is_running


async def test_comparison_commands_show_escapes_visibly(make_app, make_article, wait_for_analysis):
    app = make_app(_report(make_article))
    async with app.run_test(size=(140, 45)) as pilot:
        await wait_for_analysis(pilot)
        prompts = await _prompts(pilot, "compare sommet")
        compare = [p for p in prompts if p.startswith("compare:")]
        assert compare and "␛]0;pwned␇" in compare[0]
        assert all("\x1b" not in p for p in prompts)


async def test_notices_show_escapes_in_file_names_visibly(make_app, make_article, notices):
    app = make_app(_report(make_article))
    async with app.run_test(size=(100, 30)):
        joined = "\n".join(f"{n.title} {n.message}" for n in notices)
        assert "empty␛]0;pwned␇.txt: empty file \ufffd2J" in joined
        assert "notes␛[2J.md" in joined
        assert not [ch for ch in joined if ch in "\x1b\x07\x9b"]


async def test_comparison_status_lines_show_escapes_visibly():
    from textual.app import App, ComposeResult

    from tui.ui.widgets.compare_summary import CompareSummary

    class Holder(App[None]):
        def compose(self) -> ComposeResult:
            yield CompareSummary()

    app = Holder()
    async with app.run_test():
        summary = app.query_one(CompareSummary)
        summary.show_message("The comparison failed: 'a\x1b]0;pwned\x07' [/ hier")
        shown = str(summary.content)
        assert shown == "The comparison failed: 'a␛]0;pwned␇' [/ hier"


async def test_the_entity_filter_in_the_list_title_shows_escapes_visibly(
    make_app, make_article, wait_for_analysis
):
    app = make_app(_report(make_article))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_analysis(pilot)
        screen = app.screen
        screen.filter_by_entity("Scholz\x1b]0;pwned\x07")
        await pilot.pause()
        assert "Scholz␛]0;pwned␇" in str(screen.sidebar.title())
        assert "\x1b" not in str(screen.sidebar.title())
