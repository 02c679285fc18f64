"""Issue 18, part of the record: Mexico's suit against U.S. gun makers, U.S. charges and arrests, and
the corrections (SEDENA's mixed total, DHS's fiscal-year count, the yearly 88,000, pages without a title).

Every expected value below was written from the pages as the search tool showed them (the
address of each is in its source record), not from the program's output.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from armsfacts.models import Dataset

from .conftest import Invoke
from .record_pages import period_of

DECADE = {"start": "2009-01-01", "end": "2019-12-31"}
FY23_TO_JULY = {"start": "2022-10-01", "end": "2023-07-31"}
LAREDO_ARRESTS = {"start": "2024-03-20", "end": "2024-03-20"}
EAGLE_PASS = {"start": "2025-07-12", "end": "2025-07-12"}
BSCA_2023 = {"as_of": "2023-10-31"}

# fact id: (as printed, value, bound, source, period as JSON)
FIGURES: dict[str, tuple[str, float, str, str, dict[str, Any] | None]] = {
    # Mexico's suit against U.S. gun makers
    "mx-lawsuit-damages-sought": (
        "10 mil millones de dólares", 10_000_000_000, "exact", "dnoticias-corte-2025-06-05", None),
    "mx-lawsuit-defendants-guns": (
        "hasta 597,000 armas", 597_000, "at_most", "noticiasonora-apelacion-2024", None),
    "mx-lawsuit-us-guns-made-yearly": (
        "casi 40 millones de armas", 40_000_000, "nearly", "noticiasonora-apelacion-2024", None),
    "mx-lawsuit-trade-value-yearly": (
        "250 millones de dólares al año", 250_000_000, "exact", "dnoticias-corte-2025-06-05", None),
    "mx-lawsuit-us-origin-70-90": (
        "entre el 70% y el 90%", 70, "range", "rrc-corte-demanda-2025-06-05", None),
    "mx-lawsuit-harm-share-of-gdp": (
        "superior al 5 por ciento", 5, "more_than", "pulsoslp-demanda-armeros-2021-08", None),
    "mx-lawsuit-homicides-2019": (
        "más de 17 mil homicidios dolosos", 17_000, "more_than", "soldeparral-apelacion-2024", {"year": 2019}),
    "sheinbaum-2025-us-origin-75": ("75%", 75, "exact", "880noticias-sheinbaum-fallo-2025", None),
    # U.S. charges, arrests and cases
    "bsca-people-charged-2024-06-11": (
        "more than 500 defendants", 500, "more_than", "upi-doj-bsca-statutes-2024-06-11", {"as_of": "2024-06-11"}),
    "bsca-people-charged-2023-10": (
        "more than 250 people", 250, "more_than", "ncja-feds-charge-250-bsca-2023", BSCA_2023),
    "bsca-straw-purchase-charged-2023": ("Eighty", 80, "exact", "ncja-feds-charge-250-bsca-2023", BSCA_2023),
    "bsca-firearms-seized-2023": ("over 1,300 guns", 1300, "more_than", "ncja-feds-charge-250-bsca-2023", None),
    "laredo-case-2024-arrests": ("cinco hombres", 5, "exact", "4cnews-detenidos-2024-03-26", LAREDO_ARRESTS),
    "laredo-case-2024-firearms": (
        "más de un centenar de armas", 100, "more_than", "4cnews-detenidos-2024-03-26", None),
    "atlanta-case-2025-arrests": (
        "14 people", 14, "exact", "wsbtv-atlanta-arrests-2025-05-02", {"as_of": "2025-05-02"}),
    "eagle-pass-case-2025-pistols": (
        "ocho pistolas", 8, "exact", "gobernantes-condena-2026-03-13", EAGLE_PASS),
    "eagle-pass-case-2025-magazines": (
        "19 cargadores", 19, "exact", "gobernantes-condena-2026-03-13", EAGLE_PASS),
    # Contralínea: firearms in Mexico's murders, and an ATF range
    "contralinea-homicide-share-2023": (
        "70 por ciento", 70, "exact", "contralinea-industria-armas-2025", {"year": 2023}),
    "contralinea-gun-homicides-2023": (
        "21 mil 743", 21_743, "exact", "contralinea-industria-armas-2025", {"year": 2023}),
    "contralinea-homicide-share-2024": (
        "72.46 puntos", 72.46, "exact", "contralinea-industria-armas-2025", {"year": 2024}),
    "contralinea-atf-200k-500k-yearly": (
        "entre 200 mil y medio millón", 200_000, "range", "contralinea-industria-armas-2025", None),
    # SEDENA's parts (correction)
    "diariopresente-sedena-ilegales": (
        "2 millones de armas", 2_000_000, "exact", "diariopresente-sedena-armas-2019", DECADE),
    "diariopresente-sedena-perdidas": (
        "12 mil 573", 12_573, "exact", "diariopresente-sedena-armas-2019", DECADE),
    "diariopresente-recuperadas": (
        "332 mil 689 armas", 332_689, "exact", "diariopresente-sedena-armas-2019", DECADE),
    "diariopresente-sedena-canje": (
        "139 mil 276", 139_276, "exact", "diariopresente-sedena-armas-2019", DECADE),
    "sydef-sedena-compradas-ffaa": (
        "18 mil 112 armas de fuego", 18_112, "exact", "seguridadydefensa-sedena-armas", DECADE),
    "sydef-sedena-vendidas": (
        "450 mil 625 armas", 450_625, "exact", "seguridadydefensa-sedena-armas", DECADE),
}  # fmt: skip

# Other sources' printings: (fact id, source) -> (as printed, value, bound)
REPORTS: dict[tuple[str, str], tuple[str, float, str]] = {
    ("mx-lawsuit-damages-sought", "launion-corte-demanda-2025"): ("10 mil millones de dólares", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "rrc-corte-demanda-2025-06-05"): ("10,000 millones de dólares", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "informativotoluca-fallo-2025"): ("10 mil millones de dólares", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "noticiasonora-apelacion-2024"): ("10,000 millones de dólares", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "blackbasin-scotus-2025-06-08"): ("$10 billion", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "scmp-mexico-sues-2021-08-05"): ("US$10 billion", 10_000_000_000, "exact"),
    ("mx-lawsuit-damages-sought", "mic-mexico-suing-gunmakers-2021"): ("$10 billion", 10_000_000_000, "at_most"),
    ("mx-lawsuit-defendants-guns", "scmp-mexico-sues-2021-08-05"): ("Over 340,000", 340_000, "more_than"),
    ("mx-lawsuit-trade-value-yearly", "launion-corte-demanda-2025"): ("más de 250 millones de dólares", 250_000_000, "more_than"),
    ("mx-lawsuit-us-origin-70-90", "informativotoluca-fallo-2025"): ("Entre el 70% y 90%", 70, "range"),
    ("mx-lawsuit-harm-share-of-gdp", "mic-mexico-suing-gunmakers-2021"): ("up to two percent", 2, "at_most"),
    ("wttl-2023-sre-estimate", "soldeparral-apelacion-2024"): ("más de 500 mil armas", 500_000, "more_than"),
    ("wttl-2023-sre-estimate", "pulsoslp-demanda-armeros-2021-08"): ("más de 500 mil armas", 500_000, "more_than"),
    ("wttl-2023-sre-estimate", "scmp-mexico-sues-2021-08-05"): ("half a million", 500_000, "exact"),
    ("wttl-2023-sre-estimate", "univision-demanda-fiscales"): ("más de medio millón", 500_000, "more_than"),
    ("azstar-2013-share-of-us-sales", "noticiasonora-apelacion-2024"): ("2.2%", 2.2, "exact"),
    ("azstar-2013-share-of-us-sales", "sdut-gun-trafficking-2013-03-18"): ("2.2 percent", 2.2, "exact"),
    ("azstar-2013-share-of-us-sales", "texoma-gun-running-mexico-2013"): ("about 2.2 percent", 2.2, "approximate"),
    ("azstar-2013-trade-value", "sdut-gun-trafficking-2013-03-18"): ("$127.2 million", 127_200_000, "exact"),
    ("way-of-the-gun-ffl-share", "sdut-gun-trafficking-2013-03-18"): ("47 percent", 47, "approximate"),
    ("ksl-253000-2010-2012", "sdut-gun-trafficking-2013-03-18"): ("253,000", 253_000, "exact"),
    ("ksl-253000-2010-2012", "texoma-gun-running-mexico-2013"): ("as many as 253,000 firearms", 253_000, "at_most"),
    ("ksl-88000-1997-1999", "texoma-gun-running-mexico-2013"): ("about 88,000 firearms", 88_000, "approximate"),
    ("bsca-people-charged-2024-06-11", "blackstarnews-doj-500-bsca-2024"): ("more than 500 defendants", 500, "more_than"),
    ("bsca-people-charged-2023-10", "ncja-bsca-prosecutions-2023"): ("more than 250 people", 250, "more_than"),
    ("bsca-people-charged-2023-10", "newyorkfolk-bsca-250-2023"): ("more than 250 people", 250, "more_than"),
    ("bsca-straw-purchase-charged-2023", "ncja-bsca-prosecutions-2023"): ("80", 80, "exact"),
    ("bsca-straw-purchase-charged-2023", "newyorkfolk-bsca-250-2023"): ("Eighty", 80, "exact"),
    ("bsca-firearms-seized-2023", "ncja-bsca-prosecutions-2023"): ("over 1,300 guns", 1300, "more_than"),
    ("bsca-firearms-seized-2023", "newyorkfolk-bsca-250-2023"): ("over 1,300 guns", 1300, "more_than"),
    ("laredo-case-2024-arrests", "epochtimes-texas-2024-03"): ("five men", 5, "exact"),
    ("laredo-case-2024-arrests", "tpr-arrestan-5-2024-03-27"): ("Cinco individuos", 5, "exact"),
    ("laredo-case-2024-firearms", "epochtimes-texas-2024-03"): ("more than 100 firearms", 100, "more_than"),
    ("laredo-case-2024-firearms", "tpr-arrestan-5-2024-03-27"): ("más de 100 armas", 100, "more_than"),
    ("sydef-sedena-cifra-negra", "intolerancia-sedena-2019-08-13"): ("2 millones 12 mil 573 armas", 2_012_573, "exact"),
    ("diariopresente-por-recuperar", "intolerancia-sedena-2019-08-13"): ("1 millón 679 mil 884 armas", 1_679_884, "exact"),
    ("diariopresente-por-recuperar", "elporvenir-sedena-2019-08-14"): ("un millón 679 mil 884 armas ilegales", 1_679_884, "exact"),
    ("diariopresente-sedena-70-eu", "intolerancia-sedena-2019-08-13"): ("70 por ciento", 70, "exact"),
    ("sydef-sedena-compradas-ffaa", "elporvenir-sedena-2019-08-14"): ("18 mil 112", 18_112, "exact"),
    ("sydef-sedena-vendidas", "intolerancia-sedena-2019-08-13"): ("450 mil 625 armas", 450_625, "exact"),
    ("sydef-sedena-vendidas", "elporvenir-sedena-2019-08-14"): ("450 mil 625", 450_625, "exact"),
    ("univision-dhs-armas-2023-parcial", "fronteraelite-armas-2023-09-08"): ("3 mil 538 armas de fuego", 3538, "exact"),
    ("univision-dhs-armas-2023-parcial", "jornadamaya-decomiso-fy2023"): ("3 mil 538", 3538, "exact"),
    ("wttl-2023-southbound-oct-mar", "voa-sin-rastro-2023"): ("2.000 armas de fuego", 2000, "exact"),
    ("sinembargo-southbound-aumento", "voa-sin-rastro-2023"): ("65,8 %", 65.8, "exact"),
}  # fmt: skip


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_figure_as_its_page_prints_it(ds: Dataset, fact_id: str) -> None:
    as_printed, value, bound, source, period = FIGURES[fact_id]
    fact = ds.fact_by_id[fact_id]
    assert (fact.as_printed, fact.value, fact.bound, fact.source) == (as_printed, value, bound, source)
    assert period_of(fact) == period


@pytest.mark.parametrize(("fact_id", "source"), sorted(REPORTS))
def test_another_page_printing_the_figure(ds: Dataset, fact_id: str, source: str) -> None:
    printed = ds.fact_by_id[fact_id].printed_by(source)
    assert (printed.as_printed, printed.value, printed.bound) == REPORTS[fact_id, source]


def test_ranges_keep_both_ends(ds: Dataset) -> None:
    # "entre el 70% y el 90%"; "entre 200 mil y medio millón"
    share = ds.fact_by_id["mx-lawsuit-us-origin-70-90"]
    assert (share.low, share.high) == (70, 90)
    assert share.printed_by("informativotoluca-fallo-2025").high == 90
    atf = ds.fact_by_id["contralinea-atf-200k-500k-yearly"]
    assert (atf.low, atf.high) == (200_000, 500_000)


def test_what_the_pages_agree_and_disagree_on(ds: Dataset) -> None:
    # Pulso: more than 5 % of GDP; Mic: up to 2 %. Both cannot hold.
    assert ds.fact_by_id["mx-lawsuit-harm-share-of-gdp"].agreement == "disputed"
    # "hasta 597,000" and "Over 340,000" are the two ends of what the suit claimed.
    assert ds.fact_by_id["mx-lawsuit-defendants-guns"].agreement == "corroborated"
    # Eight printings of the $10 billion, Mic's "could reach" among them.
    damages = ds.fact_by_id["mx-lawsuit-damages-sought"]
    assert damages.agreement == "corroborated" and len(damages.sources) == 8


def test_estimates_of_the_suit_say_who_made_them(ds: Dataset) -> None:
    for fact_id in (
        "mx-lawsuit-defendants-guns",
        "mx-lawsuit-us-guns-made-yearly",
        "mx-lawsuit-us-origin-70-90",
    ):
        estimate = ds.fact_by_id[fact_id].estimate
        assert estimate is not None and estimate.by.startswith("Government of Mexico"), fact_id
    ebrard = ds.fact_by_id["mx-lawsuit-homicides-2019"].estimate
    assert ebrard is not None and ebrard.by.startswith("Marcelo Ebrard")
    contralinea = ds.fact_by_id["contralinea-atf-200k-500k-yearly"].estimate
    assert contralinea is not None and contralinea.by == "ATF, as Contralínea attributes it"
    # Counts are not estimates.
    assert ds.fact_by_id["laredo-case-2024-arrests"].estimate is None
    assert ds.fact_by_id["diariopresente-sedena-perdidas"].estimate is None


def test_cases_are_not_national_totals(ds: Dataset) -> None:
    for fact_id in ("laredo-case-2024-arrests", "atlanta-case-2025-arrests", "eagle-pass-case-2025-pistols"):
        scope = ds.fact_by_id[fact_id].scope
        assert scope is not None and scope.level == "case" and scope.name, fact_id
    # The 2022 law's nationwide charges are a series of two points, not one case.
    points = [ds.fact_by_id[i] for i in ("bsca-people-charged-2023-10", "bsca-people-charged-2024-06-11")]
    assert {(f.metric, f.unit, f.initiative, f.country) for f in points} == {
        ("people_charged", "people", "bipartisan-safer-communities-act", "US")
    }
    assert all(f.scope is not None and f.scope.level == "national" for f in points)


def test_the_supreme_court_ruling_is_an_event_with_its_vote(ds: Dataset) -> None:
    ruling = ds.event_by_id["scotus-smith-wesson-2025-06-05"]
    assert str(ruling.date) == "2025-06-05"
    assert ruling.country == "US" and "elena-kagan" in ruling.people
    assert ruling.notes[0].startswith("Vote: 9–0.")
    assert ruling.notes_es[0].startswith("Votación: 9–0.")
    assert ruling.name_es == "Fallo de la Corte Suprema de EE. UU. en Smith & Wesson Brands v. Estados Unidos Mexicanos"
    assert ds.source_by_id["dnoticias-corte-2025-06-05"].event == ruling.id
    appeal = ds.event_by_id["first-circuit-mexico-suit-2024"]
    assert str(appeal.date) == "2024-01-22" and appeal.place == "Boston"


# ---------------------------------------------------------------------------
# The corrections of issue 18, each read against the pages.


def test_sedena_total_is_illegal_entries_plus_licensed_guns_lost_or_stolen(ds: Dataset) -> None:
    """Diario Presente: 2 million entered illegally; 12,573 reported stolen or lost by security
    institutions; El Porvenir: 2,012,573 lost, stolen or brought in illegally."""
    total = ds.fact_by_id["sydef-sedena-cifra-negra"]
    assert total.metric == "firearms_illegal_or_diverted"
    assert "diariopresente-sedena-armas-2019" not in total.sources
    illegal = ds.fact_by_id["diariopresente-sedena-ilegales"]
    lost = ds.fact_by_id["diariopresente-sedena-perdidas"]
    assert (illegal.metric, lost.metric) == ("firearms_trafficked_total", "firearms_lost_or_stolen")
    assert illegal.value + lost.value == total.printed_by("elporvenir-sedena-2019-08-14").value
    # And what is still to be recovered: the two parts less the 332,689 recovered.
    recovered = ds.fact_by_id["diariopresente-recuperadas"]
    assert illegal.value + lost.value - recovered.value == ds.fact_by_id["diariopresente-por-recuperar"].value
    assert (
        recovered.value
        == ds.fact_by_id["diariopresente-sedena-aseguradas"].value + ds.fact_by_id["diariopresente-sedena-canje"].value
    )
    # The legal side adds up too: 18,112 bought and 450,625 sold are the 468,737 legal entries.
    legal = ds.fact_by_id["sydef-sedena-legales-468737"].value
    assert ds.fact_by_id["sydef-sedena-compradas-ffaa"].value + ds.fact_by_id["sydef-sedena-vendidas"].value == legal


def test_dhs_count_on_television_is_fiscal_year_to_july(ds: Dataset) -> None:
    """Frontera Élite: 3,538 from 1 October 2022 to July; La Jornada Maya: 2,374 in all of FY2022."""
    to_july = ds.fact_by_id["univision-dhs-armas-2023-parcial"]
    assert period_of(to_july) == FY23_TO_JULY
    assert period_of(ds.fact_by_id["univision-dhs-armas-aumento"]) == FY23_TO_JULY
    fy2022 = ds.fact_by_id["univision-dhs-armas-2022"]
    assert period_of(fy2022) == {"fiscal_year": 2022}
    printings = [(sid, f.as_printed) for sid, f in zip(fy2022.sources_in_order(), fy2022.printings(), strict=True)]
    assert printings == [
        ("univision-dhs-armas-2023", "2,274 armas"),
        ("jornadamaya-decomiso-fy2023", "2 mil 374 armas de fuego"),
    ]
    assert fy2022.agreement == "disputed"
    assert "first half" not in to_july.description and "primera mitad" not in (to_july.description_es or "")


def test_the_88000_is_yearly(ds: Dataset) -> None:
    """The San Diego Union-Tribune: the annual volume of 253,000 is nearly three times 1997-1999's."""
    fact = ds.fact_by_id["ksl-88000-1997-1999"]
    assert fact.metric == "firearms_trafficked_per_year"
    assert not any("probabl" in text for text in [*fact.caveats, *fact.caveats_es])
    assert fact.caveats[0].startswith("A yearly figure")
    assert "annual volume" in ds.fact_by_id["ksl-253000-2010-2012"].caveats[2]


