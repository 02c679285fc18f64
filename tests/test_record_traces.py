"""The record's trace data for Mexico, eTrace, the NFCTA, Mission Firewall and the Security Implementation Group.

Issue 18. Every expected value below was written from the page as read in the search tool's stored
copy (the figure as the page prints it, the paragraph it sits in, the years it names), not from the
program's output.
"""

from __future__ import annotations

from typing import Any

import pytest

from armsfacts.models import Dataset

from .record_pages import as_recorded, as_reported, assert_in_spanish_from_a_read_page

NAY = "jornada-nayarit-rastreo-2024"
EVA = "evangelio-news-armas-eu-rastreo"
SUR = "elsur-rastreo-2024-02"
J22 = "jornada-rastreo-37-2022-03"
IMP = "elimparcial-atf-armas-2024-12-23"
VOC = "vocesdelsur-armas-2024-12"
LAT = "sputnik-armas-eeuu-2024-12-23"
NOT = "notiweb-atf-123-mil-armas"
CON = "conexiondiario-atf-124000-armas"
PUB = "publico-lat-armas-legales"
PXP = "puntoporpunto-atf-98-mil-armas"
BTO = "elbuentono-atf-169-mil-2020"
ECO = "eleconomista-cortafuegos-2025-09"
TLD = "telediario-nfcta-armas-carteles"
RTV = "rtvmorelos-informe-trafico-armas"
ROT = "rotativo-nfcta-2025-01-09"
TMP = "themexicopost-nfcta-74"
RAD = "radaralternativo-nfcta-rutas"
LNL = "legalnewsline-nfcta-final-volume"
CRF = "conservativeroof-nfcta-volume-iv"
SAC = "sacurrent-arming-mexico-2024"
TRT = "trtespanol-nfcta-74-2025-01-15"
AAM = "allaccess-sre-aduanas-armas"
LVA = "lavisionatl-nfcta-rutas"
MEG = "megalopolitanews-nfcta-rutas"
J23 = "jornada-etrace-estados-2023-06"
HER = "heraldo-edomex-etrace-2024-07-11"
AMX = "amexi-fgjem-etrace-2024-07"
MIL = "milenio-etrace-edomex-2024-07"
SDT = "soldetoluca-fgjem-etrace-2024-07"
AEI = "aeinoticias-etrace-2025-04-07"
GTO = "telediario-guanajuato-etrace"
MN = "state-sig-firewall-2025-09-27"
GLB = "globebanner-mission-firewall"
J25 = "jornada-cortafuegos-2025-09-28"
INF = "infobae-cortafuegos-2025-09-27"
UNO = "unotv-sig-armas-2025-09-27"
RAZ = "razon-sig-armas-2025-09-27"
EXP = "expansion-firewall-2025-09"
EUN = "eluniversal-sig-2026-01-24"
DDO = "diariodominicano-sig-2026-01-24"
EMA = "elmanana-sheinbaum-75-2025-09-29"
PAR = "particle-mission-firewall"
CP = "cuartopoder-nfcta-texas-arizona"


def years(first: int, last: int) -> dict[str, str]:
    return {"start": f"{first}-01-01", "end": f"{last}-12-31"}


Y2024 = {"year": 2024}
OCT21_DEC23 = {"start": "2021-10-01", "end": "2023-12-31"}

