"""Text matching: accent-, case- and punctuation-insensitive keys, and 'did you mean'."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """'Operation  Última-Milla!' -> 'operation ultima milla'."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


def suggest(wanted: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """The candidates closest to `wanted`, best first, compared on folded text."""
    import difflib  # only when something was not found

    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(fold(candidate), candidate)
    key = fold(wanted)
    close = difflib.get_close_matches(key, list(by_key), n=limit, cutoff=0.5)
    if not close and key:
        close = [k for k in by_key if key in k or k in key][:limit]
    return [by_key[k] for k in close]
