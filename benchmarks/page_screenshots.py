"""Screenshots of the page built from the shared seed and dev articles, at 1400x900 and 1024x700:
output/dev-1400x900.png and output/dev-1024x700.png.

    python benchmarks/page_screenshots.py [--shared ../shared] [--out output]

The articles stay in ../shared: they are read from there (with the date and URL that
eval/dev/SOURCES.md gives each one) into a temporary JSONL file, built into a temporary folder,
and only the PNGs are written to --out. Needs Debian's chromium.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1400, 900), (1024, 700))


def sources(table: Path) -> dict[str, tuple[str, str]]:
    """file name -> (date, url) from the SOURCES.md table."""
    out = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(\S+\.txt)\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|.*\|\s*(https?://\S+)\s*\|\s*$", line)
        if m:
            out[m.group(1)] = (m.group(2), m.group(3))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "output")
    args = ap.parse_args()
    shared = args.shared.resolve()
    texts = sorted((shared / "seed").glob("*.txt")) + sorted((shared / "eval" / "dev").glob("*.txt"))
    if not texts:
        sys.exit(f"page_screenshots: no articles under {shared}")
    known = sources(shared / "eval" / "dev" / "SOURCES.md") if (shared / "eval" / "dev" / "SOURCES.md").exists() else {}
    sys.path.insert(0, str(ROOT))
    from kg.pipeline import build
    from kg.show import screenshot

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "dev.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for path in texts:
                rec = {"id": path.stem, "text": path.read_text(encoding="utf-8")}
                if path.name in known:
                    rec["date"], rec["url"] = known[path.name]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out = Path(tmp) / "out"
        build([corpus], out, store=None, quiet=True)
        for width, height in SIZES:
            print(f"wrote {screenshot(out / 'graph.html', args.out / f'dev-{width}x{height}.png', width, height)}")


if __name__ == "__main__":
    main()
