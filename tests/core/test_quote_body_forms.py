"""Bodies written in full once and briefly afterwards, verbs that report only what
follows them, agents written after the quotation, and trial parts kept apart.

Sentences are written for the test, with invented people, courts and places; the
entities are given, so only the attribution is judged.
"""

from __future__ import annotations

from quote_text import cast

from tui.core.quotes.body_forms import full_body_form

people = cast(["Anne Petit", "Paul Roux", "Marc Lenoir"], places=["Vernoux", "Saint-Brac"])
speakers = people.speakers


def test_a_court_named_once_speaks_under_its_short_name() -> None:
    text = (
        "Le tribunal correctionnel de Vernoux a condamné Paul Roux jeudi.\n\n"
        "Dans son jugement, le tribunal a estimé que le prévenu avait « sciemment menti »."
    )
    assert speakers(text) == ["tribunal correctionnel de Vernoux"]


def test_a_council_with_a_lowercase_complement_keeps_its_place() -> None:
    text = (
        "Le conseil de prud'hommes de Saint-Brac a donné raison à la vendeuse.\n\n"
        "Mais le conseil de prud'hommes estime que « l'employeur ne prouve rien »."
    )
    assert speakers(text) == ["conseil de prud'hommes de Saint-Brac"]


def test_a_national_order_is_named_by_its_adjective_and_complement() -> None:
    text = (
        "Selon l'ordre national des vétérinaires, cent cabinets ont fermé.\n\n"
        "L'ordre évoque dans son rapport un « maillage fragilisé »."
    )
    assert speakers(text) == ["ordre national des vétérinaires"]


def test_a_bare_body_named_nowhere_in_full_stays_unnamed() -> None:
    text = "Le tribunal a estimé que le prévenu avait « sciemment menti »."
    assert speakers(text) == [None]


def test_a_verb_after_the_head_is_no_part_of_the_name() -> None:
    text = "Le tribunal a condamné le maire de Vernoux. « C'est grave », a dit le tribunal."
    assert full_body_form(text, "le tribunal", len(text)) is None
    assert speakers(text) == [None]


def test_a_plural_of_people_is_no_institution() -> None:
    text = "Les enquêteurs de la police de Vernoux cherchent. « Rien », ont dit les enquêteurs."
    assert full_body_form(text, "les enquêteurs", len(text)) is None


def test_relever_reports_what_follows_it() -> None:
    text = "Marc Lenoir, le directeur de l'école, relève que « rien n'a changé depuis mars »."
    assert speakers(text) == ["Marc Lenoir"]


def test_decrire_reports_the_quoted_description_it_leads_to() -> None:
    text = "Dans son rapport, Anne Petit décrit un bâtiment « impropre à l'habitation »."
    assert speakers(text) == ["Anne Petit"]


def test_a_participle_after_its_noun_is_no_reporting_verb() -> None:
    text = (
        "« Nous n'avions pas l'argent », affirme Marc Lenoir. Il assure que les "
        "dépassements relevés avant 2022 étaient « ponctuels »."
    )
    assert speakers(text) == ["Marc Lenoir", "Marc Lenoir"]


def test_an_agent_after_the_quotation_said_the_words() -> None:
    text = (
        "La direction propose une hausse de 2 %, jugée « indécente » par Paul Roux, "
        "délégué syndical."
    )
    assert speakers(text) == ["Paul Roux"]


def test_an_english_agent_after_the_quotation_said_the_words() -> None:
    text = "The plan, branded 'reckless' by Anne Petit, goes to a vote on Monday."
    assert speakers(text, "en") == ["Anne Petit"]


def test_words_a_participle_after_the_marks_hands_to_a_named_role() -> None:
    """« la réplique « … » lancée par le député »: the deputy the text named before."""
    text = (
        "Le débat entre le député Marc Lenoir et la ministre Anne Petit avait attiré "
        "l'attention sur la réplique « Ce n'est pas votre faute ! » lancée par le député."
    )
    assert speakers(text) == ["Marc Lenoir"]


