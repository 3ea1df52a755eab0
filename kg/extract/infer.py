"""Events one statement implies about another (threats and warnings are threatening.py's): a deadline
given to someone is a demand ("gave X 48 hours to leave"), and so is what a speaker says someone must do;
whoever claims an attack carried it out ("X claimed responsibility for the attacks"), and joining a
coalition backs whoever leads it ("joined the US-led coalition"). Also kept here: who did the acts a later
noun may name again ("the decision")."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .entities import PERSONAL_PRONOUNS
from .frames import Frame
from .kinds import ACTOR_TYPES, PLACE_TYPES
from .modality import factuality
from .relate import Relater
from .rules import Role, Rule, Vocabulary
from .syntax import condition, has_aux, infinitive, noun_lemma, obliques_of, until_condition

AGENT_RULE = Rule(family="threatened", lemma="")  # only its defaults matter: the agent role


def remember_deeds(rel: Relater, f: Frame, di: int) -> None:
    """Keep who did the act a verb states, for the nouns a later sentence may name it by: "X fined Y" (the fine, the
    decision), "X filed a lawsuit" (the lawsuit), "X threatened to strike" (the strike); not "demanded that X order a
    recount", an act asked for. Done by someone not named ("a judge overturned the fine"), no earlier doer stands."""
    v = rel.refs.vocab
    if f.kind != "verb":
        return
    named = list(v.act_nouns.get(f.lemma, ()))
    if f.lemma in v.deed_light_verbs and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in f.pred.children):
        # (not "called the threat illegal": a name given to an act, not one made)
        named += [p.lemma_.lower() for p in f.patients if p.lemma_.lower() in v.deed_nouns]
    fact = factuality(f.clause, v) if named else None
    if fact == "asserted" or fact == "future" and f.clause.head.lemma_.lower() in v.promising_verbs:
        doers = [k for k in rel.fill(Role("agent"), f, di) if rel.refs.type_of(k) in ACTOR_TYPES]
        rel.memory.did(named, doers[0] if doers else None)


def reported_subjects(rel: Relater, f: Frame, di: int, speaker: str) -> list[str]:
    """The actors a reported clause is about: its named subjects, not pronouns, nor the speaker or the bodies
    the speaker acts for ("Y must withdraw, X said": Y; not "its CEO said the company would pay")."""
    side = {speaker} | rel.affiliation.get(speaker, set())
    return [k for s in f.agents if s.lower_ not in PERSONAL_PRONOUNS for k in rel.refs.all_of(di, s)
            if k not in side and rel.refs.type_of(k) in ACTOR_TYPES]


