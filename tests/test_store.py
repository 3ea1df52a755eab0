"""The embedded store, `kg serve`, and `kg push` into real Oxigraph and Virtuoso servers."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import RemoteError
from kg.pipeline import build
from kg.push import push
from kg.store import load_file, open_store, query
from servers import free_port, start_oxigraph, start_virtuoso

ROOT = Path(__file__).resolve().parent.parent
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# article graphs and entity descriptions; each build also adds its own record to graph:run
FACTS = ('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
         'FILTER(STR(?g) != "https://w3id.org/newskg/graph/run") }')


def _count(store, q: str = COUNT) -> int:
    return int(query(store, q).rows[0][0])


def _write(tmp: Path, name: str, body: str) -> Path:
    p = tmp / name
    p.write_text(body)
    return p


@pytest.fixture()
def two_articles(tmp_path: Path) -> list[Path]:
    # real states: gazetteer names make the entities certain; the events are invented
    return [_write(tmp_path, "a.txt", "Talks\n\nChile called Peru on Monday. Peru criticised Bolivia.\n"),
            _write(tmp_path, "b.txt", "Visit\n\nGermany backed France. Spain warned Italy.\n")]


def test_store_grows_and_rebuilds_replace(tmp_path: Path, two_articles):
    st = tmp_path / "store"
    build(two_articles[:1], tmp_path / "o1", page=False, store=st)
    n1 = _count(open_store(st, read_only=True), FACTS)
    build(two_articles[1:], tmp_path / "o2", page=False, store=st)
    n2 = _count(open_store(st, read_only=True), FACTS)
    assert n2 > n1
    build(two_articles, tmp_path / "o3", page=False, store=st)  # both again: no duplicates
    assert _count(open_store(st, read_only=True), FACTS) == n2
    two_articles[0].write_text("Talks\n\nChile criticised Peru.\n")  # changed: no leftovers
    build(two_articles[:1], tmp_path / "o4", page=False, store=st)
    s = open_store(st, read_only=True)
    called = query(s, "ASK { ?a <https://w3id.org/newskg/ontology#called> ?b }")
    assert called.boolean is False
    assert query(s, "ASK { ?a <https://w3id.org/newskg/ontology#criticized> ?b }").boolean is True


def test_reader_is_safe_while_a_build_writes(tmp_path: Path, two_articles):
    st = tmp_path / "store"
    build(two_articles[:1], tmp_path / "o", page=False, store=st)
    before = _count(open_store(st, read_only=True))
    writer = subprocess.Popen([sys.executable, "-m", "kg", "build", *map(str, two_articles), "--out",
                               str(tmp_path / "o2"), "--store", str(st), "--no-page"], cwd=ROOT)
    seen = set()
    while writer.poll() is None:
        seen.add(_count(open_store(st, read_only=True)))
        time.sleep(0.05)
    assert writer.returncode == 0
    after = _count(open_store(st, read_only=True))
    assert seen <= {before, after}


def test_killed_build_leaves_previous_state(tmp_path: Path, two_articles):
    st = tmp_path / "store"
    build(two_articles[:1], tmp_path / "o", page=False, store=st)
    before = _count(open_store(st, read_only=True))
    for delay in (0.5, 2.0, 4.0):
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", *map(str, two_articles), "--out",
                                 str(tmp_path / "o2"), "--store", str(st), "--no-page"], cwd=ROOT,
                                stdout=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        n = _count(open_store(st, read_only=True))
        assert n == before or n > before and query(open_store(st, read_only=True), COUNT).rows
        before = n


def test_serve_is_read_only_and_bounded(tmp_path: Path, two_articles):
    from kg.serve import make_server

    st = tmp_path / "store"
    build(two_articles, tmp_path / "o", page=False, store=st)
    server = make_server(st, "127.0.0.1", free_port(), timeout=5, max_rows=3)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        url = base + "/query?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
        with urllib.request.urlopen(url) as r:
            data = json.loads(r.read())
        assert len(data["results"]["bindings"]) == 3
        req = urllib.request.Request(base + "/update", data=b"update=DROP ALL", method="POST")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 403
        req = urllib.request.Request(base + "/query", data=b"SELECT ?x WHERE { ?x }", method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req)
        assert err.value.code == 400
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.shutdown()
        server.server_close()


def _push_checks(server, tmp_path: Path, two_articles) -> None:
    out = tmp_path / "built"
    build(two_articles, out, page=False, store=None)
    store = open_store()
    load_file(store, out / "graph.trig")
    sent = _count(store)
    rep = push(store, server.gsp, server.user, server.password)
    assert not rep.failed and len(rep.sent) == 4  # two articles, entities, run
    assert server.count() == sent
    push(store, server.gsp, server.user, server.password)  # a second push replaces, adds nothing
    assert server.count() == sent
    two_articles[1].write_text("Visit\n\nGermany backed France.\n")
    build(two_articles, out, page=False, store=None)
    changed = open_store()
    load_file(changed, out / "graph.trig")
    push(changed, server.gsp, server.user, server.password)
    assert server.count() == _count(changed) < sent


def test_push_to_oxigraph_server(tmp_path: Path, two_articles):
    server = start_oxigraph(tmp_path)
    try:
        _push_checks(server, tmp_path, two_articles)
    finally:
        server.stop()


@pytest.mark.skipif(shutil.which("virtuoso-t") is None, reason="Virtuoso not installed (.ci/run installs it)")
def test_push_to_virtuoso(tmp_path: Path, two_articles):
    server = start_virtuoso(tmp_path)
    try:
        _push_checks(server, tmp_path, two_articles)
        with pytest.raises(RemoteError, match="nothing to push"):  # an empty store is not a silent success
            push(open_store(), server.gsp, "dba", "dba")
        store = open_store()
        load_file(store, tmp_path / "built" / "graph.trig")
        bad = push(store, server.gsp, "dba", "wrong")  # every graph refused: each one is named
        assert not bad.sent and len(bad.failed) == 4
        assert all(g.startswith("https://w3id.org/newskg/graph/") and "401" in why for g, why in bad.failed)
    finally:
        server.stop()


def test_refused_connection_fails_at_once(tmp_path: Path, two_articles):
    out = tmp_path / "built"
    build(two_articles, out, page=False, store=None)
    store = open_store()
    load_file(store, out / "graph.trig")
    # raised on the first refused attempt: not retried, and not tried again for each of the 4 graphs
    with pytest.raises(RemoteError, match="Connection refused.*nothing was pushed"):
        push(store, f"http://127.0.0.1:{free_port()}/store", retries=3)


def test_push_turtle_and_canned_query_on_oxigraph(tmp_path: Path, two_articles):
    """A .ttl has no named graphs: it lands in the graph named with --graph, or the default graph on
    request, or the push stops with exit 2. A canned query then answers on the real server."""
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.query import query_text

    out = tmp_path / "built"
    build(two_articles, out, page=False, store=None)
    ttl = open_store()
    load_file(ttl, out / "graph.ttl")
    server = start_oxigraph(tmp_path, union=True)
    runner = CliRunner()
    try:
        res = runner.invoke(cli, ["push", str(out / "graph.ttl"), "--endpoint", server.gsp])
        assert res.exit_code == 2 and "--graph IRI or --default-graph" in res.output and "pushed" not in res.output
        assert server.count("") == 0
        res = runner.invoke(cli, ["push", str(out / "graph.ttl"), "--endpoint", server.gsp, "--graph", "urn:test:news"])
        assert res.exit_code == 0, res.output
        assert f"pushed 1 graph(s), {len(ttl)} triples" in res.output
        assert server.count("urn:test:news") == len(ttl) > 0
        res = runner.invoke(cli, ["push", str(out / "graph.ttl"), "--endpoint", server.gsp, "--default-graph"])
        assert res.exit_code == 0, res.output
        req = urllib.request.Request(server.gsp + "?default", headers={"Accept": "application/n-triples"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert len([x for x in r.read().decode().splitlines() if x.strip()]) == len(ttl)
        empty = tmp_path / "empty.ttl"
        empty.write_text("# no triples\n")
        res = runner.invoke(cli, ["push", str(empty), "--endpoint", server.gsp, "--graph", "urn:test:x"])
        assert res.exit_code == 1 and "nothing to push" in res.output
        res = runner.invoke(cli, ["push", str(out / "graph.trig"), "--endpoint", server.gsp])
        assert res.exit_code == 0 and "pushed 4 graph(s)" in res.output
        rows = server.select(query_text("who-called-whom"))  # no GRAPH clause: needs --union-default-graph
        assert {(r["caller"]["value"], r["callee"]["value"]) for r in rows} == {("Chile", "Peru")}
    finally:
        server.stop()


def test_tidy_keeps_one_dataset():
    """After articles are replaced: an entity no article refers to and a run that generated no article
    still held are dropped; an entity named two ways keeps the first label in N-Quads order."""
    from kg.store import from_nquads, tidy

    ids, graph, ont = "https://w3id.org/newskg/id/", "https://w3id.org/newskg/graph/", "https://w3id.org/newskg/ontology#"
    label, typ = "<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    gen = "<http://www.w3.org/ns/prov#wasGeneratedBy>"
    ents, run = f"<{graph}entities>", f"<{graph}run>"
    lines = [f"<{ids}person/kept> {label} \"Tova Renkel\" {ents} .",
             f"<{ids}person/kept> {label} \"Renkel\" {ents} .",
             f"<{ids}person/kept> {typ} <{ont}Person> {ents} .",
             f"<{ids}person/gone> {label} \"Marek Sollen\" {ents} .",
             f"<{ids}person/gone> {typ} <{ont}Person> {ents} .",
             f"<{ids}event/1> <{ont}agent> <{ids}person/kept> <{graph}article/a> .",
             f"<{graph}article/a> {gen} <{ids}run/new> <{graph}article/a> .",
             f"<{ids}run/new> {typ} <{ont}Run> {run} .",
             f"<{ids}run/old> {typ} <{ont}Run> {run} .",
             f"<{ids}run/old> <{ont}model> \"x\" {run} ."]
    store = from_nquads(lines)
    tidy(store)
    left = {str(q) for q in store}
    assert not any("person/gone" in q or "run/old" in q for q in left)
    labels = [q for q in left if "rdf-schema#label" in q]
    assert len(labels) == 1 and '"Renkel"' in labels[0]  # "Renkel" sorts before "Tova Renkel"
    assert any("run/new" in q for q in left) and len(left) == 5


def test_serve_answers_in_the_format_asked_and_as_kg_query_does(tmp_path: Path, two_articles):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.query import query_text
    from kg.serve import make_server

    st = tmp_path / "o" / "store"
    build(two_articles, tmp_path / "o", page=False)
    server = make_server(st, "127.0.0.1", free_port())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/query?"
    try:
        def get(accept: str, q: str = query_text("who-called-whom")) -> tuple[str, str]:
            req = urllib.request.Request(base + urllib.parse.urlencode({"query": q}), headers={"Accept": accept})
            with urllib.request.urlopen(req) as r:
                return r.headers["Content-Type"], r.read().decode()

        for fmt, accept in (("json", "application/sparql-results+json"), ("csv", "text/csv"),
                            ("tsv", "text/tab-separated-values")):
            ctype, body = get(accept)
            printed = CliRunner().invoke(cli, ["query", "who-called-whom", "--store", str(st), "--format", fmt])
            assert printed.exit_code == 0
            assert body.rstrip("\r\n") == printed.stdout_bytes.decode().rstrip("\n"), fmt  # the same bytes
            assert ctype.startswith(accept)
        assert get("text/csv")[1].startswith("caller,callee,date,article\r\nChile,Peru,")
        assert get("text/tab-separated-values")[1].startswith("?caller\t?callee\t?date\t?article\n\"Chile\"\t")
        assert get("text/html, text/csv;q=0.9, */*;q=0.1")[0].startswith("text/csv")
        assert json.loads(get("text/csv", "ASK { ?s ?p ?o }")[1]) == {"head": {}, "boolean": True}
        # a second server on the same port: one clear line
        res = CliRunner().invoke(cli, ["serve", "--store", str(st), "--port", str(server.server_address[1])])
        assert res.exit_code == 1
        assert res.output == f"Error: port {server.server_address[1]} is in use; pick another with --port\n"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("tools", [True, False])
def test_each_version_keeps_its_quads_as_files_write_them(tmp_path: Path, two_articles, monkeypatch, tools):
    """A build starts from the previous version's quads file instead of dumping the store; after
    builds that add, replace and drop quads it still equals the store's dump (sorted). Without it (a store from before), the build dumps the store and writes it again."""
    from kg import export
    from kg.store import current_version, quads_file

    if not tools:
        monkeypatch.setattr(export, "_TOOLS", None)

    def check(st: Path) -> None:
        lines = quads_file(current_version(st)).read_text().splitlines()
        store = {str(q) + " ." for q in open_store(st, read_only=True)}
        assert lines == sorted(store, key=lambda x: x.encode())

    st = tmp_path / "o" / "store"
    build(two_articles[:1], tmp_path / "o", page=False)
    check(st)
    build(two_articles[1:], tmp_path / "o", page=False)
    check(st)
    two_articles[0].write_text("Talks\n\nChile criticised Peru. Uruguay backed Chile.\n")  # replaced: quads dropped
    build(two_articles[:1], tmp_path / "o", page=False)
    check(st)
    quads_file(current_version(st)).unlink()  # as a store written before versions kept their quads
    before = (tmp_path / "o" / "graph.trig").read_bytes()
    build(two_articles[:1], tmp_path / "o", page=False)
    check(st)
    assert (tmp_path / "o" / "graph.trig").read_bytes() == before


