"""« elle » may be the body the text just named when French makes it feminine: « la
direction de X », a name opening on « Association » or « Agence ». Never a body a
person's role governs, and never « il ». Invented names, given as entities; the
rules engine judges.
"""

from __future__ import annotations

from quote_text import cast

CAST = cast(
    ["Karine Vallet", "Paul Mériel"],
    surnames=["Vallet", "Mériel"],
    bodies=[
        "Rails du Sud",
        "Association des maires du Causse",
        "Syndicat des eaux du Lot",
        "armée valdoranne",
    ],
)


def test_elle_after_an_opening_phrase_is_the_body_named_just_before() -> None:
    text = (
        "Karine Vallet, déléguée syndicale, parle de « casse sociale ».\n\n"
        "La direction de Rails du Sud conteste ces chiffres. Dans un communiqué, elle "
        "évoque « une simple adaptation »."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet", "Rails du Sud"]


def test_a_body_whose_name_opens_on_a_feminine_noun() -> None:
    text = (
        "Le plan n'a guère rassuré l'Association des maires du Causse. Dans un "
        "communiqué publié mardi, elle dénonce « un budget de renoncement »."
    )
    assert CAST.speakers(text, "fr") == ["Association des maires du Causse"]


def test_a_person_named_since_the_body_keeps_elle() -> None:
    text = (
        "La direction de Rails du Sud a reçu les syndicats. Karine Vallet en est sortie "
        "déçue. Elle dénonce « un dialogue de façade »."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet"]


def test_a_body_a_role_governs_leaves_elle_to_the_person() -> None:
    text = (
        "Karine Vallet a pris la parole. La présidente de l'Association des maires du "
        "Causse a ensuite répondu aux questions. Elle juge le texte « inapplicable »."
    )
    assert CAST.speakers(text, "fr") != ["Association des maires du Causse"]


def test_il_never_stands_for_a_body() -> None:
    text = (
        "Le Syndicat des eaux du Lot a voté la hausse. Dans un communiqué, il évoque "
        "« un effort nécessaire »."
    )
    assert CAST.speakers(text, "fr") != ["Syndicat des eaux du Lot"]


def test_elle_before_a_reflexive_verb_after_an_opening_phrase() -> None:
    text = (
        "L'Association des maires du Causse avait, elle aussi, appelé à voter oui. Dans "
        "un communiqué publié mercredi, elle se dit « consternée » par le résultat."
    )
    assert CAST.speakers(text, "fr") == ["Association des maires du Causse"]


def test_elle_after_an_unnamed_feminine_body_is_that_body() -> None:
    """« la mairie a expliqué … Elle appelle « … » »: the town hall, described, speaks on."""
    text = (
        "Vu la « situation préoccupante », la mairie a expliqué avoir été « contrainte "
        "de recourir à la force publique ». Elle appelle « à la reprise du dialogue »."
    )
    quotes = CAST.quotes(text, "fr")
    assert [(q.speaker, q.source) for q in quotes][-2:] == [(None, "mairie"), (None, "mairie")]


def test_elle_after_an_unnamed_body_and_then_a_woman_is_the_woman() -> None:
    text = (
        "La mairie a expliqué avoir été « contrainte de recourir à la force ». Karine "
        "Vallet, déléguée syndicale, a quitté la réunion. Elle dénonce « un passage en force »."
    )
    assert CAST.speakers(text, "fr")[-1] == "Karine Vallet"


PLACES = cast(["Karine Vallet"], surnames=["Vallet"], places=["Lorvenne", "Causse"])


def test_elle_is_the_body_a_feminine_noun_makes_of_a_place() -> None:
    text = (
        "Karine Vallet, maire, parle de « casse sociale ».\n\n"
        "Par arrêté, la préfecture de Lorvenne a fermé la route. Dans un communiqué, elle "
        "précise que « les secours conservent un accès »."
    )
    assert PLACES.speakers(text, "fr") == ["Karine Vallet", "préfecture de Lorvenne"]


def test_a_body_where_someone_was_received_is_no_elle() -> None:
    text = "Karine Vallet a été reçue à la préfecture de Lorvenne. Elle dit « ne rien lâcher »."
    assert PLACES.speakers(text, "fr") == ["Karine Vallet"]


def test_elle_after_an_army_is_the_army() -> None:
    text = (
        "« On a tout perdu », raconte Karine Vallet.\n\n"
        "L'armée valdoranne, déployée autour du camp, a fait monter la pression. Dans un "
        "communiqué, elle avertit qu'elle « ne tolérera aucun tir »."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet", "armée valdoranne"]


def test_elle_after_a_province_named_with_its_town_is_that_body() -> None:
    text = (
        "« Nous avons pris la seule décision responsable », a déclaré Karine Vallet.\n\n"
        "Dans un communiqué, la province d'Orvanne a confirmé que la commission avait émis "
        "« un avis défavorable ». Elle précise qu'« aucun blessé n'a été déploré »."
    )
    speakers = CAST.with_names(cast(places=["Orvanne"])).speakers(text, "fr")
    assert speakers == ["Karine Vallet", "province d'Orvanne", "province d'Orvanne"]


def test_elle_after_a_body_its_feminine_noun_and_epithet_announce() -> None:
    text = (
        "« J'ai attendu dix ans pour le regarder en face », a déclaré Karine Vallet.\n\n"
        "L'association lyonnaise Rails du Sud, qui avait porté plainte, salue un moment "
        "« historique ». « Ce procès rappelle que personne n'est au-dessus des lois », "
        "écrit-elle dans un communiqué."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet", "Rails du Sud", "Rails du Sud"]


def test_a_body_her_role_governs_leaves_elle_to_her() -> None:
    text = (
        "Pour Karine Vallet, présidente de l'association Rails du Sud, l'enjeu est "
        "économique. « Nos clients ne viennent plus », affirme-t-elle."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet"]


def test_a_body_she_presides_leaves_elle_to_her() -> None:
    text = (
        "Karine Vallet s'en souvient. Ancienne professeure, elle préside l'association "
        "Rails du Sud, qui revendique 400 adhérents. « On a trouvé un papier dans la "
        "boîte aux lettres », raconte-t-elle."
    )
    assert CAST.speakers(text, "fr") == ["Karine Vallet"]
