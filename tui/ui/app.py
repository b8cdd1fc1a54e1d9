"""The newsreader application: themes, settings and notices around the reader screen.

``NewsReaderApp`` composes; the screens and widgets do the work. It registers the
bundled and user themes, restores the saved theme choice (and saves a new one), adds
newsreader's highlight variables to every theme, Textual's built-ins included, and
tells the user about skipped files, odd encodings and loader warnings.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from tui.core.models import LoadReport
from tui.core.settings import Settings, load_settings, save_settings
from tui.core.text import visible_controls
from tui.core.themes import DEFAULT_THEME, load_themes
from tui.ui.benchmark_hooks import EXIT_ON_PAINT_ENV, note_and_exit
from tui.ui.keymap import RepeatedKey, binding_catalogue, read_keymap
from tui.ui.render import RenderTheme
from tui.ui.screens.reader import ReaderScreen
from tui.ui.theming import complete_variables, render_theme, spec_to_theme, theme_problem
from tui.ui.widgets.article_list import is_unusual_encoding

if TYPE_CHECKING:
    from textual.geometry import Size
    from textual.notifications import SeverityLevel
    from textual.screen import Screen

    from tui.core.service.corpus import CorpusService

_MAX_LISTED = 8


class NewsReaderApp(App[int]):
    """Reads an opened corpus (:class:`~tui.core.service.corpus.CorpusService`): the
    articles loaded so far, the files still to load in the background, the paths it
    was opened from (what ``r`` reloads and what the reading state is kept under) and,
    when it was reopened unchanged, its stored analysis."""

    TITLE = "newsreader"
    CSS_PATH = "styles/app.tcss"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {
        lambda: _provider("CorpusProvider"),
        lambda: _provider("ActionsProvider"),
    }
    """Textual's own commands, plus the corpus search and newsreader's commands."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help"),
    ]
    """Quit (also Ctrl+Q), help; Tab/Shift+Tab move between panes; Ctrl+P commands."""

    def __init__(
        self,
        corpus: CorpusService,
        *,
        theme: str | None = None,
        config_file: Path | None = None,
        theme_dirs: list[Path] | None = None,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        from tui import paths

        self.corpus = corpus
        self.state_file = state_file
        # Benchmarks that quit on first paint have nothing to analyse.
        self.analyse_on_start = not os.environ.get(EXIT_ON_PAINT_ENV)
        self.config_path = config_file or paths.config_file()
        dirs = theme_dirs or [paths.bundled_themes_dir(), paths.user_themes_dir()]
        self._startup_notices: list[tuple[str, SeverityLevel]] = []
        self._persist_theme = False
        self._theme_checks: dict[str, tuple[object, str | None]] = {}
        self._requested_theme = theme
        self.settings = self._load_settings()
        self.key_repeats = RepeatedKey()
        self._load_keymap(self.config_path.with_name(paths.keymap_file().name))
        self._register_themes(dirs, paths.parsed_yaml_cache())
        self.theme = self._initial_theme(theme)

    # -- themes and settings ------------------------------------------------------------

    def _load_settings(self) -> Settings:
        from tui import paths

        settings, problem = load_settings(self.config_path, cache=paths.parsed_yaml_cache())
        if problem:
            self._startup_notices.append((problem, "warning"))
        return settings

    @classmethod
    def binding_classes(cls) -> tuple[type, ...]:
        """The app, screens and widgets whose bindings carry ids, in the help's order."""
        from tui.ui.screens.compare import CompareScreen
        from tui.ui.widgets.article_body import ArticleBody
        from tui.ui.widgets.article_list import ArticleList

        return (cls, ReaderScreen, ArticleList, ArticleBody, CompareScreen)

    def _load_keymap(self, path: Path) -> None:
        """The user's keys from ``keymap.yaml`` beside the settings (before the first frame)."""
        keymap, problem = read_keymap(path, lambda: binding_catalogue(self.binding_classes()))
        self.keymap = keymap
        if problem:
            self._startup_notices.append((problem, "warning"))
        if keymap:
            self.set_keymap(keymap)

    def _register_themes(self, dirs: list[Path], cache: Path) -> None:
        loaded = load_themes(dirs, cache=cache)
        for spec in loaded.specs.values():
            self.register_theme(spec_to_theme(spec))
        for path, reason in loaded.failures:
            self._startup_notices.append((f"Theme file {path} was not loaded: {reason}", "warning"))

    def _initial_theme(self, requested: str | None) -> str:
        fallback = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        if requested:
            if requested in self.available_themes:
                return requested
            self._startup_notices.append(
                (f"Unknown theme {requested!r}; using {fallback}. Ctrl+P lists themes.", "warning")
            )
            return fallback
        saved = self.settings.theme
        if saved and saved in self.available_themes:
            return saved
        if saved:
            self._startup_notices.append(
                (f"Saved theme {saved!r} is not available; using {fallback}.", "warning")
            )
        return fallback

    def get_css_variables(self) -> dict[str, str]:
        variables = super().get_css_variables()
        variables.update(complete_variables(variables, self.current_theme.variables))
        self.theme_variables = variables
        return variables

    def render_theme(self) -> RenderTheme:
        """Styles for article text in the current theme."""
        return render_theme(self.theme_variables or self.get_css_variables())

    def theme_problem(self, name: str) -> str | None:
        """Why the registered theme ``name`` cannot be drawn, or ``None`` (cached)."""
        theme = self.get_theme(name)
        if theme is None:
            return "it is not registered"
        cached = self._theme_checks.get(name)
        if cached is None or cached[0] is not theme:
            cached = (theme, theme_problem(theme, self.get_theme_variable_defaults()))
            self._theme_checks[name] = cached
        return cached[1]

    def validate_theme(self, name: str) -> str:
        """Refuse a theme that cannot be drawn: keep the current one, with a notice."""
        problem = self.theme_problem(name)
        if problem is None:
            return name
        if self._persist_theme:
            fallback = self.theme  # running: the theme on screen already works
        elif self.theme_problem(DEFAULT_THEME) is None:
            fallback = DEFAULT_THEME
        else:
            fallback = "textual-dark"
        self._theme_notice(f"Theme {name!r} cannot be used ({problem}); keeping {fallback}.")
        return fallback

    def _theme_notice(self, message: str) -> None:
        if self._persist_theme:
            self.notify(message, severity="warning", timeout=10)
        else:
            self._startup_notices.append((message, "warning"))

    def watch_theme(self, name: str) -> None:
        if self._persist_theme:
            self._remember_theme(name)

    def _remember_theme(self, name: str) -> None:
        """Save ``name`` as the choice; an unreadable config file is kept aside first."""
        if name == self.settings.theme:
            return
        self.settings.theme = name
        try:
            kept = save_settings(self.settings, self.config_path)
        except OSError as error:
            self.notify(f"Could not save the theme choice: {error}", severity="warning")
            return
        if kept is not None:
            self.notify(
                f"{self.config_path} could not be read, so it was kept as {kept.name}"
                " and a new one was written.",
                severity="warning",
                timeout=10,
            )

    # -- lifecycle ----------------------------------------------------------------------

    def get_default_screen(self) -> ReaderScreen:
        """Start straight on the reader, so the first paint is already the article.

        The screen's breakpoint class for the terminal's width is set before its first
        layout: Textual would add it on the first resize event, after the first frame,
        and restyle and lay out the whole screen a second time.
        """
        screen = ReaderScreen(self.corpus, state_file=self.state_file)
        screen.add_class(*breakpoint_classes(self, screen, self.size))
        return screen

    def on_mount(self) -> None:
        self._persist_theme = True
        self.screen.call_after_refresh(resume_collection)
        if os.environ.get(EXIT_ON_PAINT_ENV):
            # Benchmarks: quit once the reader has been drawn for the first time.
            self.screen.call_after_refresh(note_and_exit, self, EXIT_ON_PAINT_ENV)
            return
        self._notify_report()
        if self._requested_theme and self.theme == self._requested_theme:
            # --theme NAME is a choice like one made in the palette: remember it now (a
            # small file), so quitting at once cannot lose it.
            self._remember_theme(self.theme)

    def _notify_report(self) -> None:
        for message, severity in self._startup_notices:
            self.notify(message, severity=severity, timeout=10)
        self.notify_load(self.corpus.report)
        if not self.corpus.articles:
            self.notify("No readable article was found.", severity="error", markup=False)

    def notify_load(self, report: LoadReport) -> None:
        """Tell the user what was skipped or odd in (part of) a load."""
        if report.skipped:
            self.notify(
                _listing("Skipped", report.skipped),
                title="Files not opened",
                severity="warning",
                timeout=12,
                markup=False,
            )
        if report.warnings:
            self.notify(
                _listing("Warnings", report.warnings),
                title="Loader warnings",
                severity="warning",
                timeout=12,
                markup=False,
            )
        odd = [a for a in report.articles if is_unusual_encoding(a)]
        if odd:
            lines = [f"{a.title[:50]} ({a.encoding})" for a in odd]
            self.notify(
                "\n".join(lines[:_MAX_LISTED]),
                title="Not UTF-8: decoded with a fallback",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def on_key(self) -> None:
        self.key_repeats.keystroke()  # what tells ``g g`` from ``g`` then ``g`` later

    async def action_pressed_twice(self, action: str) -> None:
        """``g g``: run the focused widget's ``action`` on the second press in a row."""
        if self.key_repeats.second(action) and self.focused is not None:
            await self.run_action(action, self.focused)

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen, binding_rows, sections_for

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(binding_rows(sections_for(self.screen), self.keymap)))

    def notify(self, message: str, **kwargs: Any) -> None:
        """Post a notification; article-derived text is never read as markup, and its
        control characters (file names, titles) are shown, never sent to the terminal."""
        kwargs.setdefault("markup", False)
        if "title" in kwargs:
            kwargs["title"] = visible_controls(kwargs["title"])
        super().notify(visible_controls(message), **kwargs)


def breakpoint_classes(app: App, screen: Screen, size: Size) -> list[str]:
    """The breakpoint classes Textual gives ``screen`` in a terminal of ``size``: for
    each direction, the class of the largest breakpoint the size reaches (the screen's
    breakpoints, else the app's)."""
    horizontal = screen.HORIZONTAL_BREAKPOINTS
    vertical = screen.VERTICAL_BREAKPOINTS
    chosen = []
    for points, extent in (
        (app.HORIZONTAL_BREAKPOINTS if horizontal is None else horizontal, size.width),
        (app.VERTICAL_BREAKPOINTS if vertical is None else vertical, size.height),
    ):
        reached = [(limit, name) for limit, name in points or [] if extent >= limit]
        if reached:
            chosen.append(max(reached)[1])
    return chosen


def resume_collection() -> None:
    """After the first frame: the cycle collector, paused for the start, runs again.

    The start makes a great many objects that live as long as the app (modules,
    classes, styles, widgets); collecting while they are made finds nothing to free and
    costs a good share of the start. :func:`tui.cli.main` pauses the collector before
    importing the app; here the objects made so far are moved out of its sight for
    good (``gc.freeze``), so later collections do not walk them either.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _provider(name: str) -> type:
    """A palette provider class, imported when the palette first opens (not at start)."""
    from tui.ui import palette

    return getattr(palette, name)


def _listing(label: str, items: list[tuple[str, str]]) -> str:
    lines = [f"{path}: {reason}" for path, reason in items[:_MAX_LISTED]]
    if len(items) > _MAX_LISTED:
        lines.append(f"… and {len(items) - _MAX_LISTED} more")
    return f"{label} {len(items)}:\n" + "\n".join(lines)


def run_app(corpus: CorpusService, *, theme: str | None = None) -> int:
    """Run the reader on an opened corpus until the user quits; return the exit status.

    The corpus holds the articles to show at once; its pending files are loaded in the
    background and listed as they arrive. A corpus reopened unchanged from its
    snapshot comes with its stored analysis when there is one.
    """
    if corpus.pending or (corpus.analysis is None and len(corpus.articles) > 20):
        from tui.core.analysis.workers import start_worker_support

        start_worker_support()  # workers are coming: start their helper before Textual runs
    app = NewsReaderApp(corpus, theme=theme)
    result = app.run()
    from tui.ui.reader_analysis import finish_index_writes

    finish_index_writes()
    return int(result or app.return_code or 0)
