"""Extraction quality on the shared dev set: build the seed and the dev articles in one run, then
score with the shared scorer (../shared/eval/score.py) and with `kg eval`, and print both.

    python benchmarks/dev_eval.py [--shared DIR] [--json]

--shared DIR is the team's shared folder, which this project does not ship: it must hold
seed/*.txt, eval/dev/*.txt, eval/gold/*.yaml and eval/score.py (default: ../shared beside the
checkout). The articles stay there; nothing is copied into the project. Without that folder, use
`kg eval` with the bundled example's gold file, or your own (see "Gold files" in the README).
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", metavar="DIR",
                    help="the shared folder with seed/, eval/dev/, eval/gold/ and eval/score.py (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()
    shared = args.shared.resolve()
    inputs = sorted((shared / "seed").glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    golds = sorted((shared / "eval" / "gold").glob("*.yaml"))
    if not inputs or not golds or not (shared / "eval" / "score.py").is_file():
        sys.exit(f"dev_eval: {shared} has no seed/*.txt, eval/dev/*.txt, eval/gold/*.yaml or eval/score.py; "
                 "point --shared at the shared folder")
    sys.path.insert(0, str(ROOT))
    from kg.evaluate import format_report, score
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        t0 = time.perf_counter()
        report = build(inputs, out, page=False, store=None)
        seconds = time.perf_counter() - t0
        shared_score = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(out / "graph.trig"), *map(str, golds),
             "--per-graph", "--json"], capture_output=True, text=True, check=True)
        ours = score(out / "graph.trig", golds)
    result = json.loads(shared_score.stdout)
    summary = {"articles": report.articles, "seconds": round(seconds, 2),
               "core": result["core"], "secondary": result["secondary"], "all": result["all"],
               "fragmented_entities": result["fragmented_entities"],
               "families": {f: v for f, v in result["families"].items() if v["n_gold"] or v["n_pred"]},
               "kg_eval_all": dict(zip(("p", "r", "f1"), ours["all"]))}
    if args.json:
        print(json.dumps(summary, indent=1, sort_keys=True))
        return
    print(format_report(ours, quiet=False))
    print(f"\n{report.articles} articles built in {seconds:.1f} s; shared scorer: core F1 "
          f"{result['core']['f1']:.3f}, all F1 {result['all']['f1']:.3f}, "
          f"fragmented {result['fragmented_entities']}")


if __name__ == "__main__":
    main()
