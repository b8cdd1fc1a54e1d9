"""Building many records at once, as the warm start and the search index need.

Reading a cached corpus or analysis back makes hundreds of thousands of small frozen
records. Two things make that several times faster than one constructor call per
record: building them a field at a time (:func:`build_records`), and keeping the
cycle collector out of the way meanwhile (:func:`collection_paused`), since none of
these objects can form a cycle and its passes over them would only cost time.
"""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from typing import Any


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cycle collector for a block that makes many acyclic objects."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_records(cls: type[Any], n: int, columns: Mapping[str, Iterable[Any]]) -> list[Any]:
    """``n`` records of the frozen slotted dataclass ``cls``, one field column at a time.

    ``columns`` holds one iterable of values per field. Setting each slot through its
    descriptor gives the same objects as calling ``cls(...)`` (these records have no
    ``__post_init__``), several times faster.
    """
    records: list[Any] = list(map(object.__new__, repeat(cls, n)))
    for name in cls.__slots__:
        deque(map(getattr(cls, name).__set__, records, columns[name]), maxlen=0)
    return records


def in_groups(records: Sequence[Any], sizes: Iterable[int]) -> list[tuple[Any, ...]]:
    """``records`` cut into consecutive tuples of the given sizes."""
    out: list[tuple[Any, ...]] = []
    position = 0
    for size in sizes:
        out.append(tuple(records[position : position + size]) if size else ())
        position += size
    return out
