"""Behaviour of the rule-based entity extractor on French and English news patterns."""

from __future__ import annotations

from collections import Counter

import pytest

from tui.core.entities import extract_entities


def spans(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La guerre a commencé en Ukraine.", [("Ukraine", "LOC")]),
        ("Il parle de l’Ukraine et de l'Irlande.", [("Ukraine", "LOC"), ("Irlande", "LOC")]),
        ("L’Allemagne a voté.", [("Allemagne", "LOC")]),
        ("Il est arrivé en Corée du Nord hier.", [("Corée du Nord", "LOC")]),
        ("Elle vit en Côte d’Ivoire.", [("Côte d’Ivoire", "LOC")]),
        (
            "En pleine guerre en UkraineLa Russie a proposé.",
            [("Ukraine", "LOC"), ("Russie", "LOC")],
        ),
        ("Le train va à Komsomolsk-sur-l’Amour demain.", [("Komsomolsk-sur-l’Amour", "LOC")]),
    ],
)
def test_places_and_apostrophes(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Macron a parlé.", [("Macron", "PER")]),
        ("Mme Anne Hidalgo était présente.", [("Anne Hidalgo", "PER")]),
        ("Yesterday Dr Jane Goodall spoke.", [("Jane Goodall", "PER")]),
        ("Le Président Vladimir Poutine est arrivé.", [("Vladimir Poutine", "PER")]),
        ("Selon Siemon T. Wezeman, rien ne change.", [("Siemon T. Wezeman", "PER")]),
        ("Kim Jong-un a visité le site.", [("Kim Jong-un", "PER")]),
        ("le Nord-Coréen Kim Jong Un est arrivé", [("Kim Jong Un", "PER")]),
        ("Elle a rencontré Ursula von der Leyen.", [("Ursula von der Leyen", "PER")]),
    ],
)
def test_people_without_honorifics(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_surname_takes_the_label_of_the_full_name() -> None:
    text = "Vladimir Poutine est venu. Plus tard, Poutine a parlé."
    assert spans(text) == [("Vladimir Poutine", "PER"), ("Poutine", "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une violation par le Conseil de sécurité des Nations unies.",
            [("Conseil de sécurité des Nations unies", "ORG")],
        ),
        ("porte-parole du Conseil national de sécurité", [("Conseil national de sécurité", "ORG")]),
        ("L’agence KCNA et TASS ont écrit.", [("KCNA", "ORG"), ("TASS", "ORG")]),
        ("a annoncé le Kremlin jeudi", [("Kremlin", "ORG")]),
        ("The World Bank said on Monday.", [("World Bank", "ORG")]),
        ("He studied at the University of Oxford.", [("University of Oxford", "ORG")]),
    ],
)
def test_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, "en" if text.isascii() else "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi, la réunion a eu lieu.",
        "Interrogé, il n’a rien dit.",
        "Publicité",
        "Lire aussi : la suite",
        "However, nothing changed on Monday.",
    ],
)
def test_sentence_initial_common_words_are_not_names(text: str) -> None:
    assert [e for e in spans(text) if e[1] != "MISC"] == []


def test_portfolio_is_not_part_of_the_minister_name() -> None:
    text = "le ministre russe de la Défense Sergueï Choïgu s’est rendu à Pyongyang"
    assert spans(text) == [("Sergueï Choïgu", "PER"), ("Pyongyang", "LOC")]


def test_acronym_of_a_country_is_a_place() -> None:
    text = "visiter la RPDC [République populaire démocratique de Corée] bientôt"
    assert spans(text) == [
        ("RPDC", "LOC"),
        ("République populaire démocratique de Corée", "LOC"),
    ]


def test_hyphenated_pair_of_known_names_is_split() -> None:
    text = "Kim Jong Un est venu. L’amitié Russie-RPDC est forte."
    assert ("Russie", "LOC") in spans(text)
    assert ("RPDC", "LOC") in spans(text)


