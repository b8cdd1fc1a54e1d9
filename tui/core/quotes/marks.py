"""Pairing quotation marks: where every quotation in a text starts and ends.

Handles French « », English “ ” and ‘ ’, German „ “, straight quotes and nested ‹ ›;
keeps the outermost pairs (:func:`inner_units` gives the ones inside), carries a
French quotation over a paragraph that reopens with «, and splits a quotation broken
by an incise (« …, a-t-il dit, … »). Linear in the text, so hostile input (thousands
of unmatched marks) stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.quotes.speech_verbs import is_speech_verb

_MARKS = re.compile("''|``|[«»‹›“”„‘’\"'\n]")
_TRIM = " \t\r\n\u00a0\u202f\u2009\u200a\u2007\u2002\u2003\u200b\ufeff"
_PAIR_FOR_CLOSER = {"»": "«", "›": "‹", "’": "‘"}
_DOUBLE_CURLY = ("“", "„", "”")
_REOPENERS = '«“„‹"‘'
"""Marks that reopen a quotation running on into a new paragraph (‘ in British copy)."""


@dataclass(frozen=True, slots=True)
class _Pair:
    """A matched pair of marks: ``open``/``close`` are the marks' own offsets."""

    open: int
    close: int


def find_quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Return ``(open_mark, start, end, close_mark)`` for every outermost quotation.

    ``start``/``end`` delimit the quoted words trimmed of spaces; a quotation broken
    by an incise yields two entries sharing the same marks. A quotation continued
    over paragraphs yields one entry per paragraph, each opened by the mark that
    starts its paragraph and all sharing the final closing mark; no span holds a
    line break.
    """
    out: list[tuple[int, int, int, int]] = []
    for open_mark, start, end, close_mark in quote_units(text):
        for a, b, mark in paragraph_parts(text, start, end, open_mark):
            out.append((mark, a, b, close_mark))
    return out


def paragraph_parts(text: str, start: int, end: int, mark: int) -> list[tuple[int, int, int]]:
    """Split ``[start, end)`` at line breaks, dropping each paragraph's reopening mark.

    Returns ``(start, end, opening_mark)`` per non-empty part.
    """
    if "\n" not in text[start:end]:
        return [(start, end, mark)]
    parts: list[tuple[int, int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = _trim(text, pos, stop)
        if a < b:
            parts.append((a, b, mark))
        if nl < 0:
            break
        pos = nl + 1
        while pos < end and text[pos] in _TRIM:
            pos += 1
        if pos < end and text[pos] in _REOPENERS:
            mark = pos
            pos += 1
    return parts


Unit = tuple[int, int, int, int]
"""``(open_mark, start, end, close_mark)``: a quotation's marks and its trimmed words."""


def quote_units(text: str) -> list[Unit]:
    """Quotations as attribution reads them: a continued quotation is one unit."""
    return _outer_units(text, _outermost(_pairs(text)))


def inner_units(text: str) -> list[Unit]:
    """Quotations inside another, as a speaker quotes someone (« Il m'a dit : “Viens.” »).

    One unit for every pair that lies within an outermost one and holds no line
    break, the words trimmed of spaces.
    """
    return units_and_inner(text)[1]


def units_and_inner(text: str) -> tuple[list[Unit], list[Unit]]:
    """:func:`quote_units` and :func:`inner_units` from one pairing of the marks."""
    pairs = _pairs(text)
    outer = _outermost(list(pairs))
    return _outer_units(text, outer), _inner_units(text, pairs, outer)


def _outer_units(text: str, outer: list[_Pair]) -> list[Unit]:
    out: list[Unit] = []
    for pair in outer:
        start, end = _trim(text, pair.open + _width(text, pair.open), pair.close)
        if start >= end:
            continue
        cut = _incise(text, start, end)
        if cut is None:
            out.append((pair.open, start, end, pair.close))
            continue
        a_end = _trim(text, start, cut[0])[1]
        while a_end > start and text[a_end - 1] in ",;":
            a_end -= 1
        b_start = _trim(text, cut[1], end)[0]
        if a_end > start:
            out.append((pair.open, start, a_end, pair.close))
        if b_start < end:
            out.append((pair.open, b_start, end, pair.close))
    return out


