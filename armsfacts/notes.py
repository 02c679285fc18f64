"""What `check` says of figures in its notes: a recorded figure and where it is printed, what it is about.

`verdicts.py` decides the verdict and builds the note from these; nothing here judges.
"""

from __future__ import annotations

from collections.abc import Sequence

from .claim_context import Context
from .i18n import _
from .models import Dataset, Fact, Figure
from .output.words import figure_in_words, initiative_name, metric_label, period, source_label
from .vocab import NearMiss
from .wording import LATEST_YEAR


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


def claimed(ds: Dataset, context: Context) -> str:
    """What the text ties a figure to: the initiatives and years it names."""
    parts = [initiative_name(ds.initiative_by_id[i]) for i in sorted(context.initiatives or context.topic)]
    for low, high in context.years:
        parts.append(
            str(low) if low == high else f"{low}–{high}" if high < LATEST_YEAR else _("since {year}").format(year=low)
        )
    return ", ".join(parts) or _("what the text names")
