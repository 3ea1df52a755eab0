"""Time to first draw of the page in headless Chromium (playwright driving Debian's chromium), for
synthetic graphs of 100, 1,000 and 10,000 nodes, and of pyvis's default page for the same graph in
the same run. Prints one JSON line per page.

    python benchmarks/page_speed.py [--sizes 100 1000 10000] [--repeat 5] [--pyvis-timeout 120] [--no-pyvis]

First draw is the time from navigation start to vis-network's first `afterDrawing` event, caught
by an init script that hooks `window.network` as the page assigns it (the same for both pages).
pyvis's default page is `Network(directed=True, cdn_resources="in_line")` with its default options
(physics on), so it too loads nothing from the network; it is opened once and gets --pyvis-timeout
seconds to draw. newskg's page is opened --repeat times: the minimum and the median are printed, with
the machine's load average, since other work on a shared machine slows a single opening.

Targets (the page issue): first draw within 0.5 s at 1,000 nodes and 2 s at 10,000 nodes.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

HOOK = """(() => {
  let net;
  Object.defineProperty(window, "network", {configurable: true, get() { return net; }, set(v) {
    net = v;
    v.once("afterDrawing", () => { window.kgFirstDraw = performance.now(); });
  }});
})();"""


def pyvis_default_page(pg) -> str:
    """The page pyvis makes with its defaults for the same nodes and edges."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n in sorted(pg.nodes):
        net.add_node(n, label=pg.nodes[n]["label"], title=pg.nodes[n]["type"])
    for e in pg.edges:
        net.add_edge(e["from"], e["to"], title=e["family"])
    return net.generate_html()


def first_draw(browser, page_file: Path, timeout_s: float) -> float | None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.add_init_script(HOOK)
    page.route("**/*", lambda r: r.abort() if not r.request.url.startswith("file:") else r.continue_())
    try:
        page.goto(page_file.as_uri(), timeout=timeout_s * 1000, wait_until="commit")
        page.wait_for_function("window.kgFirstDraw !== undefined", timeout=timeout_s * 1000, polling=50)
        return round(page.evaluate("window.kgFirstDraw") / 1000, 3)
    except Exception:  # no draw within the time limit
        return None
    finally:
        page.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--pyvis-timeout", type=float, default=120.0, help="seconds pyvis's default page gets to draw")
    ap.add_argument("--no-pyvis", action="store_true", help="time only newskg's page")
    ap.add_argument("--repeat", type=int, default=5, help="openings of newskg's page per size")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from kg.analyse import page_graph
    from kg.show import render_html
    from synthetic import synthetic_dataset

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for n in args.sizes:
            pg = page_graph(synthetic_dataset(n))
            t0 = time.perf_counter()
            html = render_html(pg)
            build_s = time.perf_counter() - t0
            ours = Path(tmp) / f"newskg-{n}.html"
            ours.write_text(html, encoding="utf-8")
            times = [first_draw(browser, ours, 120) for _ in range(args.repeat)]
            drawn = sorted(t for t in times if t is not None)
            row = {"nodes": len(pg.nodes), "edges": len(pg.edges), "page_build_s": round(build_s, 2),
                   "page_mb": round(len(html.encode()) / 1e6, 2),
                   "first_draw_min_s": drawn[0] if drawn else None,
                   "first_draw_median_s": statistics.median(drawn) if drawn else None,
                   "load_average": round(os.getloadavg()[0], 1)}
            if not args.no_pyvis:
                theirs = Path(tmp) / f"pyvis-{n}.html"
                theirs.write_text(pyvis_default_page(pg), encoding="utf-8")
                row["pyvis_default_first_draw_s"] = first_draw(browser, theirs, args.pyvis_timeout)
                row["pyvis_timeout_s"] = args.pyvis_timeout
            print(json.dumps(row), flush=True)
        browser.close()


if __name__ == "__main__":
    main()
