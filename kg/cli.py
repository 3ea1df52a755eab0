"""The `kg` command: a thin layer over the library. Each command parses its options, calls one
library function, and turns the library's errors into a one-line message and a non-zero exit."""
from __future__ import annotations

import atexit
import errno
import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import DEFAULT_OUT, DEFAULT_STORE, example_article
from .engines import ENGINES
from .errors import KgError


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """newskg: turn news articles into a knowledge graph of who did what to whom."""


def _source(graph: Path | None, store_dir: Path | None):  # type: ignore[no-untyped-def]
    """The graph a reading command works on: a file, else a store (default output/store)."""
    from .store import open_source

    return open_source(graph, store_dir)


def _store_option(what: str):  # type: ignore[no-untyped-def]
    return click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
                        help=f"{what} this store instead of a graph file (the default: {DEFAULT_STORE}).")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .read import check_date

    try:
        return check_date(value) if value else None
    except KgError as exc:
        raise click.BadParameter(str(exc)) from None


def _check_jobs(ctx: click.Context, param: click.Parameter, value: str) -> int | None:
    """'auto' (None: the library picks), or a whole number of processes, at least 1."""
    if value.strip().lower() == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a whole number or 'auto'") from None
    if jobs < 1:
        raise click.BadParameter(f"{jobs} is less than 1")
    return jobs


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Folder for graph.ttl, graph.trig and graph.html.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of text inputs (e.g. latin-1).")
@click.option("--date", callback=_check_date, metavar="YYYY-MM-DD",
              help="Publication date of the articles that give none (no dateline or metadata).")
@click.option("--format", "formats", multiple=True, type=click.Choice(["nq", "nq.gz", "nt", "jsonld"]),
              help="Also write graph.FORMAT (repeatable).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("--max-nodes", type=click.IntRange(min=1),
              help="Keep only the N most important nodes on the page (a big graph: 300 by default).")
@click.option("--timestamp", is_flag=True, help="Record the build time in the run graph (output then differs per run).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="The store the build goes into and the files are written from (default: OUT/store).")
@click.option("--fresh", is_flag=True, help="Start the store anew: the files hold only this build's articles.")
@click.option("--no-store", is_flag=True, help="No store: the files hold only this build's articles.")
@click.option("--png", "png", type=click.Path(path_type=Path, dir_okay=False),
              help="Also save a screenshot of the page (needs Debian's chromium).")
@click.option("--jobs", "-j", default="auto", show_default=True, callback=_check_jobs, metavar="N|auto",
              help="Processes for parsing; auto: every CPU this process may use (small inputs stay in one).")
@click.option("--engine", type=click.Choice(sorted(ENGINES)), default="local", show_default=True,
              help="Where extraction runs: this machine, or a Dask cluster.")
@click.option("--scheduler", help="Dask scheduler address for --engine dask (e.g. tcp://10.0.0.5:8786).")
@click.option("--no-cache", is_flag=True, help="Re-parse every article (ignore OUT/.cache).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs: tuple[Path, ...], out: Path, encoding: str, date: str | None, formats: tuple[str, ...],
          no_page: bool, max_nodes: int | None, timestamp: bool, store_dir: Path | None, fresh: bool,
          no_store: bool, png: Path | None, jobs: int | None, engine: str, scheduler: str | None, no_cache: bool,
          quiet: bool) -> None:
    """Build the graph from article files (.txt .md .html .json .jsonl .csv) or folders.

    With no INPUTS, builds the bundled example article. The articles go into the store OUT/store,
    and OUT/graph.ttl, OUT/graph.trig and OUT/graph.html are written from it: they hold every
    article built into OUT so far (--fresh to start anew, --no-store for this build alone).
    """
    from datetime import datetime, timezone

    from .pipeline import build as run_build

    paths = list(inputs) or [example_article()]
    stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat() if timestamp else None
    store = None if no_store else (store_dir or out / "store")
    try:
        report = run_build(paths, out, encoding=encoding, page=not no_page, extra_formats=formats,
                           max_nodes=max_nodes, timestamp=stamp, store=store, fresh=fresh, date=date,
                           jobs=jobs, engine=engine, scheduler=scheduler, cache=not no_cache, quiet=quiet)
    except KgError as exc:
        raise _fail(exc) from None
    if report.skipped:
        click.echo(f"skipped {len(report.skipped)} file(s) that are not articles: {', '.join(report.skipped)}",
                   err=True)
    for src, first in report.duplicates:
        click.echo(f"duplicate: {src} has the same text as {first}; not built again", err=True)
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"articles read: {report.articles}" + (f" ({report.cached} unchanged, from cache)" if report.cached else ""))
    if store is not None:
        click.echo(f"articles in {store}: {report.graph_articles}")
    click.echo("entities: " + (", ".join(f"{t} {n}" for t, n in sorted(report.entities.items())) or "none"))
    click.echo(f"events: {report.events}")
    click.echo("edges: " + (", ".join(f"{f} {n}" for f, n in sorted(report.edges.items())) or "none"))
    click.echo(f"quads: {report.triples}")
    for f in report.files:
        click.echo(f"wrote {f}")
    if png is not None and not no_page:
        from .show import screenshot

        try:
            click.echo(f"wrote {screenshot(out / 'graph.html', png)}")
        except KgError as exc:
            raise _fail(exc) from None
    if report.failed:
        for src, why in report.failed:
            click.echo(f"failed: {why}", err=True)
        sys.exit(3)


