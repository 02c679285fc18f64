"""Making one validated dataset of the data files: the one load path, strict or collecting every problem.

Find the files and read each strictly (data.py) → validate each with the models → join the
files' lists → run the integrity rules (rules.py) on the whole → name every record by its id
now (a reference by an earlier id, an alias, reads as the id) → `Dataset`.

`load` stops at the first broken file and raises one short error; `every_problem` goes on, keeps
the records that are valid so that they are still cross-checked, and returns every problem
with its file, line and column (what `armsfacts validate` lists).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from .data import BUILTIN, FileError, expand, parse_json, read
from .errors import ArmsfactsError, data_error
from .i18n import _
from .locations import line_column, nearest, scan
from .models import Dataset, Fact, Report, Source
from .rules import KEY_FIELD, KINDS, WITH_FORMER_IDS, Location, dataset_problems, dotted, unreferenced
from .terminal import UNSAFE
from .vocab import TABLES, Severity

SHOWN = 10  # problems listed in a load error; `armsfacts validate` lists them all
Paths = str | Path | Iterable[str | Path] | None


class Problem(NamedTuple):
    """One thing wrong (or worth a look) in the data: the file, where in it, and what."""

    file: str
    location: Location
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity = "error"


# ---------------------------------------------------------------------------
# Pydantic's errors in the user's words, at their place in the file.


def _limit(value: Any) -> Any:
    """A field's limit as a person writes it: a float field's 0.0 as 0."""
    return f"{value:g}" if isinstance(value, float) else value


MESSAGES = {
    "missing": lambda ctx: _("a required field is missing"),
    "extra_forbidden": lambda ctx: _("unknown field (not in the schema: misspelt?)"),
    "int_type": lambda ctx: _("a whole number is needed here"),
    "float_type": lambda ctx: _("a number is needed here"),
    "string_type": lambda ctx: _("text is needed here"),
    "bool_type": lambda ctx: _("true or false is needed here"),
    "list_type": lambda ctx: _("a list is needed here"),
    "model_type": lambda ctx: _("an object is needed here"),
    "dict_type": lambda ctx: _("an object is needed here"),
    "date_type": lambda ctx: _("a date as YYYY-MM-DD is needed here"),
    "date_parsing": lambda ctx: _("a date as YYYY-MM-DD is needed here"),
    "date_from_datetime_parsing": lambda ctx: _("a date as YYYY-MM-DD is needed here"),
    "literal_error": lambda ctx: _("must be one of: {expected}").format(expected=ctx.get("expected", "")),
    "greater_than": lambda ctx: _("must be more than {limit}").format(limit=_limit(ctx.get("gt"))),
    "greater_than_equal": lambda ctx: _("must be at least {limit}").format(limit=_limit(ctx.get("ge"))),
    "less_than_equal": lambda ctx: _("must be at most {limit}").format(limit=_limit(ctx.get("le"))),
    "finite_number": lambda ctx: _("must be a finite number"),
    "value_error": lambda ctx: str(ctx.get("error", "")),
}


def json_location(data: Any, loc: Sequence[int | str]) -> Location:
    """The JSON path of a Pydantic error location: union member names dropped, a missing field kept."""
    path: list[int | str] = []
    node = data
    for n, part in enumerate(loc):
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and (part in node or n == len(loc) - 1):
            path.append(part)
            node = node.get(part)
    return tuple(path)


def describe(exc: ValidationError, data: Any) -> list[tuple[Location, str]]:
    """Pydantic's errors as (location, message), once per location (a union fails once per member)."""
    found: dict[Location, str] = {}
    for err in exc.errors(include_url=False):
        location = json_location(data, err["loc"])
        # a value that fits neither member of `int | float` is simply not a number
        kind = "float_type" if err["loc"] and err["loc"][-1] in ("int", "float") else err["type"]
        explain = MESSAGES.get(kind)
        message = explain(err.get("ctx") or {}) if explain else err["msg"]
        found.setdefault(location, message)
    return list(found.items())


class _File:
    """One file's text and JSON value, and where each value of it stands (worked out when first asked)."""

    def __init__(self, path: Path, text: str, data: Any) -> None:
        self.path, self.text, self.data = path, text, data
        self._offsets: dict[Location, int] | None = None

    def problem(self, location: Location, message: str, severity: Severity = "error") -> Problem:
        if not self.text:  # a file the strict load kept no text of
            return Problem(str(self.path), location, message, severity=severity)
        if self._offsets is None:
            self._offsets = scan(self.text).offsets
        line, column = line_column(self.text, nearest(self._offsets, location))
        return Problem(str(self.path), location, message, line, column, severity)


# ---------------------------------------------------------------------------
# One file: its valid records, and what is wrong with the others.


