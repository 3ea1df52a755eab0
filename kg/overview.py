"""What the page shows of a big graph: an overview of its most important entities and the
best-supported edges among them, copied with their evidence into a small store for kg/show.py to
draw. A graph within those bounds is drawn whole, as before.

Drawing every edge of a 10,000-article store reads every event (about 9 s here) and writes a
page of 40,000 edges that nobody can read; the overview costs a second or two and stays readable.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from rdflib import Dataset

from .ns import FAMILY_CLASS
from .store import Store, load_nquads, matching, new_store, nquads_store, select_rows, tidy

PAGE_NODES = 300  # entities on the page of a big graph, unless --max-nodes says otherwise
EDGES_PER_NODE = 3  # edges among them: at most this many times the entities, those the most articles state
EVIDENCE_PER_EDGE = 5  # events copied per edge (the page lists 5 in a tooltip)

_NKG = "https://w3id.org/newskg/ontology#"
_ENTITIES = "https://w3id.org/newskg/graph/entities"
# each direct edge once per article graph that states it: its support
_EDGES = f"""PREFIX nkg: <{_NKG}>
SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  VALUES ?p {{ {" ".join(f"nkg:{f}" for f in sorted(FAMILY_CLASS))} }} GRAPH ?g {{ ?s ?p ?o }} }}
GROUP BY ?s ?p ?o"""


def page_source(graph: Store, max_nodes: int | None = None) -> Store:
    """`graph` itself if its page fits the bounds (`max_nodes` entities, default PAGE_NODES, and
    EDGES_PER_NODE edges per entity), else a small store with the part of it the page shows."""
    limit = max_nodes or PAGE_NODES
    support = {(s[1:-1], p[1:-1], o[1:-1]): int(n) for s, p, o, n in select_rows(graph, _EDGES)
               if s.startswith("<") and o.startswith("<")}
    spoken = f"{_NKG}spokespersonFor"
    blamed = f"{_NKG}holdsResponsible"
    edges = sorted(e for e in support  # as page_graph does (which keeps an accusation that has events of its own)
                   if not (e[1] == spoken and (e[0], f"{_NKG}represents", e[2]) in support)
                   and not (e[1] == f"{_NKG}accused" and (e[0], blamed, e[2]) in support))
    nodes = {s for s, _, _ in edges} | {o for _, _, o in edges}
    if len(nodes) <= limit and len(edges) <= EDGES_PER_NODE * limit:
        return graph
    from .analyse import pagerank

    rank = pagerank(sorted(nodes), [(s, o) for s, _, o in edges])
    kept = set(sorted(nodes, key=lambda n: (-rank[n], n))[:limit])  # the most important, as the page sizes them
    among = [e for e in edges if e[0] in kept and e[2] in kept]
    among = sorted(among, key=lambda e: (-support[e], e))[:EDGES_PER_NODE * limit]
    return _copy(graph, sorted(among))


def _copy(graph: Store, edges: list[tuple[str, str, str]]) -> Store:
    """A store with the edges, the description of their entities, and up to EVIDENCE_PER_EDGE events
    per edge (those of the articles that state it, first by graph name) with everything said about
    each event and its article. Looked up by index: a SPARQL join over VALUES is far slower here."""
    agent, target, relation, article = (_NKG + n for n in ("agent", "target", "edgeProperty", "article"))
    quads = []
    for n in sorted({s for s, _, _ in edges} | {o for _, _, o in edges}):
        quads += matching(graph, n, g=_ENTITIES)
    described: set[str] = set()
    for s, p, o in edges:
        stated = sorted(matching(graph, s, p, o), key=str)
        quads.append(stated[0])
        events = []
        for edge in stated:  # the articles that state the edge, until there are enough events
            g = edge.graph_name
            found = {q.subject for q in matching(graph, None, agent, s, g)}
            found &= {q.subject for q in matching(graph, None, target, o, g)}
            events += sorted(found & {q.subject for q in matching(graph, None, relation, p, g)}, key=str)
            if edge is not stated[0]:
                quads.append(edge)
            if len(events) >= EVIDENCE_PER_EDGE:
                break
        for e in sorted(events, key=str)[:EVIDENCE_PER_EDGE]:
            for q in matching(graph, e):
                quads.append(q)
                about = str(q.object)
                if q.predicate.value == article and about.startswith("<") and about not in described:
                    described.add(about)
                    quads += matching(graph, q.object)
    return new_store(quads)


def write_page(graph: Dataset | Store, path: Path, max_nodes: int | None = None) -> Path:
    """graph.html for `graph`: the whole graph, or the overview of a big one (see `page_source`)."""
    from .analyse import as_store
    from .show import write_html

    return write_html(page_source(as_store(graph), max_nodes), path, max_nodes)


def warm_page() -> threading.Thread:
    """Import the page's libraries and compile its templates in a thread, while the articles are parsed
    (0.3 s a build would otherwise spend after the parse). Call it only once no more processes are
    forked from this one, and join the thread before the build ends: a fork in the middle of an import
    would leave the child's import lock held."""
    def warm() -> None:
        from .show import templates

        templates()
    thread = threading.Thread(target=warm, name="kg-page-warm", daemon=True)
    thread.start()
    return thread


