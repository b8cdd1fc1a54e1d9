"""« Santé Canada », « Affaires mondiales Canada », « Investissement Québec »: a public
body named after its field and its country or province.

Canada's federal departments, and agencies elsewhere (« Santé publique France »), are
called by a field written with a capital, its words joined by « et » or commas, then
the place, with nothing between them. French ties a place to a noun with « de », so
a field set right before a place name is the name of a body, and the place in it is
not a place of the story. Only the field nouns below open such a name and only a
place the recogniser or the name lists know closes it: nothing unknown becomes an
entity. English has the same convention in its own engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.entities.gazetteer import known_label
from tui.core.entities.patterns import FUNCTION
from tui.core.entities.span_edits import put_each

Span = tuple[int, int, str]

FIELDS = frozenset(
    """santé environnement statistique statistiques transports transport emploi
    investissement tourisme patrimoine immigration affaires pêches océans sport sports
    agriculture énergie météo parcs sécurité services développement ressources
    innovation justice finances citoyenneté réfugiés habitation logement culture
    éducation revenu postes sciences industrie recherche forêts faune famille femmes
    égalité anciens combattants relations""".split()
) | frozenset(
    """health environment climate change statistics transport employment social
    development immigration refugees citizenship fisheries oceans agriculture agri-food
    natural resources parks public safety services global affairs heritage innovation
    science economic industry justice finance women gender equality veterans indigenous
    crown northern relations infrastructure communities housing children protection
    education labour labor trade welfare youth sport sports culture tourism
    communications energy water sanitation""".split()
)
"""What a body named after its place looks after (« Pêches et Océans Canada »,
"Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship Canada")."""

_SPACE = r"[^\S\r\n]"
"""A space that stays on the line: a headline's last word and the dateline under it
are never one body."""
_WORD = r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-Za-z]+)?"
_TITLED = rf"{_WORD}(?:{_SPACE}+{_WORD}){{0,2}}"
"""One to three capitalised words: a field as a name writes it."""
_FIELD = rf"{_TITLED}(?:{_SPACE}+(?!(?:et|and)\s)[a-zà-ÿ][^\W\d_]+)?"
_RUN = re.compile(
    rf"(?<![\w'’-])(?=(({_FIELD}(?:(?:{_SPACE}*,{_SPACE}*|{_SPACE}+(?:et|and){_SPACE}+){_FIELD}){{0,3}})"
    rf"{_SPACE}+"
    r"([A-ZÀ-Ý][^\W\d_]+(?:[-‐][A-ZÀ-Ý]?[^\W\d_]+)*))(?![\w-]))"
)
"""Capitalised words, each with at most one lowercase word after it, joined by commas
or « et », then a capitalised name; :func:`_is_field_run` checks the words, and the
place is checked apart. A lookahead, so that a run failing the check from one word
(« Par courriel, Affaires … ») is tried again from the next."""


def with_field_bodies(text: str, spans: Sequence[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """``spans`` with each body named « Field … Place » as one organisation in place of
    the spans inside it, and where those bodies are (names even with lowercase words)."""
    places = {(s, e) for s, e, label in spans if label == "LOC"}
    bodies = [
        (*match.span(1), "ORG")
        for match in _RUN.finditer(text)
        if _is_field_run(match.group(2))
        and (match.span(3) in places or known_label(match.group(3)) == "LOC")
    ]
    out, put = put_each(spans, bodies)
    return out, {(a, b) for a, b, _ in put}


def _is_field_run(words: str) -> bool:
    """Whether every capitalised word of ``words`` is a field noun and the others
    qualify one (« Affaires mondiales », « Santé publique », « Pêches et Océans »)."""
    for token in re.findall(r"[^\W\d_]+", words):
        if token[0].isupper() and token.lower() not in FIELDS:
            return False
        if token[0].islower() and token not in ("et", "and") and token in FUNCTION:
            return False  # « Santé au Canada » is no name
    return True


_BRIEFS = re.compile(
    rf"\b(?:Ministry|Department)\s+of\s+(?:the\s+)?({_TITLED}(?:{_SPACE}*,{_SPACE}*{_TITLED})+"
    rf",?{_SPACE}+and{_SPACE}+{_TITLED})"
)
"""An English ministry named after several fields, listed with commas and "and"
("Ministry of Gender, Children and Social Protection")."""


def with_listed_briefs(text: str, spans: Sequence[Span]) -> list[Span]:
    """``spans`` with each ministry named after a list of fields as one organisation
    over the pieces the commas cut it into."""
    bodies = [
        (match.start(), match.end(), "ORG")
        for match in _BRIEFS.finditer(text)
        if _is_field_run(match.group(1))
    ]
    return put_each(spans, bodies)[0] if bodies else list(spans)
