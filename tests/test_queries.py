"""Canned queries: each runs on rdflib and on pyoxigraph over the example's graph, with the same rows."""
from __future__ import annotations

import pytest

from kg.config import example_article
from kg.errors import QueryError
from kg.export import to_trig
from kg.query import canned_names, format_result, parse_params, query_rdflib, query_text
from kg.store import open_store, query


@pytest.fixture(scope="module")
def built(nlp):
    from kg.extract import extract_articles
    from kg.graph import build_dataset
    from kg.read import read_articles

    ds = build_dataset(extract_articles(read_articles([example_article()]), nlp))
    store = open_store()
    import pyoxigraph as ox

    store.bulk_load(to_trig(ds).encode("utf-8"), format=ox.RdfFormat.TRIG)
    return ds, store


def _rows(res):
    return sorted(tuple("" if x is None else x for x in row) for row in res.rows)


PARAMS = {"actor": {"name": "Russia"}}


@pytest.mark.parametrize("name", canned_names())
def test_same_rows_on_both_engines(built, name):
    ds, store = built
    text = query_text(name)
    params = PARAMS.get(name, {})
    ox_res = query(store, text, params)
    rdf_res = query_rdflib(ds, text, params)
    assert ox_res.variables == rdf_res.variables
    assert _rows(ox_res) == _rows(rdf_res)


def test_canned_queries_answer_the_example(built):
    _, store = built
    calls = query(store, query_text("who-called-whom"))
    assert ("John Kerry", "Sergei Lavrov", "2016-09-28", "example_article") in _rows(calls)
    blame = _rows(query(store, query_text("who-holds-whom-responsible")))
    assert any(r[:2] == ("United States", "Russia") for r in blame), blame
    reps = _rows(query(store, query_text("who-represents-which-state")))
    assert ("Sergei Lavrov", "Russia") in reps
    assert _rows(query(store, query_text("integrity-orphan-edges"))) == []
    assert len(canned_names()) >= 9


def test_parameters_cannot_change_the_query(built):
    _, store = built
    evil = 'Russia" . ?x ?y ?z } #'
    res = query(store, query_text("actor"), {"name": evil})
    assert res.rows == []
    assert query(store, query_text("actor"), {"name": "Russia"}).rows


def test_syntax_error_names_line_and_column(built):
    _, store = built
    with pytest.raises(QueryError, match=r"1:\d+"):
        query(store, "SELECT ?x WHERE { ?x ?y }")


def test_ask_construct_describe(built):
    _, store = built
    assert query(store, "ASK { ?s ?p ?o }").boolean is True
    g = query(store, "CONSTRUCT { ?s <urn:x> ?o } WHERE { ?s <https://w3id.org/newskg/ontology#called> ?o }")
    assert g.kind == "graph" and "<urn:x>" in g.ntriples
    d = query(store, "DESCRIBE <https://w3id.org/newskg/id/Q159>")
    assert "Russia" in d.ntriples


def test_formats_and_params():
    with pytest.raises(QueryError):
        parse_params(["no-equals"])
    assert parse_params(["name=A=B"]) == {"name": "A=B"}
    from kg.store import Result

    r = Result("select", ["a", "b"], [["1", None]])
    assert format_result(r, "csv") == "a,b\n1,"
    assert '"bindings"' in format_result(r, "json")
    assert "(1 row)" in format_result(r, "table")


def test_integrity_query_finds_an_orphan_edge(built):
    import pyoxigraph as ox

    _, store = built
    orphan = ox.Quad(ox.NamedNode("https://w3id.org/newskg/id/Q16"),
                     ox.NamedNode("https://w3id.org/newskg/ontology#attacked"),
                     ox.NamedNode("https://w3id.org/newskg/id/Q20"), ox.NamedNode("urn:test"))
    store.add(orphan)
    try:
        rows = query(store, query_text("integrity-orphan-edges")).rows
        assert rows == [["https://w3id.org/newskg/id/Q16", "https://w3id.org/newskg/ontology#attacked",
                         "https://w3id.org/newskg/id/Q20"]]
    finally:
        store.remove(orphan)
