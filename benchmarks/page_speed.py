"""Time to first draw of graph.html in headless Chromium (playwright driving Debian's chromium),
for synthetic graphs of 100, 1,000 and 10,000 nodes. Prints JSON.

    python benchmarks/page_speed.py [--sizes 100 1000 10000]

Goal (issue: the page): first draw within 2 s at 1,000 nodes and 10 s at 10,000 nodes.
pyvis 0.3.2's defaults, measured on this machine: 3.3 s at 100 nodes, 66 s at 1,000, none in 590 s at 10,000.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from kg.show import render_html
    from synthetic import synthetic_dataset

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for n in args.sizes:
            ds = synthetic_dataset(n)
            t0 = time.perf_counter()
            html = render_html(ds)
            render_s = time.perf_counter() - t0
            page_file = Path(tmp) / f"g{n}.html"
            page_file.write_text(html)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else route.continue_())
            t1 = time.perf_counter()
            page.goto(page_file.as_uri(), timeout=600_000)
            page.wait_for_function("document.getElementById('kg-drawn').dataset.nodes", timeout=600_000)
            wall = time.perf_counter() - t1
            first_draw_ms = int(page.evaluate("document.getElementById('kg-drawn').dataset.firstDrawMs"))
            drawn = page.evaluate("[network.body.nodeIndices.length, network.body.edgeIndices.length]")
            page.close()
            results.append({"nodes": n, "drawn_nodes": drawn[0], "drawn_edges": drawn[1],
                            "first_draw_s": round(first_draw_ms / 1000, 2), "load_to_draw_wall_s": round(wall, 2),
                            "page_build_s": round(render_s, 2), "page_mb": round(len(html) / 1e6, 2)})
            print(json.dumps(results[-1]), flush=True)
        browser.close()


if __name__ == "__main__":
    main()
