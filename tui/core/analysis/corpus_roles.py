"""Described speakers named from the other articles of the same story.

One article quotes « le président russe », another introduces « le président russe
Vladimir Poutine »: read together, the first quote has a name. :func:`link_roles`
runs after the corpus-wide name resolution of :mod:`tui.core.analysis.pipeline`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.analysis.limits import bounded
from tui.core.models import Article, ArticleAnalysis
from tui.core.quotes.extract import extract_quotes
from tui.core.quotes.speakers import RoleLinks, role_key


def link_roles(merged: dict[str, ArticleAnalysis], texts: dict[str, Article]) -> None:
    """Give described speakers the name another article ties to their role.

    A speaker that names no entity is a role phrase and is looked up directly. A
    body quoted through its spokesperson (« the Kremlin spokesman said » → Kremlin)
    needs the article read again, which only happens when the corpus links a
    spokesperson role of that body to a name. Every article brings its own role
    appositions (found once, with its analysis), so this pass reads no text but
    the few articles it quotes again.
    """
    described: dict[str, set[str]] = {}
    spoken_for: dict[str, set[str]] = {}
    names_of: dict[str, set[str]] = {}  # each article's names, worked out once
    for aid, analysis in merged.items():
        if aid not in texts or not analysis.quotes:
            continue
        names = names_of[aid] = {e.canonical for e in analysis.entities}
        phrases = {q.source for q in analysis.quotes if q.speaker is None and q.source}
        if phrases:
            described[aid] = phrases
        bodies = {q.speaker for q in analysis.quotes if q.speaker in names}
        if bodies and _mentions_spokesperson(texts[aid].text):
            spoken_for[aid] = bodies
    if not described and not spoken_for:
        return
    links = RoleLinks()
    spokes_words: set[str] = set()
    own_spokes: dict[str, set[str]] = {}
    holders: dict[str, set[str]] = {}
    for aid, analysis in merged.items():
        if analysis.roles and aid not in names_of:
            names_of[aid] = {e.canonical for e in analysis.entities}
        for role, name in analysis.roles:
            links.add(role, name)
            holders.setdefault(name, set()).add(aid)
            key = role_key(role)
            if _SPOKES_KEYS.intersection(key):
                spokes_words.update(key)
                own_spokes.setdefault(aid, set()).update(key)
    if not len(links):
        return
    for aid, phrases in described.items():
        named = {
            p: who
            for p in phrases
            if (who := links.lookup(p)) and _told_in_kin(who, names_of[aid], holders, names_of)
        }
        if named:
            merged[aid] = _with_names(merged[aid], named)
    for aid, bodies in spoken_for.items():
        # An article naming the body's spokesperson itself was resolved locally.
        wanted = spokes_words - own_spokes.get(aid, set())
        if any(wanted.intersection(role_key(b)) for b in bodies):
            _reattribute(merged, texts[aid], links)


def _with_names(analysis: ArticleAnalysis, named: dict[str, str]) -> ArticleAnalysis:
    """``analysis`` with each described, nameless speaker replaced by the name found."""
    quotes = tuple(
        replace(q, speaker=who, source=None)
        if q.speaker is None and (who := named.get(q.source or ""))
        else q
        for q in analysis.quotes
    )
    return replace(analysis, quotes=quotes)


def _told_in_kin(
    who: str, own: set[str], holders: dict[str, set[str]], names_of: dict[str, set[str]]
) -> bool:
    """Whether ``who`` is named in the article, or its role is given in one of the same story.

    A folder may hold unrelated articles: « le chef de la police » of a shooting in
    Florida is not the police chief another article names in Gabon. An article that
    shares at least two other names with this one tells the same story.
    """
    if who in own:
        return True
    return any(len((names_of[aid] & own) - {who}) >= _KIN_NAMES for aid in holders.get(who, ()))


_KIN_NAMES = 2


def _mentions_spokesperson(text: str) -> bool:
    """Whether the text names a spokesperson role (a plain substring test comes first)."""
    lowered = text.lower()
    return ("porte-parole" in lowered or "spokes" in lowered) and bool(_SPOKES.search(text))


def _reattribute(merged: dict[str, ArticleAnalysis], article: Article, links: RoleLinks) -> None:
    """Read one article's quotes again with the corpus role links at hand."""
    analysis = merged[article.id]
    article = bounded(article)
    again = extract_quotes(article.text, analysis.entities, language=article.language, roles=links)
    if [(q.start, q.end) for q in again] != [(q.start, q.end) for q in analysis.quotes]:
        return
    # A person the engine named keeps the quotation (the French parse may read it
    # differently from the rules); a body, a description or nobody may give way.
    people = {e.canonical for e in analysis.entities if e.label == "PER"}
    quotes = tuple(
        new if new.speaker and new.speaker != old.speaker and old.speaker not in people else old
        for old, new in zip(analysis.quotes, again, strict=True)
    )
    merged[article.id] = replace(analysis, quotes=quotes)


_SPOKES_KEYS = frozenset(("porte", "parole", "spokesman", "spokeswoman", "spokesperson"))
_SPOKES = re.compile(r"porte-parole|spokes(?:man|woman|person)", re.IGNORECASE)
