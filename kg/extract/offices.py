"""Who holds which office for whom: `represents` (and `spokespersonFor`) from the constructions that
name a person's post: a title before the name ("Foreign Minister X", "Coast Guard spokesman Lt. X"),
an apposition ("X, the acting Prime Minister of Y"; "a spokesperson, X"; "X, another Y employee"),
a copula ("X is Y's ambassador"), naming verbs ("named X publisher of Y"), "X of Y", "Y's X", a relative
clause with a verb of running a body ("X, who directs Y"), and a nationality shared over coordination
("Israeli prime minister A and energy minister B")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import Event
from .entities import TitleSpan, party_tag_at
from .entities.names import name_head
from .evidence import Evidence
from .implied_bodies import (
    army_state,
    dateline_state,
    government_side,
    home_state,
    last_town,
    led_for,
    one_named,
    one_state_named,
    only_state,
    press_host,
    reported_for,
    service_body,
    states_word,
)
from .kinds import Pos
from .modality import lemma_in
from .paired_posts import paired_posts
from .posts import former, past, post_links, title_before
from .refer import Referents
from .states import ensure_country, with_state
from .title_bodies import OFFICE_BODIES, next_title_end, state_office, title_bodies

NAMING_VERBS = {"name", "appoint", "elect", "make", "nominate", "promote", "choose", "select", "install"}


@dataclass
class Offices:
    """The offices of one article: their events, who holds each title, and whom each person acts for."""

    events: list[Event] = field(default_factory=list)
    holders: dict[str, list[tuple[Pos, str]]] = field(default_factory=dict)
    affiliation: dict[str, set[str]] = field(default_factory=dict)
    voice_of: dict[str, list[str]] = field(default_factory=dict)  # spokesperson -> the bodies they speak for
    paired: dict[Pos, list[str]] = field(default_factory=dict)  # a plural title -> its holders, listed beside it


def find_offices(refs: Referents, ev: Evidence) -> Offices:
    """Every office the article names, with its holder and the bodies it acts for."""
    out = Offices()
    inherited: dict[tuple[int, int], list[str]] = {}  # person head -> bodies named for a coordinated title
    # each title read once: its holder, whether the post is held no longer, and the bodies the title names
    readings: dict[int, tuple[str, bool, list[str]]] = {}
    # (scope, office, state) -> the people a scope names as holding that one-holder office: a head of state's
    # seat in its paragraph ("... President Y of Zimbabwe ... applauded President X"), another office in its sentence
    claimed: dict[tuple[tuple[int, ...], str, str], set[str]] = {}
    for ts in refs.ents.titles:
        if ts.title.kind == "none" and ts.title.phrase not in refs.vocab.party_offices:
            continue  # (a party's candidate runs for it: "Labor Party candidate X" acts for the party alone)
        doc = refs.docs[ts.doc_index]
        person = _holder(refs, ts, doc)
        if person is None:
            continue
        # "its former columnist X", "ex-minister X", "ambassador until March": no longer acts for it
        gone = any(former(refs, doc[i]) for i in range(max(0, ts.start - 2), ts.start)) or past(refs, doc[ts.end - 1])
        named = [] if gone else title_bodies(refs, ts, doc, person)
        readings[id(ts)] = (person, gone, named)
        for body in named if ts.title.kind != "none" else []:  # (not "the late President X": he holds no seat)
            claimed.setdefault((_scope(refs, ts), _seat(refs, ts), body), set()).add(person)
    for ts in sorted(refs.ents.titles, key=lambda t: (t.doc_index, t.start)):
        if id(ts) not in readings:
            continue
        person, gone, named = readings[id(ts)]
        doc = refs.docs[ts.doc_index]
        pos = (ts.doc_index, ts.start)
        words = ts.title.phrase.split()
        # "the town's mayor" is not its vice mayor: a subordinate's title holds only under its whole phrase
        # (the head before a portfolio: "the minister" for "Minister of Government")
        bare = [] if words[0] in refs.vocab.subordinate_title_words else [name_head(words)]
        for phrase in dict.fromkeys((ts.title.phrase, *bare)):
            out.holders.setdefault(phrase, []).append((pos, person))
        if gone:
            continue
        bodies = list(named)
        head = doc[ts.end - 1]
        if not bodies:
            bodies = inherited.get((ts.doc_index, _person_head(refs, ts, person)), [])
        else:
            for c in _coordinated_people(refs, ts, person):
                inherited[(ts.doc_index, c)] = [b for b in bodies if refs.type_of(b) == "Country"]
        named_after = ts.end + 1 < len(doc) and doc[ts.end].lower_ in ("for", "of") and doc[ts.end + 1].is_title
        if not bodies and ts.title.state and not named_after:  # not "Secretary of State for Justice": another state's
            bodies = [k for k, e in refs.ents.entities.items() if e.label == ts.title.state] or \
                     [ensure_country(refs, ts.title.state)]
        if not bodies and ts.title.phrase in refs.vocab.town_offices and doc[ts.start].is_title:
            bodies = last_town(refs, ts)  # "... the town ... Mayor X said": the town just named
        if not bodies and ts.start > 0 and doc[ts.start - 1].lower_ in refs.vocab.regional_words and (
                ts.title.phrase in refs.vocab.regional_offices or ts.title.phrase.endswith("minister")):
            bodies = one_named(refs, ts.doc_index, doc[ts.start], {"Region"})  # "... Balochistan province ...
            # provincial home minister X": the one region named before
        if not bodies and ts.title.phrase in refs.vocab.region_head_offices and doc[ts.start].is_title:
            bodies = one_named(refs, ts.doc_index, doc[ts.start], {"Region"})  # "Premier X" of the one province named
            if not bodies:
                continue  # a premier or governor is no state's
        if not bodies and state_office(refs, ts, doc):
            # the article's one state, else the state whose act the holder reports ("The Netherlands
            # accused Iran ..., Foreign Minister X said")
            reported = [k for k in reported_for(refs, ts.doc_index, doc, person) if refs.type_of(k) == "Country"]
            if doc[ts.start].is_lower:  # "health minister X said", as wires write it: the dateline's state, or none
                bodies = dateline_state(refs)  # ("Japan donated ambulances to Dala, health minister X said")
            else:
                # the article's one state; else its dateline's ("VILNIUS, Lithuania - ... Interior Minister X said
                # Minsk bore the blame"); else the state whose act X reports (not "A and B agreed, ...")
                bodies = only_state(refs) or led_for(refs, ts.doc_index, doc, person) \
                    or government_side(refs, ts.doc_index, doc, person) or dateline_state(refs) \
                    or (reported if len(reported) == 1 else [])
            # "President X said he would work with President Y of Zimbabwe": the state is Y's, not X's
            here = (_scope(refs, ts), _seat(refs, ts))
            partners = {person, *_coordinated_holders(refs, ts, person)}  # "King X and Queen Y of Norway": a pair
            bodies = [b for b in bodies if claimed.get((*here, b), {person}) <= partners]
        if not bodies:
            bodies = service_body(refs, ts, doc)
        if not bodies and ts.title.kind == "office":
            bodies = army_state(refs, ts, doc)  # "Army chief of staff General X"
        said_whose = any(c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i >= ts.end
                         for c in doc[ts.start:ts.end].root.children)  # "a spokesman for the joint command"
        if not bodies and ts.title.kind == "spokesperson" and not said_whose:
            bodies = press_host(refs, ts, doc)
        if not bodies and ts.title.kind == "spokesperson" and not said_whose:
            bodies = reported_for(refs, ts.doc_index, doc, person)
            bodies = bodies if len(bodies) == 1 else []  # not "said Kenya and Uganda had met": whose, it does not say
            state_word = states_word(refs, doc[max(0, ts.start - 2):ts.end])
            if not state_word:  # a state's spokesperson says whose ("ministry spokesman"); a bare one may be anyone's
                bodies = [k for k in bodies if refs.type_of(k) != "Country"]
            if state_word:
                # a "government spokeswoman", a "police spokesman": a state's, not the rebels' whose raid they report;
                # the state named before, if only one is
                bodies = [k for k in bodies if refs.type_of(k) == "Country"] or home_state(refs, ts.doc_index, doc[ts.start]) \
                    or one_state_named(refs)  # "Police spokesman X said ..., the deadliest attack in Niger this year"
            elif not bodies and ts.start > 1 and doc[ts.start].is_lower and doc[ts.start - 1].tag_ == "''" \
                    and doc[ts.start - 2].text in (",", "?", "!", "."):  # after a quote it closes (not "a fans' spokesman")
                # "Carmaker Vantor Motors denied ... 'We asked no one,' spokeswoman X said": the one body named before
                bodies = one_named(refs, ts.doc_index, doc[ts.start], {"Organization"})
        # (only a title opening the sentence before its holder's name, with no "of"/"for" on the name either:
        # not "a local bakery owner", "Council chairman X", "Chairman X of the county board")
        opening = doc[ts.start].is_sent_start and doc[ts.start].is_title and ts.end < len(doc) \
            and (ts.doc_index, ts.end) in refs.ents.by_token \
            and not any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in doc[ts.end].head.children)
        if not bodies and opening and ts.title.phrase in refs.vocab.company_offices \
                and ts.title.phrase not in refs.vocab.state_offices and not said_whose:
            # "Orbeck Steel reported a loss. Chief executive Lars Hovland said ...": the one company named before
            # (of several bodies, the one whose name says it is a company: not "its Redvik mill", "the union")
            bodies = one_named(refs, ts.doc_index, doc[ts.start], {"Organization"}) or \
                one_named(refs, ts.doc_index, doc[ts.start], {"Organization"}, fits=refs.vocab.body_heads["company"])
        family = "spokespersonFor" if ts.title.kind == "spokesperson" else "represents"
        _add(out, refs, ev, family, person, bodies, ts.doc_index, head, 0.85, ts.title.phrase)
        if ts.title.kind == "spokesperson":  # a spokesperson's statements are the body's (states first)
            spoken = sorted(out.affiliation.get(person, set()), key=lambda k: (refs.type_of(k) != "Country", k))
            out.voice_of.setdefault(person, []).extend(k for k in spoken if k not in out.voice_of.get(person, []))
    for m in refs.ents.mentions:
        if m.type == "Person":
            for body, conf, trigger in post_links(refs, m.doc_index, refs.docs[m.doc_index], m):
                _add(out, refs, ev, "represents", m.key, [body], m.doc_index, trigger, conf, None)
    for di, doc in enumerate(refs.docs):  # "the foreign ministers of A and B, X and Y": X for A, Y for B
        for person, body, trigger in paired_posts(refs, di, doc):
            _add(out, refs, ev, "represents", person, [body], di, trigger, 0.85, None)
            out.paired.setdefault((di, trigger.i), []).append(person)
    # "X, a spokesman for Sudan's defence ministry, blamed Y": a spokesperson named in apposition speaks for it too
    spoken_for = sorted({(e.agent, e.target) for e in out.events if e.family == "spokespersonFor"},
                        key=lambda p: (p[0], refs.type_of(p[1]) != "Country", p[1]))
    for person, body in spoken_for:
        if body not in out.voice_of.setdefault(person, []):
            out.voice_of[person].append(body)
    return out


def _add(out: Offices, refs: Referents, ev: Evidence, family: str, person: str, bodies: list[str], di: int,
         trigger: Token, confidence: float, role: str | None) -> None:
    if role in refs.vocab.party_offices or trigger.lemma_.lower() in refs.vocab.party_offices:
        bodies = [b for b in bodies if refs.is_party(b)]  # "Labor Party candidate X", "X, candidate of the PRD"
    for body in bodies:
        # a governor or mayor acts for the region or city itself, not for the state it lies in
        lifted = [body] if refs.type_of(body) in ("City", "Region") else with_state(refs, body)
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


def _holder(refs: Referents, ts: TitleSpan, doc: Doc) -> str | None:
    di = ts.doc_index
    person_at = _person_at(refs, di)
    end = next_title_end(refs, di, ts.end)
    if end in person_at:
        return person_at[end]
    root = doc[ts.start:ts.end].root  # "Minister" in "Minister of Health"
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
    roles = ("nsubj", "nsubjpass", "dobj", "oprd")
    if root.dep_ == "pobj" and gov.lower_ == "as" and gov.head.lemma_ in NAMING_VERBS:
        # "named X as its new chairman", "X was appointed as director of Y": the one named
        gov, roles, root = gov.head, ("dobj", "nsubjpass"), gov  # (the "as" stands where an object complement would)
    if root.dep_ == "attr" and gov.lemma_ == "be" and gov.dep_ == "xcomp" and gov.head.lemma_ in NAMING_VERBS:
        gov, roles = gov.head, ("dobj", "nsubjpass")  # "elected X to be chairman of Y": X, the one elected
        if gov.dep_ == "xcomp" and lemma_in(gov.head, refs.vocab.negating_verbs) or any(c.dep_ == "neg" for c in gov.children):
            return None  # "declined to elect X to be chairman"
    if any(c.dep_ == "neg" for c in gov.children):
        return None  # "X, who is not a member of Y", "X was not named chairman"
    if (root.dep_ in ("attr", "oprd") or root.lower_ == "as") and gov.lemma_ in ("be", "become", "remain", *NAMING_VERBS):
        for c in gov.children:  # "X is Russia's ambassador", "named X publisher of Y"
            if c.dep_ in roles and c.i != root.i:
                found = [k for k in refs.of(di, c) if refs.type_of(k) == "Person"]
                if found:
                    return found[0]
    return None


def _coordinated_holders(refs: Referents, ts: TitleSpan, person: str) -> set[str]:
    """The people coordinated with a title's holder under another title ("King X and Queen Y", "Emperor X and
    Empress Y"; not "President X and President Y", two holders of one office)."""
    di, doc = ts.doc_index, refs.docs[ts.doc_index]
    heads = [m.head for m in refs.ents.in_doc(di) if m.key == person]
    out: set[str] = set()
    for h in heads:
        tok = doc[h]
        top = tok
        while top.dep_ == "conj":
            top = top.head
        out |= {k for t in [top, *top.conjuncts] if title_before(refs, di, doc, t) != ts.title.phrase
                for k in refs.ents.at(di, t) if refs.type_of(k) == "Person"}
    return out


def _seat(refs: Referents, ts: TitleSpan) -> str:
    """The seat a title fills: a state has one head ("King X welcomed President Y of Senegal": not both
    Senegal's), and one holder of each other office."""
    return "head of state" if ts.title.phrase in refs.vocab.head_of_state_titles else ts.title.phrase


def _scope(refs: Referents, ts: TitleSpan) -> tuple[int, ...]:
    """Where a seat has one holder: a state's head in the paragraph (a state has one head at a time), another
    office in the sentence (a state has many ambassadors, and a paragraph may tell of a successor)."""
    if _seat(refs, ts) == "head of state":
        return (ts.doc_index,)
    return (ts.doc_index, refs.docs[ts.doc_index][ts.start].sent.start)


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
