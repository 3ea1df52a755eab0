"""Fiction: what happens in a film, a drama or a novel ("a drama in which a rebel band bombs a school"), and
the people, bodies and places a text calls fictional ("the fictional town of X"), are no news: no facts."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..model import Event
from .refer import Referents
from .rules import Vocabulary


def told_in_fiction(tok: Token, v: Vocabulary) -> bool:
    """Whether a predicate stands in a clause that tells a work's story ("a series in which hitmen storm a
    prison", "a film about a cartel that bombs a village"): a relative clause on a work of fiction."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and _a_work(t.head, v):
            return True
        t = t.head
    return False


def _a_work(noun: Token, v: Vocabulary) -> bool:
    """A work of fiction: a film or a novel, or a drama or a show its medium names ("a television drama"), never
    "a series of attacks"."""
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return lemma in v.fiction_nouns or lemma in v.medium_fiction_nouns and any(
        c.dep_ in ("compound", "amod") and c.lower_ in v.fiction_media for c in noun.children)


def fictional(refs: Referents) -> set[str]:
    """The entities the text calls fictional: "a fictional rebel band, the Black Crescent", "the fictional
    town of Kuala Serai", "fictional mining firm X"."""
    v, out = refs.vocab, set()
    for m in refs.ents.mentions:
        tok = refs.docs[m.doc_index][m.head]
        # the name itself, the noun it is set beside ("a fictional band, X"; "X, a fictional firm"), or the
        # noun it names with "of" ("the fictional town of X")
        nouns = [tok, *(c for c in tok.children if c.dep_ == "appos")]
        if tok.dep_ in ("appos", "compound"):
            nouns.append(tok.head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            nouns.append(tok.head.head)
        if any(c.dep_ == "amod" and c.lower_ in v.fiction_words for n in nouns for c in n.children) \
                or any(refs.docs[m.doc_index][i].lower_ in v.fiction_words for i in range(max(0, m.start - 2), m.start)):
            out.add(m.key)
    return out


def drop_fiction(events: Iterable[Event], imagined: set[str]) -> list[Event]:
    """The events that involve no fictional entity."""
    return [e for e in events if e.agent not in imagined and e.target not in imagined]