def test_no_page_is_titled_with_a_placeholder(ds: Dataset, raw_data: dict[str, Any]) -> None:
    assert not [s["id"] for s in raw_data["sources"] if "no title shown" in s["title"]]
    for source in ds.sources:
        if source.title.startswith("("):  # the project's label for a page without a title
            assert source.title.endswith(")") and source.title_es, source.id
            assert source.title_es.startswith("(") and source.title_es.endswith(")"), source.id
            assert source.title_es != source.title, source.id
    # A page that prints its own title has no Spanish label: its title is its title.
    assert ds.source_by_id["elporvenir-sedena-2019-08-14"].title_es is None
    assert ds.source_by_id["diariopresente-sedena-armas-2019"].title_es == "(Diario Presente, página sin fecha)"


def test_a_label_reads_in_the_language_asked_for(run: Invoke) -> None:
    english = run("show", "univision-dhs-armas-2022", "--format", "plain").stdout
    spanish = run("--lang", "es", "show", "univision-dhs-armas-2022", "--format", "plain").stdout
    assert "(Noticiero Univision, undated video page) (univision-dhs-armas-2023)" in english
    assert "(Noticiero Univision, página de video sin fecha) (univision-dhs-armas-2023)" in spanish
    assert "undated" not in spanish
    # A label is not quoted as a title in a citation; a real title is.
    cite_es = run("--lang", "es", "cite", "diariopresente-sedena-perdidas").stdout
    assert "(Diario Presente, página sin fecha)" in cite_es and "“(Diario" not in cite_es
    cite_en = run("cite", "mx-lawsuit-damages-sought").stdout
    assert "“Corte Suprema de EE.UU. rechaza demanda de México contra fabricantes de armas”" in cite_en


