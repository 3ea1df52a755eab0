"""The main job, as one library call: articles in, graph files out.

Articles stream through: read -> parse (an engine: nlp.pipe batches in N processes, or a Dask
cluster) -> extract -> one article's quads -> an on-disk spool. Nothing holds every document at
once. Each article's quads are cached by content hash in OUT/.cache, so a re-run only parses the
articles that changed.

With a store (the default, OUT/store) an output folder is one dataset: the build's articles replace
their graphs in a new version of the store, and every file is then written from the store, so the
files hold every article built into OUT so far. Without one, the files hold this build alone.
"""
from __future__ import annotations

import gc

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError
from .model import Article, ArticleOutput
from .ns import FAMILY_CLASS
from .store import Store, current_version, recover

FILES_JOURNAL = ".kg-files.json"  # files of a build without a store, while they replace the old ones


@dataclass
class BuildReport:
    """What a build read and skipped, and what the graph it wrote holds."""

    articles: int = 0  # articles read and built by this build
    cached: int = 0  # of which unchanged, taken from the cache
    entities: Counter = field(default_factory=Counter)  # the rest count the graph written
    edges: Counter = field(default_factory=Counter)
    events: int = 0
    triples: int = 0
    graph_articles: int = 0
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of a folder that are not articles
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, the article it repeats)
    store_quads: int | None = None


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
        from .atomic import atomic_path
        from .export import joined

        with atomic_path(self.folder / out.hash[:2] / f"{out.hash}.nq") as tmp, tmp.open("w", encoding="utf-8") as f:
            for text in joined(out.lines):  # a huge article's quads a chunk at a time
                f.write(text)


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


