"""Loading data, as a curator meets its errors: how many are listed, and what JSON Python's parser
takes but the validator does not. README: invalid data "stops any command with a short message,
exit code 1, and a pointer to `armsfacts validate PATH` for the full list"."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, Invoke


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "tests" / "fixtures" / "article-and-dea.json").read_text("utf-8"))
    return data


def with_unknown_agencies(tmp_path: Path, count: int) -> Path:
    """The fixture with `count` facts each naming an agency the record does not hold."""
    data = record()
    for i, fact in enumerate(data["facts"][:count]):
        fact["agencies"] = [f"NOPE{i}"]
    path = tmp_path / f"{count}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("count", "listed", "more"), [(9, 9, None), (10, 10, None), (11, 10, 1), (19, 10, 9)])
def test_a_load_error_lists_ten_problems_and_counts_the_rest(
    run: Invoke, tmp_path: Path, count: int, listed: int, more: int | None
) -> None:
    path = with_unknown_agencies(tmp_path, count)
    result = run("--data", str(path), "stats")
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: invalid data:"
    problems = [line for line in lines if "agencies[0]: no agency 'NOPE" in line]
    assert [p.split("'")[1] for p in problems] == [f"NOPE{i}" for i in range(listed)]
    assert problems[0] == f"  {path}: facts[0].agencies[0]: no agency 'NOPE0' in the dataset"
    assert [line for line in lines if line.startswith("  … and")] == ([f"  … and {more} more"] if more else [])
    assert lines[-1] == f"Run `armsfacts validate {path}` for every problem."
    # validate lists them all
    every = json.loads(run("validate", str(path), "--json").stdout)
    assert len([p for p in every if p["severity"] == "error"]) == count


def test_a_lone_surrogate_escape_is_a_clean_error(run: Invoke, tmp_path: Path) -> None:
    # RFC 8259 allows "\ud800" in JSON text, but it names no character (RFC 3629: UTF-8 holds no
    # surrogate), so it is no text a figure can hold: refused with a message, never a traceback
    text = json.dumps(record()).replace('"Arrests made in Operation Last Mile."', '"Arrests \\ud800 made."')
    path = tmp_path / "surrogate.json"
    path.write_text(text, encoding="utf-8")
    result = run("--data", str(path), "stats")
    assert result.exit_code == 1 and result.stdout == ""
    # the file is one line; the problem is placed at the backslash of the escape (columns from 1)
    column = text.index("\\ud800") + 1
    message = "not valid JSON: \\ud800 is half of a character (a lone surrogate)"
    assert result.stderr == (
        f"Error: {path}: invalid data\n  line 1, column {column}: {message}\n"
        f"Run `armsfacts validate {path}` for every problem.\n"
    )
    (problem,) = json.loads(run("validate", str(path), "--json").stdout)
    assert (problem["severity"], problem["line"], problem["column"]) == ("error", 1, column)
    assert problem["message"] == message


@pytest.mark.parametrize(
    ("name", "code"),
    [("d.json/inside.json", errno.ENOTDIR), ("a" * 300 + ".json", errno.ENAMETOOLONG)],
    ids=["under-a-file", "name-too-long"],
)
def test_a_path_the_system_refuses_says_why_in_its_words(run: Invoke, tmp_path: Path, name: str, code: int) -> None:
    # neither missing nor a folder nor a loop: the system's own reason, never one of those
    (tmp_path / "d.json").write_text("{}", encoding="utf-8")
    path = tmp_path / name
    result = run("--data", str(path), "stats")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[0] == f"Error: {path}: cannot be read ({os.strerror(code)})"
