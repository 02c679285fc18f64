"""The records of the data file and the dataset they make together.

Every model is strict (a figure given as the string "3337" or as `true` is refused, not
converted), forbids unknown fields (a misspelt field must not pass silently) and is frozen:
the dataset is read-only once loaded. What no record can check on its own (unique ids,
references that resolve) is in rules.py, which the loader (loading.py) runs on the data as a
whole: the rules depend on the models, never the reverse.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    computed_field,
    field_validator,
    model_validator,
)

from . import agreement
from .i18n import _
from .values import CODE, EARLIEST, MAX_FIGURE, SLUG, Day, FormerIds, Number, WebAddress, Year
from .vocab import Agreement, Bound, Country, InitiativeKind, MetricKind, NearMiss, ScopeLevel, SourceKind


class Record(BaseModel):
    # Built on first use: the data is validated as a whole `Dataset`, whose schema holds every
    # other record's, so no record needs a validator of its own until something asks for it.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False, defer_build=True)

    @field_validator("id", "code", check_fields=False)
    @classmethod
    def _name_is_a_slug(cls, name: str, info: ValidationInfo) -> str:
        if info.field_name == "code" and not CODE.fullmatch(name):
            message = _("a code is ASCII letters and digits with single - or _ between, like FGR-LEGAL-INTL")
            raise ValueError(message)
        if info.field_name == "id" and not SLUG.fullmatch(name):
            message = _("an id is lower-case ASCII letters and digits with single - or _ between, like arrests-2023")
            raise ValueError(message)
        return name


class Period(Record):
    """When a figure applies: a start and end, an as-of date, a calendar year or a U.S. fiscal year."""

    start: Day | None = None
    end: Day | None = None
    as_of: Day | None = None
    year: Year | None = None
    fiscal_year: Year | None = Field(
        default=None, description="A U.S. federal fiscal year: 2023 runs from 1 October 2022 to 30 September 2023."
    )

    @model_validator(mode="after")
    def _one_shape(self) -> Period:
        shapes = (
            (self.start is not None or self.end is not None)
            + (self.as_of is not None)
            + (self.year is not None)
            + (self.fiscal_year is not None)
        )
        if shapes != 1:
            raise ValueError(_("a period has either start/end, or as_of, or year, or fiscal_year (exactly one)"))
        if self.start and self.end and self.start > self.end:
            raise ValueError(_("period starts ({start}) after it ends ({end})").format(start=self.start, end=self.end))
        return self

    @property
    def first_day(self) -> dt.date | None:
        """The first day the period covers; None where it is open at the start (or only an as-of day)."""
        if self.year is not None:
            return dt.date(self.year, 1, 1)
        if self.fiscal_year is not None:
            return dt.date(self.fiscal_year - 1, 10, 1)
        return self.start

    @property
    def last_day(self) -> dt.date | None:
        """The last day the period covers, or its as-of day; None where it is open at the end."""
        if self.year is not None:
            return dt.date(self.year, 12, 31)
        if self.fiscal_year is not None:
            return dt.date(self.fiscal_year, 9, 30)
        return self.as_of or self.end

    def touches_year(self, year: int) -> bool:
        if self.as_of is not None:
            return self.as_of.year == year
        first, last = self.first_day, self.last_day
        return (first is None or first.year <= year) and (last is None or year <= last.year)

    def sort_key(self) -> dt.date:
        """The earliest date the period names, for sorting."""
        return self.first_day or self.as_of or self.end or EARLIEST


class Unit(Record):
    """What a figure is counted in: firearms, people, percent, US dollars, …"""

    id: str
    label: str = Field(description="The unit as people read it after a number: 'firearms', 'US dollars'.")
    label_es: str | None = Field(default=None, description="The label in Spanish.")
    dimension: str | None = Field(
        default=None, description="What it measures, where other units measure it too: 'mass' for pounds."
    )
    factor: float | None = Field(
        default=None, gt=0, description="One of this unit in the dimension's base unit: pounds are 0.45359237 kg."
    )


class Metric(Record):
    id: str
    label: str
    description: str
    kind: MetricKind = Field(description="What kind of number: count, amount, share, change or per_year.")
    unit: str | None = Field(default=None, description="The unit every figure of this metric must have.")
    label_es: str | None = Field(default=None, description="The label in Spanish.")
    description_es: str | None = Field(default=None, description="The description in Spanish.")
    aliases: FormerIds = []


class Estimate(Record):
    """Who made an estimate, and how: an estimate is not a count."""

    by: str = Field(description="Who made the estimate, as the source names them.")
    by_es: str | None = Field(default=None, description="Who made it, in Spanish.")
    method: str | None = Field(default=None, description="How it was made, in the project's words.")
    method_es: str | None = Field(default=None, description="The method in Spanish.")


class Scope(Record):
    """How far a figure reaches: a country, an agency, a region, one office, a state, a city, an operation.

    Two figures of one metric are the same quantity only at the same scope (see quantity.py):
    one DEA division's arrests are not the nation's.
    """

    level: ScopeLevel
    name: str | None = Field(
        default=None,
        description="The part it is counted in, below an agency or country: 'DEA El Paso Division', 'Laredo'.",
    )
    name_es: str | None = Field(default=None, description="The name in Spanish, where it differs.")


class Figure(Record):
    """What a fact and another source's report of it share: a value, how it is bounded, how it was printed.

    The fields are declared by each subclass, in the order their JSON has always had.
    """

    if TYPE_CHECKING:
        value: Number
        bound: Bound
        low: Number | None
        high: Number | None
        as_printed: str
        paragraph: int | None
        page: int | None
        caveats: list[str]
        caveats_es: list[str]

    @field_validator("value", "low", "high", check_fields=False)
    @classmethod
    def _plausible_number(cls, number: Number | None) -> Number | None:
        """No figure of these records is above a million millions, or finer than a thousandth."""
        if number is None:
            return None
        if abs(number) > MAX_FIGURE:
            raise ValueError(_("{number} is larger than any figure (at most 1,000,000 million)").format(number=number))
        if type(number) is float and round(number, 3) != number:
            raise ValueError(_("{number} has more than 3 decimal places").format(number=number))
        return number

    @model_validator(mode="after")
    def _bound_shape(self) -> Figure:
        if self.bound == "range":
            if self.low is None or self.high is None:
                raise ValueError(_("a range needs both low and high"))
            if self.low > self.high:
                raise ValueError(_("range low ({low}) is above high ({high})").format(low=self.low, high=self.high))
            if self.value != self.low:
                raise ValueError(_("for a range, value is the low end"))
        elif self.low is not None or self.high is not None:
            message = _("low/high are only for a range, not for bound {bound}")
            raise ValueError(message.format(bound=repr(self.bound)))
        return self

    def same_figure(self, other: Figure) -> bool:
        return (self.value, self.bound, self.low, self.high) == (other.value, other.bound, other.low, other.high)


def _printing(source: str, fig: Figure) -> agreement.Printing:
    return agreement.Printing(source, fig.value, fig.bound, agreement.interval(fig.value, fig.bound, fig.low, fig.high))


def _finite(end: float) -> float | None:
    return None if end in (agreement.INF, -agreement.INF) else end


class PrintedInterval(BaseModel, defer_build=True):
    """The values one printing allows."""

    source: str
    as_printed: str
    low: float | None = Field(description="The lowest value it allows; null where it has no lower end.")
    high: float | None = Field(description="The highest value it allows; null for 'more than'.")


class MisprintReason(BaseModel, defer_build=True):
    """A lone printing that a slip of the pen explains."""

    source: str = Field(description="The source whose printing is likely a misprint.")
    as_printed: str = Field(description="What it printed.")
    likely: str = Field(description="What the agreeing sources print, as they print it.")
    slip: NearMiss = Field(description="The slip: transposition, wrong_digit, dropped_digit, …")


class AgreementReason(BaseModel, defer_build=True):
    """Why a figure's agreement label is what it is."""

    sides: list[list[str]] = Field(
        description="Source ids whose printings agree, one list per side; more than one side is a dispute."
    )
    misprint: MisprintReason | None = Field(description="The likely misprint, for likely_misprint.")
    intervals: list[PrintedInterval] = Field(description="Each printing's interval, the first source's first.")


