"""Reading state: kept across restarts, per corpus, and intact after a kill mid-write."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tui.core.corpus.identity import corpus_key
from tui.core.store.reading_state import CorpusState, ReadingState


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "state.sqlite"


def test_corpus_key_ignores_order_and_spelling(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    assert corpus_key([a, b]) == corpus_key([str(b), str(a / ".." / "a")])
    assert corpus_key([a]) != corpus_key([a, b])


def test_fresh_corpus_is_empty(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        assert state.snapshot("nothing") == CorpusState()


def test_state_is_kept_across_restarts(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        state.open_article("c1", ("a1", "/x/a1.txt"), scroll=12.5)
        state.set_read("c1", ("a2", "/x/a2.txt"))
        state.set_starred("c1", ("a3", "/x/a3.txt"))
        state.set_position("c1", ("a2", "/x/a2.txt"), 40)
    with ReadingState(state_path) as state:
        snap = state.snapshot("c1")
        assert state.warnings == []
    assert snap.read == {("a1", "/x/a1.txt"), ("a2", "/x/a2.txt")}
    assert snap.starred == {("a3", "/x/a3.txt")}
    assert snap.last_article == ("a2", "/x/a2.txt")
    assert snap.scroll == 40


def test_corpora_are_kept_apart(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        state.open_article("c1", ("a", "/p"))
        assert state.snapshot("c2") == CorpusState()


def test_toggles_flip_and_report(state_path: Path) -> None:
    ref = ("a", "/p")
    with ReadingState(state_path) as state:
        assert state.toggle_read("c", ref) is True
        assert state.toggle_read("c", ref) is False
        assert state.toggle_starred("c", ref) is True
        snap = state.snapshot("c")
    assert snap.read == frozenset()
    assert snap.starred == {ref}


def test_same_id_different_path_are_different_articles(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        state.set_read("c", ("a", "/one/a.txt"))
        assert state.snapshot("c").read == {("a", "/one/a.txt")}


def test_forget_drops_one_corpus(state_path: Path) -> None:
    with ReadingState(state_path) as state:
        state.open_article("c1", ("a", "/p"))
        state.open_article("c2", ("b", "/q"))
        state.forget("c1")
        assert state.snapshot("c1") == CorpusState()
        assert state.snapshot("c2").last_article == ("b", "/q")


def test_corrupt_state_file_is_set_aside(state_path: Path) -> None:
    state_path.parent.mkdir(parents=True)
    state_path.write_bytes(b"\x00garbage" * 100)
    with ReadingState(state_path) as state:
        assert state.warnings
        state.set_read("c", ("a", "/p"))
        assert state.snapshot("c").read == {("a", "/p")}


_WRITER = textwrap.dedent(
    """
    import sys
    from tui.core.store.reading_state import ReadingState
    state = ReadingState(sys.argv[1])
    i = 0
    while True:
        i += 1
        state.open_article("corpus", (f"a{i}", f"/p/a{i}.txt"), scroll=float(i))
        state.toggle_starred("corpus", ("s", "/p/s.txt"))
        print(i, flush=True)
    """
)


def test_kill_mid_write_leaves_last_committed_state(state_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(state_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    last_printed = 0
    try:
        for line in proc.stdout:
            last_printed = int(line)
            if last_printed >= 150:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert last_printed >= 150, proc.stderr.read() if proc.stderr else ""

    raw = sqlite3.connect(state_path)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    with ReadingState(state_path) as state:
        snap = state.snapshot("corpus")
    assert snap.last_article is not None
    last = int(snap.last_article[0][1:])
    # Every printed write was committed; at most the one in flight went further.
    assert last_printed <= last <= last_printed + 1
    assert snap.scroll == float(last)
    # open_article is atomic: the read set is exactly the articles opened so far.
    assert snap.read == {(f"a{i}", f"/p/a{i}.txt") for i in range(1, last + 1)}
    # the star toggles once per completed iteration (or the one in flight).
    starred = ("s", "/p/s.txt") in snap.starred
    assert starred in (last_printed % 2 == 1, (last_printed + 1) % 2 == 1)


def test_mark_many_read_then_unread(state_path: Path) -> None:
    refs = [(f"a{i}", f"/p/a{i}") for i in range(50)]
    with ReadingState(state_path) as state:
        state.set_read_many("c", refs)
        assert state.snapshot("c").read == set(refs)
        state.set_read_many("c", refs[:10], read=False)
        assert state.snapshot("c").read == set(refs[10:])
