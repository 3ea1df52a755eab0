"""`kg serve` under abuse, against a real `kg serve` process on 127.0.0.1 and a local listener that
records any request the server sends out: SERVICE and LOAD are refused, no CORS unless asked, a public
bind needs --public, the time and memory limits stop the work, every request of a burst is answered,
slow or lying clients are let go, and bad option values are one-line errors."""
from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline import build
from servers import KgServe, Listener, free_port

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("serve")
    for name, text in (("a.txt", "Talks\n\nChile called Peru on Monday. Peru criticised Bolivia.\n"),
                       ("b.txt", "Visit\n\nGermany backed France. Spain warned Italy.\n")):
        (tmp / name).write_text(text)
    build([tmp / "a.txt", tmp / "b.txt"], tmp / "o", page=False)
    return tmp / "o" / "store"


@pytest.fixture()
def listener():
    seen = Listener()
    yield seen
    seen.stop()


@pytest.fixture(scope="module")
def server(store):
    s = KgServe(store, "--timeout", "3", "--max-memory", "256", "--client-timeout", "1")
    yield s
    s.stop()


def ask(base: str, query: str | None = None, *, method: str = "GET", data: bytes | None = None,
        headers: dict[str, str] | None = None, path: str = "/query", timeout: float = 60) -> tuple[int, dict, bytes]:
    """Status, headers and body of one request (an HTTP error status is an answer too)."""
    url = base + path + ("?" + urllib.parse.urlencode({"query": query}) if query is not None else "")
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_service_is_refused_and_nothing_is_sent(server, listener):
    target = f"<{listener.url}/sparql>"
    down = f"<http://127.0.0.1:{free_port()}/sparql>"  # nobody listens there
    for q in (f"SELECT ?s WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}",
              f"select ?s where {{ service silent {target} {{ ?s ?p ?o }} }}",
              f"SELECT ?s WHERE {{ ?s ?p ?o OPTIONAL {{ SELECT ?s {{ SeRvIcE {target} {{ ?s ?p ?x }} }} }} }}",
              f"SELECT ?s WHERE {{ \\u0053ERVICE {target} {{ ?s ?p ?o }} }}",  # SPARQL reads code point escapes first
              f"SELECT ?s WHERE {{ # a comment\n SERVICE {target} {{ ?s ?p ?o }} }}",
              f"SELECT ?s WHERE {{ SERVICE {down} {{ ?s ?p ?o }} }}"):
        status, _, body = ask(server.base, q)
        assert status == 400 and b"SERVICE is refused" in body, q
    # the word elsewhere is not the keyword: a string, a comment, a variable, a prefixed name
    for q in ('SELECT ?s WHERE { ?s ?p "SERVICE" }', "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <x> {}",
              "SELECT ?SERVICE WHERE { ?SERVICE ?p ?o } LIMIT 1",
              "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:SERVICE ?o }"):
        assert ask(server.base, q)[0] == 200, q
    assert listener.seen == []


def test_allow_service_opens_it(store, listener):
    s = KgServe(store, "--allow-service", "--timeout", "5")
    try:
        status, _, _ = ask(s.base, f"SELECT ?s WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 200
        assert [m for m, _, _ in listener.seen] and all(m in ("GET", "POST") for m, _, _ in listener.seen)
        # a SERVICE whose address is down is still answered, with an error, not a dropped connection
        status, _, body = ask(s.base, f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{free_port()}/x> {{ ?s ?p ?o }} }}")
        assert status == 400 and body
    finally:
        s.stop()


