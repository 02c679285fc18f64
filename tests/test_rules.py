"""The integrity rules as a curator meets them: warnings of records nothing uses, and the message
a library user gets from validating a dataset with the model directly."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from armsfacts.errors import ArmsfactsError
from armsfacts.loading import load

from .conftest import ROOT, Invoke


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
    return data


def test_records_of_a_kind_nothing_refers_to_are_each_a_warning(run: Invoke, tmp_path: Path) -> None:
    # The fixture's two organizations are Operation Last Mile's targets; with no initiative
    # naming any target, no organization at all is referred to: each is a warning, not an error.
    data = record()
    for initiative in data["initiatives"]:
        initiative["targets"] = []
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(path), "--json")
    assert result.exit_code == 0
    assert [(p["path"], p["severity"], p["message"]) for p in json.loads(result.stdout)] == [
        ("organizations[0]", "warning", "organization 'sinaloa-cartel' is referred to by nothing"),
        ("organizations[1]", "warning", "organization 'cjng' is referred to by nothing"),
    ]
    spanish = run("--lang", "es", "validate", str(path))
    assert spanish.exit_code == 0
    assert [line.split("\t")[3:] for line in spanish.stdout.splitlines()[1:]] == [
        ["advertencia", "organizations[0]", "la organización 'sinaloa-cartel' no se usa en ninguna parte"],
        ["advertencia", "organizations[1]", "la organización 'cjng' no se usa en ninguna parte"],
    ]


def test_the_loader_names_every_broken_rule_on_a_line_of_its_own(tmp_path: Path) -> None:
    # The rules run where the data is assembled (loading.py), not in the model: each rule broken
    # is reported as "file: path: message", every one of them, not only the first
    data = record()
    data["facts"][0]["metric"] = "vibes"
    data["facts"][1]["agencies"] = ["NOPE"]
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ArmsfactsError) as raised:
        load([str(path)])
    lines = raised.value.message.splitlines()
    assert f"  {path}: facts[0].metric: no metric 'vibes' in the dataset" in lines
    assert f"  {path}: facts[1].agencies[0]: no agency 'NOPE' in the dataset" in lines


def test_a_record_defined_again_after_a_failed_one_is_named_by_its_key(run: Invoke, tmp_path: Path) -> None:
    # ATF's record and the first fact fail validation; a second ATF (keyed by its code) and a
    # second us-firearms-seized (by its id) are each a duplicate of a record that failed
    data = record()
    atf = copy.deepcopy(data["agencies"][1])
    fact = copy.deepcopy(data["facts"][0])
    data["agencies"][1]["name"] = 5
    data["facts"][0]["value"] = "many"
    data["agencies"].append(atf)
    data["facts"].append(fact)
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(path), "--json")
    assert result.exit_code == 1
    assert [(p["path"], p["message"]) for p in json.loads(result.stdout)] == [
        ("agencies[1].name", "text is needed here"),
        ("facts[0].value", "a number is needed here"),
        ("agencies[15].code", "agency id 'ATF' is defined twice; the other one failed validation"),
        ("facts[19].id", "fact id 'us-firearms-seized' is defined twice; the other one failed validation"),
    ]
    spanish = run("--lang", "es", "validate", str(path)).stdout.splitlines()
    assert [line.split("\t")[4:] for line in spanish[3:5]] == [
        ["agencies[15].code", "el id de agencia 'ATF' está definido dos veces; el otro no pasó la validación"],
        ["facts[19].id", "el id de dato 'us-firearms-seized' está definido dos veces; el otro no pasó la validación"],
    ]


def test_the_loader_names_where_a_duplicate_was_first_defined(tmp_path: Path) -> None:
    data = record()
    data["facts"].append(copy.deepcopy(data["facts"][2]))
    data["agencies"].append(copy.deepcopy(data["agencies"][0]))
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ArmsfactsError) as raised:
        load([str(path)])
    message = raised.value.message
    assert f"agencies[15].code: agency id 'DOJ' is defined twice; first at {path} (agencies[0])" in message
    assert f"facts[19].id: fact id 'cross-border-arrests' is defined twice; first at {path} (facts[2])" in message


# Every place a record names another, each with a name the record does not hold: the error is at
# that place, in validate's JSON path, and says which kind of record is missing.
REFERENCES = [
    (("sources", 0, "speaker"), "nobody", "no person 'nobody' in the dataset"),
    (("sources", 0, "event"), "no-such-event", "no event 'no-such-event' in the dataset"),
    (("sources", 0, "people", 1), "nobody", "no person 'nobody' in the dataset"),
    (("people", 2, "agency"), "NOPE", "no agency 'NOPE' in the dataset"),
    (("agencies", 1, "parent"), "NOPE", "no agency 'NOPE' in the dataset"),
    (("metrics", 0, "unit"), "parsecs", "no unit 'parsecs' in the dataset"),
    (("initiatives", 0, "targets", 1), "no-cartel", "no organization 'no-cartel' in the dataset"),
    (("initiatives", 0, "agencies", 0), "NOPE", "no agency 'NOPE' in the dataset"),
    (("initiatives", 0, "lead_agency"), "NOPE", "no agency 'NOPE' in the dataset"),
    (("events", 0, "agencies", 2), "NOPE", "no agency 'NOPE' in the dataset"),
    (("events", 0, "people", 3), "nobody", "no person 'nobody' in the dataset"),
    (("facts", 11, "metric"), "vibes", "no metric 'vibes' in the dataset"),
    (("facts", 11, "unit"), "parsecs", "no unit 'parsecs' in the dataset"),
    (("facts", 11, "initiative"), "operation-first-mile", "no initiative 'operation-first-mile' in the dataset"),
    (("facts", 11, "source"), "nowhere", "no source 'nowhere' in the dataset"),
    (("facts", 11, "agencies"), ["DEA", "NOPE"], None),
    (("facts", 11, "also_reported_by", 0, "source"), "nowhere", "no source 'nowhere' in the dataset"),
]


def _dotted(where: tuple[Any, ...]) -> str:
    """("sources", 0, "people", 1) -> "sources[0].people[1]", as validate writes a place."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where).lstrip(".")


