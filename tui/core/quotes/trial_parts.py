"""The parts people play in a trial, and the officers of a court.

One person plays one part (« le prévenu », « la victime », "the witness"); a court's
officers (« le procureur », « l'avocate générale », "the judge") are named with their
role or are nobody a guess may name.
"""

from __future__ import annotations

from tui.core.text import fold

PARTIES = frozenset(
    """prevenu accuse temoin victime plaignant procureur avocat juge president magistrat
    defendant accused witness victim plaintiff complainant prosecutor lawyer judge""".split()
)
"""The parts people play in a trial or an inquiry: one person plays one."""


OFFICERS = frozenset(("procureur", "juge", "prosecutor", "judge"))
"""Officers of a court: the article names one with the role, or nobody it names is one."""


def court_officer(role: str) -> bool:
    """Whether a role phrase (« avocate générale », « procureure », "judge") names an
    officer of a court: one the article did not name is nobody a guess may name. The
    « avocat général » prosecutes at a higher court, no party's lawyer."""
    words = role.split()
    if not words:
        return False
    lead = words[0].split("'")[-1].split("’")[-1]
    if party(lead) in OFFICERS:
        return True
    pair = [fold(w) for w in [lead, *words[1:2]]]
    return len(pair) == 2 and pair[0] in ("avocat", "avocate") and pair[1].startswith("general")


def party(word: str) -> str | None:
    """The part a role noun names, feminine folded to masculine; ``None`` for others."""
    low = fold(word)
    for form in (low, low[:-1] if low.endswith("e") else low, low.removesuffix("ure")):
        if form in PARTIES:
            return form
    return None
