"""Lookups, filters and search over a loaded dataset. Everything here returns models."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import NotFoundError
from .i18n import _, word
from .models import Agency, Dataset, Fact, Initiative, Person, Source
from .text import fold, suggest

if TYPE_CHECKING:
    from .details import AgencyDetail, InitiativeDetail, SearchHit, SourceDetail

T = TypeVar("T")

SORT_FIELDS = ("id", "metric", "value", "unit", "bound", "period", "country", "initiative", "source", "agreement")


# ---------------------------------------------------------------------------
# Resolving what a user typed to one record.


def _resolve(kind: str, wanted: str, records: Iterable[T], names: Callable[[T], Iterable[str]]) -> T:
    """The record one of whose names folds to the same key as `wanted`.

    Not found, the error suggests the records whose names come closest, each by its first
    name (its id or code), so 'ultima-mil' suggests operation-last-mile.
    """
    key = fold(wanted)
    first_name: dict[str, str] = {}  # every name -> the record's first name
    for record in records:
        record_names = list(names(record))
        if key and any(fold(n) == key for n in record_names):
            return record
        for name in record_names:
            first_name.setdefault(name, record_names[0])
    close = dict.fromkeys(first_name[name] for name in suggest(wanted, first_name, limit=6))
    message = _("no {kind} {name}").format(kind=word(kind), name=repr(wanted))
    raise NotFoundError(message, suggestions=list(close)[:3])


def _initiative_names(ini: Initiative) -> list[str]:
    names = [ini.id, ini.name, *ini.aliases]
    if ini.name_es:
        names.append(ini.name_es)
    # "last-mile" finds "operation-last-mile": the kind word is optional.
    prefix = ini.kind + " "
    names.extend(fold(n)[len(prefix) :] for n in list(names) if fold(n).startswith(prefix))
    return names


def get_initiative(ds: Dataset, name: str, kind: str | None = None) -> Initiative:
    pool = [i for i in ds.initiatives if kind is None or i.kind == kind]
    return _resolve(kind or "initiative", name, pool, _initiative_names)


def _agency_names(a: Agency) -> list[str]:
    return [a.code, *(n for n in (a.acronym, a.name, a.name_es) if n), *a.aliases]


def get_agency(ds: Dataset, code: str) -> Agency:
    return _resolve("agency", code, ds.agencies, _agency_names)


def get_fact(ds: Dataset, fact_id: str) -> Fact:
    return _resolve("fact", fact_id, ds.facts, lambda f: [f.id])


def get_source(ds: Dataset, source_id: str) -> Source:
    return _resolve("source", source_id, ds.sources, lambda s: [s.id, s.title])


def get_metric(ds: Dataset, metric: str) -> str:
    found = _resolve("metric", metric, ds.metrics, lambda m: [m.id, m.label, *([m.label_es] if m.label_es else [])])
    return found.id


# ---------------------------------------------------------------------------
# Lists and filters.


def components(ds: Dataset, code: str) -> list[str]:
    """The codes of an agency's units, their units, and so on."""
    found: list[str] = []
    frontier = [code]
    while frontier:
        parent = frontier.pop()
        children = [a.code for a in ds.agencies if a.parent == parent and a.code not in found]
        found.extend(children)
        frontier.extend(children)
    return found


def fact_agencies(ds: Dataset, fact: Fact) -> list[str]:
    """The agencies a figure is tied to: its own, then those of its initiative."""
    codes = list(fact.agencies)
    if fact.initiative:
        codes.extend(c for c in ds.initiative_by_id[fact.initiative].agencies if c not in codes)
    return codes


def _fact_text(ds: Dataset, fact: Fact) -> str:
    metric = ds.metric_by_id[fact.metric]
    parts = [fact.id, fact.metric, metric.label, metric.label_es or "", fact.description, fact.description_es or ""]
    parts.append(fact.as_printed)
    if fact.initiative:
        parts.extend(_initiative_names(ds.initiative_by_id[fact.initiative]))
    for code in fact_agencies(ds, fact):
        parts.extend(_agency_names(ds.agency_by_code[code]))
    return fold(" | ".join(parts))


def filter_facts(
    ds: Dataset,
    *,
    metric: str | None = None,
    agency: str | None = None,
    initiative: str | None = None,
    country: str | None = None,
    year: int | None = None,
    source: str | None = None,
    search: str | None = None,
    agreement: str | None = None,
    sort: str | None = None,
) -> list[Fact]:
    """The figures that pass every filter given, in dataset order or sorted by `sort`.

    Names are resolved as everywhere else (`last-mile` is Operation Last Mile); an unknown
    name raises NotFoundError with suggestions. `agency` also matches the agency's
    components and the agencies of a figure's initiative; `source` matches every source
    that reports a figure; `agreement` is single_source, corroborated or disputed. `sort`
    is a field name from SORT_FIELDS, with a leading '-' for descending order.
    """
    facts: Sequence[Fact] = ds.facts
    if metric is not None:
        metric_id = get_metric(ds, metric)
        facts = [f for f in facts if f.metric == metric_id]
    if agency is not None:
        code = get_agency(ds, agency).code
        wanted = {code, *components(ds, code)}
        facts = [f for f in facts if wanted.intersection(fact_agencies(ds, f))]
    if initiative is not None:
        ini_id = get_initiative(ds, initiative).id
        facts = [f for f in facts if f.initiative == ini_id]
    if country is not None:
        facts = [f for f in facts if f.country == country.upper()]
    if year is not None:
        facts = [f for f in facts if f.period is not None and f.period.touches_year(year)]
    if source is not None:
        source_id = get_source(ds, source).id
        facts = [f for f in facts if source_id in f.sources]
    if search is not None:
        needle = fold(search)  # text with no letter or digit ("!!!") matches nothing, as in search()
        facts = [f for f in facts if needle and needle in _fact_text(ds, f)]
    if agreement is not None:
        facts = [f for f in facts if f.agreement == agreement]
    result = list(facts)
    if sort:
        result = sort_facts(result, sort)
    return result


