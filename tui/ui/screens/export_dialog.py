"""Export the comparison on screen: a small dialog for the format and the file.

The file is rendered by the renderer of ``newsreader compare --format …``
(:mod:`tui.core.compare.formats`) and written in a worker thread. The dialog stays
open when the file cannot be written, with the reason below the path and in a
notice, so the path can be corrected; an existing file is only replaced after a
second Enter. It dismisses with the path written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tui.core.compare.formats import (
    SUFFIXES,
    UnknownTheme,
    default_file_name,
    free_path,
    theme_palette,
    write_comparison,
)

if TYPE_CHECKING:
    from tui.core.compare.summary import Comparison

#: The formats offered, in the order shown, with their labels.
CHOICES = (
    ("markdown", "Markdown (.md): a table to read or paste anywhere"),
    ("html", "HTML (.html): one self-contained page, in the current theme's colours"),
    ("json", "JSON (.json): offsets and figures for other tools"),
)

EXPORT_COMMAND = "export: the comparison to a file (Markdown, HTML, JSON)…"


def default_folder(cwd: Path | None = None) -> Path:
    """The current folder when it can be written to, else newsreader's data folder."""
    folder = cwd or Path.cwd()
    if os.access(folder, os.W_OK):
        return folder
    from tui.paths import data_dir

    return data_dir() / "exports"


class ExportDialog(ModalScreen[Path | None]):
    """Dismisses with the path the comparison was written to, or ``None`` if cancelled."""

    DEFAULT_CSS = """
    ExportDialog {
        align: center middle;
    }
    ExportDialog > Vertical {
        width: 80%;
        max-width: 90;
        height: auto;
        background: $surface;
        border: round $primary;
        padding: 0 1;
    }
    ExportDialog .export-heading {
        text-style: bold;
        color: $primary;
    }
    ExportDialog RadioSet {
        width: 100%;
    }
    ExportDialog #export-hint {
        color: $text-muted;
        height: auto;
    }
    ExportDialog #export-hint.-error {
        color: $error;
    }
    ExportDialog #export-hint.-warning {
        color: $warning;
    }
    ExportDialog Horizontal {
        height: auto;
        align-horizontal: right;
    }
    ExportDialog Button {
        margin-left: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]
    """Up/Down choose the format, Tab reaches the file name, Enter writes; Esc cancels."""

    class Written(Message):
        """The worker wrote the file."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Failed(Message):
        """The worker could not write the file, for ``reason``."""

        def __init__(self, path: Path, reason: str) -> None:
            super().__init__()
            self.path = path
            self.reason = reason

    def __init__(
        self,
        comparison: Comparison,
        *,
        theme: str,
        folder: Path | None = None,
        theme_dirs: Sequence[Path] | None = None,
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.theme = theme
        self.theme_dirs = theme_dirs
        self.folder = folder or default_folder()
        self.format = CHOICES[0][0]
        self._default = self._default_path(self.format)
        self._confirmed: Path | None = None
        self._writing = False

    def _default_path(self, fmt: str) -> Path:
        return free_path(self.folder / default_file_name(self.comparison, fmt))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Export the comparison", classes="export-heading")
            with RadioSet(id="export-format"):
                for k, (fmt, label) in enumerate(CHOICES):
                    yield RadioButton(label, value=k == 0, id=f"format-{fmt}")
            yield Label("File (Enter writes it):")
            yield Input(str(self._default), id="export-path", select_on_focus=False)
            yield Static(id="export-hint", markup=False)
            with Horizontal():
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self._hint(f"Writes {self.comparison.left.id} ↔ {self.comparison.right.id}.")
        self.query_one(RadioSet).focus()

    # -- choosing --------------------------------------------------------------------------

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        fmt = CHOICES[event.index][0]
        if fmt == self.format:
            return
        self.format = fmt
        box = self.query_one("#export-path", Input)
        current = Path(box.value.strip()) if box.value.strip() else None
        if current is None or current == self._default:
            self._default = self._default_path(fmt)
            box.value = str(self._default)
        elif current.suffix in SUFFIXES.values():
            box.value = str(current.with_suffix(SUFFIXES[fmt]))

    @on(Input.Changed, "#export-path")
    def _path_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._confirmed = None

    def target(self) -> Path | None:
        """The file the path box names, relative paths in the dialog's folder."""
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self.folder / path

    # -- writing ---------------------------------------------------------------------------

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def _submitted(self, event: Message) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        """Write the file, once an existing one has been confirmed for replacement."""
        if self._writing:
            return
        path = self.target()
        if path is None:
            self._hint("Type a file name first.", "-error")
            return
        if path.is_dir():
            self._hint(f"{path} is a folder: add a file name.", "-error")
            return
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self._hint(f"{path} exists: Enter again replaces it.", "-warning")
            return
        self._writing = True
        self.query_one("#export-ok", Button).disabled = True
        self._hint(f"Writing {path}…")
        self._write(self.format, path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _write(self, fmt: str, path: Path) -> None:
        """Render and write off the event loop; report back with a message."""
        try:
            if path.parent == self.folder and not self.folder.exists():
                from tui.paths import ensure_dir

                ensure_dir(self.folder)  # only our own default folder is ever created
            palette = self._palette() if fmt == "html" else None
            written = write_comparison(self.comparison, fmt, path, palette)
        except OSError as error:
            self.post_message(self.Failed(path, error.strerror or str(error)))
        except Exception as error:  # a rendering bug must not lose the dialog
            self.post_message(self.Failed(path, f"{type(error).__name__}: {error}"))
        else:
            self.post_message(self.Written(written))

    def _palette(self) -> dict[str, str] | None:
        """The current theme's colours when it is a theme file (as ``--theme`` reads
        them), else ``None``: the export's own colours."""
        from tui.paths import bundled_themes_dir, user_themes_dir

        dirs = self.theme_dirs or [bundled_themes_dir(), user_themes_dir()]
        try:
            return theme_palette(self.theme, dirs)
        except UnknownTheme:
            return None

    @on(Written)
    def _written(self, message: Written) -> None:
        self.dismiss(message.path)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self._writing = False
        self.query_one("#export-ok", Button).disabled = False
        self._hint(f"Not written: {message.reason}. Change the path and press Enter.", "-error")
        self.app.notify(
            f"Could not write {message.path}: {message.reason}",
            title="Export failed",
            severity="error",
            timeout=8,
        )

    def _hint(self, text: str, state: str = "") -> None:
        hint = self.query_one("#export-hint", Static)
        hint.set_classes(state)
        hint.update(text)

    @on(Button.Pressed, "#export-cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportCommand(Provider):
    """The palette's entry for the export, on the comparison view."""

    async def discover(self) -> Hits:
        yield DiscoveryHit(EXPORT_COMMAND, self._run, help="Choose a format and a file")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        score = matcher.match(EXPORT_COMMAND)
        if score > 0:
            yield Hit(score, matcher.highlight(EXPORT_COMMAND), self._run, text=EXPORT_COMMAND)

    async def _run(self) -> None:
        await self.screen.run_action("export")
