"""The optional spaCy engine: statistical entities, then our own names and quotes.

Installed with ``pip install 'newsreader[spacy]'``; nothing else in newsreader needs
it, so spaCy is imported only when this engine is used. Only the entity recogniser
runs (the tagger, parser and lemmatiser are left out, which makes loading and running
faster). Its spans are cleaned to the conventions of the rules engine (no l’/d’
elision, no honorific, no overlap) and then go through the same name resolution and
quote extraction, so the two engines are scored and cached the same way.

Loading a model takes seconds and holds the GIL: call this engine from worker
processes or threads (``analyze_many(..., analyzer=analyze_article_spacy)``), never
from a UI's event loop. Languages without an installed model (English, unless
``en_core_web_sm`` is present) are analysed by the rules engine instead.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tui.core.analysis.sentence_openers import skip_sentence_opener
from tui.core.engine_identity import ENGINE_NAME, ENGINE_VERSION
from tui.core.entities.gazetteer import known_label
from tui.core.entities.lexicon import CALENDAR_WORDS, HONORIFICS, TITLES
from tui.core.models import Article, ArticleAnalysis, Entity, EntityLabel

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}
"""The model used for each language, when it is installed."""

INSTALL_HINT = "pip install 'newsreader[spacy]'"

LABELS: dict[str, EntityLabel] = {
    # French models (WikiNER scheme)
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "MISC": "MISC",
    # English models (OntoNotes scheme); numbers, dates and amounts are not names
    "PERSON": "PER",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}

CHUNK_CHARS = 100_000
"""Texts longer than this are fed to the model in pieces cut at line breaks."""

_ELISION = re.compile(r"(?:[LlDdJjNnMmSsCcTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’']")
_WORD = re.compile(r"\S+")
_EDGE = " \t\r\n\u00a0\u202f,;:!?«»\"“”„‘’'()[]{}<>—–-•*/|"
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=(?:La|Le|Les|Un|Une|Il|Elle|The|In|A|Mais|Selon)\b)")
_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_CUTS = HONORIFICS | TITLES
_CLITICS = frozenset("l d j n m s c t qu jusqu lorsqu puisqu".split())
_APOSTROPHES = "’'"
_MAX_EXTEND = 40
_LONG_RUN = re.compile(r"\S{80,}")
"""No name is this long without a space; the tokenizer is slow on such runs."""

_NOT_FOR_NER = ("parser", "morphologizer", "lemmatizer", "attribute_ruler", "tagger", "senter")
"""Components that never feed the entity recogniser; not even loaded."""

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def available(language: str = "fr") -> bool:
    """Whether spaCy and the model for ``language`` are installed (nothing is loaded)."""
    return model_version(language) is not None


def model_version(language: str) -> str | None:
    """The installed version of the model for ``language``, or ``None``."""
    from importlib import metadata
    from importlib.util import find_spec

    name = MODELS.get(language)
    if name is None or find_spec("spacy") is None:
        return None
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def engine_key() -> str:
    """The cache engine string: models and versions, plus the rules it builds on.

    Quotes and name resolution come from the rules engine, so its version is part of
    the key too; an analysis cached by one engine is never served for the other.
    """
    models = [f"{MODELS[lang]}-{model_version(lang)}" for lang in MODELS if available(lang)]
    return f"spacy-{'+'.join(models) or 'none'}:{ENGINE_NAME}-{ENGINE_VERSION}"


def load(language: str) -> Any:
    """The entity recogniser for ``language``, loaded once per process.

    Raises ``ImportError`` when spaCy or the model is missing.
    """
    name = MODELS.get(language)
    if name is None or not available(language):
        raise ImportError(f"no spaCy model for {language!r}; {INSTALL_HINT}")
    with _lock:
        nlp = _loaded.get(name)
        if nlp is None:
            nlp = _load_ner_only(name)
            _loaded[name] = nlp
    return nlp


def _load_ner_only(name: str) -> Any:
    """Load ``name`` keeping ``ner`` and the components it listens to, nothing else."""
    import spacy

    nlp = spacy.load(name, exclude=list(_NOT_FOR_NER))
    needed = {"ner"}
    for pipe_name, pipe in nlp.pipeline:
        if "ner" in getattr(pipe, "listening_components", ()):
            needed.add(pipe_name)
    for pipe_name in list(nlp.pipe_names):
        if pipe_name not in needed:
            nlp.remove_pipe(pipe_name)
    nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
    return nlp


def extract_entities_spacy(text: str, *, language: str) -> list[Entity]:
    """Entity mentions of ``text`` found by the model, sorted and never overlapping."""
    return next(iter(extract_entities_many([text], language=language)))


def extract_entities_many(texts: Iterable[str], *, language: str) -> Iterator[list[Entity]]:
    """Entities of each text in turn, batched through ``nlp.pipe`` for speed."""
    texts = list(texts)
    for text, spans in zip(texts, model_spans(load(language), texts), strict=True):
        yield _clean(text, spans)


def model_spans(
    nlp: Any, texts: Sequence[str], *, batch_size: int | None = None
) -> list[list[tuple[int, int, str]]]:
    """Each text's labelled spans as the model finds them, offsets into the text: long
    texts go through in chunks, and runs the tokenizer chokes on are blanked first."""
    pieces = [(i, offset, part) for i, t in enumerate(texts) for offset, part in _chunks(t)]
    found: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    blanked = (_LONG_RUN.sub(_blank, part) for _, _, part in pieces)
    docs = nlp.pipe(blanked) if batch_size is None else nlp.pipe(blanked, batch_size=batch_size)
    for (i, offset, _), doc in zip(pieces, docs, strict=True):
        for ent in doc.ents:
            label = LABELS.get(ent.label_)
            if label is not None:
                found[i].append((offset + ent.start_char, offset + ent.end_char, label))
    return found


def _blank(match: re.Match[str]) -> str:
    """As many spaces as the run: offsets stay true and the tokenizer is spared."""
    return " " * len(match.group())


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs no longer than :data:`CHUNK_CHARS`, cut at line breaks."""
    start = 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n", start + 1, start + CHUNK_CHARS)
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + CHUNK_CHARS)
        if cut <= start:
            cut = start + CHUNK_CHARS
        yield start, text[start:cut]
        start = cut
    if start < len(text) or not text:
        yield start, text[start:]


