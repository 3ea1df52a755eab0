"""Other names of one entity: a body's short name ("Marquez" for "Marquez Agricultural Group"), a person's
surname or first name alone, and the other occurrences of a name the model missed."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...lexicon import Lexicon
from .context import _PLACE_PREPS
from .mention import ArticleEntities, RawMention, _common
from .names import NAME_PARTICLES


def _short_names(raw: list[RawMention], lex: Lexicon, common: Collection[str] = ()) -> None:
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
        # "Blue Horizon" for "Blue Horizon Pelagics": words of the language only, no person's name
        plain = len(words) > 1 and all(_common(w.lower(), common) for w in words)
        if m.type == "Person" and m.dep not in ("compound", "poss", "nmod") and not plain:
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
                if m.type == "Person" and len(words) > 1 and not plain:
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
    cands = [f for f in full if m.text in _last_names(f.text) or f.text.split()[0] == m.text
             or f.text.endswith(" " + m.text) or _particle_first(m.text) and " " in m.text and f.text.endswith(" " + low)
             or _first_surname(f.text) == m.text]
    if not cands:  # a misspelt surname ("Saree" for "Sarea"): one letter off, same start
        cands = [f for f in full if _one_off(f.text.split()[-1], m.text)]
    before = [f for f in cands if (f.doc_index, f.start) < (m.doc_index, m.start)]
    if before:
        return before[-1].text
    return cands[0].text if cands else None


def _last_names(name: str) -> tuple[str, ...]:
    """A full name's last word, and that word without a particle glued to it ("Mabrouk" for "Ali al-Mabrouk")."""
    last = name.split()[-1]
    particle, _, rest = last.partition("-")
    return (last, rest) if rest[:1].isupper() and particle.lower() in NAME_PARTICLES else (last,)


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
