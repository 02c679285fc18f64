"""The Pydantic models of the dataset: what a fact, a source and each entity are.

Every model forbids unknown fields (a misspelt field must not pass silently) and is frozen:
the dataset is read-only once loaded. Cross-references are checked by `Dataset` itself, so
a dataset that names an unknown agency, person or source never loads.

Facts, their periods and other sources' reports are the records a dataset has by the
hundred thousand, so they are Pydantic dataclasses with slots: they validate about twice as
fast as models and take less memory. The entities, a few dozen, are models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator
from pydantic.dataclasses import dataclass

from .i18n import _, word

Country = Literal["US", "MX"]
Bound = Literal["exact", "at_least", "approximate", "range"]
Unit = Literal["firearms", "people", "investigations", "percent", "pills", "pounds", "usd", "doses"]
Agreement = Literal["single_source", "corroborated", "disputed"]
InitiativeKind = Literal["operation", "program", "system", "law", "framework", "dialogue"]
SourceKind = Literal["news_article", "announcement", "report"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


# The dataclass form of Record, for the records a dataset has by the hundred thousand.
FORBID_EXTRA = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)  # NaN is no figure, nor JSON


@dataclass(frozen=True, slots=True, kw_only=True, config=FORBID_EXTRA)
class Period:
    """When a figure applies: a start and end, an as-of date, or a calendar year."""

    start: dt.date | None = None
    end: dt.date | None = None
    as_of: dt.date | None = None
    year: int | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> Period:
        shapes = (self.start is not None or self.end is not None) + (self.as_of is not None) + (self.year is not None)
        if shapes != 1:
            raise ValueError(_("a period has either start/end, or as_of, or year (exactly one of them)"))
        if self.start and self.end and self.start > self.end:
            raise ValueError(_("period starts ({start}) after it ends ({end})").format(start=self.start, end=self.end))
        return self

    def touches_year(self, year: int) -> bool:
        if self.year is not None:
            return self.year == year
        if self.as_of is not None:
            return self.as_of.year == year
        low = self.start.year if self.start else None
        high = self.end.year if self.end else None
        return (low is None or low <= year) and (high is None or year <= high)

    def sort_key(self) -> dt.date:
        """The earliest date the period names, for sorting."""
        if self.year is not None:
            return dt.date(self.year, 1, 1)
        return self.start or self.as_of or self.end or dt.date.min


class Metric(Record):
    id: str
    label: str
    description: str
    unit: Unit | None = Field(default=None, description="The unit every figure of this metric must have.")
    label_es: str | None = Field(default=None, description="The label in Spanish.")
    description_es: str | None = Field(default=None, description="The description in Spanish.")


def _check_bound(bound: str, value: float, low: float | None, high: float | None) -> None:
    if bound == "range":
        if low is None or high is None:
            raise ValueError(_("a range needs both low and high"))
        if low > high:
            raise ValueError(_("range low ({low}) is above high ({high})").format(low=low, high=high))
        if value != low:
            raise ValueError(_("for a range, value is the low end"))
    elif low is not None or high is not None:
        raise ValueError(_("low/high are only for a range, not for bound {bound}").format(bound=repr(bound)))


@dataclass(frozen=True, slots=True, kw_only=True, config=FORBID_EXTRA)
class Report:
    """The same figure as another source gave it."""

    source: str
    paragraph: int | None = Field(ge=1)
    value: int | float
    bound: Bound
    low: int | float | None = None
    high: int | float | None = None
    as_printed: str
    caveats: list[str] = Field(default_factory=list)
    caveats_es: list[str] = Field(default_factory=list, description="The caveats in Spanish.")

    @model_validator(mode="after")
    def _bound_shape(self) -> Report:
        _check_bound(self.bound, self.value, self.low, self.high)
        return self


@dataclass(frozen=True, slots=True, kw_only=True, config=FORBID_EXTRA)
class Fact:
    """One figure as one source reported it."""

    id: str
    metric: str
    value: int | float = Field(description="The exact figure, the lower bound, or the low end of a range.")
    unit: Unit
    bound: Bound
    low: int | float | None = None
    high: int | float | None = None
    as_printed: str = Field(description="The figure exactly as the source prints it.")
    description: str
    period: Period | None
    country: Country | None
    agencies: list[str]
    initiative: str | None
    source: str
    paragraph: int | None = Field(ge=1)
    caveats: list[str]
    also_reported_by: list[Report] = Field(
        default_factory=list, description="Other sources that report the same figure."
    )
    description_es: str | None = Field(default=None, description="The description in Spanish.")
    caveats_es: list[str] = Field(default_factory=list, description="The caveats in Spanish.")

    @model_validator(mode="after")
    def _bound_shape(self) -> Fact:
        if self.low is None and self.high is None and self.bound != "range":
            return self  # the common case, checked without a call: this runs for every fact
        _check_bound(self.bound, self.value, self.low, self.high)
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def agreement(self) -> Agreement:
        """single_source; corroborated when every other source gives the same figure; disputed otherwise."""
        if not self.also_reported_by:
            return "single_source"
        return "disputed" if self.differing_reports() else "corroborated"

    def differing_reports(self) -> list[Report]:
        """The other sources' figures that differ from this one in value, bound or range."""
        mine = (self.value, self.bound, self.low, self.high)
        return [r for r in self.also_reported_by if (r.value, r.bound, r.low, r.high) != mine]

    @property
    def sources(self) -> list[str]:
        """Every source that reports this figure, the first one first."""
        return [self.source, *(r.source for r in self.also_reported_by if r.source != self.source)]


