"""Give a name the model found its type (person, body, state body, place kind) from the gazetteers and context."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from .context import _after_the, _origin, _placed, _then_placed, _which_follows
from .mention import RawMention, _common, _glued
from .names import _JOINING, _org_head, _org_type, name_head, site_name


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
        if e < len(doc) and doc[e].is_lower and doc[e].lower_ in lex.relations["word_classes"]["region_kinds"] \
                and doc[e].dep_ not in ("compound", "amod"):  # (not "Maduro state television")
            rm.type = "Region"  # "northern Thailand's Chiang Rai province": no person's name takes a region's kind
            return rm
        office = _place_office(doc, e, lex)
        if office:
            rm.type = office  # "Lunda Norte's governor, X": a place's office, so a place
            return rm
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
            if rm.type in ("GovernmentOrganization", "ArmedForces"):
                rm.state = _state_in_name(text, lex)  # "the South Sudan People's Defence Forces": South Sudan's
        elif text not in lex.regions and _acts_as_person(doc, s, e, lex):
            rm.type = "Person"  # "Hassan Nouri met Karim Saleh": two given words no gazetteer knows, doing or undergoing
        else:
            rm.type, rm.state = "Region", lex.regions.get(text)  # "Borno": Nigeria's
        return rm
    # (not "El Vocero del Valle", a name cut at "del" the model took for a people's)
    if label == "NORP" and (e - s == 1 or text in lex.demonyms or not all(t.is_alpha for t in doc[s:e])):
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
            before = doc[s - 1] if s > 0 else None
            if before is not None and before.is_lower and before.lower_ in wc["body_descriptors"]:
                rm.type, rm.described = _org_type(text, lex), True  # "the weekly El Centinela de la Montaña"
                return rm
            if doc[e - 1].lower_ in wc["closing_org_heads"]:
                rm.type = _org_type(text, lex)  # "the Tanzania Long-Haul Drivers' Association": a body's name
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
    # "Rivers State" the model took for a body (not "Michigan State horticulture professor X": a university's)
    if e - s == 2 and doc[e - 1].lower_ in lex.relations["word_classes"]["region_kinds"] \
            and doc[s].text in lex.regions and doc[e - 1].dep_ != "compound":
        rm.type, rm.state = "Region", lex.regions[doc[s].text]
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


def _acts_as_person(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """Two or three capitalised words the model called a place but no gazetteer knows, standing as a verb's
    subject or object and with no word of places in them ("met Karim Saleh"; not "San Almedo sued", "Upper Tarn")."""
    words = lex.relations["word_classes"]
    place_words = set(words["place_name_words"]) | set(words["region_kinds"])
    root = doc[s:e].root
    return 2 <= e - s <= 3 and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in doc[s:e]) \
        and not any(t.lower_ in place_words for t in doc[s:e]) \
        and root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and root.head.pos_ == "VERB" \
        and root.head.lemma_.lower() not in set(words["place_visits"]) | set(words["place_verbs"]) \
        and not (e + 1 < len(doc) and doc[e].text == "," and (doc[e + 1].text in lex.regions or doc[e + 1].text in lex.names))
    # (nor "Hadley Ferry, Montana": a town, placed in its state)


def _place_office(doc: Doc, e: int, lex: Lexicon) -> str | None:
    """The kind of place whose office follows a name and its "'s" in lower case ("Lunda Norte's governor": Region)."""
    if e + 1 >= len(doc) or doc[e].tag_ != "POS":
        return None
    offices = lex.relations["word_classes"]["place_offices"]
    words = [t.lower_ for t in doc[e + 1:e + 3]]
    for w in (" ".join(words), words[0]):  # (the office itself, not a word modifying another: "X's governor friend")
        last = doc[e + len(w.split())]
        if w in offices and doc[e + 1].is_lower and last.dep_ not in ("compound", "amod"):
            return offices[w]
    return None
