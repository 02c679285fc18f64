"""How a text ties a number to one recorded figure: what `verdicts.py` asks of a match, or of its judgment, before
it names the figure or calls the number wrong.

Each test reads only what candidates.py found in the words (a `Match`, its `KindFit`) and what judgment.py found in
the values (a `Judgment`): none compares scores across candidates.
"""

from __future__ import annotations

import datetime

from .agreement import ABOUT, LOWER_BOUNDS, precision
from .bearing import ends
from .context import Context
from .judgment import Judgment
from .matches import Match
from .models import Period
from .numerals import Numeral
from .profiles import PLACE_LEVELS
from .vocab import Bound

KIND_SLIPS = ("change_as_share", "share_as_change")
PART_LEVELS = (*PLACE_LEVELS, "office")  # a figure of one of these parts is counted apart from the whole
DIGIT_SLIPS = ("transposition", "wrong_digit", "dropped_digit", "extra_digit", "off_by_thousand")
NARROW_RANGE = 2  # a range whose high end is at most this many times its low writes both its ends closely
# How well the words around a number must name a metric (candidates._match) for the text to be about it: a word
# of its label among the number's own words. 1.0 is one word of a three-word label right after the number.
STRONG_LABEL = 0.95  # a shade under 1.0, which float sums of the weights may miss
FULL_LABEL = 1.5  # a label whose words are all near the number: "armas aseguradas" (1.77), not "firearms" alone


def says_its_quantity(c: Judgment, mixed_up: bool = False) -> bool:
    """Whether the text itself says the number is this figure's quantity, as a contradiction needs.

    The metric is named in the number's own words, and the sentence names the figure's operation,
    years, agency, speaker or part, or the paragraph is about its operation. A slip of the pen
    alone ties nothing: 238 is one digit from 278 firearms whatever it counts. A figure of another
    scale says it only when it is `mixed_up`: the record's own figure for another operation or period.
    """
    fit = c.match.fit
    # (a slipped digit of a place's figure, the place and the years named for the number, is its figure whatever
    # word counts it: "Houston, Texas (3 mil 452)" among the cities guns were traced to in 2015-2022; the years may be
    # those the text named last, where its sentence names none: "entre 2015 y 2022 ... Houston (3,452)")
    years = c.match.years_named or c.match.years_last_named
    placed = c.near in DIGIT_SLIPS and bool(c.profile.specific) and not c.match.narrower and years
    # (so is one of a case the sentence names in words, its label named at all: "una demanda de 20 mil millones de
    # dólares ... contra fabricantes" is the suit's sum)
    named = fit.label >= STRONG_LABEL or ((placed or c.match.case_named) and fit.label > 0)
    if not named or fit.foreign or fit.counted_elsewhere or fit.whole_unsaid or fit.label_elsewhere:
        return False
    # a count in another unit the record counts in: "solicitudes de rastreo ...: 12,000" are no firearms
    if fit.unit_unsaid and not c.profile.percent:
        return False
    if c.match.said_by_another:
        return False  # what someone else said of a figure a person gave is no account of his
    if fit.other_act or fit.made_apart or fit.denial_unsaid:
        return False  # "seized 39,782 firearms" is said of no count of firearms bought, "traced to" of none made
    if c.profile.percent and (fit.missing or fit.apart_unsaid or (fit.us_unsaid and not c.match.speaker_named)):
        # a share whose metric the words do not set apart: "61 % of those seized in Sonora were rifles"; nor one of U.S.
        # origin where the sentence names no U.S. (but its speaker may: the ambassador's "de su país")
        return False
    if c.match.day_unsaid or fit.per_year_unsaid:
        # a running count at a day the sentence does not name: it may be the count at another day; a flow per year,
        # where the sentence names a span of years: the span's total may be meant
        return False
    if c.match.other_agency and not c.match.initiative_named:
        return False  # "Sedena intercepta el 40%" is not the ATF's share of traces: another agency's figure
    if c.match.other_country:
        return False  # "EEUU aseguró 5 mil armas" says nothing of a count of Mexico's: another country's figure
    if fit.unit_only and not (c.match.initiative_named or placed or (c.near in DIGIT_SLIPS and c.match.agency_named)):
        # "37 guns" in 2021 court cases name no more than the unit of 71 firearms intercepted in FY2021; nor does a slip
        # tied by a place alone: "141 guns ... traced to buyers in Arizona" are no mistyped 161 stopped near Tucson
        return False
    if c.near in DIGIT_SLIPS:  # one slipped digit from the figure, its metric named, and something of its own
        # (not of a place or office the text does not name: "La Sedena aseguró 780 armas" is no mistyped 781 of
        # Michoacán)
        # (or the person who gave it, named in the sentence before and pointed back at: "Precisó que ... 427
        # investigaciones abiertas" of the ambassador's 327)
        return slip_tied(c.match) and not (c.match.narrower and c.profile.scope in PART_LEVELS)
    m = c.match
    # (of a state's or city's count, its place named says not whose: "the army seized 900 firearms in Chihuahua" is no
    # wrong FGR record of the state, nor "la Marina aseguró 300 armas en la CDMX" of Mexico City)
    place = c.profile.scope in ("state", "city")
    whose = m.whose_said if not place else m.agency_named or m.speaker_named or m.initiative_named
    if c.profile.counted_apart and not whose:
        return False  # one agency's count, where others count apart: "se aseguraron 9 mil" may be theirs
    # (a case named in words is its own time: "a $10 billion lawsuit filed by Mexico in 2021 against U.S. gun
    # manufacturers" names the suit's sum, whatever year it names)
    if (c.match.period_unknown and not c.match.case_named) or (c.far and not mixed_up):
        return False  # no years of its own, or of another scale: the text may speak of another quantity
    if c.profile.operation and not c.match.initiative_named:
        return False  # an operation's figure is contradicted only by a sentence about that operation
    if c.profile.change and not (c.match.initiative_named or c.match.years_named):
        return False  # a change is of a period: "rose 55 percent" says nothing without what it is measured over
    return c.match.named or c.match.topical


