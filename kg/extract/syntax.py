"""Small readings of the parse that every layer shares: coordinated tokens, a word's class, a noun's owners, a
predicate's prepositional objects, an infinitive, the if/unless clause a promise hangs on, an infinitive of purpose."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("A, B and C")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == tok.pos_ or c.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(conjuncts(c))
    if tok.pos_ == "NOUN" and tok.is_lower:  # "the bus operator Transorne and its director", "X's minister, A, and
        # Y's negotiator, B, held talks": the name's conjuncts
        out.extend(t for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN" and (
            a.left_edge.i == tok.i + 1 or a.left_edge.i == tok.i + 2 and tok.doc[tok.i + 1].text == ",")
                   for c in a.children if c.dep_ == "conj" for t in conjuncts(c))
    return out


def word_in(tok: Token, words: Collection[str]) -> bool:
    """Whether a word's form or its lemma is in a word class ("positions" are held, a "position" is taken)."""
    return tok.lower_ in words or tok.lemma_.lower() in words


def pobjs(prep: Token) -> list[Token]:
    objs = [t for c in prep.children if c.dep_ in ("pobj", "pcomp") for t in conjuncts(c)]
    # "by three employees and by the foundation": a coordinated preposition of the same kind
    objs += [t for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_
             for o in c.children if o.dep_ == "pobj" for t in conjuncts(o)]
    if not objs:  # "inside of X", "out of X"
        objs = [t for o in prep.children if o.dep_ == "prep" for c in o.children if c.dep_ == "pobj"
                for t in conjuncts(c)]
    return objs


