"""The record's coverage of 2024-2026: Frontera Norte points, Mexico's seizures, CBP's outbound counts, charging.

Issue 18, second pass. Every expected value below was written from the page as read in the search
tool's stored copy (the figure as the page prints it, the paragraph it sits in, the days or years
it names), not from the program's output.
"""

from __future__ import annotations

from typing import Any

import pytest

from armsfacts.models import Dataset
from armsfacts.quantity import same_quantity

from .record_pages import as_recorded, as_reported, assert_in_spanish_from_a_read_page

ONCE = "oncenoticias-ofn-2025-02-27"
JMAYA = "jornadamaya-ofn-2025-04-14"
NMAS_OCT9 = "nmas-ofn-2025-10-10"
NMAS_OCT27 = "nmas-ofn-2025-10-28"
CABECERA = "cabecera-ofn-2025-11-17"
NOVENTA = "noventagrados-ofn-2026-01-07"
MILENIO = "milenio-defensa-armas-2025"
VMAS = "vmas-sedena-sinaloa-2025-10-27"
VIDEO = "dailymotion-sedena-sinaloa-2025"
PULSO = "pulsoslp-16-mil-armas-2025"
EU_SENADO = "eluniversal-harfuch-senado-2025"
NOTISISTEMA = "notisistema-harfuch-senado"
INFO7 = "info7-harfuch-senado-2025-10-23"
NOROESTE = "noroeste-harfuch-sinaloa-2026-02"
INFORMADOR = "informador-harfuch-sinaloa-2026"
CBP = "cbp-elpaso-92900-rounds-2024"
DAILY360 = "daily360-elpaso-92900-rounds"
ARCALIS = "arcalis-elpaso-ammo-fy2021-2023"
PATRONA = "lapatrona-elpaso-municiones-2024"
PLEDGE = "pledgetimes-elpaso-ammo-2024-08"
EXPANSION = "expansion-armas-2026-01-29"
OPINIONES = "opiniones-cbp-armas-2025-02"
FINANCIERO = "elfinanciero-sre-armas-2025-04"
DOJ = "doj-bsca-two-years-2024-06"
KSFR = "ksfr-garland-bsca-2024-04-18"
RELAMPAGO = "oncenoticias-relampago-desierto"
MULA = "patadademula-harfuch-100-dias"
CAMBIO = "elcambio-harfuch-10-meses"
PARTICLE = "particle-scotus-mexico-2025-06"
INFOBAE = "infobae-mananera-2025-10-07"
CUARTO = "cuartopoder-harfuch-2025-10-08"
JORNADA_SIN = "jornada-harfuch-sinaloa-2025-10"
RUTAS = "jornada-defensa-11-rutas-2025-07"
EU_TEXAS = "eluniversal-sedena-texas-2025-07"
RAZON = "razon-sheinbaum-armas-2026-02-05"
SONORA = "eldiariodesonora-sheinbaum-2026"
INFOBAE_FEB = "infobae-sheinbaum-armas-2026-02"
ECONOMISTA = "economista-fgr-armas-2025-10-03"
SOCIEDAD = "sociedadnoticias-ofn-2025-05-30"
PUEBLA = "municipiospuebla-ofn-2025-10-09"
CDMXCOM = "cdmxcom-ofn-2025-09-02"
TABASCO = "tabascoblog-ofn-2025-03-16"
OCHO = "ochocolumnas-harfuch-2025-05-18"
CRONICA_DIC = "cronica-harfuch-2025-12-09"
IRON = "sprinforma-iron-river-ciudades"


def span(start: str, end: str) -> dict[str, str]:
    return {"start": start, "end": end}


def asof(day: str) -> dict[str, str]:
    return {"as_of": day}


JAN_NOV_2025 = span("2025-01-01", "2025-11-30")
SINCE_OCT_2024 = "2024-10-01"
# El Informador and EFE end it on 15 February 2026; Noroeste alone prints 15 January
SINALOA_SPAN = span(SINCE_OCT_2024, "2026-02-15")
FY25_TO_DEC = span(SINCE_OCT_2024, "2025-12-31")
FY25_TO_FEB = span(SINCE_OCT_2024, "2025-02-28")
OCT21_SEP24 = span("2021-10-01", "2024-09-30")
OCT24_FEB25 = span(SINCE_OCT_2024, "2025-02-25")
DESERT = span("2025-01-20", "2025-05-01")
HALF_YEAR = span("2024-11-20", "2025-05-19")
Y2015_2022 = span("2015-01-01", "2022-12-31")
TREVILLA = span(SINCE_OCT_2024, "2026-02-10")
OCT24_APR25 = span(SINCE_OCT_2024, "2025-04-30")
ELPAIS = "elpais-en-trevilla-78-2026-02-11"
ECNS = "ecns-trevilla-77-2026-02-11"
MND = "mnd-firearms-seized-2026-03-10"
INTERNEWS = "internewscast-harfuch-75-2025-05"
EVANGELIO = "evangelio-news-armas-eu-rastreo"

