"""The metrics as a list (`armsfacts metrics`): each with how many figures the record holds of it."""

from __future__ import annotations

from collections import Counter

from pydantic import Field

from .models import Dataset, Metric


class MetricSummary(Metric, defer_build=True):
    """A metric with the number of figures the record holds of it."""

    figures: int = Field(description="How many figures of this metric the data in use holds.")


def summaries(ds: Dataset) -> list[MetricSummary]:
    """Every metric in the data's order, a metric with no figure included (figures: 0)."""
    counts = Counter(f.metric for f in ds.facts)
    return [MetricSummary(**dict(m), figures=counts[m.id]) for m in ds.metrics]
