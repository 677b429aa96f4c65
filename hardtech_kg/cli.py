"""`hardtech-kg`: a thin click CLI over the library; domain errors become click errors."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import HardtechError, NotBuilt
from .settings import Settings


def domain_errors(func):
    """Show a `HardtechError` as a one-line message and exit 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except HardtechError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


@click.group()
@click.version_option(__version__, prog_name="hardtech-kg")
def cli() -> None:
    """Turn Chinese hard-tech policy reports into a searchable document store and knowledge graph."""


out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("build"),
    show_default=True,
    help="Build folder.",
)


@cli.command()
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="Folder of .txt/.md documents (with an optional manifest.json).",
)
@out_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--no-cache", is_flag=True, help="Extract every document again instead of reusing unchanged ones from <out>/.cache.")
@click.option(
    "--max-document-mb",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Refuse larger documents (default 4 MB: a build holds ~1 GB per million characters).",
)
@domain_errors
def build(corpus_dir: Path, out_dir: Path, quiet: bool, no_cache: bool, max_document_mb: float | None) -> None:
    """Parse every document of the corpus and write the build (atomically).

    Documents whose bytes, title and extraction code are unchanged since the
    last build reuse their cached extraction; the result is the same as a
    full build.
    """
    from .build import build as run_build

    limits = {"max_document_bytes": int(max_document_mb * 2**20)} if max_document_mb else {}
    settings = Settings(corpus_dir=corpus_dir, out_dir=out_dir, cache=not no_cache, **limits)
    if not quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("build", total=None)

            def tell(stage: str, done: int, total: int) -> None:
                progress.update(task, description=stage, completed=done, total=total or None)

            report = run_build(settings, tell)
    else:
        report = run_build(settings)
    for warning in report.warnings:
        click.secho(f"warning: {warning}", fg="yellow", err=True)
    if quiet:
        return
    for doc in report.documents:
        click.echo(
            f"{doc.file} [{doc.encoding}]: {doc.chars:,} characters, {doc.paragraphs} paragraphs, "
            f"{doc.sections} sections, {doc.tables} tables, {doc.footnotes} footnotes, "
            f"{doc.rejoined} paragraphs re-joined across page breaks, "
            f"TOC {doc.toc_matched}/{doc.toc_entries} entries matched"
        )
    reused = f"; {len(report.reused)} of {len(report.documents)} documents unchanged, reused from the cache" if report.reused else ""
    click.echo(f"wrote {report.db_path} in {report.seconds:.2f} s{reused}")


@cli.command()
@out_option
@click.option("--port", "-p", type=int, default=8001, show_default=True)
@click.option("--host", "-h", default="127.0.0.1", show_default=True)
@click.option(
    "--metadata",
    "metadata_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Datasette metadata (default: the project's metadata.json).",
)
@domain_errors
def serve(out_dir: Path, port: int, host: str, metadata_path: Path | None) -> None:
    """Serve the build with Datasette (read-only) at http://HOST:PORT/."""
    settings = Settings(out_dir=out_dir, metadata_path=metadata_path)
    if not settings.db_path.is_file():
        raise NotBuilt(f"{settings.db_path} not found: run `hardtech-kg build` first")
    from datasette.cli import cli as datasette_cli

    # Immutable: opened read-only, no writes of any kind; --cors: read-only JSON for other origins' pages.
    args = ["serve", "--immutable", str(settings.db_path), "--host", host, "--port", str(port), "--cors"]
    metadata = settings.resolved_metadata()
    if metadata is not None:
        args += ["--metadata", str(metadata)]
    args += datasette_settings()
    datasette_cli.main(args=args, prog_name="hardtech-kg serve")


TABLE_FORMATS = ["json", "csv", "tsv", "xml"]
GRAPH_FORMATS = ["turtle", "nt", "rdfxml", "jsonld"]


