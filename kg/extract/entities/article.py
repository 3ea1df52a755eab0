"""Resolve the mentions of an article to entities: name variants, surnames, acronyms, short names and demonyms
become one entity each, with a stable key."""
from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ...lexicon import Lexicon, slug
from ...model import Entity, Mention
from .classify import _local_body_name
from .context import _PLACE_PREPS
from .find import find_mentions
from .mention import (_OPENING_BRACKET, ArticleEntities, RawMention, _common, _common_words, _tokens_with,
                      _tokens_with_ids, word_mention)
from .names import NAME_PARTICLES, _acronym, _org_head, _org_type
from .variants import _first_surname, _last_names, _one_off, _particle_first, _person_for_surname, _propagate, _short_names

_BODIES = ("Organization", "GovernmentOrganization", "IntergovernmentalOrganization", "ArmedForces")


def resolve(docs: Sequence[Doc], lex: Lexicon, nlp: Language, offsets: Sequence[int]) -> ArticleEntities:
    """Cluster the article's mentions into entities, one per real-world referent."""
    result = ArticleEntities()
    raw: list[RawMention] = []
    for i, doc in enumerate(docs):
        ms, ts = find_mentions(doc, i, lex, nlp)
        for m in ms:
            m.dep = doc[m.head].dep_
            m.prep = doc[m.head].head.lower_ if m.dep == "pobj" else ""
        raw.extend(ms)
        result.titles.extend(ts)
        for t in ts:
            for k in range(t.start, t.end):
                result.title_tokens[(i, k)] = t
    for di, doc in enumerate(docs):  # "the Coalition des Bergers Armés (CBA)": a name its acronym spells, whole
        for k in (t.i for t in _tokens_with(doc, _OPENING_BRACKET)):
            start = _spelled_before(doc, k)
            if start is not None and doc[start:k].text.lower() not in lex.titles and not any(m.doc_index == di and (m.start, m.end) == (start, k) for m in raw):
                raw[:] = [m for m in raw if not (m.doc_index == di and start <= m.start and m.end <= k)]
                name = doc[start:k].text
                raw.append(RawMention(di, start, k, name, _org_type(name, lex), head=doc[k - 1].i, dep=doc[k - 1].dep_))
    # parenthesised acronyms: "Syrian Democratic Forces (SDF)"
    acronyms: dict[str, str] = {}
    for m in raw:
        doc = docs[m.doc_index]
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].is_upper:
            acronyms[doc[m.end + 1].text] = m.text
    for m in raw:  # the article's own acronym, not a body the gazetteer knows by it
        if m.text in acronyms and m.canonical and m.text in lex.names and lex.names[m.text].type in _BODIES:
            m.canonical, m.type = None, next(o.type for o in raw if o.text == acronyms[m.text])
    taken = {(m.doc_index, i) for m in raw for i in range(m.start, m.end)}
    for full in list(raw):  # "the RP (Welfare Party)": the acronym first (tagged or not), then its spelling out,
        doc = docs[full.doc_index]  # often the initials of another language ("the PKK (Kurdistan Workers' Party)")
        acr = doc[full.start - 2] if full.start >= 2 else None
        if acr is None or doc[full.start - 1].text != "(" or full.end >= len(doc) or doc[full.end].text != ")" \
                or full.type not in _BODIES or not (acr.is_upper and acr.is_alpha and 2 <= len(acr) <= 6) \
                or acr.text in acronyms or acr.text in lex.names or acr.text in lex.state_abbrevs:  # "the US (Treasury)"
            continue
        acronyms[acr.text] = full.text
        if (full.doc_index, acr.i) not in taken:
            raw.append(RawMention(full.doc_index, acr.i, acr.i + 1, acr.text, full.type, head=acr.i, dep=acr.dep_))
    # "UDP" for "Umoja Democratic Party" named in the same article: the initials of one body's name only
    bodies = {m.text: m.type for m in raw if m.type in _BODIES and len(m.text.split()) > 1}
    by_initials: dict[str, set[str]] = {}
    for b in bodies:
        by_initials.setdefault(_acronym(b.split()), set()).add(b)
    for m in raw:
        owners = by_initials.get(m.text, set())
        if m.text.isupper() and 2 <= len(m.text) <= 6 and m.text not in acronyms and len(owners) == 1 \
                and not m.canonical:
            acronyms[m.text] = next(iter(owners))
    initials = {get_string_id(a) for a in by_initials}
    for di, doc in enumerate(docs):  # "the APL hand over" the model named nothing (not "PM", "MP": three letters at
        # least), after "the Alliance des Patriotes du Lac"
        for tok in _tokens_with_ids(doc, initials):
            owners = by_initials[tok.text]
            if len(owners) == 1 and tok.is_alpha and 3 <= len(tok) <= 6 and (di, tok.i) not in taken \
                    and tok.text not in acronyms and tok.text not in lex.names and tok.text not in lex.state_abbrevs:
                owner = next(iter(owners))
                raw.append(word_mention(di, tok, bodies[owner]))
                acronyms[tok.text] = owner
    towns = {m.text: m for m in raw if m.type == "City" and m.canonical}
    for m in raw:  # "struck the plant at Abqaiq ... Abqaiq was the target": the town placed once is the town
        if m.type == "Organization" and not m.canonical and not m.described and m.text in towns:
            t = towns[m.text]
            m.type, m.canonical, m.state = t.type, t.canonical, t.state
    regions = {m.text: m for m in raw if m.type in ("Region", "City")}
    for m in raw:  # "Nigeria's Zamfara state ... Zamfara's governor" taken for a person: the region named
        if m.type == "Person" and not m.canonical and not m.aliases and m.text in regions:
            t = regions[m.text]
            m.type, m.canonical, m.state = t.type, t.canonical, t.state
    described = {m.text for m in raw if m.described}
    for m in raw:  # "Editorial Mirador" the model took for a person, when "Mirador" is described as a body
        if m.type == "Person" and not m.aliases and len(m.text.split()) > 1 and m.text.split()[-1] in described:
            m.type = _org_type(m.text, lex)
    kinds = lex.relations["word_classes"]["group_kinds"]
    said_body = {m.text: m.type for m in raw if m.type in _BODIES and m.key != "norp" and len(m.text.split()) > 1 and (
        m.described or m.end < len(docs[m.doc_index]) and docs[m.doc_index][m.end].lower_ in kinds)}
    for m in raw:  # "the Civic Dawn party ... Civic Dawn leader X", the second taken for a person: the body
        if m.type == "Person" and not m.canonical and not m.aliases and m.text in said_body:
            m.type, m.key = said_body[m.text], ""
    persons: list[RawMention] = [m for m in raw if m.type == "Person"]
    full = [m for m in persons if len(m.text.split()) > 1]
    surnames = {w for f in full for w in _last_names(f.text)} | {s for f in full if (s := _first_surname(f.text))}
    for m in raw:  # the model sometimes tags a lone surname as an organisation ("Trump's")
        if m.type in ("Organization", "GovernmentOrganization", "Region") and not m.canonical and len(m.text.split()) == 1 \
                and (m.text in surnames or any(_one_off(s_, m.text) for s_ in surnames)):
            m.type, m.key = "Person", ""
    taken = {(m.doc_index, i) for m in raw for i in range(m.start, m.end)}
    common = _common_words(nlp)
    surname_ids = {get_string_id(w) for w in surnames}
    for di, doc in enumerate(docs):  # "She met Sharqi" the model named nothing, after "Abdelkarim al-Sharqi"
        for tok in _tokens_with_ids(doc, surname_ids):
            k = tok.i
            if tok.pos_ == "PROPN" and (di, k) not in taken \
                    and not (k > 0 and doc[k - 1].is_title) and not (k + 1 < len(doc) and doc[k + 1].is_title) \
                    and not (tok.is_sent_start and _common(tok.lower_, common)):
                raw.append(word_mention(di, tok, "Person"))
    firsts = {f.text.split()[0] for f in full}
    bodies_by_first: dict[str, dict[str, tuple[int, int]]] = {}  # first word -> body name -> where first named
    for o in raw:
        if o.type in _BODIES and len(o.text.split()) > 1 and o.key != "norp":
            bodies_by_first.setdefault(o.text.split()[0], {}).setdefault(o.text, (o.doc_index, o.start))
    places = {m.text for m in raw if m.type in ("City", "Region")}
    first_seen: dict[str, tuple[int, int]] = {}  # "Mayor Ada Rook of Dalworth ... Dalworth Mining": a name of its own
    for m in raw:
        first_seen[m.text] = min(first_seen.get(m.text, (m.doc_index, m.start)), (m.doc_index, m.start))
    for m in raw:  # "urged Castellan to pay" after "Castellan Chemicals", tagged as a person: the body named before,
        named = bodies_by_first.get(m.text, {})  # unless a person has the name ("Epps, owner of Epps Aviation")
        if m.type == "Person" and len(m.text.split()) == 1 and len(named) == 1 and m.text not in surnames \
                and m.text not in firsts and m.text not in places and m.prep not in _PLACE_PREPS \
                and next(iter(named.values())) < first_seen[m.text] \
                and not any(c.dep_ == "appos" for c in docs[m.doc_index][m.head].children):  # "Brenner, the founder"
            m.text = next(iter(named))
            m.type = bodies.get(m.text, _org_type(m.text, lex))
    by_prefix: dict[str, set[str]] = {}  # "Rift Blooms" for "Rift Blooms Ltd", "Kwan Lee" for "Kwan Lee Container Lines"
    for o in raw:
        words = o.text.split()
        if o.type in _BODIES and o.key != "norp" and len(words) > 2 and _org_head(o.text, lex):
            for n in range(2, len(words)):
                by_prefix.setdefault(" ".join(words[:n]), set()).add(o.text)
    titled_people = {m.text for m in raw if m.type == "Person" and m.aliases}  # written with a title elsewhere
    for m in raw:  # a body named again by its first words, taken for a person ("Rift Blooms' lawyer")
        named = by_prefix.get(m.text, set())
        if m.type == "Person" and not m.aliases and len(named) == 1 and m.text not in titled_people \
                and first_seen.get(next(iter(named)), (99, 0)) < first_seen[m.text] \
                and not any(c.dep_ == "appos" for c in docs[m.doc_index][m.head].children):  # ("X, its founder")
            m.text = next(iter(named))
            m.type = bodies.get(m.text, _org_type(m.text, lex))
    orgs = [m.text for m in raw if m.type in ("Organization", "GovernmentOrganization", "ArmedForces") and m.key != "norp"]
    for m in raw:
        if m.key:
            if m.key != "norp":
                continue
            # an adjective such as "Kurdish" names the organisation whose name starts with it
            owner = next((o for o in orgs if o.split()[0] == m.text and o != m.text), None)
            if owner is None:  # the gazetteer's body of that name ("Sandinista": the Sandinistas), never one of
                # many that start with it ("Democratic" is not the Democratic Front for the Liberation of Palestine)
                owner = next((lex.names[n].name for n in (m.text, m.text + "s")
                              if n in lex.names and lex.names[n].type != "Country"), None)
            if owner is None:
                m.key = "drop"
                continue
            m.text = owner
            m.type = _org_type(owner, lex) if owner not in lex.names else lex.names[owner].type
        if m.text in acronyms:
            m.text = acronyms[m.text]
            m.type = bodies.get(m.text, m.type)
        if m.text in lex.names and lex.names[m.text].type != "Country" and not m.canonical:
            place = lex.names[m.text]
            m.canonical, m.type, m.state = place.name, place.type, place.state
        if m.type != "Person" and not m.canonical and m.text.split()[0].lower() in NAME_PARTICLES \
                and _particle_first(m.text) and _person_for_surname(m, full):  # not "Al-Tasheer", a militia's name
            m.type = "Person"  # "Le Trannic met ...", tagged a body, after "Luc le Trannic"
        if m.type == "Person" and len(m.text.split()) == 1:
            m.canonical = _person_for_surname(m, full)
        elif m.type == "Person" and not m.canonical:  # "Valadares Sá" for "Henrique Valadares Sá"
            m.canonical = _person_for_surname(m, [f for f in full if len(f.text.split()) > len(m.text.split())])
        if m.type in _BODIES and not m.canonical:
            m.text = _state_spelled_out(m.text, lex)  # "U.S. Embassy" and "United States Embassy" are one
        name = m.canonical or m.text
        m.key = entity_key(m.type, name, lex)
    raw = [m for m in raw if m.key != "drop"]
    # "Charité" and "Charité hospital": a name plus one common noun is the same organisation
    for m in raw:
        if m.type == "Organization" and not m.canonical:
            longer = [o for o in raw if o.type == m.type and o.text.startswith(m.text + " ")
                      and len(o.text.split()) == len(m.text.split()) + 1 and o.text.split()[-1].islower()]
            if longer:
                m.key = longer[0].key
    _short_names(raw, lex, _common_words(nlp))
    raw.extend(_propagate(docs, raw, result, lex, nlp))
    raw.sort(key=lambda m: (m.doc_index, m.start))
    states_ending = {(m.doc_index, m.end): m for m in raw if m.type == "Country"}
    for m in raw:
        doc = docs[m.doc_index]
        base = offsets[m.doc_index]
        ent = result.entities.get(m.key)
        label = m.canonical or m.text
        if ent is None:
            ent = Entity(key=m.key, type=m.type, label=label, qid=_qid(m.type, label, lex), state=m.state)
            result.entities[m.key] = ent
        elif m.type == "Person" and len(label) > len(ent.label) and label.endswith(ent.label):
            ent.label = label
        start, end = doc[m.start].idx + base, doc[m.end - 1].idx + len(doc[m.end - 1]) + base
        if not m.demonym and not m.metonym:
            ent.names.add(doc[m.start:m.end].text if m.type != "ArmedForces" else m.text)
            ent.names.update(m.aliases)
            state = states_ending.get((m.doc_index, m.start))
            if state is not None and m.type == "GovernmentOrganization":
                ent.names.add(doc[state.start:m.end].text)  # "Russian State Duma", "U.S. Strategic Defense Initiative Office"
            local = _local_body_name(m.text, lex) if m.type == "GovernmentOrganization" else None
            if local:
                ent.names.add(local)  # "Cape Town Supreme Court" is "the Supreme Court" in its town's news
        ent.mentions.append(Mention(start, end, doc[m.start:m.end].text))
        for k in range(m.start, m.end):
            keys = result.by_token.setdefault((m.doc_index, k), [])
            if m.key not in keys:
                keys.append(m.key)
        keys = result.by_token.setdefault((m.doc_index, m.head), [])
        if m.key not in keys:
            keys.append(m.key)
    result.mentions = raw
    for ent in result.entities.values():
        ent.names.discard(ent.label)
    return result



