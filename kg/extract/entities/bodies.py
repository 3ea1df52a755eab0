"""Bodies the model missed or mistyped: by description, in apposition, by a title before a name, by acronym,
headed by a person, a state's armed forces and police."""
from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ...lexicon import Lexicon
from .context import _after_described_noun, _after_the, _described_by_title
from .mention import _OPENING_BRACKET, RawMention, TitleSpan, _common, _generic, _tokens_with
from .names import _JOINING, _LINKING_PARTICLES, NAME_PARTICLES, _acronym, _new_name_before, _org_type
from .placenames import _inside, _replace


def _bodies_after_offices(doc: Doc, lex: Lexicon, out: list[RawMention], office_toks: set[int]) -> None:
    """"chief executive of Kestrel Wind", "an analyst at Orvik Capital": a name the model took for a person,
    right after an office's "of" or "at", is the body the office is in."""
    for m in out:
        tok = doc[m.head]
        if m.type != "Person" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "at") or m.aliases \
                or m.text.split()[0] in lex.demonyms:  # "a scholar of the Italian Renaissance": a subject
            continue
        prep = tok.head
        if prep.head.i in office_toks and all(doc[i].lower_ == "the" for i in range(prep.i + 1, m.start)):
            m.type = _org_type(m.text, lex)


def _bodies_before_titles(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], titles: list[TitleSpan],
                          common: Collection[str]) -> None:
    """'Aérolys spokeswoman Inès Ferrand': capitalised words the model named nothing, right before the title of a
    person named after it, are the body the office is in (not "Former", nor a common word or a known place)."""
    for ts in titles:
        if ts.title.kind not in ("office", "spokesperson") or ts.start == 0:
            continue
        if not any(m.type == "Person" and m.start in (ts.end, ts.end + 1) for m in out):
            continue
        s = ts.start
        while s > 0 and ts.start - s < 4 and doc[s - 1].is_title and doc[s - 1].is_alpha and doc[s - 1].pos_ == "PROPN" \
                and not doc[s - 1].ent_type_ and not any(m.start <= s - 1 < m.end for m in out) \
                and doc[s - 1].lower_ not in lex.titles and doc[s - 1].text not in lex.names \
                and doc[s - 1].text not in lex.demonyms and not _common(doc[s - 1].lower_, common):
            s -= 1
        if s < ts.start and s > 0 and not doc[s - 1].whitespace_:
            s = ts.start  # ("A Lashkar-e-Sabir spokesman": the end of a hyphened name the model found)
        if s < ts.start and doc[s].is_sent_start and not any(
                t.text == doc[s].text and not t.is_sent_start for t in doc if t.i != s):
            s = ts.start  # ("Coastal spokesman X": a capitalised word opening a sentence, named nowhere else)
        if s < ts.start:
            text = doc[s:ts.start].text
            out.append(RawMention(doc_index, s, ts.start, text, _org_type(text, lex), head=ts.start - 1, described=True))


