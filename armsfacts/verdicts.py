"""What the record says of one figure of a draft: intervals, near misses, the verdict and its note.

`check.py` finds the recorded figures a number may be about (the candidates); this module
compares the values and says why, in the language in use.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .agreement import Interval, interval, precision, slip
from .display import figure, initiative_name, metric_label, number, period, source_label
from .i18n import _
from .models import Dataset, Fact, Figure
from .numerals import Numeral
from .vocab import NearMiss, Verdict

TIE = 0.5  # candidates this close in context are told apart by their value only


@dataclass
class Profile:
    """What the record calls one figure, read once."""

    fact: Fact
    labels: list[set[str]]  # the metric's label, in each language
    units: list[set[str]]
    percent: bool
    change: bool
    initiative: str | None
    agencies: set[str]
    years: tuple[int, int] | None
    specific: set[str] = field(default_factory=set)  # names its description adds: a place, a division


@dataclass
class Context:
    """What a sentence says around one number."""

    weights: dict[str, float]  # stem -> weight, the best place it stands
    initiatives: set[str]
    topic: set[str]
    agencies: set[str]
    years: list[tuple[int, int]]
    rise: bool = False
    fall: bool = False
    share: bool = False


@dataclass
class Candidate:
    profile: Profile
    score: float = 0.0
    conflict: NearMiss | None = None  # "period" or "initiative": named, and not this figure's
    identified: bool = False
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # by source id
    near: NearMiss | None = None
    narrower: bool = False  # the figure is of a part the text does not name (a division of the operation)
    claimed_value: float = 0.0  # the claim's value, signed as the text reads it
    exact_claim: bool = False  # a claim of one value ("3,377", "about 3,300"), not a bound or a range
    named: bool = False  # the sentence itself ties it to this figure: its initiative, period, agency or part

    @property
    def fact(self) -> Fact:
        return self.profile.fact

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


# ---------------------------------------------------------------------------
# Values as intervals (agreement.py).


def compare(claim: Interval, fig: Figure) -> Verdict:
    """What one recorded printing says of a claim: supported, contradicted, or cannot decide.

    A recorded "nearly 44 million" or "about 70 %" supports a claim that holds its printed
    value; a claim that overlaps it otherwise leaves the question open.
    """
    full = interval(fig.value, fig.bound, fig.low, fig.high)
    point = interval(fig.value, "exact") if fig.bound in ("nearly", "approximate") else full
    if claim.contains(point):
        return "supported"
    return "unverified" if claim.overlaps(full) else "contradicted"


def judge_values(c: Candidate, n: Numeral, context: Context) -> None:
    """The verdict of each source's figure on the claim, and the slip that may explain a miss."""
    value = float(n.value)
    if n.percent and (context.fall and value > 0):
        value = -value
    c.claimed_value, c.exact_claim = value, n.bound in ("exact", "approximate")
    claim = interval(value, n.bound, n.low, n.high)
    # A likely misprint (one outlet's slipped digit among agreeing printings) is no side to take.
    misprint = c.fact.printings_agree.misprint
    for sid in c.fact.sources:
        if misprint is None or sid != misprint.source:
            c.verdicts[sid] = compare(claim, c.fact.printed_by(sid))
    if c.profile.change and context.share and not context.rise and not context.fall:
        c.near = "change_as_share"
        c.verdicts = dict.fromkeys(c.verdicts, "contradicted")
    elif c.profile.percent and not c.profile.change and (context.rise or context.fall) and n.sign == 0:
        c.near = "share_as_change"
        c.verdicts = dict.fromkeys(c.verdicts, "contradicted")
    elif "contradicted" in c.verdicts.values():  # a round number is rounded, not mistyped: only its sign can slip
        c.near = near_miss(value, [float(c.fact.printed_by(s).value) for s in c.verdicts], precision(n.value) == 0)
    if c.near is not None:
        c.identified = True


def near_miss(value: float, recorded: Sequence[float], digits: bool = True) -> NearMiss | None:
    """The slip of the pen that turns a recorded figure into the claimed one, if there is one.

    A round claim (digits False) is rounded, not mistyped: only its sign can slip.
    """
    for r in recorded:
        found = slip(value, r)
        if found is not None and (digits or found == "sign"):
            return found
    return None


# ---------------------------------------------------------------------------
# The verdict on a number, from its candidates.

