"""After a reload, the overview updated from the previous basis equals a full rebuild,
and only the changed articles are read again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.overview.basis import digests_of, update_basis
from tui.core.overview.build import build_overview
from tui.core.overview.schema import to_json

SPEAKERS = ["Kim Jong-un", "Vladimir Poutine", "Dmitri Peskov"]
WORDS = "grande victoire nous serons toujours avec la Russie coopération militaire".split()
NAMES = [("Kim", "PER"), ("Russie", "LOC"), ("Kremlin", "ORG"), ("Pyongyang", "LOC")]

QUOTE = st.tuples(
    st.sampled_from(SPEAKERS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)
)
ARTICLE = st.tuples(
    st.lists(QUOTE, max_size=3),
    st.lists(st.sampled_from(range(len(NAMES))), max_size=4),
    st.sampled_from(["AFP", "Le Monde", "", "Reuters"]),
    st.sampled_from([None, "2023-09-12", "2023-09-13"]),
)


def make(k: int, drawn) -> tuple[Article, ArticleAnalysis]:
    """An article whose text holds its quotes and names at known offsets."""
    quotes_drawn, names_drawn, source, date = drawn
    text, quotes, entities = f"Article {k}.", [], []
    for name_index in names_drawn:
        name, label = NAMES[name_index]
        text += " "
        entities.append(Entity(len(text), len(text) + len(name), name, label, name))
        text += name + "."
    for speaker, ws in quotes_drawn:
        words = " ".join(ws)
        text += " « "
        quotes.append(Quote(len(text), len(text) + len(words), words, speaker, "speech"))
        text += words + " », dit-il."
    aid = f"a{k}"
    article = Article(aid, "memory", text, f"Titre {k}", source=source or None, date=date)
    return article, ArticleAnalysis(aid, tuple(entities), tuple(quotes))


def corpus(drawn):
    pairs = [make(k, d) for k, d in drawn]
    return [a for a, _ in pairs], {a.id: an for a, an in pairs}


EDIT = st.tuples(st.sampled_from(["change", "add", "remove"]), st.integers(0, 20), ARTICLE)


@settings(max_examples=60, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=7), st.lists(EDIT, min_size=1, max_size=3))
def test_an_updated_overview_equals_a_full_rebuild(first, edits):
    drawn = list(enumerate(first))
    articles, analyses = corpus(drawn)
    before = build_overview(articles, analyses).basis.get()
    for what, at, new in edits:
        if what == "add":
            drawn.insert(at % (len(drawn) + 1), (100 + at + len(drawn), new))
        elif what == "remove" and len(drawn) > 1:
            drawn.pop(at % len(drawn))
        elif drawn:
            k = at % len(drawn)
            drawn[k] = (drawn[k][0], new)
    articles, analyses = corpus(drawn)
    updated = build_overview(articles, analyses, previous=before)
    assert to_json(updated) == to_json(build_overview(articles, analyses))


def test_only_the_changed_article_is_read_again():
    drawn = [
        (k, ([("Kim Jong-un", ["grande", "victoire", "militaire"])], [0, 1], "AFP", None))
        for k in range(5)
    ]
    articles, analyses = corpus(drawn)
    before, read = update_basis(None, articles, analyses, digests_of(articles, analyses))
    assert read == 5
    drawn[2] = (2, ([("Dmitri Peskov", ["nous", "serons", "toujours"])], [2], "AFP", None))
    articles, analyses = corpus(drawn)
    after, read = update_basis(before, articles, analyses, digests_of(articles, analyses))
    assert read == 1
    assert after.quotes[0] is before.quotes[0]  # an unchanged article's quotes are kept
