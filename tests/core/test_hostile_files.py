"""Hostile files and folders: which files are read, and nothing in a folder stops the rest.

Pipes, sockets and devices are never opened; links are followed only inside the opened
folder; JSON nested past the recursion limit or holding over-long integers costs only
what holds it. Pipes are used under :func:`unblocked`, so a regression that opens one
fails (it reads an empty file) instead of hanging; devices are ``/dev/null`` for the
same reason (a regression reading ``/dev/zero`` would never end).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.corpus import files
from tui.core.corpus.identity import corpus_key
from tui.core.corpus.loader import list_files, load_corpus, load_file, reload_corpus
from tui.core.store.article_cache import ArticleCache
from tui.core.store.warm_start import open_warm

GOOD = "Sommet de Berlin\n\nLe chancelier Olaf Scholz a reçu ses homologues jeudi à Berlin.\n"
DEEP = "[" * 100_000 + "]" * 100_000
HUGE = "9" * 5000
NEWSREADER = Path(sys.executable).with_name("newsreader")


@contextmanager
def unblocked(*pipes: Path) -> Iterator[None]:
    """Open and close each pipe for writing until the block ends: code that opens a
    pipe for reading gets an empty file at once instead of waiting forever."""
    done = threading.Event()

    def writer() -> None:
        while not done.wait(0.05):
            for pipe in pipes:
                with contextlib.suppress(OSError):  # no reader: nothing waits on it
                    os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def reasons(report) -> dict[str, str]:
    return {Path(path).name: reason for path, reason in report.skipped}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def good_loaded(report) -> bool:
    return [a.text for a in report.articles if a.id == "good"] == [GOOD]


def stamps_of(folder: Path) -> dict[str, files.Stamp]:
    return {p: s for p in list_files([folder])[0] if (s := files.file_stamp(p))}


def kept_and_reopened(folder: Path, report, cache_path: Path):
    """Keep ``report`` as the folder's snapshot, as the reader does, and reopen it."""
    with ArticleCache(cache_path) as cache:
        cache.put_snapshot(corpus_key([folder]), list(stamps_of(folder).items()), report)
    return open_warm([folder], corpus_key([folder]), article_cache=cache_path)


# --- deeply nested JSON ---------------------------------------------------------------


def test_deeply_nested_json_is_skipped_and_the_folder_loads(folder: Path) -> None:
    (folder / "deep.json").write_text(DEEP, encoding="utf-8")
    (folder / "deep.jsonl").write_text(
        '{"text": "Première dépêche sur le sommet."}\n' + DEEP + "\n", encoding="utf-8"
    )
    report = load_corpus([folder])
    assert good_loaded(report)
    assert reasons(report)["deep.json"] == "invalid JSON: nested too deeply"
    assert [a.id for a in report.articles if a.id.startswith("deep")] == ["deep#1"]
    assert ("line 2: invalid JSON (nested too deeply)") in [m for _, m in report.warnings]


def test_nesting_that_parses_never_reaches_the_caches(folder: Path, tmp_path: Path) -> None:
    """Nested values in fields newsreader does not read are dropped at load, so the
    snapshot stores and decodes flat records only."""
    nested = "[" * 400 + "]" * 400
    (folder / "feed.json").write_text(
        f'[{{"text": "Un texte sur Berlin.", "outlet": {nested}, "tags": {nested}}}]',
        encoding="utf-8",
    )
    report = load_corpus([folder])
    assert [a.id for a in report.articles] == ["feed#1", "good"]
    warm = kept_and_reopened(folder, report, tmp_path / "articles.sqlite")
    assert warm is not None and warm.report.articles == report.articles


# --- links --------------------------------------------------------------------------------


def test_symlink_loops_never_stop_the_walk(folder: Path) -> None:
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "up").symlink_to("..")
    (folder / "again").symlink_to(".")
    sub = folder / "sub"
    sub.mkdir()
    (sub / "parent").symlink_to("..")
    (sub / "a.txt").symlink_to("b.txt")
    (sub / "b.txt").symlink_to("a.txt")
    report = load_corpus([folder])
    assert [a.id for a in report.articles] == ["good"]
    assert reasons(report) == {
        "loop.txt": "symlink loop",
        "up": "link leaves the folder",
        "a.txt": "symlink loop",
        "b.txt": "symlink loop",
    }


def test_links_inside_the_folder_are_followed_and_read_once(folder: Path) -> None:
    sub = folder / "sub"
    sub.mkdir()
    (sub / "other.txt").write_text("Une autre dépêche sur Berlin.\n", encoding="utf-8")
    (folder / "alias.txt").symlink_to("sub/other.txt")
    (folder / "linked").symlink_to("sub")
    report = load_corpus([folder])
    assert sorted(a.text for a in report.articles) == sorted(
        [GOOD, "Une autre dépêche sur Berlin.\n"]
    )
    assert report.skipped == []