def fact_prefilter(
    *,
    metric: str | None = None,
    country: str | None = None,
    year: int | None = None,
    agreement: str | None = None,
) -> Callable[[Fact, dict[str, Any]], bool] | None:
    """A cheap test, for the loader, that drops facts `filter_facts` would drop anyway.

    It never decides anything by itself: `filter_facts` still applies every filter, and a
    metric name it cannot resolve from the metrics already read keeps every fact.
    """
    if metric is None and country is None and year is None and agreement is None:
        return None
    wanted_metric: list[str] = []  # resolved once, from the first file that defines it

    def keep(fact: Fact, data: dict[str, Any]) -> bool:
        if metric is not None:
            if not wanted_metric:
                key = fold(metric)
                wanted_metric.extend(m.id for m in data.get("metrics", []) if key in (fold(m.id), fold(m.label)))
            if wanted_metric and fact.metric != wanted_metric[0]:
                return False
        if country is not None and fact.country != country.upper():
            return False
        if year is not None and (fact.period is None or not fact.period.touches_year(year)):
            return False
        return agreement is None or fact.agreement == agreement

    return keep


def sort_facts(facts: list[Fact], sort: str) -> list[Fact]:
    """`facts` ordered by a field of SORT_FIELDS ('-field' for descending); blanks go last."""
    descending = sort.startswith("-")
    field = sort[1:] if descending else sort
    if field not in SORT_FIELDS:
        raise ValueError(f"cannot sort by {field!r}")

    def value(f: Fact) -> Any:
        if field == "period":
            return f.period.sort_key() if f.period else None
        return getattr(f, field)

    present = sorted((f for f in facts if value(f) is not None), key=value, reverse=descending)
    return present + [f for f in facts if value(f) is None]


def list_initiatives(ds: Dataset, kind: str | None = None) -> list[Initiative]:
    return [i for i in ds.initiatives if kind is None or i.kind == kind]


def initiative_detail(ds: Dataset, name: str, kind: str | None = None) -> InitiativeDetail:
    from .details import InitiativeDetail

    ini = get_initiative(ds, name, kind)
    facts = [f for f in ds.facts if f.initiative == ini.id]
    return InitiativeDetail(**ini.model_dump(), facts=facts)


def list_agencies(ds: Dataset, country: str | None = None) -> list[Agency]:
    return [a for a in ds.agencies if country is None or a.country == country.upper()]


def agency_detail(ds: Dataset, code: str) -> AgencyDetail:
    from .details import AgencyDetail

    agency = get_agency(ds, code)
    return AgencyDetail(
        **agency.model_dump(),
        components=components(ds, agency.code),
        people=list_people(ds, agency.code),
        facts=filter_facts(ds, agency=agency.code),
    )


def list_people(ds: Dataset, agency: str | None = None) -> list[Person]:
    if agency is None:
        return list(ds.people)
    code = get_agency(ds, agency).code
    wanted = {code, *components(ds, code)}
    return [p for p in ds.people if p.agency in wanted]


def source_detail(ds: Dataset, source_id: str) -> SourceDetail:
    from .details import SourceDetail

    src = get_source(ds, source_id)
    return SourceDetail(**src.model_dump(), facts=[f for f in ds.facts if src.id in f.sources])


# ---------------------------------------------------------------------------
# Search across everything.


def search(ds: Dataset, text: str) -> list[SearchHit]:
    """Every record whose names or text contain `text` (accent-, case-insensitive)."""
    from .details import SearchHit

    needle = fold(text)
    if not needle:
        return []
    hits: list[SearchHit] = []

    def consider(kind: Any, rid: str, names: tuple[str, str | None], fields: Iterable[str | None]) -> None:
        for value in fields:
            if value and needle in fold(value):
                hits.append(SearchHit(kind=kind, id=rid, name=names[0], name_es=names[1], matched=value))
                return

    for f in ds.facts:
        metric = ds.metric_by_id[f.metric]
        label_es = f"{f.as_printed} {metric.label_es}" if metric.label_es else None
        texts = [f.id, metric.label, metric.label_es, f.description, f.description_es, f.as_printed]
        consider("fact", f.id, (f"{f.as_printed} {metric.label}", label_es), texts)
    for i in ds.initiatives:
        texts = [i.id, i.name, i.name_es, *i.aliases, i.description, i.description_es]
        consider("initiative", i.id, (i.name, i.name_es), texts)
    for a in ds.agencies:
        consider("agency", a.code, (a.name, a.name_es), [*_agency_names(a)])
    for p in ds.people:
        consider("person", p.id, (p.name, None), [p.name, p.role, p.role_es])
    for o in ds.organizations:
        consider("organization", o.id, (o.name, o.name_es), [o.id, o.name, o.name_es, *o.aliases])
    for s in ds.sources:
        consider("source", s.id, (s.title, None), [s.id, s.title, s.outlet])
    for e in ds.events:
        consider("event", e.id, (e.name, e.name_es), [e.id, e.name, e.name_es, e.place, e.place_es])
    return hits