@cli.command("eval")
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_store_option("Score")
@click.option("--per-graph/--union", default=True, show_default=True,
              help="Score each article on its own named graph.")
@click.option("--quiet", is_flag=True, help="Totals only.")
def eval_(files: tuple[Path, ...], store_dir: Path | None, per_graph: bool, quiet: bool) -> None:
    """Score a graph against gold YAML files: P/R/F1 per family, misses and false positives.

    FILES are at most one graph file (or folder of them) and any number of gold .yaml files. With no
    graph, the store is scored; with no gold file, the bundled example's gold. Exits 1 when a gold
    article is not in the graph.
    """
    from .config import example_gold
    from .evaluate import format_report, score

    golds = [f for f in files if f.suffix.lower() in (".yaml", ".yml")]
    graphs = [f for f in files if f not in golds]
    if len(graphs) > 1:
        raise click.UsageError(f"give one graph (file or folder), not {len(graphs)}: {', '.join(map(str, graphs))}")
    try:
        result = score(_source(graphs[0] if graphs else None, store_dir), golds or [example_gold()],
                       per_graph=per_graph)
    except KgError as exc:
        raise _fail(exc) from None
    click.echo(format_report(result, quiet=quiet))
    if result["missing"]:
        for art in result["missing"]:
            click.echo(f"warning: gold article {art} is not in the graph; its facts all count as missed", err=True)
        raise click.ClickException(f"{len(result['missing'])} gold article(s) missing from the graph")


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_option("Check")
def validate(graph: Path | None, store_dir: Path | None) -> None:
    """Check a graph file or the store against the SHACL shapes; exit 1 with the violations in plain words."""
    from .validate import validate_store

    name = graph or store_dir or DEFAULT_STORE
    try:
        report = validate_store(_source(graph, store_dir))
    except KgError as exc:
        raise _fail(exc) from None
    if report.conforms:
        click.echo(f"{name}: conforms")
        return
    for line in report.messages:
        click.echo(line)
    raise click.ClickException(f"{name}: {len(report.messages)} violation(s)")


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_option("Draw")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="HTML file to write (default: graph.html beside GRAPH, or beside the store's folder).")
@click.option("--max-nodes", type=click.IntRange(min=1),
              help="Keep only the N most important nodes (a big graph: 300 by default).")
@click.option("--png", "png", type=click.Path(path_type=Path, dir_okay=False),
              help="Also save a screenshot of the page (needs Debian's chromium).")
def show(graph: Path | None, store_dir: Path | None, out: Path | None, max_nodes: int | None,
         png: Path | None) -> None:
    """Write the interactive page for a graph file or the store (and optionally a PNG of it)."""
    from .overview import write_page
    from .show import screenshot

    if out is None:
        out = graph.with_name("graph.html") if graph is not None else (store_dir or DEFAULT_STORE).parent / "graph.html"
    try:
        path = write_page(_source(graph, store_dir), out, max_nodes)
        click.echo(f"wrote {path}")
        if png is not None:
            click.echo(f"wrote {screenshot(path, png)}")
    except KgError as exc:
        raise _fail(exc) from None