def _clean(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Entity]:
    """Trim spans to names alone and drop what is left without a name."""
    out: list[Entity] = []
    last_end = 0
    for start, end, label in sorted(spans):
        for s, e in _pieces(text, *_whole_words(text, start, end)):
            s, e = _trim(text, s, e)
            s = skip_sentence_opener(text, s, e)
            if e <= s or s < last_end or not _is_name(text[s:e]):
                continue
            surface = text[s:e]
            # Curated lists know what the model confuses ("Kremlin" is the body, not a place).
            known = known_label(surface)
            final = known if known in ("LOC", "ORG") else label
            out.append(Entity(s, e, surface, final, " ".join(surface.split())))  # type: ignore[arg-type]
            last_end = e
    return out


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span cut inside a word ("Kim Jong" of "Kim Jong-un") to the whole word."""
    limit = min(len(text), end + _MAX_EXTEND)
    while end < limit and (
        text[end].isalnum()
        or (text[end] in "-‐" and end + 1 < len(text) and text[end + 1].isalpha())
    ):
        end += 1
    floor = max(0, start - _MAX_EXTEND)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    initial = start >= 2 and text[start - 1] in _APOSTROPHES
    if (
        initial
        and _name_initial(text, start - 2, start)
        and not text[start - 3 : start - 2].isalnum()
    ):
        start -= 2  # « N'Golo »: the tokenizer split the name at its apostrophe
    return start, end


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A span split at line breaks and at words glued by a missing space ("UkraineLa")."""
    s = start
    for i in range(start, end):
        if text[i] in "\n\r":
            yield s, i
            s = i + 1
    glued = _GLUED.search(text, s, end)
    yield s, (glued.start() if glued else end)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop edge punctuation, leading elisions, honorifics and titles, and a trailing 's."""
    while True:
        before = (s, e)
        while s < e and text[s] in _EDGE:
            s += 1
        while s < e and (text[e - 1] in _EDGE or _stray_period(text, s, e)):
            e -= 1
        elision = _ELISION.match(text, s, e)
        if elision and elision.end() < e and not _name_initial(text, s, elision.end()):
            s = elision.end()
        word = _WORD.match(text, s, e)
        if word and word.end() < e and _leading_cut(word.group()):
            s = word.end()
        last = text.rfind(" ", s, e)
        if last > s and text[last + 1 : e] in _CLITICS and text[e : e + 1] in _APOSTROPHES:
            e = last  # "Choïgu s" of "Choïgu s’est rendu"
        possessive = _POSSESSIVE.search(text, s, e)
        if possessive and possessive.start() > s and text[s:e].count(" ") < 6:
            e = possessive.start() if text[possessive.start() - 1].isalpha() else e
        if (s, e) == before:
            return s, e


