"""Places the model missed or mistyped: datelines, US state abbreviations, places by description, lists,
subdivisions and regions named with their kind."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc

from ...lexicon import Lexicon
from .context import _WHERE_PREPS, _before_state, _then_placed
from .mention import RawMention, _common, _common_words, _generic, _letters, _titled_tokens, _tokens_with
from .names import NAME_PARTICLES, _new_name_before, _org_head


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
                key = text if text in lex.state_abbrevs else text + "."
                if key in lex.abroad_abbrevs and (key != text or j < len(doc) and (doc[j].is_alpha or doc[j].is_digit)):
                    break  # "KETTLE BAY, Ont. —", not "Pablo Ferro, Man City's ...": a Canadian one as written, ending there
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
    for tok in _tokens_with(doc, placed, LOWER):  # ("Dhaka Division" too)
        # "in the Potosí department", "Honduras' Olancho department": placed, or a state's
        where = tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS or any(
            c.dep_ in ("poss", "amod") and any(m.type == "Country" and m.start <= c.i < m.end for m in out)
            for c in tok.children)
        m = next((m for m in out if m.start == tok.i + 2), None) if tok.i + 2 < len(doc) else None
        if where and m is not None and doc[tok.i + 1].lower_ == "of" and not m.canonical \
                and m.type in ("Person", "Organization") and not _org_head(m.text, lex):
            m.type = "Region"  # "the Paraguayan department of Nu Vera"
            continue
        whole = next((m for m in out if m.end == tok.i + 1 and m.start < tok.i), None)
        if where and whole is not None and tok.is_title and not whole.canonical and whole.type in ("Person", "Organization") \
                and not any(t.lower_ in lex.titles for t in doc[whole.start:tok.i]) \
                and (doc[whole.start:tok.i].text in lex.cities or not all(_common(t.lower_, common)
                                                                         for t in doc[whole.start:tok.i])):
            whole.type = "Region"  # "Bangladesh's Dhaka Division", which the model took for a body with its kind
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


def _regions_listed_before_kind(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'Kano and Katsina states', 'the Sindh, Punjab and Balochistan provinces': names listed before a plural
    kind of region are regions each, whatever the model or a town's gazetteer called them."""
    kinds = set(lex.relations["word_classes"]["region_kinds"]) | {"states"}
    ends = {m.end: m for m in out}
    for tok in doc:
        # (the tagger may read "states" as a verb: "Kano and Katsina states")
        verb = tok.tag_ == "VBZ" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("that", ":", ","))
        if not (tok.is_lower and (tok.tag_ == "NNS" or verb) and tok.lower_ in kinds) or tok.i not in ends:
            continue
        listed, m = [], ends[tok.i]
        while m is not None:
            listed.append(m)
            p = m.start - 1
            p -= p >= 1 and doc[p].lower_ in ("and", "or") and doc[p - 1].text == ","  # "A, B, and C"
            joint = p >= 1 and doc[p].lower_ in ("and", "or", ",")
            m = ends.get(p) if joint else None
            w = doc[p - 1] if joint else None
            if m is None and w is not None and w.is_title and w.pos_ == "PROPN" and w.i not in taken \
                    and w.lower_ not in lex.titles and (w.i == 0 or not doc[w.i - 1].is_title):
                # "Sindh, Punjab and Balochistan provinces": a name in the list the model missed
                m = RawMention(doc_index, w.i, w.i + 1, w.text, "Region", canonical=w.text, head=w.i)
                out.append(m)
                taken.add(w.i)
        if len(listed) < 2:
            continue  # (not "the Gulf states", "the Baltic states")
        for m in listed:
            if m.type == "City" and not m.metonym or m.type in ("Person", "Organization") and not m.canonical \
                    and not _org_head(m.text, lex):
                # (a town's state, from the gazetteer, says nothing of a region named like it)
                m.state = None if m.type == "City" else m.state
                m.type, m.canonical = "Region", m.canonical or m.text
                m.key = "" if m.key == "norp" else m.key  # ("Punjab" taken for a people's adjective)
                m.aliases = (*m.aliases, f"{m.canonical} {tok.lemma_}")


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