@cli.command()
@click.argument("query")
@_store_option("Query")
@click.option("--graph", "graph", type=click.Path(exists=True, path_type=Path),
              help="Query this graph file (or folder of them) instead of the store.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable safely (a literal, or an IRI written <...>); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="A table, or a SPARQL 1.1 result format (what `kg serve` sends).")
@click.option("--wide", is_flag=True, help="Do not cut long values in the table.")
def query(query: str, store_dir: Path | None, graph: Path | None, params: tuple[str, ...], fmt: str,
          wide: bool) -> None:
    """Ask a SPARQL question: QUERY is a canned query NAME, a .rq file, or SPARQL text.

    Canned queries live in ontology/queries (e.g. `kg query who-called-whom`). Tables show IRIs as
    prefixed names (nkg:, id:, ...) and never cut them; literals longer than 60 characters end in "…".
    """
    from .query import check_params, format_result, parse_params, query_text
    from .store import query as run

    try:
        text = query_text(query)
        bound = parse_params(params)
        check_params(text, bound)
        click.echo(format_result(run(_source(graph, store_dir), text, bound), fmt, wide))
    except KgError as exc:
        raise _fail(exc) from None


class _OptionError(click.ClickException):
    """A bad option value: one line, and the exit code of a usage error."""

    exit_code = 2


def _number(kind: type):  # type: ignore[no-untyped-def]
    """A click callback reading an int or float option as a one-line option error if it is not one
    (its range is the library's to check)."""
    def callback(ctx: click.Context, param: click.Parameter, value: str):  # type: ignore[no-untyped-def]
        try:
            return kind(value)
        except ValueError:
            raise _OptionError(f"--{(param.name or '').replace('_', '-')} {value}: not a number") from None
    return callback


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_STORE, show_default=True, help="The store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; one beyond this machine also needs --public.")
@click.option("--port", default=7879, show_default=True, type=click.IntRange(1, 65535))
@click.option("--public", is_flag=True, help="Allow --host to be an address other machines can reach (prints a warning).")
@click.option("--timeout", default="10", show_default=True, callback=_number(float),
              help="Seconds a query may run; it is then stopped.")
@click.option("--max-rows", default="10000", show_default=True, callback=_number(int),
              help="Rows a query may return.")
@click.option("--workers", default="2", show_default=True, callback=_number(int),
              help="Queries run at once, each in its own process.")
@click.option("--queue", default="16", show_default=True, callback=_number(int),
              help="Queries that may wait for a worker; more get 503 with Retry-After.")
@click.option("--max-memory", "max_memory", default="1024", show_default=True, callback=_number(int),
              help="Megabytes each query worker may use; a query that needs more is stopped.")
@click.option("--client-timeout", default="10", show_default=True, callback=_number(float),
              help="Seconds a client may take to send its request.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:8080, or *) read answers; repeatable. None by default.")
@click.option("--allow-service", is_flag=True,
              help="Run SERVICE clauses (the server then sends requests where queries say). Refused by default.")
