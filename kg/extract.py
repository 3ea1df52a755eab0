"""Doc -> events: the relation families of GUIDELINES.md found from the dependency parse and the
lexicon in ontology/lexicons/relations.yaml. This and kg/entities.py are the only modules that read
spaCy objects.
"""
from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .entities import PERSONAL_PRONOUNS, ArticleEntities, TitleSpan, resolve
from .lexicon import Lexicon, load_lexicon
from .model import Article, ArticleResult, Event
from .read import parse_date, structure

ACTOR_TYPES = {"Person", "Country", "Organization", "GovernmentOrganization", "IntergovernmentalOrganization",
               "ArmedForces"}
PLACE_TYPES = {"City", "Region", "Country"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my", "ours"}
GROUP_PRONOUNS = {"they", "them", "their"}
MAX_EVIDENCE = 600  # characters of evidence kept around the trigger of an overlong sentence
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class Trigger:
    family: str
    lemma: str
    pos: str
    object: list[str]
    agent: list[str] = field(default_factory=list)
    requires: list[str] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    light: list[str] = field(default_factory=list)
    symmetric: bool = False
    reported: bool = False
    confidence: float = 0.8


def _triggers(lex: Lexicon) -> dict[tuple[str, str], list[Trigger]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for family, spec in lex.relations["families"].items():
        for t in spec["triggers"]:
            trig = Trigger(family=family, lemma=t["lemma"], pos=t.get("pos", "VERB"), object=list(t.get("object", [])),
                           agent=list(t.get("agent", [])), requires=list(t.get("requires", [])),
                           unless=list(t.get("unless", [])), with_=list(t.get("with", [])),
                           light=list(t.get("light", [])), symmetric=bool(t.get("symmetric", False)),
                           reported=bool(t.get("reported", False)), confidence=float(t.get("confidence", 0.8)))
            table.setdefault((trig.lemma, trig.pos), []).append(trig)
    return table


def _pos_class(tok: Token) -> str:
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "ADJ":
        return "ADJ"
    return tok.pos_


def _lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and tok.lower_ in ("talks", "negotiations", "allies", "words"):
        return tok.lower_[:-1]
    return lem


class Article_:
    """The state of one article's extraction: its docs, entities, and what is known so far."""

    def __init__(self, article: Article, docs: Sequence[Doc], offsets: Sequence[int], ents: ArticleEntities,
                 lex: Lexicon, quotes: Sequence[tuple[int, int]] = ()) -> None:
        self.article = article
        self.docs = docs
        self.offsets = offsets
        self.ents = ents
        self.lex = lex
        self.person_titles: dict[str, list[tuple[tuple[int, int], str]]] = {}  # title phrase -> [(pos, person)]
        self.affiliation: dict[str, set[str]] = {}  # person -> bodies and states represented
        self.discourse: list[tuple[tuple[int, int], str, bool]] = []  # (doc, token), key, is_subject
        for m in ents.mentions:
            tok = docs[m.doc_index][m.head]
            self.discourse.append(((m.doc_index, m.head), m.key, tok.dep_ in ("nsubj", "nsubjpass")))
        self.discourse.sort()
        self.positions = [d[0] for d in self.discourse]
        self._sent_cache: dict[tuple[int, int], tuple[str, int]] = {}
        self.quotes = quotes
        # DATE entities by sentence, found once (Span.ents scans the whole Doc each time)
        self._dates: dict[tuple[int, int], list[Span]] = {}
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ == "DATE":
                    self._dates.setdefault((id(doc), ent.sent.start), []).append(ent)
        self.triggers = _triggers(lex)
        # light verbs of attack nouns ("carried out the airstrike"), by noun
        self.attack_light = {lem: {v for t in trigs if t.family == "attacked" for v in t.light}
                             for (lem, pos), trigs in self.triggers.items() if pos == "NOUN"}
        rel = lex.relations
        self.speech = set(rel["speech_verbs"])
        self.punitive = set(rel["punitive_acts"])
        self.cond_marks = set(rel["conditional_marks"])
        self.future_aux = set(rel["future_auxiliaries"])
        self.modal_aux = set(rel["modal_auxiliaries"])
        self.future_gov = set(rel["future_governors"])
        self.place_nouns: dict[str, str] = dict(rel["place_nouns"])
        self.state_nouns = set(rel["state_nouns"])
        self.group_nouns = set(rel["group_nouns"])
        self.attack_nouns = set(rel["attack_nouns"])
        self.last_attack: str | None = None  # agent of the latest attack reported, for "the operation"
        self.demand_nouns = set(rel["demand_nouns"])
        self.coalition_nouns = set(rel["coalitions"]["nouns"])  # joining one backs its leader
        self.weapon_nouns = set(rel["weapon_nouns"])
        self.coalition_founders = set(rel["coalitions"]["founders"])
        self.claim_verbs = set(rel["claims"]["verbs"])  # "claimed responsibility for the attack"
        self.claim_nouns = set(rel["claims"]["nouns"])
        self.last_demand: str | None = None  # agent of the latest demand, for "the call was seconded"
        self.unclaimed: list[str] = []  # targets of the latest attack without a named author

    # -- who a token refers to -------------------------------------------------------------
    def type_of(self, key: str) -> str:
        return self.ents.entities[key].type

    def refs(self, di: int, tok: Token, depth: int = 0) -> list[str]:
        """Entity keys a token stands for (not following conjunctions)."""
        if depth > 4:
            return []
        keys = self.ents.at(di, tok)
        if keys:
            return list(keys)
        low = tok.lower_
        if low in PERSONAL_PRONOUNS:
            return self._recent(di, tok, {"Person"})
        if low in ("who", "that", "which") and tok.head.dep_ == "relcl":
            return self.refs(di, tok.head.head, depth + 1)
        if low in GROUP_PRONOUNS:
            return self._group(di, tok)
        if (di, tok.i) in self.ents.title_tokens:
            return self._titled(di, tok)
        lem = tok.lemma_.lower()
        if lem in self.place_nouns or lem in self.state_nouns:
            for c in tok.children:
                if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and lem in self.state_nouns):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            r = self.refs(di, p, depth + 1)
                            if lem in self.state_nouns:  # "the government in Oslo" is Norway's
                                r = [self._state_of(k) for k in r]
                            return r
                if c.dep_ in ("poss", "amod", "compound", "nmod") and lem in self.state_nouns:
                    r = [k for k in self.refs(di, c, depth + 1) if self.type_of(k) == "Country"]
                    if r:
                        return r
            if lem in self.place_nouns and any(c.lower_ in ("the", "this") for c in tok.children):
                return self._recent(di, tok, {self.place_nouns[lem]}, subject_first=False)
        if lem in self.group_nouns:  # "members of the European Union", "delegations from Armenia and Azerbaijan"
            for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in c.children
                      if p.dep_ == "pobj"):
                r = self.refs_all(di, p)
                if r:
                    return r
        # "condemned the operation", "the call was seconded": whoever made the last attack or demand
        for nouns, last in ((self.attack_nouns, self.last_attack), (self.demand_nouns, self.last_demand)):
            if lem in nouns and last and any(c.lower_ in ("the", "this", "that") for c in tok.children):
                return [last]
        for c in tok.children:
            if c.dep_ == "appos":
                r = self.refs(di, c, depth + 1)
                if r:
                    return r
        if tok.dep_ == "appos":
            return self.refs(di, tok.head, depth + 1)
        if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            start = bisect.bisect_left(self.positions, (di, tok.i))
            for (pos, key, _) in reversed(self.discourse[max(0, start - 200):start]):
                ent = self.ents.entities[key]
                if ent.type in ("Organization", "GovernmentOrganization", "IntergovernmentalOrganization") \
                        and ent.label.split()[-1].lower() == tok.lower_:
                    return [key]
        return []

    def _state_of(self, key: str) -> str:
        ent = self.ents.entities[key]
        if ent.type == "City" and ent.state:
            return self._ensure_country(ent.state)
        return key

    def refs_all(self, di: int, tok: Token) -> list[str]:
        """Entity keys of a token and the tokens coordinated with it."""
        out = list(self.refs(di, tok))
        for c in tok.children:
            if c.dep_ == "conj":
                out.extend(k for k in self.refs_all(di, c) if k not in out)
        return out

    def _recent(self, di: int, tok: Token, types: set[str], subject_first: bool = True) -> list[str]:
        here = (di, tok.i)
        sent_start = (di, tok.sent.start)
        end = bisect.bisect_left(self.positions, here)  # only the recent past matters
        cands = [(pos, key, subj) for pos, key, subj in self.discourse[max(0, end - 200):end]
                 if self.ents.entities[key].type in types]
        if not cands:
            return []
        if subject_first:
            # a pronoun opening a sentence refers back to the last sentence's subject
            prev = [c for c in cands if c[0] < sent_start]
            subj = [c for c in prev if c[2]]
            same = [c for c in cands if c[0] >= sent_start]
            if same and tok.i > tok.sent.start + 2:
                return [same[-1][1]]
            if subj and (not prev or subj[-1][0][0] >= prev[-1][0][0] - 1):
                return [subj[-1][1]]
        return [cands[-1][1]]

    def _group(self, di: int, tok: Token) -> list[str]:
        """'They' after a sentence whose subject was 'A and B'."""
        sent = tok.sent
        prev_doc, prev_start = di, sent.start - 1
        if prev_start < 0:
            if di == 0:
                return []
            prev_doc, prev_start = di - 1, len(self.docs[di - 1]) - 1
        prev = self.docs[prev_doc][prev_start].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in t.children):
                keys = self.refs_all(prev_doc, t)
                if len(keys) > 1:
                    return keys
        return []

    def _titled(self, di: int, tok: Token) -> list[str]:
        span = self.ents.title_tokens[(di, tok.i)]
        holders = self.person_titles.get(span.title.phrase) or []
        before = [k for pos, k in holders if pos < (di, tok.i)]
        if before:
            return [before[-1]]
        return [holders[0][1]] if holders else []

    # -- offices: who represents whom --------------------------------------------------------
    def link_titles(self) -> list[Event]:
        """represents (and spokespersonFor) from offices and titles next to a person's name."""
        events: list[Event] = []
        for ts in self.ents.titles:
            if ts.title.kind == "none":
                continue
            doc = self.docs[ts.doc_index]
            head = doc[ts.end - 1]
            person = self._holder(ts, doc)
            if person is None:
                continue
            pos = (ts.doc_index, ts.start)
            self.person_titles.setdefault(ts.title.phrase, []).append((pos, person))
            last_word = ts.title.phrase.split()[-1]
            if last_word != ts.title.phrase:
                self.person_titles.setdefault(last_word, []).append((pos, person))
            bodies = self._bodies(ts, doc, head, person)
            if not bodies and ts.title.state:
                bodies = [k for k, e in self.ents.entities.items() if e.label == ts.title.state] or \
                         [self._ensure_country(ts.title.state)]
            sent = head.sent
            for body in bodies:
                for b in self._with_state(body):
                    if b == person:
                        continue
                    self.affiliation.setdefault(person, set()).add(b)
                    # a spokesperson's event is spokespersonFor, whose edge also states represents
                    family = "spokespersonFor" if ts.title.kind == "spokesperson" else "represents"
                    ev = self.event(family, person, b, ts.doc_index, sent, head, confidence=0.85)
                    events.append(replace(ev, role=ts.title.phrase))
        for m in self.ents.mentions:
            # "BBC's Jonathan Marcus": an organisation's person
            if m.type != "Person":
                continue
            doc = self.docs[m.doc_index]
            tok = doc[m.head]
            for c in tok.children:
                if c.dep_ == "poss":
                    for k in self.refs(m.doc_index, c):
                        if self.type_of(k) in ("Organization", "GovernmentOrganization",
                                               "IntergovernmentalOrganization"):
                            self.affiliation.setdefault(m.key, set()).add(k)
                            events.append(self.event("represents", m.key, k, m.doc_index, tok.sent, tok,
                                                     confidence=0.7))
        return events

    def _ensure_country(self, name: str) -> str:
        from .entities import entity_key
        from .model import Entity

        key = entity_key("Country", name, self.lex)
        if key not in self.ents.entities:
            self.ents.entities[key] = Entity(key=key, type="Country", label=name, qid=self.lex.qids.get(name))
        return key

    def _with_state(self, key: str) -> list[str]:
        ent = self.ents.entities[key]
        out = [key]
        if ent.state and ent.type != "Country":
            out.append(self._ensure_country(ent.state))
        elif ent.state and ent.type == "Country" and ent.label != ent.state:
            out = [self._ensure_country(ent.state)]
        return out

    def _holder(self, ts: TitleSpan, doc: Doc) -> str | None:
        di = ts.doc_index
        person_at = {m.start: m for m in self.ents.mentions if m.doc_index == di and m.type == "Person"}
        if ts.end in person_at:
            return person_at[ts.end].key
        head = doc[ts.end - 1]
        root = head
        while root.dep_ in ("compound", "amod") and root.head.i > root.i:
            root = root.head
        for c in root.children:
            if c.dep_ == "appos":
                r = [k for k in self.refs(di, c) if self.type_of(k) == "Person"]
                if r:
                    return r[0]
        if root.dep_ == "appos":
            r = [k for k in self.refs(di, root.head) if self.type_of(k) == "Person"]
            if r:
                return r[0]
        right = root.right_edge.i + 1
        if right < len(doc) and doc[right].text == "," and right + 1 in person_at:
            return person_at[right + 1].key
        if right in person_at and root.dep_ != "nsubj":  # "Special Representative for Iran Brian Hook"
            return person_at[right].key
        inside = {t.i for t in root.subtree}
        for start, m in sorted(person_at.items()):  # "the prosecutor general of Tehran, Ali Mehr,"
            if start > ts.end and m.head in inside and doc[start - 1].text == ",":
                return m.key
        if root.dep_ == "attr" and root.head.lemma_ == "be":
            for c in root.head.children:
                if c.dep_ == "nsubj":
                    r = [k for k in self.refs(di, c) if self.type_of(k) == "Person"]
                    if r:
                        return r[0]
        return None

    def _bodies(self, ts: TitleSpan, doc: Doc, head: Token, person: str) -> list[str]:
        di = ts.doc_index
        out: list[str] = []
        root = head
        while root.dep_ in ("compound", "amod") and root.head.i > root.i and (di, root.head.i) not in self.ents.by_token:
            root = root.head
        left = min(root.left_edge.i, ts.start)
        for i in range(left, ts.start):
            for k in self.ents.at(di, doc[i]):
                if k != person and self.type_of(k) in ACTOR_TYPES and k not in out:
                    out.append(k)
        # "Russian president" in lower case leaves the demonym outside the title's noun phrase
        i = ts.start - 1
        while i >= 0 and (doc[i].tag_ == "POS" or doc[i].dep_ in ("compound", "amod", "poss")) and not out:
            for k in self.ents.at(di, doc[i]):
                if k != person and self.type_of(k) in ACTOR_TYPES:
                    out.append(k)
            i -= 1
        hosts = [head, root]
        named = [m for m in self.ents.mentions if m.doc_index == di and m.start == ts.end and m.key == person]
        if named:  # "Chancellor Greta Vogel of Austria"
            hosts.append(doc[named[0].head])
        for tok in hosts:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ts.title.preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for k in self.refs_all(di, p):
                                if self.type_of(k) in ACTOR_TYPES | {"City"} and k not in out:
                                    out.append(k)
                            for pc in p.children:
                                if pc.dep_ == "poss":
                                    out.extend(k for k in self.refs(di, pc) if k not in out)
        if ts.title.kind == "counterpart":
            out = [k for k in out if self.type_of(k) == "Country"]
        return [k for k in out if self.type_of(k) in ACTOR_TYPES or self.ents.entities[k].state]

    # -- events ------------------------------------------------------------------------------
    def event(self, family: str, agent: str, target: str, di: int, sent: Span, trigger: Token,
              confidence: float = 0.8, factuality: str = "asserted", speaker: str | None = None,
              method: str = "parse") -> Event:
        text, start, end = self._evidence(di, sent, trigger)
        return Event(family=family, agent=agent, target=target, sentence=text, start=start, end=end,
                     trigger=trigger.text, speaker=speaker if speaker != agent else None, factuality=factuality,
                     confidence=confidence, date=self.when(sent), place=self.where(di, trigger), method=method)

    def _evidence(self, di: int, sent: Span, trigger: Token) -> tuple[str, int, int]:
        """The evidence sentence and its offsets; a run-on 'sentence' is cut to a window around the trigger."""
        key = (di, sent.start)
        if key not in self._sent_cache:
            raw = sent.text
            lead = len(raw) - len(raw.lstrip())
            self._sent_cache[key] = (raw.strip(), sent.start_char + lead)
        text, local = self._sent_cache[key]
        base = self.offsets[di]
        if len(text) > MAX_EVIDENCE:
            centre = trigger.idx - local
            a = max(0, centre - MAX_EVIDENCE // 2)
            b = min(len(text), a + MAX_EVIDENCE)
            return text[a:b], base + local + a, base + local + b
        return text, base + local, base + local + len(text)

    def when(self, sent: Span) -> str | None:
        """The date a sentence gives: an explicit date, or a weekday read against the dateline."""
        ref = date.fromisoformat(self.article.date) if self.article.date else None
        for ent in self._dates.get((id(sent.doc), sent.start), []):
            text = ent.text.strip()
            low = text.lower().removeprefix("on ").strip()
            if ref and low in WEEKDAYS:
                back = (ref.weekday() - WEEKDAYS.index(low)) % 7
                return (ref - timedelta(days=back)).isoformat()
            if ref and low == "yesterday":
                return (ref - timedelta(days=1)).isoformat()
            if ref and low == "today":
                return ref.isoformat()
            iso = parse_date(text)
            if iso:
                return iso
            if ref:
                iso = parse_date(f"{text}, {ref.year}")
                if iso:
                    return iso
        return None

    def where(self, di: int, trig: Token) -> str | None:
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        for k in self.refs(di, p):
                            if self.type_of(k) in ("City", "Region"):
                                return k
        return None


# -- parse helpers ----------------------------------------------------------------------------

def _children(tok: Token, dep: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ == dep]


def _pobjs(tok: Token, prep: str) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "agent", "dative", "advmod") and c.lower_ == prep:  # advmod: "inside of"
            objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            if not objs:  # "inside of Peru"
                objs = [p for o in c.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
                        if p.dep_ == "pobj"]
            out.extend(objs)
    return out


