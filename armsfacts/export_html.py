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
import datetime as dt
import hashlib
import json
from importlib import resources
from typing import Any, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .datasette_metadata import LICENSE, LICENSE_URL
from .html_charts import BAR_HEIGHT, CHART_WIDTH, LINE_HEIGHT, charts
from .i18n import _, language, pick, pick_list, word
from .models import Dataset, Fact, Figure, Source
from .output import words
from .synonyms import GROUPS, STOP_WORDS
from .terminal import visible
from .vocab import Agreement, choices

# Both languages' names of a country, so that "Mexico" and "México" find its figures on either page.
COUNTRIES = {"US": "United States Estados Unidos EE. UU.", "MX": "Mexico México"}


class Report(NamedTuple):
    """A figure as one of its sources gives it."""

    source: str
    label: str  # the source's short name
    figure: str  # in words
    as_printed: str
    lang: str  # the source's language: a Spanish quote on the English page is marked as Spanish
    href: str
    paragraph: int | None


class Caveat(NamedTuple):
    whose: str  # the source the caveat is about; empty where every caveat is about one source
    text: str


class Row(NamedTuple):
    fact: Fact
    figure: str
    value: float
    metric: str
    period: str
    period_key: str  # empty for a figure without a period: sorted last, whichever way
    country: str
    initiative: str
    sources: list[str]
    own: Report
    others: list[Report]  # the other sources' figures that differ from this one
    agreeing: list[Report]  # the other sources that give the same figure
    agreement: str
    caveats: list[Caveat]
    estimate: str | None
    search: str  # words the search finds the row by beyond its text: names, the other language, plain digits
    record: dict[str, Any]  # the row as the page's CSV and JSON downloads give it


def web_address(url: str | None) -> str | None:
    """An address a link may point at: http or https only (never `javascript:` from the data)."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def source_href(src: Source) -> str:
    """The source's address; without one, its entry in the page's list of sources."""
    return web_address(src.url) or f"#source-{src.id}"


def _report(ds: Dataset, fact: Fact, fig: Figure, source_id: str) -> Report:
    src = ds.source_by_id[source_id]
    return Report(
        source=source_id,
        label=words.source_label(ds, source_id),
        figure=words.figure_in_words(ds, fact, fig),
        as_printed=fig.as_printed,
        lang=src.language,
        href=source_href(src),
        paragraph=fig.paragraph,
    )


def _caveats(ds: Dataset, f: Fact) -> list[Caveat]:
    """The figure's caveats and its other sources', each marked with whose it is when they come from several."""
    found = [(f.source, c) for c in pick_list(f.caveats, f.caveats_es)]
    for r in f.also_reported_by:
        found.extend((r.source, c) for c in pick_list(r.caveats, r.caveats_es))
    several = len({source for source, _c in found}) > 1
    return [Caveat(words.source_label(ds, source) if several else "", text) for source, text in found]


def _search_words(ds: Dataset, f: Fact) -> str:
    """What a reader may type to find a figure that its row does not show: the other language's
    names, who said it, and its figures as plain digits ("8497" for "8,497")."""
    words = [f.id, f.description, f.description_es or "", f"{f.value:g}"]
    words += [fig.as_printed for fig in (f, *f.also_reported_by)]
    metric = ds.metric_by_id.get(f.metric)
    if metric is not None:
        words += [metric.label, metric.label_es or ""]
    if f.initiative:
        ini = ds.initiative_by_id[f.initiative]
        words += [ini.name, ini.name_es or "", *ini.aliases]
    if f.country:
        words += [f.country, COUNTRIES.get(f.country, "")]
    if f.scope is not None:
        words += [f.scope.name or "", f.scope.name_es or ""]
    if f.estimate is not None:
        words += [f.estimate.by, f.estimate.by_es or ""]
    for source_id in f.sources:
        src = ds.source_by_id[source_id]
        people = [src.speaker, *src.people] if src.speaker else list(src.people)
        words += [src.title, src.title_es or "", src.outlet or "", src.author or ""]
        words += [ds.person_by_id[p].name for p in people if p in ds.person_by_id]
    return " ".join(w for w in words if w)


def _record(ds: Dataset, f: Fact, row_figure: str) -> dict[str, Any]:
    src = ds.source_by_id[f.source]
    found: dict[str, Any] = {
        "id": f.id,
        "figure": row_figure,
        "value": f.value,
        "bound": f.bound,
        "low": f.low,
        "high": f.high,
        "unit": f.unit,
        "as_printed": f.as_printed,
        "metric": f.metric,
        "period": words.period(f.period) if f.period else None,
        "country": f.country,
        "initiative": f.initiative,
        "estimate_by": pick(f.estimate.by, f.estimate.by_es) if f.estimate else None,
        "source": f.source,
        "source_url": web_address(src.url),
        "sources": " ".join(f.sources),
        "agreement": f.agreement,
    }
    return {key: visible(value) if isinstance(value, str) else value for key, value in found.items()}


def rows(ds: Dataset) -> list[Row]:
    found = []
    for f in ds.facts:
        reports = [_report(ds, f, r, r.source) for r in f.also_reported_by]
        differing = {id(r) for r in f.differing_reports()}
        estimate = None
        if f.estimate is not None:
            method = pick(f.estimate.method or "", f.estimate.method_es) or _("method not given")
            estimate = _("by {who}: {method}").format(who=pick(f.estimate.by, f.estimate.by_es), method=method)
        figure = words.figure_in_words(ds, f)
        found.append(
            Row(
                fact=f,
                figure=figure,
                value=f.value,
                metric=words.metric_label(ds, f.metric),
                period=words.period(f.period),
                period_key=f.period.sort_key().isoformat() if f.period else "",
                country=words.country_name(f.country) if f.country else "—",
                initiative=words.initiative_name(ds.initiative_by_id[f.initiative]) if f.initiative else "",
                sources=f.sources,
                own=_report(ds, f, f, f.source),
                others=[rep for rep, r in zip(reports, f.also_reported_by, strict=True) if id(r) in differing],
                agreeing=[rep for rep, r in zip(reports, f.also_reported_by, strict=True) if id(r) not in differing],
                agreement=word(f.agreement),
                caveats=_caveats(ds, f),
                estimate=estimate,
                search=_search_words(ds, f),
                record=_record(ds, f, figure),
            )
        )
    return found


def data_date(ds: Dataset) -> dt.date | None:
    """The data's date, for citing it: the latest day a source was said or read."""
    days = [day for s in ds.sources for day in (s.date, s.published, s.accessed) if day is not None]
    return max(days, default=None)


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
            line_height=LINE_HEIGHT,
            synonyms=json.dumps(GROUPS, ensure_ascii=False),
            stop_words=json.dumps(sorted(STOP_WORDS), ensure_ascii=False),
            data_date=words.date(data_date(ds)),
            license=LICENSE,
            license_url=LICENSE_URL[language()],
            columns=[
                ("figure", _("Figure")),
                ("counts", _("What it counts")),
                ("metric", _("Metric")),
                ("period", _("Period")),
                ("country", _("Country")),
                ("initiative", _("Initiative")),
                ("source", _("Source")),
                ("agreement", _("Agreement")),
            ],
        )
    )
