"""A named person described as "a retired nurse" is no unnamed newcomer for the
pronoun after, a name set off after a person noun is a person, and a second role with
its title may stand between a role and its name. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, rules_speakers, trained_quotes


def test_a_named_person_described_by_an_indefinite_is_no_newcomer() -> None:
    text = (
        "Waiting lists\n\n"
        "Among those waiting is Norah Quill, a 71-year-old retired nurse from Carrow, who "
        "was referred for a hip replacement assessment in March of last year.\n\n"
        "“I haven’t been to Mass in eight months because I can’t manage the steps,” she "
        "told the Carrow Herald."
    )
    assert rules_speakers(text) == ["Norah Quill"]


def test_a_name_set_off_after_a_person_noun_is_a_person() -> None:
    text = "My neighbour in Carrow, Ferran Oliu, used to tell us, “Grey is where it begins.”"
    assert rules_speakers(text) == ["Ferran Oliu"]


def test_a_second_role_with_its_title_may_stand_before_the_name() -> None:
    """« …, a assuré la présidente de la commission, la sénatrice du Calvados X. »"""
    text = (
        "Sénat\n\nLa commission a adopté le texte mercredi. « Nous l'avons rendu "
        "applicable », a assuré à l'issue de la réunion la présidente de la commission, la "
        "sénatrice du Calvados Françoise Delmotte-Varin.\n"
    )
    assert trained_quotes(text, "Sénat")[0].speaker == "Françoise Delmotte-Varin"


def test_a_name_with_an_age_and_a_description_is_the_subject() -> None:
    english = "Jane Marlow, 45, a nurse at St Mary's, said she had waited “for hours”."
    assert rules_speakers(english) == ["Jane Marlow"]
    french = "Paul Durand, 45 ans, infirmier, dit avoir attendu « des heures »."
    assert [q.speaker for q in trained_quotes(french, "Urgences")] == ["Paul Durand"]


def test_an_indefinite_role_with_a_relative_clause_describes_its_name() -> None:
    """ "X, a detective who led the inquiry," makes a later "the detective" X."""
    text = (
        "Trial\n\nClaire Dunmore, the prosecutor, opened the case.\n\n"
        "Laura Kemp, a detective who led the inquiry, told the court she had been alerted.\n\n"
        'The detective accepted she had never examined the car. "It had been sold," she said.'
    )
    assert rules_speakers(text) == ["Laura Kemp"]


def test_un_role_indefini_suivi_d_une_relative_decrit_son_nom() -> None:
    text = (
        "Procès\n\nJeanne Morlaix, une enquêtrice qui a dirigé les investigations, a témoigné. "
        "Le président a lu le rapport.\n\n« Le véhicule avait été vendu », a précisé "
        "l'enquêtrice."
    )
    assert [q.speaker for q in trained_quotes(text, "Procès")] == ["Jeanne Morlaix"]


def test_a_relative_clause_after_the_name_of_an_incise_is_skipped() -> None:
    """'"…," X, who heads the charity, told reporters': X speaks."""
    body = '"This is a historic day," Marie Holm, who heads the charity, told reporters.'
    assert [q.speaker for q in article_quotes(body, "en")] == ["Marie Holm"]


@pytest.mark.parametrize("adverb", ["nevertheless", "meanwhile", "however"])
def test_a_sentence_adverb_between_the_named_subject_and_its_verb(adverb: str) -> None:
    """ "Its director, X, nevertheless urged "…"": X, never the adverb."""
    body = f'The agency says it is calm. Its director, Karl Mensah, {adverb} urged "vigilance".'
    assert [q.speaker for q in article_quotes(body, "en")] == ["Karl Mensah"]


def test_a_quantified_subject_of_the_verb_before_a_fragment_names_nobody() -> None:
    """ "X insisted, though several members of his caucus have said … "…"": not X."""
    body = (
        '"We are united," Speaker Mike Dunn insisted, though several members of his caucus '
        'have said privately that they are "deeply worried".'
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Mike Dunn", None]


def test_a_name_set_off_after_its_nationality_ends_an_inverted_subject() -> None:
    """« …, a dénoncé la négociatrice de l'Alliance (Aosis), la Tongienne X. »"""
    text = (
        "Climat\n\n« Ce texte est inacceptable », a dénoncé la négociatrice en chef de "
        "l'Alliance des petits États insulaires (Aosis), la Tongienne Mele Tavake.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Climat")] == ["Mele Tavake"]


def test_a_spokesperson_named_after_her_principal_speaks() -> None:
    """A person named in full takes no second name: the one set off after the role
    phrase ending on that person is the role's."""
    english = 'A spokeswoman for Gov. Ned Lamb, Maria Soto, said he "has no plans" to sign it.'
    assert rules_speakers(english) == ["Maria Soto"]
    french = (
        "Réforme\n\nLa porte-parole du ministre Paul Roux, Anne Vidal, a assuré que le texte "
        "était « prêt ».\n"
    )
    assert [q.speaker for q in trained_quotes(french, "Réforme")] == ["Anne Vidal"]


def test_a_name_closing_the_subject_s_apposition_is_not_the_subject() -> None:
    """The parser may take the collective's name for the verb's subject."""
    text = (
        "Bassines\n\nLes opposants voient les choses autrement. Julie Marsan, porte-parole du "
        "collectif Eau vive 86, dénonce un « accaparement » de l'eau.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Bassines")] == ["Julie Marsan"]


def test_the_quoted_noun_after_a_source_is_no_part_of_it() -> None:
    """« selon le communiqué du groupe, un marché « … » »: the group's words."""
    text = (
        "Batteries\n\nLa coentreprise Cellora a reporté sa première ligne. En cause, selon le "
        "communiqué du groupe, un marché « nettement en deçà des prévisions » en Europe.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Batteries")] == ["Cellora"]


def test_a_trade_opening_a_sentence_is_no_speaker() -> None:
    """« Céréalier à X, cet agriculteur … »: the trade is no person's name."""
    text = (
        "Réserves\n\nUne décision « incompréhensible », pour Marcel Gontier. Céréalier à "
        "Vouillé, cet agriculteur de 48 ans préside la coopérative. « On nous a demandé de "
        "réduire nos prélèvements, on a accepté », dit-il.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Réserves")] == ["Marcel Gontier"] * 2


def test_the_firm_an_apposition_describes_announces_the_words() -> None:
    """« X, la coentreprise qui …, a annoncé le report « … » »: X's words; « le report »,
    a noun, reports nothing though English spells a verb so."""
    text = (
        "Batteries\n\nLe calendrier glisse. Cellora, la coentreprise franco-suédoise qui "
        "devait produire dès 2026 des cellules à Gravelines, près de Dunkerque, a annoncé "
        "jeudi le report « d'au moins un an » de sa première ligne.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Batteries")] == ["Cellora"]


def test_a_body_acting_before_elle_is_its_antecedent() -> None:
    """« À X, la préfecture a levé l'alerte. « … », a-t-elle prévenu »: not the woman
    named before; the place the clause opens on says which préfecture."""
    text = (
        "Cyclone\n\nFanja Rabe a tout perdu. À La Réunion, la préfecture a levé l'alerte "
        "lundi. « Le système s'éloigne de l'île », a-t-elle prévenu.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Cyclone")] == ["préfecture de La Réunion"]
