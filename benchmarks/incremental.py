"""Adding one article to an output folder that already holds N (the store is the truth, and every
file and the page are written again from it).

    python benchmarks/incremental.py [--articles 10000] [--jobs 2]

Builds N generated articles (benchmarks/memory.py's templates) into one folder, then times `kg
build` of one more article into it (without the page; and again, unchanged, with and without the
page), each in a fresh process as a user runs it, and prints JSON.
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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus.jsonl", Path(tmp) / "out"
        make_corpus(args.articles, corpus)
        late = [Path(tmp) / f"late{i}.txt" for i in range(2)]
        for i, f in enumerate(late):
            f.write_text(ONE.replace("river dispute", f"river dispute ({i})"))
        result = {"articles": args.articles,
                  "first_build_s": kg_build(str(corpus), "--out", str(out), "--jobs", str(args.jobs), "--no-page")}
        kg_build(str(late[0]), "--out", str(out), "--no-page")  # the first build's store has no quads file yet
        result["add_one_no_page_s"] = kg_build(str(late[1]), "--out", str(out), "--no-page")
        result["add_same_again_no_page_s"] = kg_build(str(late[1]), "--out", str(out), "--no-page")
        result["add_same_again_with_page_s"] = kg_build(str(late[1]), "--out", str(out))
        sys.path.insert(0, str(ROOT))
        from kg.store import current_version, quads_file

        with quads_file(current_version(out / "store")).open("rb") as f:
            result["quads"] = sum(1 for _ in f)
        result["ttl_mb"] = round((out / "graph.ttl").stat().st_size / 1e6, 1)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
