"""The page's charts: one per quantity with more than one figure, on an axis of its own.

Only figures of one quantity (quantity.py) share a scale: a nation's total, one operation's
and one office's are three charts, never bars on one axis. A quantity whose figures follow one
another in time (quantity.series) is drawn as a line over time; any other as bars. Each bar's
label is HTML text above it, its number first, so it wraps and is never cut; the axis's tick
labels are HTML too, so they keep their size on a phone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import NamedTuple

from .i18n import _, pick
from .models import Dataset, Fact, Figure
from .output import words
from .quantity import SeriesKey, point_date, series, series_id, series_key

# A chart's drawing area in SVG user units; the SVG stretches to the page's width.
CHART_WIDTH, BAR_HEIGHT, LINE_HEIGHT = 720, 16, 160
# An axis reads best with 3 to 6 ticks past zero; steps are 1, 2 or 5 times a power of ten.
MAX_TICKS = 6
STEPS = (1, 2, 5, 10)


class Bar(NamedTuple):
    label: str  # whose figure, for when
    figure: str
    width: float
    extra: float  # a range's span past its low end
    fact_id: str


class Point(NamedTuple):
    label: str  # whose figure
    figure: str
    period: str
    date: str  # the day the figure stands at, in words
    x: float
    y: float
    fact_id: str


class Chart(NamedTuple):
    id: str  # the quantity's name (quantity.series_id), fit for an HTML id
    metric: str
    kind: str  # "bars" or "line"
    title: str  # the metric and what the quantity is
    description: str
    ticks: list[str]  # the axis's labels, from 0 to its top, evenly spaced
    bars: list[Bar]
    points: list[Point]
    first: str  # a line's first and last dates, under its ends
    last: str


def ticks(top: float) -> tuple[float, int]:
    """The axis's step and its number of steps: the fewest round steps that reach `top`."""
    if top <= 0:
        return 1.0, 1
    power = 10 ** math.floor(math.log10(top / MAX_TICKS))
    for step in (s * power for s in STEPS):
        count = math.ceil(top / step - 1e-9)
        if count <= MAX_TICKS:
            return float(step), max(count, 1)
    return float(10 * power), MAX_TICKS  # never reached: a step of 10 x power always fits


def _chart_id(key: SeriesKey) -> str:
    """A quantity's name as an HTML id: letters, digits, '_' and '-' only."""
    return re.sub(r"[^A-Za-z0-9_]+", "-", series_id(key)).strip("-")


def _who(ds: Dataset, fact: Fact, source_id: str) -> str:
    """Whose figure: an estimate's maker and the day they were reported, else the source."""
    if fact.estimate is None:
        return words.source_label(ds, source_id)
    src = ds.source_by_id[source_id]
    said = src.date or src.published
    template = (
        _("estimate by {who}, reported by {source} on {date}") if said else _("estimate by {who}, reported by {source}")
    )
    return template.format(
        who=pick(fact.estimate.by, fact.estimate.by_es),
        source=words.source_label(ds, source_id),
        date=words.date(said),
    )


def _label(ds: Dataset, fact: Fact, source_id: str) -> str:
    """Whose figure, and for when; a figure without a period says so in its chart's title, not on each bar."""
    who = _who(ds, fact, source_id)
    return f"{who} · {words.period(fact.period)}" if fact.period is not None else who


def charts(ds: Dataset) -> list[Chart]:
    """A chart per quantity that has more than one figure (another source's differing figure counts)."""
    found = []
    for metric in ds.metrics:
        grouped: dict[SeriesKey, list[tuple[Fact, Figure, str]]] = {}
        for f in (f for f in ds.facts if f.metric == metric.id):
            entries = grouped.setdefault(series_key(ds, f), [])
            entries.append((f, f, f.source))
            entries.extend((f, r, r.source) for r in f.differing_reports())
        for key, entries in grouped.items():
            # Bars and the vertical axis start at zero: a quantity with a figure below zero gets no chart.
            if len(entries) >= 2 and all(fig.value >= 0 for _f, fig, _s in entries):
                found.append(_chart(ds, metric.id, key, entries))
    return found


def _chart(ds: Dataset, metric_id: str, key: SeriesKey, entries: list[tuple[Fact, Figure, str]]) -> Chart:
    top = max((fig.high if fig.high is not None else fig.value) for _f, fig, _s in entries)
    step, count = ticks(top)
    scale = CHART_WIDTH / (step * count)
    facts = list({f.id: f for f, _fig, _s in entries}.values())
    is_series = bool(series(ds, facts)) and len(series(ds, facts)[0][1]) == len(facts)
    bars, points = [], []
    if is_series:
        days = [point_date(f.period) or dt.date.min for f, _fig, _s in entries]
        start, end = min(days), max(days)
        span = (end - start).days or 1
        for (f, fig, source_id), day in sorted(zip(entries, days, strict=True), key=lambda pair: pair[1]):
            points.append(
                Point(
                    label=_who(ds, f, source_id),
                    figure=words.figure_in_words(ds, f, fig),
                    period=words.period(f.period),
                    date=words.date(day),
                    x=CHART_WIDTH * (day - start).days / span,
                    y=LINE_HEIGHT - fig.value * LINE_HEIGHT / (step * count),
                    fact_id=f.id,
                )
            )
    else:
        for f, fig, source_id in entries:
            extra = (fig.high - fig.low) * scale if fig.high is not None and fig.low is not None else 0.0
            bars.append(
                Bar(
                    _label(ds, f, source_id),
                    words.figure_in_words(ds, f, fig),
                    max(fig.value * scale, 1.0),
                    extra,
                    f.id,
                )
            )
    metric = ds.metric_by_id[metric_id]
    first = entries[0][0]
    group = words.quantity_heading(ds, key, first.scope.name_es if first.scope else None)
    title = _("{metric} — {group}: {count} figures on one scale")
    name = pick(metric.label, metric.label_es)
    return Chart(
        id=_chart_id(key),
        metric=metric_id,
        kind="line" if is_series else "bars",
        title=title.format(metric=name[:1].upper() + name[1:], group=group, count=len(entries)),
        description=pick(metric.description, metric.description_es),
        ticks=[words.number(step * i) for i in range(count + 1)],
        bars=bars,
        points=points,
        first=points[0].date if points else "",
        last=points[-1].date if points else "",
    )