def owners_of(noun: Token, preps: Collection[str] = ("of",)) -> list[Token]:
    """Whom a noun belongs to: its possessive, then the objects of its `preps` ("X's board", "the board of X")."""
    return [c for c in noun.children if c.dep_ == "poss"] + \
        [o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def obliques_of(tok: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging on a token; particles that govern an object count too."""
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        # ("upon" comes tagged as a subordinating conjunction, "called upon X", as do "as" and "than")
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ in ("ADP", "SCONJ") or c.dep_ == "advmod" and c.lower_ == "inside":
            out.extend((c.lower_, o) for o in pobjs(c) or stranded(tok, c))
            if c.lower_ in ("by", "over") and c.dep_ == "prep":  # "discussed it by phone with X": the "with" hung
                out.extend(x for o in pobjs(c) if o.lemma_.lower() in ("phone", "telephone") for x in obliques_of(o)
                           if x[0] in ("with", "to"))
        elif c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > tok.i and infinitive(c) \
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
                and not any(a.dep_ == "auxpass" for a in c.children):  # (not "for X to be arrested": X is no one asked)
            # "called for him to step down", parsed as a clause "for him to step down": "for" and its subject
            out.extend(("for", o) for o in c.children if o.dep_ in ("nsubj", "nsubjpass"))
    return out


def infinitive(verb: Token) -> bool:
    """A verb with its 'to': "to demand", "to meet"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def condition(verb: Token, up: int = 3) -> tuple[Token, bool] | None:
    """The if/unless clause a promise hangs on, on the verb or (up to `up` verbs) the verbs governing it ("vowed to
    strike unless ..."), and whether it asks for something ("unless X pays", "if X does not pay")."""
    t = verb
    for _ in range(up):
        for c in t.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & {"if", "unless"}:
                negative = "unless" in marks or any(n.dep_ == "neg" for n in c.children)
                return c, negative
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            break
        t = t.head
    return None


def until_condition(verb: Token, future_auxiliaries: Collection[str]) -> tuple[Token, bool] | None:
    """'would boycott parliament until the law was repealed': a clause with its own subject that an act promised
    lasts until asks for it, as "unless" does (not "would strike until Friday", nor "urged X to suspend the
    licence until ...": an act asked of another)."""
    if not has_aux(verb, future_auxiliaries):
        return None
    return next(((c, True) for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
                 and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


def stray_by(noun: Token) -> Token | None:
    """"rejected the allegation by X that ...": the by-phrase the parser hung on the verb right after its object."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1),
                None)


def purpose(verb: Token) -> bool:
    """An infinitive of purpose beside a clause: "phoned X to demand ...", "flew to Quito to meet X"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and infinitive(verb)


def stranded(tok: Token, prep: Token) -> list[Token]:
    """A preposition left without its object because the parser made that object the subject of the
    complement after it: "called on [X to intervene]", "appealed to [X to return]"."""
    if any(True for _ in prep.children):
        return []
    return [t for comp in tok.children if comp.dep_ in ("ccomp", "xcomp") for s in comp.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == prep.i + 1 for t in conjuncts(s)]


def noun_lemma(tok: Token) -> str:
    """A noun's lemma, keeping plurals that name a different thing ("talks" are negotiations)."""
    low = tok.lower_
    if low in ("talks", "negotiations", "allies", "words", "relations"):
        return low[:-1]
    return tok.lemma_.lower()


def finite_partner(verb: Token, gov: Token, voiced: Collection[str] = (), deeds: Collection[str] = ()) -> Token:
    """The verb a finite past `verb` is coordinated with, where the parser hung it too low: not an infinitive or
    gerund ("accused X of trying to silence Y and called on Z": accused), nor a reported clause under a modal
    ("said the town will not be intimidated and called on Z": said), nor one in the present progressive when the
    verb is a speech act of `voiced` ("said Y is still overcharging and warned Z": said). Only a past form no
    auxiliary could share counts ("called", not "hit": "would cross the border and hit Y"); a perfect shares its
    "has" ("said Russia has launched drones and struck Kyiv": Russia struck), but a speech act after a reported past
    perfect or past "was" is the speaker's ("said none of its men had been there and accused X", "said the mine was
    unsafe and urged Y"), unless it is as often a deed of the one reported (`deeds`: "said the militia had entered
    the town and threatened the mayor")."""
    if verb.tag_ != "VBD" or verb.lower_ == verb.lemma_.lower() or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return gov
    auxes = [a for a in gov.children if a.dep_ in ("aux", "auxpass")]
    if verb.lemma_.lower() in voiced and verb.lemma_.lower() not in deeds and gov.dep_ == "ccomp" and gov.head.tag_ == "VBD" \
            and gov.head.i < gov.i \
            and not any(c.dep_ in ("aux", "auxpass") for c in gov.head.children) \
            and (any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxes)
                 or gov.lemma_.lower() == "be" and gov.tag_ == "VBD" and not auxes):
        return gov.head  # "said none of its men had been there and accused X", "said X had misled residents and urged
        # Y": the speaker (a reported past perfect; not a clause before its attribution: "X had called Y and urged Z,
        # W added"; a present perfect shares its "has", below)
    if any(a.lemma_.lower() == "have" for a in auxes):
        return gov
    subjunctive = gov.tag_ == "VB" or gov.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")
                                                               for c in gov.children)  # "that the commission order"
    if subjunctive and gov.dep_ == "ccomp" and not auxes and gov.head.tag_ in ("VBD", "VBZ", "VBP"):
        return gov.head  # "demanded that X order a recount and threatened to ...": a subjunctive shares no past verb
    if gov.tag_ in ("VBG", "VB") and not any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in gov.children) \
            and (not auxes or any(a.tag_ == "TO" for a in auxes)):
        up = gov
        while up.dep_ in ("xcomp", "pcomp", "pobj", "prep", "advcl", "acl") and up.head.i != up.i:
            up = up.head
            if up.pos_ in ("VERB", "AUX") and up.tag_ in ("VBD", "VBZ", "VBP"):
                return up
        return gov
    if gov.dep_ == "ccomp" and gov.head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in gov.head.children) \
            and (any(a.tag_ == "MD" for a in auxes) or verb.lemma_.lower() in voiced
                 and any(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)):
        return gov.head
    return gov


def has_aux(verb: Token, words: Collection[str]) -> bool:
    """Whether a verb has one of these auxiliaries ("must", "would")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)
