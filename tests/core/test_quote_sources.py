"""A speaker the text only describes is told apart from a named one.

The words « le porte-parole » or "a police spokesman" tell the reader who spoke,
but they name nobody: such a quote has no ``speaker`` and keeps the description as
its ``source``. A description the article ties to a name (« le ministre de
l'Économie, Paul Durand ») or pins down (« l'armée malienne », "the Finch
campaign") stays the speaker. Names and events are invented for the tests.
"""

from __future__ import annotations

import json

import pytest
from quote_text import cast

from tui.core.analysis.pipeline import merge_corpus
from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.quotes.described import body_named_before, named_or_described, names_a_body
from tui.core.store.analysis_codec import decode_analysis, encode_analysis

CAST = cast(["Paul Durand", "Nora Keller", "Gerald Finch"], surnames=["Durand", "Finch"])


def sources(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.source) for q in CAST.quotes(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("« Aucune piste n'est écartée », a indiqué le porte-parole.", "fr", "porte-parole"),
        ("« Les routes restent fermées », précise la préfecture.", "fr", "préfecture"),
        ("« Le marché rouvrira lundi », a déclaré le maire.", "fr", "maire"),
        ('"The scene is secure," a police spokesman said.', "en", "police spokesman"),
    ],
)
def test_a_description_is_the_source_never_the_speaker(
    text: str, language: str, source: str
) -> None:
    [(speaker, found)] = sources(text, language)
    assert speaker is None
    assert found is not None and source in found


def test_a_role_the_article_ties_to_a_name_keeps_the_name() -> None:
    text = "Le ministre de l'Économie, Paul Durand, a déclaré : « La croissance tiendra »."
    assert sources(text, "fr") == [("Paul Durand", None)]


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("l'armée malienne", True),
        ("la diplomatie chinoise", True),
        ("the Finch campaign", True),
        ("les chefs d'état-major de Lorvenne", True),
        ("le gouvernement", False),
        ("la police", False),
        ("the campaign", False),
        ("un responsable syrien", False),  # a person described, not a body
        ("le porte-parole", False),
        ("police spokesman", False),
        ("le conseil scientifique", False),
        ("la semaine prochaine", False),
        ("les autorités turques", False),  # several bodies, none named
        ("les syndicats agricoles du département", False),
        ("les autorités de Lorvenne", True),
        ("les pompiers de Lorvenne", True),
    ],
)
def test_a_body_pinned_down_by_a_nationality_or_a_name_is_named(phrase: str, named: bool) -> None:
    assert names_a_body(phrase) is named


def test_a_bare_body_stands_for_the_one_the_text_named_before() -> None:
    text = "L'armée malienne a repris la ville. Plus tard, l'armée a parlé de « succès »."
    assert body_named_before(text, "armée", text.index("succès")) == "armée malienne"
    assert body_named_before(text, "armée", 10) is None


def test_a_title_or_slogan_has_neither_speaker_nor_source() -> None:
    text = "Nora Keller a présenté son film « Les Jours clairs » au festival."
    others = [(q.speaker, q.source, q.kind) for q in CAST.quotes(text) if q.kind == "other"]
    assert others == [(None, None, "other")]


def test_the_cache_codec_keeps_the_source() -> None:
    quotes = (
        Quote(0, 5, "Rien.", None, "speech", "porte-parole"),
        Quote(10, 15, "Tout.", "Paul Durand", "speech"),
    )
    analysis = ArticleAnalysis("a", (), quotes)
    assert decode_analysis("a", encode_analysis(analysis)).quotes == quotes


def test_a_description_takes_the_name_another_article_ties_to_it() -> None:
    said = Quote(0, 5, "Rien.", None, "speech", "porte-parole de Veltronic")
    story = (Entity(0, 9, "Veltronic", "ORG", "Veltronic"), Entity(12, 17, "Ulm", "LOC", "Ulm"))
    analyses = [
        ArticleAnalysis("a", story, (), (("porte-parole de Veltronic", "Nora Keller"),)),
        ArticleAnalysis("b", story, (said,)),
    ]
    texts = [
        Article(id="a", path="a.txt", text="Rien ici.", title=""),
        Article(id="b", path="b.txt", text="Rien ici non plus.", title=""),
    ]
    [quote] = merge_corpus(analyses, texts).articles["b"].quotes
    assert (quote.speaker, quote.source) == ("Nora Keller", None)


