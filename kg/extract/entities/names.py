"""Words of names: particles, name heads, organisation heads and kinds, party tags ("D-Calif."), and the
shapes that tell a name of a body or its members."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from .mention import _glued


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
    return _portfolio_title(doc, e, lex) \
        and last not in words["body_nouns"] and (last not in words["org_heads"] or last in trades) \
        and all(t.text not in lex.names and t.text not in lex.demonyms for t in doc[s:e]) \
        and not any(doc[s:e].text in known for known in (lex.names, lex.regions, lex.cities))  # "New South Wales"


def is_portfolio(words: str, lex: Lexicon) -> bool:
    """Words a minister's title takes as its portfolio ("Interior", "Foreign Affairs"): the lexicon knows the
    minister of them."""
    return f"{words.lower()} minister" in lex.titles


def _portfolio_title(doc: Doc, e: int, lex: Lexicon) -> bool:
    """A title at `e` whose last word takes a portfolio: "Minister", "Cabinet Secretary", "Under Secretary"."""
    offices = lex.relations["word_classes"]["portfolio_offices"]
    return any(e + k <= len(doc) and doc[e + k - 1].lower_ in offices
               and (k == 1 or doc[e:e + k].text.lower() in lex.titles) for k in (1, 2, 3))


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
        or any(w in BODY_PREPOSITIONS for w in words[1:-1]) \
        or words[0].lower() in heads and any(w in NAME_PARTICLES for w in words[1:])


def _org_type(text: str, lex: Lexicon) -> str:
    words = text.lower().split()
    if any(w.endswith(("s'", "s’")) and len(w) > 4 for w in words[:-1]) \
            and words[-1] not in ("ministry", "department", "office", "agency", "administration", "court"):
        return "Organization"  # "the Amalgamated Mineworkers' Congress": its members' body, no state's
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


NAME_PARTICLES = {"al", "el", "de", "du", "del", "la", "le", "les", "des", "da", "do", "dos", "das", "di", "bin", "ibn",
                  "van", "von", "der", "den", "y", "pour", "l'", "d'", "-", "'", *("para", "por", "pela", "pelo", "contra")}
# prepositions that join only a body's name, never a person's ("Centro Ciudadano para la Paz", "Médicos por la Vida")
BODY_PREPOSITIONS = {"para", "por", "pela", "pelo", "contra", "pour"}
# French and German "and", which join a body's name but not two people ("Collectif Droits et Dignité")
BODY_JOINS = {"et", "und"}


_JOINING = {"de", "del", "da", "do", "dos", "das", "di", "du", "la", "van", "von", "der", "den"}  # inside a name
# after a hyphen inside a Persian or Arabic name ("Jabha-ye Azadi", "Sang-e Surkh", "Hizb-ut Tahrir")
_LINKING_PARTICLES = {"e", "ye", "i", "ul", "ut", "ud", "al", "el"}


def _apostrophed(t: Token) -> bool:
    """A capitalised word with an apostrophe inside, written as a name is ("Jama'at", "Kata'ib", "N'Djamena")."""
    text = t.text
    return text[:1].isupper() and ("'" in text[1:-1] or "’" in text[1:-1]) and text.replace("'", "").replace("’", "").isalpha()


def _name_run(doc: Doc, end: int, taken: set[int], numbered: bool = False) -> int:
    """The start of the run of capitalised words (joined by particles such as "al-", "de", "du") ending at `end`."""
    s = end
    if numbered and s > 1 and doc[s - 1].is_digit and len(doc[s - 1]) <= 3 and doc[s - 2].is_title \
            and s - 1 not in taken:
        s -= 1  # "the Barrio 9 gang", "People's Defence Column 7": a number closing the name
    while s > 0 and s - 1 not in taken and (doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                                             or doc[s - 1].lower_ in NAME_PARTICLES and not doc[s - 1].is_sent_start
                                             or doc[s - 1].lower_ in _LINKING_PARTICLES and _glued(doc, s - 2)):
        s -= 1  # (and "Jabha-ye Azadi": a linking particle after a hyphen)
    while s < end and (doc[s].lower_ in NAME_PARTICLES or doc[s].is_sent_start and doc[s].lower_ == "the"):
        s += 1
    return s


def _new_name_before(doc: Doc, end: int, taken: set[int], lex: Lexicon, numbered: bool = False) -> int | None:
    """Where the run of names right before token `end` starts ("the [Ansar al-Furqan] militia", "[Borno]
    state"), if it holds a proper noun and the gazetteers do not already know it as a place, a demonym or
    a title; else None."""
    s = _name_run(doc, end, taken, numbered)
    if s == end or not any(t.pos_ == "PROPN" for t in doc[s:end]):
        return None
    text = doc[s:end].text
    if text in lex.names or text in lex.demonyms or text.lower() in lex.titles:
        return None
    return s


def _acronym(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())
