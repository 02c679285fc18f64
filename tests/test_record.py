"""The record grown from the research drafts: its figures, its sources, its corrections, `compare`.

Every expected value below was written from the page excerpts the researchers kept with their
drafts (/work/research/r1–r3), not from the program's output.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from armsfacts.models import Dataset

from .conftest import SOURCES, Invoke
from .record_pages import period_of

ARTICLE = "salazar-roundtable-2023-12-04"
FY2023_FIRST_HALF = {"start": "2022-10-01", "end": "2023-03-31"}
TRACED_2009_2014 = {"start": "2009-01-01", "end": "2014-12-31"}
TRACED_2007_2011 = {"start": "2007-01-01", "end": "2011-12-31"}

# fact id: (as printed, value, bound, source, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, dict[str, Any] | None]] = {
    "jornada-2023-12-11-prevented": (
        "7 mil 350", 7350, "exact", "jornada-7350-armas-2023-12-11", {"year": 2023}),
    "jornada-2023-12-11-traces": (
        "casi 12 mil", 12000, "nearly", "jornada-7350-armas-2023-12-11", FY2023_FIRST_HALF),
    "jornada-2023-12-11-bradford": (
        "al menos cuatro mil 800", 4800, "at_least", "jornada-7350-armas-2023-12-11", {"as_of": "2023-12-11"}),
    "eu-mexico-etrace-registrations": (
        "más de 28 mil", 28000, "more_than", "eluniversal-655-casos-armas", None),
    "destacado-2023-seized-sexenio": (
        "más de 47,481", 47481, "more_than", "destacado-salazar-armas-2023-12",
        {"start": "2018-12-01", "end": "2023-12-04"}),
    "gao-2009-testimony-us-count": (
        "over 20,000", 20000, "more_than", "gao-2009-trafficking-testimony", None),
    "gao-2009-testimony-us-share": (
        "around 87 percent", 87, "approximate", "gao-2009-trafficking-testimony", None),
    "gao-2016-traced-us-origin-count": (
        "73,684 firearms", 73684, "exact", "gao-2016-firearms-trafficking", TRACED_2009_2014),
    "gao-2016-traced-us-origin-share": (
        "about 70 percent", 70, "approximate", "gao-2016-firearms-trafficking", TRACED_2009_2014),
    "nbp-2016-submitted-for-tracing": (
        "104,850 firearms", 104850, "exact", "newbostonpost-gao-seized-2016", TRACED_2009_2014),
    "nbp-2016-foreign-origin-count": (
        "17,544 weapons", 17544, "exact", "newbostonpost-gao-seized-2016", TRACED_2009_2014),
    "nbp-2016-unknown-origin-count": (
        "13,622 weapons", 13622, "exact", "newbostonpost-gao-seized-2016", TRACED_2009_2014),
    "gao-2021-traced-us-origin-share": (
        "70 percent", 70, "exact", "gao-2021-firearms-trafficking", {"start": "2014-01-01", "end": "2018-12-31"}),
    "gao-21-322-estimate-200000": (
        "200,000 firearms", 200000, "exact", "gao-21-322-trafficking-2021-02", None),
    "gao-2021-ice-taskforces-seized": (
        "1,104 firearms", 1104, "exact", "gunpolicy-gao-findings-2021", {"start": "2014-10-01", "end": "2017-09-30"}),
    "gao-2021-cbp-outbound-fy2020": (
        "321 firearms", 321, "exact", "gunpolicy-gao-findings-2021", {"start": "2019-10-01", "end": "2020-07-31"}),
    "usat-2012-submitted-for-tracing": (
        "99,691", 99691, "exact", "usatoday-atf-traces-2012", TRACED_2007_2011),
    "usat-2012-traced-us-origin-count": (
        "68,161", 68161, "exact", "usatoday-atf-traces-2012", TRACED_2007_2011),
    "usat-2012-us-sourced-share-2011": (
        "71.3%", 71.3, "exact", "usatoday-atf-traces-2012", {"year": 2011}),
    "thehill-2012-us-made-2011": (
        "10,514", 10514, "exact", "thehill-atf-traces-2012", {"year": 2011}),
    "thehill-2012-imported-2011": (
        "nearly 4,000", 4000, "nearly", "thehill-atf-traces-2012", {"year": 2011}),
    "ice-2021-owat-firearms-seized": (
        "1,125 firearms", 1125, "exact", "ice-without-a-trace-2021-07-02", {"as_of": "2021-07-02"}),
    "ice-2021-owat-arrests": (
        "360 arrests", 360, "exact", "ice-without-a-trace-2021-07-02", {"as_of": "2021-07-02"}),
    "wttl-2023-southbound-oct-mar": (
        "nearly 2,000 firearms", 2000, "nearly", "wttl-monaco-southbound-2023", FY2023_FIRST_HALF),
    "ksl-253000-2010-2012": (
        "an average of 253,000 firearms", 253000, "exact", "ksl-253000-us-guns-smuggled-2013",
        {"start": "2010-01-01", "end": "2012-12-31"}),
    "jeg-way-of-the-gun-212887": (
        "212,887 firearms (between 89,816 and 359,205)", 212887, "exact", "secdev-way-of-the-gun-jeg",
        {"start": "2010-01-01", "end": "2012-12-31"}),
    "cesop-730-mil-anuales": ("730 mil cada año", 730000, "exact", "realidad7-cesop-730-mil-armas", None),
    "sydef-sedena-cifra-negra": (
        "más de 2 millones 12 mil armas ilegales", 2012000, "more_than",
        "seguridadydefensa-sedena-armas", {"start": "2009-01-01", "end": "2019-12-31"}),
    "kgns-woat-2020-magazines": (
        "close to 3,000 magazines", 3000, "approximate", "kgns-without-a-trace-2021-07-05", {"year": 2020}),
    "univision-dhs-armas-aumento": (
        "casi el 65%", 65, "nearly", "univision-dhs-armas-2023", {"start": "2022-10-01", "end": "2023-07-31"}),
    "azstar-2013-trade-value": (
        "$127.2 million", 127200000, "exact", "azstar-253k-guns-2013-03-19", None),
}  # fmt: skip

# Other sources' printings of a figure: (fact id, source) -> (as printed, value, bound).
REPORTS: dict[tuple[str, str], tuple[str, float, str]] = {
    ("last-mile-firearms-seized", "upday-dea-ultima-milla-2023"): ("8.500 armas de fuego", 8500, "exact"),
    ("last-mile-firearms-seized", "timingpolitico-salazar-2023-06"): ("casi 8500", 8500, "nearly"),
    ("last-mile-firearms-seized", "ktsm-dea-el-paso-last-mile-2023"): ("8,497 firearms", 8497, "exact"),
    ("atf-firearms-intercepted", "tvgt-salazar-70-2023-12"): ("1,823", 1823, "exact"),
    ("atf-firearms-intercepted", "jornada-200-acusados-2023-12-06"): ("tres mil 823", 3823, "exact"),
    ("us-firearms-seized", "jornada-200-acusados-2023-12-06"): ("más de 600 mil", 600000, "more_than"),
    ("ice-2021-owat-arrests", "ksat-without-a-trace-2021-07-02"): ("more than 400 arrests", 400, "more_than"),
    ("ice-2021-owat-arrests", "inoticias-sin-rastro-2021"): ("410 detenidos", 410, "exact"),
    ("ice-woat-feature-arrests", "inoticias-sin-rastro-2021"): ("277 arrestos", 277, "exact"),
    ("ice-woat-feature-arrests", "kgns-without-a-trace-2021-07-05"): ("almost 300 arrests", 300, "nearly"),
    ("sydef-sedena-cifra-negra", "elporvenir-sedena-2019-08-14"): ("dos millones 12 mil 573 armas", 2012573, "exact"),
    ("etrace-arrests-2023", "jornada-7350-armas-2023-12-11"): ("463 arrestos", 463, "exact"),
    ("azstar-2013-share-of-us-sales", "secdev-way-of-the-gun-jeg"): ("nearly 2.2% (between 0.9% and 3.7%)", 2.2, "nearly"),
}  # fmt: skip


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_new_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    as_printed, value, bound, source, period = FIGURES[fact_id]
    fact = ds.fact_by_id[fact_id]
    assert (fact.as_printed, fact.value, fact.bound, fact.source) == (as_printed, value, bound, source)
    assert period_of(fact) == period


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_other_sources_printing_of_a_figure(ds: Dataset, fact_id: str, source: str) -> None:
    printed = ds.fact_by_id[fact_id].printed_by(source)
    assert (printed.as_printed, printed.value, printed.bound) == REPORTS[fact_id, source]


def test_figures_that_sources_print_differently_are_disputed(ds: Dataset) -> None:
    # 8,496 against 8,497; 360 against 410 and "more than 400"; 227, 277 and "almost 300": cannot all be true
    for fact_id in ("last-mile-firearms-seized", "ice-2021-owat-arrests", "ice-woat-feature-arrests"):
        assert ds.fact_by_id[fact_id].agreement == "disputed", fact_id
    # One outlet's 1,823 against 3,823 printed by four: a slipped digit, not a dispute.
    intercepted = ds.fact_by_id["atf-firearms-intercepted"]
    assert intercepted.agreement == "likely_misprint"
    misprint = intercepted.agreement_reason.misprint
    assert misprint is not None
    assert (misprint.as_printed, misprint.likely, misprint.slip) == ("1,823", "3,823", "wrong_digit")
    # "more than 2,012,000" and "2 millones 12 mil 573" can both be true.
    assert ds.fact_by_id["sydef-sedena-cifra-negra"].agreement == "corroborated"
    # The Spanish reports repeat the article's 600,000 and 327 as they are.
    assert ds.fact_by_id["us-firearms-seized"].agreement == "corroborated"
    assert ds.fact_by_id["open-investigations"].agreement == "corroborated"


def test_estimates_say_who_made_them(ds: Dataset) -> None:
    yearly = [f for f in ds.facts if f.metric == "firearms_trafficked_per_year"]
    assert len(yearly) >= 8
    assert all(f.estimate is not None and f.estimate.by for f in yearly)
    assert "Government of Mexico" in ds.fact_by_id["gao-21-322-estimate-200000"].estimate.by  # type: ignore[union-attr]
    assert "CESOP" in ds.fact_by_id["cesop-730-mil-anuales"].estimate.by  # type: ignore[union-attr]
    # A count is not an estimate.
    assert ds.fact_by_id["gao-2016-traced-us-origin-count"].estimate is None


def test_quantities_people_confuse_are_separate_metrics(ds: Dataset) -> None:
    kinds = {m.id: (m.kind, m.unit) for m in ds.metrics}
    assert kinds["firearms_trafficked_per_year"] == ("per_year", "firearms")
    assert kinds["share_traced_us_origin"] == ("share", "percent")
    assert kinds["firearms_traced_us_origin"] == ("count", "firearms")
    assert kinds["share_us_origin_stated"] == ("share", "percent")
    # The ambassador's 70 % is a statement, not GAO's share of traced firearms.
    assert ds.fact_by_id["jornada-2023-12-06-us-share"].metric == "share_us_origin_stated"
    assert ds.fact_by_id["gao-2021-traced-us-origin-share"].metric == "share_traced_us_origin"


# ---------------------------------------------------------------------------
# Targets and completeness.


def test_targets(ds: Dataset) -> None:
    cited = {s for f in ds.facts for s in f.sources}
    spanish = {s.id for s in ds.sources if s.language == "es"} & cited
    assert len(ds.facts) >= 60
    assert len(cited) >= 10
    assert len(spanish) >= 3


def test_every_source_has_an_address_and_a_reading_date(ds: Dataset) -> None:
    for source in ds.sources:
        assert source.url and source.url.startswith(("http://", "https://")), source.id
        assert source.accessed is not None, source.id
        assert source.notes and len(source.notes_es) == len(source.notes), source.id


def test_every_record_has_its_spanish(ds: Dataset) -> None:
    for metric in ds.metrics:
        assert metric.label_es and metric.description_es, metric.id
    for unit in ds.units:
        assert unit.label_es, unit.id
    for agency in ds.agencies:
        assert agency.name_es or agency.code == "FGR-LEGAL-INTL", agency.code
        assert len(agency.notes_es) == len(agency.notes), agency.code
    for person in ds.people:
        assert person.role_es and len(person.notes_es) == len(person.notes), person.id
    for ini in ds.initiatives:
        assert ini.name_es and ini.description_es and len(ini.notes_es) == len(ini.notes), ini.id
    for fact in ds.facts:
        assert fact.description_es and len(fact.caveats_es) == len(fact.caveats), fact.id
        assert all(len(r.caveats_es) == len(r.caveats) for r in fact.also_reported_by), fact.id
        if fact.estimate and fact.estimate.method:
            assert fact.estimate.method_es, fact.id


def test_the_research_excerpts_are_not_shipped(raw_data: dict[str, Any]) -> None:
    assert all("excerpt" not in fact for fact in raw_data["facts"])


# ---------------------------------------------------------------------------
# The corrections (research/r1/corrections.md).


def test_rodriguez_bucio_post_is_undersecretary_of_public_security(ds: Dataset) -> None:
    person = ds.person_by_id["luis-rodriguez-bucio"]
    assert person.role_es == "Subsecretario de Seguridad Pública de la Secretaría de Seguridad y Protección Ciudadana"
    assert person.role.startswith("Undersecretary of Public Security")
    assert any("jornada.com.mx/2023/01/17" in note for note in person.notes)


def test_gallo_full_name(ds: Dataset) -> None:
    assert ds.person_by_id["felipe-de-jesus-gallo"].name == "Felipe de Jesús Gallo Gutiérrez"


def test_article_outlet_and_address(ds: Dataset) -> None:
    source = ds.source_by_id[ARTICLE]
    assert source.outlet == "Riviera Maya News"
    assert source.url == (
        "https://riviera-maya-news.com/u-s-ambassador-to-mexico-says-both-sides-are-working-to-disrupt-"
        "illegal-firearms-trafficking/2023.html"
    )
    assert str(source.accessed) == "2026-11-29"
    assert ds.fact_by_id["us-firearms-seized"].paragraph == ds.fact_by_id["bsca-people-charged"].paragraph == 9


needs_sources = pytest.mark.skipif(
    not (SOURCES / f"{ARTICLE}.txt").exists(), reason="../shared/sources is not beside this checkout"
)


@needs_sources
def test_paragraphs_still_count_the_kept_copy(ds: Dataset) -> None:
    # The 600,000 and the 200 charged are in its 9th block.
    blocks = [b for b in (SOURCES / f"{ARTICLE}.txt").read_text(encoding="utf-8").split("\n\n") if b.strip()]
    assert "more than 600,000" in blocks[9 - 1] and "more than 200" in blocks[9 - 1]
    assert ds.fact_by_id["us-firearms-seized"].paragraph == ds.fact_by_id["bsca-people-charged"].paragraph == 9


def test_lead_agencies_of_etrace_and_southbound(ds: Dataset) -> None:
    etrace = ds.initiative_by_id["etrace"]
    southbound = ds.initiative_by_id["operation-southbound"]
    assert etrace.lead_agency == southbound.lead_agency == "ATF"
    assert any("jornada.com.mx/2023/06/18" in note for note in etrace.notes)
    assert any("whitehouse.gov" in note for note in southbound.notes)


def test_event_spanish_names(ds: Dataset) -> None:
    event = ds.event_by_id["roundtable-2023-12-04"]
    assert event.name_es == "Mesa Redonda sobre el Combate al Tráfico de Armas y Mejores Prácticas"
    assert "Mesa Redonda sobre el Combate al Tráfico de Armas" in event.aliases_es
    assert (
        "Retos y mejores prácticas en el combate al tráfico de armas entre México y los Estados Unidos"
        in event.aliases_es
    )


def test_caveats_where_reports_differ_on_what_a_figure_covers(ds: Dataset) -> None:
    for fact_id in ("etrace-investigations-2023", "etrace-arrests-2023"):
        fact = ds.fact_by_id[fact_id]
        assert any("last twelve months" in c and "fiscal year" in c for c in fact.caveats), fact_id
        assert any("últimos doce meses" in c for c in fact.caveats_es), fact_id
    bsca = ds.fact_by_id["bsca-people-charged"]
    assert any("nationwide" in c for c in bsca.caveats)


def test_no_country_the_article_does_not_state(ds: Dataset) -> None:
    fact = ds.fact_by_id["atf-firearms-intercepted"]
    assert fact.country is None
    assert any("country" in c for c in fact.caveats) and fact.caveats_es


@needs_sources
def test_the_article_names_no_country_for_the_3823(ds: Dataset) -> None:
    text = (SOURCES / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "3,823" in line)
    assert "United States" not in sentence and "U.S." not in sentence


def test_legal_affairs_office_has_no_spanish_name_and_says_why(ds: Dataset) -> None:
    office = ds.agency_by_code["FGR-LEGAL-INTL"]
    assert office.name_es is None
    assert any("Caveat" in note for note in office.notes)


def test_nearly_44_million_is_an_upper_bound(run: Invoke) -> None:
    result = run("show", "last-mile-fentanyl-pills", "--format", "plain")
    assert "nearly 44 million" in result.stdout
    assert "about 44" not in result.stdout


# ---------------------------------------------------------------------------
# compare


# The yearly estimates, in the order compare gives them: those with a period first (by
# period: 1997-1999 with its other report, then 2010-2012 with its four and the journal version's own), then the rest in data
# order, each figure followed by its other printings (the SRE's half a million by four reports of
# Mexico's 2021 suit).
YEARLY = [  # the page-read list, in compare's order: grouped by quantity, then by period
    (88000, "ksl-253000-us-guns-smuggled-2013"),
    (88000, "texoma-gun-running-mexico-2013"),
    (253000, "ksl-253000-us-guns-smuggled-2013"),
    (253000, "azstar-253k-guns-2013-03-19"),
    (253000, "insightcrime-253-mil-armas-2013"),
    (253000, "sdut-gun-trafficking-2013-03-18"),
    (253000, "texoma-gun-running-mexico-2013"),
    (212887, "secdev-way-of-the-gun-jeg"),  # the same study's peer-reviewed version: another estimate, kept apart
    (200000, "gao-21-322-trafficking-2021-02"),
    (253000, "berkeley-agrawal-guns-2019"),
    (500000, "wttl-monaco-southbound-2023"),
    (500000, "soldeparral-apelacion-2024"),
    (500000, "pulsoslp-demanda-armeros-2021-08"),
    (500000, "scmp-mexico-sues-2021-08-05"),
    (500000, "univision-demanda-fiscales"),
    (500000, "particle-scotus-mexico-2025-06"),  # "more than 500,000 US-made guns", the suit's claim
    (200000, "wttl-monaco-southbound-2023"),
    (200000, "sinembargo-southbound-2023-06"),
    (200000, "lagazzetta-200-mil-armas-2018"),
    (730000, "realidad7-cesop-730-mil-armas"),
    (200000, "contralinea-industria-armas-2025"),
    (300000, "razon-vigil-500-mil-2025-09-30"),  # "de 300 mil a medio millón", a former DEA official's range
    (200000, "seguridadydefensa-sedena-armas"),
]
CESOP_ROW = 19


def test_compare_json_order_and_content(run: Invoke) -> None:
    result = run("compare", "firearms_trafficked_per_year", "--json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["value"], r["source"]) for r in rows] == YEARLY
    cesop = rows[CESOP_ROW]
    assert cesop["as_printed"] == "730 mil cada año"
    assert cesop["estimate_by"].startswith("CESOP")
    assert cesop["method"].startswith("Not described on the page")
    assert rows[0]["period"] == {
        "start": "1997-01-01", "end": "1999-12-31", "as_of": None, "year": None, "fiscal_year": None,
    }  # fmt: skip
    assert rows[3]["speaker"] == "Topher McDougal"
    assert rows[10]["bound"] == "approximate" and rows[10]["as_printed"] == "approximately half a million"
    assert rows[11]["bound"] == "more_than" and rows[11]["as_printed"] == "más de 500 mil armas"


def test_compare_plain_in_both_languages(run: Invoke) -> None:
    english = run("compare", "firearms_trafficked_per_year", "--format", "plain").stdout.splitlines()
    spanish = run("--lang", "es", "compare", "firearms_trafficked_per_year", "--format", "plain").stdout.splitlines()
    # Three quantities: national estimates over a span, national ones with no period, and
    # SEDENA's estimate for five border crossings; each under its heading, with its header.
    assert [line for line in english if line.startswith("# ")] == [
        "# national, over a span of dates, estimates",
        "# national, no period given, estimates",
        "# five border crossings, one region, no period given, estimates",
    ]
    assert [line for line in spanish if line.startswith("# ")] == [
        "# nacional, en un lapso entre fechas, estimaciones",
        "# nacional, sin periodo, estimaciones",
        "# cinco cruces fronterizos, una región, sin periodo, estimaciones",
    ]
    assert english[1] == "Figure\tPeriod\tSaid by\tWhere\tMethod or caveat"
    assert spanish[1].split("\t") == ["Cifra", "Periodo", "Dicha por", "Dónde", "Método o advertencia"]
    # each group: a heading and a header; a blank line between groups
    assert len(english) == len(spanish) == len(YEARLY) + 3 * 2 + 2
    cesop = english.index(next(line for line in english if line.startswith("730,000 firearms a year")))
    assert english[cesop].startswith(
        "730,000 firearms a year\tnot given\tRealidad 7 (realidad7.com); estimate by CESOP"
    )
    assert english[cesop].endswith("realidad7-cesop-730-mil-armas ¶5\tNot described on the page; "
                                "the yearly figure is the daily average times 365.")  # fmt: skip
    assert spanish[cesop].startswith("730,000 armas de fuego al año\tsin indicar\tRealidad 7 (realidad7.com); ")
    assert spanish[cesop].endswith("No se describe en la página; la cifra anual es el promedio diario por 365.")


def test_compare_shows_every_printing_of_a_disputed_figure(run: Invoke) -> None:
    rows = json.loads(run("compare", "firearms seized", "--json").stdout)
    last_mile = [(r["as_printed"], r["source"]) for r in rows if r["fact"] == "last-mile-firearms-seized"]
    assert last_mile == [
        ("8,496", ARTICLE),
        ("8,497", "dea-last-mile-2023-05-05"),
        ("8,496", "puntocritico-salazar-2023-12"),
        ("8,497 firearms", "ktsm-dea-el-paso-last-mile-2023"),
        ("8.500 armas de fuego", "upday-dea-ultima-milla-2023"),
        ("casi 8500", "timingpolitico-salazar-2023-06"),
    ]


def test_compare_csv_has_a_header_and_a_row_per_printing(run: Invoke) -> None:
    lines = run("compare", "share_traced_us_origin", "--format", "csv").stdout.splitlines()
    assert lines[0].startswith("metric,fact,source,value,bound,low,high,as_printed,unit,period.start")
    # 87 % three times, 70 % twice for 2009-2014 and 2014-2018, 71.3 %, Agrawal's 70 %; then the trace data of
    # issue 18: 2024, 2019-2024, 2018-2023 (three printings), 2017-2022 (two), 2012-2017, 2009-2018, 2017-2021
    assert len(lines) - 1 == 19


def test_compare_unknown_metric_suggests(run: Invoke) -> None:
    result = run("compare", "firearms_trafficked_per_yer")
    assert result.exit_code == 3
    assert "firearms_trafficked_per_year" in result.stderr


def test_what_the_re_check_against_the_pages_mended(ds: Dataset) -> None:
    """Written from the pages as the independent re-check quoted them (/work/research/verify-*.md)."""
    # KXNET: "coming from all over the country" is where the guns came from, not where they were seized
    assert ds.fact_by_id["kxnet-southbound-firearms"].country is None
    # Border Report: "CBP's Laredo Sector has seized at ports of entry" names no operation
    assert ds.fact_by_id["borderreport-2023-laredo-weapons"].initiative is None
    # KSL: "four scholars at … Trans-Border Institute and the Igarape Institute", no method given
    ksl = ds.fact_by_id["ksl-253000-2010-2012"].estimate
    assert ksl is not None and ksl.by.startswith("four scholars") and ksl.method == "Not described on the page."
    # WTTL: "The GAO reports" an estimated 200,000 a year
    wttl = ds.fact_by_id["wttl-2023-gao-estimate"].estimate
    assert wttl is not None and wttl.by == "GAO (as this page attributes it)"
    # ICE's feature page does not say where its tally was counted
    assert ds.fact_by_id["ice-woat-feature-arrests"].country is None


def test_the_security_secretarys_figures_name_him(run: Invoke) -> None:
    """The pages of 25 sources (re-read 2026-12-05) give their figures as Omar García Harfuch's: Border Report's 75 %
    of October 2024 to April 2025, Noroeste's nearly 80 % of 27 February 2026, Ocho Columnas' totals of 18 May 2025.
    Pages that set his total beside others' (Expansión, Mexico News Daily) name no speaker."""
    for fact in ("mx-us-origin-share-2025-04", "harfuch-us-origin-2026-02-27", "ofn-firearms-2025-05-18"):
        shown = run("show", fact).stdout
        assert "Said by\tOmar García Harfuch\n" in shown, fact
    assert "Said by\t—\n" in run("show", "us-firearms-border-fy25-to-dec25").stdout
    found = run("search", "Harfuch", "--json")
    assert found.exit_code == 0, found.stderr
    assert any(hit["id"] == "omar-garcia-harfuch" for hit in json.loads(found.stdout))
