"""Find the entities an article names, fix the small model's NER with the gazetteers, and resolve
name variants, surnames, acronyms and demonyms to one entity each.

Mentions are found per paragraph Doc; entities are resolved over the whole article.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IS_TITLE, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .lexicon import Lexicon, Title, slug
from .model import Entity, Mention
from .nlp import NAMES, TITLES

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


_PLACE_PREPS = {"near", "in", "at", "outside", "inside", "from", "off"}


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
    ids = cached[1]
    return [doc[i] for i, w in enumerate(doc.to_array(attr).tolist()) if w in ids]


_SCORE = re.compile(r"\d+[-–]\d+")  # a match's score after a team's name


def _clean(span: Span, lex: Lexicon | None = None) -> tuple[int, int]:
    """Token bounds of a name without a leading article or trailing possessive/punctuation, and with the
    parts it is hyphenated to ("ITAR-TASS", "Bar-Ilan")."""
    s, e = span.start, span.end
    doc = span.doc
    while s >= 2 and _glued(doc, s - 1) and doc[s - 2].text[:1].isupper():
        s -= 2
    # "Jabha-ye Azadi", "Hizb-e Wahdat" tagged from the last word: a name's joining particle after a hyphen
    while s >= 3 and doc[s - 1].lower_ in _LINKING_PARTICLES and _glued(doc, s - 2) and doc[s - 3].text[:1].isupper():
        s -= 3
    while e + 1 < len(doc) and _glued(doc, e) \
            and (doc[e + 1].text[:1].isupper() and (doc[e + 1].ent_type_ in ("", doc[e - 1].ent_type_)
                                                     or span.label_ == "PERSON" and doc[e + 1].is_alpha)
                 or span.label_ == "PERSON" and _syllable(doc[e + 1])):
        e += 2
    def verb(t: Token) -> bool:  # a verb the model ran into a name: "rang Olav Kern", "Ilse Varga rang Olav Kern"
        return t.is_lower and t.pos_ in ("VERB", "AUX")
    if lex is not None and e - s > 3 and doc[s + 1].tag_ == "POS" and doc[s].text in lex.names \
            and lex.names[doc[s].text].type == "Country":
        s += 2  # "Chile's Office of Market Fairness": the office, named apart from its state
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct or verb(doc[s])
                     or doc[s].is_lower and doc[s].is_alpha and doc[s].lower_ not in NAME_PARTICLES and e - s > 1
                     and doc[s + 1].text[:1].isupper()):  # "rang Aquaterra Salmon" tagged as one name
        s += 1
    # "Orchardline Retail near Dunmere Cross" tagged as one name: a place's preposition ends it, and so does a verb
    # or a bracket ("RP (Welfare Party": an acronym and its spelling out are two names of one body)
    e = next((i for i in range(s + 1, e) if doc[i].lower_ in _PLACE_PREPS and doc[i].pos_ == "ADP" or verb(doc[i])
              or doc[i].text == "(" or doc[i].dep_ == "mark" and doc[i].is_lower), e)  # (or "that": "X that Uganda")
    if e - s > 3 and doc[e - 1].like_num and doc[e - 2].text in ("-", "–") and doc[e - 3].like_num:
        e -= 3  # "beat Kalmar Rovers 2-1": the score, in three tokens
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct or doc[e - 1].is_space
                     or doc[e - 1].pos_ in ("ADP", "DET", "CCONJ")  # "Brightwell Pharmaceuticals of"
                     or e - s > 1 and _SCORE.fullmatch(doc[e - 1].text)  # "beat Kalmar Rovers 2-1"
                     or doc[e - 1].is_lower and e - 2 > s and doc[e - 2].text == "-"  # "Velm Front-led"
                     and not (span.label_ == "PERSON" and _syllable(doc[e - 1]))):
        e -= 1
    if lex is not None:  # "the Signal Workers' | Guild" tagged as two
        e = _plural_possessive(doc, e, lex)
        if s >= 2 and doc[s - 1].text in ("'", "’") and _members_word(doc[s - 2]) and doc[s - 2].ent_type_ != "PERSON" \
                and _members_body(doc[s:e].text, lex):
            s -= 2  # "the Workers' | Renewal Party" tagged from "Renewal": a body named for its members
    def name_word(t: Token) -> bool:  # a capitalised word no model or lexicon gives a role: a part of the name
        return t.pos_ == "PROPN" and (t.is_title or _apostrophed(t)) and t.ent_type_ == "" \
            and (lex is None or t.lower_ not in lex.titles and t.text not in lex.names and t.text not in lex.demonyms)
    while s > 0 and name_word(doc[s - 1]) and not doc[s - 1].is_sent_start:
        s -= 1  # "Ana Lucía Berrocal" tagged from "Lucía"; not "Commodore"
    while span.label_ == "ORG" and e < len(doc) and doc[e - 1].dep_ == "compound" and doc[e - 1].head.i == e \
            and doc[e].pos_ == "PROPN" and doc[e].is_title and doc[e].ent_type_ == "" \
            and lex is not None and doc[e].lower_ in lex.relations["word_classes"]["org_heads"]:
        e += 1  # "Sindhu Marine | Traders": the name's head noun, left out by the model (not "CNEN | Radioprotection")
    if span.label_ == "PERSON":
        limit, k = min(len(doc), e + 2), e
        while k < limit and name_word(doc[k]) and doc[k].is_alpha and (lex is None or doc[k].text not in lex.regions):
            k += 1  # (not "told Diego Salinas | Oaxaca officials")
        if k < len(doc) and doc[k].ent_type_ == "PERSON" or lex is not None and doc[e - 1].lower_ in lex.titles:
            k = e  # "Quarry County Coroner | Pim Alder": the words run into the next name, which they start
        e = k  # "Helena Castro Viana" tagged up to "Castro": the second surname
    if 0 < s < e - 1 and doc[s].is_lower and doc[s].lower_ in NAME_PARTICLES and doc[s - 1].is_title \
            and doc[s - 1].is_alpha and doc[s - 1].ent_type_ == "" and doc[s - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        s -= 1  # "Ilse van Brakel" tagged from "van": no name opens with a lower-case particle
    joins = NAME_PARTICLES - {"-", "'"}
    while True:  # "the Front de Libération du Bani" tagged up to "Libération", "São Bento | do Rio Claro"
        k = e
        while k < len(doc) and (doc[k].lower_ in joins or doc[k].like_num and k > e):
            k += 1
        if k == e or k >= len(doc) or not (doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"):
            break
        e = k + 1
        while e < len(doc) and doc[e].is_title and doc[e].pos_ == "PROPN":
            e += 1
    # "Mouvement du 9 Juin" tagged from "Juin", "Alliance Malienne pour le Progrès" from "Progrès"
    while (word := _joined_before(doc, s, joins)) is not None:
        s = word
        while s > 0 and _name_word(doc[s - 1]):
            s -= 1
    return s, e


def _plural_possessive(doc: Doc, e: int, lex: Lexicon) -> int:
    """Where a name goes on to after a plural's apostrophe inside it ("the Signal Workers' Guild",
    "the Riverside Tenants' Association", "Machinists' Local 417"): through the capitalised words after it,
    but never into a title or a person's name ("Velmora Airlines' Chief Executive Ivan Petrov") nor onto an
    event ("the Finance Ministers' Meeting"); `e` when it goes nowhere."""
    wc = lex.relations["word_classes"]
    patrons = wc["patron_words"]  # "St. Brennan's", "King's", "Children's"; not "Brayfield's University Hospital"
    patron = doc[e - 1].lower_ in patrons or e >= 2 and doc[e - 2].lower_ in patrons or doc[e - 1].lower_ in lex.titles
    if 0 < e < len(doc) - 1 and doc[e].lower_ in ("'s", "’s") and doc[e - 1].text[:1].isupper() and patron \
            and doc[e - 1].text not in lex.names and doc[e - 1].text not in lex.capitals:
        # "Saint Aldric's College", "St. Brennan's Hospital": an institution named after its patron; "the Quarry
        # County Sheriff's Office": an office named after its holder
        k = next((k for k in range(e + 1, min(e + 4, len(doc))) if not doc[k].is_title), min(e + 4, len(doc)))
        heads = wc["possessive_name_heads"] + (wc["office_name_heads"] if doc[e - 1].lower_ in lex.titles else [])
        last = next((i for i in range(k - 1, e, -1) if doc[i].lower_ in heads), None)
        if last is not None or doc[e - 1].lower_ not in wc["plural_owners"]:
            return last + 1 if last is not None else e
    # "the Signal Workers' Guild", "the Karran Fishermen's Cooperative"; not "Vantor Cars' Kelmark Steel subsidiary"
    plural = 0 < e < len(doc) - 1 and (doc[e].text in ("'", "’") and _members_word(doc[e - 1])
                                       or doc[e].lower_ in ("'s", "’s") and doc[e - 1].lower_ in wc["plural_owners"])
    if not (plural and doc[e - 1].ent_type_ != "PERSON"):
        return e
    heads = wc["org_heads"]
    k = e + 1  # "Guild" may be tagged a common noun, or a person's name
    while k < len(doc) and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN") and not doc[k].is_sent_start \
            and (doc[k].ent_type_ != "PERSON" or doc[k].lower_ in heads) and doc[k].lower_ not in lex.titles:
        k += 1
    if k == e + 1 or doc[k - 1].lower_ in wc["event_heads"]:
        return e
    while k < len(doc) and doc[k].like_num:
        k += 1
    return k


def _members_word(tok: Token) -> bool:
    """A capitalised plural for people, before an apostrophe ("Workers'", "Dockers'", "Farmers'"), not a
    company's or family's name ("Cars'", "Harwicks'")."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_.endswith(
        ("ers", "ors", "ists", "ians", "men", "ants", "ents", "ses", "ees", "ives"))


def _members_body(name: str, lex: Lexicon) -> bool:
    """A name whose last word is a body that people join ("Renewal Party", "Unity League")."""
    words = name.lower().split()
    return bool(words) and words[-1] in lex.relations["word_classes"]["members_body_heads"]


def _joined_before(doc: Doc, start: int, joins: set[str]) -> int | None:
    """The capitalised word that particles (and numbers between them) join to the name at `start` ("Bento"
    before "do Rio Claro", "Mouvement" before "du 9 Juin"), or None."""
    k = start - 1
    while k > 0 and (doc[k].like_num or doc[k].lower_ in joins) and doc[k - 1].lower_ in joins:
        k -= 1
    return k - 1 if k >= 1 and doc[k].lower_ in joins and _name_word(doc[k - 1]) else None


def _joined_name(doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows a name particle joined to a capitalised word ("do" in "São Bento
    do Rio Claro")."""
    return _joined_before(doc, start, NAME_PARTICLES - {"-", "'", "al", "el"}) is not None


def _name_word(tok: Token) -> bool:
    """A capitalised word that may open or carry a name, not a sentence's first word ("What do Russia
    and China want")."""
    return tok.is_title and tok.pos_ == "PROPN" and not tok.is_sent_start


def _members_of(doc: Doc, end: int, lex: Lexicon) -> str | None:
    """'Harakat Nur jihadists raided ...', 'Velm Party members': a name before its own people's noun names a
    body (an armed one for fighters), not a person."""
    if end >= len(doc) or doc[end - 1].dep_ != "compound" or doc[end - 1].head.i != end:
        return None
    words = lex.relations["word_classes"]
    noun = doc[end].lower_
    if noun in ("member", "members"):
        return "Organization"
    return "ArmedForces" if noun in words["owned_members"] or noun in words["nonstate_body_nouns"] else None


def _names_a_thing(doc: Doc, end: int, lex: Lexicon) -> bool:
    """Capitalised words that modify the common noun after them ("the stalled Athabasca North pipeline",
    "the Red Mesa copper mine"): a project's or a site's name, no person's."""
    if end >= len(doc) or doc[end - 1].dep_ != "compound":
        return False
    head = doc[end - 1].head
    while head.dep_ == "compound" and head.head.i > head.i and head.i < end + 3:
        head = head.head
    words = lex.relations["word_classes"]
    return head.i >= end and head.pos_ == "NOUN" and head.is_lower and head.lower_ not in lex.titles \
        and head.lemma_.lower() not in words["group_nouns"] and head.lower_ not in words["group_nouns"] \
        and head.lemma_.lower() not in words["body_nouns"] and head.lower_ not in words["group_kinds"]


def _portfolio(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Capitalised words before a title that takes a portfolio ("Cabinet Affairs Minister"): no known name,
    nor a body's head word ("Communist Party Secretary" is the party's)."""
    words = lex.relations["word_classes"]
    last = doc[e - 1].lower_
    trades = words["body_noun_heads"]["company"]  # "Resources" ends companies' names, never a ministry's
    return e < len(doc) and doc[e].lower_ in words["portfolio_offices"] \
        and last not in words["body_nouns"] and (last not in words["org_heads"] or last in trades) \
        and all(t.text not in lex.names and t.text not in lex.demonyms for t in doc[s:e])


def _syllable(tok: Token) -> bool:
    """The lower-case half of a hyphenated given name ("Ji-hoon", "Soo-mi"), not a suffix ("Kerry-brokered",
    "Paris-born")."""
    return tok.is_alpha and tok.is_lower and len(tok) <= 5 and not tok.text.endswith(("ed", "ing")) \
        and tok.text not in ("born", "like", "era", "style", "type", "based", "wide", "free", "proof", "owned")


def name_head(words: Sequence[str]) -> str:
    """An English name's head word, lower-cased: its last, or the last before "for", "of" or "to" ("Velm
    Institute for Trade Studies": institute)."""
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "to")), len(words))
    return words[cut - 1].rstrip(".,").lower()


def site_name(words: Sequence[str], heads: Collection[str], acting: Collection[str]) -> bool:
    """A name whose head says it names a site: its last word ("Dayton International Airport"), or its head before
    "of" ("the Palace of Fine Arts"; not "the Church of X", a body that acts)."""
    return bool(words) and (words[-1].lower() in heads
                            or len(words) > 2 and name_head(words) in heads and name_head(words) not in acting)


def _org_head(text: str, lex: Lexicon) -> bool:
    """A name whose head word makes it an organisation's: the last in English ("the Ostby Union",
    "Greywater Mining", "the Huntington Herald-Press"), or the last before "for", "of" or "to" ("Velm Institute
    for Trade Studies"); the first in French, Spanish or Portuguese, before a particle ("Mouvement du 9 Juin")
    or when no English word ("Frente Cívica Nova")."""
    words = text.split()
    wc = lex.relations["word_classes"]
    heads = wc["org_heads"]
    if len(words) < 2:
        return False
    if words[-1] in wc["legal_forms"]:
        return True  # "Andes Litio SpA", "Velmar S.A."
    head = name_head(words)
    heads = [*heads, *wc["newspaper_name_heads"]]  # "the Orsk Sentinel", though "the Sentinel" stays a name
    return head in heads or head.rsplit("-", 1)[-1] in heads or words[0].lower() in wc["head_initial_org_heads"] \
        or words[0].lower() in heads and any(w in NAME_PARTICLES for w in words[1:])


