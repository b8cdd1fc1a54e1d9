"""Opening and using newsreader's SQLite files safely: the caches and the reading state.

Every store is one SQLite file marked as ours (application id, schema version), in WAL
mode, shared by threads (one lock) and processes (SQLite locking). Two kinds of trouble
are told apart:

- **A damaged or foreign file** (bad header, random pages, another program's
  database) is renamed ``<name>.damaged-<timestamp>`` and a fresh file is started, with
  one warning saying where the damaged copy went. It is detected at open (``PRAGMA
  quick_check`` for the small reading state; for the caches, which can run to hundreds
  of megabytes where a full check costs a second, each table's first page) and again
  whenever a query meets a damaged page.
- **A file that cannot be used** (a read-only folder, a full disk, an I/O error, a
  directory in its place) is left exactly as it is: nothing stored is ever deleted.
  Opening raises :class:`StoreUnavailable` with a one-line reason. In use, a cache
  (``DbSpec.disposable``) is given up for the session: its methods answer as if it
  were empty, :attr:`Store.failure` says why, and the work goes on without it. The
  reading state holds the user's own marks, so its errors reach the caller.

Text bound for SQLite must be valid UTF-8; a file name with an undecodable byte is a
``str`` with a lone surrogate, so ids and paths go through :func:`to_sql` and JSON
documents through :func:`json_safe`, both exactly reversible.
"""

from __future__ import annotations

import contextlib
import errno
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

BUSY_TIMEOUT_MS = 10_000
GOING_ON_WITHOUT = "; going on without it"
"""Ends the warning of a cache given up (:attr:`Store.failure` is the rest of it)."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DbSpec:
    """What makes a SQLite file ours: its application id, schema version and schema."""

    application_id: int
    schema_version: int
    schema: str
    synchronous: str = "NORMAL"
    disposable: bool = False
    """A cache: another schema version is simply replaced, and a file that cannot be
    used is done without (see :class:`Store`)."""
    full_check: bool = False
    """Run ``PRAGMA quick_check`` at open: reads every page, so only for small files."""


class ForeignDatabase(Exception):
    """The file is not SQLite, or is SQLite written by something else, or is damaged."""


class OutdatedSchema(Exception):
    """The file is ours but from another schema version."""


class StoreUnavailable(Exception):
    """The file cannot be opened or written for a reason the user must fix (permissions,
    space, a directory in its place); nothing was moved or deleted."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot use {path}: {reason}")
        self.path = path
        self.reason = reason


def describe(exc: BaseException) -> str:
    """A short reason for ``exc`` fit for one line on screen."""
    if isinstance(exc, IsADirectoryError) or getattr(exc, "errno", None) == errno.EISDIR:
        return "it is a directory, not a database file"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


def open_database(path: Path, spec: DbSpec) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating if needed) the database at ``path``; set aside a damaged file.

    Returns the connection and warnings for the user (empty when all went well).
    Raises :class:`StoreUnavailable` when the file cannot be used at all.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise StoreUnavailable(path, f"{path.parent} is a file, not a folder") from exc
    except OSError as exc:
        raise StoreUnavailable(path, describe(exc)) from exc
    try:
        return _open_or_replace(path, spec)
    except (OSError, sqlite3.Error) as exc:
        raise StoreUnavailable(path, describe(exc)) from exc


def _open_or_replace(path: Path, spec: DbSpec) -> tuple[sqlite3.Connection, list[str]]:
    warnings: list[str] = []
    try:
        return _open_checked(path, spec), warnings
    except OutdatedSchema as exc:
        if spec.disposable:
            _remove(path)
        else:
            warnings.append(damaged_notice(path, set_aside(path), f"unknown layout: {exc}"))
    except (ForeignDatabase, sqlite3.DatabaseError) as exc:
        if not is_corruption(exc):
            raise
        warnings.append(damaged_notice(path, set_aside(path), str(exc)))
    return _open_checked(path, spec), warnings


def damaged_notice(path: Path, aside: Path | None, reason: str) -> str:
    """The one message about a damaged file: what happened and where the copy is."""
    where = f"; the damaged copy is {aside}" if aside else ""
    return f"{path.name} was damaged ({reason}) and was started afresh{where}"


