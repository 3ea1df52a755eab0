"""The body or state an office is held for when its phrase names none: the article's one state, its
dateline's, the state named before a spokesperson, the town before a mayor, the region before a premier,
the state whose act the holder reports, the one a delegation the holder leads comes from, the court, police or
state a judge's, a police chief's or a prosecutor's office is held for. Each is asked for by
`offices.find_offices` only where the title needs it."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .discourse import name_heads
from .descriptions import named_by_head
from .entities import TitleSpan
from .kinds import ACTOR_TYPES, BODY_TYPES
from .modality import lemma_in
from .refer import Referents
from .states import dateline, dateline_state_name, ensure_country, governed_state, mentions_before, state_police


def named_by_noun(refs: Referents, di: int, noun: Token, person: str) -> list[str]:
    """The body last named of the kind a lower-case noun before a title says ("party leader X"), unless
    a word before it says another one ("opposition party leader X")."""
    if noun.i > 0 and noun.doc[noun.i - 1].lower_ in refs.vocab.other_words:
        return []
    return [k for k in named_by_head(refs, di, noun) if k != person]


def press_host(refs: Referents, ts: TitleSpan, doc: Doc) -> list[str]:
    """The one body whose own press event a sentence puts a bare spokesperson at ("At a Velm Ministry briefing,
    spokesman X said", "in a Pellham Stores statement, spokeswoman Y", "in a statement issued by Z")."""
    sent = doc[ts.start].sent
    # (an event the clause is set at or in: "At a X briefing, ...", "said in a statement issued by X"; not one
    # answered or dismissed: "Responding to a X statement", "dismissed the X statement")
    events = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in refs.vocab.press_event_nouns
              and (t.dep_ == "pobj" and t.head.lower_ in ("at", "in", "during") and t.head.head.pos_ in ("VERB", "AUX")
                   or t.dep_ == "dobj" and t.head.lemma_.lower() in ("tell", "address", "brief")  # "told a X news
                   or t.dep_ == "nsubj" and t.head.lemma_.lower() == "quote")]  # conference", "a X statement quoted"
    hosts = [c for t in events for c in t.children if c.dep_ in ("compound", "poss", "nmod") and c.i < t.i]
    # "in a statement issued by the Marrick Teachers' Union"
    hosts += [o for t in events for a in t.children if a.dep_ == "acl" and a.tag_ == "VBN"
              for b in a.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    keys = {k for c in hosts for k in refs.ents.at(ts.doc_index, c) if refs.type_of(k) in BODY_TYPES}
    return sorted(keys) if len(keys) == 1 else []


def last_town(refs: Referents, ts: TitleSpan) -> list[str]:
    """The town named last before a title, in its paragraph or the one before (a dateline's town included), as
    a place and not as the name on something else."""
    towns = [(m.doc_index, m.start, m.key) for m in mentions_before(refs, ts.doc_index, ts.start)
             if refs.type_of(m.key) == "City" and not m.metonym
             and refs.docs[m.doc_index][m.head].dep_ != "compound"]  # not "the Mill Creek footbridge"
    return [max(towns)[2]] if towns else []


def one_named(refs: Referents, di: int, tok: Token, kinds: set[str], story: bool = False,
              fits: frozenset[str] | None = None) -> list[str]:
    """The one entity of `kinds` named before `tok` in its paragraph or the one before; none if there are more
    ("Thai troops clashed with the Cambodian army. Army spokesman X" cannot say whose army). With `story`, of
    several, the one the text described with the same noun ("TEGUCIGALPA - ... in San Isidro, a farming town
    ... The town's mayor"); with `fits`, only those whose name ends in one of those words ("Orbeck Steel")."""
    found = [m for m in mentions_before(refs, di, tok.i) if refs.type_of(m.key) in kinds and not m.metonym
             and (fits is None or name_heads(refs.entity(m.key).label) & fits)]
    keys = {m.key for m in found}
    if len(keys) > 1 and story:  # the one described with the noun: "San Isidro, a farming town ... the town's mayor"
        keys = {m.key for m in found if any(c.dep_ == "appos" and c.lemma_.lower() == tok.lemma_.lower()
                                            for c in refs.docs[m.doc_index][m.head].children)}
    return sorted(keys) if len(keys) == 1 else []


def home_state(refs: Referents, di: int, tok: Token) -> list[str]:
    """The state a story is told in: its dateline's ("KAMPALA (Reuters) -": Uganda), else the one state named by
    its name before `tok`, never by a demonym ("two Kenyan tourists were robbed in Arusha" is no Kenyan story)."""
    dateline = dateline_state(refs)
    governed = governed_state(refs, di, tok.i)
    if dateline and governed and governed != dateline:  # talks abroad: the government the text named
        return governed
    if dateline:
        return dateline
    keys = {m.key for m in mentions_before(refs, di, tok.i) if refs.type_of(m.key) == "Country" and not m.metonym
            and (not m.demonym or _of_a_place(refs, m))}
    return sorted(keys) if len(keys) == 1 else []


def _of_a_place(refs: Referents, m: object) -> bool:
    """A demonym that places something ("the Kenyan town of Orsi"), not one that says who people are."""
    tok = refs.docs[m.doc_index][m.head]  # type: ignore[attr-defined]
    return tok.head.lemma_.lower() in refs.vocab.place_nouns


def dateline_state(refs: Referents) -> list[str]:
    """The state of the article's wire dateline ("KAMPALA (Reuters) -", "PEMBA, Mozambique -"), if it has one."""
    if dateline(refs) is None:
        return []
    state = dateline_state_name(refs)
    return [k for k, e in refs.ents.entities.items() if e.label == state and e.type == "Country"][:1] or \
        ([ensure_country(refs, state)] if state else [])


def states_word(refs: Referents, words: Span) -> bool:
    """Whether a lower-case word of `words` names a state's government or one of its bodies ("government",
    "police", "ministry")."""
    v = refs.vocab
    # lower case, or capitalised only as a sentence's first word ("Police spokesman X said"), not in a name
    return any((t.is_lower or t.is_sent_start) and (t.lemma_.lower() in v.state_nouns or t.lemma_.lower() in
               v.state_body_nouns or t.lower_ in v.state_force_words) for t in words)


def public_post(refs: Referents, words: Span) -> bool:
    """Whether words before a trade make it a state's post ("Ugandan army doctor X", "government economist X")."""
    v = refs.vocab
    return any(t.lemma_.lower() in v.state_nouns or t.lemma_.lower() in v.state_body_nouns
               or t.lower_ in v.armed_forces_heads for t in words)


def led_for(refs: Referents, di: int, doc: Doc, person: str) -> list[str]:
    """The state whose delegation or team the holder leads ("Chad's delegation, led by Defence Minister X")."""
    for m in refs.ents.in_doc(di):
        tok = doc[m.head]
        if m.key != person or tok.dep_ != "pobj" or tok.head.dep_ != "agent":
            continue
        verb = tok.head.head
        if verb.dep_ == "acl" and verb.lemma_.lower() in refs.vocab.heading_verbs:
            found = [k for c in verb.head.children if c.dep_ in ("poss", "amod", "compound") for k in refs.of(di, c)
                     if refs.type_of(k) == "Country"][:1]
            if not found and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in refs.vocab.state_nouns
                                 for c in verb.head.children):  # "the government delegation, led by X"
                found = governed_state(refs, di, verb.head.i)
            return found
    return []