# fact id: (as printed, value, bound, source, paragraph, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, int, dict[str, Any] | None]] = {
    # 2024, from La Jornada's report (Nayarit copy)
    "atf-mx-submitted-2024": ("25 mil 884", 25884, "exact", NAY, 6, Y2024),
    "atf-mx-us-share-2024": ("70.5 por ciento", 70.5, "exact", NAY, 6, Y2024),
    "atf-mx-us-origin-2024": ("18 mil 249", 18249, "exact", NAY, 2, Y2024),
    "atf-mx-us-made-2024": ("13 mil 4", 13004, "exact", NAY, 6, Y2024),
    "atf-mx-imported-2024": ("5 mil 245", 5245, "exact", NAY, 6, Y2024),
    "atf-mx-no-buyer-2024": ("6 mil 572", 6572, "exact", NAY, 5, Y2024),
    "atf-mx-no-buyer-share-2024": ("36 por ciento", 36, "exact", NAY, 2, Y2024),
    "atf-mx-no-buyer-share-2019": ("49.8 por ciento", 49.8, "exact", NAY, 5, {"year": 2019}),
    "atf-mx-submitted-2019-2024": ("145,986 armas", 145986, "exact", EVA, 1, years(2019, 2024)),
    "atf-mx-us-share-2019-2024": ("más del 66%", 66, "more_than", EVA, 1, years(2019, 2024)),
    # single years 2017, 2022 (El Sur) and 2018-2021 (La Jornada, embassy official)
    "atf-mx-requests-2017": ("16 mil 133 peticiones", 16133, "exact", SUR, 1, {"year": 2017}),
    "atf-mx-requests-2022": ("24 mil 642", 24642, "exact", SUR, 1, {"year": 2022}),
    "atf-mx-requests-change-17-22": ("53%", 53, "exact", SUR, 1, years(2017, 2022)),
    "jornada-mx-traced-2018": ("16 mil", 16000, "exact", J22, 5, {"year": 2018}),
    "jornada-mx-traced-2019": ("19 mil", 19000, "exact", J22, 5, {"year": 2019}),
    "jornada-mx-traced-2020": ("21 mil", 21000, "exact", J22, 5, {"year": 2020}),
    "jornada-mx-traced-2021": ("23 mil", 23000, "exact", J22, 5, {"year": 2021}),
    "jornada-mx-traced-2018-2022": ("81 mil 449", 81449, "exact", J22, 5, {"start": "2018-01-01", "end": "2022-03-10"}),
    "jornada-mx-traced-change-2019": ("37 por ciento", 37, "exact", J22, 1, {"start": "2019-01-01", "end": "2022-03-10"}),
    "jornada-2022-us-origin-stated": ("70 por ciento o más", 70, "at_least", J22, 2, {"as_of": "2022-03-10"}),
    # spans
    "atf-mx-submitted-2018-2023": ("136,894", 136894, "exact", IMP, 2, years(2018, 2023)),
    "atf-mx-us-origin-2018-2023": ("91,896 armas", 91896, "exact", IMP, 4, years(2018, 2023)),
    "atf-mx-us-share-2018-2023": ("67.13 %", 67.13, "exact", IMP, 4, years(2018, 2023)),
    "atf-mx-not-us-2018-2023": ("44.998 armas", 44998, "exact", IMP, 5, years(2018, 2023)),
    "atf-mx-not-us-share-2018-2023": ("32,87 %", 32.87, "exact", IMP, 5, years(2018, 2023)),
    "atf-mx-foreign-2018-2023": ("22,126 piezas", 22126, "exact", IMP, 6, years(2018, 2023)),
    "atf-mx-foreign-share-2018-2023": ("16.17 %", 16.17, "exact", IMP, 6, years(2018, 2023)),
    "atf-mx-submitted-2017-2022": ("123 mil 741 piezas", 123741, "exact", NOT, 1, years(2017, 2022)),
    "atf-mx-us-origin-2017-2022": ("83 mil 560", 83560, "exact", NOT, 2, years(2017, 2022)),
    "atf-mx-us-share-2017-2022": ("67.5%", 67.5, "exact", NOT, 2, years(2017, 2022)),
    "atf-mx-not-us-2017-2022": ("40 mil 181", 40181, "exact", NOT, 3, years(2017, 2022)),
    "atf-mx-not-us-share-2017-2022": ("32.5%", 32.5, "exact", NOT, 3, years(2017, 2022)),
    "atf-mx-requests-2017-2021": ("97 mil 791 solicitudes", 97791, "exact", PUB, 1, years(2017, 2021)),
    "atf-mx-submitted-2012-2017": ("98 mil 654 armas", 98654, "exact", PXP, 1, years(2012, 2017)),
    "atf-mx-us-origin-2012-2017": ("69 mil 140", 69140, "exact", PXP, 2, years(2012, 2017)),
    "atf-mx-us-share-2012-2017": ("70%", 70, "exact", PXP, 2, years(2012, 2017)),
    "atf-mx-submitted-2009-2018": ("169 mil 790 armas", 169790, "exact", BTO, 3, years(2009, 2018)),
    "atf-mx-us-origin-2009-2018": ("118 mil 994", 118994, "exact", BTO, 3, years(2009, 2018)),
    "atf-mx-us-share-2009-2018": ("70%", 70, "exact", BTO, 3, years(2009, 2018)),
    "atf-mx-rifles-share-2009-2018": ("36%", 36, "exact", BTO, 4, years(2009, 2018)),
    # the NFCTA as the press reports it
    "nfcta-mx-requests-2017-2023": ("148,200 solicitudes de rastreo", 148200, "exact", ECO, 7, years(2017, 2023)),
    "nfcta-mx-requests-2022-2023": ("50 mil 409 armas", 50409, "exact", TLD, 3, years(2022, 2023)),
    "nfcta-mx-texas-2022-2023": ("7 mil 825", 7825, "exact", TLD, 4, years(2022, 2023)),
    "nfcta-mx-arizona-2022-2023": ("3 mil 969", 3969, "exact", TLD, 4, years(2022, 2023)),
    "nfcta-mx-california-2022-2023": ("mil 575", 1575, "exact", TLD, 4, years(2022, 2023)),
    "nfcta-mx-new-mexico-2022-2023": ("492", 492, "exact", TLD, 4, years(2022, 2023)),
    "nfcta-mx-rifles-2022-2023": ("32 por ciento", 32, "exact", TLD, 5, years(2022, 2023)),
    "nfcta-route-az-son-2022-2023": ("mil 618 casos", 1618, "exact", TLD, 7, years(2022, 2023)),
    "nfcta-route-tx-tam-2022-2023": ("mil 191 casos", 1191, "exact", TLD, 7, years(2022, 2023)),
    "nfcta-route-tx-nl-2022-2023": ("mil 158 casos", 1158, "exact", TLD, 7, years(2022, 2023)),
    "nfcta-route-tx-chih-2022-2023": ("832 armas", 832, "exact", LVA, 5, years(2022, 2023)),
    "nfcta-route-tx-gto-2022-2023": ("831 casos", 831, "exact", TLD, 7, years(2022, 2023)),
    "nfcta-routes-share": ("32%", 32, "exact", RAD, 4, None),
    "nfcta-cartel-states-share": ("81 por ciento", 81, "exact", TLD, 8, None),
    "nfcta-tx-az-ca-share": ("74%", 74, "exact", TMP, 4, None),
    "nfcta-texas-share": ("43%", 43, "exact", TMP, 4, None),
    "nfcta-arizona-share": ("22%", 22, "exact", TMP, 4, None),
    "nfcta-california-share": ("9%", 9, "exact", TMP, 4, None),
    "nfcta-us-share-2017-2021": ("74 %", 74, "exact", ROT, 1, years(2017, 2021)),
    "nfcta-time-to-crime-mx": ("5.4 años", 5.4, "exact", ROT, 4, None),
    "nfcta-dealers-share-2017": ("74 %", 74, "exact", RAD, 12, {"year": 2017}),
    "nfcta-dealers-share-2023": ("menos del 66 %", 66, "at_most", RAD, 12, {"year": 2023}),
    "nfcta-makers-share-2017": ("5 %", 5, "exact", RAD, 12, {"year": 2017}),
    "nfcta-makers-share-2023": ("un poco más del 13 %", 13, "more_than", RAD, 12, {"year": 2023}),
    "nfcta-traces-change-2017-2023": ("63% increase", 63, "exact", LNL, 7, years(2017, 2023)),
    "nfcta-southbound-seized-2023": ("86 percent", 86, "exact", CRF, 8, {"year": 2023}),
    "sac-texas-share-2017-2021": ("29 percent", 29, "exact", SAC, 2, years(2017, 2021)),
    "sac-us-purchase-2015-2022": ("52,541 firearms", 52541, "exact", SAC, 4, years(2015, 2022)),
    "sac-texas-share-2015-2022": ("more than 40 percent", 40, "more_than", SAC, 4, years(2015, 2022)),
    "trt-us-origin-stated-74": ("74%", 74, "exact", TRT, 1, None),
    "nfcta-intl-share-mx-2017-2021": ("74 %", 74, "exact", CP, 1, years(2017, 2021)),
    "nfcta-us-purchase-share-22-23": ("36 %", 36, "exact", CP, 3, years(2022, 2023)),
    "nfcta-us-purchase-2022-2023": ("poco más de 18 mil", 18000, "more_than", TLD, 3, years(2022, 2023)),
    # eTrace in Mexico
    "etrace-states-2023-06": ("18 estados", 18, "exact", J23, 3, {"as_of": "2023-06-18"}),
    "etrace-states-2024-07": ("22 estados", 22, "exact", HER, 7, {"as_of": "2024-07-11"}),
    "etrace-states-2025-04": ("22 estados", 22, "exact", AEI, 2, {"as_of": "2025-04-07"}),
    "etrace-states-change-2022-2025": ("54 por ciento", 54, "exact", AEI, 2, {"start": "2022-01-01", "end": "2025-04-07"}),
    "etrace-target-states-2026": ("los 32 estados", 32, "exact", AEI, 2, {"year": 2026}),
    "etrace-mx-requests-2021-2023": ("58 mil 33 armas", 58033, "exact", AEI, 3, OCT21_DEC23),
    "etrace-mx-successful-2021-2023": ("18,401", 18401, "exact", AEI, 3, OCT21_DEC23),
    "etrace-cases-referred-2021-2023": ("802 casos", 802, "exact", AEI, 3, OCT21_DEC23),
    "etrace-trained-2021-2023": ("más de 2,500 funcionarios", 2500, "more_than", AEI, 4, OCT21_DEC23),
    "etrace-trained-2023-06": ("más de 4 mil funcionarios", 4000, "more_than", J23, 3, {"as_of": "2023-06-18"}),
    "ballistics-labs-2025-04": ("31 laboratorios", 31, "exact", AEI, 5, {"as_of": "2025-04-07"}),
    "gto-etrace-requests-2022-2023": ("1,585 solicitudes de rastreo", 1585, "exact", GTO, 3, years(2022, 2023)),
    # Mission Firewall and the Security Implementation Group
    "owat-investigations-2025-09": (
        "más de 125 investigaciones", 125, "more_than", J25, 3, {"start": "2025-01-20", "end": "2025-09-26"}),
    "sig-us-agencies-2025-09-26": ("six", 6, "exact", MN, 1, {"as_of": "2025-09-26"}),
    "sig-us-agencies-2026-01-23": ("seis", 6, "exact", EUN, 2, {"as_of": "2026-01-23"}),
    "firewall-target-states": ("all 32 Mexican states", 32, "exact", MN, 2, None),
    "sheinbaum-us-origin-2025-09": ("cerca del 75%", 75, "approximate", EMA, 3, {"as_of": "2025-09-29"}),
}  # fmt: skip

