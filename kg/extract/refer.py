"""Who a phrase refers to: names, pronouns, definite descriptions ("the minister", "the city"),
collective nouns ("the government of X", "members of the EU") and groups whose members are named
("countries, including A and B"; "A, B and C ... They")."""
from __future__ import annotations

from spacy.tokens import Token

from .descriptions import (
    _described,
    _document_authors,
    _unnamed_officer,
    named_by_head,
    titled,
)
from .discourse import Discourse
from .entities import PERSONAL_PRONOUNS
from .groups import _pair, doer, group, joined_people, member_of, members
from .kinds import BODIES_AND_STATES, BODY_TYPES, GROUP_PRONOUNS, PLACE_TYPES
from .pronouns import (
    _clause_subject,
    _own_subject,
    _previous_subject,
    _reporter,
    _said_after,
    _speaker,
    addressee,
)
from .syntax import conjuncts


class Referents(Discourse):
    """Resolves tokens of one article to entity keys."""

    def of(self, di: int, tok: Token, depth: int = 0) -> list[str]:
        """The entities a token stands for (coordinated tokens not included)."""
        if depth > 4:
            return []
        if (di, tok.i) in self.paired:
            return list(self.paired[(di, tok.i)])
        keys = self.ents.at(di, tok)
        if keys and tok.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            # "the Velm Guard, a Peru-designated Foreign Terrorist Organization": a description of the name before
            return list(self.ents.at(di, tok.head)) or list(keys)
        if keys:
            return list(keys)
        if tok.is_lower and tok.lemma_.lower() in self.vocab.force_sites | self.vocab.body_nouns:
            # "gave the Libyan army garrison an ultimatum": a state force's post or column stands for the force;
            # "members of the Silver Pheasant syndicate": a body's kind after its name, for the body
            armed = tok.lemma_.lower() in self.vocab.force_sites - self.vocab.body_nouns  # ("station": either)
            named = [k for c in tok.children if c.dep_ == "compound" and c.i < tok.i for k in self.ents.at(di, c)
                     if self.type_of(k) == "ArmedForces" or not armed and self.type_of(k) in BODY_TYPES]
            if named:
                return named
        if tok.is_lower and (tok.lemma_ in self.vocab.place_nouns or tok.lower_ in self.vocab.region_kinds) \
                and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the mayor of Santa Lucina town": the place named on the noun (not "the Arizona town of X": X)
            named = [k for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 for k in self.ents.at(di, c)
                     if self.type_of(k) in PLACE_TYPES]
            if named:
                return named
        if tok.tag_ == "NNS" and tok.is_lower and tok.lemma_ in self.vocab.place_nouns:
            # "Punjab and Balochistan provinces": the places listed on the plural (not "the Gulf states")
            named = [k for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                     for t in conjuncts(c) for k in self.ents.at(di, t) if self.type_of(k) in PLACE_TYPES]
            if len(named) > 1:
                return named
        if tok.tag_ == "NN" and tok.is_lower and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):  # (a plural's
            # named members are its conjuncts: `members`)
            # "threatened Y's parent company, Halberd Transport Group,": the name set beside the noun
            named = [k for c in tok.children if c.dep_ == "appos" and c.i > tok.i for k in self.ents.at(di, c)]
            if named:
                return named
        low, lem, v = tok.lower_, tok.lemma_.lower(), self.vocab
        if lem in v.document_nouns and tok.dep_ in ("nsubj", "nsubjpass") and tok.is_lower \
                and tok.head.lemma_ != "be" and (tok.head.lemma_.lower() in v.grammar.verb_lemmas
                                                 or tok.head.lemma_.lower() in v.speech_verbs):
            authors = _document_authors(self, di, tok, depth)  # "A lawsuit filed by the Velm Fund accuses X"
            if authors:
                return authors
        if low in PERSONAL_PRONOUNS:
            return _reporter(self, di, tok) or addressee(self, di, tok) or \
                self.recent(di, tok, {"Person"}, skip=_own_subject(self, di, tok))
        if low == "whose" and tok.head.dep_ == "appos" and tok.head.head.i < tok.i:
            return self.of(di, tok.head.head, depth + 1)  # "the X Party, whose leader, Y,": the party
        if low in ("who", "whom", "that", "which", "whose"):
            verb = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "with which X negotiated"
            if low == "whose" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "compound":
                verb = verb.head  # "the union, whose organiser X read ...": "whose organiser X" parsed as one name
            if low == "whose" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
                verb = verb.head  # "the alliance, whose chairman, X, called ...": the clause of "whose chairman"
            if verb.dep_ in ("relcl", "acl"):
                return self.of(di, verb.head, depth + 1)
            if low == "whose" and tok.i > 1 and tok.doc[tok.i - 1].text == ",":
                # the clause parsed as another's ("called by the Union of Mine and Quarry Workers, whose
                # secretary-general, X, accused ..."): the name right before the comma
                found = [k for k in self.ents.at(di, tok.doc[tok.i - 2]) if self.type_of(k) in BODY_TYPES]
                if found:
                    return found
        if low == "its" and tok.dep_ == "poss":  # "X said through its counsel", "Its director said": the subject's
            return _clause_subject(self, di, tok) or _previous_subject(self, di, tok) \
                or self.recent(di, tok, BODIES_AND_STATES)
        via_prep = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("on", "upon")
        verb = tok.head.head if via_prep else tok.head
        if low == "it" and (tok.dep_ == "dobj" or via_prep) and verb.dep_ in ("advcl", "conj") \
                and verb.tag_ in ("VBG", "VBD"):
            # "criticised the Velm Party, accusing it of fraud", "blamed X and accused it of ...", "blamed X and called
            # on it to pay": the object before (or a preposition's: "rounded on X, accusing it of betrayal")
            objs = [o for o in verb.head.children if o.dep_ == "dobj" and o.i < tok.i] or \
                [o for p in verb.head.children if p.dep_ == "prep" and p.i < tok.i and p.lower_ in ("on", "at", "against")
                 for o in p.children if o.dep_ == "pobj"]
            found = [k for o in objs for k in self.of(di, o, depth + 1) if self.type_of(k) in BODIES_AND_STATES]
            if found:
                return found
        if low == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("acl", "ccomp") \
                and tok.head.head.pos_ == "NOUN" and tok.head.head.dep_ == "dobj" \
                and tok.head.head.lemma_.lower() in v.alleging_nouns | v.demand_nouns:
            # "X rejected Y's allegation that it had ...": X, the one the claim is about (not Y, who made it; but
            # "Y's pledge that it would ..." is Y's own)
            noun = tok.head.head
            makers = {k for c in noun.children if c.dep_ == "poss" for k in self.of(di, c, depth + 1)}
            found = [k for s in noun.head.children if s.dep_ == "nsubj" for k in self.of(di, s, depth + 1)
                     if self.type_of(k) in BODIES_AND_STATES and k not in makers]
            if found:
                return found
        if low == "it" and tok.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in tok.head.children):
            return self.recent(di, tok, BODIES_AND_STATES, subject_first=False)  # "urged it to reverse"
        if low in GROUP_PRONOUNS:
            return group(self, di, tok)
        if lem in v.rival_nouns and tok.pos_ == "NOUN" and not any(c.dep_ == "appos" for c in tok.children) \
                and tok.dep_ != "appos":  # "accusing its neighbour of ...": the other one ("her rival, X," is X)
            owners = [k for c in tok.children if c.dep_ == "poss" for k in self.of(di, c, depth + 1)]
            if owners and all(self.type_of(k) != "Person" for k in owners):
                kinds = {"Country"} if all(self.type_of(k) == "Country" for k in owners) else set(BODY_TYPES)
                return self.recent(di, tok, kinds, subject_first=False, skip=set(owners))
        if (lem in v.state_voice_nouns or low in v.state_voice_nouns) and tok.is_lower and tok.dep_ == "nsubj" and any(
                c.lower_ in v.state_voice_words for c in tok.subtree if c.i < tok.i):
            # "North Korea's state media accused ...", "Chinese state television said": the state speaks (but a
            # correspondent "for state-run Austrian television" holds no post of Austria's)
            found = [k for c in tok.subtree if c.i < tok.i and c.dep_ in ("poss", "amod", "compound") and c.i != tok.i
                     for k in self.ents.at(di, c) if self.type_of(k) == "Country"]
            if found:
                return found[:1]
        if lem in self.lex.relations["word_classes"]["own_government_nouns"] and tok.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in v.speech_verbs:
            # "X said her government backed Y": the office holder speaking for the body she leads (not "His
            # government has threatened Y", the body's own act)
            speakers = {k for s in v.grammar.surface_subjects(tok.head.head) if s.lower_ not in PERSONAL_PRONOUNS
                        for k in self.of(di, s, depth + 1)}  # (named: a pronoun's referent is a guess made without gender)
            found = [k for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")
                     for k in self.of(di, c, depth + 1) if self.type_of(k) == "Person" and k in speakers]
            if found:
                return found
        if low in v.official_nouns:  # "warned league officials": the league named before
            found = [k for c in tok.children if c.dep_ == "compound" and (c.pos_ == "NOUN" and c.is_lower
                     or c.is_title and c.is_sent_start and c.pos_ in ("NOUN", "PROPN"))  # "Union officials said"
                     and c.lemma_ not in v.state_nouns  # "Chadian government envoys": below
                     for k in named_by_head(self, di, c)]
            if found:
                return found
        if lem == "counterpart" and tok.pos_ == "NOUN" and not any(c.dep_ == "appos" for c in tok.children) \
                and not any((di, k) in self.ents.by_token for k in range(tok.i + 1, min(tok.i + 3, len(tok.doc)))
                            if k == tok.i + 1 or tok.doc[tok.i + 1].text == ","):  # (not "counterpart, X,")
            # "his Beninese counterpart", "her Polish and Latvian counterparts", no one named: the states they act for
            found = [k for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i
                     for t in conjuncts(c) for k in self.ents.at(di, t) if self.type_of(k) == "Country"]
            if found:
                return found
        if (di, tok.i) in self.ents.title_tokens:  # "the minister"; "X, the man who ...": the name beside it
            found = titled(self, di, tok) or self._same_as(di, tok, depth) or [  # "the paper's owner, Dunmere Media"
                k for c in tok.children if c.dep_ == "appos" for k in self.of(di, c, depth + 1)
                if self.type_of(k) in BODY_TYPES]
            if not found and self.ents.title_tokens[(di, tok.i)].title.kind == "spokesperson" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                # "A spokesman for the Velm Union accused X", "a Velm Union spokesman": an unnamed spokesperson's
                # words are the body's
                named = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")] + \
                    [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
                     if o.dep_ == "pobj"]
                found = [k for t in named for k in self.of(di, t, depth + 1) if self.type_of(k) in BODIES_AND_STATES][:1]
            found = found or _unnamed_officer(self, di, tok, depth)  # "the UN special envoy met X"
            if found or lem not in v.body_nouns:  # "the regulator" names a person or a body
                return found
        if lem in v.state_nouns or lem in v.place_nouns:
            found = _described(self, di, tok, lem, depth)
            if found is not None:
                return found
        if lem in v.state_body_nouns and tok.is_lower:  # "Kazakhstan's energy ministry", "the Kazakh ministry"
            found = [k for c in tok.children if c.dep_ in ("poss", "amod") for k in self.of(di, c, depth + 1)
                     if self.type_of(k) == "Country"]
            if found:
                return found
        kinds = self.lex.relations["word_classes"]["group_kinds"]
        if lem in v.group_nouns or low in v.group_nouns or low in kinds:  # "members of the European Union", "delegations from A and B"
            # (names right after the noun, before any phrase of its own: not "lawyers for the journalists, A and B")
            named = [k for c in tok.children if c.dep_ == "appos" and c.left_edge.i <= tok.i + 2
                     and not any(p.dep_ == "prep" and p.i < c.i for p in tok.children)
                     for t in conjuncts(c) for k in self.ents.at(di, t) if self.type_of(k) == "Person"]
            if named:  # "European Parliament members A and B warned ...": the members named, not their body
                return named
            for p in member_of(self.vocab, tok):
                found = self.all_of(di, p)
                if found:
                    return found
            found = [k for c in tok.children if c.dep_ in ("compound", "nmod") for k in self.ents.at(di, c)
                     if self.type_of(k) in BODY_TYPES]
            if found:  # "Velm Front fighters", "Kessel Brigade gunmen": the body's own people
                return found[:1]
            owned = low in v.official_nouns or low in v.owned_members or lem in v.owned_members
            organ = lem in v.body_organs or low in v.body_organs  # (plurals listed: "managers", not "a manager")
            if organ:  # "the board of directors of X"
                found = [k for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                         for k in self.ents.at(di, t) if self.type_of(k) in BODY_TYPES]
                if found:
                    return found[:1]
            # (as an object too, its leaders or officials as a group: "met the union's leaders")
            envoys = tok.tag_ == "NNS" and (low in v.official_nouns or lem == "leader")
            for c in tok.children:  # "Rwanda, whose troops ...", "its members": a body's or state's own people
                if c.dep_ == "poss" and (owned and (doer(tok) or envoys) or organ or envoys):
                    found = [k for k in self.of(di, c, depth + 1) if self.type_of(k) != "Person"]
                    if found:
                        return found
            dissident = any(c.lower_ in v.dissident_words for c in tok.children)  # "Chadian rebel negotiators"
            # "Kenyan union leaders", "Chadian business leaders", "Chadian religious leaders": leaders of something else
            others = lem == "leader" and any(c.dep_ in ("amod", "compound") and c.is_lower and c.lemma_.lower() not in
                                             v.state_nouns for c in tok.children)
            if low in v.official_nouns and not dissident and not others:  # "Chadian envoys", "Chadian government officials"
                for c in tok.children:
                    if c.dep_ in ("amod", "compound", "nmod"):
                        found = [k for k in self.of(di, c, depth + 1) if self.type_of(k) == "Country"]
                        if found:
                            return found
        found = joined_people(self, di, tok)  # "tappers of the X Rubber Workers Union"
        if found:
            return found
        if low in kinds:  # "by the Los Tigres cartel": the group the noun says the name is
            for c in tok.children:
                if c.dep_ == "compound" and any(self.type_of(k) in BODY_TYPES for k in self.ents.at(di, c)):
                    return [k for k in self.ents.at(di, c) if self.type_of(k) in BODY_TYPES]
        for c in tok.children:  # "a militia known as X", "a group called X", "a faction calling itself X"
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in v.alias_verbs:  # (or "a faction that calls itself X")
                names = [o for o in c.children if o.dep_ == "oprd"] + \
                    [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
                found = [k for t in names for k in self.ents.at(di, t) if self.type_of(k) in BODY_TYPES]
                if found:
                    return found
        named_beside = False
        for c in (c for c in tok.children if c.dep_ == "appos"):  # "three countries, A, B and C"
            if _speaker(self, c):
                continue  # "ambushed two officers, Police Capt. X said": the speaker, not the officers' names
            found = [k for t in conjuncts(c) for k in self.of(di, t, depth + 1)]
            if found:
                return found
            named_beside = named_beside or c.pos_ == "PROPN"
        if tok.dep_ == "appos":
            return self.of(di, tok.head, depth + 1)
        if tok.is_lower and tok.lower_ in self.vocab.body_descriptors and tok.i + 1 < len(tok.doc):
            nxt = [k for k in self.ents.at(di, tok.doc[tok.i + 1]) if self.type_of(k) in BODY_TYPES]
            if nxt:  # "the travel agency Wanderly" parsed apart: the agency is Wanderly
                return nxt
        if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X was the man who ..."
            return self._same_as(di, tok, depth)
        common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower  # "union spokesman": tagged PROPN
        # "the Commission", "the Authority": a body noun capitalised alone, as the body's own name is
        common = common or tok.pos_ == "PROPN" and tok.is_title and lem in v.body_nouns and \
            not any(c.dep_ in ("compound", "nmod", "amod", "poss") for c in tok.children)
        named = [k for c in tok.children if c.dep_ in ("compound", "nmod") for k in self.ents.at(di, c)]
        if common and named and lem in v.body_nouns:  # "the Ansar al-Haqq movement"; "the Maidan Wardak
            # provincial council" is that place's, never a body named before
            return [k for k in named if self.type_of(k) in BODY_TYPES] or \
                [k for k in named if self.type_of(k) in ("City", "Region")]
        after = tok.doc[tok.i + 1:tok.i + 4]  # the parse may set the name apart as a second object
        if named_beside or len(after) == 3 and after[0].text == "," and tok.pos_ == "NOUN" \
                and after[1].lower_ == "the" and after[2].pos_ == "PROPN" and not _speaker(self, after[2]):
            # "a spokesman for the rebel group, the Saltmarsh Covenant,", the name hung elsewhere: that body; else
            # "the regulator, the Norwegian Markets Board": a name the model missed, no one named before
            beside = [] if named_beside or lem not in v.body_descriptors or _said_after(self, di, after[2]) else \
                [k for k in self.ents.at(di, after[2]) if self.type_of(k) in BODY_TYPES]
            return beside
        if len(after) >= 2 and after[0].text == "," and tok.pos_ == "NOUN" and lem in v.body_descriptors \
                and tok.dep_ == "dobj" and tok.head.lemma_.lower() in v.headed_body_verbs \
                and any(c.lower_ == "the" for c in tok.children) and after[1].pos_ == "PROPN" \
                and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in tok.children):
            beside = [k for k in self.ents.at(di, after[1]) if self.type_of(k) in BODY_TYPES]
            if beside and not _said_after(self, di, after[1]):  # "who chairs the group, Clean Harwick,"
                return beside
        # "accused police of", not "police in Uganda" (someone else's, however the parser hangs "in Uganda")
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        bare = low in v.bare_body_nouns and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") \
            and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in tok.children) \
            and not (nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ not in ("of", "for"))
        if common and (any(c.lower_ in ("the", "this") for c in tok.children) or bare or
                       tok.dep_ in ("compound", "nmod") and (di, tok.head.i) in self.ents.title_tokens):
            found = named_by_head(self, di, tok, bare)  # "the company", "company spokesman X"
            owners = {k for c in tok.head.children if c.dep_ == "poss" and tok.dep_ in ("compound", "nmod")
                      for k in self.ents.at(di, c) if self.type_of(k) == "Country"}
            if owners:  # "Iran's foreign ministry spokesman": Iran's ministry, not another state's named before
                found = [k for k in found if self.entity(k).state in owners]
            return found
        return []

    def _same_as(self, di: int, tok: Token, depth: int) -> list[str]:
        """What a noun set beside a name stands for: the name it is in apposition to ("X, the man who
        ..."), or the subject it is said to be ("X was the gunman who ...")."""
        if tok.dep_ == "appos":
            return self.of(di, tok.head, depth + 1)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for s in tok.head.children:
                if s.dep_ == "nsubj":
                    return self.of(di, s, depth + 1)
        return []

    def all_of(self, di: int, tok: Token) -> list[str]:
        """The entities of a token and of the tokens coordinated with it, or of a group's named members
        ("members of X, including Y": X and Y)."""
        pair = _pair(self, di, tok)
        if pair is not None:
            return pair  # "the two countries": the pair, or no one, never one of them
        out: list[str] = []
        for t in conjuncts(tok):
            out.extend(k for k in self.of(di, t) if k not in out)
        if not out and (tok.pos_ == "NUM" or tok.lower_ == "both" or any(
                c.lower_ in ("all", "both") for c in tok.children if c.dep_ in ("det", "predet", "quantmod"))):
            # "wounding two of them": whom "them" stands for; else "All three later criticised X", "both said"
            # (not "both A and B": named)
            picked = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"]
            out = [k for o in picked for k in self.all_of(di, o)] if picked else group(self, di, tok)
        including = any(c.dep_ == "prep" and c.lower_ == "including" for c in tok.children)
        return out + [k for k in members(self, di, tok) if k not in out] if including or not out else out

