"""The main job, as one library call: articles in, graph files out.

Articles stream through: read -> parse (nlp.pipe batches, N processes, or a Dask cluster) ->
extract -> one article's quads -> a sorted on-disk spool. Nothing holds every document at once;
the outputs are written from the spool at the end. Each article's quads are cached by content
hash in OUT/.cache, so a re-run only parses the articles that changed.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError
from .model import Article


@dataclass
class BuildReport:
    """What a build read, found and wrote."""

    articles: int = 0
    cached: int = 0
    entities: Counter = field(default_factory=Counter)
    edges: Counter = field(default_factory=Counter)
    events: int = 0
    triples: int = 0
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[str] = field(default_factory=list)
    store_quads: int | None = None


@dataclass
class ArticleOutput:
    """What extraction of one article contributes to the build (picklable, cacheable)."""

    id: str
    hash: str
    lines: list[str]
    warnings: list[str]


def extract_batch(articles: Sequence[Article], n_process: int = 1) -> list[ArticleOutput]:
    """Parse and extract a batch of articles into their quads (what a worker runs)."""
    return list(_extract_stream(articles, n_process))


def _extract_stream(articles: Iterable[Article], n_process: int = 1) -> Iterator[ArticleOutput]:
    from .extract import extract_articles
    from .graph import article_nquads, content_hash
    from .nlp import load_pipeline

    for r in extract_articles(articles, load_pipeline(), n_process=n_process):
        yield ArticleOutput(r.article.id, content_hash(r.article), article_nquads(r), r.warnings)


class Cache:
    """Per-article quads keyed by content hash (and software version, through the hash)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, h: str) -> list[str] | None:
        if self.folder is None:
            return None
        p = self.folder / h[:2] / f"{h}.nq"
        try:
            lines = [x for x in p.read_text(encoding="utf-8").split("\n") if x]
        except (OSError, UnicodeDecodeError):
            return None
        return lines or None  # an empty entry (a crash before it reached the disk) is a miss

    def put(self, out: ArticleOutput) -> None:
        if self.folder is None:
            return
        from .export import atomic_write

        atomic_write(self.folder / out.hash[:2] / f"{out.hash}.nq", ("\n".join(out.lines) + "\n").encode("utf-8"))


def _progress(total_hint: int | None, quiet: bool):  # type: ignore[no-untyped-def]
    """A progress bar on a terminal (articles/s and ETA); nothing in CI or pipes."""
    import os
    import sys

    if quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total_hint, unit="article", dynamic_ncols=True, leave=False)


