"""Benchmark: words per second of the default analysis, and corpus-level name resolution.

Generates a deterministic corpus of at least ``--words`` words (French and English
news from ``corpus_gen``, seeded), runs ``analyze_corpus`` on it in one process and
prints words/s, then times ``resolve_names`` over ``--articles`` synthetic articles.
Each figure is given for wall time and for the CPU time of this process (the rules
run in one process, so on a shared machine the CPU figure is the steadier one).

Usage::

    python benchmarks/analyze_speed.py [--words 1000000] [--articles 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import generate_article

from tui.core.analysis.pipeline import analyze_corpus
from tui.core.entities.extract import extract_entities
from tui.core.models import Article
from tui.core.names import resolve_names
from tui.core.text import count_words


def build_articles(min_words: int, seed: int) -> tuple[list[Article], int]:
    """Generate articles until the corpus holds ``min_words`` words."""
    articles: list[Article] = []
    total = 0
    index = 0
    while total < min_words:
        name, text = generate_article(seed, index)
        language = "en" if name.endswith("_en.txt") else "fr"
        words = count_words(text)
        articles.append(Article(id=name, path=name, text=text, title=name, language=language))
        total += words
        index += 1
    return articles, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    articles, words = build_articles(args.words, args.seed)
    extract_entities("Warm-up: Vladimir Poutine à Paris.", language="fr")
    t0, c0 = time.perf_counter(), time.process_time()
    analysis = analyze_corpus(articles)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    mentions = sum(len(a.entities) for a in analysis.articles.values())
    print(
        f"analyze_corpus: {len(articles)} articles, {words} words, {mentions} entity mentions "
        f"in {elapsed:.2f} s -> {words / elapsed:,.0f} words/s "
        f"(CPU {cpu:.2f} s -> {words / cpu:,.0f} words/s)"
    )

    t0, c0 = time.perf_counter(), time.process_time()
    per_article = {a.id: extract_entities(a.text, language=a.language) for a in articles[:500]}
    extract_s, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    ents_words = sum(count_words(a.text) for a in articles[:500])
    print(
        f"extract_entities alone: {ents_words / extract_s:,.0f} words/s "
        f"(CPU: {ents_words / extract_cpu:,.0f} words/s)"
    )

    pool = list(per_article.values())
    synthetic = {f"a{i:05d}": pool[i % len(pool)] for i in range(args.articles)}
    # Vary surfaces so the resolver sees many distinct names, not 500 repeated articles.
    synthetic = {
        aid: [
            e.__class__(
                e.start,
                e.end,
                e.text + (f" {i % 97}" if e.label == "MISC" else ""),
                e.label,
                e.canonical,
            )
            for e in ents
        ]
        for i, (aid, ents) in enumerate(synthetic.items())
    }
    n_mentions = sum(len(v) for v in synthetic.values())
    t0, c0 = time.perf_counter(), time.process_time()
    _, corpus = resolve_names(synthetic)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"resolve_names: {len(synthetic)} articles, {n_mentions} mentions, "
        f"{len(corpus)} entities in {elapsed:.2f} s (CPU {cpu:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
