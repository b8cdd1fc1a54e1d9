"""The core stays pure: importing any ``tui.core`` module pulls in neither Textual nor Rich.

It runs in a fresh interpreter, because the test process itself has long imported both.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import tui.core

    failed = []
    names = sorted(m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core."))
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            # a sibling module still being written; its own tests report it
            failed.append(f"{name}: {exc}")
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
    print(len(names) - len(failed))
    print(leaked)
    for line in failed:
        print("unimportable:", line, file=sys.stderr)
    """
)


def test_core_imports_neither_textual_nor_rich() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    imported, leaked = result.stdout.splitlines()
    assert int(imported) >= 5  # the probe did import the core
    assert leaked == "[]", f"tui.core pulled in {leaked}"


def test_paths_and_cli_import_cheaply() -> None:
    code = (
        "import sys, tui.paths, tui.cli\n"
        "print(sorted(m for m in ('textual', 'rich', 'yaml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