def _org_type(text: str, lex: Lexicon) -> str:
    words = text.lower().split()
    for typ, cues in lex.relations["word_classes"]["org_type_words"].items():
        for cue in cues:
            if " " in cue and cue in text.lower() or cue in words:
                return str(typ)
    return "Organization"


def party_tag(doc: Doc, i: int, lex: Lexicon) -> int:
    """The end of a legislator's party-and-state tag that opens at token `i` after a comma or bracket ("Sen.
    X, D-Calif., said", "Rep. Y (R-Texas)"), else 0."""
    if i < 1 or i + 2 >= len(doc) or doc[i].text not in lex.relations["word_classes"]["party_tag_letters"] \
            or doc[i + 1].text != "-" or doc[i - 1].text not in (",", "("):
        return 0
    for j in (i + 4, i + 3):
        text = doc[i + 2:j].text if j <= len(doc) else ""
        if text and (text in lex.state_abbrevs or text + "." in lex.state_abbrevs
                     or lex.regions.get(text) == "United States"):
            return j
    return 0


def party_tag_at(tok: Token, lex: Lexicon) -> int | None:
    """The first token of the party-and-state tag `tok` is in, if it is in one."""
    return next((k for k in range(max(1, tok.i - 3), tok.i + 1) if party_tag(tok.doc, k, lex) > tok.i), None)


def find_mentions(doc: Doc, doc_index: int, lex: Lexicon, nlp: Language) -> tuple[list[RawMention], list[TitleSpan]]:
    """Mentions and title phrases in one paragraph Doc."""
    gaz = filter_spans(doc.spans[NAMES])  # the gazetteer components' (kg/nlp.py)
    titles = [TitleSpan(doc_index, s.start, s.end, lex.titles[s.text.lower()])
              for s in (_after_body_name(doc, _before_body_name(doc, s, lex), lex) for s in filter_spans(doc.spans[TITLES]))
              if s.text.lower() in lex.titles and not _inside_name(doc, s, gaz, lex)
              and (s.text.lower() not in lex.relations["word_classes"]["adjective_titles"] or _before_a_name(doc, s.end, lex))]
    # a capitalised word inside a title ("State" in "Secretary of State") is not a name
    title_toks = {i for t in titles for i in range(t.start, t.end)}
    out: list[RawMention] = []
    # "D-Calif." in "Sen. X, D-Calif.,": a party and a home state, no mention of a place
    taken: set[int] = {k for t in _tokens_with(doc, lex.relations["word_classes"]["party_tag_letters"])
                       for k in range(t.i, party_tag(doc, t.i, lex))}
    named_ent_at = {i: e for e in doc.ents if e.label_ in ("ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")
                    for i in range(e.start, e.end)}
    name_ends = {e.end: e for e in doc.ents if e.label_ in ("ORG", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART")}
    place_ent_at = {i: e for e in doc.ents if e.label_ in ("GPE", "LOC") for i in range(e.start, e.end)}
    gaz_toks = {i for g in gaz for i in range(g.start, g.end)}
    office_toks = {i for t in titles if t.title.kind != "none" for i in range(t.start, t.end)}
    for sp in gaz:
        label = sp.label_
        text = sp.text
        if set(range(sp.start, sp.end)) <= title_toks or sp.start in taken:
            continue
        if label in ("NAME", "CAPITAL") and _joined_name(doc, sp.start):
            continue  # "São Bento do Rio Claro", "Tour de France": a place's name inside a longer one
        longer = _name_before(doc, sp, name_ends, gaz_toks | office_toks, lex.relations["word_classes"]["body_descriptors"]) \
            if label in ("NAME", "CAPITAL") else None
        if longer is not None:  # "the charity Refugee Aid Sweden": a body whose name ends with the place
            rm = _classify(doc, longer, sp.end, doc[longer:sp.end].text, "ORG", lex, doc_index)
            if rm is not None:
                out.append(rm)
                taken.update(range(longer, sp.end))
                continue
        place = place_ent_at.get(sp.start)
        if place is not None and label == "NAME" and lex.names[text].type not in ("Country", "City", "Region") \
                and place.start <= sp.start and sp.end <= place.end and len(place) > len(sp):
            continue  # "Quebrada Honda": a body's name inside a longer place name the model saw is the place's
        # a gazetteer word inside a longer NER name ("Qatar" in "Qatar Airways") belongs to that name
        ent = named_ent_at.get(sp.start)
        ent_end = ent.end - (ent is not None and doc[ent.end - 1].tag_ == "POS") if ent is not None else 0
        if ent is not None and not (sp.end <= ent_end and (ent_end - ent.start) > (sp.end - sp.start)):
            ent = None  # ("Guinea-Bissau's" is no longer name than "Guinea-Bissau")
        if ent is not None and any(t.text in ("(", ")") or t.dep_ == "mark" and t.is_lower for t in ent):
            ent = None  # "MAPUTO, Mozambique (Reuters) -", "the Velm Front that Uganda": no name holds a bracket or a "that"
        if ent is not None and ent.start == sp.start and sp.end < ent.end and doc[sp.end].tag_ == "POS" \
                and lex.names[text].type == "Country":
            ent = None  # "Chile's Office of Market Fairness": the state's, not a part of the office's name
        if ent is not None and label != "NAME":
            continue
        if ent is not None and ent.label_ == "PERSON" and ent.start == sp.start and lex.names[text].type != "Country" \
                and all(t.is_title and t.pos_ == "PROPN" and t.i not in title_toks and t.i not in gaz_toks
                        for t in doc[sp.end:ent_end]) and doc[sp.end - 1].whitespace_:
            continue  # "Virginia Galle", "Florence Achterberg": a given name that is also a place's
        if ent is not None and ent.label_ == "ORG" and lex.names[text].type not in ("Country", "City", "Region") \
                and any(t.is_title and t.is_alpha and t.i not in gaz_toks for t in doc[ent.start:sp.start]):
            continue  # "the Ubuntu Reform Congress": another body's name ending in a known one's word
        nxt = doc[sp.end] if sp.end < len(doc) else None
        if label == "CAPITAL" and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and not nxt.ent_type_ in ("GPE",):
            continue  # "Paris Climate Accord": part of a longer name
        if ent is not None and label == "NAME" and (lex.names[text].type == "Country" or ent.label_ == "ORG"
                                                    and lex.names[text].type in ("City", "Region")):
            continue  # "Nevada Mining Safety Board", "Qatar Airways": the place is part of the body's name
        start, end = sp.start, sp.end
        if _inside_hyphened_word(doc, sp):
            continue  # "AU" in "PORT-AU-PRINCE": part of a longer word
        before = doc[sp.start - 1] if sp.start > 0 else None
        if before is not None and before.is_title and not before.is_sent_start and before.i not in gaz_toks \
                and before.lower_ in lex.relations["word_classes"]["place_name_modifiers"]:
            # "the Little Havana section of Miami", "Little Italy": a neighbourhood named after a place, not that place
            out.append(RawMention(doc_index, before.i, sp.end, doc[before.i:sp.end].text, "City", head=sp.root.i))
            taken.update(range(before.i, sp.end))
            continue
        if label == "NAME" and lex.names[text].type not in ("Country", "City", "Region"):
            start, end = _hyphened(doc, sp, gaz_toks)  # "ITAR-TASS": the body's name as the text writes it
        rm = RawMention(doc_index, start, end, doc[start:end].text, "Country", head=sp.root.i)
        if label == "NAME":
            place = lex.names[text]
            rm.type, rm.canonical, rm.state, rm.metonym = place.type, place.name, place.state, place.metonym
            if place.metonym:
                rm.type, rm.canonical = "Country", place.state
        elif label == "DEMONYM":
            rm.canonical, rm.demonym = lex.demonyms[text], True
            if sp.root.tag_ in ("NNPS", "NNS") or text.endswith("s") and text[:-1] in lex.demonyms:
                rm.demonym = False  # "the Saudis": the people, standing for the state
        else:
            rm.type, rm.canonical, rm.state = "City", text, lex.capitals[text]
            words = lex.relations["word_classes"]
            rm.metonym = _metonymic(doc[sp.root.i], set(words["physical_attacks"]) | set(words["place_visits"]),
                                    words["place_verbs"], lex.state_names, words["place_nouns"])
            if rm.metonym:  # "Moscow said": the capital stands for its state
                rm.type, rm.canonical = "Country", rm.state
        out.append(rm)
        taken.update(range(start, end))
    _state_abbreviations(doc, doc_index, lex, out, taken)
    _dateline_place(doc, doc_index, lex, out, taken)
    _named_groups(doc, doc_index, lex, out, taken, _common_words(nlp))
    _armed_forces(doc, doc_index, lex, out, taken)
    _state_police(doc, doc_index, lex, out, taken)
    _spelled_out_acronyms(doc, doc_index, lex, out, taken, title_toks)
    _site_names(doc, doc_index, lex, out, taken)
    _offices_named_by_title(doc, doc_index, lex, out, taken)
    _people_by_deed(doc, doc_index, lex, out, taken, title_toks, _common_words(nlp))
    region_kinds = set(lex.relations["word_classes"]["region_kinds"])
    facilities = lex.relations["word_classes"]["facility_heads"]
    _towns_before_offices(doc, doc_index, lex, out, taken, titles)
    for ent in _joined_people(doc, _split_at_titles(doc, _split_bodies(doc, _joined_bodies(doc, _through_particles(
            doc, _split_places(doc, lex)), lex, nlp),
                                                                     lex), titles, lex), title_toks, lex):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
            continue
        s, e = _clean(ent, lex)
        while ent.label_ == "PERSON" and s == ent.start and s > 0 and doc[s - 1].dep_ == "compound" \
                and s <= doc[s - 1].head.i < e and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title \
                and doc[s - 1].is_alpha and not doc[s - 1].ent_type_ and s - 1 not in taken \
                and s - 1 not in title_toks and doc[s - 1].lower_ not in lex.titles \
                and doc[s - 1].lemma_.lower() not in lex.titles and doc[s - 1].lower_.rstrip("s") not in lex.titles \
                and f"{doc[s - 1].lower_}." not in lex.titles \
                and doc[s - 1].text not in lex.names and doc[s - 1].text not in lex.demonyms \
                and not _common(doc[s - 1].lower_, _common_words(nlp)) \
                and not (doc[s - 1].is_sent_start and doc[s - 1].lower_.endswith(_TRADE_ENDINGS)):
            s -= 1  # "Ilse Pell" with "Ilse" left out of the model's name (not "Chef X", "Anatomist Jeffrey Laitman")
        if s == ent.start and s > 0 and s - 1 not in taken and doc[s - 1].is_title and doc[s - 1].is_alpha \
                and doc[s - 1].lower_ in lex.relations["word_classes"]["head_initial_org_heads"]:
            s -= 1  # "Club Deportivo Huallaga" with "Club", opening the sentence, left out of the model's name
        # "the Ambassador Hotel": its title word is its name's (a site takes "the"; "Senator Ada Church" does not)
        site = e - s > 1 and doc[e - 1].lower_ in facilities and _after_the(doc, s)
        while s < e and not site and (s in title_toks or ent.label_ == "PERSON" and doc[s].lower_ in lex.titles):
            s += 1  # "President Donald Trump" -> "Donald Trump"
        while s < e and s > ent.start and s - 1 in title_toks and doc[s].lower_ in ("of", "the"):
            s += 1  # "Secretary of State of Velmaria" -> "Velmaria", not "of Velmaria"
        if ent.label_ == "PERSON" and not site:  # "Highway Patrol Officer Jan Ostrum": the name after the last title
            last = max((i for i in range(s, e - 2) if i in title_toks or doc[i].lower_ in lex.titles), default=None)
            if last is not None and all(doc[j].is_title for j in range(s, last + 1)):
                s = last + 1
        while e > s and e - 1 in title_toks:
            e -= 1  # "Coast Guard Lt." (before a name) -> "Coast Guard"
        while e - s > 1 and ent.label_ != "PERSON" and doc[e - 1].text in region_kinds:
            e -= 1  # "Ostland province": the region is "Ostland"
        if ent.label_ in ("ORG", "PERSON") and e - s > 1 and doc[s].is_sent_start \
                and (doc[s].lower_ in lex.relations["word_classes"]["trade_descriptors"]
                     or ent.label_ == "PERSON" and e - s > 2 and len(doc[s]) > 5 and doc[s].lower_.endswith("ist")
                     or len(doc[s]) > 7 and doc[s].lower_.endswith(("maker", "builder"))):  # "Papermaker X", "Shipbuilder X"
            # "Chipmaker Vantrel Semiconductor sued ...", "Geologist Ana Marr said": the trade, capitalised for
            # opening the sentence
            s += 1
        if s >= e or any(i in taken for i in range(s, e)):
            continue
        text = doc[s:e].text.strip()
        if not text or not any(c.isupper() for c in text) or "\n" in text:
            continue
        if e - s == 1 and _generic(doc[s].lower_, lex):
            continue  # "State", "Army", "Council" alone name no one in particular
        if ent.label_ == "ORG" and _portfolio(doc, s, e, lex):
            continue  # "Natural Resources Minister X": the minister's portfolio, not a body
        place = next((g for g in gaz if g.start == s and g.end < e and g.label_ == "NAME"
                      and lex.names[g.text].type in ("Country", "Region")), None) if ent.label_ == "ORG" else None
        if place is not None and _portfolio(doc, place.end, e, lex) and any(
                f"{doc[place.end:e].text.lower()} {t}" in lex.titles for t in ("minister", "secretary")):
            # "Florida Agriculture Commissioner X": the place's commissioner, with a ministry's portfolio, not a body's
            # ("Texas Instruments Secretary X", "Alaska Airlines Secretary X" are the companies')
            known = lex.names[place.text]
            out.append(RawMention(doc_index, place.start, place.end, place.text, known.type, canonical=known.name,
                                  state=known.state, head=place.root.i))
            taken.update(range(place.start, place.end))
            continue
        if text.isupper() and len(text) > 4 and " " in text or text.isupper() and text.title() in lex.cities:
            text = text.title()  # "FRESNO, Calif.", "ROYAL OAK, Mich.": a dateline in capitals
        titled = s > 0 and (s - 1 in title_toks or doc[s - 1].lower_ in lex.titles)
        # "the rebel Ostra Liberation Front": a title before a body's name the model saw makes no person
        person = titled and _not_a_place(text, lex) and not (ent.label_ == "ORG" and _org_head(text, lex)) \
            and not site or _has_who(doc, s, e) and not _before_state(doc, e, lex) or _described_by_title(doc, s, e, lex)
        label = "PERSON!" if person else ent.label_  # a title or "who" says so, whatever the gazetteer
        if not person and _before_state(doc, e, lex):
            label = "GPE"  # "FRESNO, Calif.", "Fairbanks, Alaska": a place named with its state
        rm = _classify(doc, s, e, text, label, lex, doc_index, _common_words(nlp))
        if rm is not None and rm.type == "Person" and not person:
            rm.type = _members_of(doc, e, lex) or rm.type  # "Harakat Nur jihadists": a group the model took for a man
        if rm is not None:
            if rm.type == "Person":
                rm.aliases = _titled_names(doc, s, e, title_toks, lex)
            out.append(rm)
            taken.update(range(s, e))
    _places_before_states(doc, doc_index, lex, out, taken)
    _unlabelled_names(doc, doc_index, lex, out, taken, title_toks)
    _lone_names_by_title(doc, doc_index, lex, out, taken)
    _names_after_offices(doc, doc_index, lex, out, taken, titles, _common_words(nlp))
    _places_by_description(doc, doc_index, lex, out, taken)
    _places_coordinated(doc, doc_index, lex, out, taken)
    _regions_by_kind(doc, doc_index, lex, out, taken, nlp)
    _subdivisions(doc, doc_index, lex, out, taken)
    _bodies_named_in_apposition(doc, doc_index, lex, out, taken)
    _bodies_by_description(doc, lex, out, titles, title_toks)
    _unlabelled_bodies(doc, doc_index, lex, out, taken, title_toks)
    _bodies_described_after(doc, doc_index, lex, out, taken, title_toks)
    _people_described_as_bodies(doc, lex, out)
    _bodies_headed(doc, lex, out)
    _bodies_after_offices(doc, lex, out, {i for t in titles if t.title.kind == "office" for i in range(t.start, t.end)})
    _dateline_region(doc, out)
    _glued_prefixes(doc, out)
    _bodies_before_titles(doc, doc_index, lex, out, titles, _common_words(nlp))
    out = [m for m in out if not (m.type == "Person" and _quoted_work(doc, m.start, m.end))]  # NBC's "Harbor Lights"
    out.sort(key=lambda m: m.start)
    return out, titles


def _names_after_offices(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                         titles: list[TitleSpan], common: Collection[str] = ()) -> None:
    """'the district commissioner for Lenkai', 'the mayor of Ostbury': one capitalised word the model named
    nothing, right after an office's "of" or "for", is what the office is of: a region or a town for a
    region's or a town's office, else a body."""
    wc = lex.relations["word_classes"]
    for t in titles:
        if t.title.kind == "none" or t.end + 1 >= len(doc) or doc[t.end].lower_ not in ("of", "for"):
            continue
        i = t.end + 1
        tok = doc[i]
        if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.text in lex.names \
                or tok.text in lex.demonyms or tok.lower_ in lex.titles or _common(tok.lower_, common) \
                or i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].tag_ == "POS"):
            continue
        words = t.title.phrase.split()
        kind = "Region" if words[0] in wc["region_kinds"] and words[0] != "state" else \
            "City" if t.title.phrase in wc["town_offices"] else "Organization"
        m = next((m for m in out if m.start <= i < m.end), None)
        if m is None and i not in taken:
            out.append(RawMention(doc_index, i, i + 1, tok.text, kind, head=i))
            taken.add(i)
        elif m is not None and (m.start, m.end) == (i, i + 1) and not m.canonical and kind != "Organization" \
                and m.type in ("Person", "Organization"):
            m.type = kind  # "the district commissioner for Lenkai", the model's person; "the mayor of Ostbury"


