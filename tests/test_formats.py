"""Every output format through CliRunner: they parse with the standard library and agree."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from armsfacts.models import Dataset

from .conftest import Invoke

SALAZAR = "salazar-roundtable-2023-12-04"
# the last matches nothing: the article counts no figure in Mexico
FILTERS = [[], ["--metric", "arrests"], ["--operation", "last-mile"], ["--country", "MX"],
           ["--country", "MX", "--source", SALAZAR]]  # fmt: skip


def stats_json(run: Invoke, *args: str) -> list[dict[str, Any]]:
    result = run("stats", *args, "--json")
    assert result.exit_code == 0
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data


FACT_COLUMNS = [
    "id", "metric", "value", "unit", "bound", "low", "high", "as_printed", "description",
    "period.start", "period.end", "period.as_of", "period.year", "period.fiscal_year", "country", "agencies",
    "initiative", "source", "paragraph", "caveats", "also_reported_by", "description_es",
    "caveats_es", "page", "estimate.by", "estimate.by_es", "estimate.method", "estimate.method_es",
    "scope.level", "scope.name", "scope.name_es", "aliases", "agreement",
    "agreement_reason.sides", "agreement_reason.misprint", "agreement_reason.intervals",
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
@pytest.mark.parametrize("args", FILTERS, ids=str)
def test_csv_tsv_one_row_per_json_record(run: Invoke, fmt: str, args: list[str]) -> None:
    expected = stats_json(run, *args)
    result = run("stats", *args, "--format", fmt)
    assert result.exit_code == 0
    rows = list(
        csv.DictReader(io.StringIO(result.stdout, newline=""), dialect="excel" if fmt == "csv" else "excel-tab")
    )
    assert [row["id"] for row in rows] == [record["id"] for record in expected]
    assert all(list(row) == FACT_COLUMNS for row in rows)


def test_csv_flattens_a_disputed_figure_as_documented(run: Invoke) -> None:
    """Written from the README's flattening rule and the sources (article ¶16, DEA ¶5, Punto Crítico ¶7, upday ¶5)."""
    result = run("stats", "--format", "csv")
    row = next(
        r for r in csv.DictReader(io.StringIO(result.stdout, newline="")) if r["id"] == "last-mile-investigations"
    )
    assert row["value"] == "1436" and row["bound"] == "more_than" and row["as_printed"] == "more than 1,436"
    assert (row["period.start"], row["period.end"], row["period.as_of"], row["period.year"]) == (
        "2022-05-01", "2023-05-01", "", "")  # fmt: skip
    assert row["also_reported_by"] == (
        "dea-last-mile-2023-05-05: 1,436"
        " | puntocritico-salazar-2023-12: más de 1,436"
        " | upday-dea-ultima-milla-2023: 1.436 investigaciones"
    )
    assert row["low"] == "" and row["estimate.by"] == "" and row["agreement"] == "corroborated"
    # the reason: one side; each printing with what it allows ("more than" has no upper end)
    sources = [SALAZAR, DEA, PUNTO_CRITICO, EUROPA_PRESS]
    assert row["agreement_reason.sides"] == ", ".join(sources)
    assert row["agreement_reason.misprint"] == ""
    assert row["scope.level"] == "operation"
    assert row["initiative"] == "operation-last-mile" and row["country"] == "US" and row["paragraph"] == "16"


SALAZAR, DEA = "salazar-roundtable-2023-12-04", "dea-last-mile-2023-05-05"
PUNTO_CRITICO, EUROPA_PRESS = (
    "puntocritico-salazar-2023-12",
    "upday-dea-ultima-milla-2023",
)


def test_csv_numbers_unformatted_and_commas_quoted(run: Invoke) -> None:
    result = run("stats", "--operation", "last-mile", "--format", "csv", "--fields", "id,value,as_printed")
    assert result.stdout.splitlines()[:5] == [
        "id,value,as_printed",
        'last-mile-investigations,1436,"more than 1,436"',
        'last-mile-arrests,3337,"3,337"',
        'last-mile-firearms-seized,8496,"8,496"',
        "last-mile-fentanyl-pills,44000000,nearly 44 million",
    ]


def test_csv_keeps_embedded_newlines_in_one_field(run: Invoke, tmp_path: Any, use_data: Any, raw_data: Any) -> None:
    data = json.loads(json.dumps(raw_data))
    data["facts"][0]["description"] = 'two\nlines, a comma and a "quote"'
    use_data(data)
    result = run("stats", "--format", "csv", "--fields", "id,description")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[1] == ["us-firearms-seized", 'two\nlines, a comma and a "quote"']
    # and plain output keeps one record per line
    plain = run("stats", "--fields", "id,description")
    assert plain.stdout.splitlines()[1] == 'us-firearms-seized\ttwo lines, a comma and a "quote"'


