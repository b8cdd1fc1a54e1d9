"""A description opening the sentence before a pronoun's quotation is its speaker even
when its verb is no verb of saying (« la romancière reste prudente », « Le maire, lui,
attend surtout « … » »): the description stands for the person the article introduced
with that role, never for the last person quoted.

Invented people; the trained engine reads each article whole.
"""

from __future__ import annotations

from pipeline_quotes import trained_article_speakers


def test_a_description_with_a_stance_verb_leads_the_pronoun_to_its_holder() -> None:
    body = (
        "Marie Roc, romancière du Nord, a reçu jeudi le prix du roman. La ministre de la "
        "Culture, Anne Dupont, qui remettait le prix, y a vu « un signal formidable ». "
        "« Une autrice de Charleroi : c'est ce que nous voulons », a-t-elle souligné.\n\n"
        "Quant à la suite, la romancière reste prudente. « On verra bien », plaisante-t-elle."
    )
    assert trained_article_speakers(body, "Culture") == ["Anne Dupont", "Anne Dupont", "Marie Roc"]


def test_a_subject_repeated_by_lui_is_no_opening_circumstance() -> None:
    body = (
        "Le maire, Jean Roc, a fait appel à une entreprise. « On ramasse 150 tonnes par "
        "jour », soupire l'édile.\n\n"
        "La préfecture, de son côté, promet « des contrôles renforcés ». Le maire, lui, "
        "attend surtout « des actes ». « Les réunions, on en a eu des dizaines. »"
    )
    assert trained_article_speakers(body, "Culture")[2:] == ["Jean Roc", "Jean Roc"]
