"""The HTML page as a reader meets it in headless Chromium: charts that cannot mislead, a phone's
width, finding and sharing figures, print, and the marks on caveats, quotes and countries.

Each test would fail on a defect a reader found (issue 21): a label wider than its chart, a
phone-width page wider than the screen, a filter lost on reload, and so on.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from armsfacts import i18n

from .chromium import BINARY, Browser
from .conftest import LAST_MILE, ROOT, Invoke

pytestmark = pytest.mark.skipif(BINARY is None, reason="chromium is not installed (.ci/run installs it)")

# The article's 13 figures and the DEA's 6 (see test_export.py), read as a frozen record.
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"
DEA = "dea-last-mile-2023-05-05"
DEA_ONLY = [
    "last-mile-fentanyl-pills", "last-mile-fentanyl-powder", "last-mile-methamphetamine",
    "last-mile-cash-and-assets", "last-mile-fentanyl-doses", "last-mile-social-media",
]  # fmt: skip
PHONE = 390


@pytest.fixture(autouse=True)
def frozen_record(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ARMSFACTS_DATA", str(RECORD))
    yield
    i18n.set_language("en")
    i18n.route_click_strings("en")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    opened = Browser(tmp_path_factory.mktemp("chromium"))
    yield opened
    opened.close()


def export(run: Invoke, path: Path, *args: str) -> Path:
    result = run(*args, "export", "html", str(path), "--replace")
    assert result.exit_code == 0, result.output
    return path


def show(browser: Browser, page: Path | str, width: int = 1280) -> None:
    browser.open(page if isinstance(page, str) else page.as_uri())
    browser.send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 700)


def shown(browser: Browser) -> list[str]:
    ids: list[str] = browser.evaluate(
        "Array.from(document.querySelectorAll('#figures tbody tr')).filter(r => !r.hidden).map(r => r.dataset.id)"
    )
    return ids


def type_search(browser: Browser, words: str) -> list[str]:
    browser.evaluate(
        f"(() => {{ const q = document.getElementById('q'); q.value = {json.dumps(words)};"
        " q.dispatchEvent(new Event('input', {bubbles: true})); })()"
    )
    return shown(browser)


def choose(browser: Browser, select: str, value: str) -> list[str]:
    browser.evaluate(
        f"(() => {{ const s = document.getElementById({json.dumps(select)}); s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )
    return shown(browser)


def text(browser: Browser, selector: str) -> str:
    found: str = browser.evaluate(f"document.querySelector({json.dumps(selector)}).innerText")
    return found


def assert_clean(browser: Browser, page: Path) -> None:
    """The Content Security Policy held: no violation, no error, no request but the page."""
    assert browser.problems() == []
    assert browser.requests() == [page.as_uri()]


def record_with_more(spanish: bool = True) -> dict[str, Any]:
    """The frozen record plus a series (one quantity in 2021, 2022 and 2023), two estimates of one
    quantity by named makers, and a Spanish source, all made up for the test."""
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    base = next(f for f in data["facts"] if f["id"] == "etrace-arrests-2023")
    data["sources"].append(
        {
            "id": "prueba-2024", "kind": "news_article", "title": "Una nota de prueba", "speaker": None,
            "author": None, "outlet": "Diario de Prueba", "published": "2024-01-10", "date": "2024-01-10",
            "url": "https://example.org/prueba", "event": None, "language": "es" if spanish else "en",
            "notes": [],
        }
    )  # fmt: skip
    data["metrics"].append(
        {"id": "firearms_trafficked_per_year", "label": "firearms trafficked a year", "kind": "per_year",
         "description": "Firearms estimated to cross into Mexico each year.", "unit": "firearms"}
    )  # fmt: skip
    for year, value, printed in ((2021, 120, "120"), (2022, 300, "300"), (2023, 210, "210")):
        data["facts"].append(
            copy.deepcopy(base)
            | {"id": f"series-{year}", "value": value, "as_printed": printed, "source": "prueba-2024",
               "period": {"start": None, "end": None, "as_of": None, "year": year}, "caveats": [], "initiative": None,
               "caveats_es": [], "description": "Made-up arrests for a test.", "description_es": None}
        )  # fmt: skip
    for fact_id, value, who in (("estimate-a", 200000, "Maker A"), ("estimate-b", 500000, "Maker B")):
        data["facts"].append(
            copy.deepcopy(base)
            | {"id": fact_id, "metric": "firearms_trafficked_per_year", "value": value, "unit": "firearms",
               "as_printed": f"{value // 1000} mil", "source": "prueba-2024", "period": None,
               "initiative": None, "caveats": [], "caveats_es": [], "estimate": {"by": who},
               "description": "A made-up yearly estimate.", "description_es": None}
        )  # fmt: skip
    return data


# ---------------------------------------------------------------------------
# Charts


LABELS_FIT = """Array.from(document.querySelectorAll('figure.chart')).flatMap(chart => {
  const box = chart.getBoundingClientRect();
  return Array.from(chart.querySelectorAll('.label, .points li, .xaxis span, .yaxis span')).filter(label => {
    const r = label.getBoundingClientRect();
    return label.scrollWidth > label.clientWidth + 1 || r.left < box.left - 1 || r.right > box.right + 1;
  }).map(label => label.textContent);
})"""


# An axis's shown tick labels, each pair that overlaps.
AXIS_LABELS_APART = """Array.from(document.querySelectorAll('.xaxis')).flatMap(axis => {
  const boxes = Array.from(axis.children).filter(s => s.checkVisibility({visibilityProperty: true}))
    .map(s => [s.textContent, s.getBoundingClientRect()]);
  return boxes.slice(1).filter(([t, r], i) => r.left < boxes[i][1].right).map(([t, r], i) => [boxes[i][0], t]);
})"""


@pytest.mark.parametrize(("lang", "width"), [("en", 1280), ("en", PHONE), ("es", PHONE)])
def test_no_chart_label_runs_past_its_chart(
    run: Invoke, tmp_path: Path, browser: Browser, monkeypatch: pytest.MonkeyPatch, lang: str, width: int
) -> None:
    # The built-in record, whose long labels ran past the chart and lost their number (more so in Spanish).
    monkeypatch.delenv("ARMSFACTS_DATA")
    page = export(run, tmp_path / "page.html", "--lang", lang)
    show(browser, page, width)
    assert browser.evaluate("document.querySelectorAll('figure.chart').length") > 10
    assert browser.evaluate(LABELS_FIT) == []
    assert browser.evaluate(AXIS_LABELS_APART) == []
    # The number comes first in every bar's label and every point's.
    firsts = browser.evaluate(
        "Array.from(document.querySelectorAll('.chart .label, .chart .points li'))"
        ".map(l => l.firstElementChild && l.firstElementChild.tagName)"
    )
    assert set(firsts) == {"STRONG"}
    # the policy still allows nothing inline but the page's own hashed style and script
    policy = browser.evaluate("document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
    assert policy.startswith("default-src 'none'; style-src 'sha256-") and "unsafe" not in policy
    assert_clean(browser, page)


def test_a_bar_chart_has_an_axis_from_zero(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    chart = "#chart-firearms_seized-firearms-US-operation-last-mile-count-span"
    # 8,496 and 8,497: round ticks up to 10,000
    ticks = browser.evaluate(f"Array.from(document.querySelectorAll('{chart} .xaxis span')).map(s => s.textContent)")
    assert ticks == ["0", "2,000", "4,000", "6,000", "8,000", "10,000"]
    # each bar is as long, against the axis, as its figure: 8,496 of 10,000
    share = browser.evaluate(
        f"(() => {{ const bar = document.querySelector('{chart} rect.value').getBoundingClientRect();"
        f" const axis = document.querySelector('{chart} .xaxis').getBoundingClientRect();"
        " return bar.width / axis.width; })()"
    )
    assert share == pytest.approx(0.8496, abs=0.005)
    assert "linear scale from zero" in text(browser, chart + " figcaption")


def test_a_series_is_a_line_over_time_and_an_estimate_names_its_maker(
    run: Invoke, tmp_path: Path, browser: Browser
) -> None:
    (tmp_path / "data.json").write_text(json.dumps(record_with_more()), encoding="utf-8")
    page = export(run, tmp_path / "page.html", "--data", str(tmp_path / "data.json"))
    show(browser, page)
    lines = browser.evaluate("Array.from(document.querySelectorAll('figure.chart-line')).map(f => f.id)")
    assert len(lines) == 1
    line = "#" + lines[0]
    assert browser.evaluate(f"document.querySelectorAll('{line} line.point').length") == 3
    assert text(browser, line + " .points").split("\n") == [
        "120 people · 2021 · Diario de Prueba",
        "300 people · 2022 · Diario de Prueba",
        "210 people · 2023 · Diario de Prueba",
    ]
    assert text(browser, line + " .xaxis").split("\n") == ["31 December 2021", "31 December 2023"]
    # the points climb and fall as the figures do: 300 highest, 120 lowest (SVG y grows downwards)
    heights = browser.evaluate(
        f"Array.from(document.querySelectorAll('{line} line.point')).map(p => +p.getAttribute('y1'))"
    )
    assert heights[1] < heights[2] < heights[0]
    # The estimates: who made each, and when it was reported, not only the outlet.
    labels = browser.evaluate(
        "Array.from(document.querySelectorAll('figure.chart-bars .label')).map(l => l.textContent)"
        ".filter(t => t.includes('a year'))"
    )
    assert labels == [
        "200,000 firearms a year · estimate by Maker A, reported by Diario de Prueba on 10 January 2024",
        "500,000 firearms a year · estimate by Maker B, reported by Diario de Prueba on 10 January 2024",
    ]
    assert_clean(browser, page)


def test_no_chart_for_figures_below_zero(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    # an axis from zero cannot show -5: the series stays in the table, without a chart
    data = record_with_more()
    for fact in data["facts"]:
        if fact["id"].startswith("series-"):
            fact |= {"metric": "change_in_investigations", "unit": "percent"}
    next(f for f in data["facts"] if f["id"] == "series-2022")["value"] = -5
    (tmp_path / "data.json").write_text(json.dumps(data), encoding="utf-8")
    page = export(run, tmp_path / "page.html", "--data", str(tmp_path / "data.json"))
    show(browser, page)
    assert browser.evaluate("document.querySelectorAll('figure.chart-line').length") == 0
    assert "series-2022" in shown(browser)


def test_bar_colours_stand_out(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    colours = browser.evaluate(
        "(() => { const s = getComputedStyle(document.documentElement);"
        " return ['--bar', '--span'].map(v => s.getPropertyValue(v).trim()); })()"
    )

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def contrast(a: float, b: float) -> float:  # WCAG 2's contrast ratio
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)

    bar, span = (luminance(c) for c in colours)
    assert contrast(bar, 1.0) >= 3 and contrast(span, 1.0) >= 3 and contrast(bar, span) >= 3


# ---------------------------------------------------------------------------
# A phone


def test_a_phone_shows_cards_no_wider_than_its_screen(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page, PHONE)
    assert browser.evaluate("document.documentElement.scrollWidth") <= PHONE
    # each figure a card whose source and agreement are on the screen
    assert browser.evaluate("getComputedStyle(document.querySelector('#figures tbody tr')).display") == "block"
    off_screen = browser.evaluate(
        "Array.from(document.querySelectorAll('#figures tbody td, #figures tbody th'))"
        f".filter(c => c.getBoundingClientRect().right > {PHONE}).map(c => c.textContent)"
    )
    assert off_screen == []
    source = "document.querySelector('#fact-last-mile-arrests td[data-label=Source]')"
    assert browser.evaluate(f"getComputedStyle({source}, '::before').content") == '"Source"'
    assert browser.evaluate(f"{source}.textContent").startswith("Ken Salazar")
    # text stays readable: nothing under 12 px
    smallest = browser.evaluate(
        "Math.min(...Array.from(document.querySelectorAll('main *')).filter(e => e.checkVisibility()"
        " && Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))"
    )
    assert smallest >= 12
    assert_clean(browser, page)


# ---------------------------------------------------------------------------
# Finding and sharing


def test_search_finds_digits_names_synonyms_and_spanish(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    assert type_search(browser, "8497") == ["last-mile-firearms-seized"]  # the DEA prints 8,497
    assert type_search(browser, "8,496") == ["last-mile-firearms-seized"]
    # Ken Salazar speaks in the article: all of its 13 figures, none of the DEA's own
    everything = type_search(browser, "")
    salazar = type_search(browser, "Salazar")
    assert salazar == [f for f in everything if f not in DEA_ONLY] and len(salazar) == 13
    assert type_search(browser, "ultima milla") == LAST_MILE  # Operación Última Milla, on the English page
    # synonyms.py: "armas" finds what "firearms" finds
    firearms = type_search(browser, "firearms")
    assert "atf-firearms-intercepted" in firearms
    assert type_search(browser, "armas") == firearms
    # the words synonyms.py leaves out find nothing by themselves and narrow nothing
    assert type_search(browser, "the firearms of each") == firearms
    assert type_search(browser, "las armas de") == firearms
    assert type_search(browser, "Mexico") != []  # a country by its name
    assert_clean(browser, page)


def test_filters_stay_in_the_address_and_survive_a_reload(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    choose(browser, "f-metric", "arrests")
    assert type_search(browser, "last mile") == ["last-mile-arrests"]
    address = browser.evaluate("location.href")
    assert address.startswith(page.as_uri() + "#") and "metric=arrests" in address and "q=last+mile" in address
    browser.events.clear()
    browser.send("Page.reload")
    browser.wait_for("Page.loadEventFired")
    assert shown(browser) == ["last-mile-arrests"]
    assert browser.evaluate("document.getElementById('q').value") == "last mile"
    # shared: the same address in a new page shows the same view
    show(browser, address)
    assert shown(browser) == ["last-mile-arrests"]
    assert browser.evaluate("document.getElementById('f-metric').value") == "arrests"
    assert text(browser, "#figures caption") == (
        "Only the figures that match: Search “last mile”; Metric: arrests. 1 of 19 figures."
    )
    # "Show all" forgets the filters, in the address too
    browser.evaluate("document.getElementById('filters').reset()")
    browser.evaluate("new Promise(r => setTimeout(r, 50))")
    assert len(shown(browser)) == 19 and browser.evaluate("location.hash") == ""
    assert text(browser, "#figures caption") == "Every figure, one row per figure as its first source gives it."
    assert browser.problems() == []


def test_sorting_puts_undated_figures_last_both_ways(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    undated = ["us-firearms-seized", "bsca-people-charged", "cross-border-arrests", "cross-border-firearms-seized",
               "southbound-investigations-change", "southbound-seized-change"]  # fmt: skip
    for order in ("period-asc", "period-desc"):
        rows = choose(browser, "f-sort", order)
        assert rows[-6:] == undated, order
    assert choose(browser, "f-sort", "period-desc")[0] == "open-investigations"  # as of 4 December 2023
    assert browser.evaluate("document.querySelector('th[data-sort-name=period]').getAttribute('aria-sort')") == (
        "descending"
    )


def test_downloads_of_the_rows_shown(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    folder = tmp_path / "downloads"
    folder.mkdir()
    browser.send("Browser.setDownloadBehavior", session=False, behavior="allow", downloadPath=str(folder),
                 eventsEnabled=True)  # fmt: skip
    choose(browser, "f-metric", "arrests")
    choose(browser, "f-sort", "figure-desc")
    wanted = shown(browser)
    assert wanted == ["last-mile-arrests", "etrace-arrests-2023", "cross-border-arrests"]

    def fetch(button: str, name: str) -> str:
        browser.events.clear()
        browser.evaluate(f"document.getElementById('{button}').click()")
        while True:
            event = browser.wait_for("Browser.downloadProgress")
            if event["params"]["state"] == "completed":
                break
            browser.events.remove(event)
        return (folder / name).read_text(encoding="utf-8-sig")

    table = list(csv.DictReader(io.StringIO(fetch("download-csv", "armsfacts.csv"))))
    assert [r["id"] for r in table] == wanted
    assert table[0]["figure"] == "3,337 people" and table[0]["value"] == "3337"
    assert table[2]["as_printed"] == "hundreds" and table[2]["low"] == "200" and table[2]["period"] == ""
    records = json.loads(fetch("download-json", "armsfacts.json"))
    assert [r["id"] for r in records] == wanted
    assert records[1]["period"] == "2023" and records[1]["country"] == "US" and records[1]["low"] is None


def test_cite_this_gives_date_and_licence(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    choose(browser, "f-metric", "arrests")
    browser.evaluate("document.getElementById('cite').open = true")
    cite = text(browser, "#cite")
    # the record's latest source: the article of 4 December 2023
    assert "data as of 4 December 2023" in cite
    assert "CC BY 4.0, https://creativecommons.org/licenses/by/4.0/" in cite
    assert f"This view: {page.as_uri()}#metric=arrests" in cite


# ---------------------------------------------------------------------------
# Print


def test_print_opens_caveats_keeps_headers_and_says_when_filtered(
    run: Invoke, tmp_path: Path, browser: Browser
) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    choose(browser, "f-initiative", "operation-southbound")
    browser.send("Emulation.setEmulatedMedia", media="print")
    caveat = "#fact-southbound-seized-change details li"
    assert browser.evaluate(f"document.querySelector({json.dumps(caveat)}).checkVisibility()") is True
    assert browser.evaluate("getComputedStyle(document.querySelector('#figures thead')).display") == (
        "table-header-group"
    )
    assert text(browser, "#figures caption") == (
        "Only the figures that match: Initiative: Operation Southbound. 2 of 19 figures."
    )
    style = "getComputedStyle(document.querySelector('figure.chart{}'))"
    assert browser.evaluate(style.format("") + ".breakInside") == "avoid"
    assert browser.evaluate(style.format(" figcaption") + ".breakAfter") == "avoid"
    browser.send("Emulation.setEmulatedMedia", media="")
    assert browser.evaluate(f"document.querySelector({json.dumps(caveat)}).checkVisibility()") is False


# ---------------------------------------------------------------------------
# Caveats, quotes, countries


def test_caveats_say_whose_and_countries_have_names(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = export(run, tmp_path / "page.html")
    show(browser, page)
    # The article's two caveats on 1,436 investigations and the DEA's one, each marked
    whose = browser.evaluate(
        "Array.from(document.querySelectorAll('#fact-last-mile-investigations details li .whose'))"
        ".map(w => w.textContent)"
    )
    assert whose == ["Ken Salazar:", "Ken Salazar:", "DEA:"]
    # A figure's caveats from its one source need no mark
    assert browser.evaluate("document.querySelectorAll('#fact-etrace-arrests-2023 .whose').length") == 0
    assert text(browser, "#fact-us-firearms-seized td[data-label=Country]") == "United States"
    assert "US" not in browser.evaluate(
        "Array.from(document.querySelectorAll('#figures td[data-label=Country]')).map(c => c.textContent)"
    )


def test_quotes_in_the_other_language_are_marked(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    (tmp_path / "data.json").write_text(json.dumps(record_with_more()), encoding="utf-8")
    page = export(run, tmp_path / "page.html", "--data", str(tmp_path / "data.json"))
    show(browser, page)
    marked = browser.evaluate(
        "Array.from(document.querySelectorAll('#figures [lang]')).map(e => [e.closest('tr').dataset.id, e.lang])"
    )
    assert marked == [["series-2021", "es"], ["series-2022", "es"], ["series-2023", "es"],
                      ["estimate-a", "es"], ["estimate-b", "es"]]  # fmt: skip
    assert text(browser, "#fact-estimate-a .printed") == "printed “200 mil”"
    # On the Spanish page, the English sources' words are the ones marked.
    page = export(run, tmp_path / "pagina.html", "--data", str(tmp_path / "data.json"), "--lang", "es")
    show(browser, page)
    langs = browser.evaluate("Array.from(document.querySelectorAll('#figures .quote')).map(e => e.lang)")
    # the 19 English figures, and both sides of the one dispute once more
    assert set(langs) == {"en", ""} and langs.count("en") == 21
    assert text(browser, "#fact-us-firearms-seized td[data-label=País]") == "Estados Unidos"
    assert re.search(r"Licencia de los datos: CC BY 4\.0", browser.evaluate("document.body.textContent"))
    assert_clean(browser, page)
