"""What a mention is (a name found in one paragraph, a title phrase, an article's resolved entities), and the
token look-ups every finder shares."""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IS_TITLE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon, Title
from ...model import Entity


PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_STRIP_START = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


@dataclass
class RawMention:
    """A mention found in one paragraph before entities are resolved."""

    doc_index: int
    start: int  # token indices in that doc
    end: int
    text: str  # the name as written, cleaned
    type: str
    canonical: str | None = None  # gazetteer name when known
    state: str | None = None  # the state a body belongs to, or a metonym stands for
    metonym: bool = False  # a capital or seat that stands for its state here
    demonym: bool = False  # "Russian" standing for Russia
    head: int = -1  # token index of the head
    key: str = ""
    aliases: tuple[str, ...] = ()  # the name as written with its title ("President John F. Kennedy")
    dep: str = ""  # the dependency of its head token (where in the sentence the name stands)
    prep: str = ""  # the preposition it is the object of, if any ("in" for "signed in Kellmoor")
    described: bool = False  # described as a body ("retailer X"), whatever the model said


@dataclass
class TitleSpan:
    doc_index: int
    start: int
    end: int
    title: Title


@dataclass
class ArticleEntities:
    """Resolved entities plus per-token lookups, for extraction."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[RawMention] = field(default_factory=list)
    by_token: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # (doc, token) -> keys
    titles: list[TitleSpan] = field(default_factory=list)
    title_tokens: dict[tuple[int, int], TitleSpan] = field(default_factory=dict)

    _per_doc: dict[int, list[RawMention]] = field(default_factory=dict, repr=False, compare=False)

    def at(self, doc_index: int, token: Token) -> list[str]:
        return self.by_token.get((doc_index, token.i), [])

    def in_doc(self, doc_index: int) -> list[RawMention]:
        """The mentions of one paragraph, in order (indexed on first use: none are added after resolve)."""
        if not self._per_doc:
            for m in self.mentions:
                self._per_doc.setdefault(m.doc_index, []).append(m)
        return self._per_doc.get(doc_index, [])


_WORD_IDS: dict[int, tuple[Collection[str], frozenset[int]]] = {}
_OPENING_BRACKET = ("(",)


def _titled_tokens(doc: Doc) -> list[Token]:
    """The capitalised tokens of a Doc, found on its array: a scan for names makes no Token of other words."""
    return [doc[int(i)] for i in doc.to_array([IS_TITLE]).nonzero()[0]] if len(doc) else []


def _tokens_with(doc: Doc, words: Collection[str], attr: int = ORTH) -> list[Token]:
    """The tokens written (ORTH), lower-cased (LOWER) or lemmatized (LEMMA) as one of `words`, found on the doc's array of word ids:
    walking a Doc makes a Token object for every word, which was most of this module's time. `words` must
    live as long as the lexicon (its ids are kept by identity)."""
    cached = _WORD_IDS.get(id(words))
    if cached is None or cached[0] is not words:
        cached = (words, frozenset(get_string_id(w) for w in words))
        _WORD_IDS[id(words)] = cached
    return _tokens_with_ids(doc, cached[1], attr)


def _tokens_with_ids(doc: Doc, ids: Collection[int], attr: int = ORTH) -> list[Token]:
    """The tokens whose `attr` is one of the string ids `ids` (for words known only per article, which
    `_tokens_with` must not keep)."""
    return [doc[i] for i, w in enumerate(doc.to_array(attr).tolist()) if w in ids] if ids else []


def word_mention(doc_index: int, tok: Token, type_: str) -> RawMention:
    """A mention of one word found after the paragraph's own (an acronym, a surname), with the dependency
    and preposition resolve() gives every mention."""
    return RawMention(doc_index, tok.i, tok.i + 1, tok.text, type_, head=tok.i, dep=tok.dep_,
                      prep=tok.head.lower_ if tok.dep_ == "pobj" else "")


def _letters(word: str) -> bool:
    """A word of letters, with an apostrophe inside at most ("N'DJAMENA")."""
    return word.replace("'", "").replace("’", "").isalpha()


def _glued(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen that joins the words on both of its sides ("Molloy-Cruz", "ITAR-TASS")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _generic(word: str, lex: Lexicon) -> bool:
    """A common noun that a capital letter does not make a name."""
    wc = lex.relations["word_classes"]
    return word in wc["org_heads"] or word in wc["place_nouns"] or word in wc["state_nouns"] or word in lex.titles


@lru_cache(maxsize=4)
def _common_words(nlp: Language) -> frozenset[str]:
    """The nouns and adjectives of the language: the lemmatizer's index of base forms."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "adj") for w in index.get(pos, ()))


def _common(word: str, common: Collection[str]) -> bool:
    """Whether a lower-case word, or its singular ("mines", "fisheries"), is a word of the language."""
    return word in common or (word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word) in common
