"""SPARQL questions: canned queries by name, safe parameters, answers as a table or in the SPARQL 1.1
result formats (JSON, CSV, TSV: the same bytes `kg serve` sends), and the same queries on rdflib
(to check both engines agree)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .config import ontology_dir
from .errors import QueryError
from .prefixes import PREFIXES
from .store import XSD, Result, Term

if TYPE_CHECKING:  # rdflib loads only for query_rdflib: `kg query` answers from Oxigraph
    from rdflib import Dataset

CELL = 60  # characters a literal may take in a table before it is cut with "…"
MEDIA_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv; charset=utf-8",
               "tsv": "text/tab-separated-values; charset=utf-8"}
_DISPLAY_PREFIXES = sorted({**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}.items(),
                           key=lambda kv: -len(kv[1]))


def canned_names() -> list[str]:
    return sorted(p.stem for p in (ontology_dir() / "queries").glob("*.rq"))


def query_text(arg: str) -> str:
    """SPARQL text from a canned query NAME, a .rq file, or the query itself."""
    named = ontology_dir() / "queries" / f"{arg}.rq"
    if "\n" not in arg and named.is_file():
        return named.read_text(encoding="utf-8")
    if arg.endswith(".rq"):
        path = Path(arg)
        if not path.is_file():
            raise QueryError(f"{arg}: no such query file")
        return path.read_text(encoding="utf-8")
    if not any(k in arg.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"'{arg}' is not a canned query, a .rq file or SPARQL; canned queries: "
                         + ", ".join(canned_names()))
    return arg


def required_params(text: str) -> list[str]:
    """Variables a query says must be bound, from its `# param: NAME ...` comment lines."""
    return re.findall(r"^#\s*param:\s*(\w+)", text, re.M)


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """NAME=VALUE pairs as a dict; QueryError for a malformed pair or a VALUE <...> that is not an IRI."""
    from .store import is_iri

    out = {}
    for p in pairs:
        name, sep, value = p.partition("=")
        if not sep or not name.strip().isidentifier():
            raise QueryError(f"--param {p!r}: use NAME=VALUE, e.g. --param name=Russia")
        if value.startswith("<") and value.endswith(">") and not is_iri(value[1:-1]):
            raise QueryError(f"--param {p!r}: {value} is not a valid IRI; write an absolute one, "
                             "e.g. <https://w3id.org/newskg/id/country/chile>")
        out[name.strip()] = value
    return out


def check_params(text: str, params: dict[str, str]) -> None:
    """Raise QueryError naming a parameter the query needs and was not given."""
    for name in required_params(text):
        if name not in params:
            raise QueryError(f"this query needs --param {name}=VALUE")


def _rdflib_term(t: object) -> Term | None:
    from rdflib import BNode, Literal  # loaded by query_rdflib already: a dictionary look-up

    if t is None:
        return None
    if isinstance(t, Literal):
        dt = str(t.datatype) if t.datatype is not None and str(t.datatype) != f"{XSD}string" else None
        return Term("literal", str(t), None if t.language else dt, t.language or None)
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    return Term("uri", str(t))


def query_rdflib(ds: Dataset, text: str, params: dict[str, str] | None = None) -> Result:
    """The same query on rdflib's engine."""
    from rdflib import Literal, URIRef

    bindings = {k: (URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v))
                for k, v in (params or {}).items()}
    try:
        res = ds.query(text, initBindings=bindings)
    except Exception as exc:  # rdflib's parser raises pyparsing errors
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    if res.type == "SELECT":
        variables = [str(v) for v in res.vars]
        terms = [[_rdflib_term(x) for x in row] for row in res]
        return Result("select", variables, [[None if t is None else t.value for t in row] for row in terms],
                      terms=terms)
    if res.type == "ASK":
        return Result("ask", boolean=bool(res.askAnswer))
    triples = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in res.graph)
    return Result("graph", ntriples="\n".join(triples) + ("\n" if triples else ""))


# -- the SPARQL 1.1 result formats ---------------------------------------------------------------

def _json_term(t: Term) -> dict[str, str]:
    out = {"type": t.kind, "value": t.value}
    if t.lang:
        out["xml:lang"] = t.lang
    elif t.datatype:
        out["datatype"] = t.datatype
    return out


def to_json(res: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if res.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(res.boolean)})
    body: dict = {"head": {"vars": res.variables},
                  "results": {"bindings": [{v: _json_term(t) for v, t in zip(res.variables, row) if t is not None}
                                           for row in res.terms]}}
    if res.truncated:
        body["head"]["link"] = [f"urn:newskg:truncated:{len(res.terms)}"]
    return json.dumps(body, ensure_ascii=False)


def to_csv(res: Result) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, lines ended by CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(res.variables)
    w.writerows([["" if t is None else t.value for t in row] for row in res.terms])
    return buf.getvalue()


def _nt_string(value: str) -> str:
    esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{esc.replace(chr(9), chr(92) + "t")}"'


def _nt(t: Term) -> str:
    if t.kind == "uri":
        return f"<{t.value}>"
    if t.kind == "bnode":
        return f"_:{t.value}"
    lit = _nt_string(t.value)
    return lit + (f"@{t.lang}" if t.lang else f"^^<{t.datatype}>" if t.datatype else "")


def to_tsv(res: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in res.variables)]
    lines += ["\t".join("" if t is None else _nt(t) for t in row) for row in res.terms]
    return "\n".join(lines) + "\n"


def serialize(res: Result, fmt: str) -> str:
    """A SELECT or ASK result in 'json', 'csv' or 'tsv' (ASK is JSON in all three: CSV/TSV have no
    booleans); a graph result as N-Triples."""
    if res.kind == "graph":
        return res.ntriples
    if res.kind == "ask" or fmt == "json":
        return to_json(res)
    return to_csv(res) if fmt == "csv" else to_tsv(res)


# -- the table, for people -----------------------------------------------------------------------

def short_iri(iri: str) -> str:
    """A prefixed name (nkg:locatedIn, id:person/…) where a known namespace fits, else <iri>."""
    for p, ns in _DISPLAY_PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{p}:{iri[len(ns):]}"
    return f"<{iri}>"


def _cell(t: Term | None, wide: bool) -> str:
    if t is None:
        return ""
    if t.kind == "uri":
        return short_iri(t.value)  # never cut: a cut IRI names nothing
    if t.kind == "bnode":
        return f"_:{t.value}"
    text = " ".join(t.value.split())
    return text if wide or len(text) <= CELL else text[:CELL - 1] + "…"


def to_table(res: Result, wide: bool = False) -> str:
    """Aligned columns: IRIs as prefixed names and never cut, literals over 60 characters cut with "…"
    (unless `wide`), and a row count."""
    cells = [res.variables] + [[_cell(t, wide) for t in row] for row in res.terms]
    widths = [max(len(r[i]) for r in cells) for i in range(len(res.variables))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    n = len(res.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''}{', more not shown' if res.truncated else ''})")
    return "\n".join(lines)


def format_result(res: Result, fmt: str = "table", wide: bool = False) -> str:
    """A result as the CLI prints it: 'table' (ASK as yes/no), or a SPARQL result format."""
    if res.kind == "ask" and fmt == "table":
        return "yes" if res.boolean else "no"
    if res.kind == "graph":
        return res.ntriples.rstrip("\n")
    if fmt == "table":
        return to_table(res, wide)
    return serialize(res, fmt).rstrip("\r\n")