# Up to this size of N-Quads the page reads a copy of the store in memory: its queries run about 3 times
# faster there than on disk (a 100-article page drawn in 0.2 s, not 0.6 s), and the copy is small
PAGE_IN_MEMORY_MAX = 32 << 20  # bytes


def fits_in_memory(quads: Path) -> bool:
    """Whether `start_page` draws from a copy of the N-Quads file `quads` in memory."""
    return quads.stat().st_size <= PAGE_IN_MEMORY_MAX


class PageCopy:
    """The page's copy of a first build's articles: their quads as they come back from the parse (the run's IRI
    still a placeholder, which no part of the page reads), loaded into a store in memory only when the page is
    drawn, in its own thread, in one bulk load (one per article cost the parse 0.2 s of CPU in a 100-article build).
    Dropped once past PAGE_IN_MEMORY_MAX, or for a huge article's lines, kept in a file: the page reads the store."""

    def __init__(self) -> None:
        self.lines: list[str] | None = []
        self.size = 0

    def add(self, lines: Iterable[str]) -> None:
        if self.lines is None:
            return
        if not isinstance(lines, list):
            self.lines = None
            return
        self.size += sum(len(x) + 1 for x in lines)
        if self.size > PAGE_IN_MEMORY_MAX:
            self.lines = None
            return
        self.lines.extend(lines)

    def start(self, path: Path, max_nodes: int | None = None) -> Future[Path] | None:
        """`write_page` from the copy, tidied as the store will be, in a thread; None if it was dropped."""
        if self.lines is None:
            return None
        lines, self.lines = self.lines, None
        return start_page(None, path, max_nodes, tidied=True, lines=lines)


def start_page(graph: Store | None, path: Path, max_nodes: int | None = None, quads: Path | None = None,
               tidied: bool = False, lines: list[str] | None = None) -> Future[Path]:
    """`write_page` in a thread: its queries run in Oxigraph, without Python's lock, while the caller
    loads the store or writes the other files. `quads`: what `graph` holds, in an N-Quads file; if small,
    the page is drawn from a copy in memory; `lines`: N-Quads to draw from instead of `graph` (loaded into a
    store in the thread). `tidied`: what is drawn is tidied first, as the store is (for a copy: `graph` is then
    the caller's own)."""
    def draw() -> Path:
        if lines is not None:
            source = new_store()
            load_nquads(source, lines)
        else:
            source = nquads_store(quads) if quads is not None and fits_in_memory(quads) else graph
        if tidied:
            tidy(source)
        return write_page(source, path, max_nodes)

    pool = ThreadPoolExecutor(1, thread_name_prefix="kg-page")
    try:
        return pool.submit(draw)
    finally:
        pool.shutdown(wait=False)
