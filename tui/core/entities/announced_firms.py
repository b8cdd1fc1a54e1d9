"""Names a company noun announces that the model left out.

« la direction du groupe Sorelec », « l'enseigne Maxi Frais »: the noun says a body's
name follows, and a model that has never seen the name may not mark it at all. The
capitalised words right after such a noun are then the body's name, and so are those
an apposition describes as one (« Cellora, la coentreprise qui … »). This finds a
name only where the language announces one; it never labels a word for being
capitalised.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tui.core.entities.firm_nouns import (
    FIRM_NOUNS,
    PUBLICATION_NOUNS,
    firm_noun_after,
    firm_noun_before,
    quoted_title,
)
from tui.core.entities.firm_sites import (
    FIRM_ARTICLE,
    owner_end,
    site_noun_before,
    with_sited_firms,
)
from tui.core.entities.gazetteer import given_names, lowercase_words, name_key
from tui.core.entities.span_edits import put_each

Span = tuple[int, int, str]

_FIRM_NAME = r"[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:(?:de|du|des|et|&)\s+)?[A-ZÀ-Þ][\w&'’-]*){0,3}"
"""Up to four capitalised words, which « de », « du », « et » may join."""

_ANNOUNCED = re.compile(
    r"(?<![\w-])" + FIRM_ARTICLE + r"(?i:" + "|".join(map(re.escape, FIRM_NOUNS)) + r")s?\s+"
    rf"(?P<name>{_FIRM_NAME})"
)
"""A company noun with its article, then up to four capitalised words (« de », « du »,
« et » may join them: « la fondation Abbé Pierre », « la Banque du Léman »)."""


_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_FIRM_NAME}(?=,)")
"""A name's words right before a comma, where an apposition may open."""


_PUBLICATION = re.compile(r"(?<![\w-])(?i:" + "|".join(PUBLICATION_NOUNS) + r")\b")


def with_announced_firms(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each firm's site cut from its town (:mod:`firm_sites`), and an
    ORG span for each name a company noun announces that no span holds."""
    spans = with_sited_firms(text, spans)
    titles = [span for m in _PUBLICATION.finditer(text) if (span := quoted_title(text, m.end()))]
    spans, _ = put_each(spans, [(*span, "ORG") for span in titles])  # « le quotidien « X » »
    return [*spans, *announced_firms(text, spans)]


def announced_firms(text: str, spans: Sequence[Span]) -> list[Span]:
    """ORG spans for names a company noun announces where no span of ``spans`` lies."""
    if not any(noun in text for noun in FIRM_NOUNS):
        return []
    taken = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in taken]
    found: list[Span] = []
    for m in _ANNOUNCED.finditer(text):
        start, end = m.span("name")
        if site_noun_before(text, start):
            end = owner_end(text, start, end)  # « l'usine Valdor de Vierzon »: the town after
        if end - start < 3 or overlaps(taken, starts, start, end):
            continue  # « la tête du groupe A »: a letter names a pool, not a body
        if not firm_noun_before(text, start, end):
            continue
        found.append((start, end, "ORG"))
    for m in _CAPITALISED_RUN.finditer(text):
        start, end = m.span()
        named = firm_noun_after(text, start, end) and _apposed_name(text, start, end)
        if named and not overlaps(taken, starts, start, end):
            found.append((start, end, "ORG"))
    return found


def _apposed_name(text: str, start: int, end: int) -> bool:
    """Whether the capitals an apposed company noun follows are a name: no common word
    opens them (« Lundi, la société … ») and no lone given name is all of them."""
    words = text[start:end].split()
    if words[0].lower() in lowercase_words():
        return False  # « À Vouillé, la … », « Lundi, la … »
    return len(words) > 1 or name_key(words[0]) not in given_names()


def overlaps(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of ``taken`` (sorted, apart from each other) overlaps start…end."""
    at = bisect_right(starts, end - 1) - 1
    return at >= 0 and taken[at][1] > start