def own_count_unnamed(c: Judgment) -> bool:
    """Whether a figure is an agency's own count, and the text names not whose it is: "Mexico seized 300 grenades in
    2024" is no wrong count of those the FGR recorded. (Asked of a figure to contradict only: as a figure that bears
    a claim out, the words may name the agency in a way the record lacks.)"""
    return c.profile.scope == "agency" and not c.match.whose_said


def slip_tied(m: Match) -> bool:
    """Whether the text ties a figure a slipped digit may be of: its sentence names something of its own, or the
    paragraph is about its operation, or the person who gave it is pointed back at (not a topic carried from a
    paragraph before: "Agents made 3,373 arrests" after one on Last Mile may be any count of arrests)."""
    return m.named or m.topical or m.speaker_before


def ties_its_period(c: Judgment, context: Context) -> bool:
    """Whether the text ties a contradicted figure to the record's period: its years, operation or speaker named.

    A count of a period the text does not name may be any period's: "seized 140 Barrett rifles" is not called
    wrong by the 215 of October 2024 to February 2026. A slipped digit is tie enough (says_its_quantity); a
    figure as of a day (a case's, as charged) has no span to name. A speaker who gave other values of the quantity
    (Profile.restated) names none of his days, and a count from a day to an end the record does not know may have
    grown: only its years or operation named tie such a figure, and no contradiction of an open-ended count but a slip.
    """
    m = c.match
    # (a figure whose speaker gave others of its quantity at other times, named with no years or operation, is tied to
    # none of his days: "Harfuch said 70 %" may be of a day the record lacks, whatever his name or agency ties)
    undated = m.profile.restated and not (m.years_named or m.initiative_named or m.topical)
    # (nor is a count from a day to a day the record does not know: "1,300 firearms by the end of 2022" under an
    # operation whose 542 since October 2019 an undated page gave may be the count grown since)
    period = m.profile.fact.period
    open_ended = (
        period is not None and period.as_of is None and period.first_day is not None and period.last_day is None
    )
    # (nor a count from a day to the day it was given, mid-month, where the text names neither that day nor its month,
    # here or in a sentence before, nor the operation: "nearly 23,000 firearms seized since October 1" may be the same
    # speaker's count of a later day than his 18,000 of 10 February 2026)
    last = period.last_day if period is not None else None
    named = last is not None and (
        last in context.days or (last.year, last.month) in context.months | context.months_before
    )
    so_far = _so_far(m) and not (m.initiative_named or m.years_closed or named)
    # (nor a count or share of a span, where the text names months, each one inside it and none its last: "in January
    # 2024, 60 percent" may be that month's share, not the year's, and "70 seizure events in March 2025" that month's)
    inside = context.since is None and _months_inside(period, context.months)  # ("since October 2024" opens one)
    held = _years_hold(m, context)
    return c.near in DIGIT_SLIPS or (
        period_tied(m) and not undated and not open_ended and not so_far and not inside and held
    )


