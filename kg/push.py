"""`kg push`: load each named graph into a remote triple store with the SPARQL 1.1 Graph Store HTTP
Protocol (PUT, so a push replaces), retrying transient errors. Triples in no named graph (a Turtle
or N-Triples file) go to the graph the caller names, or to the server's default graph on request.
A server that refuses the connection ends the push at once: nothing is retried or sent."""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field

from .errors import RemoteError
from .store import Store, quads

DEFAULT_GRAPH = ""  # `graph_for_unnamed` value that sends triples in no named graph to the default graph


@dataclass
class PushReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (graph, triples); "" is the default graph
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph, reason)


class UnnamedTriples(RemoteError):
    """The source has triples in no named graph and the caller did not say where they go."""


def graphs_of(store: Store, graph_for_unnamed: str | None = None) -> dict[str, list[str]]:
    """N-Triples lines per target graph: each named graph, and the triples in no named graph under
    `graph_for_unnamed` (an IRI, or DEFAULT_GRAPH). Raises UnnamedTriples if there are such triples and
    nowhere to put them."""
    out: dict[str, list[str]] = defaultdict(list)
    unnamed = 0
    for s, p, o, g in quads(store):
        if g is None:
            unnamed += 1
            if graph_for_unnamed is None:
                continue
            g = graph_for_unnamed
        out[g].append(f"{s} {p} {o} .")
    if unnamed and graph_for_unnamed is None:
        raise UnnamedTriples(f"{unnamed} triple(s) are in no named graph; say where they go with "
                             "--graph IRI or --default-graph")
    return {g: sorted(set(lines)) for g, lines in sorted(out.items())}


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def graph_param(endpoint: str) -> str:
    """Virtuoso's GSP endpoint names the graph `graph-uri`; the standard (Oxigraph) uses `graph`."""
    return "graph-uri" if "sparql-graph-crud" in endpoint else "graph"


def _target(endpoint: str, graph: str) -> str:
    sep = "&" if "?" in endpoint else "?"
    if graph == DEFAULT_GRAPH:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}{graph_param(endpoint)}={urllib.parse.quote(graph, safe='')}"


def _unreachable(exc: BaseException) -> bool:
    """A connection that cannot be made at all (refused, unknown host): retrying will not help."""
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, (ConnectionRefusedError, socket.gaierror)) or \
        isinstance(exc, ConnectionRefusedError)


def push(store: Store, endpoint: str, user: str | None = None, password: str | None = None,
         retries: int = 3, timeout: float = 60.0, graph_for_unnamed: str | None = None) -> PushReport:
    """PUT every graph of `store` to `endpoint` (see `graphs_of` for triples in no named graph).

    Failures of single graphs (HTTP errors, timeouts) are collected in the report after `retries`
    tries; a refused connection raises RemoteError at once, as does a store with nothing to push."""
    if not endpoint.startswith(("http://", "https://")):
        raise RemoteError(f"{endpoint}: the endpoint must be an http(s) URL")
    graphs = graphs_of(store, graph_for_unnamed)
    if not graphs:
        raise RemoteError("nothing to push: the source holds no triples")
    opener = _opener(endpoint, user, password)
    report = PushReport()
    for graph, lines in graphs.items():
        url = _target(endpoint, graph)
        body = ("\n".join(lines) + "\n").encode("utf-8")
        reason = ""
        for attempt in range(retries):
            req = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "text/turtle; charset=utf-8"})
            try:
                with opener.open(req, timeout=timeout) as resp:
                    if resp.status < 300:
                        reason = ""
                        break
                    reason = f"HTTP {resp.status}"
            except urllib.error.HTTPError as exc:
                reason = f"HTTP {exc.code} {exc.reason}"
                if exc.code < 500 and exc.code != 429:
                    break  # a client error will not go away by retrying
            except (urllib.error.URLError, OSError) as exc:
                if _unreachable(exc):
                    done = f"; {len(report.sent)} graph(s) were pushed before" if report.sent else "; nothing was pushed"
                    raise RemoteError(f"cannot connect to {endpoint} ({getattr(exc, 'reason', exc)}){done}") from None
                reason = f"{getattr(exc, 'reason', exc)}"
            if attempt + 1 < retries:
                time.sleep(0.5 * 2 ** attempt)
        if reason:
            report.failed.append((graph, reason))
        else:
            report.sent.append((graph, len(lines)))
    return report
