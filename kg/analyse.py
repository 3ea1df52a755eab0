"""The fact graph read out of a store: entities, direct edges with every event that backs them, and
the articles; then networkx for central actors, communities, degree distribution, GraphML/GEXF export.
The page (kg/show.py) only renders what `page_graph` returns.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset

from .atomic import atomic_write
from .ns import FAMILY_CLASS
from .store import Store, load_nquads, open_store, select_values

ENTITY_TYPES = ("Person", "Country", "City", "Region", "Organization", "GovernmentOrganization",
                "IntergovernmentalOrganization", "ArmedForces")
FACTUALITIES = ("asserted", "negated", "conditional", "future")


@dataclass
class PageGraph:
    """What the page draws.

    nodes: IRI -> {"label", "type", "names" (other names, sorted), "wikidata"}.
    edges: {"from", "to", "family", "asserted" (a direct edge of the graph; False for a fact that
    was only reported as negated, conditional or planned), "evidence": [Evidence dicts]}, sorted.
    articles: IRI -> {"id", "headline", "date", "url"} for every article, with or without facts.
    Evidence: {"article" (IRI), "sentence", "marks": [[start, end, "agent"|"target"], ...] (offsets of
    the agent's and target's mentions inside the sentence), "date" (the event's, else the article's),
    "factuality", "confidence"}.
    """

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)
    articles: dict[str, dict] = field(default_factory=dict)


_P = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
"""
_FAMILIES = sorted(FAMILY_CLASS)
_EDGES_Q = _P + "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o }" % " ".join(f"nkg:{f}" for f in _FAMILIES)
_ENTITIES_Q = _P + """SELECT ?n ?type ?label ?alt ?qid WHERE {
  VALUES ?type { %s }
  ?n a ?type .
  OPTIONAL { ?n rdfs:label ?label }
  OPTIONAL { ?n skos:altLabel ?alt }
  OPTIONAL { ?n nkg:wikidata ?qid }
}""" % " ".join(f"nkg:{t}" for t in ENTITY_TYPES)
_EVENTS_Q = _P + """SELECT ?e ?p ?s ?o ?fact ?conf ?date ?a ?anchor ?text WHERE {
  ?e nkg:edgeProperty ?p ; nkg:agent ?s ; nkg:target ?o .
  OPTIONAL { ?e nkg:factuality ?fact }
  OPTIONAL { ?e nkg:confidence ?conf }
  OPTIONAL { ?e nkg:date ?date }
  OPTIONAL { ?e nkg:article ?a }
  OPTIONAL { ?e nkg:evidence ?sn . ?sn nif:anchorOf ?anchor }
  OPTIONAL { ?e nkg:evidenceText ?text }
}"""
# An event's agent and target with its evidence sentence's place, and every mention's place: joined in
# Python (mentions of the agent or target inside the sentence, in its article), since the same join in
# SPARQL visits every mention of an entity in every article for each event (seconds for 100 articles).
_EVENT_ROLES_Q = _P + """SELECT ?e ?role ?x ?a ?sb ?se WHERE {
  ?e nkg:evidence ?sn . ?sn nif:beginIndex ?sb ; nif:endIndex ?se ; nif:referenceContext ?a .
  { ?e nkg:agent ?x BIND("agent" AS ?role) } UNION { ?e nkg:target ?x BIND("target" AS ?role) }
}"""
_MENTIONS_Q = _P + """SELECT ?x ?a ?mb ?me WHERE {
  ?x gaf:denotedBy ?m . ?m nif:referenceContext ?a ; nif:beginIndex ?mb ; nif:endIndex ?me .
}"""
_ARTICLES_Q = _P + """SELECT ?a ?id ?headline ?date ?url WHERE {
  ?a a schema:NewsArticle .
  OPTIONAL { ?a schema:identifier ?id }
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
}"""


def as_store(graph: Dataset | Store) -> Store:
    """A store holding the graph (an rdflib dataset is copied into an in-memory store)."""
    if not isinstance(graph, Dataset):
        return graph
    from .export import dataset_lines

    st = open_store()
    load_nquads(st, dataset_lines(graph))
    return st


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1]


def _first(current: str, new: str | None) -> str:
    """The smallest non-empty value seen, so repeated values pick the same one every run."""
    return new if new and (not current or new < current) else current


def _articles(st: Store) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for a, ident, headline, date, url in select_values(st, _ARTICLES_Q):
        d = out.setdefault(str(a), {"id": "", "headline": "", "date": "", "url": ""})
        for key, value in (("id", ident), ("headline", headline), ("date", date), ("url", url)):
            d[key] = _first(d[key], value)
    return dict(sorted(out.items()))


