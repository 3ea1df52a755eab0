"""The page in a real headless Chromium, with the network blocked: it draws every node and edge."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.graph import build_dataset
from kg.show import page_graph, render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


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


def test_page_draws_every_node_and_edge_offline(nlp, tmp_path: Path):
    ds = _ds(nlp, "Head\n\nFrench President Anne Moreau called Germany. Spain criticised Italy. "
                  "Portugal backed Spain. Canada and Mexico held talks in Ottawa.")
    html = render_html(ds)
    assert not re.search(r'(src|href)="https?://', html), "the page must not load anything from the network"
    page = tmp_path / "graph.html"
    page.write_text(html)
    dom, log = run_chromium(page)
    m = re.search(r'id="kg-drawn" data-nodes="(\d+)" data-edges="(\d+)"', dom)
    assert m, dom[-2000:]
    pg = page_graph(ds)
    assert (int(m.group(1)), int(m.group(2))) == (len(pg.nodes), len(pg.edges))
    assert len(pg.edges) >= 4
    assert "Uncaught" not in log and "ERR_" not in log


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