def serve(store_dir: Path, host: str, port: int, public: bool, timeout: float, max_rows: int, workers: int,
          queue: int, max_memory: int, client_timeout: float, cors: tuple[str, ...], allow_service: bool) -> None:
    """Serve the store as a read-only SPARQL endpoint at http://HOST:PORT/query.

    Answers follow the store: after a build, the next query sees the new version. SERVICE, LOAD and
    updates are refused; each query runs in a worker process stopped at --timeout.
    """
    from .serve import Limits, check_bind, check_limits, check_origin, is_loopback, make_server

    try:
        check_limits(Limits(timeout, max_rows, workers, queue, max_memory, client_timeout))
        for origin in cors:
            check_origin(origin)
        check_bind(host, public)
    except KgError as exc:
        raise _OptionError(str(exc)) from None
    if not is_loopback(host):
        click.echo(f"warning: serving on {host}: anyone who can reach this address can read the whole store "
                   "(no authentication)", err=True)
    try:
        server = make_server(store_dir, host, port, timeout, max_rows, workers=workers, queue=queue,
                             memory_mb=max_memory, client_timeout=client_timeout, allow_service=allow_service,
                             cors=cors, public=public)
    except KgError as exc:
        raise _fail(exc) from None
    click.echo(f"serving {store_dir} read-only at http://{host}:{port}/query (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("source", required=False, type=click.Path(exists=True, path_type=Path, dir_okay=False))
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Push this store's graphs instead of a graph file.")
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")
@click.option("--graph", "graph_iri", metavar="IRI",
              help="The graph that triples in no named graph go to (all of a .ttl or .nt file).")
@click.option("--default-graph", is_flag=True, help="Send triples in no named graph to the server's default graph.")
@click.option("--user", help="User name (Virtuoso uses digest auth).")
@click.option("--password", help="Password (or set KG_PASSWORD).", envvar="KG_PASSWORD")
def push(source: Path | None, store_dir: Path | None, endpoint: str, graph_iri: str | None, default_graph: bool,
         user: str | None, password: str | None) -> None:
    """Load each named graph into a remote triple store with PUT (so a push replaces).

    SOURCE is a graph file; or give --store. The canned queries read the union of the named
    graphs: serve them with `oxigraph serve --union-default-graph`.
    """
    from .push import DEFAULT_GRAPH, UnnamedTriples
    from .push import push as run_push
    from .store import open_store, read_graph

    if (source is None) == (store_dir is None):
        raise click.UsageError("give either SOURCE or --store")
    if graph_iri is not None and default_graph:
        raise click.UsageError("give --graph IRI or --default-graph, not both")
    if graph_iri is not None and not graph_iri.startswith(("http://", "https://", "urn:")):
        raise click.UsageError(f"--graph {graph_iri!r}: give an absolute IRI (http://..., https://... or urn:...)")
    try:
        st = read_graph(source) if source is not None else open_store(store_dir, read_only=True)
        report = run_push(st, endpoint, user, password,
                          graph_for_unnamed=DEFAULT_GRAPH if default_graph else graph_iri)
    except UnnamedTriples as exc:
        raise click.UsageError(f"{source or store_dir}: {exc}") from None
    except KgError as exc:
        raise _fail(exc) from None
    click.echo(f"pushed {len(report.sent)} graph(s), {sum(n for _, n in report.sent)} triples to {endpoint}")
    if report.failed:
        for g, why in report.failed:
            click.echo(f"not loaded: {g or 'the default graph'} ({why})", err=True)
        raise click.ClickException(f"{len(report.failed)} graph(s) were not loaded")


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path))
@_store_option("Analyse")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="How many actors to list.")
@click.option("--graphml", type=click.Path(path_type=Path, dir_okay=False), help="Export the fact graph as GraphML.")
@click.option("--gexf", type=click.Path(path_type=Path, dir_okay=False), help="Export the fact graph as GEXF (Gephi).")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats(graph: Path | None, store_dir: Path | None, top: int, graphml: Path | None, gexf: Path | None,
          as_json: bool) -> None:
    """Network analysis of a graph file or the store: most central actors, communities, degree distribution."""
    import json

    from .analyse import format_stats, to_networkx, write_graph_file
    from .analyse import stats as compute

    try:
        g = to_networkx(_source(graph, store_dir))
        s = compute(g, top)
        click.echo(json.dumps(s, indent=1, ensure_ascii=False) if as_json else format_stats(s))
        for path in (graphml, gexf):
            if path is not None:
                click.echo(f"wrote {write_graph_file(g, path)}")
    except KgError as exc:
        raise _fail(exc) from None


def main() -> None:
    """The `kg` command. Once a command is done, the process ends without tearing the interpreter down:
    freeing the model, the lexicon and every module object one by one takes 0.4 s after a build, and
    nothing is left to write (files and store are closed, streams flushed, exit handlers run)."""
    try:
        cli(prog_name="kg")
        code = 0
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:  # stdout closed or its reader gone ("kg query ... | head -1"): nothing to tell it
        if exc.errno not in (errno.EPIPE, errno.EBADF):
            raise
        code = 1
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: what was not read cannot be written now
            code = code or 1
    os._exit(code or 0)


if __name__ == "__main__":
    main()