@pytest.mark.parametrize(("where", "value", "message"), REFERENCES, ids=[_dotted(w) for w, _, _ in REFERENCES])
def test_a_broken_reference_is_reported_where_it_is(
    run: Invoke, tmp_path: Path, where: tuple[Any, ...], value: Any, message: str | None
) -> None:
    data = record()
    node: Any = data
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = [p for p in json.loads(run("validate", str(path), "--json").stdout) if p["severity"] == "error"]
    dotted = _dotted(where)
    if message is None:  # a list of agencies: the second one is the broken one
        dotted, message = dotted + "[1]", "no agency 'NOPE' in the dataset"
    assert (dotted, message) in [(p["path"], p["message"]) for p in problems], problems


def test_a_unit_that_does_not_fit_its_metric_says_both(run: Invoke, tmp_path: Path) -> None:
    data = record()
    data["facts"][11]["unit"] = "firearms"  # Last Mile's 3,337 arrests counted in people, not firearms
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (problem,) = json.loads(run("validate", str(path), "--json").stdout)
    assert (problem["path"], problem["message"]) == (
        "facts[11].unit",
        "'firearms' does not fit metric 'arrests', which is counted in people",
    )


def test_references_to_a_record_that_failed_validation_are_not_reported_again(run: Invoke, tmp_path: Path) -> None:
    # DOJ's record is broken; ATF's parent, the event's agencies and others still name DOJ, and
    # a curator needs to hear of the broken record once, not of every reference to it
    data = record()
    data["agencies"][0]["name"] = 5
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [(p["path"], p["message"]) for p in json.loads(run("validate", str(path), "--json").stdout)] == [
        ("agencies[0].name", "text is needed here")
    ]


# What a figure cannot be, at its edges: each change to the fixture and every problem validate then gives. The
# fixture's fact 8 is a change (Southbound's investigations), 1 a count (people charged), 14 an amount (pounds of
# fentanyl powder), 10 a count another source also reports (Last Mile's investigations). "share" makes fact 8's
# metric a share instead.


