"""What a promise of punishment implies: a punitive act promised for the future or under a condition is a
threat ("will suspend talks with X if ..."), a threat noun's act threatens whom it is aimed at, and "pay or
lose your licence" offers a choice that is a demand and a threat (what a warning implies is warning.py's)."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from ..model import Event
from .entities import PERSONAL_PRONOUNS
from .frames import Frame
from .infer import AGENT_RULE, reported_subjects
from .kinds import ACTOR_TYPES, PLACE_TYPES
from .modality import factuality
from .refer import Referents
from .relate import Relater
from .rules import Role, Vocabulary
from .shapes import attack_verb, venues
from .syntax import condition, has_aux, infinitive, obliques_of, purpose, until_condition


def threats(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """A punitive act promised for the future or under a condition is a threat; against whom the condition
    names ("will close the border unless X ..."), else against whom the act is aimed. A condition that asks
    for something ("unless X pays") is also a demand on X. A punishment someone will face, reported by a
    speaker ("X said Y would face consequences"), is the speaker's threat."""
    r, v = rel.refs, rel.refs.vocab
    if f.kind != "verb":
        return
    hostile = attack_verb(v, f.lemma) or f.lemma in v.forceful_acts and any(  # "would respond with full force"
        t.lemma_.lower() in v.forceful_words for t in f.pred.subtree if t.i > f.pred.i)
    stated = condition(f.pred)  # the cheap tests first: most verbs are no punitive act
    cond = stated or until_condition(f.pred, v.future_auxiliaries)
    # "will take X to court", "would impose sanctions on X": a verb whose object is a punishment
    suing = (f.lemma in v.venue_verbs or f.lemma in v.imposing_verbs or f.lemma in v.facing_verbs) and _punitive(v, f.pred)
    if not (cond or f.lemma in v.threat_acts or hostile and f.lemma in v.forceful_acts or suing) \
            or not (f.lemma in v.punitive_acts or hostile or suing
                                                              or cond and cond[1]):
        return
    modal = has_aux(f.pred, v.modal_auxiliaries)
    fact = factuality(f.clause, v)
    if modal or fact not in ("conditional", "future") or fact == "conditional" and cond is None:
        return  # "may sanction X" is a possibility, "accused X of shelling Y" an allegation: not a promise
    if f.lemma in v.ending_verbs and any(p.lemma_.lower() in v.punitive_nouns | v.attack_nouns for p in f.patients):
        return  # "would end the strike / drop the lawsuit if X ...": a concession offered, no threat
    speaker = rel.speakers.of(di, f.clause)
    if f.lemma in v.facing_verbs:  # "X said Y would face consequences": the speaker threatens Y
        objs = [c for c in f.pred.children if c.dep_ == "dobj"]
        for tg in reported_subjects(rel, f, di, speaker) if speaker and _unowned(objs) else []:
            yield rel.evidence.event("threatened", speaker, tg, di, f.pred, confidence=0.7, speaker=speaker)
        return
    agents = rel._agents(AGENT_RULE, f, di, speaker) or \
        (_speakers_people(rel, f, di, speaker, hostile or f.lemma in v.threat_acts)
         if f.lemma in v.punitive_acts or hostile else [])
    if not agents and speaker is not None and stated is not None and stated[1] and any(
            a.lemma_.lower() in v.punitive_nouns and not any(c.dep_ == "poss" for c in a.children) for a in f.agents):
        agents = [speaker]  # "the blockade would spread to the airports unless ...", said by its leader: the speaker's
    promised = [] if agents else _state_promise(rel, f, speaker)
    if promised:  # "vowed that the cartel's leaders would be hunted down": the ones it is promised to, named as its
        agents = promised  # subject (not "those who attacked X", "X's killers")
        cands = [k for s in f.patients for k in r.all_of(di, s) if r.type_of(k) in ACTOR_TYPES and k not in promised]
        for tg in cands[:1]:
            yield rel.evidence.event("threatened", promised[0], tg, di, f.pred, confidence=0.7, speaker=speaker)
        return
    side = set(agents) | {b for a in agents for b in rel.affiliation.get(a, set())}
    cands: list[str] = []
    if cond is not None:  # "unless Meridian reinstated the dockers": Meridian
        subj = [s for s in v.grammar.surface_subjects(cond[0]) if s.lower_ not in PERSONAL_PRONOUNS]
        cands = [k for s in subj for k in r.all_of(di, s) if k not in side and r.type_of(k) in ACTOR_TYPES]
    if not cands:
        subj_toks = {t.i for a in f.agents for t in a.subtree}
        if cond is not None:  # "If the militia takes Bora, Kenya will respond": not Bora, and the militia is unnamed
            subj_toks |= {t.i for t in cond[0].subtree}
        # "take the case to the High Court": where the dispute goes, not against whom
        venue = venues(f.pred, v.venue_verbs, f.lemma)
        # partners named with a preposition first ("talks with Russia"); topics ("Syria talks") never
        # (and a people's adjective after the names: "to Georgian distributor Mtkvari Gas" is Mtkvari's)
        ranked = sorted(f.pred.subtree, key=lambda t: (t.dep_ != "pobj" or t.head.lower_ not in ("with", "against", "on"),
                                                       t.dep_ == "amod", t.i))
        # "use force to protect X": not X (an infinitive of purpose, however the parser hangs it)
        aside = {t.i for c in f.pred.children if purpose(c) or c.dep_ == "xcomp" and infinitive(c)
                    and any(o.dep_ == "dobj" and o.i < c.i for o in f.pred.children) for t in c.subtree}
        # "would respond firmly to any attack on police", "deal firmly with anyone who attacks X": the victims of the
        # attack answered are no target; nor is what a coordinated clause names ("... and praised X")
        aside |= {x.i for t in f.pred.subtree if t.dep_ == "pobj" and t.head.lower_ in ("on", "against")
                     and t.head.head.lemma_.lower() in v.attack_nouns and t.head.head.i != f.pred.i for x in t.subtree}
        aside |= {x.i for t in f.pred.subtree if t.dep_ == "relcl" and (attack_verb(v, t.lemma_.lower())
                     or t.lemma_.lower() in v.threat_acts | {"threaten"}) for o in t.children
                     if o.dep_ in ("dobj", "prep") for x in o.subtree}
        aside |= {x.i for c in f.pred.children if c.dep_ == "conj" and c.pos_ == "VERB" for x in c.subtree}
        for t in ranked:
            # (a pronoun only as the act's own object, for one the same sentence named before: "blamed X ... and vowed
            # to hunt him down")
            if t.i in subj_toks or t.i in venue or t.i in aside \
                    or t.lower_ in PERSONAL_PRONOUNS and not (_own_object(f.pred, t) and _named_before_in_sentence(r, di, t)) \
                    or t.dep_ == "compound" and not r.ents.at(di, t.head):
                continue
            cands += [k for k in r.of(di, t) if k not in side and r.type_of(k) in ACTOR_TYPES and k not in cands]
    if not cands:  # "warned X ..., vowing to respond with full force": the one warned
        cands = [k for k in _warned_alongside(rel, f, di) if k not in side]
    for ag in agents:
        for tg in cands[:1]:
            yield rel.evidence.event("threatened", ag, tg, di, f.pred, confidence=0.7, speaker=speaker)
            if cond is not None and cond[1]:
                yield rel.evidence.event("demanded", ag, tg, di, f.pred, confidence=0.7, speaker=speaker)


