"""People the model missed or mistyped: after an office, by a deed only a person does, by a title alone."""
from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from .classify import _town_name
from .context import _complements, _which_follows
from .mention import RawMention, TitleSpan, _common, _glued, _titled_tokens, _tokens_with
from .names import (
    _JOINING,
    _members_body,
    _members_of,
    _members_word,
    _names_a_thing,
    _org_head,
    _org_type,
    _plural_possessive,
)


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
    _towns_owning_offices(doc, doc_index, lex, out, taken, titles, common)


def _towns_owning_offices(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                          titles: list[TitleSpan], common: Collection[str]) -> None:
    """"Dunmore's mayor, X": a one-word name whose office is a town's is a town, where the model made it a person or
    nothing (it often takes a town before "'s" for a person). Not a name the gazetteer knows, a common word ("Labour's
    mayor"), a body's (the model's organisations: "Fidesz's mayor"), the surname of a person the paragraph names
    ("Mayor Kovalenko ... Kovalenko's deputy mayor"), nor a patron's ("Orban's mayor in Budapest")."""
    for t in titles:
        i, j = t.start - 2, t.start - 1  # the name, and the possessive "'s"
        if t.title.phrase not in lex.relations["word_classes"]["town_offices"] or i < 0 or doc[j].tag_ != "POS":
            continue
        name = doc[i]
        # (a name opening the sentence may be tagged a noun: "Crendlow's mayor said")
        if not (name.is_title and name.is_alpha and name.pos_ in ("PROPN", "NOUN")) or name.ent_type_ not in ("", "PERSON") \
                or i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start \
                or name.text in lex.names or name.text in lex.demonyms or name.lower_ in lex.titles \
                or _common(name.lower_, common) or t.end < len(doc) and doc[t.end].lower_ in ("in", "for", "of"):
            continue
        if any(m.type == "Person" and m.end - m.start > 1 and name.text in m.text.split() for m in out):
            continue  # a person's surname
        m = next((m for m in out if m.start <= i < m.end), None)
        if m is not None and (m.start, m.end) == (i, j) and not m.canonical and m.type == "Person":
            m.type = "City"
        elif m is None and i not in taken:
            out.append(RawMention(doc_index, i, j, name.text, "City", head=i))
            taken.add(i)


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
        joined = 0  # tokens of "al-" joints inside the name ("Suq al-Tharwa Brigade")
        while j < len(doc) and j - i - joined < 4 and doc[j].is_title and j not in taken and j not in title_toks \
                and doc[j].is_alpha and (doc[j].pos_ == "PROPN" or j > i and _plural_possessive(doc, j + 1, lex) > j + 1):
            j += 1  # (a plural the tagger took for a common noun: "the Dellow Dyers' Union")
            k = _plural_possessive(doc, j, lex)  # "Riverside Tenants' Association", "the Workers' Renewal Party"
            if k > j and not any(t in taken for t in range(j, k)) and (
                    j - i >= 2 or _members_word(doc[i]) and _members_body(doc[j + 1:k].text, lex)):
                j = k
            if j + 2 < len(doc) and doc[j].lower_ in ("al", "el") and doc[j + 1].text == "-" and doc[j + 2].is_title \
                    and not {j, j + 1, j + 2} & taken:
                j += 2  # "Suq al-Tharwa": an Arabic article joins the name's words
                joined += 2
        if joined and j < len(doc) and j not in taken and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) <= 4:
            j += 1  # "Sawt al-Janoub TV"
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
        # "the Tchivanga Diamonds mine": a company's name on its site (not "the Red Mesa copper mine")
        thing = _names_a_thing(doc, j, lex)
        owner = thing and j - i >= 2 and doc[j - 1].lower_ in lex.relations["word_classes"]["body_noun_heads"]["company"]
        if j - i >= 2 and not (j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()) \
                and (owner or not thing):
            text = doc[i:j].text
            if not any(w in lex.names or w in lex.demonyms for w in text.split()):
                typ = "Organization" if owner else \
                    _org_type(text, lex) if _org_head(text, lex) or _which_follows(doc, i, j) else "Person"
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


def _people_coordinated(doc: Doc, lex: Lexicon, out: list[RawMention]) -> None:
    """'Camila Urrutia Bravo and Martín Lobos Ferrán': a name of two or three words the model called a body,
    coordinated with a person's name, with no word of a body's name in it and none a gazetteer knows, is a
    person's too."""
    people = {m.head for m in out if m.type == "Person"}
    for m in out:
        words = doc[m.start:m.end]
        if m.type != "Organization" or m.canonical or m.described or not 2 <= len(words) <= 3 \
                or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words) \
                or _org_head(m.text, lex) or any(t.text in lex.names or t.text in lex.demonyms for t in words):
            continue
        root = words.root
        partners = [c.i for c in root.children if c.dep_ == "conj"] + ([root.head.i] if root.dep_ == "conj" else [])
        if any(i in people for i in partners):
            m.type = "Person"


_QUOTE_MARKS = {'"', "'", "“", "”", "‘", "’"}


def _nicknames(doc: Doc, doc_index: int, out: list[RawMention]) -> None:
    """'Wilmer "El Tigre" Banegas': a quoted nickname between a given name and a surname is no name of its own;
    'X, known as "El Profe,"': a nickname after "known as" is X's. Either is kept as the person's alias."""
    for i, tok in enumerate(doc):
        if tok.text not in _QUOTE_MARKS or i == 0 or not doc[i - 1].is_title or doc[i - 1].pos_ != "PROPN":
            continue
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text in _QUOTE_MARKS), None)
        if close is None or close + 1 >= len(doc) or not all(t.is_title for t in doc[i + 1:close]) \
                or not doc[close + 1].is_title or doc[close + 1].pos_ != "PROPN":
            continue
        s = i - 1
        while s > 0 and doc[s - 1].is_title and doc[s - 1].pos_ == "PROPN" and i - s < 2:
            s -= 1
        e = close + 2
        while e < len(doc) and doc[e].is_title and doc[e].pos_ == "PROPN" and e - close < 3:
            e += 1
        nick = doc[i + 1:close].text
        out[:] = [m for m in out if m.end <= s or m.start >= e]
        out.append(RawMention(doc_index, s, e, f"{doc[s:i].text} {doc[close + 1:e].text}", "Person", head=e - 1,
                              aliases=(nick,)))
    for m in list(out):
        if m.type == "Person" or m.start < 4 or doc[m.start - 1].text not in _QUOTE_MARKS \
                or doc[m.start - 2].lower_ != "as" or doc[m.start - 3].lower_ != "known":
            continue
        person = next((p for p in out if p.type == "Person" and p.end in (m.start - 4, m.start - 5)), None)
        if person is not None:  # "Ernesto Cárdenas, known as "El Profe,""
            person.aliases = (*person.aliases, m.text)
            out.remove(m)
