"""A sentence subject speaks a quoted phrase only if the sentence reports a stance.

Sentences are written for the test, with invented people and bodies; the entities are
given, so only the attribution is judged (rules engine, as the suite runs by default).
"""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes
from quote_text import cast

from tui.core.engine_identity import available

CAST = cast(["Paul Verdier", "Claire Dumont"], bodies=["Ligue des nageurs"])


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(speaker, kind) for _, speaker, kind in CAST.found(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Verdier, célèbre pour ses « coups de bluff », est mort hier à Lorvaux.",
        "Claire Dumont est devenue une « star » du web en quelques semaines.",
        "La Ligue des nageurs mise sur ces jeux pour « rajeunir » son public.",
        "Paul Verdier envisage de reprendre son ancien rôle de « bon vivant » à Lorvaux.",
    ],
)
def test_a_scare_quote_in_a_sentence_that_reports_nothing_quotes_nobody(sentence: str) -> None:
    assert quotes(sentence) == [(None, "other")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Paul Verdier juge les autres candidats « irresponsables ».", "Paul Verdier"),
        ("La Ligue des nageurs condamne ce « geste lâche ».", "Ligue des nageurs"),
        ("Claire Dumont a fait part de sa « profonde tristesse ».", "Claire Dumont"),
        ("La Ligue des nageurs a fait savoir qu'elle « ne cédera pas ».", "Ligue des nageurs"),
        (
            "Le taux de fuite dépasse 40 %, relève Paul Verdier, qui appelle à un « plan "
            "national d'investissement ».",
            "Paul Verdier",
        ),
        ("Paul Verdier a trinqué à la « nouvelle amitié » des deux villes.", "Paul Verdier"),
        ("Claire Dumont assume une décision « difficile mais juste ».", "Claire Dumont"),
        ("Claire Dumont s'interrogeait « sur le sens de cette réforme ».", "Claire Dumont"),
        (
            "Une analyse que rejette Paul Verdier, qui y voit « une attaque contre les éleveurs ».",
            "Paul Verdier",
        ),
        (
            "Le plan a été adopté malgré Claire Dumont, qui s'en est prise à une « réforme "
            "à l'aveugle ».",
            "Claire Dumont",
        ),
        ("Le maire, Paul Verdier, attend surtout « des actes ».", "Paul Verdier"),
    ],
)
def test_a_phrase_the_subject_judges_or_voices_is_theirs(sentence: str, speaker: str) -> None:
    assert quotes(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle présente la fermeture comme « temporaire » et promet un bilan en mai.",
        "Elle dénonce un projet « mené sans la moindre concertation ».",
        "Elle chiffre le coût des travaux à « près de deux millions d'euros ».",
        "Dans son discours, elle a dépeint une réforme « bâclée de bout en bout ».",
    ],
)
def test_a_pronoun_subject_that_takes_a_stance_speaks_the_fragment(sentence: str) -> None:
    text = "Claire Dumont a réuni les élus lundi. " + sentence
    assert quotes(text) == [("Claire Dumont", "fragment")]


def test_a_pronoun_subject_that_only_visits_quotes_no_one() -> None:
    text = "Claire Dumont est arrivée lundi. Elle a visité la « Cité des sciences » mardi."
    assert quotes(text)[0][0] is None


def test_a_pronoun_after_an_apposed_name_is_the_subject() -> None:
    text = (
        "Paul Verdier comparaît pour fraude. Interrogé par la présidente, Claire Dumont, "
        "il dénonce une « cabale » montée par ses anciens associés."
    )
    assert quotes(text)[0][0] == "Paul Verdier"


def test_a_pronoun_after_a_fronted_description_is_the_subject() -> None:
    text = (
        "Claire Dumont est déléguée syndicale. Ouvrière depuis vingt ans, elle dit avoir "
        "appris la nouvelle « par un simple courriel »."
    )
    assert quotes(text)[0][0] == "Claire Dumont"


def test_a_role_before_qui_is_the_relatives_antecedent() -> None:
    text = (
        "La maire, Claire Dumont, s'est rendue sur place. L'élue, qui dit avoir été "
        "prévenue « vingt minutes avant la presse », a demandé des comptes."
    )
    assert quotes(text)[0][0] == "Claire Dumont"


def test_paying_tribute_takes_a_stance() -> None:
    text = "La Ligue des nageurs a rendu hommage à « un entraîneur d'une autre époque »."
    assert quotes(text) == [("Ligue des nageurs", "fragment")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle a passé la nuit dans un gymnase, « en pyjama, avec mon ordinateur sous le bras ».",
        "Claire Dumont n'avait « jamais imaginé » franchir un jour cette porte.",
    ],
)
def test_words_of_ones_own_in_a_sentence_that_reports_nothing_are_the_subjects(
    sentence: str,
) -> None:
    """First-person words, or words that complete the subject's tense, are the subject's
    own account even where no verb of saying stands."""
    text = f"Claire Dumont, 20 ans, étudiante, attend. {sentence}"
    assert quotes(text)[0][0] == "Claire Dumont"


def test_a_quotation_after_il_y_a_is_no_account() -> None:
    assert quotes("À Lorvaux, il y a « un malaise » depuis la fermeture.") == [(None, "other")]


@pytest.mark.skipif(not available(), reason="the trained model is not installed")
def test_a_reporting_phrase_keeps_words_from_being_a_scare_quote() -> None:
    """« a fait état de «…» »: someone's words, never a label of the writer's."""
    sentence = "La police municipale a fait état de «perturbations importantes» en ville."
    [quote] = trained_quotes(f"Lorvaux\n\n{sentence}\n", "Lorvaux")
    assert quote.kind == "fragment"


def test_a_warning_with_an_adverb_inside_its_phrase_takes_a_stance() -> None:
    sentence = "Paul Verdier a parlé. Il met toutefois en garde contre « le risque d'exécution »."
    assert quotes(sentence)[0][0] == "Paul Verdier"


def test_savouring_takes_a_stance() -> None:
    assert quotes("Paul Verdier savourait une victoire « construite en défense ».")[0][0] == (
        "Paul Verdier"
    )


def test_the_defendant_described_is_no_charge() -> None:
    sentence = "La veille, Claire Dumont avait décrit à la barre un accusé « rigide et froid »."
    assert quotes(sentence) == [("Claire Dumont", "fragment")]


def test_a_charge_after_accuse_de_is_still_a_label() -> None:
    assert quotes("Paul Verdier est accusé de « vol en bande organisée ».") == [(None, "other")]