def _bodies_after_offices(doc: Doc, lex: Lexicon, out: list[RawMention], office_toks: set[int]) -> None:
    """"chief executive of Kestrel Wind", "an analyst at Orvik Capital": a name the model took for a person,
    right after an office's "of" or "at", is the body the office is in."""
    for m in out:
        tok = doc[m.head]
        if m.type != "Person" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "at") or m.aliases \
                or m.text.split()[0] in lex.demonyms:  # "a scholar of the Italian Renaissance": a subject
            continue
        prep = tok.head
        if prep.head.i in office_toks and all(doc[i].lower_ == "the" for i in range(prep.i + 1, m.start)):
            m.type = _org_type(m.text, lex)


def _bodies_before_titles(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], titles: list[TitleSpan],
                          common: Collection[str]) -> None:
    """'Aérolys spokeswoman Inès Ferrand': capitalised words the model named nothing, right before the title of a
    person named after it, are the body the office is in (not "Former", nor a common word or a known place)."""
    for ts in titles:
        if ts.title.kind not in ("office", "spokesperson") or ts.start == 0:
            continue
        if not any(m.type == "Person" and m.start in (ts.end, ts.end + 1) for m in out):
            continue
        s = ts.start
        while s > 0 and ts.start - s < 4 and doc[s - 1].is_title and doc[s - 1].is_alpha and doc[s - 1].pos_ == "PROPN" \
                and not doc[s - 1].ent_type_ and not any(m.start <= s - 1 < m.end for m in out) \
                and doc[s - 1].lower_ not in lex.titles and doc[s - 1].text not in lex.names \
                and doc[s - 1].text not in lex.demonyms and not _common(doc[s - 1].lower_, common):
            s -= 1
        if s < ts.start and s > 0 and not doc[s - 1].whitespace_:
            s = ts.start  # ("A Lashkar-e-Sabir spokesman": the end of a hyphened name the model found)
        if s < ts.start and doc[s].is_sent_start and not any(
                t.text == doc[s].text and not t.is_sent_start for t in doc if t.i != s):
            s = ts.start  # ("Coastal spokesman X": a capitalised word opening a sentence, named nowhere else)
        if s < ts.start:
            text = doc[s:ts.start].text
            out.append(RawMention(doc_index, s, ts.start, text, _org_type(text, lex), head=ts.start - 1, described=True))


