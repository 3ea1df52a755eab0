"""Peak memory of `kg build` with the defaults a user gets (the store and the page), and what of it
grows with the corpus: the same corpus is then built again from the cache (no parsing) with the
store and the page, without the page, without the store, and without either.

    python benchmarks/memory_defaults.py [--sizes 1000 10000]

The corpus is benchmarks/memory.py's (tiny articles from sentence templates). Each build runs in its
own process; peak RSS (the build and its child processes, each on its own) is read from the OS.
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
from memory import make_corpus  # noqa: E402

VARIANTS = {"defaults, first build": [], "defaults, from the cache": ["--fresh"],
            "no page": ["--fresh", "--no-page"], "no store": ["--no-store"], "no page, no store": ["--no-store", "--no-page"]}
# the build's own peak, and its children's (sort, awk: each on its own), in kB
_MEASURE = """import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if p.returncode:
    sys.exit(p.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"c{n}.jsonl"
            make_corpus(n, corpus)
            out = Path(tmp) / f"out{n}"
            for name, flags in VARIANTS.items():
                t = time.perf_counter()
                cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "-q", *flags]
                proc = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], cwd=ROOT, capture_output=True,
                                      text=True, check=True)
                print(json.dumps({"articles": n, "build": name, "seconds": round(time.perf_counter() - t, 1),
                                  "peak_rss_mb": round(int(proc.stdout.split()[-1]) / 1024)}), flush=True)


if __name__ == "__main__":
    main()
