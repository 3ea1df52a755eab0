"""SHACL validation against ontology/shapes.ttl, reported in plain words (no printing here)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Namespace
from rdflib.namespace import RDF

from .config import resource
from .store import Store, read_graph, to_dataset

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class ValidationReport:
    conforms: bool
    messages: list[str] = field(default_factory=list)


def validate_dataset(ds: Dataset) -> ValidationReport:
    """Check every graph of the dataset (as their union) against the shapes and the ontology's classes."""
    import pyshacl

    shapes = Graph().parse(resource("shapes.ttl"), format="turtle")
    ont = Graph().parse(resource("newskg.ttl"), format="turtle")
    data = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs",
                                           advanced=True, allow_warnings=True)
    messages = []
    for r in sorted(report.subjects(RDF.type, SH.ValidationResult), key=str):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        msg = report.value(r, SH.resultMessage)
        where = str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if path else "node"
        messages.append(f"{focus}: {where}: {msg}")
    return ValidationReport(bool(conforms), sorted(messages))


def validate_store(store: Store) -> ValidationReport:
    """Check a store (or a graph file read into one) against the shapes."""
    return validate_dataset(to_dataset(store))


def validate_file(path: Path) -> ValidationReport:
    return validate_store(read_graph(path))
