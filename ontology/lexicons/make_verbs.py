"""Regenerate verbs.tsv from PETRARCH's CAMEO verb dictionary (run by hand; the TSV is committed).

    python ontology/lexicons/make_verbs.py [--petrarch DIR]

Reads the verb blocks of CAMEO.2.0.txt (`---  DENOUNCE   [111]  ---`, one verb a line, a verb's own
`[code]` overriding the block's), maps each code to a newskg family with cameo_families.tsv (longest
prefix wins; `-` is no family), adds the prepositions that the block's phrase patterns attach to a
verb (`- * AT  [190]  # FIRE`), adds the hand rows of verbs_extra.tsv, and drops every
(lemma, particle, family) listed in verbs_stop.tsv. Prints the row count per family.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lexfiles import HERE, petrarch_args, read_tsv, write_tsv

OUT = HERE / "verbs.tsv"

# Words after the verb in a `+VERB_WORD` form that are prepositions (the rest are particles).
PREPOSITIONS = {"about", "after", "against", "at", "by", "for", "from", "into", "of", "on", "onto",
                "to", "toward", "towards", "upon", "with"}
# Prepositions whose object is the target when a phrase pattern is only `* [PARTICLE] PREP [+]`;
# for, from, about, of, by and in introduce a reason, a source, a topic, an agent or a place.
TARGET_PREPOSITIONS = {"against", "at", "into", "on", "to", "toward", "towards", "upon", "with"}
PARTICLES = {"away", "back", "down", "off", "out", "over", "up"}

HEADER = re.compile(r"^---\s+(\S+?)\s+\[([^\]]*)\]")
VERB = re.compile(r"^(\+?)([A-Z][A-Z_'\-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
PATTERN = re.compile(r"^-\s*(.*?)\*(.*?)\[([^\]]*)\]\s*(?:#\s*(.*))?$")


def primary_code(raw: str) -> str:
    """The code of the event the verb's subject performs: `041:041` -> 041; `:110` (the target acts) -> ''."""
    return re.sub(r"\D", "", raw.split(":")[0])


def split_form(name: str) -> tuple[str, str, str]:
    """`DRESS_DOWN` -> (dress, down, ''); `MEET_WITH` -> (meet, '', with); `RE_ARREST` -> (re-arrest, '', '')."""
    words = [w for w in name.lstrip("+").lower().split("_") if w]
    if len(words) > 1 and words[0] == "re":
        words = ["re-" + words[1]] + words[2:]
    lemma, rest = words[0], words[1:]
    prep = rest.pop() if rest and rest[-1] in PREPOSITIONS else ""
    return lemma, " ".join(rest), prep


def verb_forms(name: str, irregular: str | None) -> set[str]:
    """The spellings of a verb a pattern comment may use (base, irregular and regular inflections)."""
    base = name.lstrip("+")
    forms = {base}
    forms.update(f.lstrip("+") for f in (irregular or "").strip("{}").split())
    head, sep, tail = base.partition("_")
    stems = {head + "S", head + "ED", head + "D", head + "ING", head[:-1] + "IED", head[:-1] + "ING"}
    forms.update(stem + sep + tail for stem in stems)
    return forms


def read_families(path: Path) -> dict[str, str]:
    return {row["code"]: row["family"] for row in read_tsv(path)}


def family_of(code: str, table: dict[str, str]) -> str:
    for n in range(len(code), 0, -1):
        if code[:n] in table:
            return table[code[:n]]
    return "-"


def read_blocks(path: Path) -> list[dict]:
    """Verb blocks: name, code, verbs [(name, irregular forms, own code)], patterns [(pre, post, code, comment)]."""
    blocks: list[dict] = []
    in_verbs = False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs or not line.strip() or line.startswith(("#", "~")):
            continue
        if m := HEADER.match(line):
            blocks.append({"name": m.group(1), "code": m.group(2), "verbs": [], "patterns": []})
        elif line.startswith("-"):
            if m := PATTERN.match(line.strip()):
                blocks[-1]["patterns"].append(m.groups())
        elif m := VERB.match(line.split(";")[0].split("#")[0].strip()):
            if not {"AND", "OR"} & set(m.group(2).split("_")):  # "+KILLED_AND_" is a phrase, not a verb
                blocks[-1]["verbs"].append((m.group(1) + m.group(2), m.group(3), m.group(4)))
    return blocks


