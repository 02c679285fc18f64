"""Whether what a sentence says of a number (`Context`, claim_context.py) can be a recorded figure's quantity.

A number is judged only against figures of its own quantity: the same kind of thing counted in the same unit
(`same_kind`, asked once for every figure of a metric in a unit), of the same part and period (`same_quantity`).
`candidates.py` scores the figures that pass.
"""

from __future__ import annotations

import datetime

from .context import Context
from .profiles import PLACE_LEVELS, Profile
from .time_words import A_WEEK, A_YEAR_IN_MONTHS
from .wording import EARLIEST_YEAR, LATEST_YEAR, PLACE_STEMS, SEVERAL_YEARS, content_stem, fits_span

FISCAL = content_stem("fiscal")

A_YEAR = 365  # days
A_MONTH = 31  # days: the slack of a span of years said
LOOSE_YEARS = 4  # a span of this many years or more is said loosely, by a year
DAYS_BEFORE_THE_END = 31  # a day named this close to a span's end may date a figure of the whole span
AROUND_A_CITY = frozenset(filter(None, map(content_stem, ("county", "metropolitan", "suburbs"))))  # "condado" too
EVENTS = content_stem("events")  # a count of seizure events ("incidents" too: wording.SYNONYMS)


def same_kind(kind: Profile, context: Context, units: set[str]) -> bool:
    """Whether what the sentence says of a number can be of a metric in a unit at all (see same_quantity)."""
    rate = context.sub_year_rate
    if (rate is not None and not (rate and kind.yearly)) or context.uncounted_act:
        # the record holds no rate over a month, a week or a day (one of a flow per year is that flow, in another unit:
        # "2,000 guns a day" are 730,000 a year), and no count of weapons destroyed
        return False
    if context.proportion and kind.change:
        return False  # "ocho de cada diez" is a share of a whole, not a rise
    if kind.change and not (context.change_said or context.share):
        return False  # "Nuevo León, con 11%" says no change: not a rise of 11 % (nor "11% of", a slip of one)
    if context.measure is not None and context.measure.dimension != kind.dimension:
        return False
    if context.counted is None:
        return True
    if kind.percent and context.counted <= PLACE_STEMS:
        return False  # "la mitad de los estados": a share of places, and the record holds none
    if kind.percent:  # a share whose words name what it is of: that, or not this share (one naming none: any)
        return bool(context.counted & kind.own_words or not (kind.own_words - kind.unit_words) & units)
    if EVENTS in context.counted and not any(EVENTS in words for words in kind.units):
        return False  # "308 weapon seizure events" count events, not the 579 weapons they seized
    return any(context.counted & words for words in kind.units)