def _years_hold(m: Match, context: Context) -> bool:
    """Whether the years a sentence names as a period hold a figure's whole span (a fiscal year's, as that year): "in
    calendar year 2022 alone, more than 50.6 million pills" is no count of May 2022 to May 2023."""
    period = m.profile.fact.period
    if not context.closed_years or period is None or period.as_of is not None or m.profile.years is None:
        return True
    if period.last_day in context.days:  # (the day a count so far was given: "On 10 February 2026, he said 140")
        return True
    first, last = (period.fiscal_year, period.fiscal_year) if period.fiscal_year is not None else m.profile.years
    return any(low <= first and last <= high for low, high in context.closed_years)


def _months_inside(period: Period | None, months: frozenset[tuple[int, int]]) -> bool:
    """Whether every month named lies inside a period of more than one month, none of them its last."""
    if not months or period is None or period.as_of is not None or period.first_day is None or period.last_day is None:
        return False
    first, last = (period.first_day.year, period.first_day.month), (period.last_day.year, period.last_day.month)
    return first != last and all(first <= month < last for month in months)


def _so_far(m: Match) -> bool:
    """Whether a figure counts from a day to a day inside a month (not a month's, a quarter's or a year's end): a
    total given so far, which the count passes on the next days."""
    period = m.profile.fact.period
    if period is None or period.as_of is not None or period.first_day is None or period.last_day is None:
        return False
    return (period.last_day + datetime.timedelta(days=1)).day != 1


def period_tied(m: Match) -> bool:
    """Whether the text names a figure's years, operation or speaker (one with no years, or as of a day, has no span
    to name): what a contradiction (ties_its_period) and a rounded share's support (judge.py) need of its period."""
    period = m.profile.fact.period
    if m.profile.years is None or period is None or period.as_of is not None:
        return True
    if m.months_unsaid:
        return False  # "durante 2024, mil 448 armas" may be the whole year's, above its first eight months' 1,040
    return m.years_closed or m.initiative_named or m.topical or m.speaker_named


def slipped_far(c: Judgment) -> bool:
    """Whether the claim lies ABOUT or more from every printing of the figure: a slip no count of a like quantity
    (another year, another agency) would come as close to by chance."""
    return all(abs(c.claimed_value - float(p.value)) >= ABOUT * abs(float(p.value)) for p in c.profile.printed)


def names_it_surely(m: Match) -> bool:
    """Whether the words name a figure's kind as surely as a mix-up needs: its label (more than its unit), nothing
    that sets it apart missing, its unit said, no act but its own ("seized 4,000" are no firearms imported), and no
    other day of a running count (the count moves)."""
    fit = m.fit
    return (
        fit.label >= STRONG_LABEL
        and not fit.missing
        and not fit.unit_only
        and not m.other_day
        and not fit.unit_unsaid
        and not fit.other_act
    )