def _inner_units(text: str, pairs: list[_Pair], outer: list[_Pair]) -> list[Unit]:
    outermost = {(p.open, p.close) for p in outer}
    out: list[Unit] = []
    for pair in pairs:
        if (pair.open, pair.close) in outermost:
            continue
        start, end = _trim(text, pair.open + _width(text, pair.open), pair.close)
        if start < end and "\n" not in text[start:end]:
            out.append((pair.open, start, end, pair.close))
    return sorted(out)


def _width(text: str, mark: int) -> int:
    """How many characters the opening mark at ``mark`` takes (two for ``''`` or two
    backquotes)."""
    return 2 if text.startswith(("''", "``"), mark) else 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class _MarkStack:
    """Open quotation marks waiting for their closer, and the pairs closed so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[str, int]] = []
        self.counts: dict[str, int] = {}
        self.pairs: list[_Pair] = []
        self.skip_at = -1

    def push(self, mark: str, pos: int) -> None:
        self.stack.append((mark, pos))
        self.counts[mark] = self.counts.get(mark, 0) + 1

    def open(self, marks: str) -> bool:
        return any(self.counts.get(m, 0) for m in marks)

    def close_to(self, marks: str, pos: int) -> bool:
        """Close the innermost open mark among ``marks`` (dropping those inside it)."""
        if not self.open(marks):
            return False
        while self.stack:
            mark, at = self.stack.pop()
            self.counts[mark] -= 1
            if mark in marks:
                self.pairs.append(_Pair(at, pos))
                return True
        return False

    def new_line(self, i: int) -> None:
        """A quotation runs on into the next paragraph only when that paragraph opens
        with the same mark (the French and English convention); else all are dropped."""
        if not self.stack:
            return
        text, n = self.text, len(self.text)
        j = i + 1
        while j < n and text[j] in _TRIM:
            j += 1
        first = self.stack[0]
        if j < n and text[j] == first[0] and first[0] in _REOPENERS:
            for mark, _ in self.stack[1:]:
                self.counts[mark] -= 1
            del self.stack[1:]
            self.skip_at = j
        else:
            self.stack.clear()
            self.counts.clear()


def _pairs(text: str) -> list[_Pair]:
    """Pair marks with a stack; unmatched marks are skipped, never fatal."""
    n = len(text)
    marks = _MarkStack(text)
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        if i == marks.skip_at:
            continue
        if text.startswith("``", i):
            marks.push('"', i)  # two backquotes open a quotation, as tokenised copy writes
            continue
        if m.end() - i == 2:
            # ``''…''``: two apostrophes stand for a straight double quotation mark,
            # as some wire copy writes them.
            prev = text[i - 1] if i else " "
            nxt = text[i + 2] if i + 2 < n else " "
            _take_mark(marks, '"', i, prev, nxt)
            continue
        if ch == "\n":
            marks.new_line(i)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        _take_mark(marks, ch, i, prev, nxt)
    # "rock 'n' roll": a letter between straight single marks is a clipped word.
    return [p for p in marks.pairs if text[p.open] != "'" or p.close - p.open > 3]


def _take_mark(marks: _MarkStack, ch: str, i: int, prev: str, nxt: str) -> None:
    """One quotation mark: open, close, or neither, by its kind and its neighbours."""
    opener_shape = not _is_word(prev) and not nxt.isspace()
    closer_shape = not prev.isspace() and not _is_word(nxt)
    if ch in "«‹„":
        marks.push(ch, i)
    elif ch in "»›":
        marks.close_to(_PAIR_FOR_CLOSER[ch], i)
    elif ch == "“":
        if marks.open("„"):
            marks.close_to("„", i)
        elif closer_shape and not opener_shape and marks.open("“"):
            marks.close_to("“", i)
        else:
            marks.push(ch, i)
    elif ch == "”":
        if not marks.close_to("“„”", i) and opener_shape and not closer_shape:
            marks.push(ch, i)
    elif ch == "‘":
        if opener_shape:
            marks.push(ch, i)
    elif ch == "’":
        if _is_word(prev) and _is_word(nxt):
            return  # an apostrophe inside a word
        if marks.open("‘") and closer_shape:
            marks.close_to("‘", i)
    elif ch == "'":
        # A straight single mark, as headlines and nested quotations write it: open
        # before a word, close after one; inside a word it is an apostrophe.
        if _is_word(prev) and _is_word(nxt):
            return
        if marks.open("'") and closer_shape:
            marks.close_to("'", i)
        elif opener_shape and not _is_word(prev):
            marks.push(ch, i)
    elif ch == '"':
        if marks.open('"'):
            marks.close_to('"', i)
        elif not (closer_shape and not opener_shape):
            marks.push(ch, i)


def _outermost(pairs: list[_Pair]) -> list[_Pair]:
    pairs.sort(key=lambda p: p.open)
    kept: list[_Pair] = []
    reach = -1
    for p in pairs:
        if p.open > reach:
            kept.append(p)
            reach = p.close
    return kept


_INCISE = re.compile(
    r",\s+(?:(?:a|ont|avait|avaient|aurait)-t-(?:il|elle|ils|elles|on)\s+(?P<v1>[\w’'-]+)"
    r"|(?P<v2>[\w’'-]+?)-(?:t-)?(?:il|elle|ils|elles|on)"
    r"|selon\s+(?:lui|elle|eux|elles))\s*(?:,|\.(?=\s+[A-ZÀ-Þ]))\s",
    re.IGNORECASE,
)
# ``, a plaidé Me Renard.`` / ``, explique la ministre,``: a verb, then its named subject.
_NAMED_INCISE = re.compile(
    r",\s+(?:(?:a|ont|avait|avaient)\s+)?(?P<v>[^\W\d_]+)\s+"
    r"(?P<subj>(?:(?:Me|M\.|Mme|Mmes|MM\.|Dr|Pr|Mgr)\s+|(?:le|la|les|l['’])\s*)?"
    r"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3}?)"
    # ``, a lancé l'élu en ouverture de séance.``: a circumstance may follow the subject.
    r"(?:\s+(?:en|à|au|aux|lors|devant|dans|sur|depuis|face|avant|après)\s"
    r"[^,.;:!?«»“”\n]{1,40}?)?"
    r"\s*(?:,|\.(?=\s+[A-ZÀ-Þ]))\s"
)
# Verbs of saying that news writes in an incise only (« …, a lancé l'élu, … »), too
# ambiguous elsewhere (*lancer un projet*) to count as reporting verbs.
_INCISE_VERBS = frozenset(
    """lancé lance lançait glissé glisse soufflé souffle tonné tonne murmuré murmure
    enchaîné enchaîne renchéri renchérit asséné assène""".split()
)


def _incise(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Find ``, a-t-il ajouté,`` or ``, a plaidé Me X.`` inside a quotation.

    Returns the incise's span. A named incise needs a strong reporting verb, so a
    quotation's own clauses (``, a dit oui à tout,``) are left whole.
    """
    if end - start < 12 or "," not in text[start:end]:
        return None
    for m in _INCISE.finditer(text, start, end):
        verb = m.group("v1") or m.group("v2")
        if verb is None or is_speech_verb(verb, "fr", strong=False):
            return m.start(), m.end()
    comma = text.find(",", start, end)
    while comma >= 0:
        named = _NAMED_INCISE.match(text, comma, end)
        verb = named.group("v") if named else ""
        if named and _names_its_subject(verb, named.group("subj")) and _incise_verb(verb):
            return named.start(), named.end()
        comma = text.find(",", comma + 1, end)
    return None


def _incise_verb(verb: str) -> bool:
    return is_speech_verb(verb, "fr") or verb.lower() in _INCISE_VERBS


def _names_its_subject(verb: str, subject_text: str) -> bool:
    """Whether the words after the verb are a name or a role, not the speech going on."""
    subject = subject_text.split()
    if not subject or verb in ("a", "ont", "avait", "avaient"):
        return False
    if subject[0][0].isupper():
        return all(w[0].isupper() for w in subject)
    first = subject[0].lower()
    return len(subject) <= 3 and (first in ("le", "la", "les") or first.startswith(("l'", "l’")))