def same_quantity(p: Profile, context: Context, places: frozenset[str] = frozenset()) -> bool:
    """Whether what the sentence says of a number can be the recorded figure's quantity at all.

    A different unit of measure (dollars for pesos, kilograms for firearms), a different thing
    counted (rounds for firearms: `same_kind`, asked first), a part where the record has the
    whole (a division, a state), or one year where the record has several (or the reverse) is
    another quantity: it is never judged against this figure. `places` are the names of the places the record
    counts apart (`Profiles.place_names`) that the number's own words name.
    """
    if p.percent and context.counted and not context.counted & (p.whole or p.own_words | p.described):
        # a share of firearms is not one of homicides committed with firearms; a share of people is none said of
        # firearms, whose label names no whole
        return False
    # the part the sentence names, unless a meeting of the figure's was held there: "la primera reunión del Grupo de
    # Implementación de Seguridad, en la que participaron seis agencias, fue en McAllen" (asked only where one is named)
    part = context.part and not (p.initiative_kind == "dialogue" and p.initiative in context.initiatives)
    if part and (p.scope == "national" or (p.scope == "case" and not p.specific)):
        # a country's whole is never a state's or a port's part, whatever its description names; nor is a case that
        # names no place (Mexico's suit against the gun makers) of one
        return False
    if part and p.scope not in (None, "case") and not p.specific & context.weights.keys():
        return False  # a part the sentence names is not the part the figure counts: Los Indios is not El Paso
    if p.specific and not p.specific & context.for_parts and p.specific & context.weights.keys():
        return False  # its part is another figure's: "43 % de Texas, 29 % de California" is not Texas's 29 %
    if p.scope == "city" and AROUND_A_CITY & context.weights.keys() and not AROUND_A_CITY & (p.own_words | p.described):
        return False  # a county or a metro area is more than its city: "Harris County, which includes Houston"
    mine = p.places & context.for_parts
    if mine and len(p.places & context.weights.keys() - context.for_parts) >= len(mine):
        # ... nor is a figure of several places one number's where as many of them are the others' as its own: "el
        # 43% proviene de Texas, el 22% de Arizona y el 9% de California" is not the three states' 74 % (but "six
        # states (Sinaloa, Sonora ...): 56 %" keeps the six, though the count's words hold Sinaloa)
        return False
    if mine and 2 * len(mine) < len(p.places):
        return False  # ... nor one of fewer than half its places: "el 90% ... en Chihuahua" is not five routes' 32 %
    if p.scope in PLACE_LEVELS and p.places - context.for_parts and places - p.specific:
        # another place the record counts (`places`, named for this number), and not all of its own: "En Sinaloa ...
        # mil 448 armas" is no count of Michoacán's, nor four states' share one of six
        return False
    if p.change and p.years and p.years[0] == p.years[1] and _later_year(p.years[1], context):
        return False  # a year's change is over the year before: "rose 40 % in 2024 compared with 2023" is not 2023's
    if p.change and p.years and p.years[1] - p.years[0] >= SEVERAL_YEARS and _within_a_year(context):
        return False  # ... and a change over one year is none over several: "en 2020 respecto de 2019" is not 2018-2023
    several = context.years_back or context.since is not None or (context.years_counted or 0) > 1
    if p.yearly and several and not context.yearly:
        # "250 mil muertes ... en los últimos 13 años", "250,000 guns have reached Mexico since 2011": a total of years,
        # no flow per year
        return False
    # (a share is of a yearly whole as of any: "2.2% of guns made in the US each year" is the suit's 2.2 %)
    if context.yearly and not (p.yearly or p.percent) and not (p.years and p.years[0] == p.years[1] and context.years):
        # a flow per year is no total of several years, nor of a period the record does not give, nor a year's count
        # unless that year is named: "cada año ingresan casi 20 mil armas" is neither the GAO's more than 20,000 traced
        # in five years nor the 20,000 traced in 2011
        return False
    if context.years_counted is not None and not _lasts(p, context.years_counted):
        return False  # "en dos años, casi 30 mil armas" is no count of one year, nor of five months
    if context.months_counted is not None and not _lasts(p, context.months_counted / A_YEAR_IN_MONTHS):
        return False  # "In 4 months, ... nearly 10,000 firearms" is no count of fourteen months
    if context.days_counted is not None and not _lasts(p, context.days_counted / A_YEAR, slack=A_WEEK):
        return False  # "In the three weeks to 16 March 2025, 692 firearms" are no count since 5 February
    if _months_apart(p, context):
        return False  # "a partir de septiembre de 2024" is no count of January to August 2024
    if p.began is not None and p.initiative not in context.initiatives and _before(p.began, context):
        return False  # "1,300 guns seized in 2010" are none under a law of 2022 (named, it is a mix-up: candidates.py)
    if _day_inside(p, context):
        return False  # "as of May 6, 2025" is no count of all 2025, nor of fiscal 2025
    if _another_fiscal_year(p, context):
        return False  # "in fiscal 2024" is no count of fiscal 2025, though it ran into calendar 2024
    whole = context.closed_years
    if not whole:
        # a span open since a year holds no figure begun before it and running into it: "since 2013" is not 2009-2019
        # (one that ended before it is a mix-up: "since 2024, 802 cases", the record's 802 of 2021-2023)
        # (nor a count of a period begun SEVERAL_YEARS or more after it: "desde 2012, más de 40,000 cartuchos" is no
        # count of fiscal 2025; a running total as of a day may have run since then)
        since = context.since
        if since is None or p.years is None:
            return True
        # (a count as of a day may have run since then, unless its operation began later: "more than 2,000 weapons
        # seized in the city since 2016" is no total of Operation Northern Border, begun in 2025)
        first = p.runs_since if p.runs_since is not None else p.years[0]
        dated = p.fact.period is not None and (p.fact.period.as_of is None or p.runs_since is not None)
        later = dated and first - since >= SEVERAL_YEARS
        return not (p.years[0] < since <= p.years[1] or later)
    if p.years and p.years[0] > EARLIEST_YEAR and p.years[1] < LATEST_YEAR:
        recorded_years = p.years[1] - p.years[0]
        # (not the year of a day named: "a 10 de febrero 2026" may end a count begun in 2024)
        alone = len(set(whole)) == 1 and whole[0][0] == whole[0][1] and whole[0][0] not in context.said_in
        alone = alone and not any(day.year == whole[0][0] for day in context.days)
        if alone and recorded_years >= SEVERAL_YEARS:
            return False  # "in 2011 alone" is not 2007-2011 (but "from 16,133 in 2017 to 24,642 in 2022" is a span)
        if all(high > low for low, high in whole) and recorded_years == 0:
            return False  # "from 2007 to 2011" is not 2011
    spans = set(whole)
    if len(spans) == 1 and p.fact.period is not None and _a_span((span := spans.pop()), context, p):
        # "2013-18" is not 2014-2018, nor one from December 2018 on (a span apart is a mix-up: candidates.py); nor
        # "entre enero y octubre de 2024" the whole year 2024, or a running count's total since October 2024
        overlaps = p.years is not None and span[0] <= p.years[1] and p.years[0] <= span[1]
        return not overlaps or fits_span(p.fact.period, *span, context.months)
    return True


