"""A role whose verb carries on a speech (« poursuit le voisin », "the coach added") is
the one who spoke last, before any other person the paragraph introduces with a role.
Invented names."""

from __future__ import annotations

from pipeline_quotes import trained_quotes


def test_a_continuing_role_is_the_last_speaker() -> None:
    text = (
        "Incendie\n\nKarim Bensaïd, 38 ans, qui habite la maison d'en face, a été réveillé "
        "par son chien. « J'ai vu des flammes et j'ai couru », raconte-t-il.\n\n"
        "Aurélie Vanneau, la mère, était déjà sortie. Mais le cadet, Théo, dormait encore "
        "à l'étage. « Elle hurlait le prénom de son fils, je n'ai pas réfléchi », "
        "poursuit le voisin.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Incendie")] == [
        "Karim Bensaïd",
        "Karim Bensaïd",
    ]


def test_a_continuing_role_of_the_other_gender_is_not_the_last_speaker() -> None:
    """« poursuit la voisine » after a man spoke: not him."""
    text = (
        "Incendie\n\nKarim Bensaïd, 38 ans, a été réveillé par son chien. « J'ai couru », "
        "raconte-t-il.\n\n« Il a sauvé mon fils », poursuit la voisine.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Incendie")][1] != "Karim Bensaïd"


def test_a_role_with_its_body_stands_for_the_paragraph_s_subject() -> None:
    """« Côté nantais, X savourait … « … », a estimé l'entraîneur de Loire Handball »:
    the role and the club it serves re-describe X; a reply stays open."""
    text = (
        "Handball\n\nLe club a perdu. Côté nantais, Patrick Guegan savourait une victoire "
        "« construite en défense ». « On a su souffrir ensemble », a estimé l'entraîneur de "
        "Loire Handball.\n\nLe maire Paul Durand a salué « un bon accord ». « Nous ne sommes "
        "pas d'accord », a répondu le président du club adverse.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Handball")] == [
        "Patrick Guegan",
        "Patrick Guegan",
        "Paul Durand",
        None,
    ]
