"""The command line: parse arguments, call the query layer, hand the result to the output.

Errors are reported in one place, `ArmsfactsGroup.main`: a message on stderr (a JSON object
when JSON output was asked for) and an exit code from `errors.ExitCode`; never a traceback.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import shlex
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from click.shell_completion import CompletionItem

from . import query, views
from .dataset import Keep, data_specs, load
from .errors import ArmsfactsError, DataError, ExitCode
from .i18n import LANGUAGES, _, detect, route_click_strings, set_language
from .models import Agency, Dataset, Fact, Initiative, Person, Source
from .output import FORMATS, can_encode, field_names, write_record, write_records
from .streams import make_streams_safe, silence_stdout
from .text import suggest

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

EXIT_CODES_HELP = """
\b
Exit codes: 0 success (also for an empty result), 1 data or runtime error,
2 usage error, 3 no such record, 130 interrupted.
"""

JSON_FORMATS = ("json", "ndjson")


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether the command line asks for JSON output, read before (or without) parsing it."""
    for i, arg in enumerate(argv):
        if arg == "--json" or arg in {f"--format={f}" for f in JSON_FORMATS} or arg in {f"-f{f}" for f in JSON_FORMATS}:
            return True
        if arg in ("--format", "-f") and i + 1 < len(argv) and argv[i + 1].lower() in JSON_FORMATS:
            return True
    return False


def report_error(code: str, message: str, suggestions: Sequence[str], as_json: bool) -> None:
    if as_json:
        from .schema import ErrorOutput

        payload = ErrorOutput.model_validate({"error": {"code": code, "message": message, "suggestions": suggestions}})
        ascii_only = not can_encode(sys.stderr)
        click.echo(json.dumps(payload.model_dump(mode="json"), ensure_ascii=ascii_only), err=True)
        return
    text = _("Error: {message}").format(message=message)
    if suggestions:
        text += "\n" + _("Did you mean: {names}?").format(names=", ".join(suggestions))
    click.echo(text, err=True)


def _language_arg(argv: Sequence[str]) -> str | None:
    """The --lang value of a command line, read before parsing it (so that errors use it too)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def choose_language(language: str | None) -> None:
    chosen = language if language in LANGUAGES else detect()
    set_language(chosen)
    route_click_strings(chosen)


class TranslatedHelp:
    """Help texts are written in English in the code and translated when help is shown.

    Click keeps each command's and option's help as given at import time; for the time a
    help page is drawn, they are swapped for their translations (and put back after).
    """

    def __init__(self, *commands: click.Command) -> None:
        self.commands = commands
        self.saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> None:
        for command in self.commands:
            for holder, name in ((command, "help"), (command, "epilog"), *((p, "help") for p in command.params)):
                value = getattr(holder, name, None)
                if isinstance(value, str) and value:
                    self.saved.append((holder, name, value))
                    setattr(holder, name, _(inspect.cleandoc(value)))

    def __exit__(self, *exc: object) -> None:
        for holder, name, value in self.saved:
            setattr(holder, name, value)
        self.saved.clear()


class LocalizedCommand(click.Command):
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(self):
            super().format_help(ctx, formatter)


def _data_args(argv: Sequence[str]) -> list[str]:
    """The --data values of a command line, read without parsing it (for messages)."""
    values = []
    for i, arg in enumerate(argv):
        if arg == "--data" and i + 1 < len(argv):
            values.append(argv[i + 1])
        elif arg.startswith("--data="):
            values.append(arg.split("=", 1)[1])
    return values


def _is_validate(argv: Sequence[str]) -> bool:
    return "validate" in argv


def _validate_hint(argv: Sequence[str]) -> str:
    specs = data_specs(_data_args(argv))
    return "armsfacts validate" + "".join(f" {shlex.quote(s)}" for s in specs if specs != ["builtin"])


class ArmsfactsGroup(click.Group):
    command_class = LocalizedCommand

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(self, *self.commands.values()):
            super().format_help(ctx, formatter)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (`| head`): what it wanted was delivered; end quietly.
            # Caught here, before Click's own handler turns it into exit code 1.
            silence_stdout()
            ctx.exit(ExitCode.OK)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        as_json = _wants_json(argv)
        make_streams_safe()
        choose_language(_language_arg(argv))
        try:
            try:
                result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
                code = result if isinstance(result, int) else ExitCode.OK
                sys.stdout.flush()
            except click.ClickException as exc:
                code = exc.exit_code
                if as_json:
                    hints = list(getattr(exc, "possibilities", None) or getattr(exc, "suggestions", None) or [])
                    report_error("usage_error", exc.format_message(), hints, as_json=True)
                else:
                    exc.show()
            except ArmsfactsError as exc:
                code = exc.exit_code
                message = exc.message
                if isinstance(exc, DataError) and not _is_validate(argv):
                    message += "\n" + _("Run `{command}` for every problem.").format(command=_validate_hint(argv))
                report_error(exc.code, message, exc.suggestions, as_json)
            except (KeyboardInterrupt, click.exceptions.Abort):
                code = ExitCode.INTERRUPTED
                click.echo(_("Interrupted."), err=True)
        except BrokenPipeError:  # on the final flush
            silence_stdout()
            code = ExitCode.OK
        if standalone_mode:
            sys.exit(int(code))
        return code


# ---------------------------------------------------------------------------
# Completion of names from the data.


def _completer(names: Callable[[Dataset], list[str]]) -> Callable[[click.Context, Any, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: Any, incomplete: str) -> list[CompletionItem]:
        try:
            candidates = names(dataset(ctx))
        except ArmsfactsError:
            return []
        return [CompletionItem(n) for n in candidates if n.lower().startswith(incomplete.lower())]

    return complete


complete_fact = _completer(lambda ds: [f.id for f in ds.facts])
complete_metric = _completer(lambda ds: [m.id for m in ds.metrics])
complete_agency = _completer(lambda ds: [a.code for a in ds.agencies])


def _initiative_ids(ds: Dataset, kind: str | None = None) -> list[str]:
    """Ids, and the short form without the kind ('last-mile' for 'operation-last-mile')."""
    ids = []
    for ini in ds.initiatives:
        if kind is None or ini.kind == kind:
            ids.append(ini.id)
            short = ini.id.removeprefix(f"{ini.kind}-")
            if short != ini.id:
                ids.append(short)
    return ids


complete_initiative = _completer(_initiative_ids)
complete_operation = _completer(lambda ds: _initiative_ids(ds, "operation"))
complete_source = _completer(lambda ds: [s.id for s in ds.sources])


def _complete_fields(ctx: click.Context, param: Any, incomplete: str) -> list[CompletionItem]:
    """Field names of the command's records; after a comma, the next field of the list."""
    from .schema import COMMAND_OUTPUT, RECORD_TYPES

    names: list[str] = []
    for kind in COMMAND_OUTPUT.get(ctx.command.name or "", (None, None)):
        if kind:
            names.extend(n for n in field_names(RECORD_TYPES[kind]) if n not in names)
    done, _, current = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [CompletionItem(prefix + n) for n in names if n.startswith(current)]