def _lasts(p: Profile, years: float, slack: int | None = None) -> bool:
    """Whether a figure's period may be the given number of years (True where the record gives no span): as long, give
    or take a month, or, of LOOSE_YEARS or more, by a year ("the last five years" may be four and this one's part)."""
    period = p.fact.period
    if period is None:
        return True
    # (a count as of a day has run since its operation began: "más de mil en 12 meses" are no count of its first month;
    # one since a day, to the day it was made known: Without a Trace's 542 since October 2019, given in 2021)
    first = p.running_from if period.as_of is not None else period.first_day
    last = period.last_day if period.last_day is not None else p.known_from
    if first is None or last is None:
        return True
    slack = slack if slack is not None else A_YEAR + A_MONTH if years >= LOOSE_YEARS else A_MONTH
    days = (last - first).days + 1
    return years * A_YEAR - slack <= days <= years * A_YEAR + slack


def _day_inside(p: Profile, context: Context) -> bool:
    """Whether the text names a day inside a figure's span, a month or more before it ends: the figure was not yet
    counted in full that day (a running count's point, a day of its own, is candidates.py's to judge; but a span from
    a day after the count began to its point is a part of it: "between 23 February and 16 March 2025, 692 more
    firearms" are no total since 5 February)."""
    period = p.fact.period
    if not context.days or period is None:
        return False
    if period.as_of is not None:
        began = p.running_from
        return (
            began is not None and period.as_of in context.days and any(began < d < period.as_of for d in context.days)
        )
    first, last = period.first_day, period.last_day
    if first is None or last is None:
        return False
    return any(first < day < last - datetime.timedelta(days=DAYS_BEFORE_THE_END) for day in context.days)


