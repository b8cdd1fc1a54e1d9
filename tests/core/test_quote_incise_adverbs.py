"""An adverb between an inverted auxiliary and its participle keeps the incise.

« « … », a-t-elle simplement confié », « a-t-elle plus tard ajouté »: the incise reports
the words as « a-t-elle confié » does, and its pronoun is the director the sentence
before describes, not the juror quoted last.

Invented people and places.
"""

from __future__ import annotations

import pytest
from pipeline_quotes import trained_article_speakers

TITLE = "Au festival de Corbières, Nina Ferrand bouleverse avec « Les Jours pâles »"
BODY = (
    "Présenté samedi en compétition, « Les Jours pâles », premier long-métrage de Nina "
    "Ferrand, s'est imposé comme l'un des favoris.\n\n"
    "La présidente du jury, la scénariste Amélie Tardieu, s'est refusée à tout pronostic. "
    "« Le jury délibère en secret », a-t-elle souri dimanche. À la sortie de la salle, la "
    "réalisatrice, elle, peinait à retenir ses larmes. « Je suis vidée, mais heureuse », "
    "{incise}."
)


@pytest.mark.parametrize(
    "incise",
    ["a-t-elle simplement confié", "a-t-elle plus tard ajouté", "a-t-elle finalement lâché"],
)
def test_an_adverb_after_the_inverted_auxiliary_keeps_the_incise(incise: str) -> None:
    speakers = trained_article_speakers(BODY.format(incise=incise), TITLE)
    assert speakers[-2:] == ["Amélie Tardieu", "Nina Ferrand"]
