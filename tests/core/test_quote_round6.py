"""Attribution rules from a sixth round of news styles, on invented sentences.

Wire copy (bare sources, spokespeople, analyst ratings, headlines echoing a quote),
features that set a scene before a quoted paragraph, local news citing police,
sports copy with a club before a captain's name, and French political and court
reporting (« a fustigé », « a requis », an incise followed by a circumstance).
"""

from __future__ import annotations

from named_entities import locate_names, quotes_found

from tui.core.models import Entity
from tui.core.quote_marks import quote_units
from tui.core.quotes import extract_quotes

_NAMES = {
    "Karin Solheim": ("PER", "Karin Solheim"),
    "Solheim": ("PER", "Karin Solheim"),
    "Brightwater Foods": ("ORG", "Brightwater Foods"),
    "Tidewell Energy": ("PER", "Tidewell Energy"),
    "Tidewell": ("PER", "Tidewell Energy"),
    "Marlow County Police Department": ("ORG", "Marlow County Police Department"),
    "Dean Foster": ("PER", "Dean Foster"),
    "Foster": ("PER", "Dean Foster"),
    "Ana Ribeiro": ("PER", "Ana Ribeiro"),
    "Ribeiro": ("PER", "Ana Ribeiro"),
    "Port Ellen": ("PER", "Port Ellen"),
    "Hollin": ("PER", "Hollin Athletic"),
    "Mia Brook": ("PER", "Mia Brook"),
    "Lucien Ferrand": ("PER", "Lucien Ferrand"),
    "Odile Marchal": ("PER", "Odile Marchal"),
    "Hugo Besson": ("PER", "Hugo Besson"),
    "Agnès Rivière": ("PER", "Agnès Rivière"),
}


def _entities(text: str) -> list[Entity]:
    return locate_names(text, _NAMES)


def _found(text: str, language: str = "en") -> list[tuple[str, str | None, str]]:
    return quotes_found(text, _NAMES, language)


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [sp for _, sp, _ in _found(text, language)]


def test_french_verbs_of_blame_and_of_the_prosecution_report_speech() -> None:
    text = (
        "« Un budget de renoncement », a fustigé Lucien Ferrand devant la presse.\n"
        "« Dix ans ferme », a requis Odile Marchal à l'audience.\n"
    )
    assert _speakers(text, "fr") == ["Lucien Ferrand", "Odile Marchal"]


def test_incise_followed_by_a_circumstance_splits_the_quotation() -> None:
    text = (
        "Le conseiller Hugo Besson a pris la parole le premier.\n"
        "« Nous ne lâcherons rien, a lancé l'élu en fin de réunion. La gare restera "
        "ouverte. »\n"
    )
    found = _found(text, "fr")
    assert [q for q, _, _ in found] == ["Nous ne lâcherons rien", "La gare restera ouverte."]
    assert {sp for _, sp, _ in found} == {"Hugo Besson"}


def test_bare_role_is_the_one_person_this_paragraph_introduced() -> None:
    text = (
        "La ministre Agnès Rivière a répondu aux questions. « Rien n'est décidé », "
        "a-t-elle dit.\n"
        "Plus tard, le député Hugo Besson est intervenu. « Le texte est prêt, a lancé "
        "l'élu en séance. Il faut voter. »\n"
    )
    assert _speakers(text, "fr") == ["Agnès Rivière", "Hugo Besson", "Hugo Besson"]


def test_according_to_police_names_the_police_body_not_the_sentence_subject() -> None:
    text = (
        "The Marlow County Police Department said two cars were involved.\n"
        'Dean Foster was driving "far too fast for the road," according to police.\n'
        'Foster was arrested at the scene. He had "no licence at all," according to '
        "neighbours.\n"
    )
    found = _found(text)
    assert found[0][1] == "Marlow County Police Department"
    assert found[1][1] is None  # an unnamed source is not the sentence's subject


def test_the_department_is_the_department_the_article_names() -> None:
    text = (
        "The Marlow County Police Department opened an inquiry on Monday.\n"
        '"We ask witnesses to come forward," the department said.\n'
    )
    assert _speakers(text) == ["Marlow County Police Department"]


