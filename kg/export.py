"""Write graphs to files: Turtle, TriG, N-Quads (optionally gzipped), N-Triples and JSON-LD.

Quads are collected as N-Quads lines in a file (a spool), in any order and with repeats. At the
end one pipeline of small text tools sorts and de-duplicates them on disk (GNU sort), keeps them
for N-Quads and streams them on into an awk program that writes the union graph as Turtle and
N-Triples; TriG is Oxigraph's, from the quads sorted by graph. So a million-triple corpus exports
in a few seconds with flat memory, and the same input always gives byte-identical files. Without
GNU sort the same bytes come from Python, in memory. Every write is atomic (a temp file, then a rename).
"""
from __future__ import annotations

import errno
import gzip
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph

from .atomic import atomic_open, atomic_path, atomic_write  # noqa: F401 (atomic_write: old import path)
from .errors import KgError
from .ns import PREFIXES
from .store import FORMATS, nquads_to_trig

RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
ENTITIES = "<https://w3id.org/newskg/graph/entities>"
SUFFIXES = (*FORMATS, "nq.gz")  # the formats a build writes: every one it reads, and gzipped N-Quads
# Prefixes for Turtle and TriG; instance IRIs (id:, graph:) stay written in full, which reads better
# than prefixed names full of escapes.
TURTLE_PREFIXES = {k: v for k, v in PREFIXES.items() if k not in ("id", "graph")}


def joined(lines: Iterable[str], chunk: int = 20_000) -> Iterator[str]:
    """Lines as text ending in newlines, `chunk` lines at a time: a huge article's quads are never one
    string (2.7 million lines would be 500 MB at once)."""
    it = iter(lines)
    while batch := list(islice(it, chunk)):
        yield "\n".join(batch) + "\n"


class Spool:
    """Collects N-Quads lines (every quad in a named graph) on disk, in any order and with repeats."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "spool.nq"
        self.f = self.path.open("w", encoding="utf-8")

    def add(self, lines: Iterable[str]) -> None:
        try:
            for text in joined(lines):
                self.f.write(text)
        except OSError as exc:  # name the file: a full disk is reported with it
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None

    def close(self) -> None:
        try:
            self.f.close()
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(self.path)) from None


# -- The union graph, as N-Triples and Turtle, from quad lines in byte order ------------------
# A quad line sorts by its triple before its graph, so the quads of one triple are adjacent and
# the triples come out sorted. N-Triples terms are Turtle terms; the Turtle writer only groups a
# subject's triples (";" and ",") and shortens IRIs whose namespace has a prefix and whose local
# name needs no escape. Two versions write the same bytes: awk (fast, at the end of the sort
# pipeline) and Python (the reference, used without the tools).

_LOCAL = re.compile(r"[/#][A-Za-z0-9_][A-Za-z0-9_-]*>$")
_DATATYPE = re.compile(r'"\^\^<[^>]*>$')
XSD = "http://www.w3.org/2001/XMLSchema#"
_SHORTHAND = {f"<{XSD}integer>": re.compile(r"[+-]?[0-9]+"), f"<{XSD}decimal>": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
              f"<{XSD}boolean>": re.compile(r"true|false")}  # literals Turtle writes bare


def _graph_cut(quad: str) -> int:
    """Where a quad line's graph term begins, less one: it is the last term, and IRIs hold no blanks."""
    return quad.rfind(" ", 0, len(quad) - 2)


def first_labels(sorted_quads: Iterable[str]) -> Iterator[str]:
    """Quad lines (sorted in byte order) with only the first label of each entity: one named two ways
    in two articles keeps one rdfs:label in the entities graph."""
    last = None
    for q in sorted_quads:
        s, p, _ = q.split(" ", 2)
        if p == RDFS_LABEL and q.endswith(f" {ENTITIES} ."):
            if s == last:
                continue
            last = s
        yield q


def union_triples(sorted_quads: Iterable[str]) -> Iterator[str]:
    """Each triple of quad lines (sorted in byte order, without newlines) once, in order."""
    last = None
    for q in sorted_quads:
        t = q[:_graph_cut(q)] + " ."
        if t != last:
            yield t
            last = t


def turtle_header(prefixes: dict[str, str] = TURTLE_PREFIXES) -> str:
    return "".join(sorted(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()))


