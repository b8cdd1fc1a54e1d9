"""The corpus loader: formats, ids, metadata inference, furniture and paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.core.corpus.furniture import is_furniture, signature_source
from tui.core.corpus.language import detect_language, normalize_language
from tui.core.corpus.loader import discover, load_corpus, load_file, paragraph_spans
from tui.paths import (
    bundled_seeds_dir,
    bundled_themes_dir,
    cache_dir,
    config_dir,
    config_file,
    data_dir,
    user_themes_dir,
)

FR = (
    "Le président a déclaré jeudi que la situation était grave. Il a ajouté que les "
    "discussions se poursuivraient dans les prochains jours avec ses homologues."
)
EN = (
    "The president said on Thursday that the situation was serious. He added that the "
    "talks would continue in the coming days with his counterparts."
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(report_or_articles):
    articles = getattr(report_or_articles, "articles", report_or_articles)
    assert len(articles) == 1
    return articles[0]


# --- the seeds -----------------------------------------------------------------------


def test_seeds_load_with_exact_text(seeds_dir: Path) -> None:
    report = load_corpus([seeds_dir])
    assert len(report.articles) == 5
    assert report.skipped == [] and report.warnings == []
    for article in report.articles:
        raw = Path(article.path).read_bytes().decode("utf-8")
        assert article.text == raw
        assert article.id == Path(article.path).stem
        assert article.language == "fr"
        assert article.word_count > 200


def test_seed_metadata_is_inferred(seeds_dir: Path) -> None:
    by_id = {a.id: a for a in load_corpus([seeds_dir]).articles}
    france24 = by_id["003_b0bb160cb461ac8b"]
    assert france24.title.startswith("Kim Jong-un assure à Vladimir Poutine")
    assert france24.source == "France 24"
    furniture = [france24.text[s.start : s.end] for s in france24.furniture]
    assert "5 minutes" in furniture
    assert any(line.startswith("Lire aussiCorée du Nord") for line in furniture)
    assert by_id["004_7892e362eadeca2d"].furniture
    assert "Publicité" in [
        by_id["004_7892e362eadeca2d"].text[s.start : s.end]
        for s in by_id["004_7892e362eadeca2d"].furniture
    ]
    long_lead = by_id["000_70a1ce6fc26b9470"]
    assert long_lead.title.endswith("…") and len(long_lead.title) <= 91


# --- formats -------------------------------------------------------------------------


def test_markdown_front_matter_fills_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path / "story.md",
        "---\ntitle: Un sommet\nsource: Le Monde\ndate: 2023-09-14\n"
        "url: https://example.org/a\nauthor: Jeanne Martin\nlanguage: fr-FR\n---\n" + FR,
    )
    article = only(load_corpus([path]))
    assert (article.title, article.source, article.date) == ("Un sommet", "Le Monde", "2023-09-14")
    assert article.url == "https://example.org/a" and article.author == "Jeanne Martin"
    assert article.language == "fr"
    assert article.text == FR


def test_outlet_and_publisher_name_the_source(tmp_path: Path) -> None:
    outlet = write(tmp_path / "a.md", "---\ntitle: Un sommet\noutlet: Le Devoir\n---\n" + FR)
    both = write(tmp_path / "b.md", "---\nsource: La Croix\npublisher: Bayard\n---\n" + FR)
    assert only(load_corpus([outlet])).source == "Le Devoir"
    assert only(load_corpus([both])).source == "La Croix"


def test_markdown_without_front_matter_uses_heading(tmp_path: Path) -> None:
    article = only(load_corpus([write(tmp_path / "a.md", "# The headline\n\n" + EN)]))
    assert article.title == "The headline"
    assert article.language == "en"


def test_json_object_list_and_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "one.json", json.dumps({"text": FR, "title": "T", "source": "AFP"}))
    write(tmp_path / "many.json", json.dumps([{"text": FR}, {"text": EN, "language": "en"}]))
    write(tmp_path / "feed.jsonl", json.dumps({"text": EN}) + "\n\n" + json.dumps({"text": FR}))
    report = load_corpus([tmp_path])
    ids = [a.id for a in report.articles]
    assert ids == ["feed#1", "feed#3", "many#1", "many#2", "one"]
    one = report.articles[-1]
    assert (one.title, one.source, one.text) == ("T", "AFP", FR)
    assert report.articles[3].language == "en"


def test_json_items_without_text_warn_and_the_rest_loads(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"text": "Un texte."}\n{oops\n{"title": "no text"}\n')
    articles, skipped, warnings = load_file(path)
    assert [a.id for a in articles] == ["feed#1"]
    assert skipped == []
    messages = " | ".join(m for _, m in warnings)
    assert "line 2" in messages and "line 3" in messages


def test_json_without_any_text_is_skipped(tmp_path: Path) -> None:
    _, skipped, _ = load_file(write(tmp_path / "x.json", '{"body": "nope"}'))
    assert skipped and "text" in skipped[0][1]


def test_analyze_output_loads_back(tmp_path: Path) -> None:
    doc = {"articles": [{"id": "a", "text": FR, "title": "T"}], "entities": []}
    article = only(load_corpus([write(tmp_path / "out.json", json.dumps(doc))]))
    assert article.text == FR


# --- ids, order, folders -------------------------------------------------------------


def test_folders_are_recursive_sorted_and_skip_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", FR)
    write(tmp_path / "a.txt", FR)
    write(tmp_path / "b" / "c" / "y.md", FR)
    write(tmp_path / ".hidden.txt", FR)
    write(tmp_path / ".git" / "x.txt", FR)
    write(tmp_path / "notes.csv", "a,b")
    files, problems = discover([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/c/y.md", "b/z.txt"]
    assert problems == []
    assert [a.id for a in load_corpus([tmp_path]).articles] == ["a", "y", "z"]


def test_equal_stems_get_unique_stable_ids(tmp_path: Path) -> None:
    write(tmp_path / "lemonde" / "story.txt", FR)
    write(tmp_path / "figaro" / "story.txt", FR)
    write(tmp_path / "figaro" / "story.md", FR)
    first = [a.id for a in load_corpus([tmp_path]).articles]
    assert first == ["story", "figaro/story", "lemonde/story"]
    assert first == [a.id for a in load_corpus([tmp_path]).articles]


def test_same_file_given_twice_loads_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", FR)
    assert len(load_corpus([path, tmp_path, path]).articles) == 1


def test_missing_path_is_reported(tmp_path: Path) -> None:
    report = load_corpus([tmp_path / "nope.txt", write(tmp_path / "a.txt", FR)])
    assert len(report.articles) == 1
    assert report.skipped == [(str(tmp_path / "nope.txt"), "no such file or directory")]


# --- metadata inference --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Séisme au Maroc : les secours s’organisent\n" + FR,
            "Séisme au Maroc : les secours s’organisent",
        ),
        ("Publicité\nUn titre court ici\n" + FR, "Un titre court ici"),
        (FR, "Le président a déclaré jeudi que la situation était grave"),
        ("x" * 300 + " fin.", "x" * 90 + "…"),
    ],
)
def test_title_guess(tmp_path: Path, text: str, title: str) -> None:
    assert only(load_corpus([write(tmp_path / "a.txt", text)])).title == title


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Avec l’AFP", "AFP"),
        ("Avec l'AFP", "AFP"),
        ("(avec AFP)", "AFP"),
        ("France 24 Europe", "France 24"),
        ("(Reuters)", "Reuters"),
        ("— AP", "AP"),
        ("Source : Le Parisien", "Le Parisien"),
        ("By Jane Doe, Reuters", "Reuters"),
        ("Par Jean Dupont, AFP", "AFP"),
        ("Il est parti.", None),
        ("Avec plaisir", None),
    ],
)
def test_signature_lines(line: str, source: str | None) -> None:
    assert signature_source(line) == source


def test_source_from_last_lines_and_dateline(tmp_path: Path) -> None:
    signed = only(load_corpus([write(tmp_path / "a.txt", FR + "\nAvec l’AFP\n")]))
    assert signed.source == "AFP"
    dated = only(load_corpus([write(tmp_path / "b.txt", "PARIS (Reuters) - " + EN)]))
    assert dated.source == "Reuters"
    assert only(load_corpus([write(tmp_path / "c.txt", FR)])).source is None


@pytest.mark.parametrize(
    "line",
    [
        "Publicité",
        "Advertisement",
        "Lire aussi",
        "Lire aussi : Le Kremlin répond",
        "Lire aussiCorée du Nord : le mystérieux train vert",
        "A Lire Dans l’Actualité",
        "À lire aussi",
        "5 minutes",
        "3 min",
        "Temps de lecture : 3 min",
        "Read more: the full story",
        "Share this article",
        "Sign up for our newsletter",
        "Also read: more news",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lire entre les lignes n'est pas donné à tout le monde.",
        "Cinq minutes plus tard, la police est arrivée.",
        "Publicité mensongère : l'entreprise condamnée",
        FR,
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_furniture_is_marked_not_removed(tmp_path: Path) -> None:
    text = FR + "\nPublicité\n" + FR + "\n"
    article = only(load_corpus([write(tmp_path / "a.txt", text)]))
    assert article.text == text
    (span,) = article.furniture
    assert text[span.start : span.end] == "Publicité"


def test_paragraph_spans_trim_and_skip_blank_lines() -> None:
    text = "  Un.  \r\n\n\t\nDeux\n"
    assert [text[s.start : s.end] for s in paragraph_spans(text)] == ["Un.", "Deux"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FR, "fr"),
        (EN, "en"),
        ("Der Präsident sagte, dass die Lage nicht gut ist und sie auf", "other"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("declared", "language"),
    [
        ("fr", "fr"),
        ("fr-FR", "fr"),
        ("French", "fr"),
        ("en_US", "en"),
        ("English", "en"),
        ("de", "other"),
    ],
)
def test_declared_language_is_normalized(declared: str, language: str) -> None:
    assert normalize_language(declared) == language


# --- paths ---------------------------------------------------------------------------


def test_bundled_dirs_exist() -> None:
    assert len(list(bundled_seeds_dir().glob("*.txt"))) == 5
    assert bundled_themes_dir().is_dir()


def test_user_dirs_follow_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSREADER_HOME", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_dir() == tmp_path / "cfg" / "newsreader"
    assert user_themes_dir() == tmp_path / "cfg" / "newsreader" / "themes"
    assert config_file() == tmp_path / "cfg" / "newsreader" / "config.yaml"
    assert data_dir() == tmp_path / "data" / "newsreader"
    assert cache_dir() == Path.home() / ".cache" / "newsreader"


def test_newsreader_home_overrides_everything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    dirs = {config_dir(), data_dir(), cache_dir()}
    assert len(dirs) == 3 and all(d.parent == tmp_path for d in dirs)
    assert not any(d.exists() for d in dirs)  # looking a path up creates nothing


@pytest.mark.skipif(os.name == "nt", reason="POSIX home layout")
def test_default_config_dir_is_under_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSREADER_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config_dir() == tmp_path / ".config" / "newsreader"
