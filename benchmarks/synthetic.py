"""A synthetic fact graph of a given size, for page and export benchmarks (no articles needed)."""
from __future__ import annotations

import random

from rdflib import RDF, RDFS, XSD, Dataset, Literal

from kg.graph import ENTITIES_GRAPH, GRAPH
from kg.ns import FAMILY_CLASS, ID, NKG, SCHEMA

TYPES = ["Person", "Country", "Organization", "City", "GovernmentOrganization", "ArmedForces"]
FAMILIES = ["called", "criticized", "supports", "attacked", "demanded", "accused", "metWith", "represents"]


def synthetic_dataset(nodes: int, edges_per_node: float = 2.0, seed: int = 7) -> Dataset:
    rnd = random.Random(seed)
    ds = Dataset(default_union=True)
    ents = ds.graph(ENTITIES_GRAPH)
    for i in range(nodes):
        e = ID[f"bench/e{i}"]
        ents.add((e, RDF.type, NKG[TYPES[i % len(TYPES)]]))
        ents.add((e, RDFS.label, Literal(f"Entity {i}")))
    g = ds.graph(GRAPH["article/bench"])
    art = ID["article/bench"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, SCHEMA.headline, Literal("Synthetic")))
    g.add((art, SCHEMA.identifier, Literal("bench")))
    for j in range(int(nodes * edges_per_node)):
        # preferential attachment-ish: a few hubs, many leaves, like news graphs
        a = int(nodes * rnd.random() ** 2)
        b = rnd.randrange(nodes)
        if a == b:
            continue
        fam = FAMILIES[j % len(FAMILIES)]
        s, o = ID[f"bench/e{a}"], ID[f"bench/e{b}"]
        g.add((s, NKG[fam], o))
        ev = ID[f"bench/ev{j}"]
        g.add((ev, RDF.type, NKG[FAMILY_CLASS[fam]]))
        g.add((ev, NKG.factuality, NKG.Asserted))
        g.add((ev, NKG.edgeProperty, NKG[fam]))
        g.add((ev, NKG.agent, s))
        g.add((ev, NKG.target, o))
        g.add((ev, NKG.article, art))
        g.add((ev, NKG.evidenceText, Literal(f"Entity {a} {fam} Entity {b}.")))
        g.add((ev, NKG.confidence, Literal("0.8", datatype=XSD.decimal)))
    return ds
