"""The interactive page: pyvis generates it, everything is inlined, and no request leaves it.

This module only renders: the facts come from `analyse.page_graph`. Positions are precomputed
(networkx, seeded), so the page draws at once; labels are placed by the page's own script
(kg/data/page.js), which also runs the filters, search, details, evidence and exports.
"""
from __future__ import annotations

import html
import json
import math
import os
import re
from importlib import resources
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import Dataset

from .analyse import PageGraph, importance, keep_top, page_graph
from .atomic import atomic_write
from .ns import FAMILIES
from .store import Store

FONT = '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", "Segoe UI", Roboto, sans-serif'

# entity type -> (legend label, fill, shape). Fills from Paul Tol's colour-blind-safe "light" scheme.
TYPE_STYLE = {
    "Person": ("Person", "#77AADD", "dot"),
    "Country": ("State", "#EE8866", "diamond"),
    "City": ("City", "#EEDD88", "triangle"),
    "Region": ("Region", "#FFAABB", "triangleDown"),
    "Organization": ("Organisation", "#44BB99", "square"),
    "GovernmentOrganization": ("Government body", "#99DDFF", "square"),
    "IntergovernmentalOrganization": ("International body", "#BBCC33", "star"),
    "ArmedForces": ("Armed forces", "#AAAA00", "hexagon"),
}
KINDS = (("hostile", "Hostile"), ("cooperative", "Cooperative"), ("contact", "Contact"), ("structural", "Structural"))
# family -> (colour, legend label, past tense, base form, label on the edge); the kind comes from the family
# table (kg/ns.py). Colours from Paul Tol's colour-blind-safe schemes: hostile families are reds, oranges and
# purples, cooperative greens, contact blues, structural greys; no two families share a colour.
_STYLE = {
    "attacked": ("#CC3311", "Attacked", "attacked {b}", "attack {b}", "attacked"),
    "threatened": ("#EE7733", "Threatened", "threatened {b}", "threaten {b}", "threatened"),
    "warned": ("#DDAA33", "Warned", "warned {b}", "warn {b}", "warned"),
    "demanded": ("#EE3377", "Made demands of", "made demands of {b}", "make demands of {b}", "demanded"),
    "holdsResponsible": ("#882255", "Held responsible", "held {b} responsible",
                         "hold {b} responsible", "held responsible"),
    "accused": ("#AA4499", "Accused", "accused {b}", "accuse {b}", "accused"),
    "criticized": ("#CC6677", "Criticised", "criticised {b}", "criticise {b}", "criticised"),
    "supports": ("#117733", "Supported", "supported {b}", "support {b}", "supported"),
    "negotiatedWith": ("#44AA99", "Negotiated with", "negotiated with {b}", "negotiate with {b}",
                       "negotiated with"),
    "called": ("#0077BB", "Phoned", "phoned {b}", "phone {b}", "phoned"),
    "metWith": ("#33BBEE", "Met", "met {b}", "meet {b}", "met"),
    "represents": ("#777777", "Represents", "represents {b}", "represent {b}", "represents"),
    "spokespersonFor": ("#999933", "Spokesperson for", "is a spokesperson for {b}",
                        "be a spokesperson for {b}", "spokesperson for"),
    "locatedIn": ("#BBBBBB", "Located in", "is in {b}", "be in {b}", "in"),
}
FAMILY_STYLE = {f: (FAMILIES[f].kind, *style) for f, style in _STYLE.items()}  # (kind, colour, ...)
HEDGES = {"negated": "did not {base}", "conditional": "may {base}", "future": "will {base}"}
# names that read with "the" in a sentence ("held the United States responsible")
_THE = re.compile(r"^(United|Republic|Kingdom|European|Arab|Islamic Republic)\b|\b(States|Kingdom|Republic|Emirates|"
                  r"Union|Netherlands|Philippines|Forces|forces|Force|Department|Ministry|Council|Party|[Mm]ovement|"
                  r"Guard|Corps|[Aa]rmy|[Nn]avy|[Mm]ilitary|Office|Committee|Assembly|Parliament|Congress|Senate|"
                  r"[Gg]overnment|Agency|Commission|Court|Bank|Fund|Alliance|Front|Coalition|Institute|Foundation|"
                  r"Brigade|Battalion|Regiment|Militia|Police|Service|Network|Group|Trust|Federation|Exchange|"
                  r"Authority|Cooperative|Forum|Guild|League|Association|Society|Centre|Center|Board|Bureau|"
                  r"Taliban|Kremlin|Pentagon|White House|Organi[sz]ation)\b")
