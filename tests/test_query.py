"""The query layer, without the CLI: filters, name resolution, search."""

from __future__ import annotations

import pytest

from armsfacts import finding, query, results
from armsfacts.errors import ArmsfactsError
from armsfacts.models import Dataset

from .conftest import LAST_MILE, LAST_MILE_ARTICLE

SALAZAR = "salazar-roundtable-2023-12-04"
# Operation Last Mile's regional figures: the DEA El Paso Division's (Border Report/KTSM ¶4, ¶6)
# and the DEA Omaha Division's (its release, ¶4).
LAST_MILE_DIVISIONS = [
    "ktsm-lm-elpaso-arrests",
    "ktsm-lm-elpaso-firearms",
    "dea-omaha-lm-arrests",
    "dea-omaha-lm-firearms",
]


def ids(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.id for f in facts]


def test_no_filter_returns_every_fact_in_dataset_order(ds: Dataset) -> None:
    assert ids(query.filter_facts(ds)) == [f.id for f in ds.facts]


def test_metric_filter(ds: Dataset) -> None:
    assert ids(query.filter_facts(ds, metric="arrests")) == [
        "cross-border-arrests",  # the article, ¶10: "hundreds"
        "etrace-arrests-2023",  # ¶13: 463
        "last-mile-arrests",  # ¶16: 3,337
        "ice-2021-owat-arrests",  # ICE, 2 July 2021: 360
        "ice-woat-feature-arrests",  # ICE's Without a Trace page: 227
        "ktsm-lm-elpaso-arrests",  # DEA El Paso Division: 235
        "dea-omaha-lm-arrests",  # DEA Omaha Division: 87
        # Operación Frontera Norte's people detained, one per day reported (746 on 23 February 2025 …)
        "ofn-arrests-2025-02-23", "ofn-arrests-2025-03-16", "ofn-arrests-2025-04-10", "ofn-arrests-2025-05-30",
        "ofn-arrests-2025-06-24", "ofn-arrests-2025-07-16", "ofn-arrests-2025-08-25", "ofn-arrests-2025-09-02",
        "ofn-arrests-2025-10-02", "ofn-arrests-2025-10-28", "ofn-arrests-2025-12-14", "ofn-arrests-2025-12-29",
        "ofn-arrests-2026-01-14", "ofn-arrests-2026-01-20",
        "laredo-case-2024-arrests",  # 4C News: "cinco hombres" arrested on 20 March 2024
        "atlanta-case-2025-arrests",  # WSB-TV: 14 people, May 2025
        # the days of Operación Frontera Norte added for the coverage of 2024-2026 (1,199 on 6 March 2025 …)
        "ofn-arrests-2025-03-06", "ofn-arrests-2025-04-23", "ofn-arrests-2025-09-28", "ofn-arrests-2025-11-26",
        "ofn-arrests-2025-12-09", "ofn-arrests-2026-01-06", "ofn-arrests-2026-01-11", "ofn-arrests-2026-01-12",
        "ofn-arrests-2026-01-18", "ofn-arrests-2026-03-11",
        "laredo-case-2025-10-arrests",  # DC Brief: "two suspects" at Laredo, 23 October 2025
        "etrace-arrests-2024-07",  # Mexico News Daily: 473 arrests, July 2024
        # Frontera Norte days of the second coverage pass (914 on 27 February 2025 … 10 mil 544 on 7 January 2026),
        # and the 3 mil 439 of the security secretary's report of 18 May 2025
        "ofn-arrests-2025-02-27", "ofn-arrests-2025-04-14", "ofn-arrests-2025-10-09", "ofn-arrests-2025-10-27",
        "ofn-arrests-2025-11-17", "ofn-arrests-2026-01-07", "ofn-arrests-2025-05-18",
    ]  # fmt: skip
    # the label works too: ATF's 3,823 (¶12) and the 620 weapons CBP Laredo stopped at ports of entry
    assert ids(query.filter_facts(ds, metric="firearms intercepted")) == [
        "atf-firearms-intercepted",
        "borderreport-2023-laredo-weapons",
        # bound for Mexico: ATF since January 2025, CBP by fiscal year and by stretch of border
        "atf-mx-bound-firearms-2026-02", "us-mx-bound-firearms-2025-05-02", "us-mx-bound-firearms-2025-05-01",
        "cbp-outbound-firearms-fy2025",
        "cbp-outbound-firearms-fy2024", "cbp-outbound-firearms-fy2023", "gnd-cbp-firearms-fy2025-oct-apr",
        "gnd-cbp-firearms-fy2024-oct-apr", "gnd-cbp-firearms-texas-fy2025", "us-mx-bound-fy24-oct-jul",
        "us-mx-bound-laredo-fy24-oct-jul", "us-mx-bound-tucson-fy24-oct-jul", "cbp-southbound-firearms-2025-26",
        # the Laredo trailers of 23 October 2025, and Expreso's 2021 and sector figures
        "laredo-case-2025-10-firearms", "us-mx-bound-laredo-2021", "us-mx-bound-tucson-fy2021",
        "us-mx-bound-tx-chih-ca-bc",
    ]  # fmt: skip


