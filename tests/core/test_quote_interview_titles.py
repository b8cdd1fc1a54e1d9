"""An interview's title and its questions quote the guest.

A question-and-answer piece sets its questions in paragraphs of their own ending in
"?", and the answers after them are the guest's. Its title often quotes a sentence
of one answer word for word: those are the guest's words. A question that quotes a
term back to the guest (« Vous parlez d'« usure civique » ») quotes the guest too.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes

TITLE = "« La ville ne peut pas tout réparer seule »"
TEXT = (
    f"{TITLE}\n\n"
    "Dans « Les Rues vides », la géographe Anne-Laure Besnard retrace trente ans de "
    "politiques urbaines et décrit des quartiers « sommés de tout absorber ». Entretien.\n\n"
    "Vous parlez même d'« usure civique » chez les habitants. Le mot n'est-il pas trop "
    "fort ?\n\n"
    "Je ne crois pas. Les gens viennent aux réunions, puis ne viennent plus. Ils ont "
    "compris que rien ne changeait.\n\n"
    "Que faudrait-il faire, concrètement ?\n\n"
    "Arrêter d'empiler les dispositifs. La ville ne peut pas tout réparer seule, il faut "
    "que l'État revienne dans ces quartiers.\n\n"
    "Propos recueillis par Paul Garnier"
)


def test_a_title_quoting_an_answer_word_for_word_is_the_guests() -> None:
    quotes = trained_quotes(TEXT, TITLE)
    title = next(q for q in quotes if q.text.startswith("La ville ne peut pas"))
    assert title.speaker == "Anne-Laure Besnard"


def test_a_term_a_question_quotes_back_to_the_guest_is_the_guests_fragment() -> None:
    quotes = trained_quotes(TEXT, TITLE)
    term = next(q for q in quotes if q.text == "usure civique")
    assert (term.speaker, term.kind) == ("Anne-Laure Besnard", "fragment")


def test_a_title_no_answer_holds_stays_unattributed() -> None:
    text = TEXT.replace("La ville ne peut pas tout réparer seule, il", "Il")
    quotes = trained_quotes(text, TITLE)
    title = next(q for q in quotes if q.text.startswith("La ville ne peut pas"))
    assert title.speaker is None
