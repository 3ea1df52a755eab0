"""Plain records passed between pipeline stages; no spaCy or rdflib types here."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: `text` is what offsets count in (code points)."""

    id: str
    text: str
    headline: str = ""
    date: str | None = None  # ISO date from the dateline or metadata
    url: str | None = None
    source: str = ""  # the file it came from, for messages


@dataclass(frozen=True)
class Mention:
    """A span of the article that names (or refers to) an entity."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One real-world entity within an article."""

    key: str  # stable identity: 'Q159' or 'Person/john-kerry'
    type: str  # nkg class local name
    label: str
    names: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    qid: str | None = None
    state: str | None = None  # key of the state a government body or office belongs to


@dataclass(frozen=True)
class Event:
    """One extracted fact: an event with agent, target and the sentence it came from."""

    family: str  # direct-edge property local name, e.g. 'called'
    agent: str  # entity key
    target: str  # entity key
    sentence: str
    start: int  # sentence offsets in the article
    end: int
    trigger: str = ""
    speaker: str | None = None
    factuality: str = "asserted"  # asserted | negated | conditional | future
    confidence: float = 0.8
    date: str | None = None
    place: str | None = None
    condition: str | None = None
    method: str = "parse"  # parse | gazetteer
    role: str | None = None  # the office, for represents ("foreign minister")
    cameo: str | None = None  # the CAMEO code of the rule that found it, when it came from the CAMEO dictionary


@dataclass
class ArticleResult:
    """What extraction found in one article."""

    article: Article
    entities: dict[str, Entity]
    events: list[Event]
    warnings: list[str] = field(default_factory=list)


@dataclass
class ArticleOutput:
    """What extraction of one article contributes to a build: its quads as N-Quads lines (picklable,
    cacheable, the unit an engine returns); a huge article's may be an iterable over a file (the local
    engine's LinesFile)."""

    id: str
    hash: str
    lines: Iterable[str]
    warnings: list[str]
