"""Who fills each role of a frame: the entities a frame's agent, patient, recipient, prepositional
phrases, clause or condition stand for, after pronouns, descriptions, back-references ("the operation")
and owners ("X's convoy") are resolved. The relater (relate.py) asks for roles by the names the rules use."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from .entities import PERSONAL_PRONOUNS
from .frames import Frame
from .groups import members
from .kinds import ACTOR_TYPES, BODIES_AND_STATES, PLACE_TYPES
from .memory import Memory, back_reference
from .modality import Speakers
from .pronouns import addressee
from .refer import Referents
from .rules import Role, Rule
from .shapes import (
    attack_target,
    attack_verb,
    clause_venues,
    contacted,
    owners,
    referring_it,
    through_partitives,
    under_noun,
)
from .states import state_police
from .syntax import condition, conjuncts, obliques_of, owners_of, word_in

FIRST_PERSON = {"we", "us", "our", "i", "me", "my", "ours"}


@dataclass
class Roles:
    """Fills a frame's roles with one article's entities."""

    refs: Referents
    speakers: Speakers
    affiliation: Mapping[str, set[str]]  # person -> the bodies and states they act for
    memory: Memory = field(default_factory=Memory)

    def _owned_by(self, di: int, owned: list[Token]) -> list[str]:
        """Whose the things are: "the Baghdad offices of X", "the motorcade of X" (the of-phrase names the
        owner, the modifier only where they are), else a possessive or modifier ("X's convoy")."""
        v = self.refs.vocab  # (and "the resignation of X": X's own act)
        of_phrases = [o for t in owned if word_in(t, v.property_nouns) or word_in(t, v.owner_acts) or word_in(t, v.made_by_nouns)
                      for prep, o in obliques_of(t) if prep == "of"]
        found = self._keys(di, of_phrases) if of_phrases else self._keys(di, owners(owned, self.refs.vocab))
        return found or self._story_forces(owned)

    def _story_forces(self, owned: list[Token]) -> list[str]:
        """"attacked an army base", "a police station": the article's one state army (or police force), wherever
        it names it ("... a spokesman for the Nigerian Army said")."""
        r = self.refs  # (a site or unit of the force: not "an army veteran")
        words = {c.lower_ for t in owned if t.lemma_.lower() in r.vocab.force_sites | r.vocab.forces_own_nouns
                 for m in t.children if m.dep_ in ("compound", "amod")
                 for c in (m, *(x for x in m.children if x.dep_ in ("compound", "amod")))  # ("army ranger outpost")
                 if c.is_lower}
        if words & set(r.vocab.state_force_words):
            found = {k for k, e in r.ents.entities.items() if e.type == "ArmedForces" and e.state}
        elif words & r.vocab.state_police_nouns:
            found = set(state_police(r))
        else:
            return []
        return sorted(found) if len(found) == 1 else []

    def _keys(self, di: int, toks: Sequence[Token], deeds: bool = False) -> list[str]:
        """The entities the tokens stand for; with `deeds`, a noun naming an act stated before ("criticised the
        decision") stands for its doer."""
        out: list[str] = []
        for t in toks:
            found = self.refs.all_of(di, t) or back_reference(self.memory, self.refs, self.affiliation, t, deeds) or self._wielder(di, t)
            if not found and (t.tag_ == "CD" or t.lower_ in self.refs.vocab.partitive_words):
                # "fired at thousands of members of X", "two of the group's fighters": whom the count picks from
                found = self._keys(di, [o for prep, o in obliques_of(t) if prep == "of"])
            out.extend(k for k in found if k not in out)
        return out

    def _wielder(self, di: int, tok: Token) -> list[str]:
        """'Israeli airstrikes hit Gaza', 'Russian missiles', 'X fired the shots that killed Y': who the
        weapon or attack belongs to."""
        v = self.refs.vocab
        if tok.lemma_.lower() not in v.weapon_nouns | v.attack_nouns:
            return []
        found = [k for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") for k in self.refs.of(di, c)]
        if not found and tok.dep_ == "dobj" and tok.lemma_.lower() in v.weapon_nouns:
            found = self._keys(di, v.grammar.agents(tok.head))  # "X fired the shots that killed Y"
        if not found:  # "rockets fired by X"
            found = self._keys(di, [o for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                    for p, o in obliques_of(c) if p == "by"])
        if not found and tok.lemma_.lower() in v.weapon_nouns:  # "pounded by artillery of the Northern Brigade"
            found = self._keys(di, [o for p, o in obliques_of(tok) if p == "of"])
        return found

    def fill(self, role: Role, f: Frame, di: int, rule: Rule | None = None) -> list[str]:
        """The entities a frame holds in one role."""
        r, k = self.refs, role.kind
        if k == "agent":
            found = self._keys(di, f.agents)
            carriers = (rule.light if rule is not None and rule.light else r.vocab.light_verbs)
            if not found and f.light in carriers:
                found = self._keys(di, f.light_agents)  # "X launched an attack", "X held talks"
            if not found and f.occasion in carriers:  # a rule's light words may name prepositions too
                found = self._keys(di, f.occasion_agents)  # "In a phone call with Y, X condemned ..."
            return found or self._implied_agent(f, di)
        if k == "last-attacker":
            return [self.memory.attacker] if self.memory.attacker else []
        if k == "patient":
            return self._keys(di, f.patients, deeds=rule is not None and rule.family in r.vocab.deed_families)
        if k == "recipient":
            return self._keys(di, f.recipients)
        if k == "message-recipient":  # "In a letter to Y, X demanded ...": whom the message that carries it goes to
            messages = [m for p, m in obliques_of(f.pred) if p == "in" and word_in(m, r.vocab.message_nouns)]
            # "in a letter to Y", "in a letter sent on Monday to Y"
            return self._keys(di, [o for m in messages for h in [m, *(c for c in m.children if c.dep_ == "acl")]
                                   for q, o in obliques_of(h) if q == "to"])
        if k == "contacted":  # "phoned Y to demand ...", "met Y to press for ...", "wrote to Y demanding ...": Y
            reached = contacted(f.pred, r.vocab.contact_verbs, r.vocab.done_to_nouns) if f.kind == "verb" else []
            return self._keys(di, reached)
        if k == "occasion-addressee":  # "In a phone call, X told Y that ...": Y, whom the clause's verb addresses
            host = f.occasion_host
            if host is None or rule is None or f.occasion not in rule.light \
                    or host.lemma_.lower() not in r.vocab.addressing_verbs \
                    or not any(c.lower_ in ("phone", "telephone") for c in f.pred.children) \
                    or any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ in ("from", "with", "to", "between", "by")
                           for c in f.pred.children):
                return []  # "in a call with reporters / from Y / that Z placed, X told W": not a call to W
            return self._keys(di, [t for c in host.children if c.dep_ in ("dobj", "dative") for t in conjuncts(c)])
        if k == "light-subject":  # only under the rule's own light verbs ("lost the backing of Y" is none)
            return self._keys(di, f.light_agents) if rule is not None and f.light in rule.light else []
        if k == "possessor":
            return self._keys(di, f.possessor)
        if k == "modifier":  # "Israeli shelling", "Ethiopian artillery shelling"
            return self._keys(di, f.modifiers)
        if k == "described":  # "Lincoln's killer, John Wilkes Booth", "Kennedy assassin Sirhan", "X, a critic of Y"
            p = f.pred
            near = [c for c in p.children if c.dep_ == "appos"]
            if p.dep_ in ("appos", "compound", "nmod"):
                near.append(p.head)
            if p.dep_ == "attr" and p.head.lemma_ == "be":  # "X was the assassin of Y"
                near += [s for s in p.head.children if s.dep_ == "nsubj"]
            return self._keys(di, near)
        if k == "between":
            return self._keys(di, f.oblique("between"))
        if k == "prep":
            # "blamed the attack on X on Y": the "on" right after an attack noun is the attack's, whoever it hangs on
            return self._keys(di, [t for t in f.oblique(role.value) if not attack_target(t, r.vocab, f.pred)])
        if k == "prep-owner":  # "called for G7 action", "an attack on X's policy": whose thing it is
            # "called for his release": a release is done to its owner, not by them
            owned = [p for p in f.oblique(role.value) if not r.of(di, p) and p.lemma_.lower() not in r.vocab.done_to_nouns]
            if rule is not None and rule.family == "attacked":  # "fired on X's convoy", not "on X's supporters"
                owned = [p for p in through_partitives(owned, r.vocab) if word_in(p, r.vocab.property_nouns)
                         or p.lemma_.lower() in r.vocab.abstract_objects]
            return self._owned_by(di, owned)
        if k == "object-prep":
            # "blamed the attack on its leader on X": an attack's own "on" names whom it struck, not who is blamed
            # (but whom a threat's attack would strike: "threatened new strikes on X")
            threat = rule is not None and rule.family == "threatened"
            return self._keys(di, [t for p, t in f.object_obliques if p == role.value
                                   and (threat or not attack_target(t, r.vocab, f.pred))])
        if k == "members":
            return members(r, di, f.pred)
        if k == "speaker":
            found = self.speakers.of(di, f.clause)
            return [found] if found else []
        if k == "patient-owner":  # "condemned X's decision", "the agreement between A and B"
            owned = [p for p in f.patients if not r.of(di, p)]
            if rule is not None and rule.family in ("attacked", "criticized"):  # "bombed two of the group's camps"
                owned = through_partitives(owned, r.vocab)
            found = self._owned_by(di, owned)
            if not found and owned and not f.passive and f.kind == "verb":  # "attacked the proclamation by X":
                found = self._keys(di, [o for c in f.pred.children if c.dep_ == "agent" and c.i > owned[0].i
                                        for o in c.children if o.dep_ == "pobj"])  # the by-phrase hung on the verb
            return found
        if k in ("patient-place", "prep-place"):  # "struck the refinery at X", "an attack on a station in X"
            hosts = [p for p in (f.patients if k == "patient-place" else f.oblique(role.value)) if not r.of(di, p)]
            places = [o for h in hosts + ([f.pred] if hosts else []) for prep, o in obliques_of(h)
                      if prep in ("at", "in", "near", "inside")]
            return [x for x in self._keys(di, places) if r.type_of(x) in PLACE_TYPES]
        if k == "condition":  # "threatened further attacks unless the company paid": the one who must comply
            side = self._side(f, di)
            cond = condition(f.pred, up=1) or next((c for x in f.pred.children if x.dep_ == "xcomp"
                                                     if (c := condition(x, up=1))), None)
            # one that asks something of them ("unless X pays"), or one deterred ("threatened to call protests if X
            # announced results": an act of X's own, not "if X was dismissed")
            subjects = [s for s in (cond[0].children if cond else ()) if s.dep_ == "nsubj"]
            if any(s.lower_ == "it" for s in subjects):  # "... if it announced results": the body named last before
                a_body = any(r.type_of(k) != "Person" for t in f.agents for k in r.all_of(di, t))
                if a_body and not (
                        cond[1] and cond[0].lemma_.lower() not in r.vocab.gaining_verbs):
                    # a body's own threat: "it" is as likely the body itself ("threatened to leave if it lost"), but
                    # not in what it asks of another ("unless it pulled its troops back")
                    return []
                it = subjects[0]
                before = [t for t in reversed(it.sent[:it.i - it.sent.start]) if t.pos_ in ("NOUN", "PROPN")
                          and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")]
                nearest = [k for t in before for k in r.of(di, t) if r.type_of(k) in BODIES_AND_STATES]
                if a_body:
                    nearest = [k for k in nearest if k not in side]  # a body asking: the nearest other one
                return [k for k in nearest[:1] if k not in side]  # (none where "it" is the threatener's own side)
            return [x for s in subjects if s.lower_ not in PERSONAL_PRONOUNS for x in r.all_of(di, s)
                    if r.type_of(x) in ACTOR_TYPES and x not in side][:1]
        if k in ("complement", "complement-subject"):
            if rule is not None and rule.family == "warned" and self._third_party_threat(f, di):
                return []  # "warned that the Kora Brigade would attack Sorin": a warning about the brigade, to no one named
            return self._complement(f, di, subject_only=k == "complement-subject")
        if k in ("attached", "defied"):  # "X, with support from Y", "X went ahead despite criticism from Y": X
            preps = ("with", "under") if k == "attached" else ("despite", "amid")
            host = f.pred.head.head if f.pred.dep_ == "pobj" and f.pred.head.lower_ in preps else None
            if host is None:
                return []
            if host.pos_ in ("VERB", "AUX"):
                return self._keys(di, self.refs.vocab.grammar.surface_subjects(host))
            return self._keys(di, [host]) if k == "attached" else []
        if k == "sufferer":  # "X died in a Malian airstrike", "X was wounded in the shelling": X
            host = f.pred.head.head if f.pred.dep_ == "pobj" and f.pred.head.lower_ == "in" else None
            if host is None or not (host.lemma_.lower() in r.vocab.suffering_verbs or host.lemma_.lower() in
                                    r.vocab.hurting_verbs and any(c.dep_ == "nsubjpass" for c in host.children)):
                return []  # not "troops killed 40 militants in an airstrike": the killers are no sufferers
            return self._keys(di, r.vocab.grammar.surface_subjects(host))
        if k == "drawn":  # "X drew criticism from Y", "X's killing of Z drew condemnation from Y", "X came under fire"
            host = f.pred.head if f.pred.dep_ == "dobj" else f.pred.head.head if under_noun(f.pred) else None
            if host is None or host.lemma_.lower() not in self.refs.vocab.drawing_verbs:
                return []
            subjects = self.refs.vocab.grammar.surface_subjects(host)
            return self._keys(di, subjects) or self._keys(di, owners(subjects, self.refs.vocab)) \
                or self._owned_by(di, subjects)  # (or whose they are: "a patrol of X came under fire")
        raise ValueError(f"role '{k}' has no filler")  # rules.py admits only known roles

    def _implied_agent(self, f: Frame, di: int) -> list[str]:
        """An agent the clause implies: 'killed in the airstrike' (its author), 'a message blaming X'
        posted by someone (the poster)."""
        if f.kind == "verb" and f.passive:
            found = self._keys(di, [o for p, o in f.obliques if p in ("by", "in")
                                    and o.lemma_.lower() in self.refs.vocab.attack_nouns])
            # "was murdered on the orders of X", "at the behest of X", "on X's orders": who ordered it
            orders = [o for p, o in f.obliques if p in ("on", "at") and o.lemma_.lower() in self.refs.vocab.order_nouns
                      and f.lemma in self.refs.vocab.ordered_acts]
            return found or self._keys(di, [t for o in orders for t in owners_of(o)])
        # the noun the participle describes: its head, or the message the grammar found ("a video on X accusing Y")
        messages = self.refs.vocab.grammar.message_nouns
        message = next((a for a in f.agents if a.lemma_.lower() in messages), None)
        host = message if message is not None else f.pred.head
        if f.kind == "verb" and (f.pred.dep_ == "acl" or message is not None) and host.pos_ == "NOUN" \
                and not self.refs.of(di, host):
            clause = host.head.head if host.dep_ == "pobj" else host.head
            if host.dep_ in ("dobj", "pobj") and clause.pos_ in ("VERB", "AUX"):
                return self._keys(di, self.refs.vocab.grammar.agents(clause))
        return []

    def _third_party_threat(self, f: Frame, di: int) -> bool:
        """Whether a warning's clause says that someone it names will attack or punish ("warned that X would
        strike Y"): X is who threatens, not who is warned. Not "that X would face sanctions", nor "that it would
        ban Y's tankers" (the warner's own act, against Y)."""
        comp, v = f.complement, self.refs.vocab
        if comp is None or not comp.pos_ == "VERB" or any(c.dep_ == "nsubjpass" for c in comp.children):
            return False
        lemma = comp.lemma_.lower()
        hostile = lemma in v.punitive_acts or attack_verb(v, lemma)
        if not hostile:
            return False
        r = self.refs
        side = self._side(f, di)
        # "Kerry warned that the United States would end talks": his own side's act, a warning to whom it is against
        return any(s.pos_ != "PRON" and not set(r.all_of(di, s)) & side for s in v.grammar.surface_subjects(comp))

    def _side(self, f: Frame, di: int) -> set[str]:
        """A frame's agents and the bodies they act for."""
        side = {k for t in f.agents for k in self.refs.all_of(di, t)}
        return side | {b for k in side for b in self.affiliation.get(k, set())}

    def _complement(self, f: Frame, di: int, subject_only: bool) -> list[str]:
        """Actors named in a that-, for- or if-clause: its subject first, then the rest; never the agent's
        own side ("Kerry warned that the United States would end talks with Moscow": Moscow)."""
        r = self.refs
        comp = f.complement
        if comp is None or any(s.dep_ == "nsubjpass" for s in comp.children):
            return []  # "alleged the activist was poisoned": who it happened to is no target
        side = self._side(f, di)
        subj = [s for s in self.refs.vocab.grammar.surface_subjects(comp) if s.lower_ not in PERSONAL_PRONOUNS | FIRST_PERSON]
        # (a region or town as its government: "demanded that the state government send troops")
        named = [x for s in subj for x in r.all_of(di, s) if x not in side and (r.type_of(x) in ACTOR_TYPES or
                 s.lemma_.lower() in r.vocab.state_nouns and r.type_of(x) in ("Region", "City"))]
        if not named:  # "demanded that Guinea-Bissau's military rulers set a date"
            named = [x for x in self._keys(di, owners(subj, r.vocab)) if r.type_of(x) in ACTOR_TYPES and x not in side]
        if not named:  # "phoned Y to demand that he close the plant": the one addressed
            named = [x for s in comp.children if s.dep_ == "nsubj" for x in addressee(r, di, s) if x not in side]
        # a subjunctive ("that she resign": no -s after "she", which a tagger may call VBP) or "should", "must"
        bidden = comp.tag_ == "VB" or comp.tag_ == "VBP" and any(s.lower_ in ("he", "she") for s in comp.children) \
            or any(a.dep_ == "aux" and a.lower_ in ("should", "must") for a in comp.children)
        if not named and bidden:  # "met Sarah Finch and demanded that she resign": the one the pronoun points back
            # to, told to act (not "alleged he drank tea laced with poison": what befell him)
            verbs = [f.pred, *f.pred.conjuncts]  # the one met, phoned or written to by the same subject
            met = {k for v in verbs for o in v.children
                   for t in ([o] if o.dep_ in ("dobj", "dative") else
                             [p for p in o.children if p.dep_ == "pobj"] if o.dep_ == "prep" and o.lower_ == "to" else [])
                   for k in r.of(di, t)}
            named = [x for s in comp.children if s.dep_ == "nsubj" and s.lower_ in ("he", "she")
                     for x in r.of(di, s) if x not in side and r.type_of(x) == "Person" and x in met]
        if not named and subject_only and referring_it(comp) and side and all(r.type_of(k) == "Person" for k in side):
            # a person "demanded that it pay": "it" is the last thing the sentence names as an object, dates aside,
            # if a body or a state, never the one who demands ("insisted that it include ..." after "the X plan": none)
            it = next(s for s in comp.children if s.dep_ == "nsubj")
            before = [t for t in it.sent if t.i < it.i and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
                      and (t.dep_ in ("dobj", "dative") or t.dep_ == "pobj" and t.head.lower_ == "to"
                           and t.head.head.pos_ == "VERB")]  # "wrote to X"; not "criticized the deal with X"
            last = before[-1] if before else None
            named = [k for k in (r.of(di, last) if last is not None else [])
                     if r.type_of(k) in BODIES_AND_STATES and k not in side][:1]
            if last is None:  # "said the movement was ... and demanded that it pull out": the body last named
                named = r.recent(di, it, set(BODIES_AND_STATES), subject_first=False,
                                 skip=side | {b for a in side for b in self.affiliation.get(a, ())})[:1]
        if named or subject_only:
            return named
        cond = [c for c in comp.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                                      for m in c.children)]
        in_cond = {t.i for c in cond for t in c.subtree} | clause_venues(comp, self.refs.vocab.venue_verbs)
        # the clause's own actors, a name before a modifier's ("ships of the Greek-owned Aegeon Lines": Aegeon Lines)
        rest = sorted((t for t in comp.subtree if t.lower_ not in PERSONAL_PRONOUNS | FIRST_PERSON and t.i not in in_cond),
                      key=lambda t: (t.dep_ in ("npadvmod", "amod"), t.i))
        first = next((t for t in rest if any(r.type_of(x) in ACTOR_TYPES and x not in side for x in r.of(di, t))), None)
        while first is not None and first.dep_ in ("compound", "flat") and r.of(di, first.head) == r.of(di, first):
            first = first.head  # the name's head, on which its coordination hangs
        # the first one named, with those coordinated with it if it is the clause's own argument ("threatened to
        # arrest A and B"; not "to block the motorway between A and B")
        own = first is not None and (first.head == comp or first.head.dep_ == "prep" and first.head.head == comp)
        named = [] if first is None else \
            [x for x in (r.all_of(di, first) if own else r.of(di, first)) if r.type_of(x) in ACTOR_TYPES and x not in side]
        named = named if own else named[:1]
        # else whom the condition names: "threatened to strike unless the company pays": the company
        return named or [x for c in cond for s in self.refs.vocab.grammar.surface_subjects(c) if s.lower_ not in
                         PERSONAL_PRONOUNS for x in r.all_of(di, s) if r.type_of(x) in ACTOR_TYPES and x not in side][:1]
