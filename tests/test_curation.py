"""Curating data: --data and ARMSFACTS_DATA, validate, verify, corroboration, cite."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from armsfacts import data as dataset_module
from armsfacts.models import Dataset

from .conftest import ROOT, Invoke

Raw = dict[str, Any]
DEA = "dea-last-mile-2023-05-05"
SALAZAR = "salazar-roundtable-2023-12-04"
# Other reports of the article's Last Mile figures (research drafts r1 and r3)
PUNTO_CRITICO = "puntocritico-salazar-2023-12"  # a Spanish report of the roundtable, ¶7
KTSM = "ktsm-dea-el-paso-last-mile-2023"  # the DEA El Paso Division's release, national totals
EUROPA_PRESS = "upday-dea-ultima-milla-2023"  # a Spanish wire story on the DEA's results
TIMING = "timingpolitico-salazar-2023-06"  # the ambassador's speech of June 2023, ¶6
RIVIERA_MAYA_NEWS = "https://riviera-maya-news.com/u-s-ambassador-to-mexico-says-both-sides-are-working-to-disrupt-illegal-firearms-trafficking/2023.html"


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def extra_fact(raw: Raw, **changes: Any) -> Raw:
    """A small file with one fact of its own, that refers to the built-in data."""
    fact = copy.deepcopy(raw["facts"][0]) | {"id": "my-own-figure", "as_printed": "12", "value": 12} | changes
    return {"schema_version": 1, "facts": [fact]}


# ---------------------------------------------------------------------------
# Your own data


def test_data_replaces_the_builtin(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    mine = write(tmp_path / "mine.json", raw_data | {"facts": raw_data["facts"][:2]})
    result = run("--data", str(mine), "stats", "--fields", "id")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["id", "us-firearms-seized", "bsca-people-charged"]


def test_builtin_plus_own_file_extends(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    mine = write(tmp_path / "mine.json", extra_fact(raw_data))
    result = run("--data", "builtin", "--data", str(mine), "stats", "--json")
    assert result.exit_code == 0
    ids = [f["id"] for f in json.loads(result.stdout)]
    assert len(ids) == len(raw_data["facts"]) + 1 and ids[-1] == "my-own-figure"
    alone = run("--data", str(mine), "stats")
    assert alone.exit_code == 1  # without the built-in data, its references dangle
    assert "no metric 'firearms_seized'" in alone.stderr


def test_environment_variable_and_folders(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    folder = tmp_path / "extra"
    folder.mkdir()
    write(folder / "b.json", extra_fact(raw_data, id="second-figure"))
    write(folder / "a.json", extra_fact(raw_data))
    (folder / "notes.txt").write_text("not data")
    env = {"ARMSFACTS_DATA": os.pathsep.join(["builtin", str(folder)])}
    result = run("stats", "--json", env=env)
    assert result.exit_code == 0
    assert [f["id"] for f in json.loads(result.stdout)][-2:] == ["my-own-figure", "second-figure"]  # name order
    # --data wins over the environment
    only_builtin = run("--data", "builtin", "stats", "--json", env=env)
    assert len(json.loads(only_builtin.stdout)) == len(raw_data["facts"])


def test_id_defined_twice_names_both_files(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", extra_fact(raw_data))
    two = write(tmp_path / "two.json", extra_fact(raw_data))
    result = run("--data", "builtin", "--data", str(one), "--data", str(two), "stats")
    assert result.exit_code == 1
    assert f"{two}: facts[0].id: fact id 'my-own-figure' is defined twice; first at {one} (facts[0])" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.json", None, "no such file or folder"),
        ("empty.json", b"", "the file is empty"),
        ("bytes.json", b'{"a": "\xff"}', "not UTF-8 text"),
        ("broken.json", b'{"facts": [', "invalid data"),
        ("list.json", b"[1, 2]", "invalid data"),
        ("nojson", "folder", "the folder holds no .json files"),
    ],
    ids=["missing", "empty", "not utf-8", "broken json", "not an object", "folder without json"],
)
def test_bad_data_files_are_short_clean_errors(
    run: Invoke, tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    for args in (["stats"], ["operation", "last-mile"], ["show", "last-mile-arrests"]):
        result = run("--data", str(path), *args)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.startswith(f"Error: {path}") and message in result.stderr
        assert result.stderr.rstrip().endswith(f"Run `armsfacts validate {path}` for every problem.")
        assert "Traceback" not in result.stderr


def test_huge_file_is_refused_without_reading_it(run: Invoke, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:  # sparse: takes no disk space
        fh.truncate(dataset_module.MAX_BYTES + 1)
    result = run("--data", str(huge), "stats")
    assert result.exit_code == 1
    assert "than the 64 MiB armsfacts reads" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(run: Invoke, tmp_path: Path, raw_data: Raw) -> None:
    path = write(tmp_path / "secret.json", raw_data)
    path.chmod(0)
    result = run("--data", str(path), "stats")
    assert result.exit_code == 1 and "cannot be read" in result.stderr


# ---------------------------------------------------------------------------
# validate


def test_builtin_data_is_clean(run: Invoke) -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "0 errors, 0 warnings.\n"
    assert json.loads(run("validate", "--json").stdout) == []


PLANTED: dict[str, tuple[Callable[[Raw], None], str, str]] = {
    # name: (change, JSON path reported, words of the message); each on a record of its own,
    # so that all of them can be planted at once
    "bad type": (lambda d: d["facts"][0].update(value="many"), "facts[0].value", "a number is needed here"),
    "lower bound with upper": (lambda d: d["facts"][1].update(high=700000), "facts[1]", "only for a range"),
    "range upside down": (lambda d: d["facts"][3].update(low=9999, high=2000, value=9999), "facts[3]", "above high"),
    "dangling agency": (lambda d: d["facts"][4].update(agencies=["NOPE"]), "facts[4].agencies[0]", "no agency 'NOPE'"),
    "dangling source": (lambda d: d["facts"][5].update(source="rumour"), "facts[5].source", "no source 'rumour'"),
    "no source": (lambda d: d["facts"][6].pop("source"), "facts[6].source", "a required field is missing"),
    "percent as a count": (lambda d: d["facts"][8].update(unit="people"), "facts[8].unit", "counted in percent"),
    "impossible fall": (lambda d: d["facts"][9].update(value=-150), "facts[9].value", "impossible"),
    "period backwards": (
        lambda d: d["facts"][10]["period"].update(start="2024-01-01"), "facts[10].period", "after it ends"),
    "duplicate id": (lambda d: d["facts"][11].update(id="etrace-arrests-2023"), "facts[11].id", "defined twice"),
    "missing field": (lambda d: d["facts"][12].pop("unit"), "facts[12].unit", "a required field is missing"),
    "misspelt field": (lambda d: d["facts"][13].update(valeu=3), "facts[13].valeu", "unknown field"),
    "dangling parent": (lambda d: d["agencies"][1].update(parent="XXX"), "agencies[1].parent", "no agency 'XXX'"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_validate_finds_each_planted_problem(run: Invoke, raw_data: Raw, tmp_path: Path, name: str) -> None:
    change, path, words = PLANTED[name]
    data = copy.deepcopy(raw_data)
    change(data)
    file = write(tmp_path / "planted.json", data)
    result = run("validate", str(file), "--json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    errors = [p for p in problems if p["severity"] == "error"]
    assert len(errors) == 1, errors
    assert errors[0]["file"] == str(file) and errors[0]["path"] == path and words in errors[0]["message"]
    # the line and column point into the file at that record
    lines = file.read_text(encoding="utf-8").splitlines()
    assert errors[0]["line"] is not None and 1 <= errors[0]["line"] <= len(lines)
    assert result.stderr.startswith("1 error")
    # and every other command refuses the file, briefly
    other = run("--data", str(file), "stats")
    assert other.exit_code == 1 and path.split(".")[0].split("[")[0] in other.stderr


def test_validate_reports_every_problem_at_once(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    data = copy.deepcopy(raw_data)
    for change, _, _ in PLANTED.values():
        change(data)
    file = write(tmp_path / "many.json", data)
    result = run("validate", str(file), "--json")
    assert result.exit_code == 1
    paths = {p["path"] for p in json.loads(result.stdout)}
    assert {path for _, path, _ in PLANTED.values()} <= paths


def test_validate_line_and_column_of_json_syntax(run: Invoke, tmp_path: Path) -> None:
    file = tmp_path / "syntax.json"
    file.write_text('{"schema_version": 1,\n  "facts": [\n    {"id": "x",}\n  ]}', encoding="utf-8")
    result = run("validate", str(file))
    assert result.exit_code == 1
    header, row = result.stdout.splitlines()
    assert header.split("\t") == ["File", "Line", "Column", "Severity", "Path", "Message"]
    assert row.split("\t")[:4] == [str(file), "3", "16", "error"]
    assert "not valid JSON" in row


def test_validate_refuses_nan_and_infinity(run: Invoke, tmp_path: Path, raw_data: Raw) -> None:
    file = tmp_path / "inf.json"
    file.write_text(json.dumps(raw_data | {"schema_version": float("inf")}), encoding="utf-8")
    result = run("validate", str(file), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["message"] == "not valid JSON: Infinity is not a number JSON allows"


def test_validate_line_of_a_record_problem(run: Invoke, tmp_path: Path, raw_data: Raw) -> None:
    data = copy.deepcopy(raw_data)
    data["facts"][1]["agencies"] = ["NOPE"]
    file = write(tmp_path / "x.json", data)
    (problem,) = json.loads(run("validate", str(file), "--json").stdout)
    line = file.read_text(encoding="utf-8").splitlines()[problem["line"] - 1]
    assert line[problem["column"] - 1 :].startswith('"NOPE"')


def test_unused_entities_are_warnings(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    data = copy.deepcopy(raw_data)
    data["agencies"].append(data["agencies"][0] | {"code": "LONELY", "parent": None})
    file = write(tmp_path / "warn.json", data)
    result = run("validate", str(file), "--json")
    assert result.exit_code == 0
    (warning,) = json.loads(result.stdout)
    assert warning["severity"] == "warning" and "'LONELY' is referred to by nothing" in warning["message"]


def test_validate_several_files_and_the_data_in_use(run: Invoke, raw_data: Raw, tmp_path: Path) -> None:
    mine = write(tmp_path / "mine.json", extra_fact(raw_data, agencies=["NOPE"]))
    result = run("--data", "builtin", "--data", str(mine), "validate", "--json")
    assert result.exit_code == 1
    (problem,) = json.loads(result.stdout)
    assert problem["file"] == str(mine) and problem["path"] == "facts[0].agencies[0]"


# ---------------------------------------------------------------------------
# verify


ARTICLE = """Headline

