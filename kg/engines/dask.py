"""The Dask engine (`kg build --engine dask --scheduler ADDRESS`): batches of articles go to the
workers, each worker parses with its own copy of the pipeline, and the quads come back to be merged
exactly as a local run merges them (so the output is byte-identical)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ..errors import KgError
from ..model import Article, ArticleOutput
from .local import extract_batch


def extract(articles: Iterable[Article], *, jobs: int | None = None, scheduler: str | None = None,
            batch_size: int = 200, in_flight: int = 8) -> Iterator[ArticleOutput]:
    """ArticleOutputs for `articles`, computed on the cluster at `scheduler`, in input order."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("the dask engine needs dask.distributed: pip install 'newskg[dask]'") from None
    if not scheduler:
        raise KgError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        client = Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    try:
        it = iter(articles)
        pending: list = []  # futures of batches, oldest first
        while True:
            while len(pending) < in_flight:  # a bounded window keeps memory flat
                batch = list(islice(it, batch_size))
                if not batch:
                    break
                pending.append(client.submit(extract_batch, batch, pure=False))
            if not pending:
                return
            yield from pending.pop(0).result()
    finally:
        client.close()
