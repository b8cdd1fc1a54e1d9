"""Name resolution across languages and spellings: one entity for Russie and Russia,
Covid and Covid-19, U.S. and États-Unis, named by what the corpus says most."""

from __future__ import annotations

from tui.core.entities.extract import extract_entities
from tui.core.models import CorpusEntity, Entity
from tui.core.names import resolve_names


def ent(text: str, label: str = "LOC", start: int = 0) -> Entity:
    return Entity(start=start, end=start + len(text), text=text, label=label, canonical=text)


def mentions(*names: str, label: str = "LOC") -> list[Entity]:
    return [ent(name, label, 20 * i) for i, name in enumerate(names)]


def canon(resolved: dict[str, list[Entity]]) -> dict[str, str]:
    return {e.text: e.canonical for ents in resolved.values() for e in ents}


def entity_of(corpus: list[CorpusEntity], alias: str) -> CorpusEntity:
    return next(c for c in corpus if alias in c.aliases)


FRENCH = (
    "Le président de la Russie a reçu à Moscou l'envoyé de la Corée du Nord, "
    "a indiqué jeudi le porte-parole de l'ONU. Washington et les États-Unis "
    "dénoncent cette visite, tout comme l'OTAN. À Séoul, on s'inquiète."
)
ENGLISH = (
    "The president of Russia received North Korea's envoy in Moscow on Thursday, "
    "a UN spokesman said. The United States condemned the visit, as did NATO. "
    "In SEOUL, officials voiced concern."
)


def test_a_french_and_an_english_article_share_their_entities() -> None:
    resolved, corpus = resolve_names(
        {
            "fr": extract_entities(FRENCH, language="fr"),
            "en": extract_entities(ENGLISH, language="en"),
        }
    )
    names = canon(resolved)
    for french, english in [
        ("Russie", "Russia"),
        ("Moscou", "Moscow"),
        ("Corée du Nord", "North Korea"),
        ("ONU", "UN"),
        ("OTAN", "NATO"),
        ("États-Unis", "United States"),
        ("Séoul", "SEOUL"),
    ]:
        assert names[french] == names[english], (french, english)
        assert entity_of(corpus, french).articles == ("en", "fr")
    assert names["Séoul"] == "Séoul"  # not shouted in capitals


def test_the_most_used_name_in_the_corpus_is_the_canonical_one() -> None:
    french_corpus, _ = resolve_names(
        {"a": mentions("Russie", "Russie"), "b": mentions("Russie"), "c": mentions("Russia")}
    )
    english_corpus, _ = resolve_names({"a": mentions("Russia", "Russia"), "b": mentions("Russie")})
    assert set(canon(french_corpus).values()) == {"Russie"}
    assert set(canon(english_corpus).values()) == {"Russia"}


def test_spellings_that_fold_alike_count_together() -> None:
    resolved, _ = resolve_names(
        {"a": mentions("Etats-Unis", "États-Unis"), "b": mentions("United States", "USA")}
    )
    assert set(canon(resolved).values()) == {"États-Unis"}


def test_an_abbreviation_names_the_entity_only_when_nothing_else_is_written() -> None:
    spelled, _ = resolve_names({"a": mentions("U.S.", "U.S.", "US", "United States")})
    assert set(canon(spelled).values()) == {"United States"}
    bare, corpus = resolve_names(
        {"a": mentions("UN", "UN", label="ORG"), "b": mentions("ONU", label="ORG")}
    )
    assert set(canon(bare).values()) == {"UN"}
    assert entity_of(corpus, "ONU").label == "ORG"


def test_a_name_joins_its_only_numbered_form() -> None:
    resolved, corpus = resolve_names(
        {"a": mentions("Covid-19", label="MISC"), "b": mentions("Covid", "Covid", label="MISC")}
    )
    assert set(canon(resolved).values()) == {"Covid"}
    assert entity_of(corpus, "Covid-19").mentions == 3


