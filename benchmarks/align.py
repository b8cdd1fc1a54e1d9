"""Benchmark sentence alignment on deterministic synthetic articles.

Prints the median wall time of a few runs for two articles of 100 sentences each and
two of 1,000 each, then a naive all-pairs rapidfuzz ``cdist`` on a smaller size for
comparison. Run: ``.venv/bin/python benchmarks/align.py``.
"""

from __future__ import annotations

import random
import statistics
import time

from rapidfuzz import fuzz, process

from tui.core.compare.align import align_sentences
from tui.core.text import split_sentences

_FUNCTION = "le la les de des du un une et à en que qui a été pour sur dans par avec".split()
_SYLLABLES = "ba ko ri sa te lu mi no pa ve zo char tran dor vil men gra plo stu".split()


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def _sentence(rng: random.Random, vocab: list[str], names: list[str]) -> list[str]:
    words: list[str] = []
    for _ in range(rng.randint(12, 28)):
        roll = rng.random()
        if roll < 0.4:
            words.append(rng.choice(_FUNCTION))
        elif roll < 0.5:
            words.append(rng.choice(names))
        elif roll < 0.53:
            words.append(str(rng.randint(1, 3000)))
        else:
            # Zipf-like: low indices much more frequent.
            words.append(vocab[int(len(vocab) * rng.random() ** 3)])
    return words


def _paraphrase(rng: random.Random, words: list[str], vocab: list[str]) -> list[str]:
    out = [w for w in words if rng.random() > 0.15]
    for k in range(len(out)):
        if rng.random() < 0.1:
            out[k] = rng.choice(vocab)
    return out


def synthetic_pair(n: int, seed: int = 7) -> tuple[str, str, set[tuple[int, int]]]:
    """Two articles of ``n`` sentences; 40% of the right one paraphrases the left, shuffled.

    Also returns the true pairs as (left sentence index, right sentence index).
    """
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 6000)
    names = [w.capitalize() for w in _vocabulary(rng, 300)]
    left = [_sentence(rng, vocab, names) for _ in range(n)]
    right = [
        (k, _paraphrase(rng, s, vocab))
        if rng.random() < 0.4
        else (None, _sentence(rng, vocab, names))
        for k, s in enumerate(left)
    ]
    rng.shuffle(right)
    truth = {(k, j) for j, (k, _s) in enumerate(right) if k is not None}

    def render(sentences: list[list[str]]) -> str:
        return "\n".join(" ".join(s).capitalize() + "." for s in sentences)

    return render(left), render([s for _k, s in right]), truth


def _found(left: str, right: str, result) -> set[tuple[int, int]]:
    li = {s: k for k, s in enumerate(result.left_sentences)}
    ri = {s: k for k, s in enumerate(result.right_sentences)}
    return {(li[p.left], ri[p.right]) for p in result.pairs}


def _median_ms(fn, runs: int) -> float:
    """Median wall-clock milliseconds of ``runs`` calls."""
    return _median(fn, runs)[0]


def _median(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``runs`` calls.

    CPU time is printed too because the machine is shared: under load the wall time
    grows while this process's own CPU time stays close to the unloaded cost.
    """
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    for n, runs in ((100, 7), (1000, 5)):
        left, right, truth = synthetic_pair(n)
        t0 = time.perf_counter()
        result = align_sentences(left, right)
        first = (time.perf_counter() - t0) * 1000
        found = _found(left, right, result)
        ms, cpu = _median(lambda left=left, right=right: align_sentences(left, right), runs)
        print(
            f"align {n} x {n} sentences: median {ms:.1f} ms wall, {cpu:.1f} ms CPU over "
            f"{runs} runs; first (cold) run {first:.1f} ms; "
            f"{len(found & truth)}/{len(truth)} true pairs found, "
            f"{len(found - truth)} false, similarity {result.similarity:.2f}"
        )
    n = 300
    left, right, _truth = synthetic_pair(n)
    ls = [left[s.start : s.end] for s in split_sentences(left)]
    rs = [right[s.start : s.end] for s in split_sentences(right)]

    def naive_all_pairs() -> None:
        for query in ls:
            process.extract(query, rs, scorer=fuzz.token_set_ratio, limit=None)

    naive = _median_ms(naive_all_pairs, 3)
    ours = _median_ms(lambda: align_sentences(left, right), 3)
    print(
        f"naive token_set_ratio cdist {n} x {n}: median {naive:.1f} ms; "
        f"align {ours:.1f} ms (naive / align = {naive / ours:.1f}x)"
    )


if __name__ == "__main__":
    main()
