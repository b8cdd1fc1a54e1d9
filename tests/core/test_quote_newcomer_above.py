"""A pronoun opening on a quotation after a paragraph that brings in one person.

« Mardi, la cour a entendu X, l'une des parties plaignantes. … ¶ « … », a-t-elle
déclaré »: X is named as an object, never as a subject, but she is the one person the
paragraph above brings in, nearer than a prosecutor quoted paragraphs before.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

TITLE = "À Lugrin, le procès de l'ancien chef d'état-major s'ouvre"
BODY = (
    "La procureure fédérale Sandrine Aeby s'appuie sur des enregistrements radio. « Les "
    "ordres n'ont pas été improvisés dans la rue », a-t-elle résumé devant la presse.\n\n"
    "L'accusé, Hector Malabo, conteste toute responsabilité.\n\n"
    "Mardi, la cour a entendu Mariama Kouyaté, l'une des douze parties plaignantes. Son "
    "frère, étudiant, a été abattu devant l'université en 2013.\n\n"
    "« J'ai attendu onze ans pour regarder cet homme en face », a-t-elle déclaré, la voix "
    "tremblante."
)


def test_she_opening_on_a_quotation_is_the_newcomer_of_the_paragraph_above() -> None:
    speakers = trained_article_speakers(BODY, TITLE)
    assert speakers == ["Sandrine Aeby", "Mariama Kouyaté"]
