"""The days a recorded figure's count ran and could be known, read from its period, its initiative and its sources:
for profiles.py, which reads each figure once for matching."""

from __future__ import annotations

import datetime

from .models import Dataset, Fact
from .wording import period_years

PART_OF_A_YEAR = 360  # days: a span shorter than this is part of a year ("January to August 2024")


def part_of_a_year(
    f: Fact, months: tuple[tuple[int, int], tuple[int, int]] | None
) -> tuple[datetime.date, datetime.date] | None:
    """A figure's first and last days, where it counts less than a year and is no running count's point."""
    period = f.period
    if months is not None or period is None or period_years(period) is None:
        return None
    first, last = period.first_day, period.last_day
    if first is None or last is None or (last - first).days >= PART_OF_A_YEAR:
        return None
    return first, last


def began_on(ds: Dataset, f: Fact) -> datetime.date | None:
    """The day a figure's initiative began, where the record knows it (the Bipartisan Safer Communities Act: 2022)."""
    ini = ds.initiative_by_id[f.initiative] if f.initiative else None
    return ini.period.start if ini is not None and ini.period is not None else None


def known_from(ds: Dataset, f: Fact) -> datetime.date | None:
    """The first day a figure can have been known: the day its period ends (a count of 2009-2014 was known in 2015 at
    the earliest, and may have been then, whenever the record's source printed it: INEGI's 2021 count, printed again
    in 2025); for one with no period, its first source's day (its date or, where it gives none, the day it was
    published: a page of 10 January 2025 knew what it prints), where every source gives one, and never before its
    period begins (Without a Trace's count since October 2019 is in no text of 2009)."""
    if f.period is not None and f.period.last_day is not None:
        return f.period.last_day
    dates = [(s := ds.source_by_id[sid]).date or s.published for sid in f.sources]
    said = min(d for d in dates if d is not None) if dates and None not in dates else None
    began = f.period.first_day if f.period is not None else None
    return max((d for d in (said, began) if d is not None), default=None)
