"""Cross-article name resolution: variants, surnames, acronyms, and the guards."""

from __future__ import annotations

from tui.core.entities.extract import extract_entities
from tui.core.models import Entity
from tui.core.names import resolve_names


def ent(text: str, label: str = "PER", start: int = 0) -> Entity:
    return Entity(start=start, end=start + len(text), text=text, label=label, canonical=text)


def canon(resolved: dict[str, list[Entity]]) -> dict[str, str]:
    return {e.text: e.canonical for ents in resolved.values() for e in ents}


def test_surname_resolves_to_full_name_in_the_same_article() -> None:
    resolved, _ = resolve_names(
        {"a": [ent("Vladimir Poutine"), ent("Poutine", start=40)], "b": [ent("John Kirby")]}
    )
    assert canon(resolved)["Poutine"] == "Vladimir Poutine"


def test_surname_resolves_across_articles_when_unambiguous() -> None:
    resolved, _ = resolve_names({"a": [ent("John Kirby")], "b": [ent("Kirby")]})
    assert canon(resolved)["Kirby"] == "John Kirby"


def test_spelling_variants_share_one_canonical_name() -> None:
    resolved, corpus = resolve_names(
        {
            "a": [ent("Kim Jong Un"), ent("Sergueï Choïgou", start=30)],
            "b": [ent("Kim Jong-Un"), ent("Sergueï Choïgu", start=30)],
            "c": [ent("Kim Jong-un"), ent("Etats-Unis", "LOC", 20), ent("États-Unis", "LOC", 40)],
            "d": [ent("Vostotchny", "LOC"), ent("Vostochny", "LOC", 20)],
        }
    )
    names = canon(resolved)
    assert names["Kim Jong Un"] == names["Kim Jong-Un"] == "Kim Jong-un"
    assert names["Sergueï Choïgu"] == names["Sergueï Choïgou"]
    assert names["Etats-Unis"] == "États-Unis"
    assert names["Vostochny"] == names["Vostotchny"]
    kim = next(c for c in corpus if c.canonical == "Kim Jong-un")
    assert kim.articles == ("a", "b", "c") and kim.mentions == 3


def test_shared_family_name_does_not_merge_two_people() -> None:
    resolved, corpus = resolve_names(
        {"a": [ent("Kim Jong-un"), ent("Kim Yung-ho", start=20), ent("Kim", start=40)]}
    )
    names = canon(resolved)
    assert names["Kim Yung-ho"] == "Kim Yung-ho"
    assert names["Kim Jong-un"] == "Kim Jong-un"
    # A lone "Kim" beside two Kims named as often is either: it joins neither.
    assert {c.canonical for c in corpus} == {"Kim Jong-un", "Kim Yung-ho", "Kim"}


def test_acronym_next_to_its_expansion_is_one_entity() -> None:
    text = "visiter la RPDC [République populaire démocratique de Corée] bientôt"
    resolved, _ = resolve_names({"a": extract_entities(text, language="fr")})
    names = canon(resolved)
    assert names["RPDC"] == names["République populaire démocratique de Corée"]


def test_a_title_case_acronym_in_brackets_joins_the_name_it_spells() -> None:
    """« Communauté … des États de l'Afrique de l'Ouest (Cedeao) »: French writes the
    acronyms it pronounces in title case, and « des » may give a letter."""
    long_ = ent("Communauté économique des États de l'Afrique de l'Ouest", "ORG")
    short = ent("Cedeao", "ORG", len(long_.text) + 2)
    later = ent("Cedeao", "ORG", 400)
    resolved, _ = resolve_names({"a": [long_, short, later]})
    assert {e.canonical for e in resolved["a"]} == {long_.text}


def test_an_acronym_may_skip_a_preposition_of_the_name() -> None:
    """« Mouvement pour la justice et l'unité (MJU) »: « pour » gives no letter here,
    as « Rassemblement pour la République (RPR) » gives one."""
    for name, letters in (
        ("Mouvement pour la justice et l'unité", "MJU"),
        ("Rassemblement pour la République", "RPR"),
    ):
        long_ = ent(name, "ORG")
        short = ent(letters, "ORG", len(name) + 2)
        resolved, _ = resolve_names({"a": [long_, short]})
        assert {e.canonical for e in resolved["a"]} == {name}


