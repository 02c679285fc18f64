"""Reading large data files fact by fact, for commands that show only some of the facts.

A whole-file validation holds the file's parsed JSON tree and every fact at once: for
100,000 facts that is several hundred MiB. Here the facts array is cut into pieces of about
a megabyte, each validated as JSON on its own; each fact is checked and then kept only if
the command needs it. A piece ends where `}, {` stands between two facts; should such a
place lie inside a string instead, the piece is not valid JSON and the fast path gives up.
Everything else in the file is validated as JSON too, so both paths read a file alike.

This is a fast path for data that is valid: it gives up (returns None) on anything unusual
or wrong, and the caller then takes the exact path, whose messages say precisely what is
wrong and where. So both paths accept and refuse the same files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .dataset import TABLES, Keep, read, stack
from .models import Dataset, DatasetFile, Fact, dataset_problems, percent_problem

PIECE = 1 << 20  # characters of the facts array validated at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_FACTS = TypeAdapter(list[Fact])


class _GiveUp(Exception):
    """Something the fast path does not handle; the exact path will."""


def _reject_constant(name: str) -> Any:
    raise _GiveUp(f"{name} is not JSON")  # NaN and Infinity, which the json module would accept


class _Facts:
    """What the checks across files need of every fact, kept or not: ids and references."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.refs: dict[str, set[str]] = {"metric": set(), "initiative": set(), "source": set(), "agency": set()}
        self.units: set[tuple[str, str]] = set()
        self.impossible = False

    def add(self, facts: Sequence[Fact]) -> None:
        # map and attrgetter iterate in C: this runs for every fact of a large file
        self.ids.extend(map(attrgetter("id"), facts))
        self.refs["metric"].update(map(attrgetter("metric"), facts))
        self.units.update(zip(map(attrgetter("metric"), facts), map(attrgetter("unit"), facts), strict=True))
        self.refs["initiative"].update(map(attrgetter("initiative"), facts))
        self.refs["initiative"].discard(None)
        self.refs["source"].update(map(attrgetter("source"), facts))
        reports = chain.from_iterable(map(attrgetter("also_reported_by"), facts))
        self.refs["source"].update(map(attrgetter("source"), reports))
        self.refs["agency"].update(chain.from_iterable(map(attrgetter("agencies"), facts)))
        if any(percent_problem(f) for f in facts if f.unit == "percent"):
            self.impossible = True

    def clean(self, entities: DatasetFile) -> bool:
        """True when the facts pass every check dataset_problems makes of them."""
        if self.impossible or len(set(self.ids)) != len(self.ids):
            return False
        known = {
            "metric": {m.id for m in entities.metrics},
            "initiative": {i.id for i in entities.initiatives},
            "source": {s.id for s in entities.sources},
            "agency": {a.code for a in entities.agencies},
        }
        if any(not used <= known[kind] for kind, used in self.refs.items()):
            return False
        unit_of = {m.id: m.unit for m in entities.metrics}
        return all(unit_of[metric] in (None, unit) for metric, unit in self.units)


_FACTS_MEMBER = re.compile(rb'"facts"[ \t\n\r]*:[ \t\n\r]*\[')
_BETWEEN_FACTS = re.compile(rb"\}[ \t\n\r]*,[ \t\n\r]*\{")


def _read_file(path: Path, keep: Keep, seen: _Facts, metrics: list[Any]) -> DatasetFile:
    """One file: its facts array streamed, the rest validated as JSON; raises _GiveUp.

    The file stays bytes: the pieces of the facts array are validated straight from them,
    and only what lies outside the array (the other lists) is decoded, so memory holds the
    file once. The file with its facts array emptied must then be valid on its own: that
    also proves the array found was the top-level "facts" (models allow no other).
    """
    raw = read(path)
    member = _FACTS_MEMBER.search(raw)
    if member is None:
        raise _GiveUp("no facts array")
    try:
        head = raw[: member.start()].decode("utf-8")  # '{', the members before the facts, ','
        known = metrics + list(DatasetFile.model_validate_json(head + '"facts": []}').metrics)
        kept: list[Fact] = []
        tail = _stream_facts(raw, member.end(), keep, seen, known, kept)
        part = DatasetFile.model_validate_json(head + '"facts": []' + tail)
    except (ValueError, ValidationError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _GiveUp(str(exc)) from None
    if part.facts:
        raise _GiveUp("a second facts array")
    values: dict[str, Any] = {name: getattr(part, name) for name in ("schema_version", *TABLES)}
    return DatasetFile.model_construct(**(values | {"facts": kept}))


def _stream_facts(raw: bytes, i: int, keep: Keep, seen: _Facts, metrics: list[Any], kept: list[Fact]) -> str:
    """Read the facts array from offset i (just inside '['); return the text after its ']'."""
    data = {"metrics": metrics}

    def take(piece: bytes | str) -> None:
        facts = _FACTS.validate_json(piece)
        seen.add(facts)
        kept.extend(f for f in facts if keep(f, data))

    while (cut := _BETWEEN_FACTS.search(raw, i + PIECE)) is not None:
        take(b"[" + raw[i : cut.start() + 1] + b"]")
        i = cut.end() - 1  # at the next fact's '{'
    # The last piece, decoded: element by element, to find where the array ends.
    text = raw[i:].decode("utf-8")
    decoder = json.JSONDecoder(parse_constant=_reject_constant)
    items: list[str] = []
    j = _skip(text, 0)
    while text[j : j + 1] != "]":
        _, end = decoder.raw_decode(text, j)
        items.append(text[j:end])
        j = _skip(text, end)
        if text[j : j + 1] == ",":
            j = _skip(text, j + 1)
        elif text[j : j + 1] != "]":
            raise _GiveUp(f"expected ',' or ']' at offset {i + j}")
    take("[" + ",".join(items) + "]")
    return text[j + 1 :]


def _skip(text: str, i: int) -> int:
    match = _SPACE.match(text, i)
    return match.end() if match else i


def load_kept(files: Sequence[Path], keep: Keep) -> Dataset | None:
    """The data with only the facts `keep` accepts, or None when the exact path must decide."""
    seen = _Facts()
    parts: list[DatasetFile] = []
    metrics: list[Any] = []
    try:
        for path in files:
            part = _read_file(path, keep, seen, metrics)
            metrics.extend(part.metrics)
            parts.append(part)
    except _GiveUp:
        return None
    values, _ = stack((None, part, None) for part in parts)
    entities = DatasetFile.model_construct(**(values | {"facts": []}))
    if dataset_problems(entities) or not seen.clean(entities):
        return None
    return Dataset.model_construct(**values)
