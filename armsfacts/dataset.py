"""Finding the data files and loading them into one validated dataset.

The data in use is the built-in file unless `--data` or ARMSFACTS_DATA names others; the
word `builtin` names the built-in file, so `--data builtin --data mine.json` extends it.
Each path is a JSON file or a folder of them; the files merge into one dataset.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from .errors import DataError
from .i18n import _
from .models import Dataset, DatasetFile, Fact, dataset_problems

# Whether a command needs a fact: (fact, the data's lists read so far, by name).
Keep = Callable[[Fact, dict[str, Any]], bool]

DATA_FILE = "armsfacts.json"
BUILTIN = "builtin"
ENV_VAR = "ARMSFACTS_DATA"
MAX_BYTES = 512 * 1024 * 1024
T = TypeVar("T")
TABLES = ("metrics", "sources", "agencies", "people", "organizations", "initiatives", "events", "facts")


def builtin_path() -> Path:
    """The dataset shipped with armsfacts.

    In a built wheel it sits inside the package (`armsfacts/data/`); in a source checkout
    (and an editable install) it is the project's top-level `data/` folder.
    """
    here = Path(__file__).resolve().parent
    packaged = here / "data" / DATA_FILE
    if packaged.is_file():
        return packaged
    return here.parent / "data" / DATA_FILE


def data_specs(given: Sequence[str] = ()) -> list[str]:
    """What to load: the --data values, else ARMSFACTS_DATA's paths, else the built-in data."""
    if given:
        return list(given)
    from_env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return from_env or [BUILTIN]


def expand(spec: str | Path) -> list[Path]:
    """The JSON files a --data value names: itself, or a folder's *.json files in name order."""
    if str(spec) == BUILTIN:
        return [builtin_path()]
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
        if not files:
            raise DataError(f"{path}: " + _("the folder holds no .json files"))
        return files
    if not path.exists():
        raise DataError(f"{path}: " + _("no such file or folder"))
    return [path]


def read(path: Path) -> bytes:
    """A data file's bytes, or a DataError that says what is wrong with it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            limit = MAX_BYTES // 2**20
            message = _("the file is larger ({size} bytes) than the {limit} MiB armsfacts reads")
            raise DataError(f"{path}: " + message.format(size=f"{size:,}", limit=limit))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: " + _("no such file")) from None
    except IsADirectoryError:
        raise DataError(f"{path}: " + _("is a folder")) from None
    except OSError as exc:
        raise DataError(f"{path}: " + _("cannot be read ({reason})").format(reason=exc.strerror or exc)) from None
    if not raw.strip():
        raise DataError(f"{path}: " + _("the file is empty"))
    return raw


def _parse(path: Path, raw: bytes) -> DatasetFile:
    try:
        return DatasetFile.model_validate_json(raw)
    except ValidationError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            message = _("not UTF-8 text (byte {byte} at offset {offset})")
            raise DataError(f"{path}: " + message.format(byte=f"{raw[bad.start]:#04x}", offset=bad.start)) from None
        raise DataError(f"{path}: " + _("invalid data") + f"\n{describe_errors(exc)}") from None


def load(paths: str | Path | Iterable[str | Path] | None = None, keep: Keep | None = None) -> Dataset:
    """Load and validate the data: the built-in file by default, or the files and folders named.

    Every fact is validated and every reference checked; with `keep`, only the facts it
    accepts are kept in the dataset (a command that shows a few facts of a large file then
    needs memory for those few). Raises `DataError` with a short readable message for
    anything missing, unreadable or invalid.
    """
    if paths is None:
        specs: list[str | Path] = [BUILTIN]
    elif isinstance(paths, (str, Path)):
        specs = [paths]
    else:
        specs = list(paths)
    files = [f for spec in specs for f in expand(spec)]
    if keep is not None:
        from .streaming import load_kept

        fast = load_kept(files, keep)
        if fast is not None:
            return fast
    # The exact path: whole files, every check, and precise messages for whatever is wrong.
    dataset = merge([(f, _parse(f, read(f))) for f in files])
    if keep is None:
        return dataset
    kept = [f for f in dataset.facts if keep(f, {"metrics": dataset.metrics})]
    values: dict[str, Any] = {name: getattr(dataset, name) for name in ("schema_version", *TABLES)}
    return Dataset.model_construct(**(values | {"facts": kept}))


Origin = dict[str, list[tuple[T, int]]]  # for each table, where each record came from


def stack(
    parts: Iterable[tuple[T, DatasetFile, Mapping[str, Sequence[int]] | None]],
) -> tuple[dict[str, Any], Origin[T]]:
    """Files' lists joined, table by table, and where each record came from: (file, index in it).

    `positions` gives, per table, the index in the file of each record the part holds, when
    it holds only some of them (a file read record by record); by default 0, 1, 2, ….
    """
    values: dict[str, Any] = {"schema_version": 1} | {table: [] for table in TABLES}
    origin: Origin[T] = {table: [] for table in TABLES}
    for file, part, positions in parts:
        for table in TABLES:
            records = getattr(part, table)
            values[table].extend(records)
            places = positions[table] if positions is not None else range(len(records))
            origin[table].extend((file, i) for i in places)
    return values, origin


def split_path(path: str) -> tuple[str, int, str]:
    """'facts[15].agencies[0]' -> ('facts', 15, '.agencies[0]'); the first index must be there."""
    table, _, rest = path.partition("[")
    index, _, tail = rest.partition("]")
    return table, int(index), tail


def merge(parts: Sequence[tuple[Path, DatasetFile]]) -> Dataset:
    """Validated files as one dataset; an id defined in two places names both.

    Each file was validated on its own; what is checked here is what needs them all:
    unique ids and references that resolve.
    """
    values, origin = stack((path, part, None) for path, part in parts)

    def where(table: str, i: int) -> str:
        return f"{origin[table][i][0]} ({table}[{origin[table][i][1]}])"

    problems = dataset_problems(DatasetFile.model_construct(**values), where=where)
    if problems:
        lines = []
        for path, message in problems:  # merged places (facts[15]) as file and place (b.json: facts[2])
            table, index, tail = split_path(path)
            file, local = origin[table][index]
            lines.append(f"  {file}: {table}[{local}]{tail}: {message}")
        more = ["  " + _("… and {count} more").format(count=len(lines) - 10)] if len(lines) > 10 else []
        raise DataError(_("invalid data") + ":\n" + "\n".join(lines[:10] + more))
    return Dataset.model_construct(**values)


def describe_errors(exc: ValidationError, limit: int = 5) -> str:
    """A ValidationError as one 'path: message' line per problem (at most `limit`)."""
    lines = []
    errors = exc.errors(include_url=False)
    for err in errors[:limit]:
        lines.append(f"  {json_path(err['loc']) or '(top level)'}: {clean_message(err['msg'])}")
    if len(errors) > limit:
        lines.append("  " + _("… and {count} more").format(count=len(errors) - limit))
    return "\n".join(lines)


def clean_message(message: str) -> str:
    """Pydantic's message in the project's words where they say more."""
    if message in ("Extra inputs are not permitted", "Unexpected keyword argument"):
        return _("unknown field (not in the schema: misspelt?)")
    return message.removeprefix("Value error, ")


def json_path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.startswith("function-") or part in {"int", "float", "Period"}:
            continue  # pydantic's names for union members and validators, not JSON keys
        else:
            path += f".{part}" if path else part
    return path
