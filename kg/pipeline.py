"""The main job, as one library call: articles in, graph files out."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError
from .model import Article, ArticleResult


@dataclass
class BuildReport:
    """What a build read, found and wrote."""

    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)
    events: int = 0
    triples: int = 0
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[str] = field(default_factory=list)
    store_quads: int | None = None


def read_all(inputs: Sequence[Path], encoding: str, report: BuildReport) -> list[Article]:
    """Every readable article; unreadable files are listed in the report, not fatal."""
    from .read import expand_paths, read_file

    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in expand_paths(inputs):
        try:
            for art in read_file(path, encoding):
                if art.id in seen:
                    raise InputError(f"{art.source}: article id '{art.id}' is used twice (also in {seen[art.id]})")
                seen[art.id] = art.source
                articles.append(art)
        except InputError as exc:
            report.failed.append((str(path), str(exc)))
    return articles


def extract_all(articles: Sequence[Article]) -> list[ArticleResult]:
    from .extract import extract_articles
    from .nlp import load_pipeline

    return list(extract_articles(articles, load_pipeline()))


def build(inputs: Sequence[Path], out: Path, *, encoding: str = "utf-8", page: bool = True,
          extra_formats: Sequence[str] = (), max_nodes: int | None = None, timestamp: str | None = None,
          store: Path | None = None) -> BuildReport:
    """Read `inputs`, extract facts, and write graph.ttl, graph.trig and graph.html into `out`.

    With `store`, the build is also added to that persistent pyoxigraph store (article graphs replaced).
    Raises InputError when no article could be read; files that fail are listed in the report.
    """
    from .export import write_graph
    from .graph import build_dataset, direct_edges
    from .show import write_html

    report = BuildReport()
    articles = read_all(inputs, encoding, report)
    if not articles:
        reasons = "; ".join(r for _, r in report.failed) or "no article files found"
        raise InputError(f"nothing to build: {reasons}")
    results = extract_all(articles)
    ds = build_dataset(results, started=timestamp)
    report.articles = len(results)
    types: dict[str, str] = {}
    for r in results:
        report.events += len(r.events)
        types.update({k: e.type for k, e in r.entities.items()})
    report.entities = Counter(types.values())
    for _, p, _ in direct_edges(ds):
        report.edges[str(p).rsplit("#", 1)[-1]] += 1
    report.triples = sum(1 for _ in ds.quads((None, None, None, None)))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    for name in ["graph.ttl", "graph.trig", *[f"graph.{f}" for f in extra_formats]]:
        report.files.append(write_graph(ds, out / name))
    if page:
        report.files.append(write_html(ds, out / "graph.html", max_nodes))
    if store is not None:
        from .export import to_nquads
        from .graph import article_graph_iri
        from .store import update_store

        report.store_quads = update_store(store, to_nquads(ds),
                                          [str(article_graph_iri(r.article.id)) for r in results])
    return report
