"""Quotations no cue attributes get a speaker only where the text supports one.

Headline fragments, lists of quoted words, continued quotations and lead-ins, each
tested with invented sentences in general news phrasing, both ways: where the text
gives the speaker and where it does not.
"""

from __future__ import annotations

from named_entities import locate_names

from tui.core.quotes.extract import extract_quotes

NAMES = {
    "Paul Durand": ("PER", "Paul Durand"),
    "Durand": ("PER", "Paul Durand"),
    "Marie Lenoir": ("PER", "Marie Lenoir"),
    "Lenoir": ("PER", "Marie Lenoir"),
    "Hugo Varenne": ("PER", "Hugo Varenne"),
    "Veltronic": ("ORG", "Veltronic"),
    "Lorvenne": ("LOC", "Lorvenne"),
}


def speakers(text: str, language: str = "fr") -> dict[str, str | None]:
    """Each quotation's words → its speaker."""
    quotes = extract_quotes(text, locate_names(text, NAMES), language=language)
    return {q.text: q.speaker for q in quotes}


def test_a_headline_fragment_is_not_its_subjects_words() -> None:
    text = (
        "Paul Durand aurait « sciemment menti » aux élus de Lorvenne\n\n"
        "Le tribunal administratif a jugé jeudi que l'ancien maire avait "
        "« sciemment menti » aux élus sur le coût du chantier."
    )
    assert speakers(text)["sciemment menti"] is None


def test_a_headline_fragment_the_body_attributes_keeps_its_speaker() -> None:
    text = (
        "Paul Durand défend un « budget de combat » pour Lorvenne\n\n"
        "« C'est un budget de combat », a déclaré Paul Durand jeudi devant le conseil."
    )
    assert speakers(text)["budget de combat"] == "Paul Durand"


def test_a_headline_quotation_after_a_name_and_colon_is_that_persons() -> None:
    text = (
        "Marie Lenoir : « Nous ne fermerons aucune école »\n\n"
        "La maire de Lorvenne a présenté jeudi son plan pour la rentrée."
    )
    assert speakers(text)["Nous ne fermerons aucune école"] == "Marie Lenoir"


def test_a_list_of_quoted_words_quotes_nobody() -> None:
    text = (
        "« Honteux », « inacceptable », « brutal » et « indigne » : les réactions ont "
        "fusé jeudi après l'annonce de Veltronic.\n\n"
        "Paul Durand a dénoncé une décision « inacceptable et brutale pour les salariés »."
    )
    found = speakers(text)
    assert [found[w] for w in ("Honteux", "inacceptable", "brutal", "indigne")] == [None] * 4
    assert found["inacceptable et brutale pour les salariés"] == "Paul Durand"


def test_a_list_of_quoted_words_with_an_incise_is_the_speakers() -> None:
    text = "« Honteux », « inacceptable » et « indigne », a dénoncé Paul Durand jeudi."
    found = speakers(text)
    assert [found[w] for w in ("Honteux", "inacceptable", "indigne")] == ["Paul Durand"] * 3
