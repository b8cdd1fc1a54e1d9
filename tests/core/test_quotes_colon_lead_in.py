"""A sentence ending in a colon hands the floor to its subject (invented names)."""

from __future__ import annotations

import pytest
from pipeline_quotes import article_quotes, trained_quotes
from quote_text import cast

CAST = cast(["Paul Durand"], bodies=["Veltronic"])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paul Durand s'est montré confiant sur la suite du chantier :\n"
            "« Nous finirons avant l'hiver. »",
            "Paul Durand",
        ),
        (
            "Veltronic a publié un long texte sur son site : "
            "« Les livraisons reprendront dès lundi dans toutes les régions. »",
            "Veltronic",
        ),
    ],
)
def test_the_subject_before_a_colon_speaks(text: str, speaker: str) -> None:
    [quote] = CAST.quotes(text)
    assert quote.speaker == speaker


def test_a_sentence_after_a_closed_quote_that_opens_the_next_one_leaves_it_alone() -> None:
    """« … » Sa voisine, X, confirme : « … »: the cue is the next quotation's."""
    text = (
        "Crue\n\nJean Morel, 63 ans, n'en revient toujours pas. « J'ai vu l'eau monter en dix "
        "minutes. » Sa voisine, Lucie Vidal, confirme : « Personne ne nous a prévenus. »"
    )
    assert [q.speaker for q in trained_quotes(text, "Crue")] == ["Jean Morel", "Lucie Vidal"]


@pytest.mark.parametrize("verb", ["did not budge", "was firm", "would not give ground"])
def test_a_described_subject_of_a_colon_lead_in_speaks_whatever_its_verb(verb: str) -> None:
    """ "The prosecutor did not budge: "…"": the role, resolved to the name it was given."""
    body = (
        "The prosecutor, Helen Dumas, asked for two years. Defence lawyer Paul Roche argued "
        f'for acquittal. "My client threatened no one," he said. The prosecutor {verb}: '
        '"The facts are established."'
    )
    assert [q.speaker for q in article_quotes(body, "en")] == ["Paul Roche", "Helen Dumas"]


def test_a_body_s_role_before_a_name_leaves_the_lead_in_to_the_person() -> None:
    """ "Union leader Mark Rowe was defiant: "…"": Rowe, not the union."""
    body = 'Union leader Mark Rowe was defiant: "We will not back down."'
    assert [q.speaker for q in article_quotes(body, "en")] == ["Mark Rowe"]
