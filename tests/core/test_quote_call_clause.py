"""The words of a call the parser hangs as a clause of their own (« appelle
chacun, « … à se recueillir » ») are still the caller's.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_call_set_off_by_a_comma_is_the_callers() -> None:
    body = (
        "L'évêque de Vannes, Mgr Paul Ronan, s'est exprimé dimanche. L'évêque de Vannes, "
        "reçu à la préfecture, appelle chacun, « croyants ou non, à se recueillir »."
    )
    assert trained_article_speakers(body, "Hommage à Vannes")[-1] == "Paul Ronan"