def _cond(tok: Token, cond: str, a: Article_) -> bool:
    kind, _, value = cond.partition(":")
    if kind == "prep":  # a time phrase ("on Wednesday") is no argument
        return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ == value
                   and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children)
    if kind == "prt":
        return any(c.dep_ == "prt" and c.lower_ == value for c in tok.children)
    if kind == "advmod":
        return any(c.dep_ == "advmod" and c.lower_ == value for c in tok.children)
    if kind == "dep":
        return any(c.dep_ == value for c in tok.children)
    if kind == "word":
        near = list(tok.children) + [g for c in tok.children for g in c.children]
        near += [t for c in tok.children if c.dep_ == "prep" for g in c.children for t in g.children]  # "as a ... group"
        return any(t.lemma_.lower() == value or t.lower_ == value for t in near)
    if kind == "headword":  # "a US-designated terrorist group": a word beside the trigger, on its head
        return any(t.lemma_.lower() == value or t.lower_ == value for t in [tok.head, *tok.head.children])
    if kind == "lemma":
        gov = tok.head
        while gov.dep_ in ("attr", "acomp", "prep", "pobj", "det", "amod", "compound") and gov.head.i != gov.i:
            if gov.lemma_ == value:
                return True
            gov = gov.head
        return gov.lemma_ == value or tok.head.lemma_ == value
    return False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _clause_of(tok: Token, trig: Trigger) -> Token | None:
    """The verb whose clause carries a noun trigger ("placed the call" -> placed)."""
    if trig.pos == "VERB":
        return tok
    t = tok
    for _ in range(3):
        if t.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "conj", "compound", "npadvmod", "acomp"):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                if not trig.light or t.lemma_.lower() in trig.light or t.lemma_ == "be":
                    return t
                return None
        else:
            break
    return None if trig.light else tok


