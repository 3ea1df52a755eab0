"""Which state a phrase of an article means: the dateline's, the one the text is about, the state of a body
("the government", "the country", "the provincial government")."""
from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity
from .discourse import Discourse
from .entities import RawMention, armed_forces_key, entity_key
from .kinds import PLACE_TYPES


def dateline(ref: Discourse) -> RawMention | None:
    """The mention of the place of the article's wire dateline ("GOMA, Democratic Republic of Congo
    (Reuters)", "KAMPALA -"), if it has one."""
    return next((m for m in ref.ents.mentions if m.start == 0 and m.doc_index <= 1
                 and ref.docs[m.doc_index][0].is_upper and ref.type_of(m.key) in PLACE_TYPES), None)


def dateline_state_name(ref: Discourse) -> str | None:
    """The name of the state of the article's wire dateline: the dateline's own, the one after its town
    ("PEMBA, Mozambique"), or the gazetteer's for its town ("KAMPALA (Reuters) -")."""
    line = dateline(ref)
    if line is None:
        return None
    if ref.type_of(line.key) == "Country":
        return ref.entity(line.key).label
    after = next((m.key for m in ref.ents.mentions if m.doc_index == line.doc_index and m.start == line.end + 1
                  and ref.type_of(m.key) == "Country"), None)
    return ref.entity(after).label if after else ref.entity(line.key).state


def home_state(ref: Discourse, di: int, tok: Token) -> list[str]:
    """The state of the article's dateline town, when the text names that state before `tok` ("MAPUTO (Reuters) -
    ... Mozambique's northernmost province ... blamed the government"): whose government "the government" is.
    Not a foreign dateline's ("GENEVA (Reuters) - The WHO urged Bolivia ...")."""
    line = dateline(ref)
    state = line.state if line is not None and ref.type_of(line.key) == "City" else None
    if state is None:
        return []
    key = ensure_country(ref, state)
    governed = governed_state(ref, di, tok.i)
    if governed and governed != [key]:  # talks abroad: the government the text named, not the host's
        return governed
    return [key] if any(m.key == key and (m.doc_index, m.start) != (line.doc_index, line.start)
                        for m in mentions_before(ref, di, tok.i)) else []


def governed_state(ref: Discourse, di: int, i: int) -> list[str]:
    """The one state the text has named as a government before token `i` ("Ethiopia's federal government", "the
    government of Yemen", "the Yemeni government"): whose "the government" is, even where the dateline is elsewhere
    ("NAIROBI, Kenya - Negotiators for Ethiopia's government ...")."""
    keys: set[str] = set()
    for d in range(di + 1):
        for m in ref.ents.in_doc(d):
            if (m.doc_index, m.start) >= (di, i) or ref.type_of(m.key) != "Country":
                continue
            t = ref.docs[m.doc_index][m.head]
            noun = t.head if t.dep_ in ("poss", "compound", "amod") else \
                t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            if noun is not None and noun.lemma_.lower() in ("government", "administration", "regime") \
                    and _acting(noun, ref.vocab.group_nouns):
                keys.add(m.key)
    return sorted(keys) if len(keys) == 1 else []


def _acting(noun: Token, people: frozenset[str]) -> bool:
    """A government that acts in its sentence: its subject, or the side its envoys speak for ("negotiators for X's
    government and Y"), not one another acts on ("the front, which has fought X's government")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "from") and noun.head.head.lemma_.lower() in people


def mentions_before(ref: Discourse, di: int, i: int) -> list[RawMention]:
    """The mentions before token `i` of paragraph `di`, in it and in the paragraph before (in the order they
    were found): where an unnamed office's state or town is looked for."""
    return [m for d in (di - 1, di) if d >= 0 for m in ref.ents.in_doc(d) if (m.doc_index, m.start) < (di, i)]


