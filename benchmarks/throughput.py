"""Full-pipeline throughput against raw spaCy on the same texts with the same model, in one run.

    python benchmarks/throughput.py [--copies 30] [--jobs 1]

The corpus is the seed and dev articles from ../shared, each repeated under new ids (read from
there, never copied into the project). Prints JSON: articles/s and words/s for raw spaCy
`nlp.pipe` and for `kg build` (read, parse, extract, graph, files), and their ratio (goal >= 0.7).
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--copies", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    import spacy

    from kg.config import MODEL_NAME
    from kg.pipeline import build

    files = sorted((args.shared / "seed").glob("*.txt")) + sorted((args.shared / "eval" / "dev").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    records = [{"id": f"{f.stem}-{i}", "text": t} for i in range(args.copies) for f, t in zip(files, texts)]
    words = sum(len(r["text"].split()) for r in records)
    nlp = spacy.load(MODEL_NAME)
    t0 = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in records), batch_size=64, n_process=args.jobs):
        pass
    raw = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        t1 = time.perf_counter()
        report = build([corpus], Path(tmp) / "out", page=False, store=None, cache=False, jobs=args.jobs, quiet=True)
        ours = time.perf_counter() - t1
    print(json.dumps({
        "articles": len(records), "words": words, "jobs": args.jobs,
        "raw_spacy": {"seconds": round(raw, 2), "articles_per_s": round(len(records) / raw, 1),
                      "words_per_s": round(words / raw)},
        "kg_build": {"seconds": round(ours, 2), "articles_per_s": round(len(records) / ours, 1),
                     "words_per_s": round(words / ours), "quads": report.triples},
        "ratio": round(raw / ours, 3)}, indent=1))


if __name__ == "__main__":
    main()