class _Part(NamedTuple):
    dataset: Dataset
    positions: dict[str, list[int]]  # each table's kept records, by their index in the file
    failed: dict[str, set[str]]  # the keys, by kind, of records that failed validation


def _valid_records(file: _File, first: ValidationError, problems: list[Problem]) -> _Part:
    """A broken file's records that are valid, and every problem of the others.

    Each problem is reported at its place in the file; the records it lies in are left out and
    the rest validated again, in one go: a record's errors are its own (no validator spans
    records), so what is left validates.
    """
    data = file.data if isinstance(file.data, dict) else {}
    tables = {t: data[t] for t in TABLES if isinstance(data.get(t), list)}
    dropped: dict[str, set[int]] = {}
    failed: dict[str, set[str]] = {}
    for location, message in describe(first, file.data):
        if len(location) >= 2 and location[0] in tables and isinstance(location[1], int):
            table, at = str(location[0]), location[1]
            dropped.setdefault(table, set()).add(at)
            record = tables[table][at]
            key = record.get(KEY_FIELD.get(table, "id")) if isinstance(record, dict) else None
            if isinstance(key, str):
                failed.setdefault(KINDS[table], set()).add(key)
        problems.append(file.problem(location, message))
    kept = {t: [i for i in range(len(items)) if i not in dropped.get(t, ())] for t, items in tables.items()}
    values = {"schema_version": 1} | {t: [tables[t][i] for i in kept[t]] for t in kept}
    try:
        part = Dataset.model_validate_json(json.dumps(values))
    except ValidationError:  # only a validator across records would get here
        return _nothing_valid(failed)
    return _Part(part, {t: kept.get(t, []) for t in TABLES}, failed)


def _nothing_valid(failed: dict[str, set[str]]) -> _Part:
    """A file none of whose records can be kept: nothing to cross-check, the failed keys still known."""
    return _Part(Dataset(schema_version=1), {t: [] for t in TABLES}, failed)


def _file_part(path: Path, collect: bool, problems: list[Problem]) -> tuple[_File, _Part] | None:
    """One file read, parsed and validated; None where it cannot be read or parsed at all.

    Strict, the file's JSON value is dropped at once (Pydantic parses the text itself, and
    holding a file three times over was most of the peak memory of a large load).
    """
    try:
        text, data = parse_json(path, read(path))
        if not collect:
            data = None
    except ArmsfactsError as exc:
        if not collect:
            raise
        problems.append(Problem(str(path), (), exc.message.removeprefix(f"{path}: ")))
        return None
    except FileError as exc:
        found = [Problem(str(path), p.location, p.message, p.line, p.column) for p in exc.problems]
        if not collect:
            raise data_error(f"{path}: " + _("invalid data") + "\n" + _clip([_line(p) for p in found])) from None
        problems.extend(found)
        return None
    try:
        part = Dataset.model_validate_json(text)
    except ValidationError as exc:
        file = _File(path, text, data if collect else json.loads(text))
        if collect:
            return file, _valid_records(file, exc, problems)
        found = [file.problem(loc, message) for loc, message in describe(exc, file.data)]
        raise data_error(f"{path}: " + _("invalid data") + "\n" + _clip([_line(p) for p in found])) from None
    # Strict, only the path is kept: a problem across files is named by its path, not its line.
    file = _File(path, text, data) if collect else _File(path, "", None)
    return file, _Part(part, {t: list(range(len(getattr(part, t)))) for t in TABLES}, {})


def _line(p: Problem) -> str:
    at = _("line {line}, column {column}").format(line=p.line, column=p.column) + ": " if p.line else ""
    return f"  {at}{dotted(p.location) + ': ' if p.location else ''}{p.message}"


def _clip(lines: list[str]) -> str:
    more = ["  " + _("… and {count} more").format(count=len(lines) - SHOWN)] if len(lines) > SHOWN else []
    return "\n".join(lines[:SHOWN] + more)


# ---------------------------------------------------------------------------
# The files together.


class _Origin(NamedTuple):
    file: _File
    position: int


def _joined(parts: list[tuple[_File, _Part]]) -> tuple[Dataset, dict[str, list[_Origin]], dict[str, set[str]]]:
    """The files' valid records as one dataset, where each came from, and the keys of those that failed."""
    values: dict[str, Any] = {"schema_version": 1} | {table: [] for table in TABLES}
    origin: dict[str, list[_Origin]] = {table: [] for table in TABLES}
    failed: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
    for file, part in parts:
        for table in TABLES:
            values[table].extend(getattr(part.dataset, table))
            origin[table].extend(_Origin(file, i) for i in part.positions[table])
        for kind, keys in part.failed.items():
            failed[kind] |= keys
    return Dataset.model_validate(values), origin, failed


