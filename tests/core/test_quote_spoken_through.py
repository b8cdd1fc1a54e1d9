"""A body that speaks « par la voix de » / "through" someone the lead-in names gives
the quotation to that person (invented names)."""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_quotes


def test_par_la_voix_de_sa_porte_parole() -> None:
    text = (
        "Grève\n\nLe gouvernement a réagi par la voix de sa porte-parole, Inès Laurent : "
        "« Le dialogue reste ouvert. »"
    )
    assert [q.speaker for q in trained_quotes(text, "Grève")] == ["Inès Laurent"]


def test_through_its_spokeswoman() -> None:
    body = 'The council responded through its spokeswoman, Ines Laurent: "Dialogue remains open."'
    assert [q.speaker for q in article_quotes(body, "en")] == ["Ines Laurent"]


def test_a_name_that_is_not_the_lead_in_s_last_words_is_no_voice() -> None:
    body = (
        'Ann Marr walked through the market with Tom Reyes, and a trader told her: "Prices are up."'
    )
    assert "Tom Reyes" not in [q.speaker for q in article_quotes(body, "en")]


def test_the_spokesperson_named_after_a_lowercase_body_speaks() -> None:
    """« a déclaré le porte-parole de l'agence nationale de secours (Basnar), X »: X."""
    text = (
        "Naufrage\n\n« Les recherches se poursuivent », a déclaré à l'AFP le porte-parole de "
        "l'agence nationale de recherche et de secours (Basnar), Adi Wirawan."
    )
    assert [q.speaker for q in trained_quotes(text, "Naufrage")] == ["Adi Wirawan"]


def test_selon_les_dires_de() -> None:
    text = "Épreuves\n\nIl faut « agir vite » selon les dires du ministère de l'Éducation."
    assert [q.speaker for q in trained_quotes(text, "Épreuves")] == ["ministère de l'Éducation"]


def test_an_agent_named_from_its_lowercase_noun_speaks() -> None:
    """« Une mesure jugée « … » par la fédération Générations Seniors »."""
    text = (
        "Permis\n\nUne mesure jugée « discriminatoire » par la fédération Générations Seniors. "
        "Elle réclame un débat."
    )
    speakers = [q.speaker for q in trained_quotes(text, "Permis")]
    assert speakers in (["fédération Générations Seniors"], ["Générations Seniors"])
