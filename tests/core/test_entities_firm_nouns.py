"""A French company noun before a name makes it an organisation (« la plateforme X »,
« Le transporteur, X, »), whatever the model guessed; a noun completing a role (« le
président de l'association, X, ») or a participle (« fondée par X ») does not. The
company then speaks when the article says « indique l'entreprise ». Invented names."""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_quotes

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.firm_nouns import firm_noun_before


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les livreurs visent la plateforme Rapido Eats depuis lundi.", "Rapido Eats"),
        ("L'enseigne Maxi Frais ouvre un magasin.", "Maxi Frais"),
        ("Le groupe industriel Orvalis ferme son site.", "Orvalis"),
        ("Le transporteur, Autocars Delahaye, se défend.", "Autocars Delahaye"),
        ("Les salariés du constructeur Valmora ont débrayé.", "Valmora"),
        ("Le navire est affrété par l’ONG allemande Meerwacht Süd.", "Meerwacht Süd"),
        ("Le collectif Vigie Vélo réclame une piste.", "Vigie Vélo"),
        ("Son équipementier, la marque Altera Sport, suspend son contrat.", "Altera Sport"),
        ("Le bailleur, Vellac Habitat, assure avoir contrôlé les portes.", "Vellac Habitat"),
    ],
)
def test_a_company_noun_announces_an_organisation(text: str, name: str) -> None:
    assert firm_noun_before(text, *_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le président de l'association, Hugues Mercadier, a parlé.", "Hugues Mercadier"),
        ("Le patron du groupe, Paul Morel, a parlé.", "Paul Morel"),
        ("La société fondée par Jean Marest a fermé.", "Jean Marest"),
        ("Le chef d'entreprise Paul Morel a parlé.", "Paul Morel"),
        ("L'exploitant Paul Morel a parlé.", "Paul Morel"),
        ("Cette victoire marque Paul Morel à jamais.", "Paul Morel"),
    ],
)
def test_a_role_or_a_clause_before_the_name_says_nothing(text: str, name: str) -> None:
    assert not firm_noun_before(text, *_at(text, name))


def test_the_firm_keeps_its_label_wherever_named_again() -> None:
    text = "Le transporteur, Autocars Delahaye, se défend. Autocars Delahaye a répondu."
    first = _at(text, "Autocars Delahaye")
    second = (text.rindex("Autocars"), text.rindex("Autocars") + len("Autocars Delahaye"))
    spans = [(*first, "PER"), (*second, "PER")]
    assert [e.label for e in apply_conventions(text, spans)] == ["ORG", "ORG"]


def test_the_firm_keeps_its_label_when_the_model_already_had_it() -> None:
    """The model labels the announced mention ORG and a bare repeat PER: the repeat
    follows the mention the company noun governs."""
    text = "Le groupe industriel Orvalis ferme son site. Orvalis, dont le siège est à Lyon, dit…"
    first = _at(text, "Orvalis")
    second = (text.rindex("Orvalis"), text.rindex("Orvalis") + len("Orvalis"))
    spans = [(*first, "ORG"), (*second, "PER")]
    assert [e.label for e in apply_conventions(text, spans)] == ["ORG", "ORG"]


def test_the_management_of_the_group_speaks_for_the_group() -> None:
    text = (
        "Usine fermée\n\nLe groupe industriel Orvalis a annoncé mardi la fermeture de son "
        "site de Lignac. « Le site n'est plus en mesure d'atteindre un niveau suffisant », "
        "indique la direction du groupe dans un communiqué.\n"
    )
    [quote] = trained_quotes(text, "Usine fermée")
    assert quote.speaker == "Orvalis"


def test_the_company_speaks_for_a_bare_company_noun() -> None:
    text = (
        "Ligne supprimée\n\nLa ligne 726 ne circule plus le samedi. Le transporteur, Autocars "
        "Tessier, se défend de toute responsabilité. « Nous appliquons le cahier des charges "
        "fixé par la Région », indique l'entreprise, basée à Albert.\n"
    )
    [quote] = trained_quotes(text, "Ligne supprimée")
    assert quote.speaker == "Autocars Tessier"