def build(inputs: Sequence[Path], out: Path, *, encoding: str = "utf-8", page: bool = True,
          extra_formats: Sequence[str] = (), max_nodes: int | None = None, timestamp: str | None = None,
          store: Path | None = None, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
          cache: bool = True, quiet: bool = False, batch_size: int = 200) -> BuildReport:
    """Read `inputs`, extract facts, and write graph.ttl, graph.trig and graph.html into `out`.

    Args:
        inputs: article files and folders ('-' for standard input).
        out: output folder; the previous files there are replaced only once the new ones are complete.
        page: also write graph.html.  extra_formats: more suffixes (nq, nq.gz, nt, jsonld).
        store: also add the build to this persistent store (article graphs replaced).
        jobs: processes for parsing.  engine: 'local' or 'dask' (with `scheduler`, a Dask address).
        cache: reuse OUT/.cache for articles whose content has not changed.
    Raises InputError when no article could be read; files that fail are listed in the report.
    """
    from .export import Spool, write_outputs
    from .graph import RUN_PLACEHOLDER, RunInfo, run_iri_from_hashes, run_nquads
    from .read import Failure, iter_inputs

    report = BuildReport()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    store_cache = Cache(out / ".cache" if cache else None)
    work = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=out))
    try:
        spool = Spool(work)
        hashes: list[str] = []
        ids: list[str] = []
        seen: dict[str, str] = {}
        bar = _progress(None, quiet)

        def articles() -> Iterator[Article]:
            for item in iter_inputs(inputs, encoding):
                if isinstance(item, Failure):
                    report.failed.append((item.source, item.reason))
                    continue
                if item.id in seen:
                    report.failed.append((item.source, f"{item.source}: article id '{item.id}' is used twice "
                                                       f"(also in {seen[item.id]})"))
                    continue
                seen[item.id] = item.source
                yield item

        def take(o: ArticleOutput) -> None:
            spool.add(o.lines)
            hashes.append(o.hash)
            ids.append(o.id)
            report.warnings.extend(o.warnings)
            if bar is not None:
                bar.update(1)

        todo_stream = _with_cache(articles(), store_cache, take, report)
        if engine == "dask":
            from .distributed import extract_on_dask

            outputs: Iterable[ArticleOutput] = extract_on_dask(todo_stream, scheduler, batch_size)
        elif engine == "local":
            outputs = _extract_stream(todo_stream, n_process=max(1, jobs))
        else:
            raise KgError(f"unknown engine '{engine}'; use local or dask")
        for o in outputs:
            store_cache.put(o)
            take(o)
        if bar is not None:
            bar.close()
        if not ids:
            reasons = "; ".join(r for _, r in report.failed) or "no article files found"
            raise InputError(f"nothing to build: {reasons}")
        run = RunInfo(run_iri_from_hashes(hashes), timestamp)
        spool.add(run_nquads(run, ids))
        report.articles = len(ids)
        names = ["ttl", "trig", *[f for f in extra_formats if f not in ("ttl", "trig")]]
        staged = work / "staged"
        staged.mkdir()
        files = write_outputs(spool, staged, names, work, (f"<{RUN_PLACEHOLDER}>", f"<{run.iri}>"))
        _count(work / "all.nq", report)
        if page:
            from .show import write_html
            from .store import open_store

            st = open_store()
            import pyoxigraph as ox

            st.bulk_load(path=str(work / "all.nq"), format=ox.RdfFormat.N_QUADS)
            files.append(write_html(st, staged / "graph.html", max_nodes))
        if store is not None:
            from .graph import article_graph_iri
            from .store import update_store_from_file

            report.store_quads = update_store_from_file(store, work / "all.nq",
                                                        [str(article_graph_iri(i)) for i in ids])
        for f in files:  # each file replaces its old version in one step, only now that all are ready
            target = out / f.name
            shutil.move(str(f), str(target))
            report.files.append(target)
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _with_cache(stream: Iterable[Article], cache: Cache, take: Callable[[ArticleOutput], None],
                report: BuildReport) -> Iterator[Article]:
    """Articles that need parsing; cached ones go straight to `take`."""
    from .graph import content_hash

    for art in stream:
        h = content_hash(art)
        lines = cache.get(h)
        if lines is not None:
            report.cached += 1
            take(ArticleOutput(art.id, h, lines, []))
        else:
            yield art


def _count(nq: Path, report: BuildReport) -> None:
    """Summary numbers from the final quads: entities by type, edges by relation, events."""
    nkg = "<https://w3id.org/newskg/ontology#"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    entity_types = {"Person", "Country", "City", "Region", "Organization", "GovernmentOrganization",
                    "IntergovernmentalOrganization", "ArmedForces"}
    families = {"called", "holdsResponsible", "represents", "spokespersonFor", "warned", "threatened", "demanded",
                "accused", "criticized", "attacked", "supports", "negotiatedWith", "metWith", "locatedIn"}
    edges: set[tuple[str, str, str]] = set()
    with nq.open(encoding="utf-8") as f:
        for line in f:
            report.triples += 1
            parts = line.split(" ", 3)
            if len(parts) < 3:
                continue
            s, p, o = parts[0], parts[1], parts[2]
            if p == rdf_type and o.startswith(nkg) and o[len(nkg):-1] in entity_types and \
                    "/graph/entities>" in parts[3]:
                report.entities[o[len(nkg):-1]] += 1
            elif p.startswith(nkg) and p[len(nkg):-1] in families:
                edges.add((s, p[len(nkg):-1], o))
            elif p == f"{nkg}edgeProperty>":
                report.events += 1
    for _, fam, _ in edges:
        report.edges[fam] += 1
