"""Frames + the relation lexicon -> events. The families differ only in data (kg/extract/rules.py):
each rule says which roles of a frame hold its agent and its target; roles.py fills the roles with
entities, and this module applies factuality and the speaker and keeps the pairs that make sense."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import Event
from .conditions import applies
from .evidence import Evidence
from .frames import Frame
from .kinds import ACTOR_TYPES, PLACE_TYPES
from .modality import factuality, own_factuality
from .roles import FIRST_PERSON, Roles
from .rules import Rule, Vocabulary
from .shapes import ended, owners, past_clause, said_past, through_partitives
from .syntax import obliques_of, word_in

_CONTACTS = frozenset({"metWith", "negotiatedWith", "called"})  # families of two who meet, talk or phone
_BEFORE_THE_CLAUSE = frozenset({"after", "following", "during"})  # an event noun's time beside a clause


@dataclass
class Relater(Roles):
    """Turns one article's frames into events."""

    evidence: Evidence = field(kw_only=True)
    voice_of: Mapping[str, list[str]] = field(default_factory=dict, kw_only=True)  # spokesperson -> bodies spoken for

    # -- rules ---------------------------------------------------------------------------------
    def events(self, f: Frame, di: int, rules: Sequence[Rule]) -> Iterator[Event]:
        for rule in rules:
            if applies(rule, f, self.refs.vocab):
                yield from self._fire(rule, f, di)

    def _agents(self, rule: Rule, f: Frame, di: int, speaker: str | None) -> list[str]:
        r = self.refs
        found: list[str] = []
        for role in rule.agent:
            found = self.fill(role, f, di, rule)
            if found:
                break
        subj = next(iter(f.agents or f.light_agents), None)
        if speaker and subj is not None and subj.lower_ in FIRST_PERSON:
            found = self._first_person(subj, speaker)  # "we warn X", said by a spokesperson: the body
        elif speaker and subj is not None and subj.lower_ == "it" and (subj.head.lemma_ not in (
                "be", "seem", "appear", "remain", "become", "take") or any(
                c.dep_ == "acomp" and c.lower_ in r.vocab.readiness_words for c in subj.head.children)
                or subj.head.lemma_ == "take" and _takes_against(r.vocab, subj.head)) \
                and r.type_of(speaker) != "Person":  # (not "it takes time"; but "said it would take X to court")
            found = [speaker]  # "Turkey said it backed X", "Somalia said it was prepared to use force against X"
        councils = self._councils(di, f.agents)  # "The city of Riverbend holds X responsible"
        return [k for k in self._voiced(rule.family, found) if r.type_of(k) in ACTOR_TYPES or k in councils]

    def _councils(self, di: int, toks: Iterable[Token]) -> set[str]:
        """Towns and regions named as "the city (of X)", "the state of X", "the Ontario government", "the state
        government": their government, able to act and be acted on."""
        r = self.refs
        towns = {k for t in toks if t.lemma_.lower() in r.vocab.town_nouns and any(c.lower_ == "the" for c in t.children)
                 for k in r.of(di, t)}
        return towns | {k for t in toks if t.lemma_.lower() in r.vocab.state_nouns for k in r.of(di, t)
                        if r.type_of(k) in ("Region", "City")}

    def _voiced(self, family: str, actors: list[str]) -> list[str]:
        """A spokesperson's warning is the body's warning (for the families voiced for others)."""
        if family not in self.refs.vocab.voiced_families:
            return actors
        return [b for k in actors for b in (self.voice_of.get(k) or [k])[:1]]

    def _first_person(self, tok: Token, speaker: str) -> list[str]:
        """'we' or 'us' in what a spokesperson says is the body they speak for; 'I' is the speaker."""
        bodies = sorted(k for k in self.affiliation.get(speaker, set()) if self.refs.type_of(k) != "Country")
        return bodies[:1] if tok.lower_ in ("we", "us", "our", "ours") and bodies else [speaker]

    def _fire(self, rule: Rule, f: Frame, di: int) -> Iterator[Event]:
        r, fam = self.refs, rule.family
        speaker = self.speakers.of(di, f.clause)
        agents = self._voiced(fam, [speaker]) if rule.reported and speaker else \
            ([] if rule.reported else self._agents(rule, f, di, speaker))
        # "after talks with Y, X refused ...": the talks took place, whatever the clause beside them says
        fact = factuality(f.clause, r.vocab, f.pred)
        if fact != "asserted" and f.kind == "noun" and f.occasion in _BEFORE_THE_CLAUSE and not any(
                c.dep_ in ("relcl", "acl") or c.lower_ in ("any", "no") for c in f.pred.subtree if c.i != f.pred.i) \
                and (fact == "negated" and past_clause(f.occasion_host) or said_past(f.pred)):
            fact = own_factuality(f.pred, r.vocab)  # "after talks with Y, X refused to ...": the talks took place
        targets: list[str] = []
        for role in rule.target:
            targets = [k for k in self.fill(role, f, di, rule) if k not in agents]
            if not targets and speaker and role.kind in ("patient", "recipient", "prep"):  # "X attacked us"
                toks = {"patient": f.patients, "recipient": f.recipients}.get(role.kind) or f.oblique(role.value)
                targets = [k for t in toks if t.lower_ in FIRST_PERSON for k in self._first_person(t, speaker)
                           if k not in agents]
            if targets:
                break
        if role.kind == "patient-owner" and fam in ("criticized", "supports") and any(
                word_in(t, r.vocab.misfortune_nouns) or word_in(t, r.vocab.done_to_nouns)
                and not any(p == "of" for p, _ in obliques_of(t)) for t in f.patients):
            targets = []  # "called X's illness a nightmare", "called X's dismissal unjust": no blame of X (but
            # "condemned X's arrest of journalists" blames X)
        named = role.kind == "patient" and any(r.all_of(di, t) for t in f.patients)
        if fam in r.vocab.deed_families and targets and role.kind in ("patient", "patient-owner") and not named:
            # an act named again ("the decision") or owned ("the company's strategy"): not one of the speaker's own
            # side ("the association's chairman criticised the decision", the association's)
            own = set(agents) | {b for a in agents for b in self.affiliation.get(a, ())}
            targets = [k for k in targets if k not in own]
        if fam == "supports" or fam == "holdsResponsible" and rule.reported:  # "VLF commander X defended the raid":
            # backing one's own body is no news; nor a spokesman's word that his own army carried out a raid
            own = set(agents) | {b for a in [*agents, speaker] if a for b in self.affiliation.get(a, ())}
            targets = [k for k in targets if k not in own and not (r.entity(k).state and any(
                r.type_of(a) == "Country" and r.entity(a).label == r.entity(k).state for a in own))]
            if fact == "asserted" and ended(f, r.vocab.ending_verbs):
                fact = "negated"  # "withdrew its support for X", "stopped backing X": support no more
        if targets and fam == "attacked" and role.kind == "patient":  # "stormed X, a tanker owned by Y": Y's too
            described = [a for t in f.patients for a in t.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
            targets += [k for k in self._keys(di, owners(described, r.vocab)) if k not in targets and k not in agents]
        if targets and fam == "attacked" and role.kind in ("patient-owner", "prep-owner"):
            owned = through_partitives(list(f.patients if role.kind == "patient-owner" else f.oblique(role.value)), r.vocab)
            # attacking someone's policy or remarks is criticising them; shelling their positions is not (but a
            # position "on" something is a stance)
            armed = f.lemma in r.lex.relations["word_classes"]["physical_attacks"] and \
                any(word_in(t, r.vocab.property_nouns) and not any(p == "on" for p, _ in obliques_of(t)) for t in owned)
            if not armed and any(t.lemma_.lower() in r.vocab.abstract_objects for t in owned):
                fam = "criticized"
        # "threatened the city (of Tarsk) with a strike", "called on the state of X to intervene"
        # (or the subject of what is demanded: "demanded that the state government send troops")
        asked = r.vocab.grammar.surface_subjects(f.complement) if f.complement is not None else []
        councils = self._councils(di, [*f.patients, *(o for p, o in f.obliques if p in ("on", "upon", "to")), *asked])
        targets = [k for k in targets if r.type_of(k) in ACTOR_TYPES or fam == "attacked" and r.type_of(k) in PLACE_TYPES
                   or k in councils and fam not in _CONTACTS]
        if fam == "metWith":  # "visited the Hale Memorial Hospital": a site one goes to, not someone met
            acting = r.lex.relations["word_classes"]["org_type_words"]["GovernmentOrganization"]  # embassies meet
            targets = [k for k in targets if not r.is_site(k) or r.entity(k).label.split()[-1].lower() in acting]
        if fam == "attacked" and agents and targets and all(r.is_club(k) for k in [*agents, *targets]):
            return  # "Kelby Rovers stormed the Ashgrove Athletic defence": a match, not an attack
        if fam == "attacked" and fact == "asserted":  # later sentences may say "the operation"
            if agents:
                self.memory.attacked(agents[0])
            elif targets:
                self.memory.unclaimed = targets  # whoever later claims the attack carried it out
        if fam == "demanded" and agents and targets and fact == "asserted":  # (not "demanded that X order a recount":
            self.memory.demander = agents[0]  # X's order, asked for, is no demand of X's)
        if not agents and role.kind == "between" and len(targets) > 1 and rule.symmetric | (fam == "called"):
            agents, targets = targets, []  # "talks between A and B", "a call between A and B"
        if not agents:
            return
        if not targets and len(agents) > 1 and any(p.lower_ in ("other", "another") for p in f.patients) and \
                any(c.lower_ in ("each", "one") for p in f.patients for c in p.children):
            pairs = [(x, y) for x in agents for y in agents if x != y]  # "A and B blamed each other"
            for ag, tg in pairs:
                yield self.evidence.event(fam, ag, tg, di, f.pred, confidence=rule.confidence, factuality=fact,
                                          speaker=speaker)
            return
        # "A and B met": the two did it together; but "A and B visited Cairo" or "met the press" is no meeting
        # of the two ("A and B negotiated a truce" still is a negotiation between them)
        alone = not (fam == "metWith" and f.patients)
        if not targets and rule.symmetric and len(agents) == 1 and alone:
            agents = self._coordinated(f, di, agents)
        if not targets and (rule.symmetric or fam == "called") and len(agents) > 1 and alone:
            pairs = [(x, y) for i, x in enumerate(agents) for y in agents[i + 1:]]
        else:
            pairs = [(x, y) for x in agents for y in targets if x != y]
        if rule.symmetric and fam not in _CONTACTS:  # "A and B formed an alliance":
            pairs += [(y, x) for x, y in pairs if (y, x) not in pairs]  # each backs the other, both edges stated
        if fam in _CONTACTS:  # no one meets or phones their own body ("met X and other
            pairs = [(x, y) for x, y in pairs  # union leaders": not X with the union X leads)
                     if y not in self.affiliation.get(x, ()) and x not in self.affiliation.get(y, ())]
        conf = rule.confidence
        code = rule.source.removeprefix("cameo:") if rule.source.startswith("cameo:") else None
        for ag, tg in pairs:
            yield self.evidence.event(fam, ag, tg, di, f.pred, confidence=conf, factuality=fact, speaker=speaker,
                                      place=self._place(f, di), cameo=code)

    def _coordinated(self, f: Frame, di: int, agents: list[str]) -> list[str]:
        """'A and B spoke' where the parser lost the coordination: the other actors of the subject phrase."""
        r = self.refs
        kind = r.type_of(agents[0])
        for subj in f.agents:
            for w in subj.subtree:
                for k in r.ents.at(di, w):
                    if k not in agents and r.type_of(k) == kind:
                        agents = agents + [k]
        return agents

    def _place(self, f: Frame, di: int) -> str | None:
        for prep, o in f.obliques:
            if prep in ("in", "at"):
                for k in self.refs.of(di, o):
                    if self.refs.type_of(k) in ("City", "Region"):
                        return k
        return None


def _takes_against(v: Vocabulary, take: Token) -> bool:
    """'take X to court', 'take legal action', 'take action against X': "take" that moves against someone (not
    "it takes time", nor "take action to cut costs")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "dobj" and c.lemma_.lower() in v.punitive_nouns
               and (c.lemma_.lower() != "action" or any(a.dep_ == "amod" or a.lower_ == "against" for a in c.children))
               for c in take.children)
