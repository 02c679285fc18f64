"""Commands for curating data and using it in writing: validate, verify, cite, schema."""

from __future__ import annotations

import json
import sys
from typing import IO

import click

from ..errors import ArmsfactsError, ExitCode
from ..i18n import _
from ..options import command, complete_fact, complete_source, dataset_in_use, output_options
from ..vocab import CitationStyle, Format, RecordName, choices


@command(name="schema")
@click.argument("name", required=False, type=click.Choice(choices(RecordName)))
def schema_command(name: str | None) -> None:
    """The JSON Schema (draft 2020-12) of what --json prints; with a NAME, of one record type.

    \b
    Examples:
      armsfacts schema
      armsfacts schema fact
    """
    from .. import schema

    click.echo(json.dumps(schema.json_schema(name), indent=2, ensure_ascii=False))


@command(name="validate")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@output_options
@click.pass_context
def validate_command(ctx: click.Context, paths: tuple[str, ...], fmt: Format, fields: list[str] | None) -> None:
    """Check data files and report every problem, with file, line and column (exit 1 if any error).

    \b
    Examples:
      armsfacts validate
      armsfacts validate mine.json
      armsfacts validate builtin mine.json --json

    Without a PATH it checks the data in use (--data, ARMSFACTS_DATA or the built-in data).
    Errors: invalid JSON, keys given twice, fields of the wrong type, unknown or missing fields,
    ids that are not slugs (last-mile-arrests), duplicate ids, references to nothing, agencies
    that are part of themselves, periods that end before they start, ranges upside down, bounds
    with a stray upper end, counts that are negative or not whole, figures beyond belief,
    percentages that cannot be, addresses that are not http or https URLs. Warnings: entities
    nothing refers to, control characters in text.
    """
    from .. import data, validate
    from ..output.columns import problem_columns
    from ..output.emit import emit_list

    specs = list(paths) or data.data_specs(ctx.find_root().params.get("data") or ())
    problems = validate.validate(specs)
    errors = sum(p.severity == "error" for p in problems)
    if problems or fmt.lists_empty:
        emit_list(ctx, fmt, fields, problems, validate.Problem, problem_columns())
    warnings = len(problems) - errors
    sys.stdout.flush()  # the summary follows the records, also when stdout is a buffered pipe
    said = _("{count} error") if errors == 1 else _("{count} errors")
    said_warnings = _("{count} warning") if warnings == 1 else _("{count} warnings")
    click.echo(f"{said.format(count=errors)}, {said_warnings.format(count=warnings)}.", err=True)
    if errors:
        ctx.exit(ExitCode.ERROR)


@command(name="verify")
@click.argument("source_id", metavar="SOURCE_ID", shell_complete=complete_source)
@click.option(
    "--text",
    "text_file",
    required=True,
    type=click.File("rb"),
    help="The source's text (a file, or - for standard input).",
)
@output_options
@click.pass_context
def verify_command(
    ctx: click.Context, source_id: str, text_file: IO[bytes], fmt: Format, fields: list[str] | None
) -> None:
    """Check that each figure attributed to a source is printed in its text (exit 1 if any is not).

    \b
    Example:
      armsfacts verify salazar-roundtable-2023-12-04 --text ../shared/sources/salazar-roundtable-2023-12-04.txt

    A figure passes when its figure as printed ("more than 1,436") appears in the paragraph
    recorded or the one before or after; spaces, curly quotes and thousands separators are
    ignored. Paragraphs are blocks of text between blank lines, counted from the first line.
    """
    from .. import verify
    from ..output.columns import check_columns
    from ..output.emit import emit_list
    from ..query import get_source

    ds = dataset_in_use(ctx)
    src = get_source(ds, source_id)
    try:
        text = text_file.read().decode("utf-8")
    except UnicodeDecodeError:
        raise ArmsfactsError(_("{file}: not UTF-8 text").format(file=text_file.name)) from None
    checks = verify.verify(ds, src.id, text)
    empty = _("No figures are attributed to {source}.").format(source=src.id)
    emit_list(ctx, fmt, fields, checks, verify.Check, check_columns(ds), empty)
    failed = [c for c in checks if c.status != "found"]
    sys.stdout.flush()
    summary = _("{found} of {total} figures found in the text.")
    click.echo(summary.format(found=len(checks) - len(failed), total=len(checks)), err=True)
    if failed:
        ctx.exit(ExitCode.ERROR)


@command()
@click.argument("fact_id", metavar="ID", shell_complete=complete_fact)
@click.option(
    "--style",
    type=click.Choice(choices(CitationStyle)),
    default="plain",
    show_default=True,
    help="How to write the citation.",
)
@click.pass_context
def cite(ctx: click.Context, fact_id: str, style: CitationStyle) -> None:
    """A citation for a figure that names every source reporting it, ready to paste.

    \b
    Examples:
      armsfacts cite last-mile-firearms-seized
      armsfacts cite last-mile-arrests --style bibtex
    """
    from .. import cite as citations
    from ..query import get_fact

    ds = dataset_in_use(ctx)
    citation = citations.cite(ds, get_fact(ds, fact_id), style)
    click.echo(citations.wrapped(citation, style, citations.screen_width(sys.stdout)))


COMMANDS = (validate_command, verify_command, cite, schema_command)
