"""The default engine: the trained model reads French, the rules read the rest; the
cache says which engine made each analysis; the model never loads in the caller.

Invented articles throughout. The test that really loads the model does it in a
child process, so it can check that the parent never imported spaCy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Generator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from tui import cli
from tui.core import engine_identity
from tui.core.analysis import engine, parallel
from tui.core.analysis.engine_trained import analyze_article_trained
from tui.core.analysis.parallel import analyze_many
from tui.core.analysis.pipeline import analyze_article
from tui.core.corpus.loader import build_article
from tui.core.models import Article, ArticleAnalysis
from tui.core.store.analysis_cache import AnalysisCache

FRENCH = "Le maire de Villebrune, Octave Largier, a inauguré mardi la nouvelle halle."
ENGLISH = "The mayor of Kestrel Bay, Ada Thornley, opened the new market hall on Tuesday."


def article(text: str, language: str, name: str = "a") -> Article:
    return build_article(id=name, path=f"{name}.txt", text=text, meta={"language": language})


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trained engine selected by default, its model not installed."""
    monkeypatch.setattr(engine_identity, "available", lambda: False)
    monkeypatch.setattr(engine, "_told", set())


def test_the_trained_engine_is_the_default(real_engine: None) -> None:
    assert engine_identity.selected() == "trained"
    assert engine.in_use() == "trained"
    assert engine.cache_key() == engine_identity.engine_key()
    assert engine.default_analyzer() is analyze_article_trained


def test_rules_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.ENGINE_ENV, "trained")  # restored after select() changes it
    engine.select("rules")
    assert engine.in_use() == "rules"
    assert engine.cache_key() == f"rules:{engine.ENGINE_VERSION}"
    assert engine.default_analyzer() is analyze_article


def test_only_french_needs_the_model() -> None:
    assert engine.needs_model(analyze_article_trained, article(FRENCH, "fr"))
    assert not engine.needs_model(analyze_article_trained, article(ENGLISH, "en"))
    assert not engine.needs_model(analyze_article, article(FRENCH, "fr"))


def test_a_missing_model_falls_back_to_the_rules_and_says_so_once(
    real_engine: None, no_model: None
) -> None:
    assert engine.in_use() == "rules"
    assert engine.cache_key() == f"rules:{engine.ENGINE_VERSION}"
    assert engine.default_analyzer() is analyze_article
    assert engine.engine_notices([article(ENGLISH, "en")]) == []  # no French: nothing to say
    (notice,) = engine.engine_notices([article(FRENCH, "fr")])
    assert "not installed" in notice and "rules" in notice
    assert engine.engine_notices([article(FRENCH, "fr")]) == []


def test_no_notice_when_the_rules_are_chosen(no_model: None) -> None:
    assert engine.engine_notices([article(FRENCH, "fr")]) == []


def test_the_cache_never_serves_one_engines_analysis_to_the_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_engine: None
) -> None:
    """A French article analysed by the rules is a miss once the model is the default,
    and the model's analysis is a miss once the rules are forced."""
    french = article(FRENCH, "fr")
    by_rules = ArticleAnalysis(french.id)
    monkeypatch.setenv(engine.ENGINE_ENV, "rules")
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        cache.put(french, by_rules)
        assert cache.get(french) == by_rules
    monkeypatch.delenv(engine.ENGINE_ENV)
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        assert cache.get(french) is None
    monkeypatch.setenv(engine.ENGINE_ENV, "rules")
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        assert cache.get(french) == by_rules


def heavy_analyzer(article: Article) -> ArticleAnalysis:
    """Stands for a model-backed analyzer; must never run in the calling process."""
    raise AssertionError("a model-backed analysis ran in the calling process")


