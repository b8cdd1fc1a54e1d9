"""A cue-less quotation after a sentence whose subject is a described person: the
words are the person's the article ties to the description. Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in trained_quotes(f"Actualité\n\n{body}\n", "Actualité")]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "La médiatrice désignée par la région, Corinne Aebis, a reçu les parties. "
            "« Le dialogue est renoué », a-t-elle déclaré.\n\nLe transporteur refuse de "
            "commenter. La médiatrice reste prudente. « Personne ne s'attend à un accord "
            "d'ici vendredi. »",
            ["Corinne Aebis", "Corinne Aebis"],
        ),
        (
            "Martine Hoff, adjointe aux transports, a objecté que le coût avait été revu. "
            "Selon l'adjointe, le chiffre figurait dans tous les documents.\n\n"
            "« Personne ne l'a jamais caché. »",
            ["Martine Hoff"],
        ),
        (
            "Le syndicat des usagers, présidé par Marc Dubreuil, a manifesté. Au micro de "
            "la radio locale, son président est allé plus loin. « Il faut un plan "
            "d'urgence. »",
            ["Marc Dubreuil"],
        ),
        (
            "Pierre Vaysse, 61 ans, ferme sa boulangerie. « Je n'ai pas trouvé de "
            "repreneur », explique-t-il.\n\nLe boulanger éteint les fours une dernière "
            "fois, puis range ses pelles. « C'est un crève-cœur. Mais je suis fatigué. »",
            ["Pierre Vaysse", "Pierre Vaysse"],
        ),
    ],
)
def test_a_described_subject_leads_in(body: str, speakers: list[str | None]) -> None:
    assert _speakers(body) == speakers


def test_a_synonym_of_the_role_keeps_its_gender() -> None:
    """« le praticien » re-describes the forensic doctor quoted before, never the woman
    named later in the article."""
    body = (
        "Le médecin légiste, le docteur Paul Quéré, a fragilisé la thèse de la chute. "
        "« Les deux impacts sont incompatibles avec une chute », a-t-il expliqué.\n\n"
        "Interrogé par la défense, le praticien a maintenu ses conclusions.\n\n"
        "« Dans mon expérience, ce type de lésion suppose un second choc. »\n\n"
        "La députée Jeanne Morel a interpellé le gouvernement mardi."
    )
    assert _speakers(body) == ["Paul Quéré", "Paul Quéré"]


def test_a_thing_opening_the_sentence_is_no_speaker() -> None:
    """« La voiture de la lycéenne … »: the head is no person, so nobody is read."""
    body = (
        "Léa Morin, lycéenne, attend le car. « Il ne vient plus », dit-elle.\n\n"
        "Le maire, Paul Garnier, promet une solution. La voiture de la lycéenne est "
        "tombée en panne. « Nous cherchons un transporteur. »"
    )
    assert _speakers(body)[1] != "Léa Morin"


def test_a_pronoun_after_a_described_subject() -> None:
    """« Le dirigeant explique… Il la doit à… ¶ « … » »: the pronoun is the described
    subject before it, the club's president quoted above."""
    body = (
        "Patrick Sorel est jugé pour abus de confiance. Patrick Sorel a reconnu les faits. "
        "« J'ai pris l'argent du club », a admis Patrick Sorel.\n\n"
        "Au premier rang, le président du club, Marc Ollier, écoute. « On a dû annuler "
        "le tournoi », dit-il.\n\nLe dirigeant explique que le club a dû solliciter une "
        "avance auprès de la mairie et que deux éducateurs ont vu leurs heures réduites de "
        "moitié. La découverte des virements, il la doit à un changement de banque."
        "\n\n« Patrick, c'était un ami. Il venait manger à la maison. »"
    )
    assert _speakers(body) == ["Patrick Sorel", "Marc Ollier", "Marc Ollier"]


def test_a_speaker_further_on_is_not_the_one_described() -> None:
    """A later pass knows who speaks further on; « la lycéenne » is not the woman the
    next paragraph quotes."""
    body = (
        "Léa Vasseur, 17 ans, prend le bus chaque matin. « Sans lui, je ne peux plus aller "
        "en cours », dit-elle.\n\nLa lycéenne, elle, a trouvé une solution : le "
        "covoiturage. « Je ne vais pas faire ça toute l'année. »\n\nLa médiatrice, Corinne "
        "Aebis, a reçu les parties. « Le dialogue est renoué », a-t-elle déclaré."
    )
    assert _speakers(body)[1] != "Corinne Aebis"


