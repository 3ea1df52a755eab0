"""Who holds which office for whom: `represents` (and `spokespersonFor`) from the constructions that
name a person's post: a title before the name ("Foreign Minister X", "Coast Guard spokesman Lt. X"),
an apposition ("X, the acting Prime Minister of Y"; "a spokesperson, X"; "X, another Y employee"),
a copula ("X is Y's ambassador"), naming verbs ("named X publisher of Y"), "X of Y", "Y's X", a relative
clause with a verb of running a body ("X, who directs Y"), and a nationality shared over coordination
("Israeli prime minister A and energy minister B")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..entities import TitleSpan, party_tag, party_tag_at
from ..model import Event
from .evidence import Evidence
from .frames import obliques_of, owners_of
from .modality import lemma_in
from .refer import ACTOR_TYPES, BODIES_AND_STATES, BODY_TYPES, PLACE_TYPES, Pos, Referents

OFFICE_BODIES = (ACTOR_TYPES - {"Person"}) | {"City", "Region"}
NAMING_VERBS = {"name", "appoint", "elect", "make", "nominate", "promote", "choose", "select", "install"}


@dataclass
class Offices:
    """The offices of one article: their events, who holds each title, and whom each person acts for."""

    events: list[Event] = field(default_factory=list)
    holders: dict[str, list[tuple[Pos, str]]] = field(default_factory=dict)
    affiliation: dict[str, set[str]] = field(default_factory=dict)
    voice_of: dict[str, list[str]] = field(default_factory=dict)  # spokesperson -> the bodies they speak for


def find_offices(refs: Referents, ev: Evidence) -> Offices:
    """Every office the article names, with its holder and the bodies it acts for."""
    out = Offices()
    inherited: dict[tuple[int, int], list[str]] = {}  # person head -> bodies named for a coordinated title
    for ts in sorted(refs.ents.titles, key=lambda t: (t.doc_index, t.start)):
        if ts.title.kind == "none" and ts.title.phrase not in refs.vocab.party_offices:
            continue  # (a party's candidate runs for it: "Labor Party candidate X" acts for the party alone)
        doc = refs.docs[ts.doc_index]
        person = _holder(refs, ts, doc)
        if person is None:
            continue
        pos = (ts.doc_index, ts.start)
        words = ts.title.phrase.split()
        # "the town's mayor" is not its vice mayor: a subordinate's title holds only under its whole phrase
        bare = [] if words[0] in refs.vocab.subordinate_title_words else [words[-1]]
        for phrase in {ts.title.phrase, *bare}:
            out.holders.setdefault(phrase, []).append((pos, person))
        if any(_former(refs, doc[i]) for i in range(max(0, ts.start - 2), ts.start)) \
                or _past(refs, doc[ts.end - 1]):
            continue  # "its former columnist X", "ex-minister X", "ambassador until March": no longer acts for it
        bodies = _bodies(refs, ts, doc, person)
        head = doc[ts.end - 1]
        if not bodies:
            bodies = inherited.get((ts.doc_index, _person_head(refs, ts, person)), [])
        else:
            for c in _coordinated_people(refs, ts, person):
                inherited[(ts.doc_index, c)] = [b for b in bodies if refs.type_of(b) == "Country"]
        if not bodies and ts.title.state:
            bodies = [k for k, e in refs.ents.entities.items() if e.label == ts.title.state] or \
                     [refs.ensure_country(ts.title.state)]
        if not bodies and ts.title.phrase in refs.vocab.town_offices and doc[ts.start].is_title:
            bodies = _last_town(refs, ts)  # "... the town ... Mayor X said": the town just named
        if not bodies and ts.start > 0 and doc[ts.start - 1].lower_ in refs.vocab.regional_words and (
                ts.title.phrase in refs.vocab.regional_offices or ts.title.phrase.endswith("minister")):
            bodies = _one_named(refs, ts.doc_index, doc[ts.start], {"Region"})  # "... Balochistan province ...
            # provincial home minister X": the one region named before
        if not bodies and ts.title.phrase in refs.vocab.region_head_offices and doc[ts.start].is_title:
            bodies = _one_named(refs, ts.doc_index, doc[ts.start], {"Region"})  # "Premier X" of the one province named
            if not bodies:
                continue  # a premier or governor is no state's
        if not bodies and _state_office(refs, ts, doc):
            # the article's one state, else the state whose act the holder reports ("The Netherlands
            # accused Iran ..., Foreign Minister X said")
            reported = [k for k in _reported_for(refs, ts.doc_index, doc, person) if refs.type_of(k) == "Country"]
            if doc[ts.start].is_lower:  # "health minister X said", as wires write it: the dateline's state, or none
                bodies = _dateline_state(refs)  # ("Japan donated ambulances to Dala, health minister X said")
            else:
                # the article's one state; else its dateline's ("VILNIUS, Lithuania - ... Interior Minister X said
                # Minsk bore the blame"); else the state whose act X reports (not "A and B agreed, ...")
                bodies = _only_state(refs) or _led_for(refs, ts.doc_index, doc, person) or _dateline_state(refs) \
                    or (reported if len(reported) == 1 else [])
        if not bodies and ts.title.kind == "spokesperson":
            bodies = _reported_for(refs, ts.doc_index, doc, person)
            bodies = bodies if len(bodies) == 1 else []  # not "said Kenya and Uganda had met": whose, it does not say
            state_word = _states_word(refs, doc[max(0, ts.start - 2):ts.end])
            if not state_word:  # a state's spokesperson says whose ("ministry spokesman"); a bare one may be anyone's
                bodies = [k for k in bodies if refs.type_of(k) != "Country"]
            if state_word:
                # a "government spokeswoman", a "police spokesman": a state's, not the rebels' whose raid they report;
                # the state named before, if only one is
                bodies = [k for k in bodies if refs.type_of(k) == "Country"] or _home_state(refs, ts.doc_index, doc[ts.start]) \
                    or _one_state_named(refs)  # "Police spokesman X said ..., the deadliest attack in Niger this year"
        family = "spokespersonFor" if ts.title.kind == "spokesperson" else "represents"
        _add(out, refs, ev, family, person, bodies, ts.doc_index, head, 0.85, ts.title.phrase)
        if ts.title.kind == "spokesperson":  # a spokesperson's statements are the body's (states first)
            spoken = sorted(out.affiliation.get(person, set()), key=lambda k: (refs.type_of(k) != "Country", k))
            out.voice_of.setdefault(person, []).extend(k for k in spoken if k not in out.voice_of.get(person, []))
    for m in refs.ents.mentions:
        if m.type == "Person":
            _person_links(out, refs, ev, m.doc_index, refs.docs[m.doc_index], m)
    # "X, a spokesman for Sudan's defence ministry, blamed Y": a spokesperson named in apposition speaks for it too
    spoken_for = sorted({(e.agent, e.target) for e in out.events if e.family == "spokespersonFor"},
                        key=lambda p: (p[0], refs.type_of(p[1]) != "Country", p[1]))
    for person, body in spoken_for:
        if body not in out.voice_of.setdefault(person, []):
            out.voice_of[person].append(body)
    return out


def _state_office(refs: Referents, ts: TitleSpan, doc: Doc) -> bool:
    """A state's office written as a title before its holder's name, with nothing before it that could name
    another body ("President X", not "the union's president, X" or "regional president X")."""
    phrase = ts.title.phrase
    minister = phrase.endswith("minister")  # "transport minister X said", as wires write it, is a state's too
    if not (phrase in refs.vocab.state_offices or minister) or not (doc[ts.start].is_title or minister):
        return False
    start = ts.start
    while minister and start > 0 and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" \
            and not refs.ents.at(ts.doc_index, doc[start - 1]):
        start -= 1  # "Natural Resources Minister X": the portfolio, named by no mention
    before = doc[start - 1] if start > 0 else None
    return before is None or before.lower_ in refs.vocab.national_words \
        or before.dep_ not in ("amod", "compound", "poss", "nmod", "case") and before.tag_ != "POS"


def _named_by_noun(refs: Referents, di: int, noun: Token, person: str) -> list[str]:
    """The body last named of the kind a lower-case noun before a title says ("party leader X"), unless
    a word before it says another one ("opposition party leader X")."""
    if noun.i > 0 and noun.doc[noun.i - 1].lower_ in refs.vocab.other_words:
        return []
    return [k for k in refs.named_by_head(di, noun) if k != person]


def _last_town(refs: Referents, ts: TitleSpan) -> list[str]:
    """The town named last before a title, in its paragraph or the one before (a dateline's town included), as
    a place and not as the name on something else."""
    towns = [(m.doc_index, m.start, m.key) for m in refs.mentions_before(ts.doc_index, ts.start)
             if refs.type_of(m.key) == "City" and not m.metonym
             and refs.docs[m.doc_index][m.head].dep_ != "compound"]  # not "the Mill Creek footbridge"
    return [max(towns)[2]] if towns else []


def _one_named(refs: Referents, di: int, tok: Token, kinds: set[str]) -> list[str]:
    """The one entity of `kinds` named before `tok` in its paragraph or the one before; none if there are more
    ("Thai troops clashed with the Cambodian army. Army spokesman X" cannot say whose army)."""
    keys = {m.key for m in refs.mentions_before(di, tok.i) if refs.type_of(m.key) in kinds and not m.metonym}
    return sorted(keys) if len(keys) == 1 else []


def _home_state(refs: Referents, di: int, tok: Token) -> list[str]:
    """The state a story is told in: its dateline's ("KAMPALA (Reuters) -": Uganda), else the one state named by
    its name before `tok`, never by a demonym ("two Kenyan tourists were robbed in Arusha" is no Kenyan story)."""
    dateline = _dateline_state(refs)
    if dateline:
        return dateline
    keys = {m.key for m in refs.mentions_before(di, tok.i) if refs.type_of(m.key) == "Country" and not m.metonym
            and (not m.demonym or _of_a_place(refs, m))}
    return sorted(keys) if len(keys) == 1 else []


def _of_a_place(refs: Referents, m: object) -> bool:
    """A demonym that places something ("the Kenyan town of Orsi"), not one that says who people are."""
    tok = refs.docs[m.doc_index][m.head]  # type: ignore[attr-defined]
    return tok.head.lemma_.lower() in refs.vocab.place_nouns


def _dateline_state(refs: Referents) -> list[str]:
    """The state of the article's wire dateline ("KAMPALA (Reuters) -", "PEMBA, Mozambique -"), if it has one."""
    first = refs.dateline()
    if first is not None:
        after = next((m.key for m in refs.ents.mentions if m.doc_index == first.doc_index and m.start == first.end + 1
                      and refs.type_of(m.key) == "Country"), None)  # "PEMBA, Mozambique"
        dateline = first.key
        state = refs.entity(dateline).label if refs.type_of(dateline) == "Country" else \
            (refs.entity(after).label if after else refs.entity(dateline).state)
        return [k for k, e in refs.ents.entities.items() if e.label == state and e.type == "Country"][:1] or \
            ([refs.ensure_country(state)] if state else [])
    return []


def _states_word(refs: Referents, words: Span) -> bool:
    """Whether a lower-case word of `words` names a state's government or one of its bodies ("government",
    "police", "ministry")."""
    v = refs.vocab
    # lower case, or capitalised only as a sentence's first word ("Police spokesman X said"), not in a name
    return any((t.is_lower or t.is_sent_start) and (t.lemma_.lower() in v.state_nouns or t.lemma_.lower() in
               v.state_body_nouns or t.lower_ in v.state_force_words) for t in words)


def _public(refs: Referents, words: Span) -> bool:
    """Whether words before a trade make it a state's post ("Ugandan army doctor X", "government economist X")."""
    v = refs.vocab
    return any(t.lemma_.lower() in v.state_nouns or t.lemma_.lower() in v.state_body_nouns
               or t.lower_ in v.armed_forces_heads for t in words)


def _led_for(refs: Referents, di: int, doc: Doc, person: str) -> list[str]:
    """The state whose delegation or team the holder leads ("Chad's delegation, led by Defence Minister X")."""
    for m in refs.ents.in_doc(di):
        tok = doc[m.head]
        if m.key != person or tok.dep_ != "pobj" or tok.head.dep_ != "agent":
            continue
        verb = tok.head.head
        if verb.dep_ == "acl" and verb.lemma_.lower() in refs.vocab.heading_verbs:
            return [k for c in verb.head.children if c.dep_ in ("poss", "amod", "compound") for k in refs.of(di, c)
                    if refs.type_of(k) == "Country"][:1]
    return []


def _one_state_named(refs: Referents) -> list[str]:
    """The one state an article names by its name (not through a town or region of it: a police spokesman in
    "DELMAR HEIGHTS, Calif." is the town's; nor by its people: "two Kenyan tourists were robbed in Arusha"), else none."""
    keys = {m.key for m in refs.ents.mentions if refs.type_of(m.key) == "Country" and not m.metonym and not m.demonym
            and not (refs.docs[m.doc_index][m.head].dep_ == "pobj"  # not "fled into Kenya", "arms from Iran"
                     and refs.docs[m.doc_index][m.head].head.lower_ in ("from", "into", "to", "toward", "towards", "across",
                                                                         "with", "against", "by"))}
    return sorted(keys) if len(keys) == 1 else []


def _only_state(refs: Referents) -> list[str]:
    """The state of an article that names one state only (by its name, people or capital), else none; a state
    known only as the one its towns lie in is not named."""
    labels = {refs.entity(m.key).label if refs.type_of(m.key) == "Country" else refs.entity(m.key).state
              for m in refs.ents.mentions} - {None}
    # named by its name, people, capital or a body of its own ("the Bundestag"); not only as the state a town or
    # region lies in ("toured Dayton, Ohio")
    named = {refs.entity(m.key).label if refs.type_of(m.key) == "Country" else refs.lex.capitals.get(refs.entity(m.key).label)
             if refs.type_of(m.key) in ("City", "Region") else refs.entity(m.key).state for m in refs.ents.mentions}
    if not labels <= named:
        return []
    # a counterpart's state is another's: "Minister X met her Kenyan counterpart" does not make X Kenya's
    others = any(_of_counterpart(refs, m) for m in refs.ents.mentions)
    if len(labels) != 1 or others:
        return []
    label = labels.pop()
    return [next((k for k, e in refs.ents.entities.items() if e.label == label and e.type == "Country"), None)
            or refs.ensure_country(label)]


def _reported_for(refs: Referents, di: int, doc: Doc, person: str) -> list[str]:
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


def _add(out: Offices, refs: Referents, ev: Evidence, family: str, person: str, bodies: list[str], di: int,
         trigger: Token, confidence: float, role: str | None) -> None:
    if role in refs.vocab.party_offices or trigger.lemma_.lower() in refs.vocab.party_offices:
        bodies = [b for b in bodies if refs.is_party(b)]  # "Labor Party candidate X", "X, candidate of the PRD"
    for body in bodies:
        # a governor or mayor acts for the region or city itself, not for the state it lies in
        lifted = [body] if refs.type_of(body) in ("City", "Region") else refs.with_state(body)
        for b in lifted:
            if b == person or refs.type_of(b) not in OFFICE_BODIES:
                continue
            out.affiliation.setdefault(person, set()).add(b)
            out.events.append(ev.event(family, person, b, di, trigger, confidence=confidence, role=role))


def _person_at(refs: Referents, di: int) -> dict[int, str]:
    return {m.start: m.key for m in refs.ents.in_doc(di) if m.type == "Person"}


def _person_head(refs: Referents, ts: TitleSpan, person: str) -> int:
    return next((m.head for m in refs.ents.in_doc(ts.doc_index) if m.key == person
                 and m.start >= ts.end), -1)


def _coordinated_people(refs: Referents, ts: TitleSpan, person: str) -> list[int]:
    """Heads of the people coordinated with this title's holder ("A and energy minister B")."""
    head = _person_head(refs, ts, person)
    if head < 0:
        return []
    tok = refs.docs[ts.doc_index][head]
    return [c.i for c in tok.children if c.dep_ == "conj"]


def _next_title_end(refs: Referents, di: int, end: int) -> int:
    """Skip a rank or second title right after a title ("spokesman Lt. X")."""
    while (di, end) in refs.ents.title_tokens:
        end = refs.ents.title_tokens[(di, end)].end
    return end


def _holder(refs: Referents, ts: TitleSpan, doc: Doc) -> str | None:
    di = ts.doc_index
    person_at = _person_at(refs, di)
    end = _next_title_end(refs, di, ts.end)
    if end in person_at:
        return person_at[end]
    head = doc[ts.end - 1]
    root = head
    while root.dep_ in ("compound", "amod") and root.head.i > root.i:
        root = root.head
    people = [k for c in root.children if c.dep_ == "appos" for k in refs.of(di, c) if refs.type_of(k) == "Person"]
    if root.dep_ in ("appos", "nmod", "compound"):  # "Special Representative for Iran Brian Hook"
        people += [k for k in refs.of(di, root.head) if refs.type_of(k) == "Person"]
    if root.dep_ == "conj":  # "X, a critic of the plan and president of Y", however the parser hangs "president"
        up = next((a for a in list(root.ancestors)[:4] if a.dep_ == "appos"), None)
        people += [k for k in refs.of(di, up.head) if refs.type_of(k) == "Person"] if up is not None else []
    tag = party_tag_at(root.head, refs.lex) if root.dep_ in ("appos", "nmod", "conj") else None
    if tag is not None and tag >= 2:  # "Sen. X, D-Calif., chairman of Y" with the title hung on the tag
        people += [k for k in refs.of(di, doc[tag - 2]) if refs.type_of(k) == "Person"]
    if people:
        return people[0]
    right = root.right_edge.i + 1
    if right < len(doc) and doc[right].text == "," and right + 1 in person_at and not _possessor_at(refs, di, doc, right + 1):
        return person_at[right + 1]  # "a spokesman for X, Y," but not "a spokesman for X, Y's former employer,"
    if right in person_at and root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return person_at[right]
    inside = {t.i for t in root.subtree}
    for start, key in sorted(person_at.items()):  # "the prosecutor general of X, Ali Mehr,"
        if start > ts.end and doc[start - 1].text == "," and any(
                m.head in inside and not _in_relative(doc[m.head], root) for m in refs.ents.in_doc(di) if m.start == start):
            return key
    gov = root.head
    if root.dep_ in ("attr", "oprd") and gov.lemma_ in ("be", "become", "remain", *NAMING_VERBS):
        for c in gov.children:  # "X is Russia's ambassador", "named X publisher of Y"
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd") and c.i != root.i:
                found = [k for k in refs.of(di, c) if refs.type_of(k) == "Person"]
                if found:
                    return found[0]
    return None


def _bodies(refs: Referents, ts: TitleSpan, doc: Doc, person: str) -> list[str]:
    """The bodies an office acts for: named before the title in its phrase, or after one of the
    title's prepositions, or after the holder's name ("Chancellor X of Austria")."""
    di = ts.doc_index
    out: list[str] = []
    root = doc[ts.end - 1]
    while root.dep_ in ("compound", "amod") and root.head.i > root.i and (di, root.head.i) not in refs.ents.by_token:
        root = root.head
    for i in range(min(root.left_edge.i, ts.start), ts.start):
        out += [k for k in refs.ents.at(di, doc[i]) if k != person and k not in out]
        common = doc[i].pos_ == "NOUN" or doc[i].is_lower or doc[i].is_sent_start
        if not out and common and doc[i].lemma_.lower() in refs.vocab.body_nouns:
            out += [k for k in refs.of(di, doc[i]) if k != person]  # "company spokesman X"
            if not out and doc[i].is_sent_start and not doc[i].is_lower:  # "Guild general secretary X said"
                out += _named_by_noun(refs, di, doc[i], person)
        elif not out and common and doc[i].lower_ in refs.vocab.armed_forces_heads:
            out += _one_named(refs, di, doc[i], {"ArmedForces"})  # "Army spokesman X": the army, if one is named
    first = doc[ts.start]
    common = first.is_lower or first.is_sent_start and not refs.ents.at(di, first)  # "Party leader X said"
    if not out and ts.end - ts.start > 1 and common and first.lemma_.lower() in refs.vocab.body_nouns:
        out += _named_by_noun(refs, di, first, person)  # "party leader X": the party
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
        elif not out and doc[i].pos_ == "ADJ" and doc[i].is_lower and doc[i].lower_ in refs.vocab.body_nouns:
            out += _named_by_noun(refs, di, doc[i], person)  # "a cooperative spokeswoman"
        elif not out and doc[i].dep_ == "poss" and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in refs.vocab.place_nouns:
            # "the country's prime minister", "the city's mayor": the one such place named before
            out += _one_named(refs, di, doc[i], {refs.vocab.place_nouns[doc[i].lemma_.lower()]})
        i -= 1
    if any(refs.type_of(k) == "Organization" for k in out):  # "Norway's Agrarian Workers' Party Secretary X":
        out = [k for k in out if refs.type_of(k) != "Country"]  # the party's, which is Norway's only as a place
    if ts.title.private and not _public(refs, doc[max(0, ts.start - 3):ts.start]):
        # "Dallas nightclub owner X", "British journalist X": from there, not acting for it
        out = [k for k in out if refs.type_of(k) not in PLACE_TYPES]
    hosts = [doc[ts.end - 1], root]
    hosts += [doc[m.head] for m in refs.ents.in_doc(di) if m.key == person
              and ts.end <= m.start <= _next_title_end(refs, di, ts.end)]
    nxt = doc[ts.end] if ts.end < len(doc) else None
    # "a critic of the plan and president of Y" with "of Y" hung on "plan": the preposition right after a title is its own
    stray = [nxt] if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in ts.title.preps and root.dep_ == "conj" \
        and nxt.head.i not in (ts.end - 1, root.i) else []
    for tok in hosts:
        for c in [*tok.children, *(stray if tok is hosts[0] else ())]:
            if c.dep_ == "prep" and c.lower_ in ts.title.preps:
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    found = [k for k in refs.all_of(di, p) if k not in out and k != person]
                    out += found
                    if not found and not _no_post(refs, p):  # "spokesman for X's ministry", not "adviser to X's
                        # rival", nor "chairman of the paper's owner, Y": Y's
                        out += [k for pc in p.children if pc.dep_ == "poss" for k in refs.of(di, pc) if k not in out]
    if ts.title.kind == "counterpart":
        out = [k for k in out if refs.type_of(k) == "Country"]
    return [k for k in out if refs.type_of(k) in OFFICE_BODIES or refs.type_of(k) != "Person" and refs.entity(k).state]


def _person_links(out: Offices, refs: Referents, ev: Evidence, di: int, doc: Doc, m: object) -> None:
    """Links that need no title word from the lexicon: "X of Y", "Y's X", "X, who directs Y", and an
    apposition naming a post with its body ("X, another Y employee", "X, shearer for Y")."""
    tok: Token = doc[m.head]  # type: ignore[attr-defined]
    key: str = m.key  # type: ignore[attr-defined]
    last = doc[m.end - 1]  # type: ignore[attr-defined]
    found: list[tuple[str, float, Token]] = []
    own = any(c.dep_ == "prep" and c.lower_ in ("of", "at", "from") for c in tok.children)
    # "A and B of Y": B's "of Y" is A's too, unless A has its own ("A of X and B of Y")
    ends = [tok] + ([] if own else [c for c in tok.children if c.dep_ == "conj"][-1:])
    for host in ends:
        for c in host.children:
            # "Gilmore, of the Downtown Seattle Association, said": a body's, not a state's ("X, of Norway")
            set_off = c.lower_ == "of" and c.i == last.i + 2 and doc[last.i + 1].text == "," and host.i == tok.i \
                and any(d.lower_ == "the" for p in c.children if p.dep_ == "pobj" for d in p.children)
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "from") and (host.i != tok.i or c.i == last.i + 1 or set_off):
                # a town's or region's council stands for it: "X, of the Ostra town council"
                council = any(p.pos_ == "NOUN" and p.lemma_.lower() in refs.vocab.body_nouns
                              for p in c.children if p.dep_ == "pobj")  # not "X, of the Kolmar region"
                kinds = BODY_TYPES | ({"Country"} if c.lower_ == "of" and not set_off else set()) | \
                    ({"City", "Region"} if council else set())
                found += [(k, 0.7, tok) for k in _bodies_in(refs, di, c) if refs.type_of(k) in kinds]
    # "Sen. X, R-Iowa, who chairs Y", "Rep. X, D-N.M., a member of Y": what the parser hung on the party tag is X's
    tag_end = party_tag(doc, last.i + 2, refs.lex) if last.i + 2 < len(doc) and doc[last.i + 1].text in (",", "(") else 0
    tagged = [c for t in doc[last.i + 2:tag_end] for c in t.children if c.dep_ in ("relcl", "appos") and c.i >= tag_end]
    for c in [*tok.children, *tagged]:
        # "BBC's Jonathan Marcus"; not a name whose own "'s" the parser took for one ("Saint Aldric's College and X")
        if c.dep_ == "poss" and not any(n.start <= c.i and n.end > c.i + 2 for n in refs.ents.in_doc(di)):
            found += [(k, 0.7, tok) for k in refs.of(di, c) if refs.type_of(k) in BODY_TYPES]
        if c.dep_ == "relcl" and not _past(refs, c) and not _whose(c):  # "X, who directs Y", "X, who works for Y"
            found += [(k, 0.75, c) for k in _employers(refs, di, c)]
    # "X heads Y", "X covers the White House for Y"; the subject may be a word inside the name the parser split
    # ("Pieter van Doorn chairs Y" with "van" the subject)
    verb = _verb_of_subject(tok, doc[m.start:m.end])  # type: ignore[attr-defined]
    if verb is not None and not _past(refs, verb):  # not "chaired Y until 2015"
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
            and not _no_post(refs, doc[i]):  # "CBS anchorman Dan Rather"; not "Highway 50 sniper X"
        found += [(k, 0.7, doc[i]) for k in refs.ents.at(di, doc[i - 1]) if refs.type_of(k) in BODY_TYPES]
    posts = [c for c in [*tok.children, *tagged] if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    for post in posts:
        if post.pos_ != "NOUN" or _no_post(refs, post) or (di, post.i) in refs.ents.by_token or _past(refs, post):
            continue  # not "the mayor's killer, X", nor "a former Dravik Group executive"
        mods = [c for c in post.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        bodies = [k for c in mods for k in refs.of(di, c) if refs.type_of(k) in BODY_TYPES]
        bodies += [k for c in post.children if c.dep_ == "prep" and c.lower_ in ("for", "with", "at", "of", "in")
                   for k in _bodies_in(refs, di, c) if refs.type_of(k) in BODY_TYPES]
        found += [(k, 0.7, post) for k in bodies]
    if any(_former(refs, t) for t in doc[max(0, m.start - 4):m.start]):  # type: ignore[attr-defined]
        return  # "its former columnist X", "Ex-foreign minister X of Kenya"
    if last.i + 2 < len(doc) and doc[last.i + 1].lower_ == "of":  # "Presidents A of B and C of D", however parsed
        found += [(k, 0.7, tok) for k in refs.ents.at(di, doc[last.i + 2]) if refs.type_of(k) == "Country"]
    for k, conf, trig in dict.fromkeys(found):
        if k != key:
            _add(out, refs, ev, "represents", key, [k], di, trig, conf, None)


def _of_counterpart(refs: Referents, m: object) -> bool:
    """Whether a mention names the state of someone's counterpart ("her Kenyan counterpart")."""
    tok = refs.docs[m.doc_index][m.head]  # type: ignore[attr-defined]
    title = refs.lex.titles.get(tok.head.lemma_.lower())
    return tok.dep_ in ("amod", "compound", "poss") and title is not None and title.kind == "counterpart"


def _whose(clause: Token) -> bool:
    """A relative clause about someone else: "X, whose husband works for Y"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ == "whose" for w in c.children) for c in clause.children)


def _former(refs: Referents, tok: Token) -> bool:
    """A word that makes a post one held before: "former", "retired", and "ex-" ("Ex-foreign minister", "ex-CEO")."""
    return tok.lower_ in refs.vocab.former_words or tok.lower_.startswith("ex-") or \
        tok.lower_ == "ex" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"


def _past(refs: Referents, post: Token) -> bool:
    """Whether a post, or a verb of work, is one held before: "a former Dravik Group executive", "ambassador
    until March", "chief executive from 2010 to 2015", "reported for X before joining Y"."""
    if any(_former(refs, t) for t in post.subtree if t.i < post.i):
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


def _no_post(refs: Referents, noun: Token) -> bool:
    """A noun for someone that is no post held for anyone: a tie ("friend") or a role the lexicon marks
    as no mandate ("killer", "sniper", "suspect")."""
    lemma = noun.lemma_.lower()
    if lemma in refs.vocab.party_offices:
        return False  # a party's candidate (kept to parties by _add)
    title = refs.lex.titles.get(lemma) or refs.lex.titles.get(noun.lower_)
    return lemma in refs.vocab.no_mandate or title is not None and title.kind == "none"


def _possessor_at(refs: Referents, di: int, doc: Doc, start: int) -> bool:
    """Whether the name starting at `start` is followed by a possessive "'s" (a name inside a longer phrase)."""
    ends = [m.end for m in refs.ents.in_doc(di) if m.start == start]
    return any(e < len(doc) and doc[e].tag_ == "POS" for e in ends)


def _in_relative(tok: Token, root: Token) -> bool:
    """Whether a token lies in a relative clause below `root` ("a lawyer for X, whose client, Y, ...": Y is not
    the lawyer)."""
    t = tok
    while t.i != root.i and t.head.i != t.i:
        if any(c.lower_ == "whose" for c in t.children) or t.dep_ == "relcl" and any(
                c.lower_ in ("who", "whom", "which", "that") for c in t.children):
            return True  # not a clause the parser took for one ("A law professor, Wright helped ...")
        t = t.head
    return False


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
    # "chairs the union's strike committee", "heads the sales department of Y": the body the unit belongs to (not
    # "runs Norway's biggest advertising agency", a body of its own)
    objs += [w for o in objs if not refs.all_of(di, o) and o.pos_ == "NOUN" and o.lemma_.lower() in v.unit_nouns
             for w in owners_of(o)]
    jailed = any(o.dep_ == "dobj" and o.lemma_.lower() in v.sentence_nouns for o in verb.children)
    if lem in v.office_verbs | v.work_verbs and not jailed:  # "covers the White House for Y": "for" may hang on
        hosts = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # the object; not "serving a sentence at Y"
        objs += [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "at", "with")
                 for o in p.children if o.dep_ == "pobj"]
        if lem in v.work_verbs and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            objs.append(verb.head)  # "the Lenin Shipyard, where X works"
            if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in":
                objs.append(verb.head.head.head)  # "the Lenin Shipyard in Gdansk, where X works"
    if lem in v.serving_verbs:  # "serves as the board's ombudsman", "works as chief engineer of Y": a post held
        for p in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"):
            for post in (o for o in p.children if o.dep_ == "pobj" and not _no_post(refs, o)
                         and _hyphened_word(o) not in v.no_mandate):  # "a go-between for A and B" acts for neither
                objs += owners_of(post, ("of", "for", "at"))
    current = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "neg") or c.lower_ in ("once", "longer")
                                                      for c in verb.children)
    if lem == "sit" and current:  # "sits on the board of Y", "sits on Y's board"; not "sat", "no longer sits"
        for p in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"):
            for seat in (o for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in v.seat_nouns):
                objs += owners_of(seat)
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
        found = refs.all_of(di, p)
        out += found
        if not found or (di, p.i) in refs.ents.by_token:
            out += [k for c in p.children if c.dep_ == "poss" for k in refs.of(di, c)]
        if not found and p.pos_ == "NOUN" and p.lemma_.lower() in refs.vocab.unit_nouns:
            # "a member of the engineering department at Y": the body the unit belongs to
            out += [k for c in p.children if c.dep_ == "prep" and c.lower_ in ("at", "of")
                    for q in c.children if q.dep_ == "pobj" for k in refs.all_of(di, q)]
    return out
