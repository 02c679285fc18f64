from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import armsfacts
from armsfacts import data as dataset_module
from armsfacts import i18n
from armsfacts.cli import cli
from armsfacts.models import Dataset

ROOT = Path(__file__).resolve().parent.parent

# Operation Last Mile's figures: three from the article, six more from the DEA's announcement.
LAST_MILE_ARTICLE = ["last-mile-investigations", "last-mile-arrests", "last-mile-firearms-seized"]
LAST_MILE_DEA = [
    "last-mile-fentanyl-pills",
    "last-mile-fentanyl-powder",
    "last-mile-methamphetamine",
    "last-mile-cash-and-assets",
    "last-mile-fentanyl-doses",
    "last-mile-social-media",
]
LAST_MILE = LAST_MILE_ARTICLE + LAST_MILE_DEA

# Tests read English unless they ask for Spanish, whatever the machine's locale.
ENGLISH: dict[str, str | None] = {"ARMSFACTS_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "C.UTF-8"}
SOURCES = ROOT.parent / "shared" / "sources"


@pytest.fixture(autouse=True)
def english_to_start() -> Iterator[None]:
    """Each test starts in English, whatever ran before it: a `--lang es` run sets the language
    for the rest of its process, and a library call reads it. Tests then pass in any order
    (mutation testing runs a subset of them, in an order of its own)."""
    i18n.set_language("en")
    i18n.route_click_strings("en")
    yield


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return armsfacts.load()


@pytest.fixture(scope="session")
def raw_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dataset_module.builtin_path().read_text(encoding="utf-8"))
    return data


Invoke = Callable[..., Result]


@pytest.fixture
def run() -> Invoke:
    """Run the CLI in-process; an exception escaping it fails the test (no hidden tracebacks)."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(cli, list(args), prog_name="armsfacts", catch_exceptions=False, env=ENGLISH | (env or {}))

    return invoke


def checked(run: Invoke, tmp_path: Path, text: str, lang: str = "en") -> list[dict[str, Any]]:
    """Every claim `check --json` makes of a draft."""
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    result = run("check", str(draft), "--json", "--text-lang", lang)
    assert result.exit_code in (0, 4), result.output
    claims: list[dict[str, Any]] = json.loads(result.stdout)
    return claims


def judged(run: Invoke, tmp_path: Path, sentence: str, figure: str, lang: str = "en") -> dict[str, Any]:
    """The claim `check --json` makes of `figure` in a draft of one sentence: exactly one."""
    every = checked(run, tmp_path, sentence + "\n", lang)
    claims = [c for c in every if c["text"] == figure]
    assert len(claims) == 1, every
    return claims[0]


@pytest.fixture
def use_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[Any], Path]:
    """Point the CLI's built-in dataset at a file written from `content` (a dict or raw text)."""

    def write(content: Any) -> Path:
        path = tmp_path / "data.json"
        if isinstance(content, (bytes, str)):
            path.write_bytes(content.encode() if isinstance(content, str) else content)
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
        monkeypatch.setattr(dataset_module, "builtin_path", lambda: path)
        return path

    return write


def checked_with(run: Invoke, tmp_path: Path, data: dict[str, Any], draft: str, figure: str) -> dict[str, Any]:
    """The claim `check --json` makes of `figure` in a one-sentence draft, judged against `data`."""
    path, text = tmp_path / "data.json", tmp_path / "draft.txt"
    path.write_text(json.dumps(data), encoding="utf-8")
    text.write_text(draft + "\n", encoding="utf-8")
    result = run("--data", str(path), "check", str(text), "--json", "--text-lang", "en")
    assert result.exit_code in (0, 4), result.output
    found = [c for c in json.loads(result.stdout) if c["text"] == figure]
    assert len(found) == 1, result.stdout
    claim: dict[str, Any] = found[0]
    return claim


def with_figure(raw_data: dict[str, Any], fact_id: str, value: float, printed: str) -> dict[str, Any]:
    """The record with every printing of one figure changed to `value`, printed as `printed`."""
    data = json.loads(json.dumps(raw_data))
    fact = next(f for f in data["facts"] if f["id"] == fact_id)
    for printing in [fact, *fact.get("also_reported_by", [])]:
        printing.update(value=value, as_printed=printed)
    return data
