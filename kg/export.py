"""Write a dataset to files: Turtle, TriG, N-Quads (optionally gzipped), N-Triples and JSON-LD.
Every write is atomic (a temp file, then a rename) and the output is sorted, so the same input
gives byte-identical files.
"""
from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rdflib import Dataset, Graph

from .errors import KgError
from .ns import PREFIXES

FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "nt": "nt", "jsonld": "json-ld"}


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _prefix_block() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))


def _body(g: Graph) -> str:
    """A graph's Turtle without its prefix lines (rdflib sorts subjects and predicates)."""
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True, replace=True)
    text = g.serialize(format="turtle")
    return "\n".join(line for line in text.splitlines() if not line.startswith("@prefix")).strip() + "\n"


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def to_turtle(ds: Dataset) -> str:
    return _prefix_block() + "\n" + _body(union(ds))


def to_trig(ds: Dataset) -> str:
    """TriG with graphs in IRI order, each written as sorted Turtle."""
    parts = [_prefix_block()]
    for ctx in sorted((c for c in ds.graphs() if len(c) and c.identifier != ds.default_graph.identifier),
                      key=lambda c: str(c.identifier)):
        g = Graph()
        for t in ctx:
            g.add(t)
        body = "\n".join("    " + line if line else "" for line in _body(g).splitlines())
        parts.append(f"<{ctx.identifier}> {{\n{body}\n}}\n")
    return "\n".join(parts)


def to_nquads(ds: Dataset) -> str:
    lines = ds.serialize(format="nquads").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def to_ntriples(ds: Dataset) -> str:
    lines = union(ds).serialize(format="nt").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def to_jsonld(ds: Dataset) -> str:
    """JSON-LD compacted with ontology/context.jsonld, graphs and nodes in IRI order."""
    from .config import resource

    context = json.loads(resource("context.jsonld").read_text(encoding="utf-8"))["@context"]
    data = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))

    def order(x: object) -> object:
        if isinstance(x, list):
            items = [order(i) for i in x]
            return sorted(items, key=lambda i: json.dumps(i, sort_keys=True))
        if isinstance(x, dict):
            return {k: order(v) for k, v in x.items()}
        return x

    data = {k: (v if k == "@context" else order(v)) for k, v in data.items()} if isinstance(data, dict) else order(data)
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


WRITERS: dict[str, Callable[[Dataset], str]] = {
    "ttl": to_turtle, "trig": to_trig, "nq": to_nquads, "nt": to_ntriples, "jsonld": to_jsonld}


def write_graph(ds: Dataset, path: Path, fmt: str | None = None) -> Path:
    """Write the dataset to `path` in the format its suffix names (.ttl .trig .nq .nq.gz .nt .jsonld)."""
    name = path.name
    gz = name.endswith(".gz")
    key = fmt or (name[:-3] if gz else name).rsplit(".", 1)[-1]
    if key not in WRITERS:
        raise KgError(f"{path}: unknown RDF format '{key}'; use one of {', '.join(sorted(WRITERS))}")
    data = WRITERS[key](ds).encode("utf-8")
    if gz:
        data = gzip.compress(data, mtime=0)
    atomic_write(path, data)
    return path
