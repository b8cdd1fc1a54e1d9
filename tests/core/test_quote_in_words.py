"""A source named through its own words: "in the pastor's words", "in her own
words", « pour reprendre les mots du maire ». Invented names, given as entities;
the rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Michael Orwin", "Ada Kessel", "Paul Vidal"], surnames=["Orwin", "Kessel", "Vidal"])


def test_in_the_role_holders_words() -> None:
    text = (
        "The pastor, Michael Orwin, laughed at the queue. Some customers left "
        'empty-handed and, in the pastor\'s words, "not in a Christian frame of mind."'
    )
    assert CAST.speakers(text, "en") == ["Michael Orwin"]


def test_in_her_own_words() -> None:
    text = (
        "Ada Kessel ran the bakery for forty years. She retired in May, in her own "
        'words, "with flour still under my nails."'
    )
    assert CAST.speakers(text, "en") == ["Ada Kessel"]


def test_pour_reprendre_les_mots_du_maire() -> None:
    text = (
        "Le maire, Paul Vidal, a inauguré la halle. Le chantier a duré, pour reprendre "
        "les mots du maire, « plus longtemps qu'une guerre de Cent Ans »."
    )
    assert CAST.speakers(text, "fr") == ["Paul Vidal"]
