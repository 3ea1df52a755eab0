"""Peak memory of the default `kg build` for 1,000 and 10,000 articles (goal: the 10k build within 1.5x
of the 1k build).

    python benchmarks/memory.py [--sizes 1000 10000] [-- extra kg build options]

Articles are generated from sentence templates written for this benchmark, with names drawn from
the bundled gazetteers. Each build runs in its own process with the defaults (every CPU, the store,
graph.ttl, graph.trig, graph.html) into a new folder; its peak RSS and its largest child's (a
parsing worker, or `sort`) are read from the OS.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    "{P1}, the foreign minister of {C1}, called {P2} of {C2} on Monday.",
    "{C1} accused {C2} of violating the ceasefire near {X}.",
    "The government of {C2} criticised {C3} over the new tariffs.",
    "{C3} and {C1} held talks in {X} about the border dispute.",
    "{P2} said that {C2} holds {C3} responsible for the attack.",
    "{C1} will suspend trade with {C3} if the blockade continues.",
]


def make_corpus(n: int, path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    countries = sorted({p.name for p in lex.names.values() if p.type == "Country"})
    cities = sorted(c for c, (_, pop) in lex.cities.items() if pop > 1_000_000 and c.isascii())
    first = ["Anna", "Omar", "Li", "Maria", "Kofi", "Ivan", "Sara", "Jorge", "Aiko", "Tom"]
    last = ["Berg", "Haddad", "Chen", "Silva", "Mensah", "Petrov", "Cohen", "Ruiz", "Sato", "Hale"]
    rnd = random.Random(1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            slots = {"C1": rnd.choice(countries), "C2": rnd.choice(countries), "C3": rnd.choice(countries),
                     "P1": f"{rnd.choice(first)} {rnd.choice(last)}", "P2": f"{rnd.choice(first)} {rnd.choice(last)}",
                     "X": rnd.choice(cities)}
            body = " ".join(rnd.choice(TEMPLATES).format(**slots) for _ in range(6))
            f.write(json.dumps({"id": f"m{i}", "text": f"Report {i}\n\n{body}"}) + "\n")


RUN = """import resource, runpy, sys, time
sys.argv = ["kg", *sys.argv[1:]]
t = time.perf_counter()
try:
    runpy.run_module("kg", run_name="__main__")
except SystemExit as exc:
    if exc.code:
        raise
own, kids = (resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print("RUSAGE", round(time.perf_counter() - t, 1), own, kids, file=sys.stderr)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("extra", nargs="*", help="more kg build options (after --)")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"c{n}.jsonl"
            make_corpus(n, corpus)
            proc = subprocess.run([sys.executable, "-c", RUN, "build", str(corpus), "--out", f"{tmp}/out{n}", "-q",
                                   *args.extra], cwd=ROOT, capture_output=True, text=True, check=True)
            secs, own_kb, kids_kb = proc.stderr.rsplit("RUSAGE ", 1)[1].split()
            quads = int(proc.stdout.split("quads: ", 1)[1].split()[0])
            results.append({"articles": n, "quads": quads, "seconds": float(secs), "peak_rss_mb": round(int(own_kb) / 1024),
                            "largest_child_mb": round(int(kids_kb) / 1024)})
            print(json.dumps(results[-1]), flush=True)
    if len(results) >= 2:
        first, last = results[0], results[-1]
        print(json.dumps({"ratio_last_to_first": round(last["peak_rss_mb"] / first["peak_rss_mb"], 2),
                          "ratio_of_largest_children": round(last["largest_child_mb"] / first["largest_child_mb"], 2)}))


if __name__ == "__main__":
    main()
