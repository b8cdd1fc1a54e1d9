"""Roles tied to names across a corpus: « le porte-parole du Kremlin » quoted in one
article is the person another article names in that role, once and only once.
"""

from __future__ import annotations

from tui.core.analysis.pipeline import analyze_article, analyze_corpus, merge_corpus
from tui.core.models import Article, ArticleAnalysis, Entity, Quote
from tui.core.quotes.speakers import RoleLinks, role_key


def _corpus(texts: list[str], language: str = "fr") -> dict[str, list[Quote]]:
    arts = [
        Article(id=f"a{i}", path=f"a{i}.txt", text=t, title="", language=language)
        for i, t in enumerate(texts)
    ]
    result = analyze_corpus(arts)
    return {aid: list(a.quotes) for aid, a in result.articles.items()}


def test_role_named_in_another_article_gives_the_speaker() -> None:
    quotes = _corpus(
        [
            "Le président russe Vladimir Poutine a reçu Kim Jong-un à Moscou mercredi.",
            "À Moscou, le président russe a vanté devant Kim Jong-un le « renforcement »"
            " de la coopération.",
        ]
    )
    assert [q.speaker for q in quotes["a1"]] == ["Vladimir Poutine"]


def test_a_role_named_in_an_unrelated_article_gives_no_speaker() -> None:
    """A folder may mix stories: the police chief of one town is not another town's."""
    quotes = _corpus(
        [
            "À Libreville, le chef de la police Jean-Marc Obiang a été limogé par Ali Bongo.",
            "À Orlando, le chef de la police a décrit un « engin » trouvé sur le tireur.",
        ]
    )
    assert [(q.speaker, q.source) for q in quotes["a1"]] == [(None, "chef de la police")]


def test_role_with_a_shorter_description_matches_a_fuller_apposition() -> None:
    quotes = _corpus(
        [
            "L’agence de presse d’État nord-coréenne KCNA a publié le texte reçu de Pékin"
            " et de Moscou.",
            "Selon l’agence de presse nord-coréenne, Pékin et Moscou verront Pyongyang"
            " « quand cela lui conviendra ».",
        ]
    )
    assert [q.speaker for q in quotes["a1"]] == ["KCNA"]


def test_english_role_before_a_name_links_across_articles() -> None:
    quotes = _corpus(
        [
            "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.",
            '"No decision has been taken," the Kremlin spokesman said.',
        ],
        "en",
    )
    assert [q.speaker for q in quotes["a1"]] == ["Dmitry Peskov"]


def test_role_linked_to_two_names_stays_a_description() -> None:
    quotes = _corpus(
        [
            "Le ministre français Jean Martin est arrivé.",
            "Le ministre français Paul Durand est reparti.",
            "« Nous verrons bien », a déclaré le ministre français.",
        ]
    )
    assert [(q.speaker, q.source) for q in quotes["a2"]] == [(None, "ministre français")]


def test_each_article_keeps_its_role_appositions() -> None:
    text = "Le président russe Vladimir Poutine a reçu Dmitri Peskov, porte-parole du Kremlin."
    analysis = analyze_article(Article(id="a", path="a.txt", text=text, title=""))
    assert ("président russe", "Vladimir Poutine") in analysis.roles
    assert ("porte-parole du Kremlin", "Dmitri Peskov") in analysis.roles


def test_merged_roles_carry_the_corpus_name() -> None:
    full = Entity(0, 16, "Vladimir Poutine", "PER", "Vladimir Poutine")
    short = Entity(19, 26, "Poutine", "PER", "Poutine")
    described = ArticleAnalysis("b", (short,), (), (("président russe", "Poutine"),))
    merged = merge_corpus([ArticleAnalysis("a", (full,)), described])
    assert merged.articles["b"].roles == (("président russe", "Vladimir Poutine"),)


def test_role_links_come_from_the_analyses_not_the_texts() -> None:
    """The merge ties a role to a name from the stored appositions alone."""
    said = Quote(30, 40, "« bientôt »", None, "speech", "président russe")
    story = (Entity(0, 6, "Moscou", "LOC", "Moscou"), Entity(9, 14, "Pékin", "LOC", "Pékin"))
    analyses = [
        ArticleAnalysis("a", story, (), (("président russe", "Vladimir Poutine"),)),
        ArticleAnalysis("b", story, (said,)),
    ]
    texts = [
        Article(id="a", path="a.txt", text="Rien ici.", title=""),
        Article(id="b", path="b.txt", text="Rien ici non plus.", title=""),
    ]
    merged = merge_corpus(analyses, texts)
    assert merged.articles["b"].quotes[0].speaker == "Vladimir Poutine"
    assert merged.articles["b"].quotes[0].source is None


def test_merge_without_texts_keeps_per_article_speakers() -> None:
    analysis = ArticleAnalysis("x", (), (Quote(0, 5, "salut", "président russe", "speech"),))
    merged = merge_corpus([analysis])
    assert merged.articles["x"].quotes[0].speaker == "président russe"


def test_role_keys_ignore_articles_case_and_accents() -> None:
    assert role_key("le Président russe") == role_key("président russe")
    assert role_key("the Kremlin's spokesman") == role_key("Kremlin spokesman")
    assert role_key("l’agence de presse nord-coréenne") == role_key(
        "agence de presse nord coréenne"
    )


def test_role_links_require_a_unique_name() -> None:
    links = RoleLinks()
    links.add("président russe", "Vladimir Poutine")
    links.add("agence de presse d’État nord-coréenne", "KCNA")
    links.add("ministre français", "Jean Martin")
    links.add("ministre français", "Paul Durand")
    assert links.lookup("le président russe") == "Vladimir Poutine"
    assert links.lookup("agence de presse nord-coréenne") == "KCNA"
    assert links.lookup("ministre français") is None
    assert links.lookup("président") is None
    assert links.lookup("président chinois") is None
