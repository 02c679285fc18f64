"""What matching a number to the record gives (candidates.py makes them, verdicts.py judges them): what the words
around it name of a kind of figure (`KindFit`), one recorded figure it may be about (`Match`), and all of them
(`Candidates`). Tuples: made for ~100 figures a number, they must be cheap."""

from __future__ import annotations

from typing import NamedTuple

from .profiles import Profile
from .vocab import NearMiss


class KindFit(NamedTuple):
    """What the words around a number name of one kind of figure (a metric in a unit), alike for all its figures."""

    base: float  # LABEL_WEIGHT and UNIT_WEIGHT times how well they name it, less FOREIGN_WORDS, MISSING_DISTINCTIVE
    label: float  # how well the words around the number name the kind's metric (_match)
    foreign: bool  # the number's own words name something this kind does not count: "methamphetamine"
    missing: int  # words that set the kind's metric apart ("parts", "rifles") the sentence lacks
    # the sentence names what the record counts in ("firearms"), and neither this kind's unit nor its whole label
    unit_unsaid: bool
    # what it counts (its unit, or a share's noun) is named only in another figure's own words: in "184 mil
    # cargadores para armas de fuego, 2 mil 970 granadas", the firearms say nothing of what 2 mil 970 counts
    counted_elsewhere: bool
    # of its label, the sentence names only the words of a unit many metrics count in: "37 guns" of firearms intercepted
    unit_only: bool
    # a share whose sentence names what the record counts in, none of it what this share is of: "137,000 .50-caliber
    # rounds ..., and 47% originated from" the Lake City plant is no share of firearms
    whole_unsaid: bool = False
    # a word of its label (beyond its unit) is said only in the own words of a share after the number: in "of the
    # 132,823 guns traced, about 70% were U.S.-sourced", U.S. is the share's, and 132,823 no count of U.S.-origin guns
    label_elsewhere: bool = False
    # the number's own words name an act on what it counts (wording.ACTS) and the kind's label names only another:
    # "seized 39,782 firearms" of the firearms Mexico's armed forces bought
    other_act: bool = False
    figures: int = 1  # how many figures the record holds of the kind
    # a share whose label names the U.S. (of U.S. origin, bought there), and the sentence does not: "nearly 46% of all
    # traced crime guns ... were recovered less than three years after their purchase" is no share of U.S. origin
    us_unsaid: bool = False
    # its label names where things were made and the sentence does not, or the number's own words after it do and the
    # label does not: "14,504 guns ... traced to the U.S." are no count of guns made there, nor "50 percent of traced
    # guns were made in the United States" a share of U.S. origin (made there or imported through it)
    made_apart: bool = False
    # a share whose label says what sets it apart from its whole in words the sentence does not say: "13% of the traced
    # guns had no origin" says nothing of guns "from other countries"
    apart_unsaid: bool = False
    # its label denies one thing and the number's words another: "7,635 ... were not of U.S. origin" says nothing of
    # guns whose purchaser was not identified
    denial_unsaid: bool = False
    # a flow per year, and the sentence names a span of years and no "a year": "759,000 guns between 2010 and 2012" may
    # be the span's total (and "250,000 ... between 2010 and 2012" the yearly 253,000, its "a year" dropped)
    per_year_unsaid: bool = False


class Match(NamedTuple):  # a tuple: built for ~100 figures a number, it must be cheap to make
    """One recorded figure a number may be about, and what its sentence says that ties them."""

    profile: Profile
    score: float  # the sum of the weights above: the higher, the more surely the text speaks of it
    fit: KindFit  # what the words name of the figure's kind, shared by every figure of it
    conflict: NearMiss | None = None  # "period" or "initiative": named, and not this figure's
    identified: bool = False  # something beyond the label points at it: operation, years, agency, speaker, part
    named: bool = False  # the sentence itself ties it to this figure: its initiative, period, agency or part
    topical: bool = False  # the paragraph's operation (named in an earlier sentence or a heading) is its
    initiative_named: bool = False  # its initiative is named in the sentence or earlier in the paragraph
    years_named: bool = False  # the sentence names years its period touches
    years_closed: bool = False  # ... in a span with both ends ("to 2023" holds every earlier period: it ties none)
    # the sentence names no years, and its whole period lies within a span with both ends the text named last
    years_last_named: bool = False
    narrower: bool = False  # the figure is of a part the text does not name (a division of the operation)
    period_unknown: bool = False  # the text names years and the record gives this figure none
    day_unsaid: bool = False  # a point of a running count, and the sentence names no month: it may be another point
    other_day: bool = False  # a point of a running count, and the sentence names another month
    other_agency: bool = False  # the sentence names an agency, and none of those that gave the figure
    other_country: bool = False  # the sentence says another country than the figure's seized: "EEUU aseguró 4 mil"
    whose_said: bool = False  # its agency (here or before), operation, speaker or part named: whose it is
    speaker_named: bool = False  # the sentence names a person whose statement gives the figure
    agency_named: bool = False  # the sentence names an agency that gave it
    months_unsaid: bool = False  # it counts some months of a year, and the sentence names the year, none of its months
    speaker_before: bool = False  # ... or points back at one an earlier sentence named: it helps find, ties nothing
    case_named: bool = False  # the sentence names its case in words (Profile.case_words): "lawsuit ... gun makers"
    accused_named: bool = False  # the text names its case's accused (Profile.accused): "indicted Gerardo Rafael Perez"
    # a figure of a place the sentence does not name, named in a sentence before: "arrested in El Paso ... a total of
    # 92,900 rounds" (it helps find the figure, and ties nothing a contradiction needs)
    place_before: bool = False
    # a person gave it (or made it, an estimate), and the sentence reports what someone said or names another person,
    # naming neither that person (nor his title), an estimate's makers, its agency nor operation: "En 2025, un senador
    # dijo que 85%" is no wrong account of what the president said that year
    said_by_another: bool = False


class Candidates(NamedTuple):
    """The recorded figures a number may be about, and what the record counts of what its words name."""

    matches: list[Match]  # of the same quantity, as the words reach them, then as the record lists them
    kind_named: bool  # the words name a kind of figure the record counts (a metric's label or unit)
    # ... one of whose figures could be of what the number counts, had it been of the part or period the text names
    kind_fits: bool
