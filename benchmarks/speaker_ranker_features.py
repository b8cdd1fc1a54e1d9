"""What a reader weighs when no cue says who is quoted: where each name stands.

When the reporting cues find no speaker, a reader still guesses well from layout
alone: the person named just before the words in the same sentence, the one the
paragraph is about, the one who spoke the previous quotation. This module turns
those clues into numbers, one row per candidate (a person or body the article
names) and one row for the quotation itself (how much it looks like nobody's
words: a short label, a title, a headline). ``speaker_ranker_study.py`` learns how
to weigh them from annotated articles.

Everything here reads the text with all quoted words masked, so a name inside a
quotation never counts as standing near it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.models import Entity, Quote
from tui.core.quotes.speech_verbs import is_speech_verb
from tui.core.quotes.words import _PREPOSITIONS
from tui.core.text import fold

CANDIDATE_FEATURES = (
    "same_sentence_before",
    "same_sentence_after",
    "paragraph_before",
    "paragraph_after",
    "previous_paragraph",
    "earlier_only",
    "nearest_before",
    "nearest_after",
    "words_before",
    "reporting_verb_next",
    "sentence_opening",
    "after_preposition",
    "person",
    "most_named",
    "mentions",
    "previous_speaker",
    "speaks_in_paragraph",
    "cue_speaker",
    "reports_next_sentence",
    "alone_in_paragraph",
)
"""One feature per clue about a candidate speaker, in weight order."""

QUOTE_FEATURES = (
    "bias",
    "kind_other",
    "kind_fragment",
    "words_quoted",
    "capitalised",
    "described_speaker",
    "headline",
    "reporting_verb_in_sentence",
    "candidates",
    "cues_silent",
)
"""One feature per clue that a quotation is nobody's words, in weight order."""

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
_REPORTING_REACH = 6
"""Words after a name within which a reporting verb makes it the likely subject."""


@dataclass(frozen=True, slots=True)
class Layout:
    """An article with its quotations masked, split into sentences and paragraphs."""

    masked: str
    sentence_starts: list[int]
    paragraph_starts: list[int]

    @classmethod
    def of(cls, text: str, quotes: Sequence[Quote]) -> Layout:
        chars = list(text)
        for q in quotes:
            for i in range(q.start, q.end):
                if not chars[i].isspace():
                    chars[i] = "x"
        masked = "".join(chars)
        sentences = [0] + [m.end() for m in _SENTENCE_END.finditer(masked)]
        paragraphs = [0] + [i + 1 for i, c in enumerate(masked) if c == "\n"]
        return cls(masked, sentences, paragraphs)

    def sentence(self, at: int) -> tuple[int, int]:
        return _around(self.sentence_starts, at, len(self.masked))

    def paragraph(self, at: int) -> tuple[int, int]:
        return _around(self.paragraph_starts, at, len(self.masked))

    def previous_paragraph(self, at: int) -> tuple[int, int]:
        """The nearest earlier paragraph holding any text."""
        start, _ = self.paragraph(at)
        while start > 0:
            lo, hi = self.paragraph(start - 1)
            if self.masked[lo:hi].strip():
                return lo, hi
            start = lo
        return 0, 0


def _around(starts: list[int], at: int, end: int) -> tuple[int, int]:
    i = bisect_right(starts, at) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else end


@dataclass(frozen=True, slots=True)
class Row:
    """One candidate speaker of one quotation, with its feature values."""

    name: str
    values: tuple[float, ...]


def _mentions_by_name(
    entities: Sequence[Entity], q: Quote, keep: str | None
) -> dict[str, list[Entity]]:
    """The mentions outside the quotation of each person or body, and of ``keep``."""
    by_name: dict[str, list[Entity]] = {}
    for e in entities:
        wanted = e.label in ("PER", "ORG") or e.canonical == keep
        if wanted and e.canonical and not _inside_quote(e, q):
            by_name.setdefault(e.canonical, []).append(e)
    if keep and keep not in by_name:
        by_name[keep] = []
    return by_name