# Operación Frontera Norte: (as of, source) -> {kind: (as printed, value, bound, paragraph)}
OFN: dict[tuple[str, str], dict[str, tuple[str, float, str, int]]] = {
    ("2025-02-27", ONCE): {
        "arrests": ("914 presuntos delincuentes", 914, "exact", 1),
        "firearms": ("896 armas de fuego", 896, "exact", 4),
        "rounds": ("99 mil 930 cartuchos", 99930, "exact", 5),
        "magazines": ("3 mil 606 cargadores", 3606, "exact", 6)},
    ("2025-04-14", JMAYA): {
        "arrests": ("2 mil 440 personas", 2440, "exact", 5),
        "firearms": ("2 mil 140 armas de fuego", 2140, "exact", 5),
        "rounds": ("346 mil 241 cartuchos", 346241, "exact", 5),
        "magazines": ("10 mil 865 cargadores", 10865, "exact", 5)},
    ("2025-10-09", NMAS_OCT9): {
        "arrests": ("7,968 personas", 7968, "exact", 4),
        "firearms": ("6,194 armas de fuego", 6194, "exact", 5),
        "rounds": ("1,094,282 cartuchos", 1094282, "exact", 5),
        "magazines": ("29,085 cargadores", 29085, "exact", 6)},
    ("2025-10-27", NMAS_OCT27): {
        "arrests": ("8,453 personas", 8453, "exact", 4),
        "firearms": ("6,534 armas de fuego", 6534, "exact", 4),
        "rounds": ("1,128,014 cartuchos", 1128014, "exact", 4),
        "magazines": ("30,131 cargadores", 30131, "exact", 4)},
    ("2025-11-17", CABECERA): {
        "arrests": ("9,096 personas", 9096, "exact", 1),
        "firearms": ("6,912 armas de fuego", 6912, "exact", 2),
        "rounds": ("más de un millón de cartuchos", 1_000_000, "more_than", 2),
        "magazines": ("31,771 cargadores", 31771, "exact", 2)},
    ("2026-01-07", NOVENTA): {
        "arrests": ("10 mil 544 personas", 10544, "exact", 2),
        "firearms": ("7 mil 734 armas de fuego", 7734, "exact", 2),
        "rounds": ("1 millón 291 mil 481 cartuchos", 1291481, "exact", 2),
        "magazines": ("34 mil 563 cargadores", 34563, "exact", 2)},
}  # fmt: skip

OFN_CASES = [(day, source, kind) for (day, source), kinds in OFN.items() for kind in kinds]