# Other pages' printings: (fact id, source) -> (as printed, value, bound, paragraph)
REPORTS: dict[tuple[str, str], tuple[str, float, str, int]] = {
    ("atf-mx-submitted-2024", EVA): ("25,884 unidades", 25884, "exact", 3),
    ("atf-mx-us-origin-2024", EVA): ("18,249", 18249, "exact", 3),
    ("atf-mx-submitted-2018-2023", VOC): ("136 mil 894", 136894, "exact", 3),
    ("atf-mx-submitted-2018-2023", LAT): ("136.894", 136894, "exact", 2),
    ("atf-mx-us-origin-2018-2023", VOC): ("91 mil 896", 91896, "exact", 3),
    ("atf-mx-us-origin-2018-2023", LAT): ("91.896", 91896, "exact", 2),
    ("atf-mx-us-share-2018-2023", VOC): ("67.13 por ciento", 67.13, "exact", 3),
    ("atf-mx-us-share-2018-2023", LAT): ("67,13%", 67.13, "exact", 2),
    ("atf-mx-not-us-2018-2023", VOC): ("44 mil 998", 44998, "exact", 4),
    ("atf-mx-not-us-2018-2023", LAT): ("44.998", 44998, "exact", 2),
    ("atf-mx-not-us-share-2018-2023", VOC): ("32.87 por ciento", 32.87, "exact", 4),
    ("atf-mx-not-us-share-2018-2023", LAT): ("32,87%", 32.87, "exact", 2),
    ("atf-mx-foreign-2018-2023", VOC): ("22 mil 126", 22126, "exact", 5),
    ("atf-mx-foreign-2018-2023", LAT): ("22.126", 22126, "exact", 2),
    ("atf-mx-foreign-share-2018-2023", VOC): ("16.17 por ciento", 16.17, "exact", 5),
    ("atf-mx-foreign-share-2018-2023", LAT): ("16,17%", 16.17, "exact", 2),
    ("atf-mx-submitted-2017-2022", CON): ("123,741 piezas", 123741, "exact", 1),
    ("atf-mx-us-share-2017-2022", CON): ("67.5%", 67.5, "exact", 3),
    ("atf-mx-not-us-share-2017-2022", CON): ("32.5%", 32.5, "exact", 3),
    ("nfcta-mx-requests-2017-2023", TLD): ("148 mil 200 solicitudes", 148200, "exact", 2),
    ("nfcta-mx-requests-2017-2023", RTV): ("148 mil 200 solicitudes de rastreo", 148200, "exact", 2),
    ("nfcta-mx-requests-2022-2023", ROT): ("más de 50 mil solicitudes", 50000, "more_than", 1),
    ("nfcta-mx-requests-2022-2023", ECO): ("50,409", 50409, "exact", 7),
    ("nfcta-cartel-states-share", RAD): ("82%", 82, "exact", 2),
    ("nfcta-tx-az-ca-share", TLD): ("siete de cada 10", 70, "approximate", 1),
    ("nfcta-texas-share", RAD): ("43%", 43, "exact", 3),
    ("nfcta-arizona-share", RAD): ("22%", 22, "exact", 3),
    ("nfcta-california-share", RAD): ("9%", 9, "exact", 3),
    ("nfcta-texas-share", CP): ("43 %", 43, "exact", 5),
    ("nfcta-arizona-share", CP): ("22 %", 22, "exact", 5),
    ("nfcta-california-share", CP): ("9 %", 9, "exact", 5),
    ("nfcta-us-purchase-share-22-23", TLD): ("36 por ciento", 36, "exact", 3),
    ("nfcta-traces-change-2017-2023", CRF): ("63 percent increase", 63, "exact", 6),
    ("nfcta-traces-change-2017-2023", RTV): ("63%", 63, "exact", 3),
    ("nfcta-southbound-seized-2023", RAD): ("86%", 86, "exact", 10),
    ("trt-us-origin-stated-74", AAM): ("74%", 74, "exact", 3),
    ("etrace-states-2024-07", AMX): ("22 entidades", 22, "exact", 3),
    ("etrace-states-2024-07", MIL): ("22 estados", 22, "exact", 2),
    ("etrace-states-2024-07", SDT): ("22 entidades", 22, "exact", 4),
    ("etrace-investigations-2023", SDT): ("655 casos", 655, "exact", 6),
    ("etrace-arrests-2024-07", SDT): ("473 arrestos", 473, "exact", 6),
    ("eu-mexico-etrace-registrations", SDT): ("más de 27 mil armas", 27000, "more_than", 5),
    ("owat-investigations-2025-09", INF): ("más de 125 investigaciones", 125, "more_than", 3),
    ("owat-investigations-2025-09", UNO): ("más de 125 investigaciones", 125, "more_than", 2),
    ("owat-investigations-2025-09", RAZ): ("más de 125 investigaciones", 125, "more_than", 4),
    ("sig-us-agencies-2025-09-26", GLB): ("six", 6, "exact", 1),
    ("sig-us-agencies-2025-09-26", EXP): ("seis", 6, "exact", 2),
    ("sig-us-agencies-2026-01-23", DDO): ("seis", 6, "exact", 1),
    ("firewall-target-states", EXP): ("32 estados mexicanos", 32, "exact", 8),
    ("firewall-target-states", ECO): ("32 entidades federativas", 32, "exact", 2),
    ("firewall-target-states", J25): ("32 entidades mexicanas", 32, "exact", 4),
    ("sheinbaum-us-origin-2025-09", PAR): ("about 75%", 75, "approximate", 4),
    ("nfcta-route-tx-chih-2022-2023", MEG): ("832 armas recuperadas", 832, "exact", 9),
    ("nfcta-route-tx-chih-2022-2023", TLD): ("823 casos", 823, "exact", 7),
}  # fmt: skip


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    assert as_recorded(ds.fact_by_id[fact_id]) == FIGURES[fact_id]


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_another_pages_printing(ds: Dataset, fact_id: str, source: str) -> None:
    assert as_reported(ds.fact_by_id[fact_id], source) == REPORTS[fact_id, source]


