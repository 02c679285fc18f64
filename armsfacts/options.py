"""What many commands share: output options, completion from the data, the data in use, emitting.

This module and the command modules stay light: the modules that need Pydantic or Rich are
named here as lazy modules, loaded on first use, so that `armsfacts --help` and `--version`
start as fast as Click itself.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.shell_completion import CompletionItem

from .errors import ArmsfactsError
from .i18n import _
from .terminal import quoted
from .vocab import Format


def lazy_module(name: str) -> ModuleType:
    """The module `name`, imported when one of its attributes is first read."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from pydantic import BaseModel

    from . import data, display, formats, layouts, models, quantity, query, results, schema
    from .models import Dataset
else:
    data = lazy_module("armsfacts.data")
    display = lazy_module("armsfacts.display")
    formats = lazy_module("armsfacts.formats")
    layouts = lazy_module("armsfacts.layouts")
    models = lazy_module("armsfacts.models")
    quantity = lazy_module("armsfacts.quantity")
    query = lazy_module("armsfacts.query")
    results = lazy_module("armsfacts.results")
    schema = lazy_module("armsfacts.schema")

# The lazy modules are part of what this module offers the commands.
__all__ = ["data", "display", "formats", "layouts", "lazy_module", "models", "quantity", "query", "results", "schema"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_CODES_HELP = """
\b
Exit codes: 0 success (also for an empty result), 1 data or runtime error,
2 usage error, 3 no such record, 4 a figure contradicted (check),
130 interrupted.
"""
FORMAT_CHOICES = tuple(f.value for f in Format)


# ---------------------------------------------------------------------------
# Help in the reader's language.


def translatable_metavar(param: click.Parameter, ctx: click.Context) -> str | None:
    """The English metavariable of an option's value (TEXT, PATH), or None when it has none to translate.

    A choice lists its values, which are typed as they are, and a flag takes no value.
    """
    if not isinstance(param, click.Option) or param.is_flag or isinstance(param.type, click.Choice):
        return None
    return param.make_metavar(ctx)


class TranslatedHelp:
    """Help texts are written in English in the code and translated when help is shown.

    Click keeps each command's and option's help (and the metavariables of its options) as
    given at import time; for the time a help page is drawn, they are swapped for their
    translations (and put back after).
    """

    def __init__(self, ctx: click.Context, *commands: click.Command) -> None:
        self.ctx = ctx
        self.commands = commands
        self.saved: list[tuple[Any, str, Any]] = []

    def _swap(self, holder: Any, name: str, value: str) -> None:
        self.saved.append((holder, name, getattr(holder, name)))
        setattr(holder, name, _(value))

    def __enter__(self) -> None:
        for command in self.commands:
            for holder, name in ((command, "help"), (command, "epilog"), *((p, "help") for p in command.params)):
                value = getattr(holder, name, None)
                if isinstance(value, str) and value:
                    self._swap(holder, name, inspect.cleandoc(value))
            for param in command.params:
                metavar = translatable_metavar(param, self.ctx)
                if metavar:
                    self._swap(param, "metavar", metavar)

    def __exit__(self, *exc: object) -> None:
        for holder, name, value in reversed(self.saved):
            setattr(holder, name, value)
        self.saved.clear()


def translated_usage(pieces: list[str]) -> list[str]:
    """The usage line's metavariables ([OPTIONS], COMMAND [ARGS]..., [PATH]...) in the reader's language."""
    return [_(piece) for piece in pieces]


class LocalizedCommand(click.Command):
    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(ctx, self):
            super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return translated_usage(super().collect_usage_pieces(ctx))


class LocalizedGroup(click.Group):
    """A group of commands (the root, `export`) whose help, and its commands' help, is translated."""

    command_class = LocalizedCommand

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with TranslatedHelp(ctx, self, *self.commands.values()):
            super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return translated_usage(super().collect_usage_pieces(ctx))


def command(**settings: Any) -> Callable[[Callable[..., Any]], click.Command]:
    """click.command with the help translated and the exit codes as epilog."""
    return click.command(cls=LocalizedCommand, epilog=EXIT_CODES_HELP, **settings)


class Year(click.IntRange):
    """A year from 1900 to 2100; Click names the type in its help and errors, so in the reader's language."""

    def __init__(self) -> None:
        super().__init__(1900, 2100)

    @property
    def name(self) -> str:  # type: ignore[override]  # a plain attribute in Click; here it follows the language
        return _("year")


# ---------------------------------------------------------------------------
# The data in use.


def dataset(ctx: click.Context) -> Dataset:
    """The data in use, loaded once per command: --data, else ARMSFACTS_DATA, else the built-in data."""
    root = ctx.find_root()
    obj = root.ensure_object(dict)
    if "dataset" not in obj:
        specs = data.data_specs(root.params.get("data") or ())
        try:
            from .loading import load

            obj["dataset"] = load(specs)
        except ArmsfactsError as exc:
            if ctx.command.name != "validate":
                shown = " ".join(click.format_filename(s) if " " not in s else repr(s) for s in specs)
                command = "armsfacts validate" + ("" if specs == [data.BUILTIN] else f" {shown}")
                exc.message += "\n" + _("Run `{command}` for every problem.").format(command=command)
            raise
    ds: Dataset = obj["dataset"]
    return ds


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


complete_fact = _completer(lambda ds: [f.id for f in ds.facts])
complete_metric = _completer(lambda ds: [m.id for m in ds.metrics])
complete_agency = _completer(lambda ds: [a.code for a in ds.agencies])
complete_initiative = _completer(_initiative_ids)
complete_operation = _completer(lambda ds: _initiative_ids(ds, "operation"))
complete_source = _completer(lambda ds: [s.id for s in ds.sources])


def _complete_fields(ctx: click.Context, param: Any, incomplete: str) -> list[CompletionItem]:
    """Field names of the command's records; after a comma, the next field of the list."""
    names: list[str] = []
    for kind in schema.COMMAND_OUTPUT.get(ctx.command.name or "", ()):
        names.extend(n for n in formats.field_names(schema.RECORD_TYPES[kind]) if n not in names)
    done, _sep, current = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [CompletionItem(prefix + n) for n in names if n.startswith(current)]


# ---------------------------------------------------------------------------
# Shared options.


def _set_no_color(ctx: click.Context, param: Any, value: bool) -> None:
    if value:
        ctx.find_root().ensure_object(dict)["no_color"] = True


def _set_wide(ctx: click.Context, param: Any, value: bool) -> None:
    if value:
        ctx.find_root().ensure_object(dict)["wide"] = True


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
        type=click.Choice(FORMAT_CHOICES, case_sensitive=False),
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
    @click.option(
        "--wide",
        is_flag=True,
        expose_value=False,
        callback=_set_wide,
        help="In a terminal table, every column (by default the ones that read well at 80 columns).",
    )
    @no_color_option
    @functools.wraps(func)
    def wrapper(*args: Any, fmt: str | None, as_json: bool, **kwargs: Any) -> Any:
        chosen = Format(fmt.lower()) if fmt else None
        if as_json:
            if chosen not in (None, Format.JSON):
                message = _("--json and --format {format} contradict each other.").format(format=fmt)
                raise click.UsageError(message)
            chosen = Format.JSON
        if chosen is None:
            chosen = Format.TABLE if sys.stdout.isatty() else Format.PLAIN
        try:
            return func(*args, fmt=chosen, **kwargs)
        except ArmsfactsError as exc:
            exc.as_json = chosen.is_json  # read where errors are reported
            raise
        except click.ClickException as exc:
            exc.as_json = chosen.is_json  # type: ignore[attr-defined]  # Click's own: an attribute of ours
            raise

    return wrapper  # type: ignore[return-value]


def use_color(ctx: click.Context) -> bool:
    root = ctx.find_root().ensure_object(dict)
    return not (root.get("no_color") or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


# ---------------------------------------------------------------------------
# Emitting what a command found.


class FieldError(click.UsageError):
    """An unknown --fields name: a usage error that lists the valid fields and suggests."""

    def __init__(self, name: str, valid: Sequence[str]) -> None:
        self.suggestions = query.suggest(name, valid)
        hint = " " + _("Did you mean: {names}?").format(names=", ".join(self.suggestions)) if self.suggestions else ""
        message = _("no field {name} here. Valid fields: {fields}.").format(name=quoted(name), fields=", ".join(valid))
        super().__init__(message + hint)


def check_fields(fields: Sequence[str] | None, kind: type[BaseModel]) -> None:
    valid = formats.field_names(kind)
    for name in fields or ():
        if name not in valid:
            raise FieldError(name, valid)


def emit_list(
    ctx: click.Context,
    fmt: Format,
    fields: list[str] | None,
    records: Sequence[BaseModel],
    kind: type[BaseModel],
    columns: Sequence[layouts.Column],
    empty: str | None = None,
) -> None:
    """A list of records; an empty one is `[]` in JSON, a header in csv/tsv, a note on stderr otherwise."""
    check_fields(fields, kind)
    if not records and not fmt.lists_empty:
        click.echo(empty or _("No records match."), err=True)
        return
    wide = bool(ctx.find_root().ensure_object(dict).get("wide"))
    formats.write_records(sys.stdout, fmt, records, kind, columns, fields, color=use_color(ctx), wide=wide)
    shown = {c.key for c in layouts.table_columns(columns, wide=False)}
    left_out = [c.header for c in columns if c.wide and c.key not in shown]
    if fmt is Format.TABLE and not wide and not fields and left_out and sys.stdout.isatty():
        sys.stdout.flush()  # the note follows the table
        hint = _("Not shown at this width: {columns}; --wide shows them, --json has every field.")
        click.echo(hint.format(columns=", ".join(left_out)), err=True)


def emit_detail(
    ctx: click.Context, fmt: Format, fields: list[str] | None, record: BaseModel, detail: layouts.Detail
) -> None:
    check_fields(fields, type(record))
    wide = bool(ctx.find_root().ensure_object(dict).get("wide"))
    formats.write_record(sys.stdout, fmt, record, detail, fields, color=use_color(ctx), wide=wide)


def emit_groups(
    ctx: click.Context,
    fmt: Format,
    fields: list[str] | None,
    groups: Sequence[tuple[str, Sequence[BaseModel]]],
    kind: type[BaseModel],
    columns: Sequence[layouts.Column],
    empty: str,
    measure: Callable[[Any], float] | None = None,
) -> None:
    """Records in groups under headings (formats.write_groups); empty as `emit_list` has it."""
    check_fields(fields, kind)
    if not groups and not fmt.lists_empty:
        click.echo(empty, err=True)
        return
    wide = bool(ctx.find_root().ensure_object(dict).get("wide"))
    formats.write_groups(sys.stdout, fmt, groups, kind, columns, fields, use_color(ctx), wide, measure)
