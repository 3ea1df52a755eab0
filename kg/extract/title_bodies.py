"""The bodies a title names: before it in its phrase ("Kenya's Minister of Health", "company spokesman X"),
after one of its prepositions ("director of A and B", "vice president of programs for Y"), or after its
holder's name ("Chancellor X of Austria"); not a town a private body only locates ("a Phoenix newspaper
reporter"), nor a language ("a speaker of Hungarian")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .entities import TitleSpan
from .implied_bodies import last_town, named_by_noun, one_named, public_post
from .kinds import ACTOR_TYPES, BODY_TYPES, PLACE_TYPES
from .posts import no_post
from .refer import Referents

OFFICE_BODIES = (ACTOR_TYPES - {"Person"}) | {"City", "Region"}


def title_bodies(refs: Referents, ts: TitleSpan, doc: Doc, person: str) -> list[str]:
    """The bodies an office acts for: named before the title in its phrase, or after one of the
    title's prepositions, or after the holder's name ("Chancellor X of Austria")."""
    di = ts.doc_index
    out: list[str] = []
    root = doc[ts.start:ts.end].root  # "Secretary" in "Secretary of State"
    while root.dep_ in ("compound", "amod") and root.head.i > root.i and (di, root.head.i) not in refs.ents.by_token:
        root = root.head
    if ts.start > 0 and doc[ts.start - 1].lower_ == "its" and ts.title.phrase in refs.vocab.town_offices:
        return last_town(refs, ts)  # "stormed Okaro ... and abducted its mayor": a town's, never the rebels'
    for i in range(min(root.left_edge.i, ts.start), ts.start):
        out += [k for k in refs.ents.at(di, doc[i]) if k != person and k not in out]
        common = doc[i].pos_ == "NOUN" or doc[i].is_lower or doc[i].is_sent_start
        if not out and common and doc[i].lemma_.lower() in refs.vocab.body_nouns:
            out += [k for k in refs.of(di, doc[i]) if k != person]  # "company spokesman X"
            if not out and doc[i].is_sent_start and not doc[i].is_lower:  # "Guild general secretary X said"
                out += named_by_noun(refs, di, doc[i], person)
        elif not out and common and doc[i].lower_ in refs.vocab.armed_forces_heads:
            out += one_named(refs, di, doc[i], {"ArmedForces"})  # "Army spokesman X": the army, if one is named
        elif not out and doc[i].is_sent_start and doc[i].is_title and i == ts.start - 1 and not refs.ents.at(di, doc[i]):
            out += named_by_noun(refs, di, doc[i], person)  # "Zoo director X" after "the Ostrander Zoo"
    first = doc[ts.start]
    common = first.is_lower or first.is_sent_start and not refs.ents.at(di, first)  # "Party leader X said"
    if not out and ts.end - ts.start > 1 and common and first.lemma_.lower() in refs.vocab.body_nouns:
        out += named_by_noun(refs, di, first, person)  # "party leader X": the party
    i = ts.start - 1  # "Russian president" in lower case leaves the demonym outside the title's phrase
    if i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper:
        # "Labor Party (PT) candidate X": the body named before its bracketed acronym
        out += [k for k in refs.ents.at(di, doc[i - 3]) if k != person and refs.type_of(k) in BODY_TYPES]
    while i >= 0 and not out and (doc[i].tag_ == "POS" or doc[i].dep_ in ("compound", "amod", "poss", "nmod")):
        out += [k for k in refs.ents.at(di, doc[i]) if k != person]
        if not out and doc[i].lower_ == "whose":  # "the X Party, whose leader, Y,"
            out += [k for k in refs.of(di, doc[i]) if k != person]
        if not out and doc[i].lower_ in ("its", "their") and doc[i].dep_ == "poss":  # "Poland ..., and its foreign
            out += [k for k in refs.of(di, doc[i]) if k != person and refs.type_of(k) != "Person"]  # minister, X,"
        if not out and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in refs.vocab.body_nouns:
            out += [k for k in refs.of(di, doc[i]) if k != person]  # "Union secretary-general X"
            if not out and doc[i].dep_ == "poss" and doc[i].is_lower:  # "the league's chief executive, X"
                out += named_by_noun(refs, di, doc[i], person)
        elif not out and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i].lower_ in refs.vocab.body_nouns:
            out += named_by_noun(refs, di, doc[i], person)  # "a cooperative spokeswoman"
        elif not out and doc[i].dep_ == "poss" and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in refs.vocab.place_nouns:
            # "the country's prime minister", "the city's mayor": the one such place named before
            out += one_named(refs, di, doc[i], {refs.vocab.place_nouns[doc[i].lemma_.lower()]}, story=True)
        elif not out and doc[i].dep_ == "poss" and doc[i].pos_ == "NOUN" and doc[i].is_lower:
            # "the brigade's spokesman": the body the noun stands for, if the text named one so ("Ninth Brigade")
            out += [k for k in refs.of(di, doc[i]) if k != person and refs.type_of(k) in BODY_TYPES
                    and refs.entity(k).label.split()[-1].lower() in (doc[i].lower_, doc[i].lemma_.lower())]
        i -= 1
    if any(refs.type_of(k) == "Organization" for k in out):  # "Norway's Agrarian Workers' Party Secretary X":
        out = [k for k in out if refs.type_of(k) != "Country"]  # the party's, which is Norway's only as a place
    before = doc[max(0, ts.start - 3):ts.start]
    public = ts.title.phrase in refs.vocab.state_offices or ts.title.phrase.split()[-1] in refs.vocab.public_office_heads
    if (ts.title.private or not public and any(t.is_lower and t.lemma_ in refs.vocab.private_body_nouns for t in before)) \
            and not public_post(refs, before):
        # "Dallas nightclub owner X", "British journalist X", "Phoenix newspaper reporter X": from there, not
        # acting for it
        out = [k for k in out if refs.type_of(k) not in PLACE_TYPES]
    hosts = [doc[ts.end - 1], root]
    hosts += [doc[m.head] for m in refs.ents.in_doc(di) if m.key == person
              and ts.end <= m.start <= next_title_end(refs, di, ts.end)]
    nxt = doc[ts.end] if ts.end < len(doc) else None
    # "a critic of the plan and president of Y" with "of Y" hung on "plan": the preposition right after a title is its own
    stray = [nxt] if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in ts.title.preps and root.dep_ == "conj" \
        and nxt.head.i not in (ts.end - 1, root.i) else []
    objects: list[Token] = []  # the objects of the title's prepositions that name bodies
    for tok in hosts:
        for c in [*tok.children, *(stray if tok is hosts[0] else ())]:
            if c.dep_ == "prep" and c.lower_ in ts.title.preps and c.i >= ts.end:  # not the title's own "of State"
                for p in (p for p in c.children if p.dep_ == "pobj" and not _language(refs, di, p)):
                    if c.lower_ == "on" and not _seat(refs, di, p):
                        continue  # "a councillor on the X Council"; not "on Russia's sanctions list", "on Norway's coast"
                    found = [k for k in refs.all_of(di, p) if k not in out and k != person
                             and not (p.is_lower and p.lemma_ in refs.vocab.private_body_nouns
                                      and refs.type_of(k) in PLACE_TYPES)]  # not "a reporter for a Boston paper"
                    out += found
                    objects += [p] if found else []
                    if not found and not no_post(refs, p):  # "spokesman for X's ministry", not "adviser to X's
                        # rival", nor "chairman of the paper's owner, Y": Y's
                        out += [k for pc in p.children if pc.dep_ == "poss" for k in refs.of(di, pc) if k not in out]
                        if p.is_lower and c.lower_ == "of":  # "vice president of daytime programs for Y"
                            out += [k for q in p.children if q.dep_ == "prep" and q.lower_ in ("for", "at")
                                    for o in q.children if o.dep_ == "pobj" for k in refs.all_of(di, o)
                                    if k not in out and k != person and refs.type_of(k) in BODY_TYPES]
    if objects:  # "director of the Velm Institute and the Ostby Museum", with the second body hung on the title
        out += [k for c in root.children if c.dep_ == "conj" and c.i > objects[-1].i
                and not any(t.text == "," for t in doc[objects[-1].i:c.left_edge.i])  # not "director of X, and Y both"
                and not any(d.dep_ == "prep" for d in c.children)
                for k in refs.of(di, c) if k not in out and refs.type_of(k) in BODY_TYPES]
    if ts.title.kind == "counterpart":
        out = [k for k in out if refs.type_of(k) == "Country"]
    return [k for k in out if refs.type_of(k) in OFFICE_BODIES or refs.type_of(k) != "Person" and refs.entity(k).state]


def _seat(refs: Referents, di: int, tok: Token) -> bool:
    """Whether a name is one of a body one sits on: its last word a council, board, committee or the like."""
    seats = refs.vocab.seat_nouns
    return any(refs.type_of(k) in BODY_TYPES and refs.entity(k).label.split()[-1].lower() in seats
               for k in refs.ents.at(di, tok))


def next_title_end(refs: Referents, di: int, end: int) -> int:
    """Skip a rank or second title right after a title ("spokesman Lt. X"), or a portfolio named with "for" that
    no mention holds ("Minister of State for Foreign Affairs X")."""
    doc = refs.docs[di]
    while True:
        if (di, end) in refs.ents.title_tokens:
            end = refs.ents.title_tokens[(di, end)].end
            continue
        if end < len(doc) and doc[end].lower_ == "for":
            k = end + 1
            while k < len(doc) and doc[k].is_title and not refs.ents.at(di, doc[k]) and k - end <= 3:
                k += 1
            if k > end + 1 and (di, k) in refs.ents.by_token:
                end = k
                continue
        return end


def _language(refs: Referents, di: int, tok: Token) -> bool:
    """A people's word standing alone after a preposition names a language ("a speaker of Hungarian",
    "professor of Spanish"), not its state."""
    return not tok.tag_.endswith("S") and any(m.demonym and m.start == tok.i and m.end == tok.i + 1
                                                for m in refs.ents.in_doc(di))


def state_office(refs: Referents, ts: TitleSpan, doc: Doc) -> bool:
    """A state's office written as a title before its holder's name, with nothing before it that could name
    another body ("President X", not "the union's president, X" or "regional president X")."""
    phrase = ts.title.phrase
    # "transport minister X said", as wires write it, is a state's too, as is "the Minister of the Interior, X"
    minister = phrase.endswith("minister") or phrase.startswith(("minister of ", "minister for "))
    if not (phrase in refs.vocab.state_offices or minister) or not (doc[ts.start].is_title or minister):
        return False
    start = ts.start
    portfolio = minister or phrase.split()[-1] in refs.vocab.portfolio_offices  # "Health Cabinet Secretary X"
    while portfolio and start > 0 and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" \
            and not refs.ents.at(ts.doc_index, doc[start - 1]):
        start -= 1  # "Natural Resources Minister X": the portfolio, named by no mention
    before = doc[start - 1] if start > 0 else None
    return before is None or before.lower_ in refs.vocab.national_words \
        or before.dep_ not in ("amod", "compound", "poss", "nmod", "case") and before.tag_ != "POS"
