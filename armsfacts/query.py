"""Lookups by id or name, filters and sorting over a loaded dataset, and suggestions when nothing matches.

Everything here returns the data's own models (results.py builds details, comparisons and
search hits from them). Names are matched as people type them: case, accents and
punctuation ignored ('Operación Última Milla' finds operation-last-mile); an exact id
always wins over another record's name or alias.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from .errors import ArmsfactsError, not_found
from .i18n import _, with_article
from .matching import Search
from .matching import fold as fold  # names are resolved by the folding word matching uses
from .models import Agency, Dataset, Fact, Initiative, Metric, Person, Source
from .terminal import quoted
from .vocab import SORT_FIELDS, Agreement

T = TypeVar("T")


def suggest(wanted: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """The candidates closest to `wanted`, best first, compared on folded text."""
    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(fold(candidate), candidate)
    key = fold(wanted)
    close = difflib.get_close_matches(key, list(by_key), n=limit, cutoff=0.5)
    if not close and key:
        close = [k for k in by_key if key in k or k in key][:limit]
    return [by_key[k] for k in close]


# ---------------------------------------------------------------------------
# Resolving what a user typed to one record.


def _resolve(
    kind: str,
    wanted: str,
    records: Sequence[T],
    names: Callable[[T], list[str]],
    nearest: Callable[[str], list[str]] | None = None,
    earlier_ids: Callable[[T], list[str]] = lambda record: [],
) -> T:
    """The record whose id is `wanted`, else the one that had it as an earlier id, else the one
    with a name that folds to the same key.

    Not found, the error suggests the first names (ids or codes) `nearest` gives, else the
    records whose names are spelled closest, so 'ultima-mil' suggests operation-last-mile.
    """
    all_names = [names(record) for record in records]
    for record, record_names in zip(records, all_names, strict=True):
        if record_names[0] == wanted:
            return record
    for record in records:
        if wanted in earlier_ids(record):
            return record
    key = fold(wanted)
    for record, record_names in zip(records, all_names, strict=True):
        if key and any(fold(n) == key for n in record_names):
            return record
    close = dict.fromkeys(nearest(wanted) if nearest else ())
    if not close:
        first_name = {name: record_names[0] for record_names in all_names for name in reversed(record_names)}
        close = dict.fromkeys(first_name[name] for name in suggest(wanted, first_name, limit=6))
    raise not_found(_("no {kind} {name}").format(kind=with_article(kind), name=quoted(wanted)), list(close)[:3])


def initiative_names(ini: Initiative) -> list[str]:
    names = [ini.id, ini.name, *ini.aliases]
    if ini.name_es:
        names.append(ini.name_es)
    # "last-mile" finds "operation-last-mile": the kind word is optional.
    prefix = ini.kind + " "
    names.extend(fold(n)[len(prefix) :] for n in list(names) if fold(n).startswith(prefix))
    return names


def agency_names(a: Agency) -> list[str]:
    return [a.code, *(n for n in (a.acronym, a.name, a.name_es) if n), *a.aliases]


def get_initiative(ds: Dataset, name: str, kind: str | None = None) -> Initiative:
    pool = [i for i in ds.initiatives if kind is None or i.kind == kind]
    return _resolve(kind or "initiative", name, pool, initiative_names)


def get_agency(ds: Dataset, code: str) -> Agency:
    return _resolve("agency", code, ds.agencies, agency_names)


def _aliases(record: Fact | Source | Metric) -> list[str]:
    return record.aliases


def get_fact(ds: Dataset, fact_id: str) -> Fact:
    return _resolve("fact", fact_id, ds.facts, lambda f: [f.id], earlier_ids=_aliases)


def get_source(ds: Dataset, source_id: str) -> Source:
    return _resolve("source", source_id, ds.sources, lambda s: [s.id, s.title], earlier_ids=_aliases)


def _metric_names(m: Metric) -> list[str]:
    return [m.id, m.label, *([m.label_es] if m.label_es else [])]


def get_metric(ds: Dataset, metric: str) -> str:
    """A metric's id from its id, earlier id or label; not found, the error suggests the metrics the
    words find (matching.py: 'guns seized' suggests firearms_seized), else the ones spelled closest ('arests')."""

    def by_words(wanted: str) -> list[str]:
        found = Search(wanted).rank(
            ds.metrics, lambda m: [m.id, m.description, m.description_es], lambda m: [m.label, m.label_es]
        )
        return [hit.item.id for hit in found]

    try:
        return _resolve("metric", metric, ds.metrics, _metric_names, by_words, earlier_ids=_aliases).id
    except ArmsfactsError as exc:
        exc.message += "\n" + _("`armsfacts metrics` lists every metric.")
        raise


# ---------------------------------------------------------------------------
# Lists and filters.


def components(ds: Dataset, code: str) -> list[str]:
    """The codes of an agency's units, their units, and so on."""
    found: list[str] = []
    frontier = [code]
    while frontier:
        parent = frontier.pop()
        children = [a.code for a in ds.agencies if a.parent == parent and a.code not in found and a.code != code]
        found.extend(children)
        frontier.extend(children)
    return found


