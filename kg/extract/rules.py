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

POS = ("verb", "noun", "adj")
# where an argument is found; `prep:X` and `object-prep:X` take a preposition
ROLES = {
    "agent": "the doer: subject of an active verb, by-phrase of a passive, possessive or light verb's subject "
             "of an event noun",
    "patient": "the one acted on: object of an active verb, subject of a passive, of-phrase of an event noun",
    "recipient": "the indirect object ('gave X support')",
    "occasion-addressee": "whom the clause beside an event noun addresses ('In a phone call, X told Y': Y)",
    "message-recipient": "whom the message a verb is said in goes to ('In a letter to Y, X demanded ...': Y)",
    "contacted": "whom the act this one is the purpose of reaches ('phoned Y to demand ...', 'wrote to Y demanding ...')",
    "sufferer": "who died or was hurt in an event noun ('X died in a Malian airstrike': X)",
    "light-subject": "the subject of the light verb that has an event noun ('X had the backing of Y': X)",
    "possessor": "an event noun's possessive ('X's call')",
    "modifier": "a compound or adjective on an event noun ('Israeli shelling'), or 'X-backed' on a participle",
    "between": "'talks between A and B': both sides",
    "described": "whom an agent noun describes ('Y's assassin, X', 'X, a critic of Y', 'Y assassin X')",
    "patient-owner": "whose thing the patient is ('condemned X's decision', 'the agreement between A and B')",
    "patient-place": "where the struck thing is ('struck the refinery at X')",
    "prep-place": "where the thing after a preposition is ('an attack on a station in X')",
    "attached": "what a with-phrase holding an event noun describes ('X, with support from Y')",
    "defied": "the subject of the clause a despite- or amid-phrase holding an event noun hangs on "
              "('X went ahead despite criticism from Y': X)",
    "drawn": "who drew, faced or earned an event noun: the subject of that verb, or the owner of its subject "
             "('X drew criticism from Y', 'X's plan drew condemnation from Y': X)",
    "complement": "actors named in a that-, for- or if-clause ('warned that X would ...')",
    "complement-subject": "the subject of a clausal complement ('said it was X's responsibility')",
    "condition": "the subject of an unless-clause, or a negated if-clause, on the predicate ('threatened attacks "
                 "unless X paid')",
    "speaker": "whoever reports the clause",
    "last-attacker": "whoever made the attack reported last ('other victims included X')",
    "members": "the named members of a group noun ('victims included X')",
    "prep": "the object of a preposition on the predicate",
    "prep-owner": "whose thing the object of a preposition is ('called for G7 action', 'an attack on X's policy')",
    "object-prep": "the object of a preposition on the patient ('demanded an apology from X')",
}
CONDITIONS = {
    "prep": "a preposition with an object hangs on the predicate",
    "particle": "a phrasal particle hangs on the predicate",
    "word": "a word (lemma) among the predicate's children or grandchildren",
    "dep": "a child with this dependency",
    "infinitive": "after-object: a to-infinitive the parser hung as an adverbial clause after the object or a passive "
                  "('pressed X on Tuesday to resign')",
    "form": "the predicate is written this way ('rang', not 'ringed')",
    "light": "an event noun carried by this verb",
    "governor": "the predicate hangs on this lemma (through be, of, the)",
    "complement": "its clausal complement has this fine tag ('insisted that X release him': VB, a subjunctive)",
    "quote": "a quotation opens right after its object ('called the claims \"fiction\"'); the value names the place: object",
    "mark": "its clausal complement opens with this word ('asked whether X would act': a question, no demand)",
    "object-prep": "a preposition with an object hangs on the predicate's object ('blamed X's losses on the weather')",
    "object-class": "the predicate's object is a word of this word class ('demanded X's resignation': owner_acts)",
    "purpose-class": "the object of a for-phrase on the predicate is a word of this word class ('met X for talks')",
    "drawn-class": "the one an event noun came upon is a word of this word class ('troops came under fire from X')",
    "word-class": "what the object is called (the predicate's complement, or an adjective on it) is a word of this "
                  "word class ('called X naive', 'called X a liar')",
}
_RULE_KEYS = {"family", "lemma", "pos", "particle", "target", "agent", "requires", "unless", "symmetric",
              "confidence", "light", "reported", "source"}
