"""The record's coverage of 2024-2026 (issue 18): Operación Frontera Norte's later days, U.S. seizures and
charges, Mexico's own seizure totals, ATF's January 2025 trace report, the lawsuits.

Every expected value below was written from the page as read in the search tool's stored copy (the figure
as the page prints it, the line it sits on, the days and years it names), not from the program's output.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from armsfacts.models import Dataset

from .record_pages import as_recorded, as_reported, assert_in_spanish_from_a_read_page, period_of

F7 = "formato7-ofn-2025-03-07"
TRI = "tribunaabierta-ofn-2025-04-23"
N0929 = "nmas-ofn-2025-09-29"
N1127 = "nmas-ofn-2025-11-27"
N1209 = "nmas-ofn-2025-12-09"
N0106 = "nmas-ofn-2026-01-06"
N0112 = "nmas-ofn-2026-01-12"
NOV = "noventagrados-ofn-2026-01-13"
N0118 = "nmas-ofn-2026-01-18"
SSPC = "sspc-ofn-2026-03-11"
DEX = "dallasexpress-laredo-300-guns"
BRL = "borderreport-laredo-300-guns"
DCB = "dcbrief-laredo-400-firearms"
MEN = "mentecali-laredo-400-armas"
BRB = "breitbart-laredo-500-2025-11-02"
AGU = "aguayonews-laredo-300-rifles"
FNW = "fednewswire-laredo-plea-534"
KVIA = "kvia-firewall-elpaso-2025-09-30"
EXP = "expreso-eu-decomiso-armas-2024"
TXD = "texasdems-tribune-bsca-300"
EXPR = "expresopress-24mil-armas-2026-03"
SUR = "elsur-rastreo-2024-02"
EUN = "eluniversal-fgr-armas-cdmx"
INF = "informantepen-inegi-armas-2023"
BRN = "borderreport-nfcta-2025-01-10"
PUB = "publico-lat-armas-legales"
J23 = "jornada-etrace-estados-2023-06"
TUC = "tucsonsentinel-iron-river-2024"
HER = "heraldo-demanda-arizona-2022-10"
EST = "laestrella-demanda-az-2022-10"
SOL = "elsoldemexico-demanda-arizona"
SIN = "sinembargo-cortafuegos-2025-09"
REG = "regeneracion-firewall-2025-09-30"
EXA = "expansion-un-ano-armas-2025-10"
ENF = "enfoque-desarme-2600-armas"
EXD = "expansion-desarme-2025-07-09"
HDS = "heraldo-desarme-2135-2025-07-09"
NOR = "noroeste-atf-36mil-armas-2026-02"
CLO = "closeup-atf-4mil-armas-2026-02"
ONC = "oncenoticias-relampago-desierto"
KGN = "kgun9-nogales-weapons-2025-05-03"
FOX = "foxnews-atf-36k-guns-2026-02-18"
MND = "mnd-edomex-etrace-2024-07"
ATF_SPAN = {"start": "2025-01-20", "end": "2026-02-18"}

LAREDO_DAY = {"start": "2025-10-23", "end": "2025-10-23"}
Y2123 = {"start": "2021-01-01", "end": "2023-12-31"}
Y1721 = {"start": "2017-01-01", "end": "2021-12-31"}
JAN_SEP_2023 = {"start": "2023-01-01", "end": "2023-09-30"}
SEXENIO = {"start": "2018-12-01"}

# Operación Frontera Norte, day by day: day -> (source, {kind: (as printed, value, bound, paragraph)})
OFN: dict[str, tuple[str, dict[str, tuple[str, float, str, int]]]] = {
    "2025-03-06": (F7, {
        "arrests": ("mil 199 personas detenidas", 1199, "exact", 1),
        "firearms": ("mil 136 armas de fuego aseguradas", 1136, "exact", 1),
    }),
    "2025-04-23": (TRI, {
        "arrests": ("2,670 personas", 2670, "exact", 2),
        "firearms": ("2,327 armas de fuego", 2327, "exact", 2),
        "rounds": ("375,270 cartuchos", 375270, "exact", 2),
        "magazines": ("11,571 cargadores", 11571, "exact", 2),
    }),
    "2025-09-28": (N0929, {
        "arrests": ("7 mil 663 personas", 7663, "exact", 1),
        "firearms": ("5 mil 900 armas de fuego", 5900, "exact", 1),
        "rounds": ("un millón 034 mil 754 cartuchos", 1034754, "exact", 1),
        "magazines": ("28 mil 031 cargadores", 28031, "exact", 1),
    }),
    "2025-11-26": (N1127, {
        "arrests": ("9 mil 445 personas detenidas", 9445, "exact", 2),
        "firearms": ("7 mil 072 armas de fuego", 7072, "exact", 2),
        "rounds": ("1,220,039 cartuchos", 1220039, "exact", 14),
        "magazines": ("32,560 cargadores", 32560, "exact", 15),
    }),
    "2025-12-09": (N1209, {
        "arrests": ("9,808 personas", 9808, "exact", 2),
        "firearms": ("7,293 armas de fuego", 7293, "exact", 2),
        "rounds": ("1,242,669 cartuchos", 1242669, "exact", 2),
        "magazines": ("33,400 cargadores", 33400, "exact", 2),
    }),
    "2026-01-06": (N0106, {
        "arrests": ("10,520 personas", 10520, "exact", 2),
        "firearms": ("7,714 armas de fuego", 7714, "exact", 2),
        "rounds": ("un millón 289,460 cartuchos", 1289460, "exact", 2),
        "magazines": ("34,481 cargadores", 34481, "exact", 2),
    }),
    "2026-01-11": (N0112, {
        "arrests": ("10 mil 706 personas", 10706, "exact", 2),
        "firearms": ("7,855 armas de fuego", 7855, "exact", 2),
        "magazines": ("34 mil 995 cargadores", 34995, "exact", 2),
    }),
    "2026-01-12": (NOV, {
        "arrests": ("10 mil 713 personas detenidas", 10713, "exact", 2),
        "firearms": ("7 mil 869 armas de fuego", 7869, "exact", 3),
        "rounds": ("más de 1.3 millones de cartuchos", 1300000, "more_than", 3),
        "magazines": ("35 mil cargadores", 35000, "exact", 3),
    }),
    "2026-01-18": (N0118, {
        "arrests": ("10 mil 880 personas", 10880, "exact", 2),
        "firearms": ("8,058 armas de fuego", 8058, "exact", 2),
        "rounds": ("1,373,467 cartuchos", 1373467, "exact", 2),
        "magazines": ("35,778 cargadores", 35778, "exact", 2),
    }),
    "2026-03-11": (SSPC, {
        "arrests": ("12,424 personas", 12424, "exact", 8),
        "firearms": ("8,854 armas de fuego", 8854, "exact", 8),
        "rounds": ("1,511,484 cartuchos", 1511484, "exact", 8),
        "magazines": ("38,787 cargadores", 38787, "exact", 8),
    }),
}  # fmt: skip
OFN_POINTS = [(day, kind) for day, (_source, kinds) in OFN.items() for kind in kinds]
METRIC = {
    "arrests": ("arrests", "people"),
    "firearms": ("firearms_seized", "firearms"),
    "rounds": ("ammunition_seized", "rounds"),
    "magazines": ("magazines_seized", "magazines"),
}

# fact id: (as printed, value, bound, source, paragraph, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, int, dict[str, Any] | None]] = {
    # U.S. seizures and charges
    "laredo-case-2025-10-firearms": ("more than 300 firearms", 300, "more_than", DEX, 1, LAREDO_DAY),
    "laredo-case-2025-10-arrests": ("two suspects", 2, "exact", DCB, 4, LAREDO_DAY),
    "laredo-case-2025-10-prior-trips": ("12 previous occasions", 12, "exact", BRL, 10, None),
    "cbp-elpaso-events-fy2025": ("26 seizures", 26, "exact", KVIA, 8, {"fiscal_year": 2025}),
    "us-mx-bound-laredo-2021": ("308 armas", 308, "exact", EXP, 3, {"year": 2021}),
    "us-mx-bound-tucson-fy2021": ("71", 71, "exact", EXP, 4, {"fiscal_year": 2021}),
    # Expreso gives no period for the 109, and its regional counts add up to more than its 10-month total
    "us-mx-bound-tx-chih-ca-bc": ("109 armas", 109, "exact", EXP, 5, None),
    "bsca-people-charged-2024-03": ("over 300 defendants", 300, "more_than", TXD, 10, None),
    "atf-us-firearms-2026-02": ("36 mil 277 armas de fuego", 36277, "exact", NOR, 1, ATF_SPAN),
    "atf-us-rounds-2026-02": ("2 millones 317 mil 999 cartuchos", 2317999, "exact", NOR, 1, ATF_SPAN),
    # Once Noticias' ATF list: 20 January to 1 May, a span of its own beside KJZZ's "nearly 9,700" to 2 May
    "us-mx-bound-firearms-2025-05-01": (
        "10,592 armas de fuego", 10592, "exact", ONC, 5, {"start": "2025-01-20", "end": "2025-05-01"}),
    "us-mx-bound-rounds-2025-05-01": (
        "655,388 cartuchos de munición", 655388, "exact", ONC, 6, {"start": "2025-01-20", "end": "2025-05-01"}),
    "cbp-weapon-events-fy2024": ("4,932 weapon and ammunition seizure events", 4932, "exact", KGN, 16, {"fiscal_year": 2024}),
    "cbp-weapon-events-fy25-oct-mar": (
        "1,909 seizure events", 1909, "exact", KGN, 16, {"start": "2024-10-01", "end": "2025-03-31"}),
    "etrace-arrests-2024-07": ("473 arrests", 473, "exact", MND, 3, {"as_of": "2024-07-10"}),
    # Mexico's own seizure totals
    "mx-us-origin-share-2026-02": ("75 por ciento", 75, "exact", EXPR, 3, {"start": "2024-10-01", "end": "2026-02-28"}),
    # El Sur ¶8: a second SEDENA report (seizures so far in the sexenio) gives 7 mil 911 for 2022, beside ¶3's 7 mil 916
    "sedena-sexenio-report-2022": ("7 mil 911", 7911, "exact", SUR, 8, {"year": 2022}),
    "sedena-us-origin-2022": ("6 mil", 6000, "exact", SUR, 3, {"year": 2022}),
    "sedena-us-share-2022": ("75.8 por ciento", 75.8, "exact", SUR, 3, {"year": 2022}),
    "sedena-firearms-2023-jan-sep": ("6 mil 819", 6819, "exact", SUR, 4, JAN_SEP_2023),
    "sedena-us-origin-2023-jan-sep": ("3 mil 806", 3806, "exact", SUR, 4, JAN_SEP_2023),
    "sedena-us-share-2023-jan-sep": ("56 por ciento", 56, "exact", SUR, 4, JAN_SEP_2023),
    "fgr-cdmx-firearms-2022": ("mil 588", 1588, "exact", EUN, 1, {"year": 2022}),
    "fgr-cdmx-firearms-2023": ("mil 296", 1296, "exact", EUN, 1, {"year": 2023}),
    "fgr-cdmx-firearms-2024": ("890", 890, "exact", EUN, 1, {"year": 2024}),
    "state-police-firearms-2023": ("10 mil 185 armas de fuego", 10185, "exact", INF, 3, {"year": 2023}),
    "mx-firearms-2025-09-30": ("17,283 armas", 17283, "exact", EXA, 8, {"start": "2024-10-01", "end": "2025-09-30"}),
    "mx-us-origin-share-2025-09": ("70%", 70, "exact", EXA, 12, {"start": "2024-10-01", "end": "2025-09-30"}),
    "amlo-sexenio-seized-51384": ("51,384 armas de fuego", 51384, "exact", EXA, 10, SEXENIO),
    "firearm-homicide-share-2025-8m": ("74.5%", 74.5, "exact", EXA, 9, {"start": "2025-01-01", "end": "2025-08-31"}),
    "desarme-2024-11-to-2025-05": (
        "más de 2,600 armas de fuego", 2600, "more_than", ENF, 4, {"start": "2024-11-20", "end": "2025-05-19"}),
    # Expansión: "al primer semestre de 2025"; El Heraldo: January to July, given on 9 July; the programme began 10 January
    "desarme-2025-01-10-to-07-09": ("2,135 armas de fuego", 2135, "exact", EXD, 3, {"start": "2025-01-10", "end": "2025-07-09"}),
    # ATF's trace data
    # Border Report ties only the 25 % growth to 2021-2023; it gives no period for the 71,277 requests
    "nfcta-mx-trace-requests": ("71,277 requests", 71277, "exact", BRN, 2, None),
    "nfcta-mx-traces-change-21-23": ("25%", 25, "exact", BRN, 2, Y2123),
    "nfcta-us-purchaser-share": ("about a third", 33.3, "approximate", BRN, 2, None),
    "nfcta-sw-border-states-share": ("76%", 76, "exact", BRN, 2, None),
    "atf-mx-legal-exports-2017-2021": ("mil 646 armas", 1646, "exact", PUB, 1, Y1721),
    "atf-mx-legal-share-2017-2021": ("1.7 por ciento", 1.7, "exact", PUB, 2, Y1721),
    "atf-intl-no-buyer-share-2023": ("73 por ciento", 73, "exact", J23, 4, None),
    "iron-river-traced-mx-ca-7yrs": ("53,411 firearms", 53411, "exact", TUC, 5, None),
    "iron-river-pima-county": ("At least 2,259 firearms", 2259, "at_least", TUC, 4, None),
    # the lawsuits
    "mx-lawsuit-share-smuggled": ("2.2%", 2.2, "exact", HER, 11, None),
    "ebrard-10-counties-share-2022": ("alrededor del 60%", 60, "approximate", EST, 6, None),
    "amlo-seized-sexenio-2024": ("casi 50 mil armas", 50000, "nearly", SOL, 3, SEXENIO),
    "amlo-us-origin-70-2024": ("70 por ciento", 70, "exact", SOL, 3, SEXENIO),
}  # fmt: skip

# Other pages' printings: (fact id, source) -> (as printed, value, bound, paragraph)
REPORTS: dict[tuple[str, str], tuple[str, float, str, int]] = {
    ("laredo-case-2025-10-firearms", BRL): ("300 high-caliber rifles and guns", 300, "exact", 2),
    ("laredo-case-2025-10-firearms", AGU): ("more than 300 high-powered rifles and pistols", 300, "more_than", 1),
    ("laredo-case-2025-10-firearms", DCB): ("more than 400 firearms", 400, "more_than", 1),
    ("laredo-case-2025-10-firearms", MEN): ("aproximadamente 400 armas de fuego", 400, "approximate", 1),
    ("laredo-case-2025-10-firearms", BRB): ("more than 500 guns", 500, "more_than", 1),
    # the U.S. Attorney's announcement of the guilty pleas, as The Federal Newswire relays it
    ("laredo-case-2025-10-firearms", FNW): ("approximately 534 firearms", 534, "approximate", 4),
    ("laredo-case-2025-10-prior-trips", AGU): ("12 full trailers", 12, "exact", 7),
    ("atf-us-firearms-2026-02", FOX): ("more than 36,000 illegal firearms", 36000, "more_than", 1),
    ("atf-us-rounds-2026-02", FOX): ("more than 2.3 million rounds", 2300000, "more_than", 2),
    ("atf-mx-bound-firearms-2026-02", NOR): ("4 mil 359", 4359, "exact", 1),
    ("atf-mx-bound-firearms-2026-02", CLO): ("cuatro mil 359 unidades", 4359, "exact", 4),
    ("atf-mx-bound-rounds-2026-02", NOR): ("648 mil 975 cartuchos", 648975, "exact", 1),
    ("atf-mx-bound-rounds-2026-02", CLO): ("648,975 rondas de municiones", 648975, "exact", 5),
    ("etrace-states-2024-07", MND): ("Twenty-two Mexican states", 22, "exact", 2),
    ("etrace-investigations-2023", MND): ("655 cases", 655, "exact", 3),
    ("mx-firearms-2026-02-28", EXPR): ("24 mil 122 armas de fuego", 24122, "exact", 3),
    ("defensa-firearms-2022", SUR): ("7 mil 916", 7916, "exact", 3),
    ("desarme-2025-01-10-to-07-09", HDS): ("2 mil 135 armas de fuego", 2135, "exact", 1),
    ("nfcta-cartel-states-share", BRN): ("82 percent", 82, "exact", 2),
    ("owat-investigations-2025-09", SIN): ("alrededor de 125 investigaciones", 125, "approximate", 5),
    ("owat-investigations-2025-09", REG): ("más de 125 investigaciones", 125, "more_than", 9),
    ("mx-lawsuit-defendants-guns", HER): ("hasta 597 mil armas", 597000, "at_most", 11),
    ("mx-lawsuit-us-guns-made-yearly", HER): ("casi 40 millones de armas", 40000000, "nearly", 11),
}  # fmt: skip


@pytest.mark.parametrize(("day", "kind"), OFN_POINTS)
def test_frontera_norte_day_as_its_page_prints_it(ds: Dataset, day: str, kind: str) -> None:
    source, kinds = OFN[day]
    fact = ds.fact_by_id[f"ofn-{kind}-{day}"]
    assert (fact.as_printed, fact.value, fact.bound, fact.paragraph) == kinds[kind]
    assert fact.source == source and period_of(fact) == {"as_of": day}
    # the same quantity as the series' other points: only the day moves
    assert (fact.metric, fact.unit) == METRIC[kind]
    assert (fact.initiative, fact.country, fact.estimate) == ("operacion-frontera-norte", "MX", None)
    assert fact.scope is not None and (fact.scope.level, fact.scope.name) == ("operation", None)


def test_frontera_norte_reaches_march_2026(ds: Dataset) -> None:
    days = sorted(
        f.period.as_of for f in ds.facts if f.metric == "firearms_seized" and f.period and f.period.as_of and
        f.initiative == "operacion-frontera-norte"
    )  # fmt: skip
    assert days[-1] == dt.date(2026, 3, 11)
    # no stretch of more than two months between two reports any more
    assert max((b - a).days for a, b in itertools.pairwise(days)) <= 60


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    assert as_recorded(ds.fact_by_id[fact_id]) == FIGURES[fact_id]


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_another_pages_printing(ds: Dataset, fact_id: str, source: str) -> None:
    assert as_reported(ds.fact_by_id[fact_id], source) == REPORTS[fact_id, source]


def test_every_new_figure_has_its_spanish_and_a_read_page(ds: Dataset) -> None:
    ids = list(FIGURES) + [f"ofn-{kind}-{day}" for day, kind in OFN_POINTS]
    for fact_id in ids:
        assert len(fact_id) <= 32
        assert_in_spanish_from_a_read_page(ds, fact_id, "2026-12-03")


def test_the_laredo_seizure_keeps_every_printing_and_is_disputed(ds: Dataset) -> None:
    # 300 (Border Report) and more than 500 (Breitbart) cannot both be true.
    fact = ds.fact_by_id["laredo-case-2025-10-firearms"]
    assert fact.agreement == "disputed"
    assert fact.scope is not None and fact.scope.level == "case"
    assert fact.metric == "firearms_intercepted" and fact.country == "US"


def test_the_spring_2025_counts_are_kept_apart(ds: Dataset) -> None:
    # KJZZ and Mexico News Daily: nearly 9,700 to 2 May 2025; Once Noticias, from ATF: 10,592 to 1 May.
    kjzz, atf = ds.fact_by_id["us-mx-bound-firearms-2025-05-02"], ds.fact_by_id["us-mx-bound-firearms-2025-05-01"]
    assert ONC not in kjzz.sources and kjzz.agreement == "corroborated"
    assert (str(kjzz.period.end), str(atf.period.end)) == ("2025-05-02", "2025-05-01")  # type: ignore[union-attr]
    assert any("10,592" in c for c in kjzz.caveats) and any("9,700" in c for c in atf.caveats)


def test_july_2024s_473_arrests_stand_apart_from_2023s_463(ds: Dataset) -> None:
    # Mexico News Daily (July 2024): 473 arrests from the joint effort; December 2023's reports: 463 in 2023.
    july, december = ds.fact_by_id["etrace-arrests-2024-07"], ds.fact_by_id["etrace-arrests-2023"]
    assert (july.value, december.value) == (473, 463)
    assert MND not in {r.source for r in december.also_reported_by}
    assert any("463" in c for c in july.caveats)


def test_printings_that_agree_are_not_called_disputed(ds: Dataset) -> None:
    # Expreso's exact 24 mil 122 sits inside Notisistema's rounded 24 mil.
    assert ds.fact_by_id["mx-firearms-2026-02-28"].agreement == "corroborated"
    # "alrededor de 125" and "más de 125" investigations agree with the others' "más de 125".
    assert ds.fact_by_id["owat-investigations-2025-09"].agreement == "corroborated"
    # El Heraldo's "hasta 597 mil" and "casi 40 millones" repeat the suit's figures.
    assert ds.fact_by_id["mx-lawsuit-defendants-guns"].agreement == "corroborated"
    assert ds.fact_by_id["mx-lawsuit-us-guns-made-yearly"].agreement == "corroborated"


def test_two_sedena_reports_for_2022_disagree(ds: Dataset) -> None:
    # Milenio (2025) prints 7 mil 922 for 2022; El Sur's transparency report of October 2023, 7 mil 916.
    fact = ds.fact_by_id["defensa-firearms-2022"]
    assert fact.agreement == "disputed"
    assert any("7,911" in c for r in fact.also_reported_by for c in r.caveats)
    # El Sur's other SEDENA report, 7 mil 911, cannot be a second printing of the same page: it is a fact beside it
    second = ds.fact_by_id["sedena-sexenio-report-2022"]
    assert (second.source, second.period, second.agencies) == (SUR, fact.period, fact.agencies)


def test_quantities_that_look_alike_are_kept_apart(ds: Dataset) -> None:
    # The 2021 suit's 2.2 % of guns made is not the Trans-Border Institute's 2.2 % of sales.
    suit, study = ds.fact_by_id["mx-lawsuit-share-smuggled"], ds.fact_by_id["azstar-2013-share-of-us-sales"]
    assert suit.metric != study.metric and suit.value == study.value
    assert suit.estimate is not None and "Mexico" in suit.estimate.by
    # The 73 % without a buyer counts other countries' requests too, unlike 2019's and 2024's.
    intl = ds.fact_by_id["atf-intl-no-buyer-share-2023"]
    assert intl.scope is not None and intl.scope.level == "region"
    mexico_only = ds.fact_by_id["atf-mx-no-buyer-share-2024"].scope
    assert mexico_only is not None and mexico_only.level == "national"
    # The Iron River counts take in Central America.
    iron_river = ds.fact_by_id["iron-river-traced-mx-ca-7yrs"].scope
    assert iron_river is not None and "Honduras" in (iron_river.name or "")


def test_the_arizona_ruling_is_an_event(ds: Dataset) -> None:
    event = next(e for e in ds.events if e.id == "az-dealers-ruling-2024-03-25")
    assert (str(event.date), event.place, event.country) == ("2024-03-25", "Tucson, Arizona", "US")
    assert ds.source_by_id["jornada-fallo-arizona-2024-03-26"].event == event.id


def test_the_first_year_total_sits_between_its_neighbours(ds: Dataset) -> None:
    # La Razón: 16,048 to 8 September 2025; Expansión: 17,283 to 30 September; Notisistema: 21 mil 400 to 31 December.
    since = dt.date(2024, 10, 1)
    to = {
        str(f.period.end): f.value
        for f in ds.facts
        if f.metric == "firearms_seized" and f.country == "MX" and f.period and f.period.start == since
    }
    assert to["2025-09-08"] < to["2025-09-30"] < to["2025-12-31"]


def test_coverage_targets_of_this_topic(ds: Dataset) -> None:
    ids = list(FIGURES) + [f"ofn-{kind}-{day}" for day, kind in OFN_POINTS]
    sources = {ds.fact_by_id[f].source for f in ids} | {s for _f, s in REPORTS}
    spanish = {s for s in sources if ds.source_by_id[s].language == "es"}
    assert len(ids) >= 60 and len(sources) >= 25
    assert len(spanish) * 3 >= len(sources)
