"""What a sentence says around one number (`Context`), and what earlier sentences still say in it (`Earlier`).

claim_context.py reads them; quantity_fit.py, candidates.py and verdicts.py ask them. Both are immutable.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .measures import Measure
from .wording import EARLIEST_YEAR, LATEST_YEAR


class Earlier(NamedTuple):
    """What earlier sentences of a text said that still holds in a sentence."""

    topic: frozenset[str] = frozenset()  # the operation the paragraph is about, named before this sentence
    carried: bool = False  # the topic was named in an earlier paragraph only (see Context.topic_carried)
    months: frozenset[tuple[int, int]] = frozenset()  # the months named last: "results as of 25 August 2025"
    agencies: frozenset[str] = frozenset()  # the agencies named last: "the agency" of a later sentence is theirs
    years: tuple[tuple[int, int], ...] = ()  # the years named last: "this period" of a later sentence is theirs
    people: frozenset[str] = frozenset()  # the people named last: "el funcionario" of a later sentence is one of them
    another_operation: bool = False  # the text is about an operation the record holds nothing of (Context)
    places: frozenset[str] = frozenset()  # the places the record counts apart named in any sentence before
    days: frozenset[datetime.date] = frozenset()  # the days of the months named last: "correspondientes al 17 de ..."
    accused: frozenset[str] = frozenset()  # the figures of cases whose accused the text names anywhere (profiles.py)


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
    days_before: frozenset[datetime.date] = frozenset()  # ... and the days it named in them
    months_opened: frozenset[tuple[int, int]] = frozenset()  # months named that open a span: "desde el 5 de febrero"
    accused: frozenset[str] = frozenset()  # the figures of cases whose accused the text names (Earlier.accused)
    days: frozenset[datetime.date] = frozenset()  # the days named in full: "del 5 de febrero al 6 de agosto del 2025"
    agencies_before: frozenset[str] = frozenset()  # the agencies an earlier sentence named last
    places_before: frozenset[str] = frozenset()  # the places (Profiles.place_names) the text named before it
    # the years an earlier sentence named last, where this one names none: "entre 2015 y 2022" of a list of cities that
    # follows ("Houston (2,452), Tucson (2,156)")
    years_last: tuple[tuple[int, int], ...] = ()
    rise: bool = False
    fall: bool = False
    share: bool = False
    proportion: bool = False  # written as a part of a whole: "ocho de cada diez" is a share, never a change
    complement: bool = False  # the rest or a part of a whole: "el restante 30 por ciento", "De las 579 armas ..., 409"
    # its words say something changed, near it or earlier in its sentence: "incrementaron el rastreo ... en un 63%"
    change_said: bool = False
    measure: Measure | None = None  # the unit of measure written after the figure: "toneladas", "dollars"
    # the stems of the units its own words name: "rounds", "task forces"; of a share, the whole it is of ("personas")
    counted: frozenset[str] | None = None
    part: bool = False  # the sentence names a part of a country or agency: a division, a state, a port
    people: frozenset[str] = frozenset()  # ids of the people the sentence names
    acting: frozenset[str] = frozenset()  # the countries it says seized something: "EEUU aseguró"
    people_before: frozenset[str] = frozenset()  # ... or, where it names none and points back, an earlier one names
    reported: bool = False  # it reports what someone said or found: "dijo que", "a poll found" (SentenceNames)
    yearly: bool = False  # its words or clause make it a flow per year: "20 mil armas cruzan ilegalmente cada año"
    years_back: bool = False  # ... or a total of years counted back: "ocurridas en los últimos 13 años"
    years_counted: int | None = None  # ... how many years a total is said to count: 2 for "en dos años", "the last two"
    months_counted: int | None = None  # ... or how many months: 4 for "In 4 months", "en los primeros cuatro meses"
    days_counted: int | None = None  # ... or how many days: 21 for "in the three weeks to 16 March"
    # years named as when something was said or reported: "Sandoval estimó en 2019 que", "a 2024 report found"
    said_in: frozenset[int] = frozenset()
    said_on: frozenset[datetime.date] = frozenset()  # ... and the days: "said on 10 February 2026 that 18,000"
    whole_of_next: bool = False  # the next figure is a part of it: "165 mil 874 solicitudes, de las que 97 mil 791"
    # it and the figure next to it are one quantity written twice, the second in parentheses: "70% (69 mil 140)"
    restated: bool = False
    # the share or count before is part of it: "70 percent of Mexico's 31,062 murders were committed", "68,000 of 99,000
    # guns"
    whole_of_part: bool = False
    # a rate over less than a year ("90 seizures a month"): how many times a year it recurs, 365 for "a day" (0 for an
    # hour's or a minute's); None for no rate
    sub_year_rate: int | None = None
    uncounted_act: bool = False  # its own words name an act the record counts none of: "destroyed 19,317 weapons"
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
    # the sources whose printings bear out the sentence's other figures, each with the metric and id of the figure borne
    # out: "Texas (63 percent), Arizona (22 percent) and California (9 percent)", where one report gives Arizona's and
    # California's shares, speaks of that report's Texas share
    together: frozenset[tuple[str, str, str]] = frozenset()
    of_shares: frozenset[str] = frozenset()  # a count's: what the own words of a share after it in its sentence say
    negated: frozenset[str] = frozenset()  # what its own words deny of it: "18,000 guns ... were not submitted"
    denies: bool = False  # its sentence denies something: "no buyer could be identified", "an unidentified purchaser"
    # The topic was named in an earlier paragraph only: it still helps to find the figure, but a figure of the
    # operation is not called wrong on it, as the text may have moved on to another subject.
    topic_carried: bool = False
    # The sentence, or the text it is in, is about an operation the record holds nothing of ("Operation Lone Star"):
    # its figures are that operation's, none the record's.
    another_operation: bool = False

    @cached_property
    def closed_years(self) -> tuple[tuple[int, int], ...]:
        """The spans of years it names as a period with both ends: "in 2011", "from 2007 to 2011" (not "since 2009")."""
        return tuple((low, high) for low, high in self.period_years if low > EARLIEST_YEAR and high < LATEST_YEAR)

    @cached_property
    def period_years(self) -> tuple[tuple[int, int], ...]:
        """The spans of years it names as a period: not a year that dates a report or a statement (`said_in`), nor
        one read as open from it ("the study from 2016")."""
        return tuple(
            (low, high)
            for low, high in self.years
            if not (low in self.said_in and (low == high or high >= LATEST_YEAR))
        )

    @cached_property
    def since(self) -> int | None:
        """The first year of a span it names open since then ("since 2013"), if it names one."""
        return min(
            (low for low, high in self.period_years if low > EARLIEST_YEAR and high >= LATEST_YEAR), default=None
        )

    @cached_property
    def months_apart(self) -> bool:
        """Whether it names months apart in the first year of its closed spans: "entre enero y octubre de 2024"."""
        first = self.closed_years[0][0] if self.closed_years else None
        return len({month for year, month in self.months if year == first}) > 1
