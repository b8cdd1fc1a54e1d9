"""One article's analysis as the article pane draws it: styled spans and speaker labels.

Kept apart from the analysis itself (in the core service) because it is about
drawing: which layers are on, and where a quote's speaker label goes.

Where a speaker label goes (the article pane follows this):

* **At the quote's end, never inside a sentence's word or name.** The line holding a
  quote's closing mark ends right after the word that carries the mark
  (:func:`~tui.ui.wrap.break_after`); the text after the quote, the next quote
  included, starts on the next row. So a label can never sit between "Vladimir" and
  "Poutine", and the label always belongs to the quote that ends on its row.
* **On that row when it fits.** The label is drawn right-aligned on the row where the
  quote ends when it fits after the text; otherwise whole on its own row just below.
  A label is split (between its words) only when it is wider than a whole line.
* **Named when a place is shared.** When several quotes end at the same place (a
  quote ending inside another's last word), their labels are listed in quote order,
  each led by the first words of its quote: ``« grande victoire » — Kim Jong-un``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tui.core.models import ArticleAnalysis
from tui.ui.render import QuoteLike, StyledSpan, layer_spans, quote_role, speaker_note
from tui.ui.wrap import break_after

Note = tuple[int, str, str]
"""A speaker label: where it is anchored in the text, its words, and its style role."""

_CLOSING_MARKS = frozenset('»"”’“')
_CLOSING_REACH = 3
_PAIRS = {"«": "»", "“": "”", '"': '"', "‘": "’", "„": "“"}
#: How much of a quote leads its label when several labels share a place.
OPENING_WORDS = 3
OPENING_CELLS = 24


def closing_mark(text: str, quote_end: int) -> int:
    """Where a quote's closing mark is (quotes are trimmed of it), else its last char.

    A paragraph of a quotation that runs on has no closing mark: the mark opening the
    next paragraph is not its own, so the search stops at the line's end."""
    for position in range(quote_end, min(len(text), quote_end + _CLOSING_REACH)):
        if text[position] in _CLOSING_MARKS:
            return position
        if not text[position].isspace() or text[position] == "\n":
            break
    return max(0, quote_end - 1)


def quote_opening(text: str, quote: QuoteLike) -> str:
    """The first words of ``quote`` between the article's own marks: « grande victoire »."""
    words = text[quote.start : quote.end].strip(' «»“”"‘’„').split()
    head = " ".join(words[:OPENING_WORDS])
    if len(head) > OPENING_CELLS:
        head = head[:OPENING_CELLS].rstrip() + "…"
    elif len(words) > OPENING_WORDS:
        head += "…"
    before = text[max(0, quote.start - 2) : quote.start + 1].strip()
    opening = next((mark for mark in before if mark in _PAIRS), "“")
    inside = " " if opening == "«" else ""
    return f"{opening}{inside}{head}{inside}{_PAIRS[opening]}"


def speaker_labels(text: str, quotes: Sequence[QuoteLike]) -> list[Note]:
    """One label per quote, anchored at its closing mark, in quote order.

    Quotes whose lines end at the same place get labels led by their first words,
    so each label still names its own quote.
    """
    places: dict[int, list[tuple[int, QuoteLike]]] = defaultdict(list)
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        anchor = max(q.start, closing_mark(text, q.end))
        places[break_after(text, anchor)].append((anchor, q))
    notes: list[Note] = []
    for sharing in places.values():
        anchor = min(anchor for anchor, _ in sharing)  # one anchor keeps them in order
        for _, quote in sharing:
            words = speaker_note(quote)
            if len(sharing) > 1:
                words = f"{quote_opening(text, quote)} {words}"
            role = "speaker" if quote.kind == "speech" else quote_role(quote)
            notes.append((anchor, words, role))
    return notes


def article_layers(
    analysis: ArticleAnalysis | None,
    *,
    text: str = "",
    entities: bool = True,
    quotes: bool = True,
) -> tuple[list[StyledSpan], list[Note]]:
    """The spans and speaker labels of one article for the layers switched on."""
    if analysis is None:
        return [], []
    shown_quotes = [q for q in analysis.quotes if q.end > q.start] if quotes else []
    spans = layer_spans(analysis.entities if entities else (), shown_quotes)
    return spans, speaker_labels(text, shown_quotes)
