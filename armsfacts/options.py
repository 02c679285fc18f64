"""Options and steps that many commands share: output options, completion, loading, emitting."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from click.shell_completion import CompletionItem

from . import views
from .dataset import Keep, data_specs, load
from .errors import ArmsfactsError
from .i18n import _
from .models import Dataset
from .output import FORMATS, field_names, write_record, write_records
from .text import suggest

F = TypeVar("F", bound=Callable[..., Any])


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


def use_color(ctx: click.Context) -> bool:
    root = ctx.find_root().ensure_object(dict)
    return not (root.get("no_color") or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb")


class FieldError(click.UsageError):
    """An unknown --fields name: a usage error that lists the valid fields and suggests."""

    def __init__(self, name: str, valid: Sequence[str]) -> None:
        self.suggestions = suggest(name, valid)
        hint = " " + _("Did you mean: {names}?").format(names=", ".join(self.suggestions)) if self.suggestions else ""
        message = _("no field {name} here. Valid fields: {fields}.").format(name=repr(name), fields=", ".join(valid))
        super().__init__(message + hint)


def check_fields(fields: Sequence[str] | None, kind: type) -> None:
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
    check_fields(fields, kind)
    if not records and fmt not in ("json", "csv", "tsv"):
        click.echo(empty or _("No records match."), err=True)
        return
    columns = views.columns_for(kind, dataset(ctx))
    write_records(sys.stdout, fmt, records, kind, columns, fields, color=use_color(ctx))


def emit_detail(ctx: click.Context, fmt: str, fields: list[str] | None, record: Any, detail: views.Detail) -> None:
    check_fields(fields, type(record))
    write_record(sys.stdout, fmt, record, detail, fields, color=use_color(ctx))
