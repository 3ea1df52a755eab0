"""Write graphs to files: Turtle, TriG, N-Quads (optionally gzipped), N-Triples and JSON-LD.

Quads are collected as N-Quads lines in sorted chunk files (a spool), merged in order and
written with Oxigraph's serializers, so a million-triple corpus exports in seconds with flat
memory, and the same input always gives byte-identical files. Every write is atomic (a temp
file, then a rename).
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .errors import KgError
from .ns import PREFIXES

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ENTITIES = "<https://w3id.org/newskg/graph/entities>"
SUFFIXES = ("ttl", "trig", "nq", "nq.gz", "nt", "jsonld")


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the new one, never half."""
    with atomic_open(path) as f:
        f.write(data)


class atomic_open:
    """A binary file that replaces `path` only when closed without an error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.f = os.fdopen(fd, "wb")
        return self.f

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        try:
            if exc_type is None:
                self.f.flush()
                os.fsync(self.f.fileno())
            self.f.close()
            if exc_type is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private one
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def _graph_of(line: str) -> str:
    """The graph IRI of an N-Quads line: its last term (IRIs hold no spaces)."""
    end = len(line.rstrip()) - 2  # before " ."
    return line[line.rfind(" ", 0, end) + 1:end]


_SORT = shutil.which("sort")  # coreutils: sorts and merges on disk at C speed, with bounded memory


def _sort_unique(src: Path, dst: Path, work: Path) -> None:
    """Byte-order sort of a file's lines, duplicates dropped (GNU sort, else Python)."""
    if _SORT is not None:
        env = {**os.environ, "LC_ALL": "C"}
        subprocess.run([_SORT, "-u", "-S", "256M", "--parallel=2", "-T", str(work), "-o", str(dst), str(src)],
                       env=env, check=True)
        return
    with src.open(encoding="utf-8") as f:
        lines = sorted(set(f))
    with dst.open("w", encoding="utf-8") as f:
        f.writelines(lines)


class Spool:
    """Collects N-Quads lines on disk and gives them back sorted by (graph, subject, predicate, object)."""

    def __init__(self, folder: Path, key_graph: bool = True) -> None:
        self.folder = folder
        self.key_graph = key_graph
        self.raw = folder / ("spool.q" if key_graph else "spool.t")
        self.f = self.raw.open("w", encoding="utf-8")
        self.labels: dict[str, set[str]] = {}  # entity -> its labels, to spot one named two ways

    def add(self, lines: Iterable[str]) -> None:
        if not self.key_graph:
            self.f.writelines(line + "\n" for line in lines)
            return
        for line in lines:
            g = _graph_of(line)
            if g == ENTITIES and f" {RDFS_LABEL} " in line:
                self.labels.setdefault(line.split(" ", 1)[0], set()).add(line)
            self.f.write(f"{g}\t{line}\n")

    def write_sorted(self, dst: Path, replace: tuple[str, str] | None = None) -> None:
        """The unique lines in order into `dst`; of several labels of one entity the first is kept."""
        self.f.close()
        done = self.raw.with_suffix(".sorted")
        _sort_unique(self.raw, done, self.folder)
        drop = {line for ls in self.labels.values() if len(ls) > 1 for line in sorted(ls)[1:]}
        if self.key_graph and not drop and not replace and shutil.which("cut"):
            with dst.open("wb") as out:  # strip the sort key at C speed
                subprocess.run(["cut", "-f2-", str(done)], stdout=out, check=True)
            return
        with done.open(encoding="utf-8") as f, dst.open("w", encoding="utf-8") as out:
            for item in f:
                line = item.split("\t", 1)[1] if self.key_graph else item
                if drop and line[:-1] in drop:
                    continue
                if replace and replace[0] in line:
                    line = line.replace(*replace)
                out.write(line)