OWN_EDGES = 300  # above this many nodes the page's script draws the edges: 20,000 vis-network edges take seconds to make
BIG = 1000  # above this many nodes: no hover, no arrowheads, no curves


def with_article(label: str, kind: str) -> str:
    """The name as it reads inside a sentence: 'the United States', 'the Quds Force', 'Iran'."""
    if kind != "Person" and not label.lower().startswith("the ") and _THE.search(label):
        return "the " + label
    return label


def safe_url(url: str) -> str:
    """The URL if it is http(s), else '': only web links may render on the page."""
    return url if re.match(r"(?i)^https?://[^\s<>\"']+$", url or "") else ""


def _darker(colour: str, f: float = 0.62) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % (int(r * f), int(g * f), int(b * f))


def _sizes(pg: PageGraph, imp: dict[str, float]) -> dict[str, float]:
    """Node radius in screen pixels at the start view: 5 to 18 by importance, smaller in big graphs."""
    top = max(imp.values(), default=1.0) or 1.0
    base = 5.0 if len(pg.nodes) <= 300 else max(1.5, 5.0 * math.sqrt(300 / len(pg.nodes)))
    return {n: round(base * (1 + 2.6 * math.sqrt(imp.get(n, 0) / top)), 2) for n in pg.nodes}


# Below this many nodes near pairs are found by comparing all pairs: importing scipy's k-d tree costs
# 0.3 s, most of drawing a small graph's page
ALL_PAIRS_MAX = 400


def _near_pairs(pos: np.ndarray, reach: float) -> np.ndarray:
    """Index pairs (i < j) of points at most `reach` apart, in order."""
    if len(pos) > ALL_PAIRS_MAX:
        from scipy.spatial import cKDTree

        pairs = cKDTree(pos).query_pairs(reach, output_type="ndarray")
        return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))] if len(pairs) else pairs
    i, j = np.triu_indices(len(pos), k=1)
    d = pos[i] - pos[j]
    near = np.hypot(d[:, 0], d[:, 1]) <= reach
    return np.stack([i[near], j[near]], axis=1)


def _spread(pos: np.ndarray, radius: np.ndarray, gap: float, rounds: int = 60) -> np.ndarray:
    """Push apart nodes whose shapes (plus a gap) overlap, a little at a time."""
    pos = pos.copy()
    if len(pos) < 2:
        return pos
    reach = 2 * float(radius.max()) + gap
    for _ in range(rounds):
        pairs = _near_pairs(pos, reach)
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        d = pos[i] - pos[j]
        dist = np.hypot(d[:, 0], d[:, 1])
        need = radius[i] + radius[j] + gap
        short = dist < need - 1e-6
        if not short.any():
            break
        i, j, d, dist, need = i[short], j[short], d[short], dist[short], need[short]
        same = dist < 1e-9  # two nodes on one spot: part them along x
        d[same] = (1.0, 0.0)
        dist[same] = 1.0
        move = d * ((need - dist) / dist / 2)[:, None]
        np.add.at(pos, i, move)
        np.add.at(pos, j, -move)
    return pos


# Stress majorization costs seconds above this many nodes in one component (a matrix per round): a
# seeded force layout takes over there
STRESS_MAX = 200


def _stress_layout(nodes: list[str], dist: dict[str, dict[str, float]], rounds: int = 300) -> dict[str, np.ndarray]:
    """Positions whose distances match the graph distances best (stress majorization, as in Gansner,
    Koren and North 2004: the energy Kamada-Kawai minimises, without loading scipy's optimiser). Starts
    from classical scaling with a seeded nudge, so the result is the same every run."""
    n = len(nodes)
    d = np.array([[dist[u][v] for v in nodes] for u in nodes], dtype=float)
    j = np.eye(n) - 1.0 / n
    vals, vecs = np.linalg.eigh(-0.5 * j @ (d ** 2) @ j)
    top = np.argsort(vals)[::-1][:2]
    x = vecs[:, top] * np.sqrt(np.maximum(vals[top], 1e-9))
    x = x * np.where(x[np.abs(x).argmax(0), range(2)] < 0, -1.0, 1.0)  # a fixed sign per axis
    # nodes with the same neighbours start on one spot, where no round would part them: a seeded nudge
    x = x + np.random.default_rng(7).normal(scale=0.05 * max(float(d.max()), 1.0), size=x.shape)
    w = np.zeros_like(d)
    off = d > 0
    w[off] = d[off] ** -2
    lap = np.diag(w.sum(1)) - w
    lap_pinv = np.linalg.pinv(lap)
    wd = w * d
    prev = np.inf
    for _ in range(rounds):
        diff = x[:, None, :] - x[None, :, :]
        now = np.hypot(diff[..., 0], diff[..., 1])
        b = np.zeros_like(d)
        b[now > 1e-12] = -wd[now > 1e-12] / now[now > 1e-12]
        b[np.diag_indices(n)] = -b.sum(1)
        x = lap_pinv @ (b @ x)  # two n x 2 products, not an n x n one
        stress = float((w * (now - d) ** 2).sum())
        if prev - stress < 1e-6 * prev:
            break
        prev = stress
    return {v: x[i] for i, v in enumerate(nodes)}