READ_AGAIN = {"nfcta-route-tx-chih-2022-2023": "2026-12-07"}  # its printing moved to a page read on that day


def test_every_new_figure_has_its_spanish_and_a_read_page(ds: Dataset) -> None:
    for fact_id in FIGURES:
        assert_in_spanish_from_a_read_page(ds, fact_id, READ_AGAIN.get(fact_id, "2026-12-03"))


def test_the_2024_parts_add_up_as_the_page_prints_them(ds: Dataset) -> None:
    # La Jornada: 13 mil 4 made in the U.S. and 5 mil 245 imported through it; 18 mil 249 traced to the U.S.
    made, imported = ds.fact_by_id["atf-mx-us-made-2024"], ds.fact_by_id["atf-mx-imported-2024"]
    assert made.value + imported.value == ds.fact_by_id["atf-mx-us-origin-2024"].value
    # and 6 mil 572 without a buyer is the 36 per cent of those
    share = ds.fact_by_id["atf-mx-no-buyer-2024"].value / ds.fact_by_id["atf-mx-us-origin-2024"].value
    assert round(share * 100) == ds.fact_by_id["atf-mx-no-buyer-share-2024"].value


def test_etrace_access_is_a_series(ds: Dataset) -> None:
    points = sorted(
        (f.period.as_of, f.value) for f in ds.facts if f.metric == "states_with_etrace" and f.period and f.period.as_of
    )
    assert [(str(day), value) for day, value in points] == [("2023-06-18", 18), ("2024-07-11", 22), ("2025-04-07", 22)]
    series = [f for f in ds.facts if f.metric == "states_with_etrace"]
    assert {(f.unit, f.scope.level if f.scope else None, f.initiative, f.estimate) for f in series} == {
        ("states", "national", "etrace", None)
    }


