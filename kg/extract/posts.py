"""Posts named without a title word from the lexicon ("X of Y", "Y's X", "X, who directs Y", "X writes
for Y", "X, another Y employee", "Greenpeace members A and B"), and the tests of whether a noun names a post
that is held now ("former", "until March")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .entities import party_tag
from .kinds import BODIES_AND_STATES, BODY_TYPES
from .refer import Referents
from .syntax import obliques_of, owners_of


def post_links(refs: Referents, di: int, doc: Doc, m: object) -> list[tuple[str, float, Token]]:
    """Links that need no title word from the lexicon: "X of Y", "Y's X", "X, who directs Y", and an
    apposition naming a post with its body ("X, another Y employee", "X, shearer for Y")."""
    tok: Token = doc[m.head]  # type: ignore[attr-defined]
    key: str = m.key  # type: ignore[attr-defined]
    last = doc[m.end - 1]  # type: ignore[attr-defined]
    found: list[tuple[str, float, Token]] = []
    # (or a post of its own: "A, a reporter for X, and cameraman B of Y")
    own = any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") or c.dep_ == "appos" and c.pos_ == "NOUN"
              and any(p.dep_ == "prep" and p.lower_ in ("for", "of", "at", "with") for p in c.children) for c in tok.children)
    # "A and B of Y": B's "of Y" is A's too, unless A has its own ("A of X and B of Y")
    # (but "President A and President B of Y": the same office twice, B's "of Y" is B's alone)
    mine = title_before(refs, di, doc, tok)
    ends = [tok] + ([] if own else [c for c in tok.children if c.dep_ == "conj"
                                    and not (mine and title_before(refs, di, doc, c) == mine)][-1:])
    age = [doc[last.i + 2]] if last.i + 3 < len(doc) and doc[last.i + 2].like_num and doc[last.i + 3].text == "," else []
    # "A and B of Y" with "of Y" hung on A: right after B's name, it is both's (unless the same title twice)
    after = {_name_end(refs, di, doc, c) for c in tok.conjuncts if c.i > tok.i
             and not (mine and title_before(refs, di, doc, c) == mine)}
    hung = [c for c in tok.head.children if c.i == last.i + 1] if tok.dep_ == "conj" and tok.head.i < tok.i else []
    for host in ends:
        for c in [*host.children, *(a for t in age for a in t.children if host.i == tok.i), *hung]:  # "X, 61, of Y": on "61"
            # "Gilmore, of the Downtown Seattle Association, said", "X, 61, of Pellham Insurance,": a body's, not a
            # state's or a town's ("X, of Norway", "X, of Kelmsby")
            gap = 2 if age else 0
            set_off = c.lower_ == "of" and c.i == last.i + 2 + gap and doc[last.i + 1].text == "," and host.i == tok.i \
                and (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "the"
                     or any(_org_named(refs, di, p) for p in c.children if p.dep_ == "pobj"))
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and (host.i != tok.i or c.i == last.i + 1 or set_off
                                                                           or c.i in after):
                # a town's or region's council stands for it: "X, of the Ostra town council"
                council = any(p.pos_ == "NOUN" and p.lemma_.lower() in refs.vocab.body_nouns
                              for p in c.children if p.dep_ == "pobj")  # not "X, of the Kolmar region"
                kinds = BODY_TYPES | ({"Country"} if c.lower_ == "of" and not set_off else set()) | \
                    ({"City", "Region"} if council else set())
                found += [(k, 0.7, tok) for k in _bodies_in(refs, di, c) if refs.type_of(k) in kinds]
    # "Sen. X, R-Iowa, who chairs Y", "Rep. X, D-N.M., a member of Y": what the parser hung on the party tag is X's
    tag_end = party_tag(doc, last.i + 2, refs.lex) if last.i + 2 < len(doc) and doc[last.i + 1].text in (",", "(") else 0
    tagged = [c for t in doc[last.i + 2:tag_end] for c in t.children if c.dep_ in ("relcl", "appos") and c.i >= tag_end]
    # "X, the businessman who runs Y": the relative clause on the noun set beside the name is the name's too
    described = [r for a in tok.children if a.dep_ == "appos" and a.pos_ == "NOUN" for r in a.children if r.dep_ == "relcl"]
    for c in [*tok.children, *tagged, *described]:
        # "BBC's Jonathan Marcus"; not a name whose own "'s" the parser took for one ("Saint Aldric's College and X")
        if c.dep_ == "poss" and not any(n.start <= c.i and n.end > c.i + 2 for n in refs.ents.in_doc(di)):
            found += [(k, 0.7, tok) for k in refs.of(di, c) if refs.type_of(k) in BODY_TYPES]
        if c.dep_ == "relcl" and not past(refs, c) and not _whose(c):  # "X, who directs Y", "X, who works for Y"
            found += [(k, 0.75, v) for v in [c, *(d for d in c.conjuncts if d.pos_ == "VERB" and not past(refs, d))]
                      for k in _employers(refs, di, v)]  # (and "who is a major in Y and works at Z")
    for host in [tok, *(c for c in tok.children if c.dep_ == "appos")]:  # "X, a lobbyist representing Y,"
        found += [(k, 0.75, c) for c in host.children if c.dep_ == "acl" and c.tag_ == "VBG"
                  and c.lemma_.lower() in refs.vocab.office_verbs for k in _employers(refs, di, c)]
    # "X heads Y", "X covers the White House for Y"; the subject may be a word inside the name the parser split
    # ("Pieter van Doorn chairs Y" with "van" the subject)
    verb = _verb_of_subject(tok, doc[m.start:m.end])  # type: ignore[attr-defined]
    if verb is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        verb = tok.head  # "Y, where X is medical director"
    if verb is not None and not past(refs, verb):  # not "chaired Y until 2015"
        found += [(k, 0.75, verb) for k in _employers(refs, di, verb)]
    # "X, speaking for Y, said", "X, speaking on behalf of Y": a participle on the name or on its verb
    for part in [*tok.children, *(verb.children if verb is not None else ())]:
        found += [(k, 0.75, part) for k in _speaking_for(refs, di, part)]
    verb = tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and verb.lemma_.lower() in refs.vocab.heading_verbs \
            and not any(c.lower_ in ("until", "till") or c.lower_ in refs.vocab.former_words for c in verb.subtree):
        # "the Mediterranean Foundation, headed by X", "the fund is run by X": the body run, now
        bodies = [verb.head] if verb.dep_ in ("acl", "relcl") else [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "Kazakhstan's parliament, led by X", "Peru, led by X": a state too; not "a delegation from Ghana, led by X"
        found += [(k, 0.75, verb) for b in bodies for k in refs.all_of(di, b) if refs.type_of(k) in BODY_TYPES
                  or refs.type_of(k) == "Country" and (refs.ents.at(di, b) or b.lemma_.lower() in refs.vocab.state_body_nouns)]
    ts = refs.ents.title_tokens.get((di, m.start - 2))  # type: ignore[attr-defined]
    if ts is not None and ts.end == m.start - 1 and doc[m.start - 1].text == "," and ts.start >= 2 \
            and doc[ts.start - 1].tag_ == "POS" and ts.title.kind in ("office", "spokesperson"):  # type: ignore[attr-defined]
        # "The Halloway Museum of Art's curator, X," however parsed: the body before the possessive
        found += [(k, 0.7, doc[ts.start]) for k in refs.ents.at(di, doc[ts.start - 2]) if refs.type_of(k) in BODY_TYPES]
    i = m.start - 1  # type: ignore[attr-defined]
    lead = tok
    while lead.dep_ == "conj" and lead.head.i < lead.i and any(refs.type_of(k) == "Person" for k in refs.of(di, lead.head)):
        lead = lead.head  # "Bellona members A and B": B's noun is the one before A
    if lead is not tok:
        i = next((n.start - 1 for n in refs.ents.in_doc(di) if n.head == lead.i), -1)
    several = lead is not tok or any(c.dep_ == "conj" for c in tok.children)
    if i >= 1 and doc[i].pos_ == "NOUN" and doc[i].is_lower and (doc[i].tag_ == "NN" or doc[i].tag_ == "NNS" and several) \
            and not no_post(refs, doc[i]):  # "CBS anchorman Dan Rather"; not "Highway 50 sniper X"
        found += [(k, 0.7, doc[i]) for k in refs.ents.at(di, doc[i - 1]) if refs.type_of(k) in BODY_TYPES]
    posts = [c for c in [*tok.children, *tagged] if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    # "X, who is a director at Y": the post a relative clause gives X, now
    posts += [a for c in tok.children if c.dep_ == "relcl" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
              and not past(refs, c) and not _whose(c) and not any(n.dep_ == "neg" for n in c.children)
              for a in c.children if a.dep_ == "attr"]  # (not "who was", "who is not")
    for post in posts:
        if post.lower_ == "one":  # "X, one of the directors of Y", "one of Y's directors": the post is the plural's
            post = next((p for c in post.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj" and p.tag_ == "NNS"), post)
        if post.pos_ != "NOUN" or no_post(refs, post) or (di, post.i) in refs.ents.by_token or past(refs, post):
            continue  # not "the mayor's killer, X", nor "a former Dravik Group executive"
        mods = [c for c in post.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                and not (c.lower_ in ("its", "their") and post.lemma_.lower() in refs.vocab.town_offices)]  # "its mayor":
        # a town's (the title's reading), not the rebels' whose raid the sentence tells
        bodies = [k for c in mods for k in refs.of(di, c) if refs.type_of(k) in BODY_TYPES]
        bodies += [k for c in post.children if c.dep_ == "prep" and c.lower_ in ("for", "with", "at", "of", "in")
                   for k in _bodies_in(refs, di, c) if refs.type_of(k) in BODY_TYPES]
        found += [(k, 0.7, post) for k in bodies]
    if any(former(refs, t) for t in doc[max(0, m.start - 4):m.start]):  # type: ignore[attr-defined]
        return []  # "its former columnist X", "Ex-foreign minister X of Kenya"
    if last.i + 2 < len(doc) and doc[last.i + 1].lower_ == "of":  # "Presidents A of B and C of D", however parsed
        found += [(k, 0.7, tok) for k in refs.ents.at(di, doc[last.i + 2]) if refs.type_of(k) == "Country"]
    return [(k, conf, trig) for k, conf, trig in dict.fromkeys(found) if k != key]


def _name_end(refs: Referents, di: int, doc: Doc, tok: Token) -> int:
    """The token just after the name whose head is `tok`."""
    return next((n.end for n in refs.ents.in_doc(di) if n.head == tok.i), tok.i + 1)


def _org_named(refs: Referents, di: int, tok: Token) -> bool:
    """Whether the name at `tok` is a body's by its head word ("Pellham Insurance", "Velm Institute")."""
    return any(m.start <= tok.i < m.end and len(m.text.split()) > 1 and refs.type_of(m.key) in BODY_TYPES
               and m.text.split()[-1].lower() in refs.lex.relations["word_classes"]["org_heads"]
               for m in refs.ents.in_doc(di))