In 2023 there were 1,436 investigations, more than 3 337 arrests.

Unrelated words.

Officials said “8,496” firearms were seized.
"""


@pytest.fixture
def small_source(raw_data: Raw, tmp_path: Path) -> list[str]:
    """A dataset with one source of three figures, recorded in paragraphs 2, 2 and 4."""
    data = copy.deepcopy(raw_data)
    data["facts"] = [
        f | {"also_reported_by": []}
        for f in data["facts"]
        if f["id"].startswith("last-mile-") and f["source"] == SALAZAR
    ]
    data["facts"][0] |= {"as_printed": "1,436", "bound": "exact", "paragraph": 2}
    data["facts"][1] |= {"as_printed": "more than 3,337", "bound": "at_least", "paragraph": 2}
    data["facts"][2] |= {"as_printed": "8,496", "paragraph": 4}
    return ["--data", str(write(tmp_path / "small.json", data))]


def test_verify_passes_on_a_correct_text(run: Invoke, small_source: list[str], tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    result = run(*small_source, "verify", SALAZAR, "--text", str(text), "--json")
    assert result.exit_code == 0, result.stdout
    checks = json.loads(result.stdout)
    assert [c["status"] for c in checks] == ["found", "found", "found"]
    assert checks[1]["found_in"] == [2]  # "3 337" with a space is the same figure
    assert result.stderr == "3 of 3 figures found in the text.\n"


def test_verify_fails_naming_the_changed_figure(run: Invoke, small_source: list[str], tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE.replace("8,496", "8,497"), encoding="utf-8")
    result = run(*small_source, "verify", SALAZAR, "--text", str(text))
    assert result.exit_code == 1
    failed = [line.split("\t") for line in result.stdout.splitlines()[1:] if not line.endswith("found")]
    assert failed == [["last-mile-firearms-seized", "8,496", "4", "—", "missing"]]
    assert result.stderr == "2 of 3 figures found in the text.\n"


def test_verify_figure_far_from_its_paragraph(run: Invoke, small_source: list[str], tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    moved = ARTICLE.replace("Officials said “8,496” firearms were seized.", "Nothing here.")
    text.write_text("8,496\n\n" + moved + "\n\nOne.\n\nTwo.\n\nThree.\n", encoding="utf-8")
    result = run(*small_source, "verify", SALAZAR, "--text", str(text), "--json")
    assert result.exit_code == 1
    last = json.loads(result.stdout)[2]
    assert (last["status"], last["found_in"]) == ("elsewhere", [1])


def test_verify_reads_the_text_from_stdin() -> None:
    """A real pipe: the retyped notes put 8,496 where the DEA's record says 8,497 (written from the fixture)."""
    text = (ROOT / "tests" / "fixtures" / "dea-figures-retyped.md").read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "armsfacts", "verify", DEA, "--text", "-", "--json"],
        input=text, capture_output=True, timeout=60, env=os.environ | {"LANG": "C.UTF-8", "ARMSFACTS_LANG": "en"},
    )  # fmt: skip
    assert result.returncode == 1  # one figure is not in the text
    checks = {c["fact"]: c["status"] for c in json.loads(result.stdout)}
    assert checks["last-mile-firearms-seized"] == "missing"  # 8,497 is not in the retyped notes
    assert checks["last-mile-arrests"] == "found" and checks["last-mile-fentanyl-pills"] == "found"
    assert result.stderr.decode().strip() == "8 of 9 figures found in the text."


