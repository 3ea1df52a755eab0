"""The file writers: the sort pipeline (GNU sort + awk) and its Python twin write the same bytes,
and what they write parses back to the same graph."""
from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg import export
from kg.errors import KgError
from kg.export import Spool, TURTLE_PREFIXES, dataset_lines, write_outputs
from kg.graph import ENTITIES_GRAPH
from kg.ns import ID, NKG, SCHEMA

EX = Namespace("https://example.org/vocab#")  # terms outside the ontology

FORMATS = ["ttl", "trig", "nq", "nt"]
PLACEHOLDER = "<urn:newskg:run>"
RUN = "<https://w3id.org/newskg/id/run/0123abcd>"


def _tricky_lines() -> list[str]:
    """Quads that test the writers' edges: escapes, look-alike datatypes, prefixable and unprefixable
    IRIs, one entity labelled two ways, one triple in two graphs, blank nodes, the run placeholder."""
    ds = Dataset()
    ents = ds.graph(ENTITIES_GRAPH)
    a, b = ID["person/ada-lovelace"], ID["Q42"]
    ents.add((a, RDF.type, NKG.Person))
    ents.add((a, RDFS.label, Literal("Ada Lovelace")))
    ents.add((a, RDFS.label, Literal("Ada King")))  # a second name: only the first label stays
    ents.add((b, RDFS.label, Literal("Zed", lang="en")))
    ents.add((b, RDFS.label, Literal("Zed", lang="en-gb")))
    for n, g in enumerate((ds.graph(URIRef("https://w3id.org/newskg/graph/article/one")),
                           ds.graph(URIRef("https://w3id.org/newskg/graph/article/two")))):
        ev = ID[f"event/{n}"]
        g.add((a, NKG.criticized, b))  # the same fact in both articles: one triple in the union graph
        g.add((ev, NKG.confidence, Literal("0.8", datatype=XSD.decimal)))
        g.add((ev, EX["count"], Literal(str(n - 1), datatype=XSD.integer)))
        g.add((ev, EX.flag, Literal("true", datatype=XSD.boolean)))
        g.add((ev, EX.odd, Literal("1000", datatype=XSD.decimal)))  # no dot: bare 1000 would be an integer
        g.add((ev, NKG.date, Literal("2016-09-25", datatype=XSD.date)))
        g.add((ev, NKG.evidenceText, Literal('He said "x"^^<y> \t and \\ then\nmore\r — ünïcödé " .')))
        g.add((ev, NKG.evidenceText, Literal('ends like a type"^^<http://www.w3.org/2001/XMLSchema#date>')))
        g.add((ev, SCHEMA["url"], URIRef("https://example.org/a.b/c.")))  # local name "c." needs escapes
        g.add((ev, URIRef("https://schema.org/a/b"), URIRef("https://schema.org/x-y_z0")))
        g.add((ev, NKG.place, BNode("b0")))
        g.add((BNode("b0"), RDFS.label, Literal("somewhere")))
        g.add((ev, EX.run, URIRef(PLACEHOLDER[1:-1])))
    return dataset_lines(ds)


def _write(tmp: Path, lines: list[str], names=FORMATS, replace=(PLACEHOLDER, RUN)) -> dict[str, bytes]:
    tmp.mkdir()
    sp = Spool(tmp)
    half = len(lines) // 2
    sp.add(lines[:half])  # in two batches, as a build adds article by article
    sp.add(lines[half:])
    paths = write_outputs(sp, tmp, names, tmp, replace)
    return {p.name.split(".", 1)[1]: p.read_bytes() for p in paths}


def test_pipeline_tools_are_here():
    """CI machines have GNU sort and awk, so the fast path is the one these tests exercise."""
    assert export._TOOLS is not None


def test_tools_and_python_write_the_same_bytes(tmp_path, monkeypatch):
    lines = _tricky_lines()
    fast = _write(tmp_path / "tools", lines)
    monkeypatch.setattr(export, "_TOOLS", None)
    slow = _write(tmp_path / "python", lines)
    assert fast == slow
    assert set(fast) == set(FORMATS)


def test_awk_cache_limit_changes_nothing(tmp_path, monkeypatch):
    lines = _tricky_lines()
    full = _write(tmp_path / "a", lines, ["ttl"])
    monkeypatch.setattr(export, "_AWK_CACHE", 2)
    assert _write(tmp_path / "b", lines, ["ttl"]) == full


def test_input_order_and_repeats_do_not_matter(tmp_path):
    lines = _tricky_lines()
    shuffled = lines * 2
    random.Random(3).shuffle(shuffled)
    assert _write(tmp_path / "a", lines) == _write(tmp_path / "b", shuffled)


def _triples(data: bytes, fmt: ox.RdfFormat) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(data, format=fmt)}


