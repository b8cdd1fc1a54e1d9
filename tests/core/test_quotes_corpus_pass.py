"""The corpus pass that reads spokesperson quotes again never undoes a named speaker.

An article quoting a body (« a déclaré le Kremlin ») is read again with the role
links of the whole corpus, so « le porte-parole du Kremlin » can take the name
another article gives it. A quotation the engine already gave to a person (the
French parse may read a sentence differently from the rules) keeps that person.
Texts and names are invented for the test.
"""

from __future__ import annotations

from tui.core.analysis.pipeline import merge_corpus
from tui.core.models import Article, ArticleAnalysis, Entity, Quote


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, title=aid, language="fr")


def _entity(text: str, name: str, label: str) -> Entity:
    start = text.index(name)
    return Entity(start, start + len(name), name, label, name)  # type: ignore[arg-type]


def _quote(text: str, words: str, speaker: str | None) -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, speaker, "speech")


def _spokesperson_named() -> tuple[Article, ArticleAnalysis]:
    """Article "a": it names the Veltrak's spokesperson, Hugo Varenne."""
    text = "Le porte-parole du Veltrak, Hugo Varenne, a parlé lundi."
    analysis = ArticleAnalysis(
        "a",
        (_entity(text, "Veltrak", "ORG"), _entity(text, "Hugo Varenne", "PER")),
        (),
        (("porte-parole du Veltrak", "Hugo Varenne"),),
    )
    return _article("a", text), analysis


def test_a_person_the_engine_named_keeps_the_quotation() -> None:
    a, a_analysis = _spokesperson_named()
    b_text = (
        "« Nous verrons », a déclaré le Veltrak.\n"
        "« Rien ne change », a dit le porte-parole du Veltrak, face à Paul Durand."
    )
    b = _article("b", b_text)
    b_analysis = ArticleAnalysis(
        "b",
        (
            _entity(b_text, "Veltrak", "ORG"),
            _entity(b_text, "Paul Durand", "PER"),
        ),
        (
            _quote(b_text, "Nous verrons", "Veltrak"),
            _quote(b_text, "Rien ne change", "Paul Durand"),
        ),
        (),
    )
    merged = merge_corpus([a_analysis, b_analysis], [a, b])
    assert [q.speaker for q in merged.articles["b"].quotes][1] == "Paul Durand"


def test_a_body_s_quotation_still_takes_its_spokesperson() -> None:
    a, a_analysis = _spokesperson_named()
    b_text = "« Rien ne change », a dit le porte-parole du Veltrak."
    b = _article("b", b_text)
    b_analysis = ArticleAnalysis(
        "b",
        (_entity(b_text, "Veltrak", "ORG"),),
        (_quote(b_text, "Rien ne change", "Veltrak"),),
        (),
    )
    merged = merge_corpus([a_analysis, b_analysis], [a, b])
    assert [q.speaker for q in merged.articles["b"].quotes] == ["Hugo Varenne"]
