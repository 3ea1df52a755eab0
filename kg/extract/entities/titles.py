"""Title phrases beside names: where a title belongs to a body's name, where it names a person, and towns
named before an office ("the Kellmoor mayor")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ...lexicon import Lexicon
from .mention import RawMention, TitleSpan
from .names import _org_head


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
    if len(title) == 1 and doc[title.start].is_title and doc[title.start].lower_ in lex.relations["word_classes"]["org_heads"] \
            and prev is not None and prev.is_title and prev.pos_ == "PROPN" and prev.lower_ not in lex.titles \
            and not (nxt is not None and nxt.is_title):
        return True  # "Tarsk Marine", a company, however the model tagged it (not "Marine Jack Dorn")
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


def _names_a_person(doc: Doc, ent: Span, title: Span) -> bool:
    """'President Kennedy' tagged as one organisation: the words after the title are a name."""
    rest = doc[title.end:ent.end]
    return 0 < len(rest) <= 4 and all(t.is_title or t.text == "." for t in rest) and rest[-1].ent_type_ != "GPE"


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
