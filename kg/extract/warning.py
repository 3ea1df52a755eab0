"""What a warning implies: a warning that names a punitive act the warner (or its own forces) will carry out
threatens the one warned ("warned X that it would go to court if ...", "warned X that security forces would
strike"), and a warning of a punishment to be suffered warns and threatens the one to suffer it."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from ..model import Event
from .entities import PERSONAL_PRONOUNS
from .frames import Frame
from .infer import AGENT_RULE
from .kinds import ACTOR_TYPES
from .modality import factuality
from .refer import Referents
from .relate import Relater
from .rules import Role, Vocabulary
from .shapes import attack_verb
from .syntax import condition, has_aux, obliques_of
from .threatening import _punitive, _unowned


def warnings(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'warned X that it would go to court if ...', 'warned X that its licence could be withdrawn', 'warned X of
    retaliation', 'warned that X would face consequences': a warning that names a punitive act to come threatens
    the one warned with it (GUIDELINES: `threatened`)."""
    r, v = rel.refs, rel.refs.vocab
    telling = f.lemma in v.telling_verbs  # "told X that it would suspend X's membership unless ...": a warning too
    if f.kind == "verb" and f.lemma in v.warning_verbs and f.complement is None:
        yield from _warned_of(rel, f, di)
        return
    if f.kind != "verb" or f.lemma not in v.warning_verbs and not telling or f.complement is None:
        return
    fact = factuality(f.clause, v)
    if fact == "negated":
        return
    speaker = rel.speakers.of(di, f.clause)
    warned = [k for k in rel.fill(Role("patient"), f, di, AGENT_RULE) if r.type_of(k) in ACTOR_TYPES]
    suffered = False  # warned of a punishment to be suffered, with no one addressed
    if not f.patients:  # "warned that the country could face suspension": the one to suffer it
        warned = [k for t in f.complement.subtree if t.lemma_.lower() == "face" and t.pos_ == "VERB" and _punitive(v, t)
                  for s in t.children if s.dep_ == "nsubj" for k in r.all_of(di, s) if r.type_of(k) in ACTOR_TYPES]
        # "warned that the militia would be pursued", "... that X would be banned if ...": the one it will be done to
        # (a warning to it, and a threat), where the warner's side is the likely doer (no by-phrase)
        comp = f.complement
        if not warned and comp.pos_ == "VERB" and (comp.lemma_.lower() in v.punitive_acts or attack_verb(v, comp.lemma_.lower())) \
                and not any(c.dep_ == "agent" or c.dep_ == "neg" for c in comp.children) \
                and (has_aux(comp, v.modal_auxiliaries | v.future_auxiliaries) or condition(comp) is not None):
            warned = [k for s in comp.children if s.dep_ == "nsubjpass" and s.lower_ not in PERSONAL_PRONOUNS
                      for k in r.all_of(di, s) if r.type_of(k) in ACTOR_TYPES]
            suffered = bool(warned)
    if not warned and not f.patients:  # (one addressed but unnamed may still hear a threat aimed at a named one)
        return
    if suffered:  # (by one that can do it: a state, its bodies and forces, an armed group; not an NGO or a bank)
        for ag in [a for a in rel._agents(AGENT_RULE, f, di, speaker) if {r.type_of(k) for k in
                   [a, *rel.affiliation.get(a, set())]} & {"Country", "Region", "GovernmentOrganization", "ArmedForces"}]:
            for tg in warned if ag not in warned and not set(warned) & rel.affiliation.get(ag, set()) else []:
                for fam in ("warned", "threatened"):
                    yield rel.evidence.event(fam, ag, tg, di, f.pred, confidence=0.7, speaker=speaker, factuality=fact)
        return
    for ag in rel._agents(AGENT_RULE, f, di, speaker):
        bodies = rel.affiliation.get(ag, set())
        acts = [t for t in f.complement.subtree if t.pos_ in ("VERB", "AUX")
                and ((_punitive(v, t) or attack_verb(v, t.lemma_.lower())) and (_by_warner(r, di, t, ag, warned, bodies)
                     or t.lemma_.lower() in v.facing_verbs and _unowned([c for c in t.children if c.dep_ == "dobj"]))
                     or _grant_lost(v, t) or _done_by_state(r, v, t, ag, bodies))
                and not any(c.dep_ == "neg" for c in t.children)
                and (has_aux(t, v.modal_auxiliaries | v.future_auxiliaries) or condition(t) is not None
                     or t.dep_ == "conj" and has_aux(t.head, v.modal_auxiliaries | v.future_auxiliaries))]
        # "warned him that Lithuania would expel Belarusian diplomats": the act's own object, where it names one
        aimed = [k for t in acts for k in _aimed_at(r, di, t) if k != ag and k not in bodies]
        for tg in (aimed[:1] if aimed else warned) if acts else []:
            if tg != ag:
                yield rel.evidence.event("threatened", ag, tg, di, f.pred, confidence=0.7, speaker=speaker,
                                         factuality=fact)
                if telling:
                    yield rel.evidence.event("warned", ag, tg, di, f.pred, confidence=0.7, speaker=speaker,
                                             factuality=fact)


