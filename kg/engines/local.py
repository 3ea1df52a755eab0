"""The local engine: parse and extract on this machine, in this process or in worker processes.

A worker runs the whole per-article path (parse, extract, quads) on a chunk of articles and sends
back only the quads: no spaCy Doc crosses a process boundary, and extraction runs on every core, not
only the parse (spaCy's own `n_process` parses in workers and extracts in the parent). The workers
are forked from this process once the pipeline is loaded here, so they start in milliseconds and
load nothing. Small inputs stay in this process: starting workers costs more than it saves.
"""
from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

from ..errors import KgError
from ..model import Article, ArticleOutput, ArticleResult

# Below this much text one process is about as fast as two (forking, and a core left idle while the
# last chunk finishes, cost what the second core gains): benchmarks/crossover.py measures it.
SMALL_INPUT = 12_000  # characters
# Articles per task sent to a worker: up to CHUNK_MAX while much input is left (the parser's batches are
# then full: 10% less parse time than with 2), shrinking to CHUNK_MIN at the end, so that no core waits
# long on the last task (guided scheduling over the next LOOKAHEAD articles)
CHUNK_MIN, CHUNK_MAX, LOOKAHEAD = 2, 8, 48
LOOKAHEAD_CHARS = 2_000_000
IN_FLIGHT = 3  # tasks queued per worker: enough that none waits, few enough that memory stays flat


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask), else the machine's count."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract(articles: Iterable[Article], *, jobs: int | None = None, scheduler: str | None = None,
            batch_size: int = 200) -> Iterator[ArticleOutput]:
    """ArticleOutputs for `articles`, in input order, with up to `jobs` processes (None: every
    available CPU); huge articles a bounded unit at a time (kg/units.py), their lines in a file
    (`LinesFile`). `scheduler` and `batch_size` are the Dask engine's; unused here."""
    todo = iter(articles)
    head: list[Article] = []
    size = 0
    for art in todo:  # read ahead until the input is known to be big enough to share out
        head.append(art)
        size += len(art.text)
        if size >= SMALL_INPUT:
            break
    if not head:  # all from the cache: no need to load the model
        return
    workers = available_cpus() if jobs is None else jobs
    with tempfile.TemporaryDirectory(prefix="kg-units-") as spill:
        if workers <= 1 or size < SMALL_INPUT:  # one process, or an input that ended before the threshold
            yield from _here(chain(head, todo), spill)
        else:
            yield from _shared(chain(head, todo), workers, spill)


class LinesFile:
    """A huge article's quad lines, kept in a file rather than in memory (2.7 million lines for a text of
    5 million characters): read as they are needed, once for the cache and once for the spool, in any
    order and with repeats (the build sorts and de-duplicates every quad)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __iter__(self) -> Iterator[str]:
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                yield line.rstrip("\n")

    def discard(self) -> None:
        """Remove the file once its lines are on the spool."""
        with contextlib.suppress(OSError):
            os.unlink(self.path)


def _here(articles: Iterable[Article], spill: str | None = None) -> Iterator[ArticleOutput]:
    """Parse and extract in this process; a huge article's lines go to a file in `spill` if given."""
    from ..extract import extract_articles
    from ..graph import article_nquads, content_hash
    from ..nlp import load_pipeline
    from ..units import extract_in_units

    nlp = load_pipeline()
    for parts in extract_in_units(articles, lambda arts: extract_articles(arts, nlp)):
        art = parts[0].article
        warnings = list(dict.fromkeys(w for p in parts for w in p.warnings))
        lines: list[str] | LinesFile
        if len(parts) == 1:
            lines = article_nquads(parts[0])
        elif spill is not None:
            lines = _spilled(parts, spill)
        else:  # on a Dask worker, whose files the client cannot read
            lines = sorted({q for p in parts for q in article_nquads(p)})
        yield ArticleOutput(art.id, content_hash(art), lines, warnings)  # type: ignore[arg-type]


def _spilled(parts: list[ArticleResult], folder: str) -> LinesFile:
    """A huge article's units' lines, written unit by unit into one file in `folder`: no more than a
    unit's lines (and its results) are held at once."""
    from ..graph import article_nquads

    fd, path = tempfile.mkstemp(prefix="article-", suffix=".nq", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        while parts:
            f.writelines(line + "\n" for line in article_nquads(parts.pop(0)))
    return LinesFile(path)


def extract_batch(articles: Sequence[Article], spill: str | None = None) -> list[ArticleOutput]:
    """Parse and extract a batch of articles into their quads (what a worker runs, forked or on Dask)."""
    return list(_here(articles, spill))


def _shared(articles: Iterator[Article], workers: int, spill: str) -> Iterator[ArticleOutput]:
    """Chunks of articles go to `workers` forked processes; the results come back in input order,
    with a bounded number of chunks in flight."""
    from ..nlp import load_pipeline

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:  # the workers inherit the pipeline loaded here
        load_pipeline()
        # the model's objects, loaded for good, leave the garbage collector's rounds: less work in
        # every worker and in this process, and the memory pages stay shared (kg.pipeline.build thaws)
        gc.freeze()
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    pending: list[Future[list[ArticleOutput]]] = []
    chunks = _chunks(articles, workers)
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(pool.submit(extract_batch, chunk, spill))
            if not pending:
                return
            try:
                done = pending.pop(0).result()
            except BrokenProcessPool:
                raise KgError("a parsing process died (out of memory?); try --jobs 1") from None
            yield from done
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(articles: Iterator[Article], workers: int) -> Iterator[list[Article]]:
    """The tasks for `workers` processes: a share of the articles read ahead, between CHUNK_MIN and
    CHUNK_MAX of them, so tasks are big while the input goes on and small as it ends."""
    ahead: deque[Article] = deque()
    held = 0  # characters read ahead: a few huge articles are not held all at once

    def read() -> None:
        nonlocal held
        while len(ahead) < LOOKAHEAD and held < LOOKAHEAD_CHARS:
            art = next(articles, None)
            if art is None:
                return
            ahead.append(art)
            held += len(art.text)

    read()
    while ahead:
        size = max(CHUNK_MIN, min(CHUNK_MAX, len(ahead) // (workers * IN_FLIGHT)))
        chunk = [ahead.popleft() for _ in range(min(size, len(ahead)))]
        held -= sum(len(a.text) for a in chunk)
        yield chunk
        read()
