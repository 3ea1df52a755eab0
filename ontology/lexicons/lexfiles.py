"""Shared by the make_*.py lexicon generators: the PETRARCH source folder, hand TSVs, atomic output."""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT_PETRARCH = HERE.parents[1] / ".." / "shared" / "lexicons" / "petrarch"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV in this folder, keyed by its header; `#` lines are comments."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def petrarch_args(doc: str, files: tuple[str, ...], flag: str, flag_help: str) -> tuple[argparse.Namespace, list[Path]]:
    """Parse `--petrarch DIR` and one debugging flag; exit with a one-line error if a source file is missing."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--petrarch", type=Path, default=DEFAULT_PETRARCH,
                        help=f"folder holding {', '.join(files)} (default: ../shared/lexicons/petrarch)")
    parser.add_argument(flag, action="store_true", help=flag_help)
    args = parser.parse_args()
    paths = [args.petrarch / name for name in files]
    for path in paths:
        if not path.is_file():
            sys.exit(f"error: {path} not found (pass --petrarch DIR)")
    return args, paths


def write_tsv(path: Path, comment: str, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write `# comment`, the header and the rows through a temporary file, so a failed run leaves the old file."""
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    tmp.replace(path)
