"""WiNER-fr brat files as training material: flat entity spans, optional detokenising.

WiNER nests entities ("Grande Mosquée de Valence" holds the place "Valence") while a
tagger gives one label per token, so each document is flattened: the outermost
person, place or organisation wins, and events and products become MISC only where
they cover none of those. The corpus is tokenised ("l' Espagne .");
:func:`detokenise` undoes that so training also sees text as outlets print it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Document:
    """One annotated article: its name (file stem), month folder, text and flat spans."""

    name: str
    month: str
    text: str
    spans: tuple[Span, ...]


def read_months(root: Path, months: list[str], *, misc_from: list[str]) -> list[Document]:
    """Every article of the given month folders, in name order."""
    docs = []
    for month in months:
        for txt in sorted((root / month).glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            ann = txt.with_suffix(".ann")
            raw = read_ann(ann) if ann.exists() else []
            docs.append(Document(txt.stem, month, text, tuple(flatten(raw, misc_from))))
    return docs


def read_ann(path: Path) -> list[tuple[int, int, str]]:
    """Contiguous text-bound annotations as ``(start, end, brat type)``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        info = line.split("\t")[1]
        if ";" in info:  # discontinuous span
            continue
        kind, start, end = info.split()
        out.append((int(start), int(end), kind))
    return out


def flatten(raw: list[tuple[int, int, str]], misc_from: list[str]) -> list[Span]:
    """Non-overlapping spans: outermost PER/LOC/ORG first, then MISC in the gaps."""
    chosen: list[Span] = []
    main = [(s, e, LABELS[k]) for s, e, k in raw if k in LABELS]
    misc = [(s, e, "MISC") for s, e, k in raw if k in misc_from]
    for group in (main, misc):
        for s, e, label in sorted(group, key=lambda x: (x[0], -(x[1] - x[0]))):
            if all(e <= cs or ce <= s for cs, ce, _ in chosen):
                chosen.append((s, e, label))
    return sorted(chosen)


_GAPS = re.compile(r"(?<=\w['’]) (?=\w)| (?=[.,)](?:\s|$))|(?<=\() ")
"""Spaces the corpus tokeniser added: after an elision, before . , ) and after (."""


def detokenise(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """The text without the tokeniser's extra spaces, with spans moved to match."""
    removed = [m.start() for m in _GAPS.finditer(text)]
    if not removed:
        return text, spans
    shift = [0] * (len(text) + 1)
    count = 0
    at = 0
    for i in range(len(text) + 1):
        while at < len(removed) and removed[at] < i:
            count += 1
            at += 1
        shift[i] = count
    keep = set(removed)
    new_text = "".join(c for i, c in enumerate(text) if i not in keep)
    moved = tuple((s - shift[s], e - shift[e], label) for s, e, label in spans)
    return new_text, tuple((s, e, lab) for s, e, lab in moved if e > s)
