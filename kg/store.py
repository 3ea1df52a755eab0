"""The triple store, and the one module that uses pyoxigraph: read graph files (one table of formats),
open a persistent store, replace articles' graphs in a new version of it, dump and convert quads,
and run SPARQL.

Oxigraph is 25-40x faster than rdflib at SPARQL and Turtle on large graphs, so queries and bulk
paths go through here; rdflib stays the model-building library.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import gzip
import os
import re
import shutil
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from .errors import QueryError, StoreError

if TYPE_CHECKING:
    from rdflib import Dataset

Store = ox.Store

# The one table of graph file formats, by suffix; any of them may also be gzipped (name.SUFFIX.gz).
FORMATS: dict[str, ox.RdfFormat] = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                                    "nq": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES,
                                    "jsonld": ox.RdfFormat.JSON_LD}

XSD = "http://www.w3.org/2001/XMLSchema#"
# Graph files write every literal in the form Oxigraph keeps (xsd:integer offsets, shortest decimals,
# UTC as Z; see ontology/newskg.ttl), so a store's quads are the files' quads, line for line.


def suffix_of(path: Path) -> str | None:
    """The format suffix of a graph file name ('trig' for x.trig and x.trig.gz), or None."""
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return suffix if suffix in FORMATS else None


def load_file(store: ox.Store, path: Path) -> None:
    """Add a graph file (.ttl .trig .nq .nt .jsonld, optionally .gz) to the store; StoreError if it
    cannot be read or does not parse."""
    suffix = suffix_of(path)
    if suffix is None:
        raise StoreError(f"{path}: unknown RDF file type; use " + ", ".join(f".{s}" for s in FORMATS))
    try:
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise StoreError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        store.bulk_load(data, format=FORMATS[suffix])
    except SyntaxError as exc:
        raise StoreError(f"{path}: not valid {suffix}: {str(exc).splitlines()[0][:200]}") from None


def read_graph(path: Path) -> ox.Store:
    """An in-memory store holding a graph file, or every .trig file of a folder (else its .ttl files)."""
    store = ox.Store()
    if path.is_dir():
        files = sorted(path.rglob("*.trig")) or sorted(path.rglob("*.ttl"))
        if not files:
            raise StoreError(f"{path}: no .trig or .ttl file in this folder")
    else:
        files = [path]
    for f in files:
        load_file(store, f)
    return store


def scratch_store(folder: Path, nquads: Path) -> ox.Store:
    """An on-disk store in `folder` (a build's work folder) holding an N-Quads file, loaded in pieces:
    a build without a store counts and draws from it in bounded memory (in memory, 10,000 articles
    took 1.5 GB)."""
    store = ox.Store(str(folder))
    with _naming(folder):
        for piece in _pieces(nquads, mentions_blank_nodes(nquads)):
            store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)
    return store


def open_source(graph: Path | None = None, store: Path | None = None) -> ox.Store:
    """What a reading command works on: a graph file (or folder of them), else the store at `store`
    (default output/store), opened read-only. Raises StoreError for both, a missing or an empty store."""
    from .config import DEFAULT_STORE

    if graph is not None and store is not None:
        raise StoreError("give a graph file or --store, not both")
    if graph is not None:
        return read_graph(graph)
    path = store or DEFAULT_STORE
    st = open_store(path, read_only=True)
    if not len(st):
        raise StoreError(f"the store {path} is empty; build into it first (kg build ... --out {path.parent})")
    return st


# -- persistent stores: a folder of versions, `current` links to the live one -----------------

def current_version(path: Path) -> Path | None:
    """The version folder the store at `path` serves now, or None if there is no store."""
    link = path / "current"
    return path / os.readlink(link) if link.is_symlink() else None


def open_version(version: Path | str) -> ox.Store:
    """One version of a store, read-only (what `kg serve`'s workers keep open)."""
    return ox.Store.read_only(str(version))


def load_nquads(store: ox.Store, lines: list[str]) -> None:
    """Add N-Quads lines (e.g. an rdflib dataset's, from export.dataset_lines) to the store."""
    if lines:
        store.bulk_load(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)


def open_store(path: Path | None = None, read_only: bool = False) -> ox.Store:
    """The store in folder `path` (its current version), or an in-memory one when `path` is None.

    Readers open it read-only; writers go through `writing()`, which never touches the version
    readers use."""
    if path is None:
        return ox.Store()
    if read_only and (path / JOURNAL).exists():  # a killed build's switch: finish it, unless a writer is busy
        with contextlib.suppress(StoreError):
            recover(path, wait=False)
    version = current_version(path)
    if version is None:
        if read_only:
            raise StoreError(f"{path}: no store here; build one with `kg build ... --store {path}`")
        with writing(path):
            pass
        version = current_version(path)
    try:
        return ox.Store.read_only(str(version)) if read_only else ox.Store(str(version))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from None


@dataclass
class Version:
    """A version of a persistent store being written (see `writing`)."""

    store: ox.Store
    previous: Path | None  # the version it started as a copy of (None: a new or fresh store)
    # set by the writer: files to keep next to the version, by suffix (`part_file`); "nq" is its quads
    parts: dict[str, Path] = field(default_factory=dict)
    files: list[tuple[Path, Path]] = field(default_factory=list)  # (new file, target): switched with the version


QUADS_TAG = "q2"  # the form of the files a version keeps (its manifest says it); older forms are not reused
JOURNAL = ".commit.json"  # a version being made current, and the files that switch with it


def part_file(version: Path, suffix: str) -> Path:
    """Where a version keeps a file written from it (vNNNNNN.SUFFIX), for the next build to start from."""
    return version.with_name(f"{version.name}.{suffix}")


def quads_file(version: Path) -> Path:
    """Where a version keeps its quads as N-Quads, sorted as graph files write them: the next build
    starts from it instead of dumping the store."""
    return part_file(version, "nq")


def _versions(path: Path) -> list[str]:
    return sorted(p.name for p in path.glob("v[0-9]*") if p.is_dir())


def _remove_version(path: Path, name: str) -> None:
    shutil.rmtree(path / name, ignore_errors=True)
    for f in path.glob(f"{name}.*"):  # the files it keeps, of any form
        f.unlink(missing_ok=True)


def _switch(path: Path, name: str) -> None:
    """Point `current` at version `name`, in one step."""
    tmp = path / ".current.tmp"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(name, tmp)
    os.replace(tmp, path / "current")


def _recover(path: Path) -> list[str]:
    """Put a store a writer left (killed, say) in order; the caller holds the lock. A journaled version
    is complete: it becomes current and its files are moved into place. A version newer than
    `current` and not journaled was cut short: it is removed. Returns what was done, in words."""
    from .atomic import finish_moves, read_journal

    done = []
    journal = read_journal(path / JOURNAL)
    if journal is not None:
        name = str(journal.get("version", ""))
        if (path / name).is_dir():
            _switch(path, name)
            finish_moves(path / JOURNAL, journal)
            done.append(f"finished switching {path} to {name} and the files written from it")
        (path / JOURNAL).unlink(missing_ok=True)
    live = current_version(path)
    for name in _versions(path):
        if live is None or name > live.name:
            _remove_version(path, name)
            done.append(f"removed {path / name}, a version a killed build left incomplete")
    for f in path.glob("v[0-9]*.*"):  # a file kept for a version that is gone
        if not (path / f.name.split(".", 1)[0]).is_dir():
            f.unlink(missing_ok=True)
    return done


def _lock(path: Path) -> IO[str]:
    try:
        path.mkdir(parents=True, exist_ok=True)
        return open(path / ".lock", "w")
    except OSError as exc:
        raise StoreError(f"{path}: cannot create the store ({exc.strerror})") from None


def recover(path: Path, wait: bool = True) -> list[str]:
    """Finish or undo what a killed writer left in the store at `path` (see `_recover`), in the
    writers' turn; with `wait` False, only if no writer holds the store now. Returns what was done."""
    live = current_version(path)
    if not (path / JOURNAL).exists() and all(live is not None and n <= live.name for n in _versions(path)):
        return []
    with _lock(path) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            return []
        return _recover(path)


@contextlib.contextmanager
def writing(path: Path, fresh: bool = False) -> Iterator[Version]:
    """A writable copy of the store's current version (an empty one if `fresh`); it becomes current
    only if the block succeeds, with the files the block names in `Version.parts` kept next to it,
    together with the files it lists in `Version.files`, still in the writer's turn.

    Readers keep the version they opened. A crash before the switch leaves `current` on the previous
    version (the next writer removes the cut-short one); a crash during it is finished by the next
    writer (a journal). Writers take turns (a lock file)."""
    from .atomic import crash_point, finish_moves, write_journal

    with _lock(path) as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _recover(path)
        live = current_version(path)
        old = None if fresh else live
        versions = _versions(path)
        new = path / f"v{int(versions[-1][1:]) + 1 if versions else 1:06d}"
        if old is not None:
            ox.Store.read_only(str(old)).backup(str(new))  # hard links: cheap
        version: Version | None = Version(ox.Store(str(new)), old)
        try:
            with _naming(new):  # what names no file here was written to the store
                yield version  # type: ignore[misc]
                version.store.flush()  # type: ignore[union-attr]
                for suffix, f in version.parts.items():  # type: ignore[union-attr]
                    shutil.move(str(f), str(part_file(new, suffix)))
        except BaseException:
            version = None
            _remove_version(path, new.name)
            raise
        moves = version.files  # type: ignore[union-attr]
        version = None  # drops the last reference: the database closes before readers may open it
        crash_point("commit")
        write_journal(path / JOURNAL, moves, version=new.name)  # from here on the new version wins
        crash_point("switch")
        _switch(path, new.name)
        finish_moves(path / JOURNAL)
        for name in _versions(path):  # keep the previous version for readers still on it
            if name not in (new.name, live.name if live is not None else None):
                _remove_version(path, name)


@dataclass
class Changes:
    """What loading a build changed in a store, as N-Quads lines the way the store writes them."""

    dropped: list[str]  # the article graphs removed before the load
    added: Path  # the build's quads
    removed: Path  # the quads `tidy` removed after the load
    exact: bool  # False if blank nodes (which a store renames) make these lines unfit for merging text


BULK_CHUNK = 64 << 20  # bytes of N-Quads per bulk load: memory stays bounded however big the build


# Up to this size a build's quads are loaded and rewritten at once (0.2 s of a 100-article build);
# above it one after the other, which needs less memory (130 MB less at 1,000 articles)
TOGETHER_MAX = 16 << 20  # bytes of N-Quads


def replace_articles(store: ox.Store, nquads_file: Path, article_graphs: list[str], work: Path,
                     merged: bool = True) -> Changes:
    """Load a build's N-Quads into `store`, replacing the named graphs of the articles it rebuilt, and
    keep the store one consistent dataset (see `tidy`). Returns the changes, for the quads file;
    unless `merged`, the build's quads are loaded as they are, not rewritten as the store writes
    them, and the changes are marked unfit for merging (a first build's files need none).

    The quads go in pieces of BULK_CHUNK bytes (Oxigraph's bulk loader holds what it is given in
    memory: 1.6 GB for 2.5M quads at once), unless blank nodes, which must stay in one piece."""
    added, removed = work / "added.nq", work / "removed.nq"
    whole = mentions_blank_nodes(nquads_file)
    exact = True

    def rewrite() -> None:
        nonlocal exact
        with _naming(added), added.open("wb") as out:
            for piece in _pieces(nquads_file, whole):
                build = ox.Store()  # the build's quads written as the store writes them
                build.bulk_load(piece, format=ox.RdfFormat.N_QUADS)
                out.write(build.dump(format=ox.RdfFormat.N_QUADS) or b"")
                exact = exact and not build.query("ASK { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } }")

    def load(source: Path) -> None:
        for g in article_graphs:
            store.remove_graph(ox.NamedNode(g))
        for piece in _pieces(source, whole):
            store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)

    if not merged and not whole:
        exact, added = False, nquads_file
        load(nquads_file)
    elif whole or nquads_file.stat().st_size > TOGETHER_MAX:
        # blank nodes: loaded as the rewrite labels them; a big build: one after the other, as both
        # at once would hold the two stores' buffers together
        rewrite()
        load(added)
    else:  # the same terms either way: both run at once, in Oxigraph, without Python's lock
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1, thread_name_prefix="kg-rewrite") as pool:
            written = pool.submit(rewrite)
            try:
                load(nquads_file)
            except BaseException:
                written.exception()  # wait for it, but report the load's own error
                raise
            written.result()
    gone = tidy(store)
    with _naming(removed):
        ox.serialize(gone, str(removed), format=ox.RdfFormat.N_QUADS)
    return Changes(article_graphs, added, removed, bool(exact))


