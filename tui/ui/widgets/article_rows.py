"""The text of an article's row in the sidebar: its title on two lines, then its
outlet, date and length.

Everything comes from the loader's fields as Rich ``Text``, never markup, so a title
full of brackets shows as written. A row always names an outlet (the domain or the
id stands in for an unknown source): without it, five articles about one event,
whose titles start alike, could not be told apart.
"""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text

from tui.core.corpus.ordering import outlet_label, short_date
from tui.core.models import Article
from tui.core.wording import counted
from tui.ui.render import plain

TITLE_LINES = 2
"""Lines a title may take before it is cut with an ellipsis."""


def is_unusual_encoding(article: Article) -> bool:
    """Tell whether the article was decoded from something other than UTF-8/ASCII."""
    return article.encoding.lower().replace("_", "-") not in {"utf-8", "ascii", "utf-8-sig"}


def title_text(
    article: Article,
    *,
    marked: bool,
    starred: bool,
    unread: bool,
    bold: bool,
    unread_style: Style,
) -> Text:
    """The title with its badges in front: ◆ marked, ★ starred, ● unread."""
    line = Text(no_wrap=True, end="")
    if marked:
        line.append("◆ ", style="bold")
    if starred:
        line.append("★ ", style="bold")
    if unread:
        line.append("● ", style=unread_style)
    title = plain(article.title or article.id)
    title.stylize(Style(bold=bold))
    line.append_text(title)
    return line


def title_lines(title: Text, width: int, console: Console) -> list[Text]:
    """``title`` on :data:`TITLE_LINES` lines of ``width`` cells, broken between words.

    What does not fit is left to the caller's ellipsis on the last line.
    """
    if width <= 0:
        return [Text() for _ in range(TITLE_LINES)]
    lines = title.wrap(console, width, overflow="fold", no_wrap=False)
    shown: list[Text] = []
    used = 0
    for line in lines[: TITLE_LINES - 1]:
        used += len(line.plain)
        line.rstrip()
        shown.append(line)
    rest = title[used:] if len(lines) >= TITLE_LINES else Text()
    rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]  # no space at the start
    rest.no_wrap = True
    shown.append(rest)
    return shown + [Text() for _ in range(TITLE_LINES - len(shown))]


def details_line(article: Article, width: int) -> Text:
    """Outlet (never blank), date when known, length, and an unusual encoding.

    When the line is too long for ``width`` cells, the outlet gives way first (an
    article id can be long), so the date and length stay readable.
    """
    tail = Text(end="")
    date = short_date(article.date)
    if date:
        tail.append(" · ")
        tail.append_text(plain(date))
    figure = f"{article.word_count:,}".replace(",", "\u202f")
    tail.append(" · ")
    tail.append(counted(article.word_count, "word", figure=figure))
    if is_unusual_encoding(article):
        tail.append(f" · ⚠ {article.encoding}")
    outlet = plain(outlet_label(article))
    room = max(8, width - tail.cell_len)
    if outlet.cell_len > room:
        outlet.truncate(room, overflow="ellipsis")
    details = Text(no_wrap=True, style="dim", end="")
    details.append_text(outlet)
    details.append_text(tail)
    return details
