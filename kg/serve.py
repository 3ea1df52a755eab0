"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store, on localhost.

A thin server of our own, so that it can refuse what would let a client (or a web page the user
opens) do more than read, and bound what a query may cost:

- `SERVICE` is refused (it would make the server send requests on the client's behalf), and so are
  LOAD and the update forms; `allow_service` opens SERVICE.
- No CORS header unless the user lists origins; loopback only unless `public`.
- Each query runs in a worker process that is killed at the time limit and has a memory cap
  (kg/workers.py); at most `workers` run and `queue` wait, and the rest get 503 with Retry-After.
- Clients get socket timeouts and a bounded body; every request gets an answer.

It follows the store: a build that switches the store to a new version is seen by the next request,
and a version that is gone is never answered from. YASGUI and other SPARQL clients connect to
http://127.0.0.1:PORT/query.
"""
from __future__ import annotations

import contextlib
import errno
import ipaddress
import math
import os
import re
import socket
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from .errors import KgError, StoreError
from .query import MEDIA_TYPES, serialize
from .store import JOURNAL, Result, current_version, recover
from .workers import Pool

_HELP = b"""<!doctype html><meta charset="utf-8"><title>newskg SPARQL endpoint</title>
<h1>newskg SPARQL endpoint</h1><p>Read-only. Send queries to <code>/query</code> (GET ?query=... or POST).</p>"""
MAX_BODY = 1_000_000  # bytes a POSTed query may have


@dataclass(frozen=True)
class Limits:
    """What one query and one client may cost."""

    timeout: float = 10.0  # seconds a query may run (waiting for a worker included)
    max_rows: int = 10_000  # rows (or triples) an answer may have
    workers: int = 2  # queries running at once, each in its own process
    queue: int = 16  # queries that may wait for a worker; more get 503
    memory_mb: int = 1024  # memory of each worker process
    client_timeout: float = 10.0  # seconds a client may take to send its request


def check_limits(limits: Limits) -> None:
    """Raise KgError (one line, naming the option) for a limit that makes no sense."""
    for name, value in (("--timeout", limits.timeout), ("--client-timeout", limits.client_timeout)):
        if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
            shown = f"{value:g}" if isinstance(value, (int, float)) else value
            raise KgError(f"{name} {shown}: give a number of seconds above 0")
    for name, value, least in (("--max-rows", limits.max_rows, 1), ("--workers", limits.workers, 1),
                               ("--queue", limits.queue, 0), ("--max-memory", limits.memory_mb, 128)):
        if not isinstance(value, int) or value < least:
            raise KgError(f"{name} {value}: give a whole number of at least {least}")


def check_origin(origin: str) -> str:
    """A CORS origin as the user gave it ('*' or scheme://host[:port]); KgError otherwise."""
    if origin == "*" or re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d{1,5})?|https?://\[[0-9A-Fa-f:.]+\](:\d{1,5})?",
                                     origin):
        return origin
    raise KgError(f"--cors {origin!r}: give an origin such as http://localhost:8080 (scheme, host, port), or *")


def is_loopback(host: str) -> bool:
    """True if every address `host` names is this machine's loopback (so nobody else can connect)."""
    if host in ("", "0.0.0.0", "::"):
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False
    return bool(infos) and all(ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos)


def check_bind(host: str, public: bool) -> None:
    """Raise KgError unless `host` is loopback or the user said `public`."""
    if not public and not is_loopback(host):
        raise KgError(f"--host {host} would serve the store to other machines; add --public if you mean to")


# -- what the endpoint refuses to run ----------------------------------------------------------

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# SPARQL's tokens that can hide a keyword: comments, IRIs, strings, variables and prefixed names
_TOKEN = re.compile(r'''#[^\n]*|<[^<>"{}|^`\\\x00-\x20]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|'''
                    r'''"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[?$]\w+|[\w.-]*:[\w.:%\\-]*|\w+|.''', re.S)
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def keywords(text: str) -> set[str]:
    """The SPARQL keywords (bare words, upper-cased) of a query, as the parser sees them: code point
    escapes (\\u0053) are read first, and comments, IRIs, strings and names hide nothing."""
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return {t.upper() for t in _TOKEN.findall(text) if t[:1].isalpha() and ":" not in t}


