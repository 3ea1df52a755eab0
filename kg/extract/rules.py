"""The relation lexicon as typed rules: ontology/lexicons/relations.yaml (families, hand rules, word
classes) plus the verbs imported from the CAMEO dictionary (verbs.tsv) and the event nouns
(nominals.tsv). Every key, role and condition is checked when the files load: a typo is an error,
never a rule that silently never fires."""
from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from ..config import resource
from ..errors import ResourceError
from ..ns import FAMILIES
from .frames import Grammar
from .schema import (
    _FAMILY_KEYS,
    _RULE_KEYS,
    _TOP_KEYS,
    CONDITIONS,
    POS,
    REQUIRED_CLASSES,
    ROLES,
)


@dataclass(frozen=True)
class Role:
    kind: str
    value: str = ""


@dataclass(frozen=True)
class Rule:
    """One predicate sense of one family, with where its agent and target are found (in order)."""

    family: str
    lemma: str
    pos: str = "verb"
    particle: str = ""
    target: tuple[Role, ...] = (Role("patient"),)
    agent: tuple[Role, ...] = (Role("agent"),)
    requires: tuple[Role, ...] = ()
    unless: tuple[Role, ...] = ()
    symmetric: bool = False
    confidence: float = 0.8
    light: tuple[str, ...] = ()
    reported: bool = False
    source: str = "relations.yaml"


@dataclass(frozen=True)
class Vocabulary:
    """Word classes the layers consult (read once per lexicon, not per article)."""

    rules: Mapping[tuple[str, str], tuple[Rule, ...]]  # (lemma, pos) -> rules
    nouns: Mapping[str, bool]  # event noun -> does a possessive name its agent
    adjectives: frozenset[str]
    classes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    place_nouns: Mapping[str, str] = field(default_factory=dict)
    body_heads: Mapping[str, frozenset[str]] = field(default_factory=dict)  # body noun -> the name ends it fits
    act_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)  # verb -> the nouns that name its act
    deed_nouns: frozenset[str] = frozenset()  # every noun of act_nouns ("filed a lawsuit": a noun naming an act)
    grammar: Grammar = field(default_factory=Grammar)

    def words(self, name: str) -> frozenset[str]:
        try:
            return self.classes[name]
        except KeyError:
            raise ResourceError(f"relations.yaml: no word class '{name}'") from None

    def __getattr__(self, name: str) -> frozenset[str]:  # vocab.state_nouns, vocab.speech_verbs, ...
        if name.startswith("_") or name not in self.classes:
            raise AttributeError(name)
        return self.classes[name]


def _flat(words: list) -> Iterator[str]:
    """A word list's words in lower case; a list inside it (a YAML alias of another list, "[*companies, hospital]")
    gives its own words."""
    for w in words:
        if isinstance(w, list):
            yield from _flat(w)
        else:
            yield str(w).lower()


def _err(where: str, msg: str) -> ResourceError:
    return ResourceError(f"ontology/lexicons/{where}: {msg}")


def parse_role(spec: str, where: str, table: Mapping[str, str] = ROLES) -> Role:
    kind, _, value = spec.partition(":")
    if kind not in table:
        raise _err(where, f"unknown {'role' if table is ROLES else 'condition'} '{kind}' "
                          f"(known: {', '.join(sorted(table))})")
    needs_value = kind in ("prep", "object-prep", "prep-owner", "prep-place") or table is CONDITIONS
    if kind == "infinitive" and table is CONDITIONS and value != "after-object":
        raise _err(where, f"'{spec}': 'infinitive' takes ':after-object'")
    if needs_value != bool(value):
        raise _err(where, f"'{spec}': '{kind}' {'needs' if needs_value else 'takes no'} ':value'")
    return Role(kind, value)