def test_unknown_metric_suggests(ds: Dataset) -> None:
    with pytest.raises(ArmsfactsError) as err:
        query.filter_facts(ds, metric="arests")
    assert "arrests" in err.value.suggestions
    assert err.value.exit_code == 3 and err.value.code == "not_found"


@pytest.mark.parametrize(
    "name", ["last-mile", "Last Mile", "operation-last-mile", "Operation Last Mile", "LAST  MILE!"]
)
def test_operation_names(ds: Dataset, name: str) -> None:
    assert query.get_initiative(ds, name, "operation").id == "operation-last-mile"
    assert ids(query.filter_facts(ds, initiative=name)) == LAST_MILE + LAST_MILE_DIVISIONS


def test_accented_spanish_name_finds_operation(ds: Dataset) -> None:
    assert query.get_initiative(ds, "operacion ultima milla").id == "operation-last-mile"


def test_law_by_article_name(ds: Dataset) -> None:
    assert query.get_initiative(ds, "bipartisan Safe Communities Act").id == "bipartisan-safer-communities-act"


def test_unknown_operation_suggests_nearest(ds: Dataset) -> None:
    with pytest.raises(ArmsfactsError) as err:
        query.get_initiative(ds, "last-mil", "operation")
    assert err.value.suggestions[0] == "operation-last-mile"
    assert "no operation 'last-mil'" in err.value.message


def test_agency_filter_includes_components_and_is_case_insensitive(ds: Dataset) -> None:
    # ATF and DEA are components of the DOJ, so their figures count for the DOJ too; the DEA
    # leads Operation Last Mile and ATF eTrace and Operation Southbound, so their figures count
    # for them. Of the article's figures, only the four tied to no agency are left out.
    article_atf = [
        "atf-firearms-intercepted",
        "etrace-investigations-2023",
        "etrace-arrests-2023",
        "southbound-investigations-change",
        "southbound-seized-change",
    ]
    assert ids(query.filter_facts(ds, agency="doj", source=SALAZAR)) == [
        "bsca-people-charged", *article_atf, *LAST_MILE_ARTICLE,
    ]  # fmt: skip
    assert ids(query.filter_facts(ds, agency="dea")) == LAST_MILE + LAST_MILE_DIVISIONS
    assert (
        ids(query.filter_facts(ds, agency="Bureau of Alcohol, Tobacco, Firearms and Explosives", source=SALAZAR))
        == article_atf
    )
    # HSI is part of ICE, and ICE and CBP of the DHS
    assert query.components(ds, "DHS") == ["CBP", "ICE", "HSI"]


def test_country_year_source_search_combine(ds: Dataset) -> None:
    # the article does not say where ATF intercepted its 3,823 (¶12), so that figure has no country
    assert ids(query.filter_facts(ds, country="us", year=2023, source=SALAZAR)) == [
        "etrace-investigations-2023",
        "etrace-arrests-2023",
        *LAST_MILE_ARTICLE,
    ]
    # Last Mile runs May 2022 to May 2023: it touches both years.
    assert "last-mile-arrests" in ids(query.filter_facts(ds, year=2022))
    assert "etrace-arrests-2023" not in ids(query.filter_facts(ds, year=2022))
    assert ids(query.filter_facts(ds, search="etrace", metric="arrests")) == [
        "etrace-arrests-2023",
        "etrace-arrests-2024-07",  # Mexico News Daily's 473 of July 2024, kept apart from 2023's 463
    ]
    assert len(query.filter_facts(ds, source="salazar-roundtable-2023-12-04")) == 13
    assert ids(query.filter_facts(ds, source="dea-last-mile-2023-05-05")) == LAST_MILE
    assert query.filter_facts(ds, country="MX", source=SALAZAR) == []  # the article counts nothing in Mexico


def test_sort(ds: Dataset) -> None:
    by_value = query.filter_facts(ds, sort="value")
    values = [f.value for f in by_value]
    assert values == sorted(values)
    # Mexico's suit: 10 mil millones de dólares (D-Noticias ¶2), the largest number in the record
    assert ids(query.filter_facts(ds, sort="-value"))[0] == "mx-lawsuit-damages-sought"
    # figures without a period go last whichever the direction
    by_period = query.filter_facts(ds, sort="period")
    assert by_period[0].id == "ksl-88000-1997-1999"  # KSL.com ¶9: 88,000 a year in 1997-1999
    assert by_period[-1].period is None