def title_before(refs: Referents, di: int, doc: Doc, tok: Token) -> str:
    """The title right before the name at `tok` ("President B": "president"), or ""."""
    start = next((m.start for m in refs.ents.in_doc(di) if m.start <= tok.i < m.end), tok.i)
    ts = refs.ents.title_tokens.get((di, start - 1)) if start > 0 else None
    return ts.title.phrase if ts is not None else ""


def _whose(clause: Token) -> bool:
    """A relative clause about someone else: "X, whose husband works for Y"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ == "whose" for w in c.children) for c in clause.children)


def former(refs: Referents, tok: Token) -> bool:
    """A word that makes a post one held before: "former", "retired", and "ex-" ("Ex-foreign minister", "ex-CEO")."""
    return tok.lower_ in refs.vocab.former_words or tok.lower_.startswith("ex-") or \
        tok.lower_ == "ex" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"


def past(refs: Referents, post: Token) -> bool:
    """Whether a post, or a verb of work, is one held before: "a former Dravik Group executive", "ambassador
    until March", "chief executive from 2010 to 2015", "reported for X before joining Y"."""
    if any(former(refs, t) for t in post.subtree if t.i < post.i):
        return True
    for c in post.children:
        # "from 2010 to 2015" is past, "a director from 2019" (since) is not
        spans = c.lower_ == "from" and any(p.like_num or p.ent_type_ == "DATE" for p in c.subtree) and any(
            t.lower_ in ("to", "until", "till", "through") for t in [*c.subtree, *post.children] if t.i > c.i)
        if c.dep_ == "prep" and (c.lower_ in ("until", "till", "before") or spans):
            return True
        if c.dep_ == "advcl" and any(w.dep_ == "mark" and w.lower_ in ("before", "until") for w in c.children):
            return True
    return False


