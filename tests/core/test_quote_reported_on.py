"""Words quoted in the sentence right after a report (« X explique que … ») are the
reporter's, when that sentence names nobody of its own. Invented names."""

from __future__ import annotations

from quote_text import cast

CAST = cast(["Paul Morel"], bodies=["comité Varnier"])

REPORT = (
    "Le comité Varnier explique que la théorie permet d'analyser les contrats. "
    "{second} se donne pour objectif de mettre au point de meilleurs contrats afin "
    "« d'élaborer de meilleures institutions »."
)


def test_the_sentence_after_a_report_quotes_the_reporter() -> None:
    assert CAST.found(REPORT.format(second="La théorie")) == [
        ("d'élaborer de meilleures institutions", "comité Varnier", "fragment")
    ]


def test_a_sentence_with_its_own_subject_is_not_the_reporters() -> None:
    assert CAST.speakers(REPORT.format(second="Paul Morel")) == ["Paul Morel"]


def test_a_sentence_after_a_plain_statement_quotes_nobody() -> None:
    text = (
        "Le comité Varnier a publié son rapport annuel. La théorie se donne pour objectif "
        "de mettre au point de meilleurs contrats afin « d'élaborer de meilleures "
        "institutions »."
    )
    assert CAST.speakers(text) == [None]


def test_a_new_paragraph_is_no_longer_the_report() -> None:
    text = REPORT.format(second="La théorie").replace(". La théorie", ".\nLa théorie")
    assert CAST.speakers(text) == [None]
