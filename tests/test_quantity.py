"""The same quantity (quantity.py): compare's groups and bar scales, trend, stats --latest.

Expected values are written from data/armsfacts.json as read by hand: each fact's metric,
country, scope, initiative, period and figure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from armsfacts import quantity
from armsfacts.i18n import set_language
from armsfacts.models import Dataset

from .conftest import Invoke

WIDE = {"COLUMNS": "200"}


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A command run with --lang es leaves Spanish in use; the library calls of later tests read English."""
    yield
    set_language("en")


# The four figures issue 17 names, which compare once put on one scale.
US_NO_PERIOD = "firearms_seized/firearms/US/national/count/none"  # "more than 600,000", no period
LAST_MILE = "firearms_seized/firearms/US/operation/operation-last-mile/count/span"  # 8,496, May 2022 - May 2023
OMAHA = "firearms_seized/firearms/US/office/DEA Omaha Division/operation-last-mile/count/none"  # 60
MX_SPANS = "firearms_seized/firearms/MX/national/count/span"  # SEDENA 2009-2019, CESOP 2006-2014, 2018-2023


def test_the_figures_issue_17_names_are_four_quantities(ds: Dataset) -> None:
    keys = {
        fid: quantity.series_id(quantity.series_key(ds, ds.fact_by_id[fid]))
        for fid in ("us-firearms-seized", "last-mile-firearms-seized", "dea-omaha-lm-firearms",
                    "diariopresente-sedena-aseguradas", "realidad7-decomisadas-2006-2014")
    }  # fmt: skip
    assert keys == {
        "us-firearms-seized": US_NO_PERIOD,
        "last-mile-firearms-seized": LAST_MILE,
        "dea-omaha-lm-firearms": OMAHA,
        "diariopresente-sedena-aseguradas": MX_SPANS,
        "realidad7-decomisadas-2006-2014": MX_SPANS,
    }


def test_same_quantity_needs_the_same_period(ds: Dataset) -> None:
    sedena, cesop = ds.fact_by_id["diariopresente-sedena-aseguradas"], ds.fact_by_id["realidad7-decomisadas-2006-2014"]
    assert quantity.same_quantity(ds, sedena, sedena)
    assert not quantity.same_quantity(ds, sedena, cesop)  # one scale, but 2009-2019 is not 2006-2014
    # El Paso's and Omaha's divisions: one metric, one operation, two offices
    assert not quantity.same_quantity(
        ds, ds.fact_by_id["ktsm-lm-elpaso-firearms"], ds.fact_by_id["dea-omaha-lm-firearms"]
    )


def test_compare_json_names_each_rows_group(run: Invoke) -> None:
    rows = json.loads(run("compare", "firearms_seized", "--json").stdout)
    scale = {r["fact"]: r["scale"] for r in rows}
    assert scale["us-firearms-seized"] == US_NO_PERIOD
    assert scale["last-mile-firearms-seized"] == LAST_MILE
    assert scale["dea-omaha-lm-firearms"] == OMAHA
    assert scale["diariopresente-sedena-aseguradas"] == MX_SPANS
    # every printing of Last Mile's figure (six sources) is on Last Mile's scale
    assert [r["scale"] for r in rows if r["fact"] == "last-mile-firearms-seized"] == [LAST_MILE] * 6
    # rows of one group come together
    order = [r["scale"] for r in rows]
    assert all(order.index(s) + order.count(s) - 1 == len(order) - 1 - order[::-1].index(s) for s in set(order))


def test_compare_csv_has_the_scale_column(run: Invoke) -> None:
    lines = run("compare", "firearms_seized", "--format", "csv").stdout.splitlines()
    assert lines[0].endswith(",agreement,scale")
    assert any(line.startswith("firearms_seized,dea-omaha-lm-firearms,") and line.endswith(OMAHA) for line in lines)


def test_compare_headings_say_what_each_group_is(run: Invoke) -> None:
    english = [x for x in run("compare", "firearms_seized", "--format", "plain").stdout.splitlines() if x[:2] == "# "]
    spanish = run("--lang", "es", "compare", "firearms_seized", "--format", "plain").stdout.splitlines()
    assert "# national, United States, no period given" in english
    assert "# Operation Last Mile, one operation, United States, over a span of dates" in english
    assert "# Operation Last Mile, DEA Omaha Division, one office, United States, no period given" in english
    assert "# national, Mexico, over a span of dates" in english
    assert "# Operación Última Milla, División de Omaha de la DEA, una oficina, Estados Unidos, sin periodo" in spanish
    assert "# nacional, México, en un lapso entre fechas" in spanish


