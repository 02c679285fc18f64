"""Finding the data files and reading each strictly; loading.py makes one validated dataset of them.

Find the files → read each (regular files only, bounded in size) → parse it strictly (no
duplicate key, no NaN, no absurd number, no lone surrogate), naming the line and column of
what is wrong.

The data in use is the built-in file unless `--data` or ARMSFACTS_DATA names others; the
word `builtin` names the built-in file, so `--data builtin --data mine.json` extends it.
Each path is a JSON file or a folder of them.
"""

from __future__ import annotations

import codecs
import errno
import json
import math
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from .errors import data_error
from .i18n import _
from .locations import line_column, scan
from .rules import Location
from .terminal import quoted

DATA_FILE = "armsfacts.json"
BUILTIN = "builtin"
ENV_VAR = "ARMSFACTS_DATA"
MAX_BYTES = 64 * 1024 * 1024
MAX_DIGITS = 30  # no figure has more; a longer number is a mistake, not a figure


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
    """The JSON files a --data value names: itself, or a folder's *.json files in name order.

    A folder's hidden entries (an editor's lock file `.#mine.json`) are left out, as a shell's
    `*.json` leaves them out; every other entry is read, so that one that is no regular file
    (a pipe, a folder) is reported rather than skipped.
    """
    if str(spec) == BUILTIN:
        return [builtin_path()]
    path = Path(spec)
    try:
        is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        names = sorted(os.listdir(path)) if is_folder else []
    except OSError as exc:
        what = _("no such file or folder") if exc.errno == errno.ENOENT else _unreadable(exc)
        raise data_error(f"{path}: " + what) from None
    if not is_folder:
        return [path]
    files = [path / name for name in names if name.lower().endswith(".json") and not name.startswith(".")]
    if not files:
        raise data_error(f"{path}: " + _("the folder holds no .json files"))
    return files


def _unreadable(exc: OSError) -> str:
    """Why a file cannot be read, in the user's words."""
    if exc.errno == errno.ELOOP:
        return _("a loop of symbolic links")
    if exc.errno == errno.ENOENT:
        return _("no such file")
    # a folder is found by its type before anything is opened (expand, read): EISDIR only of a
    # folder swapped in between, which the system's own reason then names
    return _("cannot be read ({reason})").format(reason=exc.strerror or exc)


# Opening never waits: a pipe swapped in between the type check and the open is not a reader's wait.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def read(path: Path) -> bytes:
    """A data file's bytes. Only a regular file is read, and only up to MAX_BYTES.

    The file's type is taken from the path before it is opened: opening a pipe to read waits
    for a writer, and opening a device may act on it.
    """
    not_regular = _("not a regular file (a device, a pipe or a socket is not read)")
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise data_error(f"{path}: " + _("is a folder"))
        if not stat.S_ISREG(mode):
            raise data_error(f"{path}: " + not_regular)
        with open(os.open(path, _OPEN_FLAGS), "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise data_error(f"{path}: " + not_regular)
            raw = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise data_error(f"{path}: " + _unreadable(exc)) from None
    if len(raw) > MAX_BYTES:
        message = _("the file is larger than the {limit} MiB armsfacts reads")
        raise data_error(f"{path}: " + message.format(limit=MAX_BYTES // 2**20))
    if not raw.strip():
        raise data_error(f"{path}: " + _("the file is empty"))
    return raw


class Found(NamedTuple):
    """One problem of a file: where (line and column when known) and what."""

    location: Location
    message: str
    line: int | None = None
    column: int | None = None


class FileError(Exception):
    """A file that cannot be parsed or validated; every problem found in it."""

    def __init__(self, path: Path, problems: list[Found]) -> None:
        super().__init__(str(path))
        self.path = path
        self.problems = problems


_ODD_NUMBER = re.compile(r"(?<![\w\"])(?:-?Infinity|NaN|-?\d{" + str(MAX_DIGITS + 1) + r",}|-?\d[\d.]*[eE][-+]?\d{3,})")


class _Refused(ValueError):
    """Something JSON allows, or Python's parser accepts, that is no data."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Refused("duplicate")
    return obj


def _constant(name: str) -> Any:
    raise _Refused(_("{name} is not a number JSON allows").format(name=name))


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused(_("a number of {count} digits is not a figure").format(count=len(text.lstrip("-"))))
    return int(text)


def _float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number) or len(text) > 2 * MAX_DIGITS:
        raise _Refused(_("the number {text} is out of range").format(text=text[:40]))
    return number


def parse_json(path: Path, raw: bytes) -> tuple[str, Any]:
    """The file's text and its JSON value; FileError for anything that is not plain, strict JSON."""
    # A byte-order mark (Windows editors write one) is no part of the JSON: lines and columns count from after it.
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = raw.count(b"\n", 0, bad.start) + 1
        column = bad.start - (raw.rfind(b"\n", 0, bad.start) + 1) + 1
        message = _("not UTF-8 text (byte {byte})").format(byte=f"{raw[bad.start]:#04x}")
        raise FileError(path, [Found((), message, line, column)]) from None
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        message = _("not valid JSON: {reason}").format(reason=exc.msg)
        raise FileError(path, [Found((), message, exc.lineno, exc.colno)]) from None
    except RecursionError:
        raise FileError(path, [Found((), _("not valid JSON: nested too deeply"))]) from None
    except _Refused as exc:
        positions = scan(text)
        if str(exc) == "duplicate" and positions.duplicates:
            found = []
            for dup in positions.duplicates:
                message = _("the key {key} is given twice in one object").format(key=quoted(str(dup.location[-1])))
                found.append(Found(dup.location, message, *line_column(text, dup.offset)))
            raise FileError(path, found) from None
        # NaN, Infinity or an absurd number: point at the first one the text holds
        odd = _ODD_NUMBER.search(text)
        where = line_column(text, odd.start()) if odd else (None, None)
        raise FileError(path, [Found((), _("not valid JSON: {reason}").format(reason=exc), *where)]) from None
    lone = _lone_surrogate(text)
    if lone is not None:  # Python's parser takes it; no text can hold it, and Pydantic's parser says so elsewhere
        message = _("not valid JSON: {escape} is half of a character (a lone surrogate)")
        raise FileError(path, [Found((), message.format(escape=text[lone : lone + 6]), *line_column(text, lone))])
    return text, value


_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(text: str) -> int | None:
    """Where the first \\uD800–\\uDFFF escape of a JSON text stands that is not half of a pair."""
    if not _SURROGATE.search(text):
        return None
    high: int | None = None  # the offset of a first half waiting for its second
    end = -1
    for m in _ESCAPE.finditer(text):  # escape by escape, so that "\\\\ud800" (a backslash, then text) is none
        code = int(m.group(1), 16) if m.group(1) else None
        if high is not None:
            if code is not None and 0xDC00 <= code <= 0xDFFF and m.start() == end:
                high = None
                continue
            return high
        if code is not None and 0xD800 <= code <= 0xDBFF:
            high, end = m.start(), m.end()
        elif code is not None and 0xDC00 <= code <= 0xDFFF:
            return m.start()
    return high
