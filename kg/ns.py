"""Namespaces. NKG lists the ontology's terms (ontology/newskg.ttl), so a typo raises instead of minting an IRI."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

from .prefixes import PREFIXES

ID = Namespace(PREFIXES["id"])
GRAPH = Namespace(PREFIXES["graph"])
SCHEMA = Namespace(PREFIXES["schema"])
NIF = Namespace(PREFIXES["nif"])
GAF = Namespace(PREFIXES["gaf"])
SEM = Namespace(PREFIXES["sem"])
ORG = Namespace(PREFIXES["org"])
WD = Namespace(PREFIXES["wd"])


class NKG(DefinedNamespace):
    """The newskg ontology."""

    _NS = Namespace(PREFIXES["nkg"])
    _fail = True

    # entity classes
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Organization: URIRef
    GovernmentOrganization: URIRef
    IntergovernmentalOrganization: URIRef
    ArmedForces: URIRef
    Place: URIRef
    # event classes
    Event: URIRef
    PhoneCall: URIRef
    HoldResponsible: URIRef
    Membership: URIRef
    Warning: URIRef
    Threat: URIRef
    Demand: URIRef
    Accusation: URIRef
    Criticism: URIRef
    Attack: URIRef
    Support: URIRef
    Negotiation: URIRef
    Meeting: URIRef
    Location: URIRef
    Factuality: URIRef
    Run: URIRef
    # direct-edge properties
    called: URIRef
    holdsResponsible: URIRef
    represents: URIRef
    spokespersonFor: URIRef
    warned: URIRef
    threatened: URIRef
    demanded: URIRef
    accused: URIRef
    criticized: URIRef
    attacked: URIRef
    supports: URIRef
    negotiatedWith: URIRef
    metWith: URIRef
    locatedIn: URIRef
    # event description
    agent: URIRef
    target: URIRef
    speaker: URIRef
    place: URIRef
    date: URIRef
    factuality: URIRef
    confidence: URIRef
    cameo: URIRef
    evidence: URIRef
    evidenceText: URIRef
    article: URIRef
    trigger: URIRef
    method: URIRef
    condition: URIRef
    edgeProperty: URIRef
    eventClass: URIRef
    wikidata: URIRef
    textDigest: URIRef
    softwareVersion: URIRef
    model: URIRef
    # factuality values
    Asserted: URIRef
    Negated: URIRef
    Conditional: URIRef
    Future: URIRef
    CameoScheme: URIRef


@dataclass(frozen=True)
class Family:
    """A relation family: its direct-edge property, the event class behind it, and its kind."""

    name: str
    event: str  # nkg event class local name
    tier: str  # core | secondary (as the evaluation guidelines rank them)
    kind: str  # contact | hostile | cooperative | structural (the page groups colours by kind)
    cameo: str | None = None  # the CAMEO code of the event class (nkg:cameo in the ontology)
    symmetric: bool = False
    broader: str | None = None  # the family whose property this one's is a subproperty of: its edge states both


# The one family table; tests/test_ontology.py checks it against ontology/newskg.ttl (nkg:edgeProperty).
FAMILIES: dict[str, Family] = {f.name: f for f in (
    Family("called", "PhoneCall", "core", "contact", "041"),
    Family("holdsResponsible", "HoldResponsible", "core", "hostile", "112", broader="accused"),
    Family("represents", "Membership", "core", "structural"),
    Family("spokespersonFor", "Membership", "core", "structural", broader="represents"),
    Family("warned", "Warning", "secondary", "hostile", "130"),
    Family("threatened", "Threat", "secondary", "hostile", "130"),
    Family("demanded", "Demand", "secondary", "hostile", "100"),
    Family("accused", "Accusation", "secondary", "hostile", "112"),
    Family("criticized", "Criticism", "secondary", "hostile", "111"),
    Family("attacked", "Attack", "secondary", "hostile", "190"),
    Family("supports", "Support", "secondary", "cooperative", "050"),
    Family("negotiatedWith", "Negotiation", "secondary", "cooperative", "046", symmetric=True),
    Family("metWith", "Meeting", "secondary", "contact", "040", symmetric=True),
    Family("locatedIn", "Location", "secondary", "structural"),
)}
FAMILY_CLASS = {name: f.event for name, f in FAMILIES.items()}
SCORED = [f for f in FAMILIES if f != "spokespersonFor"]  # the families of the evaluation guidelines
CORE = [f for f in SCORED if FAMILIES[f].tier == "core"]
SECONDARY = [f for f in SCORED if FAMILIES[f].tier == "secondary"]
ENTITY_TYPES = ("Person", "Country", "City", "Region", "Organization", "GovernmentOrganization",
                "IntergovernmentalOrganization", "ArmedForces")
FACTUALITY = {"asserted": NKG.Asserted, "negated": NKG.Negated, "conditional": NKG.Conditional,
              "future": NKG.Future}