class Extractor:
    """Runs every trigger of the lexicon over one article's sentences."""

    def __init__(self, a: Article_) -> None:
        self.a = a

    def subjects(self, di: int, verb: Token, seen: int = 0) -> list[str]:
        if seen > 5:
            return []
        a = self.a
        if _is_passive(verb):
            by = _pobjs(verb, "by")
            keys = [k for t in by for k in a.refs_all(di, t)]
            if keys:
                return keys
            # "killed in a US airstrike", "hit by Israeli strikes": the attack's author is the agent
            for t in by + _pobjs(verb, "in"):
                if t.lemma_.lower() in a.attack_nouns:
                    keys += [k for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                             for k in a.refs(di, c)] or a.refs(di, t)  # "killed in the airstrike": its author
            if keys:
                return keys
            if verb.dep_ in ("acl", "amod"):
                return []
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return [k for s in subj
                    for k in a.refs_all(di, s) or self._members(di, s) or self._wielder(di, s) or self._it(di, s)]
        # no subject of its own: a participle, infinitive or coordinated verb takes its governor's
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "acl", "prep", "acomp", "dobj", "pobj",
                         "advmod") and verb.head.i != verb.i:
            gov = verb.head
            while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and gov.dep_ not in ("nsubj", "nsubjpass"):
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                return self.subjects(di, gov, seen + 1)
        return []

    def _it(self, di: int, tok: Token) -> list[str]:
        """'Turkey said it backed Azerbaijan': 'it' in a state's or body's reported speech is the speaker."""
        if tok.lower_ != "it" or tok.head.lemma_ in ("be", "seem", "appear", "remain", "become", "take"):
            return []  # "it was wrong to blame": no one
        speaker, _ = self.speaker(di, tok)
        return [speaker] if speaker and self.a.type_of(speaker) in ACTOR_TYPES - {"Person"} else []

    def _wielder(self, di: int, weapon: Token) -> list[str]:
        """'Israeli airstrikes hit Gaza', 'US-led coalition airstrikes': who the attack or weapon belongs to."""
        a = self.a
        if weapon.lemma_.lower() not in a.attack_nouns | a.weapon_nouns:
            return []
        keys: list[str] = []
        for c in weapon.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                keys += a.refs(di, c) or (self._leader(di, c) if c.lemma_.lower() in a.coalition_nouns else [])
        return list(dict.fromkeys(keys))

    def _leader(self, di: int, group: Token) -> list[str]:
        """Who leads or set up a coalition: 'the US-led coalition', 'a coalition led by X', 'X's coalition',
        'X announced a coalition'."""
        a = self.a
        for c in group.children:
            if c.lemma_.lower() == "lead" and c.dep_ in ("amod", "acl"):
                keys = [k for n in c.children if n.dep_ in ("npadvmod", "compound") for k in a.refs(di, n)]
                keys += [k for p in _pobjs(c, "by") for k in a.refs_all(di, p)]
                if keys:
                    return keys
            if c.dep_ == "poss":
                return a.refs(di, c)
        if group.dep_ == "dobj" and group.head.lemma_.lower() in a.coalition_founders:
            return self.subjects(di, group.head)
        return []

    def _claimant(self, di: int, verb: Token) -> str | None:
        """'X claimed responsibility for the attacks' / 'the attack was claimed by X': X carried it out."""
        a = self.a
        attack = [t for t in _children(verb, "nsubjpass") if t.lemma_.lower() in a.attack_nouns]
        if not attack:
            for d in _children(verb, "dobj"):
                if d.lemma_.lower() in a.claim_nouns:
                    attack += [p for p in _pobjs(d, "for") + _pobjs(verb, "for") if p.lemma_.lower() in a.attack_nouns]
        if not attack or self.factuality(verb, verb) != "asserted":
            return None
        return next(iter(self.subjects(di, verb)), None)

    def _members(self, di: int, group: Token) -> list[str]:
        """'Western countries, including France and Germany,' / 'critics, which include Oxfam,': the named
        members of a group that is itself no entity."""
        a = self.a
        if group.pos_ != "NOUN":
            return []
        out = []
        for c in group.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
                out += [k for p in c.subtree if p.dep_ == "pobj" for k in a.refs_all(di, p)]
            elif c.dep_ == "relcl" and c.lemma_ == "include":
                out += [k for d in _children(c, "dobj") for k in a.refs_all(di, d)]
        if group.dep_ == "nsubj" and group.head.lemma_ == "include":  # "critics of the plan include Oxfam"
            out += [k for d in _children(group.head, "dobj") for k in a.refs_all(di, d)]
        return list(dict.fromkeys(out))

    def speaker(self, di: int, tok: Token) -> tuple[str | None, Token | None]:
        """The person or body whose reported speech holds this token, if any."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "conj", "dobj", "pcomp") and \
                    t.head.lemma_.lower() in self.a.speech and t.head.lemma_.lower() != t.lemma_.lower():
                subj = self.subjects(di, t.head)
                return (subj[0] if subj else None), t.head
            t = t.head
        # inside quotation marks the parse may not reach the speech verb: take the one outside the quote
        pos = self.a.offsets[di] + tok.idx
        quote = next(((qs, qe) for qs, qe in self.a.quotes if qs <= pos < qe), None)
        if quote is not None:
            base = self.a.offsets[di]
            found = self._said_by(di, (v for v in tok.sent if not quote[0] <= base + v.idx < quote[1]))
            if found[0] is None and quote[0] < base + tok.sent.start_char:  # opened sentences ago: its speaker's
                return self._opener(quote)
            return found
        return None, None

    def _said_by(self, di: int, tokens: Iterable[Token]) -> tuple[str | None, Token | None]:
        """The first speech verb among `tokens` that has a subject, with that subject."""
        for v in tokens:
            if v.lemma_.lower() in self.a.speech and v.pos_ == "VERB":
                subj = self.subjects(di, v)
                if subj:
                    return subj[0], v
        return None, None

    def _opener(self, quote: tuple[int, int]) -> tuple[str | None, Token | None]:
        """The speaker named in the sentence where a quotation opens ('X said: "...').'"""
        a = self.a
        for dj, doc in enumerate(a.docs):
            base = a.offsets[dj]
            if not base <= quote[0] < base + len(doc.text):
                continue
            start = next((t for t in doc if base + t.idx >= quote[0]), None)
            if start is not None:
                return self._said_by(dj, (v for v in start.sent if base + v.idx < quote[0]))
            return None, None
        return None, None

    def factuality(self, verb: Token, trig_tok: Token) -> str:
        a = self.a
        chain = [verb]
        t = verb
        while t.dep_ in ("xcomp", "conj", "acl", "pcomp", "dobj", "pobj", "prep", "advcl", "ccomp") and t.head.i != t.i:
            if t.dep_ in ("advcl", "ccomp") and any(c.lower_ in a.cond_marks for c in t.children if c.dep_ == "mark"):
                chain.append(t)
                break
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in a.speech:
                break
            if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break  # "... should be opened, and his critics blame him": a clause of its own
            t = t.head
            chain.append(t)
        for node in chain:
            for c in node.children:
                if c.dep_ == "neg" or c.lower_ in ("never",) and c.dep_ in ("neg", "advmod"):
                    return "negated"
        for node in chain:
            if any(c.dep_ == "mark" and c.lower_ in a.cond_marks for c in node.children):
                return "conditional"
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in a.cond_marks for m in c.children)
                   for c in node.children):
                return "conditional"
        for node in chain:
            for c in node.children:
                if c.dep_ == "aux" and c.lower_ in a.modal_aux:
                    return "conditional"
                if c.dep_ == "aux" and c.lower_ in a.future_aux:
                    return "future"
            if node.i != verb.i and node.lemma_.lower() in a.future_gov and node.lemma_ != "threaten":
                return "future"
        return "asserted"

    def targets(self, di: int, tok: Token, clause: Token, trig: Trigger, agents: list[str]) -> list[str]:
        a = self.a
        for spec in trig.object:
            keys: list[str] = []
            kind, _, value = spec.partition(":")
            if kind in ("dobj", "dative", "nsubjpass"):
                for host in {tok, clause}:
                    for c in _children(host, kind):
                        keys += a.refs_all(di, c) or self._members(di, c)  # "36 people, including X"
                        if kind == "dative" and not keys:
                            keys += [k for p in _children(c, "pobj") for k in a.refs_all(di, p)]
                if kind == "dobj":
                    for host in {tok, clause}:
                        # "called on Turkey": a particle, then the object
                        for c in _children(host, "prt"):
                            if c.lower_ in value.split("|"):
                                keys += [k for d in _children(host, "dobj") for k in a.refs_all(di, d)]
            elif kind == "prep":  # on the verb, or on its object ("demanded an explanation from Russia")
                hosts = {tok, clause} | {d for h in (tok, clause) for d in _children(h, "dobj")}
                for host in hosts:
                    for p in _pobjs(host, value):
                        keys += a.refs_all(di, p) or self._members(di, p)
                        if not keys and p.pos_ == "NOUN":
                            for sub in p.subtree:  # "called for G7 action"
                                if sub.dep_ in ("compound", "poss", "amod") and sub.head == p:
                                    keys += a.refs(di, sub)
                    for c in _children(host, "prt"):
                        if c.lower_ == value:
                            for d in _children(host, "dobj"):
                                keys += a.refs_all(di, d)
            elif kind == "poss":
                for c in _children(tok, "poss"):
                    keys += a.refs_all(di, c)
            elif kind == "members":
                keys += self._members(di, tok)
            elif kind == "coalition-leader":  # "joined the US-led coalition": backs whoever leads it
                group = next((d for d in _children(tok, "dobj") if d.lemma_.lower() in a.coalition_nouns), None)
                if group is None and tok.dep_ == "relcl":  # "a coalition ... which was joined by"
                    group = next((h for h in list(tok.ancestors)[:4] if h.lemma_.lower() in a.coalition_nouns), None)
                if group is not None:
                    keys += self._leader(di, group)
            elif kind == "place-of-on":  # "an attack on a refinery in Peru"
                for d in _pobjs(tok, "on"):
                    if d.pos_ == "NOUN" and not a.refs(di, d):
                        keys += self._places_at(di, (d,))
            elif kind == "place-of-dobj":  # "struck the largest refinery at Basra": the place that was hit
                for d in _children(clause, "dobj"):
                    if d.pos_ == "NOUN" and not a.refs(di, d):  # the place is on the object or on the verb
                        keys += self._places_at(di, (d, clause))
            elif kind == "poss-of-dobj":
                for d in _children(clause, "dobj"):
                    for c in _children(d, "poss"):
                        keys += a.refs_all(di, c)
            elif kind == "subject":
                keys += self.subjects(di, clause if clause.i != tok.i else tok.head)
            elif kind == "head":  # "an Iranian-backed militia": a group, not a person
                h = tok.head
                if tok.dep_ == "pobj":
                    h = tok.head.head
                for n in ([h.head] if h.dep_ == "appos" else []) + [h]:  # "X, a US-designated terrorist group"
                    keys += [k for k in a.refs_all(di, n) if a.type_of(k) != "Person"]
                    if keys:
                        break
            elif kind == "clause":
                keys += self._clause_targets(di, tok, agents)
            elif kind == "target-of":  # "Basra was the target of an attack"
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "target":
                    keys += self.subjects(di, tok.head.head.head) if tok.head.head.dep_ == "attr" else []
            keys = [k for k in dict.fromkeys(keys) if k not in agents]
            if keys:
                return keys
        return []

    def _places_at(self, di: int, hosts: tuple[Token, ...]) -> list[str]:
        """Places named 'at', 'in' or 'near' on any of `hosts` ("the refinery at Basra")."""
        a = self.a
        return [k for prep in ("at", "in", "near") for h in hosts for p in _pobjs(h, prep) for k in a.refs_all(di, p)
                if a.type_of(k) in PLACE_TYPES]

    def _clause_targets(self, di: int, tok: Token, agents: list[str]) -> list[str]:
        """Actors named in a that-, for- or if-clause: the subject first, then the rest, minus the agent's side."""
        a = self.a
        side = set(agents)
        for ag in agents:
            side |= a.affiliation.get(ag, set())
        out: list[str] = []
        for c in tok.children:
            if c.dep_ not in ("ccomp", "xcomp", "advcl", "dobj"):
                continue
            if any(s.dep_ == "nsubjpass" for s in c.children):
                continue  # "alleged the activist was poisoned": the one it happened to is no target
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in PERSONAL_PRONOUNS]
            named = [k for s in subj for k in a.refs_all(di, s) if k not in side and a.type_of(k) in ACTOR_TYPES]
            if named:
                return named
            ordered = subj + [t for t in c.subtree if t not in subj]
            for t in ordered:
                for k in a.refs(di, t) if t.lower_ not in PERSONAL_PRONOUNS else []:
                    if k not in side and a.type_of(k) in ACTOR_TYPES and k not in out:
                        out.append(k)
        return out[:1] if out else []

    def sentence(self, di: int, sent: Span) -> Iterator[Event]:
        a = self.a
        attacker = demander = None
        for tok in sent:
            for trig in a.triggers.get((_lemma(tok), _pos_class(tok)), []):
                for ev in self._fire(di, sent, tok, trig):
                    if ev.family == "attacked" and ev.factuality == "asserted":
                        attacker = ev.agent
                    if ev.family in ("demanded", "called"):  # after a phone call, "the call" is that call
                        demander = ev.agent if ev.family == "demanded" else ""
                    yield ev
            if tok.pos_ in ("VERB",) and tok.lemma_.lower() in a.punitive:
                yield from self._threat(di, sent, tok)
            if attacker is None and tok.lemma_.lower() in a.claim_verbs and tok.pos_ == "VERB":
                attacker = self._claimant(di, tok)
                for target in a.unclaimed if attacker else []:
                    if target != attacker:
                        yield a.event("attacked", attacker, target, di, sent, tok, confidence=0.7)
                if attacker:
                    a.unclaimed = []
            if attacker is None and tok.lemma_.lower() in a.attack_nouns and tok.dep_ == "dobj":
                # "the US carried out the airstrike at the airport": an author without a named target
                if tok.head.lemma_.lower() in a.attack_light.get(_lemma(tok), ()) \
                        and self.factuality(tok.head, tok) == "asserted":
                    attacker = next(iter(self.subjects(di, tok.head)), None)
        yield from self._located(di, sent)
        if attacker is not None:  # later sentences may call this attack "the operation"
            a.last_attack = attacker
        if demander is not None:
            a.last_demand = demander or None

    def _fire(self, di: int, sent: Span, tok: Token, trig: Trigger) -> Iterator[Event]:
        a = self.a
        if trig.requires and not any(_cond(tok, r, a) for r in trig.requires):
            return
        if any(_cond(tok, u, a) for u in trig.unless):
            return
        clause = _clause_of(tok, trig)
        if clause is None:
            return
        if trig.with_:
            words = {t.lemma_.lower() for t in clause.subtree} | {t.lemma_.lower() for t in tok.subtree}
            if not words & set(trig.with_):
                return
        speaker, _ = self.speaker(di, clause)
        if trig.agent:
            agents = []
            for spec in trig.agent:
                kind, _, value = spec.partition(":")
                if kind == "prep":
                    agents += [k for p in _pobjs(tok, value) for k in a.refs_all(di, p)]
                elif kind == "members":  # "his critics, which include Amnesty"
                    agents += self._members(di, tok)
                elif kind == "last-attack":  # "other victims included ...": of the attack just reported
                    agents += [a.last_attack] if a.last_attack else []
                elif kind == "subject":  # an adjective's subject: "Belarus is allied with Russia"
                    gov = tok.head if tok.dep_ in ("acomp", "amod", "attr") else tok
                    agents += [k for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for k in a.refs_all(di, c)]
                else:
                    agents += [k for c in _children(tok, kind) for k in a.refs_all(di, c)]
        elif trig.reported:
            agents = [speaker] if speaker else []
        else:
            agents = self.subjects(di, clause)
            if not agents and tok.pos_ == "NOUN":
                agents = [k for c in tok.children if c.dep_ in ("poss", "compound", "amod") for k in a.refs(di, c)]
            if not agents and trig.pos != "VERB" and clause.lemma_ == "be" and speaker:
                agents = [speaker]
        agents = self._first_person(di, clause, agents, speaker)
        agents = [k for k in agents if a.type_of(k) in ACTOR_TYPES]
        if not agents:
            if trig.family == "attacked" and self.factuality(clause, tok) == "asserted":
                # an attack without a named author: whoever claims it later attacked these
                a.unclaimed = self.targets(di, tok, clause, trig, []) or a.unclaimed
            return
        targets = self.targets(di, tok, clause, trig, agents)
        if not targets and trig.symmetric and len(agents) == 1:
            agents = self._coordinated(di, clause, agents)
        if not targets and trig.symmetric and len(agents) > 1:
            pairs = [(x, y) for i, x in enumerate(agents) for y in agents[i + 1:]]
        else:
            pairs = [(x, y) for x in agents for y in targets]
        fact = self.factuality(clause, tok)
        conf = trig.confidence if "clause" not in trig.object or targets else trig.confidence - 0.2
        for ag, tg in pairs:
            if ag == tg or (trig.family != "attacked" and a.type_of(tg) not in ACTOR_TYPES):
                continue
            yield a.event(trig.family, ag, tg, di, sent, tok, confidence=conf, factuality=fact, speaker=speaker)

    def _coordinated(self, di: int, clause: Token, agents: list[str]) -> list[str]:
        """'A and B spoke' where the parser lost the coordination: the other actors of the subject phrase."""
        a = self.a
        kind = a.type_of(agents[0])
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            words = list(subj.subtree)
            if not any(w.dep_ == "cc" and w.lower_ == "and" for w in words):
                continue
            for w in words:
                for k in a.ents.at(di, w):
                    if k not in agents and a.type_of(k) == kind:
                        agents = agents + [k]
        return agents

    def _first_person(self, di: int, clause: Token, agents: list[str], speaker: str | None) -> list[str]:
        """'we warn the Saudis', said by a spokesperson: the agent is the body the speaker speaks for."""
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if speaker and subj and subj[0].lower_ in FIRST_PERSON:
            bodies = sorted(k for k in self.a.affiliation.get(speaker, set()) if self.a.type_of(k) != "Country")
            if subj[0].lower_ in ("we", "us", "our") and bodies:
                return bodies[:1]
            return [speaker]
        return agents

    def _threat(self, di: int, sent: Span, verb: Token) -> Iterator[Event]:
        """A punitive act promised for the future or under a condition is a threat."""
        a = self.a
        fact = self.factuality(verb, verb)
        if fact not in ("conditional", "future") or verb.lemma_ == "threaten":
            return
        if fact == "future" and not any(c.dep_ == "advcl" for c in verb.children) and verb.lemma_ not in (
                "sanction", "expel", "retaliate", "prosecute", "pursue", "punish"):
            return
        agents = [k for k in self.subjects(di, verb) if a.type_of(k) in ACTOR_TYPES]
        if not agents:
            return
        speaker, _ = self.speaker(di, verb)
        agents = self._first_person(di, verb, agents, speaker)
        side = set(agents)
        for ag in agents:
            side |= a.affiliation.get(ag, set())
        subj_toks = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        cands: list[str] = []
        # partners named with a preposition first ("talks with Russia"); topics ("Syria talks") never
        ranked = sorted(verb.subtree, key=lambda t: (t.dep_ != "pobj" or t.head.lower_ not in ("with", "against", "on"), t.i))
        for t in ranked:
            if t.i in subj_toks or t.lower_ in PERSONAL_PRONOUNS:
                continue
            if t.dep_ == "compound" and not a.ents.at(di, t.head):
                continue
            for k in a.refs(di, t):
                if k not in side and a.type_of(k) in ACTOR_TYPES and k not in cands:
                    cands.append(k)
        for ag in agents:
            for tg in cands[:1]:
                yield a.event("threatened", ag, tg, di, sent, verb, confidence=0.7, speaker=speaker)

    def _located(self, di: int, sent: Span) -> Iterator[Event]:
        """'Mosul in northern Iraq', 'Berlin, Germany', 'Kazan in Tatarstan'."""
        a = self.a
        for tok in sent:
            inner = [k for k in a.ents.at(di, tok) if a.type_of(k) in ("City", "Region")]
            if not inner or tok.i != max(t.i for t in [tok]):
                continue
            outer: list[str] = []
            for p in _pobjs(tok, "in"):
                outer += a.refs_all(di, p)
            nxt = tok.i + 1
            if nxt + 1 < len(tok.doc) and tok.doc[nxt].text == "," and not outer:  # "Berlin, Germany"
                outer += [k for k in a.ents.at(di, tok.doc[nxt + 1]) if a.type_of(k) == "Country"]
            if nxt < len(tok.doc) and tok.doc[nxt].lower_ == "in" and not outer:
                outer += self._adjacent_container(di, tok, tok.doc[nxt], inner)
            for o in outer:
                if a.type_of(o) in PLACE_TYPES and o not in inner:
                    for i in inner:
                        if a.type_of(o) == "Region" and a.type_of(i) == "Region":
                            continue
                        yield a.event("locatedIn", i, o, di, sent, tok, confidence=0.8)


    def _adjacent_container(self, di: int, tok: Token, prep: Token, inner: list[str]) -> list[str]:
        """'from Kazan in Tatarstan' parsed with 'in' on the verb: the place right after 'in' holds the one
        before it only when it is of a bigger kind and the gazetteer does not put the city elsewhere."""
        a = self.a
        rank = {"City": 0, "Region": 1, "Country": 2}
        out = []
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            for k in a.refs_all(di, p):
                if a.type_of(k) not in rank or any(rank[a.type_of(k)] <= rank[a.type_of(i)] for i in inner):
                    continue
                states = {a.ents.entities[i].state for i in inner} - {None, ""}
                if a.type_of(k) == "Country" and states and a.ents.entities[k].label not in states:
                    continue
                out.append(k)
        return out


