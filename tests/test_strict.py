"""Strict values (issue 20): addresses are web addresses, counts are whole numbers of a plausible
size, ids are slugs. Each is an error `validate` places by line and column, and a load refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, Invoke

RECORD = ROOT / "tests" / "fixtures" / "article-and-dea.json"


def record() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORD.read_text(encoding="utf-8"))
    return data


def problems_of(run: Invoke, tmp_path: Path, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """validate's errors as (line, column, path, message), and that a load refuses the file too."""
    path = tmp_path / "data.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    checked = run("validate", str(path), "--json")
    loaded = run("--data", str(path), "stats")
    found = [(p["line"], p["column"], p["path"], p["message"]) for p in json.loads(checked.stdout)]
    errors = [f for f, p in zip(found, json.loads(checked.stdout), strict=True) if p["severity"] == "error"]
    assert (checked.exit_code, loaded.exit_code) == ((1, 1) if errors else (0, 0)), loaded.output
    return errors


def line_of(data: dict[str, Any], needle: str) -> int:
    """The line (from 1) of the file as problems_of writes it that holds `needle`."""
    lines = json.dumps(data, indent=1).splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


# ---------------------------------------------------------------------------
# Addresses.

ADDRESS = "an address is an http or https URL, like https://example.org/page"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", 'https://a.example/"><script>',
     "ftp://a.example/file", "https://", "//a.example/page", "a.example/page", "https://a.example/a page",
     "https://a.example/\u202eevil", "https://[::1/", "", "mailto:x@a.example"],
)  # fmt: skip
def test_an_address_that_is_no_web_address_is_an_error(run: Invoke, tmp_path: Path, url: str) -> None:
    data = record()
    data["sources"][1]["url"] = url
    line = line_of(data, f'"url": {json.dumps(url)}')
    assert problems_of(run, tmp_path, data) == [(line, 11, "sources[1].url", ADDRESS)]  # at the value


@pytest.mark.parametrize(
    "url", ["http://a.example", "HTTPS://A.EXAMPLE/Page?q=1#top", "https://a.example/armas-méxico", "https://[::1]/x"]
)
def test_web_addresses_pass(run: Invoke, tmp_path: Path, url: str) -> None:
    data = record()
    data["sources"][1]["url"] = url
    assert problems_of(run, tmp_path, data) == []