def _events(st: Store, articles: dict[str, dict]) -> dict[tuple[str, str, str], list[dict]]:
    """Every event as evidence, keyed by (agent, family, target)."""
    rows: dict[str, dict] = {}
    for e, p, s, o, fact, conf, date, a, anchor, text in select_values(st, _EVENTS_Q):
        d = rows.setdefault(str(e), {"key": (str(s), _local(p), str(o)), "article": "", "sentence": "",
                                     "date": "", "factuality": "", "confidence": ""})
        d["article"] = _first(d["article"], a)
        d["sentence"] = _first(d["sentence"], anchor or text)
        d["date"] = _first(d["date"], date)
        d["factuality"] = _first(d["factuality"], _local(fact).lower())
        d["confidence"] = _first(d["confidence"], conf)
    mentions: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for x, a, mb, me in select_values(st, _MENTIONS_Q):
        mentions.setdefault((str(x), str(a)), set()).add((int(str(mb)), int(str(me))))
    marks: dict[str, set[tuple[int, int, str]]] = {}
    for e, role, x, a, sb, se in select_values(st, _EVENT_ROLES_Q):
        b, end = int(str(sb)), int(str(se))
        for mb, me in mentions.get((str(x), str(a)), ()):
            if mb >= b and me <= end:
                marks.setdefault(str(e), set()).add((mb - b, me - b, str(role)))
    out: dict[tuple[str, str, str], list[dict]] = {}
    for e, d in rows.items():
        key = d.pop("key")
        d["factuality"] = d["factuality"] if d["factuality"] in FACTUALITIES else "asserted"
        d["date"] = d["date"] or articles.get(d["article"], {}).get("date", "")
        d["marks"] = [list(m) for m in sorted(marks.get(e, ())) if 0 <= m[0] < m[1] <= len(d["sentence"])]
        out.setdefault(key, []).append(d)
    for evs in out.values():
        evs.sort(key=lambda d: (d["date"], d["article"], d["sentence"], d["factuality"], d["confidence"]))
    return out


def page_graph(graph: Dataset | Store) -> PageGraph:
    """Entities in direct edges (and in facts reported as negated, conditional or planned), the edges
    with every event behind them, and all articles."""
    st = as_store(graph)
    pg = PageGraph(articles=_articles(st))
    direct = sorted({(str(s), _local(p), str(o)) for s, p, o in select_values(st, _EDGES_Q)})
    present = set(direct)
    events = _events(st, pg.articles)
    # a spokesperson's edge also states `represents`: draw that one, with both kinds of evidence; holding responsible
    # also states `accused`: draw only the first, unless an accusation of its own stands behind the second
    direct = [(s, f, o) for s, f, o in direct if not (f == "spokespersonFor" and (s, "represents", o) in present)
              and not (f == "accused" and (s, "holdsResponsible", o) in present
                       and not any(d["factuality"] == "asserted" for d in events.get((s, f, o), [])))]
    edges: list[dict] = []
    for s, fam, o in direct:
        ev = events.get((s, fam, o), []) + (events.get((s, "spokespersonFor", o), []) if fam == "represents" else [])
        edges.append({"from": s, "to": o, "family": fam, "asserted": True, "evidence": ev})
    for (s, fam, o), ev in sorted(events.items()):
        if (s, fam, o) in present or (fam == "spokespersonFor" and (s, "represents", o) in present):
            continue
        if any(d["factuality"] != "asserted" for d in ev):  # reported, but not as a fact: drawn dashed
            edges.append({"from": s, "to": o, "family": fam, "asserted": False, "evidence": ev})
    ids = sorted({e["from"] for e in edges} | {e["to"] for e in edges})
    labels: dict[str, str] = dict.fromkeys(ids, "")
    qids: dict[str, str] = dict.fromkeys(ids, "")
    types: dict[str, set[str]] = {n: set() for n in ids}
    names: dict[str, set[str]] = {n: set() for n in ids}
    for n, typ, label, alt, qid in select_values(st, _ENTITIES_Q):
        n = str(n)
        if n not in labels:
            continue
        types[n].add(_local(typ))
        labels[n] = _first(labels[n], label)
        qids[n] = _first(qids[n], qid)
        if alt:
            names[n].add(alt)
    for n in ids:
        label = labels[n] or n.rstrip("/").rsplit("/", 1)[-1]
        pg.nodes[n] = {"label": label, "type": sorted(types[n])[0] if types[n] else "Organization",
                       "names": sorted(names[n] - {label}), "wikidata": qids[n]}
    pg.edges = sorted(edges, key=lambda e: (e["from"], e["family"], e["to"], not e["asserted"]))
    return pg


def support(edge: dict) -> int:
    """How many articles back an edge."""
    return len({d["article"] for d in edge["evidence"]})


# Up to this many nodes PageRank runs on a dense matrix: scipy's sparse arrays cost 0.2 s to import,
# much of drawing a small graph's page
DENSE_RANK_MAX = 1000


def pagerank(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, float]:
    """PageRank as networkx computes it (a directed graph, parallel edges once; alpha 0.85, uniform
    teleport and dangling weights, tolerance 1e-6 per node, at most 100 rounds), on arrays: building
    networkx's graph of a big store's 40,000 edges costs more than the ranking."""
    import numpy as np

    n = len(nodes)
    index = {x: i for i, x in enumerate(nodes)}
    pairs = np.unique(np.array([index[s] * n + index[o] for s, o in edges], dtype=np.int64))
    rows, cols = pairs // n, pairs % n
    out = np.bincount(rows, minlength=n).astype(float)
    share = np.zeros(n)
    share[out != 0] = 1.0 / out[out != 0]
    if n <= DENSE_RANK_MAX:
        a = np.zeros((n, n))
        a[rows, cols] = share[rows]
    else:
        import scipy.sparse

        a = scipy.sparse.csr_array((share[rows], (rows, cols)), shape=(n, n))
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(out == 0)[0]
    for _ in range(100):
        last = x
        x = 0.85 * (x @ a + sum(x[dangling]) * p) + 0.15 * p
        if np.absolute(x - last).sum() < n * 1e-6:
            break
    return dict(zip(nodes, map(float, x)))