@pytest.fixture
def heavy(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"{heavy_analyzer.__module__}.{heavy_analyzer.__qualname__}"
    monkeypatch.setitem(engine.MODEL_LANGUAGES, name, frozenset({"fr"}))


def test_one_short_french_article_still_goes_to_a_worker(
    monkeypatch: pytest.MonkeyPatch, heavy: None
) -> None:
    started: list[int] = []

    def workers(misses, analyzer, cancel, n_workers, size) -> Generator[tuple[str, str]]:
        started.append(n_workers)
        for key, art in misses:
            yield key, parallel.encode_analysis(ArticleAnalysis(art.id))

    monkeypatch.setattr(parallel, "_run_in_workers", workers)
    got = analyze_many([article(FRENCH, "fr")], analyzer=heavy_analyzer, workers=2)
    assert started == [1] and list(got) == ["a"]  # one model load is enough for it


def test_a_second_model_worker_only_for_enough_text(heavy: None) -> None:
    short = [article(FRENCH, "fr", f"s{i}") for i in range(5)]
    long = article("Un mot. " * engine.MODEL_CHARS_PER_WORKER, "fr", "long")
    english = [article(ENGLISH * 2000, "en", "e")]
    assert engine.model_workers(heavy_analyzer, short, 2) == 1
    assert engine.model_workers(heavy_analyzer, [*short, long], 2) == 2
    assert engine.model_workers(heavy_analyzer, english, 2) == 2  # rules work: all


def test_english_rules_work_stays_in_process(monkeypatch: pytest.MonkeyPatch, heavy: None) -> None:
    def workers(*args: object) -> None:
        raise AssertionError("a worker pool was started for light work")

    monkeypatch.setattr(parallel, "_run_in_workers", workers)
    errors: list[tuple[str, str]] = []
    analyze_many([article(ENGLISH, "en")], analyzer=heavy_analyzer, workers=2, errors=errors)
    ((_, message),) = errors  # the analyzer ran here (and refused, being a stand-in)
    assert "calling process" in message


def test_a_dead_worker_never_brings_the_model_into_the_caller(
    monkeypatch: pytest.MonkeyPatch, heavy: None
) -> None:
    """Every pool dies: the French articles fail with a reason, none is lost silently,
    and none is analysed in the calling process."""

    def dying(misses, analyzer, cancel, n_workers, size) -> Generator[tuple[str, str]]:
        raise BrokenProcessPool("killed")
        yield  # a generator, as the real one

    monkeypatch.setattr(parallel, "_run_in_workers", dying)
    errors: list[tuple[str, str]] = []
    arts = [article(FRENCH, "fr", "f1"), article(FRENCH + " Bis.", "fr", "f2")]
    got = analyze_many(arts, analyzer=heavy_analyzer, workers=2, errors=errors)
    assert set(got) == {"f1", "f2"}
    assert sorted(aid for aid, _ in errors) == ["f1", "f2"]
    assert all("died" in message for _, message in errors)


CHILD = """
import sys
from tui import cli

status = cli.main(["analyze", sys.argv[1], "--engine", "trained"])
assert "spacy" not in sys.modules, "spaCy was imported in the calling process"
sys.exit(status)
"""


def test_analyze_reads_french_with_the_model_in_a_worker_only(tmp_path: Path) -> None:
    """The real model, end to end through the command line: ``--engine trained``
    overrides the environment (the suite's ``rules``), the entities come back, and
    spaCy is never imported in the calling process."""
    (tmp_path / "a.txt").write_text(
        f"Grève à Villebrune\n\n{FRENCH} Le syndicat CGT appelle à manifester, a déclaré "
        "Sophie Marlin.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    (found,) = json.loads(done.stdout)["articles"]
    labels = {(e["text"], e["label"]) for e in found["entities"]}
    assert {("Octave Largier", "PER"), ("Sophie Marlin", "PER"), ("Villebrune", "LOC")} <= labels


def test_the_reader_takes_an_engine() -> None:
    assert cli._reader_parser().parse_args(["--engine", "rules"]).engine == "rules"
    with pytest.raises(SystemExit):
        cli._reader_parser().parse_args(["--engine", "neural"])


def test_a_missing_model_asked_for_by_name_is_one_line(
    no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["analyze", "--engine", "trained"]) == 2
    err = capsys.readouterr().err.strip()
    assert "trained engine is not installed" in err and "\n" not in err


def test_pruning_keeps_every_current_engines_analyses(tmp_path: Path, real_engine: None) -> None:
    """``index --prune`` drops older versions only: switching between the rules and
    the model must not cost the other engine's analyses."""
    french = article(FRENCH, "fr")
    keys = engine_identity.current_keys()
    assert keys == (f"rules:{engine.ENGINE_VERSION}", engine_identity.engine_key())
    for key in (*keys, "rules:1"):
        with AnalysisCache(tmp_path / "c.sqlite", engine=key) as cache:
            cache.put(french, ArticleAnalysis(french.id))
    with AnalysisCache(tmp_path / "c.sqlite") as cache:
        assert cache.prune() == 1  # only the old version's row
    for key in keys:
        with AnalysisCache(tmp_path / "c.sqlite", engine=key) as cache:
            assert cache.get(french) is not None


def test_the_fallback_notice_reaches_the_user_once(real_engine: None, no_model: None) -> None:
    """What the reader and the subcommands show: the notice, once, and the French
    article still analysed (by the rules)."""
    from tui.core.service.analysis import AnalysisRequest, analyse_corpus

    french = article(FRENCH, "fr")
    first = analyse_corpus([french], AnalysisRequest(search=False))
    again = analyse_corpus([french], AnalysisRequest(search=False))
    assert first is not None and again is not None
    assert sum("not installed" in p for p in first.problems) == 1
    assert not any("not installed" in p for p in again.problems)
    assert ("Octave Largier", "PER") in {
        (e.text, e.label) for e in first.corpus.articles[french.id].entities
    }
