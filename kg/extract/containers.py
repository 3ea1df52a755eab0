"""The place a construction puts a place in: "X in northern Y", "the city of X in Y", "X, a town in Y",
"FRESNO, Calif.", "Fairbanks, Alaska", "Y's X", "the Z region of Y". places.py turns these into events."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Entity
from .kinds import BODY_TYPES, PLACE_TYPES
from .refer import Referents
from .states import only_country
from .syntax import conjuncts


def places_at(refs: Referents, di: int, tok: Token) -> list[str]:
    found = [k for k in refs.ents.at(di, tok) if refs.type_of(k) in PLACE_TYPES and not _figurative(refs, di, tok, k)]
    if found or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower):  # ("department" tagged a name)
        return found
    # "in Umbria province", "the Ségou region of Mali": the name on the noun; but "the US state of Montana" (a
    # state's name on it) and "the centre of Y": what its "of" names
    named = [k for c in tok.children if c.dep_ == "compound" for k in places_at(refs, di, c)]
    if named and not all(refs.type_of(k) == "Country" for k in named):
        return named
    if _part(tok, refs.vocab.part_nouns) or tok.lemma_.lower() in refs.vocab.place_nouns \
            or tok.lower_ in refs.vocab.placed_region_kinds:  # "the Paraguayan department of Nu Vera"
        found = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" for k in places_at(refs, di, narrowest(refs, di, p))]
    return found or named


def place_kind(refs: Referents, key: str) -> str:
    """A place's rank name: a body named as a site ("Connecticut Valley Hospital", "the Lenin Shipyard") is a
    site, the smallest kind of place."""
    ent = refs.entity(key)
    acting_site = ent.type in BODY_TYPES and ent.label.split()[-1].lower() in refs.vocab.acting_site_heads
    return "Site" if refs.is_site(key) or acting_site else refs.type_of(key)


def sites_at(refs: Referents, di: int, tok: Token) -> list[str]:
    return [k for k in refs.ents.at(di, tok) if place_kind(refs, k) == "Site"]


def _part(tok: Token, parts: frozenset[str]) -> bool:
    return tok.lower_ in parts or tok.lemma_.lower() in parts


def _figurative(refs: Referents, di: int, tok: Token, key: str) -> bool:
    """A capital standing for its state ("Moscow said") or a demonym ("in Russian") is no place here."""
    return any((m.metonym or m.demonym) and m.key == key and m.start <= tok.i < m.end for m in refs.ents.in_doc(di))


def containers_of(refs: Referents, di: int, tok: Token) -> list[tuple[Token, str]]:
    """Places named as holding the place at `tok`: its own "in" phrase, one right after it, or after a comma; for
    a name on a kind of region, the state after the kind's "of" ("the Ségou region of Mali")."""
    doc = tok.doc
    out: list[tuple[Token, str]] = []
    holder = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.lemma_.lower() in refs.vocab.place_nouns
                                                           or tok.head.head.lower_ in refs.vocab.placed_region_kinds):
        holder = tok.head.head  # "the town of X in Y": the "in" phrase hangs on "town"
    elif tok.dep_ in ("nmod", "compound") and tok.head.lower_ in refs.vocab.region_kinds | refs.vocab.placed_region_kinds:
        holder = tok.head  # "Umbria and Lazio provinces in central Italy", "Honduras' Olancho department"
    parts = refs.vocab.part_nouns
    for c in [*tok.children, *(holder.children if holder is not tok else ())]:
        # "the Ségou region of central Mali": a kind of region's "of" holds the region named on it, if a state
        # (not "the Afar district of Arhiba", the district's own name)
        of_kind = c.lower_ == "of" and (tok.dep_ in ("nmod", "compound") and holder is not tok
                                        and holder.lower_ in refs.vocab.region_kinds | refs.vocab.placed_region_kinds
                                        or tok.lower_ in refs.vocab.region_kinds and tok.is_title)  # "the Khomas Region of Y"
        gapped = c.head.dep_ == "pobj" and c.head.head.lower_ == "in" and any(
            d.dep_ == "conj" and d.i < c.i for d in c.head.children)  # "Rome is in Lazio province and Naples in Campania"
        if c.dep_ == "prep" and not gapped and (c.lower_ == "in" or of_kind or c.lower_ == "on"
                                                and any(_part(p, parts) for p in c.children)):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                # "in Tanzania and Uganda"; but "in central Italy and Campania province" lists a sibling
                kinds = {place_kind(refs, k) for k in places_at(refs, di, p)}
                out += [(p, k) for q in conjuncts(p) for k in places_at(refs, di, q) if (not kinds or place_kind(refs, k) in kinds)
                        and (not of_kind or refs.type_of(k) == "Country")]
    end = max((m.end for m in refs.ents.in_doc(di) if m.start <= tok.i < m.end), default=tok.i + 1)
    if not out and end + 1 < len(doc) and (doc[end].lower_ == "in" or doc[end].lower_ == "on"
                                           and any(_part(t, parts) for t in doc[end + 1:end + 3])):
        # "from Tomsk in Siberia" with "in" on the verb: the next place, if of a bigger kind
        nxt = _place_after(refs, di, doc, end + 1)
        if nxt is not None:
            nxt = narrowest(refs, di, nxt)
            out += [(nxt, k) for k in places_at(refs, di, nxt)]
    then = 1 if end + 3 < len(doc) and doc[end + 1].lower_ in ("then", "now") and doc[end + 2].lower_ == "in" else 0
    if not out and end + 2 + then < len(doc) and doc[end].text == "," and doc[end + 1 + then].lower_ == "in":
        # "Mosul, in northern Iraq", "Riga, then in the Soviet Union"
        nxt = _place_after(refs, di, doc, end + 2 + then)
        nxt = narrowest(refs, di, nxt) if nxt is not None else None  # "X, in Tanzania's Pwani region": Pwani
        out += [(nxt, k) for k in places_at(refs, di, nxt)] if nxt is not None else []
    if tok.dep_ in ("appos", "compound") and tok.head.lemma_.lower() in refs.vocab.place_nouns:
        # "the Serbian capital Belgrade", "Pakistan's port city Gwadar": the state named on the noun
        out += [(c, k) for c in tok.head.children if c.dep_ in ("amod", "poss", "compound")
                and not any(a.dep_ == "advmod" for a in c.children)  # not "the heavily Cuban X area"
                for k in refs.ents.at(di, c) if refs.type_of(k) == "Country"]
    town = holder.is_lower and refs.vocab.place_nouns.get(holder.lemma_.lower()) == "City"
    if holder is not tok:  # "Serbia's southern province of Kosovo", "the Chilean region of Aysén", "the
        # southern Arizona town of X" (a place's name as the noun's modifier)
        for c in (c for c in holder.children if c.dep_ in ("amod", "poss", "compound", "nmod")
                  and not any(a.dep_ == "advmod" for a in c.children)):  # not "the heavily Cuban X area": its people
            named = c.dep_ == "poss" or town and c.dep_ in ("compound", "nmod")
            # ("in the country's Sagaing region": the one country named before)
            keys = refs.ents.at(di, c) or (only_country(refs, di, c) if c.dep_ == "poss" and c.lemma_.lower() == "country"
                                           and any(d.lower_ == "the" for d in c.children) else [])
            out += [(c, k) for k in keys if refs.type_of(k) == "Country" or named and refs.type_of(k) in PLACE_TYPES]
    after = next((doc[m.head] for m in refs.ents.in_doc(di) if m.start == end + 1), None)
    described = after is not None and after.dep_ == "poss" and after.head.lemma_.lower() not in refs.vocab.place_nouns \
        and after.head.lemma_.lower() not in refs.vocab.facility_heads  # but "X, Nigeria's biggest steelworks"
    if after is not None and doc[end].text == "," and not _listed(after) and not _a_subject(after) and not described:
        # (not "X, Britain's biggest grocer")
        # "Fairbanks, Alaska"; but after a town the gazetteer knows, a name it does not ("a hospital in
        # Berlin, Charité") is as likely to be what lies inside
        inner_known = any(_known(refs.entity(k)) for k in places_at(refs, di, tok))
        out += [(after, k) for k in places_at(refs, di, after) if _known(refs.entity(k)) or not inner_known]
    out += _subdivided(refs, di, tok)
    # "X, a town in Y"; "X is the largest city in Y"
    copula = tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "remain") and not any(c.dep_ == "neg" for c in tok.head.children)
    said = [a for a in tok.head.children if a.dep_ == "attr"] if copula else []
    # "X is the largest of Y's six republics", "X, one of the towns in Y": the place noun after "of"
    said += [p for a in [*said, *(c for c in tok.children if c.dep_ == "appos")]
             if a.lemma_.lower() not in refs.vocab.place_nouns
             for pr in a.children if pr.dep_ == "prep" and pr.lower_ == "of"
             for p in pr.children if p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in refs.vocab.place_nouns]
    for c in [*tok.children, *said]:
        if c.dep_ == "appos" and c.lemma_.lower() == "capital" and any(  # "Pekanbaru, the provincial capital"
                a.lower_ in refs.vocab.regional_government_words for a in c.children if a.dep_ in ("amod", "compound")):
            # the last first-level region named (a state or province the gazetteer knows; not an island)
            firsts = {k for k, e in refs.ents.entities.items() if e.type == "Region" and e.label in refs.lex.regions}
            out += [(c, k) for k in refs.recent(di, c, {"Region"}, subject_first=False,
                                                skip=set(refs.ents.entities) - firsts)]
        if c in said and c.dep_ == "pobj":  # "the largest of Yugoslavia's republics"
            out += [(o, k) for o in c.children if o.dep_ == "poss" for k in places_at(refs, di, o)]
        if (c.dep_ in ("appos", "attr") or c in said) and c.lemma_.lower() in refs.vocab.place_nouns:
            out += [(p, k) for pr in c.children if pr.dep_ == "prep" and (pr.lower_ in ("in", "near", "of") or
                                                                         pr.lower_ == "on" and any(_part(p, parts) for p in pr.children))
                    for p in pr.children if p.dep_ == "pobj" for k in places_at(refs, di, p)]
            for pr in (pr for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "in"):  # "a town in what is now Y"
                nxt = _place_after(refs, di, doc, pr.i + 1) if doc[pr.i + 1:pr.i + 2].text.lower() == "what" else None
                out += [(nxt, k) for k in places_at(refs, di, nxt)] if nxt is not None else []
        if c.dep_ == "poss":  # "Pakistan's Swat valley", "Montana's Cascade County"
            out += [(c, k) for k in places_at(refs, di, c) if refs.type_of(k) == "Country"
                    or refs.entity(k).label in refs.lex.abbreviated_states]
        if c.dep_ in ("amod", "compound") and c.i == tok.i - 1 and any(_known(refs.entity(k)) for k in places_at(refs, di, tok)) \
                and any(m.head == c.i and m.demonym for m in refs.ents.in_doc(di)):  # "Soviet Armenia", "Iraqi Kurdistan"
            # (a place the gazetteer knows: in "Serbian Krajina" the people's word is part of a name)
            out += [(c, k) for k in refs.ents.at(di, c) if refs.type_of(k) == "Country"]
    return out


