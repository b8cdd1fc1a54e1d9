"""Benchmark search-as-you-type over a large synthetic corpus, and compare with fzf.

Builds a deterministic corpus (10,000 French-like articles by default: about 6M words,
100k entity mentions, 50k quotes, 300k sentences) with entity and quote records made
directly (the analyser is not run), indexes it, types 20 queries one character at a
time through a :class:`~tui.core.search.searcher.Searcher`, and prints the latency per
keystroke (p50/p95, the first keystroke apart since it pays what is built once, and
the CPU time per kind of query: names, names with a typo, other words), the index
build time (wall and CPU), the memory it took and what pickling it costs (the price
of building it in a worker process). Then it times
``fzf --filter`` on the same sentences for the same queries, when fzf is installed.

Usage: python benchmarks/search.py [--articles N] [--limit N] [--seed N]
"""

from __future__ import annotations

import argparse
import pickle
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from tui.core.models import Article, ArticleAnalysis, Entity, Quote, Span
from tui.core.search.searcher import Searcher, SearchIndex
from tui.core.text import split_sentences

QUERIES = [
    "poutine",
    "kim jong un",
    "coree du nord",
    "peskof",
    "choigu",
    "sanctions economiques",
    "vladimir poutine",
    "kremlin",
    "missiles balistiques",
    "ministre de la defense",
    "train blinde",
    "vostotchny",
    "pyongyang",
    "conseil de securite",
    "munitions",
    "visite officielle",
    "john kirby",
    "poutin",
    "armes nucleaires",
    "cooperation militaire",
]

TYPOS = {"peskof", "choigu", "poutin"}
NAMES = {"poutine", "kim jong un", "coree du nord", "vladimir poutine", "kremlin", "vostotchny"}
NAMES |= {"pyongyang", "john kirby"}


def query_kind(query: str) -> str:
    """What a query stands for in the figures: a name, a name with a typo, or words."""
    return "typos" if query in TYPOS else "names" if query in NAMES else "words"


COMMON = """de la le les et des en un une du que qui pour dans sur par au pas est a plus
avec ce il elle se son sa ses ont été aux ne mais comme leur nous cette entre après
sont selon avait deux lors fait être tout ainsi dont aussi depuis contre sous encore
très sans même""".split()

CONTENT = """président ministre défense visite officielle sanctions économiques missiles
balistiques armes nucléaires coopération militaire munitions conseil sécurité guerre
Ukraine dirigeant régime frontière accord sommet diplomatie rencontre train blindé
cosmodrome satellite technologie soutien alliance échanges commerciaux pression
occidentale agence presse déclaration porte-parole journalistes conférence capitale
gouvernement armée soldats livraisons obus artillerie négociations invitation
délégation programme spatial industrie usine aviation navire port flotte Pacifique
analystes experts observateurs menace isolement embargo résolution vote Nations
semaine mercredi jeudi septembre juillet année heures jours officiels discussions
relations partenaires bilatérales intérêts stratégiques communiqué télévision images
photos cérémonie dîner cadeaux fusil gants casque économie croissance famine
population région péninsule Moscou Séoul Tokyo Pékin Washington Pyongyang Kremlin""".split()

REAL_NAMES = [
    ("Vladimir Poutine", "Vladimir Poutine", "PER"),
    ("Poutine", "Vladimir Poutine", "PER"),
    ("Kim Jong Un", "Kim Jong-un", "PER"),
    ("Kim Jong-un", "Kim Jong-un", "PER"),
    ("Dmitri Peskov", "Dmitri Peskov", "PER"),
    ("Sergueï Choïgou", "Sergueï Choïgou", "PER"),
    ("Sergueï Choïgu", "Sergueï Choïgou", "PER"),
    ("John Kirby", "John Kirby", "PER"),
    ("Antony Blinken", "Antony Blinken", "PER"),
    ("Corée du Nord", "Corée du Nord", "LOC"),
    ("Russie", "Russie", "LOC"),
    ("Vostotchny", "Vostotchny", "LOC"),
    ("Pyongyang", "Pyongyang", "LOC"),
    ("Kremlin", "Kremlin", "ORG"),
    ("KCNA", "KCNA", "ORG"),
]

SOURCES = ["Le Monde", "Le Figaro", "Libération", "France 24", "RFI", "Ouest-France", "BFMTV"]
SYLLABLES = """ba be bi bo bu da de di do du fa fe fi fo ga go ka ke ki ko la le li lo lu
ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu
va ve vi vo za zo an en in on ou oi ai eu ch tr pr gr str ié é è""".split()


