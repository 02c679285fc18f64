"""Numbers, figures, dates and periods as people read them ("more than 1,436", "+40 %")."""

from __future__ import annotations

import datetime as dt

from .models import Fact, Period, Report

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")  # fmt: skip
NOT_GIVEN = "not given"


def number(value: int | float) -> str:
    """3337 -> '3,337'; 1436.5 -> '1,436.5'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


UNIT_WORDS = {"usd": "US dollars"}


def figure(fact: Fact | Report, unit: str | None = None) -> str:
    """The figure with its bound and unit: 'more than 1,436 investigations', '+40 %'.

    A report (another source's figure) has no unit of its own: pass its fact's.
    """
    unit = unit or str(getattr(fact, "unit", ""))
    if fact.bound == "range" and fact.low is not None and fact.high is not None:
        core = f"{fact.as_printed} ({number(fact.low)}–{number(fact.high)})"
    elif unit == "percent":
        sign = "+" if fact.value > 0 else ""
        core = f"{sign}{number(fact.value)} %"
    else:
        core = number(fact.value)
    if fact.bound == "at_least":
        core = f"more than {core}"
    elif fact.bound == "approximate":
        core = f"about {core}"
    return core if unit == "percent" else f"{core} {UNIT_WORDS.get(unit, unit)}"


def date(day: dt.date | None) -> str:
    if day is None:
        return NOT_GIVEN
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period(p: Period | None) -> str:
    if p is None:
        return NOT_GIVEN
    if p.year is not None:
        return str(p.year)
    if p.as_of is not None:
        return f"as of {date(p.as_of)}"
    return f"{date(p.start)} – {date(p.end)}"


def optional(text: str | None) -> str:
    return text if text else "—"
