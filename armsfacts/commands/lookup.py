"""Commands that look figures and entities up: stats, show, operation, initiative, agency,
people, source, search."""

from __future__ import annotations

import click

from ..i18n import _
from ..options import (
    Year,
    command,
    complete_agency,
    complete_fact,
    complete_initiative,
    complete_metric,
    complete_operation,
    complete_source,
    dataset_in_use,
    output_options,
)
from ..terminal import quoted
from ..vocab import SORT_FIELDS, Agreement, Country, Format, InitiativeKind, MetricKind, choices

COUNTRY = click.Choice(choices(Country), case_sensitive=False)


@command()
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
@click.option("--country", type=COUNTRY, help="Only figures counted in this country.")
@click.option("--year", type=Year(), help="Only figures whose period touches this year.")
@click.option("--source", shell_complete=complete_source, help="Only figures from this source id.")
@click.option("--search", "text", help="Only figures found by these words, as `search` finds them; best match first.")
@click.option("--disputed", "agreement", flag_value="disputed", help="Only figures the sources disagree on.")
@click.option("--corroborated", "agreement", flag_value="corroborated", help="Only figures several sources agree on.")
@click.option(
    "--misprint",
    "agreement",
    flag_value="likely_misprint",
    help="Only figures whose sources agree but for one lone printing a slip of the pen explains.",
)
@click.option("--latest", is_flag=True, help="Only the newest figure of each series (figures with no period stay).")
@click.option("--estimates/--counts", "estimates", default=None, help="Only estimates, or only figures that are not.")
@click.option(
    "--sort",
    type=click.Choice([*SORT_FIELDS, *(f"-{f}" for f in SORT_FIELDS)], case_sensitive=False),
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
    agreement: Agreement | None,
    estimates: bool | None,
    latest: bool,
    sort: str | None,
    fmt: Format,
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
      armsfacts stats --metric firearms_seized --latest
    """
    from .. import quantity, query
    from ..models import Fact
    from ..output.columns import fact_columns, fact_groups
    from ..output.emit import emit_list

    ds = dataset_in_use(ctx)
    facts = query.filter_facts(
        ds,
        metric=metric,
        agency=agency,
        initiative=initiative,
        country=country,
        year=year,
        source=source,
        search=text,
        agreement=agreement,
        estimates=estimates,
        sort=sort and sort.lower(),
    )
    if latest:
        facts = quantity.latest(ds, facts)
    # Sorted, the figures are one list in the order asked for; else a table shows them in sections.
    sections = None if sort else (lambda found: fact_groups(ds, found))
    emit_list(ctx, fmt, fields, facts, Fact, fact_columns(ds), _("No figures match these filters."), sections)


@command()
@click.argument("fact_id", metavar="ID", shell_complete=complete_fact)
@output_options
@click.pass_context
def show(ctx: click.Context, fact_id: str, fmt: Format, fields: list[str] | None) -> None:
    """One figure in full: what it counts, its period, its source and caveats.

    \b
    Example:
      armsfacts show last-mile-firearms-seized
    """
    from ..output.details import fact_detail
    from ..output.emit import emit_detail
    from ..query import get_fact

    ds = dataset_in_use(ctx)
    fact = get_fact(ds, fact_id)
    emit_detail(ctx, fmt, fields, fact, fact_detail(ds, fact))


def _initiatives(ctx: click.Context, name: str | None, fmt: Format, fields: list[str] | None, kind: str | None) -> None:
    from .. import results
    from ..models import Initiative
    from ..output import details
    from ..output.columns import initiative_columns
    from ..output.emit import emit_detail, emit_list
    from ..query import list_initiatives

    ds = dataset_in_use(ctx)
    if name is None:
        emit_list(ctx, fmt, fields, list_initiatives(ds, kind), Initiative, initiative_columns(ds))
        return
    detail = results.initiative_detail(ds, name, kind)
    emit_detail(ctx, fmt, fields, detail, details.initiative_detail(ds, detail))


@command()
@click.argument("name", required=False, shell_complete=complete_operation)
@output_options
@click.pass_context
def operation(ctx: click.Context, name: str | None, fmt: Format, fields: list[str] | None) -> None:
    """The operations; with a NAME, one operation with its period, targets and figures.

    \b
    Examples:
      armsfacts operation
      armsfacts operation last-mile
      armsfacts operation "Operation Last Mile" --json
    """
    _initiatives(ctx, name, fmt, fields, "operation")


@command()
@click.argument("name", required=False, shell_complete=complete_initiative)
@click.option("--kind", type=click.Choice(choices(InitiativeKind)), help="Only initiatives of this kind.")
@output_options
@click.pass_context
def initiative(ctx: click.Context, name: str | None, kind: str | None, fmt: Format, fields: list[str] | None) -> None:
    """Operations, programs, systems, laws, frameworks and dialogues; with a NAME, one in full.

    \b
    Examples:
      armsfacts initiative
      armsfacts initiative etrace
      armsfacts initiative "Safer Communities Act" --json
    """
    _initiatives(ctx, name, fmt, fields, kind)


@command()
@click.argument("code", required=False, shell_complete=complete_agency)
@click.option("--country", type=COUNTRY, help="Only this country's agencies.")
@output_options
@click.pass_context
def agency(ctx: click.Context, code: str | None, country: str | None, fmt: Format, fields: list[str] | None) -> None:
    """The agencies of both countries; with a CODE, one with its officials and figures.

    \b
    Examples:
      armsfacts agency --country MX
      armsfacts agency FGR
      armsfacts agency atf --json
    """
    from .. import results
    from ..models import Agency
    from ..output import details
    from ..output.columns import agency_columns
    from ..output.emit import emit_detail, emit_list
    from ..query import list_agencies

    ds = dataset_in_use(ctx)
    if code is None:
        emit_list(ctx, fmt, fields, list_agencies(ds, country), Agency, agency_columns(ds))
        return
    detail = results.agency_detail(ds, code)
    emit_detail(ctx, fmt, fields, detail, details.agency_detail(ds, detail))


@command()
@click.option(
    "--agency", shell_complete=complete_agency, help="Only officials of this agency (code or name) or its components."
)
@output_options
@click.pass_context
def people(ctx: click.Context, agency: str | None, fmt: Format, fields: list[str] | None) -> None:
    """The officials named in the sources, with their role and agency.

    \b
    Examples:
      armsfacts people
      armsfacts people --agency FGR --json
    """
    from ..models import Person
    from ..output.columns import person_columns
    from ..output.emit import emit_list
    from ..query import list_people

    ds = dataset_in_use(ctx)
    emit_list(ctx, fmt, fields, list_people(ds, agency), Person, person_columns(ds))


@command()
@click.argument("source_id", metavar="[ID]", required=False, shell_complete=complete_source)
@output_options
@click.pass_context
def source(ctx: click.Context, source_id: str | None, fmt: Format, fields: list[str] | None) -> None:
    """The sources; with an ID, everything known about one and the figures taken from it.

    \b
    Examples:
      armsfacts source
      armsfacts source salazar-roundtable-2023-12-04
    """
    from .. import results
    from ..models import Source
    from ..output import details
    from ..output.columns import source_columns
    from ..output.emit import emit_detail, emit_list

    ds = dataset_in_use(ctx)
    if source_id is None:
        emit_list(ctx, fmt, fields, ds.sources, Source, source_columns(ds))
        return
    detail = results.source_detail(ds, source_id)
    emit_detail(ctx, fmt, fields, detail, details.source_detail(ds, detail))


@command(name="search")
@click.argument("text")
@output_options
@click.pass_context
def search_command(ctx: click.Context, text: str, fmt: Format, fields: list[str] | None) -> None:
    """Find figures, initiatives, agencies, people and sources by words, best match first.

    \b
    Examples:
      armsfacts search "guns into Mexico each year"
      armsfacts search "armas al año"
      armsfacts search salazar --json

    Accents, case and words such as "the" or "de" are ignored; synonyms count in both languages
    (guns, firearms, armas). A record is found when it holds two thirds of the words.
    """
    from .. import finding, results
    from ..output.columns import hit_columns
    from ..output.emit import emit_list

    ds = dataset_in_use(ctx)
    hits = finding.search(ds, text)
    empty = _("Nothing matches {text}.").format(text=quoted(text))
    emit_list(ctx, fmt, fields, hits, results.SearchHit, hit_columns(ds), empty)


@command(name="metrics")
@click.option("--kind", type=click.Choice(choices(MetricKind)), help="Only metrics of this kind, e.g. per_year.")
@output_options
@click.pass_context
def metrics_command(ctx: click.Context, kind: str | None, fmt: Format, fields: list[str] | None) -> None:
    """What the figures count: each metric with its label, kind, unit and number of figures.

    \b
    Examples:
      armsfacts metrics
      armsfacts metrics --kind per_year --wide
      armsfacts metrics --json

    A metric's id is what --metric, compare and trend take; its label works too.
    """
    from ..metrics import MetricSummary, summaries
    from ..output.columns import metric_columns
    from ..output.emit import emit_list

    ds = dataset_in_use(ctx)
    found = [m for m in summaries(ds) if kind is None or m.kind == kind]
    emit_list(ctx, fmt, fields, found, MetricSummary, metric_columns(ds))


COMMANDS = (stats, show, operation, initiative, agency, people, source, search_command, metrics_command)
