"""The CLI through CliRunner: exit codes, stdout and stderr, in table, plain and JSON modes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import armsfacts
from armsfacts.cli import cli

from .conftest import LAST_MILE, LAST_MILE_ARTICLE, Invoke

SALAZAR = "salazar-roundtable-2023-12-04"
# Operation Last Mile's regional figures, after the article's and the DEA's national ones: the DEA
# El Paso Division's arrests (¶4) and firearms (¶6) as Border Report (KTSM) gives them, and the DEA
# Omaha Division's arrests and firearms (its release, ¶4).
RIVIERA_MAYA_NEWS = "https://riviera-maya-news.com/u-s-ambassador-to-mexico-says-both-sides-are-working-to-disrupt-illegal-firearms-trafficking/2023.html"
LAST_MILE_DIVISIONS = [
    "ktsm-lm-elpaso-arrests",
    "ktsm-lm-elpaso-firearms",
    "dea-omaha-lm-arrests",
    "dea-omaha-lm-firearms",
]


def test_version(run: Invoke) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"armsfacts {armsfacts.__version__}\n"


def test_stats_json_every_fact_with_documented_fields(run: Invoke, raw_data: dict[str, Any]) -> None:
    result = run("stats", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    facts = json.loads(result.stdout)
    assert [f["id"] for f in facts] == [f["id"] for f in raw_data["facts"]]  # every figure of the file, in its order
    required = {"id", "metric", "value", "unit", "bound", "low", "high", "as_printed", "description", "period",
                "country", "agencies", "initiative", "source", "paragraph", "caveats", "also_reported_by",
                "agreement"}  # fmt: skip
    for fact in facts:
        assert required <= set(fact)
        assert isinstance(fact["value"], (int, float))
    lm = next(f for f in facts if f["id"] == "last-mile-investigations")
    assert (lm["value"], lm["bound"], lm["as_printed"]) == (1436, "more_than", "more than 1,436")
    assert lm["period"] == {
        "start": "2022-05-01",
        "end": "2023-05-01",
        "as_of": None,
        "year": None,
        "fiscal_year": None,
    }


def test_stats_plain_in_a_pipe_is_one_line_per_fact(run: Invoke, raw_data: dict[str, Any]) -> None:
    result = run("stats")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["ID", "Metric", "Figure", "Period", "Country", "Initiative", "Source", "Agreement"]
    assert [line.split("\t")[0] for line in lines[1:]] == [f["id"] for f in raw_data["facts"]]
    row = next(line for line in lines if line.startswith("last-mile-investigations\t")).split("\t")
    assert row[2] == "more than 1,436 investigations"
    assert row[3] == "1 May 2022 – 1 May 2023"
    assert "\x1b[" not in result.stdout  # no colour in a pipe


def test_stats_table_formats_numbers_for_people(run: Invoke) -> None:
    result = run("stats", "--format", "table", "--operation", "southbound", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Operation Southbound" and set(lines[2].strip()) == {"━"}  # a table under its section
    rows = [re.split(r" {3,}", line.strip()) for line in lines[1:] if line.strip() and "━" not in line]
    assert rows[0] == ["Metric", "Figure", "Period", "Source"]
    # the Southbound figures: the article's ¶14 ("40 percent"; "11 percent"), Monaco's remarks
    # (WTTL ¶7: nearly 2,000 firearms, nine task forces), KXNET ¶4, SinEmbargo ¶7 ("Más de 80 mil
    # cartuchos", "65.8 por ciento"); each source by its short name.
    assert rows[1:] == [
        ["change in investigations", "+40 %", "not given", "Riviera Maya News"],
        ["change in firearms seized", "+11 %", "not given", "Riviera Maya News"],
        ["firearms seized", "nearly 2,000 firearms", "1 October 2022 – 31 March 2023", "WTTL (wttlonline.com)"],
        ["task forces deployed", "9 task forces", "as of 14 June 2023", "WTTL (wttlonline.com)"],
        ["firearms seized", "about 2,000 firearms", "1 October 2022 – 19 June 2023", "KXNET (North Dakota)"],
        ["ammunition seized", "about 80,000 rounds", "1 October 2022 – 19 June 2023", "KXNET (North Dakota)"],
        ["ammunition seized", "more than 80,000 rounds", "not given", "SinEmbargo (republished by borderlinea.mx)"],
        ["change in firearms seized", "+65.8 %", "not given", "SinEmbargo (republished by borderlinea.mx)"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # the article's figures (¶10, ¶13, ¶16)
        (["--metric", "arrests", "--source", SALAZAR], ["cross-border-arrests", "etrace-arrests-2023", "last-mile-arrests"]),
        # ATF's own 3,823 (¶12), and the figures of eTrace (¶13) and Operation Southbound (¶14), which ATF leads
        (["--agency", "ATF", "--source", SALAZAR],
         ["atf-firearms-intercepted", "etrace-investigations-2023", "etrace-arrests-2023",
          "southbound-investigations-change", "southbound-seized-change"]),
        (["--initiative", "etrace", "--source", SALAZAR], ["etrace-investigations-2023", "etrace-arrests-2023"]),
        # the national count, then the El Paso and Omaha divisions' own
        (["--operation", "Last Mile", "--metric", "arrests"],
         ["last-mile-arrests", "ktsm-lm-elpaso-arrests", "dea-omaha-lm-arrests"]),
        # the article does not say where ATF intercepted its 3,823 (¶12), so that figure has no country
        (["--country", "us", "--year", "2023", "--source", SALAZAR],
         ["etrace-investigations-2023", "etrace-arrests-2023", *LAST_MILE_ARTICLE]),
        (["--source", SALAZAR, "--search", "Última Milla"], LAST_MILE_ARTICLE),
        # the DEA reports its own six figures and corroborates (or disputes) the article's three
        (["--source", "dea-last-mile-2023-05-05"], LAST_MILE),
        # the DEA gives 8,497 firearms where the ambassador said 8,496
        (["--disputed", "--source", SALAZAR], ["last-mile-firearms-seized"]),
        # TVGT Noticias prints the ambassador's 3,823 as "1,823", against four sources that print 3,823
        (["--misprint", "--source", SALAZAR], ["atf-firearms-intercepted"]),
        # every other report of these gives a figure compatible with the article's (the DEA's exact 1,436
        # and the ambassador's "more than 1,436" are one count)
        (["--corroborated", "--source", SALAZAR],
         ["us-firearms-seized", "bsca-people-charged", "open-investigations", "etrace-investigations-2023",
          "etrace-arrests-2023",
          "southbound-investigations-change", "last-mile-investigations", "last-mile-arrests"]),
        (["--metric", "firearms_seized", "--sort", "-value", "--source", SALAZAR],
         ["us-firearms-seized", "last-mile-firearms-seized", "cross-border-firearms-seized"]),
    ],
)  # fmt: skip
def test_stats_filters_in_both_modes(run: Invoke, args: list[str], expected: list[str]) -> None:
    as_json = run("stats", *args, "--json")
    assert as_json.exit_code == 0
    assert [f["id"] for f in json.loads(as_json.stdout)] == expected
    plain = run("stats", *args)
    assert plain.exit_code == 0
    assert [line.split("\t")[0] for line in plain.stdout.splitlines()[1:]] == expected


def test_empty_result_json_is_empty_list(run: Invoke) -> None:
    result = run("stats", "--country", "MX", "--source", SALAZAR, "--json")  # the article counts nothing in Mexico
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_empty_result_plain_is_a_note_on_stderr(run: Invoke) -> None:
    result = run("stats", "--country", "MX", "--source", SALAZAR)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "No figures match these filters.\n"


def test_unknown_metric_is_not_found_with_suggestion(run: Invoke) -> None:
    result = run("stats", "--metric", "arests")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "no metric 'arests'" in result.stderr and "Did you mean: arrests" in result.stderr


@pytest.mark.parametrize("field", ["country", "period", "initiative"])
@pytest.mark.parametrize("direction", ["", "-"])
def test_figures_without_the_sort_field_go_last_in_either_direction(
    run: Invoke, raw_data: dict[str, Any], field: str, direction: str
) -> None:
    # README: "`--sort -value` sorts descending; figures without the field go last"
    facts = json.loads(run("stats", "--sort", direction + field, "--json").stdout)
    blank = sum(f[field] is None for f in raw_data["facts"])
    assert 0 < blank < len(facts) == len(raw_data["facts"])
    assert [f[field] is None for f in facts] == [False] * (len(facts) - blank) + [True] * blank


def test_a_descending_sort_by_country_puts_the_united_states_first(run: Invoke) -> None:
    countries = [f["country"] for f in json.loads(run("stats", "--sort", "-country", "--json").stdout)]
    assert countries == sorted(countries, key=lambda c: {"US": 0, "MX": 1, None: 2}[c])
    assert countries[0] == "US" and "MX" in countries and countries[-1] is None


def test_bad_sort_field_is_a_usage_error(run: Invoke) -> None:
    result = run("stats", "--sort", "colour")
    assert result.exit_code == 2
    assert "Invalid value for '--sort'" in result.stderr


def test_json_and_other_format_contradict(run: Invoke) -> None:
    result = run("stats", "--json", "--format", "table")
    assert result.exit_code == 2
    assert "contradict" in result.stderr


def test_show_json_and_plain(run: Invoke) -> None:
    result = run("show", "atf-firearms-intercepted", "--json")
    assert result.exit_code == 0
    fact = json.loads(result.stdout)
    assert fact["value"] == 3823 and fact["agencies"] == ["ATF"]
    assert fact["period"]["as_of"] == "2023-12-04"
    plain = run("show", "atf-firearms-intercepted")
    fields = dict(line.split("\t", 1) for line in plain.stdout.splitlines() if "\t" in line)
    assert fields["Figure"] == "3,823 firearms"
    assert fields["Period"] == "as of 4 December 2023"
    assert fields["Agencies"] == "ATF"
    assert fields["Said by"] == "Ken Salazar"
    assert "to date" in fields["Caveats"]


def test_show_table_has_caveats(run: Invoke) -> None:
    result = run("show", "cross-border-arrests", "-f", "table")
    assert result.exit_code == 0
    assert "hundreds of people (200 to 999, as the project reads it)" in result.stdout
    assert "summary line beside a photo" in result.stdout


def test_show_unknown_id(run: Invoke) -> None:
    result = run("show", "last-mile-arest")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Error: no fact 'last-mile-arest'" in result.stderr
    assert "last-mile-arrests" in result.stderr


@pytest.mark.parametrize("name", ["last-mile", "Last Mile", "operation-last-mile", "Operation Last Mile"])
def test_operation_by_any_name(run: Invoke, name: str) -> None:
    result = run("operation", name, "--json")
    assert result.exit_code == 0
    op = json.loads(result.stdout)
    assert op["id"] == "operation-last-mile"
    assert op["targets"] == ["sinaloa-cartel", "cjng"]
    assert [f["id"] for f in op["facts"]] == LAST_MILE + LAST_MILE_DIVISIONS
    assert [f["value"] for f in op["facts"][:3]] == [1436, 3337, 8496]
    assert op["lead_agency"] == "DEA"


def test_operation_table_shows_period_targets_figures(run: Invoke) -> None:
    result = run("operation", "last-mile", "-f", "table")
    assert result.exit_code == 0
    for text in ("1 May 2022 – 1 May 2023", "Sinaloa Cartel", "Jalisco New Generation Cartel", "3,337 people",
                 "8,496 firearms", "more than 1,436 investigations"):  # fmt: skip
        assert text in result.stdout


def test_operation_list(run: Invoke) -> None:
    result = run("operation", "--json")
    assert [o["id"] for o in json.loads(result.stdout)] == [
        "operation-last-mile", "operation-southbound", "operation-without-a-trace", "operacion-frontera-norte",
    ]  # fmt: skip
    plain = run("operation")
    assert plain.stdout.splitlines()[1].split("\t") == [
        "operation-last-mile", "Operation Last Mile", "operation", "1 May 2022 – 1 May 2023", "13",
    ]  # fmt: skip


def test_operation_is_not_a_law(run: Invoke) -> None:
    result = run("operation", "etrace")
    assert result.exit_code == 3
    assert "no operation 'etrace'" in result.stderr


def test_initiative_every_kind(run: Invoke) -> None:
    result = run("initiative", "--json")
    kinds = {i["id"]: i["kind"] for i in json.loads(result.stdout)}
    assert kinds == {
        "operation-last-mile": "operation",
        "operation-southbound": "operation",
        "etrace": "system",
        "bipartisan-safer-communities-act": "law",
        "bicentennial-framework": "framework",
        "high-level-security-dialogue": "dialogue",
        "operation-without-a-trace": "operation",
        "operacion-frontera-norte": "operation",
        "security-implementation-group": "dialogue",
        "mission-firewall": "program",
    }
    law = run("initiative", "Safer Communities Act")
    assert law.exit_code == 0
    assert "bipartisan Safe Communities Act" in law.stdout
    assert "bsca-people-charged" in law.stdout
    only_laws = run("initiative", "--kind", "law", "--json")
    assert [i["id"] for i in json.loads(only_laws.stdout)] == ["bipartisan-safer-communities-act"]


def test_agency_list_by_country(run: Invoke) -> None:
    mx = run("agency", "--country", "MX", "--json")
    assert all(a["country"] == "MX" for a in json.loads(mx.stdout))
    plain = run("agency", "--country", "us")
    codes = [line.split("\t")[0] for line in plain.stdout.splitlines()[1:]]
    assert codes == ["DOJ", "ATF", "DEA", "CBP", "HSI", "INL", "DHS", "ICE", "GAO", "DOS"]


def test_agency_detail_officials_and_figures(run: Invoke) -> None:
    result = run("agency", "sspc", "--json")
    assert result.exit_code == 0
    sspc = json.loads(result.stdout)
    assert sspc["name_es"] == "Secretaría de Seguridad y Protección Ciudadana"
    # its undersecretary at the roundtable, the secretary quoted in 2020 (La Gazzetta DF), and the secretary whose
    # figures 25 sources give from October 2024 (Noreste, CNN en Español, ...)
    assert [p["name"] for p in sspc["people"]] == ["Luis Rodríguez Bucio", "Alfonso Durazo", "Omar García Harfuch"]
    table = run("agency", "DOJ", "-f", "table", "--wide", env={"COLUMNS": "200"})  # the metric is a wide column
    # the figure's row, cell by cell, as the record holds it: "more than 200" people charged, no period,
    # in the U.S., the ambassador's roundtable ¶9
    (row,) = [line for line in table.stdout.splitlines() if "│ bsca-people-charged " in line]
    assert re.split(r"\s{2,}", row.strip("│ "))[:7] == [
        "bsca-people-charged",
        "people charged",
        "more than 200 people",
        "not given",
        "US",
        "Bipartisan",
        "salazar-roundtable-2023-12-04 ¶9",
    ]


def test_agency_unknown(run: Invoke) -> None:
    result = run("agency", "FBI")
    assert result.exit_code == 3
    assert "Error: no agency 'FBI'" in result.stderr


def test_people(run: Invoke) -> None:
    result = run("people", "--json")
    people = {p["id"]: p for p in json.loads(result.stdout)}
    assert people["alfredo-higuera-bernal"]["agency"] == "FEMDO"
    plain = run("people", "--agency", "FGR")
    assert [line.split("\t")[0] for line in plain.stdout.splitlines()[1:]] == [
        "Felipe de Jesús Gallo Gutiérrez", "Alfredo Higuera Bernal", "Miguel Ángel Méndez Buenos Aires",
    ]  # fmt: skip


def test_source_list_and_detail(run: Invoke, raw_data: dict[str, Any]) -> None:
    listing = run("source", "--json")
    ids = [s["id"] for s in json.loads(listing.stdout)]
    assert ids == [s["id"] for s in raw_data["sources"]]
    assert ids[:2] == ["salazar-roundtable-2023-12-04", "dea-last-mile-2023-05-05"]
    detail = run("source", "salazar-roundtable-2023-12-04")
    fields = dict(line.split("\t", 1) for line in detail.stdout.splitlines() if "\t" in line and ":" not in line[:3])
    # the same text is published by Riviera Maya News (research r1, corrections.md)
    assert fields["Outlet"] == "Riviera Maya News"
    assert fields["Web address"] == RIVIERA_MAYA_NEWS
    assert fields["Date"] == "4 December 2023"
    as_json = json.loads(run("source", "salazar-roundtable-2023-12-04", "--json").stdout)
    assert as_json["outlet"] == "Riviera Maya News" and as_json["url"] == RIVIERA_MAYA_NEWS
    assert len(as_json["facts"]) == 13


def test_search_command(run: Invoke) -> None:
    result = run("search", "rodriguez")
    assert result.exit_code == 0
    assert "Luis Rodríguez Bucio" in result.stdout
    fiscalia = json.loads(run("search", "fiscalia", "--json").stdout)
    assert ("agency", "FGR") in [(h["kind"], h["id"]) for h in fiscalia]
    nothing = run("search", "zzzz")
    assert nothing.exit_code == 0 and nothing.stdout == "" and "Nothing matches" in nothing.stderr


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_opening_with_an_example(run: Invoke, command: str) -> None:
    for flag in ("-h", "--help"):
        result = run(command, flag)
        assert result.exit_code == 0, (flag, result.stderr)
        assert "Example" in result.stdout
        assert "Exit codes" in result.stdout


def test_python_m_armsfacts() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "armsfacts", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("armsfacts ")