def test_the_sources_table_shows_the_label_of_the_language_asked_for(run: Invoke) -> None:
    english = run("source", "--format", "plain").stdout.splitlines()
    spanish = run("--lang", "es", "source", "--format", "plain").stdout.splitlines()
    row_en = next(line for line in english if line.startswith("kgns-without-a-trace-2021-07-05\t"))
    row_es = next(line for line in spanish if line.startswith("kgns-without-a-trace-2021-07-05\t"))
    assert row_en.split("\t")[2] == "(KGNS, 5 July 2021)"
    assert row_es.split("\t")[2] == "(KGNS, 5 de julio de 2021)"
    # --json keeps both, as the data has them
    rows = {r["id"]: r for r in json.loads(run("--lang", "es", "source", "--json").stdout)}
    assert (rows["kgns-without-a-trace-2021-07-05"]["title"], rows["kgns-without-a-trace-2021-07-05"]["title_es"]) == (
        "(KGNS, 5 July 2021)",
        "(KGNS, 5 de julio de 2021)",
    )


def test_la_jornada_maya_has_its_own_headline(raw_data: dict[str, Any]) -> None:
    """La Jornada Maya prints a headline, then a summary line and a photo credit before its body;
    the two fiscal-year counts (2 mil 374, 3 mil 538) are in the fifth line."""
    source = next(s for s in raw_data["sources"] if s["id"] == "jornadamaya-decomiso-fy2023")
    assert source["title"] == "Estados Unidos incrementa decomiso de armas de fuego destinadas a México"
    assert source.get("title_es") is None
    paragraphs = [
        (fact["id"], report["paragraph"])
        for fact in raw_data["facts"]
        for report in fact.get("also_reported_by", [])
        if report["source"] == "jornadamaya-decomiso-fy2023"
    ]
    assert sorted(paragraphs) == [("univision-dhs-armas-2022", 5), ("univision-dhs-armas-2023-parcial", 5)]


def test_the_suit_time_flow_is_printed_two_ways(ds: Dataset) -> None:
    """El Sol de Parral, Pulso and Univision print more than 500 mil / medio millón; the SCMP half a million."""
    caveat = ds.fact_by_id["wttl-2023-sre-estimate"].caveats[-1]
    assert "more than 500,000" in caveat and "half a million" in caveat