def _warned_alongside(rel: Relater, f: Frame, di: int) -> list[str]:
    """'warned X on Sunday, vowing to respond with full force', 'issued a stern warning to X, vowing to retaliate': a
    vow of a punishment aimed at no one, made in the same breath as a warning, is aimed at the one warned."""
    r, v = rel.refs, rel.refs.vocab
    vow = f.pred.head if f.pred.dep_ == "xcomp" else None
    if vow is None or vow.tag_ != "VBG" or vow.dep_ not in ("advcl", "conj") or vow.lemma_.lower() not in v.speech_verbs:
        return []
    host = vow.head
    if host.lemma_.lower() in v.warning_verbs:
        warned = [o for o in host.children if o.dep_ == "dobj"]
    else:  # "issued a warning to X" (the "to" hung on the notice or on its verb)
        notices = [n for n in host.children if n.dep_ == "dobj" and n.lemma_.lower() in ("warning", "ultimatum")]
        warned = [o for h in (notices + [host] if notices else []) for p, o in obliques_of(h) if p == "to"]
    return [k for o in warned for k in r.of(di, o) if r.type_of(k) in ACTOR_TYPES]


def _speakers_people(rel: Relater, f: Frame, di: int, speaker: str | None, hostile: bool) -> list[str]:
    """"X, the union's president, said its members would strike unless ...", "the minister said troops would pursue
    them", "vowed that his men would hunt them down": the speaker's own people, named by a plural with no one else's
    name on it, carry out the speaker's threat (a union's members or the people its name says; a state's troops and
    police, for one who holds an office of that state; whoever "his men" are, for him). The threat is the speaker's
    and that side's."""
    r, v = rel.refs, rel.refs.vocab
    subjects = [s for s in f.agents if s.tag_ == "NNS" and not r.all_of(di, s)
                and all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in v.own_possessives
                        or c.dep_ in ("compound", "amod") and not r.all_of(di, c) and c.lower_ not in v.own_possessives
                        for c in s.children)]
    if speaker is None or len(subjects) != 1:
        return []
    subj = subjects[0]
    lem, word = subj.lemma_.lower(), subj.lower_
    if lem in v.state_people_nouns | v.followers_nouns and not hostile:
        return []  # "his troops would withdraw from X if ...": an offer, not a threat (troops threaten by force)
    if any(c.dep_ == "poss" for c in subj.children) and lem in v.state_people_nouns | v.own_people_nouns | v.followers_nouns:
        return [speaker]  # "his men", "our members": the speaker's, whoever they serve
    if lem in v.state_people_nouns:
        bodies = sorted(b for b in rel.affiliation.get(speaker, set()) if r.type_of(b) == "Country")
    elif lem in v.own_people_nouns and not any(c.dep_ in ("compound", "amod") for c in subj.children):
        # a union's or a cooperative's own: its members, or the people its name says
        bodies = sorted(b for b in rel.affiliation.get(speaker, set()) if r.type_of(b) == "Organization"
                        and (label := r.entity(b).label.lower().replace("'", "").split())[-1] in v.members_body_heads
                        and (lem in v.generic_member_nouns or word in label or lem in label))
    else:
        bodies = []
    return [speaker, *bodies] if len(bodies) == 1 else []  # the one who says it, and the side it says it for