def test_an_unnamed_agent_after_the_quotation_names_nobody() -> None:
    text = "La direction propose une hausse de 2 %, jugée « indécente » par les salariés."
    assert speakers(text) == [None]


def test_the_defendant_is_not_the_presiding_judge() -> None:
    text = (
        "La présidente du tribunal, Anne Petit, relève que « les faits sont graves ».\n\n"
        "Le prévenu estime que la soirée était « ordinaire ».\n\n"
        "Le témoin juge que la soirée était « calme »."
    )
    assert speakers(text) == ["Anne Petit", None, None]


def test_a_place_with_an_elided_link_stays_in_the_full_form() -> None:
    text = "La préfecture des Côtes-d'Armor a pris un arrêté. Ce matin, la préfecture a jugé "
    text += "la situation « préoccupante »."
    assert full_body_form(text, "la préfecture", len(text)) == "préfecture des Côtes-d'Armor"


def test_the_body_governing_a_place_is_the_parsed_subject() -> None:
    from pipeline_quotes import trained_quotes

    title = "Marée verte à Plouzévet"
    text = (
        f"{title}\n\nDans un communiqué diffusé lundi, la préfecture des Côtes-d'Armor "
        "indique que des concentrations d'hydrogène sulfuré « supérieures aux seuils "
        "d'alerte » ont été mesurées.\n"
    )
    assert [q.speaker for q in trained_quotes(text, title)] == ["préfecture des Côtes-d'Armor"]


def test_a_sub_prefecture_is_not_the_prefecture() -> None:
    text = "La préfecture a écrit. On manifestera devant la sous-préfecture de Vernoux."
    assert full_body_form(text, "la préfecture", 10) is None


def test_a_prefect_named_before_gives_the_prefecture_its_place() -> None:
    text = (
        "La préfète de la Drôme, Anne Petit, a parlé. La préfecture précise tout. "
        "Rendez-vous devant la sous-préfecture de Vernoux."
    )
    assert full_body_form(text, "la préfecture", 50) == "préfecture de la Drôme"


def test_a_ministry_takes_the_portfolio_of_its_minister() -> None:
    text = "Le ministre de l'Agriculture, Paul Roux, a visité la ferme. Le ministère promet."
    assert full_body_form(text, "le ministère", 65) == "ministère de l'Agriculture"


def test_a_prime_minister_gives_no_ministry() -> None:
    text = "Le Premier ministre du Portugal, Paul Roux, a parlé. Le ministère promet."
    assert full_body_form(text, "le ministère", 55) is None


def test_a_portfolio_keeps_its_adjective() -> None:
    text = "La ministre des Affaires étrangères, Anne Petit, a répondu. Le ministère ajoute."
    assert full_body_form(text, "le ministère", 70) == "ministère des Affaires étrangères"


def test_a_centre_is_a_body_not_the_director_it_has() -> None:
    from pipeline_quotes import trained_article_speakers

    body = (
        "Le conseil du Centre de services scolaire des Monts a voté la fermeture de "
        "l'école.\n\n« Nous n'avions plus les élèves », a expliqué la directrice générale "
        "du centre de services, Chantal Perrin.\n\nLa commune avait proposé de payer une "
        "partie des frais, une offre jugée « insuffisante » par le centre de services."
    )
    speakers = trained_article_speakers(body, "École fermée")
    assert speakers == ["Chantal Perrin", "Centre de services scolaire des Monts"]


def test_a_national_adjective_pins_a_body_down_on_its_own() -> None:
    text = (
        "Le parquet national financier a ouvert une enquête sur les marchés de Vernoux.\n\n"
        "« Des virements suspects ont été repérés », a indiqué le parquet mardi."
    )
    assert speakers(text) == ["parquet national financier"]


def test_a_regional_adjective_alone_pins_nothing() -> None:
    text = (
        "Le conseil régional a voté le budget de Vernoux.\n\n"
        "« Le compte n'y est pas », a estimé le conseil lundi."
    )
    assert full_body_form(text, "le conseil", len(text)) is None
