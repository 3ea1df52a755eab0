"""Records -> an RDF dataset: one named graph per article, one for entity descriptions, one for the run.
This is the one place where IRIs are minted.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.plugins.serializers.nt import _quoteLiteral

from . import __version__
from .config import EDGE_THRESHOLD, MODEL_NAME
from .lexicon import slug
from .model import Article, ArticleResult, Entity, Event
from .ns import FACTUALITY, FAMILIES, FAMILY_CLASS, GAF, GRAPH, ID, NIF, NKG, ORG, PREFIXES, SCHEMA, WD

ENTITIES_GRAPH = GRAPH["entities"]
RUN_GRAPH = GRAPH["run"]


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_literal(text: str) -> str:
    """Text safe for every RDF syntax: no control characters other than tab and newline."""
    return _CONTROL.sub("", text)


def decimal_literal(x: float) -> Literal:
    """An xsd:decimal in the shortest form (1, 0.8), the form triple stores keep: files and stores agree."""
    return Literal(format(Decimal(str(x)).normalize(), "f"), datatype=XSD.decimal, normalize=False)


def utc_literal(stamp: str) -> Literal:
    """An xsd:dateTime with UTC written as Z, the form triple stores keep (rdflib would write +00:00)."""
    if stamp.endswith("+00:00"):
        stamp = stamp[:-6] + "Z"
    return Literal(stamp, datatype=XSD.dateTime, normalize=False)


def article_iri(article_id: str) -> URIRef:
    return ID[f"article/{slug(article_id)}-{_h(article_id)[:8]}"]


def article_graph_iri(article_id: str) -> URIRef:
    return GRAPH[f"article/{slug(article_id)}-{_h(article_id)[:8]}"]


def entity_iri(key: str) -> URIRef:
    """The IRI of an entity key ('Q159', 'person/john-kerry'); a key longer than slugs make is cut and
    hashed, so no IRI grows with the text."""
    if len(key) > 100:
        key = f"{key[:87]}-{_h(key)[:12]}"
    return ID[key]


def mention_iri(article: URIRef, start: int, end: int) -> URIRef:
    return URIRef(f"{article}#char={start},{end}")


def event_iri(article_id: str, e: Event) -> URIRef:
    return ID[f"event/{_h(article_id, e.family, e.agent, e.target, e.start, e.trigger)}"]


def cameo_iri(code: str) -> URIRef:
    return ID[f"cameo/{code}"]


GRAPH_FORMAT = 3  # bump when an article's quads change shape, so cached ones are not reused


def content_hash(article: Article) -> str:
    """What identifies an article's extraction for caching and run IRIs: its content, the package version,
    the shape of its quads and the lexicons (so editing ontology/lexicons/ invalidates cached facts)."""
    from .lexicon import lexicon_digest

    return hashlib.sha1(f"{__version__}\x1f{GRAPH_FORMAT}\x1f{lexicon_digest()}\x1f{article.id}\x1f{article.text}"
                        f"\x1f{article.date}\x1f{article.url}".encode("utf-8")).hexdigest()


@lru_cache(maxsize=2)  # a huge article's units each ask for it
def text_digest(text: str) -> str:
    """What makes two articles one text: SHA-1 of the text with white space runs made one space."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def run_iri(articles: Iterable[Article]) -> URIRef:
    return run_iri_from_hashes(content_hash(a) for a in articles)


def run_iri_from_hashes(hashes: Iterable[str]) -> URIRef:
    return ID[f"run/{_h(__version__, *sorted(hashes))}"]


@dataclass(frozen=True)
class RunInfo:
    iri: URIRef
    started: str | None = None  # ISO timestamp, only when asked for (output stays reproducible)


def bind_prefixes(g: Graph | Dataset) -> None:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True, replace=True)


