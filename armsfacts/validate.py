"""`armsfacts validate`: every problem in the data files, with file, line and column.

The problems are those the loader finds (loading.every_problem): the same reading, models and
integrity rules as every command's load, in the mode that goes on past the first failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel

from .loading import every_problem
from .rules import dotted
from .vocab import Severity


class Problem(BaseModel, defer_build=True):
    """One thing wrong (or worth a look) in a data file."""

    file: str
    line: int | None
    column: int | None
    path: str
    severity: Severity
    message: str


def validate(specs: Sequence[str | Path]) -> list[Problem]:
    """Every problem of the files named, errors first (see loading.every_problem)."""
    return [
        Problem(
            file=p.file, line=p.line, column=p.column, path=dotted(p.location), severity=p.severity, message=p.message
        )
        for p in every_problem(list(specs))
    ]
