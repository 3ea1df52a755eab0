"""`kg push`: load each named graph into a remote triple store with the SPARQL 1.1 Graph Store HTTP
Protocol (PUT, so a push replaces), retrying transient errors."""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from .errors import RemoteError


@dataclass
class PushReport:
    sent: list[tuple[str, int]] = field(default_factory=list)  # (graph, triples)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph, reason)


def graphs_of(store: ox.Store) -> dict[str, list[str]]:
    """N-Triples lines per named graph."""
    out: dict[str, list[str]] = defaultdict(list)
    for q in store:
        if isinstance(q.graph_name, ox.NamedNode):
            out[q.graph_name.value].append(f"{q.subject} {q.predicate} {q.object} .")
    return {g: sorted(lines) for g, lines in sorted(out.items())}


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


def push(store: ox.Store, endpoint: str, user: str | None = None, password: str | None = None,
         retries: int = 3, timeout: float = 60.0) -> PushReport:
    """PUT every named graph of `store` to `endpoint`; failures are collected, not raised."""
    if not endpoint.startswith(("http://", "https://")):
        raise RemoteError(f"{endpoint}: the endpoint must be an http(s) URL")
    opener = _opener(endpoint, user, password)
    report = PushReport()
    sep = "&" if "?" in endpoint else "?"
    for graph, lines in graphs_of(store).items():
        url = f"{endpoint}{sep}{graph_param(endpoint)}={urllib.parse.quote(graph, safe='')}"
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
                reason = f"{getattr(exc, 'reason', exc)}"
            time.sleep(0.5 * 2 ** attempt)
        if reason:
            report.failed.append((graph, reason))
        else:
            report.sent.append((graph, len(lines)))
    return report
