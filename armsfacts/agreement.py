"""Printed figures as intervals, the slips of the pen between them, and whether printings agree.

One implementation serves every judgment of numbers: the agreement of a figure's printings
(`stats --disputed`, tables, the page, the database) and `check`'s comparison of a draft's
claim with the record. Plain values only (no models), so that the models can use it.

A printing is the interval of values it allows:
- exact, at its printed precision: a figure ending in two zeros or more is read as rounded, to
  two significant digits at least ("8,500" is 8,450-8,550; "28 million" is 27.5-28.5 million);
  one ending in one zero is a count ("620" is 620, not 615-625);
- more than / at least N: N and up. Closed on purpose: "more than 1,436" printed of a count of
  1,436 is loose speech, not another number;
- nearly N: up to NEARLY below N; about N: within ABOUT of N (ABOUT_PRECISE written to PRECISE_DIGITS
  digits or more: "some 1,319" is not rounded); up to N: N and below;
- a range: its two ends.
Printings of the same quantity whose intervals overlap agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .vocab import Agreement, Bound, NearMiss

ABOUT = 0.10  # "about 3,300" is 2,970-3,630
ABOUT_PRECISE, PRECISE_DIGITS = 0.02, 4  # "some 1,319", written to four digits or more, is 1,293-1,345
NEARLY = 0.05  # "nearly 44 million" is 41.8-44 million
MIN_SLIP_DIGITS = 3  # "5" for "3" is a different number, not a slip of the pen
SIGNIFICANT = 2  # a round figure is read to at least this many significant digits
ROUND_ZEROS = 2  # trailing zeros that make a figure read as rounded: officials print counts like 620 exactly
INF = float("inf")
LOWER_BOUNDS: tuple[Bound, ...] = ("more_than", "at_least")  # N and up
UPPER_BOUNDS: tuple[Bound, ...] = ("nearly", "at_most")  # up to N


@dataclass(frozen=True)
class Interval:
    """The values a printed figure allows, both ends included; an open end is infinite."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def contains(self, other: Interval) -> bool:
        return self.low <= other.low and other.high <= self.high


def precision(value: float) -> float:
    """How far a figure printed round may sit from the truth: 3,300 is 3,250-3,350; 3,337 is exact.

    ROUND_ZEROS trailing zeros or more are read as rounding to no fewer than SIGNIFICANT digits:
    3,000 is 2,950-3,050, not 2,500-3,500.
    """
    if value == 0 or not float(value).is_integer():
        return 0.0
    digits = str(abs(int(value)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10 ** min(zeros, max(len(digits) - SIGNIFICANT, 0)) / 2 if zeros >= ROUND_ZEROS else 0.0


def interval(value: float, bound: Bound, low: float | None = None, high: float | None = None) -> Interval:
    """The interval a printed figure stands for (see the module's docstring)."""
    r = precision(value) if bound != "range" else 0.0
    size = abs(value)
    if bound in LOWER_BOUNDS:
        return Interval(value, INF)
    if bound == "at_most":
        return Interval(-INF, value)
    if bound == "approximate":
        about = size * (ABOUT_PRECISE if _significant(value) >= PRECISE_DIGITS else ABOUT)
        return Interval(value - about - r, value + about + r)
    if bound == "nearly":
        return Interval(value - size * NEARLY - r, value + r)
    if bound == "range" and low is not None and high is not None:
        return Interval(float(low), float(high))
    return Interval(value - r, value + r)


def _significant(value: float) -> int:
    """How many significant digits a figure is written to: 3,300 two, 1,319 four, 33.3 three."""
    digits = str(abs(value)).removesuffix(".0").replace(".", "").lstrip("0")
    return len(digits.rstrip("0")) if float(value).is_integer() else len(digits)


def slip(value: float, recorded: float) -> NearMiss | None:
    """The slip of the pen that turns one whole figure into another, if one does: 3,823 -> 1,823."""
    if recorded and value == -recorded:
        return "sign"
    whole = float(value).is_integer() and float(recorded).is_integer()
    if whole and min(abs(value), abs(recorded)) < 10 ** (MIN_SLIP_DIGITS - 1):
        return None
    if whole and abs(value - recorded) == 1000:
        return "off_by_thousand"
    if whole and (value == recorded * 1000 or value * 1000 == recorded):
        return "factor_of_thousand"
    (a, places), (b, recorded_places) = _written(value), _written(recorded)
    # figures with a fraction slip as their digits do, written to the same places: 75.8 for 95.8 (not 7.6 for 7.62)
    if not whole and (places != recorded_places or min(len(a), len(b)) < MIN_SLIP_DIGITS):
        return None
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]]):
            return "transposition"
        if len(diff) == 1:
            return "wrong_digit"
    if len(a) + 1 == len(b) and any(b[:i] + b[i + 1 :] == a for i in range(len(b))):
        return "dropped_digit"
    if len(a) == len(b) + 1 and any(a[:i] + a[i + 1 :] == b for i in range(len(a))):
        return "extra_digit"
    return None


