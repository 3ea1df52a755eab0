"""What the words around a name say of it: placed by a preposition, described by a title, followed by "who"."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from .names import _org_head

_PLACE_PREPS = {"near", "in", "at", "outside", "inside", "from", "off"}


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


def _complements(tok: Token, depth: int) -> list[Token]:
    """The words `depth` steps down from `tok` through prepositions, objects and complements ("pleaded guilty to
    killing X": guilty, to, killing)."""
    out, level = [], [tok]
    for _ in range(depth):
        level = [c for t in level for c in t.children if c.dep_ in ("prep", "pobj", "pcomp", "acomp", "dobj", "xcomp")]
        out += level
    return out


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
