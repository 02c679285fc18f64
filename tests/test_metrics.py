"""`armsfacts metrics`: every metric with its label, kind, unit and number of figures, in both languages.

Expected values are the record's own (data/armsfacts.json, read here as a file), not the command's.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

import pytest

from .conftest import Invoke


def _counts(raw_data: dict[str, Any]) -> Counter[str]:
    return Counter(fact["metric"] for fact in raw_data["facts"])


def test_plain_lists_every_metric_with_both_labels(run: Invoke, raw_data: dict[str, Any]) -> None:
    result = run("metrics")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "ID\tLabel\tSpanish name\tKind\tUnit\tFigures"
    assert len(lines) == 1 + len(raw_data["metrics"])
    seized = _counts(raw_data)["firearms_seized"]
    assert f"firearms_seized\tfirearms seized\tarmas de fuego aseguradas\tcount\tfirearms\t{seized}" in lines
    assert "share_traced_us_origin\tshare of traced firearms of U.S. origin\t" in result.stdout
    assert "\tshare\tpercent\t" in result.stdout


def test_spanish(run: Invoke, raw_data: dict[str, Any]) -> None:
    result = run("metrics", env={"ARMSFACTS_LANG": "es"})
    lines = result.stdout.splitlines()
    assert lines[0] == "ID\tEtiqueta\tNombre en inglés\tTipo\tUnidad\tCifras"
    seized = _counts(raw_data)["firearms_seized"]
    assert f"firearms_seized\tarmas de fuego aseguradas\tfirearms seized\tconteo\tarmas de fuego\t{seized}" in lines


def test_json_has_every_metric_and_its_count(run: Invoke, raw_data: dict[str, Any]) -> None:
    records = json.loads(run("metrics", "--json").stdout)
    assert [r["id"] for r in records] == [m["id"] for m in raw_data["metrics"]]
    counts = _counts(raw_data)
    assert {r["id"]: r["figures"] for r in records} == {m["id"]: counts[m["id"]] for m in raw_data["metrics"]}
    per_year = next(r for r in records if r["id"] == "firearms_trafficked_per_year")
    assert per_year["kind"] == "per_year" and per_year["unit"] == "firearms"
    assert per_year["label_es"] == "armas traficadas a México por año"


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_machine_formats(run: Invoke, fmt: str, delimiter: str) -> None:
    rows = list(
        csv.reader(io.StringIO(run("metrics", "--kind", "per_year", "--format", fmt).stdout), delimiter=delimiter)
    )
    assert rows[0] == ["id", "label", "description", "kind", "unit", "label_es", "description_es", "aliases", "figures"]
    assert {row[0] for row in rows[1:]} >= {"firearms_trafficked_per_year", "trafficking_value_per_year"}
    assert all(row[3] == "per_year" for row in rows[1:])


def test_markdown_and_fields(run: Invoke) -> None:
    markdown = run("metrics", "--kind", "change", "--format", "markdown").stdout.splitlines()
    assert markdown[0] == "| ID | Label | Spanish name | Kind | Unit | Figures |"
    assert any(line.startswith(r"| change\_in\_investigations | change in investigations |") for line in markdown)
    fields = run("metrics", "--fields", "id,figures", "--kind", "amount").stdout.splitlines()
    assert fields[0] == "id\tfigures" and "time_to_crime_years\t" in "\n".join(fields)


def test_a_terminal_table_reads_at_80_columns(run: Invoke) -> None:
    result = run("metrics", "--format", "table", "--no-color", env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].split() == ["ID", "Label", "Figures"]  # the header, ruled off below it
    assert "firearms_trafficked_per_year" in result.stdout  # an id is never cut
    wide = run("metrics", "--format", "table", "--wide", "--no-color", env={"COLUMNS": "120"}).stdout.splitlines()
    assert wide[0].split() == ["ID", "Label", "Spanish", "name", "Kind", "Unit", "Figures"]


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (["stats", "--metric", "guns seized"], "firearms_seized"),
        (["compare", "armas aseguradas"], "firearms_seized"),
        (["trend", "arests"], "arrests"),
        (["compare", "guns smuggled each year"], "firearms_trafficked_per_year"),
    ],
)
def test_an_unknown_metric_suggests_the_nearest(run: Invoke, args: list[str], suggested: str) -> None:
    result = run(*args)
    assert result.exit_code == 3 and result.stdout == ""
    assert "`armsfacts metrics` lists every metric." in result.stderr
    assert f"Did you mean: {suggested}" in result.stderr
    spanish = run(*args, env={"ARMSFACTS_LANG": "es"})
    assert "`armsfacts metrics` lista todas las métricas." in spanish.stderr
    assert f"¿Quiso decir: {suggested}" in spanish.stderr
    error = json.loads(run(*args, "--json").stderr)["error"]
    assert error["code"] == "not_found" and error["suggestions"][0] == suggested
