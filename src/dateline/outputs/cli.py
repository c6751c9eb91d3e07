"""The `dateline` command: a thin layer over the library API."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import click
from tqdm import tqdm

from dateline import __version__
from dateline.collection.ingest import RecordError, documents
from dateline.config import ALL_STAGES, Settings
from dateline.ingest import read_inputs
from dateline.outputs.summary import summarize
from dateline.outputs.writers import write_records
from dateline.pipeline import process_all
from dateline.record import Document, InputKind, json_schema

KINDS = [k.value for k in InputKind if k is not InputKind.parquet]


def input_options(command):
    """Options shared by every command that reads pages."""
    options = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True)),
        click.option("--kind", type=click.Choice(KINDS), default=None,
                     help="Declare the input kind instead of detecting it. 'article-text' is clean prose: "
                          "nothing is removed; 'page-text' is a flattened page with its furniture."),
        click.option("--url", default=None, help="URL of the page(s), used as evidence."),
        click.option("--published", default=None, metavar="DATE",
                     help="Known publication date (ISO 8601), used as the anchor for relative dates."),
        click.option("--stages", default=None, metavar="LIST",
                     help=f"Comma-separated stages to run (default: all of {','.join(ALL_STAGES)})."),
        click.option("--model", "spacy_model", default=None,
                     help="spaCy pipeline to load (default en_core_web_sm; env DATELINE_SPACY_MODEL)."),
        click.option("--time-limit", type=float, default=None,
                     help="Seconds a document may spend in one stage (default 30)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_settings(stages: str | None, spacy_model: str | None, time_limit: float | None) -> Settings:
    stage_list = tuple(s.strip() for s in stages.split(",")) if stages else None
    if stage_list:
        unknown = [s for s in stage_list if s not in ALL_STAGES]
        if unknown:
            raise click.BadParameter(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(ALL_STAGES)}",
                                     param_hint="--stages")
    return Settings.from_env(stages=stage_list, spacy_model=spacy_model, time_limit=time_limit)


def _documents(paths, settings: Settings, kind: str | None, url: str | None, published: str | None):
    """The records of PATHS for a listing command: records `extract` or `run` wrote as they are, other inputs
    processed now (`collection.ingest.documents`); a records file with a bad line stops with its place."""
    try:
        yield from documents(paths, settings, kind=InputKind(kind) if kind else None, url=url, published=published)
    except RecordError as exc:
        raise click.ClickException(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main():
    """dateline: captured news pages in, citable facts out.

    Reads HTML files, directories, WARC archives, JSONL of {url, html} and flattened page text, and
    writes one record per article: the clean text, its furniture and metadata, and every annotation as
    character offsets into the text.
    """


@main.command()
@input_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write records here (default: stdout).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl",
              help="JSONL (one record per line, default) or one JSON array.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes. Above 1, a process pool with a hard per-document time limit "
                   "(DATELINE_WORKER_TIME_LIMIT, default 120 s); records keep the input order.")
def extract(paths, kind, url, published, stages, spacy_model, time_limit, output, fmt, progress, workers):
    """Extract one record per document found in PATHS ('-' reads stdin).

    A document that cannot be processed still gets a record, with an error code; the run ends with a
    summary on stderr and exits non-zero only if every document failed.
    """
    settings = make_settings(stages, spacy_model, time_limit)
    pages = read_inputs(paths, kind=InputKind(kind) if kind else None, url=url, published=published,
                        max_bytes=settings.max_input_bytes, max_nesting=settings.max_nesting)
    if workers > 1:
        from dateline.scale import ProcessPool

        pool = ProcessPool(settings, workers)
        docs = write_records(pool.map(pages), output, fmt)
    else:
        pool = None
        docs = write_records(process_all(pages, settings), output, fmt)
    counts: Counter = Counter()
    bar = tqdm(docs, unit="doc", file=sys.stderr, disable=not progress if progress is not None else None,
               dynamic_ncols=True)
    for doc in bar:
        counts["documents"] += 1
        counts["failed" if doc.errors else "ok"] += 1
        for problem in doc.errors:
            counts[f"error:{problem.code}"] += 1
    output.flush()
    if pool is not None:
        pool.close()
    errors = ", ".join(f"{k[6:]} {v}" for k, v in sorted(counts.items()) if k.startswith("error:"))
    click.echo(f"dateline: {counts['documents']} documents, {counts['ok']} ok, {counts['failed']} failed"
               + (f" ({errors})" if errors else ""), err=True)
    if counts["documents"] and counts["failed"] == counts["documents"]:
        sys.exit(1)


@main.command()
@click.argument("records", nargs=-1, type=click.File("r", encoding="utf-8"))
def show(records):
    """Print a short readable summary of records written by `extract` (JSONL files, '-' for stdin)."""
    for handle in records or [click.get_text_stream("stdin")]:
        for line in handle:
            if line.strip():
                click.echo(summarize(Document.model_validate_json(line)) + "\n")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--input", "lists", multiple=True, type=click.File("r", encoding="utf-8"), metavar="LIST",
              help="File listing inputs (WARC paths or http(s) URLs, directories, files), one per line; repeatable.")
@click.option("--output", required=True, type=click.Path(file_okay=False), metavar="DIR",
              help="Directory of Parquet tables (articles, quotes, events, mentions) and shard markers.")
@click.option("--engine", type=click.Choice(["local", "pool", "ray"]), default="local", show_default=True,
              help="local: this process; pool: local worker processes; ray: Ray Data (pip install "
                   "dateline[ray]; joins RAY_ADDRESS if set, else starts Ray on this machine).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes (pool) or actors (ray).")
@click.option("--pages-per-shard", type=click.IntRange(min=1), default=500, show_default=True,
              help="WARC response records (or files) per shard, the unit of resumption.")
@click.option("--stages", default=None, metavar="LIST",
              help=f"Comma-separated stages to run (default: all of {','.join(ALL_STAGES)}).")
@click.option("--model", "spacy_model", default=None, help="spaCy pipeline to load (default en_core_web_sm).")
@click.option("--time-limit", type=float, default=None, help="Seconds a document may spend in one stage.")
def run(paths, lists, output, engine, workers, pages_per_shard, stages, spacy_model, time_limit):
    """Process a crawl (PATHS and --input lists) into Parquet in DIR, shard by shard, resumably.

    Finished shards leave a marker in DIR/_done and are skipped by a rerun; unfinished ones are redone
    without duplicating rows. A page that fails, hangs or crashes its worker becomes one error row.
    """
    from dateline.scale import run as run_shards

    inputs = list(paths) + [line.strip() for handle in lists for line in handle
                            if line.strip() and not line.lstrip().startswith("#")]
    if not inputs:
        raise click.UsageError("no inputs: give PATHS or --input LIST")
    settings = make_settings(stages, spacy_model, time_limit)
    results = run_shards(inputs, output, settings, engine=engine, workers=workers, pages_per_shard=pages_per_shard)
    ran = [r for r in results if not r.skipped]
    documents, failed = sum(r.documents for r in ran), sum(r.failed for r in ran)
    click.echo(f"dateline: {len(ran)} shards run, {len(results) - len(ran)} already done; {documents} documents, "
               f"{failed} failed; Parquet in {output}", err=True)
    if documents and failed == documents:
        sys.exit(1)


@main.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              help="A readable table (default) or one JSON object per quote (per speaker with --by-speaker).")
@click.option("--by-speaker", is_flag=True, help="Group every quote by the person who said it (speaker index).")
def quotes(paths, kind, url, published, stages, spacy_model, time_limit, fmt, by_speaker):
    """List who said what in the documents of PATHS: direct, mixed and indirect quotes with their speakers."""
    from dateline.quotes import report

    settings = make_settings(stages or "clean,language,quotes", spacy_model, time_limit)
    docs = _documents(paths, settings, kind, url, published)
    if by_speaker:
        lines = report.by_speaker(docs, as_json=fmt == "jsonl")
    else:
        lines = report.jsonl(docs) if fmt == "jsonl" else report.table(docs)
    for line in lines:
        click.echo(line)


@main.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              help="A readable table (default) or one JSON object per dated statement.")
def timeline(paths, kind, url, published, stages, spacy_model, time_limit, fmt):
    """Print the dated statements of the documents in PATHS in date order, across documents."""
    from dateline.time import report

    settings = make_settings(stages, spacy_model, time_limit)
    docs = _documents(paths, settings, kind, url, published)
    for line in report.jsonl(docs) if fmt == "jsonl" else report.table(docs):
        click.echo(line)


@main.command()
@input_options
@click.option("--place", default=None, metavar="NAME",
              help="Only events at (or aimed at) a place whose name contains NAME.")
@click.option("--actor", default=None, metavar="NAME", help="Only events whose actor's name contains NAME.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "geojson"]), default="table",
              help="A readable table (default), one JSON object per event, or GeoJSON of geocoded events.")
@click.option("--geojson", "as_geojson", is_flag=True, help="Same as --format geojson.")
def events(paths, kind, url, published, stages, spacy_model, time_limit, place, actor, fmt, as_geojson):
    """List the events of the documents in PATHS in date order: who did what to whom, where, when, on whose word."""
    from dateline.events import report

    settings = make_settings(stages, spacy_model, time_limit)
    docs = _documents(paths, settings, kind, url, published)
    rows = report.select(docs, place=place, actor=actor)
    if as_geojson or fmt == "geojson":
        click.echo(report.geojson(rows))
        return
    for line in report.jsonl(rows) if fmt == "jsonl" else report.table(rows):
        click.echo(line)


@main.command()
def schema():
    """Print the JSON Schema of a record."""
    click.echo(json.dumps(json_schema(), indent=2))


DB_OPTION = click.option("--db", "db_path", default=None, metavar="PATH",
                         help="SQLite collection (default dateline.db; env DATELINE_STORE_PATH).")


@main.command()
@input_options
@DB_OPTION
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
def ingest(paths, kind, url, published, stages, spacy_model, time_limit, db_path, progress):
    """Process PATHS into the collection store (also JSONL records written by `extract`, as they are).

    Idempotent and committed a batch at a time: run it again after an interruption and it continues.
    """
    from dateline.collection import Store
    from dateline.collection import ingest as ingest_paths

    settings = make_settings(stages, spacy_model, time_limit)
    db_path = db_path or settings.store_path
    with Store(db_path, settings) as store, \
            tqdm(unit="doc", file=sys.stderr, disable=not progress if progress is not None else None,
                 dynamic_ncols=True) as bar:
        try:
            report = ingest_paths(store, paths, settings, kind=InputKind(kind) if kind else None, url=url,
                                  published=published, progress=bar.update)
        except RecordError as exc:
            raise click.ClickException(f"{exc}; earlier batches are stored") from None
        counts = store.counts()
    click.echo(f"dateline: {report.seen} documents read, {report.added} added, {report.skipped} already stored, "
               f"{report.failed} with errors; {db_path} holds {counts['documents']} articles "
               f"({counts['duplicates']} duplicates, {counts['stories']} stories), {counts['quotes']} quotes, "
               f"{counts['merged_events']} merged events", err=True)


@main.command()
@DB_OPTION
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1: this machine only).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--token", default=None, envvar="DATELINE_API_TOKEN",
              help="Enable POST /api/ingest for clients presenting this Bearer token (default: read-only).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes sharing the port (one per core keeps latency low under load).")
def serve(db_path, host, port, token, workers):
    """Serve the HTTP API and the web UI of a collection."""
    import uvicorn

    from dateline.outputs.api import create_app

    settings = Settings.from_env(api_host=host, api_port=port, api_token=token)
    db_path = db_path or settings.store_path
    if not Path(db_path).exists() and not settings.api_token:
        raise click.ClickException(f"no collection at {db_path}: "
                                   f"fill one with `dateline ingest PATH... --db {db_path}`")
    click.echo(f"dateline: serving {db_path} at http://{settings.api_host}:{settings.api_port}/ "
               f"({'ingest enabled with token' if settings.api_token else 'read-only'}"
               f"{f', {workers} processes' if workers > 1 else ''})", err=True)
    if workers == 1:
        uvicorn.run(create_app(db_path, settings), host=settings.api_host, port=settings.api_port,
                    log_level="warning")
        return
    os.environ["DATELINE_STORE_PATH"] = str(Path(db_path).resolve())  # read by each process's app factory
    if settings.api_token:
        os.environ["DATELINE_API_TOKEN"] = settings.api_token
    uvicorn.run("dateline.outputs.api:app_from_environment", factory=True, workers=workers,
                host=settings.api_host, port=settings.api_port, log_level="warning")


@main.command()
@DB_OPTION
@click.option("--table", type=click.Choice(["articles", "quotes", "events", "mentions"]), required=True,
              help="What to export: articles, quotes, merged events, or event mentions across articles.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
def export(db_path, table, fmt, output):
    """Export a table of the collection as JSONL, CSV or Parquet."""
    from dateline.collection.export import export as export_table
    from dateline.collection.store import connect

    db_path = db_path or Settings.from_env().store_path
    count = export_table(connect(db_path, readonly=True), table, fmt, output)
    click.echo(f"dateline: wrote {count} {table} to {output}", err=True)


if __name__ == "__main__":
    main()
