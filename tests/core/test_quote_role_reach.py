"""Roles the article ties to a person without setting them side by side: a role in
a headline with no name (« … requis contre le gérant d'une société ») is the person
the lead opens on; a longer role (« le président de l'agglo ») after « Pour X,
président de … , » in the paragraph is X. Invented names.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Patrick Dubuis", "Marie Rochat", "Gilles Marval"], surnames=["Dubuis", "Marval"])


def test_a_role_in_the_headline_is_the_person_the_lead_opens_on() -> None:
    text = (
        "Quatre ans requis contre le gérant d'une société d'isolation\n\n"
        "Patrick Dubuis, 41 ans, comparaissait mardi devant le tribunal correctionnel.\n\n"
        "La présidente, Marie Rochat, l'a longuement interrogé. Le procureur, Gilles "
        "Marval, a requis quatre ans.\n\n"
        "« Vous saviez ? » interroge la magistrate. « Je faisais confiance à mes "
        "commerciaux », répond le gérant."
    )
    assert CAST.speakers(text) == ["Marie Rochat", "Patrick Dubuis"]


def test_a_headline_role_is_nobody_when_the_lead_opens_on_something_else() -> None:
    text = (
        "Quatre ans requis contre le gérant d'une société d'isolation\n\n"
        "Le tribunal correctionnel a entendu mardi Patrick Dubuis et Marie Rochat.\n\n"
        "« Je faisais confiance à mes commerciaux », répond le gérant."
    )
    assert CAST.speakers(text) == [None]


def test_a_longer_role_is_the_source_introduced_with_it_in_the_paragraph() -> None:
    text = (
        "Un titre\n\n"
        "Pour Gilles Marval, président de la communauté de communes, la décision "
        "« évite un drame social ». « La papeterie, c'est soixante-dix ans d'histoire », "
        "insiste le président de l'agglo."
    )
    assert CAST.speakers(text) == ["Gilles Marval", "Gilles Marval"]


def test_a_name_in_the_next_clause_is_no_apposition_of_the_role() -> None:
    text = (
        "Un titre\n\n"
        "Le parti n'aura aucun siège. « C'est une défaite, et elle est à nous », a réagi "
        "le parti dans un communiqué, tandis que sa tête de liste, Patrick Dubuis, a "
        "annoncé son départ."
    )
    assert CAST.speakers(text) != ["Patrick Dubuis"]


def test_a_name_set_right_after_the_role_is_its_holder() -> None:
    text = "Un titre\n\n« C'est une défaite », a déclaré le président du parti, Patrick Dubuis."
    assert CAST.speakers(text) == ["Patrick Dubuis"]


def test_a_headline_role_is_the_person_opening_a_later_sentence_of_the_lead() -> None:
    text = (
        "Quatre ans requis contre le gérant d'une société d'isolation\n\n"
        "Il a gardé les mains croisées pendant six heures. Patrick Dubuis, 41 ans, "
        "comparaissait mardi devant le tribunal.\n\n"
        "La présidente, Marie Rochat, l'a longuement interrogé. Le procureur, Gilles "
        "Marval, a requis quatre ans.\n\n"
        "« Je faisais confiance à mes commerciaux », répond le gérant."
    )
    assert CAST.speakers(text) == ["Patrick Dubuis"]


def test_the_artist_is_the_singer_not_the_producer() -> None:
    names = cast(["Hamza Belkir", "Karima Benali"], surnames=["Belkir"])
    text = (
        "Un titre\n\n"
        "Le chanteur Hamza Belkir et la productrice Karima Benali ont parlé.\n\n"
        "« Je suis aussi déçu que vous », a écrit l'artiste."
    )
    assert names.speakers(text) == ["Hamza Belkir"]


def test_the_unionist_is_the_delegate_never_a_woman_introduced_as_delegate() -> None:
    names = cast(
        ["Karim Benaissa", "Anne Le Goff", "Yann Orvoën", "Paul Marec"], surnames=["Benaissa"]
    )
    text = (
        "Un titre\n\n"
        "Le directeur du site, Paul Marec, assure que la maintenance était à jour. Une "
        "version que conteste Karim Benaissa, délégué CGT du site.\n\n"
        "« Ce n'est pas un accident », affirme le syndicaliste."
    )
    assert names.speakers(text) == ["Karim Benaissa"]
    text = (
        "Un titre\n\n"
        "« On ne lâchera rien », lance Anne Le Goff, déléguée CGT.\n\n"
        "Pour Yann Orvoën, secrétaire de l'union locale, l'argument ne tient pas. « C'est "
        "un choix financier », martèle le syndicaliste."
    )
    assert names.speakers(text) == ["Anne Le Goff", "Yann Orvoën"]