def _rule(d: Mapping[str, Any], where: str, defaults: Mapping[str, Any]) -> Rule:
    unknown = set(d) - _RULE_KEYS
    if unknown:
        raise _err(where, f"unknown key(s) {sorted(unknown)} in rule {dict(d)}")
    fam = d.get("family")
    if fam not in FAMILIES:
        raise _err(where, f"unknown family '{fam}' in rule {dict(d)}")
    pos = d.get("pos", "verb")
    if pos not in POS:
        raise _err(where, f"pos must be one of {POS}, not '{pos}'")
    fdef = defaults.get(fam, {})
    target = d.get("target") or (fdef.get("noun_target") if pos == "noun" else None) or fdef.get("target") or ["patient"]
    conf = d.get("confidence", 0.8)
    if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
        raise _err(where, f"confidence must be in (0, 1], not {conf!r}")
    for key in ("lemma", "particle"):  # YAML reads a bare on/off/yes/no as true/false
        if key in d and not isinstance(d[key], str):
            raise _err(where, f"{key} must be a word, not {d[key]!r} (write it in quotes) in rule {dict(d)}")
    return Rule(family=fam, lemma=str(d["lemma"]).lower(), pos=pos, particle=str(d.get("particle") or ""),
                target=tuple(parse_role(r, where) for r in target),
                agent=tuple(parse_role(r, where) for r in d.get("agent", ["agent"])),
                requires=tuple(parse_role(r, where, CONDITIONS) for r in d.get("requires", [])),
                unless=tuple(parse_role(r, where, CONDITIONS) for r in d.get("unless", [])),
                symmetric=bool(d.get("symmetric", fdef.get("symmetric", False))), confidence=float(conf),
                light=tuple(d.get("light", [])), reported=bool(d.get("reported", False)),
                source=str(d.get("source", "relations.yaml")))


