"""Shared text and reuse: sentences carried by other articles, the reference's share."""

from __future__ import annotations

from tui.core.models import Article, ArticleAnalysis, Entity
from tui.core.overview.shared_text import related_articles, reuse, shared_text

WIRE = (
    "Le sommet de Vladivostok a réuni mercredi les deux dirigeants pendant plus de quatre heures.\n"
    "Les discussions ont porté sur la coopération militaire et spatiale entre les deux pays.\n"
    "Aucun accord écrit n'a été signé à l'issue de la rencontre selon les deux délégations."
)
COPY = (
    "Le sommet de Vladivostok a réuni mercredi les deux dirigeants pendant plus de quatre heures.\n"
    "Un dîner officiel a suivi dans la soirée en présence de nombreux invités étrangers.\n"
    "Aucun accord écrit n'a été signé à l'issue de la rencontre selon les deux délégations."
)
OTHER = (
    "La saison des pluies a commencé plus tôt que prévu dans le sud du pays.\n"
    "Les agriculteurs craignent pour les récoltes de riz et de maïs cette année."
)


def art(aid: str, text: str) -> Article:
    return Article(aid, "memory", text, aid)


def test_sentences_are_shaded_by_the_articles_that_carry_them():
    copy = art("copy", COPY)
    shared = shared_text(copy, [art("wire", WIRE), art("other", OTHER)])
    carriers = [s.carriers for s in shared.sentences]
    assert carriers == [("wire",), (), ("wire",)]
    assert shared.reference == "wire"
    assert 0.5 < shared.reference_share < 1.0
    assert dict(shared.shares)["other"] == 0.0
    assert 0.5 < shared.carried_share < 1.0


def test_a_chosen_reference_gives_its_own_share():
    shared = shared_text(
        art("copy", COPY), [art("wire", WIRE), art("other", OTHER)], reference="other"
    )
    assert shared.reference == "other" and shared.reference_share == 0.0


def test_reuse_finds_the_source_through_shared_word_runs():
    figures = {
        r.article_id: r for r in reuse([art("wire", WIRE), art("copy", COPY), art("other", OTHER)])
    }
    assert figures["copy"].source == "wire" and figures["copy"].share > 0.5
    assert figures["wire"].source == "copy"
    assert figures["other"].source is None and figures["other"].share == 0.0


def test_related_articles_share_rare_names():
    articles = [art("a", WIRE), art("b", COPY), art("c", OTHER)]
    analyses = {
        "a": ArticleAnalysis("a", (Entity(0, 3, "Vladivostok", "LOC", "Vladivostok"),)),
        "b": ArticleAnalysis("b", (Entity(0, 3, "Vladivostok", "LOC", "Vladivostok"),)),
        "c": ArticleAnalysis("c", (Entity(0, 3, "Asie", "LOC", "Asie"),)),
    }
    assert related_articles("a", articles, analyses) == ["b"]
