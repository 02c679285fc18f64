"""What loading tells a curator about a broken file (issue 22): each kind of mistake in the user's
words, at the line and column where the value stands, from `load` (the first error of a command)
and from `every_problem` (what `armsfacts validate` lists).

Places are found by searching the file's own text for the value written into it, not computed
by the loader's scanner; messages are the ones the loader promises (loading.MESSAGES's English).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import armsfacts
from armsfacts.errors import ArmsfactsError
from armsfacts.loading import every_problem

from .conftest import ROOT, Invoke

FIXTURE = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
Change = Callable[[dict[str, Any]], None]


def written(tmp_path: Path, change: Change, name: str = "mine.json") -> tuple[Path, str]:
    data = copy.deepcopy(FIXTURE)
    change(data)
    path = tmp_path / name
    text = json.dumps(data, indent=2, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path, text


def place(text: str, needle: str) -> tuple[int, int]:
    """Line and column (from 1) of what follows `needle` in the text: where the key's value starts.

    `needle` is "anchor|key": the key's first occurrence after the anchor (the table it is in)."""
    anchor, _, key = needle.rpartition("|")
    at = text.index(key, text.index(anchor)) + len(key)
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, at - line_start + 1


def at(text: str, needle: str) -> tuple[int, int]:
    """Line and column (from 1) where `needle`, found once in the text, starts."""
    assert text.count(needle) == 1, needle
    start = text.index(needle)
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def first_error(path: Path) -> str:
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load(path)
    return failed.value.message


FACT0 = FIXTURE["facts"][0]["id"]
SOURCE0 = FIXTURE["sources"][0]["id"]

# change, the text just before the wrong value, its JSON path, and the message
MISTAKES: dict[str, tuple[Change, str, str, str]] = {
    "text for a whole number": (
        lambda d: d["facts"][0].update(paragraph="ninth"),
        '"facts": [|"paragraph": ',
        "facts[0].paragraph",
        "a whole number is needed here",
    ),
    "text for a number": (
        lambda d: d["facts"][0].update(value="many"),
        '"facts": [|"value": ',
        "facts[0].value",
        "a number is needed here",
    ),
    "a number for text": (
        lambda d: d["sources"][0].update(title=5),
        '"sources": [|"title": ',
        "sources[0].title",
        "text is needed here",
    ),
    "text for a list": (
        lambda d: d["facts"][0].update(agencies="ATF"),
        '"facts": [|"agencies": ',
        "facts[0].agencies",
        "a list is needed here",
    ),
    "a number for an object": (
        lambda d: d["facts"][0].update(period=2023),
        '"facts": [|"period": ',
        "facts[0].period",
        "an object is needed here",
    ),
    "a day that is no date": (
        lambda d: d["sources"][0].update(date="2023-13-45"),
        '"sources": [|"date": ',
        "sources[0].date",
        "a date as YYYY-MM-DD is needed here",
    ),
    "a date in words": (
        lambda d: d["sources"][0].update(date="4 Dec 2023"),
        '"sources": [|"date": ',
        "sources[0].date",
        "a date as YYYY-MM-DD is needed here",
    ),
    "a bound not in the list": (
        lambda d: d["facts"][0].update(bound="roughly"),
        '"facts": [|"bound": ',
        "facts[0].bound",
        "must be one of: 'exact', 'more_than', 'at_least', 'approximate', 'nearly', 'at_most' or 'range'",
    ),
    "a paragraph below 1": (
        lambda d: d["facts"][0].update(paragraph=0),
        '"facts": [|"paragraph": ',
        "facts[0].paragraph",
        "must be at least 1",
    ),
    "a factor of 0": (
        lambda d: d["units"][0].update(factor=0),
        '"units": [|"factor": ',
        "units[0].factor",
        "must be more than 0",
    ),
    "a misspelt field": (
        lambda d: d["facts"][0].update(valeu=1),
        '"facts": [|"valeu": ',
        "facts[0].valeu",
        "unknown field (not in the schema: misspelt?)",
    ),
    "a number for a record": (
        lambda d: d["facts"].insert(0, 17),
        '"facts": [\n    ',
        "facts[0]",
        "an object is needed here",
    ),
    "a list for a number": (
        lambda d: d["facts"][0].update(value=[1, 2]),
        '"facts": [|"value": ',
        "facts[0].value",
        "a number is needed here",
    ),
}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_a_mistake_is_told_in_words_at_its_place(tmp_path: Path, name: str) -> None:
    change, before, path_shown, message = MISTAKES[name]
    path, text = written(tmp_path, change)
    line, column = place(text, before)
    # the command's error: the file, then the problem on a line of its own
    assert first_error(path) == f"{path}: invalid data\n  line {line}, column {column}: {path_shown}: {message}"
    # validate's list: the same problem, placed
    (problem,) = every_problem(path)
    assert (problem.file, problem.message, problem.line, problem.column, problem.severity) == (
        str(path),
        message,
        line,
        column,
        "error",
    )