def write_outputs(spool: Spool, out: Path, names: Iterable[str], work: Path,
                  replace: tuple[str, str] | None = None) -> list[Path]:
    """Write graph.<suffix> for each suffix in `names` from the spool's sorted quads
    (with `replace` = (old, new) applied to every line, e.g. a placeholder IRI)."""
    names = list(names)
    sorted_nq = work / "all.nq"
    spool.write_sorted(sorted_nq, replace)
    written = []
    triples: Path | None = None
    for suffix in names:
        target = out / f"graph.{suffix}"
        if suffix in ("ttl", "nt") and triples is None:
            triples = _triples_file(sorted_nq, work)
        with atomic_open(target) as f:
            if suffix == "nq":
                _copy(sorted_nq, f)
            elif suffix == "nq.gz":
                with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
                    _copy(sorted_nq, gz)
            elif suffix == "nt":
                _copy(triples, f)  # type: ignore[arg-type]
            elif suffix == "trig":
                _serialize(ox.parse(path=str(sorted_nq), format=ox.RdfFormat.N_QUADS), f, ox.RdfFormat.TRIG, work)
            elif suffix == "ttl":
                _serialize(ox.parse(path=str(triples), format=ox.RdfFormat.N_TRIPLES), f, ox.RdfFormat.TURTLE, work)
            elif suffix == "jsonld":
                ds = Dataset()
                ds.parse(str(sorted_nq), format="nquads")
                f.write(to_jsonld(ds).encode("utf-8"))
            else:
                raise KgError(f"unknown output format '{suffix}'; use one of {', '.join(SUFFIXES)}")
        written.append(target)
    return written


# Prefixes for Turtle and TriG; instance IRIs (id:, graph:) stay written in full, which reads better
# than prefixed names full of escapes.
TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}


def _serialize(quads, f, fmt: ox.RdfFormat, work: Path) -> None:  # type: ignore[no-untyped-def]
    """Oxigraph's serializer, with the prefix lines sorted (it writes them in hash order)."""
    tmp = work / "serialized.tmp"
    with tmp.open("wb") as out:
        ox.serialize(quads, out, format=fmt, prefixes=TURTLE_PREFIXES)
    with tmp.open("rb") as src:
        head = []
        line = src.readline()
        while line.startswith(b"@prefix"):
            head.append(line)
            line = src.readline()
        f.writelines(sorted(head))
        f.write(line)
        while chunk := src.read(1 << 20):
            f.write(chunk)
    tmp.unlink()


def _copy(src: Path, dst) -> None:  # type: ignore[no-untyped-def]
    with src.open("rb") as f:
        while chunk := f.read(1 << 20):
            dst.write(chunk)


def _triples_file(sorted_nq: Path, work: Path) -> Path:
    """The union graph's triples as sorted, unique N-Triples lines (the graph term cut off each quad)."""
    raw = work / "triples.raw"
    with sorted_nq.open(encoding="utf-8") as f, raw.open("w", encoding="utf-8") as out:
        out.writelines(line[:line.rfind(" ", 0, len(line) - 3)] + " .\n" for line in f)  # graph: last term
    path = work / "all.nt"
    _sort_unique(raw, path, work)
    return path


# -- small datasets held in rdflib (library use, tests) --------------------------------------

def dataset_lines(ds: Dataset) -> list[str]:
    return sorted({line for line in ds.serialize(format="nquads").split("\n") if line.strip()})


def render(ds: Dataset, suffix: str) -> str:
    """One format of a dataset as text, through the same writers as a build."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sp = Spool(work)
        sp.add(dataset_lines(ds))
        (path,) = write_outputs(sp, work, [suffix], work)
        return path.read_text(encoding="utf-8")


def to_turtle(ds: Dataset) -> str:
    return render(ds, "ttl")


def to_trig(ds: Dataset) -> str:
    return render(ds, "trig")


def to_nquads(ds: Dataset) -> str:
    return render(ds, "nq")


def to_ntriples(ds: Dataset) -> str:
    return render(ds, "nt")


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def to_jsonld(ds: Dataset) -> str:
    """JSON-LD compacted with ontology/context.jsonld, graphs and nodes in a stable order."""
    from .config import resource

    context = json.loads(resource("context.jsonld").read_text(encoding="utf-8"))["@context"]
    data = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))

    def order(x: object) -> object:
        if isinstance(x, list):
            return sorted((order(i) for i in x), key=lambda i: json.dumps(i, sort_keys=True))
        if isinstance(x, dict):
            return {k: order(v) for k, v in x.items()}
        return x

    data = {k: (v if k == "@context" else order(v)) for k, v in data.items()} if isinstance(data, dict) else order(data)
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
