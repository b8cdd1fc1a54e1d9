"""Who said what in which outlet: speakers by outlets, with the quotes of each cell."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tui.core.overview.common import QuoteRef
from tui.core.text import fold


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """One speaker: quotes in all, and per outlet (only outlets that quote them: a
    corpus of unsigned articles has as many outlets as articles)."""

    speaker: str
    total: int
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class SpeakerMatrix:
    """Speakers × outlets. Rows and outlets are sorted by their totals (then by name),
    so the same corpus in any order gives the same matrix."""

    outlets: tuple[str, ...]
    rows: tuple[SpeakerRow, ...]
    cells: Mapping[tuple[str, str], tuple[QuoteRef, ...]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)

    def cell(self, speaker: str, outlet: str) -> tuple[QuoteRef, ...]:
        """The quotes ``speaker`` has in ``outlet``'s articles, in corpus order."""
        return self.cells.get((speaker, outlet), ())

    def per_outlet(self) -> list[tuple[str, int]]:
        """Quotes per outlet, in the matrix's outlet order: the bar chart."""
        return [(outlet, self.totals.get(outlet, 0)) for outlet in self.outlets]


def ranked(counter: Counter[str]) -> list[str]:
    """Names by count, most first; ties by folded name, then the name itself."""
    return sorted(counter, key=lambda name: (-counter[name], fold(name), name))


def who_said_what(quotes: Sequence[QuoteRef], outlets: Sequence[str] = ()) -> SpeakerMatrix:
    """Count ``quotes`` by speaker and outlet. ``outlets`` lists outlets to show even
    without a quote (every outlet of the corpus, say), after those with quotes."""
    cells = cells_of(quotes)
    by_speaker: Counter[str] = Counter()
    by_outlet: Counter[str] = Counter({name: 0 for name in outlets})
    for q in quotes:
        by_speaker[q.speaker] += 1
        by_outlet[q.outlet] += 1
    columns = tuple(ranked(by_outlet))
    counts: dict[str, dict[str, int]] = {}
    for (speaker, outlet), found in cells.items():
        counts.setdefault(speaker, {})[outlet] = len(found)
    rows = tuple(
        SpeakerRow(speaker, by_speaker[speaker], counts[speaker]) for speaker in ranked(by_speaker)
    )
    return SpeakerMatrix(columns, rows, cells, dict(by_outlet))


def cells_of(quotes: Sequence[QuoteRef]) -> dict[tuple[str, str], tuple[QuoteRef, ...]]:
    """The quotes of each (speaker, outlet) cell, in corpus order."""
    cells: dict[tuple[str, str], list[QuoteRef]] = {}
    for q in quotes:
        cells.setdefault((q.speaker, q.outlet), []).append(q)
    return {key: tuple(found) for key, found in cells.items()}