def test_verify_unknown_source(run: Invoke) -> None:
    missing = run("verify", "nope", "--text", "-")
    assert missing.exit_code == 3 and "no source 'nope'" in missing.stderr


# ---------------------------------------------------------------------------
# corroboration


def test_dea_corroborates_and_disputes(ds: Dataset) -> None:
    assert ds.fact_by_id["last-mile-arrests"].agreement == "corroborated"
    firearms = ds.fact_by_id["last-mile-firearms-seized"]
    assert firearms.agreement == "disputed"
    assert [(r.source, r.value, r.bound) for r in firearms.also_reported_by] == [
        (DEA, 8497, "exact"),
        (PUNTO_CRITICO, 8496, "exact"),  # "8,496 armas de fuego"
        (KTSM, 8497, "exact"),  # "8,497 firearms"
        (EUROPA_PRESS, 8500, "exact"),  # "8.500 armas de fuego", a rounding printed without a qualifier
        (TIMING, 8500, "nearly"),  # "casi 8500"
    ]
    investigations = ds.fact_by_id["last-mile-investigations"]
    assert investigations.agreement == "corroborated"  # 'more than 1,436' loosely said of an exact count of 1,436
    assert [(r.source, r.value, r.bound) for r in investigations.also_reported_by] == [
        (DEA, 1436, "exact"),
        (PUNTO_CRITICO, 1436, "more_than"),  # "más de 1,436"
        (EUROPA_PRESS, 1436, "exact"),  # "en 1.436 investigaciones"
    ]
    op = ds.initiative_by_id["operation-last-mile"]
    assert op.lead_agency == "DEA"


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown"])
def test_disputed_marker_in_people_formats(run: Invoke, fmt: str) -> None:
    wide = ["--wide"] if fmt == "table" else []  # a terminal table has room for the full marker only when wide
    out = run("stats", "--operation", "last-mile", "--format", fmt, *wide).stdout
    assert "DISPUTED: DEA says 8,497 firearms" in out
    assert "DEA says 1,436 investigations" not in out  # compatible with 'more than 1,436'
    assert "corroborated by DEA" in out


