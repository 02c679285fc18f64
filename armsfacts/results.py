"""What the lookup commands gather besides the data's own records, and how: an initiative, agency
or source with its figures, a metric's figures side by side (`compare`), search hits (built
by finding.py).

Each record is built (`defer_build`) when a command first uses it: a command uses one of them.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from .errors import not_found
from .i18n import _
from .models import Agency, Dataset, Fact, Figure, Initiative, Period, Person, Source
from .quantity import SeriesKey, point_date, series, series_id, series_key
from .query import (
    components,
    filter_facts,
    get_agency,
    get_initiative,
    get_metric,
    get_source,
    list_people,
    suggest,
)
from .terminal import quoted
from .values import LATEST, Number
from .vocab import Agreement, Bound, RecordKind


class InitiativeDetail(Initiative, defer_build=True):
    """An initiative (operation, program, law, …) with every figure attributed to it."""

    facts: list[Fact]


class AgencyDetail(Agency, defer_build=True):
    """An agency with its components, its officials and the figures it is named in."""

    components: list[str]
    people: list[Person]
    facts: list[Fact]


class SourceDetail(Source, defer_build=True):
    """A source with every figure taken from it."""

    facts: list[Fact]


class CompareRow(BaseModel, defer_build=True):
    """One figure of a metric as one source gave it, to set beside the others (`compare`)."""

    metric: str
    fact: str = Field(description="The figure's record; a source that re-reports it shares it.")
    source: str
    value: Number
    bound: Bound
    low: Number | None
    high: Number | None
    as_printed: str
    unit: str
    period: Period | None
    paragraph: int | None
    page: int | None
    speaker: str | None = Field(description="The name of the official the source quotes, if any.")
    outlet: str | None
    estimate_by: str | None = Field(description="Who made the estimate; null for a count.")
    estimate_by_es: str | None = Field(default=None, description="Who made it, in Spanish.")
    method: str | None
    method_es: str | None
    caveat: str | None = Field(description="The first caveat of this source's figure, else of the figure.")
    caveat_es: str | None
    agreement: Agreement
    scale: str = Field(
        description="The quantity the figure is of (quantity.series_id): rows with the same scale share a bar scale."
    )


class TrendRow(BaseModel, defer_build=True):
    """One point of a series: a figure of one quantity at its date (`trend`)."""

    series: str = Field(description="The quantity the series is of (quantity.series_id); one series, one value here.")
    metric: str
    fact: str
    date: dt.date = Field(description="The day the point stands at: its period's last day, else its first.")
    period: Period
    value: Number
    bound: Bound
    low: Number | None
    high: Number | None
    as_printed: str
    unit: str
    source: str
    agreement: Agreement


class SearchHit(BaseModel, defer_build=True):
    """One record that matched a search."""

    kind: RecordKind
    id: str
    name: str
    matched: str
    name_es: str | None = Field(default=None, description="The name in Spanish, where the data has one.")


# ---------------------------------------------------------------------------
# Details: a record with what the data ties to it.


def initiative_detail(ds: Dataset, name: str, kind: str | None = None) -> InitiativeDetail:
    ini = get_initiative(ds, name, kind)
    facts = [f for f in ds.facts if f.initiative == ini.id]
    return InitiativeDetail(**dict(ini), facts=facts)


def agency_detail(ds: Dataset, code: str) -> AgencyDetail:
    agency = get_agency(ds, code)
    return AgencyDetail(
        **dict(agency),
        components=components(ds, agency.code),
        people=list_people(ds, agency.code),
        facts=filter_facts(ds, agency=agency.code),
    )


def source_detail(ds: Dataset, source_id: str) -> SourceDetail:
    src = get_source(ds, source_id)
    return SourceDetail(**dict(src), facts=[f for f in ds.facts if src.id in f.sources])


# ---------------------------------------------------------------------------
# A metric's figures side by side.


def _compare_row(ds: Dataset, fact: Fact, printed: Figure, source_id: str) -> CompareRow:
    src = ds.source_by_id[source_id]
    estimate = fact.estimate
    caveats = (printed.caveats, printed.caveats_es) if printed.caveats else (fact.caveats, fact.caveats_es)
    return CompareRow(
        metric=fact.metric, fact=fact.id, source=source_id, value=printed.value, bound=printed.bound,
        low=printed.low, high=printed.high, as_printed=printed.as_printed, unit=fact.unit, period=fact.period,
        paragraph=printed.paragraph, page=printed.page,
        speaker=ds.person_by_id[src.speaker].name if src.speaker else None, outlet=src.outlet,
        estimate_by=estimate.by if estimate else None,
        estimate_by_es=estimate.by_es if estimate else None,
        method=estimate.method if estimate else None, method_es=estimate.method_es if estimate else None,
        caveat=caveats[0][0] if caveats[0] else None, caveat_es=caveats[1][0] if caveats[1] else None,
        agreement=fact.agreement, scale=series_id(series_key(ds, fact)),
    )  # fmt: skip


def compare(ds: Dataset, metric: str) -> list[CompareRow]:
    """Every figure of one metric, each source's on its own row, ordered by period.

    A figure's other sources follow it. Figures without a period come after the others, in
    the order their sources were published (undated sources last).
    """
    metric_id = get_metric(ds, metric)
    keyed = []
    for index, fact in enumerate(f for f in ds.facts if f.metric == metric_id):
        if fact.period is not None:
            when = (0, fact.period.sort_key())
        else:
            when = (1, ds.source_by_id[fact.source].date or LATEST)
        for rank, source_id in enumerate(fact.sources):
            keyed.append(((*when, index, rank), _compare_row(ds, fact, fact.printed_by(source_id), source_id)))
    return [row for _key, row in sorted(keyed, key=lambda pair: pair[0])]


def compare_groups(ds: Dataset, metric: str) -> list[tuple[SeriesKey, list[CompareRow]]]:
    """`compare`'s rows grouped by quantity, groups in the order of their first row: one scale each."""
    grouped: dict[SeriesKey, list[CompareRow]] = {}
    for row in compare(ds, metric):
        grouped.setdefault(series_key(ds, ds.fact_by_id[row.fact]), []).append(row)
    return list(grouped.items())


def trend(ds: Dataset, wanted: str) -> list[tuple[SeriesKey, list[TrendRow]]]:
    """The series of a metric (or the one series a `series_id` names), each oldest point first."""
    metric_id = get_metric(ds, wanted.split("/", 1)[0] if "/" in wanted else wanted)
    found, names = [], []
    for key, facts in series(ds, (f for f in ds.facts if f.metric == metric_id)):
        name = series_id(key)
        names.append(name)
        if "/" in wanted and name != wanted:
            continue
        rows = [_trend_row(name, f) for f in facts]
        found.append((key, rows))
    if "/" in wanted and not found:  # a series named that is not one: say so, and name the real ones
        raise not_found(_("no series {name}").format(name=quoted(wanted)), suggest(wanted, names))
    return found


def _trend_row(name: str, f: Fact) -> TrendRow:
    day = point_date(f.period)
    assert f.period is not None and day is not None  # a series holds dated figures only
    return TrendRow(
        series=name,
        metric=f.metric,
        fact=f.id,
        date=day,
        period=f.period,
        value=f.value,
        bound=f.bound,
        low=f.low,
        high=f.high,
        as_printed=f.as_printed,
        unit=f.unit,
        source=f.source,
        agreement=f.agreement,
    )
