"""What a command imports: the machine and plain formats never load Rich."""

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


@pytest.mark.parametrize("fmt", ["json", "ndjson", "csv", "tsv", "plain", "markdown"])
def test_text_and_machine_formats_do_not_import_rich(fmt: str) -> None:
    modules = imported("stats", "--format", fmt)
    assert "armsfacts.cli" in modules
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}


def test_a_table_does_import_rich() -> None:
    assert "rich.table" in imported("stats", "--format", "table")


def test_stats_does_not_define_the_detail_records() -> None:
    assert "armsfacts.details" not in imported("stats", "--json")
    assert "armsfacts.details" in imported("operation", "last-mile", "--json")