@pytest.mark.parametrize("fmt", ["json", "ndjson"])
def test_disputed_field_in_json(run: Invoke, fmt: str) -> None:
    out = run("stats", "--disputed", "--operation", "last-mile", "--format", fmt).stdout
    records = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    # only the firearms: the DEA's "nearly 193 million" doses, printed "193 millones de dosis" by Timing
    # Político (¶6), and "more than 1,436" against 1,436 investigations are compatible printings
    assert [r["id"] for r in records] == ["last-mile-firearms-seized"]
    assert all(r["agreement"] == "disputed" for r in records)
    assert records[0]["value"] == 8496 and records[0]["also_reported_by"][0]["value"] == 8497
    # the reason: who is on each side (8,500 and "nearly 8,500" fit both, so they stand with the first)
    assert records[0]["agreement_reason"]["sides"] == [[SALAZAR, PUNTO_CRITICO, EUROPA_PRESS, TIMING], [DEA, KTSM]]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_disputed_column_in_csv(run: Invoke, fmt: str) -> None:
    out = run("stats", "--operation", "last-mile", "--format", fmt).stdout
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out), dialect="excel" if fmt == "csv" else "excel-tab")}
    assert rows["last-mile-firearms-seized"]["agreement"] == "disputed"
    # each other source with the figure as it printed it, in the record's order
    assert rows["last-mile-firearms-seized"]["also_reported_by"] == " | ".join([
        f"{DEA}: 8,497",
        f"{PUNTO_CRITICO}: 8,496",
        f"{KTSM}: 8,497 firearms",
        f"{EUROPA_PRESS}: 8.500 armas de fuego",
        f"{TIMING}: casi 8500",
    ])  # fmt: skip
    assert rows["last-mile-arrests"]["agreement"] == "corroborated"
    assert rows["last-mile-fentanyl-pills"]["agreement"] == "single_source"