def departments(ds: Dataset, codes: Iterable[str]) -> frozenset[str]:
    """The codes of the agencies the given ones belong to, up to the top (the reverse of `components`): ICE and DHS
    for HSI."""
    found: set[str] = set()
    for code in codes:
        agency = ds.agency_by_code.get(code)
        while agency is not None and agency.parent and agency.parent not in found:
            found.add(agency.parent)
            agency = ds.agency_by_code.get(agency.parent)
    return frozenset(found)


def fact_agencies(ds: Dataset, fact: Fact) -> list[str]:
    """The agencies a figure is tied to: its own, then those of its initiative."""
    codes = list(fact.agencies)
    if fact.initiative:
        codes.extend(c for c in ds.initiative_by_id[fact.initiative].agencies if c not in codes)
    return codes


COUNTRY_NAMES = {"US": ("United States", "Estados Unidos"), "MX": ("Mexico", "México")}


def fact_name(ds: Dataset, fact: Fact) -> list[str]:
    """What names a figure for a search: its metric's label in both languages (a match here ranks higher)."""
    metric = ds.metric_by_id[fact.metric]
    return [metric.label, metric.label_es or ""]


def fact_texts(ds: Dataset, fact: Fact) -> list[str]:
    """Everything else a figure is found by: its descriptions, id and metric, every printing of it
    and its number, where it was counted, its initiative and agencies, and who gave it (each
    source's speaker and outlet)."""
    texts = [fact.description, fact.description_es or "", fact.id, fact.metric]  # finding.py: the pair first
    for number in (fact.value, fact.low, fact.high):
        if number is not None:
            texts.append(f"{number:f}".rstrip("0").rstrip(".") if isinstance(number, float) else str(number))
    texts.extend(fact.printed_by(source_id).as_printed for source_id in fact.sources)
    texts.extend(COUNTRY_NAMES.get(fact.country or "", ()))
    if fact.scope and fact.scope.name:
        texts.append(fact.scope.name)
    if fact.initiative:
        texts.extend(initiative_names(ds.initiative_by_id[fact.initiative]))
    for code in fact_agencies(ds, fact):
        texts.extend(agency_names(ds.agency_by_code[code]))
    for source_id in fact.sources:
        # who gave it, not everyone a source names: Salazar's roundtable names officials who gave no figure
        src = ds.source_by_id[source_id]
        texts.extend(filter(None, (ds.person_by_id[src.speaker].name if src.speaker else None, src.outlet)))
    if fact.estimate:
        texts.extend(filter(None, (fact.estimate.by, fact.estimate.by_es)))
    return texts


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
    agreement: Agreement | None = None,
    estimates: bool | None = None,
    sort: str | None = None,
) -> list[Fact]:
    """The figures that pass every filter given, in dataset order or sorted by `sort`.

    Names are resolved as everywhere else (`last-mile` is Operation Last Mile); an unknown
    name raises a not-found error with suggestions. `agency` also matches the agency's
    components and the agencies of a figure's initiative; `source` matches every source
    that reports a figure. `sort` is a field of SORT_FIELDS, '-field' for descending order.
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
        # text with no word that carries something ("!!!", "the") matches nothing
        found = Search(search).rank(facts, lambda f: fact_texts(ds, f), lambda f: fact_name(ds, f))
        facts = [hit.item for hit in found]
    if agreement is not None:
        facts = [f for f in facts if f.agreement == agreement]
    if estimates is not None:
        facts = [f for f in facts if (f.estimate is not None) == estimates]
    result = list(facts)
    return sort_facts(result, sort) if sort else result


def sort_facts(facts: list[Fact], sort: str) -> list[Fact]:
    """`facts` ordered by a field of SORT_FIELDS ('-field' for descending); blanks go last."""
    descending = sort.startswith("-")
    field = sort.removeprefix("-")
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


def list_agencies(ds: Dataset, country: str | None = None) -> list[Agency]:
    return [a for a in ds.agencies if country is None or a.country == country.upper()]


def list_people(ds: Dataset, agency: str | None = None) -> list[Person]:
    if agency is None:
        return list(ds.people)
    code = get_agency(ds, agency).code
    wanted = {code, *components(ds, code)}
    return [p for p in ds.people if p.agency in wanted]