def test_offsets_index_the_original_text() -> None:
    text = "  «\u00a0Vladimir Poutine\u00a0» a dit qu’à Moscou…"
    for e in extract_entities(text, language="fr"):
        assert text[e.start : e.end] == e.text
        assert e.canonical


def test_english_news_sentence() -> None:
    text = "Secretary of State Antony Blinken met officials in Paris, the State Department said."
    got = spans(text, "en")
    assert ("Antony Blinken", "PER") in got
    assert ("Paris", "LOC") in got


# Four French paragraphs written after the rules, in domains they were not written for
# (football, industry, courts, culture), scored before any rule was fitted to them. Some
# readings stay debatable (a ministry named by its street, a museum as place or body),
# so the set asserts an overall floor rather than every span.
FRESH_FR = {
    "football": (
        "Le Paris Saint-Germain s’est imposé 2-0 face à l’Olympique lyonnais samedi soir au "
        "Parc des Princes. Kylian Mbappé a ouvert le score avant la pause, puis Ousmane Dembélé "
        "a doublé la mise. « L’équipe a montré beaucoup de caractère », a estimé l’entraîneur "
        "Luis Enrique après la rencontre. Du côté lyonnais, Pierre Sage regrette un manque de "
        "réalisme. Le PSG compte désormais huit points d’avance en tête du championnat.",
        [
            ("Paris Saint-Germain", "ORG"),
            ("Olympique lyonnais", "ORG"),
            ("Parc des Princes", "LOC"),
            ("Kylian Mbappé", "PER"),
            ("Ousmane Dembélé", "PER"),
            ("Luis Enrique", "PER"),
            ("Pierre Sage", "PER"),
            ("PSG", "ORG"),
        ],
    ),
    "industrie": (
        "Le groupe Renault a annoncé jeudi la suppression de 2 000 postes en Europe, dont une "
        "partie dans son usine de Flins, dans les Yvelines. Son directeur général, Luca de Meo, "
        "a expliqué que le constructeur devait « accélérer » face à la concurrence chinoise. "
        "La CGT a appelé à la grève dès lundi. Le ministre de l’Industrie, Roland Lescure, a "
        "demandé des garanties pour les sous-traitants. De Meo doit être reçu à Bercy.",
        [
            ("Renault", "ORG"),
            ("Europe", "LOC"),
            ("Flins", "LOC"),
            ("Yvelines", "LOC"),
            ("Luca de Meo", "PER"),
            ("CGT", "ORG"),
            ("Roland Lescure", "PER"),
            ("De Meo", "PER"),
            ("Bercy", "ORG"),
        ],
    ),
    "justice": (
        "Le tribunal correctionnel de Marseille a condamné mardi l’ancien maire de Saint-Rémy, "
        "Jean-Pierre Dufour, à deux ans de prison avec sursis pour favoritisme. Son avocate, "
        "Me Claire Vasseur, a annoncé qu’elle ferait appel. L’enquête avait été ouverte par le "
        "Parquet national financier après un signalement de l’association Anticor. Selon la "
        "procureure, Dufour avait attribué plusieurs marchés publics à la société de son "
        "beau-frère. Condamné, l’élu du Rassemblement national a quitté la salle sans un mot.",
        [
            ("Marseille", "LOC"),
            ("Saint-Rémy", "LOC"),
            ("Jean-Pierre Dufour", "PER"),
            ("Claire Vasseur", "PER"),
            ("Parquet national financier", "ORG"),
            ("Anticor", "ORG"),
            ("Dufour", "PER"),
            ("Rassemblement national", "ORG"),
        ],
    ),
    "culture": (
        "Le Louvre accueillera à partir d’octobre une exposition consacrée à Claude Monet, en "
        "partenariat avec le Metropolitan Museum of Art de New York. Sa présidente, Laurence "
        "des Cars, y voit « un dialogue entre deux collections ». Des chercheurs du CNRS et de "
        "l’université de Strasbourg ont étudié la restauration des pigments. Une navette "
        "gratuite partira de la gare de Lyon, a indiqué l’adjoint à la culture, Karim Benali. "
        "Les Républicains ont critiqué le coût du projet. Musées et galeries attendent "
        "beaucoup de visiteurs.",
        [
            ("Louvre", "ORG"),
            ("Claude Monet", "PER"),
            ("Metropolitan Museum of Art", "ORG"),
            ("New York", "LOC"),
            ("Laurence des Cars", "PER"),
            ("CNRS", "ORG"),
            ("université de Strasbourg", "ORG"),
            ("gare de Lyon", "LOC"),
            ("Karim Benali", "PER"),
            ("Les Républicains", "ORG"),
        ],
    ),
}