def test_an_acronym_noun_speaks_for_the_body_it_announced() -> None:
    """« l'ONG allemande X » then « poursuit l'ONG »: the acronym heads a description
    of X like any lower-case body noun."""
    text = (
        "Navire bloqué\n\nLe navire « Aurora », affrété par l’ONG allemande Meerwacht Süd, "
        "est bloqué à Lampedusa.\n\nMeerwacht Süd dénonce une « punition politique ». "
        "« Chaque jour à quai, ce sont des vies perdues », poursuit l’ONG dans un communiqué.\n"
    )
    speakers = [q.speaker for q in trained_quotes(text, "Navire bloqué") if q.kind == "speech"]
    assert speakers == ["Meerwacht Süd"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("« C'est douloureux », a assuré le PDG de Varnelis, Paul Morel.", "Varnelis"),
        ("Les actionnaires d'Ostralis ont voté contre.", "Ostralis"),
        ("La directrice générale de Quimbrel a démissionné.", "Quimbrel"),
        ("Le cofondateur de Tessaro quitte l'entreprise.", "Tessaro"),
    ],
)
def test_a_company_office_makes_the_name_it_governs_an_organisation(text: str, name: str) -> None:
    """A place or a person has no chief executive and no shareholders: whatever the
    model guessed, the name those offices govern is the company, and so are its
    repeats."""
    start, end = _at(text, name)
    then = f"{text} {name} emploie 400 personnes."
    again = then.rindex(name)
    spans = [(start, end, "LOC"), (again, again + len(name), "LOC")]
    labels = [e.label for e in apply_conventions(then, spans) if e.text == name]
    assert labels == ["ORG", "ORG"]


def test_a_town_governed_by_an_ordinary_role_stays_a_place() -> None:
    text = "Le maire de Varnelis a parlé."
    start, end = _at(text, "Varnelis")
    assert [e.label for e in apply_conventions(text, [(start, end, "LOC")])] == ["LOC"]


def test_the_company_an_office_announced_speaks_as_the_group() -> None:
    text = (
        "Usine fermée\n\nVarnelis cessera toute production à Lignac. « C'est une décision "
        "douloureuse », a assuré le PDG de Varnelis, Paul Morel.\n\nLe groupe a indiqué "
        "qu'il consacrerait « au moins 35 millions d'euros » aux salariés.\n"
    )
    quotes = trained_quotes(text, "Usine fermée")
    assert [q.speaker for q in quotes] == ["Paul Morel", "Varnelis"]


def test_a_company_office_relabels_the_repeats_even_when_the_model_had_it() -> None:
    """The model may label the mention after « le PDG de » ORG itself and the others a
    person or a place: they all follow it."""
    text = "Varnelis ferme Lignac. Varnelis licencie. Le PDG de Varnelis, Paul Morel, a parlé."
    starts = [i for i in range(len(text)) if text.startswith("Varnelis", i)]
    spans = [(starts[0], starts[0] + 8, "LOC"), (starts[1], starts[1] + 8, "PER")]
    spans.append((starts[2], starts[2] + 8, "ORG"))
    labels = [e.label for e in apply_conventions(text, spans) if e.text == "Varnelis"]
    assert labels == ["ORG", "ORG", "ORG"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Néovia Gaz a dépêché deux équipes. « Nos techniciens sont arrivés vite », a fait "
            "savoir l'entreprise.",
            "Néovia Gaz",
            "ORG",
        ),
        (
            "« L'offre est juste », a indiqué Aérostruct dans un communiqué. Le groupe rappelle "
            "ses efforts.",
            "Aérostruct",
            "ORG",
        ),
        (  # a given name: a person the company noun does not take up
            "Paul Morel a visité le site. « L'offre est juste », a indiqué l'entreprise.",
            "Paul Morel",
            "PER",
        ),
        (  # the company is the organisation the sentence opened on, not the rail line
            "Ferlane Voyageurs annonce des cars sur la ligne Vaubois-Arlet. L'entreprise "
            "invite les voyageurs à patienter.",
            "Vaubois-Arlet",
            "LOC",
        ),
    ],
)
def test_a_name_the_company_noun_takes_up_is_an_organisation(
    text: str, name: str, label: str
) -> None:
    """« Néovia Gaz a dépêché … », then « a fait savoir l'entreprise »: the name the
    company noun takes up as the next subject is that company, whatever the model said."""
    spans = [(*_at(text, name), "LOC" if label == "LOC" else "PER")]
    if "Ferlane" in text:
        spans.insert(0, (*_at(text, "Ferlane Voyageurs"), "ORG"))
    found = {e.text: e.label for e in apply_conventions(text, spans)}
    assert found[name] == label
