"""Find the mentions of one paragraph Doc: the gazetteer's names, then the model's, each typed and bounded, then
the finders for what both missed."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ...lexicon import Lexicon
from ...nlp import NAMES, TITLES
from .bodies import (
    _bodies_after_offices,
    _bodies_before_titles,
    _bodies_by_description,
    _bodies_described_after,
    _bodies_headed,
    _bodies_named_in_apposition,
    _bodies_of_fighters,
    _head_initial_bodies,
    _glued_prefixes,
    _named_groups,
    _offices_named_by_title,
    _people_described_as_bodies,
    _site_names,
    _spelled_out_acronyms,
    _unlabelled_bodies,
)
from .bounds import (
    _clean,
    _hyphened,
    _inside_hyphened_word,
    _name_before,
    _quoted_work,
    _through_particles,
)
from .classify import _classify, _metonymic
from .context import (
    _after_the,
    _before_state,
    _described_by_title,
    _has_who,
    _not_a_place,
    _titled_names,
)
from .forces import _armed_forces, _state_police
from .mention import (
    RawMention,
    TitleSpan,
    _common,
    _common_words,
    _generic,
    _tokens_with,
)
from .merges import _joined_bodies, _joined_people, _split_bodies, _split_places
from .names import _joined_name, _members_of, _org_head, _portfolio, is_portfolio, party_tag
from .of_names import _of_names
from .people import (
    _TRADE_ENDINGS,
    _lone_names_by_title,
    _names_after_offices,
    _nicknames,
    _people_coordinated,
    _people_by_deed,
    _unlabelled_names,
)
from .placenames import (
    _dateline_place,
    _dateline_region,
    _places_before_states,
    _places_by_description,
    _places_coordinated,
    _regions_by_kind,
    _regions_listed_before_kind,
    _state_abbreviations,
    _subdivisions,
)
from .titles import (
    _after_body_name,
    _before_a_name,
    _before_body_name,
    _inside_name,
    _split_at_titles,
    _towns_before_offices,
)


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
        owner = named_ent_at.get(sp.start - 1) if sp.start >= 2 else None
        if owner is not None and owner.label_ == "ORG" and label == "NAME" and doc[sp.start - 1].text in ("'", "’") \
                and doc[sp.start - 2].lower_.endswith("s") and lex.names[text].type not in ("Country", "City", "Region"):
            continue  # "the Amalgamated Mineworkers' Congress": the last word of a body's name, not the known "Congress"
        place = place_ent_at.get(sp.start)
        if place is not None and label == "NAME" and place.end > sp.end + 1 and _org_head(place.text, lex) \
                and not any(t.text in ("(", ")", ",") for t in place):
            continue  # "the South Sudan People's Defence Forces", tagged as a place: a body whose name opens with a state's
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
        elif s > 0 and s - 1 not in taken and doc[s - 1].is_upper and doc[s - 1].is_alpha and doc[s].is_title \
                and doc[s - 1].lower_ in lex.relations["word_classes"]["head_initial_org_heads"]:
            s -= 1  # "PT Sawit Mandala Raya": a firm's legal form before its name, cut off with a word or two
        # "the Ambassador Hotel": its title word is its name's (a site takes "the"; "Senator Ada Church" does not)
        site = e - s > 1 and doc[e - 1].lower_ in facilities and _after_the(doc, s)
        while s < e and not site and (s in title_toks or ent.label_ == "PERSON" and doc[s].lower_ in lex.titles):
            s += 1  # "President Donald Trump" -> "Donald Trump"
        portfolio = False
        while s < e and s > ent.start and s - 1 in title_toks and doc[s].lower_ in ("of", "the", "for"):
            portfolio = portfolio or doc[s].lower_ == "for"
            s += 1  # "Secretary of State of Velmaria" -> "Velmaria", not "of Velmaria"
        if portfolio and all(t.is_title and _common(t.lower_, _common_words(nlp)) for t in doc[s:e]):
            continue  # "Minister of State for Foreign Affairs": the portfolio, no name
        if ent.label_ == "ORG" and _portfolio_before_body_noun(doc, s, e, lex):
            continue  # "Interior ministry spokesman X said": a state's ministry by its portfolio, no name
        if ent.label_ == "PERSON" and not site:  # "Highway Patrol Officer Jan Ostrum": the name after the last title
            last = max((i for i in range(s, e - 2) if i in title_toks or doc[i].lower_ in lex.titles), default=None)
            if last is not None and all(doc[j].is_title for j in range(s, last + 1)):
                s = last + 1
        if ent.label_ == "PERSON" and e - s > 2:  # "Minister for Foreign Affairs Khalid al-Marri": the portfolio
            # after a title's "for" or "of", in common words, is no part of the name after it
            k = s
            while k > 0 and doc[k - 1].is_title and _common(doc[k - 1].lower_, _common_words(nlp)):
                k -= 1
            if k >= 2 and doc[k - 1].lower_ in ("for", "of") and k - 2 in title_toks:
                while e - s > 2 and doc[s].is_title and _common(doc[s].lower_, _common_words(nlp)):
                    s += 1
        while e > s and e - 1 in title_toks:
            e -= 1  # "Coast Guard Lt." (before a name) -> "Coast Guard"
        while e - s > 1 and (ent.label_ != "PERSON" or doc[e - 1].is_lower) and doc[e - 1].text in region_kinds:
            e -= 1  # "Ostland province": the region is "Ostland" (also when the model took it for a person's name)
        if ent.label_ in ("ORG", "PERSON") and e - s > 1 and doc[s].is_sent_start \
                and (doc[s].lower_ in lex.relations["word_classes"]["trade_descriptors"]
                     or ent.label_ == "PERSON" and e - s > 2 and len(doc[s]) > 5 and doc[s].lower_.endswith("ist")
                     or len(doc[s]) > 7 and doc[s].lower_.endswith(("maker", "builder"))):  # "Papermaker X", "Shipbuilder X"
            # "Chipmaker Vantrel Semiconductor sued ...", "Geologist Ana Marr said": the trade, capitalised for
            # opening the sentence
            s += 1
        if e - s == 1 and doc[s].is_sent_start and doc[s].lower_ in lex.relations["word_classes"]["group_nouns"]:
            continue  # "Farmers, backed by X, blocked roads": a plural of people, capitalised for opening the sentence
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
        # (and "the leader of the X Party, who ...": "who" is the leader's, not the party's)
        body = ent.label_ == "ORG" and _org_head(text, lex) and len(text.split()) > 2  # (not "Mara Bank, who ...")
        # "the rebel Orlo Front": a word for no office, after "the", before a body's name, whatever the model said
        body = body or s >= 2 and doc[s - 2].lower_ == "the" and doc[s - 1].lower_ in lex.titles \
            and lex.titles[doc[s - 1].lower_].kind == "none" and _org_head(text, lex)
        person = titled and _not_a_place(text, lex) and not body and not site \
            or _has_who(doc, s, e) and not _before_state(doc, e, lex) and not body or _described_by_title(doc, s, e, lex)
        label = "PERSON!" if person else ent.label_  # a title or "who" says so, whatever the gazetteer
        if not person and _before_state(doc, e, lex):
            label = "GPE"  # "FRESNO, Calif.", "Fairbanks, Alaska": a place named with its state
        rm = _classify(doc, s, e, text, label, lex, doc_index, _common_words(nlp))
        if rm is not None and rm.type == "Person" and not person:
            rm.type = _members_of(doc, e, lex) or rm.type  # "Harakat Nur jihadists": a group the model took for a man
        if rm is not None:
            if rm.type == "Person":
                rm.aliases = _titled_names(doc, s, e, title_toks, lex)
            elif rm.type in ("Organization", "ArmedForces") and e < len(doc) and doc[e].is_lower \
                    and doc[e].lower_ in lex.relations["word_classes"]["body_nouns"]:
                rm.aliases = (f"{text} {doc[e].text}",)  # "the Silver Pheasant syndicate" is a name of it too
            out.append(rm)
            taken.update(range(s, e))
    _places_before_states(doc, doc_index, lex, out, taken)
    _unlabelled_names(doc, doc_index, lex, out, taken, title_toks)
    _lone_names_by_title(doc, doc_index, lex, out, taken)
    _names_after_offices(doc, doc_index, lex, out, taken, titles, _common_words(nlp))
    _people_coordinated(doc, lex, out)
    _places_by_description(doc, doc_index, lex, out, taken)
    _places_coordinated(doc, doc_index, lex, out, taken)
    _regions_by_kind(doc, doc_index, lex, out, taken, nlp)
    _regions_listed_before_kind(doc, doc_index, lex, out, taken)
    _subdivisions(doc, doc_index, lex, out, taken)
    _bodies_named_in_apposition(doc, doc_index, lex, out, taken)
    _of_names(doc, doc_index, lex, out, taken, title_toks)
    _bodies_by_description(doc, lex, out, titles, title_toks)
    _unlabelled_bodies(doc, doc_index, lex, out, taken, title_toks)
    _bodies_of_fighters(doc, doc_index, lex, out, taken, title_toks)
    _head_initial_bodies(doc, doc_index, lex, out, taken, title_toks)
    _bodies_described_after(doc, doc_index, lex, out, taken, title_toks)
    _people_described_as_bodies(doc, lex, out)
    _bodies_headed(doc, lex, out)
    _bodies_after_offices(doc, lex, out, {i for t in titles if t.title.kind == "office" for i in range(t.start, t.end)})
    _dateline_region(doc, out)
    _glued_prefixes(doc, out)
    _bodies_before_titles(doc, doc_index, lex, out, titles, _common_words(nlp))
    _nicknames(doc, doc_index, out)
    out = [m for m in out if not (m.type == "Person" and _quoted_work(doc, m.start, m.end))]  # NBC's "Harbor Lights"
    for m in out:  # "the Rovuma Emirate Fighters": a name ending in a plural of fighters is their armed body's
        last = doc[m.end - 1]
        if m.type == "Person" and not m.canonical and m.end - m.start > 1 and last.is_title and last.lower_.endswith("s") \
                and (last.lower_ in lex.relations["word_classes"]["owned_members"]
                     or last.lower_ in lex.relations["word_classes"]["nonstate_body_nouns"]) \
                and last.lower_ not in ("members", "forces"):
            m.type = "ArmedForces"
    out.sort(key=lambda m: m.start)
    return out, titles


def _portfolio_before_body_noun(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """"Interior | ministry", "Defence ministry": a minister's portfolio, capitalised, before a state body's noun
    in lower case (in the name or right after it) names no body of its own."""
    nouns = lex.relations["word_classes"]["state_body_nouns"]
    end = e - 1 if e - s > 1 and doc[e - 1].is_lower and doc[e - 1].lower_ in nouns else e
    after = doc[end] if end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in nouns \
        and all(t.is_title for t in doc[s:end]) and is_portfolio(doc[s:end].text, lex)
