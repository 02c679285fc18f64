"""What one recorded figure's values say of a claim (`Judgment`), and the verdict on a number (`Outcome`).

`verdicts.py` makes a Judgment of each candidate it asks about and picks the Outcome from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .bearing import near_miss
from .matches import Match
from .models import Fact
from .profiles import Profile
from .vocab import NearMiss, Verdict


@dataclass(frozen=True)
class Judgment:
    """One candidate figure's values against a claim: each source's verdict, and the slip that may explain a miss."""

    match: Match
    verdicts: dict[str, Verdict]  # by source id; built once, never changed
    kind_slip: NearMiss | None = None  # a change read as a share, or the reverse
    claimed_value: float = 0.0  # the claim's value, signed as the text reads it, in the figure's unit
    exact_claim: bool = False  # a claim of one value ("3,377", "about 3,300"), not a bound or a range
    far: bool = False  # OTHER_SCALE times from every printing of the figure (a share: OTHER_SHARE_SCALE)
    # A value to look for a slipped digit in (the claim as written, where a source rules it out), and
    # whether it may have one: only the sign of a round number slips. Looked for only when asked (`near`).
    slip_from: float | None = None
    digits: bool = True

    @cached_property
    def near(self) -> NearMiss | None:
        """The slip of the pen that may explain a miss: a kind slip, or a digit slipped from a printing."""
        if self.kind_slip is not None or self.slip_from is None:
            return self.kind_slip
        return near_miss(self.slip_from, [float(p.value) for p in self.profile.printed], self.digits)

    @property
    def fact(self) -> Fact:
        return self.match.profile.fact

    @property
    def profile(self) -> Profile:
        return self.match.profile

    @property
    def score(self) -> float:
        return self.match.score

    @property
    def identified(self) -> bool:
        """Something beyond the label points at the figure; a slip of the pen from it counts."""
        return self.match.identified or self.near is not None

    @property
    def verdict(self) -> Verdict:
        values = set(self.verdicts.values())
        if values == {"supported"}:
            return "supported"
        if values == {"contradicted"}:
            return "contradicted"
        if "supported" in values:  # one side matches; "disputed" when another rules it out
            return "disputed" if "contradicted" in values else "supported"
        return "unverified"  # no side matches it, and not every side rules it out


class Outcome(NamedTuple):
    """The verdict on a number: the figures judged against, the sources agreed with, the slip, and why."""

    verdict: Verdict
    chosen: list[Judgment]
    agrees_with: list[str]
    near_miss: NearMiss | None
    note: str
