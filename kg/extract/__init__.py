"""Parsed articles -> entities and events. The layers run in this order, each in its own module:

    entities/                  names, fixed with the gazetteers, resolved to one entity each
    refer.py                   what a token stands for -> entities, over the article's discourse (discourse.py),
                               calling descriptions.py ("the company"), groups.py ("both sides", "they"),
                               pronouns.py (in reported speech) and states.py ("the government")
    offices.py                 who holds which office for whom (represents, spokespersonFor); title_bodies.py:
                               the bodies a title names; posts.py: posts named without a title word;
                               implied_bodies.py: the body or state a title names none of; paired_posts.py:
                               "the ministers of A and B, X and Y"
    frames.py                  every clause and event noun -> a frame (predicate and its roles); arguments.py: a
                               verb's arguments after passives, control, coordination and relative clauses
    modality.py                factuality and speakers
    relate.py                  frames + the relation lexicon (rules.py, checked against schema.py) -> events,
                               where a rule's conditions hold (conditions.py); roles.py fills a rule's roles,
                               memory.py keeps what later sentences point back to; threatening.py: threats
                               implied; warning.py: what a warning implies; infer.py: other implied events
    places.py                  what lies where (locatedIn), from the containers containers.py reads
    fiction.py                 what a film or a drama tells, and whom the text calls fictional: no facts

syntax.py holds the small readings of the parse they share, kinds.py the kinds of entity they test; shapes.py the shapes of arguments and clauses the
relater and the inferences test (attack targets, venues, owners). This module only runs them; it holds no rule of its own.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicon import Lexicon, load_lexicon
from ..model import Article, ArticleResult, Event
from ..read import structure
from .entities import resolve
from .evidence import Evidence
from .fiction import drop_fiction, fictional, told_in_fiction
from .infer import (
    claims,
    coalitions,
    deadlines,
    faults,
    joins,
    obligations,
    read_verbs,
    remember_deeds,
)
from .memory import Memory
from .modality import Speakers
from .offices import find_offices
from .places import dateline_regions, find_places, known_places
from .refer import Referents
from .relate import Relater
from .rules import load_vocabulary
from .threatening import alternatives, threat_nouns, threats
from .warning import warnings

MAX_PARAGRAPH = 20_000  # characters; longer paragraphs are parsed in pieces cut at sentence ends


def extract_docs(article: Article, docs: Sequence[Doc], offsets: Sequence[int], nlp: Language,
                 lex: Lexicon | None = None, quotes: Sequence[tuple[int, int]] | None = None) -> ArticleResult:
    """Entities and events of an article whose paragraphs (starting at `offsets`) are parsed into `docs`."""
    lex = lex or load_lexicon()
    vocab = load_vocabulary()
    ents = resolve(docs, lex, nlp, offsets)
    ev = Evidence(article, docs, offsets)
    refs = Referents(docs, ents, lex, vocab)
    offices = find_offices(refs, ev)
    refs = Referents(docs, ents, lex, vocab, holders=offices.holders, discourse=refs.discourse, paired=offices.paired)
    quotes = structure(article.text).quotes if quotes is None else quotes
    rel = Relater(refs, Speakers(refs, offsets, quotes), offices.affiliation, Memory(disputes=vocab.dispute_families),
                  evidence=ev, voice_of=offices.voice_of)
    events: list[Event] = list(offices.events)
    wanted = read_verbs(vocab)
    for di, doc in enumerate(docs):
        for sent in doc.sents:
            found: list[Event] = []
            for f in vocab.grammar.frames_of(sent, vocab.nouns, vocab.adjectives, wanted):
                if told_in_fiction(f.pred, vocab):
                    continue  # "a drama in which a rebel band bombs a school"
                made = list(rel.events(f, di, vocab.rules.get((f.lemma, f.kind), ())))
                remember_deeds(rel, f, di)
                found += made
                found += faults(rel, f, made)
                found += threats(rel, f, di)
                found += warnings(rel, f, di)
                found += threat_nouns(rel, f, di)
                found += alternatives(rel, f, di)
                found += deadlines(rel, f, di)
                found += obligations(rel, f, di)
                found += claims(rel, f, di)
                found += coalitions(rel, f, di)
                found += joins(rel, f, di)
            rel.memory.remember(found)
            events += found
    located = list(find_places(refs, ev))
    located += dateline_regions(refs, ev, {(e.agent, e.target) for e in located})
    events += located + list(known_places(refs, ev, {(e.agent, e.target) for e in located}))
    return _result(article, docs, ents.entities, drop_fiction(events, fictional(refs)))


def _result(article: Article, docs: Sequence[Doc], entities: dict[str, Any], events: list[Event]) -> ArticleResult:
    # one event per (family, agent, target, sentence): two rules may find the same fact
    unique: dict[tuple[Any, ...], Event] = {}
    for e in events:
        k = (e.family, e.agent, e.target, e.start)
        if k not in unique or unique[k].confidence < e.confidence:
            unique[k] = e
    used = {x for e in unique.values() for x in (e.agent, e.target, e.place) if x}
    # entities in no fact are kept only when the gazetteer or a full name vouches for them
    kept = {k: v for k, v in entities.items()
            if k in used or v.qid or (v.type == "Person" and " " in v.label) or v.type == "Country"}
    ordered = sorted(unique.values(), key=lambda e: (e.start, e.family, e.agent, e.target))
    warnings = [] if _looks_english(docs) else [f"{article.source or article.id}: does not look like English; "
                                                "extraction finds little in other languages"]
    return ArticleResult(article=article, entities=kept, events=ordered, warnings=warnings)


def _looks_english(docs: Sequence[Doc]) -> bool:
    """Function words make up a good share of any English text; a foreign text has almost none."""
    alpha = stop = 0
    for d in docs:  # on the docs' arrays: a Token object per word costs more than the test
        if len(d):
            flags = d.to_array([IS_ALPHA, IS_STOP])
            words = flags[:, 0] == 1
            alpha += int(words.sum())
            stop += int((flags[words, 1] == 1).sum())
    return alpha < 30 or stop / alpha > 0.15


def paragraphs(article: Article) -> list[tuple[int, int]]:
    """The (start, end) offsets of the paragraphs worth analysing, long ones cut into pieces."""
    return _cut_long(article, structure(article.text).paragraphs)


def _cut_long(article: Article, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e - s > MAX_PARAGRAPH:
            window = article.text[s:s + MAX_PARAGRAPH]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 2 if cut > MAX_PARAGRAPH // 2 else (window.rfind(" ") + 1 or MAX_PARAGRAPH)
            out.append((s, s + cut))
            s += cut
        out.append((s, e))
    return out


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 64,
                     n_process: int = 1) -> Iterator[ArticleResult]:
    """Parse paragraphs in nlp.pipe batches and extract each article's events, in input order.

    Only the articles whose paragraphs are still in the parser are held (a queue, emptied as they finish).
    """
    lex = load_lexicon()
    pending: deque[tuple[Article, list[tuple[int, int]], tuple[tuple[int, int], ...]]] = deque()

    def texts() -> Iterator[str]:
        for art in articles:
            st = structure(art.text)
            spans = _cut_long(art, st.paragraphs)
            pending.append((art, spans, st.quotes))
            for s, e in spans:
                yield art.text[s:e]

    buf: list[Doc] = []

    def finished() -> Iterator[ArticleResult]:
        nonlocal buf
        while pending and len(buf) >= len(pending[0][1]):
            art, spans, quotes = pending.popleft()
            docs, buf = buf[:len(spans)], buf[len(spans):]
            yield extract_docs(art, docs, [s for s, _ in spans], nlp, lex, quotes)

    for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
        buf.append(doc)
        yield from finished()
    yield from finished()  # articles with no paragraph left to parse