def importance(pg: PageGraph) -> dict[str, float]:
    """PageRank of each node over the page's edges, taken both ways: who acts on many others matters
    as much as who is acted on (1 for all if the graph has no edges)."""
    nodes = sorted(pg.nodes)
    pairs = {(e["from"], e["to"]) for e in pg.edges}
    if not pairs:
        return {n: 1.0 for n in nodes}
    return pagerank(nodes, sorted(pairs | {(o, s) for s, o in pairs}))


def keep_top(pg: PageGraph, max_nodes: int | None) -> PageGraph:
    """Only the `max_nodes` most important nodes and the edges among them; nodes left without an
    edge go too, so nothing floats alone."""
    if not max_nodes or len(pg.nodes) <= max_nodes:
        return pg
    imp = importance(pg)
    keep = set(sorted(pg.nodes, key=lambda n: (-imp.get(n, 0), n))[:max_nodes])
    edges = [e for e in pg.edges if e["from"] in keep and e["to"] in keep]
    linked = {e["from"] for e in edges} | {e["to"] for e in edges}
    return PageGraph({k: v for k, v in pg.nodes.items() if k in linked}, edges, pg.articles)


def to_networkx(graph: Dataset | Store) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, wikidata), direct edges as edges (relation, supporting articles)."""
    pg = page_graph(graph)
    g = nx.MultiDiGraph()
    edges = [e for e in pg.edges if e["asserted"]]
    linked = {e["from"] for e in edges} | {e["to"] for e in edges}
    for nid in sorted(linked):
        n = pg.nodes[nid]
        g.add_node(nid, label=n["label"], type=n["type"], wikidata=n["wikidata"])
    for e in sorted(edges, key=lambda e: (e["from"], e["family"], e["to"])):
        g.add_edge(e["from"], e["to"], key=e["family"], relation=e["family"], support=support(e))
    return g


def stats(g: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Most central actors (PageRank, degree, betweenness), communities, and the degree distribution."""
    simple = nx.Graph(g.to_undirected())
    label = nx.get_node_attributes(g, "label")
    out: dict[str, Any] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    if not g.number_of_nodes():
        return {**out, "pagerank": [], "degree": [], "betweenness": [], "communities": [], "degree_distribution": {}}

    def ranked(scores: dict[str, float]) -> list[tuple[str, float]]:
        order = sorted(scores.items(), key=lambda kv: (-kv[1], label[kv[0]], kv[0]))
        return [(label[n], round(float(v), 4)) for n, v in order[:top]]

    out["pagerank"] = ranked(nx.pagerank(nx.DiGraph(g)))
    out["degree"] = ranked({n: float(d) for n, d in g.degree()})
    out["betweenness"] = ranked(nx.betweenness_centrality(simple, seed=7) if len(simple) > 2 else {})
    comms = nx.community.greedy_modularity_communities(simple) if simple.number_of_edges() else []
    out["communities"] = sorted((sorted(label[n] for n in c) for c in comms), key=lambda c: (-len(c), c))
    out["degree_distribution"] = dict(sorted(Counter(d for _, d in g.degree()).items()))
    return out


def format_stats(s: dict[str, Any]) -> str:
    lines = [f"{s['nodes']} nodes, {s['edges']} edges", "", "Most central actors (PageRank):"]
    lines += [f"  {i + 1:2d}. {name}  {v}" for i, (name, v) in enumerate(s["pagerank"])]
    lines += ["", "Most connected (distinct direct edges, as `kg query most-connected`):"]
    lines += [f"  {name}  {int(v)}" for name, v in s["degree"]]
    lines += ["", "Brokers (betweenness):"] + [f"  {name}  {v}" for name, v in s["betweenness"]]
    lines += ["", f"Communities ({len(s['communities'])}):"]
    lines += [f"  {i + 1}. " + ", ".join(c[:12]) + (" …" if len(c) > 12 else "") for i, c in enumerate(s["communities"][:10])]
    lines += ["", "Degree distribution (degree: nodes):", "  " + ", ".join(f"{d}: {n}" for d, n in s["degree_distribution"].items())]
    return "\n".join(lines)


def write_graph_file(g: nx.MultiDiGraph, path: Path) -> Path:
    """GraphML (.graphml) or GEXF (.gexf) for Gephi, written atomically."""
    import io

    buf = io.BytesIO()
    if path.suffix == ".gexf":
        nx.write_gexf(g, buf)
    else:
        nx.write_graphml(g, buf)
    atomic_write(path, buf.getvalue())
    return path
