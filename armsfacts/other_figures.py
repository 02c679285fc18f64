"""The record's other figures of a claim's metric that account for its value, so that no contradiction is made of it
(verdicts.py): another year of a series the text does not date, another item of a list the text swapped, another span's
figure whose value the text gives.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from .context import Context
from .judgment import Judgment
from .matches import Match
from .models import Dataset, Fact, Period

# The record's figures of one scale a count or share may be about (OTHER_SCALE) that are few enough for a round
# number to be one of them by its value alone (every share is of one scale: a share needs a tie of its own).
FEW_OF_A_SCALE = 2


def another_year_of_its_series(m: Match, matches: Sequence[Match]) -> bool:
    """Whether a figure is one year's count of a series the record holds for FEW_OF_A_SCALE other years or more (the
    same metric, by the same agencies), and the text names no years, operation or speaker: "la Defensa aseguró 6 mil
    348 armas" may be a year the record lacks, no mistyped 5,348 of 2021."""
    p = m.profile
    if (
        m.years_named
        or m.initiative_named
        or m.speaker_named
        or p.percent
        or p.years is None
        or p.years[0] != p.years[1]
    ):
        return False  # (a share its speaker gave is his statement's, whatever he said in other years)
    years = {
        o.profile.years
        for o in matches
        if o.profile.fact.metric == p.fact.metric and o.profile.agencies == p.agencies and o.profile.years != p.years
    }
    return sum(low == high for low, high in filter(None, years)) >= FEW_OF_A_SCALE


def theirs_for_another(ds: Dataset, c: Judgment, context: Context) -> bool:
    """Whether the sources that give a figure beside the sentence's others give the claim's value for another figure of
    its metric: a list's items swapped, or one item given another's value, no slip of the pen."""
    sources = {source for source, _metric, _fact in context.together if source in c.verdicts}
    return any(
        f.metric == c.fact.metric and f.id != c.fact.id and sources & set(f.sources)
        for f in ds.facts
        if _prints(f, c.claimed_value)
    )


def printed_for_another_span(ds: Dataset, c: Judgment) -> list[Fact]:
    """The figures of a contradicted figure's metric, country and initiative, over a span that overlaps its own, that
    print the claim's value: "según el estudio, realizado entre 2017 y 2022, el 74%" of guns from the U.S. may be the
    NFCTA's 74 % of 2017-2021 given another end, no wrong 67.5 % of 2017-2022. (Spans only: a running count's points
    have their own days, running.py.)"""
    span = _span(c.fact.period)
    if span is None:
        return []
    return [
        f
        for f in ds.facts
        if f.metric == c.fact.metric
        and f.id != c.fact.id
        and f.country == c.fact.country
        and f.initiative == c.fact.initiative  # (another operation's is a mix-up, said so: verdicts.py's `elsewhere`)
        and (other := _span(f.period)) is not None
        and other[0] <= span[1]
        and span[0] <= other[1]
        and _prints(f, c.claimed_value)
    ]


def _prints(f: Fact, value: float) -> bool:
    """Whether one of a figure's printings gives the value (a claim's, in the figure's unit)."""
    return any(float(p.value) == value for p in f.printings())


def _span(period: Period | None) -> tuple[datetime.date, datetime.date] | None:
    """A period's first and last days, where it is a span with both (not a running count's day, nor open)."""
    if period is None or period.as_of is not None or period.first_day is None or period.last_day is None:
        return None
    return period.first_day, period.last_day