def _word(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


class CorpusMaker:
    """Deterministic French-like articles with entity and quote records."""

    def __init__(self, seed: int) -> None:
        rng = self.rng = random.Random(seed)
        rare = sorted({_word(rng, 2, 4) for _ in range(40_000)})
        self.lexicon = COMMON + CONTENT + rare
        # Zipf-like weights: function words first, then topical words, then the long tail.
        weights = [1.0 / (rank + 8) ** 1.05 for rank in range(len(self.lexicon))]
        self.cum = list(accumulate(weights))
        first = [_word(rng, 2, 3).capitalize() for _ in range(400)]
        last = [_word(rng, 2, 4).capitalize() for _ in range(6000)]
        self.names = list(REAL_NAMES)
        for i in range(12_000):
            full = f"{first[i % len(first)]} {last[(i * 7) % len(last)]}"
            label = ("PER", "LOC", "ORG")[i % 3]
            self.names.append((full, full, label))

    def article(self, n: int) -> tuple[Article, ArticleAnalysis]:
        rng = self.rng
        parts: list[str] = []
        pos = 0
        entities: list[Entity] = []
        quotes: list[Quote] = []
        cast = [self.names[rng.randrange(15)] for _ in range(3)]
        cast += [rng.choice(self.names) for _ in range(5)]
        for s in range(25):
            words = rng.choices(self.lexicon, cum_weights=self.cum, k=20)
            words[0] = words[0].capitalize()
            sentence = " ".join(words)
            spans: list[tuple[int, int, str, str, str]] = []
            if s % 5 in (0, 2):
                surface, canonical, label = rng.choice(cast)
                cut = sentence.find(" ", len(sentence) // 2)
                head = sentence[:cut] + " "
                spans.append((len(head), len(head) + len(surface), surface, canonical, label))
                sentence = head + surface + sentence[cut:]
            if s % 5 == 2:
                speaker = cast[s % len(cast)]
                inner = " ".join(rng.choices(self.lexicon, cum_weights=self.cum, k=14))
                prefix = sentence + ". « "
                quotes.append(
                    Quote(
                        pos + len(prefix),
                        pos + len(prefix) + len(inner),
                        inner,
                        speaker[1],
                        "speech",
                    )
                )
                sentence = f"{prefix}{inner} », a déclaré {speaker[0]}"
            for start, end, surface, canonical, label in spans:
                entities.append(Entity(pos + start, pos + end, surface, label, canonical))  # type: ignore[arg-type]
            parts.append(sentence + ".")
            pos += len(sentence) + 2
        text = " ".join(parts)
        title = " ".join(rng.choices(CONTENT, k=6)).capitalize() + " : " + cast[0][0]
        aid = f"{n:05d}"
        article = Article(
            id=aid, path=f"{aid}.txt", text=text, title=title, source=rng.choice(SOURCES)
        )
        return article, ArticleAnalysis(aid, tuple(entities), tuple(quotes))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_corpus(articles_n: int, seed: int) -> tuple[list, dict, dict[str, list[Span]]]:
    """Generated articles, their analyses and sentences; prints the corpus figures."""
    t0 = time.perf_counter()
    maker = CorpusMaker(seed)
    pairs = [maker.article(i) for i in range(articles_n)]
    articles = [a for a, _ in pairs]
    analyses = {an.article_id: an for _, an in pairs}
    gen = time.perf_counter() - t0
    n_words = sum(len(a.text.split()) for a in articles)
    n_ents = sum(len(an.entities) for an in analyses.values())
    n_quotes = sum(len(an.quotes) for an in analyses.values())
    t0 = time.perf_counter()
    sentences: dict[str, list[Span]] = {a.id: split_sentences(a.text) for a in articles}
    split = time.perf_counter() - t0
    n_sent = sum(len(s) for s in sentences.values())
    print(
        f"corpus: {len(articles)} articles, {n_words / 1e6:.2f}M words, {n_ents} entity mentions, "
        f"{n_quotes} quotes, {n_sent} sentences (generated in {gen:.1f}s, "
        f"split_sentences {split:.1f}s)"
    )
    return articles, analyses, sentences


def build_index(articles: list, analyses: dict, sentences: dict[str, list[Span]]) -> SearchIndex:
    """The index, with its build time, memory and the cost of shipping it from a worker."""
    rss0 = _rss_mb()
    t0, cpu0 = time.perf_counter(), time.process_time()
    index = SearchIndex(articles, analyses, sentences=sentences)
    build, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(
        f"index: {len(index)} documents built in {build:.2f}s (CPU {cpu:.2f}s) "
        f"(peak RSS +{_rss_mb() - rss0:.0f} MB, now {_rss_mb():.0f} MB)"
    )
    t0 = time.perf_counter()
    blob = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    dumped = time.perf_counter() - t0
    t0 = time.perf_counter()
    pickle.loads(blob)
    loaded = time.perf_counter() - t0
    print(
        f"pickled (as from a worker process): {len(blob) / 1e6:.0f} MB, "
        f"dumps {dumped:.2f}s + loads {loaded:.2f}s"
    )
    return index


def time_keystrokes(index: SearchIndex, limit: int) -> tuple[list[float], float]:
    """Every prefix of every query typed in turn; returns keystroke ms and the mean
    ms of a fresh full query."""
    latencies: list[float] = []
    cpu_by_kind: dict[str, list[float]] = {}
    full: list[float] = []
    for query in QUERIES:
        searcher = Searcher(index)
        for i in range(1, len(query) + 1):
            t0, c0 = time.perf_counter(), time.process_time()
            searcher.search(query[:i], limit=limit)
            latencies.append(time.perf_counter() - t0)
            cpu_by_kind.setdefault(query_kind(query), []).append(time.process_time() - c0)
        t0 = time.perf_counter()
        hits = index.search(query, limit=limit)
        full.append(time.perf_counter() - t0)
        top = hits[0] if hits else None
        shown = f"{top.kind}: {top.text[:40]!r} ({top.score})" if top else "no hit"
        print(f"  {query!r:26} {len(hits):3} hits, top {shown}")
    ms = [x * 1000 for x in latencies]
    print(
        f"keystrokes: {len(ms)}  p50 {_percentile(ms, 0.5):.1f} ms"
        f"  p95 {_percentile(ms, 0.95):.1f} ms  max {max(ms):.1f} ms  (floor: p95 <= 50 ms)"
        f"  first {ms[0]:.1f} ms"
    )
    for kind, times in sorted(cpu_by_kind.items()):
        cpu_ms = [x * 1000 for x in times]
        print(
            f"  CPU per keystroke, {kind:5}: p50 {_percentile(cpu_ms, 0.5):.1f} ms"
            f"  p95 {_percentile(cpu_ms, 0.95):.1f} ms  ({len(cpu_ms)} keystrokes)"
        )
    full_ms = statistics.mean(full) * 1000
    print(f"full query, fresh search: mean {full_ms:.1f} ms")
    return ms, full_ms


def compare_fzf(
    articles: list, sentences: dict[str, list[Span]], ms: list[float], full_ms: float
) -> None:
    """The same queries through ``fzf --filter`` over one line per sentence."""
    fzf = shutil.which("fzf")
    if fzf is None:
        print("fzf: not installed, comparison skipped")
        return
    n_sent = sum(len(s) for s in sentences.values())
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "sentences.txt"
        with lines.open("w", encoding="utf-8") as out:
            for a in articles:
                for s in sentences[a.id]:
                    out.write(a.text[s.start : s.end].replace("\n", " ") + "\n")
        times = []
        for query in QUERIES:
            with lines.open("rb") as inp:
                t0 = time.perf_counter()
                subprocess.run(
                    [fzf, "--filter", query], stdin=inp, stdout=subprocess.DEVNULL, check=False
                )
                times.append(time.perf_counter() - t0)
    fzf_ms = statistics.mean(times) * 1000
    print(
        f"fzf --filter over {n_sent} sentence lines: mean {fzf_ms:.0f} ms per query; "
        f"ratio fzf / our fresh full query {fzf_ms / full_ms:.1f}x, "
        f"fzf / our p50 keystroke {fzf_ms / _percentile(ms, 0.5):.0f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--limit", type=int, default=50, help="hits asked per keystroke")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    articles, analyses, sentences = build_corpus(args.articles, args.seed)
    index = build_index(articles, analyses, sentences)
    ms, full_ms = time_keystrokes(index, args.limit)
    compare_fzf(articles, sentences, ms, full_ms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