def refusal(text: str, allow_service: bool = False) -> tuple[int, str] | None:
    """Why the endpoint will not run `text` (status and message), or None."""
    words = keywords(text)
    if words & _UPDATES:
        return 403, "this endpoint is read-only: updates and LOAD are refused\n"
    if "SERVICE" in words and not allow_service:
        return 400, "SERVICE is refused: this endpoint does not send requests to other servers\n"
    return None


class Endpoint:
    """Runs queries against the store's current version, read-only, within the limits."""

    def __init__(self, store_dir: Path, limits: Limits = Limits(), allow_service: bool = False) -> None:
        check_limits(limits)
        self.store_dir, self.limits, self.allow_service = store_dir, limits, allow_service
        self.current()
        self.pool = Pool(limits.workers, limits.queue, limits.max_rows, limits.memory_mb)

    def current(self) -> Path:
        """The store's current version folder; StoreError when there is none."""
        if (self.store_dir / JOURNAL).exists():  # a build killed while switching: finish it
            with contextlib.suppress(StoreError):  # (a store we may only read: answer from it as it is)
                recover(self.store_dir, wait=False)
        version = current_version(self.store_dir)
        if version is None or not version.is_dir():
            raise StoreError(f"the store {self.store_dir} is gone; build into it again")
        return version

    def run(self, query: str, accept: str) -> tuple[int, str, bytes, dict[str, str]]:
        """Status, content type, body and extra headers of the answer to a query."""
        if not query.strip():
            return _text(400, "missing query\n")
        refused = refusal(query, self.allow_service)
        if refused is not None:
            return _text(*refused)
        try:
            version = self.current()
        except KgError as exc:
            return _text(503, f"{exc}\n")
        answer = self.pool.run(version, query, self.limits.timeout)
        if answer.status == "ok":
            return _answer(answer.result, accept)  # type: ignore[arg-type]
        if answer.status == "error":
            return _text(400, f"{answer.message}\n")
        if answer.status == "busy":
            return _text(503, "too many queries at once; try again shortly\n", {"Retry-After": "1"})
        if answer.status == "timeout":
            return _text(503, f"query exceeded the {self.limits.timeout:g} s limit and was stopped\n")
        if answer.status == "memory":
            return _text(503, f"query needed more than the {self.limits.memory_mb} MB limit and was stopped\n")
        return _text(503, "the store changed while the query waited; try again\n", {"Retry-After": "1"})

    def close(self) -> None:
        self.pool.close()


def _text(code: int, message: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes, dict[str, str]]:
    return code, "text/plain; charset=utf-8", message.encode("utf-8"), headers or {}


def _answer(res: Result, accept: str) -> tuple[int, str, bytes, dict[str, str]]:
    if res.kind == "graph":
        return 200, "application/n-triples", res.ntriples.encode(), {}
    fmt = "json" if res.kind == "ask" else result_format(accept)
    return 200, MEDIA_TYPES[fmt], serialize(res, fmt).encode(), {}


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


class Server(ThreadingHTTPServer):
    """The HTTP server: a thread per connection, a real listen backlog, quiet about client errors."""

    request_queue_size = 256
    daemon_threads = True
    endpoint: Endpoint

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that went away; the handler has answered whatever could be answered

    def server_close(self) -> None:
        super().server_close()
        endpoint = getattr(self, "endpoint", None)  # unset when the port could not be bound
        if endpoint is not None:
            endpoint.close()


