"""Start real triple-store servers on loopback for integration tests: Oxigraph (PyPI `oxigraph`)
and Virtuoso (Debian's virtuoso-opensource-7). Each is stopped when the test session ends."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, seconds: float = 30.0) -> None:
    end = time.time() + seconds
    while time.time() < end:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not come up")


def oxigraph_bin() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    cand = Path(sys.executable).with_name("oxigraph")
    return str(cand) if cand.exists() else None


class Server:
    def __init__(self, proc: subprocess.Popen, gsp: str, sparql: str, user: str | None = None,
                 password: str | None = None) -> None:
        self.proc, self.gsp, self.sparql, self.user, self.password = proc, gsp, sparql, user, password

    def count(self, graph_prefix: str = "https://w3id.org/newskg/graph/") -> int:
        q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
             f'FILTER(STRSTARTS(STR(?g), "{graph_prefix}")) }}')
        return int(self.select(q)[0]["n"]["value"])

    def select(self, query: str) -> list[dict]:
        """The bindings of a SELECT query sent to the server's SPARQL endpoint."""
        url = self.sparql + "?" + urllib.parse.urlencode({"query": query})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read())["results"]["bindings"]

    def stop(self) -> None:
        stop_process(self.proc)


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate a server process, killing it if it does not end within 20 s."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def start_oxigraph(tmp: Path, union: bool = False) -> Server:
    """`oxigraph serve` on a free port; with `union`, queries without GRAPH see every named graph."""
    exe = oxigraph_bin()
    if exe is None:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp / "oxi"), "--bind", f"127.0.0.1:{port}",
                             *(["--union-default-graph"] if union else [])],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_http(base + "/query?query=ASK%7B%7D")
    return Server(proc, base + "/store", base + "/query")


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 5
MaxClientConnections = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def start_virtuoso(tmp: Path) -> Server:
    exe = shutil.which("virtuoso-t")
    if exe is None:
        raise RuntimeError("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    d = tmp / "virtuoso"
    d.mkdir()
    sql, http = free_port(), free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql=sql, http=http))
    proc = subprocess.Popen([exe, "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    wait_http(base + "/sparql?query=ASK%7B%7D", 60)
    return Server(proc, base + "/sparql-graph-crud-auth", base + "/sparql", "dba", "dba")


class Listener:
    """A local HTTP server that records every request it gets (method, path, body) and answers each
    with an empty SPARQL result: what a server would send out (SERVICE, LOAD) shows up here."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        seen = self.seen = []

        class Recorder(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _record(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                seen.append((self.command, self.path, self.rfile.read(n) if n else b""))
                body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _record

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class KgServe:
    """A real `kg serve` process on 127.0.0.1 (a free port), with the options given."""

    def __init__(self, store: Path, *options: str) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port",
                                      str(self.port), *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.base = f"http://127.0.0.1:{self.port}"
        wait_http(self.base + "/", 60)

    def workers(self) -> set[int]:
        """Process ids of the server's query workers."""
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.proc.pid)], capture_output=True, text=True)
        return {int(x) for x in out.stdout.split()}

    def stop(self) -> None:
        stop_process(self.proc)
