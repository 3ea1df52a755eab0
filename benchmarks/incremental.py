"""Adding articles to an output folder that already holds N, end to end: every file and the page current.

    python benchmarks/incremental.py [--articles 10000] [--repeat 3]

Builds N generated articles (benchmarks/memory.py's templates) into one folder with the default
`kg build`, then times `kg build` of 1 new article into it (--repeat times, a different article
each time), then of 10 new articles at once (--repeat times), each as a fresh process as a user runs
it, with the defaults (the store, graph.ttl, graph.trig and graph.html). Also times one new article
with --no-page. Prints JSON with the machine's load average before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
# Invented people.
LATE = ("Late talks {n}\n\nFriday, March 7, 2025\n\n"
        "Foreign Minister Tova Renkel telephoned her counterpart Ilse Marrow about the river dispute ({n}).\n")


def kg_build(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", *args, "--quiet"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return round(time.perf_counter() - t, 2)


def main() -> None:
    from memory import make_corpus

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000, help="articles already in the folder")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build the folder here and keep it (or reuse it if it is there)")
    args = ap.parse_args()
    result: dict = {"articles": args.articles, "load_average_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "out"
        if not (out / "store").exists():
            corpus = Path(tmp) / "corpus.jsonl"
            make_corpus(args.articles, corpus)
            result["first_build_s"] = kg_build(str(corpus), "--out", str(out))
        late = Path(tmp) / "late"
        late.mkdir()
        stamp = time.time_ns()  # new texts on every run, also into a kept folder

        def new(n: int) -> Path:
            f = late / f"late{n}.txt"
            f.write_text(LATE.format(n=f"{stamp}-{n}"), encoding="utf-8")
            return f

        result["add_1_s"] = [kg_build(str(new(i)), "--out", str(out)) for i in range(args.repeat)]
        result["add_10_s"] = [kg_build(*[str(new(100 + 10 * r + i)) for i in range(10)], "--out", str(out))
                              for r in range(args.repeat)]
        result["add_1_no_page_s"] = [kg_build(str(new(1000 + i)), "--out", str(out), "--no-page")
                                     for i in range(args.repeat)]
        sys.path.insert(0, str(ROOT))
        from kg.store import current_version, quads_file

        with quads_file(current_version(out / "store")).open("rb") as f:
            result["quads"] = sum(1 for _ in f)
        result["ttl_mb"] = round((out / "graph.ttl").stat().st_size / 1e6, 1)
        result["trig_mb"] = round((out / "graph.trig").stat().st_size / 1e6, 1)
        result["html_mb"] = round((out / "graph.html").stat().st_size / 1e6, 1)
    result["load_average_after"] = os.getloadavg()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
