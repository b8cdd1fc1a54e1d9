"""Marks around a label (a title, a name, a charge, a placard) quote nobody.

Every sentence is invented for the test, in the phrasing of French and English news;
the names are invented too. A label is of kind ``other`` with no speaker, whoever
the sentence names; words a named person is reported to say keep their speaker.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes
from quote_text import cast

from tui.core.quotes.context import _Context
from tui.core.quotes.labels import label_reason
from tui.core.quotes.marks import quote_units

CAST = cast(
    ["Paul Durand", "Marie Lenoir", "Hugo Varenne", "Anna Brisk"],
    surnames=["Durand", "Lenoir"],
    bodies=["Veltronic"],
)
found = CAST.found


def reasons(text: str, language: str = "fr") -> list[str | None]:
    ctx = _Context(text, CAST.entities(text), quote_units(text), language)
    return [label_reason(ctx, k) for k in range(len(ctx.spans))]


LABELS = [
    # A naming word before the marks, the quotation lower case or long.
    ("named", "Paul Durand habite un quartier surnommé « la petite cité des vents ».", "fr"),
    ("named", "Marie Lenoir a publié un essai intitulé « Les routes oubliées du sel ».", "fr"),
    ("named", "Durand a visité le dispositif dit « de la seconde chance » à Lyon.", "fr"),
    ("named", 'Anna Brisk opened a shelter dubbed "the lighthouse of the east side".', "en"),
    (
        "named",
        'Veltronic relied on what is known in antitrust law as the "single entity" defense.',
        "en",
    ),
    # A noun naming a name or a title.
    ("name noun", "Hugo Varenne a choisi pour slogan de campagne « ensemble, plus loin ».", "fr"),
    ("name noun", "La course porte depuis toujours le surnom de : « la grande boucle ».", "fr"),
    ("name noun", "Hugo Varenne a confirmé son statut d'« homme le plus rapide du monde ».", "fr"),
    # A work, an event, an operation, a law, a body named after its noun.
    ("work", "Paul Durand a défendu le projet de « loi pour une ville ouverte ».", "fr"),
    ("work", "Marie Lenoir a annoncé l'opération « Rivière propre et sentiers sûrs ».", "fr"),
    ("work", "Hugo Varenne, l'auteur de « La Nuit des quatre horloges », est mort.", "fr"),
    ("work", 'Anna Brisk launched the campaign "Every Street Counts Again" on Monday.', "en"),
    # A name whose own head says what it names.
    ("headed", "Paul Durand a présenté le « plan Lorvenne propre » jeudi.", "fr"),
    ("headed", "Marie Lenoir a voté la « loi Travail » en 2016.", "fr"),
    ("headed", "La mairie étudie un « plan piéton » pour le centre-ville.", "fr"),
    # A legal charge.
    ("charge", "Hugo Varenne a été mis en examen des chefs d'« homicide involontaire ».", "fr"),
    (
        "charge",
        "Paul Durand a été mis en examen pour « abus de biens sociaux et recel ».",
        "fr",
    ),
    ("charge", "Marie Lenoir, soupçonnée de « prise illégale d'intérêts », a démissionné.", "fr"),
    ("charge", 'Hugo Varenne was charged with "reckless endangerment" in March.', "en"),
    ("charge", 'Paul Durand denies one count of "using a false instrument".', "en"),
    # A placard, a banner, a chant.
    (
        "sign",
        "Devant Veltronic, des salariés brandissaient une pancarte « non aux fermetures ».",
        "fr",
    ),
    ("sign", "Les grévistes ont défilé aux cris de « des salaires, pas des promesses ».", "fr"),
    ("sign", 'Protesters outside Veltronic held banners that read "not for sale".', "en"),
    # A judgement nobody is named for.
    ("considered", "Le port était considéré comme le « poumon de la vallée ».", "fr"),
    ("considered", 'The bridge was long seen as the "spine of the old town".', "en"),
    # A long capitalised title after a preposition or an article.
    ("title", "Paul Durand joue dans « Les Enfants du quai des brumes » cet hiver.", "fr"),
    ("title", "Marie Lenoir a rejoint « La Voix des villes moyennes » en 2015.", "fr"),
    ("named", "Hugo Varenne a été élu « personnalité sportive de l'année » lundi.", "fr"),
    # Words the writer holds at a distance, in a sentence naming and reporting nobody.
    ("scare", "Le bâtiment a subi une rénovation « express » pendant l'été.", "fr"),
    ("scare", 'The ferry service offered a "temporary" timetable all winter.', "en"),
    # Words glossing the writer's noun in parentheses.
    ("gloss", "Le jury a retenu trois thèmes ( « La Mer et la mémoire » ) cette année.", "fr"),
    # A ballot's answer.
    ("vote", "Marie Lenoir a fait campagne pour le « non » au référendum.", "fr"),
]


@pytest.mark.parametrize(("rule", "text", "language"), LABELS)
def test_a_label_is_kind_other_with_no_speaker(rule: str, text: str, language: str) -> None:
    [(_, speaker, kind)] = found(text, language)
    assert (speaker, kind) == (None, "other")
    assert reasons(text, language) == [rule]


@pytest.mark.parametrize(
    ("text", "speaker", "language"),
    [
        # A lower-case adjective after a noun is a fragment of someone's words.
        ("Marie Lenoir a critiqué une réforme « injuste et brutale ».", "Marie Lenoir", "fr"),
        # An incise after the quotation reports it, whatever noun stands before.
        ("Le plan « Ne reculera pas », a assuré Hugo Varenne.", "Hugo Varenne", "fr"),
        # A colon after a work's noun opens the words written there.
        (
            "Paul Durand a écrit dans le livre des visiteurs : « Merci à toute l'équipe ».",
            "Paul Durand",
            "fr",
        ),
        # A sign worn while speaking does not take the words away from the speaker.
        (
            "Vêtue d'un tee-shirt rouge, Marie Lenoir a déclaré « Nous ne lâcherons rien ».",
            "Marie Lenoir",
            "fr",
        ),
        # « qualifier X de « … » » judges, whatever X is.
        ("Marie Lenoir a qualifié le plan de « coûteux et tardif ».", "Marie Lenoir", "fr"),
        ("Paul Durand a qualifié l'opération de « fiasco ».", "Paul Durand", "fr"),
        # A short word in a sentence that reports or names a speaker stays a fragment.
        ("Marie Lenoir a dénoncé une gestion « opaque » du dossier.", "Marie Lenoir", "fr"),
        ("Elle a dénoncé une gestion « opaque » du dossier.", None, "fr"),
        # A capitalised quotation after a reporting verb is speech.
        ("Paul Durand a lancé « La ville ne pliera jamais » devant la foule.", "Paul Durand", "fr"),
        (
            "Marie Lenoir a ajouté, estimant que les « Élus locaux ont tout fait ».",
            "Marie Lenoir",
            "fr",
        ),
        # « appeler les élus à « … » » calls on them: the words are the caller's.
        ("Paul Durand appelle les élus à « rejeter le texte ».", "Paul Durand", "fr"),
        # A reporting verb right before a name's head: the words are the speaker's.
        ("Paul Durand a dénoncé un « plan de casse sociale ».", "Paul Durand", "fr"),
        # A lower-case head and a named subject: a description of the subject's.
        (
            "Veltronic s'est dite inquiète d'un « accord de rachat précipité ».",
            "Veltronic",
            "fr",
        ),
        # « accuser X de » in the active voice reports the accuser.
        ("Paul Durand l'a accusé de « trahison pure et simple ».", "Paul Durand", "fr"),
    ],
)
def test_words_a_named_person_says_keep_their_speaker(
    text: str, speaker: str, language: str
) -> None:
    assert found(text, language)[0][1] == speaker
    assert reasons(text, language)[0] is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Paul Durand a dénoncé ce qu'il a appelé « une faute grave ».", "fr"),
        ('Anna Brisk said the deal was what she called "a quiet theft".', "en"),
        ("Le projet a été qualifié de « désastre annoncé » par Hugo Varenne.", "fr"),
        ('The plan was described as "a fairy tale" by Anna Brisk.', "en"),
        ('Costs, which Brisk described as "painful", will rise.', "en"),
    ],
)
def test_a_judgement_with_its_judge_is_no_label(text: str, language: str) -> None:
    """« ce qu'il a appelé « … » » is a judgement its subject reports, « qualifié de
    « … » par X » one its agent reports: neither is a name."""
    assert reasons(text, language) == [None]


def test_a_translation_is_what_the_quotation_it_translates_is() -> None:
    """A name's translation stays a name; a quotation's translation stays speech."""
    text = (
        "Le groupe s'appelle désormais « Frente del Alba » (littéralement « Front de "
        "l'aube »). « Nunca más » ( « Plus jamais » ), a déclaré Paul Durand."
    )
    assert reasons(text)[1] is None
    kinds = [(speaker, kind) for _, speaker, kind in found(text)]
    assert kinds[1] == (None, "other")
    assert kinds[3][0] == "Paul Durand"


def test_scare_words_in_a_sentence_with_a_pronoun_subject_are_not_labels() -> None:
    text = "Paul Durand est arrivé lundi. Il juge la situation « tendue » au siège."
    assert reasons(text) == [None]


def test_a_hyphenated_term_qualifying_a_noun_quotes_nobody() -> None:
    from quote_text import cast

    people = cast(["Hana Coutts"])
    found = people.found(
        "Hana Coutts said a one-off “catch-up” payment and a “last-mile” plan were "
        "promised. She called it a “two-tier” system.",
        "en",
    )
    assert [(w, s, k) for w, s, k in found] == [
        ("catch-up", None, "other"),
        ("last-mile", None, "other"),
        ("two-tier", "Hana Coutts", "fragment"),
    ]


def test_a_capitalised_name_after_de_or_a_group_noun_quotes_nobody() -> None:
    from quote_text import cast

    people = cast(["Thierry Dumoulin", "Désiré Kalenga"])
    text = (
        "Thierry Dumoulin, chef de file du groupe « Vergne en commun », a dénoncé une "
        "« liquidation en douce ». Désiré Kalenga, ancien chef des « Forces du Sud », est "
        "poursuivi."
    )
    assert people.found(text) == [
        ("Vergne en commun", None, "other"),
        ("liquidation en douce", "Thierry Dumoulin", "fragment"),
        ("Forces du Sud", None, "other"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le tribunal de Brest a condamné Hugo Varenne pour « abus de confiance » et "
            "« faux en écriture ».",
            "fr",
        ),
        ('Anna Brisk was charged with "wire fraud" and "money laundering" on Friday.', "en"),
    ],
)
def test_a_label_coordinated_with_a_label_is_one_too(text: str, language: str) -> None:
    """The second of two charges joined by « et » is a charge as well, not words of the
    court the sentence names."""
    assert reasons(text, language) == ["charge", "charge"]
    assert [(speaker, kind) for _, speaker, kind in found(text, language)] == [
        (None, "other"),
        (None, "other"),
    ]


def test_words_after_a_quotation_and_a_conjunction_are_not_labels_for_that() -> None:
    text = "Paul Durand a dénoncé une « faute » et « un mépris total des salariés »."
    assert reasons(text) == [None, None]


def test_sign_as_a_verb_is_no_placard() -> None:
    """ "she would sign the bill "without delay"": the spokesman's words, no sign."""
    body = (
        'Rob Tate, the governor\'s spokesman, said she would sign the bill "without delay". '
        'Protesters held a sign reading "No more cuts".'
    )
    quotes = article_quotes(body, "en")
    assert [(q.speaker, q.kind) for q in quotes] == [("Rob Tate", "fragment"), (None, "other")]


def test_a_title_set_off_by_commas_after_its_noun_is_a_work() -> None:
    """ "a new ad, "Kitchen Table," on the air": the title of the ad, not words of the
    person the sentence names; a sentence set off the same way keeps its speaker."""
    text = (
        "Anna Brisk said the campaign would put a new television ad, “Kitchen Table,” "
        "on the air. Paul Durand told the campaign, “We Will Not Stop,” before he left."
    )
    assert reasons(text, "en") == ["work", None]


def test_a_sign_a_few_more_words_back_still_quotes_nobody() -> None:
    """« une affiche sur laquelle on peut lire : « … » »: the poster's words, whoever the
    paragraph quoted just before."""
    text = (
        "« Rien ne presse », sourit Marie Lenoir. Sur la porte, un collègue a collé une "
        "affiche sur laquelle on peut lire : « Ici, on cherche ailleurs »."
    )
    assert reasons(text) == [None, "sign"]


def test_a_notice_indicating_its_text_quotes_nobody() -> None:
    text = (
        "Un arrêté impose aux magasins une affichette indiquant : « Quantité réduite, "
        "prix au kilo relevé »."
    )
    assert reasons(text) == ["sign"]
