"""Loading a big corpus in worker processes, batch by batch and in order.

Decoding, language detection and word counts hold the GIL, so a UI loading ten
thousand files in a thread would stutter; workers keep it responsive and use every
core. :func:`load_in_batches` yields batches in file order, so a UI can list articles
as they arrive; :func:`load_with_cache` reads back the files an ``ArticleCache``
already holds. A cancel, or a caller that stops reading, ends the workers at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from tui.core.analysis.workers import CancelFlag, cancelled, default_workers, new_pool, stop_pool
from tui.core.models import LoadReport

if TYPE_CHECKING:
    from tui.core.corpus.loader import Stamp
    from tui.core.store.article_cache import ArticleCache

LOAD_CHUNK = 250
"""Files per loading task: a sidebar update every few hundred articles."""
LOAD_IN_PROCESS_BELOW = 400
"""Fewer files than this are loaded in the calling thread (no worker start-up)."""


def load_in_batches(
    files: Sequence[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    chunk_size: int = LOAD_CHUNK,
    cancel: CancelFlag | None = None,
) -> Iterator[tuple[LoadReport, dict[str, Stamp]]]:
    """Load ``files`` in order, a batch at a time, in worker processes when many.

    Decoding, language detection and word counts hold the GIL, so a UI loading ten
    thousand files in a thread would stutter; workers keep it responsive and use
    every core. Batches come back in file order (article ids are not yet unique).
    """
    from tui.core.corpus.loader import load_files

    paths = [str(f) for f in files]
    chunks = [paths[i : i + chunk_size] for i in range(0, len(paths), chunk_size)]
    n_workers = workers if workers is not None else default_workers()
    if n_workers <= 1 or len(paths) < LOAD_IN_PROCESS_BELOW:
        for chunk in chunks:
            if cancelled(cancel):
                return
            yield load_files(chunk)
        return
    pool = new_pool(n_workers)
    finished = False
    try:
        ahead = [pool.submit(load_files, chunk) for chunk in chunks[: n_workers * 2]]
        following = iter(chunks[n_workers * 2 :])
        while ahead:
            if cancelled(cancel):
                return
            batch = ahead.pop(0).result()
            nxt = next(following, None)
            if nxt is not None:
                ahead.append(pool.submit(load_files, nxt))
            yield batch
        finished = True
    finally:
        stop_pool(pool, finished=finished)


def load_with_cache(
    files: Sequence[str | os.PathLike[str]],
    *,
    cache: ArticleCache | None,
    workers: int | None = None,
    batch_size: int = LOAD_CHUNK,
    cancel: CancelFlag | None = None,
) -> Iterator[tuple[LoadReport, dict[str, Stamp]]]:
    """Like :func:`load_in_batches`, but files unchanged since they were cached are not
    read again, and the files read are cached for next time. Batches stay in file order.
    """
    from tui.core.corpus.loader import file_stamp
    from tui.core.store.article_cache import split_by_file

    paths = [str(f) for f in files]
    if cache is None:
        yield from load_in_batches(paths, workers=workers, chunk_size=batch_size, cancel=cancel)
        return
    current = {p: s for p in paths if (s := file_stamp(p)) is not None}
    hits = cache.get_many(current)
    misses = [p for p in paths if p not in hits]
    stream = load_in_batches(misses, workers=workers, chunk_size=batch_size, cancel=cancel)
    loaded: dict[str, tuple[LoadReport, Stamp | None]] = {}
    out = LoadReport()
    out_stamps: dict[str, Stamp] = {}
    for path in paths:
        if cancelled(cancel):
            return
        if path in hits:
            part, stamp = hits[path], current.get(path)
        else:
            while path not in loaded:
                if out.articles or out.skipped:  # show what is ready before waiting
                    yield out, out_stamps
                    out, out_stamps = LoadReport(), {}
                batch = next(stream, None)
                if batch is None:  # cancelled
                    return
                report, stamps = batch
                per = split_by_file(report, stamps)
                cache.put_many((p, stamps[p], per[p]) for p in stamps if p in per)
                loaded.update((p, (per.get(p, LoadReport()), stamps.get(p))) for p in per)
            part, stamp = loaded.pop(path)
        out.articles.extend(part.articles)
        out.skipped.extend(part.skipped)
        out.warnings.extend(part.warnings)
        if stamp is not None:
            out_stamps[path] = stamp
        if len(out_stamps) >= batch_size * 4:
            yield out, out_stamps
            out, out_stamps = LoadReport(), {}
    if out_stamps or out.articles or out.skipped:
        yield out, out_stamps
