"""The examples in README.md and docs/*.md, and what the real command line prints for each.

    python tools/examples.py            # write every example's output afresh; review it with git diff
    python tools/examples.py --check    # change nothing; name the examples that drifted (exit 1)
    python tools/examples.py docs/check.md    # only these files

An example is a fenced block of `console`: its first line is `$ armsfacts …` (environment
assignments such as `COLUMNS=100` may come first), the rest is what the command prints, stdout
and stderr as they interleave, trailing spaces and blank lines dropped. The command runs in-process (Click's
CliRunner) from the checkout's root, in English unless it asks for Spanish, with no COLUMNS,
NO_COLOR or ARMSFACTS_DATA from the shell: the same run `tests/test_docs.py` compares with.
Other blocks (`sh`, `python`, a draft in `markdown`) are shown, never run.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLE = re.compile(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", re.DOTALL)

# What the shell must not decide for an example: its width, colour, data and language.
UNSET = ("COLUMNS", "NO_COLOR", "ARMSFACTS_DATA", "ARMSFACTS_LANG", "LC_ALL", "LC_MESSAGES")
ENVIRONMENT: dict[str, str | None] = {**dict.fromkeys(UNSET), "LANG": "C.UTF-8"}


@dataclass(frozen=True)
class Example:
    path: Path
    line: int  # of the `$ armsfacts` line, counted from 1
    command: str  # as written after `$ `
    output: str  # as written, without the final line break

    @property
    def where(self) -> str:
        return f"{shown(self.path)}:{self.line}"


def shown(path: Path) -> str:
    """A path as a message names it: from the checkout's root when it is in the checkout."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def documents() -> list[Path]:
    """README.md and every page of the docs, in a fixed order."""
    return [ROOT / "README.md", *sorted(p for p in DOCS.glob("*.md"))]


def examples(path: Path) -> Iterator[Example]:
    text = path.read_text(encoding="utf-8")
    for match in EXAMPLE.finditer(text):
        line = text.count("\n", 0, match.start()) + 2
        yield Example(path, line, match.group("command"), match.group("output").rstrip("\n"))


def all_examples() -> list[Example]:
    return [example for path in documents() for example in examples(path)]


def command_words(command: str) -> tuple[dict[str, str | None], list[str]]:
    """The environment a command sets before `armsfacts`, and the arguments after it."""
    words = shlex.split(command)
    env = dict(ENVIRONMENT)
    while words and "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    if not words or words.pop(0) != "armsfacts":
        raise ValueError(f"an example runs armsfacts, not: {command}")
    return env, words


def run(command: str) -> str:
    """What a person sees when they type the command: stdout and stderr, trailing spaces dropped."""
    from click.testing import CliRunner

    from armsfacts.cli import cli

    env, args = command_words(command)
    here = Path.cwd()
    os.chdir(ROOT)  # examples name files by paths relative to the checkout
    try:
        result = CliRunner().invoke(cli, args, prog_name="armsfacts", env=env, catch_exceptions=False)
    finally:
        os.chdir(here)
    return "\n".join(line.rstrip() for line in result.output.splitlines()).rstrip("\n")


def regenerated(text: str) -> str:
    """The text with every example's output replaced by what the command prints now."""

    def fresh(match: re.Match[str]) -> str:
        command = match.group("command")
        output = run(command)
        body = f"{output}\n" if output else ""
        return f"```console\n$ {command}\n{body}```"

    return EXAMPLE.sub(fresh, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("files", nargs="*", type=Path, help="Markdown files (default: README.md and docs/*.md)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if an example drifted")
    options = parser.parse_args(argv)
    paths = [path.resolve() for path in options.files] or documents()
    drifted = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        new = regenerated(text)
        if new == text:
            continue
        if options.check:
            for example in examples(path):
                if run(example.command) != example.output:
                    drifted += 1
                    print(f"{example.where}: $ {example.command}", file=sys.stderr)
        else:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {shown(path)}", file=sys.stderr)
    if options.check and drifted:
        print(f"{drifted} example(s) print something else now: python tools/examples.py", file=sys.stderr)
    return 1 if drifted else 0


if __name__ == "__main__":
    sys.exit(main())
