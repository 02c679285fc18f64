"""`armsfacts export sqlite` and `export html`, each tested with the real thing: sqlite3 and
Datasette for the database, headless Chromium for the page."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from armsfacts.commands import export as export_command

from .chromium import BINARY, Browser
from .conftest import ENGLISH, LAST_MILE, ROOT, Invoke

# The export tests read a frozen record: the article's 13 figures and the DEA's 6, as they
# stood before the record grew, so that their expectations (written from those two sources)
# hold however the built-in record grows. One test exports the built-in record itself.
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


@pytest.fixture(autouse=True)
def frozen_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARMSFACTS_DATA", str(RECORD))


DEA = "dea-operation-last-mile-2023-05-05"
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
    assert result.stderr == f"Wrote {folder / 'armsfacts.db'}: 19 figures in 16 tables.\n"
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
            if isinstance(value, dict) or (value is None and f"{field}_by" in row) or field == "period":
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
    assert rows(database, "SELECT typeof(value) AS t FROM facts WHERE id = 'last-mile-arrests'") == [{"t": "integer"}]


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


def test_metadata_describes_every_table_and_column(database: Path) -> None:
    meta = json.loads((database.parent / "metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] == "armsfacts"
    assert meta["license"] == "MIT"
    assert "DEA Operation Last Mile Tracks Down Sinaloa and Jalisco Cartel Associates" in meta["source"]
    tables = meta["databases"]["armsfacts"]["tables"]
    with sqlite3.connect(database) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for name in (n for n in names if "_fts" not in n):
            assert tables[name]["description"], name
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            assert sorted(tables[name]["columns"]) == sorted(columns), name
            assert all(tables[name]["columns"].values()), name
    assert "unit" in tables["facts"]["columns"]["value"] and "firearms" in tables["facts"]["columns"]["value"]


def datasette(database: Path, path: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "datasette", str(database), "-m", str(database.parent / "metadata.json"), "--get", path],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_datasette_serves_the_figures(database: Path) -> None:
    found = json.loads(datasette(database, "/armsfacts/facts.json?_shape=array&id=last-mile-arrests"))
    assert [(f["id"], f["value"], f["as_printed"]) for f in found] == [("last-mile-arrests", 3337, "3,337")]
    searched = json.loads(datasette(database, "/armsfacts/facts.json?_shape=array&_search=fentanilo"))
    assert len(searched) == 3
    page = datasette(database, "/armsfacts/facts")
    assert "One row per figure, exactly as one source gives it" in page
    assert "more than 1,436" in page


def test_the_built_in_record_exports_whole(run: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARMSFACTS_DATA")
    builtin = json.loads((ROOT / "data" / "armsfacts.json").read_text(encoding="utf-8"))
    target = tmp_path / "armsfacts.db"
    export(run, "sqlite", str(target))
    assert rows(target, "SELECT count(*) AS n FROM facts") == [{"n": len(builtin["facts"])}]
    assert rows(target, "SELECT count(*) AS n FROM sources") == [{"n": len(builtin["sources"])}]
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

    monkeypatch.setattr(export_command.export_sqlite, "write", fail)
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
    assert choose(browser, "f-agreement", "disputed") == ["last-mile-investigations", "last-mile-firearms-seized"]
    choose(browser, "f-agreement", "")
    assert choose(browser, "f-source", DEA) == LAST_MILE  # the DEA reports three of the article's figures again
    assert choose(browser, "f-initiative", "operation-southbound") == []  # Southbound's figures are the article's
    assert browser.evaluate("document.getElementById('empty').hidden") is False
    choose(browser, "f-source", "")
    assert choose(browser, "f-initiative", "operation-southbound") == [
        "southbound-investigations-change", "southbound-firearms-seized-change"
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
    assert visible_ids(browser)[0] == "southbound-firearms-seized-change"
    assert browser.evaluate("document.querySelector('#figures thead th').getAttribute('aria-sort')") == "ascending"
    browser.press_enter()
    assert visible_ids(browser)[0] == "last-mile-fentanyl-doses"

    # A chart where several figures measure one thing: firearms seized has three figures and the DEA's 8,497.
    charts = browser.evaluate("Array.from(document.querySelectorAll('figure.chart')).map(f => f.id)")
    assert charts == ["chart-firearms_seized", "chart-arrests", "chart-investigations"]
    bars = browser.evaluate("document.querySelectorAll('#chart-firearms_seized rect.value').length")
    assert bars == 4

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


def test_the_wheel_ships_the_templates(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300, env=os.environ | {"PIP_NO_INDEX": "1"},
    )  # fmt: skip
    names = zipfile.ZipFile(next(out.glob("*.whl"))).namelist()
    for name in ("page.html.j2", "page.css", "page.js"):
        assert f"armsfacts/templates/{name}" in names