# fact id: (as printed, value, bound, source, paragraph, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, int, dict[str, Any] | None]] = {
    # SEDENA by state, January to November 2025 (Milenio)
    "defensa-sinaloa-firearms-2025": ("dos mil 742 armas", 2742, "exact", MILENIO, 10, JAN_NOV_2025),
    "defensa-sonora-firearms-2025": ("mil 151", 1151, "exact", MILENIO, 11, JAN_NOV_2025),
    "defensa-chihuahua-firearms-2025": ("908", 908, "exact", MILENIO, 12, JAN_NOV_2025),
    "defensa-michoacan-firearms-2025": ("781", 781, "exact", MILENIO, 13, JAN_NOV_2025),
    "defensa-nuevo-leon-firearms-2025": ("759", 759, "exact", MILENIO, 14, JAN_NOV_2025),
    "defensa-baja-calif-firearms-2025": ("697", 697, "exact", MILENIO, 15, JAN_NOV_2025),
    "defensa-tamaulipas-firearms-2025": ("593 armas", 593, "exact", MILENIO, 16, JAN_NOV_2025),
    # V+ Noticias, 27 October 2025
    "sedena-sinaloa-firearms-2025-8m": ("2,080 armas aseguradas", 2080, "exact", VMAS, 1, span("2025-01-01", "2025-08-31")),
    "sedena-sinaloa-firearms-2024-8m": ("1,040 armas", 1040, "exact", VMAS, 1, span("2024-01-01", "2024-08-31")),
    # "en 2025" on V+'s page, in a report on eight months; the video's transcript says eight months
    "armed-forces-firearms-2025-10": ("9,856 armas", 9856, "exact", VMAS, 1, span("2025-01-01", "2025-08-31")),
    # Pulso, El Universal's transparency figures for 2025
    "defensa-firearms-2025": ("14 mil 14 armas de fuego", 14014, "exact", PULSO, 5, {"year": 2025}),
    "semar-firearms-2025": ("mil 783 armas", 1783, "exact", PULSO, 6, {"year": 2025}),
    "armed-forces-firearms-2025": ("Cerca de 16 mil armas de fuego", 16000, "nearly", PULSO, 1, {"year": 2025}),
    # the security secretary's running totals since 1 October 2024
    "mx-firearms-2025-01-08": ("3,600 armas de fuego", 3600, "exact", MULA, 3, span(SINCE_OCT_2024, "2025-01-08")),
    "mx-firearms-2025-02-25": ("6 mil 582 armas de fuego", 6582, "exact", FINANCIERO, 1, OCT24_FEB25),
    "mx-firearms-2025-05-18": ("10 mil 962 armas de fuego", 10962, "exact", OCHO, 5, span(SINCE_OCT_2024, "2025-05-18")),
    "mx-firearms-2025-07-31": ("14,943 armas", 14943, "exact", CAMBIO, 4, span(SINCE_OCT_2024, "2025-07-31")),
    "mx-firearms-2025-11-30": ("20 mil 169 armas de fuego", 20169, "exact", CRONICA_DIC, 3, span(SINCE_OCT_2024, "2025-11-30")),
    "mx-firearms-2025-11": ("más de mil 100 armas de fuego", 1100, "more_than", CRONICA_DIC, 2, span("2025-11-01", "2025-11-30")),
    "ofn-arrests-2025-05-18": ("3 mil 439 personas", 3439, "exact", OCHO, 7, asof("2025-05-18")),
    "ofn-firearms-2025-05-18": ("2 mil 893 armas de fuego", 2893, "exact", OCHO, 7, asof("2025-05-18")),
    "mx-firearms-2025-10-22": ("18 mil 274 armas de fuego", 18274, "exact", EU_SENADO, 7, span(SINCE_OCT_2024, "2025-10-22")),
    "mx-rounds-2024-10-2025-02-25": ("un millón 345 mil 397 cartuchos", 1345397, "exact", FINANCIERO, 2, OCT24_FEB25),
    # the Foreign Ministry's report, October 2021 to September 2024
    "mx-firearms-2021-10-2024-09": ("53 mil armas de fuego", 53000, "exact", FINANCIERO, 3, OCT21_SEP24),
    "mx-seized-change-2021-10-2024-09": ("65 por ciento", 65, "exact", FINANCIERO, 3, OCT21_SEP24),
    "mx-rounds-2021-10-2024-09": ("20 millones de cartuchos", 20_000_000, "exact", FINANCIERO, 3, OCT21_SEP24),
    "sre-us-origin-stated-2025-04": ("Aproximadamente, 70 por ciento", 70, "approximate", FINANCIERO, 3, asof("2025-04-07")),
    # Sinaloa, as the security secretary gave it in Mazatlán
    "sinaloa-firearms-2024-10-2026-01": ("4 mil 850 armas de fuego", 4850, "exact", INFORMADOR, 1, SINALOA_SPAN),
    "sinaloa-share-national-2026-01": ("20 %", 20, "exact", INFORMADOR, 1, SINALOA_SPAN),
    "harfuch-us-origin-2026-02-27": ("Cerca del 80 por ciento", 80, "nearly", NOROESTE, 4, asof("2026-02-27")),
    # the FGR's 2024 seizures by state, from INEGI's census (El Economista)
    "fgr-sonora-firearms-2024": ("2,504 armas", 2504, "exact", ECONOMISTA, 4, {"year": 2024}),
    "fgr-baja-calif-firearms-2024": ("2,338", 2338, "exact", ECONOMISTA, 4, {"year": 2024}),
    "fgr-nuevo-leon-firearms-2024": ("1,682", 1682, "exact", ECONOMISTA, 4, {"year": 2024}),
    "fgr-chihuahua-firearms-2024": ("1,568 armas", 1568, "exact", ECONOMISTA, 5, {"year": 2024}),
    "fgr-michoacan-firearms-2024": ("1,478", 1478, "exact", ECONOMISTA, 5, {"year": 2024}),
    "fgr-queretaro-firearms-2024": ("1,319", 1319, "exact", ECONOMISTA, 5, {"year": 2024}),
    "fgr-yucatan-firearms-2024": ("29 armas", 29, "exact", ECONOMISTA, 6, {"year": 2024}),
    "fgr-nayarit-firearms-2024": ("52", 52, "exact", ECONOMISTA, 6, {"year": 2024}),
    "fgr-durango-firearms-2024": ("56", 56, "exact", ECONOMISTA, 6, {"year": 2024}),
    "fgr-grenades-2024": ("582 granadas", 582, "exact", ECONOMISTA, 3, {"year": 2024}),
    # Stop US Arms to Mexico's "Iron River" report: U.S. cities where traced guns were bought, 2015-2022
    "iron-river-houston-2015-2022": ("2 mil 452", 2452, "exact", IRON, 3, Y2015_2022),
    "iron-river-tucson-2015-2022": ("2 mil 156", 2156, "exact", IRON, 3, Y2015_2022),
    "iron-river-phoenix-2015-2022": ("mil 745", 1745, "exact", IRON, 3, Y2015_2022),
    "iron-river-el-paso-2015-2022": ("mil 658", 1658, "exact", IRON, 3, Y2015_2022),
    "iron-river-san-antonio-2015-2022": ("mil 340", 1340, "exact", IRON, 3, Y2015_2022),
    "iron-river-mcallen-2015-2022": ("más de mil armas", 1000, "more_than", IRON, 3, Y2015_2022),
    # Expansión, 9 February 2026: the share of 2025's homicides committed with firearms
    "firearm-homicide-share-2025": ("75%", 75, "exact", "expansion-municiones-2026-02-09", 3, {"year": 2025}),
    # the Defence Secretary at the conference of 10 February 2026 (El País, English edition)
    "trevilla-firearms-2026-02-10": ("18,000 long and short firearms", 18000, "exact", ELPAIS, 1, TREVILLA),
    "trevilla-us-origin-2026-02-10": ("approximately 78%", 78, "approximate", ELPAIS, 1, TREVILLA),
    "trevilla-50cal-rifles-2026-02-10": ("215 .50 caliber Barrett rifles", 215, "exact", ELPAIS, 1, TREVILLA),
    # Border Report (reprinted): October 2024 through April 2025
    "mx-firearms-2025-04-30": ("more than 10,000 guns", 10000, "more_than", INTERNEWS, 1, OCT24_APR25),
    "mx-us-origin-share-2025-04": ("75 percent", 75, "exact", INTERNEWS, 1, OCT24_APR25),
    # a former DEA official's range, La Razón, 30 September 2025
    "vigil-300k-500k-yearly-2025": ("aproximadamente de 300 mil a medio millón de armas de fuego", 300000, "range",
                                    "razon-vigil-500-mil-2025-09-30", 2, None),
    # the President's stated share in 2026
    "sheinbaum-us-origin-2026-02-05": ("75 por ciento —al menos—", 75, "at_least", RAZON, 2, asof("2026-02-05")),
    "sheinbaum-us-origin-2026-03-09": ("al menos el 75%", 75, "at_least", SONORA, 1, asof("2026-03-09")),
    # the Defence ministry's half-yearly report to Congress, 20 November 2024 to 19 May 2025
    "defensa-routes-2025-05": ("11 rutas", 11, "exact", RUTAS, 1, asof("2025-05-19")),
    "defensa-routes-firearms-2025-05": ("5 mil 869 armas de fuego", 5869, "exact", RUTAS, 3, HALF_YEAR),
    "defensa-routes-magazines-2025-05": ("31 mil 868 cargadores", 31868, "exact", RUTAS, 3, HALF_YEAR),
    "defensa-routes-rounds-2025-05": ("más de 1.2 millones de cartuchos", 1_200_000, "more_than", RUTAS, 3, HALF_YEAR),
    "defensa-routes-grenades-2025-05": ("289 granadas", 289, "exact", RUTAS, 3, HALF_YEAR),
    "defensa-texas-share-2025-05": ("43 por ciento", 43, "exact", RUTAS, 4, HALF_YEAR),
    "defensa-arizona-share-2025-05": ("22 por ciento", 22, "exact", RUTAS, 4, HALF_YEAR),
    "defensa-california-share-2025-05": ("9 por ciento", 9, "exact", RUTAS, 4, HALF_YEAR),
    "sinaloa-firearms-to-2025-10-15": ("casi 4 mil armas de fuego", 4000, "nearly", JORNADA_SIN, 5, span(SINCE_OCT_2024, "2025-10-15")),
    # the Interior Secretary's disarmament count at the conference of 7 October 2025
    "desarme-2025-10-07": ("más de 6 mil 400 armas", 6400, "more_than", INFOBAE, 7, asof("2025-10-07")),
    # Expansión, 29 January 2026
    "us-firearms-border-fy25-to-dec25": ("1,934 piezas", 1934, "exact", EXPANSION, 4, FY25_TO_DEC),
    "mx-six-states-share-to-2025-12": ("56%", 56, "exact", EXPANSION, 7, FY25_TO_DEC),
    # CBP at El Paso
    "cbp-elpaso-case-2024-08-rounds": ("92,900 rounds", 92900, "exact", CBP, 1, span("2024-08-17", "2024-08-17")),
    "cbp-elpaso-fo-rounds-fy2021": ("15,678 rounds", 15678, "exact", CBP, 2, {"fiscal_year": 2021}),
    "cbp-elpaso-fo-rounds-fy2022": ("7,224 rounds", 7224, "exact", CBP, 2, {"fiscal_year": 2022}),
    "cbp-elpaso-fo-rounds-fy2023": ("11, 205 rounds", 11205, "exact", CBP, 2, {"fiscal_year": 2023}),
    "elpaso-out-rounds-fy24-oct-jul": ("28 mil 788 municiones", 28788, "exact", PATRONA, 1, span("2023-10-01", "2024-07-31")),
    "elpaso-out-rounds-fy2023-diario": ("12 mil 172", 12172, "exact", PATRONA, 1, {"fiscal_year": 2023}),
    # CBP's border figures, February 2025
    "cbp-weapon-events-2025-02": ("75 eventos", 75, "exact", OPINIONES, 2, span("2025-02-01", "2025-02-28")),
    "cbp-weapon-events-2025-01": ("67", 67, "exact", OPINIONES, 2, span("2025-01-01", "2025-01-31")),
    "cbp-outbound-events-2025-02": ("23", 23, "exact", OPINIONES, 4, span("2025-02-01", "2025-02-28")),
    "cbp-weapons-fy25-oct-feb": ("579 armas", 579, "exact", OPINIONES, 5, FY25_TO_FEB),
    "cbp-border-rounds-fy25-oct-feb": ("90 mil 761 balas", 90761, "exact", OPINIONES, 8, FY25_TO_FEB),
    # Desert Lightning, ATF's count from 20 January to 1 May 2025
    "us-mx-bound-components-2025-05": ("8,722 componentes de armas", 8722, "exact", RELAMPAGO, 7, DESERT),
    "us-mx-bound-explosives-2025-05": ("6,335 artefactos explosivos", 6335, "exact", RELAMPAGO, 8, DESERT),
    # charging under the Bipartisan Safer Communities Act
    "bsca-people-charged-2024-06-25": ("525 defendants", 525, "exact", DOJ, 9, asof("2024-06-25")),
    "bsca-straw-charged-2024-04": ("more than 420 defendants", 420, "more_than", KSFR, 7, asof("2024-04-18")),
}  # fmt: skip