def target_prep(pre: str, post: str) -> tuple[str, str] | None:
    """(particle, prep) when a pattern is just `* [PARTICLE] PREP [+]` with a target preposition."""
    if pre.strip() not in ("", "$"):
        return None
    words = [w.lower() for w in post.replace("(", " ").replace(")", " ").split() if w != "+"]
    if not words or words[-1] not in TARGET_PREPOSITIONS or any(w not in PARTICLES for w in words[:-1]):
        return None
    return " ".join(words[:-1]), words[-1]


def read_rows(blocks: list[dict], families: dict[str, str]) -> dict[tuple[str, str, str, str], set[tuple[str, str]]]:
    """(lemma, particle, prep, family) -> {(code, block)} for every verb and prepositional pattern."""
    rows: dict[tuple[str, str, str, str], set[tuple[str, str]]] = defaultdict(set)

    def add(lemma: str, particle: str, prep: str, code: str, block: str) -> None:
        family = family_of(code, families) if code else "-"
        if family != "-":
            rows[(lemma, particle, prep, family)].add((code, block))

    for block in blocks:
        block_code = primary_code(block["code"])
        for name, _irregular, own in block["verbs"]:
            code = primary_code(own) if own is not None else block_code
            add(*split_form(name), code, block["name"])
        for pre, post, raw, comment in block["patterns"]:
            found = target_prep(pre, post)
            if not found:
                continue
            named = {c.strip() for c in (comment or "").split(",") if c.strip()}
            verbs = [v for v in block["verbs"] if not named or named & verb_forms(v[0], v[1])]
            for name, _irregular, _own in verbs:
                lemma, particle, prep = split_form(name)
                if prep:
                    continue
                add(lemma, " ".join(p for p in (particle, found[0]) if p), found[1], primary_code(raw), block["name"])
    return rows


def main() -> None:
    args, (source,) = petrarch_args(__doc__, ("CAMEO.2.0.txt",), "--raw",
                                    "print every imported row before the stop list, write nothing")
    rows = read_rows(read_blocks(source), read_families(HERE / "cameo_families.tsv"))
    if args.raw:
        for key in sorted(rows, key=lambda k: (k[3], k)):
            print(*key, "|".join(sorted({c for c, _ in rows[key]})), "|".join(sorted({b for _, b in rows[key]})), sep="\t")
        return
    stops = {(r["lemma"], r["particle"], r["family"]) for r in read_tsv(HERE / "verbs_stop.tsv")}
    unused = stops - {(lemma, particle, family) for lemma, particle, _prep, family in rows}
    if unused:
        sys.exit(f"error: verbs_stop.tsv rows match no imported verb: {sorted(unused)}")
    out = {key: ("|".join(sorted({c for c, _ in v})), "|".join(sorted({b for _, b in v})))
           for key, v in rows.items() if (key[0], key[1], key[3]) not in stops}
    for r in read_tsv(HERE / "verbs_extra.tsv"):
        key = (r["lemma"], r["particle"], r["prep"], r["family"])
        if key in out:
            sys.exit(f"error: verbs_extra.tsv row {key} is already imported from CAMEO")
        out[key] = (r["code"], "verbs_extra")
    write_tsv(OUT, "generated by make_verbs.py from PETRARCH CAMEO.2.0.txt (MIT, LICENSE-petrarch.txt) with "
              "cameo_families.tsv, verbs_stop.tsv and verbs_extra.tsv; do not edit by hand",
              ["lemma", "particle", "prep", "code", "family", "block"],
              ([*key[:3], out[key][0], key[3], out[key][1]] for key in sorted(out)))
    counts = Counter(family for *_, family in out)
    for family in sorted(counts):
        print(f"{family}\t{counts[family]}")
    print(f"total\t{len(out)}\t(imported {len(rows)}, stopped {len(stops)} (lemma, particle, family) keys)")


if __name__ == "__main__":
    main()
