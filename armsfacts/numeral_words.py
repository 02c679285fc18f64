"""The words written next to a number's digits that read into its value: its scale ("44 million", "600 mil"), a
share's percent ("70 por ciento") and the qualifier that bounds it ("more than", "casi"), for numerals.py.

A Spanish line quoted in an English text is read as Spanish writes its numbers ("5 mil 339 armas" is no 5 and 339):
an English text reads Spanish's words too (READ_IN). None of them is an English word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from .bound_words import ADDING, QUALIFIERS
from .sentences import word_table
from .vocab import Bound

WINDOW = 60  # how far around a number its qualifier, scale and kind are looked for
READ_IN = {"en": ("en", "es"), "es": ("es",)}  # the languages whose number words a text of each language is read in


def _powers(table: str) -> dict[str, int]:  # "thousand: 3" is 10**3
    return {word: 10 ** int(power) for word, power in word_table(table).items()}


# After a figure: a half ("1 millón y medio", not "entre 200 mil y medio millón", a range)
HALF_BEFORE_SCALE = re.compile(r"\s+and\s+a\s+half(?=\s+(?:million|billion)\b)", re.IGNORECASE)
HALF_MORE = re.compile(r"\s+(?:y\s+medio|and\s+a\s+half)(?!\w)(?!\s+(?:mill|bill))", re.IGNORECASE)
SCALES = {
    "en": _powers("hundred: 2\nthousand, k: 3\nmillion, m, mn: 6\nbillion, bn, b: 9\ntrillion: 12"),
    "es": _powers("mil: 3\nmillón, millon, millones, mdd, mdp: 6\nmil millones: 9\nbillón, billones: 12"),
}
# Scale words that also say the money is in dollars ("100 mdd": millones de dólares).
DOLLAR_SCALES = ("mdd",)
PERCENT = {
    "en": ("%", "percent", "per cent", "pct", "percentage points"),
    "es": ("%", "por ciento", "puntos porcentuales"),
}


T = TypeVar("T")


def _read_in(lang: str, tables: Mapping[str, Iterable[T]]) -> list[T]:
    """A table's entries for a text's language, those of each language it is read in (READ_IN), each once, in order."""
    return list(dict.fromkeys(entry for each in READ_IN[lang] for entry in tables[each]))


# Scale words after a figure, longest first, compiled once. A letter is a scale only glued to the figure ("44M",
# not "44 m" of metres); a word may follow one line break and a wrapped item's indent ("600\n  mil"), not two, or a
# hyphen ("$10-billion"). _WRAPPED: spaces, at most one line break, the next line's indent.
_WRAPPED = r"(?:[^\S\n]*\n?[^\S\n]*|-)"
_NOT_COMPOUND = {100: r"(?!-[^\W\d_])"}  # "33-hundred" is 3,300; "2 hundred-round drums" are two drums
_SCALE_PATTERNS = {
    lang: [
        (
            word,
            factor,
            re.compile(
                rf"{'' if len(word) == 1 else _WRAPPED}{re.escape(word)}s?(?!\w){_NOT_COMPOUND.get(factor, '')}", re.I
            ),
        )
        for word, factor in sorted(
            _read_in(lang, {each: SCALES[each].items() for each in SCALES}), key=lambda item: -len(item[0])
        )
    ]
    for lang in READ_IN
}


def scale_after(text: str, end: int, lang: str) -> tuple[int, int, bool]:
    """Where a figure's scale word ends, its factor, and whether it says dollars; (end, 1, False) for none."""
    for word, factor, pattern in _SCALE_PATTERNS[lang]:
        found = pattern.match(text[end : end + WINDOW])
        if found:
            return end + found.end(), factor, word in DOLLAR_SCALES
    return end, 1, False


_PERCENT_PATTERNS = {
    lang: [re.compile(rf"(?:\s*|-){re.escape(word)}(?!\w)", re.IGNORECASE) for word in _read_in(lang, PERCENT)]
    for lang in READ_IN  # "60-percent" too
}


def percent_after(text: str, end: int, lang: str) -> int | None:
    """Where the words that make a figure a share end, or None."""
    for pattern in _PERCENT_PATTERNS[lang]:
        found = pattern.match(text[end : end + WINDOW])
        if found:
            return end + found.end()
    return None


# Each qualifier as the last words before a figure, compiled once: every number of a draft tries them all
_QUALIFIER_PATTERNS = {
    lang: [
        (phrase, bound, re.compile(rf"(?<!\w){re.escape(phrase)}\s+$", re.IGNORECASE))
        for phrase, bound in _read_in(lang, QUALIFIERS)
    ]
    for lang in READ_IN
}
# ... and all of them at once: most numbers have none, found in one search rather than one for each.
_ANY_QUALIFIER = {
    lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(phrase) for phrase, _, _ in found) + r")\s+$", re.IGNORECASE)
    for lang, found in _QUALIFIER_PATTERNS.items()
}


def qualifier_before(text: str, start: int, lang: str) -> tuple[int, Bound]:
    """Where the figure's written form starts, and its bound, from the words just before it."""
    before = text[max(0, start - 40) : start]
    if _ANY_QUALIFIER[lang].search(before) is None:
        return start, "exact"
    for phrase, bound, pattern in _QUALIFIER_PATTERNS[lang]:
        found = pattern.search(before)
        if found and phrase in ADDING and re.search(r"(?:^|[,;:(])\s*$", before[: found.start()]):
            continue  # ", más 12 mil 573": after a comma, a bare "más" adds ("plus"), it bounds nothing
        if found and phrase == "up to" and re.search(r"(?i)\badd(?:s|ed|ing)?\s*$", before[: found.start()]):
            continue  # "the counts add up to 31,166": a sum, no bound
        if found:
            return start - (len(before) - found.start()), bound
    return start, "exact"
