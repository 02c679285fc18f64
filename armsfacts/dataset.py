"""Finding the dataset file and loading it into validated models."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from .errors import DataError
from .models import Dataset

DATA_FILE = "armsfacts.json"


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


def load(path: str | Path | None = None) -> Dataset:
    """Load and validate a dataset file (the built-in one by default).

    Raises `DataError` with a readable message for a missing, unreadable or invalid file.
    """
    file = Path(path) if path is not None else builtin_path()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise DataError(f"dataset file not found: {file}") from None
    except OSError as exc:
        raise DataError(f"cannot read dataset file {file}: {exc.strerror or exc}") from None
    try:
        return Dataset.model_validate_json(raw)
    except ValidationError as exc:
        raise DataError(f"invalid dataset {file}:\n" + describe_errors(exc)) from None


def describe_errors(exc: ValidationError, limit: int = 20) -> str:
    """A ValidationError as one 'path: message' line per problem (at most `limit`)."""
    lines = []
    errors = exc.errors(include_url=False)
    for err in errors[:limit]:
        lines.append(f"  {_json_path(err['loc']) or '(top level)'}: {err['msg']}")
    if len(errors) > limit:
        lines.append(f"  … and {len(errors) - limit} more")
    return "\n".join(lines)


def _json_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.startswith("function-") or part in {"int", "float"}:
            continue  # pydantic's names for union members and validators, not JSON keys
        else:
            path += f".{part}" if path else part
    return path
