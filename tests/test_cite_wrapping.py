"""`cite` on a terminal breaks its long lines at spaces, never inside a word; piped, never at all.

Real processes: a pseudo-terminal for the terminal, a pipe for the pipe (CliRunner is neither).
"""

from __future__ import annotations

import io
import os

import pytest

from armsfacts import cite as citations

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


# The same, in-process: what `wrapped` and `screen_width` give for a width (the processes above show they are used).

ENTRY = (
    "U.S. Drug Enforcement Administration, news release of 5 May 2023, U.S.-Mexico trafficking. Gives "
    "“3,337” (paragraph 5). https://example.org/press-releases/2023/05/05/an-address-longer-than-any-line"
)


def test_a_long_line_is_broken_at_spaces_to_one_less_than_the_width_and_indented() -> None:
    shown = citations.wrapped(ENTRY + "\n\nSecond source, one line.", "plain", 40)
    lines = shown.split("\n")
    assert " ".join(shown.split()) == " ".join((ENTRY + " Second source, one line.").split())
    # the first line of an entry starts at the margin, the lines it is broken into two spaces in
    assert lines[0].startswith("U.S. Drug") and all(line.startswith("  ") for line in lines[1:-2])
    assert lines[-2:] == ["", "Second source, one line."]  # a blank line stays one
    # a line holds 39 characters at most (one less than the width), unless it is one word: the web address, whole
    assert max(len(line) for line in lines if " " in line.strip()) <= 39
    assert "  https://example.org/press-releases/2023/05/05/an-address-longer-than-any-line" in lines


def test_a_line_of_exactly_the_width_is_broken_and_one_shorter_is_not() -> None:
    words = "abcd " * 8  # 8 words of 4 letters: "abcd abcd ..." is 39 characters
    assert citations.wrapped(words.strip(), "plain", 40) == words.strip()
    assert citations.wrapped(words.strip(), "plain", 39) == "abcd abcd abcd abcd abcd abcd abcd\n  abcd"


def test_a_narrow_screen_still_gets_lines_of_twenty() -> None:
    assert citations.wrapped("abc abc abc abc abcd", "markdown", 5) == "abc abc abc abc abcd"  # 20 characters: fit
    assert citations.wrapped("abc abc abc abc abcde", "markdown", 5) == "abc abc abc abc\n  abcde"  # 21: broken


def test_a_word_is_never_broken_at_a_hyphen_nor_cut() -> None:
    word = "aaaa-bbbb-cccc-dddd-eeee-ffff"  # 29 characters, wider than a line of 20
    assert citations.wrapped(f"{word} {word}", "plain", 21) == f"{word}\n  {word}"


@pytest.mark.parametrize(("style", "width"), [("bibtex", 40), ("csl-json", 40), ("plain", None), ("markdown", None)])
def test_a_machine_style_or_no_width_is_left_as_it_is(style: str, width: int | None) -> None:
    assert citations.wrapped(ENTRY, style, width) == ENTRY


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_the_width_is_the_terminal_s_or_none_for_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "57")
    assert citations.screen_width(_Stream(tty=True)) == 57
    assert citations.screen_width(_Stream(tty=False)) is None
    # no COLUMNS and no terminal to ask: 80
    monkeypatch.delenv("COLUMNS")
    monkeypatch.setattr(os, "get_terminal_size", _no_terminal)
    assert citations.screen_width(_Stream(tty=True)) == 80


def _no_terminal(*_args: object) -> os.terminal_size:
    raise OSError("not a terminal")