def _place_after(refs: Referents, di: int, doc: Doc, i: int) -> Token | None:
    """The first of the three words from `i` (past "what is now") that names a place."""
    at = _after_what_is_now(doc, i)
    return next((t for t in doc[at:at + 3] if places_at(refs, di, t)), None)


def _after_what_is_now(doc: Doc, i: int) -> int:
    """Past "what is now" or "what was then" at `i` ("Riga, in what is now Latvia"): where the place's name starts
    (not "in what is Russia's largest attack")."""
    if i + 2 < len(doc) and doc[i].lower_ == "what" and doc[i + 1].lemma_ == "be" and doc[i + 2].lower_ in ("now", "then", "today"):
        return i + 3
    return len(doc) if i < len(doc) and doc[i].lower_ == "what" else i  # any other "what": no place follows


def _subdivided(refs: Referents, di: int, tok: Token) -> list[tuple[Token, str]]:
    """"the Brighton Beach section of Brooklyn" and "the Brooklyn neighborhood of Williamsburg": a town and a part of
    it, on either side of the noun; the bigger town the gazetteer knows holds the other (the "of" one if neither)."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if not noun.is_lower or noun.lemma_.lower() not in refs.vocab.subdivision_nouns:
        return []
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not named or not of or tok.i not in (named[-1].i, of[0].i):
        return []
    size = {t.i: max((refs.lex.cities.get(refs.entity(k).label, ("", 0))[1] for k in places_at(refs, di, t)), default=0)
            for t in (named[-1], of[0])}
    outer = named[-1] if size[named[-1].i] > size[of[0].i] else of[0]
    return [] if outer.i == tok.i else [(outer, k) for k in places_at(refs, di, outer)]


def _a_subject(tok: Token) -> bool:
    """A name after a comma that opens the next clause ("attacked Dala, Nigeria said", "Lusi, Tanzania's police
    chief said"): no place holding the one before."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i or tok.dep_ == "poss" and \
        tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.i > tok.i


def _known(ent: Entity) -> bool:
    """A place from the gazetteer: a state, or a place with a Wikidata id or a state of its own."""
    return ent.type == "Country" or bool(ent.qid or ent.state)


def narrowest(refs: Referents, di: int, tok: Token) -> Token:
    """In "Sudan's North Darfur state" the place that holds what comes before is the region, not its state."""
    if tok.dep_ == "poss" and any(k != p for k in places_at(refs, di, tok.head) for p in places_at(refs, di, tok)):
        return tok.head
    return tok


def list_head(tok: Token) -> Token:
    """The first of the coordinated list `tok` is in (`tok` itself outside one)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _listed(tok: Token) -> bool:
    """A name in a list ("Maine, New York, New Jersey and Ohio") is a sibling, not a container; a comma the
    parser took for coordination with no "and" or "or" ("FAIRBANKS, Alaska -") makes no list."""
    members = conjuncts(list_head(tok))
    return len(members) > 1 and any(c.dep_ == "cc" for m in members for c in m.children)