def names_its_metric(m: Match) -> bool:
    """Whether the number's own words name a figure's metric by more than what it counts in, leaving nothing that sets
    it apart unsaid: "nearly 650,000 rounds ... intercepted" names the ATF's 648,975 intercepted; "casi el 80 por
    ciento de las armas" names no share, and "nearly 13,000 ... with the United States" no count of guns made there."""
    return m.fit.label >= STRONG_LABEL and not m.fit.unit_only and not m.fit.missing


def may_say_its_kind(m: Match) -> bool:
    """Whether the number's own words name the figure's metric, and nothing another metric counts."""
    return m.fit.label >= STRONG_LABEL and not m.fit.foreign


def of_elsewhere(m: Match) -> bool:
    """Whether a figure is of a part the text does not name, given by an agency it does not name: another
    quantity ('.50-calibre rounds the ATF counted since 2012' are not CBP's rounds at Laredo in 2025)."""
    return m.narrower and m.other_agency and not m.initiative_named


def tied_or_named(m: Match) -> bool:
    """Whether something beyond its value points at a figure: a tie of its own, or its label named in full (more than
    its unit: "armas de fuego" name the unit of every count of firearms)."""
    return m.identified or (m.fit.label >= FULL_LABEL and not m.fit.unit_only)


def tied_by_its_own(m: Match) -> bool:
    """Whether the text ties a figure by what is its alone: its years, operation, speaker, case words or accused."""
    return m.years_named or m.initiative_named or m.speaker_named or m.case_named or m.accused_named


def tied_beyond_place(m: Match) -> bool:
    """Whether the text ties a figure by more than its place: its years, operation, agency, speaker or case words (a
    place alone ties no share many sources give: "some 40 percent ... from Texas" in 2010 is no NFCTA share)."""
    return tied_by_its_own(m) or m.agency_named


def tied_beyond_agency(m: Match) -> bool:
    """Whether something besides the agency named ties a figure: "CBP seized nearly 7,500 rounds" names nothing of its
    El Paso field office's 7,224 of fiscal 2022. (One case's count is the agency's to announce: "CBP seized more than
    92,000 rounds" is its bus at El Paso's.)"""
    others = _tied_besides_agency(m) or m.case_named
    return m.identified and (others or not m.agency_named or m.profile.scope == "case")


def passed_on_its_way(m: Match, bound: Bound) -> bool:
    """Whether a figure is an operation's running count at a point the text names neither the day nor the operation
    of: a claim the count passed on its way to a later point ("nearly 9,000 firearms" seized in six months are not
    Operation Northern Border's 8,854 of March 2026). A lower bound, which every later point meets too, may be it."""
    lower = bound in LOWER_BOUNDS
    return not lower and m.day_unsaid and not m.identified and m.profile.initiative is not None


def writes_both_ends(n: Numeral) -> bool:
    """Whether a claim writes both its ends closely: "nearly", or a range whose high end is at most NARROW_RANGE times
    its low ("between 72,000 and 258,000" holds many figures)."""
    low, high = ends(n)
    return n.bound == "nearly" or (n.bound == "range" and high <= NARROW_RANGE * low)


def tied_amid_many(m: Match, n: Numeral) -> bool:
    """Whether something beyond its value points at a figure, where many figures meet a claim: a tie of its own, or
    its label named in full (`tied_or_named`), though not for a wide range (writes_both_ends), nor for an operation's
    running count met on its way (passed_on_its_way)."""
    wide = n.bound == "range" and not writes_both_ends(n)
    if _agency_alone(m) and (n.bound != "exact" or precision(n.value) > 0):
        return False  # (a figure written to its units may still be the operation's: "353 investigations" by HSI)
    return m.identified or (tied_or_named(m) and not wide and not passed_on_its_way(m, n.bound))