def _spelled_before(doc: Doc, k: int) -> int | None:
    """Where a name starts whose capitalised words' initials an acronym in brackets at `k` spells ("Coalition des
    Bergers Armés (CBA)"), over particles between them; None when none does."""
    if k + 2 >= len(doc) or doc[k + 2].text != ")" or not (doc[k + 1].is_upper and doc[k + 1].is_alpha):
        return None
    acronym, initials, start = doc[k + 1].text, "", None
    for t in reversed(doc[max(0, k - 8):k]):
        if t.is_title and t.is_alpha:
            initials = t.text[0] + initials
            start = t.i if acronym.endswith(initials) else None
            if initials == acronym:
                return start if len(initials) > 1 else None
        elif not (t.is_lower and t.lower_ in NAME_PARTICLES):
            return None
    return None


def _state_spelled_out(text: str, lex: Lexicon) -> str:
    """A body's name that opens with a state's abbreviation, with the state's own name: "U.S. Embassy" ->
    "United States Embassy" (the model tags both)."""
    words = text.split()
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        place = lex.names.get(head)
        short = "." in head or head.isupper() and len(head) <= 4  # "U.S.", "UK": not "Russian Federation Council"
        if len(words) > n and short and place is not None and place.type == "Country" and place.name != head:
            return " ".join([place.name, *words[n:]])
    return text


def entity_key(type_: str, name: str, lex: Lexicon) -> str:
    """The IRI tail of an entity: its Wikidata QID when linked, else its type and normalised name."""
    qid = _qid(type_, name, lex)
    if qid:
        return qid
    return f"{type_.lower()}/{slug(name)}"


def _qid(type_: str, name: str, lex: Lexicon) -> str | None:
    """The Wikidata id of a name, but not a town's for the region named after it ("Riyadh province")."""
    if type_ == "Region" and name in lex.cities and lex.names.get(name, None) is None:
        return None
    return lex.qids.get(name)
