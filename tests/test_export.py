"""`armsfacts export sqlite` and `export html`, each tested with the real thing: sqlite3 and
Datasette for the database, headless Chromium for the page."""

from __future__ import annotations

import copy
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from armsfacts import export_sqlite, i18n

from .chromium import BINARY, Browser
from .conftest import ENGLISH, LAST_MILE, ROOT, Invoke

# The export tests read a frozen record: the article's 13 figures and the DEA's 6, as they
# stood before the record grew, so that their expectations (written from those two sources)
# hold however the built-in record grows. One test exports the built-in record itself.
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


@pytest.fixture(autouse=True)
def frozen_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARMSFACTS_DATA", str(RECORD))


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    # An export in Spanish leaves Spanish in use in this process; the tests after it read English.
    yield
    i18n.set_language("en")
    i18n.route_click_strings("en")


DEA = "dea-last-mile-2023-05-05"
ARTICLE = "salazar-roundtable-2023-12-04"
DEA_URL = "https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile-tracks-down-sinaloa-and-jalisco-cartel-associates-operating"
# The link tables of the built-in data: (table, owner column, target column).
LINKS = {
    ("facts", "agencies"): ("fact_agencies", "fact", "agency"),
    ("initiatives", "targets"): ("initiative_targets", "initiative", "organization"),
    ("initiatives", "agencies"): ("initiative_agencies", "initiative", "agency"),
    ("events", "agencies"): ("event_agencies", "event", "agency"),
    ("events", "people"): ("event_people", "event", "person"),
    ("sources", "people"): ("source_people", "source", "person"),
}