# Other pages' printings: (fact id, source) -> (as printed, value, bound, paragraph)
REPORTS: dict[tuple[str, str], tuple[str, float, str, int]] = {
    ("defensa-firearms-2024", PULSO): ("casi 4 mil pertrechos", 4000, "nearly", 5),
    ("armed-forces-firearms-2025-10", VIDEO): ("nueve mil ochocientos cincuenta y seis armas", 9856, "exact", 5),
    ("sedena-sinaloa-firearms-2025-8m", VIDEO): ("dos mil ochenta armas", 2080, "exact", 2),
    ("mx-firearms-2025-10-22", NOTISISTEMA): ("18 mil armas", 18000, "exact", 4),
    ("mx-firearms-2025-10-22", INFO7): ("18,270 armas de fuego", 18270, "exact", 6),
    ("mx-firearms-2025-09-30", INFOBAE): ("más de 17 mil armas de fuego", 17000, "more_than", 4),
    ("mx-firearms-2025-09-30", CUARTO): ("17 mil 200 armas de fuego", 17200, "exact", 5),
    ("sinaloa-firearms-2024-10-2026-01", NOROESTE): ("4 mil 850 armas de fuego", 4850, "exact", 1),
    ("sinaloa-share-national-2026-01", NOROESTE): ("20 por ciento", 20, "exact", 1),
    ("cbp-elpaso-case-2024-08-rounds", DAILY360): ("92,900 rounds", 92900, "exact", 1),
    ("cbp-elpaso-fo-rounds-fy2021", DAILY360): ("15,678 rounds", 15678, "exact", 4),
    ("cbp-elpaso-fo-rounds-fy2022", DAILY360): ("7,224 rounds", 7224, "exact", 4),
    ("cbp-elpaso-fo-rounds-fy2023", DAILY360): ("11,205 rounds", 11205, "exact", 4),
    ("cbp-elpaso-fo-rounds-fy2021", ARCALIS): ("15,678 rounds", 15678, "exact", 2),
    ("cbp-elpaso-fo-rounds-fy2022", ARCALIS): ("7,224 rounds", 7224, "exact", 2),
    ("cbp-elpaso-fo-rounds-fy2023", ARCALIS): ("11,205 rounds", 11205, "exact", 2),
    ("elpaso-out-rounds-fy24-oct-jul", PLEDGE): ("28,788 rounds", 28788, "exact", 2),
    ("elpaso-out-rounds-fy2023-diario", PLEDGE): ("12,172", 12172, "exact", 2),
    ("nfcta-traces-change-2017-2023", FINANCIERO): ("63 por ciento", 63, "exact", 6),
    # other pages' printings of Frontera Norte points
    ("ofn-arrests-2025-05-30", SOCIEDAD): ("3,854 personas", 3854, "exact", 2),
    ("ofn-firearms-2025-05-30", SOCIEDAD): ("3,238 armas de fuego", 3238, "exact", 2),
    ("ofn-rounds-2025-05-30", SOCIEDAD): ("538,408 cartuchos útiles", 538408, "exact", 2),
    ("ofn-magazines-2025-05-30", SOCIEDAD): ("15,588 cargadores", 15588, "exact", 2),
    ("ofn-arrests-2025-10-09", PUEBLA): ("7,968 personas", 7968, "exact", 1),
    ("ofn-firearms-2025-10-09", PUEBLA): ("6,194 armas de fuego", 6194, "exact", 1),
    ("ofn-rounds-2025-10-09", PUEBLA): ("1,094,282 cartuchos", 1094282, "exact", 1),
    ("ofn-magazines-2025-10-09", PUEBLA): ("29,085 cargadores", 29085, "exact", 1),
    ("ofn-firearms-2025-09-02", CDMXCOM): ("más de cinco mil armas de fuego", 5000, "more_than", 1),
    ("ofn-rounds-2025-09-02", CDMXCOM): ("931 mil cartuchos", 931000, "exact", 1),
    ("ofn-arrests-2025-09-02", CDMXCOM): ("6 mil 863 personas", 6863, "exact", 2),
    ("ofn-arrests-2025-03-16", TABASCO): ("1,503 personas", 1503, "exact", 1),
    ("ofn-firearms-2025-03-16", TABASCO): ("1,397 armas de fuego", 1397, "exact", 1),
    ("mx-firearms-2025-07-31", "noventagrados-harfuch-2025-08-12"): ("14 mil 943 armas de fuego", 14943, "exact", 3),
    ("mx-firearms-2025-07-31", "heraldo-harfuch-2025-08-12"): ("14 mil 943 armas de fuego", 14943, "exact", 3),
    ("mx-firearms-2025-09-08", "cuartopoder-harfuch-11-meses"): ("16 mil armas de fuego", 16000, "exact", 1),
    ("mx-firearms-2025-03-23", "cabomil-harfuch-2025-03-26"): ("más de 8 mil armas de fuego", 8000, "more_than", 3),
    ("trevilla-firearms-2026-02-10", ECNS): ("about 18,000 firearms", 18000, "approximate", 1),
    ("trevilla-firearms-2026-02-10", EVANGELIO): ("18 mil armas cortas y largas", 18000, "exact", 1),
    ("trevilla-us-origin-2026-02-10", ECNS): ("around 77 percent", 77, "approximate", 1),
    ("trevilla-50cal-rifles-2026-02-10", EVANGELIO): ("215 fusiles calibre .50 tipo Barrett", 215, "exact", 2),
    ("mx-firearms-2026-02-28", MND): ("24,122 firearms", 24122, "exact", 2),
    ("harfuch-us-origin-2026-02-27", MND): ("approximately 80%", 80, "approximate", 3),
    ("fgr-cdmx-firearms-2024", ECONOMISTA): ("1,514", 1514, "exact", 5),
    ("harfuch-us-origin-2026-02-27", INFOBAE_FEB): ("el 80%", 80, "exact", 2),
    ("defensa-texas-share-2025-05", EU_TEXAS): ("43%", 43, "exact", 1),
    ("defensa-arizona-share-2025-05", EU_TEXAS): ("22%", 22, "exact", 2),
    ("defensa-california-share-2025-05", EU_TEXAS): ("9%", 9, "exact", 2),
    ("wttl-2023-sre-estimate", PARTICLE): ("more than 500,000 US-made guns", 500000, "more_than", 4),
}  # fmt: skip

