"""Cold starts: `kg build` of one article into a new folder, and `kg query` on a store, as whole
processes, interleaved between this checkout and others (say, main unpacked with `git archive`).

    python benchmarks/startup.py [--repeat 7] [--other /tmp/main-checkout ...]

Each run is a fresh Python process (`python -m kg ...` with the checkout first on the path). Prints
JSON: the best and the median of --repeat runs for each checkout, and the load average.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Invented people.
ONE = ("Late talks\n\nFriday, March 7, 2025\n\n"
       "Foreign Minister Tova Renkel telephoned her counterpart Ilse Marrow about the river dispute.\n")
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def run(code: Path, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(code)}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], cwd=code, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--other", type=Path, nargs="*", default=[], help="other checkouts to time the same way")
    args = ap.parse_args()
    codes = [ROOT, *args.other]
    times: dict[str, dict[str, list[float]]] = {str(c): {"build": [], "query": []} for c in codes}
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(ONE, encoding="utf-8")
        for c in codes:  # a store for kg query, built by each checkout
            run(c, "build", str(one), "--out", f"{tmp}/q{codes.index(c)}", "--quiet")
        for r in range(args.repeat):
            for i, c in enumerate(codes):
                times[str(c)]["build"].append(run(c, "build", str(one), "--out", f"{tmp}/b{i}-{r}", "--quiet"))
                times[str(c)]["query"].append(run(c, "query", QUERY, "--store", f"{tmp}/q{i}/store"))
    print(json.dumps({"load_average_before": load, "load_average_after": os.getloadavg(),
                      **{c: {k: {"best_s": round(min(v), 2), "median_s": round(statistics.median(v), 2)}
                             for k, v in kinds.items()} for c, kinds in times.items()}}, indent=1))


if __name__ == "__main__":
    main()
