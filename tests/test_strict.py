"""Strict values (issue 20): addresses are web addresses, counts are whole numbers of a plausible
size, ids are slugs. Each is an error `validate` places by line and column, and a load refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, Invoke

RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def problems_of(run: Invoke, tmp_path: Path, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """validate's errors as (line, column, path, message), and that a load refuses the file too."""
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    checked = run("validate", str(path), "--json")
    loaded = run("--data", str(path), "stats")
    found = [(p["line"], p["column"], p["path"], p["message"]) for p in json.loads(checked.stdout)]
    errors = [f for f, p in zip(found, json.loads(checked.stdout), strict=True) if p["severity"] == "error"]
    assert (checked.exit_code, loaded.exit_code) == ((1, 1) if errors else (0, 0)), loaded.output
    return errors


def line_of(data: dict[str, Any], needle: str) -> int:
    """The line (from 1) of the file as problems_of writes it that holds `needle`."""
    lines = json.dumps(data, indent=1).splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


# ---------------------------------------------------------------------------
# Addresses.

ADDRESS = "an address is an http or https URL, like https://example.org/page"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", 'https://a.example/"><script>',
     "ftp://a.example/file", "https://", "//a.example/page", "a.example/page", "https://a.example/a page",
     "https://a.example/\u202eevil", "https://[::1/", "", "mailto:x@a.example"],
)  # fmt: skip
def test_an_address_that_is_no_web_address_is_an_error(run: Invoke, tmp_path: Path, url: str) -> None:
    data = record()
    data["sources"][1]["url"] = url
    line = line_of(data, f'"url": {json.dumps(url)}')
    assert problems_of(run, tmp_path, data) == [(line, 11, "sources[1].url", ADDRESS)]  # at the value


@pytest.mark.parametrize(
    "url", ["http://a.example", "HTTPS://A.EXAMPLE/Page?q=1#top", "https://a.example/armas-méxico", "https://[::1]/x"]
)
def test_web_addresses_pass(run: Invoke, tmp_path: Path, url: str) -> None:
    data = record()
    data["sources"][1]["url"] = url
    assert problems_of(run, tmp_path, data) == []


# ---------------------------------------------------------------------------
# Numbers: counts are whole, and no figure is beyond belief.


def fact_index(data: dict[str, Any], fact_id: str) -> int:
    return next(i for i, f in enumerate(data["facts"]) if f["id"] == fact_id)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (2.5, "a count is a whole number, not 2.5"),
        (3337.01, "a count is a whole number, not 3337.01"),
        (1e308, "1e+308 is larger than any figure (at most 1,000,000 million)"),
        (-1e308, "-1e+308 is larger than any figure (at most 1,000,000 million)"),
        (5e-324, "5e-324 has more than 3 decimal places"),
        (10**12 + 1, "1000000000001 is larger than any figure (at most 1,000,000 million)"),
    ],
)
def test_an_odd_count_is_an_error_at_its_value(run: Invoke, tmp_path: Path, value: float, message: str) -> None:
    data = record()
    i = fact_index(data, "last-mile-arrests")
    data["facts"][i] |= {"value": value, "also_reported_by": []}
    line = line_of(data, f'"value": {json.dumps(value)}')
    assert problems_of(run, tmp_path, data) == [(line, 13, f"facts[{i}].value", message)]


def test_a_fraction_in_another_sources_report_is_an_error(run: Invoke, tmp_path: Path) -> None:
    data = record()
    i = fact_index(data, "last-mile-arrests")
    data["facts"][i]["also_reported_by"][0]["value"] = 3337.5
    assert [p[2:] for p in problems_of(run, tmp_path, data)] == [
        (f"facts[{i}].also_reported_by[0].value", "a count is a whole number, not 3337.5")
    ]


def test_a_fraction_at_a_ranges_end_is_an_error(run: Invoke, tmp_path: Path) -> None:
    data = record()
    i = fact_index(data, "last-mile-arrests")
    data["facts"][i] |= {"value": 200, "bound": "range", "low": 200, "high": 999.5, "also_reported_by": []}
    assert [p[2:] for p in problems_of(run, tmp_path, data)] == [
        (f"facts[{i}].high", "a count is a whole number, not 999.5")
    ]


@pytest.mark.parametrize("value", [3337.0, 1, 0, 10**12])
def test_whole_counts_pass(run: Invoke, tmp_path: Path, value: float) -> None:
    data = record()
    data["facts"][fact_index(data, "last-mile-arrests")] |= {"value": value, "also_reported_by": []}
    assert problems_of(run, tmp_path, data) == []


