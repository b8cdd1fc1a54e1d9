"""Roles French news gives a person outside a plain apposition: set before the
subject pronoun (« Guide de montagne à Evolène, il accompagne … ») or joined to a
first role by « et » (« X, maire de Y et président de Z »). A later bare role (« le
guide », « le président ») is that person. Invented names."""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    [
        "Pascal Bernier",
        "Marc Dufour",
        "Anne Rabot",
        "Léa Fontaine",
        "Gérard Poitevin",
        "Estelle Marchand",
        "Paul Fresnel",
    ],
    places=["Valsorey", "Bretagne", "Sion"],
)


def test_a_fronted_role_names_the_person_a_later_bare_role_stands_for() -> None:
    text = (
        "Sur la glace, Pascal Bernier installe le trépied du GPS. Guide de montagne à "
        "Valsorey, il accompagne les scientifiques depuis quinze ans.\n"
        "Le glaciologue Marc Dufour mesure la perte. « Nous avons perdu quarante mètres », "
        "dit-il.\n"
        "« Les crevasses bougent », souligne le guide."
    )
    assert CAST.speakers(text) == ["Marc Dufour", "Pascal Bernier"]


def test_the_fronted_role_skips_a_name_a_preposition_governs() -> None:
    text = (
        "« Nous allons trier des enfants », a déclaré Anne Rabot au micro de Léa Fontaine. "
        "Pédiatre dans un hôpital de Bretagne, elle préside un syndicat.\n"
        "« Vous ne craignez pas d'affoler les parents ? » a demandé Léa Fontaine. "
        "« Les parents sont déjà affolés », a rétorqué la pédiatre."
    )
    assert CAST.speakers(text)[-1] == "Anne Rabot"


def test_a_second_role_joined_by_et_is_the_persons_too() -> None:
    text = (
        "« On nous fait confiance », résume Gérard Poitevin, maire d'une commune de 600 "
        "habitants et président de l'Association des maires ruraux.\n"
        "La ministre de la Ruralité, Estelle Marchand, a tenu à nuancer : « Nous sommes à "
        "leurs côtés. »\nLe député Paul Fresnel a lui aussi réagi.\n"
        "« À leurs côtés, oui. Mais de loin », ironise le président."
    )
    assert CAST.speakers(text)[-1] == "Gérard Poitevin"
