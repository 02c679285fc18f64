"""Whether a recorded figure that bears a claim out may do so by chance alone: a small count of a case or of a part
the text does not name, a bound that many figures meet, a round figure of an undated operation, a share whose metric
the words set apart less well than another's. `verdicts.py` asks `by_chance` of each figure before it names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .agreement import NEARLY
from .bearing import ends, precise, rounding_step
from .context import Context
from .judge import Judge
from .judgment import Judgment
from .numberwords import MONTH_NUMBERS
from .profiles import PLACE_LEVELS
from .ties import PART_LEVELS, tied_beyond_place, tied_by_its_own
from .wording import content_stem

BOUNDS = ("more_than", "at_least", "at_most")  # a claim's bounds, met by any figure past them
SMALL_COUNT = 100  # counts under this are too common to be one case's, or an unnamed part's, by value (coincidence)
SEVERAL_PARTS = 2  # a kind of more parts' shares than this: a share's value alone says nothing of which part's
# Each month by the stems of its names in full: none that begins another name of its month ("mar" is the sea, "may"
# a verb, and so English May goes unread)
MONTH_STEMS = {
    month: {content_stem(n) for n in names if not any(o != n and o.startswith(n) for o in names)}
    for month in set(MONTH_NUMBERS.values())
    if (names := [n for n, m in MONTH_NUMBERS.items() if m == month])
}


def by_chance(of: Judge, c: Judgment, top: Sequence[Judgment]) -> bool:
    """Whether a figure that bears the claim out may do so by chance alone, whatever else fits: a small count of a
    part (coincidence), a bound a rounding step away (_past_bound), a share whose metric the words set apart less
    well than another's (_set_apart_unsaid)."""
    return (
        coincidence(of, c)
        or _past_bound(of, c)
        or (of.n.percent and _set_apart_unsaid(c, top))
        or _bound_by_chance(of, c)
        or _undated_by_chance(of, c)
        or _share_of_a_part_unnamed(of, c)
    )


def _bound_by_chance(of: Judge, c: Judgment) -> bool:
    """Whether a bound, which many figures meet, is borne out by a figure nothing of its own ties: an operation's
    running total the text neither dates nor ties ("se incautaron más de 14 mil cargadores" in a 2022 case are not
    Operation Northern Border's 15,588 of May 2025), or a figure of an agency other than the one its sentence names
    (nor the department it belongs to: DHS names HSI's figures) and of no operation it names (more than 500 firearms
    DEA agents seized in one raid are not Without a Trace's 542)."""
    m = c.match
    if of.n.bound not in BOUNDS:
        return False
    # (an agency alone ties no point of it: SEDENA's "more than 5,200" of 2009-2012 are not the 5,339 of Operation
    # Northern Border, which SEDENA takes part in, at 2 September 2025)
    if m.day_unsaid and c.profile.operation and not (m.initiative_named or m.years_named):
        return True
    # (nor a place's figure of years the text does not name, tied by the place alone: "más de 50 armas" in a van from
    # Arizona are not the 71 firearms stopped near Tucson in fiscal 2021)
    if c.profile.scope in PART_LEVELS and c.profile.years is not None and not tied_beyond_place(m):
        return True
    # (nor an office's yearly count the text neither dates nor places, tied by its agency alone: "CBP seized more than
    # 10,000 rounds" at Nogales in 2012 are not its El Paso Field Office's 11,205 of fiscal 2023)
    if c.profile.scope == "office" and m.narrower and c.profile.years is not None and not tied_by_its_own(m):
        return True
    departments_named = bool(of.context.agencies & c.profile.departments)
    return m.other_agency and not departments_named and not m.initiative_named


def _share_of_a_part_unnamed(of: Judge, c: Judgment) -> bool:
    """Whether a share is borne out by one part's share, of a kind the record holds several parts' shares of (the
    states'), that the text names no part of and nothing ties: "9 percent of guns were traced to the U.S." is no
    share of California's. (A kind of one or two parts' shares may be named by its words: "five routes", "ten
    counties".)"""
    m = c.match
    several = m.fit.figures > SEVERAL_PARTS
    return of.n.percent and several and m.narrower and c.profile.scope in PART_LEVELS and not m.identified


def _undated_by_chance(of: Judge, c: Judgment) -> bool:
    """Whether a round or bounded claim is borne out by a figure the record gives no period for, of an operation the
    text does not name, while the text names years and nothing ties the figure: "nearly 80,000 rounds" seized at the
    ports of exit from 2009 to 2011 are not Operation Southbound's more than 80,000 (of 2023, undated in the record)."""
    m = c.match
    return m.period_unknown and c.profile.operation and not m.identified and not precise(of.value)


