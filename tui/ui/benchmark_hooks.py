"""Hooks that let benchmark scripts time the real reader from the outside.

``NEWSREADER_EXIT_ON_PAINT`` quits right after the first frame;
``NEWSREADER_EXIT_WHEN_ANALYSED`` quits once the whole analysed corpus is drawn;
``NEWSREADER_EXIT_WHEN_INDEXED`` once the palette can search all of it. When
the variable names a file rather than ``1``, the moment is appended to it as a Unix
time first, so the figure does not include the process tearing down a big corpus.
"""

from __future__ import annotations

import os
import time

from textual.app import App

EXIT_ON_PAINT_ENV = "NEWSREADER_EXIT_ON_PAINT"
EXIT_WHEN_ANALYSED_ENV = "NEWSREADER_EXIT_WHEN_ANALYSED"
EXIT_WHEN_INDEXED_ENV = "NEWSREADER_EXIT_WHEN_INDEXED"


def note_and_exit(app: App, variable: str) -> None:
    """Write the time to the file ``variable`` names (if it names one), then quit."""
    target = os.environ.get(variable, "")
    if target not in ("", "1"):
        with open(target, "a", encoding="utf-8") as log:
            log.write(f"{time.time()}\n")
    app.exit(0)
