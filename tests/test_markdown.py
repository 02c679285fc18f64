"""Markdown output (issue 20): every data string is text when a CommonMark renderer with HTML on
renders it, in every command that writes Markdown: `--format markdown` and `cite --style markdown`."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from armsfacts import markdown

from .conftest import ROOT, Invoke
from .markdown_html import cells, live_elements, text

RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"
IMG = '"><img src=x onerror=alert(1)>'
SCRIPT = '"><script>alert(1)</script>'
# Inline Markdown and HTML of every kind, each of which must read as typed.
TRICKS = [
    IMG, SCRIPT, "*em*", "**strong**", "_em_", "`code`", "[link](https://evil.example)", "![img](x.png)",
    "<https://evil.example>", "<b>bold</b>", "&amp; &lt;script&gt; &#x3C;", "a | b", "back\\slash", "~~gone~~",
    "ends with #", "<!-- comment -->", "<?php ?>", "x\\", "[ref]: https://evil.example",
]  # fmt: skip
# What opens a block when it starts a line: each must stay in its line, as text.
STARTS = ["# heading", "- item", "+ item", "1. item", "2) item", "> quote", "===", "---", "    code", "<div>", "*"]


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_metric_label_in_stats_is_text(run: Invoke, tmp_path: Path) -> None:
    data = record()
    data["metrics"][0]["label"] = IMG  # the case
    path = write(tmp_path, data)
    result = run("--data", str(path), "stats", "--format", "markdown", "--metric", data["metrics"][0]["id"])
    assert result.exit_code == 0, result.output
    assert live_elements(result.stdout) == []
    assert IMG in cells(result.stdout)  # the label reads as written, in a cell of its own


def test_a_source_in_cite_is_text(run: Invoke, tmp_path: Path) -> None:
    data = record()
    source = data["sources"][0]
    source |= {"title": SCRIPT, "outlet": IMG}
    data["people"][0]["name"] = "- <b>x</b>"
    path = write(tmp_path, data)
    result = run("--data", str(path), "cite", "last-mile-arrests", "--style", "markdown")
    assert result.exit_code == 0, result.output
    assert live_elements(result.stdout) == []
    shown = text(result.stdout)
    assert f"“{SCRIPT}”" in shown and f"{IMG}." in shown


@pytest.mark.parametrize("trick", TRICKS + STARTS)
def test_each_trick_reads_as_typed_in_a_table(run: Invoke, tmp_path: Path, trick: str) -> None:
    data = record()
    fact = next(f for f in data["facts"] if f["id"] == "last-mile-arrests")
    fact["description"] = trick
    path = write(tmp_path, data)
    result = run("--data", str(path), "stats", "-f", "markdown", "--fields", "id,description", "--metric", "arrests")
    assert result.exit_code == 0, result.output
    assert live_elements(result.stdout) == []
    shown = cells(result.stdout)
    assert shown[shown.index("last-mile-arrests") + 1] == trick.strip()  # a renderer trims a cell's spaces


@pytest.mark.parametrize("trick", TRICKS + STARTS)
def test_each_trick_reads_as_typed_at_the_start_of_a_cite_line(run: Invoke, tmp_path: Path, trick: str) -> None:
    data = record()
    speaker = data["sources"][1]["speaker"]  # the DEA's Administrator: her entry starts with her name
    next(p for p in data["people"] if p["id"] == speaker)["name"] = trick
    path = write(tmp_path, data)
    result = run("--data", str(path), "cite", "last-mile-arrests", "--style", "markdown")
    assert result.exit_code == 0, result.output
    assert live_elements(result.stdout) == []
    entries = [line for line in text(result.stdout).splitlines() if "Press release" in line]
    assert entries == [entries[0]] and entries[0].startswith(f"{trick.strip()}, Administrator of the Drug")


@pytest.mark.parametrize("start", STARTS)
def test_a_heading_holds_its_title_whole(run: Invoke, tmp_path: Path, start: str) -> None:
    data = record()
    data["sources"][0]["title"] = start + " and <em>more</em> #"
    path = write(tmp_path, data)
    result = run("--data", str(path), "source", data["sources"][0]["id"], "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert live_elements(result.stdout) == []
    assert result.stdout.startswith("## ")
    assert text(result.stdout.split("\n")[0]).strip() == (start + " and <em>more</em> #").strip()


EVERY_MARKDOWN = [
    ["stats"], ["show", "last-mile-arrests"], ["operation"], ["operation", "last-mile"], ["initiative"],
    ["agency"], ["agency", "DEA"], ["people"], ["source"], ["source", "salazar-roundtable-2023-12-04"],
    ["search", "mile"], ["compare", "arrests"],
]  # fmt: skip


def test_every_command_in_markdown_has_no_live_element(run: Invoke, tmp_path: Path) -> None:
    data = record()
    hostile = copy.deepcopy(data)
    for i, fact in enumerate(hostile["facts"]):
        fact |= {"description": TRICKS[i % len(TRICKS)], "as_printed": STARTS[i % len(STARTS)]}
        fact["caveats"] = [IMG, SCRIPT]
    for table in ("agencies", "people", "organizations", "initiatives"):
        for i, item in enumerate(hostile[table]):
            item["name"] = TRICKS[i % len(TRICKS)] + " mile"
    for i, source in enumerate(hostile["sources"]):
        source |= {"title": STARTS[i % len(STARTS)] + SCRIPT, "outlet": IMG}
    hostile["metrics"][0]["label"] = IMG
    hostile["units"][0]["label"] = SCRIPT
    path = write(tmp_path, hostile)
    for args in EVERY_MARKDOWN:
        result = run("--data", str(path), *args, "-f", "markdown")
        assert result.exit_code == 0, (args, result.output)
        assert result.stdout, args
        assert live_elements(result.stdout) == [], args
    cited = run("--data", str(path), "cite", "last-mile-firearms-seized", "--style", "markdown")
    assert cited.exit_code == 0 and live_elements(cited.stdout) == []
    hostile["facts"][0][IMG] = SCRIPT  # validate quotes the unknown field in its path
    hostile["facts"][1]["agencies"] = [SCRIPT]  # and the unknown agency in its message
    checked = run("validate", str(write(tmp_path, hostile)), "-f", "markdown")
    assert checked.exit_code == 1
    assert len(checked.stdout.splitlines()) == 4 and live_elements(checked.stdout) == []


def test_an_address_is_a_link_only_to_the_web() -> None:
    assert markdown.autolink("https://example.org/a?b=1") == "<https://example.org/a?b=1>"
    assert markdown.autolink('https://a"><script>x</script>') == '<https://a"%3E%3Cscript%3Ex%3C/script%3E>'
    assert markdown.autolink("javascript:alert(1)") == "javascript:alert(1)"  # text, not a link
    for url in ('https://a"><script>x</script>', "https://x y", "javascript:alert(1)", "data:text/html,<b>x"):
        assert live_elements(f"- {markdown.autolink(url)}") == []


def test_the_docs_markdown_example_is_unchanged(run: Invoke) -> None:
    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    shown = page.split("$ armsfacts stats --metric arrests --format markdown\n", 1)[1].split("```", 1)[0]
    assert run("stats", "--metric", "arrests", "--format", "markdown").stdout == shown
    assert live_elements(shown) == []
