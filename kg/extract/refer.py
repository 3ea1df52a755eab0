"""Who a phrase refers to: names, pronouns, definite descriptions ("the minister", "the city"),
collective nouns ("the government of X", "members of the EU") and groups whose members are named
("countries, including A and B"; "A, B and C ... They")."""
from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon, fold
from ..model import Entity
from .entities import (
    PERSONAL_PRONOUNS,
    ArticleEntities,
    RawMention,
    armed_forces_key,
    entity_key,
    name_head,
    site_name,
)
from .rules import Vocabulary
from .syntax import conjuncts

Pos = tuple[int, int]  # (paragraph, token)
ACTOR_TYPES = frozenset({"Person", "Country", "Organization", "GovernmentOrganization",
                         "IntergovernmentalOrganization", "ArmedForces"})
PLACE_TYPES = frozenset({"City", "Region", "Country"})
BODY_TYPES = frozenset({"Organization", "GovernmentOrganization", "IntergovernmentalOrganization", "ArmedForces"})
BODIES_AND_STATES = BODY_TYPES | {"Country"}  # what "it" and "its" may stand for
GROUP_PRONOUNS = {"they", "them", "their"}
_WINDOW = 200  # mentions looked back at for a pronoun


@lru_cache(maxsize=4096)
def _name_words(label: str) -> frozenset[str]:
    """Every word of a name, in lower case."""
    return frozenset(w.strip(".,") for w in label.lower().split())


@lru_cache(maxsize=4096)
def _name_heads(label: str) -> frozenset[str]:
    """The words that may say what kind of body a name is: its last ("Dalton Corp."), the last before "for",
    "of" or "to" ("Velm Institute for Trade"), its first ("Unión Canaria"), accents dropped. Cached: every
    "the company" looks at the heads of every body named before it."""
    words = fold(label.lower()).split()
    while len(words) > 1 and words[-1].isdigit():  # "Machinists' Local 417": "the local"
        words = words[:-1]
    return frozenset({words[-1].strip(".,"), name_head(words), words[0].strip(".,")}) if words else frozenset()