Outcome = tuple[Verdict, list[Candidate], list[str], NearMiss | None, str]


KIND_SLIPS = ("change_as_share", "share_as_change")
TOPIC_BONUS = 0.75  # what an initiative named earlier in the paragraph adds to a candidate (check.py)


def verdict_of(ds: Dataset, written: str, candidates: Sequence[Candidate], context: Context) -> Outcome:
    """The verdict, the figures judged against, the sources agreed with, the slip, and the note."""
    if not candidates:
        return "unverified", [], [], None, _("the record has no figure of this kind")
    clean = [c for c in candidates if c.conflict is None]
    if not clean:
        repeated = [c for c in candidates if c.verdict in ("supported", "disputed")]
        if repeated:  # the record's own figure, given to another period or initiative
            c = max(repeated, key=lambda c: c.score)
            note = _("the record gives {figure} for {context}, not for {claimed}").format(
                figure=recorded(ds, c.fact), context=about(ds, c.fact), claimed=claimed(ds, context)
            )
            return "contradicted", [c], _agreeing(c), c.conflict, note
        note = _("the record has no figure of this kind for {claimed}").format(claimed=claimed(ds, context))
        return "unverified", [], [], None, note
    best = max(c.score for c in clean)
    top = sorted((c for c in clean if c.score >= best - TIE), key=lambda c: -c.score)
    fitting = [c for c in top if c.verdict in ("supported", "disputed")]
    if fitting:
        c = max(fitting, key=lambda c: (c.verdict == "supported", c.score))
        return c.verdict, [c], _agreeing(c), None, _note(ds, written, c)
    # A figure the record holds, of a kind the text fits about as well, with nothing in its own
    # sentence against it, is not called wrong because an earlier sentence's topic (worth
    # TOPIC_BONUS) pointed at another figure.
    # The same holds when the only tie is a kind slip (a change read as a share) and the record
    # has a figure of the kind the text means; a sentence that itself names the figure wins.
    against = [c for c in top if c.verdict == "contradicted"]
    kind_slip = bool(against) and all(c.near in KIND_SLIPS for c in against)
    weak = kind_slip or not any(c.named for c in top)
    supported_elsewhere = [
        c
        for c in clean
        if weak and c.verdict in ("supported", "disputed") and (kind_slip or c.score >= best - TOPIC_BONUS - TIE)
    ]
    if supported_elsewhere:
        c = max(supported_elsewhere, key=lambda c: (c.verdict == "supported", c.score))
        return c.verdict, [c], _agreeing(c), None, _note(ds, written, c)
    # A kind slip (a change read as a share) explains a miss only where no figure of the kind the
    # text means is in the running.
    slips = [c for c in top if c.near is not None and (kind_slip or c.near not in KIND_SLIPS)]
    # A text that names no part (a division, a city) speaks of the whole: judge it by the one figure of the whole.
    whole = [c for c in top if not c.narrower and (kind_slip or c.near not in KIND_SLIPS)]
    chosen = slips[0] if slips else whole[0] if len(whole) == 1 and whole[0].identified else None
    if chosen is not None and chosen.verdict == "contradicted" and not chosen.named and chosen.near is None:
        chosen = None  # tied to the figure only by an earlier sentence, and no slip explains the gap: no verdict
    if chosen is None:
        listed = "; ".join(f"{recorded(ds, c.fact)}, {about(ds, c.fact)}" for c in top[:3])
        note = _("the text does not say which of the record's figures it is about: {figures}").format(figures=listed)
        return "unverified", top, [], None, note
    note = _note(ds, written, chosen)
    elsewhere = [c for c in candidates if c.conflict is not None and c.verdict == "supported"]
    if chosen.verdict == "contradicted" and elsewhere:
        note += "; " + _("{written} is the record's figure for {context}").format(
            written=written, context=about(ds, elsewhere[0].fact)
        )
    return chosen.verdict, [chosen], _agreeing(chosen), chosen.near, note


def _agreeing(c: Candidate) -> list[str]:
    """The sources whose own figure implies the claim (not those that merely leave room for it)."""
    return [sid for sid, v in c.verdicts.items() if v == "supported"] if c.verdict != "contradicted" else []


# ---------------------------------------------------------------------------
# Notes.


