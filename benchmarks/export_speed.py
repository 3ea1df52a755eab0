"""Export and SPARQL on a graph of about 1M triples: newskg's path (spool, GNU sort and awk for
Turtle and N-Quads; Oxigraph for SPARQL) against rdflib's own Turtle and N-Quads writers and SPARQL
engine on the same graph, in one run. Prints JSON.

    python benchmarks/export_speed.py [--nodes 30000] [--rdflib-timeout 600] [--skip-queries]

newskg's export is timed in its own process, from adding the quads (shuffled) to the spool to the
two files synced to disk. Goal: at least 10x faster. rdflib queries that exceed the timeout are
reported as such.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
QUERIES = ["who-called-whom", "most-connected", "edge-support", "integrity-orphan-edges"]


def _rdflib_query(nq: str, text: str, q: mp.Queue) -> None:
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    t = time.perf_counter()
    n = len(list(ds.query(text)))
    q.put((time.perf_counter() - t, n))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=30_000)  # about 1M quads
    ap.add_argument("--rdflib-timeout", type=float, default=600)
    ap.add_argument("--skip-queries", action="store_true", help="only the export comparison")
    args = ap.parse_args()
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.export import dataset_lines
    from kg.query import query_text
    from synthetic import synthetic_dataset

    ds = synthetic_dataset(args.nodes, edges_per_node=3.5)
    lines = dataset_lines(ds)
    random.Random(7).shuffle(lines)  # quads reach the spool in no useful order (the worst case for sorting)
    out: dict = {"quads": len(lines)}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # newskg's export runs in its own process, as in a build (not beside rdflib's big heap)
        (work / "input.nq").write_text("\n".join(lines) + "\n", encoding="utf-8")
        code = ("import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[2]); "
                "from kg.export import Spool, write_outputs; w = Path(sys.argv[1]); "
                "lines = (w / 'input.nq').read_text(encoding='utf-8').split('\\n')[:-1]; t = time.perf_counter(); "
                "sp = Spool(w); sp.add(lines); write_outputs(sp, w, ['ttl', 'nq'], w); "
                "print(time.perf_counter() - t)")
        import subprocess

        res = subprocess.run([sys.executable, "-c", code, str(work), str(ROOT)], capture_output=True, text=True,
                             check=True)
        out["newskg_export_ttl_and_nq_s"] = round(float(res.stdout.strip()), 2)
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        t = time.perf_counter()
        g.serialize(destination=str(work / "rdflib.ttl"), format="turtle")
        out["rdflib_turtle_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        ds.serialize(destination=str(work / "rdflib.nq"), format="nquads")
        out["rdflib_nquads_s"] = round(time.perf_counter() - t, 2)
        del g
        store = ox.Store()
        store.bulk_load(path=str(work / "graph.nq"), format=ox.RdfFormat.N_QUADS)
        out["queries"] = {}
        for name in ([] if args.skip_queries else QUERIES):
            text = query_text(name)
            t = time.perf_counter()
            n = len(list(store.query(text, use_default_graph_as_union=True)))
            ox_s = time.perf_counter() - t
            q: mp.Queue = mp.Queue()
            proc = mp.Process(target=_rdflib_query, args=(str(work / "graph.nq"), text, q))
            proc.start()
            proc.join(args.rdflib_timeout + 120)
            if proc.is_alive():
                proc.kill()
                rd = None
            else:
                rd = q.get() if not q.empty() else None
            out["queries"][name] = {"oxigraph_s": round(ox_s, 3), "rows": n,
                                    "rdflib_s": round(rd[0], 2) if rd else f">{args.rdflib_timeout:g}",
                                    "speedup": round(rd[0] / max(ox_s, 1e-3), 1) if rd else None}
            print(json.dumps({name: out["queries"][name]}), flush=True)
    out["export_speedup_vs_rdflib_turtle_plus_nquads"] = round(
        (out["rdflib_turtle_s"] + out["rdflib_nquads_s"]) / out["newskg_export_ttl_and_nq_s"], 1)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