def coincidence(of: Judge, c: Judgment) -> bool:
    """Whether a small count bears out a figure of one case or initiative, of a part the text does not name, or of
    words without the number's own noun, that nothing in the text ties it to, of a kind the record has other figures
    of ('dos personas' detained and a Laredo case's 2 arrests; '60 rifles' and the DEA Omaha Division's 60 firearms):
    under SMALL_COUNT, a count is no sign the text speaks of one of the few the record holds. A case's or initiative's
    is such a figure even as the only one of its kind ("6 agencies" are no SIG meeting's); a place or an office the
    text does not name is such a part at any size ("más de 200" seized in Veracruz are no El Paso Division's 278)."""
    if of.n.percent:
        return False
    m = c.match
    agency = m.agency_named and c.profile.scope not in PLACE_LEVELS  # (SEDENA counts every state: no tie to Sinaloa's)
    # (its years named are no tie: "1,700 armas" seized in León in 2024 are not Nuevo León's 1,682; nor, for a vague
    # count, its operation named: "cientos de personas" are no El Paso Division's 235)
    # (its place named in a sentence before is a tie, where the number's own words name its kind: "la Oficina de Campo
    # de Laredo incautó ... Específicamente, incautaron ... 514 armas"; not "la cifra fue de 24 a 30" of another kind)
    tied = m.initiative_named or agency or m.speaker_named or (m.place_before and not m.fit.foreign)
    if m.narrower and c.profile.scope in PART_LEVELS and (of.n.vague or not tied):
        return True
    # (nor by its place alone, a case's small count: "Laredo police stopped two men" in 2010 are not the father and son
    # arrested at Laredo in October 2025; its month, years, agency, operation or words tie it)
    if small_case_count(of, c) and not (tied_beyond_place(m) or _month_named(c, of.context)):
        return True
    if m.identified:
        return False
    if c.profile.initiative is not None and abs(of.value) < SMALL_COUNT and float(of.value).is_integer():
        return True
    if c.profile.scope == "case":  # (a case's place unnamed, at any size: "nearly 300 guns" seized in Arizona)
        return small_case_count(of, c) or (m.narrower and bool(c.profile.places))
    head = of.context.head  # "23 estrellas ponchallantas": none of the figure's words
    of_a_part = c.match.narrower or (head is not None and head not in c.profile.own_words)
    return of_a_part and abs(of.value) < SMALL_COUNT and c.match.fit.figures > 1


def small_case_count(of: Judge, c: Judgment) -> bool:
    """Whether the claim is a count under SMALL_COUNT and the figure one case's: a value many cases share."""
    return c.profile.scope == "case" and abs(of.value) < SMALL_COUNT


def _set_apart_unsaid(c: Judgment, top: Sequence[Judgment]) -> bool:
    """Whether the text leaves unsaid a word that sets a figure's metric apart, where it says every word of another
    metric that fits better: "more than 68 percent ... were traced to the United States" names the share of U.S.
    origin, not FactCheck's 68 % made there."""
    return bool(c.match.fit.missing) and any(
        not t.match.fit.missing and t.fact.metric != c.fact.metric and t.score > c.score for t in top
    )


def _past_bound(of: Judge, c: Judgment) -> bool:
    """Whether a lower bound lies a rounding step or more below every printing of a figure (an upper bound, above it)
    that neither its operation, its years nor its speaker ties it to.

    "More than 11 million dollars" in cash is not Without a Trace's $16.5 million: one who knew that figure would
    have written more than 16 (or 15, or 10) million. A step is the roundest of 1, 2, 2.5 and 5 times a power of
    ten that divides the bound ("more than 500,000" of 650,000 is a bound of half a million). A place or an
    agency named is no such tie: "more than 8,000" rounds of one El Paso seizure are not the office's year's 11,205.
    Nor is a span open since a year before the figure's: "since 2012, at least 40,370" .50-calibre rounds are not
    CBP Laredo's 54,896 of fiscal 2025.
    """
    m, years = c.match, c.profile.years
    since_its_start = years is not None and any(low == years[0] for low, _high in of.context.years)
    tied = m.initiative_named or m.years_closed or (m.years_named and since_its_start) or m.speaker_named or m.topical
    if of.n.bound not in BOUNDS or tied or of.value <= 0:
        return False
    step = rounding_step(of.value) * c.claimed_value / of.value  # in the figure's unit
    if of.n.bound == "at_most":  # ... and so an upper bound, as far as "nearly" reaches: "as many as 253,000" a year is
        # no estimate of 200,000 ("less than 93 %" still holds of the suit's 70 % to 90 %)
        reach = max(step, NEARLY * c.claimed_value)
        return all(ends(p)[1] < c.claimed_value - reach for p in c.profile.printed)
    return all(ends(p)[0] >= c.claimed_value + step for p in c.profile.printed)


def _month_named(c: Judgment, context: Context) -> bool:
    """Whether the sentence names the month of a figure counted within one month, with no year: "el 23 de octubre"."""
    period = c.profile.fact.period
    first, last = (period.first_day, period.last_day) if period is not None else (None, None)
    if first is None or last is None or (first.year, first.month) != (last.year, last.month):
        return False
    return not MONTH_STEMS[first.month].isdisjoint(context.weights)


def misdated_by_chance(of: Judge, c: Judgment) -> bool:
    """Whether a claim the text gives another period or operation than a figure's bears the figure out by chance, not
    as its own misdated: a value written to fewer than PRECISE_DIGITS that nothing ties to the figure ("289 granadas"
    of 2008), or that only the agency that gave it ties, which gives many figures, and that is not written as the
    record prints it ("roughly 650 investigations" ATF opened from 2006 are not its 655 of 2023; "802 cases" are)."""
    m = c.match
    if precise(of.value) or of.context.initiatives:
        return False
    if m.initiative_named or m.topical or m.speaker_named or m.speaker_before or m.case_named:
        return False
    if not m.agency_named:
        return not m.identified
    as_printed = of.n.bound == "exact" and any(float(p.value) == c.claimed_value for p in c.profile.printed)
    return not as_printed