def _state_abbreviations(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'FRESNO, Calif.', 'Lindholm Falls, Minn.', 'Patchogue, NY': a state abbreviation counts only right
    after a capitalised place name and a comma (alone, "Miss." or "OR" mean something else)."""
    for i in range(2, len(doc)):
        if i in taken or doc[i - 1].text != "," or not (doc[i - 2].is_title or doc[i - 2].is_upper):
            continue
        for j in (i + 2, i + 1):  # "W. Va." may be two tokens
            text = doc[i:j].text
            name = lex.state_abbrevs.get(text) or lex.state_abbrevs.get(text + ".") if j <= len(doc) else None
            if name and not any(k in taken for k in range(i, j)):
                if len(text) == 2 and j < len(doc) and doc[j].is_alpha and doc[j].is_lower:
                    break  # "Portland, OR the ..." reads on as a sentence: no abbreviation
                state = lex.names[name].state if name in lex.names else lex.regions.get(name)  # "Wash.": of the US
                out.append(RawMention(doc_index, i, j, text, "Region", canonical=name, state=state, head=j - 1))
                taken.update(range(i, j))
                break


def _dateline_place(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'GOMA, Democratic Republic of Congo (Reuters)', 'SAND HOLLOW BEACH, Ala.': the words in capitals that
    open a wire dateline (kg/read.py gives it a Doc of its own) name a town, when a known town, a wire
    agency in brackets or a state after a comma says it is a dateline and not a headline in capitals."""
    j = 0
    while j < len(doc) and j not in taken and (doc[j].is_upper and _letters(doc[j].text) or doc[j].text in (".", "'", "-")
                                               and j > 0 and not doc[j - 1].whitespace_):
        j += 1  # "STOCKTON-ON-TEES", "ST. PAUL", "N'DJAMENA"
    if j == 0 or len(doc) > 16 or j < len(doc) and doc[j].text not in (",", "("):
        return
    words = [(w.lower_ if k and w.lower_ in NAME_PARTICLES | {"on", "by", "the", "upon", "sur", "au", "aux", "en"} else w.text.title()
              if _letters(w.text) else w.text) + w.whitespace_ for k, w in enumerate(doc[0:j])]
    text = "".join(words).strip()  # "SÃO TOMÉ DO MAR" -> "São Tomé do Mar", "ST. PAUL" -> "St. Paul"
    state = j + 1 < len(doc) and doc[j].text == "," and (
        any(m.start == j + 1 and m.type in ("Country", "Region") for m in out) or doc[j + 1].ent_type_ in ("GPE", "LOC"))
    agency = any(t.text == "(" for t in doc[j:]) and doc[-1].text == ")"
    if agency:  # "(Reuters)": the wire that filed the story is no actor in it
        bracket = next(t.i for t in doc[j:] if t.text == "(")
        out[:] = [m for m in out if m.start < bracket]
        taken.update(range(bracket, len(doc)))
    if text in lex.cities or state or agency:
        city = lex.cities.get(text)
        # "BAYONNE, France": the state the dateline names, not the gazetteer's larger namesake (in the US)
        named = any(m.start == j + 1 and m.type == "Country" for m in out)
        out.append(RawMention(doc_index, 0, j, text, "City", canonical=text,
                              state=lex.capitals.get(text) or (city[0] if city and not named else None),
                              head=j - 1))
        taken.update(range(j))


def _glued_prefixes(doc: Doc, out: list[RawMention]) -> None:
    """'the Al-Qasr Lions Brigade' found from "Qasr": a body's name starts with the word hyphened to its first."""
    for m in out:
        s = m.start
        if m.type in ("Organization", "ArmedForces") and s >= 2 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ \
                and not doc[s - 2].whitespace_ and doc[s - 2].is_alpha and doc[s - 2].lower_ in NAME_PARTICLES \
                and not any(o.start <= s - 2 < o.end for o in out):
            m.start, m.text = s - 2, doc[s - 2:m.end].text


def _dateline_region(doc: Doc, out: list[RawMention]) -> None:
    """'KETTLE LAKE, Ontario (AP) -': after a dateline's town, a state or province, never a town of another
    country that shares its name (Ontario, California)."""
    town = next((m for m in out if m.start == 0 and m.type == "City" and doc[0].is_upper), None)
    if town is None or town.end + 1 >= len(doc) or doc[town.end].text != ",":
        return
    for m in out:
        if m.start != town.end + 1 or not (m.end == len(doc) or doc[m.end].text in ("(", "-", "—", "_")):
            continue
        if m.type == "City" and not m.metonym and m.state:
            m.type, m.state = "Region", None
        if m.type == "Region" and town.state and town.state != m.state:
            town.state = None  # "BATHURST, New Brunswick": the region the dateline names, not the gazetteer's namesake


def _letters(word: str) -> bool:
    """A word of letters, with an apostrophe inside at most ("N'DJAMENA")."""
    return word.replace("'", "").replace("’", "").isalpha()


NAME_PARTICLES = {"al", "el", "de", "du", "del", "la", "le", "les", "des", "da", "do", "dos", "das", "di", "bin", "ibn",
                  "van", "von", "der", "den", "y", "pour", "l'", "d'", "-", "'"}


_JOINING = {"de", "del", "da", "do", "dos", "das", "di", "du", "la", "van", "von", "der", "den"}  # inside a name
# after a hyphen inside a Persian or Arabic name ("Jabha-ye Azadi", "Sang-e Surkh", "Hizb-ut Tahrir")
_LINKING_PARTICLES = {"e", "ye", "i", "ul", "ut", "ud", "al", "el"}


def _apostrophed(t: Token) -> bool:
    """A capitalised word with an apostrophe inside, written as a name is ("Jama'at", "Kata'ib", "N'Djamena")."""
    text = t.text
    return text[:1].isupper() and ("'" in text[1:-1] or "’" in text[1:-1]) and text.replace("'", "").replace("’", "").isalpha()


def _name_run(doc: Doc, end: int, taken: set[int]) -> int:
    """The start of the run of capitalised words (joined by particles such as "al-", "de", "du") ending at `end`."""
    s = end
    while s > 0 and s - 1 not in taken and (doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                             or doc[s - 1].lower_ in NAME_PARTICLES and not doc[s - 1].is_sent_start
                                             or doc[s - 1].lower_ in _LINKING_PARTICLES and _glued(doc, s - 2)):
        s -= 1  # (and "Jabha-ye Azadi": a linking particle after a hyphen)
    while s < end and (doc[s].lower_ in NAME_PARTICLES or doc[s].is_sent_start and doc[s].lower_ == "the"):
        s += 1
    return s


def _new_name_before(doc: Doc, end: int, taken: set[int], lex: Lexicon) -> int | None:
    """Where the run of names right before token `end` starts ("the [Ansar al-Furqan] militia", "[Borno]
    state"), if it holds a proper noun and the gazetteers do not already know it as a place, a demonym or
    a title; else None."""
    s = _name_run(doc, end, taken)
    if s == end or not any(t.pos_ == "PROPN" for t in doc[s:end]):
        return None
    text = doc[s:end].text
    if text in lex.names or text in lex.demonyms or text.lower() in lex.titles:
        return None
    return s


def _named_groups(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                  common: Collection[str] = ()) -> None:
    """'the Ansar al-Furqan militia', "Yemen's Ansar al-Haqq movement", 'the Los Halcones del Norte cartel':
    a name before a noun that says what kind of group it is names that group."""
    heads = lex.relations["word_classes"]["group_kinds"]
    for tok in _tokens_with(doc, heads):
        kind = heads.get(tok.text)  # lower case only: "the Varnish Party" is a name, "the X militia" a kind
        if kind is None or tok.i in taken or tok.i == 0 or tok.i - 1 in taken:
            continue
        s = _new_name_before(doc, tok.i, taken, lex)  # not "the Syrian army": a state's forces, handled elsewhere
        if s is None or kind == "GovernmentOrganization" and tok.i - s == 1 and doc[s].is_sent_start \
                and _common(doc[s].lower_, common):
            continue  # not "Foreign ministry spokesman X", capitalised for opening the sentence
        if kind != "ArmedForces" and lex.cities.get(doc[s:tok.i].text, ("", 0))[1] >= 100_000:
            continue  # "a Phoenix newspaper": the city's, not one named so (but "the Medellin cartel" is named so)
        out.append(RawMention(doc_index, s, tok.i, doc[s:tok.i].text, kind, head=tok.i - 1))
        taken.update(range(s, tok.i + 1))


def _places_by_description(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the village of Tarsk', 'Brenneck, a spa town in ...': a name the text describes as a place is one,
    whatever the model called it (the gazetteer's own entries stay as they are)."""
    nouns = lex.relations["word_classes"]["place_nouns"]
    parts = set(lex.relations["word_classes"]["subdivision_nouns"])
    for tok in _titled_tokens(doc):  # (a name is capitalised)
        # (a capitalised word the tagger took for a common noun counts too: "the village of Ostby" tagged NN)
        described = tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "remain")  # "Ostby is a small town in Y"
        town_beside = any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in tok.children)
        if not (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and (not tok.is_sent_start or described)) \
                or tok.ent_type_ in ("DATE", "TIME") and not town_beside:  # "early Sunday" (not "X, a town in Y",
            continue  # whatever the model took X for)
        desc = None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in nouns:
            desc = tok.head.head.lemma_.lower()
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.is_lower \
                and tok.head.head.lemma_.lower() in parts and any(
                    c.dep_ in ("compound", "nmod") and c.is_title for c in tok.head.head.children):
            desc = "town"  # "the Kessar neighbourhood of Ostby": a town, whose part is named (not "a section of X")
        said = [c for c in tok.children if c.dep_ == "appos"] + \
            ([a for a in tok.head.children if a.dep_ == "attr" and a.is_lower] if described else [])
        # "X, one of the few towns in Y", "X is the largest of Y's provinces": the plural after "of"
        said += [p for a in said if a.lemma_.lower() not in nouns for pr in a.children
                 if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children if p.dep_ == "pobj" and p.tag_ == "NNS"]
        desc = next((c.lemma_.lower() for c in said if c.lemma_.lower() in nouns), desc)
        if desc is None:
            continue
        kind = nouns[desc]
        m = next((m for m in out if m.start <= tok.i < m.end), None)
        s = m.start if m is not None else tok.i
        while s > 0 and doc[s - 1].is_title and doc[s - 1].is_alpha and not doc[s - 1].is_sent_start \
                and not any(o.start <= s - 1 < o.end for o in out) and doc[s - 1].lower_ not in lex.titles:
            s -= 1
        if m is not None and m.canonical and m.type in ("Organization", "GovernmentOrganization", "ArmedForces") \
                and s < m.start and kind != "Country":
            # "Rancho Boeing, a village in Y": a body's name the gazetteer knows, ending a place's name
            out.remove(m)
            out.append(RawMention(doc_index, s, m.end, doc[s:m.end].text, kind, canonical=doc[s:m.end].text, head=tok.i))
            taken.update(range(s, m.end))
            continue
        if m is None:
            out.append(RawMention(doc_index, tok.i, tok.i + 1, tok.text, kind, canonical=tok.text, head=tok.i))
            taken.add(tok.i)
        elif not m.canonical and m.type in ("Person", "Organization", "Region") and kind != "Country":
            m.type = kind
            if m.key == "norp":  # "the town of Ostby", which the model took for a people's adjective: a place
                m.key = ""


def _places_coordinated(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'in Kelmby, Vashti or Dorrant': names coordinated with a town or region after a preposition of place
    are of its kind, though the model named only the first."""
    nouns = lex.relations["word_classes"]["place_nouns"]
    for m in [m for m in out if m.type in ("City", "Region") and 0 <= m.head < len(doc)]:
        head = doc[m.head]
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        end = max(c.i for c in (head, *head.conjuncts)) + 1
        # (after "in", "near", ...; or a list placed in turn: "hold Kelmby and Dorrant in northern Chad")
        if not (first.dep_ == "pobj" and first.head.lower_ in _WHERE_PREPS or head.conjuncts and _then_placed(doc, end)):
            continue
        # a list placed in turn ("in A, B or C in southern X"), whose members the model took for people: places too
        # (not "from Paris and Ana Pell, the UN envoy, praised it": two clauses the parser joined)
        placed_list = head.conjuncts and (_then_placed(doc, end) or any(_before_state(doc, c.i + 1, lex)
                                                                        for c in head.conjuncts) or any(
            a.dep_ == "appos" and a.lemma_.lower() in nouns for t in (first, *first.conjuncts) for a in t.children))
        for c in head.conjuncts:
            named = next((n for n in out if n.head == c.i), None)
            if named is not None and named.type == "Person" and not named.canonical and placed_list \
                    and not any(a.dep_ in ("appos", "relcl") for a in c.children) \
                    and named.start > 0 and doc[named.start - 1].lower_ not in lex.titles and not named.aliases:
                named.type = m.type  # "in Tolliver Gap, Ashby Mills or Carrick Ridge", two taken for people
                continue
            if c.i in taken or c.pos_ != "PROPN" or not c.is_title or not c.is_alpha \
                    or c.text in lex.names or c.text in lex.demonyms or c.lower_ in lex.titles:
                continue
            s = c.i
            while s - 1 >= c.left_edge.i and doc[s - 1].pos_ == "PROPN" and s - 1 not in taken \
                    and (doc[s - 1].is_title or doc[s - 1].text.endswith(".")):
                s -= 1  # "St. Albans", "Nakhon Thai District"
            if s < c.left_edge.i or s > c.left_edge.i and doc[s - 1].dep_ != "cc" and doc[s - 1].is_alpha \
                    or s == c.i and _generic(c.lower_, lex):
                continue  # a name the model cut ("southern Harris Counties"), or a kind alone ("and District")
            out.append(RawMention(doc_index, s, c.i + 1, doc[s:c.i + 1].text, m.type, head=c.i))
            taken.update(range(s, c.i + 1))


def _inside(out: list[RawMention], i: int, j: int) -> list[RawMention]:
    """The mentions that overlap tokens i to j."""
    return [m for m in out if m.start < j and m.end > i]


def _replace(out: list[RawMention], taken: set[int], pieces: list[RawMention], whole: RawMention) -> None:
    """A name found whole in place of the pieces the model cut it into."""
    for m in pieces:
        out.remove(m)
    out.append(whole)
    taken.update(range(whole.start, whole.end))


def _subdivisions(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the Bab Tuma quarter of Damascus', 'the Kessar neighbourhood of Ostby': capitalised words on a noun for a
    part of a town, before the town's "of", name a place, whatever the model called them."""
    for noun in _tokens_with(doc, lex.relations["word_classes"]["subdivision_nouns"]):
        if not noun.is_lower or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue
        j = noun.i
        i = j
        while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].dep_ in ("compound", "nmod", "amod") \
                and not doc[i - 1].is_sent_start and doc[i - 1].ent_type_ not in ("DATE", "TIME", "NORP") \
                and doc[i - 1].text not in lex.demonyms:
            i -= 1  # (not "the June quarter", "the Christian quarter")
        if i == j or doc[i:j].text in lex.names:
            continue
        inside = _inside(out, i, j)
        if any(m.canonical or m.start < i or m.end > j for m in inside):
            continue  # a gazetteer's place, or a name reaching outside
        _replace(out, taken, inside, RawMention(doc_index, i, j, doc[i:j].text, "City", head=j - 1))


def _regions_by_kind(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                     nlp: Language) -> None:
    """"Borno state", "in Italy's Emilia-Romagna region", "North Darfur state", "the state of Pará": a name right
    before a lower-case kind of region, or after its "of", is a region, whatever the model called it (a gazetteer's
    place stays as it is)."""
    kinds = lex.relations["word_classes"]["region_kinds"]
    placed = lex.relations["word_classes"]["placed_region_kinds"]
    for tok in _tokens_with(doc, kinds):
        if tok.is_lower and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":  # "the northern state of Pará"
            m = next((m for m in out if m.start == tok.i + 2), None)
            if m is not None and not m.canonical and (m.type == "Person" or m.type == "Organization"
                                                      and not _org_head(m.text, lex)):
                m.type = "Region"
        if tok.i == 0 or tok.dep_ == "compound" or not doc[tok.i - 1].text[:1].isupper():
            continue
        m = next((m for m in out if m.end == tok.i), None)
        if m is not None:
            if not m.canonical and (m.type == "Person" or m.type == "Organization" and not _org_head(m.text, lex)):
                m.type = "Region"  # "Cheongju" the model took for a person
                if m.key == "norp" and doc[m.head].pos_ == "PROPN":  # "the Antofagasta region", which the model took
                    m.key = ""  # for a people's adjective (not "the Jewish state")
                if tok.is_lower:
                    m.aliases = (*m.aliases, f"{m.text} {tok.text}")
            elif m.type == "City" and not m.metonym and tok.is_lower:
                # "Saudi Arabia's Riyadh province", "Mali's Mopti region": the region, not the town it is named after
                m.type, m.canonical = "Region", m.canonical or m.text
                m.aliases = (*m.aliases, f"{m.canonical} {tok.text}")
                if any(c.dep_ == "poss" and any(o.type == "Country" and o.start <= c.i < o.end
                                                and (o.canonical or o.text) != m.state for o in out) for c in tok.children):
                    m.state = None  # "Nepal's Koshi province": a town of that name elsewhere says nothing of it
            elif m.type == "Region" and tok.is_lower and not m.aliases:
                m.aliases = (f"{m.text} {tok.text}",)  # "Upper East region" is a name of it too
            continue
        s = _new_name_before(doc, tok.i, taken, lex)
        if s is None:
            continue
        text = doc[s:tok.i].text
        out.append(RawMention(doc_index, s, tok.i, text, "Region", canonical=text, head=tok.i - 1,
                              aliases=(f"{text} {tok.text}",)))  # "Upper East region" is a name of it too
        taken.update(range(s, tok.i))
    common = _common_words(nlp)
    for tok in _tokens_with(doc, placed):
        # "in the Potosí department", "Honduras' Olancho department": placed, or a state's
        where = tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS or any(
            c.dep_ in ("poss", "amod") and any(m.type == "Country" and m.start <= c.i < m.end for m in out)
            for c in tok.children)
        m = next((m for m in out if m.start == tok.i + 2), None) if tok.i + 2 < len(doc) else None
        if where and m is not None and doc[tok.i + 1].lower_ == "of" and not m.canonical \
                and m.type in ("Person", "Organization") and not _org_head(m.text, lex):
            m.type = "Region"  # "the Paraguayan department of Nu Vera"
            continue
        if not (where and tok.i > 0 and doc[tok.i - 1].is_title) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "at") and any(
                    m.type != "Country" and m.start <= p.i < m.end for p in c.children for m in out) for c in tok.children):
            continue  # (not "the Velmair department of the Tarsk Group": a body's department)
        m = next((m for m in out if m.end == tok.i), None)
        s = _new_name_before(doc, tok.i, taken, lex) if m is None else m.start
        if s is None or all(_common(t.lower_, common) for t in doc[s:tok.i]) \
                or any(t.lower_ in lex.titles for t in doc[s:tok.i]):
            continue  # (not "the Health department")
        if m is not None:  # "the Potosí department", the name the model took for a person's
            if not m.canonical and m.type in ("Person", "Organization") and not _org_head(m.text, lex):
                m.type, m.aliases = "Region", (f"{m.text} {tok.text}",)
            elif m.type == "City" and not m.metonym:  # "the country's Santa Cruz department": not the town so named
                m.type, m.canonical, m.aliases = "Region", m.canonical or m.text, (f"{m.text} {tok.text}",)
                m.state = None  # (a town of that name elsewhere says nothing of where the region lies)
            continue
        text = doc[s:tok.i].text
        out.append(RawMention(doc_index, s, tok.i, text, "Region", canonical=text, head=tok.i - 1,
                              aliases=(f"{text} {tok.text}",)))
        taken.update(range(s, tok.i))


def _bodies_by_description(doc: Doc, lex: Lexicon, out: list[RawMention], titles: list[TitleSpan],
                           title_toks: set[int]) -> None:
    """'retailer Koala Kids', 'the tabloid Abendkurier', 'her publisher, Editorial Mirador', 'the Meghna Knit
    garment factory', 'Koala Kids managing director Fiona McAllister': a name the model took for a person's is a
    body's when described as one (not "the Ana Ruiz team"), or when an office in a body follows it."""
    wc = lex.relations["word_classes"]
    descriptors, offices = set(wc["body_descriptors"]), set(wc["body_offices"])
    bodies = descriptors | set(wc["nonstate_body_nouns"])
    title_at = {t.start: t for t in titles}
    for m in out:
        guessed = m.type == "Person" or m.type == "Region" and not m.canonical  # the model's guess, not the gazetteer's
        if not guessed or m.start > 0 and (m.start - 1 in title_toks or doc[m.start - 1].lower_ in lex.titles):
            continue
        prev, head = doc[m.start - 1] if m.start > 0 else None, doc[m.head]
        described = prev is not None and prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "PROPN") \
            and (prev.lower_ in descriptors or prev.lemma_ in descriptors) \
            or head.dep_ == "compound" and head.head.is_lower and head.head.i >= m.end \
            and head.head.lemma_ in descriptors and head.head.lemma_ in wc["body_noun_heads"] \
            and any(c.dep_ == "det" for c in head.head.children) \
            or (head.dep_ == "appos" and head.head.is_lower and head.head.lemma_ in descriptors
                or _after_described_noun(doc, m.start, m.end, descriptors, wc["headed_body_verbs"])) \
            and not _described_by_title(doc, m.start, m.end, lex) \
            or any(c.dep_ == "appos" and c.is_lower and c.lemma_ in descriptors and c.left_edge.lower_ in ("a", "an")
                   for c in head.children)  # "Tidewatch, an environmental group, ..."
        # "an outfit dubbed the Iron Sparrows", "a group known as X", "a faction that calls itself X"
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
        described = described or head.dep_ in ("oprd", "pobj") and verb.lemma_.lower() in wc["alias_verbs"] \
            and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in bodies
        e = m.end + (1 if m.end < len(doc) and doc[m.end].tag_ == "POS" else 0)
        t = title_at.get(e)
        office = m.type == "Person" and t is not None and t.title.phrase in offices and t.end < len(doc) \
            and any(o.type == "Person" and o.start in (t.end, t.end + 1) for o in out)
        if described or office:
            m.type, m.described = _org_type(m.text, lex), True


def _after_described_noun(doc: Doc, s: int, e: int, descriptors: Collection[str], heads: Collection[str]) -> bool:
    """'who chairs the group, Clean Harwick,': a name set off right after "the" and a noun that describes a body,
    however the parser hung it."""
    noun = doc[s - 2] if s >= 3 else None  # (a noun with no name of its own: not "the Marlow Lions club, X,"; and one
    # a person heads, not "a lawyer for the company, Ivo Renn,", "after leaving the party, Ana Lopez, 54,")
    return noun is not None and doc[s - 1].text == "," and noun.is_lower and noun.lemma_ in descriptors \
        and noun.dep_ == "dobj" and noun.head.lemma_.lower() in heads \
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children) \
        and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in noun.children) \
        and e < len(doc) and doc[e].text in (",", ".", ";")


