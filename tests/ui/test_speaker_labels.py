"""Speaker labels in the article pane, from hand-built quotes (one test runs the
analysis: a quotation inside another gets its own label).

A label ends the line where its quote ends, sits on that row when it fits and whole
on the row below otherwise; it never comes between two words of the text, and quotes
that end at one place get labels naming their first words.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.app import App, ComposeResult

from tui.core.analysis.pipeline import analyze_article
from tui.core.models import Article, Quote
from tui.ui.article_layers import speaker_labels
from tui.ui.widgets.article_body import ArticleBody
from tui.ui.wrap import break_after, layout_lines, pack_labels


class BodyApp(App[None]):
    """Only the article pane, so each test controls the width exactly."""

    def compose(self) -> ComposeResult:
        yield ArticleBody()


def quote(text: str, words: str, speaker: str | None, kind: str = "speech") -> Quote:
    start = text.index(words)
    return Quote(start, start + len(words), words, speaker, kind)  # type: ignore[arg-type]


async def rows_of(text: str, quotes: list[Quote], width: int) -> tuple[list[str], list[str]]:
    """The pane's rows (text and labels, as ``visible_text`` gives them) and its labels.

    The body's measure is its width less the scrollbar gutter and one cell.
    """
    app = BodyApp()
    async with app.run_test(size=(width + 3, 40)) as pilot:
        body = app.query_one(ArticleBody)
        article = Article(id="a", path="memory", text=text, title="t")
        body.show(article, [], speaker_labels(text, quotes))
        await pilot.pause()
        return body.visible_text().splitlines(), body.label_rows()


async def test_a_label_never_comes_between_two_words_of_a_name():
    text = "« Nous gagnerons la guerre », a déclaré Vladimir Poutine devant la presse."
    quotes = [quote(text, "Nous gagnerons la guerre", "Vladimir Poutine")]
    # At 50 cells the quote, "a déclaré" and "Vladimir" would share the first line.
    rows, labels = await rows_of(text, quotes, 50)
    assert labels == ["— Vladimir Poutine"]
    assert rows[0] == "« Nous gagnerons la guerre », — Vladimir Poutine"
    assert rows[1].startswith("a déclaré Vladimir Poutine")


async def test_a_label_too_long_for_the_rest_of_the_line_moves_whole_below():
    text = "Il a parlé d’une « victoire complète et durable », puis il est parti."
    name = "Jean-Christophe de La Rochefoucauld"
    rows, labels = await rows_of(text, [quote(text, "victoire complète et durable", name)], 60)
    assert rows[0] == "Il a parlé d’une « victoire complète et durable »,"
    assert rows[1] == f"— {name}"
    assert rows[2] == "puis il est parti."
    assert labels == [f"— {name}"]


async def test_two_quotes_in_one_sentence_each_get_their_own_row_in_order():
    text = "« Oui », dit Kim, puis « grande victoire », répond Poutine."
    quotes = [
        quote(text, "Oui", "Kim Jong-un"),
        quote(text, "grande victoire", "Vladimir Poutine", "fragment"),
    ]
    rows, labels = await rows_of(text, quotes, 70)  # the text alone fits one line
    assert labels == ["— Kim Jong-un", "— Vladimir Poutine (fragment)"]
    assert rows == [
        "« Oui », — Kim Jong-un",
        "dit Kim, puis « grande victoire », — Vladimir Poutine (fragment)",
        "répond Poutine.",
    ]


async def test_quotes_ending_at_one_place_name_their_first_words():
    text = "“He said ‘no deal at all’,” Kim told reporters."
    quotes = [
        quote(text, "He said ‘no deal at all’,", "Kim Jong-un"),
        quote(text, "no deal at all", "Donald Trump", "fragment"),
    ]
    rows, labels = await rows_of(text, quotes, 45)
    assert labels == ["“He said ‘no…” — Kim Jong-un", "‘no deal at…’ — Donald Trump (fragment)"]
    assert rows[:3] == ["“He said ‘no deal at all’,”", *labels]


async def test_a_paragraph_of_a_running_quotation_keeps_its_label_in_its_paragraph():
    text = '"We held the ropes. Then a wave came.\n\n"I called his name until I had no voice."'
    quotes = [
        quote(text, "We held the ropes. Then a wave came.", "Oren Vell"),
        quote(text, "I called his name until I had no voice.", "Oren Vell"),
    ]
    rows, labels = await rows_of(text, quotes, 70)
    assert labels == ["— Oren Vell", "— Oren Vell"]
    assert rows[0] == '"We held the ropes. Then a wave came. — Oren Vell'
    assert rows[2] == '"I called his name until I had no voice." — Oren Vell'


def test_labels_pack_whole_into_rows():
    labels = ["— Kim Jong-un", "— Vladimir Poutine", "— A name far longer than any row"]
    rows = pack_labels(labels, 24)
    assert [[words for _, words in row] for row in rows] == [
        ["— Kim Jong-un"],
        ["— Vladimir Poutine"],
        ["— A name far longer than"],
        ["any row"],
    ]


@given(
    st.text(alphabet=st.sampled_from("ab »«,\u00a0"), max_size=80),
    st.integers(1, 30),
    st.data(),
)
def test_forced_breaks_end_lines_and_keep_every_char(text, width, data):
    anchors = [i for i, char in enumerate(text) if not char.isspace()]
    chosen = data.draw(st.lists(st.sampled_from(anchors), max_size=4)) if anchors else []
    breaks = sorted({break_after(text, anchor) for anchor in chosen})
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    lines = [
        line
        for batch in layout_lines(
            text, [(lead, lead + len(body))], [], width, show_furniture=True, breaks=breaks
        )
        for line in batch
    ]
    joined = "".join(text[s:e] for s, e, _ in lines)
    assert "".join(joined.split()) == "".join(body.split())
    ends = {e for _, e, _ in lines}
    assert all(b in ends for b in breaks if lead < b < lead + len(body))


async def test_a_quotation_inside_another_gets_its_own_label_in_the_reader():
    """The whole pipeline, then the pane: the inner words are labelled with whom the
    speaker quotes, the outer quote with the speaker."""
    text = (
        "Grève\n\n« Le directeur, Marc Olivier, nous a dit : “Personne ne restera sur le "
        "carreau.” Trois mois plus tard, on ferme », raconte Nadia Berthier.\n"
    )
    article = Article(id="a", path="a.txt", title="Grève", text=text, language="fr")
    quotes = analyze_article(article).quotes
    rows, labels = await rows_of(text, list(quotes), 110)
    assert labels == ["— Marc Olivier", "— Nadia Berthier"]
    inner = next(row for row in rows if "carreau" in row)
    assert inner.endswith("— Marc Olivier")