def test_a_bare_synonym_of_a_role_is_its_holder() -> None:
    """« Leur président, X » then « Le dirigeant affirme … Il dit … »: the bare
    « dirigeant » re-describes the president of the club."""
    body = (
        "Le maire, Paul Castaing, ferme la piscine. Paul Castaing assume. Selon Paul "
        "Castaing, l'autre bassin suffira. Paul Castaing l'a redit mardi.\n\n"
        "Leur président, Jean-Marc Fourcade, n'a pas pu parler. "
        "« Soixante ans d'histoire balayés », regrette-t-il.\n\nLe dirigeant affirme que "
        "le club compte 340 licenciés. Il dit avoir demandé un rendez-vous, sans réponse."
        "\n\n« On ne demande pas la lune. On demande un planning. »"
    )
    assert _speakers(body)[-1] == "Jean-Marc Fourcade"


def test_a_qualified_role_keeps_to_its_own_holder() -> None:
    """« le dirigeant nord-coréen » is not « le président russe X » by synonym."""
    body = (
        "Kim Jong Un a invité le président russe Vladimir Poutine. Pyongyang a tiré deux "
        "missiles, tandis que le dirigeant nord-coréen a promis qu'il serait « toujours aux "
        "côtés de la Russie »."
    )
    assert _speakers(body)[-1] != "Vladimir Poutine"


def test_a_question_then_a_named_subject_hands_the_answer_to_that_person() -> None:
    """« « … Pourquoi ? » X a baissé les yeux. « Je … » »: the question's full stop
    ends a sentence, so the next one is about X alone, and X answers."""
    text = (
        "La présidente, Hélène Marchal, a interrogé le prévenu. « Vous aviez reçu trois "
        "mises en demeure. Pourquoi n'avoir rien fait ? » Gérard Vasseur a baissé les "
        "yeux. « Je pensais que l'artisan était passé. Je me suis trompé. »\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Procès")]
    assert speakers == ["Hélène Marchal", "Gérard Vasseur"]


def test_a_worker_given_an_age_is_who_the_role_describes() -> None:
    """« Monique, 61 ans, étête … « … », explique l'ouvrière »: Monique."""
    text = (
        "Autour d'elle, une vingtaine de salariées. Monique, 61 ans, étête les poissons "
        "depuis 1988. « C'est un geste qu'on n'apprend pas en une semaine », explique "
        "l'ouvrière.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Conserverie")] == ["Monique"]


def test_a_nationality_as_the_subject_before_a_quotation_is_the_person_just_quoted() -> None:
    """« … », a regretté X. L'Italien a refusé … « … »: X, described by nationality."""
    text = (
        "Menés 0-1 à la pause, les Sang et Or ont renversé l'OM (2-1) samedi soir à "
        "Bollaert grâce à un doublé de Wesley Saïdi. « On n'a jamais lâché. Le public "
        "nous a portés », a savouré l'attaquant au micro de Canal+.\n\nSon entraîneur, "
        "Will Stiller, n'a pas caché sa satisfaction. « C'est une victoire de caractère. "
        "Au retour des vestiaires, j'ai demandé aux garçons de jouer sans peur », a "
        "expliqué le technicien belge en conférence de presse.\n\nCôté marseillais, la "
        "déception dominait. « On a manqué de maîtrise, on a reculé », a regretté Roberto"
        " Zanetti. L'Italien a refusé d'accabler son gardien, auteur d'une erreur sur le "
        "premier but. « Tout le monde peut se tromper. Pau reste mon numéro un. »\n\nLe "
        "capitaine olympien, Leonardo Baldi, s'est montré plus sévère : « Ce n'est pas le"
        " niveau d'une équipe qui veut jouer la Ligue des champions. »\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Ligue 1")][3] == "Roberto Zanetti"


def test_an_adjective_before_the_role_noun_keeps_the_description() -> None:
    """« La nouvelle dirigeante a détaillé … « … » »: « nouvelle » comes before the noun
    French writes it after, and the words are still the new leader's."""
    body = (
        "Karine Delmas est élue à la tête du syndicat. « Nous serons le syndicat qui écrit "
        "la page », a lancé Karine Delmas.\n\nLa nouvelle dirigeante a ensuite détaillé ce "
        "qu'elle a elle-même appelé sa « feuille de route » : retour de l'âge légal. "
        "« Chaque euro versé à une entreprise est un euro pris aux salariés. »"
    )
    assert _speakers(body)[-1] == "Karine Delmas"