def export(run: Invoke, *args: str) -> Any:
    result = run("export", *args)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from armsfacts.cli import cli

    folder = tmp_path_factory.mktemp("sqlite")
    args = ["export", "sqlite", str(folder / "armsfacts.db"), "--metadata", str(folder / "metadata.json")]
    result = CliRunner().invoke(cli, args, env=ENGLISH | {"ARMSFACTS_DATA": str(RECORD)}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"Wrote {folder / 'armsfacts.db'}: 19 figures in 17 tables.\n"
    return folder / "armsfacts.db"


def rows(db: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def as_json(run: Invoke, *args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------
# SQLite: the database against the command line's own JSON.


def test_every_fact_is_a_row_equal_to_its_json(run: Invoke, database: Path) -> None:
    facts = as_json(run, "stats")
    table = {row["id"]: row for row in rows(database, "SELECT * FROM facts")}
    assert sorted(table) == sorted(f["id"] for f in facts)
    assert len(table) == 19
    for fact in facts:
        row = table[fact["id"]]
        for field, value in fact.items():
            if field == "agreement_reason":  # sides as JSON, the misprint as columns, each interval a row
                assert json.loads(row["agreement_reason_sides"]) == value["sides"]
                assert row["agreement_reason_misprint_source"] == (value["misprint"] or {}).get("source")
                intervals = rows(database, "SELECT * FROM fact_intervals WHERE fact = ? ORDER BY position", fact["id"])
                assert [(i["source"], i["low"], i["high"]) for i in intervals] == [
                    (i["source"], i["low"], i["high"]) for i in value["intervals"]
                ]
            elif isinstance(value, dict) or (value is None and any(k.startswith(field + "_") for k in row)):
                nested = {k.removeprefix(field + "_"): v for k, v in row.items() if k.startswith(field + "_")}
                assert nested == (value or dict.fromkeys(nested)), (fact["id"], field)
            elif field == "agencies":
                linked = rows(database, "SELECT agency FROM fact_agencies WHERE fact = ? ORDER BY position", fact["id"])
                assert [r["agency"] for r in linked] == value
            elif field == "also_reported_by":
                reports = rows(database, "SELECT * FROM fact_reports WHERE fact = ? ORDER BY position", fact["id"])
                assert len(reports) == len(value)
                for report, expected in zip(reports, value, strict=True):
                    for key, item in expected.items():
                        assert (json.loads(report[key]) if isinstance(item, list) else report[key]) == item
            elif isinstance(value, list):
                assert json.loads(row[field]) == value, (fact["id"], field)
            else:
                assert row[field] == value, (fact["id"], field)


def test_figures_as_the_sources_print_them(database: Path) -> None:
    # From the README: 3,337 arrests, corroborated by the DEA; 8,496 firearms, which the DEA gives as 8,497.
    arrests = rows(database, "SELECT value, bound, agreement, source FROM facts WHERE id = 'last-mile-arrests'")
    assert arrests == [{"value": 3337, "bound": "exact", "agreement": "corroborated", "source": ARTICLE}]
    dea = rows(database, "SELECT source, value, as_printed FROM fact_reports WHERE fact = 'last-mile-firearms-seized'")
    assert dea == [{"source": DEA, "value": 8497, "as_printed": "8,497"}]
    period = rows(database, "SELECT period_start, period_end FROM facts WHERE id = 'last-mile-arrests'")
    assert period == [{"period_start": "2022-05-01", "period_end": "2023-05-01"}]
    # Every figure is a REAL, whole counts too, so that a column sorts and sums as one type.
    assert rows(database, "SELECT DISTINCT typeof(value) AS t FROM facts") == [{"t": "real"}]
    assert rows(database, "SELECT DISTINCT typeof(value) AS t FROM fact_reports") == [{"t": "real"}]
    with sqlite3.connect(database) as conn:
        declared = {(r[1], r[2]) for r in conn.execute("PRAGMA table_info(facts)") if r[1] in ("value", "low", "high")}
    assert declared == {("value", "REAL"), ("low", "REAL"), ("high", "REAL")}


@pytest.mark.parametrize(
    ("command", "table", "key"),
    [
        ("agency", "agencies", "code"),
        ("people", "people", "id"),
        ("source", "sources", "id"),
        ("initiative", "initiatives", "id"),
    ],
)
def test_every_entity_is_a_row(run: Invoke, database: Path, command: str, table: str, key: str) -> None:
    records = as_json(run, command)
    by_key = {row[key]: row for row in rows(database, f"SELECT * FROM {table}")}
    assert sorted(by_key) == sorted(r[key] for r in records)
    for record in records:
        row = by_key[record[key]]
        for field in ("name", "name_es", "title", "role", "role_es", "kind", "country", "url"):
            if field in record:
                assert row[field] == record[field]
        for (owner, field), (link, owner_column, target) in LINKS.items():
            if owner == table:
                linked = rows(
                    database, f"SELECT {target} FROM {link} WHERE {owner_column} = ? ORDER BY position", record[key]
                )
                assert [r[target] for r in linked] == record[field]


def test_an_operation_targets_two_cartels(database: Path) -> None:
    linked = rows(
        database,
        "SELECT organization FROM initiative_targets WHERE initiative = 'operation-last-mile' ORDER BY position",
    )
    assert [r["organization"] for r in linked] == ["sinaloa-cartel", "cjng"]


def test_keys_and_foreign_keys(database: Path) -> None:
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        pk = {r[1]: r[5] for r in conn.execute("PRAGMA table_info(agencies)")}
        assert pk["code"] == 1
        assert [r[1] for r in conn.execute("PRAGMA table_info(fact_agencies)") if r[5]] == ["fact", "position"]
        fks = {(r[2], r[3], r[4]) for r in conn.execute("PRAGMA foreign_key_list(facts)")}
        assert fks == {("metrics", "metric", "id"), ("units", "unit", "id"), ("initiatives", "initiative", "id"),
                       ("sources", "source", "id")}  # fmt: skip
        reports = {(r[2], r[3], r[4]) for r in conn.execute("PRAGMA foreign_key_list(fact_reports)")}
        assert reports == {("facts", "fact", "id"), ("sources", "source", "id")}
        # The keys are real: with enforcement on, a figure of a source that does not exist is refused.
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE facts SET source = 'no-such-source' WHERE id = 'last-mile-arrests'")


@pytest.mark.parametrize(
    ("table", "words", "expected"),
    [
        ("facts", "fentanyl", {"last-mile-fentanyl-pills", "last-mile-fentanyl-powder", "last-mile-fentanyl-doses"}),
        ("facts", "fentanilo", {"last-mile-fentanyl-pills", "last-mile-fentanyl-powder", "last-mile-fentanyl-doses"}),
        ("facts", '"8,497"', {"last-mile-firearms-seized"}),
        ("agencies", "fiscalia", {"FGR", "FEMDO"}),  # accents folded: Fiscalía General…, Fiscalía Especializada…
        ("agencies", '"fiscalia general"', {"FGR"}),
        ("initiatives", "ultima milla", {"operation-last-mile"}),
        ("people", "salazar", {"ken-salazar"}),
    ],
)
def test_full_text_search(database: Path, table: str, words: str, expected: set[str]) -> None:
    key = "code" if table == "agencies" else "id"
    found = rows(
        database,
        f"SELECT {key} AS k FROM {table} WHERE rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)",
        words,
    )
    assert {r["k"] for r in found} == expected


def metadata_of(database: Path, name: str = "metadata.json") -> Any:
    return json.loads((database.parent / name).read_text(encoding="utf-8"))


def test_metadata_is_short_and_states_source_and_licence(database: Path) -> None:
    meta = metadata_of(database)
    assert meta["title"] == "armsfacts"
    # The data's licence, not the code's MIT (README, License).
    assert meta["license"] == "CC BY 4.0"
    assert meta["license_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "the figures are facts, each credited to its source" in meta["description"]
    # The sources are a table of their own, not a list of titles repeated on every page.
    assert meta["source_url"] == "/armsfacts/sources"
    assert "DEA Operation Last Mile" not in json.dumps({k: v for k, v in meta.items() if k != "databases"})
    assert len(meta["description"]) < 400
    tables = meta["databases"]["armsfacts"]["tables"]
    assert tables["sources"]["facets"] == ["kind", "language"]
    assert tables["facts"]["facets"] == ["metric", "agreement", "source", "initiative", "country"]


def columns_of(database: Path) -> dict[str, list[str]]:
    """Every table's and view's columns, as SQLite lists them (full-text tables left out)."""
    with sqlite3.connect(database) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        return {n: [r[1] for r in conn.execute(f"PRAGMA table_info({n})")] for n in names if "_fts" not in n}


def test_every_column_is_described_for_its_own_table(database: Path) -> None:
    from armsfacts.datasette_metadata import column_docs

    tables = metadata_of(database)["databases"]["armsfacts"]["tables"]
    columns = columns_of(database)
    written = column_docs()
    assert sorted(tables) == sorted(columns)
    for name, names in columns.items():
        assert tables[name]["description"], name
        # each column has a description written for this table: none missing, none for a column it lacks
        assert sorted(written[name]) == sorted(names), name
        assert tables[name]["columns"] == {c: written[name][c] for c in names}, name
        for column, text in tables[name]["columns"].items():
            # what a description names in backticks is there: a column of this table, a table, or table.column
            for word in re.findall(r"`([^`]+)`", text):
                table, _, field = word.rpartition(".")
                assert (field in columns[table]) if table else (word in names or word in columns), (name, column, word)
    # the descriptions issue 21 found copied from another table, or made up from a field's name
    assert tables["agencies"]["columns"]["country"] == "The agency's country: US or MX."
    assert tables["people"]["columns"]["country"] == "The country the person serves: US or MX."
    assert tables["fact_reports"]["columns"]["as_printed"] == (
        "The figure exactly as this source prints it, in the source's language."
    )
    assert not [
        (name, column)
        for name, docs in tables.items()
        for column, text in docs["columns"].items()
        if text.startswith("The record's") or " — " in text
    ]


def datasette(database: Path, path: str, metadata: str = "metadata.json") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "datasette", str(database), "-m", str(database.parent / metadata), "--get", path],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def datasette_rows(database: Path, path: str, metadata: str = "metadata.json") -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(datasette(database, path, metadata))
    return found


def test_datasette_serves_the_figures(database: Path) -> None:
    found = datasette_rows(database, "/armsfacts/facts.json?_shape=array&id=last-mile-arrests")
    assert [(f["id"], f["value"], f["as_printed"]) for f in found] == [("last-mile-arrests", 3337, "3,337")]
    searched = datasette_rows(database, "/armsfacts/facts.json?_shape=array&_search=fentanilo")
    assert len(searched) == 3
    page = datasette(database, "/armsfacts/facts")
    assert "One row per figure, as the source it is recorded from gives it" in page
    assert "more than 1,436" in page
    index = datasette(database, "/")
    assert '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>' in index
    assert '<a href="/armsfacts/sources">' in index
    # The sources faceted by kind and language: the article and the DEA's release, both in English.
    facets = json.loads(datasette(database, "/armsfacts/sources.json"))["facet_results"]
    assert {name: {(v["value"], v["count"]) for v in f["results"]} for name, f in facets.items()} == {
        "kind": {("news_article", 1), ("announcement", 1)},
        "language": {("en", 2)},
    }


# The printings of the record's two disputed figures (the article against the DEA), from the record.
ARTICLE_TITLE = "U.S. Ambassador to Mexico says both sides are working to disrupt illegal firearms trafficking"
DEA_TITLE = (
    "DEA Operation Last Mile Tracks Down Sinaloa and Jalisco Cartel Associates Operating within the United States"
)
# (printing, source, source title, value, bound, as printed, paragraph, source's address)
PRINTED = ("printing", "source", "source_title", "value", "bound", "as_printed", "paragraph", "source_url")
FIREARMS_PRINTINGS = [
    (1, ARTICLE, ARTICLE_TITLE, 8496, "exact", "8,496", 16, None),
    (2, DEA, DEA_TITLE, 8497, "exact", "8,497", 5, DEA_URL),
]
INVESTIGATIONS_PRINTINGS = [
    (1, ARTICLE, ARTICLE_TITLE, 1436, "more_than", "more than 1,436", 16, None),
    (2, DEA, DEA_TITLE, 1436, "exact", "1,436", 5, DEA_URL),
]


def picked(found: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(row[k] for k in keys) for row in found]


def test_the_printings_view(database: Path) -> None:
    found = datasette_rows(database, "/armsfacts/printings.json?_shape=array&fact=last-mile-firearms-seized")
    assert picked(found, *PRINTED) == FIREARMS_PRINTINGS
    assert {(r["metric"], r["unit"]) for r in found} == {("firearms_seized", "firearms")}
    # One row per printing: the record's 19 figures and the DEA's 3 reports of the article's figures.
    assert rows(database, "SELECT count(*) AS n FROM printings") == [{"n": 22}]
    # A figure only one source gives is in the view too, as printing 1.
    pills = rows(database, "SELECT printing, source, as_printed FROM printings WHERE fact = 'last-mile-fentanyl-pills'")
    assert pills == [{"printing": 1, "source": DEA, "as_printed": "nearly 44 million"}]
    page = datasette(database, "/armsfacts/printings")
    assert "Every printing of every figure, one row per source that prints it" in page


def test_the_docs_name_every_canned_query(database: Path) -> None:
    page = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8").split("## `armsfacts export sqlite", 1)[1]
    section = page.split("\n## ", 1)[0]
    named = re.findall(r"^  - `(\w+)` — ", section, re.MULTILINE)
    assert named == list(metadata_of(database)["databases"]["armsfacts"]["queries"])


def test_canned_query_a_figure_with_all_its_printings(database: Path) -> None:
    found = datasette_rows(database, "/armsfacts/figure_printings.json?_shape=array&fact=last-mile-firearms-seized")
    assert picked(found, *PRINTED) == FIREARMS_PRINTINGS
    assert [r["unit_label"] for r in found] == ["firearms", "firearms"]
    assert (
        json.loads(found[0]["caveats"])[0]
        == "The article gives 8,496 and the DEA 8,497: the sources are one firearm apart."
    )
    page = datasette(database, "/armsfacts/figure_printings")
    assert "A figure and every printing of it" in page


def test_canned_query_disputes_with_both_sides(database: Path) -> None:
    found = datasette_rows(database, "/armsfacts/disputes.json?_shape=array")
    # 8,496 against 8,497 cannot both be true; "more than 1,436" and 1,436 can, so they are no dispute
    assert [r["fact"] for r in found] == ["last-mile-firearms-seized"] * 2
    assert picked(found, *PRINTED) == FIREARMS_PRINTINGS
    assert [r["description"] for r in found[::2]] == ["Firearms seized in Operation Last Mile."]


def test_the_disputes_query_follows_the_agreement_column(database: Path, tmp_path: Path) -> None:
    # Whatever decides agreement, the query shows the figures the column calls disputed.
    copy_db = tmp_path / "armsfacts.db"
    copy_db.write_bytes(database.read_bytes())
    (tmp_path / "metadata.json").write_text((database.parent / "metadata.json").read_text(encoding="utf-8"))
    with sqlite3.connect(copy_db) as conn:
        conn.execute("UPDATE facts SET agreement = 'corroborated' WHERE id = 'last-mile-firearms-seized'")
        conn.execute("UPDATE facts SET agreement = 'disputed' WHERE id = 'last-mile-investigations'")
    found = datasette_rows(copy_db, "/armsfacts/disputes.json?_shape=array")
    assert [(r["fact"], r["printing"]) for r in found] == [
        ("last-mile-investigations", 1),
        ("last-mile-investigations", 2),
    ]


def test_canned_query_a_series_over_time(database: Path) -> None:
    # The record's three arrest figures: Last Mile from 1 May 2022, eTrace in 2023, and "hundreds" with no period.
    found = datasette_rows(database, "/armsfacts/series.json?_shape=array&metric=arrests")
    keys = ("fact", "period_start", "period_end", "period_year", "value", "bound", "as_printed", "unit_label")
    assert picked(found, *keys) == [
        ("last-mile-arrests", "2022-05-01", "2023-05-01", None, 3337, "exact", "3,337", "people"),
        ("etrace-arrests-2023", None, None, 2023, 463, "exact", "463", "people"),
        ("cross-border-arrests", None, None, None, 200, "range", "hundreds", "people"),
    ]
    assert (found[2]["low"], found[2]["high"]) == (200, 999)


# The record's estimates of the firearms trafficked into Mexico a year, and one yearly figure of
# another quantity (the trade's value in US dollars) that the query must leave out.
YEARLY_FLOW_FACTS = [
    "gao-21-322-estimate-200000", "agrawal-2019-253000-per-year", "ksl-253000-2010-2012", "ksl-88000-1997-1999",
    "wttl-2023-sre-estimate", "wttl-2023-gao-estimate",
    "sinembargo-gobmx-200mil-anuales", "cap-200-mil-anuales", "cesop-730-mil-anuales", "sydef-sedena-200-mil-anuales-atf",
    "azstar-2013-trade-value",
]  # fmt: skip
TBI = (
    "four scholars at the University of San Diego's Trans-Border Institute and the Igarapé Institute (as the page says)"
)
# (fact, printing, source, value, bound, as printed, who made the estimate): dated first, by the start of
# their period; then the undated, in the record's order.
YEARLY_FLOW = [
    ("ksl-88000-1997-1999", 1, "ksl-253000-us-guns-smuggled-2013", 88000, "exact", "88,000 firearms", TBI),
    ("ksl-253000-2010-2012", 1, "ksl-253000-us-guns-smuggled-2013", 253000, "exact", "an average of 253,000 firearms", TBI),
    ("ksl-253000-2010-2012", 2, "azstar-253k-guns-2013-03-19", 253000, "exact", "An average of 253,000 weapons", TBI),
    ("ksl-253000-2010-2012", 3, "insightcrime-253-mil-armas-2013", 253000, "exact", "253 mil armas", TBI),
    ("gao-21-322-estimate-200000", 1, "gao-21-322-trafficking-2021-02", 200000, "exact", "200,000 firearms", "Government of Mexico (as reported by GAO)"),
    ("agrawal-2019-253000-per-year", 1, "berkeley-agrawal-guns-2019", 253000, "approximate", "around 253,000 firearms", "an author the page does not name (its footnote 2)"),
    ("wttl-2023-sre-estimate", 1, "wttl-monaco-southbound-2023", 500000, "approximate", "approximately half a million", "SRE (Mexican Ministry of Foreign Affairs), as reported by WTTL"),
    ("wttl-2023-gao-estimate", 1, "wttl-monaco-southbound-2023", 200000, "exact", "200,000 firearms", "GAO (as this page attributes it)"),
    ("sinembargo-gobmx-200mil-anuales", 1, "sinembargo-southbound-2023-06", 200000, "approximate", "unas 200 mil al año", "Government of Mexico (López Obrador administration)"),
    ("cap-200-mil-anuales", 1, "lagazzetta-200-mil-armas-2018", 200000, "approximate", "alrededor de 200 mil armas de fuego", "Center for American Progress (as cited)"),
    ("cesop-730-mil-anuales", 1, "realidad7-cesop-730-mil-armas", 730000, "exact", "730 mil cada año", "CESOP (the Chamber of Deputies’ Centre for Social Studies and Public Opinion)"),
    ("sydef-sedena-200-mil-anuales-atf", 1, "seguridadydefensa-sedena-armas", 200000, "exact", "200 mil armas ilegales", "ATF, as attributed by SEDENA"),
]  # fmt: skip


def test_canned_query_every_estimate_of_yearly_flow(run: Invoke, raw_data: dict[str, Any], tmp_path: Path) -> None:
    # The built-in record's estimates, and only those figures, so that the expectation holds as the record grows.
    data = copy.deepcopy(raw_data)
    data["facts"] = [f for f in data["facts"] if f["id"] in YEARLY_FLOW_FACTS]
    known = {row[2] for row in YEARLY_FLOW}  # and only the printings of these sources, for the same reason
    for fact in data["facts"]:
        fact["also_reported_by"] = [r for r in fact["also_reported_by"] if r["source"] in known]
    (tmp_path / "yearly.json").write_text(json.dumps(data), encoding="utf-8")
    database = tmp_path / "armsfacts.db"
    result = run(
        "--data",
        str(tmp_path / "yearly.json"),
        "export",
        "sqlite",
        str(database),
        "--metadata",
        str(tmp_path / "metadata.json"),
    )
    assert result.exit_code == 0, result.output
    found = datasette_rows(database, "/armsfacts/yearly_flow_estimates.json?_shape=array")
    keys = ("fact", "printing", "source", "value", "bound", "as_printed", "estimate_by")
    assert [tuple(r[k] for k in keys) for r in found] == YEARLY_FLOW
    assert [(r["period_start"], r["period_end"]) for r in found[:4]] == [("1997-01-01", "1999-12-31")] + [
        ("2010-01-01", "2012-12-31")
    ] * 3
    assert [r["unit_label"] for r in found] == ["firearms"] * 12
    assert "Every estimate of the firearms trafficked into Mexico a year, with who made it" in datasette(
        database, "/armsfacts"
    )


def test_the_metadata_in_spanish(run: Invoke, database: Path) -> None:
    target = database.parent / "es.db"
    result = run(
        "export",
        "sqlite",
        str(target),
        "--metadata",
        str(database.parent / "metadata-es.json"),
        "--lang",
        "es",
        "--replace",
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Se escribió {target}: 19 cifras en 17 tablas.\n"
    meta = metadata_of(database, "metadata-es.json")
    assert meta["license"] == "CC BY 4.0"
    assert meta["license_url"] == "https://creativecommons.org/licenses/by/4.0/deed.es"
    assert meta["source"] == "La fuente de cada cifra, en la tabla sources"
    tables = meta["databases"]["es"]["tables"]
    assert tables["agencies"]["columns"]["country"] == "El país de la agencia: US o MX."
    page = datasette(target, "/es/fact_reports", "metadata-es.json")
    assert "La misma cifra como la publican otras fuentes, una fila por fuente" in page
    assert "La cifra exactamente como la publica esta fuente, en el idioma de la fuente." in page
    assert "Cifras en las que las fuentes no coinciden, con cada versión" in datasette(
        target, "/es", "metadata-es.json"
    )
    # The canned queries show the record's Spanish texts, under the same column names.
    found = datasette_rows(target, "/es/series.json?_shape=array&metric=arrests", "metadata-es.json")
    assert picked(found, "fact", "description", "unit_label") == [
        ("last-mile-arrests", "Detenciones hechas en la Operación Última Milla.", "personas"),
        ("etrace-arrests-2023", "Sospechosos que las autoridades de EE. UU. detuvieron en 2023 con información de eTrace y de otras vías.", "personas"),
        ("cross-border-arrests", "Personas detenidas gracias a la cooperación transfronteriza, dadas solo como un orden de magnitud.", "personas"),
    ]  # fmt: skip
    disputes = datasette_rows(target, "/es/disputes.json?_shape=array", "metadata-es.json")
    assert [json.loads(r["caveats"]) for r in disputes[:2]] == [
        [
            "La nota da 8,496 y la DEA 8,497: las fuentes difieren en un arma.",
            "La nota no dice dónde se aseguraron las armas; el anuncio de la DEA sitúa la operación en Estados Unidos.",
        ],
        [],
    ]


def test_the_built_in_record_exports_whole(run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARMSFACTS_DATA")
    builtin = json.loads((ROOT / "data" / "armsfacts.json").read_text(encoding="utf-8"))
    target = tmp_path / "armsfacts.db"
    export(run, "sqlite", str(target))
    assert rows(target, "SELECT count(*) AS n FROM facts") == [{"n": len(builtin["facts"])}]
    assert rows(target, "SELECT count(*) AS n FROM sources") == [{"n": len(builtin["sources"])}]
    # Shares with decimals, as the record gives them (issue 21 found 71.3 % stored in an INTEGER column).
    shares = rows(target, "SELECT id, value FROM facts WHERE id IN ('usat-2012-us-sourced-share-2011',"
                          " 'sinembargo-southbound-aumento', 'azstar-2013-share-of-us-sales') ORDER BY value")  # fmt: skip
    assert shares == [
        {"id": "azstar-2013-share-of-us-sales", "value": 2.2},
        {"id": "sinembargo-southbound-aumento", "value": 65.8},
        {"id": "usat-2012-us-sourced-share-2011", "value": 71.3},
    ]
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    page = tmp_path / "armsfacts.html"
    export(run, "html", str(page))
    html = page.read_text(encoding="utf-8")
    assert all(f'id="fact-{f["id"]}"' in html for f in builtin["facts"])


def test_refuses_to_overwrite_without_replace(run: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "armsfacts.db"
    target.write_bytes(b"mine")
    result = run("export", "sqlite", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target} exists; add --replace to overwrite it.\n"
    assert target.read_bytes() == b"mine"
    export(run, "sqlite", str(target), "--replace")
    assert rows(target, "SELECT count(*) AS n FROM facts") == [{"n": 19}]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["armsfacts.db"]


def test_a_failed_export_leaves_nothing_behind(run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "armsfacts.db"
    target.write_bytes(b"mine")

    def fail(ds: Any, path: Path) -> None:
        path.write_bytes(b"half a database")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_sqlite, "write", fail)  # the command imports the module where it runs
    result = run("export", "sqlite", str(target), "--replace")
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {target} (No space left on device).\n"
    assert target.read_bytes() == b"mine"
    assert [p.name for p in tmp_path.iterdir()] == ["armsfacts.db"]


def test_a_missing_folder_is_an_error(run: Invoke, tmp_path: Path) -> None:
    result = run("export", "html", str(tmp_path / "nowhere" / "page.html"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: no folder {tmp_path / 'nowhere'} to write page.html in.\n"


def test_a_users_own_data_exports_the_same_way(run: Invoke, tmp_path: Path) -> None:
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    mine = {"schema_version": 1, "facts": [copy.deepcopy(record["facts"][0])]}
    mine["facts"][0] |= {"id": "my-figure", "value": 612000, "as_printed": "612,000"}
    (tmp_path / "mine.json").write_text(json.dumps(mine), encoding="utf-8")
    database = tmp_path / "mine.db"
    result = run("--data", str(RECORD), "--data", str(tmp_path / "mine.json"), "export", "sqlite", str(database))
    assert result.exit_code == 0, result.output
    assert rows(database, "SELECT value FROM facts WHERE id = 'my-figure'") == [{"value": 612000}]
    assert rows(database, "SELECT count(*) AS n FROM facts") == [{"n": 20}]  # the record's 19, and mine


# ---------------------------------------------------------------------------
# HTML: what a browser makes of the page.

needs_chromium = pytest.mark.skipif(BINARY is None, reason="chromium is not installed (.ci/run installs it)")

HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE = {
    "description": HOSTILE_SCRIPT + " [red]markup[/red]",
    "as_printed": "\x1b[31mred\x1b[0m <b>bold</b>",
    "caveats": ["<img src=x onerror=\"document.title='pwned'\">", "\u202eright-to-left"],
}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if BINARY is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    opened = Browser(tmp_path_factory.mktemp("chromium"))
    yield opened
    opened.close()


def visible_ids(browser: Browser) -> list[str]:
    ids: list[str] = browser.evaluate(
        "Array.from(document.querySelectorAll('#figures tbody tr')).filter(r => !r.hidden).map(r => r.dataset.id)"
    )
    return ids


def choose(browser: Browser, select: str, value: str) -> list[str]:
    browser.evaluate(
        f"(() => {{ const s = document.getElementById({json.dumps(select)}); s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )
    return visible_ids(browser)


@needs_chromium
def test_the_page_in_chromium(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = tmp_path / "armsfacts.html"
    result = export(run, "html", str(page))
    assert result.stderr == f"Wrote {page}: 19 figures.\n"
    browser.open(page.as_uri())

    facts = as_json(run, "stats")
    assert visible_ids(browser) == [f["id"] for f in facts]
    for fact in facts:
        text = browser.evaluate(f"document.getElementById({json.dumps('fact-' + fact['id'])}).textContent")
        assert fact["as_printed"] in text
    # A figure is linked to its source's address; the article has none, so to its entry in the list.
    links = browser.evaluate(
        "Array.from(document.querySelectorAll('#fact-last-mile-fentanyl-pills a')).map(a => a.getAttribute('href'))"
    )
    assert links == [DEA_URL]
    assert browser.evaluate("document.querySelector('#fact-last-mile-arrests a').getAttribute('href')") == (
        f"#source-{ARTICLE}"
    )
    # The dispute shows both sides (README: 8,496 against 8,497 firearms).
    sides = browser.evaluate("document.querySelector('#fact-last-mile-firearms-seized .sides').innerText")
    assert sides == "Ken Salazar: 8,496 firearms (“8,496”)\nDEA: 8,497 firearms (“8,497”)"

    assert choose(browser, "f-metric", "arrests") == [
        "cross-border-arrests",
        "etrace-arrests-2023",
        "last-mile-arrests",
    ]
    assert browser.evaluate("document.getElementById('status').textContent") == "Showing 3 of 19 figures."
    choose(browser, "f-metric", "")
    # "more than 1,436" and 1,436 are compatible: only 8,496 against 8,497 is a dispute
    assert choose(browser, "f-agreement", "disputed") == ["last-mile-firearms-seized"]
    choose(browser, "f-agreement", "")
    assert choose(browser, "f-source", DEA) == LAST_MILE  # the DEA reports three of the article's figures again
    assert choose(browser, "f-initiative", "operation-southbound") == []  # Southbound's figures are the article's
    assert browser.evaluate("document.getElementById('empty').hidden") is False
    choose(browser, "f-source", "")
    assert choose(browser, "f-initiative", "operation-southbound") == [
        "southbound-investigations-change", "southbound-seized-change"
    ]  # fmt: skip
    choose(browser, "f-initiative", "")
    browser.evaluate("(() => { const q = document.getElementById('q'); q.value = 'Fentanyl  PILLS';"
                     " q.dispatchEvent(new Event('input', {bubbles: true})); })()")  # fmt: skip
    assert visible_ids(browser) == ["last-mile-fentanyl-pills"]
    browser.evaluate("document.getElementById('filters').reset()")
    browser.evaluate("new Promise(r => setTimeout(r, 50))")
    assert len(visible_ids(browser)) == 19

    # Sorting by the figure, from the keyboard: the smallest is +11 %, the largest 193 million doses.
    browser.evaluate("document.querySelector('#figures thead th button').focus()")
    browser.press_enter()
    assert visible_ids(browser)[0] == "southbound-seized-change"
    assert browser.evaluate("document.querySelector('#figures thead th').getAttribute('aria-sort')") == "ascending"
    browser.press_enter()
    assert visible_ids(browser)[0] == "last-mile-fentanyl-doses"

    # A chart only where figures of one quantity differ: Last Mile's 8,496 and the DEA's 8,497.
    # The nation's "more than 600,000" (no period) and "thousands" (no country) are other
    # quantities, alone in theirs, and arrests' three figures are three quantities: no chart.
    charts = browser.evaluate("Array.from(document.querySelectorAll('figure.chart')).map(f => f.id)")
    assert charts == ["chart-firearms_seized-firearms-US-operation-last-mile-count-span"]
    chart = "#" + charts[0]
    assert browser.evaluate(f"document.querySelector('{chart} h3').textContent") == (
        "Firearms seized — Operation Last Mile, scope not recorded, United States, over a span of dates: "
        "2 figures on one scale"
    )
    labels = browser.evaluate(f"Array.from(document.querySelectorAll('{chart} .label')).map(l => l.textContent)")
    assert labels == [  # the number first
        "8,496 firearms · Ken Salazar · 1 May 2022 – 1 May 2023",
        "8,497 firearms · DEA · 1 May 2022 – 1 May 2023",
    ]
    assert browser.evaluate(f"document.querySelectorAll('{chart} rect.value').length") == 2
    # no label is cut: each is as wide as its text, at the page's width and at a phone's
    fits = f"Array.from(document.querySelectorAll('{chart} .label')).every(l => l.scrollWidth <= l.clientWidth)"
    assert browser.evaluate(fits) is True
    browser.send("Emulation.setDeviceMetricsOverride", width=320, height=640, deviceScaleFactor=1, mobile=True)
    assert browser.evaluate(fits) is True
    browser.send("Emulation.clearDeviceMetricsOverride")

    assert browser.problems() == []
    assert browser.requests() == [page.as_uri()]
    browser.screenshot(tmp_path / "armsfacts.png")
    assert (tmp_path / "armsfacts.png").stat().st_size > 10_000

    # Printed: no filters, the whole table.
    browser.send("Emulation.setEmulatedMedia", media="print")
    assert browser.evaluate("getComputedStyle(document.getElementById('filters')).display") == "none"
    browser.send("Emulation.setEmulatedMedia", media="")


@needs_chromium
def test_hostile_strings_stay_text(run: Invoke, tmp_path: Path, raw_data: dict[str, Any], browser: Browser) -> None:
    data = copy.deepcopy(raw_data)
    data["facts"][0] |= HOSTILE
    data["sources"][0] |= {"url": "javascript:document.title='pwned'", "title": "<i>Salazar</i>"}
    (tmp_path / "hostile.json").write_text(json.dumps(data), encoding="utf-8")
    page = tmp_path / "hostile.html"
    refused = run("--data", str(tmp_path / "hostile.json"), "export", "html", str(page))
    assert refused.exit_code == 1 and "an address is an http or https URL" in refused.stderr  # never gets to a page
    data["sources"][0]["url"] = "https://example.org/?q='pwned'&x=1"
    (tmp_path / "hostile.json").write_text(json.dumps(data), encoding="utf-8")
    result = run("--data", str(tmp_path / "hostile.json"), "export", "html", str(page))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script>document" not in html and "<img" not in html and "<b>" not in html
    assert "\x1b" not in html and "\u202e" not in html
    assert 'href="javascript:' not in html

    browser.open(page.as_uri())
    assert browser.evaluate("document.title") != "pwned"
    row = browser.evaluate("document.getElementById('fact-us-firearms-seized').textContent")
    assert HOSTILE_SCRIPT + " [red]markup[/red]" in row
    assert "\\x1b[31mred\\x1b[0m <b>bold</b>" in row
    assert "\\u202eright-to-left" in row
    assert browser.evaluate("document.querySelector('#source-" + ARTICLE + " h3').textContent") == "<i>Salazar</i>"
    assert browser.evaluate("document.querySelectorAll('script').length") == 1
    assert browser.problems() == []
    assert browser.requests() == [page.as_uri()]


@needs_chromium
def test_the_page_in_spanish(run: Invoke, tmp_path: Path, browser: Browser) -> None:
    page = tmp_path / "armsfacts.html"
    export(run, "html", str(page), "--lang", "es")
    browser.open(page.as_uri())
    assert browser.evaluate("document.documentElement.lang") == "es"
    headers = browser.evaluate("Array.from(document.querySelectorAll('#figures thead th')).map(t => t.innerText)")
    assert headers[0].startswith("Cifra") and headers[2].startswith("Métrica") and headers[3].startswith("Periodo")
    row = browser.evaluate("document.getElementById('fact-last-mile-arrests').innerText")
    assert "3,337 personas" in row
    assert "1 de mayo de 2022 – 1 de mayo de 2023" in row
    assert "Operación Última Milla" in row
    # the page's own words too, not only the data's (a newcomer found them in English)
    assert (
        browser.evaluate("document.title")
        == "Tráfico de armas de EE. UU. a México: las cifras que dan los funcionarios"
    )
    assert browser.evaluate("document.getElementById('status').textContent") == "Se muestran 19 de 19 cifras."
    assert "printed" not in browser.evaluate("document.body.innerText")
    assert browser.problems() == []


# ---------------------------------------------------------------------------
# Help and packaging.


def test_help_lists_both_exports(run: Invoke) -> None:
    result = run("export", "--help")
    assert result.exit_code == 0
    assert "sqlite  A SQLite database of the record" in result.stdout
    assert "html    One self-contained HTML page of the record" in result.stdout


def test_the_export_commands_help_in_spanish(run: Invoke) -> None:
    # The catalog holds the help of the commands under `export` too, not only the top-level ones.
    result = run("--lang", "es", "export", "sqlite", "--help")
    assert result.exit_code == 0
    assert "Una base de datos SQLite del registro" in result.stdout
    assert "Idioma de los metadatos: en o es (español de México)." in result.stdout
    assert "Sobrescribe los archivos si existen." in result.stdout


def test_the_wheel_ships_the_templates(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300, env=os.environ | {"PIP_NO_INDEX": "1"},
    )  # fmt: skip
    names = zipfile.ZipFile(next(out.glob("*.whl"))).namelist()
    for name in ("page.html.j2", "page.css", "page.js"):
        assert f"armsfacts/templates/{name}" in names
