"""What a sentence says around one number (`Context`), and whether it can be a recorded figure's quantity.

A number is judged only against figures of its own quantity: the same kind of thing counted in the
same unit (`same_kind`), of the same part and period (`same_quantity`). `candidates.py` reads the
context and scores the figures that pass; `verdicts.py` judges their values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import NamedTuple

from .measures import Measure
from .profiles import Profile
from .wording import EARLIEST_YEAR, LATEST_YEAR, PLACE_STEMS, SEVERAL_YEARS, fits_span


class Earlier(NamedTuple):
    """What earlier sentences of a text said that still holds in a sentence."""

    topic: frozenset[str] = frozenset()  # the operation the paragraph is about, named before this sentence
    carried: bool = False  # the topic was named in an earlier paragraph only (see Context.topic_carried)
    months: frozenset[tuple[int, int]] = frozenset()  # the months named last: "results as of 25 August 2025"
    agencies: frozenset[str] = frozenset()  # the agencies named last: "the agency" of a later sentence is theirs
    years: tuple[tuple[int, int], ...] = ()  # the years named last: "this period" of a later sentence is theirs
    another_operation: bool = False  # the text is about an operation the record holds nothing of (Context)


@dataclass(frozen=True)
class Context:
    """What a sentence says around one number."""

    weights: dict[str, float]  # stem -> weight, the best place it stands (built once, never changed)
    initiatives: frozenset[str]
    topic: frozenset[str]  # the operation the paragraph is about, named before this sentence
    agencies: frozenset[str]
    years: tuple[tuple[int, int], ...]
    months: frozenset[tuple[int, int]] = frozenset()  # (year, month) named: "as of December 2023"
    months_before: frozenset[tuple[int, int]] = frozenset()  # the months an earlier sentence named last
    days: frozenset[datetime.date] = frozenset()  # the days named in full: "del 5 de febrero al 6 de agosto del 2025"
    agencies_before: frozenset[str] = frozenset()  # the agencies an earlier sentence named last
    rise: bool = False
    fall: bool = False
    share: bool = False
    proportion: bool = False  # written as a part of a whole: "ocho de cada diez" is a share, never a change
    # a share of the rest of a whole: "el restante 30 por ciento ... de fabricantes no estadounidenses"
    complement: bool = False
    # its words say something changed, near it or earlier in its sentence: "incrementaron el rastreo ... en un 63%"
    change_said: bool = False
    measure: Measure | None = None  # the unit of measure written after the figure: "toneladas", "dollars"
    # the stems of the units its own words name: "rounds", "task forces"; of a share, the whole it is of ("personas")
    counted: frozenset[str] | None = None
    part: bool = False  # the sentence names a part of a country or agency: a division, a state, a port
    people: frozenset[str] = frozenset()  # ids of the people the sentence names
    place_count: bool = False  # the number counts places: "32 states"
    sub_year_rate: bool = False  # a rate over a month, week or day: "90 seizures a month"
    own_stems: frozenset[str] = frozenset()  # the words right around the number, stemmed
    after_stems: frozenset[str] = frozenset()  # ... those after it
    # The words of the sentence less those only another figure's own clause holds after it: in "43 % de Texas,
    # 22 % de Arizona", Texas is not the 22 %'s part. What a figure's parts are looked for in.
    for_parts: frozenset[str] = frozenset()
    head: str | None = None  # the noun right after the number, stemmed: "21,743 homicides"
    in_list: bool = False  # one of figures listed in a row, each with its own words: "3,337 arrests, 8,497 firearms"
    lang: str = "en"  # the text's language: a metric's label is said in it
    # the values of the sentence's other figures: a recorded figure printed there is theirs ("more than 68,000 of
    # the 99,691 firearms submitted": 99,691 bears out no "more than 68,000")
    siblings: frozenset[float] = frozenset()
    # The topic was named in an earlier paragraph only: it still helps to find the figure, but a figure of the
    # operation is not called wrong on it, as the text may have moved on to another subject.
    topic_carried: bool = False
    # The sentence, or the text it is in, is about an operation the record holds nothing of ("Operation Lone Star"):
    # its figures are that operation's, none the record's.
    another_operation: bool = False


def same_kind(kind: Profile, context: Context, units: set[str]) -> bool:
    """Whether what the sentence says of a number can be of a metric in a unit at all (see same_quantity)."""
    if context.sub_year_rate:
        return False  # the record holds no rate over a month, a week or a day
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
    return any(context.counted & words for words in kind.units)


def same_quantity(p: Profile, context: Context) -> bool:
    """Whether what the sentence says of a number can be the recorded figure's quantity at all.

    A different unit of measure (dollars for pesos, kilograms for firearms), a different thing
    counted (rounds for firearms: `same_kind`, asked first), a part where the record has the
    whole (a division, a state), or one year where the record has several (or the reverse) is
    another quantity: it is never judged against this figure.
    """
    if p.percent and context.counted and not context.counted & (p.whole or p.own_words | p.described):
        # a share of firearms is not one of homicides committed with firearms; a share of people is none said of
        # firearms, whose label names no whole
        return False
    if context.part and (p.scope == "national" or (p.scope == "case" and not p.specific)):
        # a country's whole is never a state's or a port's part, whatever its description names; nor is a case that
        # names no place (Mexico's suit against the gun makers) of one
        return False
    if context.part and p.scope not in (None, "case") and not p.specific & context.weights.keys():
        return False  # a part the sentence names is not the part the figure counts: Los Indios is not El Paso
    if p.specific and not p.specific & context.for_parts and p.specific & context.weights.keys():
        return False  # its part is another figure's: "43 % de Texas, 29 % de California" is not Texas's 29 %
    whole = [(low, high) for low, high in context.years if low > EARLIEST_YEAR and high < LATEST_YEAR]
    if whole and p.years and p.years[0] > EARLIEST_YEAR and p.years[1] < LATEST_YEAR:
        recorded_years = p.years[1] - p.years[0]
        if len(set(whole)) == 1 and whole[0][0] == whole[0][1] and recorded_years >= SEVERAL_YEARS:
            return False  # "in 2011 alone" is not 2007-2011 (but "from 16,133 in 2017 to 24,642 in 2022" is a span)
        if whole and all(high > low for low, high in whole) and recorded_years == 0:
            return False  # "from 2007 to 2011" is not 2011
    spans = set(whole)
    if len(spans) == 1 and (span := spans.pop())[0] < span[1] and p.months is None and p.fact.period is not None:
        # "2013-18" is not 2014-2018, nor one from December 2018 on (a span apart is a mix-up: candidates.py)
        overlaps = p.years is not None and span[0] <= p.years[1] and p.years[0] <= span[1]
        return not overlaps or fits_span(p.fact.period, *span, context.months)
    return True
