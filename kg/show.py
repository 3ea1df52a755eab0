"""The interactive network page: pyvis with everything inlined, positions precomputed with networkx,
a legend, and details on hover. It makes no network request.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import SKOS

from .export import atomic_write
from .ns import FAMILY_CLASS, NKG, SCHEMA

TYPE_STYLE = {  # entity type -> (colour, shape)
    "Person": ("#4e79a7", "dot"),
    "Country": ("#e15759", "diamond"),
    "City": ("#f28e2b", "triangle"),
    "Region": ("#edc948", "triangleDown"),
    "Organization": ("#59a14f", "square"),
    "GovernmentOrganization": ("#76b7b2", "square"),
    "IntergovernmentalOrganization": ("#b07aa1", "star"),
    "ArmedForces": ("#9c755f", "hexagon"),
}
FAMILY_COLOUR = {
    "called": "#1f77b4", "holdsResponsible": "#d62728", "represents": "#7f7f7f", "spokespersonFor": "#7f7f7f",
    "warned": "#ff7f0e", "threatened": "#e377c2", "demanded": "#bcbd22", "accused": "#8c564b",
    "criticized": "#9467bd", "attacked": "#b22222", "supports": "#2ca02c", "negotiatedWith": "#17becf",
    "metWith": "#393b79", "locatedIn": "#c7c7c7",
}


@dataclass
class PageGraph:
    """Nodes and edges of the page, read from the dataset."""

    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[dict] = field(default_factory=list)


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def page_graph(ds: Dataset) -> PageGraph:
    """Entities that take part in direct edges, and the edges with their evidence."""
    pg = PageGraph()
    fams = {NKG[f]: f for f in FAMILY_CLASS}
    evidence: dict[tuple, list[tuple[str, str, str, str]]] = {}
    for ev, _, prop, _g in ds.quads((None, NKG.edgeProperty, None, None)):
        key = (ds.value(ev, NKG.agent), prop, ds.value(ev, NKG.target))
        art = ds.value(ev, NKG.article)
        evidence.setdefault(key, []).append((
            str(ds.value(ev, NKG.evidenceText) or ""), str(ds.value(art, SCHEMA.headline) or ""),
            str(ds.value(art, SCHEMA.datePublished) or ""), str(ds.value(ev, NKG.confidence) or "")))
    seen = set()
    for s, p, o, _g in sorted(ds.quads((None, None, None, None))):
        if p not in fams or (s, p, o) in seen or p == NKG.spokespersonFor and (s, NKG.represents, o) in seen:
            continue
        seen.add((s, p, o))
        for n in (s, o):
            if str(n) not in pg.nodes:
                types = sorted(_local(t) for t in ds.objects(n, RDF.type) if _local(t) in TYPE_STYLE)
                names = sorted({str(x) for x in ds.objects(n, SKOS.altLabel)})
                qid = ds.value(n, NKG.wikidata)
                pg.nodes[str(n)] = {"label": str(ds.value(n, RDFS.label) or _local(n)),
                                    "type": types[0] if types else "Organization", "names": names,
                                    "wikidata": str(qid) if qid else "", "facts": []}
        fam = fams[p]
        ev = sorted(evidence.get((s, p, o), []))
        pg.edges.append({"from": str(s), "to": str(o), "family": fam, "evidence": ev})
        pg.nodes[str(s)]["facts"].append(f"{fam} → {pg.nodes[str(o)]['label']}")
        pg.nodes[str(o)]["facts"].append(f"{pg.nodes[str(s)]['label']} {fam} this")
    return pg


def _importance(pg: PageGraph) -> dict[str, float]:
    g = nx.MultiDiGraph()
    g.add_nodes_from(sorted(pg.nodes))
    for e in pg.edges:
        g.add_edge(e["from"], e["to"])
    if not g.number_of_edges():
        return {n: 1.0 for n in g}
    try:
        return {k: float(v) for k, v in nx.pagerank(nx.DiGraph(g)).items()}
    except Exception:  # pagerank needs scipy; degree is a fine stand-in
        return {n: float(d) for n, d in g.degree()}


def _layout(pg: PageGraph) -> dict[str, tuple[float, float]]:
    g = nx.Graph()
    g.add_nodes_from(sorted(pg.nodes))
    g.add_edges_from(sorted((e["from"], e["to"]) for e in pg.edges))
    if not len(g):
        return {}
    pos = nx.spring_layout(g, seed=7, k=2.0 / max(len(g), 1) ** 0.5, iterations=100)
    scale = 120 * max(len(g), 4) ** 0.5
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in pos.items()}


def keep_top(pg: PageGraph, max_nodes: int | None) -> PageGraph:
    """Only the `max_nodes` most important nodes and the edges among them."""
    if not max_nodes or len(pg.nodes) <= max_nodes:
        return pg
    imp = _importance(pg)
    keep = set(sorted(pg.nodes, key=lambda n: (-imp.get(n, 0), n))[:max_nodes])
    return PageGraph({k: v for k, v in pg.nodes.items() if k in keep},
                     [e for e in pg.edges if e["from"] in keep and e["to"] in keep])


def _legend(pg: PageGraph) -> str:
    types = sorted({n["type"] for n in pg.nodes.values()})
    fams = sorted({e["family"] for e in pg.edges})
    items = [f'<li><span class="sw" style="background:{TYPE_STYLE[t][0]}"></span>{html.escape(t)} '
             f'<small>({TYPE_STYLE[t][1]})</small></li>' for t in types]
    items += [f'<li><span class="ln" style="background:{FAMILY_COLOUR[f]}"></span>{html.escape(f)}</li>' for f in fams]
    return ('<div id="kg-legend"><b>newskg</b> · ' + str(len(pg.nodes)) + " nodes · " + str(len(pg.edges))
            + ' edges<br><span id="kg-drawn"></span><ul>' + "".join(items) + "</ul></div>")


_STYLE = """<style>
#kg-legend{position:fixed;top:8px;right:8px;background:#fff;border:1px solid #ccc;padding:6px 10px;
font:12px sans-serif;max-height:90vh;overflow:auto;z-index:10}
#kg-legend ul{list-style:none;margin:4px 0;padding:0}#kg-legend li{margin:2px 0}
.sw{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px}
.ln{display:inline-block;width:16px;height:3px;margin-right:6px;vertical-align:middle}
</style>"""


# Reports what vis-network drew, for readers and for browser checks (data-nodes / data-edges).
_DRAWN = """<script>
(function () {
  var el = document.getElementById("kg-drawn");
  function report() {
    var n = network.body.nodeIndices.length, e = network.body.edgeIndices.length;
    el.dataset.nodes = n; el.dataset.edges = e;
    el.textContent = n + " nodes, " + e + " edges drawn";
  }
  network.once("afterDrawing", report);
  network.redraw();
})();
</script>"""


def render_html(ds: Dataset, max_nodes: int | None = None) -> str:
    """The page as one self-contained HTML string."""
    pg = keep_top(page_graph(ds), max_nodes)
    imp = _importance(pg)
    top = max(imp.values(), default=1.0) or 1.0
    pos = _layout(pg)
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    for nid in sorted(pg.nodes):
        n = pg.nodes[nid]
        colour, shape = TYPE_STYLE.get(n["type"], ("#999999", "dot"))
        title = "\n".join([n["label"], f"type: {n['type']}"]
                          + ([f"also: {', '.join(n['names'])}"] if n["names"] else [])
                          + ([f"wikidata: {n['wikidata']}"] if n["wikidata"] else [])
                          + [f"· {f}" for f in sorted(n["facts"])[:20]])
        x, y = pos.get(nid, (0.0, 0.0))
        net.add_node(nid, label=n["label"], title=title, color=colour, shape=shape, x=x, y=y,
                     size=round(10 + 30 * imp.get(nid, 0) / top, 1))
    for e in pg.edges:
        lines = [f"{pg.nodes[e['from']]['label']} {e['family']} {pg.nodes[e['to']]['label']}"]
        for sent, headline, date, conf in e["evidence"][:5]:
            lines.append(f"“{sent}”\n  — {headline} {date} (confidence {conf})".rstrip())
        net.add_edge(e["from"], e["to"], label=e["family"], title="\n".join(lines),
                     color=FAMILY_COLOUR.get(e["family"], "#999999"), arrows="to", family=e["family"])
    net.set_options(json.dumps({
        "physics": {"enabled": False},
        "edges": {"smooth": {"type": "curvedCW", "roundness": 0.15}, "font": {"size": 10, "align": "middle"}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "layout": {"randomSeed": 7},
    }))
    page = net.generate_html()
    # in_line mode still links Bootstrap from a CDN; the page needs none of it
    page = re.sub(r"<link[^>]*bootstrap[^>]*>\s*", "", page)
    page = re.sub(r"<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>\s*", "", page)
    page = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->\s*", "", page, flags=re.S)
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    page = page.replace("<body>", "<body>\n" + _legend(pg), 1)
    page = page.replace("</body>", _DRAWN + "\n</body>", 1)
    return page


def write_html(ds: Dataset, path: Path, max_nodes: int | None = None) -> Path:
    """Write the page atomically."""
    atomic_write(path, render_html(ds, max_nodes).encode("utf-8"))
    return path
