"""The fact graph as networkx: central actors, communities, degree distribution, GraphML/GEXF export."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset

from .atomic import atomic_write
from .show import page_graph
from .store import Store


def to_networkx(graph: Dataset | Store) -> nx.MultiDiGraph:
    """Entities as nodes (label, type, wikidata), direct edges as edges (relation, evidence count)."""
    pg = page_graph(graph)
    g = nx.MultiDiGraph()
    for nid in sorted(pg.nodes):
        n = pg.nodes[nid]
        g.add_node(nid, label=n["label"], type=n["type"], wikidata=n["wikidata"])
    for e in sorted(pg.edges, key=lambda e: (e["from"], e["family"], e["to"])):
        g.add_edge(e["from"], e["to"], key=e["family"], relation=e["family"], support=len(e["evidence"]))
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
