"""A name after « de » and a courtesy title completes the noun before it: in « La
candidate, adjointe de Mme X jusqu'en 2022, a reproché … », X is no subject, so the
pronoun of the next incise is the candidate's, not X's.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_name_completing_a_role_after_a_title_is_no_subject() -> None:
    title = "Municipales à Quimperlé : le tramway au cœur du débat"
    body = (
        "« Le tramway, c'est dix ans de chantier pour rien », a lancé Maëlle Guéguen. "
        "La candidate écologiste, adjointe de Mme Tanguy jusqu'à leur rupture il y a "
        "deux ans, a surtout reproché à la maire sortante d'avoir « traîné des pieds » "
        "sur les pistes cyclables. « J'ai été dans cette équipe. Je sais ce qui a été "
        "promis », a-t-elle glissé."
    )
    assert trained_article_speakers(body, title)[-1] == "Maëlle Guéguen"
