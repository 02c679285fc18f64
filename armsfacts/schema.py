"""The JSON Schema (draft 2020-12) of everything `--json` prints, generated from the models."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from .check import Claim
from .metrics import MetricSummary
from .models import Agency, Fact, Initiative, Person, Source
from .results import AgencyDetail, CompareRow, InitiativeDetail, SearchHit, SourceDetail, TrendRow
from .validate import Problem
from .verify import Check
from .vocab import RecordName


# An error as JSON: errors.py writes it with the json module (reporting an error imports no
# Pydantic); this is its description for the schema.
class ErrorBody(BaseModel, defer_build=True):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str
    suggestions: list[str]


class ErrorOutput(BaseModel, defer_build=True):
    """What a failing command prints on stderr when JSON output was asked for."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorBody


DRAFT = "https://json-schema.org/draft/2020-12/schema"

# The record types, by the name `armsfacts schema NAME` takes (vocab.RecordName).
RECORD_TYPES: dict[RecordName, type[BaseModel]] = {
    "fact": Fact,
    "initiative": Initiative,
    "initiative-detail": InitiativeDetail,
    "agency": Agency,
    "agency-detail": AgencyDetail,
    "person": Person,
    "source": Source,
    "source-detail": SourceDetail,
    "search-hit": SearchHit,
    "problem": Problem,
    "check": Check,
    "claim": Claim,
    "error": ErrorOutput,
    "compare-row": CompareRow,
    "trend-row": TrendRow,
    "metric-summary": MetricSummary,
}

# What each command prints with --json: a list of records, and one record with an argument.
COMMAND_OUTPUT: dict[str, tuple[RecordName, ...]] = {
    "stats": ("fact",),
    "show": ("fact",),
    "operation": ("initiative", "initiative-detail"),
    "initiative": ("initiative", "initiative-detail"),
    "agency": ("agency", "agency-detail"),
    "people": ("person",),
    "source": ("source", "source-detail"),
    "search": ("search-hit",),
    "validate": ("problem",),
    "verify": ("check",),
    "compare": ("compare-row",),
    "trend": ("trend-row",),
    "check": ("claim",),
    "metrics": ("metric-summary",),
}
# The commands whose list form (no argument) and whose single form print which record.
LISTS: tuple[RecordName, ...] = (
    "fact", "initiative", "agency", "person", "source", "search-hit", "problem", "check", "compare-row", "claim",
    "trend-row", "metric-summary",
)  # fmt: skip
SINGLES: tuple[RecordName, ...] = ("fact", "initiative-detail", "agency-detail", "source-detail")


def _definitions() -> dict[str, Any]:
    _, top = TypeAdapter.json_schemas(
        [(name, "serialization", TypeAdapter(kind)) for name, kind in RECORD_TYPES.items()],
        ref_template="#/$defs/{model}",
    )
    defs: dict[str, Any] = top["$defs"]
    return defs


def ref(name: RecordName) -> dict[str, str]:
    return {"$ref": f"#/$defs/{RECORD_TYPES[name].__name__}"}


def json_schema(name: str | None = None) -> dict[str, Any]:
    """The whole schema (every record type under $defs), or with `name` one record type's own."""
    if name is not None:
        one: dict[str, Any] = TypeAdapter(RECORD_TYPES[name]).json_schema(mode="serialization")  # type: ignore[index]
        return {"$schema": DRAFT, **one}
    outputs = [{"type": "array", "items": ref(n)} for n in LISTS] + [ref(n) for n in SINGLES]
    return {
        "$schema": DRAFT,
        "title": "armsfacts JSON output",
        "description": "Anything `armsfacts … --json` prints: a list of records or one record. "
        "Fields are only ever added, never renamed or removed.",
        "anyOf": outputs,
        "$defs": _definitions(),
    }
