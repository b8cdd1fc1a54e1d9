"""Text primitives every analysis step agrees on: folding, words and sentences.

Search, alignment and name resolution all compare text written by different outlets
(``Choïgou``/``Choïgu``, ``Etats-Unis``/``États-Unis``, typographic and straight
apostrophes), so they share one notion of "the same letters" here. Every front end
(the reader, the subcommands, the exports) also shares one notion of which characters
must never reach a terminal raw: :func:`visible_controls` and :func:`json_safe`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tui.core.models import Span

APOSTROPHES = "'’ʼ`´"
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_DASH_TABLE = str.maketrans(dict.fromkeys("‐‑‒–—―-", "-"))


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case-fold and strip accents, unify apostrophes and dashes, keep the length.

    Length is preserved (one output char per input char) whenever the input has no
    characters that decompose into several base letters, so offsets found in the
    folded string can usually be used on the original; callers that need exact
    offsets use :func:`fold_preserving`.
    """
    return fold_preserving(s)


def fold_preserving(s: str) -> str:
    """Fold character by character so ``len(result) == len(s)`` always holds.

    Each character's fold is worked out once per process and kept in a translation
    table, so folding a whole article is one ``str.translate`` (the analysis folds
    every text several times).
    """
    if s.isascii():
        return s.lower()
    return s.translate(_FOLDS)


class _FoldTable(dict[int, str]):
    """The fold of every character met so far, by code point, filled on first use."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


def _fold_char(ch: str) -> str:
    """One character folded: lowercase ASCII; else its base letter without accents,
    apostrophes and dashes unified, case-folded (itself when nothing is left)."""
    if ch.isascii():
        return ch.lower()
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    base = base.translate(_APOSTROPHE_TABLE).translate(_DASH_TABLE).casefold()
    return base[0] if len(base) >= 1 else ch


_FOLDS = _FoldTable()


_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Return the words of ``text`` (letters and digits, hyphen/apostrophe joined)."""
    return _WORD.findall(text)


def word_spans(text: str) -> list[Span]:
    """Return the spans of the words of ``text``."""
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text)]


def count_words(text: str) -> int:
    """Count words as a reader would (numbers and hyphenated words count once)."""
    return len(_WORD.findall(text))


# Abbreviations after which a period does not end a sentence (French and English).
_ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr drs pr me mgr st ste sts cie etc av apr bd
    mr mrs ms prof sen rep gen gov lt col sgt capt cmdr adm ald cllr jr sr inc ltd co corp
    vs no nos vol p pp fig ed eds env cf ibid al jan feb fév mar apr avr aug aoû sept
    sep oct nov dec déc u.s e.g i.e""".split()
)

_CLOSERS = "»”’\"')]"
# A candidate boundary: a newline, or a run of terminal punctuation with the closing
# quotes and brackets that belong to the sentence.
_CANDIDATE = re.compile(r"\n|[.!?…]+(?:[ \u00a0\u202f][»”](?![^\W\d_]))?[»”’\"')\]]*")


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, trimmed of surrounding whitespace.

    Newlines always end a sentence (news bodies put paragraphs on lines). A period
    ends one unless it follows a known abbreviation, a single capital initial
    (``Siemon T. Wezeman``) or sits inside a number. Closing quotes and brackets
    that follow the terminal punctuation stay with the sentence. A glued boundary
    such as ``militaire.Ces`` (a period between a lowercase word and a capital) is
    split too, because scraped news often loses that space. A quotation closed
    within its paragraph is never cut in two: « Nous irons. Nous vaincrons. » stays
    in one sentence. The scan jumps from one candidate boundary to the next, so long
    texts cost little.
    """
    spans: list[Span] = []
    n = len(text)
    start = 0
    quoted = _quotations(text)
    q = 0  # the quotations opened before the candidate are quoted[:q]
    for m in _CANDIDATE.finditer(text):
        i, j = m.span()
        if text[i] == "\n":
            _push(spans, text, start, i)
            start = j
            continue
        if quoted:
            while q < len(quoted) and quoted[q][0] < i:
                q += 1
            if q and quoted[q - 1][1] >= j:  # before the closing mark of the last one
                continue
        if j >= n or text[j].isspace():
            if text[i] == "." and _is_abbreviation(text, i):
                continue
            _push(spans, text, start, j)
            start = j
            continue
        if (
            text[i] == "."
            and j == i + 1
            and text[j].isupper()
            and i > 0
            and text[i - 1].islower()
            and not _is_abbreviation(text, i)
        ):
            _push(spans, text, start, j)
            start = j
    _push(spans, text, start, n)
    return spans


_QUOTE_MARKS = re.compile(r'[«»“”"]')


