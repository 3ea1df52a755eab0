"""Who the arguments of a verb are, after the constructions of English that move them away from it:
passives and by-agents ("Y was shot by X"), control ("asked X to leave": X leaves; "accused X of shelling
Y": X shells), coordination, relative clauses and participles ("the militia that attacked Y", "forces
backed by X"), and messages that speak for their sender ("a statement blaming X")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .syntax import (
    conjuncts,
    finite_partner,
    infinitive,
    obliques_of,
    pobjs,
    purpose,
    word_in,
)

SUBJECTS = ("nsubj", "csubj")
RELATIVE = {"who", "whom", "that", "which", "whose"}


def dependents(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "stands accused by X"
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i < verb.i and is_passive(verb.head) \
            and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children):
        return True  # "was arrested and tortured on the orders of X": the second shares the first's voice
    # "forces backed by Iran", "a leader killed in the raid": a past participle on a noun
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and not main_verb_after_relative(verb)


def main_verb_after_relative(verb: Token) -> bool:
    """"The X Union, which represents dockers, threatened to strike": the parser, finding no verb for the subject
    after its relative clause, made the sentence's verb a participle on it. Only for the root noun, after a comma
    that closes a relative clause or an apposition on it."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.i < verb.i and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in head.children) \
        and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                for c in verb.children)  # an object or a clause of its own: no headline's passive ("X, a group, attacked in Y")


