"""The `kg` command: a thin layer over the library. Each command parses its options, calls one
library function, and turns the library's errors into a one-line message and a non-zero exit."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .config import DEFAULT_OUT, example_article
from .errors import KgError


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """newskg: turn news articles into a knowledge graph of who did what to whom."""


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Folder for graph.ttl, graph.trig and graph.html.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of text inputs (e.g. latin-1).")
@click.option("--format", "formats", multiple=True, type=click.Choice(["nq", "nq.gz", "nt", "jsonld"]),
              help="Also write graph.FORMAT (repeatable).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep only the N most important nodes on the page.")
@click.option("--timestamp", is_flag=True, help="Record the build time in the run graph (output then differs per run).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Persistent store to add the build to (default: OUT/store); rebuilt articles replace their graph.")
@click.option("--no-store", is_flag=True, help="Do not update a store.")
@click.option("--png", "png", type=click.Path(path_type=Path, dir_okay=False),
              help="Also save a screenshot of the page (needs Debian's chromium).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes for parsing.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: this machine, or a Dask cluster.")
@click.option("--scheduler", help="Dask scheduler address for --engine dask (e.g. tcp://10.0.0.5:8786).")
@click.option("--no-cache", is_flag=True, help="Re-parse every article (ignore OUT/.cache).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs: tuple[Path, ...], out: Path, encoding: str, formats: tuple[str, ...], no_page: bool,
          max_nodes: int | None, timestamp: bool, store_dir: Path | None, no_store: bool, png: Path | None,
          jobs: int, engine: str, scheduler: str | None, no_cache: bool, quiet: bool) -> None:
    """Build the graph from article files (.txt .md .html .json .jsonl .csv) or folders.

    With no INPUTS, builds the bundled example article. Writes OUT/graph.ttl, OUT/graph.trig
    and OUT/graph.html, and prints a summary.
    """
    from datetime import datetime, timezone

    from .pipeline import build as run_build

    paths = list(inputs) or [example_article()]
    stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat() if timestamp else None
    try:
        report = run_build(paths, out, encoding=encoding, page=not no_page, extra_formats=formats,
                           max_nodes=max_nodes, timestamp=stamp,
                           store=None if no_store else (store_dir or out / "store"),
                           jobs=jobs, engine=engine, scheduler=scheduler, cache=not no_cache, quiet=quiet)
    except KgError as exc:
        raise _fail(exc) from None
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"articles read: {report.articles}" + (f" ({report.cached} unchanged, from cache)" if report.cached else ""))
    click.echo("entities: " + (", ".join(f"{t} {n}" for t, n in sorted(report.entities.items())) or "none"))
    click.echo(f"events: {report.events}")
    click.echo("edges: " + (", ".join(f"{f} {n}" for f, n in sorted(report.edges.items())) or "none"))
    click.echo(f"quads: {report.triples}")
    for f in report.files:
        click.echo(f"wrote {f}")
    if report.store_quads is not None:
        click.echo(f"store: {report.store_quads} quads in {store_dir or out / 'store'}")
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
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--per-graph/--union", default=True, show_default=True,
              help="Score each article on its own named graph.")
@click.option("--quiet", is_flag=True, help="Totals only.")
def eval_(graph: Path, gold: tuple[Path, ...], per_graph: bool, quiet: bool) -> None:
    """Score a built graph against gold YAML files: P/R/F1 per family, misses and false positives."""
    from .evaluate import format_report, score

    try:
        result = score(graph, list(gold), per_graph=per_graph)
    except KgError as exc:
        raise _fail(exc) from None
    click.echo(format_report(result, quiet=quiet))


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
def validate(graph: Path) -> None:
    """Check a graph file against the SHACL shapes; exit 1 with the violations in plain words."""
    from .validate import validate_file

    try:
        report = validate_file(graph)
    except KgError as exc:
        raise _fail(exc) from None
    if report.conforms:
        click.echo(f"{graph}: conforms")
        return
    for line in report.messages:
        click.echo(line)
    raise click.ClickException(f"{graph}: {len(report.messages)} violation(s)")


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="HTML file to write (default: graph.html beside GRAPH).")
@click.option("--max-nodes", type=click.IntRange(min=1), help="Keep only the N most important nodes.")
@click.option("--png", "png", type=click.Path(path_type=Path, dir_okay=False),
              help="Also save a screenshot of the page (needs Debian's chromium).")
def show(graph: Path, out: Path | None, max_nodes: int | None, png: Path | None) -> None:
    """Write the interactive page for a graph file (and optionally a PNG of it)."""
    from .show import screenshot, write_html
    from .store import load_file, open_store

    try:
        st = open_store()
        load_file(st, graph)
        path = write_html(st, out or graph.with_name("graph.html"), max_nodes)
        click.echo(f"wrote {path}")
        if png is not None:
            click.echo(f"wrote {screenshot(path, png)}")
    except KgError as exc:
        raise _fail(exc) from None


@cli.command()
@click.argument("query")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Query this embedded store (default: output/store when no --graph is given).")
@click.option("--graph", "graph", type=click.Path(exists=True, path_type=Path, dir_okay=False),
              help="Query this graph file instead of a store.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable safely (a literal, or an IRI written <...>); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True)
def query(query: str, store_dir: Path | None, graph: Path | None, params: tuple[str, ...], fmt: str) -> None:
    """Ask a SPARQL question: QUERY is a canned query NAME, a .rq file, or SPARQL text.

    Canned queries live in ontology/queries (e.g. `kg query who-called-whom`).
    """
    from .query import format_result, parse_params, query_text
    from .store import load_file, open_store
    from .store import query as run

    try:
        text = query_text(query)
        bound = parse_params(params)
        if graph is not None:
            st = open_store()
            load_file(st, graph)
        else:
            st = open_store(store_dir or DEFAULT_OUT / "store", read_only=True)
            if not len(st):
                raise KgError(f"the store {store_dir or DEFAULT_OUT / 'store'} is empty; build into it first")
        click.echo(format_result(run(st, text, bound), fmt))
    except KgError as exc:
        raise _fail(exc) from None


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_OUT / "store", show_default=True, help="The store to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (keep it local).")
@click.option("--port", default=7879, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", default=10.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-rows", default=10_000, show_default=True, help="Rows a query may return.")
def serve(store_dir: Path, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store as a read-only SPARQL endpoint at http://HOST:PORT/query."""
    from .serve import make_server

    try:
        server = make_server(store_dir, host, port, timeout, max_rows)
    except (KgError, OSError) as exc:
        raise _fail(exc) from None
    click.echo(f"serving {store_dir} read-only at http://{host}:{port}/query (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path, dir_okay=False))
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Push this store's graphs instead of a graph file.")
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")
@click.option("--user", help="User name (Virtuoso uses digest auth).")
@click.option("--password", help="Password (or set KG_PASSWORD).", envvar="KG_PASSWORD")
def push(graph: Path | None, store_dir: Path | None, endpoint: str, user: str | None, password: str | None) -> None:
    """Load each named graph into a remote triple store with PUT (so a push replaces)."""
    from .push import push as run_push
    from .store import load_file, open_store

    if (graph is None) == (store_dir is None):
        raise click.UsageError("give either GRAPH or --store")
    try:
        if graph is not None:
            st = open_store()
            load_file(st, graph)
        else:
            st = open_store(store_dir, read_only=True)
        report = run_push(st, endpoint, user, password)
    except KgError as exc:
        raise _fail(exc) from None
    click.echo(f"pushed {len(report.sent)} graph(s), {sum(n for _, n in report.sent)} triples to {endpoint}")
    if report.failed:
        for g, why in report.failed:
            click.echo(f"not loaded: {g} ({why})", err=True)
        raise click.ClickException(f"{len(report.failed)} graph(s) were not loaded")


@cli.command()
@click.argument("graph", type=click.Path(exists=True, path_type=Path, dir_okay=False))
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="How many actors to list.")
@click.option("--graphml", type=click.Path(path_type=Path, dir_okay=False), help="Export the fact graph as GraphML.")
@click.option("--gexf", type=click.Path(path_type=Path, dir_okay=False), help="Export the fact graph as GEXF (Gephi).")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats(graph: Path, top: int, graphml: Path | None, gexf: Path | None, as_json: bool) -> None:
    """Network analysis: most central actors, communities, degree distribution."""
    import json

    from .analyse import format_stats, to_networkx, write_graph_file
    from .analyse import stats as compute
    from .store import load_file, open_store

    try:
        st = open_store()
        load_file(st, graph)
        g = to_networkx(st)
        s = compute(g, top)
        click.echo(json.dumps(s, indent=1, ensure_ascii=False) if as_json else format_stats(s))
        for path in (graphml, gexf):
            if path is not None:
                click.echo(f"wrote {write_graph_file(g, path)}")
    except KgError as exc:
        raise _fail(exc) from None


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
