"""What a command imports: the promises users can feel in start-up time."""

from __future__ import annotations

import subprocess
import sys

import pytest


def imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "armsfacts", *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines}


def _rich(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "rich" or m.startswith("rich.")}


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "plain", "markdown"])
def test_machine_and_text_formats_do_not_import_rich(fmt: str) -> None:
    modules = imported("stats", "--format", fmt)
    assert "pydantic" in modules  # the command did load the data
    assert not _rich(modules)


def test_a_table_does_import_rich() -> None:
    assert "rich.table" in imported("stats", "--format", "table")


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_neither_pydantic_nor_rich(args: list[str]) -> None:
    modules = imported(*args)
    assert "click" in modules
    assert not {m for m in modules if m == "pydantic" or m.startswith("pydantic.")}
    assert not _rich(modules)


def test_a_command_s_modules_show_where_they_are_imported() -> None:
    # Imported where used, not through a lazy registry: -X importtime lists what the command ran on.
    modules = imported("stats", "--format", "plain")
    assert {"armsfacts.query", "armsfacts.models", "armsfacts.output.emit", "armsfacts.output.columns"} <= modules
    assert "armsfacts.output.table" not in modules  # Rich's tables only for a table
