"""`cite` on a terminal breaks its long lines at spaces, never inside a word; piped, never at all.

Real processes: a pseudo-terminal for the terminal, a pipe for the pipe (CliRunner is neither).
"""

from __future__ import annotations

import pytest

from .test_process import run, run_in_terminal

WIDTH = 50


def _terminal(*args: str, lang: str = "en") -> str:
    code, shown = run_in_terminal(*args, env={"COLUMNS": str(WIDTH), "ARMSFACTS_LANG": lang})
    assert code == 0
    return shown.replace("\r\n", "\n")


def _piped(*args: str, lang: str = "en") -> str:
    result = run(*args, env={"COLUMNS": str(WIDTH), "ARMSFACTS_LANG": lang})
    assert result.returncode == 0 and result.stderr == b""
    return result.stdout.decode("utf-8")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("style", ["plain", "markdown"])
def test_a_terminal_gets_lines_broken_at_spaces(style: str, lang: str) -> None:
    args = ("cite", "last-mile-arrests", "--style", style)
    shown, piped = _terminal(*args, lang=lang), _piped(*args, lang=lang)
    # The same words in the same order: no word was cut or joined to another.
    assert shown.split() == piped.split()
    assert len(shown.splitlines()) > len(piped.splitlines())
    for line in shown.splitlines():
        # A line fits, or it is one word too long for any line (a web address) and stands alone.
        assert len(line) < WIDTH or len(line.split()) == 1, line


def test_each_source_still_starts_a_line_of_its_own() -> None:
    shown = _terminal("cite", "last-mile-arrests")
    starts = [line for line in shown.splitlines() if line and not line.startswith(" ")]
    # The DEA's announcement, as its page names its administrator, begins a line; what follows it is indented.
    assert "Anne Milgram, Administrator of the Drug" in starts
    assert (
        "  https://www.justice.gov/usao-ndoh/pr/dea-operation-last-mile-tracks-down-sinaloa-and-jalisco-cartel-associates-operating."
        in shown.splitlines()
    )


def test_a_pipe_gets_one_source_a_line() -> None:
    piped = _piped("cite", "last-mile-arrests")
    entry = next(line for line in piped.splitlines() if line.startswith("Anne Milgram"))
    assert entry.endswith("Gives “3,337” (paragraph 5).")
    assert len(entry) > WIDTH


@pytest.mark.parametrize("style", ["bibtex", "csl-json"])
def test_machine_styles_are_never_wrapped(style: str) -> None:
    args = ("cite", "last-mile-arrests", "--style", style)
    assert _terminal(*args) == _piped(*args)