def test_links_that_leave_the_folder_are_skipped_with_a_notice(
    folder: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Ne doit pas être lu.\n", encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside)
    (folder / "null.txt").symlink_to(os.devnull)
    report = load_corpus([folder])
    assert [a.id for a in report.articles] == ["good"]
    assert reasons(report) == {
        "secret.txt": "link leaves the folder",
        "elsewhere": "link leaves the folder",
        "null.txt": "link leaves the folder",
    }


def test_files_named_explicitly_are_read_through_links(folder: Path, tmp_path: Path) -> None:
    """Even a link leaving the folder; a loop or a dangling link says what it is."""
    (tmp_path / "outside.txt").write_text("Lu parce que nommé.\n", encoding="utf-8")
    (folder / "named.txt").symlink_to(tmp_path / "outside.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    report = load_corpus([folder / n for n in ("named.txt", "loop.txt", "gone.txt")])
    assert [a.text for a in report.articles] == ["Lu parce que nommé.\n"]
    assert reasons(report) == {
        "loop.txt": "symlink loop",
        "gone.txt": "dangling link (its target does not exist)",
    }


def test_folders_nested_deeper_than_the_stack_are_walked(tmp_path: Path) -> None:
    deepest = str(tmp_path)
    for _ in range(sys.getrecursionlimit() + 200):  # os.makedirs itself recurses
        deepest = os.path.join(deepest, "a")
        os.mkdir(deepest)
    Path(deepest, "bottom.txt").write_text(GOOD, encoding="utf-8")
    try:
        report = load_corpus([tmp_path / "a"])
    finally:  # shutil.rmtree recurses too: take the tree down from the bottom
        os.remove(os.path.join(deepest, "bottom.txt"))
        while deepest != str(tmp_path):
            os.rmdir(deepest)
            deepest = os.path.dirname(deepest)
    assert [a.id for a in report.articles] == ["bottom"]


# --- only regular files -------------------------------------------------------------------


def test_pipes_and_sockets_in_a_folder_are_never_opened(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "sock.md"))
        with unblocked(folder / "pipe.txt"):
            report = load_corpus([folder])
    assert good_loaded(report)
    assert reasons(report) == {
        "pipe.txt": "not a regular file (a named pipe)",
        "sock.md": "not a regular file (a socket)",
    }


def test_a_pipe_or_device_named_explicitly_is_not_read(folder: Path) -> None:
    os.mkfifo(folder / "pipe.jsonl")
    with unblocked(folder / "pipe.jsonl"):
        _, skipped, _ = load_file(folder / "pipe.jsonl")
    assert skipped == [(str(folder / "pipe.jsonl"), "not a regular file (a named pipe)")]
    (folder / "null.txt").symlink_to(os.devnull)
    _, skipped, _ = load_file(folder / "null.txt")
    assert skipped == [(str(folder / "null.txt"), "not a regular file (a device)")]


def test_a_pipe_put_in_place_of_a_listed_file_is_not_waited_on(folder: Path) -> None:
    """The walk listed a regular file; by the time it is read, it is a pipe."""
    (folder / "good.txt").unlink()
    os.mkfifo(folder / "good.txt")
    with unblocked(folder / "good.txt"), pytest.raises(files.Unreadable, match="named pipe"):
        files.read_regular(folder / "good.txt")


def test_a_pipe_appearing_in_an_open_folder_does_not_block_the_reload(folder: Path) -> None:
    first = load_corpus([folder])
    stamps = stamps_of(folder)
    os.mkfifo(folder / "new.txt")
    with unblocked(folder / "new.txt"):
        report, new_stamps, changed = reload_corpus([folder], first.articles, stamps)
    assert report.articles == first.articles and changed == 0
    assert reasons(report) == {"new.txt": "not a regular file (a named pipe)"}
    assert new_stamps == stamps


def test_files_over_the_size_cap_are_refused_unread(folder: Path) -> None:
    big = folder / "big.txt"
    with big.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(files.MAX_FILE_BYTES + 1)
    report = load_corpus([folder])
    assert good_loaded(report)
    limit = files.MAX_FILE_BYTES // (1024 * 1024)
    assert reasons(report) == {"big.txt": f"too large ({limit} MB; the limit is {limit} MB)"}


def test_the_warm_start_keeps_working_beside_a_pipe(folder: Path, tmp_path: Path) -> None:
    os.mkfifo(folder / "pipe.txt")
    with unblocked(folder / "pipe.txt"):
        report = load_corpus([folder])
        warm = kept_and_reopened(folder, report, tmp_path / "articles.sqlite")
    assert warm is not None and warm.report.articles == report.articles
    assert warm.report.skipped == report.skipped


# --- odd content ----------------------------------------------------------------------------


def test_utf16_with_an_odd_byte_count_is_text(folder: Path) -> None:
    (folder / "wide.txt").write_bytes(GOOD.encode("utf-16") + b"\x00")
    (article,), skipped, warnings = load_file(folder / "wide.txt")
    assert skipped == [] and article.text == GOOD
    assert "last byte was dropped" in warnings[0][1]


def test_an_over_long_integer_costs_only_its_field(folder: Path) -> None:
    items = [
        {"text": "Premier texte sur Berlin."},
        {"text": "Deuxième texte sur Berlin.", "title": "Deux"},
        {"text": "Troisième texte sur Berlin."},
    ]
    raw = json.dumps(items).replace('"title": "Deux"', f'"title": "Deux", "views": {HUGE}')
    (folder / "feed.json").write_text(raw, encoding="utf-8")
    articles, skipped, warnings = load_file(folder / "feed.json")
    assert skipped == [] and [a.id for a in articles] == ["feed#1", "feed#2", "feed#3"]
    assert articles[1].title == "Deux"
    assert [m for _, m in warnings] == [
        f"item 2: field 'views' left out (a number of more than {sys.get_int_max_str_digits()} "
        "digits)"
    ]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("date: !!timestamp 'nope'", "'nope' is not a valid timestamp (line 2)"),
        ("title: Un titre\ncount: !!int 'abc'", "'abc' is not a valid int (line 3)"),
        ("date: 2024-13-45", "'2024-13-45' is not a valid timestamp (line 2)"),
        ("a: &a [*a]\nb: !!float 'x'", "'x' is not a valid float (line 3)"),
    ],
)
def test_front_matter_values_that_cannot_be_built_are_named(
    folder: Path, header: str, message: str
) -> None:
    (folder / "note.md").write_text(f"---\n{header}\n---\n{GOOD}", encoding="utf-8")
    (article,), skipped, warnings = load_file(folder / "note.md")
    assert skipped == [] and article.text == GOOD and article.date is None
    assert [m for _, m in warnings] == [f"front matter could not be read: {message}; ignored"]


