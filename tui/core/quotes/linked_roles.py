"""The name a role phrase stands for, from the article's own appositions first.

« le ministre de l'Économie » is Paul Durand when the article wrote « le ministre de
l'Économie, Paul Durand »; else the corpus may tie the role to one name. Every name
found this way is remembered on the context, so the constraints let it speak.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context
from tui.core.quotes.speakers import RoleLinks, role_links_in


def linked_role(ctx: _Context, phrase: str) -> str | None:
    """The name this article, else the corpus, ties to a role phrase (see ``speakers``)."""
    if ctx.own_roles is None:
        ctx.own_roles = RoleLinks()
        for role, name in role_links_in(ctx.text, ctx.entities):
            ctx.own_roles.add(role, name)
    named = ctx.own_roles.lookup(phrase)
    if named is None and ctx.roles is not None:
        named = ctx.roles.lookup(phrase)
    if named is not None:
        ctx.linked_names.add(named)
    return named