def _known_locations(a: Article_, events: list[Event]) -> Iterator[Event]:
    """A city named in the article lies in its country (gazetteer), when the article names that country."""
    have = {(e.agent, e.target) for e in events if e.family == "locatedIn"}
    by_label = {e.label: k for k, e in a.ents.entities.items() if e.type == "Country"}
    for m in a.ents.mentions:
        ent = a.ents.entities[m.key]
        if ent.type != "City" or m.metonym or not ent.state or ent.state not in by_label:
            continue
        country = by_label[ent.state]
        if (m.key, country) in have or m.key == country:
            continue
        have.add((m.key, country))
        doc = a.docs[m.doc_index]
        tok = doc[m.head]
        yield a.event("locatedIn", m.key, country, m.doc_index, tok.sent, tok, confidence=0.6, method="gazetteer")


def extract_docs(article: Article, docs: Sequence[Doc], offsets: Sequence[int], nlp: Language,
                 lex: Lexicon | None = None, quotes: Sequence[tuple[int, int]] | None = None) -> ArticleResult:
    """Events and entities of an article whose paragraphs are already parsed."""
    lex = lex or load_lexicon()
    ents = resolve(docs, lex, nlp, offsets)
    a = Article_(article, docs, offsets, ents, lex, structure(article.text).quotes if quotes is None else quotes)
    events = a.link_titles()
    ex = Extractor(a)
    for di, doc in enumerate(docs):
        for sent in doc.sents:
            events.extend(ex.sentence(di, sent))
    events.extend(_known_locations(a, events))
    # one event per (family, agent, target, sentence): a pattern may fire twice on one sentence
    unique: dict[tuple[Any, ...], Event] = {}
    for e in events:
        k = (e.family, e.agent, e.target, e.start)
        if k not in unique or unique[k].confidence < e.confidence:
            unique[k] = e
    used = {e.agent for e in unique.values()} | {e.target for e in unique.values()}
    for e in list(unique.values()):
        if e.place:
            used.add(e.place)
    # entities that take part in no fact are kept only when the gazetteer or a full name vouches for them
    entities = {k: v for k, v in ents.entities.items()
                if k in used or v.qid or (v.type == "Person" and " " in v.label) or v.type == "Country"}
    ordered = sorted(unique.values(), key=lambda e: (e.start, e.family, e.agent, e.target))
    warnings = [] if _looks_english(docs) else [f"{article.source or article.id}: does not look like English; "
                                                "extraction finds little in other languages"]
    return ArticleResult(article=article, entities=entities, events=ordered, warnings=warnings)


