"""A description opening a sentence after a linking word ("Still, the grandmother
stays calm.", « Mais le maire reste serein. ») is the subject a pronoun just after it
re-describes, before a relative named in passing.

Invented people and places.
"""

from __future__ import annotations

from pipeline_quotes import article_quotes, trained_article_speakers

STORY = (
    "A pensioner has vowed to fight an order to cut down her garden wall mural.\n\n"
    "Edna Pullman, 81, painted the mural with her late husband in 1979. Mrs Pullman "
    "says the council never complained before. \u201cIt has been there for forty "
    "years,\u201d Mrs Pullman said.\n\n"
    "Her granddaughter Lucy Carver, 27, said the row had worn her out. \u201cShe hardly "
    "sleeps,\u201d she said.\n\n"
    "The council says she can appeal, and she has filled in the forms with Lucy\u2019s "
    "help.\n\n"
)


def test_a_described_subject_after_still_is_the_pronoun_after_it() -> None:
    body = STORY + (
        "Still, the grandmother stays calm. Asked about the council\u2019s letter, she "
        "smiled: \u201cThey can send a crane.\u201d"
    )
    quotes = article_quotes(body, title="Gran vows to save her mural")
    assert quotes[-1].speaker == "Edna Pullman"


def test_a_french_description_after_mais_is_the_pronoun_after_it() -> None:
    body = (
        "Le maire de Plouvien, Hervé Le Bihan, a présenté le budget lundi soir. "
        "L'opposition a voté contre.\n\n"
        "« C'est un budget de renoncement », a lancé Youenn Cadiou, élu d'opposition.\n\n"
        "Mais le maire reste serein. « Nous tiendrons nos engagements », assure-t-il."
    )
    assert trained_article_speakers(body, "Plouvien vote son budget")[-1] == "Hervé Le Bihan"


def test_a_defendant_shaking_his_head_is_the_il_who_answers() -> None:
    body = (
        "Lundi, Gilles Tavernier, 58 ans, comparaît devant le tribunal correctionnel de "
        "Lyon pour escroquerie.\n\n"
        "Mardi, les anciens clients se sont succédé à la barre. Karim, 34 ans, a perdu ses "
        "économies. « Il me disait que tout était garanti. »\n\n"
        "Le prévenu secoue la tête. Il conteste tout : « Je n'ai jamais promis ça. »"
    )
    assert trained_article_speakers(body, "Procès à Lyon") == ["Karim", "Gilles Tavernier"]
