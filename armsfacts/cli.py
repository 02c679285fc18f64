"""The command line: parse arguments, call the query layer, hand the result to the output.

\b
Exit codes (see errors.ExitCode): 0 success (an empty result too), 1 data or runtime
error, 2 usage error, 3 no such record, 130 interrupted.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from pydantic import BaseModel

from . import query, views
from .dataset import load
from .errors import ArmsfactsError, ExitCode
from .models import Agency, Dataset, Fact, Initiative, Person, Source
from .output import FORMATS, write_detail, write_list

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_CODES_HELP = """
\b
Exit codes: 0 success (also for an empty result), 1 data or runtime error,
2 usage error, 3 no such record, 130 interrupted.
"""


class ArmsfactsGroup(click.Group):
    """Turns domain errors into a message on stderr and an exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArmsfactsError as exc:
            report_error(exc)
            ctx.exit(exc.exit_code)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(ExitCode.INTERRUPTED)


def report_error(exc: ArmsfactsError) -> None:
    message = f"Error: {exc.message}"
    if exc.suggestions:
        message += "\nDid you mean: " + ", ".join(exc.suggestions) + "?"
    click.echo(message, err=True)


# ---------------------------------------------------------------------------
# Shared options.


def output_options(func: F) -> F:
    """--format/-f and --json, for every command that prints records."""

    @click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS, case_sensitive=False),
        default=None,
        help="Output format. Default: table on a terminal, plain (tab-separated lines) in a pipe.",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print JSON (same as --format json).")
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, as_json: bool, **kwargs: Any) -> Any:
        if as_json:
            if fmt not in (None, "json"):
                raise click.UsageError(f"--json and --format {fmt} contradict each other.")
            fmt = "json"
        if fmt is None:
            fmt = "table" if sys.stdout.isatty() else "plain"
        return func(*args, fmt=fmt.lower(), **kwargs)

    return wrapper  # type: ignore[return-value]


def dataset(ctx: click.Context) -> Dataset:
    obj = ctx.find_root().ensure_object(dict)
    if "dataset" not in obj:
        obj["dataset"] = load()
    ds: Dataset = obj["dataset"]
    return ds


