"""Numbers, figures, dates and periods as people read them ("more than 1,436", "+40 %").

In Spanish, Mexican conventions: thousands grouped with a comma and a decimal point, as in
English (3,337 and 1,436.5), and dates as "1 de mayo de 2022".
"""

from __future__ import annotations

import datetime as dt

from .i18n import _, language, word
from .models import Fact, Period, Report

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
}  # fmt: skip


def not_given() -> str:
    return _("not given")


def unit_word(unit: str) -> str:
    return word(unit)


def number(value: int | float) -> str:
    """3337 -> '3,337'; 1436.5 -> '1,436.5' (the same in Mexican Spanish)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}"


def figure(fact: Fact | Report, unit: str | None = None) -> str:
    """The figure with its bound and unit: 'more than 1,436 investigations', '+40 %'.

    A report (another source's figure) has no unit of its own: pass its fact's.
    """
    unit = unit or str(getattr(fact, "unit", ""))
    if fact.bound == "range" and fact.low is not None and fact.high is not None:
        low, high = number(fact.low), number(fact.high)
        if language() == "es":  # the printed word ('hundreds') is English: give the range alone
            core = _("{low} to {high}").format(low=low, high=high)
        else:
            core = f"{fact.as_printed} ({low}–{high})"
    elif unit == "percent":
        sign = "+" if fact.value > 0 else ""
        core = f"{sign}{number(fact.value)} %"
    else:
        core = number(fact.value)
    if fact.bound == "at_least":
        core = _("more than {figure}").format(figure=core)
    elif fact.bound == "approximate":
        core = _("about {figure}").format(figure=core)
    return core if unit == "percent" else f"{core} {unit_word(unit)}"


def date(day: dt.date | None) -> str:
    if day is None:
        return not_given()
    month = MONTHS[language()][day.month - 1]
    if language() == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def period(p: Period | None) -> str:
    if p is None:
        return not_given()
    if p.year is not None:
        return str(p.year)
    if p.as_of is not None:
        return _("as of {date}").format(date=date(p.as_of))
    return f"{date(p.start)} – {date(p.end)}"


def optional(text: str | None) -> str:
    return text if text else "—"
