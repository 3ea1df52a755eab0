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
        bad = push(open_store(), server.gsp, "dba", "wrong")  # empty store: nothing to send, nothing fails
        assert bad.failed == []
    finally:
        server.stop()


def test_push_failure_names_graphs(tmp_path: Path, two_articles):
    out = tmp_path / "built"
    build(two_articles, out, page=False, store=None)
    store = open_store()
    load_file(store, out / "graph.trig")
    rep = push(store, f"http://127.0.0.1:{free_port()}/store", retries=1, timeout=2)
    assert len(rep.failed) == 4 and not rep.sent
    assert all(g.startswith("https://w3id.org/newskg/graph/") for g, _ in rep.failed)