def deadlines(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'gave X 48 hours to withdraw', 'granted X a week to reply', 'gave X until Friday to reopen': a span of time
    given to someone to do something demands it of them (not "gave aid to X for 30 days": no time to act in)."""
    wc = rel.refs.lex.relations["word_classes"]
    if f.kind != "verb" or f.lemma not in wc["deadline_verbs"]:
        return
    # (not "48 hours of free airtime": a time that is a thing given)
    spans = [c for c in f.pred.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in wc["deadline_nouns"]
             and not any(p.dep_ == "prep" and p.lower_ == "of" and p.i == c.i + 1 and not any(
                 o.ent_type_ in ("DATE", "TIME") for o in p.children) for p in c.children)]
    # "gave X 48 hours to apologise" with the span of time parsed as the name's apposition
    spans += [a for c in f.pred.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"
              and a.lemma_.lower() in wc["deadline_nouns"] and any(n.dep_ == "nummod" for n in a.children)]
    to_act = any(a.dep_ == "aux" and a.lower_ == "to" for c in spans for v in c.children
                 if v.dep_ in ("relcl", "acl") for a in v.children)
    # (the one given it, parsed as a second object: "gave the army garrison an ultimatum to withdraw")
    given = list(f.recipients) or [c for c in f.pred.children if c.dep_ == "dobj" and c not in spans][:1] if to_act else []
    # "gave X until Friday to reopen the plant" ("until" a preposition of the verb, or of the infinitive), "gave X
    # 48 hours | to reopen": a time given, and what to do in it hung on the verb
    until = any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in f.pred.children) or any(
        m.dep_ == "mark" and m.lower_ in ("until", "till") for c in f.pred.children if c.dep_ == "advcl" for m in c.children)
    if not given and (spans or until) and any(
            c.dep_ in ("advcl", "xcomp") and infinitive(c) and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            for c in f.pred.children):
        given = [c for c in f.pred.children if c.dep_ in ("dobj", "dative") and c not in spans]
        given = [c for c in given if not any(o.left_edge.i == c.i + 1 for o in given)]  # "lawmaker | X": one
        given = given if len(given) == 1 else []  # nothing else given: not "gave X a licence until 2030 to run ..."
    if not given:
        return
    speaker = rel.speakers.of(di, f.clause)
    fact = factuality(f.clause, rel.refs.vocab)
    for ag in rel._agents(AGENT_RULE, f, di, speaker):
        for tg in (k for t in given for k in rel.refs.all_of(di, t) if k != ag):
            yield rel.evidence.event("demanded", ag, tg, di, f.pred, confidence=0.7, speaker=speaker, factuality=fact)


def obligations(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'X said Y must withdraw its troops', 'Y should resign, X said': what the speaker says someone must do is
    demanded of them (not "we must", not a passive "Y must be punished", not the speaker's own duty)."""
    v = rel.refs.vocab
    if f.kind != "verb" or f.passive or f.clause.dep_ not in ("ccomp", "parataxis") \
            or not has_aux(f.pred, v.obligation_auxiliaries):
        return
    speaker = rel.speakers.of(di, f.clause)
    if speaker is None or factuality(f.clause.head, v) == "negated":
        return
    for tg in reported_subjects(rel, f, di, speaker):
        yield rel.evidence.event("demanded", speaker, tg, di, f.pred, confidence=0.7, speaker=speaker)


def _claimed(rel: Relater, f: Frame) -> bool:
    """'claimed responsibility for the attacks' / 'the attack was claimed by X'."""
    v = rel.refs.vocab
    if f.kind != "verb" or f.lemma not in v.claim_verbs:
        return False
    if any(p.lemma_.lower() in v.attack_nouns for p in f.patients):  # "X claimed the attack", "was claimed by X"
        return True
    return any(p.lemma_.lower() in v.claim_nouns and any(o.lemma_.lower() in v.attack_nouns for prep, o in
                                                        f.object_obliques + f.obliques if prep == "for")
               for p in f.patients)


def claims(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """Whoever claims an attack reported without an author is its author."""
    if not _claimed(rel, f) or factuality(f.clause, rel.refs.vocab) != "asserted":
        return
    agents = [k for t in f.agents for k in rel.refs.all_of(di, t) if rel.refs.type_of(k) in ACTOR_TYPES]
    v = rel.refs.vocab
    # the attack the claim names, with its own target: "claimed responsibility for the mortar attack on Calder",
    # "an ambush on a convoy of X was claimed by Y"
    named = [o for prep, o in f.object_obliques + f.obliques if prep == "for" and o.lemma_.lower() in v.attack_nouns]
    named += [p for p in f.patients if p.lemma_.lower() in v.attack_nouns]
    aimed: list[str] = []
    for n in named:
        frame = v.grammar.noun_frame(n, noun_lemma(n))
        for role in (Role("patient"), Role("prep", "on"), Role("prep", "against"), Role("prep-owner", "on"),
                     Role("patient-owner")):  # "the bombing of a pipeline operated by X"
            found = [k for k in rel.fill(role, frame, di) if rel.refs.type_of(k) in ACTOR_TYPES | PLACE_TYPES]
            if found:
                aimed += found
                break
    for ag in agents[:1]:
        for tg in dict.fromkeys([*rel.memory.unclaimed, *aimed]):
            if tg != ag:
                yield rel.evidence.event("attacked", ag, tg, di, f.pred, confidence=0.7)
        rel.memory.attacked(ag)  # "the attacks" in later sentences are theirs
        rel.memory.unclaimed = []


def leader(rel: Relater, di: int, group: Token) -> list[str]:
    """Who leads or set up a coalition: 'the US-led coalition', 'a coalition led by X', 'X's coalition',
    'X announced a coalition'."""
    r = rel.refs
    for c in group.children:
        if c.lemma_.lower() == "lead" and c.dep_ in ("amod", "acl"):
            keys = [k for n in c.children if n.dep_ in ("npadvmod", "compound") for k in r.of(di, n)]
            keys += [k for p in c.children if p.dep_ == "agent" for o in p.children for k in r.all_of(di, o)]
            if keys:
                return keys
        if c.dep_ == "poss":
            return r.of(di, c)
    if group.dep_ == "dobj" and group.head.lemma_.lower() in r.vocab.coalition_founders:
        return [k for s in group.head.children if s.dep_ == "nsubj" for k in r.all_of(di, s)]
    return []


def joins(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'A is joined in this legal action by B', 'B joined A in condemning X': B does what A did."""
    r, v = rel.refs, rel.refs.vocab
    if f.kind != "verb" or f.lemma != "join" or factuality(f.clause, v) != "asserted":
        return
    if not any(p in ("in", "on") for p, _ in f.obliques):
        return  # "joined the talks", "joined NATO": no act of someone else's to share
    led = [k for t in f.patients for k in r.all_of(di, t) if r.type_of(k) in ACTOR_TYPES]
    joiners = [k for t in f.agents for k in r.all_of(di, t) if r.type_of(k) in ACTOR_TYPES]
    for lead in led:
        acts = rel.memory.acts.get(lead, [])
        if not acts:
            continue
        last = acts[-1]
        for j in joiners:
            if j != last.target and j != lead:
                yield rel.evidence.event(last.family, j, last.target, di, f.pred, confidence=0.6, cameo=last.cameo)


def coalitions(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """Joining a coalition backs whoever leads or set it up."""
    v = rel.refs.vocab
    if f.kind != "verb" or f.lemma != "join" or factuality(f.clause, v) != "asserted":
        return
    groups = [p for p in f.patients if p.lemma_.lower() in v.coalition_nouns]
    if not groups and f.pred.dep_ == "relcl":  # "a coalition to patrol the Gulf which was joined by X"
        groups = [h for h in list(f.pred.ancestors)[:4] if h.lemma_.lower() in v.coalition_nouns][:1]
    members = [k for t in f.agents for k in rel.refs.all_of(di, t) if rel.refs.type_of(k) in ACTOR_TYPES]
    for g in groups:
        for lead in leader(rel, di, g):
            for m in members:
                if m != lead:
                    yield rel.evidence.event("supports", m, lead, di, f.pred, confidence=0.7)


def faults(rel: Relater, f: Frame, made: Sequence[Event]) -> Iterator[Event]:
    """'denounced X for stealing water', 'condemned Y for lying to its members': criticism for a wrongdoing the
    lexicon names (a verb whose reported doer stands accused) accuses its target of it."""
    rules = rel.refs.vocab.rules
    wrongs = [o for t in [f.pred, *f.patients] for p, o in obliques_of(t) if p == "for" and o.tag_ == "VBG" and any(
        r.family == "accused" and r.reported and not r.requires for r in rules.get((o.lemma_.lower(), "verb"), ()))]
    # (a wrongdoing in any sense: not "hiding", a wrong only when what is hidden says so)
    if f.kind != "verb" or not wrongs:
        return
    for e in made:
        if e.family == "criticized":
            yield replace(e, family="accused", trigger=wrongs[0].text)


def read_verbs(v: Vocabulary) -> Callable[[Token, str], bool]:
    """Which verbs the rules or the inferences above read: those with a rule, those an inference names or whose act a
    later noun may name (`act_nouns`), any
    verb under an if- or unless-clause, or promised until someone acts (a threat), any with "must" or "should" (an obligation), and a loss or a
    punitive act coordinated after a demand ("pay or lose its licence", `alternatives`). The rest need no frame."""
    named = v.grammar.verb_lemmas | v.threat_acts | v.warning_verbs | v.deadline_verbs | v.claim_verbs | v.facing_verbs \
        | v.imposing_verbs | v.venue_verbs | set(v.act_nouns) | v.deed_light_verbs | v.forceful_acts | {"join"}
    alternative = v.losing_verbs | v.punitive_acts | v.undergoing_verbs  # read only as a conjunct: common verbs ("end", "stop", "close")
    return lambda verb, lemma: lemma in named or lemma in alternative and verb.dep_ == "conj" \
        or condition(verb) is not None or has_aux(verb, v.obligation_auxiliaries) \
        or until_condition(verb, v.future_auxiliaries) is not None
