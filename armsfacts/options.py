"""What many commands share: help in the reader's language, the data in use, completion from it, shared options.

Light on purpose: every command module imports it, and `armsfacts --help` and `--version`
import every command module. What needs Pydantic or Rich is imported where it is used.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click
from click.shell_completion import CompletionItem

from .errors import ArmsfactsError
from .i18n import _
from .vocab import Format

if TYPE_CHECKING:
    from .models import Dataset

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


def dataset_in_use(ctx: click.Context) -> Dataset:
    """The data this command reads: loaded on first use (`load_data`), then kept for the rest of the command."""
    obj = ctx.find_root().ensure_object(dict)
    if "dataset" not in obj:
        obj["dataset"] = load_data(ctx)
    ds: Dataset = obj["dataset"]
    return ds


def load_data(ctx: click.Context) -> Dataset:
    """--data, else ARMSFACTS_DATA, else the built-in data; a failure names the command that lists every problem."""
    from . import data
    from .loading import load

    specs = data.data_specs(ctx.find_root().params.get("data") or ())
    try:
        return load(specs)
    except ArmsfactsError as exc:
        if ctx.command.name != "validate":
            exc.message += "\n" + validate_hint(specs, data.BUILTIN)
        raise


def validate_hint(specs: list[str], builtin: str) -> str:
    """'Run `armsfacts validate mine.json` for every problem.': one load error is the first of perhaps many."""
    shown = " ".join(click.format_filename(s) if " " not in s else repr(s) for s in specs)
    command = "armsfacts validate" + ("" if specs == [builtin] else f" {shown}")
    return _("Run `{command}` for every problem.").format(command=command)


# ---------------------------------------------------------------------------
# Completion of names from the data.


def _completer(names: Callable[[Dataset], list[str]]) -> Callable[[click.Context, Any, str], list[CompletionItem]]:
    def complete(ctx: click.Context, param: Any, incomplete: str) -> list[CompletionItem]:
        try:
            candidates = names(dataset_in_use(ctx))
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
    from . import schema
    from .output.formats import field_names

    names: list[str] = []
    for kind in schema.COMMAND_OUTPUT.get(ctx.command.name or "", ()):
        names.extend(n for n in field_names(schema.RECORD_TYPES[kind]) if n not in names)
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