def _pieces(path: Path, whole: bool = False) -> Iterator[bytes]:
    """A file's lines in pieces of about BULK_CHUNK bytes (all at once if `whole`)."""
    with path.open("rb") as f:
        while data := f.read(-1 if whole else BULK_CHUNK):
            yield data + f.readline()


def mentions_blank_nodes(path: Path) -> bool:
    """Whether an N-Quads file may hold a blank node (or a literal that looks like one)."""
    with path.open("rb") as f:
        tail = b""
        while data := f.read(1 << 24):
            if b"_:" in tail + data:
                return True
            tail = data[-1:]
    return False


@contextlib.contextmanager
def _naming(path: Path) -> Iterator[None]:
    """An OSError from pyoxigraph (which names no file) names `path`: a full disk is reported with it."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None


_NS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nkg: <https://w3id.org/newskg/ontology#>
"""
_ENTITIES = "<https://w3id.org/newskg/graph/entities>"
_RUN = "<https://w3id.org/newskg/graph/run>"
_LABELS = _NS + f"""SELECT DISTINCT ?e ?l WHERE {{ GRAPH {_ENTITIES} {{ ?e rdfs:label ?l, ?m FILTER(?l != ?m) }} }}"""
# an entity no article mentions any more, and a run that generated none of the articles now held
_STALE_ENTITIES = _NS + f"""SELECT ?s ?p ?o WHERE {{ GRAPH {_ENTITIES} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ {{ ?s ?x ?y }} UNION {{ ?y ?x ?s }} }} FILTER(?g NOT IN ({_ENTITIES}, {_RUN})) }} }}"""
_STALE_RUNS = _NS + f"""SELECT ?s ?p ?o WHERE {{ GRAPH {_RUN} {{ ?s a nkg:Run ; ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?g prov:wasGeneratedBy ?s }} }} }}"""


