"""The command that sets the figures of one quantity side by side: compare."""

from __future__ import annotations

import click

from ..i18n import _
from ..options import command, complete_metric, dataset, emit_list, layouts, output_options, results
from ..terminal import quoted
from ..vocab import Format


@command()
@click.argument("metric", shell_complete=complete_metric)
@output_options
@click.pass_context
def compare(ctx: click.Context, metric: str, fmt: Format, fields: list[str] | None) -> None:
    """Every figure of one quantity side by side: who gave it, for when, where, and how it was made.

    \b
    Examples:
      armsfacts compare firearms_trafficked_per_year
      armsfacts compare share_traced_us_origin --json
      armsfacts compare "firearms seized" --format csv
    """
    ds = dataset(ctx)
    rows = results.compare(ds, metric)
    empty = _("No figures of {metric}.").format(metric=quoted(metric))
    emit_list(ctx, fmt, fields, rows, results.CompareRow, layouts.compare_columns(ds), empty)


COMMANDS = (compare,)
