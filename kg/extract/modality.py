"""Whether a predicate states a fact, and who states it.

Factuality walks up from the predicate's clause through the verbs that govern it: a negation, a
condition, a modal, a question, a future auxiliary or a governor that makes its complement a plan
("wants to meet", "urged X to leave") or a non-event ("denied attacking") changes it; a factive
governor ("admitted shooting", "stop bombing") keeps the complement a fact. Reported speech keeps
the content a fact of the speaker's act; the speaker is the subject of the speech verb, or the one
named where a quotation opened.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .refer import Referents
from .rules import Vocabulary
from .syntax import finite_partner, purpose, stray_by

_UP = ("xcomp", "conj", "acl", "pcomp", "prep", "pobj", "dobj", "advcl", "ccomp", "relcl", "nsubjpass", "attr", "oprd", "acomp",
       "parataxis")


def _whose_clause(t: Token) -> bool:
    """A clause whose subject is "whose ...": a relative clause, however parsed ("called by the X Union, whose
    secretary-general, Y, accused Z")."""
    return any(s.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "whose" for c in s.children) for s in t.children)


def _governors(clause: Token, v: Vocabulary) -> Iterable[tuple[Token, Token]]:
    """(node, the node it hangs on) up the chain of verbs that decide the clause's factuality. The chain
    ends at a speech verb (what is said is the speaker's statement) and at a factive verb."""
    t = clause
    while t.dep_ in _UP and t.head.i != t.i:
        # (not an infinitive the parser hung it on)
        gov = finite_partner(t, t.head, v.grammar.voiced_verbs, v.grammar.deed_verbs) if t.dep_ == "conj" else t.head
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return  # a coordinated clause with its own subject is a statement of its own
        if t.dep_ == "parataxis" and t.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in t.children):
            return  # so is a past beside another clause: "camps would close, X warned Y" (whatever the other
            # clause's "would"; and where the parser hung the past on a later "would")
        if t.dep_ in ("ccomp", "conj", "parataxis") and any(x.text == ";" for x in t.doc[min(t.i, gov.i):max(t.i, gov.i)]):
            return  # "...; B was not": a semicolon ends the clause, whatever the parse says
        if t.dep_ == "relcl" or lemma_in(gov, v.factive_verbs) or _whose_clause(t):
            return  # "the militia that attacked X", "admitted shooting X", "stop bombing X": a fact
        if t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in v.conditional_marks for c in t.children):
            return  # "if X attacks": the condition is the clause's own
        if t.tag_ == "VBG" and (t.dep_ == "advcl" and not any(c.dep_ in ("mark", "aux") for c in t.children)
                                or t.dep_ == "pcomp" and gov.lower_ in v.circumstance_marks) \
                and not (gov.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in gov.head.children)):
            return  # "threatened to ban X, accusing its directors of ...", "... after accusing Y of ...": done, as told
            # (but not on an infinitive someone else is to do: "asked the court to order X to stop, accusing Y")
        if t.dep_ == "advcl" and _past_circumstance(t, v) and _in_main_clause(gov):
            return  # "did not return after the talks broke down": the main clause does not negate what came before;
            # inside a claim or a plan it may ("prosecutors will try to prove that X fled after he shot Y")
        reported = lemma_in(gov, v.speech_verbs) and t.dep_ in ("ccomp", "pcomp", "prep", "dobj", "advcl", "parataxis")
        if _alleging(gov, v) and t.dep_ in ("prep", "pcomp", "ccomp", "acl"):
            yield t, gov  # "accused X of shelling Y", "claims that X bombed Y": what is alleged is no fact
            return
        if reported and not _negated(gov):
            return  # reported speech: what the speaker says stands as the speaker's statement
        yield t, gov
        if reported:
            return
        t = gov


def _in_main_clause(verb: Token) -> bool:
    """Whether a verb is the main clause's, or an infinitive or coordinated verb hanging on it ("refused to comment")."""
    t = verb
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT"


def _past_circumstance(clause: Token, v: Vocabulary) -> bool:
    """A clause in the past tense opened by "after", "because", "when" ...: a circumstance the text states,
    whatever the clause it hangs on says ("refused to sign after X had threatened Y")."""
    past = clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(a.lower_ in ("had", "has", "have", "was", "were")
                                                                for a in clause.children)  # (or "after X was shot")
    return past and any(c.dep_ == "mark" and c.lower_ in v.circumstance_marks for c in clause.children)


