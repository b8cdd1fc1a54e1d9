"""Who said what and names by outlet, from hand-built articles and analyses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.overview.build import build_overview
from tui.core.overview.common import collect_quotes, outlet_of
from tui.core.overview.names_by_outlet import names_by_outlet
from tui.core.overview.who_said_what import who_said_what


def art(aid: str, source: str | None = None, date: str | None = None) -> Article:
    return Article(aid, "memory", "x" * 200, aid, source=source, date=date)


def quote(
    start: int, speaker: str | None, kind: str = "speech", text: str = "des mots dits"
) -> Quote:
    return Quote(start, start + len(text), text, speaker, kind)  # type: ignore[arg-type]


def ent(start: int, name: str, label: str = "PER") -> Entity:
    return Entity(start, start + 3, name, label, name)  # type: ignore[arg-type]


ARTICLES = [art("a", "Le Monde"), art("b", "Le Monde"), art("c", "AFP"), art("d")]
ANALYSES = {
    "a": ArticleAnalysis(
        "a",
        (ent(0, "Kim"), ent(5, "Kim")),
        (quote(0, "Kim"), quote(40, "Poutine", text="autre chose encore")),
    ),
    "b": ArticleAnalysis(
        "b", (ent(0, "Kim"), ent(9, "Séoul", "LOC")), (quote(0, "Kim", "fragment", "ailleurs"),)
    ),
    "c": ArticleAnalysis(
        "c",
        (ent(0, "Kim"),),
        (quote(0, "Kim", text="un mot"), quote(20, None), quote(50, "Kim", "other", text="titre")),
    ),
    "d": ArticleAnalysis("d", (ent(0, "Kirby"),), ()),
}


def test_speakers_by_outlet_count_attributed_words_only():
    matrix = who_said_what(collect_quotes(ARTICLES, ANALYSES), [outlet_of(a) for a in ARTICLES])
    assert matrix.outlets == ("Le Monde", "AFP", "? d")
    assert [(r.speaker, r.total, r.counts) for r in matrix.rows] == [
        ("Kim", 3, {"Le Monde": 2, "AFP": 1}),
        ("Poutine", 1, {"Le Monde": 1}),
    ]
    assert [q.article_id for q in matrix.cell("Kim", "Le Monde")] == ["a", "b"]
    assert matrix.cell("Poutine", "AFP") == ()
    assert matrix.per_outlet() == [("Le Monde", 3), ("AFP", 1), ("? d", 0)]


def test_an_unsigned_article_is_an_outlet_of_its_own():
    assert outlet_of(art("x")) == "? x"
    assert outlet_of(art("x", "  ")) == "? x"
    assert outlet_of(art("x", "AFP")) == "AFP"


def test_names_one_outlet_alone_carries_are_marked_and_filtered():
    names = names_by_outlet(ARTICLES, ANALYSES)
    rows = {r.name: r for r in names.rows}
    assert rows["Kim"].only is None and rows["Kim"].total == 4
    assert rows["Séoul"].only == "Le Monde"
    assert rows["Kirby"].only == "? d"
    assert [r.name for r in names.filtered({"LOC"})] == ["Séoul"]
    assert {r.name for r in names.filtered(only=True)} == {"Séoul", "Kirby"}


def test_one_outlet_marks_nothing_as_its_own():
    one = [art("a", "AFP"), art("b", "AFP")]
    names = names_by_outlet(one, {k: ANALYSES[k] for k in ("a", "b")})
    assert all(r.only is None for r in names.rows)


def _figures(overview):
    return (
        overview.speakers.outlets,
        [(r.speaker, r.total, r.counts) for r in overview.speakers.rows],
        [(r.name, r.total, r.counts, r.only) for r in overview.names.rows],
        sorted(len(g.articles) for g in overview.groups),
        sorted((r.article_id, r.source, r.share) for r in overview.reuse),
    )


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(ARTICLES))))
def test_the_order_of_the_articles_changes_no_figure(order):
    shuffled = [ARTICLES[k] for k in order]
    assert _figures(build_overview(shuffled, ANALYSES)) == _figures(
        build_overview(ARTICLES, ANALYSES)
    )