def _share(data: dict[str, Any]) -> dict[str, Any]:
    metric = next(m for m in data["metrics"] if m["id"] == data["facts"][8]["metric"])
    metric["kind"] = "share"
    return data["facts"][8]


VALUES = {
    "a fall of 100 %": (lambda d: d["facts"][8].update(value=-100), [
        ("facts[8].value", "a fall of -100 % is impossible")]),
    "a fall of 99.5 %": (lambda d: d["facts"][8].update(value=-99.5), []),
    "a share of 0": (lambda d: _share(d).update(value=0), []),
    "a share of 0.5": (lambda d: _share(d).update(value=0.5), []),
    "a share of 100": (lambda d: _share(d).update(value=100), []),
    "a share of 100.5": (lambda d: _share(d).update(value=100.5), [
        ("facts[8].value", "a share of 100.5 % is not between 0 and 100")]),
    "a share below 0": (lambda d: _share(d).update(value=-1), [
        ("facts[8].value", "a share of -1 % is not between 0 and 100")]),
    "a share of 2.5": (lambda d: _share(d).update(value=2.5), []),  # a fraction of a share is no fraction of a count
    "a count of 0": (lambda d: d["facts"][1].update(value=0), []),
    "a count below 0": (lambda d: d["facts"][1].update(value=-1), [
        ("facts[1].value", "a count or amount cannot be negative (-1)")]),
    "an amount of 0.5": (lambda d: d["facts"][14].update(value=0.5), []),
    "a count of 2.5": (lambda d: d["facts"][1].update(value=2.5), [
        ("facts[1].value", "a count is a whole number, not 2.5")]),
    "another source's count of 2.5": (lambda d: d["facts"][10]["also_reported_by"][0].update(value=2.5), [
        ("facts[10].also_reported_by[0].value", "a count is a whole number, not 2.5")]),
    "a count of 2.0": (lambda d: d["facts"][1].update(value=2.0), []),
}  # fmt: skip


def _errors(run: Invoke, tmp_path: Path, data: dict[str, Any]) -> list[tuple[str, str]]:
    """The errors `validate --json` gives for `data`, each as its place and message."""
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = json.loads(run("validate", str(path), "--json").stdout)
    return [(p["path"], p["message"]) for p in problems if p["severity"] == "error"]


@pytest.mark.parametrize("name", list(VALUES))
def test_a_figure_that_cannot_be_is_named_with_its_value(run: Invoke, tmp_path: Path, name: str) -> None:
    change, expected = VALUES[name]
    data = record()
    change(data)
    assert _errors(run, tmp_path, data) == expected


def test_an_agency_that_is_its_own_ancestor_is_named(run: Invoke, tmp_path: Path) -> None:
    # DOJ made part of ATF, which is part of DOJ: each is its own ancestor, and each is named at its parent
    data = record()
    data["agencies"][0]["parent"] = "ATF"
    assert _errors(run, tmp_path, data) == [
        ("agencies[0].parent", "agency 'DOJ' is part of itself through its parents"),
        ("agencies[1].parent", "agency 'ATF' is part of itself through its parents"),
    ]


def test_an_alias_taken_twice_names_the_record_that_has_it(run: Invoke, tmp_path: Path) -> None:
    # a source's earlier id that is the other source's id now, and one both sources claim
    data = record()
    salazar, dea = data["sources"][0]["id"], data["sources"][1]["id"]
    data["sources"][0]["aliases"] = [dea, "the-announcement"]
    data["sources"][1]["aliases"] = ["the-announcement"]
    path = tmp_path / "d.json"  # where _errors writes it: the messages name the file
    assert salazar != dea
    assert _errors(run, tmp_path, data) == [
        ("sources[0].aliases[0]", f"alias '{dea}' is already the id of another source, at {path} (sources[1])"),
        (
            "sources[1].aliases[0]",
            f"alias 'the-announcement' is already an alias of another source, at {path} (sources[0])",
        ),
    ]