def _solutions(store: ox.Store, text: str) -> ox.QuerySolutions:
    res = store.query(text)
    assert isinstance(res, ox.QuerySolutions)
    return res


def tidy(store: ox.Store) -> list[ox.Quad]:
    """What a build adds to a store leaves one dataset, as a single build of every article would:
    an entity keeps one rdfs:label (the first in N-Quads order, as in files), and entities and runs
    that no article refers to any more are dropped. Returns the quads it removed."""
    entities, runs = ox.NamedNode(_ENTITIES[1:-1]), ox.NamedNode(_RUN[1:-1])
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    labels: dict[ox.NamedNode, list[ox.Literal]] = {}
    for sol in _solutions(store, _LABELS):
        labels.setdefault(sol["e"], []).append(sol["l"])
    gone = []
    for entity, names in labels.items():
        keep = min(names, key=lambda lit: str(lit).encode("utf-8"))
        gone += [ox.Quad(entity, label, lit, entities) for lit in names if lit != keep]
    for text, graph in ((_STALE_ENTITIES, entities), (_STALE_RUNS, runs)):
        gone += [ox.Quad(sol["s"], sol["p"], sol["o"], graph) for sol in _solutions(store, text)]
    for q in gone:
        store.remove(q)
    return gone


def dump_nquads(store: ox.Store, path: Path) -> None:
    """Every quad of the store as N-Quads (unsorted) in `path`."""
    store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)


