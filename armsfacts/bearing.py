"""How a claim's interval bears on a recorded figure's printings (agreement.py's intervals), read once as the sides
of printings that agree (`Side`).

`verdicts.py` judges a number with these: whether printings that agree support or contradict it, whether
it lies at another scale, whether a bound holds of a figure without saying it, and the slip of the pen
between a claim and a printing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .agreement import INF, LOWER_BOUNDS, PRECISE_DIGITS, UPPER_BOUNDS, Interval, interval, precision, slip
from .models import Fact, Figure
from .numerals import Numeral
from .vocab import Bound, NearMiss, Verdict

STEP_DIGITS = 6  # a bound's rounding step is looked for this many powers of ten below its leading digit

LOOSE_BOUND = 1.5  # "more than N" supports a figure up to this many times N; beyond, it says nothing of it
LOOSE_POINTS = 5.0  # ... and a share up to this many points above N: "more than 70 %" says nothing of 87 %
# A count or amount this many times above or below every printing of a figure, with no slip of the pen to
# explain it, is of another quantity: one seizure against an operation's total, a lawsuit's damages against
# a yearly trade. A wrong figure people print (a digit changed, a misremembered total) stays well within it.
OTHER_SCALE = 3.0
# A share this many times below or above every printing of a share is of a narrower or another group:
# 0.1 % of seized guns that are .50-calibre rifles is not the 43 % that are rifles. A share people get
# wrong (70 % for 90 %, 2.2 % for 22 %) stays well within it.
OTHER_SHARE_SCALE = 30.0
CUT_STEP = 1000  # a round printing of thousands or more may cut its figure's last digits: "19 mil" for 19,577


@dataclass(frozen=True)
class Side:
    """Printings of a figure that agree, read once: the values they all allow, and the side's own value.

    Printings that agree pin the figure to the values they all allow ("more than 70 %" and "70 %": 70 %);
    the side's own value is its exact printing, or its first ("nearly 44 million" is taken at 44 million).
    A likely misprint (one outlet's slipped digit among agreeing printings) is on no side.
    """

    sources: tuple[str, ...]
    printed: tuple[Figure, ...]
    pinned: Interval
    point: Interval


def sides(f: Fact) -> tuple[Side, ...]:
    """The sides of a figure's printings (agreement.py), each with its intervals."""
    agreement = f.printings_agree
    found = []
    for side in agreement.sides:
        kept = tuple(sid for sid in side if agreement.misprint is None or sid != agreement.misprint.source)
        if not kept:
            continue
        printed = tuple(f.printed_by(sid) for sid in kept)
        allowed = [interval(p.value, p.bound, p.low, p.high) for p in printed]
        pinned = Interval(max(i.low for i in allowed), min(i.high for i in allowed))
        own = next((p for p in printed if p.bound == "exact"), printed[0])
        found.append(Side(kept, printed, pinned, pinned if own.bound == "range" else Interval(own.value, own.value)))
    return tuple(found)


AS_PRINTED = ("exact", "approximate")  # printings a claim of their value says as they do (not "more than 1,436")


def compare(claim: Interval, side: Side, value: float | None = None, bound: Bound = "exact") -> Verdict:
    """What printings that agree (one side of a figure) say of a claim: supported, contradicted, or cannot decide.

    A claim that holds all the values the side allows, or the side's own value, is supported; one
    that allows none is contradicted (`Side`). The side's own value bears out no claim bounded the other
    way from every printing, past it (its `value` and `bound`): "almost 17,000" of a recorded "more than 17,000".
    """
    if claim.contains(side.pinned) or (claim.contains(side.point) and not _past(value, bound, side)):
        return "supported"
    if claim.low == claim.high and any(p.bound in AS_PRINTED and p.value == claim.low for p in side.printed):
        return "supported"  # as a source of the side printed it: "47 percent" beside a study's 46.7 %
    if claim.low == claim.high and any(_cut_short(p, claim.low) for p in side.printed):
        return "unverified"
    return "unverified" if claim.overlaps(side.pinned) else "contradicted"


def _cut_short(p: Figure, value: float) -> bool:
    """Whether a round printing of thousands or more may be the value with its last digits cut, not rounded: "19 mil"
    for the 19,577 guns traced in 2019. A value above it within its step is no contradiction of it."""
    if p.bound != "exact" or value <= p.value:  # (asked of most claims a side rules out: precision() only past this)
        return False
    step = 2 * precision(p.value)
    return step >= CUT_STEP and value < p.value + step


def _past(value: float | None, bound: Bound, side: Side) -> bool:
    """Whether a claim bounded one way says no more than the side's own value, which the side's printings bound the
    other way: below 17,000 ("almost", "fewer than") where every printing is above it ("more than 17,000")."""
    point = side.point.low
    if value is None:
        return False
    if bound in UPPER_BOUNDS and all(p.bound in LOWER_BOUNDS for p in side.printed):
        return value <= point
    if bound in LOWER_BOUNDS and all(p.bound in UPPER_BOUNDS for p in side.printed):
        return value >= point
    return False


def far(claim: Interval, value: float, scale: float = OTHER_SCALE) -> bool:
    """Whether a claim lies `scale` times above or below a positive recorded value."""
    return value > 0 and (claim.low > value * scale or 0 <= claim.high < value / scale)


def loosely(verdict: Verdict, claim: Interval, printed: Sequence[Figure], percent: bool) -> Verdict:
    """A bound far from the figure holds without saying it: "more than 10,000" of a recorded 600,000.

    People write "more than N" of a figure near N; of one many times N (a share many points
    above N) it is true but says nothing of it, so it supports nothing. The figure is as near as the nearest of
    the printings that agree on it: "over 340,000" is one outlet's printing of a figure another prints "up to 597,000".
    """
    if verdict != "supported":
        return verdict
    # (a range, "200,000 to 500,000 a year", is as far from a bound as its nearer end)
    low, high = min(ends(fig)[0] for fig in printed), max(ends(fig)[1] for fig in printed)
    if claim.high == INF and claim.low > 0:
        reach = claim.low + LOOSE_POINTS if percent else claim.low * LOOSE_BOUND
        return "unverified" if low > reach else verdict
    if claim.low == -INF and high > 0:
        reach = high + LOOSE_POINTS if percent else high * LOOSE_BOUND
        return "unverified" if claim.high > reach else verdict
    return verdict


def ends(fig: Figure | Numeral) -> tuple[float, float]:
    """A printed or written figure's two ends: a range's low and high, else its value twice."""
    if fig.bound == "range" and fig.low is not None and fig.high is not None:
        return float(fig.low), float(fig.high)
    return float(fig.value), float(fig.value)


def near_miss(value: float, recorded: Sequence[float], digits: bool = True) -> NearMiss | None:
    """The slip of the pen that turns a recorded figure into the claimed one, if there is one.

    A round claim (digits False) is rounded, not mistyped: only its sign can slip.
    """
    for r in recorded:
        found = slip(value, r)
        if found is not None and (digits or found == "sign"):
            return found
    return None


def rounding_step(value: float) -> float:
    """The roundest step a bound is a whole number of: 11,000,000 -> 1,000,000; 1,500,000 -> 500,000; 70 -> 10."""
    power = math.floor(math.log10(value))
    for exponent in range(power, power - STEP_DIGITS, -1):
        for multiple in (5.0, 2.5, 2.0, 1.0):
            step = multiple * 10.0**exponent
            if math.isclose(value / step, round(value / step)):
                return step
    return 10.0 ** (power - STEP_DIGITS)


def precise(value: float, digits: int = PRECISE_DIGITS) -> bool:
    """Whether a whole value has `digits` significant digits or more (2,012,573, 1,436): a printing that bears out a
    number written so finely is no coincidence."""
    return value == round(value) and len(str(round(abs(value))).rstrip("0")) >= digits


def finely(value: float) -> bool:
    """Whether a value has a fraction and three significant digits or more: 32.5, 72.46 (not 2.2)."""
    return value != round(value) and len(f"{abs(value):g}".replace(".", "").strip("0")) >= 3
