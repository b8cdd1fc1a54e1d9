"""The words of a call the parser hangs as a clause of their own (« appelle tout le
monde, « … à prier » ») are still the caller's.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_call_set_off_by_a_comma_is_the_callers() -> None:
    body = (
        "L'évêque de Vannes, Mgr Paul Ronan, s'est exprimé dimanche. L'évêque de Vannes, "
        "invité à la préfecture, appelle tout le monde, « même les non-croyants, à prier »."
    )
    assert trained_article_speakers(body, "Hommage à Vannes")[-1] == "Paul Ronan"
