"""A state's armed forces and police, named by the state ("the Malian army", "Kenyan police"), as bodies of
that state."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ...lexicon import Lexicon, slug
from .mention import RawMention, _tokens_with


def _armed_forces(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Syrian forces', 'Russian and Syrian forces', 'the US military', 'their Russian allies'."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["armed_forces_heads"], LOWER):
        if tok.i in taken:
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        for m in list(mods):
            mods.extend(c for c in m.children if c.dep_ == "conj")
        # the state on the noun the forces word modifies: "a Mozambican army convoy", and where that noun is the
        # forces' own, "a Myanmar military jet" (not "a Russian military analyst", "a Thai military veteran")
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.head == tok.head and (
                tok.dep_ == "compound" and before.dep_ in ("amod", "compound")
                or tok.dep_ in ("compound", "amod") and before.dep_ in ("amod", "compound", "nmod")
                and tok.head.lemma_.lower() in lex.relations["word_classes"]["forces_own_nouns"]):
            mods.append(before)
        found = []
        for m in mods:
            rm = next((r for r in out if r.start <= m.i < r.end and r.type == "Country"), None)
            if rm is not None:
                found.append((m, rm))
        for m, rm in found:
            country = rm.canonical or rm.text
            word = "allies" if tok.lower_ == "allies" else tok.text
            surface = f"{doc[rm.start:rm.end].text} {word}"
            if rm.end < tok.i and m.i < tok.i and tok.i - rm.end <= 2 and all(doc[k].is_lower and doc[k].is_alpha
                                                                          for k in range(rm.end, tok.i)):
                surface = doc[rm.start:tok.i + 1].text  # "Nigerian air force", "Tajik border troops"
            if tok.lower_ in ("allies", "coalition"):
                surface = f"{doc[rm.start:rm.end].text} forces"
            out.remove(rm)
            out.append(RawMention(doc_index, rm.start, tok.i + 1 if m.i < tok.i else rm.end, surface, "ArmedForces",
                                  canonical=None, state=country, head=tok.i, key=armed_forces_key(country)))
            taken.add(tok.i)


def _state_police(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Georgian police fired water cannon', 'accused the Kenyan police of ...': a state's police named by its
    people's adjective or its name is that state's police force, a body of the state."""
    police_modifiers = lex.relations["word_classes"]["police_modifiers"]
    for tok in _tokens_with(doc, lex.relations["word_classes"]["state_police_nouns"], LOWER):
        if tok.i in taken or not tok.is_lower:
            continue
        # (and one word of the police's kind between: "Bangladeshi riot police")
        gap = 1 if tok.i > 0 and doc[tok.i - 1].is_lower and doc[tok.i - 1].lower_ in police_modifiers else 0
        prev = next((r for r in out if r.end == tok.i - gap and r.type == "Country" and not r.metonym), None)
        if prev is None or not (prev.demonym or doc[prev.end - 1].tag_ == "POS" or prev.end == tok.i and doc[prev.start].pos_ == "PROPN"):
            continue
        country = prev.canonical or prev.text
        out.remove(prev)
        out.append(RawMention(doc_index, prev.start, tok.i + 1, doc[prev.start:tok.i + 1].text, "GovernmentOrganization",
                              state=country, head=tok.i))
        taken.add(tok.i)


def armed_forces_key(state: str) -> str:
    """The entity key of a state's own forces ("Nigerien army", "Malian troops")."""
    return f"armedforces/{slug(state)}"
