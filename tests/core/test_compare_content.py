"""What a comparison counts as content: real shared words, not furniture, not terms."""

from __future__ import annotations

import pytest

from tui.core.analysis.pipeline import analyze_article, analyze_corpus
from tui.core.compare.align import align_sentences
from tui.core.compare.quotes import as_terms
from tui.core.compare.summary import compare_articles
from tui.core.corpus.loader import build_article
from tui.core.models import Article, Quote
from tui.paths import bundled_seeds_dir


def _article(aid: str, text: str) -> Article:
    return build_article(id=aid, path=f"{aid}.txt", text=text, meta={"title": aid})


def _seed(prefix: str) -> Article:
    path = next(bundled_seeds_dir().glob(f"{prefix}_*.txt"))
    return _article(path.stem, path.read_text(encoding="utf-8"))


def _said(text: str, spans) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# --- weak pairs ------------------------------------------------------------------------


def test_names_and_a_reporting_verb_do_not_make_a_pair() -> None:
    left = (
        "Selon le porte-parole du Kremlin, Dmitri Peskov, la rencontre a été fructueuse.\n"
        "Le sommet a porté sur les livraisons de blé."
    )
    right = (
        "Dmitri Peskov, porte-parole du Kremlin, a déclaré que les sanctions restaient injustes.\n"
        "Le sommet a surtout porté sur les livraisons de blé et d'engrais."
    )
    al = align_sentences(left, right)
    pairs = {
        (left[p.left.start : p.left.end], right[p.right.start : p.right.end]) for p in al.pairs
    }
    assert pairs == {
        (
            "Le sommet a porté sur les livraisons de blé.",
            "Le sommet a surtout porté sur les livraisons de blé et d'engrais.",
        )
    }


@pytest.mark.parametrize(
    ("left", "right", "left_words", "right_words"),
    [
        # KCNA's announcement against a quote that ends « …, a déclaré Vladimir Poutine ».
        ("000", "003", "KCNA a annoncé", "Ils tentent de développer leur programme spatial"),
        # Peskov named on both sides, about different things.
        ("001", "002", "« sujets sensibles »", "il a reçu une carabine fabriquée"),
        ("000", "004", "Vladimir Poutine lui a offert", "visite réciproque"),
    ],
)
def test_seed_sentences_sharing_only_names_are_not_paired(
    left: str, right: str, left_words: str, right_words: str
) -> None:
    a, b = _seed(left), _seed(right)
    c = compare_articles(a, b)
    for p in c.pairs:
        assert not (
            left_words in a.text[p.left.start : p.left.end]
            and right_words in b.text[p.right.start : p.right.end]
        )


# --- furniture and signatures ----------------------------------------------------------

FURNITURE = "5 minutes\nLire aussi : Kim Jong-un et Poutine au cosmodrome\n"
SIGNATURE = "Avec l'AFP\nFrance 24 Europe\n"


def test_furniture_and_signature_lines_take_no_part_in_a_comparison() -> None:
    left = _article(
        "a",
        f"Le train blindé est arrivé à Vostotchny mercredi matin.\n{FURNITURE}"
        f"La délégation a visité le pas de tir.\n{SIGNATURE}",
    )
    right = _article(
        "b",
        f"{FURNITURE}Les pêcheurs bretons manifestent contre les quotas.\n{SIGNATURE}",
    )
    c = compare_articles(left, right)
    shown = _said(left.text, c.alignment.left_sentences) + _said(
        right.text, c.alignment.right_sentences
    )
    assert shown == [
        "Le train blindé est arrivé à Vostotchny mercredi matin.",
        "La délégation a visité le pas de tir.",
        "Les pêcheurs bretons manifestent contre les quotas.",
    ]
    assert c.pairs == ()
    assert c.verbatim_left == c.verbatim_right == 0.0


def test_names_on_signature_lines_are_not_entities() -> None:
    article = _article(
        "a", "Emmanuel Macron a reçu Olaf Scholz à l'Élysée.\nAvec l'AFP\nFrance 24 Europe\n"
    )
    names = {e.canonical for e in analyze_article(article).entities}
    assert "Emmanuel Macron" in names
    assert not names & {"AFP", "France 24", "France 24 Europe", "Europe"}


# --- quoted terms ----------------------------------------------------------------------

WIRE = (
    "Les « gilets jaunes » manifestent à Paris\n"
    "Des milliers de « gilets jaunes » ont défilé samedi à Paris, a indiqué la préfecture.\n"
    "« Nous ne lâcherons rien », a déclaré Jérôme Rodrigues, une figure des « gilets jaunes ».\n"
    "Christophe Castaner a dénoncé les violences. Les « gilets jaunes » avaient prévu de se "
    "rassembler sur les Champs-Elysées.\n"
    "Selon Jérôme Rodrigues, le mouvement des « gilets jaunes » continuera.\n"
    "Avec l'AFP\n"
)


def test_a_repeated_quoted_term_is_one_unattributed_line_with_a_count() -> None:
    left = _article("a", WIRE)
    right = _article("b", WIRE.replace("Des milliers", "Plusieurs milliers"))
    analysis = analyze_corpus([left, right]).articles
    c = compare_articles(left, right, analysis["a"], analysis["b"])
    lines = {(s.left.text, s.speaker, s.count) for s in c.shared_quotes}
    assert lines == {
        ("gilets jaunes", None, 5),
        ("Nous ne lâcherons rien", "Jérôme Rodrigues", 1),
    }
    assert c.only_left_quotes == c.only_right_quotes == ()


def _quotes(text: str, *said: tuple[str, str | None]) -> list[Quote]:
    found, pos = [], 0
    for words, speaker in said:
        start = text.index(words, pos)
        found.append(Quote(start, start + len(words), words, speaker, "fragment"))
        pos = start + len(words)
    return found


@pytest.mark.parametrize(
    ("speakers", "term"),
    [
        (("la préfecture", "Jérôme Rodrigues"), True),
        (("Vladimir Poutine", None), False),
        (("Poutine", "Vladimir Poutine"), False),
    ],
)
def test_short_words_given_to_several_people_are_a_term(
    speakers: tuple[str | None, str | None], term: bool
) -> None:
    text = "des « gilets jaunes » puis d'autres « gilets jaunes » encore"
    quotes = _quotes(text, ("gilets jaunes", speakers[0]), ("gilets jaunes", speakers[1]))
    marked = as_terms(quotes)
    if term:
        assert [(q.speaker, q.kind) for q in marked] == [(None, "other")] * 2
    else:
        assert marked == tuple(quotes)