def test_a_title_case_word_far_from_a_name_is_no_acronym() -> None:
    long_ = ent("Conseil économique de Dakar", "ORG")
    other = ent("Ced", "ORG", 300)
    resolved, _ = resolve_names({"a": [long_, other]})
    assert canon(resolved)["Ced"] == "Ced"


def test_an_acronym_far_from_its_body_spells_it() -> None:
    long_ = ent("Competition and Markets Authority", "ORG")
    short = ent("CMA", "ORG", 300)
    resolved, _ = resolve_names({"a": [long_, short]})
    assert canon(resolved)["CMA"] == "Competition and Markets Authority"


def test_an_acronym_spelling_two_bodies_stays_apart() -> None:
    bodies = [
        ent("Canadian Medical Association", "ORG"),
        ent("Competition and Markets Authority", "ORG", 100),
        ent("CMA", "ORG", 300),
    ]
    resolved, _ = resolve_names({"a": bodies})
    assert canon(resolved)["CMA"] == "CMA"


def test_labels_are_unified_across_the_corpus() -> None:
    resolved, _ = resolve_names(
        {"a": [ent("Khassan", "LOC")], "b": [ent("Khassan", "MISC")], "c": [ent("Khassan", "LOC")]}
    )
    assert {e.label for ents in resolved.values() for e in ents} == {"LOC"}


def test_different_labels_are_not_merged_by_a_surname() -> None:
    resolved, _ = resolve_names({"a": [ent("George Washington"), ent("Washington", "LOC", 30)]})
    assert canon(resolved)["Washington"] == "Washington"


def test_offsets_and_texts_are_kept() -> None:
    mentions = {"a": [ent("Vladimir Poutine"), ent("Poutine", start=40)]}
    resolved, _ = resolve_names(mentions)
    assert [(e.start, e.end, e.text) for e in resolved["a"]] == [
        (e.start, e.end, e.text) for e in mentions["a"]
    ]


def test_particle_surname_joins_the_full_name_across_articles() -> None:
    full = Entity(0, 16, "Marieke de Vries", "PER", "Marieke de Vries")
    short = Entity(6, 14, "de Vries", "PER", "de Vries")
    other = Entity(0, 12, "Anna de Haan", "PER", "Anna de Haan")
    resolved, _ = resolve_names({"a": [full, other], "b": [short]})
    assert resolved["b"][0].canonical == "Marieke de Vries"


def test_two_people_whose_surnames_are_a_letter_apart_stay_two() -> None:
    resolved, _ = resolve_names(
        {
            "a": [ent("Denise Harlen"), ent("Harlen", start=30)],
            "b": [ent("Martin Harren"), ent("Harren", start=30)],
        }
    )
    names = canon(resolved)
    assert names["Denise Harlen"] == names["Harlen"] == "Denise Harlen"
    assert names["Martin Harren"] == names["Harren"] == "Martin Harren"


def test_a_surname_joins_the_name_it_ends_whole_before_half_a_compound() -> None:
    mentions = [
        ent("Jeanne Berthier-Lacombe"),
        ent("Jeanne Berthier-Lacombe", start=30),
        ent("Jeanne Berthier-Lacombe", start=60),
        ent("Sophie Lacombe", start=90),
        ent("Lacombe", start=120),
    ]
    resolved, _ = resolve_names({"a": mentions})
    assert resolved["a"][-1].canonical == "Sophie Lacombe"


def test_a_surname_still_joins_a_compound_name_it_alone_ends() -> None:
    mentions = [ent("Jeanne Berthier-Lacombe"), ent("Lacombe", start=40)]
    resolved, _ = resolve_names({"a": mentions})
    assert resolved["a"][-1].canonical == "Jeanne Berthier-Lacombe"
