"""The local engine: spaCy's `nlp.pipe` on this machine, in one or more processes."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain

from ..model import Article, ArticleOutput


def extract(articles: Iterable[Article], *, jobs: int = 1, scheduler: str | None = None,
            batch_size: int = 200) -> Iterator[ArticleOutput]:
    """Parse and extract `articles` here, with `jobs` processes (`scheduler` and `batch_size` unused)."""
    from ..extract import extract_articles
    from ..graph import article_nquads, content_hash
    from ..nlp import load_pipeline

    todo = iter(articles)
    first = next(todo, None)
    if first is None:  # all from the cache: no need to load the model
        return
    for r in extract_articles(chain([first], todo), load_pipeline(), n_process=max(1, jobs)):
        yield ArticleOutput(r.article.id, content_hash(r.article), article_nquads(r), r.warnings)


def extract_batch(articles: Sequence[Article], n_process: int = 1) -> list[ArticleOutput]:
    """Parse and extract a batch of articles into their quads (what a remote worker runs)."""
    return list(extract(articles, jobs=n_process))
