"""The comparison record, its JSON form, its layout and its Markdown/HTML exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.compare.export import PLAIN_PALETTE, render_html, render_markdown
from tui.core.compare.quotes import group_shared
from tui.core.compare.summary import (
    compare_articles,
    compare_entities,
    layout_rows,
    match_quotes,
    to_json,
    verbatim_share,
)
from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.text import split_sentences

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
WINER = REPO.parent / "shared" / "devsets" / "winer-fr-2016"


def _article(aid: str, text: str, title: str | None = None) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text, title=title or aid)


def _quote(text: str, body: str, speaker: str | None, kind: str = "fragment") -> Quote:
    start = text.index(body)
    return Quote(start, start + len(body), body, speaker, kind)  # type: ignore[arg-type]


def _entity(text: str, surface: str, canonical: str, label: str = "PER") -> Entity:
    start = text.index(surface)
    return Entity(start, start + len(surface), surface, label, canonical)  # type: ignore[arg-type]


def _seed(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return _article(path.stem, path.read_text(encoding="utf-8"))


# --- verbatim share --------------------------------------------------------------------


def test_verbatim_share_counts_words_inside_long_shared_runs() -> None:
    copied = "les deux dirigeants ont signé un accord de coopération militaire à Moscou"
    left = f"Selon l'agence, {copied}. Rien d'autre."
    right = f"Hier soir {copied}."
    vl, vr = verbatim_share(left, right, n=6)
    assert vl == pytest.approx(12 / 16, abs=0.01)
    assert vr == pytest.approx(12 / 14, abs=0.01)


def test_verbatim_share_ignores_case_accents_and_short_common_phrases() -> None:
    assert verbatim_share("ÉTATS-UNIS et Corée du Nord", "Etats-Unis et Corée du Nord", n=4) == (
        1.0,
        1.0,
    )
    assert verbatim_share("Le président a dit non.", "Le président a dit oui.", n=6) == (0.0, 0.0)


def test_verbatim_share_of_empty_text_is_zero() -> None:
    assert verbatim_share("", "quelque chose") == (0.0, 0.0)


# --- quotes ----------------------------------------------------------------------------

LQ = "Kim a promis une « grande victoire » et parlé d'« amitié ». On lit « rien de neuf »."
RQ = "Pour Kim, ce sera une « grande victoire ». Peskov évoque l'« amitié ». « rien de neuf »."


def test_same_speaker_same_words_is_a_shared_quote() -> None:
    left = [_quote(LQ, "grande victoire", "Kim Jong-un")]
    right = [_quote(RQ, "grande victoire", "Kim Jong-un")]
    shared, only_l, only_r = match_quotes(left, right)
    assert [(s.left.text, s.right.text, s.speaker) for s in shared] == [
        ("grande victoire", "grande victoire", "Kim Jong-un")
    ]
    assert only_l == only_r == ()


def test_same_words_from_different_speakers_are_not_shared() -> None:
    left = [_quote(LQ, "amitié", "Kim Jong-un")]
    right = [_quote(RQ, "amitié", "Dmitri Peskov")]
    shared, only_l, only_r = match_quotes(left, right)
    assert shared == ()
    assert len(only_l) == len(only_r) == 1


def test_near_same_words_and_short_speaker_names_match() -> None:
    lt = "Il promet « une grande victoire sur nos ennemis »."
    rt = "Il promet « une grande victoire sur ses ennemis »."
    shared, _, _ = match_quotes(
        [_quote(lt, "une grande victoire sur nos ennemis", "Kim Jong-un")],
        [_quote(rt, "une grande victoire sur ses ennemis", "Kim Jong-un")],
    )
    assert len(shared) == 1
    shared, _, _ = match_quotes(
        [_quote(lt, "une grande victoire sur nos ennemis", "Vladimir Poutine")],
        [_quote(rt, "une grande victoire sur ses ennemis", "Poutine")],
    )
    assert len(shared) == 1


def test_a_quote_inside_a_longer_one_is_shared() -> None:
    lt = "« Poutine a accepté avec plaisir l'invitation », écrit KCNA."
    rt = "KCNA dit qu'il a accepté « avec plaisir l'invitation »."
    shared, _, _ = match_quotes(
        [_quote(lt, "Poutine a accepté avec plaisir l'invitation", "KCNA")],
        [_quote(rt, "avec plaisir l'invitation", "KCNA")],
    )
    assert len(shared) == 1


def test_unattributed_quotes_match_only_when_nearly_identical() -> None:
    lt = "« rien de neuf sous le soleil » et « un jour historique »"
    rt = "« rien de neuf sous le soleil » et « une journée historique »"
    shared, only_l, only_r = match_quotes(
        [_quote(lt, "rien de neuf sous le soleil", None), _quote(lt, "un jour historique", None)],
        [
            _quote(rt, "rien de neuf sous le soleil", "X"),
            _quote(rt, "une journée historique", None),
        ],
    )
    assert [s.left.text for s in shared] == ["rien de neuf sous le soleil"]
    assert [q.text for q in only_l] == ["un jour historique"]
    assert [q.text for q in only_r] == ["une journée historique"]


def test_a_quote_repeated_on_one_side_joins_the_shared_quote() -> None:
    lt = "« victoire » puis « victoire »"
    rt = "« victoire »"
    second = lt.rindex("victoire")
    left = [
        _quote(lt, "victoire", "A"),
        Quote(second, second + 8, "victoire", "A", "fragment"),
    ]
    shared, only_l, _ = match_quotes(left, [_quote(rt, "victoire", "A")])
    assert [s.left.start for s in shared] == [2, second]
    assert only_l == ()
    (line,) = group_shared(shared)
    assert line.count == 2 and line.speaker == "A"


# --- entities --------------------------------------------------------------------------


def test_entities_compare_by_folded_canonical_name() -> None:
    lt, rt = "Choïgou et Lavrov à Pyongyang.", "Choigou à Pyongyang, puis Séoul."
    left = [
        _entity(lt, "Choïgou", "Sergueï Choïgou"),
        _entity(lt, "Lavrov", "Sergueï Lavrov"),
        _entity(lt, "Pyongyang", "Pyongyang", "LOC"),
    ]
    right = [
        _entity(rt, "Choigou", "Serguei Choigou"),
        _entity(rt, "Pyongyang", "Pyongyang", "LOC"),
        _entity(rt, "Séoul", "Séoul", "LOC"),
    ]
    shared, only_l, only_r = compare_entities(left, right)
    assert shared == ("Pyongyang", "Sergueï Choïgou")
    assert only_l == ("Sergueï Lavrov",)
    assert only_r == ("Séoul",)


# --- whole comparison on the sample articles ------------------------------------------


def test_gifts_pair_with_the_quotation_that_tells_them_whole() -> None:
    left, right = _seed("000"), _seed("002")
    c = compare_articles(left, right)
    pairs = {
        (left.text[p.left.start : p.left.end], right.text[p.right.start : p.right.end])
        for p in c.pairs
    }
    gifts_left = [s for s in split_sentences(left.text) if "carabine" in left.text[s.start : s.end]]
    gifts_right = [
        s
        for s in split_sentences(right.text)
        if "carabine" in right.text[s.start : s.end] or "gant" in right.text[s.start : s.end]
    ]
    # The right article quotes Peskov's three sentences on the gifts: one quotation,
    # so one sentence; the Russian gifts (glove, rifle) on the left pair with it.
    assert len(gifts_left) == 2 and len(gifts_right) == 1
    gl = [left.text[s.start : s.end] for s in gifts_left]
    (gr,) = [right.text[s.start : s.end] for s in gifts_right]
    assert gr.startswith("« (M. Poutine) a offert") and "Dmitri Peskov" in gr
    assert (gl[0], gr) in pairs


def test_kim_victory_quote_is_shared_across_outlets() -> None:
    left, right = _seed("000"), _seed("002")
    la = ArticleAnalysis(left.id, quotes=(_quote(left.text, "grande victoire", "Kim Jong-un"),))
    ra = ArticleAnalysis(
        right.id,
        quotes=(
            _quote(right.text, "grande victoire", "Kim Jong-un"),
            _quote(right.text, "priorité absolue", "Kim Jong-un"),
        ),
    )
    c = compare_articles(left, right, la, ra)
    assert [q.speaker for q in c.shared_quotes] == ["Kim Jong-un"]
    assert [q.text for q in c.only_right_quotes] == ["priorité absolue"]


def test_seeds_on_the_same_event_are_more_similar_than_an_unrelated_article() -> None:
    if not WINER.is_dir():
        pytest.skip("WiNER dev set not available")
    other_path = sorted(WINER.glob("*/*.txt"))[0]
    other = _article(other_path.stem, other_path.read_text(encoding="utf-8"))
    seed, related = _seed("000"), _seed("002")
    unrelated = compare_articles(seed, other)
    assert unrelated.similarity < 0.05
    assert len(unrelated.pairs) <= 1
    assert compare_articles(seed, related).similarity > 4 * max(unrelated.similarity, 0.02)


# --- JSON and layout -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_comparison():
    left, right = _seed("000"), _seed("002")
    la = ArticleAnalysis(
        left.id,
        entities=(
            _entity(left.text, "Sergueï Choïgou", "Sergueï Choïgou"),
            _entity(left.text, "Dmitri Peskov", "Dmitri Peskov"),
        ),
        quotes=(_quote(left.text, "grande victoire", "Kim Jong-un"),),
    )
    ra = ArticleAnalysis(
        right.id,
        entities=(_entity(right.text, "Dmitri Peskov", "Dmitri Peskov"),),
        quotes=(
            _quote(right.text, "grande victoire", "Kim Jong-un"),
            _quote(right.text, "priorité absolue", "Kim Jong-un"),
        ),
    )
    return compare_articles(left, right, la, ra)


def test_json_follows_the_schema_with_offsets_into_each_text(seeds_comparison) -> None:
    c = seeds_comparison
    data = json.loads(json.dumps(to_json(c)))
    assert set(data) == {
        "left", "right", "similarity", "verbatim_share", "pairs", "only_left", "only_right",
        "shared_quotes", "only_left_quotes", "only_right_quotes", "shared_entities",
        "only_left_entities", "only_right_entities",
    }  # fmt: skip
    assert data["left"] == {"id": c.left.id, "title": c.left.title}
    assert 0 < data["similarity"] <= 1
    assert set(data["verbatim_share"]) == {"left", "right"}
    for pair in data["pairs"]:
        assert 0 < pair["score"] <= 1
        ls, le = pair["left"]
        assert 0 <= ls < le <= len(c.left.text)
    (q,) = data["shared_quotes"]
    assert c.left.text[q["left"][0] : q["left"][1]] == "grande victoire"
    assert c.right.text[q["right"][0] : q["right"][1]] == "grande victoire"
    assert q["speaker"] == "Kim Jong-un"
    s, e = data["only_right_quotes"][0]
    assert c.right.text[s:e] == "priorité absolue"
    assert data["shared_entities"] == ["Dmitri Peskov"]
    assert data["only_left_entities"] == ["Sergueï Choïgou"]
    assert data["only_right_entities"] == []


def test_layout_shows_every_sentence_once_and_pairs_on_one_row(seeds_comparison) -> None:
    c = seeds_comparison
    rows = layout_rows(c)
    lefts = [r.left for r in rows if r.left is not None]
    rights = [r.right for r in rows if r.right is not None]
    assert sorted(lefts, key=lambda s: s.start) == list(c.alignment.left_sentences)
    assert sorted(set(rights), key=lambda s: s.start) == list(c.alignment.right_sentences)
    assert len(rights) == len(set(rights))
    assert lefts == sorted(lefts, key=lambda s: s.start)
    for row in rows:
        if row.pair is not None:
            pair = c.pairs[row.pair]
            assert row.right in (pair.right, None)
            assert row.left in (pair.left, None)


# --- exports ---------------------------------------------------------------------------

HOSTILE = "Titre <script>alert('x')</script> | **gras** & [lien](http://x)"


def _hostile_comparison():
    lt = f"{HOSTILE}. Le <b>ministre</b> Jean Dupont a inauguré le pont de Valence mardi."
    rt = "Jean Dupont, ministre, a inauguré mardi le pont de Valence & ses abords."
    return compare_articles(_article("a", lt, HOSTILE), _article("b", rt, "B"))


def test_html_export_escapes_article_text_and_is_self_contained() -> None:
    page = render_html(_hostile_comparison())
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;ministre&lt;/b&gt;" in page
    assert "http" not in page.replace("http://x", "")  # no external resources
    assert "<style>" in page and "<link" not in page
    assert '<tr class="pair">' in page


def test_html_export_takes_colours_from_the_palette_and_rejects_non_colours() -> None:
    page = render_html(
        _hostile_comparison(),
        {"background": "#101010", "shared": "red;} body{display:none", "unknown": "#fff"},
    )
    assert "--background: #101010;" in page
    assert "display:none" not in page
    assert f"--shared: {PLAIN_PALETTE['shared']};" in page  # the plain stand-in kept


def test_markdown_export_escapes_and_marks_pairs_and_unique_rows() -> None:
    md = render_markdown(_hostile_comparison())
    assert "<script>" not in md
    assert "\\| \\*\\*gras\\*\\*" in md
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| # |")
    body = table[1:]
    assert any(line.startswith("| 1 |") for line in body)
    assert any(line.startswith("| only left |") for line in body)
    # Every table row has exactly three cells: pipes inside text are escaped.
    for line in body:
        assert line.replace("\\|", "").count("|") == 4


def test_speakers_outside_the_known_entities_count_as_unattributed() -> None:
    lt, rt = "Poutine évoque des « perspectives ».", "Le président russe voit des « perspectives »."
    left = [_quote(lt, "perspectives", "Vladimir Poutine")]
    right = [_quote(rt, "perspectives", "président russe")]
    assert match_quotes(left, right)[0] == ()
    shared, _, _ = match_quotes(left, right, known_speakers={"vladimir poutine"})
    assert [s.speaker for s in shared] == ["Vladimir Poutine"]


def test_a_long_quote_is_shared_with_each_short_quote_cut_from_it() -> None:
    lt = "Il a offert « un gant spatial » et « une carabine russe », dit Peskov."
    rt = "« Il a offert un gant spatial. Puis une carabine russe », a dit Peskov."
    long_quote = "Il a offert un gant spatial. Puis une carabine russe"
    shared, only_l, only_r = match_quotes(
        [_quote(lt, "un gant spatial", "Peskov"), _quote(lt, "une carabine russe", "Peskov")],
        [_quote(rt, long_quote, "Peskov")],
    )
    assert [s.left.text for s in shared] == ["un gant spatial", "une carabine russe"]
    assert only_l == only_r == ()
