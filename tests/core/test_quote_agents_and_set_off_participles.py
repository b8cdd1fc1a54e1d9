"""Two readings of who acts through a verb the sentence keeps away from its subject.

A passive reporting verb's agent (« annoncée par les syndicats de X ») is the one who
reported, so a plural pronoun after it stands for them. A past participle set off by
commas after a noun (« Le maire, invité à la préfecture, appelle … ») leaves the noun
the subject of the verb after the commas, though the parser may hang that verb on the
participle.

Invented places, bodies and people.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers

_STRIKE = (
    "La grève a été annoncée par les syndicats de Transalp dans un communiqué publié "
    "mardi. Le texte circule depuis dans les dépôts.\n\n"
    "« Nous ne céderons pas », ont-ils écrit."
)


def test_a_plural_pronoun_stands_for_the_agent_of_a_passive_report() -> None:
    assert trained_article_speakers(_STRIKE, title="Grève chez Transalp") == ["Transalp"]


def test_a_noun_set_off_before_a_participle_calls_through_the_verb_after_it() -> None:
    body = (
        "Le maire de Vannes Paul Morvan a annoncé son retour de Lisbonne.\n\n"
        "Le maire de Vannes, invité à la préfecture, appelle tout le monde à « venir "
        "nombreux »."
    )
    assert trained_article_speakers(body, title="Vannes attend ses habitants") == ["Paul Morvan"]
