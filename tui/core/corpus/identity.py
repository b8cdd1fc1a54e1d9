"""The one name a corpus goes by in every store: caches, snapshots, reading state."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path


def corpus_key(paths: Iterable[str | os.PathLike[str]]) -> str:
    """A stable key for a corpus: the hash of its sorted, resolved root paths."""
    roots = sorted({str(Path(p).expanduser().resolve()) for p in paths})
    return hashlib.sha256("\n".join(roots).encode("utf-8", "surrogatepass")).hexdigest()[:32]
