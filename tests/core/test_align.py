"""Sentence alignment: reordering, paraphrase, split sentences, unrelated texts, diffs."""

from __future__ import annotations

import pytest

from tui.core.compare.align import align_sentences, word_diff
from tui.core.models import Span
from tui.core.text import split_sentences

LEFT = (
    "Le ministre Jean Dupont a inauguré mardi le nouveau pont de Valence. "
    "L'ouvrage a coûté 42 millions d'euros selon la préfecture. "
    "Les travaux avaient commencé en 2019 après un long débat municipal. "
    "Des riverains dénoncent « un gouffre financier » pour la commune."
)
# Same facts, other order, other wording in places.
RIGHT = (
    "Selon la préfecture, le chantier aura coûté 42 millions d'euros au total. "
    "Plusieurs riverains ont dénoncé « un gouffre financier » pour la commune. "
    "Jean Dupont, ministre des Transports, a inauguré le pont de Valence mardi. "
    "La météo était clémente pour la cérémonie."
)
UNRELATED = (
    "La sélection nationale de handball a battu la Norvège en finale dimanche soir. "
    "Le gardien a réalisé dix-huit arrêts décisifs devant un public conquis. "
    "L'entraîneur a salué l'esprit collectif de son équipe après la rencontre."
)


def _index(text: str) -> dict[Span, int]:
    return {s: k for k, s in enumerate(split_sentences(text))}


def _pairs(left: str, right: str, **kw) -> set[tuple[int, int]]:
    result = align_sentences(left, right, **kw)
    li, ri = _index(left), _index(right)
    return {(li[p.left], ri[p.right]) for p in result.pairs}


def test_reordered_paraphrases_pair_up() -> None:
    assert _pairs(LEFT, RIGHT) == {(0, 2), (1, 0), (3, 1)}


def test_unpaired_sentences_are_reported_on_their_side() -> None:
    result = align_sentences(LEFT, RIGHT)
    assert [LEFT[s.start : s.end][:14] for s in result.only_left] == ["Les travaux av"]
    assert [RIGHT[s.start : s.end][:14] for s in result.only_right] == ["La météo était"]


def test_every_sentence_is_either_paired_or_unique() -> None:
    result = align_sentences(LEFT, RIGHT)
    paired_left = {p.left for p in result.pairs}
    assert paired_left.isdisjoint(result.only_left)
    assert paired_left | set(result.only_left) == set(result.left_sentences)
    paired_right = {p.right for p in result.pairs}
    assert paired_right | set(result.only_right) == set(result.right_sentences)


def test_unrelated_texts_get_no_pairs_and_low_similarity() -> None:
    result = align_sentences(LEFT, UNRELATED)
    assert result.pairs == ()
    assert result.similarity < 0.05


def test_identical_texts_pair_in_order_with_full_similarity() -> None:
    result = align_sentences(LEFT, LEFT)
    assert [(p.left, p.right) for p in result.pairs] == [(s, s) for s in result.left_sentences]
    assert all(p.score == pytest.approx(1.0) for p in result.pairs)
    assert result.similarity == pytest.approx(1.0)


def test_a_sentence_split_in_two_pairs_with_both_halves() -> None:
    whole = (
        "Le président a offert au visiteur un sabre ancien forgé à Tolède "
        "et une montre suisse en or massif gravée à son nom."
    )
    halves = (
        "Il a offert au visiteur un sabre ancien forgé à Tolède. "
        "Il lui a aussi remis une montre suisse en or massif gravée à son nom."
    )
    assert _pairs(whole, halves) == {(0, 0), (0, 1)}


def test_short_headings_do_not_attach_to_long_sentences() -> None:
    left = (
        "Cosmonaute nord-coréen\nMoscou propose d'envoyer un cosmonaute nord-coréen dans l'espace."
    )
    right = "Moscou a proposé d'envoyer un cosmonaute nord-coréen dans l'espace, selon les agences."
    assert _pairs(left, right) == {(1, 0)}


def test_names_and_numbers_outweigh_common_words() -> None:
    left = "Le sommet de Genève réunira 27 ministres le mois prochain."
    right = (
        "La réunion aura lieu le mois prochain dans une ambiance tendue. "
        "À Genève, 27 ministres sont attendus au sommet."
    )
    assert _pairs(left, right) == {(0, 1)}


@pytest.mark.parametrize("text", ["", "   ", "...", "«»"])
def test_empty_or_wordless_texts_align_to_nothing(text: str) -> None:
    result = align_sentences(text, LEFT)
    assert result.pairs == ()
    assert result.similarity == 0.0


def test_word_diff_marks_changes_with_offsets_on_each_side() -> None:
    left = "Intro. Le chef a offert une carabine russe."
    right = "Le chef a OFFERT une carabine fabriquée en Corée."
    ls, rs = split_sentences(left)[1], split_sentences(right)[0]
    ops = word_diff(left, ls, right, rs)
    changed = [
        (op.tag, left[op.left.start : op.left.end], right[op.right.start : op.right.end])
        for op in ops
        if op.tag != "equal"
    ]
    assert changed == [("replace", "russe", "fabriquée en Corée")]
    equal = [left[op.left.start : op.left.end] for op in ops if op.tag == "equal"]
    assert equal[0] == "Le chef a offert une carabine"


def test_word_diff_insertions_are_empty_on_the_other_side() -> None:
    left, right = "Il part demain.", "Il part pour Rome demain."
    ops = word_diff(left, Span(0, len(left)), right, Span(0, len(right)))
    inserts = [op for op in ops if op.tag == "insert"]
    assert len(inserts) == 1
    assert inserts[0].left.start == inserts[0].left.end == left.index("demain")
    assert right[inserts[0].right.start : inserts[0].right.end] == "pour Rome"