def _quotations(text: str) -> list[tuple[int, int]]:
    """Disjoint ``(open mark, close mark)`` ranges of the quotations closed within
    their paragraph; a mark left open at a line's end quotes nothing."""
    if "«" not in text and "“" not in text and '"' not in text:
        return []  # closing marks alone quote nothing
    found: list[tuple[int, int]] = []
    depth = opened = previous = 0
    straight = -1
    for m in _QUOTE_MARKS.finditer(text):
        mark, at = m.group(), m.start()
        if text.find("\n", previous, at) >= 0:
            depth, straight = 0, -1
        previous = at
        if mark in "«“":
            if depth == 0:
                opened = at
            depth += 1
        elif mark in "»”":
            if depth:
                depth -= 1
                if depth == 0:
                    found.append((opened, at))
        elif straight < 0:
            straight = at
        else:
            found.append((straight, at))
            straight = -1
    found.sort()
    merged: list[tuple[int, int]] = []
    for a, b in found:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the period at ``dot`` is a known abbreviation or a
    capital initial."""
    # Most periods follow a plain word longer than any abbreviation: one C check
    # instead of a walk back over its letters (lowercasing never shortens a word).
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1 : dot].isalpha():
        return False
    return _is_short_abbreviation(text, dot)


def _is_short_abbreviation(text: str, dot: int) -> bool:
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    token = text[k:dot]
    if not token:
        return False
    if len(token) == 1 and token.isupper():
        return True
    return token.lower().strip(".") in _ABBREVIATIONS


def _push(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


# --- Control characters ---------------------------------------------------------------


def _control_pictures() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(32)}  # ␀ … ␟, ESC → ␛, CR → ␍
    del table[0x09], table[0x0A]
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):  # C1: some terminals obey them (0x9B is a one-byte CSI)
        table[code] = "\ufffd"
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):  # bidi overrides
        table[code] = "\ufffd"
    table[0x2028] = "\u21b5"  # ↵: line and paragraph separators break lines elsewhere
    table[0x2029] = "\u00b6"  # ¶
    return table


#: Every character :func:`visible_controls` replaces, with its one-character stand-in.
CONTROL_PICTURES: dict[int, str] = _control_pictures()
_CONTROLS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in CONTROL_PICTURES) + "\ud800-\udfff]"
)
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The same characters as UTF-8 bytes, but for DEL and lone surrogates (which UTF-8
# cannot hold): C1 controls, then U+2028/U+2029. Each pattern starts with a literal
# byte, which the regular expression engine finds by a fast scan.
_UTF8_UNSAFE = (re.compile(b"\xc2[\x80-\x9f]"), re.compile(b"\xe2\x80[\xa8\xa9]"))


def visible_controls(text: str) -> str:
    """Swap every character that could drive a terminal for a visible stand-in.

    Text from files (titles, bodies, file names, front matter) reaches terminals and
    exports; an ``ESC ]0;…BEL`` in a title would otherwise rename the window, write the
    clipboard or clear the screen. One character always becomes one character, so
    offsets into the original still point at the same place in the result:

    - C0 controls except newline and tab → Unicode control pictures (ESC → ␛, BEL → ␇,
      CR → ␍: a bare carriage return would let text overwrite its own line);
    - DEL → ␡;
    - C1 controls U+0080–U+009F (U+009B is a one-byte CSI) → U+FFFD �, as Unicode has
      no pictures for them;
    - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
      reorder what is shown, → �;
    - line and paragraph separators U+2028/U+2029 → ↵ / ¶;
    - lone surrogates (undecodable bytes of a file name) → �, which every encoder takes.
    """
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(_stand_in, text)


def _stand_in(match: re.Match[str]) -> str:
    return CONTROL_PICTURES.get(ord(match.group()), "\ufffd")


def json_safe(data: str) -> str:
    """Escape in JSON text what ``json.dumps(ensure_ascii=False)`` leaves raw.

    DEL, C1 controls, U+2028/U+2029 and lone surrogates become ``\\uXXXX`` escapes, so
    JSON written to a terminal carries no control byte while every string still
    decodes to exactly the same value. Outside strings JSON text is ASCII, so only
    string contents are touched.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)


def json_safe_utf8(data: bytes) -> bytes:
    """:func:`json_safe` for JSON already encoded as UTF-8 (as orjson writes it).

    A big document rarely holds anything to escape, and three byte scans tell so in a
    fraction of the time a pass over its decoded characters takes; only a document
    that does is decoded, escaped and encoded again.
    """
    if b"\x7f" not in data and not any(p.search(data) for p in _UTF8_UNSAFE):
        return data
    return json_safe(data.decode("utf-8")).encode("utf-8")