def nquads_to_trig(src: Path, dst: Path, prefixes: dict[str, str]) -> None:
    """TriG for an N-Quads file, graphs in the order they come."""
    ox.serialize(ox.parse(path=str(src), format=ox.RdfFormat.N_QUADS), str(dst), format=ox.RdfFormat.TRIG,
                 prefixes=prefixes)


def quads(store: ox.Store) -> Iterator[tuple[str, str, str, str | None]]:
    """Every quad as (subject, predicate, object) in N-Triples syntax and the graph IRI (None: the default graph)."""
    for q in store:
        g = q.graph_name
        yield str(q.subject), str(q.predicate), str(q.object), g.value if isinstance(g, ox.NamedNode) else None


def to_dataset(store: ox.Store) -> Dataset:
    """The store as an rdflib Dataset (for rdflib-based checks such as SHACL)."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(data=(store.dump(format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8"), format="nquads")
    return ds


def nquads_store(path: Path) -> ox.Store:
    """An in-memory store holding an N-Quads file."""
    store = ox.Store()
    with _naming(path):
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def from_nquads(lines: list[str]) -> ox.Store:
    """An in-memory store holding N-Quads lines."""
    store = ox.Store()
    if lines:
        store.bulk_load(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


# -- parts of a store, looked up by index (kg/storefiles.py, kg/overview.py) --------------------

Node = ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph | ox.Triple


def matching(store: ox.Store, s: str | Node | None = None, p: str | Node | None = None,
             o: str | Node | None = None, g: str | Node | None = None) -> Iterator[ox.Quad]:
    """The quads that match a pattern: each place an IRI (a string), a term of a quad, or None for any."""
    def term(x: str | Node | None) -> Node | None:
        return _named(x) if isinstance(x, str) else x

    return store.quads_for_pattern(term(s), term(p), term(o), term(g))  # type: ignore[arg-type]


_named = functools.lru_cache(maxsize=1 << 14)(ox.NamedNode)  # the same IRIs come back in loops


def new_store(quads: Iterable[ox.Quad] = ()) -> ox.Store:
    """An in-memory store holding `quads`."""
    st = ox.Store()
    st.extend(quads)
    return st


def quad_lines(store: ox.Store, subject: str | None = None, graph: str | None = None) -> list[str]:
    """The quads with this subject and/or in this graph (IRIs), as N-Quads lines the way graph files
    write them (files keep literals as the store does). StoreError for a quad in the default graph."""
    lines = []
    for q in matching(store, subject, None, None, graph):
        if not isinstance(q.graph_name, ox.NamedNode):
            raise StoreError("a quad in the default graph")
        lines.append(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .")
    return lines


def select_rows(store: ox.Store, text: str) -> list[list[str]]:
    """A SELECT query's rows (over the union of the graphs) as N-Triples terms ('' if unbound), written
    out by Oxigraph in one go: far fewer Python objects than reading solutions one by one."""
    res = store.query(text, use_default_graph_as_union=True)
    assert isinstance(res, ox.QuerySolutions)
    table = (res.serialize(format=ox.QueryResultsFormat.TSV) or b"").decode("utf-8")
    return [line.split("\t") for line in table.split("\n")[1:] if line]


def select_values(store: ox.Store, text: str) -> list[list[str | None]]:
    """A SELECT query's rows (over the union of the graphs) as plain values (None if unbound): what a
    page reads, without a Term for each cell."""
    with _query_errors(text):
        res = store.query(text, use_default_graph_as_union=True)
        assert isinstance(res, ox.QuerySolutions)
        names = res.variables
        return [[None if (t := sol[v]) is None else getattr(t, "value", str(t)) for v in names] for sol in res]


def trig_text(lines: list[str], prefixes: dict[str, str]) -> bytes:
    """TriG for N-Quads lines, graphs in the order they come (as `nquads_to_trig` writes a file)."""
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return ox.serialize(ox.parse(data, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.TRIG,
                        prefixes=prefixes) or b""


# -- SPARQL -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One RDF term of a result: kind is 'uri', 'literal' or 'bnode' (the SPARQL JSON names)."""

    kind: str
    value: str
    datatype: str | None = None  # for literals other than plain strings
    lang: str | None = None