class Source(Record):
    id: str
    kind: SourceKind
    title: str
    speaker: str | None
    author: str | None
    outlet: str | None
    published: dt.date | None
    date: dt.date | None
    url: str | None
    event: str | None
    language: str
    notes: list[str]
    people: list[str] = Field(default=[], description="Ids of the people the source names.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")


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
    date: dt.date
    place: str
    country: Country
    agencies: list[str]
    people: list[str]
    notes: list[str]
    name_es: str | None = Field(default=None, description="The name in Spanish.")
    place_es: str | None = Field(default=None, description="The place in Spanish.")
    notes_es: list[str] = Field(default=[], description="The notes in Spanish.")


class DatasetFile(Record):
    """One data file. Every list may be missing: a file can add facts to the built-in data."""

    schema_version: Literal[1]
    metrics: list[Metric] = []
    sources: list[Source] = []
    agencies: list[Agency] = []
    people: list[Person] = []
    organizations: list[Organization] = []
    initiatives: list[Initiative] = []
    events: list[Event] = []
    facts: list[Fact] = []


class Dataset(DatasetFile):
    """The data in use, whole: ids are unique and every reference resolves."""

    @model_validator(mode="after")
    def _references_resolve(self) -> Dataset:
        problems = dataset_problems(self)
        if problems:
            raise ValueError("; ".join(f"{path}: {message}" for path, message in problems))
        return self

    # Lookup tables, built once on first use (cached_property writes to the instance
    # dict directly, which a frozen model allows).
    @cached_property
    def metric_by_id(self) -> dict[str, Metric]:
        return {m.id: m for m in self.metrics}

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

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
        return {e.id: e for e in self.events}

    @cached_property
    def fact_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}