def _component_layout(sub: nx.Graph, deg: dict[str, int], unit: float) -> dict[str, np.ndarray]:
    """One connected component: stress majorization with longer edges at hubs, so a hub's neighbours get room."""
    nodes = sorted(sub)
    if len(nodes) == 1:
        return {nodes[0]: np.zeros(2)}
    if len(nodes) == 2:
        return {nodes[0]: np.array([-unit / 2, 0.0]), nodes[1]: np.array([unit / 2, 0.0])}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for u, v in sorted(sub.edges()):
        g.add_edge(u, v, length=max(1.0, max(deg[u], deg[v]) / 3.5) ** 0.85)
    if len(nodes) <= STRESS_MAX:
        raw = _stress_layout(nodes, dict(nx.shortest_path_length(g, weight="length")))
    else:
        raw = nx.spring_layout(g, seed=7, iterations=60, k=1.5 / len(nodes) ** 0.5, method="force")
    lengths = [np.linalg.norm(raw[u] - raw[v]) / d["length"] for u, v, d in g.edges(data=True)]
    f = unit / max(float(np.median(lengths)), 1e-9)
    return {n: raw[n] * f for n in nodes}


def _pack(boxes: list[tuple[float, float]], aspect: float = 1.3, margin: float = 70.0) -> list[tuple[float, float]]:
    """Top-left corners of boxes (biggest first) packed in rows, the whole about `aspect` wide per high."""
    area = sum((w + margin) * (h + margin) for w, h in boxes)
    row_w = max(max((w for w, _ in boxes), default=0.0), math.sqrt(area * aspect))
    out, x, y, row_h = [], 0.0, 0.0, 0.0
    for w, h in boxes:
        if x > 0 and x + w > row_w:
            x, y, row_h = 0.0, y + row_h + margin, 0.0
        out.append((x, y))
        x += w + margin
        row_h = max(row_h, h)
    return out


def _layout(pg: PageGraph, sizes: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Seeded positions, so the page draws at once without a physics simulation. Each connected
    component is laid out on its own, spread so that no node covers another, and packed in rows."""
    g = nx.Graph()
    g.add_nodes_from(sorted(pg.nodes))
    g.add_edges_from(sorted((e["from"], e["to"]) for e in pg.edges))
    if not len(g):
        return {}
    deg = dict(g.degree())
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    unit = 95.0 if len(g) <= BIG else 60.0
    placed: list[tuple[list[str], np.ndarray]] = []
    for comp in comps:
        if len(comp) > 1500:  # too big for a force layout here: spectral, spread evenly by rank on each axis
            raw = nx.spectral_layout(g.subgraph(comp))
            arr = np.array([raw[n] for n in comp])
            arr = np.argsort(np.argsort(arr, axis=0, kind="stable"), axis=0, kind="stable").astype(float)
            arr = arr / len(comp) * unit * len(comp) ** 0.5
        else:
            local = _component_layout(g.subgraph(comp), deg, unit)
            arr = np.array([local[n] for n in comp])
            arr = _spread(arr, np.array([sizes[n] for n in comp]) * 2.2, gap=unit * 0.35)  # about 0.45 px a unit
        arr = arr - arr.min(0) if len(arr) else arr
        placed.append((comp, arr))
    corners = _pack([(float(a[:, 0].max()), float(a[:, 1].max())) for _, a in placed])
    out: dict[str, tuple[float, float]] = {}
    for (comp, arr), (x0, y0) in zip(placed, corners):
        for n, (x, y) in zip(comp, arr):
            out[n] = (float(x + x0), float(y + y0))
    return out


def _to_screen(pos: dict[str, tuple[float, float]], sizes: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Positions scaled so that the graph about fills a laptop window at zoom 1, where sizes, lines
    and arrows (all drawn in these units) have their intended width; then spread so no node covers another."""
    if not pos:
        return {}
    names = sorted(pos)
    xy = np.array([pos[n] for n in names], dtype=float)
    span = xy.max(0) - xy.min(0)
    f = max(0.005, min(2.0, 1080 / max(span[0], 1.0), 780 / max(span[1], 1.0)))
    xy = _spread(xy * f, np.array([sizes[n] for n in names]), gap=6.0)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(names, xy)}