def test_analyze_json_writes_the_source(tmp_path, monkeypatch, capsys) -> None:
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home"))
    article = tmp_path / "a.txt"
    article.write_text(
        "Incendie à Lorvenne\n\n« Le feu est maîtrisé », a indiqué le porte-parole.\n",
        encoding="utf-8",
    )
    assert main(["analyze", "--engine", "rules", str(article)]) == 0
    [quote] = json.loads(capsys.readouterr().out)["articles"][0]["quotes"]
    assert quote["speaker"] is None
    assert "porte-parole" in quote["source"]


def test_a_row_stored_before_the_source_field_decodes_without_one() -> None:
    """Rows written before quotes had a ``source`` (frozen fixtures) still decode."""
    old_row = '[["Rien.","Paul Durand","speech"],[],[[0],[5],[0],[1],[2]],[]]'
    [quote] = decode_analysis("a", old_row).quotes
    assert (quote.speaker, quote.source) == ("Paul Durand", None)


def test_a_body_the_text_capitalises_as_an_institution_is_named() -> None:
    text = (
        "Mardi, la Mairie a demandé l'aide de la police.\n"
        "« La situation est grave », a indiqué la mairie dans un communiqué."
    )
    assert named_or_described(text, "mairie", "speech", set(), len(text)) == ("Mairie", None)


def test_a_word_after_a_capitalised_body_is_no_part_of_its_name() -> None:
    text = "La Mairie dans son communiqué parle de « crise ». Plus tard, la mairie a parlé."
    assert body_named_before(text, "mairie", len(text)) is None
    assert body_named_before("La mairie de Lorvenne a parlé.", "mairie", 30) == (
        "mairie de Lorvenne"
    )


def test_the_name_set_after_an_inverted_role_speaks() -> None:
    """The parse takes the role as the subject of the inverted verb; the name
    apposed to it is the speaker."""
    from tui.core.analysis.engine_trained import parse_sentences

    text = (
        "Ce ne sera pas le cas pour Veltronic, qui pourra envoyer ses chauffeurs partout "
        "à Lorvenne. « Chacun, comme indépendant, peut aller faire une heure de plus » a "
        "déclaré le nouveau ministre des transport, Paul Durand."
    )
    town = CAST.with_names(cast(bodies=["Veltronic"], places=["Lorvenne"]))
    [quote] = town.quotes(text, parse=parse_sentences)
    assert (quote.speaker, quote.source) == ("Paul Durand", None)


def test_the_head_of_government_is_the_prime_minister_the_article_named() -> None:
    text = (
        "Paul Durand, le Premier ministre lorvénien, a réuni son cabinet.\n"
        "« Nous ne céderons rien », a déclaré le chef du gouvernement à la presse."
    )
    assert sources(text, "fr") == [("Paul Durand", None)]


def test_a_company_spokesman_speaks_for_the_company_the_article_names() -> None:
    """ "a company spokesman" after "Westmoor Docks said …": the firm, though its name
    holds no "company"; a union named since is not it."""
    people = cast(bodies=["Westmoor Docks", "Dockworkers Union"])
    text = (
        "Westmoor Docks said it was “disappointed” by the action. The Dockworkers Union "
        "called the strike.\n\n"
        "“Our offer is fair,” a company spokesman said."
    )
    assert people.speakers(text, "en") == ["Westmoor Docks", "Westmoor Docks"]


def test_a_company_spokeswoman_never_speaks_for_a_public_department() -> None:
    """A health department named before is no company: "a company spokeswoman" speaks
    for no one the text named before her."""
    people = cast(bodies=["Harlow County Health Department", "Voltra Motors"])
    text = (
        "The Harlow County Health Department confirmed 12 new cases.\n\n"
        "“Plants like this one are the heart of the town,” a company spokeswoman said "
        "after Voltra Motors announced the closure."
    )
    assert people.speakers(text, "en") == [None]


def test_what_a_group_calls_is_the_groups_unnamed_words() -> None:
    """ "rejected what critics called a "…"": the critics, described, never a phrase
    running back into the writer's clause."""
    text = "The mayor rejected what critics called a “land grab.”"
    assert sources(text, "en") == [(None, "critics")]