def turtle_body(triples: Iterable[str], prefixes: dict[str, str] = TURTLE_PREFIXES) -> Iterator[str]:
    """Turtle text for N-Triples lines (without newlines) that are sorted and unique."""
    by_ns = {ns: p for p, ns in prefixes.items()}

    def iri(t: str) -> str:
        m = _LOCAL.search(t)
        if m and (p := by_ns.get(t[1:m.start() + 1])) is not None:
            return f"{p}:{t[m.start() + 1:-1]}"
        return t

    last_s = last_p = None
    for line in triples:
        s, p, rest = line.split(" ", 2)
        o = rest[:-2]
        if o.startswith("<"):
            o = iri(o)
        elif o.startswith('"') and o.endswith(">") and (m := _DATATYPE.search(o)):
            lex, dt = o[1:m.start()], o[m.start() + 3:]
            shorthand = _SHORTHAND.get(dt)
            o = lex if shorthand and shorthand.fullmatch(lex) else o[:m.start() + 3] + iri(dt)
        pp = "a" if p == RDF_TYPE else iri(p)
        if s != last_s:
            if last_s is not None:
                yield " .\n"
            yield f"{iri(s)} {pp} {o}"
        elif p != last_p:
            yield f" ;\n\t{pp} {o}"
        else:
            yield f" , {o}"
        last_s, last_p = s, p
    if last_s is not None:
        yield " .\n"


# The same steps in awk, for the pipeline after `sort -u`. _AWK_QUADS is first_labels (the kept
# quads go to the file named by KG_NQ) then union_triples (the triples go to standard output);
# _AWK_TURTLE is turtle_body. The graph is the last term but one of a quad line.
_AWK_QUADS = r"""
{
    s = $1; p = $2; g = $(NF-1)
    if (p == LABEL && g == ENTITIES) { if (s == labelled) next; labelled = s }
    print > ENVIRON["KG_NQ"]
    t = substr($0, 1, length($0) - length(g) - 3) " ."
    if (t != last) print t
    last = t
}
"""
_AWK_TURTLE = r"""
BEGIN { n = split(ENVIRON["KG_PREFIXES"], a, " "); for (i = 1; i < n; i += 2) pre[a[i + 1]] = a[i] }
function iri(t,   r, ns) {
    if (t in seen) return seen[t]
    r = t
    if (match(t, /[\/#][A-Za-z0-9_][A-Za-z0-9_-]*>$/)) {
        ns = substr(t, 2, RSTART - 1)
        if (ns in pre) r = pre[ns] ":" substr(t, RSTART + 1, RLENGTH - 2)
    }
    if (++cached > CACHE) { split("", seen); cached = 0 }  # a bounded cache
    seen[t] = r
    return r
}
{
    s = $1; p = $2
    o = substr($0, length(s) + length(p) + 3, length($0) - length(s) - length(p) - 4)
    c = substr(o, 1, 1)
    if (c == "<") o = iri(o)
    else if (c == "\"" && substr(o, length(o), 1) == ">" && match(o, /"\^\^<[^>]*>$/)) {
        lex = substr(o, 2, RSTART - 2); dt = substr(o, RSTART + 3)
        if (dt == XSD "integer>" && lex ~ /^[+-]?[0-9]+$/ || dt == XSD "decimal>" && lex ~ /^[+-]?[0-9]*\.[0-9]+$/ \
            || dt == XSD "boolean>" && (lex == "true" || lex == "false")) o = lex  # Turtle's shorthand
        else o = substr(o, 1, RSTART + 2) iri(dt)
    }
    if (s != ls) printf "%s%s %s %s", (NR > 1 ? " .\n" : ""), iri(s), (p == TYPE ? "a" : iri(p)), o
    else if (p != lp) printf " ;\n\t%s %s", (p == TYPE ? "a" : iri(p)), o
    else printf " , %s", o
    ls = s; lp = p
}
END { if (NR > 0) printf " .\n" }
"""
SORT_MEMORY = "64M"  # sort's buffer: memory stays bounded (bigger spools merge runs on disk, hardly slower)
_AWK_CACHE = 100_000  # IRIs whose Turtle form awk remembers
_AWK_KEY = '{print $(NF-1) "\\t" $0}'  # graph, a tab, the quad: for sorting quads by graph (TriG)


