"""Bodies as speakers: an organisation, a capital or a described body says the words.

« L'association a décidé de lancer un « … » » after « l'association Terre Vive »,
« Varsenne a ainsi accusé … de vouloir « … » », « la police de Lorvenne … avant
d'annoncer « … » »: each quotation goes to the body the article names or describes.
Every sentence is written for the test with invented names and bodies.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import rules_speakers
from quote_text import cast

CAST = cast(
    ["Paul Durand", "Claire Dubois"],
    bodies=["Terre Vive", "Veltronic", "Le Courrier"],
    places=["Lorvenne", "Varsenne"],
)


def speakers(text: str) -> list[str | None]:
    """Each quotation's speaker in an article of that body under a headline, the rules
    engine reading the invented entities."""
    text = "Une dépêche de la semaine\n\n" + text
    return CAST.speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'association Terre Vive n'a pas pu afficher sa campagne dans le métro. "
        "L'association a décidé de lancer un « affichage sauvage » dans la ville.",
        "L'association Terre Vive publie un rapport. "
        "L'association entend ainsi dénoncer une situation qui met « en danger les familles ».",
        "L'association Terre Vive publie un rapport. Par ailleurs, l'association cite "
        "l'exemple des loyers et annonce des hausses « jamais vues depuis vingt ans ».",
    ],
)
def test_the_association_is_the_one_the_article_named(text: str) -> None:
    # The sentence's subject ends at its verb: « l'association », not the whole clause.
    assert speakers(text)[-1] == "Terre Vive"


def test_a_capital_speaks_past_an_adverb_before_its_verb() -> None:
    text = "Varsenne a ainsi accusé Veltronic de vouloir « cacher la vérité » sur l'accident."
    assert speakers(text) == ["Varsenne"]


def test_an_infinitive_reports_the_words_of_the_clause_governing_it() -> None:
    text = (
        "La police de Lorvenne évoquait jeudi de « lourds dégâts » et demandait de rester "
        "chez soi, avant, d'annoncer, dans la soirée, qu'il y avait « plusieurs blessés »."
    )
    assert speakers(text) == ["police de Lorvenne", "police de Lorvenne"]


def test_who_asks_another_to_say_something_is_the_speaker() -> None:
    text = (
        "Veltronic a présenté son projet lundi. "
        "Claire Dubois avait demandé à l'entreprise de préciser les « études sur le bruit »."
    )
    assert speakers(text) == ["Claire Dubois"]


def test_a_body_ending_a_role_before_a_relative_is_not_its_antecedent() -> None:
    text = (
        "Le projet a été salué, à l'exception de Paul Durand, président du conseil de "
        "Veltronic, qui a rappelé jeudi que « rien n'est encore signé »."
    )
    assert speakers(text) == ["Paul Durand"]


def test_a_body_alone_before_a_relative_is_its_antecedent() -> None:
    text = "Le projet a reçu le soutien de Veltronic, qui a rappelé que « rien n'est signé »."
    assert speakers(text) == ["Veltronic"]


def test_a_capitalised_institution_takes_the_full_name_it_heads() -> None:
    text = (
        "Une dépêche de la semaine\n\nL'Autorité de contrôle des loyers a rendu son avis. "
        "Selon l'autorité, les hausses sont « sans fondement »."
    )
    authority = CAST.with_names(cast(bodies=["Autorité de contrôle des loyers"]))
    assert authority.speakers(text) == ["Autorité de contrôle des loyers"]


def test_the_fire_service_of_a_town_is_a_body_named_by_its_town() -> None:
    text = "Les pompiers de Lorvenne ont indiqué jeudi que « le feu est fixé »."
    assert speakers(text) == ["pompiers de Lorvenne"]


def test_the_inhabitants_of_a_town_are_no_body_it_names() -> None:
    text = "Les habitants de Lorvenne ont indiqué jeudi que « le feu est fixé »."
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("name", "noun"),
    [("Radio Orbis", "la radio"), ("Institut Varenne", "l'institut")],
)
def test_a_bare_noun_refers_back_to_the_name_it_heads(name: str, noun: str) -> None:
    text = (
        f"Une dépêche de la semaine\n\n{name} a été sanctionnée lundi. "
        f"Pour se défendre, {noun} estime que « la sanction est injuste »."
    )
    assert CAST.with_names(cast(bodies=[name])).speakers(text) == [name]


@pytest.mark.parametrize("noun", ["Le gouvernement", "Le ministère", "La présidence"])
def test_the_government_is_not_the_company_last_named(noun: str) -> None:
    text = f"Veltronic a signé le contrat lundi. {noun} a salué « une excellente nouvelle »."
    assert speakers(text) == [None]


def test_the_paper_is_the_one_this_sentence_named_not_one_named_later() -> None:
    text = (
        "Une dépêche de la semaine\n\nLes quotidiens ont protesté. Pour La Vigie, il s'agit "
        "d'une « intrusion » que le journal estime « inacceptable ».\n\n"
        "Le journal Le Courrier, lui, n'a pas réagi."
    )
    assert CAST.with_names(cast(bodies=["La Vigie"])).speakers(text)[-1] == "La Vigie"


def test_english_bare_police_is_the_police_department_the_article_named() -> None:
    text = (
        "Headline\n\nThe Lorvenne Police Department closed the road on Monday. "
        "Later, police said the bridge was “closed for good”."
    )
    police = cast(bodies=["Lorvenne Police Department"])
    assert police.speakers(text, "en") == ["Lorvenne Police Department"]


def test_english_the_ministry_that_spoke_is_not_one_named_later() -> None:
    text = (
        "Headline\n\nThe energy ministry said in a statement that it wanted “a lasting deal”. "
        "“Every contract will be reviewed,” the ministry said. "
        "The Varsian Ministry of Trade did not reply."
    )
    quotes = cast(bodies=["Varsian Ministry of Trade"]).quotes(text, "en")
    assert [(q.speaker, q.source) for q in quotes] == [(None, "energy ministry")] * 2


def test_english_the_council_may_be_the_one_the_article_names_next() -> None:
    text = (
        "Headline\n\n“The park stays shut until spring,” the council said on Monday. "
        "On Tuesday the Lorvenne City Council voted to reopen it."
    )
    council = cast(bodies=["Lorvenne City Council"])
    assert council.speakers(text, "en") == ["Lorvenne City Council"]


@pytest.mark.parametrize("source", ["D'après", "Selon"])
def test_a_press_release_speaks_for_the_body_that_issued_it(source: str) -> None:
    text = (
        f"{source} un communiqué de presse de Veltronic, l'usine aurait fermé "
        "« pour des raisons de sécurité »."
    )
    assert speakers(text) == ["Veltronic"]


def test_words_cut_from_the_end_of_a_longer_name_are_that_name() -> None:
    text = (
        "In a report, the Office of the U.N. High Commissioner for Human Rights said "
        '"conditions in the camps" had worsened.'
    )
    assert rules_speakers(text) == ["Office of the U.N. High Commissioner for Human Rights"]


def test_a_dateline_place_is_no_subject() -> None:
    text = (
        "Board votes to close school\n\n"
        "WESTBROOK, Ohio — After five hours of public comment, the board voted to close "
        "the school, a decision that drew shouts of “shame” from a packed auditorium."
    )
    assert rules_speakers(text) == [None]


@pytest.mark.parametrize("verb", ["recalls", "recounts", "concedes", "quips", "muses"])
def test_a_feature_s_present_tense_incise_names_the_speaker(verb: str) -> None:
    text = (
        "Boats\n\n"
        "Ruth Carrow builds boats in a shed above the harbor.\n\n"
        f"“It was hard,” she {verb}. “That was the whole apprenticeship.”"
    )
    assert rules_speakers(text) == ["Ruth Carrow", "Ruth Carrow"]


def test_a_body_s_investigators_speak_for_it() -> None:
    """« Les enquêteurs de l'IGPN ont indiqué … « … » »: the IGPN's finding."""
    text = "Les enquêteurs de l'IGPN ont indiqué que le dispositif était « suffisant »."
    assert rules_speakers(text, "fr") == ["IGPN"]


def test_a_regulator_s_controllers_speak_for_it() -> None:
    """« Les contrôleurs de l'ACPR décrivent « … » »: the regulator's report."""
    text = "Les contrôleurs de l'ACPR décrivent un dispositif « largement théorique »."
    assert rules_speakers(text, "fr") == ["ACPR"]