def test_show_and_operation_give_both_values(run: Invoke) -> None:
    show = run("show", "last-mile-firearms-seized").stdout
    fields = dict(line.split("\t", 1) for line in show.splitlines())
    assert fields["Agreement"] == "disputed"
    assert fields["Said by"] == "Ken Salazar"
    # a news report is named by its outlet, an official announcement by its speaker's agency
    assert f"Riviera Maya News ({SALAZAR}, ¶16): 8,496 firearms" in fields["Reported by"]
    assert f"DEA ({DEA}, ¶5): 8,497 firearms" in fields["Reported by"]
    operation = run("operation", "last-mile", "-f", "table", "--wide").stdout
    assert "8,496 firearms" in operation and "DEA says 8,497 firearms" in operation
    # a narrow table counts the sources instead: the article, the DEA, Punto Crítico, KTSM, Europa Press, Timing
    narrow = run("operation", "last-mile", "-f", "table").stdout
    assert "8,496 firearms" in narrow and "DISPUTED (6 sources)" in narrow
    assert "DEA" in dict(line.split("\t", 1) for line in run("operation", "last-mile").stdout.splitlines()
                         if "\t" in line)["Lead agency"]  # fmt: skip


def test_corroborated_filter(run: Invoke) -> None:
    result = run("stats", "--corroborated", "--operation", "last-mile", "--json")
    # 3,337 as the DEA, Punto Crítico and Europa Press give it; "more than $100 million" as KTSM repeats it;
    # "more than 1,436" and 1,436 investigations; the DEA's "nearly 193 million" doses and Timing's 193 million
    assert [f["id"] for f in json.loads(result.stdout)] == [
        "last-mile-investigations", "last-mile-arrests", "last-mile-cash-and-assets", "last-mile-fentanyl-doses",
    ]  # fmt: skip


# ---------------------------------------------------------------------------
# cite


def test_cite_plain_names_every_source(run: Invoke) -> None:
    result = run("cite", "last-mile-firearms-seized")
    assert result.exit_code == 0
    out = result.stdout
    assert "Ken Salazar, U.S. Ambassador to Mexico" in out and "Gives “8,496” (paragraph 16)" in out
    assert "Anne Milgram, Administrator of the Drug Enforcement Administration" in out
    assert "https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile" in out
    assert f"Riviera Maya News. 4 December 2023. {RIVIERA_MAYA_NEWS}. Gives “8,496” (paragraph 16)" in out
    # a source's unknowns are said: Punto Crítico's page shows no date
    assert (
        "Punto Crítico (puntocritico.mx). Date unknown. https://puntocritico.mx/?p=94321. Gives “8,496” (paragraph 7)"
        in out
    )
    assert "disagree" in out


