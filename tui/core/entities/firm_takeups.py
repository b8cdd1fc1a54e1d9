"""Names « l'entreprise » or « le groupe » takes up as the next subject, read once per
article.

A mention takes a subject up when the subject is the first thing after it, no other
name between, within :data:`TAKE_UP_REACH` characters. So each subject can only take
up a mention ending in a short stretch before it: after the last name that starts
before the subject ends. Those stretches are found once, indexed by their words, and a
name is looked for in the few stretches that hold its first word, never in the whole
text (an article of thousands of names took seconds when each name scanned it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from tui.core.entities.firm_nouns import FIRM_SUBJECT, TAKE_UP_REACH, TAKING_UP_NOUNS

Span = tuple[int, int, str]

_LONGEST = 120
"""Names longer than this are looked for in the whole text."""

_WORD = re.compile(r"\w+")
_SENTENCE_ENDS = (". ", "\n", "! ", "? ")


def firm_takeups(text: str, spans: Sequence[Span]) -> FirmTakeUps | None:
    """The company-noun subjects of ``text``, or ``None`` when it holds none (most
    articles: then no name needs asking)."""
    if not any(noun in text for noun in TAKING_UP_NOUNS):
        return None  # a plain substring test first: the pattern is the costly part
    takeups = FirmTakeUps(text, spans)
    return takeups if takeups.subjects else None


def _names_its_own(text: str, starts: list[int], end: int, k: int) -> bool:
    """Whether a name (``starts[k]``, the first to start at ``end`` or after) follows the
    company noun's adjective at once (« Le constructeur automobile Belvane »): the noun
    introduces that name and takes nothing up."""
    return k < len(starts) and not text[end : starts[k]].strip()


class FirmTakeUps:
    """The company-noun subjects of one article and the names they take up."""

    def __init__(self, text: str, spans: Sequence[Span]) -> None:
        self._text = text
        starts = sorted(s for s, _, _ in spans)
        self._org_starts = sorted(s for s, _, label in spans if label == "ORG")
        self._stretches: list[tuple[int, int]] = []  # where a taken-up mention may end
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for m in FIRM_SUBJECT.finditer(text):
            after = bisect_left(starts, m.end())
            if _names_its_own(text, starts, m.end(), after):
                continue  # « Le groupe pharmaceutique Sanofi a … »: a name, no anaphor
            last = after - 1  # the last name starting before it ends
            low = max(m.end() - TAKE_UP_REACH, starts[last] if last >= 0 else 0, 0)
            self._stretches.append((low, m.start()))
            index = len(self._stretches) - 1
            for word in set(_WORD.findall(text, max(0, low - _LONGEST), m.start())):
                self._by_word[word].append(index)
        self._answers: dict[str, bool] = {}

    @property
    def subjects(self) -> int:
        """How many company-noun subjects the article holds."""
        return len(self._stretches)

    def takes_up(self, surface: str) -> bool:
        """Whether a company noun takes up a mention of ``surface`` as the next subject,
        when no organisation stands before that mention in its sentence (« SNCF
        Voyageurs annonce … L'entreprise … »)."""
        answer = self._answers.get(surface)
        if answer is None:
            answer = self._answers[surface] = self._search(surface)
        return answer

    def _search(self, surface: str) -> bool:
        pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])")
        first = _WORD.search(surface)
        if first is None or len(surface) > _LONGEST:
            stretches = self._stretches
        else:
            stretches = [self._stretches[k] for k in self._by_word.get(first.group(), ())]
        for low, high in stretches:
            for m in pattern.finditer(self._text, max(0, low - len(surface)), high):
                if low <= m.end() and not self._firm_before(m.start()):
                    return True
        return False

    def _firm_before(self, start: int) -> bool:
        """Whether an organisation is named before ``start`` in its sentence (« la
        filiale du groupe X, Y, … »): the mention is not the firm's own."""
        sentence = max(self._text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS)
        k = bisect_left(self._org_starts, sentence + 1)
        return k < len(self._org_starts) and self._org_starts[k] < start