def _relative_head(verb: Token) -> Token | None:
    """The noun a relative clause or participle describes (or the focus of a cleft: "It was X that ...")."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.lemma_ == "be" and any(c.lower_ in RELATIVE for c in t.children):
        return next((c for c in t.head.children if c.dep_ == "attr"), None)
    if t.dep_ == "amod" and t.tag_ in ("VBN", "VBG"):  # "an Iranian-backed militia"
        return t.head
    if t.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        head = t.head  # "X, the leader of the Y Party, who accused Z": "who" is the leader, not the party
        if head.ent_type_ == "ORG" and head.dep_ == "pobj" and head.head.lower_ == "of" \
                and head.head.head.pos_ == "NOUN" and head.head.head.dep_ == "appos":
            return head.head.head
    return t.head if t.dep_ in ("relcl", "acl") else None


_OBJECT_CONTROL_PREPS = {"of", "for", "from", "into", "with", "over", "in"}


@dataclass(frozen=True)
class Arguments:
    """Finds the arguments of verbs. `instrument_verbs` take an object that does not do what their
    infinitive says ("used the gun to shoot X": the user shoots), unlike "urged X to leave"."""

    instrument_verbs: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()  # "a message on X blaming Y": the message blames, not X
    message_media: frozenset[str] = frozenset()  # ... when X is where messages go out ("Twitter", "its website")
    message_preps: frozenset[str] = frozenset()
    voiced_verbs: frozenset[str] = frozenset()  # verbs of speech acts (warn, urge, accuse, ...): a speaker's, not a deed
    deed_verbs: frozenset[str] = frozenset()  # ... but as often a deed of the one reported ("had entered and threatened")
    weapon_nouns: frozenset[str] = frozenset()  # "a bomb planted by X killed ...": X used it
    weapon_use_verbs: frozenset[str] = frozenset()  # ... planted, fired, launched (not "found by X")

    def controller(self, verb: Token) -> list[Token] | None:
        """Who does what an infinitive or gerund (or an event noun after a preposition) says when it has
        no subject of its own ("urged X to stop", "accused X of shelling Y", "was convicted of Y's killing",
        "after shooting Y"), or None if no construction applies."""
        gov, via = verb.head, None
        if verb.dep_ in ("pcomp", "pobj") or verb.dep_ == "prep" and verb.tag_ == "VBG":
            via, gov = (verb.head.lower_, verb.head.head) if verb.dep_ in ("pcomp", "pobj") else (None, verb.head)
        elif verb.dep_ != "xcomp":
            return None
        if gov.pos_ not in ("VERB", "AUX", "ADJ"):
            return []
        objs = dependents(gov, "dobj")
        if objs and (via in _OBJECT_CONTROL_PREPS or via is None and gov.lemma_.lower() not in self.instrument_verbs):
            return [t for o in objs for t in conjuncts(o)]
        return self.surface_subjects(gov)

    def surface_subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """The subject a verb has on the surface, or the one a construction lends it: a relative clause's
        or participle's noun, a controller, a coordinated verb's subject."""
        if depth > 6:
            return []
        head = _relative_head(verb)
        own = [t for s in dependents(verb, "nsubj", "csubj", "nsubjpass", "csubjpass") for t in conjuncts(s)]
        if own and verb.dep_ == "pcomp" and verb.tag_ == "VBG":  # "a message on [Twitter blaming X]", misparsed
            msg = self._message_host(verb.head, own)
            if msg is not None:
                return [msg]
        if own:
            return [head if t.lower_ in RELATIVE and head is not None else t for t in own]
        if verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].is_punct and any(c.dep_ == "dobj" for c in verb.children):
            # 'X called the closure "a provocation," accused Y of ...': a finite verb with an object after the
            # quote's comma and no subject shares the first clause's, however the parser hangs it
            host = verb.head
            if verb.dep_ in ("acl", "dep"):  # as the noun's participle, or as a loose dependent
                while host.dep_ in ("dobj", "oprd", "attr", "pobj", "prep", "appos") and host.head.i != host.i:
                    host = host.head
                if host.pos_ in ("VERB", "AUX") and host.i < verb.i:
                    return self.surface_subjects(host, depth + 1)
            # with the first clause as its own object clause
            first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBD"
                          and any(s.dep_ == "nsubj" for s in c.children)), None)
            if first is not None:
                return self.surface_subjects(first, depth + 1)
        if head is not None and verb.tag_ in ("VBG", "VBN"):  # "forces attacking the city", "forces backed by X"
            return conjuncts(self._message_of(head))
        ctrl = self.controller(verb) if verb.pos_ in ("VERB", "AUX") else None
        if ctrl is not None:
            return ctrl
        if verb.pos_ in ("ADJ", "NOUN") and verb.dep_ in ("acomp", "attr", "oprd"):  # "was forceful in blaming"
            return self.surface_subjects(verb.head, depth + 1)
        gov = verb.head
        if verb.dep_ in ("conj", "advcl") and gov.i != verb.i and gov.pos_ in ("VERB", "AUX"):
            # "demanded that X order a recount and threatened to call protests", the second verb parsed as a clause of
            # the first: a finite past verb with no mark of its own is a coordinated one
            coordinated = verb.dep_ == "advcl" and verb.tag_ == "VBD" and not is_passive(gov) \
                and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children) \
                and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
            if verb.dep_ == "advcl" and not coordinated and (is_passive(gov) or verb.tag_ not in ("VBG", "VBN")
                                                             and not purpose(verb)):
                return []  # "the town was shelled, killing 12": the town did not kill; "X phoned Y to ask": X asks
            if verb.dep_ == "conj":
                gov = finite_partner(verb, gov, self.voiced_verbs, self.deed_verbs)
            elif verb.tag_ == "VBG" and verb.lemma_.lower() in self.voiced_verbs and verb.lemma_.lower() not in self.deed_verbs \
                    and gov.dep_ == "ccomp" and gov.head.pos_ == "VERB" and gov.head.i < gov.i \
                    and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                    and not any(s.pos_ == "PROPN" for s in dependents(gov, *SUBJECTS)):
                gov = gov.head  # "said officers had acted lawfully, accusing the party of ...": the speaker accuses
                # (but "said Arvo Mining had fired X, accusing him of theft": the one named does)
            return self.surface_subjects(gov, depth + 1)
        return []

    def _message_of(self, head: Token) -> Token:
        """'posted a message on Twitter blaming X': a participle after a message's "on/in/via" phrase
        naming a medium describes the message (whose sender blames), not the medium."""
        return (self._message_host(head.head) if head.dep_ == "pobj" else None) or head

    def _message_host(self, prep: Token, media: list[Token] | None = None) -> Token | None:
        """The message an "on/in/via" phrase naming a medium (its object, or `media`) tells where it went:
        the noun it hangs on, or the object of the verb it hangs on ("released a video on YouTube")."""
        if prep.lower_ not in self.message_preps or not any(word_in(o, self.message_media) for o in media or pobjs(prep)):
            return None
        if prep.head.lemma_.lower() in self.message_nouns:
            return prep.head
        if prep.head.pos_ == "VERB":
            return next((o for o in dependents(prep.head, "dobj") if o.lemma_.lower() in self.message_nouns), None)
        return None

    def agents(self, verb: Token) -> list[Token]:
        """The doer: the subject of an active verb, the by-phrase of a passive one."""
        if not is_passive(verb):
            subjects = self.surface_subjects(verb)
            # "a roadside bomb planted by X killed three soldiers", "rockets fired by X hit ...": X
            users = [o for s in subjects if s.lemma_.lower() in self.weapon_nouns for c in s.children
                     if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.weapon_use_verbs
                     for p, o in obliques_of(c) if p == "by"]
            return users or subjects
        by = [o for p, o in obliques_of(verb) if p == "by"]
        if not by:  # "were ambushed and executed by X": the by-phrase of the last verb closes both
            by = [o for c in dependents(verb, "conj") if c.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"
                  and is_passive(c) for p, o in obliques_of(c) if p == "by"]
        if not by and verb.dep_ == "conj" and is_passive(verb.head):  # "was arrested and charged by police"
            return self.agents(verb.head)
        if not by:  # "was threatened with a suit by X": the parser hung "by X" on the noun
            by = [o for _, n in obliques_of(verb) if n.pos_ == "NOUN" for p, o in obliques_of(n) if p == "by"]
        return by

    def patients(self, verb: Token) -> list[Token]:
        """Who undergoes it: the direct object of an active verb, the subject of a passive one."""
        if is_passive(verb):
            return self.surface_subjects(verb)
        head = _relative_head(verb)
        found = [t for d in dependents(verb, "dobj") for t in conjuncts(d)]
        # "killed a bus driver, Ana Ruiz, in X", with the name hung on the verb: the object's apposition
        found += [n for d in found if d.is_lower and d.pos_ == "NOUN" for n in dependents(verb, "npadvmod", "appos")
                  if n.pos_ == "PROPN" and n.left_edge.i == d.right_edge.i + 2
                  and n.doc[d.right_edge.i + 1].text == ","]
        if not found:  # "X criticised and sanctioned Y": the last conjunct's object is shared
            for c in dependents(verb, "conj"):
                if c.pos_ == "VERB" and not dependents(c, *SUBJECTS) and not is_passive(c):
                    found = self.patients(c)
                    break
        if not found and dependents(verb, "cc"):  # "shot and mortally wounded X", parsed with X the verb's conjunct
            found = [t for c in dependents(verb, "conj") if c.pos_ in ("PROPN", "NOUN") and c.i > verb.i
                     and any(a.dep_ == "amod" and a.pos_ == "VERB" and a.tag_ in ("VBN", "VBD") for a in c.children)
                     for t in conjuncts(c)]
        if not found and head is not None and verb.dep_ == "relcl" and dependents(verb, *SUBJECTS) \
                and not any(c.lower_ in RELATIVE for c in verb.children) \
                and not any(c.lower_ == "whose" for s in dependents(verb, *SUBJECTS) for c in s.children):
            found = conjuncts(head)  # "the man police shot" (not "X, whose chairwoman called ...": X is hers)
        if not found:  # "implored X to return", parsed with X as the infinitive's subject: X is the one asked
            for comp in dependents(verb, "ccomp", "xcomp"):
                if infinitive(comp):
                    found = [t for s in dependents(comp, "nsubj") if verb.i < s.i < comp.i for t in conjuncts(s)]
                    break
        if not found:  # "called [the union] [reckless]", "called [the union's demands] unacceptable": two
            # complements, or one with its predicate hung on it as an adjective: the first is the one called it
            comps = dependents(verb, "oprd")
            if len(comps) == 2 and comps[0].pos_ in ("PROPN", "NOUN") or len(comps) == 1 and comps[0].pos_ == "NOUN" \
                    and any(a.dep_ == "amod" and a.i > comps[0].i for a in comps[0].children):
                found = [comps[0]]
        if not found and verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.pos_ == "PROPN" \
                and verb.head.i > verb.i and dependents(verb, "nsubj"):
            found = conjuncts(verb.head)  # "Al-Tasheer phoned Selma Orvadi" parsed as "phoned Orvadi" with a subject
        return [head if t.lower_ in RELATIVE and head is not None else t for t in found]
