"""Bounded work (issue 20): what one input can cost `check`, and what one cell can cost a table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from armsfacts.commands.check import MAX_TEXT_BYTES

from .conftest import Invoke

ARMSFACTS = [sys.executable, "-m", "armsfacts"]
SENTENCE = "In 2023 eTrace led to 655 investigations.\n"


def padded(size: int) -> str:
    """A text of `size` bytes: one sentence with a figure, then spaces."""
    return SENTENCE + " " * (size - len(SENTENCE))


def test_the_limit_is_the_documented_one() -> None:
    assert MAX_TEXT_BYTES == 1024 * 1024  # the README says "at most 1 MiB"


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
        '{"error": {"code": "error", "message": "' + str(path) + ': the text is longer than the 1 MiB check reads; '
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
