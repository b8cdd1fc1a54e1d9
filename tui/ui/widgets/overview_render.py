"""The overview's records as styled text: bar charts, word diffs, shaded sentences.

Everything from the files goes through :func:`tui.ui.render.plain` (literal, controls
shown), and colours come from the current theme's variables, so light themes stay
legible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.style import Style
from rich.text import Text
from textual.color import Color

from tui.core.models import Article
from tui.core.overview.export import bar
from tui.core.overview.provenance import QuoteGroup, Version
from tui.core.overview.shared_text import SharedText
from tui.core.wording import counted
from tui.ui.render import plain, sanitize

LABEL_WIDTH = 28


def _colour(variables: Mapping[str, str], name: str, fallback: str) -> Color:
    try:
        return Color.parse(variables.get(name) or fallback)
    except Exception:  # a theme variable Textual cannot parse: the fallback
        return Color.parse(fallback)


def bar_chart(rows: Sequence[tuple[str, float]], *, percent: bool = False, width: int = 30) -> Text:
    """One line per ``(label, value)``: the label, a bar scaled to the largest value,
    and the value (as a percentage with ``percent``)."""
    top = max((v for _l, v in rows), default=0)
    out = Text(no_wrap=True, overflow="ellipsis")
    for n, (label, value) in enumerate(rows):
        name = label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"
        if n:
            out.append("\n")
        out.append_text(plain(name.ljust(LABEL_WIDTH)))
        out.append(" ")
        out.append(bar(value, top, width).ljust(width), style="bold")
        out.append(f" {value:.0%}" if percent else f" {value:g}")
    return out


def group_line(group: QuoteGroup) -> Text:
    """A provenance list line: speaker, the first words, how far they travelled."""
    first = group.first.text.replace("\n", " ")
    words = first if len(first) <= 70 else first[:69] + "…"
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append_text(plain(group.speaker))
    line.stylize("bold")
    line.append(" « ")
    line.append_text(plain(words))
    line.append(" » ")
    altered = sum(v.relation != "same" for v in group.versions[1:])
    line.append(
        f"{counted(len(group.outlets), 'outlet')} · {counted(len(group.articles), 'article')}"
        f" · {altered} changed",
        style="dim",
    )
    return line


def version_text(group: QuoteGroup, version: Version, variables: Mapping[str, str]) -> Text:
    """A version's words, those that differ from the first version's marked."""
    changed = Style(
        color=_colour(variables, "error", "#b00020").rich_color, bold=True, underline=True
    )
    text = version.quote.text
    out = Text()
    position = 0
    for op in version.diff:
        if op.tag == "equal" or op.right.end <= op.right.start:
            continue
        out.append(sanitize(text[position : op.right.start]))
        out.append(sanitize(text[op.right.start : op.right.end]), style=changed)
        position = op.right.end
    out.append(sanitize(text[position:]))
    dropped = [
        group.first.text[op.left.start : op.left.end]
        for op in version.diff
        if op.tag in ("delete", "replace") and op.left.end > op.left.start
    ]
    if dropped:
        out.append("\n   without: ", style="dim")
        out.append(sanitize(" … ".join(dropped)), style=Style(strike=True, dim=True))
    return out


def shaded_article(
    article: Article, shared: SharedText, variables: Mapping[str, str], titles: Mapping[str, str]
) -> Text:
    """The article's sentences, each shaded by how many other articles carry it."""
    base = _colour(variables, "surface", "#ebe6da")
    strong = _colour(variables, "accent", "#8a4f00")
    most = max((len(s.carriers) for s in shared.sentences), default=0) or 1
    out = Text()
    for n, sentence in enumerate(shared.sentences):
        if n:
            out.append("\n")
        count = len(sentence.carriers)
        shade = base.blend(strong, 0.15 + 0.6 * count / most) if count else None
        style = Style(bgcolor=shade.rich_color) if shade is not None else Style(dim=True)
        out.append(f"{count:>2} ", style="bold" if count else "dim")
        out.append(sanitize(article.text[sentence.span.start : sentence.span.end]), style=style)
    if shared.reference is not None:
        title = titles.get(shared.reference, shared.reference)
        out.append("\n\nReference: ", style="bold")
        out.append_text(plain(title))
    return out
