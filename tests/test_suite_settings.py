"""The suite itself: hypothesis replays the same examples on every run, and the end of
a run leaves pytest's final garbage collections little to do."""

from __future__ import annotations

import gc
import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import settings


def test_hypothesis_replays_the_same_examples_every_run() -> None:
    if os.environ.get("HYPOTHESIS_PROFILE", "deterministic") != "deterministic":
        pytest.skip("another profile was asked for")
    assert settings.default.derandomize is True
    assert settings.default.database is None
    assert settings.default.deadline is None


def _suite_conftest():
    """The suite's own conftest.py (each test folder has a module of that name)."""
    spec = importlib.util.spec_from_file_location(
        "suite_conftest", Path(__file__).with_name("conftest.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_session_end_collects_then_freezes(monkeypatch: pytest.MonkeyPatch) -> None:
    suite = _suite_conftest()
    calls: list[str] = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    suite.pytest_sessionfinish(session=None)  # type: ignore[arg-type]
    assert calls == ["collect", "freeze"]
