"""An office holder the article never names, described before a relative clause.

« Le maire de Vernac, qui s'est rendu sur place, a annoncé une réunion. « … », a-t-il
déclaré »: « il » is the mayor, whom the article does not name, so the words stay
unattributed rather than going to the baker quoted in the paragraph before.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Fuite de gaz à Vernac : une école évacuée"
BODY = (
    "Dans la rue des Tanneurs, les commerçants ont baissé le rideau. Lucien Berthaud, "
    "boulanger installé depuis douze ans, a dû jeter deux fournées. « Une matinée de "
    "perdue, c'est rageant. Mais on est tous vivants. »\n\n"
    "Le maire de Vernac, qui s'est rendu sur place, a annoncé qu'une réunion se tiendrait "
    "la semaine prochaine. « Ce genre d'incident ne doit pas se reproduire devant une "
    "école », a-t-il déclaré."
)


def test_an_unnamed_office_holder_before_a_relative_clause_stays_unnamed() -> None:
    assert trained_article_speakers(BODY, TITLE) == ["Lucien Berthaud", None]
