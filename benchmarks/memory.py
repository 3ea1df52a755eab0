"""Peak memory of `kg build` for 1,000 and 10,000 articles (goal: the 10k run within 1.5x of the 1k run).

    python benchmarks/memory.py [--sizes 1000 10000]

Articles are generated from sentence templates written for this benchmark, with names drawn from
the bundled gazetteers. Each build runs in its own process; its peak RSS is read from the OS.
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"c{n}.jsonl"
            make_corpus(n, corpus)
            script = ("import resource, sys, time; from pathlib import Path; from kg.pipeline import build; "
                      f"t=time.perf_counter(); r=build([Path('{corpus}')], Path('{tmp}/out{n}'), page=False, "
                      "store=None, cache=False, quiet=True); "
                      "print(r.articles, r.triples, round(time.perf_counter()-t,1), "
                      "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
            proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
            arts, quads, secs, rss_kb = proc.stdout.split()
            results.append({"articles": int(arts), "quads": int(quads), "seconds": float(secs),
                            "peak_rss_mb": round(int(rss_kb) / 1024)})
            print(json.dumps(results[-1]), flush=True)
    if len(results) >= 2:
        print(json.dumps({"ratio_last_to_first": round(results[-1]["peak_rss_mb"] / results[0]["peak_rss_mb"], 2)}))


if __name__ == "__main__":
    main()