VALUE = "The exact figure, the bound (more than / nearly …), or a range's low end."
PAGE = "The page of a printed report that gives it."


class Report(Figure):
    """The same figure as another source gave it."""

    source: str
    paragraph: int | None = Field(ge=1)
    value: Number = Field(description=VALUE)
    bound: Bound
    low: Number | None = None
    high: Number | None = None
    as_printed: str
    caveats: list[str] = []
    caveats_es: list[str] = Field(default=[], description="The caveats in Spanish.")
    page: int | None = Field(default=None, ge=1, description=PAGE)


class Fact(Figure):
    """One figure as one source reported it."""

    id: str
    metric: str
    value: Number = Field(description=VALUE)
    unit: str
    bound: Bound
    low: Number | None = None
    high: Number | None = None
    as_printed: str = Field(description="The figure exactly as the source prints it.")
    description: str
    period: Period | None
    country: Country | None
    agencies: list[str]
    initiative: str | None
    source: str
    paragraph: int | None = Field(ge=1)
    caveats: list[str]
    also_reported_by: list[Report] = Field(default=[], description="Other sources that report the same figure.")
    description_es: str | None = Field(default=None, description="The description in Spanish.")
    caveats_es: list[str] = Field(default=[], description="The caveats in Spanish.")
    page: int | None = Field(default=None, ge=1, description=PAGE)
    estimate: Estimate | None = Field(default=None, description="Set when the figure is an estimate, not a count.")
    scope: Scope | None = Field(default=None, description="How far the figure reaches; null where not recorded.")
    aliases: FormerIds = []

    @cached_property
    def printings_agree(self) -> agreement.Verdict:
        """What the printings of this figure say together, read as intervals (agreement.py)."""
        return agreement.agree([_printing(self.source, self), *(_printing(r.source, r) for r in self.also_reported_by)])

    @computed_field  # type: ignore[prop-decorator]
    @property
    def agreement(self) -> Agreement:
        """single_source; corroborated when every printing is compatible; likely_misprint when all but one
        lone printing are and a slip of the pen explains it; disputed when printings cannot all be true."""
        return self.printings_agree.label

    @computed_field(return_type=AgreementReason)  # type: ignore[prop-decorator]
    @property
    def agreement_reason(self) -> AgreementReason:
        """Why the agreement is what it is: which sources agree, the likely misprint, each printing's interval."""
        verdict = self.printings_agree
        misprint = None
        if verdict.misprint is not None:
            slip = verdict.misprint
            likely = next(f for f in self.printings() if f.value == slip.likely)
            misprint = MisprintReason(
                source=slip.source,
                as_printed=self.printed_by(slip.source).as_printed,
                likely=likely.as_printed,
                slip=slip.slip,
            )
        intervals = [
            PrintedInterval(
                source=sid,
                as_printed=fig.as_printed,
                low=_finite(agreement.interval(fig.value, fig.bound, fig.low, fig.high).low),
                high=_finite(agreement.interval(fig.value, fig.bound, fig.low, fig.high).high),
            )
            for sid, fig in zip(self.sources_in_order(), self.printings(), strict=True)
        ]
        return AgreementReason(sides=[list(side) for side in verdict.sides], misprint=misprint, intervals=intervals)

    def printings(self) -> list[Figure]:
        """This figure as each source printed it, the first source's first."""
        return [self, *self.also_reported_by]

    def sources_in_order(self) -> list[str]:
        """The source of each printing, in the order of printings()."""
        return [self.source, *(r.source for r in self.also_reported_by)]

    def differing_reports(self) -> list[Report]:
        """The other sources' printings that are not on this figure's side (a dispute or a misprint)."""
        verdict = self.printings_agree
        if verdict.label == "likely_misprint" and verdict.misprint is not None:
            lone = verdict.misprint.source
            if lone != self.source:
                return [r for r in self.also_reported_by if r.source == lone]
            return list(self.also_reported_by)
        side = next(s for s in verdict.sides if self.source in s)
        return [r for r in self.also_reported_by if r.source not in side]

    @property
    def sources(self) -> list[str]:
        """Every source that reports this figure, the first one first."""
        return [self.source, *(r.source for r in self.also_reported_by if r.source != self.source)]

    def printed_by(self, source_id: str) -> Figure:
        """The figure as one of its sources gave it."""
        return self if self.source == source_id else next(r for r in self.also_reported_by if r.source == source_id)