def test_a_spokeswoman_speaks_for_the_company_last_named() -> None:
    text = (
        "Brightwater Foods cut 300 jobs on Monday. "
        '"The decision was painful but necessary," a spokeswoman added.\n'
        "Tidewell declined to comment on its own plans. "
        '"We never comment on rumours," a spokesman said.\n'
    )
    assert _speakers(text) == ["Brightwater Foods", "Tidewell Energy"]


def test_a_relative_clause_gives_its_words_to_the_name_before_it() -> None:
    text = (
        "« Le dossier est vide », a plaidé Odile Marchal, qui a qualifié l'enquête de « bâclée ».\n"
    )
    found = _found(text, "fr")
    assert [sp for _, sp, _ in found] == ["Odile Marchal", "Odile Marchal"]
    assert found[1][2] == "fragment"


def test_a_place_after_of_is_not_a_described_person() -> None:
    text = (
        "The keeper of Port Ellen\n"
        "Ana Ribeiro has tended the lighthouse since 1990.\n"
        "The trust plans to open it to visitors, and Ribeiro has been offered what "
        "the brochure calls a “lamp steward” post.\n"
        "“I will tell them stories,” she says.\n"
    )
    assert _speakers(text)[-1] == "Ana Ribeiro"


def test_described_speaker_in_the_paragraph_before_a_blank_line() -> None:
    text = (
        "« La peine doit être lourde », a requis Odile Marchal.\n"
        "\n"
        "Pendant une heure, la magistrate a détaillé les faits. « Rien n'excuse ce "
        "geste », a-t-elle lancé.\n"
    )
    assert _speakers(text, "fr") == ["Odile Marchal", "Odile Marchal"]


def test_analyst_ratings_are_labels_not_speech() -> None:
    text = (
        '"Margins will recover," said Karin Solheim, an analyst who upgraded the stock '
        'to "buy" from "underperform".\n'
    )
    found = _found(text)
    assert found[0][1] == "Karin Solheim"
    assert [(sp, kind) for _, sp, kind in found[1:]] == [(None, "other"), (None, "other")]


def test_headline_quote_goes_to_whoever_says_it_in_the_body() -> None:
    text = (
        'Brightwater Foods braces for "a very hard winter"\n'
        "\n"
        '"We expect a very hard winter for the whole sector," Karin Solheim said.\n'
    )
    assert _speakers(text) == ["Karin Solheim", "Karin Solheim"]


def test_a_quotation_after_a_sentence_about_one_person_is_that_person_speaking() -> None:
    text = (
        '"It was a fair result," Dean Foster said.\n'
        "\n"
        'Asked about the red card, Ana Ribeiro shrugged. "I saw it differently. Ask the '
        'referee."\n'
        "\n"
        "Ribeiro is more relaxed about the season. Asked whether she worries, she smiles.\n"
        "\n"
        "“Worry? We are four points clear with six games left. I will worry in May.”\n"
    )
    assert _speakers(text) == ["Dean Foster", "Ana Ribeiro", "Ana Ribeiro"]


def test_a_club_before_a_captains_name_is_not_the_subject() -> None:
    text = (
        '"We were brilliant," Dean Foster said.\n'
        "Hollin captain Mia Brook, who scored twice, watched from the stand. "
        '"It is a great day for everyone," she said.\n'
    )
    assert _speakers(text)[-1] == "Mia Brook"


def test_incise_verbs_need_a_named_subject_to_split() -> None:
    text = "« Nous avons lancé la saison, lancé la campagne et recruté. »"
    assert len(quote_units(text)) == 1


def test_a_short_name_speaks_under_the_full_name_the_article_gives() -> None:
    text = (
        "The investor Brightwater Foods owns 8% of the group. "
        'Brightwater said it "welcomed the board\'s decision."\n'
    )
    entities = _entities(text)
    at = text.index("Brightwater said")
    entities.append(Entity(at, at + 11, "Brightwater", "ORG", "Brightwater"))
    entities.sort(key=lambda e: e.start)
    quotes = extract_quotes(text, entities, language="en")
    assert [q.speaker for q in quotes] == ["Brightwater Foods"]