def test_compare_table_draws_a_bar_scale_per_group(run: Invoke) -> None:
    out = run("compare", "firearms_seized", "--format", "table", env=WIDE).stdout
    lines = out.splitlines()
    # Mexico's multi-year totals: 308,881 is the full bar (12 cells); 193,413 is 0.626 of it,
    # 60 eighths of 96; more than 47,481 is 0.154 of it, 15 eighths.
    assert any(line.startswith("308,881 firearms ") and " ████████████ " in line for line in lines)
    assert any(line.startswith("193,413 firearms ") and " ███████▌ " in line for line in lines)
    assert any(line.startswith("more than 47,481 firearms ") and " █▉ " in line for line in lines)
    # Omaha's 60 is alone in its group: the full bar, not a sliver beside 600,000
    assert any(line.startswith("60 firearms ") and " ████████████ " in line for line in lines)
    assert "national, United States, no period given" in lines


# ---------------------------------------------------------------------------
# trend

# The record's eTrace series: 18 states with access (La Jornada, as of 18 June 2023, ¶3), 22 (El Heraldo
# del Estado de México, 11 July 2024, ¶7), 22 (AEI Noticias, 7 April 2025, ¶2).
ETRACE_STATES = "states_with_etrace/states/MX/national/etrace/count/as_of"
TREND_PLAIN = """\
# eTrace, national, Mexico, as of a day
Period\tFigure\tWhere
as of 18 June 2023\t18 states\tjornada-etrace-estados-2023-06 ¶3
as of 11 July 2024\t22 states\theraldo-edomex-etrace-2024-07-11 ¶7
as of 7 April 2025\t22 states\taeinoticias-etrace-2025-04-07 ¶2
"""


def test_trend_plain(run: Invoke) -> None:
    result = run("trend", "states_with_etrace", "--format", "plain")
    assert result.exit_code == 0
    assert result.stdout == TREND_PLAIN
    assert result.stderr == ""


def test_trend_in_spanish(run: Invoke) -> None:
    lines = run("--lang", "es", "trend", "states_with_etrace", "--format", "plain").stdout.splitlines()
    assert lines[0] == "# eTrace, nacional, México, a una fecha"
    assert lines[1] == "Periodo\tCifra\tDónde"
    assert lines[2] == "al 18 de junio de 2023\t18 estados\tjornada-etrace-estados-2023-06 ¶3"


def test_trend_json(run: Invoke) -> None:
    rows = json.loads(run("trend", "states_with_etrace", "--json").stdout)
    assert [(r["series"], r["fact"], r["date"], r["value"], r["bound"]) for r in rows] == [
        (ETRACE_STATES, "etrace-states-2023-06", "2023-06-18", 18, "exact"),
        (ETRACE_STATES, "etrace-states-2024-07", "2024-07-11", 22, "exact"),
        (ETRACE_STATES, "etrace-states-2025-04", "2025-04-07", 22, "exact"),
    ]
    assert rows[0]["period"]["as_of"] == "2023-06-18" and rows[0]["as_printed"] == "18 estados"


def test_trend_of_one_series_by_its_name(run: Invoke) -> None:
    lines = run("trend", ETRACE_STATES, "--format", "csv").stdout.splitlines()
    assert lines[0].startswith("series,metric,fact,date,period.start")
    assert [line.split(",")[2] for line in lines[1:]] == [
        "etrace-states-2023-06",
        "etrace-states-2024-07",
        "etrace-states-2025-04",
    ]


def test_trend_table_has_bars(run: Invoke) -> None:
    lines = run("trend", "states_with_etrace", "--format", "table", env=WIDE).stdout.splitlines()
    # 18 of 22 is 0.818 of the bar: 79 eighths of 96, nine cells and seven eighths
    assert any("as of 18 June 2023" in line and " █████████▉ " in line and "18 states" in line for line in lines)
    assert any("as of 11 July 2024" in line and " ████████████ " in line and "22 states" in line for line in lines)


def test_overlapping_spans_are_no_series(run: Invoke) -> None:
    # SEDENA's 2009-2019, CESOP's 2006-2014 and 2018-2023 overlap: one scale, but not a movement
    rows = json.loads(run("trend", "firearms_seized", "--json").stdout)
    assert MX_SPANS not in {r["series"] for r in rows}


def test_trend_without_a_series(run: Invoke) -> None:
    # the record has one figure of task forces deployed: Southbound's nine, as of 14 June 2023
    result = run("trend", "task_forces_deployed")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == (
        "No series of 'task_forces_deployed': no quantity of it has figures at two dates or more.\n"
    )
    assert run("trend", "task_forces_deployed", "--json").stdout == "[]\n"


def test_trend_unknown_metric_suggests(run: Invoke) -> None:
    result = run("trend", "firearms_seizd")
    assert result.exit_code == 3
    assert "firearms_seized" in result.stderr


# ---------------------------------------------------------------------------
# stats --latest


