"""Page-furniture patterns are compiled when first used, not when the module is imported.

The analysis imports the furniture module for its list of outlets alone, in every
worker, and a warm start never reads a signature line; compiling the patterns at
import (several milliseconds) would be paid for nothing there.
"""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import re, sys
compiled = []
original = re.compile
def noting(pattern, flags=0):
    if sys._getframe(1).f_code.co_filename.endswith("furniture.py"):
        compiled.append(pattern)
    return original(pattern, flags)
re.compile = noting
import tui.core.corpus.furniture as furniture
before = len(compiled)
assert furniture.KNOWN_OUTLETS
assert furniture.is_furniture("Lire aussi : le sommet")
assert furniture.signature_source("Avec l'AFP") == "AFP"
print(before, len(compiled) > before)
"""


def test_importing_compiles_no_pattern_and_first_use_does() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "True"]