def government_side(refs: Referents, di: int, doc: Doc, person: str) -> list[str]:
    """The state whose government the holder is said to speak for ("a government delegate, Deputy Foreign Minister
    X"): the one the text named as a government, wherever the dateline is."""
    for m in refs.ents.in_doc(di):
        tok = doc[m.head]
        if m.key != person:
            continue
        nouns = [tok.head] if tok.dep_ == "appos" else [c for c in tok.children if c.dep_ == "appos"]
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in refs.vocab.state_nouns
               for n in nouns for c in n.children):
            return governed_state(refs, di, tok.i)
    return []


def one_state_named(refs: Referents) -> list[str]:
    """The one state an article names by its name (not through a town or region of it: a police spokesman in
    "DELMAR HEIGHTS, Calif." is the town's; nor by its people: "two Kenyan tourists were robbed in Arusha"), else none."""
    keys = {m.key for m in refs.ents.mentions if refs.type_of(m.key) == "Country" and not m.metonym and not m.demonym
            and not (refs.docs[m.doc_index][m.head].dep_ == "pobj"  # not "fled into Kenya", "arms from Iran"
                     and refs.docs[m.doc_index][m.head].head.lower_ in ("from", "into", "to", "toward", "towards", "across",
                                                                         "with", "against", "by"))}
    return sorted(keys) if len(keys) == 1 else []


def _states_referred(refs: Referents) -> set[str]:
    """The states an article refers to: by name, people or capital, or as the state its places and bodies are of."""
    return {refs.entity(m.key).label if refs.type_of(m.key) == "Country" else refs.entity(m.key).state
            for m in refs.ents.mentions} - {None}


def only_state(refs: Referents) -> list[str]:
    """The state of an article that names one state only (by its name, people or capital), else none; a state
    known only as the one its towns lie in is not named."""
    labels = _states_referred(refs)
    # named by its name, people, capital or a body of its own ("the Bundestag"); not only as the state a town or
    # region lies in ("toured Dayton, Ohio")
    named = {refs.entity(m.key).label if refs.type_of(m.key) == "Country" else refs.lex.capitals.get(refs.entity(m.key).label)
             if refs.type_of(m.key) in ("City", "Region") else refs.entity(m.key).state for m in refs.ents.mentions}
    if not labels <= named:
        return []
    # a counterpart's state is another's: "Minister X met her Kenyan counterpart" does not make X Kenya's
    others = any(of_counterpart(refs, m) for m in refs.ents.mentions)
    if len(labels) != 1 or others:
        return []
    label = labels.pop()
    return [next((k for k, e in refs.ents.entities.items() if e.label == label and e.type == "Country"), None)
            or ensure_country(refs, label)]