def test_stats_latest_keeps_the_newest_point_of_each_series(run: Invoke) -> None:
    every = run("stats", "--metric", "states_with_etrace", "--fields", "id", "--format", "csv").stdout.split()[1:]
    latest = run("stats", "--metric", "states_with_etrace", "--latest", "--fields", "id", "--format", "csv").stdout
    # 18 states in June 2023 and 22 in July 2024 give way to 22 in April 2025
    assert latest.split()[1:] == ["etrace-states-2025-04"]
    assert len(every) == 3
    firearms = run("stats", "--metric", "firearms_seized", "--latest", "--fields", "id", "--format", "csv").stdout
    assert "us-firearms-seized" in firearms.split()  # no period: stays
    assert "wttl-2023-southbound-oct-mar" not in firearms.split()  # Southbound to June is newer


def test_stats_latest_of_the_yearly_estimates(run: Invoke) -> None:
    rows = json.loads(run("stats", "--metric", "firearms_trafficked_per_year", "--latest", "--json").stdout)
    ids = [r["id"] for r in rows]
    assert "ksl-88000-1997-1999" not in ids  # 1997-1999 gives way to 2010-2012
    assert "ksl-253000-2010-2012" in ids


# ---------------------------------------------------------------------------
# The page's charts


def test_the_page_draws_a_chart_per_quantity(ds: Dataset) -> None:
    from armsfacts.html_charts import charts

    drawn = charts(ds)
    figures = {c.id: [b.fact_id for b in c.bars] + [p.fact_id for p in c.points] for c in drawn}
    for chart in drawn:  # every chart's bars (a series': points) are figures of one quantity
        assert len({quantity.series_key(ds, ds.fact_by_id[fid]) for fid in figures[chart.id]}) == 1
    seized = [(c.title, figures[c.id]) for c in drawn if c.metric == "firearms_seized"]
    # From the record: Last Mile's figure with two sources' differing 8,497; CESOP's 2006-2014,
    # SEDENA's 2009-2019 and the 2018-2023 total for Mexico; Without a Trace's 1,125 against KSAT's
    # 1,143 (as of 2 July 2021); Southbound to March and to June 2023; DHS's 2022 and 2023.
    # "More than 600,000" (no period) and the DEA divisions' 278 and 60 are each alone: no chart.
    titles = [title.split(" — ")[1].rsplit(":", 1)[0] for title, _bars in seized]
    assert {
        "Operation Last Mile, one operation, United States, over a span of dates",
        "national, Mexico, over a span of dates",
        "Operation Without a Trace, one operation, as of a day",
        "Operation Southbound, one operation, over a span of dates",
        "Operation Northern Border, one operation, Mexico, as of a day",
    } <= set(titles)
    every = {fid for _title, bars in seized for fid in bars}
    assert not every & {"us-firearms-seized", "dea-omaha-lm-firearms", "ktsm-lm-elpaso-firearms"}


def test_trend_markdown_has_a_heading_per_series(run: Invoke) -> None:
    assert run("trend", "firearms_trafficked_per_year", "--format", "markdown").stdout == (
        "### national, over a span of dates, estimates\n"
        "\n"
        "| Period | Figure | Where |\n"
        "|---|---|---|\n"
        "| 1 January 1997 – 31 December 1999 | 88,000 firearms a year | ksl-253000-us-guns-smuggled-2013 ¶9 |\n"
        "| 1 January 2010 – 31 December 2012 | 253,000 firearms a year | ksl-253000-us-guns-smuggled-2013 ¶9 |\n"
        # the journal version's estimate of the same years: one point of the series, given twice
        "| 1 January 2010 – 31 December 2012 | 212,887 firearms a year | secdev-way-of-the-gun-jeg ¶4 |\n"
    )


def test_trend_table_in_spanish(run: Invoke) -> None:
    lines = run("--lang", "es", "trend", "firearms_trafficked_per_year", "-f", "table", env=WIDE).stdout.splitlines()
    assert lines[0] == "nacional, en un lapso entre fechas, estimaciones"
    assert lines[1].split() == ["Periodo", "Escala", "Cifra", "Dónde"]
    # 88,000 of 253,000 is 0.348 of the bar: 33 eighths of 96, four cells and a sliver
    assert " ████▏ " in lines[3] and "88,000 armas de fuego al año" in lines[3]
    assert " ████████████ " in lines[4] and "253,000 armas de fuego al año" in lines[4]


def test_a_series_that_is_not_one_is_not_found_and_the_real_ones_are_suggested(run: Invoke) -> None:
    # FGR's yearly seizures are a series of the record; a series named with the agency in the wrong place is not
    result = run("trend", "firearms_seized/firearms/agency/fgr/count/year")
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith("Error: no series 'firearms_seized/firearms/agency/fgr/count/year'")
    assert "firearms_seized/firearms/MX/agency/count/year/FGR" in result.stderr
    spanish = run("--lang", "es", "trend", "arrests/people/nowhere")
    assert spanish.exit_code == 3 and "no hay una serie 'arrests/people/nowhere'" in spanish.stderr
