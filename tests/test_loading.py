"""Loading: a broken dataset is a clean error naming the problem, never a traceback."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import armsfacts
from armsfacts.errors import ArmsfactsError

from .conftest import Invoke


def broken(raw: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    change(data)
    return data


def test_load_returns_the_validated_dataset(raw_data: dict[str, Any]) -> None:
    ds = armsfacts.load()
    # The record grows with each curation session (README's "104 figures from 52 sources" predates
    # the growth), so the counts are the file's, read here with json alone, not the loader's.
    assert (len(ds.facts), len(ds.sources)) == (len(raw_data["facts"]), len(raw_data["sources"]))
    assert len(ds.facts) > 104 and len(ds.sources) > 52
    spanish = [s["id"] for s in raw_data["sources"] if s["language"] == "es"]
    assert [s.id for s in ds.sources if s.language == "es"] == spanish and len(spanish) > 25
    # every record of the file, in the file's order, none dropped or added (read here with json alone)
    tables = [table for table in raw_data if table != "schema_version"]
    assert len(tables) == 9
    for table in tables:
        key = "code" if table == "agencies" else "id"
        assert [getattr(r, key) for r in getattr(ds, table)] == [r[key] for r in raw_data[table]], table
    assert ds.fact_by_id["last-mile-arrests"].value == 3337  # the article ¶16, the DEA ¶5


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "bad type": (lambda d: d["facts"][0].update(value="many"), "facts[0].value"),
    "unknown agency": (lambda d: d["facts"][1].update(agencies=["NOPE"]), "facts[1].agencies[0]: no agency 'NOPE'"),
    "unknown initiative": (
        lambda d: d["facts"][2].update(initiative="op-x"),
        "facts[2].initiative: no initiative 'op-x'",
    ),
    "unknown source": (lambda d: d["facts"][3].update(source="nowhere"), "facts[3].source: no source 'nowhere'"),
    "unknown metric": (lambda d: d["facts"][4].update(metric="vibes"), "facts[4].metric: no metric 'vibes'"),
    "dangling parent": (lambda d: d["agencies"][1].update(parent="XXX"), "agencies[1].parent: no agency 'XXX'"),
    "duplicate id": (lambda d: d["facts"][1].update(id=d["facts"][0]["id"]), "is defined twice"),
    "misspelt field": (
        lambda d: d["facts"][0].update(valeu=1),
        "facts[0].valeu: unknown field (not in the schema: misspelt?)",
    ),
    "missing field": (lambda d: d["facts"][0].pop("unit"), "facts[0].unit: a required field is missing"),
    "bad bound": (lambda d: d["facts"][0].update(bound="roughly"), "facts[0].bound"),
    "range without high": (lambda d: d["facts"][2].update(high=None), "a range needs both low and high"),
    "period backwards": (
        lambda d: d["facts"][10].update(
            period={"start": "2023-05-01", "end": "2022-05-01", "as_of": None, "year": None}
        ),
        "after it ends",
    ),
    "bad date": (lambda d: d["sources"][0].update(date="4 Dec 2023"), "sources[0].date"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_dataset_is_a_clean_error(raw_data: dict[str, Any], tmp_path: Path, case: str) -> None:
    change, expected = CASES[case]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken(raw_data, change)), encoding="utf-8")
    with pytest.raises(ArmsfactsError) as err:
        armsfacts.load(path)
    assert err.value.exit_code == 1 and err.value.code == "data_error"
    assert expected in err.value.message
    assert str(path) in err.value.message


@pytest.mark.parametrize("case", ["bad type", "unknown agency"])
def test_cli_with_broken_dataset_exits_1_with_message(
    raw_data: dict[str, Any], use_data: Callable[[Any], Path], run: Invoke, case: str
) -> None:
    change, expected = CASES[case]
    use_data(broken(raw_data, change))
    result = run("stats", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert error["code"] == "data_error"
    assert "invalid data" in error["message"] and expected in error["message"]
    assert error["message"].endswith("Run `armsfacts validate` for every problem.")
    plain = run("stats")
    assert plain.exit_code == 1 and plain.stderr.startswith("Error: ") and "Traceback" not in plain.stderr


def test_invalid_json_names_line_and_column(use_data: Callable[[Any], Path], run: Invoke) -> None:
    use_data('{"schema_version": 1,\n  "facts": [,]}')
    result = run("stats")
    assert result.exit_code == 1
    assert "line 2, column 13: not valid JSON: Expecting value" in result.stderr


def test_missing_file(use_data: Callable[[Any], Path], run: Invoke) -> None:
    path = use_data("{}")
    path.unlink()
    result = run("stats")
    assert result.exit_code == 1
    assert f"Error: {path}: no such file" in result.stderr


def test_non_utf8_file(use_data: Callable[[Any], Path], run: Invoke) -> None:
    path = use_data(b'{"schema_version": 1, "x": "\xff\xfe"}')
    result = run("stats")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: invalid data\n  line 1, column 29: not UTF-8 text (byte 0xff)")


def test_every_problem_lists_each_files_problems_and_keeps_the_valid_records(
    raw_data: dict[str, Any], tmp_path: Path
) -> None:
    from armsfacts.loading import every_problem

    data = copy.deepcopy(raw_data)
    broken_source = data["sources"][0]["id"]
    data["sources"][0]["language"] = 7  # this source fails: the figures that cite it are not reported as well
    data["facts"][0]["value"] = "many"  # a record of its own kind that fails
    data["facts"][1]["metric"] = "vibes"  # a valid record whose reference resolves to nothing
    data["colour"] = "blue"  # a field the file may not have
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(data, indent=2), encoding="utf-8")
    found = {(p.location, p.message, p.severity) for p in every_problem(mine)}
    assert found == {
        (("sources", 0, "language"), "text is needed here", "error"),
        (("facts", 0, "value"), "a number is needed here", "error"),
        (("facts", 1, "metric"), "no metric 'vibes' in the dataset", "error"),
        (("colour",), "unknown field (not in the schema: misspelt?)", "error"),
    }
    assert any(f["source"] == broken_source for f in data["facts"][2:])
    # each at its line: the first line of the file is the opening brace, nothing is on it
    assert all(p.line is not None and p.line > 1 for p in every_problem(mine))


def test_strict_loading_stops_at_the_first_broken_file(raw_data: dict[str, Any], tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text('{"schema_version": 1, "facts": [{"id": 5}]}', encoding="utf-8")
    second.write_text("not json", encoding="utf-8")
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load([first, second])
    # the id's value, 5, stands at column 40; the figure's missing fields are reported at its "{", column 33
    assert failed.value.message.startswith(
        f"{first}: invalid data\n  line 1, column 40: facts[0].id: text is needed here"
    )
    assert "line 1, column 33: facts[0].metric: a required field is missing" in failed.value.message
    assert str(second) not in failed.value.message
