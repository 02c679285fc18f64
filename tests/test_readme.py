"""The README's examples are run and their output compared, so the README cannot drift."""

from __future__ import annotations

import re
import shlex
import unicodedata

import pytest
from click.testing import CliRunner

from armsfacts.cli import cli

from .conftest import ENGLISH, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", re.DOTALL)
EXAMPLES = [(m.group("command"), m.group("output")) for m in EXAMPLE.finditer(README)]


def _command_of(example: str) -> str:
    words = shlex.split(example.split("armsfacts", 1)[1])
    while words[0].startswith("-"):  # global options, and the value of those that take one
        words = words[2:] if words[0] in ("--lang", "--data") else words[1:]
    return words[0]


def test_readme_has_examples_of_every_command() -> None:
    assert {_command_of(command) for command, _ in EXAMPLES} == set(cli.commands)


def _ascii(command: str) -> str:
    """A test id pytest need not escape ('operation última-milla' -> 'operation ultima-milla'): an
    escaped id is escaped again when pytest runs twice in one process, as mutmut has it do."""
    return unicodedata.normalize("NFKD", command).encode("ascii", "ignore").decode()


@pytest.mark.parametrize(("command", "expected"), EXAMPLES, ids=[_ascii(c) for c, _ in EXAMPLES])
def test_readme_example_output(command: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files by paths relative to the checkout
    words = shlex.split(command)
    env: dict[str, str | None] = {"COLUMNS": None, "NO_COLOR": None, "ARMSFACTS_DATA": None, **ENGLISH}
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words.pop(0) == "armsfacts"
    result = CliRunner().invoke(cli, words, prog_name="armsfacts", env=env, catch_exceptions=False)
    # What a person sees: stdout and stderr as they interleave; trailing spaces are not kept.
    seen = "\n".join(line.rstrip() for line in result.output.splitlines())
    assert seen == expected.rstrip("\n")


def _fenced_sh(heading: str) -> str:
    section = README.split(heading, 1)[1]
    match = re.search(r"```sh\n(.+?)\n```", section, re.DOTALL)
    assert match, heading
    return match.group(1)


def test_readme_gives_the_two_setup_commands() -> None:
    install = _fenced_sh("## Install and run")
    tests = _fenced_sh("## Run the tests")
    assert install.count("\n") == 0 and install.endswith("armsfacts stats")
    assert tests.count("\n") == 0 and "[test]" in tests and tests.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _fenced_sh("## Run the tests") in ci


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented(command: str) -> None:
    assert f"### `armsfacts {command}" in README


def test_readme_json_fields_match_the_model() -> None:
    from armsfacts.models import Fact
    from armsfacts.output.formats import field_names

    documented = set(re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", README, re.MULTILINE))
    names = {name for pair in documented for name in pair if name}
    assert set(field_names(Fact)) <= names
