"""YAML from users' hands (themes, settings), read safely with a one-line reason on failure.

PyYAML's safe loader refuses dangerous tags, but building values can still fail with
plain Python errors: ``2024-13-45`` raises ``ValueError`` from ``datetime``, ``!!int
'abc'`` a ``ValueError``, ``!!timestamp 'nope'`` an ``AttributeError``, ``!!bool maybe``
a ``KeyError`` and deep nesting a ``RecursionError``. Callers get one error type.
"""

from __future__ import annotations

from typing import Any

#: What building a document's values can raise besides ``yaml.YAMLError``.
_CONSTRUCTION_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)


class YamlProblem(ValueError):
    """A document that does not load; the message is one line a user can act on."""


def load_yaml(text: str) -> Any:
    """Parse ``text`` with PyYAML's safe loader (the C one when available).

    Raises:
        YamlProblem: for a syntax error or a value that cannot be built.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise YamlProblem(f"invalid YAML{where}: {problem}") from error
    except _CONSTRUCTION_ERRORS as error:
        reason = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        raise YamlProblem(f"a value cannot be read ({reason})") from error
