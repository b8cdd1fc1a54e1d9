"""The closer look at ranked documents: highlights, entity mentions, remembered words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from tui.core.models import Article, ArticleAnalysis, Entity
from tui.core.search import conditions
from tui.core.search.index import SegmentBuilder, fold_text, tokens
from tui.core.search.match import MIN_FUZZY_LEN, fuzzy_cutoff, highlight, match_token
from tui.core.search.searcher import Searcher, SearchIndex


def _marked_word_by_word(folded: str, token: str, fuzzy: bool) -> set[int]:
    """What a token lights up, said plainly: the typed part of each word it starts,
    and the shared letters of each near word of about its length."""
    marked: set[int] = set()
    n = len(token)
    for m in re.finditer(r"[^\W_]+", folded):
        word, start = m.group(), m.start()
        if word.startswith(token):
            marked.update(range(start, start + n))
        elif (
            fuzzy
            and n >= MIN_FUZZY_LEN
            and abs(len(word) - n) <= 2
            and fuzz.ratio(token, word) >= fuzzy_cutoff(n)
        ):
            for op in Levenshtein.opcodes(token, word):
                if op.tag == "equal":
                    marked.update(range(start + op.dest_start, start + op.dest_end))
    return marked


_TEXT = "abcdeéè_ -'’.«»\n0123456789Œßİ"


@given(
    st.text(alphabet=_TEXT, max_size=60),
    st.text(alphabet="abcde0", min_size=1, max_size=7),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_highlight_marks_what_the_word_by_word_definition_marks(
    text: str, token: str, fuzzy: bool
) -> None:
    folded = fold_text(text)
    near = None if fuzzy else frozenset[str]()
    assert highlight(folded, tokens(folded), token, near) == _marked_word_by_word(
        folded, token, fuzzy
    )


@given(st.lists(st.text(alphabet=_TEXT, max_size=40), min_size=1, max_size=4), st.data())
@settings(max_examples=150, deadline=None)
def test_the_near_words_a_match_found_light_up_as_the_definition_says(
    texts: list[str], data: st.DataObject
) -> None:
    """A hit lights up the typos its token matched in the index: the same words."""
    builder = SegmentBuilder()
    for text in texts:
        builder.add("sentence", 0, 0, 0, text, text)
    segment = builder.build()
    token = data.draw(st.text(alphabet="abcde0", min_size=1, max_size=7))
    match = match_token(segment, token, prefix=True, fuzzy=True)
    for text in texts:
        folded = fold_text(text)
        assert highlight(folded, tokens(folded), token, match.near) == _marked_word_by_word(
            folded, token, True
        )


def test_highlight_lights_word_starts_and_near_words_only() -> None:
    folded = "la poutine, poutines et tartepoutine; poutne_poutine"
    got = highlight(folded, tokens(folded), "poutine")
    starts = [i for i in range(len(folded)) if folded.startswith("poutine", i)]
    assert set(range(starts[0], starts[0] + 7)) <= got  # "poutine"
    assert set(range(starts[1], starts[1] + 7)) <= got  # "poutines": the typed part
    assert starts[2] not in got  # inside "tartepoutine": no word starts there
    assert set(range(folded.index("poutne"), folded.index("poutne") + 6)) <= got  # near word
    assert folded.index("_") not in got


TEXT = "Sergueï Choïgou est venu. Plus tard, Sergueï Choïgu et le ministre · ont parlé."


def _article(aid: str, text: str = TEXT) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, title=f"Titre {aid}")


def _entity(text: str, surface: str, canonical: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(start, start + len(surface), surface, "PER", canonical)


@pytest.fixture
def index() -> SearchIndex:
    articles = [_article("a"), _article("b"), _article("c", "Rien à voir ici.")]
    analyses = {
        aid: ArticleAnalysis(
            aid,
            entities=(
                _entity(TEXT, "Choïgu", "Sergueï Choïgou"),
                _entity(TEXT, "Sergueï Choïgou", "Sergueï Choïgou"),
                _entity(TEXT, "ministre", "·"),
            ),
        )
        for aid in ("b", "a")
    }
    return SearchIndex(articles, analyses)


def test_entity_mentions_come_from_the_index_not_a_pass_over_every_entity(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first entity hit of a session must not wait for every entity of the corpus."""

    def every_entity(kinds: bytearray) -> list[int]:
        raise AssertionError("read every entity document")

    monkeypatch.setattr(conditions, "_entity_docs", every_entity)
    hits = index.search("choigou", kinds={"entity"})
    assert [h.detail for h in hits] == ["Sergueï Choïgou"]
    start = TEXT.index("Sergueï Choïgou")  # the first mention, whichever spelling ranked
    assert hits[0].mentions == (("a", start, start + 15), ("b", start, start + 15))


def test_a_name_without_words_still_lists_its_mentions(index: SearchIndex) -> None:
    hits = index.search("ministre", kinds={"entity"})
    assert [h.detail for h in hits] == ["·"]
    start = TEXT.index("ministre")
    assert hits[0].mentions == (("a", start, start + 8), ("b", start, start + 8))


def test_a_searcher_shows_new_commands_in_the_place_of_old_ones() -> None:
    """Documents are remembered by number: new commands reuse the numbers of old ones."""
    index = SearchIndex([], {}, commands=[("theme: dark", 1), ("theme: light", 2)])
    searcher = Searcher(index)
    assert [h.text for h in searcher.search("theme")] == ["theme: dark", "theme: light"]
    index.set_commands([("theme: blue", 3), ("theme: green", 4)])
    hits = searcher.search("theme")
    assert [(h.text, h.payload) for h in hits] == [("theme: blue", 3), ("theme: green", 4)]
    assert [h.positions for h in hits] == [(0, 1, 2, 3, 4)] * 2