def add_article(ds: Dataset, result: ArticleResult, run: RunInfo) -> URIRef:
    """Write one article's graph (replacing any earlier one) and its entities' descriptions."""
    art = result.article
    a_iri = article_iri(art.id)
    g_iri = article_graph_iri(art.id)
    ds.remove_graph(ds.graph(g_iri))
    g = ds.graph(g_iri)
    g.add((g_iri, PROV.wasDerivedFrom, a_iri))
    g.add((g_iri, PROV.wasGeneratedBy, run.iri))
    g.add((a_iri, RDF.type, SCHEMA.NewsArticle))
    g.add((a_iri, SCHEMA.identifier, Literal(clean_literal(art.id))))
    g.add((a_iri, SCHEMA.headline, Literal(clean_literal(art.headline))))
    g.add((a_iri, NKG.textDigest, Literal(text_digest(art.text))))
    if art.date:
        g.add((a_iri, SCHEMA.datePublished, Literal(art.date, datatype=XSD.date)))
    if art.url:
        g.add((a_iri, SCHEMA.url, Literal(clean_literal(art.url))))
    ent_g = ds.graph(ENTITIES_GRAPH)
    for ent in result.entities.values():
        _add_entity(ent_g, ent)
        e_iri = entity_iri(ent.key)
        for m in ent.mentions:
            m_iri = mention_iri(a_iri, m.start, m.end)
            _add_nif(g, m_iri, a_iri, m.start, m.end, art.text)
            g.add((e_iri, GAF.denotedBy, m_iri))
    for e in result.events:
        _add_event(g, a_iri, art, e, run)
    return g_iri


def _add_entity(g: Graph, ent: Entity) -> None:
    e = entity_iri(ent.key)
    g.add((e, RDF.type, NKG[ent.type]))
    if (e, RDFS.label, None) not in g:
        g.add((e, RDFS.label, Literal(clean_literal(ent.label))))
    label = str(g.value(e, RDFS.label))
    for n in ent.names:
        if n != label:
            g.add((e, SKOS.altLabel, Literal(clean_literal(n))))
    if ent.label != label:
        g.add((e, SKOS.altLabel, Literal(clean_literal(ent.label))))
    if ent.qid:
        g.add((e, NKG.wikidata, WD[ent.qid]))


# a namespace makes a new term at each use: these, used for every mention, are made once
_NIF_STRING, _BEGIN, _END, _ANCHOR, _CONTEXT = NIF.String, NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext


def _add_nif(g: Graph, m: URIRef, article: URIRef, start: int, end: int, text: str) -> None:
    g.add((m, RDF.type, _NIF_STRING))
    g.add((m, _BEGIN, _integer(start)))  # what stores keep (see the ontology)
    g.add((m, _END, _integer(end)))
    g.add((m, _ANCHOR, Literal(clean_literal(text[start:end]))))
    g.add((m, _CONTEXT, article))


@lru_cache(maxsize=1 << 12)
def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _add_event(g: Graph, a_iri: URIRef, art: Article, e: Event, run: RunInfo) -> None:
    ev = event_iri(art.id, e)
    agent, target = entity_iri(e.agent), entity_iri(e.target)
    g.add((ev, RDF.type, NKG[FAMILY_CLASS[e.family]]))
    g.add((ev, NKG.edgeProperty, NKG[e.family]))
    g.add((ev, NKG.agent, agent))
    g.add((ev, NKG.target, target))
    if e.family in ("represents", "spokespersonFor"):
        g.add((ev, ORG.member, agent))
        g.add((ev, ORG.organization, target))
        if e.role:  # the office, a role linked to the edge it gives (after org:roleProperty)
            role = ID[f"role/{slug(e.role)}"]
            g.add((ev, ORG.role, role))
            g.add((role, RDF.type, ORG.Role))
            g.add((role, RDFS.label, Literal(e.role)))
            g.add((role, ORG.roleProperty, NKG[e.family]))
    if e.speaker:
        g.add((ev, NKG.speaker, entity_iri(e.speaker)))
    if e.place:
        g.add((ev, NKG.place, entity_iri(e.place)))
    if e.date:
        g.add((ev, NKG.date, Literal(e.date, datatype=XSD.date)))
    if e.condition:
        g.add((ev, NKG.condition, Literal(clean_literal(e.condition))))
    g.add((ev, NKG.factuality, FACTUALITY[e.factuality]))
    g.add((ev, NKG.confidence, decimal_literal(e.confidence)))
    code = e.cameo or FAMILIES[e.family].cameo
    if code:
        g.add((ev, NKG.cameo, cameo_iri(code)))
    sent = mention_iri(a_iri, e.start, e.end)
    _add_nif(g, sent, a_iri, e.start, e.end, art.text)
    g.add((ev, NKG.evidence, sent))
    g.add((ev, NKG.evidenceText, Literal(clean_literal(e.sentence))))
    g.add((ev, GAF.denotedBy, sent))
    g.add((ev, NKG.article, a_iri))
    g.add((ev, NKG.trigger, Literal(clean_literal(e.trigger))))
    g.add((ev, NKG.method, Literal(e.method)))
    g.add((ev, PROV.wasGeneratedBy, run.iri))
    if e.factuality == "asserted" and e.confidence >= EDGE_THRESHOLD:
        g.add((agent, NKG[e.family], target))
        broader = FAMILIES[e.family].broader  # stated too, for stores that do not reason
        if broader:
            g.add((agent, NKG[broader], target))


