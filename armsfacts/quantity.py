"""What makes two figures the same quantity, and the series a quantity forms over time.

A figure's metric alone does not say what it counts: "firearms seized" in the whole United
States with no period, in one operation over a year, and by one DEA division are three
quantities. Two figures are of one quantity when everything but their date agrees (the
series key below); figures with equal keys share a scale (`compare`, the page's charts) and,
dated differently, form a series (`trend`, `stats --latest`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

from .models import Dataset, Fact, Period
from .values import EARLIEST
from .vocab import PERCENT_KINDS

PeriodKind = Literal["as_of", "year", "fiscal_year", "span", "none"]


class SeriesKey(NamedTuple):
    """Everything that makes two figures the same quantity except the date."""

    metric: str
    dimension: str  # the unit's dimension (pounds and kilograms are both mass), else the unit itself
    country: str | None
    scope_level: str | None
    scope_name: str | None
    initiative: str | None
    estimate: bool  # an estimate and a count are never one quantity
    period_kind: PeriodKind
    agencies: tuple[str, ...] = ()  # whose total, for a figure of one agency: CBP's seizures are not DHS's


def period_kind(period: Period | None) -> PeriodKind:
    """As of a day, a calendar year, a fiscal year, a span between dates, or no period at all."""
    if period is None:
        return "none"
    if period.as_of is not None:
        return "as_of"
    if period.year is not None:
        return "year"
    if period.fiscal_year is not None:
        return "fiscal_year"
    return "span"


def series_key(ds: Dataset, fact: Fact) -> SeriesKey:
    unit = ds.unit_by_id.get(fact.unit)
    scope = fact.scope
    return SeriesKey(
        metric=fact.metric,
        dimension=(unit.dimension if unit and unit.dimension else fact.unit),
        country=fact.country,
        scope_level=scope.level if scope else None,
        scope_name=scope.name if scope else None,
        initiative=fact.initiative,
        estimate=fact.estimate is not None,
        period_kind=period_kind(fact.period),
        agencies=tuple(sorted(fact.agencies)) if scope is not None and scope.level == "agency" else (),
    )


def same_quantity(ds: Dataset, a: Fact, b: Fact) -> bool:
    """The same quantity for the same period: two figures that must agree."""
    return series_key(ds, a) == series_key(ds, b) and a.period == b.period


def series_id(key: SeriesKey) -> str:
    """A key as one stable string, for JSON and CSV: its parts that are set, joined by '/'."""
    parts = [
        key.metric,
        key.dimension,
        key.country,
        key.scope_level,
        key.scope_name,
        key.initiative,
        "estimate" if key.estimate else "count",
        key.period_kind,
        "+".join(key.agencies),
    ]
    return "/".join(part for part in parts if part)


def point_date(period: Period | None) -> dt.date | None:
    """The day a figure stands at in a series: the end of its period (its as-of day), else its start."""
    if period is None:
        return None
    return period.last_day or period.first_day


def groups(ds: Dataset, facts: Iterable[Fact]) -> dict[SeriesKey, list[Fact]]:
    """Facts grouped by quantity, groups in the order their first fact comes, facts in theirs."""
    grouped: dict[SeriesKey, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(series_key(ds, fact), []).append(fact)
    return grouped


def _dated(facts: Sequence[Fact]) -> list[tuple[dt.date, Fact]]:
    points = [(day, f) for f in facts if (day := point_date(f.period)) is not None]
    return sorted(points, key=lambda pair: pair[0])


def _successive(points: Sequence[tuple[dt.date, Fact]]) -> bool:
    """Whether dated points read as one thing moving: spans that all start on one day (a running
    total), or that follow one another without overlapping. Other period kinds never overlap
    at distinct dates. 2006-2014 beside 2009-2019 is not a movement, whatever the numbers do. Two figures of one span
    (two estimates of 2010-2012) are one point, given twice."""
    spans = [f.period for _day, f in points if f.period is not None and period_kind(f.period) == "span"]
    if len(spans) < len(points) or len({p.first_day for p in spans}) == 1:
        return True
    ordered = sorted({(p.first_day, p.last_day) for p in spans}, key=lambda span: span[0] or EARLIEST)
    return all(
        last is not None and first is not None and last < first for (_, last), (first, _) in itertools.pairwise(ordered)
    )


def series(ds: Dataset, facts: Iterable[Fact]) -> list[tuple[SeriesKey, list[Fact]]]:
    """The series among `facts`: one quantity at two dates or more, successive, oldest point first."""
    found = []
    for key, members in groups(ds, facts).items():
        points = _dated(members)
        if len({day for day, _fact in points}) >= 2 and _successive(points):
            found.append((key, [fact for _day, fact in points]))
    return found


def latest(ds: Dataset, facts: Sequence[Fact]) -> list[Fact]:
    """`facts` without the older points of each series (`series`): its newest point stays, all
    of them where several share the newest date. Figures in no series stay, in their order."""
    older: set[str] = set()
    for _key, points in series(ds, facts):
        newest = point_date(points[-1].period)
        older.update(f.id for f in points if point_date(f.period) != newest)
    return [f for f in facts if f.id not in older]


def running_points(ds: Dataset) -> dict[str, tuple[tuple[int, int], tuple[int, int]]]:
    """Figures that are one day's point of a count the record holds at other days too, with the months they cover.

    A point is a figure as of a day, or one of the spans of a running total (all starting on one day) that
    ends within a year: years named tell apart the totals to the end of 2014 and of 2018.
    """
    found: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {}
    counts = [f for f in ds.facts if ds.metric_by_id[f.metric].kind not in PERCENT_KINDS]  # a share said is no tally
    for members in groups(ds, counts).values():
        starts = [f.period.first_day for f in members if f.period is not None and f.period.as_of is None]
        points = {
            f.id: day
            for f in members
            if f.period is not None
            and (day := point_date(f.period)) is not None
            and (f.period.as_of is not None or (starts.count(f.period.first_day) > 1 and not _year_end(day)))
        }
        if len(set(points.values())) > 1:
            for f in members:
                if f.id in points and f.period is not None:
                    first, last = f.period.first_day or points[f.id], points[f.id]
                    found[f.id] = ((first.year, first.month), (last.year, last.month))
    return found


def _year_end(day: dt.date) -> bool:
    return (day.month, day.day) == (12, 31)
