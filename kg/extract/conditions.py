"""The conditions a relation rule may set on a frame (`requires`, `unless`: kg/extract/rules.py lists them):
a preposition or particle on the predicate, a word among its children, the form it is written in, an
object of a word class, a quotation after the object, the lemma it hangs on."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .frames import Frame
from .rules import Role, Rule, Vocabulary
from .shapes import through_partitives
from .syntax import infinitive, obliques_of, word_in

_QUOTES = {'"', "“", "'", "‘"}


def holds(cond: Role, f: Frame, vocab: Vocabulary) -> bool:
    """Whether a rule's condition (kg/extract/rules.py: CONDITIONS) holds of a frame."""
    k, val = cond.kind, cond.value
    if k == "prep":  # a time phrase ("on Wednesday") is no argument
        return any(p == val and o.ent_type_ not in ("DATE", "TIME") for p, o in f.obliques)
    if k == "particle":
        return val in f.particles
    if k == "word":
        return val in f.words
    if k == "word-class":  # what the object is called: the complement, or an adjective on it ("called X a
        # disgrace", "called X reckless and dishonest", "a corrupt liar"), not words elsewhere ("called the Serious
        # Fraud Office", "called X a fraud expert", "the least corrupt minister")
        words = vocab.words(val)
        objs = [c.i for c in f.pred.children if c.dep_ == "dobj"]  # ("called X cowardly", the adjective read as an adverb)
        comps = [t for c in f.pred.children if c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp")
                 or c.dep_ == "advmod" and objs and c.i > objs[0] for t in (c, *c.conjuncts)]
        said = [t for c in comps for t in (c, *(a for a in c.children if a.dep_ == "amod"))]
        said += [o for c in comps if c.pos_ == "NOUN" and c.lemma_.lower() not in vocab.sufferer_nouns
                 for p, o in obliques_of(c) if p == "of"]  # "an act of terrorism" (not "a victim of terrorism")
        # "called the ministry's move hasty", with the predicate hung on the object as an adjective after it
        said += [t for c in f.pred.children if c.dep_ in ("dobj", "oprd") for a in c.children
                 if a.dep_ == "amod" and a.i > c.i for t in (a, *a.conjuncts)]
        # "called X's strategy 'a slow-motion failure'", the quoted name parsed as the object's apposition
        doc = f.pred.doc
        said += [t for c in f.pred.children if c.dep_ == "dobj" for a in c.children
                 if a.dep_ == "appos" and a.i > c.i and _QUOTES & {doc[a.left_edge.i].text, doc[a.left_edge.i - 1].text}
                 for t in (a, *a.conjuncts)]
        return any(t.lemma_.lower() in words and not any(a.lower_ in ("least", "less", "not", "never") for a in t.children)
                   for t in said)
    if k == "dep":
        return any(c.dep_ == val for c in f.pred.children)
    if k == "infinitive":  # after-object: an infinitive the parser hung as an adverbial clause after the object
        # (or after a passive's by-phrase), with nothing but a time between: "pressed X on Tuesday to replace its
        # chief", "was warned by Y on Friday to ground its jets" (not "pushed X to the brink to win")
        args = [c for c in f.pred.children if c.dep_ == "dobj" or f.passive and c.dep_ == "agent"]
        return any(c.dep_ == "advcl" and infinitive(c) and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                   and any(a.i < c.i and _only_time(f.pred.doc[a.right_edge.i + 1:c.left_edge.i]) for a in args)
                   for c in f.pred.children)
    if k == "form":
        return f.pred.lower_ == val
    if k == "light":
        return f.light == val
    if k == "complement":
        return f.complement is not None and (f.complement.tag_ == val or val == "VB" and _subjunctive(f.complement))
    if k == "mark":
        return f.complement is not None and any(c.dep_ == "mark" and c.lower_ == val for c in f.complement.children)
    if k == "object-prep":
        return any(p == val for p, _ in f.object_obliques)
    if k == "object-class":  # the object, or its apposition ("seized Qaryat Hamra, a farming town")
        words = vocab.words(val)
        return any(word_in(p, words) or any(c.dep_ == "appos" and word_in(c, words) for c in p.children)
                   for p in through_partitives(list(f.patients), vocab))  # (or "dozens of homes")
    if k == "drawn-class":  # "X came under fire from Y": the one it came upon is a word of the class ("troops")
        words = vocab.words(val)
        noun = f.pred
        host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else None
        return host is not None and any(word_in(s, words) for s in vocab.grammar.surface_subjects(host))
    if k == "purpose-class":  # "met X for talks": the object of a for-phrase on the predicate is a word of the class
        words = vocab.words(val)
        return any(p == "for" and (word_in(o, words) or any(q == "of" and word_in(n, words) for q, n in obliques_of(o)))
                   for p, o in f.obliques)  # (or "for a second round of negotiations")
    if k == "quote":  # "called the ultimatum \"unjust\"": the object named, not phoned
        doc = f.pred.doc
        # an opening quote: apart from the object ("called Tom Reeve\", Ada said" closes one)
        def opens_after(t: Token) -> bool:
            return t.i + 1 < len(doc) and doc[t.i + 1].text in _QUOTES and bool(t.whitespace_) \
                and not doc[t.i + 1].whitespace_
        # (or after the object's apposition: "called Basra's governor, X, \"a guardian of smugglers\"")
        return any(opens_after(p) or opens_after(p.right_edge)
                   or any(t.text == "," and opens_after(t) for t in doc[p.i:p.right_edge.i + 1]) for p in f.patients)
    if k == "governor":
        gov = f.pred.head
        for _ in range(6):
            if gov.lemma_.lower() == val:
                return True
            if gov.dep_ not in ("attr", "acomp", "prep", "pobj", "det", "amod", "compound") or gov.head.i == gov.i:
                break
            gov = gov.head
        return gov.lemma_.lower() == val
    return False


def applies(rule: Rule, f: Frame, vocab: Vocabulary) -> bool:
    """Whether a rule fires on a frame: its particle, one of its `requires` and none of its `unless`."""
    if rule.particle and rule.particle not in f.particles:
        return False
    if rule.requires and not any(holds(c, f, vocab) for c in rule.requires):
        return False
    if any(holds(c, f, vocab) for c in rule.unless):
        return False
    return True


def _only_time(span: Span) -> bool:
    """Whether words hold nothing but a time ("on Tuesday", "last week") or nothing at all."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and all(o.ent_type_ in ("DATE", "TIME")
               for o in t.children) for t in span)


def _subjunctive(clause: Token) -> bool:
    """'insisted that it recall the vans' tagged VBP: a plain verb after a singular subject can only be a
    subjunctive (the indicative would be "recalls")."""
    return clause.tag_ == "VBP" and any(s.dep_ == "nsubj" and (s.lower_ in ("it", "he", "she") or s.tag_ in ("NN", "NNP"))
                                        and not any(c.dep_ == "conj" for c in s.children) for s in clause.children)
