"""The local engine: spaCy's `nlp.pipe` on this machine, in one or more processes."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain

from ..model import Article, ArticleOutput


def extract(articles: Iterable[Article], *, jobs: int = 1, scheduler: str | None = None,
            batch_size: int = 200) -> Iterator[ArticleOutput]:
    """Parse and extract `articles` here, with `jobs` processes (`scheduler` and `batch_size` unused);
    huge articles a bounded unit at a time (kg/units.py)."""
    from ..extract import extract_articles
    from ..graph import article_nquads, content_hash
    from ..nlp import load_pipeline
    from ..units import extract_in_units

    todo = iter(articles)
    first = next(todo, None)
    if first is None:  # all from the cache: no need to load the model
        return
    nlp = load_pipeline()
    for parts in extract_in_units(chain([first], todo), lambda arts: extract_articles(arts, nlp, n_process=max(1, jobs))):
        art = parts[0].article
        lines = article_nquads(parts[0]) if len(parts) == 1 else sorted({q for p in parts for q in article_nquads(p)})
        warnings = list(dict.fromkeys(w for p in parts for w in p.warnings))
        yield ArticleOutput(art.id, content_hash(art), lines, warnings)


def extract_batch(articles: Sequence[Article], n_process: int = 1) -> list[ArticleOutput]:
    """Parse and extract a batch of articles into their quads (what a remote worker runs)."""
    return list(extract(articles, jobs=n_process))