def _label_room(pos: dict[str, tuple[float, float]], sizes: dict[str, float], labels: dict[str, str],
                rounds: int = 30) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
    """Clear a spot beside each of the most important nodes (`labels`, most important first) where the
    page can put its label, so the hubs are labelled at the start view even in a small window.

    Units are screen pixels at zoom 1; spots are sized for the smaller window's start view (zoom about
    0.75). Each hub takes the free-est of the spots the page tries first (below, above, right, left);
    less important nodes move out of it by the shortest way. Returns the positions, and the spot
    (0 below, 1 above, 2 right, 3 left) each hub's label should try first.
    """
    names = sorted(pos)
    if not labels or len(names) > BIG:
        return pos, {}
    z = 0.75
    xy = np.array([pos[n] for n in names], dtype=float)
    r = np.array([sizes[n] for n in names])
    at = {n: i for i, n in enumerate(names)}
    tops = [(at[n], 7.4 * len(text) / z + 6, 21 / z) for n, text in labels.items()]
    rank = {t: k for k, (t, _, _) in enumerate(tops)}
    side: dict[int, int] = {}

    def spot(t: int, w: float, h: float, c: int) -> tuple[float, float, float, float]:
        x, y, rr = xy[t, 0], xy[t, 1], r[t] + 2 / z
        return [(x - w / 2, y + rr, x + w / 2, y + rr + h), (x - w / 2, y - rr - h, x + w / 2, y - rr),
                (x + rr + 3 / z, y - h / 2, x + rr + 3 / z + w, y + h / 2),
                (x - rr - 3 / z - w, y - h / 2, x - rr - 3 / z, y + h / 2)][c]

    def inside(b: tuple[float, float, float, float]) -> np.ndarray:
        cx, cy = np.clip(xy[:, 0], b[0], b[2]), np.clip(xy[:, 1], b[1], b[3])
        return (xy[:, 0] - cx) ** 2 + (xy[:, 1] - cy) ** 2 < (r + 2) ** 2

    for _ in range(rounds):
        moved = False
        taken: list[tuple[float, float, float, float]] = []
        for t, w, h in tops:
            if t not in side:
                def cost(c: int) -> tuple[int, int]:
                    b = spot(t, w, h, c)
                    hit = inside(b)
                    hit[t] = False
                    clash = sum(1 for o in taken if o[0] < b[2] and b[0] < o[2] and o[1] < b[3] and b[1] < o[3])
                    higher = sum(1 for u in np.flatnonzero(hit) if rank.get(int(u), 99) < rank[t])
                    return (clash + higher, int(hit.sum()))
                side[t] = min(range(4), key=cost)
            b = spot(t, w, h, side[t])
            taken.append(b)
            for i in map(int, np.flatnonzero(inside(b))):
                if i == t or rank.get(i, 99) < rank[t]:
                    continue
                m = r[i] + 3
                moves = [(xy[i, 0] - (b[0] - m), -1, 0), (b[2] + m - xy[i, 0], 1, 0),
                         (xy[i, 1] - (b[1] - m), 0, -1), (b[3] + m - xy[i, 1], 0, 1)]
                d, dx, dy = min(moves)
                xy[i] += (dx * d, dy * d)
                moved = True
        xy = _spread(xy, r, gap=8.0, rounds=20)
        if not moved:
            break
    return ({n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(names, xy)},
            {names[t]: c for t, c in side.items()})


