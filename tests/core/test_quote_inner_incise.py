"""An incise the writer keeps inside the quotation marks names the speaker.

« …, se rappelle le peintre X, 88 ans, qui … » stays one quotation, and X speaks it
even when a later sentence (« Il ajoute : ») points elsewhere. Invented names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Normand Lachaise", "Julien Vautrin"], surnames=["Lachaise", "Vautrin"])


def test_an_incise_inside_the_marks_names_the_speaker() -> None:
    text = (
        "Le commissaire, Julien Vautrin, a ouvert l'exposition mercredi.\n\n"
        "« Elle ne parlait pas beaucoup, se rappelle le peintre Normand Lachaise, 88 ans, "
        "qui a partagé un atelier avec elle. Elle fumait, elle regardait la toile pendant "
        "une heure, puis elle donnait trois coups de pinceau. » Il ajoute, en riant : "
        "« Elle était beaucoup plus drôle que ses tableaux. »"
    )
    found = CAST.found(text, "fr")
    assert len(found) == 2  # the incise does not split the first quotation
    assert [speaker for _, speaker, _ in found] == ["Normand Lachaise", "Normand Lachaise"]


def test_a_name_inside_the_marks_without_a_verb_of_saying_names_nobody() -> None:
    text = (
        "Le commissaire a ouvert l'exposition mercredi.\n\n"
        "« Elle ne parlait pas beaucoup, croisait le peintre Normand Lachaise, 88 ans, "
        "tous les matins dans l'escalier de l'atelier, et repartait sans un mot. »"
    )
    assert [speaker for _, speaker, _ in CAST.found(text, "fr")] == [None]


def test_a_compound_incise_inside_the_marks_names_the_speaker_and_his_role_after() -> None:
    """« …, a indiqué le capitaine X. … » inside the marks; then « Le capitaine des
    pompiers tient à rappeler … » before a quotation is the captain again."""
    people = cast(["Loïc Darmont"], surnames=["Darmont"])
    text = (
        "« Quand nous sommes arrivés, l'étage était envahi, a indiqué le capitaine Loïc "
        "Darmont. Sans ce voisin, le bilan aurait été plus lourd. »\n\n"
        "Le capitaine des pompiers tient toutefois à rappeler les risques pris par le "
        "sauveteur.\n\n"
        "« Je ne conseillerai jamais à quelqu'un d'entrer dans une maison en feu. »\n"
    )
    assert people.speakers(text, "fr") == ["Loïc Darmont", "Loïc Darmont"]
