"""Where a name starts and ends: articles, possessives, hyphens and particles the model cut or kept wrongly."""
from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from .context import _PLACE_PREPS
from .mention import _glued
from .names import (
    _LINKING_PARTICLES,
    BODY_JOINS,
    NAME_PARTICLES,
    _apostrophed,
    _joined_before,
    _members_body,
    _members_word,
    _name_word,
    _plural_possessive,
    _syllable,
)

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
    # "Tehreek-e-Azadi-e-Qabail", "Awaz-e-Sarhad TV" tagged up to the first word: a joining particle between hyphens
    while e + 3 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in _LINKING_PARTICLES \
            and doc[e + 2].text == "-" and doc[e + 3].text[:1].isupper() \
            and _glued(doc, e) and _glued(doc, e + 2) and not doc[e - 1].whitespace_:
        e += 4
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
    # "accused the Velm League of intimidation": a name's "of" part is capitalised
    e = next((i for i in range(s + 1, e) if doc[i].lower_ == "of" and all(doc[k].is_lower for k in range(i + 1, e))), e)
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
    if span.label_ in ("GPE", "LOC") and lex is not None:  # "in Quang | Ngai province": untagged words up to a region's kind
        k = e
        while k < min(len(doc), e + 2) and name_word(doc[k]) and doc[k].is_alpha:
            k += 1
        e = k if k > e and k < len(doc) and doc[k].is_lower and doc[k].lower_ in lex.relations["word_classes"]["region_kinds"] else e
    if span.label_ == "ORG" and lex is not None:  # "the Kestrel Valley | Riding Club": untagged words up to a body's head
        k = e
        while k < min(len(doc), e + 3) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_iob_ != "B" \
                and doc[k].ent_type_ in ("", "ORG") and doc[k].lower_ not in lex.titles:
            k += 1
        e = k if k > e and doc[k - 1].lower_ in lex.relations["word_classes"]["org_heads"] else e
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
    if lex is not None and (span.label_ == "ORG" or doc[s].lower_ in lex.relations["word_classes"]["head_initial_org_heads"]):
        joins = joins | BODY_JOINS  # "Collectif Droits et Dignité" (not "Marie Duval et Ivo Marek")
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


def _quoted_work(doc: Doc, s: int, e: int) -> bool:
    """A name set in quotes right after an owner's "'s" (NBC's "Harbor Lights," the Herald's "City Desk"): a work's title."""
    quotes = ('"', "“", "”", "'")
    if s >= 3 and doc[s - 1].lower_ in ("the", "a", "an") and doc[s - 2].text in quotes:
        s -= 1  # NBC's "The Long Table"
    return s >= 2 and doc[s - 1].text in quotes and doc[s - 2].tag_ == "POS" and e < len(doc) and (
        doc[e].text in quotes or doc[e].is_punct and e + 1 < len(doc) and doc[e + 1].text in quotes)


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


def _through_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """'the Alliance des Patriotes du Lac' tagged as "the Alliance des": a body's name goes on through particles
    and the capitalised words after them."""
    out: list[Span] = []
    taken_at = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        end = ent.end
        if ent.label_ == "ORG":
            joins = NAME_PARTICLES | BODY_JOINS
            if doc[end - 1].lower_ in joins and doc[end - 1].is_alpha and end < len(doc) and doc[end].is_title:
                end -= 1  # (the particle is read again below)
            while end + 1 < len(doc) and doc[end].lower_ in joins and doc[end].is_alpha and doc[end + 1].is_title \
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