# ---------------------------------------------------------------------------
# Shared options.


def _set_no_color(ctx: click.Context, param: Any, value: bool) -> None:
    if value:
        ctx.find_root().ensure_object(dict)["no_color"] = True


def _split_fields(ctx: click.Context, param: Any, value: str | None) -> list[str] | None:
    if value is None:
        return None
    fields = [f.strip() for f in value.split(",") if f.strip()]
    if not fields:
        raise click.BadParameter(_("name at least one field, e.g. --fields id,value"), ctx, param)
    return fields


no_color_option = click.option(
    "--no-color",
    is_flag=True,
    expose_value=False,
    callback=_set_no_color,
    help="No colour (also when NO_COLOR is set, TERM=dumb, or output is not a terminal).",
)


def output_options(func: F) -> F:
    """--format/-f, --json, --fields and --no-color, for every command that prints records."""

    @click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS, case_sensitive=False),
        default=None,
        help="Output format. Default: table on a terminal, plain (tab-separated lines) in a pipe.",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print JSON (same as --format json).")
    @click.option(
        "--fields",
        callback=_split_fields,
        shell_complete=_complete_fields,
        help="Comma-separated fields to print, in that order (any format), e.g. id,value,period.",
    )
    @no_color_option
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, as_json: bool, **kwargs: Any) -> Any:
        if as_json:
            if fmt not in (None, "json"):
                raise click.UsageError(_("--json and --format {format} contradict each other.").format(format=fmt))
            fmt = "json"
        if fmt is None:
            fmt = "table" if sys.stdout.isatty() else "plain"
        return func(*args, fmt=fmt.lower(), **kwargs)

    return wrapper  # type: ignore[return-value]


def dataset(ctx: click.Context, keep: Keep | None = None) -> Dataset:
    """The data in use, loaded once per command: --data, else ARMSFACTS_DATA, else the built-in data.

    `keep` lets a command keep only the facts it may show (see query.fact_prefilter).
    """
    root = ctx.find_root()
    obj = root.ensure_object(dict)
    if "dataset" not in obj:
        obj["dataset"] = load(data_specs(root.params.get("data") or ()), keep=keep)
    ds: Dataset = obj["dataset"]
    return ds


def _color(ctx: click.Context) -> bool:
    root = ctx.find_root().ensure_object(dict)
    return not (root.get("no_color") or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


class FieldError(click.UsageError):
    """An unknown --fields name: a usage error that lists the valid fields and suggests."""

    def __init__(self, name: str, valid: Sequence[str]) -> None:
        self.suggestions = suggest(name, valid)
        hint = " " + _("Did you mean: {names}?").format(names=", ".join(self.suggestions)) if self.suggestions else ""
        message = _("no field {name} here. Valid fields: {fields}.").format(name=repr(name), fields=", ".join(valid))
        super().__init__(message + hint)


def _check_fields(fields: Sequence[str] | None, kind: type) -> None:
    if not fields:
        return
    valid = field_names(kind)
    for name in fields:
        if name not in valid:
            raise FieldError(name, valid)


def emit_list(
    ctx: click.Context,
    fmt: str,
    fields: list[str] | None,
    records: Sequence[Any],
    kind: type,
    empty: str | None = None,
) -> None:
    """A list of records; an empty one is `[]` in JSON, a header in csv/tsv, a note on stderr otherwise."""
    _check_fields(fields, kind)
    if not records and fmt not in ("json", "csv", "tsv"):
        click.echo(empty or _("No records match."), err=True)
        return
    columns = views.columns_for(kind, dataset(ctx))
    write_records(sys.stdout, fmt, records, kind, columns, fields, color=_color(ctx))


def emit_detail(ctx: click.Context, fmt: str, fields: list[str] | None, record: Any, detail: views.Detail) -> None:
    _check_fields(fields, type(record))
    write_record(sys.stdout, fmt, record, detail, fields, color=_color(ctx))


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
    is_eager=True,
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
    _check_fields(fields, Problem)
    if problems or fmt in ("json", "csv", "tsv"):
        write_records(sys.stdout, fmt, problems, Problem, views.problem_columns(), fields, color=_color(ctx))
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
