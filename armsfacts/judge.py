"""What a number's value says of each recorded figure it may be about: the claim read once, each figure judged once.

`verdicts.py` asks a `Judge` for the judgments of the matches it weighs (`candidates.py` found them); most of a
number's candidates are never asked for. A `Judgment` (judgment.py) gives each source's verdict on the claim and
the slip that may explain a miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .agreement import ABOUT, Interval, interval, precision
from .bearing import OTHER_SCALE, OTHER_SHARE_SCALE, Side, compare, far, loosely, precise
from .context import Context
from .judgment import Judgment
from .matches import Match
from .numerals import Numeral
from .profiles import Profile
from .ties import FULL_LABEL, may_say_its_kind, period_tied
from .vocab import NearMiss, Verdict

WHOLE_PERCENT = 0.5  # how far the truth may sit from a share written as a whole percent: half a point
# A count written with a scale word last may be cut there, its lower digits dropped, not rounded: "un millón 679 mil"
# of 1,679,884, "12 mil" of 12,573; and so may one in digits that ends in a whole group of zeros: "92,000" rounds of
# 92,900 (a smaller one, "7,000", is read as rounded only: a cut there reaches too many figures).
SCALE_CUT = (
    (re.compile(r"(?:\bmil|thousand|[0-9]\s?k)$", re.IGNORECASE), 1_000),  # "99K"
    (re.compile(r"(?:mill[oó]n|millones|millions?)$", re.IGNORECASE), 1_000_000),
    (re.compile(r"[0-9]{2}[,. ]?000$"), 1_000),  # "92,000", "12.000"
)
CUT_DIGITS = 10  # ... written to two digits or more before the scale word (or its group of zeros)


def cut_at(written: str) -> float:
    """The scale a count written with a scale word last may be cut at: 1,000 for "12 mil", else 0."""
    return next((scale for word, scale in SCALE_CUT if word.search(written.rstrip())), 0.0)


class Judge:
    """Judges the matches of one number as `verdict_of` asks for them, each once.

    Most of a number's candidates are never in the running (their words fit far worse than the
    best): judging only those asked for keeps `check` on a long draft quick. What the number
    claims is read once, here.
    """

    def __init__(self, n: Numeral, context: Context, cut: float = 0.0) -> None:
        self.n, self.context = n, context
        value = float(n.value)
        if n.percent and (context.fall and value > 0):
            value = -value
        self.value = value  # signed as the text reads it
        size = interval(abs(value), n.bound, n.low, n.high)
        # (see cut_at: at its last digit written, "1.6 millones" at a tenth of a million; written to two digits or
        # more: not "un millón", "medio millón")
        while cut > 1 and value % cut:
            cut /= 10
        if cut >= 1 and n.bound == "exact" and abs(value) >= CUT_DIGITS * cut:
            size = Interval(size.low, max(size.high, abs(value) + cut - 1))
        # "fell by more than 38 %": its words bound the size of the fall, below -38
        self.claim = size if value >= 0 else Interval(-size.high, -size.low)
        # "some 3,787" at its printed precision: a running count's point at another day lies within "about"
        exact = interval(abs(value), "exact", n.low, n.high) if n.bound == "approximate" else size
        if n.bound == "approximate" and cut >= 1 and abs(value) >= CUT_DIGITS * cut:
            exact = Interval(exact.low, max(exact.high, abs(value) + cut - 1))  # at its last digit: "10,96 mil"
        self.as_written = exact if value >= 0 else Interval(-exact.high, -exact.low)
        # in another unit of measure: a converted figure is rounded to its first digit, a bound too ("más de 3.000
        # kilos" of more than 6,500 pounds, 2,948 kg)
        self.loose = self.claim
        if context.measure is not None and n.bound != "range":
            half = 10 ** max(len(str(int(abs(value)))) - 1, 0) / 2
            self.loose = Interval(self.claim.low - half, self.claim.high + half)
        self.digits = precision(n.value) == 0  # a round number is rounded, not mistyped: only its sign can slip
        # a share written as a whole percent may be rounded: "29 percent" of the record's 28.7 %, "71" of its 70.5 %;
        # and so may one the record prints whole ("70 percent" of a text's 70.4): the claim reaches as far, to compare
        self.whole = n.percent and n.bound == "exact" and value.is_integer()
        self.rounded = Interval(self.claim.low - WHOLE_PERCENT, self.claim.high + WHOLE_PERCENT)
        self._done: dict[int, Judgment] = {}

    def __call__(self, m: Match) -> Judgment:
        found = self._done.get(id(m))
        if found is None:
            found = self._done[id(m)] = self._judge(m)
        return found

    def all(self, matches: Iterable[Match]) -> list[Judgment]:
        return [self(m) for m in matches]

    def bearing_out(self, matches: Iterable[Match]) -> list[Judgment]:
        """The judgments of the matches some side of which may bear the claim out (supported or disputed)."""
        return [
            c
            for m in matches
            if self.may_hold(m)
            and not self.printed_by_another(m)
            and (c := self(m)).verdict in ("supported", "disputed")
        ]

    def printed_by_another(self, m: Match) -> bool:
        """Whether another figure of the sentence prints this one: it is that figure's, not the claim's (not where a
        source prints the claim's own value: "353 investigaciones, con cerca de 300 detenidos" are Without a Trace's
        353, though another source prints them "more than 300")."""
        siblings = self.context.siblings
        printed = m.profile.printed
        if not siblings or any(float(p.value) == self.value for p in printed):
            return False
        return any(float(p.value) in siblings for p in printed)

    def may_hold(self, m: Match) -> bool:
        """Whether a value some side of the figure allows or gives lies in the claim: what support needs first."""
        hull = m.profile.hull
        return hull is not None and self._in_unit(m.profile)[0].overlaps(hull)

    def far(self, m: Match) -> bool:
        """Whether the claim lies OTHER_SCALE times from every printing (a share's: OTHER_SHARE_SCALE)."""
        claim = self._in_unit(m.profile)[0]
        scale = OTHER_SHARE_SCALE if m.profile.percent else OTHER_SCALE
        return all(far(claim, float(p.value), scale) for p in m.profile.printed)

    def _in_unit(self, profile: Profile) -> tuple[Interval, float]:
        """The claim and its value in the figure's unit: "almost 3,000 kilograms" against the record's pounds."""
        measure = self.context.measure
        # a day's rate of a yearly flow: 365 times it
        times = (self.context.sub_year_rate or 0) if profile.yearly else 0
        if (measure is None or measure.factor == profile.factor) and not times:
            return self.claim, self.value
        scale = (measure.factor / profile.factor if measure is not None else 1.0) * (times or 1)
        return Interval(self.loose.low * scale, self.loose.high * scale), self.value * scale

    def _kind_apart(self, m: Match) -> NearMiss | None:
        """How the claim's kind differs from the figure's: a share where the record has a change, or the reverse."""
        profile, context = m.profile, self.context
        if profile.change and context.share and not context.rise and not context.fall:
            return "change_as_share"
        if profile.percent and not profile.change and (context.rise or context.fall) and self.n.sign == 0:
            return "share_as_change"
        return None

    def another_kind(self, m: Match) -> bool:
        """Whether the claim is of the other kind (`_kind_apart`) and not of the figure's size: another quantity. The
        figure's value so written is its slip ("65 % of" for a rise of 65 %); "15 per cent of the rifles seized in
        2019" says nothing of a rise of 65 %."""
        return self._kind_apart(m) is not None and not _same_size(self.claim, m.profile.hull)

    def _rounding(self, m: Match, side: Side) -> Verdict:
        """A share the point claim contradicts, where a whole percent on either side may be rounded: a rounding of the
        figure bears out the one the text names and ties to, its period included, and contradicts none."""
        rounded = compare(self.rounded, side)
        if rounded == "contradicted":
            return rounded
        return rounded if m.identified and may_say_its_kind(m) and period_tied(m) else "unverified"

    def _judge(self, m: Match) -> Judgment:
        """The verdict of each source's figure on the claim, and the slip that may explain a miss."""
        n, context, profile = self.n, self.context, m.profile
        claim, claimed_value = self._in_unit(profile)
        if (m.day_unsaid or (profile.months is not None and precise(self.value))) and claim is self.claim:
            # a running count's undated point: "some 3,787" arrested is not 3,854 of days later; nor, written to its
            # last unit, one at a month named: "some 5,376" in a report of 20 July are not the 5,330 of 16 July (an
            # "about 3,850" in May may be the 3,854 of 30 May)
            claim = self.as_written
        verdicts: dict[str, Verdict] = {}
        for side in profile.sides:
            verdict = loosely(compare(claim, side, claimed_value, n.bound), claim, side.printed, profile.percent)
            if verdict == "contradicted" and n.percent and claim is self.claim and (self.whole or _whole(side)):
                verdict = self._rounding(m, side)
            verdicts.update(dict.fromkeys(side.sources, verdict))
        if "supported" not in verdicts.values() and _between_sides(claim, profile.sides):
            # between printings that disagree ("9.797" where sources give 9,790 and 9,798): the record cannot tell
            verdicts = {sid: "unverified" if v == "contradicted" else v for sid, v in verdicts.items()}
        kind_slip = self._kind_apart(m)
        slip_from: float | None = None
        if kind_slip is not None:
            # (of another size, another quantity: `another_kind`)
            verdicts = dict.fromkeys(verdicts, "contradicted" if _same_size(self.claim, profile.hull) else "unverified")
        elif "contradicted" in verdicts.values() and claim is self.claim and not n.vague:
            slip_from = self.value  # a figure converted from another unit is rounded, not mistyped
        if n.vague:  # "thousands of investigations" describes, and cannot be wrong by a figure
            # ... nor right about one its sentence does not tie it to (many figures fall in "thousands"): its operation
            # or years named (a system such as eTrace runs for years: "miles" of guns it never traced are not its 3,600
            # foreign-made of 2011); an agency alone ties none: it has given many figures in the hundreds. Where the
            # record's own printings are as vague, its label said in full ties it ("hundreds of arrests" for the
            # record's "hundreds"; not "thousands of firearms" the ATF lacks data on, for "thousands" seized), with
            # the person who said them named, where one did: the ambassador's "miles" are no state's thousands.
            of_its_time = m.initiative_named and (profile.operation or profile.years is None)
            as_vague = all(p.bound == "range" for p in profile.printed) and m.fit.label >= FULL_LABEL
            as_vague = as_vague and (m.speaker_named or m.speaker_before or not profile.speakers)
            # (a share in words is tied by every part its figure counts named: "Texas, Arizona and California ...
            # nearly three-quarters")
            parts_said = n.proportion and bool(profile.specific) and profile.specific <= context.for_parts
            # (and by the person who gave it, named: "Sheinbaum said ... roughly three-quarters" is her 75 %)
            spoken = n.proportion and m.speaker_named
            # (years tie it only where its words name something of the metric beyond its unit: "hundreds of thousands
            # of cartridges" kept from Mexico in 2025 are any of that year's counts of rounds; nor where the figure's
            # period does not hold them: "miles de armas" seized in 2017-2023 are no six months of 2022-2023)
            # (nor a running count's point at a day unsaid, nor a count of some months of the year named: "hundreds of
            # thousands of rounds" seized in 2025 are no more Operation Northern Border's total at 10 April than a
            # count of January to May)
            of_the_years = m.years_named and m.fit.label > 0 and _covers(profile.years, context.years)
            of_the_years = of_the_years and not (m.day_unsaid or m.months_unsaid)
            tied = of_its_time or of_the_years or m.topical or as_vague or parts_said or spoken
            verdicts = {sid: "unverified" if v == "contradicted" or not tied else v for sid, v in verdicts.items()}
            kind_slip = None
        exact = n.bound in ("exact", "approximate")
        return Judgment(m, verdicts, kind_slip, claimed_value, exact, self.far(m), slip_from, self.digits)


def _between_sides(claim: Interval, sides: Sequence[Side]) -> bool:
    """Whether a claim lies between two sides of a figure that are about alike (within ABOUT of each other): above
    all one allows and below all the other allows, as "9.797" between printings of 9,790 and 9,798."""
    return any(
        a.pinned.high < claim.low and claim.high < b.pinned.low and b.pinned.low - a.pinned.high <= ABOUT * b.pinned.low
        for a in sides
        for b in sides
    )


def _same_size(claim: Interval, hull: Interval | None) -> bool:
    """Whether a claim and a figure may be of one size, whatever their signs: a fall of 38 % and "38 % of"."""
    return hull is not None and _size(claim).overlaps(_size(hull))


def _size(values: Interval) -> Interval:
    """The sizes the values of an interval have, whatever their signs."""
    ends = sorted((abs(values.low), abs(values.high)))
    return Interval(0.0 if values.low <= 0 <= values.high else ends[0], ends[1])


def _whole(side: Side) -> bool:
    """Whether a figure's printings (one side of it) are all whole percents written exact: each may be rounded."""
    return all(p.bound == "exact" and float(p.value).is_integer() for p in side.printed)


def _covers(years: tuple[int, int] | None, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure's years hold a span the text names whole."""
    return years is not None and any(years[0] <= low and high <= years[1] for low, high in spans)
