"""Regenerate roles.tsv from PETRARCH's Phoenix.agents.txt (run by hand; the TSV is committed).

    python ontology/lexicons/make_roles.py [--petrarch DIR]

Keeps the agent phrases whose head noun denotes a person (`AMBASSADOR [~GOV]`, `POLICE_CHIEF [~COP]`),
drops bodies and things (`CABINET`, `CARGO_SHIP`), says for each whether it is a spokesperson, an
office held for a body, or a role with no mandate (GUIDELINES `represents`), and merges the hand rows
of roles_extra.tsv. The person test is a suffix rule plus PERSON_HEADS, minus the heads and phrases
in roles_stop.tsv (its `match` column says which). Prints the row count per sector and kind.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lexfiles import HERE, petrarch_args, read_tsv, write_tsv

OUT = HERE / "roles.tsv"

# Suffixes of English person nouns (agent nouns, -ist, -ian, compounds in -man ...).
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ant", "ent", "ary", "ee", "eer",
                   "ier", "ive", "crat", "arch", "ess", "ster", "ic", "ar", "ate", "ite", "ot")
# Person heads the suffixes miss.
PERSON_HEADS = {"adm.", "capt.", "cmdr.", "col.", "gen.", "lt.", "jg", "maj.", "ens.", "sgt.", "ceo", "mp", "pm",
                "archbishop", "archpriest", "brigand", "criminal", "culprit", "cutpurse", "ensign", "entrepreneur",
                "enterpreneur", "exile", "felon", "generalissimo", "hasid", "hindu", "jew", "muslim", "moslem",
                "sunni", "intellectual", "landlord", "medico", "midwife", "nanny", "neurosurgeon", "nursemaid",
                "outlaw", "pickpocket", "sadhu", "sovereign", "turncoat", "vip", "mule", "offical", "offcial",
                "d'affaires", "admiral", "aide", "attache", "attorney", "ayatollah", "bandit", "baron", "bishop",
                "bodyguard", "boss", "boy", "cadet", "captain", "cardinal", "casualty", "chair", "chef",
                "chief", "child", "citizen", "clerk", "colonel", "commando", "conscript", "constable",
                "consul", "convict", "cook", "cop", "corporal", "counsel", "count", "crook", "deacon",
                "dean", "deputy", "diplomat", "duke", "emir", "envoy", "expert", "fan", "fellow", "gendarme",
                "general", "girl", "guard", "guerilla", "guerrilla", "head", "heir", "hooligan", "hostage",
                "husband", "imam", "judge", "justice", "king", "kingpin", "lady", "lama", "lord", "mafioso",
                "maid", "marine", "marshal", "mogul", "monk", "mullah", "nomad", "nun", "nurse", "official",
                "paedophile", "pedophile", "pilgrim", "plaintiff", "pope", "priest", "prince", "pupil",
                "queen", "rabbi", "rebel", "recruit", "scout", "sentry", "serf", "shah", "shaikh", "sheikh",
                "shepherd", "sheriff", "slave", "spy", "staff", "sultan", "surgeon", "suspect", "thief",
                "thug", "troop", "tycoon", "veteran", "victim", "vigilante", "warden", "warlord", "widow",
                "wife", "youth"}
# Roles that name no mandate: the holder acts for no body by holding them (GUIDELINES `represents`).
NONE_HEADS = {"activist", "agitator", "assailant", "athlete", "believer", "bandit", "boy", "campaigner",
              "candidate", "captive", "casualty", "child", "citizen", "civilian", "colonist", "combatant",
              "convict", "crook", "defector", "demonstrator", "deserter", "detainee", "dissenter",
              "dissident", "emigrant", "extremist", "fan", "father", "fugitive", "fundamentalist",
              "girl", "guerilla", "guerrilla", "gunman", "hostage", "hooligan", "husband", "immigrant",
              "inhabitant", "inmate", "insurgent", "islamist", "jihadist", "lady", "man", "migrant",
              "militant", "mother", "native", "nomad", "passenger", "peasant", "person", "pilgrim",
              "politician", "prisoner", "protester", "protestor", "pupil", "radical", "rebel", "refugee",
              "resident", "separatist", "settler", "slave", "student", "supporter", "survivor", "suspect",
              "terrorist", "thief", "thug", "tourist", "townsman", "traveller", "traveler", "tribesman",
              "veteran", "victim", "vigilante", "villager", "voter", "widow", "wife", "witness",
              "woman", "worshiper", "worshipper", "youth", "gentleman", "elder", "hitman", "sniper",
              "warlord", "kingpin", "godfather", "mafioso", "paedophile", "pedophile", "pirate",
              "mercenary", "plaintiff", "defendant", "heir", "nominee", "farmer", "fisherman", "rancher",
              "shepherd", "herder", "serf", "maid", "shopkeeper", "merchant", "vendor",
              "investor", "entrepreneur", "consumer", "customer", "patient", "expert", "critic", "actor", "christian", "buddhist", "hindu", "muslim",
              "moslem", "catholic", "protestant", "anglican", "maronite", "unitarian", "jew", "sikh",
              "reformer", "reformist", "hardliner", "grader", "schooler", "kindergartner", "collegian",
              "educatee", "infant", "hugger", "conservationist", "environmentalist", "brigand",
              "criminal", "culprit", "cutpurse", "exile", "felon", "hasid", "intellectual", "landlord", "mule",
              "outlaw", "pickpocket", "turncoat", "vip", "sunni", "nanny", "warrior", "mendicant",
              "loyalist", "sympathizer", "sympathiser", "partisan", "follower", "adherent", "militiaman"}
# Heads that name an office even in those sectors ("rebel commander", "opposition leader" acts for a group).
OFFICE_HEADS = {"leader", "commander", "chief", "head", "official", "officer", "representative", "delegate",
                "envoy", "emissary", "negotiator", "president", "chairman", "chairwoman", "secretary",
                "director", "coordinator", "founder", "member", "organizer", "organiser", "senator", "mp",
                "editor", "journalist", "publisher", "reporter", "columnist", "correspondent", "engineer",
                "scientist", "nurse", "doctor", "lawyer", "teacher", "professor"}
# Sectors of people who hold no office for a body (criminals, civilians, refugees, opposition, rebels ...).
NONE_SECTORS = ("CRM", "CVL", "REF", "OPP", "REB", "UAF", "AGR", "RAD")
# GUIDELINES: "Party membership alone is not required".
NONE_PHRASES = {"party member"}
SPOKESPERSON = {"spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer",
                "press attache", "press attaché", "mouthpiece"}
NOT_IN_OFFICE = ("former ", "ex-", "ex ", "retired ", "late ", "deposed ", "ousted ", "exiled ",
                 "would-be ", "alleged ", "suspected ")
PREPOSITIONS = {"of", "for", "to", "at", "in", "on", "from", "with", "without", "de", "du", "des", "la", "el",
                "al"}
POSTMODIFIERS = {"emeritus", "extraordinary", "designate", "elect"}  # "professor emeritus": the head comes first
SUBSTITUTIONS = {"!PERSON!": ("man", "woman", "person"), "!MINIST!": ("minister", "ministry")}
ENTRY = re.compile(r"^([^\[{#]+?)\s*(?:\{[^}]*\})?\s*\[([^\]}]*)[\]}]")


def read_agents(path: Path) -> list[tuple[str, str]]:
    """(phrase, sector) for every coded agent line, with the `!PERSON!`/`!MINIST!` sets expanded."""
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or "=" in line.split("#")[0]:
            continue
        m = ENTRY.match(re.sub(r"(?<=\w)!MINIST!(?=\w)", "MINIST", line))  # "AD!MINIST!RATION" was a bad replace
        if not m or not m.group(2).strip():
            continue
        sector = m.group(2).replace("~", "").strip()
        phrases = [m.group(1)]
        for mark, words in SUBSTITUTIONS.items():
            phrases = [p.replace(mark, f" {w} " if mark == "!MINIST!" else w) for p in phrases for w in words] \
                if any(mark in p for p in phrases) else phrases
        out.extend((p, sector) for p in phrases)
    return out


def normalise(raw: str) -> str:
    """`POLICE_CHIEF` -> `police chief`; trailing prepositions (`AMBASSADOR_TO`) go."""
    words = ["minister" if w == "minist" else w for w in raw.replace("_", " ").lower().split()]  # a Phoenix stem
    if words[:1] == ["the"]:
        words = words[1:]
    while words and words[-1] in PREPOSITIONS:
        words.pop()
    return " ".join(words)


def singular(word: str) -> str:
    for plural, single in (("women", "woman"), ("men", "man"), ("persons", "person"), ("people", "person")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith("ss") and is_person(word[:-1]):
        return word[:-1]
    return word


def is_person(head: str) -> bool:
    return head in PERSON_HEADS or head.endswith(PERSON_SUFFIXES)


def head_of(phrase: str) -> str:
    """The head noun: the last word before the first preposition (`head of national police` -> head)."""
    words = phrase.replace("-", " ").split()
    for i, w in enumerate(words[1:], 1):
        if w in PREPOSITIONS:
            return words[i - 1]
    if len(words) > 1 and words[-1] in POSTMODIFIERS:
        return words[-2]
    return words[-1]


def kind_of(phrase: str, head: str, sector: str) -> str:
    if phrase in SPOKESPERSON or head in SPOKESPERSON or head.startswith("spokes"):
        return "spokesperson"
    if phrase.startswith(NOT_IN_OFFICE) or head in NONE_HEADS or phrase in NONE_PHRASES:
        return "none"
    if sector.startswith(NONE_SECTORS) and head not in OFFICE_HEADS:
        return "none"
    return "office"


def main() -> None:
    args, (source,) = petrarch_args(__doc__, ("Phoenix.agents.txt",), "--rejected",
                                    "print the phrases the person test drops, write nothing")
    stop_rows = read_tsv(HERE / "roles_stop.tsv")
    stop_heads = {r["word"] for r in stop_rows if r["match"] == "head"}
    stop_phrases = {r["word"] for r in stop_rows if r["match"] == "phrase"}
    sectors: dict[str, set[str]] = defaultdict(set)
    rejected = set()
    for raw, sector in read_agents(source):
        phrase = normalise(raw)
        if not phrase or not re.fullmatch(r"[a-z][a-z .'\-,&]*", phrase):
            continue
        head = head_of(phrase)
        if head in phrase.split():
            words = phrase.split()
            words[words.index(head)] = singular(head)
            phrase, head = " ".join(words), singular(head)
        person = is_person(head) and head not in stop_heads and phrase not in stop_phrases
        if person:
            sectors[phrase].add(sector)
        else:
            rejected.add(phrase)
    if args.rejected:
        print("\n".join(sorted(rejected - set(sectors))))
        return
    rows = {p: ("|".join(sorted(s)), kind_of(p, head_of(p), min(s))) for p, s in sectors.items()}
    for r in read_tsv(HERE / "roles_extra.tsv"):
        if r["phrase"] in rows:
            sys.exit(f"error: roles_extra.tsv row {r['phrase']!r} is already generated from Phoenix")
        rows[r["phrase"]] = (r["sector"], r["kind"])
    unused = (stop_phrases - rejected) | (stop_heads - {head_of(p) for p in rejected})
    if unused:
        sys.exit(f"error: roles_stop.tsv words match no Phoenix phrase or head: {sorted(unused)}")
    write_tsv(OUT, "generated by make_roles.py from PETRARCH Phoenix.agents.txt (MIT, LICENSE-petrarch.txt) with "
              "roles_stop.tsv and roles_extra.tsv; do not edit by hand",
              ["phrase", "sector", "kind"], ([phrase, *rows[phrase]] for phrase in sorted(rows)))
    for label, counts in (("sector", Counter(s.split("|")[0][:3] for s, _ in rows.values())),
                          ("kind", Counter(k for _, k in rows.values()))):
        print(label + ": " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    print(f"total {len(rows)}")


if __name__ == "__main__":
    main()