def dataset_problems(
    ds: DatasetFile,
    where: Callable[[str, int], str] | None = None,
    also_known: Mapping[str, set[str]] | None = None,
) -> list[tuple[str, str]]:
    """Duplicate ids, references that name nothing, and figures at odds with their metric.

    Each problem is (JSON path, message). `where(table, index)` names a record's place in
    messages (by default its JSON path), so that merged files can name the file.
    `also_known` adds ids, by kind, of records that exist but failed validation, so that
    references to them are not reported as well.
    """
    place = where or (lambda table, i: f"{table}[{i}]")
    problems: list[tuple[str, str]] = []
    tables: dict[str, tuple[str, list[str]]] = {
        "metric": ("metrics", [m.id for m in ds.metrics]),
        "source": ("sources", [s.id for s in ds.sources]),
        "agency": ("agencies", [a.code for a in ds.agencies]),
        "person": ("people", [p.id for p in ds.people]),
        "organization": ("organizations", [o.id for o in ds.organizations]),
        "initiative": ("initiatives", [i.id for i in ds.initiatives]),
        "event": ("events", [e.id for e in ds.events]),
        "fact": ("facts", [f.id for f in ds.facts]),
    }
    for kind, (table, ids) in tables.items():
        first: dict[str, int] = {}
        key_name = "code" if kind == "agency" else "id"
        failed = (also_known or {}).get(kind, set())
        for i, key in enumerate(ids):
            if key in failed:
                message = _("{kind} id {key} is defined twice; the other one failed validation")
                message = message.format(kind=word(kind), key=repr(key))
                problems.append((f"{table}[{i}].{key_name}", message))
            elif key in first:
                message = _("{kind} id {key} is defined twice; first at {place}")
                message = message.format(kind=word(kind), key=repr(key), place=place(table, first[key]))
                problems.append((f"{table}[{i}].{key_name}", message))
            first.setdefault(key, i)
    known = {kind: set(ids) | set((also_known or {}).get(kind, ())) for kind, (_, ids) in tables.items()}

    def check(path: str, kind: str, key: str | None) -> None:
        if key is not None and key not in known[kind]:
            problems.append((path, _("no {kind} {key} in the dataset").format(kind=word(kind), key=repr(key))))

    for i, s in enumerate(ds.sources):
        check(f"sources[{i}].speaker", "person", s.speaker)
        check(f"sources[{i}].event", "event", s.event)
        for j, pid in enumerate(s.people):
            check(f"sources[{i}].people[{j}]", "person", pid)
    for i, a in enumerate(ds.agencies):
        check(f"agencies[{i}].parent", "agency", a.parent)
    for i, p in enumerate(ds.people):
        check(f"people[{i}].agency", "agency", p.agency)
    for i, ini in enumerate(ds.initiatives):
        for j, t in enumerate(ini.targets):
            check(f"initiatives[{i}].targets[{j}]", "organization", t)
        for j, code in enumerate(ini.agencies):
            check(f"initiatives[{i}].agencies[{j}]", "agency", code)
        check(f"initiatives[{i}].lead_agency", "agency", ini.lead_agency)
    for i, e in enumerate(ds.events):
        for j, code in enumerate(e.agencies):
            check(f"events[{i}].agencies[{j}]", "agency", code)
        for j, pid in enumerate(e.people):
            check(f"events[{i}].people[{j}]", "person", pid)
    metrics = {m.id: m for m in ds.metrics}
    for i, f in enumerate(ds.facts):
        check(f"facts[{i}].metric", "metric", f.metric)
        check(f"facts[{i}].initiative", "initiative", f.initiative)
        check(f"facts[{i}].source", "source", f.source)
        for j, code in enumerate(f.agencies):
            check(f"facts[{i}].agencies[{j}]", "agency", code)
        for j, report in enumerate(f.also_reported_by):
            check(f"facts[{i}].also_reported_by[{j}].source", "source", report.source)
        metric = metrics.get(f.metric)
        if metric is not None and metric.unit is not None and f.unit != metric.unit:
            message = _("{unit} does not fit metric {metric}, which is counted in {counted}")
            message = message.format(unit=repr(f.unit), metric=repr(f.metric), counted=metric.unit)
            problems.append((f"facts[{i}].unit", message))
        impossible = percent_problem(f)
        if impossible:
            problems.append((f"facts[{i}].value", impossible))
    return problems


def percent_problem(f: Fact) -> str | None:
    """A percentage that cannot be: a fall of 100 % or more, or a share outside 0 to 100."""
    if f.unit != "percent":
        return None
    if f.metric.startswith("change_"):
        return _("a fall of {value} % is impossible").format(value=f.value) if f.value <= -100 else None
    return None if 0 <= f.value <= 100 else _("a share of {value} % is not between 0 and 100").format(value=f.value)


def unreferenced(ds: DatasetFile) -> list[tuple[str, str]]:
    """Entities nothing in the data refers to: warnings, not errors."""
    used: dict[str, set[str]] = {kind: set() for kind in ("metric", "agency", "person", "organization", "event")}
    for s in ds.sources:
        used["person"].update(p for p in (s.speaker, *s.people) if p)
        used["event"].update([s.event] if s.event else [])
    for a in ds.agencies:
        used["agency"].update([a.parent] if a.parent else [])
    for p in ds.people:
        used["agency"].update([p.agency] if p.agency else [])
    for ini in ds.initiatives:
        used["organization"].update(ini.targets)
        used["agency"].update([*ini.agencies, *([ini.lead_agency] if ini.lead_agency else [])])
    for e in ds.events:
        used["agency"].update(e.agencies)
        used["person"].update(e.people)
    for f in ds.facts:
        used["metric"].add(f.metric)
        used["agency"].update(f.agencies)
    warnings = []
    for table, kind, ids in (
        ("metrics", "metric", [m.id for m in ds.metrics]),
        ("agencies", "agency", [a.code for a in ds.agencies]),
        ("people", "person", [p.id for p in ds.people]),
        ("organizations", "organization", [o.id for o in ds.organizations]),
        ("events", "event", [e.id for e in ds.events]),
    ):
        for i, key in enumerate(ids):
            if key not in used[kind]:
                warnings.append(
                    (
                        f"{table}[{i}]",
                        _("{kind} {key} is referred to by nothing").format(kind=word(kind), key=repr(key)),
                    )
                )
    return warnings