def _by_current_ids(ds: Dataset) -> Dataset:
    """The dataset with every reference by an earlier id (an alias) replaced by the record's id now.

    Only data of one's own names a record by an earlier id (the built-in data's references are
    kept current), so the few records that do are validated anew: none keeps a cached value
    worked out from the old reference.
    """
    current = {table: {alias: r.id for r in getattr(ds, table) for alias in r.aliases} for table in WITH_FORMER_IDS}
    metrics, sources, events = current["metrics"], current["sources"], current["events"]

    def fact(f: Fact) -> Fact:
        named = [f.metric in metrics, f.source in sources, any(r.source in sources for r in f.also_reported_by)]
        if not any(named):
            return f
        reports = [
            Report.model_validate({**dict(r), "source": sources.get(r.source, r.source)}) for r in f.also_reported_by
        ]
        update = {"metric": metrics.get(f.metric, f.metric), "source": sources.get(f.source, f.source)}
        return Fact.model_validate({**dict(f), **update, "also_reported_by": reports})

    def source(s: Source) -> Source:
        return Source.model_validate({**dict(s), "event": events[s.event]}) if s.event in events else s

    facts, sources_now = [fact(f) for f in ds.facts], [source(s) for s in ds.sources]
    unchanged = all(map(operator.is_, facts, ds.facts)) and all(map(operator.is_, sources_now, ds.sources))
    return ds if unchanged else Dataset.model_validate({**dict(ds), "facts": facts, "sources": sources_now})


def _assemble(specs: list[str | Path], collect: bool) -> tuple[Dataset | None, list[Problem]]:
    problems: list[Problem] = []
    parts: list[tuple[_File, _Part]] = []
    readable = True
    for spec in specs:
        try:
            paths = expand(spec)
        except ArmsfactsError as exc:
            if not collect:
                raise
            problems.append(Problem(str(spec), (), exc.message.removeprefix(f"{spec}: ")))
            readable = False
            continue
        for path in paths:
            found = _file_part(path, collect, problems)
            readable = readable and found is not None
            parts.extend([found] if found else [])
    # A file that cannot be read would make every reference into it look broken: no check across files then.
    if not (parts and readable):
        return None, problems
    whole, origin, failed = _joined(parts)

    def where(table: str, i: int) -> str:
        file, position = origin[table][i]
        return f"{file.path} ({table}[{position}])"

    def placed(location: Location, message: str, severity: Severity = "error") -> Problem:
        table, index, *rest = location
        file, position = origin[str(table)][int(index)]
        return file.problem((table, position, *rest), message, severity)

    broken = dataset_problems(whole, where, failed)
    if broken and not collect:
        lines = [f"  {p.file}: {dotted(p.location)}: {p.message}" for p in (placed(*b) for b in broken)]
        raise data_error(_("invalid data") + ":\n" + _clip(lines))
    problems.extend(placed(*b) for b in broken)
    if not problems:
        whole = _by_current_ids(whole)
        if collect:  # warnings, once there is no error: a broken record may be what refers to an entity
            problems.extend(placed(location, message, "warning") for location, message in unreferenced(whole))
    if collect:
        problems.extend(_control_characters(file for file, _part in parts))
    return whole, problems


def _paths(paths: Paths) -> list[str | Path]:
    return [BUILTIN] if paths is None else [paths] if isinstance(paths, (str, Path)) else list(paths)


def load(paths: Paths = None) -> Dataset:
    """Load and validate the data: the built-in file by default, or the files and folders named.

    Raises ArmsfactsError (exit 1) with a short message for anything missing, unreadable or
    invalid; `every_problem` (and `armsfacts validate`) lists every problem.
    """
    ds, _problems = _assemble(_paths(paths), collect=False)
    assert ds is not None  # strict: every failure raised
    return ds


def every_problem(paths: Paths = None) -> list[Problem]:
    """Every problem of the files named: each file's own, then what the files show together.

    Errors come before warnings. The checks across files run when every file can be read
    and parsed; warnings about entities nothing refers to only when there is no error.
    """
    _ds, problems = _assemble(_paths(paths), collect=True)
    return sorted(problems, key=lambda p: p.severity != "error")


def _control_characters(files: Iterable[_File]) -> Iterable[Problem]:
    """Warnings for text that would act on a terminal: escape sequences, bidi controls."""
    for file in files:
        stack: list[tuple[Location, Any]] = [((), file.data)]
        while stack:
            where, node = stack.pop()
            if isinstance(node, str):
                found = UNSAFE.search(node)
                if found:
                    message = _("text holds the control character {char}, shown escaped")
                    yield file.problem(where, message.format(char=repr(found.group())), "warning")
            elif isinstance(node, dict):
                stack.extend(((*where, k), v) for k, v in node.items())
            elif isinstance(node, list):
                stack.extend(((*where, i), v) for i, v in enumerate(node))
