"""The shapes of arguments and clauses the relater and the inferences test: an attack verb and what it may
strike, where a dispute is taken (a venue, no target), a thing's owners and the partitives before it ("two of
X's trucks"), an act that ended, an "it" that names something, speech about the past."""
from __future__ import annotations

from spacy.tokens import Token

from .frames import Frame
from .rules import Vocabulary
from .syntax import conjuncts, obliques_of


def attack_verb(v: Vocabulary, lemma: str) -> bool:
    """Whether a verb has a rule of the attacked family ("shell", "storm")."""
    return any(rule.family == "attacked" for rule in v.rules.get((lemma, "verb"), ()))


def venues(verb: Token, verbs: frozenset[str], lemma: str | None = None) -> set[int]:
    """Where a verb takes a dispute ("would take the case to the High Court", "seek damages before a tribunal"): no
    one it is aimed at (the phrase may hang on the object: "take [the dispute to the Commission]")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = ("to", "before") if (lemma or verb.lemma_.lower()) in verbs else ("before",)
    return {x.i for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in preps for x in p.subtree}


def clause_venues(comp: Token, verbs: frozenset[str]) -> set[int]:
    """Where a clause's verbs take a dispute."""
    return {i for v in comp.subtree if v.pos_ in ("VERB", "AUX") for i in venues(v, verbs)}


def under_noun(noun: Token) -> bool:
    """'came under fire': an event noun after "under" on a verb."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX")




def through_partitives(things: list[Token], v: Vocabulary) -> list[Token]:
    """The things a count or share picks from: "two of the group's camps" are the group's camps."""
    out: list[Token] = []
    for t in things:
        picked = [o for prep, o in obliques_of(t) if prep == "of"] if t.tag_ == "CD" or t.lower_ in v.partitive_words else []
        out.extend(picked or [t])
    return out


def owners(things: list[Token], v: Vocabulary) -> list[Token]:
    """Who a thing belongs to: its possessive or name modifiers, the sides of 'the deal between A and B', the
    one 'by' whom it was made, whoever the relative clause says made it ('the emergency X declared'), or
    holds it ('positions held by X', 'a pumping station belonging to X'; not a relative clause, which may be
    the attack's own: 'the territory, which belonged to X and was occupied by Y')."""
    named = [c for t in things for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if any(c.dep_ == "poss" for c in named):  # "the AU's mediation between A and B" is the AU's, not A's or B's
        return named
    return named + [o for t in things for prep, o in obliques_of(t) if prep in ("between", "by")] + \
        [s for t in things for c in t.children if c.dep_ == "relcl" and not any(w.dep_ == "nsubj" and
         w.lower_ in ("that", "which", "who") for w in c.children) for s in c.children if s.dep_ == "nsubj"] + \
        [o for t in things for c in t.children if c.dep_ == "acl" for prep, o in obliques_of(c)
         if c.tag_ == "VBN" and prep == "by" and c.lemma_.lower() in v.holding_verbs
         or prep == "to" and c.lemma_.lower() in v.belonging_verbs] + \
        [o for t in things for c in t.children if c.dep_ == "acl" and c.tag_ == "VBG"
         and c.lemma_.lower() in v.carrying_verbs for o in c.children if o.dep_ == "dobj"]  # "a bus carrying
    # officers of X": whose people it carries


def ended(f: Frame, ending: frozenset[str]) -> bool:
    """Whether a verb ends the state a frame names: "withdrew its support for X", "stopped backing X"."""
    if f.pred.i != f.clause.i and f.clause.lemma_.lower() in ending:
        return True
    return f.clause.dep_ == "xcomp" and f.clause.head.lemma_.lower() in ending


def referring_it(clause: Token) -> bool:
    """A clause whose subject is an "it" that stands for something named ("that it pay"), not the "it" of
    "that it be made clear" or "that it is time to act"."""
    return any(s.dep_ == "nsubj" and s.lower_ == "it" for s in clause.children) and clause.lemma_ != "be" \
        and not any(c.dep_ in ("ccomp", "xcomp", "csubj", "acomp", "auxpass") for c in clause.children) \
        and not any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in clause.children)




def said_past(noun: Token) -> bool:
    """An event noun whose own words put it in the past ("talks with Y last week", "a call two days ago")."""
    anchor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "two days of talks"
    words = list(anchor.subtree)
    return any(t.lower_ in ("yesterday", "ago") or t.lower_ == "last" and t.head.lower_ in ("week", "month", "year", "night")
               and not any(c.lower_ == "of" for c in t.head.children) for t in words)


def past_clause(verb: Token | None) -> bool:
    """A clause told in the past: its verb, or the verb it is coordinated with, in the past tense."""
    while verb is not None and verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in (
            "refuse", "decline", "fail"):  # "refused to sign after talks": the refusal is told in the past
        verb = verb.head
    return verb is not None and (verb.tag_ == "VBD" or any(a.lower_ in ("had", "has", "have", "did") and a.dep_ == "aux"
                                                           for a in verb.children))


def attack_target(obj: Token, v: Vocabulary, pred: Token) -> bool:
    """Whether a prepositional object is the target of an attack or a sanction noun (not the predicate's own) right
    before its preposition ("blamed the attack on X on Y", "blamed the sanctions on X"), whatever the parser hung
    the preposition on."""
    prep = obj.head
    if prep.dep_ not in ("prep", "agent") or prep.i == 0 or prep.lower_ != "on":
        return False
    noun = obj.doc[prep.i - 1]
    lemma = noun.lemma_.lower()
    if noun.i == pred.i:
        return False
    if lemma in v.punitive_nouns or noun.lower_ in v.punitive_nouns:
        return True
    later = any(t.lower_ == "on" and t.dep_ == "prep" for t in obj.doc[obj.i + 1:obj.sent.end])
    return lemma in v.attack_nouns and later  # one "on" after an attack is the blamed one: "blamed the attack on X"


def contacted(verb: Token, contact_verbs: frozenset[str], done_to: frozenset[str] = frozenset()) -> list[Token]:
    """Whom the call, meeting or letter a verb is the purpose of reaches ("phoned Y to demand ...", "wrote to Y
    demanding ..."): the object of that verb, or its to- or with-phrase."""
    if verb.dep_ not in ("advcl", "xcomp") or not (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)
                                                   or verb.tag_ == "VBG"):
        return []
    host = verb.head
    if host.lemma_.lower() not in contact_verbs:
        return []
    if any(o.dep_ == "dobj" and o.lemma_.lower() in done_to for o in verb.children):
        return []  # "visited X to demand the gang's arrest": asked of whoever can do it, not of X
    reached = [c for c in host.children if c.dep_ in ("dobj", "dative")]
    reached += [o for p in host.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for o in p.children if o.dep_ == "pobj"]
    return [t for o in reached for t in conjuncts(o)]