@dataclass
class Result:
    """A query's answer: SELECT rows (values as strings, and the same as Terms), an ASK boolean, or
    CONSTRUCT/DESCRIBE triples as N-Triples."""

    kind: str  # select | ask | graph
    variables: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    ntriples: str = ""
    terms: list[list[Term | None]] = field(default_factory=list)
    truncated: bool = False  # more rows than were asked for

    def __post_init__(self) -> None:
        if self.rows and not self.terms:  # built from plain values: take them as literals
            self.terms = [[None if v is None else Term("literal", v) for v in row] for row in self.rows]


def _term(t: object) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt: str | None = t.datatype.value if t.datatype is not None else None
        if t.language or dt == f"{XSD}string":
            dt = None
        return Term("literal", t.value, dt, t.language or None)
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    return Term("literal", str(t))


def is_iri(text: str) -> bool:
    """True if `text` is an absolute IRI (RFC 3987, as Oxigraph checks it)."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def query(store: ox.Store, text: str, params: dict[str, str] | None = None,
          max_rows: int | None = None) -> Result:
    """Run SPARQL over the union of all graphs; `params` bind variables (as literals, or IRIs if <...>);
    at most `max_rows` rows or triples when given. Raises QueryError with a one-line reason."""
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {}
    for name, value in (params or {}).items():
        if value.startswith("<") and value.endswith(">"):
            if not is_iri(value[1:-1]):
                raise QueryError(f"{name}={value}: not a valid IRI")
            subs[ox.Variable(name)] = ox.NamedNode(value[1:-1])
        else:
            subs[ox.Variable(name)] = ox.Literal(value)
    with _query_errors(text):  # raised when the query is parsed, or while the answer is computed
        res = store.query(text, use_default_graph_as_union=True, substitutions=subs or None)
        return _collect(res, max_rows)


@contextlib.contextmanager
def _query_errors(text: str) -> Iterator[None]:
    """Oxigraph's errors while a query is parsed or answered, as one-line QueryErrors."""
    try:
        yield
    except SyntaxError as exc:
        raise QueryError(syntax_message(str(exc), text)) from None
    except (ValueError, OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}") from None


