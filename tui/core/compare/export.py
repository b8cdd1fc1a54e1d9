"""Render a comparison for sharing: Markdown and self-contained HTML, side by side.

Both formats lay the articles out in the same level rows as the view (paired sentences
on one row with their changed words marked, sentences found in one article only marked
as such) under a summary of similarity, verbatim share, quotes and entities. Article
text is always escaped and its control characters are shown (ESC as ␛), never written
raw; colours come from a theme's palette, defaulting to newsprint.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from tui.core.compare.align import word_diff
from tui.core.compare.summary import Comparison, Row, layout_rows
from tui.core.models import Article, Quote, Span
from tui.core.text import visible_controls

#: The theme variables the HTML export uses. Their values come from the theme the
#: export is given (the default theme's file when none is named); these plain ones
#: stand in only for a variable the theme lacks or when no theme file can be read.
PLAIN_PALETTE: dict[str, str] = {
    "background": "#ffffff",
    "surface": "#f2f2f2",
    "panel": "#e0e0e0",
    "foreground": "#000000",
    "primary": "#000000",
    "accent": "#000000",
    "shared": "#dddddd",
    "unique": "#eeeeee",
    "quote": "#000000",
    "speaker": "#000000",
    "furniture": "#555555",
}

_COLOUR = re.compile(
    r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
    r"|(?:rgb|rgba|hsl|hsla)\(\s*[-\d.%]+\s*(?:,\s*[-\d.%]+\s*){2,3}\)"
    r"|[a-z]+"
)

Segment = tuple[str, bool]  # text, changed


def row_segments(comparison: Comparison, row: Row) -> tuple[list[Segment], list[Segment]]:
    """Cut a row's two sentences into runs of text, flagging words that differ."""
    left, right = comparison.left.text, comparison.right.text
    if row.left is None or row.right is None or row.pair is None:
        return _plain(left, row.left), _plain(right, row.right)
    ls: list[Segment] = []
    rs: list[Segment] = []
    lpos, rpos = row.left.start, row.right.start
    for op in word_diff(left, row.left, right, row.right):
        changed = op.tag != "equal"
        if op.left.end > op.left.start:
            ls.append((left[lpos : op.left.start], False))
            ls.append((left[op.left.start : op.left.end], changed))
            lpos = op.left.end
        if op.right.end > op.right.start:
            rs.append((right[rpos : op.right.start], False))
            rs.append((right[op.right.start : op.right.end], changed))
            rpos = op.right.end
    ls.append((left[lpos : row.left.end], False))
    rs.append((right[rpos : row.right.end], False))
    return _merge(ls), _merge(rs)


def _plain(text: str, span: Span | None) -> list[Segment]:
    return [] if span is None else [(text[span.start : span.end], False)]