def test_an_unexpected_failure_costs_one_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.corpus import loader

    (folder / "odd.txt").write_text("Un texte qui déclenche une panne.\n", encoding="utf-8")
    build = loader.build_article

    def failing(**fields):
        if fields["id"] == "odd":
            raise RuntimeError("unforeseen")
        return build(**fields)

    monkeypatch.setattr(loader, "build_article", failing)
    report = load_corpus([folder])
    assert good_loaded(report)
    assert reasons(report) == {"odd.txt": "could not be loaded (unforeseen)"}


# --- every class at once, and any mix --------------------------------------------------


def _write(suffix: str, content: str | bytes):
    data = content if isinstance(content, bytes) else content.encode()
    return lambda folder, name: (folder / f"{name}{suffix}").write_bytes(data)


def _link(suffix: str, target: str):
    return lambda folder, name: (folder / f"{name}{suffix}").symlink_to(target or f"{name}{suffix}")


KINDS = {  # kind: make one, given its folder and a name without suffix
    "deep": _write(".json", DEEP[:4000] + DEEP[-4000:]),
    "deep-line": _write(".jsonl", '{"text": "x"}\n' + DEEP + "\n"),
    "huge-int": _write(".json", f'[{{"text": "x", "n": {HUGE}}}]'),
    "utf16-odd": _write(".txt", "Texte large.".encode("utf-16") + b"!"),
    "bad-yaml": _write(".md", "---\nd: !!timestamp 'x'\n---\nCorps.\n"),
    "binary": _write(".txt", bytes(range(256)) * 4),
    "empty": _write(".md", ""),
    "loop": _link(".txt", ""),
    "up": _link("", ".."),
    "outside": _link(".txt", "/etc/hostname"),
    "device": _link(".txt", os.devnull),
    "dangling": _link(".md", "absent.md"),
    "pipe": lambda folder, name: os.mkfifo(folder / f"{name}.txt"),
}


@pytest.mark.skipif(not NEWSREADER.exists(), reason="the console script is not installed")
def test_analyze_reads_the_good_file_of_a_hostile_folder(folder: Path, tmp_path: Path) -> None:
    for kind, make in KINDS.items():
        make(folder, kind)
    env = {**os.environ, "NEWSREADER_HOME": str(tmp_path / "home")}
    with unblocked(folder / "pipe.txt"):
        run = subprocess.run(
            [str(NEWSREADER), "analyze", str(folder)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,  # a guard against a hang, not a measure
        )
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    ids = [a["id"] for a in json.loads(run.stdout)["articles"]]
    assert ids == ["bad-yaml", "deep-line#1", "good", "huge-int#1", "utf16-odd"]
    for line in [
        "deep.json: invalid JSON: nested too deeply",
        "loop.txt: symlink loop",
        "up: link leaves the folder",
        "outside.txt: link leaves the folder",
        "device.txt: link leaves the folder",
        "dangling.md: dangling link (its target does not exist)",
        "pipe.txt: not a regular file (a named pipe)",
    ]:
        assert line in run.stderr


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=8))
def test_no_mix_of_hostile_files_stops_the_good_one(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "d"
        (folder / "sub").mkdir(parents=True)
        (folder / "good.txt").write_text(GOOD, encoding="utf-8")
        for n, kind in enumerate(kinds):
            KINDS[kind](folder / "sub" if n % 2 else folder, f"h{n}")
        pipes = [folder / "sub" if n % 2 else folder for n in range(len(kinds))]
        with unblocked(*[p / f"h{n}.txt" for n, p in enumerate(pipes) if kinds[n] == "pipe"]):
            report = load_corpus([folder])
        assert good_loaded(report)
        for path, reason in report.skipped:
            assert reason and "\n" not in reason, path