def test_two_numbered_forms_or_a_year_stay_apart() -> None:
    resolved, _ = resolve_names(
        {"a": mentions("Apollo", "Apollo 11", "Apollo 13", "Euro", "Euro 2016", label="MISC")}
    )
    assert len(set(canon(resolved).values())) == 5


def test_a_place_and_a_numbered_outlet_stay_apart() -> None:
    """ "France 24" and "Europe 1" are broadcasters, whatever label they were given."""
    resolved, _ = resolve_names(
        {
            "a": [*mentions("France", "Europe"), ent("France 24", "MISC", 90)],
            "b": [ent("Europe 1", "ORG")],
        }
    )
    names = canon(resolved)
    assert names["France 24"] == "France 24" and names["Europe 1"] == "Europe 1"


def test_a_person_is_never_joined_to_a_place_of_the_same_name() -> None:
    resolved, _ = resolve_names(
        {
            "a": [ent("Michael Jordan", "PER"), ent("Jordan", "PER", 30)],
            "b": mentions("Jordanie"),
        }
    )
    names = canon(resolved)
    assert names["Jordan"] == "Michael Jordan"
    assert names["Jordanie"] == "Jordanie"


def test_an_organisation_is_not_joined_to_a_place_of_the_same_name() -> None:
    resolved, _ = resolve_names({"a": [ent("White House", "ORG")], "b": mentions("Casablanca")})
    assert canon(resolved)["White House"] == "White House"


def test_resolution_does_not_depend_on_article_order() -> None:
    articles = {
        "a": mentions("Moscou", "Russie"),
        "b": mentions("Moscow", "Russia"),
        "c": mentions("MOSCOW", "Fédération de Russie"),
    }
    forward, _ = resolve_names(articles)
    backward, _ = resolve_names(dict(reversed(articles.items())))
    assert canon(forward) == canon(backward)


def test_a_place_written_only_in_capitals_takes_its_usual_spelling() -> None:
    """A dateline's « WASHINGTON » alone is named Washington; an organisation's
    capitals (an acronym) are kept."""
    resolved, _ = resolve_names({"a": mentions("WASHINGTON"), "b": mentions("UNESCO", label="ORG")})
    assert canon(resolved) == {"WASHINGTON": "Washington", "UNESCO": "UNESCO"}


def test_a_short_place_in_capitals_too_but_not_initials() -> None:
    resolved, _ = resolve_names(
        {"a": mentions("LYON"), "b": mentions("RDC"), "c": mentions("ROME")}
    )
    assert canon(resolved) == {"LYON": "Lyon", "RDC": "RDC", "ROME": "Rome"}


def test_a_ministry_and_its_portfolio_are_one_body() -> None:
    resolved, _ = resolve_names(
        {
            "a": mentions("Intérieur", "ministère de l'Intérieur", label="ORG"),
            "b": mentions("Culture", label="ORG"),
        }
    )
    names = canon(resolved)
    assert names["Intérieur"] == names["ministère de l'Intérieur"]
    assert names["Culture"] == "Culture"  # no ministry named: the portfolio alone


def test_a_portfolio_shortened_in_a_headline_is_the_same_body() -> None:
    resolved, _ = resolve_names(
        {
            "a": mentions("Éducation", label="ORG"),
            "b": mentions("Éducation nationale", "ministère de l'Éducation nationale", label="ORG"),
            "c": mentions("Santé", "Santé publique", label="MISC"),
        }
    )
    names = canon(resolved)
    assert names["Éducation"] == names["Éducation nationale"]
    assert names["Éducation"] == names["ministère de l'Éducation nationale"]
    assert names["Santé"] != names["Santé publique"]  # not organisations


def test_a_place_never_joins_a_ministry_of_its_name() -> None:
    resolved, _ = resolve_names(
        {"a": [ent("Outre-mer", "LOC"), ent("ministère des Outre-mer", "ORG", 30)]}
    )
    assert canon(resolved)["Outre-mer"] == "Outre-mer"
