"""A bare body noun (« le parti », "the party") stands for the body its paragraph is
about, not for one the article named earlier with that word in its name.

Invented parties.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Européennes : la soirée électorale"
LEAD = (
    "Le Parti républicain breton arrive en tête avec 31 % des voix, selon les premières "
    "estimations.\n\n"
)


def test_the_party_is_the_one_its_paragraph_is_about() -> None:
    body = LEAD + (
        "Crédité de 3 % des suffrages, le Mouvement Horizon citoyen n'aura aucun élu. "
        "« Nous avons perdu, il faut l'admettre », a reconnu le parti dans un message."
    )
    assert trained_article_speakers(body, TITLE)[-1] == "Mouvement Horizon citoyen"


def test_the_party_named_before_stays_when_the_paragraph_names_no_other() -> None:
    body = LEAD + (
        "La soirée a été longue au siège. « Nous sommes la première force du pays », a "
        "réagi le parti dans un communiqué."
    )
    assert trained_article_speakers(body, TITLE)[-1] == "Parti républicain breton"
