"""Huge articles in bounded parse units. A text longer than UNIT_CHARS is parsed and extracted one
unit at a time (a run of its paragraphs, about UNIT_CHARS characters), and the units' results are
put together as the article's (kg/engines/local.py writes each unit's quads on its own). So the
parsed documents held at once, the work of resolving names across them and the graph built at once
stay bounded: time and memory grow linearly with the text. The price: what links one
unit to another is not seen (a surname or a pronoun is resolved only within its unit), which matters
little in a text that long; articles up to UNIT_CHARS are one unit, as before.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from .model import Article, ArticleResult, Entity

UNIT_CHARS = 100_000


def split_units(article: Article, size: int | None = None) -> list[Article]:
    """The article itself if it is up to `size` (UNIT_CHARS) characters long; else one Article per unit of the
    pieces extraction parses (paragraphs, long ones cut at sentence ends). A unit's text is the
    article's up to the unit's end with everything before the unit blanked, so its offsets are the
    article's and its structure (paragraphs, quotes, cuts) is the article's own within the unit."""
    from .extract import paragraphs

    size = size or UNIT_CHARS
    if len(article.text) <= size:
        return [article]
    spans = paragraphs(article)
    units: list[tuple[int, int]] = []
    for s, e in spans:
        if units and e - units[-1][0] <= size:
            units[-1] = (units[-1][0], e)
        else:
            units.append((s, e))
    out = []
    for s, e in units:
        # blank, then a paragraph break: the unit's first paragraph starts a block of its own
        before = " " * (s - 2) + "\n\n" if s >= 2 else article.text[:s]
        out.append(Article(id=article.id, text=before + article.text[s:e], headline=article.headline,
                           date=article.date, url=article.url, source=article.source))
    return out or [article]


def article_parts(article: Article, parts: list[ArticleResult]) -> list[ArticleResult]:
    """The units' results as parts of one article's: each with the article itself and each of its
    entities described as the whole article describes it (the first unit's label, every unit's names,
    the QID), with the unit's own mentions and events. The parts' quads together are the article's,
    and no part holds more than a unit's worth."""
    whole: dict[str, Entity] = {}
    for r in parts:
        for key, e in r.entities.items():
            have = whole.setdefault(key, Entity(e.key, e.type, e.label, set(), [], e.qid, e.state))
            have.names |= e.names
            have.qid, have.state = have.qid or e.qid, have.state or e.state
    return [ArticleResult(article=article, events=r.events, warnings=r.warnings,
                          entities={k: Entity(k, whole[k].type, whole[k].label, whole[k].names, e.mentions,
                                              whole[k].qid, whole[k].state) for k, e in r.entities.items()})
            for r in parts]


def extract_in_units(articles: Iterable[Article],
                     extract: Callable[[Iterable[Article]], Iterable[ArticleResult]]) -> Iterator[list[ArticleResult]]:
    """`extract` (articles in, their results out in order) run on the articles' units; for each article,
    in input order, its result as one part per unit (see `article_parts`; one part for most articles)."""
    plan: deque[tuple[Article, int]] = deque()

    def units() -> Iterator[Article]:
        for art in articles:
            parts = split_units(art)
            plan.append((art, len(parts)))
            yield from parts

    done: list[ArticleResult] = []
    for result in extract(units()):
        done.append(result)
        art, n = plan[0]
        if len(done) == n:
            plan.popleft()
            yield done if n == 1 else article_parts(art, done)
            done = []
