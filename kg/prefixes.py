"""The namespace IRIs as plain strings: `kg query` prints and binds with them without importing rdflib
(ns.py builds rdflib's namespace objects from the same strings)."""
from __future__ import annotations

BASE = "https://w3id.org/newskg/"
PREFIXES = {"nkg": BASE + "ontology#", "id": BASE + "id/", "graph": BASE + "graph/",
            "schema": "https://schema.org/", "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "gaf": "http://groundedannotationframework.org/gaf#", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "org": "http://www.w3.org/ns/org#", "wd": "http://www.wikidata.org/entity/",
            "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "owl": "http://www.w3.org/2002/07/owl#"}