def test_a_missing_field_is_told_at_the_record_it_is_missing_from(tmp_path: Path) -> None:
    path, text = written(tmp_path, lambda d: d["facts"][1].pop("unit"))
    line, column = place(text, '"facts": [|},\n    ')  # the second fact's opening brace
    message = f"{path}: invalid data\n  line {line}, column {column}: facts[1].unit: a required field is missing"
    assert first_error(path) == message
    assert [(p.location, p.line, p.column) for p in every_problem(path)] == [(("facts", 1, "unit"), line, column)]


def test_every_problem_of_a_file_in_file_order_and_the_valid_records_still_checked(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["facts"][0]["value"] = "many"
        d["facts"][2]["paragraph"] = "ninth"
        d["facts"][4]["agencies"] = ["NOPE"]  # a valid record, whose reference is checked with the rest
        d["sources"][1]["title"] = 5

    path, text = written(tmp_path, change)
    found = [(p.location, p.message, (p.line, p.column)) for p in every_problem(path)]
    assert found == [
        (("sources", 1, "title"), "text is needed here", (at(text, '"title": 5')[0], at(text, '"title": 5')[1] + 9)),
        (("facts", 0, "value"), "a number is needed here", at(text, '"many"')),
        (("facts", 2, "paragraph"), "a whole number is needed here", at(text, '"ninth"')),
        (("facts", 4, "agencies", 0), "no agency 'NOPE' in the dataset", at(text, '"NOPE"')),
    ]


def test_a_control_character_in_text_is_a_warning_at_its_value(tmp_path: Path) -> None:
    path, text = written(tmp_path, lambda d: d["facts"][3].update(description="Seized \x1b[2J guns."))
    found = [(p.location, p.message, p.severity, (p.line, p.column)) for p in every_problem(path)]
    assert found == [
        (
            ("facts", 3, "description"),
            "text holds the control character '\\x1b', shown escaped",
            "warning",
            at(text, '"Seized \\u001b[2J guns."'),
        )
    ]
    assert armsfacts.load(path).facts[3].description == "Seized \x1b[2J guns."  # data, loaded as it is


def test_a_right_to_left_override_in_a_list_is_a_warning_too(tmp_path: Path) -> None:
    path, text = written(tmp_path, lambda d: d["facts"][0]["caveats"].append("abc\u202edef"))
    (problem,) = every_problem(path)
    assert (problem.location, problem.message, problem.severity) == (
        ("facts", 0, "caveats", 2),
        "text holds the control character '\\u202e', shown escaped",
        "warning",
    )
    assert (problem.line, problem.column) == at(text, '"abc\u202edef"')


def test_errors_come_before_warnings(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["facts"][0]["description"] = "a\x07b"
        d["facts"][1]["value"] = "many"

    path, _text = written(tmp_path, change)
    assert [(p.severity, p.location) for p in every_problem(path)] == [
        ("error", ("facts", 1, "value")),
        ("warning", ("facts", 0, "description")),
    ]


def test_a_record_nothing_refers_to_is_a_warning_only_when_nothing_is_wrong(tmp_path: Path) -> None:
    lonely = {"code": "LONELY", "name": "Lonely Office", "name_es": "Oficina Sola", "country": "US", "parent": None}

    def add(d: dict[str, Any]) -> None:
        d["agencies"].append(lonely | {k: v for k, v in d["agencies"][0].items() if k not in lonely})

    path, _text = written(tmp_path, add)
    found = [(p.location, p.severity) for p in every_problem(path)]
    at_end = len(FIXTURE["agencies"])
    assert found == [(("agencies", at_end), "warning")]

    def add_and_break(d: dict[str, Any]) -> None:
        add(d)
        d["facts"][1]["value"] = "many"

    path, _text = written(tmp_path, add_and_break, "broken.json")
    assert [(p.location, p.severity) for p in every_problem(path)] == [(("facts", 1, "value"), "error")]


def test_problems_of_several_files_name_each_file(tmp_path: Path) -> None:
    good, _ = written(tmp_path, lambda d: None, "a.json")
    extra = {"schema_version": 1, "facts": [copy.deepcopy(FIXTURE["facts"][0]) | {"id": "another", "value": "x"}]}
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(extra, indent=2), encoding="utf-8")
    (problem,) = every_problem([good, bad])
    assert (problem.file, problem.location, problem.message) == (
        str(bad),
        ("facts", 0, "value"),
        "a number is needed here",
    )
    assert (problem.line, problem.column) == at(bad.read_text("utf-8"), '"x"')
    # a figure defined in both files: named with both places
    twice = tmp_path / "c.json"
    twice.write_text(json.dumps({"schema_version": 1, "facts": [FIXTURE["facts"][0]]}, indent=2), encoding="utf-8")
    (problem,) = every_problem([good, twice])
    assert problem.file == str(twice) and problem.location == ("facts", 0, "id")
    assert problem.message == f"fact id '{FACT0}' is defined twice; first at {good} (facts[0])"


def test_a_file_that_cannot_be_read_stops_the_checks_across_files(tmp_path: Path) -> None:
    good, _ = written(tmp_path, lambda d: d["facts"][0].update(agencies=["NOPE"]), "a.json")
    missing = tmp_path / "gone.json"
    found = [(p.file, p.location, p.message) for p in every_problem([good, missing])]
    # the unknown agency of a.json is not reported: what it names may be in the file that could not be read
    assert found == [(str(missing), (), "no such file or folder")]
    unparsable = tmp_path / "broken.json"
    unparsable.write_text('{"schema_version": 1,', encoding="utf-8")
    (problem,) = every_problem([good, unparsable])
    assert problem.file == str(unparsable) and problem.location == ()
    with pytest.raises(ArmsfactsError) as failed:
        armsfacts.load([good, missing])
    assert failed.value.message == f"{missing}: no such file or folder"


def test_a_reference_by_an_earlier_id_reads_as_the_id_now(tmp_path: Path) -> None:
    metric = FIXTURE["facts"][0]["metric"]
    # the DEA's announcement: the source of some figures, and another source's report of others
    reporter = next(r["source"] for f in FIXTURE["facts"] for r in f.get("also_reported_by", []))
    cited = [f["id"] for f in FIXTURE["facts"] if f["source"] == reporter]
    reported = [
        f["id"] for f in FIXTURE["facts"] if any(r["source"] == reporter for r in f.get("also_reported_by", []))
    ]
    assert cited and reported

    def rename(d: dict[str, Any]) -> None:
        (m,) = [m for m in d["metrics"] if m["id"] == metric]
        m["id"], m["aliases"] = "renamed-metric", [metric]
        (s,) = [s for s in d["sources"] if s["id"] == reporter]
        s["id"], s["aliases"] = "renamed-source", [reporter]

    path, _text = written(tmp_path, rename)
    assert every_problem(path) == []
    ds = armsfacts.load(path)
    assert ds.fact_by_id[FACT0].metric == "renamed-metric"
    assert {ds.fact_by_id[f].source for f in cited} == {"renamed-source"}
    for f in reported:
        assert "renamed-source" in [r.source for r in ds.fact_by_id[f].also_reported_by]
    assert not any(r.source == reporter for f in ds.facts for r in f.also_reported_by)


def test_a_figure_named_by_a_renamed_metric_keeps_its_other_sources(tmp_path: Path) -> None:
    # the metric renamed, the source of the figure's other printing not: that printing keeps its source
    fact = next(f for f in FIXTURE["facts"] if f.get("also_reported_by"))
    others = [r["source"] for r in fact["also_reported_by"]]

    def rename(d: dict[str, Any]) -> None:
        (m,) = [m for m in d["metrics"] if m["id"] == fact["metric"]]
        m["id"], m["aliases"] = "renamed-metric", [fact["metric"]]

    path, _text = written(tmp_path, rename)
    loaded = armsfacts.load(path).fact_by_id[fact["id"]]
    assert loaded.metric == "renamed-metric"
    assert [r.source for r in loaded.also_reported_by] == others


def test_a_source_naming_a_renamed_event_reads_as_the_event_now(tmp_path: Path) -> None:
    event = FIXTURE["events"][0]["id"]
    (source,) = [s["id"] for s in FIXTURE["sources"] if s.get("event") == event]

    def rename(d: dict[str, Any]) -> None:
        d["events"][0]["id"], d["events"][0]["aliases"] = "renamed-event", [event]

    path, _text = written(tmp_path, rename)
    assert every_problem(path) == []
    ds = armsfacts.load(path)
    assert [(s.id, s.event) for s in ds.sources] == [(source, "renamed-event"), (FIXTURE["sources"][1]["id"], None)]


@pytest.mark.parametrize("text", ["[]", "[1, 2]", "17", '"facts"', "null"])
def test_a_file_that_is_no_object_is_one_problem_at_its_start(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    found = [(p.location, p.message, p.line, p.column) for p in every_problem(path)]
    assert found == [((), "an object is needed here", 1, 1)]


def test_a_record_that_is_no_object_is_left_out_and_the_rest_still_checked(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["facts"][0] = 17
        d["facts"][4]["agencies"] = ["NOPE"]

    path, text = written(tmp_path, change)
    found = [(p.location, p.message, (p.line, p.column)) for p in every_problem(path)]
    assert found == [
        (("facts", 0), "an object is needed here", at(text, "17")),
        (("facts", 4, "agencies", 0), "no agency 'NOPE' in the dataset", at(text, '"NOPE"')),
    ]


def test_a_limit_is_told_in_spanish_too(tmp_path: Path, run: Invoke) -> None:
    path, _text = written(tmp_path, lambda d: d["units"][0].update(factor=0))
    result = run("--lang", "es", "validate", str(path), "--json")
    assert [(p["path"], p["message"]) for p in json.loads(result.stdout)] == [
        ("units[0].factor", "debe ser mayor que 0")
    ]


def test_records_that_failed_in_two_files_are_not_reported_missing_by_what_names_them(tmp_path: Path) -> None:
    # a.json: its first metric broken, and figures that name it; b.json: another broken metric and a figure naming it
    first_metric = FIXTURE["metrics"][0]["id"]
    assert any(f["metric"] == first_metric for f in FIXTURE["facts"])
    a, _ = written(tmp_path, lambda d: d["metrics"][0].update(label=5), "a.json")
    broken = FIXTURE["metrics"][0] | {"id": "other-metric", "label": 5}
    figure = FIXTURE["facts"][0] | {"id": "another-figure", "metric": "other-metric"}
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"schema_version": 1, "metrics": [broken], "facts": [figure]}, indent=2), encoding="utf-8")
    found = [(Path(p.file).name, p.location, p.message) for p in every_problem([a, b])]
    assert found == [
        ("a.json", ("metrics", 0, "label"), "text is needed here"),
        ("b.json", ("metrics", 0, "label"), "text is needed here"),
    ]


def test_a_missing_file_named_first_does_not_hide_the_next_files_problems(tmp_path: Path) -> None:
    missing = tmp_path / "gone.json"
    bad, _text = written(tmp_path, lambda d: d["facts"][0].update(value="many"), "b.json")
    found = [(Path(p.file).name, p.location, p.message) for p in every_problem([missing, bad])]
    assert found == [
        ("gone.json", (), "no such file or folder"),
        ("b.json", ("facts", 0, "value"), "a number is needed here"),
    ]
