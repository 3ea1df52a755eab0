"""Extraction quality on the CoNLL04 train and dev sentences (../shared/eval/conll04/), split by split,
on the three families it is scored on: represents (Work_For), locatedIn (Located_In), attacked (Kill).

    python benchmarks/conll04_eval.py [--shared DIR]

It runs the shared folder's conll04_prepare.py into a temporary folder, builds the sentences with the
library (files only, no cache), and scores each split with the shared scorer. Nothing is copied into
the project. The test split is kept apart by the team and is not in the shared folder.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = "represents,locatedIn,attacked"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", metavar="DIR",
                    help="the shared folder with eval/conll04/ and eval/score.py (default: %(default)s)")
    args = ap.parse_args()
    ev = args.shared.resolve() / "eval"
    if not (ev / "conll04" / "conll04_train_dev.jsonl").is_file():
        sys.exit(f"conll04_eval: no eval/conll04/conll04_train_dev.jsonl under {args.shared}")
    sys.path.insert(0, str(ROOT))
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        prep = Path(tmp) / "c04"
        subprocess.run([sys.executable, str(ev / "conll04_prepare.py"), str(ev / "conll04" / "conll04_train_dev.jsonl"),
                        str(prep)], check=True, capture_output=True)
        build([prep / "input.jsonl"], prep / "out", page=False, store=None, cache=False, quiet=True)
        for split in ("train", "dev"):
            golds = sorted(str(p) for p in (prep / "gold").glob(f"conll04_{split}-*.yaml"))
            res = subprocess.run([sys.executable, str(ev / "score.py"), str(prep / "out" / "graph.trig"), *golds,
                                  "--per-graph", "--families", FAMILIES], capture_output=True, text=True, check=True)
            print(f"{split} ({len(golds)} sentences):")
            for line in res.stdout.splitlines():
                if line.split(" ", 1)[0] in ("family", *FAMILIES.split(",")):
                    print("  " + line)


if __name__ == "__main__":
    main()
