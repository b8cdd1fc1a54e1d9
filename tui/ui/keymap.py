"""The user's keys: binding ids, the keymap file, and keys pressed twice (``g g``).

Every key binding of the reader, the article list, the article text and the
comparison carries a stable id (``reader.next_article``, ``scroll.top``…), and
``keymap.yaml`` in the config folder maps ids to keys; the app hands the result to
Textual's ``App.set_keymap``, which rebinds them wherever they apply. A keymap file
that cannot be used (bad YAML, an unknown id, a key Textual has no name for) is
reported in one notice and ignored as a whole, so the keys stay those the help lists.

Some keys act when pressed twice in a row within :data:`TWICE_WITHIN` seconds (Vim's
``g g`` for the top); :class:`RepeatedKey` tells the second press from a lone one.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from textual.binding import Binding

#: The documented example keymap, installed with newsreader: every binding id and its keys.
EXAMPLE = Path(__file__).with_name("keymap.example.yaml")
#: Seconds within which a second press counts as the same gesture (``g g``).
TWICE_WITHIN = 1.0
#: Problems listed in the notice before "… and N more".
_MAX_PROBLEMS = 4
_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def binding_catalogue(classes: Iterable[type]) -> dict[str, Binding]:
    """Every binding id the ``classes`` declare (the app gives its own, its screens and
    widgets, in the order the help shows them), with its first binding."""
    found: dict[str, Binding] = {}
    for cls in classes:
        for klass in reversed(cls.__mro__):
            for item in klass.__dict__.get("BINDINGS", []):
                if isinstance(item, Binding) and item.id is not None:
                    found.setdefault(item.id, item)
    return found


def key_problem(keys: str) -> str | None:
    """Why ``keys`` (comma-separated, as in a Binding) is not usable, or ``None``."""
    if not keys.strip():
        return "no key given"
    for key in (part.strip() for part in keys.split(",")):
        if not _known_key(key):
            return f"unknown key {key!r}"
    return None


def _known_key(key: str) -> bool:
    if len(key) == 1:
        return key.isprintable() and not key.isspace()
    *modifiers, base = key.split("+")
    if any(modifier not in _MODIFIERS for modifier in modifiers):
        return False
    return (len(base) == 1 and base.isprintable()) or base in _key_names() or _named_char(base)


def _key_names() -> frozenset[str]:
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys

    names = {key.value.rpartition("+")[2] for key in Keys}
    return frozenset(
        {n for n in names if not n.startswith("<")} | set(KEY_NAME_REPLACEMENTS.values())
    )


def _named_char(name: str) -> bool:
    """Whether ``name`` is Textual's name for a character (``question_mark``)."""
    from textual.keys import KEY_TO_UNICODE_NAME

    try:
        unicodedata.lookup(KEY_TO_UNICODE_NAME.get(name, name.replace("_", " ").upper()))
    except KeyError:
        return False
    return True


def read_keymap(
    path: Path, known: Callable[[], Collection[str]]
) -> tuple[dict[str, str], str | None]:
    """The keymap in ``path`` and a one-line problem, or ``({}, None)`` without a file.

    Args:
        known: gives the binding ids that exist; called only when there is a file,
            since it imports every screen.

    Returns:
        ``(keymap, None)`` when every entry is usable; ``({}, problem)`` otherwise,
        so a half-understood file never leaves the keys in a state nobody chose.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as error:
        return {}, _refused(path, [f"cannot be read ({error})"])
    from tui.core.yamlfile import YamlProblem, load_yaml

    try:
        data = load_yaml(text)
    except YamlProblem as error:
        return {}, _refused(path, [str(error)])
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, _refused(path, ["it should map binding ids to keys"])
    keymap: dict[str, str] = {}
    problems: list[str] = []
    ids = known()
    for binding_id, value in data.items():
        keys = ",".join(value) if _all_strings(value) else value
        if not isinstance(binding_id, str) or binding_id not in ids:
            problems.append(f"unknown binding id {binding_id!r}")
        elif not isinstance(keys, str):
            problems.append(f"{binding_id}: keys should be text, such as 'J' or 'ctrl+n'")
        elif (problem := key_problem(keys)) is not None:
            problems.append(f"{binding_id}: {problem}")
        else:
            keymap[binding_id] = ",".join(part.strip() for part in keys.split(","))
    if problems:
        return {}, _refused(path, problems)
    return keymap, None


def _all_strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _refused(path: Path, problems: list[str]) -> str:
    listed = "; ".join(problems[:_MAX_PROBLEMS])
    if len(problems) > _MAX_PROBLEMS:
        listed += f"; and {len(problems) - _MAX_PROBLEMS} more"
    return f"Keymap {path} not used: {listed}. The default keys apply (? lists them)."


class RepeatedKey:
    """Tells the second of two presses in a row of one gesture from a lone press.

    The app counts keystrokes (:meth:`keystroke`, for every key); a gesture's
    action asks :meth:`second`, which is true when the previous keystroke was the
    same gesture, less than ``within`` seconds ago. Any other key in between, or a
    pause, starts over.
    """

    def __init__(
        self, within: float = TWICE_WITHIN, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.within = within
        self.clock = clock
        self._keystrokes = 0
        self._first: tuple[int, str, float] | None = None

    def keystroke(self) -> None:
        """A key was pressed (whatever it did)."""
        self._keystrokes += 1

    def second(self, gesture: str) -> bool:
        """Whether this press of ``gesture`` completes a pair (else it starts one)."""
        now, first = self.clock(), self._first
        if (
            first is not None
            and first[0] == self._keystrokes - 1
            and first[1] == gesture
            and now - first[2] <= self.within
        ):
            self._first = None
            return True
        self._first = (self._keystrokes, gesture, now)
        return False