def _bodies_named_in_apposition(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'a little-known group, the Sons of the Southern Steppe,', 'a rival gang, the Aktau Wolves,': capitalised words
    set after a noun that describes a body, with their "the", name that body, however the model cut or typed them."""
    wc = lex.relations["word_classes"]
    nouns = set(wc["body_descriptors"]) | set(wc["nonstate_body_nouns"])
    aliases = set(wc["alias_verbs"])
    for tok in doc:
        if tok.i + 4 >= len(doc):
            continue
        if tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_ in nouns and doc[tok.i + 1].text == "," \
                and doc[tok.i + 2].lower_ == "the":
            i = tok.i + 3  # "a rival gang, the Aktau Wolves,"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in aliases and tok.dep_ in ("acl", "relcl") \
                and tok.head.lemma_.lower() in nouns:  # "a group calling itself the Sons of the Delta"
            k = tok.i + 1 + (doc[tok.i + 1].lower_ in ("itself", "themselves", "as"))
            if doc[k].lower_ != "the":
                continue
            i = k + 1
        else:
            continue
        j = i
        while j < len(doc) and j - i < 8:
            if doc[j].is_title and doc[j].is_alpha:
                j += 1
            elif j > i and doc[j].lower_ in _JOINING and j + 1 < len(doc) and doc[j + 1].is_title:
                j += 2  # "Sons of Liberty"
            elif j > i and doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ == "the" and doc[j + 2].is_title:
                j += 3  # "Sons of the Southern Steppe"
            else:
                break
        if j - i < 2 or j >= len(doc) or doc[j].text not in (",", ".", ";"):  # two words or more, and closed
            continue
        text = doc[i:j].text
        inside = _inside(out, i, j)
        if text in lex.names or any(w in lex.demonyms for w in text.split()) \
                or any(m.start < i or m.end > j or (m.start, m.end) == (i, j) for m in inside):
            continue  # a known name, or a name the text already holds whole (or one that reaches outside)
        _replace(out, taken, inside, RawMention(doc_index, i, j, text, _org_type(text, lex), head=doc[i:j].root.i,
                                                described=True))


def _unlabelled_bodies(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                       title_toks: set[int]) -> None:
    """'the travel agency Wanderly', 'retailer Koala Kids': capitalised words the model named nothing, right
    after a noun that describes a body, name that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for tok in _tokens_with(doc, descriptors):  # lower-case words, so a match is written in lower case
        if tok.pos_ not in ("NOUN", "ADJ") or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        # any capitalised word here is a name, whatever its tag ("Wanderly" tagged an adverb)
        while j < len(doc) and j - tok.i <= 4 and j not in taken and j not in title_toks and not doc[j].is_sent_start \
                and doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop:
            j += 1
        if j == tok.i + 1 or j - tok.i > 4 or j < len(doc) and doc[j].pos_ == "PROPN":
            continue
        text = doc[tok.i + 1:j].text
        if text in lex.names or text in lex.demonyms or text.lower() in lex.titles or _generic(text.lower(), lex):
            continue
        out.append(RawMention(doc_index, tok.i + 1, j, text, _org_type(text, lex), head=j - 1, described=True))
        taken.update(range(tok.i + 1, j))


def _bodies_described_after(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                            title_toks: set[int]) -> None:
    """'Feldhof, a farmers' cooperative, ...': capitalised words opening a sentence that the model named nothing,
    set beside "a"/"an" and a noun that describes a body, name that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for sent in doc.sents:
        i = j = sent.start
        while j < sent.end and j - i < 4 and doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop \
                and j not in taken and j not in title_toks and doc[j].lower_ not in lex.titles:
            j += 1
        if j == i or j + 2 >= sent.end or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an"):
            continue
        # the description's noun: the last word before its comma or first preposition ("a lawyer for the union": lawyer)
        end = next((k for k in range(j + 2, min(sent.end, j + 7)) if doc[k].text == "," or doc[k].pos_ == "ADP"), None)
        head = doc[end - 1] if end is not None else None
        text = doc[i:j].text
        if head is None or not head.is_lower or head.lemma_ not in descriptors or text in lex.names \
                or text in lex.demonyms or _generic(text.lower(), lex):
            continue
        out.append(RawMention(doc_index, i, j, text, _org_type(text, lex), head=j - 1, described=True))
        taken.update(range(i, j))


def _people_described_as_bodies(doc: Doc, lex: Lexicon, out: list[RawMention]) -> None:
    """'Inversiones Quetzal Norte, the company that owns the building': a name the model took for a person's,
    described in apposition as a body, names that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for m in out:
        if m.type != "Person" or m.canonical or m.aliases or not 0 <= m.head < len(doc):
            continue
        # (the first apposition only: "X, the head of Y, the agency involved" describes Y)
        c = next((c for c in doc[m.head].children if c.dep_ == "appos" and c.i > m.head), None)
        if c is not None and c.is_lower and c.lemma_ in descriptors \
                and not any(d.dep_ in ("cc", "conj") for d in c.children) \
                and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children):
            m.type, m.described = _org_type(m.text, lex), True


def _bodies_headed(doc: Doc, lex: Lexicon, out: list[RawMention]) -> None:
    """'Rosa Quispe, who heads Agua Viva Perú': what a person heads, chairs, directs, runs or manages is a body,
    whatever the model called it."""
    verbs = lex.relations["word_classes"]["headed_body_verbs"]
    for m in out:
        if m.type != "Person" or m.canonical or m.aliases or not 0 <= m.head < len(doc) or m.end - m.start < 2:
            continue
        tok = doc[m.head]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs \
                and any(c.dep_ == "nsubj" for c in tok.head.children):
            m.type, m.described = _org_type(m.text, lex), True


def _complements(tok: Token, depth: int) -> list[Token]:
    """The words `depth` steps down from `tok` through prepositions, objects and complements ("pleaded guilty to
    killing X": guilty, to, killing)."""
    out, level = [], [tok]
    for _ in range(depth):
        level = [c for t in level for c in t.children if c.dep_ in ("prep", "pobj", "pcomp", "acomp", "dobj", "xcomp")]
        out += level
    return out


def _people_by_deed(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                    title_toks: set[int], common: Collection[str]) -> None:
    """A lone capitalised word that kills a person or is killed by one names a person, whatever the model made of
    it ("Ruby shot Oswald", "King was shot by Ray", "Sirhan shot Kennedy" with Sirhan taken for a place), and so
    does the one sentenced for a person's murder; never a word the model names a body, work or product, the
    gazetteer knows, or that is part of a longer name. Not "Katrina killed 1,800 people", "Google killed Stadia",
    "Polisario shot down a drone"."""
    wc = lex.relations["word_classes"]
    killing, nouns, charging = wc["killing_verbs"], wc["killing_nouns"], wc["charging_verbs"]

    def lone(t: Token, body_ok: bool = False, shot: bool = False) -> bool:
        # (a sentence's first word the tagger took for a noun, if no word of the language: "Hallet crept in")
        name = t.tag_ == "NNP" or t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS") and t.is_sent_start \
            and not _common(t.lower_, common) and not _common(t.lemma_.lower(), common)
        i = t.i
        # a town's name shot or murdered by a person is a person's ("Booth shot Lincoln"): no town is shot
        town = shot and (t.text in lex.capitals or t.text in lex.names and lex.names[t.text].type in ("City", "Region"))
        if not name or not t.is_title or not t.is_alpha or i in taken or i in title_toks \
                or t.ent_type_ in _NOT_PEOPLE and not ((body_ok or town) and t.ent_type_ in ("ORG", "PRODUCT")) \
                or t.text in lex.names and not town or t.text in lex.demonyms \
                or t.text in lex.capitals and not town or any(c.dep_ == "det" for c in t.children):  # ("the King was shot")
            return False
        # a word of a longer name, which the other finders read whole
        return not (i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title or doc[i - 1].text in ("-", "'"))
                    or i + 1 < len(doc) and (doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title
                                             or doc[i + 1].tag_ == "POS" and t.dep_ != "poss"))

    def human(t: Token) -> bool:  # (a relative "who": "the policeman who was killed by Oswald")
        return t.ent_type_ == "PERSON" or t.lower_ in ("who", "whom") or lone(t)

    def victims_of(k: Token) -> list[Token]:  # "killed X", "X was killed", "X's murder", "the murder of X"
        if k.pos_ == "VERB":
            return [c for c in k.children if c.dep_ in ("dobj", "nsubjpass")]
        return [c for c in k.children if c.dep_ == "poss"] + \
            [p for c in k.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]

    found: list[Token] = []
    # the killing verbs and nouns and the charging verbs, found on the doc's lemma ids rather than by walking every word
    deeds = {t.i: t for words in (killing, nouns, charging) for t in _tokens_with(doc, words, LEMMA)}
    for verb in (deeds[i] for i in sorted(deeds)):
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and lemma in killing and not any(c.dep_ == "prt" for c in verb.children):
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                doers += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "Booth sneaked in and shot Lincoln"
            doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            by_person = any(human(d) for d in doers)
            # (shot or murdered by a person: a person, whatever the model made of the name; "killed" may be a project)
            bodily = lemma in wc["bodily_harm_verbs"] and by_person
            victims = [v for v in victims_of(verb) if human(v) or lone(v, body_ok=bodily, shot=bodily)]
            # a person kills a person: each side is one if the other is, even where the model took it for a body
            # ("Marek stabbed Kessel"); "Google killed Stadia" names no one
            if victims:
                found += [d for d in doers if lone(d, body_ok=any(v.ent_type_ != "ORG" for v in victims))]
            if not doers or by_person:
                found += [v for v in victims_of(verb) if lone(v, body_ok=any(d.ent_type_ != "ORG" for d in doers),
                                                              shot=by_person)]
        elif verb.pos_ == "NOUN" and lemma in nouns:  # "Pell's murder", "the slaying of Pell": no body is murdered
            found += [v for v in victims_of(verb) if lone(v, body_ok=True)]
        elif verb.pos_ == "VERB" and lemma in charging:  # "Vayne was sentenced for Pell's murder"
            if any(human(v) for k in _complements(verb, 3) if k.lemma_.lower() in nouns and k.pos_ == "NOUN"
                   or k.pos_ == "VERB" and k.lemma_.lower() in killing for v in victims_of(k)):
                found += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lone(c)]
    for t in sorted(set(found), key=lambda t: t.i):
        if t.i not in taken:
            out.append(RawMention(doc_index, t.i, t.i + 1, t.text, "Person", head=t.i))
            taken.add(t.i)


_TRADE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman")  # "Anatomist", "Lawmaker", "Historian"
_NOT_PEOPLE = ("ORG", "PRODUCT", "EVENT", "NORP", "WORK_OF_ART", "FAC", "LAW", "LANGUAGE")


def _unlabelled_names(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                      title_toks: set[int]) -> None:
    """Two to four capitalised proper nouns the model named nothing ("Teodor Halvik arrived"): an organisation
    when the last word says so, else a person, the commonest kind of name a small model misses."""
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_title and j not in taken and j not in title_toks \
                and doc[j].is_alpha and (doc[j].pos_ == "PROPN" or j > i and _plural_possessive(doc, j + 1, lex) > j + 1):
            j += 1  # (a plural the tagger took for a common noun: "the Dellow Dyers' Union")
            k = _plural_possessive(doc, j, lex)  # "Riverside Tenants' Association", "the Workers' Renewal Party"
            if k > j and not any(t in taken for t in range(j, k)) and (
                    j - i >= 2 or _members_word(doc[i]) and _members_body(doc[j + 1:k].text, lex)):
                j = k
        if j - i >= 2 and j < len(doc) and j not in taken and (doc[j].text in lex.relations["word_classes"]["legal_forms"]
                                                              or not doc[j].is_lower and not doc[j].is_title
                                                              and _org_head(f"{doc[i].text} {doc[j].text}", lex)):
            j += 1  # "Andes Litio SpA", "Velm Bau GmbH": a company's legal form, which is no title-case word
        while j - i >= 2 and j + 1 < len(doc) and _glued(doc, j) \
                and doc[j + 1].is_title and doc[j + 1].is_alpha and j + 1 not in taken:
            j += 2  # "Renata Molloy-Cruz": a hyphenated surname
        while j - i >= 2 and j + 1 < len(doc) and doc[j].lower_ in _JOINING and doc[j + 1].is_title \
                and doc[j + 1].pos_ == "PROPN" and j + 1 not in taken:
            j += 2  # "Luis Ortega de Vila", "San Isidro de Alba": particles join the name's words
            while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and j not in taken:
                j += 1
        if j - i >= 2 and not (j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()) \
                and not _names_a_thing(doc, j, lex):
            text = doc[i:j].text
            if not any(w in lex.names or w in lex.demonyms for w in text.split()):
                typ = _org_type(text, lex) if _org_head(text, lex) or _which_follows(doc, i, j) else "Person"
                typ = "City" if _town_name(doc, i, j, lex) else _members_of(doc, j, lex) or typ
                out.append(RawMention(doc_index, i, j, text, typ, head=doc[i:j].root.i))
                taken.update(range(i, j))
        i = max(j, i + 1)


def _lone_names_by_title(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Tal, a senior Defense Ministry official, said': one capitalised word the model named nothing, set
    before a person's title in apposition, is a person (a surname, as wires write it after the first mention)."""
    for tok in _titled_tokens(doc):
        if tok.i in taken or not (tok.is_alpha and tok.pos_ == "PROPN") or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text != "," or tok.text in lex.names or tok.text in lex.demonyms \
                or tok.lower_ in lex.titles or tok.i > 0 and (doc[tok.i - 1].is_title or tok.i - 1 in taken):
            continue
        if any(c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN" and c.lemma_.lower() in lex.titles
               and lex.titles[c.lemma_.lower()].kind != "none"
               and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children) for c in tok.children):
            out.append(RawMention(doc_index, tok.i, tok.i + 1, tok.text, "Person", head=tok.i))
            taken.add(tok.i)