def _sentence_parts(pg: PageGraph) -> dict:
    """Family and type tables the page's script needs (one source with the legend)."""
    return {
        "families": {f: {"kind": k, "colour": c, "label": lab, "past": past, "base": base, "short": short}
                     for f, (k, c, lab, past, base, short) in FAMILY_STYLE.items()},
        "hedges": HEDGES,
        "types": {t: {"label": lab, "colour": c, "border": _darker(c), "shape": s} for t, (lab, c, s) in TYPE_STYLE.items()},
        "font": FONT,
    }


def _curves(pg: PageGraph, index: dict[str, int]) -> list[float]:
    """A bend per edge: 0 for the first fact between two nodes, more for each further one, so none hide
    another (the sign follows the direction, so A->B and B->A part too)."""
    seen: dict[tuple[int, int], int] = {}
    out = []
    for e in pg.edges:
        a, b = index[e["from"]], index[e["to"]]
        nth = seen[(min(a, b), max(a, b))] = seen.get((min(a, b), max(a, b)), -1) + 1
        out.append(0.0 if len(pg.nodes) > BIG else round(0.18 * nth, 2))
    return out


def _page_data(pg: PageGraph, order: list[str], imp: dict[str, float], sides: dict[str, int]) -> dict:
    arts = sorted(pg.articles)
    art_index = {a: i for i, a in enumerate(arts)}
    index = {n: i for i, n in enumerate(order)}
    rank = {n: r for r, n in enumerate(sorted(order, key=lambda n: (-imp.get(n, 0), n)))}
    nodes = []
    for n in order:
        d = pg.nodes[n]
        nodes.append({"label": d["label"], "ref": with_article(d["label"], d["type"]), "type": d["type"],
                      "names": d["names"], "wikidata": safe_url(d["wikidata"]), "rank": rank[n],
                      **({"side": sides[n]} if n in sides else {})})
    edges = []
    for e, bend in zip(pg.edges, _curves(pg, index)):
        edges.append({"from": index[e["from"]], "to": index[e["to"]], "family": e["family"], "asserted": e["asserted"],
                      "ev": [[art_index.get(d["article"], -1), d["sentence"], d["marks"], d["date"], d["factuality"],
                              d["confidence"]] for d in e["evidence"]], **({"bend": bend} if bend else {})})
    articles = [{"id": pg.articles[a]["id"], "headline": pg.articles[a]["headline"] or pg.articles[a]["id"],
                 "date": pg.articles[a]["date"], "url": safe_url(pg.articles[a]["url"])} for a in arts]
    return {"nodes": nodes, "edges": edges, "articles": articles, "ownEdges": len(pg.nodes) > OWN_EDGES,
            "arrows": len(pg.nodes) <= BIG, **_sentence_parts(pg)}


