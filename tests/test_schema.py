"""The JSON Schema: every command's --json output validates, and fields are only ever added."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from armsfacts.output.formats import field_names
from armsfacts.schema import COMMAND_OUTPUT, RECORD_TYPES, json_schema

from .conftest import ROOT, Invoke

CHECKED_IN = ROOT / "tests" / "contract" / "armsfacts.schema.json"

# Each command as a list and, where it takes one, with a record named.
CALLS: list[tuple[list[str], str]] = [
    (["stats"], "list"),
    (["stats", "--metric", "arrests", "--sort", "-value"], "list"),
    (["show", "last-mile-investigations"], "one"),
    (["operation"], "list"),
    (["operation", "last-mile"], "one"),
    (["initiative"], "list"),
    (["initiative", "etrace"], "one"),
    (["agency"], "list"),
    (["agency", "FGR"], "one"),
    (["people"], "list"),
    (["source"], "list"),
    (["source", "salazar-roundtable-2023-12-04"], "one"),
    (["search", "last mile"], "list"),
    (["compare", "firearms_trafficked_per_year"], "list"),
    (["trend", "firearms_seized"], "list"),
    (["stats", "--latest"], "list"),
    (["validate"], "list-or-empty"),
    (["metrics"], "list"),
]


def validator_for(name: str) -> Draft202012Validator:
    return Draft202012Validator(json_schema(name))


def test_schema_is_valid_draft_2020_12(run: Invoke) -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"Fact", "Period", "Initiative", "Agency", "Person", "Source", "SearchHit"} <= set(schema["$defs"])


@pytest.mark.parametrize("name", sorted(RECORD_TYPES))
def test_schema_of_one_record_type(run: Invoke, name: str) -> None:
    result = run("schema", name)
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["title"] == RECORD_TYPES[name].__name__
    assert SOME_FIELDS[name] <= set(schema["properties"])


# Fields of each record type that the README documents (a literal list, not read from the models).
SOME_FIELDS = {
    "fact": {"id", "metric", "value", "unit", "bound", "as_printed", "period", "source", "paragraph", "agreement"},
    "initiative": {"id", "name", "kind", "period", "lead_agency"},
    "initiative-detail": {"id", "name", "kind", "facts"},
    "agency": {"code", "name", "name_es", "country", "parent"},
    "agency-detail": {"code", "components", "people", "facts"},
    "person": {"id", "name", "role", "agency"},
    "source": {"id", "kind", "title", "outlet", "date", "url", "language"},
    "source-detail": {"id", "title", "facts"},
    "search-hit": {"kind", "id", "name", "matched"},
    "problem": {"file", "line", "column", "path", "severity", "message"},
    "check": {"fact", "as_printed", "paragraph", "found_in", "status"},
    "claim": {"line", "column", "text", "value", "verdict", "facts", "note"},
    "error": {"error"},
    "compare-row": {
        "metric",
        "fact",
        "source",
        "value",
        "bound",
        "as_printed",
        "period",
        "estimate_by",
        "method",
        "scale",
    },
    "trend-row": {"series", "metric", "fact", "date", "period", "value", "bound", "as_printed", "source"},
    "metric-summary": {"id", "label", "label_es", "kind", "unit", "figures"},
}


def test_unknown_schema_name_is_a_usage_error(run: Invoke) -> None:
    result = run("schema", "facts")
    assert result.exit_code == 2
    assert "'facts' is not one of" in result.stderr


@pytest.mark.parametrize(("args", "shape"), CALLS, ids=[" ".join(a) for a, _ in CALLS])
def test_every_command_json_validates(run: Invoke, args: list[str], shape: str) -> None:
    result = run(*args, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    # against the published contract, not a schema made now from the same models
    Draft202012Validator(json.loads(CHECKED_IN.read_text(encoding="utf-8"))).validate(data)
    names = COMMAND_OUTPUT[args[0]]
    if shape.startswith("list"):
        assert isinstance(data, list) and (data or shape == "list-or-empty")
        assert all(set(record) == set(field_names(RECORD_TYPES[names[0]])) for record in data)
    else:
        assert isinstance(data, dict)
        assert set(data) == set(field_names(RECORD_TYPES[names[-1]]))


def test_a_changed_output_would_fail_validation(run: Invoke) -> None:
    record = json.loads(run("show", "last-mile-arrests", "--json").stdout)
    record["value"] = "3,337"
    assert list(validator_for("fact").iter_errors(record))


def test_json_error_on_stderr_validates(run: Invoke) -> None:
    result = run("operation", "last-mil", "--format", "json")
    assert result.exit_code == 3
    assert result.stdout == ""
    error = json.loads(result.stderr)
    validator_for("error").validate(error)
    assert error["error"]["code"] == "not_found"
    assert error["error"]["suggestions"] == ["operation-last-mile"]


def widened(old: Any, new: Any) -> bool:
    """`new` accepts everything `old` did: the same, or an enum with values added."""
    if isinstance(old, dict) and isinstance(new, dict):
        old, new = ({k: v for k, v in d.items() if k not in WORDING} for d in (old, new))
        if "enum" in old and "enum" not in new and old.get("type") == new.get("type"):
            return True  # a closed list became open text of the same type (units moved into the data)
        if set(old) != set(new):
            return False
        return all(set(old[k]) <= set(new[k]) if k == "enum" else widened(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(widened(a, b) for a, b in zip(old, new, strict=True))
    return bool(old == new)


WORDING = ("description", "title", "default")  # words about a field and its default, not its type


def _properties(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: definition.get("properties", {}) for name, definition in schema["$defs"].items()}


def test_no_field_removed_or_renamed_since_the_checked_in_schema() -> None:
    """The promise: fields are only ever added. A removed or renamed field, or a changed type, fails here.

    A field's type may only widen: an enum may gain values (a new unit), never lose one.
    """
    old = _properties(json.loads(CHECKED_IN.read_text(encoding="utf-8")))
    new = _properties(json_schema())
    for record, fields in old.items():
        assert record in new, f"record type {record} disappeared"
        for field, definition in fields.items():
            assert field in new[record], f"{record}.{field} was removed or renamed"
            assert widened(definition, new[record][field]), f"{record}.{field} changed its type"


def test_widening_rule() -> None:
    unit = {"enum": ["firearms", "people"], "type": "string"}
    assert widened(unit, {"enum": ["firearms", "people", "pills"], "type": "string"})
    assert not widened(unit, {"enum": ["firearms"], "type": "string"})
    assert not widened(unit, {"enum": ["firearms", "people"], "type": "integer"})


def test_checked_in_schema_is_current() -> None:
    """When fields are added, refresh the copy: armsfacts schema > tests/contract/armsfacts.schema.json

    Compared by record types and field names (not the whole text, which varies a little
    between Pydantic versions), so that every field of today is guarded by the test above.
    """
    old = _properties(json.loads(CHECKED_IN.read_text(encoding="utf-8")))
    new = _properties(json_schema())
    assert {name: set(fields) for name, fields in old.items()} == {name: set(fields) for name, fields in new.items()}