def test_what_the_printings_say_together(ds: Dataset) -> None:
    # Three pages print 2018-2023's figures alike: "136,894", "136 mil 894", "136.894".
    assert ds.fact_by_id["atf-mx-submitted-2018-2023"].agreement == "corroborated"
    # Telediario's 81 % and Radar Alternativo's 82 % of firearms sent to cartel-held states cannot both be true.
    assert ds.fact_by_id["nfcta-cartel-states-share"].agreement == "disputed"
    # Seven December 2023 reports print 463 arrests for 2023. El Sol de Toluca's 473 was said at the
    # July 2024 meeting that Mexico News Daily reports with the same 473: a later count, not a slip.
    assert ds.fact_by_id["etrace-arrests-2023"].agreement == "corroborated"
    assert ds.fact_by_id["etrace-arrests-2024-07"].agreement == "corroborated"
    # "More than 50 mil" agrees with 50 mil 409.
    assert ds.fact_by_id["nfcta-mx-requests-2022-2023"].agreement == "corroborated"
    # Two pages print Texas to Chihuahua as 832 (each above Texas to Guanajuato's 831); Telediario's 823 has two
    # digits swapped (heldout-246).
    route = ds.fact_by_id["nfcta-route-tx-chih-2022-2023"]
    assert route.agreement == "likely_misprint" and route.value == 832


