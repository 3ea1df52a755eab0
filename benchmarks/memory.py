"""Peak memory of the default `kg build` for 1,000 and 10,000 articles (goal: the 10k build within 1.5x
of the 1k build).

    python benchmarks/memory.py [--sizes 1000 10000] [-- extra kg build options]

Articles are generated from sentence templates written for this benchmark, with names drawn from
the bundled gazetteers. Each build runs in its own process with the defaults (every CPU, the store,
graph.ttl, graph.trig, graph.html) into a new folder. Its memory is the proportional set size (PSS:
pages shared by forked workers counted once) of the build and every process under it, sampled 5
times a second from /proc; the peak of the sum is reported, with the build's own peak RSS.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
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


def _tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _hwm_kb(pid: int) -> int:
    try:
        return int(next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines()
                        if x.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration, ValueError):
        return 0


def measure(args: list[str]) -> tuple[float, int, int, str]:
    """Run `kg build ARGS`: seconds, peak PSS of its process tree (kB), its own peak RSS (kB), stdout."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    peak = own = 0
    while proc.poll() is None:
        peak = max(peak, sum(_pss_kb(p) for p in _tree(proc.pid)))
        own = max(own, _hwm_kb(proc.pid))
        time.sleep(0.2)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode:
        raise SystemExit(f"kg build failed ({proc.returncode})")
    return time.perf_counter() - t, peak, own, out


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
            secs, peak, own, out = measure([str(corpus), "--out", f"{tmp}/out{n}", "-q", *args.extra])
            quads = int(out.split("quads: ", 1)[1].split()[0])
            results.append({"articles": n, "quads": quads, "seconds": round(secs, 1), "peak_pss_mb": round(peak / 1024),
                            "build_process_peak_rss_mb": round(own / 1024)})
            print(json.dumps(results[-1]), flush=True)
    if len(results) >= 2:
        first, last = results[0], results[-1]
        print(json.dumps({"ratio_last_to_first": round(last["peak_pss_mb"] / first["peak_pss_mb"], 2),
                          "ratio_of_build_process_peaks": round(last["build_process_peak_rss_mb"]
                                                                / first["build_process_peak_rss_mb"], 2)}))


if __name__ == "__main__":
    main()