OFN_METRICS = {"arrests": "arrests", "firearms": "firearms_seized", "rounds": "ammunition_seized",
               "magazines": "magazines_seized"}  # fmt: skip


@pytest.mark.parametrize(("day", "source", "kind"), OFN_CASES)
def test_frontera_norte_point_as_its_page_prints_it(ds: Dataset, day: str, source: str, kind: str) -> None:
    fact = ds.fact_by_id[f"ofn-{kind}-{day}"]
    printed, value, bound, paragraph = OFN[day, source][kind]
    assert as_recorded(fact) == (printed, value, bound, source, paragraph, {"as_of": day})
    assert (fact.metric, fact.initiative, fact.country) == (OFN_METRICS[kind], "operacion-frontera-norte", "MX")
    assert fact.scope is not None and fact.scope.level == "operation"


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    assert as_recorded(ds.fact_by_id[fact_id]) == FIGURES[fact_id]


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_another_pages_printing(ds: Dataset, fact_id: str, source: str) -> None:
    assert as_reported(ds.fact_by_id[fact_id], source) == REPORTS[fact_id, source]


def test_every_new_figure_has_its_spanish_and_a_read_page(ds: Dataset) -> None:
    ids = list(FIGURES) + [f"ofn-{kind}-{day}" for day, _source, kind in OFN_CASES]
    for fact_id in ids:
        assert_in_spanish_from_a_read_page(ds, fact_id, "2026-12-03")