def _json_script(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for a, b in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return f'<script type="application/json" id="kg-data">{text}</script>'


def _shape_svg(shape: str, fill: str, size: int = 14) -> str:
    """A legend swatch drawn like vis-network draws the node shape."""
    s, c, r = size, size / 2, size / 2 - 1.5
    stroke = _darker(fill)
    if shape == "dot":
        body = f'<circle cx="{c}" cy="{c}" r="{r}"/>'
    elif shape == "square":
        body = f'<rect x="1.5" y="1.5" width="{s - 3}" height="{s - 3}"/>'
    else:
        if shape == "diamond":
            pts = [(c, 1), (s - 1, c), (c, s - 1), (1, c)]
        elif shape == "triangle":
            pts = [(c, 1.5), (s - 1, s - 2.5), (1, s - 2.5)]
        elif shape == "triangleDown":
            pts = [(1, 2.5), (s - 1, 2.5), (c, s - 1.5)]
        elif shape == "hexagon":
            pts = [(c + r * math.cos(math.pi / 3 * i), c + r * math.sin(math.pi / 3 * i)) for i in range(6)]
        else:  # star
            pts = [(c + (r if i % 2 == 0 else r * 0.45) * math.sin(math.pi / 5 * i),
                    c - (r if i % 2 == 0 else r * 0.45) * math.cos(math.pi / 5 * i)) for i in range(10)]
        body = '<polygon points="' + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>'
    return (f'<svg class="kg-shape" data-shape="{shape}" width="{s}" height="{s}" viewBox="0 0 {s} {s}" aria-hidden="true"'
            f' fill="{fill}" stroke="{stroke}" stroke-width="1.5">{body}</svg>')


def _line_svg(colour: str, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="5 3"' if dashed else ""
    return (f'<svg class="kg-line" width="26" height="10" viewBox="0 0 26 10" aria-hidden="true"'
            f'{" data-dashed" if dashed else ""}><line x1="1" y1="5" x2="19" y2="5" stroke="{colour}" stroke-width="2.5"{dash}/>'
            f'<path d="M18 1 L25 5 L18 9 Z" fill="{colour}"/></svg>')


def _panel(pg: PageGraph) -> str:
    """The side panel: search, details, legend and filters. Its labels come from fixed tables, never
    from articles; the data-driven parts (article list, details) are filled in by the script."""
    types = sorted({n["type"] for n in pg.nodes.values()}, key=lambda t: list(TYPE_STYLE).index(t))
    fams = {e["family"] for e in pg.edges}
    hedged = any(not e["asserted"] for e in pg.edges)
    e = html.escape
    rel = []
    for kind, heading in KINDS:
        items = [f for f in FAMILY_STYLE if f in fams and FAMILY_STYLE[f][0] == kind]
        if not items:
            continue
        rel.append(f'<div class="kg-kind">{e(heading)}</div>')
        rel += [f'<label class="kg-check"><input type="checkbox" class="kg-family" value="{e(f)}" checked>'
                f'{_line_svg(FAMILY_STYLE[f][1])}<span>{e(FAMILY_STYLE[f][2])}</span></label>' for f in items]
    if hedged:
        rel.append('<label class="kg-check"><input type="checkbox" id="kg-hedged" checked>'
                   f'{_line_svg("#555555", dashed=True)}<span>Denied, conditional or planned</span></label>')
    type_items = "".join(
        f'<label class="kg-check"><input type="checkbox" class="kg-type" value="{e(t)}" checked>'
        f'{_shape_svg(TYPE_STYLE[t][2], TYPE_STYLE[t][1])}<span>{e(TYPE_STYLE[t][0])}</span></label>' for t in types)
    n_art = len(pg.articles)
    return f"""<aside id="kg-panel" aria-label="Graph controls">
<header class="kg-head">
<h1>Who did what to whom</h1>
<p id="kg-summary">{n_art} article{"s" if n_art != 1 else ""} · {len(pg.nodes)} entities · {len(pg.edges)} facts</p>
<p id="kg-drawn" role="status" aria-live="polite"></p>
<div class="kg-tools" role="toolbar" aria-label="View">
<button type="button" id="kg-fit" title="Fit the graph to the window (Escape)">Fit view</button>
<button type="button" id="kg-png" title="Download the current view as a PNG image">PNG</button>
<button type="button" id="kg-csv" title="Download the facts shown, with their evidence, as CSV">CSV</button>
</div>
</header>
<div class="kg-search">
<label for="kg-search" class="kg-sr">Search names</label>
<input id="kg-search" type="search" placeholder="Search a name…" autocomplete="off" role="combobox"
 aria-autocomplete="list" aria-expanded="false" aria-controls="kg-suggest">
<ul id="kg-suggest" role="listbox" aria-label="Matching names" hidden></ul>
<p id="kg-search-status" role="status" aria-live="polite"></p>
</div>
<section id="kg-details" aria-label="Details" tabindex="-1"></section>
<details class="kg-sec" open><summary>Relations</summary><fieldset><legend class="kg-sr">Relations to draw</legend>
{"".join(rel)}</fieldset></details>
<details class="kg-sec" open><summary>Entity types</summary><fieldset><legend class="kg-sr">Entity types to draw</legend>
{type_items}</fieldset></details>
<details class="kg-sec" open><summary>Time</summary><div id="kg-time"></div></details>
<details class="kg-sec"><summary>Support</summary>
<label for="kg-support" class="kg-slabel">Reported by at least <output id="kg-support-out">1</output> article(s)</label>
<input type="range" id="kg-support" min="1" max="1" value="1" step="1"></details>
<details class="kg-sec"><summary>Articles</summary><div id="kg-articles"></div></details>
</aside>"""


def _read_asset(name: str) -> str:
    return (resources.files("kg") / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def templates() -> Environment:
    """pyvis's page templates, compiled once (each Network compiles them anew: 0.1 s)."""
    env = Environment(loader=FileSystemLoader(str(Path(pyvis.__file__).parent / "templates")))
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)
    return env


def render_html(graph: PageGraph | Dataset | Store, max_nodes: int | None = None) -> str:
    """The page as one self-contained HTML string.

    Args:
        graph: the facts (a PageGraph from `analyse.page_graph`), or a store or rdflib dataset to read them from.
        max_nodes: keep only this many of the most important nodes (None: all).
    """
    pg = graph if isinstance(graph, PageGraph) else page_graph(graph)
    pg = keep_top(pg, max_nodes)
    imp = importance(pg)
    sizes = _sizes(pg, imp)
    pos = _to_screen(_layout(pg, sizes), sizes)
    ranked = sorted(pg.nodes, key=lambda n: (-imp.get(n, 0), n))
    pos, sides = _label_room(pos, sizes, {n: pg.nodes[n]["label"] for n in ranked[:12]})
    order = sorted(pg.nodes)
    index = {n: i for i, n in enumerate(order)}
    big = len(order) > BIG
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.templateEnv = templates()  # compiled once per process, not once per page
    for n in order:
        kind = pg.nodes[n]["type"]
        x, y = pos.get(n, (0.0, 0.0))
        net.add_node(index[n], group=kind, x=x, y=y, size=sizes[n])
    for node in net.nodes:
        del node["label"]  # the page's script places labels itself (no overlaps, none too small)
        del node["shape"]  # the group gives it: per-item options are what makes a big page slow to open
    own_edges = len(order) > OWN_EDGES
    for k, (e, bend) in enumerate(zip(pg.edges, _curves(pg, index))):
        if own_edges:
            break
        a, b = index[e["from"]], index[e["to"]]
        opts: dict = {"id": k, "color": FAMILY_STYLE[e["family"]][1]}
        if not e["asserted"]:
            opts["dashes"] = [6, 4]
        if bend:  # a further fact between the same two: curved away from the first
            opts["smooth"] = {"enabled": True, "type": "curvedCW" if a < b else "curvedCCW", "roundness": bend}
        net.add_edge(a, b, **opts)
    for edge in net.edges:
        edge.pop("arrows", None)  # set once for all edges in the options
    net.set_options(json.dumps({
        "physics": {"enabled": False, "stabilization": {"enabled": False}},
        # in a bigger graph the nodes are dots of a few pixels: their outlines would double the draw time
        "groups": {t: {"shape": s, "borderWidth": 0 if own_edges else 1.5, "color": {
            "background": c, "border": _darker(c), "highlight": {"background": c, "border": "#111111"},
            "hover": {"background": c, "border": "#111111"}}} for t, (_, c, s) in TYPE_STYLE.items()},
        "nodes": {"borderWidthSelected": 3},
        "edges": {"smooth": False, "width": 1.6, "selectionWidth": 1.5, "hoverWidth": 1.2,
                  # arrowheads cost a third of a big graph's draw; there the details say who did what to whom
                  "arrows": {"to": {"enabled": not big, "scaleFactor": 0.55}}, "arrowStrikethrough": False},
        "interaction": {"hover": not big, "tooltipDelay": 200, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "selectConnectedEdges": False, "navigationButtons": False, "keyboard": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }))
    page = net.generate_html()
    # in_line mode still links Bootstrap from a CDN, and the template has an empty heading; the page needs neither
    page = re.sub(r"<link[^>]*bootstrap[^>]*>\s*", "", page)
    page = re.sub(r"<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>\s*", "", page)
    page = re.sub(r"<!--\s*<link[^>]*node_modules.*?-->\s*", "", page, flags=re.S)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>\s*", "", page)
    n_art = len(pg.articles)
    title = f"newskg: {len(pg.edges)} facts from {n_art} article{'s' if n_art != 1 else ''}"
    head = (f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title)}</title>\n'
            f"<style>{_read_asset('page.css').replace('FONT_STACK', FONT)}</style>")
    page = page.replace("</head>", head + "\n</head>", 1)
    page = page.replace("<html>", '<html lang="en">', 1)
    page = page.replace("<body>", "<body>\n" + _panel(pg) + "\n" + _json_script(_page_data(pg, order, imp, sides)), 1)
    # the page's script runs in the template's script right after the network is made, before its first draw
    script = _read_asset("page.js")
    page, found = re.subn(r"(\n\s*drawGraph\(\);\s*)(</script>)", lambda m: m.group(1) + script + "\n" + m.group(2),
                          page, count=1)
    if found != 1:
        page = page.replace("</body>", f"<script>{script}</script>\n</body>", 1)
    return page


def write_html(graph: PageGraph | Dataset | Store, path: Path, max_nodes: int | None = None) -> Path:
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