def test_files_store_serve_and_a_pushed_server_keep_the_same_literals(tmp_path: Path, two_articles):
    """The literals a build writes are those stores keep (xsd:integer offsets, shortest decimals, UTC
    as Z): the files (with a store and without), the store, `kg serve` and an Oxigraph server loaded
    by `kg push` hold the same quads, and each passes `kg validate`."""
    import pyoxigraph as ox
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.graph import decimal_literal, utc_literal
    from servers import KgServe

    assert decimal_literal(1.0).n3() == '"1"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert decimal_literal(0.80).n3() == '"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert utc_literal("2025-03-07T10:00:00+00:00").n3().startswith('"2025-03-07T10:00:00Z"')
    stamp = "2025-03-07T10:00:00+00:00"
    build(two_articles, tmp_path / "o", page=False, timestamp=stamp, extra_formats=["nq"])
    build(two_articles, tmp_path / "n", page=False, timestamp=stamp, store=None, extra_formats=["nq"])

    def quads(path: Path, fmt: ox.RdfFormat) -> set[str]:  # parsed, not canonicalised: as written
        return {str(q) for q in ox.parse(path=str(path), format=fmt)}

    files = quads(tmp_path / "o" / "graph.trig", ox.RdfFormat.TRIG)
    assert files == quads(tmp_path / "o" / "graph.nq", ox.RdfFormat.N_QUADS)
    assert files == quads(tmp_path / "n" / "graph.trig", ox.RdfFormat.TRIG)  # written by rdflib, no store
    assert files == quads(tmp_path / "n" / "graph.nq", ox.RdfFormat.N_QUADS)
    st = open_store(tmp_path / "o" / "store", read_only=True)
    assert files == {str(q) for q in st}
    assert any("beginIndex" in q and "XMLSchema#integer" in q for q in files)
    assert any("startedAtTime" in q and 'T10:00:00Z"' in q for q in files)

    server = start_oxigraph(tmp_path)
    try:
        assert not push(st, server.gsp).failed
        req = urllib.request.Request(server.gsp, headers={"Accept": "application/n-quads"})
        with urllib.request.urlopen(req, timeout=30) as r:
            fetched = tmp_path / "fetched.nq"
            fetched.write_bytes(r.read())
    finally:
        server.stop()
    assert quads(fetched, ox.RdfFormat.N_QUADS) == files
    runner = CliRunner()
    for args in (["validate", str(fetched)], ["validate", str(tmp_path / "n" / "graph.trig")],
                 ["validate", "--store", str(tmp_path / "o" / "store")]):
        res = runner.invoke(cli, args)
        assert res.exit_code == 0 and "conforms" in res.output, (args, res.output)

    served = KgServe(tmp_path / "o" / "store")
    try:
        q = ("SELECT ?m ?b WHERE { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b }")
        with urllib.request.urlopen(served.base + "/query?" + urllib.parse.urlencode({"query": q}), timeout=30) as r:
            rows = json.loads(r.read())["results"]["bindings"]
    finally:
        served.stop()
    assert rows and {(b["m"]["value"], b["b"]["value"], b["b"]["datatype"]) for b in rows} == {
        (q.split(" ", 1)[0][1:-1], q.split('"')[1], "http://www.w3.org/2001/XMLSchema#integer")
        for q in files if "#beginIndex>" in q}


def test_loading_and_rewriting_at_once_gives_what_one_after_the_other_gives(tmp_path: Path, monkeypatch):
    """A small build loads its quads and rewrites them at the same time; a big one does one, then the other."""
    import pyoxigraph as ox

    from kg.config import example_article

    dumps = []
    for together in (True, False):
        monkeypatch.setattr("kg.store.TOGETHER_MAX", 1 << 40 if together else 0)
        out = tmp_path / f"out-{together}"
        build([example_article()], out, page=False)
        st = open_store(out / "store", read_only=True)
        dumps.append(sorted((st.dump(format=ox.RdfFormat.N_QUADS) or b"").splitlines()))
        del st
        dumps.append((out / "graph.trig").read_bytes())
    assert len(dumps[0]) > 100 and dumps[0] == dumps[2] and dumps[1] == dumps[3]