def test_the_74_per_cent_keeps_its_three_readings(ds: Dataset) -> None:
    # Cuarto Poder: Mexico's part of international crime guns traced to a U.S. buyer, 2017-2021
    assert ds.fact_by_id["nfcta-intl-share-mx-2017-2021"].metric == "share_intl_traces_from_mexico"
    # The Mexico Post: Arizona (22 %), California (9 %) and Texas (43 %) together
    border = ds.fact_by_id["nfcta-tx-az-ca-share"]
    assert border.metric == "share_traced_to_us_state" and border.scope is not None
    assert border.scope.name == "Texas, Arizona and California"
    # Rotativo de México: of U.S. origin, which the record flags as a likely misreading
    origin = ds.fact_by_id["nfcta-us-share-2017-2021"]
    assert origin.metric == "share_traced_us_origin"
    assert any("misreading" in c and "Cuarto Poder" in c for c in origin.caveats)
    assert any("mala lectura" in c for c in origin.caveats_es)
    # and the 36 % of 2022-2023 is a share traced to a U.S. purchase, not a share of U.S. origin
    assert ds.fact_by_id["nfcta-us-purchase-share-22-23"].metric == "share_traced_to_us_purchase"


def test_mission_firewall_and_the_group(ds: Dataset) -> None:
    firewall = ds.initiative_by_id["mission-firewall"]
    assert firewall.name_es == "Misión Cortafuegos" and firewall.period is not None
    assert str(firewall.period.start) == "2025-09-26"
    group = ds.initiative_by_id["security-implementation-group"]
    assert group.kind == "dialogue"
    meetings = sorted((str(e.date), e.place) for e in ds.events if e.id.startswith("sig-meeting-"))
    assert meetings == [
        ("2025-09-26", "McAllen, Texas"),
        ("2025-12-11", "Mexico (city not named)"),
        ("2026-01-23", "U.S. Department of State, Washington, D.C."),
    ]
    assert ds.source_by_id[MN].event == "sig-meeting-2025-09-26"
    assert "Sin dejar rastro" in ds.initiative_by_id["operation-without-a-trace"].aliases


def test_targets_of_this_topic(ds: Dataset) -> None:
    sources = {ds.fact_by_id[f].source for f in FIGURES} | {s for _f, s in REPORTS}
    spanish = {s for s in sources if ds.source_by_id[s].language == "es"}
    assert len(FIGURES) >= 30 and len(sources) >= 12
    assert len(spanish) * 3 >= len(sources)
    # every year from 2017 to 2024 has a trace figure of its own
    yearly = {
        f.period.year
        for f in ds.facts
        if f.period
        and f.period.year
        and f.metric in {"traces_submitted", "firearms_submitted_for_tracing", "share_traced_us_origin"}
    }
    assert {2017, 2018, 2019, 2020, 2021, 2022, 2024} <= yearly
