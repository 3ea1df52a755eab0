"""Definite descriptions ("the company", "the minister", "the group", "a lawsuit filed by X"): the entity named
before whose name or description the noun fits."""
from __future__ import annotations

from spacy.tokens import Token

from .discourse import Discourse, end_heads, first_word, name_heads, name_words
from .entities.names import is_portfolio, name_head
from .kinds import ACTOR_TYPES, BODIES_AND_STATES, BODY_TYPES
from .states import _last_state, _state_forces, home_state, state_of
from .syntax import conjuncts, finite_partner


def _described(ref: Discourse, di: int, tok: Token, lem: str, depth: int) -> list[str] | None:
    """'the government of Syria', 'Iraqi authorities', 'the government in Oslo', 'the city'."""
    v = ref.vocab
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and lem in v.state_nouns):
            for p in c.children:
                if p.dep_ == "pobj":  # "the governments of Ostland and Borland": each
                    found = [k for q in (conjuncts(p) if tok.tag_ == "NNS" else [p]) for k in ref.of(di, q, depth + 1)]
                    return [state_of(ref, k) for k in found] if lem in v.state_nouns else found
        if c.dep_ in ("poss", "amod", "compound", "nmod") and lem in v.state_nouns:  # also "the X leadership",
            # "the Ontario government"
            found = [k for k in ref.of(di, c, depth + 1) if ref.type_of(k) in {"Country", "Region"} | BODY_TYPES]
            if found:
                return found
    if lem in v.place_nouns and any(c.lower_ in ("the", "this") for c in tok.children):
        return ref.recent(di, tok, {v.place_nouns[lem]}, subject_first=False)
    if lem in v.state_nouns and any(c.dep_ in ("amod", "compound") and c.lower_ in v.regional_government_words
                                    for c in tok.children):
        # "urged the state government to intervene": the last state or province the gazetteer knows, else region
        firsts = {k for k, e in ref.ents.entities.items() if e.type == "Region" and e.label in ref.lex.regions}
        return ref.recent(di, tok, {"Region"}, subject_first=False, skip=set(ref.ents.entities) - firsts) \
            or ref.recent(di, tok, {"Region"}, subject_first=False)
    if lem in v.state_nouns and any(c.lower_ == "the" for c in tok.children) and \
            not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
        # "urged the government to step in": the state the text is about (not "a Canadian fund")
        return home_state(ref, di, tok) or _last_state(ref, di, tok) or \
            ref.recent(di, tok, {"Country"}, subject_first=False)
    return None


