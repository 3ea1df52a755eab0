"""Where sharing articles out to worker processes starts to pay: the local engine's SMALL_INPUT.

    python benchmarks/crossover.py [--repeat 3] [--sizes 1 2 3 4 6 8 12 16 24]

For each input size (the first N of the seed and dev articles, read from ../shared, made distinct),
times extraction in this process and in forked workers (the pipeline loaded beforehand, as a build
loads it either way), best of --repeat, and prints JSON lines with the characters of text per size.
Also times nlp.pipe batch sizes (over the whole set, and over worker-sized tasks) and the most articles per worker task (CHUNK_MAX) on the whole set.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def articles(shared: Path, copies: int = 1) -> list:
    from kg.read import make_article

    files = sorted((shared / "seed").glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    return [make_article(f"{f.stem}-{i}", f"Edition {i}\n\n{t}", str(f)) for i in range(copies)
            for f, t in zip(files, texts)]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return round(min(times), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 3, 4, 6, 8, 12, 16, 24])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    from kg.nlp import load_pipeline

    nlp = load_pipeline()
    with tempfile.TemporaryDirectory(prefix="kg-crossover-") as spill:  # where huge articles' lines would go
        run(args, nlp, spill)


def run(args: argparse.Namespace, nlp: object, spill: str) -> None:
    from kg.engines import local
    from kg.extract import extract_articles

    arts = articles(args.shared, copies=2)
    list(local.extract(arts[:2], jobs=1))  # warm up
    for n in args.sizes:
        todo = arts[:n]
        one = best(lambda: list(local._here(todo)), args.repeat)
        many = best(lambda: list(local._shared(iter(todo), args.jobs, spill)), args.repeat)
        print(json.dumps({"articles": n, "chars": sum(len(a.text) for a in todo), "one_process_s": one,
                          f"{args.jobs}_processes_s": many}), flush=True)
    for size in (16, 32, 64, 128, 256):
        s = best(lambda: list(extract_articles(arts, nlp, batch_size=size)), args.repeat)
        print(json.dumps({"nlp_pipe_batch_size": size, "articles": len(arts), "seconds": s}), flush=True)
    tasks = [arts[i:i + local.CHUNK_MAX] for i in range(0, len(arts), local.CHUNK_MAX)]
    for size in (64, 256):  # a worker's tasks: with 64, a task's last few paragraphs make a small batch
        s = best(lambda: [list(extract_articles(t, nlp, batch_size=size)) for t in tasks], args.repeat)
        print(json.dumps({"tasks_of": local.CHUNK_MAX, "nlp_pipe_batch_size": size, "seconds": s}), flush=True)
    for chunk in (2, 4, 8, 12):
        local.CHUNK_MAX = chunk
        s = best(lambda: list(local._shared(iter(arts), args.jobs, spill)), args.repeat)
        print(json.dumps({"chunk_max": chunk, "articles": len(arts), "seconds": s}), flush=True)


if __name__ == "__main__":
    main()
