"""`armsfacts validate`: every problem in the data files, with file, line and column."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from .dataset import TABLES, clean_message, expand, read, split_path, stack
from .errors import DataError
from .models import (
    Agency,
    DatasetFile,
    Event,
    Fact,
    Initiative,
    Metric,
    Organization,
    Person,
    Source,
    dataset_problems,
    unreferenced,
)
from .output import adapter


class Problem(BaseModel):
    """One thing wrong (or worth a look) in a data file."""

    file: str
    line: int | None
    column: int | None
    path: str
    severity: Literal["error", "warning"]
    message: str


Key = tuple[int | str, ...]
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"')
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")


def value_offsets(text: str) -> dict[Key, int]:
    """Where each value of a (valid) JSON text starts: {('facts', 3, 'period'): offset}."""
    offsets: dict[Key, int] = {}

    def skip(i: int) -> int:
        match = _SPACE.match(text, i)
        return match.end() if match else i

    def string(i: int) -> tuple[str, int]:
        match = _STRING.match(text, i)
        assert match, f"not a JSON string at offset {i}"
        name: str = json.loads(match.group())
        return name, match.end()

    def value(i: int, key: Key) -> int:
        i = skip(i)
        offsets[key] = i
        ch = text[i]
        if ch == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                name, i = string(skip(i))
                i = skip(i) + 1  # the colon
                i = skip(value(i, (*key, name)))
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if ch == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = skip(value(i, (*key, index)))
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if ch == '"':
            return string(i)[1]
        for literal in ("true", "false", "null"):
            if text.startswith(literal, i):
                return i + len(literal)
        match = _NUMBER.match(text, i)
        assert match, f"not JSON at offset {i}"
        return match.end()

    value(0, ())
    return offsets


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class _File:
    """One file's text and the positions of its values, to place a problem found by JSON path."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.offsets = value_offsets(text)

    def key(self, loc: Sequence[int | str]) -> Key:
        """The JSON path of a pydantic loc: its own parts (union members) dropped, a missing field kept."""
        key: Key = ()
        for n, part in enumerate(loc):
            is_last = n == len(loc) - 1
            parent_is_object = self.text[self.offsets.get(key, 0)] == "{"
            if (*key, part) in self.offsets or (is_last and isinstance(part, str) and parent_is_object):
                key = (*key, part)
        return key

    def problem(self, key: Key, severity: Literal["error", "warning"], message: str) -> Problem:
        known = key if key in self.offsets else key[:-1]
        line, column = _line_column(self.text, self.offsets.get(known, 0))
        return Problem(
            file=str(self.path), line=line, column=column, path=_dotted(key), severity=severity, message=message
        )


def _dotted(key: Key) -> str:
    path = ""
    for part in key:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _parse_path(path: str) -> Key:
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path))


ID_FIELD = {"agencies": "code"}
KIND_OF = dict(zip(TABLES, ("metric", "source", "agency", "person", "organization", "initiative", "event", "fact"),
                   strict=True))  # fmt: skip


class _Parsed:
    """A file's records that validated, and the ids of those that did not."""

    def __init__(
        self, file: _File, part: DatasetFile, failed_ids: dict[str, set[str]], index: dict[str, list[int]]
    ) -> None:
        self.file = file
        self.part = part
        self.failed_ids = failed_ids
        self.index = index  # for each table, the place in the file of each record kept


def _record_by_record(file: _File, data: Any) -> _Parsed:
    """A file that failed validation, kept record by record: what is valid can still be cross-checked."""
    values: dict[str, Any] = {"schema_version": 1}
    failed: dict[str, set[str]] = {kind: set() for kind in KIND_OF.values()}
    index: dict[str, list[int]] = {}
    for table in TABLES:
        items = data.get(table) if isinstance(data, dict) else None
        item_type = adapter(ITEM_TYPES[table])
        values[table], index[table] = [], []
        for i, item in enumerate(items if isinstance(items, list) else []):
            try:
                values[table].append(item_type.validate_python(item))
                index[table].append(i)
            except ValidationError:
                key = item.get(ID_FIELD.get(table, "id")) if isinstance(item, dict) else None
                if isinstance(key, str):
                    failed[KIND_OF[table]].add(key)
    return _Parsed(file, DatasetFile.model_construct(**values), failed, index)