def _tsv(name: str) -> list[dict[str, str]]:
    path = resource(f"lexicons/{name}")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((ln for ln in f if ln.strip() and not ln.startswith("#")), delimiter="\t"))
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in rows]


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read and check relations.yaml, verbs.tsv and nominals.tsv (cached: they do not change while running)."""
    with resource("lexicons/relations.yaml").open(encoding="utf-8") as f:
        data = yaml.load(f, Loader=_UniqueKeys)
    return build_vocabulary(data, _tsv("verbs.tsv"), _tsv("nominals.tsv"))


class _UniqueKeys(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # (libyaml: 3x faster)
    """A YAML loader for which a key given twice in one mapping is an error (YAML would keep the last one silently:
    a word class defined twice would lose its first list)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _err("relations.yaml", f"line {key_node.start_mark.line + 1}: '{key}' is given twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def build_vocabulary(data: Mapping[str, Any], verbs: list[dict[str, str]], nominals: list[dict[str, str]]) -> Vocabulary:
    """The checked vocabulary from relations.yaml's content and the rows of verbs.tsv and nominals.tsv.
    Raises ResourceError naming the file and the offending key, role or word class."""
    if not isinstance(data, Mapping):
        raise _err("relations.yaml", "is not a mapping of families, rules and word_classes")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise _err("relations.yaml", f"unknown top-level key(s) {sorted(unknown)}")
    families = data.get("families") or {}
    for fam, fdef in families.items():
        if fam not in FAMILIES:
            raise _err("relations.yaml", f"unknown family '{fam}'")
        bad = set(fdef or {}) - _FAMILY_KEYS
        if bad:
            raise _err("relations.yaml", f"unknown key(s) {sorted(bad)} for family '{fam}'")
    hand = [_rule(d, "relations.yaml", families) for d in data.get("rules", [])]
    own = {(r.family, r.lemma, r.pos, r.particle) for r in hand}
    particles = set(data.get("word_classes", {}).get("particles", []))
    imported = []
    for row in verbs:  # CAMEO verbs: a hand rule for the same sense replaces the import
        d: dict[str, Any] = {"family": row["family"], "lemma": row["lemma"], "source": f"cameo:{row['code']}"}
        word = row["particle"]
        if word in particles:
            d["particle"] = word
        elif word:  # "hold X responsible", "open fire on X": a word the verb's phrase must hold
            d["requires"] = [f"word:{word}"]
        if row.get("prep"):
            d["target"] = [f"prep:{row['prep']}"]
        if row["code"] in ("", "-"):
            d["source"] = "verbs_extra.tsv"
        if (d["family"], d["lemma"], "verb", d.get("particle", "")) not in own:
            imported.append(_rule(d, "verbs.tsv", families))
    nouns: dict[str, bool] = {}
    for row in nominals:  # "air strike", "phone call": the head noun, with its modifier required
        *mods, head = row["noun"].split()
        head = head[:-1] if head in ("talks", "negotiations") else head
        nouns.setdefault(head, row.get("poss", "agent") != "patient")
        d = {"family": row["family"], "lemma": head, "pos": "noun", "source": "nominals.tsv"}
        if mods:
            d["requires"] = [f"word:{m}" for m in mods]
        if (row["family"], head, "noun", "") not in own:
            imported.append(_rule(d, "nominals.tsv", families))
    table: dict[tuple[str, str], list[Rule]] = {}
    for r in hand + imported:
        table.setdefault((r.lemma, r.pos), []).append(r)
        if r.pos == "noun":  # a rule that finds its target in the possessive says "X's N" names N's patient
            nouns.setdefault(r.lemma, not any(t.kind == "possessor" for t in r.target))
    for k, v in data.get("word_classes", {}).items():
        odd = [w for w in v if not isinstance(w, str)] if isinstance(v, list) else []
        if odd:  # "on" and "no" unquoted come back as true and false
            raise _err("relations.yaml", f"word_classes.{k} holds {odd[0]!r}, not a word (write it in quotes)")
    classes = {k: frozenset(str(w).lower() for w in v) for k, v in data.get("word_classes", {}).items()
               if isinstance(v, list)}
    missing = REQUIRED_CLASSES - set(classes)
    if missing:
        raise _err("relations.yaml", f"word_classes lacks {sorted(missing)}")
    for name in ("voiced_families", "dispute_families", "deed_families"):  # family names keep their case
        listed = [str(w) for w in data["word_classes"][name]]
        unknown = [w for w in listed if w not in FAMILIES]
        if unknown:
            raise _err("relations.yaml", f"word_classes.{name}: unknown family '{unknown[0]}'")
        classes[name] = frozenset(listed)
    unknown = sorted({(c.kind, c.value) for rs in table.values() for r in rs for c in (*r.requires, *r.unless)
                      if c.kind in ("object-class", "word-class", "purpose-class", "drawn-class") and c.value not in classes})
    if unknown:
        raise _err("relations.yaml", f"{unknown[0][0]} names no word class: {unknown[0][1]}")
    places = dict(data.get("word_classes", {}).get("place_nouns", {}))
    for table_name in ("group_kinds", "pair_nouns"):
        if not isinstance(data["word_classes"].get(table_name), dict):
            raise _err("relations.yaml", f"word_classes lacks the {table_name} table")
    heads = data["word_classes"].get("body_noun_heads", {})
    if not isinstance(heads, dict) or not all(isinstance(v, list) for v in heads.values()):
        raise _err("relations.yaml", "word_classes.body_noun_heads must map each body noun to a list of words")
    acts = data["word_classes"].get("act_nouns", {})
    if not isinstance(acts, dict) or not all(isinstance(v, list) for v in acts.values()):
        raise _err("relations.yaml", "word_classes.act_nouns must map each verb to a list of the nouns naming its act")
    act_nouns = {str(k): frozenset(str(w).lower() for w in _flat(v)) for k, v in acts.items()}
    return Vocabulary(rules={k: tuple(v) for k, v in table.items()}, nouns=nouns,
                      adjectives=frozenset(r.lemma for r in hand if r.pos == "adj"), classes=classes,
                      place_nouns=places, body_heads={k: frozenset(_flat(v)) for k, v in heads.items()},
                      act_nouns=act_nouns, deed_nouns=frozenset().union(*act_nouns.values()),
                      grammar=Grammar(instrument_verbs=classes.get("instrument_verbs", frozenset()),
                                      message_nouns=classes.get("message_nouns", frozenset()),
                                      message_media=classes.get("message_media", frozenset()),
                                      message_preps=classes.get("message_preps", frozenset()),
                                      weapon_nouns=classes.get("weapon_nouns", frozenset()),
                                      weapon_use_verbs=classes.get("weapon_use_verbs", frozenset()),
                                      measure_nouns=classes.get("measure_nouns", frozenset()),
                                      penalty_nouns=classes.get("penalty_nouns", frozenset()),
                                      bearing_verbs=classes.get("bearing_verbs", frozenset()),
                                      verb_lemmas=frozenset(lem for lem, pos in table if pos == "verb") | set(acts),
                                      deed_verbs=frozenset(classes["deed_speech_verbs"]),
                                      voiced_verbs=frozenset(lem for (lem, pos), rs in table.items() if pos == "verb"
                                                             and any(r.family in classes["voiced_families"] for r in rs))))