def test_the_new_frontera_norte_points_fall_between_their_neighbours(ds: Dataset) -> None:
    # 896 on 27 February 2025 lies between 705 (23 February) and 1,136 (6 March); 7,734 on
    # 7 January 2026 between 7,714 (6 January) and 7,855 (11 January).
    firearms = {
        str(f.period.as_of): f.value
        for f in ds.facts
        if f.metric == "firearms_seized" and f.initiative == "operacion-frontera-norte" and f.period and f.period.as_of
    }
    assert firearms["2025-02-23"] < firearms["2025-02-27"] < firearms["2025-03-06"]
    assert firearms["2025-10-02"] < firearms["2025-10-09"] < firearms["2025-10-27"] < firearms["2025-10-28"]
    assert firearms["2026-01-06"] < firearms["2026-01-07"] < firearms["2026-01-11"]


def test_what_the_printings_say_together(ds: Dataset) -> None:
    # Milenio's 9 mil 790 for SEDENA in 2024 against Pulso's "casi 4 mil": a real dispute.
    assert ds.fact_by_id["defensa-firearms-2024"].agreement == "disputed"
    # Cuarto Poder's "17 mil 200" to 30 September 2025 against Expansión's 17,283 for the same year.
    assert ds.fact_by_id["mx-firearms-2025-09-30"].agreement == "disputed"
    # The FGR's Mexico City seizures in 2024: 890 (its transparency answer) against 1,514 (INEGI's census).
    assert ds.fact_by_id["fgr-cdmx-firearms-2024"].agreement == "disputed"
    # "18 mil armas" is the secretary's 18 mil 274, rounded; Info7's lone 18,270 is one digit off it.
    senate = ds.fact_by_id["mx-firearms-2025-10-22"]
    assert senate.agreement == "likely_misprint"
    assert senate.agreement_reason.misprint is not None
    assert senate.agreement_reason.misprint.source == INFO7
    # cdmx.com's rounded "931 mil" and "más de cinco mil" agree with the Cabinet's 931 mil 207 and 5 mil 339.
    assert ds.fact_by_id["ofn-rounds-2025-09-02"].agreement == "corroborated"
    assert ds.fact_by_id["ofn-firearms-2025-09-02"].agreement == "corroborated"
    # CBP's release and two retellings print the same three fiscal years.
    for fy in (2021, 2022, 2023):
        assert ds.fact_by_id[f"cbp-elpaso-fo-rounds-fy{fy}"].agreement == "corroborated"