def _name_initial(text: str, start: int, end: int) -> bool:
    """« N'Golo », « M'Bappé »: an M or N with an apostrophe before a capital opens a
    name, where French elides only before lowercase words and vowels."""
    return text[start] in "MN" and text[end : end + 1].isupper()


def _leading_cut(word: str) -> bool:
    """Honorifics, titles and lowercase words go before a name, never inside its start."""
    low = word.lower()
    return low in _LEADING_CUTS or not any(c.isupper() for c in word)


def _stray_period(text: str, s: int, e: int) -> bool:
    """A final full stop that ends the sentence rather than an initial ("T.")."""
    if text[e - 1] != ".":
        return False
    word = text[s : e - 1].rsplit(" ", 1)[-1]
    return not (len(word) == 1 and word.isupper())


def _is_name(surface: str) -> bool:
    """A name has a capital or digit-bearing word and is not a cue word by itself."""
    if not any(c.isupper() for c in surface):
        return False
    if surface.lower() in _LEADING_CUTS or surface.lower() in CALENDAR_WORDS:
        return False
    return _ELISION.fullmatch(surface) is None


def analyze_article_spacy(article: Article) -> ArticleAnalysis:
    """Analyse one article: spaCy entities, then our name resolution and quotes.

    A module-level function so worker processes can import it by name; each worker
    loads the model once. Falls back to the rules engine for a language without a model.
    """
    return analyze_articles_spacy([article])[0]


def analyze_articles_spacy(articles: Sequence[Article]) -> list[ArticleAnalysis]:
    """Analyse many articles in one process, batching each language through the model."""
    from tui.core.analysis.pipeline import analyze_article

    entities: dict[int, list[Entity]] = {}
    for language in sorted({a.language for a in articles}):
        if not available(language):
            continue
        idx = [i for i, a in enumerate(articles) if a.language == language]
        found = extract_entities_many((articles[i].text for i in idx), language=language)
        entities.update(zip(idx, found, strict=True))
    out = []
    for i, article in enumerate(articles):
        if i in entities:
            out.append(_finish(article, entities[i]))
        else:
            out.append(analyze_article(article))
    return out


def _finish(article: Article, raw: list[Entity]) -> ArticleAnalysis:
    """Within-article name resolution and quotes, exactly as the rules engine does."""
    from tui.core.names import resolve_names
    from tui.core.quotes.extract import extract_quotes

    local, _ = resolve_names({article.id: raw}, texts={article.id: article.text})
    ents = local.get(article.id, [])
    from tui.core.quotes.speakers import role_links_in

    quotes = extract_quotes(article.text, ents, language=article.language)
    roles = tuple(role_links_in(article.text, ents))
    return ArticleAnalysis(article.id, tuple(ents), tuple(quotes), roles)
