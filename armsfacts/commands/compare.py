"""The commands that set a metric's figures side by side by quantity (compare) and over time (trend)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

import click

from ..i18n import _
from ..options import command, complete_metric, dataset_in_use, output_options
from ..terminal import quoted
from ..vocab import Format

if TYPE_CHECKING:
    from .. import results
    from ..models import Dataset
    from ..quantity import SeriesKey

Row = TypeVar("Row", "results.CompareRow", "results.TrendRow")


@command()
@click.argument("metric", shell_complete=complete_metric)
@output_options
@click.pass_context
def compare(ctx: click.Context, metric: str, fmt: Format, fields: list[str] | None) -> None:
    """Every figure of one metric side by side, grouped by what each counts: who gave it, for when, where.

    \b
    Examples:
      armsfacts compare firearms_trafficked_per_year
      armsfacts compare share_traced_us_origin --json
      armsfacts compare "firearms seized" --format csv

    Figures of one group are the same quantity (the same scope, country, operation, kind of
    period, count or estimate) and share one scale; the field `scale` names the group. At a
    terminal each group is drawn largest first, each figure with its id and a bar on the
    group's scale.
    """
    from ..output.columns import compare_columns, compare_table_columns
    from ..output.emit import emit_groups
    from ..results import CompareRow, compare_groups

    ds = dataset_in_use(ctx)
    grouped = compare_groups(ds, metric)
    columns = compare_columns(ds)
    if fmt is Format.TABLE and not fields:
        # A person reads each group largest first, with the figures' ids; plain text, csv and JSON
        # keep the order by period and the columns that scripts already read.
        grouped = [(key, sorted(rows, key=_measure, reverse=True)) for key, rows in grouped]
        columns = compare_table_columns(ds)
    groups = _headed(ds, grouped)
    empty = _("No figures of {metric}.").format(metric=quoted(metric))
    emit_groups(ctx, fmt, fields, groups, CompareRow, columns, empty, _measure)


@command()
@click.argument("metric", metavar="METRIC-OR-SERIES", shell_complete=complete_metric)
@output_options
@click.pass_context
def trend(ctx: click.Context, metric: str, fmt: Format, fields: list[str] | None) -> None:
    """How a metric's figures move: each series (one quantity at two dates or more) as a table.

    \b
    Examples:
      armsfacts trend firearms_seized
      armsfacts trend firearms_seized --json
      armsfacts trend states_with_etrace/states/MX/national/etrace/count/as_of --format csv

    A series is the figures of one quantity (same scope, country, operation, kind of period,
    count or estimate) at successive dates, oldest first; the field `series` names it.
    """
    from ..output.columns import trend_columns
    from ..output.emit import emit_groups
    from ..results import TrendRow, trend

    ds = dataset_in_use(ctx)
    groups = _headed(ds, trend(ds, metric))
    empty = _("No series of {metric}: no quantity of it has figures at two dates or more.").format(
        metric=quoted(metric)
    )
    emit_groups(ctx, fmt, fields, groups, TrendRow, trend_columns(ds), empty, _measure)


def _headed(ds: Dataset, grouped: Sequence[tuple[SeriesKey, Sequence[Row]]]) -> list[tuple[str, Sequence[Row]]]:
    """Each group of rows under the words that say which quantity it is."""
    from ..output.words import quantity_heading

    headed = []
    for key, rows in grouped:
        scope = ds.fact_by_id[rows[0].fact].scope
        headed.append((quantity_heading(ds, key, scope.name_es if scope else None), rows))
    return headed


def _measure(row: results.CompareRow | results.TrendRow) -> float:
    return float(row.value)


COMMANDS = (compare, trend)
