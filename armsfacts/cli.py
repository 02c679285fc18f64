"""The command line: parse arguments, call the query layer, hand the result to the output.

The commands are here; what surrounds them (errors, language, help) is in console.py, and
the options and steps they share in options.py.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import query, views
from .console import CONTEXT_SETTINGS, EXIT_CODES_HELP, ArmsfactsGroup
from .dataset import data_specs
from .errors import ArmsfactsError, ExitCode
from .i18n import LANGUAGES, _
from .models import Agency, Fact, Initiative, Person, Source
from .options import (
    check_fields,
    complete_agency,
    complete_fact,
    complete_initiative,
    complete_metric,
    complete_operation,
    complete_source,
    dataset,
    emit_detail,
    emit_list,
    no_color_option,
    output_options,
    use_color,
)
from .output import write_records

# ---------------------------------------------------------------------------
# Commands.


@click.group(cls=ArmsfactsGroup, context_settings=CONTEXT_SETTINGS, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="armsfacts", prog_name="armsfacts", message="%(prog)s %(version)s")
@click.option(
    "--data",
    multiple=True,
    metavar="PATH",
    type=click.Path(),
    help="Data to use instead of the built-in data: a JSON file or a folder of them; repeat to merge. "
    "'builtin' names the built-in data. Default: $ARMSFACTS_DATA (paths joined by ':'), else builtin.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of what people read: en or es (Mexican Spanish). "
    "Default: $ARMSFACTS_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en. JSON is the same in both.",
)
@no_color_option
def cli(data: tuple[str, ...], lang: str | None) -> None:
    """Look up the figures officials report on firearms trafficking from the U.S. into Mexico.

    \b
    Examples:
      armsfacts stats
      armsfacts stats --initiative last-mile --json
      armsfacts operation last-mile
      armsfacts show last-mile-arrests
      armsfacts --data builtin --data mine.json stats
    """


@cli.command(epilog=EXIT_CODES_HELP)
@click.option("--metric", shell_complete=complete_metric, help="Only this metric, e.g. arrests, firearms_seized.")
@click.option(
    "--agency",
    shell_complete=complete_agency,
    help="Only figures tied to this agency (code or name) or its components.",
)
@click.option(
    "--initiative",
    "--operation",
    "initiative",
    shell_complete=complete_initiative,
    help="Only figures of this operation, program, law, ….",
)
@click.option(
    "--country", type=click.Choice(["US", "MX"], case_sensitive=False), help="Only figures counted in this country."
)
@click.option("--year", type=int, help="Only figures whose period touches this year.")
@click.option("--source", shell_complete=complete_source, help="Only figures from this source id.")
@click.option("--search", "text", help="Only figures whose text contains this (accents and case ignored).")
@click.option("--disputed", "agreement", flag_value="disputed", help="Only figures the sources disagree on.")
@click.option("--corroborated", "agreement", flag_value="corroborated", help="Only figures several sources agree on.")
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
    agreement: str | None,
    sort: str | None,
    fmt: str,
    fields: list[str] | None,
) -> None:
    """Every figure, or those matching the filters (they combine).

    \b
    Examples:
      armsfacts stats
      armsfacts stats --metric arrests --year 2023
      armsfacts stats --operation last-mile --json
      armsfacts stats --sort -value --fields id,value,unit --format csv
      armsfacts stats --disputed
    """
    prefilter = query.fact_prefilter(metric=metric, country=country, year=year, agreement=agreement)
    facts = query.filter_facts(
        dataset(ctx, keep=prefilter),
        metric=metric,
        agency=agency,
        initiative=initiative,
        country=country,
        year=year,
        source=source,
        search=text,
        agreement=agreement,
        sort=sort and sort.lower(),
    )
    emit_list(ctx, fmt, fields, facts, Fact, _("No figures match these filters."))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("fact_id", metavar="ID", shell_complete=complete_fact)
@output_options
@click.pass_context
def show(ctx: click.Context, fact_id: str, fmt: str, fields: list[str] | None) -> None:
    """One figure in full: what it counts, its period, its source and caveats.

    \b
    Example:
      armsfacts show last-mile-firearms-seized
    """
    ds = dataset(ctx)
    fact = query.get_fact(ds, fact_id)
    emit_detail(ctx, fmt, fields, fact, views.fact_detail(ds, fact))


def _initiatives(ctx: click.Context, name: str | None, fmt: str, fields: list[str] | None, kind: str | None) -> None:
    ds = dataset(ctx)
    if name is None:
        emit_list(ctx, fmt, fields, query.list_initiatives(ds, kind), Initiative)
        return
    detail = query.initiative_detail(ds, name, kind)
    emit_detail(ctx, fmt, fields, detail, views.initiative_detail(ds, detail))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("name", required=False, shell_complete=complete_operation)
@output_options
@click.pass_context
def operation(ctx: click.Context, name: str | None, fmt: str, fields: list[str] | None) -> None:
    """The operations; with a NAME, one operation with its period, targets and figures.

    \b
    Examples:
      armsfacts operation
      armsfacts operation last-mile
      armsfacts operation "Operation Last Mile" --json
    """
    _initiatives(ctx, name, fmt, fields, "operation")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("name", required=False, shell_complete=complete_initiative)
@click.option(
    "--kind",
    type=click.Choice(["operation", "program", "system", "law", "framework", "dialogue"]),
    help="Only initiatives of this kind.",
)
@output_options
@click.pass_context
def initiative(ctx: click.Context, name: str | None, kind: str | None, fmt: str, fields: list[str] | None) -> None:
    """Operations, programs, systems, laws, frameworks and dialogues; with a NAME, one in full.

    \b
    Examples:
      armsfacts initiative
      armsfacts initiative etrace
      armsfacts initiative "Safer Communities Act" --json
    """
    _initiatives(ctx, name, fmt, fields, kind)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("code", required=False, shell_complete=complete_agency)
@click.option("--country", type=click.Choice(["US", "MX"], case_sensitive=False), help="Only this country's agencies.")
@output_options
@click.pass_context
def agency(ctx: click.Context, code: str | None, country: str | None, fmt: str, fields: list[str] | None) -> None:
    """The agencies of both countries; with a CODE, one with its officials and figures.

    \b
    Examples:
      armsfacts agency --country MX
      armsfacts agency FGR
      armsfacts agency atf --json
    """
    ds = dataset(ctx)
    if code is None:
        emit_list(ctx, fmt, fields, query.list_agencies(ds, country), Agency)
        return
    detail = query.agency_detail(ds, code)
    emit_detail(ctx, fmt, fields, detail, views.agency_detail(ds, detail))


@cli.command(epilog=EXIT_CODES_HELP)
@click.option(
    "--agency", shell_complete=complete_agency, help="Only officials of this agency (code or name) or its components."
)
@output_options
@click.pass_context
def people(ctx: click.Context, agency: str | None, fmt: str, fields: list[str] | None) -> None:
    """The officials named in the sources, with their role and agency.

    \b
    Examples:
      armsfacts people
      armsfacts people --agency FGR --json
    """
    emit_list(ctx, fmt, fields, query.list_people(dataset(ctx), agency), Person)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("source_id", metavar="ID", required=False, shell_complete=complete_source)
@output_options
@click.pass_context
def source(ctx: click.Context, source_id: str | None, fmt: str, fields: list[str] | None) -> None:
    """The sources; with an ID, everything known about one and the figures taken from it.

    \b
    Examples:
      armsfacts source
      armsfacts source salazar-roundtable-2023-12-04
    """
    ds = dataset(ctx)
    if source_id is None:
        emit_list(ctx, fmt, fields, ds.sources, Source)
        return
    detail = query.source_detail(ds, source_id)
    emit_detail(ctx, fmt, fields, detail, views.source_detail(ds, detail))


@cli.command(name="search", epilog=EXIT_CODES_HELP)
@click.argument("text")
@output_options
@click.pass_context
def search_command(ctx: click.Context, text: str, fmt: str, fields: list[str] | None) -> None:
    """Search figures, initiatives, agencies, people and sources (accents and case ignored).

    \b
    Examples:
      armsfacts search rodriguez
      armsfacts search fiscalia --json
    """
    hits = query.search(dataset(ctx), text)
    from .details import SearchHit

    emit_list(ctx, fmt, fields, hits, SearchHit, _("Nothing matches {text}.").format(text=repr(text)))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("name", required=False, type=click.Choice(sorted(["fact", "initiative", "initiative-detail", "agency",
    "agency-detail", "person", "source", "source-detail", "search-hit", "error"])))  # fmt: skip
def schema(name: str | None) -> None:
    """The JSON Schema (draft 2020-12) of what --json prints; with a NAME, of one record type.

    \b
    Examples:
      armsfacts schema
      armsfacts schema fact
    """
    from .schema import json_schema

    click.echo(json.dumps(json_schema(name), indent=2, ensure_ascii=False))


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@output_options
@click.pass_context
def validate(ctx: click.Context, paths: tuple[str, ...], fmt: str, fields: list[str] | None) -> None:
    """Check data files and report every problem, with file, line and column (exit 1 if any error).

    \b
    Examples:
      armsfacts validate
      armsfacts validate mine.json
      armsfacts validate builtin mine.json --json

    Without a PATH it checks the data in use (--data, ARMSFACTS_DATA or the built-in data).
    Errors: invalid JSON, fields of the wrong type, unknown or missing fields, duplicate ids,
    references to nothing, periods that end before they start, ranges upside down, bounds with
    a stray upper end, percentages that cannot be. Warnings: entities nothing refers to.
    """
    from .validate import Problem
    from .validate import validate as check

    specs = list(paths) or data_specs(ctx.find_root().params.get("data") or ())
    problems = check(specs)
    errors = sum(p.severity == "error" for p in problems)
    check_fields(fields, Problem)
    if problems or fmt in ("json", "csv", "tsv"):
        write_records(sys.stdout, fmt, problems, Problem, views.problem_columns(), fields, color=use_color(ctx))
    warnings = len(problems) - errors
    sys.stdout.flush()  # the summary follows the records, also when stdout is a buffered pipe
    said = _("{count} error") if errors == 1 else _("{count} errors")
    said_warnings = _("{count} warning") if warnings == 1 else _("{count} warnings")
    click.echo(f"{said.format(count=errors)}, {said_warnings.format(count=warnings)}.", err=True)
    if errors:
        ctx.exit(ExitCode.ERROR)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("source_id", metavar="SOURCE_ID", shell_complete=complete_source)
@click.option("--text", "text_file", required=True, type=click.File("r", encoding="utf-8"),
              help="The source's text (a file, or - for standard input).")  # fmt: skip
@output_options
@click.pass_context
def verify(ctx: click.Context, source_id: str, text_file: Any, fmt: str, fields: list[str] | None) -> None:
    """Check that each figure attributed to a source is printed in its text (exit 1 if any is not).

    \b
    Example:
      armsfacts verify salazar-roundtable-2023-12-04 --text ../shared/sources/salazar-roundtable-2023-12-04.txt

    A figure passes when its figure as printed ("more than 1,436") appears in the paragraph
    recorded or the one before or after; spaces, curly quotes and thousands separators are
    ignored. Paragraphs are blocks of text between blank lines, counted from the first line.
    """
    from .verify import Check
    from .verify import verify as check

    ds = dataset(ctx)
    source = query.get_source(ds, source_id)
    try:
        text = text_file.read()
    except UnicodeDecodeError:
        raise ArmsfactsError(_("{file}: not UTF-8 text").format(file=text_file.name)) from None
    checks = check(ds, source.id, text)
    emit_list(ctx, fmt, fields, checks, Check, _("No figures are attributed to {source}.").format(source=source.id))
    failed = [c for c in checks if c.status != "found"]
    sys.stdout.flush()
    summary = _("{found} of {total} figures found in the text.")
    click.echo(summary.format(found=len(checks) - len(failed), total=len(checks)), err=True)
    if failed:
        ctx.exit(ExitCode.ERROR)


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("fact_id", metavar="ID", shell_complete=complete_fact)
@click.option("--style", type=click.Choice(["plain", "markdown", "bibtex", "csl-json"]), default="plain",
              show_default=True, help="How to write the citation.")  # fmt: skip
@click.pass_context
def cite(ctx: click.Context, fact_id: str, style: str) -> None:
    """A citation for a figure that names every source reporting it, ready to paste.

    \b
    Examples:
      armsfacts cite last-mile-firearms-seized
      armsfacts cite last-mile-arrests --style bibtex
    """
    from .cite import cite as citation

    ds = dataset(ctx)
    click.echo(citation(ds, query.get_fact(ds, fact_id), style))
