"""Finding records by the words people type, not by an exact phrase, and ranking what was found.

The rule, in one place (`search`, `stats --search` and, through synonyms.py, the page follow it):

- Text is folded: case, accents and punctuation ignored; a number's thousands separators are
  dropped, so "8,497" and "8497" are one word.
- The words of a search that carry nothing ("the", "of", "each", "de", "la", "al": STOP_WORDS
  in synonyms.py) are dropped; what remains are the search's words.
- A search word matches a word of a record when the two are the same word or share a group of
  synonyms.py ("guns" ~ "firearms" ~ "armas"), when they share a stem (an English or Spanish
  ending taken off: "trafficked" ~ "trafficking", "traficadas" ~ "traficado"), or when the search
  word, of MIN_PREFIX letters or more, begins the record's word ("salaz" ~ "salazar"). Numbers
  match whole numbers only.
- A record is found when it matches at least two thirds of the search's words, rounded up
  (`needed`): one of one, two of two, two of three, three of four.
- Found records are ranked: more of the search's words matched first; then more of them in the
  record's name (a figure's is its metric's label: a figure counted "per year" ranks above one
  whose description mentions a fiscal year); then rarer words first, each matched word weighing
  log(N / n), where N records were searched and n of them hold the word (a word every record
  holds weighs nothing); then in the order they were given.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

from .synonyms import STOP_WORDS, alternatives

T = TypeVar("T")

_NOT_WORD = re.compile(r"[\W_]+")
# A comma or point between digits that groups thousands: "8,497", "1,234,567", "28.000".
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}(?!\d))")
# A search word this long or longer also finds the words it begins ("salaz" finds "salazar");
# shorter, it would find too much ("arm" would find "armored" and "armed").
MIN_PREFIX = 4
# Endings taken off to find a word's stem: first a plural, then one ending of a verb form or of
# Spanish gender ("seizures" ~ "seizure", "traficadas" ~ "traficado", "traced" ~ "tracing"). A
# stem keeps at least MIN_STEM letters, so short words ("guns", "arma") stay whole.
PLURALS = ("es", "s")
ENDINGS = ("ing", "ed", "a", "o", "e")
MIN_STEM = 4


@functools.lru_cache(maxsize=8192)  # a draft's words are folded where each rule reads them: once is enough
def fold(text: str) -> str:
    """'Operation  Última-Milla!' -> 'operation ultima milla'."""
    decomposed = unicodedata.normalize("NFKD", text)
    # accents are among the few characters outside ASCII: only those are looked at (a draft is long)
    bare = decomposed if decomposed.isascii() else _NON_ASCII.sub(_unaccented, decomposed)
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unaccented(found: re.Match[str]) -> str:
    """Nothing for a combining accent, the character itself otherwise."""
    return "" if unicodedata.combining(found.group()) else found.group()


def words(text: str) -> list[str]:
    """The folded words of a text, numbers without thousands separators: 'Más de 8,497 armas' ->
    ['mas', 'de', '8497', 'armas']."""
    return fold(_THOUSANDS.sub("", text)).split()


def stem(word: str) -> str:
    """A word without its plural and one more ending, where enough of it is left: 'traficadas' -> 'traficad'.

    A double s is no plural ('cross' stays); numbers stay whole.
    """
    if word.isdigit():
        return word
    for plural in PLURALS:
        if word.endswith(plural) and not word.endswith("ss") and len(word) - len(plural) >= MIN_STEM:
            word = word[: -len(plural)]
            break
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def search_words(text: str) -> list[str]:
    """The words of a search that carry something, each once, in the order typed."""
    return list(dict.fromkeys(w for w in words(text) if w not in STOP_WORDS))


def needed(count: int) -> int:
    """How many of a search's `count` words a record must match: two thirds, rounded up."""
    return -(-2 * count // 3)


class _Word(NamedTuple):
    stems: frozenset[str]  # the stems of the word and of its synonyms
    prefix: str | None  # the word as typed, where long enough to find the words it begins


def _search_word(word: str) -> _Word:
    stems = frozenset(stem(w) for w in (word, *alternatives(word)))
    prefix = word if len(word) >= MIN_PREFIX and not word.isdigit() else None
    return _Word(stems, prefix)


class Record(NamedTuple):
    """A record's words, made once per search: their stems, and the words themselves for prefixes."""

    stems: frozenset[str]
    words: frozenset[str]


def record_words(texts: Iterable[str | None]) -> Record:
    found = {w for text in texts if text for w in words(text)}
    return Record(frozenset(stem(w) for w in found), frozenset(found))


def _holds(record: Record, word: _Word) -> bool:
    if word.stems & record.stems:
        return True
    prefix = word.prefix
    return prefix is not None and any(w.startswith(prefix) for w in record.words)


class Found(NamedTuple, Generic[T]):
    """A record found, with which of the search's words it matched, how many in its name, and their weight."""

    item: T
    matched: tuple[str, ...]
    in_name: int
    weight: float


class Search:
    """A search's words, ready to be matched against records' words."""

    def __init__(self, text: str) -> None:
        self.words = search_words(text)
        self._parsed = [_search_word(w) for w in self.words]

    def matched(self, record: Record) -> tuple[str, ...]:
        """The search's words the record holds."""
        return tuple(w for w, parsed in zip(self.words, self._parsed, strict=True) if _holds(record, parsed))

    def rank(
        self,
        items: Sequence[T],
        texts: Callable[[T], Iterable[str | None]],
        names: Callable[[T], Iterable[str | None]] = lambda item: (),
    ) -> list[Found[T]]:
        """The items found (see the module's rule), best first; `names` gives the texts that name an
        item (also searched, and a match there ranks higher), `texts` the rest it is found by."""
        if not self.words:
            return []
        records = []
        for item in items:
            named = list(names(item))
            records.append((item, self.matched(record_words([*named, *texts(item)])), named))
        holding = {w: sum(w in matched for _item, matched, _named in records) for w in self.words}
        weights = {w: math.log(len(records) / n) if n else 0.0 for w, n in holding.items()}
        least = needed(len(self.words))
        found = [
            Found(item, matched, len(self.matched(record_words(named))), sum(weights[w] for w in matched))
            for item, matched, named in records
            if len(matched) >= least
        ]
        order = sorted(range(len(found)), key=lambda i: (-len(found[i].matched), -found[i].in_name, -found[i].weight))
        return [found[i] for i in order]  # sorted() is stable: equal ranks keep the items' order
