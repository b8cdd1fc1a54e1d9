"""Whose words a reporting verb gives, read on hand-built parses.

The parser errs in ways a test cannot summon at will (a subject taken for the
object of the clause before it); these parses are written by hand, in spaCy's
``Doc`` shape, so the subject rules are judged alone. Sentences are invented.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from tui.core.quotes.parsed_subjects import floor_given, subject  # noqa: E402


@lru_cache(maxsize=1)
def _vocab() -> Any:
    return spacy.blank("xx").vocab


def parse(rows: list[tuple[str, int, str, str, str]]) -> Any:
    """A ``Doc`` from ``(word, head, dep, pos, morph)`` rows."""
    from spacy.tokens import Doc

    words, heads, deps, pos, morphs = (list(col) for col in zip(*rows, strict=True))
    return Doc(_vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


PAST = "VerbForm=Part|Tense=Past"


def test_the_noun_phrase_right_before_a_verb_the_parser_left_without_subject_speaks() -> None:
    # « Alors que les syndicats jugent la réforme injuste, la ministre a déclaré qu'« Q » »,
    # with « ministre » taken for a second object of « jugent ».
    doc = parse(
        [
            ("Alors", 4, "mark", "ADV", ""),
            ("que", 0, "fixed", "SCONJ", ""),
            ("les", 3, "det", "DET", ""),
            ("syndicats", 4, "nsubj", "NOUN", ""),
            ("jugent", 4, "ROOT", "VERB", "VerbForm=Fin"),
            ("la", 6, "det", "DET", ""),
            ("réforme", 4, "obj", "NOUN", ""),
            ("injuste", 6, "amod", "ADJ", ""),
            (",", 4, "punct", "PUNCT", ""),
            ("la", 10, "det", "DET", ""),
            ("ministre", 4, "obj", "NOUN", ""),
            ("a", 12, "aux:tense", "AUX", ""),
            ("déclaré", 4, "advcl", "VERB", PAST),
            ("qu'", 14, "mark", "SCONJ", ""),
            ("Q", 12, "ccomp", "NOUN", ""),
        ]
    )
    assert subject(doc[12], doc[14]).text == "ministre"


def test_a_co_ordinated_verb_still_shares_its_subject() -> None:
    # « La ministre a promis et a répété « Q » »: « et » stands before the verb.
    doc = parse(
        [
            ("La", 1, "det", "DET", ""),
            ("ministre", 3, "nsubj", "NOUN", ""),
            ("a", 3, "aux:tense", "AUX", ""),
            ("promis", 3, "ROOT", "VERB", PAST),
            ("et", 6, "cc", "CCONJ", ""),
            ("a", 6, "aux:tense", "AUX", ""),
            ("répété", 3, "conj", "VERB", PAST),
            ("Q", 6, "obj", "NOUN", ""),
        ]
    )
    assert subject(doc[6], doc[7]).text == "ministre"


def test_an_impersonal_il_is_no_subject_to_share() -> None:
    # « Pour la radio, il s'agit d'un « Q » qualifiant le plan de « Q » ».
    doc = parse(
        [
            ("Pour", 2, "case", "ADP", ""),
            ("la", 2, "det", "DET", ""),
            ("radio", 6, "obl:mod", "NOUN", ""),
            (",", 6, "punct", "PUNCT", ""),
            ("il", 6, "expl:subj", "PRON", ""),
            ("s'", 6, "expl:comp", "PRON", ""),
            ("agit", 6, "ROOT", "VERB", "VerbForm=Fin"),
            ("d'", 8, "case", "ADP", ""),
            ("Q", 6, "obl:arg", "NOUN", ""),
            ("qualifiant", 6, "advcl", "VERB", "VerbForm=Part|Tense=Pres"),
            ("le", 11, "det", "DET", ""),
            ("plan", 9, "obj", "NOUN", ""),
            ("de", 13, "case", "ADP", ""),
            ("Q", 11, "nmod", "NOUN", ""),
        ]
    )
    assert subject(doc[9], doc[13]) is None


def test_the_passive_subject_of_a_reporting_verb_is_described_not_speaking() -> None:
    # « Le maire a été qualifié de « Q » »: nobody is named as speaking.
    doc = parse(
        [
            ("Le", 1, "det", "DET", ""),
            ("maire", 4, "nsubj:pass", "NOUN", ""),
            ("a", 4, "aux:tense", "AUX", ""),
            ("été", 4, "aux:pass", "AUX", ""),
            ("qualifié", 4, "ROOT", "VERB", PAST),
            ("de", 6, "case", "ADP", ""),
            ("Q", 4, "obl:arg", "NOUN", ""),
        ]
    )
    assert subject(doc[4], doc[6]) is None


def test_a_cleft_hands_the_floor_to_its_focus() -> None:
    # « C'est la ministre qui a conclu : « Q » ».
    doc = parse(
        [
            ("C'", 3, "expl:subj", "PRON", ""),
            ("est", 3, "cop", "AUX", ""),
            ("la", 3, "det", "DET", ""),
            ("ministre", 3, "ROOT", "NOUN", ""),
            ("qui", 6, "nsubj", "PRON", ""),
            ("a", 6, "aux:tense", "AUX", ""),
            ("conclu", 3, "acl:relcl", "VERB", PAST),
            (":", 3, "punct", "PUNCT", ""),
            ("«", 9, "punct", "PUNCT", ""),
            ("Q", 3, "punct", "NOUN", ""),
            ("»", 9, "punct", "PUNCT", ""),
        ]
    )
    assert floor_given(doc[9]).text == "ministre"


def test_only_etre_makes_a_reporting_verb_passive() -> None:
    # « C'est la ministre qui a conclu : « Q » », the parser taking « a » for a passive
    # auxiliary: without « être » the relative is active, and the cleft hands the floor.
    doc = parse(
        [
            ("C'", 3, "expl:subj", "PRON", ""),
            ("est", 3, "cop", "AUX", ""),
            ("la", 3, "det", "DET", ""),
            ("ministre", 3, "ROOT", "NOUN", ""),
            ("qui", 6, "nsubj:pass", "PRON", ""),
            ("a", 6, "aux:pass", "AUX", ""),
            ("conclu", 3, "acl:relcl", "VERB", PAST),
            (":", 3, "punct", "PUNCT", ""),
            ("Q", 3, "punct", "NOUN", ""),
        ]
    )
    assert floor_given(doc[8]).text == "ministre"
