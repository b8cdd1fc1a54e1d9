"""« Le Canard enchaîné », « La France insoumise », "The Guardian": an organisation
whose name opens on an article, kept whole.

The recogniser reads the article as a word before the name and the lowercase words
after it as the sentence: it finds « Le Canard » or « France ». The newspapers and
parties listed in ``article_names.txt`` are put in place of what it found, article
included (and « En marche ! » with its mark). French drops the article after a
preposition (« un article du Canard enchaîné », « les élus de la France insoumise »);
there the name is matched without it, but only when the rest cannot be read as an
ordinary word, a place or a nationality (« du Monde » is also « la Coupe du Monde »,
« des Républicains » is also a noun). Whichever way it is written, the listed name is
the entity's name, so the overview counts one newspaper or one party.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, partial
from importlib import resources

from tui.core.entities.gazetteer import common_words, known_label, lowercase_words, name_key
from tui.core.entities.shape import lone_demonym
from tui.core.entities.span_edits import put_each

Span = tuple[int, int, str]

_ARTICLE = re.compile(r"^(?:(?:Le|La|Les|The|Der|Die|Das|El|Il|O|De)\s+|L')(?=\w)")
_APOSTROPHES = "'’ʼ"
_LOWER_BEFORE = re.compile(r"(?<![\w-])(?:le|la|les|l['’]|du|des|au|aux|the)\s*$")
"""A lowercase article or contraction right before a name written without its own."""


@cache
def article_names() -> tuple[str, ...]:
    """The listed names, article included, as the papers and parties write them."""
    raw = resources.files("tui.core").joinpath("data/entities/article_names.txt")
    lines = raw.read_text(encoding="utf-8").splitlines()
    return tuple(dict.fromkeys(ln.strip() for ln in lines if ln.strip()[:1] not in ("", "#")))


def _spelled(name: str) -> str:
    """A regular expression for ``name`` with any apostrophe and any run of spaces."""
    parts = (f"[{_APOSTROPHES}]" if c in _APOSTROPHES else re.escape(c) for c in name)
    return "".join(parts).replace(r"\ ", r"\s+")


def _distinct(rest: str) -> bool:
    """Whether a name without its article still names only the organisation: not a word of
    the language (« Monde », « Point »), a place or a nationality (« Parisien »)."""
    if " " not in rest and (rest.lower() in common_words() or rest.lower() in lowercase_words()):
        return False
    return known_label(rest) != "LOC" and not lone_demonym(rest)


@cache
def article_name_forms() -> dict[str, str]:
    """Each listed name by the folded spelling of its forms: with its article, and
    without it where the rest is distinct (« canard enchaine » → « Le Canard enchaîné »)."""
    names: dict[str, str] = {}
    for name in article_names():
        names.setdefault(name_key(name), name)
        article = _ARTICLE.match(name)
        if article and _distinct(rest := name[article.end() :]):
            names.setdefault(name_key(rest), name)
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The names whole, and the distinct names without their article."""
    whole, bare = [], []
    for name in article_names():
        whole.append(name)
        article = _ARTICLE.match(name)
        if article and _distinct(rest := name[article.end() :]):
            bare.append(rest)

    def compiled(found: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(_spelled(t) for t in sorted(found, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|['’]\w)")

    return compiled(whole), compiled(bare)


def with_article_names(text: str, spans: Sequence[Span]) -> tuple[list[Span], dict[Span, str]]:
    """``spans`` with each listed name as one organisation in place of the spans inside
    it, and the name each of those spans names (« Canard enchaîné » → « Le Canard
    enchaîné »). A span reaching across a name's edge is left as it was."""
    whole, bare = _patterns()
    matches = [*whole.finditer(text)]
    matches += [
        m
        for m in bare.finditer(text)
        if _LOWER_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]
    out, put = put_each(
        spans, [(*m.span(), "ORG") for m in matches], drop=partial(_spills_lowercase, text)
    )
    names = article_name_forms()
    return out, {span: names[name_key(text[span[0] : span[1]])] for span in put}


def _spills_lowercase(text: str, span: Span, start: int, end: int) -> bool:
    """Whether ``span`` overlaps the name only with lowercase words beyond it (« du
    Monde diplomatique »): the recogniser took in the preposition, not another name."""
    x, y, _ = span
    if y <= start or end <= x or (start <= x and y <= end):
        return False
    outside = text[x:start] + text[end:y]
    return not any(c.isupper() for c in outside)
