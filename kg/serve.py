"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, on localhost.

A thin server of our own over pyoxigraph, so that it can refuse updates and bound query time and
result size. YASGUI and other SPARQL clients connect to http://127.0.0.1:PORT/query.
"""
from __future__ import annotations

import concurrent.futures
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .store import open_store

_HELP = b"""<!doctype html><meta charset="utf-8"><title>newskg SPARQL endpoint</title>
<h1>newskg SPARQL endpoint</h1><p>Read-only. Send queries to <code>/query</code> (GET ?query=... or POST).</p>"""


class Endpoint:
    """Runs queries against a read-only store with a time and a row limit."""

    def __init__(self, store: ox.Store, timeout: float = 10.0, max_rows: int = 10_000) -> None:
        self.store = store
        self.timeout = timeout
        self.max_rows = max_rows
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)

    def run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        if not query.strip():
            return 400, "text/plain", b"missing query\n"
        future = self.pool.submit(self._run, query, accept)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            return 503, "text/plain", f"query exceeded the {self.timeout:g} s limit\n".encode()

    def _run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        try:
            res = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            return 400, "text/plain", f"SPARQL syntax error: {exc}\n".encode()
        except (ValueError, RuntimeError, OSError) as exc:
            return 400, "text/plain", f"query failed: {exc}\n".encode()
        if isinstance(res, ox.QueryBoolean):
            return 200, "application/sparql-results+json", json.dumps({"head": {}, "boolean": bool(res)}).encode()
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = []
            for i, sol in enumerate(res):
                if i >= self.max_rows:
                    break
                rows.append({n: _json_term(sol[n]) for n in names if sol[n] is not None})
            body = {"head": {"vars": names}, "results": {"bindings": rows}}
            if len(rows) >= self.max_rows:
                body["head"]["link"] = [f"truncated to {self.max_rows} rows"]
            return 200, "application/sparql-results+json", json.dumps(body).encode()
        lines = []
        for i, t in enumerate(res):
            if i >= self.max_rows:
                break
            lines.append(f"{t.subject} {t.predicate} {t.object} .")
        return 200, "application/n-triples", ("\n".join(lines) + "\n").encode()


def _json_term(t: object) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    assert isinstance(t, ox.Literal)
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def make_server(store_dir: Path, host: str = "127.0.0.1", port: int = 7879, timeout: float = 10.0,
                max_rows: int = 10_000) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) for the store at `store_dir`."""
    endpoint = Endpoint(open_store(store_dir, read_only=True), timeout, max_rows)

    class Handler(BaseHTTPRequestHandler):
        server_version = "newskg"

        def log_message(self, *args: object) -> None:  # quiet by default
            pass

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path in ("/", "/index.html"):
                return self._send(200, "text/html; charset=utf-8", _HELP)
            if url.path != "/query":
                return self._send(404, "text/plain", b"not found\n")
            q = parse_qs(url.query).get("query", [""])[0]
            self._send(*endpoint.run(q, self.headers.get("Accept", "")))

        def do_POST(self) -> None:
            url = urlparse(self.path)
            length = min(int(self.headers.get("Content-Length", "0") or 0), 1_000_000)
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = self.headers.get("Content-Type", "")
            if url.path == "/update" or "sparql-update" in ctype or "update=" in body[:7]:
                return self._send(403, "text/plain", b"this endpoint is read-only\n")
            if url.path != "/query":
                return self._send(404, "text/plain", b"not found\n")
            q = body if "sparql-query" in ctype else parse_qs(body).get("query", [""])[0]
            self._send(*endpoint.run(q, self.headers.get("Accept", "")))

        def do_PUT(self) -> None:
            self._send(403, "text/plain", b"this endpoint is read-only\n")

        do_DELETE = do_PUT

    return ThreadingHTTPServer((host, port), Handler)


def serve(store_dir: Path, host: str = "127.0.0.1", port: int = 7879, timeout: float = 10.0,
          max_rows: int = 10_000, ready: threading.Event | None = None) -> None:
    """Serve until interrupted."""
    server = make_server(store_dir, host, port, timeout, max_rows)
    if ready is not None:
        ready.set()
    try:
        server.serve_forever()
    finally:
        server.server_close()