def candidate_rows(
    layout: Layout,
    entities: Sequence[Entity],
    quotes: Sequence[Quote],
    k: int,
    language: str,
    keep: str | None = None,
) -> list[Row]:
    """A row for every person or body named within reach of quotation ``k``, and
    for ``keep`` (the speaker the cues found) wherever it stands."""
    q = quotes[k]
    sent_lo, sent_hi = layout.sentence(q.start)
    para_lo, para_hi = layout.paragraph(q.start)
    prev_lo, _ = layout.previous_paragraph(q.start)
    by_name = _mentions_by_name(entities, q, keep)
    counts = Counter({name: len(ms) for name, ms in by_name.items()})
    people = [n for n, ms in by_name.items() if ms and ms[0].label == "PER"]
    top = max(people, key=lambda n: counts[n]) if people else None
    nearest_before = _nearest(by_name, lambda e: e.end <= q.start and e.start >= prev_lo, True)
    nearest_after = _nearest(by_name, lambda e: q.end <= e.start < para_hi, False)
    last_speaker, paragraph_speakers = _speakers_near(quotes, k, layout)
    next_lo, next_hi = layout.sentence(sent_hi) if sent_hi < len(layout.masked) else (0, 0)
    in_paragraph = {n for n, ms in by_name.items() if any(para_lo <= e.start < q.start for e in ms)}
    rows = []
    for name, mentions in by_name.items():
        before = [e for e in mentions if e.end <= q.start]
        after = [e for e in mentions if e.start >= q.end]
        near = any(e.start >= prev_lo for e in before) or any(e.start < sent_hi for e in after)
        if not near and name != keep:
            continue
        last = max(before, key=lambda e: e.end) if before else None
        values = (
            _any(before, sent_lo, sent_hi),
            _any(after, sent_lo, sent_hi),
            _any(before, para_lo, sent_lo),
            _any(after, sent_hi, para_hi),
            _any(before, prev_lo, para_lo),
            float(not any(e.start >= prev_lo for e in before)),
            float(name == nearest_before),
            float(name == nearest_after),
            _words_between(layout, last.end, q.start) if last else 3.0,
            _reporting_next(layout, last, language) if last else 0.0,
            _opens_sentence(layout, last) if last else 0.0,
            _after_preposition(layout, last) if last else 0.0,
            float(bool(mentions) and mentions[0].label == "PER"),
            float(name == top),
            math.log1p(counts[name]),
            float(name == last_speaker),
            float(name in paragraph_speakers),
            float(name == keep),
            _reports_in(layout, mentions, next_lo, next_hi, language),
            float(in_paragraph == {name}),
        )
        rows.append(Row(name, values))
    return rows


def quote_values(
    layout: Layout, quotes: Sequence[Quote], k: int, rows: int, language: str
) -> tuple[float, ...]:
    """The quotation's own clues, in :data:`QUOTE_FEATURES` order."""
    q = quotes[k]
    words = _WORD.findall(q.text)
    lo, hi = layout.sentence(q.start)
    verb = any(is_speech_verb(w, language) for w in _WORD.findall(layout.masked[lo:hi]))
    return (
        1.0,
        float(q.kind == "other"),
        float(q.kind == "fragment"),
        math.log1p(len(words)),
        float(q.text[:1].isupper()),
        float(bool(q.source)),
        float(layout.paragraph(q.start)[0] == 0),
        float(verb),
        math.log1p(rows),
        float(not q.speaker),
    )


def _inside_quote(e: Entity, q: Quote) -> bool:
    return q.start <= e.start < q.end


def _any(mentions: Sequence[Entity], lo: int, hi: int) -> float:
    return float(any(lo <= e.start < hi for e in mentions))


def _nearest(by_name: dict[str, list[Entity]], keep, before: bool) -> str | None:
    """The name whose kept mention stands closest to the quotation."""
    best: tuple[int, str] | None = None
    for name, mentions in by_name.items():
        for e in mentions:
            if keep(e):
                key = -e.end if before else e.start
                if best is None or key < best[0]:
                    best = (key, name)
    return best[1] if best else None


def _speakers_near(quotes: Sequence[Quote], k: int, layout: Layout) -> tuple[str | None, set[str]]:
    """The last speaker before quotation ``k`` within its paragraph or the one
    before, and every speaker of its own paragraph."""
    q = quotes[k]
    prev_lo, _ = layout.previous_paragraph(q.start)
    para = layout.paragraph(q.start)
    last = None
    for other in quotes[:k]:
        if other.speaker and other.start >= prev_lo:
            last = other.speaker
    here = {o.speaker for o in quotes if o.speaker and layout.paragraph(o.start) == para}
    return last, here


def _words_between(layout: Layout, lo: int, hi: int) -> float:
    return math.log1p(len(_WORD.findall(layout.masked[lo:hi])))


def _reporting_next(layout: Layout, e: Entity, language: str) -> float:
    """Whether a reporting verb follows the name closely (« X a déclaré », "X said")."""
    words = _WORD.findall(layout.masked[e.end : e.end + 120])[:_REPORTING_REACH]
    return float(any(is_speech_verb(w, language, as_verb=True) for w in words))


def _reports_in(
    layout: Layout, mentions: Sequence[Entity], lo: int, hi: int, language: str
) -> float:
    """Whether a mention in ``lo:hi`` is followed by a reporting verb: the sentence
    after a quotation often says whose it was (« X affirme d'ailleurs que … »)."""
    return float(any(lo <= e.start < hi and _reporting_next(layout, e, language) for e in mentions))


def _opens_sentence(layout: Layout, e: Entity) -> float:
    lo, _ = layout.sentence(e.start)
    return float(len(_WORD.findall(layout.masked[lo : e.start])) <= 2)


def _after_preposition(layout: Layout, e: Entity) -> float:
    words = _WORD.findall(layout.masked[max(0, e.start - 30) : e.start])
    return float(bool(words) and fold(words[-1]) in _PREPOSITIONS)
