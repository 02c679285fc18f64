"""Bounded work (issue 20): what one input can cost `check`, and what one cell can cost a table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from armsfacts.commands.check import MAX_TEXT_BYTES

from .conftest import Invoke

ARMSFACTS = [sys.executable, "-m", "armsfacts"]
SENTENCE = "In 2023 eTrace led to 655 investigations.\n"

# docs/output.md: "A table draws at most 5,000 characters of one cell" (not read from the code it judges)
CELL = 5_000


def padded(size: int) -> str:
    """A text of `size` bytes: one sentence with a figure, then spaces."""
    return SENTENCE + " " * (size - len(SENTENCE))


def test_the_limit_is_the_documented_one() -> None:
    assert MAX_TEXT_BYTES == 1024 * 1024  # docs/check.md says "at most 1 MiB"


def test_a_text_at_the_limit_is_checked(run: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(padded(MAX_TEXT_BYTES), encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    assert result.stderr == "1 figure: 1 supported, 0 contradicted, 0 disputed, 0 unverified.\n"


def test_a_text_over_the_limit_is_refused(run: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(padded(MAX_TEXT_BYTES + 1), encoding="utf-8")
    result = run("check", str(path), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        '{"error": {"code": "error", "message": "' + str(path) + ": the text is longer than the 1 MiB check reads; "
        'check it in parts.", "suggestions": []}}\n'
    )


def test_standard_input_over_the_limit_is_refused() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run(
        [*ARMSFACTS, "check"],
        input=padded(MAX_TEXT_BYTES + 1).encode(),
        capture_output=True,
        timeout=60,
        env=env | {"LANG": "C.UTF-8"},
    )
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr == b"Error: <stdin>: the text is longer than the 1 MiB check reads; check it in parts.\n"


# ---------------------------------------------------------------------------
# One cell of a table at a terminal.

RECORD = Path(__file__).parent / "fixtures" / "article-and-dea.json"
CAVEAT = "word " * 400_000  # 2,000,000 characters


def with_long_texts(tmp_path: Path) -> Path:
    data = json.loads(RECORD.read_text(encoding="utf-8"))
    fact = next(f for f in data["facts"] if f["id"] == "last-mile-arrests")
    fact["caveats"] = [CAVEAT]
    data["sources"][0]["title"] = "T" + CAVEAT
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("columns", "end"),
    [
        # a panel lists caveats as "• caveat": 5,000 characters are the bullet, its space, 999 words and "wor"
        ("80", "word wor… (1,995,002 more characters; --format plain or --json shows them)"),
        # blocks, where a panel would not fit, join them bare: 1,000 words
        ("30", "word word … (1,995,000 more characters; --format plain or --json shows them)"),
    ],
)
def test_a_huge_caveat_is_cut_in_a_table_and_says_so(run: Invoke, tmp_path: Path, columns: str, end: str) -> None:
    path = with_long_texts(tmp_path)
    result = run("--data", str(path), "show", "last-mile-arrests", "-f", "table", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.replace("│", " ").split())
    assert end in shown
    assert len(result.stdout) < 40 * CELL  # what was drawn is bounded, not the whole caveat


def test_a_huge_title_is_cut_in_a_list(run: Invoke, tmp_path: Path) -> None:
    path = with_long_texts(tmp_path)
    result = run("--data", str(path), "source", "-f", "table", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "(1,995,001 more characters; --format plain or --json shows them)" in " ".join(result.stdout.split())
    assert len(result.stdout) < 40 * CELL


@pytest.mark.parametrize("fmt", ["plain", "json", "markdown"])
def test_other_formats_print_the_whole_text(run: Invoke, tmp_path: Path, fmt: str) -> None:
    path = with_long_texts(tmp_path)
    result = run("--data", str(path), "show", "last-mile-arrests", "-f", fmt)
    assert result.exit_code == 0
    assert CAVEAT.strip() in result.stdout
    assert "more characters" not in result.stdout
