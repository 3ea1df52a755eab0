"""The page's controls in a real browser (playwright driving Debian's chromium): filters, search,
details, and no request leaving the page."""
from __future__ import annotations

import shutil

import pytest

from kg.graph import build_dataset
from kg.show import page_graph, render_html

CHROMIUM = shutil.which("chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")

TEXT = ("Head\n\nFrench President Anne Moreau called Germany. Spain criticised Italy. "
        "Portugal backed Spain. Canada and Mexico held talks in Ottawa. "
        'Italy said "<b>bold</b> <script>window.pwned=1</script>" about Spain.')


@pytest.fixture(scope="module")
def page_and_graph(nlp, tmp_path_factory):
    from conftest import run_text

    ds = build_dataset([run_text(nlp, TEXT, "interactive")])
    path = tmp_path_factory.mktemp("page") / "graph.html"
    path.write_text(render_html(ds))
    requests: list[str] = []
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page.goto(path.as_uri())
        page.wait_for_function("document.getElementById('kg-drawn').dataset.nodes")
        yield page, page_graph(ds), requests, errors
        browser.close()


def test_no_request_leaves_the_page_and_no_errors(page_and_graph):
    page, pg, requests, errors = page_and_graph
    assert all(u.startswith("file:") for u in requests), requests
    assert errors == []
    assert page.evaluate("window.pwned") is None


def test_drawn_counts_match_the_graph(page_and_graph):
    page, pg, _, _ = page_and_graph
    assert page.evaluate("network.body.data.nodes.length") == len(pg.nodes)
    assert page.evaluate("network.body.data.edges.length") == len(pg.edges)


def test_family_filter_hides_its_edges(page_and_graph):
    page, pg, _, _ = page_and_graph
    n_called = sum(1 for e in pg.edges if e["family"] == "called")
    assert n_called >= 1
    page.uncheck("input.kg-family[value=called]")
    hidden = page.evaluate("network.body.data.edges.get({filter: e => e.hidden}).length")
    assert hidden == n_called
    page.check("input.kg-family[value=called]")
    assert page.evaluate("network.body.data.edges.get({filter: e => e.hidden}).length") == 0


def test_type_filter_hides_nodes(page_and_graph):
    page, pg, _, _ = page_and_graph
    persons = sum(1 for n in pg.nodes.values() if n["type"] == "Person")
    page.uncheck("input.kg-type[value=Person]")
    assert page.evaluate("network.body.data.nodes.get({filter: n => n.hidden}).length") == persons
    page.check("input.kg-type[value=Person]")


def test_search_selects_and_click_shows_details(page_and_graph):
    page, pg, _, _ = page_and_graph
    page.fill("#kg-search", "moreau")
    selected = page.evaluate("network.getSelectedNodes()")
    assert len(selected) == 1 and pg.nodes[selected[0]]["label"] == "Anne Moreau"
    edge = next(i for i, e in enumerate(pg.edges) if e["family"] == "criticized")
    edge_id = page.evaluate(f"network.body.data.edges.getIds()[{edge}]")
    page.evaluate(f"network.selectEdges(['{edge_id}'])")
    page.evaluate(f"network.body.emitter.emit('click', {{nodes: [], edges: ['{edge_id}']}})")
    text = page.inner_text("#kg-details")
    assert "criticized" in text and "Spain criticised Italy." in text
    assert page.evaluate("document.querySelectorAll('#kg-details b, #kg-details script').length") == 0
