"""« Ce dernier » after an inverted verb, and a translation of words just said.

« « … », soutient ce dernier, qui n'exclut pas un recours »: the incise's subject is
the person named last, as « Ce dernier » opening a sentence is. « « We are … », a-t-elle
lancé en anglais (« Nous … ») »: the translation in parentheses is hers too.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_quotes

TITLE = "Une école bilingue divise les conseils scolaires de Ferval"
TEXT = (
    f"{TITLE}\n\n"
    "Julien Marchetti, La Gazette\n\n"
    "La directrice de l'éducation du conseil anglophone, Margaret Holloway, a défendu le "
    "projet lundi soir. « We are offering families a choice », a-t-elle lancé en anglais "
    "(« Nous offrons un choix aux familles »).\n\n"
    "Le président du conseil scolaire catholique, Lucien Thibodeau, dénonce pour sa part "
    "une « concurrence déloyale ». Le conseil a perdu 140 élèves en trois ans. « Le droit "
    "à l'éducation en français est garanti. Recruter nos élèves ainsi, c'est contourner "
    "l'esprit de la loi », soutient ce dernier, qui n'exclut pas un recours."
)


def _speaker_of(opening: str) -> str | None:
    return next(q.speaker for q in trained_quotes(TEXT, TITLE) if q.text.startswith(opening))


def test_a_translation_after_an_incise_naming_the_language_is_the_speakers() -> None:
    assert _speaker_of("We are offering") == "Margaret Holloway"
    assert _speaker_of("Nous offrons") == "Margaret Holloway"


def test_ce_dernier_after_an_inverted_verb_is_the_person_named_last() -> None:
    assert _speaker_of("Le droit à l'éducation") == "Lucien Thibodeau"
