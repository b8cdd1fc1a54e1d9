"""What may speak: a named person or body, an agreeing pronoun, a person or body noun.

Every text here is written for the test, with invented names, from general news
phrasing; the entities are given, so only attribution is judged.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_text import cast

from tui.core.models import Entity
from tui.core.quotes.constraints import (
    allowed_speaker,
    genders,
    is_plural_phrase,
    name_labels,
    noun_kind,
)
from tui.core.quotes.extract import extract_quotes

CAST = cast(
    ["Paul Durand", "Marie Lenoir", "Dana Whitlow", "Tom Garrick"],
    surnames=["Durand", "Lenoir"],
    bodies=["Veltronic"],
    places=["Brasvik", "Lorvenne"],
    other=["Festival Orbis"],
)
speakers = CAST.speakers


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("porte-parole du gouvernement", "person"),
        ("la préfecture", "body"),
        ("les pompiers", "person"),
        ("the campaign", "body"),
        ("Kremlin spokesman", "person"),
        ("a spokesperson for the campaign", "person"),
        ("Dans un communiqué", None),
        ("également", None),
        ("Mercredi", None),
        ("communiqué de presse", None),
        # A compound not listed whole is read by its parts, head first or last.
        ("la caisse-maladie du canton", "body"),
        ("the co-founder", "person"),
        ("Seine-Saint-Denis", None),
    ],
)
def test_a_description_speaks_only_when_its_head_is_a_person_or_a_body(
    phrase: str, kind: str | None
) -> None:
    assert noun_kind(phrase) == kind


def test_plural_descriptions_are_told_from_singular_ones() -> None:
    assert is_plural_phrase("les pompiers") and is_plural_phrase("three engineers")
    assert not is_plural_phrase("le porte-parole") and not is_plural_phrase("the campaign")


def test_a_place_or_other_name_never_speaks_unless_a_state_is_the_subject() -> None:
    ents = [Entity(0, 7, "Brasvik", "LOC", "Brasvik"), Entity(8, 12, "Orbs", "MISC", "Orbs")]
    assert allowed_speaker("Brasvik", name_labels(ents)) is None
    assert allowed_speaker("Brasvik", name_labels(ents), subject=True) == "Brasvik"
    assert allowed_speaker("Orbs", name_labels(ents), subject=True) is None
    assert allowed_speaker("rapidement", name_labels(ents)) is None
    assert allowed_speaker("la mairie", name_labels(ents)) == "la mairie"


def test_an_adverbial_opening_is_no_speaker() -> None:
    text = "Dans un communiqué publié jeudi à Lorvenne, « la situation reste grave »."
    assert speakers(text, "fr") == [None]


def test_a_place_after_selon_is_no_speaker() -> None:
    text = "Selon Brasvik, « les négociations sont rompues »."
    assert speakers(text, "fr") == [None]


def test_a_state_standing_as_subject_speaks_for_its_government() -> None:
    text = "Brasvik a averti jeudi que la région risquait « une escalade sans retour »."
    assert speakers(text, "fr") == ["Brasvik"]
    text = 'In a joint statement, Brasvik and Lorvenne said it was "a clear direction."'
    assert speakers(text, "en") == ["Brasvik"]


def test_a_state_letting_it_be_known_speaks_but_a_place_described_does_not() -> None:
    """« Brasvik a fait savoir que « … » »: the state speaks through a reporting phrase
    as through a verb; « Lorvenne est une « ville ouverte » » only describes a place."""
    text = "Brasvik a fait savoir que « la situation est sous contrôle »."
    assert speakers(text, "fr") == ["Brasvik"]
    text = "Lorvenne est depuis longtemps une « ville ouverte »."
    assert speakers(text, "fr") == [None]


def test_a_place_qualifying_the_subject_is_no_speaker() -> None:
    text = 'Lorvenne residents said the strikes had been "relentless" for a week.'
    assert speakers(text, "en") == [None]


def test_genders_come_from_the_article_own_marks() -> None:
    text = (
        "La ministre de la Santé Marie Lenoir a visité l'hôpital avec M. Paul Durand. "
        "Tom Garrick, le maire, était absent."
    )
    assert genders(text, CAST.entities(text)) == {
        "Marie Lenoir": "f",
        "Paul Durand": "m",
        "Tom Garrick": "m",
    }


def test_elle_never_resolves_to_a_man_the_text_marks_as_one() -> None:
    text = (
        "La ministre Marie Lenoir a reçu M. Paul Durand jeudi. Paul Durand est reparti "
        "sans un mot. « Nous avancerons », a-t-elle assuré."
    )
    assert speakers(text, "fr") == ["Marie Lenoir"]


def test_she_never_resolves_to_a_man_called_he() -> None:
    text = (
        "Mrs Dana Whitlow met Mr Tom Garrick on Monday. Tom Garrick left early.\n"
        "“We will keep going,” she said."
    )
    assert speakers(text, "en") == ["Dana Whitlow"]


def test_il_never_resolves_to_an_organisation() -> None:
    text = "Veltronic a publié ses comptes mardi. « Les ventes reculent », a-t-il ajouté."
    assert speakers(text, "fr") == [None]


def test_ils_resolves_to_a_body_not_to_one_person() -> None:
    text = (
        "Paul Durand a quitté Veltronic en mars. Veltronic a répondu lundi. "
        "« Nous contestons ces chiffres », ont-ils déclaré."
    )
    assert speakers(text, "fr") == ["Veltronic"]


def test_double_apostrophes_mark_an_english_quotation() -> None:
    text = "''We will not back down,'' Dana Whitlow said on Monday. ''It is over,'' she added."
    quotes = CAST.quotes(text, "en")
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("We will not back down,", "Dana Whitlow", "speech"),
        ("It is over,", "Dana Whitlow", "speech"),
    ]


# -- the property: whatever the text, a speaker is someone ------------------------

FRAGMENTS = [
    "Paul Durand",
    "Marie Lenoir",
    "Dana Whitlow",
    "Veltronic",
    "Brasvik",
    "Lorvenne",
    "Festival Orbis",
    "il",
    "elle",
    "ils",
    "he",
    "she",
    "they",
    "a déclaré",
    "a-t-il ajouté",
    "a-t-elle dit",
    "said",
    "told reporters",
    "selon",
    "d'après",
    "according to",
    "pour",
    "dans un communiqué",
    "le porte-parole",
    "la préfecture",
    "les pompiers",
    "the campaign",
    "rapidement",
    "jeudi",
    "également",
    "finally",
    "à Lorvenne",
    "in Brasvik",
    "le",
    "la",
    "the",
    ",",
    ".",
    ":",
    "\n",
    "« nous verrons »",
    "« c'est fini, a-t-il dit, pour de bon »",
    "“we are ready”",
    "''it is over''",
    '"no comment"',
]


def someone(speaker: str, ents: list[Entity]) -> bool:
    labels = {e.label for e in ents if e.canonical == speaker}
    return bool(labels & {"PER", "ORG", "LOC"}) or noun_kind(speaker) is not None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40),
    st.sampled_from(["fr", "en"]),
)
def test_every_speaker_is_a_name_a_resolved_pronoun_or_a_person_or_body_noun(
    fragments: list[str], language: str
) -> None:
    text = " ".join(fragments)
    ents = CAST.entities(text)
    for quote in extract_quotes(text, ents, language=language):
        if quote.speaker is None:
            continue
        assert someone(quote.speaker, ents), (text, quote)
        labels = {e.label for e in ents if e.canonical == quote.speaker}
        assert "MISC" not in labels or labels & {"PER", "ORG"}


def test_an_indefinite_description_names_nobody() -> None:
    text = "« La voiture roulait très vite », a raconté un témoin de la scène à Lorvenne."
    assert speakers(text, "fr") == [None]


def test_a_definite_description_is_kept_as_the_unnamed_source() -> None:
    text = "« Les routes sont coupées », a indiqué la préfecture jeudi soir."
    quotes = CAST.quotes(text)
    assert [(q.speaker, q.source) for q in quotes] == [(None, "préfecture")]


def test_a_quotation_signed_on_the_next_line_is_the_signatory_s() -> None:
    text = (
        "Le festival s'ouvre jeudi.\n\n« Nous sommes heureux de vous accueillir »\n\n"
        "— Veltronic, organisateur\n\nLa suite du programme est connue."
    )
    assert speakers(text, "fr") == ["Veltronic"]


def test_words_closing_a_paragraph_are_signed_on_the_next_line() -> None:
    text = (
        "Le prix a été remis à deux chercheurs « pour leur travail sur les contrats » .\n\n"
        "— Veltronic\n\nLa cérémonie aura lieu en décembre."
    )
    assert speakers(text, "fr") == ["Veltronic"]


def test_a_point_of_a_list_signs_nothing() -> None:
    text = (
        '- The campaign answered with an ad calling the plan "a tax on lunch".\n\n'
        "- Veltronic, a group backing the governor, is spending on ads.\n"
    )
    assert speakers(text, "en") == [None]


def test_a_place_in_the_subject_s_complement_does_not_speak() -> None:
    institute = cast(bodies=["Institute for Growth"]).with_names(CAST)
    text = (
        "An analyst of the Institute for Growth in Brasvik said the bank risked "
        "“overtightening” this year."
    )
    quotes = institute.quotes(text, "en")
    assert [q.speaker for q in quotes] != ["Brasvik"]


def test_a_lawyer_named_long_before_is_not_the_counsel() -> None:
    text = (
        "L'avocate générale a requis jeudi d'annuler la tutelle de Paul Durand.\n\n"
        "Le conseil a estimé que la décision serait « raisonnable »."
    )
    assert speakers(text, "fr") != ["Paul Durand"]


@pytest.mark.parametrize(
    "opening",
    ["Selon le maire de Lorvenne, Paul Durand,", "Selon Paul Durand,"],
)
def test_a_pronoun_after_a_source_s_view_is_that_source(opening: str) -> None:
    text = (
        f"Le ministre Tom Garrick était présent. {opening} la ville devrait payer. "
        "« C'est la seule voie », explique-t-il."
    )
    assert speakers(text, "fr") == ["Paul Durand"]


def test_the_client_named_after_a_lawyer_is_not_the_counsel() -> None:
    text = (
        "Jean Roc est l'avocat des parents Durand. Il veut reprendre la procédure.\n\n"
        "Le conseil a estimé que la décision serait « raisonnable »."
    )
    quotes = cast(["Jean Roc", "Paul Durand"], surnames=["Durand"]).quotes(text)
    assert [q.speaker for q in quotes] != ["Paul Durand"]


def test_a_lawyer_set_off_before_the_name_is_the_counsel() -> None:
    text = (
        "L'avocat de la famille, Jean Roc, a plaidé longtemps.\n\n"
        "« Nous ferons appel », a déclaré le conseil."
    )
    quotes = cast(["Jean Roc"]).quotes(text)
    assert [q.speaker for q in quotes] == ["Jean Roc"]


@pytest.mark.parametrize(
    "phrase", ["farmers could not be", "government would set up a task force", "maire a dit"]
)
def test_a_clause_is_no_description(phrase: str) -> None:
    assert allowed_speaker(phrase, {}) is None


def test_a_signature_may_describe_a_body() -> None:
    text = (
        "Le festival s'ouvre jeudi.\n\n« Nous rendons hommage à une oeuvre »\n\n"
        "— Service de presse du festival\n\nLa suite est connue."
    )
    assert speakers(text, "fr") == ["Service de presse du festival"]


def test_the_regular_feminine_of_a_person_noun_is_a_person_noun() -> None:
    assert noun_kind("la gardienne de l'équipe") == "person"
    assert noun_kind("attaquante") == "person"
    assert noun_kind("la déléguée syndicale") == "person"


def test_a_body_description_never_stands_for_the_person_its_sentence_names() -> None:
    army = cast(["Omar Haddad"], surnames=["Haddad"], places=["Sinaï"])
    text = (
        "L'armée égyptienne annonce avoir tué Omar Haddad dans le Sinaï.\n\n"
        "L'armée affirme dans un communiqué que « quarante combattants ont été tués »."
    )
    assert army.speakers(text, "fr") != ["Omar Haddad"]
