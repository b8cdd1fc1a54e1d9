"""Snapshot tests of the main screen over the seeds (pytest-textual-snapshot).

Regenerate after an intended visual change with ``pytest tests/ui --snapshot-update``.
"""

from __future__ import annotations

import pytest

from tui.ui.demo import demo_app

SIZE = (110, 32)


@pytest.mark.parametrize("theme", ["newsprint", "inkwell"])
def test_main_screen(snap_compare, theme):
    assert snap_compare(demo_app(theme), terminal_size=SIZE)


def test_third_article_with_find(snap_compare):
    assert snap_compare(
        demo_app("okabe-ito"), press=["J", "J", "slash", *"kim", "enter"], terminal_size=SIZE
    )