def _collect(res: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, max_rows: int | None) -> Result:
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        out = Result("select", variables)
        for i, sol in enumerate(res):
            if max_rows is not None and i >= max_rows:
                out.truncated = True
                break
            terms = [_term(sol[v]) for v in variables]
            out.terms.append(terms)
            out.rows.append([None if t is None else t.value for t in terms])
        return out
    triples = []
    for i, t in enumerate(res):
        if max_rows is not None and i >= max_rows:
            break
        triples.append(f"{t.subject} {t.predicate} {t.object} .")
    triples.sort()
    return Result("graph", ntriples="\n".join(triples) + ("\n" if triples else ""))


_AT = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.S)


def syntax_message(error: str, text: str) -> str:
    """One readable line for a SPARQL parser error: where, what is there, and what was expected
    (keywords and punctuation; the parser's character classes are left out)."""
    m = _AT.match(error)
    if not m:
        return f"SPARQL syntax error: {error.splitlines()[0] if error else 'invalid query'}"
    line, col, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.split("\n")
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    before, here = " ".join(row[:col - 1].split()[-3:]), row[col - 1:].strip()
    near = (f' after "{before}"' if before else "") + (f' at "{here[:20]}"' if here else " at the end of the query"
                                                       if line >= len(lines) else " at the end of the line")
    items = _expected_items(expected)
    if "IRI parsing failed" in expected:
        what = "not a valid IRI"
    elif "Prefix not found" in expected:
        used = re.findall(r"(?:^|[\s(,;{/^|!])([A-Za-z][\w.-]*:)", row[:col - 1] + " " + here)
        what = (f"unknown prefix {used[-1]}" if used else "unknown prefix") + " (declare it with PREFIX)"
    elif items:
        what = "expected " + (items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1])
    else:
        what = "the query cannot go on here"
    return f"SPARQL syntax error at line {line}, column {col},{near}: {what}"


def _expected_items(expected: str) -> list[str]:
    """Keywords and quoted tokens from the parser's 'expected' list, without character classes."""
    flat = re.sub(r"\[[^\]]*\]", "", expected.replace("\n", " "))  # drop ['a'..='z' | ...] classes
    out = []
    for tok in re.findall(r'"[^"]+"|\b[A-Za-z]{2,}\b', flat):
        tok = tok.strip('"')
        if tok in ("Prefix", "not", "found", "IRI", "parsing", "failed") or tok in out:
            continue
        out.append(tok)
    return out[:12]
