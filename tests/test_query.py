"""The query layer, without the CLI: filters, name resolution, search."""

from __future__ import annotations

import pytest

from armsfacts import query
from armsfacts.errors import ArmsfactsError as NotFoundError
from armsfacts.models import Dataset

from .conftest import LAST_MILE


def ids(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [f.id for f in facts]


def test_no_filter_returns_every_fact_in_dataset_order(ds: Dataset) -> None:
    assert ids(query.filter_facts(ds)) == [f.id for f in ds.facts]


def test_metric_filter(ds: Dataset) -> None:
    assert ids(query.filter_facts(ds, metric="arrests")) == [
        "cross-border-arrests",
        "etrace-arrests-2023",
        "last-mile-arrests",
    ]
    # the label works too
    assert ids(query.filter_facts(ds, metric="firearms intercepted")) == ["atf-firearms-intercepted"]


def test_unknown_metric_suggests(ds: Dataset) -> None:
    with pytest.raises(NotFoundError) as err:
        query.filter_facts(ds, metric="arests")
    assert "arrests" in err.value.suggestions


@pytest.mark.parametrize(
    "name", ["last-mile", "Last Mile", "operation-last-mile", "Operation Last Mile", "LAST  MILE!"]
)
def test_operation_names(ds: Dataset, name: str) -> None:
    assert query.get_initiative(ds, name, "operation").id == "operation-last-mile"
    assert ids(query.filter_facts(ds, initiative=name)) == LAST_MILE


def test_accented_spanish_name_finds_operation(ds: Dataset) -> None:
    assert query.get_initiative(ds, "operacion ultima milla").id == "operation-last-mile"


def test_law_by_article_name(ds: Dataset) -> None:
    assert query.get_initiative(ds, "bipartisan Safe Communities Act").id == "bipartisan-safer-communities-act"


def test_unknown_operation_suggests_nearest(ds: Dataset) -> None:
    with pytest.raises(NotFoundError) as err:
        query.get_initiative(ds, "last-mil", "operation")
    assert err.value.suggestions[0] == "operation-last-mile"
    assert "no operation 'last-mil'" in err.value.message


def test_agency_filter_includes_components_and_is_case_insensitive(ds: Dataset) -> None:
    # ATF and DEA are components of the DOJ, so their figures count for the DOJ too; the DEA
    # leads Operation Last Mile, so the operation's figures count for it.
    assert ids(query.filter_facts(ds, agency="doj")) == ["bsca-people-charged", "atf-firearms-intercepted", *LAST_MILE]
    assert ids(query.filter_facts(ds, agency="dea")) == LAST_MILE
    assert ids(query.filter_facts(ds, agency="Bureau of Alcohol, Tobacco, Firearms and Explosives")) == [
        "atf-firearms-intercepted"
    ]


def test_country_year_source_search_combine(ds: Dataset) -> None:
    assert ids(query.filter_facts(ds, country="us", year=2023)) == [
        "atf-firearms-intercepted",
        "etrace-investigations-opened-2023",
        "etrace-arrests-2023",
        *LAST_MILE,
    ]
    # Last Mile runs May 2022 to May 2023: it touches both years.
    assert "last-mile-arrests" in ids(query.filter_facts(ds, year=2022))
    assert "etrace-arrests-2023" not in ids(query.filter_facts(ds, year=2022))
    assert ids(query.filter_facts(ds, search="etrace", metric="arrests")) == ["etrace-arrests-2023"]
    assert len(query.filter_facts(ds, source="salazar-roundtable-2023-12-04")) == 13
    assert ids(query.filter_facts(ds, source="dea-operation-last-mile-2023-05-05")) == LAST_MILE
    assert query.filter_facts(ds, country="MX") == []


def test_sort(ds: Dataset) -> None:
    by_value = query.filter_facts(ds, sort="value")
    values = [f.value for f in by_value]
    assert values == sorted(values)
    assert ids(query.filter_facts(ds, sort="-value"))[0] == "last-mile-fentanyl-doses"
    # figures without a period go last whichever the direction
    by_period = query.filter_facts(ds, sort="period")
    assert by_period[0].id == "last-mile-investigations"
    assert by_period[-1].period is None


def test_initiative_detail_has_its_figures(ds: Dataset) -> None:
    detail = query.initiative_detail(ds, "southbound")
    assert detail.kind == "operation"
    assert ids(detail.facts) == ["southbound-investigations-change", "southbound-firearms-seized-change"]


def test_agency_detail(ds: Dataset) -> None:
    fgr = query.agency_detail(ds, "fgr")
    assert fgr.components == ["AIC", "FEMDO", "FGR-LEGAL-INTL"]
    assert [p.id for p in fgr.people] == [
        "felipe-de-jesus-gallo",
        "alfredo-higuera-bernal",
        "miguel-angel-mendez-buenos-aires",
    ]
    atf = query.agency_detail(ds, "ATF")
    assert ids(atf.facts) == ["atf-firearms-intercepted"]


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
    hits = query.search(ds, text)
    assert (kind, record) in [(h.kind, h.id) for h in hits]


def test_search_nothing(ds: Dataset) -> None:
    assert query.search(ds, "zzzz") == []
    assert query.search(ds, "   ") == []
    # punctuation alone (or bytes that are not text) is not a wildcard
    assert query.filter_facts(ds, search="!!!") == []
    assert query.filter_facts(ds, search="\udcc3") == []
