"""Join names the model split ("the Rail and Maritime Union") and split names it joined (a list of places, two
bodies, two people)."""
from __future__ import annotations

from collections.abc import Collection

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...lexicon import Lexicon
from .context import _before_state
from .mention import _common, _common_words
from .names import _org_head


def _joined_people(doc: Doc, ents: list[Span], title_toks: set[int], lex: Lexicon) -> list[Span]:
    """"Bishop Rafael | Montes Quintero" tagged as two people: a given name alone after its title and the names
    right after it are one person, and so is a lone second surname after a name of two words."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and ent.label_ == "PERSON" and prev.end == ent.start:
            words = [t for t in prev if t.i not in title_toks and t.lower_ not in lex.titles]
            if len(words) == 1 and words[0].is_title and words[0].text not in lex.names:
                out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
                continue
            if len(words) == 2 and len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and ent.text not in lex.names \
                    and all(w.is_title for w in words) \
                    and not (prev.root.dep_ in ("dobj", "dative") and ent[0].dep_ in ("nsubj", "nsubjpass")):
                # "Marisol Quispe | Huamán": a second surname (not "told Ana Ruiz | Kell had lied": an object, then a subject)
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
        if ent.label_ == "ORG" and nxt is not None and nxt.start == ent.end and nxt.label_ == "ORG" and len(nxt) == 1 \
                and doc[ent.end - 1].text in ("'", "’") and doc[ent.end - 2].lower_.endswith("s") \
                and doc[nxt.start].lower_ in heads:
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "the Amalgamated Mineworkers' | Congress"
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
            # (the rest untagged, or taken for a person's name: "the Union of Mine | and Quarry Workers")
            person = nxt is not None and nxt.start == cc + 1 and nxt.label_ == "PERSON"
            end = cc + 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and (not doc[end].ent_type_ or person and end < nxt.end):
                end += 1
            if end > cc + 1 and any(t.dep_ == "conj" and t.head.i == ent.end - 1 for t in doc[cc + 1:end]) \
                    and all(_common(t.lower_, common) for t in doc[cc + 1:end]) \
                    and (nxt is None or nxt.start >= end or person and nxt.end == end):
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 2 if person and nxt.end == end else 1
                continue
        out.append(ent)
        i += 1
    return out


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