def no_post(refs: Referents, noun: Token) -> bool:
    """A noun for someone that is no post held for anyone: a tie ("friend") or a role the lexicon marks
    as no mandate ("killer", "sniper", "suspect")."""
    lemma = noun.lemma_.lower()
    if lemma in refs.vocab.party_offices:
        return False  # a party's candidate (kept to parties by _add)
    title = refs.lex.titles.get(lemma) or refs.lex.titles.get(noun.lower_)
    return lemma in refs.vocab.no_mandate or title is not None and title.kind == "none"


def _verb_of_subject(tok: Token, name: Span) -> Token | None:
    """The verb a name is the subject of, also when the parser split the name ("Pieter van Doorn chairs Y" with
    "van" the subject of "Doorn", and "Doorn" a modifier of "chairs")."""
    if tok.dep_ == "nsubj":
        return tok.head if tok.head.pos_ == "VERB" else None
    outer = [t for t in name if not name.start <= t.head.i < name.end]
    verb = outer[0].head if outer else None
    if verb is None or verb.pos_ != "VERB" or verb.i < name.end or any(t.head.i != verb.i for t in outer) \
            or any(t.dep_ not in ("nsubj", "amod", "appos", "compound", "dep") for t in outer):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and not name.start <= c.i < name.end for c in verb.children):
        return None
    return verb if any(t.dep_ in ("nsubj", "amod") for t in outer) or any(t.dep_ == "nsubj" for t in name) else None