def test_a_share_may_have_decimals(run: Invoke, tmp_path: Path) -> None:
    data = record()
    share = next(i for i, f in enumerate(data["facts"]) if f["unit"] == "percent" and f["value"] > 0)
    data["facts"][share] |= {"value": 70.125, "also_reported_by": []}
    assert problems_of(run, tmp_path, data) == []


@pytest.mark.parametrize(
    ("value", "bound", "lang", "shown"),
    [
        (1, "exact", "en", "1 person"),
        (1, "more_than", "en", "more than 1 person"),
        (1, "exact", "es", "1 persona"),
        (2, "exact", "en", "2 people"),
        (1_000_000, "exact", "en", "1 million people"),
        (10**12, "exact", "en", "1,000,000 million people"),
    ],
)
def test_a_figure_reads_in_words(run: Invoke, tmp_path: Path, value: int, bound: str, lang: str, shown: str) -> None:
    data = record()
    data["facts"][fact_index(data, "last-mile-arrests")] |= {"value": value, "bound": bound, "also_reported_by": []}
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "--lang", lang, "show", "last-mile-arrests", "-f", "plain")
    assert result.exit_code == 0, result.output
    rows = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert rows["Figure" if lang == "en" else "Cifra"] == shown


def test_one_firearm_in_the_detail_value(run: Invoke, tmp_path: Path) -> None:
    data = record()
    data["facts"][fact_index(data, "last-mile-firearms-seized")] |= {"value": 1, "also_reported_by": []}
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "show", "last-mile-firearms-seized", "-f", "plain")
    rows = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert (rows["Figure"], rows["Value"]) == ("1 firearm", "1 firearm, exact")


# ---------------------------------------------------------------------------
# Ids are slugs, agency codes nearly so.

ID = "an id is lower-case ASCII letters and digits with single - or _ between, like arrests-2023"
CODE = "a code is ASCII letters and digits with single - or _ between, like FGR-LEGAL-INTL"


@pytest.mark.parametrize(
    "new_id",
    ["last-mile\u200barrests", "  ", "", "-rf", "a\nb", "a\tb", "Last-Mile", "a--b", "a-", "_a", "a b", "operación",
     "\u202eevil", "a/b", "a.b"],
)  # fmt: skip
def test_an_id_that_is_no_slug_is_an_error(run: Invoke, tmp_path: Path, new_id: str) -> None:
    data = record()
    i = len(data["facts"]) - 1  # a figure nothing refers to
    data["facts"][i]["id"] = new_id
    line = line_of(data, f'"id": {json.dumps(new_id)}')
    assert problems_of(run, tmp_path, data) == [(line, 10, f"facts[{i}].id", ID)]


@pytest.mark.parametrize("table", ["metrics", "units", "sources", "people", "organizations", "initiatives", "events"])
def test_every_kind_of_record_has_a_slug_for_an_id(run: Invoke, tmp_path: Path, table: str) -> None:
    data = record()
    if not data[table]:
        pytest.skip(f"the record has no {table}")
    data[table][0]["id"] = "Bad Id"
    errors = problems_of(run, tmp_path, data)
    assert (f"{table}[0].id", ID) in [(path, message) for _l, _c, path, message in errors]


@pytest.mark.parametrize("code", ["F G R", "-rf", "DEA\u200b", "FGR--X", ""])
def test_an_agency_code_that_is_no_slug_is_an_error(run: Invoke, tmp_path: Path, code: str) -> None:
    data = record()
    data["agencies"][0]["code"] = code
    errors = problems_of(run, tmp_path, data)
    assert ("agencies[0].code", CODE) in [(path, message) for _l, _c, path, message in errors]


@pytest.mark.parametrize(("new_id", "code"), [("a", "X"), ("a-b_c", "dea"), ("2023-x9", "MX-X_9")])
def test_slugs_pass(run: Invoke, tmp_path: Path, new_id: str, code: str) -> None:
    data = record()
    data["facts"][-1]["id"] = new_id
    text = json.dumps(data).replace(f'"{data["agencies"][0]["code"]}"', f'"{code}"')  # the code and its references
    assert problems_of(run, tmp_path, json.loads(text)) == []


def test_a_look_alike_id_is_never_offered(run: Invoke, tmp_path: Path) -> None:
    data = record()
    data["facts"][-1]["id"] = "last-mile\u200barrests"  # reads as last-mile-arrests on a screen
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "show", "last-mile-arrest")
    assert result.exit_code == 1  # the file is refused, not searched
    assert "Did you mean" not in result.stderr and ID in result.stderr
