"""Which files a corpus is read from, and reading them without ever hanging.

The user points at files and folders; this module turns them into the files to load
and says why anything else was left out. Only regular files are ever opened: a named
pipe would block the reader forever and ``/dev/zero`` would fill the memory. Links
are followed while they stay inside the opened folder (a link to ``/etc/passwd`` or
to ``..`` is not an article about the event); a file the user names explicitly is
read even through a link. A file larger than :data:`MAX_FILE_BYTES` is a dump, not
an article, and is refused.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WEB_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".mhtml", ".mht", ".rss", ".atom", ".xml"})
"""Saved pages and feeds (:mod:`tui.core.web`); an ``.opml`` list is read only when named."""
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | MARKDOWN_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | WEB_SUFFIXES
)

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files beyond this size are refused: no article is this long, and analysing one would
hold the reader for minutes."""

Problem = tuple[str, str]
"""A ``(path, message)`` pair: why a file was skipped, or what is odd about it."""

Stamp = tuple[int, int]
"""A file's ``(mtime_ns, size)``: a reload re-reads a file only when this changed."""

LEAVES_FOLDER = "link leaves the folder"
LOOP = "symlink loop"
DANGLING = "dangling link (its target does not exist)"


class Unreadable(OSError):
    """A file that is not read; the message is the reason shown to the user."""


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Expand files and folders into the files to load, in a deterministic order.

    Folders are walked recursively in name order; hidden files and folders are left
    out, as are files of unsupported types inside folders (a file named explicitly is
    always tried). Returns the files and the paths that could not be used.
    """
    files, problems = list_files(paths)
    return list(map(Path, files)), problems


def list_files(paths: Iterable[str | Path]) -> tuple[list[str], list[Problem]]:
    """:func:`discover` with plain strings: a path object per file costs more than the walk."""
    files: list[str] = []
    problems: list[Problem] = []
    seen: set[str] = set()  # real paths of the folders walked and files listed
    for raw in paths:
        path = os.fspath(raw)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as exc:
            problems.append((path, _missing_reason(path, exc)))
            continue
        if is_dir:
            files.extend(_walk(path, seen, problems))
            continue
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append(path)
    return files, problems


def _walk(top: str, seen: set[str], problems: list[Problem]) -> Iterator[str]:
    """Depth first in name order, without recursion: folders can nest deeper than
    Python's stack."""
    root = os.path.realpath(top)
    inside = os.path.join(root, "")
    stack = [_listing(top, root, seen, problems)]
    while stack:
        entries, base = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        name = entry.name
        if name[0] == ".":  # hidden
            continue
        dot = name.rfind(".")
        wanted = dot > 0 and name[dot:].lower() in SUPPORTED_SUFFIXES
        if entry.is_symlink():
            found = _follow(entry, root, inside, wanted, problems)
            if found is None:
                continue
            real, mode = found
        else:
            # Resolving every file is slow on big folders; only links need it.
            real, mode = base + name, _mode(entry)
        if stat.S_ISDIR(mode):
            stack.append(_listing(entry.path, real, seen, problems))
        elif wanted:
            if not stat.S_ISREG(mode):
                problems.append((entry.path, not_regular(mode)))
            elif real not in seen:
                seen.add(real)
                yield entry.path


_Listing = tuple[Iterator[os.DirEntry], str]


def _listing(path: str, real: str, seen: set[str], problems: list[Problem]) -> _Listing:
    """The sorted entries of a folder not walked yet (nothing when it was, or cannot be),
    with the folder's real path as a prefix for its files."""
    base = os.path.join(real, "")
    if real in seen:
        return iter(()), base
    seen.add(real)
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append((path, os_reason(exc)))
        return iter(()), base
    return iter(entries), base


def _mode(entry: os.DirEntry) -> int:
    """The file type of an entry that is not a link; the directory listing usually says."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return stat.S_IFDIR
        if entry.is_file(follow_symlinks=False):
            return stat.S_IFREG
        return entry.stat(follow_symlinks=False).st_mode
    except OSError:
        return 0


def _follow(
    entry: os.DirEntry, root: str, inside: str, wanted: bool, problems: list[Problem]
) -> tuple[str, int] | None:
    """A link's real target and its file type, or ``None`` (with a reason) when the
    link is not followed. Reasons are only given for what would have been read."""
    try:
        real = os.path.realpath(entry.path, strict=True)
        mode = os.stat(real).st_mode
    except OSError as exc:
        if wanted:
            problems.append((entry.path, _missing_reason(entry.path, exc)))
        return None
    if real != root and not real.startswith(inside):
        if wanted or stat.S_ISDIR(mode):
            problems.append((entry.path, LEAVES_FOLDER))
        return None
    return real, mode


def _missing_reason(path: str, exc: OSError) -> str:
    """Why ``path`` cannot be used: a loop or a dangling link say so, not just ENOENT."""
    if exc.errno == errno.ELOOP:
        return LOOP
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return DANGLING
    return os_reason(exc)


def not_regular(mode: int) -> str:
    """The reason a file of type ``mode`` is not read."""
    if stat.S_ISFIFO(mode):
        kind = "a named pipe"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISDIR(mode):
        return "is a directory"
    else:
        kind = "of an unknown kind"
    return f"not a regular file ({kind})"


def read_regular(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, if it is a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a pipe put in its place since it was listed
    would otherwise wait for a writer) and checked on the open descriptor, so nothing
    can be swapped in between; reading stops past the limit even if the file grows.
    Raises :class:`Unreadable` (an ``OSError``) with the reason otherwise.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise Unreadable(not_regular(mode))
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except Unreadable:
        raise
    except OSError as exc:
        raise Unreadable(_missing_reason(os.fspath(path), exc)) from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(not_regular(info.st_mode))
        if info.st_size > limit:
            raise Unreadable(too_large(info.st_size, limit))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Unreadable(too_large(len(data), limit))
    return data


def too_large(size: int, limit: int = MAX_FILE_BYTES) -> str:
    """The reason a file of ``size`` bytes is not read."""
    mb = 1024 * 1024
    return f"too large ({max(1, size // mb)} MB; the limit is {limit // mb} MB)"


def file_stamp(path: str | Path) -> Stamp | None:
    """The stamp of ``path``, or ``None`` when it cannot be read.

    ``stat`` never opens the file, so a pipe or a device cannot block it.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def os_reason(exc: OSError) -> str:
    """A short, lower-case reason for an operating-system error."""
    if isinstance(exc, Unreadable):
        return str(exc)
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror.lower() if exc.strerror else str(exc)