def _gnu_tools() -> dict[str, str] | None:
    """Paths of the tools the pipelines use, or None (then Python sorts in memory)."""
    tools = {name: shutil.which(name) for name in ("sort", "cut", "sed", "awk", "tee")}
    if any(p is None for p in tools.values()):
        return None
    try:
        version = subprocess.run([tools["sort"], "--version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return tools if "GNU" in version else None  # type: ignore[return-value]


_TOOLS = _gnu_tools()


def _sed_escape(text: str) -> str:
    return "".join("\\" + c if c in "\\/.*[]^$" else c for c in text)


def _sed_literal(old: str, new: str) -> str:
    """A sed command replacing the fixed string `old` with `new` everywhere."""
    esc_new = "".join("\\" + c if c in "\\/&" else c for c in new)
    return f"s/{_sed_escape(old)}/{esc_new}/g"


def _edit_line(line: str, replace: tuple[str, str] | None) -> str:
    """A quad line with `replace` = (old, new) applied (e.g. a placeholder IRI)."""
    return line.replace(*replace) if replace else line


def edited_copy(src: Path, dst: Path, replace: tuple[str, str] | None) -> Path:
    """`src` quad lines with `replace` applied, in `dst` (unsorted: ready to load into a store)."""
    t = _TOOLS
    if not replace:
        return src
    if t is None:
        with src.open(encoding="utf-8") as f, dst.open("w", encoding="utf-8") as out:
            out.writelines(_edit_line(line, replace) for line in f)
    else:
        dst.unlink(missing_ok=True)
        _pipe([[t["sed"], "-e", _sed_literal(*replace)]], src, dst)
    return dst


def _pipe(commands: list[list[str]], src: Path, dst: Path, env: dict[str, str] | None = None) -> None:
    """Run commands chained by pipes from `src` into `dst` (appended); one-line KgError if one fails,
    OSError(ENOSPC) naming `dst` if the disk is full. The tools' messages come back through a pipe,
    not a file: a full disk must not swallow them."""
    procs: list[subprocess.Popen[bytes]] = []
    env = {**os.environ, **(env or {}), "LC_ALL": "C"}  # byte order, byte semantics
    read_end, write_end = os.pipe()
    messages = bytearray()

    def collect() -> None:
        with os.fdopen(read_end, "rb") as f:
            while chunk := f.read(65536):
                messages[:] = (messages + chunk)[-65536:]
    reader = threading.Thread(target=collect, daemon=True)
    reader.start()
    with src.open("rb") as first, dst.open("ab") as out:
        try:
            stdin: IO[bytes] = first
            for i, cmd in enumerate(commands):
                last = i == len(commands) - 1
                try:
                    procs.append(subprocess.Popen(cmd, stdin=stdin, stdout=out if last else subprocess.PIPE,
                                                  stderr=write_end, env=env))
                except OSError as exc:
                    raise KgError(f"writing the graph failed: cannot run {cmd[0]} ({exc.strerror})") from None
                if stdin is not first:
                    stdin.close()  # the next process owns the pipe now
                stdin = procs[-1].stdout  # type: ignore[assignment]
            codes = [p.wait() for p in procs]
        finally:
            os.close(write_end)
            for p in procs:
                if p.poll() is None:
                    p.kill()
                    p.wait()
            reader.join()
    failed = [c for c in codes if c != 0]
    if failed:
        lines = messages.decode("utf-8", "replace").strip().splitlines()
        if any("No space left on device" in line for line in lines):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        raise KgError(f"writing the graph failed: {lines[-1] if lines else f'a tool exited with {failed[0]}'}")


def write_outputs(spool: Spool | Path, out: Path, names: Iterable[str], work: Path,
                  replace: tuple[str, str] | None = None, presorted: bool = False) -> list[Path]:
    """Write out/graph.<suffix> for each suffix in `names` from a spool or an N-Quads file (lines
    edited as `_edit_line` says; `presorted`: the file is already sorted, unique and edited, as
    `merge_dataset` writes it). Leaves the final quads, sorted and unique, in work/all.nq."""
    names = list(dict.fromkeys(names))
    unknown = [n for n in names if n not in SUFFIXES]
    if unknown:
        raise KgError(f"unknown output format '{unknown[0]}'; use one of {', '.join(SUFFIXES)}")
    if isinstance(spool, Spool):
        spool.close()
        src = spool.path
    else:
        src = spool
    nq = work / "all.nq"
    nq.unlink(missing_ok=True)
    targets = [out / f"graph.{n}" for n in names]
    with ExitStack() as stack:
        tmp = {n: stack.enter_context(atomic_path(t)) for n, t in zip(names, targets)}
        if "ttl" in tmp:
            tmp["ttl"].write_text(turtle_header(), encoding="utf-8")
        if _TOOLS is None:
            _python_outputs(src, nq, tmp, replace)
        else:
            _tools_outputs(src, nq, tmp, replace, presorted)
        for n in names:
            if n == "nq":
                _link_or_copy(nq, tmp[n])
            elif n == "trig":
                by_graph = work / "by-graph.nq"
                if _TOOLS is None:
                    quads = nq.read_text(encoding="utf-8").splitlines()
                    by_graph.write_text("".join(q + "\n" for q in sorted(quads, key=_graph_key)), encoding="utf-8")
                else:
                    t = _TOOLS
                    _pipe([[t["awk"], _AWK_KEY], [t["sort"], "-S", SORT_MEMORY, "-T", str(work)], [t["cut"], "-f2-"]],
                          nq, by_graph)
                nquads_to_trig(by_graph, tmp[n], TURTLE_PREFIXES)
                _sort_prefixes(tmp[n])
            elif n in ("nq.gz", "jsonld"):
                write_derived(n, nq, tmp[n])
    return targets


def write_derived(name: str, nq: Path, dst: Path) -> None:
    """graph.nq.gz or graph.jsonld into `dst`, from the final quads (sorted, unique) in `nq`."""
    if name == "nq.gz":
        with nq.open("rb") as f, dst.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            shutil.copyfileobj(f, gz, 1 << 20)
    elif name == "jsonld":
        ds = Dataset()
        ds.parse(str(nq), format="nquads")
        dst.write_text(to_jsonld(ds), encoding="utf-8")
    else:
        raise KgError(f"graph.{name} is not made from the quads file")


def _link_or_copy(src: Path, dst: Path) -> None:
    """`dst` becomes `src`'s content: a hard link (no copy) where the file system allows one."""
    dst.unlink()
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _graph_key(quad: str) -> str:
    return f"{quad[_graph_cut(quad) + 1:-2]}\t{quad}"


def _tools_outputs(src: Path, nq: Path, tmp: dict[str, Path], replace: tuple[str, str] | None,
                   presorted: bool = False) -> None:
    """One pipeline: the spool sorted and de-duplicated on disk (unless `presorted`), its final quads
    kept in `nq`, and the union graph streamed on into N-Triples and Turtle when asked for."""
    t = _TOOLS
    assert t is not None
    work = nq.parent
    cmds: list[list[str]] = []
    if not presorted:
        cmds += [[t["sed"], "-e", _sed_literal(*replace)]] if replace else []
        cmds.append([t["sort"], "-u", "-S", SORT_MEMORY, "-T", str(work)])
    cmds.append([t["awk"], "-v", f"LABEL={RDFS_LABEL}", "-v", f"ENTITIES={ENTITIES}", _AWK_QUADS])
    if "nt" in tmp and "ttl" in tmp:
        cmds.append([t["tee"], str(tmp["nt"])])
    if "ttl" in tmp:
        cmds.append([t["awk"], "-v", f"TYPE={RDF_TYPE}", "-v", f"XSD=<{XSD}", "-v", f"CACHE={_AWK_CACHE}",
                     _AWK_TURTLE])
    dst = tmp["ttl"] if "ttl" in tmp else tmp.get("nt", Path(os.devnull))
    env = {"KG_NQ": str(nq), "KG_PREFIXES": " ".join(f"{p} {ns}" for p, ns in sorted(TURTLE_PREFIXES.items()))}
    _pipe(cmds, src, dst, env)


_AWK_DROP_GRAPHS = 'BEGIN { while ((getline g < ENVIRON["KG_DROP"]) > 0) drop[g] = 1 } !($(NF-1) in drop)'
_AWK_MINUS = 'BEGIN { while ((getline q < ENVIRON["KG_MINUS"]) > 0) gone[q] = 1 } !($0 in gone)'


def merge_dataset(old: Path | None, dropped: Iterable[str], added: Path, removed: Path, dst: Path,
                  work: Path) -> Path:
    """The quads of a dataset after a build, sorted and unique as graph files write them, in `dst`:
    the previous ones (`old`, the same form) without the graphs in `dropped`, plus `added`, less
    `removed` (both as a store writes them). Streams the old quads once: no store dump, no full sort."""
    t = _TOOLS
    drops = work / "drop.txt"
    drops.write_text("".join(f"<{g}>\n" for g in dropped), encoding="utf-8")
    if t is None:
        def lines(p: Path) -> set[str]:
            return {x for x in p.read_text(encoding="utf-8").splitlines() if x.strip()}

        keep = set(old.read_text(encoding="utf-8").splitlines()) if old is not None else set()
        drop = {f"<{g}>" for g in dropped}
        keep = {q for q in keep if q.rsplit(" ", 2)[-2] not in drop} | lines(added)
        dst.write_text("".join(q + "\n" for q in sorted(keep - lines(removed))), encoding="utf-8")
        return dst
    new = work / "added.sorted.nq"
    new.unlink(missing_ok=True)
    _pipe([[t["sort"], "-u", "-S", SORT_MEMORY, "-T", str(work)]], added, new)
    dst.unlink(missing_ok=True)
    _pipe([[t["awk"], _AWK_DROP_GRAPHS], [t["sort"], "-m", "-u", "-S", SORT_MEMORY, "-T", str(work), "-", str(new)],
           [t["awk"], _AWK_MINUS]], old if old is not None else Path(os.devnull), dst,
          {"KG_DROP": str(drops), "KG_MINUS": str(removed)})
    return dst


def sorted_quads(src: Path, dst: Path, work: Path) -> Path:
    """A store's dump `src` sorted, unique and as graph files write them (see merge_dataset), in `dst`."""
    return merge_dataset(None, [], src, Path(os.devnull), dst, work)


def _python_outputs(src: Path, nq: Path, tmp: dict[str, Path], replace: tuple[str, str] | None) -> None:
    """The same files as _tools_outputs, in memory."""
    with src.open(encoding="utf-8") as f:
        lines = {_edit_line(line.rstrip("\n"), replace) for line in f if line.strip()}
    quads = list(first_labels(sorted(lines)))
    nq.write_text("".join(q + "\n" for q in quads), encoding="utf-8")
    triples = list(union_triples(quads))
    if "nt" in tmp:
        tmp["nt"].write_text("".join(t + "\n" for t in triples), encoding="utf-8")
    if "ttl" in tmp:
        with tmp["ttl"].open("a", encoding="utf-8") as f:
            f.writelines(turtle_body(triples))


def _sort_prefixes(path: Path) -> None:
    """Put the @prefix lines Oxigraph wrote (in hash order) in sorted order, in place: same bytes, same length."""
    with path.open("r+b") as f:
        head = []
        while (line := f.readline()).startswith(b"@prefix"):
            head.append(line)
        f.seek(0)
        f.writelines(sorted(head))


# -- small datasets held in rdflib (library use, tests) --------------------------------------

def dataset_lines(ds: Dataset) -> list[str]:
    return sorted({line for line in ds.serialize(format="nquads").split("\n") if line.strip()})


def render(ds: Dataset, suffix: str) -> str:
    """One format of a dataset as text, through the same writers as a build."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sp = Spool(work)
        sp.add(dataset_lines(ds))
        (path,) = write_outputs(sp, work, [suffix], work)
        return path.read_text(encoding="utf-8")


def to_turtle(ds: Dataset) -> str:
    return render(ds, "ttl")


def to_trig(ds: Dataset) -> str:
    return render(ds, "trig")


def to_nquads(ds: Dataset) -> str:
    return render(ds, "nq")


def to_ntriples(ds: Dataset) -> str:
    return render(ds, "nt")


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def to_jsonld(ds: Dataset) -> str:
    """JSON-LD compacted with ontology/context.jsonld, graphs and nodes in a stable order."""
    from .config import resource

    context = json.loads(resource("context.jsonld").read_text(encoding="utf-8"))["@context"]
    data = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))

    def order(x: object) -> object:
        if isinstance(x, list):
            return sorted((order(i) for i in x), key=lambda i: json.dumps(i, sort_keys=True))
        if isinstance(x, dict):
            return {k: order(v) for k, v in x.items()}
        return x

    data = {k: (v if k == "@context" else order(v)) for k, v in data.items()} if isinstance(data, dict) else order(data)
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