def _alleging(gov: Token, v: Vocabulary) -> bool:
    """A verb or noun whose complement is alleged ("accused X of", "the claims that")."""
    return lemma_in(gov, v.alleging_verbs) if gov.pos_ == "VERB" else gov.pos_ == "NOUN" and gov.lemma_.lower() in v.alleging_nouns


def _yet_to(gov: Token) -> bool:
    """'has yet to condemn X': not done."""
    return gov.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in gov.children)


def _inverted(clause: Token) -> bool:
    """'Had X met Y, ...', 'Were X to attack, ...': a condition without 'if'."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should")]
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(aux and subj and aux[0].i < subj[0].i)


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """A word's lemma is in a class, also when the small model lemmatises it wrongly ("hopes" -> "hop")."""
    low = tok.lower_
    return tok.lemma_.lower() in words or low in words or any(
        low.endswith(suf) and low[:-len(suf)] + add in words for suf, add in (("s", ""), ("ed", ""), ("d", ""),
                                                                             ("ing", ""), ("ing", "e"), ("ies", "y")))


def _negated(tok: Token) -> bool:
    """'not', 'never', 'no longer', 'no talks', or 'neither A nor B' among the arguments."""
    if any(c.dep_ == "neg" or c.dep_ in ("advmod", "neg") and c.lower_ in ("never", "not") or
           c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children):
        return True  # "no longer supports X"
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "left without meeting X", "withdrew without attacking the town"
    if any(c.dep_ == "dobj" and (c.lower_ == "nobody" or c.lower_ == "one" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children):
        return True  # "had intimidated no one", "harmed nobody"
    return any(g.lower_ in ("neither", "nor") and g.dep_ in ("det", "preconj", "cc", "advmod")
               for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)


def own_factuality(noun: Token, v: Vocabulary) -> str:
    """What an event noun's own words say of it ("no talks", "planned talks"), whatever the clause beside it says:
    "after talks with Y, X refused ..." (the talks took place)."""
    if _negated(noun):
        return "negated"
    return _modified(noun, v) or "asserted"


def _modified(noun: Token, v: Vocabulary) -> str | None:
    """What an event noun's modifiers make of it: "a planned meeting", "a possible attack" (future); "the alleged
    killer", "a former ally" (conditional: not what the text states)."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in v.irrealis_words for c in noun.children):
        return "future"
    if any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in v.unproven_words for c in noun.children):
        return "conditional"
    return None


def _said_by_another(noun: Token, v: Vocabulary) -> bool:
    """An accusation, demand or threat whose maker is named apart from whoever rejects it: "rejected Chile's
    accusation", "denied allegations by the union" (it was made); not "denied its attack", "cancelled X's visit"."""
    return noun.lemma_.lower() in v.alleging_nouns | v.demand_nouns | v.threat_nouns and (any(
        c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children) or
        stray_by(noun) is not None)  # "rejected the allegation by X", parsed apart


def factuality(clause: Token, v: Vocabulary, pred: Token | None = None) -> str:
    """asserted | negated | conditional | future, for a predicate whose clause is `clause`."""
    pairs = list(_governors(clause, v))
    govs = [gov for _, gov in pairs]
    # a verb a clause is coordinated with is its sibling, not its governor: "warned X and urged Y to act"
    ruling = [gov for node, gov in pairs if node.dep_ != "conj"]
    chain = [clause] + govs
    if pred is not None and pred.i != clause.i:
        chain.insert(0, pred)
    for node in chain:
        if _negated(node):
            return "negated"
    if any(_alleging(g, v) for g in ruling):
        return "conditional"  # what an accusation alleges
    if any(lemma_in(g, v.negating_verbs) or _yet_to(g) for g in ruling) or \
            pred is not None and pred.i != clause.i and lemma_in(clause, v.negating_verbs) and not _said_by_another(pred, v):
        return "negated"  # "denied attacking X", "failed to reach X", "cancelled the meeting"
    if pred is not None and pred.pos_ == "NOUN":
        if any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in v.cancelling_verbs or
                                               c.lemma_ == "call" and any(p.dep_ == "prt" and p.lower_ == "off"
                                                                          for p in c.children)) for c in pred.children):
            return "negated"  # "talks that were called off", "a meeting cancelled at the last minute"
        modified = _modified(pred, v)
        if modified:
            return modified
        gov = pred.head.head if pred.dep_ == "pobj" and pred.head.lower_ == "of" else None
        if gov is not None and gov.lemma_.lower() in v.irrealis_words:
            return "conditional"  # "fears of an attack", "the threat of a strike"
    for node in chain:
        if any(c.dep_ == "mark" and c.lower_ in v.conditional_marks for c in node.children):
            return "conditional"
        if node.dep_ == "advcl" and _inverted(node):
            return "conditional"  # "Had X met Y, ..."
        if node.lemma_.lower() not in v.speech_verbs | v.promising_verbs and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in v.conditional_marks for m in c.children)
                for c in node.children):
            return "conditional"  # but "warned X of risks if ...": the condition is what the warning says
        if any(c.dep_ == "aux" and c.lower_ in v.modal_auxiliaries for c in node.children):
            return "conditional"
    root = chain[-1]
    if root.dep_ == "ROOT" and root.sent.text.rstrip().endswith("?") and \
            any(c.dep_ == "aux" and c.i < root.i and not any(s.i < c.i for s in root.children if s.dep_ == "nsubj")
                for c in root.children):
        return "conditional"  # "Did X call Y?"
    for node in chain:
        if any(c.dep_ == "aux" and c.lower_ in v.future_auxiliaries for c in node.children):
            return "future"
        if purpose(node) and node.lemma_.lower() not in v.performed_purposes:
            return "future"  # "flew to Quito to meet X": what the trip was for (but "phoned X to demand ...": done)
        if any(c.lower_ == "going" and c.dep_ in ("aux", "xcomp") for c in node.children) or node.lower_ == "going":
            return "future"
    # "plans to meet X", "urged X to leave"; but not a participle beside the verb: "called on Y to act, alleging
    # that X had ..." (the allegation is made)
    if any(lemma_in(gov, v.future_governors) for node, gov in pairs if node.dep_ != "conj"
           and not (node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ == "mark" for c in node.children))):
        return "future"
    return "asserted"


