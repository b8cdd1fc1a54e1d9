"""Names in an English headline written in title case.

American papers capitalise every word of a headline ("Senator Pellman Clashes With
Governor Over Water Bill"), so its capitals say nothing about where a name starts or
stops. A name there is one the body confirms: the headline keeps the runs of words
the body names (a whole name, or a person's surname), and nothing else.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word of a headline, apostrophes inside it."""
_MIN_WORDS = 4  # words of four letters or more a headline needs to show its case
_SHARE = 0.8  # of them capitalised, for the headline to be in title case

Found = list[tuple[int, int, str]]


def title_case_end(text: str) -> int | None:
    """Where the first line ends when it is a headline in title case above a body,
    else ``None``."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip() or text[:end].rstrip().endswith("."):
        return None  # a sentence, or a text with no body to confirm its names
    long_words = [w for w in WORD.findall(text, 0, end) if len(w) >= 4]
    capitalised = [w for w in long_words if w[0].isupper()]
    if len(long_words) >= _MIN_WORDS and len(capitalised) >= _SHARE * len(long_words):
        return end
    return None


def with_confirmed_headline_names(text: str, found: Found) -> Found:
    """``found`` with a title-case headline's names cut to the runs the body names:
    a name the body repeats is kept, the rest of the line is searched for the body's
    names and people's surnames."""
    end = title_case_end(text)
    if end is None:
        return found
    named = _body_names(text, found, end)
    kept = [f for f in found if f[0] < end and text[f[0] : f[1]] in text[end:]]
    head: Found = []
    gap = 0
    for start, stop, label in [*kept, (end, end, "")]:
        head.extend(_confirmed_runs(text, gap, start, named))
        if label:
            head.append((start, stop, label))
        gap = stop
    return head + [f for f in found if f[0] >= end]


def _body_names(text: str, found: Found, end: int) -> dict[str, str]:
    """Surface → label of the names the body holds, with people's surnames."""
    named: dict[str, str] = {}
    for start, stop, label in found:
        if start < end:
            continue
        surface = text[start:stop]
        named.setdefault(surface, label)
        if label == "PER" and " " in surface:
            named.setdefault(surface.split()[-1], "PER")
    return named


def _confirmed_runs(text: str, start: int, stop: int, named: dict[str, str]) -> Found:
    """The longest runs of words in ``text[start:stop]`` the body names, left to right."""
    words = list(WORD.finditer(text, start, stop))
    out: Found = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            surface = text[words[i].start() : words[j - 1].end()]
            if surface in named:
                out.append((words[i].start(), words[j - 1].end(), named[surface]))
                i = j
                break
        else:
            i += 1
    return out
