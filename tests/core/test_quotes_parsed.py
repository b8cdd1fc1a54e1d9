"""Speakers from the dependency parse (the trained French engine), one test per pattern.

Every sentence is written for the test from general news phrasing, with invented
names; the entities are given, so only the parse and the speaker resolution are
judged. Skipped when the trained engine (spaCy and its base package) is absent.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quote_text import cast
from test_speaker_constraints import CAST as CONSTRAINT_CAST
from test_speaker_constraints import FRAGMENTS, someone

from tui.core.engine_identity import available
from tui.core.quotes.extract import extract_quotes

pytestmark = pytest.mark.skipif(not available(), reason="the trained engine is not installed")

CAST = cast(
    ["Paul Durand", "Marie Lenoir", "Claire Dubois", "Hugo Varenne"],
    surnames=["Durand", "Lenoir"],
    bodies=["Veltronic", "Radio Orbis"],
    places=["Lorvenne"],
)


def speakers(text: str) -> list[str | None]:
    from tui.core.analysis.engine_trained import parse_sentences

    quotes = CAST.quotes(text, parse=parse_sentences)
    # An unnamed speaker is no speaker: its description is told apart as the source.
    return [q.speaker or (q.source and f"unnamed: {q.source}") for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The verb before the quotation, its subject before it.
        ("Paul Durand a déclaré jeudi : « Nous ne céderons rien sur ce dossier ».", "Paul Durand"),
        # The verb after, its subject inverted.
        ("« Le chantier reprendra en mars », a confié Marie Lenoir à la presse.", "Marie Lenoir"),
        ("« C'est une très belle surprise », s'enthousiasme Hugo Varenne.", "Hugo Varenne"),
        # A circumstance between the inverted verb and its subject.
        (
            "« Rien n'est décidé », a indiqué jeudi à la presse le porte-parole de Veltronic, "
            "Claire Dubois.",
            "Claire Dubois",
        ),
        # A role, then the name set off by commas.
        (
            "Le ministre de l'Économie, Paul Durand, a déclaré : « La croissance tiendra ».",
            "Paul Durand",
        ),
        # An inverted role, then the name set off by commas.
        (
            "La tête de liste de la majorité, Claire Dubois, a reconnu sa défaite. À gauche, "
            "« le vote utile, c'est nous », a estimé sa tête de liste, Marie Lenoir, devant "
            "ses soutiens.",
            "Marie Lenoir",
        ),
        # A reporting clause: the quoted words inside the author's sentence.
        (
            "Marie Lenoir a estimé que la réforme serait « une erreur historique » pour la région.",
            "Marie Lenoir",
        ),
        # A participial clause before the subject.
        (
            "Interrogé par Radio Orbis, Paul Durand a expliqué que la situation restait "
            "« très préoccupante ».",
            "Paul Durand",
        ),
        # Sources: selon, d'après, pour.
        ("Selon Marie Lenoir, « le budget sera voté avant l'été ».", "Marie Lenoir"),
        ("D'après Veltronic, « les livraisons reprendront la semaine prochaine ».", "Veltronic"),
        (
            "Pour l'économiste Claire Dubois, « la hausse des prix va ralentir ».",
            "Claire Dubois",
        ),
        # A time and a place between the inverted verb and its subject.
        (
            "« Nous ne lâcherons rien », a martelé dimanche soir devant ses partisans "
            "Marie Lenoir, candidate à la mairie.",
            "Marie Lenoir",
        ),
        # A relative clause: the antecedent speaks.
        (
            "Le syndicat a reçu Paul Durand, qui a déclaré jeudi que la réforme était "
            "« une erreur historique ».",
            "Paul Durand",
        ),
        # An adverbial opening before the subject of a reporting clause.
        (
            "Dans un communiqué publié jeudi, la préfecture a indiqué que les routes "
            "resteraient « fermées jusqu'à nouvel ordre ».",
            "unnamed: préfecture",
        ),
        # An infinitive sharing the subject of the verb it depends on.
        (
            "Le texte sera prêt en mars, a assuré la ministre Marie Lenoir avant d'ajouter : "
            "« Nous tiendrons les délais ».",
            "Marie Lenoir",
        ),
        # A body speaking through its office.
        (
            "« Les stocks sont suffisants », a affirmé le bureau de Veltronic à Lorvenne.",
            "Veltronic",
        ),
    ],
)
def test_the_subject_of_the_reporting_verb_speaks(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_an_incise_pronoun_takes_the_person_named_before() -> None:
    text = (
        "La maire Marie Lenoir a inauguré le pont lundi à Lorvenne. "
        "« Ce projet a pris dix ans », a-t-elle rappelé."
    )
    assert speakers(text) == ["Marie Lenoir"]


def test_an_incise_after_a_quotation_wins_over_the_sentence_before() -> None:
    text = "Paul Durand a quitté la salle. « La séance reprendra demain », a ajouté Claire Dubois."
    assert speakers(text) == ["Claire Dubois"]


def test_an_adverbial_opening_is_no_speaker() -> None:
    text = "Dans un communiqué publié jeudi, « la situation reste sous contrôle »."
    assert speakers(text) == [None]


def test_a_circumstance_after_the_subject_is_left_out() -> None:
    text = "« Nous resterons mobilisés », a déclaré le chef du syndicat sur Radio Orbis."
    assert speakers(text) == ["unnamed: chef du syndicat"]


def test_a_place_is_never_the_speaker_the_parse_gives() -> None:
    text = "« Tout est calme », a-t-on appris à Lorvenne."
    assert speakers(text) == [None]


def test_a_failing_parser_leaves_the_rule_cues(caplog: pytest.LogCaptureFixture) -> None:
    def broken(sentences: list[str]) -> list[object]:
        raise RuntimeError("no parse today")

    text = "« Le chantier reprendra en mars », a confié Marie Lenoir."
    quotes = CAST.quotes(text, parse=broken)
    assert [q.speaker for q in quotes] == ["Marie Lenoir"]
    assert "speaker parse failed" in caplog.text


def test_a_source_set_off_by_two_commas_is_the_name() -> None:
    text = "Selon le porte-parole du syndicat, Hugo Varenne, l'accord est « une victoire »."
    assert speakers(text) == ["Hugo Varenne"]


def test_a_name_after_selon_and_one_comma_is_the_next_clause_s_subject() -> None:
    text = (
        "Selon l'agence officielle, Paul Durand a invité son homologue à venir "
        "« quand cela lui conviendra »."
    )
    assert speakers(text) == ["unnamed: agence officielle"]


def test_the_parser_reads_a_run_of_spaces_as_one(caplog: pytest.LogCaptureFixture) -> None:
    # A reference mark read as spaces (« … » [1] .) must not become a word of its own,
    # which would cut the clause the reporting verb heads.
    handed: list[str] = []

    def recording(sentences: list[str]) -> list[object]:
        handed.extend(sentences)
        raise RuntimeError("recorded only")

    text = "Paul Durand en appelle au préfet « pour sauvegarder ce lieu » [1] ."
    CAST.quotes(text, parse=recording)
    assert handed and all("  " not in s and "[1]" not in s for s in handed)
    assert handed[0].startswith("Paul Durand en appelle au préfet")


def test_a_participle_after_a_quotation_is_no_incise() -> None:
    text = (
        "Selon Marie Lenoir, « ils ont attaqué au sol » faisant au moins deux victimes "
        "dans la nuit."
    )
    assert speakers(text) == ["Marie Lenoir"]


def test_a_flood_of_quotations_is_parsed_at_most_about_once() -> None:
    parsed: list[int] = []

    def counting(sentences: list[str]) -> list[object]:
        from tui.core.analysis.engine_trained import parse_sentences

        parsed.append(sum(len(s) for s in sentences))
        return parse_sentences(sentences)

    text = "« Nous verrons », a dit Paul Durand. " + "« a » " * 600
    quotes = CAST.quotes(text, parse=counting)
    assert len(quotes) == 601 and quotes[0].speaker == "Paul Durand"
    assert sum(parsed) <= len(text) + 2000


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30))
def test_every_parsed_speaker_is_someone(fragments: list[str]) -> None:
    from tui.core.analysis.engine_trained import parse_sentences

    text = " ".join(fragments)
    ents = CONSTRAINT_CAST.entities(text)
    for quote in extract_quotes(text, ents, language="fr", parse=parse_sentences):
        if quote.speaker is not None:
            assert someone(quote.speaker, ents), (text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "« Il n'y aura pas de fermeture », a confié à Radio Orbis Paul Durand.",
        "« Il n'y aura pas de fermeture », a déclaré jeudi à Radio Orbis Paul Durand, "
        "directeur de Veltronic.",
    ],
)
def test_the_outlet_told_is_not_the_speaker_named_after_it(text: str) -> None:
    # The parser may glue « Radio Orbis Paul Durand » into one name after « à ».
    assert speakers(text) == ["Paul Durand"]


def test_a_pronoun_the_parse_finds_is_left_to_the_rules_that_know_who_spoke() -> None:
    from pipeline_quotes import trained_quotes

    text = (
        "Vignes\n\nHugo Delmont, directeur d'une maison de négoce, estime que l'arrachage "
        "« va assainir le marché ». « Le bordeaux n'est pas mort », tranche le négociant.\n\n"
        "À Targon, Jean-Claude Mouret, 63 ans, a choisi de tout arracher. « Je n'ai pas de "
        "repreneur », dit-il, sans amertume apparente. Il assure avoir « tourné la page » "
        "depuis longtemps.\n"
    )
    assert [q.speaker for q in trained_quotes(text, "Vignes")][-1] == "Jean-Claude Mouret"


def test_a_role_the_rules_resolve_keeps_its_person_over_the_parsed_description() -> None:
    """The parse reads « le prévenu » as a bare description; the rules know who is on
    trial, and that person stays the speaker."""
    text = (
        "Paul Durand comparaît depuis lundi devant la cour d'appel de Lorvenne.\n\n"
        "« J'ai été dépassé par mon propre système », a déclaré le prévenu dès "
        "l'ouverture des débats."
    )
    assert speakers(text) == ["Paul Durand"]


def test_a_body_the_parse_finds_past_a_persons_description_is_not_the_speaker() -> None:
    """« a déclaré l'ancienne maire … au siège de son parti, le Mouvement X »: the
    parse may hang the party on the verb; a person's description is never a body."""
    from tui.core.analysis.engine_trained import parse_sentences

    party = cast(["Voahangy Ratsimba"], bodies=["Mouvement Fanavaozana"], places=["Antananarivo"])
    text = (
        "La candidate de l'opposition Voahangy Ratsimba a dénoncé lundi des fraudes.\n\n"
        "« Nous avons recensé plus de 300 bureaux », a déclaré l'ancienne maire "
        "d'Antananarivo lors d'une conférence de presse au siège de son parti, le "
        "Mouvement Fanavaozana."
    )
    [quote] = party.quotes(text, parse=parse_sentences)
    assert quote.speaker != "Mouvement Fanavaozana"


def test_a_headline_subject_starts_after_the_colon() -> None:
    text = (
        "Église fermée à Lorvenne : l'évêque demande de « ne pas céder à la colère »\n\n"
        "L'évêque, Paul Durand, a écrit aux paroisses."
    )
    assert speakers(text) == ["Paul Durand"]


def test_a_ministry_with_its_brief_is_not_the_ministry_named_before() -> None:
    from pipeline_quotes import trained_quotes

    text = (
        "Tensions\n\nInterrogé par l'AFP, le ministère de l'Intérieur a indiqué « suivre la "
        "situation ».\n\nInterrogé par l'AFP, le ministère délégué aux Transports a indiqué "
        "« rester attentif »."
    )
    speakers = [q.speaker for q in trained_quotes(text, "Tensions")]
    assert speakers == ["ministère de l'Intérieur", "Transports"]


def test_a_call_to_whom_the_quotation_hangs_under_is_still_a_call() -> None:
    people = cast([], bodies=["Mercosur"])
    from tui.core.analysis.engine_trained import parse_sentences

    text = "Le secrétariat du Mercosur a appelé les deux parties à « la retenue et au dialogue »."
    assert [q.speaker for q in people.quotes(text, parse=parse_sentences)] == ["Mercosur"]
