"""An acronym's spelled-out name, written right before it in brackets or in brackets
right after it, is the same organisation, even when the recogniser saw only the
acronym."""

from __future__ import annotations

import pytest
from named_entities import span_at

from tui.core.analysis.conventions import apply_conventions
from tui.core.entities.expansions import with_expansions, with_short_forms


def _named(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in with_expansions(text, spans)[0]]


def test_the_words_the_acronym_spells_become_the_organisation() -> None:
    text = "Selon les Planteurs et planteuses fruitiers du Vercors (PPFV), la récolte baisse."
    spans = [span_at(text, "Vercors", "LOC"), span_at(text, "PPFV", "ORG")]
    assert _named(text, spans) == [
        ("Planteurs et planteuses fruitiers du Vercors", "ORG"),
        ("PPFV", "ORG"),
    ]


def test_a_lowercase_expansion_counts() -> None:
    text = "Une mesure temporaire, assure l’agence régionale des ports (ARP) de Lorvenne."
    assert _named(text, [span_at(text, "ARP", "ORG")])[0] == ("agence régionale des ports", "ORG")


def test_words_that_do_not_spell_the_acronym_stay_out() -> None:
    text = "Il a rejoint le groupe industriel (ABC) en mai."
    assert _named(text, [span_at(text, "ABC", "ORG")]) == [("ABC", "ORG")]


def test_an_acronym_that_is_no_organisation_brings_nothing() -> None:
    text = "Les Jeux olympiques (JO) de Paris ont commencé."
    assert _named(text, [span_at(text, "JO", "MISC")]) == [("JO", "MISC")]


def test_the_trained_engines_conventions_keep_a_lowercase_expansion_whole() -> None:
    from tui.core.analysis.conventions import apply_conventions

    text = "Une mesure temporaire, assure l’agence régionale des ports (ARP) de Lorvenne."
    found = apply_conventions(text, [span_at(text, "ARP", "ORG"), span_at(text, "Lorvenne", "LOC")])
    assert [(e.text, e.label) for e in found][:2] == [
        ("agence régionale des ports", "ORG"),
        ("ARP", "ORG"),
    ]


def test_an_expansion_the_recogniser_found_itself_is_reported_as_spelled_out() -> None:
    text = "L'office cantonal des forêts (OCF) de Lorvenne a répondu."
    spans = [span_at(text, "office cantonal des forêts", "ORG"), span_at(text, "OCF", "ORG")]
    found, spelled = with_expansions(text, spans)
    assert spelled == {spans[0][:2]}
    s, e, label = found[0]
    assert (text[s:e], label) == ("office cantonal des forêts", "ORG")


def test_the_conventions_keep_a_lowercase_name_its_acronym_spells() -> None:
    from tui.core.analysis.conventions import apply_conventions

    text = "L'office cantonal des forêts (OCF) de Lorvenne a répondu. L'OCF refuse."
    spans = [span_at(text, "office cantonal des forêts", "ORG"), span_at(text, "OCF", "ORG")]
    names = [e.text for e in apply_conventions(text, spans)]
    assert names[:2] == ["office cantonal des forêts", "OCF"]


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Le bureau de l'ONUB (Opération des Nations unies au Burundi) ferme.",
            "ONUB",
            "Opération des Nations unies au Burundi",
        ),
        (
            "Il a été détenu par le SNR (service national de renseignement).",
            "SNR",
            "service national de renseignement",
        ),
    ],
)
def test_words_in_brackets_after_an_acronym_that_spell_it_are_its_name(
    text: str, acronym: str, expansion: str
) -> None:
    found = apply_conventions(text, [span_at(text, acronym, "ORG")])
    assert [(e.text, e.label) for e in found] == [(acronym, "ORG"), (expansion, "ORG")]


def test_a_gloss_in_brackets_that_does_not_spell_the_acronym_is_no_name() -> None:
    text = "La FNSEA (premier syndicat agricole) proteste."
    assert [e.text for e in apply_conventions(text, [span_at(text, "FNSEA", "ORG")])] == ["FNSEA"]


@pytest.mark.parametrize(
    ("text", "name", "short", "label"),
    [
        (
            "La Mission des Nations unies au Lorvenne (Minulor) a dénoncé l'attaque.",
            "Mission des Nations unies au Lorvenne",
            "Minulor",
            "ORG",
        ),
        (
            "Il est soigné à l'hôpital Pasteur (Orvane) depuis mardi.",
            "hôpital Pasteur",
            "Orvane",
            "LOC",
        ),
    ],
)
def test_a_short_form_in_brackets_after_a_body_is_that_body_when_its_initials_run_through_it(
    text: str, name: str, short: str, label: str
) -> None:
    """« … au Lorvenne (Minulor) »: M, N, U, L run through « Minulor » in order; a town
    in brackets after a hospital shares no such letters and stays a place."""
    spans = sorted([span_at(text, name, "ORG"), span_at(text, short, "LOC")])
    found = {(text[s:e], lab) for s, e, lab in with_short_forms(text, spans)[0]}
    assert (short, label) in found


def test_a_short_form_stays_the_body_wherever_the_article_repeats_it() -> None:
    text = (
        "La Mission des Nations unies au Lorvenne (Minulor) a dénoncé l'attaque. "
        "Selon la Minulor, deux soldats sont blessés."
    )
    name = "Mission des Nations unies au Lorvenne"
    first = span_at(text, "Minulor", "LOC")
    later = text.rindex("Minulor")
    spans = [span_at(text, name, "ORG"), first, (later, later + len("Minulor"), "LOC")]
    labels = [(e.text, e.label) for e in apply_conventions(text, sorted(spans))]
    assert labels.count(("Minulor", "ORG")) == 2


def test_capitals_the_recogniser_left_out_after_a_name_join_it() -> None:
    text = "Sa rivale, candidate du Front civique lorvenois (FCL, opposition), conteste."
    spans = [span_at(text, "Front civique lorvenois", "ORG")]
    out, short = with_short_forms(text, spans)
    assert [(text[s:e], label) for s, e, label in out] == [
        ("Front civique lorvenois", "ORG"),
        ("FCL", "ORG"),
    ]
    assert short == {"FCL"}


def test_capitals_that_do_not_spell_the_name_stay_out() -> None:
    text = "Sa rivale, candidate du Front civique lorvenois (RTL, opposition), conteste."
    spans = [span_at(text, "Front civique lorvenois", "ORG")]
    assert with_short_forms(text, spans)[0] == spans


def test_a_lowercase_expansion_opening_the_sentence_leaves_its_article_out() -> None:
    text = "Mardi soir.\n\nLa direction de l’administration des ports (DAP) a confirmé les faits."
    found = apply_conventions(text, [span_at(text, "DAP", "ORG")])
    assert [(e.text, e.label) for e in found] == [
        ("direction de l’administration des ports", "ORG"),
        ("DAP", "ORG"),
    ]


def test_a_bracketed_definition_the_recogniser_left_unmarked_is_found_from_a_later_mention() -> (
    None
):
    text = (
        "« Rien n'est exclu », indique la direction départementale des territoires (DDT) de "
        "la Drôme. Selon la DDT, 412 animaux ont été tués."
    )
    later = text.rindex("DDT")
    _, spelled = with_expansions(text, [(later, later + 3, "ORG")])
    start = text.index("direction")
    assert (start, start + len("direction départementale des territoires")) in spelled
