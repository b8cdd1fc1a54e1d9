"""Quote provenance: the same quotation across articles, cut or altered included.

Quotes are grouped by speaker first (a group never mixes two speakers), then within
a speaker by :mod:`tui.core.overview.matching`, which compares a speaker's quotes in
bulk (and, for a speaker with very many, only those sharing a rare word). Two quotes
belong together when one holds the other's words (a cut), when their words are nearly
the same (rapidfuzz ratio, the comparison view's cutoff), or when most of the shorter
one's words come in the same order in the longer one (partial alignment: an altered
version). Word diffs against the first version are made only when asked for."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.compare.diff import DiffOp, word_diff
from tui.core.models import Span
from tui.core.overview.basis import quote_keys
from tui.core.overview.common import QuoteRef
from tui.core.overview.matching import components, matching_pairs
from tui.core.text import fold

Relation = Literal["first", "same", "cut", "extended", "altered"]


@dataclass(frozen=True, slots=True)
class Version:
    """One occurrence of a grouped quote; ``base`` is the first version's text."""

    quote: QuoteRef
    relation: Relation
    base: str = ""

    @property
    def diff(self) -> tuple[DiffOp, ...]:
        """Its words against the first's (offsets into each quote's own text), empty
        when the words are the same. Computed when asked: a group's diffs are wanted
        only when it is opened or exported, not for every version of the corpus."""
        if self.relation in ("first", "same"):
            return ()
        return tuple(version_diff(self.base, self.quote.text))


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """A quotation and every version of it, the first appearance first."""

    speaker: str
    versions: tuple[Version, ...]

    @property
    def first(self) -> QuoteRef:
        return self.versions[0].quote

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.quote.article_id for v in self.versions))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.quote.outlet for v in self.versions))

    @property
    def travelled(self) -> bool:
        """Carried by more than one article."""
        return len(self.articles) > 1


def group_quotes(
    quotes: Sequence[QuoteRef], order: Mapping[str, tuple[int, str, int]]
) -> list[QuoteGroup]:
    """Group ``quotes`` (every one lands in exactly one group, alone if need be).

    ``order`` places each article in time (:func:`tui.core.overview.common.time_order`):
    a group's first version is the earliest. Groups come by first appearance.
    """
    key = quote_keys()
    keys = [key(q.text) for q in quotes]
    by_speaker: dict[str, list[int]] = {}
    for i, q in enumerate(quotes):
        by_speaker.setdefault(fold(q.speaker), []).append(i)
    label = [0] * len(quotes)
    for members in by_speaker.values():
        for i, root in zip(members, components([keys[i] for i in members]), strict=True):
            label[i] = members[root]
    return assemble(quotes, label, order)


def assemble(
    quotes: Sequence[QuoteRef], label: Sequence[int], order: Mapping[str, tuple[int, str, int]]
) -> list[QuoteGroup]:
    """The groups of ``quotes`` given each one's set (``label``), by first appearance."""
    groups: dict[int, list[int]] = {}
    for i, root in enumerate(label):
        groups.setdefault(root, []).append(i)

    def when(i: int) -> tuple[tuple[int, str, int], int]:
        return order.get(quotes[i].article_id, (1, "", 0)), quotes[i].start

    key = quote_keys()
    built = []
    for members in groups.values():
        if len(members) == 1:
            built.append(
                QuoteGroup(quotes[members[0]].speaker, (Version(quotes[members[0]], "first"),))
            )
        else:
            built.append(_build(sorted(members, key=when), quotes, key))
    built.sort(key=lambda g: when_of(g.first, order))
    return built


def when_of(q: QuoteRef, order: Mapping[str, tuple[int, str, int]]) -> tuple:
    return order.get(q.article_id, (1, "", 0)), q.start


def same_quote(a: str, b: str) -> bool:
    """Whether two folded quotes are versions of one quotation."""
    if not a or not b:
        return False
    return a == b or bool(matching_pairs([a, b]))


def _build(members: list[int], quotes: Sequence[QuoteRef], key: Callable[[str], str]) -> QuoteGroup:
    first = quotes[members[0]]
    base = key(first.text)
    versions = [Version(first, "first")]
    for i in members[1:]:
        q = quotes[i]
        relation = relation_to(base, key(q.text))
        versions.append(Version(q, relation, first.text))
    return QuoteGroup(first.speaker, tuple(versions))


def relation_to(first: str, other: str) -> Relation:
    """How a version's folded words stand to the first's."""
    if other == first:
        return "same"
    if f" {other} " in f" {first} ":
        return "cut"
    if f" {first} " in f" {other} ":
        return "extended"
    return "altered"


def version_diff(first: str, other: str) -> list[DiffOp]:
    """Word diff of a version against the first (spans into each quote's text)."""
    return word_diff(first, Span(0, len(first)), other, Span(0, len(other)))