def test_fresh_paragraphs_keep_their_floor() -> None:
    hits = predicted = gold = 0
    for text, expected in FRESH_FR.values():
        got = [s for s in spans(text) if s[1] != "MISC"]
        hits += sum((Counter(expected) & Counter(got)).values())
        predicted += len(got)
        gold += len(expected)
    assert hits / predicted >= 0.88
    assert hits / gold >= 0.88


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mathilde Panot, présidente du groupe La France insoumise, a parlé.",
            [("Mathilde Panot", "PER"), ("La France insoumise", "ORG")],
        ),
        (
            "Les Républicains et le Rassemblement national ont voté contre.",
            [("Les Républicains", "ORG"), ("Rassemblement national", "ORG")],
        ),
        ("Le Parti socialiste a quitté la salle.", [("Parti socialiste", "ORG")]),
        ("Europe Écologie Les Verts a protesté.", [("Europe Écologie Les Verts", "ORG")]),
        ("La France a voté.", [("France", "LOC")]),
    ],
)
def test_french_parties_are_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre Bruno Le Maire a parlé.", [("Bruno Le Maire", "PER")]),
        ("Selon Luca de Meo, rien ne change.", [("Luca de Meo", "PER")]),
        (
            "Charles de Gaulle est né à Lille. Plus tard, de Gaulle a parlé.",
            [("Charles de Gaulle", "PER"), ("Lille", "LOC"), ("de Gaulle", "PER")],
        ),
    ],
)
def test_french_particle_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une équipe de l’université de Kyoto a publié.", [("université de Kyoto", "ORG")]),
        ("Le match a lieu au Parc des Princes.", [("Parc des Princes", "LOC")]),
        ("l’association Anticor a porté plainte", [("Anticor", "ORG")]),
    ],
)
def test_french_heads_of_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Budget : le gouvernement promet des économies.", "Rentrée : les élèves reviennent."],
)
def test_sentence_initial_french_common_nouns_are_not_entities(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le député Moussa N’Gom a voté.", [("Moussa N’Gom", "PER")]),
        ("Ils ont atterri à N’Djamena.", [("N’Djamena", "LOC")]),
        ("Le maire de Bois-le-Roi a parlé.", [("Bois-le-Roi", "LOC")]),
        ("Il vit à Chalon-sur-Saône.", [("Chalon-sur-Saône", "LOC")]),
        ("Des tirs visent le Sud-Liban.", [("Sud-Liban", "LOC")]),
        ("Il habite près de Tikapur.", [("Tikapur", "LOC")]),
        ("Il a joué avec le rappeur sénégalais Didier Awadi.", [("Didier Awadi", "PER")]),
        ("Elle est soignée au CHU de Brest.", [("CHU de Brest", "ORG")]),
    ],
)
def test_general_french_patterns(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_an_organisation_runs_on_over_and_de() -> None:
    text = "Selon l’Institut national de la statistique et des études économiques (Insee), non."
    assert spans(text)[:2] == [
        ("Institut national de la statistique et des études économiques", "ORG"),
        ("Insee", "ORG"),
    ]


def test_a_country_does_not_run_on_over_and() -> None:
    assert spans("Le reste du Royaume-Uni et en Irlande.") == [
        ("Royaume-Uni", "LOC"),
        ("Irlande", "LOC"),
    ]
