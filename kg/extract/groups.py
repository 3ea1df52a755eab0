"""Pairs and groups: "both sides", "the two men", "they", and a group's named members ("members of X, including Y")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .discourse import Discourse, name_heads
from .kinds import ACTOR_TYPES, BODIES_AND_STATES
from .pronouns import _speaker
from .rules import Vocabulary


def _pair(ref: Discourse, di: int, tok: Token) -> list[str] | None:
    """'the two men met', 'the two sides': the last two named of the kind the noun says ([] when they
    cannot be told; None when the phrase is no such pair)."""
    kind = ref.lex.relations["word_classes"]["pair_nouns"].get(tok.lemma_.lower())
    both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in tok.children)  # "both groups"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if tok.lower_ == "two" and tok.pos_ == "NUM" and the and tok.dep_ in ("nsubj", "nsubjpass"):
        kind = "any"  # "X phoned Y, and the two then held talks": the two named just before, of any kind
    # "the gangs", a plural of bodies with no number, as "the two gangs" (not "the governments of A and B", which
    # names its own; a that-clause hung on the noun is the warning's: "warned the gangs that the army would ...")
    plural = kind not in (None, "Person") and tok.tag_ == "NNS" and the and not any(
        c.dep_ in ("amod", "compound", "nummod", "poss", "appos", "conj", "nmod", "acl")
        or c.dep_ == "relcl" and not any(m.dep_ == "mark" for m in c.children)
        or c.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in tok.children)
    if kind is None or not both and not plural and kind != "any" and (
            not any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children) or not the):
        return None
    if any(c.dep_ in ("appos", "conj") for c in tok.children):
        return None  # "the two men, A and B": named right there
    types = ACTOR_TYPES - {"Person"} if kind == "actor" else ACTOR_TYPES if kind == "any" else {kind}  # "the two
    # sides": states or bodies
    # not what the clause's own subject names ("the UN mission in Libya warned both groups")
    subject = [t for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("dobj", "pobj")
               for t in c.subtree]
    own = {m.key for m in ref.ents.in_doc(di) if any(m.start <= t.i < m.end for t in subject)}
    nonstate = tok.lemma_.lower() in ref.vocab.nonstate_body_nouns  # "both gangs": never a state's forces
    # "the companies", with no number: bodies whose names say companies
    fits = ref.vocab.body_heads.get(tok.lemma_.lower()) if plural and not both else None
    last = [(pos, key) for pos, key, _ in ref._window(di, tok) if ref.type_of(key) in types and key not in own
            and _party(ref.docs[pos[0]][pos[1]]) and not (nonstate and ref.entity(key).state)
            and (not fits or name_heads(ref.entity(key).label) & fits)]
    armed = list(dict.fromkeys(key for _, key in last if ref.type_of(key) == "ArmedForces")) if both and any(
        c.dep_ == "amod" and c.lower_ in ref.lex.relations["word_classes"]["armed_adjectives"] for c in tok.children) \
        else []  # "both armed groups": failing two parties named lately, the two armed bodies named, however far back
    # the two named in the last sentence that names any (or, for "both", the one before when it names one:
    # "X attacked Y. Egypt blamed both groups. Sudan urged both sides to talk"): exactly two there, and no
    # "two men" left unnamed
    for _ in range(2 if both else 1):
        if not last:
            return armed if len(armed) == 2 else []
        pos = last[-1][0]
        sent = ref.docs[pos[0]][pos[1]].sent
        there = list(dict.fromkeys(key for p, key in last if p[0] == pos[0] and sent.start <= p[1] < sent.end))
        if len(there) >= 2:
            break
        last = [(p, key) for p, key in last if not (p[0] == pos[0] and sent.start <= p[1] < sent.end)]
    doc = ref.docs[pos[0]]
    unnamed = any(t.lemma_ == tok.lemma_ and any(c.lower_ == "two" for c in t.children)
                  and not any(c.lower_ == "the" for c in t.children)
                  for t in doc[sent.start:tok.i if pos[0] == di else len(doc)])
    if len(there) == 2 and not unnamed:
        return there
    return armed if len(armed) == 2 else []


def members(ref: Discourse, di: int, group: Token) -> list[str]:
    """'Western countries, including France and Germany', 'critics, which include Oxfam', 'three
    states, A, B and C': the named members of a group that is itself no entity."""
    if group.pos_ not in ("NOUN", "NUM"):
        return []
    out: list[str] = []
    for c in group.children:
        if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
            out += [k for p in c.subtree if p.dep_ == "pobj" for k in ref.all_of(di, p)]
        elif c.dep_ == "relcl" and c.lemma_ == "include":
            out += [k for d in c.children if d.dep_ == "dobj" for k in ref.all_of(di, d)]
        elif c.dep_ == "appos" and not _speaker(ref, c):
            out += ref.all_of(di, c)
    if group.dep_ == "nsubj" and group.head.lemma_ == "include":  # "critics of the plan include Oxfam"
        out += [k for d in group.head.children if d.dep_ == "dobj" for k in ref.all_of(di, d)]
    return list(dict.fromkeys(out))


