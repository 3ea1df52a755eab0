"""The RDF dataset: data contract, provenance, stable IRIs, SHACL, round trips, determinism."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from conftest import run_text
from kg.config import example_article
from kg.export import to_jsonld, to_nquads, to_ntriples, to_trig, to_turtle
from kg.graph import ENTITIES_GRAPH, RUN_GRAPH, article_graph_iri, build_dataset
from kg.ns import NIF, NKG, SCHEMA
from kg.read import read_articles
from kg.validate import validate_dataset


@pytest.fixture(scope="module")
def results(nlp):
    from kg.extract import extract_articles

    return list(extract_articles(read_articles([example_article()]), nlp))


@pytest.fixture(scope="module")
def ds(results) -> Dataset:
    return build_dataset(results)


def test_named_graphs_per_article_entities_and_run(ds, results):
    names = {c.identifier for c in ds.graphs() if len(c)}
    assert article_graph_iri(results[0].article.id) in names
    assert ENTITIES_GRAPH in names and RUN_GRAPH in names
    g = article_graph_iri(results[0].article.id)
    art = ds.value(g, PROV.wasDerivedFrom)
    assert (art, RDF.type, SCHEMA.NewsArticle) in ds
    assert str(ds.value(art, SCHEMA.identifier)) == "example_article"
    assert str(ds.value(art, SCHEMA.datePublished)) == "2016-09-29"


def test_every_direct_edge_has_an_asserted_event_with_evidence(ds):
    fams = [NKG.called, NKG.represents, NKG.demanded, NKG.threatened, NKG.supports, NKG.negotiatedWith]
    edges = [(s, p, o) for p in fams for s, o in ds.subject_objects(p)]
    assert edges
    for s, p, o in edges:
        evs = [e for e in ds.subjects(NKG.agent, s) if (e, NKG.target, o) in ds]
        assert any((e, NKG.factuality, NKG.Asserted) in ds for e in evs), (s, p, o)
        for e in evs:
            sent = ds.value(e, NKG.evidence)
            b, end = int(ds.value(sent, NIF.beginIndex)), int(ds.value(sent, NIF.endIndex))
            assert str(ds.value(sent, NIF.anchorOf)) == example_article().read_text()[b:end]


def test_entities_have_one_label_and_wikidata_links(ds):
    russia = URIRef("https://w3id.org/newskg/id/Q159")
    assert str(ds.value(russia, RDFS.label)) == "Russia"
    assert (russia, NKG.wikidata, URIRef("http://www.wikidata.org/entity/Q159")) in ds
    for e in set(ds.subjects(RDF.type, NKG.Person)):
        assert len(list(ds.objects(e, RDFS.label))) == 1


def test_negated_or_conditional_event_is_recorded_without_edge(ds):
    negated = [*ds.subjects(NKG.factuality, NKG.Negated), *ds.subjects(NKG.factuality, NKG.Conditional)]
    assert negated, "the example's 'would only go on holding talks ... if' should be a conditional event"
    for e in negated:
        s, o, p = ds.value(e, NKG.agent), ds.value(e, NKG.target), ds.value(e, NKG.edgeProperty)
        if not any((x, NKG.factuality, NKG.Asserted) in ds for x in ds.subjects(NKG.agent, s)
                   if (x, NKG.target, o) in ds and (x, NKG.edgeProperty, p) in ds):
            assert (s, p, o) not in ds


def test_build_conforms_to_shapes(ds):
    report = validate_dataset(ds)
    assert report.conforms, report.messages


def test_shapes_catch_a_broken_event(ds):
    broken = Dataset(default_union=True)
    for q in ds.quads((None, None, None, None)):
        if q[1] != NKG.agent:
            broken.add(q)
    report = validate_dataset(broken)
    assert not report.conforms
    assert any("agent" in m for m in report.messages)


def test_same_input_same_iris(nlp, results):
    again = build_dataset([run_text(nlp, results[0].article.text, results[0].article.id)])
    assert to_trig(again) == to_trig(build_dataset(results))


def test_same_entity_same_iri_across_articles(nlp):
    a = run_text(nlp, "One\n\nGerman Chancellor Olaf Brandt criticised Hungary.", "a")
    b = run_text(nlp, "Two\n\nOlaf Brandt of Germany praised Hungary.", "b")
    ds = build_dataset([a, b])
    people = set(ds.subjects(RDF.type, NKG.Person))
    assert people == {URIRef("https://w3id.org/newskg/id/person/olaf-brandt")}


def _rdflib_parse(text: str, fmt: str) -> Graph:
    d = Dataset()
    d.parse(data=text, format=fmt)
    g = Graph()
    for s, p, o, _ in d.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("writer,fmt,oxfmt", [(to_turtle, "turtle", ox.RdfFormat.TURTLE),
                                              (to_trig, "trig", ox.RdfFormat.TRIG),
                                              (to_nquads, "nquads", ox.RdfFormat.N_QUADS),
                                              (to_ntriples, "nt", ox.RdfFormat.N_TRIPLES),
                                              (to_jsonld, "json-ld", None)])
def test_formats_round_trip(ds, writer, fmt, oxfmt):
    from kg.export import union

    expected = union(ds)
    text = writer(ds)
    assert isomorphic(_rdflib_parse(text, fmt), expected)
    if oxfmt is not None:
        quads = list(ox.parse(text.encode("utf-8"), format=oxfmt))
        assert len({(str(q.subject), str(q.predicate), str(q.object)) for q in quads}) == len(expected)


def test_hostile_text_still_parses(nlp):
    # real states: gazetteer names; the criticism is invented
    text = 'He said "<script>alert(1)</script>" \\ """ \u202e \x07\n\nFrance criticised Spain """ <b>.'
    r = run_text(nlp, "Head <i>line</i>\n\n" + text, "evil\"id")
    ds = build_dataset([r])
    for writer, fmt in ((to_turtle, "turtle"), (to_trig, "trig"), (to_nquads, "nquads")):
        assert len(_rdflib_parse(writer(ds), fmt)) > 0
    assert Literal("Head <i>line</i>") in set(ds.objects(None, SCHEMA.headline))


def test_memberships_carry_their_role(ds):
    from kg.ns import ORG

    roles = {str(ds.value(r, RDFS.label)) for m in ds.subjects(RDF.type, NKG.Membership) for r in ds.objects(m, ORG.role)}
    assert "foreign minister" in roles
    for r in ds.subjects(RDF.type, ORG.Role):
        assert ds.value(r, ORG.roleProperty) in (NKG.represents, NKG.spokespersonFor)


def test_every_country_has_a_wikidata_link():
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    states = {p.name for p in lex.names.values() if p.type == "Country"}
    linked = [s for s in states if s in lex.qids]
    assert len(linked) >= 210 and all(lex.qids[s].startswith("Q") for s in linked)


def test_slugs_never_join_names_through_what_they_leave_out():
    from kg.lexicon import MAX_SLUG, slug
    from kg.read import INVISIBLE

    assert slug("Tova Renkel") == "tova-renkel" and slug("José Ruiz") == "jose-ruiz" and slug("Wałęsa") == "walesa"
    assert slug("O’Brien") == slug("O'Brien") == "o-brien"  # punctuation of any script separates words
    for code in range(0x10000):  # every invisible character keeps a name apart from the name without it
        if INVISIBLE.fullmatch(chr(code)):
            assert slug(f"Tova Ren{chr(code)}kel") != "tova-renkel", hex(code)
    assert slug("Владимир Петров") != slug("Владимир Петрович")  # another script: a hash of the whole name
    long_a, long_b = "Renkel " * 2000 + "A", "Renkel " * 2000 + "B"
    assert len(slug(long_a)) <= MAX_SLUG and slug(long_a) != slug(long_b)


def test_invisible_characters_are_gone_and_iris_are_short(nlp):
    from kg.graph import entity_iri
    from kg.read import INVISIBLE

    a = run_text(nlp, "Talks\n\nTo\u200bva Ren\u202ekel\u202c criticised Daniel Okafor on Monday.", "a")
    b = run_text(nlp, "Visit\n\nTova Renkel criticised Daniel Okafor again.", "b")
    long_id = run_text(nlp, "Trade\n\nDaniel Okafor met Tova Renkel.", "x" * 12_035)
    ds = build_dataset([a, b, long_id])
    people = {str(p) for p in ds.subjects(RDF.type, NKG.Person)}
    assert people == {"https://w3id.org/newskg/id/person/tova-renkel", "https://w3id.org/newskg/id/person/daniel-okafor"}
    terms = {t for q in ds.quads((None, None, None, None)) for t in q if t is not None}
    assert not [t for t in terms if INVISIBLE.search(str(t))]
    assert max(len(str(t)) for t in terms if isinstance(t, URIRef)) <= 200
    assert len(entity_iri("person/" + "x" * 12_000)) <= 200


def test_holding_responsible_also_states_accused(ds):
    """holdsResponsible is a subproperty of accused: the edge states both, for stores that do not reason."""
    blamed = set(ds.subject_objects(NKG.holdsResponsible))
    assert blamed and blamed <= set(ds.subject_objects(NKG.accused))


def test_page_draws_blame_once_unless_an_accusation_stands_behind_it(nlp):
    from kg.analyse import page_graph
    from kg.extract import extract_articles
    from kg.read import make_article

    def drawn(text: str) -> set[str]:
        res = list(extract_articles([make_article("t", "Headline\n\n" + text, "<test>")], nlp))
        return {e["family"] for e in page_graph(build_dataset(res)).edges if e["asserted"]}

    assert drawn("The Velm Union blamed the Kell Mining Company for the spill.") == {"holdsResponsible"}
    assert drawn("The Velm Union blamed the Kell Mining Company for the spill. The union later accused the Kell "
                 "Mining Company of hiding the report.") == {"holdsResponsible", "accused"}
