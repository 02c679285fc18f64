"""The integrity rules of a dataset: what no single record can check on its own.

Ids are unique, every reference names a record that exists, a figure's unit is its metric's,
a percentage is one that can be, counts are whole and not negative, and no agency is its own
ancestor.
The loader (loading.py) runs them on every load, strict or collecting every problem.
A problem is (location, message), the location a JSON path as a tuple: ("facts", 3, "unit").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from .i18n import _, with_article, word
from .vocab import PERCENT_KINDS

if TYPE_CHECKING:
    from .models import Dataset, Fact, Figure, Metric

Location = tuple[int | str, ...]
Problem = tuple[Location, str]

# Each table's kind of record, and the field that names a record of it.
KINDS = {
    "metrics": "metric",
    "units": "unit",
    "sources": "source",
    "agencies": "agency",
    "people": "person",
    "organizations": "organization",
    "initiatives": "initiative",
    "events": "event",
    "facts": "fact",
}
KEY_FIELD = {"agencies": "code"}


def dotted(loc: Iterable[int | str]) -> str:
    """("facts", 3, "period", "start") -> 'facts[3].period.start'."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def record_keys(ds: Dataset, table: str) -> list[str]:
    return [getattr(record, KEY_FIELD.get(table, "id")) for record in getattr(ds, table)]


def dataset_problems(ds: Dataset, place: Callable[[str, int], str], failed: Mapping[str, set[str]]) -> list[Problem]:
    """Every rule the dataset breaks.

    `place(table, index)` names a record's place in messages, so that merged files can name the
    file. `failed` holds the keys, by kind (every kind), of records that exist but failed
    validation, so that references to them are not reported as well.
    """
    problems: list[Problem] = []
    known: dict[str, set[str]] = {}
    for table, kind in KINDS.items():
        first: dict[str, int] = {}
        for i, key in enumerate(record_keys(ds, table)):
            if key in failed[kind]:
                message = _("{kind} id {key} is defined twice; the other one failed validation")
                problems.append(
                    ((table, i, KEY_FIELD.get(table, "id")), message.format(kind=word(kind), key=repr(key)))
                )
            elif key in first:
                message = _("{kind} id {key} is defined twice; first at {place}")
                message = message.format(kind=word(kind), key=repr(key), place=place(table, first[key]))
                problems.append(((table, i, KEY_FIELD.get(table, "id")), message))
            first.setdefault(key, i)
        known[kind] = set(first) | failed[kind] | set(_earlier_ids(ds, table, first, place, problems))

    for loc, ref_kind, ref in references(ds):
        if ref is not None and ref not in known[ref_kind]:
            problems.append((loc, _("no {kind} {key} in the dataset").format(kind=word(ref_kind), key=repr(ref))))
    problems.extend(_agency_cycles(ds))
    metrics = {m.id: m for m in ds.metrics}
    for i, f in enumerate(ds.facts):
        metric = metrics.get(f.metric)
        if metric is not None and metric.unit is not None and f.unit != metric.unit:
            message = _("{unit} does not fit metric {metric}, which is counted in {counted}")
            problems.append(
                (("facts", i, "unit"), message.format(unit=repr(f.unit), metric=repr(f.metric), counted=metric.unit))
            )
        impossible = impossible_value(f, metric)
        if impossible:
            problems.append((("facts", i, "value"), impossible))
        problems.extend((("facts", i, *where), message) for where, message in fractions(f, metric))
    return problems


# The tables whose records keep their earlier ids as `aliases` (of the others, `aliases` are names).
WITH_FORMER_IDS = ("metrics", "sources", "events", "facts")


def _earlier_ids(
    ds: Dataset, table: str, ids: dict[str, int], place: Callable[[str, int], str], problems: list[Problem]
) -> list[str]:
    """A table's aliases, each of which must name one record only: no other record's id, no other's alias."""
    if table not in WITH_FORMER_IDS:
        return []
    kind = KINDS[table]
    owner: dict[str, int] = {}
    for i, record in enumerate(getattr(ds, table)):
        for j, alias in enumerate(record.aliases):
            taken = ids.get(alias, i)
            if taken != i:
                message = _("alias {alias} is already the id of another {kind}, at {place}")
                message = message.format(alias=repr(alias), kind=word(kind), place=place(table, taken))
                problems.append(((table, i, "aliases", j), message))
            elif owner.get(alias, i) != i:
                message = _("alias {alias} is already an alias of another {kind}, at {place}")
                message = message.format(alias=repr(alias), kind=word(kind), place=place(table, owner[alias]))
                problems.append(((table, i, "aliases", j), message))
            owner.setdefault(alias, i)
    return list(owner)