def _slip(near: NearMiss) -> str:
    return {
        "transposition": _("digits transposed?"),
        "wrong_digit": _("a mistyped digit?"),
        "dropped_digit": _("a digit dropped?"),
        "extra_digit": _("a digit too many?"),
        "off_by_thousand": _("off by 1,000?"),
        "factor_of_thousand": _("thousands and millions mixed up?"),
        "sign": _("the record has it going the other way"),
    }.get(near, "")


def where(ds: Dataset, fig: Figure, source_id: str) -> str:
    """'DEA ¶5'."""
    label = source_label(ds, source_id)
    return f"{label} ¶{fig.paragraph}" if fig.paragraph else label


def recorded(ds: Dataset, fact: Fact, sources: Sequence[str] | None = None) -> str:
    """A recorded figure and where: '3,337 people (Ken Salazar ¶16; DEA ¶5)'; differing sources apart."""
    groups: dict[str, list[str]] = {}
    for sid in sources if sources is not None else fact.sources:
        fig = fact.printed_by(sid)
        groups.setdefault(figure(ds, fig, fact), []).append(where(ds, fig, sid))
    return "; ".join(f"{shown} ({_places(places)})" for shown, places in groups.items())


def _places(places: list[str], shown: int = 2) -> str:
    """'Ken Salazar ¶16; DEA ¶5 and 2 more'."""
    if len(places) <= shown + 1:
        return "; ".join(places)
    more = _("and {count} more").format(count=len(places) - shown)
    return "; ".join(places[:shown]) + " " + more


def about(ds: Dataset, fact: Fact) -> str:
    """What a figure is about: 'Operation Last Mile, 1 May 2022 – 1 May 2023'."""
    parts = [metric_label(ds, fact.metric)]
    if fact.initiative:
        parts.append(initiative_name(ds.initiative_by_id[fact.initiative]))
    if fact.period is not None:
        parts.append(period(fact.period))
    return ", ".join(parts)


def claimed(ds: Dataset, context: Context) -> str:
    """What the text ties a figure to: the initiatives and years it names."""
    parts = [initiative_name(ds.initiative_by_id[i]) for i in sorted(context.initiatives or context.topic)]
    for low, high in context.years:
        parts.append(
            str(low) if low == high else f"{low}–{high}" if high < 2100 else _("since {year}").format(year=low)
        )
    return ", ".join(parts) or _("what the text names")


def _note(ds: Dataset, written: str, c: Candidate) -> str:
    fact = c.fact
    verdict = c.verdict
    if c.near in ("change_as_share", "share_as_change"):
        message = (
            _("the record's {figure} is a change ({metric}), not a share of a total")
            if c.near == "change_as_share"
            else _("the record's {figure} is a share ({metric}), not a change")
        )
        return message.format(figure=recorded(ds, fact), metric=metric_label(ds, fact.metric))
    if verdict == "supported":
        note = _("the record says {figure}").format(figure=recorded(ds, fact))
        if fact.estimate is not None:  # one estimate matching is not the record agreeing: name the others
            others = [
                f for f in ds.facts if f.metric == fact.metric and f.estimate is not None and f.value != fact.value
            ]
            if others:
                values = ", ".join(dict.fromkeys(figure(ds, f) for f in sorted(others, key=lambda f: f.value)))
                note += "; " + _("an estimate: the record also holds {values}").format(values=values)
        return note
    if verdict == "disputed":
        agree = [s for s, v in c.verdicts.items() if v != "contradicted"]
        other = [s for s, v in c.verdicts.items() if v == "contradicted"]
        return _("the sources disagree: it matches {agree}, not {other}").format(
            agree=recorded(ds, fact, agree), other=recorded(ds, fact, other)
        )
    if verdict == "unverified":
        return _("the record says only {figure}; it cannot tell whether {written} holds").format(
            figure=recorded(ds, fact), written=written
        )
    note = _("the record says {figure}").format(figure=recorded(ds, fact))
    if fact.bound == "exact" and c.exact_claim and c.near not in ("sign", "factor_of_thousand"):
        difference = number(round(abs(c.claimed_value - fact.value), 6))
        message = (
            _("{written} differs by {difference} points")
            if c.profile.percent
            else _("{written} differs by {difference}")
        )
        note += "; " + message.format(written=written, difference=difference)
    if c.near is not None:
        note += " — " + _slip(c.near)
    return note