@dataclass
class Referents:
    """Resolves tokens of one article to entity keys."""

    docs: Sequence[Doc]
    ents: ArticleEntities
    lex: Lexicon
    vocab: Vocabulary
    holders: Mapping[str, Sequence[tuple[Pos, str]]] = field(default_factory=dict)  # title -> holders in order
    discourse: list[tuple[Pos, str, bool]] = field(default_factory=list)  # mention heads: pos, key, is subject

    def __post_init__(self) -> None:
        if not self.discourse:
            for m in self.ents.mentions:
                tok = self.docs[m.doc_index][m.head]
                # a name in apposition to the subject is the subject ("X's chief, Y, flew to Z. There she ...")
                subj = tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")
                self.discourse.append(((m.doc_index, m.head), m.key, subj))
            self.discourse.sort()
        self._positions = [d[0] for d in self.discourse]

    def type_of(self, key: str) -> str:
        return self.ents.entities[key].type

    def entity(self, key: str) -> Entity:
        return self.ents.entities[key]

    @cached_property
    def described_as(self) -> dict[str, set[str]]:
        """The nouns a body is described by where it is named ("the Umoja Liberation Movement, a rebel group",
        "the Ongara Highlands Alliance, a clan militia", "the Kessel militia", "the rebel X"): later "the group", "the
        militia", "the rebels"."""
        out: dict[str, set[str]] = {}
        for m in self.ents.mentions:
            if self.type_of(m.key) not in BODY_TYPES:
                continue
            head, nouns = self.docs[m.doc_index][m.head], self.vocab.body_nouns
            said = out.setdefault(m.key, set())
            for c in head.children:
                if c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.lower_ in ("a", "an"):  # "a dockers' union"
                    said.add(c.lemma_.lower())
                    said.update(d.lemma_.lower() for d in c.children  # "a rebel group": later "the rebels"
                                if d.dep_ in ("amod", "compound") and d.lemma_.lower() in nouns)
            # "the X militia", "the ruling military council, the X"
            if head.dep_ in ("compound", "appos") and head.head.is_lower and head.head.lemma_.lower() in nouns:
                said.add(head.head.lemma_.lower())
            said.update(c.lemma_.lower() for c in head.children  # "the rebel X Movement"
                        if c.dep_ in ("amod", "compound") and c.is_lower and c.i < m.start and c.lemma_.lower() in nouns)
        return out

    def named_as(self, key: str, noun: str) -> bool:
        """Whether an entity's name says it is what a body noun names (body_noun_heads): "Kelby Rovers" a club."""
        return bool(_name_heads(self.entity(key).label) & self.vocab.body_heads.get(noun, frozenset()))

    def is_club(self, key: str) -> bool:
        """A sports club ("Kelby Rovers", "Ashgrove Athletic")."""
        return self.named_as(key, "club")

    def is_site(self, key: str) -> bool:
        """A body named as a site ("Connecticut Valley Hospital", "the Ambassador Hotel"): a place one goes
        to, not an actor met or a body a noun like "the club" stands for."""
        ent = self.ents.entities[key]
        return ent.type in BODY_TYPES and site_name(ent.label.split(), self.vocab.facility_heads,
                                                    self.vocab.acting_facility_heads)

    # -- one token ---------------------------------------------------------------------------
    def of(self, di: int, tok: Token, depth: int = 0) -> list[str]:
        """The entities a token stands for (coordinated tokens not included)."""
        if depth > 4:
            return []
        keys = self.ents.at(di, tok)
        if keys and tok.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            # "the Velm Guard, a Peru-designated Foreign Terrorist Organization": a description of the name before
            return list(self.ents.at(di, tok.head)) or list(keys)
        if keys:
            return list(keys)
        if tok.is_lower and (tok.lemma_ in self.vocab.place_nouns or tok.lower_ in self.vocab.region_kinds) \
                and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the mayor of Santa Lucina town": the place named on the noun (not "the Arizona town of X": X)
            named = [k for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 for k in self.ents.at(di, c)
                     if self.type_of(k) in PLACE_TYPES]
            if named:
                return named
        if tok.tag_ == "NN" and tok.is_lower and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):  # (a plural's
            # named members are its conjuncts: `members`)
            # "threatened Y's parent company, Halberd Transport Group,": the name set beside the noun
            named = [k for c in tok.children if c.dep_ == "appos" and c.i > tok.i for k in self.ents.at(di, c)]
            if named:
                return named
        low, lem, v = tok.lower_, tok.lemma_.lower(), self.vocab
        if lem in v.document_nouns and tok.dep_ in ("nsubj", "nsubjpass") and tok.is_lower \
                and tok.head.lemma_ != "be" and (tok.head.lemma_.lower() in v.grammar.verb_lemmas
                                                 or tok.head.lemma_.lower() in v.speech_verbs):
            authors = self._document_authors(di, tok, depth)  # "A lawsuit filed by the Velm Fund accuses X"
            if authors:
                return authors
        if low in PERSONAL_PRONOUNS:
            return self._reporter(di, tok) or self.addressee(di, tok) or \
                self.recent(di, tok, {"Person"}, skip=self._own_subject(di, tok))
        if low == "whose" and tok.head.dep_ == "appos" and tok.head.head.i < tok.i:
            return self.of(di, tok.head.head, depth + 1)  # "the X Party, whose leader, Y,": the party
        if low in ("who", "whom", "that", "which", "whose"):
            verb = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "with which X negotiated"
            if low == "whose" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "compound":
                verb = verb.head  # "the union, whose organiser X read ...": "whose organiser X" parsed as one name
            if low == "whose" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
                verb = verb.head  # "the alliance, whose chairman, X, called ...": the clause of "whose chairman"
            if verb.dep_ in ("relcl", "acl"):
                return self.of(di, verb.head, depth + 1)
        if low == "its" and tok.dep_ == "poss":  # "X said through its counsel", "Its director said": the subject's
            return self._clause_subject(di, tok) or self.recent(di, tok, BODIES_AND_STATES)
        if low == "it" and tok.dep_ == "dobj" and tok.head.dep_ in ("advcl", "conj") and tok.head.tag_ in ("VBG", "VBD"):
            # "criticised the Velm Party, accusing it of fraud", "blamed X and accused it of ...": the object before
            # (or a preposition's: "rounded on X, accusing it of betrayal")
            objs = [o for o in tok.head.head.children if o.dep_ == "dobj" and o.i < tok.i] or \
                [o for p in tok.head.head.children if p.dep_ == "prep" and p.i < tok.i and p.lower_ in ("on", "at", "against")
                 for o in p.children if o.dep_ == "pobj"]
            found = [k for o in objs for k in self.of(di, o, depth + 1) if self.type_of(k) in BODIES_AND_STATES]
            if found:
                return found
        if low == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("acl", "ccomp") \
                and tok.head.head.pos_ == "NOUN" and tok.head.head.dep_ == "dobj" \
                and tok.head.head.lemma_.lower() in v.alleging_nouns | v.demand_nouns:
            # "X rejected Y's allegation that it had ...": X, the one the claim is about (not Y, who made it; but
            # "Y's pledge that it would ..." is Y's own)
            noun = tok.head.head
            makers = {k for c in noun.children if c.dep_ == "poss" for k in self.of(di, c, depth + 1)}
            found = [k for s in noun.head.children if s.dep_ == "nsubj" for k in self.of(di, s, depth + 1)
                     if self.type_of(k) in BODIES_AND_STATES and k not in makers]
            if found:
                return found
        if low == "it" and tok.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in tok.head.children):
            return self.recent(di, tok, BODIES_AND_STATES, subject_first=False)  # "urged it to reverse"
        if low in GROUP_PRONOUNS:
            return self.group(di, tok)
        if lem in v.rival_nouns and tok.pos_ == "NOUN" and not any(c.dep_ == "appos" for c in tok.children) \
                and tok.dep_ != "appos":  # "accusing its neighbour of ...": the other one ("her rival, X," is X)
            owners = [k for c in tok.children if c.dep_ == "poss" for k in self.of(di, c, depth + 1)]
            if owners and all(self.type_of(k) != "Person" for k in owners):
                kinds = {"Country"} if all(self.type_of(k) == "Country" for k in owners) else set(BODY_TYPES)
                return self.recent(di, tok, kinds, subject_first=False, skip=set(owners))
        if (lem in v.state_voice_nouns or low in v.state_voice_nouns) and tok.is_lower and tok.dep_ == "nsubj" and any(
                c.lower_ in v.state_voice_words for c in tok.subtree if c.i < tok.i):
            # "North Korea's state media accused ...", "Chinese state television said": the state speaks (but a
            # correspondent "for state-run Austrian television" holds no post of Austria's)
            found = [k for c in tok.subtree if c.i < tok.i and c.dep_ in ("poss", "amod", "compound") and c.i != tok.i
                     for k in self.ents.at(di, c) if self.type_of(k) == "Country"]
            if found:
                return found[:1]
        if low in v.official_nouns:  # "warned league officials": the league named before
            found = [k for c in tok.children if c.dep_ == "compound" and (c.pos_ == "NOUN" and c.is_lower
                     or c.is_title and c.is_sent_start and c.pos_ in ("NOUN", "PROPN"))  # "Union officials said"
                     and c.lemma_ not in v.state_nouns  # "Chadian government envoys": below
                     for k in self.named_by_head(di, c)]
            if found:
                return found
        if (di, tok.i) in self.ents.title_tokens:  # "the minister"; "X, the man who ...": the name beside it
            found = self.titled(di, tok) or self._same_as(di, tok, depth) or [  # "the paper's owner, Dunmere Media"
                k for c in tok.children if c.dep_ == "appos" for k in self.of(di, c, depth + 1)
                if self.type_of(k) in BODY_TYPES]
            if found or lem not in v.body_nouns:  # "the regulator" names a person or a body
                return found
        if lem in v.state_nouns or lem in v.place_nouns:
            found = self._described(di, tok, lem, depth)
            if found is not None:
                return found
        if lem in v.state_body_nouns and tok.is_lower:  # "Kazakhstan's energy ministry", "the Kazakh ministry"
            found = [k for c in tok.children if c.dep_ in ("poss", "amod") for k in self.of(di, c, depth + 1)
                     if self.type_of(k) == "Country"]
            if found:
                return found
        kinds = self.lex.relations["word_classes"]["group_kinds"]
        if lem in v.group_nouns or low in v.group_nouns or low in kinds:  # "members of the European Union", "delegations from A and B"
            # (names right after the noun, before any phrase of its own: not "lawyers for the journalists, A and B")
            named = [k for c in tok.children if c.dep_ == "appos" and c.left_edge.i <= tok.i + 2
                     and not any(p.dep_ == "prep" and p.i < c.i for p in tok.children)
                     for t in conjuncts(c) for k in self.ents.at(di, t) if self.type_of(k) == "Person"]
            if named:  # "European Parliament members A and B warned ...": the members named, not their body
                return named
            for p in self._member_of(tok):
                found = self.all_of(di, p)
                if found:
                    return found
            found = [k for c in tok.children if c.dep_ in ("compound", "nmod") for k in self.ents.at(di, c)
                     if self.type_of(k) in BODY_TYPES]
            if found:  # "Velm Front fighters", "Kessel Brigade gunmen": the body's own people
                return found[:1]
            owned = low in v.official_nouns or low in v.owned_members or lem in v.owned_members
            organ = lem in v.body_organs or low in v.body_organs  # (plurals listed: "managers", not "a manager")
            if organ:  # "the board of directors of X"
                found = [k for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                         for k in self.ents.at(di, t) if self.type_of(k) in BODY_TYPES]
                if found:
                    return found[:1]
            # (as an object too, its leaders or officials as a group: "met the union's leaders")
            envoys = tok.tag_ == "NNS" and (low in v.official_nouns or lem == "leader")
            for c in tok.children:  # "Rwanda, whose troops ...", "its members": a body's or state's own people
                if c.dep_ == "poss" and (owned and (self._doer(tok) or envoys) or organ or envoys):
                    found = [k for k in self.of(di, c, depth + 1) if self.type_of(k) != "Person"]
                    if found:
                        return found
            dissident = any(c.lower_ in v.dissident_words for c in tok.children)  # "Chadian rebel negotiators"
            if low in v.official_nouns and not dissident:  # "Chadian envoys", "Chadian government officials"
                for c in tok.children:
                    if c.dep_ in ("amod", "compound", "nmod"):
                        found = [k for k in self.of(di, c, depth + 1) if self.type_of(k) == "Country"]
                        if found:
                            return found
        if low in kinds:  # "by the Los Tigres cartel": the group the noun says the name is
            for c in tok.children:
                if c.dep_ == "compound" and any(self.type_of(k) in BODY_TYPES for k in self.ents.at(di, c)):
                    return [k for k in self.ents.at(di, c) if self.type_of(k) in BODY_TYPES]
        for c in tok.children:  # "a militia known as X", "a group called X", "a faction calling itself X"
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in v.alias_verbs:  # (or "a faction that calls itself X")
                names = [o for o in c.children if o.dep_ == "oprd"] + \
                    [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
                found = [k for t in names for k in self.ents.at(di, t) if self.type_of(k) in BODY_TYPES]
                if found:
                    return found
        named_beside = False
        for c in (c for c in tok.children if c.dep_ == "appos"):  # "three countries, A, B and C"
            if self._speaker(c):
                continue  # "ambushed two officers, Police Capt. X said": the speaker, not the officers' names
            found = [k for t in conjuncts(c) for k in self.of(di, t, depth + 1)]
            if found:
                return found
            named_beside = named_beside or c.pos_ == "PROPN"
        if tok.dep_ == "appos":
            return self.of(di, tok.head, depth + 1)
        if tok.is_lower and tok.lower_ in self.vocab.body_descriptors and tok.i + 1 < len(tok.doc):
            nxt = [k for k in self.ents.at(di, tok.doc[tok.i + 1]) if self.type_of(k) in BODY_TYPES]
            if nxt:  # "the travel agency Wanderly" parsed apart: the agency is Wanderly
                return nxt
        if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X was the man who ..."
            return self._same_as(di, tok, depth)
        common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower  # "union spokesman": tagged PROPN
        # "the Commission", "the Authority": a body noun capitalised alone, as the body's own name is
        common = common or tok.pos_ == "PROPN" and tok.is_title and lem in v.body_nouns and \
            not any(c.dep_ in ("compound", "nmod", "amod", "poss") for c in tok.children)
        named = [k for c in tok.children if c.dep_ in ("compound", "nmod") for k in self.ents.at(di, c)]
        if common and named and lem in v.body_nouns:  # "the Ansar al-Haqq movement"; "the Maidan Wardak
            # provincial council" is that place's, never a body named before
            return [k for k in named if self.type_of(k) in BODY_TYPES] or \
                [k for k in named if self.type_of(k) in ("City", "Region")]
        after = tok.doc[tok.i + 1:tok.i + 4]  # the parse may set the name apart as a second object
        if named_beside or len(after) == 3 and after[0].text == "," and tok.pos_ == "NOUN" \
                and after[1].lower_ == "the" and after[2].pos_ == "PROPN" and not self._speaker(after[2]):
            # "a spokesman for the rebel group, the Saltmarsh Covenant,", the name hung elsewhere: that body; else
            # "the regulator, the Norwegian Markets Board": a name the model missed, no one named before
            beside = [] if named_beside or lem not in v.body_descriptors or self._said_after(di, after[2]) else \
                [k for k in self.ents.at(di, after[2]) if self.type_of(k) in BODY_TYPES]
            return beside
        if len(after) >= 2 and after[0].text == "," and tok.pos_ == "NOUN" and lem in v.body_descriptors \
                and tok.dep_ == "dobj" and tok.head.lemma_.lower() in v.headed_body_verbs \
                and any(c.lower_ == "the" for c in tok.children) and after[1].pos_ == "PROPN" \
                and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in tok.children):
            beside = [k for k in self.ents.at(di, after[1]) if self.type_of(k) in BODY_TYPES]
            if beside and not self._said_after(di, after[1]):  # "who chairs the group, Clean Harwick,"
                return beside
        # "accused police of", not "police in Uganda" (someone else's, however the parser hangs "in Uganda")
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        bare = low in v.bare_body_nouns and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in tok.children) \
            and not (nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ not in ("of", "for"))
        if common and (any(c.lower_ in ("the", "this") for c in tok.children) or bare or
                       tok.dep_ in ("compound", "nmod") and (di, tok.head.i) in self.ents.title_tokens):
            found = self.named_by_head(di, tok, bare)  # "the company", "company spokesman X"
            owners = {k for c in tok.head.children if c.dep_ == "poss" and tok.dep_ in ("compound", "nmod")
                      for k in self.ents.at(di, c) if self.type_of(k) == "Country"}
            if owners:  # "Iran's foreign ministry spokesman": Iran's ministry, not another state's named before
                found = [k for k in found if self.entity(k).state in owners]
            return found
        return []

    def _same_as(self, di: int, tok: Token, depth: int) -> list[str]:
        """What a noun set beside a name stands for: the name it is in apposition to ("X, the man who
        ..."), or the subject it is said to be ("X was the gunman who ...")."""
        if tok.dep_ == "appos":
            return self.of(di, tok.head, depth + 1)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for s in tok.head.children:
                if s.dep_ == "nsubj":
                    return self.of(di, s, depth + 1)
        return []

    def _member_of(self, tok: Token) -> Iterator[Token]:
        """The names a group noun says its members belong to: "fighters of/from X", "men loyal to X",
        "guards employed by X", "a gang led by X", "economists at X"."""
        links = self.vocab.member_links
        heads = [tok] + [a for a in tok.children if a.dep_ == "amod" and a.lower_ not in links]  # "attorneys general from X"
        expert = tok.lower_ in self.vocab.expert_nouns and self._doer(tok)
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep" and (c.lower_ in ("of", "from") or c.lower_ == "at" and expert):
                yield from (p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ in ("amod", "acl") and c.lower_ in links and self._doer(tok):
                for pr in c.children:
                    if pr.dep_ in ("prep", "agent") and pr.lower_ in ("to", "with", "by"):
                        yield from (p for p in pr.children if p.dep_ == "pobj")

    def _document_authors(self, di: int, doc_noun: Token, depth: int) -> list[str]:
        """What a document says, its author says: the one a verb of making it names ("a lawsuit filed by Y"), else
        its owner ("the union's complaint"), else whom the paragraph names as bringing it."""
        v = self.vocab
        made = [a for a in doc_noun.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        authors = [k for a in made if a.lemma_.lower() in v.authoring_verbs for b in a.children
                   if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj" for k in self.of(di, o, depth + 1)]
        if not authors and not made:
            authors = [k for c in doc_noun.children if c.dep_ in ("poss", "compound") for k in self.ents.at(di, c)
                       if self.type_of(k) in ACTOR_TYPES]
        if not authors and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc_noun.children):
            # "A lawsuit ... accuses X. The suit was brought by Y and joined by Z"
            authors = self._brought_by(di, doc_noun, depth)
        return authors

    def _brought_by(self, di: int, doc_noun: Token, depth: int) -> list[str]:
        """Who the paragraph says brought, filed or wrote a document named later with "the" ("The suit was
        brought by Y and joined by Z")."""
        v = self.vocab
        for t in self.docs[di]:
            if t.i == doc_noun.i or t.dep_ != "nsubjpass" or t.lemma_.lower() not in v.document_nouns \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            verbs = [vb for vb in (t.head, *(c for c in t.head.children if c.dep_ == "conj" and c.tag_ == "VBN"))
                     if vb.lemma_.lower() in v.authoring_verbs]  # "brought by Y", not "dismissed by the judge"
            found = [k for vb in verbs for b in vb.children if b.dep_ == "agent" for o in b.children
                     if o.dep_ == "pobj" for q in conjuncts(o) for k in self.of(di, q, depth + 1)
                     if self.type_of(k) in ACTOR_TYPES]
            if found:
                return list(dict.fromkeys(found))
        return []

    @staticmethod
    def _doer(tok: Token) -> bool:
        """A subject or a by-agent: "guards employed by X opened fire" acts for X; "indicted two guards employed
        by X" accuses the guards, not X."""
        return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.dep_ == "agent"

    def _described(self, di: int, tok: Token, lem: str, depth: int) -> list[str] | None:
        """'the government of Syria', 'Iraqi authorities', 'the government in Oslo', 'the city'."""
        v = self.vocab
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "in" and lem in v.state_nouns):
                for p in c.children:
                    if p.dep_ == "pobj":  # "the governments of Ostland and Borland": each
                        found = [k for q in (conjuncts(p) if tok.tag_ == "NNS" else [p]) for k in self.of(di, q, depth + 1)]
                        return [self.state_of(k) for k in found] if lem in v.state_nouns else found
            if c.dep_ in ("poss", "amod", "compound", "nmod") and lem in v.state_nouns:  # also "the X leadership",
                # "the Ontario government"
                found = [k for k in self.of(di, c, depth + 1) if self.type_of(k) in {"Country", "Region"} | BODY_TYPES]
                if found:
                    return found
        if lem in v.place_nouns and any(c.lower_ in ("the", "this") for c in tok.children):
            return self.recent(di, tok, {v.place_nouns[lem]}, subject_first=False)
        if lem in v.state_nouns and any(c.dep_ in ("amod", "compound") and c.lower_ in v.regional_government_words
                                        for c in tok.children):
            # "urged the state government to intervene": the last state or province the gazetteer knows, else region
            firsts = {k for k, e in self.ents.entities.items() if e.type == "Region" and e.label in self.lex.regions}
            return self.recent(di, tok, {"Region"}, subject_first=False, skip=set(self.ents.entities) - firsts) \
                or self.recent(di, tok, {"Region"}, subject_first=False)
        if lem in v.state_nouns and any(c.lower_ == "the" for c in tok.children) and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            # "urged the government to step in": the state the text is about (not "a Canadian fund")
            return self.home_state(di, tok) or self._last_state(di, tok) or \
                self.recent(di, tok, {"Country"}, subject_first=False)
        return None

    def _window(self, di: int, tok: Token) -> list[tuple[Pos, str, bool]]:
        """The mentions before `tok` that a pronoun or a description may point back to, in text order."""
        start = bisect.bisect_left(self._positions, (di, tok.i))
        return self.discourse[max(0, start - _WINDOW):start]

    def _last_named_by_head(self, di: int, tok: Token) -> list[str]:
        """The last body named before `tok` whose name has `tok`'s word as its head ("the Commission")."""
        return [key for _, key, _ in reversed(self._window(di, tok))
                if self.type_of(key) in BODY_TYPES and tok.lower_ in _name_heads(self.entity(key).label)][:1]

    def named_by_head(self, di: int, tok: Token, bare: bool = False) -> list[str]:
        """'the ministry': the last body whose name ends in that word; 'the company': the last company named;
        'the group': the body last named as a subject, else the last body named."""
        recent = list(reversed(self._window(di, tok)))
        named = [key for _, key, _ in recent if self.type_of(key) in BODY_TYPES and (
            tok.lower_ in _name_heads(self.entity(key).label) or tok.lemma_.lower() in self.described_as.get(key, ()))]
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}
        # "the labor council" after "the Eskerford Central Labor Council" and "the City Council": the one it says
        fitting = [k for k in named if mods and mods <= set(self.entity(k).label.lower().split())]
        if fitting or named:
            return (fitting or named)[:1]
        noun = tok.lemma_.lower()
        if noun in self.vocab.armed_forces_heads and noun not in self.vocab.nonstate_body_nouns:
            # "the army said", "unless the army withdrew": the state's forces named last ("the Malian Armed Forces")
            forces = [key for _, key, _ in recent if self.type_of(key) == "ArmedForces" and self.entity(key).state]
            if forces:
                return forces[:1]
        if noun in self.vocab.state_nouns:  # "government spokeswoman X": a state's, never a company's
            return self.home_state(di, tok) or self._last_state(di, tok)
        if noun not in self.vocab.body_nouns and noun not in self.vocab.nonstate_body_nouns \
                and not (bare and noun in self.vocab.bare_body_nouns and noun in self.vocab.body_heads):
            # (but "the militants", "the rebels": an armed group named before; bare "management", the employer; bare
            # "police" only for a body named "... Police")
            return []
        own = self._own_subjects(di, tok, reporters=noun in self.vocab.nonstate_body_nouns)  # not "the AU condemned
        # the group": the AU
        bodies = [key for _, key, _ in recent if self.type_of(key) in BODY_TYPES and not self.is_site(key)
                  and key not in own]
        if noun in self.vocab.nonstate_body_nouns:  # "the militia" is no state's army or office, nor the UN
            bodies = [k for k in bodies if self.type_of(k) in ("Organization", "ArmedForces") and not self._state_forces(k)]
            if noun not in self.vocab.body_nouns:  # "the militants": an armed body, or one described as such
                armed = set(self.vocab.nonstate_body_nouns) | self.vocab.body_heads.get("militia", frozenset())
                bodies = [k for k in bodies if self.type_of(k) == "ArmedForces" or self.described_as.get(k, set()) & armed
                          or self.named_as(k, "militia")]
        fits = self.vocab.body_heads.get(noun)
        if fits:  # "company spokesman X": the last company named, not a union named since
            declared = frozenset().union(*self.vocab.body_heads.values())
            heads = {k: _name_heads(self.ents.entities[k].label) for k in bodies}
            if noun in self.vocab.trade_nouns:  # "the railroad" for "Ostrel Railway Company": any word says the trade
                heads = {k: h | _name_words(self.ents.entities[k].label) for k, h in heads.items()}
            # else a body of no declared kind ("the group": a militia), but never a government's
            # (nor one described as of a kind whose names never fit: "the Vereinte Metallarbeiter union", "the
            # Nordic Timber union" are no company; "the retailer Kessel Mart" is one)
            kinds = {k for k, h in self.vocab.body_heads.items() if not h & fits}
            kind = [k for k in bodies if heads[k] & fits and not self.described_as.get(k, set()) & kinds]
            if not kind and noun in self.vocab.state_body_nouns:  # "ministry spokesman X": the state's ministry
                return self._last_state(di, tok)
            if not kind and noun in self.vocab.named_kind_nouns:  # "the board said ...": no board named
                return []
            bodies = kind or [k for k in bodies if not heads[k] & declared and not self.described_as.get(k, set()) & kinds
                              and self.type_of(k) not in ("GovernmentOrganization", "ArmedForces")]
            if not kind:  # "residents' group X said the company had lied": the body that reports it is not the
                # company (but a spokesman's own firm may be: "X's spokesman said the company blamed Y")
                bodies = [k for k in bodies if k not in self._reporters(di, tok)] or bodies
        else:  # a noun of no kind: the body the text is about, as a subject, before one it only mentions; never
            # a state's own forces or offices ("talks between the rebel group and the government"), nor a body
            # whose name says it is a company ("a charity spokeswoman" is no mining company's)
            companies = self.vocab.body_heads.get("company", frozenset())
            bodies = [k for k in bodies if not _name_heads(self.entity(k).label) & companies
                      and not (self.entity(k).state and (self.type_of(k) == "GovernmentOrganization" or self._state_forces(k)))]
            near = [key for pos, key, subj in recent if subj and key in bodies and pos >= (max(0, di - 1), 0)]
            bodies = near[:1] or bodies
        return bodies[:1]

    def _reporters(self, di: int, tok: Token) -> set[str]:
        """Who reports the clause a noun is the subject or object of ("X said the company had ...": X)."""
        head = tok.head
        out: set[str] = set()
        for _ in range(3):
            if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head.i == head.i:
                break
            head = head.head
            out |= {m.key for c in head.children if c.dep_ == "nsubj" for t in _named_as(c)
                    for m in self.ents.in_doc(di) if m.start <= t.i < m.end}
        return out

    def _state_forces(self, key: str) -> bool:
        """A state's own army ("Nigerien army", "Malian troops"), not a rebel army named for a country ("the Sudan
        People's Liberation Army")."""
        ent = self.entity(key)
        return bool(ent.state) and key == armed_forces_key(ent.state)

    def _own_subjects(self, di: int, tok: Token, reporters: bool = False) -> set[str]:
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
            keys = {m.key for m in self.ents.in_doc(di) if any(m.start <= i < m.end for i in subjects)}
            # "the Commission accused the station": a body named by its own head word is the subject too
            return keys | {k for i in subjects if not keys and tok.doc[i].pos_ == "PROPN" and tok.doc[i].is_title
                           for k in self._last_named_by_head(di, tok.doc[i])}

        verb = head  # "warned X ... and urged the chain to": the subject the coordinated verbs share
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        own = named([head, verb])
        if reporters:
            verbs: list[Token] = []
            while head.dep_ in ("ccomp", "xcomp") and head.head.i != head.i and len(verbs) < 3:
                head = head.head
                verbs.append(head)
            rebels = self.vocab.nonstate_body_nouns
            own |= {k for k in named(verbs) if self.type_of(k) in ("Country", "GovernmentOrganization")
                    or self.type_of(k) == "ArmedForces" and not self.described_as.get(k, set()) & rebels}
        return own

    def _pair(self, di: int, tok: Token) -> list[str] | None:
        """'the two men met', 'the two sides': the last two named of the kind the noun says ([] when they
        cannot be told; None when the phrase is no such pair)."""
        kind = self.lex.relations["word_classes"]["pair_nouns"].get(tok.lemma_.lower())
        both = any(c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both" for c in tok.children)  # "both groups"
        if kind is None or not both and (not any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children) or
                                         not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)):
            return None
        if any(c.dep_ in ("appos", "conj") for c in tok.children):
            return None  # "the two men, A and B": named right there
        types = ACTOR_TYPES - {"Person"} if kind == "actor" else {kind}  # "the two sides": states or bodies
        # not what the clause's own subject names ("the UN mission in Libya warned both groups")
        subject = [t for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("dobj", "pobj")
                   for t in c.subtree]
        own = {m.key for m in self.ents.in_doc(di) if any(m.start <= t.i < m.end for t in subject)}
        last = [(pos, key) for pos, key, _ in self._window(di, tok) if self.type_of(key) in types and key not in own
                and _party(self.docs[pos[0]][pos[1]])]
        armed = list(dict.fromkeys(key for _, key in last if self.type_of(key) == "ArmedForces")) if both and any(
            c.dep_ == "amod" and c.lower_ in self.lex.relations["word_classes"]["armed_adjectives"] for c in tok.children) \
            else []  # "both armed groups": failing two parties named lately, the two armed bodies named, however far back
        # the two named in the last sentence that names any (or, for "both", the one before when it names one:
        # "X attacked Y. Egypt blamed both groups. Sudan urged both sides to talk"): exactly two there, and no
        # "two men" left unnamed
        for _ in range(2 if both else 1):
            if not last:
                return armed if len(armed) == 2 else []
            pos = last[-1][0]
            sent = self.docs[pos[0]][pos[1]].sent
            there = list(dict.fromkeys(key for p, key in last if p[0] == pos[0] and sent.start <= p[1] < sent.end))
            if len(there) >= 2:
                break
            last = [(p, key) for p, key in last if not (p[0] == pos[0] and sent.start <= p[1] < sent.end)]
        doc = self.docs[pos[0]]
        unnamed = any(t.lemma_ == tok.lemma_ and any(c.lower_ == "two" for c in t.children)
                      and not any(c.lower_ == "the" for c in t.children)
                      for t in doc[sent.start:tok.i if pos[0] == di else len(doc)])
        if len(there) == 2 and not unnamed:
            return there
        return armed if len(armed) == 2 else []

    def dateline(self) -> RawMention | None:
        """The mention of the place of the article's wire dateline ("GOMA, Democratic Republic of Congo
        (Reuters)", "KAMPALA -"), if it has one."""
        return next((m for m in self.ents.mentions if m.start == 0 and m.doc_index <= 1
                     and self.docs[m.doc_index][0].is_upper and self.type_of(m.key) in PLACE_TYPES), None)

    def home_state(self, di: int, tok: Token) -> list[str]:
        """The state of the article's dateline town, when the text names that state before `tok` ("MAPUTO (Reuters) -
        ... Mozambique's northernmost province ... blamed the government"): whose government "the government" is.
        Not a foreign dateline's ("GENEVA (Reuters) - The WHO urged Bolivia ...")."""
        line = self.dateline()
        state = line.state if line is not None and self.type_of(line.key) == "City" else None
        if state is None:
            return []
        key = self.ensure_country(state)
        return [key] if any(m.key == key and (m.doc_index, m.start) != (line.doc_index, line.start)
                            for m in self.mentions_before(di, tok.i)) else []

    def mentions_before(self, di: int, i: int) -> list[RawMention]:
        """The mentions before token `i` of paragraph `di`, in it and in the paragraph before (in the order they
        were found): where an unnamed office's state or town is looked for."""
        return [m for d in (di - 1, di) if d >= 0 for m in self.ents.in_doc(d) if (m.doc_index, m.start) < (di, i)]

    def _last_state(self, di: int, tok: Token) -> list[str]:
        """The state named before `tok`, in its paragraph or the one before, by its name or capital, not by an
        adjective ("the Canadian miner"): the last named as a verb's subject, else the last."""
        def main_subject(m: RawMention) -> bool:  # "Lithuania holds Belarus responsible": Lithuania, not Belarus
            t = self.docs[m.doc_index][m.head]
            return t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")

        def only_a_place(m: RawMention) -> bool:  # "near the border with Burkina Faso": where, not whose
            t = self.docs[m.doc_index][m.head]
            return t.dep_ == "pobj" and t.head.lower_ in ("near", "with", "in", "into", "across", "from", "to", "at")
        states = [(main_subject(m), not only_a_place(m), (m.doc_index, m.start), m.key) for m in self.mentions_before(di, tok.i)
                  if not m.demonym and self.type_of(m.key) == "Country"]
        return [max(states)[3]] if states else []

    def all_of(self, di: int, tok: Token) -> list[str]:
        """The entities of a token and of the tokens coordinated with it, or of a group's named members
        ("members of X, including Y": X and Y)."""
        pair = self._pair(di, tok)
        if pair is not None:
            return pair  # "the two countries": the pair, or no one, never one of them
        out: list[str] = []
        for t in conjuncts(tok):
            out.extend(k for k in self.of(di, t) if k not in out)
        if not out and tok.pos_ == "NUM" or tok.lower_ == "both" or any(c.lower_ in ("all", "both") for c in tok.children
                                                                       if c.dep_ in ("det", "predet", "quantmod")):
            out = self.group(di, tok)  # "All three later criticised X", "both said"
        including = any(c.dep_ == "prep" and c.lower_ == "including" for c in tok.children)
        return out + [k for k in self.members(di, tok) if k not in out] if including or not out else out

    def _said_after(self, di: int, tok: Token) -> bool:
        """Whether the name at `tok` is the source of the sentence's closing "X said" ("..., Orbeck Steel said")."""
        end = max((m.end for m in self.ents.in_doc(di) if m.start <= tok.i < m.end), default=tok.i + 1)
        nxt = tok.doc[end] if end < len(tok.doc) else None
        return nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in self.vocab.speech_verbs

    def _speaker(self, appos: Token) -> bool:
        """Whether a phrase the parser set beside a noun is the speaker of the sentence's closing "X said"."""
        nxt = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
        return nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_.lower() in self.vocab.speech_verbs

    def members(self, di: int, group: Token) -> list[str]:
        """'Western countries, including France and Germany', 'critics, which include Oxfam', 'three
        states, A, B and C': the named members of a group that is itself no entity."""
        if group.pos_ not in ("NOUN", "NUM"):
            return []
        out: list[str] = []
        for c in group.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
                out += [k for p in c.subtree if p.dep_ == "pobj" for k in self.all_of(di, p)]
            elif c.dep_ == "relcl" and c.lemma_ == "include":
                out += [k for d in c.children if d.dep_ == "dobj" for k in self.all_of(di, d)]
            elif c.dep_ == "appos" and not self._speaker(c):
                out += self.all_of(di, c)
        if group.dep_ == "nsubj" and group.head.lemma_ == "include":  # "critics of the plan include Oxfam"
            out += [k for d in group.head.children if d.dep_ == "dobj" for k in self.all_of(di, d)]
        return list(dict.fromkeys(out))

    # -- the discourse -------------------------------------------------------------------------
    def _own_subject(self, di: int, tok: Token) -> set[str]:
        """An object pronoun does not refer to its own clause's subject ("X called her": not X)."""
        if tok.dep_ not in ("dobj", "pobj", "dative") or tok.lower_ in ("himself", "herself"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return {k for c in verb.children if c.dep_ == "nsubj" for k in self.ents.at(di, c)}

    def recent(self, di: int, tok: Token, types: set[str], subject_first: bool = True,
               skip: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
        """The entity of one of `types` mentioned last before `tok` (a sentence-initial pronoun prefers the
        previous sentence's subject)."""
        sent_start = (di, tok.sent.start)
        cands = [(pos, key, subj) for pos, key, subj in self._window(di, tok)
                 if self.type_of(key) in types and key not in skip]
        if not cands:
            return []
        if subject_first:
            prev = [c for c in cands if c[0] < sent_start]
            subj = [c for c in prev if c[2]]
            same = [c for c in cands if c[0] >= sent_start]
            if same and tok.i > tok.sent.start + 2:
                return [same[-1][1]]
            if subj and (not prev or subj[-1][0][0] >= prev[-1][0][0] - 1):
                return [subj[-1][1]]
        return [cands[-1][1]]

    def _reporter(self, di: int, tok: Token) -> list[str]:
        """'X ... told reporters she held Y responsible': a pronoun subject of what a person says is that person."""
        clause = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or tok.lower_ not in ("he", "she") \
                or clause.head.lemma_.lower() not in self.vocab.speech_verbs:
            return []
        told = [k for c in clause.head.children if c.dep_ in ("dobj", "dative") for k in self.ents.at(di, c)]
        if any(self.type_of(k) == "Person" for k in told):
            return []  # "the judge told X that he had shot Y": the one told, as likely
        said = self.vocab.grammar.surface_subjects(clause.head)
        return [k for s in said if s.lower_ not in PERSONAL_PRONOUNS for k in self.ents.at(di, s)
                if self.type_of(k) == "Person"][:1]

    def addressee(self, di: int, tok: Token) -> list[str]:
        """'phoned Y to demand that he close the plant': the one who must act is the one addressed, the object
        of the demand's verb or of the verb the demand is the purpose of."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or tok.lower_ not in ("he", "she") \
                or clause.head.lemma_.lower() not in self.vocab.directive_verbs:
            return []
        verb = clause.head
        hosts = [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") else [])
        for v in hosts:
            told = [c for c in v.children if c.dep_ in ("dobj", "dative")] + \
                [o for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            people = [k for o in told for k in self.ents.at(di, o) if self.type_of(k) == "Person"]
            if people:
                return people[:1]
        return []

    def _clause_subject(self, di: int, tok: Token) -> list[str]:
        """The body or state that is the subject of the clause a possessive stands in ("Castellan, which is in
        talks with the council, said through its counsel"): the nearest verb above it with another subject."""
        bodies = BODIES_AND_STATES
        owned = tok.head
        if owned.dep_ == "conj":  # "criticised Orlov Steel and its chief executive": Orlov Steel
            return [k for k in self.of(di, owned.head) if self.type_of(k) in bodies]
        inside = {t.i for t in owned.subtree}
        for verb in tok.ancestors:
            if verb.dep_ == "prep" and verb.lower_ not in ("through", "via", "by", "with", "from", "to", "for", "in", "at"):
                # "fined Vellor Bank after its chief executive lied": not the subject's own means; the last named
                return self.recent(di, tok, bodies, subject_first=False)
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside), None)
            if subject is None and verb.dep_ == "xcomp":  # "urged Orlov Steel to dismiss its chairman": Orlov Steel
                subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if subject is None and verb.lemma_.lower() in self.vocab.speech_verbs:  # "X sued Y, its chairman said": X
                said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < owned.i]
                subject = next((c for v in said for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return [k for k in self.of(di, subject) if self.type_of(k) in bodies]
            absolute = verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
                c.dep_ == "nsubj" and c.i in inside for c in verb.children)  # "X struck, its leader saying ...": X
            if verb.dep_ in ("advcl", "relcl", "acl") and not absolute:  # "fined Vellor Bank after its chief lied": the
                return self.recent(di, tok, bodies, subject_first=False)  # last named
            inside |= {t.i for t in verb.subtree}
        return []

    def group(self, di: int, tok: Token) -> list[str]:
        """'they': the coordinated subject of the previous sentence, else its named members of a list."""
        sent = tok.sent
        before = [(di, t) for t in sent if t.i < tok.i]
        if sent.start > 0:
            before = [(di, t) for t in self.docs[di][sent.start - 1].sent] + before
        elif di > 0 and len(self.docs[di - 1]):
            before = [(di - 1, t) for t in self.docs[di - 1][-1].sent] + before
        for dj, t in reversed(before):
            if t.dep_ in ("nsubj", "nsubjpass") and (any(c.dep_ == "conj" for c in t.children) or t.pos_ == "NOUN"):
                keys = self.all_of(dj, t)
                if len(keys) > 1:
                    return keys
        if tok.dep_ == "dobj":  # "met executives of X and urged them to ...": the people just named, for their body
            # (the nearest plural before the pronoun: not "met leaders of X and bombed Y's camps, destroying them")
            t = next((t for t in reversed(sent[:tok.i - sent.start]) if t.tag_ == "NNS" and t.pos_ == "NOUN"), None)
            if t is not None and t.dep_ in ("dobj", "pobj") and (
                    t.lower_ in self.vocab.official_nouns or t.lower_ in self.vocab.body_organs or t.lemma_.lower() == "leader"):
                keys = [k for k in self.of(di, t) if self.type_of(k) in BODIES_AND_STATES]
                if keys:
                    return keys
        return []

    def is_party(self, key: str) -> bool:
        """A body whose name says it is a party or a movement ("the Labor Party", "the PRD" spelled out)."""
        return self.type_of(key) == "Organization" and self.named_as(key, "party")

    def titled(self, di: int, tok: Token) -> list[str]:
        """'the minister', 'the Secretary': the person last named with that title."""
        span = self.ents.title_tokens[(di, tok.i)]
        holders = self.holders.get(span.title.phrase) or []
        own = [k for pos, k in holders if pos == (di, span.start)]
        if own:  # "The army's spokesman, Col. X, said": this title's own holder, not the last one before it
            return own[:1]
        before = [k for pos, k in holders if pos < (di, tok.i)]
        if before:
            return [before[-1]]
        return [holders[0][1]] if holders else []

    # -- states ---------------------------------------------------------------------------------
    def only_country(self, di: int, tok: Token) -> list[str]:
        """'a village in the country's Sagaing region': the one state named so far (a Country, or the state of an
        army or office named: "Cameroon's army said ..."), or no one when two are ("Ukraine's army said Russian
        forces shelled X in the country's Kherson region")."""
        states = {self.ensure_country(self.entity(k).state) if self.type_of(k) != "Country" else k
                  for _, k, _ in self._window(di, tok)
                  if self.type_of(k) == "Country" or self.type_of(k) in ("GovernmentOrganization", "ArmedForces")
                  and self.entity(k).state}
        return list(states) if len(states) == 1 else []

    def ensure_country(self, name: str) -> str:
        """The key of a state the article implies (an office's state, a capital's state), added if new."""
        key = entity_key("Country", name, self.lex)
        if key not in self.ents.entities:
            self.ents.entities[key] = Entity(key=key, type="Country", label=name, qid=self.lex.qids.get(name))
        return key

    def state_of(self, key: str) -> str:
        """A city's state ('the government in Oslo'), else the entity itself."""
        ent = self.ents.entities[key]
        if ent.type == "City" and ent.state:
            return self.ensure_country(ent.state)
        return key

    def with_state(self, key: str) -> list[str]:
        """A body and the state it belongs to; a seat that stands for its state, as that state."""
        ent = self.ents.entities[key]
        if ent.state and ent.type != "Country":
            return [key, self.ensure_country(ent.state)]
        if ent.state and ent.type == "Country" and ent.label != ent.state:
            return [self.ensure_country(ent.state)]
        return [key]


def _party(tok: Token) -> bool:
    """Whether a name is a party to what its sentence tells (a subject, an object, one fought or talked with), not
    a place it happened in ("fought in Mali", "near the border with Chad") nor a name in a relative clause."""
    t = tok  # (through what it modifies: "Ethiopian Foreign Minister X spoke with his Kenyan counterpart")
    while t.dep_ in ("conj", "appos", "compound", "amod", "nmod", "poss") and t.head.i != t.i:
        t = t.head
    if any(a.dep_ in ("relcl", "acl") for a in t.ancestors):
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        return _party(t.head.head)  # "troops of Peru and Ecuador clashed"
    if t.dep_ == "pobj":
        return t.head.lower_ in ("with", "against", "between", "by", "to", "from")
    return t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "ROOT", "poss")


def _named_as(subject: Token) -> list[Token]:
    """A subject and its appositions and coordinated names, not the bodies it is said to be of ("Harbourline's
    spokesman, Kevin Doyle", "EU spokesman X": Doyle and X, not Harbourline or the EU)."""
    out = [subject]
    for c in subject.children:
        if c.dep_ in ("appos", "conj"):
            out += _named_as(c)
    return out
