"""The spelled-out name an article gives an acronym: « les Producteurs et productrices
acéricoles du Québec (PPAQ) », « l'agence régionale de santé (ARS) ».

News defines an acronym once, right after the words it stands for. When the
recogniser labels the acronym an organisation but misses the words before it (long,
or in lowercase), those words are the same organisation: its full name, which the
corpus then gives the acronym as its canonical name. Only words whose initials spell
the acronym letter for letter count, so nothing unknown becomes an entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.patterns import FUNCTION
from tui.core.entities.span_edits import put_each

Span = tuple[int, int, str]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_WORDS = 9
"""Most words, function words included, an acronym's expansion may run to."""


def with_expansions(text: str, spans: Sequence[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """``spans`` and the expansion of every organisation acronym written as « words
    (ACR) », replacing the smaller spans inside it (« Québec » in the name); then
    where those expansions are, found by the recogniser or not, since a name spelled
    out is one even in lowercase (« l'agence régionale de santé (ARS) »)."""
    expansions = []
    defined: set[str] = set()
    for s, e, label in sorted(spans):
        acronym = text[s:e]
        if label != "ORG" or not _is_acronym(acronym):
            continue
        if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            found = _expansion(text, s - 1, acronym)
            defined.add(acronym)
        else:
            found = _expansion_after(text, e, acronym)  # « le SNR (service national …) »
        if found is not None:
            expansions.append((*found, "ORG"))
    expansions += _unmarked_definitions(text, spans, defined)
    out, put = put_each(spans, expansions)
    return out, {(a, b) for a, b, _ in put}


def _is_acronym(word: str) -> bool:
    """Two to eight capital letters (« ARS », « PPAQ »)."""
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha()


def _unmarked_definitions(text: str, spans: Sequence[Span], defined: set[str]) -> list[Span]:
    """Expansions of the acronyms the recogniser marked only later in the text, where
    the text defines them in brackets it left unmarked (« la direction départementale
    des territoires (DDT) de la Drôme … Selon la DDT »)."""
    acronyms = {text[s:e] for s, e, label in spans if label == "ORG" and _is_acronym(text[s:e])}
    found: list[Span] = []
    for acronym in sorted(acronyms - defined):
        at = text.find(f"({acronym})")
        expansion = _expansion(text, at, acronym) if at >= 0 else None
        if expansion is not None:
            found.append((*expansion, "ORG"))
    return found


def _expansion(text: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """Where the words right before ``paren`` whose initials spell ``acronym`` start
    and end, or ``None``. Function words (« et », « du ») spell nothing."""
    end = paren
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    words = list(_WORD.finditer(text, max(0, end - 160), end))[-_MAX_WORDS:]
    letters = acronym.lower()
    spelled = 0  # letters matched so far, from the last one back
    for m in reversed(words):
        if _is_function(m.group(0)):
            continue
        if _bare(m.group(0)).lower()[:1] != letters[len(letters) - 1 - spelled]:
            return None
        spelled += 1
        if spelled == len(letters):
            start = m.end() - len(_bare(m.group(0)))  # « l'agence »: from « agence »
            return start, end
    return None


_AFTER = re.compile(r"\s*\(\s*([^()]{3,160}?)\s*\)")


def _expansion_after(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """Where the words in brackets right after an acronym start and end when their
    initials spell it, function words aside (« l'ONUB (Opération des Nations unies au
    Burundi) »), else ``None``."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    spelled = _initials(text, m.start(1), m.end(1)).lower()
    return (m.start(1), m.end(1)) if spelled == acronym.lower() else None


def _initials(text: str, start: int, end: int) -> str:
    """The first letters of the words of ``text[start:end]``, function words aside."""
    words = (w.group(0) for w in _WORD.finditer(text, start, end))
    return "".join(_bare(w)[:1] for w in words if not _is_function(w))


def _bare(word: str) -> str:
    """The word past an elided article (« l'agence » → « agence »)."""
    return re.split("['’]", word)[-1]


def _is_function(word: str) -> bool:
    low = word.lower()
    return low in FUNCTION or _bare(low) in FUNCTION


_BRACKETED = re.compile(r"\s*\(\s*([^\W\d_][\w-]{1,15})\s*(?:\)|,\s*[^()]{1,40}\))")
"""A short form in brackets, alone or before a gloss (« (FCI, opposition) »)."""


def with_short_forms(text: str, spans: Sequence[Span]) -> tuple[list[Span], set[str]]:
    """``spans`` with the short form in brackets after an organisation's name labelled as
    that organisation, when the initials of the name's words run through it in order:
    « la Mission des Nations unies au Mali (Minusma) » names a body, not a place; « l'hôpital
    Pasteur (Nice) » keeps its town. Capitals the recogniser left out are added (« du
    Front citoyen ivoirien (FCI, opposition) »). Also the short forms so labelled, which
    stay the body wherever the article writes them again."""
    ordered = sorted(spans)
    at = {(s, e): k for k, (s, e, _) in enumerate(ordered)}
    out = list(ordered)
    added: list[Span] = []
    short_forms: set[str] = set()
    for s, e, label in ordered:
        m = _BRACKETED.match(text, e) if label == "ORG" else None
        if m is None or not _runs_through(_initials(text, s, e), m[1]):
            continue
        k = at.get((m.start(1), m.end(1)))
        if k is None and m[1].isupper() and len(m[1]) >= 2:
            added.append((m.start(1), m.end(1), "ORG"))
        elif k is None or out[k][2] == "ORG":
            continue
        else:
            out[k] = (out[k][0], out[k][1], "ORG")
        short_forms.add(m[1])
    return sorted([*out, *added]), short_forms


def _runs_through(initials: str, short: str) -> bool:
    """Whether ``initials`` appear in ``short`` in order, the first one first."""
    initials, short = initials.lower(), short.lower()
    if len(initials) < 2 or short[:1] != initials[0]:
        return False
    rest = iter(short)
    return all(letter in rest for letter in initials)
