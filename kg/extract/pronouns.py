"""Pronouns in reported speech: the reporter ("X said he ..."), the one addressed ("told Y he ..."), the
clause's own subject ("X said through its counsel")."""
from __future__ import annotations

from spacy.tokens import Token

from .discourse import Discourse
from .entities import PERSONAL_PRONOUNS
from .kinds import BODIES_AND_STATES


def _reporter(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'X ... told reporters she held Y responsible': a pronoun subject of what a person says is that person."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or tok.lower_ not in ("he", "she") \
            or clause.head.lemma_.lower() not in ref.vocab.speech_verbs:
        return []
    told = [k for c in clause.head.children if c.dep_ in ("dobj", "dative") for k in ref.ents.at(di, c)]
    if any(ref.type_of(k) == "Person" for k in told):
        return []  # "the judge told X that he had shot Y": the one told, as likely
    said = ref.vocab.grammar.surface_subjects(clause.head)
    return [k for s in said if s.lower_ not in PERSONAL_PRONOUNS for k in ref.ents.at(di, s)
            if ref.type_of(k) == "Person"][:1]


def addressee(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'phoned Y to demand that he close the plant': the one who must act is the one addressed, the object
    of the demand's verb or of the verb the demand is the purpose of."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or tok.lower_ not in ("he", "she") \
            or clause.head.lemma_.lower() not in ref.vocab.directive_verbs:
        return []
    verb = clause.head
    hosts = [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") else [])
    for v in hosts:
        told = [c for c in v.children if c.dep_ in ("dobj", "dative")] + \
            [o for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        people = [k for o in told for k in ref.ents.at(di, o) if ref.type_of(k) == "Person"]
        if people:
            return people[:1]
    return []


def _clause_subject(ref: Discourse, di: int, tok: Token) -> list[str]:
    """The body or state that is the subject of the clause a possessive stands in ("Castellan, which is in
    talks with the council, said through its counsel"): the nearest verb above it with another subject."""
    bodies = BODIES_AND_STATES
    owned = tok.head
    if owned.dep_ == "conj":  # "criticised Orlov Steel and its chief executive": Orlov Steel
        return [k for k in ref.of(di, owned.head) if ref.type_of(k) in bodies]
    inside = {t.i for t in owned.subtree}
    for verb in tok.ancestors:
        if verb.dep_ == "prep" and verb.lower_ not in ("through", "via", "by", "with", "from", "to", "for", "in", "at"):
            # "fined Vellor Bank after its chief executive lied": not the subject's own means; the last named
            return ref.recent(di, tok, bodies, subject_first=False)
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside), None)
        if subject is None and verb.dep_ == "xcomp":  # "urged Orlov Steel to dismiss its chairman": Orlov Steel
            subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if subject is None and verb.lemma_.lower() in ref.vocab.speech_verbs:  # "X sued Y, its chairman said": X
            said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < owned.i]
            subject = next((c for v in said for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return [k for k in ref.of(di, subject) if ref.type_of(k) in bodies]
        absolute = verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
            c.dep_ == "nsubj" and c.i in inside for c in verb.children)  # "X struck, its leader saying ...": X
        if verb.dep_ in ("advcl", "relcl", "acl") and not absolute:  # "fined Vellor Bank after its chief lied": the
            return ref.recent(di, tok, bodies, subject_first=False)  # last named
        inside |= {t.i for t in verb.subtree}
    return []


def _previous_subject(ref: Discourse, di: int, tok: Token) -> list[str]:
    """"The front, which is backed by the X Party, is demanding ... Its leader, Y, said": a possessive that opens a
    sentence is the body the previous sentence's subject describes (not the last body named in it)."""
    if tok.i > tok.sent.start + 1 or tok.sent.start == 0:
        return []
    prev = tok.doc[tok.sent.start - 1].sent
    subjects = [s for s in ref.vocab.grammar.surface_subjects(prev.root)  # (or the body it names: "MINUSCA
                if (s.is_lower and s.pos_ == "NOUN" or s.pos_ == "PROPN")     # condemned ... Its head, X,")
                and s.lower_ not in PERSONAL_PRONOUNS]
    found = [k for s in subjects[:1] for k in ref.of(di, s) if ref.type_of(k) in BODIES_AND_STATES]
    return found if len(found) == 1 else []


# -- the discourse -------------------------------------------------------------------------
def _own_subject(ref: Discourse, di: int, tok: Token) -> set[str]:
    """An object pronoun does not refer to its own clause's subject ("X called her": not X)."""
    if tok.lower_ in ("him", "her") and tok.dep_ == "nsubj" \
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in tok.head.children):
        verb = tok.head.head  # "She called for him to resign": "him" is what "called for" asks, not "she"
    elif tok.dep_ not in ("dobj", "pobj", "dative") or tok.lower_ in ("himself", "herself"):
        return set()
    else:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {k for c in verb.children if c.dep_ == "nsubj" for k in ref.ents.at(di, c)}  # (a named subject only: a
    # pronoun's own referent is a guess, made without gender, and "him" would then take the other one)


def _said_after(ref: Discourse, di: int, tok: Token) -> bool:
    """Whether the name at `tok` is the source of the sentence's closing "X said" ("..., Orbeck Steel said")."""
    end = max((m.end for m in ref.ents.in_doc(di) if m.start <= tok.i < m.end), default=tok.i + 1)
    nxt = tok.doc[end] if end < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in ref.vocab.speech_verbs


def _speaker(ref: Discourse, appos: Token) -> bool:
    """Whether a phrase the parser set beside a noun is the speaker of the sentence's closing "X said"."""
    nxt = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in ref.vocab.speech_verbs

