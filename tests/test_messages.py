"""Messages (issue 20): what is wrong is said once, briefly, in the right place; a closed stderr
changes nothing but what is heard."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, Invoke

ARMSFACTS = [sys.executable, "-m", "armsfacts"]
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


def shell(command: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    armsfacts = " ".join(ARMSFACTS)
    return subprocess.run(
        command.replace("armsfacts", armsfacts, 1), shell=True, capture_output=True, timeout=60, cwd=cwd,
        env=env | {"LANG": "C.UTF-8", "ARMSFACTS_DATA": str(RECORD)},
    )  # fmt: skip


# ---------------------------------------------------------------------------
# A lone surrogate: one problem, at the escape.


def with_description(tmp_path: Path, escaped: str) -> tuple[Path, int, int]:
    """The record with a description holding `escaped` (JSON text), and the line and column of it."""
    text = json.dumps(json.loads(RECORD.read_text(encoding="utf-8")), indent=1)
    old = '"description": "Arrests made in Operation Last Mile."'
    assert old in text
    text = text.replace(old, '"description": "Arrests ' + escaped + ' made"', 1)
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if escaped in row)
    return path, line, text.splitlines()[line - 1].index(escaped) + 1


@pytest.mark.parametrize("escaped", ["\\ud800", "\\udc00", "\\ud83d x", "\\ud83d\\ud83d\\ude00"])
def test_a_lone_surrogate_is_one_problem_at_its_place(run: Invoke, tmp_path: Path, escaped: str) -> None:
    path, line, column = with_description(tmp_path, escaped)
    message = f"not valid JSON: {escaped[:6]} is half of a character (a lone surrogate)"
    problems = json.loads(run("validate", str(path), "--json").stdout)
    assert [(p["line"], p["column"], p["message"]) for p in problems] == [(line, column, message)]
    loaded = run("--data", str(path), "stats")
    assert loaded.exit_code == 1
    assert loaded.stderr.splitlines()[1] == f"  line {line}, column {column}: {message}"


@pytest.mark.parametrize(("escaped", "read"), [("\\ud83d\\ude00", "😀"), ("\\\\ud800", "\\ud800")])
def test_a_pair_or_an_escaped_backslash_is_no_surrogate(run: Invoke, tmp_path: Path, escaped: str, read: str) -> None:
    path, _line, _column = with_description(tmp_path, escaped)
    result = run("--data", str(path), "show", "last-mile-arrests", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["description"] == f"Arrests {read} made"


# ---------------------------------------------------------------------------
# What a user typed is quoted briefly.


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["search"], "Nothing matches '" + "x" * 60 + "…'.\n"),
        (["show"], "Error: no fact '" + "x" * 60 + "…'\n"),
        (["compare"], "Error: no metric '" + "x" * 60 + "…'\n`armsfacts metrics` lists every metric.\n"),
        (["stats", "--fields"], None),
    ],
)
def test_a_long_argument_is_quoted_briefly(run: Invoke, args: list[str], said: str | None) -> None:
    result = run(*args, "x" * 100_000)
    assert len(result.stderr) < 1000
    if said is not None:
        assert result.stderr == said


# ---------------------------------------------------------------------------
# A closed standard error or input.


@pytest.mark.parametrize(
    ("command", "code"),
    [("armsfacts show nope 2>&-", 3), ("armsfacts stats 2>&-", 0), ("armsfacts stats --bogus 2>&-", 2)],
)
def test_a_closed_stderr_keeps_the_exit_code(command: str, code: int) -> None:
    result = shell(command)
    assert result.returncode == code
    assert result.stderr == b""
    assert (result.stdout != b"") == (code == 0)


def test_a_closed_stderr_is_not_where_an_export_writes(tmp_path: Path) -> None:
    result = shell("armsfacts export sqlite out.db 2>&-", cwd=tmp_path)
    assert result.returncode == 0
    with sqlite3.connect(tmp_path / "out.db") as db:
        assert db.execute("SELECT count(*) FROM facts").fetchone() == (19,)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db"]


def test_a_closed_stdin_reads_as_empty() -> None:
    result = shell("armsfacts check <&-")
    assert result.returncode == 0
    assert result.stderr == b"The text is empty: there is nothing to check.\n"


def test_an_empty_text_is_told_apart_from_one_with_no_figures(tmp_path: Path) -> None:
    # A newcomer's look: an empty file said "No figures found", as a text without figures does.
    (tmp_path / "empty.txt").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("Guns cross the border every day.\n", encoding="utf-8")
    empty = shell("armsfacts check empty.txt", cwd=tmp_path)
    words = shell("armsfacts check words.txt", cwd=tmp_path)
    assert (empty.returncode, empty.stderr) == (0, b"The text is empty: there is nothing to check.\n")
    assert (words.returncode, words.stderr) == (0, b"No figures found in the text.\n")


# ---------------------------------------------------------------------------
# ARMSFACTS_LANG naming no language armsfacts speaks.

WARNING = "Warning: ARMSFACTS_LANG='fr' is no language armsfacts speaks (en, es); English is used.\n"


def test_an_unknown_language_is_said_once() -> None:
    result = shell("ARMSFACTS_LANG=fr armsfacts show nope")
    assert result.returncode == 3
    assert result.stderr.decode() == WARNING + "Error: no fact 'nope'\n"


@pytest.mark.parametrize(
    ("env", "args", "warned"),
    [
        ({"ARMSFACTS_LANG": "fr"}, ["stats", "--metric", "arrests"], True),
        ({"ARMSFACTS_LANG": "fr"}, ["--lang", "es", "stats", "--metric", "arrests"], False),  # chosen: not used
        ({"ARMSFACTS_LANG": "fr"}, ["stats", "--metric", "arrests", "--json"], False),  # stderr is JSON's
        ({"ARMSFACTS_LANG": "es_MX"}, ["stats", "--metric", "arrests"], False),
        ({"ARMSFACTS_LANG": "en-GB"}, ["stats", "--metric", "arrests"], False),
    ],
)
def test_who_is_warned(run: Invoke, env: dict[str, str], args: list[str], warned: bool) -> None:
    result = run(*args, env=env)
    assert result.exit_code == 0
    assert result.stderr == (WARNING if warned else "")
