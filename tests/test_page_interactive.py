"""The page's controls in a real browser (playwright driving Debian's chromium), on a page built from
tests/data/page_corpus.jsonl: 15 short articles as dense as the dev set (about 90 nodes, 110 edges).

The corpus is invented: its people and organisations are made up. The states and cities in it are
real, because the gazetteers that give them their types (and so their shapes on the page) know
only real places; the acts of the invented people and groups are invented too.
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
from pathlib import Path

import pytest

from kg.analyse import PageGraph, page_graph
from kg.extract import extract_articles
from kg.graph import build_dataset
from kg.read import read_articles
from kg.show import FAMILY_STYLE, FONT, TYPE_STYLE, render_html

CHROMIUM = shutil.which("chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
CORPUS = Path(__file__).resolve().parent / "data" / "page_corpus.jsonl"
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def built(nlp, tmp_path_factory):
    ds = build_dataset(extract_articles(list(read_articles([CORPUS])), nlp))
    pg = page_graph(ds)
    folder = tmp_path_factory.mktemp("page")
    path = folder / "graph.html"
    path.write_text(render_html(pg), encoding="utf-8")
    return path, pg


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def open_page(browser, path: Path, width: int = 1400, height: int = 900):
    """A fresh tab on the page; every request but the file itself is refused and recorded."""
    page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
    page.kg_requests, page.kg_errors = [], []
    page.on("request", lambda r: page.kg_requests.append(r.url))
    page.on("console", lambda m: page.kg_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.kg_errors.append(str(e)))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "blob:", "data:"))
               else route.abort())
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.kgReady")
    return page


@pytest.fixture
def page(browser, built):
    p = open_page(browser, built[0])
    yield p
    p.close()


def node_index(pg, label: str) -> int:
    return sorted(pg.nodes).index(next(n for n, d in sorted(pg.nodes.items()) if d["label"] == label))


def drawn(page) -> tuple[int, int]:
    d = page.evaluate("[document.getElementById('kg-drawn').dataset.nodes, document.getElementById('kg-drawn').dataset.edges]")
    return int(d[0]), int(d[1])


def expected(pg, keep_event=lambda d: True, families=None, types=None, min_support: int = 1) -> tuple[int, int]:
    """Drawn (nodes, edges) after a filter: an edge stays when enough of its events pass; a node stays
    when one of its edges does."""
    edges = []
    for e in pg.edges:
        if families is not None and e["family"] not in families:
            continue
        if types is not None and not {pg.nodes[e["from"]]["type"], pg.nodes[e["to"]]["type"]} <= types:
            continue
        evs = [d for d in e["evidence"] if keep_event(d)]
        if evs and len({d["article"] for d in evs}) >= min_support:
            edges.append(e)
    return len({e["from"] for e in edges} | {e["to"] for e in edges}), len(edges)


def set_range(page, selector: str, value) -> None:
    page.eval_on_selector(selector, "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", value)


def boxes_overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def test_corpus_is_as_dense_as_the_dev_set(built):
    _, pg = built
    assert 80 <= len(pg.nodes) <= 110 and len(pg.edges) >= 100
    assert any(not e["asserted"] for e in pg.edges)  # a denied and a planned fact are drawn dashed


def test_no_request_leaves_the_page_and_no_errors(page, built):
    assert all(u.startswith("file:") for u in page.kg_requests), page.kg_requests
    assert page.kg_errors == []
    assert drawn(page) == (len(built[1].nodes), len(built[1].edges))


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_start_view_labels_are_readable_and_never_overlap(browser, built, size):
    _, pg = built
    page = open_page(browser, built[0], *size)
    labels = page.evaluate("kg.labels()")
    page.close()
    assert len(labels) >= 25
    assert all(b["kind"] == "node" for b in labels), "edge labels show only on hover, selection or close zoom"
    for b in labels:
        px = float(re.search(r"(\d+(?:\.\d+)?)px", b["font"]).group(1))
        assert px >= 12 and b["px"] >= 12 and b["h"] >= 12
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not boxes_overlap(a, b), (a["text"], b["text"])
    ranked = sorted(range(len(pg.nodes)), key=lambda i: page_rank(built, i))
    labelled = {b["id"] for b in labels}
    assert set(ranked[:5]) <= labelled, "the most important nodes are labelled first"


def page_rank(built, i: int) -> int:
    from kg.analyse import importance

    _, pg = built
    imp = importance(pg)
    order = sorted(pg.nodes)
    ranked = sorted(order, key=lambda n: (-imp[n], n))
    return ranked.index(order[i])


def test_zooming_in_labels_more_nodes_and_the_edges(page):
    def share_labelled() -> tuple[float, int]:
        return page.evaluate("""(() => {
          const c = network.canvas.frame.canvas, pos = network.getPositions(), ids = Object.keys(pos);
          const inView = ids.filter(id => { const p = network.canvasToDOM(pos[id]);
            return p.x > 0 && p.y > 0 && p.x < c.clientWidth && p.y < c.clientHeight; });
          const labelled = new Set(kg.labels().filter(b => b.kind === 'node').map(b => String(b.id)));
          return [inView.filter(id => labelled.has(id)).length / inView.length,
                  kg.labels().filter(b => b.kind === 'edge').length];
        })()""")
    start, start_edges = share_labelled()
    assert start < 1 and start_edges == 0
    page.evaluate("network.moveTo({scale: network.getScale() * 3, animation: false}); network.redraw()")
    zoomed, zoomed_edges = share_labelled()
    assert zoomed > start
    assert zoomed_edges > 0


def test_no_node_covers_another_at_the_start_view(page):
    circles = page.evaluate("""(() => {
      const pos = network.getPositions(), s = network.getScale();
      return Object.keys(pos).map(id => { const p = network.canvasToDOM(pos[id]);
        return [p.x, p.y, network.body.nodes[id].options.size * s]; });
    })()""")
    for i, (x1, y1, r1) in enumerate(circles):
        for x2, y2, r2 in circles[i + 1:]:
            assert math.hypot(x1 - x2, y1 - y2) >= r1 + r2


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_the_canvas_never_lies_under_the_side_panel(browser, built, size):
    _, pg = built
    page = open_page(browser, built[0], *size)
    panel = page.eval_on_selector("#kg-panel", "e => e.getBoundingClientRect().toJSON()")
    canvas = page.eval_on_selector("#mynetwork canvas", "e => e.getBoundingClientRect().toJSON()")
    assert canvas["left"] >= panel["right"] - 0.5 and canvas["right"] <= size[0] + 0.5
    page.fill("#kg-search", "Ingrid Halv")
    page.keyboard.press("Enter")
    i = node_index(pg, "Ingrid Halvorsen")
    p = page.evaluate(f"network.canvasToDOM(network.getPositions([{i}])[{i}])")
    assert 0 < p["x"] < canvas["width"] and 0 < p["y"] < canvas["height"]
    page.close()


def test_fit_control_and_escape_return_to_the_start_view(page):
    assert page.is_visible("#kg-fit") and page.inner_text("#kg-fit").strip()
    view = "[network.getScale(), network.getViewPosition().x, network.getViewPosition().y]"
    start = page.evaluate(view)
    page.evaluate("network.moveTo({position: {x: 300, y: -200}, scale: 2.7, animation: false})")
    assert page.evaluate(view) != pytest.approx(start)
    page.click("#kg-fit")
    assert page.evaluate(view) == pytest.approx(start, abs=1e-6)
    page.evaluate("kg.selectNode(3); network.moveTo({position: {x: -100, y: 50}, scale: 0.3, animation: false})")
    page.keyboard.press("Escape")
    assert page.evaluate(view) == pytest.approx(start, abs=1e-6)
    assert page.evaluate("network.getSelectedNodes().length") == 0


def test_legend_draws_real_shapes_line_styles_and_dashes(page, built):
    _, pg = built
    for t in {n["type"] for n in pg.nodes.values()}:
        shape = page.get_attribute(f"input.kg-type[value={t}] + svg", "data-shape")
        assert shape == TYPE_STYLE[t][2]
        assert page.get_attribute(f"input.kg-type[value={t}] + svg", "fill") == TYPE_STYLE[t][1]
    for f in {e["family"] for e in pg.edges}:
        assert page.get_attribute(f"input.kg-family[value={f}] + svg line", "stroke") == FAMILY_STYLE[f][1]
    assert page.get_attribute("#kg-hedged + svg line", "stroke-dasharray")
    hedged = [k for k, e in enumerate(pg.edges) if not e["asserted"]]
    assert hedged and all(page.evaluate(f"!!network.body.edges[{k}].options.dashes") for k in hedged)
    assert not page.evaluate("network.body.edges[0].options.dashes") or not pg.edges[0]["asserted"]
    assert "triangleDown" not in page.inner_text("#kg-panel") and "dot" not in page.inner_text("#kg-panel").split()


def test_facts_read_as_sentences_and_open_their_evidence(page, built):
    _, pg = built
    page.evaluate(f"kg.selectNode({node_index(pg, 'Grace Wanjiru')})")
    facts = page.eval_on_selector_all("#kg-details .kg-fact", "bs => bs.map(b => b.textContent)")
    assert any(f.startswith("Grace Wanjiru held the Red Ridge Brigade responsible") for f in facts), facts
    page.evaluate(f"kg.selectNode({node_index(pg, 'Ingrid Halvorsen')})")
    page.click("#kg-details .kg-fact:has-text('Ingrid Halvorsen phoned Tomas Echeverri')")
    assert page.inner_text("#kg-details h2") == "Ingrid Halvorsen phoned Tomas Echeverri"
    assert "2 articles" in page.inner_text("#kg-details")
    blocks = page.query_selector_all("#kg-details .kg-ev")
    assert len(blocks) == 2  # one per article that reports the call
    urls = {r["url"] for r in RECORDS if r["id"] in ("page-01", "page-02")}
    dates = {r["date"] for r in RECORDS if r["id"] in ("page-01", "page-02")}
    got = {b.query_selector("a").get_attribute("href") for b in blocks}
    assert got == urls
    assert all(any(d in b.inner_text() for d in dates) for b in blocks)
    for b in blocks:
        assert b.query_selector("mark.kg-agent").inner_text() in ("Ingrid Halvorsen", "Halvorsen")
        assert b.query_selector("mark.kg-target").inner_text() == "Tomas Echeverri"
        assert "Asserted" in b.inner_text() and "confidence" in b.inner_text()


def test_only_web_links_render(page, built):
    _, pg = built
    page.evaluate(f"kg.selectNode({node_index(pg, 'Joana Sequeira')})")
    page.click("#kg-details .kg-fact:has-text('Joana Sequeira phoned Tomas Echeverri')")
    src = page.query_selector("#kg-details .kg-src")
    assert "Portugal mediates port dispute" in src.inner_text()  # the article's javascript: URL is not a link
    assert src.query_selector("a") is None
    page.evaluate(f"kg.selectNode({node_index(pg, 'Marek Novak')})")  # an article with no URL and no date
    page.click("#kg-details .kg-fact")
    assert page.query_selector("#kg-details .kg-src a") is None
    hrefs = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "javascript:alert" not in built[0].read_text(encoding="utf-8")


def test_date_filter_changes_the_drawn_counts(page, built):
    _, pg = built
    page.evaluate("document.querySelector('#kg-time').closest('details').open = true")
    set_range(page, "#kg-from", page.evaluate("Math.round(Date.UTC(2023, 6, 1) / 864e5)"))
    assert page.inner_text("#kg-from-out") == "2023-07-01"
    assert drawn(page) == expected(pg, lambda d: not d["date"] or d["date"] >= "2023-07-01")
    assert drawn(page)[1] < len(pg.edges)
    page.uncheck("#kg-undated")
    assert drawn(page) == expected(pg, lambda d: bool(d["date"]) and d["date"] >= "2023-07-01")
    set_range(page, "#kg-to", page.evaluate("Math.round(Date.UTC(2023, 7, 31) / 864e5)"))
    assert drawn(page) == expected(pg, lambda d: "2023-07-01" <= d["date"] <= "2023-08-31")


def test_article_filter_draws_the_articles_subgraph(page, built):
    _, pg = built
    page.click("details:has(#kg-articles) summary")
    page.click("#kg-art-none")
    assert drawn(page) == (0, 0)
    assert page.is_visible("#kg-empty") and "Nothing matches the filters" in page.inner_text("#kg-empty")
    wanted = next(a for a, d in pg.articles.items() if d["id"] == "page-03")
    page.check(f"input.kg-article[value='{sorted(pg.articles).index(wanted)}']")
    assert drawn(page) == expected(pg, lambda d: d["article"] == wanted)
    assert 0 < drawn(page)[1] < 10
    page.click("#kg-art-all")
    assert drawn(page) == (len(pg.nodes), len(pg.edges))


def test_minimum_support_filter(page, built):
    _, pg = built
    page.click("details:has(#kg-support) summary")
    set_range(page, "#kg-support", 2)
    assert drawn(page) == expected(pg, min_support=2)
    assert 0 < drawn(page)[1] < 10


def test_filters_hide_the_nodes_they_leave_without_edges(page, built):
    _, pg = built
    page.uncheck("input.kg-type[value=Person]")
    types = {n["type"] for n in pg.nodes.values()} - {"Person"}
    assert drawn(page) == expected(pg, types=types)
    page.uncheck("input.kg-family[value=represents]")
    fams = {e["family"] for e in pg.edges} - {"represents"}
    assert drawn(page) == expected(pg, types=types, families=fams)
    orphans = page.evaluate("""(() => { const v = kg.visible(), deg = v.nodes.map(() => 0);
      kg.data.edges.forEach((e, k) => { if (v.edges[k]) { deg[e.from]++; deg[e.to]++; } });
      return v.nodes.filter((on, i) => on && !deg[i]).length; })()""")
    assert orphans == 0
    assert page.evaluate("network.body.data.nodes.get({filter: n => !n.hidden}).length") == drawn(page)[0]


def test_search_suggests_names_and_aliases_and_says_no_match(page, built):
    _, pg = built
    page.fill("#kg-search", "halv")
    assert "Ingrid Halvorsen" in page.inner_text("#kg-suggest")
    page.fill("#kg-search", "PHU")
    options = page.inner_text("#kg-suggest")
    assert "Pacific Harbour Union" in options and "also “PHU”" in options
    page.fill("#kg-search", "zzqx")
    assert page.is_hidden("#kg-suggest")
    assert page.inner_text("#kg-search-status").startswith("No match for “zzqx”")
    page.fill("#kg-search", "wanj")
    page.click("#kg-suggest li >> nth=0")
    i = node_index(pg, "Grace Wanjiru")
    assert page.evaluate("network.getSelectedNodes()") == [i]
    assert page.evaluate("network.getScale()") >= 1.4
    assert page.inner_text("#kg-details h2") == "Grace Wanjiru"
    centre = page.evaluate(f"network.canvasToDOM(network.getPositions([{i}])[{i}])")
    size = page.eval_on_selector("#mynetwork canvas", "e => [e.clientWidth, e.clientHeight]")
    assert centre["x"] == pytest.approx(size[0] / 2, abs=2) and centre["y"] == pytest.approx(size[1] / 2, abs=2)


def test_highlight_dims_the_edges_of_non_neighbours(page, built):
    _, pg = built
    i = node_index(pg, "Grace Wanjiru")
    page.evaluate(f"kg.selectNode({i})")
    dim = page.evaluate("kg.dimmed()")
    order = sorted(pg.nodes)
    for k, e in enumerate(pg.edges):
        touches = order[i] in (e["from"], e["to"])
        assert dim["edges"][k] == (0 if touches else 1)
    neighbours = {e["to"] for e in pg.edges if e["from"] == order[i]} | {e["from"] for e in pg.edges if e["to"] == order[i]}
    assert sum(1 for d in dim["nodes"] if not d) == len(neighbours) + 1
    far = next(k for k, e in enumerate(pg.edges) if order[i] not in (e["from"], e["to"]))
    assert page.evaluate(f"network.body.edges[{far}].options.color.color") == "#e4e4e4"
    page.keyboard.press("Escape")
    assert sum(page.evaluate("kg.dimmed()")["edges"]) == 0


def test_an_empty_graph_says_why(browser, nlp, tmp_path):
    from conftest import run_text

    ds = build_dataset([run_text(nlp, "Weather\n\nIt was a mild and sunny day in the hills, and the roads were quiet.", "calm")])
    path = tmp_path / "empty.html"
    path.write_text(render_html(ds), encoding="utf-8")
    page = open_page(browser, path)
    assert page.is_visible("#kg-empty")
    assert "No facts were found in 1 article." in page.inner_text("#kg-empty")
    assert page.kg_errors == []
    page.close()


def test_exports_png_of_the_view_and_csv_of_the_visible_facts(page, built):
    _, pg = built
    with page.expect_download() as d:
        page.click("#kg-png")
    assert Path(d.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as d:
        page.click("#kg-csv")
    rows = list(csv.DictReader(io.StringIO(Path(d.value.path()).read_text(encoding="utf-8-sig"))))
    assert len(rows) == sum(len(e["evidence"]) for e in pg.edges)
    call = [r for r in rows if r["fact"] == "Ingrid Halvorsen phoned Tomas Echeverri"]
    assert {r["url"] for r in call} == {r["url"] for r in RECORDS if r["id"] in ("page-01", "page-02")}
    assert all(r["evidence"] and r["headline"] and r["article_date"] for r in call)
    page.click("details:has(#kg-support) summary")
    set_range(page, "#kg-support", 2)
    with page.expect_download() as d:
        page.click("#kg-csv")
    rows = list(csv.DictReader(io.StringIO(Path(d.value.path()).read_text(encoding="utf-8-sig"))))
    assert 0 < len(rows) == sum(len(e["evidence"]) for e in pg.edges if len({x["article"] for x in e["evidence"]}) >= 2)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def ch(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def test_controls_are_labelled_reachable_by_keyboard_and_contrast_meets_aa(page, built):
    unnamed = page.evaluate("""(() => [...document.querySelectorAll('#kg-panel input, #kg-panel button')].filter(el => {
      const byLabel = el.labels && [...el.labels].some(l => l.textContent.trim());
      return !(byLabel || el.getAttribute('aria-label') || el.textContent.trim() || el.title);
    }).map(el => el.outerHTML))()""")
    assert unnamed == []
    reached = set()
    for _ in range(8):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id"))
    assert {"kg-fit", "kg-png", "kg-csv", "kg-search"} <= reached
    page.focus("#kg-search")
    page.keyboard.type("Grace Wanj")
    page.keyboard.press("Enter")
    page.focus("#kg-details .kg-fact")
    page.keyboard.press("Enter")
    assert page.query_selector("#kg-details .kg-ev") is not None
    assert page.evaluate("document.getElementById('kg-details').contains(document.activeElement)")
    pairs = page.evaluate("""(() => {
      const rgb = s => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
      function bg(el) { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length < 4 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; }
      return [...document.querySelectorAll('#kg-panel *, #kg-empty *')].filter(el =>
        [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && el.offsetParent !== null)
        .map(el => [el.tagName + ' ' + el.textContent.slice(0, 30), rgb(getComputedStyle(el).color).slice(0, 3), bg(el)]);
    })()""")
    assert len(pairs) > 30
    for what, fg, bg in pairs:
        a, b = _luminance(tuple(fg)), _luminance(tuple(bg))
        assert (max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, what


def test_one_sans_serif_family_throughout(page, built):
    _, pg = built
    page.evaluate(f"kg.selectNode({node_index(pg, 'Grace Wanjiru')})")
    families = set(page.evaluate("[...document.querySelectorAll('body, body *:not(script):not(style)')].map(e => getComputedStyle(e).fontFamily)"))
    assert len(families) == 1 and families.pop().replace("'", '"') == FONT
    assert all(b["font"].endswith(FONT) for b in page.evaluate("kg.labels()"))


def test_hover_shows_a_short_tooltip_and_the_edge_label_and_sentence(page, built):
    _, pg = built
    i = node_index(pg, "Grace Wanjiru")
    p = page.evaluate(f"network.canvasToDOM(network.getPositions([{i}])[{i}])")
    box = page.eval_on_selector("#mynetwork canvas", "e => e.getBoundingClientRect().toJSON()")
    page.mouse.move(box["x"] + p["x"], box["y"] + p["y"])
    page.wait_for_selector("#kg-tip:not([hidden])")
    tip = page.inner_text("#kg-tip")
    assert tip.startswith("Grace Wanjiru") and "facts" in tip and len(tip) < 80
    k = next(k for k, e in enumerate(pg.edges) if e["family"] == "holdsResponsible")
    page.mouse.move(0, 0)
    page.evaluate(f"network.body.emitter.emit('hoverEdge', {{edge: {k}, pointer: {{DOM: {{x: 100, y: 100}}}}}})")
    assert any(b["kind"] == "edge" and b["id"] == k for b in page.evaluate("network.redraw(), kg.labels()"))
    assert page.inner_text("#kg-tip").startswith("Grace Wanjiru held the Red Ridge Brigade responsible")


def _synthetic(n: int) -> PageGraph:
    """A fact graph of `n` invented entities in a ring with chords, each fact from one invented article."""
    art = "https://w3id.org/newskg/id/article/ring"
    pg = PageGraph(articles={art: {"id": "ring", "headline": "Ring", "date": "2024-01-02", "url": "https://news.example.org/ring"}})
    ids = [f"https://w3id.org/newskg/id/person/p{i:04d}" for i in range(n)]
    for i, iri in enumerate(ids):
        pg.nodes[iri] = {"label": f"Person {i}", "type": "Person", "names": [], "wikidata": ""}
    for i in range(n):
        for j in (i + 1, i + 7):
            s, o = ids[i], ids[j % n]
            sentence = f"Person {i} phoned Person {j % n}."
            pg.edges.append({"from": s, "to": o, "family": "called", "asserted": True, "evidence": [
                {"article": art, "sentence": sentence, "marks": [[0, len(f"Person {i}"), "agent"]], "date": "2024-01-02",
                 "factuality": "asserted", "confidence": "0.8"}]})
    pg.edges.sort(key=lambda e: (e["from"], e["family"], e["to"]))
    return pg


def test_a_bigger_graph_draws_its_own_edges_and_they_still_answer(browser, tmp_path):
    from kg.show import OWN_EDGES

    pg = _synthetic(OWN_EDGES + 100)
    path = tmp_path / "big.html"
    path.write_text(render_html(pg), encoding="utf-8")
    page = open_page(browser, path)
    assert page.evaluate("kg.data.ownEdges") and page.evaluate("network.body.data.edges.length") == 0
    assert drawn(page) == (len(pg.nodes), len(pg.edges))
    # the edge whose midpoint lies farthest from every node (so the pointer finds the line, not a node)
    k = page.evaluate("""(() => { const pos = network.getPositions(); const pts = Object.values(pos);
      let best = 0, far = -1;
      kg.data.edges.forEach((e, i) => { const x = (pos[e.from].x + pos[e.to].x) / 2, y = (pos[e.from].y + pos[e.to].y) / 2;
        const d = Math.min(...pts.map(p => Math.hypot(p.x - x, p.y - y))); if (d > far) { far = d; best = i; } });
      return best; })()""")
    mid = page.evaluate(f"""(() => {{ const e = kg.data.edges[{k}], p = network.getPositions([e.from, e.to]);
      return network.canvasToDOM({{x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}}); }})()""")
    box = page.eval_on_selector("#mynetwork canvas", "e => e.getBoundingClientRect().toJSON()")
    page.evaluate(f"network.moveTo({{position: network.DOMtoCanvas({json.dumps(mid)}), scale: network.getScale() * 4, animation: false}})")
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.move(*centre)
    page.wait_for_function(f"kg.labels().some(b => b.kind === 'edge' && b.id === {k})")
    e = pg.edges[k]
    assert page.inner_text("#kg-tip").startswith(f"{pg.nodes[e['from']]['label']} phoned {pg.nodes[e['to']]['label']}")
    page.mouse.click(*centre)
    assert page.inner_text("#kg-details h2") == f"{pg.nodes[e['from']]['label']} phoned {pg.nodes[e['to']]['label']}"
    assert page.query_selector("#kg-details .kg-src a").get_attribute("href") == "https://news.example.org/ring"
    assert sum(page.evaluate("kg.dimmed()")["edges"]) == len(pg.edges) - 1
    page.uncheck("input.kg-family[value=called]")
    assert drawn(page) == (0, 0)
    assert page.kg_errors == []
    page.close()


def test_a_selected_fact_is_labelled_once(page, built):
    _, pg = built
    i = node_index(pg, "Grace Wanjiru")
    page.evaluate(f"kg.selectNode({i})")
    page.click("#kg-details .kg-fact:has-text('held the Red Ridge Brigade responsible')")
    labels = page.evaluate("network.redraw(), kg.labels()")
    keys = [(b["kind"], b["id"]) for b in labels]
    assert len(keys) == len(set(keys))
    k = next(k for k, e in enumerate(pg.edges) if e["family"] == "holdsResponsible")
    assert ("edge", k) in keys