def _color(ctx: click.Context) -> bool:
    root = ctx.find_root().ensure_object(dict)
    return not (root.get("no_color") or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


def emit_list(ctx: click.Context, fmt: str, records: Sequence[BaseModel], kind: type, empty: str) -> None:
    ds = dataset(ctx)
    if not records and fmt != "json":
        click.echo(empty, err=True)
        return
    write_list(sys.stdout, fmt, records, views.columns_for(kind, ds), color=_color(ctx))


def emit_detail(ctx: click.Context, fmt: str, record: BaseModel, detail: views.Detail) -> None:
    write_detail(sys.stdout, fmt, record, detail, color=_color(ctx))


# ---------------------------------------------------------------------------
# Commands.


@click.group(cls=ArmsfactsGroup, context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="armsfacts", prog_name="armsfacts", message="%(prog)s %(version)s")
@click.option("--no-color", is_flag=True, help="No colour in tables (also: NO_COLOR set, TERM=dumb).")
@click.pass_context
def cli(ctx: click.Context, no_color: bool) -> None:
    """Look up the figures officials report on firearms trafficking from the U.S. into Mexico.

    \b
    Examples:
      armsfacts stats
      armsfacts stats --initiative last-mile --json
      armsfacts operation last-mile
      armsfacts show last-mile-arrests
    """
    ctx.ensure_object(dict)["no_color"] = no_color


@cli.command(epilog=EXIT_CODES_HELP)
@click.option("--metric", help="Only this metric, e.g. arrests, firearms_seized.")
@click.option("--agency", help="Only figures tied to this agency (code or name) or its components.")
@click.option("--initiative", "--operation", "initiative", help="Only figures of this operation, program, law, ….")
@click.option(
    "--country", type=click.Choice(["US", "MX"], case_sensitive=False), help="Only figures counted in this country."
)
@click.option("--year", type=int, help="Only figures whose period touches this year.")
@click.option("--source", help="Only figures from this source id.")
@click.option("--search", "text", help="Only figures whose text contains this (accents and case ignored).")
@click.option(
    "--sort",
    type=click.Choice([*query.SORT_FIELDS, *(f"-{f}" for f in query.SORT_FIELDS)], case_sensitive=False),
    help="Sort by a field; a leading '-' sorts in descending order.",
)
@output_options
@click.pass_context
def stats(
    ctx: click.Context,
    metric: str | None,
    agency: str | None,
    initiative: str | None,
    country: str | None,
    year: int | None,
    source: str | None,
    text: str | None,
    sort: str | None,
    fmt: str,
) -> None:
    """Every figure, or those matching the filters (they combine).

    \b
    Examples:
      armsfacts stats
      armsfacts stats --metric arrests --year 2023
      armsfacts stats --operation last-mile --json
      armsfacts stats --sort -value --format table
    """
    facts = query.filter_facts(
        dataset(ctx),
        metric=metric,
        agency=agency,
        initiative=initiative,
        country=country,
        year=year,
        source=source,
        search=text,
        sort=sort and sort.lower(),
    )
    emit_list(ctx, fmt, facts, Fact, "No figures match these filters.")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("fact_id", metavar="ID")
@output_options
@click.pass_context
def show(ctx: click.Context, fact_id: str, fmt: str) -> None:
    """One figure in full: what it counts, its period, its source and caveats.

    \b
    Example:
      armsfacts show last-mile-firearms-seized
    """
    ds = dataset(ctx)
    fact = query.get_fact(ds, fact_id)
    emit_detail(ctx, fmt, fact, views.fact_detail(ds, fact))


def _initiatives(ctx: click.Context, name: str | None, fmt: str, kind: str | None) -> None:
    ds = dataset(ctx)
    if name is None:
        emit_list(ctx, fmt, query.list_initiatives(ds, kind), Initiative, "No initiatives of that kind.")
        return
    detail = query.initiative_detail(ds, name, kind)
    emit_detail(ctx, fmt, detail, views.initiative_detail(ds, detail))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("name", required=False)
@output_options
@click.pass_context
def operation(ctx: click.Context, name: str | None, fmt: str) -> None:
    """The operations; with a NAME, one operation with its period, targets and figures.

    \b
    Examples:
      armsfacts operation
      armsfacts operation last-mile
      armsfacts operation "Operation Last Mile" --json
    """
    _initiatives(ctx, name, fmt, "operation")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("name", required=False)
@click.option(
    "--kind",
    type=click.Choice(["operation", "program", "system", "law", "framework", "dialogue"]),
    help="Only initiatives of this kind.",
)
@output_options
@click.pass_context
def initiative(ctx: click.Context, name: str | None, fmt: str, kind: str | None) -> None:
    """Operations, programs, systems, laws, frameworks and dialogues; with a NAME, one in full.

    \b
    Examples:
      armsfacts initiative
      armsfacts initiative etrace
      armsfacts initiative "Safer Communities Act" --json
    """
    _initiatives(ctx, name, fmt, kind)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("code", required=False)
@click.option("--country", type=click.Choice(["US", "MX"], case_sensitive=False), help="Only this country's agencies.")
@output_options
@click.pass_context
def agency(ctx: click.Context, code: str | None, country: str | None, fmt: str) -> None:
    """The agencies of both countries; with a CODE, one with its officials and figures.

    \b
    Examples:
      armsfacts agency --country MX
      armsfacts agency FGR
      armsfacts agency atf --json
    """
    ds = dataset(ctx)
    if code is None:
        emit_list(ctx, fmt, query.list_agencies(ds, country), Agency, "No agencies match.")
        return
    detail = query.agency_detail(ds, code)
    emit_detail(ctx, fmt, detail, views.agency_detail(ds, detail))


@cli.command(epilog=EXIT_CODES_HELP)
@click.option("--agency", help="Only officials of this agency (code or name) or its components.")
@output_options
@click.pass_context
def people(ctx: click.Context, agency: str | None, fmt: str) -> None:
    """The officials named in the sources, with their role and agency.

    \b
    Examples:
      armsfacts people
      armsfacts people --agency FGR --json
    """
    emit_list(ctx, fmt, query.list_people(dataset(ctx), agency), Person, "No officials match.")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("source_id", metavar="ID", required=False)
@output_options
@click.pass_context
def source(ctx: click.Context, source_id: str | None, fmt: str) -> None:
    """The sources; with an ID, everything known about one and the figures taken from it.

    \b
    Examples:
      armsfacts source
      armsfacts source salazar-roundtable-2023-12-04
    """
    ds = dataset(ctx)
    if source_id is None:
        emit_list(ctx, fmt, ds.sources, Source, "No sources.")
        return
    detail = query.source_detail(ds, source_id)
    emit_detail(ctx, fmt, detail, views.source_detail(ds, detail))


@cli.command(name="search", epilog=EXIT_CODES_HELP)
@click.argument("text")
@output_options
@click.pass_context
def search_command(ctx: click.Context, text: str, fmt: str) -> None:
    """Search figures, initiatives, agencies, people and sources (accents and case ignored).

    \b
    Examples:
      armsfacts search rodriguez
      armsfacts search fiscalia --json
    """
    hits = query.search(dataset(ctx), text)
    emit_list(ctx, fmt, hits, query.SearchHit, f"Nothing matches {text!r}.")
