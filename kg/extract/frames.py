"""Clauses and event nouns -> frames: the predicate and who fills its roles, in syntactic terms only.

A frame knows nothing of entities or relation families. Its arguments come from arguments.py, which
undoes the constructions of English that move them away from their predicate, once, for every family;
this module adds event nouns with their of/by/possessive/modifier arguments and light verbs ("launched
an attack on Y", "the killing of Y by X", "Israeli shelling") and predicate adjectives.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .arguments import Arguments, dependents, is_passive
from .syntax import conjuncts, noun_lemma, obliques_of, pobjs, stray_by

@dataclass(frozen=True)
class Frame:
    """A predicate with its arguments: tokens heading each argument phrase (coordination expanded)."""

    pred: Token
    lemma: str
    kind: str  # verb | noun | adj
    clause: Token  # the verb whose tense, negation and speaker the predicate shares
    passive: bool = False
    agents: tuple[Token, ...] = ()
    light_agents: tuple[Token, ...] = ()  # the subject of the verb carrying an event noun ("X held talks")
    patients: tuple[Token, ...] = ()
    recipients: tuple[Token, ...] = ()
    obliques: tuple[tuple[str, Token], ...] = ()  # (preposition or particle, its object) on the predicate
    object_obliques: tuple[tuple[str, Token], ...] = ()  # on the patient: "demanded an apology from X"
    particles: tuple[str, ...] = ()
    complement: Token | None = None  # the head of a clausal complement
    light: str | None = None  # the verb that carries an event noun ("held talks")
    occasion: str | None = None  # the preposition setting an event noun beside a clause ("in a call with X, ...")
    occasion_agents: tuple[Token, ...] = ()  # that clause's subject, who took part
    occasion_host: Token | None = None  # that clause's verb ("in a phone call, X told Y": told)
    modifiers: tuple[Token, ...] = ()  # an event noun's compound/adjective modifiers ("Israeli shelling")
    possessor: tuple[Token, ...] = ()  # an event noun's possessive ("X's attack")
    words: frozenset[str] = field(default_factory=frozenset)  # lemmas of the children and grandchildren

    def oblique(self, prep: str) -> list[Token]:
        return [t for p, t in self.obliques if p == prep]


_NOUN_DEPS = {"compound", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "nmod", "poss"}
_TARGET_NOUNS = {"target", "victim"}  # "X was the target of an attack"


@dataclass(frozen=True)
class Grammar(Arguments):
    """Builds the frames of predicates from their arguments."""

    measure_nouns: frozenset[str] = frozenset()  # "held two days of talks": the talks are held
    penalty_nouns: frozenset[str] = frozenset()  # "serving a life sentence for the killing of X": the server did it
    bearing_verbs: frozenset[str] = frozenset()  # ... who serves, gets or receives it (not the judge who imposes it)
    verb_lemmas: frozenset[str] = frozenset()  # the verbs the lexicon knows, to read a verb tagged an adjective or lemmatised wrongly

    def verb_frame(self, verb: Token) -> Frame:
        """A verb with its subject or by-agent, object, indirect object, prepositions and complement."""
        recips = [t for d in dependents(verb, "dative") for t in (conjuncts(d) if d.pos_ != "ADP" else pobjs(d))]
        objs = self.patients(verb)
        comp = next(iter(dependents(verb, "ccomp", "xcomp", "oprd", "acomp")), None)
        comp = comp or next((c for c in dependents(verb, "advcl") if any(m.dep_ == "mark" and m.lower_ == "for"
                                                                       for m in c.children)), None)  # "asked for X to stop"
        if comp is None and not objs:  # "threatened on Thursday to close ...": a date put the infinitive apart
            comp = next((c for c in dependents(verb, "advcl") if c.tag_ == "VB" and any(
                m.dep_ == "aux" and m.lower_ == "to" and m.i == c.i - 1 for m in c.children)
                and any(t.ent_type_ in ("DATE", "TIME") for t in verb.doc[verb.i + 1:c.i])), None)
        pcomps = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pcomp"]
        lemma = self.verb_lemma(verb)
        return Frame(pred=verb, lemma=lemma, kind="verb", clause=verb, passive=is_passive(verb),
                     agents=tuple(self.agents(verb)), patients=tuple(objs), recipients=tuple(recips),
                     modifiers=tuple(dependents(verb, "npadvmod", "compound")),
                     obliques=tuple(obliques_of(verb)),
                     object_obliques=tuple(x for o in objs for x in obliques_of(o)),
                     particles=tuple(c.lower_ for c in verb.children if c.dep_ == "prt" or
                                     c.dep_ == "advmod" and c.i == verb.i + 1 and c.tag_ in ("RP", "RB")),
                     complement=comp or next(iter(pcomps), None), words=_words(verb))

    def noun_frame(self, noun: Token, lemma: str, possessive_agent: bool = True) -> Frame:
        """An event noun: "X's attack on Y", "the killing of Y by X", "Israeli shelling", "held talks with Y".
        Its agents are the by-phrase or possessive; the carrying verb's subject is kept apart (`light_agents`)
        because only some verbs carry an event for their subject ("launched an attack", not "suffered one")."""
        # "held two days of talks", "a second round of talks": the measure stands where the noun would
        m = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        anchor = m if m is not None and m.lemma_.lower() in self.measure_nouns else noun
        clause, light = _host(anchor)
        obl = obliques_of(noun)
        of = [o for p, o in obl if p == "of"]
        # "the assassination of X by Y": the parser often hangs the by-phrase on X
        by = [o for p, o in obl if p == "by"] or [b for t in of for p, b in obliques_of(t) if p == "by"]
        # "rejected the allegation by X that Y ...": the parser hangs both on the verb, right after the noun
        stray = stray_by(noun) if not by and not is_passive(noun.head) else None
        if stray is not None:
            by = [o for o in stray.children if o.dep_ == "pobj"]
        poss = [t for c in dependents(noun, "poss") for t in conjuncts(c)]
        if not poss and noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            # "Rusk's assassin Piet Harlan": the parser hangs the possessive on the name the noun describes
            poss = [t for c in dependents(noun.head, "poss") if c.i < noun.i for t in conjuncts(c)]
        ag: list[Token] = list(by)
        pat: list[Token] = list(of)
        if poss and (possessive_agent or of):
            ag = ag or poss
        elif poss:
            pat = pat or poss
        if noun.dep_ == "attr" and clause.lemma_ == "be":  # "X is a critic of Y", "X was the assassin of Y"
            ag = ag or self.surface_subjects(clause)
        lights: list[Token] = []
        if light and anchor.dep_ == "pobj":  # "was convicted of X's killing", "took part in the attack"
            lights = self.controller(anchor) or []
        elif light and anchor.dep_ in ("dobj", "oprd", "conj"):
            lights = self.agents(clause)
        elif light and anchor.dep_ == "nsubjpass":
            lights = [o for p, o in obliques_of(clause) if p == "by"]
        pen = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else None
        if pen is not None and pen.pos_ == "VERB":  # the "for" hung on the verb: "serving a sentence [for ...]"
            pen = next(iter(dependents(pen, "dobj")), None)
        if light not in self.penalty_nouns and pen is not None and pen.lemma_.lower() in self.penalty_nouns \
                and pen.dep_ == "dobj" and (pen.head.lemma_.lower() in self.bearing_verbs or is_passive(pen.head)):
            # "X is serving a life sentence for the slaying of Y", "X, who got a 20-year sentence for Y's murder"
            lights, light = self.surface_subjects(pen.head), pen.lemma_.lower()
        if not ag and not lights:  # "the attack, reportedly conducted by X": a participle after a comma, or
            # on the noun ("an ultimatum issued by X to Y", with its own obliques)
            nxt = [t for t in noun.doc[noun.i + 1:noun.i + 4] if t.pos_ != "ADV"]
            part = nxt[1] if len(nxt) > 1 and nxt[0].text == "," and nxt[1].tag_ == "VBN" else \
                next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1), None)
            by = [o for p, o in obliques_of(part) if p == "by"] if part is not None else []
            if by:
                lights, light = by, part.lemma_.lower()
                if part.head.i == noun.i:  # (and the target's preposition hung on the by-agent: "by X on Y")
                    obl += [x for x in obliques_of(part) if x[0] != "by"] + \
                        [x for b in by for x in obliques_of(b) if x[0] in ("on", "against")]
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if gov is not None and gov.lemma_.lower() in _TARGET_NOUNS and gov.dep_ == "attr":
            pat = pat or self.surface_subjects(gov.head)
        if light:
            obl += [x for x in obliques_of(clause) if x[0] != "by" and x[1].i != noun.i]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ == "VERB":
            # "came under fire on Monday from X over the budget"
            obl += [x for x in obliques_of(noun.head.head) if x[0] in ("from", "over", "for")]
        # "threats of legal action against X", "accusations of fraud against X": the of-noun's prepositions
        obl += [x for o in of if o.pos_ == "NOUN" for x in obliques_of(o) if x[0] != "of"]
        # "a rocket strike by X on Y": the parser hangs the target's preposition on the by-agent
        obl += [x for b in by if b.head.head.i == noun.i for x in obliques_of(b) if x[0] in ("on", "against")]
        comp = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and
                     any(m.lower_ in ("that", "for", "to") for m in c.children if m.dep_ in ("mark", "aux"))), None)
        if comp is None and stray is not None and by:  # (and its that-clause: "the allegation by X that Y had rigged")
            comp = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > by[0].i and
                         any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        occasion, beside, host = None, [], None
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" or anchor.dep_ == "dobj" and anchor.head.dep_ == "prep":
            host = anchor.head.head  # "after talks with Y, X ...", "following talks with Y, X ..." (a verb as preposition)
            if host.ent_type_ in ("DATE", "TIME") and host.dep_ in ("pobj", "npadvmod"):
                host = host.head.head if host.dep_ == "pobj" else host.head  # "X said on Tuesday after a call with Y"
            if host.pos_ in ("VERB", "AUX"):
                occasion, beside = anchor.head.lower_, self.surface_subjects(host)  # "after a call with Y, X said"
            else:
                host = None
        return Frame(pred=noun, lemma=lemma, kind="noun", clause=clause, light=light, agents=tuple(ag),
                     occasion=occasion, occasion_agents=tuple(beside), occasion_host=host,
                     light_agents=tuple(lights), patients=tuple(pat), obliques=tuple(obl),
                     # "gave X an ultimatum": the light verb's indirect object receives the noun's act
                     recipients=tuple(t for c in (dependents(clause, "dative") if light and anchor.dep_ == "dobj" else [])
                                      for t in conjuncts(c)),
                     modifiers=tuple(t for c in dependents(noun, "compound", "amod", "nmod") for t in conjuncts(c)),
                     possessor=tuple(poss), complement=comp, words=_words(noun))

    def adj_frame(self, adj: Token) -> Frame:
        """A predicate adjective: "X is responsible for Y", "X is allied with Y"."""
        gov = adj.head if adj.dep_ in ("acomp", "oprd", "amod", "attr") else adj
        holders = [t for s in dependents(gov, "nsubj", "nsubjpass", "dobj") for t in conjuncts(s)]
        return Frame(pred=adj, lemma=adj.lemma_.lower(), kind="adj", clause=gov if gov.pos_ in ("VERB", "AUX") else adj,
                     agents=tuple(holders), obliques=tuple(obliques_of(adj)), words=_words(adj))

    def verb_lemma(self, verb: Token) -> str:
        """A verb's lemma, also for a verb the tagger took for an adjective or a plural noun."""
        lemma = verb.lemma_.lower()
        # "X phoned Y" tagged an adjective, or a past the model lemmatises wrongly ("staged" as "stag", "raped" as
        # "rap"): the lexicon's verb it is a past of
        if verb.pos_ == "ADJ" or lemma not in self.verb_lemmas:
            lemma = self._past_of(verb) or lemma
        if verb.pos_ == "NOUN" and verb.lower_.endswith("s"):  # a verb the tagger took for a plural noun
            lemma = verb.lower_[:-2] if verb.lower_.endswith(("ses", "shes", "ches", "xes", "zes")) else verb.lower_[:-1]
        return lemma

    def frames_of(self, sent: Span, nouns: Mapping[str, bool], adjectives: Collection[str],
                  wanted: Callable[[Token, str], bool] | None = None) -> Iterator[Frame]:
        """Every verb of a sentence, and every noun or adjective the relation lexicon knows, as a frame.
        `nouns` says for each event noun whether a possessive names its agent ("X's attack") or its patient
        ("X's assassination"); `wanted(verb, lemma)`, if given, says which verbs anything reads (a frame costs
        more than the test)."""
        for tok in sent:
            nounlike = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in _NOUN_DEPS and tok.tag_ not in ("VBG", "VBN")
            if nounlike and noun_lemma(tok) in nouns:  # "Kennedy assassin X", even when tagged a verb
                yield self.noun_frame(tok, noun_lemma(tok), nouns[noun_lemma(tok)])
            elif tok.pos_ == "VERB" or tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass") and (
                    tok.lemma_ != "be" or any(c.dep_ == "prep" for c in tok.children))  \
                    or _verb_tagged_noun(tok) or self._verb_tagged_adjective(tok):  # ("X was behind the attack")
                if wanted is None or wanted(tok, self.verb_lemma(tok)):
                    yield self.verb_frame(tok)
            elif tok.pos_ == "ADJ" and tok.lemma_.lower() in adjectives:
                yield self.adj_frame(tok)

    def _past_of(self, tok: Token) -> str | None:
        """The lexicon's verb a word ending in -ed is the past of ("phoned", "blamed", "slammed")."""
        low = tok.lower_
        return next((c for c in (low[:-1], low[:-2], low[:-3]) if c in self.verb_lemmas), None) \
            if low.endswith("ed") else None

    def _verb_tagged_adjective(self, tok: Token) -> bool:
        """'X phoned Y' with 'phoned' tagged an adjective: a past form of a known verb heading a clause with a
        subject and an object is that verb."""
        return tok.pos_ == "ADJ" and tok.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl") \
            and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children) \
            and self._past_of(tok) is not None


def _verb_tagged_noun(tok: Token) -> bool:
    """'which the group accuses of ...' tagged as a plural noun: a clause head with a subject is a verb."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("relcl", "ccomp", "ROOT", "advcl") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _words(tok: Token) -> frozenset[str]:
    near = [*tok.children, *(g for c in tok.children for g in c.children)]
    near += [t for c in tok.children if c.dep_ == "prep" for g in c.children for t in g.children]  # "as a ... group"
    if tok.dep_ in ("amod", "acl"):  # "a US-designated terrorist group"
        near += [tok.head, *tok.head.children]
    return frozenset(w for t in near for w in (t.lemma_.lower(), t.lower_))


def _host(noun: Token) -> tuple[Token, str | None]:
    """The verb whose clause an event noun belongs to, and that verb's lemma when it may carry the noun
    ("placed a call", "talks were held", "entered into an agreement")."""
    t = noun
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
        return t.head, t.head.lemma_.lower()
    if t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head.head, t.head.head.lemma_.lower()
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX"):
        return t.head, None
    return noun, None
