"""The page in a real headless Chromium, with the network blocked: it draws every node and edge; and the
page's tables (colours, sentences, links)."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.graph import build_dataset
from kg.analyse import page_graph
from kg.show import FAMILY_STYLE, safe_url, with_article, render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


def run_chromium(page: Path) -> tuple[str, str]:
    """DOM after scripts ran, and the browser log; every network request is refused."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
             "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120)
    return proc.stdout, proc.stderr


def _ds(nlp, text: str) -> Dataset:
    from conftest import run_text

    return build_dataset([run_text(nlp, text, "page")])


@needs_chromium
def test_page_draws_every_node_and_edge_offline(nlp, tmp_path: Path):
    # real states: gazetteer names, so the page has known entities to draw; the people and events are invented
    ds = _ds(nlp, "Head\n\nFrench President Anne Moreau called Germany. Spain criticised Italy. "
                  "Portugal backed Spain. Canada and Mexico held talks in Ottawa.")
    html = render_html(ds)
    assert not re.search(r'(src|href)="https?://', html), "the page must not load anything from the network"
    page = tmp_path / "graph.html"
    page.write_text(html)
    dom, log = run_chromium(page)
    m = re.search(r'<p id="kg-drawn"[^>]* data-nodes="(\d+)" data-edges="(\d+)"', dom)
    assert m, dom[-2000:]
    pg = page_graph(ds)
    assert (int(m.group(1)), int(m.group(2))) == (len(pg.nodes), len(pg.edges))
    assert len(pg.edges) >= 4
    assert "Uncaught" not in log and "ERR_" not in log


@needs_chromium
def test_injected_markup_is_not_run(nlp, tmp_path: Path):
    ds = _ds(nlp, 'Head\n\nFrance criticised Spain. "<img src=x onerror=document.title=\'pwned\'>" '
                  "<script>document.title='pwned'</script>, Spain said.")
    page = tmp_path / "graph.html"
    page.write_text(render_html(ds))
    assert "<script>document.title" not in page.read_text()  # escaped inside the page's data
    dom, _ = run_chromium(page)
    outside_scripts = re.sub(r"<script.*?</script>", "", dom, flags=re.S)
    assert "pwned" not in outside_scripts
    assert "<img" not in outside_scripts


def _rgb(c: str) -> tuple[int, int, int]:
    return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)


def test_every_family_has_its_own_colour_and_look_alikes_are_apart():
    colours = [s[1].lower() for s in FAMILY_STYLE.values()]
    assert len(set(colours)) == len(colours)
    for a, b in (("attacked", "holdsResponsible"), ("called", "metWith"), ("attacked", "criticized")):
        ra, rb = _rgb(FAMILY_STYLE[a][1]), _rgb(FAMILY_STYLE[b][1])
        assert sum((x - y) ** 2 for x, y in zip(ra, rb)) ** 0.5 > 90, (a, b)


def test_names_read_with_their_article_and_only_web_urls_pass():
    assert with_article("United States", "Country") == "the United States"
    assert with_article("Quds Force", "ArmedForces") == "the Quds Force"
    assert with_article("Iran", "Country") == "Iran"
    assert with_article("Paul Forces", "Person") == "Paul Forces"
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "//example.org", "ftp://x", "http://a b"):
        assert safe_url(bad) == ""


def test_max_nodes_leaves_no_node_without_an_edge():
    from kg.analyse import PageGraph, keep_top

    def node(i: int) -> str:
        return f"https://w3id.org/newskg/id/person/p{i}"

    pg = PageGraph()
    for i in range(12):
        pg.nodes[node(i)] = {"label": f"Person {i}", "type": "Person", "names": [], "wikidata": ""}
    # a star around p0, and p11 hanging only from p10, a leaf of the star
    pairs = [(0, i) for i in range(1, 11)] + [(10, 11)]
    pg.edges = [{"from": node(a), "to": node(b), "family": "called", "asserted": True, "evidence": []} for a, b in pairs]
    top = keep_top(pg, 2)
    linked = {e["from"] for e in top.edges} | {e["to"] for e in top.edges}
    assert set(top.nodes) == linked and 1 <= len(top.nodes) <= 2
    assert keep_top(pg, None) is pg


def test_analysis_does_not_load_the_page_generator():
    import subprocess
    import sys

    code = "import sys, kg.analyse; assert 'pyvis' not in sys.modules and 'kg.show' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