_SAME_TEXT = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?digest ?id WHERE { ?a nkg:textDigest ?digest ; schema:identifier ?id } ORDER BY ?id LIMIT 1"""


def same_text_in(store: Path | None) -> Callable[[str], str | None]:
    """A lookup: text digest -> id of the article with that text in the store at `store` (None without one)."""
    from .store import current_version, open_store, query

    if store is None or current_version(store) is None:
        return lambda digest: None
    st = open_store(store, read_only=True)
    return lambda digest: next((row[1] for row in query(st, _SAME_TEXT, {"digest": digest}).rows), None)


def build(inputs: Sequence[Path], out: Path, *, encoding: str = "utf-8", page: bool = True,
          extra_formats: Sequence[str] = (), max_nodes: int | None = None, timestamp: str | None = None,
          store: Path | bool | None = True, fresh: bool = False, date: str | None = None, jobs: int | None = None,
          engine: str = "local", scheduler: str | None = None, cache: bool = True, quiet: bool = False,
          batch_size: int = 200) -> BuildReport:
    """Read `inputs`, extract facts, and write graph.ttl, graph.trig and graph.html into `out`.

    Args:
        inputs: article files and folders ('-' for standard input). Files of a folder that are not
            articles (README*, SOURCES*, ...) are skipped, and a text seen before (white space aside)
            is a duplicate, not a second article; both are listed in the report.
        out: output folder; the previous files there are replaced only once the new ones are complete.
        page: also write graph.html.  extra_formats: more suffixes (nq, nq.gz, nt, jsonld).
        store: the persistent store the build goes into (its articles' graphs replaced): True for
            OUT/store, or a folder. The files are then written from it, with every article it holds.
            None or False: no store, the files hold this build alone.
        fresh: start the store anew (only this build's articles).
        date: ISO date of the articles that give none (no dateline, no metadata).
        jobs: processes for parsing (None: every CPU this process may use; small inputs stay in one).
        engine: a name from kg.engines (local, dask; dask needs `scheduler`).
        cache: reuse OUT/.cache for articles whose content has not changed.
    Raises InputError when no article could be read; files that fail are listed in the report.
    """
    from .atomic import crash_point, finish_moves, full_disk, remove_work_folder, replace_together, work_folder
    from .engines import get_engine
    from .export import Spool, edited_copy, write_outputs
    from .graph import RUN_PLACEHOLDER, RunInfo, article_graph_iri, run_iri_from_hashes, run_nquads, text_digest
    from .read import Failure, Skipped, iter_inputs

    extractor = get_engine(engine)
    if store is True:
        store = out / "store"
    store = store or None
    report = BuildReport()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    # what a killed build left: a switch half done is finished (by the writer, if one is busy now),
    # then its temp folder can go
    report.warnings += recover(store, wait=False) if store is not None else []
    finish_moves(out / FILES_JOURNAL)
    store_cache = Cache(out / ".cache" if cache else None)
    known = same_text_in(None if fresh else store)
    try:
        work = work_folder(out)
    except OSError as exc:
        raise full_disk(exc, out) or KgError(f"{out}: cannot write here ({exc.strerror})") from None
    warming = None  # the thread that loads the page's libraries while articles are parsed
    frozen = gc.get_freeze_count()  # objects an engine freezes for its workers are collected again after
    try:
        spool = Spool(work)
        hashes: list[str] = []
        ids: list[str] = []
        seen: dict[str, str] = {}
        texts: dict[str, str] = {}
        bar = _progress(None, quiet)

        def articles() -> Iterator[Article]:
            for item in iter_inputs(inputs, encoding, default_date=date):
                if isinstance(item, Failure):
                    report.failed.append((item.source, item.reason))
                    continue
                if isinstance(item, Skipped):
                    report.skipped.append(item.source)
                    continue
                if item.id in seen:
                    report.failed.append((item.source, f"{item.source}: article id '{item.id}' is used twice "
                                                       f"(also in {seen[item.id]})"))
                    continue
                digest = text_digest(item.text)
                if digest in texts:
                    report.duplicates.append((item.source, texts[digest]))
                    continue
                owner = known(digest)
                if owner is not None and owner != item.id:
                    report.duplicates.append((item.source, f"article '{owner}' in {store}"))
                    continue
                seen[item.id] = texts[digest] = item.source
                yield item

        copy = None  # a first build's page is drawn from a copy in memory, loaded as the articles come back
        if page and store is not None and (fresh or current_version(store) is None):
            from .overview import PageCopy

            copy = PageCopy()

        def take(o: ArticleOutput) -> None:
            spool.add(o.lines)
            if copy is not None:
                copy.add(o.lines)
            hashes.append(o.hash)
            ids.append(o.id)
            report.warnings.extend(o.warnings)
            if bar is not None:
                bar.update(1)

        todo = _with_cache(articles(), store_cache, take, report)
        for o in extractor.extract(todo, jobs=jobs, scheduler=scheduler, batch_size=batch_size):
            if page and warming is None:  # the workers are forked by the time the first article is back
                from .overview import warm_page

                warming = warm_page()
            store_cache.put(o)
            take(o)
            crash_point("parse")
            if hasattr(o.lines, "discard"):  # a huge article's lines, in a file: on the spool now
                o.lines.discard()
            del o  # nor held in memory through the rest of the build
        if bar is not None:
            bar.close()
        if not ids and not (report.duplicates and store is not None):
            reasons = "; ".join(r for _, r in report.failed) or "no article files found"
            raise InputError(f"nothing to build: {reasons}")
        run = RunInfo(run_iri_from_hashes(hashes), timestamp)
        if ids:
            spool.add(run_nquads(run, ids))
        spool.close()
        crash_point("spool")
        report.articles = len(ids)
        names = ["ttl", "trig", *[f for f in extra_formats if f not in ("ttl", "trig")]]
        staged = work / "staged"
        staged.mkdir()
        placeholder = (f"<{RUN_PLACEHOLDER}>", f"<{run.iri}>")
        if store is None:
            from .store import scratch_store

            files = write_outputs(spool, staged, names, work, placeholder)
            graph = scratch_store(work / "graph", work / "all.nq")
            _count(graph, report)
            if page:
                from .overview import write_page

                files.append(write_page(graph, staged / "graph.html", max_nodes))
        else:
            from concurrent.futures import Future, wait

            from .overview import start_page
            from .store import replace_articles, writing
            from .storefiles import start_first_files, touched, write_version_files

            loaded = edited_copy(spool.path, work / "build.nq", placeholder)
            with writing(store, fresh=fresh) as version:
                st = version.store
                graphs = [str(article_graph_iri(i)) for i in ids]
                drawing: list[Future[Path]] = []

                def draw(quads: Path | None) -> None:
                    drawing.append(start_page(st, staged / "graph.html", max_nodes, quads))
                first = None
                try:  # the page is drawn while the store is loaded (if it starts empty) or the files written
                    if version.previous is None:  # a first build: its files too are written while the store loads
                        early = copy.start(staged / "graph.html", max_nodes) if copy is not None else None
                        if early is not None:  # else drawn once the files' quads are written (on_quads, below)
                            drawing.append(early)
                        first = start_first_files(loaded, names, work)
                    before = touched(st, graphs)
                    changes = replace_articles(st, loaded, graphs, work, merged=first is None)
                    crash_point("store")
                    files, quads = write_version_files(version, changes, before, staged, names, work,
                                                       draw if page and not drawing else None, first)
                    _count(st, report, quads)
                finally:  # nothing may still write into the work folder once the build ends
                    wait([*drawing, *([first] if first is not None else [])])
                drawn = drawing[0] if drawing else None
                crash_point("export")
                report.store_quads = report.triples
                if drawn is not None:
                    files.append(drawn.result())
                # the files switch with the store's version, even when builds into one folder overlap
                version.files = [(f, out / f.name) for f in files]
            report.files = [out / f.name for f in files]
            return report
        crash_point("export")
        replace_together([(f, out / f.name) for f in files], out / FILES_JOURNAL)
        report.files = [out / f.name for f in files]
        return report
    except OSError as exc:
        disk = full_disk(exc, work)
        if disk is None:
            raise
        raise disk from None
    finally:
        if warming is not None:
            warming.join()
        if not frozen and gc.get_freeze_count():
            gc.unfreeze()  # what the engine froze is garbage-collected again (a library caller builds many times)
        remove_work_folder(work)


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


_ENTITY_TYPES = ["Person", "Country", "City", "Region", "Organization", "GovernmentOrganization",
                 "IntergovernmentalOrganization", "ArmedForces"]
_SUMMARY = f"""PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?what ?kind (COUNT(*) AS ?n) WHERE {{
  {{ GRAPH <https://w3id.org/newskg/graph/entities> {{ ?x a ?t }}
     VALUES ?t {{ {" ".join(f"nkg:{t}" for t in _ENTITY_TYPES)} }} BIND ("entity" AS ?what) BIND (?t AS ?kind) }}
  UNION {{ SELECT DISTINCT ?x ?kind ?y ("edge" AS ?what) WHERE {{
           VALUES ?kind {{ {" ".join(f"nkg:{f}" for f in FAMILY_CLASS)} }} GRAPH ?g {{ ?x ?kind ?y }} }} }}
  UNION {{ GRAPH ?g {{ ?x nkg:edgeProperty ?p }} BIND ("event" AS ?what) }}
  UNION {{ GRAPH ?g {{ ?x a schema:NewsArticle }} BIND ("article" AS ?what) }}
}} GROUP BY ?what ?kind"""


def _count(graph: Store, report: BuildReport, quads: int | None = None) -> None:
    """Summary numbers of the graph written: entities by type, edges by relation, events, articles, quads
    (`quads` if the caller knows it)."""
    from .store import query

    for what, kind, n in query(graph, _SUMMARY).rows:
        name = (kind or "").rsplit("#", 1)[-1]
        if what == "entity":
            report.entities[name] = int(n or 0)
        elif what == "edge":
            report.edges[name] = int(n or 0)
        elif what == "event":
            report.events = int(n or 0)
        elif what == "article":
            report.graph_articles = int(n or 0)
    report.triples = len(graph) if quads is None else quads
