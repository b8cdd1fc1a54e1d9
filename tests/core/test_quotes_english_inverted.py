"""English incises whose subject follows the verb: '"…," said a resident, X'.

After "said", an article opens the subject (the French auxiliary « a » is no English
word there), a relative clause may give the name a described person goes by, and a
finite verb opens a clause instead of a subject. Invented names, general phrasing.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Tovan Birch", "Ilse Marrak", "Oren"], surnames=["Marrak"], places=["Velmora"])


def test_an_indefinite_subject_after_said_reaches_the_name_it_sets_off() -> None:
    text = '"We are close," said a local resident, Tovan Birch.'
    assert CAST.speakers(text, "en") == ["Tovan Birch"]


def test_the_name_a_described_person_gives_is_the_speaker() -> None:
    text = (
        '"The water came in from the front," said a 23-year-old fisherman who gave his '
        "name only as Oren, speaking through an interpreter."
    )
    assert CAST.speakers(text, "en") == ["Oren"]


def test_a_name_in_a_relative_clause_about_something_else_is_no_speaker() -> None:
    text = '"It was chaos," said a man who had travelled with Ilse Marrak from the port.'
    assert CAST.speakers(text, "en") == [None]


def test_he_after_a_reporter_of_another_clause_is_the_reporter() -> None:
    text = (
        'Minister Ilse Marrak spoke at the port. "They are smugglers," Marrak said.\n\n'
        "The minister said Velmora had asked the agency for another vessel. "
        '"We guard a European border," she said.'
    )
    assert CAST.speakers(text, "en")[-1] == "Ilse Marrak"
