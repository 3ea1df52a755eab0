"""What lies where: `locatedIn` from the constructions that place one place inside another (containers.py:
"X in northern Y", "X, a town in Y", "FRESNO, Calif."), shared over lists ("A, B and C in D"), by verbs ("X
lies in Y"), along chains, and from the gazetteer when an article names a city and its country."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..model import Event
from .containers import (
    containers_of,
    list_head,
    place_kind,
    places_at,
    sites_at,
)
from .evidence import Evidence
from .refer import Referents
from .states import dateline, dateline_state_name
from .syntax import conjuncts

RANK = {"Site": -1, "City": 0, "Region": 1, "Country": 2}
# A containment the text does not state but the gazetteer knows is an event of the article, not an edge.
GAZETTEER_CONFIDENCE = 0.45
CAPITAL_CONFIDENCE = 0.6


def _fits(refs: Referents, inner: str, outer: str, outer_tok: Token | None = None) -> bool:
    """Whether `outer` can hold `inner`: a bigger kind (or a region in a region), and no gazetteer fact
    against it. A town's name before a region's noun names the region ("in Mali's Ségou region")."""
    a, b = refs.entity(inner), refs.entity(outer)
    ka, kb = place_kind(refs, inner), place_kind(refs, outer)
    if kb == "City" and outer_tok is not None and outer_tok.pos_ == "NOUN" and outer_tok.lower_ in refs.vocab.region_kinds:
        kb = "Region"
    if inner == outer or ka not in RANK or kb not in RANK or kb == "Site":
        return False
    former = refs.lex.successors.get(b.label, frozenset())  # "Riga, Latvia, then in the Soviet Union"
    if ka == kb == "Country":
        return a.label in former
    part = outer_tok is not None and (outer_tok.head.lower_ == "of" and outer_tok.head.head or outer_tok.head).lemma_.lower() \
        in refs.vocab.subdivision_nouns  # "the X section of Brooklyn", "the Brooklyn neighborhood of X": a town's part
    if RANK[kb] < RANK[ka] or RANK[kb] == RANK[ka] and ka != "Region" and not part:
        return False
    if ka == kb == "Region" and {a.label, b.label} <= refs.lex.abbreviated_states:
        return False  # "counties in New Jersey and Dutchess County in New York": a state is in no other state
    return not (b.type == "Country" and a.state and a.state != b.label and a.state not in former)


def _place_heads_list(refs: Referents, di: int, tok: Token) -> bool:
    """Whether the first of the list `tok` is in names a place (which then places the whole list)."""
    first = list_head(tok)
    return not _holds_the_one_before(refs, di, first) and any(
        m.head == first.i and place_kind(refs, m.key) in ("Site", "City", "Region") and not m.metonym
        for m in refs.ents.in_doc(di))


def _held_in_list(refs: Referents, di: int, members: list[Token]) -> tuple[dict[int, list[tuple[Token, str]]], set[int]]:
    """"Brayfield and Coldharbor, Maine, and Rusk Falls, Mass.", parsed as one list: a state or country set
    after towns and a comma holds the towns since the last such state, and is no member of the list.
    Returns the containers by member and the members that are such states."""
    held: dict[int, list[tuple[Token, str]]] = {}
    states: set[int] = set()
    towns: list[Token] = []
    ordered = sorted(members, key=lambda t: t.i)
    found = [places_at(refs, di, t) for t in ordered]
    for n, (t, keys) in enumerate(zip(ordered, found)):
        after = found[n + 1] if n + 1 < len(found) else []
        sibling = bool(after) and all(_a_state(refs, k) for k in after)  # "Kellmoor, Tamsin, Germany and Japan"
        if keys and towns and t.doc[t.i - 1].text == "," and all(_a_state(refs, k) for k in keys) and not sibling:
            for town in towns:
                held[town.i] = [(t, k) for k in keys]
            states.add(t.i)
            towns = []
        elif keys and all(_a_state(refs, k) for k in keys):
            towns = []  # "Maine, New York and Ohio": states listed together are siblings
        else:
            towns.append(t)
    return held, states


def _a_state(refs: Referents, key: str) -> bool:
    """A country, or a region the gazetteer names and places in one (a US state, "New South Wales"; not a
    one-word region only known to be one where the model calls it a place: "Merida" is also a Mexican town)."""
    ent = refs.entity(key)
    return ent.type == "Country" or ent.type == "Region" and bool(ent.state) and ent.label in refs.lex.names


def _holds_the_one_before(refs: Referents, di: int, tok: Token) -> bool:
    """"Dunmore, Ga., Eltham, Tenn., and Bixby, Okla.": a place set off after another holds it, whatever
    the parser coordinates with it; it heads no list of places."""
    return tok.dep_ == "appos" and tok.head.i < tok.i and bool(places_at(refs, di, tok.head))


def _placed_by_verb(refs: Referents, di: int, tok: Token) -> list[tuple[Token, str]]:
    """'X lies in northern Finland', 'the village of X sits in Y', 'the territory, which belonged to Y'."""
    verb = tok.head
    which = next((c for c in tok.children if c.dep_ == "relcl" and any(
        w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in c.children)), None)
    if which is not None:
        verb = which  # "Ottawa, which lies in eastern Ontario, ..."
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the village of X lies in ..."
        verb = tok.head.head.head if tok.head.head.dep_ in ("nsubj", "nsubjpass") else tok.head
    elif tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head.head  # "the seat of government, The Hague, lies in South Holland"
    elif tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if verb.lemma_.lower() not in refs.vocab.place_verbs:
        return []
    preps = ("in", "within", "inside") if verb.lemma_ == "be" else ("in", "to", "within", "inside")  # "X is in Y"
    return [(p, k) for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for k in places_at(refs, di, p)]


def _fronted(refs: Referents, di: int, tok: Token) -> list[tuple[Token, str]]:
    """'In Colorado, 13 inches of snow fell in Denver': a region or state set before the sentence's comma
    holds the towns the sentence names."""
    sent = tok.sent
    if len(sent) < 4 or sent[0].lower_ != "in" or tok.i <= sent[0].i + 1:
        return []
    comma = next((t for t in sent[1:6] if t.text == ","), None)
    if comma is None or tok.i < comma.i:
        return []
    return [(t, k) for t in sent[1:comma.i - sent.start] for k in places_at(refs, di, t)
            if refs.type_of(k) in ("Region", "Country")][:1]


def find_places(refs: Referents, ev: Evidence) -> Iterator[Event]:
    """locatedIn events stated by the text, and what a chain of them in one sentence implies ("Yatsushiro in
    Kumamoto Prefecture in southern Japan": Yatsushiro is in Japan too)."""
    chains: dict[tuple[int, int], list[tuple[str, str, Token]]] = {}
    for e, di, tok in _stated_places(refs, ev):
        chains.setdefault((di, tok.sent.start), []).append((e.agent, e.target, tok))
        yield e
    for (di, _), links in chains.items():
        have = {(a, b) for a, b, _ in links}
        for a, b, tok in links:
            for b2, c, _ in links:
                if b2 == b and c != a and (a, c) not in have and _fits(refs, a, c):
                    have.add((a, c))
                    yield ev.event("locatedIn", a, c, di, tok, confidence=0.7)


def _stated_places(refs: Referents, ev: Evidence) -> Iterator[tuple[Event, int, Token]]:
    seen: set[tuple[str, str, int]] = set()
    for di, doc in enumerate(refs.docs):
        for m in refs.ents.in_doc(di):
            if place_kind(refs, m.key) not in ("Site", "City", "Region", "Country") or m.metonym \
                    or refs.type_of(m.key) == "Country" and refs.entity(m.key).label not in refs.lex.split_from:
                continue  # (a state lies only in the state it split from: "the Soviet republic of Byelorussia")
            tok = doc[m.head]
            held, states = _held_in_list(refs, di, conjuncts(list_head(tok)))
            if tok.i in states:
                continue  # "Coldharbor, Maine, and Rusk Falls": it holds what comes before it
            if tok.dep_ == "conj" and _place_heads_list(refs, di, tok):
                continue  # handled with the first of its list
            # "A, B and C in D", "Port Arthur and Galveston, Texas"; after a first that is no place ("near
            # Grantly and Osterby, Vt." with Grantly taken for a body), from this one on
            group = [tok] if _holds_the_one_before(refs, di, tok) else [t for t in conjuncts(tok) if t.i >= tok.i]
            first = containers_of(refs, di, tok)
            first += [c for c in _placed_by_verb(refs, di, tok) if c not in first]  # "X, the capital, is in Y"
            containers = first or (containers_of(refs, di, group[-1]) if len(group) > 1 else [])
            if not containers and place_kind(refs, m.key) in ("City", "Region"):
                containers = _fronted(refs, di, tok)
            for inner_tok in group:
                if inner_tok.i in states:
                    continue
                # "Dunmore, Ga., and Eltham, Tenn.": a member with a place of its own is not in the list's; then
                # the first's ("the Malaysian states of A and B"), then a state a few words on ("A and B, Maine, and")
                own = [] if inner_tok.i == tok.i else containers_of(refs, di, inner_tok)
                for outer_tok, outer in own or first or held.get(inner_tok.i) or containers:
                    for inner in places_at(refs, di, inner_tok) or sites_at(refs, di, inner_tok):
                        if _fits(refs, inner, outer, outer_tok) and (inner, outer, tok.sent.start) not in seen:
                            seen.add((inner, outer, tok.sent.start))
                            yield ev.event("locatedIn", inner, outer, di, inner_tok, confidence=0.8), di, inner_tok
        for tok in doc:  # "in this coastal town in Levy County": the town the story is told from
            if tok.pos_ != "NOUN" or refs.vocab.place_nouns.get(tok.lemma_.lower()) not in ("City", "Region") \
                    or not any(c.lower_ == "this" for c in tok.children):
                continue
            line = dateline(refs)
            here = line.key if line is not None else None
            for outer_tok, outer in containers_of(refs, di, tok):
                for inner in [here] if here and refs.type_of(here) == "City" else refs.of(di, tok):
                    if _fits(refs, inner, outer) and (inner, outer, tok.sent.start) not in seen:
                        seen.add((inner, outer, tok.sent.start))
                        yield ev.event("locatedIn", inner, outer, di, tok, confidence=0.7), di, tok


def known_places(refs: Referents, ev: Evidence, found: set[tuple[str, str]]) -> Iterator[Event]:
    """A city or region the article names lies in its state, when the article names that state too. The
    text does not say so, so it is an event without an edge, except for a state's capital when the state
    is named by its name (not only by a demonym or its capital): "talks in Tehran" in an article on Iran."""
    by_label = {e.label: k for k, e in refs.ents.entities.items() if e.type == "Country"}
    named = {m.key for m in refs.ents.mentions if not m.demonym and not m.metonym}
    have = set(found)
    for m in refs.ents.mentions:
        ent = refs.entity(m.key)
        if ent.type not in ("City", "Region") or m.metonym or not ent.state or ent.state not in by_label:
            continue
        country = by_label[ent.state]
        if (m.key, country) in have or m.key == country:
            continue
        have.add((m.key, country))
        tok = refs.docs[m.doc_index][m.head]
        locative = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to", "from", "near", "outside", "inside") \
            or tok.dep_ == "appos" and tok.head.lemma_.lower() in refs.vocab.place_nouns  # "the capital, Riyadh"
        capital = refs.lex.capitals.get(ent.label) == ent.state and country in named and locative
        yield ev.event("locatedIn", m.key, country, m.doc_index, tok, method="gazetteer",
                       confidence=CAPITAL_CONFIDENCE if capital else GAZETTEER_CONFIDENCE)


def dateline_regions(refs: Referents, ev: Evidence, found: set[tuple[str, str]]) -> Iterator[Event]:
    """A region the article places in no state lies in the state of its dateline, when the text names that state
    too (not "ADDIS ABABA, Ethiopia - The African Union warned rebels in South Kivu ..."):
    wire copy names it once and leaves it off the regions after ("MANAGUA, Nicaragua - ... a town in the Matagalpa
    department": the region said to hold the town). Not a region the gazetteer puts elsewhere, nor one in a sentence
    that names another state."""
    line = dateline(refs)
    if line is None:
        return
    label = dateline_state_name(refs)
    state = next((m.key for m in refs.ents.mentions if refs.type_of(m.key) == "Country" and not m.metonym
                  and refs.entity(m.key).label == label  # (named past the dateline)
                  and (m.doc_index, m.start) not in ((line.doc_index, line.start), (line.doc_index, line.end + 1))), None)
    if state is None:
        return
    placed = {a for a, b in found if refs.type_of(b) in ("Country", "Region")}
    holding = {b for a, b in found}  # (a region said to hold a town: a region, not a name taken for one)
    done: set[str] = set()
    for m in refs.ents.mentions:
        ent = refs.entity(m.key)
        if ent.type != "Region" or m.metonym or m.key in placed | done or m.key not in holding \
                or ent.state not in (None, label):
            continue
        sent = refs.docs[m.doc_index][m.head].sent
        if any(o.key != state and refs.type_of(o.key) == "Country" and o.doc_index == m.doc_index
               and sent.start <= o.start < sent.end for o in refs.ents.mentions):
            continue
        done.add(m.key)
        yield ev.event("locatedIn", m.key, state, m.doc_index, refs.docs[m.doc_index][m.head], confidence=0.6)