def _places_before_states(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Lindholm Falls, Minn.': capitalised words the model named nothing, before a comma and a state, are a town."""
    states = [m for m in out if m.type == "Region" and m.start >= 2 and doc[m.start - 1].text == ","]
    for m in states:
        e = m.start - 1
        s = e
        while s > 0 and e - s < 4 and s - 1 not in taken and (doc[s - 1].is_title or doc[s - 1].is_upper) \
                and doc[s - 1].is_alpha and doc[s - 1].ent_type_ not in ("DATE", "TIME"):  # not "early Sunday, X County"
            s -= 1
        if s == e or e - 1 in taken:
            continue
        text = doc[s:e].text
        text = text.title() if text.isupper() else text
        city = lex.cities.get(text)
        out.append(RawMention(doc_index, s, e, text, "City", canonical=text, state=city[0] if city else m.state,
                              head=e - 1))
        taken.update(range(s, e))


def _before_a_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a person's name may start at token `i`: capitalised words, none a body's head word ("Major Amos
    Tevaro", not "Major League Baseball")."""
    run = [t for t in doc[i:i + 4] if t.is_title and t.pos_ == "PROPN"]
    run = run[:next((k for k, t in enumerate(run) if t.i != i + k), len(run))]
    heads = lex.relations["word_classes"]["org_heads"]
    return bool(run) and run[0].ent_type_ not in ("GPE", "LOC", "DATE", "NORP") \
        and not any(t.lower_ in heads for t in run)


def _inside_name(doc: Doc, title: Span, gaz: list[Span], lex: Lexicon) -> bool:
    """A title word that is part of a name ("General" in "General Motors", "Guard" in "Coast Guard"),
    unless it stands next to a person's name ("FAA Administrator Allan McArtor", "President Kennedy")."""
    if any(g.start <= title.start and title.end <= g.end for g in gaz):
        return True
    for ent in doc.ents:
        if ent.label_ == "PERSON" or not (ent.start <= title.start and title.end <= ent.end):
            continue
        first = ent.start + (doc[ent.start].lower_ == "the")  # the name's first word, after its "the"
        if (first, ent.end) == (title.start, title.end) and len(title) > 1:
            return False  # "Kenya's Minister of Health", tagged as a body's name: the whole name is an office
        nxt = doc[title.end] if title.end < len(doc) else None
        before_name = nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.is_title and title.end == ent.end)
        if title.start > first and _name_after_office(doc, title.start, title.end, ent.end, lex):
            return False  # "Tarsk Mayor Renata Oduya" tagged as one body's name
        return not (title.end == ent.end and before_name or title.start == ent.start and _names_a_person(doc, ent, title))
    # "the Eastmere Premier League", "the Elders Council", untagged: capitalised, and a body's last word after it
    nxt = doc[title.end] if title.end < len(doc) else None
    prev = doc[title.start - 1] if title.start > 0 else None
    return nxt is not None and nxt.is_title and nxt.lower_ in lex.relations["word_classes"]["org_heads"] \
        and doc[title.start].is_title and prev is not None \
        and (prev.is_title and not prev.is_sent_start and prev.pos_ == "PROPN" or prev.lower_ == "the")


def _after_body_name(doc: Doc, span: Span, lex: Lexicon) -> Span:
    """'Marlow Supreme Court Judge X': a title whose first word ends the capitalised name of a body before
    it ("court judge" after "Marlow Supreme") leaves that word to the name ("Judge" is the title)."""
    first = doc[span.start]
    if len(span) > 1 and span.start > 0 and first.is_title and first.lower_ in lex.relations["word_classes"]["org_heads"] \
            and (doc[span.start - 1].is_title or doc[span.start - 1].is_upper) and not doc[span.start - 1].is_sent_start \
            and doc[span.start + 1:span.end].text.lower() in lex.titles:
        return doc[span.start + 1:span.end]
    return span


def _before_body_name(doc: Doc, span: Span, lex: Lexicon) -> Span:
    """'president of the Senate of the Republic': a title whose last words begin a longer name of a body
    leaves them to that name ("president" is the title, of the whole "Senate of the Republic")."""
    last = doc[span.end - 1]
    ent = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    if ent is None or ent.label_ != "ORG" or ent.end <= span.end or ent.start <= span.start:
        return span
    of = next((t.i for t in doc[span.start:span.end] if t.lower_ == "of"), None)
    if of is None or of <= span.start or doc[span.start:of].text.lower() not in lex.titles:
        return span
    wc = lex.relations["word_classes"]
    if not any(t.lower_ in wc["org_heads"] or t.lower_ in wc["org_type_words"]["GovernmentOrganization"]
               or t.lower_ in ("house", "chamber") for t in doc[of + 1:span.end]):
        return span  # "Secretary of State of X": the state is no body's name
    return doc[span.start:of]


def _quoted_work(doc: Doc, s: int, e: int) -> bool:
    """A name set in quotes right after an owner's "'s" (NBC's "Harbor Lights," the Herald's "City Desk"): a work's title."""
    quotes = ('"', "“", "”", "'")
    if s >= 3 and doc[s - 1].lower_ in ("the", "a", "an") and doc[s - 2].text in quotes:
        s -= 1  # NBC's "The Long Table"
    return s >= 2 and doc[s - 1].text in quotes and doc[s - 2].tag_ == "POS" and e < len(doc) and (
        doc[e].text in quotes or doc[e].is_punct and e + 1 < len(doc) and doc[e + 1].text in quotes)


def _glued(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen that joins the words on both of its sides ("Molloy-Cruz", "ITAR-TASS")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _inside_hyphened_word(doc: Doc, sp: Span) -> bool:
    """Whether hyphens join a short name in capitals to words on both sides ("AU" in "PORT-AU-PRINCE")."""
    # a short word in capitals ("AU"), as in a dateline; not a state between states ("Russia-Iran-Turkey talks")
    return _glued(doc, sp.start - 1) and _glued(doc, sp.end) and sp.text.isupper() and len(sp.text) <= 4


def _hyphened(doc: Doc, sp: Span, gaz_toks: set[int]) -> tuple[int, int]:
    """A gazetteer body's bounds with the acronyms hyphenated to it ("ITAR-TASS"), unless those are
    gazetteer names of their own (not "Anti-NATO": a word in capitals only as a sentence starts)."""
    s, e = sp.start, sp.end
    while s >= 2 and _glued(doc, s - 1) and doc[s - 2].is_upper and len(doc[s - 2]) > 1 and s - 2 not in gaz_toks:
        s -= 2
    while e + 1 < len(doc) and _glued(doc, e) and doc[e + 1].is_upper and len(doc[e + 1]) > 1 and e + 1 not in gaz_toks:
        e += 2
    return s, e


def _name_before(doc: Doc, sp: Span, name_ends: dict[int, Span], skip: set[int], descriptors: Collection[str]) -> int | None:
    """Where a longer name starts that ends with the gazetteer name `sp`: the model named the words right
    before it (no comma, no hyphen) as a body or a person it cut short ("Refugee Aid | Sweden",
    "Halden Span | Norway"); None when those words are gazetteer names of their own or an office's
    title ("Foreign Minister Anna Berg")."""
    ent = name_ends.get(sp.start)
    if sp.start == 0 or not doc[sp.start - 1].whitespace_:
        return None
    if ent is None:  # "the charity Asylum Rights Norway", named nothing: capitalised words after a body's noun
        s = sp.start
        while s > 0 and doc[s - 1].is_title and doc[s - 1].is_alpha and not doc[s - 1].ent_type_ and s - 1 not in skip:
            s -= 1
        before = doc[s - 1] if s > 0 else None
        return s if s < sp.start and before is not None and before.is_lower and before.lemma_ in descriptors else None
    s, _ = _clean(ent)
    words = doc[s:sp.start]
    if not len(words) or s - 1 in skip or any(t.i in skip or not (t.is_title or t.is_upper) for t in words):
        return None
    return s


def _names_a_person(doc: Doc, ent: Span, title: Span) -> bool:
    """'President Kennedy' tagged as one organisation: the words after the title are a name."""
    rest = doc[title.end:ent.end]
    return 0 < len(rest) <= 4 and all(t.is_title or t.text == "." for t in rest) and rest[-1].ent_type_ != "GPE"


def _generic(word: str, lex: Lexicon) -> bool:
    """A common noun that a capital letter does not make a name."""
    wc = lex.relations["word_classes"]
    return word in wc["org_heads"] or word in wc["place_nouns"] or word in wc["state_nouns"] or word in lex.titles


_WHERE_PREPS = ("in", "at", "from", "near", "to", "into", "outside", "across", "around", "through", "toward", "towards",
                "via", "between")  # (a name after them is placed, not acting)


def _placed(doc: Doc, i: int) -> bool:
    """Where the sentence puts a word that is both a city and a name: after "in", "at", "from", ..., or before
    a comma and a state ("in Lincoln", "Lincoln, Neb."), not as someone who acts ("Lincoln was shot")."""
    tok = doc[i]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "in Aleppo, Homs and Hama"
    return tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS \
        or i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].ent_type_ == "GPE"


def _then_placed(doc: Doc, e: int) -> bool:
    """A name followed by where it lies ("X in the centre of Y", "X, in Y province", "X near Y")."""
    nxt = doc[e:e + 3]
    return len(nxt) >= 2 and (nxt[0].lower_ in ("in", "near") or nxt[0].text == "," and nxt[1].lower_ in ("in", "near"))


def _origin(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'She is from Morikawa in Tottori Prefecture', 'he comes from Oduya in Kessel province': where a
    person is from, one word placed in turn, is a town (whatever the model tagged it); not "the call was
    from Anna Berg in Tarsk", whose subject is no one."""
    root = doc[s:e].root
    verb = root.head.head
    wc = lex.relations["word_classes"]
    if e - s != 1 or root.dep_ != "pobj" or root.head.lower_ != "from" or not _then_placed(doc, e) \
            or verb.lemma_ not in wc["origin_verbs"]:
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in lex.titles
                                      or c.lemma_.lower() in wc["no_mandate"]) for c in verb.children)


def _described_by_title(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Lucía Quiroga, a spokeswoman for X', 'its spokeswoman, Lucía Quiroga': a name set beside a person's
    title (a common noun) names a person, whatever the model tagged it."""
    head = doc[s:e].root

    humans = lex.relations["word_classes"]["person_nouns"]

    def office(t: Token, human: bool = False) -> bool:  # "a spokeswoman", "the Minister of Agriculture"; `human`:
        # also a noun only a person is ("a handcuffed man, X"; not "X, Alaska, the last man to see it")
        common = t.tag_ == "NN" or t.tag_ == "NNP" and any(c.dep_ == "det" for c in t.children)
        lem = t.lemma_.lower()
        return common and (lem in lex.titles and lex.titles[lem].kind != "none" or human and lem in humans)
    if any(c.dep_ == "appos" and c.i > head.i and office(c) and not any(p.lower_ in ("whose", "its", "their")
                                                                          for p in c.children) for c in head.children):
        return True  # not "Pellow Grain, whose chief executive, X,": the body's officer
    # "the regulator's chief executive, Imogen Tarrant": the name after the title, unless a body's ("its owner,
    # Aurelia Gold Corp.")
    if head.dep_ != "appos" or head.head.i >= s or _org_head(doc[s:e].text, lex):
        return False
    # "a spokeswoman for Greystone Airlines, Nadia Fenwick,": the parser hangs the name on the body
    body = head.head  # a body's name, not "for X's biggest customer, Y," nor "for X, Y's lender,"
    # (or a common noun, before a name the model took for a person's: "the spokeswoman for the UN refugee agency,
    # Carla Ngata,"; but "a spokesman for the rebel group, Tidewatch," names the group)
    return office(body, human=True) or body.dep_ == "pobj" and (body.pos_ == "PROPN" and body.ent_type_ != "PERSON"
                                                    or body.pos_ == "NOUN" and doc[s].ent_type_ == "PERSON") \
        and head.dep_ == "appos" and not any(c.dep_ == "case" for c in head.children) and e < len(doc) \
        and doc[e].text == "," and body.head.lower_ in ("for", "of", "at", "to") \
        and body.head.head.i < body.i and office(body.head.head)


def _which_follows(doc: Doc, s: int, e: int) -> bool:
    """"the Madhesh Jana Andolan, which has blocked ...": "the" before a name and "which" after it say it is no
    person's ("... the United States Donald Trump, which was made" has no "the" right before the name)."""
    return 0 < s and e + 1 < len(doc) and doc[s - 1].lower_ == "the" and doc[e].text == "," \
        and doc[e + 1].lower_ == "which"


def _has_who(doc: Doc, s: int, e: int) -> bool:
    """'Warner, who owned the bank': only a person takes a 'who' clause."""
    head = doc[s:e].root
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") and w.i > head.i for w in c.children)
               for c in head.children)


def _before_state(doc: Doc, e: int, lex: Lexicon) -> bool:
    """A name followed by a comma and a state or country that ends the phrase ("ROYAL OAK, Mich.",
    "Fairbanks, Alaska, ..."), not the start of an apposition ("X, Russia's ambassador")."""
    if e + 1 >= len(doc) or doc[e].text != ",":
        return False
    for n in (1, 2):
        name = doc[e + 1:e + 1 + n].text
        after = doc[e + 1 + n] if e + 1 + n < len(doc) else None
        ends = after is None or after.is_punct and after.tag_ != "POS" or after.is_space or after.lower_ in ("and", "or")
        if ends and (name in lex.state_abbrevs or name in lex.names and lex.names[name].type in ("Country", "Region")):
            return True
    return False


def _not_a_place(text: str, lex: Lexicon) -> bool:
    """A name after a title is a person's unless the gazetteer knows it as a state or a big city."""
    return text not in lex.names and text not in lex.capitals and lex.cities.get(text, ("", 0))[1] < 1_000_000


def _titled_names(doc: Doc, s: int, e: int, title_toks: set[int], lex: Lexicon) -> tuple[str, ...]:
    """The name with the capitalised title words written before it in its phrase ("Sen. Robert Kennedy",
    "U.S. Sen. Robert Kennedy", "Chicago Mayor Anton Cermak"): other names the text uses for the person."""
    head = doc[s:e].root
    left = {t.i for t in head.subtree if t.i < s}
    starts = []
    i = s - 1
    while i >= 0 and i in left and (doc[i].is_title or doc[i].is_upper or doc[i].text == "."):
        starts.append(i)  # lower-case words ("chief executive") end the run: no name starts inside them
        i -= 1
    return tuple(doc[a:e].text for a in starts if a in title_toks or doc[a].lower_ in lex.titles or a == starts[-1])


def _after_the(doc: Doc, start: int) -> bool:
    """Whether a name follows "the" (a site's or a body's does: "the Ambassador Hotel"; a person's does not)."""
    i = start - 1
    while i >= 0 and doc[i].is_title and doc[i].pos_ in ("PROPN", "ADJ") and start - i < 4:
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def _site_names(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the Ambassador Hotel', 'the President Motel': the capitalised words before a site's last word name the
    site, a title word among them too (the model takes "Hotel" for a person titled "Ambassador")."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["facility_heads"], LOWER):
        i = tok.i
        while i > 0 and tok.i - i < 4 and doc[i - 1].is_title and doc[i - 1].is_alpha and i - 1 not in taken \
                and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            i -= 1
        if i < tok.i and tok.is_title and tok.i not in taken and _after_the(doc, i) \
                and any(doc[j].lower_ in lex.titles for j in range(i, tok.i)):
            out.append(RawMention(doc_index, i, tok.i + 1, doc[i:tok.i + 1].text, "Organization", head=tok.i))
            taken.update(range(i, tok.i + 1))


def _offices_named_by_title(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the Quarry County Sheriff's Office', 'the Governor's Office': a body named after its holder's title, with
    the capitalised words before the title (the model tags none of it, and the title would end a name)."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["office_name_heads"], LOWER):
        i = tok.i - 2  # the title, before "'s"
        if not tok.is_title or i < 0 or tok.i in taken or doc[i + 1].lower_ not in ("'s", "’s") \
                or doc[i].lower_ not in lex.titles or not doc[i].is_title:
            continue
        while i > 0 and tok.i - i < 6 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and i - 1 not in taken:
            i -= 1
        if any(j in taken for j in range(i, tok.i + 1)):
            continue
        text = doc[i:tok.i + 1].text
        out.append(RawMention(doc_index, i, tok.i + 1, text, _org_type(text, lex), head=tok.i))
        taken.update(range(i, tok.i + 1))


def _spelled_out_acronyms(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                          title_toks: set[int]) -> None:
    """'the National Coalition for Rural Health (NCRH)': capitalised words whose initials spell the acronym that follows
    name an organisation, even when the model tags none of them."""
    for tok in _tokens_with(doc, _OPENING_BRACKET):
        i = tok.i
        if i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text
        if not (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 8):
            continue
        j, caps = i, 0
        while j > 0 and caps < len(acr):
            w = doc[j - 1]
            if w.is_alpha and w.text[0].isupper():
                caps += 1
            elif not (caps and w.lower_ in ("of", "for", "and", "the", "on", "in")):
                break
            j -= 1
        if caps != len(acr) or _acronym([t.text for t in doc[j:i]]) != acr \
                or any(k in taken or k in title_toks for k in range(j, i)):
            continue
        text = doc[j:i].text
        if text in lex.names:
            continue  # the gazetteer's, handled there
        out.append(RawMention(doc_index, j, i, text, _org_type(text, lex), head=i - 1))
        taken.update(range(j, i))


def _joined_people(doc: Doc, ents: list[Span], title_toks: set[int], lex: Lexicon) -> list[Span]:
    """"Bishop Rafael | Montes Quintero" tagged as two people: a given name alone after its title and the names
    right after it are one person."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and ent.label_ == "PERSON" and prev.end == ent.start:
            words = [t for t in prev if t.i not in title_toks and t.lower_ not in lex.titles]
            if len(words) == 1 and words[0].is_title and words[0].text not in lex.names:
                out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
                continue
        out.append(ent)
    return out


def _split_places(doc: Doc, lex: Lexicon) -> list[Span]:
    """NER spans, with "Kazan in Tatarstan" (tagged as one name) cut into its two places, "Mombasa, Kisumu"
    (a list of towns the gazetteer knows, tagged as one body or person) into its towns, and "Peggy Say of
    Batavia, N.Y." into a person and her town."""
    out = []
    for ent in doc.ents:
        cut = next((t.i for t in ent if t.lower_ == "in" and t.dep_ == "prep" and t.i > ent.start), None)
        commas = [t.i for t in ent if t.text == ","]
        pieces = list(zip([ent.start, *(c + 1 for c in commas)], [*commas, ent.end]))
        if cut is not None and ent.label_ in ("ORG", "GPE", "LOC", "FAC") and cut + 1 < ent.end:
            out += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut + 1, ent.end, label="LOC")]
        elif commas and ent.label_ in ("ORG", "PERSON") and all(s < e and doc[s:e].text in lex.cities for s, e in pieces):
            out += [Span(doc, s, e, label="GPE") for s, e in pieces]
        elif ent.label_ == "PERSON" and (of := next((t.i for t in ent if t.lower_ == "of"), None)) is not None \
                and ent.start + 2 <= of < ent.end - 1 and all(t.is_title for t in doc[of + 1:ent.end]) \
                and _before_state(doc, ent.end, lex) and not _org_head(doc[ent.start:of].text, lex):
            # "Peggy Say of Batavia, N.Y.": a person and her home town, which its state follows (tagged as one
            # person; not "the University of Kelton, Ohio")
            out += [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="GPE")]
        else:
            out.append(ent)
    return out