def _employers(refs: Referents, di: int, verb: Token) -> list[str]:
    """The bodies a verb of running one ("directs Y") or working for one ("writes for Y") names."""
    v, lem = refs.vocab, verb.lemma_.lower()
    # "directed the union to end the strike": an order, not a post
    ordered = any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    objs = [o for o in verb.children if o.dep_ == "dobj"] if lem in v.office_verbs and not ordered else []
    # "heads the contractor Vartal Steelworks": the name set beside the noun (not its conjuncts: "..., and Y")
    objs += [a for o in objs if o.pos_ == "NOUN" and o.is_lower for a in o.children if a.dep_ == "appos"]
    # "chairs the union's strike committee", "heads the sales department of Y": the body the unit belongs to (not
    # "runs Norway's biggest advertising agency", a body of its own)
    objs += [w for o in objs if not refs.all_of(di, o) and o.pos_ == "NOUN" and o.lemma_.lower() in v.unit_nouns
             for w in owners_of(o)]
    jailed = any(o.dep_ == "dobj" and o.lemma_.lower() in v.sentence_nouns for o in verb.children)
    if lem in v.office_verbs | v.work_verbs and not jailed:  # "covers the White House for Y": "for" may hang on
        hosts = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # the object; not "serving a sentence at Y"
        # "works at Y", "heads the research unit at Y"; not "directed accusations at Y"
        where = lem in v.work_verbs or any(o.dep_ == "dobj" and o.lemma_.lower() in v.unit_nouns for o in verb.children)
        objs += [o for h in hosts for p in h.children if p.dep_ == "prep" and (p.lower_ == "for" or where and p.lower_
                                                                                in ("at", "with"))
                 for o in p.children if o.dep_ == "pobj"]
        if lem in v.work_verbs and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            objs.append(verb.head)  # "the Lenin Shipyard, where X works"
            if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in":
                objs.append(verb.head.head.head)  # "the Lenin Shipyard in Gdansk, where X works"
    if lem in v.serving_verbs:  # "serves as the board's ombudsman", "works as chief engineer of Y": a post held
        for p in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"):
            for post in (o for o in p.children if o.dep_ == "pobj" and not no_post(refs, o)
                         and _hyphened_word(o) not in v.no_mandate):  # "a go-between for A and B" acts for neither
                objs += owners_of(post, ("of", "for", "at"))
    current = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "neg") or c.lower_ in ("once", "longer")
                                                      for c in verb.children)
    if lem == "sit" and current:  # "sits on the board of Y", "sits on Y's board"; not "sat", "no longer sits"
        for p in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"):
            for seat in (o for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in v.seat_nouns):
                objs += owners_of(seat)
    if lem == "be" and current and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
            and any(a.dep_ == "attr" and a.pos_ == "NOUN" and not no_post(refs, a) and not former(refs, a)
                    for a in verb.children):
        objs.append(verb.head)  # "the Cedarview Clinic, where X is medical director"; not "was", "is a patient"
    # a state only when headed ("heads Panama's maritime authority"), not "represented Portugal in the downhill"
    kinds = BODY_TYPES | ({"Country"} if lem in v.heading_verbs else set())
    return [k for o in objs for k in refs.all_of(di, o) if refs.type_of(k) in kinds]


