"""Where extraction runs, looked up by name: each engine is a module with `extract(articles, ...)`
yielding one ArticleOutput per article, in input order. Engines are imported only when used."""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Protocol

from ..errors import KgError
from ..model import Article, ArticleOutput

ENGINES = {"local": "kg.engines.local", "dask": "kg.engines.dask"}


class Engine(Protocol):
    def extract(self, articles: Iterable[Article], *, jobs: int | None = None, scheduler: str | None = None,
                batch_size: int = 200) -> Iterator[ArticleOutput]: ...


def get_engine(name: str) -> Engine:
    """The engine module registered as `name`; raises KgError for an unknown name."""
    if name not in ENGINES:
        raise KgError(f"unknown engine '{name}'; use one of {', '.join(sorted(ENGINES))}")
    return importlib.import_module(ENGINES[name])  # type: ignore[return-value]