def test_two_counts_for_el_paso_in_2023_are_kept_apart(ds: Dataset) -> None:
    # CBP's 11,205 is its El Paso Field Office; El Diario's 12,172 names no ports. They are not
    # judged as one quantity, and each names the other in a caveat.
    cbp, diario = ds.fact_by_id["cbp-elpaso-fo-rounds-fy2023"], ds.fact_by_id["elpaso-out-rounds-fy2023-diario"]
    assert not same_quantity(ds, cbp, diario)
    assert any("elpaso-out-rounds-fy2023-diario" in c for c in cbp.caveats)
    assert any("cbp-elpaso-fo-rounds-fy2023" in c for c in diario.caveats)


def test_the_total_events_and_the_outbound_events_are_different_quantities(ds: Dataset) -> None:
    # February 2025: 75 weapon seizure events in all, 23 of them at ports of departure.
    total, outbound = ds.fact_by_id["cbp-weapon-events-2025-02"], ds.fact_by_id["cbp-outbound-events-2025-02"]
    assert total.period == outbound.period
    assert not same_quantity(ds, total, outbound)


def test_charging_under_the_act_grows_over_2024(ds: Dataset) -> None:
    # more than 250 by the end of October 2023, more than 500 on 11 June 2024, 525 at 25 June 2024
    points = sorted(
        (str(f.period.as_of), f.value)
        for f in ds.facts
        if f.metric == "people_charged" and f.initiative == "bipartisan-safer-communities-act" and f.period
        if f.period.as_of
    )
    assert points == [("2023-10-31", 250), ("2024-06-11", 500), ("2024-06-25", 525)]