class Source(Record):
    id: str
    kind: SourceKind
    title: str = Field(description="The page's own title; in parentheses, the project's label for a page without one.")
    speaker: str | None
    author: str | None
    outlet: str | None = Field(description="The outlet or publisher.")
    published: Day | None
    date: Day | None
    url: WebAddress | None
    event: str | None
    language: str
    notes: list[str]
    accessed: Day | None = Field(default=None, description="When the project read the source at its address.")
    people: list[str] = Field(default=[], description="Ids of the people the source names.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")
    title_es: str | None = Field(
        default=None, description="The project's label in Spanish, where the page shows no title of its own."
    )
    aliases: FormerIds = []


class Agency(Record):
    code: str
    acronym: str | None
    name: str
    name_es: str | None = Field(description="The Spanish name: for a Mexican agency, its official name.")
    country: Country
    parent: str | None
    aliases: list[str]
    notes: list[str]
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")


class Person(Record):
    id: str
    name: str
    role: str
    agency: str | None
    country: Country
    notes: list[str]
    role_es: str | None = Field(default=None, description="The role in Spanish.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")
    aliases: list[str] = Field(default=[], description="How texts name the person besides the full name: 'Harfuch'.")


class Organization(Record):
    id: str
    name: str
    name_es: str | None
    aliases: list[str]
    notes: list[str]
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")