def make_server(store_dir: Path, host: str = "127.0.0.1", port: int = 7879, timeout: float = 10.0,
                max_rows: int = 10_000, *, workers: int = 2, queue: int = 16, memory_mb: int = 1024,
                client_timeout: float = 10.0, allow_service: bool = False, cors: tuple[str, ...] = (),
                public: bool = False) -> Server:
    """An HTTP server (not yet serving) for the store at `store_dir`.

    Args:
        host, port: where to listen; an address beyond loopback needs `public`.
        timeout, max_rows, workers, queue, memory_mb, client_timeout: see `Limits`.
        allow_service: let queries use SERVICE (the server then sends requests where queries say).
        cors: origins whose web pages may read the answers ('*' for any); none by default.
    Raises KgError if an option makes no sense, or the store or the port cannot be had.
    """
    limits = Limits(timeout, max_rows, workers, queue, memory_mb, client_timeout)
    check_limits(limits)
    origins = {check_origin(o) for o in cors}
    check_bind(host, public)

    class Handler(BaseHTTPRequestHandler):
        server_version = "newskg"
        protocol_version = "HTTP/1.0"  # one request per connection: no idle keep-alive threads

        def setup(self) -> None:
            self.timeout = client_timeout  # socket timeout: a slow client is let go
            super().setup()

        def log_message(self, *args: object) -> None:  # quiet by default
            pass

        def _send(self, code: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in {**self._cors(), **(headers or {})}.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _cors(self) -> dict[str, str]:
            origin = self.headers.get("Origin", "") if self.headers else ""
            if not origin or not origins:
                return {}
            if "*" in origins:
                return {"Access-Control-Allow-Origin": "*"}
            return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"} if origin in origins else {}

        def _guarded(self, work) -> None:  # type: ignore[no-untyped-def]
            """Every request gets an answer: a slow client 408, anything unexpected 500."""
            try:
                work()
            except TimeoutError:
                self.close_connection = True
                try:
                    self._send(408, "text/plain; charset=utf-8", b"the request took too long to arrive\n")
                except OSError:
                    pass
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            except Exception as exc:  # noqa: BLE001 (the server stays up and says what failed)
                self.close_connection = True
                try:
                    self._send(500, "text/plain; charset=utf-8", f"internal error: {exc.__class__.__name__}\n".encode())
                except OSError:
                    pass

        def _query(self, q: str) -> None:
            self._send(*endpoint.run(q, self.headers.get("Accept", "")))

        def do_GET(self) -> None:
            def work() -> None:
                url = urlparse(self.path)
                if url.path in ("/", "/index.html"):
                    return self._send(200, "text/html; charset=utf-8", _HELP)
                if url.path != "/query":
                    return self._send(404, "text/plain; charset=utf-8", b"not found\n")
                self._query(parse_qs(url.query).get("query", [""])[0])
            self._guarded(work)

        do_HEAD = do_GET

        def do_POST(self) -> None:
            def work() -> None:
                url = urlparse(self.path)
                raw = self.headers.get("Content-Length")
                if self.headers.get("Transfer-Encoding") or raw is None:
                    return self._send(411, "text/plain; charset=utf-8", b"send the body with a Content-Length\n")
                if not raw.strip().isdigit():
                    return self._send(400, "text/plain; charset=utf-8", b"bad Content-Length\n")
                length = int(raw)
                if length > MAX_BODY:
                    self.close_connection = True
                    return self._send(413, "text/plain; charset=utf-8", f"a query may have at most {MAX_BODY} bytes\n".encode())
                body = self.rfile.read(length)
                if len(body) < length:
                    return self._send(400, "text/plain; charset=utf-8", b"the body is shorter than its Content-Length\n")
                text = body.decode("utf-8", "replace")
                ctype = self.headers.get("Content-Type", "")
                form = {} if "sparql-query" in ctype else parse_qs(text)
                if url.path == "/update" or "sparql-update" in ctype or "update" in form:
                    return self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n")
                if url.path != "/query":
                    return self._send(404, "text/plain; charset=utf-8", b"not found\n")
                self._query(text if "sparql-query" in ctype else form.get("query", [""])[0])
            self._guarded(work)

        def do_OPTIONS(self) -> None:
            def work() -> None:
                if not self._cors():
                    return self._send(403, "text/plain; charset=utf-8", b"cross-origin requests are not allowed\n")
                self._send(204, "text/plain; charset=utf-8", b"", {
                    "Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type, Accept",
                    "Access-Control-Max-Age": "600"})
            self._guarded(work)

        def do_PUT(self) -> None:
            self._guarded(lambda: self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only\n"))

        do_DELETE = do_PATCH = do_PUT

    endpoint = Endpoint(store_dir, limits, allow_service)
    try:
        server = Server((host, port), Handler)
    except OSError as exc:
        endpoint.close()
        if exc.errno == errno.EADDRINUSE:
            raise KgError(f"port {port} is in use; pick another with --port") from None
        raise KgError(f"cannot listen on {host}:{port} ({exc.strerror or os.strerror(exc.errno or 0)})") from None
    server.endpoint = endpoint
    return server
