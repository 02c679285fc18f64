"""Seizures of firearms bound for Mexico (U.S.), Mexico's own seizure totals, and Operación Frontera Norte.

Every expected value below was written from the pages as read in the search tool's stored copies
(issue 18), not from the program's output: the figure as the page prints it, the value and bound
that printing stands for, the page it is on and the period the page gives.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from armsfacts.models import Dataset

from .record_pages import period_of
from .test_record_2026 import FIGURES as FIGURES_2026
from .test_record_2026 import OFN_CASES as POINTS_2026
from .test_record_coverage import OFN_POINTS as LATER_POINTS

OFN = "operacion-frontera-norte"
SINCE_TRUMP = {"start": "2025-01-20", "end": "2026-02-18"}
OCT_JUL_FY24 = {"start": "2023-10-01", "end": "2024-07-31"}
FY25_TO_APRIL = {"start": "2024-10-01", "end": "2025-04-30"}

# Operación Frontera Norte: (as of, source) -> {kind: (as printed, value, bound)}; kinds are
# arrests (personas detenidas), firearms, rounds (cartuchos) and magazines (cargadores).
SERIES: dict[tuple[str, str], dict[str, tuple[str, float, str]]] = {
    ("2025-02-23", "radioplatino-ofn-2025-02-23"): {
        "arrests": ("746 personas", 746, "exact"), "firearms": ("705 armas de fuego", 705, "exact"),
        "rounds": ("80,317 cartuchos", 80317, "exact"), "magazines": ("2,914 cargadores", 2914, "exact")},
    ("2025-03-16", "lasillarota-ofn-2025-03-17"): {
        "arrests": ("1,503 personas", 1503, "exact"), "firearms": ("1,397 armas de fuego", 1397, "exact"),
        "rounds": ("192,458 cartuchos", 192458, "exact"), "magazines": ("5,860 cargadores", 5860, "exact")},
    ("2025-04-10", "cronica-ofn-2025-04-11"): {
        "arrests": ("dos mil 328 personas", 2328, "exact"), "firearms": ("dos mil 76 armas de fuego", 2076, "exact"),
        "rounds": ("335 mil 364 cartuchos", 335364, "exact"), "magazines": ("10 mil 570 cargadores", 10570, "exact")},
    ("2025-05-30", "notivox-ofn-2025-05-30"): {
        "arrests": ("tres mil 854 personas", 3854, "exact"),
        "firearms": ("tres mil 238 armas de fuego", 3238, "exact"),
        "rounds": ("538 mil 408 cartuchos", 538408, "exact"), "magazines": ("15 mil 588 cargadores", 15588, "exact")},
    ("2025-06-24", "kjzz-ofn-arrests-2025-06-24"): {
        "arrests": ("More than 4,000 suspects", 4000, "more_than")},
    ("2025-07-16", "red113mx-ofn-2025-07-16"): {
        "arrests": ("5,330 personas", 5330, "exact"), "firearms": ("4,345 armas de fuego", 4345, "exact"),
        "rounds": ("706,156 cartuchos", 706156, "exact"), "magazines": ("20,638 cargadores", 20638, "exact")},
    ("2025-08-25", "pulsoslp-ofn-2025-08-27"): {
        "arrests": ("seis mil 680 personas", 6680, "exact"),
        "firearms": ("cinco mil 189 armas de fuego", 5189, "exact"),
        "rounds": ("900 mil 682 cartuchos", 900682, "exact"), "magazines": ("24 mil 714 cargadores", 24714, "exact")},
    ("2025-09-02", "eluniversal-ofn-2025-09-02"): {
        "arrests": ("seis mil 863 personas", 6863, "exact"),
        "firearms": ("cinco mil 339 armas de fuego", 5339, "exact"),
        "rounds": ("931 mil 207 cartuchos", 931207, "exact"), "magazines": ("25 mil 392 cargadores", 25392, "exact")},
    ("2025-10-02", "sentidocomun-ofn-2025-10-02"): {
        "arrests": ("7,784 personas", 7784, "exact"), "firearms": ("5,961 armas de fuego", 5961, "exact"),
        "rounds": ("más de un millón de cartuchos", 1_000_000, "more_than"),
        "magazines": ("28,204 cargadores", 28204, "exact")},
    ("2025-10-28", "cronica-ofn-2025-10-29"): {
        "arrests": ("8,480 presuntos criminales", 8480, "exact"), "firearms": ("6,561 armas de fuego", 6561, "exact"),
        "rounds": ("un millón 134 mil 565 cartuchos", 1134565, "exact"),
        "magazines": ("30,179 cargadores", 30179, "exact")},
    ("2025-12-14", "contactohoy-ofn-2025-12-15"): {
        "arrests": ("9,969 personas", 9969, "exact"), "firearms": ("7,413 armas de fuego", 7413, "exact"),
        "rounds": ("1 millón 261 mil 87 cartuchos", 1261087, "exact"),
        "magazines": ("33,785 cargadores", 33785, "exact")},
    ("2025-12-29", "adn40-ofn-2025-12-30"): {
        "arrests": ("10 mil 379 personas", 10379, "exact"), "firearms": ("7,575 armas de fuego", 7575, "exact"),
        "rounds": ("1,278,814 cartuchos", 1278814, "exact"), "magazines": ("34,265 cargadores", 34265, "exact")},
    ("2026-01-14", "razon-ofn-2026-01-15"): {
        "arrests": ("10,784 personas", 10784, "exact"), "firearms": ("7,903 armas de fuego", 7903, "exact"),
        "rounds": ("1,341,722 cartuchos", 1341722, "exact"), "magazines": ("35,315 cargadores", 35315, "exact")},
    ("2026-01-20", "nmas-ofn-2026-01-20"): {
        "arrests": ("10 mil 890 personas", 10890, "exact"), "firearms": ("8 mil 74 armas de fuego", 8074, "exact"),
        "rounds": ("un millón 376 mil 568 cartuchos", 1376568, "exact"),
        "magazines": ("35 mil 817 cargadores", 35817, "exact")},
}  # fmt: skip

# Other pages' printings of an Operación Frontera Norte point: (as of, source) -> {kind: printing}.
SERIES_REPORTS: dict[tuple[str, str], dict[str, tuple[str, float, str]]] = {
    ("2025-09-02", "infobae-ofn-2025-09-03"): {
        "arrests": ("6 mil 863 personas", 6863, "exact"), "firearms": ("5 mil 339 armas de fuego", 5339, "exact"),
        "rounds": ("931 mil 207 cartuchos", 931207, "exact"), "magazines": ("25 mil 392 cargadores", 25392, "exact")},
    ("2025-10-28", "nmas-ofn-2025-11-03"): {
        "arrests": ("8,480 personas", 8480, "exact"), "firearms": ("6,561 armas de fuego", 6561, "exact"),
        "rounds": ("1,134,565 cartuchos", 1134565, "exact"), "magazines": ("30,179 cargadores", 30179, "exact")},
    ("2025-12-29", "mexnoticias-ofn-2025-12-29"): {
        "arrests": ("10 mil 379 personas", 10379, "exact"), "firearms": ("7 mil 575 armas de fuego", 7575, "exact"),
        "rounds": ("más de un millón 278 mil cartuchos", 1278000, "more_than"),
        "magazines": ("34 mil 265 cargadores", 34265, "exact")},
    ("2026-01-20", "nmas-ofn-2026-01-21"): {
        "arrests": ("10 mil 896 personas", 10896, "exact"), "firearms": ("8 mil 080 armas de fuego", 8080, "exact"),
        "rounds": ("un millón 378 mil 201 cartuchos", 1378201, "exact"),
        "magazines": ("35 mil 829 cargadores", 35829, "exact")},
}  # fmt: skip

METRIC = {
    "arrests": ("arrests", "people"),
    "firearms": ("firearms_seized", "firearms"),
    "rounds": ("ammunition_seized", "rounds"),
    "magazines": ("magazines_seized", "magazines"),
}


def _since_oct_2024(end: str) -> dict[str, str]:
    return {"start": "2024-10-01", "end": end}


# fact id: (as printed, value, bound, source, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, dict[str, Any] | None]] = {
    # Mexico: the running total the security secretary gives since the government took office
    "mx-firearms-2024-10-28": ("834 armas de fuego", 834, "exact", "noreste-harfuch-2024-10-29", _since_oct_2024("2024-10-28")),
    "mx-firearms-2024-11-08": ("1.334 armas de fuego", 1334, "exact", "cnnespanol-harfuch-2024-11-12", _since_oct_2024("2024-11-08")),
    "mx-firearms-2025-01-26": ("4,981", 4981, "exact", "elheraldoslp-harfuch-2025-01-28", _since_oct_2024("2025-01-26")),
    "mx-firearms-2025-03-23": (
        "más de 8 mil 200 armas de fuego", 8200, "more_than", "imagenver-harfuch-2025-03-25", _since_oct_2024("2025-03-23")),
    "mx-firearms-2025-07-03": ("13 mil 275 armas de fuego", 13275, "exact", "inoticias-harfuch-2025-07", _since_oct_2024("2025-07-03")),
    "mx-firearms-2025-08-25": ("15 mil 496 armas de fuego", 15496, "exact", "pulsoslp-harfuch-2025-08-27", _since_oct_2024("2025-08-25")),
    "mx-firearms-2025-09-08": ("16,048 armas de fuego", 16048, "exact", "razon-harfuch-2025-09-09", _since_oct_2024("2025-09-08")),
    "mx-firearms-2025-12-31": ("21 mil 400 armas de fuego", 21400, "exact", "notisistema-harfuch-2026-01-08", _since_oct_2024("2025-12-31")),
    "mx-firearms-2026-01-31": ("22 mil 800 armas de fuego", 22800, "exact", "cuartopoder-harfuch-2026-02", _since_oct_2024("2026-01-31")),
    "mx-firearms-2026-02-28": ("24 mil armas de fuego", 24000, "exact", "notisistema-harfuch-2026-03-10", _since_oct_2024("2026-02-28")),
    "mx-firearms-2025-08-21-to-09-08": (
        "552 armas de fuego", 552, "exact", "razon-harfuch-2025-09-09", {"start": "2025-08-21", "end": "2025-09-08"}),
    # Mexico: the Defence ministry, by year (Milenio)
    "defensa-firearms-2025-jan-nov": (
        "12 mil 528 armas de fuego", 12528, "exact", "milenio-defensa-armas-2025", {"start": "2025-01-01", "end": "2025-11-30"}),
    "defensa-firearms-2024": ("9 mil 790", 9790, "exact", "milenio-defensa-armas-2025", {"year": 2024}),
    "defensa-firearms-2023": ("9 mil 394", 9394, "exact", "milenio-defensa-armas-2025", {"year": 2023}),
    "defensa-firearms-2022": ("7 mil 922", 7922, "exact", "milenio-defensa-armas-2025", {"year": 2022}),
    "defensa-firearms-2021": ("5 mil 348", 5348, "exact", "milenio-defensa-armas-2025", {"year": 2021}),
    "defensa-firearms-2020": ("9 mil 515", 9515, "exact", "milenio-defensa-armas-2025", {"year": 2020}),
    "defensa-firearms-2019": ("5 mil 657", 5657, "exact", "milenio-defensa-armas-2025", {"year": 2019}),
    # Mexico: the FGR, by year (INEGI's census, El Economista)
    "fgr-firearms-2024": ("24,236 armas de fuego", 24236, "exact", "economista-fgr-armas-2025-10-03", {"year": 2024}),
    "fgr-firearms-2023": ("28,280 piezas", 28280, "exact", "economista-fgr-armas-2025-10-03", {"year": 2023}),
    "fgr-firearms-2022": ("23,378 armas", 23378, "exact", "economista-fgr-armas-2025-10-03", {"year": 2022}),
    "fgr-firearms-2021": ("21,751", 21751, "exact", "economista-fgr-armas-2025-10-03", {"year": 2021}),
    "fgr-firearms-2020": ("19,708", 19708, "exact", "economista-fgr-armas-2025-10-03", {"year": 2020}),
    "fgr-rounds-2024": (
        "1 millón 706,860 municiones de uso común", 1706860, "exact", "economista-fgr-armas-2025-10-03", {"year": 2024}),
    # United States: ATF since January 2025
    "atf-mx-bound-firearms-2026-02": ("4,359 guns", 4359, "exact", "foxnews-atf-36k-guns-2026-02-18", SINCE_TRUMP),
    "atf-mx-bound-rounds-2026-02": ("648 mil 975 municiones", 648975, "exact", "doctorj-atf-mexico-2026-02", SINCE_TRUMP),
    "us-mx-bound-firearms-2025-05-02": (
        "nearly 9,700 firearms", 9700, "nearly", "kjzz-9700-guns-2025-05-02", {"start": "2025-01-20", "end": "2025-05-02"}),
    # United States: CBP, by fiscal year and by port or stretch of border
    "cbp-outbound-firearms-fy2025": ("604 armas", 604, "exact", "lucesdelsiglo-cbp-2025-10-28", {"fiscal_year": 2025}),
    "cbp-outbound-firearms-fy2024": ("mil 110", 1110, "exact", "lucesdelsiglo-cbp-2025-10-28", {"fiscal_year": 2024}),
    "cbp-outbound-firearms-fy2023": ("mil 171", 1171, "exact", "lucesdelsiglo-cbp-2025-10-28", {"fiscal_year": 2023}),
    "cbp-outbound-events-2025-jan-sep": (
        "182 casos", 182, "exact", "lucesdelsiglo-cbp-2025-10-28", {"start": "2025-01-01", "end": "2025-09-30"}),
    "cbp-outbound-events-2024-jan-sep": (
        "288 eventos", 288, "exact", "lucesdelsiglo-cbp-2025-10-28", {"start": "2024-01-01", "end": "2024-09-30"}),
    "gnd-cbp-firearms-fy2025-oct-apr": ("437 firearms", 437, "exact", "gunnewsdaily-cbp-437-2025", FY25_TO_APRIL),
    "gnd-cbp-firearms-fy2024-oct-apr": (
        "1,110", 1110, "exact", "gunnewsdaily-cbp-437-2025", {"start": "2023-10-01", "end": "2024-04-30"}),
    "gnd-cbp-firearms-texas-fy2025": ("339", 339, "exact", "gunnewsdaily-cbp-437-2025", FY25_TO_APRIL),
    "us-mx-bound-fy24-oct-jul": ("mil 30 armas", 1030, "exact", "expreso-eu-decomiso-armas-2024", OCT_JUL_FY24),
    "us-mx-bound-laredo-fy24-oct-jul": ("841 armas", 841, "exact", "expreso-eu-decomiso-armas-2024", OCT_JUL_FY24),
    "us-mx-bound-tucson-fy24-oct-jul": ("161 armas", 161, "exact", "expreso-eu-decomiso-armas-2024", OCT_JUL_FY24),
    "us-firearms-fy2025-to-2025-12": (
        "5,395 armas", 5395, "exact", "expansion-armas-2026-01-29", {"start": "2024-10-01", "end": "2025-12-31"}),
    "cbp-border-rounds-fy2025": ("190,881 balas", 190881, "exact", "expansion-municiones-2026-02-09", {"fiscal_year": 2025}),
    "cbp-border-rounds-fy2024": ("428,931 balas", 428931, "exact", "expansion-municiones-2026-02-09", {"fiscal_year": 2024}),
    "cbp-laredo-fo-firearms-fy2025": ("514 armas", 514, "exact", "elmanana-cbp-laredo-fy2025", {"fiscal_year": 2025}),
    "cbp-laredo-fo-rounds-fy2025": (
        "54,896 municiones", 54896, "exact", "elmanana-cbp-laredo-fy2025", {"fiscal_year": 2025}),
    "cbp-southbound-firearms-2025-26": (
        "153 armas", 153, "exact", "elsiglo-mx-vs-eu-armas-2026", {"start": "2025-01-01", "end": "2026-02-28"}),
}  # fmt: skip

# Other sources' printings of a figure: (fact id, source) -> (as printed, value, bound).
REPORTS: dict[tuple[str, str], tuple[str, float, str]] = {
    ("mx-firearms-2024-11-08", "sprinforma-harfuch-2024-11"): ("1,334 armas de fuego aseguradas", 1334, "exact"),
    ("mx-firearms-2025-12-31", "expansion-armas-2026-01-29"): ("21,400 armas de fuego", 21400, "exact"),
    ("defensa-firearms-2024", "vmas-sedena-sinaloa-2025-10-27"): ("9,798", 9798, "exact"),
    ("fgr-firearms-2024", "razon-sonora-armas-2025-10-09"): ("24 mil 236 armas de fuego", 24236, "exact"),
    ("fgr-rounds-2024", "razon-sonora-armas-2025-10-09"): ("un millón 706 mil 860 municiones de uso común", 1706860, "exact"),
    ("atf-mx-bound-firearms-2026-02", "doctorj-atf-mexico-2026-02"): ("4 mil 359 armas de fuego", 4359, "exact"),
    ("atf-mx-bound-firearms-2026-02", "elsiglo-mx-vs-eu-armas-2026"): ("4 mil 359 armas de fuego", 4359, "exact"),
    ("atf-mx-bound-rounds-2026-02", "foxnews-atf-36k-guns-2026-02-18"): ("more than 648,000 rounds", 648000, "more_than"),
    ("atf-mx-bound-rounds-2026-02", "elsiglo-mx-vs-eu-armas-2026"): ("648 mil 975 cartuchos", 648975, "exact"),
    ("us-mx-bound-firearms-2025-05-02", "mnd-9700-firearms-2025"): ("nearly 9,700 firearms", 9700, "nearly"),
    ("us-mx-bound-fy24-oct-jul", "forocuatro-decomiso-armas-2024"): ("mil 30 armas", 1030, "exact"),
    ("us-mx-bound-laredo-fy24-oct-jul", "forocuatro-decomiso-armas-2024"): ("841 armas", 841, "exact"),
    ("us-mx-bound-tucson-fy24-oct-jul", "forocuatro-decomiso-armas-2024"): ("161 armas", 161, "exact"),
}  # fmt: skip


def _point_id(kind: str, day: str) -> str:
    return f"ofn-{kind}-{day}"


SERIES_POINTS = sorted((day, source, kind) for (day, source), figures in SERIES.items() for kind in figures)
SERIES_PRINTINGS = sorted((day, source, kind) for (day, source), figures in SERIES_REPORTS.items() for kind in figures)


@pytest.mark.parametrize(("day", "source", "kind"), SERIES_POINTS)
def test_frontera_norte_point_as_its_page_prints_it(ds: Dataset, day: str, source: str, kind: str) -> None:
    as_printed, value, bound = SERIES[day, source][kind]
    fact = ds.fact_by_id[_point_id(kind, day)]
    assert (fact.as_printed, fact.value, fact.bound, fact.source) == (as_printed, value, bound, source)
    assert period_of(fact) == {"as_of": day}
    # every point of a series is the same quantity: only the day moves
    assert (fact.metric, fact.unit, fact.initiative, fact.country) == (*METRIC[kind], OFN, "MX")
    assert fact.scope is not None and fact.scope.level == "operation" and fact.scope.name is None
    assert fact.estimate is None


@pytest.mark.parametrize(("day", "source", "kind"), SERIES_PRINTINGS)
def test_frontera_norte_point_as_another_page_prints_it(ds: Dataset, day: str, source: str, kind: str) -> None:
    printed = ds.fact_by_id[_point_id(kind, day)].printed_by(source)
    assert (printed.as_printed, printed.value, printed.bound) == SERIES_REPORTS[day, source][kind]


@pytest.mark.parametrize("kind", sorted(METRIC))
def test_frontera_norte_totals_only_grow(ds: Dataset, kind: str) -> None:
    points = sorted(
        (f for f in ds.facts if f.initiative == OFN and f.metric == METRIC[kind][0]),
        key=lambda f: f.period.as_of if f.period and f.period.as_of else dt.date.min,
    )
    # every day of the series that a page was read for, here and in the later days of issue 18, and no other
    days = {day for day, _source, k in SERIES_POINTS if k == kind} | {day for day, k in LATER_POINTS if k == kind}
    days |= {day for day, _source, k in POINTS_2026 if k == kind}
    days |= {fid.removeprefix(f"ofn-{kind}-") for fid in FIGURES_2026 if fid.startswith(f"ofn-{kind}-")}
    assert [f.id for f in points] == [_point_id(kind, day) for day in sorted(days)]
    # Exact totals never fall; a lower bound ("más de un millón") only says the total had passed it,
    # so it may sit below an exact total of an earlier day, but never above an exact total of a later one.
    exact = [f.value for f in points if f.bound == "exact"]
    assert exact == sorted(exact), [f.id for f in points]
    for i, low in enumerate(points):
        if low.bound == "more_than":
            assert all(low.value < f.value for f in points[i + 1 :] if f.bound == "exact"), low.id


def test_frontera_norte_is_an_initiative_from_5_february_2025(ds: Dataset) -> None:
    ini = next(i for i in ds.initiatives if i.id == OFN)
    assert (ini.name_es, ini.kind, ini.lead_agency) == ("Operación Frontera Norte", "operation", "MX-SECURITY-CABINET")
    assert ini.period is not None and ini.period.start == dt.date(2025, 2, 5) and ini.period.end is None
    assert "GN" in ini.agencies and "SEDENA" in ini.agencies


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_seizure_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    as_printed, value, bound, source, period = FIGURES[fact_id]
    fact = ds.fact_by_id[fact_id]
    assert (fact.as_printed, fact.value, fact.bound, fact.source) == (as_printed, value, bound, source)
    assert period_of(fact) == period


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_seizure_figure_as_another_page_prints_it(ds: Dataset, fact_id: str, source: str) -> None:
    printed = ds.fact_by_id[fact_id].printed_by(source)
    assert (printed.as_printed, printed.value, printed.bound) == REPORTS[fact_id, source]


def test_what_the_printings_say_together(ds: Dataset) -> None:
    # Two N+ reports both dated 20 January 2026 print different totals: kept as a dispute.
    for kind in METRIC:
        assert ds.fact_by_id[_point_id(kind, "2026-01-20")].agreement == "disputed", kind
    # Milenio's 9,790 and V+ Noticias' 9,798 for the Defence ministry's 2024 cannot both be true.
    assert ds.fact_by_id["defensa-firearms-2024"].agreement == "disputed"
    # "más de un millón 278 mil" is a lower bound that 1,278,814 meets; Fox's "more than 648,000" likewise.
    assert ds.fact_by_id[_point_id("rounds", "2025-12-29")].agreement == "corroborated"
    assert ds.fact_by_id["atf-mx-bound-rounds-2026-02"].agreement == "corroborated"
    # Expansión prints the 21 mil 400 as 21,400.
    assert ds.fact_by_id["mx-firearms-2025-12-31"].agreement == "corroborated"


def test_counts_that_are_not_the_same_quantity_are_kept_apart(ds: Dataset) -> None:
    # CBP's land-border count by fiscal year, its Laredo office's (either direction) and ATF's are three scopes.
    scopes = {
        fid: (ds.fact_by_id[fid].metric, ds.fact_by_id[fid].scope.level if ds.fact_by_id[fid].scope else None)
        for fid in ("cbp-outbound-firearms-fy2025", "cbp-laredo-fo-firearms-fy2025", "atf-mx-bound-firearms-2026-02")
    }
    assert scopes == {
        "cbp-outbound-firearms-fy2025": ("firearms_intercepted", "region"),
        "cbp-laredo-fo-firearms-fy2025": ("firearms_seized", "office"),
        "atf-mx-bound-firearms-2026-02": ("firearms_intercepted", "agency"),
    }
    # A seizure event is not a firearm.
    events = ds.fact_by_id["cbp-outbound-events-2025-jan-sep"]
    assert (events.metric, events.unit) == ("weapon_seizure_events", "seizure_events")
    # The Defence ministry's and the FGR's yearly totals count different things.
    assert ds.fact_by_id["defensa-firearms-2024"].agencies == ["SEDENA"]
    assert ds.fact_by_id["fgr-firearms-2024"].agencies == ["FGR"]


def test_this_topic_reaches_its_targets(ds: Dataset) -> None:
    ids = set(FIGURES) | {_point_id(kind, day) for day, _source, kind in SERIES_POINTS}
    facts = [ds.fact_by_id[i] for i in ids]
    pages = {s for f in facts for s in f.sources}
    spanish = {s.id for s in ds.sources if s.id in pages and s.language == "es"}
    recent = [f for f in facts if f.period and f.period.last_day and f.period.last_day.year >= 2024]
    assert len(facts) >= 35 and len(pages) >= 12
    assert 2 * len(spanish) >= len(pages)
    assert 2 * len(recent) > len(facts)
