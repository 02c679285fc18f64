"""The heading of each group `compare` prints, in both languages, for every scope and kind of period.

README ("armsfacts compare METRIC"): a heading says what a group counts — its initiative, the
part it is counted in, its agencies, its scope (national, one agency, one office, one operation
…), its country, its kind of period (as of a day, a calendar year, a U.S. fiscal year, a span,
none) and whether its figures are estimates; the Spanish headings are the README's own example.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, Invoke


def heading(run: Invoke, tmp_path: Path, lang: str = "en", **fact: Any) -> str:
    """The first heading of `compare arrests` with last-mile-arrests changed as given and alone."""
    data: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
    data["facts"] = [f for f in data["facts"] if f["id"] == "last-mile-arrests"]
    data["facts"][0] |= {"also_reported_by": [], "initiative": None, "country": None} | fact
    path = tmp_path / f"{lang}-{len(list(tmp_path.iterdir()))}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(path), "--lang", lang, "compare", "arrests")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("level", "english", "spanish"),
    [
        ("national", "national", "nacional"),
        ("agency", "one agency", "una dependencia"),
        ("region", "one region", "una región"),
        ("office", "one office", "una oficina"),
        ("state", "one state", "un estado"),
        ("city", "one city", "una ciudad"),
        ("operation", "one operation", "un operativo"),
        ("case", "one case", "un caso"),
        (None, "scope not recorded", "alcance sin registrar"),
    ],
)
def test_a_heading_names_the_scope(run: Invoke, tmp_path: Path, level: str | None, english: str, spanish: str) -> None:
    scope = {"level": level} if level else None
    assert heading(run, tmp_path, scope=scope) == f"# {english}, over a span of dates"
    assert heading(run, tmp_path, "es", scope=scope) == f"# {spanish}, en un lapso entre fechas"


@pytest.mark.parametrize(
    ("period", "english", "spanish"),
    [
        ({"as_of": "2023-05-05"}, "as of a day", "a una fecha"),
        ({"year": 2023}, "yearly", "por año"),
        ({"fiscal_year": 2023}, "by U.S. fiscal year", "por año fiscal de EE. UU."),
        ({"start": "2022-05-01", "end": "2023-05-01"}, "over a span of dates", "en un lapso entre fechas"),
        (None, "no period given", "sin periodo"),
    ],
)
def test_a_heading_names_the_kind_of_period(
    run: Invoke, tmp_path: Path, period: dict[str, Any] | None, english: str, spanish: str
) -> None:
    scope = {"level": "national"}
    assert heading(run, tmp_path, scope=scope, period=period) == f"# national, {english}"
    assert heading(run, tmp_path, "es", scope=scope, period=period) == f"# nacional, {spanish}"


def test_a_heading_names_initiative_part_agencies_country_and_estimates_in_that_order(
    run: Invoke, tmp_path: Path
) -> None:
    # one agency's figure names its agencies, in alphabetical order (CBP's seizures are not DHS's)
    fact = {
        "initiative": "operation-last-mile",
        "scope": {"level": "agency", "name": "DEA El Paso Division", "name_es": "División de El Paso de la DEA"},
        "agencies": ["DEA", "ATF"],
        "country": "US",
        "period": {"year": 2023},
        "estimate": {"by": "DEA"},
    }
    assert heading(run, tmp_path, **fact) == (
        "# Operation Last Mile, DEA El Paso Division, ATF, DEA, one agency, United States, yearly, estimates"
    )
    assert heading(run, tmp_path, "es", **fact) == (
        "# Operación Última Milla, División de El Paso de la DEA, ATF, DEA, una dependencia, Estados Unidos, por año,"
        " estimaciones"
    )


def test_only_one_agency_s_figure_names_its_agencies(run: Invoke, tmp_path: Path) -> None:
    scope = {"level": "office", "name": "DEA El Paso Division"}
    assert (
        heading(run, tmp_path, scope=scope, agencies=["DEA"])
        == "# DEA El Paso Division, one office, over a span of dates"
    )


@pytest.mark.parametrize(
    ("country", "english", "spanish"), [("US", "United States", "Estados Unidos"), ("MX", "Mexico", "México")]
)
def test_a_heading_names_the_country(run: Invoke, tmp_path: Path, country: str, english: str, spanish: str) -> None:
    scope = {"level": "national"}
    assert heading(run, tmp_path, scope=scope, country=country) == f"# national, {english}, over a span of dates"
    assert (
        heading(run, tmp_path, "es", scope=scope, country=country) == f"# nacional, {spanish}, en un lapso entre fechas"
    )