def references(ds: Dataset) -> Iterable[tuple[Location, str, str | None]]:
    """Every reference in the data: (where it is, the kind it names, the key it names)."""
    for i, s in enumerate(ds.sources):
        yield ("sources", i, "speaker"), "person", s.speaker
        yield ("sources", i, "event"), "event", s.event
        yield from ((("sources", i, "people", j), "person", p) for j, p in enumerate(s.people))
    for i, a in enumerate(ds.agencies):
        yield ("agencies", i, "parent"), "agency", a.parent
    for i, p in enumerate(ds.people):
        yield ("people", i, "agency"), "agency", p.agency
    for i, m in enumerate(ds.metrics):
        yield ("metrics", i, "unit"), "unit", m.unit
    for i, ini in enumerate(ds.initiatives):
        yield from ((("initiatives", i, "targets", j), "organization", t) for j, t in enumerate(ini.targets))
        yield from ((("initiatives", i, "agencies", j), "agency", c) for j, c in enumerate(ini.agencies))
        yield ("initiatives", i, "lead_agency"), "agency", ini.lead_agency
    for i, e in enumerate(ds.events):
        yield from ((("events", i, "agencies", j), "agency", c) for j, c in enumerate(e.agencies))
        yield from ((("events", i, "people", j), "person", p) for j, p in enumerate(e.people))
    for i, f in enumerate(ds.facts):
        yield ("facts", i, "metric"), "metric", f.metric
        yield ("facts", i, "unit"), "unit", f.unit
        yield ("facts", i, "initiative"), "initiative", f.initiative
        yield ("facts", i, "source"), "source", f.source
        yield from ((("facts", i, "agencies", j), "agency", c) for j, c in enumerate(f.agencies))
        for j, report in enumerate(f.also_reported_by):
            yield ("facts", i, "also_reported_by", j, "source"), "source", report.source


def _agency_cycles(ds: Dataset) -> list[Problem]:
    """Agencies that are their own ancestor (A part of B, B part of A)."""
    parent = {a.code: a.parent for a in ds.agencies}
    problems: list[Problem] = []
    for i, a in enumerate(ds.agencies):
        seen = {a.code}
        up = a.parent
        while up is not None and up not in seen:
            seen.add(up)
            up = parent.get(up)
        if up == a.code:
            message = _("agency {code} is part of itself through its parents").format(code=repr(a.code))
            problems.append((("agencies", i, "parent"), message))
    return problems


def impossible_value(f: Fact, metric: Metric | None) -> str | None:
    """A figure that cannot be: a negative count, a share outside 0–100, a fall of 100 % or more."""
    kind = metric.kind if metric is not None else None
    if kind == "change":
        return _("a fall of {value} % is impossible").format(value=f.value) if f.value <= -100 else None
    if kind == "share" and not 0 <= f.value <= 100:
        return _("a share of {value} % is not between 0 and 100").format(value=f.value)
    if kind not in PERCENT_KINDS and f.value < 0:
        return _("a count or amount cannot be negative ({value})").format(value=f.value)
    return None


def fractions(f: Fact, metric: Metric | None) -> list[Problem]:
    """A count given as a fraction ('2.5 arrests'), in the fact or in another source's report of it."""
    if metric is None or metric.kind != "count":
        return []
    figures: list[tuple[Location, Figure]] = [((), f)]
    figures += [(("also_reported_by", j), report) for j, report in enumerate(f.also_reported_by)]
    found: list[Problem] = []
    for place, figure in figures:
        for name in ("value", "low", "high"):
            number = getattr(figure, name)
            if type(number) is float and not number.is_integer():  # an int is whole: most figures, skipped at once
                message = _("a count is a whole number, not {value}").format(value=number)
                found.append(((*place, name), message))
    return found


def unreferenced(ds: Dataset) -> list[Problem]:
    """Entities nothing in the data refers to: warnings, not errors."""
    used: dict[str, set[str]] = {}
    for _loc, kind, key in references(ds):
        if key is not None:
            used.setdefault(kind, set()).add(key)
    warnings: list[Problem] = []
    for table in ("metrics", "units", "agencies", "people", "organizations", "events"):
        kind = KINDS[table]
        for i, key in enumerate(record_keys(ds, table)):
            if key not in used.get(kind, set()):
                message = _("{kind} {key} is referred to by nothing").format(kind=with_article(kind), key=repr(key))
                warnings.append(((table, i), message))
    return warnings
