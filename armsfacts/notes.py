"""What `check` says of figures in its notes: a recorded figure and where it is printed, what it is about.

`verdicts.py` decides the verdict; the note that says why (`verdict_note`) is written here. Nothing here judges.
"""

from __future__ import annotations

from collections.abc import Sequence

from .context import Context
from .i18n import _
from .judgment import Judgment
from .models import Dataset, Fact, Figure
from .output.words import figure_in_words, initiative_name, metric_label, number, period, source_label
from .vocab import NearMiss
from .wording import EARLIEST_YEAR, LATEST_YEAR


def slip_in_words(near: NearMiss) -> str:
    """How a figure may have slipped: 'digits transposed?'."""
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
        groups.setdefault(figure_in_words(ds, fact, fig), []).append(where(ds, fig, sid))
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


def fits_elsewhere(ds: Dataset, written: str, fact: Fact) -> str:
    """What else a contradicted claim fits: another period's or operation's figure. It "fits", not "is": "cerca de
    9,279" fits the 9,394 seized in 2023 without being it."""
    return _("{written} fits the record's figure for {context}: {figure}").format(
        written=written, context=about(ds, fact), figure=recorded(ds, fact)
    )


def whose_unsaid(ds: Dataset, alike: Sequence[Fact]) -> str:
    """The other figures a claim fits as well, where the text does not say whose figure it is ('' if none)."""
    if not alike:
        return ""
    return "; " + _("the text does not say whose: the record gives the same figure for {figures}").format(
        figures=named_figures(ds, alike)
    )


def claimed(ds: Dataset, context: Context) -> str:
    """What the text ties a figure to: the initiatives and years it names."""
    parts = [initiative_name(ds.initiative_by_id[i]) for i in sorted(context.initiatives or context.topic)]
    for low, high in context.years:
        if low <= EARLIEST_YEAR:  # an open start: "con corte al 7 de enero de 2026"
            parts.append(_("the years up to {year}").format(year=high))
        elif low == high:
            parts.append(str(low))
        elif high < LATEST_YEAR:
            parts.append(f"{low}–{high}")
        else:
            parts.append(_("since {year}").format(year=low))
    return ", ".join(parts) or _("what the text names")


def named_figures(ds: Dataset, facts: Sequence[Fact]) -> str:
    """Recorded figures named in a note, each with what it is about: '6,680 people (…), arrests, …; …'."""
    return "; ".join(f"{recorded(ds, fact)}, {about(ds, fact)}" for fact in facts)


def verdict_note(ds: Dataset, written: str, c: Judgment) -> str:
    """Why a claim has its verdict, in the language in use: what the record says, and where."""
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
                values = ", ".join(dict.fromkeys(figure_in_words(ds, f) for f in sorted(others, key=lambda f: f.value)))
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
        note += " — " + slip_in_words(c.near)
    return note