def test_initiative_detail_has_its_figures(ds: Dataset) -> None:
    detail = results.initiative_detail(ds, "southbound")
    assert detail.kind == "operation"
    assert ids(detail.facts) == [
        "southbound-investigations-change",  # the article, ¶14: +40 %
        "southbound-seized-change",  # ¶14: +11 %
        "wttl-2023-southbound-oct-mar",  # Monaco's remarks (WTTL ¶7): nearly 2,000
        "wttl-2023-southbound-task-forces",  # ¶7: nine task forces
        "kxnet-southbound-firearms",  # KXNET ¶4: about 2,000 firearms
        "kxnet-southbound-ammunition",  # ¶4: 80,000 rounds
        "sinembargo-southbound-cartuchos",  # SinEmbargo ¶7: más de 80 mil cartuchos
        "sinembargo-southbound-aumento",  # ¶7: 65.8 por ciento
    ]


def test_agency_detail(ds: Dataset) -> None:
    fgr = results.agency_detail(ds, "fgr")
    assert fgr.components == ["AIC", "FEMDO", "FGR-LEGAL-INTL"]
    assert [p.id for p in fgr.people] == [
        "felipe-de-jesus-gallo",
        "alfredo-higuera-bernal",
        "miguel-angel-mendez-buenos-aires",
    ]
    # the figures tied to the FGR itself: Mexico's trace requests to ATF (La Jornada, 11 Dec 2023, ¶5), its
    # yearly seizures in INEGI's census (El Economista, 3 Oct 2025), and the trace requests of issue 18 (El Sur:
    # 2017, 2022 and the change; Público: 2017-2021; El Economista: 2017-2023; Telediario: 2022-2023; AEI
    # Noticias: October 2021-December 2023, requested and successful); the rest are Operación Frontera Norte's,
    # in which it takes part
    assert [f.id for f in fgr.facts if "FGR" in f.agencies] == [
        "jornada-2023-12-11-traces", "fgr-firearms-2024", "fgr-firearms-2023", "fgr-firearms-2022",
        "fgr-firearms-2021", "fgr-firearms-2020", "fgr-rounds-2024",
        "atf-mx-requests-2017", "atf-mx-requests-2022", "atf-mx-requests-change-17-22", "atf-mx-requests-2017-2021",
        "nfcta-mx-requests-2017-2023", "nfcta-mx-requests-2022-2023", "etrace-mx-requests-2021-2023",
        "etrace-mx-successful-2021-2023",
        # and the FGR's seizures in Mexico City, 2022-2024 (El Universal, from a transparency request)
        "fgr-cdmx-firearms-2022", "fgr-cdmx-firearms-2023", "fgr-cdmx-firearms-2024",
        # the Defence ministry's half-yearly report, which credits the routes to intelligence shared with the FGR
        # (La Jornada, 9 July 2025), and the FGR's 2024 seizures by state and its grenades (El Economista)
        "defensa-routes-2025-05", "defensa-routes-firearms-2025-05", "defensa-routes-magazines-2025-05",
        "defensa-routes-rounds-2025-05", "defensa-routes-grenades-2025-05",
        "fgr-sonora-firearms-2024", "fgr-baja-calif-firearms-2024", "fgr-nuevo-leon-firearms-2024",
        "fgr-chihuahua-firearms-2024", "fgr-michoacan-firearms-2024", "fgr-queretaro-firearms-2024",
        "fgr-yucatan-firearms-2024", "fgr-nayarit-firearms-2024", "fgr-durango-firearms-2024", "fgr-grenades-2024",
    ]  # fmt: skip
    assert {f.initiative for f in fgr.facts if "FGR" not in f.agencies} == {"operacion-frontera-norte"}
    atf = results.agency_detail(ds, "ATF")
    # of the article's figures: its own 3,823 (¶12), and those of eTrace (¶13) and Southbound (¶14), which it leads
    assert [f.id for f in atf.facts if f.source == SALAZAR] == [
        "atf-firearms-intercepted",
        "etrace-investigations-2023",
        "etrace-arrests-2023",
        "southbound-investigations-change",
        "southbound-seized-change",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "record"),
    [
        ("rodriguez", "person", "luis-rodriguez-bucio"),
        ("fiscalia", "agency", "FGR"),
        ("FISCALÍA GENERAL", "agency", "FGR"),
        ("sinaloa", "organization", "sinaloa-cartel"),
        ("8,496", "fact", "last-mile-firearms-seized"),
        ("etrace", "initiative", "etrace"),
    ],
)
def test_search_across_records(ds: Dataset, text: str, kind: str, record: str) -> None:
    hits = finding.search(ds, text)
    assert (kind, record) in [(h.kind, h.id) for h in hits]


def test_search_nothing(ds: Dataset) -> None:
    assert finding.search(ds, "zzzz") == []
    assert finding.search(ds, "   ") == []
    # punctuation alone (or bytes that are not text) is not a wildcard
    assert query.filter_facts(ds, search="!!!") == []
    assert query.filter_facts(ds, search="\udcc3") == []
