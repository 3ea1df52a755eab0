"""Shared fixtures: the real spaCy model, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_articles
from kg.model import ArticleResult
from kg.nlp import load_pipeline
from kg.read import make_article

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


def run_text(nlp, text: str, article_id: str = "t") -> ArticleResult:
    art = make_article(article_id, text, "<test>")
    return next(iter(extract_articles([art], nlp)))


def named_types(nlp, text: str) -> set[tuple[str, str]]:
    """(label, type) of the entities found in a one-paragraph test text (after a headline)."""
    return {(e.label, e.type) for e in run_text(nlp, "Headline\n\n" + text).entities.values()}


def facts(result: ArticleResult, everything: bool = False) -> set[tuple[str, str, str]]:
    """(family, agent label, target label) of the asserted events (or of all, tagged with factuality)."""
    ents = result.entities
    out = set()
    for e in result.events:
        if e.factuality == "asserted" or everything:
            fam = e.family if e.factuality == "asserted" else f"{e.family}:{e.factuality}"
            out.add((fam, ents[e.agent].label, ents[e.target].label))
            if e.family == "spokespersonFor" and e.factuality == "asserted":  # its edge also states represents
                out.add(("represents", ents[e.agent].label, ents[e.target].label))
    return out


@pytest.fixture
def extract(nlp):
    def _run(text: str) -> set[tuple[str, str, str]]:
        return facts(run_text(nlp, "Headline\n\n" + text))
    return _run


@pytest.fixture
def extract_all(nlp):
    def _run(text: str) -> set[tuple[str, str, str]]:
        return facts(run_text(nlp, "Headline\n\n" + text), everything=True)
    return _run
