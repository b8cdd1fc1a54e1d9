"""Counts in words for every front end: "1 quote", "2 quotes", never "1 quotes".

Every string the reader or a command prints with a number before a noun goes
through :func:`counted`, so singular and plural stay right wherever a count can be
one. It lives in the core so the command line, which never imports the reader, uses
it too.
"""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None, *, figure: str = "") -> str:
    """``count`` and the noun in the right number (``plural`` defaults to ``singular`` + s).

    ``figure`` is how to write the number, when not plainly (``1 234`` for 1234).
    """
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{figure or count} {noun}"
