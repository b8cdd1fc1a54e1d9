"""``newsreader index`` (and ``analyze``) when the caches cannot be used or are damaged:
one clear line on stderr, never a traceback, the documented exit status, nothing lost.

Each test runs the installed console script in a fresh ``NEWSREADER_HOME``. Failures
SQLite would meet on a failing machine are brought about in the child process by a
``sitecustomize`` module on its ``PYTHONPATH``: a real "database or disk is full" (the
file may not grow, ``PRAGMA max_page_count``), a real "attempt to write a readonly
database" (``PRAGMA query_only``), and "disk I/O error" raised as SQLite raises it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("newsreader")
pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed")

_SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test harness: make SQLite fail on one file, as a failing machine would."""
    import os
    import sqlite3

    _connect = sqlite3.connect
    _TARGET = os.environ["NR_TEST_FAIL_FILE"]
    _MODE = os.environ["NR_TEST_FAIL_MODE"]


    def _io_error():
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = "SQLITE_IOERR"
        return error


    class _FailingWrites(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.lstrip().upper().startswith(("INSERT", "DELETE")):
                raise _io_error()
            return super().execute(sql, *args)

        def executemany(self, sql, *args):
            raise _io_error()


    def connect(database, *args, **kwargs):
        if not str(database).endswith(_TARGET):
            return _connect(database, *args, **kwargs)
        if _MODE == "io-open":
            raise _io_error()
        if _MODE == "io-write":
            kwargs["factory"] = _FailingWrites
        conn = _connect(database, *args, **kwargs)
        if _MODE.startswith("full:"):
            conn.execute(f"PRAGMA max_page_count = {_MODE[5:]}")
        if _MODE == "readonly":
            conn.execute("PRAGMA query_only = 1")
        return conn


    sqlite3.connect = connect
    '''
)


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def run(
    home: Path, *args: str, fail: tuple[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSREADER_HOME": str(home), "NO_COLOR": "1"}
    if fail is not None:
        harness = home.parent / "harness"
        harness.mkdir(exist_ok=True)
        (harness / "sitecustomize.py").write_text(_SITECUSTOMIZE)
        env["PYTHONPATH"] = str(harness)
        env["NR_TEST_FAIL_FILE"], env["NR_TEST_FAIL_MODE"] = fail
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120
    )


def stderr_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.strip()]


def cache_dir(home: Path) -> Path:
    return home / "cache"


@pytest.mark.parametrize(
    ("mode", "reason", "when"),
    [
        ("full:1", "database or disk is full", "nothing was indexed"),
        ("full:6", "database or disk is full", "the analyses were not all stored"),
        ("io-open", "disk I/O error", "nothing was indexed"),
        ("io-write", "disk I/O error", "the analyses were not all stored"),
        ("readonly", "attempt to write a readonly database", "nothing was indexed"),
    ],
)
def test_index_on_a_failing_cache_says_so_in_one_line(
    corpus: Path, home: Path, mode: str, reason: str, when: str
) -> None:
    result = run(home, "index", str(corpus), fail=("analysis.sqlite", mode))
    analysis = cache_dir(home) / "analysis.sqlite"
    assert stderr_lines(result) == [
        f"newsreader: error: cannot use the analysis cache {analysis}: {reason}; {when}"
    ]
    assert result.returncode == 1
    assert not list(cache_dir(home).glob("*.damaged-*"))


def test_index_on_a_full_disk_keeps_what_was_stored(corpus: Path, home: Path, seeds_dir: Path):
    from tui.core.store.analysis_cache import AnalysisCache

    assert run(home, "index", str(corpus)).returncode == 0
    shutil.copy(sorted(seeds_dir.glob("*.txt"))[2], corpus / "new.txt")
    full = run(home, "index", str(corpus), fail=("analysis.sqlite", "full:1"))
    assert full.returncode == 1
    assert len(stderr_lines(full)) == 1 and "database or disk is full" in full.stderr
    with AnalysisCache(cache_dir(home) / "analysis.sqlite") as cache:
        assert cache.count() == 2 and cache.warnings == []


def test_analyze_on_a_full_disk_prints_its_analysis_with_a_warning(corpus: Path, home: Path):
    result = run(home, "analyze", str(corpus), fail=("analysis.sqlite", "full:6"))
    assert result.returncode == 0
    assert '"entities"' in result.stdout
    (line,) = stderr_lines(result)
    assert line.startswith("newsreader: warning: cannot use the analysis cache")
    assert line.endswith("database or disk is full; going on without it")


def test_index_with_a_directory_in_place_of_the_cache(corpus: Path, home: Path) -> None:
    analysis = cache_dir(home) / "analysis.sqlite"
    (analysis / "mine").mkdir(parents=True)
    result = run(home, "index", str(corpus))
    assert stderr_lines(result) == [
        f"newsreader: error: cannot use the analysis cache {analysis}: "
        "it is a directory, not a database file; nothing was indexed"
    ]
    assert result.returncode == 1
    assert (analysis / "mine").is_dir()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_index_with_a_read_only_cache_folder(corpus: Path, home: Path) -> None:
    folder = cache_dir(home)
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    try:
        result = run(home, "index", str(corpus))
    finally:
        folder.chmod(0o755)
    (line,) = stderr_lines(result)
    assert line.startswith("newsreader: error: cannot use the analysis cache")
    assert result.returncode == 1


def test_index_of_a_file_with_an_undecodable_name(corpus: Path, home: Path) -> None:
    if sys.platform == "darwin":
        pytest.skip("the file system refuses names that are not UTF-8")
    odd = os.path.join(os.fsencode(corpus), b"caf\xe9.txt")
    with open(odd, "w", encoding="utf-8") as fh:
        fh.write("Le café de Berlin\n\nAngela Merkel a parlé à Berlin. « Tout va bien », dit-elle.")
    first = run(home, "index", str(corpus))
    assert first.returncode == 0 and stderr_lines(first) == []
    assert first.stdout.startswith("3 articles: 0 from cache, 3 analysed")
    second = run(home, "index", str(corpus))
    assert second.returncode == 0 and stderr_lines(second) == []
    assert second.stdout.startswith("3 articles: 3 from cache, 0 analysed")


def damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(4096)
        fh.write(random.Random(7).randbytes(size - 4096))


def test_index_sets_damaged_caches_aside_and_tells_where(corpus: Path, home: Path) -> None:
    assert run(home, "index", str(corpus)).returncode == 0
    folder = cache_dir(home)
    for name in ("analysis.sqlite", "articles.sqlite"):
        assert sqlite3.connect(folder / name).execute("PRAGMA quick_check").fetchone() == ("ok",)
        damage(folder / name)
    result = run(home, "index", str(corpus))
    assert result.returncode == 0
    lines = stderr_lines(result)
    copies = sorted(folder.glob("*.damaged-*"))
    assert [c.name.split(".damaged-")[0] for c in copies] == ["analysis.sqlite", "articles.sqlite"]
    assert len(lines) == 2
    for line, copy in zip(lines, copies, strict=True):
        assert line.startswith(
            f"newsreader: warning: {copy.name.split('.damaged-')[0]} was damaged"
        )
        assert line.endswith(f"the damaged copy is {copy}")
    assert result.stdout.startswith("2 articles: 0 from cache, 2 analysed")
    again = run(home, "index", str(corpus))
    assert stderr_lines(again) == [] and again.stdout.startswith("2 articles: 2 from cache")