ITEM_TYPES: dict[str, type] = {
    "metrics": Metric, "sources": Source, "agencies": Agency, "people": Person,
    "organizations": Organization, "initiatives": Initiative, "events": Event, "facts": Fact,
}  # fmt: skip


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _file_problems(path: Path) -> tuple[_Parsed | None, list[Problem]]:
    def whole_file(message: str, line: int | None = None, column: int | None = None) -> list[Problem]:
        return [Problem(file=str(path), line=line, column=column, path="", severity="error", message=message)]

    try:
        raw = read(path)
    except DataError as exc:
        return None, whole_file(exc.message.removeprefix(f"{path}: "))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = raw.count(b"\n", 0, bad.start) + 1
        column = bad.start - (raw.rfind(b"\n", 0, bad.start) + 1) + 1
        return None, whole_file(f"not UTF-8 text (byte {raw[bad.start]:#04x})", line, column)
    try:
        data = json.loads(text, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        return None, whole_file(f"not valid JSON: {exc.msg}", exc.lineno, exc.colno)
    except ValueError as exc:  # NaN or Infinity, which the json module would otherwise accept
        return None, whole_file(f"not valid JSON: {exc}")
    file = _File(path, text)
    try:
        part = DatasetFile.model_validate_json(raw)
        return _Parsed(file, part, {}, {table: list(range(len(getattr(part, table)))) for table in TABLES}), []
    except ValidationError as exc:
        problems: dict[Key, Problem] = {}
        for err in exc.errors(include_url=False):
            key = file.key(err["loc"])
            # a value that fits no member of a union fails once per member: report it once
            problems.setdefault(key, file.problem(key, "error", clean_message(err["msg"])))
        return _record_by_record(file, data), list(problems.values())


def validate(specs: Sequence[str | Path]) -> list[Problem]:
    """Every problem of the files named: each file's own, then what the files show together.

    Errors come before warnings. The checks across files run when every file is valid JSON
    (a file that cannot be read would make every reference into it look broken); warnings
    about unused entities only when there is no error, since a broken record may be the user.
    """
    problems: list[Problem] = []
    parsed: list[_Parsed] = []
    unreadable = False
    for spec in specs:
        try:
            paths = expand(spec)
        except DataError as exc:
            problems.append(Problem(file=str(spec), line=None, column=None, path="", severity="error",
                                    message=exc.message.removeprefix(f"{spec}: ")))  # fmt: skip
            unreadable = True
            continue
        for path in paths:
            result, found = _file_problems(path)
            problems.extend(found)
            if result is None:
                unreadable = True
            else:
                parsed.append(result)
    if parsed and not unreadable:
        problems.extend(_together(parsed, warn=not problems))
    return sorted(problems, key=lambda p: p.severity != "error")


def _together(parsed: list[_Parsed], warn: bool) -> list[Problem]:
    """What only the files together show: duplicate ids, dangling references, unused entities."""
    values, origin = stack((item.file, item.part, item.index) for item in parsed)
    failed: dict[str, set[str]] = {kind: set() for kind in KIND_OF.values()}
    for item in parsed:
        for kind, ids in item.failed_ids.items():
            failed[kind] |= ids
    whole = DatasetFile.model_construct(**values)

    def where(table: str, index: int) -> str:
        file, local = origin[table][index]
        return f"{file.path} {table}[{local}]"

    checks: list[tuple[Literal["error", "warning"], list[tuple[str, str]]]] = [
        ("error", dataset_problems(whole, where, failed))
    ]
    if warn:
        checks.append(("warning", unreferenced(whole)))
    found = []
    for severity, pairs in checks:
        for path, message in pairs:
            table, position, tail = split_path(path)
            file, local = origin[table][position]
            found.append(file.problem((table, local, *_parse_path(tail)), severity, message))
    return found
