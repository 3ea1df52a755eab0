"""Time and peak memory of `kg build` (defaults) on one huge text, at several sizes: with parse units
they should grow linearly (about the same CPU seconds per million characters at every size).

    python benchmarks/huge_text.py [--sizes 1000000 4900000]

The text is the memory benchmark's tiny articles (sentence templates, names drawn from the bundled
gazetteers), one paragraph each. Each build runs in its own process; peak RSS is read from the OS
(the build and its children).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from memory import make_corpus  # noqa: E402  (the articles of the memory benchmark)


def make_text(chars: int, folder: Path) -> str:
    """One text of `chars` characters: the memory benchmark's articles, one paragraph each."""
    corpus = folder / "paragraphs.jsonl"
    make_corpus(chars // 400 + 1, corpus)
    bodies = [json.loads(line)["text"].split("\n\n", 1)[1] for line in corpus.read_text().splitlines()]
    return ("A very long report\n\n" + "\n\n".join(bodies))[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 4_900_000])
    ap.add_argument("--flags", nargs="*", default=[], help="extra `kg build` flags (default: none)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            f = Path(tmp) / f"huge{n}.txt"
            f.write_text(make_text(n, Path(tmp)), encoding="utf-8")
            cmd = [sys.executable, "-m", "kg", "build", str(f), "--out", f"{tmp}/out{n}", "-q", *args.flags]
            out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], cwd=ROOT, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(out.stderr)
            secs, cpu, peak_kb = out.stdout.split("\n")[-3:]
            quads = next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("quads:"))
            print(json.dumps({"characters": n, "quads": int(quads), "seconds": round(float(secs), 1),
                              "cpu_seconds": round(float(cpu), 1),
                              "cpu_seconds_per_million": round(float(cpu) / n * 1e6, 1),
                              "peak_rss_mb": round(int(peak_kb) / 1024)}), flush=True)


# runs a command and prints its output, then its wall-clock seconds, its CPU seconds (it and its
# children: the number to compare on a busy machine) and the peak RSS (kB) of it and its children
_MEASURE = """import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if p.returncode:
    sys.exit(p.stderr)
print(p.stdout.rstrip())
print(time.perf_counter() - t)
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(use.ru_utime + use.ru_stime)
print(use.ru_maxrss, end="")"""


if __name__ == "__main__":
    main()
