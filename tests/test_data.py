"""Every figure of the 4 December 2023 article, as the project's curators read it from the source.

The expectations below were written from the source text
(../shared/sources/salazar-roundtable-2023-12-04.txt), not from the program's output.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from armsfacts.models import Dataset

from .conftest import SOURCES

SALAZAR = "salazar-roundtable-2023-12-04"
LAST_MILE = (dt.date(2022, 5, 1), dt.date(2023, 5, 1))
TO_DATE = dt.date(2023, 12, 4)

# id: (metric, value, bound, unit, as printed, (low, high) or None, period, paragraph)
# period: None (source silent), a (start, end) tuple, ("as_of", date) or ("year", 2023)
FIGURES: dict[str, tuple[Any, ...]] = {
    "us-firearms-seized": ("firearms_seized", 600_000, "more_than", "firearms", "more than 600,000", None, None, 9),
    "bsca-people-charged": ("people_charged", 200, "more_than", "people", "more than 200", None, None, 9),
    "cross-border-arrests": ("arrests", 200, "range", "people", "hundreds", (200, 999), None, 10),
    "cross-border-firearms-seized": ("firearms_seized", 2000, "range", "firearms", "thousands", (2000, 9999), None, 10),
    "open-investigations": ("open_investigations", 327, "exact", "investigations", "327", None, ("as_of", TO_DATE), 12),
    "atf-firearms-intercepted": ("firearms_intercepted", 3823, "exact", "firearms", "3,823", None, ("as_of", TO_DATE), 12),
    "etrace-investigations-2023": (
        "investigations_opened", 655, "exact", "investigations", "655", None, ("year", 2023), 13,
    ),
    "etrace-arrests-2023": ("arrests", 463, "exact", "people", "463", None, ("year", 2023), 13),
    "southbound-investigations-change": (
        "change_in_investigations", 40, "exact", "percent", "40 percent", None, None, 14,
    ),
    "southbound-seized-change": (
        "change_in_firearms_seized", 11, "exact", "percent", "11 percent", None, None, 14,
    ),
    "last-mile-investigations": ("investigations", 1436, "more_than", "investigations", "more than 1,436", None, LAST_MILE, 16),
    "last-mile-arrests": ("arrests", 3337, "exact", "people", "3,337", None, LAST_MILE, 16),
    "last-mile-firearms-seized": ("firearms_seized", 8496, "exact", "firearms", "8,496", None, LAST_MILE, 16),
}  # fmt: skip


DEA = "dea-last-mile-2023-05-05"
# The kept copy of the DEA's release is named by the source's first id, which still finds it.
DEA_COPY = "dea-operation-last-mile-2023-05-05"
# The DEA's own figures (../shared/sources/dea-operation-last-mile-2023-05-05.md), all for the
# operation's year and all in its table (block 5): id: (metric, value, bound, unit, as printed)
DEA_FIGURES: dict[str, tuple[Any, ...]] = {
    "last-mile-fentanyl-pills": ("fentanyl_pills_seized", 44_000_000, "nearly", "pills", "nearly 44 million"),
    "last-mile-fentanyl-powder": ("fentanyl_powder_seized", 6500, "more_than", "pounds", "more than 6,500 pounds"),
    "last-mile-methamphetamine": ("methamphetamine_seized", 91_000, "more_than", "pounds", "more than 91,000 pounds"),
    "last-mile-cash-and-assets": ("cash_and_assets_seized", 100_000_000, "more_than", "usd", "more than $100 million"),
    "last-mile-fentanyl-doses": ("fentanyl_lethal_doses", 193_000_000, "nearly", "doses", "nearly 193 million"),
    "last-mile-social-media": (
        "investigations_social_media", 1100, "more_than", "investigations", "more than 1,100"),
}  # fmt: skip
# The article's Last Mile figures as the DEA gives them: id: (value, bound, as printed, agreement)
DEA_REPORTS = {
    "last-mile-investigations": (1436, "exact", "1,436", "corroborated"),  # "more than 1,436" loosely said of the count
    "last-mile-arrests": (3337, "exact", "3,337", "corroborated"),
    "last-mile-firearms-seized": (8497, "exact", "8,497", "disputed"),
}


@pytest.mark.parametrize("fact_id", sorted(DEA_FIGURES))
def test_dea_figure(ds: Dataset, fact_id: str) -> None:
    metric, value, bound, unit, printed = DEA_FIGURES[fact_id]
    fact = ds.fact_by_id[fact_id]
    assert (fact.metric, fact.value, fact.bound, fact.unit, fact.as_printed) == (metric, value, bound, unit, printed)
    assert (fact.source, fact.paragraph, fact.initiative, fact.country) == (DEA, 5, "operation-last-mile", "US")
    assert fact.period is not None and (fact.period.start, fact.period.end) == LAST_MILE


@pytest.mark.parametrize("fact_id", sorted(DEA_REPORTS))
def test_dea_reports_of_the_article_figures(ds: Dataset, fact_id: str) -> None:
    value, bound, printed, agreement = DEA_REPORTS[fact_id]
    fact = ds.fact_by_id[fact_id]
    (report,) = [r for r in fact.also_reported_by if r.source == DEA]
    assert (report.source, report.paragraph, report.value, report.bound, report.as_printed) == (
        DEA, 5, value, bound, printed,
    )  # fmt: skip
    assert fact.agreement == agreement


def test_every_figure_of_the_article_is_a_fact(ds: Dataset) -> None:
    from_article = {f.id for f in ds.facts if f.source == SALAZAR}
    assert {f.id for f in ds.facts if f.source == DEA} == set(DEA_FIGURES)
    assert from_article == set(FIGURES)


@pytest.mark.parametrize("fact_id", sorted(FIGURES))
def test_figure_value_bound_unit_period(ds: Dataset, fact_id: str) -> None:
    metric, value, bound, unit, printed, low_high, period, paragraph = FIGURES[fact_id]
    fact = ds.fact_by_id[fact_id]
    assert (fact.metric, fact.value, fact.bound, fact.unit) == (metric, value, bound, unit)
    assert fact.as_printed == printed
    assert fact.paragraph == paragraph
    assert fact.source == SALAZAR
    assert (fact.low, fact.high) == (low_high or (None, None))
    if period is None:
        assert fact.period is None
        assert any("period" in c or "date" in c for c in fact.caveats), "a missing period needs a caveat"
    elif period[0] == "as_of":
        assert fact.period is not None and fact.period.as_of == period[1]
    elif period[0] == "year":
        assert fact.period is not None and fact.period.year == period[1]
    else:
        assert fact.period is not None and (fact.period.start, fact.period.end) == period


def test_vague_and_lower_bound_figures_are_not_exact(ds: Dataset) -> None:
    for fact in ds.facts:
        if fact.as_printed.startswith("more than"):
            assert fact.bound == "more_than", fact.id
        if fact.as_printed.startswith("nearly"):
            assert fact.bound == "nearly", fact.id
        if fact.as_printed in ("hundreds", "thousands"):
            assert fact.bound == "range", fact.id


def test_outlet_and_address_as_found_and_unknown_dates_null_with_a_note(ds: Dataset) -> None:
    # The kept copy carried neither; the same text is published by Riviera Maya News, whose page
    # shows no author or publication date (research r1, corrections.md).
    src = ds.source_by_id[SALAZAR]
    assert src.outlet == "Riviera Maya News"
    assert src.url == (
        "https://riviera-maya-news.com/u-s-ambassador-to-mexico-says-both-sides-are-working-to-disrupt-illegal-firearms-trafficking/2023.html"
    )
    assert src.author is None and src.published is None
    assert any("publication date" in note and "null" in note for note in src.notes)


def test_operation_last_mile_entity(ds: Dataset) -> None:
    op = ds.initiative_by_id["operation-last-mile"]
    assert op.kind == "operation"
    assert op.period is not None and (op.period.start, op.period.end) == LAST_MILE
    assert op.targets == ["sinaloa-cartel", "cjng"]


def test_law_keeps_both_names(ds: Dataset) -> None:
    law = ds.initiative_by_id["bipartisan-safer-communities-act"]
    assert law.kind == "law"
    assert law.name == "Bipartisan Safer Communities Act"
    assert "bipartisan Safe Communities Act" in law.aliases
    # signed into law on 25 June 2022 (CRS In Focus IF12190, hsdl.org; Giffords' two-year review)
    assert law.period is not None and law.period.start == dt.date(2022, 6, 25)


def test_agencies_of_both_countries(ds: Dataset) -> None:
    us = {a.code for a in ds.agencies if a.country == "US"}
    mx = {a.code for a in ds.agencies if a.country == "MX"}
    assert {"DOJ", "ATF", "CBP", "HSI", "INL"} <= us
    assert {"SSPC", "FGR", "SRE", "SEDENA", "SEMAR", "MX-STATE-PROSECUTORS"} <= mx
    assert ds.agency_by_code["FGR"].name_es == "Fiscalía General de la República"
    # The article's own English names are kept as aliases where they differ.
    assert "Office of Customs and Border Protection" in ds.agency_by_code["CBP"].aliases
    # HSI is a directorate of ICE; ICE and CBP belong to the DHS.
    assert [ds.agency_by_code[code].parent for code in ("HSI", "ICE", "CBP")] == ["ICE", "DHS", "DHS"]


def test_officials_and_event(ds: Dataset) -> None:
    assert ds.person_by_id["luis-rodriguez-bucio"].agency == "SSPC"
    # The article's "Undersecretary of Security and Citizen Protection" is not a post; Mexican reports
    # give his post, and the second surname the article leaves out of Gallo's name (corrections.md).
    assert ds.person_by_id["luis-rodriguez-bucio"].role == (
        "Undersecretary of Public Security, Secretariat of Security and Citizen Protection"
    )
    assert ds.person_by_id["felipe-de-jesus-gallo"].name == "Felipe de Jesús Gallo Gutiérrez"
    assert ds.person_by_id["cristina-planter"].agency == "SRE"
    event = ds.event_by_id["roundtable-2023-12-04"]
    assert event.date == dt.date(2023, 12, 4)
    assert event.place == "Mexico City"
    assert "ken-salazar" in event.people


def _paragraphs(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text) if block.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower())


@pytest.mark.skipif(not (SOURCES / f"{SALAZAR}.txt").exists(), reason="../shared/sources is not beside this checkout")
class TestAgainstTheSourceText:
    """Curators' checks, run where the source files are at hand (not in a bare clone)."""

    text = (SOURCES / f"{SALAZAR}.txt").read_text(encoding="utf-8") if (SOURCES / f"{SALAZAR}.txt").exists() else ""

    def test_each_figure_is_printed_in_its_paragraph(self, ds: Dataset) -> None:
        paragraphs = _paragraphs(self.text)
        for fact in ds.facts:
            if fact.source == SALAZAR:
                assert fact.paragraph is not None
                assert fact.as_printed in paragraphs[fact.paragraph - 1], fact.id

    @pytest.mark.parametrize("source", [SALAZAR, DEA_COPY])
    def test_verify_against_the_source_files(self, source: str) -> None:
        from click.testing import CliRunner

        from armsfacts.cli import cli

        (text,) = SOURCES.glob(f"{source}.*")
        result = CliRunner().invoke(cli, ["verify", source, "--text", str(text), "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.stdout
        assert all(check["status"] == "found" for check in json.loads(result.stdout))

    @pytest.mark.parametrize("source", [SALAZAR, DEA_COPY])
    def test_no_sentence_of_the_source_is_copied(self, raw_data: dict[str, Any], source: str) -> None:
        # The project's prose (descriptions, caveats, notes) shares no run of eight words with
        # the source. Names and titles of posts ("General Director of Political Affairs for
        # North America") are recorded as given, so they are not checked here.
        (path,) = SOURCES.glob(f"{source}.*")
        words = _words(path.read_text(encoding="utf-8"))
        shingles = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
        texts: list[str] = []

        def collect(node: Any, key: str = "") -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    collect(v, k)
            elif isinstance(node, list):
                for v in node:
                    collect(v, key)
            elif isinstance(node, str) and key in ("description", "caveats", "notes"):
                texts.append(node)

        collect(raw_data)
        assert len(texts) > 30
        for text in texts:
            own = _words(text)
            copied = [" ".join(own[i : i + 8]) for i in range(len(own) - 7) if " ".join(own[i : i + 8]) in shingles]
            assert not copied, f"copied from the source: {copied[0]!r} in {text!r}"
