"""The record as one self-contained HTML page: the figures to search, filter and sort, the
disputes with both sides, a chart where several figures measure one thing, and the sources.

Jinja2 renders it with autoescaping on, and every value passes through `terminal.visible`
first, so a data string is always text: markup is escaped, control characters are written as
their escapes. The page's style and script are inline and named by hash in its Content
Security Policy, which allows nothing else: no request leaves the page, and a script that
data smuggled in would not run.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from typing import Any, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .i18n import _, language, pick, pick_list, word
from .models import Dataset, Fact, Figure, Source
from .output import words
from .quantity import SeriesKey, series_id, series_key
from .terminal import visible
from .vocab import Agreement, choices

# A bar's drawing area, in SVG user units; its label is HTML text above it, so it wraps and is never cut.
CHART_WIDTH, BAR_HEIGHT = 720, 16


class Report(NamedTuple):
    """A figure as one of its sources gives it."""

    source: str
    label: str  # the source's short name
    figure: str  # in words
    as_printed: str
    href: str
    paragraph: int | None


class Row(NamedTuple):
    fact: Fact
    figure: str
    value: float
    metric: str
    period: str
    period_key: str
    initiative: str
    sources: list[str]
    own: Report
    others: list[Report]  # the other sources' figures that differ from this one
    agreeing: list[Report]  # the other sources that give the same figure
    agreement: str
    caveats: list[str]
    estimate: str | None


class Bar(NamedTuple):
    label: str  # whose figure, for when
    figure: str
    width: float
    extra: float  # a range's span past its low end
    fact_id: str


class Chart(NamedTuple):
    id: str  # the quantity's name (quantity.series_id), fit for an HTML id
    metric: str
    title: str  # the metric and what the quantity is
    description: str
    bars: list[Bar]


def web_address(url: str | None) -> str | None:
    """An address a link may point at: http or https only (never `javascript:` from the data)."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def source_href(src: Source) -> str:
    """The source's address; without one, its entry in the page's list of sources."""
    return web_address(src.url) or f"#source-{src.id}"


def _report(ds: Dataset, fact: Fact, fig: Figure, source_id: str) -> Report:
    return Report(
        source=source_id,
        label=words.source_label(ds, source_id),
        figure=words.figure_in_words(ds, fact, fig),
        as_printed=fig.as_printed,
        href=source_href(ds.source_by_id[source_id]),
        paragraph=fig.paragraph,
    )


def rows(ds: Dataset) -> list[Row]:
    found = []
    for f in ds.facts:
        reports = [_report(ds, f, r, r.source) for r in f.also_reported_by]
        differing = {id(r) for r in f.differing_reports()}
        estimate = None
        if f.estimate is not None:
            method = pick(f.estimate.method or "", f.estimate.method_es) or _("method not given")
            estimate = _("by {who}: {method}").format(who=pick(f.estimate.by, f.estimate.by_es), method=method)
        caveats = pick_list(f.caveats, f.caveats_es)
        for r in f.also_reported_by:
            caveats = caveats + pick_list(r.caveats, r.caveats_es)
        found.append(
            Row(
                fact=f,
                figure=words.figure_in_words(ds, f),
                value=f.value,
                metric=words.metric_label(ds, f.metric),
                period=words.period(f.period),
                period_key=f.period.sort_key().isoformat() if f.period else "",
                initiative=words.initiative_name(ds.initiative_by_id[f.initiative]) if f.initiative else "",
                sources=f.sources,
                own=_report(ds, f, f, f.source),
                others=[rep for rep, r in zip(reports, f.also_reported_by, strict=True) if id(r) in differing],
                agreeing=[rep for rep, r in zip(reports, f.also_reported_by, strict=True) if id(r) not in differing],
                agreement=word(f.agreement),
                caveats=caveats,
                estimate=estimate,
            )
        )
    return found


def _chart_id(key: SeriesKey) -> str:
    """A quantity's name as an HTML id: letters, digits, '_' and '-' only."""
    return re.sub(r"[^A-Za-z0-9_]+", "-", series_id(key)).strip("-")


def charts(ds: Dataset) -> list[Chart]:
    """A bar chart per quantity that has more than one figure (another source's differing figure counts).

    Only figures of one quantity (quantity.py) share a bar scale: a nation's total, one
    operation's and one office's are three charts, never bars on one axis.
    """
    found = []
    for metric in ds.metrics:
        grouped: dict[SeriesKey, list[tuple[Fact, Figure, str]]] = {}
        for f in (f for f in ds.facts if f.metric == metric.id):
            entries = grouped.setdefault(series_key(ds, f), [])
            entries.append((f, f, f.source))
            entries.extend((f, r, r.source) for r in f.differing_reports())
        for key, entries in grouped.items():
            if len(entries) >= 2:
                found.append(_chart(ds, metric.id, key, entries))
    return found


def _chart(ds: Dataset, metric_id: str, key: SeriesKey, entries: list[tuple[Fact, Figure, str]]) -> Chart:
    top = max((fig.high if fig.high is not None else fig.value) for _f, fig, _s in entries) or 1
    scale = CHART_WIDTH / top
    bars = []
    for f, fig, source_id in entries:
        # the number first: a reader scanning the chart reads the figures, then whose they are
        label = f"{words.source_label(ds, source_id)} · {words.period(f.period)}"
        extra = (fig.high - fig.low) * scale if fig.high is not None and fig.low is not None else 0.0
        bars.append(Bar(label, words.figure_in_words(ds, f, fig), max(fig.value * scale, 1.0), extra, f.id))
    metric = ds.metric_by_id[metric_id]
    first = entries[0][0]
    group = words.quantity_heading(ds, key, first.scope.name_es if first.scope else None)
    title = _("{metric} — {group}: {count} figures on one scale")
    name = pick(metric.label, metric.label_es)
    return Chart(
        id=_chart_id(key),
        metric=metric_id,
        title=title.format(metric=name[:1].upper() + name[1:], group=group, count=len(bars)),
        description=pick(metric.description, metric.description_es),
        bars=bars,
    )


def _asset(name: str) -> str:
    return (resources.files("armsfacts") / "templates" / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _inert(value: Any) -> Any:
    """Every value a template prints: text with its control characters shown, never markup from data."""
    if isinstance(value, Markup):  # the page's own style and script
        return value
    return visible(value) if isinstance(value, str) else value


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("armsfacts", "templates"),
        autoescape=True,
        finalize=_inert,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(ds: Dataset) -> str:
    """The page, in the language in use."""
    from importlib.metadata import version

    style, script = _asset("page.css"), _asset("page.js")
    policy = (
        f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    used = {f.metric for f in ds.facts}
    return (
        environment()
        .get_template("page.html.j2")
        .render(
            lang=language(),
            policy=policy,
            style=Markup(style),
            script=Markup(script),
            ds=ds,
            rows=rows(ds),
            charts=charts(ds),
            metrics=[(m.id, pick(m.label, m.label_es)) for m in ds.metrics if m.id in used],
            initiatives=[
                (i.id, words.initiative_name(i)) for i in ds.initiatives if any(f.initiative == i.id for f in ds.facts)
            ],
            sources=ds.sources,
            agreements=[(a, word(a)) for a in choices(Agreement)],
            source_label=lambda sid: words.source_label(ds, sid),
            person=lambda pid: words.person_name(ds, pid),
            date=words.date,
            word=word,
            pick=pick,
            pick_list=pick_list,
            web_address=web_address,
            _=_,
            version=version("armsfacts"),
            bar_height=BAR_HEIGHT,
            chart_width=CHART_WIDTH,
        )
    )
