"""Property-based tests: no input a user can type produces a traceback or an undocumented exit code."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from armsfacts.cli import cli
from armsfacts.data import builtin_path
from armsfacts.errors import ExitCode
from armsfacts.models import Fact
from armsfacts.options import FORMAT_CHOICES as FORMATS
from armsfacts.output.formats import field_names
from armsfacts.values import MAX_FIGURE

from .controls import obeyed
from .markdown_html import live_elements

DOCUMENTED = {int(code) for code in ExitCode}
# The published contract, not a schema made now from the same models.
SCHEMA = Draft202012Validator(json.loads((Path(__file__).parent / "contract" / "armsfacts.schema.json").read_text()))
RUNNER = CliRunner()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Anything a terminal can pass, minus lone surrogates (CliRunner's streams are strict UTF-8;
# real stderr is not, and test_undecodable_argument covers that with a real process).
typed = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
near_names = st.sampled_from(
    ["last-mile", "Last Mile", "operacion ultima milla", "FGR", "atf", "arrests", "firearms_seized", "etrace",
     "salazar-roundtable-2023-12-04", "last-mile-arrests", "fiscalía", "2023", "", " ", "-", "--", "US", "mx"]
)  # fmt: skip
words = st.one_of(near_names, typed)
COMMANDS_WITH_RECORDS = [
    "stats", "show last-mile-arrests", "operation", "operation last-mile", "agency FGR", "people", "source", "search mile",
]  # fmt: skip
field_lists = st.lists(st.one_of(st.sampled_from(field_names(Fact)), typed), min_size=0, max_size=4).map(",".join)


def invoke(args: list[str]) -> tuple[int, str, str]:
    result = RUNNER.invoke(cli, args, prog_name="armsfacts", catch_exceptions=False)
    assert result.exit_code in DOCUMENTED, (args, result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def check_json(code: int, stdout: str, stderr: str, fmt: str) -> None:
    if fmt != "json":
        return
    if code == 0:
        SCHEMA.validate(json.loads(stdout))
    else:
        assert stdout == ""
        assert set(json.loads(stderr)) == {"error"}


@SETTINGS
@given(
    metric=st.none() | words,
    agency=st.none() | words,
    initiative=st.none() | words,
    country=st.none() | st.sampled_from(["US", "MX", "us", "CA"]),
    year=st.none() | st.integers(-10_000, 10_000).map(str) | typed,
    search=st.none() | words,
    sort=st.none() | st.sampled_from(["value", "-value", "period", "-period", "id", "country", "nope"]),
    fmt=st.sampled_from(FORMATS),
)
def test_stats_with_any_filters(
    metric: str | None,
    agency: str | None,
    initiative: str | None,
    country: str | None,
    year: str | None,
    search: str | None,
    sort: str | None,
    fmt: str,
) -> None:
    args = ["stats", "--format", fmt]
    for option, value in (("--metric", metric), ("--agency", agency), ("--initiative", initiative),
                          ("--country", country), ("--year", year), ("--search", search), ("--sort", sort)):  # fmt: skip
        if value is not None:
            args += [option, value]
    code, stdout, stderr = invoke(args)
    check_json(code, stdout, stderr, fmt)


@SETTINGS
@given(
    command=st.sampled_from(["show", "operation", "initiative", "agency", "source", "search"]),
    name=words,
    fmt=st.sampled_from(FORMATS),
)
def test_every_lookup_with_any_name(command: str, name: str, fmt: str) -> None:
    # "--" before the name, as a user writes a name that looks like an option ("--fields" would take the next word)
    code, stdout, stderr = invoke([command, "--format", fmt, "--", name])
    check_json(code, stdout, stderr, fmt)
    if code == ExitCode.NOT_FOUND:
        assert stderr.strip()


@SETTINGS
@given(
    command=st.sampled_from(COMMANDS_WITH_RECORDS),
    fields=field_lists,
    fmt=st.sampled_from(FORMATS),
)
def test_any_field_list(command: str, fields: str, fmt: str) -> None:
    code, stdout, stderr = invoke([*command.split(), "--fields", fields, "--format", fmt])
    assert code in (0, 2)
    if code == 2:
        assert "field" in stderr
    elif fmt == "json":
        # a projection of the records: exactly the fields asked for, in that order
        wanted = list(dict.fromkeys(f.strip() for f in fields.split(",") if f.strip()))
        data = json.loads(stdout)
        for record in data if isinstance(data, list) else [data]:
            assert list(record) == wanted


@SETTINGS
@given(argv=st.lists(st.one_of(words, st.sampled_from(["--json", "-f", "--fields", "--no-color", "-h", "stats"])),
                     max_size=6))  # fmt: skip
def test_any_argument_list(argv: list[str]) -> None:
    invoke(argv)


def test_undecodable_argument() -> None:
    # bytes that are not UTF-8 reach Python as lone surrogates
    for args in ([b"show", b"\xff\xfe"], [b"search", b"\xff", b"--json"], [b"stats", b"--search", b"\xc3"]):
        result = subprocess.run([sys.executable.encode(), b"-m", b"armsfacts", *args], capture_output=True, timeout=60)
        assert result.returncode in DOCUMENTED
        assert b"Traceback" not in result.stderr


# ---------------------------------------------------------------------------
# Mutated datasets: whatever a curator's file holds, validate and every command answer cleanly.

BUILTIN = json.loads(builtin_path().read_text(encoding="utf-8"))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False) | typed,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(typed, children, max_size=3),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


PATHS = _paths(BUILTIN)[1:]


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    data = copy.deepcopy(BUILTIN)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent: Any = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(json_values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(typed)] = draw(json_values)
            elif isinstance(parent, list):
                parent.append(draw(json_values))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or reshaped this place
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated())
def test_mutated_dataset_never_tracebacks(data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        code, stdout, _ = invoke(["validate", str(path), "--json"])
        problems = json.loads(stdout)
        assert code == (1 if any(p["severity"] == "error" for p in problems) else 0)
        for args in (["stats"], ["operation", "last-mile"], ["show", "last-mile-arrests", "--json"],
                     ["agency", "FGR"], ["cite", "last-mile-arrests"], ["search", "mile"]):  # fmt: skip
            code, _, stderr = invoke(["--data", str(path), *args])
            if code == 1:
                assert "armsfacts validate" in stderr  # a data error points to the full report


# ---------------------------------------------------------------------------
# Hostile data strings and numbers in a valid record: every command, every format.

RECORD = json.loads((Path(__file__).parent / "fixtures" / "article-and-dea.json").read_text(encoding="utf-8"))
hostile_text = st.one_of(
    typed,
    st.sampled_from(
        [
            "[/]",
            "[red]",
            "[link=https://x.example]x[/link]",
            "\x1b[2J",
            "\x1b]0;t\x07",
            "\x07",
            "\x9b31m",
            "\u202e",
            "\u2066",
            "\r",
            "\x00",
            "{",
            "}",
            "%",
            "\\",
            "<script>",
            "|",
            "\t",
            "\n",
        ]
    ),
).flatmap(lambda piece: st.lists(st.sampled_from([piece, "x", " "]), min_size=1, max_size=4).map("".join))
# A count (the figure is an arrest count): a whole number up to the largest a figure may be.
hostile_number = st.one_of(
    st.integers(0, MAX_FIGURE), st.integers(0, MAX_FIGURE).map(float), st.just(0), st.just(1), st.just(MAX_FIGURE)
)
EVERY_COMMAND = [
    ["stats"], ["show", "last-mile-arrests"], ["operation", "last-mile"], ["agency", "DEA"], ["people"], ["source"],
    ["source", "salazar-roundtable-2023-12-04"], ["search", "x"], ["compare", "arrests"], ["stats", "--latest"],
    ["compare", "firearms_seized"],
]  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, number=hostile_number, fmt=st.sampled_from(FORMATS), columns=st.sampled_from(["", "1", "80"]))
def test_hostile_record_never_tracebacks_or_leaks_a_control_code(
    text: str, number: float, fmt: str, columns: str
) -> None:
    data = copy.deepcopy(RECORD)
    fact = next(f for f in data["facts"] if f["id"] == "last-mile-arrests")
    fact |= {"description": text, "as_printed": text, "caveats": [text], "value": number}
    fact["also_reported_by"] = []  # a changed value would otherwise be a dispute: still valid, but not the point
    data["sources"][0]["title"] = text
    data["people"][0]["name"] = text or "x"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        for args in EVERY_COMMAND:
            result = RUNNER.invoke(
                cli, ["--data", str(path), *args, "-f", fmt], prog_name="armsfacts", catch_exceptions=False,
                env={"COLUMNS": columns or None},
            )  # fmt: skip
            assert result.exit_code in DOCUMENTED, (args, result.stderr)
            # judged by the standards (ECMA-48 controls, Unicode's Bidi_Control), not by the code's own pattern
            assert obeyed(result.stdout) == [], (args, fmt, result.stdout[:300])
            assert obeyed(result.stderr) == [], (args, fmt, result.stderr[:300])
            if fmt == "markdown":  # rendered with HTML on, the data makes no element
                assert live_elements(result.stdout) == [], (args, result.stdout[:300])
        cited = RUNNER.invoke(cli, ["--data", str(path), "cite", "last-mile-arrests"], catch_exceptions=False)
        assert cited.exit_code == 0 and obeyed(cited.stdout) == []
        args = ["--data", str(path), "cite", "last-mile-arrests", "--style", "markdown"]
        cited = RUNNER.invoke(cli, args, catch_exceptions=False)
        assert cited.exit_code == 0 and live_elements(cited.stdout) == []
        # and the data itself is kept whole: JSON gives back exactly what the file holds
        shown = RUNNER.invoke(cli, ["--data", str(path), "show", "last-mile-arrests", "--json"], catch_exceptions=False)
        assert shown.exit_code == 0 and json.loads(shown.stdout)["description"] == text