def add_run(ds: Dataset, run: RunInfo, articles: Iterable[Article]) -> None:
    """The run's metadata graph: software version, model, and (when asked) the time."""
    g = ds.graph(RUN_GRAPH)
    g.add((run.iri, RDF.type, PROV.Activity))
    g.add((run.iri, RDF.type, NKG.Run))
    g.add((run.iri, NKG.softwareVersion, Literal(__version__)))
    g.add((run.iri, NKG.model, Literal(MODEL_NAME)))
    if run.started:
        g.add((run.iri, PROV.startedAtTime, utc_literal(run.started)))
    for art in articles:
        g.add((run.iri, PROV.used, article_iri(art.id)))


def build_dataset(results: Iterable[ArticleResult], started: str | None = None) -> Dataset:
    """One dataset for the whole run."""
    results = list(results)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    run = RunInfo(run_iri(r.article for r in results), started)
    for r in results:
        add_article(ds, r, run)
    add_run(ds, run, (r.article for r in results))
    return ds


RUN_PLACEHOLDER = URIRef("urn:newskg:run")  # replaced by the run's IRI once every article is known


def article_nquads(result: ArticleResult) -> list[str]:
    """One article's quads (its graph plus its entities' descriptions) as sorted N-Quads lines, with the
    run left as RUN_PLACEHOLDER; the unit that is cached, shipped between processes and merged."""
    lines = _NQuadLines()
    add_article(lines, result, RunInfo(RUN_PLACEHOLDER))  # type: ignore[arg-type]
    return sorted(lines.lines)


class _NQuadLines:
    """Takes the place of an rdflib Dataset in `add_article`: each quad becomes its N-Quads line as
    rdflib's serializer writes it, without a store and its indexes (which cost as much as the
    extraction)."""

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self.first: dict[tuple[str, URIRef, URIRef], object] = {}  # (graph, s, p) -> the first object
        self.n3: dict[URIRef, str] = {}  # IRIs come back often, and rdflib checks one at every n3()

    def graph(self, name: URIRef) -> _NQuadGraph:
        return _NQuadGraph(self, name)

    def remove_graph(self, graph: object) -> None:
        pass  # a new article's graph: nothing to remove


class _NQuadGraph:
    """One named graph of `_NQuadLines`, with the few Graph methods `add_article` uses."""

    def __init__(self, sink: _NQuadLines, name: URIRef) -> None:
        self.sink, self.name = sink, name.n3()

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        s, p, o = triple
        n3 = self.sink.n3
        obj = _quoteLiteral(o) if isinstance(o, Literal) else n3.get(o) or n3.setdefault(o, o.n3())
        line = f"{n3.get(s) or n3.setdefault(s, s.n3())} {n3.get(p) or n3.setdefault(p, p.n3())} {obj} {self.name} ."
        self.sink.lines.add(line.encode("utf-8", "replace").decode("utf-8"))  # as rdflib writes it
        self.sink.first.setdefault((self.name, s, p), o)

    def __contains__(self, pattern: tuple[URIRef, URIRef, None]) -> bool:
        return (self.name, pattern[0], pattern[1]) in self.sink.first

    def value(self, s: URIRef, p: URIRef) -> object:
        return self.sink.first.get((self.name, s, p))


def run_nquads(run: RunInfo, article_ids: Iterable[str]) -> list[str]:
    ds = Dataset()
    add_run(ds, run, [Article(id=a, text="") for a in article_ids])
    return sorted({line for line in ds.serialize(format="nquads").split("\n") if line.strip()})