_TOP_KEYS = {"families", "rules", "word_classes"}
REQUIRED_CLASSES = frozenset({
    "particles", "instrument_verbs", "speech_verbs", "factive_verbs", "negating_verbs", "punitive_acts",
    "conditional_marks", "future_auxiliaries", "modal_auxiliaries", "future_governors", "armed_forces_heads",
    "state_nouns", "group_nouns", "armed_adjectives", "forces_own_nouns", "deed_speech_verbs", "own_government_nouns", "expert_nouns", "person_nouns", "bare_body_nouns", "losing_verbs", "derogatory_words", "headed_body_verbs", "state_police_nouns", "official_nouns", "done_to_nouns", "state_body_nouns", "private_body_nouns", "head_of_state_titles", "acting_site_heads", "adjective_titles", "company_offices", "public_office_heads", "acting_facility_heads",
    "heading_verbs", "other_words", "town_offices", "owned_members", "dissident_words", "event_heads",
    "physical_attacks", "weapon_nouns", "coalition_nouns", "coalition_founders", "claim_verbs", "claim_nouns",
    "message_nouns", "message_media", "message_preps", "press_event_nouns", "document_nouns", "authoring_verbs", "harm_nouns", "plural_owners", "bodily_harm_verbs", "measure_nouns", "penalty_nouns", "bearing_verbs", "deadline_verbs", "deadline_nouns",
    "demand_nouns", "attack_nouns", "office_verbs", "place_visits", "drawing_verbs", "work_verbs", "no_mandate",
    "abstract_objects", "org_heads", "head_initial_org_heads", "light_verbs", "irrealis_words", "former_words",
    "place_verbs", "origin_verbs", "threat_acts", "body_nouns", "voiced_families", "region_kinds",
    "body_descriptors", "body_offices", "state_offices", "part_nouns",
    "member_links", "property_nouns", "unproven_words", "facility_heads", "possessive_name_heads",
    "office_name_heads", "serving_verbs", "private_sectors", "place_name_prefixes", "newspaper_name_heads", "ending_verbs", "alleging_verbs", "alleging_nouns",
    "title_abbreviations", "punitive_nouns", "warning_verbs", "town_nouns", "title_modifiers", "closing_org_heads", "patron_words", "regional_words",
    "regional_offices", "placed_region_kinds", "addressing_verbs", "trade_nouns", "ordered_acts",
    "order_nouns", "seat_nouns", "state_force_words", "partitive_words", "alias_verbs", "subdivision_nouns", "readiness_words", "armed_attack_nouns", "members_body_heads", "nonstate_body_nouns", "venue_verbs", "body_organs", "owner_acts",
    "narrating_marks", "regional_government_words", "region_head_offices", "rival_nouns", "circumstance_marks",
    "cancelling_verbs", "portfolio_offices", "national_words", "state_service_offices", "police_head_words", "court_heads", "judging_words", "legal_context_words", "deed_light_verbs", "deed_families", "own_people_nouns", "generic_member_nouns", "state_people_nouns", "loose_kind_nouns", "weapon_nouns", "weapon_use_verbs", "sufferer_nouns", "nonpolice_heads", "misfortune_nouns", "local_modifiers", "press_nouns", "contact_verbs", "followers_nouns", "own_possessives", "force_sites", "service_modifiers", "performed_purposes",
    "trade_descriptors", "party_tag_letters", "killing_verbs", "killing_nouns", "charging_verbs", "place_name_modifiers", "legal_forms", "hidden_things", "subordinate_title_words", "side_nouns", "dispute_families",
    "telling_verbs", "directive_verbs", "party_offices",
    "sentence_nouns", "threat_nouns", "facing_verbs", "holding_verbs", "belonging_verbs", "named_kind_nouns",
    "imposing_verbs", "promising_verbs", "unit_nouns", "obligation_auxiliaries", "suffering_verbs",
    "hurting_verbs", "state_voice_nouns", "state_voice_words"})
_FAMILY_KEYS = {"target", "noun_target", "symmetric"}


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
        data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: 3x faster
    return build_vocabulary(data, _tsv("verbs.tsv"), _tsv("nominals.tsv"))


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