def _speaking_for(refs: Referents, di: int, part: Token) -> list[str]:
    """The bodies a participle of working or speaking names with "for" or "on behalf of" ("speaking for Y"), not
    with "at" or "with" ("speaking at Y" names a venue)."""
    if part.dep_ not in ("acl", "advcl") or part.tag_ != "VBG" or part.lemma_.lower() not in refs.vocab.work_verbs \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
        return []
    objs = [o for p, o in obliques_of(part) if p == "for"]
    objs += [o for p, b in obliques_of(part) if p == "on" and b.lower_ == "behalf" for q, o in obliques_of(b) if q == "of"]
    return [k for o in objs for k in refs.all_of(di, o) if refs.type_of(k) in BODIES_AND_STATES]


def _hyphened_word(tok: Token) -> str:
    """A word the tokenizer cut at its hyphens, whole and in lower case ("go-between")."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2
    return doc[i:tok.i + 1].text.lower()


def _bodies_in(refs: Referents, di: int, prep: Token) -> list[str]:
    """The bodies a preposition names, with the ones they belong to ("of Harvard University's Kennedy School"),
    or the one named beside it ("chairman of the paper's owner, Dunmere Media": Dunmere Media, not the paper)."""
    out: list[str] = []
    for p in (p for p in prep.children if p.dep_ == "pobj"):
        # "a member of the engineering department at Y": the body the unit belongs to, not one "the department" may
        # point back to
        unit = [k for c in p.children if c.dep_ == "prep" and c.lower_ in ("at", "of") for q in c.children
                if q.dep_ == "pobj" for k in refs.all_of(di, q)] \
            if p.pos_ == "NOUN" and p.lemma_.lower() in refs.vocab.unit_nouns else []
        found = unit or refs.all_of(di, p)
        out += found
        if not found or (di, p.i) in refs.ents.by_token:
            out += [k for c in p.children if c.dep_ == "poss" for k in refs.of(di, c)]
    return out
