"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, on localhost.

A thin server of our own, so that it can refuse updates and bound query time and result size. It
follows the store: a build that switches the store to a new version is seen by the next request,
and a version that is gone is never answered from. YASGUI and other SPARQL clients connect to
http://127.0.0.1:PORT/query.
"""
from __future__ import annotations

import concurrent.futures
import errno
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from .errors import KgError, QueryError, StoreError
from .query import MEDIA_TYPES, serialize
from .store import Store, current_version, open_store
from .store import query as run_query

_HELP = b"""<!doctype html><meta charset="utf-8"><title>newskg SPARQL endpoint</title>
<h1>newskg SPARQL endpoint</h1><p>Read-only. Send queries to <code>/query</code> (GET ?query=... or POST).</p>"""


def result_format(accept: str) -> str:
    """'csv', 'tsv' or 'json' (the default) for an Accept header, in the client's order of preference."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, rest = part.strip().partition(";")
        q = 1.0
        for p in rest.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media == "text/csv":
            return "csv"
        if media == "text/tab-separated-values":
            return "tsv"
        if media in ("application/sparql-results+json", "application/json", "*/*", "application/*"):
            return "json"
    return "json"


class Endpoint:
    """Runs queries against the store's current version, read-only, with a time and a row limit."""

    def __init__(self, store_dir: Path, timeout: float = 10.0, max_rows: int = 10_000) -> None:
        self.store_dir = store_dir
        self.timeout = timeout
        self.max_rows = max_rows
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        self.lock = threading.Lock()
        self.opened: tuple[Path, int] | None = None  # the version folder and its inode
        self.store: Store | None = None
        self.current()

    def current(self) -> Store:
        """The store's current version, reopened when a build has switched it; StoreError when there is none."""
        version = current_version(self.store_dir)
        try:
            key = (version, os.stat(version).st_ino) if version is not None else None
        except OSError:
            key = None
        with self.lock:
            if key is None:
                self.store, self.opened = None, None
                raise StoreError(f"the store {self.store_dir} is gone; build into it again")
            if key != self.opened or self.store is None:
                self.store = open_store(self.store_dir, read_only=True)
                self.opened = key
            return self.store

    def run(self, query: str, accept: str) -> tuple[int, str, bytes]:
        if not query.strip():
            return 400, "text/plain", b"missing query\n"
        try:
            store = self.current()
        except KgError as exc:
            return 503, "text/plain", f"{exc}\n".encode()
        future = self.pool.submit(self._run, store, query, accept)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            return 503, "text/plain", f"query exceeded the {self.timeout:g} s limit\n".encode()

    def _run(self, store: Store, query: str, accept: str) -> tuple[int, str, bytes]:
        try:
            res = run_query(store, query, max_rows=self.max_rows)
        except QueryError as exc:
            return 400, "text/plain", f"{exc}\n".encode()
        if res.kind == "graph":
            return 200, "application/n-triples", res.ntriples.encode()
        fmt = "json" if res.kind == "ask" else result_format(accept)
        return 200, MEDIA_TYPES[fmt], serialize(res, fmt).encode()


def make_server(store_dir: Path, host: str = "127.0.0.1", port: int = 7879, timeout: float = 10.0,
                max_rows: int = 10_000) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) for the store at `store_dir`; KgError if the store or the
    port cannot be had."""
    endpoint = Endpoint(store_dir, timeout, max_rows)

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

    try:
        return ThreadingHTTPServer((host, port), Handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise KgError(f"port {port} is in use; pick another with --port") from None
        raise KgError(f"cannot listen on {host}:{port} ({exc.strerror})") from None


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
