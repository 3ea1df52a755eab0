"""The OWL ontology: consistent under an OWL RL reasoner, every term documented, alignments by subclass."""
from __future__ import annotations

import owlrl
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.config import resource
from kg.ns import FAMILY_CLASS, NKG


def ontology() -> Graph:
    return Graph().parse(resource("newskg.ttl"), format="turtle")


def test_has_version_iri():
    g = ontology()
    onto = next(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionIRI) is not None


def test_every_term_has_label_and_comment():
    g = ontology()
    ns = str(NKG._NS)
    terms = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}
    assert len(terms) > 40
    for t in terms:
        assert g.value(t, RDFS.label) is not None, t
        assert g.value(t, RDFS.comment) is not None, t


def test_namespace_class_matches_ontology():
    g = ontology()
    declared = {str(s)[len(str(NKG._NS)):] for s in g.subjects() if str(s).startswith(str(NKG._NS))}
    in_code = {n for n in NKG.__annotations__}
    assert in_code <= declared


def test_no_equivalent_class_to_outside_vocabularies():
    g = ontology()
    assert not list(g.triples((None, OWL.equivalentClass, None)))
    assert not list(g.triples((None, OWL.sameAs, None)))


def test_the_family_table_matches_the_ontology():
    """kg/ns.py's one family table against ontology/newskg.ttl: edge property, event class and CAMEO code."""
    from kg.ns import FAMILIES
    from kg.show import FAMILY_STYLE

    g = ontology()
    edge_props = {str(o).rsplit("#", 1)[1] for o in g.objects(None, NKG.edgeProperty)}
    assert edge_props == set(FAMILIES) - {"spokespersonFor"}
    for family, f in FAMILIES.items():
        assert (NKG[family], RDF.type, OWL.ObjectProperty) in g, family
        supers = {str(o).rsplit("#", 1)[1] for o in g.objects(NKG[family], RDFS.subPropertyOf) if str(o).startswith(str(NKG))}
        assert supers == ({f.broader} if f.broader else set()), family  # the edges a family's edge also states
        if family == "spokespersonFor":
            continue
        assert g.value(NKG[f.event], NKG.edgeProperty) == NKG[family]
        code = g.value(NKG[f.event], NKG.cameo)
        assert (str(g.value(code, SKOS.notation)) if code is not None else None) == f.cameo, family
    assert set(FAMILY_STYLE) == set(FAMILIES)  # the page styles every family, and no other


def test_event_classes_link_edge_property_and_cameo():
    g = ontology()
    for family, cls in FAMILY_CLASS.items():
        if family == "spokespersonFor":
            continue
        assert g.value(NKG[cls], NKG.edgeProperty) == NKG[family]
    for cls in ("PhoneCall", "HoldResponsible", "Accusation", "Criticism", "Warning", "Threat", "Demand",
                "Attack", "Support", "Negotiation", "Meeting"):
        code = g.value(NKG[cls], NKG.cameo)
        assert code is not None and g.value(code, SKOS.notation) is not None, cls


ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")  # how owlrl reports clashes


def _inconsistencies(g: Graph) -> list:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return list(g.subjects(RDF.type, ERROR)) + list(g.subjects(RDF.type, OWL.Nothing))


def test_consistent_with_a_built_graph(tmp_path):
    from kg.pipeline import build

    from kg.config import example_article

    build([example_article()], tmp_path, page=False)
    g = ontology()
    g.parse(tmp_path / "graph.ttl", format="turtle")
    assert _inconsistencies(g) == []


def test_reasoner_detects_an_inconsistency():
    g = ontology()
    x = URIRef("https://w3id.org/newskg/id/test/x")
    g.add((x, RDF.type, NKG.Person))
    g.add((x, RDF.type, NKG.City))  # a person is no place
    assert _inconsistencies(g)
