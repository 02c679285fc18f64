"""The Pydantic models of the dataset: what a fact, a source and each entity are.

Every model forbids unknown fields (a misspelt field must not pass silently) and is frozen:
the dataset is read-only once loaded. Cross-references are checked by `Dataset` itself, so
a dataset that names an unknown agency, person or source never loads.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Country = Literal["US", "MX"]
Bound = Literal["exact", "at_least", "approximate", "range"]
Unit = Literal["firearms", "people", "investigations", "percent"]
InitiativeKind = Literal["operation", "program", "system", "law", "framework", "dialogue"]
SourceKind = Literal["news_article", "announcement", "report"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Period(Record):
    """When a figure applies: a start and end, an as-of date, or a calendar year."""

    start: dt.date | None = None
    end: dt.date | None = None
    as_of: dt.date | None = None
    year: int | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> Period:
        shapes = [self.start is not None or self.end is not None, self.as_of is not None, self.year is not None]
        if sum(shapes) != 1:
            raise ValueError("a period has either start/end, or as_of, or year (exactly one of them)")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"period starts ({self.start}) after it ends ({self.end})")
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


class Fact(Record):
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

    @model_validator(mode="after")
    def _bound_shape(self) -> Fact:
        if self.bound == "range":
            if self.low is None or self.high is None:
                raise ValueError("a range needs both low and high")
            if self.low > self.high:
                raise ValueError(f"range low ({self.low}) is above high ({self.high})")
            if self.value != self.low:
                raise ValueError("for a range, value is the low end")
        elif self.low is not None or self.high is not None:
            raise ValueError(f"low/high are only for a range, not for bound {self.bound!r}")
        return self


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


class Agency(Record):
    code: str
    acronym: str | None
    name: str
    name_es: str | None
    country: Country
    parent: str | None
    aliases: list[str]
    notes: list[str]


class Person(Record):
    id: str
    name: str
    role: str
    agency: str | None
    country: Country
    notes: list[str]


class Organization(Record):
    id: str
    name: str
    name_es: str | None
    aliases: list[str]
    notes: list[str]


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


class Event(Record):
    id: str
    name: str
    date: dt.date
    place: str
    country: Country
    agencies: list[str]
    people: list[str]
    notes: list[str]


class Dataset(Record):
    schema_version: Literal[1]
    metrics: list[Metric]
    sources: list[Source]
    agencies: list[Agency]
    people: list[Person]
    organizations: list[Organization]
    initiatives: list[Initiative]
    events: list[Event]
    facts: list[Fact]

    @model_validator(mode="after")
    def _references_resolve(self) -> Dataset:
        problems = reference_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
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


def reference_problems(ds: Dataset) -> list[str]:
    """Every duplicate id and every reference that names nothing, as 'path: message'."""
    problems: list[str] = []
    tables: dict[str, list[str]] = {
        "metric": [m.id for m in ds.metrics],
        "source": [s.id for s in ds.sources],
        "agency": [a.code for a in ds.agencies],
        "person": [p.id for p in ds.people],
        "organization": [o.id for o in ds.organizations],
        "initiative": [i.id for i in ds.initiatives],
        "event": [e.id for e in ds.events],
        "fact": [f.id for f in ds.facts],
    }
    for kind, ids in tables.items():
        seen: set[str] = set()
        for key in ids:
            if key in seen:
                problems.append(f"{kind} id {key!r} is defined twice")
            seen.add(key)
    known = {kind: set(ids) for kind, ids in tables.items()}

    def check(path: str, kind: str, key: str | None) -> None:
        if key is not None and key not in known[kind]:
            problems.append(f"{path}: no {kind} {key!r} in the dataset")

    for i, s in enumerate(ds.sources):
        check(f"sources[{i}].speaker", "person", s.speaker)
        check(f"sources[{i}].event", "event", s.event)
    for i, a in enumerate(ds.agencies):
        check(f"agencies[{i}].parent", "agency", a.parent)
    for i, p in enumerate(ds.people):
        check(f"people[{i}].agency", "agency", p.agency)
    for i, ini in enumerate(ds.initiatives):
        for j, t in enumerate(ini.targets):
            check(f"initiatives[{i}].targets[{j}]", "organization", t)
        for j, code in enumerate(ini.agencies):
            check(f"initiatives[{i}].agencies[{j}]", "agency", code)
    for i, e in enumerate(ds.events):
        for j, code in enumerate(e.agencies):
            check(f"events[{i}].agencies[{j}]", "agency", code)
        for j, pid in enumerate(e.people):
            check(f"events[{i}].people[{j}]", "person", pid)
    for i, f in enumerate(ds.facts):
        check(f"facts[{i}].metric", "metric", f.metric)
        check(f"facts[{i}].initiative", "initiative", f.initiative)
        check(f"facts[{i}].source", "source", f.source)
        for j, code in enumerate(f.agencies):
            check(f"facts[{i}].agencies[{j}]", "agency", code)
    return problems
