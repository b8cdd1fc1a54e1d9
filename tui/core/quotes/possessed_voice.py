"""A voice a possessive ties to its owner: "her spokesman", « son porte-parole ».

News lets an office or a spokesperson speak for the person just written about
("Ann Smith signed the bill. Her office said …"). The owner is whom the possessive
points to, found as its pronoun would be: "her" as "she", "its" as "it". A French
possessive agrees with the thing owned, not the owner, so « son » may stand for a man
or a woman: the nearer of the two wins.
"""

from __future__ import annotations

from tui.core.quotes.context import _Context, _Speaker, _Tok
from tui.core.quotes.pronouns import _pronoun
from tui.core.quotes.subject_names import ONE_VOICE
from tui.core.text import fold

_VOICES = ONE_VOICE | {"porte-parole", "cabinet", "entourage"}
"""What speaks for its owner: an office, a spokesperson, a minister's staff."""

_OWNER_PRONOUNS = {
    "his": ("he",),
    "her": ("she",),
    "its": ("it",),
    "their": ("they",),
    "son": ("il", "elle"),
    "sa": ("il", "elle"),
    "leur": ("ils",),
}


def possessed_voice(ctx: _Context, words: list[_Tok], body: list[_Tok]) -> _Speaker | None:
    """The owner a possessive voice speaks for (« son porte-parole », "her office"),
    else ``None``: never a thing owned that speaks for itself ("her campaign")."""
    owner = words[0].low
    if owner not in _OWNER_PRONOUNS or not 1 <= len(body) <= 2:
        return None
    if not any(fold(t.text) in _VOICES for t in body):
        return None
    found = [
        who
        for pron in _OWNER_PRONOUNS[owner]
        if (who := _pronoun(ctx, pron, words[0].start)) is not None and who.name
    ]
    if not found:
        return None
    nearest = max(found, key=lambda who: who.at)
    return _Speaker(nearest.name, nearest.label, words[0].start)