@cli.command()
@click.argument("query")
@out_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", *TABLE_FORMATS, *GRAPH_FORMATS]),
    default="table",
    show_default=True,
    help="table (plain text) or a W3C results format for SELECT/ASK; an RDF format for CONSTRUCT/DESCRIBE (table: Turtle).",
)
@click.option("--endpoint", default=None, help="Query this SPARQL 1.1 endpoint instead of the local build.")
@domain_errors
def sparql(query: str, out_dir: Path, fmt: str, endpoint: str | None) -> None:
    """Run a SPARQL query (`-` reads it from stdin); the usual prefixes are predeclared."""
    from .errors import QueryError
    from .graph import query as q
    from .graph import sparql as checks

    if query == "-":
        query = sys.stdin.read()
    form = (checks.form(query) if endpoint else checks.check(query)).form
    graph = form in ("construct", "describe")
    if graph and fmt in ("table", "json"):
        fmt = {"table": "turtle", "json": "jsonld"}[fmt]
    if graph and fmt not in GRAPH_FORMATS:
        raise QueryError(f"a {form.upper()} query gives a graph: use --format {', '.join(GRAPH_FORMATS)}")
    if not graph and fmt in GRAPH_FORMATS:
        raise QueryError(f"a {form.upper()} query gives a table: use --format table, {', '.join(TABLE_FORMATS)}")
    wire = "json" if fmt == "table" else fmt
    if endpoint:
        from .graph.remote import query_endpoint

        media = (q.GRAPH_FORMATS if graph else q.RESULT_FORMATS)[wire][1]
        _, payload = query_endpoint(endpoint, query, media)
    else:
        form, result = q.run(q.open_store(out_dir), query)
        payload, _ = q.serialize(form, result, wire)
    if fmt == "table":
        click.echo(q.to_table(json.loads(payload)))
    else:
        click.echo(payload.decode("utf-8"), nl=not payload.endswith(b"\n"))


@cli.command()
@out_option
@click.option("--store", "store_url", required=True, help="SPARQL 1.1 Graph Store Protocol URL (e.g. http://localhost:7878/store).")
@domain_errors
def push(out_dir: Path, store_url: str) -> None:
    """Load the graph into a triple store (replaces its default graph, or ?graph=IRI)."""
    from .graph.push import push as push_graph

    sent = push_graph(out_dir, store_url)
    click.echo(f"sent {sent:,} bytes of N-Triples to {store_url}")


@cli.command("trace")
@click.argument("city")
@out_option
@click.option("--json", "as_json", is_flag=True, help="The trace as JSON (the shape in docs/design.md).")
@domain_errors
def trace_command(city: str, out_dir: Path, as_json: bool) -> None:
    """How CITY's composite score is made: dimensions, indicators and the institutions they count."""
    from .trace import render, trace

    result = trace(out_dir, city)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(render(result), nl=False)


@cli.command("eval")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"), show_default=True)
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Gold folder (default: tests/gold of the project).")
@click.option("--errors", "show_errors", is_flag=True, help="List missed and spurious spans.")
@click.option(
    "--documents",
    "documents_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Score whole documents instead: a folder of documents with their gold in DIR/gold (e.g. tests/gold/real/dev).",
)
@domain_errors
def evaluate_command(corpus_dir: Path, gold_dir: Path | None, show_errors: bool, documents_dir: Path | None) -> None:
    """Precision, recall and F1 per entity type against the hand-checked gold annotation.

    With --documents, the whole pipeline is built on a folder of real reports and
    scored per document and per kind: cities, institutions (with their type),
    titled policies, persons, placements and dated milestones.
    """
    from .evaluate import evaluate, format_report
    from .settings import PROJECT_ROOT

    if documents_dir is not None:
        from .evaluate_documents import evaluate_documents, format_document_report

        report = evaluate_documents(documents_dir)
        click.echo(format_document_report(report))
        if show_errors:
            for doc, kind, what, text, context in report.errors:
                click.echo(f"{what:<8} {kind:<11} {doc[:24]:<24} {text!r:<30} …{context}…")
        return
    report = evaluate(corpus_dir, gold_dir or PROJECT_ROOT / "tests" / "gold")
    click.echo(format_report(report))
    if show_errors:
        for kind, group, text, context in report.errors:
            click.echo(f"{kind:<8} {group:<11} {text!r:<24} …{context}…")


def datasette_settings() -> list[str]:
    """Datasette settings used wherever the project serves its database."""
    pairs = {"truncate_cells_html": "300", "default_page_size": "50", "sql_time_limit_ms": "3000"}
    return [arg for key, value in pairs.items() for arg in ("--setting", key, value)]


def main() -> None:  # pragma: no cover - console-script entry
    cli(prog_name="hardtech-kg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
