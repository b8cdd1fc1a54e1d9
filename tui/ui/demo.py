"""A deterministic reader over the bundled seeds, for snapshots and the README screenshot.

It never reads or writes the user's config or reading state: settings and state go to
throwaway paths (a fresh state each time, so every article starts unread), and only
the bundled themes are loaded, so the picture depends on the code alone.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from tui.ui.app import NewsReaderApp


def demo_app(theme: str = "newsprint") -> NewsReaderApp:
    """The reader on the five seed articles, in ``theme``."""
    from tui import paths
    from tui.core.corpus.loader import load_corpus
    from tui.core.service.corpus import CorpusService

    report = load_corpus([paths.bundled_seeds_dir()])
    scratch = Path(tempfile.gettempdir()) / "newsreader-demo-config.yaml"
    state_dir = tempfile.mkdtemp(prefix="newsreader-demo-")
    atexit.register(shutil.rmtree, state_dir, ignore_errors=True)  # leave no litter
    state = Path(state_dir) / "state.sqlite"
    return NewsReaderApp(
        CorpusService.of_report(report),
        theme=theme,
        config_file=scratch,
        theme_dirs=[paths.bundled_themes_dir()],
        state_file=state,
    )