class Initiative(Record):
    id: str
    name: str
    kind: InitiativeKind
    name_es: str | None
    aliases: list[str]
    period: Period | None
    targets: list[str]
    agencies: list[str]
    description: str
    notes: list[str]
    lead_agency: str | None = None
    description_es: str | None = Field(default=None, description="The description in Spanish.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")


class Event(Record):
    id: str
    name: str
    date: Day
    place: str
    country: Country
    agencies: list[str]
    people: list[str]
    notes: list[str]
    name_es: str | None = Field(default=None, description="The name in Spanish.")
    aliases_es: list[str] = Field(default=[], description="Other Spanish names the event is reported under.")
    place_es: str | None = Field(default=None, description="The place in Spanish.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")
    aliases: FormerIds = []


Named = TypeVar("Named", Metric, Source, Event, Fact)


def _by_id_or_alias(records: list[Named]) -> dict[str, Named]:
    """Records by id and by each earlier id; an id wins over another record's alias (the rules forbid both)."""
    table = {alias: r for r in records for alias in r.aliases}
    table.update((r.id, r) for r in records)
    return table


class Dataset(Record):
    """The data: one file of it, or the whole in use. Every list may be missing from a file.

    The integrity rules (rules.py) hold for the whole, not for each file (a file may add facts
    about the built-in data's sources), so the loader runs them once the files are joined.
    """

    schema_version: Literal[1]
    metrics: list[Metric] = []
    units: list[Unit] = []
    sources: list[Source] = []
    agencies: list[Agency] = []
    people: list[Person] = []
    organizations: list[Organization] = []
    initiatives: list[Initiative] = []
    events: list[Event] = []
    facts: list[Fact] = []

    # Lookup tables, built once on first use (cached_property writes to the instance dict
    # directly, which a frozen model allows). A record's earlier ids (aliases) find it too.
    @cached_property
    def metric_by_id(self) -> dict[str, Metric]:
        return _by_id_or_alias(self.metrics)

    @cached_property
    def unit_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return _by_id_or_alias(self.sources)

    @cached_property
    def agency_by_code(self) -> dict[str, Agency]:
        return {a.code: a for a in self.agencies}

    @cached_property
    def person_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def organization_by_id(self) -> dict[str, Organization]:
        return {o.id: o for o in self.organizations}

    @cached_property
    def initiative_by_id(self) -> dict[str, Initiative]:
        return {i.id: i for i in self.initiatives}

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return _by_id_or_alias(self.events)

    @cached_property
    def fact_by_id(self) -> dict[str, Fact]:
        return _by_id_or_alias(self.facts)