def reported_for(refs: Referents, di: int, doc: Doc, person: str) -> list[str]:
    """'Lithuania holds Belarus responsible, foreign ministry spokesman X said': a spokesperson whose body goes
    unnamed speaks for the state or body that is the subject of what they report."""
    heads = [m.head for m in refs.ents.in_doc(di) if m.key == person]
    for h in heads:
        tok = doc[h]
        verb = tok.head
        if tok.dep_ != "nsubj" or not lemma_in(verb, refs.vocab.speech_verbs):
            continue
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("parataxis", "ccomp", "conj"):
            clauses.append(verb.head)
        for cl in clauses:
            for subj in (c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = [k for k in refs.all_of(di, subj) if refs.type_of(k) in ACTOR_TYPES - {"Person"}]
                if found:
                    return found
    return []


def of_counterpart(refs: Referents, m: object) -> bool:
    """Whether a mention names the state of someone's counterpart ("her Kenyan counterpart")."""
    tok = refs.docs[m.doc_index][m.head]  # type: ignore[attr-defined]
    title = refs.lex.titles.get(tok.head.lemma_.lower())
    return tok.dep_ in ("amod", "compound", "poss") and title is not None and title.kind == "counterpart"


def service_body(refs: Referents, ts: TitleSpan, doc: Doc) -> list[str]:
    """Whom a court's, a police's or a prosecution's office with no body named for it acts for ("Police Commissioner
    X", "Judge X", "regional police commander X"): the one police body the article names, or the one court its
    paragraph names (not as where a case goes: "appealed to the Supreme Court"), else the state of a story told in
    one state only (`only_state`; never an international court's: "International Criminal Court"). A judge or a
    prosecutor only in a paragraph about the law ("Judge X scored the fight" is no state's)."""
    service = _state_service(refs, ts, doc)
    v = refs.vocab
    if service is None or service != "police" and not any(t.lemma_.lower() in v.legal_context_words for t in doc):
        return []
    if len(_states_referred(refs)) > 1:
        return []  # ("NAIROBI - The Uganda Police Force said ... Police Commissioner X": whose, it does not say)
    if service == "police":
        named = state_police(refs)
    else:
        named = sorted({m.key for m in refs.ents.in_doc(ts.doc_index) if refs.type_of(m.key) == "GovernmentOrganization"
                        and set(v.court_heads) & set(refs.entity(m.key).label.lower().split())
                        and not (doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ == "to")}) if service == "court" else []
    if len(named) == 1:
        return named
    international = any(t.lower_ == "international" and any(w.lower_ in v.court_heads for w in doc[t.i + 1:t.i + 4])
                        for d in refs.docs for t in d)
    return [] if international or any(refs.type_of(m.key) == "IntergovernmentalOrganization" for m in refs.ents.mentions) \
        else only_state(refs)


def _state_service(refs: Referents, ts: TitleSpan, doc: Doc) -> str | None:
    """"police", "court" or "state" (a prosecutor's) for the office of a state's police, courts or prosecution written
    before its holder (or in apposition), with nothing before it that names another body ("Judge X", "the presiding
    judge, X", "Kaduna state police commissioner X"; not "Mossbury police chief X", "the union's lawyer"); else None."""
    v, phrase = refs.vocab, ts.title.phrase
    police_head = phrase.split()[-1] in v.police_head_words and ts.start > 0 and doc[ts.start - 1].lower_ in v.state_police_nouns
    if phrase not in v.state_service_offices and not police_head \
            or ts.end < len(doc) and doc[ts.end].tag_ == "POS":  # ("the attorney general's office": no holder here)
        return None
    i = ts.start
    while i > 0 and (doc[i - 1].lower_ in v.service_modifiers or doc[i - 1].text == "-" or any(
            refs.type_of(k) in ("Region", "Country") for k in refs.ents.at(ts.doc_index, doc[i - 1]))):
        i -= 1
    before = doc[i - 1] if i > 0 else None
    if before is not None and (before.tag_ == "POS" or before.dep_ in ("compound", "amod", "nmod", "poss")
                               and before.pos_ in ("PROPN", "NOUN", "ADJ")):
        return None
    words = set(phrase.split())
    return "police" if police_head or words & v.state_police_nouns else "court" if words & v.judging_words else "state"


def army_state(refs: Referents, ts: TitleSpan, doc: Doc) -> list[str]:
    """"Army chief of staff General X", "the army chief, X": an office of a state's army with none named for it is
    the army's, if the article names one, else the state the story is told in (not a rebel army's, nor the rank
    after a spokesman's title: "army spokesman Capt. X")."""
    near = doc[max(0, ts.start - 2):ts.end]
    if not any(t.lower_ in refs.vocab.state_force_words for t in near) \
            or any(t.lower_ in refs.vocab.dissident_words for t in near) \
            or (ts.doc_index, ts.start - 1) in refs.ents.title_tokens:
        return []
    forces = sorted({k for k, e in refs.ents.entities.items() if e.type == "ArmedForces" and e.state})
    return forces if len(forces) == 1 else home_state(refs, ts.doc_index, doc[ts.start]) or dateline_state(refs)