def _written(value: float) -> tuple[str, int]:
    """A figure's significant digits as written, and how many of them follow the point: 75.8 is ('758', 1)."""
    shown = f"{abs(value):f}".rstrip("0").rstrip(".")
    places = len(shown.partition(".")[2])
    return shown.replace(".", "").lstrip("0"), places


@dataclass(frozen=True)
class Printing:
    """One source's printing of a figure."""

    source: str
    value: float
    bound: Bound
    interval: Interval


@dataclass(frozen=True)
class Misprint:
    """A lone printing that a slip of the pen explains: `source` printed `value` for `likely`."""

    source: str
    value: float
    likely: float
    slip: NearMiss


@dataclass(frozen=True)
class Verdict:
    """What a figure's printings say together, and why."""

    label: Agreement
    sides: tuple[tuple[str, ...], ...]  # sources whose printings agree, a group a side; one side unless disputed
    misprint: Misprint | None = None


def _widest_agreement(printings: Sequence[Printing]) -> list[Printing]:
    """The most printings that one value satisfies (the first such value from below)."""
    best: list[Printing] = []
    for p in printings:  # a common point of intervals can be taken at one of their low ends
        point = p.interval.low
        agreeing = [q for q in printings if q.interval.low <= point <= q.interval.high]
        if len(agreeing) > len(best):
            best = agreeing
    return best


def _sides(printings: Sequence[Printing]) -> tuple[tuple[str, ...], ...]:
    """The printings in groups that agree within, the largest first."""
    left = list(printings)
    sides: list[tuple[str, ...]] = []
    while left:
        group = _widest_agreement(left) or left[:1]
        sides.append(tuple(dict.fromkeys(p.source for p in group)))
        left = [p for p in left if all(p is not q for q in group)]
    return tuple(sides)


def agree(printings: Sequence[Printing]) -> Verdict:
    """single_source, corroborated, likely_misprint or disputed, with the sources on each side.

    A lone printing outside an agreement of two or more, one slip of the pen away from one of
    them, is a likely misprint; only printings that cannot all be true otherwise are a dispute.
    """
    sources = tuple(dict.fromkeys(p.source for p in printings))
    if len(sources) <= 1:
        return Verdict("single_source", (sources,))
    widest = _widest_agreement(printings)
    if len(widest) == len(printings):
        return Verdict("corroborated", (sources,))
    outside = [p for p in printings if all(p is not q for q in widest)]
    if len(widest) >= 2 and len(outside) == 1:
        lone = outside[0]
        for p in widest:
            kind = slip(lone.value, p.value) if p.bound == lone.bound == "exact" else None
            if kind is not None and kind != "sign":
                misprint = Misprint(lone.source, lone.value, p.value, kind)
                return Verdict("likely_misprint", _sides(printings), misprint)
    return Verdict("disputed", _sides(printings))