def test_every_format_parses_back_to_the_same_graph(tmp_path):
    out = _write(tmp_path / "a", _tricky_lines())
    quads = list(ox.parse(out["nq"], format=ox.RdfFormat.N_QUADS))
    union = {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}
    assert _triples(out["ttl"], ox.RdfFormat.TURTLE) == union
    assert _triples(out["nt"], ox.RdfFormat.N_TRIPLES) == union
    assert set(ox.parse(out["trig"], format=ox.RdfFormat.TRIG)) == set(quads)
    # rdflib reads the Turtle too, literal for literal
    from rdflib import Graph

    g = Graph().parse(data=out["ttl"].decode("utf-8"), format="turtle")
    assert len(g) == len(union)
    assert Literal('He said "x"^^<y> \t and \\ then\nmore\r — ünïcödé " .') in set(g.objects())
    assert Literal("1", datatype=XSD.decimal) not in set(g.objects())


def test_union_graph_dedup_labels_and_run(tmp_path):
    out = _write(tmp_path / "a", _tricky_lines())
    nq, ttl, nt = (out[k].decode("utf-8") for k in ("nq", "ttl", "nt"))
    assert '"Ada King"' in nq and '"Ada Lovelace"' not in nq  # of two labels the first in byte order stays
    assert '"Zed"@en ' in nq and '"Zed"@en-gb' not in nq
    assert nt.count("ontology#criticized>") == 1 and nq.count("ontology#criticized>") == 2
    assert PLACEHOLDER not in nq + ttl + nt and RUN in nq and RUN in ttl
    assert "nkg:confidence 0.8 ;" in ttl and "<https://example.org/vocab#count> -1 ;" in ttl and "#flag> true ;" in ttl
    assert '"1000"^^xsd:decimal' in ttl and '"2016-09-25"^^xsd:date' in ttl
    assert "<https://example.org/a.b/c.>" in ttl and "<https://schema.org/a/b> schema:x-y_z0" in ttl
    assert ttl.startswith("".join(sorted(f"@prefix {p}: <{ns}> .\n" for p, ns in TURTLE_PREFIXES.items())))


def test_turtle_is_what_oxigraph_writes(tmp_path):
    """On ordinary data the awk writer gives Oxigraph's own Turtle, byte for byte."""
    from kg.config import example_article
    from kg.pipeline import build

    out = tmp_path / "out"
    build([example_article()], out, page=False, extra_formats=["nt"])
    nt = (out / "graph.nt").read_bytes()
    body = ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=TURTLE_PREFIXES)
    lines = body.split(b"\n")
    head = [x + b"\n" for x in lines if x.startswith(b"@prefix")]
    expected = b"".join(sorted(head)) + b"\n".join(x for x in lines if not x.startswith(b"@prefix"))
    assert (out / "graph.ttl").read_bytes() == expected


def test_a_failing_tool_is_one_line_and_keeps_old_files(tmp_path, monkeypatch):
    old = tmp_path / "graph.ttl"
    old.write_text("old\n")
    monkeypatch.setitem(export._TOOLS, "sort", str(tmp_path / "no-such-sort"))
    with pytest.raises(KgError) as err:
        _write(tmp_path / "w", _tricky_lines()[:5], ["ttl"])
    assert "\n" not in str(err.value)
    monkeypatch.setitem(export._TOOLS, "sort", "false")
    sp = Spool(tmp_path / "w")
    sp.add(_tricky_lines())
    with pytest.raises(KgError, match="writing the graph failed"):
        write_outputs(sp, tmp_path, ["ttl", "nq"], tmp_path / "w")
    assert old.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "w"]  # no temp files left


def test_files_from_a_store_are_the_files_from_a_spool(tmp_path, monkeypatch):
    """What a build writes from its store (dumped, labels tidied) is what it writes from a spool of the
    same quads, with either writer: the literals a build writes are those the store keeps. (Blank nodes
    and tabs aside, which a store renames or escapes; a build writes neither.)"""
    from kg.store import dump_nquads, from_nquads, tidy

    nif = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex>"
    lines = [q.replace(PLACEHOLDER, RUN) for q in _tricky_lines() if "_:" not in q and "\t" not in q]
    lines.append(f'<https://w3id.org/newskg/id/article/one#char=1,2> {nif} '
                 f'"1"^^<http://www.w3.org/2001/XMLSchema#integer> <https://w3id.org/newskg/graph/article/one> .')
    store = from_nquads(lines)
    tidy(store)
    for tools in (True, False):
        if not tools:
            monkeypatch.setattr(export, "_TOOLS", None)
        work = tmp_path / str(tools)
        (work / "store").mkdir(parents=True)
        dump_nquads(store, work / "dump.nq")
        from_store = write_outputs(work / "dump.nq", work / "store", FORMATS, work / "store")
        from_spool = _write(work / "spool", lines)
        assert {p.name.split(".", 1)[1]: p.read_bytes() for p in from_store} == from_spool
        assert b"#integer>" in from_spool["nq"]
