"""The interactive network page: pyvis with everything inlined, positions precomputed with networkx,
a legend, and details on hover. It makes no network request.
"""
from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network
from rdflib import Dataset

from .export import atomic_write
from .ns import FAMILY_CLASS

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


_FAMILIES = sorted(FAMILY_CLASS)
_NODES_Q = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n ?label ?type ?alt ?qid WHERE {
  VALUES ?n { %s }
  OPTIONAL { ?n rdfs:label ?label }
  OPTIONAL { ?n a ?type . FILTER(STRSTARTS(STR(?type), STR(nkg:))) }
  OPTIONAL { ?n skos:altLabel ?alt }
  OPTIONAL { ?n nkg:wikidata ?qid }
}"""
_EDGES_Q = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o }"""
_EVIDENCE_Q = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?s ?p ?o ?text ?headline ?date ?conf WHERE {
  ?e nkg:edgeProperty ?p ; nkg:agent ?s ; nkg:target ?o ; nkg:evidenceText ?text .
  OPTIONAL { ?e nkg:confidence ?conf }
  OPTIONAL { ?e nkg:article ?a . OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date } }
}"""


def as_store(graph: Dataset | ox.Store) -> ox.Store:
    """An Oxigraph store holding the graph (rdflib datasets are copied in)."""
    if isinstance(graph, ox.Store):
        return graph
    from .export import dataset_lines

    st = ox.Store()
    lines = dataset_lines(graph)
    if lines:
        st.bulk_load(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return st


def _v(term: object) -> str:
    return "" if term is None else str(term.value)  # type: ignore[attr-defined]


def page_graph(graph: Dataset | ox.Store) -> PageGraph:
    """Entities that take part in direct edges, and the edges with their evidence (via SPARQL)."""
    st = as_store(graph)
    pg = PageGraph()
    props = " ".join(f"nkg:{f}" for f in _FAMILIES)
    edges = sorted({(_v(r["s"]), _v(r["p"]).rsplit("#", 1)[-1], _v(r["o"]))
                    for r in st.query(_EDGES_Q % props, use_default_graph_as_union=True)})
    present = set(edges)
    edges = [(s, f, o) for s, f, o in edges if not (f == "spokespersonFor" and (s, "represents", o) in present)]
    evidence: dict[tuple[str, str, str], set[tuple[str, str, str, str]]] = {}
    for r in st.query(_EVIDENCE_Q, use_default_graph_as_union=True):
        key = (_v(r["s"]), _v(r["p"]).rsplit("#", 1)[-1], _v(r["o"]))
        evidence.setdefault(key, set()).add((_v(r["text"]), _v(r["headline"]), _v(r["date"]), _v(r["conf"])))
    ids = sorted({s for s, _, _ in edges} | {o for _, _, o in edges})
    info: dict[str, dict] = {n: {"label": "", "types": set(), "names": set(), "wikidata": ""} for n in ids}
    for i in range(0, len(ids), 500):
        values = " ".join(f"<{n}>" for n in ids[i:i + 500])
        for r in st.query(_NODES_Q % values, use_default_graph_as_union=True):
            d = info[_v(r["n"])]
            if r["label"] is not None and (not d["label"] or _v(r["label"]) < d["label"]):
                d["label"] = _v(r["label"])
            if r["type"] is not None and _v(r["type"]).rsplit("#", 1)[-1] in TYPE_STYLE:
                d["types"].add(_v(r["type"]).rsplit("#", 1)[-1])
            if r["alt"] is not None:
                d["names"].add(_v(r["alt"]))
            if r["qid"] is not None:
                d["wikidata"] = _v(r["qid"])
    for n in ids:
        d = info[n]
        pg.nodes[n] = {"label": d["label"] or n.rsplit("/", 1)[-1], "type": sorted(d["types"])[0] if d["types"]
                       else "Organization", "names": sorted(d["names"] - {d["label"]}), "wikidata": d["wikidata"],
                       "facts": []}
    for s, fam, o in edges:
        ev = sorted(evidence.get((s, fam, o), set()) | (evidence.get((s, "spokespersonFor", o), set())
                                                         if fam == "represents" else set()))
        pg.edges.append({"from": s, "to": o, "family": fam, "evidence": ev})
        pg.nodes[s]["facts"].append(f"{fam} → {pg.nodes[o]['label']}")
        pg.nodes[o]["facts"].append(f"{pg.nodes[s]['label']} {fam} this")
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
    """Seeded positions, so the page draws at once without a physics simulation.

    Small graphs get a force-directed layout; in big ones each connected component is laid out on
    its own (spectral for large components, whose force layout would take minutes) and packed in a grid.
    """
    g = nx.Graph()
    g.add_nodes_from(sorted(pg.nodes))
    g.add_edges_from(sorted((e["from"], e["to"]) for e in pg.edges))
    if not len(g):
        return {}
    if len(g) <= 1500:
        pos = nx.spring_layout(g, seed=7, k=2.0 / len(g) ** 0.5, iterations=50)
        scale = 120 * max(len(g), 4) ** 0.5
        return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in pos.items()}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    out: dict[str, tuple[float, float]] = {}
    cols = max(1, int(len(comps) ** 0.5))
    cursor_x = cursor_y = row_h = 0.0
    for i, comp in enumerate(comps):
        sub = g.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= 300:
            local = nx.spring_layout(sub, seed=7, iterations=30)
        else:
            local = nx.spectral_layout(sub)
        size = 60 * len(comp) ** 0.5
        for n, (x, y) in local.items():
            out[n] = (round(cursor_x + float(x) * size, 1), round(cursor_y + float(y) * size, 1))
        cursor_x += 2.2 * size + 40
        row_h = max(row_h, 2.2 * size + 40)
        if (i + 1) % cols == 0:
            cursor_x, cursor_y, row_h = 0.0, cursor_y + row_h, 0.0
    return out


def keep_top(pg: PageGraph, max_nodes: int | None) -> PageGraph:
    """Only the `max_nodes` most important nodes and the edges among them."""
    if not max_nodes or len(pg.nodes) <= max_nodes:
        return pg
    imp = _importance(pg)
    keep = set(sorted(pg.nodes, key=lambda n: (-imp.get(n, 0), n))[:max_nodes])
    return PageGraph({k: v for k, v in pg.nodes.items() if k in keep},
                     [e for e in pg.edges if e["from"] in keep and e["to"] in keep])


def _panel(pg: PageGraph) -> str:
    """Legend, filters, search and the details box. Labels come from fixed tables, never from articles."""
    types = sorted({n["type"] for n in pg.nodes.values()})
    fams = sorted({e["family"] for e in pg.edges})
    type_items = "".join(
        f'<label><input type="checkbox" class="kg-type" value="{html.escape(t)}" checked>'
        f'<span class="sw" style="background:{TYPE_STYLE[t][0]}"></span>{html.escape(t)} '
        f'<small>{TYPE_STYLE[t][1]}</small></label>' for t in types)
    fam_items = "".join(
        f'<label><input type="checkbox" class="kg-family" value="{html.escape(f)}" checked>'
        f'<span class="ln" style="background:{FAMILY_COLOUR[f]}"></span>{html.escape(f)}</label>' for f in fams)
    return ('<div id="kg-panel"><b>newskg</b> · ' + str(len(pg.nodes)) + " nodes · " + str(len(pg.edges))
            + ' edges<br><span id="kg-drawn"></span>'
            + '<input id="kg-search" type="search" placeholder="Search names…" autocomplete="off">'
            + '<div class="kg-h">Entity types</div>' + type_items
            + '<div class="kg-h">Relations</div>' + fam_items
            + '<div class="kg-h">Details</div><div id="kg-details">Click a node or an edge.</div></div>')


_STYLE = """<style>
body{margin:0}
#mynetwork{position:fixed!important;left:260px;top:0;right:0;bottom:0;width:auto!important;height:100vh!important;border:0!important}
#kg-panel{position:fixed;top:0;left:0;bottom:0;width:244px;overflow:auto;background:#fafafa;border-right:1px solid #ddd;
padding:8px;font:12px sans-serif;z-index:10}
#kg-panel label{display:block;margin:2px 0;cursor:pointer}
#kg-search{width:100%;box-sizing:border-box;margin:6px 0}
.kg-h{font-weight:bold;margin:8px 0 2px}
.sw{display:inline-block;width:10px;height:10px;margin:0 5px;border-radius:2px}
.ln{display:inline-block;width:16px;height:3px;margin:0 5px;vertical-align:middle}
#kg-details div{margin:3px 0}#kg-details .q{font-style:italic;color:#333}
</style>"""

# Reports what vis-network drew (data-nodes / data-edges / data-first-draw-ms, for readers and
# browser checks), and wires the panel: filters, search, neighbourhood highlight and details.
# Everything from the data goes into the page through textContent, never as HTML.
_SCRIPT = """<script>
(function () {
  var t0 = window.kgStart || 0;
  var el = document.getElementById("kg-drawn");
  var N = network.body.data.nodes, E = network.body.data.edges;
  function report() {
    var n = network.body.nodeIndices.length, e = network.body.edgeIndices.length;
    el.dataset.nodes = n; el.dataset.edges = e;
    el.dataset.firstDrawMs = Math.round(performance.now() - t0);
    el.textContent = n + " nodes, " + e + " edges drawn";
  }
  // vis-network draws once inside its constructor when physics is off; report after any later draw too
  network.once("afterDrawing", report);
  network.redraw();
  var original = {};
  N.forEach(function (n) { original[n.id] = n.color; });
  function checked(cls) {
    var s = {}; document.querySelectorAll("input." + cls).forEach(function (c) { s[c.value] = c.checked; });
    return s;
  }
  function applyFilters() {
    var types = checked("kg-type"), fams = checked("kg-family"), nu = [], eu = [];
    N.forEach(function (n) { nu.push({id: n.id, hidden: types[n.kgType] === false}); });
    N.update(nu);
    E.forEach(function (e) {
      var a = N.get(e.from), b = N.get(e.to);
      eu.push({id: e.id, hidden: fams[e.family] === false || a.hidden || b.hidden});
    });
    E.update(eu);
    report();
  }
  document.querySelectorAll("input.kg-type, input.kg-family").forEach(function (c) {
    c.addEventListener("change", applyFilters);
  });
  function line(text, cls) {
    var d = document.createElement("div"); d.textContent = text; if (cls) d.className = cls; return d;
  }
  function details(parts) {
    var box = document.getElementById("kg-details");
    while (box.firstChild) box.removeChild(box.firstChild);
    parts.forEach(function (p) { box.appendChild(p); });
  }
  function highlight(id) {
    var keep = {}; keep[id] = true;
    network.getConnectedNodes(id).forEach(function (x) { keep[x] = true; });
    var nu = [];
    N.forEach(function (n) { nu.push({id: n.id, color: keep[n.id] ? original[n.id] : "rgba(200,200,200,0.4)"}); });
    N.update(nu);
  }
  function reset() {
    var nu = [];
    N.forEach(function (n) { nu.push({id: n.id, color: original[n.id]}); });
    N.update(nu);
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = N.get(p.nodes[0]);
      highlight(n.id);
      var parts = [line(n.label), line("type: " + n.kgType)];
      if (n.kgNames && n.kgNames.length) parts.push(line("also: " + n.kgNames.join(", ")));
      if (n.kgWikidata) {
        var a = document.createElement("a"); a.href = n.kgWikidata; a.textContent = n.kgWikidata;
        a.rel = "noopener noreferrer"; var d = document.createElement("div"); d.appendChild(a); parts.push(d);
      }
      (n.kgFacts || []).forEach(function (f) { parts.push(line("· " + f)); });
      details(parts);
    } else if (p.edges.length) {
      var e = E.get(p.edges[0]);
      var parts = [line(N.get(e.from).label + " " + e.family + " " + N.get(e.to).label)];
      (e.kgEvidence || []).forEach(function (ev) {
        parts.push(line("“" + ev[0] + "”", "q"));
        parts.push(line("— " + ev[1] + (ev[2] ? " (" + ev[2] + ")" : "") + ", confidence " + ev[3]));
      });
      details(parts);
    } else {
      reset();
      details([line("Click a node or an edge.")]);
    }
  });
  document.getElementById("kg-search").addEventListener("input", function () {
    var q = this.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); reset(); return; }
    var hits = N.get({filter: function (n) {
      return !n.hidden && (n.label.toLowerCase().indexOf(q) >= 0 ||
        (n.kgNames || []).some(function (x) { return x.toLowerCase().indexOf(q) >= 0; }));
    }});
    network.selectNodes(hits.map(function (n) { return n.id; }));
    if (hits.length) { highlight(hits[0].id); network.focus(hits[0].id, {scale: 1.0}); }
  });
  window.kgApplyFilters = applyFilters;
})();
</script>"""


def render_html(graph: Dataset | ox.Store, max_nodes: int | None = None) -> str:
    """The page as one self-contained HTML string."""
    pg = keep_top(page_graph(graph), max_nodes)
    imp = _importance(pg)
    top = max(imp.values(), default=1.0) or 1.0
    pos = _layout(pg)
    big = len(pg.nodes) > 1000
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    for nid in sorted(pg.nodes):
        n = pg.nodes[nid]
        colour, shape = TYPE_STYLE.get(n["type"], ("#999999", "dot"))
        facts = sorted(n["facts"])
        title = "\n".join([n["label"], f"type: {n['type']}"]
                          + ([f"also: {', '.join(n['names'])}"] if n["names"] else [])
                          + ([f"wikidata: {n['wikidata']}"] if n["wikidata"] else [])
                          + [f"· {f}" for f in facts[:20]])
        x, y = pos.get(nid, (0.0, 0.0))
        net.add_node(nid, label=n["label"], title=title, color=colour, shape=shape, x=x, y=y,
                     size=round(10 + 30 * imp.get(nid, 0) / top, 1), kgType=n["type"], kgNames=n["names"],
                     kgWikidata=n["wikidata"], kgFacts=facts[:50])
    for e in pg.edges:
        lines = [f"{pg.nodes[e['from']]['label']} {e['family']} {pg.nodes[e['to']]['label']}"]
        for sent, headline, date, conf in e["evidence"][:5]:
            lines.append(f"“{sent}”\n  — {headline} {date} (confidence {conf})".rstrip())
        net.add_edge(e["from"], e["to"], label=e["family"], title="\n".join(lines),
                     color=FAMILY_COLOUR.get(e["family"], "#999999"), arrows="to", family=e["family"],
                     kgEvidence=[list(x) for x in e["evidence"][:10]])
    net.set_options(json.dumps({
        "physics": {"enabled": False, "stabilization": {"enabled": False}},
        "edges": {"smooth": False if big else {"type": "curvedCW", "roundness": 0.15},
                  "font": {"size": 10, "align": "middle"}},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big},
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }))
    page = net.generate_html()
    # in_line mode still links Bootstrap from a CDN; the page needs none of it
    page = re.sub(r"<link[^>]*bootstrap[^>]*>\s*", "", page)
    page = re.sub(r"<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>\s*", "", page)
    page = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->\s*", "", page, flags=re.S)
    page = page.replace("<head>", "<head>\n<script>window.kgStart = performance.now();</script>", 1)
    page = page.replace("</head>", _STYLE + "\n</head>", 1)
    page = page.replace("<body>", "<body>\n" + _panel(pg), 1)
    page = page.replace("</body>", _SCRIPT + "\n</body>", 1)
    return page


def write_html(graph: Dataset | ox.Store, path: Path, max_nodes: int | None = None) -> Path:
    """Write the page atomically."""
    atomic_write(path, render_html(graph, max_nodes).encode("utf-8"))
    return path


def screenshot(page: Path, png: Path, width: int = 1400, height: int = 900) -> Path:
    """A PNG of the page, taken by a headless Chromium with the network off (for reports)."""
    import shutil
    import subprocess
    import tempfile

    from .errors import KgError

    exe = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if exe is None:
        raise KgError("a PNG needs a headless Chromium: apt-get install chromium")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        tmp = png.with_name(f".{png.name}.tmp.png")
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9", f"--window-size={width},{height}",
               "--virtual-time-budget=8000", f"--screenshot={tmp}", page.resolve().as_uri()]
        try:
            subprocess.run(cmd, capture_output=True, timeout=300, check=True)
        except (subprocess.SubprocessError, OSError) as exc:
            raise KgError(f"Chromium could not take the screenshot ({exc.__class__.__name__})") from None
        if not tmp.exists():
            raise KgError("Chromium wrote no screenshot")
        os.replace(tmp, png)
    return png