def is_corruption(exc: BaseException) -> bool:
    """True for a file that is damaged or not ours; False for busy, full, I/O or
    permission trouble, and for mistakes in the calling code."""
    if isinstance(exc, ForeignDatabase):
        return True
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    return type(exc) is sqlite3.DatabaseError


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def set_aside(path: Path) -> Path | None:
    """Rename a bad database (and its WAL files) to ``<name>.damaged-<timestamp>``;
    return the new path (``None`` if another instance moved it first)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    moved: Path | None = None
    with contextlib.suppress(FileNotFoundError):  # another instance got there first
        path.rename(target)
        moved = target
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            side.rename(target.with_name(target.name + suffix))
    return moved


def _open_checked(path: Path, spec: DbSpec) -> sqlite3.Connection:
    _check_header(path)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # One read snapshot for all three facts: another instance may be creating the
        # file right now, and reading them apart could mix its before and after.
        app_id, version, has_tables = conn.execute(
            "SELECT (SELECT application_id FROM pragma_application_id),"
            " (SELECT user_version FROM pragma_user_version),"
            " EXISTS (SELECT 1 FROM sqlite_master)"
        ).fetchone()
        if app_id == spec.application_id and version != spec.schema_version:
            raise OutdatedSchema(f"schema version {version}, expected {spec.schema_version}")
        ours = (app_id, version) == (spec.application_id, spec.schema_version)
        if not ours and ((app_id, version) != (0, 0) or has_tables):
            raise ForeignDatabase(f"application id {app_id:#x}, schema version {version}")
        _when_free(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute(f"PRAGMA synchronous = {spec.synchronous}")
        with transaction(conn):
            # Re-check inside the write lock: another instance may have created it meanwhile.
            if _identity(conn) == (0, 0):
                conn.execute(f"PRAGMA application_id = {spec.application_id}")
                conn.execute(f"PRAGMA user_version = {spec.schema_version}")
            _run_script(conn, spec.schema)
        _check_pages(conn, spec)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_pages(conn: sqlite3.Connection, spec: DbSpec) -> None:
    """Raise :class:`ForeignDatabase` if the file is damaged inside its pages.

    A damaged file usually keeps a sound first page (the schema), so it opens; its
    tables then fail at the first query. ``quick_check`` reads every page (half a
    second per 700 MB when the file is in memory, far more from disk), so a cache only
    reads the first pages of each table here, and recovers at use from damage further
    in.
    """
    if spec.full_check:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise ForeignDatabase("integrity check: " + " ".join(str(rows[0][0]).split()))
        return
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (name,) in names:
        conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchall()


def _when_free(statement: Callable[[], object]) -> None:
    """Run ``statement``, retrying while another connection holds the lock.

    Switching to WAL needs the file to itself, and SQLite reports that as busy at once,
    without waiting the busy timeout: two instances creating the file together would
    otherwise see "database is locked".
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")
            if not (busy or "locked" in str(exc)) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    if head and head != _SQLITE_MAGIC:
        raise ForeignDatabase("not a SQLite database")


def _identity(conn: sqlite3.Connection) -> tuple[int, int]:
    return conn.execute(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version)"
    ).fetchone()


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run ``;``-separated statements without ``executescript``'s implicit COMMIT."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` if the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # a failed disk may refuse this too
                conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# ---------------------------------------------------------------------------
# Text that SQLite can hold.

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def to_sql(value: str) -> str | bytes:
    """``value`` as SQLite can store it: the string itself, or, when it holds a lone
    surrogate (a file name with an undecodable byte), its bytes; see :func:`from_sql`."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def from_sql(value: str | bytes) -> str:
    """The string :func:`to_sql` stored."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return value


def json_safe(document: str) -> str:
    """A JSON document with each lone surrogate written as its ``\\uXXXX`` escape:
    valid UTF-8 for SQLite, and read back by ``json.loads`` as the same string."""
    if document.isascii():
        return document
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", document)


# ---------------------------------------------------------------------------


class Store:
    """One SQLite file of ours, opened by :func:`open_database`, shared by threads.

    ``warnings`` collects messages for the user (a damaged file set aside, a cache
    given up). Subclasses run their queries through :meth:`_guarded`, which sets a
    damaged file aside and, for a cache, gives up on a file that cannot be used.
    """

    label = "database"

    def __init__(self, path: Path, spec: DbSpec) -> None:
        self.path = path
        self.spec = spec
        self.failure: str | None = None
        """Why a cache was given up for this session (``None`` while it works)."""
        self._lock = threading.Lock()
        self._conn, self.warnings = open_database(path, spec)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _guarded(
        self, work: Callable[[sqlite3.Connection], T], default: T, *, again: bool = False
    ) -> T:
        """``work(connection)`` under the lock; ``default`` when the file failed.

        A damaged file is set aside and a fresh one started; with ``again`` (a write
        the user asked for) ``work`` then runs once more on the fresh file.
        """
        with self._lock:
            if self.failure is not None:
                return default
            try:
                return work(self._conn)
            except sqlite3.DatabaseError as exc:
                if is_corruption(exc):
                    self._start_afresh(exc)
                    return work(self._conn) if again else default
                if not self.spec.disposable or isinstance(exc, sqlite3.ProgrammingError):
                    raise
                self._give_up(exc)
                return default

    def _start_afresh(self, exc: BaseException) -> None:
        """The open file went bad: set it aside and open a fresh one (lock held)."""
        self._conn.close()
        aside = set_aside(self.path)
        self.warnings.append(damaged_notice(self.path, aside, str(exc)))
        try:
            self._conn, more = open_database(self.path, self.spec)
        except StoreUnavailable as failed:
            if not self.spec.disposable:
                raise
            self._give_up(failed)
            return
        self.warnings.extend(more)

    def _give_up(self, exc: BaseException) -> None:
        """Stop using a cache that cannot be read or written (lock held)."""
        reason = exc.reason if isinstance(exc, StoreUnavailable) else describe(exc)
        self.failure = f"cannot use the {self.label} {self.path}: {reason}"
        self.warnings.append(self.failure + GOING_ON_WITHOUT)