def _last_state(ref: Discourse, di: int, tok: Token) -> list[str]:
    """The state named before `tok`, in its paragraph or the one before, by its name or capital, not by an
    adjective ("the Canadian miner"): the last named as a verb's subject, else the last."""
    def main_subject(m: RawMention) -> bool:  # "Lithuania holds Belarus responsible": Lithuania, not Belarus
        t = ref.docs[m.doc_index][m.head]
        return t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")

    def only_a_place(m: RawMention) -> bool:  # "near the border with Burkina Faso": where, not whose
        t = ref.docs[m.doc_index][m.head]  # (nor "based in Myanmar's Shan State": the place's)
        return t.dep_ == "pobj" and t.head.lower_ in ("near", "with", "in", "into", "across", "from", "to", "at") \
            or t.dep_ == "poss" and (t.head.lemma_.lower() in ref.vocab.place_nouns
                                     or any(ref.type_of(k) in ("City", "Region") for k in ref.ents.at(m.doc_index, t.head)))
    states = [(main_subject(m), not only_a_place(m), (m.doc_index, m.start), m.key) for m in mentions_before(ref, di, tok.i)
              if not m.demonym and ref.type_of(m.key) == "Country"]
    return [max(states)[3]] if states else []

# -- states ---------------------------------------------------------------------------------
def only_country(ref: Discourse, di: int, tok: Token) -> list[str]:
    """'a village in the country's Sagaing region': the one state named so far (a Country, or the state of an
    army or office named: "Cameroon's army said ..."), or no one when two are ("Ukraine's army said Russian
    forces shelled X in the country's Kherson region")."""
    states = {ensure_country(ref, ref.entity(k).state) if ref.type_of(k) != "Country" else k
              for _, k, _ in ref._window(di, tok)
              if ref.type_of(k) == "Country" or ref.type_of(k) in ("GovernmentOrganization", "ArmedForces")
              and ref.entity(k).state}
    return list(states) if len(states) == 1 else []


def ensure_country(ref: Discourse, name: str) -> str:
    """The key of a state the article implies (an office's state, a capital's state), added if new."""
    key = entity_key("Country", name, ref.lex)
    if key not in ref.ents.entities:
        ref.ents.entities[key] = Entity(key=key, type="Country", label=name, qid=ref.lex.qids.get(name))
    return key


def state_of(ref: Discourse, key: str) -> str:
    """A city's state ('the government in Oslo'), else the entity itself."""
    ent = ref.ents.entities[key]
    if ent.type == "City" and ent.state:
        return ensure_country(ref, ent.state)
    return key


def with_state(ref: Discourse, key: str) -> list[str]:
    """A body and the state it belongs to; a seat that stands for its state, as that state."""
    ent = ref.ents.entities[key]
    if ent.state and ent.type != "Country":
        return [key, ensure_country(ref, ent.state)]
    if ent.state and ent.type == "Country" and ent.label != ent.state:
        return [ensure_country(ref, ent.state)]
    return [key]


def state_police(ref: Discourse) -> list[str]:
    """The article's police forces: bodies named "... Police ..." (not a police officers' association or union)."""
    return sorted(k for k, e in ref.ents.entities.items() if e.type in ("GovernmentOrganization", "ArmedForces")
                  and ref.vocab.state_police_nouns & set(e.label.lower().split())
                  and e.label.split()[-1].lower() not in ref.vocab.members_body_heads)


def _state_forces(ref: Discourse, key: str) -> bool:
    """A state's own army ("Nigerien army", "Malian troops"), not a rebel army named for a country ("the Sudan
    People's Liberation Army")."""
    ent = ref.entity(key)
    if not ent.state:
        return False
    # (or named as the state's: "the Armed Forces of the Philippines", "the National Army of Colombia")
    label, state = ent.label.lower(), ent.state.lower()
    of_state = label.endswith((f" of {state}", f" of the {state}")) and ent.type == "ArmedForces" \
        and not any(w in label.split() for w in ref.vocab.dissident_words)
    return key == armed_forces_key(ent.state) or of_state