def _joined_bodies(doc: Doc, ents: list[Span], lex: Lexicon, nlp: Language) -> list[Span]:
    """A body's name with "and" inside, which the model cut in two: "the Ministry of Energy and Mines" (a
    capitalised conjunct of its last word, in words of the language, named nothing else: not "the Ministry of
    Health and Orvik Oil"), "the Kisumu Transport and Allied Workers Union" (a name that modifies the head of
    a body's name after "and"). Not "Kenya and the Ostby Union", where the first is a conjunct of its own."""
    heads = lex.relations["word_classes"]["closing_org_heads"]
    common = _common_words(nlp)
    ents = [_with_unnamed_first(doc, e, heads, common) for e in ents]
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ == "ORDINAL" and len(ent) == 1 and nxt is not None and nxt.start == ent.end \
                and nxt.label_ == "ORG" and doc[nxt.start].is_title:
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "the 2nd U.S. Circuit Court of Appeals"
            i += 2
            continue
        cc = ent.end if ent.end < len(doc) and doc[ent.end].lower_ == "and" else None
        if cc is None and len(ent) > 2 and doc[ent.end - 1].lower_ == "and" and nxt is not None and nxt.start == ent.end:
            ent, cc = Span(doc, ent.start, ent.end - 1, label=ent.label_), ent.end - 1  # "The Kenya Polls and" tagged
        if cc is not None and nxt is not None and nxt.start == cc + 1 and nxt.label_ == "ORG" \
                and (doc[nxt.end - 1].lower_ in heads and ent.label_ in ("ORG", "PERSON", "GPE", "NORP") and _modifies(ent, nxt)
                     or nxt.root.lower_ in heads and _shared_head(doc, ent, nxt, lex, common)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        joint = doc[ent.end - 1] if nxt is not None and nxt.start == ent.end else \
            doc[ent.end] if nxt is not None and nxt.start == ent.end + 1 else None
        head_end = joint.i if joint is not None and joint.i < ent.end else ent.end
        if ent.label_ == "ORG" and nxt is not None and nxt.label_ == "ORG" and joint is not None \
                and joint.pos_ == "ADP" and joint.lower_ in ("on", "for") and head_end - ent.start >= 2 \
                and doc[head_end - 1].lower_ in heads:
            # "the Senate Committee on | Veterans Affairs", "the Senate Committee | on | Veterans Affairs"
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        prep = doc[ent.end] if ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("for", "on") else None
        if prep is not None and ent.label_ in ("ORG", "FAC") and doc[ent.end - 1].lower_ in heads and len(ent) >= 2 \
                and (nxt is None or nxt.start > prep.i + 1):
            end = prep.i + 1  # "the Jaffe Center | for Strategic Studies", the rest named nothing
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            if end > prep.i + 1 and (end == len(doc) or not doc[end].is_title):
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        if cc is not None and ent.label_ == "ORG" and any(t.lower_ == "of" for t in ent[1:]):
            end = cc + 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            if end > cc + 1 and doc[cc + 1].dep_ == "conj" and doc[cc + 1].head.i == ent.end - 1 \
                    and all(_common(t.lower_, common) for t in doc[cc + 1:end]) \
                    and (nxt is None or nxt.start >= end):
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        out.append(ent)
        i += 1
    return out


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


def _with_unnamed_first(doc: Doc, ent: Span, heads: Collection[str], common: Collection[str]) -> Span:
    """"the Rail and Maritime Union" tagged from "Maritime": a capitalised word the model named nothing, before "and",
    that modifies a word of the body's name, or a word of the language the parser coordinated with it, is the name's
    first word (not "Halvard and Ostby Union")."""
    i = ent.start - 2
    if ent.label_ != "ORG" or i < 0 or doc[ent.start - 1].lower_ != "and" or doc[ent.end - 1].lower_ not in heads:
        return ent
    first = doc[i]
    if not (first.is_title and first.pos_ == "PROPN" and not first.ent_type_):
        return ent
    if first.dep_ in ("nmod", "compound") and ent.start <= first.head.i < ent.end \
            or _common(first.lower_, common) and ent.root.dep_ == "conj" and ent.root.head.i == first.i:
        return Span(doc, i, ent.end, label="ORG")
    return ent


def _through_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Alliance des Patriotes du Lac' tagged as "the Alliance des": a body's name goes on through particles
    and the capitalised words after them."""
    out: list[Span] = []
    taken_at = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        end = ent.end
        if ent.label_ == "ORG":
            if doc[end - 1].lower_ in NAME_PARTICLES and doc[end - 1].is_alpha and end < len(doc) and doc[end].is_title:
                end -= 1  # (the particle is read again below)
            while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_alpha and doc[end + 1].is_title \
                    and doc[end + 1].is_alpha and end + 1 not in taken_at:
                end += 2
                while end < len(doc) and doc[end].is_title and doc[end].is_alpha and end not in taken_at:
                    end += 1
        out.append(Span(doc, ent.start, end, label=ent.label_) if end != ent.end else ent)
    kept: list[Span] = []
    for e in out:  # (a state or name now inside a longer body's name is that name's)
        if not any(o is not e and o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in out):
            kept.append(e)
    return kept


def _shared_head(doc: Doc, ent: Span, name: Span, lex: Lexicon, common: Collection[str]) -> bool:
    """'the Kenya Polls and Boundaries Board', parsed as two objects: a name ending in a common word that heads
    no body, joined by "and" to common words before a body's head word, is one body's name (not "the Kenya Polls
    and Orvik Oil Board")."""
    last, words = doc[ent.end - 1], [t for t in ent if t.dep_ != "det"]
    # one word only after "the" ("the Ports and Harbours Board"), as the model may tag it alone as anything
    return (ent.label_ == "ORG" and len(words) >= 2 or len(words) == 1 and ent.label_ in ("ORG", "PRODUCT")
            and ent.start > 0 and doc[ent.start - 1].lower_ == "the") and last.tag_ in ("NNS", "NNPS") \
        and last.lower_ not in lex.relations["word_classes"]["closing_org_heads"] and _common(last.lower_, common) \
        and all(_common(t.lower_, common) for t in doc[name.start:name.root.i])  # ("... Authority of Pellmoor")


def _modifies(ent: Span, name: Span) -> bool:
    """Whether every word of `ent` that hangs outside it modifies a word of `name` (and one names something)."""
    outside = [t for t in ent if not ent.start <= t.head.i < ent.end]
    return any(t.dep_ in ("nmod", "compound") for t in outside) and all(
        name.start <= t.head.i < name.end and t.dep_ in ("det", "nmod", "compound", "amod", "poss") for t in outside)


def _split_bodies(doc: Doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """"the Tamsin Workers' Union and Orlov Steel" tagged as one name: "and" after a word that ends a body's
    name ("Union") joins two bodies (not "the Ministry of Trade and Industry", "Procter and Gamble")."""
    out = []
    heads = lex.relations["word_classes"]["closing_org_heads"]  # not "Tarsk Gas and Electric", "X Mining and Smelting"
    for ent in ents:
        cut = next((t.i for t in ent if t.lower_ == "and" and ent.start + 1 < t.i < ent.end - 2
                    and doc[t.i - 1].lower_ in heads and doc[t.i + 1].is_title and doc[t.i + 2].is_title), None)
        if cut is None or ent.label_ != "ORG":
            out.append(ent)
        else:
            out += [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut + 1, ent.end, label="ORG")]
    return out


def _split_at_titles(doc: Doc, ents: list[Span], titles: list[TitleSpan], lex: Lexicon) -> list[Span]:
    """"Tarsk Mayor Renata Oduya", "Fernmoor Harbor Authority Administrator Delphine Ashgrove" tagged as one
    name: an office inside it ends the body or town before it and starts the person's name after it."""
    out = []
    towns = lex.relations["word_classes"]["town_offices"]
    for ent in ents:
        inside = next((t for t in titles if ent.start < t.start and t.end < ent.end and t.title.kind != "none"
                       and ent.label_ != "PERSON" and _name_after_office(doc, t.start, t.end, ent.end, lex)), None)
        if inside is None:
            out.append(ent)
            continue
        left = doc[ent.start:inside.start].text
        town = doc[inside.start:inside.end].text.lower() in towns and not _org_head(left, lex)
        out += [Span(doc, ent.start, inside.start, label="GPE" if town else "ORG"),
                Span(doc, inside.end, ent.end, label="PERSON")]
    return out


def _name_after_office(doc: Doc, start: int, end: int, name_end: int, lex: Lexicon) -> bool:
    """Whether the capitalised office at start:end is followed, up to `name_end`, by a person's name of two or
    three words (not a body's or a site's: "Marshal Plan Office", "Admiral Hotel")."""
    rest = doc[end:name_end]
    words = rest.text.split()  # "Renata Molloy-Cruz": two words, four tokens
    return doc[start].text[:1].isupper() and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and all(t.pos_ == "PROPN" or t.text == "-" for t in rest) and not _org_head(rest.text, lex) \
        and rest[-1].lower_ not in lex.relations["word_classes"]["facility_heads"]


def _towns_before_offices(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                          titles: list[TitleSpan]) -> None:
    """'Brackenridge Mayor Renata Oduya', 'Lassiter County Sheriff Ray Sandoval' with no name tagged before the
    title: the capitalised words before a town's office ("mayor") name the town, and before any office, words
    ending in a region's kind ("County") the region."""
    towns = lex.relations["word_classes"]["town_offices"]
    kinds = lex.relations["word_classes"]["region_kinds"]
    modifiers = lex.relations["word_classes"]["title_modifiers"]  # "Acting Mayor X", "Interim Mayor X"
    for t in titles:
        town = doc[t.start:t.end].text.lower() in towns
        if not doc[t.start].is_title or t.title.kind == "none" or not town and (
                t.start < 2 or doc[t.start - 1].lower_ not in kinds):
            continue
        i = t.start
        # "Kilbride Falls Mayor Nora Quigley", with the town tagged as a person ending right at the title
        named = town and t.start > 0 and doc[t.start - 1].ent_type_ == "PERSON" and doc[t.start].ent_iob_ == "O" \
            and t.end < len(doc) and doc[t.end].ent_type_ == "PERSON" and doc[t.end].ent_iob_ == "B"
        while i > 0 and t.start - i < 3 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and i - 1 not in taken \
                and (doc[i - 1].ent_type_ in ("", "GPE", "LOC", "FAC") or named and doc[i - 1].ent_type_ == "PERSON"
                     # (not "Labour Mayor X": a party's)
                     or not town and doc[i - 1].ent_type_ == "NORP" and doc[i - 1].text not in lex.demonyms) \
                and doc[i - 1].lower_ not in lex.titles and doc[i - 1].lower_ not in modifiers:
            i -= 1
        if i < t.start and not _org_head(doc[i:t.start].text, lex) and (town or doc[i].lower_ not in kinds):
            text = doc[i:t.start].text
            city = lex.cities.get(text) if town else None
            out.append(RawMention(doc_index, i, t.start, text, "City" if town else "Region",
                                  canonical=text if city else None, state=city[0] if city else None, head=t.start - 1))
            taken.update(range(i, t.start))
    regional = lex.relations["word_classes"]["regional_offices"]
    for t in titles:  # "Chhattisgarh Chief Minister X": a first-level region's name the model did not tag
        i = t.start - 1
        if i >= 0 and i not in taken and doc[t.start].is_title and t.title.phrase in regional \
                and doc[i].is_title and doc[i].text in lex.regions and doc[i].text not in lex.names \
                and doc[i].ent_type_ in ("", "GPE", "LOC", "ORG", "PERSON") and not (i > 0 and doc[i - 1].is_title):
            out.append(RawMention(doc_index, i, t.start, doc[i].text, "Region", state=lex.regions[doc[i].text],
                                  head=i))
            taken.add(i)


def _metonymic(tok: Token, physical: set[str], placing: Collection[str] = (), states: Collection[str] = (),
               place_nouns: Collection[str] = ()) -> bool:
    """A capital used for its government ("Moscow said", "talks with Moscow"), not as a place
    ("missiles struck Kyiv", "airstrikes on Damascus": the city is what was hit; "visited Cairo")."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in physical:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against") and tok.head.head.lemma_.lower() in physical:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in placing and any(
            c.dep_ == "prep" and c.lower_ in ("in", "within", "inside", "near") and any(
                p.dep_ == "pobj" and (p.pos_ == "PROPN" or any(d.pos_ == "PROPN" for d in p.children if d.dep_ == "compound"))
                and p.text not in states for p in c.children)
            for c in tok.head.children):
        return False  # "Rome is in Lazio province": where the city is (not "Moscow is in Syria to stay")
    if tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "remain") and any(
            c.dep_ == "attr" and c.lemma_.lower() in place_nouns for c in tok.head.children):
        return False  # "Moscow is the largest city in Russia"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in placing and c.lemma_ != "be"
           and any(p.dep_ == "prep" and p.lower_ in ("in", "within", "near") for p in c.children) for c in tok.children):
        return False  # "Ottawa, which lies in eastern Ontario, ..."
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "agent"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "between", "against", "by", "on", "for") \
            and tok.head.head.lemma_ not in ("head", "fly", "leave", "travel", "arrive", "return"):
        return True
    if tok.dep_ == "conj":
        return _metonymic(tok.head, physical, placing, states, place_nouns)
    return False


def _armed_forces(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Syrian forces', 'Russian and Syrian forces', 'the US military', 'their Russian allies'."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["armed_forces_heads"], LOWER):
        if tok.i in taken:
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        for m in list(mods):
            mods.extend(c for c in m.children if c.dep_ == "conj")
        if tok.dep_ == "compound" and tok.i > 0 and doc[tok.i - 1].head == tok.head and doc[tok.i - 1].dep_ in ("amod", "compound"):
            mods.append(doc[tok.i - 1])  # "a Mozambican army convoy": the demonym hangs on the convoy
        found = []
        for m in mods:
            rm = next((r for r in out if r.start <= m.i < r.end and r.type == "Country"), None)
            if rm is not None:
                found.append((m, rm))
        for m, rm in found:
            country = rm.canonical or rm.text
            word = "allies" if tok.lower_ == "allies" else tok.text
            surface = f"{doc[rm.start:rm.end].text} {word}"
            if tok.lower_ in ("allies", "coalition"):
                surface = f"{doc[rm.start:rm.end].text} forces"
            out.remove(rm)
            out.append(RawMention(doc_index, rm.start, tok.i + 1 if m.i < tok.i else rm.end, surface, "ArmedForces",
                                  canonical=None, state=country, head=tok.i, key=armed_forces_key(country)))
            taken.add(tok.i)


def _state_police(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Georgian police fired water cannon', 'accused the Kenyan police of ...': a state's police named by its
    people's adjective or its name is that state's police force, a body of the state."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["state_police_nouns"], LOWER):
        if tok.i in taken or not tok.is_lower:
            continue
        prev = next((r for r in out if r.end == tok.i and r.type == "Country" and not r.metonym), None)
        if prev is None or not (prev.demonym or doc[prev.end - 1].tag_ == "POS" or prev.end == tok.i and doc[prev.start].pos_ == "PROPN"):
            continue
        country = prev.canonical or prev.text
        out.remove(prev)
        out.append(RawMention(doc_index, prev.start, tok.i + 1, doc[prev.start:tok.i + 1].text, "GovernmentOrganization",
                              state=country, head=tok.i))
        taken.add(tok.i)


def armed_forces_key(state: str) -> str:
    """The entity key of a state's own forces ("Nigerien army", "Malian troops")."""
    return f"armedforces/{slug(state)}"


def _classify(doc: Doc, s: int, e: int, text: str, label: str, lex: Lexicon, doc_index: int,
              common: Collection[str] = ()) -> RawMention | None:
    head = doc[s:e].root.i
    rm = RawMention(doc_index, s, e, text, "Organization", head=head)
    city = lex.cities.get(text)
    if label == "PERSON!":
        rm.type = "Person"
        return rm
    if label in ("PERSON", "FAC", "ORG") and e - s > 1 and _town_name(doc, s, e, lex):
        rm.type = "City"  # "San Felipe del Agua", "Santa Rosa de Lima"
        rm.canonical, rm.state = (text, city[0]) if city else (None, None)
        return rm
    if label == "PERSON":
        if city and e - s == 1 and city[1] >= 100_000 and _placed(doc, s):
            rm.type, rm.canonical, rm.state = "City", text, city[0]
            return rm
        root = doc[s:e].root
        if root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside", "inside") and \
                root.head.head.pos_ in ("VERB", "NOUN") and _then_placed(doc, e) or _origin(doc, s, e, lex):
            rm.type = "City"  # "a base in Maidan Shahr in the centre of X province": a town, not a person
            return rm
        if text.split()[-1].lower() in lex.relations["word_classes"]["facility_heads"] and _after_the(doc, s):
            rm.type = "Organization"  # "the Ambassador Hotel", "the Orrin Memorial Hospital": a site, not a person
            return rm
        if e - s > 1 and doc[e - 1].is_title and doc[e - 1].lower_ in lex.relations["word_classes"]["region_kinds"]:
            rm.type = "Region"  # "Quarry County Coroner X": the county, not a person
            return rm
        # "Greywater Mining"; "the Marlow Creamery": a name right after "the", ending in a word of the language, is
        # no person's (not "the Duke of York", "the Grand Ayatollah Hossein Rahimi")
        the = e - s > 1 and s > 0 and doc[s - 1].lower_ == "the" and doc[s].lower_ not in lex.titles \
            and _common(doc[e - 1].lower_, common)
        rm.type = _org_type(text, lex) if _org_head(text, lex) or _which_follows(doc, s, e) or the else "Person"
        return rm
    if label in ("GPE", "LOC"):
        if city and lex.regions.get(text) not in (None, city[0]):
            rm.type, rm.state = "Region", lex.regions[text]  # "Ontario": the province (admin1_keep.tsv), not the US town
        elif city:
            rm.type, rm.canonical, rm.state = "City", text, city[0]
        elif _org_head(text, lex):
            rm.type = _org_type(text, lex)  # "the Ostby Union", "the Tarn Valley Defence Force": a body
        else:
            rm.type, rm.state = "Region", lex.regions.get(text)  # "Borno": Nigeria's
        return rm
    if label == "NORP":
        if _glued(doc, e):
            return None  # "Jaish" in "Jaish-e-Noor": the start of a longer name, no adjective
        if city and city[1] >= 100_000:
            rm.type, rm.canonical, rm.state = "City", text, city[0]
            return rm
        rm.type = "Organization"  # "Kurdish": kept only if it names an organisation of the article
        rm.key = "norp"
        return rm
    if label in ("FAC", "PRODUCT", "WORK_OF_ART"):  # the small model's label for many small towns ("Karsk")
        # one word, or words hyphenated together ("Emilia-Romagna")
        one_name = not any(t.whitespace_ for t in doc[s:e - 1]) and doc[s].pos_ == "PROPN" and doc[s].is_title
        if not one_name:
            wc = lex.relations["word_classes"]
            if site_name(text.split(), wc["facility_heads"], wc["acting_facility_heads"]):
                rm.type = "Organization"  # "the Lenin Shipyard", "Dayton International Airport", "the Palace of
                # Fine Arts": a site
                return rm
            return None
        rm.type = "City" if city else "Region"
        rm.canonical, rm.state = (text, city[0]) if city else (None, None)
        return rm
    if city and e - s == 1 and _placed(doc, s):  # "struck the plant at Basra": the model calls towns organisations
        rm.type, rm.canonical, rm.state = "City", text, city[0]
        return rm
    if e - s == 1 and doc[s].dep_ == "pobj" and doc[s].head.lower_ in ("in", "near", "outside") and _placed(doc, s) \
            and doc[s + 1].text == ",":  # "a group based in Kelvaig, Scotland": a town the gazetteer lacks
        rm.type = "City"
        return rm
    if not _org_head(text, lex) and _origin(doc, s, e, lex):
        rm.type = "City"
        return rm
    rm.type = _org_type(text, lex)
    if rm.type in ("GovernmentOrganization", "ArmedForces"):
        rm.state = _state_in_name(text, lex)  # "Norwegian Foreign Ministry", "Ministry of Defence of Poland"
    return rm


def _town_name(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A name a saint's name opens ("San Felipe del Agua", "Santa Rosa"), not a body's or a site's ("San Miguel
    Corporation", "the San Telmo Brewery")."""
    wc = lex.relations["word_classes"]
    # with a particle inside ("del Agua", "de Lima"): "San Román" alone may be a person's surname
    return doc[s].lower_ in wc["place_name_prefixes"] and doc[s + 1].is_title and not _org_head(doc[s:e].text, lex) \
        and name_head([t.text for t in doc[s:e]]) not in wc["facility_heads"] and not doc[e - 1].is_lower \
        and any(t.lower_ in _JOINING for t in doc[s + 2:e - 1])


def _local_body_name(text: str, lex: Lexicon) -> str | None:
    """A public body's name without the town, county or region it opens with ("Maricopa County Superior Court":
    "Superior Court"), when what is left is itself a body's name (a company's is not: "Boston Consulting Group")."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) - n < 2 or not words[n][:1].isupper():
            continue
        place = " ".join(words[:n])
        known = lex.names.get(place)
        if place in lex.cities or place in lex.regions or known is not None and known.type in ("City", "Region") \
                or n > 1 and words[n - 1] in ("County", "Parish") and words[n - 2][:1].isupper():
            rest = " ".join(words[n:])
            return rest if _org_head(rest, lex) else None
    return None


def _state_in_name(text: str, lex: Lexicon) -> str | None:
    words = text.replace("'s", "").split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            w = " ".join(words[i:i + n])
            if w in lex.demonyms:
                return lex.demonyms[w]
            place = lex.names.get(w)
            if place is not None and place.type == "Country":
                return place.name
    return None


_BODIES = ("Organization", "GovernmentOrganization", "IntergovernmentalOrganization", "ArmedForces")


def _acronym(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


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
    # parenthesised acronyms: "Syrian Democratic Forces (SDF)"
    acronyms: dict[str, str] = {}
    for m in raw:
        doc = docs[m.doc_index]
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" and doc[m.end + 1].is_upper:
            acronyms[doc[m.end + 1].text] = m.text
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
    persons: list[RawMention] = [m for m in raw if m.type == "Person"]
    full = [m for m in persons if len(m.text.split()) > 1]
    surnames = {f.text.split()[-1] for f in full} | {s for f in full if (s := _first_surname(f.text))}
    for m in raw:  # the model sometimes tags a lone surname as an organisation ("Trump's")
        if m.type in ("Organization", "GovernmentOrganization", "Region") and not m.canonical and len(m.text.split()) == 1 \
                and (m.text in surnames or any(_one_off(s_, m.text) for s_ in surnames)):
            m.type, m.key = "Person", ""
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
    _short_names(raw, lex)
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


def _short_names(raw: list[RawMention], lex: Lexicon) -> None:
    """'Marquez' for 'Marquez Agricultural Group', 'the Courier' for 'Lakeside Courier', 'Metall Union' for
    'Metall Union Rhein-Ruhr': a shorter name made of the first or last words of a body's name is that body."""
    bodies = {"Organization", "GovernmentOrganization", "IntergovernmentalOrganization", "ArmedForces"}
    generic = lex.relations["word_classes"]["org_heads"]
    full = [m for m in raw if m.type in bodies and len(m.text.split()) > 1]
    kinds = set(lex.relations["word_classes"]["region_kinds"]) | set(lex.relations["word_classes"]["placed_region_kinds"])
    facilities = set(lex.relations["word_classes"]["facility_heads"])
    for m in raw:
        words = m.text.split()
        if m.canonical or m.type not in bodies | {"Person", "Region"} or m.demonym or m.metonym \
                or (len(words) == 1 and words[0].lower() in generic):
            continue
        if m.type == "Person" and m.dep not in ("compound", "poss", "nmod"):
            continue  # "Epps, owner of Epps Aviation": a person in a person's place keeps being one
        if m.type == "Region" and (m.prep in _PLACE_PREPS | {"to"} or words[-1].lower() in kinds
                                   or any(a.split()[-1].lower() in kinds for a in m.aliases)):
            continue  # "Kellmoor University ... signed in Kellmoor", "Quarry County's coroner", "the Alibori
            # department" after "the Alibori Front": the place itself
        for o in full:
            ow = o.text.split()
            if len(ow) <= len(words) or o.key == m.key:
                continue
            # not the place a name ends with ("Lower Saxony" in "Metalworkers' Union of Lower Saxony")
            tail = ow[-len(words):] == words and ow[-len(words) - 1].lower() not in NAME_PARTICLES | {"of", "for", "in"}
            if ow[:len(words)] == words and m.text in lex.cities and ow[-1].lower() in facilities:
                continue  # "director for Dayton" after "Dayton International Airport": the town
            if ow[:len(words)] == words or tail:
                if m.type == "Person" and len(words) > 1:
                    break  # "Brent Calloway" is no short form of "Brent Calloway Holdings"
                m.type, m.key, m.text = o.type, o.key, o.text
                break


def _propagate(docs: Sequence[Doc], raw: list[RawMention], result: ArticleEntities, lex: Lexicon,
               nlp: Language) -> list[RawMention]:
    """Names the model missed elsewhere in the article: every other occurrence of a known name, a person's
    surname or the first word of a body's name."""
    names: dict[str, RawMention] = {}
    generic = set(lex.relations["word_classes"]["org_heads"]) | {"the", "new", "national", "united", "first", "great"}
    for m in raw:
        if m.demonym or m.metonym or m.key in ("", "drop") or m.type not in ("Person", "Organization",
                                                                              "GovernmentOrganization", "ArmedForces"):
            continue
        surface = docs[m.doc_index][m.start:m.end].text
        names.setdefault(surface, m)
        words = surface.split()
        if m.type == "Person" and len(words) > 1:
            names.setdefault(words[-1], m)
            if _first_surname(surface):
                names.setdefault(words[1], m)
        elif len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in generic \
                and words[0] not in lex.names and words[0] not in lex.demonyms and nlp.vocab[words[0].lower()].is_stop is False \
                and words[0].lower() not in lex.titles:
            names.setdefault(words[0], m)  # "Marquez" for "Marquez Agricultural Group"
    if not names:
        return []
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    keys = sorted(names)
    for i, n in enumerate(keys):
        matcher.add(str(i), [nlp.make_doc(n)])
    taken = {(m.doc_index, i) for m in raw for i in range(m.start, m.end)}
    out = []
    for di, doc in enumerate(docs):
        for span in filter_spans([Span(doc, a, b, label=mid) for mid, a, b in matcher(doc)]):
            if any((di, i) in taken for i in range(span.start, span.end)) or not span[0].is_title:
                continue
            src = names[keys[int(doc.vocab.strings[span.label])]]
            out.append(RawMention(di, span.start, span.end, span.text, src.type, canonical=src.canonical,
                                  state=src.state, head=span.root.i, key=src.key))
    return out


def _person_for_surname(m: RawMention, full: list[RawMention]) -> str | None:
    """The full name a lone surname (or first name) refers to: the latest one before it, else the first after."""
    low = m.text[:1].lower() + m.text[1:]  # "Van Doorn" opening a sentence is "Pieter van Doorn"
    cands = [f for f in full if f.text.split()[-1] == m.text or f.text.split()[0] == m.text
             or f.text.endswith(" " + m.text) or _particle_first(m.text) and " " in m.text and f.text.endswith(" " + low)
             or _first_surname(f.text) == m.text]
    if not cands:  # a misspelt surname ("Saree" for "Sarea"): one letter off, same start
        cands = [f for f in full if _one_off(f.text.split()[-1], m.text)]
    before = [f for f in cands if (f.doc_index, f.start) < (m.doc_index, m.start)]
    if before:
        return before[-1].text
    return cands[0].text if cands else None


def _first_surname(name: str) -> str | None:
    """The first of two surnames ("Ccori" in "Julio Ccori Mamani", "Intriago" in "Gabriela Intriago Vera"), which
    Spanish and Portuguese news use alone; not an initial or a particle ("John F. Kennedy", "Luc le Trannic")."""
    words = name.split()
    if len(words) != 3 or not words[1][:1].isupper() or len(words[1]) < 3 or words[1].endswith(".") \
            or words[1].lower() in NAME_PARTICLES:
        return None
    return words[1]


def _particle_first(name: str) -> bool:
    """A name opened by a capitalised particle ("Van Doorn", "Al-Tasheer", "Le Trannic")."""
    first = name.split()[0].split("-")[0]
    return first[:1].isupper() and first.lower() in NAME_PARTICLES and len(name) > len(first) + 1


def _one_off(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < 5 or a[:3] != b[:3]:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


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