def _state_promise(rel: Relater, f: Frame, speaker: str | None) -> list[str]:
    """"The minister vowed that the cartel's leaders would be hunted down": a punishment promised in the passive,
    with no one named to carry it out, is the speaker's threat where the speaker's side can do it (a state, its
    bodies and forces, an armed group)."""
    if speaker is None or not f.passive or any(c.dep_ == "agent" for c in f.pred.children):
        return []
    r = rel.refs
    side = {r.type_of(k) for k in [speaker, *rel.affiliation.get(speaker, set())]}
    return [speaker] if side & {"Country", "Region", "GovernmentOrganization", "ArmedForces"} else []


def threat_nouns(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'X's threat to expel Y', 'threats by X to sink Y's ferries', 'a threat from X to cut off water to Y':
    a threat noun whose infinitive names a punitive or violent act threatens whom that act is aimed at."""
    r, v = rel.refs, rel.refs.vocab
    act = f.complement
    if f.kind != "noun" or f.lemma not in v.threat_nouns or act is None or act.pos_ != "VERB" or not infinitive(act):
        return
    lemma = act.lemma_.lower()
    if not (lemma in v.punitive_acts or attack_verb(v, lemma)):
        return  # "his threat to resign": no act against anyone
    fact = factuality(f.clause, v, f.pred)
    agents = [k for k in rel.fill(Role("agent"), f, di) + rel.fill(Role("prep", "from"), f, di) if r.type_of(k) in ACTOR_TYPES]
    venue = venues(act, v.venue_verbs, lemma)
    ranked = sorted((t for t in act.subtree if t.i != act.i and t.i not in venue
                     and (t.lower_ not in PERSONAL_PRONOUNS or t.dep_ == "poss")),  # "to burn down its showrooms"
                    key=lambda t: (t.dep_ not in ("dobj", "pobj", "poss"), t.i))
    for ag in agents[:1]:
        side = {ag} | rel.affiliation.get(ag, set())
        cands = [k for t in ranked for k in r.of(di, t) if k not in side and r.type_of(k) in ACTOR_TYPES | PLACE_TYPES]
        for tg in cands[:1]:
            yield rel.evidence.event("threatened", ag, tg, di, f.pred, confidence=0.7, factuality=fact)


def alternatives(rel: Relater, f: Frame, di: int) -> Iterator[Event]:
    """'told Y to reinstate the drivers or face a strike', 'gave Y until Friday to pay or face legal action': the
    punishment offered as the alternative to a demand threatens the one told, and the demand is made of them."""
    r, v = rel.refs, rel.refs.vocab
    pred = f.pred
    if f.kind != "verb" or pred.dep_ != "conj" or not _consequence(v, pred, f.lemma):
        return
    asked = pred.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in asked.children) \
            or not (infinitive(asked) and asked.dep_ in ("xcomp", "advcl", "ccomp", "acl", "relcl") or _bidding(v, asked)):
        return
    gov = asked.head  # "gave Y 30 days to pay or lose X", "gave Y an ultimatum to leave or face Z": the giving
    if asked.dep_ in ("acl", "relcl"):
        gov = gov.head if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "npadvmod") else gov
    if gov.pos_ not in ("VERB", "AUX"):
        return
    frame = v.grammar.verb_frame(gov)
    fact = factuality(frame.clause, v)
    speaker = rel.speakers.of(di, frame.clause)
    agents = [k for k in rel.fill(Role("agent"), frame, di) if r.type_of(k) in ACTOR_TYPES]
    told = [k for k in rel.fill(Role("patient"), frame, di) + rel.fill(Role("recipient"), frame, di)
            if r.type_of(k) in ACTOR_TYPES and k not in agents]
    for ag in agents:
        for tg in told[:1]:
            for fam in ("threatened", "demanded"):
                yield rel.evidence.event(fam, ag, tg, di, asked.head, confidence=0.7, speaker=speaker, factuality=fact)


def _bidding(v: Vocabulary, verb: Token) -> bool:
    """An order after a colon that spells out a warning or ultimatum: "gave X a stark warning: pull out of Y, or
    its commanders will face bans" (hung on the notice or, as a second clause, on the giving)."""
    notices = [verb.head] if verb.dep_ == "acl" else [o for o in verb.head.children if o.dep_ == "dobj"] \
        if verb.dep_ == "conj" else []
    return verb.tag_ == "VB" and any(n.lemma_.lower() in v.threat_nouns and n.i < verb.i
                                     and any(t.text == ":" for t in verb.doc[n.i + 1:verb.i]) for n in notices)


def _consequence(v: Vocabulary, verb: Token, lemma: str) -> bool:
    """What one risks by refusing a demand: a punishment faced ("or face legal action", "or face an assault"),
    something lost ("or lose its licence"), or a punitive act suffered ("or be evicted", "or see its mills shut")."""
    if lemma in v.facing_verbs:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return _punitive(v, verb) or any(o.lemma_.lower() in v.attack_nouns for o in objs)
    if lemma in v.undergoing_verbs:  # "or see its mills shut down", "or have its licence revoked"
        return any(c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in v.punitive_acts for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # what one holds ("its licence", "their jobs"), not a match one plays ("or lose the final")
    held = [o for o in verb.children if o.dep_ == "dobj" and any(c.dep_ == "poss" for c in o.children)]
    return lemma in v.losing_verbs and bool(held) or passive and lemma in v.punitive_acts


def _own_object(verb: Token, t: Token) -> bool:
    """The verb's object, or whom its object picks from ("hunt them down", "hunt down every last one of them")."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head
    return t.dep_ == "dobj" and t.head.i == verb.i


def _named_before_in_sentence(r: Referents, di: int, pron: Token) -> bool:
    """Whether whom a pronoun stands for is named earlier in its own sentence, not only in one before."""
    keys = set(r.of(di, pron))
    return any(m.key in keys and pron.sent.start <= m.start < pron.i for m in r.ents.in_doc(di))


def _punitive(v: object, verb: Token) -> bool:
    """A punitive act: its verb ("withdraw", "sue"), or a verb whose object is one ("face sanctions", "go to court",
    "take legal action")."""
    if verb.lemma_.lower() in v.punitive_acts:  # type: ignore[attr-defined]
        return True
    if verb.lemma_.lower() in v.venue_verbs and any(  # type: ignore[attr-defined]
            o.dep_ == "dobj" and o.lemma_.lower() in v.dispute_nouns  # type: ignore[attr-defined]
            and any(p.dep_ == "prep" and p.lower_ == "to" for p in (*verb.children, *o.children)) for o in verb.children):
        return True  # "would take the dispute to the Commission": an escalation
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with") for o in p.children
             if o.dep_ == "pobj"]  # ("report X to police": "to" parsed as a dative)
    objs += [o for n in list(objs) if n.ent_type_ == "MONEY" or n.like_num for p in n.children
             if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]  # "seek $9m in damages"
    if verb.lemma_.lower() == "see" and not any(c.dep_ in ("advcl", "xcomp") and infinitive(c) for c in verb.children):
        # "would see X in court", however "in court" hangs (not "see X in court on Monday to set a date")
        objs += [o for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" and o.lower_ == "court"]
    return any(o.lemma_.lower() in v.punitive_nouns or o.lower_ in v.punitive_nouns for o in objs)  # type: ignore[attr-defined]


def _unowned(objs: Sequence[Token]) -> bool:
    """Punishments with no one else named as their doer or sufferer, and no sum: not "a boycott by consumers",
    "serious consequences for patients", "a price of $5 a share" (but "consequences for its actions")."""
    return not any(p == "by" or p == "for" and not any(c.dep_ == "poss" for c in o.children)
                   or p == "of" and (o.like_num or o.ent_type_ == "MONEY")
                   for n in objs for p, o in obliques_of(n))