def test_new_metrics_and_units_read_in_both_languages(ds: Dataset) -> None:
    new_metrics = (
        "share_national_seizures_in_state",
        "weapon_components_seized",
        "explosive_devices_seized",
        "trafficking_routes_identified",
    )
    for metric_id in new_metrics:
        metric = ds.metric_by_id[metric_id]
        assert metric.label and metric.label_es and metric.description_es, metric_id
    for unit_id in ("components", "devices", "routes"):
        unit = ds.unit_by_id[unit_id]
        assert unit.label_es, unit_id


def test_the_stated_share_of_us_origin_moves_as_a_series(ds: Dataset) -> None:
    # From the record's "at least 70 %" (March 2022) to this pass's points of 2025-2026: about 70 %
    # in the Foreign Ministry's April 2025 report, at least 75 % (5 February and 9 March 2026),
    # nearly 80 % (27 February 2026).
    points = {
        str(f.period.as_of): (f.value, f.bound)
        for f in ds.facts
        if f.metric == "share_us_origin_stated" and f.country == "MX" and f.period and f.period.as_of
        if f.scope is not None and f.scope.level == "national"
    }
    assert points["2025-04-07"] == (70, "approximate")
    assert points["2026-02-05"] == (75, "at_least")
    assert points["2026-02-27"] == (80, "nearly")
    assert points["2026-03-09"] == (75, "at_least")


def test_the_defence_reports_shares_are_not_the_nfctas(ds: Dataset) -> None:
    # The half-yearly report prints 43, 22 and 9 per cent, as the NFCTA does; the record keeps them
    # as the report's own figures for its half-year, and says so.
    for state in ("texas", "arizona", "california"):
        report, nfcta = ds.fact_by_id[f"defensa-{state}-share-2025-05"], ds.fact_by_id[f"nfcta-{state}-share"]
        assert report.value == nfcta.value
        assert not same_quantity(ds, report, nfcta)
        assert any(f"nfcta-{state}-share" in c for c in report.caveats)


def test_the_secretarys_running_total_only_grows(ds: Dataset) -> None:
    # 3,600 at 100 days, 6 mil 582 to 25 February, 10 mil 962 to 18 May, 14,943 at ten months,
    # 18 mil 274 at the Senate, 20 mil 169 to November 2025: each above the one before.
    ids = ["mx-firearms-2025-01-08", "mx-firearms-2025-02-25", "mx-firearms-2025-05-18", "mx-firearms-2025-07-31",
           "mx-firearms-2025-10-22", "mx-firearms-2025-11-30", "mx-firearms-2025-12-31"]  # fmt: skip
    values = [ds.fact_by_id[i].value for i in ids]
    assert values == sorted(values) and len(set(values)) == len(values)
    assert {str(ds.fact_by_id[i].period.first_day) for i in ids if ds.fact_by_id[i].period} == {"2024-10-01"}


def test_the_former_dea_officials_range_is_an_estimate_with_both_ends(ds: Dataset) -> None:
    # La Razón: "de 300 mil a medio millón de armas de fuego anualmente", Mike Vigil's estimate
    fact = ds.fact_by_id["vigil-300k-500k-yearly-2025"]
    assert (fact.low, fact.high) == (300000, 500000)
    assert fact.estimate is not None and "Vigil" in fact.estimate.by


def test_the_defence_secretary_is_the_speaker_of_his_february_2026_figures(ds: Dataset) -> None:
    # El País (English, 11 February 2026) ¶1 gives the 18,000 as announced by the Defense Secretary, Ricardo Trevilla;
    # ECNS gives his figures as the Defense Secretary's, naming him Ricardo Trevilla Trejo.
    trevilla = next(p for p in ds.people if p.id == "ricardo-trevilla")
    assert (trevilla.name, trevilla.agency) == ("Ricardo Trevilla Trejo", "SEDENA")
    for source in (ELPAIS, "ecns-trevilla-77-2026-02-11"):
        assert ds.source_by_id[source].speaker == "ricardo-trevilla"


@pytest.mark.parametrize(
    ("fact_id", "printed"),
    [
        ("us-mx-bound-firearms-2025-05-01", "10,592"),
        ("us-mx-bound-rounds-2025-05-01", "655,388"),
        ("us-mx-bound-components-2025-05", "8,722"),
        ("us-mx-bound-explosives-2025-05", "6,335"),
    ],
)
def test_once_noticias_mexico_bound_counts_note_atfs_nationwide_reading(
    ds: Dataset, fact_id: str, printed: str
) -> None:
    # Once Noticias gives these as bound for Mexico; ATF's own release (May 2025, read at securengin.fifthestate.nz)
    # prints the same figures as all that ATF agents seized nationwide from 20 January to 1 May 2025.
    fact = ds.fact_by_id[fact_id]
    said = [c for c in fact.caveats if "nationwide" in c and printed in c]
    assert said, fact.caveats
    assert any("en todo el país" in c and printed in c for c in fact.caveats_es), fact.caveats_es
