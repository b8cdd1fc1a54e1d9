"""A turn that puts someone's own account to them is answered by them.

« Le récit se fissure. « Vous dites qu'il vous a frappé, reprend la présidente.
Pourtant, aucun témoin ne l'a vu. » ¶ « Il m'a poussé. Contre la vitrine. » »: the bare
paragraph after the judge's challenge is the accused's answer, as after a question,
though the challenge asks nothing and closes a paragraph the writer opened.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "Aux assises de Morlac, Yanis Ferrand jugé pour la mort d'un voisin"
BODY = (
    "Yanis Ferrand, 27 ans, comparaît depuis lundi devant la cour d'assises de Morlac. "
    "La présidente, Hélène Castaing, l'a longuement interrogé mercredi.\n\n"
    "Au fil des questions, le récit se fissure. L'accusé dit avoir été « menacé », puis "
    "« bousculé ». « Vous dites qu'il vous a frappé, reprend la présidente. Pourtant, le "
    "médecin qui vous a examiné n'a relevé aucune trace. »\n\n"
    "« Il m'a poussé. Contre la vitrine. »"
)


def test_a_bare_paragraph_after_a_challenge_is_the_challenged_partys() -> None:
    speakers = trained_article_speakers(BODY, TITLE)
    assert speakers[-1] == "Yanis Ferrand"


def test_the_challenge_itself_stays_the_judges() -> None:
    speakers = trained_article_speakers(BODY, TITLE)
    assert speakers[-2] == "Hélène Castaing"
