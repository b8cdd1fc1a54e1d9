"""A role acting with the brief it serves (« la ministre de la Santé publique a
reconnu … ») is the person the paragraph names next, past the role's own quoted words
(« « … », a-t-elle déclaré. X a aussi promis … »): a bare « la ministre » later is X.

Invented people.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Urgences : des renforts promis avant l'été"


def test_the_role_is_the_person_named_after_its_words() -> None:
    body = (
        "Devant les élus, la ministre de la Santé publique a reconnu l'ampleur du défi. "
        "« Aucun service ne fermera », a-t-elle déclaré. Odile Kerbrat a aussi promis "
        "des renforts.\n\n"
        "La coordonnatrice du collectif, Anne Le Roux, reste inquiète. « Les promesses ne "
        "suffisent pas », dit-elle.\n\n"
        "Interrogée sur les urgences, la ministre a assuré que les postes seraient "
        "« pourvus avant l'été »."
    )
    assert trained_article_speakers(body, TITLE)[-1] == "Odile Kerbrat"


def test_a_name_in_the_roles_own_sentence_is_someone_else() -> None:
    body = (
        "Devant Paul Ravel, la ministre de la Santé publique a reconnu l'ampleur du défi. "
        "« Aucun service ne fermera », a-t-elle déclaré. Odile Kerbrat a aussi promis "
        "des renforts.\n\n"
        "Interrogée sur les urgences, la ministre a assuré que les postes seraient "
        "« pourvus avant l'été »."
    )
    assert trained_article_speakers(body, TITLE)[-1] != "Paul Ravel"