def _done_by_state(r: Referents, v: Vocabulary, verb: Token, warner: str, bodies: set[str]) -> bool:
    """'warned X that every one of their members would be found and jailed': a punishment in the passive with no
    one named to do it, by a warner whose side can (a state, its bodies and forces)."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "conj" and any(
        c.dep_ == "nsubjpass" for c in verb.head.children)
    side = {r.type_of(k) for k in [warner, *bodies]}
    return passive and (verb.lemma_.lower() in v.punitive_acts or attack_verb(v, verb.lemma_.lower())) \
        and not any(c.dep_ == "agent" for c in verb.children) \
        and bool(side & {"Country", "Region", "GovernmentOrganization", "ArmedForces"})


def _grant_lost(v: Vocabulary, verb: Token) -> bool:
    """'that it could lose its licence', 'that showing it would cost the company its licence': a grant the
    warner's side can take away, lost."""
    return (verb.lemma_.lower() in v.losing_verbs or verb.lemma_.lower() == "cost") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in v.revocable_grants for c in verb.children)


def _warned_of(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'warned X of retaliation', 'warned X of sanctions': a punishment the warning names, with no one else to
    inflict it, threatens the one warned."""
    r, v = rel.refs, rel.refs.vocab
    named = [o for p, o in [*obliques_of(f.pred), *f.object_obliques] if p == "of" and o.lemma_.lower() in v.punitive_nouns
             and not any(c.dep_ in ("poss", "compound", "amod") and r.all_of(di, c) for c in o.children)
             and _unowned([o])]
    fact = factuality(f.clause, v)
    if not named or fact == "negated":
        return
    speaker = rel.speakers.of(di, f.clause)
    warned = [k for k in rel.fill(Role("patient"), f, di, AGENT_RULE) if r.type_of(k) in ACTOR_TYPES]
    for ag in rel._agents(AGENT_RULE, f, di, speaker):
        for tg in warned:
            if tg != ag:
                yield rel.evidence.event("threatened", ag, tg, di, f.pred, confidence=0.7, speaker=speaker,
                                         factuality=fact)


def _aimed_at(r: Referents, di: int, act: Token) -> list[str]:
    """Whom the warner's act names as its object ("would sue Greystane"): the target, whoever was warned."""
    return [k for c in act.children if c.dep_ == "dobj" for k in r.of(di, c) if r.type_of(k) in ACTOR_TYPES]


def _forces_of(r: Referents, di: int, subjects: Sequence[Token], side: set[str]) -> bool:
    """"security forces", "the new troops", "the army" said by a state's side: its own forces, not another's
    ("Kenyan troops", "the rebels' fighters")."""
    state_side = {r.type_of(k) for k in side} & {"Country", "Region", "GovernmentOrganization", "ArmedForces"}
    return bool(state_side) and all(
        s.lemma_.lower() in r.vocab.state_people_nouns and set(r.all_of(di, s)) <= side
        and not any(c.dep_ in ("poss", "compound", "amod", "prep") and r.all_of(di, c) for c in s.children)
        for s in subjects)


def _by_warner(r: object, di: int, act: Token, warner: str, warned: list[str], bodies: set[str] | None = None) -> bool:
    """Whether the warner is the one to act: "it would sue" (it, the warner), "its licence could be withdrawn"
    (no one named), "it would face sanctions" (the warned suffers them); not "Y would sue it", "the workers
    would strike", "a boycott by consumers"."""
    agents = [a for c in act.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
    agents += [o for n in act.children if n.dep_ == "dobj" for p in n.children if p.dep_ == "prep"
               and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]  # "face a boycott by consumers"
    if agents:
        return any(warner in r.of(di, a) for a in agents)  # type: ignore[attr-defined]
    subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "nsubjpass" for c in subjects):
        return True
    if _forces_of(r, di, subjects, {warner, *(bodies or set())}):
        return True
    # the warner or a body it speaks for ("X's chairman warned that X would sue")
    side = {warner} | (bodies or set()) if act.lemma_.lower() != "face" else set(warned)
    own = ("it", "we", "they")  # and "her department", "our forces": the warner's own
    return all(s.lower_ in own or side & set(r.of(di, s))  # type: ignore[attr-defined]
               or any(c.dep_ == "poss" and c.lower_ in ("her", "his", "its", "our", "their") for c in s.children)
               for s in subjects)
