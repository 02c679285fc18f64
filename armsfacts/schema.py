"""The JSON Schema (draft 2020-12) of everything `--json` prints, generated from the models."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from .details import AgencyDetail, InitiativeDetail, SearchHit, SourceDetail
from .models import Agency, Fact, Initiative, Person, Source

DRAFT = "https://json-schema.org/draft/2020-12/schema"


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    message: str
    suggestions: list[str]


class ErrorOutput(BaseModel):
    """What a failing command prints on stderr when JSON output was asked for."""

    model_config = ConfigDict(extra="forbid")

    error: ErrorBody


# The record types, by the name `armsfacts schema NAME` takes.
RECORD_TYPES: dict[str, type] = {
    "fact": Fact,
    "initiative": Initiative,
    "initiative-detail": InitiativeDetail,
    "agency": Agency,
    "agency-detail": AgencyDetail,
    "person": Person,
    "source": Source,
    "source-detail": SourceDetail,
    "search-hit": SearchHit,
    "error": ErrorOutput,
}

# What each command prints with --json: (list without an argument, object with one).
COMMAND_OUTPUT: dict[str, tuple[str | None, str | None]] = {
    "stats": ("fact", None),
    "show": (None, "fact"),
    "operation": ("initiative", "initiative-detail"),
    "initiative": ("initiative", "initiative-detail"),
    "agency": ("agency", "agency-detail"),
    "people": ("person", None),
    "source": ("source", "source-detail"),
    "search": ("search-hit", None),
}


def _definitions() -> dict[str, Any]:
    _, top = TypeAdapter.json_schemas(
        [(name, "serialization", TypeAdapter(kind)) for name, kind in RECORD_TYPES.items()],
        ref_template="#/$defs/{model}",
    )
    defs: dict[str, Any] = top["$defs"]
    return defs


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/$defs/{RECORD_TYPES[name].__name__}"}


def json_schema(name: str | None = None) -> dict[str, Any]:
    """The whole schema (every record type under $defs), or with `name` one record type's own."""
    if name is not None:
        one: dict[str, Any] = TypeAdapter(RECORD_TYPES[name]).json_schema(mode="serialization")
        return {"$schema": DRAFT, **one}
    outputs: list[dict[str, Any]] = []
    for single, detail in COMMAND_OUTPUT.values():
        if single:
            outputs.append({"type": "array", "items": ref(single)})
        if detail:
            outputs.append(ref(detail))
    return {
        "$schema": DRAFT,
        "title": "armsfacts JSON output",
        "description": "Anything `armsfacts … --json` prints: a list of records or one record. "
        "Fields are only ever added, never renamed or removed.",
        "anyOf": list({str(o): o for o in outputs}.values()),
        "$defs": _definitions(),
    }
