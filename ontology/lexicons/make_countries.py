"""Regenerate countries.tsv from the countryinfo package (run by hand; the TSV is committed).

    pip install countryinfo && python ontology/lexicons/make_countries.py

Only English-looking names are kept; hand corrections live in countries_extra.tsv.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import countryinfo

KEEP_CODES = {"US", "USA", "UK", "UAE", "DRC", "KSA", "PRC", "ROK", "DPRK"}
OUT = Path(__file__).with_name("countries.tsv")


def english(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z .'\-()]+", name)) and "," not in name


def main() -> None:
    rows = {}
    for info in countryinfo.all_countries():
        info = info if isinstance(info, dict) else info.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        name = info.get("name")
        if not iso3 or not name or iso3 in rows or not english(name):
            continue
        aliases = []
        for alt in info.get("altSpellings") or []:
            if alt == name or not english(alt):
                continue
            if alt.isupper() and len(alt) <= 4 and alt not in KEEP_CODES:
                continue
            aliases.append(alt)
        rows[iso3] = [iso3, name, "|".join(dict.fromkeys(aliases)), info.get("demonym") or "", info.get("capital") or ""]
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso3", "name", "aliases", "demonyms", "capital"])
        for iso3 in sorted(rows):
            w.writerow(rows[iso3])


if __name__ == "__main__":
    main()
