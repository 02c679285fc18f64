"""Where each value of a JSON text stands, so that a problem found by path can name its line.

The standard library's parser gives no positions, and the well-kept JSON libraries that do
(json-source-map and the like) neither report duplicate keys nor bound nesting, so this is a
small scanner of its own. It walks the text with an explicit stack (no recursion, so deep
nesting cannot crash it) and expects text that `json.loads` has accepted or nearly accepted.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from .rules import Location

_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"')
_SCALAR = re.compile(r"true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")


class Duplicate(NamedTuple):
    """A key given twice in one object: where the second one stands."""

    location: Location
    offset: int


class Positions(NamedTuple):
    offsets: dict[Location, int]  # where each value starts
    duplicates: list[Duplicate]


def scan(text: str) -> Positions:
    """The offset of every value by its path, and every duplicate key; stops quietly at bad JSON."""
    offsets: dict[Location, int] = {}
    duplicates: list[Duplicate] = []
    # Each open container: (its path, its next index or the keys seen so far).
    stack: list[tuple[Location, int | set[str]]] = []
    i = 0
    expect_value = True
    try:
        while True:
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]  # matches the empty string too
            if expect_value:
                path: Location = ()
                if stack:
                    parent, state = stack[-1]
                    if isinstance(state, int):  # in a list
                        path = (*parent, state)
                        stack[-1] = (parent, state + 1)
                    else:  # in an object: the key, then its value
                        match = _STRING.match(text, i)
                        if match is None:
                            break
                        key: str = json.loads(match.group())
                        path = (*parent, key)
                        if key in state:
                            duplicates.append(Duplicate(path, i))
                        state.add(key)
                        i = _SPACE.match(text, match.end()).end() + 1  # type: ignore[union-attr]  # past ':'
                        i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
                offsets[path] = i
                ch = text[i : i + 1]
                if ch in ("{", "["):
                    stack.append((path, set() if ch == "{" else 0))
                    i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
                    if text[i : i + 1] in ("}", "]"):
                        stack.pop()
                        i += 1
                        expect_value = False
                    continue
                match = _STRING.match(text, i) or _SCALAR.match(text, i)
                if match is None:
                    break
                i = match.end()
                expect_value = False
            else:
                if not stack:
                    break
                ch = text[i : i + 1]
                if ch == ",":
                    i += 1
                    expect_value = True
                elif ch in ("}", "]"):
                    stack.pop()
                    i += 1
                else:
                    break
    except IndexError:
        pass
    return Positions(offsets, duplicates)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def nearest(offsets: dict[Location, int], location: Location) -> int:
    """The offset of a location, or of its nearest ancestor that the text has (a missing field's object)."""
    while location and location not in offsets:
        location = location[:-1]
    return offsets.get(location, 0)