def group(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'they': the coordinated subject of the previous sentence, else its named members of a list."""
    sent = tok.sent
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.tag_ == "CD" or tok.head.head.lower_ in
                                                            ref.vocab.partitive_words):
        # "opened fire on officers of X, wounding two of them": the plural just before, in its own sentence
        plural = next((t for t in reversed(sent[:tok.i - sent.start]) if t.tag_ == "NNS" and t.pos_ == "NOUN"
                       and t.lemma_.lower() in ref.vocab.group_nouns), None)
        found = ref.all_of(di, plural) if plural is not None else []
        if found:
            return found
    before = [(di, t) for t in sent if t.i < tok.i]
    if sent.start > 0:
        before = [(di, t) for t in ref.docs[di][sent.start - 1].sent] + before
    elif di > 0 and len(ref.docs[di - 1]):
        before = [(di - 1, t) for t in ref.docs[di - 1][-1].sent] + before
    for dj, t in reversed(before):
        if dj == di and t.left_edge.i <= tok.i <= t.right_edge.i:
            continue  # "Teams from both clubs met": not the phrase "both" stands in
        if t.dep_ in ("nsubj", "nsubjpass") and (any(c.dep_ == "conj" for c in t.children) or t.pos_ == "NOUN"):
            keys = ref.all_of(dj, t)
            if len(keys) > 1:
                return keys
    if tok.dep_ in ("dobj", "nsubj") and tok.lower_ in ("them", "both"):  # "met A and then B and urged both to ...":
        # the ones just named together as an object in the sentence
        for t in reversed(sent[:tok.i - sent.start]):
            if t.dep_ in ("dobj", "pobj") and any(c.dep_ == "conj" for c in t.children):
                keys = ref.all_of(di, t)
                if len(keys) > 1:
                    return keys
    if tok.dep_ == "dobj":  # "met executives of X and urged them to ...": the people just named, for their body
        # (the nearest plural before the pronoun: not "met leaders of X and bombed Y's camps, destroying them")
        t = next((t for t in reversed(sent[:tok.i - sent.start]) if t.tag_ == "NNS" and t.pos_ == "NOUN"), None)
        if t is not None and t.dep_ in ("dobj", "pobj") and (
                t.lower_ in ref.vocab.official_nouns or t.lower_ in ref.vocab.body_organs or t.lemma_.lower() == "leader"):
            keys = [k for k in ref.of(di, t) if ref.type_of(k) in BODIES_AND_STATES]
            if keys:
                return keys
    return []



def _party(tok: Token) -> bool:
    """Whether a name is a party to what its sentence tells (a subject, an object, one fought or talked with), not
    a place it happened in ("fought in Mali", "near the border with Chad") nor a name in a relative clause."""
    t = tok  # (through what it modifies: "Ethiopian Foreign Minister X spoke with his Kenyan counterpart")
    while t.dep_ in ("conj", "appos", "compound", "amod", "nmod", "poss") and t.head.i != t.i:
        t = t.head
    if any(a.dep_ in ("relcl", "acl") for a in t.ancestors):
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        return _party(t.head.head)  # "troops of Peru and Ecuador clashed"
    if t.dep_ == "pobj":
        return t.head.lower_ in ("with", "against", "between", "by", "to", "from")
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "ROOT", "poss")


def joined_people(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'tappers of the X Rubber Workers Union', 'dockers of the X Federation': any people (a plural for people, in
    no list of group nouns) of a body that people join stand for it (not "the policies of X")."""
    lem = tok.lemma_.lower()
    if tok.tag_ != "NNS" or not tok.is_lower or lem in ref.vocab.group_nouns \
            or any(c.lower_ in ("former", "ex") for c in tok.children) \
            or not lem.endswith(("er", "or", "ist", "ian", "man", "ant", "ent", "ee")):
        return []
    joined = ref.lex.relations["word_classes"]["members_body_heads"]
    found = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj" for k in ref.ents.at(di, p) if ref.type_of(k) == "Organization"
             and ref.entity(k).label.lower().split()[-1] in joined]
    return found[:1]


def member_of(vocab: Vocabulary, tok: Token) -> Iterator[Token]:
    """The names a group noun says its members belong to: "fighters of/from X", "men loyal to X",
    "guards employed by X", "a gang led by X", "economists at X"."""
    links = vocab.member_links
    heads = [tok] + [a for a in tok.children if a.dep_ == "amod" and a.lower_ not in links]  # "attorneys general from X"
    expert = tok.lower_ in vocab.expert_nouns and doer(tok)
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and (c.lower_ in ("of", "from") or c.lower_ == "at" and expert
                                 or c.lower_ == "for" and tok.lemma_.lower() in vocab.agent_for_nouns):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                yield p
                nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None  # "supporters of the opposition X Party",
                if p.is_lower and nxt is not None and nxt.is_title:  # parsed with "opposition" as the object
                    yield nxt.head if nxt.dep_ == "compound" else nxt
        elif c.dep_ in ("amod", "acl") and c.lower_ in links and doer(tok):
            for pr in c.children:
                if pr.dep_ in ("prep", "agent") and pr.lower_ in ("to", "with", "by"):
                    yield from (p for p in pr.children if p.dep_ == "pobj")


def doer(tok: Token) -> bool:
    """A subject or a by-agent: "guards employed by X opened fire" acts for X; "indicted two guards employed
    by X" accuses the guards, not X."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and (tok.head.dep_ == "agent"
                                                                          or tok.head.lower_ == "by")