def _agency_alone(m: Match) -> bool:
    """Whether an operation's figure is tied by the agency named alone: the agency gives many figures of its own
    besides the operation's ("about 80,000 rounds" in one ATF case are no Operation Southbound total)."""
    return m.profile.operation and m.agency_named and not _tied_besides_agency(m) and not m.profile.specific


def _tied_besides_agency(m: Match) -> bool:
    """Whether the text ties a figure by its operation (here or in the paragraph), years or speaker (here or pointed
    back at): what an agency named does not say alone."""
    return m.initiative_named or m.topical or m.years_named or m.speaker_named or m.speaker_before


def may_say_its_quantity(m: Match) -> bool:
    """What `says_its_quantity` asks of a match before any value is compared: its label, and a tie of its own."""
    return may_say_its_kind(m) and (m.named or m.topical)


def how_tied(c: Judgment) -> tuple[bool, bool, bool]:
    """How the text ties a figure: its operation named (here or earlier), then anything else of its own named,
    then every word that sets its metric apart said ("rifles" of the share of recovered firearms that are rifles)."""
    return c.match.initiative_named, c.match.named, not c.match.fit.missing


def printed_beside(c: Judgment, context: Context) -> bool:
    """Whether a figure is the one a sentence speaks of, because a source that printed it also printed the sentence's
    other figures (Context.together): in "Texas (63 percent), Arizona (22 percent)", beside one report's Arizona share,
    the Texas share is that report's. Its kind must be named surely, or be the kind of those other figures, each of a
    place it names. Not a whole or the rest of another figure, nor a figure of another scale, agency or place, nor one
    of other years than the text named last."""
    m, fit = c.match, c.match.fit
    metrics = {metric for source, metric, _fact in context.together if source in c.verdicts}
    if not metrics or context.whole_of_part or context.whole_of_next or context.complement:
        return False  # ("68,000 of 99,000 seized guns": the whole; "70% ..., the other 30%": the rest)
    if any(fact == c.fact.id for _source, _metric, fact in context.together):
        return False  # another figure of the sentence is this one: "215 armas calibre .50 ... ametralladoras 273"
    # (its label's words may be only a unit's: the other items, of its metric, say what the list counts)
    listed = (
        c.fact.metric in metrics and bool(context.for_parts & c.profile.places) and fit.label > 0 and not fit.missing
    )
    surely = names_it_surely(m) and not (c.profile.percent and (fit.apart_unsaid or fit.us_unsaid))
    # (or be the other figure written beside it in parentheses, of the years the sentence names: a share and its count,
    # "70% (69 mil 140)", of the guns traced in 2012-2017)
    restated = context.restated and m.years_named and fit.label > 0 and not fit.missing
    # (words of another metric among its own are no bar where the noun right after it is its kind's: "36 mil 277
    # armas de fuego ilegales", illegal being another label's word)
    foreign = fit.foreign and context.head not in c.profile.own_words
    return (
        (listed or surely or restated)
        and not (foreign or fit.counted_elsewhere or fit.whole_unsaid or fit.label_elsewhere or fit.made_apart)
        and not c.far
        and not (m.said_by_another or m.other_agency or m.day_unsaid or m.narrower)
        and not _other_years_last(m, context)
    )


def _other_years_last(m: Match, context: Context) -> bool:
    """Whether the years the text named last (its sentence naming none) are other than a figure's: "entre 2008 y 2010"
    before a list of cities is no period of 2015-2022. (A later year alone may be the day the text was written: a page
    of 2013 on a study of 2010-2012.)"""
    years = m.profile.years
    if years is None or m.years_named or m.years_last_named:
        return False
    return any((high < years[0] or low > years[1]) and not (low == high > years[1]) for low, high in context.years_last)
