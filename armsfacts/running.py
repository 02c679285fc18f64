"""A running count's points (an operation's totals given at one day after another): where a claim may lie between two
of them, as the count stood at a day the record lacks, rather than be a wrong figure.

verdicts.py asks these of the figures a claim may be about (each a `Match`, judged by a `Judge`); the points are those
of one series (quantity.series_key): one metric, one operation or agency, counted from one day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from .context import Context
from .i18n import _
from .judge import Judge
from .judgment import Judgment, Outcome
from .matches import Match
from .models import Dataset
from .notes import named_figures
from .quantity import SeriesKey, series_key
from .ties import DIGIT_SLIPS, may_say_its_kind


def between_points(ds: Dataset, of: Judge, matches: Sequence[Match]) -> list[Judgment]:
    """The nearest points below and above the claim of a running count the text ties, of the kind its words name;
    none unless it has points on both sides."""
    below: dict[SeriesKey, list[Judgment]] = {}
    above: dict[SeriesKey, list[Judgment]] = {}
    for c in of.all(m for m in matches if m.profile.months is not None and m.identified and may_say_its_kind(m)):
        side = below if float(c.fact.value) < c.claimed_value else above
        side.setdefault(series_key(ds, c.fact), []).append(c)
    key = next((key for key in below if key in above), None)
    if key is None:
        return []
    return [max(below[key], key=lambda c: c.fact.value), min(above[key], key=lambda c: c.fact.value)]


def stood_there_before(ds: Dataset, of: Judge, c: Judgment, matches: Sequence[Match]) -> list[Judgment]:
    """A running count's point a digit from the claim, and its nearest point below the claim, where the claim lies
    between them: the count may have stood there a day or more before ("31,717" magazines, totals to 16 November given
    on the 17th, between the 30,179 of 28 October and the 31,771 of 17 November, no transposed 31,771); else none.
    A claim above the point is no earlier count ("6 mil 189" on 25 August, when the count stood at 5,189)."""
    if c.near not in DIGIT_SLIPS or c.profile.months is None or c.claimed_value >= float(c.fact.value):
        return []
    points = between_points(ds, of, matches)
    return points if points and points[1].fact.id == c.fact.id else []


def within_its_month(ds: Dataset, of: Judge, c: Judgment, matches: Sequence[Match]) -> list[Judgment]:
    """A running count's point the text ties by its month alone (or by another day of it), and the count's nearest
    points before and after that month (or day), where the claim lies between them: the count stood there some day of
    the month ("en julio de 2025" Operation Northern Border's 4,000 firearms, between its 3,238 of 30 May and 5,189 of
    25 August, is no wrong 4,345 of 16 July); else none."""
    day = c.profile.day
    context = of.context
    if day is None or c.profile.months is None or day in context.days:
        return []
    month = (day.year, day.month)
    # (or by a day of its month a sentence before named, the sentence naming none: "results as of 17 December" and
    # then "33 mil 885 cargadores" lie between the count's 33,785 of 14 December and 34,265 of 29 December)
    named_before = {d for d in context.days_before if (d.year, d.month) == month} if not context.months else set()
    if day in named_before or (month not in context.months and not named_before):
        return []
    key = series_key(ds, c.fact)
    points = [(d, m) for m in matches if (d := m.profile.day) is not None and series_key(ds, m.profile.fact) == key]
    if named_before:
        first = last = max(named_before)
    else:  # (every day of the month)
        first = day.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    before = [m for d, m in points if d < first]
    after = [m for d, m in points if d > last]
    if not before or not after:
        return []
    low = max(before, key=lambda m: m.profile.fact.value)
    high = min(after, key=lambda m: m.profile.fact.value)
    if not float(low.profile.fact.value) < c.claimed_value < float(high.profile.fact.value):
        return []
    return of.all([low, high])


def unnamed_point(ds: Dataset, c: Judgment, matches: Sequence[Match], context: Context) -> bool:
    """Whether a figure is one of a running count's totals (a point, or a total of the same series to a year's end)
    whose day and month the text names neither, here or in a sentence before: the count stood at other values on other
    days."""
    last = c.fact.period.last_day if c.fact.period is not None else None
    if last is None or last in context.days or (last.year, last.month) in context.months | context.months_before:
        return False  # (its month named in the sentence, or before it: "Este martes 9 de diciembre de 2025, ...")
    key = series_key(ds, c.fact)
    return c.profile.months is not None or any(
        m.profile.months is not None and series_key(ds, m.profile.fact) == key for m in matches
    )


def between(ds: Dataset, points: Sequence[Judgment]) -> Outcome:
    """Unverified: the claim may be the count at a day between two of the record's points, named."""
    figures = named_figures(ds, [c.fact for c in points])
    note = _("the count may have stood there at a day between two of the record's: {figures}")
    return Outcome("unverified", list(points), [], None, note.format(figures=figures))


def days_from(m: Match, context: Context) -> int:
    """How many days a running count's point lies from the last day the text names, the one a count stands at in a
    span ("del 5 de febrero al 3 de septiembre"), else from the nearest of its months' first days."""
    named = [max(context.days)] if context.days else [dt.date(year, month, 1) for year, month in context.months]
    day = m.profile.day
    return min((abs((day - d).days) for d in named), default=0) if day is not None else 0
