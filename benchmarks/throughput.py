"""The default `kg build` against raw spaCy, as whole processes on the same articles, in one run.

    python benchmarks/throughput.py [--copies 7] [--repeat 3]

The corpus is the seed and dev articles (read from ../shared, never copied into the project), each
repeated --copies times under a new headline, so every article is a distinct text: 105 articles,
about 37,000 words by default. Each measurement is a fresh process, timed from start to exit:

- raw spaCy: load the model and run `nlp.pipe` over the texts, with 1 process (batches of 64) and with
  2 (batches of 64 and of 16: `n_process` deals whole batches to the processes, so with 105 texts a
  batch of 64 leaves one process parsing alone for the last 2 s, and 16 shares them evenly);
- `kg build` with its defaults (every CPU, the store, every file and the page) into a new folder;
- `kg build --jobs 1`.

Prints JSON: the best and the spread of --repeat runs of each, words/s, and the ratio of the
default build to raw spaCy's best (goal >= 0.85), with the machine's load average before and after.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = """import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
for _ in nlp.pipe(texts, batch_size=int(sys.argv[4]), n_process=int(sys.argv[3])):
    pass
"""

# raw spaCy's runs: (processes, batch size)
RAW_RUNS = {"raw_spacy_1_process": (1, 64), "raw_spacy_2_processes": (2, 64), "raw_spacy_2_processes_batch_16": (2, 16)}


def corpus(shared: Path, copies: int, path: Path) -> tuple[int, int]:
    files = sorted((shared / "seed").glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    records = [{"id": f"{f.stem}-{i}", "text": f"Edition {i}\n\n{t}"} for i in range(copies) for f, t in zip(files, texts)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return len(records), sum(len(r["text"].split()) for r in records)


def timed(cmd: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def summary(times: list[float], words: int) -> dict:
    best = min(times)
    return {"best_s": round(best, 2), "runs_s": [round(t, 2) for t in times], "words_per_s": round(words / best)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--copies", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.config import MODEL_NAME
    from kg.engines.local import available_cpus

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "corpus.jsonl"
        articles, words = corpus(args.shared, args.copies, data)
        runs: dict[str, list[float]] = {**{key: [] for key in RAW_RUNS}, "kg_build_default": [], "kg_build_jobs_1": []}
        for r in range(args.repeat):  # interleaved, so a busy spell of the machine hits every kind alike
            for key, (n, batch) in RAW_RUNS.items():
                runs[key].append(timed([sys.executable, "-c", RAW, str(data), MODEL_NAME, str(n), str(batch)], ROOT))
            for key, extra in (("kg_build_default", []), ("kg_build_jobs_1", ["--jobs", "1"])):
                out = Path(tmp) / f"out-{key}-{r}"
                runs[key].append(timed([sys.executable, "-m", "kg", "build", str(data), "--out", str(out), "-q", *extra],
                                       ROOT))
    result = {"articles": articles, "words": words, "cpus": available_cpus(), "load_average_before": load_before,
              "load_average_after": os.getloadavg(), **{k: summary(v, words) for k, v in runs.items()}}
    raw_best = min(min(runs[key]) for key in RAW_RUNS)
    result["ratio_default_to_raw_best"] = round(raw_best / min(runs["kg_build_default"]), 3)
    result["ratio_jobs_1_to_raw_best"] = round(raw_best / min(runs["kg_build_jobs_1"]), 3)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
