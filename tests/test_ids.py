"""Ids people can type: at most 32 characters, and every id a record ever had still finds it.

The earlier ids below are written out, as scripts and articles cite them; none is read from
the data or from history, so a record that loses its alias fails here.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import armsfacts
from armsfacts.errors import ArmsfactsError

from .conftest import Invoke

LONGEST = 32

# earlier id: the id it has now
OLD_FACTS = {
    "wttl-2023-gao-attributed-estimate-firearms-smuggled-yearly": "wttl-2023-gao-estimate",  # 58 characters
    "last-mile-social-media-investigations": "last-mile-social-media",
    "etrace-investigations-opened-2023": "etrace-investigations-2023",
    "gao-2021-us-firearms-recovered-mexico-not-analyzed": "gao-2021-us-recovered-unanalyzed",
}
OLD_SOURCES = {
    "dea-operation-last-mile-2023-05-05": "dea-last-mile-2023-05-05",
    "jornada-salazar-200-acusados-trafico-armas-2023-12-06": "jornada-200-acusados-2023-12-06",
    "wttl-2023-monaco-southbound-remarks": "wttl-monaco-southbound-2023",
}
OLD_METRICS = {
    "investigations_using_social_media": "investigations_social_media",
    "firearms_traced_origin_undetermined": "firearms_traced_unknown_origin",
    "share_traces_purchaser_unidentified": "share_traces_no_purchaser",
}
OLD_EVENT = ("first-circuit-mexico-suit-2024-01-22", "first-circuit-mexico-suit-2024")


@pytest.mark.parametrize(
    ("table", "key"),
    [("metrics", "id"), ("units", "id"), ("sources", "id"), ("agencies", "code"), ("people", "id"),
     ("organizations", "id"), ("initiatives", "id"), ("events", "id"), ("facts", "id")],
)  # fmt: skip
def test_no_id_is_longer_than_32_characters(raw_data: dict[str, Any], table: str, key: str) -> None:
    too_long = [record[key] for record in raw_data[table] if len(record[key]) > LONGEST]
    assert too_long == []


@pytest.mark.parametrize(("old", "new"), OLD_FACTS.items())
def test_show_finds_a_figure_by_its_earlier_id(run: Invoke, old: str, new: str) -> None:
    result = run("show", old, "--json")
    assert result.exit_code == 0, result.output
    fact = json.loads(result.stdout)
    assert fact["id"] == new
    assert old in fact["aliases"]


def test_the_58_character_id_reads_as_the_short_one(run: Invoke) -> None:
    by_old = run("show", "wttl-2023-gao-attributed-estimate-firearms-smuggled-yearly")
    by_new = run("show", "wttl-2023-gao-estimate")
    assert by_old.exit_code == by_new.exit_code == 0
    assert by_old.stdout == by_new.stdout
    assert "200,000" in by_new.stdout


@pytest.mark.parametrize(("old", "new"), [*OLD_FACTS.items()][:2])
def test_cite_finds_a_figure_by_its_earlier_id(run: Invoke, old: str, new: str) -> None:
    by_old, by_new = run("cite", old), run("cite", new)
    assert by_old.exit_code == 0, by_old.output
    assert by_old.stdout == by_new.stdout


@pytest.mark.parametrize(("old", "new"), OLD_SOURCES.items())
def test_a_source_is_found_and_filtered_by_its_earlier_id(run: Invoke, old: str, new: str) -> None:
    detail = run("source", old, "--json")
    assert detail.exit_code == 0, detail.output
    shown = json.loads(detail.stdout)
    assert (shown["id"], shown["aliases"]) == (new, [old])
    by_old = run("stats", "--source", old, "--json")
    by_new = run("stats", "--source", new, "--json")
    assert by_old.exit_code == 0
    assert [f["id"] for f in json.loads(by_old.stdout)] == [f["id"] for f in json.loads(by_new.stdout)] != []


@pytest.mark.parametrize(("old", "new"), OLD_METRICS.items())
def test_a_metric_is_found_by_its_earlier_id(run: Invoke, old: str, new: str) -> None:
    by_old = run("stats", "--metric", old, "--json")
    assert by_old.exit_code == 0, by_old.output
    facts = json.loads(by_old.stdout)
    assert facts and {f["metric"] for f in facts} == {new}
    compared = run("compare", old, "--json")
    assert compared.exit_code == 0, compared.output
    assert {row["metric"] for row in json.loads(compared.stdout)} == {new}


def test_trend_takes_a_metric_by_its_earlier_id(run: Invoke) -> None:
    # the one renamed metric with figures at two dates of one quantity, if any: else trend says so as for the new id
    by_old = run("trend", "firearms_traced_origin_undetermined", "--json")
    by_new = run("trend", "firearms_traced_unknown_origin", "--json")
    assert (by_old.exit_code, by_old.stdout) == (by_new.exit_code, by_new.stdout)


def test_an_event_is_found_by_its_earlier_id() -> None:
    ds = armsfacts.load()
    old, new = OLD_EVENT
    assert ds.event_by_id[old].id == new
    assert ds.event_by_id[new].aliases == [old]


def test_json_gives_the_id_and_its_aliases(run: Invoke) -> None:
    renamed = json.loads(run("show", "wttl-2023-sre-estimate", "--json").stdout)
    assert (renamed["id"], renamed["aliases"]) == (
        "wttl-2023-sre-estimate",
        ["wttl-2023-sre-estimate-weapons-smuggled-yearly"],
    )
    kept = json.loads(run("show", "last-mile-arrests", "--json").stdout)
    assert (kept["id"], kept["aliases"]) == ("last-mile-arrests", [])


def test_an_unknown_id_still_suggests_current_ids(run: Invoke) -> None:
    result = run("show", "wttl-2023-gao-estimat")
    assert result.exit_code != 0
    assert "wttl-2023-gao-estimate" in result.stderr


# ---------------------------------------------------------------------------
# Data of one's own that names records by their earlier ids, and aliases that would be ambiguous.


def _own_fact(raw_data: dict[str, Any]) -> dict[str, Any]:
    fact = copy.deepcopy(next(f for f in raw_data["facts"] if f["id"] == "last-mile-social-media"))
    fact.update(id="my-social-media-figure", also_reported_by=[], aliases=[])
    return fact


def test_own_data_may_name_built_in_records_by_their_earlier_ids(raw_data: dict[str, Any], tmp_path: Path) -> None:
    fact = _own_fact(raw_data)
    fact.update(source="dea-operation-last-mile-2023-05-05", metric="investigations_using_social_media")
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"schema_version": 1, "facts": [fact]}), encoding="utf-8")
    ds = armsfacts.load(["builtin", mine])
    own = ds.fact_by_id["my-social-media-figure"]
    # references read as the records' ids now, so that filters by the current id find the figure
    assert (own.source, own.metric) == ("dea-last-mile-2023-05-05", "investigations_social_media")


def _load_with(raw_data: dict[str, Any], tmp_path: Path, fact: dict[str, Any]) -> str:
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"schema_version": 1, "facts": [fact]}), encoding="utf-8")
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(["builtin", mine])
    return failed.value.message


def test_an_alias_that_is_another_records_id_is_refused(raw_data: dict[str, Any], tmp_path: Path) -> None:
    fact = _own_fact(raw_data)
    fact["aliases"] = ["last-mile-arrests"]
    message = _load_with(raw_data, tmp_path, fact)
    assert "facts[0].aliases[0]: alias 'last-mile-arrests' is already the id of another fact" in message


def test_an_alias_of_two_records_is_refused(raw_data: dict[str, Any], tmp_path: Path) -> None:
    fact = _own_fact(raw_data)
    fact["aliases"] = ["last-mile-social-media-investigations"]
    message = _load_with(raw_data, tmp_path, fact)
    assert "alias 'last-mile-social-media-investigations' is already an alias of another fact" in message


def test_an_alias_must_be_a_slug(raw_data: dict[str, Any], tmp_path: Path) -> None:
    fact = _own_fact(raw_data)
    fact["aliases"] = ["Last Mile"]
    message = _load_with(raw_data, tmp_path, fact)
    assert "an alias is an earlier id" in message


def test_validate_lists_an_ambiguous_alias_with_its_file_and_line(
    raw_data: dict[str, Any], tmp_path: Path, run: Invoke
) -> None:
    fact = _own_fact(raw_data)
    fact["aliases"] = ["last-mile-arrests"]
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"schema_version": 1, "facts": [fact]}, indent=2), encoding="utf-8")
    result = run("validate", "builtin", str(mine), "--json")
    assert result.exit_code == 1
    (problem,) = json.loads(result.stdout)
    assert (problem["file"], problem["path"], problem["severity"]) == (str(mine), "facts[0].aliases[0]", "error")
    assert problem["line"] is not None


# ---------------------------------------------------------------------------
# The exports: a database row and a link to the page that cite an earlier id still find the record.


def test_the_database_keeps_the_earlier_ids(run: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "armsfacts.db"
    result = run("export", "sqlite", str(target), env={"ARMSFACTS_DATA": ""})
    assert result.exit_code == 0, result.output
    with sqlite3.connect(target) as conn:
        facts = conn.execute("SELECT aliases FROM facts WHERE id = 'wttl-2023-gao-estimate'").fetchall()
        sources = conn.execute("SELECT aliases FROM sources WHERE id = 'dea-last-mile-2023-05-05'").fetchall()
        found = conn.execute(
            "SELECT f.id FROM facts AS f, json_each(f.aliases) AS a WHERE a.value = 'etrace-investigations-opened-2023'"
        ).fetchall()
    assert [json.loads(a) for (a,) in facts] == [["wttl-2023-gao-attributed-estimate-firearms-smuggled-yearly"]]
    assert [json.loads(a) for (a,) in sources] == [["dea-operation-last-mile-2023-05-05"]]
    assert found == [("etrace-investigations-2023",)]


def test_links_to_the_page_by_an_earlier_id_still_land(run: Invoke, tmp_path: Path) -> None:
    page = tmp_path / "armsfacts.html"
    result = run("export", "html", str(page), env={"ARMSFACTS_DATA": ""})
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert 'id="fact-wttl-2023-gao-estimate"' in html
    assert 'id="fact-wttl-2023-gao-attributed-estimate-firearms-smuggled-yearly"' in html
    assert 'id="source-dea-operation-last-mile-2023-05-05"' in html
