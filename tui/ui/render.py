"""Spans plus a theme → styled Rich text, in one place.

Every piece of article text that reaches the screen goes through :func:`render_text`.
It builds :class:`rich.text.Text` objects directly, so markup-looking text
(``[bold red]x[/]``) stays literal, and it swaps control characters for visible
stand-ins one for one, so ANSI escapes cannot drive the terminal and character
offsets computed by the analysis still line up with what is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from rich.style import Style
from rich.text import Text

from tui.core.text import visible_controls


def sanitize(text: str) -> str:
    """Replace control characters with visible stand-ins; length is unchanged.

    The core's :func:`~tui.core.text.visible_controls` decides what is a control (ESC →
    ␛, C1 and bidi overrides → �…); on screen a tab also becomes one space, so offsets
    still line up and columns never jump.
    """
    return visible_controls(text).replace("\t", " ")


class SpanLike(Protocol):
    """Anything with character offsets and a role naming a theme style."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def role(self) -> str: ...


@dataclass(frozen=True, slots=True)
class StyledSpan:
    """A range of article text to draw in the style the theme gives ``role``.

    Roles are theme variable names: ``entity-per``, ``quote``, ``search-match``…
    """

    start: int
    end: int
    role: str


@dataclass(frozen=True, slots=True)
class RenderTheme:
    """The Rich style for each role, resolved from the current theme's colours."""

    styles: Mapping[str, Style] = field(default_factory=dict)
    base: Style = field(default_factory=Style)

    def style_for(self, role: str) -> Style:
        """Return the style for ``role``; unknown roles draw plainly."""
        return self.styles.get(role, Style())


def render_text(
    text: str,
    spans: Iterable[SpanLike],
    theme: RenderTheme,
    *,
    start: int = 0,
    end: int | None = None,
    role: str | None = None,
) -> Text:
    """Render ``text[start:end]`` with ``spans`` (offsets into the whole ``text``).

    Args:
        text: the article text, never parsed as markup.
        spans: styled ranges; later spans paint over earlier ones. Parts outside the
            slice are clipped.
        theme: styles per role.
        start: first character of the slice to render.
        end: end of the slice (defaults to the end of ``text``).
        role: a role applied to the whole slice first (e.g. ``furniture``).
    """
    stop = len(text) if end is None else end
    result = Text(sanitize(text[start:stop]), style=theme.base, no_wrap=True, end="")
    # Text.render() drops the base style of a text without spans, so a line with no
    # highlight would lose the theme's background; a span carrying it keeps it.
    result.stylize(theme.base)
    if role is not None:
        result.stylize(theme.style_for(role))
    for span in spans:
        lo = max(span.start, start)
        hi = min(span.end, stop)
        if lo < hi:
            result.stylize(theme.style_for(span.role), lo - start, hi - start)
    return result


def plain(text: str) -> Text:
    """Wrap untrusted text (titles, file names, sources) for display, literally."""
    return Text(sanitize(text.replace("\n", " ")), end="")


#: The theme role of each entity label.
ENTITY_ROLES: Mapping[str, str] = {
    "PER": "entity-per",
    "LOC": "entity-loc",
    "ORG": "entity-org",
    "MISC": "entity-misc",
}

#: How the legend and the panels name each label.
LABEL_NAMES: Mapping[str, str] = {
    "PER": "person",
    "LOC": "place",
    "ORG": "organisation",
    "MISC": "other",
}


class EntityLike(Protocol):
    """An entity mention: offsets and a label."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def label(self) -> str: ...


class QuoteLike(Protocol):
    """A quote: offsets, its words, a speaker (or none) and a kind."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def speaker(self) -> str | None: ...

    @property
    def kind(self) -> str: ...

    @property
    def source(self) -> str | None: ...

    @property
    def text(self) -> str: ...


def kind_role(kind: str) -> str:
    """Speech draws as ``quote``; fragments and other quoted words as ``quote-fragment``."""
    return "quote" if kind == "speech" else "quote-fragment"


def quote_role(quote: QuoteLike) -> str:
    """The theme role of a quote, from its kind."""
    return kind_role(quote.kind)


def layer_spans(
    entities: Iterable[EntityLike] = (),
    quotes: Iterable[QuoteLike] = (),
) -> list[StyledSpan]:
    """The styled spans of the analysis layers: quotes first, entities painted over them.

    An entity inside a quote keeps its label colour on top of the quote's italics, so
    a name quoted by someone is still told apart.
    """
    spans = [StyledSpan(q.start, q.end, quote_role(q)) for q in quotes if q.end > q.start]
    spans.extend(
        StyledSpan(e.start, e.end, ENTITY_ROLES.get(e.label, "entity-misc"))
        for e in entities
        if e.end > e.start
    )
    return spans


def speaker_note(quote: QuoteLike) -> str:
    """The decoration drawn after a quote: who said it, that the text does not say, or
    that the marks set off a name or a title (« Les Heures blanches »), nobody's words.
    Lowercase words the engine gave nobody (« qui ne savait pas lire ») are no title:
    they are only unattributed."""
    who = who_said(quote)
    if quote.kind == "other" and who is None:
        return "— name or title" if quote.text[:1].isupper() else "— unattributed"
    who = who or "unattributed"
    return f"— {who}" if quote.kind == "speech" else f"— {who} (fragment)"


def who_said(quote: QuoteLike) -> str | None:
    """The speaker's name, else the description of an unnamed one, marked as such so
    it never reads as a name (« le porte-parole (unnamed) »), else ``None``."""
    if quote.speaker:
        return quote.speaker
    return f"{quote.source} (unnamed)" if quote.source else None


def marked_text(text: str, positions: Iterable[int], style: Style, *, prefix: str = "") -> Text:
    """``prefix`` then ``text`` (literal) with the characters at ``positions`` styled."""
    result = Text(prefix, style="dim", end="")
    body = plain(text)
    for index in positions:
        if 0 <= index < len(body):
            body.stylize(style, index, index + 1)
    result.append_text(body)
    return result
