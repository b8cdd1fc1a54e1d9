"""How news writes a role around a name or a verb, and who that role then is: a manner
after the inverted role (« a déclaré le prévenu d'une voix blanche »), a role governed
by a preposition (« aux questions de la présidente de la cour, X. »), a portfolio after
« à » (« le ministre délégué à l'Industrie, X »), a body's long name inside the role,
and a quotation running over two paragraphs before its role.

Invented people; entities are given and the rules engine judges, save where the trained
engine reads the article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers
from quote_text import cast

from tui.core.quotes.speakers import role_links_in

CAST = cast(
    ["Yann Kerbrat", "Odile Fauchard", "Hervé Castagnol", "Mireille Sauvaget", "Loïc Penven"],
    surnames=["Kerbrat", "Fauchard", "Castagnol", "Sauvaget", "Penven"],
)


def test_a_manner_after_the_inverted_role_leaves_the_role_its_holder() -> None:
    body = (
        "Kévin Lhermitte, 34 ans, comparaît depuis lundi devant la cour d'assises de Liège "
        "pour le meurtre de Marc Gosselin.\n\n"
        "« Je n'ai jamais voulu sa mort », a déclaré l'accusé d'une voix tremblante."
    )
    assert trained_article_speakers(body, "Procès") == ["Kévin Lhermitte"]


def test_a_role_a_preposition_governs_names_the_person_closing_the_sentence() -> None:
    body = (
        "Kévin Lhermitte, 34 ans, comparaît depuis lundi devant la cour d'assises de Liège."
        "\n\n« Je n'ai jamais voulu sa mort », a déclaré l'accusé, en réponse aux questions "
        "de la présidente de la cour, Odile Fauchard.\n\n"
        "« Pourquoi aviez-vous une arme ? », a demandé la magistrate."
    )
    assert trained_article_speakers(body, "Procès") == ["Kévin Lhermitte", "Odile Fauchard"]


def test_a_portfolio_after_a_is_part_of_the_role() -> None:
    text = "Le ministre délégué à l'Industrie, Loïc Penven, s'est rendu sur place.\n"
    links = role_links_in(text, CAST.entities(text))
    assert links == [("ministre délégué à l'Industrie", "Loïc Penven")]


def test_the_minister_set_off_by_lui_is_the_minister_introduced_before() -> None:
    text = (
        "Le PDG, Hervé Castagnol, a tenté de rassurer. « Nous ne renonçons à rien », "
        "a-t-il martelé. Le dirigeant admet un retard. « C'est une leçon », reconnaît "
        "Castagnol.\n\n"
        "Le ministre délégué à l'Industrie, Loïc Penven, s'est rendu sur place. « L'État "
        "ne laissera pas tomber ce site », a-t-il déclaré.\n\n"
        "À Bercy, on reste prudent. Le ministre, lui, refuse de parler d'échec. « Un retard "
        "n'est pas un échec », a-t-il insisté.\n"
    )
    assert CAST.speakers(text)[-1] == "Loïc Penven"


def test_the_deputy_to_the_mayor_is_not_the_mayor() -> None:
    text = (
        "Le maire, Yann Kerbrat, a ouvert la séance. L'adjoint au maire, Hervé Castagnol, "
        "a présenté le budget.\n\n"
        "« Nous tiendrons les délais », a assuré le maire.\n"
    )
    assert CAST.speakers(text) == ["Yann Kerbrat"]


def test_the_elected_official_is_the_president_of_a_long_named_association() -> None:
    text = (
        "Le sénateur Loïc Penven a défendu son amendement. « Nous voulons le volontariat », "
        "a-t-il expliqué.\n\n"
        "Le président de l'Association des maires ruraux de l'Est, Yann Kerbrat, s'est "
        "félicité du vote. « Ce texte va nous aider », a déclaré l'élu, maire d'un village "
        "de 700 habitants.\n"
    )
    assert CAST.speakers(text)[-1] == "Yann Kerbrat"


def test_a_quotation_over_two_paragraphs_keeps_the_role_introduced_before_it() -> None:
    body = (
        "Depuis lundi, le syndicat appelle à la grève. « On soigne dans les couloirs », "
        "dénonce Loïc Penven, secrétaire général du syndicat. Le syndicaliste réclame des "
        "postes.\n\n"
        "La cheffe du service, la Dr Mireille Sauvaget, ne fait pas grève. Son équipe a "
        "soigné 214 patients en deux jours.\n\n"
        "« Je travaille ici depuis vingt ans. Je n'ai jamais vu cela.\n\n"
        "« Ce qui m'inquiète, ce sont les personnes âgées », alerte l'urgentiste."
    )
    assert trained_article_speakers(body, "Procès")[1:] == [
        "Mireille Sauvaget",
        "Mireille Sauvaget",
    ]