def _before(year: int, context: Context) -> bool:
    """Whether every year a sentence names as a period ends before `year`."""
    return bool(context.period_years) and all(high < year for _low, high in context.period_years)


def _within_a_year(context: Context) -> bool:
    """Whether the years a sentence names as a period lie within two years of each other: "en 2020 respecto de 2019"."""
    years = [y for span in context.closed_years for y in span if not (span[0] == span[1] and y in context.said_in)]
    return bool(years) and max(years) - min(years) < SEVERAL_YEARS


def _later_year(year: int, context: Context) -> bool:
    """Whether the latest year a sentence names as a period, each a year of its own, is later than `year`."""
    named = [low for low, high in context.period_years if low == high and EARLIEST_YEAR < low < LATEST_YEAR]
    return bool(named) and max(named) > year


def _a_span(span: tuple[int, int], context: Context, p: Profile) -> bool:
    """Whether the years named are a span the figure's period must fit: several years (a figure's, not a running
    count's point: its day is told by the months named, candidates.py), or months apart in one year."""
    return (span[0] < span[1] and p.months is None) or context.months_apart


def _fiscal_year(p: Profile, context: Context) -> tuple[datetime.date, datetime.date] | None:
    """A fiscal year's first and last days, as a span of part of a year, where the sentence names no fiscal year: "in
    October 2025, 400 guns seized in Laredo" are no count of fiscal 2025, which ended in September."""
    period = p.fact.period
    if period is None or period.fiscal_year is None or FISCAL in context.weights:
        return None
    first, last = period.first_day, period.last_day
    return (first, last) if first is not None and last is not None else None


def _another_fiscal_year(p: Profile, context: Context) -> bool:
    """Whether the sentence names years, each a year of its own, and not the figure's fiscal year: fiscal years, or the
    calendar year a fiscal year's first three months fall in ("700 weapons in 2024" are no count of fiscal 2025)."""
    period = p.fact.period
    if period is None or period.fiscal_year is None:
        return False
    named = {low for low, high in context.period_years if low == high}
    fiscal = FISCAL in context.weights
    return bool(named) and period.fiscal_year not in named and (fiscal or period.fiscal_year - 1 in named)


def _months_apart(p: Profile, context: Context) -> bool:
    """Whether the months the text names all lie outside a figure's span of part of a year, in a year of it (not a
    running count's point, which its months decide: candidates.py; nor a month that dates a report of another year;
    nor a whole year's, which a sentence may set beside months of another span: "between October 2023 and July
    2024, 28,788 rounds, compared to 12,172 in fiscal year 2023")."""
    if not context.months or p.years is None:
        return False
    span = p.part_of_a_year or _fiscal_year(p, context)
    if span is None:
        return False
    first, last = span
    if not any(p.years[0] <= year <= p.years[1] for year, _m in context.months):
        return False
    return not any(
        (year, month) >= (first.year, first.month) and (year, month) <= (last.year, last.month)
        for year, month in context.months
    )


def within_fiscal_years(p: Profile, years: tuple[tuple[int, int], ...]) -> bool:
    """Whether a figure's period lies within fiscal years named (U.S. federal: October to September): "since the start
    of fiscal year 2025 ... through April" is CBP's count of October 2024 to April 2025."""
    period = p.fact.period
    first, last = (period.first_day, period.last_day) if period is not None else (None, None)
    return (
        first is not None
        and last is not None
        and any(
            datetime.date(low - 1, 10, 1) <= first and last <= datetime.date(high, 9, 30)
            for low, high in years
            if EARLIEST_YEAR < low <= high < LATEST_YEAR
        )
    )


def said_then(p: Profile, context: Context) -> bool:
    """Whether the sentence says its count was given on the day a running count's point was made known, or the day
    after: "the defence secretary said on 10 February 2026 that 18,000 firearms" are his count of that day."""
    return p.day is not None and any(0 <= (said - p.day).days <= 1 for said in context.said_on)
