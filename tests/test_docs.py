"""The README and the docs: their examples are run and compared, so neither can drift from the program."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from armsfacts.cli import cli
from tools import examples

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))}
EXAMPLES = examples.all_examples()


def _id(example: examples.Example) -> str:
    """Where the example is and what it runs, in ASCII: pytest escapes other ids, and escapes
    them again when it runs twice in one process (as mutation testing has it do)."""
    text = f"{example.path.name}:{example.command}"
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _command_of(example: str) -> str:
    words = shlex.split(example.split("armsfacts", 1)[1])
    while words[0].startswith("-"):  # global options, and the value of those that take one
        words = words[2:] if words[0] in ("--lang", "--data") else words[1:]
    return words[0]


def test_the_docs_are_the_pages_the_readme_links_to() -> None:
    linked = set(re.findall(r"\]\(docs/(\w+\.md)", README))
    assert linked == set(DOCS)


def test_every_command_has_an_example() -> None:
    assert {_command_of(example.command) for example in EXAMPLES} == set(cli.commands)


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_a_section(command: str) -> None:
    headings = [line for text in DOCS.values() for line in text.splitlines() if line.startswith("## ")]
    assert any(line.startswith(f"## `armsfacts {command}") for line in headings)


@pytest.mark.parametrize("example", EXAMPLES, ids=[_id(e) for e in EXAMPLES])
def test_example_output(example: examples.Example) -> None:
    assert examples.run(example.command) == example.output, f"{example.where}: python tools/examples.py rewrites it"


def test_examples_run_in_english_with_no_width_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARMSFACTS_LANG", "es")
    monkeypatch.setenv("COLUMNS", "40")
    assert examples.run("armsfacts operation").splitlines()[0] == "ID\tName\tKind\tPeriod\tFigures"


def test_an_example_sets_its_own_environment() -> None:
    assert (
        examples.run("ARMSFACTS_LANG=es armsfacts people --agency DEA").splitlines()[0]
        == "Nombre\tCargo\tAgencia\tPaís"
    )


def test_the_tool_rewrites_a_drifted_example_and_leaves_the_rest(tmp_path: Path) -> None:
    current = "```console\n$ armsfacts validate\n0 errors, 0 warnings.\n```\n"
    shown_only = "```sh\narmsfacts people\n```\n"
    page = tmp_path / "page.md"
    page.write_text(
        f"Text.\n\n{current}\n```console\n$ armsfacts people --agency DEA\nName\tRole\nsomeone old\n```\n\n{shown_only}",
        encoding="utf-8",
    )
    assert examples.main(["--check", str(page)]) == 1
    assert "someone old" in page.read_text(encoding="utf-8")  # --check changes nothing
    assert examples.main([str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert "someone old" not in text
    assert "$ armsfacts people --agency DEA\nName\tRole\tAgency\tCountry\nAnne Milgram\t" in text
    assert text.startswith(f"Text.\n\n{current}\n") and text.endswith(shown_only)
    assert examples.main(["--check", str(page)]) == 0


def _fenced_sh(heading: str) -> str:
    section = README.split(heading, 1)[1]
    match = re.search(r"```sh\n(.+?)\n```", section, re.DOTALL)
    assert match, heading
    return match.group(1)


def test_readme_is_a_front_page() -> None:
    assert len(README.splitlines()) <= 200
    assert "## Five examples" in README
    assert len(re.findall(r"```console\n\$ armsfacts ", README.split("## Five examples", 1)[1])) == 5


def test_readme_shows_a_terminal_80_columns_wide() -> None:
    assert "```console\n$ COLUMNS=80 armsfacts stats " in README and "--format table\n" in README


def test_readme_gives_the_two_setup_commands() -> None:
    install = _fenced_sh("## Install and run")
    tests = _fenced_sh("## Run the tests")
    assert install.count("\n") == 0 and install.endswith("armsfacts stats")
    assert tests.count("\n") == 0 and "[test]" in tests and tests.endswith("pytest")


def test_ci_runs_the_readme_test_command_and_builds_the_docs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _fenced_sh("## Run the tests") in ci
    assert "pip install -e '.[docs]'" in ci
    assert "-m sphinx -W" in ci


def test_json_fields_are_documented() -> None:
    from armsfacts.models import Fact
    from armsfacts.output.formats import field_names

    documented = set(re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", DOCS["json.md"], re.MULTILINE))
    names = {name for pair in documented for name in pair if name}
    assert set(field_names(Fact)) <= names


def test_the_docs_build_without_a_warning(tmp_path: Path) -> None:
    pytest.importorskip("sphinx_click", reason="the docs extra is not installed: pip install -e '.[docs]'")
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", "docs", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    reference = (tmp_path / "reference.html").read_text(encoding="utf-8")
    for command in cli.commands:  # the reference is generated from every command
        assert f'id="armsfacts-{command}"' in reference
