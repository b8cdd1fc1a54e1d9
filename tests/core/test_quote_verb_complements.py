"""What stands between a verb of saying and its subject, and what a sentence carries
on: a complement before an inverted name (« a lancé à la tribune X »), a medium the
parser took for the subject (« a indiqué à l'AFP le porte-parole »), two openers
before the subject, a participle after an incise, quotations chained by « et que »,
and a document whose issuer is a body over a place. Invented names and general news
phrasing, run through the trained engine as ``newsreader analyze`` runs it.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers, trained_quotes

from tui.core.quotes.constraints import allowed_speaker
from tui.core.quotes.described import names_a_body


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in trained_quotes(f"Grève\n\n{body}\n", "Grève")]


def test_a_place_complement_before_an_inverted_name_is_passed_over() -> None:
    """« a lancé à la tribune X »: the person after the place speaks, by the rules as by
    the parse."""
    body = (
        "Les grévistes ont voté la poursuite du mouvement. « On ne lâchera rien », a lancé "
        "à la tribune Hugo Marvel, secrétaire de la section locale, sous les applaudissements."
    )
    assert _speakers(body) == ["Hugo Marvel"]
    assert rules_speakers(body, "fr") == ["Hugo Marvel"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "« Leur état est stable », a indiqué à l'AFP le porte-parole du ministère, "
            "Paul Vardin.",
            "Paul Vardin",
        ),
        (
            "« Leur état est stable », a déclaré dimanche sur la radio RTL la ministre de la "
            "Santé, Julie Vernaz.",
            "Julie Vernaz",
        ),
        (
            "« Leur état est stable », a déclaré sur la radio France Inter le ministre "
            "Paul Vardin.",
            "Paul Vardin",
        ),
    ],
)
def test_the_medium_a_verb_is_said_to_is_never_its_subject(body: str, speaker: str) -> None:
    """The agency or the radio after « à » or « sur la radio » is where the words went."""
    assert _speakers(body) == [speaker]


def test_two_openers_before_the_subject_are_both_passed_over() -> None:
    """« Lors de son meeting, devant … , Mme X a justifié … »: « devant » opens a second
    circumstance, not a participle hanging on a subject."""
    body = (
        "Lors de son premier meeting, devant quelque quatre cents personnes réunies dans une "
        "salle des fêtes, Mme Dorvaux a justifié sa décision par le refus de « servir de "
        "caution » à un candidat."
    )
    assert _speakers(body) == ["Dorvaux"]


def test_a_participle_after_a_pronoun_incise_shares_its_speaker() -> None:
    """« « … », a-t-elle lancé, dénonçant « … » »: the participle has her as subject."""
    body = (
        "Céline Marvaux a pris la parole. « Vous nous présentez un parking de 1980 », "
        "a-t-elle lancé, dénonçant « une fuite en avant »."
    )
    assert _speakers(body) == ["Céline Marvaux", "Céline Marvaux"]


def test_quotations_chained_by_et_que_share_the_subject_before_them() -> None:
    """« la direction … indique que « … » et que « … » »: one subject for both."""
    body = (
        "Sollicitée, la direction régionale des finances publiques du Grand Est indique "
        "dans une réponse écrite que « les contrôles ne visent personne » et que « les "
        "contribuables peuvent solliciter des délais »."
    )
    expected = "direction régionale des finances publiques du Grand Est"
    assert _speakers(body) == [expected, expected]


def test_a_statement_speaks_for_the_body_over_a_place_that_issued_it() -> None:
    """« Dans un communiqué, la préfecture du Var annonce … « … », précise le
    communiqué »: the préfecture du Var issued it."""
    body = (
        "Dans un communiqué, la préfecture du Var annonce la fermeture des plages. « Il "
        "est formellement déconseillé de se baigner », précise le communiqué."
    )
    assert _speakers(body) == ["préfecture du Var"]


def test_a_club_speaks_as_an_organisation() -> None:
    body = (
        "Dans un communiqué, le SC Vellach a annoncé que son gardien, Reto Bühlmann, "
        "souffrait d'une « lésion ligamentaire au genou »."
    )
    assert _speakers(body) == ["SC Vellach"]


def test_a_capitalised_name_inside_a_description_is_no_verb() -> None:
    """« Grand Est » holds « est », a verb only when written in lowercase."""
    phrase = "direction régionale des finances publiques du Grand Est"
    assert allowed_speaker(phrase, {}) == phrase
    assert allowed_speaker("farmers could not be", {}) is None


def test_general_qualifies_a_body_and_does_not_make_it_a_person() -> None:
    """« le parquet général de Liège » names a body; « un général malien » is a person."""
    assert names_a_body("parquet général de Liège")
    assert not names_a_body("un général malien")


def test_a_document_qualified_by_one_word_is_still_its_issuer_s() -> None:
    """« Une note interne de la Cour des comptes … « … », y lit-on »."""
    body = (
        "Une note interne de la Cour des comptes raconte une autre histoire. « La tendance "
        "se confirme », y lit-on."
    )
    assert _speakers(body) == ["Cour des comptes"]


def test_the_words_of_a_body_are_the_body_s_and_its_initials_name_it_again() -> None:
    """« selon l'expression de l'agence régionale de santé de Bretagne »: the agency's
    words; « promet l'ARS » is the same agency, under the name the text spelled out."""
    body = (
        "Les urgences fonctionnent « en mode dégradé », selon l'expression de l'agence "
        "régionale de santé de Bretagne. Une organisation « provisoire », promet l'ARS."
    )
    expected = "agence régionale de santé de Bretagne"
    assert _speakers(body) == [expected, expected]


def test_initials_stay_themselves_when_no_description_spells_them() -> None:
    from tui.core.models import Quote
    from tui.core.quotes.spelled_out import spelled_out

    quotes = [
        Quote(0, 5, "a", "Société nationale des chemins de fer français", "speech"),
        Quote(10, 15, "b", "SNCF", "speech"),
        Quote(20, 25, "c", "ARS", "speech"),
    ]
    assert [q.speaker for q in spelled_out(quotes)][1:] == ["SNCF", "ARS"]


def test_a_description_before_a_quoted_name_is_that_name_s() -> None:
    """« consultés par Mediapart, une association bordelaise, « Cap X », a pris »: the
    association is Cap X, never the site before it, so « l'association » later is not
    the site's voice."""
    from tui.core.quotes.role_after import role_after

    text = (
        "Selon des documents consultés par Mediapart, une association bordelaise, « Cap "
        "Aquitaine Demain », a pris en charge une partie des frais."
    )
    assert role_after(text, text.index(",")) is None
    body = (
        f"{text} L'association se présente sur son site comme un simple « laboratoire "
        "d'idées » au service du développement régional."
    )
    assert "Mediapart" not in _speakers(body)
    assert role_after("Paul Durand, porte-parole du collectif, a parlé.", 11) == (
        "porte-parole du collectif"
    )


def test_a_body_is_no_person_whose_role_names_it() -> None:
    """« le trésorier de l'association, X » ties the treasurer to X, not « l'association »."""
    body = (
        "Le trésorier de l'association, Didier Marchal, écrit au candidat. L'association se "
        "présente sur son site comme un simple « laboratoire d'idées »."
    )
    assert _speakers(body) == [None]