@dataclass
class Speakers:
    """Finds who reports a clause: a speech verb's subject, or the speaker of the quotation it is in."""

    refs: Referents
    offsets: Sequence[int]
    quotes: Sequence[tuple[int, int]]

    def of(self, di: int, tok: Token) -> str | None:
        t = tok
        v = self.refs.vocab
        while t.head.i != t.i:
            if t.dep_ in ("ccomp", "parataxis", "advcl", "xcomp", "conj", "dobj", "pcomp") and \
                    t.head.lemma_.lower() in v.speech_verbs and t.head.lemma_.lower() != t.lemma_.lower() \
                    and not _narrated(t, v.narrating_marks):
                found = self._subject(di, t.head)
                if found:
                    return found
            if t.pos_ in ("VERB", "AUX", "ADJ"):
                found = self._according_to(di, t)
                if found:
                    return found
            t = t.head
        found = self._according_to(di, t)
        if found:
            return found
        pos = self.offsets[di] + tok.idx  # inside quotation marks the parse may not reach the speech verb
        quote = next(((qs, qe) for qs, qe in self.quotes if qs <= pos < qe), None)
        if quote is None:
            return None
        base = self.offsets[di]
        found = self._said_by(di, (x for x in tok.sent if not quote[0] <= base + x.idx < quote[1]))
        if found is None and quote[0] < base + tok.sent.start_char:  # opened sentences ago
            return self._opener(quote)
        return found

    def _according_to(self, di: int, verb: Token) -> str | None:
        """'According to X, Y had lied': X reports the clause (not 'according to the ministry's figures')."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                keys = [k for to in c.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"
                        for k in self.refs.all_of(di, o)]
                if keys:
                    return keys[0]
        return None

    def _subject(self, di: int, verb: Token) -> str | None:
        g = self.refs.vocab.grammar
        subj = g.agents(verb) or g.surface_subjects(verb)
        keys = [k for s in subj for k in self.refs.all_of(di, s)]
        return keys[0] if keys else None

    def _said_by(self, di: int, tokens: Iterable[Token]) -> str | None:
        for x in tokens:
            if x.lemma_.lower() in self.refs.vocab.speech_verbs and x.pos_ == "VERB":
                found = self._subject(di, x)
                if found:
                    return found
        return None

    def _opener(self, quote: tuple[int, int]) -> str | None:
        """The speaker named in the sentence where a quotation opens ('X said: "...')."""
        docs: Sequence[Doc] = self.refs.docs
        for dj, doc in enumerate(docs):
            base = self.offsets[dj]
            size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without joining it
            if base <= quote[0] < base + size:
                start = next((t for t in doc if base + t.idx >= quote[0]), None)
                if start is None:
                    return None
                return self._said_by(dj, (x for x in start.sent if base + x.idx < quote[0]))
        return None


def _narrated(clause: Token, marks: frozenset[str]) -> bool:
    """A time or cause clause on a speech verb is the narrator's, not the speaker's words ("X accused Y of bias
    after the club was fined for breaching the rules")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