def named_by_head(ref: Discourse, di: int, tok: Token, bare: bool = False) -> list[str]:
    """'the ministry': the last body whose name ends in that word; 'the company': the last company named;
    'the group': the body last named as a subject, else the last body named."""
    recent = list(reversed(ref._window(di, tok)))
    press = ref.vocab.press_nouns if tok.lemma_.lower() in ref.vocab.press_nouns else frozenset()
    named = [key for _, key, _ in recent if ref.type_of(key) in BODY_TYPES and (
        tok.lower_ in name_heads(ref.entity(key).label) or tok.lemma_.lower() in ref.described_as.get(key, ())
        or press & ref.described_as.get(key, set()))]  # "the paper" for "the weekly El Vocero del Valle"
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}
    # "the labor council" after "the Eskerford Central Labor Council" and "the City Council": the one it says
    fitting = [k for k in named if mods and mods <= set(ref.entity(k).label.lower().split())]
    if not fitting and len(set(named)) > 1:  # "the drivers' union": the one whose name has its owner's word
        owners = {c.lower_.rstrip("'’") for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN"}
        fitting = [k for k in named if owners and owners <= set(ref.entity(k).label.lower().replace("'", "").split())]
    if not fitting and len(set(named)) > 1:  # "the aid group X ... an armed group Y ... the group's director": of
        # several it fits, the one last named as a subject
        subjects = [key for _, key, subj in recent if subj and key in named]
        fitting = subjects[:1]
    if fitting or named:
        return (fitting or named)[:1]
    noun = tok.lemma_.lower()
    if noun in ref.vocab.armed_forces_heads and noun not in ref.vocab.nonstate_body_nouns:
        # "the army said", "unless the army withdrew": the state's forces named last ("the Malian Armed Forces")
        forces = [key for _, key, _ in recent if ref.type_of(key) == "ArmedForces" and ref.entity(key).state]
        if forces:
            return forces[:1]
    if noun in ref.vocab.state_nouns:  # "government spokeswoman X": a state's, never a company's
        return home_state(ref, di, tok) or _last_state(ref, di, tok)
    if noun not in ref.vocab.body_nouns and noun not in ref.vocab.nonstate_body_nouns \
            and not (bare and noun in ref.vocab.bare_body_nouns and noun in ref.vocab.body_heads):
        # (but "the militants", "the rebels": an armed group named before; bare "management", the employer; bare
        # "police" only for a body named "... Police")
        return []
    own = _own_subjects(ref, di, tok, reporters=noun in ref.vocab.nonstate_body_nouns)  # not "the AU condemned
    # the group": the AU
    bodies = [key for _, key, _ in recent if ref.type_of(key) in BODY_TYPES and not ref.is_site(key)
              and key not in own]
    if noun in ref.vocab.nonstate_body_nouns:  # "the militia" is no state's army or office, nor the UN
        bodies = [k for k in bodies if ref.type_of(k) in ("Organization", "ArmedForces") and not _state_forces(ref, k)]
        if noun not in ref.vocab.body_nouns:  # "the militants": an armed body, or one described as such
            armed = set(ref.vocab.nonstate_body_nouns) | ref.vocab.body_heads.get("militia", frozenset())
            bodies = [k for k in bodies if ref.type_of(k) == "ArmedForces" or ref.described_as.get(k, set()) & armed
                      or ref.named_as(k, "militia")]
    fits = ref.vocab.body_heads.get(noun)
    if fits and noun in ref.vocab.loose_kind_nouns \
            and not any(name_heads(ref.ents.entities[k].label) & fits for k in bodies):
        fits = None  # "station chief X" with no broadcaster named: a station of any body ("the Coast Guard")
    if fits:  # "company spokesman X": the last company named, not a union named since
        declared = frozenset().union(*ref.vocab.body_heads.values())
        heads = {k: name_heads(ref.ents.entities[k].label) for k in bodies}
        if noun in ref.vocab.trade_nouns:  # "the railroad" for "Ostrel Railway Company": any word says the trade
            heads = {k: h | _trade_words(ref, k, noun, fits) for k, h in heads.items()}
        # else a body of no declared kind ("the group": a militia), but never a government's
        # (nor one described as of a kind whose names never fit: "the Vereinte Metallarbeiter union", "the
        # Nordic Timber union" are no company; "the retailer Kessel Mart" is one)
        kinds = {k for k, h in ref.vocab.body_heads.items() if not h & fits}
        # (a name's first word fits only where its end says no other kind: not "Maritime Dockworkers Union")
        kind = [k for k in bodies if heads[k] & fits and not ref.described_as.get(k, set()) & kinds
                and not (heads[k] & fits <= first_word(ref.entity(k).label)
                         and end_heads(ref.entity(k).label) & (declared - fits))
                and not _fits_by_portfolio(ref.entity(k).label, heads[k] & fits)]
        obj = tok.head if tok.dep_ == "poss" else tok  # (or "the company's management")
        if kind and obj.dep_ in ("dobj", "pobj") and any(c.dep_ == "nsubj" and c.lower_ in ("it", "we", "they")
                                                       for c in _clause_of(obj).children):
            kind = [k for k in kind if k not in _reporters(ref, di, obj)]  # "X said it backed the
            # company": another company, not X
        # ("the Guerrero state police", "the regional ministry": not the state's; but a minister's portfolio,
        # capitalised for opening the sentence, is no place: "Foreign ministry spokeswoman X")
        local = any(c.dep_ in ("compound", "amod") and (c.lower_ in ref.vocab.local_modifiers or c.pos_ == "PROPN"
                                                         and not is_portfolio(c.text, ref.lex))
                    for c in tok.children)
        if not kind and noun in ref.vocab.state_body_nouns and not local:  # "ministry spokesman X": the state's
            return _last_state(ref, di, tok)
        if not kind and noun in ref.vocab.named_kind_nouns:  # "the board said ...": no board named
            return []
        bodies = kind or [k for k in bodies if not heads[k] & declared and not ref.described_as.get(k, set()) & kinds
                          and ref.type_of(k) not in ("GovernmentOrganization", "ArmedForces")]
        if not kind:  # "residents' group X said the company had lied": the body that reports it is not the
            # company (but a spokesman's own firm may be: "X's spokesman said the company blamed Y")
            bodies = [k for k in bodies if k not in _reporters(ref, di, tok)] or bodies
    else:  # a noun of no kind: the body the text is about, as a subject, before one it only mentions; never
        # a state's own forces or offices ("talks between the rebel group and the government"), nor a body
        # whose name says it is a company ("a charity spokeswoman" is no mining company's)
        companies = ref.vocab.body_heads.get("company", frozenset())
        bodies = [k for k in bodies if not name_heads(ref.entity(k).label) & companies
                  and not (ref.entity(k).state and (ref.type_of(k) == "GovernmentOrganization" or _state_forces(ref, k)))]
        near = [key for pos, key, subj in recent if subj and key in bodies and pos >= (max(0, di - 1), 0)]
        bodies = near[:1] or bodies
    return bodies[:1]


def _last_named_by_head(ref: Discourse, di: int, tok: Token) -> list[str]:
    """The last body named before `tok` whose name has `tok`'s word as its head ("the Commission")."""
    return [key for _, key, _ in reversed(ref._window(di, tok))
            if ref.type_of(key) in BODY_TYPES and tok.lower_ in name_heads(ref.entity(key).label)][:1]


def _own_subjects(ref: Discourse, di: int, tok: Token, reporters: bool = False) -> set[str]:
    """The named subjects of the clause a noun stands in: what it cannot stand for. With `reporters`, also the
    states, state bodies and armies reporting the clause ("the Tavrish Army said the rebels had shelled Y"; but
    "the Velm Front said troops had attacked the rebels" may speak of itself)."""
    head = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    if head.dep_ == "poss" and head.head.dep_ in ("dobj", "pobj"):
        head = head.head  # "X destroyed the group's camps": the clause of the thing possessed
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("dobj", "pobj", "prep", "conj", "appos") \
            and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return set()
    def named(verbs: list[Token]) -> set[str]:
        subjects = {t.i for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                    for t in _named_as(c) if t.i != tok.i}
        keys = {m.key for m in ref.ents.in_doc(di) if any(m.start <= i < m.end for i in subjects)}
        # "the Commission accused the station": a body named by its own head word is the subject too
        return keys | {k for i in subjects if not keys and tok.doc[i].pos_ == "PROPN" and tok.doc[i].is_title
                       for k in _last_named_by_head(ref, di, tok.doc[i])}

    verb = head  # "warned X ... and urged the chain to": the subject the coordinated verbs share (and "said it had
    # deployed gunboats and warned the militants": the speaker's, where the parser hung the verb low)
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = finite_partner(verb, verb.head, ref.vocab.grammar.voiced_verbs,
                               ref.vocab.grammar.deed_verbs)
    own = named([head, verb])
    if reporters:
        verbs: list[Token] = []
        while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i and len(verbs) < 3:
            head = head.head
            verbs.append(head)
        rebels = ref.vocab.nonstate_body_nouns
        own |= {k for k in named(verbs) if ref.type_of(k) in ("Country", "GovernmentOrganization")
                or ref.type_of(k) == "ArmedForces" and not ref.described_as.get(k, set()) & rebels}
    return own


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a noun stands in, through the prepositions and conjuncts above it."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _reporters(ref: Discourse, di: int, tok: Token) -> set[str]:
    """Who reports the clause a noun is the subject or object of ("X said the company had ...": X)."""
    head = tok.head
    out: set[str] = set()
    for _ in range(3):
        if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head.i == head.i:
            break
        head = head.head
        out |= {m.key for c in head.children if c.dep_ == "nsubj" for t in _named_as(c)
                for m in ref.ents.in_doc(di) if m.start <= t.i < m.end}
    return out


def titled(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'the minister', 'the Secretary': the person last named with that title."""
    span = ref.ents.title_tokens[(di, tok.i)]
    holders = ref.holders.get(span.title.phrase) or []
    own = [k for pos, k in holders if pos == (di, span.start)]
    if own:  # "The army's spokesman, Col. X, said": this title's own holder, not the last one before it
        return own[:1]
    before = [k for pos, k in holders if pos < (di, tok.i)]
    if before:
        return [before[-1]]
    return [holders[0][1]] if holders else []


def _document_authors(ref: Discourse, di: int, doc_noun: Token, depth: int) -> list[str]:
    """What a document says, its author says: the one a verb of making it names ("a lawsuit filed by Y"), else
    its owner ("the union's complaint"), else whom the paragraph names as bringing it."""
    v = ref.vocab
    made = [a for a in doc_noun.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    authors = [k for a in made if a.lemma_.lower() in v.authoring_verbs for b in a.children
               if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj" for k in ref.of(di, o, depth + 1)]
    if not authors and not made:
        authors = [k for c in doc_noun.children if c.dep_ in ("poss", "compound") for k in ref.ents.at(di, c)
                   if ref.type_of(k) in ACTOR_TYPES]
    if not authors and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc_noun.children):
        # "A lawsuit ... accuses X. The suit was brought by Y and joined by Z"
        authors = _brought_by(ref, di, doc_noun, depth)
    return authors


def _brought_by(ref: Discourse, di: int, doc_noun: Token, depth: int) -> list[str]:
    """Who the paragraph says brought, filed or wrote a document named later with "the" ("The suit was
    brought by Y and joined by Z")."""
    v = ref.vocab
    for t in ref.docs[di]:
        if t.i == doc_noun.i or t.dep_ != "nsubjpass" or t.lemma_.lower() not in v.document_nouns \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        verbs = [vb for vb in (t.head, *(c for c in t.head.children if c.dep_ == "conj" and c.tag_ == "VBN"))
                 if vb.lemma_.lower() in v.authoring_verbs]  # "brought by Y", not "dismissed by the judge"
        found = [k for vb in verbs for b in vb.children if b.dep_ == "agent" for o in b.children
                 if o.dep_ == "pobj" for q in conjuncts(o) for k in ref.of(di, q, depth + 1)
                 if ref.type_of(k) in ACTOR_TYPES]
        if found:
            return list(dict.fromkeys(found))
    return []



def _named_as(subject: Token) -> list[Token]:
    """A subject and its appositions and coordinated names, not the bodies it is said to be of ("Harbourline's
    spokesman, Kevin Doyle", "EU spokesman X": Doyle and X, not Harbourline or the EU)."""
    out = [subject]
    for c in subject.children:
        if c.dep_ in ("appos", "conj"):
            out += _named_as(c)
    return out


def _trade_words(ref: Discourse, key: str, noun: str, fits: frozenset[str]) -> set[str]:
    """The words of a body's name that may say its trade ("the railroad" for "Ostrel Railway Company"); for "the
    police", only a police force's (a government body, not the "Police Widows Fund")."""
    words = name_words(ref.entity(key).label)
    if noun not in ref.vocab.state_police_nouns:
        return words
    if ref.type_of(key) != "GovernmentOrganization" \
            or ref.entity(key).label.lower().split()[-1] in ref.vocab.nonpolice_heads:
        return set()
    return words & fits


def _unnamed_officer(ref: Discourse, di: int, tok: Token, depth: int) -> list[str]:
    """"The United Nations special envoy met X", "the special envoy of ECOWAS urged ...": an officer the article
    never names acts for the body the title names (its own, not "for Libya", where the envoy is sent)."""
    doc, end = tok.doc, tok.right_edge.i
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
            or not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children):
        return []  # (a definite officer, as a subject or an object)
    if any(t.dep_ == "appos" for t in tok.subtree) or end + 2 < len(doc) and doc[end + 1].text == "," \
            and doc[end + 2].pos_ == "PROPN":
        return []  # "the chief of X, Renata Fell,", "the gang's leader, a man known as Y": named after all
    if any(c.lower_ in ("former", "ex", "late", "next", "new") for c in tok.children):
        return []  # "the UN's former envoy": no one acting for it now
    own = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]
    own += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # (a body named right there: not "the chief executive of X's largest customer")
    return [k for t in own for k in ref.ents.at(di, t) if ref.type_of(k) in BODIES_AND_STATES][:1]


def _fits_by_portfolio(label: str, fitting: frozenset[str]) -> bool:
    """Whether only the word after a name's "of" fits a kind: "the Ministry of Fisheries" is no company for
    "fisheries" (its head is "ministry")."""
    words = label.lower().split()
    return "of" in words[1:-1] and fitting <= {words[-1]} and name_head(words) != words[-1]
