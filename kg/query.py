"""SPARQL questions: canned queries by name, safe parameters, answers as table/CSV/TSV/JSON, and the
same queries on rdflib (to check both engines agree)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, Literal, URIRef

from .config import ontology_dir
from .errors import QueryError
from .store import Result


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


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    out = {}
    for p in pairs:
        name, sep, value = p.partition("=")
        if not sep or not name.strip().isidentifier():
            raise QueryError(f"--param {p!r}: use NAME=VALUE, e.g. --param name=Russia")
        out[name.strip()] = value
    return out


def query_rdflib(ds: Dataset, text: str, params: dict[str, str] | None = None) -> Result:
    """The same query on rdflib's engine, as plain strings."""
    bindings = {k: (URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v))
                for k, v in (params or {}).items()}
    try:
        res = ds.query(text, initBindings=bindings)
    except Exception as exc:  # rdflib's parser raises pyparsing errors
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    if res.type == "SELECT":
        variables = [str(v) for v in res.vars]
        return Result("select", variables, [[None if x is None else str(x) for x in row] for row in res])
    if res.type == "ASK":
        return Result("ask", boolean=bool(res.askAnswer))
    triples = sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in res.graph)
    return Result("graph", ntriples="\n".join(triples) + ("\n" if triples else ""))


def format_result(res: Result, fmt: str = "table") -> str:
    if res.kind == "ask":
        return json.dumps({"boolean": res.boolean}) if fmt == "json" else ("yes" if res.boolean else "no")
    if res.kind == "graph":
        return res.ntriples.rstrip("\n")
    if fmt == "json":
        return json.dumps({"head": {"vars": res.variables},
                           "results": {"bindings": [{v: x for v, x in zip(res.variables, row) if x is not None}
                                                    for row in res.rows]}}, indent=1, ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(res.variables)
        w.writerows([["" if x is None else x for x in row] for row in res.rows])
        return buf.getvalue().rstrip("\n")
    cells = [res.variables] + [["" if x is None else x.replace("\n", " ") for x in row] for row in res.rows]
    widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(res.variables))]
    lines = [" | ".join(c[:60].ljust(w) for c, w in zip(row, widths)) for row in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    lines.append(f"({len(res.rows)} row{'s' if len(res.rows) != 1 else ''})")
    return "\n".join(lines)
