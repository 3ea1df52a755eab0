"""Posts named in pairs: "the foreign ministers of A and B, X and Y": the holders, listed in the order of the
bodies, each hold the post for the body in the same place."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .refer import Referents
from .title_bodies import OFFICE_BODIES


def paired_posts(refs: Referents, di: int, doc: Doc) -> list[tuple[str, str, Token]]:
    """(holder, body, title word) for every plural title whose "of" names as many bodies as the list of
    people set beside it names holders."""
    out: list[tuple[str, str, Token]] = []
    for tok in doc:
        if tok.tag_ not in ("NNS", "NNPS") or not _plural_title(refs, tok):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        if of is None:
            continue
        bodies, end = _listed(refs, di, doc, of.i + 1, OFFICE_BODIES)
        people, after = _listed(refs, di, doc, end + 1, {"Person"}) if end < len(doc) and doc[end].text == "," \
            else ([], end)
        if len(bodies) >= 2 and len(people) == len(bodies) and _closed(doc, after) and not set(people) & set(bodies):
            out += [(p, b, tok) for p, b in zip(people, bodies)]
    return out


def _plural_title(refs: Referents, tok: Token) -> bool:
    """'ministers', 'foreign ministers', 'Presidents': a plural whose singular phrase is an office."""
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    lemma = tok.lemma_.lower()
    phrases = [" ".join([*words[k:], lemma]) for k in range(len(words) + 1)]
    return any(refs.lex.titles[p].kind == "office" for p in phrases if p in refs.lex.titles)


def _listed(refs: Referents, di: int, doc: Doc, i: int, kinds: set[str] | frozenset[str]) -> tuple[list[str], int]:
    """The names of `kinds` listed from token `i` ("A and B", "the A, the B and the C"), and where the list ends."""
    starts = {m.start: m for m in refs.ents.in_doc(di) if m.type in kinds}
    out: list[str] = []
    while True:
        j = i + (i < len(doc) and doc[i].lower_ == "the")
        if j not in starts:
            return out, i
        out.append(starts[j].key)
        i = starts[j].end
        k = i
        while k < len(doc) and doc[k].lower_ in (",", "and") and k - i < 2:
            k += 1
        if k == i or k + (k < len(doc) and doc[k].lower_ == "the") not in starts:
            return out, i
        i = k


def _closed(doc: Doc, i: int) -> bool:
    """A list of holders that ends the apposition: a comma, the sentence's end or the clause's verb."""
    return i >= len(doc) or doc[i].text in (",", ".", ";") or doc[i].pos_ in ("VERB", "AUX")