def _merge(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for text, changed in segments:
        if not text:
            continue
        if out and out[-1][1] == changed:
            out[-1] = (out[-1][0] + text, changed)
        else:
            out.append((text, changed))
    return out


def _quote_line(text: str, q: Quote) -> str:
    return text[q.start : q.end]


# --- Markdown -------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")
# Characters that change meaning anywhere in a line; "#", "+", "-" and "!" only matter
# at the start of a line (or before "["), which these cells never are.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~]|!(?=\[))")


def _md(text: str) -> str:
    """Escape Markdown syntax and keep a table cell on one line; controls made visible."""
    return _MD_SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", visible_controls(text)))


def _code(text: str) -> str:
    """Text for inside a code span, where escapes would show literally."""
    return _WHITESPACE.sub(" ", visible_controls(text)).replace("`", "'")


def _md_cell(segments: list[Segment]) -> str:
    parts = []
    for text, changed in segments:
        escaped = _md(text)
        core = escaped.strip()
        if changed and core:
            lead = " " if escaped[:1] == " " else ""
            trail = " " if escaped[-1:] == " " else ""
            parts.append(f"{lead}**{core}**{trail}")
        else:
            parts.append(escaped)
    return "".join(parts).strip()


def render_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown document: summary, then a two-column table."""
    c = comparison
    lt = c.left.text
    lines = [
        f"# Comparison: {_md(c.left.title)} ↔ {_md(c.right.title)}",
        "",
        f"- **Left:** {_md(c.left.title)} (`{_code(c.left.id)}`)",
        f"- **Right:** {_md(c.right.title)} (`{_code(c.right.id)}`)",
        f"- **Similarity:** {c.similarity:.0%}",
        f"- **Near-verbatim share:** left {c.verbatim_left:.0%}, right {c.verbatim_right:.0%}",
        f"- **Sentences:** {len(c.pairs)} pairs, {len(c.alignment.only_left)} only left, "
        f"{len(c.alignment.only_right)} only right",
        "",
        "## Quotes",
        "",
    ]
    for shared in c.shared_quotes:
        who = _md(shared.speaker) if shared.speaker else "unattributed"
        times = f" ×{shared.count}" if shared.count > 1 else ""
        lines.append(f"- shared ({who}): « {_md(_quote_line(lt, shared.left))} »{times}")
    for q in c.only_left_quotes:
        lines.append(f"- only left ({_md(q.speaker or 'unattributed')}): « {_md(q.text)} »")
    for q in c.only_right_quotes:
        lines.append(f"- only right ({_md(q.speaker or 'unattributed')}): « {_md(q.text)} »")
    if not (c.shared_quotes or c.only_left_quotes or c.only_right_quotes):
        lines.append("- none")
    lines += ["", "## Entities", ""]
    for label, names in (
        ("shared", c.shared_entities),
        ("only left", c.only_left_entities),
        ("only right", c.only_right_entities),
    ):
        lines.append(f"- {label}: {', '.join(_md(n) for n in names) if names else '—'}")
    lines += [
        "",
        "## Side by side",
        "",
        "Paired sentences share a number; **bold** words differ within a pair.",
        "",
        f"| # | {_md(c.left.title)} | {_md(c.right.title)} |",
        "|---|---|---|",
    ]
    for row in layout_rows(c):
        ls, rs = row_segments(c, row)
        if row.pair is not None:
            mark = str(row.pair + 1)
        else:
            mark = "only left" if row.left is not None else "only right"
        lines.append(f"| {mark} | {_md_cell(ls)} | {_md_cell(rs)} |")
    return "\n".join(lines) + "\n"


# --- HTML -----------------------------------------------------------------------------


def _palette(palette: Mapping[str, str] | None) -> dict[str, str]:
    """Merge a theme's colours over the plain ones, dropping anything not a colour."""
    merged = dict(PLAIN_PALETTE)
    for key, value in (palette or {}).items():
        if key in merged and isinstance(value, str) and _COLOUR.fullmatch(value.strip()):
            merged[key] = value.strip()
    return merged


def _escape(text: str) -> str:
    """HTML-escape text from a file, control characters made visible (a page saved
    from the terminal or viewed with ``cat`` must not drive it)."""
    return html.escape(visible_controls(text))


def _html_cell(segments: list[Segment]) -> str:
    return "".join(
        f"<mark>{_escape(text)}</mark>" if changed and text.strip() else _escape(text)
        for text, changed in segments
    )


_CSS = """
:root {{ {variables} }}
body {{ background: var(--background); color: var(--foreground); margin: 2rem;
  font: 16px/1.5 Georgia, "Times New Roman", serif; }}
h1 {{ color: var(--primary); font-size: 1.5rem; }}
h2 {{ color: var(--primary); font-size: 1.15rem; border-bottom: 1px solid var(--panel); }}
.summary {{ background: var(--surface); padding: .75rem 1rem; border-radius: 4px; }}
.summary dt {{ font-weight: bold; float: left; clear: left; width: 12rem; }}
.summary dd {{ margin-left: 12.5rem; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th {{ background: var(--panel); text-align: left; padding: .4rem; }}
td {{ vertical-align: top; padding: .4rem; border-bottom: 1px solid var(--panel); }}
td.mark {{ width: 5.5rem; color: var(--furniture); font-size: .85rem; }}
tr.pair td.text {{ background: var(--shared); }}
tr.only td.text:not(:empty) {{ background: var(--unique); }}
mark {{ background: transparent; color: var(--accent); font-weight: bold;
  text-decoration: underline; }}
.quote {{ color: var(--quote); }}
.speaker {{ color: var(--speaker); font-weight: bold; }}
.muted {{ color: var(--furniture); }}
"""


_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _language(article: Article) -> str:
    """The article's language as an HTML ``lang`` value; ``und`` when not known."""
    tag = (article.language or "").strip()
    return tag if tag != "other" and _LANGUAGE_TAG.fullmatch(tag) else "und"


def html_languages(comparison: Comparison) -> tuple[str, str, str]:
    """``lang`` for the page, the left column and the right column.

    Articles in one language give the page theirs. Articles in two each mark their
    own column, and the page takes the language of its labels, English.
    """
    left, right = _language(comparison.left), _language(comparison.right)
    if left == right:
        return left, "", ""
    return "en", left, right


def _lang(tag: str) -> str:
    return f' lang="{tag}"' if tag else ""


def render_html(comparison: Comparison, palette: Mapping[str, str] | None = None) -> str:
    """The comparison as one self-contained HTML page, coloured from ``palette``."""
    c = comparison
    colours = _palette(palette)
    variables = " ".join(f"--{k}: {v};" for k, v in colours.items())
    e = _escape
    page, ll, rl = (_lang(tag) for tag in html_languages(c))
    titles = f"<span{ll}>{e(c.left.title)}</span> ↔ <span{rl}>{e(c.right.title)}</span>"
    parts = [
        "<!DOCTYPE html>",
        f'<html{page}><head><meta charset="utf-8">',
        f"<title>Comparison: {e(c.left.title)} ↔ {e(c.right.title)}</title>",
        f"<style>{_CSS.format(variables=variables)}</style></head><body>",
        f"<h1>{titles}</h1>",
        '<dl class="summary">',
        f"<dt>Similarity</dt><dd>{c.similarity:.0%}</dd>",
        f"<dt>Near-verbatim share</dt><dd>left {c.verbatim_left:.0%}, "
        f"right {c.verbatim_right:.0%}</dd>",
        f"<dt>Sentences</dt><dd>{len(c.pairs)} pairs, {len(c.alignment.only_left)} only left, "
        f"{len(c.alignment.only_right)} only right</dd>",
    ]
    for label, names in (
        ("Entities shared", c.shared_entities),
        ("Only left", c.only_left_entities),
        ("Only right", c.only_right_entities),
    ):
        parts.append(f"<dt>{label}</dt><dd>{e(', '.join(names)) if names else '—'}</dd>")
    parts.append("</dl><h2>Quotes</h2><ul>")
    parts += _html_quotes(c, ll, rl)
    parts += [
        "</ul><h2>Side by side</h2>",
        '<p class="muted">Paired sentences share a number and a tint; '
        "underlined words differ within a pair.</p>",
        f'<table><thead><tr><th class="mark">#</th><th{ll}>{e(c.left.title)}</th>'
        f"<th{rl}>{e(c.right.title)}</th></tr></thead><tbody>",
    ]
    for row in layout_rows(c):
        ls, rs = row_segments(c, row)
        if row.pair is not None:
            cls, mark = "pair", str(row.pair + 1)
        else:
            cls, mark = "only", "only left" if row.left is not None else "only right"
        parts.append(
            f'<tr class="{cls}"><td class="mark">{mark}</td>'
            f'<td class="text"{ll}>{_html_cell(ls)}</td>'
            f'<td class="text"{rl}>{_html_cell(rs)}</td></tr>'
        )
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts) + "\n"


def _html_quotes(c: Comparison, ll: str, rl: str) -> list[str]:
    """The quote list items: shared lines (with their count), then one-sided quotes."""
    e = _escape
    items = []
    for shared in c.shared_quotes:
        times = f" ×{shared.count}" if shared.count > 1 else ""
        items.append(
            f'<li>shared — <span class="speaker">{e(shared.speaker or "unattributed")}</span>: '
            f'<span class="quote"{ll}>« {e(_quote_line(c.left.text, shared.left))} »</span>'
            f"{times}</li>"
        )
    for side, lang, quotes in (
        ("only left", ll, c.only_left_quotes),
        ("only right", rl, c.only_right_quotes),
    ):
        for q in quotes:
            items.append(
                f'<li>{side} — <span class="speaker">{e(q.speaker or "unattributed")}</span>: '
                f'<span class="quote"{lang}>« {e(q.text)} »</span></li>'
            )
    if not items:
        items.append('<li class="muted">none</li>')
    return items
