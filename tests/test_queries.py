"""Canned queries: each runs on rdflib and on pyoxigraph over the example's graph, with the same rows."""
from __future__ import annotations

import json

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


@pytest.mark.parametrize("text,where,expected", [
    ("SELECT ?x WHERE { ?x ?y }", "line 1, column 26", 'after "?x ?y }"'),
    ("SELECT ?x WHERE {\n ?x ?y ?z }\nORDER ?x", "line 3, column 9", "expected BY"),
    ("SELECT ?x { ?x a nkg:Person }", "line 1, column 28", "unknown prefix nkg: (declare it with PREFIX)"),
])
def test_syntax_error_is_one_readable_line(built, text, where, expected):
    _, store = built
    with pytest.raises(QueryError) as err:
        query(store, text)
    msg = str(err.value)
    assert "\n" not in msg and where in msg and expected in msg, msg
    assert "\\u{" not in msg and "..=" not in msg  # no dump of the parser's character ranges


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
    assert format_result(r, "csv") == "a,b\r\n1,"  # SPARQL 1.1 CSV: CRLF line ends
    assert json.loads(format_result(r, "json")) == {"head": {"vars": ["a", "b"]}, "results": {
        "bindings": [{"a": {"type": "literal", "value": "1"}}]}}
    assert format_result(r, "tsv") == '?a\t?b\n"1"\t'
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


def test_table_keeps_iris_whole_and_cuts_long_literals(built):
    from kg.query import CELL

    _, store = built
    text = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
    SELECT ?m ?long ?text WHERE { ?e a nkg:Threat ; nkg:evidence ?m ; nkg:evidenceText ?text
      BIND (IRI(CONCAT("urn:newskg:test:", ENCODE_FOR_URI(?text))) AS ?long) }"""
    res = query(store, text)
    mention, long_iri, sentence = res.rows[0]
    assert len(mention) > CELL and len(long_iri) > CELL and len(sentence) > CELL  # long enough to be cut
    row = format_result(res, "table").splitlines()[2]
    cells = [c.strip() for c in row.split(" | ")]
    assert cells[0] == "id:" + mention[len("https://w3id.org/newskg/id/"):]  # a prefixed name, whole
    assert cells[1] == f"<{long_iri}>"  # no prefix fits: the whole IRI
    assert len(cells[2]) == CELL and cells[2].endswith("…") and sentence.startswith(cells[2][:-1])
    wide = format_result(res, "table", wide=True)
    assert sentence in wide and "…" not in wide


def test_actor_matches_any_case_and_surnames(built):
    _, store = built
    text = query_text("actor")
    exact = _rows(query(store, text, {"name": "Sergei Lavrov"}))
    assert exact and all("Sergei Lavrov" in (r[1], r[3]) for r in exact)
    for name in ("sergei lavrov", "LAVROV", "lavrov"):
        assert [r[1:] for r in _rows(query(store, text, {"name": name}))] == [r[1:] for r in exact], name
    assert _rows(query(store, text, {"name": "avrov"})) == []  # a surname is a whole word


def test_stats_and_most_connected_count_the_same(built):
    from kg.analyse import stats, to_networkx

    ds, store = built
    counted = {(r[0], int(r[1])) for r in query(store, query_text("most-connected")).rows}
    degree = {(name, int(v)) for name, v in stats(to_networkx(ds), top=20)["degree"]}
    assert counted == degree and len(counted) >= 5


def test_kg_query_needs_the_parameters_a_query_names(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    g = tmp_path / "g.trig"
    g.write_text("")
    res = CliRunner().invoke(cli, ["query", "actor", "--graph", str(g)])
    assert res.exit_code == 1 and "needs --param name=VALUE" in res.output


def test_an_invalid_iri_in_a_param_is_one_line(tmp_path, built):
    from click.testing import CliRunner

    from kg.cli import cli

    g = tmp_path / "g.trig"
    g.write_text(to_trig(built[0]))
    for bad in ("<not an iri>", "<relative/path>", "<http://a b>", "<>"):
        res = CliRunner().invoke(cli, ["query", "SELECT ?p WHERE { ?s ?p ?o }", "--graph", str(g), "--param", f"s={bad}"])
        assert res.exit_code == 1 and res.output.count("\n") == 1, res.output
        assert res.output.startswith("Error: --param") and "not a valid IRI" in res.output
        with pytest.raises(QueryError, match="not a valid IRI"):  # the library says so too
            query(built[1], "SELECT ?p WHERE { ?s ?p ?o }", {"s": bad})
    ok = CliRunner().invoke(cli, ["query", "SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 1", "--graph", str(g),
                                  "--param", "s=<https://w3id.org/newskg/id/Q159>"])
    assert ok.exit_code == 0