@pytest.mark.parametrize("args", FILTERS, ids=str)
def test_ndjson_is_one_object_per_line_equal_to_json(run: Invoke, args: list[str]) -> None:
    result = run("stats", *args, "--format", "ndjson")
    assert [json.loads(line) for line in result.stdout.splitlines()] == stats_json(run, *args)


@pytest.mark.parametrize("args", FILTERS[:3], ids=str)
def test_plain_markdown_table_have_the_same_records(run: Invoke, args: list[str]) -> None:
    ids = [r["id"] for r in stats_json(run, *args)]
    plain = run("stats", *args, "--format", "plain").stdout.splitlines()
    assert [line.split("\t")[0] for line in plain[1:]] == ids
    markdown = run("stats", *args, "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| ID | Metric | Figure |") and set(markdown[1]) == {"|", "-"}
    assert [line.split(" | ")[0].lstrip("| ") for line in markdown[2:]] == ids
    table = run("stats", *args, "--format", "table", "--wide").stdout  # the ids are a wide column
    assert all(i in table for i in ids)


def test_json_keeps_accents(run: Invoke) -> None:
    result = run("people", "--json")
    assert "Luis Rodríguez Bucio" in result.stdout
    assert "\\u00ed" not in result.stdout


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "plain", "markdown", "table"])
def test_fields_select_and_order_in_every_format(run: Invoke, fmt: str) -> None:
    result = run("stats", "--metric", "arrests", "--fields", "value,id", "--format", fmt)
    assert result.exit_code == 0
    out = result.stdout
    if fmt == "json":
        assert json.loads(out)[0] == {"value": 200, "id": "cross-border-arrests"}
        assert list(json.loads(out)[0]) == ["value", "id"]
    elif fmt == "ndjson":
        assert list(json.loads(out.splitlines()[0])) == ["value", "id"]
    else:
        assert out.index("value") < out.index("id") < out.index("cross-border-arrests")
        assert "metric" not in out and "3337" in out


def test_fields_on_a_detail_view(run: Invoke) -> None:
    result = run("operation", "last-mile", "--json", "--fields", "id,period")
    assert json.loads(result.stdout) == {
        "id": "operation-last-mile",
        "period": {"start": "2022-05-01", "end": "2023-05-01", "as_of": None, "year": None, "fiscal_year": None},
    }
    tsv = run("show", "last-mile-arrests", "-f", "tsv", "--fields", "id,value")
    assert tsv.stdout_bytes == b"id\tvalue\r\nlast-mile-arrests\t3337\r\n"  # RFC 4180 line ends


def test_unknown_field_is_a_usage_error_listing_fields(run: Invoke) -> None:
    result = run("stats", "--fields", "id,valeu")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no field 'valeu'" in result.stderr
    assert "Valid fields: id, metric, value," in result.stderr
    assert "Did you mean: value" in result.stderr  # the nearest field first


def test_empty_result_in_each_format(run: Invoke) -> None:
    none = ["--country", "MX", "--source", SALAZAR]
    assert run("stats", *none, "-f", "json").stdout == "[]\n"
    assert run("stats", *none, "-f", "ndjson").stdout == ""
    assert run("stats", *none, "-f", "csv", "--fields", "id,value").stdout_bytes == b"id,value\r\n"
    markdown = run("stats", *none, "-f", "markdown")
    assert markdown.exit_code == 0 and markdown.stdout == "" and "No figures match" in markdown.stderr


def test_markdown_escapes_pipes(run: Invoke, use_data: Any, raw_data: Any) -> None:
    data = json.loads(json.dumps(raw_data))
    data["facts"][0]["description"] = "a | b"
    use_data(data)
    result = run("stats", "-f", "markdown", "--fields", "id,description")
    assert "| us-firearms-seized | a \\| b |" in result.stdout.splitlines()


def test_every_record_type_in_csv(run: Invoke, ds: Dataset) -> None:
    for args, count in ((["agency"], len(ds.agencies)), (["people"], len(ds.people)), (["source"], len(ds.sources)),
                        (["initiative"], len(ds.initiatives)), (["search", "last mile"], None)):  # fmt: skip
        result = run(*args, "-f", "csv")
        assert result.exit_code == 0
        rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
        if count is not None:
            assert len(rows) == count + 1, args
