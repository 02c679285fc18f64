"""Hostile data, terminals and environments (issue 10): no traceback, no hang, no raw control
code, no silent coercion. Each case failed before the fix; the process-level ones run as real
subprocesses."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from . import markdown_html
from .conftest import ROOT, Invoke

Raw = dict[str, Any]
ARMSFACTS = [sys.executable, "-m", "armsfacts"]
RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


def record() -> Raw:
    data: Raw = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def write(path: Path, data: Raw | str) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def proc(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if k not in ("ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")}
    return subprocess.run(
        [*ARMSFACTS, *args], capture_output=True, timeout=60, env=base | {"LANG": "C.UTF-8"} | (env or {}), **kwargs
    )


# ---------------------------------------------------------------------------
# Data is text: never markup, never terminal commands.


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown"])
@pytest.mark.parametrize(
    "printed",
    ["[/]463", "Alleged [sic] figure", "[link=https://evil.example]click[/link]", "[red]unclosed", "[bold]x[/bold]"],
)
def test_markup_in_data_prints_literally(run: Invoke, tmp_path: Path, fmt: str, printed: str) -> None:
    data = record()
    data["facts"][0]["as_printed"] = printed
    data["facts"][0]["caveats"] = [printed]
    path = write(tmp_path / "d.json", data)
    result = run("--data", str(path), "show", data["facts"][0]["id"], "-f", fmt, "--no-color", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert printed in (markdown_html.text(result.stdout) if fmt == "markdown" else result.stdout)  # as rendered
    assert "\x1b]8;" not in result.stdout  # no hidden hyperlink


@pytest.mark.parametrize("fmt", ["table", "plain", "markdown", "csv", "tsv", "json", "ndjson"])
def test_control_codes_in_data_are_shown_escaped(run: Invoke, tmp_path: Path, fmt: str) -> None:
    data = record()
    data["facts"][0]["description"] = "clear\x1b[2J title\x1b]0;pwned\x07 bell\x07 c1\x9b rtl\u202eevil"
    path = write(tmp_path / "d.json", data)
    result = run("--data", str(path), "stats", "-f", fmt, "--no-color", "--fields", "id,description")
    assert result.exit_code == 0, result.output
    raw = {"\x1b", "\x07", "\x9b", "\u202e"}
    assert not raw & set(result.stdout)
    if fmt in ("json", "ndjson"):  # the same data, as JSON escapes
        first = json.loads(result.stdout)[0] if fmt == "json" else json.loads(result.stdout.splitlines()[0])
        assert first["description"] == data["facts"][0]["description"]
    else:  # markdown escapes the backslash (and the bracket) itself, so that it renders as typed
        shown = markdown_html.text(result.stdout) if fmt == "markdown" else result.stdout
        assert "clear\\x1b[2J" in shown and "rtl\\u202eevil" in shown


def test_validate_warns_about_control_characters(run: Invoke, tmp_path: Path) -> None:
    data = record()
    data["facts"][2]["caveats"] = ["ok", "bad\x1b[2J"]
    path = write(tmp_path / "d.json", data)
    result = run("validate", str(path), "--json")
    problems = json.loads(result.stdout)
    assert result.exit_code == 0  # a warning, not an error
    assert [(p["severity"], p["path"]) for p in problems] == [("warning", "facts[2].caveats[1]")]
    assert "'\\x1b'" in problems[0]["message"]


def test_an_error_that_quotes_user_input_escapes_it(run: Invoke) -> None:
    result = run("show", "x\x1b[2J")
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "'x\\x1b[2J'" in result.stderr


# ---------------------------------------------------------------------------
# Files are untrusted.


@pytest.mark.parametrize("args", [["--data", "/dev/zero", "stats"], ["validate", "/dev/zero"]])
def test_special_files_are_refused_quickly(args: list[str]) -> None:
    result = proc(*args)  # the timeout (60 s) would fail a read without end
    assert result.returncode == 1
    assert b"not a regular file" in result.stdout + result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["stats"], ["validate"]])
def test_deep_nesting_is_a_clean_error(run: Invoke, tmp_path: Path, command: list[str]) -> None:
    path = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    result = run("--data", str(path), *command)
    assert result.exit_code == 1
    assert "nested too deeply" in result.output


@pytest.mark.parametrize(
    ("text", "where", "key"),
    [
        ('{"schema_version": 1,\n "facts": [],\n "facts": []}', "line 3, column 2", "facts"),
        (
            '{"schema_version": 1, "facts": [\n {"id": "a", "value": 3337, "value": 9999}]}',
            "line 2, column 29",
            "value",
        ),
    ],
)
def test_a_duplicate_key_is_an_error_with_its_place(
    run: Invoke, tmp_path: Path, text: str, where: str, key: str
) -> None:
    path = write(tmp_path / "dup.json", text)
    result = run("--data", str(path), "stats")
    assert result.exit_code == 1
    assert f"{where}: " in result.stderr and f"the key '{key}' is given twice" in result.stderr
    line, column = int(where.split()[1].rstrip(",")), int(where.split()[3])
    listed = json.loads(run("validate", str(path), "--json").stdout)
    assert [(p["line"], p["column"], p["severity"]) for p in listed] == [(line, column, "error")]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (lambda d: d["facts"][0].update(value="3337"), "facts[0].value", "a number is needed here"),
        (lambda d: d["facts"][0].update(value=True), "facts[0].value", "a number is needed here"),
        (lambda d: d["facts"][0].update(paragraph="16"), "facts[0].paragraph", "a whole number is needed here"),
        (lambda d: d["facts"][5].update(value=-3), "facts[5].value", "cannot be negative"),
        (lambda d: d["facts"][6]["period"].update(year=99999), "facts[6].period.year", "must be at most 2100"),
        (lambda d: d["facts"][10]["period"].update(start="0999-01-01"), "facts[10].period.start", "between 1900"),
        (lambda d: d["agencies"][7].update(parent="AIC"), "agencies[7].parent", "part of itself"),
    ],
)
def test_wrong_data_is_refused_not_converted(run: Invoke, tmp_path: Path, change: Any, path: str, words: str) -> None:
    data = record()
    change(data)
    file = write(tmp_path / "bad.json", data)
    problems = json.loads(run("validate", str(file), "--json").stdout)
    errors = [(p["path"], p["message"]) for p in problems if p["severity"] == "error"]
    assert any(p == path and words in m for p, m in errors), errors
    loaded = run("--data", str(file), "stats", "--sort", "period")
    assert loaded.exit_code == 1 and "Traceback" not in loaded.output


@pytest.mark.parametrize(
    ("value", "words"),
    [("NaN", "NaN is not a number JSON allows"), ("9" * 5000, "a number of 5000 digits is not a figure")],
)
def test_odd_numbers_are_told_once_in_the_users_terms(run: Invoke, tmp_path: Path, value: str, words: str) -> None:
    path = write(tmp_path / "odd.json", '{"schema_version": 1,\n "facts": [{"value": ' + value + "}]}")
    problems = json.loads(run("validate", str(path), "--json").stdout)
    assert [(p["line"], p["column"], p["message"]) for p in problems] == [(2, 22, f"not valid JSON: {words}")]
    assert "set_int_max_str_digits" not in json.dumps(problems)


# ---------------------------------------------------------------------------
# Output and signals, as real processes.


@pytest.mark.parametrize("args", [["stats"], ["--version"], ["show", "last-mile-arrests"]])
def test_closed_stdout_is_one_line_and_exit_1(args: list[str]) -> None:
    result = subprocess.run(
        " ".join([*ARMSFACTS, *args]) + " >&-", shell=True, capture_output=True, timeout=60
    )  # the shell closes descriptor 1
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["Error: standard output is closed."]


@pytest.mark.parametrize("args", [["stats"], ["--help"], ["schema"]])
def test_full_disk_is_one_line_and_exit_1(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([*ARMSFACTS, *args], stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == ["Error: cannot write the output (No space left on device)."]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--help"], 0),
        (["--lang", "es", "--help"], 0),
        (["stats", "--bogus"], 2),
        (["show", "nope"], 3),
        (["cite", "last-mile-arrests"], 0),
        (["--lang", "es", "stats", "--metric", "arrests"], 0),
    ],
)
def test_an_ascii_terminal_gets_only_ascii(args: list[str], code: int) -> None:
    result = proc(*args, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == code
    result.stdout.decode("ascii")  # raises on any byte the terminal cannot show
    result.stderr.decode("ascii")
    assert b"Traceback" not in result.stderr


# ---------------------------------------------------------------------------
# Arguments.


def test_an_empty_data_path_is_a_usage_error(run: Invoke) -> None:
    result = run("--data", "", "stats")
    assert result.exit_code == 2 and "an empty path names no data" in result.stderr
    assert run("stats", env={"ARMSFACTS_DATA": ""}).exit_code == 0  # empty variable: the built-in record


@pytest.mark.parametrize("spelling", [["--format", "JSON"], ["--format=JSON"], ["-fJSON"], ["-f", "json"], ["--json"]])
def test_json_errors_however_the_option_is_spelt(run: Invoke, spelling: list[str]) -> None:
    result = run("show", "nope", *spelling)
    assert result.exit_code == 3
    assert json.loads(result.stderr)["error"]["code"] == "not_found"


def test_an_exact_id_wins_over_another_records_label(run: Invoke, tmp_path: Path) -> None:
    mine = {
        "schema_version": 1,
        "metrics": [{"id": "detenciones", "label": "my detentions", "description": "Mine.", "kind": "count"}],
        "facts": [copy.deepcopy(record()["facts"][2]) | {"id": "my-fact", "metric": "detenciones"}],
    }
    path = write(tmp_path / "mine.json", mine)
    result = run("--data", str(RECORD), "--data", str(path), "stats", "--metric", "detenciones", "--json")
    assert [f["id"] for f in json.loads(result.stdout)] == ["my-fact"]  # not the built-in arrests ("detenciones")


def test_optional_arguments_look_optional_and_lang_goes_anywhere(run: Invoke) -> None:
    assert "source [OPTIONS] [ID]" in run("source", "--help").stdout
    spanish = run("stats", "--metric", "arrests", "--lang", "es")
    assert spanish.exit_code == 0 and spanish.stdout.startswith("ID\tMétrica\tCifra")


# ---------------------------------------------------------------------------
# verify and cite.


def test_verify_reads_a_year_and_a_count_as_two_numbers(run: Invoke, tmp_path: Path) -> None:
    text = write(tmp_path / "a.txt", "Headline\n\nIn 2023 655 investigations were opened and 463 arrests made.\n")
    data = record()
    data["facts"] = [f for f in data["facts"] if f["id"] == "etrace-investigations-2023"]
    data["facts"][0]["paragraph"] = 2
    path = write(tmp_path / "d.json", data)
    result = run("--data", str(path), "verify", "salazar-roundtable-2023-12-04", "--text", str(text), "--json")
    assert [(c["fact"], c["status"]) for c in json.loads(result.stdout)] == [("etrace-investigations-2023", "found")]


def test_bibtex_of_a_hostile_title_parses_back(run: Invoke, tmp_path: Path) -> None:
    data = record()
    title = "A {brace} 100% of R&D $5 #1 under_score back\\slash ~tilde ^caret"
    data["sources"][1]["title"] = title  # the DEA's announcement, issued in its Administrator's name
    path = write(tmp_path / "d.json", data)
    result = run("--data", str(path), "cite", "last-mile-arrests", "--style", "bibtex")
    assert result.exit_code == 0
    entries = {e["ID"]: e for e in bibtexparser.loads(result.stdout).entries}
    article = entries["dea-last-mile-2023-05-05"]
    assert article["author"] == "{Anne Milgram}" and article["year"] == "2023"  # not swallowed by the title
    assert article["title"] == (
        r"A \{brace\} 100\% of R\&D \$5 \#1 under\_score back\textbackslash{}slash "
        r"\textasciitilde{}tilde \textasciicircum{}caret"
    )


# ---------------------------------------------------------------------------
# The default table at the widths people use.


def test_at_80_columns_a_table_shows_what_each_figure_counts_and_wide_adds_the_id(run: Invoke) -> None:
    result = run("stats", "--metric", "arrests", "-f", "table", env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if "Figure" in line)
    assert header.split() == ["Metric", "Figure", "Period", "Source"]  # the rest with --wide
    assert "Operation Last Mile" in lines  # a section's heading, on a line of its own
    assert any(line.split()[:3] == ["arrests", "3,337", "people"] for line in lines)
    wide = run("stats", "--metric", "arrests", "-f", "table", "--wide", env={"COLUMNS": "200"})
    wide_lines = wide.stdout.splitlines()
    assert next(line for line in wide_lines if "Figure" in line).split()[:4] == ["ID", "Metric", "Figure", "Period"]
    assert any(line.split()[:4] == ["last-mile-arrests", "arrests", "3,337", "people"] for line in wide_lines)


def test_ids_of_32_characters_fit_a_wide_table_at_120_columns_that_cuts_no_word(run: Invoke) -> None:
    # The ids were up to 58 characters, and a wide list fell back to blocks; at most 32, a table fits.
    result = run("stats", "--source", "dea-last-mile-2023-05-05", "-f", "table", "--wide", env={"COLUMNS": "120"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 120
    assert lines[1].split()[:3] == ["ID", "Metric", "Figure"]  # under the section's heading
    assert any(line.split()[:1] == ["last-mile-social-media"] for line in lines)  # the whole id, on its row
    assert not re.search(r"\binvestigat\b|\bions\b", result.stdout)  # no word cut in two


def test_a_vague_figure_keeps_its_words_whole_with_its_reading_on_the_line_under_it(run: Invoke) -> None:
    result = run("stats", "-f", "table", env={"COLUMNS": "120"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 120
    first = next(i for i, line in enumerate(lines) if "thousands of firearms" in line)
    figure = lines[first].index("thousands of firearms")
    header = next(line for line in reversed(lines[:first]) if line.split()[:2] == ["Metric", "Figure"])
    assert header.index("Figure") == figure  # under its header
    assert lines[first][figure:].split()[:5] == ["thousands", "of", "firearms", "not", "given"]
    assert lines[first + 1][figure:].rstrip() == "(2,000 to 9,999, as the project reads it)"
    assert not lines[first + 1][:figure].strip()  # the line under holds the reading alone


def test_wide_characters_keep_a_table_s_columns_in_line(run: Invoke, tmp_path: Path) -> None:
    from rich.cells import cell_len

    data = record()
    unit = data["facts"][0]["unit"]
    next(u for u in data["units"] if u["id"] == unit)["label"] = "全角の記録"  # five characters, ten terminal cells
    path = write(tmp_path / "d.json", data)
    only = ["--source", data["facts"][0]["source"], "--metric", data["facts"][0]["metric"]]
    result = run("--data", str(path), "stats", *only, "-f", "table", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.split()[:1] == ["Metric"])
    row = next(line for line in lines if "全角の記録" in line)
    after = row.index("全角の記録") + len("全角の記録")
    period = after + len(row[after:]) - len(row[after:].lstrip())  # where the next column's text starts
    assert cell_len(row[:period]) == header.index("Period")  # under its header, counted in terminal cells


@pytest.mark.parametrize("columns", ["0", "1", "30"])
def test_too_narrow_for_a_table_prints_blocks_with_every_field(run: Invoke, columns: str) -> None:
    listing = run("stats", "--metric", "arrests", "--source", "dea-last-mile-2023-05-05", "-f", "table",
                  env={"COLUMNS": columns})  # fmt: skip
    assert listing.exit_code == 0
    # the one figure, as a block under its initiative and metric, every field there: the record's 3,337
    # arrests of Operation Last Mile, May 2022 to May 2023, first printed by the ambassador's roundtable
    # (Riviera Maya News); blocks may wrap between words, never inside one
    # (no width given, "0", is no narrow terminal: a table of the default width, under its header)
    words = " ".join(w for w in listing.stdout.split() if set(w) != {"━"})
    assert words == (
        "Operation Last Mile Metric Figure Period Source arrests 3,337 people 1 May 2022 – 1 May 2023 Riviera Maya News"
        if columns == "0"
        else "Operation Last Mile arrests Figure: 3,337 people Period: 1 May 2022 – 1 May 2023 Source: Riviera Maya News"
    )
    detail = run("show", "last-mile-arrests", "-f", "table", env={"COLUMNS": columns})
    assert detail.exit_code == 0
    shown = " ".join(detail.stdout.split())  # blocks may wrap between words, never inside one
    for words in ("last-mile-arrests", "3,337 people", "1 May 2022 – 1 May 2023", "Operation Last Mile"):
        assert words in shown


def test_a_draft_pasted_with_terminal_colours_is_read_as_its_text(tmp_path: Path) -> None:
    """A draft copied from a coloured terminal holds control sequences around its figures: "\\x1b[1m3,337\\x1b[0m".
    The 0 of the reset was read as a figure and the 3,337 glued to the codes not at all. The codes are no text: the
    figure is judged, at its own column, and nothing of the codes is printed back."""
    draft = tmp_path / "draft.txt"
    draft.write_text("Operation Last Mile led to \x1b[1m3,337\x1b[0m arrests.\n", encoding="utf-8")
    result = proc("check", "--json", str(draft))
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)
    assert [(c["text"], c["column"], c["verdict"], c["facts"]) for c in claims] == [
        ("3,337", 32, "supported", ["last-mile-arrests"])
    ]
    assert b"\x1b" not in result.stdout and b"\\u001b" not in result.stdout