def _glued_prefixes(doc: Doc, out: list[RawMention]) -> None:
    """'the Al-Qasr Lions Brigade' found from "Qasr": a body's name starts with the word hyphened to its first."""
    for m in out:
        s = m.start
        if s >= 2 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and not doc[s - 2].whitespace_ \
                and doc[s - 2].is_alpha and not any(o.start <= s - 2 < o.end for o in out) \
                and (m.type in ("Organization", "ArmedForces") and doc[s - 2].lower_ in NAME_PARTICLES
                     or m.type == "City" and m.canonical in (None, m.text) and doc[s - 2].is_title
                     and not (m.end < len(doc) and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN")):
            # (and "Gounarou-Kpé", a town; not "the Dasso-Kobo road", a road between two towns)
            m.start, m.text = s - 2, doc[s - 2:m.end].text
            if m.canonical:
                m.canonical = m.text


def _named_groups(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                  common: Collection[str] = ()) -> None:
    """'the Ansar al-Furqan militia', "Yemen's Ansar al-Haqq movement", 'the Los Halcones del Norte cartel':
    a name before a noun that says what kind of group it is names that group."""
    heads = lex.relations["word_classes"]["group_kinds"]
    for tok in _tokens_with(doc, heads):
        kind = heads.get(tok.text)  # lower case only: "the Varnish Party" is a name, "the X militia" a kind
        if kind is None or tok.i in taken or tok.i == 0 or tok.i - 1 in taken:
            continue
        # (not "the Syrian army": a state's forces, handled elsewhere)
        s = _new_name_before(doc, tok.i, taken, lex, numbered=True)
        whole = next((e for e in doc.ents if e.label_ == "ORG" and s is not None and e.start < s <= e.end - 1 < tok.i + 1
                      and all(t.is_title or t.lower_ in ("for", "of", "and", "the") for t in doc[e.start:s])), None)
        if whole is not None:  # "the Unity for Progress party": the model's whole name, not its last words
            s = whole.start + (doc[whole.start].lower_ == "the")
            s = s if not any(i in taken for i in range(s, tok.i)) else None
        if s is None or kind == "GovernmentOrganization" and tok.i - s == 1 and doc[s].is_sent_start \
                and _common(doc[s].lower_, common):
            continue  # not "Foreign ministry spokesman X", capitalised for opening the sentence
        if kind != "ArmedForces" and lex.cities.get(doc[s:tok.i].text, ("", 0))[1] >= 100_000:
            continue  # "a Phoenix newspaper": the city's, not one named so (but "the Medellin cartel" is named so)
        out.append(RawMention(doc_index, s, tok.i, doc[s:tok.i].text, kind, head=tok.i - 1,
                              aliases=(doc[s:tok.i + 1].text,)))  # "the Marafa gang" is a name of it too
        taken.update(range(s, tok.i + 1))


def _bodies_by_description(doc: Doc, lex: Lexicon, out: list[RawMention], titles: list[TitleSpan],
                           title_toks: set[int]) -> None:
    """'retailer Koala Kids', 'the tabloid Abendkurier', 'her publisher, Editorial Mirador', 'the Meghna Knit
    garment factory', 'Koala Kids managing director Fiona McAllister': a name the model took for a person's is a
    body's when described as one (not "the Ana Ruiz team"), or when an office in a body follows it."""
    wc = lex.relations["word_classes"]
    descriptors, offices = set(wc["body_descriptors"]), set(wc["body_offices"])
    bodies = descriptors | set(wc["nonstate_body_nouns"])
    title_at = {t.start: t for t in titles}
    for m in out:
        guessed = m.type == "Person" or m.type == "Region" and not m.canonical  # the model's guess, not the gazetteer's
        if not guessed or m.start > 0 and (m.start - 1 in title_toks or doc[m.start - 1].lower_ in lex.titles):
            continue
        prev, head = doc[m.start - 1] if m.start > 0 else None, doc[m.head]
        described = prev is not None and prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "PROPN") \
            and (prev.lower_ in descriptors or prev.lemma_ in descriptors) \
            or head.dep_ == "compound" and head.head.is_lower and head.head.i >= m.end \
            and head.head.lemma_ in descriptors and head.head.lemma_ in wc["body_noun_heads"] \
            and head.head.lemma_ not in wc["loose_kind_nouns"] \
            and any(c.dep_ == "det" for c in head.head.children) \
            or (head.dep_ == "appos" and head.head.is_lower and head.head.lemma_ in descriptors
                or _after_described_noun(doc, m.start, m.end, descriptors, wc["headed_body_verbs"])) \
            and not _described_by_title(doc, m.start, m.end, lex) \
            or any(c.dep_ == "appos" and c.is_lower and c.lemma_ in bodies and c.left_edge.lower_ in ("a", "an")
                   for c in head.children)  # "Tidewatch, an environmental group, ...", "X, a bandit gang, ..."
        # "an outfit dubbed the Iron Sparrows", "a group known as X", "a faction that calls itself X"
        verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
        described = described or head.dep_ in ("oprd", "pobj") and verb.lemma_.lower() in wc["alias_verbs"] \
            and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in bodies
        e = m.end + (1 if m.end < len(doc) and doc[m.end].tag_ == "POS" else 0)
        t = title_at.get(e)
        office = m.type == "Person" and t is not None and t.title.phrase in offices and t.end < len(doc) \
            and any(o.type == "Person" and o.start in (t.end, t.end + 1) for o in out)
        if described or office:
            m.type, m.described = _org_type(m.text, lex), True


def _bodies_named_in_apposition(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'a little-known group, the Sons of the Southern Steppe,', 'a rival gang, the Aktau Wolves,': capitalised words
    set after a noun that describes a body, with their "the", name that body, however the model cut or typed them."""
    wc = lex.relations["word_classes"]
    nouns = set(wc["body_descriptors"]) | set(wc["nonstate_body_nouns"])
    aliases = set(wc["alias_verbs"])
    for tok in doc:
        if tok.i + 4 >= len(doc):
            continue
        if tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_ in nouns and doc[tok.i + 1].text == "," \
                and doc[tok.i + 2].lower_ == "the":
            i = tok.i + 3  # "a rival gang, the Aktau Wolves,"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in aliases and tok.dep_ in ("acl", "relcl") \
                and tok.head.lemma_.lower() in nouns:  # "a group calling itself the Sons of the Delta"
            k = tok.i + 1 + (doc[tok.i + 1].lower_ in ("itself", "themselves", "as"))
            if doc[k].lower_ != "the":
                continue
            i = k + 1
        else:
            continue
        j = i
        while j < len(doc) and j - i < 8:
            if doc[j].is_title and doc[j].is_alpha:
                j += 1
            elif j > i and doc[j].lower_ in _JOINING and j + 1 < len(doc) and doc[j + 1].is_title:
                j += 2  # "Sons of Liberty"
            elif j > i and doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j + 1].lower_ == "the" and doc[j + 2].is_title:
                j += 3  # "Sons of the Southern Steppe"
            else:
                break
        if j - i < 2 or j >= len(doc) or doc[j].text not in (",", ".", ";"):  # two words or more, and closed
            continue
        text = doc[i:j].text
        inside = _inside(out, i, j)
        if text in lex.names or any(w in lex.demonyms for w in text.split()) \
                or any(m.start < i or m.end > j or (m.start, m.end) == (i, j) for m in inside):
            continue  # a known name, or a name the text already holds whole (or one that reaches outside)
        _replace(out, taken, inside, RawMention(doc_index, i, j, text, _org_type(text, lex), head=doc[i:j].root.i,
                                                described=True))


def _unlabelled_bodies(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                       title_toks: set[int]) -> None:
    """'the travel agency Wanderly', 'retailer Koala Kids': capitalised words the model named nothing, right
    after a noun that describes a body, name that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for tok in _tokens_with(doc, descriptors):  # lower-case words, so a match is written in lower case
        if tok.pos_ not in ("NOUN", "ADJ") or tok.i + 1 >= len(doc):
            continue
        j = _unnamed_name_end(doc, tok.i + 1, lex, taken, title_toks)
        if j is None:
            continue
        text = doc[tok.i + 1:j].text
        out.append(RawMention(doc_index, tok.i + 1, j, text, _org_type(text, lex), head=j - 1, described=True))
        taken.update(range(tok.i + 1, j))


def _name_run(doc: Doc, first: int, taken: set[int], title_toks: set[int]) -> int:
    """Where a name that opens at `first` ends: capitalised words, whatever their tag ("Wanderly" tagged an
    adverb), with the particles and acronyms inside it ("Sawt al-Janoub TV", "Awaz-e-Sarhad TV")."""
    j = first
    while j < len(doc) and j - first < 8 and j not in taken and j not in title_toks and not doc[j].is_sent_start \
            and (doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop
                 or j > first and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) <= 4
                 or j > first and doc[j].lower_ in NAME_PARTICLES and j + 2 < len(doc)
                 and doc[j + 1].text == "-" and doc[j + 2].is_title
                 or doc[j].text == "-" and j > first and doc[j - 1].lower_ in NAME_PARTICLES
                 or doc[j].text == "-" and j + 2 < len(doc) and doc[j + 1].lower_ in _LINKING_PARTICLES
                 and doc[j + 2].text == "-"
                 or doc[j].lower_ in _LINKING_PARTICLES and doc[j - 1].text == "-" and j + 1 < len(doc)
                 and doc[j + 1].text == "-"
                 or doc[j].text == "-" and doc[j - 1].lower_ in _LINKING_PARTICLES and doc[j - 2].text == "-"):
        j += 1
    return j


def _unnamed_name_end(doc: Doc, first: int, lex: Lexicon, taken: set[int], title_toks: set[int]) -> int | None:
    """Where a new body's name that opens at `first` ends (`_name_run`), or None: no name there, one cut at the
    run's bound or running on into a proper noun, or one the gazetteers, the demonyms or the titles already know."""
    j = _name_run(doc, first, taken, title_toks)
    if j == first or j - first > 7 or j < len(doc) and doc[j].pos_ == "PROPN":
        return None
    text = doc[first:j].text
    if text in lex.names or text in lex.demonyms or text.lower() in lex.titles or _generic(text.lower(), lex):
        return None
    return j


def _bodies_of_fighters(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                        title_toks: set[int]) -> None:
    """'Militants of the Tehreek-e-Azadi Mahsud', 'fighters of the Jaish-e-Noor': capitalised words the model
    named nothing, after an armed group's people and "of the", name that armed group."""
    members = set(lex.relations["word_classes"]["owned_members"]) - {"member", "members", "force", "forces"}
    for tok in doc:
        if tok.lower_ not in members or tok.tag_ not in ("NNS", "NNPS") or tok.i + 3 >= len(doc) \
                or doc[tok.i + 1].lower_ != "of" or doc[tok.i + 2].lower_ != "the":
            continue
        people = next((m for m in out if m.start == tok.i + 3 and m.key == "norp"), None)
        if people is not None:  # "the Jaish-e-Noor", taken for a people's word: the group
            people.type, people.key = "ArmedForces", ""
        if tok.i + 3 in taken:
            continue
        j = _unnamed_name_end(doc, tok.i + 3, lex, taken, title_toks)
        if j is None:
            continue
        out.append(RawMention(doc_index, tok.i + 3, j, doc[tok.i + 3:j].text, "ArmedForces", head=j - 1))
        taken.update(range(tok.i + 3, j))


def _head_initial_bodies(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                         title_toks: set[int]) -> None:
    """'the Cártel del Altiplano', 'Clan del Huallaga': a capitalised word that opens bodies' names in the Romance
    languages, with a particle and capitalised words after it the model named nothing, names that body."""
    heads = set(lex.relations["word_classes"]["head_initial_org_heads"])
    for tok in doc:
        if not tok.is_title or tok.lower_ not in heads or tok.i in taken or tok.i + 2 >= len(doc) \
                or doc[tok.i + 1].lower_ not in NAME_PARTICLES or not doc[tok.i + 1].is_alpha:
            continue
        j = _name_run(doc, tok.i + 2, taken, title_toks)
        if j == tok.i + 2 or j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title:
            continue
        text = doc[tok.i:j].text
        out.append(RawMention(doc_index, tok.i, j, text, _org_type(text, lex), head=tok.i))
        taken.update(range(tok.i, j))


def _bodies_described_after(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                            title_toks: set[int]) -> None:
    """'Feldhof, a farmers' cooperative, ...': capitalised words opening a sentence that the model named nothing,
    set beside "a"/"an" and a noun that describes a body, name that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for sent in doc.sents:
        i = j = sent.start
        while j < sent.end and j - i < 4 and doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop \
                and j not in taken and j not in title_toks and doc[j].lower_ not in lex.titles:
            j += 1
        if j == i or j + 2 >= sent.end or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an"):
            continue
        # the description's noun: the last word before its comma or first preposition ("a lawyer for the union": lawyer)
        end = next((k for k in range(j + 2, min(sent.end, j + 7)) if doc[k].text == "," or doc[k].pos_ == "ADP"), None)
        head = doc[end - 1] if end is not None else None
        text = doc[i:j].text
        if head is None or not head.is_lower or head.lemma_ not in descriptors or text in lex.names \
                or text in lex.demonyms or _generic(text.lower(), lex):
            continue
        out.append(RawMention(doc_index, i, j, text, _org_type(text, lex), head=j - 1, described=True))
        taken.update(range(i, j))


def _people_described_as_bodies(doc: Doc, lex: Lexicon, out: list[RawMention]) -> None:
    """'Inversiones Quetzal Norte, the company that owns the building': a name the model took for a person's,
    described in apposition as a body, names that body."""
    descriptors = lex.relations["word_classes"]["body_descriptors"]
    for m in out:
        if m.type != "Person" or m.canonical or m.aliases or not 0 <= m.head < len(doc):
            continue
        # (the first apposition only: "X, the head of Y, the agency involved" describes Y)
        c = next((c for c in doc[m.head].children if c.dep_ == "appos" and c.i > m.head), None)
        if c is not None and c.is_lower and c.lemma_ in descriptors \
                and not any(d.dep_ in ("cc", "conj") for d in c.children) \
                and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children):
            m.type, m.described = _org_type(m.text, lex), True


def _bodies_headed(doc: Doc, lex: Lexicon, out: list[RawMention]) -> None:
    """'Rosa Quispe, who heads Agua Viva Perú': what a person heads, chairs, directs, runs or manages is a body,
    whatever the model called it."""
    verbs = lex.relations["word_classes"]["headed_body_verbs"]
    for m in out:
        if m.type != "Person" or m.canonical or m.aliases or not 0 <= m.head < len(doc) or m.end - m.start < 2:
            continue
        tok = doc[m.head]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs \
                and any(c.dep_ == "nsubj" for c in tok.head.children):
            m.type, m.described = _org_type(m.text, lex), True


def _site_names(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the Ambassador Hotel', 'the President Motel': the capitalised words before a site's last word name the
    site, a title word among them too (the model takes "Hotel" for a person titled "Ambassador")."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["facility_heads"], LOWER):
        i = tok.i
        while i > 0 and tok.i - i < 4 and doc[i - 1].is_title and doc[i - 1].is_alpha and i - 1 not in taken \
                and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            i -= 1
        if i < tok.i and tok.is_title and tok.i not in taken and _after_the(doc, i) \
                and any(doc[j].lower_ in lex.titles for j in range(i, tok.i)):
            out.append(RawMention(doc_index, i, tok.i + 1, doc[i:tok.i + 1].text, "Organization", head=tok.i))
            taken.update(range(i, tok.i + 1))


def _offices_named_by_title(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int]) -> None:
    """'the Quarry County Sheriff's Office', 'the Governor's Office': a body named after its holder's title, with
    the capitalised words before the title (the model tags none of it, and the title would end a name)."""
    for tok in _tokens_with(doc, lex.relations["word_classes"]["office_name_heads"], LOWER):
        i = tok.i - 2  # the title, before "'s"
        if not tok.is_title or i < 0 or tok.i in taken or doc[i + 1].lower_ not in ("'s", "’s") \
                or doc[i].lower_ not in lex.titles or not doc[i].is_title:
            continue
        while i > 0 and tok.i - i < 6 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and i - 1 not in taken:
            i -= 1
        if any(j in taken for j in range(i, tok.i + 1)):
            continue
        text = doc[i:tok.i + 1].text
        out.append(RawMention(doc_index, i, tok.i + 1, text, _org_type(text, lex), head=tok.i))
        taken.update(range(i, tok.i + 1))


def _spelled_out_acronyms(doc: Doc, doc_index: int, lex: Lexicon, out: list[RawMention], taken: set[int],
                          title_toks: set[int]) -> None:
    """'the National Coalition for Rural Health (NCRH)': capitalised words whose initials spell the acronym that follows
    name an organisation, even when the model tags none of them."""
    for tok in _tokens_with(doc, _OPENING_BRACKET):
        i = tok.i
        if i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text
        if not (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 8):
            continue
        j, caps = i, 0
        while j > 0 and caps < len(acr):
            w = doc[j - 1]
            if w.is_alpha and w.text[0].isupper():
                caps += 1
            elif not (caps and w.lower_ in ("of", "for", "and", "the", "on", "in")):
                break
            j -= 1
        if caps != len(acr) or _acronym([t.text for t in doc[j:i]]) != acr \
                or any(k in taken or k in title_toks for k in range(j, i)):
            continue
        text = doc[j:i].text
        if text in lex.names:
            continue  # the gazetteer's, handled there
        out.append(RawMention(doc_index, j, i, text, _org_type(text, lex), head=i - 1))
        taken.update(range(j, i))
