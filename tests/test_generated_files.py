"""Generated data files (issue 20): odd types, ids, addresses, numbers, texts and sizes, through
`validate` and then every command in every format. Whatever the file holds, `validate` and the
loader agree on it; a valid file prints in every format with no raw control code, JSON its
contract allows, and Markdown that a CommonMark renderer with HTML on turns into no live element."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from armsfacts.cli import cli
from armsfacts.errors import ExitCode
from armsfacts.options import FORMAT_CHOICES as FORMATS
from armsfacts.vocab import Format

from .controls import obeyed
from .markdown_html import live_elements

DOCUMENTED = {int(code) for code in ExitCode}
FIXTURES = Path(__file__).parent / "fixtures"
RECORD = json.loads((FIXTURES / "article-and-dea.json").read_text(encoding="utf-8"))
SCHEMA = Draft202012Validator(json.loads((Path(__file__).parent / "contract" / "armsfacts.schema.json").read_text()))
RUNNER = CliRunner()
JSON_FORMATS = {f for f in FORMATS if Format(f).is_json}  # errors come as JSON in these: json, ndjson

# ---------------------------------------------------------------------------
# What goes into the files.

typed = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
tricks = st.sampled_from(
    ['"><img src=x onerror=alert(1)>', "<script>alert(1)</script>", "*em* _em_ `code`", "[x](javascript:alert(1))",
     "<https://evil.example>", "&lt;b&gt;", "a | b", "# h", "- item", "1. item", "> quote", "\x1b]0;t\x07", "\u202e",
     "\x9b31m", "[red]x[/red]", "\\", "\n\n- x", "    code", "~~x~~", "<!-- c -->"]
)  # fmt: skip
texts = st.one_of(typed, tricks, st.lists(st.one_of(tricks, typed), min_size=1, max_size=4).map(" ".join))
slugs = st.from_regex(r"[a-z0-9]{1,6}(?:[-_][a-z0-9]{1,6}){0,3}", fullmatch=True)
ids = st.one_of(
    slugs, typed, st.sampled_from(["last-mile\u200barrests", "-rf", "  ", "Last-Mile", "a--b", "a\nb", "", "a b"])
)
ODD_ADDRESSES = [
    "https://example.org/a?b=1#c", "http://x.example", "HTTPS://X.EXAMPLE/P", "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>", 'https://a.example/"><script>', "ftp://x.example", "https://",
    "//x.example", "https://[::1",
]  # fmt: skip
addresses = st.one_of(
    st.sampled_from(ODD_ADDRESSES), typed, typed.map(lambda path: "https://example.org/" + path), st.none()
)
numbers = st.one_of(
    st.integers(-10, 10**13),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0, 1, 2.5, 1e308, -1e308, 5e-324, -0.0, 10**12, 10**12 + 1]),
    st.text(max_size=5),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=2),
)
sizes = st.one_of(st.integers(0, 3), st.integers(50, 300))


@st.composite
def data_files(draw: st.DrawFn) -> dict[str, Any]:
    """The frozen record with a few of its values changed, each change aimed at one kind of value."""
    data = copy.deepcopy(RECORD)
    facts, sources = data["facts"], data["sources"]
    for _ in range(draw(st.integers(1, 4))):
        change = draw(st.sampled_from(["id", "reference", "address", "number", "text", "size"]))
        fact = draw(st.sampled_from(facts))
        if change == "id":
            table = draw(st.sampled_from(["facts", "metrics", "sources", "people", "initiatives", "agencies"]))
            record = draw(st.sampled_from(data[table]))
            record["code" if table == "agencies" else "id"] = draw(ids)
        elif change == "reference":  # an entity renamed everywhere it is named: the id reaches every command
            metric = draw(st.sampled_from(data["metrics"]))
            new = draw(ids)
            data = json.loads(json.dumps(data).replace(json.dumps(metric["id"]), json.dumps(new)))
            facts, sources = data["facts"], data["sources"]
        elif change == "address":
            draw(st.sampled_from(sources))["url"] = draw(addresses)
        elif change == "number":
            field = draw(st.sampled_from(["value", "paragraph", "page"]))
            fact[field] = draw(numbers)
            fact["also_reported_by"] = []
        elif change == "text":
            where = draw(st.sampled_from(["description", "as_printed", "title", "label", "name", "caveat"]))
            if where in ("description", "as_printed"):
                fact[where] = draw(texts)
            elif where == "title":
                draw(st.sampled_from(sources))["title"] = draw(texts)
            elif where == "label":
                draw(st.sampled_from(data["metrics"] + data["units"]))["label"] = draw(texts)
            elif where == "name":
                table = draw(st.sampled_from(["people", "agencies", "initiatives", "organizations"]))
                draw(st.sampled_from(data[table]))["name"] = draw(texts)
            else:
                fact["caveats"] = [draw(texts)]
        else:
            count = draw(sizes)
            fact["caveats"] = [draw(texts) or "x"] * count
            fact["description"] = draw(texts) * draw(st.integers(1, 200))
    return data


# ---------------------------------------------------------------------------
# What every command must do with them.


def invoke(args: list[str], columns: str = "80") -> tuple[int, str, str]:
    result = RUNNER.invoke(cli, args, prog_name="armsfacts", catch_exceptions=False, env={"COLUMNS": columns})
    assert result.exit_code in DOCUMENTED, (args, result.exit_code, result.stderr[-500:])
    assert "Traceback" not in result.stderr
    # judged by the standards' list of what a terminal obeys (tests/controls.py), not by the
    # pattern the program escapes with: a character dropped from that pattern must fail here
    assert not obeyed(result.stdout), (args, obeyed(result.stdout), result.stdout[:300])
    assert not obeyed(result.stderr), (args, obeyed(result.stderr), result.stderr[:300])
    return result.exit_code, result.stdout, result.stderr


def commands(data: dict[str, Any]) -> list[list[str]]:
    """Every command that reads the data, naming records the file holds."""
    fact = data["facts"][0]["id"] if isinstance(data["facts"][0], dict) else "x"
    operation = next((i["id"] for i in data["initiatives"] if i.get("kind") == "operation"), "x")
    return [
        ["stats"], ["show", str(fact)], ["operation"], ["operation", str(operation)], ["initiative"],
        ["agency"], ["agency", str(data["agencies"][0].get("code"))], ["people"], ["source"],
        ["source", str(data["sources"][0].get("id"))], ["search", "mile"], ["compare", "arrests"],
    ]  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=data_files(), fmt=st.sampled_from(FORMATS), columns=st.sampled_from(["80", "30", "200"]))
def test_a_generated_file_through_validate_and_every_command(data: dict[str, Any], fmt: str, columns: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        code, stdout, _ = invoke(["validate", str(path), "--json"])
        problems = json.loads(stdout)
        SCHEMA.validate(problems)
        errors = [p for p in problems if p["severity"] == "error"]
        assert code == (1 if errors else 0)
        event("refused" if errors else "valid")  # both kinds are drawn (pytest --hypothesis-show-statistics)
        for problem in errors:  # each error is placed: in the file, and by line where it is a value's
            assert problem["file"] == str(path) and problem["message"]
            assert problem["line"] is None or problem["line"] >= 1
        for args in [*commands(data), ["cite", str(data["facts"][0].get("id"))]]:
            as_format = ["--style", "markdown"] if args[0] == "cite" else ["-f", fmt]
            # "--" before the names: a generated name such as "-0" is a name here, not an option
            code, stdout, stderr = invoke(["--data", str(path), args[0], *as_format, "--", *args[1:]], columns)
            if errors:  # the loader refuses what validate calls an error, and says where to look
                assert code == ExitCode.ERROR and "armsfacts validate" in stderr, (args, stderr)
                continue
            assert code in (ExitCode.OK, ExitCode.NOT_FOUND), (args, stderr)
            if code == ExitCode.NOT_FOUND and fmt in JSON_FORMATS and args[0] != "cite":  # a script reads it as JSON
                error = json.loads(stderr)["error"]
                assert stdout == "" and error["code"] == "not_found" and error["message"].startswith("no ")
            elif code == ExitCode.NOT_FOUND:
                assert stdout == "" and stderr.startswith("Error: no ")
            elif fmt == "json" and args[0] != "cite":
                SCHEMA.validate(json.loads(stdout))
            if code == ExitCode.OK and (fmt == "markdown" or args[0] == "cite"):
                assert live_elements(stdout) == [], (args, stdout[:500])
        if not errors:  # and Markdown of the figures, whatever the drawn format was
            code, stdout, _ = invoke(["--data", str(path), "stats", "-f", "markdown"])
            assert code == 0 and live_elements(stdout) == []
