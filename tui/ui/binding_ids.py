"""Stable ids for key bindings, so a keymap file can rebind them (see
:mod:`tui.ui.keymap`); screens name their bindings with :func:`with_ids`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from textual.binding import Binding, BindingType

_ARGUMENTS = re.compile(r"[\s'\"]")


def with_ids(scope: str, bindings: Iterable[BindingType]) -> list[BindingType]:
    """``bindings`` with an id each, so a keymap can rebind them.

    The id is ``scope.action`` (``reader.next_article``; arguments kept without
    quotes or spaces: ``compare.replace(left,-1)``); an app-level action keeps its
    own (``app.help``), so one entry rebinds it on every screen. A binding that
    already has an id keeps it.
    """
    named: list[BindingType] = []
    for item in bindings:
        binding = item if isinstance(item, Binding) else Binding(*item)
        if binding.id is None:
            action = _ARGUMENTS.sub("", binding.action)
            binding_id = action if action.startswith("app.") else f"{scope}.{action}"
            binding = replace(binding, id=binding_id)
        named.append(binding)
    return named