def test_load_and_updates_are_refused(server, listener):
    for q in (f"LOAD <{listener.url}/data.ttl>", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
              "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL"):
        status, _, body = ask(server.base, q)
        assert status == 403 and b"read-only" in body, q
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    assert ask(server.base, method="POST", data=form, path="/update")[0] == 403
    assert ask(server.base, method="POST", data=b"DROP ALL", path="/query",
               headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert ask(server.base, method="PUT", data=b"<urn:a> <urn:b> <urn:c> .", path="/store")[0] == 403
    assert ask(server.base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0] == 200  # the store is intact
    assert listener.seen == []


def test_no_cors_unless_an_origin_is_listed(server, store):
    origin = {"Origin": "http://localhost:8080"}
    status, headers, _ = ask(server.base, "ASK { ?s ?p ?o }", headers=origin)
    assert status == 200 and not any(k.lower().startswith("access-control") for k in headers)
    status, headers, _ = ask(server.base, method="OPTIONS", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert status == 403 and not any(k.lower().startswith("access-control") for k in headers)
    s = KgServe(store, "--cors", "http://localhost:8080")
    try:
        status, headers, _ = ask(s.base, "ASK { ?s ?p ?o }", headers=origin)
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:8080"
        status, headers, _ = ask(s.base, "ASK { ?s ?p ?o }", headers={"Origin": "http://localhost:9999"})
        assert "Access-Control-Allow-Origin" not in headers
        status, headers, _ = ask(s.base, method="OPTIONS", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
    finally:
        s.stop()


def test_public_bind_needs_public_and_warns(store):
    res = CliRunner().invoke(cli, ["serve", "--store", str(store), "--host", "0.0.0.0", "--port", str(free_port())])
    assert res.exit_code == 2 and res.output.count("\n") == 1 and "--public" in res.output
    s = KgServe(store, "--host", "0.0.0.0", "--public")
    try:
        assert ask(s.base, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        s.stop()
    err = s.proc.stderr.read().decode()
    assert "warning: serving on 0.0.0.0" in err and "no authentication" in err


def test_time_and_memory_limits_stop_the_work(server):
    before = server.workers()
    assert len(before) == 2
    status, _, body = ask(server.base, CROSS)  # a cross product, sorted: grows without end
    assert status == 503 and (b"limit and was stopped" in body)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"
    status, _, body = ask(server.base, count)  # little memory, much time
    assert status == 503 and b"exceeded the 3 s limit and was stopped" in body
    # four at once do not block the next query: their workers were killed, fresh ones took their place
    results = []
    threads = [threading.Thread(target=lambda q=q: results.append(ask(server.base, q)[0])) for q in (CROSS, count) * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == [503] * 4
    status, _, body = ask(server.base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0
    after = server.workers()
    assert len(after) == 2 and not after & before  # the workers that ran them are gone
    with open(f"/proc/{server.proc.pid}/status") as f:  # and the server itself stayed small
        rss_kb = next(int(line.split()[1]) for line in f if line.startswith("VmRSS"))
    assert rss_kb < 300_000


def test_a_burst_of_200_requests_is_answered_in_full(server):
    """200 clients at once on 127.0.0.1: each gets 200 or 503 (with Retry-After), none is dropped."""
    answers: list[tuple[int, str | None]] = []
    lock = threading.Lock()

    def one() -> None:
        try:
            status, headers, _ = ask(server.base, "SELECT * WHERE { ?s ?p ?o }", timeout=120)
            got = (status, headers.get("Retry-After"))
        except OSError as exc:
            got = (0, str(exc))
        with lock:
            answers.append(got)

    threads = [threading.Thread(target=one) for _ in range(200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(150)
    assert len(answers) == 200
    assert {s for s, _ in answers} <= {200, 503}, [a for a in answers if a[0] not in (200, 503)][:3]
    assert all(retry == "1" for s, retry in answers if s == 503)
    assert any(s == 200 for s, _ in answers)


def _raw(port: int, request: bytes, wait: float = 30) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def test_slow_and_lying_clients_are_let_go(server):
    head = b"POST /query HTTP/1.0\r\nContent-Type: application/sparql-query\r\n"
    assert _raw(server.port, head + b"Content-Length: abc\r\n\r\nASK {}").startswith(b"HTTP/1.0 400")
    assert _raw(server.port, head + b"Content-Length: -5\r\n\r\nASK {}").startswith(b"HTTP/1.0 400")
    assert _raw(server.port, head + b"\r\nASK {}").startswith(b"HTTP/1.0 411")
    assert _raw(server.port, head + b"Content-Length: 99999999\r\n\r\nASK {}").startswith(b"HTTP/1.0 413")
    # clients that promise 100 bytes and send 6: each is answered 408 once its second has passed
    socks = []
    for _ in range(40):
        s = socket.create_connection(("127.0.0.1", server.port), timeout=30)
        s.sendall(head + b"Content-Length: 100\r\n\r\nASK {}")
        socks.append(s)
    for s in socks:
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
        assert reply.startswith(b"HTTP/1.0 408"), reply[:40]
        s.close()
    with open(f"/proc/{server.proc.pid}/status") as f:
        threads = next(int(line.split()[1]) for line in f if line.startswith("Threads"))
    assert threads < 20  # their threads ended with them
    assert ask(server.base, "ASK { ?s ?p ?o }")[0] == 200


@pytest.mark.parametrize("args", [["--timeout", "0"], ["--timeout", "-1"], ["--timeout", "nan"], ["--timeout", "inf"],
                                  ["--timeout", "soon"], ["--max-rows", "-5"], ["--max-rows", "0"], ["--workers", "0"],
                                  ["--queue", "-1"], ["--max-memory", "10"], ["--client-timeout", "0"],
                                  ["--cors", "evil"]])
def test_bad_option_values_are_one_line_errors(store, args):
    res = CliRunner().invoke(cli, ["serve", "--store", str(store), "--port", str(free_port()), *args])
    assert res.exit_code == 2
    assert res.output.count("\n") == 1 and res.output.startswith(f"Error: {args[0]} "), res.output
