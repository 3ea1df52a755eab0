"""Regenerate actors.tsv from PETRARCH's Phoenix actor dictionaries (run by hand; the TSV is committed).

    python ontology/lexicons/make_actors.py [--petrarch DIR]

Reads Phoenix.International.actors.txt (intergovernmental organisations, NGOs, companies, media) and
Phoenix.MilNonState.actors.txt (armed non-state groups): an entry is a name line `NAME_ [CODE]`, its
`+ALIAS` lines and tab-indented `[CODE date-range]` lines. People are left out: an entry is kept
only if its name (or an alias without an office word) holds an organisation word or is an acronym,
its head is not an office ("UN SPECIAL ENVOY"), and it has no [ELI] code and no "rulers" comment.
actors_stop.tsv holds the hand decisions: `drop` an entry, `drop-alias`, `keep` an entry the rule
misses, `party` (keep, typed Organization). Aliases that are short, two-letter acronyms or shared by
two entries are dropped, and so are entries and aliases that organizations.tsv already names (that
file wins). Prints the row count per type.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lexfiles import HERE, petrarch_args, read_tsv, write_tsv
from make_roles import head_of

OUT = HERE / "actors.tsv"
SOURCES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

# Words that make a name an organisation's, not a person's.
ORG_WORDS = {
    "organization", "organisation", "agency", "association", "fund", "bank", "council", "committee",
    "commission", "union", "league", "federation", "front", "army", "brigade", "brigades", "movement",
    "party", "group", "groups", "institute", "institution", "court", "program", "programme", "foundation",
    "society", "network", "alliance", "coalition", "corporation", "corp", "company", "co", "inc",
    "incorporated", "ltd", "limited", "plc", "llc", "holdings", "bancorp", "service", "services", "office",
    "bureau", "center", "centre", "forces", "force", "mission", "tribunal", "secretariat", "assembly",
    "parliament", "board", "authority", "academy", "university", "college", "school", "church",
    "federation", "confederation", "congress", "conference", "forum", "project", "initiative", "trust",
    "cooperative", "club", "campaign", "order", "fellowship", "ministries", "partners", "industries",
    "enterprises", "airlines", "airways", "systems", "technologies", "communications", "energy",
    "resources", "international", "worldwide", "watch", "cross", "crescent", "legion", "militia",
    "battalion", "battalions", "faction", "cells", "cell", "nuclei", "squad", "squads", "guard", "guards",
    "jihad", "jamaat", "jemaah", "harakat", "hizb", "jaish", "jaysh", "lashkar", "tehrik", "ansar",
    "fatah", "times", "post", "journal", "press", "news", "herald", "tribune", "gazette", "telegraph",
    "broadcasting", "broadcaster", "television", "radio", "daily", "observatory", "panel",
    "department", "nations", "community", "commonwealth", "partnership", "treaty", "states", "aid",
    "relief", "action", "development", "rights", "frontieres", "asociacion", "associazione", "associacao",
    "internacional", "internationale", "centro", "instituto", "fundacion", "fondation", "stiftung", "for",
}
# Two-letter aliases safe enough to keep (matched case-sensitively).
TWO_LETTER_OK: set[str] = set()
# Single words whose natural spelling is not all capitals.
NATURAL_CASE = {"HAMAS": "Hamas", "FATAH": "Fatah", "OXFAM": "Oxfam", "HAARETZ": "Haaretz",
                "XINHUA": "Xinhua", "BUZZFEED": "BuzzFeed", "MCCLATCHY": "McClatchy", "UNITA": "UNITA",
                "UNESCAP": "UNESCAP", "MONUC": "MONUC", "NVIDIA": "Nvidia", "VMWARE": "VMware"}
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to", "by", "with", "de", "du", "des", "la", "le",
               "el", "al", "y", "et", "di", "da", "do", "dos", "das", "del", "wa", "fi", "li", "ul"}
CODE = re.compile(r"\[([^\]]*)\]")
TRAILING_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)$")


@dataclass
class Entry:
    name: str
    source: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    comment: str = ""
    party: bool = False


def clean(raw: str) -> str:
    """`INTERNATIONAL_ATOMIC_ENERGY_AGENCY_` -> `INTERNATIONAL ATOMIC ENERGY AGENCY`."""
    return " ".join(raw.replace("_", " ").split()).strip(" ,")


def read_entries(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        body, _, comment = line.partition("#")
        codes = [c.split()[0] for c in CODE.findall(body) if c.split()]
        text = CODE.sub("", body)
        if line[0] in " \t":
            if entries:
                entries[-1].codes += codes
                entries[-1].comment += comment
            continue
        if line.startswith("+"):
            if entries:
                entries[-1].aliases += [clean(a) for a in text.split("+") if clean(a)]
                entries[-1].codes += codes
            continue
        if not clean(text):
            continue
        entries.append(Entry(clean(text), path.name, codes=codes, comment=comment))
    return entries


def natural_case(name: str, acronyms: set[str], wordlike: bool = False) -> str:
    """Title case with small words lower and acronyms upper: `UN DEPARTMENT OF PEACEKEEPING OPERATIONS`
    -> `UN Department of Peacekeeping Operations`. `wordlike`: a single token with two vowels is a name
    (companies, armed groups: TOYOTA -> Toyota), not an acronym."""
    words = name.split()
    if len(words) == 1 and words[0] in NATURAL_CASE:
        return NATURAL_CASE[words[0]]
    if len(words) == 1 and is_acronym(words[0]):
        vowels = len(re.findall(r"[AEIOUY]", words[0]))
        return words[0].capitalize() if wordlike and len(words[0]) >= 4 and vowels >= 2 else words[0]
    out = []
    for i, word in enumerate(words):
        parts = re.split(r"([\-/])", word)
        out.append("".join(case_part(p, acronyms, first=(i == 0 and j == 0)) for j, p in enumerate(parts)))
    return " ".join(out)


def case_part(part: str, acronyms: set[str], first: bool) -> str:
    bare = part.strip("()'")
    if not bare or part in "-/" or bare in acronyms or "." in bare:
        return part
    if not re.search(r"[AEIOUY]", bare) and bare.isalpha():
        return part  # no vowel: an acronym (PFLP, FMLN)
    if not first and part.lower() in SMALL_WORDS:
        return part.lower()
    lead = len(part) - len(part.lstrip("("))
    return part[:lead + 1] + part[lead + 1:].lower()


def is_acronym(word: str, longest: int = 6) -> bool:
    """A single all-capital token of 2 to `longest` letters (dots allowed): IAEA, ICJ, U.N., UNICEF."""
    letters = word.replace(".", "").replace("&", "")
    return word.isupper() and letters.isalpha() and 2 <= len(letters) <= longest and " " not in word


def singular_head(name: str) -> str:
    """The head word of a name: the last word before its first preposition."""
    words = name.lower().split()
    for i, w in enumerate(words[1:], 1):
        if w in {"of", "for", "to", "in", "on", "at", "from", "with"}:
            return words[i - 1]
    return words[-1]


def fold(name: str) -> str:
    """A key for comparing names across files: lower case, no article, no punctuation."""
    return re.sub(r"[^a-z0-9 ]", "", name.lower().removeprefix("the ").replace("-", " ")).strip()


def split_acronym(name: str) -> str:
    """`KU KLUX KLAN (KKK)` -> `KU KLUX KLAN` (the acronym becomes an alias); `(GREECE)` stays."""
    m = TRAILING_ACRONYM.search(name)
    if m and len(re.findall(r"[AEIOUY]", m.group(1))) <= 2:
        return name[: m.start()]
    return name


def strip_the(name: str) -> str:
    """`THE UNITED NATIONS` -> `UNITED NATIONS`; `THE GUARDIAN` keeps its article (one word is too generic)."""
    rest = name.removeprefix("THE ")
    return rest if " " in rest else name


def words_of(name: str) -> set[str]:
    return {w.lower().strip("(),.'") for w in re.split(r"[ \-/]", name.removeprefix("THE "))}


def is_organisation(entry: Entry, role_words: set[str]) -> bool:
    """Its name holds an organisation word or is an acronym; or it names no office (a role word makes a
    person: "UN SECRETARY GENERAL") and an alias without a role word does."""
    name = entry.name.removeprefix("THE ")
    if singular_head(name) in role_words:
        return False  # "UN SPECIAL ENVOY FOR BURMA" names a post
    if words_of(name) & ORG_WORDS or is_acronym(name, 8):
        return True
    if words_of(name) & role_words:
        return False
    return any((words_of(a) & ORG_WORDS or is_acronym(a.removeprefix("THE "), 8)) and not words_of(a) & role_words
               for a in entry.aliases)


def is_person(entry: Entry) -> bool:
    return "ELI" in {c[:3] for c in entry.codes} or "rulers" in entry.comment.lower()


def type_of(entry: Entry) -> str:
    code = entry.codes[0]
    if entry.party:
        return "Organization"
    if entry.source.startswith("Phoenix.MilNonState") or re.search(r"REB|INS|IMG|UAF", code[:6]):
        return "ArmedForces"
    return "IntergovernmentalOrganization" if code.startswith("IGO") else "Organization"


def main() -> None:
    args, paths = petrarch_args(__doc__, SOURCES, "--dropped", "print the entries the person test drops, write nothing")
    entries = [e for path in paths for e in read_entries(path)]
    stops = read_tsv(HERE / "actors_stop.tsv")
    drop = {r["name"] for r in stops if r["action"] == "drop"}
    drop_alias = {r["name"] for r in stops if r["action"] == "drop-alias"}
    party = {r["name"] for r in stops if r["action"] == "party"}
    keep = {r["name"] for r in stops if r["action"] == "keep"} | party
    iso3 = {r["iso3"] for r in read_tsv(HERE / "countries.tsv")}
    known = {fold(n) for r in read_tsv(HERE / "organizations.tsv") for n in [r["name"], *r["aliases"].split("|")] if n}

    role_words = {head_of(r["phrase"]) for r in read_tsv(HERE / "roles.tsv")} | {"secretary-general", "sheikh", "lord",
                                                                              "rapporteur"}
    unknown = {r["action"] for r in stops} - {"drop", "drop-alias", "keep", "party"}
    if unknown:
        sys.exit(f"error: actors_stop.tsv has unknown actions {sorted(unknown)} (drop, drop-alias, keep, party)")
    unused = (drop | keep) - {e.name for e in entries} | drop_alias - {a for e in entries for a in e.aliases}
    if unused:
        sys.exit(f"error: actors_stop.tsv rows match no Phoenix entry or alias: {sorted(unused)}")
    kept, dropped = [], []
    for e in entries:
        e.codes = [c for c in e.codes if c and c != "---"]
        if e.name in keep or (e.codes and not is_person(e) and is_organisation(e, role_words) and e.name not in drop):
            kept.append(e)
        else:
            dropped.append(e)
    if args.dropped:
        for e in dropped:
            print(e.name, "|", " + ".join(e.aliases), "|", " ".join(e.codes), "|", e.comment.strip()[:40])
        return
    # Merge entries that share a name; an alias claimed by two different entries is ambiguous.
    merged: dict[str, Entry] = {}
    for e in kept:
        retyped = e.name in party
        found = [m.group(1) for n in [e.name, *e.aliases]
                 if (m := TRAILING_ACRONYM.search(n)) and split_acronym(n) != n]
        e.name, e.aliases = split_acronym(e.name), [split_acronym(a) for a in e.aliases] + found
        key = strip_the(e.name)
        if key in merged:
            merged[key].aliases += e.aliases
            merged[key].codes += e.codes
        else:
            merged[key] = Entry(key, e.source, list(e.aliases), list(e.codes), e.comment, retyped)
    owners: dict[str, set[str]] = {}
    for key, e in merged.items():
        for a in {strip_the(a) for a in e.aliases} | {key}:
            owners.setdefault(a, set()).add(key)
    acronyms = {n for n in owners if is_acronym(n) and (len(n) <= 5 or len(re.findall(r"[AEIOUY]", n)) <= 1)}
    acronyms |= {n for r in read_tsv(HERE / "organizations.tsv") for n in [r["name"], *r["aliases"].split("|")]
                 if is_acronym(n)}
    acronyms |= {w.strip("()") for n in owners for w in n.split() if w.startswith("(") and w.endswith(")")
                 and is_acronym(w.strip("()")) and len(re.findall(r"[AEIOUY]", w)) <= 2}
    rows = {}
    for key, e in merged.items():
        names = {key} | {strip_the(a) for a in e.aliases}
        if fold(key) in known:
            continue  # organizations.tsv names it: that file wins (an alias it names is dropped below)
        aliases = []
        wordlike = type_of(e) == "ArmedForces" or e.codes[0].startswith("MNC")
        for a in sorted(names - {key}):
            if a in drop_alias or f"THE {a}" in drop_alias or len(owners[a]) > 1 or fold(a) in known:
                continue  # a hand decision, ambiguous, or organizations.tsv's
            letters = re.findall(r"[A-Z]", a)
            if len(letters) < 2 or (is_acronym(a) and len(letters) < 3 and a not in TWO_LETTER_OK):
                continue
            aliases.append(natural_case(a, acronyms, wordlike))
        name = natural_case(key, acronyms, wordlike)
        code = e.codes[0]
        state = code[:3] if code[:3] in iso3 else ""
        if name in rows:
            sys.exit(f"error: two Phoenix entries both read {name!r}; drop one in actors_stop.tsv")
        rows[name] = [name, "|".join(dict.fromkeys(a for a in aliases if a != name)), type_of(e), state, code]
    write_tsv(OUT, "generated by make_actors.py from PETRARCH Phoenix.International.actors.txt and "
              "Phoenix.MilNonState.actors.txt (MIT, LICENSE-petrarch.txt) with actors_stop.tsv; do not edit by hand",
              ["name", "aliases", "type", "state", "code"], (rows[name] for name in sorted(rows)))
    counts = Counter(r[2] for r in rows.values())
    for t in sorted(counts):
        print(f"{t}\t{counts[t]}")
    print(f"total\t{len(rows)}\t(dropped {len(dropped)} entries as people or unnamed)")


if __name__ == "__main__":
    main()