MAX_PARAGRAPH = 20_000  # characters; longer paragraphs are parsed in pieces cut at sentence ends


def paragraphs(article: Article) -> list[tuple[int, int]]:
    """The (start, end) offsets of the paragraphs worth analysing, long ones cut into pieces."""
    return _cut_long(article, structure(article.text).paragraphs)


def _cut_long(article: Article, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e - s > MAX_PARAGRAPH:
            window = article.text[s:s + MAX_PARAGRAPH]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 2 if cut > MAX_PARAGRAPH // 2 else (window.rfind(" ") + 1 or MAX_PARAGRAPH)
            out.append((s, s + cut))
            s += cut
        out.append((s, e))
    return out


def _looks_english(docs: Sequence[Doc]) -> bool:
    """Function words make up a good share of any English text; a foreign text has almost none."""
    words = [t for d in docs for t in d if t.is_alpha]
    if len(words) < 30:
        return True
    return sum(1 for t in words if t.is_stop) / len(words) > 0.15


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 64,
                     n_process: int = 1) -> Iterator[ArticleResult]:
    """Parse paragraphs in nlp.pipe batches and extract each article's events, in input order.

    Only the articles whose paragraphs are still in the parser are held (a queue, emptied as they finish).
    """
    lex = load_lexicon()
    pending: deque[tuple[Article, list[tuple[int, int]], tuple[tuple[int, int], ...]]] = deque()

    def texts() -> Iterator[str]:
        for art in articles:
            st = structure(art.text)
            spans = _cut_long(art, st.paragraphs)
            pending.append((art, spans, st.quotes))
            for s, e in spans:
                yield art.text[s:e]

    buf: list[Doc] = []

    def finished() -> Iterator[ArticleResult]:
        nonlocal buf
        while pending and len(buf) >= len(pending[0][1]):
            art, spans, quotes = pending.popleft()
            docs, buf = buf[:len(spans)], buf[len(spans):]
            yield extract_docs(art, docs, [s for s, _ in spans], nlp, lex, quotes)

    for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
        buf.append(doc)
        yield from finished()
    yield from finished()  # articles with no paragraph left to parse
