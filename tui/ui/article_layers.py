"""One article's analysis as the article pane draws it: styled spans and speaker notes.

Kept apart from the analysis itself (in the core service) because it is about
drawing: which layers are on, where a speaker's note sits under a quote.
"""

from __future__ import annotations

from tui.core.models import ArticleAnalysis
from tui.ui.render import StyledSpan, layer_spans, quote_role, speaker_note

Note = tuple[int, str, str]
"""A speaker note: where it is anchored in the text, its words, and its style role."""

_CLOSING_MARKS = frozenset('»"”’“')
_CLOSING_REACH = 3


def closing_mark(text: str, quote_end: int) -> int:
    """Where a quote's closing mark is (quotes are trimmed of it), else its last char."""
    for position in range(quote_end, min(len(text), quote_end + _CLOSING_REACH)):
        if text[position] in _CLOSING_MARKS:
            return position
        if not text[position].isspace():
            break
    return max(0, quote_end - 1)


def article_layers(
    analysis: ArticleAnalysis | None,
    *,
    text: str = "",
    entities: bool = True,
    quotes: bool = True,
) -> tuple[list[StyledSpan], list[Note]]:
    """The spans and speaker notes of one article for the layers switched on.

    Each note is anchored at the quote's closing mark in ``text`` (the article text),
    so it is drawn under the line where the quoted words visibly end.
    """
    if analysis is None:
        return [], []
    shown_quotes = [q for q in analysis.quotes if q.end > q.start] if quotes else []
    spans = layer_spans(analysis.entities if entities else (), shown_quotes)
    notes = [
        (
            max(q.start, closing_mark(text, q.end)),
            speaker_note(q),
            "speaker" if q.kind == "speech" else quote_role(q),
        )
        for q in shown_quotes
    ]
    return spans, notes
