"""Adding one article to an output folder that already holds N (the store is the truth, and every
file and the page are written again from it).

    python benchmarks/incremental.py [--articles 10000] [--jobs 2] [--no-page]

Builds N generated articles (benchmarks/memory.py's templates) into one folder, then times `kg
build` of one more article into it, in a fresh process as a user runs it, and prints JSON.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
ONE = ("Late talks\n\nFriday, March 7, 2025\n\n"
       "Foreign Minister Tova Renkel telephoned her counterpart Ilse Marrow about the river dispute.\n")


def kg_build(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", *args, "--quiet"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return round(time.perf_counter() - t, 2)


def main() -> None:
    from memory import make_corpus

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000, help="articles already in the folder")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the first build")
    ap.add_argument("--no-page", action="store_true", help="time the builds without graph.html")
    args = ap.parse_args()
    page = ["--no-page"] if args.no_page else []
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out, one = Path(tmp) / "corpus.jsonl", Path(tmp) / "out", Path(tmp) / "late.txt"
        make_corpus(args.articles, corpus)
        one.write_text(ONE)
        first = kg_build(str(corpus), "--out", str(out), "--jobs", str(args.jobs), *page)
        add = kg_build(str(one), "--out", str(out), *page)
        again = kg_build(str(one), "--out", str(out), *page)  # unchanged: from the cache
        print(json.dumps({"articles": args.articles, "page": not args.no_page, "first_build_s": first,
                          "add_one_s": add, "add_same_again_s": again,
                          "ttl_mb": round((out / "graph.ttl").stat().st_size / 1e6, 1)}))


if __name__ == "__main__":
    main()