def test_cite_single_source_markdown(run: Invoke) -> None:
    out = run("cite", "southbound-seized-change", "--style", "markdown").stdout  # only the article gives it
    assert out.count("\n- ") == 1 and "Gives “11 percent” (paragraph 14)" in out


def test_cite_bibtex_parses(run: Invoke) -> None:
    out = run("cite", "last-mile-cash-and-assets", "--style", "bibtex").stdout
    library = bibtexparser.loads(out)
    entry, ktsm = library.entries  # the DEA, and Border Report (KTSM), which repeats the national total
    assert entry["ID"] == DEA and entry["ENTRYTYPE"] == "misc"
    assert entry["year"] == "2023" and "\\$100 million" in entry["note"]
    assert ktsm["ID"] == KTSM and ktsm["year"] == "2023" and "\\$100 million" in ktsm["note"]
    four = bibtexparser.loads(run("cite", "last-mile-arrests", "--style", "bibtex").stdout)
    assert [e["ID"] for e in four.entries] == [SALAZAR, DEA, PUNTO_CRITICO, EUROPA_PRESS]
    # a news report quoting the ambassador was not written by him, and names no author
    assert "author" not in four.entries[0]
    assert four.entries[1]["author"] == "{Anne Milgram}"  # the DEA's announcement, issued in her name


def test_cite_csl_json_is_valid(run: Invoke) -> None:
    items = json.loads(run("cite", "last-mile-investigations", "--style", "csl-json").stdout)
    assert [i["id"] for i in items] == [SALAZAR, DEA, PUNTO_CRITICO, EUROPA_PRESS]
    # CSL-JSON's variables: a news report is article-newspaper, a press release a webpage; the
    # outlet is the container-title; a name that is not to be split is given as a "literal".
    # Each item as the record (and the README's source table and JSON example) gives it:
    assert items[0] == {
        "id": SALAZAR,
        "type": "article-newspaper",
        "title": "U.S. Ambassador to Mexico says both sides are working to disrupt illegal firearms trafficking",
        "issued": {"date-parts": [[2023, 12, 4]]},
        "container-title": "Riviera Maya News",
        "URL": RIVIERA_MAYA_NEWS,
        "note": "Reports more than 1,436, paragraph 16 (armsfacts fact last-mile-investigations)",
    }  # no author: the page names none, and the ambassador it quotes did not write it
    assert items[1] == {
        "id": DEA,
        "type": "webpage",
        "title": "DEA Operation Last Mile Tracks Down Sinaloa and Jalisco Cartel Associates Operating within the United States",
        "author": [{"literal": "Anne Milgram"}],  # the announcement is issued in the DEA Administrator's name
        "issued": {"date-parts": [[2023, 5, 5]]},
        "container-title": "U.S. Attorney's Office for the Northern District of Ohio",
        "URL": "https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile-tracks-down-sinaloa-and-jalisco-cartel-associates-operating",
        "note": "Reports 1,436, paragraph 5 (armsfacts fact last-mile-investigations)",
    }
    # neither Spanish page shows a date, so no date is made up; each note quotes the page's own printing
    assert "issued" not in items[2] and "issued" not in items[3]
    assert items[2]["container-title"] == "Punto Crítico (puntocritico.mx)" and "author" not in items[2]
    assert items[2]["note"] == "Reports más de 1,436, paragraph 7 (armsfacts fact last-mile-investigations)"
    assert items[3]["container-title"] == "upday (Europa Press)"
    assert items[3]["note"] == "Reports 1.436 investigaciones, paragraph 5 (armsfacts fact last-mile-investigations)"


def test_cite_unknown_fact(run: Invoke) -> None:
    result = run("cite", "last-mile-arest")
    assert result.exit_code == 3 and "last-mile-arrests" in result.stderr
