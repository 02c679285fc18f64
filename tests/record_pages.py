"""How the record tests read a figure against its page: one reading, compared with what the page gives."""

from __future__ import annotations

from typing import Any

from armsfacts.models import Dataset, Fact


def period_of(fact: Fact) -> dict[str, Any] | None:
    """The figure's period as the data file writes it ({"year": 2023}, {"as_of": "..."}), or None."""
    return fact.period.model_dump(mode="json", exclude_none=True) if fact.period else None


def as_recorded(fact: Fact) -> tuple[Any, ...]:
    """What a page fixes of a figure: as printed, value, bound, source, paragraph and period."""
    return (fact.as_printed, fact.value, fact.bound, fact.source, fact.paragraph, period_of(fact))


def as_reported(fact: Fact, source: str) -> tuple[Any, ...]:
    """Another page's printing of the figure: as printed, value, bound and its paragraph."""
    printed = fact.printed_by(source)
    report = next(r for r in fact.also_reported_by if r.source == source)
    return (printed.as_printed, printed.value, printed.bound, report.paragraph)


def assert_in_spanish_from_a_read_page(ds: Dataset, fact_id: str, accessed: str) -> None:
    """A new figure has its Spanish description and caveats, and its source a page read on `accessed`."""
    fact = ds.fact_by_id[fact_id]
    assert fact.description_es and len(fact.caveats_es) == len(fact.caveats), fact_id
    source = ds.source_by_id[fact.source]
    assert source.url and str(source.accessed) == accessed, fact_id
