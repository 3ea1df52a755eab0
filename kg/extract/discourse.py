"""What the referent layers share: an article's docs, its entities and its mentions in text order, and the
look-ups on them (an entity's type, the mention of a kind named last). `Referents` (refer.py) adds what a token
stands for; the layers it calls (descriptions, groups, pronouns, states) see it as a `Discourse`."""
from __future__ import annotations

import bisect
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import Lexicon, fold
from ..model import Entity
from .entities import ArticleEntities, name_head, site_name
from .kinds import BODY_TYPES, Pos
from .rules import Vocabulary

_WINDOW = 200  # mentions looked back at for a pronoun


@lru_cache(maxsize=4096)
def name_words(label: str) -> frozenset[str]:
    """Every word of a name, in lower case."""
    return frozenset(w.strip(".,") for w in label.lower().split())


@lru_cache(maxsize=4096)
def name_heads(label: str) -> frozenset[str]:
    """The words that may say what kind of body a name is: those at its end (`end_heads`) and its first
    ("Unión Canaria"), accents dropped. Cached: every "the company" looks at the heads of every body named
    before it."""
    return end_heads(label) | first_word(label)


@lru_cache(maxsize=4096)
def end_heads(label: str) -> frozenset[str]:
    """The words at a name's end that say its kind: its last ("Dalton Corp."), and the last before "for", "of" or
    "to" ("Velm Institute for Trade")."""
    words = fold(label.lower()).split()
    while len(words) > 1 and words[-1].isdigit():  # "Machinists' Local 417": "the local"
        words = words[:-1]
    return frozenset({words[-1].strip(".,"), name_head(words)}) if words else frozenset()


@lru_cache(maxsize=4096)
def first_word(label: str) -> frozenset[str]:
    """A name's first word, folded ("Unión Canaria": "union")."""
    words = fold(label.lower()).split()
    return frozenset({words[0].strip(".,")}) if words else frozenset()


@dataclass
class Discourse(ABC):
    """An article's docs, entities and mentions in order, and the look-ups on them every referent layer shares;
    `Referents` (refer.py) resolves tokens over it."""

    docs: Sequence[Doc]
    ents: ArticleEntities
    lex: Lexicon
    vocab: Vocabulary
    holders: Mapping[str, Sequence[tuple[Pos, str]]] = field(default_factory=dict)  # title -> holders in order
    discourse: list[tuple[Pos, str, bool]] = field(default_factory=list)  # mention heads: pos, key, is subject
    paired: Mapping[Pos, Sequence[str]] = field(default_factory=dict)  # "the ministers of A and B, X and Y": X, Y

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
            prev = self.docs[m.doc_index][m.start - 1] if m.start > 0 else None
            if prev is not None and prev.is_lower and prev.lower_ in self.vocab.press_nouns:  # "the daily X", however
                # it is parsed
                said.add(prev.lower_)
        return out

    def named_as(self, key: str, noun: str) -> bool:
        """Whether an entity's name says it is what a body noun names (body_noun_heads): "Kelby Rovers" a club."""
        return bool(name_heads(self.entity(key).label) & self.vocab.body_heads.get(noun, frozenset()))

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

    def _window(self, di: int, tok: Token) -> list[tuple[Pos, str, bool]]:
        """The mentions before `tok` that a pronoun or a description may point back to, in text order."""
        start = bisect.bisect_left(self._positions, (di, tok.i))
        return self.discourse[max(0, start - _WINDOW):start]

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

    def is_party(self, key: str) -> bool:
        """A body whose name says it is a party or a movement ("the Labor Party", "the PRD" spelled out)."""
        return self.type_of(key) == "Organization" and self.named_as(key, "party")

    @abstractmethod
    def of(self, di: int, tok: Token, depth: int = 0) -> list[str]:
        """The entities a token stands for."""

    @abstractmethod
    def all_of(self, di: int, tok: Token) -> list[str]:
        """The entities of a token and of those coordinated with it."""
