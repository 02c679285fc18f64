"""`armsfacts validate`: every problem in the data files, with file, line and column.

It reads the files as the loader does (data.py) and checks them with the same models and the
same integrity rules (rules.py); where the loader stops at a file's first failure, this goes
on: records that are valid are still cross-checked, so one run lists everything.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, TypeAdapter, ValidationError

from .data import FileError, describe, expand, parse_json, read
from .errors import ArmsfactsError
from .i18n import _
from .locations import line_column, nearest, scan
from .models import PART, Agency, Dataset, Event, Fact, Initiative, Metric, Organization, Person, Source, Unit
from .rules import KEY_FIELD, KINDS, Location, dataset_problems, dotted, unreferenced
from .terminal import UNSAFE
from .vocab import TABLES, Severity


class Problem(BaseModel, defer_build=True):
    """One thing wrong (or worth a look) in a data file."""

    file: str
    line: int | None
    column: int | None
    path: str
    severity: Severity
    message: str


ITEM_TYPES: dict[str, type[BaseModel]] = {
    "metrics": Metric,
    "units": Unit,
    "sources": Source,
    "agencies": Agency,
    "people": Person,
    "organizations": Organization,
    "initiatives": Initiative,
    "events": Event,
    "facts": Fact,
}


class _File:
    """One file's text, its values' positions, and the records of it that validated."""

    def __init__(self, path: Path, text: str, data: Any) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.offsets = scan(text).offsets
        self.failed: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
        self.index: dict[str, list[int]] = {table: [] for table in TABLES}  # place in the file of each record kept
        self.part = self._valid_records()

    def _valid_records(self) -> Dataset:
        values: dict[str, Any] = {"schema_version": 1}
        for table in TABLES:
            items = self.data.get(table) if isinstance(self.data, dict) else None
            adapter = TypeAdapter(ITEM_TYPES[table])
            values[table] = []
            for i, item in enumerate(items if isinstance(items, list) else []):
                try:
                    values[table].append(adapter.validate_json(json.dumps(item)))
                    self.index[table].append(i)
                except ValidationError:
                    key = item.get(KEY_FIELD.get(table, "id")) if isinstance(item, dict) else None
                    if isinstance(key, str):
                        self.failed[KINDS[table]].add(key)
        return Dataset.model_construct(**values)  # records validated one by one just above

    def problem(self, location: Location, severity: Severity, message: str) -> Problem:
        line, column = line_column(self.text, nearest(self.offsets, location))
        path = dotted(location)
        return Problem(file=str(self.path), line=line, column=column, path=path, severity=severity, message=message)


def _whole_file(path: Path | str, message: str, line: int | None = None, column: int | None = None) -> Problem:
    return Problem(file=str(path), line=line, column=column, path="", severity="error", message=message)


def _file_problems(path: Path) -> tuple[_File | None, list[Problem]]:
    try:
        text, data = parse_json(path, read(path))
    except ArmsfactsError as exc:
        return None, [_whole_file(path, exc.message.removeprefix(f"{path}: "))]
    except FileError as exc:
        found = [
            Problem(
                file=str(path),
                line=p.line,
                column=p.column,
                path=dotted(p.location),
                severity="error",
                message=p.message,
            )
            for p in exc.problems
        ]
        return None, found
    file = _File(path, text, data)
    try:
        Dataset.model_validate_json(text, context=PART)
        problems = []
    except ValidationError as exc:
        problems = [file.problem(location, "error", message) for location, message in describe(exc, data)]
    return file, problems + list(_control_characters(file))


def _control_characters(file: _File) -> Iterator[Problem]:
    """Warnings for text that would act on a terminal: escape sequences, bidi controls."""
    for location, value in _strings(file.data, ()):
        found = UNSAFE.search(value)
        if found:
            message = _("text holds the control character {char}, shown escaped").format(char=repr(found.group()))
            yield file.problem(location, "warning", message)


def _strings(value: Any, location: Location) -> Iterator[tuple[Location, str]]:
    stack = [(location, value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, dict):
            stack.extend(((*where, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*where, i), v) for i, v in enumerate(node))


class _Origin(NamedTuple):
    file: _File
    position: int


def validate(specs: Sequence[str | Path]) -> list[Problem]:
    """Every problem of the files named: each file's own, then what the files show together.

    Errors come before warnings. The checks across files run when every file is valid JSON
    (a file that cannot be read would make every reference into it look broken); warnings
    about unused entities only when there is no error, since a broken record may be the user.
    """
    problems: list[Problem] = []
    files: list[_File] = []
    unreadable = False
    for spec in specs:
        try:
            paths = expand(spec)
        except ArmsfactsError as exc:
            problems.append(_whole_file(spec, exc.message.removeprefix(f"{spec}: ")))
            unreadable = True
            continue
        for path in paths:
            file, found = _file_problems(path)
            problems.extend(found)
            unreadable = unreadable or file is None
            files.extend([file] if file else [])
    if files and not unreadable:
        problems.extend(_together(files, warn=not any(p.severity == "error" for p in problems)))
    return sorted(problems, key=lambda p: p.severity != "error")


def _together(files: list[_File], warn: bool) -> list[Problem]:
    """What only the files together show: duplicate ids, dangling references, unused entities."""
    values: dict[str, Any] = {"schema_version": 1} | {table: [] for table in TABLES}
    origin: dict[str, list[_Origin]] = {table: [] for table in TABLES}
    failed: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
    for file in files:
        for table in TABLES:
            values[table].extend(getattr(file.part, table))
            origin[table].extend(_Origin(file, i) for i in file.index[table])
        for kind, keys in file.failed.items():
            failed[kind] |= keys
    whole = Dataset.model_construct(**values)  # each record validated; the rules check them together

    def where(table: str, index: int) -> str:
        file, local = origin[table][index]
        return f"{file.path} {table}[{local}]"

    checks: list[tuple[Severity, list[tuple[Location, str]]]] = [("error", dataset_problems(whole, where, failed))]
    if warn:
        checks.append(("warning", unreferenced(whole)))
    found = []
    for severity, pairs in checks:
        for (table_name, position, *rest), message in pairs:
            file, local = origin[str(table_name)][int(position)]
            found.append(file.problem((table_name, local, *rest), severity, message))
    return found
