"""Overview benchmark: grouping 50,000 quotes, and a 10,000-article overview warm.

Prints (targets: ≤ 10 s and ≤ 2 s):

1. ``group_quotes`` over 50,000 attributed quotes: the quotes of a generated corpus
   (see ``corpus_gen.py``), analysed through the cache, topped up with reprinted, cut
   and altered copies of them until there are 50,000.
2. The overview of a 10,000-article corpus on a warm start: a fresh interpreter opens
   the corpus (snapshot and stored merge) and gets its overview from the cache, after
   a first run built and kept it: when the first view (who said what) is ready, and
   when the other views are. The first (cold) build is printed too.
3. The update after a reload that changed one article (one quote fewer), from the
   stored basis, against the full build.
4. ``group_quotes`` over every quote of the corpus (with ``--quotes`` beyond it).

Usage::

    python benchmarks/overview.py [--n 10000] [--quotes 50000] [--corpus DIR] [--home DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import ensure_corpus

PHASE = """
import json, sys, time
t0 = time.perf_counter()
from tui.core.service.corpus import CorpusService
from tui.core.overview.store import overview_of
service = CorpusService.open([sys.argv[1]])
result = service.analyse()
t1 = time.perf_counter()
overview = overview_of(service.articles, result.corpus, service.key)
rows = len(overview.speakers.rows)  # the first view: who said what
t2 = time.perf_counter()
travelled = len(overview.groups)  # the other views, derived while the first is shown
names, timeline = len(overview.names.rows), len(overview.timeline)
t3 = time.perf_counter()
if not service.warm:
    service.keep_snapshot()
print(json.dumps({"open": t1 - t0, "overview": t2 - t1, "total": t2 - t0, "rest": t3 - t2,
                  "articles": len(overview.articles), "quotes": overview.quote_count,
                  "groups": travelled, "warm": service.warm}))
"""

INCREMENTAL = """
import json, sys, time
from dataclasses import replace
from tui.core.service.corpus import CorpusService
from tui.core.overview.basis import digests_of
from tui.core.overview.build import build_overview
from tui.core.overview.store import overview_of
service = CorpusService.open([sys.argv[1]])
corpus = service.analyse().corpus
articles = service.articles
basis = overview_of(articles, corpus, service.key).basis.get()
analyses = dict(corpus.articles.items())
changed = articles[len(articles) // 2]
analysis = analyses[changed.id]
analyses[changed.id] = replace(analysis, quotes=analysis.quotes[:-1])  # one quote fewer
t0 = time.perf_counter()
digests = digests_of(articles, analyses)
updated = build_overview(articles, analyses, digests, basis)
travelled = len(updated.groups)
t1 = time.perf_counter()
print(json.dumps({"seconds": t1 - t0, "quotes": updated.quote_count}))
"""


def run_phase(corpus: Path, env: dict[str, str], code: str = PHASE) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def grouping(corpus: Path, env: dict[str, str], target: int) -> tuple[int, int, float]:
    """Group ``target`` quotes (the corpus's own, plus varied copies; 0: the corpus's own
    only); returns
    (quotes, groups that travelled, seconds)."""
    os.environ.update(env)
    from tui.core.overview.common import QuoteRef, collect_quotes, time_order
    from tui.core.overview.provenance import group_quotes
    from tui.core.service.corpus import CorpusService

    service = CorpusService.open([corpus])
    result = service.analyse()
    assert result is not None
    articles = service.articles
    quotes = collect_quotes(articles, result.corpus.articles)
    rng = random.Random(3)
    pool = list(quotes)
    while target and len(quotes) < target and pool:
        q = rng.choice(pool)
        where = rng.choice(articles)
        words = q.text.split()
        change = rng.random()
        if change < 0.3 and len(words) > 3:
            words = words[1:-1]  # cut
        elif change < 0.6 and len(words) > 2:
            words[rng.randrange(len(words))] = "vraiment"  # altered
        text = " ".join(words)
        quotes.append(
            QuoteRef(
                where.id,
                where.source or where.id,
                len(quotes),
                len(quotes) + len(text),
                text,
                q.speaker,
                q.kind,
            )
        )
    if target:
        quotes = quotes[:target]  # a big corpus has more quotes of its own than the target
    t0 = time.perf_counter()
    groups = group_quotes(quotes, time_order(articles))
    elapsed = time.perf_counter() - t0
    return len(quotes), sum(g.travelled for g in groups), elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus")
    parser.add_argument("--quotes", type=int, default=50_000, help="quotes to group")
    parser.add_argument("--corpus", type=Path, help="where to keep the generated corpus")
    parser.add_argument(
        "--home", type=Path, help="NEWSREADER_HOME to keep (the analysis is reused next time)"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"newsreader-bench-{args.n}"
    ensure_corpus(corpus, args.n)
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, NEWSREADER_HOME=str(args.home or scratch))
        report(corpus, env, args.quotes)
    return 0


def report(corpus: Path, env: dict[str, str], target: int) -> None:
    """Run every phase and print its figure."""
    cold = run_phase(corpus, env)
    print(
        f"first run: corpus opened and analysed in {cold['open']:.1f} s, overview ready "
        f"in {cold['overview'] + cold['rest']:.1f} s ({cold['articles']:,} articles, "
        f"{cold['quotes']:,} quotes, {cold['groups']:,} travelled)"
    )
    warm = run_phase(corpus, env)
    print(
        f"warm start: corpus opened in {warm['open']:.2f} s; overview read back, first view "
        f"shown {warm['overview']:.2f} s after it was asked for (target ≤ 2 s), "
        f"{warm['total']:.2f} s after start; the other views {warm['rest']:.2f} s later"
    )
    inc = run_phase(corpus, env, INCREMENTAL)
    print(f"incremental update after one changed article: {inc['seconds']:.2f} s")
    for count in (target, 0):  # 0: every quote of the corpus, as it is
        found, travelled, seconds = grouping(corpus, env, count)
        print(
            f"grouping {found:,} quotes: {seconds:.1f} s, {travelled:,} groups travelled "
            f"(target ≤ 10 s)"
        )


if __name__ == "__main__":
    sys.exit(main())
